// Numbers for people: Intl.NumberFormat in the widget's locale and the
// scenario's currency, and the reverse for what they type.
//
// The first Intl.NumberFormat of a page starts ICU, which builds the list of
// locales that have number data: 35-110 ms on the bench machine, and more on
// a slow phone, all of it between the core's arrival and the first result.
// So a calculator's first rendering formats from number patterns that the
// build took from Intl for its language (web/widget/number-patterns.js), and
// Intl starts once that rendering is on screen (startIntl); from then on
// every number is Intl's. A browser whose Intl formats otherwise (another
// CLDR) is found out then, and the calculator draws itself again.
import { patternFormatter } from './number-patterns.js';

// The currencies whose patterns come with the catalogs. Another currency
// starts Intl before the first result.
export const PATTERN_CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'SEK'];

// Building an Intl.NumberFormat costs far more than using one: few are made,
// and kept for the page's lifetime. Digits are chosen by rounding the value
// first, so one formatter serves every precision of a kind.
const formatters = new Map();
let intlStarted = false;

// Fewer digits as numbers grow: 0.25, 12.5, 1,250 — as many as the rules of
// i18n/numbers.json say (the desktop's i18n/cpp/number_format.cpp reads them too).
const roundFor = (value, rules) => {
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? rules.fraction_digits_below_100 : rules.fraction_digits_below_10;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

function intlFormatter(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, safeFormatter(locale, options));
  intlStarted = true;
  return formatters.get(key);
}

// Where formats come from: Intl, or the patterns of the catalog's language.
const intlSource = (locale) => ({
  formatter: (options) => intlFormatter(locale, options),
  part: (options, value, type) => intlFormatter(locale, options).formatToParts(value).find((p) => p.type === type)?.value,
});
const patternSource = (patterns) => ({
  formatter: (options) => patternFormatter(patterns, options),
  part: (options, value, type) => (type === 'decimal' ? patterns.decimal : patterns.symbols[options.currency]),
});

const hasPatterns = (catalog, currency) => catalog.numberPatterns?.symbols[currency] !== undefined;

// Makes the Intl formatters of a locale ahead of time: called while the wasm
// and the catalog are still on their way, the work overlaps the waiting.
export function prepareFormats(locale, currency = 'EUR') {
  makeFormat({ locale, text: () => '' }, currency, { intl: true }).prepare();
}

// Starts Intl after a first rendering from patterns. Returns whether that
// rendering looks as Intl's would; if not, the caller draws again.
export function startIntl(catalog, currency) {
  makeFormat(catalog, currency, { intl: true }).prepare();
  return !hasPatterns(catalog, currency) || patternsMatchIntl(catalog, currency);
}

// Whether the catalog's patterns format as Intl does here, on values that
// show every part of a pattern (the build checks the same before writing them).
const PROBES = [-1234567.891, -1234.5, -0.125, -0, 0, 0.004, 0.5, 1, 9.995, 12.345, 999.5, 1234.5, 12345.678, 98765432.1];
export function patternsMatchIntl(catalog, currency) {
  const a = makeFormat(catalog, currency, { intl: false });
  const b = makeFormat(catalog, currency, { intl: true });
  return a.decimalSeparator === b.decimalSeparator && a.currencySymbol() === b.currencySymbol()
    && PROBES.every((v) => ['money', 'percent', 'number', 'integer', 'editable'].every((kind) => a[kind](v) === b[kind](v)));
}

export function makeFormat(catalog, currency, { intl = intlStarted || !hasPatterns(catalog, currency) } = {}) {
  const source = intl ? intlSource(catalog.locale) : patternSource(catalog.numberPatterns);
  const formatter = source.formatter;
  const none = catalog.text('value.none');
  const guard = (fn) => (value) => (value === null || value === undefined || !Number.isFinite(value) ? none : fn(value));
  // Amounts: cents below 100 (1,50 €), whole units above (2.095 €): the rules.
  const wholeMoneyOptions = { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 };
  const wholeMoney = () => formatter(wholeMoneyOptions);
  const centsMoney = () => formatter({ style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const plain = () => formatter({ maximumFractionDigits: 2 });
  const percent = () => formatter({ style: 'percent', maximumFractionDigits: 2 });
  const editableOptions = { useGrouping: false, maximumFractionDigits: 10 };
  const editable = formatter(editableOptions);

  const rules = () => catalog.numberPatterns.rules;
  return {
    none,
    money: guard((v) => (Math.abs(v) >= rules().money_cents_below || Number.isInteger(v) ? wholeMoney() : centsMoney()).format(v)),
    // 1.25 % below 10 %, 12.5 % above: percent points rounded like numbers.
    percent: guard((v) => percent().format(roundFor(v * 100, rules()) / 100)),
    number: guard((v) => plain().format(roundFor(v, rules()))),
    integer: guard((v) => plain().format(Math.round(v))),
    // A value as it appears in an input box: no grouping, no needless digits.
    editable: guard((v) => editable.format(v)),
    decimalSeparator: source.part(editableOptions, 1.5, 'decimal') ?? '.',
    currencySymbol: () => source.part(wholeMoneyOptions, 0, 'currency') ?? currency,
    prepare: () => [wholeMoney(), centsMoney(), plain(), percent()],
  };
}

// An unknown but well-formed code still formats; anything Intl refuses falls
// back to plain numbers with the code after them.
function safeFormatter(locale, options) {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: options.maximumFractionDigits ?? 2 });
    return { format: (v) => `${plain.format(v)} ${options.currency ?? ''}`.trim(), formatToParts: () => [] };
  }
}

// What a person typed → a number, or null. People paste from everywhere, so
// both separators are understood: with both present the last one is the
// decimal; a lone separator is a group separator only where the locale uses it
// so and it groups thousands ("2,500" in English, "1.500" in Italian).
export function parseTypedNumber(text, decimalSeparator = '.') {
  let s = String(text).replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-');
  if (s === '') return null;
  const group = decimalSeparator === ',' ? '.' : ',';
  const hasComma = s.includes(',');
  const hasDot = s.includes('.');
  if (hasComma && hasDot) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    s = s.split(decimal === ',' ? '.' : ',').join('').replace(decimal, '.');
  } else if (hasComma || hasDot) {
    const separator = hasComma ? ',' : '.';
    const thousands = new RegExp(`^[-+]?[1-9]\\d{0,2}(\\${separator}\\d{3})+$`);
    s = separator === group && thousands.test(s) ? s.split(separator).join('') : s.replace(separator, '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}
