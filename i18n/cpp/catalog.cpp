#include "i18n/catalog.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

#include <nlohmann/json.hpp>

#include "embedded_catalogs.hpp"

namespace passaparola::i18n {

struct Catalog::Data {
    std::map<std::string, std::string, std::less<>> texts;
    // Keys asked for but found nowhere: kept so that the returned pointer lives on.
    mutable std::mutex missing_mutex;
    mutable std::set<std::string, std::less<>> missing;
};

namespace {

constexpr std::string_view kLanguages[] = {"it", "en", "fi"};

void load_embedded(std::string_view language, std::map<std::string, std::string, std::less<>>& texts) {
    for (const auto& file : detail::embedded_catalogs()) {
        if (file.language != language) continue;
        // A catalog that does not parse leaves its keys to the fallback; the
        // catalog tests make sure none ships that way.
        const auto json = nlohmann::json::parse(file.json, nullptr, false);
        if (!json.is_object()) continue;
        for (const auto& [key, value] : json.items()) {
            if (value.is_string()) texts[key] = value.get<std::string>();
        }
    }
}

}  // namespace

std::span<const std::string_view> languages() { return kLanguages; }

bool is_language(std::string_view code) {
    for (auto language : kLanguages) {
        if (language == code) return true;
    }
    return false;
}

Catalog::Catalog(std::string_view language) : language_(language), data_(std::make_unique<Data>()) {
    load_embedded(language_, data_->texts);
}

Catalog::~Catalog() = default;

const Catalog& Catalog::of(std::string_view language) {
    static const Catalog italian("it");
    static const Catalog english("en");
    static const Catalog finnish("fi");
    if (language == "it") return italian;
    if (language == "fi") return finnish;
    return english;
}

const char* Catalog::text(std::string_view key) const {
    if (auto found = data_->texts.find(key); found != data_->texts.end()) return found->second.c_str();
    if (language_ != kFallbackLanguage) return of(kFallbackLanguage).text(key);
    std::lock_guard lock(data_->missing_mutex);
    return data_->missing.emplace(key).first->c_str();
}

bool Catalog::contains(std::string_view key) const { return data_->texts.contains(key); }

std::vector<std::string> Catalog::keys() const {
    std::vector<std::string> keys;
    keys.reserve(data_->texts.size());
    for (const auto& entry : data_->texts) keys.push_back(entry.first);
    return keys;
}

std::string format(std::string_view text,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const auto open = text.find('{', at);
        const auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(at, open - at));
        const auto name = text.substr(open + 1, close - open - 1);
        const auto* value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
        if (value != values.end()) {
            out.append(value->second);
        } else {
            out.append(text.substr(open, close - open + 1));
        }
        at = close + 1;
    }
    out.append(text.substr(std::min(at, text.size())));
    return out;
}

}  // namespace passaparola::i18n
