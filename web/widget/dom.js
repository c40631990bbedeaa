// DOM building without markup strings: every text goes through textContent,
// so a contact named `<img src=x onerror=…>` stays text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, props, children) {
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') element.textContent = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.setAttribute('class', value);
    else if (name in element && !(element instanceof SVGElement) && !name.startsWith('aria') && name !== 'role') element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

// h('button', {type: 'button', text: 'OK', onclick: f}, ...children)
export const h = (tag, props, ...children) => build(document.createElement(tag), props, children);
export const svg = (tag, props, ...children) => build(document.createElementNS(SVG_NS, tag), props, children);

// Ids for label/aria wiring; unique within the page, so within any shadow root.
// The count is kept on the page rather than in this module: a section loaded
// later (whatif-body.js) is bundled with its own copy of this file.
const ID_COUNT = Symbol.for('passaparola.idCount');
export const uniqueId = (prefix) => `rc-${prefix}-${(globalThis[ID_COUNT] = (globalThis[ID_COUNT] ?? 0) + 1)}`;

export function replaceChildren(parent, ...children) {
  parent.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return parent;
}

// Brings `current` to look like `next`, touching only what differs, so a
// recomputation re-lays out only the figures that changed and keeps what the
// reader opened. Elements marked `data-replace` (they carry listeners over
// their own data) are swapped whole; `open` is the reader's and left alone.
// Styles go through CSSOM: a strict CSP refuses style attributes set as text.
export function morph(current, next) {
  if (current.nodeType !== next.nodeType || current.nodeName !== next.nodeName
    || (next.nodeType === Node.ELEMENT_NODE && next.hasAttribute('data-replace'))) {
    current.replaceWith(next);
    return;
  }
  if (current.nodeType !== Node.ELEMENT_NODE) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  const wanted = next.attributes;
  for (let i = 0; i < wanted.length; ++i) {
    const { name, value } = wanted[i];
    if (name === 'open' || current.getAttribute(name) === value) continue;
    if (name === 'style') current.style.cssText = next.style.cssText;
    else current.setAttribute(name, value);
  }
  if (current.attributes.length > wanted.length) {
    for (const { name } of [...current.attributes]) if (name !== 'open' && !next.hasAttribute(name)) current.removeAttribute(name);
  }
  if (current.childNodes.length !== next.childNodes.length) {
    current.replaceChildren(...next.childNodes);
    return;
  }
  // Walk both lists together; `replaceWith` moves a node out of `next`, so
  // its successor is taken first.
  for (let have = current.firstChild, want = next.firstChild; have && want;) {
    const haveNext = have.nextSibling;
    const wantNext = want.nextSibling;
    morph(have, want);
    have = haveNext;
    want = wantNext;
  }
}
