// A tab bar (WAI-ARIA tabs pattern): one tab stop, arrow keys move between
// tabs and activate them. Selecting may rebuild the bar: the owner moves the
// focus to the new bar's tab (see `focus`). Loaded, with its rules, only by
// an element that shows several calculators: one calculator's first
// download goes without it.
import { h } from './dom.js';

export { default as styles } from './tabs.css';

export function tabBar({ label, tabs, selected, panelId, onSelect }) {
  const buttons = tabs.map(({ id, text }) => h('button', {
    type: 'button', role: 'tab', id: `${panelId}-tab-${id}`, 'aria-controls': panelId,
    'aria-selected': String(id === selected), tabIndex: id === selected ? 0 : -1, text,
    onclick: () => onSelect(id),
  }));
  const element = h('div', { class: 'tabs', role: 'tablist', 'aria-label': label }, buttons);
  element.addEventListener('keydown', (event) => {
    const current = buttons.indexOf(event.target);
    if (current < 0) return;
    const last = buttons.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + buttons.length) % buttons.length;
    onSelect(tabs[index].id);
  });
  return {
    element,
    select(id) {
      tabs.forEach((tab, i) => {
        buttons[i].setAttribute('aria-selected', String(tab.id === id));
        buttons[i].tabIndex = tab.id === id ? 0 : -1;
      });
    },
    labelledBy: (id) => `${panelId}-tab-${id}`,
    focus: (id) => buttons[tabs.findIndex((tab) => tab.id === id)]?.focus(),
  };
}
