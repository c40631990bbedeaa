// The core's problems ({path, rule, got, message}) in the reader's language,
// placed next to the field they name. The core decides what is wrong; this
// only words it.

// "inputs.contacts[2].mine.referrals_per_quarter" → where to show it.
export function locate(path) {
  let m = /^inputs\.contacts\[(\d+)\]\.(name|(?:mine|theirs)\.\w+)$/.exec(path);
  if (m) return { scope: 'contact', index: Number(m[1]), field: m[2] };
  m = /^inputs\.contacts\[(\d+)\]/.exec(path);
  if (m) return { scope: 'contact', index: Number(m[1]), field: 'name' };
  m = /^inputs\.(\w+)$/.exec(path);
  if (m) return { scope: 'input', name: m[1] };
  return { scope: 'general' };
}

function rangeOf(info, catalog, format) {
  const show = info.kind === 'rate' ? format.percent : info.kind === 'money' ? format.money : format.number;
  return catalog.text('ui.help.range', { min: show(info.min), max: show(info.max) });
}

// The wording of each of the core's problem codes (core/include/passaparola/
// outcome.hpp lists them): picked by code, never by the English rule.
const WORDING = {
  overflow: 'error.overflow',
  name_length: 'ui.vcp.name_invalid',
  integer: 'ui.widget.error.integer',
  currency: 'ui.widget.error.currency',
};
const TYPE_CODES = new Set(['type', 'finite', 'date']);

// info: the metadata entry of the field, when there is one.
export function describeProblem(problem, info, { catalog, format }) {
  const { code } = problem;
  if (WORDING[code]) return catalog.text(WORDING[code]);
  if (code === 'range' && info) return `${catalog.text('error.range')}. ${rangeOf(info, catalog, format)}`;
  if (code === 'unknown_field') return `${catalog.text('error.unknown_field')}: ${problem.path}`;
  if (TYPE_CODES.has(code)) return `${catalog.text('error.type')}: ${problem.message}`;
  return problem.message;
}
