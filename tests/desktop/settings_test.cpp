// Settings survive a restart, and a damaged settings file never stops the program.
#include <gtest/gtest.h>

#include "settings.hpp"
#include "temp_folder.hpp"

namespace passaparola::desktop {
namespace {

using test::TempFolder;

TEST(Settings, RoundTripThroughTheFile) {
    TempFolder folder;
    Settings settings;
    settings.language = "fi";
    settings.theme = Theme::dark;
    settings.zoom = 1.25f;
    settings.recent_files = {"/a.json", "/b.json"};
    settings.share_base = "https://example.org/calc";
    const auto path = folder / "config" / "desktop.json";
    ASSERT_EQ(save_settings(path, settings), std::nullopt);
    const Settings loaded = load_settings(path);
    EXPECT_EQ(loaded.language, "fi");
    EXPECT_EQ(loaded.theme, Theme::dark);
    EXPECT_FLOAT_EQ(loaded.zoom, 1.25f);
    EXPECT_EQ(loaded.recent_files, settings.recent_files);
    EXPECT_EQ(loaded.share_base, settings.share_base);
}

TEST(Settings, MissingOrDamagedFileGivesTheDefaults) {
    TempFolder folder;
    Settings defaults;
    defaults.language = "it";
    EXPECT_EQ(load_settings(folder / "none.json", defaults).language, "it");
    test::write_file(folder / "bad.json", "{not json");
    EXPECT_EQ(load_settings(folder / "bad.json", defaults).language, "it");
}

TEST(Settings, WrongMembersKeepTheirDefaults) {
    const Json json = {{"language", "klingon"}, {"theme", 3}, {"zoom", 40}, {"recent_files", {1, "/x.json"}}};
    const Settings settings = settings_from_json(json);
    EXPECT_EQ(settings.language, "en");
    EXPECT_EQ(settings.theme, Theme::light);
    EXPECT_FLOAT_EQ(settings.zoom, kMaxZoom);
    EXPECT_EQ(settings.recent_files, std::vector<std::string>{"/x.json"});
}

TEST(RecentFiles, MostRecentFirstWithoutDuplicatesAndCapped) {
    Settings settings;
    for (int i = 0; i < 12; ++i) remember_recent_file(settings, "/f" + std::to_string(i) + ".json");
    remember_recent_file(settings, "/f5.json");
    ASSERT_EQ(settings.recent_files.size(), kMaxRecentFiles);
    EXPECT_EQ(settings.recent_files[0], "/f5.json");
    EXPECT_EQ(settings.recent_files[1], "/f11.json");
    EXPECT_EQ(std::count(settings.recent_files.begin(), settings.recent_files.end(), "/f5.json"), 1);
    forget_recent_file(settings, "/f5.json");
    EXPECT_EQ(settings.recent_files[0], "/f11.json");
}

TEST(Settings, PathFollowsXdgThenHome) {
    EXPECT_EQ(default_settings_path("/xdg", "/home/u"), "/xdg/passaparola/desktop.json");
    EXPECT_EQ(default_settings_path("", "/home/u"), "/home/u/.config/passaparola/desktop.json");
    EXPECT_EQ(default_settings_path(nullptr, nullptr), "");
}

TEST(Settings, LanguageFromTheLocale) {
    EXPECT_EQ(language_from_locale("it_IT.UTF-8"), "it");
    EXPECT_EQ(language_from_locale("fi_FI"), "fi");
    EXPECT_EQ(language_from_locale("fi"), "fi");
    EXPECT_EQ(language_from_locale("de_DE.UTF-8"), "en");
    EXPECT_EQ(language_from_locale("fil_PH"), "en");
    EXPECT_EQ(language_from_locale(nullptr), "en");
}

}  // namespace
}  // namespace passaparola::desktop
