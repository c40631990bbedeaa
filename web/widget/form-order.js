// How the form shows a calculator's inputs: first the few that move its
// answer most (the top of the tornado at the spec's defaults and at the
// presets), the rest under "More assumptions" in groups a reader can open.
// The layout is not state: a share link holds the inputs, never which group
// was open.

// Where the form shows an input that the spec's table (the core's order, for
// validation and the tornado) lists elsewhere: how long customers keep their
// value next to how long the program runs, the time to decide next to the
// conversion rate, a platform's fee next to the rewards it adds to, a VCP's
// day of assessment next to the window it ends.
const FOLLOWER = { horizon_months: 'tail_months', conversion_rate: 'conversion_lag_months', reward_cost_ratio: 'fee_per_conversion',
  window_days: 'as_of' };
const FOLLOWERS = new Set(Object.values(FOLLOWER));

const formOrder = (infos) => infos.flatMap((info) => (FOLLOWERS.has(info.name) ? []
  : [info, ...infos.filter((other) => other.name === FOLLOWER[info.name])]));

// The inputs open from the start, per calculator; with a VCP, its contacts.
const ESSENTIAL = {
  program: ['customers', 'advocate_rate', 'referrals_per_advocate', 'conversion_rate', 'average_order_value', 'gross_margin',
    'referrer_reward'],
  gift_card: ['cards_per_wave', 'card_value', 'pass_on_rate', 'friend_redemption_rate', 'friend_conversion', 'new_customer_value'],
  vcp: ['target_partners', 'contacts'],
};
// The groups under "More assumptions", in this order; an input named in no
// group (a new one) goes to the last.
export const GROUPS = ['customers', 'costs', 'timing', 'advanced'];
const GROUP_OF = {
  customers: ['monthly_churn', 'organic_share', 'orders_per_month', 'referred_value_uplift', 'referred_churn', 'referred_refer',
    'market_size', 'self_redemption_rate', 'redemption_spend', 'gross_margin', 'cannibalization', 'regular_referrals_per_quarter'],
  costs: ['friend_reward', 'reward_cost_ratio', 'fee_per_conversion', 'setup_cost', 'monthly_cost', 'donation_share', 'card_unit_cost',
    'referrer_reward', 'fixed_cost'],
  timing: ['horizon_months', 'tail_months', 'conversion_lag_months', 'annual_discount_rate', 'waves', 'window_days', 'as_of'],
};
// Whether a calculator's form shows an input from the start: the help of the
// others comes when a group first opens (web/tools/catalogs.mjs).
export const isEssential = (kind, name) => Boolean(ESSENTIAL[kind]?.includes(name));
const groupOf = (name) => GROUPS.find((group) => GROUP_OF[group]?.includes(name)) ?? 'advanced';

// {essential: [info], groups: [{id, infos}]} for one calculator's inputs.
export function formLayout(kind, infos) {
  const ordered = formOrder(infos);
  const essential = ESSENTIAL[kind] ?? [];
  return {
    essential: essential.map((name) => ordered.find((info) => info.name === name)).filter(Boolean),
    groups: GROUPS.map((id) => ({ id, infos: ordered.filter((info) => !essential.includes(info.name) && groupOf(info.name) === id) }))
      .filter((group) => group.infos.length > 0),
  };
}
