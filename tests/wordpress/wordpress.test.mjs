// The plugin in a real WordPress (tests/wordpress/run.sh starts it and
// publishes the posts, WP_POSTS names them): each post with the shortcode or
// the block shows a working calculator whose result equals the native CLI's,
// in Italian and English, with the settings the post gave; the widget's
// script comes from the plugin's folder, and only where a calculator is.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, watchedPage } from '../web/browser.mjs';
import { cliEvaluate } from '../web/native-cli.mjs';
import { differences } from '../web/compare.mjs';
import { keyFigures, parseShown, resultOf, scenarioOf, waitForResult } from '../web/widget-page.mjs';
import { repoRoot } from '../web/paths.mjs';
import { readCatalogs } from '../../web/tools/catalogs.mjs';

const posts = JSON.parse(readFileSync(process.env.WP_POSTS, 'utf8'));
const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
const text = (lang, key) => catalogs[lang][key];
const WIDGET_SCRIPT = /\/wp-content\/plugins\/passaparola\/widget\/referral-calculator\.js(\?|$)/;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function open(name) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const watched = await watchedPage(context);
  // Named, so that a failed load says which.
  context.on('response', (response) => { if (response.status() >= 400) watched.problems.push(`HTTP ${response.status()}: ${response.url()}`); });
  const response = await watched.page.goto(posts[name]);
  assert.equal(response.status(), 200, name);
  return { ...watched, context, requests, origin: new URL(posts[name]).origin };
}

// The calculator of the post: its result is the CLI's, the figures shown are
// the CLI's in the post's language, and nothing came from another site.
async function assertWorkingCalculator({ page, problems, requests, origin }, { kind, lang, currency }) {
  await waitForResult(page);
  const scenario = await scenarioOf(page);
  assert.equal(scenario.kind, kind);
  if (currency) assert.equal(scenario.inputs.currency, currency);
  const native = cliEvaluate(JSON.stringify(scenario));
  assert.equal(native.ok, true, JSON.stringify(native.messages));
  assert.deepEqual(differences(await resultOf(page), native.value), []);
  const figures = await keyFigures(page);
  assert.ok(figures.length >= 3, 'key figures shown');
  if (kind !== 'vcp') {
    const net = figures.find((f) => f.label === text(lang, `result.${kind}.net_profit`));
    assert.ok(net, `net profit labelled in ${lang}`);
    const shown = parseShown(net.value, lang);
    assert.ok(Math.abs(shown.value - native.value.result.totals.net_profit) <= shown.precision * 1.000001, `${net.value} vs ${native.value.result.totals.net_profit}`);
  }
  assert.ok(requests.some((url) => WIDGET_SCRIPT.test(url)), 'the widget comes from the plugin');
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), [], 'no request to another site');
  assert.deepEqual(problems, []);
}

test('shortcode, Italian: gift-card calculator with the call to action the shortcode set', async () => {
  const opened = await open('shortcode-it');
  await assertWorkingCalculator(opened, { kind: 'gift_card', lang: 'it', currency: 'EUR' });
  const link = opened.page.locator('referral-calculator').getByRole('link', { name: 'Parliamone' });
  // The subject and body are written in once the scenario's share link is ready.
  await opened.page.waitForFunction(() => document.querySelector('referral-calculator').shadowRoot
    .querySelector('a[href^="mailto:"]')?.getAttribute('href').includes('?subject='));
  assert.match(await link.getAttribute('href'), /^mailto:consulente@example\.org\?subject=/);
  await opened.context.close();
});

