#pragma once
// A value or the list of problems that prevented it. Problems are reported all
// at once (one per line) so a user fixes a document in one pass.
#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace passaparola {

struct Problem {
    std::string path;  // JSON path of the offending field, e.g. "inputs.contacts[2].name"
    std::string rule;  // what the value must satisfy, e.g. "must be between 0 and 1"
    std::string got;   // the value received, as short text; empty when not applicable
    // A stable name of the rule, for faces that word it in the reader's
    // language instead of matching the English rule. Documents: type, finite,
    // range, integer, currency, choice, unknown_field, required, repeat, date,
    // name_length, limit, order, schema, not_defined, uncertain_input, json,
    // size, depth, overflow; links: link_prefix, link_size, link_base64;
    // referral-log imports: csv.* (referral_log_import.hpp).
    std::string code = {};

    // "<path>: <rule> (got <value>)" — the format every face shows.
    std::string message() const;
};

template <class T>
class Outcome {
public:
    Outcome(T value) : value_(std::move(value)) {}
    Outcome(std::vector<Problem> problems) : problems_(std::move(problems)) {}

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only on success: check ok() first (debug builds assert it).
    const T& value() const& { return assert(ok()), *value_; }
    T& value() & { return assert(ok()), *value_; }
    T&& value() && { return assert(ok()), std::move(*value_); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const std::vector<Problem>& problems() const { return problems_; }

    // Every problem, one per line (no trailing newline).
    std::string message() const {
        std::string text;
        for (const auto& problem : problems_) {
            if (!text.empty()) text += '\n';
            text += problem.message();
        }
        return text;
    }

private:
    std::optional<T> value_;
    std::vector<Problem> problems_;
};

}  // namespace passaparola
