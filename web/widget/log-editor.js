// A VCP contact's referral log, and the words of a CSV import: loaded with
// its strings (catalog part 'log') when a reader first opens a contact's log
// or imports a file, so the first download does not carry them. The core
// decides what counts and what is wrong; this lists and words it.
import { h, uniqueId, replaceChildren } from './dom.js';
import { loadCore } from './core-client.js';
import { parseTypedNumber } from './format.js';
import { dayNumber, showDate, today } from './dates.js';
import styles from './log-editor.css';
import { adoptStyles } from './adopt-styles.js';

const DIRECTIONS = ['given', 'received'];
// The CSV import's module (referral-log.wasm, next to this file), once.
let logCore;
export function loadLogCore() {
  logCore ??= loadCore(new URL('./referral-log.wasm', import.meta.url)).catch((error) => {
    logCore = undefined;  // offline, say: the next import tries again
    throw error;
  });
  return logCore;
}

// Whether an entry counts: as_of − window_days < date ≤ as_of (spec §4).
export function counts(date, summary) {
  if (!summary?.as_of) return false;
  const end = dayNumber(summary.as_of);
  const day = dayNumber(date);
  return day <= end && day > end - summary.window_days;
}

// The results' part of a log (web/widget/results-vcp.js): closed business
// both ways as key figures, with the day counted to (the log's latest when
// none is typed) and the window beside them, and who brought the most (spec
// §4: up to 3, above 0).
export function closedBusiness(summary, { catalog, format }) {
  const period = `${showDate(summary.as_of, catalog.lang)} · ${format.integer(summary.window_days)} ${catalog.text('unit.days')}`;
  const key = (name) => `result.vcp.${name}`;
  return {
    figures: ['closed_value_received', 'closed_value_given'].map((name) => ({ key: key(name), value: format.money(summary[name]), beside: period })),
    section: summary.top_sources.length === 0 ? null : h('section', { class: 'top-sources' },
      h('h4', { text: catalog.text(key('top_sources')) }),
      h('ol', {}, summary.top_sources.map((name) => h('li', { text: name }))),
      h('p', { class: 'figure-help', text: catalog.text(key('top_sources.help')) })),
  };
}

// Why a contact's typed rates are read only: the log's counted entries.
export const ratesReason = (assessment, catalog, format) => catalog.text('log.rates_from_log',
  { given: format.integer(assessment.log_given), received: format.integer(assessment.log_received) });

// The core's answer to an import → {lines, tone}: how many rows and new
// contacts, or every bad row by its line, worded by its code; and for a
// refused file the `errors` of the rc-error event, each with its `text`.
export function importOutcome(answer, catalog, format) {
  if (answer.ok) {
    return { tone: 'info', lines: [catalog.text('import.done', { rows: format.integer(answer.rows), contacts: format.integer(answer.contacts) })] };
  }
  const errors = answer.errors.map((error) => ({ ...error, text: csvProblem(error, catalog) }));
  return { tone: 'error', errors, lines: [catalog.text('import.failed'), ...errors.map((e) => e.text)] };
}

