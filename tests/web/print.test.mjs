// Print on the blog pages with three calculators (issue 15): a calculator's
// print button prints that calculator's plan alone — its title, the date, the
// key figures, the chart, the inputs as text, a program's month table in its
// key columns, the share link — on one or two A4 pages, in the page's
// language, and nothing of the article or the other calculators; the page's
// own print (Ctrl+P) shows each calculator's title and key figures only.
// What the print button sends to the printer is caught as print-capture.mjs
// says and printed again with page.pdf(); pages counted with pdfinfo, text
// read with pdftotext (Debian's poppler-utils).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withSiteAndBrowser } from './site-session.mjs';
import { watchedPage } from './browser.mjs';
import { keyFigures, waitForResult } from './widget-page.mjs';
import { catchPrints, pressPrint, printToPdf } from './print-capture.mjs';
import { artifactsDir, repoRoot } from './paths.mjs';
import { readCatalogs } from '../../web/tools/catalogs.mjs';
import { execFileSync } from 'node:child_process';

const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
const text = (lang, key) => catalogs[lang][key];
// Text without its spacing; a Finnish label's soft hyphens (catalog.fit), and
// a word the narrow card broke at one on paper (Chromium prints that break as
// U+2010: "Takaisinmaksu‐⏎kuukausi"), read whole.
const dense = (s) => s.replace(/\u00AD|\u2010\n/g, '').replace(/\s+/g, '');
const pdfDir = path.join(artifactsDir, 'print');
mkdirSync(pdfDir, { recursive: true });

let server;
let browser;
withSiteAndBrowser((s, b) => { server = s; browser = b; });

// The blog post in each language, its calculators by id.
const PAGES = {
  it: { file: 'index.html', ids: { program: 'calcolatore-programma', gift_card: 'calcolatore-buoni', vcp: 'calcolatore-vcp' } },
  en: { file: 'en.html', ids: { program: 'program-calculator', gift_card: 'gift-card-calculator', vcp: 'vcp-calculator' } },
  fi: { file: 'fi.html', ids: { program: 'ohjelma-laskuri', gift_card: 'lahjakortti-laskuri', vcp: 'vcp-laskuri' } },
};
const KINDS = ['program', 'gift_card', 'vcp'];
const CONTACTS = [
  { name: 'Studio Rossi', mine: { knows_business: true, trusts_competence: true, referrals_per_quarter: 2 }, theirs: { knows_business: true }, traits: ['maven'] },
  { name: 'Forno Bianchi', mine: { knows_business: true } }];

// The blog page under the strict CSP, every calculator with its plan drawn.
async function openPost(lang, { contacts = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await watchedPage(context);
  const { file, ids } = PAGES[lang];
  await page.goto(`${server.origin}/csp/${file}`);
  for (const kind of KINDS) await waitForResult(page, `#${ids[kind]}`);
  if (contacts) {
    await page.evaluate(([id, list]) => { document.getElementById(id).scenario = { schema: 'passaparola/1', kind: 'vcp', inputs: { contacts: list } }; }, [ids.vcp, CONTACTS]);
  }
  for (const kind of KINDS) {
    await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('.print-plan .plan-url')?.textContent, ids[kind]);
  }
  await catchPrints(page);
  // The article's own words, outside the calculators.
  const article = await page.evaluate(() => [...document.querySelectorAll('main h1, main article p')].map((p) => p.textContent.trim()).filter((t) => t.length > 30));
  return { context, page, problems, ids, article };
}

// the widget's locales (web/widget/catalog.js, which Node cannot import alone)
const LOCALES = { it: 'it-IT', en: 'en-GB', fi: 'fi-FI' };
const today = (lang) => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(new Date());
const printButton = (page, id, lang) => page.locator(`#${id} .toolbar`).getByRole('button', { name: text(lang, 'ui.widget.print'), exact: true });

