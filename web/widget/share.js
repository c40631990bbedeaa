// Share links and files. Encoding, decoding and validation happen in the
// core; this only moves text between the core and the browser.

// The `s=` part of a fragment, or null when the fragment holds none.
export function sharedPayload(hash) {
  const fragment = String(hash ?? '').replace(/^#/, '');
  const part = fragment.split('&').find((p) => p.startsWith('s='));
  return part === undefined ? null : part;
}

export function shareLink(base, payload) {
  const page = String(base).split('#')[0];
  return `${page}#s=${payload}`;
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function downloadJson(document, fileName) {
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(window.document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The core refuses a document above its limit with a message naming the size;
// reading one byte past it is enough for that, however large the file.
// The core refuses documents above 4 MiB (kMaxDocumentBytes); one byte more tells it the size.
const MAX_DOCUMENT_BYTES = 4 << 20;
export const readFileText = (file) => file.slice(0, MAX_DOCUMENT_BYTES + 1).text();
