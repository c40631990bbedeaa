// The snippet generator of embed-code.html: options → code for both embed
// styles, and a live preview through the iframe embed.
const form = document.getElementById('generator');
const scriptBox = document.getElementById('snippet-script');
const iframeBox = document.getElementById('snippet-iframe');
const preview = document.getElementById('preview');
const siteBase = new URL('.', window.location.href);
const DEFAULTS = { accent: '#0a58ca', background: '#ffffff' };

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

function update() {
  const settings = options();
  const attributes = Object.entries(settings).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const widgetUrl = new URL('widget/referral-calculator.js', siteBase).href;
  scriptBox.value = `<script type="module" src="${widgetUrl}"></script>\n<referral-calculator${attributes}></referral-calculator>`;

  const embedUrl = new URL('embed.html', siteBase);
  for (const [name, value] of Object.entries(settings)) embedUrl.searchParams.set(name, value);
  const resizeUrl = new URL('widget/embed-resize.js', siteBase).href;
  iframeBox.value = `<iframe src="${escapeAttribute(embedUrl.href)}" title="Passaparola" loading="lazy" style="width:100%;height:900px;border:0"></iframe>\n<script type="module" src="${resizeUrl}"></script>`;
  if (preview.src !== embedUrl.href) preview.src = embedUrl.href;
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const box = document.getElementById(button.dataset.copy);
    const status = document.getElementById(button.dataset.copy.replace('snippet', 'status'));
    box.select();
    try {
      await navigator.clipboard.writeText(box.value);
      status.textContent = 'Codice copiato.';
    } catch {
      status.textContent = 'Il codice è selezionato: copialo con Ctrl+C.';
    }
  });
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
