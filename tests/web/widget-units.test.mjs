// The widget's pure helpers, in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLanguage } from '../../web/widget/catalog.js';
import { PATTERN_CURRENCIES, parseTypedNumber, patternsMatchIntl } from '../../web/widget/format.js';
import { patternFormatter } from '../../web/widget/number-patterns.js';
import { checkedNumberPatterns, numberPatternsOf, readNumbersFile } from '../../web/tools/check-number-patterns.mjs';
import { sharedPayload, shareLink } from '../../web/widget/share.js';
import { mailtoHref, resultSummary, safeCtaHref } from '../../web/widget/cta.js';
import { makeCatalog } from '../../web/widget/catalog.js';
import { presetDocument, presetsFor, sourceText } from '../../web/widget/presets.js';
import { readCatalogs } from '../../web/tools/catalogs.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

test('language: the attribute, then the page, then the browser, then English', () => {
  assert.equal(resolveLanguage('fi', 'it', ['en-US']), 'fi');
  assert.equal(resolveLanguage(null, 'it-IT', ['fi-FI']), 'it');
  assert.equal(resolveLanguage('de', 'fr', ['sv-SE', 'fi-FI', 'en']), 'fi');
  assert.equal(resolveLanguage('', '', ['EN_gb']), 'en');
  assert.equal(resolveLanguage(undefined, undefined, undefined), 'en');
});

test('typed numbers: either decimal separator, thousands only where the locale groups so', () => {
  const cases = [
    ['2,5', ',', 2.5], ['2.5', ',', 2.5], ['1.500', ',', 1500], ['0.125', ',', 0.125], ['1.234,56', ',', 1234.56],
    ['2,500', '.', 2500], ['2,5', '.', 2.5], ['1,234.56', '.', 1234.56], ['12', '.', 12], [' 1 500 ', ',', 1500],
    ['\u22123', ',', -3], ['-0,5', ',', -0.5], ['1e3', '.', 1000], ['.5', '.', 0.5],
  ];
  for (const [text, decimal, expected] of cases) assert.equal(parseTypedNumber(text, decimal), expected, `${text} (${decimal})`);
  for (const text of ['', 'abc', '1,2,3.4.5', '--1', '1e999', '12a']) assert.equal(parseTypedNumber(text, ','), null, text);
});

// The options the widget formats with (web/widget/format.js).
const WIDGET_FORMATS = [{ maximumFractionDigits: 2 }, { style: 'percent', maximumFractionDigits: 2 },
  { useGrouping: false, maximumFractionDigits: 10 },
  ...PATTERN_CURRENCIES.flatMap((currency) => [0, 2].map((digits) => ({ style: 'currency', currency,
    minimumFractionDigits: digits, maximumFractionDigits: digits })))];

test('number patterns format as Intl does: random values of every size, every locale, style and currency', () => {
  let seed = 20261130;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  // Magnitudes 1e-14 to 1e16; some values on a rounding midpoint (x.xx5).
  const value = () => {
    const v = (random() - 0.5) * 2 * 10 ** (Math.floor(random() * 31) - 14);
    const kind = random();
    return kind < 0.3 ? Math.round(v * 1000) / 1000 : kind < 0.4 ? Math.round(v * 100) / 100 + 0.005 : v;
  };
  const edges = [0, -0, 1.005, 2.675, -0.001, 0.5, 9.995, 999.5, 1e21, 1.5e-7, 5e-11, 123456789012345680000, 1234, 12345];
  for (const locale of ['it-IT', 'en-GB', 'fi-FI']) {
    const patterns = numberPatternsOf(locale);
    for (const options of WIDGET_FORMATS) {
      const ours = patternFormatter(patterns, options);
      const intl = new Intl.NumberFormat(locale, options);
      for (const v of [...edges, ...Array.from({ length: 3000 }, value)]) {
        assert.equal(ours.format(v), intl.format(v), `${locale} ${JSON.stringify(options)} ${v}`);
      }
    }
  }
});

