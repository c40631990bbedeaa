// Reading a presets document: the data file must say where every value comes
// from, and every preset scenario must pass the same validation as a user's
// document. All problems are collected, each at its path.
#include <algorithm>
#include <map>
#include <set>

#include "json_text.hpp"
#include "passaparola/presets.hpp"
#include "problem_list.hpp"
#include "presets_format.hpp"

namespace passaparola {
namespace {

using detail::kPresetsSchema;
constexpr int kEarliestYear = 1900;
constexpr int kLatestYear = 2100;

using References = std::map<std::string, ValueSource, std::less<>>;

bool is_id(const std::string& text) {
    return !text.empty() && text.front() >= 'a' && text.front() <= 'z' &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

class Reader : public detail::ProblemList {
public:
    // Reports every member of `object` not in `known`: in data written by
    // hand, an unknown name is almost always a typo.
    void only(const Json& object, std::initializer_list<std::string_view> known, const std::string& path) {
        for (const auto& item : object.items()) {
            if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
                fail(path + "." + detail::printable(item.key()), "is not a known field");
            }
        }
    }

    // A required string that is not empty; empty after reporting a problem.
    std::string text(const Json& object, std::string_view name, const std::string& path) {
        const std::string member_path = path + "." + std::string(name);
        const auto it = object.find(name);
        if (it == object.end()) {
            fail(member_path, "is required");
        } else if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
            fail(member_path, "must be a text that is not empty", &*it);
        } else {
            return it->get<std::string>();
        }
        return {};
    }

    // publication, year (null for an undated page) and an optional url.
    void publication(const Json& object, const std::string& path, ValueSource& source) {
        source.publication = text(object, "publication", path);
        const auto year = object.find("year");
        if (year == object.end()) {
            fail(path + ".year", "is required (null for an undated page)");
        } else if (year->is_number_integer() && year->get<std::int64_t>() >= kEarliestYear &&
                   year->get<std::int64_t>() <= kLatestYear) {
            source.year = static_cast<int>(year->get<std::int64_t>());
        } else if (!year->is_null()) {
            fail(path + ".year",
                 "must be a year from " + std::to_string(kEarliestYear) + " to " + std::to_string(kLatestYear) + " or null",
                 &*year);
        }
        if (object.contains("url")) source.url = text(object, "url", path);
    }

    References references(const Json& document) {
        References table;
        const auto it = document.find("references");
        if (it == document.end() || !expect_object(*it, "references")) return table;
        for (const auto& item : it->items()) {
            const std::string path = "references." + detail::printable(item.key());
            if (!expect_object(item.value(), path)) continue;
            only(item.value(), {"publication", "year", "url"}, path);
            publication(item.value(), path, table[item.key()]);
        }
        return table;
    }

    ValueSource source(const Json& value, const std::string& path, const References& references) {
        ValueSource source;
        if (!expect_object(value, path)) return source;
        if (const auto ref = value.find("ref"); ref != value.end()) {
            only(value, {"ref", "measured"}, path);
            const auto cited = ref->is_string() ? references.find(ref->get_ref<const std::string&>()) : references.end();
            if (cited == references.end()) {
                fail(path + ".ref", "must name an entry of references", &*ref);
            } else {
                source = cited->second;
            }
        } else {
            only(value, {"publication", "year", "url", "measured"}, path);
            publication(value, path, source);
        }
        source.measured = text(value, "measured", path);
        return source;
    }

    PresetValue value(const std::string& input, const Json& entry, const std::string& path,
                      const References& references) {
        PresetValue result{input, nullptr, {}};
        if (!expect_object(entry, path)) return result;
        only(entry, {"value", "source", "assumption"}, path);
        if (const auto value = entry.find("value"); value != entry.end()) {
            result.value = *value;
        } else {
            fail(path + ".value", "is required");
        }
        const bool sourced = entry.contains("source");
        if (sourced) result.source = source(entry["source"], path + ".source", references);
        if (entry.contains("assumption")) {
            result.source.assumption = text(entry, "assumption", path);
        } else if (!sourced) {
            fail(path, "must have a source or an assumption");
        }
        return result;
    }

