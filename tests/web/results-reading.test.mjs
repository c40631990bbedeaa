// Figures a person can read (issue 15 §2) and formatted by the core's units
// (issue 16 §1), in Debian's Chromium on the built site: the month table at a
// phone's width (key columns, all on demand, a sticky month, scrolling only
// inside its wrapper, the CLI's cumulative net, the chart's payback), every
// total in the format of the unit result_metadata() states, and each figure
// at 0, none or its limit saying why.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { withSiteAndBrowser } from './site-session.mjs';
import { watchedPage } from './browser.mjs';
import { cliEvaluate } from './native-cli.mjs';
import { nextEvent, parseShown, saveScreenshot, waitForResult } from './widget-page.mjs';
import { repoRoot, siteDir, wasmDir } from './paths.mjs';
import { readCatalogs } from '../../web/tools/catalogs.mjs';
import { SHOWN_PARTS, readResultMetadata, resultUnits } from '../../web/tools/result-units.mjs';

const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
const label = (lang, key) => catalogs[lang][key];
const metadata = await readResultMetadata(path.join(wasmDir, 'referral-meta.wasm'));
const LOCALES = { it: 'it-IT', en: 'en-GB', fi: 'fi-FI' };

let server;
let browser;
withSiteAndBrowser((s, b) => { server = s; browser = b; });

async function open(mode, lang, width = 1100) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: LOCALES[lang] });
  const watched = await watchedPage(context);
  await watched.page.goto(`${server.origin}/embed.html?mode=${mode}&lang=${lang}`);
  await waitForResult(watched.page);
  return { ...watched, context };
}

// Opens a scenario document in the element; resolves with the CLI's result of it.
async function show(page, document) {
  const shown = nextEvent(page, 'rc-result');
  await page.evaluate((d) => { window.document.querySelector('referral-calculator').scenario = d; }, document);
  await shown;
  const native = cliEvaluate(JSON.stringify(document));
  assert.equal(native.ok, true, JSON.stringify(native.messages));
  return native.value;
}

// A figure's text against the unit the core states for it and the CLI's value.
function assertShownByUnit(text, unit, value, lang, where) {
  const none = label(lang, 'value.none');
  if (value === null) {
    if (unit === 'month') assert.equal(text, label(lang, 'value.never'), where);
    else assert.equal(text, none, where);
    return;
  }
  if (unit === 'month') {
    assert.equal(text, label(lang, 'ui.chart.month').replace('{month}', String(value)), where);
    return;
  }
  assert.equal(/€/.test(text), unit === 'money', `${where}: ${text} as ${unit}`);
  assert.equal(/%/.test(text), unit === 'percent', `${where}: ${text} as ${unit}`);
  if (unit === 'integer') assert.doesNotMatch(text, lang === 'en' ? /\./ : /,/, `${where}: ${text} as a whole number`);
  const number = parseShown(text, lang);
  assert.ok(Math.abs(number.value - value) <= number.precision * 1.000001, `${where}: shown ${text}, CLI ${value}`);
}

