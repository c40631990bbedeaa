// The command line of passaparola-desktop, including the screenshot mode the
// screenshot tests rely on.
#include <gtest/gtest.h>

#include "command_line.hpp"
#include "passaparola/presets.hpp"

namespace passaparola::desktop {
namespace {

TEST(CommandLine, NothingMeansDefaults) {
    const auto parsed = parse_command_line({});
    EXPECT_EQ(parsed.error, "");
    EXPECT_EQ(parsed.options.width, 1280);
    EXPECT_EQ(parsed.options.height, 800);
    EXPECT_FALSE(parsed.options.tab.has_value());
}

TEST(CommandLine, ScreenshotMode) {
    const auto parsed = parse_command_line(
        {"--open", "plan.json", "--screenshot", "out.png", "--size", "1024x640", "--lang", "fi", "--tab", "vcp"});
    ASSERT_EQ(parsed.error, "");
    EXPECT_EQ(parsed.options.open, "plan.json");
    EXPECT_EQ(parsed.options.screenshot, "out.png");
    EXPECT_EQ(parsed.options.width, 1024);
    EXPECT_EQ(parsed.options.height, 640);
    EXPECT_EQ(parsed.options.language, "fi");
    EXPECT_EQ(parsed.options.tab, ScenarioKind::vcp);
}

TEST(CommandLine, CompareAndTheme) {
    const auto parsed = parse_command_line({"--open", "a.json", "--compare", "b.json", "--theme", "dark"});
    ASSERT_EQ(parsed.error, "");
    EXPECT_EQ(parsed.options.compare, "b.json");
    EXPECT_EQ(parsed.options.theme, Theme::dark);
    EXPECT_NE(parse_command_line({"--theme", "blue"}).error.find("--theme"), std::string::npos);
}

TEST(CommandLine, PresetMustExist) {
    const std::string id = presets().front().id;
    EXPECT_EQ(parse_command_line({"--preset", id}).options.preset, id);
    const auto wrong = parse_command_line({"--preset", "nonsense"});
    EXPECT_NE(wrong.error.find("--preset"), std::string::npos);
    EXPECT_NE(wrong.error.find(id), std::string::npos) << "the valid ids are listed";
}

TEST(CommandLine, ErrorsNameTheOption) {
    EXPECT_NE(parse_command_line({"--size", "big"}).error.find("--size"), std::string::npos);
    EXPECT_NE(parse_command_line({"--size", "10x10"}).error.find("--size"), std::string::npos);
    EXPECT_NE(parse_command_line({"--size", "800x600x2"}).error.find("--size"), std::string::npos);
    EXPECT_NE(parse_command_line({"--lang", "de"}).error.find("--lang"), std::string::npos);
    EXPECT_NE(parse_command_line({"--tab", "roi"}).error.find("--tab"), std::string::npos);
    EXPECT_NE(parse_command_line({"--open"}).error.find("needs a value"), std::string::npos);
    EXPECT_NE(parse_command_line({"--fullscreen"}).error.find("unknown option"), std::string::npos);
    EXPECT_TRUE(parse_command_line({"--help"}).options.help);
}

TEST(CommandLine, TellsLinksFromFiles) {
    EXPECT_TRUE(looks_like_share_link("https://example.org/calc#s=z1.abc"));
    EXPECT_TRUE(looks_like_share_link("v1.eyJ"));
    EXPECT_FALSE(looks_like_share_link("plan.json"));
    EXPECT_FALSE(looks_like_share_link("/"));
}

}  // namespace
}  // namespace passaparola::desktop
