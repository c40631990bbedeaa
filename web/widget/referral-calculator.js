// <referral-calculator>: the three Passaparola calculators as one custom
// element. Every figure comes from the C++ core (WebAssembly); what is
// computed and kept is the calculator's state (calculator-state.js, no DOM);
// this file draws that state and turns the reader's actions into its calls.
//
// The header below is the element's API, in the tags custom-element tools
// read (@attr, @prop, @fires, @csspart, @cssprop). web/README.md's API table
// and referral-calculator.d.ts are checked against it
// (tests/web/widget-api.test.mjs), and the element against both in Chromium.

/**
 * `<referral-calculator>`: a referral program's ROI, a gift-card campaign or a
 * VCP self-assessment, computed by the Passaparola core in WebAssembly.
 *
 * @attr mode - the calculator: `program`, `gift_card` or `vcp` (default `program`)
 * @attr modes - several calculators as tabs, e.g. `program gift_card vcp`; wins over `mode`
 * @attr lang - `it`, `en` or `fi`; else the page's language, then the browser's
 * @attr currency - the initial currency, three letters (e.g. `EUR`)
 * @attr theme - `light` or `dark`; else the system's
 * @attr accent - the accent colour (any CSS colour)
 * @attr background - the background colour (any CSS colour)
 * @attr radius - the corner radius (any CSS length)
 * @attr font - the font family (any CSS font-family)
 * @attr share-url - the page share links point to; else the current page
 * @attr cta-label - the call to action's text under the results
 * @attr cta-href - the call to action's target: an `http(s):` or `mailto:` link
 *
 * @prop {string | null} mode - reflects `mode`
 * @prop {string | null} modes - reflects `modes`
 * @prop {string} lang - reflects `lang` (the platform's own property)
 * @prop {string | null} currency - reflects `currency`
 * @prop {string | null} theme - reflects `theme`
 * @prop {string | null} accent - reflects `accent`
 * @prop {string | null} background - reflects `background`
 * @prop {string | null} radius - reflects `radius`
 * @prop {string | null} font - reflects `font`
 * @prop {string | null} shareUrl - reflects `share-url`
 * @prop {string | null} ctaLabel - reflects `cta-label`
 * @prop {string | null} ctaHref - reflects `cta-href`
 * @prop {ScenarioDocument | undefined} scenario - the current scenario document, defaults filled in; set a document to open it (a refused one changes nothing and fires `rc-error`)
 * @prop {ResultDocument | undefined} result - read only: the latest result document, as the CLI's `eval` prints it
 *
 * @fires rc-result - a result was computed; detail: the result document
 * @fires rc-error - an input, document or share link was refused, or the calculator could not load; detail: `{errors: [{path, rule, got, message, text}]}`, `text` in the widget's language
 * @fires rc-calculate - a calculation was shown and the reader paused (once per pause, not per keystroke); detail: `{kind}`, never a figure
 * @fires rc-share - the share link was copied (or shown to copy); detail: `{kind, copied}`
 * @fires rc-cta - the call to action was followed; detail: `{kind}`
 * @fires rc-print - "Print plan" was pressed; detail: `{kind}`
 * @fires rc-download - the scenario was downloaded as JSON; detail: `{kind}`
 * @fires result - deprecated, fires for one more release: use `rc-result`
 * @fires error - deprecated, fires for one more release (does not bubble): use `rc-error`
 *
 * @csspart header - the title and summary
 * @csspart tabs - the calculators' tab bar (with `modes`)
 * @csspart toolbar - share, download, open, reset and print
 * @csspart form - the inputs
 * @csspart results - the results
 * @csspart figures - the key figures
 * @csspart chart - the chart
 * @csspart table - each table of figures
 * @csspart cta - the call to action
 * @csspart log - a VCP contact's referral log (its disclosure)
 * @csspart import - the referral log's CSV import: what was imported, or the bad rows by line
 *
 * @cssprop --rc-accent - accent colour (`--rc-accent-dark` in the dark scheme)
 * @cssprop --rc-on-accent - text on the accent colour (`--rc-on-accent-dark`)
 * @cssprop --rc-bg - background (`--rc-bg-dark`)
 * @cssprop --rc-fg - text colour (`--rc-fg-dark`)
 * @cssprop --rc-font - font family
 * @cssprop --rc-radius - corner radius
 */
import styles from './styles.css';
import { loadCore } from './core-client.js';
import { loadCatalog, localeOf, resolveLanguage } from './catalog.js';
import { CalculatorState, allowedModes, withoutResult } from './calculator-state.js';
import { h, morph, uniqueId, replaceChildren } from './dom.js';
import { PATTERN_CURRENCIES, makeFormat, prepareFormats, startIntl } from './format.js';
import { createField } from './fields.js';
import { formLayout } from './form-order.js';
import { moreAssumptions } from './more-assumptions.js';
import { describeProblem, locate } from './problems.js';
import { copyText, downloadJson, readFileText, sharedPayload } from './share.js';
import { mailtoHref, resultSummary, safeCtaHref } from './cta.js';
import { lendWidgetKit } from './widget-kit.js';
import { adoptStyles } from './adopt-styles.js';
import { coreUrl, kindFileUrl } from './preload.js';

