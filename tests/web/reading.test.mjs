// The widget as a reader meets it (issue 15): each calculator at 375 px (a
// phone), 680 px (a blog's article column) and 1280 px of element width, in
// Italian, English and Finnish. The answer is on the first screen with the
// first inputs, nothing overflows sideways (a table's own scroll aside), no
// label says its unit twice, and no English or raw key shows on the Italian
// and Finnish pages. Each first screen is saved under
// build/test-artifacts/reading/<calculator>-<lang>-<width>.png.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { withSiteAndBrowser } from './site-session.mjs';
import { watchedPage } from './browser.mjs';
import { artifactsDir, repoRoot } from './paths.mjs';
import { waitForResult } from './widget-page.mjs';
import { readCatalogs } from '../../web/tools/catalogs.mjs';

const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
const MODES = ['program', 'gift_card', 'vcp'];
const LANGS = ['it', 'en', 'fi'];
// Element width → the viewport's height a reader has at that width.
const SCREENS = [[375, 740], [680, 900], [1280, 800]];
const shotsDir = path.join(artifactsDir, 'reading');

let server;
let browser;
withSiteAndBrowser((s, b) => { server = s; browser = b; });

// A host page of the site's origin with one calculator of exactly `width` px.
async function openCalculator({ mode, lang, width, height, attributes = '' }) {
  const context = await browser.newContext({ viewport: { width, height }, locale: lang });
  const watched = await watchedPage(context);
  const page = watched.page;
  await page.route('**/reading-host.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="widget/referral-calculator.js"></script>
<style>body { margin: 0; font-family: Georgia, serif; } referral-calculator { display: block; width: ${width}px; }</style>
</head><body><referral-calculator mode="${mode}" lang="${lang}" ${attributes}></referral-calculator></body></html>` }));
  await page.goto(`${server.origin}/reading-host.html`);
  await waitForResult(page);
  // The strings that come when the page is idle (the closed groups' help) are in.
  await page.waitForTimeout(700);
  return { ...watched, context };
}

// What the reader sees and what a screen reader names, in the shadow root:
// text nodes and the attributes that carry words.
const shownWords = (page) => page.evaluate(() => {
  const root = document.querySelector('referral-calculator').shadowRoot;
  const words = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replaceAll('\u00AD', '').trim();
    if (text && !node.parentElement.closest('.print-plan, .plan-slot')) words.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) if (element.getAttribute(name)) words.push(element.getAttribute(name).trim());
  }
  return words;
});

// Rectangles that stick out of the element's right edge, outside a table's
// own scrolling wrapper: "selector: overflow px".
const overflowing = (page) => page.evaluate(() => {
  const host = document.querySelector('referral-calculator');
  const right = host.getBoundingClientRect().right;
  const out = [];
  for (const element of host.shadowRoot.querySelectorAll('*')) {
    if (element.closest('.table-scroll, .plan-slot, .sr-only') || element.matches('.sr-only, option')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const overflow = Math.max(box.right - right, element.scrollWidth - element.clientWidth);
    if (overflow > 1 && getComputedStyle(element).overflowX === 'visible') out.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(overflow)} px`);
  }
  return out;
});

