#include "passaparola/referral_log_import.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include "json_text.hpp"
#include "problem_list.hpp"

namespace passaparola {
namespace {

struct Record {
    std::size_t line = 0;  // the physical line the record starts on, from 1
    std::vector<std::string> fields;
};

// ASCII and the accented Latin-1 capitals (Ä, Ö, Å, È, …) in lower case, so
// "Päivämäärä" and "PÄIVÄMÄÄRÄ" name the same column.
std::string lower(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto byte = static_cast<unsigned char>(out[i]);
        if (byte >= 'A' && byte <= 'Z') {
            out[i] = static_cast<char>(byte + 32);
        } else if (byte == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;
}

// The byte offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = static_cast<unsigned char>(text[i]) < 0x80 ? 1 : detail::utf8_sequence_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

std::size_t line_of(std::string_view text, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// The separator the header row uses: the most frequent of ; , and tab outside quotes.
char header_separator(std::string_view text) {
    std::array<std::size_t, 3> counts{};
    constexpr char kSeparators[] = {';', ',', '\t'};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        if (!quoted && (c == '\n' || c == '\r')) break;
        for (std::size_t k = 0; k < 3; ++k) counts[k] += !quoted && c == kSeparators[k];
    }
    const auto most = std::max_element(counts.begin(), counts.end());
    return kSeparators[most - counts.begin()];
}

// RFC 4180 records; a quoted field may hold separators, doubled quotes and
// line breaks. CRLF, LF and a lone CR all end a record.
bool split_records(std::string_view text, char separator, std::vector<Record>& records, std::vector<Problem>& problems) {
    std::size_t line = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        Record record{line, {}};
        std::string field;
        bool at_field_start = true;
        bool ended = false;
        while (!ended) {
            if (i >= text.size()) {
                record.fields.push_back(std::move(field));
                break;
            }
            const char c = text[i];
            if (at_field_start && c == '"') {
                const std::size_t quote_line = line;
                ++i;
                while (true) {
                    if (i >= text.size()) {
                        problems.push_back({"line " + std::to_string(quote_line), "has a quoted field that is never closed",
                                            "", "csv.quote"});
                        return false;
                    }
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == '\n') ++line;
                    field += text[i++];
                }
                at_field_start = false;
                continue;
            }
            at_field_start = false;
            if (c == separator) {
                record.fields.push_back(std::move(field));
                field.clear();
                at_field_start = true;
                ++i;
            } else if (c == '\n' || c == '\r') {
                i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
                ++line;
                record.fields.push_back(std::move(field));
                ended = true;
            } else {
                field += c;
                ++i;
            }
        }
        records.push_back(std::move(record));
    }
    return true;
}

// A cell as messages show it. Appended piece by piece: GCC 12 warns falsely
// (-Wrestrict) on "\"" + std::string.
std::string quoted(std::string_view text) {
    std::string out(1, '"');
    out.append(detail::printable(text));
    out.push_back('"');
    return out;
}

enum Column { date_column, contact_column, direction_column, value_column, kColumns };

constexpr std::string_view kDateNames[] = {"date", "data", "päivämäärä", "pvm"};
constexpr std::string_view kContactNames[] = {"contact", "name", "contatto", "nome", "kontakti", "nimi"};
constexpr std::string_view kDirectionNames[] = {"direction", "direzione", "suunta"};
constexpr std::string_view kValueNames[] = {"closed value", "closed_value", "value", "valore chiuso", "valore",
                                            "arvo", "kaupan arvo"};
constexpr std::span<const std::string_view> kColumnNames[] = {kDateNames, kContactNames, kDirectionNames, kValueNames};
constexpr std::string_view kColumnCodes[] = {"date", "contact", "direction", "closed value"};

// The word of each direction in English, Italian (also as the widget labels a
// direction: "passata", "ricevuta") and Finnish.
constexpr std::string_view kGivenWords[] = {"given", "dato", "data", "passata", "annettu"};
constexpr std::string_view kReceivedWords[] = {"received", "ricevuto", "ricevuta", "saatu"};

bool one_of(std::span<const std::string_view> words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// Digits only, between `from` and `to` characters long.
std::optional<int> whole_number(std::string_view text, std::size_t from, std::size_t to) {
    if (text.size() < from || text.size() > to) return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

enum class DateReading { ok, bad_form, bad_day };

// YYYY-MM-DD, or day first: D/M/YYYY or D.M.YYYY with one or two digits.
DateReading read_date(std::string_view text, Date& out) {
    std::optional<int> year, month, day;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        year = whole_number(text.substr(0, 4), 4, 4);
        month = whole_number(text.substr(5, 2), 2, 2);
        day = whole_number(text.substr(8, 2), 2, 2);
    } else {
        const std::size_t first = text.find_first_of("/.");
        if (first == std::string_view::npos) return DateReading::bad_form;
        const char mark = text[first];
        const std::size_t second = text.find(mark, first + 1);
        if (second == std::string_view::npos) return DateReading::bad_form;
        day = whole_number(text.substr(0, first), 1, 2);
        month = whole_number(text.substr(first + 1, second - first - 1), 1, 2);
        year = whole_number(text.substr(second + 1), 4, 4);
    }
    if (!year || !month || !day) return DateReading::bad_form;
    const auto date = make_date(*year, *month, *day);
    if (!date) return DateReading::bad_day;
    out = *date;
    return DateReading::ok;
}

bool grouped_by_three(std::string_view digits_with_marks, char mark) {
    // "1.250.000": the first group 1–3 digits, every later group exactly 3.
    std::size_t group = 0;
    bool first = true;
    for (const char c : digits_with_marks) {
        if (c == mark) {
            if (group == 0 || group > 3 || (!first && group != 3)) return false;
            first = false;
            group = 0;
        } else {
            ++group;
        }
    }
    return first || group == 3;
}

// A decimal point or comma, with an optional thousands mark of the other kind
// (1.250,50 / 1,250.50 / 1250.5) or spaces ("1 250,50"). With one mark only,
// one followed by exactly three digits groups thousands (1.250 and 1,250 are
// 1250): money is not written to three decimals.
std::optional<double> read_amount(std::string_view text) {
    std::string compact;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b == ' ') continue;
        if (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {  // no-break space
            ++i;
            continue;
        }
        if (b == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0xAF) {  // narrow no-break space
            i += 2;
            continue;
        }
        compact += text[i];
    }
    if (compact.empty()) return std::nullopt;
    if (!std::all_of(compact.begin(), compact.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; })) {
        return std::nullopt;
    }
    if (compact.front() == '.' || compact.front() == ',' || compact.back() == '.' || compact.back() == ',') {
        return std::nullopt;
    }
    const std::size_t last_dot = compact.rfind('.');
    const std::size_t last_comma = compact.rfind(',');
    const auto count = [&](char c) { return std::count(compact.begin(), compact.end(), c); };
    char decimal = 0;
    char group = 0;
    if (last_dot != std::string::npos && last_comma != std::string::npos) {
        decimal = last_dot > last_comma ? '.' : ',';
        group = decimal == '.' ? ',' : '.';
        if (count(decimal) != 1) return std::nullopt;
    } else if (last_dot != std::string::npos || last_comma != std::string::npos) {
        const char mark = last_dot != std::string::npos ? '.' : ',';
        const std::size_t at = compact.rfind(mark);
        const bool thousands = count(mark) > 1 || (compact.size() - at - 1 == 3 && compact.substr(0, at) != "0");
        (thousands ? group : decimal) = mark;
    }
    std::string number;
    const std::size_t decimal_at = decimal ? compact.rfind(decimal) : std::string::npos;
    const std::string integer_part = compact.substr(0, decimal_at);
    if (group && !grouped_by_three(integer_part, group)) return std::nullopt;
    for (const char c : integer_part) {
        if (c != group) number += c;
    }
    if (decimal) number += "." + compact.substr(decimal_at + 1);
    return std::strtod(number.c_str(), nullptr);
}

