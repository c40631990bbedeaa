// The wasm build against the spec's worked examples, which were computed
// independently of the project's code (1e-7 absolute + 1e-8 relative, as
// ../shared/spec/check_examples.py asks of the CLI). Needs no native build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWasmCore } from './wasm-core.mjs';
import { examplesDir } from './paths.mjs';
import { differences, specTolerance } from './compare.mjs';

const core = await loadWasmCore();
const whatif = await loadWasmCore('referral-whatif');

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
    assert.deepEqual(differences(answer.value.result, expected.result, specTolerance, 'result'), [], file);
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
    assert.deepEqual(differences(canonical(answer.value.result.sensitivity), canonical(expected), specTolerance, 'sensitivity'), [], file);
    ++checked;
  }
  assert.ok(checked >= 4);
});

// The comparison rule itself, so a lenient checker cannot hide a wrong result.
test('the spec comparison allows only the stated tolerance', () => {
  const agree = (expected, actual) => differences(actual, expected, specTolerance).length === 0;
  assert.ok(agree(1000, 1000 + 1e-7 + 0.9e-5));
  assert.ok(!agree(1000, 1000 + 1e-7 + 1.1e-5));
  assert.ok(agree(0, 0.9e-7));
  assert.ok(!agree(0, 1.1e-7));
  assert.ok(!agree({ a: null }, { a: 0 }));
  assert.ok(!agree({ a: [1, 2] }, { a: [1] }));
  assert.ok(!agree({ a: 1 }, {}));
  assert.ok(!agree({ a: 1 }, { a: Number.NaN }));
  assert.ok(agree({ a: 1 }, { a: 1.0, b: 2 }));
});
