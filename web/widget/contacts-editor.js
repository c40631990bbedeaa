// The VCP contacts: add, edit, remove and reorder; the mirrored questions
// "me → them" / "them → me"; traits as toggle buttons; each contact's mutual
// level and next action in words, from the core's last result. Each contact's
// referral log is a disclosure whose editor (log-editor.js) and strings come
// when it first opens (loadLog); while a log drives a contact's rates, its
// typed rates are read only, showing the log's. A CSV export is imported from
// the button or dropped on the list (onImport(file)).
import { h, uniqueId, replaceChildren } from './dom.js';
import { createField } from './fields.js';
import { assessmentText } from './results-vcp.js';

const SIDES = ['mine', 'theirs'];

// logKit: {module, catalog} of the log editor once loaded (loadLog() brings
// it); onLog(index, change) applies {add: entry} or {remove: i} to a
// contact's log and answers the log as it now is.
export function contactsEditor({ metadata, catalog, format, contacts, onChange, logKit: initialKit, loadLog, onLog, onImport }) {
  let logKit = initialKit;
  let lastSummary = null;
  let list = structuredClone(contacts);
  let cards = [];
  // Which contacts are unfolded; follows a contact when the list is reordered.
  const unfolded = new WeakSet();
  const maxContacts = metadata.limits.contacts;
  const container = h('div', { class: 'contact-list' });
  const fullNote = h('p', { class: 'field-help', hidden: true, text: catalog.text('ui.vcp.contacts_full', { count: maxContacts }) });
  const addButton = h('button', { type: 'button', class: 'button', text: catalog.text('ui.vcp.add_contact'), onclick: add });
  const headingId = uniqueId('contacts');
  const fileInput = h('input', { type: 'file', accept: '.csv,text/csv,text/plain', hidden: true, tabIndex: -1,
    onchange: () => {
      const file = fileInput.files?.[0];
      fileInput.value = '';
      if (file) onImport(file);
    } });
  const importButton = h('button', { type: 'button', class: 'button', text: catalog.text('import.title'), onclick: () => fileInput.click() });
  // Import results and their bad rows, said as they appear.
  const importStatus = h('div', { class: 'import-status', part: 'import', role: 'status' });
  const element = h('section', { class: 'contacts', 'aria-labelledby': headingId,
    ondragover: (e) => { e.preventDefault(); element.classList.add('dropping'); },
    ondragleave: () => element.classList.remove('dropping'),
    ondrop: (e) => {
      e.preventDefault();
      element.classList.remove('dropping');
      const file = e.dataTransfer.files[0];
      if (file) onImport(file);
    } },
    h('h4', { id: headingId, text: catalog.text('input.vcp.contacts.label') }),
    h('p', { class: 'field-help', text: catalog.text('input.vcp.contacts.help') }),
    container, h('div', { class: 'contacts-actions' }, addButton, importButton, fileInput, fullNote), importStatus);

  // The log editor and its strings, once, for every card.
  const withLog = () => loadLog().then((kit) => {
    logKit = kit;
    for (const c of cards) c.kitArrived();
  });

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

    const traitsHelp = h('p', { class: 'field-help', text: catalog.has('contact.traits.help') ? catalog.text('contact.traits.help') : '' });
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
          'data-trait': name, title: catalog.has(`trait.${name}.help`) ? catalog.text(`trait.${name}.help`) : null,
          text: catalog.text(`trait.${name}`) });
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

    // The referral log: what it shows and does (log-editor.js) comes with its
    // strings, at once when a contact has a log (its rates are then read only)
    // or when a reader first opens one.
    const logDetails = h('details', { class: 'contact-log', part: 'log' }, h('summary', { text: catalog.text('log.title') }));
    let assessment = null;
    let log = null;
    const attachLog = () => {
      log ??= logKit && logKit.module.contactLog({ details: logDetails, contact, directionFields, catalog: logKit.catalog, format,
        maxEntries: metadata.limits.log_entries_per_contact, onLog: (change) => onLog(index, change) });
      log?.assess(assessment, lastSummary);
    };
    logDetails.addEventListener('toggle', () => { if (logDetails.open) withLog().catch(() => {}); });

    const element = h('details', { class: 'contact', open: unfolded.has(contact) },
      summary,
      h('div', { class: 'contact-body' },
        actionHelp,
        nameField.element,
        h('div', { class: 'field' }, h('p', { class: 'group-label', id: traitsId, text: catalog.text('contact.traits.label') }),
          traits, traitsHelp),
        h('div', { class: 'directions' }, sides),
        logDetails,
        h('div', { class: 'contact-actions' }, upButton, downButton, removeButton)));

    element.addEventListener('toggle', () => (element.open ? unfolded.add(contact) : unfolded.delete(contact)));
    attachLog();
    // The questions' and traits' explanations, when they come after the card
    // (the catalog's 'help' part).
    const helpArrived = (withHelp) => {
      nameField.setHelp(withHelp.text('contact.name.help'));
      for (const [path, field] of Object.entries(directionFields)) field.setHelp(withHelp.text(`contact.${path}.help`));
      for (const button of traits.children) button.title = withHelp.text(`trait.${button.dataset.trait}.help`);
      traitsHelp.textContent = withHelp.text('contact.traits.help');
    };
    return {
      element, summary, nameField, upButton, downButton,
      kitArrived: attachLog,
      helpArrived,
      assess(contactAssessment) {
        assessment = contactAssessment;
        log?.assess(assessment, lastSummary);
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
  if (list.some((c) => c.log?.length)) withLog().catch(() => {});
  return {
    element,
    // The core's assessments, in the order of the list, and its summary (the
    // day and window the logs count in).
    showAssessments(assessments, summary) {
      lastSummary = summary ?? null;
      assessments.forEach((a, i) => cards[i]?.assess(a));
    },
    // An import's outcome: lines of text, said by the status region.
    showImport(lines, tone) {
      replaceChildren(importStatus, h('div', { class: `notice ${tone}` }, lines.map((text) => h('p', { text }))));
    },
    // The catalog with the explanations of the questions and traits (its 'help'
    // part), for the cards drawn and those to come.
    helpArrived(withHelp) {
      catalog = withHelp;
      for (const c of cards) c.helpArrived(withHelp);
    },
    // problems: Map index → {name: text, 'mine.knows_business': text, …}
    showErrors(problemsByContact) { cards.forEach((c, i) => c.showErrors(problemsByContact.get(i) ?? {})); },
  };
}