struct Row {
    std::size_t line;
    std::string contact;
    LogEntry entry;
};

class Importer {
public:
    std::vector<Problem> problems;

    // The column of each role, from the header row; false when one that is needed is missing.
    bool read_header(const Record& header) {
        columns_.fill(std::string::npos);
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            const std::string name = lower(trim_unicode_space(header.fields[i]));
            for (int c = 0; c < kColumns; ++c) {
                if (columns_[c] == std::string::npos && one_of(kColumnNames[c], name)) columns_[c] = i;
            }
        }
        for (int c = 0; c < value_column; ++c) {
            if (columns_[c] != std::string::npos) continue;
            fail(header.line, "names no " + std::string(kColumnCodes[c]) + " column (one of " + detail::join_words(kColumnNames[c]) + ")",
                 "", "csv.missing_" + std::string(c == date_column ? "date" : c == contact_column ? "contact" : "direction"));
        }
        return problems.empty();
    }

    std::optional<Row> read_row(const Record& record) {
        const auto cell = [&](Column c) {
            return columns_[c] < record.fields.size() ? trim_unicode_space(record.fields[columns_[c]]) : std::string();
        };
        Row row{record.line, cell(contact_column), {}};
        const std::size_t before = problems.size();
        const std::string date = cell(date_column);
        if (date.empty()) {
            fail(record.line, "has no date", "", "csv.date_missing");
        } else if (const auto reading = read_date(date, row.entry.date); reading == DateReading::bad_form) {
            fail(record.line, "date must be written YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY", date, "csv.date");
        } else if (reading == DateReading::bad_day) {
            fail(record.line, "date must be a real day from 2000-01-01 to 2100-12-31", date, "csv.date_day");
        }
        const std::size_t length = code_point_count(row.contact);
        if (length == 0) {
            fail(record.line, "has no contact name", "", "csv.contact_missing");
        } else if (length > kMaxNameCodePoints) {
            fail(record.line, "contact name must have at most " + std::to_string(kMaxNameCodePoints) + " characters",
                 row.contact.substr(0, 40) + "…", "csv.contact_long");
        }
        const std::string direction = lower(cell(direction_column));
        if (one_of(kGivenWords, direction)) {
            row.entry.direction = ReferralDirection::given;
        } else if (one_of(kReceivedWords, direction)) {
            row.entry.direction = ReferralDirection::received;
        } else {
            fail(record.line, "direction must be one of " + detail::join_words(kGivenWords) + " or " + detail::join_words(kReceivedWords),
                 cell(direction_column), "csv.direction");
        }
        if (columns_[value_column] != std::string::npos) {
            const std::string value = cell(value_column);
            const auto amount = value.empty() ? std::optional<double>(0) : read_amount(value);
            if (!amount) {
                fail(record.line, "closed value must be a number such as 1250.50, 1.250,50 or 1,250.50", value, "csv.value");
            } else if (!(*amount >= 0 && *amount <= 1e9)) {
                fail(record.line, "closed value must be between 0 and 1000000000", value, "csv.value_range");
            } else {
                row.entry.closed_value = *amount;
            }
        }
        if (problems.size() != before) return std::nullopt;
        return row;
    }

    void fail(std::size_t line, std::string rule, std::string_view got, std::string code) {
        problems.push_back({"line " + std::to_string(line), std::move(rule),
                            got.empty() ? std::string() : quoted(got), std::move(code)});
    }

