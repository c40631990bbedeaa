// The widget in Debian's Chromium, on the built site (build/site).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withSiteAndBrowser } from './site-session.mjs';
import { watchedPage } from './browser.mjs';
import { cliEvaluate, runCli } from './native-cli.mjs';
import { differences } from './compare.mjs';
import { axeViolations, keyFigures, nextEvent, parseShown, resultOf, revealing, saveMenuButton, saveScreenshot, scenarioOf, waitForResult }
  from './widget-page.mjs';
import { examplesDir, repoRoot, siteDir } from './paths.mjs';
import { widgetApi } from './widget-api.mjs';
import { projectVersion } from '../../web/tools/project-version.mjs';
import { readCatalogs } from '../../web/tools/catalogs.mjs';

const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
const MODES = ['program', 'gift_card', 'vcp'];
const LANGS = ['it', 'en', 'fi'];

let server;
let browser;
withSiteAndBrowser((s, b) => { server = s; browser = b; });

async function open(pathAndQuery, { colorScheme = 'light', width = 1100, locale = 'it-IT' } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, locale, acceptDownloads: true });
  const watched = await watchedPage(context);
  watched.dialogs = [];
  watched.page.on('dialog', (dialog) => { watched.dialogs.push(dialog.message()); dialog.dismiss(); });
  await watched.page.goto(server.origin + pathAndQuery);
  return { ...watched, context };
}

const embed = (mode, lang, extra = '') => `/embed.html?mode=${mode}&lang=${lang}${extra}`;
const label = (lang, key) => catalogs[lang][key];
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A form field by its catalog label; the unit may follow it in brackets. A
// field under "More assumptions" has its group opened before it is used.
const field = (scope, lang, key) => revealing(scope.getByLabel(new RegExp(`^${escapeRegExp(label(lang, key))}( \\(.*\\))?$`)));

function assertMatchesCli(scenario, result) {
  const native = cliEvaluate(JSON.stringify(scenario));
  assert.equal(native.ok, true, JSON.stringify(native.messages));
  assert.deepEqual(differences(result, native.value), []);
  return native.value;
}

// Each key figure shown equals the CLI's figure to the shown precision.
function assertShownFigures(figures, expected, lang) {
  for (const [labelKey, value] of Object.entries(expected)) {
    const shown = figures.find((f) => f.label === label(lang, labelKey));
    assert.ok(shown, `key figure ${labelKey} shown`);
    const number = parseShown(shown.value, lang);
    assert.ok(Math.abs(number.value - value) <= number.precision * 1.000001, `${labelKey}: shown ${shown.value}, CLI ${value}`);
  }
}

