// The only door to the C++ core: JSON text in, JSON text out, through the
// wasm module's plain C functions. Every answer is {ok, value} or
// {ok: false, errors: [{path, rule, got, message}]}.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// `createModule` is an Emscripten factory (referral-core.mjs, or
// referral-whatif.mjs for the what-if functions); `options` go to it unchanged
// (the Node tests pass the .wasm bytes as `wasmBinary`).
export async function loadCore(createModule, options = {}) {
  const wasm = await createModule(options);

  const answer = (pointer) =>
    JSON.parse(decoder.decode(wasm.HEAPU8.subarray(pointer, pointer + wasm._pp_output_size())));

  const withText = (fn, text) => {
    const bytes = encoder.encode(text);
    const pointer = wasm._malloc(bytes.length + 1);
    wasm.HEAPU8.set(bytes, pointer);
    try {
      return answer(fn(pointer, bytes.length));
    } finally {
      wasm._free(pointer);
    }
  };

  const asText = (document) => (typeof document === 'string' ? document : JSON.stringify(document));

  return {
    // Scenario document → result document (the CLI's `eval`).
    evaluate: (document) => withText(wasm._pp_evaluate, asText(document)),
    // Scenario document → the same with every default filled in.
    validate: (document) => withText(wasm._pp_validate, asText(document)),
    // Scenario document → share payload (`v1.…` / `z1.…`).
    encodeShare: (document) => withText(wasm._pp_encode_share, asText(document)),
    // Payload, `#s=` fragment or link → scenario document.
    decodeShare: (text) => withText(wasm._pp_decode_share, text),
    inputMetadata: () => answer(wasm._pp_input_metadata()).value,
    // What-if module only: result documents with `result.sensitivity` /
    // `result.simulation` (the CLI's `sensitivity` and `simulate`).
    sensitivity: (document) => withText(wasm._pp_sensitivity, asText(document)),
    simulate: (document, { trials = 10000, seed = 1 } = {}) =>
      withText((pointer, length) => wasm._pp_simulate(pointer, length, trials, seed), asText(document)),
  };
}