private:
    std::array<std::size_t, kColumns> columns_{};
};

bool is_blank(const Record& record) {
    return std::all_of(record.fields.begin(), record.fields.end(), [](const std::string& f) { return trim_unicode_space(f).empty(); });
}

}  // namespace

Outcome<VcpInputs> import_referral_log(std::string_view text, VcpInputs into) {
    Importer importer;
    if (text.size() > kMaxReferralLogBytes) {
        importer.problems.push_back({"file", "must be at most " + std::to_string(kMaxReferralLogBytes) + " bytes",
                                     std::to_string(text.size()) + " bytes", "csv.size"});
        return std::move(importer.problems);
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (const std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
        importer.fail(line_of(text, bad), "is not UTF-8 text: export the sheet as CSV UTF-8", "", "csv.encoding");
        return std::move(importer.problems);
    }
    std::vector<Record> records;
    if (!split_records(text, header_separator(text), records, importer.problems)) return std::move(importer.problems);
    if (records.empty() || is_blank(records.front())) {
        importer.fail(1, "must be a header row naming the columns date, contact and direction", "", "csv.header");
        return std::move(importer.problems);
    }
    if (!importer.read_header(records.front())) return std::move(importer.problems);

    std::vector<Row> rows;
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (is_blank(records[r])) continue;
        if (auto row = importer.read_row(records[r])) rows.push_back(std::move(*row));
    }
    std::size_t entries = log_entry_count(into);
    for (const auto& row : rows) {
        auto contact = std::find_if(into.contacts.begin(), into.contacts.end(),
                                    [&](const Contact& c) { return c.name == row.contact; });
        if (contact == into.contacts.end()) {
            if (into.contacts.size() == kMaxContacts) {
                importer.fail(row.line, "would make more than " + std::to_string(kMaxContacts) + " contacts", row.contact,
                              "csv.too_many_contacts");
                break;
            }
            into.contacts.push_back(Contact{row.contact, {}, {}, {}});
            contact = std::prev(into.contacts.end());
        }
        if (contact->log.size() == kMaxLogEntriesPerContact || entries == kMaxLogEntries) {
            importer.fail(row.line,
                          contact->log.size() == kMaxLogEntriesPerContact
                              ? "would give the contact more than " + std::to_string(kMaxLogEntriesPerContact) + " entries"
                              : "would make more than " + std::to_string(kMaxLogEntries) + " entries in all",
                          row.contact, "csv.too_many_entries");
            break;
        }
        contact->log.push_back(row.entry);
        ++entries;
    }
    if (!importer.problems.empty()) return std::move(importer.problems);
    return into;
}

Outcome<Scenario> import_referral_log(std::string_view text, const Scenario& into) {
    const auto* inputs = std::get_if<VcpInputs>(&into.inputs);
    if (!inputs) {
        return std::vector<Problem>{
            {"kind", "must be vcp to import a referral log", quoted(to_string(into.kind())), "csv.kind"}};
    }
    auto imported = import_referral_log(text, *inputs);
    if (!imported) return imported.problems();
    return Scenario{std::move(imported).value(), into.uncertainty};
}

}  // namespace passaparola
