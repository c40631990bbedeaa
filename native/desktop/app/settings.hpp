#pragma once
// What the simulator remembers between runs: language, theme, text size,
// recent files and the page that share links point to.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passaparola/json.hpp"

namespace passaparola::desktop {

enum class Theme { light, dark };

struct Settings {
    std::string language = "en";
    Theme theme = Theme::light;
    float zoom = 1.0f;  // on top of the monitor's scale
    std::vector<std::string> recent_files;  // most recent first
    std::string share_base;                 // page address put before "#s="
};

inline constexpr std::size_t kMaxRecentFiles = 8;
inline constexpr float kMinZoom = 0.75f;
inline constexpr float kMaxZoom = 2.0f;

// Lenient: a member that is missing or of the wrong kind keeps its default, so
// an old or hand-edited settings file never stops the program from starting.
Settings settings_from_json(const Json& json, const Settings& defaults = {});
Json settings_to_json(const Settings& settings);

// Defaults when the file is missing or unreadable.
Settings load_settings(const std::filesystem::path& path, const Settings& defaults = {});
// Empty on success, else why it could not be written.
std::optional<std::string> save_settings(const std::filesystem::path& path, const Settings& settings);

// $XDG_CONFIG_HOME/passaparola/desktop.json, or ~/.config/passaparola/desktop.json;
// empty when neither variable is set.
std::filesystem::path default_settings_path(const char* xdg_config_home, const char* home);

// The catalog language matching a POSIX locale such as "it_IT.UTF-8"; English otherwise.
std::string language_from_locale(const char* locale);

// Puts `path` first, without duplicates, keeping at most kMaxRecentFiles.
void remember_recent_file(Settings& settings, const std::string& path);
void forget_recent_file(Settings& settings, const std::string& path);

}  // namespace passaparola::desktop
