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

// info: the metadata entry of the field, when there is one.
export function describeProblem(problem, info, { catalog, format }) {
  const rule = problem.rule ?? '';
  if (problem.path === 'inputs') return catalog.text('error.overflow');
  if (/\.name$/.test(problem.path) && /must have/.test(rule)) return catalog.text('ui.vcp.name_invalid');
  if (rule.startsWith('must be between') && info) return `${catalog.text('error.range')}. ${rangeOf(info, catalog, format)}`;
  if (rule.startsWith('must be an integer')) return catalog.text('ui.widget.error.integer');
  if (rule.startsWith('must be a currency code')) return catalog.text('ui.widget.error.currency');
  if (rule.startsWith('is not a known field')) return `${catalog.text('error.unknown_field')}: ${problem.path}`;
  if (/^must be (a|an|true)/.test(rule)) return `${catalog.text('error.type')}: ${problem.message}`;
  return problem.message;
}
