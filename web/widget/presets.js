// Industry presets: the core's presets document (`passaparola presets --json`,
// written next to the widget at build time) fetched only when a reader opens
// the menu, with this module (bundled from presets-ui.js, which adds the
// menu's list and the sources' footnotes), so readers who never use it download neither. The widget applies
// a preset as an ordinary scenario document, so the core validates it.

let loading;
// Relative to this module, so the file comes from the widget's own folder
// (same origin as the .wasm: a strict CSP's 'self' allows it).
export function loadPresets(url = new URL('./presets.json', import.meta.url)) {
  loading ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`presets: HTTP ${response.status}`);
    return response.json();
  }).catch((error) => {
    loading = undefined;  // a later opening tries again
    throw error;
  });
  return loading;
}

// The presets that fill this calculator: [{id, values: {input: {value, source?, assumption?, note}}}];
// `note` is the catalog key of the value's words in the reader's language
// (`preset.<id>.<kind>.<input>` + `.measured` / `.assumption`, i18n/<lang>/model.json).
export const presetsFor = (document, kind) =>
  (document?.presets ?? []).filter((p) => p.scenarios?.[kind]).map((p) => ({ id: p.id,
    values: Object.fromEntries(Object.entries(p.scenarios[kind]).map(([name, entry]) =>
      [name, { ...entry, note: `preset.${p.id}.${kind}.${name}` }])) }));

// A preset as a scenario document: its values over the spec's defaults; the
// reader's currency is kept, since amounts are read in the reader's money.
export function presetDocument(preset, kind, schema, currency) {
  const inputs = Object.fromEntries(Object.entries(preset.values).map(([name, entry]) => [name, entry.value]));
  if (currency && !('currency' in inputs) && kind !== 'vcp') inputs.currency = currency;
  return { schema, kind, inputs };
}

// Where one value comes from, in words: {summary, lines}. The publication
// (its title as published), its year (or "undated") and what was measured; or
// the plain assumption; a derived value has both. What was measured and the
// assumption are the catalog's, in the reader's language.
export function sourceText(entry, catalog) {
  const lines = [];
  let summary;
  if (entry.source) {
    const year = entry.source.year ?? catalog.text('preset.undated');
    summary = `${catalog.text('preset.source')} (${year})`;
    lines.push(`${entry.source.publication}, ${year}.`, catalog.text(`${entry.note}.measured`));
    if (entry.source.url) lines.push(entry.source.url);
  }
  const assumption = entry.assumption && catalog.text(`${entry.note}.assumption`);
  if (assumption && summary) {
    summary = `${summary} + ${catalog.text('preset.assumption').toLowerCase()}`;
    lines.push(`${catalog.text('preset.assumption')}: ${assumption}`);
  } else if (assumption) {
    summary = catalog.text('preset.assumption');
    lines.push(assumption);
  }
  return { summary, lines };
}
