// The consultant toolkit in Chromium (issue 7): industry presets with their
// sources, the call to action's mailto link, and the printed plan as PDF.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withSiteAndBrowser } from './site-session.mjs';
import { watchedPage } from './browser.mjs';
import { cliEvaluate, runCli } from './native-cli.mjs';
import { loadWasmCore } from './wasm-core.mjs';
import { axeViolations, keyFigures, nextEvent, scenarioOf, waitForResult } from './widget-page.mjs';
import { repoRoot, siteDir } from './paths.mjs';
import { catchPrints, pressPrint, printToPdf } from './print-capture.mjs';
import { readCatalogs } from '../../web/tools/catalogs.mjs';

const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
const text = (lang, key) => catalogs[lang][key];
const calculator = 'referral-calculator';

let server;
let browser;
withSiteAndBrowser((s, b) => { server = s; browser = b; });

async function open(pathAndQuery) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'it-IT' });
  const watched = await watchedPage(context);
  await watched.page.goto(server.origin + pathAndQuery);
  await waitForResult(watched.page);
  return { ...watched, context };
}

// Every form field as shown: input name → {value typed in the box, source note text}.
const shownFields = (page, kind, lang) => page.evaluate(([labels]) => {
  const root = document.querySelector('referral-calculator').shadowRoot;
  const fields = {};
  for (const row of root.querySelectorAll('.form > .field')) {
    const labelText = row.querySelector('label').firstChild.textContent;
    const name = Object.keys(labels).find((n) => labels[n] === labelText);
    const control = row.querySelector('input, select');
    fields[name] = { value: control.type === 'checkbox' ? control.checked : control.value,
      source: row.querySelector('.field-source')?.textContent ?? null,
      sourceFocusable: row.querySelector('.field-source > summary')?.tabIndex >= 0,
      sourceDescribes: control.getAttribute('aria-describedby').split(' ').includes(row.querySelector('.field-source')?.id) };
  }
  return fields;
}, [Object.fromEntries(Object.entries(catalogs[lang])
  .filter(([key]) => key.startsWith(`input.${kind}.`) && key.endsWith('.label'))
  .map(([key, label]) => [key.split('.')[2], label]))]);

// What a preset value looks like in its box (Italian: comma decimals, rates in %).
const typedIt = (info, value) => (typeof value !== 'number' ? value
  : String(Math.round((info.kind === 'rate' ? value * 100 : value) * 1e8) / 1e8).replace('.', ','));

