// "More assumptions": the inputs a calculator's first screen does not open
// (form-order.js), in groups that start closed and show their values in one
// line. Which groups are open is the reader's layout, never the scenario's.
import { h } from './dom.js';
import { inputValue } from './input-value.js';

// groups: formLayout()'s [{id, infos}]; field(info): an input's element;
// open: ids of the groups to draw open (those the reader had opened);
// onOpen(): a group was opened (its fields' help may still have to come).
export function moreAssumptions({ groups, kind, catalog, field, open, onOpen }) {
  const drawn = groups.map(({ id, infos }) => {
    const values = h('span', { class: 'group-values' });
    const element = h('details', { class: 'more-group', open: open.has(id) },
      h('summary', {}, h('span', { class: 'group-title', text: catalog.fit(`ui.widget.group.${id}`) }), values),
      h('div', { class: 'form' }, infos.map(field)));
    element.addEventListener('toggle', () => { if (element.open) onOpen(); });
    return { id, infos, values, element };
  });
  return {
    element: drawn.length > 0
      ? h('div', { class: 'more' }, h('h4', { text: catalog.text('ui.widget.more_assumptions') }), drawn.map((g) => g.element)) : null,
    openIds: () => new Set(drawn.filter((g) => g.element.open).map((g) => g.id)),
    names: () => drawn.flatMap((g) => g.infos.map((info) => info.name)),
    // Each closed group's line: every input's label and value as a reader reads it.
    showValues(inputs, { format }) {
      for (const { infos, values } of drawn) {
        const text = infos.map((info) => `${catalog.text(`input.${kind}.${info.name}.label`)} ${inputValue(info, inputs[info.name], { catalog, format })}`)
          .join(' · ');
        if (values.textContent !== text) values.textContent = text;
      }
    },
    // A refused value in a closed group: the group opens to show it.
    reveal(names) {
      for (const group of drawn) if (group.infos.some((info) => names.has(info.name))) group.element.open = true;
    },
  };
}
