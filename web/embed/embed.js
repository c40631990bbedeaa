// embed.html: the calculator alone, for hosts that strip scripts and can only
// show an iframe. Settings come from the query (?mode=…&lang=…), a scenario
// from #s=; the page posts its height to the parent so it can be sized.
// The site build bundles this file with the widget into the page's script
// (widget/embed-page.js), and the page's few rules come with it: on this
// machine each further request of a fresh page cost the first result about
// 10 ms. The page's small first script (embed-start.js) has already asked for
// the calculator's strings, its own code and the core; the calculator is
// connected as this bundle evaluates.
import { lang, params } from './embed-settings.js';
import pageStyles from './embed-page.css';
import { ReferralCalculator } from '../widget/referral-calculator.js';

// Every attribute the element reads, `theme`, which only its stylesheet
// reads, and `share-url`, read when a link is made; `lang` is settled below.
const ATTRIBUTES = [...ReferralCalculator.observedAttributes.filter((name) => name !== 'lang'), 'theme', 'share-url'];

const pageSheet = new CSSStyleSheet();
pageSheet.replaceSync(pageStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];

document.documentElement.lang = lang;

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
