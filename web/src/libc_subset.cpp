// strtod in place of musl's (the link wraps it: web/CMakeLists.txt), for the
// core's JSON reader (core/src/json_text.cpp). musl's strtod computes in
// 128-bit long double, which WebAssembly only has in software: several KB of
// the widget's gzipped download, for number text the reader has already
// checked.
#include <cstddef>

// The page's own number parser (JavaScript's Number()), which rounds decimal
// text to the nearest double exactly as glibc's strtod does, so the wasm and
// the native builds read every document to the same doubles. See loadCore()
// in web/widget/core-client.js.
__attribute__((import_module("env"), import_name("parse_number"))) double host_parse_number(const char* text,
                                                                                              std::size_t size);

namespace {

bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

}  // namespace

extern "C" {

// The reader hands over a complete JSON number: sign, digits, fraction, exponent.
double __wrap_strtod(const char* text, char** end) {
    std::size_t size = 0;
    while (is_number_char(text[size])) ++size;
    if (end) *end = const_cast<char*>(text + size);
    return host_parse_number(text, size);
}

}  // extern "C"