describe('the first screen of each calculator at 375, 680 and 1280 px, in it, en and fi', () => {
  mkdirSync(shotsDir, { recursive: true });
  for (const mode of MODES) {
    for (const lang of LANGS) {
      test(`${mode}, ${lang}`, async () => {
        const english = new Set(Object.entries(catalogs.en)
          .filter(([key, text]) => lang !== 'en' && catalogs[lang][key] !== text && text.length > 3).map(([, text]) => text));
        for (const [width, height] of SCREENS) {
          const { page, context, problems } = await openCalculator({ mode, lang, width, height });
          const where = `${mode} ${lang} ${width} px`;
          await page.screenshot({ path: path.join(shotsDir, `${mode}-${lang}-${width}.png`) });

          // The answer and the first inputs on the first screen.
          const layout = await page.evaluate(() => {
            const root = document.querySelector('referral-calculator').shadowRoot;
            const bottom = (selector) => root.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
            const top = (selector) => root.querySelector(selector)?.getBoundingClientRect().top ?? Infinity;
            return { figures: bottom('.answer .key-figures'), input: top('.inputs .form > .field, .inputs .form > .contacts'),
              openFields: root.querySelectorAll('.inputs > .form > .field').length,
              groups: [...root.querySelectorAll('.more-group')].map((g) => ({ open: g.open, values: g.querySelector('.group-values').textContent })) };
          });
          assert.ok(layout.figures <= height, `${where}: the key figures end at ${layout.figures} px, below the first screen (${height} px)`);
          assert.ok(layout.input < height, `${where}: no input on the first screen (the first starts at ${layout.input} px)`);
          assert.ok(layout.openFields <= 7, `${where}: ${layout.openFields} inputs open before "More assumptions"`);
          for (const group of layout.groups) {
            assert.equal(group.open, false, `${where}: a group starts closed`);
            assert.ok(group.values.length > 0, `${where}: a closed group shows its values`);
          }

          assert.deepEqual(await overflowing(page), [], `${where}: sticks out sideways`);
          assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, where);

          // No unit twice: in a label ("Orizzonte (mesi) (mesi)"), nor in the name a screen reader gives its field.
          const labels = await page.evaluate(() => [...document.querySelector('referral-calculator').shadowRoot.querySelectorAll('label')]
            .map((label) => ({ text: label.textContent, unit: label.querySelector('.unit')?.textContent.trim() ?? '' })));
          for (const { text, unit } of labels) {
            const inner = unit.replace(/^\((.*)\)$/, '$1');
            if (inner) assert.equal(text.split(inner).length - 1, 1, `${where}: "${text}" says ${inner} twice`);
            assert.doesNotMatch(text, /\(([^)]+)\)\s*\(\1\)/, `${where}: ${text}`);
          }

          // Every word in the page's language: no English catalog text, no raw key.
          for (const text of await shownWords(page)) {
            assert.ok(!english.has(text), `${where}: English on the ${lang} page: "${text}"`);
            assert.doesNotMatch(text, /^(ui|input|result|kind|unit|error|choice|contact|trait|action|level|value)\.[\w.]+$/, `${where}: a raw key`);
          }
          assert.deepEqual(problems, [], where);
          await context.close();
        }
      });
    }
  }
});