function csvProblem({ path, code, got, message }, catalog) {
  const key = `error.${code}`;
  if (!code || !catalog.has(key)) return message;
  let shown = got ?? '';
  try {
    if (/^"/.test(shown)) shown = JSON.parse(shown);
  } catch { /* shown as the core wrote it */ }
  const problem = catalog.text(key, { got: `«${shown}»` });
  const line = /^line (\d+)$/.exec(path ?? '')?.[1];
  return line ? catalog.text('error.csv.line', { line, problem }) : problem;
}

const RATE_OF_SIDE = { mine: 'referrals_given', theirs: 'referrals_received' };

// One contact card's log (web/widget/contacts-editor.js): the count beside
// the disclosure's title, the editor inside it once open, and while the log
// drives the contact's rates, the typed rates read only showing the log's,
// with the reason. onLog({add: entry} | {remove: i}) answers the log as it
// now is.
export function contactLog({ details, contact, directionFields, catalog, format, maxEntries, onLog }) {
  adoptStyles(details, styles);
  const count = h('span', { class: 'log-count' });
  details.firstElementChild.append(count);
  let editor = null;
  let assessment = null;
  let summary = null;
  let locked = null;
  const logOf = () => contact.log ?? [];
  const setLog = (log) => {
    if (log.length > 0) contact.log = log; else delete contact.log;
    draw();
  };

  function lockRates() {
    const state = logOf().length > 0 && assessment ? `${assessment.referrals_given}|${assessment.referrals_received}|${ratesReason(assessment, catalog, format)}` : null;
    if (state === locked) return;
    locked = state;
    for (const side of ['mine', 'theirs']) {
      const field = directionFields[`${side}.referrals_per_quarter`];
      field.control.readOnly = state !== null;
      field.control.title = state === null ? '' : catalog.text('log.rates_locked');
      if (state === null) field.setValue(contact[side]?.referrals_per_quarter ?? 0);
      else field.control.value = format.number(assessment[RATE_OF_SIDE[side]]);
      field.showNote(state === null ? null : ratesReason(assessment, catalog, format));
    }
  }

  function draw() {
    count.textContent = ` (${format.integer(logOf().length)})`;
    lockRates();
    if (!editor && details.open) {
      editor = logEditor({ catalog, format, name: () => contact.name, maxEntries,
        onAdd: (entry) => setLog(onLog({ add: entry })), onRemove: (i) => setLog(onLog({ remove: i })) });
      details.append(h('div', { class: 'log-body' }, editor.element));
    }
    editor?.update(logOf(), assessment, summary);
  }
  details.addEventListener('toggle', draw);

  return {
    assess(contactAssessment, contactSummary) {
      assessment = contactAssessment;
      summary = contactSummary;
      draw();
    },
  };
}

// onAdd(entry) and onRemove(index) change the log (through the calculator's
// state); update(log, assessment, summary) draws it as it now is.
export function logEditor({ catalog, format, name, onAdd, onRemove, maxEntries = 1000 }) {
  let shownLog = null;
  let shownKey = '';
  let removeButtons = [];
  const figures = h('dl', { class: 'log-figures' });
  const listId = uniqueId('log');
  const list = h('ul', { class: 'log-list', id: listId, 'aria-label': catalog.text('log.title') });
  const empty = h('p', { class: 'empty', text: catalog.text('log.empty') });

  const dateId = uniqueId('log-date');
  const dateError = h('p', { class: 'field-error', id: `${dateId}-error`, hidden: true });
  const date = h('input', { type: 'date', id: dateId, value: today(), min: '2000-01-01', max: '2100-12-31',
    placeholder: catalog.text('ui.date.hint'), 'aria-describedby': `${dateId}-error` });
  const directionId = uniqueId('log-direction');
  const directionHelp = h('p', { class: 'field-help', id: `${directionId}-help` });
  const direction = h('select', { id: directionId, 'aria-describedby': `${directionId}-help`,
    onchange: () => { directionHelp.textContent = catalog.text(`log.${direction.value}.help`); } },
  DIRECTIONS.map((d) => h('option', { value: d, text: catalog.text(`log.${d}`) })));
  directionHelp.textContent = catalog.text('log.given.help');
  const valueId = uniqueId('log-value');
  const valueError = h('p', { class: 'field-error', id: `${valueId}-error`, hidden: true });
  const value = h('input', { type: 'text', id: valueId, inputMode: 'decimal', autocomplete: 'off', size: 10,
    'aria-describedby': `${valueId}-help ${valueId}-error` });
  const full = h('p', { class: 'field-help', hidden: true, text: catalog.text('ui.widget.log.full', { count: format.integer(maxEntries) }) });
  const addButton = h('button', { type: 'button', class: 'button', text: catalog.text('log.add'), onclick: add });
  const onEnter = (e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } };
  date.addEventListener('keydown', onEnter);
  value.addEventListener('keydown', onEnter);

  const form = h('div', { class: 'log-add', role: 'group', 'aria-label': catalog.text('ui.widget.log.new') },
    h('div', { class: 'field' }, h('label', { for: dateId, text: catalog.text('log.date') }), date, dateError),
    h('div', { class: 'field' }, h('label', { for: directionId, text: catalog.text('log.direction') }), direction, directionHelp),
    h('div', { class: 'field' }, h('label', { for: valueId }, catalog.text('log.closed_value'),
      h('span', { class: 'unit unit-money', text: ` (${format.currencySymbol()})` })), value,
    h('p', { class: 'field-help', id: `${valueId}-help`, text: catalog.text('log.closed_value.help') }), valueError),
    addButton, full);
  const element = h('div', { class: 'log-editor' }, figures, list, empty, form);

  const showError = (field, box, text) => {
    box.hidden = !text;
    box.textContent = text ?? '';
    if (text) field.setAttribute('aria-invalid', 'true'); else field.removeAttribute('aria-invalid');
  };

  function add() {
    const day = date.value.trim();
    const typed = value.value.trim() === '' ? 0 : parseTypedNumber(value.value, format.decimalSeparator);
    showError(date, dateError, /^\d{4}-\d{2}-\d{2}$/.test(day) ? null : catalog.text('ui.widget.log.date_missing'));
    showError(value, valueError, typed === null ? catalog.text('ui.widget.error.number') : null);
    if (!dateError.hidden) return date.focus();
    if (typed === null) return value.focus();
    const entry = { date: day, direction: direction.value };
    if (typed !== 0) entry.closed_value = typed;
    value.value = '';
    onAdd(entry);
  }

  function remove(index) {
    onRemove(index);
    // Focus stays in the list: on the entry now in that place, else the form.
    (removeButtons[Math.min(index, removeButtons.length - 1)] ?? date).focus();
  }

  function entryRow(entry, index, summary) {
    const counted = counts(entry.date, summary);
    const when = showDate(entry.date, catalog.lang);
    const what = catalog.text(`log.${entry.direction}`);
    const button = h('button', { type: 'button', class: 'button small danger', text: catalog.text('log.remove'),
      'aria-label': `${catalog.text('log.remove')}: ${when}, ${what}, ${name()}`, onclick: () => remove(index) });
    removeButtons.push(button);
    return h('li', { class: `log-entry${counted ? '' : ' not-counted'}` },
      h('span', { class: 'log-date', text: when }),
      h('span', { class: 'log-direction', text: what }),
      counted ? null : h('span', { class: 'log-note', text: catalog.text('log.not_counted') }),
      h('span', { class: 'log-value', text: format.money(entry.closed_value ?? 0) }),
      button);
  }

  function figureRows(assessment) {
    const rows = [['log_given', format.integer(assessment.log_given)], ['log_received', format.integer(assessment.log_received)],
      ['closed_value_given', format.money(assessment.closed_value_given)], ['closed_value_received', format.money(assessment.closed_value_received)],
      ['last_referral', assessment.last_referral ? showDate(assessment.last_referral, catalog.lang) : format.none]];
    return rows.map(([key, text]) => h('div', { title: catalog.text(`result.vcp.${key}.help`) },
      h('dt', { text: catalog.text(`result.vcp.${key}`) }), h('dd', { text })));
  }

  return {
    element,
    update(log, assessment, summary) {
      const key = `${summary?.as_of}|${summary?.window_days}|${format.currencySymbol()}`;
      if (assessment) replaceChildren(figures, figureRows(assessment));
      if (log === shownLog && key === shownKey) return;
      shownLog = log;
      shownKey = key;
      removeButtons = [];
      replaceChildren(list, log.map((entry, i) => entryRow(entry, i, summary)));
      list.hidden = log.length === 0;
      empty.hidden = log.length > 0;
      addButton.disabled = log.length >= maxEntries;
      full.hidden = log.length < maxEntries;
    },
  };
}