describe('the month table at a phone\'s width', () => {
  test('key columns first, all on demand, a sticky month, scrolling only inside its wrapper, the CLI\'s cumulative net and the chart\'s payback', async () => {
    const { page, context, problems } = await open('program', 'en', 375);
    const host = page.locator('referral-calculator');
    assert.ok((await host.evaluate((e) => e.getBoundingClientRect().width)) <= 375);
    const scenario = await page.evaluate(() => document.querySelector('referral-calculator').scenario);
    const cli = cliEvaluate(JSON.stringify(scenario)).value;
    const table = host.locator('.month-table');
    await table.locator('summary').click();
    await table.locator('tbody tr').first().waitFor();

    // The columns shown, the cells of each row as text, and the overflow:
    // none on the page or any box around the table but its scroll wrapper.
    const look = () => table.evaluate((details) => {
      const shown = (cell) => getComputedStyle(cell).display !== 'none';
      const wrapper = details.querySelector('.table-scroll');
      const outside = [];
      for (let box = wrapper.parentElement; box; box = box.parentElement ?? box.getRootNode().host) {
        if (box.scrollWidth > box.clientWidth + 1) outside.push(`${box.tagName}.${box.className}`);
        if (box === document.documentElement) break;
      }
      return {
        columns: [...details.querySelectorAll('thead th')].filter(shown).map((th) => th.textContent),
        rows: [...details.querySelectorAll('tbody tr')].map((tr) => [...tr.children].filter(shown).map((c) => c.textContent)),
        outside,
        page: document.documentElement.scrollWidth - window.innerWidth,
        scrolls: wrapper.scrollWidth > wrapper.clientWidth,
      };
    });
    const names = Object.keys(cli.result.months[0]);
    const columnLabels = (list) => list.map((name) => label('en', `result.program.${name}`));
    let seen = await look();
    assert.deepEqual(seen.columns, columnLabels(['month', 'new_referred', 'net', 'cumulative_net']));
    assert.deepEqual(seen.outside, []);
    assert.ok(seen.page <= 0, `the page scrolls sideways by ${seen.page} px`);
    await saveScreenshot(table, 'month-table-375-key-columns');

    // The same story as the chart: the CLI's cumulative net, and the chart's
    // payback month is the first whose cumulative net is not negative.
    const cumulative = seen.rows.map((cells) => parseShown(cells[3], 'en'));
    cli.result.months.forEach((m, i) => assert.ok(Math.abs(cumulative[i].value - m.cumulative_net) <= cumulative[i].precision * 1.000001,
      `month ${m.month}: shown ${seen.rows[i][3]}, CLI ${m.cumulative_net}`));
    const firstPaid = cli.result.months[cumulative.findIndex((c) => c.value >= 0)].month;
    assert.equal(firstPaid, cli.result.totals.payback_month);
    assert.equal(await host.locator('.chart-note').first().textContent(), label('en', 'ui.chart.payback').replace('{month}', String(firstPaid)));
    assert.equal(await host.locator('.chart-line').evaluate((line) => line.getAttribute('points').split(' ').length), cli.result.months.length);

    // The month stays in view; numbers right-aligned in tabular figures.
    const style = await table.evaluate((details) => {
      const of = (cell) => { const s = getComputedStyle(cell); return { position: s.position, align: s.textAlign, numeric: s.fontVariantNumeric }; };
      return { head: of(details.querySelector('thead th')), month: of(details.querySelector('tbody th')), cell: of(details.querySelector('tbody td')) };
    });
    assert.equal(style.head.position, 'sticky');
    assert.equal(style.month.position, 'sticky');
    assert.deepEqual([style.cell.align, style.cell.numeric], ['right', 'tabular-nums']);
    assert.deepEqual([style.month.align, style.month.numeric], ['right', 'tabular-nums']);

    // All columns on demand, each in the format of its unit; only the wrapper scrolls.
    const toggle = table.getByRole('button', { name: label('en', 'ui.table.all_columns') });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    seen = await look();
    assert.deepEqual(seen.columns, columnLabels(names));
    assert.deepEqual(seen.outside, []);
    assert.ok(seen.page <= 0, `the page scrolls sideways by ${seen.page} px`);
    assert.ok(seen.scrolls, 'all columns scroll inside the wrapper');
    const units = metadata.program.parts.months;
    assert.deepEqual(units.map((f) => f.name), names);
    cli.result.months.forEach((m, i) => units.forEach(({ name, unit }, c) =>
      assertShownByUnit(seen.rows[i][c], unit, m[name], 'en', `month ${m.month} ${name}`)));
    await saveScreenshot(table, 'month-table-375-all-columns');

    // A computation redraws the table with the reader's choice kept.
    await show(page, { ...scenario, inputs: { ...scenario.inputs, horizon_months: 24 } });
    if (!(await table.evaluate((details) => details.open))) await table.locator('summary').click();
    await table.locator('tbody tr').nth(23).waitFor({ state: 'attached' });
    assert.equal((await look()).columns.length, names.length);
    assert.equal(await table.getByRole('button', { name: label('en', 'ui.table.all_columns') }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('figures in the format of the core\'s units', () => {
  test('the bundle carries result_metadata()\'s units and key figures', () => {
    const units = resultUnits(metadata, SHOWN_PARTS);
    const widgetDir = path.join(siteDir, 'widget');
    const bundles = readdirSync(widgetDir).filter((file) => file.endsWith('.js')).map((file) => readFileSync(path.join(widgetDir, file), 'utf8'));
    for (const [kind, entry] of Object.entries(units)) {
      for (const [part, value] of Object.entries(entry)) {
        if (part === 'key' && !SHOWN_PARTS[kind].length) continue;
        assert.ok(bundles.some((bundle) => bundle.includes(JSON.stringify(value))), `${kind}.${part} bundled`);
      }
    }
  });

  for (const [mode, lang, inputs] of [['program', 'it', { tail_months: 24 }], ['gift_card', 'fi', {}]]) {
    test(`${mode}: every total as its unit says, against the CLI (${lang})`, async () => {
      const { page, context, problems } = await open(mode, lang);
      const cli = await show(page, { schema: 'passaparola/1', kind: mode, inputs });
      const table = page.locator('referral-calculator .all-figures');
      await table.locator('summary').click();
      const rows = await table.evaluate((details) => [...details.querySelectorAll('tbody tr')].map((tr) => [tr.cells[0].textContent, tr.cells[1].textContent]));
      const totals = metadata[mode].parts.totals;
      assert.deepEqual(rows.map(([name]) => name), totals.map(({ name }) => label(lang, `result.${mode}.${name}`)));
      totals.forEach(({ name, unit }, i) => assertShownByUnit(rows[i][1], unit, cli.result.totals[name], lang, name));
      // The key figures in the core's order (key_figures()).
      const order = metadata[mode].key_figures.map(({ name }) => label(lang, `result.${mode}.${name}`));
      const cards = (await page.locator('referral-calculator .key-figures dt').allTextContents()).map((label) => label.replaceAll('\u00AD', ''));
      const ranks = cards.map((card) => order.indexOf(card));
      assert.ok(ranks.every((rank) => rank >= 0), JSON.stringify(cards));
      assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('figures at 0, none or their limit say what that means', () => {
  // [kind, language, inputs, {figure: [the CLI's value, the note's case]}]
  const CASES = [
    ['program', 'it', { setup_cost: 1e8 }, { payback_month: [null, 'none'], break_even_conversion_rate: [null, 'none'] }],
    ['program', 'en', { referrer_reward: 0, friend_reward: 0, fee_per_conversion: 0, donation_share: 0, setup_cost: 0, monthly_cost: 0 },
      { payback_month: [null, 'free'], roi: [null, 'none'], break_even_conversion_rate: [0, 'zero'] }],
    ['program', 'fi', { organic_share: 1 },
      { cost_per_incremental_customer: [null, 'none'], payback_month: [null, 'none'], break_even_conversion_rate: [null, 'none'] }],
    ['program', 'en', {}, {}],
    ['gift_card', 'fi', { fixed_cost: 1e8 }, { max_card_value: [null, 'none'], break_even_friend_conversion: [null, 'none'] }],
    ['gift_card', 'it', { gross_margin: 0, new_customer_value: 0, referrer_reward: 0, card_unit_cost: 0, fixed_cost: 0 },
      { max_card_value: [0, 'zero'], break_even_friend_conversion: [null, 'none'] }],
    ['gift_card', 'en', { new_customer_value: 10000 }, { max_card_value: [40, 'limit'] }],
    ['gift_card', 'it', { friend_conversion: 0 }, { cost_per_new_customer: [null, 'none'] }],
    ['gift_card', 'fi', { card_unit_cost: 0, card_value: 0, referrer_reward: 0, fixed_cost: 0 },
      { roi: [null, 'none'], break_even_friend_conversion: [0, 'zero'] }],
    ['gift_card', 'en', {}, {}],
  ];
  for (const mode of ['program', 'gift_card']) {
    test(`${mode}: each limit case shows its line, as the CLI computes it`, async () => {
      let opened;
      for (const [kind, lang, inputs, expected] of CASES.filter(([kind]) => kind === mode)) {
        if (opened?.lang !== lang) {
          await opened?.context.close();
          opened = { lang, ...(await open(kind, lang)) };
        }
        const cli = await show(opened.page, { schema: 'passaparola/1', kind, inputs });
        const cards = await opened.page.evaluate(() => [...document.querySelector('referral-calculator').shadowRoot
          .querySelectorAll('.key-figures .figure')].map((f) => [f.querySelector('dt').textContent.replaceAll('\u00AD', ''), f.querySelector('.figure-beside')?.textContent ?? null]));
        const notes = Object.fromEntries(cards);
        for (const [name, [value, note]] of Object.entries(expected)) {
          assert.equal(cli.result.totals[name], value, `${kind} ${JSON.stringify(inputs)}: ${name}`);
          assert.equal(notes[label(lang, `result.${kind}.${name}`)], label(lang, `result.${kind}.${name}.${note}`), `${name} ${note}`);
        }
        // The chart says the same of the payback.
        if (expected.payback_month) {
          assert.equal(await opened.page.locator('referral-calculator .chart-note').first().textContent(),
            label(lang, expected.payback_month[1] === 'free' ? 'result.program.payback_month.free' : 'ui.chart.no_payback'));
        }
        // Nothing else is at a limit: no other card has a note.
        const others = cards.filter(([card]) => !Object.keys(expected).some((name) => label(lang, `result.${kind}.${name}`) === card));
        assert.deepEqual(others.filter(([, beside]) => beside !== null), [], JSON.stringify(inputs));
      }
      assert.deepEqual(opened.problems, []);
      await opened.context.close();
    });
  }
});
