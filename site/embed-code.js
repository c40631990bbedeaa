// The snippet generator of the embed pages (embed-code*.html): options → the
// code of each route (WordPress shortcode, script tag from the CDN, iframe
// sized by embed-resize.js), and a live preview through the iframe embed.
// Every attribute of <referral-calculator> is an option. The page's own texts
// (copied, selected, a refused link) come from the form's data attributes,
// in the page's language: one script for the three pages.
// The widget's own rule for a call to action's link (http:, https:, mailto:).
import { safeCtaHref } from './widget/cta.js';

const form = document.getElementById('generator');
const boxes = Object.fromEntries(['wordpress', 'script', 'csp', 'iframe'].map((name) => [name, document.getElementById(`snippet-${name}`)]));
const preview = document.getElementById('preview');
const texts = form.dataset;
const siteBase = new URL('.', window.location.href);
const DEFAULTS = { accent: '#0a58ca', background: '#ffffff' };
// The npm package on jsDelivr, in the version this site was built with.
const CDN_ORIGIN = 'https://cdn.jsdelivr.net';
const CDN_BASE = `${CDN_ORIGIN}/npm/passaparola-widget@{{version}}/`;

// A link the generator refuses is said beside its field (role=alert) and
// left out of the code, never dropped without a word.
function check(name, refused, message) {
  const field = form.elements[name];
  const note = document.getElementById(`${field.id}-error`);
  const text = refused ? message : '';
  if (note.textContent !== text) note.textContent = text;
  note.hidden = !refused;
  if (refused) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

function options() {
  const data = new FormData(form);
  const mode = data.get('mode');
  // Several calculators: the ticked ones as tabs; one ticked is a plain mode.
  const fieldset = document.getElementById('g-modes');
  fieldset.hidden = mode !== 'all';
  const ticked = data.getAll('modes');  // the form's order, the widget's
  let settings;
  if (mode !== 'all') settings = { mode };
  else if (ticked.length > 1) settings = { modes: ticked.join(' ') };
  else settings = { mode: ticked[0] ?? 'program' };
  if (data.get('lang')) settings.lang = data.get('lang');
  const currency = String(data.get('currency')).trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(currency) && currency !== 'EUR') settings.currency = currency;
  if (data.get('theme')) settings.theme = data.get('theme');
  for (const name of ['accent', 'background']) if (data.get(name) !== DEFAULTS[name]) settings[name] = data.get(name);
  for (const name of ['radius', 'font']) if (data.get(name)) settings[name] = data.get(name);
  // The widget shows the button only with both a label and a link it accepts.
  const ctaLabel = String(data.get('cta-label')).trim();
  const ctaHref = String(data.get('cta-href')).trim();
  const cta = ctaHref ? safeCtaHref(ctaHref) : null;
  check('cta-href', Boolean(ctaHref) && !cta, texts.ctaRefused);
  if (ctaLabel && cta) Object.assign(settings, { 'cta-label': ctaLabel, 'cta-href': cta.href });
  // Share links open the scenario on this page: an http(s) address.
  const shareUrl = String(data.get('share-url')).trim();
  const share = shareUrl ? safeCtaHref(shareUrl) : null;
  const shareOk = share && share.protocol !== 'mailto:';
  check('share-url', Boolean(shareUrl) && !shareOk, texts.shareRefused);
  if (shareOk) settings['share-url'] = share.href;
  return settings;
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attributesOf = (settings, escape) => Object.entries(settings).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
// WordPress ends a shortcode at the first ] and an attribute at the first ":
// both go in as character references, which the plugin's esc_attr keeps.
const escapeShortcode = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\]/g, '&#93;').replace(/\[/g, '&#91;');

function update() {
  const settings = options();
  boxes.wordpress.value = `[passaparola${attributesOf(settings, escapeShortcode)}]`;
  boxes.script.value = `<script type="module" src="${CDN_BASE}referral-calculator.js"></script>\n<referral-calculator${attributesOf(settings, escapeAttribute)}></referral-calculator>`;
  boxes.csp.value = `default-src 'self'; script-src 'self' ${CDN_ORIGIN} 'wasm-unsafe-eval'; style-src 'self' ${CDN_ORIGIN}; `
    + `connect-src ${CDN_ORIGIN}; img-src 'self' data:; worker-src ${CDN_ORIGIN} blob:`;

  const embedUrl = new URL('embed.html', siteBase);
  for (const [name, value] of Object.entries(settings)) embedUrl.searchParams.set(name, value);
  const resizeUrl = new URL('widget/embed-resize.js', siteBase).href;
  // 900 px until embed-resize.js gives the frame its content's height.
  boxes.iframe.value = `<iframe src="${escapeAttribute(embedUrl.href)}" title="Passaparola" loading="lazy" style="width:100%;height:900px;border:0"></iframe>\n<script type="module" src="${escapeAttribute(resizeUrl)}"></script>`;
  if (preview.src !== embedUrl.href) preview.src = embedUrl.href;
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const box = document.getElementById(button.dataset.copy);
    const status = document.getElementById(button.dataset.copy.replace('snippet', 'status'));
    box.select();
    try {
      await navigator.clipboard.writeText(box.value);
      status.textContent = texts.copied;
    } catch {
      status.textContent = texts.selected;
    }
  });
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
