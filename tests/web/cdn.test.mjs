// The npm package from a CDN (issue 14): the packed tarball installed as a
// user installs it, its files served from 127.0.0.2 with CORS, a blog post on
// 127.0.0.1 under the README's CSP. In Chromium: results as the CLI's, the
// range of outcomes (its worker), presets, share links and print, with no
// console error and no request to any origin but those two.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, watchedPage } from './browser.mjs';
import { blogPost, startCdnAndHost } from './cdn-fixture.mjs';
import { cliEvaluate, runCli } from './native-cli.mjs';
import { differences } from './compare.mjs';
import { keyFigures, parseShown, resultOf, scenarioOf, waitForResult } from './widget-page.mjs';
import { repoRoot } from './paths.mjs';
import { catchPrints, pressPrint, printToPdf } from './print-capture.mjs';
import { readCatalogs } from '../../web/tools/catalogs.mjs';

const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
const text = (lang, key) => catalogs[lang][key];
const GIFT = '#regali';
const PROGRAM = '#programma';

let sites;
let browser;
before(async () => {
  sites = await startCdnAndHost((cdn) => ({
    'post.html': blogPost(cdn, `<referral-calculator id="regali" mode="gift_card" lang="it" currency="EUR"></referral-calculator>
<referral-calculator id="programma" mode="program" lang="en"></referral-calculator>`),
    // Several calculators in one element: their tab bar is a file of its own.
    'tabs.html': blogPost(cdn, '<referral-calculator modes="program vcp" lang="fi"></referral-calculator>', 'fi'),
  }));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await sites?.close();
});

// The page with its problems and every request of the page and its workers.
async function open(pathAndHash) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'it-IT' });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const watched = await watchedPage(context);
  await watched.page.goto(sites.host + pathAndHash);
  await waitForResult(watched.page, GIFT);
  await waitForResult(watched.page, PROGRAM);
  const finish = async () => {
    assert.deepEqual(watched.problems, []);
    const foreign = requests.filter((url) => ![sites.host, sites.cdn].includes(new URL(url).origin));
    assert.deepEqual(foreign, [], 'requests only to the page and the CDN');
    await context.close();
  };
  return { ...watched, context, finish };
}

function assertMatchesCli(scenario, result) {
  const native = cliEvaluate(JSON.stringify(scenario));
  assert.equal(native.ok, true, JSON.stringify(native.messages));
  assert.deepEqual(differences(result, native.value), []);
  return native.value;
}

