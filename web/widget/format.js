// Numbers for people: Intl.NumberFormat in the widget's locale and the
// scenario's currency, and the reverse for what they type.

// Building an Intl.NumberFormat costs far more than using one (the first for
// a locale loads its data): few are made, and kept for the page's lifetime.
// Digits are chosen by rounding the value first, so one formatter serves
// every precision of a kind.
const formatters = new Map();

// Fewer digits as numbers grow: 0.25, 12.5, 1,250.
const roundFor = (value, digitsBelow10, digitsBelow100) => {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? digitsBelow100 : digitsBelow10;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

function formatterFor(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, safeFormatter(locale, options));
  return formatters.get(key);
}

// Makes the formatters of a locale ahead of time: called while the wasm and
// the catalog are still on their way, the work overlaps the waiting.
export function prepareFormats(locale, currency = 'EUR') {
  makeFormat({ locale, text: () => '' }, currency).prepare();
}

export function makeFormat(catalog, currency) {
  const formatter = (options) => formatterFor(catalog.locale, options);
  const none = catalog.text('value.none');
  const guard = (fn) => (value) => (value === null || value === undefined || !Number.isFinite(value) ? none : fn(value));
  // Amounts: cents below 100 (1,50 €), whole units above (2.095 €).
  const wholeMoney = () => formatter({ style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const centsMoney = () => formatter({ style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const plain = () => formatter({ maximumFractionDigits: 2 });
  const editable = formatter({ useGrouping: false, maximumFractionDigits: 10 });

  return {
    none,
    money: guard((v) => (Math.abs(v) >= 100 || Number.isInteger(v) ? wholeMoney() : centsMoney()).format(v)),
    // 1.25 % below 10 %, 12.5 % above: percent points rounded like numbers.
    percent: guard((v) => formatter({ style: 'percent', maximumFractionDigits: 2 }).format(roundFor(v * 100, 2, 1) / 100)),
    number: guard((v) => plain().format(roundFor(v, 2, 1))),
    integer: guard((v) => plain().format(Math.round(v))),
    // A value as it appears in an input box: no grouping, no needless digits.
    editable: guard((v) => editable.format(v)),
    decimalSeparator: editable.formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.',
    currencySymbol: () => wholeMoney().formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency,
    prepare: () => [wholeMoney(), centsMoney(), plain(), formatter({ style: 'percent', maximumFractionDigits: 2 })],
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
