// i18n/numbers.json holds each language's number patterns — separators,
// grouping, minus, what stands before and after the digits of numbers,
// percentages and amounts — and the rules of how many digits a figure shows.
// Every face formats from it: the desktop (i18n/cpp/number_format.cpp) and the
// widget's first rendering (web/widget/number-patterns.js), which then hands
// over to Intl. The site's build checks the file against this Node's
// Intl.NumberFormat and fails when they differ; then regenerate it:
//   node web/tools/check-number-patterns.mjs --write
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeOf, makeCatalog } from '../widget/catalog.js';
import { PATTERN_CURRENCIES, patternsMatchIntl } from '../widget/format.js';

export const NUMBERS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../i18n/numbers.json');
const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

// A language's patterns as this Node's Intl formats its locale.
export function numberPatternsOf(locale) {
  const partsOf = (options, value) => new Intl.NumberFormat(locale, options).formatToParts(value);
  const text = (parts) => parts.map((p) => p.value).join('');
  // What stands before and after the digits, positive and negative.
  const affixesOf = (options) => [1234.5, -1234.5].map((value) => {
    const parts = partsOf(options, value);
    const first = parts.findIndex((p) => NUMERIC.has(p.type));
    const last = parts.findLastIndex((p) => NUMERIC.has(p.type));
    return [text(parts.slice(0, first)), text(parts.slice(last + 1))];
  });
  const currency = (code) => ({ style: 'currency', currency: code });
  const separators = partsOf({}, 12345.5);
  return {
    decimal: separators.find((p) => p.type === 'decimal').value,
    group: separators.find((p) => p.type === 'group').value,
    minimumGroupingDigits: partsOf({}, 1234).some((p) => p.type === 'group') ? 1 : 2,
    affixes: {
      decimal: affixesOf({}),
      percent: affixesOf({ style: 'percent' }),
      ...Object.fromEntries(PATTERN_CURRENCIES.map((code) => [code, affixesOf(currency(code))])),
    },
    symbols: Object.fromEntries(PATTERN_CURRENCIES.map((code) => [code, partsOf(currency(code), 0).find((p) => p.type === 'currency').value])),
  };
}

export const readNumbersFile = () => JSON.parse(readFileSync(NUMBERS_FILE, 'utf8'));

// The patterns of `lang` as the file gives them, with the digit rules, after
// checking them against Intl: the same data, and the same text for every
// currency on the probe values.
export function checkedNumberPatterns(lang, strings, numbers = readNumbersFile()) {
  const { rules, languages } = numbers;
  const fromIntl = numberPatternsOf(localeOf(lang));
  const written = languages[lang];
  if (JSON.stringify(written) !== JSON.stringify(fromIntl)) {
    throw new Error(`i18n/numbers.json: the patterns of ${lang} differ from this Node's Intl.NumberFormat `
      + `(${JSON.stringify(written)} ≠ ${JSON.stringify(fromIntl)}); run node web/tools/check-number-patterns.mjs --write`);
  }
  const numberPatterns = { ...written, rules };
  const catalog = makeCatalog(lang, strings, numberPatterns);
  for (const code of PATTERN_CURRENCIES) {
    if (!patternsMatchIntl(catalog, code)) {
      throw new Error(`number patterns of ${lang} (${code}) do not reproduce Intl.NumberFormat: ${JSON.stringify(numberPatterns)}`);
    }
  }
  return numberPatterns;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  const numbers = readNumbersFile();
  for (const lang of Object.keys(numbers.languages)) numbers.languages[lang] = numberPatternsOf(localeOf(lang));
  // One line per affix pair: [[prefix, suffix] positive, [prefix, suffix] negative].
  const text = JSON.stringify(numbers, null, 2).replace(/\[\s*\[\s*("[^"]*"),\s*("[^"]*")\s*\],\s*\[\s*("[^"]*"),\s*("[^"]*")\s*\]\s*\]/g, '[[$1, $2], [$3, $4]]');
  writeFileSync(NUMBERS_FILE, `${text}\n`);
  console.log(`wrote ${NUMBERS_FILE}`);
}
