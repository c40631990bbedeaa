// passaparola-desktop in a real window under Xvfb (Mesa's software GL): for
// each calculator and language, --screenshot writes a PNG of the window, which
// must have the asked size and show a real interface, not a blank or
// single-colour frame. Skipped when xvfb-run is not installed.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "passaparola/presets.hpp"
#include "passaparola/share_link.hpp"
#include "png_reader.hpp"
#include "temp_folder.hpp"

namespace passaparola::desktop {
namespace {

namespace fs = std::filesystem;

const fs::path kScenarios = PASSAPAROLA_SCENARIOS;
const fs::path kScreenshots = PASSAPAROLA_SCREENSHOTS;

bool have_xvfb() { return std::system("command -v xvfb-run > /dev/null 2>&1") == 0; }

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs the desktop binary under a fresh Xvfb; returns its exit status.
int run_desktop(const std::vector<std::string>& args) {
    std::string command = "xvfb-run -a -s '-screen 0 1280x800x24' " + quoted(PASSAPAROLA_DESKTOP_BINARY);
    for (const auto& arg : args) {
        command += ' ';
        command += quoted(arg);
    }
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

test::RgbImage screenshot(const std::string& name, std::vector<std::string> args) {
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / (name + ".png");
    fs::remove(png);
    args.insert(args.end(), {"--screenshot", png.string(), "--size", "1280x800"});
    EXPECT_EQ(run_desktop(args), 0) << name;
    auto image = test::decode_png(test::read_file(png));
    EXPECT_TRUE(image.has_value()) << png << " is not a PNG we can read";
    return image.value_or(test::RgbImage{});
}

// Share of the pixels of a region that differ from its most common colour:
// text, frames and charts, as opposed to empty background.
double detail_in(const test::RgbImage& image, int x0, int y0, int x1, int y1) {
    std::map<std::uint32_t, int> counts;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) ++counts[image.pixel(x, y)];
    }
    int most = 0;
    for (const auto& [colour, n] : counts) most = std::max(most, n);
    const int total = (x1 - x0) * (y1 - y0);
    return 1.0 - static_cast<double>(most) / total;
}

std::size_t distinct_colours(const test::RgbImage& image) {
    std::map<std::uint32_t, int> counts;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) ++counts[image.pixel(x, y)];
    }
    return counts.size();
}

void expect_an_interface(const test::RgbImage& image, const std::string& name) {
    ASSERT_EQ(image.width, 1280) << name;
    ASSERT_EQ(image.height, 800) << name;
    EXPECT_GT(distinct_colours(image), 64u) << name << ": too few colours for text, charts and widgets";
    EXPECT_GT(detail_in(image, 0, 0, 1280, 30), 0.05) << name << ": the menu bar is empty";
    EXPECT_GT(detail_in(image, 0, 60, 480, 760), 0.05) << name << ": the input panel is empty";
    EXPECT_GT(detail_in(image, 500, 60, 1280, 760), 0.05) << name << ": the result panel is empty";
}

double share_of_different_pixels(const test::RgbImage& a, const test::RgbImage& b) {
    if (a.rgb.size() != b.rgb.size() || a.rgb.empty()) return 0;
    std::size_t different = 0;
    for (int y = 0; y < a.height; ++y) {
        for (int x = 0; x < a.width; ++x) different += a.pixel(x, y) != b.pixel(x, y);
    }
    return static_cast<double>(different) / (a.width * a.height);
}

struct Shot {
    std::string tab;
    std::string language;
};

void PrintTo(const Shot& shot, std::ostream* out) { *out << shot.tab << " in " << shot.language; }

class CalculatorScreenshot : public testing::TestWithParam<Shot> {};

TEST_P(CalculatorScreenshot, ShowsTheCalculator) {
    if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
    const Shot& shot = GetParam();
    const std::string name = shot.tab + "-" + shot.language;
    const auto image = screenshot(name, {"--open", (kScenarios / (shot.tab + ".json")).string(), "--lang",
                                         shot.language, "--tab", shot.tab});
    expect_an_interface(image, name);
}

std::vector<Shot> all_shots() {
    std::vector<Shot> shots;
    for (const char* language : {"it", "en", "fi"}) {
        for (const char* tab : {"program", "gift_card", "vcp"}) shots.push_back({tab, language});
    }
    return shots;
}

INSTANTIATE_TEST_SUITE_P(EveryCalculatorAndLanguage, CalculatorScreenshot, testing::ValuesIn(all_shots()),
                         [](const auto& info) { return info.param.tab + "_" + info.param.language; });

TEST(Screenshot, LanguagesLookDifferent) {
    if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
    const std::string file = (kScenarios / "program.json").string();
    const auto italian = screenshot("languages-it", {"--open", file, "--lang", "it"});
    const auto finnish = screenshot("languages-fi", {"--open", file, "--lang", "fi"});
    EXPECT_GT(share_of_different_pixels(italian, finnish), 0.005) << "the text must change with the language";
}

TEST(Screenshot, ComparesTwoScenariosInTheDarkTheme) {
    if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
    test::TempFolder folder;
    const std::string b = (folder / "b.json").string();
    test::write_file(b, test::read_file(kScenarios / "program.json"));
    const auto image = screenshot("compare-dark", {"--open", (kScenarios / "program.json").string(), "--compare", b,
                                                    "--theme", "dark", "--lang", "en"});
    expect_an_interface(image, "compare-dark");
    EXPECT_LT(image.pixel(640, 790) & 0x808080, 0x808080u) << "a dark background";
}

TEST(Screenshot, OpensAShareLink) {
    if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
    const auto scenario = parse_scenario(test::read_file(kScenarios / "gift_card.json"));
    ASSERT_TRUE(scenario.ok());
    const auto image = screenshot("share-link", {"--open", make_share_link(*scenario, "https://example.org/calc").value(),
                                                  "--lang", "it"});
    expect_an_interface(image, "share-link");
}

TEST(Screenshot, FillsACalculatorFromAPreset) {
    if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
    const std::string id = presets().front().id;
    const auto preset = screenshot("preset", {"--preset", id, "--lang", "it"});
    expect_an_interface(preset, "preset");
    const auto plain = screenshot("no-preset", {"--lang", "it"});
    EXPECT_GT(share_of_different_pixels(preset, plain), 0.005) << "the preset's figures must show";
}

TEST(Screenshot, AFileThatDoesNotParseFailsTheRun) {
    if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
    test::TempFolder folder;
    test::write_file(folder / "bad.json", "{\"schema\": \"passaparola/1\", \"kind\": \"nope\"}");
    EXPECT_EQ(run_desktop({"--open", (folder / "bad.json").string(), "--screenshot", (folder / "x.png").string()}), 1);
    EXPECT_FALSE(fs::exists(folder / "x.png"));
}

}  // namespace
}  // namespace passaparola::desktop
