// <referral-calculator>'s types for hosts that write TypeScript or use an
// editor that reads them. The element's JSDoc header
// (referral-calculator.js) is the source: tests/web/widget-api.test.mjs
// checks that every attribute, property and event it lists is declared
// here, and compiles a host's use of them with tsc.

export type CalculatorKind = 'program' | 'gift_card' | 'vcp';

/** A scenario document (schema `passaparola/1`), as `passaparola eval` reads it. */
export interface ScenarioDocument {
  schema: string;
  kind: CalculatorKind;
  inputs: Record<string, unknown>;
  uncertainty?: Record<string, { low: number; likely?: number; high: number }>;
}

/** A result document, as `passaparola eval` prints it: the scenario with every default and its result. */
export interface ResultDocument extends ScenarioDocument {
  result: Record<string, unknown>;
}

/** One problem: where (`path`), the rule broken, the value got, the core's message and its text in the widget's language. */
export interface CalculatorProblem {
  path: string;
  rule: string;
  got: string;
  message: string;
  text: string;
}

export interface ErrorDetail {
  errors: CalculatorProblem[];
}

/** An action for the host's analytics: which calculator, never a value. */
export interface ActionDetail {
  kind: CalculatorKind;
}

export interface ShareDetail extends ActionDetail {
  /** Whether the link reached the clipboard; if not, it is shown selected for the reader to copy. */
  copied: boolean;
}

/** The attributes the element reads. */
export type ReferralCalculatorAttribute =
  | 'mode'
  | 'modes'
  | 'lang'
  | 'currency'
  | 'theme'
  | 'accent'
  | 'background'
  | 'radius'
  | 'font'
  | 'share-url'
  | 'cta-label'
  | 'cta-href';

export interface ReferralCalculatorEventMap {
  'rc-result': CustomEvent<ResultDocument>;
  'rc-error': CustomEvent<ErrorDetail>;
  'rc-calculate': CustomEvent<ActionDetail>;
  'rc-share': CustomEvent<ShareDetail>;
  'rc-cta': CustomEvent<ActionDetail>;
  'rc-print': CustomEvent<ActionDetail>;
  'rc-download': CustomEvent<ActionDetail>;
  /** @deprecated fires for one more release: use `rc-result` */
  'result': CustomEvent<ResultDocument>;
  /** @deprecated fires for one more release (does not bubble): use `rc-error` */
  'error': CustomEvent<ErrorDetail>;
}

export declare class ReferralCalculator extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Reflects `mode`. */
  mode: string | null;
  /** Reflects `modes`. */
  modes: string | null;
  /** Reflects `lang` (the platform's own property). */
  lang: string;
  /** Reflects `currency`. */
  currency: string | null;
  /** Reflects `theme`. */
  theme: string | null;
  /** Reflects `accent`. */
  accent: string | null;
  /** Reflects `background`. */
  background: string | null;
  /** Reflects `radius`. */
  radius: string | null;
  /** Reflects `font`. */
  font: string | null;
  /** Reflects `share-url`. */
  shareUrl: string | null;
  /** Reflects `cta-label`. */
  ctaLabel: string | null;
  /** Reflects `cta-href`. */
  ctaHref: string | null;
  /** The current scenario document; set a document to open it (a refused one changes nothing and fires `rc-error`). */
  scenario: ScenarioDocument | undefined;
  /** The latest result document, as the CLI's `eval` prints it. */
  readonly result: ResultDocument | undefined;

  addEventListener<K extends keyof ReferralCalculatorEventMap>(type: K,
    listener: (this: ReferralCalculator, event: ReferralCalculatorEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K,
    listener: (this: ReferralCalculator, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ReferralCalculatorEventMap>(type: K,
    listener: (this: ReferralCalculator, event: ReferralCalculatorEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K,
    listener: (this: ReferralCalculator, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'referral-calculator': ReferralCalculator;
  }
}
