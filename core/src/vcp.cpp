#include "passaparola/vcp.hpp"

#include <algorithm>
#include <cmath>

#include "passaparola/inputs.hpp"

namespace passaparola {
namespace {

double direction_points(const Direction& d, double regular) {
    return (d.knows_business ? 1 : 0) + (d.knows_ideal_client ? 1 : 0) + (d.knows_how_to_reach ? 1 : 0) +
           (d.trusts_competence ? 2 : 0) + 3 * std::min(d.referrals_per_quarter / regular, 1.0);
}

int referral_potential(const std::vector<std::string>& traits) {
    int sum = 0;
    for (const auto& trait : traits) {
        for (const auto& info : trait_infos()) {
            if (info.name == trait) sum += info.weight;
        }
    }
    return std::min(100, sum);
}

NextAction next_action(Level mine, Level theirs, Level mutual) {
    if (mutual == Level::profitability) return NextAction::maintain;
    if (theirs < mine) return NextAction::teach;
    if (mine < theirs) return NextAction::learn;
    if (mine == Level::credibility) return NextAction::ask;
    return NextAction::deepen;
}

// What the counted entries of a log say; the rates replace the typed ones.
struct LogCount {
    int given = 0;
    int received = 0;
    double closed_value_given = 0;
    double closed_value_received = 0;
    std::optional<Date> last;
};

LogCount count_log(const std::vector<LogEntry>& log, const LogWindow& window) {
    LogCount count;
    if (!window.as_of) return count;
    const int last_day = window.as_of->days;
    const int first_day = last_day - window.window_days + 1;
    for (const auto& entry : log) {
        if (entry.date.days < first_day || entry.date.days > last_day) continue;
        if (entry.direction == ReferralDirection::given) {
            ++count.given;
            count.closed_value_given += entry.closed_value;
        } else {
            ++count.received;
            count.closed_value_received += entry.closed_value;
        }
        if (!count.last || entry.date > *count.last) count.last = entry.date;
    }
    return count;
}

// The `count` names with the largest `key`, highest first, ties in input order.
template <class Key>
std::vector<std::string> top_names(const std::vector<ContactAssessment>& contacts, std::vector<std::size_t> candidates,
                                   std::size_t count, Key key) {
    // Ties broken by position make the order total, so a partial sort is enough.
    const std::size_t shown = std::min(candidates.size(), count);
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(shown), candidates.end(),
                      [&](std::size_t x, std::size_t y) { return key(x) != key(y) ? key(x) > key(y) : x < y; });
    std::vector<std::string> names;
    for (std::size_t k = 0; k < shown; ++k) names.push_back(contacts[candidates[k]].name);
    return names;
}

// Decodes one UTF-8 code point at `i`; the text is valid UTF-8 (the JSON
// parser guarantees it).
char32_t code_point_at(std::string_view text, std::size_t i, std::size_t& length) {
    const auto byte = static_cast<unsigned char>(text[i]);
    length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    if (i + length > text.size()) length = text.size() - i;
    char32_t cp = length == 1 ? byte : byte & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return cp;
}

bool is_unicode_white_space(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

}  // namespace

std::string_view to_string(Level level) {
    constexpr std::string_view names[] = {"none", "visibility", "credibility", "profitability"};
    return names[static_cast<int>(level)];
}

std::string_view to_string(NextAction action) {
    constexpr std::string_view names[] = {"maintain", "teach", "learn", "ask", "deepen"};
    return names[static_cast<int>(action)];
}

std::string_view to_string(ReferralDirection direction) {
    return direction == ReferralDirection::given ? "given" : "received";
}

std::optional<ReferralDirection> referral_direction_from_string(std::string_view text) {
    if (text == "given") return ReferralDirection::given;
    if (text == "received") return ReferralDirection::received;
    return std::nullopt;
}

std::string trim_unicode_space(std::string_view text) {
    std::size_t begin = 0;
    std::size_t end = 0;  // one past the last non-space code point
    bool seen_text = false;
    std::size_t length = 0;
    for (std::size_t i = 0; i < text.size(); i += length) {
        if (!is_unicode_white_space(code_point_at(text, i, length))) {
            if (!seen_text) begin = i;
            seen_text = true;
            end = i + length;
        }
    }
    return seen_text ? std::string(text.substr(begin, end - begin)) : std::string();
}

std::size_t code_point_count(std::string_view utf8) {
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Level direction_level(const Direction& d, double regular) {
    if (!d.knows_business) return Level::none;
    if (!d.trusts_competence) return Level::visibility;
    if (d.referrals_per_quarter < regular) return Level::credibility;
    return Level::profitability;
}

ContactAssessment assess_contact(const Contact& contact, double regular, const LogWindow& window) {
    Direction mine = contact.mine;
    Direction theirs = contact.theirs;
    const LogCount log = count_log(contact.log, window);
    if (!contact.log.empty()) {
        mine.referrals_per_quarter = log.given * kDaysPerQuarter / window.window_days;
        theirs.referrals_per_quarter = log.received * kDaysPerQuarter / window.window_days;
    }
    ContactAssessment a;
    a.name = contact.name;
    a.level_mine = direction_level(mine, regular);
    a.level_theirs = direction_level(theirs, regular);
    a.mutual_level = std::min(a.level_mine, a.level_theirs);
    const double points = direction_points(mine, regular) + direction_points(theirs, regular);
    // The 1e-9 makes a score that is x.5 in exact arithmetic round up (spec §4).
    a.score = static_cast<int>(std::floor(100 * points / 16 + 0.5 + 1e-9));
    a.referral_potential = referral_potential(contact.traits);
    a.next_action = next_action(a.level_mine, a.level_theirs, a.mutual_level);
    a.referrals_given = mine.referrals_per_quarter;
    a.referrals_received = theirs.referrals_per_quarter;
    a.referral_balance = mine.referrals_per_quarter - theirs.referrals_per_quarter;
    a.log_given = log.given;
    a.log_received = log.received;
    a.closed_value_given = log.closed_value_given;
    a.closed_value_received = log.closed_value_received;
    a.last_referral = log.last;
    return a;
}

std::optional<Date> assessment_date(const VcpInputs& inputs) {
    if (inputs.as_of) return inputs.as_of;
    std::optional<Date> latest;
    for (const auto& contact : inputs.contacts) {
        for (const auto& entry : contact.log) {
            if (!latest || entry.date > *latest) latest = entry.date;
        }
    }
    return latest;
}

std::size_t log_entry_count(const VcpInputs& inputs) {
    std::size_t count = 0;
    for (const auto& contact : inputs.contacts) count += contact.log.size();
    return count;
}

VcpResult evaluate_vcp(const VcpInputs& in) {
    VcpResult result;
    VcpSummary& s = result.summary;
    const LogWindow window{assessment_date(in), in.window_days};
    result.contacts.reserve(in.contacts.size());
    double score_sum = 0;
    for (const auto& contact : in.contacts) {
        const ContactAssessment& a =
            result.contacts.emplace_back(assess_contact(contact, in.regular_referrals_per_quarter, window));
        ++s.level_counts[static_cast<int>(a.mutual_level)];
        score_sum += a.score;
        s.referral_balance += a.referral_balance;
        s.closed_value_given += a.closed_value_given;
        s.closed_value_received += a.closed_value_received;
    }
    s.contacts = static_cast<int>(in.contacts.size());
    s.profitability_partners = s.level_counts[static_cast<int>(Level::profitability)];
    s.target_partners = in.target_partners;
    s.partner_gap = std::max(in.target_partners - s.profitability_partners, 0);
    if (s.contacts > 0) s.portfolio_score = score_sum / s.contacts;
    s.as_of = window.as_of;
    s.window_days = in.window_days;

    const auto& contacts = result.contacts;
    std::vector<std::size_t> below_profitability;
    std::vector<std::size_t> sources;
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        if (contacts[i].mutual_level != Level::profitability) below_profitability.push_back(i);
        if (contacts[i].closed_value_received > 0) sources.push_back(i);
    }
    s.invest_next = top_names(contacts, std::move(below_profitability), 3, [&](std::size_t i) {
        return contacts[i].referral_potential * (static_cast<int>(contacts[i].mutual_level) + 1);
    });
    s.top_sources = top_names(contacts, std::move(sources), 3,
                              [&](std::size_t i) { return contacts[i].closed_value_received; });
    return result;
}

}  // namespace passaparola
