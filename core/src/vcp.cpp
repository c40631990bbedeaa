#include "passaparola/vcp.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

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
    return NextAction::deepen;
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
    constexpr std::string_view names[] = {"maintain", "teach", "learn", "deepen"};
    return names[static_cast<int>(action)];
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

Level direction_level(const Direction& d, double regular) {
    if (!d.knows_business) return Level::none;
    if (!d.trusts_competence) return Level::visibility;
    if (d.referrals_per_quarter < regular) return Level::credibility;
    return Level::profitability;
}

ContactAssessment assess_contact(const Contact& contact, double regular) {
    ContactAssessment a;
    a.name = contact.name;
    a.level_mine = direction_level(contact.mine, regular);
    a.level_theirs = direction_level(contact.theirs, regular);
    a.mutual_level = std::min(a.level_mine, a.level_theirs);
    const double points = direction_points(contact.mine, regular) + direction_points(contact.theirs, regular);
    // The 1e-9 makes a score that is x.5 in exact arithmetic round up (spec §4).
    a.score = static_cast<int>(std::floor(100 * points / 16 + 0.5 + 1e-9));
    a.referral_potential = referral_potential(contact.traits);
    a.next_action = next_action(a.level_mine, a.level_theirs, a.mutual_level);
    a.referral_balance = contact.mine.referrals_per_quarter - contact.theirs.referrals_per_quarter;
    return a;
}

VcpResult evaluate_vcp(const VcpInputs& in) {
    VcpResult result;
    VcpSummary& s = result.summary;
    result.contacts.reserve(in.contacts.size());
    double score_sum = 0;
    for (const auto& contact : in.contacts) {
        const ContactAssessment& a =
            result.contacts.emplace_back(assess_contact(contact, in.regular_referrals_per_quarter));
        ++s.level_counts[static_cast<int>(a.mutual_level)];
        score_sum += a.score;
        s.referral_balance += a.referral_balance;
    }
    s.contacts = static_cast<int>(in.contacts.size());
    s.profitability_partners = s.level_counts[static_cast<int>(Level::profitability)];
    s.target_partners = in.target_partners;
    s.partner_gap = std::max(in.target_partners - s.profitability_partners, 0);
    if (s.contacts > 0) s.portfolio_score = score_sum / s.contacts;

    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < result.contacts.size(); ++i) {
        if (result.contacts[i].mutual_level != Level::profitability) candidates.push_back(i);
    }
    const auto rank = [&](std::size_t i) {
        const auto& a = result.contacts[i];
        return a.referral_potential * (static_cast<int>(a.mutual_level) + 1);
    };
    // The three best ranked, earlier contacts first among equals: ties broken
    // by position make the order total, so a partial sort is enough.
    const std::size_t shown = std::min<std::size_t>(candidates.size(), 3);
    std::partial_sort(candidates.begin(), candidates.begin() + shown, candidates.end(),
                      [&](std::size_t x, std::size_t y) { return rank(x) != rank(y) ? rank(x) > rank(y) : x < y; });
    for (std::size_t k = 0; k < shown; ++k) s.invest_next.push_back(result.contacts[candidates[k]].name);
    return result;
}

}  // namespace passaparola
