// What the widget needs of the core's result metadata (result_figures.hpp),
// in as few bytes as it can: build-site.mjs reads result_metadata() from the
// build-only wasm module referral-meta.wasm and bundles this in place of
// web/widget/result-units.js. So the core stays the one statement of each
// figure's unit and of the key figures' order, and the widget asks nothing of
// it at run time.
import { readFileSync } from 'node:fs';
import { loadCore } from '../widget/core-client.js';

// One letter per unit; web/widget/figures.js's showFigure() formats by them.
export const UNIT_LETTERS = { money: 'm', percent: 'p', count: 'c', integer: 'i', month: 'M', days: 'd',
  score: 's', ratio: 'r', number: 'n', level: 'l', date: 'D', text: 't' };

// The parts whose figures the widget formats (web/widget/results-*.js): the
// program's totals and months, the gift card's totals.
export const SHOWN_PARTS = { program: ['totals', 'months'], gift_card: ['totals'], vcp: [] };

// result_metadata() → {kind: {<part>: the units' letters in document order,
// key: the key figures as indices into the headline part}}, for the parts
// named (all by default). The letters go by position: a result document
// writes its members in the metadata's order (core/src/result_fields.hpp).
export function resultUnits(metadata, shownParts) {
  return Object.fromEntries(Object.entries(metadata).map(([kind, { headline, parts, key_figures: keys }]) => {
    const shown = Object.entries(parts).filter(([part]) => !shownParts || shownParts[kind].includes(part));
    const entry = Object.fromEntries(shown.map(([part, figures]) => {
      const letters = figures.map(({ unit }) => UNIT_LETTERS[unit]);
      if (letters.includes(undefined)) throw new Error(`${kind}.${part}: a unit without a letter in ${JSON.stringify(figures)}`);
      return [part, letters.join('')];
    }));
    const names = parts[headline].map(({ name }) => name);
    entry.key = keys.map(({ name }) => names.indexOf(name));
    return [kind, entry];
  }));
}

export async function readResultMetadata(wasmFile) {
  return (await loadCore(readFileSync(wasmFile))).resultMetadata();
}

// One export per kind, object literals (pure), so that a calculator's code
// (kind-<kind>.js) carries only its own kind's.
export const resultUnitsModule = (units) =>
  Object.entries(units).map(([kind, entry]) => `export const ${kind} = ${JSON.stringify(entry)};\n`).join('');
