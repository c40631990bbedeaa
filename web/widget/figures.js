// Key figures as cards, the remaining figures as a table, bars and the live
// announcement: the shapes every calculator's results share, and the one
// formatter of a figure by the unit the core states for it.
import { h } from './dom.js';

// A result part ({name: value}) and its units' letters (a kind's export of
// result-units.js: the core's result metadata, in document order) →
// {name: letter}.
export const unitsOf = (letters, figures) => Object.fromEntries(Object.keys(figures).map((name, i) => [name, letters[i]]));

// A figure's text by its unit: money, a percentage, a month of the horizon
// (none: never), a whole number, any other count or score.
export const showFigure = (unit, value, { catalog, format }) => (unit === 'M'
  ? catalog.text(value ? 'ui.chart.month' : 'value.never', { month: value })
  : format[{ m: 'money', p: 'percent', i: 'integer', d: 'integer' }[unit] ?? 'number'](value));

// The key figures (the core's key_figures(), most telling first, as indices
// into the headline part) that are among `shown`.
export const keyOrder = (keys, headline, shown) => keys.map((i) => Object.keys(headline)[i]).filter((name) => shown.includes(name));

// Why a figure reads 0 or none, when the catalog says (`<key>.zero`,
// `<key>.none`), or `<key>.<limit>` for the case the caller names.
export function limitNote(catalog, key, value, limit) {
  const note = `${key}.${limit || (value === 0 ? 'zero' : value == null ? 'none' : '')}`;
  return catalog.has(note) && catalog.text(note);
}

// figures: [{key: catalog key of the label (its `.help` is the explanation),
// value: text, tone, beside: a related figure's text shown under the value}]
export function keyFigures(catalog, figures) {
  return h('dl', { class: 'key-figures', part: 'figures' },
    figures.map(({ key, value, tone, beside }) =>
      h('div', { class: `figure${tone ? ` ${tone}` : ''}` },
        h('dt', { text: catalog.fit(key) }),
        h('dd', { class: 'figure-value', text: value }),
        beside ? h('dd', { class: 'figure-help figure-beside', text: beside }) : null,
        catalog.has(`${key}.help`) ? h('dd', { class: 'figure-help', text: catalog.text(`${key}.help`) }) : null)));
}

// rows: [{key, value}]; shown inside a disclosure so the key figures stay first.
export function figureTable(catalog, summaryKey, rows) {
  return h('details', { class: 'all-figures' },
    h('summary', { text: catalog.text(summaryKey) }),
    h('table', {},
      h('tbody', {}, rows.map(({ key, value }) =>
        h('tr', {}, h('th', { scope: 'row', text: catalog.text(key) }), h('td', { text: value }))))));
}

// Positive and negative amounts get their own colour (and never colour alone:
// the sign is in the text).
export const toneOf = (value) => (value === null || value === undefined ? '' : value < 0 ? 'negative' : 'positive');

// bars: [{label, share (0…1 of the track), value (text), fillClass}]; the
// numbers are in the text, the bars only draw them.
export function barList(tag, className, bars) {
  return h(tag, { class: className }, bars.map(({ label, share, value, fillClass }) => {
    const fill = h('span', { class: `bar-fill${fillClass ? ` ${fillClass}` : ''}` });
    fill.style.width = `${Math.max(0, Math.min(100, 100 * share))}%`;
    return h('li', { class: 'bar' },
      h('span', { class: 'bar-label', text: label }),
      h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
      h('span', { class: 'bar-value', text: value }));
  }));
}

// What the polite live region says after a computation: the first key figures.
export const announcement = (catalog, figures, count) =>
  figures.slice(0, count).map((f) => `${catalog.text(f.key)}: ${f.value}`).join('. ');
