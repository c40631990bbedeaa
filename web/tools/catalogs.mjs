// The widget's text catalogs: i18n/<lang>/*.json merged, split into parts
// (the common strings, each kind's, and those loaded on demand), and written
// as one ES module per language and file (catalogFilesFor in
// web/widget/catalog.js), so a calculator downloads only the strings its modes
// show. Every language must have the same keys, or the build fails.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CALCULATOR_KINDS as KINDS, ON_DEMAND_PARTS } from '../widget/catalog.js';
import { EXPLAINED_TOTALS } from '../widget/results-program.js';
import { isEssential } from '../widget/form-order.js';

export const LANGUAGES = ['it', 'en', 'fi'];
// Strings only the desktop simulator shows; the widget's download stays small.
const DESKTOP_ONLY = new RegExp('^ui\\.(app|menu|file|view|scenario|dialog\\.(file|unsaved|discard|cancel)|status\\.(saved|exported|unsaved|untitled)'
  // the desktop's own plan export, edit history, share settings and language menu
  + '|plan|edit\\.(undo|redo)|share\\.(base|open_link|too_large)|language|help\\.(type_value|default)|chart\\.profit_vs_cost|table\\.total'
  + '|error\\.(title|save_failed|export_failed|link_failed|not_computed))\\b');
// Messages and units the widget never words: the desktop's file, required
// value and what-if errors (the widget's come from the core), its percentage
// points, and its explanations of the VCP levels (the widget names a level,
// and explains the next step instead).
const DESKTOP_WORDS = /^error\.(file|required|uncertainty|whatif)$|^ui\.unit\.percentage_points$|^level\.\w+\.help$/;
// The widget explains a program's totals on its key figure cards only; the
// desktop's tooltips explain the rest. Of a VCP's results it shows these
// (web/widget/results-vcp.js, a contact's log in log-editor.js, the printed
// plan), with their explanations where it shows them: the others are the
// desktop's tables'.
const EXPLAINED_VCP = ['profitability_partners', 'partner_gap', 'portfolio_score', 'referral_balance', 'invest_next',
  'closed_value_given', 'closed_value_received', 'top_sources', 'log_given', 'log_received', 'last_referral'];
const SHOWN_VCP_STRINGS = new Set([...EXPLAINED_VCP, ...EXPLAINED_VCP.map((name) => `${name}.help`),
  'mutual_level', 'next_action', 'portfolio_score.none', 'partner_gap.zero'].map((name) => `result.vcp.${name}`));
const PROGRAM_HELP = /^result\.program\.(\w+)\.help$/;
function desktopOnly(key) {
  const help = PROGRAM_HELP.exec(key);
  return DESKTOP_ONLY.test(key) || DESKTOP_WORDS.test(key) || (help !== null && !EXPLAINED_TOTALS.includes(help[1]))
    || (key.startsWith('result.vcp.') && !SHOWN_VCP_STRINGS.has(key));
}

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

// Industry presets and what-if analysis (program and gift card only): their
// strings come when a reader first opens the presets menu or the section;
// the titles, and the presets' "could not load", show before.
const PRESETS = /^preset\.|^ui\.(widget\.)?preset\b/;
const PRESETS_SHOWN_FIRST = new Set(['preset.title', 'ui.widget.preset.load_failed']);
const WHATIF = /^whatif\.|^ui\.(widget\.)?whatif\b/;
const WHATIF_TITLE = 'whatif.range_of_outcomes';
// The VCP referral log (a contact's list, the CSV import and its errors by
// code, the figures from the log: a contact's, and closed business and top
// sources in the results) comes when a contact's log opens or
// an import starts; the titles of both show before, with the vcp calculator.
const LOG = /^(log|import)\.|^error\.csv\.|^ui\.(widget\.(log|import)|date)\.|^result\.vcp\.(log_given|log_received|last_referral|closed_value_given|closed_value_received|top_sources)(\.help)?$/;
const LOG_SHOWN_FIRST = new Set(['log.title', 'import.title']);
// Strings of one calculator's results and contacts, whatever their prefix.
const KIND_OF_PREFIX = [
  [/^(contact|trait|action|level)\.|^ui\.(widget\.)?vcp\.|^unit\.(days|contacts|per_quarter)$|^ui\.(chart\.levels|widget\.print\.contacts)$/, 'vcp'],
  [/^ui\.chart\.(cumulative|month|payback|no_payback)$|^ui\.table\.(monthly|all_columns)$|^value\.never$|^unit\.(people|per_month)$/, 'program'],
  [/^ui\.chart\.funnel$|^ui\.table\.per_wave$|^unit\.(waves|cards)$/, 'gift_card'],
];

// The part a key belongs to: `input.<kind>.…`, `result.<kind>.…` and
// `kind.<kind>.summary` go with their kind, the "how is this computed" texts `method.<kind>` together,
// `choice.<input>.…` with the kinds that have that input (common when several
// do); the rest is common.
function partOf(key, strings) {
  if (PRESETS.test(key) && !PRESETS_SHOWN_FIRST.has(key)) return 'presets';
  if (WHATIF.test(key) && key !== WHATIF_TITLE) return 'whatif';
  if (LOG.test(key)) return LOG_SHOWN_FIRST.has(key) ? 'vcp' : 'log';
  const [prefix, second] = key.split('.');
  if (prefix === 'method') return 'method';
  // The help the first screen does not show: of the inputs under "More
  // assumptions", of a contact's questions and traits (web/widget/catalog.js).
  if (prefix === 'input' && key.endsWith('.help') && KINDS.includes(second) && !isEssential(second, key.split('.')[2])) return 'help';
  if (['contact', 'trait'].includes(prefix) && key.endsWith('.help')) return 'help';
  if (['input', 'result'].includes(prefix) && KINDS.includes(second)) return second;
  // A kind's summary shows under its own title only; the titles name the tabs.
  if (prefix === 'kind' && key.endsWith('.summary')) return second;
  if (prefix === 'choice') {
    const kinds = KINDS.filter((kind) => `input.${kind}.${second}.label` in strings);
    return kinds.length === 1 ? kinds[0] : 'common';
  }
  return KIND_OF_PREFIX.find(([pattern]) => pattern.test(key))?.[1] ?? 'common';
}

// One language's strings → {part: strings} for every part of the widget.
export function catalogParts(strings) {
  const names = ['common', ...KINDS, ...ON_DEMAND_PARTS];
  const parts = Object.fromEntries(names.map((part) => [part, {}]));
  for (const [key, text] of Object.entries(strings)) {
    if (!desktopOnly(key)) parts[partOf(key, strings)][key] = text;
  }
  return parts;
}

// One language's strings → {file: strings} for every file the widget loads:
// each kind's with the common part, the on-demand parts alone.
export function catalogFiles(strings) {
  const { common, ...parts } = catalogParts(strings);
  return Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, KINDS.includes(name) ? { ...common, ...part } : part]));
}

// A kind's file also carries the language's number patterns.
export function catalogModule(strings, numberPatterns) {
  // JSON.parse of a string literal starts faster than an object literal.
  const parsed = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  const patterns = numberPatterns ? `export const numberPatterns = ${parsed(numberPatterns)};\n` : '';
  return `export default ${parsed(strings)};\n${patterns}`;
}
