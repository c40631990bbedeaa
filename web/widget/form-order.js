// Where the form shows an input that the spec's table (the core's order, for
// validation and the tornado) lists elsewhere: how long customers keep their
// value next to how long the program runs, the time to decide next to the
// conversion rate, a platform's fee next to the rewards it adds to, a VCP's
// day of assessment next to the window it ends.
const FOLLOWER = { horizon_months: 'tail_months', conversion_rate: 'conversion_lag_months', reward_cost_ratio: 'fee_per_conversion',
  window_days: 'as_of' };
const FOLLOWERS = new Set(Object.values(FOLLOWER));

export const formOrder = (infos) => infos.flatMap((info) => (FOLLOWERS.has(info.name) ? []
  : [info, ...infos.filter((other) => other.name === FOLLOWER[info.name])]));
