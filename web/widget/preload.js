// What a calculator needs before its first result besides the widget's own
// code: its strings (a catalog file per kind), its own code (kind-*.js) and
// the core. A page that knows its calculators before that code has run (the
// iframe page, from its query) starts all three here, so that they come while
// it evaluates.
import { catalogFileUrl } from './catalog.js';
import { precompile } from './core-client.js';

// A calculator's own module (web/widget/kind-<kind>.js), as the build names it.
export const kindFileName = (kind) => `kind-${kind.replace('_', '-')}.js`;
export const kindFileUrl = (kind) => new URL(`./${kindFileName(kind)}`, import.meta.url).href;
export const coreUrl = () => new URL('./referral-core.wasm', import.meta.url);

export function preloadCalculators(lang, kinds) {
  // Fetched, not run: a kind's code runs on the widget's modules (widget-kit.js).
  for (const href of kinds.flatMap((kind) => [catalogFileUrl(lang, kind), kindFileUrl(kind)])) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  }
  precompile(coreUrl());
}
