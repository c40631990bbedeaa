// The consultant's call to action under the results (`cta-label`,
// `cta-href`). A `mailto:` link gets a subject and a body with the key figures
// and the scenario's share link; the reader's mail program sends it, never
// the widget.

const SCHEMES = new Set(['http:', 'https:', 'mailto:']);

// The href as an absolute URL, or null when its scheme is not allowed
// (javascript:, data:, …) or it does not parse.
export function safeCtaHref(href, base) {
  if (!href || !href.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return SCHEMES.has(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

// RFC 6068: %-encoding, spaces as %20 (mail programs show '+' literally),
// line breaks as %0D%0A.
const mailEncode = (text) => encodeURIComponent(text).replace(/%0A/g, '%0D%0A');

// mailto: with the host's own address and fields kept; our subject only
// when the host set none, our body after the host's.
export function mailtoHref(url, { subject, body }) {
  const [address, query = ''] = url.href.slice('mailto:'.length).split('?');
  const fields = [];
  let hostSubject = null;
  let hostBody = '';
  for (const part of query.split('&').filter(Boolean)) {
    const [name, ...rest] = part.split('=');
    const value = decodeURIComponentSafe(rest.join('='));
    if (name.toLowerCase() === 'subject') hostSubject = value;
    else if (name.toLowerCase() === 'body') hostBody = `${value}\n\n`;
    else fields.push(part);
  }
  fields.push(`subject=${mailEncode(hostSubject ?? subject)}`, `body=${mailEncode(hostBody + body)}`);
  return `mailto:${address}?${fields.join('&')}`;
}

function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// The message: what was computed, the key figures as shown, and the link.
export function resultSummary({ catalog, kind, figures, link }) {
  const title = catalog.text(`kind.${kind}.title`);
  return {
    subject: catalog.text('ui.widget.cta.subject', { title }),
    body: [catalog.text('ui.widget.cta.intro', { title }), '',
      ...figures.map((f) => `${catalog.text(f.key)}: ${f.value}`),
      ...(link ? ['', catalog.text('ui.widget.cta.link'), link] : [])].join('\n'),
  };
}
