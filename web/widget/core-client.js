// The only door to the C++ core: JSON text in, JSON text out, through the
// wasm module's plain C functions. Every answer is {ok, value} or
// {ok: false, errors: [{path, rule, got, message}]}.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The module's URL (referral-core.wasm, or referral-whatif.wasm for the
// what-if functions), or its bytes (the Node tests read the file).
async function instantiate(source, imports) {
  if (!(source instanceof URL)) return WebAssembly.instantiate(source, imports);
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  // A host that serves .wasm without its MIME type cannot have it streamed.
  if (response.headers.get('content-type') === 'application/wasm') return WebAssembly.instantiateStreaming(response, imports);
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

export async function loadCore(source) {
  let wasm;
  const bytes = (pointer, length) => new Uint8Array(wasm.memory.buffer, pointer, length);
  const imports = {
    env: {
      // The number text of a JSON document → the nearest double, rounded as
      // the native build's strtod rounds it (web/src/libc_subset.cpp).
      parse_number: (pointer, length) => Number(decoder.decode(bytes(pointer, length))),
      // The views above are made per call, so a grown memory needs nothing.
      emscripten_notify_memory_growth: () => {},
    },
    wasi_snapshot_preview1: {
      proc_exit: (code) => { throw new WebAssembly.RuntimeError(`the core stopped (${code})`); },
    },
  };
  ({ exports: wasm } = (await instantiate(source, imports)).instance);
  wasm._initialize();

  const answer = (pointer) => JSON.parse(decoder.decode(bytes(pointer, wasm.pp_output_size())));

  const withText = (fn, text) => {
    const input = encoder.encode(text);
    const pointer = wasm.malloc(input.length + 1);
    bytes(pointer, input.length).set(input);
    try {
      return answer(fn(pointer, input.length));
    } finally {
      wasm.free(pointer);
    }
  };

  const asText = (document) => (typeof document === 'string' ? document : JSON.stringify(document));

  return {
    // Scenario document → result document (the CLI's `eval`).
    evaluate: (document) => withText(wasm.pp_evaluate, asText(document)),
    // Scenario document → the same with every default filled in.
    validate: (document) => withText(wasm.pp_validate, asText(document)),
    // Scenario document → share payload (`v1.…` / `z1.…`).
    encodeShare: (document) => withText(wasm.pp_encode_share, asText(document)),
    // Payload, `#s=` fragment or link → scenario document.
    decodeShare: (text) => withText(wasm.pp_decode_share, text),
    inputMetadata: () => answer(wasm.pp_input_metadata()).value,
    // What-if module only: result documents with `result.sensitivity` /
    // `result.simulation` (the CLI's `sensitivity` and `simulate`).
    sensitivity: (document) => withText(wasm.pp_sensitivity, asText(document)),
    simulate: (document, { trials = 10000, seed = 1 } = {}) =>
      withText((pointer, length) => wasm.pp_simulate(pointer, length, trials, seed), asText(document)),
    // Referral-log module only (referral-log.wasm): the text of a CSV export
    // + a VCP scenario document (or null for a new one) → that document with
    // the rows added to its contacts' logs, or every bad row at "line N"
    // with a `code` to word it by (the CLI's `import-log`).
    importReferralLog: (csv, document) => {
      const into = encoder.encode(document == null ? '' : asText(document));
      const intoPointer = wasm.malloc(into.length + 1);
      bytes(intoPointer, into.length).set(into);
      try {
        return withText((pointer, length) => wasm.pp_import_referral_log(pointer, length, intoPointer, into.length), csv);
      } finally {
        wasm.free(intoPointer);
      }
    },
  };
}
