// Which calculators an element shows: its `modes` list (as tabs), else its
// `mode`, else the program calculator. Also read by the iframe page
// (web/embed/embed.js), which starts downloading their strings before the
// widget's module has arrived.
const KINDS = ['program', 'gift_card', 'vcp'];

export function calculatorModes(modesAttribute, modeAttribute) {
  const listed = (modesAttribute ?? '').split(/[\s,]+/).filter((m) => KINDS.includes(m));
  if (listed.length > 0) return [...new Set(listed)];
  return [KINDS.includes(modeAttribute) ? modeAttribute : 'program'];
}
