// Helpers to drive <referral-calculator> in a page (locators pierce its open
// shadow root).
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { artifactsDir } from './paths.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core's WCAG 2.2 AA violations on the page, as "rule: targets" lines.
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}

// The first result computed and the calculator drawn whole: its first frame
// shows the answer alone, the inputs and the rest join it in the next
// (a layout checked before that would miss them).
export async function waitForResult(page, selector = 'referral-calculator') {
  await page.waitForFunction((s) => {
    const calculator = document.querySelector(s);
    return calculator?.result !== undefined && !calculator.shadowRoot.querySelector('.rc.arriving');
  }, selector);
}

export const scenarioOf = (page, selector = 'referral-calculator') =>
  page.evaluate((s) => document.querySelector(s).scenario, selector);
export const resultOf = (page, selector = 'referral-calculator') =>
  page.evaluate((s) => document.querySelector(s).result, selector);

// Resolves with the detail of the next `result` (or `error`) event of the element.
export function nextEvent(page, type, selector = 'referral-calculator') {
  return page.evaluate(([s, t]) => new Promise((resolve) => {
    document.querySelector(s).addEventListener(t, (e) => resolve(e.detail), { once: true });
  }), [selector, type]);
}

// The key figures as shown: [{label, value}] in screen order.
export const keyFigures = (page, selector = 'referral-calculator') => page.evaluate((s) =>
  [...document.querySelector(s).shadowRoot.querySelectorAll('.key-figures .figure')].map((f) => ({
    // (without the soft hyphens a Finnish label gets in a narrow card)
    label: f.querySelector('dt').textContent.replaceAll('\u00AD', ''), value: f.querySelector('.figure-value').textContent })), selector);

// A number as Intl printed it in `lang` ("1.234,5 €", "79,8%", "−670 €") →
// {value: 1234.5, precision: 0.05}: the value and half its last shown digit.
export function parseShown(text, lang) {
  const percent = /%/.test(text);
  let s = text.replace(/[^\d,.\-\u2212]/g, '').replace('\u2212', '-');
  if (lang === 'en') s = s.replace(/,/g, '');
  else s = s.replace(/\./g, '').replace(',', '.');
  const decimals = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  const scale = percent ? 0.01 : 1;
  return { value: Number(s) * scale, precision: 0.5 * 10 ** -decimals * scale };
}

export async function saveScreenshot(target, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await target.screenshot({ path: file });
  return file;
}

// A locator whose actions first open the closed <details> around it (a group
// of "More assumptions"), as a reader opens a group before typing in it.
const REVEALING_ACTIONS = new Set(['fill', 'click', 'press', 'check', 'uncheck', 'selectOption', 'focus', 'pressSequentially']);
export function revealing(locator) {
  const reveal = () => locator.evaluate((element) => {
    for (let details = element.closest('details'); details; details = details.parentElement?.closest('details')) details.open = true;
  });
  return new Proxy(locator, {
    get(target, name) {
      const value = target[name];
      if (typeof value !== 'function') return value;
      if (!REVEALING_ACTIONS.has(name)) return value.bind(target);
      return async (...args) => { await reveal(); return value.apply(target, args); };
    },
  });
}

// A button of the toolbar's "Save / open" menu (download, open, reset),
// the menu opened first as a reader opens it.
export async function saveMenuButton(scope, menuLabel, buttonLabel) {
  const menu = scope.locator('referral-calculator details.menu').or(scope.locator('details.menu')).first();
  if (!(await menu.evaluate((d) => d.open))) await menu.getByText(menuLabel, { exact: true }).click();
  return menu.getByRole('button', { name: buttonLabel });
}
