// The presets' module as the widget loads it (built as presets.js): the data
// and words of presets.js, with the menu's list, the sources' footnotes and
// their rules (presets.css), adopted by the widget's shadow root with the list.
import { h, uniqueId } from './dom.js';
import { adoptStyles } from './adopt-styles.js';
import { presetsFor, loadPresets, sourceText } from './presets.js';
import styles from './presets.css';

export * from './presets.js';

// The footnote under a filled field: a disclosure, so it is one Tab stop and
// read in full by screen readers when opened.
export function sourceNote(entry, catalog) {
  const { summary, lines } = sourceText(entry, catalog);
  return h('details', { class: 'field-source' },
    h('summary', { text: summary }),
    lines.map((line) => h('p', { text: line })));
}

// The menu's list (its shell, drawn with the calculator, is preset-menu.js):
// one button per preset for this calculator, plus "none"; `strings` is the
// catalog with the presets' strings.
export async function fillPresetMenu({ list, status, strings, kind, current, onApply, onNone }) {
  adoptStyles(list, styles);
  const presets = presetsFor(await loadPresets(), kind);
  const option = (id, text, help, onclick) => {
    const helpId = help ? uniqueId('preset') : null;
    return h('div', { class: 'preset-option' },
      h('button', { type: 'button', class: 'button', 'aria-pressed': String(id === current), 'aria-describedby': helpId, text, onclick }),
      help ? h('p', { class: 'field-help', id: helpId, text: help }) : null);
  };
  list.replaceChildren(
    ...presets.map((preset) => option(preset.id, strings.text(`preset.${preset.id}.label`),
      strings.text(`preset.${preset.id}.summary`), () => onApply(preset))),
    option(null, strings.text('preset.none'), null, onNone));
  list.removeAttribute('aria-busy');
  status.textContent = strings.text('ui.widget.preset.hint');
}
