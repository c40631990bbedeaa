// The widget's text catalogs: i18n/<lang>/*.json merged into one ES module per
// language. Every language must have the same keys, or the build fails.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LANGUAGES = ['it', 'en', 'fi'];
// Strings only the desktop simulator shows; the widget's download stays small.
const DESKTOP_ONLY = /^ui\.(app|menu|file|view|scenario|dialog\.file|dialog\.unsaved|status\.(saved|exported|unsaved|untitled))\b/;

export function readCatalogs(i18nDir) {
  const catalogs = {};
  for (const lang of LANGUAGES) {
    const dir = path.join(i18nDir, lang);
    const merged = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      Object.assign(merged, JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    }
    catalogs[lang] = merged;
  }
  const reference = Object.keys(catalogs.en).sort();
  for (const lang of LANGUAGES) {
    const keys = new Set(Object.keys(catalogs[lang]));
    const missing = reference.filter((k) => !keys.has(k));
    const extra = [...keys].filter((k) => !(k in catalogs.en));
    if (missing.length || extra.length) {
      throw new Error(`i18n/${lang}: missing ${missing.join(', ') || 'nothing'}; not in en: ${extra.join(', ') || 'nothing'}`);
    }
  }
  return catalogs;
}

export function catalogModule(strings) {
  const widgetStrings = Object.fromEntries(Object.entries(strings).filter(([key]) => !DESKTOP_ONLY.test(key)));
  // JSON.parse of a string literal starts faster than an object literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(widgetStrings))});\n`;
}
