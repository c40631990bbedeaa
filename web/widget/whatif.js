// "Range of outcomes" (program and gift card): the section and its title.
// Its body (whatif-body.js: ranges, tornado, Monte Carlo in a worker) and its
// strings are downloaded when a reader first opens it, as the what-if core
// is: most readers never do, and the first download stays small.
import { h } from './dom.js';

export function whatifSection(options) {
  const { catalog } = options;
  const slot = h('p', { class: 'field-help', role: 'status' });
  const element = h('details', { class: 'whatif' }, h('summary', { text: catalog.text('whatif.range_of_outcomes') }), slot);
  let latestDocument = null;
  let body = null;
  let loading = null;

  element.addEventListener('toggle', () => {
    if (!element.open || loading) return;
    loading = Promise.all([import(new URL('./whatif-body.js', import.meta.url).href), catalog.extend('whatif')])
      .then(([module, fullCatalog]) => {
        body = module.whatifBody({ ...options, catalog: fullCatalog, element });
        slot.replaceWith(...body.nodes);
        if (latestDocument) body.update(latestDocument, { now: true });
      }, () => {
        // Offline, say: the reader may try again by reopening the section.
        loading = null;
        slot.textContent = catalog.text('ui.widget.load_failed');
      });
  });

  return {
    element,
    update(document) {
      latestDocument = document;
      body?.update(document);
    },
  };
}
