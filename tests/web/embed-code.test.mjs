// The embed-code pages' generator (site/embed-code*.html, site/embed-code.js):
// every option of the element goes into the code; the code, pasted into a
// fresh page of another origin served by a test server, shows the calculator
// with those options; a call to action's or share link's address the widget
// would not take is refused with a message in the page's language and kept
// out of the code; the iframe code sizes its frame to the content.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, watchedPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { siteDir } from './paths.mjs';

let site;
let host;
let browser;
const scratch = mkdtempSync(path.join(tmpdir(), 'passaparola-embed-code-'));
before(async () => {
  // The site as a static host serves it (CORS on, as for embed-resize.js
  // loaded from a blog); the blog on an origin of its own.
  site = await startServer({ headers: { 'Access-Control-Allow-Origin': '*' } });
  host = await startServer({ root: scratch, host: '127.0.0.2' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const PAGES = { it: 'embed-code.html', en: 'embed-code-en.html', fi: 'embed-code-fi.html' };
const CDN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/passaparola-widget@[^/]+\/(.+)$/;

async function openGenerator(lang) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The CDN, answered from the built widget with its CORS header.
  await context.route(CDN, (route) => route.fulfill({ path: path.join(siteDir, 'widget', CDN.exec(route.request().url())[1]),
    headers: { 'Access-Control-Allow-Origin': '*' } }));
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.origin}/csp/${PAGES[lang]}`);
  return { context, page, problems };
}

// A blog post holding `snippet`, served by the host server; returns its address.
function post(name, snippet) {
  writeFileSync(path.join(scratch, name), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>A post</title></head>\n<body><h1>A post</h1>\n${snippet}\n<p>After the calculator.</p></body></html>\n`);
  return `${host.origin}/${name}`;
}

describe('the snippet generator', () => {
  test('every option reaches the script code, and the pasted code shows a calculator with them', async () => {
    const { context, page, problems } = await openGenerator('en');
    await page.getByLabel('Calculator', { exact: true }).selectOption('all');
    await page.getByRole('group', { name: 'Calculators as tabs' }).getByLabel('Referral network (VCP)').uncheck();
    await page.getByLabel('Language').selectOption('fi');
    await page.getByLabel('Currency').fill('chf');
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Font').selectOption('Georgia, serif');
    await page.getByLabel('Corners').selectOption('0');
    await page.getByLabel('Main colour').fill('#7a1f5c');
    await page.getByLabel('Button under the results').fill('Varaa "aika" <nyt>');
    await page.getByLabel('Button address').fill('https://example.org/book?a=1&b=2');
    await page.getByLabel('Address for share links').fill('https://blog.example/post');
    const script = await page.locator('#snippet-script').inputValue();
    assert.match(script, /<referral-calculator modes="program gift_card" lang="fi" currency="CHF" theme="dark" accent="#7a1f5c" radius="0" font="Georgia, serif" cta-label="Varaa &quot;aika&quot; &lt;nyt>" cta-href="https:\/\/example.org\/book\?a=1&amp;b=2" share-url="https:\/\/blog.example\/post"><\/referral-calculator>$/);
    const shortcode = await page.locator('#snippet-wordpress').inputValue();
    assert.equal(shortcode, '[passaparola modes="program gift_card" lang="fi" currency="CHF" theme="dark" accent="#7a1f5c" radius="0" font="Georgia, serif" cta-label="Varaa &quot;aika&quot; <nyt>" cta-href="https://example.org/book?a=1&amp;b=2" share-url="https://blog.example/post"]');
    assert.equal(await page.locator('[role="alert"]:visible').count(), 0, 'no message');

    const blog = await context.newPage();
    const blogProblems = [];
    blog.on('pageerror', (error) => blogProblems.push(error.message));
    await blog.goto(post('script.html', script));
    await blog.waitForFunction(() => document.querySelector('referral-calculator')?.result !== undefined);
    const shown = await blog.evaluate(() => {
      const el = document.querySelector('referral-calculator');
      const root = el.shadowRoot;
      return { lang: root.querySelector('.rc').lang, tabs: [...root.querySelectorAll('[role="tab"]')].length,
        currency: el.scenario.inputs.currency, kind: el.scenario.kind, scheme: getComputedStyle(el).colorScheme,
        font: getComputedStyle(root.querySelector('.rc')).fontFamily,
        cta: root.querySelector('.cta') && { text: root.querySelector('.cta').textContent, href: root.querySelector('.cta').href } };
    });
    assert.deepEqual(shown, { lang: 'fi', tabs: 2, currency: 'CHF', kind: 'program', scheme: 'dark', font: 'Georgia, serif',
      cta: { text: 'Varaa "aika" <nyt>', href: 'https://example.org/book?a=1&b=2' } });
    // The share link points at the address chosen.
    await blog.locator('referral-calculator').getByRole('button', { name: 'Kopioi jakolinkki' }).click();
    await blog.waitForFunction(() => document.querySelector('referral-calculator').shadowRoot.querySelector('.share-output').value);
    assert.ok((await blog.locator('referral-calculator .share-output').inputValue()).startsWith('https://blog.example/post#s='));
    assert.deepEqual(blogProblems, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const lang of Object.keys(PAGES)) {
    test(`${lang}: a call to action without https://, http:// or mailto: is refused with a message, and no cta attribute is written`, async () => {
      const { context, page, problems } = await openGenerator(lang);
      const messages = await page.locator('#generator').evaluate((form) => ({ cta: form.dataset.ctaRefused, share: form.dataset.shareRefused }));
      const href = page.locator('#g-cta-href');
      const note = page.locator('#g-cta-href-error');
      await page.locator('#g-cta-label').fill('Call');
      for (const bad of ['www.example.org', 'example.org/contact', 'javascript:alert(1)', 'ftp://example.org/']) {
        await href.fill(bad);
        assert.equal(await note.getAttribute('role'), 'alert');
        assert.equal(await note.textContent(), messages.cta, bad);
        assert.ok(await note.isVisible(), `${bad}: the message shows`);
        assert.equal(await href.getAttribute('aria-invalid'), 'true');
        assert.ok((await href.getAttribute('aria-describedby')).split(' ').includes('g-cta-href-error'));
        for (const box of ['wordpress', 'script', 'iframe']) assert.doesNotMatch(await page.locator(`#snippet-${box}`).inputValue(), /cta-/, `${bad} in ${box}`);
      }
      await href.fill('mailto:me@example.org');
      assert.ok(!(await note.isVisible()));
      assert.equal(await href.getAttribute('aria-invalid'), null);
      assert.match(await page.locator('#snippet-script').inputValue(), /cta-label="Call" cta-href="mailto:me@example.org"/);
      // The share links' address: http(s) only.
      await page.locator('#g-share-url').fill('blog.example/post');
      assert.equal(await page.locator('#g-share-url-error').textContent(), messages.share);
      assert.doesNotMatch(await page.locator('#snippet-script').inputValue(), /share-url/);
      // The messages are the page's, in its language.
      assert.ok(messages.cta && messages.share);
      if (lang !== 'en') assert.doesNotMatch(messages.cta, /must start/);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the iframe code, pasted into a post of another origin, sizes the frame to its content', async () => {
    const { context, page, problems } = await openGenerator('it');
    await page.getByLabel('Calcolatore', { exact: true }).selectOption('gift_card');
    await page.getByLabel('Valuta').fill('usd');
    await page.getByLabel('Pulsante sotto i risultati').fill('Scrivimi');
    await page.getByLabel('Indirizzo del pulsante').fill('mailto:io@example.org');
    const code = await page.locator('#snippet-iframe').inputValue();
    assert.match(code, /^<iframe src="[^"]+\/embed\.html\?mode=gift_card&amp;lang=it&amp;currency=USD&amp;cta-label=Scrivimi&amp;cta-href=mailto%3Aio%40example\.org"[^>]*><\/iframe>\n<script type="module" src="[^"]+\/widget\/embed-resize\.js"><\/script>$/);

    const blog = await context.newPage();
    await blog.goto(post('iframe.html', code));
    const frameElement = blog.locator('iframe');
    const frame = () => blog.frames().find((f) => f.url().includes('embed.html'));
    await blog.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height !== 900);
    await frame().waitForFunction(() => document.querySelector('referral-calculator')?.result !== undefined);
    const shown = await frame().evaluate(() => {
      const el = document.querySelector('referral-calculator');
      return { lang: el.shadowRoot.querySelector('.rc').lang, kind: el.scenario.kind, currency: el.scenario.inputs.currency,
        cta: el.shadowRoot.querySelector('.cta')?.textContent };
    });
    assert.deepEqual(shown, { lang: 'it', kind: 'gift_card', currency: 'USD', cta: 'Scrivimi' });
    const settle = async () => {
      let last = -1;
      for (let i = 0; i < 20; ++i) {
        const content = await frame().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const height = await frameElement.evaluate((f) => f.getBoundingClientRect().height);
        if (Math.abs(height - content) <= 1 && height === last) return height;
        last = height;
        await blog.waitForTimeout(150);
      }
      assert.fail('the frame did not settle at its content height');
    };
    const first = await settle();
    assert.notEqual(first, 900);
    // The content grows (every figure opened): the frame follows.
    await frame().evaluate(() => { document.querySelector('referral-calculator').shadowRoot.querySelector('details.all-figures').open = true; });
    const grown = await settle();
    assert.ok(grown > first + 50, `${first} → ${grown}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
