// The industry presets' menu as the calculator first draws it: a disclosure
// and its title. What it lists, and all that presets need (presets.js: the
// presets document, the wording of their sources), comes when a reader
// first opens it: most readers never do, and the first download stays small.
import { h } from './dom.js';

let loading;
// presets.js once it has arrived: a preset applied is drawn with its sources at once.
export let presetsModule = null;

function loadPresetsModule() {
  loading ??= import(new URL('./presets.js', import.meta.url).href).then((module) => {
    presetsModule = module;
    return module;
  }, (error) => {
    loading = undefined;  // a later opening tries again
    throw error;
  });
  return loading;
}

// `loadStrings` resolves to the catalog with the presets' strings; `onApply`
// is given the preset and presets.js.
export function presetMenu({ catalog, loadStrings, kind, current, onApply, onNone }) {
  const list = h('div', { class: 'preset-list', 'aria-busy': 'true' });
  const status = h('p', { class: 'field-help', role: 'status', text: '…' });
  const title = catalog.text('preset.title');
  const menu = h('details', { class: 'presets' },
    h('summary', { text: current ? `${title}: ${catalog.text(`preset.${current}.label`)}` : title }),
    status, list);
  let shown = false;
  menu.addEventListener('toggle', async () => {
    if (!menu.open || shown) return;
    shown = true;
    try {
      const [module, strings] = await Promise.all([loadPresetsModule(), loadStrings()]);
      await module.fillPresetMenu({ list, status, strings, kind, current, onNone,
        onApply: (preset) => onApply(preset, module) });
    } catch {
      shown = false;
      status.textContent = catalog.text('ui.widget.preset.load_failed');
    }
  });
  return menu;
}
