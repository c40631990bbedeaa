// A calculator without a screen: the scenario of each kind as typed, the
// last result the core computed for it, the problems in the way, and the
// preset it came from. No DOM here: the element (referral-calculator.js)
// draws this state, and tests/web/calculator-state.test.mjs drives it in
// Node against the real wasm core, as the desktop's Workspace is tested
// without a window. Every figure comes from the core (core-client.js); this
// only decides which document it is asked about and what is kept.
import { CALCULATOR_KINDS } from './catalog.js';
import { shareLink } from './share.js';

export const withoutResult = ({ result, ...document }) => document;

// The rule of a local problem: text in a number field that is not a number
// (the document never holds it, so the core never sees it).
export const NOT_A_NUMBER_RULE = 'must be a number';
// The rule when a share link holds a calculator this element does not show:
// one rule whatever the modes, so a host can tell it from a broken link.
export const OTHER_CALCULATOR_RULE = 'must be a calculator shown here';

// The core's refusal of a scenario too large for a link (spec §5: 64 KiB):
// the reader is told to download the JSON instead.
const tooLargeForLink = (errors) => errors.some((e) => e.path === 'link' && /at most 64 KiB/.test(e.rule));
const logLength = (inputs) => (inputs?.contacts ?? []).reduce((sum, c) => sum + (c.log?.length ?? 0), 0);

// The kinds allowed here are the element's, which the core cannot know.
const kindProblem = (rule, kind) => ({ path: 'kind', rule, got: kind, message: `kind: ${rule} (got ${kind})` });

// The modes named in a `modes` attribute (several, as tabs) or else a
// `mode` attribute; the program calculator when neither names a known one.
export function allowedModes(modesAttribute, modeAttribute) {
  const listed = String(modesAttribute ?? '').split(/[\s,]+/).filter((m) => CALCULATOR_KINDS.includes(m));
  if (listed.length > 0) return [...new Set(listed)];
  return [CALCULATOR_KINDS.includes(modeAttribute) ? modeAttribute : 'program'];
}

export class CalculatorState {
  #core;
  #share;   // the share-link module (referral-share.wasm), once loaded
  #metadata;
  #modes = [];
  #currency;
  #kind;
  #drafts = {};   // per kind: the document as typed (may be invalid)
  #results = {};  // per kind: the last valid result document
  #localProblems = new Map();  // path → message for text that is not a number
  #presets = {};  // per kind: the preset applied {id, values}, values the reader has not changed since

  // core: loadCore()'s answer for referral-core.wasm; metadata: its
  // inputMetadata(), shared by the calculators of a page; share: loadCore()'s
  // answer for referral-share.wasm (encodeShare, decodeShare), which may come
  // later (useShare): share links wait for it.
  constructor({ core, metadata = core.inputMetadata(), share }) {
    this.#core = core;
    this.#metadata = metadata;
    this.#share = share;
  }

