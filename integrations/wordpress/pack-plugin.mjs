// The WordPress plugin as an installable zip: the plugin's PHP and editor
// script, the npm package's widget files in widget/ (the same files the CDN
// serves), the editor's translations from i18n/wordpress/ in WordPress's JSON
// format, and the project version written in.
// Usage: node integrations/wordpress/pack-plugin.mjs <npm package dir> <out dir>
// → <out dir>/wordpress/passaparola/ and <out dir>/passaparola-wordpress-<version>.zip
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectVersion } from '../../web/tools/project-version.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const [packageDir, outDir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!packageDir || !outDir) {
  console.error('usage: pack-plugin.mjs <npm package dir> <out dir>');
  process.exit(2);
}
const SLUG = 'passaparola';
// The handle WordPress gives block.json's editorScript (includes/block.php loads its translations).
const EDITOR_HANDLE = 'passaparola-calculator-editor-script';
// Catalog language → WordPress locale.
const LOCALES = { it: 'it_IT', fi: 'fi' };
const version = projectVersion();

const stageDir = path.join(outDir, 'wordpress');
const pluginDir = path.join(stageDir, SLUG);
rmSync(stageDir, { recursive: true, force: true });
mkdirSync(stageDir, { recursive: true });
cpSync(path.join(here, SLUG), pluginDir, { recursive: true });
for (const file of readdirSync(pluginDir, { recursive: true })) {
  if (!/\.(php|txt)$/.test(file)) continue;
  const full = path.join(pluginDir, file);
  writeFileSync(full, readFileSync(full, 'utf8').replaceAll('{{version}}', version));
}

const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
// The browser's files only: the type declarations are for developers' editors.
for (const entry of manifest.files.filter((name) => !name.endsWith('.d.ts'))) {
  cpSync(path.join(packageDir, entry), path.join(pluginDir, 'widget', entry), { recursive: true });
}

const strings = Object.fromEntries(['en', ...Object.keys(LOCALES)].map((lang) =>
  [lang, JSON.parse(readFileSync(path.join(root, 'i18n/wordpress', `${lang}.json`), 'utf8'))]));
const sourceTexts = Object.keys(strings.en).sort();
mkdirSync(path.join(pluginDir, 'languages'));
for (const [lang, locale] of Object.entries(LOCALES)) {
  const texts = Object.keys(strings[lang]).sort();
  if (JSON.stringify(texts) !== JSON.stringify(sourceTexts)) throw new Error(`i18n/wordpress/${lang}.json: not the same texts as en.json`);
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const text of texts) messages[text] = [strings[lang][text]];
  writeFileSync(path.join(pluginDir, 'languages', `${SLUG}-${locale}-${EDITOR_HANDLE}.json`),
    JSON.stringify({ domain: 'messages', locale_data: { messages } }));
}

const zip = path.join(outDir, `${SLUG}-wordpress-${version}.zip`);
rmSync(zip, { force: true });
execFileSync('zip', ['-q', '-r', '-X', zip, SLUG], { cwd: stageDir });
console.log(`WordPress plugin: ${path.relative(process.cwd(), zip)}`);
