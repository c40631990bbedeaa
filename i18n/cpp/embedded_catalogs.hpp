#pragma once
// The catalog files as compiled into the program (generated source).
#include <span>
#include <string_view>

namespace passaparola::i18n::detail {

struct EmbeddedCatalog {
    std::string_view language;  // "it"
    std::string_view file;      // "model", "ui"
    std::string_view json;      // the file's text: a flat object key → string
};

const std::span<const EmbeddedCatalog> embedded_catalogs();

}  // namespace passaparola::i18n::detail
