// The wasm build of the core against the native CLI: same documents, same
// answers (numbers to 1e-12 relative, messages word for word).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWasmCore } from './wasm-core.mjs';
import { cliEvaluate, runCli, errorLines } from './native-cli.mjs';
import { differences } from './compare.mjs';
import { randomDocument, randomSource, spoiledDocument } from './random-documents.mjs';
import { examplesDir } from './paths.mjs';

const core = await loadWasmCore();
// Share links have their own module, loaded when the page is idle or opens a link.
const share = await loadWasmCore('referral-share');
const metadata = core.inputMetadata();
const RANDOM_DOCUMENTS = Number(process.env.PASSAPAROLA_RANDOM_DOCUMENTS ?? 300);

function assertSameAnswer(text, label) {
  const wasm = core.evaluate(text);
  const native = cliEvaluate(text);
  assert.equal(wasm.ok, native.ok, `${label}: wasm ok=${wasm.ok}, native ok=${native.ok}\n${text}`);
  if (native.ok) {
    assert.deepEqual(differences(wasm.value, native.value), [], `${label}\n${text}`);
  } else {
    assert.deepEqual(wasm.errors.map((e) => e.message), native.messages, `${label}\n${text}`);
  }
}

test('every spec example evaluates exactly as the native CLI', () => {
  const examples = readdirSync(examplesDir).filter((f) => /^[a-z-]+\.json$/.test(f));
  assert.ok(examples.length >= 5, `spec examples found in ${examplesDir}`);
  for (const file of examples) assertSameAnswer(readFileSync(path.join(examplesDir, file), 'utf8'), file);
});

test(`${RANDOM_DOCUMENTS} random valid documents evaluate as in the native CLI`, () => {
  const rng = randomSource(20240501);
  let evaluated = 0;
  for (let i = 0; i < RANDOM_DOCUMENTS; ++i) {
    const text = JSON.stringify(randomDocument(metadata, rng));
    assertSameAnswer(text, `random document ${i}`);
    if (core.evaluate(text).ok) ++evaluated;
  }
  // Extreme growth may be refused as overflow, but most documents must compute.
  assert.ok(evaluated > RANDOM_DOCUMENTS * 0.9, `${evaluated} of ${RANDOM_DOCUMENTS} evaluated`);
});

test('invalid documents are refused with the native messages', () => {
  const rng = randomSource(7);
  for (let i = 0; i < 60; ++i) assertSameAnswer(JSON.stringify(spoiledDocument(metadata, rng)), `spoiled ${i}`);
  for (const text of ['', 'not json', '[]', '{"schema":"passaparola/1"}', '{"schema":"passaparola/1","kind":"vcp","inputs":{"contacts":[{"name":"   "}]}}', '{"a":' + '['.repeat(100)]) {
    assertSameAnswer(text, JSON.stringify(text));
  }
});

test('validate fills in every default and refuses what evaluate refuses', () => {
  const filled = core.validate({ schema: metadata.schema, kind: 'gift_card', inputs: { waves: 2 } });
  assert.equal(filled.ok, true);
  const names = metadata.kinds.gift_card.map((i) => i.name);
  assert.deepEqual(Object.keys(filled.value.inputs), names);
  assert.equal(filled.value.inputs.waves, 2);
  for (const info of metadata.kinds.gift_card.filter((i) => i.name !== 'waves')) {
    assert.deepEqual(filled.value.inputs[info.name], info.default, info.name);
  }
  const refused = core.validate({ schema: metadata.schema, kind: 'gift_card', inputs: { waves: 0 } });
  assert.equal(refused.ok, false);
  assert.equal(refused.errors[0].path, 'inputs.waves');
});

test('share payloads made in wasm open in the native CLI and the other way round', () => {
  const rng = randomSource(99);
  for (let i = 0; i < 40; ++i) {
    const document = randomDocument(metadata, rng);
    if (!core.evaluate(document).ok) continue;
    const filled = core.validate(document).value;

    const payload = share.encodeShare(document);
    assert.equal(payload.ok, true);
    assert.match(payload.value, /^(v1|z1)\.[A-Za-z0-9_-]+$/);
    const opened = runCli(['open', payload.value]);
    assert.equal(opened.status, 0, opened.stderr);
    assert.deepEqual(differences(JSON.parse(opened.stdout), filled, 0), []);

    const link = runCli(['link', '-', '--base', 'https://example.org/post'], JSON.stringify(document));
    assert.equal(link.status, 0, link.stderr);
    const decoded = share.decodeShare(link.stdout.trim());
    assert.equal(decoded.ok, true, JSON.stringify(decoded.errors));
    assert.deepEqual(differences(decoded.value, filled, 0), []);
  }
});

