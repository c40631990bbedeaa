// A referral program's own code, loaded when a page shows that calculator:
// a page with another calculator does not download it.
export { programResults as results } from './results-program.js';
export { default as styles } from './kind-program.css';
export { whatifSection } from './whatif.js';
export { presetMenu, presetsModule } from './preset-menu.js';
