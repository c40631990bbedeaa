// One site server and one Chromium per test file: started before its tests,
// closed after them. `ready(server, browser)` hands both to the file.
import { after, before } from 'node:test';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';

export function withSiteAndBrowser(ready) {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}
