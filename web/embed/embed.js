// embed.html: the calculator alone, for hosts that strip scripts and can only
// show an iframe. Settings come from the query (?mode=…&lang=…), a scenario
// from #s=; the page posts its height to the parent so it can be sized.
// This module comes before the widget's in the page: the calculator's
// strings are on their way, and the number formats ready, while the larger
// widget module still downloads.
import { catalogPartsFor, localeOf } from '../widget/catalog.js';
import { prepareFormats } from '../widget/format.js';
import { calculatorModes } from '../widget/modes.js';

const LANGUAGES = ['it', 'en', 'fi'];
const ATTRIBUTES = ['mode', 'modes', 'currency', 'theme', 'accent', 'background', 'radius', 'font', 'cta-label', 'cta-href'];

const params = new URLSearchParams(window.location.search);
const browserLanguage = (navigator.languages ?? []).map((l) => l.slice(0, 2).toLowerCase()).find((l) => LANGUAGES.includes(l));
const lang = LANGUAGES.includes(params.get('lang')) ? params.get('lang') : browserLanguage ?? 'it';
document.documentElement.lang = lang;

for (const part of catalogPartsFor(calculatorModes(params.get('modes'), params.get('mode')))) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: `widget/i18n/${lang}/${part}.js` }));
}

// The page's first number format loads the locale's data (tens of ms).
prepareFormats(localeOf(lang), params.get('currency')?.toUpperCase());

const calculator = document.createElement('referral-calculator');
calculator.setAttribute('lang', lang);
for (const name of ATTRIBUTES) if (params.has(name)) calculator.setAttribute(name, params.get(name));
document.querySelector('main').append(calculator);

if (window.parent !== window) {
  let posted = 0;
  const postHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    // The height is not a secret, and the host's origin is unknown here: the
    // host's embed-resize.js checks where the message comes from.
    window.parent.postMessage({ type: 'passaparola:height', height }, '*');
  };
  new ResizeObserver(postHeight).observe(document.documentElement);
}
