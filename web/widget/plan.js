// The printed plan: what paper needs and the screen shows otherwise — every
// input with its value as text (the form is not printed), for VCP the
// contacts with their level and next step, the date and the share link.
// Shown only by the print stylesheet.
import { h } from './dom.js';
import { inputValue } from './input-value.js';
// The widget's rules on paper, and the printed plan's, shared with the
// desktop's HTML plan (one file): the widget adds them to its stylesheet,
// inside @media print, when this module arrives.
import widgetPrintStyles from './print.css';
import sharedPlanStyles from '../../assets/plan-print.css';

export const planPrintStyles = `${widgetPrintStyles}${sharedPlanStyles}`;

// With a referral log, each contact's closed business both ways too.
function contactsTable({ contacts = [], summary }, { catalog, format }) {
  // (their words come with the log's, loaded once a contact has a log)
  const logged = summary?.as_of && catalog.has('result.vcp.closed_value_received');
  const money = logged ? ['closed_value_received', 'closed_value_given'] : [];
  return h('table', { class: 'plan-contacts' },
    h('caption', { text: catalog.text('ui.widget.print.contacts') }),
    h('thead', {}, h('tr', {}, ['contact.name.label', 'result.vcp.mutual_level', 'result.vcp.next_action', ...money.map((m) => `result.vcp.${m}`)]
      .map((key) => h('th', { scope: 'col', text: catalog.text(key) })))),
    h('tbody', {}, contacts.map((c) => h('tr', {},
      h('th', { scope: 'row', text: c.name }),
      h('td', { text: catalog.text(`level.${c.mutual_level}`) }),
      h('td', { text: catalog.text(`action.${c.next_action}`) }),
      money.map((m) => h('td', { text: format.money(c[m]) }))))));
}

// document: the result document; infos: the core's input metadata for its kind.
export function printPlan({ document, infos, catalog, format, link, presetId, date = new Date() }) {
  // A VCP's day of assessment, when none is typed, is the one the core used.
  const valueOf = (name) => document.inputs[name] ?? (name === 'as_of' ? document.result.summary?.as_of : undefined);
  const rows = infos.filter((info) => info.kind !== 'list').map((info) =>
    h('div', { class: 'plan-input' },
      h('dt', { text: catalog.text(`input.${document.kind}.${info.name}.label`) }),
      h('dd', { text: inputValue(info, valueOf(info.name), { catalog, format }) })));
  const when = new Intl.DateTimeFormat(catalog.locale, { dateStyle: 'long' }).format(date);
  return h('section', { class: 'print-plan', 'aria-hidden': 'true' },
    h('p', { class: 'plan-meta', text: catalog.text('ui.widget.print.date', { date: when }) }),
    presetId ? h('p', { class: 'plan-meta', text: `${catalog.text('preset.title')}: ${catalog.text(`preset.${presetId}.label`)}` }) : null,
    h('h3', { text: catalog.text('ui.inputs') }),
    h('dl', { class: 'plan-inputs' }, rows),
    document.kind === 'vcp' ? contactsTable(document.result, { catalog, format }) : null,
    link && h('p', { class: 'plan-link' }, h('span', { text: `${catalog.text('ui.widget.print.link')} ` }), h('span', { class: 'plan-url', text: link })));
}
