// A VCP self-assessment's own code (its results and the contacts' editor),
// loaded when a page shows that calculator. It has no industry presets (a
// self-assessment is about the reader's own contacts, which no benchmark
// knows) and no range of outcomes.
export { vcpResults as results } from './results-vcp.js';
export { contactsEditor } from './contacts-editor.js';
export { default as styles } from './kind-vcp.css';