describe('the npm package from another origin', () => {
  test('an element with several calculators shows their tabs, and the one chosen computes, its tab bar from the CDN', async () => {
    const context = await browser.newContext({ locale: 'fi-FI' });
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const { page, problems } = await watchedPage(context);
    await page.goto(`${sites.host}/tabs.html`);
    await waitForResult(page);
    const vcpTab = page.getByRole('tab').nth(1);
    assert.equal((await vcpTab.textContent()).replaceAll('\u00AD', ''), text('fi', 'kind.vcp.title'));
    await vcpTab.click();
    await page.waitForFunction(() => document.querySelector('referral-calculator').result?.kind === 'vcp');
    assert.equal(await vcpTab.getAttribute('aria-selected'), 'true');
    assert.ok(requests.some((url) => url.startsWith(sites.cdn) && url.endsWith('/tabs.js')), 'the tab bar came from the CDN');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('both calculators show the CLI\'s results, their code, wasm and strings all from the CDN', async () => {
    const { page, finish } = await open('/post.html');
    for (const [selector, lang, kind] of [[GIFT, 'it', 'gift_card'], [PROGRAM, 'en', 'program']]) {
      const native = assertMatchesCli(await scenarioOf(page, selector), await resultOf(page, selector));
      const shown = await keyFigures(page, selector);
      const netProfit = shown.find((f) => f.label === text(lang, `result.${kind}.net_profit`));
      assert.ok(netProfit, `${selector}: net profit shown`);
      const number = parseShown(netProfit.value, lang);
      assert.ok(Math.abs(number.value - native.result.totals.net_profit) <= number.precision * 1.000001, `${selector}: ${netProfit.value}`);
    }
    // The package as installed names files it holds.
    const manifest = JSON.parse(readFileSync(path.join(sites.packageDir, 'package.json'), 'utf8'));
    for (const file of [manifest.types, manifest.exports['.'].types, manifest.exports['.'].default, manifest.jsdelivr, manifest.unpkg]) {
      assert.ok(existsSync(path.join(sites.packageDir, file)), `${file} in the installed package`);
    }
    // Every file the widget's code names beside itself (a module, a wasm, the presets) is in it too.
    const named = new Set(readFileSync(path.join(sites.packageDir, manifest.main), 'utf8').match(/(?<=["'`]\.\/)[\w-]+\.(?:js|wasm|json)(?=["'`])/g));
    assert.ok(named.has('tabs.js') && named.has('referral-share.wasm'), [...named].join(' '));
    for (const file of named) assert.ok(existsSync(path.join(sites.packageDir, file)), `${file}, which the widget loads, in the installed package`);
    for (const file of ['/referral-calculator.js', '/referral-core.wasm', '/i18n/it/gift_card.js', '/i18n/en/program.js']) {
      assert.ok(sites.served.includes(file), `${file} came from the CDN`);
    }
    await finish();
  });

  test('the range of outcomes runs in a worker started from the CDN\'s script and equals the CLI\'s simulation', async () => {
    const { page, finish } = await open('/post.html');
    const widget = page.locator(PROGRAM);
    await widget.locator('details.whatif > summary').click();
    await widget.getByRole('button', { name: text('en', 'ui.widget.whatif.add') }).click();
    const scenario = await scenarioOf(page, PROGRAM);
    assert.ok(scenario.uncertainty && Object.keys(scenario.uncertainty).length === 1, JSON.stringify(scenario.uncertainty));
    // The table of the run with that range: shown once the status is quiet again.
    await page.waitForFunction((s) => {
      const root = document.querySelector(s).shadowRoot;
      return root.querySelector('.whatif-table') && !root.querySelector('.whatif-body.is-stale')
        && root.querySelector('.whatif p[role="status"]').textContent === '';
    }, PROGRAM);
    const run = runCli(['simulate', '-', '--trials', '10000', '--seed', '1', '--quiet'], JSON.stringify(scenario));
    assert.equal(run.status, 0, run.stderr);
    const simulation = JSON.parse(run.stdout).result.simulation;
    const shown = await widget.locator('.whatif-table tbody tr').first().locator('td').textContent();
    const [low, high] = new RegExp(`^${text('en', 'ui.widget.whatif.between').replace('{low}', '(.+)').replace('{high}', '(.+)')}$`)
      .exec(shown).slice(1).map((value) => parseShown(value, 'en'));
    assert.ok(Math.abs(low.value - simulation.net_profit.p10) <= low.precision * 1.000001, `p10 shown ${shown}, CLI ${simulation.net_profit.p10}`);
    assert.ok(Math.abs(high.value - simulation.net_profit.p90) <= high.precision * 1.000001, `p90 shown ${shown}, CLI ${simulation.net_profit.p90}`);
    for (const file of ['/whatif-body.js', '/whatif-worker.js', '/referral-whatif.wasm']) assert.ok(sites.served.includes(file), `${file} from the CDN`);
    await finish();
  });

  test('a preset from the CDN\'s presets.json fills the calculator, as the CLI computes it', async () => {
    const { page, finish } = await open('/post.html');
    const presets = JSON.parse(readFileSync(path.join(repoRoot, 'build/site/widget/presets.json'), 'utf8'));
    const preset = presets.presets.find((p) => p.scenarios.gift_card);
    const widget = page.locator(GIFT);
    const before = JSON.stringify(await resultOf(page, GIFT));
    await widget.locator('details.presets > summary').click();
    await widget.getByRole('button', { name: text('it', `preset.${preset.id}.label`), exact: true }).click();
    await page.waitForFunction(([s, old]) => JSON.stringify(document.querySelector(s).result) !== old, [GIFT, before]);
    const scenario = await scenarioOf(page, GIFT);
    for (const [name, entry] of Object.entries(preset.scenarios.gift_card)) assert.equal(scenario.inputs[name], entry.value, name);
    assertMatchesCli(scenario, await resultOf(page, GIFT));
    assert.ok(sites.served.includes('/presets.json'));
    await finish();
  });

  test('a copied share link points at the blog post and reopens the same scenario there', async () => {
    const { page, finish } = await open('/post.html');
    const widget = page.locator(GIFT);
    await widget.getByLabel(new RegExp(`^${text('it', 'input.gift_card.card_value.label')}`)).fill('35');
    await page.waitForFunction((s) => document.querySelector(s).scenario.inputs.card_value === 35, GIFT);
    await widget.getByRole('button', { name: text('it', 'ui.share.copy_link') }).click();
    const link = await widget.locator('.share-output').inputValue();
    assert.ok(link.startsWith(`${sites.host}/post.html#s=`), link);
    const original = { scenario: await scenarioOf(page, GIFT), result: await resultOf(page, GIFT) };
    await finish();

    const fresh = await open(link.slice(sites.host.length));
    await fresh.page.waitForFunction((s) => document.querySelector(s).scenario.inputs.card_value === 35, GIFT);
    assert.deepEqual(await scenarioOf(fresh.page, GIFT), original.scenario);
    assert.deepEqual(await resultOf(fresh.page, GIFT), original.result);
    await fresh.finish();
  });

  test('print: the plan on paper holds the key figures and the share link', async () => {
    const { page, context, finish } = await open('/post.html');
    await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('.print-plan .plan-url')?.textContent, GIFT);
    const figures = await keyFigures(page, GIFT);
    const link = await page.locator(`${GIFT} .plan-url`).textContent();
    const dir = mkdtempSync(path.join(tmpdir(), 'passaparola-cdn-pdf-'));
    try {
      const file = path.join(dir, 'post.pdf');
      // What "Print" sends to the printer: that calculator's plan alone (print-capture.mjs).
      await catchPrints(page);
      const caught = await pressPrint(page, page.locator(GIFT).getByRole('button', { name: text('it', 'ui.widget.print'), exact: true }));
      const dense = (await printToPdf(context, caught, file)).layout.replace(/\s+/g, '');
      for (const { label, value } of figures) assert.ok(dense.includes(`${value}`.replace(/\s+/g, '')), `${label}: ${value} printed`);
      assert.ok(dense.includes(link), 'share link printed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await finish();
  });
});
