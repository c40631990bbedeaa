// Results of the VCP self-assessment: partners against the target, the
// relationships per mutual level, and whom to invest in next.
import { h } from './dom.js';
import { announcement, barList, keyFigures, limitNote } from './figures.js';

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

export function vcpResults(document, context) {
  const { catalog, format } = context;
  const { summary } = document.result;
  const key = (name) => `result.vcp.${name}`;
  const figures = [
    { key: key('profitability_partners'), value: `${format.integer(summary.profitability_partners)} / ${format.integer(summary.target_partners)}` },
    // The target reached, or no contact to score yet, says so beside the figure.
    { key: key('partner_gap'), value: format.integer(summary.partner_gap), beside: limitNote(catalog, key('partner_gap'), summary.partner_gap) },
    { key: key('portfolio_score'), value: format.number(summary.portfolio_score),
      beside: limitNote(catalog, key('portfolio_score'), summary.portfolio_score) },
    { key: key('referral_balance'), value: format.number(summary.referral_balance) },
  ];
  // With a referral log: closed business both ways and who brought the most,
  // drawn by the log's module (log-editor.js) once it is here (it comes at
  // once when a contact has a log) with its strings.
  const logged = summary.as_of && context.logKit?.module.closedBusiness(summary, context);
  figures.push(...(logged?.figures ?? []));
  const element = h('div', { class: 'results-body' },
    levelBars(summary, context),
    logged?.section,
    investNext(document, context));
  return { answer: keyFigures(catalog, figures), element, figures, announcement: announcement(catalog, figures, 2) };
}

// One contact's assessment in words, for its card in the editor.
export function assessmentText(assessment, catalog) {
  return {
    level: `${catalog.text('result.vcp.mutual_level')}: ${catalog.text(`level.${assessment.mutual_level}`)}`,
    action: `${catalog.text('result.vcp.next_action')}: ${catalog.text(`action.${assessment.next_action}`)}`,
    actionHelp: catalog.text(`action.${assessment.next_action}.help`),
  };
}
