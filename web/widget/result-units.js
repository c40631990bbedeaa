// Placeholder: web/tools/build-site.mjs bundles, in place of this file, what
// the widget needs of the core's result metadata (result_figures.hpp) — one
// export per kind: each result part's units as letters in document order and
// the key figures' order — read from the build-only referral-meta.wasm
// (web/tools/result-units.mjs). Only the bundle formats results by it.
export const program = {};
export const gift_card = {};
export const vcp = {};
