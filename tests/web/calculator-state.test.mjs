// The calculator's state (web/widget/calculator-state.js) without a
// browser, on the real wasm core, checked against the native CLI: what the
// element draws is this state, so its rules are tested here once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadWasmCore } from './wasm-core.mjs';
import { cliEvaluate, errorLines, runCli } from './native-cli.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { differences } from './compare.mjs';
import { repoRoot } from './paths.mjs';

const { CalculatorState, allowedModes, withoutResult, NOT_A_NUMBER_RULE, OTHER_CALCULATOR_RULE } =
  await import(pathToFileURL(path.join(repoRoot, 'web/widget/calculator-state.js')).href);
const core = await loadWasmCore();
const share = await loadWasmCore('referral-share');
const logCore = await loadWasmCore('referral-log');
const metadata = core.inputMetadata();

const started = (modes, currency) => {
  const state = new CalculatorState({ core, metadata, share });
  state.configure({ modes, currency });
  return state;
};

function assertMatchesCli(scenario, result) {
  const native = cliEvaluate(JSON.stringify(scenario));
  assert.equal(native.ok, true, JSON.stringify(native.messages));
  assert.deepEqual(differences(result, native.value), []);
}

test('modes: the listed known kinds, else the mode, else program', () => {
  assert.deepEqual(allowedModes('vcp, gift_card  vcp nonsense', 'program'), ['vcp', 'gift_card']);
  assert.deepEqual(allowedModes('', 'gift_card'), ['gift_card']);
  assert.deepEqual(allowedModes(null, 'lottery'), ['program']);
});

test('each kind starts from its defaults in the page\'s currency, as the CLI computes them', () => {
  const state = started(['program', 'gift_card', 'vcp'], 'CHF');
  assert.equal(state.kind, 'program');
  for (const kind of ['program', 'gift_card', 'vcp']) {
    const inputs = kind === 'vcp' ? {} : { currency: 'CHF' };
    const native = cliEvaluate(JSON.stringify({ schema: metadata.schema, kind, inputs }));
    assert.deepEqual(differences(state.latest(kind), native.value), [], kind);
    assert.deepEqual(state.draft(kind), withoutResult(native.value), kind);
  }
  assert.deepEqual(state.scenario, withoutResult(state.result));
  // A currency the core refuses leaves the defaults' own.
  const refused = started(['gift_card'], 'ZZ1');
  assert.equal(refused.scenario.inputs.currency, cliEvaluate('{"schema":"passaparola/1","kind":"gift_card"}').value.inputs.currency);
});

test('scenario and result are copies: changing them changes nothing', () => {
  const state = started(['program']);
  const scenario = state.scenario;
  scenario.inputs.customers = 1;
  state.result.result.totals.roi = 99;
  assert.notEqual(state.scenario.inputs.customers, 1);
  assert.notEqual(state.result.result.totals.roi, 99);
});

test('an input typed is computed; an invalid one keeps the last valid result and says where', () => {
  const state = started(['program']);
  const changed = state.setInput('customers', 1250);
  assert.equal(changed.ok, true);
  assert.equal(state.scenario.inputs.customers, 1250);
  assertMatchesCli(state.scenario, state.result);
  const valid = state.result;
  const refused = state.setInput('monthly_churn', 2.5);
  assert.equal(refused.ok, false);
  assert.equal(refused.errors[0].path, 'inputs.monthly_churn');
  assert.deepEqual(state.result, valid);
  assert.equal(state.draft().inputs.monthly_churn, 2.5);
  assert.equal(state.setInput('monthly_churn', 0.03).ok, true);
  assert.equal(state.result.inputs.monthly_churn, 0.03);
});

test('text that is not a number holds back its kind until the field holds a number', () => {
  const state = started(['program', 'gift_card']);
  const held = state.setNotANumber('customers', 'inputs.customers: not a number (abc)');
  assert.equal(held.ok, false);
  assert.deepEqual(held.errors.map((e) => [e.path, e.rule, e.local]), [['inputs.customers', NOT_A_NUMBER_RULE, true]]);
  // Another input changed still cannot be computed, another kind can.
  assert.equal(state.setInput('horizon_months', 24).ok, false);
  assert.equal(state.evaluate('gift_card').ok, true);
  assert.equal(state.setInput('customers', 800).ok, true);
  assert.equal(state.result.inputs.horizon_months, 24);
  // Leaving the kind forgets the text (the form is drawn anew).
  state.setNotANumber('customers', 'x');
  assert.equal(state.select('gift_card'), true);
  assert.equal(state.select('program'), true);
  assert.equal(state.evaluate().ok, true);
});