describe('industry presets', () => {
  const presets = JSON.parse(readFileSync(path.join(siteDir, 'widget/presets.json'), 'utf8'));
  const metadata = JSON.parse(runCli(['presets', '--json']).stdout);

  test('the site carries the core\'s presets document unchanged', () => {
    assert.deepEqual(presets, metadata);
  });

  for (const kind of ['program', 'gift_card']) {
    test(`${kind}: every preset loads through the core, fills the inputs and shows each value's source`, async () => {
      const { page, context, problems, requests } = await open(`/csp/embed.html?mode=${kind}&lang=it`);
      assert.ok(!requests.some((r) => r.endsWith('presets.json')), 'presets are fetched only when the menu opens');
      const menu = page.locator(`${calculator} details.presets`);
      await menu.locator('summary').focus();
      const chosen = presets.presets.filter((p) => p.scenarios[kind]);
      assert.ok(chosen.length >= 3, `${kind} has presets`);
      const infos = Object.fromEntries((await loadWasmCore()).inputMetadata().kinds[kind].map((i) => [i.name, i]));
      for (const preset of chosen) {
        // Applying draws the form anew, with the menu closed and focused.
        await page.keyboard.press('Enter');
        await menu.getByRole('button', { name: text('it', 'preset.none') }).waitFor();
        const applied = nextEvent(page, 'result');
        await menu.getByRole('button', { name: text('it', `preset.${preset.id}.label`), exact: true }).click();
        const result = await applied;
        const values = preset.scenarios[kind];
        // The core computed it: the CLI agrees on the same document.
        const native = cliEvaluate(JSON.stringify(await scenarioOf(page)));
        assert.equal(native.ok, true, preset.id);
        assert.deepEqual(native.value.result.totals, result.result.totals, preset.id);
        const shown = await shownFields(page, kind, 'it');
        for (const [name, entry] of Object.entries(values)) {
          assert.equal(result.inputs[name], entry.value, `${preset.id}.${name} in the scenario`);
          assert.equal(shown[name].value, typedIt(infos[name], entry.value), `${preset.id}.${name} in its box`);
          const source = shown[name].source;
          assert.ok(source, `${preset.id}.${name} has a source note`);
          assert.ok(shown[name].sourceFocusable, `${preset.id}.${name}'s note is reachable by keyboard`);
          assert.ok(shown[name].sourceDescribes, `${preset.id}.${name}'s note is part of the field's description`);
          // The publication as published; what was measured and the assumption in the reader's language.
          const note = `preset.${preset.id}.${kind}.${name}`;
          if (entry.source) {
            assert.ok(source.includes(entry.source.publication) && source.includes(text('it', `${note}.measured`)), `${preset.id}.${name}: publication`);
            assert.ok(source.includes(String(entry.source.year ?? text('it', 'preset.undated'))), `${preset.id}.${name}: year`);
          }
          if (entry.assumption) {
            assert.ok(source.includes(text('it', `${note}.assumption`)) && source.includes(text('it', 'preset.assumption')), `${preset.id}.${name}: assumption`);
          }
        }
        // Values the preset leaves alone show no source.
        for (const [name, field] of Object.entries(shown)) if (!(name in values)) assert.equal(field.source, null, `${preset.id}.${name}`);
      }
      // A value the reader changes loses its source; the others keep theirs.
      const last = chosen.at(-1).scenarios[kind];
      const [changed, kept] = Object.keys(last).filter((n) => n !== 'currency');
      await page.getByLabel(new RegExp(`^${text('it', `input.${kind}.${changed}.label`)}( \\(.*\\))?$`)).fill('7');
      const after = await shownFields(page, kind, 'it');
      assert.equal(after[changed].source, null);
      assert.equal(after[changed].sourceDescribes, false);
      assert.ok(after[kept].source);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('preset strings arrive with the menu and stay through a change of language', async () => {
    const { page, context, problems, requests } = await open('/embed.html?mode=program&lang=it');
    assert.ok(!requests.some((r) => r.includes('/i18n/it/presets.js')), 'preset strings only when the menu opens');
    await page.locator(`${calculator} details.presets summary`).click();
    const preset = presets.presets.find((p) => p.scenarios.program);
    await page.locator(`${calculator} .preset-list`).getByRole('button', { name: text('it', `preset.${preset.id}.label`), exact: true }).click();
    await page.locator(`${calculator} .field-source`).first().waitFor();
    const relabelled = nextEvent(page, 'result');
    await page.evaluate(() => document.querySelector('referral-calculator').setAttribute('lang', 'fi'));
    await relabelled;
    const summary = page.locator(`${calculator} details.presets > summary`);
    assert.equal(await summary.textContent(), `${text('fi', 'preset.title')}: ${text('fi', `preset.${preset.id}.label`)}`);
    const note = await page.locator(`${calculator} .field-source > summary`).first().textContent();
    assert.ok([text('fi', 'preset.source'), text('fi', 'preset.assumption')].some((word) => note.startsWith(word)), note);
    // The notes themselves follow the language: Finnish words, no input's raw name.
    const notes = (await page.locator(`${calculator} .field-source`).allTextContents()).join('\n');
    for (const [name, entry] of Object.entries(preset.scenarios.program)) {
      const key = `preset.${preset.id}.program.${name}.${entry.source ? 'measured' : 'assumption'}`;
      assert.ok(notes.includes(text('fi', key)), `${key} in Finnish`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the preset menu, the open sources and the call to action pass axe', async () => {
    const { page, context } = await open('/embed.html?mode=program&lang=fi');
    await page.evaluate(() => document.querySelector('referral-calculator').setAttribute('cta-label', 'Keskustellaan suunnitelmasta'));
    await page.evaluate(() => document.querySelector('referral-calculator').setAttribute('cta-href', 'mailto:neuvoja@example.org'));
    await waitForResult(page);
    await page.locator(`${calculator} details.presets summary`).click();
    await page.locator(`${calculator} .preset-list button`).first().click();
    await page.locator(`${calculator} .field-source`).first().waitFor();
    await page.locator(`${calculator} details`).evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});

// The fields of a mailto: link, decoded.
function mailtoFields(href) {
  const [address, query] = href.slice('mailto:'.length).split('?');
  return { address, ...Object.fromEntries(query.split('&').map((p) => p.split('=')).map(([k, v]) => [k, decodeURIComponent(v)])) };
}

describe('call to action', () => {
  test('mailto: the summary of the results and a share link that reopens the same scenario', async () => {
    const { page, context, problems } = await open('/csp/embed.html?mode=gift_card&lang=it');
    await page.evaluate(() => {
      const element = document.querySelector('referral-calculator');
      element.setAttribute('cta-label', 'Parliamone');
      element.setAttribute('cta-href', 'mailto:consulente@example.org?cc=studio@example.org');
    });
    await waitForResult(page);
    const changed = nextEvent(page, 'result');
    await page.getByLabel(new RegExp(`^${text('it', 'input.gift_card.cards_per_wave.label')}`)).fill('750');
    await changed;
    const cta = page.getByRole('link', { name: 'Parliamone' });
    await cta.focus();
    const fields = mailtoFields(await cta.getAttribute('href'));
    assert.equal(fields.address, 'consulente@example.org');
    assert.equal(fields.cc, 'studio@example.org');
    assert.equal(fields.subject, text('it', 'ui.widget.cta.subject').replace('{title}', text('it', 'kind.gift_card.title')));
    for (const figure of await keyFigures(page)) assert.ok(fields.body.includes(`${figure.label}: ${figure.value}`), figure.label);
    const link = fields.body.split(/\r\n/).at(-1);
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/csp\/embed\.html\?mode=gift_card&lang=it#s=/);
    const scenario = await scenarioOf(page);
    assert.equal(scenario.inputs.cards_per_wave, 750);
    // The link reopens the same scenario, in the CLI and in a fresh page.
    assert.deepEqual(JSON.parse(runCli(['open', link]).stdout), scenario);
    const fresh = await open(link.slice(server.origin.length));
    assert.deepEqual(await scenarioOf(fresh.page), scenario);
    await fresh.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('only http, https and mailto targets make a call to action; web links open a new tab', async () => {
    const { page, context } = await open('/embed.html?mode=program&lang=en');
    const ctaFor = async (href) => {
      await page.evaluate((h) => {
        const element = document.querySelector('referral-calculator');
        element.setAttribute('cta-label', 'Talk to me');
        element.setAttribute('cta-href', h);
      }, href);
      await waitForResult(page);
      const links = page.locator(`${calculator} a.cta`);
      return (await links.count()) ? { href: await links.getAttribute('href'), target: await links.getAttribute('target') } : null;
    };
    assert.equal(await ctaFor('javascript:alert(1)'), null);
    assert.equal(await ctaFor('data:text/html,hi'), null);
    assert.deepEqual(await ctaFor('https://consultant.example/contact'), { href: 'https://consultant.example/contact', target: '_blank' });
    await context.close();
  });
});

test('the embed page\'s generator writes the call to action into both embed styles', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${server.origin}/csp/embed-code.html`);
  await page.getByLabel('Pulsante sotto i risultati').fill('Parliamone');
  await page.getByLabel('Indirizzo del pulsante').fill('mailto:consulente@example.org');
  assert.match(await page.locator('#snippet-script').inputValue(), /<referral-calculator [^>]*cta-label="Parliamone" cta-href="mailto:consulente@example.org"/);
  assert.match(await page.locator('#snippet-iframe').inputValue(), /cta-label=Parliamone&amp;cta-href=mailto%3Aconsulente%40example.org/);
  const link = page.frameLocator('#preview').getByRole('link', { name: 'Parliamone' });
  await page.frameLocator('#preview').locator('referral-calculator .plan-url').waitFor({ state: 'attached' });
  assert.match(await link.getAttribute('href'), /^mailto:consulente@example\.org\?subject=.+&body=.+%23s%3D/);
  assert.deepEqual(problems, []);
  await context.close();
});

describe('printed plan', () => {
  const pdfDir = mkdtempSync(path.join(tmpdir(), 'passaparola-pdf-'));
  const contacts = [
    { name: 'Studio Rossi', mine: { knows_business: true, trusts_competence: true, referrals_per_quarter: 2 }, theirs: { knows_business: true }, traits: ['maven'] },
    { name: 'Forno Bianchi', mine: { knows_business: true } }, { name: 'Avv. Verdi' }];

  for (const kind of ['program', 'gift_card', 'vcp']) {
    test(`${kind}: "Print" gives one or two A4 pages with the scenario, the key figures, the date and the link`, async () => {
      const { page, context, problems } = await open(`/csp/embed.html?mode=${kind}&lang=it`);
      if (kind === 'vcp') {
        await page.evaluate((list) => { document.querySelector('referral-calculator').scenario = { schema: 'passaparola/1', kind: 'vcp', inputs: { contacts: list } }; }, contacts);
      }
      await page.waitForFunction(() => document.querySelector('referral-calculator').shadowRoot.querySelector('.print-plan .plan-url')?.textContent);
      const scenario = await scenarioOf(page);
      const figures = await keyFigures(page);
      const link = await page.locator(`${calculator} .plan-url`).textContent();
      const file = path.join(pdfDir, `${kind}.pdf`);
      // What "Print" sends to the printer: the plan alone (print-capture.mjs).
      await catchPrints(page);
      const caught = await pressPrint(page, page.locator(calculator).getByRole('button', { name: text('it', 'ui.widget.print'), exact: true }));
      const { info, pages } = await printToPdf(context, caught, file);
      assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
      assert.match(info, /^Page size:\s+59[456]\.\d+ x 84[12]\.\d+ pts \(A4\)/m);
      const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      const flat = printed.replace(/\s+/g, ' ');
      // pdftotext may drop or add spaces inside a line ("0 / 5" → "0/5").
      const dense = printed.replace(/\s+/g, '');
      for (const { label, value } of figures) {
        assert.ok(dense.includes(label.replace(/\s+/g, '')), `label ${label}`);
        assert.ok(dense.includes(value.replace(/\s+/g, '')), `${label}: ${value}`);
      }
      assert.ok(flat.includes(text('it', 'ui.inputs')));
      const date = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long' }).format(new Date());
      assert.ok(flat.includes(text('it', 'ui.widget.print.date').replace('{date}', date)), 'date');
      // -layout keeps a hyphen at a line's end, which the default mode takes for hyphenation.
      assert.ok(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '').includes(link), 'share link as text');
      assert.equal(JSON.stringify(JSON.parse(runCli(['open', link]).stdout)), JSON.stringify(scenario));
      for (const button of ['ui.share.copy_link', 'ui.widget.print', 'ui.edit.reset']) assert.ok(!flat.includes(text('it', button)), `no ${button} on paper`);
      if (kind === 'vcp') {
        const result = (await page.evaluate(() => document.querySelector('referral-calculator').result)).result;
        for (const c of result.contacts) {
          const row = `${c.name}${text('it', `level.${c.mutual_level}`)}${text('it', `action.${c.next_action}`)}`;
          assert.ok(dense.includes(row.replace(/\s+/g, '')), c.name);
        }
      } else {
        assert.ok(flat.includes(text('it', `input.${kind}.gross_margin.label`)), 'inputs with their values');
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
