// Assembles the static site: the widget bundled and minified into one ES
// module next to the core's .wasm, one catalog module per language, and the
// pages of site/. Usage: node web/tools/build-site.mjs [--readable] <wasm build dir> <out dir>
import { build, transform } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, catalogFiles, catalogModule, readCatalogs } from './catalogs.mjs';
import { checkedNumberPatterns } from './check-number-patterns.mjs';
import { projectVersion } from './project-version.mjs';
import { SHOWN_PARTS, readResultMetadata, resultUnits, resultUnitsModule } from './result-units.mjs';
import { CALCULATOR_KINDS } from '../widget/catalog.js';
import { WIDGET_KIT_MODULES } from '../widget/widget-kit.js';
import { kindFileName } from '../widget/preload.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// --readable leaves the bundle unminified, for profiling and debugging.
const readable = process.argv.includes('--readable');
const [wasmDir, outDir] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((p) => path.resolve(p));
if (!wasmDir || !outDir) {
  console.error('usage: build-site.mjs <wasm build dir> <out dir>');
  process.exit(2);
}
const widgetOut = path.join(outDir, 'widget');

rmSync(outDir, { recursive: true, force: true });

// The wasm modules sit next to the bundle; the widget instantiates them itself.
const MODULES = ['referral-core', 'referral-share', 'referral-whatif', 'referral-log'];

// The stylesheet reaches the widget as text (a constructed stylesheet, for
// the strict CSP), minified like the code around it.
const minifiedCss = {
  name: 'minified-css',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const css = readFileSync(args.path, 'utf8');
      return { contents: readable ? css : (await transform(css, { loader: 'css', minify: true })).code, loader: 'text' };
    });
  },
};

// Each result figure's unit and the key figures' order, as the core states
// them (result_metadata(), from the build-only referral-meta.wasm), in place
// of web/widget/result-units.js.
const resultUnitsSource = resultUnitsModule(resultUnits(await readResultMetadata(path.join(wasmDir, 'referral-meta.wasm')), SHOWN_PARTS));
const generatedResultUnits = {
  name: 'result-units',
  setup(b) {
    b.onLoad({ filter: /[\\/]web[\\/]widget[\\/]result-units\.js$/ }, () => ({ contents: resultUnitsSource, loader: 'js' }));
  },
};

const version = projectVersion();
// Every function of a module runs soon after it loads (a calculator draws at
// once; a section loaded on demand is opened): Chromium's compile hint asks
// V8 to compile them all with the script instead of each on its first call,
// about 5 ms sooner to the first result on the bench machine.
const common = { bundle: true, minify: !readable, format: 'esm', target: 'es2022', plugins: [minifiedCss, generatedResultUnits], legalComments: 'none',
  logLevel: 'warning', define: { WIDGET_VERSION: JSON.stringify(version) }, banner: { js: '//# allFunctionsCalledOnLoad' } };

await build({
  ...common,
  entryPoints: { 'referral-calculator': path.join(root, 'web/widget/referral-calculator.js'),
    // Loaded when a reader first opens "range of outcomes", with its own copy
    // of the few helpers it shares with the widget.
    'whatif-body': path.join(root, 'web/widget/whatif-body.js'),
    'whatif-worker': path.join(root, 'web/widget/whatif-worker.js'),
    // The printed plan and its rules, loaded once the first result is shown.
    'plan': path.join(root, 'web/widget/plan.js'),
    // A VCP contact's referral log and the CSV import's words, loaded when a
    // reader first opens a log or imports a file.
    'log-editor': path.join(root, 'web/widget/log-editor.js'),
    // The presets' menu list and sources, loaded when the menu first opens.
    'presets': path.join(root, 'web/widget/presets-ui.js'),
    // The iframe page's script: the widget with the page's settings and rules
    // in one file, a second copy of the widget on the site so that the page
    // makes one request for the widget's code.
    'embed-page': path.join(root, 'web/embed/embed.js'),
    // The iframe page's first script: it starts the calculator's downloads
    // and the core's compile while embed-page.js compiles.
    'embed-start': path.join(root, 'web/embed/embed-start.js'),
    'embed-resize': path.join(root, 'web/embed/embed-resize.js'),
    // The call to action's link rule, for the embed-code page's generator.
    'cta': path.join(root, 'web/widget/cta.js') },
  outdir: widgetOut,
});

