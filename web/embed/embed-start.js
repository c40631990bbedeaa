// The first statements of the iframe page's script: embed.js imports this
// module before the widget, so the bundle runs it before the widget's code
// evaluates. The page knows its calculator and language from its query: the
// calculator's strings and own code are requested and the core compiled now,
// while that code evaluates, instead of once the element starts.
import { resolveLanguage } from '../widget/catalog.js';
import { allowedModes } from '../widget/calculator-state.js';
import { preloadCalculators } from '../widget/preload.js';

export const params = new URLSearchParams(window.location.search);
// The query's language, then the browser's, then the page's own Italian.
export const lang = resolveLanguage(params.get('lang'), null, [...(navigator.languages ?? []), 'it']);

preloadCalculators(lang, allowedModes(params.get('modes'), params.get('mode')));
