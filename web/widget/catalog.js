// Text catalogs: generated modules per language (from i18n/<lang>/*.json),
// loaded on demand next to the widget. Each language comes in files: one per
// calculator kind (the strings every calculator shows and the kind's own), of
// which a calculator loads those of its modes. The industry presets' strings
// ('presets') come with the presets when a reader first opens their menu, the
// "how is this computed" texts ('method') and the what-if strings ('whatif')
// when their sections first open, the VCP referral log's, its CSV import's
// and its errors' ('log') when a contact's log is opened or an import starts,
// the help the first screen does not show (of the inputs under "More
// assumptions", of a contact's questions and traits: 'help') when the page is
// idle after the first result or a group first opens.

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

export const CALCULATOR_KINDS = ['program', 'gift_card', 'vcp'];
export const ON_DEMAND_PARTS = ['presets', 'method', 'whatif', 'log', 'help'];

// The files a calculator loads before its first result: one per kind, each
// holding the common strings as well as the kind's own. A lone calculator,
// the usual embed, makes one request for its strings; each request costs the
// page more than the common strings' few repeated bytes.
export const catalogFilesFor = (kinds) => [...new Set(kinds)];

// The address of a file of `lang`'s catalog ("program", "presets", …).
export const catalogFileUrl = (lang, file) => new URL(`./i18n/${lang}/${file}.js`, import.meta.url).href;

// "<lang>/<file>" → the file's module (a promise): its strings, and in a
// kind's file the language's number patterns (web/widget/number-patterns.js).
const loaded = new Map();

function loadPart(name) {
  if (!loaded.has(name)) {
    const [lang, file] = name.split('/');
    loaded.set(name, import(catalogFileUrl(lang, file)).catch((error) => {
      loaded.delete(name);  // offline, say: a later opening tries again
      throw error;
    }));
  }
  return loaded.get(name);
}

// The catalog of `lang` for calculators of the given kinds, with the
// on-demand parts already needed (a preset applied before a new language).
export async function loadCatalog(lang, kinds, onDemandParts = []) {
  const files = await Promise.all([...catalogFilesFor(kinds), ...onDemandParts].map((file) => loadPart(`${lang}/${file}`)));
  return makeCatalog(lang, Object.assign({}, ...files.map((file) => file.default)), files.find((file) => file.numberPatterns)?.numberPatterns);
}

// Finnish breaks a word before a consonant followed by a vowel
// (suo-sit-te-lu-kump-pa-nit); only words long enough to overflow get breaks.
export const finnishSyllables = (text) => text.replace(/[a-zåäö]{12,}/gi,
  (word) => word.replace(/(?<=[aeiouyåäö][^aeiouyåäö]*)(?=[^aeiouyåäö][aeiouyåäö])/gi, '\u00AD'));

export function makeCatalog(lang, strings, numberPatterns) {
  // A missing key shows itself rather than an empty label, so it is noticed.
  const text = (key, params) => {
    const template = strings[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
  };
  const has = (key) => key in strings;
  // The text for a narrow place (a key figure's card, a tab): Finnish long
  // compounds get soft hyphens between syllables, as browsers without a
  // Finnish hyphenation dictionary would otherwise cut them anywhere.
  const fit = lang === 'fi' ? (key, params) => finnishSyllables(text(key, params)) : text;
  // The catalog with one more part, for a section loaded when first opened.
  const extend = async (part) => makeCatalog(lang, { ...strings, ...(await loadPart(`${lang}/${part}`)).default }, numberPatterns);
  return { lang, locale: localeOf(lang), text, fit, has, extend, numberPatterns };
}
