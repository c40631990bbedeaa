// Two C library functions in place of musl's (the link wraps them:
// web/CMakeLists.txt): strtod, which the core's JSON reader calls
// (core/src/json_text.cpp), and snprintf. musl's strtod computes in 128-bit
// long double, which WebAssembly only has in software, and its snprintf
// brings the whole printf engine: together about 10 KB of the widget's
// gzipped download, for number text the reader has already checked. Nothing
// in the widget's module calls snprintf since the core writes its JSON
// itself; the wrap stays so that a new caller meets the small one below.
#include <cstdarg>
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

// Enough of snprintf for "\\u%04x" (nlohmann's escapes): literal text and
// %x / %X of an unsigned int, zero
// padded to a width or precision. Any other conversion stops the module, so a
// new caller is noticed at once; the what-if module, whose sensitivity
// formats "%.8e", keeps musl's snprintf.
int __wrap_snprintf(char* out, std::size_t size, const char* format, ...) {
    va_list args;
    va_start(args, format);
    std::size_t length = 0;
    const auto put = [&](char c) {
        if (length + 1 < size) out[length] = c;
        ++length;
    };
    for (const char* f = format; *f; ++f) {
        if (*f != '%') {
            put(*f);
            continue;
        }
        ++f;
        while (*f == '0' || *f == '.') ++f;
        int digits = 0;
        for (; *f >= '0' && *f <= '9'; ++f) digits = digits * 10 + (*f - '0');
        if (*f != 'x' && *f != 'X') __builtin_trap();
        const char* hex = *f == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        unsigned value = va_arg(args, unsigned);
        char reversed[8];
        int count = 0;
        do {
            reversed[count++] = hex[value % 16];
            value /= 16;
        } while (value != 0);
        for (int i = count; i < digits; ++i) put('0');
        while (count > 0) put(reversed[--count]);
    }
    va_end(args);
    if (size > 0) out[length < size ? length : size - 1] = '\0';
    return static_cast<int>(length);
}

}  // extern "C"
