#pragma once
// The command line of passaparola-desktop:
//   passaparola-desktop [--open FILE|LINK] [--compare FILE|LINK] [--screenshot OUT.png]
//                       [--size WxH] [--lang it|en|fi] [--tab program|gift_card|vcp]
//                       [--theme light|dark] [--preset ID]
#include <optional>
#include <string>
#include <vector>

#include "passaparola/inputs.hpp"
#include "settings.hpp"

namespace passaparola::desktop {

struct CommandLine {
    std::string open;        // a scenario file or a share link
    std::string compare;     // another one, opened as scenario B of its tab
    std::string screenshot;  // render a few frames into this PNG, then exit
    int width = 1280;
    int height = 800;
    std::string language;  // empty: from the settings or the locale
    std::optional<ScenarioKind> tab;
    std::optional<Theme> theme;  // empty: from the settings
    std::string preset;          // an industry preset applied to the calculator shown
    bool help = false;
};

struct CommandLineResult {
    CommandLine options;
    std::string error;  // empty when the arguments were understood
};

CommandLineResult parse_command_line(const std::vector<std::string>& args);
std::string usage_text();

// Whether `text` is meant as a share link rather than a file: it holds "#s="
// or is a bare payload, and no file of that name exists.
bool looks_like_share_link(const std::string& text);

}  // namespace passaparola::desktop
