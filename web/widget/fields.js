// One form field from one entry of the core's input metadata: label, unit
// and help come from the metadata and the catalog, never typed here.
import { h, uniqueId } from './dom.js';
import { parseTypedNumber } from './format.js';

// Rates are fractions in documents and percentages on screen.
const SCALE = { rate: 100 };

function unitText(info, catalog, format) {
  if (info.kind === 'rate') return catalog.text('unit.percent');
  if (info.kind === 'money') return format.currencySymbol();
  return info.unit ? catalog.text(`unit.${info.unit}`) : '';
}

// `keys` = {label, help} catalog keys, or `text` = {label, help} ready-made;
// `onChange({value})` or `onChange({problem})`.
export function createField({ info, keys, text, catalog, format, value, onChange }) {
  const labelText = text?.label ?? catalog.text(keys.label);
  // (the help of an input under "More assumptions" may come later: setHelp)
  let baseHelp = text ? text.help ?? '' : catalog.has(keys.help) ? catalog.text(keys.help) : '';
  const id = uniqueId(info.name);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  // The input's range is said only when a value is refused (problems.js):
  // on every field it was noise ("from 0 € to 1,000,000,000 €").
  const help = h('p', { class: 'field-help', id: helpId, text: baseHelp });
  const describedBy = `${helpId} ${errorId} ${id}-note`;
  let control;
  let show;
  let refreshHelp = () => { help.textContent = baseHelp; };

  if (info.kind === 'bool') {
    control = h('input', { type: 'checkbox', id, 'aria-describedby': describedBy, onchange: () => onChange({ value: control.checked }) });
    show = (v) => { control.checked = Boolean(v); };
    const row = h('div', { class: 'field field-check' },
      h('div', { class: 'check-row' }, control, h('label', { for: id, text: labelText })), help, error);
    show(value);
    return finish(row);
  }

  if (info.kind === 'choice') {
    control = h('select', { id, 'aria-describedby': describedBy },
      info.choices.map((choice) => h('option', { value: choice, text: catalog.text(`choice.${info.name}.${choice}`) })));
    refreshHelp = () => {
      const key = `choice.${info.name}.${control.value}.help`;
      help.textContent = [baseHelp, catalog.has(key) ? catalog.text(key) : ''].filter(Boolean).join(' ');
    };
    control.addEventListener('change', () => { refreshHelp(); onChange({ value: control.value }); });
    show = (v) => { control.value = v; refreshHelp(); };
  } else if (info.kind === 'currency') {
    control = h('input', { type: 'text', id, 'aria-describedby': describedBy, maxLength: 3, size: 4,
      autocomplete: 'off', spellcheck: false, autocapitalize: 'characters' });
    control.addEventListener('input', () => onChange({ value: control.value.trim().toUpperCase() }));
    show = (v) => { control.value = v; };
  } else if (info.kind === 'date') {
    // A day (YYYY-MM-DD, the spec's range); empty = the input is absent from
    // the document (undefined, never null).
    control = h('input', { type: 'date', id, 'aria-describedby': describedBy, min: '2000-01-01', max: '2100-12-31', autocomplete: 'off' });
    control.addEventListener('input', () => onChange({ value: control.value.trim() || undefined }));
    show = (v) => { control.value = v ?? ''; };
  } else if (info.kind === 'text') {
    // Free text (a contact's name): the core trims and checks it.
    control = h('input', { type: 'text', id, 'aria-describedby': describedBy, size: 24, autocomplete: 'off' });
    control.addEventListener('input', () => onChange({ value: control.value }));
    show = (v) => { control.value = v; };
  } else {
    const scale = SCALE[info.kind] ?? 1;
    control = h('input', { type: 'text', id, inputMode: info.kind === 'integer' ? 'numeric' : 'decimal',
      autocomplete: 'off', spellcheck: false, 'aria-describedby': describedBy, size: 10 });
    control.addEventListener('input', () => {
      const typed = parseTypedNumber(control.value, format.decimalSeparator);
      if (typed === null) onChange({ problem: catalog.text('ui.widget.error.number') });
      else onChange({ value: scale === 1 ? typed : typed / scale });
    });
    show = (v) => { control.value = format.editable(scale === 1 ? v : v * scale); };
  }

  const unit = unitText(info, catalog, format);
  const row = h('div', { class: 'field' },
    h('label', { for: id }, labelText, unit ? h('span', { class: info.kind === 'money' ? 'unit unit-money' : 'unit', text: ` (${unit})` }) : null),
    control, help, error);
  show(value);
  return finish(row);

  function finish(element) {
    let sourceBox = null;
    // A figure of the last result that helps choose this input's value.
    const resultNote = h('p', { class: 'field-help field-note', id: `${id}-note`, hidden: true });
    help.after(resultNote);
    return {
      element,
      control,
      name: info.name,
      setValue: show,
      // The help text, when it comes after the field (catalog.js's 'help' part).
      setHelp(helpText) {
        baseHelp = helpText;
        refreshHelp();
      },
      // A preset value's footnote (an element), or null to remove it.
      // Its summary joins the field's description, so a screen reader names it with the field.
      showSource(note) {
        sourceBox?.remove();
        sourceBox = note;
        if (note) {
          note.id ||= `${id}-source`;
          error.before(note);
        }
        control.setAttribute('aria-describedby', note ? `${describedBy} ${note.id}` : describedBy);
      },
      // Text, or null to hide it; touches the DOM only on change.
      showNote(text) {
        if ((text ?? '') === resultNote.textContent) return;
        resultNote.textContent = text ?? '';
        resultNote.hidden = !text;
      },
      showError(message) {
        // Called for every field after every computation: touch the DOM only on change.
        if ((message ?? '') === error.textContent) return;
        error.hidden = !message;
        error.textContent = message ?? '';
        if (message) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      },
    };
  }
}
