// Text catalogs: one generated module per language (from i18n/<lang>/*.json),
// loaded on demand next to the widget.

export const LANGUAGES = ['it', 'en', 'fi'];
const LOCALES = { it: 'it-IT', en: 'en-GB', fi: 'fi-FI' };

export const localeOf = (lang) => LOCALES[lang];

const primary = (tag) => String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];

// The element's `lang` attribute, then the page's language, then the browser's.
export function resolveLanguage(attribute, pageLanguage, browserLanguages) {
  for (const candidate of [attribute, pageLanguage, ...(browserLanguages ?? [])]) {
    const lang = primary(candidate);
    if (LANGUAGES.includes(lang)) return lang;
  }
  return 'en';
}

const loaded = new Map();

export function loadCatalog(lang) {
  if (!loaded.has(lang)) {
    const url = new URL(`./i18n/${lang}.js`, import.meta.url).href;
    loaded.set(lang, import(url).then((module) => makeCatalog(lang, module.default)));
  }
  return loaded.get(lang);
}

export function makeCatalog(lang, strings) {
  // A missing key shows itself rather than an empty label, so it is noticed.
  const text = (key, params) => {
    const template = strings[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
  };
  const has = (key) => key in strings;
  return { lang, locale: localeOf(lang), text, has };
}
