// The widget as a blogger gets it from a CDN: the packed npm tarball
// (build/passaparola-widget-<version>.tgz) installed with `npm install` into a
// scratch folder, its files served from another origin (127.0.0.2, with the
// CORS header CDNs send), and host pages served from 127.0.0.1 under the CSP
// the package's README gives hosts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.mjs';
import { startServer } from './server.mjs';

export const PACKAGE_NAME = 'passaparola-widget';

export function packedTarball() {
  const buildDir = path.join(repoRoot, 'build');
  const tarballs = readdirSync(buildDir).filter((name) => name.startsWith(`${PACKAGE_NAME}-`) && name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`expected one ${PACKAGE_NAME}-*.tgz in ${buildDir} (scripts/build-web.sh), found ${tarballs.length}`);
  return path.join(buildDir, tarballs[0]);
}

// The CSP of the README, with `cdn` (an origin) in its place.
export const hostCsp = (cdn) => `default-src 'self'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; style-src 'self' ${cdn}; `
  + `connect-src ${cdn}; img-src 'self' data:; worker-src ${cdn} blob:`;

// `pages(cdnBase)` → {file name: html}. Returns the two origins, the installed
// package's folder (the CDN's root), what the CDN served, and close() that
// stops both servers and removes the scratch folders.
export async function startCdnAndHost(pages) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'passaparola-npm-'));
  const hostDir = mkdtempSync(path.join(tmpdir(), 'passaparola-host-'));
  const servers = [];
  const close = async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(scratch, { recursive: true, force: true });
    rmSync(hostDir, { recursive: true, force: true });
  };
  try {
    writeFileSync(path.join(scratch, 'package.json'), '{"name": "a-blog", "private": true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', packedTarball()], { cwd: scratch, stdio: 'pipe' });
    const served = [];
    const cdn = await startServer({ root: path.join(scratch, 'node_modules', PACKAGE_NAME), host: '127.0.0.2',
      headers: { 'Access-Control-Allow-Origin': '*' }, served });
    servers.push(cdn);
    const cdnBase = `${cdn.origin}/`;
    for (const [name, html] of Object.entries(pages(cdnBase))) writeFileSync(path.join(hostDir, name), html);
    const host = await startServer({ root: hostDir, headers: { 'Content-Security-Policy': hostCsp(cdn.origin) } });
    servers.push(host);
    return { cdn: cdn.origin, host: host.origin, packageDir: path.join(scratch, 'node_modules', PACKAGE_NAME), served, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// A blog post: the README's two lines, `calculators` being the elements.
export const blogPost = (cdnBase, calculators, lang = 'it') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Un articolo</title><link rel="icon" href="data:,">
<script type="module" src="${cdnBase}referral-calculator.js"></script>
</head><body><main><h1>Un articolo</h1><p>Il testo dell'articolo.</p>
${calculators}
</main></body></html>
`;
