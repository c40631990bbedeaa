#include "csv_export.hpp"


namespace passaparola::desktop {
namespace {

class CsvWriter {
public:
    // With a byte order mark: without it Excel reads UTF-8 (à, ä, €) as Latin-1.
    explicit CsvWriter(char separator) : separator_(separator), out_("\xEF\xBB\xBF") {}

    void text(std::string_view cell) { field(csv_cell(cell, separator_)); }
    // Numbers are never quoted: the separator is never the decimal mark.
    void number(std::string cell) { field(std::move(cell)); }
    void end_row() {
        out_ += "\r\n";  // RFC 4180 line ends, which every spreadsheet reads
        row_started_ = false;
    }
    std::string take() { return std::move(out_); }

private:
    void field(const std::string& cell) {
        if (row_started_) out_ += separator_;
        out_ += cell;
        row_started_ = true;
    }

    char separator_;
    std::string out_;
    bool row_started_ = false;
};

std::string level_text(Level level, const i18n::Catalog& text) {
    return text.text("level." + std::string(to_string(level)));
}

}  // namespace

char csv_separator(const i18n::NumberFormat& numbers) { return numbers.decimal_separator() == ',' ? ';' : ','; }

std::string csv_cell(std::string_view text, char separator) {
    std::string cell;
    if (!text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos) cell += '\'';
    cell += text;
    if (cell.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string program_months_csv(const ProgramResult& result, const i18n::Catalog& text,
                               const i18n::NumberFormat& numbers) {
    using M = ProgramMonth;
    struct Column {
        std::string_view name;
        double M::*member;
    };
    static constexpr Column kColumns[] = {
        {"referring_customers", &M::referring_customers},
        {"leads", &M::leads},
        {"deciding", &M::deciding},
        {"new_referred", &M::new_referred},
        {"new_incremental", &M::new_incremental},
        {"referred_active", &M::referred_active},
        {"revenue", &M::revenue},
        {"incremental_revenue", &M::incremental_revenue},
        {"gross_profit", &M::gross_profit},
        {"reward_cost", &M::reward_cost},
        {"fee_cost", &M::fee_cost},
        {"donation_cost", &M::donation_cost},
        {"fixed_cost", &M::fixed_cost},
        {"program_cost", &M::program_cost},
        {"net", &M::net},
        {"cumulative_net", &M::cumulative_net},
    };
    CsvWriter csv(csv_separator(numbers));
    csv.text(text.text("result.program.month"));
    for (const auto& column : kColumns) csv.text(text.text("result.program." + std::string(column.name)));
    csv.end_row();
    for (const auto& month : result.months) {
        csv.number(std::to_string(month.month));
        for (const auto& column : kColumns) csv.number(numbers.plain(month.*column.member, 2));
        csv.end_row();
    }
    return csv.take();
}

std::string vcp_contacts_csv(const VcpResult& result, const i18n::Catalog& text, const i18n::NumberFormat& numbers) {
    CsvWriter csv(csv_separator(numbers));
    for (const char* key : {"contact.name.label", "result.vcp.level_mine", "result.vcp.level_theirs",
                            "result.vcp.mutual_level", "result.vcp.score", "result.vcp.referral_potential",
                            "result.vcp.next_action", "result.vcp.referral_balance", "result.vcp.referrals_given",
                            "result.vcp.referrals_received", "result.vcp.log_given", "result.vcp.log_received",
                            "result.vcp.closed_value_given", "result.vcp.closed_value_received",
                            "result.vcp.last_referral"}) {
        csv.text(text.text(key));
    }
    csv.end_row();
    for (const auto& contact : result.contacts) {
        csv.text(contact.name);
        csv.text(level_text(contact.level_mine, text));
        csv.text(level_text(contact.level_theirs, text));
        csv.text(level_text(contact.mutual_level, text));
        csv.number(std::to_string(contact.score));
        csv.number(std::to_string(contact.referral_potential));
        csv.text(text.text("action." + std::string(to_string(contact.next_action))));
        csv.number(numbers.plain(contact.referral_balance, 2));
        csv.number(numbers.plain(contact.referrals_given, 2));
        csv.number(numbers.plain(contact.referrals_received, 2));
        csv.number(std::to_string(contact.log_given));
        csv.number(std::to_string(contact.log_received));
        csv.number(numbers.plain(contact.closed_value_given, 2));
        csv.number(numbers.plain(contact.closed_value_received, 2));
        // ISO dates, which spreadsheets read as dates in every language; empty without one.
        csv.number(contact.last_referral ? to_string(*contact.last_referral) : std::string());
        csv.end_row();
    }
    return csv.take();
}

}  // namespace passaparola::desktop
