// Results of a gift-card campaign: key figures, the funnel from card to new
// customer, and every total.
import { h } from './dom.js';
import { announcement, barList, figureTable, keyFigures, toneOf } from './figures.js';

const COUNTS = new Set(['cards_sent', 'cards_passed_on', 'friend_redemptions', 'self_redemptions', 'unredeemed_cards', 'new_customers']);
const FUNNEL = ['cards_sent', 'cards_passed_on', 'friend_redemptions', 'new_customers'];
const SIDE = ['self_redemptions', 'unredeemed_cards'];

function funnel(totals, { catalog, format }) {
  const top = totals.cards_sent || 1;
  const bars = (names) => names.map((name) => ({ label: catalog.text(`result.gift_card.${name}`),
    share: totals[name] / top, value: format.number(totals[name]) }));
  return h('figure', { class: 'funnel' },
    h('figcaption', { text: catalog.text('ui.chart.funnel') }),
    barList('ol', 'bars', bars(FUNNEL)),
    barList('ul', 'bars bars-side', bars(SIDE)));
}

export function giftCardResults(document, context) {
  const { catalog, format } = context;
  const { totals } = document.result;
  const key = (name) => `result.gift_card.${name}`;
  const show = (name) => {
    const v = totals[name];
    if (COUNTS.has(name)) return format.number(v);
    if (name === 'roi' || name === 'breakage_rate' || name === 'break_even_friend_conversion') return format.percent(v);
    return format.money(v);
  };
  const figures = [
    { key: key('roi'), value: format.percent(totals.roi), tone: toneOf(totals.roi) },
    { key: key('net_profit'), value: format.money(totals.net_profit), tone: toneOf(totals.net_profit) },
    { key: key('cost_per_new_customer'), value: format.money(totals.cost_per_new_customer) },
    // A break-even at 0 or none reads as a fault unless it says why.
    { key: key('break_even_friend_conversion'), value: format.percent(totals.break_even_friend_conversion),
      beside: [0, null].includes(totals.break_even_friend_conversion)
        && catalog.text(key(`break_even_friend_conversion.${totals.break_even_friend_conversion === 0 ? 'zero' : 'none'}`)) },
    { key: key('max_card_value'), value: format.money(totals.max_card_value) },
  ];
  const element = h('div', { class: 'results-body' },
    keyFigures(catalog, figures),
    funnel(totals, context),
    figureTable(catalog, 'ui.widget.all_figures', Object.keys(totals).map((name) => ({ key: key(name), value: show(name) }))));
  return { element, figures, announcement: announcement(catalog, figures, 3) };
}
