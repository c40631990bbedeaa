// The iframe page's settings, from its query: the calculator's attributes
// and its language (the query's, then the browser's, then the page's own Italian).
import { resolveLanguage } from '../widget/catalog.js';

export const params = new URLSearchParams(window.location.search);
export const lang = resolveLanguage(params.get('lang'), null, [...(navigator.languages ?? []), 'it']);
