#include "settings.hpp"

#include <algorithm>

#include "i18n/catalog.hpp"
#include "scenario_files.hpp"

namespace passaparola::desktop {
namespace fs = std::filesystem;

Settings settings_from_json(const Json& json, const Settings& defaults) {
    Settings settings = defaults;
    if (!json.is_object()) return settings;
    if (auto it = json.find("language"); it != json.end() && it->is_string() && i18n::is_language(it->get<std::string>())) {
        settings.language = it->get<std::string>();
    }
    if (auto it = json.find("theme"); it != json.end() && it->is_string()) {
        if (*it == "dark") settings.theme = Theme::dark;
        if (*it == "light") settings.theme = Theme::light;
    }
    if (auto it = json.find("zoom"); it != json.end() && it->is_number()) {
        settings.zoom = std::clamp(it->get<float>(), kMinZoom, kMaxZoom);
    }
    if (auto it = json.find("recent_files"); it != json.end() && it->is_array()) {
        settings.recent_files.clear();
        for (const auto& file : *it) {
            if (file.is_string() && settings.recent_files.size() < kMaxRecentFiles) {
                settings.recent_files.push_back(file.get<std::string>());
            }
        }
    }
    if (auto it = json.find("share_base"); it != json.end() && it->is_string()) {
        settings.share_base = it->get<std::string>();
    }
    return settings;
}

Json settings_to_json(const Settings& settings) {
    return {{"language", settings.language},
            {"theme", settings.theme == Theme::dark ? "dark" : "light"},
            {"zoom", settings.zoom},
            {"recent_files", settings.recent_files},
            {"share_base", settings.share_base}};
}

Settings load_settings(const fs::path& path, const Settings& defaults) {
    const auto text = read_text_file(path, 1 << 20);
    if (!text) return defaults;
    return settings_from_json(Json::parse(*text, nullptr, false), defaults);
}

std::optional<std::string> save_settings(const fs::path& path, const Settings& settings) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return ec.message();
    return write_file_atomically(path, settings_to_json(settings).dump(2) + "\n");
}

fs::path default_settings_path(const char* xdg_config_home, const char* home) {
    if (xdg_config_home && *xdg_config_home) return fs::path(xdg_config_home) / "passaparola" / "desktop.json";
    if (home && *home) return fs::path(home) / ".config" / "passaparola" / "desktop.json";
    return {};
}

std::string language_from_locale(const char* locale) {
    const std::string_view text = locale ? locale : "";
    const std::string code(text.substr(0, 2));
    return code.size() == 2 && i18n::is_language(code) && (text.size() == 2 || text[2] == '_' || text[2] == '.')
               ? code
               : std::string(i18n::kFallbackLanguage);
}

void remember_recent_file(Settings& settings, const std::string& path) {
    forget_recent_file(settings, path);
    settings.recent_files.insert(settings.recent_files.begin(), path);
    if (settings.recent_files.size() > kMaxRecentFiles) settings.recent_files.resize(kMaxRecentFiles);
}

void forget_recent_file(Settings& settings, const std::string& path) {
    std::erase(settings.recent_files, path);
}

}  // namespace passaparola::desktop
