// The widget downloads its catalog in files (web/tools/catalogs.mjs): each
// calculator must still find every string it shows. A missing string shows
// as its key, so no rendered text or label may be a catalog key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withSiteAndBrowser } from './site-session.mjs';
import { watchedPage } from './browser.mjs';
import { waitForResult } from './widget-page.mjs';
import { repoRoot } from './paths.mjs';
import { catalogFiles, catalogParts, readCatalogs } from '../../web/tools/catalogs.mjs';
import { catalogFilesFor } from '../../web/widget/catalog.js';

const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
const KEYS = new Set(Object.keys(catalogs.en));

test('the parts hold every widget string once, and each calculator loads one file: the common part and its own', () => {
  const firstShown = (strings) => Object.assign({}, ...catalogFilesFor(['program', 'gift_card', 'vcp']).map((file) => catalogFiles(strings)[file]));
  for (const [lang, strings] of Object.entries(catalogs)) {
    const parts = Object.values(catalogParts(strings));
    const keys = parts.flatMap((part) => Object.keys(part));
    assert.equal(new Set(keys).size, keys.length, `${lang}: a key in two parts`);
    for (const key of keys) assert.equal(Object.assign({}, ...parts)[key], strings[key]);
    assert.ok(keys.includes('input.program.customers.label') && keys.includes('ui.widget.calculators'), lang);
    // Presets' strings come when their menu opens; its title and failure before.
    assert.ok('preset.b2b.label' in catalogParts(strings).presets, lang);
    assert.ok(!('preset.b2b.label' in firstShown(strings)) && 'preset.title' in firstShown(strings), lang);
    assert.ok('ui.widget.preset.load_failed' in firstShown(strings), lang);
    // So do the "how is this computed" texts when their section opens.
    assert.ok('method.program' in catalogParts(strings).method && !('method.program' in firstShown(strings)), lang);
  }
  for (const strings of Object.values(catalogs)) {
    const { common, ...parts } = catalogParts(strings);
    const files = catalogFiles(strings);
    for (const kind of ['program', 'gift_card', 'vcp']) assert.deepEqual(files[kind], { ...common, ...parts[kind] }, kind);
    for (const part of ['presets', 'method', 'whatif', 'log', 'help']) assert.deepEqual(files[part], parts[part], part);
    assert.deepEqual(Object.keys(files).sort(), ['gift_card', 'help', 'log', 'method', 'presets', 'program', 'vcp', 'whatif']);
    // The help the first screen does not show comes when the page is idle:
    // of the inputs under "More assumptions" and of a contact's questions, not
    // of the inputs open from the start.
    for (const key of ['input.program.monthly_churn.help', 'input.vcp.window_days.help', 'contact.mine.knows_business.help', 'trait.maven.help']) {
      assert.ok(key in parts.help && !Object.values(files).some((file) => file !== files.help && key in file), key);
    }
    assert.ok('input.program.customers.help' in parts.program && 'input.gift_card.card_value.help' in parts.gift_card);
    // The referral log, its import and the import's errors come when a log
    // opens or an import starts; their titles show with the vcp calculator.
    for (const key of ['log.add', 'import.done', 'error.csv.date', 'error.csv.line', 'ui.widget.log.new', 'result.vcp.log_given', 'result.vcp.top_sources']) {
      assert.ok(key in parts.log && !(key in files.vcp) && !(key in files.program), key);
    }
    assert.ok('log.title' in parts.vcp && 'import.title' in parts.vcp);
    // What only the vcp calculator shows is not in the others' files.
    for (const key of ['action.ask', 'input.vcp.as_of.label', 'unit.days', 'result.vcp.invest_next']) {
      assert.ok(key in parts.vcp && !(key in files.program), key);
    }
  }
  assert.deepEqual(catalogFilesFor(['vcp']), ['vcp']);
  assert.deepEqual(catalogFilesFor(['gift_card', 'program', 'gift_card']), ['gift_card', 'program']);
});

let server;
let browser;
withSiteAndBrowser((s, b) => { server = s; browser = b; });

// Every text and accessible name in the widget's shadow root that is a key.
const keysShown = (page) => page.evaluate((keys) => {
  const known = new Set(keys);
  const found = new Set();
  const root = document.querySelector('referral-calculator').shadowRoot;
  const check = (text) => { for (const word of text.match(/[a-z_]+(\.[a-z0-9_]+)+/g) ?? []) if (known.has(word)) found.add(word); };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) check(node.data);
    else for (const name of ['aria-label', 'title', 'placeholder', 'alt']) check(node.getAttribute(name) ?? '');
  }
  return [...found];
}, [...KEYS]);

for (const mode of ['program', 'gift_card', 'vcp']) {
  for (const lang of ['it', 'en', 'fi']) {
    test(`${mode}, ${lang}: every string shown is found in the parts the calculator loads`, async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      try {
        await page.goto(`${server.origin}/embed.html?mode=${mode}&lang=${lang}`);
        await waitForResult(page);
        const root = page.locator('referral-calculator');
        if (mode === 'vcp') {
          await root.locator('button', { hasText: catalogs[lang]['ui.vcp.add_contact'] }).click();
        }
        // Open everything that opens: method, tables, what-if (its body and
        // strings arrive then), presets.
        await page.evaluate(() => {
          for (const details of document.querySelector('referral-calculator').shadowRoot.querySelectorAll('details')) details.open = true;
        });
        if (mode !== 'vcp') await root.locator('.whatif .whatif-body').waitFor({ state: 'attached' });
        await root.locator('details.method p', { hasText: catalogs[lang][`method.${mode}`] }).waitFor();
        // An invalid value brings its message next to the field.
        await root.locator('input[inputmode="decimal"]').first().fill('-5');
        await page.waitForTimeout(100);
        assert.deepEqual(await keysShown(page), []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}