describe('"Print" prints that calculator\'s plan alone', () => {
  for (const lang of Object.keys(PAGES)) {
    test(`${lang}: each of the three calculators prints its own plan on one or two A4 pages`, async () => {
      const { context, page, problems, ids, article } = await openPost(lang, { contacts: true });
      assert.ok(article.length >= 3, 'the article has text to leave out');
      const titles = Object.fromEntries(KINDS.map((kind) => [kind, text(lang, `kind.${kind}.title`)]));
      for (const kind of KINDS) {
        const id = ids[kind];
        const figures = await keyFigures(page, `#${id}`);
        const plan = await page.evaluate((i) => {
          const root = document.getElementById(i).shadowRoot;
          return { inputs: [...root.querySelectorAll('.plan-input')].map((row) => [row.querySelector('dt').textContent, row.querySelector('dd').textContent]),
            link: root.querySelector('.plan-url').textContent };
        }, id);
        const printed = await pressPrint(page, printButton(page, id, lang));
        assert.equal(printed.pagePrints, 0, 'the page itself is not printed');
        assert.equal(printed.lang, lang);
        assert.ok(printed.title.startsWith(titles[kind]), `frame title: ${printed.title}`);
        assert.deepEqual(printed.frameBox, { width: 0, height: 0 }, 'the print frame takes no room on the page');
        const file = path.join(pdfDir, `${lang}-${kind}.pdf`);
        const pdf = await printToPdf(context, printed, file);
        assert.ok(pdf.pages >= 1 && pdf.pages <= 2, `${lang} ${kind}: ${pdf.pages} pages`);
        assert.match(pdf.info, /^Page size:\s+59[456]\.\d+ x 84[12]\.\d+ pts \(A4\)/m);
        const all = dense(pdf.text);
        const flat = pdf.text.replace(/\s+/g, ' ');
        assert.ok(flat.includes(titles[kind]), `${kind}: its title`);
        for (const other of KINDS.filter((k) => k !== kind)) assert.ok(!flat.includes(titles[other]), `${kind}: not ${other}'s title`);
        for (const paragraph of article) assert.ok(!all.includes(dense(paragraph).slice(0, 60)), `${kind}: no article text (${paragraph.slice(0, 40)}…)`);
        for (const { label, value } of figures) {
          assert.ok(all.includes(dense(label)), `${kind}: figure ${label}`);
          assert.ok(all.includes(dense(value)), `${kind}: ${label} = ${value}`);
        }
        assert.ok(plan.inputs.length >= 3);
        for (const [label, value] of plan.inputs) assert.ok(all.includes(dense(label)) && all.includes(dense(value)), `${kind}: input ${label} = ${value}`);
        assert.ok(flat.includes(text(lang, 'ui.widget.print.date').replace('{date}', today(lang))), `${kind}: the date`);
        assert.ok(dense(pdf.layout).includes(plan.link), `${kind}: the share link`);
        for (const button of ['ui.share.copy_link', 'ui.widget.print']) assert.ok(!flat.includes(text(lang, button)), `${kind}: no ${button} on paper`);
        if (kind === 'program') {
          // the chart, and the month table's key columns (and not the others)
          assert.ok(flat.includes(text(lang, 'ui.chart.cumulative')), 'chart');
          assert.ok(flat.includes(text(lang, 'ui.table.monthly')), 'month table');
          for (const column of ['month', 'new_referred', 'net', 'cumulative_net']) assert.ok(all.includes(dense(text(lang, `result.program.${column}`))), column);
          assert.ok(!all.includes(dense(text(lang, 'result.program.program_cost'))), 'not every column');
        }
        if (kind === 'vcp') for (const { name } of CONTACTS) assert.ok(flat.includes(name), `contact ${name}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a 120-month program still prints on two pages, its months side by side; the frame goes once printing is over', async () => {
    const { context, page, problems, ids } = await openPost('en');
    const id = ids.program;
    await page.evaluate((i) => {
      const el = document.getElementById(i);
      el.scenario = { ...el.scenario, inputs: { ...el.scenario.inputs, horizon_months: 120 } };
    }, id);
    await page.waitForFunction((i) => document.getElementById(i).result.result.months.length === 120, id);
    const printed = await pressPrint(page, printButton(page, id, 'en'));
    const pdf = await printToPdf(context, printed, path.join(pdfDir, 'en-program-120.pdf'));
    assert.ok(pdf.pages <= 2, `${pdf.pages} pages`);
    const months = await page.evaluate((i) => document.getElementById(i).result.result.months, id);
    const cumulative = await page.evaluate((m) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(m), months.at(-1).cumulative_net);
    assert.ok(dense(pdf.text).includes(dense(cumulative)) || dense(pdf.text).includes('120'), 'month 120 printed');
    // The frame stays until the browser says printing is over, then goes.
    assert.equal(await page.locator('iframe').count(), 1);
    await page.evaluate(() => document.querySelector('iframe').contentWindow.dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('iframe').count(), 0);
    // A second print makes a new frame (and would drop one never reported printed).
    await pressPrint(page, printButton(page, id, 'en'));
    await pressPrint(page, printButton(page, ids.gift_card, 'en'));
    assert.equal(await page.locator('iframe').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the page\'s own print (Ctrl+P)', () => {
  for (const lang of Object.keys(PAGES)) {
    test(`${lang}: shows the article and each calculator's title and key figures, no plan`, async () => {
      const { context, page, problems, ids, article } = await openPost(lang);
      const file = path.join(pdfDir, `${lang}-page.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4' }));
      const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      const all = dense(printed);
      assert.ok(all.includes(dense(article[0]).slice(0, 60)), 'the article');
      for (const kind of KINDS) {
        assert.ok(printed.replace(/\s+/g, ' ').includes(text(lang, `kind.${kind}.title`)), `${kind} title`);
        for (const { value } of await keyFigures(page, `#${ids[kind]}`)) assert.ok(all.includes(dense(value)), `${kind}: ${value}`);
      }
      // no plan, no form, no buttons
      assert.ok(!all.includes(dense(text(lang, 'ui.widget.print.date').replace('{date}', today(lang)))), 'no plan date');
      assert.ok(!all.includes('#s='), 'no share link');
      assert.ok(!all.includes(dense(text(lang, 'ui.inputs'))), 'no inputs');
      assert.ok(!all.includes(dense(text(lang, 'ui.widget.print'))), 'no buttons');
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
      assert.ok(pages <= 5, `${pages} pages`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
