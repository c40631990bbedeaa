// Numbers for people: Intl.NumberFormat in the widget's locale and the
// scenario's currency, and the reverse for what they type.

// Building an Intl.NumberFormat costs far more than using one: they are kept
// for the page's lifetime, per locale and options.
const formatters = new Map();

export function makeFormat(catalog, currency) {
  const formatter = (options) => {
    const key = `${catalog.locale}|${JSON.stringify(options)}`;
    if (!formatters.has(key)) formatters.set(key, safeFormatter(catalog.locale, options));
    return formatters.get(key);
  };
  const none = catalog.text('value.none');
  const guard = (fn) => (value) => (value === null || value === undefined || !Number.isFinite(value) ? none : fn(value));
  const digitsFor = (value) => (Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 2);

  return {
    none,
    money: guard((v) => formatter({ style: 'currency', currency, maximumFractionDigits: digitsFor(v), minimumFractionDigits: digitsFor(v) }).format(v)),
    percent: guard((v) => formatter({ style: 'percent', maximumFractionDigits: Math.abs(v) < 0.1 ? 2 : 1 }).format(v)),
    number: guard((v) => formatter({ maximumFractionDigits: Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2 }).format(v)),
    integer: guard((v) => formatter({ maximumFractionDigits: 0 }).format(v)),
    // A value as it appears in an input box: no grouping, no needless digits.
    editable: guard((v) => formatter({ useGrouping: false, maximumFractionDigits: 10 }).format(v)),
    decimalSeparator: formatter({}).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.',
    currencySymbol: () => {
      const part = formatter({ style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency');
      return part ? part.value : currency;
    },
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
