// The i18n catalogs as the native faces see them: every language has every
// key, placeholders survive translation, and lookups fall back sensibly.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "i18n/catalog.hpp"
#include "passaparola/json.hpp"
#include "temp_folder.hpp"

namespace passaparola::i18n {
namespace {

std::set<std::string> placeholders(std::string_view text) {
    std::set<std::string> names;
    static const std::regex pattern(R"(\{[a-z_]+\})");
    const std::string copy(text);
    for (auto it = std::sregex_iterator(copy.begin(), copy.end(), pattern); it != std::sregex_iterator(); ++it) {
        names.insert(it->str());
    }
    return names;
}

TEST(Catalog, OffersItalianEnglishAndFinnishWithItalianFirst) {
    const auto codes = languages();
    ASSERT_EQ(codes.size(), 3u);
    EXPECT_EQ(codes[0], "it");
    EXPECT_TRUE(is_language("fi"));
    EXPECT_FALSE(is_language("de"));
}

TEST(Catalog, EveryLanguageHasTheKeysOfEnglish) {
    const auto english = Catalog::of("en").keys();
    ASSERT_GT(english.size(), 300u);
    for (auto language : languages()) {
        EXPECT_EQ(Catalog::of(language).keys(), english) << language;
    }
}

TEST(Catalog, EmbedsExactlyTheFilesInTheSourceTree) {
    // The build embeds i18n/<lang>/*.json; a key edited there must be what the program shows.
    for (auto language : languages()) {
        const std::filesystem::path folder = std::filesystem::path(PASSAPAROLA_I18N_DIR) / std::string(language);
        std::size_t keys = 0;
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            if (entry.path().extension() != ".json") continue;
            const auto json = Json::parse(desktop::test::read_file(entry.path()));
            for (const auto& [key, value] : json.items()) {
                EXPECT_STREQ(Catalog::of(language).text(key), value.get<std::string>().c_str()) << key;
                ++keys;
            }
        }
        EXPECT_EQ(keys, Catalog::of(language).keys().size()) << language;
    }
}

TEST(Catalog, TranslationsKeepThePlaceholdersOfEnglish) {
    const Catalog& english = Catalog::of("en");
    for (const auto& key : english.keys()) {
        for (auto language : languages()) {
            const char* text = Catalog::of(language).text(key);
            EXPECT_NE(std::string_view(text), "") << language << " " << key;
            EXPECT_EQ(placeholders(text), placeholders(english.text(key))) << language << " " << key;
        }
    }
}

TEST(Catalog, ItalianIsReallyTranslated) {
    EXPECT_STREQ(Catalog::of("it").text("ui.file.save"), "Salva");
    EXPECT_STREQ(Catalog::of("fi").text("ui.file.save"), "Tallenna");
    EXPECT_STREQ(Catalog::of("en").text("ui.file.save"), "Save");
}

TEST(Catalog, AnUnknownKeyShowsItselfAndStaysValid) {
    const char* first = Catalog::of("it").text(std::string("ui.no_such_key"));
    EXPECT_STREQ(first, "ui.no_such_key");
    EXPECT_EQ(Catalog::of("it").text("ui.no_such_key"), first);
    EXPECT_FALSE(Catalog::of("it").contains("ui.no_such_key"));
}

TEST(Catalog, AnUnknownLanguageIsEnglish) {
    EXPECT_EQ(&Catalog::of("xx"), &Catalog::of("en"));
    EXPECT_EQ(Catalog::of("fi").language(), "fi");
}

TEST(Format, ReplacesNamedPlaceholders) {
    EXPECT_EQ(format("Saved {path} ({path})", {{"path", "a.json"}}), "Saved a.json (a.json)");
    EXPECT_EQ(format("{a}-{b}", {{"b", "2"}, {"a", "1"}}), "1-2");
}

TEST(Format, LeavesUnknownNamesAndStrayBracesAlone) {
    EXPECT_EQ(format("{unknown} {", {{"path", "x"}}), "{unknown} {");
    EXPECT_EQ(format("no braces", {}), "no braces");
    EXPECT_EQ(format("}{path}", {{"path", "x"}}), "}x");
}

}  // namespace
}  // namespace passaparola::i18n
