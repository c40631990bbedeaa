// The npm package `passaparola-widget`: the built widget files (the same the
// site and the WordPress plugin serve) with web/package/'s package.json and
// README, packed by `npm pack` into a tarball; nothing is published.
// Usage: node web/tools/pack-widget.mjs <built widget dir> <out dir>
// → <out dir>/npm/passaparola-widget/ and <out dir>/passaparola-widget-<version>.tgz
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectVersion } from './project-version.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [widgetDir, outDir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!widgetDir || !outDir) {
  console.error('usage: pack-widget.mjs <built widget dir> <out dir>');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(path.join(root, 'web/package/package.json'), 'utf8'));
manifest.version = projectVersion();
const packageDir = path.join(outDir, 'npm', manifest.name);
rmSync(packageDir, { recursive: true, force: true });
mkdirSync(packageDir, { recursive: true });

// The element's type declarations are source, not built: from web/widget.
const sourceOf = (entry) => (entry.endsWith('.d.ts') ? path.join(root, 'web/widget', entry) : path.join(widgetDir, entry));
for (const entry of manifest.files) {
  const source = sourceOf(entry);
  if (!existsSync(source)) throw new Error(`${source}: missing from the built widget (run scripts/build-web.sh)`);
  cpSync(source, path.join(packageDir, entry), { recursive: true });
}
// The README's CDN addresses name this very version.
writeFileSync(path.join(packageDir, 'README.md'),
  readFileSync(path.join(root, 'web/package/README.md'), 'utf8').replaceAll('{{version}}', manifest.version));
cpSync(path.join(root, 'LICENSE'), path.join(packageDir, 'LICENSE'));
writeFileSync(path.join(packageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', outDir, '--loglevel=error'],
  { cwd: packageDir, encoding: 'utf8' }));
console.log(`npm package: ${path.relative(process.cwd(), path.join(outDir, packed.filename))} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB)`);
