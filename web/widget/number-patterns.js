// Numbers formatted as Intl.NumberFormat formats them, without Intl: from a
// locale's patterns in i18n/numbers.json, which the build checks against
// Intl (web/tools/check-number-patterns.mjs). They serve a calculator's first rendering
// only, while ICU has not started (web/widget/format.js says why).
//
// Patterns of a locale: { decimal, group, minimumGroupingDigits,
//   affixes: { decimal | percent | <currency>: [[prefix, suffix] of a
//   positive number, [prefix, suffix] of a negative one]},
//   symbols: { <currency>: symbol }, rules: { how many digits a figure shows } }.

// The digits Intl shows: those of the shortest decimal that reads back as the
// value (as ICU takes a double), shifted by `shift` places (percent: 2),
// rounded half away from zero (ECMA-402's "halfExpand") to at most
// `maximumFraction` decimals, with trailing zeros down to `minimumFraction`.
export function roundedDigits(value, shift, minimumFraction, maximumFraction) {
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
  const significant = mantissa.replace('.', '');
  // value = significant × 10^(point − significant.length)
  const point = Number(exponent) + 1 + shift;
  const kept = point + maximumFraction;
  let digits = significant;
  let scale = point - significant.length;  // value = digits × 10^scale
  if (kept < significant.length) {
    digits = kept > 0 ? significant.slice(0, kept) : '';
    if (kept >= 0 && significant[kept] >= '5') digits = plusOne(digits);
    scale = point - kept;
  }
  if (digits === '') digits = '0';
  let integer = digits;
  let fraction = '';
  if (scale >= 0) {
    integer = digits + '0'.repeat(scale);
  } else {
    const padded = digits.padStart(1 - scale, '0');
    integer = padded.slice(0, padded.length + scale);
    fraction = padded.slice(padded.length + scale);
  }
  integer = integer.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  return { integer, fraction: fraction.padEnd(minimumFraction, '0') };
}

function plusOne(digits) {
  const last = digits.search(/9*$/) - 1;  // the last digit that is not a 9
  if (last < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, last) + String(Number(digits[last]) + 1) + '0'.repeat(digits.length - last - 1);
}

// Groups of three from the right, where the locale groups a number that long
// (Italian writes 1234 but 12.345: two digits at least before a separator).
function grouped(integer, { group, minimumGroupingDigits }) {
  if (integer.length - 3 < minimumGroupingDigits) return integer;
  const head = integer.length % 3 || 3;
  return [integer.slice(0, head), ...integer.slice(head).match(/\d{3}/g)].join(group);
}

// A formatter of `patterns` for the Intl.NumberFormat options the widget uses
// (style decimal, percent or currency; useGrouping; fraction digits).
export function patternFormatter(patterns, { style = 'decimal', currency, useGrouping = true,
  minimumFractionDigits = 0, maximumFractionDigits = Math.max(minimumFractionDigits, 3) }) {
  const [positive, negative] = patterns.affixes[style === 'currency' ? currency : style];
  const shift = style === 'percent' ? 2 : 0;
  return {
    format(value) {
      const { integer, fraction } = roundedDigits(value, shift, minimumFractionDigits, maximumFractionDigits);
      // Intl keeps the sign of a negative number rounded to zero, and of −0.
      const [prefix, suffix] = value < 0 || Object.is(value, -0) ? negative : positive;
      const digits = (useGrouping ? grouped(integer, patterns) : integer) + (fraction ? patterns.decimal + fraction : '');
      return prefix + digits + suffix;
    },
  };
}
