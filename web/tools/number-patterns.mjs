// A language's number patterns (web/widget/number-patterns.js), taken from
// this Node's Intl when the site is built; they go out with the language's
// catalog files. The build fails if the patterns do not reproduce Intl here.
import { localeOf, makeCatalog } from '../widget/catalog.js';
import { PATTERN_CURRENCIES, patternsMatchIntl } from '../widget/format.js';

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

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

// The patterns of `lang`, checked against Intl for every currency.
export function checkedNumberPatterns(lang, strings) {
  const numberPatterns = numberPatternsOf(localeOf(lang));
  const catalog = makeCatalog(lang, strings, numberPatterns);
  for (const code of PATTERN_CURRENCIES) {
    if (!patternsMatchIntl(catalog, code)) {
      throw new Error(`number patterns of ${lang} (${code}) do not reproduce Intl.NumberFormat: ${JSON.stringify(numberPatterns)}`);
    }
  }
  return numberPatterns;
}