test('i18n/numbers.json is what Intl formats, and a file that differs stops the build', () => {
  const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
  for (const lang of ['it', 'en', 'fi']) assert.ok(checkedNumberPatterns(lang, catalogs[lang]).rules.money_cents_below > 0);
  const numbers = readNumbersFile();
  numbers.languages.it = { ...numbers.languages.it, group: ' ' };
  assert.throws(() => checkedNumberPatterns('it', catalogs.it, numbers), /i18n\/numbers.json: the patterns of it differ/);
});

test('number patterns: a difference from Intl is found, so that the widget draws again', () => {
  const strings = readCatalogs(path.join(repoRoot, 'i18n')).fi;
  const catalog = makeCatalog('fi', strings, checkedNumberPatterns('fi', strings));
  assert.ok(patternsMatchIntl(catalog, 'EUR'));
  const changes = [{ group: ' ' }, { decimal: '.' }, { minimumGroupingDigits: 2 },
    { affixes: { ...catalog.numberPatterns.affixes, EUR: [['', ' €'], ['-', ' €']] } },
    { symbols: { ...catalog.numberPatterns.symbols, EUR: 'EUR' } }];
  for (const change of changes) {
    const changed = { ...catalog, numberPatterns: { ...catalog.numberPatterns, ...change } };
    assert.equal(patternsMatchIntl(changed, 'EUR'), false, JSON.stringify(change));
  }
});

test('share fragments: the s= part among other parameters; links keep the page, drop its fragment', () => {
  assert.equal(sharedPayload('#s=z1.abc'), 's=z1.abc');
  assert.equal(sharedPayload('#tab=2&s=v1.e30&x=1'), 's=v1.e30');
  assert.equal(sharedPayload('#section-2'), null);
  assert.equal(sharedPayload(''), null);
  assert.equal(shareLink('https://blog.example/post?a=1#old', 'z1.xyz'), 'https://blog.example/post?a=1#s=z1.xyz');
});

test('no markup is ever built from strings: textContent only', () => {
  for (const dir of ['web/widget', 'web/embed', 'site']) {
    for (const file of readdirSync(path.join(repoRoot, dir)).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(path.join(repoRoot, dir, file), 'utf8');
      assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|new Function|\beval\(/, `${dir}/${file}`);
    }
  }
});

test('call to action: only http, https and mailto links; a mailto keeps the host\'s fields', () => {
  const base = 'https://blog.example/post';
  assert.equal(safeCtaHref('/contatti', base).href, 'https://blog.example/contatti');
  assert.equal(safeCtaHref('mailto:a@b.example', base).protocol, 'mailto:');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'ftp://x.example', 'http://[bad', '', null]) {
    assert.equal(safeCtaHref(bad, base), null, String(bad));
  }
  const href = mailtoHref(safeCtaHref('mailto:a@b.example?cc=c@d.example&subject=Ciao', base),
    { subject: 'ignored', body: 'ROI: 12 %\nhttps://x.example/#s=z1.a+b' });
  const [address, query] = href.slice('mailto:'.length).split('?');
  assert.equal(address, 'a@b.example');
  const fields = Object.fromEntries(query.split('&').map((p) => p.split('=')).map(([k, v]) => [k, decodeURIComponent(v)]));
  assert.equal(fields.cc, 'c@d.example');
  assert.equal(fields.subject, 'Ciao');
  assert.equal(fields.body, 'ROI: 12 %\r\nhttps://x.example/#s=z1.a+b');
  assert.doesNotMatch(query, /[ +\n]/, 'spaces and pluses %-encoded, line breaks as %0D%0A');
});

