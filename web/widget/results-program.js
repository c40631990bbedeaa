// Results of a referral program: key figures, the cumulative chart, every
// total, and the month-by-month table (built only when opened).
import { h } from './dom.js';
import { cumulativeChart } from './chart.js';
import { announcement, figureTable, keyFigures, toneOf } from './figures.js';

const MONEY_TOTALS = ['referred_revenue', 'incremental_revenue', 'incremental_gross_profit', 'reward_cost',
  'donation_cost', 'fixed_cost', 'program_cost', 'net_profit', 'npv', 'cost_per_referred_customer',
  'cost_per_incremental_customer', 'cac_savings', 'max_referrer_reward'];
const MONTH_COLUMNS = ['referring_customers', 'leads', 'new_referred', 'new_incremental', 'referred_active',
  'revenue', 'incremental_revenue', 'gross_profit', 'program_cost', 'net', 'cumulative_net'];
const MONEY_COLUMNS = new Set(['revenue', 'incremental_revenue', 'gross_profit', 'program_cost', 'net', 'cumulative_net']);

export function programResults(document, { catalog, format }) {
  const { totals, months } = document.result;
  const key = (name) => `result.program.${name}`;
  const monthText = (month) => catalog.text('ui.chart.month', { month });
  const payback = totals.payback_month ? monthText(totals.payback_month) : catalog.text('value.never');
  const showTotal = (name) => {
    const v = totals[name];
    if (name === 'payback_month') return payback;
    if (MONEY_TOTALS.includes(name)) return format.money(v);
    if (name === 'roi' || name === 'break_even_conversion_rate') return format.percent(v);
    return format.number(v);
  };

  const figures = [
    { key: key('roi'), value: format.percent(totals.roi), tone: toneOf(totals.roi) },
    { key: key('net_profit'), value: format.money(totals.net_profit), tone: toneOf(totals.net_profit) },
    { key: key('payback_month'), value: payback },
    { key: key('cost_per_incremental_customer'), value: format.money(totals.cost_per_incremental_customer) },
    { key: key('break_even_conversion_rate'), value: format.percent(totals.break_even_conversion_rate) },
  ];
  const chartDescription = totals.payback_month
    ? catalog.text('ui.chart.payback', { month: totals.payback_month })
    : catalog.text('ui.chart.no_payback');

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
        description: chartDescription, format: format.money, monthLabel: monthText }),
      h('p', { class: 'chart-note', text: chartDescription })),
    figureTable(catalog, 'ui.widget.all_figures', Object.keys(totals).map((name) => ({ key: key(name), value: showTotal(name) }))),
    table);

  return { element, figures, announcement: announcement(catalog, figures, 3) };
}
