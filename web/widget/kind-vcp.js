// A VCP self-assessment's own code (its results and the contacts' editor),
// loaded when a page shows that calculator.
export { vcpResults as results } from './results-vcp.js';
export { contactsEditor } from './contacts-editor.js';
export { default as styles } from './kind-vcp.css';