// `load()` once for the page: its promise is kept, unless it fails
// (offline, say), so that the next call tries again.
function once(load) {
  let loading;
  return () => (loading ??= load().catch((error) => {
    loading = undefined;
    throw error;
  }));
}

// Each calculator's own code (its results, a VCP's contacts), loaded with
// the core for the calculators the element shows; it draws with the
// widget's own modules (widget-kit.js).
lendWidgetKit();
const kindModules = {};
const kindLoaders = new Map();
const loadKinds = (kinds) => Promise.all(kinds.map((kind) => {
  if (!kindLoaders.has(kind)) kindLoaders.set(kind, once(() => import(kindFileUrl(kind)).then((module) => { kindModules[kind] = module; })));
  return kindLoaders.get(kind)();
}));
// The tab bar (tabs.js), for an element that shows several calculators.
let tabsModule;
const loadTabs = once(() => import(new URL('./tabs.js', import.meta.url).href).then((module) => { tabsModule = module; }));
// Theme attributes → the CSS custom properties they set.
const THEME_ATTRIBUTES = { accent: '--rc-accent', background: '--rc-bg', radius: '--rc-radius', font: '--rc-font' };
const ANNOUNCE_DELAY_MS = 700;
// A calculator that loads within this time appears without a loading state
// before it: drawing one, its text and box, delayed the first result by
// 12-18 ms on a fresh page. Until then an empty block keeps the place.
const LOADING_DELAY_MS = 300;
// Work that waits for an idle moment waits at most this long.
const IDLE_FALLBACK_MS = 500;

// One wasm instance, one copy of the input metadata and one stylesheet for
// every calculator on the page.
let corePromise;
let sharedMetadata;
const getCore = () => (corePromise ??= loadCore(coreUrl()));
// The share links' module, loaded once for the page when it is next idle, or
// at once for a link to open. The referral log's editor, with the CSV
// import's module, comes when a reader opens a contact's log or imports a
// file (#loadLog).
const getShare = once(() => loadCore(new URL('./referral-share.wasm', import.meta.url)));
let sheet;
function stylesheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  return sheet;
}

// Runs `fn` once the next frame has started and the page's first contentful
// paint has been presented: on a page whose first content is the calculator
// (the iframe page) the frame that shows it is then on screen, which the next
// frame's start does not tell where raster takes longer than a frame. Without
// paint timing, after IDLE_FALLBACK_MS.
function afterFirstPaint(fn) {
  let waiting = true;
  const go = () => {
    if (waiting) fn();
    waiting = false;
  };
  requestAnimationFrame(() => requestAnimationFrame(() => {
    new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length) go(); })
      .observe({ type: 'paint', buffered: true });
    setTimeout(go, IDLE_FALLBACK_MS);
  }));
}

// The printed plan (plan.js, with its print rules) is not needed for the
// first result, so it is not in the first download: it comes when the page
// is next idle after the first result, or when the reader presses "Print".
let planModule;
const loadPlan = once(() => import(new URL('./plan.js', import.meta.url).href).then((module) => {
  planModule = module;
  stylesheet().replaceSync(`${styles}@media print{${module.pagePrintStyles}}`);
  return module;
}));

// Attributes as properties (lit's and Shoelace's convention): a property
// reads its attribute and writes it back; null or undefined removes it.
const REFLECTED = { mode: 'mode', modes: 'modes', currency: 'currency', theme: 'theme', ...Object.fromEntries(
  Object.keys(THEME_ATTRIBUTES).map((name) => [name, name])), shareUrl: 'share-url', ctaLabel: 'cta-label', ctaHref: 'cta-href' };
// Where in a result the host may style through ::part().
const RESULT_PARTS = [['figure', 'chart'], ['.all-figures, .month-table', 'table']];

export class ReferralCalculator extends HTMLElement {
  static observedAttributes = ['mode', 'modes', 'lang', 'currency', 'cta-label', 'cta-href', ...Object.keys(THEME_ATTRIBUTES)];

