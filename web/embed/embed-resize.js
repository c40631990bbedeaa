// Optional, for pages that embed Passaparola in an iframe: sizes each such
// iframe to its content. A height counts only from the iframe's own window
// and origin, is clamped, and nothing is sent back, so it can never loop.
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 8000;

function frameOf(source) {
  for (const frame of document.getElementsByTagName('iframe')) if (frame.contentWindow === source) return frame;
  return null;
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'passaparola:height') return;
  const frame = frameOf(event.source);
  if (!frame) return;
  let origin;
  try {
    origin = new URL(frame.src, window.location.href).origin;
  } catch {
    return;
  }
  if (origin !== event.origin) return;
  const height = Math.round(Number(data.height));
  if (!Number.isFinite(height)) return;
  const clamped = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height));
  if (Math.abs(frame.getBoundingClientRect().height - clamped) < 1) return;
  frame.style.height = `${clamped}px`;
});
