// The rules of a section loaded on demand (what-if, presets, referral log)
// join the widget's stylesheet in the shadow root of the node they style,
// one constructed stylesheet per text for the page (the strict CSP refuses
// style elements).
const sheets = new Map();

export function adoptStyles(node, css) {
  const root = node.getRootNode();
  if (!root.adoptedStyleSheets) return;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