test('shortcode, English: three calculators as tabs, dark theme, share links to the address set', async () => {
  const opened = await open('shortcode-en');
  await assertWorkingCalculator(opened, { kind: 'program', lang: 'en', currency: 'GBP' });
  const element = opened.page.locator('referral-calculator');
  assert.equal(await element.getAttribute('modes'), 'program gift_card vcp');
  assert.equal(await element.getAttribute('theme'), 'dark');
  assert.equal(await element.getByRole('tab').count(), 3);
  await element.getByRole('button', { name: text('en', 'ui.share.copy_link') }).click();
  assert.match(await element.locator('.share-output').inputValue(), /^https:\/\/blog\.example\.org\/referrals\/#s=(v1|z1)\./);
  // A typed value recomputes in the page, through the plugin's wasm.
  const before = JSON.stringify(await resultOf(opened.page));
  await element.getByLabel(new RegExp(`^${text('en', 'input.program.customers.label')}`)).fill('1234');
  await opened.page.waitForFunction((old) => JSON.stringify(document.querySelector('referral-calculator').result) !== old, before);
  await assertWorkingCalculator(opened, { kind: 'program', lang: 'en' });
  assert.equal((await scenarioOf(opened.page)).inputs.customers, 1234);
  await opened.context.close();
});

test('block, Italian: program calculator in CHF with its button, inside the block\'s wrapper', async () => {
  const opened = await open('block-it');
  await assertWorkingCalculator(opened, { kind: 'program', lang: 'it', currency: 'CHF' });
  assert.equal(await opened.page.locator('.wp-block-passaparola-calculator > referral-calculator').count(), 1);
  const link = opened.page.locator('referral-calculator').getByRole('link', { name: 'Prenota una consulenza' });
  assert.equal(await link.getAttribute('href'), 'https://example.org/consulenza');
  await opened.context.close();
});

test('block, English: VCP self-assessment', async () => {
  const opened = await open('block-en');
  await assertWorkingCalculator(opened, { kind: 'vcp', lang: 'en' });
  assert.equal(await opened.page.locator('referral-calculator').getAttribute('lang'), 'en');
  await opened.context.close();
});

test('a post without a calculator does not load the widget', async () => {
  const opened = await open('no-calculator');
  await opened.page.waitForLoadState('networkidle');
  assert.ok(!opened.requests.some((url) => url.includes('/plugins/passaparola/')), opened.requests.join('\n'));
  assert.equal(await opened.page.locator('referral-calculator').count(), 0);
  await opened.context.close();
});

test('the block in the editor: its name and sidebar in the editor\'s language, the settings stored as attributes', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(new URL('/wp-login.php', posts.editor).href);
  await page.locator('#user_login').fill('admin');
  await page.locator('#user_pass').fill(process.env.WP_ADMIN_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('#wp-submit').click()]);
  await page.goto(posts.editor);
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0);
  const clientId = await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const [block] = select('core/block-editor').getBlocks();
    dispatch('core/block-editor').selectBlock(block.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    return block.clientId;
  });
  assert.equal(await page.evaluate(() => window.wp.blocks.getBlockType('passaparola/calculator').title), 'Calcolatore di referenze');
  assert.equal(await page.getByLabel('Calcolatore', { exact: true }).inputValue(), 'program');
  assert.equal(await page.getByLabel('Valuta', { exact: true }).inputValue(), 'CHF');
  assert.equal(await page.getByLabel('Testo del pulsante', { exact: true }).inputValue(), 'Prenota una consulenza');
  await page.getByLabel('Calcolatore', { exact: true }).selectOption('gift_card');
  await page.getByLabel('Valuta', { exact: true }).fill('sek');
  const attributes = await page.evaluate((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id), clientId);
  assert.equal(attributes.mode, 'gift_card');
  assert.equal(attributes.currency, 'SEK');
  // Saved, the post holds the attributes only: PHP writes the page.
  const saved = await page.evaluate(() => window.wp.blocks.serialize(window.wp.data.select('core/block-editor').getBlocks()));
  assert.match(saved, /^<!-- wp:passaparola\/calculator \{.*"mode":"gift_card".*"currency":"SEK".*\} \/-->$/);
  assert.deepEqual(pageErrors, []);
  await context.close();
});
