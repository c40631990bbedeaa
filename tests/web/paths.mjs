// Where the tests find what the build produced (override with env variables).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmDir = process.env.PASSAPAROLA_WASM_DIR ?? path.join(repoRoot, 'build/wasm/web');
export const siteDir = process.env.PASSAPAROLA_SITE_DIR ?? path.join(repoRoot, 'build/site');
export const cliPath = process.env.PASSAPAROLA_CLI ?? path.join(repoRoot, 'build/native/native/cli/passaparola');
// The spec's own examples, beside the clone: the one source (a copy could drift).
export const examplesDir = process.env.PASSAPAROLA_EXAMPLES ?? path.resolve(repoRoot, '../shared/spec/examples');
if (!existsSync(examplesDir)) {
  throw new Error(`no spec examples at ${examplesDir}: put the shared folder beside the clone or set PASSAPAROLA_EXAMPLES`);
}
export const artifactsDir = path.join(repoRoot, 'build/test-artifacts');
export const numberFormatProbePath = process.env.PASSAPAROLA_NUMBER_PROBE
  ?? path.join(repoRoot, 'build/native/tests/desktop/number_format_probe');
