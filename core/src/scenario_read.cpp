// Validation of scenario documents (spec §1): every problem is collected, and
// a document with any problem yields no scenario.
#include <algorithm>
#include <cmath>

#include "input_fields.hpp"
#include "json_text.hpp"
#include "problem_list.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola {
namespace {

using detail::Field;
using detail::format_number;

class Reader : public detail::ProblemList {
public:
    // A number inside [min, max]; empty after reporting a problem.
    std::optional<double> number(const Json& value, const std::string& path, double min, double max) {
        if (!value.is_number()) {
            fail(path, "must be a number", "type", &value);
            return std::nullopt;
        }
        const double x = value.get<double>();
        if (!std::isfinite(x)) {
            fail(path, "must be a finite number", "finite", &value);
            return std::nullopt;
        }
        if (x < min || x > max) {
            fail(path, "must be between " + format_number(min) + " and " + format_number(max), "range", &value);
            return std::nullopt;
        }
        return x;
    }

    template <class Inputs>
    void field(const Field<Inputs>& f, const Json& value, const std::string& path, Inputs& inputs) {
        std::visit([&](auto member) { read_member(f, value, path, inputs.*member); }, f.member);
    }

    // Reads an object whose members are all fields of `fields`; `extra` reads
    // members that are not scalar fields and returns false for unknown ones.
    template <class Inputs, std::size_t N, class Extra>
    void fields(const Field<Inputs> (&table)[N], const Json& object, const std::string& path, Inputs& inputs,
                std::string_view owner, Extra&& extra) {
        if (!expect_object(object, path)) return;
        for (const auto& item : object.items()) {
            const std::string& name = item.key();
            const Json& value = item.value();
            const std::string member_path = path + "." + detail::printable(name);
            const auto f = std::find_if(std::begin(table), std::end(table), [&](const auto& x) { return x.name == name; });
            if (f != std::end(table)) {
                field(*f, value, member_path, inputs);
            } else if (!extra(name, value, member_path)) {
                fail(member_path, "is not a known field of " + std::string(owner), "unknown_field");
            }
        }
    }

private:
    template <class Inputs>
    void read_member(const Field<Inputs>& f, const Json& value, const std::string& path, double& out) {
        if (auto x = number(value, path, f.min, f.max)) out = *x;
    }
    template <class Inputs>
    void read_member(const Field<Inputs>& f, const Json& value, const std::string& path, int& out) {
        const auto x = number(value, path, f.min, f.max);
        if (!x) return;
        if (*x != std::floor(*x)) {
            fail(path, "must be an integer", "integer", &value);
            return;
        }
        out = static_cast<int>(*x);
    }
    template <class Inputs>
    void read_member(const Field<Inputs>&, const Json& value, const std::string& path, bool& out) {
        if (!value.is_boolean()) return fail(path, "must be true or false", "type", &value);
        out = value.get<bool>();
    }
    template <class Inputs>
    void read_member(const Field<Inputs>& f, const Json& value, const std::string& path, std::string& out) {
        if (!value.is_string()) return fail(path, "must be a string", "type", &value);
        const auto& text = value.get_ref<const std::string&>();
        if (f.kind == InputKind::currency) {
            const bool three_letters =
                text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            if (!three_letters) return fail(path, "must be a currency code of three letters A-Z", "currency", &value);
        } else if (std::find(f.choices.begin(), f.choices.end(), text) == f.choices.end()) {
            return fail(path, "must be one of " + detail::join_words(f.choices), "choice", &value);
        }
        out = text;
    }
};

void read_traits(Reader& r, const Json& value, const std::string& path, std::vector<std::string>& out) {
    if (!value.is_array()) return r.fail(path, "must be an array", "type", &value);
    std::vector<std::string_view> names;
    for (const auto& t : trait_infos()) names.push_back(t.name);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Json& trait = value[i];
        const std::string trait_path = path + "[" + std::to_string(i) + "]";
        if (!trait.is_string() || std::find(names.begin(), names.end(), trait.get_ref<const std::string&>()) == names.end()) {
            r.fail(trait_path, "must be one of " + detail::join_words(names), "choice", &trait);
        } else if (std::find(out.begin(), out.end(), trait.get_ref<const std::string&>()) != out.end()) {
            r.fail(trait_path, "must not repeat a trait", "repeat", &trait);
        } else {
            out.push_back(trait.get<std::string>());
        }
    }
}

std::optional<Date> read_date(Reader& r, const Json& value, const std::string& path) {
    if (!value.is_string()) {
        r.fail(path, "must be a date YYYY-MM-DD", "date", &value);
        return std::nullopt;
    }
    const auto date = parse_iso_date(value.get_ref<const std::string&>());
    if (!date) r.fail(path, "must be a date YYYY-MM-DD from 2000-01-01 to 2100-12-31", "date", &value);
    return date;
}

