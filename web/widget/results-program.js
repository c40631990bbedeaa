// Results of a referral program: key figures, the cumulative chart, every
// total, and the month-by-month table (built only when opened).
import { h } from './dom.js';
import { cumulativeChart } from './chart.js';
import { announcement, figureTable, keyFigures, keyOrder, limitNote, showFigure, toneOf, unitsOf } from './figures.js';
import { program as meta } from './result-units.js';

// The key figure cards that show their total's explanation (`.help`): the
// build ships only these totals' explanations (web/tools/catalogs.mjs). The
// figures with the value after the horizon explain themselves by their label
// and the horizon-only figure beside them.
export const EXPLAINED_TOTALS = ['roi', 'net_profit', 'payback_month', 'cost_per_incremental_customer',
  'break_even_conversion_rate'];
// The figures whose headline counts the value after the horizon when there is one.
const TAILED = ['roi', 'net_profit', 'npv'];
// The month table's columns beside the month until the reader asks for all.
export const KEY_COLUMNS = ['new_referred', 'net', 'cumulative_net'];
// The calculators (their shadow roots) whose reader asked for every column:
// a computation redraws the table, the choice stays.
const allColumns = new WeakSet();

function monthTable(months, context) {
  const { catalog } = context;
  const title = catalog.text('ui.table.monthly');
  // Built when opened (up to 120 rows); replaced whole on each computation.
  const table = h('details', { class: 'month-table', 'data-replace': '' }, h('summary', { text: title }));
  table.addEventListener('toggle', () => {
    if (!table.open || table.querySelector('table')) return;
    const root = table.getRootNode();
    const units = unitsOf(meta.months, months[0]);
    const columns = Object.keys(units);  // the month first
    const more = (column, i) => (i && !KEY_COLUMNS.includes(column) ? 'more' : undefined);
    const grid = h('table', { class: allColumns.has(root) ? 'all' : undefined },
      h('thead', {}, h('tr', {}, columns.map((c, i) => h('th', { scope: 'col', class: more(c, i), text: catalog.text(`result.program.${c}`) })))),
      h('tbody', {}, months.map((m) => h('tr', {}, columns.map((c, i) =>
        h(i ? 'td' : 'th', { scope: i ? undefined : 'row', class: more(c, i), text: showFigure(units[c], m[c], context) }))))));
    const toggle = h('button', { type: 'button', class: 'toggle', 'aria-pressed': String(allColumns.has(root)),
      text: catalog.text('ui.table.all_columns'),
      onclick: () => {
        const all = grid.classList.toggle('all');
        toggle.setAttribute('aria-pressed', all);
        allColumns[all ? 'add' : 'delete'](root);
      } });
    table.append(toggle, h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': title }, grid));
  });
  return table;
}

export function programResults(document, context) {
  const { catalog, format } = context;
  const { totals, months } = document.result;
  const { inputs } = document;
  const key = (name) => `result.program.${name}`;
  const units = unitsOf(meta.totals, totals);
  const show = (name) => showFigure(units[name], totals[name], context);
  // With a value after the horizon the headline counts it, labelled so, and
  // the horizon's own figure stands beside it. A figure at a limit says why
  // instead (a program that costs nothing has nothing to pay back).
  const withTail = inputs.tail_months > 0;
  const figures = keyOrder(meta.key, totals, ['net_profit', 'roi', ...(withTail ? ['npv'] : []), 'payback_month',
    'cost_per_incremental_customer', 'break_even_conversion_rate']).map((name) => {
    const tailed = TAILED.includes(name);
    const shown = tailed && withTail ? `${name}_with_tail` : name;
    return { key: key(shown), value: show(shown), tone: tailed && toneOf(totals[shown]),
      beside: limitNote(catalog, key(name), totals[shown], name === 'payback_month' && totals.program_cost === 0 && 'free')
        || (shown !== name && `${catalog.text(key('horizon_only'))}: ${show(name)}`) };
  });
  // The chart's payback is the table's first month with a cumulative net of
  // at least 0 once the program has cost something.
  const chartDescription = totals.payback_month
    ? catalog.text('ui.chart.payback', { month: totals.payback_month })
    : catalog.text(totals.program_cost ? 'ui.chart.no_payback' : key('payback_month.free'));
  const tailNote = withTail && `${catalog.text(key('tail_gross_profit'))}: ${format.money(totals.tail_gross_profit)}`
    + ` (+${format.integer(inputs.tail_months)} ${catalog.text('unit.months')})`;
  const tail = withTail ? months.at(-1).cumulative_net + totals.tail_gross_profit : null;
  // The yardstick for a reward: what one referred customer is worth over a lifetime.
  const yardstick = `${catalog.text(key('referred_customer_value'))}: ${show('referred_customer_value')}`;
  const monthText = (month) => showFigure('M', month, context);

  const element = h('div', { class: 'results-body' },
    h('figure', { class: 'chart-figure' },
      h('figcaption', { text: catalog.text('ui.chart.cumulative') }),
      cumulativeChart({ months, paybackMonth: totals.payback_month, title: catalog.text('ui.chart.cumulative'),
        description: [chartDescription, tailNote].filter(Boolean).join(' '), format: format.money, monthLabel: monthText, tail }),
      h('p', { class: 'chart-note', text: chartDescription }),
      tailNote ? h('p', { class: 'chart-note chart-tail-note', text: tailNote }) : null),
    figureTable(catalog, 'ui.widget.all_figures', Object.keys(totals).map((name) => ({ key: key(name), value: show(name) }))),
    monthTable(months, context));

  return { answer: keyFigures(catalog, figures), element, figures, announcement: announcement(catalog, figures, 3), fieldNotes: { referrer_reward: yardstick } };
}
