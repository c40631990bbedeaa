#pragma once
// VCP self-assessment (spec §4): Visibility, Credibility, Profitability of a
// relationship portfolio. A relationship counts at its *mutual* level, the
// lower of the two directions.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace passaparola {

// One side of a relationship: what one party knows of and does for the other.
struct Direction {
    bool knows_business = false;
    bool knows_ideal_client = false;
    bool knows_how_to_reach = false;
    bool trusts_competence = false;
    double referrals_per_quarter = 0;
};

struct Contact {
    std::string name;
    Direction mine;    // me → them
    Direction theirs;  // them → me
    std::vector<std::string> traits;
};

struct VcpInputs {
    int target_partners = 5;
    double regular_referrals_per_quarter = 2;
    std::vector<Contact> contacts;
};

inline constexpr std::size_t kMaxContacts = 500;
inline constexpr std::size_t kMaxNameCodePoints = 80;

enum class Level { none, visibility, credibility, profitability };
enum class NextAction { maintain, teach, learn, deepen };
std::string_view to_string(Level level);
std::string_view to_string(NextAction action);

struct ContactAssessment {
    std::string name;
    Level level_mine = Level::none;
    Level level_theirs = Level::none;
    Level mutual_level = Level::none;
    int score = 0;
    int referral_potential = 0;
    NextAction next_action = NextAction::deepen;
    double referral_balance = 0;
};

struct VcpSummary {
    int contacts = 0;
    std::array<int, 4> level_counts{};  // indexed by Level
    int profitability_partners = 0;
    int target_partners = 0;
    int partner_gap = 0;
    std::optional<double> portfolio_score;
    double referral_balance = 0;
    std::vector<std::string> invest_next;
};

struct VcpResult {
    std::vector<ContactAssessment> contacts;
    VcpSummary summary;
};

Level direction_level(const Direction& direction, double regular_referrals_per_quarter);
ContactAssessment assess_contact(const Contact& contact, double regular_referrals_per_quarter);
VcpResult evaluate_vcp(const VcpInputs& inputs);

// Removes leading and trailing Unicode White_Space from UTF-8 text.
std::string trim_unicode_space(std::string_view text);

}  // namespace passaparola
