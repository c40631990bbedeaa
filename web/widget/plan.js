// The printed plan: what paper needs and the screen shows otherwise — every
// input with its value as text (the form is not printed), a program's month
// table in its key columns, for VCP the contacts with their level and next
// step, the date and the share link. "Print plan" prints one calculator
// alone (printPlanAlone); a page printed whole shows each calculator's title
// and key figures only (page-print.css).
import { h } from './dom.js';
import { inputValue } from './input-value.js';
import { showFigure, unitsOf } from './figures.js';
import { KEY_COLUMNS } from './results-program.js';
import { program as programUnits } from './result-units.js';
// The plan's own page: the widget's rules on paper (print.css) and the
// printed plan's, shared with the desktop's HTML plan (one file).
import widgetPrintStyles from './print.css';
import sharedPlanStyles from '../../assets/plan-print.css';
// What a calculator shows when the page around it is printed: the widget
// adds these to its stylesheet, inside @media print, when this module arrives.
import pagePrintRules from './page-print.css';

export const pagePrintStyles = pagePrintRules;
export const planPrintStyles = `${widgetPrintStyles}${sharedPlanStyles}`;

// A long horizon is printed as side-by-side tables of at most this many
// months, so that 120 months still fit on the plan's second page.
const MONTHS_PER_TABLE = 40;

// The month table's key columns on paper (the story the chart tells), each
// figure in the unit the core states for it.
function monthTables(months, context) {
  const { catalog } = context;
  const key = (name) => `result.program.${name}`;
  const units = unitsOf(programUnits.months, months[0]);
  const columns = ['month', ...KEY_COLUMNS];
  const tables = Math.ceil(months.length / MONTHS_PER_TABLE);
  const per = Math.ceil(months.length / tables);
  const head = h('tr', {}, columns.map((c) => h('th', { scope: 'col', text: catalog.text(key(c)) })));
  const chunks = [];
  for (let i = 0; i < months.length; i += per) chunks.push(months.slice(i, i + per));
  return h('section', { class: 'plan-months' },
    h('h3', { text: catalog.text('ui.table.monthly') }),
    h('div', { class: 'plan-months-tables' }, chunks.map((chunk) => h('table', {},
      h('thead', {}, head.cloneNode(true)),
      h('tbody', {}, chunk.map((m) => h('tr', {}, columns.map((c, i) =>
        h(i ? 'td' : 'th', { scope: i ? undefined : 'row', text: showFigure(units[c], m[c], context) })))))))));
}

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
  // Two parts, placed on paper around the results: the date first, the
  // scenario and its tables after the answer.
  return h('section', { class: 'print-plan', 'aria-hidden': 'true' },
    h('div', { class: 'plan-head' },
      h('p', { class: 'plan-meta', text: catalog.text('ui.widget.print.date', { date: when }) }),
      presetId ? h('p', { class: 'plan-meta', text: `${catalog.text('preset.title')}: ${catalog.text(`preset.${presetId}.label`)}` }) : null),
    h('div', { class: 'plan-body' },
      h('h3', { text: catalog.text('ui.inputs') }),
      h('dl', { class: 'plan-inputs' }, rows),
      document.result.months?.length ? monthTables(document.result.months, { catalog, format }) : null,
      document.kind === 'vcp' ? contactsTable(document.result, { catalog, format }) : null,
      link && h('p', { class: 'plan-link' }, h('span', { text: `${catalog.text('ui.widget.print.link')} ` }), h('span', { class: 'plan-url', text: link }))));
}

// The text of a shadow root's stylesheets, without the rules for a page
// printed whole (they would hide the plan).
function widgetRules(root) {
  return root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter((rule) => rule.media?.mediaText !== 'print')
    .map((rule) => rule.cssText).join('\n');
}

const FRAME_STYLE = { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0', visibility: 'hidden' };
const frames = new WeakMap();  // document → its print frame, until printed

// Prints one calculator's plan alone: its rendering (root: the element's
// shadow root, the plan already drawn into it) is copied into a hidden
// same-origin frame, which prints and is removed once printing is over. The
// frame's page inherits the host page's Content-Security-Policy: it has no
// script, and its rules are constructed stylesheets of its own window, which
// style-src does not govern. Resolves once the print has been asked for.
export function printPlanAlone(root) {
  const host = root.host;
  const page = host.ownerDocument;
  frames.get(page)?.remove();  // a frame whose printing never reported its end
  const frame = page.createElement('iframe');
  frames.set(page, frame);
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.className = 'passaparola-print-frame';
  for (const [name, value] of Object.entries(FRAME_STYLE)) frame.style.setProperty(name, value, 'important');
  // srcdoc, not about:blank: Firefox replaces a frame's first blank page
  // after it is appended, with whatever was written into it.
  frame.srcdoc = '<!doctype html><title></title>';
  return new Promise((resolve) => {
    frame.addEventListener('load', () => {
      const win = frame.contentWindow;
      const doc = frame.contentDocument;
      const rc = root.querySelector('.rc');
      doc.documentElement.lang = rc.lang;
      doc.title = [rc.querySelector('.title')?.textContent, host.ownerDocument.title].filter(Boolean).join(' – ');
      const pageSheet = new win.CSSStyleSheet();
      pageSheet.replaceSync(`${sharedPlanStyles}html,body{margin:0;background:#fff;color:#111}`);
      doc.adoptedStyleSheets = [pageSheet];
      const box = doc.createElement('div');
      // the host's theme (accent, background, radius, font: custom properties)
      box.style.cssText = host.style.cssText;
      const shadow = box.attachShadow({ mode: 'open' });
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(`${widgetRules(root)}\n${planPrintStyles}`);
      shadow.adoptedStyleSheets = [sheet];
      shadow.append(doc.importNode(rc, true));
      doc.body.append(box);
      win.addEventListener('afterprint', () => {
        frame.remove();
        if (frames.get(page) === frame) frames.delete(page);
      }, { once: true });
      win.print();
      resolve();
    }, { once: true });
    page.body.append(frame);
  });
}