describe('"More assumptions" and "Save / open"', () => {
  test('a group opens and closes from the keyboard, shows its fields and help, and the share link holds inputs, not the layout', async () => {
    const { page, context, problems } = await openCalculator({ mode: 'program', lang: 'it', width: 680, height: 900 });
    const root = page.locator('referral-calculator');
    const it = catalogs.it;
    const costs = root.locator('details.more-group', { hasText: it['ui.widget.group.costs'] });
    const summary = costs.locator('summary');
    // Closed, the group's line shows a value of each input in it, with its label.
    const line = await costs.locator('.group-values').textContent();
    assert.ok(line.includes(it['input.program.setup_cost.label']) && line.includes(it['input.program.monthly_cost.label']), line);
    const setup = root.getByLabel(new RegExp(`^${it['input.program.setup_cost.label']}`));
    assert.equal(await setup.isVisible(), false);
    const linkBefore = await page.evaluate(() => document.querySelector('referral-calculator').scenario);

    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(await costs.evaluate((d) => d.open), true);
    assert.equal(await setup.isVisible(), true);
    // Its help came with the idle page's 'help' part.
    const helpId = (await setup.getAttribute('aria-describedby')).split(' ')[0];
    assert.equal(await root.locator(`[id="${helpId}"]`).textContent(), it['input.program.setup_cost.help']);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.querySelector('referral-calculator').shadowRoot.activeElement?.closest('details')?.className),
      'more-group', 'Tab goes into the open group');
    await setup.fill('2500');
    await page.waitForFunction(() => document.querySelector('referral-calculator').scenario.inputs.setup_cost === 2500);
    // A redraw (a new language) keeps the group the reader opened.
    await page.evaluate(() => document.querySelector('referral-calculator').setAttribute('lang', 'en'));
    await page.waitForFunction(() => document.querySelector('referral-calculator').shadowRoot.querySelector('.rc').lang === 'en');
    const reopened = root.locator('details.more-group', { hasText: catalogs.en['ui.widget.group.costs'] });
    assert.equal(await reopened.evaluate((d) => d.open), true);
    await reopened.locator('summary').focus();
    await page.keyboard.press('Space');
    assert.equal(await reopened.evaluate((d) => d.open), false);
    // The closed line follows the new value.
    assert.ok((await reopened.locator('.group-values').textContent()).includes('2,500'));
    // The document is the same whichever groups are open: only the input changed.
    const after = await page.evaluate(() => document.querySelector('referral-calculator').scenario);
    assert.deepEqual({ ...after, inputs: { ...after.inputs, setup_cost: linkBefore.inputs.setup_cost } }, linkBefore);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a refused value left in a closed group opens it again at the next computation, with why beside the field', async () => {
    const { page, context } = await openCalculator({ mode: 'gift_card', lang: 'fi', width: 375, height: 740 });
    const fi = catalogs.fi;
    const root = page.locator('referral-calculator');
    const group = root.locator('details.more-group', { hasText: fi['ui.widget.group.customers'] });
    await group.locator('summary').click();
    const input = root.getByLabel(new RegExp(`^${fi['input.gift_card.cannibalization.label']}`));
    await input.fill('250');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    await group.locator('summary').click();
    assert.equal(await group.evaluate((d) => d.open), false);
    await root.getByLabel(new RegExp(`^${fi['input.gift_card.card_value.label']}`)).fill('30');
    assert.equal(await group.evaluate((d) => d.open), true);
    assert.equal(await input.isVisible(), true);
    const describedBy = (await input.getAttribute('aria-describedby')).split(' ');
    assert.ok((await root.locator(`[id="${describedBy[1]}"]`).textContent()).length > 0, 'the reason beside the field');
    await context.close();
  });

  test('the "Save / open" menu opens from the keyboard and holds download, open and reset', async () => {
    const { page, context } = await openCalculator({ mode: 'program', lang: 'fi', width: 375, height: 740 });
    const fi = catalogs.fi;
    const root = page.locator('referral-calculator');
    const download = root.getByRole('button', { name: fi['ui.widget.download'] });
    assert.equal(await download.count(), 0, 'hidden while the menu is closed');
    await root.locator('details.menu > summary').focus();
    await page.keyboard.press('Enter');
    for (const key of ['ui.widget.download', 'ui.widget.upload', 'ui.edit.reset']) {
      assert.equal(await root.getByRole('button', { name: fi[key] }).isVisible(), true, key);
    }
    const downloading = page.waitForEvent('download');
    await download.click();
    assert.match((await downloading).suggestedFilename(), /^passaparola-program\.json$/);
    assert.equal(await root.locator('details.menu').evaluate((d) => d.open), false, 'an action closes the menu');
    await context.close();
  });
});

