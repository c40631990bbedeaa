#include "contact_editor.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <vector>

#include "plan_export.hpp"
#include "widgets.hpp"

namespace passaparola::desktop::ui {
namespace {

std::optional<InputKind> input_kind_from_string(std::string_view text) {
    for (auto kind : {InputKind::rate, InputKind::money, InputKind::count, InputKind::integer, InputKind::boolean,
                      InputKind::choice, InputKind::currency, InputKind::list}) {
        if (to_string(kind) == text) return kind;
    }
    return std::nullopt;
}

// The fields of a direction as InputInfo, from the core's metadata document
// (the core keeps the table itself internal).
const std::vector<InputInfo>& direction_infos() {
    static const Json metadata = input_metadata();
    static const std::vector<InputInfo> infos = [] {
        std::vector<InputInfo> list;
        for (const auto& field : metadata.at("direction")) {
            InputInfo info{field.at("name").get_ref<const std::string&>(),
                           input_kind_from_string(field.at("kind").get_ref<const std::string&>()).value_or(InputKind::boolean),
                           field.value("min", 0.0),
                           field.value("max", 0.0),
                           field.value("slider_max", 0.0),
                           {},
                           {},
                           field.at("default")};
            if (const auto unit = field.find("unit"); unit != field.end()) info.unit = unit->get_ref<const std::string&>();
            list.push_back(std::move(info));
        }
        return list;
    }();
    return infos;
}

// A log entry's fields as inputs: the date and the closed business.
const InputInfo& log_date_info() {
    static const InputInfo info{"date", InputKind::date, 0, 0, 0, {}, {}, Json()};
    return info;
}

const InputInfo& closed_value_info() {
    static const InputInfo info{"closed_value", InputKind::money, 0, 1e9, 100000, "currency", {}, Json(0)};
    return info;
}

// Spec §4: an entry counts when as_of − window_days < date ≤ as_of.
bool counts(Date date, const VcpSummary& summary) {
    return summary.as_of && date <= *summary.as_of && date.days > summary.as_of->days - summary.window_days;
}

// The date of a new entry: the assessment's date, so that adding an entry
// never moves the period reviewed by itself (without an as_of the latest
// entry sets it); today when nothing is dated yet.
std::string new_entry_date(const VcpResult* result) {
    if (result && result->summary.as_of) return to_string(*result->summary.as_of);
    const PlanDate now = today();
    // (A clock outside the calendar's years gives its first day.)
    return to_string(make_date(now.year, now.month, now.day).value_or(*make_date(2000, 1, 1)));
}

bool commit(Json& document, FormChange& change, std::string group) {
    auto next = read_scenario(document);
    if (!next.ok()) return false;
    change.scenario = std::move(next).value();
    change.group = std::move(group);
    return true;
}

}  // namespace

void ContactEditor::draw_name(const UiContext& ui, Json& contact, FormChange& change, Json& document) {
    if (buffer_of_ != selected_ || !name_active_) {
        name_buffer_ = contact.at("name").get<std::string>();
        buffer_of_ = selected_;
        name_invalid_ = false;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui.tr("contact.name.label"));
    tooltip_for_last_item(ui.tr("contact.name.help"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool edited = ImGui::InputText("##name", &name_buffer_);
    name_active_ = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivated()) change.released = true;
    if (edited) {
        contact["name"] = name_buffer_;
        name_invalid_ = !commit(document, change, "contact.name." + std::to_string(selected_));
    }
    if (name_invalid_) colored_text(ui.palette.worse, ui.tr("ui.vcp.name_invalid"));
}

void ContactEditor::draw_log(const UiContext& ui, Json& contact, FormChange& change, Json& document,
                             std::string_view currency, const VcpResult* result) {
    heading(ui.tr("log.title"));
    const std::string group_prefix = "contact.log." + std::to_string(selected_) + ".";
    const ContactAssessment* assessment =
        result && selected_ < static_cast<int>(result->contacts.size()) ? &result->contacts[static_cast<std::size_t>(selected_)]
                                                                         : nullptr;
    const bool has_log = contact.contains("log") && !contact["log"].empty();
    if (!has_log) {
        ImGui::TextWrapped("%s", ui.tr("log.empty"));
    } else if (assessment) {
        ImGui::TextWrapped("%s", i18n::format(ui.tr("log.rates_from_log"),
                                              {{"given", ui.numbers.integer(assessment->log_given)},
                                               {"received", ui.numbers.integer(assessment->log_received)}})
                                     .c_str());
    }
    const std::size_t entries = has_log ? contact["log"].size() : 0;
    std::size_t all_entries = 0;
    for (const auto& other : document["inputs"]["contacts"]) all_entries += other.value("log", Json::array()).size();
    const bool full = entries >= kMaxLogEntriesPerContact || all_entries >= kMaxLogEntries;
    ImGui::BeginDisabled(full);
    const bool add = ImGui::Button(ui.tr("log.add"));
    ImGui::EndDisabled();
    if (add) {
        contact["log"].push_back({{"date", new_entry_date(result)}, {"direction", "given"}, {"closed_value", 0}});
        commit(document, change, {});
        return;
    }
    if (!has_log) return;

    Json& log = contact["log"];
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float rows = std::min(static_cast<float>(entries) + 1.5f, 9.0f);
    if (!ImGui::BeginTable("log", 4, flags, ImVec2(0, ImGui::GetFrameHeightWithSpacing() * rows))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ui.tr("log.date"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(ui.tr("log.direction"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(ui.tr("log.closed_value"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    std::optional<std::size_t> remove;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(entries));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto i = static_cast<std::size_t>(row);
            Json& entry = log[i];
            const std::string group = group_prefix + std::to_string(i) + ".";
            const auto date = parse_iso_date(entry.value("date", std::string()));
            const bool counted = !result || (date && counts(*date, result->summary));
            ImGui::TableNextRow();
            ImGui::PushID(row);
            // An entry outside the period reviewed stays in the log but is greyed.
            if (!counted) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            const std::string outside = counted ? std::string() : std::string(" (") + ui.tr("log.not_counted") + ")";
            bool continuous = false;

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            Json date_value = entry.value("date", Json());
            if (draw_input_control(ui, log_date_info(), date_value, currency, &continuous) && date_value.is_string()) {
                entry["date"] = date_value;
                commit(document, change, group + "date");
            }
            tooltip_for_last_item(std::string(ui.tr("log.date")) + outside);
            if (ImGui::IsItemDeactivated()) change.released = true;

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            const std::string direction = entry.value("direction", std::string("given"));
            if (ImGui::BeginCombo("##direction", ui.tr("log." + direction))) {
                for (const char* choice : {"given", "received"}) {
                    const std::string key = std::string("log.") + choice;
                    if (ImGui::Selectable(ui.tr(key), direction == choice) && direction != choice) {
                        entry["direction"] = choice;
                        commit(document, change, {});
                    }
                    tooltip_for_last_item(ui.tr(key + ".help"));
                }
                ImGui::EndCombo();
            }
            tooltip_for_last_item(std::string(ui.tr("log." + direction + ".help")) + outside);

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            Json& value = entry["closed_value"];
            if (value.is_null()) value = 0;
            if (draw_input_control(ui, closed_value_info(), value, currency, &continuous)) {
                commit(document, change, continuous ? group + "closed_value" : std::string());
            }
            tooltip_for_last_item(input_tooltip(ui, closed_value_info(), ui.tr("log.closed_value.help"), currency));
            if (ImGui::IsItemDeactivated()) change.released = true;

            if (!counted) ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("\xC3\x97")) remove = i;  // ×
            tooltip_for_last_item(ui.tr("log.remove"));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (remove) {
        log.erase(*remove);
        if (log.empty()) contact.erase("log");
        commit(document, change, {});
    }
}

FormChange ContactEditor::draw(const UiContext& ui, const Scenario& scenario, const VcpResult* result) {
    FormChange change;
    Json document = write_scenario(scenario);
    Json& contacts = document["inputs"]["contacts"];
    const int count = static_cast<int>(contacts.size());
    selected_ = std::min(selected_, count - 1);
    if (selected_ < 0 && count > 0) selected_ = 0;  // the editor is never empty while there are contacts

    heading(ui.tr("input.vcp.contacts.label"));
    tooltip_for_last_item(ui.tr("input.vcp.contacts.help"));
    const bool full = contacts.size() >= kMaxContacts;
    ImGui::BeginDisabled(full);
    const bool add = ImGui::Button(ui.tr("ui.vcp.add_contact"));
    ImGui::EndDisabled();
    if (add) {
        const std::string name = i18n::format(ui.tr("ui.vcp.new_contact"), {{"number", std::to_string(count + 1)}});
        contacts.push_back({{"name", name}});
        if (commit(document, change, {})) selected_ = count;
        return change;
    }
    if (full) {
        ImGui::SameLine();
        ImGui::TextUnformatted(i18n::format(ui.tr("ui.vcp.contacts_full"), {{"count", std::to_string(kMaxContacts)}}).c_str());
    }
    if (count == 0) {
        ImGui::TextWrapped("%s", ui.tr("ui.vcp.no_contacts"));
        return change;
    }
    const float list_height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min(count, 6) + 0.5);
    if (ImGui::BeginListBox("##contact_list", ImVec2(-FLT_MIN, list_height))) {
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(contacts[static_cast<std::size_t>(i)].at("name").get_ref<const std::string&>().c_str(),
                                  selected_ == i)) {
                selected_ = i;
            }
            ImGui::PopID();
        }
        ImGui::EndListBox();
    }

    Json& contact = contacts[static_cast<std::size_t>(selected_)];
    heading(ui.tr("ui.vcp.edit_contact"));
    draw_name(ui, contact, change, document);
    if (ImGui::Button(ui.tr("ui.vcp.remove_contact"))) {
        contacts.erase(static_cast<std::size_t>(selected_));
        if (commit(document, change, {})) selected_ = std::min(selected_, count - 2);
        return change;
    }

    // With a log the referral rates of both directions come from it (spec §4).
    const bool has_log = contact.contains("log") && !contact["log"].empty();
    const ContactAssessment* assessment =
        result && selected_ < static_cast<int>(result->contacts.size()) ? &result->contacts[static_cast<std::size_t>(selected_)]
                                                                         : nullptr;
    for (const char* side : {"mine", "theirs"}) {
        const std::string prefix = std::string("contact.") + side;
        const bool mine = std::string_view(side) == "mine";
        heading(ui.tr(prefix + ".title"));
        ImGui::PushID(side);
        for (const auto& info : direction_infos()) {
            const std::string key = prefix + "." + std::string(info.name);
            ImGui::PushID(info.name.data(), info.name.data() + info.name.size());
            Json& value = contact[side][std::string(info.name)];
            bool continuous = false;
            const bool slider = info.kind != InputKind::boolean;
            // The typed rate is kept but not used while the log gives it: shown
            // read-only, with the rate the log gives and why.
            const bool from_log = has_log && info.name == "referrals_per_quarter";
            std::string help = ui.tr(key + ".help");
            if (from_log && assessment) {
                help = i18n::format(ui.tr("log.rates_from_log"),
                                    {{"given", ui.numbers.integer(assessment->log_given)},
                                     {"received", ui.numbers.integer(assessment->log_received)}});
            }
            if (slider) {
                if (from_log) {
                    ImGui::Text("%s (%s)", ui.tr(key + ".label"), ui.tr("log.rates_locked"));
                } else {
                    ImGui::TextUnformatted(ui.tr(key + ".label"));
                }
                tooltip_for_last_item(help);
                ImGui::SetNextItemWidth(-FLT_MIN);
            }
            bool changed = false;
            if (from_log) {
                Json shown = value;
                if (assessment) shown = mine ? assessment->referrals_given : assessment->referrals_received;
                ImGui::BeginDisabled();
                draw_input_control(ui, info, shown, "", &continuous);
                ImGui::EndDisabled();
            } else if (slider) {
                changed = draw_input_control(ui, info, value, "", &continuous);
            } else {
                bool checked = value.get<bool>();
                changed = ImGui::Checkbox(ui.tr(key + ".label"), &checked);
                value = checked;
            }
            tooltip_for_last_item(help);
            if (ImGui::IsItemDeactivated()) change.released = true;
            if (changed) commit(document, change, continuous ? key + "." + std::to_string(selected_) : std::string());
            ImGui::PopID();
        }
        ImGui::PopID();
    }

    heading(ui.tr("contact.traits.label"));
    tooltip_for_last_item(ui.tr("contact.traits.help"));
    Json& traits = contact["traits"];
    for (const auto& trait : trait_infos()) {
        const std::string name(trait.name);
        const auto found = std::find(traits.begin(), traits.end(), name);
        bool checked = found != traits.end();
        if (ImGui::Checkbox(ui.tr("trait." + name), &checked)) {
            if (checked) {
                traits.push_back(name);
            } else {
                traits.erase(found);
            }
            commit(document, change, {});
        }
        tooltip_for_last_item(ui.tr("trait." + name + ".help"));
    }
    draw_log(ui, contact, change, document, std::get<VcpInputs>(scenario.inputs).currency, result);
    return change;
}

}  // namespace passaparola::desktop::ui
