// The VCP contacts: add, edit, remove and reorder; the mirrored questions
// "me → them" / "them → me"; traits as toggle buttons; each contact's mutual
// level and next action in words, from the core's last result.
import { h, uniqueId, replaceChildren } from './dom.js';
import { createField } from './fields.js';
import { assessmentText } from './results-vcp.js';

const SIDES = ['mine', 'theirs'];

export function contactsEditor({ metadata, catalog, format, contacts, onChange }) {
  let list = structuredClone(contacts);
  let cards = [];
  // Which contacts are unfolded; follows a contact when the list is reordered.
  const unfolded = new WeakSet();
  const maxContacts = metadata.limits.contacts;
  const container = h('div', { class: 'contact-list' });
  const fullNote = h('p', { class: 'field-help', hidden: true, text: catalog.text('ui.vcp.contacts_full', { count: maxContacts }) });
  const addButton = h('button', { type: 'button', class: 'button', text: catalog.text('ui.vcp.add_contact'), onclick: add });
  const headingId = uniqueId('contacts');
  const element = h('section', { class: 'contacts', 'aria-labelledby': headingId },
    h('h4', { id: headingId, text: catalog.text('input.vcp.contacts.label') }),
    h('p', { class: 'field-help', text: catalog.text('input.vcp.contacts.help') }),
    container, h('div', { class: 'contacts-actions' }, addButton, fullNote));

  const changed = () => onChange(structuredClone(list));

  function add() {
    if (list.length >= maxContacts) return;
    list.push({ name: catalog.text('ui.vcp.new_contact', { number: list.length + 1 }) });
    render(list.length - 1);
    cards.at(-1).nameField.control.focus();
    cards.at(-1).nameField.control.select();
    changed();
  }

  function remove(index) {
    list.splice(index, 1);
    render();
    const next = cards[Math.min(index, cards.length - 1)];
    (next ? next.summary : addButton).focus();
    changed();
  }

  function move(index, by, button) {
    const target = index + by;
    if (target < 0 || target >= list.length) return;
    [list[index], list[target]] = [list[target], list[index]];
    render(target);
    cards[target][button].focus();
    changed();
  }

  function card(contact, index) {
    const summaryName = h('span', { class: 'contact-name', text: contact.name });
    const summaryState = h('span', { class: 'contact-state' });
    const summary = h('summary', {}, summaryName, summaryState);
    const actionHelp = h('p', { class: 'field-help contact-advice' });

    const nameField = createField({ info: { name: 'name', kind: 'text' }, keys: { label: 'contact.name.label', help: 'contact.name.help' },
      catalog, format, value: contact.name, onChange: ({ value }) => {
        contact.name = value;
        summaryName.textContent = value;
        nameButtons();
        changed();
      } });

    const traitsId = uniqueId('traits');
    const traits = h('div', { class: 'traits', role: 'group', 'aria-labelledby': traitsId },
      metadata.traits.map(({ name }) => {
        const pressed = () => (contact.traits ?? []).includes(name);
        const button = h('button', { type: 'button', class: 'toggle', 'aria-pressed': String(pressed()),
          title: catalog.text(`trait.${name}.help`), text: catalog.text(`trait.${name}`) });
        button.addEventListener('click', () => {
          const current = new Set(contact.traits ?? []);
          if (current.has(name)) current.delete(name); else current.add(name);
          // Keep the metadata's order so documents do not depend on click order.
          contact.traits = metadata.traits.map((t) => t.name).filter((t) => current.has(t));
          button.setAttribute('aria-pressed', String(current.has(name)));
          changed();
        });
        return button;
      }));

    const directionFields = {};
    const sides = SIDES.map((side) => h('fieldset', { class: 'direction' },
      h('legend', { text: catalog.text(`contact.${side}.title`) }),
      metadata.direction.map((info) => {
        const field = createField({ info, catalog, format,
          keys: { label: `contact.${side}.${info.name}.label`, help: `contact.${side}.${info.name}.help` },
          value: contact[side]?.[info.name] ?? info.default,
          onChange: ({ value, problem }) => {
            field.showError(problem ?? null);
            if (problem) return;
            contact[side] = { ...contact[side], [info.name]: value };
            changed();
          } });
        directionFields[`${side}.${info.name}`] = field;
        return field.element;
      })));

    const upButton = h('button', { type: 'button', class: 'button small', text: '↑',
      disabled: index === 0, onclick: () => move(index, -1, 'upButton') });
    const downButton = h('button', { type: 'button', class: 'button small', text: '↓',
      disabled: index === list.length - 1, onclick: () => move(index, 1, 'downButton') });
    const removeButton = h('button', { type: 'button', class: 'button small danger', text: catalog.text('ui.vcp.remove_contact'),
      onclick: () => remove(index) });
    // The buttons say whose they are: "Move up: Anna".
    function nameButtons() {
      for (const [button, key] of [[upButton, 'ui.widget.vcp.move_up'], [downButton, 'ui.widget.vcp.move_down'], [removeButton, 'ui.vcp.remove_contact']]) {
        button.setAttribute('aria-label', `${catalog.text(key)}: ${contact.name}`);
      }
    }
    nameButtons();

    const element = h('details', { class: 'contact', open: unfolded.has(contact) },
      summary,
      h('div', { class: 'contact-body' },
        actionHelp,
        nameField.element,
        h('div', { class: 'field' }, h('p', { class: 'group-label', id: traitsId, text: catalog.text('contact.traits.label') }),
          traits, h('p', { class: 'field-help', text: catalog.text('contact.traits.help') })),
        h('div', { class: 'directions' }, sides),
        h('div', { class: 'contact-actions' }, upButton, downButton, removeButton)));

    element.addEventListener('toggle', () => (element.open ? unfolded.add(contact) : unfolded.delete(contact)));
    return {
      element, summary, nameField, upButton, downButton,
      assess(assessment) {
        const words = assessmentText(assessment, catalog);
        const state = ` — ${words.level} · ${words.action}`;
        if (summaryState.textContent !== state) summaryState.textContent = state;
        if (actionHelp.textContent !== words.actionHelp) actionHelp.textContent = words.actionHelp;
      },
      showErrors(problems) {
        nameField.showError(problems.name ?? null);
        for (const [path, field] of Object.entries(directionFields)) field.showError(problems[path] ?? null);
      },
    };
  }

  function render(openIndex = -1) {
    if (openIndex >= 0) unfolded.add(list[openIndex]);
    cards = list.map((contact, i) => card(contact, i));
    if (list.length === 0) replaceChildren(container, h('p', { class: 'empty', text: catalog.text('ui.vcp.no_contacts') }));
    else replaceChildren(container, cards.map((c) => c.element));
    addButton.disabled = list.length >= maxContacts;
    fullNote.hidden = list.length < maxContacts;
  }

  render();
  return {
    element,
    // The core's assessments, in the order of the list.
    showAssessments(assessments) { assessments.forEach((a, i) => cards[i]?.assess(a)); },
    // problems: Map index → {name: text, 'mine.knows_business': text, …}
    showErrors(problemsByContact) { cards.forEach((c, i) => c.showErrors(problemsByContact.get(i) ?? {})); },
  };
}
