// Assembles the static site: the widget bundled and minified into one ES
// module next to the core's .wasm, one catalog module per language, and the
// pages of site/. Usage: node web/tools/build-site.mjs [--readable] <wasm build dir> <out dir>
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, catalogModule, readCatalogs } from './catalogs.mjs';

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
mkdirSync(path.join(widgetOut, 'i18n'), { recursive: true });

// The Emscripten glue is a build product, not a source file.
const MODULES = ['referral-core', 'referral-whatif'];
const coreFromBuild = {
  name: 'core-from-build',
  setup(b) {
    b.onResolve({ filter: /\/referral-(core|whatif)\.mjs$/ }, (args) => ({ path: path.join(wasmDir, path.basename(args.path)) }));
  },
};

await build({
  entryPoints: { 'referral-calculator': path.join(root, 'web/widget/referral-calculator.js'),
    'whatif-worker': path.join(root, 'web/widget/whatif-worker.js'),
    'embed-resize': path.join(root, 'web/embed/embed-resize.js') },
  outdir: widgetOut,
  bundle: true,
  minify: !readable,
  format: 'esm',
  target: 'es2022',
  loader: { '.css': 'text' },
  plugins: [coreFromBuild],
  legalComments: 'none',
  logLevel: 'warning',
});
for (const name of MODULES) cpSync(path.join(wasmDir, `${name}.wasm`), path.join(widgetOut, `${name}.wasm`));

const catalogs = readCatalogs(path.join(root, 'i18n'));
for (const lang of LANGUAGES) writeFileSync(path.join(widgetOut, 'i18n', `${lang}.js`), catalogModule(catalogs[lang]));

cpSync(path.join(root, 'site'), outDir, { recursive: true });
cpSync(path.join(root, 'web/embed/embed.js'), path.join(outDir, 'embed.js'));
console.log(`site assembled in ${path.relative(process.cwd(), outDir) || outDir}`);