test('call to action: the summary names the calculator, the key figures and the link, in the widget\'s language', () => {
  const catalog = makeCatalog('it', readCatalogs(path.join(repoRoot, 'i18n')).it);
  const { subject, body } = resultSummary({ catalog, kind: 'program', link: 'https://x.example/#s=v1.e30',
    figures: [{ key: 'result.program.roi', value: '48,2%' }] });
  assert.ok(subject.includes(catalog.text('kind.program.title')));
  assert.ok(body.includes(`${catalog.text('result.program.roi')}: 48,2%`));
  assert.ok(body.endsWith('\nhttps://x.example/#s=v1.e30'));
  const unshareable = resultSummary({ catalog, kind: 'vcp', link: null, figures: [{ key: 'result.vcp.partner_gap', value: '3' }] });
  assert.ok(unshareable.body.endsWith(`${catalog.text('result.vcp.partner_gap')}: 3`), 'no link line when none could be made');
});

test('presets: a preset becomes a plain scenario; each value\'s source in words, undated and assumptions said plainly', () => {
  // The words come from the catalog by the value's key, not from the data's English.
  const catalog = makeCatalog('en', { ...readCatalogs(path.join(repoRoot, 'i18n')).en,
    'preset.a.program.customers.assumption': 'A guess.', 'preset.a.program.conversion_rate.measured': 'What was measured.',
    'preset.a.program.conversion_rate.assumption': 'A step.', 'preset.b.gift_card.waves.measured': 'What was measured.' });
  const published = { publication: 'Journal X', year: 2011, measured: 'The data\'s English.' };
  const presets = { presets: [{ id: 'a', scenarios: { program: { customers: { value: 300, assumption: 'The data\'s guess.' },
    conversion_rate: { value: 0.1, source: { ...published, year: null, url: 'https://x.example' }, assumption: 'The data\'s step.' } } } },
  { id: 'b', scenarios: { gift_card: { waves: { value: 2, source: published } } } }] };
  const [only] = presetsFor(presets, 'program');
  assert.equal(only.id, 'a');
  assert.deepEqual(presetDocument(only, 'program', 'passaparola/1', 'CHF'),
    { schema: 'passaparola/1', kind: 'program', inputs: { customers: 300, conversion_rate: 0.1, currency: 'CHF' } });
  assert.deepEqual(sourceText(presetsFor(presets, 'gift_card')[0].values.waves, catalog),
    { summary: `${catalog.text('preset.source')} (2011)`, lines: ['Journal X, 2011.', 'What was measured.'] });
  assert.deepEqual(sourceText(only.values.customers, catalog), { summary: catalog.text('preset.assumption'), lines: ['A guess.'] });
  const both = sourceText(only.values.conversion_rate, catalog);
  assert.ok(both.summary.includes(catalog.text('preset.undated')) && both.summary.includes(catalog.text('preset.assumption').toLowerCase()));
  assert.deepEqual(both.lines.slice(1), ['What was measured.', 'https://x.example', `${catalog.text('preset.assumption')}: A step.`]);
});

test('every preset note is in the reader\'s language and names inputs by their labels, never by their names', () => {
  const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
  const data = JSON.parse(readFileSync(path.join(repoRoot, 'core/data/presets.json'), 'utf8'));
  const expected = new Set();
  for (const preset of data.presets) {
    for (const [kind, values] of Object.entries(preset.scenarios)) {
      for (const [name, entry] of Object.entries(values)) {
        if (entry.source) expected.add(`preset.${preset.id}.${kind}.${name}.measured`);
        if (entry.assumption) expected.add(`preset.${preset.id}.${kind}.${name}.assumption`);
      }
    }
  }
  // Every note of the data has its words, and no words are left of a note that went.
  const noteKeys = Object.keys(catalogs.en).filter((key) => /^preset\.\w+\.\w+\.\w+\.(measured|assumption)$/.test(key));
  assert.deepEqual(noteKeys.sort(), [...expected].sort());
  for (const key of expected) {
    for (const lang of Object.keys(catalogs)) {
      const note = catalogs[lang][key];
      assert.ok(note, `${lang} ${key}`);
      if (lang !== 'en') assert.notEqual(note, catalogs.en[key], `${lang} ${key} is the English`);
      // A snake_case word is an input's (or a choice's) name, which a reader does not know.
      assert.equal(note.match(/\b[a-z]+(?:_[a-z]+)+\b/g), null, `${lang} ${key}: "${note}" names an input by its name`);
    }
  }
  assert.ok(expected.size >= 90, `${expected.size} notes checked`);
});