test('each kind keeps its own scenario; new modes keep what was typed', () => {
  const state = started(['program', 'gift_card']);
  state.setInput('customers', 42);
  assert.equal(state.select('gift_card'), true);
  assert.equal(state.select('gift_card'), false);
  assert.equal(state.select('vcp'), false, 'a kind not shown cannot be selected');
  state.setInput('waves', 5);
  const computed = state.configure({ modes: ['vcp', 'gift_card', 'program'] });
  assert.deepEqual([...computed], ['vcp']);
  assert.equal(state.kind, 'gift_card');
  assert.equal(state.scenario.inputs.waves, 5);
  state.select('program');
  assert.equal(state.scenario.inputs.customers, 42);
  // Modes without the current kind: the first one is shown.
  state.configure({ modes: ['vcp'] });
  assert.equal(state.kind, 'vcp');
});

test('a whole document replaces the scenario only when the core computes it and it is shown here', () => {
  const state = started(['gift_card']);
  assert.deepEqual(state.replace({ schema: metadata.schema, kind: 'gift_card', inputs: { waves: 6, card_value: 20 } }), { ok: true, kind: 'gift_card' });
  const accepted = state.scenario;
  assertMatchesCli(accepted, state.result);
  const invalid = state.replace({ schema: metadata.schema, kind: 'gift_card', inputs: { waves: 0 } });
  assert.equal(invalid.errors[0].path, 'inputs.waves');
  const elsewhere = state.replace({ schema: metadata.schema, kind: 'program' });
  assert.deepEqual(elsewhere.errors.map((e) => [e.path, e.got]), [['kind', 'program']]);
  assert.equal(state.replace('not json').ok, false);
  assert.deepEqual(state.scenario, accepted);
  assert.equal(state.reset().ok, true);
  assert.equal(state.scenario.inputs.waves, metadata.kinds.gift_card.find((i) => i.name === 'waves').default);
});

test('a preset\'s values keep their source until the reader changes them', () => {
  const state = started(['program']);
  const preset = { id: 'test', values: { customers: { value: 900 }, conversion_rate: { value: 0.2 } } };
  state.replace({ schema: metadata.schema, kind: 'program', inputs: { customers: 900, conversion_rate: 0.2 } }, preset);
  assert.equal(state.setInput('customers', 900).presetValueChanged, false);
  assert.equal(state.setInput('customers', 901).presetValueChanged, true);
  assert.deepEqual(Object.keys(state.preset().values), ['conversion_rate']);
  assert.equal(state.setInput('customers', 900).presetValueChanged, false, 'a source once gone stays gone');
});

test('ranges of outcomes enter the scenario and leave it', () => {
  const state = started(['program']);
  assert.equal(state.setUncertainty({ conversion_rate: { low: 0.05, high: 0.3 } }).ok, true);
  // The core fills in the likely value: the input's own.
  assert.deepEqual(state.scenario.uncertainty, { conversion_rate: { low: 0.05, likely: state.scenario.inputs.conversion_rate, high: 0.3 } });
  assertMatchesCli(state.scenario, state.result);
  state.setUncertainty(null);
  assert.equal(state.scenario.uncertainty, undefined);
});

