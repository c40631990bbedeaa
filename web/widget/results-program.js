// Results of a referral program: key figures, the cumulative chart, every
// total, and the month-by-month table (built only when opened).
import { h } from './dom.js';
import { cumulativeChart } from './chart.js';
import { announcement, figureTable, keyFigures, toneOf } from './figures.js';

// The key figure cards that show their total's explanation (`.help`): the
// build ships only these totals' explanations (web/tools/catalogs.mjs). The
// figures with the value after the horizon explain themselves by their label
// and the horizon-only figure beside them.
export const EXPLAINED_TOTALS = ['roi', 'net_profit', 'payback_month', 'cost_per_incremental_customer',
  'break_even_conversion_rate'];
// Every other total is an amount of money.
const PERCENT_TOTALS = ['roi', 'roi_with_tail', 'break_even_conversion_rate'];
const COUNT_TOTALS = ['referred_customers', 'incremental_customers', 'viral_coefficient'];
const MONTH_COLUMNS = ['referring_customers', 'leads', 'new_referred', 'new_incremental', 'referred_active',
  'revenue', 'incremental_revenue', 'gross_profit', 'program_cost', 'net', 'cumulative_net'];
const MONEY_COLUMNS = new Set(['revenue', 'incremental_revenue', 'gross_profit', 'program_cost', 'net', 'cumulative_net']);

export function programResults(document, { catalog, format }) {
  const { totals, months } = document.result;
  const { inputs } = document;
  const key = (name) => `result.program.${name}`;
  const monthText = (month) => catalog.text('ui.chart.month', { month });
  const payback = totals.payback_month ? monthText(totals.payback_month) : catalog.text('value.never');
  const showTotal = (name) => {
    const v = totals[name];
    if (name === 'payback_month') return payback;
    if (PERCENT_TOTALS.includes(name)) return format.percent(v);
    return COUNT_TOTALS.includes(name) ? format.number(v) : format.money(v);
  };
  // With a value after the horizon the headline counts it, labelled so, and
  // the horizon's own figure stands beside it.
  const withTail = inputs.tail_months > 0;
  const headline = (name, show) => {
    const shown = withTail ? `${name}_with_tail` : name;
    return { key: key(shown), value: show(totals[shown]), tone: toneOf(totals[shown]),
      beside: withTail && `${catalog.text(key('horizon_only'))}: ${show(totals[name])}` };
  };

  const figures = [
    headline('roi', format.percent),
    headline('net_profit', format.money),
    ...(withTail ? [headline('npv', format.money)] : []),
    { key: key('payback_month'), value: payback },
    { key: key('cost_per_incremental_customer'), value: format.money(totals.cost_per_incremental_customer) },
    { key: key('break_even_conversion_rate'), value: format.percent(totals.break_even_conversion_rate) },
  ];
  const chartDescription = totals.payback_month
    ? catalog.text('ui.chart.payback', { month: totals.payback_month })
    : catalog.text('ui.chart.no_payback');
  const tailNote = withTail && `${catalog.text(key('tail_gross_profit'))}: ${format.money(totals.tail_gross_profit)}`
    + ` (+${format.integer(inputs.tail_months)} ${catalog.text('unit.months')})`;
  const tail = withTail ? months.at(-1).cumulative_net + totals.tail_gross_profit : null;
  // The yardstick for a reward: what one referred customer is worth over a lifetime.
  const yardstick = `${catalog.text(key('referred_customer_value'))}: ${format.money(totals.referred_customer_value)}`;

  // Built when opened (up to 120 rows); replaced whole on each computation.
  const table = h('details', { class: 'month-table', 'data-replace': '' }, h('summary', { text: catalog.text('ui.table.monthly') }));
  table.addEventListener('toggle', () => {
    if (!table.open || table.querySelector('table')) return;
    const cell = (m, column) => (MONEY_COLUMNS.has(column) ? format.money(m[column]) : format.number(m[column]));
    table.append(h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': catalog.text('ui.table.monthly') },
      h('table', {},
        h('thead', {}, h('tr', {}, [h('th', { scope: 'col', text: catalog.text(key('month')) }),
          ...MONTH_COLUMNS.map((c) => h('th', { scope: 'col', text: catalog.text(key(c)) }))])),
        h('tbody', {}, months.map((m) => h('tr', {}, [h('th', { scope: 'row', text: format.integer(m.month) }),
          ...MONTH_COLUMNS.map((c) => h('td', { text: cell(m, c) }))]))))));
  });

  const element = h('div', { class: 'results-body' },
    keyFigures(catalog, figures),
    h('figure', { class: 'chart-figure' },
      h('figcaption', { text: catalog.text('ui.chart.cumulative') }),
      cumulativeChart({ months, paybackMonth: totals.payback_month, title: catalog.text('ui.chart.cumulative'),
        description: [chartDescription, tailNote].filter(Boolean).join(' '), format: format.money, monthLabel: monthText, tail }),
      h('p', { class: 'chart-note', text: chartDescription }),
      tailNote ? h('p', { class: 'chart-note chart-tail-note', text: tailNote }) : null),
    figureTable(catalog, 'ui.widget.all_figures', Object.keys(totals).map((name) => ({ key: key(name), value: showTotal(name) }))),
    table);

  return { element, figures, announcement: announcement(catalog, figures, 3), fieldNotes: { referrer_reward: yardstick } };
}
