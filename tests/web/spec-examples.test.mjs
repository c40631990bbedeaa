// The wasm build against the spec's worked examples, which were computed
// independently of the project's code (1e-7 absolute + 1e-8 relative, as
// tests/spec/check_examples.py asks of the CLI). Needs no native build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWasmCore } from './wasm-core.mjs';
import { examplesDir } from './paths.mjs';

const core = await loadWasmCore();
const whatif = await loadWasmCore('referral-whatif');

function mismatch(expected, actual, at) {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${at}: expected a list of ${expected.length}`;
    for (let i = 0; i < expected.length; ++i) {
      const found = mismatch(expected[i], actual[i], `${at}[${i}]`);
      if (found) return found;
    }
  } else if (expected !== null && typeof expected === 'object') {
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in (actual ?? {}))) return `${at}.${key}: missing`;
      const found = mismatch(value, actual[key], `${at}.${key}`);
      if (found) return found;
    }
  } else if (typeof expected === 'number') {
    if (typeof actual !== 'number' || Math.abs(actual - expected) > 1e-7 + 1e-8 * Math.abs(expected)) return `${at}: expected ${expected}, got ${actual}`;
  } else if (expected !== actual) {
    return `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
  return null;
}

// Rows whose swings tie to 9 significant digits may come in either order.
const canonical = (rows) => [...rows].sort((a, b) =>
  Number(b.swing.toExponential(8)) - Number(a.swing.toExponential(8)) || a.input.localeCompare(b.input));

const examples = readdirSync(examplesDir).filter((f) => /^[a-z-]+\.json$/.test(f));

test('every worked example evaluates to its expected result', () => {
  assert.ok(examples.length >= 5, examplesDir);
  for (const file of examples) {
    const expected = JSON.parse(readFileSync(path.join(examplesDir, file.replace('.json', '.expected.json')), 'utf8'));
    const answer = core.evaluate(readFileSync(path.join(examplesDir, file), 'utf8'));
    assert.equal(answer.ok, true, `${file}: ${JSON.stringify(answer.errors)}`);
    assert.equal(mismatch(expected.result, answer.value.result, 'result'), null, file);
  }
});

test('every worked sensitivity matches', () => {
  let checked = 0;
  for (const file of examples) {
    const expectedFile = path.join(examplesDir, file.replace('.json', '.sensitivity.json'));
    if (!existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')).sensitivity;
    const answer = whatif.sensitivity(readFileSync(path.join(examplesDir, file), 'utf8'));
    assert.equal(answer.ok, true, `${file}: ${JSON.stringify(answer.errors)}`);
    assert.equal(mismatch(canonical(expected), canonical(answer.value.result.sensitivity), 'sensitivity'), null, file);
    ++checked;
  }
  assert.ok(checked >= 4);
});
