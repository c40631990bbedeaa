// The what-if module (sensitivity, Monte Carlo) in wasm against the native
// CLI: the same seed gives the same simulation (1e-9 relative).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWasmCore } from './wasm-core.mjs';
import { runCli, errorLines } from './native-cli.mjs';
import { differences } from './compare.mjs';
import { randomSource, uncertainDocument } from './random-documents.mjs';
import { examplesDir } from './paths.mjs';

const whatif = await loadWasmCore('referral-whatif');
const metadata = (await loadWasmCore()).inputMetadata();

function nativeRun(args, text) {
  const run = runCli(args[0] === 'simulate' ? [...args, '--quiet'] : args, text);
  return run.status === 0 ? { ok: true, value: JSON.parse(run.stdout) } : { ok: false, messages: errorLines(run.stderr) };
}

function assertSame(wasm, native, label, relative) {
  assert.equal(wasm.ok, native.ok, `${label}: wasm ${JSON.stringify(wasm.errors)} native ${JSON.stringify(native.messages)}`);
  if (native.ok) assert.deepEqual(differences(wasm.value, native.value, relative), [], label);
  else assert.deepEqual(wasm.errors.map((e) => e.message), native.messages, label);
}

const programAndGiftCardExamples = readdirSync(examplesDir).filter((f) => /^(program|gift-card)[a-z-]*\.json$/.test(f) && !/\.(expected|sensitivity)\.json$/.test(f));

test('sensitivity of every spec example as in the native CLI', () => {
  assert.ok(programAndGiftCardExamples.length >= 4);
  for (const file of programAndGiftCardExamples) {
    const text = readFileSync(path.join(examplesDir, file), 'utf8');
    assertSame(whatif.sensitivity(text), nativeRun(['sensitivity', '-'], text), file, 1e-12);
  }
});

test('Monte Carlo with uncertain inputs: same seed, same simulation as native (1e-9)', () => {
  const rng = randomSource(4242);
  for (let i = 0; i < 25; ++i) {
    const document = uncertainDocument(metadata, rng);
    const text = JSON.stringify(document);
    const trials = 500 + rng.below(2000);
    const seed = rng.below(1000000);
    const wasm = whatif.simulate(text, { trials, seed });
    assertSame(wasm, nativeRun(['simulate', '-', '--trials', String(trials), '--seed', String(seed)], text), `simulate ${i}: ${text}`, 1e-9);
    assertSame(whatif.sensitivity(text), nativeRun(['sensitivity', '-'], text), `sensitivity ${i}`, 1e-12);
  }
});

test('what-if refusals match the native messages', () => {
  const vcp = '{"schema":"passaparola/1","kind":"vcp"}';
  assertSame(whatif.sensitivity(vcp), nativeRun(['sensitivity', '-'], vcp), 'vcp sensitivity');
  const bad = '{"schema":"passaparola/1","kind":"program","uncertainty":{"conversion_rate":{"low":0.5,"high":0.1}}}';
  assertSame(whatif.simulate(bad), nativeRun(['simulate', '-'], bad), 'low > high');
  const answer = whatif.simulate('{"schema":"passaparola/1","kind":"program"}', { trials: 0 });
  assert.equal(answer.ok, false);
  assert.match(answer.errors[0].path, /trials/);
});
