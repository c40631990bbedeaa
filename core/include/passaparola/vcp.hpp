#pragma once
// VCP self-assessment (spec §4): Visibility, Credibility, Profitability of a
// relationship portfolio. A relationship counts at its *mutual* level, the
// lower of the two directions. A contact's referral log, when it has one,
// gives the referral rates of both directions over a window of days.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passaparola/calendar_date.hpp"

namespace passaparola {

// One side of a relationship: what one party knows of and does for the other.
struct Direction {
    bool knows_business = false;
    bool knows_ideal_client = false;
    bool knows_how_to_reach = false;
    bool trusts_competence = false;
    double referrals_per_quarter = 0;
};

// given: I referred someone to the contact; received: the contact referred someone to me.
enum class ReferralDirection { given, received };
std::string_view to_string(ReferralDirection direction);
std::optional<ReferralDirection> referral_direction_from_string(std::string_view text);

struct LogEntry {
    Date date;
    ReferralDirection direction = ReferralDirection::given;
    double closed_value = 0;  // business that closed from it, in the document's currency
};

struct Contact {
    std::string name;
    Direction mine;    // me → them
    Direction theirs;  // them → me
    std::vector<std::string> traits;
    std::vector<LogEntry> log = {};  // when not empty, it gives both directions' referral rates
};

// Which log entries count: those in the window_days days up to as_of.
struct LogWindow {
    std::optional<Date> as_of;
    int window_days = 182;
};

struct VcpInputs {
    int target_partners = 5;
    double regular_referrals_per_quarter = 2;
    std::vector<Contact> contacts;
    std::string currency = "EUR";
    // No fixed default (spec §4): when absent the latest log date is used.
    std::optional<Date> as_of;
    int window_days = 182;
};

inline constexpr std::size_t kMaxContacts = 500;
inline constexpr std::size_t kMaxNameCodePoints = 80;
inline constexpr std::size_t kMaxLogEntriesPerContact = 1000;
inline constexpr std::size_t kMaxLogEntries = 20000;
// A quarter of a 365.25-day year: counted entries × this / window_days = per quarter.
inline constexpr double kDaysPerQuarter = 91.3125;

enum class Level { none, visibility, credibility, profitability };
enum class NextAction { maintain, teach, learn, ask, deepen };
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
    double referrals_given = 0;     // per quarter, typed or from the log
    double referrals_received = 0;  // per quarter, typed or from the log
    double referral_balance = 0;
    int log_given = 0;  // counted entries of each direction
    int log_received = 0;
    double closed_value_given = 0;
    double closed_value_received = 0;
    std::optional<Date> last_referral;  // latest counted entry
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
    std::optional<Date> as_of;
    int window_days = 0;
    double closed_value_given = 0;
    double closed_value_received = 0;
    std::vector<std::string> top_sources;
};

struct VcpResult {
    std::vector<ContactAssessment> contacts;
    VcpSummary summary;
};

Level direction_level(const Direction& direction, double regular_referrals_per_quarter);
ContactAssessment assess_contact(const Contact& contact, double regular_referrals_per_quarter,
                                 const LogWindow& window = {});
// The day of the assessment: as_of when set, else the latest date of any log entry.
std::optional<Date> assessment_date(const VcpInputs& inputs);
std::size_t log_entry_count(const VcpInputs& inputs);
VcpResult evaluate_vcp(const VcpInputs& inputs);

// Removes leading and trailing Unicode White_Space from UTF-8 text.
std::string trim_unicode_space(std::string_view text);
// Code points of valid UTF-8 text: how long a name is (spec §4).
std::size_t code_point_count(std::string_view utf8);

}  // namespace passaparola