    // The spec's own validation of the scenario, with paths moved from the
    // scenario document (`inputs.<name>…`) to the presets document.
    void check_against_spec(const PresetScenario& scenario, const std::string& path) {
        const auto read = read_scenario(detail::preset_document(scenario));
        for (auto problem : read.problems()) {
            constexpr std::string_view prefix = "inputs.";
            if (problem.path.starts_with(prefix)) {
                const std::string rest = problem.path.substr(prefix.size());
                const std::size_t end = std::min(rest.find('.'), rest.find('['));
                problem.path = path + "." + rest.substr(0, end) + ".value" + (end == std::string::npos ? "" : rest.substr(end));
            } else {
                problem.path = path;
            }
            problems.push_back(std::move(problem));
        }
    }

    PresetScenario scenario(ScenarioKind kind, const Json& inputs, const std::string& path,
                            const References& references) {
        PresetScenario result{kind, {}};
        if (!expect_object(inputs, path)) return result;
        if (inputs.empty()) fail(path, "must set at least one input");
        for (const auto& item : inputs.items()) {
            result.values.push_back(value(item.key(), item.value(), path + "." + detail::printable(item.key()), references));
        }
        check_against_spec(result, path);
        return result;
    }

    Preset preset(const Json& value, const std::string& path, const References& references) {
        Preset result;
        if (!expect_object(value, path)) return result;
        only(value, {"id", "kinds", "scenarios"}, path);
        result.id = text(value, "id", path);
        if (!result.id.empty() && !is_id(result.id)) {
            fail(path + ".id", "must be lower-case letters, digits and _, starting with a letter", &value["id"]);
        }
        const auto scenarios = value.find("scenarios");
        if (scenarios == value.end()) {
            fail(path + ".scenarios", "is required");
        } else if (expect_object(*scenarios, path + ".scenarios")) {
            if (scenarios->empty()) fail(path + ".scenarios", "must fill at least one calculator");
            for (const auto& item : scenarios->items()) {
                const std::string kind_path = path + ".scenarios." + detail::printable(item.key());
                const auto kind = scenario_kind_from_string(item.key());
                if (!kind) {
                    fail(kind_path, "is not a calculator (program, gift_card, vcp)");
                    continue;
                }
                result.scenarios.push_back(scenario(*kind, item.value(), kind_path, references));
            }
        }
        // presets_json() lists the kinds for the faces; when present they must agree.
        if (const auto kinds = value.find("kinds"); kinds != value.end()) {
            Json expected = Json::array();
            for (auto kind : result.kinds()) expected.push_back(to_string(kind));
            if (*kinds != expected) fail(path + ".kinds", "must list the calculators of scenarios, in order", &*kinds);
        }
        return result;
    }
};

}  // namespace

Outcome<std::vector<Preset>> read_presets(const Json& document) {
    Reader r;
    if (!r.expect_object(document, "document")) return std::move(r.problems);
    const auto schema = document.find("schema");
    if (schema == document.end() || *schema != kPresetsSchema) {
        r.fail("schema", "must be \"" + std::string(kPresetsSchema) + "\"", schema == document.end() ? nullptr : &*schema);
    }
    const References references = r.references(document);
    std::vector<Preset> presets;
    const auto list = document.find("presets");
    if (list == document.end() || !list->is_array() || list->empty()) {
        r.fail("presets", "must be an array of at least one preset", list == document.end() ? nullptr : &*list);
    } else {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = "presets[" + std::to_string(i) + "]";
            presets.push_back(r.preset((*list)[i], path, references));
            if (!presets.back().id.empty() && !ids.insert(presets.back().id).second) {
                r.fail(path + ".id", "must not repeat the id of another preset", &(*list)[i]["id"]);
            }
        }
    }
    if (!r.problems.empty()) return std::move(r.problems);
    return presets;
}

}  // namespace passaparola