  #state;         // the calculator without its screen, once the core is here
  #catalog;
  #modes = [];
  #onDemandParts = new Set();  // catalog parts loaded since the start (web/widget/catalog.js)
  #logKit = null;  // the log editor's module and the catalog with its strings, once loaded
  #figures = [];  // the key figures as shown, for the call to action
  #view = null;   // elements of the current rendering
  #pendingScenario;
  #announceTimer;
  #calculateTimer;
  #loadingTimer;
  #started = false;
  #onHashChange = () => this.#withShare().then(() => this.#openHash({ announce: true, reveal: false }), () => {});

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.adoptedStyleSheets = [stylesheet()];
  }

  // ---- public API ----

  // The current scenario document (the last valid one), defaults filled in.
  get scenario() {
    return this.#state?.scenario;
  }

  set scenario(document) {
    if (!this.#state) {
      this.#pendingScenario = document;
      return;
    }
    this.#replaceScenario(document, null);
  }

  // The latest result document, as the CLI's `eval` prints it.
  get result() {
    return this.#state?.result;
  }

  // ---- lifecycle ----

  connectedCallback() {
    // A property set before the element was defined hides its accessor: it
    // goes through the accessor now (an attribute may not be set earlier).
    for (const name of [...Object.keys(REFLECTED), 'scenario']) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.#applyThemeAttributes();
    window.addEventListener('hashchange', this.#onHashChange);
    if (!this.#started) {
      this.#started = true;
      this.#start();
    }
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#calculateTimer);
    clearTimeout(this.#loadingTimer);
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value) return;
    if (name in THEME_ATTRIBUTES) this.#applyThemeAttributes();
    else if (this.#state) this.#start();
  }

  async #start() {
    const lang = resolveLanguage(this.getAttribute('lang'), document.documentElement.lang, navigator.languages);
    this.#modes = allowedModes(this.getAttribute('modes'), this.getAttribute('mode'));
    this.#showLoading();
    try {
      const loading = Promise.all([getCore(), loadCatalog(lang, this.#modes, [...this.#onDemandParts]), loadKinds(this.#modes),
        // A link to open: its module comes with the core.
        sharedPayload(window.location.hash) === null ? null : getShare(),
        this.#modes.length > 1 ? loadTabs() : null]);
      // A currency without patterns needs Intl for the first result: it
      // starts while the core and the strings are on their way.
      const currency = this.#pageCurrency() ?? 'EUR';
      if (!PATTERN_CURRENCIES.includes(currency)) prepareFormats(localeOf(lang), currency);
      const [core, catalog, , share] = await loading.finally(() => clearTimeout(this.#loadingTimer));
      this.#catalog = catalog;
      // A new language: the log's words too (its part is among those loaded).
      if (this.#logKit) this.#logKit = { ...this.#logKit, catalog };
      sharedMetadata ??= core.inputMetadata();
      this.#state ??= new CalculatorState({ core, metadata: sharedMetadata });
      if (share) this.#state.useShare(share);
    } catch (error) {
      this.#showLoadFailure(error);
      return;
    }
    // A new calculator's defaults come with their result: one call of the
    // core, which fills in the defaults as it evaluates.
    const state = this.#state;
    const computed = state.configure({ modes: this.#modes, currency: this.#pageCurrency() });
    const firstStart = !this.#view;
    this.#render();
    if (firstStart) this.#afterFirstPaint();
    for (const kind of this.#modes) if (kind !== state.kind && !state.latest(kind)) this.#evaluate(kind, { quiet: true });
    // The page's share link counts once, when the calculator first appears;
    // later starts (a new language, new modes) keep what the reader did since.
    if (firstStart && this.#openHash({ announce: false, reveal: true })) return;
    if (this.#pendingScenario !== undefined) {
      const pending = this.#pendingScenario;
      this.#pendingScenario = undefined;
      if (this.#replaceScenario(pending, null)) return;
    }
    if (computed.has(state.kind)) this.#showResult();
    else this.#evaluate(state.kind);
  }

  // Once the frame that shows the first answer is on screen, the inputs and
  // the rest of the results join it (styles.css: .arriving). The first
  // rendering may format numbers from the catalog's patterns
  // (web/widget/format.js); Intl takes over when the page is next idle: ICU's
  // start-up, the printed plan's and the share links' modules would otherwise
  // take the CPU from that frame's raster. Should Intl format otherwise, the
  // calculator is drawn again, unless the reader is already in it: then its
  // results only, so that nothing typed is lost.
  #afterFirstPaint() {
    const whenIdle = window.requestIdleCallback ?? ((fn) => setTimeout(fn, IDLE_FALLBACK_MS));
    afterFirstPaint(() => {
      this.#view?.root.classList.remove('arriving');
      whenIdle(() => {
        Promise.all([loadPlan(), this.#withShare()]).then(() => this.#refreshPlan(), () => {});
        this.#loadGroupHelp();
        if (startIntl(this.#catalog, this.#state.formatCurrency()) || !this.#view) return;
        if (!this.matches(':focus-within')) this.#render();
        this.#refreshResults();
      }, { timeout: IDLE_FALLBACK_MS });
    });
  }

  // The `currency` attribute as a code (three letters), if it is one.
  #pageCurrency() {
    const currency = this.getAttribute('currency') ?? '';
    return /^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : undefined;
  }

  #applyThemeAttributes() {
    for (const [attribute, property] of Object.entries(THEME_ATTRIBUTES)) {
      const value = this.getAttribute(attribute);
      const valid = value && (attribute === 'font' || attribute === 'radius'
        ? CSS.supports(attribute === 'font' ? 'font-family' : 'border-radius', value)
        : CSS.supports('color', value));
      if (valid) this.style.setProperty(property, value);
      else this.style.removeProperty(property);
    }
  }

  // ---- scenario changes ----

  // A share link in the page's fragment replaces the scenario; a broken one
  // changes nothing and says so. Returns whether a scenario was opened.
  #openHash({ announce, reveal }) {
    const payload = sharedPayload(window.location.hash);
    if (payload === null || !this.#state) return false;
    const opened = this.#state.openShared(payload);
    if (opened.otherKind) return false;
    if (!opened.ok) {
      this.#notice(this.#catalog.text(opened.broken ? 'error.payload' : 'error.document'), 'error', opened.errors.map((e) => e.message).join('\n'));
      this.#dispatchError(opened.errors);
      return false;
    }
    this.#scenarioReplaced(announce ? this.#catalog.text('ui.share.opened') : null);
    // On a page with several calculators, the reader lands on the shared one.
    if (reveal) this.scrollIntoView({ block: 'start' });
    return true;
  }

  // A whole new document (API, upload, share link, reset): computed by the
  // core first; if it cannot be, the current scenario stays as it is.
  #replaceScenario(document, successMessage, failureMessage, preset) {
    return this.#showReplaced(this.#state.replace(document, preset), successMessage, failureMessage);
  }

  #showReplaced(replaced, successMessage, failureMessage) {
    if (!replaced.ok) {
      this.#notice(failureMessage ?? this.#catalog.text('error.document'), 'error', replaced.errors.map((e) => e.message).join('\n'));
      this.#dispatchError(replaced.errors);
      return false;
    }
    this.#scenarioReplaced(successMessage);
    return true;
  }

  // The state holds a new scenario, computed: drawn anew.
  #scenarioReplaced(successMessage) {
    this.#render();
    this.#showResult();
    if (successMessage) this.#notice(successMessage, 'info');
  }

  #setInput(name, value) {
    const answer = this.#state.setInput(name, value);
    // A value the reader changed is no longer the preset's: its source goes.
    if (answer.presetValueChanged) this.#view?.fields.get(name)?.showSource(null);
    this.#showAnswer(answer);
  }

  #evaluate(kind, { quiet = false } = {}) {
    const answer = this.#state.evaluate(kind);
    if (!quiet) this.#showAnswer(answer);
  }

  // An evaluation of the current kind: its result, or its problems.
  #showAnswer(answer) {
    if (answer.ok) {
      this.#showResult();
      return;
    }
    this.#showProblems(answer.errors);
    this.#dispatchError(answer.errors);
  }

  #showResult() {
    const result = this.#state.latest();
    this.#showProblems([]);
    this.#refreshResults();
    this.#view?.whatif?.update(withoutResult(result));
    this.#emit('rc-result', structuredClone(result));
    this.dispatchEvent(new CustomEvent('result', { detail: structuredClone(result), bubbles: true, composed: true }));
    // For the host's analytics: a calculation seen, once the reader pauses.
    clearTimeout(this.#calculateTimer);
    this.#calculateTimer = setTimeout(() => this.#emit('rc-calculate', { kind: this.#state.kind }), ANNOUNCE_DELAY_MS);
  }

  // Events for the host: composed and bubbling, prefixed so that they never
  // meet the platform's; analytics events carry the kind, never a value.
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #emitAction(type, extra) {
    this.#emit(type, { kind: this.#state.kind, ...extra });
  }

  #dispatchError(errors) {
    this.#dispatchErrorDetail({ errors: errors.map((e) => ({ ...e, text: this.#describe(e) })) });
  }

  #dispatchErrorDetail(detail) {
    this.#emit('rc-error', structuredClone(detail));
    // Not bubbling: page-wide `error` listeners (crash reporters) expect script errors.
    this.dispatchEvent(new CustomEvent('error', { detail }));
  }

  #describe(problem) {
    const place = locate(problem.path);
    const { metadata, kind } = this.#state;
    const info = place.scope === 'input' ? metadata.kinds[kind].find((i) => i.name === place.name)
      : place.scope === 'contact' && place.field !== 'name'
        ? metadata.direction.find((i) => i.name === place.field.split('.')[1]) : undefined;
    if (problem.local) return problem.message;
    return describeProblem(problem, info, { catalog: this.#catalog, format: this.#format() });
  }

  #format() {
    return makeFormat(this.#catalog, this.#state.formatCurrency());
  }

  // ---- rendering ----

  #showLoading() {
    if (this.#view) return;
    replaceChildren(this.shadowRoot, h('div', { class: 'placeholder' }));
    // Cleared once the core and strings arrive (or fail to).
    this.#loadingTimer = setTimeout(() => {
      replaceChildren(this.shadowRoot, h('div', { class: 'rc loading', role: 'status' }, '…'));
    }, LOADING_DELAY_MS);
  }

  #showLoadFailure(error) {
    this.#view = null;
    const text = this.#catalog?.text('ui.widget.load_failed') ?? 'The calculator could not be loaded.';
    replaceChildren(this.shadowRoot, h('div', { class: 'rc' }, h('p', { class: 'notice error', role: 'alert', text })));
    this.#dispatchErrorDetail({ errors: [{ path: 'widget', rule: 'must load', got: String(error), message: text, text }] });
  }

  #render() {
    const catalog = this.#catalog;
    const state = this.#state;
    const { kind, metadata } = state;
    const format = this.#format();
    const panelId = uniqueId('panel');
    const ids = { inputs: uniqueId('inputs'), results: uniqueId('results'), title: uniqueId('title') };

    const tabs = this.#modes.length > 1
      ? tabsModule.tabBar({ label: catalog.text('ui.widget.calculators'), panelId, selected: kind,
        tabs: this.#modes.map((m) => ({ id: m, text: catalog.fit(`kind.${m}.title`) })),
        onSelect: (m) => this.#selectKind(m) })
      : null;

    const fields = new Map();
    let contacts = null;
    const draft = state.draft();
    const input = (info) => {
      if (info.kind === 'list') {
        contacts = kindModules.vcp.contactsEditor({ metadata, catalog, format, contacts: draft.inputs.contacts,
          onChange: (list) => this.#setInput('contacts', list),
          logKit: this.#logKit, loadLog: () => this.#loadLog(),
          onLog: (index, change) => {
            this.#showAnswer(change.add ? state.addLogEntry(index, change.add) : state.removeLogEntry(index, change.remove));
            return state.draft().inputs.contacts?.[index]?.log ?? [];
          },
          onImport: (file) => this.#importLog(file) });
        return contacts.element;
      }
      const field = createField({ info, catalog, format, value: draft.inputs[info.name],
        keys: { label: `input.${kind}.${info.name}.label`, help: `input.${kind}.${info.name}.help` },
        onChange: ({ value, problem }) => {
          if (problem) {
            this.#showAnswer(state.setNotANumber(info.name, problem));
          } else {
            this.#setInput(info.name, value);
          }
        } });
      fields.set(info.name, field);
      return field.element;
    };
    const layout = formLayout(kind, metadata.kinds[kind]);
    const form = h('div', { class: 'form' }, layout.essential.map(input));
    // The groups the reader opened stay open when the calculator is drawn again.
    const more = moreAssumptions({ groups: layout.groups, kind, catalog, field: input,
      open: this.#view?.more.openIds() ?? new Set(), onOpen: () => this.#loadGroupHelp() });

    const shareOutput = h('input', { type: 'text', readOnly: true, class: 'share-output', id: uniqueId('link'),
      'aria-label': catalog.text('ui.widget.share_link'), hidden: true, onfocus: (e) => e.target.select() });
    const fileInput = h('input', { type: 'file', accept: '.json,application/json', hidden: true, tabIndex: -1,
      onchange: (e) => this.#upload(e.target) });
    // The share link and print in sight; the JSON file and the reset, for
    // those who keep scenarios, in a small "Save / open" menu.
    const saveMenu = h('details', { class: 'menu' },
      h('summary', { class: 'button', text: catalog.text('ui.widget.save_open') }),
      h('div', { class: 'menu-items' },
        h('button', { type: 'button', class: 'button', text: catalog.text('ui.widget.download'), onclick: () => this.#download() }),
        h('button', { type: 'button', class: 'button', text: catalog.text('ui.widget.upload'), onclick: () => fileInput.click() }),
        h('button', { type: 'button', class: 'button', text: catalog.text('ui.edit.reset'), onclick: () => this.#reset() })));
    saveMenu.addEventListener('click', (e) => { if (e.target.matches('.menu-items button')) saveMenu.open = false; });
    const toolbar = h('div', { class: 'toolbar', part: 'toolbar' },
      h('button', { type: 'button', class: 'button primary', text: catalog.text('ui.share.copy_link'), onclick: () => this.#share(shareOutput) }),
      h('button', { type: 'button', class: 'button', text: catalog.text('ui.widget.print'), onclick: async () => {
        this.#emitAction('rc-print');
        const plan = await loadPlan().catch(() => {});
        this.#refreshPlan();
        plan ? plan.printPlanAlone(this.shadowRoot) : window.print();
      } }),
      saveMenu, fileInput, shareOutput);

    const notice = h('div', { class: 'notice-area', role: 'status' });
    const stale = h('p', { class: 'notice warning stale-note', hidden: true, text: catalog.text('ui.widget.stale') });
    const general = h('p', { class: 'notice error', hidden: true });
    // The answer (the key figures) and the rest of the results (chart, tables).
    const answerBody = h('div', { class: 'results-content' });
    const resultsBody = h('div', { class: 'results-content' });
    // What a calculator has besides its results comes with its own code: the
    // range of outcomes and the industry presets (a program and a gift card).
    const own = kindModules[kind];
    const whatif = own.whatifSection?.({ kind, metadata, catalog, format,
      uncertainty: draft.uncertainty,
      inputValue: (name) => state.draft(kind).inputs[name],
      onUncertaintyChange: (uncertainty) => this.#showAnswer(state.setUncertainty(uncertainty)) }) ?? null;
    const live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const preset = state.preset();
    const presets = own.presetMenu?.({ catalog, kind, current: preset?.id ?? null,
      loadStrings: () => this.#withCatalogPart('presets'),
      onApply: (chosen, module) => this.#applyPreset(chosen, module),
      onNone: () => this.#reset() }) ?? null;
    for (const [name, entry] of Object.entries(preset?.values ?? {})) fields.get(name)?.showSource(own.presetsModule.sourceNote(entry, catalog));
    const cta = this.#callToAction();
    const plan = h('div', { class: 'plan-slot' });

    // The answer first: above the inputs in one column, beside them in two.
    const panel = h('div', { class: 'panel', id: panelId, role: tabs ? 'tabpanel' : null,
      'aria-labelledby': tabs ? tabs.labelledBy(kind) : null },
      h('section', { class: 'results answer', part: 'results', 'aria-labelledby': ids.results },
        h('h3', { id: ids.results, text: catalog.text('ui.results') }), stale, general, answerBody, cta),
      h('section', { class: 'inputs', part: 'form', 'aria-labelledby': ids.inputs },
        h('h3', { id: ids.inputs, text: catalog.text('ui.inputs') }), presets, form, more.element),
      h('div', { class: 'results-more' }, resultsBody, whatif?.element, this.#methodSection(kind, catalog)));

    // The first drawing shows the answer alone in its first frame (styles.css).
    const root = h('div', { class: this.#view ? 'rc' : 'rc arriving', lang: catalog.lang },
      h('header', { class: 'header', part: 'header' },
        h('h2', { class: 'title', id: ids.title, text: catalog.text(`kind.${kind}.title`) }),
        h('p', { class: 'summary', text: catalog.text(`kind.${kind}.summary`) })),
      tabs?.element, toolbar, notice, plan, panel, live);
    tabs?.element.setAttribute('part', 'tabs');
    // The calculators' own rules join the widget's (a gift card has none of its own), and the tab bar's.
    for (const mode of this.#modes) if (kindModules[mode].styles) adoptStyles(this.shadowRoot, kindModules[mode].styles);
    if (tabs) adoptStyles(this.shadowRoot, tabsModule.styles);
    replaceChildren(this.shadowRoot, root);
    this.#view = { fields, contacts, more, stale, general, answerBody, resultsBody, notice, live, shareOutput, root, tabs, whatif, cta, plan };
    this.#showGroupValues();
  }

  #selectKind(kind) {
    if (!this.#state.select(kind)) return;
    this.#render();
    this.#view.tabs?.focus(kind);
    this.#evaluate(kind);
  }

  #refreshResults() {
    const result = this.#state?.latest();
    if (!this.#view || !result) return;
    const context = { catalog: this.#catalog, format: this.#format(), logKit: this.#logKit };
    const { answer, element, announcement, figures, fieldNotes } = kindModules[this.#state.kind].results(result, context);
    for (const [selector, part] of RESULT_PARTS) for (const region of element.querySelectorAll(selector)) region.setAttribute('part', part);
    this.#figures = figures;
    for (const [name, note] of Object.entries(fieldNotes ?? {})) this.#view.fields.get(name)?.showNote(note);
    // The key figures are the answer, above the inputs; the rest below them.
    for (const [body, content] of [[this.#view.answerBody, answer], [this.#view.resultsBody, element]]) {
      const openDetails = [...body.querySelectorAll('details[open]')].map((d) => d.className);
      if (body.firstElementChild) morph(body.firstElementChild, content);
      else body.append(content);
      for (const details of body.querySelectorAll('details')) {
        if (openDetails.includes(details.className)) details.open = true;
      }
    }
    this.#showGroupValues();
    this.#view.contacts?.showAssessments(result.result.contacts ?? [], result.result.summary);
    const unitText = ` (${context.format.currencySymbol()})`;
    for (const unit of this.#view.root.querySelectorAll('.unit-money')) if (unit.textContent !== unitText) unit.textContent = unitText;
    clearTimeout(this.#announceTimer);
    // The share link (for the call to action and the printed plan) waits
    // with the announcement: typing stays fast, a pause brings both.
    this.#announceTimer = setTimeout(() => {
      this.#view.live.textContent = announcement;
      this.#refreshPlan();
    }, ANNOUNCE_DELAY_MS);
  }

  #showProblems(errors) {
    if (!this.#view) return;
    const byInput = new Map();
    const byContact = new Map();
    const general = [];
    for (const error of errors) {
      const place = locate(error.path);
      const text = this.#describe(error);
      if (place.scope === 'input' && this.#view.fields.has(place.name)) byInput.set(place.name, text);
      else if (place.scope === 'contact' && this.#view.contacts) {
        byContact.set(place.index, { ...byContact.get(place.index), [place.field]: text });
      } else general.push(text);
    }
    for (const [name, field] of this.#view.fields) field.showError(byInput.get(name) ?? null);
    this.#view.more.reveal(byInput);
    this.#view.contacts?.showErrors(byContact);
    this.#view.general.hidden = general.length === 0;
    if (this.#view.general.textContent !== general.join('\n')) this.#view.general.textContent = general.join('\n');
    const invalid = errors.length > 0;
    this.#view.stale.hidden = !invalid;
    for (const body of [this.#view.answerBody, this.#view.resultsBody]) body.classList.toggle('is-stale', invalid);
  }

  // The help the first screen does not show (the inputs under "More
  // assumptions", a contact's questions), into the fields drawn without it.
  #loadGroupHelp() {
    if (this.#onDemandParts.has('help')) return;
    this.#withCatalogPart('help').then((catalog) => {
      this.#view?.contacts?.helpArrived(catalog);
      const kind = this.#state.kind;
      for (const name of this.#view?.more.names() ?? []) this.#view.fields.get(name)?.setHelp(catalog.text(`input.${kind}.${name}.help`));
    }, () => {});  // offline, say: the next group opened tries again
  }

  #showGroupValues() {
    this.#view.more.showValues(this.#state.draft().inputs, { format: this.#format() });
  }

  #notice(text, tone, detail) {
    if (!this.#view) return;
    const box = h('div', { class: `notice ${tone}`, role: tone === 'error' ? 'alert' : null },
      h('p', { text }), detail ? h('p', { class: 'notice-detail', text: detail }) : null,
      h('button', { type: 'button', class: 'button small', text: this.#catalog.text('ui.dialog.ok'),
        onclick: () => replaceChildren(this.#view.notice) }));
    replaceChildren(this.#view.notice, box);
  }

  // ---- toolbar ----

  // The current scenario's share link, or null if the core refuses it (with a
  // notice unless quiet: the background refresh of the plan must not nag).
  #currentLink({ quiet = false } = {}) {
    const link = this.#state.shareLink(this.getAttribute('share-url') || window.location.href);
    if (link.ok) return link.value;
    if (!quiet && link.errors.length > 0) this.#notice(this.#catalog.text('error.document'), 'error', link.errors.map((e) => e.message).join('\n'));
    return null;
  }

  // The share links' module, given to the state once it is here.
  #withShare() {
    return getShare().then((share) => this.#state?.useShare(share));
  }

  async #share(output) {
    // Offline, say: no link, and the button tries again.
    await this.#withShare().catch(() => {});
    if (this.#state.shareLink('').tooLarge) {
      // Above 64 KiB no link is made: the reader downloads the JSON instead.
      output.hidden = true;
      const catalog = await this.#withCatalogPart('log').catch(() => this.#catalog);
      this.#notice(catalog.text('log.too_long_for_link'), 'warning');
      return;
    }
    const link = this.#currentLink();
    if (!link) return;
    output.value = link;
    output.hidden = false;
    const copied = await copyText(link);
    this.#emitAction('rc-share', { copied });
    this.#notice(this.#catalog.text(copied ? 'ui.share.copied' : 'ui.widget.share_select'), 'info');
    if (!copied) {
      output.focus();
      output.select();
    }
  }

  #download() {
    const document = this.scenario;
    if (!document) return;
    downloadJson(document, `passaparola-${document.kind}.json`);
    this.#emitAction('rc-download');
  }

  async #upload(input) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await readFileText(file);
    let document = text;
    try {
      document = JSON.parse(text);
    } catch {
      // The core words the JSON error; hand it the text as it is.
    }
    this.#replaceScenario(document, this.#catalog.text('ui.status.opened', { path: file.name }),
      this.#catalog.text('ui.error.open_failed', { path: file.name }));
  }

  // The log editor and the catalog with the log's strings (once).
  async #loadLog() {
    const [module, catalog] = await Promise.all([import(new URL('./log-editor.js', import.meta.url).href), this.#withCatalogPart('log')]);
    if (!this.#logKit) {
      this.#logKit = { module, catalog };
      // Closed business and top sources join the results.
      this.#refreshResults();
    }
    return this.#logKit;
  }

  // A CSV export of a referral log, imported by the core (referral-log.wasm)
  // into the current assessment (log-editor.js words the outcome).
  async #importLog(file) {
    const contacts = () => this.#view?.contacts;
    try {
      const [kit, text] = await Promise.all([this.#loadLog(), readFileText(file)]);
      const logCore = await kit.module.loadLogCore();
      const answer = this.#state.importLog(logCore, text);
      const { lines, tone, errors } = kit.module.importOutcome(answer, kit.catalog, this.#format());
      // Imported: drawn anew, and the new form's status region is in place before it speaks.
      if (answer.ok) this.#scenarioReplaced(null);
      else this.#dispatchErrorDetail({ errors });
      requestAnimationFrame(() => contacts()?.showImport(lines, tone));
    } catch {
      contacts()?.showImport([this.#catalog.text('ui.widget.load_failed')], 'error');
    }
  }

  // "How is this computed": its text, a calculator's longest, comes when a
  // reader first opens the section.
  #methodSection(kind, catalog) {
    const key = `method.${kind}`;
    const text = h('p', { text: catalog.has(key) ? catalog.text(key) : '…' });
    const section = h('details', { class: 'method' }, h('summary', { text: catalog.text('ui.widget.method') }), text);
    let loading = catalog.has(key) ? Promise.resolve() : null;
    section.addEventListener('toggle', () => {
      if (!section.open || loading) return;
      loading = this.#withCatalogPart('method').then((full) => { text.textContent = full.text(key); }, () => {
        loading = null;  // offline, say: reopening tries again
        text.textContent = catalog.text('ui.widget.load_failed');
      });
    });
    return section;
  }

  // The widget's catalog with an on-demand part (the presets' strings), kept
  // for later renders and for a new language.
  async #withCatalogPart(part) {
    const catalog = this.#catalog;
    const extended = await catalog.extend(part);
    this.#onDemandParts.add(part);
    if (this.#catalog === catalog) this.#catalog = extended;
    // Another part arrived meanwhile: this one joins it (a new language
    // loads every part already asked for itself).
    else if (this.#catalog.lang === catalog.lang) this.#catalog = await this.#catalog.extend(part);
    return extended;
  }

  #applyPreset(preset, { presetDocument }) {
    const { kind, metadata } = this.#state;
    const document = presetDocument(preset, kind, metadata.schema, this.#state.draft()?.inputs?.currency);
    const name = this.#catalog.text(`preset.${preset.id}.label`);
    const applied = this.#replaceScenario(document, this.#catalog.text('ui.widget.preset.applied', { name }), null,
      { id: preset.id, values: { ...preset.values } });
    // The menu was drawn anew: keyboard focus goes back to it, not to the page's start.
    if (applied) this.shadowRoot.querySelector('.presets > summary')?.focus();
  }

  // ---- call to action and printed plan ----

  #callToAction() {
    const label = this.getAttribute('cta-label')?.trim();
    const url = safeCtaHref(this.getAttribute('cta-href'), document.baseURI);
    if (!label || !url) return null;
    const mail = url.protocol === 'mailto:';
    const link = h('a', { class: 'button primary cta', href: url.href, text: label,
      target: mail ? null : '_blank', rel: mail ? null : 'noopener', onclick: () => this.#emitAction('rc-cta') });
    // The href is brought up to date before the mail program opens.
    if (mail) for (const type of ['focus', 'pointerdown', 'click']) link.addEventListener(type, () => this.#refreshPlan());
    return h('p', { class: 'cta-row', part: 'cta' }, link);
  }

  #refreshPlan() {
    const result = this.#state?.latest();
    if (!this.#view || !result) return;
    // Without a link (a scenario too large to share) the plan and the message go without it.
    const link = this.#currentLink({ quiet: true });
    const catalog = this.#catalog;
    const anchor = this.#view.cta?.querySelector('a');
    const url = anchor && safeCtaHref(this.getAttribute('cta-href'), document.baseURI);
    if (url?.protocol === 'mailto:') {
      anchor.href = mailtoHref(url, resultSummary({ catalog, kind: this.#state.kind, figures: this.#figures, link }));
    }
    if (planModule) replaceChildren(this.#view.plan, planModule.printPlan({ document: result, infos: this.#state.metadata.kinds[this.#state.kind], catalog,
      format: this.#format(), link, presetId: this.#state.preset()?.id }));
  }

  #reset() {
    this.#showReplaced(this.#state.reset(), this.#catalog.text('ui.widget.reset_done'));
  }
}

for (const [property, attribute] of Object.entries(REFLECTED)) {
  Object.defineProperty(ReferralCalculator.prototype, property, {
    get() { return this.getAttribute(attribute); },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
    configurable: true, enumerable: true,
  });
}

if (!customElements.get('referral-calculator')) customElements.define('referral-calculator', ReferralCalculator);
