#include "command_line.hpp"

#include <charconv>
#include <filesystem>

#include "i18n/catalog.hpp"
#include "passaparola/presets.hpp"

namespace passaparola::desktop {
namespace {

constexpr int kMaxSide = 8192;

bool parse_size(const std::string& text, int& width, int& height) {
    const auto x = text.find('x');
    if (x == std::string::npos) return false;
    const char* end = text.data() + text.size();
    auto [after_width, width_error] = std::from_chars(text.data(), text.data() + x, width);
    auto [after_height, height_error] = std::from_chars(text.data() + x + 1, end, height);
    return width_error == std::errc() && height_error == std::errc() && after_width == text.data() + x &&
           after_height == end && width >= 64 && height >= 64 && width <= kMaxSide && height <= kMaxSide;
}

}  // namespace

CommandLineResult parse_command_line(const std::vector<std::string>& args) {
    CommandLineResult result;
    CommandLine& options = result.options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            options.help = true;
            continue;
        }
        const bool takes_value = arg == "--open" || arg == "--compare" || arg == "--screenshot" || arg == "--size" ||
                                 arg == "--lang" || arg == "--tab" || arg == "--theme" || arg == "--preset";
        if (!takes_value) {
            result.error = "unknown option " + arg;
            return result;
        }
        if (i + 1 >= args.size()) {
            result.error = arg + " needs a value";
            return result;
        }
        const std::string& value = args[++i];
        if (arg == "--open") {
            options.open = value;
        } else if (arg == "--preset") {
            if (!find_preset(value)) {
                result.error = "--preset: " + unknown_preset(value).message();
                return result;
            }
            options.preset = value;
        } else if (arg == "--compare") {
            options.compare = value;
        } else if (arg == "--theme") {
            if (value != "light" && value != "dark") {
                result.error = "--theme must be light or dark (got " + value + ")";
                return result;
            }
            options.theme = value == "dark" ? Theme::dark : Theme::light;
        } else if (arg == "--screenshot") {
            options.screenshot = value;
        } else if (arg == "--size") {
            if (!parse_size(value, options.width, options.height)) {
                result.error = "--size must be WIDTHxHEIGHT, each 64 to 8192 (got " + value + ")";
                return result;
            }
        } else if (arg == "--lang") {
            if (!i18n::is_language(value)) {
                result.error = "--lang must be it, en or fi (got " + value + ")";
                return result;
            }
            options.language = value;
        } else {
            options.tab = scenario_kind_from_string(value);
            if (!options.tab) {
                result.error = "--tab must be program, gift_card or vcp (got " + value + ")";
                return result;
            }
        }
    }
    return result;
}

std::string usage_text() {
    return "usage: passaparola-desktop [--open FILE|LINK] [--compare FILE|LINK] [--screenshot OUT.png]\n"
           "                           [--size WxH] [--lang it|en|fi] [--tab program|gift_card|vcp]\n"
           "                           [--theme light|dark] [--preset ID]\n"
           "  --open FILE|LINK   open a scenario file (.json) or a share link (…#s=…)\n"
           "  --compare FILE|LINK  open another one as scenario B, to compare\n"
           "  --screenshot OUT   render a few frames into OUT (PNG) and exit\n"
           "  --size WxH         window size (default 1280x800)\n"
           "  --lang CODE        language of the interface\n"
           "  --tab KIND         calculator shown first\n"
           "  --theme NAME       light or dark\n"
           "  --preset ID        fill the calculator shown from an industry preset\n";
}

bool looks_like_share_link(const std::string& text) {
    std::error_code ec;
    if (std::filesystem::exists(text, ec)) return false;
    return text.find("#s=") != std::string::npos || text.starts_with("s=") || text.starts_with("v1.") ||
           text.starts_with("z1.");
}

}  // namespace passaparola::desktop