  useShare(share) { this.#share = share; }

  get metadata() { return this.#metadata; }
  get modes() { return [...this.#modes]; }
  get kind() { return this.#kind; }

  // The calculators shown and the page's currency (a code of three
  // letters, or undefined). Scenarios already typed are kept; a new kind
  // starts from its defaults, computed in one call of the core. Returns the
  // kinds computed so.
  configure({ modes, currency }) {
    this.#modes = [...modes];
    this.#currency = currency;
    if (!this.#modes.includes(this.#kind)) this.#kind = this.#modes[0];
    const computed = new Set();
    for (const kind of this.#modes) {
      if (this.#drafts[kind]) continue;
      this.#results[kind] = this.defaultResult(kind);
      this.#drafts[kind] = withoutResult(this.#results[kind]);
      computed.add(kind);
    }
    return computed;
  }

  // The document as typed (read only: change it through setInput).
  draft(kind = this.#kind) { return this.#drafts[kind]; }
  // The last result document computed for the kind (read only).
  latest(kind = this.#kind) { return this.#results[kind]; }
  preset(kind = this.#kind) { return this.#presets[kind]; }

  // The current scenario document (the last valid one, defaults filled in), a copy.
  get scenario() {
    const result = this.#results[this.#kind];
    return result ? structuredClone(withoutResult(result)) : undefined;
  }

  // The latest result document, as the CLI's `eval` prints it, a copy.
  get result() {
    const result = this.#results[this.#kind];
    return result ? structuredClone(result) : undefined;
  }

  // The default scenario of a kind, in the page's currency (if the core
  // knows it), evaluated.
  defaultResult(kind) {
    const { schema } = this.#metadata;
    if (kind !== 'vcp' && this.#currency) {
      const inCurrency = this.#core.evaluate({ schema, kind, inputs: { currency: this.#currency } });
      if (inCurrency.ok) return inCurrency.value;
    }
    return this.#core.evaluate({ schema, kind }).value;
  }

  // A whole new document (API, upload, share link, reset, preset): computed
  // by the core first; if it cannot be, or it is of a calculator not shown
  // here, nothing changes. Answers {ok, kind} or {ok: false, errors}.
  replace(document, preset) {
    const checked = this.#core.evaluate(document);
    if (!checked.ok) return checked;
    const { kind } = checked.value;
    if (!this.#modes.includes(kind)) return { ok: false, errors: [kindProblem(`must be one of ${this.#modes.join(', ')}`, kind)] };
    this.#kind = kind;
    this.#drafts[kind] = withoutResult(checked.value);
    this.#results[kind] = checked.value;
    this.#presets[kind] = preset;
    this.#localProblems.clear();
    return { ok: true, kind };
  }

  // Back to the defaults of the current kind.
  reset() {
    return this.replace(withoutResult(this.defaultResult(this.#kind)));
  }

  select(kind) {
    if (kind === this.#kind || !this.#modes.includes(kind)) return false;
    this.#kind = kind;
    this.#localProblems.clear();
    return true;
  }

  // One input of the current kind changed; answers the evaluation, and
  // whether the value was the preset's until now (its source no longer holds).
  // An input set to undefined is removed from the document (an empty date:
  // absent, never null).
  setInput(name, value) {
    const draft = this.#drafts[this.#kind];
    draft.inputs = { ...draft.inputs, [name]: value };
    if (value === undefined) delete draft.inputs[name];
    this.#localProblems.delete(`inputs.${name}`);
    const preset = this.#presets[this.#kind];
    let presetValueChanged = false;
    if (preset?.values[name] && preset.values[name].value !== value) {
      const { [name]: changed, ...rest } = preset.values;
      preset.values = rest;
      presetValueChanged = true;
    }
    return { ...this.evaluate(), presetValueChanged };
  }

  // A VCP contact's referral log (spec §4): an entry {date, direction,
  // closed_value} added at its end, or the entry at `entry` removed. Answers
  // the evaluation, like setInput.
  addLogEntry(contact, entry) {
    return this.#changeLog(contact, (log) => [...log, entry]);
  }

  removeLogEntry(contact, entry) {
    return this.#changeLog(contact, (log) => log.filter((_, i) => i !== entry));
  }

  #changeLog(index, change) {
    const contacts = structuredClone(this.#drafts[this.#kind].inputs.contacts ?? []);
    const contact = contacts[index];
    if (!contact) return { ok: false, errors: [] };
    contact.log = change(contact.log ?? []);
    if (contact.log.length === 0) delete contact.log;
    return this.setInput('contacts', contacts);
  }

  // A spreadsheet's CSV export added to the current VCP assessment by the
  // core's import (logCore: loadCore()'s answer for referral-log.wasm). Any
  // bad row: {ok: false, errors} with every bad row at "line N" and its
  // `code`, and nothing changes. Else the assessment with the rows is the
  // scenario: {ok, kind, rows, contacts} (rows imported, contacts added).
  importLog(logCore, csvText) {
    const before = this.#drafts[this.#kind]?.inputs;
    const imported = logCore.importReferralLog(csvText, this.#drafts[this.#kind]);
    if (!imported.ok) return imported;
    const { inputs } = imported.value;
    const replaced = this.replace(imported.value);
    if (!replaced.ok) return replaced;
    return { ...replaced, rows: logLength(inputs) - logLength(before),
      contacts: (inputs.contacts?.length ?? 0) - (before?.contacts?.length ?? 0) };
  }

  // Text typed into a number field that is not a number: the current kind
  // cannot be computed until the field holds a number again.
  setNotANumber(name, message) {
    this.#localProblems.set(`inputs.${name}`, message);
    return this.evaluate();
  }

  setUncertainty(uncertainty) {
    const draft = this.#drafts[this.#kind];
    if (uncertainty) draft.uncertainty = uncertainty;
    else delete draft.uncertainty;
    return this.evaluate();
  }

  // Computes a kind's draft: {ok, value: result} (kept as the latest) or
  // {ok: false, errors} (the latest valid result stays).
  evaluate(kind = this.#kind) {
    if (this.#localProblems.size > 0 && kind === this.#kind) {
      return { ok: false, errors: [...this.#localProblems].map(([path, message]) =>
        ({ path, rule: NOT_A_NUMBER_RULE, code: 'type', got: '', message, local: true })) };
    }
    const answer = this.#core.evaluate(this.#drafts[kind]);
    if (answer.ok) this.#results[kind] = answer.value;
    return answer;
  }

  // The currency figures are shown in: the one typed if it is a code, else
  // the last valid one.
  formatCurrency() {
    const currency = this.#drafts[this.#kind]?.inputs?.currency;
    const valid = this.#results[this.#kind]?.inputs?.currency;
    return /^[A-Z]{3}$/.test(currency ?? '') ? currency : valid ?? 'EUR';
  }

  // The current scenario's share link on the page `base`: {ok, value} or
  // the core's refusal, with `tooLarge` for a scenario above the links'
  // 64 KiB (download the JSON instead); {ok: false, errors: []} before the
  // share module is here.
  shareLink(base) {
    const document = this.scenario;
    if (!document || !this.#share) return { ok: false, errors: [] };
    const encoded = this.#share.encodeShare(document);
    if (encoded.ok) return { ok: true, value: shareLink(base, encoded.value) };
    return tooLargeForLink(encoded.errors) ? { ...encoded, tooLarge: true } : encoded;
  }

  // A share payload (or `#s=` fragment, or link) opened here (the share
  // module must be here: useShare). Answers
  // {ok, kind}; {ok: false, errors} for a broken link or a refused
  // document; and for a link to a calculator not shown here also
  // `otherKind`, the kind it holds.
  openShared(payload) {
    const decoded = this.#share.decodeShare(payload);
    if (!decoded.ok) return { ...decoded, broken: true };
    const { kind } = decoded.value;
    if (!this.#modes.includes(kind)) return { ok: false, errors: [kindProblem(OTHER_CALCULATOR_RULE, kind)], otherKind: kind };
    return this.replace(decoded.value);
  }
}