test('broken share payloads are refused with the native messages', () => {
  const big = 'v1.' + 'A'.repeat(100000);
  for (const payload of ['', 'x1.abc', 'v1.@@@@', 'z1.AAAA', 'v1.e30', big, '#s=z1.' + 'B'.repeat(30)]) {
    const wasm = share.decodeShare(payload);
    assert.equal(wasm.ok, false, payload.slice(0, 20));
    const native = runCli(['open', payload]);
    assert.notEqual(native.status, 0);
    assert.deepEqual(wasm.errors.map((e) => e.message), errorLines(native.stderr), payload.slice(0, 20));
  }
});

test('errors cross the boundary as path, rule, got and message', () => {
  const answer = core.evaluate({ schema: metadata.schema, kind: 'program', inputs: { conversion_rate: 2 } });
  assert.equal(answer.ok, false);
  const [error] = answer.errors;
  assert.equal(error.path, 'inputs.conversion_rate');
  assert.equal(error.got, '2');
  assert.ok(error.rule.length > 0);
  assert.equal(error.message, `${error.path}: ${error.rule} (got ${error.got})`);
});

// The wasm lexer hands number text to the page's Number() (web/src/libc_subset.cpp);
// the native one to glibc's strtod. Both must round every text to the same double.
test('number text is read to the same double as natively: long, tiny, huge and integer-edge numbers', () => {
  const numbers = ['0.1', '123456789.123456789012345678901234567890', '999999999.99999999999999999', '1e-320',
    '4.9406564584124654e-324', '2.4703282292062327e-324', '2.2250738585072011e-308', '1.7976931348623157e308',
    '1e400', '-1e400', '9007199254740993', '9223372036854775807', '9223372036854775808', '18446744073709551615',
    '18446744073709551616', '-9223372036854775808', '-9223372036854775809', '-0', '0e0', '7.0E-1',
    '0.30000000000000004441', `0.${'1'.repeat(400)}`, `${'9'.repeat(30)}e-22`];
  for (const number of numbers) {
    for (const input of ['customers', 'gross_margin']) {
      const text = `{"schema":"passaparola/1","kind":"program","inputs":{"${input}":${number}}}`;
      const wasm = core.evaluate(text);
      const native = cliEvaluate(text);
      assert.equal(wasm.ok, native.ok, text);
      if (native.ok) assert.ok(Object.is(wasm.value.inputs[input], native.value.inputs[input]), text);
      else assert.deepEqual(wasm.errors.map((e) => e.message), native.messages, text);
    }
  }
});

test('the CSV import module reads an Italian export as the native CLI\'s import-log does, and refuses bad rows as it does', async () => {
  const log = await loadWasmCore('referral-log');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-log-'));
  try {
    const italian = '\ufeffData;Contatto;Direzione;Valore\r\n31/03/2026;Studio Bianchi;ricevuto;1.250,50\r\n'
      + '01/04/2026;"Da Mario; trattoria";dato;\r\n2026-04-02;Studio Bianchi;passata;0,5\r\n';
    writeFileSync(path.join(dir, 'it.csv'), italian);
    const native = runCli(['import-log', path.join(dir, 'it.csv')]);
    assert.equal(native.status, 0, native.stderr);
    const wasm = log.importReferralLog(italian, null);
    assert.equal(wasm.ok, true, JSON.stringify(wasm.errors));
    assert.deepEqual(wasm.value, JSON.parse(native.stdout));
    assert.equal(wasm.value.inputs.contacts[0].log[0].closed_value, 1250.5);

    const bad = 'date,contact,direction,closed value\n2026-13-01,Anna,given,1\n2026-01-01,Anna,sideways,1\n';
    writeFileSync(path.join(dir, 'bad.csv'), bad);
    const refusedNative = runCli(['import-log', path.join(dir, 'bad.csv')]);
    const refused = log.importReferralLog(bad, null);
    assert.equal(refused.ok, false);
    assert.deepEqual(refused.errors.map((e) => e.code), ['csv.date_day', 'csv.direction']);
    assert.deepEqual(refused.errors.map((e) => e.message), errorLines(refusedNative.stderr));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
