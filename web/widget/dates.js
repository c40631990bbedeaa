// Days of the spec's dates (YYYY-MM-DD) without Intl: a date shown in the
// first rendering must not start ICU (see format.js), and whole days in UTC
// are all the log's window needs.

const DAY_MS = 864e5;
export const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;

// "2026-03-05" → 05/03/2026 (it, en-GB) or 5.3.2026 (fi).
export function showDate(iso, lang) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return lang === 'fi' ? `${+d}.${+m}.${y}` : `${d}/${m}/${y}`;
}

// Today on the reader's calendar, as YYYY-MM-DD.
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