// Each calculator's own code, loaded when a page shows it. The modules it
// shares with the widget (web/widget/widget-kit.js) are not copied in: they
// are read from the widget already running, under this version's key.
const kitKey = `passaparola.widget-kit@${version}`;
const widgetKit = {
  name: 'widget-kit',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => (args.path.slice(2) in WIDGET_KIT_MODULES
      ? { path: args.path.slice(2), namespace: 'widget-kit' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'widget-kit' }, (args) => {
      const names = Object.keys(WIDGET_KIT_MODULES[args.path]);
      return { loader: 'js', contents: `const m = globalThis[Symbol.for(${JSON.stringify(kitKey)})][${JSON.stringify(args.path)}];\n`
        + `export const ${names.map((name) => `${name} = m.${name}`).join(', ')};` };
    });
  },
};
await build({
  ...common,
  plugins: [minifiedCss, generatedResultUnits, widgetKit],
  // With them, the tab bar of an element that shows several calculators.
  entryPoints: Object.fromEntries([...CALCULATOR_KINDS.map(kindFileName), 'tabs.js'].map((file) => [path.basename(file, '.js'), path.join(root, 'web/widget', file)])),
  outdir: widgetOut,
});
for (const name of MODULES) cpSync(path.join(wasmDir, `${name}.wasm`), path.join(widgetOut, `${name}.wasm`));

const catalogs = readCatalogs(path.join(root, 'i18n'));
for (const lang of LANGUAGES) {
  mkdirSync(path.join(widgetOut, 'i18n', lang), { recursive: true });
  const numberPatterns = checkedNumberPatterns(lang, catalogs[lang]);
  for (const [file, strings] of Object.entries(catalogFiles(catalogs[lang]))) {
    const patterns = CALCULATOR_KINDS.includes(file) ? numberPatterns : undefined;
    writeFileSync(path.join(widgetOut, 'i18n', lang, `${file}.js`), catalogModule(strings, patterns));
  }
}

cpSync(path.join(root, 'site'), outDir, { recursive: true, filter: (source) => !source.endsWith('site-header.json') });
// The embed pages name the npm package and the plugin's zip in this version.
for (const file of readdirSync(outDir).filter((name) => /\.(html|js)$/.test(name))) {
  const full = path.join(outDir, file);
  const text = readFileSync(full, 'utf8');
  if (text.includes('{{version}}')) writeFileSync(full, text.replaceAll('{{version}}', version));
}
// Every page's skip link and navigation, from one table (site/site-header.json):
// a page says <!-- site-header --> where they go, in the language of its <html lang>.
// A language's link leads to the page's own translation where the page names
// one (<link rel="alternate" hreflang>), else to that language's home.
const siteHeader = JSON.parse(readFileSync(path.join(root, 'site/site-header.json'), 'utf8'));
function headerOf(page, lang, alternates) {
  const texts = siteHeader.pages[lang];
  if (!texts) throw new Error(`${page}: no site header for <html lang="${lang}">`);
  const own = siteHeader.languages.find((l) => l.lang === lang);
  const links = texts.links.map(({ href, text, hreflang }) =>
    `    <a href="${href}"${hreflang ? ` hreflang="${hreflang}"` : ''}${href === page ? ' aria-current="page"' : ''}>${text}</a>`);
  const languages = siteHeader.languages.filter((l) => l !== own)
    .map((l) => `    <a href="${alternates[l.lang] ?? l.home}" hreflang="${l.lang}" lang="${l.lang}">${l.name}</a>`);
  return [`<a class="skip" href="#${texts.main}">${texts.skip}</a>`, '<header class="site-header">',
    `  <nav aria-label="${texts.nav}">`, `    <a class="brand" href="${own.home}">Passaparola</a>`, ...links, ...languages,
    '  </nav>', '</header>'].join('\n');
}
for (const page of readdirSync(outDir).filter((name) => name.endsWith('.html'))) {
  const file = path.join(outDir, page);
  const html = readFileSync(file, 'utf8');
  if (!html.includes('<!-- site-header -->')) continue;
  const lang = html.match(/<html lang="([a-z]+)"/)?.[1];
  const alternates = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)">/g)]
    .map(([, hreflang, href]) => [hreflang, href]));
  const header = headerOf(page, lang, alternates);
  const main = siteHeader.pages[lang].main;
  if (!html.includes(`<main id="${main}">`)) throw new Error(`${page}: the skip link needs <main id="${main}">`);
  writeFileSync(file, html.replace('<!-- site-header -->', header));
}
console.log(`site assembled in ${path.relative(process.cwd(), outDir) || outDir}`);
