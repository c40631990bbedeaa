// Functions the page hands the core when it instantiates a module
// (web/widget/core-client.js). Listed so that Emscripten accepts them as
// imports; the modules are standalone wasm, so these bodies are never used.
mergeInto(LibraryManager.library, {
  parse_number: function () {},
});
