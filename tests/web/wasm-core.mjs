// The shipped wasm module, loaded in Node through the widget's own client.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { wasmDir, repoRoot } from './paths.mjs';

// name: 'referral-core' (the calculators), 'referral-share' (share links),
// 'referral-whatif' (what-if analysis) or 'referral-log' (the CSV import).
export async function loadWasmCore(name = 'referral-core') {
  const { loadCore } = await import(pathToFileURL(path.join(repoRoot, 'web/widget/core-client.js')).href);
  return loadCore(readFileSync(path.join(wasmDir, `${name}.wasm`)));
}
