// Results of the VCP self-assessment: partners against the target, the
// relationships per mutual level, and whom to invest in next.
import { h } from './dom.js';
import { announcement, barList, keyFigures } from './figures.js';
import { showDate } from './dates.js';

export const LEVELS = ['none', 'visibility', 'credibility', 'profitability'];

function levelBars(summary, { catalog, format }) {
  const top = Math.max(1, ...LEVELS.map((l) => summary.level_counts[l]));
  return h('figure', { class: 'levels' },
    h('figcaption', { text: catalog.text('ui.chart.levels') }),
    barList('ul', 'bars', LEVELS.map((level) => ({ label: catalog.text(`level.${level}`), fillClass: `level-${level}`,
      share: summary.level_counts[level] / top, value: format.integer(summary.level_counts[level]) }))));
}

function investNext(document, { catalog }) {
  const { summary, contacts } = document.result;
  const byName = new Map(contacts.map((c) => [c.name, c]));
  return h('section', { class: 'invest-next' },
    h('h4', { text: catalog.text('result.vcp.invest_next') }),
    summary.invest_next.length === 0
      ? h('p', { text: catalog.text('ui.widget.vcp.invest_none') })
      : h('ol', {}, summary.invest_next.map((name) => {
        const action = byName.get(name)?.next_action;
        return h('li', {}, h('strong', { text: name }), action ? ` — ${catalog.text(`action.${action}`)}` : '');
      })),
    h('p', { class: 'figure-help', text: catalog.text('result.vcp.invest_next.help') }));
}

// Who brought the most closed business (spec §4: up to 3, above 0).
function topSources(summary, { catalog }) {
  return h('section', { class: 'top-sources' },
    h('h4', { text: catalog.text('result.vcp.top_sources') }),
    h('ol', {}, summary.top_sources.map((name) => h('li', { text: name }))),
    h('p', { class: 'figure-help', text: catalog.text('result.vcp.top_sources.help') }));
}

export function vcpResults(document, context) {
  const { catalog, format } = context;
  const { summary } = document.result;
  const key = (name) => `result.vcp.${name}`;
  const figures = [
    { key: key('profitability_partners'), value: `${format.integer(summary.profitability_partners)} / ${format.integer(summary.target_partners)}` },
    { key: key('partner_gap'), value: format.integer(summary.partner_gap) },
    { key: key('portfolio_score'), value: format.number(summary.portfolio_score) },
    { key: key('referral_balance'), value: format.number(summary.referral_balance) },
  ];
  // With a referral log (a day to count to): closed business both ways, over
  // the window up to that day, and who brought the most.
  const asOf = summary.as_of;
  const period = asOf && `${showDate(asOf, catalog.lang)} · ${format.integer(summary.window_days)} ${catalog.text('unit.days')}`;
  if (asOf) {
    figures.push({ key: key('closed_value_received'), value: format.money(summary.closed_value_received), beside: period },
      { key: key('closed_value_given'), value: format.money(summary.closed_value_given), beside: period });
  }
  const element = h('div', { class: 'results-body' },
    keyFigures(catalog, figures),
    levelBars(summary, context),
    summary.top_sources?.length ? topSources(summary, context) : null,
    investNext(document, context));
  // The day used when none is typed: the log's latest.
  const fieldNotes = { as_of: !document.inputs.as_of && asOf ? `${catalog.text(key('as_of'))}: ${showDate(asOf, catalog.lang)}` : null };
  return { element, figures, fieldNotes, announcement: announcement(catalog, figures, 2) };
}

// One contact's assessment in words, for its card in the editor.
export function assessmentText(assessment, catalog) {
  return {
    level: `${catalog.text('result.vcp.mutual_level')}: ${catalog.text(`level.${assessment.mutual_level}`)}`,
    action: `${catalog.text('result.vcp.next_action')}: ${catalog.text(`action.${assessment.next_action}`)}`,
    actionHelp: catalog.text(`action.${assessment.next_action}.help`),
  };
}