void read_log_entry(Reader& r, const Json& value, const std::string& path, LogEntry& entry) {
    if (!r.expect_object(value, path)) return;
    bool has_date = false;
    bool has_direction = false;
    for (const auto& [name, member] : value.items()) {
        const std::string member_path = path + "." + detail::printable(name);
        if (name == "date") {
            has_date = true;
            if (const auto date = read_date(r, member, member_path)) entry.date = *date;
        } else if (name == "direction") {
            has_direction = true;
            const auto direction =
                member.is_string() ? referral_direction_from_string(member.get_ref<const std::string&>()) : std::nullopt;
            if (direction) {
                entry.direction = *direction;
            } else {
                r.fail(member_path, "must be one of given, received", "choice", &member);
            }
        } else if (name == "closed_value") {
            if (const auto x = r.number(member, member_path, 0, 1e9)) entry.closed_value = *x;
        } else {
            r.fail(member_path, "is not a known field of a log entry", "unknown_field");
        }
    }
    if (!has_date) r.fail(path + ".date", "is required", "required");
    if (!has_direction) r.fail(path + ".direction", "is required", "required");
}

void read_log(Reader& r, const Json& value, const std::string& path, std::vector<LogEntry>& log) {
    if (!value.is_array()) return r.fail(path, "must be an array", "type", &value);
    if (value.size() > kMaxLogEntriesPerContact) {
        r.problems.push_back({path, "must hold at most " + std::to_string(kMaxLogEntriesPerContact) + " entries",
                              std::to_string(value.size()) + " entries", "limit"});
        return;
    }
    log.resize(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        read_log_entry(r, value[i], path + "[" + std::to_string(i) + "]", log[i]);
    }
}

void read_contact(Reader& r, const Json& value, const std::string& path, Contact& contact) {
    if (!r.expect_object(value, path)) return;
    bool has_name = false;
    const auto none = [](std::string_view, const Json&, const std::string&) { return false; };
    for (const auto& [name, member] : value.items()) {
        const std::string member_path = path + "." + detail::printable(name);
        if (name == "name") {
            has_name = true;
            if (!member.is_string()) {
                r.fail(member_path, "must be a string", "type", &member);
                continue;
            }
            contact.name = trim_unicode_space(member.get_ref<const std::string&>());
            const std::size_t length = code_point_count(contact.name);
            if (length < 1 || length > kMaxNameCodePoints) {
                r.fail(member_path, "must have 1 to " + std::to_string(kMaxNameCodePoints) +
                                        " characters once spaces around it are removed", "name_length", &member);
            }
        } else if (name == "mine" || name == "theirs") {
            r.fields(detail::kDirectionFields, member, member_path, name == "mine" ? contact.mine : contact.theirs,
                     "a direction", none);
        } else if (name == "traits") {
            read_traits(r, member, member_path, contact.traits);
        } else if (name == "log") {
            read_log(r, member, member_path, contact.log);
        } else {
            r.fail(member_path, "is not a known field of a contact", "unknown_field");
        }
    }
    if (!has_name) r.fail(path + ".name", "is required", "required");
}

bool read_contacts(Reader& r, const Json& value, const std::string& path, VcpInputs& inputs) {
    if (!value.is_array()) {
        r.fail(path, "must be an array", "type", &value);
        return true;
    }
    if (value.size() > kMaxContacts) {
        r.problems.push_back({path, "must hold at most " + std::to_string(kMaxContacts) + " contacts",
                              std::to_string(value.size()) + " contacts", "limit"});
        return true;
    }
    inputs.contacts.resize(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        read_contact(r, value[i], path + "[" + std::to_string(i) + "]", inputs.contacts[i]);
    }
    if (const std::size_t entries = log_entry_count(inputs); entries > kMaxLogEntries) {
        r.problems.push_back({path, "must hold at most " + std::to_string(kMaxLogEntries) + " log entries in all",
                              std::to_string(entries) + " entries", "limit"});
    }
    return true;
}

ScenarioInputs read_inputs(Reader& r, ScenarioKind kind, const Json& inputs) {
    const auto none = [](std::string_view, const Json&, const std::string&) { return false; };
    const std::string path = "inputs";
    switch (kind) {
        case ScenarioKind::program: {
            ProgramInputs p;
            r.fields(detail::kProgramFields, inputs, path, p, "program inputs", none);
            return p;
        }
        case ScenarioKind::gift_card: {
            GiftCardInputs g;
            r.fields(detail::kGiftCardFields, inputs, path, g, "gift_card inputs", none);
            return g;
        }
        case ScenarioKind::vcp: break;
    }
    VcpInputs v;
    r.fields(detail::kVcpFields, inputs, path, v, "vcp inputs",
             [&](std::string_view name, const Json& value, const std::string& member_path) {
                 if (name == "as_of") {
                     v.as_of = read_date(r, value, member_path);
                     return true;
                 }
                 return name == "contacts" && read_contacts(r, value, member_path, v);
             });
    return v;
}

