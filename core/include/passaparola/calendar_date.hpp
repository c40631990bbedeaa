#pragma once
// Days of the Gregorian calendar, as the referral log dates them (spec §1):
// 2000-01-01 to 2100-12-31, written YYYY-MM-DD.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace passaparola {

// A day as a count of days since 1970-01-01, so that differences are whole days.
struct Date {
    int days = 0;
    auto operator<=>(const Date&) const = default;
};

// The day, or empty when it is not a real day between 2000-01-01 and 2100-12-31.
std::optional<Date> make_date(int year, int month, int day);
// "YYYY-MM-DD" exactly (four, two and two digits), a real day in the range above.
std::optional<Date> parse_iso_date(std::string_view text);
// "YYYY-MM-DD".
std::string to_string(Date date);

}  // namespace passaparola