describe('a VCP figure at its limit says what it means', () => {
  test('no contact yet, and the target reached', async () => {
    const { page, context, problems } = await openCalculator({ mode: 'vcp', lang: 'it', width: 375, height: 740 });
    const it = catalogs.it;
    const beside = (key) => page.locator('referral-calculator .key-figures .figure', { hasText: it[key] }).locator('.figure-beside');
    assert.equal(await beside('result.vcp.portfolio_score').textContent(), it['result.vcp.portfolio_score.none']);
    assert.equal(await beside('result.vcp.partner_gap').count(), 0, 'a gap to close needs no note');
    const both = { knows_business: true, knows_ideal_client: true, knows_how_to_reach: true, trusts_competence: true, referrals_per_quarter: 3 };
    await page.evaluate((sides) => {
      document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp',
        inputs: { target_partners: 1, contacts: [{ name: 'Studio Bianchi', mine: sides, theirs: sides }] } };
    }, both);
    await page.waitForFunction(() => document.querySelector('referral-calculator').result.result.summary.partner_gap === 0);
    assert.equal(await beside('result.vcp.partner_gap').textContent(), it['result.vcp.partner_gap.zero']);
    assert.equal(await beside('result.vcp.portfolio_score').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the call to action on a phone', () => {
  test('sits under the answer, on the first screen, not after the form', async () => {
    for (const mode of MODES) {
      const { page, context } = await openCalculator({ mode, lang: 'it', width: 375, height: 740,
        attributes: 'cta-label="Prenota una consulenza" cta-href="https://example.org/consulenza"' });
      const cta = page.locator('referral-calculator a.cta');
      const box = await cta.boundingBox();
      assert.ok(box && box.y + box.height <= 740, `${mode}: the call to action ends at ${box && box.y + box.height} px`);
      const formTop = await page.evaluate(() => document.querySelector('referral-calculator').shadowRoot.querySelector('.inputs').getBoundingClientRect().top);
      assert.ok(box.y < formTop, `${mode}: before the inputs`);
      await context.close();
    }
  });
});

describe('the answer first in time too', () => {
  test('the frame of the first result draws the answer; the inputs and the rest join it in the next frame and move nothing already seen', async () => {
    for (const [width, height] of [[375, 740], [1280, 800]]) {
      const context = await browser.newContext({ viewport: { width, height } });
      const { page, problems } = await watchedPage(context);
      await page.addInitScript(() => {
        window.layoutShift = 0;
        new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.layoutShift += entry.value; })
          .observe({ type: 'layout-shift', buffered: true });
        document.addEventListener('result', (event) => {
          if (window.atFirstResult) return;
          const root = event.target.shadowRoot;
          const box = (selector) => root.querySelector(selector).getBoundingClientRect().toJSON();
          window.atFirstResult = { arriving: root.querySelector('.rc').classList.contains('arriving'),
            answer: box('.answer .key-figures'), inputs: box('.inputs'), more: box('.results-more') };
        }, true);
      });
      await page.goto(`${server.origin}/embed.html?mode=program&lang=it`);
      await page.waitForFunction(() => window.atFirstResult && !document.querySelector('referral-calculator').shadowRoot.querySelector('.rc.arriving'));
      const first = await page.evaluate(() => window.atFirstResult);
      assert.ok(first.arriving, `${width} px: the first result is drawn as the answer alone`);
      assert.ok(first.answer.height > 40, `${width} px: the key figures are laid out in that frame`);
      assert.ok(first.inputs.height < 60 && first.more.height < 60, `${width} px: the inputs and the rest wait (${first.inputs.height}, ${first.more.height} px)`);
      const after = await page.evaluate(() => {
        const root = document.querySelector('referral-calculator').shadowRoot;
        return { answer: root.querySelector('.answer .key-figures').getBoundingClientRect().toJSON(),
          inputs: root.querySelector('.inputs').getBoundingClientRect().height, shift: window.layoutShift };
      });
      assert.deepEqual([after.answer.x, after.answer.y, after.answer.width], [first.answer.x, first.answer.y, first.answer.width],
        `${width} px: the answer stays where it was drawn`);
      assert.ok(after.inputs > 300, `${width} px: then the inputs are drawn (${after.inputs} px)`);
      assert.equal(after.shift, 0, `${width} px: no layout shift`);
      await page.getByRole('textbox', { name: /^Clienti attivi oggi/ }).first().fill('600');
      await page.waitForFunction(() => document.querySelector('referral-calculator').result.inputs.customers === 600);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
