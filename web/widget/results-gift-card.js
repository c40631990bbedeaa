// Results of a gift-card campaign: key figures, the funnel from card to new
// customer, and every total.
import { h } from './dom.js';
import { announcement, barList, figureTable, keyFigures, keyOrder, limitNote, showFigure, toneOf, unitsOf } from './figures.js';
import { gift_card as meta } from './result-units.js';

const FUNNEL = ['cards_sent', 'cards_passed_on', 'friend_redemptions', 'new_customers'];
const SIDE = ['self_redemptions', 'unredeemed_cards'];

function funnel(totals, show, { catalog }) {
  const top = totals.cards_sent || 1;
  const bars = (names) => names.map((name) => ({ label: catalog.text(`result.gift_card.${name}`),
    share: totals[name] / top, value: show(name) }));
  return h('figure', { class: 'funnel' },
    h('figcaption', { text: catalog.text('ui.chart.funnel') }),
    barList('ol', 'bars', bars(FUNNEL)),
    barList('ul', 'bars bars-side', bars(SIDE)));
}

export function giftCardResults(document, context) {
  const { catalog } = context;
  const { totals } = document.result;
  const key = (name) => `result.gift_card.${name}`;
  const units = unitsOf(meta.totals, totals);
  const show = (name) => showFigure(units[name], totals[name], context);
  // A figure at 0, none or its limit reads as a fault unless it says why: a
  // break-even of 0, a card that may cover the whole purchase.
  const atLimit = totals.max_card_value > 0 && totals.max_card_value === document.inputs.redemption_spend;
  const figures = keyOrder(meta.key, totals, ['net_profit', 'roi', 'cost_per_new_customer', 'break_even_friend_conversion',
    'max_card_value']).map((name) => ({ key: key(name), value: show(name), tone: ['roi', 'net_profit'].includes(name) && toneOf(totals[name]),
    beside: limitNote(catalog, key(name), totals[name], name === 'max_card_value' && atLimit && 'limit') }));
  const element = h('div', { class: 'results-body' },
    funnel(totals, show, context),
    figureTable(catalog, 'ui.widget.all_figures', Object.keys(totals).map((name) => ({ key: key(name), value: show(name) }))));
  return { answer: keyFigures(catalog, figures), element, figures, announcement: announcement(catalog, figures, 3) };
}