describe('live results match the native CLI', () => {
  test('program: typing an input updates the results and key figures', async () => {
    const { page, context, problems } = await open(embed('program', 'it'));
    await waitForResult(page);
    const before = await resultOf(page);
    const changed = nextEvent(page, 'result');
    await field(page, 'it', 'input.program.customers.label').fill('1250');
    const detail = await changed;
    const scenario = await scenarioOf(page);
    assert.equal(scenario.inputs.customers, 1250);
    assert.notEqual(detail.result.totals.net_profit, before.result.totals.net_profit);
    await field(page, 'it', 'input.program.conversion_rate.label').fill('22,5');
    const after = await resultOf(page);
    assert.equal(after.inputs.conversion_rate, 0.225);
    const cli = assertMatchesCli(await scenarioOf(page), after);
    const t = cli.result.totals;
    assertShownFigures(await keyFigures(page), {
      'result.program.roi': t.roi, 'result.program.net_profit': t.net_profit,
      'result.program.cost_per_incremental_customer': t.cost_per_incremental_customer,
      'result.program.break_even_conversion_rate': t.break_even_conversion_rate }, 'it');
    // An open month table follows the inputs.
    await page.locator('referral-calculator .month-table > summary').click();
    await field(page, 'it', 'input.program.horizon_months.label').fill('24');
    assert.equal(await page.locator('referral-calculator .month-table tbody tr').count(), 24);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('program: lag, fee and the value after the horizon; the headline says it counts the tail', async () => {
    const { page, context, problems } = await open(embed('program', 'en'), { locale: 'en-GB' });
    await waitForResult(page);
    const root = page.locator('referral-calculator');
    // The lifetime setting follows the horizon in the form, then the time to decide (all under "timing").
    const order = await page.evaluate(() => [...document.querySelector('referral-calculator').shadowRoot
      .querySelectorAll('.form .field input, .form .field select')].map((c) => c.id.replace(/^rc-(.*)-\d+$/, '$1')));
    assert.equal(order[order.indexOf('horizon_months') + 1], 'tail_months');
    assert.equal(order[order.indexOf('tail_months') + 1], 'conversion_lag_months', 'the timing inputs together');
    // Without a tail the headline is the horizon's; the yardstick stands by the reward.
    let figures = await keyFigures(page);
    // In the core's order of key figures (key_figures(): net profit first).
    assert.equal(figures[0].label, label('en', 'result.program.net_profit'));
    const plain = await resultOf(page);
    const yardstick = await root.locator('.field-note:not([hidden])').textContent();
    assert.ok(yardstick.startsWith(label('en', 'result.program.referred_customer_value')) && yardstick.includes('1,160'), yardstick);
    await field(page, 'en', 'input.program.tail_months.label').fill('48');
    await field(page, 'en', 'input.program.conversion_lag_months.label').fill('2');
    await field(page, 'en', 'input.program.fee_per_conversion.label').fill('5');
    const after = await resultOf(page);
    assert.equal(after.inputs.tail_months, 48);
    const cli = assertMatchesCli(await scenarioOf(page), after);
    const t = cli.result.totals;
    assert.notEqual(t.net_profit_with_tail, plain.result.totals.net_profit);
    figures = await keyFigures(page);
    assert.deepEqual(figures.slice(0, 2).map((f) => f.label), ['net_profit_with_tail', 'roi_with_tail']
      .map((name) => label('en', `result.program.${name}`)));
    assert.ok(figures.some((f) => f.label === label('en', 'result.program.npv_with_tail')));
    assertShownFigures(figures, { 'result.program.roi_with_tail': t.roi_with_tail,
      'result.program.net_profit_with_tail': t.net_profit_with_tail, 'result.program.npv_with_tail': t.npv_with_tail }, 'en');
    // Each card explains its figure, or shows the horizon-only figure beside it.
    assert.equal(await root.locator('.key-figures .figure-help').count(), figures.length);
    // The horizon-only figure beside it.
    const beside = await root.locator('.key-figures .figure-beside').first().textContent();
    assert.ok(beside.startsWith(label('en', 'result.program.horizon_only')), beside);
    assert.ok(Math.abs(parseShown(beside.split(': ')[1], 'en').value - t.net_profit) <= parseShown(beside.split(': ')[1], 'en').precision * 1.000001);
    // The chart draws the tail as a continuation of its own, with a note.
    assert.equal(await root.locator('.chart-tail').count(), 1);
    assert.ok((await root.locator('.chart-tail-note').textContent()).includes('48'));
    // How it is computed explains lag, fee and tail.
    await page.getByText(label('en', 'ui.widget.method'), { exact: true }).click();
    const method = await root.locator('.method p').first();
    await method.getByText(/platform fee/).waitFor();
    for (const topic of ['take time to decide', 'value after the horizon']) assert.ok((await method.textContent()).includes(topic), topic);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('gift card: typing updates the figures (English formatting)', async () => {
    const { page, context } = await open(embed('gift_card', 'en'));
    await waitForResult(page);
    await field(page, 'en', 'input.gift_card.cards_per_wave.label').fill('2,500');
    await field(page, 'en', 'input.gift_card.friend_conversion.label').fill('12.5');
    const scenario = await scenarioOf(page);
    assert.equal(scenario.inputs.cards_per_wave, 2500);
    assert.equal(scenario.inputs.friend_conversion, 0.125);
    const cli = assertMatchesCli(scenario, await resultOf(page));
    const t = cli.result.totals;
    assertShownFigures(await keyFigures(page), {
      'result.gift_card.roi': t.roi, 'result.gift_card.net_profit': t.net_profit,
      'result.gift_card.cost_per_new_customer': t.cost_per_new_customer,
      'result.gift_card.max_card_value': t.max_card_value }, 'en');
    await context.close();
  });

  test('vcp: contacts are added, edited, reordered and removed; levels and actions in words', async () => {
    const { page, context, problems } = await open(embed('vcp', 'fi'));
    await waitForResult(page);
    const add = page.getByRole('button', { name: label('fi', 'ui.vcp.add_contact') });
    await add.click();
    await field(page, 'fi', 'contact.name.label').fill('Ravintola Aurora');
    const mine = (key) => field(page, 'fi', `contact.mine.${key}.label`);
    const theirs = (key) => field(page, 'fi', `contact.theirs.${key}.label`);
    await mine('knows_business').check();
    await mine('trusts_competence').check();
    await mine('referrals_per_quarter').fill('3');
    await theirs('knows_business').check();
    await page.getByRole('button', { name: label('fi', 'trait.connector') }).click();
    await add.click();
    await field(page, 'fi', 'contact.name.label').nth(1).fill('Tilitoimisto Lehto');

    let scenario = await scenarioOf(page);
    assert.deepEqual(scenario.inputs.contacts.map((c) => c.name), ['Ravintola Aurora', 'Tilitoimisto Lehto']);
    assert.deepEqual(scenario.inputs.contacts[0].traits, ['connector']);
    let cli = assertMatchesCli(scenario, await resultOf(page));
    const first = cli.result.contacts[0];
    const summary = page.locator('referral-calculator details.contact summary').first();
    await assertContains(summary, label('fi', `level.${first.mutual_level}`));
    await assertContains(summary, label('fi', `action.${first.next_action}`));
    assertShownFigures(await keyFigures(page), {
      'result.vcp.partner_gap': cli.result.summary.partner_gap,
      'result.vcp.portfolio_score': cli.result.summary.portfolio_score }, 'fi');

    await page.getByRole('button', { name: `${label('fi', 'ui.widget.vcp.move_up')}: Tilitoimisto Lehto` }).click();
    scenario = await scenarioOf(page);
    assert.deepEqual(scenario.inputs.contacts.map((c) => c.name), ['Tilitoimisto Lehto', 'Ravintola Aurora']);
    await page.getByRole('button', { name: `${label('fi', 'ui.vcp.remove_contact')}: Tilitoimisto Lehto` }).click();
    scenario = await scenarioOf(page);
    assert.deepEqual(scenario.inputs.contacts.map((c) => c.name), ['Ravintola Aurora']);
    cli = assertMatchesCli(scenario, await resultOf(page));
    assert.equal(cli.result.summary.contacts, 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

async function assertContains(locator, text) {
  const content = await locator.textContent();
  assert.ok(content.includes(text), `"${content}" contains "${text}"`);
}

describe('language', () => {
  // A host page without a `lang` on the element: the page's language, else the browser's.
  async function hostPage(htmlLang, locale) {
    const { page, context } = await open('/favicon.svg', { locale });
    await page.route('**/host.html', (route) => route.fulfill({ contentType: 'text/html', body:
      `<!doctype html><html${htmlLang ? ` lang="${htmlLang}"` : ''}><head><title>t</title>`
      + '<script type="module" src="widget/referral-calculator.js"></script></head>'
      + '<body><referral-calculator mode="gift_card"></referral-calculator></body></html>' }));
    await page.goto(`${server.origin}/host.html`);
    await waitForResult(page);
    return { page, context };
  }
  const title = (page) => page.locator('referral-calculator h2').textContent();

  test('the page\'s language, else the browser\'s, sets the widget\'s', async () => {
    for (const [htmlLang, locale, lang] of [['fi', 'en-US', 'fi'], ['', 'fi-FI', 'fi'], ['de', 'it-IT', 'it'], ['', 'sv-SE', 'en']]) {
      const { page, context } = await hostPage(htmlLang, locale);
      assert.equal(await title(page), label(lang, 'kind.gift_card.title'), `page ${htmlLang}, browser ${locale}`);
      await context.close();
    }
  });

  test('changing the lang attribute re-renders in that language and keeps the scenario', async () => {
    const { page, context } = await open(embed('program', 'it'));
    await waitForResult(page);
    await field(page, 'it', 'input.program.customers.label').fill('321');
    await page.evaluate(() => document.querySelector('referral-calculator').setAttribute('lang', 'en'));
    await page.waitForFunction((t) => document.querySelector('referral-calculator').shadowRoot.querySelector('h2')?.textContent === t,
      label('en', 'kind.program.title'));
    assert.equal(await field(page, 'en', 'input.program.customers.label').inputValue(), '321');
    assert.equal((await scenarioOf(page)).inputs.customers, 321);
    await context.close();
  });
});

describe('JS API and invalid input', () => {
  test('an invalid input shows a message next to the field, fires `error` and keeps the last valid result', async () => {
    const { page, context } = await open(embed('program', 'en'));
    await waitForResult(page);
    const valid = await resultOf(page);
    const input = field(page, 'en', 'input.program.monthly_churn.label');
    // The range is said when a value is refused, not beside every field.
    const rangeWords = label('en', 'ui.help.range').split('{min}')[0];
    const helpBefore = await page.locator(`referral-calculator [id="${(await input.getAttribute('aria-describedby')).split(' ')[0]}"]`).textContent();
    assert.ok(!helpBefore.includes(rangeWords), helpBefore);
    const failed = nextEvent(page, 'error');
    await input.fill('250');
    const detail = await failed;
    assert.equal(detail.errors[0].path, 'inputs.monthly_churn');
    assert.ok(detail.errors[0].text.startsWith(label('en', 'error.range')));
    assert.ok(detail.errors[0].text.includes(rangeWords), detail.errors[0].text);
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    const describedBy = (await input.getAttribute('aria-describedby')).split(' ');
    const message = await page.locator(`referral-calculator [id="${describedBy[1]}"]`).textContent();
    assert.equal(message, detail.errors[0].text);
    assert.deepEqual(await resultOf(page), valid);
    await input.fill('abc');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await resultOf(page), valid);
    await input.fill('3');
    assert.equal(await input.getAttribute('aria-invalid'), null);
    assert.equal((await resultOf(page)).inputs.monthly_churn, 0.03);
    await context.close();
  });

  test('the first result is the defaults in the page\'s currency, in one `result` event and in el.result', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.addInitScript(() => {
      window.firstResults = [];
      document.addEventListener('result', (e) => window.firstResults.push(e.detail), true);
    });
    await page.goto(server.origin + embed('gift_card', 'en', '&currency=chf'));
    await waitForResult(page);
    const { events, result, scenario } = await page.evaluate(() => {
      const el = document.querySelector('referral-calculator');
      return { events: window.firstResults, result: el.result, scenario: el.scenario };
    });
    assert.equal(events.length, 1);
    assert.deepEqual(events[0], result);
    assert.equal(scenario.inputs.currency, 'CHF');
    const filledIn = { ...assertMatchesCli({ schema: 'passaparola/1', kind: 'gift_card', inputs: { currency: 'CHF' } }, result) };
    delete filledIn.result;
    assert.deepEqual(scenario, filledIn);
    assert.ok((await keyFigures(page)).some((f) => f.value.includes('CHF')));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('el.scenario sets a document (a refused one changes nothing) and el.result follows', async () => {
    const { page, context } = await open(embed('gift_card', 'it'));
    await waitForResult(page);
    const outcome = await page.evaluate(async () => {
      const el = document.querySelector('referral-calculator');
      const events = [];
      el.addEventListener('result', (e) => events.push(['result', e.detail.inputs.waves]));
      el.addEventListener('error', (e) => events.push(['error', e.detail.errors[0].path]));
      el.scenario = { schema: 'passaparola/1', kind: 'gift_card', inputs: { waves: 6, card_value: 20 } };
      const accepted = el.scenario;
      el.scenario = { schema: 'passaparola/1', kind: 'gift_card', inputs: { waves: 0 } };
      // A range on an integer input makes the whole document invalid (spec §6).
      el.scenario = { schema: 'passaparola/1', kind: 'gift_card', inputs: { waves: 5 }, uncertainty: { waves: { low: 1, high: 9 } } };
      return { events, accepted, after: el.scenario, result: el.result };
    });
    assert.deepEqual(outcome.events, [['result', 6], ['error', 'inputs.waves'], ['error', 'uncertainty.waves']]);
    assert.equal(outcome.accepted.inputs.card_value, 20);
    assert.deepEqual(outcome.after, outcome.accepted);
    assertMatchesCli(outcome.after, outcome.result);
    await context.close();
  });

  test('a scenario that grows beyond what can be computed is refused whole', async () => {
    const { page, context } = await open(embed('program', 'en'));
    await waitForResult(page);
    const before = await scenarioOf(page);
    const failed = nextEvent(page, 'error');
    await page.evaluate(() => {
      document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'program', inputs: {
        horizon_months: 120, customers: 1e9, advocate_rate: 1, referrals_per_advocate: 1000, conversion_rate: 1 } };
    });
    const detail = await failed;
    assert.equal(detail.errors[0].path, 'inputs');
    assert.equal(detail.errors[0].text, label('en', 'error.overflow'));
    assert.deepEqual(await scenarioOf(page), before);
    assert.equal(await field(page, 'en', 'input.program.customers.label').inputValue(), '500');
    await context.close();
  });

  test('download, upload (a broken file changes nothing) and reset', async () => {
    const { page, context } = await open(embed('program', 'it'));
    await waitForResult(page);
    await field(page, 'it', 'input.program.horizon_months.label').fill('24');
    const downloading = page.waitForEvent('download');
    await (await saveMenuButton(page, label('it', 'ui.widget.save_open'), label('it', 'ui.widget.download'))).click();
    const file = await (await downloading).path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(saved, await scenarioOf(page));

    const dir = mkdtempSync(path.join(tmpdir(), 'passaparola-upload-'));
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ schema: 'passaparola/1', kind: 'program', inputs: { customers: 42 } }));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"schema": "passaparola/1", "kind": "program", "inputs": {"customers": -1}');
    const fileInput = page.locator('referral-calculator input[type="file"]');
    await fileInput.setInputFiles(good);
    await page.waitForFunction(() => document.querySelector('referral-calculator').scenario.inputs.customers === 42);
    await fileInput.setInputFiles(bad);
    const alert = page.locator('referral-calculator [role="alert"]');
    await alert.waitFor();
    await assertContains(alert, label('it', 'ui.error.open_failed').replace('{path}', 'bad.json'));
    assert.equal((await scenarioOf(page)).inputs.customers, 42);

    await (await saveMenuButton(page, label('it', 'ui.widget.save_open'), label('it', 'ui.edit.reset'))).click();
    const reset = await scenarioOf(page);
    assert.equal(reset.inputs.customers, 500);
    assert.equal(reset.inputs.horizon_months, 12);
    await context.close();
  });
});

describe('share links', () => {
  test('a copied link reopens the identical scenario and results in a fresh page', async () => {
    const { page, context } = await open('/index.html');
    const selector = '#calcolatore-buoni';
    await waitForResult(page, selector);
    const widget = page.locator(selector);
    await field(widget, 'it', 'input.gift_card.card_value.label').fill('25');
    await field(widget, 'it', 'input.gift_card.currency.label').fill('CHF');
    await widget.getByRole('button', { name: label('it', 'ui.share.copy_link') }).click();
    const link = await widget.locator('.share-output').inputValue();
    assert.match(link, /\/index\.html#s=(v1|z1)\.[A-Za-z0-9_-]+$/);
    const original = { scenario: await scenarioOf(page, selector), result: await resultOf(page, selector) };
    await context.close();

    const fresh = await open(link.slice(server.origin.length));
    await waitForResult(fresh.page, selector);
    assert.deepEqual(await scenarioOf(fresh.page, selector), original.scenario);
    assert.deepEqual(await resultOf(fresh.page, selector), original.result);
    // The other calculators on the page keep their defaults.
    assert.equal((await scenarioOf(fresh.page, '#calcolatore-programma')).inputs.currency, 'EUR');
    assert.deepEqual(fresh.problems, []);
    await fresh.context.close();
  });

  for (const [name, fragment] of [['broken', '#s=z1.AAAA@@'], ['oversized', `#s=v1.${'A'.repeat(120000)}`]]) {
    test(`a ${name} #s= shows a clear message and the defaults`, async () => {
      const { page, context, problems } = await open(embed('program', 'en') + fragment);
      await waitForResult(page);
      const alert = page.locator('referral-calculator [role="alert"]');
      await assertContains(alert, label('en', 'error.payload'));
      const scenario = await scenarioOf(page);
      assert.equal(scenario.inputs.customers, 500);
      assert.ok((await keyFigures(page)).length >= 4, 'results are shown');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('referral log (VCP)', () => {
  // An Italian spreadsheet's export: BOM, CRLF, semicolons, decimal commas, DD/MM/YYYY.
  const ITALIAN_CSV = '\ufeffData;Contatto;Direzione;Valore chiuso\r\n'
    + '03/11/2026;Studio Bianchi;ricevuto;1.250,50\r\n'
    + '15/10/2026;Ristorante Da Mario;ricevuto;3.400,00\r\n'
    + '28/09/2026;Studio Bianchi;dato;300\r\n'
    + '02/12/2026;Anna;ricevuto;\r\n';
  const csvFile = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  const importInput = (page) => page.locator('referral-calculator input[type="file"][accept*="csv"]');
  // A figure shown equals the core's to its shown precision.
  const assertShown = (text, value, lang, what) => {
    const shown = parseShown(text, lang);
    assert.ok(Math.abs(shown.value - value) <= shown.precision * 1.000001, `${what}: shown ${text}, core ${value}`);
  };

  test('a CSV imported through the file input brings closed business and top sources into the results, in Italian', async () => {
    const { page, context, problems } = await open(embed('vcp', 'it'));
    await waitForResult(page);
    const root = page.locator('referral-calculator');
    await root.getByRole('button', { name: label('it', 'import.title') }).waitFor();
    await importInput(page).setInputFiles(csvFile('referenze.csv', ITALIAN_CSV));
    const status = root.locator('[part="import"]');
    await status.getByText(label('it', 'import.done').replace('{rows}', '4').replace('{contacts}', '3')).waitFor();
    assert.equal(await status.getAttribute('role'), 'status');
    const scenario = await scenarioOf(page);
    assert.deepEqual(scenario.inputs.contacts.map((c) => [c.name, c.log.length]), [['Studio Bianchi', 2], ['Ristorante Da Mario', 1], ['Anna', 1]]);
    const native = assertMatchesCli(scenario, await resultOf(page));
    assert.equal(native.result.summary.closed_value_received, 4650.5);
    const figures = (await keyFigures(page)).filter((f) => /Affari/.test(f.label));
    assert.deepEqual(figures.map((f) => f.label), [label('it', 'result.vcp.closed_value_received'), label('it', 'result.vcp.closed_value_given')]);
    assertShown(figures[0].value, 4650.5, 'it', 'received');
    assertShown(figures[1].value, 300, 'it', 'given');
    assert.match(figures[0].value, /€/);
    const sources = root.locator('.top-sources');
    assert.equal(await sources.locator('h4').textContent(), label('it', 'result.vcp.top_sources'));
    assert.deepEqual(await sources.locator('li').allTextContents(), ['Ristorante Da Mario', 'Studio Bianchi']);
    // The day used (none typed: the log's latest) and the window, beside closed business.
    assert.equal(await field(page, 'it', 'input.vcp.as_of.label').inputValue(), '');
    assert.deepEqual(await root.locator('.figure-beside').allTextContents(), Array(2).fill(`02/12/2026 · 182 ${label('it', 'unit.days')}`));
    // A contact's log: the rates it drives are read only, with the reason.
    await root.locator('details.contact > summary').first().click();
    const rate = field(root.locator('details.contact').first(), 'it', 'contact.mine.referrals_per_quarter.label');
    await page.waitForFunction(() => document.querySelector('referral-calculator').shadowRoot.querySelector('details.contact input[readonly]'));
    assert.equal(await rate.evaluate((input) => input.readOnly), true);
    await root.getByText(label('it', 'log.rates_from_log').replace('{given}', '1').replace('{received}', '1')).first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a CSV with bad rows names each by its line in the reader\'s language and changes nothing', async () => {
    for (const lang of ['fi', 'en']) {
      const { page, context } = await open(embed('vcp', lang));
      await waitForResult(page);
      const before = await scenarioOf(page);
      const errors = nextEvent(page, 'rc-error');
      await importInput(page).setInputFiles(csvFile('bad.csv',
        'päivämäärä,kontakti,suunta,arvo\n31.02.2026,Anna,annettu,10\n01.03.2026,Bruno,sivuun,10\n02.03.2026,Carla,saatu,kymmenen\n05.03.2026,Dora,saatu,5\n'));
      const status = page.locator('referral-calculator [part="import"]');
      await status.getByText(label(lang, 'import.failed')).waitFor();
      const line = (n, code, got) => label(lang, 'error.csv.line').replace('{line}', n)
        .replace('{problem}', label(lang, `error.${code}`).replace('{got}', `«${got}»`));
      assert.deepEqual(await status.locator('p').allTextContents(), [label(lang, 'import.failed'),
        line('2', 'csv.date_day', '31.02.2026'), line('3', 'csv.direction', 'sivuun'), line('4', 'csv.value', 'kymmenen')]);
      const detail = await errors;
      assert.deepEqual(detail.errors.map((e) => [e.path, e.code]), [['line 2', 'csv.date_day'], ['line 3', 'csv.direction'], ['line 4', 'csv.value']]);
      assert.equal(detail.errors[0].text, line('2', 'csv.date_day', '31.02.2026'));
      assert.deepEqual(await scenarioOf(page), before);
      await context.close();
    }
  });

  test('a log entry added and removed with the keyboard alone; the as-of date typed and emptied', async () => {
    const { page, context, problems } = await open(embed('vcp', 'en'), { locale: 'en-GB' });
    await waitForResult(page);
    await page.evaluate(() => {
      document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp', inputs: { contacts: [{ name: 'Anna',
        mine: { knows_business: true, trusts_competence: true, referrals_per_quarter: 3 },
        theirs: { knows_business: true, trusts_competence: true, referrals_per_quarter: 3 } }] } };
    });
    const root = page.locator('referral-calculator');
    await root.locator('details.contact > summary').focus();
    await page.keyboard.press('Enter');
    await root.locator('details.contact-log > summary').focus();
    await page.keyboard.press('Enter');
    const date = root.getByLabel(label('en', 'log.date'), { exact: true });
    await date.waitFor();
    await date.focus();
    // The digits in the browser's order of the date's parts; the field says which day it took.
    await page.keyboard.type('03112026');
    const typed = await date.inputValue();
    assert.match(typed, /^2026-(11-03|03-11)$/);
    // Tab leaves the date's parts for the direction, then the closed value.
    const activeTag = () => page.evaluate(() => document.querySelector('referral-calculator').shadowRoot.activeElement?.tagName);
    for (let i = 0; i < 4 && await activeTag() !== 'SELECT'; ++i) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');  // the direction: received
    await page.keyboard.press('Tab');
    await page.keyboard.type('1250.5');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('referral-calculator').scenario.inputs.contacts[0].log?.length === 1);
    const contact = (await scenarioOf(page)).inputs.contacts[0];
    assert.deepEqual(contact.log, [{ date: typed, direction: 'received', closed_value: 1250.5 }]);
    // The open log, its form and the read-only rates, as a screen reader meets them.
    assert.deepEqual(await axeViolations(page), []);
    assertMatchesCli(await scenarioOf(page), await resultOf(page));
    const entry = root.locator('.log-entry');
    const shownDay = typed.split('-').reverse().join('/');
    const [day, direction, value] = await entry.locator('span').allTextContents();
    assert.deepEqual([day, direction], [shownDay, label('en', 'log.received')]);
    assertShown(value, 1250.5, 'en', 'closed value');
    const remove = root.getByRole('button', { name: `${label('en', 'log.remove')}: ${shownDay}, ${label('en', 'log.received')}, Anna` });
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('referral-calculator').scenario.inputs.contacts[0].log?.length);
    assert.equal(await entry.count(), 0);
    await root.getByText(label('en', 'log.empty')).waitFor();
    // Focus stays in the log's form.
    assert.equal(await page.evaluate(() => document.querySelector('referral-calculator').shadowRoot.activeElement?.type), 'date');
    assert.equal((await resultOf(page)).result.contacts[0].referrals_given, 3, 'the typed rate counts again');

    // The day of assessment: typed, then emptied (absent from the document, never null).
    const asOf = field(page, 'en', 'input.vcp.as_of.label');
    await asOf.fill('2026-06-30');
    await page.waitForFunction(() => document.querySelector('referral-calculator').scenario.inputs.as_of === '2026-06-30');
    await asOf.fill('');
    await page.waitForFunction(() => !('as_of' in document.querySelector('referral-calculator').scenario.inputs));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a share link made after adding a log reopens with the log', async () => {
    const { page, context } = await open(embed('vcp', 'it'));
    await waitForResult(page);
    await importInput(page).setInputFiles(csvFile('referenze.csv', ITALIAN_CSV));
    await page.waitForFunction(() => document.querySelector('referral-calculator').scenario.inputs.contacts.length === 3);
    const root = page.locator('referral-calculator');
    await root.locator('details.contact > summary').first().click();
    await root.locator('details.contact-log > summary').first().click();
    await root.getByLabel(label('it', 'log.date'), { exact: true }).first().fill('2026-12-01');
    await root.getByLabel(new RegExp(`^${escapeRegExp(label('it', 'log.closed_value'))}`)).first().fill('99,5');
    await root.getByRole('button', { name: label('it', 'log.add') }).first().click();
    await page.waitForFunction(() => document.querySelector('referral-calculator').scenario.inputs.contacts[0].log.length === 3);
    await root.getByRole('button', { name: label('it', 'ui.share.copy_link') }).click();
    const link = await root.locator('.share-output').inputValue();
    const original = { scenario: await scenarioOf(page), result: await resultOf(page) };
    assert.deepEqual(original.scenario.inputs.contacts[0].log.at(-1), { date: '2026-12-01', direction: 'given', closed_value: 99.5 });
    await context.close();

    const fresh = await open(link.slice(server.origin.length));
    await waitForResult(fresh.page);
    assert.deepEqual(await scenarioOf(fresh.page), original.scenario);
    assert.deepEqual(await resultOf(fresh.page), original.result);
    assert.deepEqual(fresh.problems, []);
    await fresh.context.close();
  });

  test('an assessment too large for a link (64 KiB) gets "download the JSON" instead of a link', async () => {
    const { page, context } = await open(embed('vcp', 'it'));
    await waitForResult(page);
    await page.evaluate(() => {
      const contacts = Array.from({ length: 40 }, (_, c) => ({ name: `Contatto numero ${c} con un nome lungo`,
        log: Array.from({ length: 60 }, (__, i) => ({ date: `20${10 + (i % 16)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7 + c) % 28)).padStart(2, '0')}`,
          direction: (i + c) % 3 ? 'given' : 'received', closed_value: ((i * 7919 + c * 104729) % 100000) / 100 })) }));
      document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp', inputs: { contacts } };
    });
    await page.waitForFunction(() => document.querySelector('referral-calculator').scenario.inputs.contacts.length === 40);
    const root = page.locator('referral-calculator');
    const shared = [];
    await page.exposeFunction('sharedEvent', (detail) => shared.push(detail));
    await page.evaluate(() => document.addEventListener('rc-share', (e) => window.sharedEvent(e.detail)));
    await root.getByRole('button', { name: label('it', 'ui.share.copy_link') }).click();
    await root.getByText(label('it', 'log.too_long_for_link')).waitFor();
    assert.equal(await root.locator('.share-output').isHidden(), true);
    assert.equal(await root.locator('.share-output').inputValue(), '');
    assert.deepEqual(shared, []);
    await context.close();
  });

  test('the spec\'s log examples shown by the widget: results as expected, closed business and top sources on screen', async () => {
    const { page, context, problems } = await open(embed('vcp', 'it'));
    await waitForResult(page);
    for (const name of ['vcp-referral-log', 'vcp-log-window']) {
      const document = JSON.parse(readFileSync(path.join(examplesDir, `${name}.json`), 'utf8'));
      const expected = JSON.parse(readFileSync(path.join(examplesDir, `${name}.expected.json`), 'utf8'));
      await page.evaluate((d) => { document.querySelector('referral-calculator').scenario = d; }, document);
      await page.waitForFunction((n) => document.querySelector('referral-calculator').result?.inputs.contacts[0].name === n, document.inputs.contacts[0].name);
      const shown = await resultOf(page);
      assert.deepEqual([shown.schema, shown.kind], [expected.schema, expected.kind]);
      assert.deepEqual(differences(shown.result, expected.result), [], name);
      const { summary } = expected.result;
      // Closed business comes with the log's words, loaded as a contact has a log.
      await page.locator('referral-calculator .key-figures dt', { hasText: label('it', 'result.vcp.closed_value_received') }).waitFor();
      const figures = await keyFigures(page);
      assertShown(figures.find((f) => f.label === label('it', 'result.vcp.closed_value_received')).value, summary.closed_value_received, 'it', name);
      assertShown(figures.find((f) => f.label === label('it', 'result.vcp.closed_value_given')).value, summary.closed_value_given, 'it', name);
      assert.deepEqual(await page.locator('referral-calculator .top-sources li').allTextContents(), summary.top_sources, name);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('strict CSP and hostile text', () => {
  test('a hostile #s= arriving later shows a message and leaves the current scenario untouched', async () => {
    const { page, context, problems } = await open(embed('program', 'it'));
    await waitForResult(page);
    await field(page, 'it', 'input.program.customers.label').fill('777');
    const before = await scenarioOf(page);
    for (const payload of ['z1.' + 'A'.repeat(40), 'v1.' + Buffer.from('{"schema":"passaparola/1","kind":"program","inputs":{"customers":-5}}').toString('base64url')]) {
      await page.evaluate((p) => { window.location.hash = `s=${p}`; }, payload);
      await page.locator('referral-calculator [role="alert"]').waitFor();
      assert.deepEqual(await scenarioOf(page), before);
      assert.equal(await field(page, 'it', 'input.program.customers.label').inputValue(), '777');
      await page.getByRole('button', { name: label('it', 'ui.dialog.ok') }).click();
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every page works under the strict CSP, with no console error and no foreign request', async () => {
    for (const pagePath of ['/csp/index.html', '/csp/en.html', '/csp/fi.html', '/csp/embed.html?mode=vcp&lang=en',
      '/csp/embed-code.html', '/csp/embed-code-en.html', '/csp/embed-code-fi.html',
      '/csp/methodology.html', '/csp/methodology-en.html', '/csp/methodology-fi.html']) {
      const { page, context, problems, requests } = await open(pagePath);
      if (!pagePath.includes('methodology')) {
        await page.waitForFunction(() => [...document.querySelectorAll('referral-calculator')].every((el) => el.result)
          || [...document.querySelectorAll('iframe')].some((f) => f.contentDocument?.querySelector('referral-calculator')?.result));
      }
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, [], pagePath);
      const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`));
      assert.deepEqual(foreign, [], pagePath);
      await context.close();
    }
  });

  test('a contact named <img src=x onerror=alert(1)> is shown as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { page, context, dialogs, problems } = await open(`/csp${embed('vcp', 'it')}`);
    await waitForResult(page);
    await page.evaluate((name) => {
      document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp',
        inputs: { contacts: [{ name, traits: ['connector'] }, { name: 'Studio Rossi' }] } };
    }, hostile);
    await page.getByRole('button', { name: label('it', 'ui.vcp.add_contact') }).click();
    await field(page, 'it', 'contact.name.label').nth(2).fill(`${hostile}<script>alert(2)</script>`);
    await page.waitForTimeout(200);
    const shown = await page.evaluate(() => {
      const root = document.querySelector('referral-calculator').shadowRoot;
      return { images: root.querySelectorAll('img, script').length,
        names: [...root.querySelectorAll('.contact-name')].map((n) => n.textContent),
        investNext: [...root.querySelectorAll('.invest-next li strong')].map((n) => n.textContent) };
    });
    assert.equal(shown.images, 0);
    assert.equal(shown.names[0], hostile);
    assert.ok(shown.investNext.includes(hostile));
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('range of outcomes', () => {
  test('ranges enter the scenario; the worker\'s figures match the CLI\'s simulate, under the strict CSP', async () => {
    const { page, context, problems } = await open(`/csp${embed('gift_card', 'en')}`);
    await waitForResult(page);
    await page.getByText(label('en', 'whatif.range_of_outcomes'), { exact: true }).click();
    const choice = page.getByLabel(label('en', 'ui.widget.whatif.input'));
    for (const input of ['friend_conversion', 'pass_on_rate']) {
      await choice.selectOption(input);
      await page.getByRole('button', { name: label('en', 'ui.widget.whatif.add') }).click();
    }
    await page.getByLabel(`${label('en', 'whatif.high')}: ${label('en', 'input.gift_card.friend_conversion.label')} (%)`).fill('60');
    const scenario = await scenarioOf(page);
    assert.deepEqual(Object.keys(scenario.uncertainty), ['friend_conversion', 'pass_on_rate']);
    assert.equal(scenario.uncertainty.friend_conversion.high, 0.6);
    const table = page.locator('referral-calculator .whatif-table');
    await page.waitForFunction(() => {
      const root = document.querySelector('referral-calculator').shadowRoot;
      return root.querySelector('.whatif-table') && !root.querySelector('.whatif [role="status"]').textContent;
    });
    const run = runCli(['simulate', '-', '--quiet'], JSON.stringify(scenario));
    assert.equal(run.status, 0, run.stderr);
    const simulation = JSON.parse(run.stdout).result.simulation;
    const [low, high] = (await table.locator('td').first().textContent()).split(' to ').map((t) => parseShown(t, 'en'));
    assert.ok(Math.abs(low.value - simulation.net_profit.p10) <= low.precision, `P10 ${low.value} vs ${simulation.net_profit.p10}`);
    assert.ok(Math.abs(high.value - simulation.net_profit.p90) <= high.precision, `P90 ${high.value} vs ${simulation.net_profit.p90}`);
    assert.equal(await page.locator('referral-calculator .tornado li').count(), 6);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('figures at a limit say why', () => {
  test('a gift card\'s break-even friend conversion at 0 or none explains itself, in the reader\'s language, as the CLI computes it', async () => {
    const { page, context, problems } = await open(embed('gift_card', 'it'));
    await waitForResult(page);
    const cases = [[{ card_value: 0, card_unit_cost: 0, fixed_cost: 0 }, 0, 'zero'], [{ new_customer_value: 10, referrer_reward: 15 }, null, 'none'], [{}, undefined, null]];
    for (const [inputs, expected, note] of cases) {
      const shown = nextEvent(page, 'rc-result');
      await page.evaluate((i) => { document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'gift_card', inputs: i }; }, inputs);
      await shown;
      const cli = JSON.parse(runCli(['eval', '-'], JSON.stringify({ schema: 'passaparola/1', kind: 'gift_card', inputs })).stdout);
      if (expected !== undefined) assert.equal(cli.result.totals.break_even_friend_conversion, expected);
      const beside = await page.evaluate(() => [...document.querySelector('referral-calculator').shadowRoot.querySelectorAll('.key-figures .figure')]
        .map((f) => f.querySelector('.figure-beside')?.textContent ?? null));
      const key = 'result.gift_card.break_even_friend_conversion';
      assert.equal(beside.filter(Boolean).length, note ? 1 : 0, JSON.stringify(beside));
      if (note) assert.ok(beside.includes(label('it', `${key}.${note}`)), JSON.stringify(beside));
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('range of outcomes without ranges', () => {
  test('says there is no spread instead of showing one, adds the three largest swings in one click, and tells the top swing in words', async () => {
    const { page, context, problems } = await open(embed('program', 'it'));
    await waitForResult(page);
    await page.getByText(label('it', 'whatif.range_of_outcomes'), { exact: true }).click();
    const notice = page.locator('referral-calculator .whatif-body').getByText(label('it', 'ui.widget.whatif.no_uncertainty'));
    await notice.waitFor();
    assert.equal(await page.locator('referral-calculator .whatif-table').count(), 0, 'no P10–P90 of a single scenario');
    const words = await page.locator('referral-calculator .tornado-words').textContent();
    const top = await page.locator('referral-calculator .tornado .bar-label').first().textContent();
    assert.ok(words.startsWith(label('it', 'ui.widget.whatif.in_words').split('{input}')[0] + top), words);
    await page.getByRole('button', { name: label('it', 'ui.widget.whatif.add_typical') }).click();
    await page.waitForFunction(() => document.querySelector('referral-calculator').shadowRoot.querySelector('.whatif-body:not(.is-stale) .whatif-table'));
    const scenario = await scenarioOf(page);
    assert.equal(Object.keys(scenario.uncertainty).length, 3);
    const bars = await page.locator('referral-calculator .tornado .bar-label').allTextContents();
    const labels = Object.keys(scenario.uncertainty).map((name) => label('it', `input.program.${name}.label`));
    assert.deepEqual(labels.sort(), bars.slice(0, 3).sort(), 'the ranges go to the three largest swings');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the element\'s API, as its JSDoc header states it', () => {
  const api = widgetApi();
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

  test('every attribute has a property that reflects it, both ways', async () => {
    const { page, context, problems } = await open(embed('program', 'en'));
    await waitForResult(page);
    const observed = await page.evaluate(() => customElements.get('referral-calculator').observedAttributes);
    for (const name of observed) assert.ok(api.attr.some((a) => a.name === name), `observed ${name} is documented`);
    const mismatches = await page.evaluate((names) => {
      const el = document.querySelector('referral-calculator');
      const wrong = [];
      for (const [attribute, property] of names) {
        if (attribute === 'lang' || attribute === 'mode') continue;  // changed below: each redraws the calculator
        const before = el.getAttribute(attribute);
        el[property] = 'x-1';
        if (el.getAttribute(attribute) !== 'x-1') wrong.push(`${property} → ${attribute}`);
        el.setAttribute(attribute, 'x-2');
        if (el[property] !== 'x-2') wrong.push(`${attribute} → ${property}`);
        el[property] = null;
        if (el.hasAttribute(attribute)) wrong.push(`${property} = null keeps ${attribute}`);
        if (before !== null) el.setAttribute(attribute, before);
      }
      return wrong;
    }, api.attr.map((a) => [a.name, camel(a.name)]));
    assert.deepEqual(mismatches, []);
    await page.evaluate(() => { document.querySelector('referral-calculator').mode = 'vcp'; });
    await page.waitForFunction(() => document.querySelector('referral-calculator').scenario?.kind === 'vcp');
    assert.equal(await page.evaluate(() => document.querySelector('referral-calculator').getAttribute('mode')), 'vcp');
    await page.evaluate(() => { document.querySelector('referral-calculator').lang = 'fi'; });
    await page.waitForFunction((t) => document.querySelector('referral-calculator').shadowRoot.querySelector('h2')?.textContent === t,
      label('fi', 'kind.vcp.title'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a property set before the element is defined reaches it', async () => {
    const { page, context } = await open('/favicon.svg');
    await page.route('**/early.html', (route) => route.fulfill({ contentType: 'text/html', body:
      '<!doctype html><html lang="en"><head><title>t</title></head><body><referral-calculator></referral-calculator></body></html>' }));
    await page.goto(`${server.origin}/early.html`);
    await page.evaluate(async () => {
      const el = document.querySelector('referral-calculator');
      el.mode = 'gift_card';
      el.ctaLabel = 'Talk to us';
      await import('/widget/referral-calculator.js');
    });
    await waitForResult(page);
    assert.equal((await scenarioOf(page)).kind, 'gift_card');
    assert.equal(await page.evaluate(() => document.querySelector('referral-calculator').getAttribute('cta-label')), 'Talk to us');
    await context.close();
  });

  test('the parts named in the header are those on the regions, in every calculator', async () => {
    const { page, context } = await open(embed('program', 'en', '&modes=program%20gift_card%20vcp&cta-label=Call&cta-href=https://example.org/'));
    await waitForResult(page);
    const found = new Set();
    for (const mode of MODES) {
      await page.getByRole('tab', { name: label('en', `kind.${mode}.title`) }).click();
      if (mode === 'vcp') {
        await page.evaluate(() => {
          document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp', inputs: { contacts: [{ name: 'Anna' }] } };
        });
      }
      const parts = await page.evaluate(() => [...document.querySelector('referral-calculator').shadowRoot.querySelectorAll('[part]')]
        .map((e) => e.getAttribute('part')));
      for (const part of parts) found.add(part);
    }
    assert.deepEqual([...found].sort(), api.csspart.map((p) => p.name).sort());
    // A host can style a part from outside.
    await page.addStyleTag({ content: 'referral-calculator::part(cta) { outline: 3px solid rgb(1, 2, 3); }' });
    const outline = await page.evaluate(() => getComputedStyle(document.querySelector('referral-calculator').shadowRoot.querySelector('[part=cta]')).outlineColor);
    assert.equal(outline, 'rgb(1, 2, 3)');
    await context.close();
  });

  test('each action fires its event once, composed and bubbling, with the kind and no value typed', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, problems } = await watchedPage(context);
    await page.addInitScript((types) => {
      window.seen = [];
      window.print = () => {};
      for (const type of types) {
        document.addEventListener(type, (e) => window.seen.push({ type, bubbles: e.bubbles, composed: e.composed, detail: e.detail }));
      }
      // The call to action's tab is not opened.
      window.addEventListener('click', (e) => { if (e.composedPath()[0]?.classList?.contains('cta')) e.preventDefault(); }, true);
    }, api.fires.map((e) => e.name));
    await page.goto(server.origin + embed('program', 'en', '&cta-label=Call&cta-href=https://example.org/'));
    await waitForResult(page);
    const seen = async () => page.evaluate(() => window.seen.splice(0));
    const count = (events, type) => events.filter((e) => e.type === type).length;
    await page.waitForFunction(() => window.seen.some((e) => e.type === 'rc-calculate'));
    let events = await seen();
    assert.deepEqual(events.map((e) => e.type).sort(), ['rc-calculate', 'rc-result', 'result']);

    const input = field(page, 'en', 'input.program.customers.label');
    await input.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('98765');
    await page.waitForTimeout(1000);
    events = await seen();
    assert.equal(count(events, 'rc-result'), 5, 'a result per keystroke');
    assert.equal(count(events, 'result'), 5, 'the old event still fires');
    assert.equal(count(events, 'rc-calculate'), 1, 'one calculation shown per pause');

    const actions = [
      ['rc-share', () => page.getByRole('button', { name: label('en', 'ui.share.copy_link') }).click()],
      ['rc-download', async () => {
        const downloading = page.waitForEvent('download');
        await (await saveMenuButton(page, label('en', 'ui.widget.save_open'), label('en', 'ui.widget.download'))).click();
        await downloading;
      }],
      ['rc-print', () => page.getByRole('button', { name: label('en', 'ui.widget.print') }).click()],
      ['rc-cta', () => page.locator('referral-calculator a.cta').click()],
    ];
    for (const [type, act] of actions) {
      await act();
      await page.waitForTimeout(100);
      events = await seen();
      assert.deepEqual(events.map((e) => e.type), [type], type);
    }
    // The old `error` does not bubble: it is heard on the element only.
    await page.evaluate(() => document.querySelector('referral-calculator').addEventListener('error',
      (e) => window.seen.push({ type: 'error', bubbles: e.bubbles, detail: e.detail })));
    await input.fill('-3');
    await page.waitForTimeout(100);
    events = await seen();
    assert.deepEqual(events.map((e) => e.type).sort(), ['error', 'rc-error']);
    assert.equal(events.find((e) => e.type === 'rc-error').detail.errors[0].path, 'inputs.customers');
    assert.equal(events.find((e) => e.type === 'error').bubbles, false, 'the old error event does not bubble');
    await context.close();

    // Recorded again, all together: what each analytics event carries.
    const { page: again } = await watchedPage(await browser.newContext({ acceptDownloads: true }));
    await again.addInitScript((types) => {
      window.all = [];
      window.print = () => {};
      for (const type of types) document.addEventListener(type, (e) => window.all.push({ type, bubbles: e.bubbles, composed: e.composed, detail: e.detail }));
    }, ['rc-calculate', 'rc-share', 'rc-print', 'rc-download']);
    await again.goto(server.origin + embed('vcp', 'en'));
    await waitForResult(again);
    await again.evaluate(() => {
      document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp',
        inputs: { contacts: [{ name: 'Zyxwv Secret', mine: { referrals_per_quarter: 7 } }] } };
    });
    await again.getByRole('button', { name: label('en', 'ui.share.copy_link') }).click();
    await again.getByRole('button', { name: label('en', 'ui.widget.print') }).click();
    await again.waitForTimeout(900);
    const all = await again.evaluate(() => window.all);
    assert.deepEqual(problems, []);
    for (const event of all) {
      assert.ok(event.bubbles && event.composed, `${event.type} bubbles and is composed`);
      assert.deepEqual(Object.keys(event.detail).filter((k) => !['kind', 'copied'].includes(k)), [], event.type);
      assert.equal(event.detail.kind, 'vcp');
      assert.doesNotMatch(JSON.stringify(event.detail), /Zyxwv|Secret|98765/);
    }
    assert.deepEqual([...new Set(all.map((e) => e.type))].sort(), ['rc-calculate', 'rc-print', 'rc-share']);
    await again.context().close();
  });
});

describe('embed code page', () => {
  test('the snippet generator writes the three routes from the options, and previews them', async () => {
    const { page, context, problems } = await open('/csp/embed-code.html');
    await page.getByLabel('Calcolatore').selectOption('vcp');
    await page.getByLabel('Lingua').selectOption('fi');
    await page.getByLabel('Valuta').fill('chf');
    await page.getByLabel('Pulsante sotto i risultati').fill('Parliamo "subito" [ora]');
    await page.getByLabel('Indirizzo del pulsante').fill('https://example.org/?a=1&b=2');
    const cta = 'cta-label="Parliamo &quot;subito&quot; &#91;ora&#93;" cta-href="https://example.org/?a=1&amp;b=2"';
    assert.equal(await page.locator('#snippet-wordpress').inputValue(), `[passaparola mode="vcp" lang="fi" currency="CHF" ${cta}]`);
    const version = projectVersion();
    const script = await page.locator('#snippet-script').inputValue();
    assert.ok(script.startsWith(`<script type="module" src="https://cdn.jsdelivr.net/npm/passaparola-widget@${version}/referral-calculator.js"></script>`), script);
    assert.match(script, /<referral-calculator mode="vcp" lang="fi" currency="CHF" cta-label="Parliamo &quot;subito&quot; \[ora\]" cta-href="https:\/\/example.org\/\?a=1&amp;b=2"><\/referral-calculator>/);
    assert.match(await page.locator('#snippet-csp').inputValue(), /script-src 'self' https:\/\/cdn\.jsdelivr\.net 'wasm-unsafe-eval'.*worker-src https:\/\/cdn\.jsdelivr\.net blob:$/);
    const zip = await page.getByRole('link', { name: 'Scarica il plugin' }).getAttribute('href');
    assert.equal(zip, `downloads/passaparola-wordpress-${version}.zip`);
    assert.equal((await page.request.get(new URL(zip, page.url()).href)).status(), 200);
    const iframe = await page.locator('#snippet-iframe').inputValue();
    assert.match(iframe, /embed\.html\?mode=vcp&amp;lang=fi&amp;currency=CHF/);
    assert.match(iframe, /widget\/embed-resize\.js/);
    await page.waitForFunction(() => document.getElementById('preview').contentDocument
      ?.querySelector('referral-calculator')?.getAttribute('mode') === 'vcp');
    assert.deepEqual(problems, []);
    await context.close();
  });
  for (const [page, lang, labels] of [['embed-code-en.html', 'en', ['Calculator', 'Copy the shortcode', 'Copied.']],
    ['embed-code-fi.html', 'fi', ['Laskuri', 'Kopioi lyhytkoodi', 'Kopioitu.']]]) {
    test(`${page}: the same three routes in ${lang}, the page's language chosen`, async () => {
      const { page: tab, context, problems } = await open(`/csp/${page}`, { locale: lang });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await tab.getByLabel(labels[0], { exact: true }).selectOption('gift_card');
      assert.equal(await tab.locator('#snippet-wordpress').inputValue(), `[passaparola mode="gift_card" lang="${lang}"]`);
      assert.match(await tab.locator('#snippet-script').inputValue(), new RegExp(`<referral-calculator mode="gift_card" lang="${lang}">`));
      assert.match(await tab.locator('#snippet-iframe').inputValue(), new RegExp(`embed\\.html\\?mode=gift_card&amp;lang=${lang}"`));
      await tab.getByRole('button', { name: labels[1] }).click();
      await tab.locator('#status-wordpress', { hasText: labels[2] }).waitFor();
      assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), `[passaparola mode="gift_card" lang="${lang}"]`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('loading', () => {
  test('a slow core: an empty block keeps the place at once, "loading" is said only after a moment', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    let releaseCore;
    const coreHeld = new Promise((resolve) => { releaseCore = resolve; });
    await page.route('**/referral-core.wasm', async (route) => {
      await coreHeld;
      await route.continue();
    });
    // When each state first appears in the shadow root.
    await page.addInitScript(() => {
      window.shownAt = {};
      customElements.whenDefined('referral-calculator').then(() => {
        const root = document.querySelector('referral-calculator').shadowRoot;
        const note = () => {
          for (const name of ['placeholder', 'loading']) {
            if (!(name in window.shownAt) && root.querySelector(`.${name}`)) window.shownAt[name] = performance.now();
          }
        };
        note();
        new MutationObserver(note).observe(root, { childList: true, subtree: true });
      });
    });
    await page.goto(server.origin + embed('program', 'it'));
    const loading = page.locator('referral-calculator .loading[role="status"]');
    await loading.waitFor();
    assert.equal(await loading.textContent(), '…');
    const shownAt = await page.evaluate(() => window.shownAt);
    // A load within the delay (300 ms) never draws the loading state. The
    // placeholder's time is taken when the element is defined, after the
    // start's synchronous work, hence the margin.
    assert.ok(shownAt.loading - shownAt.placeholder >= 150, JSON.stringify(shownAt));
    releaseCore();
    await waitForResult(page);
    assert.equal(await page.locator('referral-calculator .loading, referral-calculator .placeholder').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('number formats', () => {
  // In the page before its scripts: when the first Intl.NumberFormat is
  // made, and what the calculator shows at its first `result` event. An
  // `intlMark` wraps every formatted number, to mimic a browser whose Intl
  // formats otherwise than the build's patterns.
  const recordFirstResult = (intlMark) => {
    const Original = Intl.NumberFormat;
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args) {
        window.intlFirstAt ??= performance.now();
        const made = Reflect.construct(target, args);
        if (!intlMark) return made;
        return { format: (v) => `${intlMark}${made.format(v)}`, formatToParts: (v) => made.formatToParts(v) };
      },
    });
    document.addEventListener('result', (event) => {
      if (window.firstResult) return;
      const root = event.target.shadowRoot;
      window.firstResult = { at: performance.now(), results: root.querySelector('.results-content').textContent,
        form: root.querySelector('.form').textContent, values: [...root.querySelectorAll('.form input')].map((i) => i.value) };
    }, true);
  };
  const shown = (page) => page.evaluate(() => {
    const root = document.querySelector('referral-calculator').shadowRoot;
    return { results: root.querySelector('.results-content').textContent, form: root.querySelector('.form').textContent,
      values: [...root.querySelectorAll('.form input')].map((i) => i.value) };
  });

  test('the first result is drawn before Intl starts, as Intl draws it', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.addInitScript(recordFirstResult, null);
    for (const lang of LANGS) {
      for (const mode of MODES) {
        await page.goto(server.origin + embed(mode, lang, mode === 'vcp' ? '' : '&currency=gbp'));
        await page.waitForFunction(() => window.intlFirstAt !== undefined);
        const first = await page.evaluate(() => window.firstResult);
        assert.ok(first.at < (await page.evaluate(() => window.intlFirstAt)), `${mode}, ${lang}: no Intl before the first result`);
        assert.match(first.results, /\d/);
        // Drawn again now that Intl has started: the same text everywhere.
        await page.evaluate(() => { const el = document.querySelector('referral-calculator'); el.scenario = el.scenario; });
        assert.deepEqual(await shown(page), { results: first.results, form: first.form, values: first.values }, `${mode}, ${lang}`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a browser whose Intl formats otherwise: the calculator is drawn again in Intl\'s numbers', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.addInitScript(recordFirstResult, '\u2039');
    await page.goto(server.origin + embed('program', 'fi'));
    await page.waitForFunction(() => document.querySelector('referral-calculator')?.shadowRoot.querySelector('.results-content')?.textContent.includes('\u2039'));
    const first = await page.evaluate(() => window.firstResult);
    assert.doesNotMatch(first.results, /\u2039/);
    const after = await shown(page);
    assert.equal(after.results.replaceAll('\u2039', ''), first.results);
    assert.deepEqual(after.values.map((v) => v.replaceAll('\u2039', '')), first.values);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('iframe embed', () => {
  test('the iframe settles at its content height and stays there', async () => {
    const { page, context } = await open('/csp/embed-code.html');
    const frame = page.locator('#preview');
    await page.frameLocator('#preview').locator('referral-calculator').waitFor();
    await page.waitForFunction(() => document.getElementById('preview').contentDocument?.querySelector('referral-calculator')?.result);
    const heights = [];
    for (let i = 0; i < 6; ++i) {
      await page.waitForTimeout(300);
      heights.push(await frame.evaluate((f) => f.getBoundingClientRect().height));
    }
    const content = await frame.evaluate((f) => f.contentDocument.documentElement.getBoundingClientRect().height);
    assert.equal(new Set(heights.slice(2)).size, 1, `heights ${heights}`);
    assert.ok(Math.abs(heights.at(-1) - content) <= 1, `frame ${heights.at(-1)} vs content ${content}`);
    // A height from anywhere but the frame itself is ignored.
    await page.evaluate(() => window.postMessage({ type: 'passaparola:height', height: 300 }, '*'));
    await page.waitForTimeout(200);
    assert.equal(await frame.evaluate((f) => f.getBoundingClientRect().height), heights.at(-1));
    await context.close();
  });
});

describe('accessibility', () => {
  async function withEverythingOpen(page, mode) {
    if (mode === 'vcp') {
      await page.evaluate(() => {
        document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp', inputs: { contacts: [
          { name: 'Anna', mine: { knows_business: true, trusts_competence: true, referrals_per_quarter: 3 }, theirs: { knows_business: true }, traits: ['maven'] },
          { name: 'Bruno' }] } };
      });
      await page.locator('referral-calculator details.contact').first().evaluate((d) => { d.open = true; });
    }
    await page.locator('referral-calculator details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    if (mode !== 'vcp') {
      await page.getByLabel(label('it', 'ui.widget.whatif.input')).or(page.getByLabel(label('en', 'ui.widget.whatif.input')))
        .or(page.getByLabel(label('fi', 'ui.widget.whatif.input'))).selectOption({ index: 2 });
      await page.locator('referral-calculator .whatif .contacts-actions button').click();
      await page.waitForFunction(() => document.querySelector('referral-calculator').shadowRoot.querySelector('.whatif-body:not(.is-stale) .whatif-table'));
    }
    await page.waitForTimeout(50);
  }

  for (const mode of MODES) {
    test(`axe finds no violation in ${mode}, in each language and in dark mode`, async () => {
      for (const [lang, colorScheme] of [...LANGS.map((l) => [l, 'light']), ['it', 'dark']]) {
        const { page, context } = await open(embed(mode, lang), { colorScheme });
        await waitForResult(page);
        await withEverythingOpen(page, mode);
        assert.deepEqual(await axeViolations(page), [], `${mode} ${lang} ${colorScheme}`);
        await context.close();
      }
    });
  }

  test('axe finds no violation on the blog posts and the site pages', async () => {
    for (const pagePath of ['/index.html', '/en.html', '/fi.html', '/embed-code.html', '/embed-code-en.html', '/embed-code-fi.html',
      '/methodology.html', '/methodology-en.html', '/methodology-fi.html']) {
      const { page, context } = await open(pagePath);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await axeViolations(page), [], pagePath);
      await context.close();
    }
  });

  test('every site page links to pages in its own language, except the links that say another language', () => {
    const langOf = (page) => readFileSync(path.join(siteDir, page), 'utf8').match(/<html lang="([a-z]+)"/)?.[1];
    const pages = ['index.html', 'en.html', 'fi.html', 'embed-code.html', 'embed-code-en.html', 'embed-code-fi.html',
      'methodology.html', 'methodology-en.html', 'methodology-fi.html'];
    for (const page of pages) {
      const html = readFileSync(path.join(siteDir, page), 'utf8');
      const lang = langOf(page);
      for (const [, attributes] of html.matchAll(/<a ([^>]*)>/g)) {
        const href = /href="([\w-]+\.html)"/.exec(attributes)?.[1];
        if (!href) continue;
        const said = /hreflang="([a-z]+)"/.exec(attributes)?.[1] ?? lang;
        assert.equal(langOf(href), said, `${page} → ${href}`);
      }
      // Each methodology page names its translations, and each is one of the site's pages.
      if (page.startsWith('methodology')) {
        const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)">/g)];
        assert.deepEqual(alternates.map(([, hreflang]) => hreflang).sort(), ['en', 'fi', 'it'].filter((l) => l !== lang), page);
        for (const [, hreflang, href] of alternates) assert.equal(langOf(href), hreflang, `${page} alternate ${href}`);
      }
    }
  });

  // Where the keyboard focus is, through shadow roots.
  const focused = (page) => page.evaluate(() => {
    let element = document.activeElement;
    const inWidget = element?.tagName === 'REFERRAL-CALCULATOR';
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element ? { inWidget, key: `${element.tagName}#${element.id}:${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 40)}` } : null;
  });

  // Tabs through the whole calculator from its first control; returns how many
  // controls could take the focus and how many distinct ones did.
  async function walk(page) {
    const controls = await page.evaluate(() => [...document.querySelector('referral-calculator').shadowRoot
      .querySelectorAll('button:not([disabled]):not([tabindex="-1"]), input:not([type="file"]):not([hidden]), select, summary, [tabindex="0"]')]
      .filter((control) => {
        const folded = control.closest('details:not([open])');
        const shown = control.getClientRects().length > 0 || control.tagName === 'SUMMARY';
        return shown && (!folded || control === folded.querySelector(':scope > summary'));
      }).map((control) => control.type));
    const tabbable = controls.length;
    // A date field is one control with three Tab stops (day, month, year).
    const stops = tabbable + 2 * controls.filter((type) => type === 'date').length;
    await page.locator('body').focus();
    const reached = new Set();
    for (let i = 0; i < stops + 3; ++i) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f && f.inWidget) reached.add(f.key);
    }
    return { tabbable, reached: reached.size };
  }

  test('keyboard only: each calculator walked through, tabs with arrows, contacts and fields edited', async () => {
    const { page, context } = await open(`/embed.html?modes=program%20gift_card%20vcp&lang=en`);
    await waitForResult(page);
    for (const [index, mode] of MODES.entries()) {
      if (index > 0) {
        await page.getByRole('tab', { name: label('en', `kind.${MODES[index - 1]}.title`) }).focus();
        await page.keyboard.press('ArrowRight');
        assert.equal((await scenarioOf(page)).kind, mode);
      }
      if (mode === 'vcp') {
        // A contact with the keyboard alone: add, name, toggle a trait, answer a question.
        await page.getByRole('button', { name: label('en', 'ui.vcp.add_contact') }).focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type('Studio Bianchi');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        await field(page, 'en', 'contact.theirs.knows_business.label').focus();
        await page.keyboard.press('Space');
        const contact = (await scenarioOf(page)).inputs.contacts[0];
        assert.equal(contact.name, 'Studio Bianchi');
        assert.deepEqual(contact.traits, ['connector']);
        assert.equal(contact.theirs.knows_business, true);
      } else {
        const input = field(page, 'en', `input.${mode}.${mode === 'program' ? 'customers' : 'cards_per_wave'}.label`);
        await input.focus();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type('900');
        assert.equal((await scenarioOf(page)).inputs[mode === 'program' ? 'customers' : 'cards_per_wave'], 900);
      }
      const { tabbable, reached } = await walk(page);
      assert.ok(reached >= tabbable, `${mode}: reached ${reached} of ${tabbable} controls`);
    }
    await context.close();
  });
});

describe('screenshots', () => {
  test('the range of outcomes, light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context } = await open(embed('program', 'it'), { colorScheme });
      await waitForResult(page);
      await page.evaluate(() => {
        document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'program',
          inputs: { horizon_months: 24 }, uncertainty: { conversion_rate: { low: 0.05, high: 0.3 }, advocate_rate: { low: 0.01, high: 0.06 } } };
      });
      await page.getByText(label('it', 'whatif.range_of_outcomes'), { exact: true }).click();
      await page.waitForFunction(() => document.querySelector('referral-calculator').shadowRoot.querySelector('.whatif-body:not(.is-stale) .whatif-table'));
      await saveScreenshot(page.locator('referral-calculator section.results'), `program-range-of-outcomes-${colorScheme}`);
      await context.close();
    }
  });

  test('each mode, light and dark, and at 320 px without horizontal scrolling', async () => {
    for (const mode of MODES) {
      for (const [colorScheme, width] of [['light', 1100], ['dark', 1100], ['light', 320]]) {
        const { page, context } = await open(embed(mode, 'it'), { colorScheme, width });
        await waitForResult(page);
        if (mode === 'vcp') {
          await page.evaluate(() => {
            document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp', inputs: { contacts: [
              { name: 'Ristorante Da Mario', mine: { knows_business: true, trusts_competence: true, referrals_per_quarter: 4 }, theirs: { knows_business: true }, traits: ['connector', 'raving_fan'] },
              { name: 'Studio Bianchi', mine: { knows_business: true, knows_ideal_client: true, trusts_competence: true, referrals_per_quarter: 2 }, theirs: { knows_business: true, knows_ideal_client: true, trusts_competence: true, referrals_per_quarter: 3 }, traits: ['strategic_partner'] },
              { name: 'Laura Verdi', theirs: { knows_business: true, trusts_competence: true }, traits: ['maven'] }] } };
          });
          await page.locator('referral-calculator details.contact').first().evaluate((d) => { d.open = true; });
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${mode} at ${width}px overflows by ${overflow}px`);
        await saveScreenshot(page.locator('referral-calculator'), `${mode}-${colorScheme}-${width}`);
        await context.close();
      }
    }
  });
});
