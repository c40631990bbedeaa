// The only door to the C++ core: JSON text in, JSON text out, through the
// wasm module's plain C functions. Every answer is {ok, value} or
// {ok: false, errors: [{path, rule, got, message}]}.

// Modules compiled ahead of their loadCore() (precompile), by URL, for
// every copy of this module on the page: the iframe page precompiles from
// its small first script, which is not the widget's bundle.
const precompiled = (globalThis[Symbol.for('passaparola.precompiled')] ??= new Map());

// Starts downloading and compiling a module that loadCore() will soon
// instantiate: a page that knows its calculator before the widget's code has
// run (the iframe page) compiles the core while that code evaluates. Should
// that fail (offline, a host that serves .wasm without its MIME type),
// loadCore() fetches the module itself.
export function precompile(url) {
  const compiling = WebAssembly.compileStreaming(fetch(url));
  compiling.catch(() => {});
  precompiled.set(url.href, compiling);
}

// The module's URL (referral-core.wasm; referral-share.wasm for share links,
// referral-whatif.wasm for the what-if functions, referral-log.wasm for the
// CSV import), or its bytes (the Node tests read the file).
async function instantiate(source, imports) {
  if (!(source instanceof URL)) return WebAssembly.instantiate(source, imports);
  const module = await precompiled.get(source.href)?.catch(() => null);
  precompiled.delete(source.href);
  if (module) return { instance: await WebAssembly.instantiate(module, imports) };
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  // A host that serves .wasm without its MIME type cannot have it streamed.
  if (response.headers.get('content-type') === 'application/wasm') return WebAssembly.instantiateStreaming(response, imports);
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

export async function loadCore(source) {
  // Made here, not when the module loads: the iframe page's first script
  // takes precompile() alone from this module (web/embed/embed-start.js).
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
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

  // Calls an export: each text argument goes in as (pointer, length) in the
  // module's memory, freed after the call; numbers go in as they are.
  const call = (name, ...args) => {
    const pointers = [];
    try {
      return answer(wasm[name](...args.flatMap((arg) => {
        if (typeof arg !== 'string') return [arg];
        const input = encoder.encode(arg);
        const pointer = wasm.malloc(input.length + 1);
        pointers.push(pointer);
        bytes(pointer, input.length).set(input);
        return [pointer, input.length];
      })));
    } finally {
      for (const pointer of pointers) wasm.free(pointer);
    }
  };

  const asText = (document) => (typeof document === 'string' ? document : JSON.stringify(document));

  return {
    // Scenario document → result document (the CLI's `eval`).
    evaluate: (document) => call('pp_evaluate', asText(document)),
    // Scenario document → the same with every default filled in.
    validate: (document) => call('pp_validate', asText(document)),
    inputMetadata: () => answer(wasm.pp_input_metadata()).value,
    // Build's module only (referral-meta.wasm): each result figure's unit and the key figures' order.
    resultMetadata: () => answer(wasm.pp_result_metadata()).value,
    // Share module only (referral-share.wasm): scenario document → share
    // payload (`v1.…` / `z1.…`); payload, `#s=` fragment or link → scenario document.
    encodeShare: (document) => call('pp_encode_share', asText(document)),
    decodeShare: (text) => call('pp_decode_share', text),
    // What-if module only: result documents with `result.sensitivity` /
    // `result.simulation` (the CLI's `sensitivity` and `simulate`).
    sensitivity: (document) => call('pp_sensitivity', asText(document)),
    simulate: (document, { trials = 10000, seed = 1 } = {}) => call('pp_simulate', asText(document), trials, seed),
    // Referral-log module only (referral-log.wasm): the text of a CSV export
    // + a VCP scenario document (or null for a new one) → that document with
    // the rows added to its contacts' logs, or every bad row at "line N"
    // with a `code` to word it by (the CLI's `import-log`).
    importReferralLog: (csv, document) => call('pp_import_referral_log', csv, document == null ? '' : asText(document)),
  };
}
