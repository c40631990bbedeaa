#pragma once
// Translated text for the native faces, from the same i18n/<lang>/*.json files
// the widget uses. A key missing in a language falls back to English, then to
// the key itself, so a missing translation shows up plainly instead of as "".
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace passaparola::i18n {

inline constexpr std::string_view kFallbackLanguage = "en";

// The languages with a catalog, main audience first: it, en, fi.
std::span<const std::string_view> languages();
bool is_language(std::string_view code);

class Catalog {
public:
    // The catalog of `language` (every file of that language merged); an
    // unknown language gives the English one. Catalogs live for the program.
    static const Catalog& of(std::string_view language);

    std::string_view language() const { return language_; }
    // Null-terminated and valid for the program's life, as Dear ImGui wants.
    const char* text(std::string_view key) const;
    // Whether this language itself has the key (no fallback).
    bool contains(std::string_view key) const;
    // Keys of this language itself, sorted.
    std::vector<std::string> keys() const;

    struct Data;
    explicit Catalog(std::string_view language);
    ~Catalog();

private:
    std::string language_;
    std::unique_ptr<Data> data_;
};

// Replaces each "{name}" in `text` by its value; unknown names stay as written.
std::string format(std::string_view text,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values);

}  // namespace passaparola::i18n