// The current value of a real-valued input, by name.
double real_input(const ScenarioInputs& inputs, std::string_view name) {
    return std::visit(
        [&](const auto& in) -> double {
            using Inputs = std::decay_t<decltype(in)>;
            if constexpr (std::is_same_v<Inputs, ProgramInputs>) {
                return in.*detail::find_real_member(detail::kProgramFields, name);
            } else if constexpr (std::is_same_v<Inputs, GiftCardInputs>) {
                return in.*detail::find_real_member(detail::kGiftCardFields, name);
            } else {
                return 0;
            }
        },
        inputs);
}

std::vector<UncertainRange> read_uncertainty(Reader& r, ScenarioKind kind, const Json& value,
                                             const ScenarioInputs& inputs) {
    std::vector<UncertainRange> ranges;
    if (kind == ScenarioKind::vcp) {
        r.fail("uncertainty", "is not defined for vcp scenarios", "not_defined");
        return ranges;
    }
    if (!r.expect_object(value, "uncertainty")) return ranges;
    for (const auto& [name, entry] : value.items()) {
        const std::string path = "uncertainty." + detail::printable(name);
        const InputInfo* info = find_input(kind, name);
        if (!info || !info->is_real_valued()) {
            r.fail(path, "must name a real-valued input of " + std::string(to_string(kind)), "uncertain_input");
            continue;
        }
        if (!r.expect_object(entry, path)) continue;
        UncertainRange range{name, 0, real_input(inputs, name), 0};
        bool complete = true;
        for (const char* bound : {"low", "likely", "high"}) {
            if (!entry.contains(bound) && std::string_view(bound) != "likely") {
                r.fail(path + "." + bound, "is required", "required");
                complete = false;
            }
        }
        for (const auto& [member, bound] : entry.items()) {
            const std::string bound_path = path + "." + detail::printable(member);
            double* target = member == "low" ? &range.low : member == "likely" ? &range.likely
                             : member == "high" ? &range.high : nullptr;
            if (!target) {
                r.fail(bound_path, "is not a known field of an uncertainty range", "unknown_field");
                continue;
            }
            if (auto x = r.number(bound, bound_path, info->min, info->max)) {
                *target = *x;
            } else {
                complete = false;
            }
        }
        if (complete && !(range.low <= range.likely && range.likely <= range.high)) {
            r.problems.push_back({path, "must have low <= likely <= high",
                                  "low " + format_number(range.low) + ", likely " + format_number(range.likely) +
                                      ", high " + format_number(range.high), "order"});
        }
        ranges.push_back(std::move(range));
    }
    return ranges;
}

}  // namespace

std::string Problem::message() const {
    return path + ": " + rule + (got.empty() ? "" : " (got " + got + ")");
}

std::string describe_value(const Json& value) {
    switch (value.type()) {
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array";
        case Json::value_t::string: {
            const auto& text = value.get_ref<const std::string&>();
            return "\"" + detail::printable(text) + "\"";
        }
        case Json::value_t::number_float: return format_number(value.get<double>());
        default: return write_json(value);
    }
}

Scenario default_scenario(ScenarioKind kind) {
    switch (kind) {
        case ScenarioKind::program: return {ProgramInputs{}, {}};
        case ScenarioKind::gift_card: return {GiftCardInputs{}, {}};
        case ScenarioKind::vcp: break;
    }
    return {VcpInputs{}, {}};
}

Outcome<Scenario> read_scenario(const Json& document) {
    Reader r;
    if (!document.is_object()) {
        r.fail("document", "must be a JSON object", "type", &document);
        return std::move(r.problems);
    }
    const auto schema = document.find("schema");
    if (schema == document.end()) {
        r.fail("schema", "is required", "required");
    } else if (!schema->is_string() || schema->get_ref<const std::string&>() != kSchema) {
        r.fail("schema", "must be \"" + std::string(kSchema) + "\"", "schema", &*schema);
    }
    std::optional<ScenarioKind> kind;
    const auto kind_member = document.find("kind");
    if (kind_member == document.end()) {
        r.fail("kind", "is required", "required");
    } else if (kind_member->is_string()) {
        kind = scenario_kind_from_string(kind_member->get_ref<const std::string&>());
    }
    if (kind_member != document.end() && !kind) r.fail("kind", "must be one of program, gift_card, vcp", "choice", &*kind_member);
    if (!kind) return std::move(r.problems);

    const auto inputs_member = document.find("inputs");
    Scenario scenario = default_scenario(*kind);
    if (inputs_member != document.end()) scenario.inputs = read_inputs(r, *kind, *inputs_member);
    const auto uncertainty = document.find("uncertainty");
    if (uncertainty != document.end()) {
        scenario.uncertainty = read_uncertainty(r, *kind, *uncertainty, scenario.inputs);
    }
    if (!r.problems.empty()) return std::move(r.problems);
    return scenario;
}

Outcome<Scenario> parse_scenario(std::string_view json_text) {
    auto document = read_json(json_text);
    if (!document) return document.problems();
    return read_scenario(*document);
}

}  // namespace passaparola