test('the state\'s share link opens in the CLI, the CLI\'s link opens in the state, and a link to another calculator says which', () => {
  const state = started(['program', 'gift_card', 'vcp']);
  state.select('vcp');
  state.replace({ schema: metadata.schema, kind: 'vcp', inputs: { contacts: [{ name: 'Anna', traits: ['maven'] }] } });
  const link = state.shareLink('https://blog.example/post?x=1#old');
  assert.match(link.value, /^https:\/\/blog\.example\/post\?x=1#s=(v1|z1)\.[A-Za-z0-9_-]+$/);
  const opened = runCli(['open', link.value.split('#s=')[1]]);
  assert.equal(opened.status, 0, opened.stderr);
  assert.deepEqual(differences(JSON.parse(opened.stdout), state.scenario, 0), []);

  const document = { schema: metadata.schema, kind: 'gift_card', inputs: { waves: 4 } };
  const cliLink = runCli(['link', '-', '--base', 'https://example.org/embed.html'], JSON.stringify(document)).stdout.trim();
  assert.deepEqual(state.openShared(cliLink), { ok: true, kind: 'gift_card' });
  assert.equal(state.scenario.inputs.waves, 4);

  const programOnly = started(['program']);
  const before = programOnly.scenario;
  const other = programOnly.openShared(cliLink);
  assert.equal(other.ok, false);
  assert.equal(other.otherKind, 'gift_card');
  assert.deepEqual(other.errors.map((e) => [e.path, e.rule, e.got]), [['kind', OTHER_CALCULATOR_RULE, 'gift_card']]);
  const broken = programOnly.openShared('z1.AAAA@@');
  assert.equal(broken.ok, false);
  assert.equal(broken.broken, true);
  assert.equal(broken.otherKind, undefined);
  assert.deepEqual(programOnly.scenario, before);
});

test('share links wait for their module: none before it is given, then the same link as the CLI makes', () => {
  const state = new CalculatorState({ core, metadata });
  state.configure({ modes: ['program'] });
  assert.deepEqual(state.shareLink('https://blog.example/'), { ok: false, errors: [] });
  state.useShare(share);
  const link = state.shareLink('https://blog.example/');
  assert.equal(link.ok, true);
  const cli = runCli(['link', '-', '--base', 'https://blog.example/'], JSON.stringify(state.scenario)).stdout.trim();
  assert.equal(link.value, cli);
});

// A VCP assessment with one contact and a log of `entries` entries.
const withLog = (entries, name = 'Studio Bianchi') => ({ schema: metadata.schema, kind: 'vcp', inputs: { contacts: [{
  name, mine: { knows_business: true, trusts_competence: true, referrals_per_quarter: 7 },
  theirs: { knows_business: true, trusts_competence: true, referrals_per_quarter: 7 },
  log: Array.from({ length: entries }, (_, i) => ({ date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    direction: i % 2 ? 'received' : 'given', closed_value: 100 * i })) }] } });

test('log entries are added and removed in the state, as the CLI computes them; the last one gone, the typed rates count again', () => {
  const state = started(['vcp']);
  assert.equal(state.replace({ schema: metadata.schema, kind: 'vcp', inputs: { contacts: [{ name: 'Anna',
    mine: { knows_business: true, trusts_competence: true, referrals_per_quarter: 3 },
    theirs: { knows_business: true, trusts_competence: true, referrals_per_quarter: 3 } }] } }).ok, true);
  assert.equal(state.result.result.contacts[0].referrals_given, 3);
  const added = state.addLogEntry(0, { date: '2026-11-02', direction: 'received', closed_value: 1250.5 });
  assert.equal(added.ok, true);
  assert.deepEqual(state.scenario.inputs.contacts[0].log, [{ date: '2026-11-02', direction: 'received', closed_value: 1250.5 }]);
  assertMatchesCli(state.scenario, state.result);
  const contact = state.result.result.contacts[0];
  // The log drives both rates now: one received in 182 days, none given.
  assert.equal(contact.referrals_given, 0);
  assert.equal(contact.referrals_received, 91.3125 / 182);
  assert.equal(contact.closed_value_received, 1250.5);
  assert.equal(state.result.result.summary.as_of, '2026-11-02');
  assert.deepEqual(state.result.result.summary.top_sources, ['Anna']);

  state.addLogEntry(0, { date: '2026-11-20', direction: 'given' });
  assert.equal(state.scenario.inputs.contacts[0].log.length, 2);
  assert.equal(state.removeLogEntry(0, 0).ok, true);
  assert.deepEqual(state.scenario.inputs.contacts[0].log, [{ date: '2026-11-20', direction: 'given', closed_value: 0 }]);
  assertMatchesCli(state.scenario, state.result);
  state.removeLogEntry(0, 0);
  assert.equal(state.draft().inputs.contacts[0].log, undefined, 'an empty log leaves the document');
  assert.equal(state.result.result.contacts[0].referrals_given, 3, 'the typed rate counts again');
  assert.equal(state.result.result.summary.as_of, null);
  // A bad date is the core's problem, at its path; the last valid result stays.
  const valid = state.result;
  const refused = state.addLogEntry(0, { date: '2023-02-29', direction: 'given' });
  assert.equal(refused.ok, false);
  assert.match(refused.errors[0].path, /^inputs\.contacts\[0\]\.log\[0\]\.date$/);
  assert.deepEqual(state.result, valid);
});

test('an empty date removes as_of from the document, never null', () => {
  const state = started(['vcp']);
  state.replace(withLog(3));
  assert.equal(state.setInput('as_of', '2026-03-31').ok, true);
  assert.equal(state.result.result.summary.as_of, '2026-03-31');
  assert.equal(state.setInput('as_of', undefined).ok, true);
  assert.equal('as_of' in state.draft().inputs, false);
  assert.equal('as_of' in state.scenario.inputs, false);
  assert.equal(state.result.result.summary.as_of, '2026-03-15', 'the latest log date');
});

// An Italian spreadsheet's export: BOM, CRLF, semicolons, decimal commas,
// DD/MM/YYYY dates, Italian directions, a quoted name with the separator.
const ITALIAN_CSV = '\ufeffData;Contatto;Direzione;Valore chiuso\r\n'
  + '03/11/2026;Studio Bianchi;ricevuto;1.250,50\r\n'
  + '15/10/2026;"Rossi; Figli";dato;\r\n'
  + '28/09/2026;Studio Bianchi;dato;300\r\n'
  + '02/12/2026;Anna;ricevuto;12.000,00\r\n';

test('an Italian CSV export imports as the CLI imports it, into the assessment as it is', () => {
  const state = started(['vcp']);
  state.replace(withLog(2));
  const before = state.scenario;
  const imported = state.importLog(logCore, ITALIAN_CSV);
  assert.equal(imported.ok, true, JSON.stringify(imported.errors));
  assert.deepEqual([imported.rows, imported.contacts], [4, 2]);
  // The CLI reads the CSV and the document from files: both through temporary files.
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-log-'));
  writeFileSync(path.join(dir, 'log.csv'), ITALIAN_CSV);
  writeFileSync(path.join(dir, 'doc.json'), JSON.stringify(before));
  const native = runCli(['import-log', path.join(dir, 'log.csv'), '--into', path.join(dir, 'doc.json')]);
  rmSync(dir, { recursive: true, force: true });
  assert.equal(native.status, 0, native.stderr);
  assert.deepEqual(differences(state.scenario, JSON.parse(native.stdout), 0), []);
  assertMatchesCli(state.scenario, state.result);
  const names = state.scenario.inputs.contacts.map((c) => c.name);
  assert.deepEqual(names, ['Studio Bianchi', 'Rossi; Figli', 'Anna']);
  assert.deepEqual(state.scenario.inputs.contacts[0].log.slice(-2), [
    { date: '2026-11-03', direction: 'received', closed_value: 1250.5 }, { date: '2026-09-28', direction: 'given', closed_value: 300 }]);
  assert.deepEqual(state.result.result.summary.top_sources, ['Anna', 'Studio Bianchi']);
});

test('a CSV with bad rows imports nothing and names every bad row by its line and code', () => {
  const state = started(['vcp']);
  state.replace(withLog(2));
  const before = { draft: state.draft(), result: state.result };
  const csv = 'data;contatto;direzione;valore\r\n31/02/2026;Anna;dato;10\r\n01/03/2026;Bruno;boh;10\r\n02/03/2026;;dato;dieci\r\n05/03/2026;Carla;ricevuto;5\r\n';
  const refused = state.importLog(logCore, csv);
  assert.equal(refused.ok, false);
  assert.deepEqual(refused.errors.map((e) => [e.path, e.code]),
    [['line 2', 'csv.date_day'], ['line 3', 'csv.direction'], ['line 4', 'csv.contact_missing'], ['line 4', 'csv.value']]);
  assert.deepEqual(state.draft(), before.draft);
  assert.deepEqual(state.result, before.result);
  // The same lines as the CLI's messages.
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-log-'));
  writeFileSync(path.join(dir, 'log.csv'), csv);
  const native = runCli(['import-log', path.join(dir, 'log.csv')]);
  rmSync(dir, { recursive: true, force: true });
  assert.notEqual(native.status, 0);
  assert.deepEqual(refused.errors.map((e) => e.message), errorLines(native.stderr));
});
