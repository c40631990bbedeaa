// An input's value as a reader reads it (not as it is typed): in the
// printed plan's list of inputs and in a closed group's one-line summary.
import { showDate } from './dates.js';

export function inputValue(info, value, { catalog, format }) {
  if (value === undefined || value === null) return format.none;
  switch (info.kind) {
    case 'rate': return format.percent(value);
    case 'money': return format.money(value);
    case 'integer': return format.integer(value);
    case 'count': return format.number(value);
    case 'bool': return catalog.text(value ? 'ui.widget.yes' : 'ui.widget.no');
    case 'choice': return catalog.text(`choice.${info.name}.${value}`);
    case 'date': return showDate(value, catalog.lang);
    default: return String(value);
  }
}
