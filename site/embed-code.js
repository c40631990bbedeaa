// The snippet generator of the embed pages (embed-code*.html): options → the
// code of each route (WordPress shortcode, script tag from the CDN, iframe),
// and a live preview through the iframe embed. The page's own texts (copied,
// selected) come from the form's data attributes, in the page's language.
const form = document.getElementById('generator');
const boxes = Object.fromEntries(['wordpress', 'script', 'csp', 'iframe'].map((name) => [name, document.getElementById(`snippet-${name}`)]));
const preview = document.getElementById('preview');
const texts = form.dataset;
const siteBase = new URL('.', window.location.href);
const DEFAULTS = { accent: '#0a58ca', background: '#ffffff' };
// The npm package on jsDelivr, in the version this site was built with.
const CDN_ORIGIN = 'https://cdn.jsdelivr.net';
const CDN_BASE = `${CDN_ORIGIN}/npm/passaparola-widget@{{version}}/`;

function options() {
  const data = new FormData(form);
  const mode = data.get('mode');
  const currency = String(data.get('currency')).trim().toUpperCase();
  const settings = mode === 'all' ? { modes: 'program gift_card vcp' } : { mode };
  if (data.get('lang')) settings.lang = data.get('lang');
  if (/^[A-Z]{3}$/.test(currency) && currency !== 'EUR') settings.currency = currency;
  for (const name of ['accent', 'background']) if (data.get(name) !== DEFAULTS[name]) settings[name] = data.get(name);
  if (data.get('radius')) settings.radius = data.get('radius');
  // The widget shows the button only with both, and only for https:, http: and mailto: links.
  const ctaLabel = String(data.get('cta-label')).trim();
  const ctaHref = String(data.get('cta-href')).trim();
  if (ctaLabel && /^(https?:|mailto:)/i.test(ctaHref)) Object.assign(settings, { 'cta-label': ctaLabel, 'cta-href': ctaHref });
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
  boxes.iframe.value = `<iframe src="${escapeAttribute(embedUrl.href)}" title="Passaparola" loading="lazy" style="width:100%;height:900px;border:0"></iframe>\n<script type="module" src="${resizeUrl}"></script>`;
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
