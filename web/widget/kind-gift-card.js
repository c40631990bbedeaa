// A gift-card campaign's own code, loaded when a page shows that calculator.
export { giftCardResults as results } from './results-gift-card.js';
export { whatifSection } from './whatif.js';
export { presetMenu, presetsModule } from './preset-menu.js';