test('problems are worded by their code in the reader\'s language, never by matching the English rule', async () => {
  const { describeProblem } = await import('../../web/widget/problems.js');
  const { loadWasmCore } = await import('./wasm-core.mjs');
  const core = await loadWasmCore();
  const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
  const catalog = makeCatalog('it', catalogs.it, null);
  const format = { percent: (x) => `${x * 100} %`, money: (x) => `${x} €`, number: (x) => String(x) };
  const metadata = core.inputMetadata();
  const infoOf = (path) => metadata.kinds.program.find((i) => `inputs.${i.name}` === path);
  const answer = core.evaluate({ schema: 'passaparola/1', kind: 'program',
    inputs: { conversion_rate: 1.5, horizon_months: 2.5, currency: 'euro', customer: 1, referred_refer: 'yes' } });
  assert.equal(answer.ok, false);
  const worded = Object.fromEntries(answer.errors.map((e) => [e.code, describeProblem(e, infoOf(e.path), { catalog, format })]));
  assert.deepEqual(Object.keys(worded).sort(), ['currency', 'integer', 'range', 'type', 'unknown_field']);
  assert.ok(worded.range.startsWith(catalogs.it['error.range']), worded.range);
  assert.equal(worded.integer, catalogs.it['ui.widget.error.integer']);
  assert.equal(worded.currency, catalogs.it['ui.widget.error.currency']);
  assert.ok(worded.unknown_field.startsWith(catalogs.it['error.unknown_field']));
  // The code decides: the same English rule with another code is worded otherwise.
  const renamed = { path: 'inputs.x', rule: 'must be an integer', code: 'choice', got: '', message: 'inputs.x: must be an integer' };
  assert.equal(describeProblem(renamed, null, { catalog, format }), renamed.message);
});

// The words of a period unit in each language, which a label with that unit must not repeat.
const MONTH = { en: /\bmonth/i, it: /\bmes[ei]\b/i, fi: /kuu(kau|ssa)/i };
const PERIOD_WORDS = { per_month: MONTH, months: MONTH,
  per_quarter: { en: /quarter/i, it: /trimestr/i, fi: /nelj/i }, days: { en: /\bdays?\b/i, it: /giorn/i, fi: /päiv/i } };

test('no input says its unit twice: the form adds the unit to the label, so the label never holds it', async () => {
  const { loadWasmCore } = await import('./wasm-core.mjs');
  const metadata = (await loadWasmCore()).inputMetadata();
  const catalogs = readCatalogs(path.join(repoRoot, 'i18n'));
  let checked = 0;
  for (const lang of Object.keys(catalogs)) {
    for (const [kind, infos] of Object.entries(metadata.kinds)) {
      for (const info of infos) {
        const unit = info.kind === 'rate' ? 'percent' : info.unit;
        if (!unit || unit === 'currency') continue;
        const label = catalogs[lang][`input.${kind}.${info.name}.label`];
        const unitText = catalogs[lang][`unit.${unit}`];
        assert.ok(!label.includes(`(${unitText})`), `${lang} ${kind}.${info.name}: "${label}" holds its unit (${unitText})`);
        // Nor in other words: "Orders per customer per month (/ month)" says the month twice.
        const period = PERIOD_WORDS[unit]?.[lang];
        assert.ok(!period?.test(label), `${lang} ${kind}.${info.name}: "${label}" says its unit (${unitText}) in words`);
        // A percentage's example is a percentage, as the field shows it, not a fraction.
        const help = catalogs[lang][`input.${kind}.${info.name}.help`];
        if (info.kind === 'rate') assert.ok(!/(e\.g\.|ad es\.|esim\.) 0[.,]\d/.test(help), `${lang} ${kind}.${info.name}: "${help}"`);
        ++checked;
      }
    }
  }
  assert.ok(checked >= 80, `${checked} labels checked`);
});
