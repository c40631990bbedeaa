// One text for one figure on every face: the desktop's formats (C++, through
// tests/desktop/number_format_probe) against the widget's, both from the
// patterns in i18n/numbers.json and from Intl, in it / en / fi, for amounts in
// the currencies that have patterns and one that has none (NOK).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { makeCatalog } from '../../web/widget/catalog.js';
import { PATTERN_CURRENCIES, makeFormat } from '../../web/widget/format.js';
import { readCatalogs } from '../../web/tools/catalogs.mjs';
import { checkedNumberPatterns } from '../../web/tools/check-number-patterns.mjs';
import { numberFormatProbePath, repoRoot } from './paths.mjs';

const LANGUAGES = ['it', 'en', 'fi'];
const CURRENCIES = [...PATTERN_CURRENCIES, 'NOK'];

// Values that show every rule: each digit count's edges, halves, −0, signs,
// large amounts; then random ones of every magnitude (a fixed seed).
function probeValues() {
  // (No −0: JSON cannot carry it; tests/desktop/number_format_test.cpp has it.)
  const edges = [0, 0.004, -0.004, 0.005, 0.125, 0.5, 1, 1.005, 2.5, -2.5, 9.994, 9.995, 9.996, 10, 12.25, -12.25,
    99.94, 99.95, 99.994, 99.995, 100, 999.5, 1234, 12345, -1234.5, 2095.4, 1234567.891, 98765432.1, 1e15, 0.0125, 0.155];
  let seed = 20261204;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const values = [...edges];
  for (let i = 0; i < 2000; ++i) {
    const v = (random() - 0.5) * 2 * 10 ** (Math.floor(random() * 14) - 5);
    const x = random() < 0.3 ? Math.round(v * 100) / 100 : v;
    values.push(Object.is(x, -0) ? 0 : x);
  }
  return values;
}

test('the desktop and the widget write the same text for every figure, in it / en / fi', () => {
  const values = probeValues();
  const run = spawnSync(numberFormatProbePath, [], {
    input: JSON.stringify({ languages: LANGUAGES, currencies: CURRENCIES, values }), encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.error, undefined, `${numberFormatProbePath}: build the native preset first`);
  assert.equal(run.status, 0, run.stderr);
  const desktop = JSON.parse(run.stdout);
  const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
  let compared = 0;
  for (const lang of LANGUAGES) {
    const catalog = makeCatalog(lang, catalogs[lang], checkedNumberPatterns(lang, catalogs[lang]));
    for (const intl of [false, true]) {
      for (const currency of CURRENCIES) {
        if (!intl && !PATTERN_CURRENCIES.includes(currency)) continue;  // the widget uses Intl for those
        const widget = makeFormat(catalog, currency, { intl });
        const source = intl ? 'Intl' : 'patterns';
        values.forEach((v, i) => {
          assert.equal(desktop[lang].money[currency][i], widget.money(v), `${lang} ${source} money ${currency} ${v}`);
          if (currency !== 'EUR') return;
          assert.equal(desktop[lang].number[i], widget.number(v), `${lang} ${source} number ${v}`);
          assert.equal(desktop[lang].integer[i], widget.integer(v), `${lang} ${source} integer ${v}`);
          assert.equal(desktop[lang].percent[i], widget.percent(v), `${lang} ${source} percent ${v}`);
          compared += 3;
        });
        compared += values.length;
      }
    }
  }
  assert.ok(compared > 50000, `${compared} texts compared`);
});
