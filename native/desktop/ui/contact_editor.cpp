#include "contact_editor.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <vector>

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

FormChange ContactEditor::draw(const UiContext& ui, const Scenario& scenario) {
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

    for (const char* side : {"mine", "theirs"}) {
        const std::string prefix = std::string("contact.") + side;
        heading(ui.tr(prefix + ".title"));
        ImGui::PushID(side);
        for (const auto& info : direction_infos()) {
            const std::string key = prefix + "." + std::string(info.name);
            ImGui::PushID(info.name.data(), info.name.data() + info.name.size());
            Json& value = contact[side][std::string(info.name)];
            bool continuous = false;
            const bool slider = info.kind != InputKind::boolean;
            if (slider) {
                ImGui::TextUnformatted(ui.tr(key + ".label"));
                tooltip_for_last_item(ui.tr(key + ".help"));
                ImGui::SetNextItemWidth(-FLT_MIN);
            }
            bool changed = false;
            if (slider) {
                changed = draw_input_control(ui, info, value, "", &continuous);
            } else {
                bool checked = value.get<bool>();
                changed = ImGui::Checkbox(ui.tr(key + ".label"), &checked);
                value = checked;
            }
            tooltip_for_last_item(ui.tr(key + ".help"));
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
    return change;
}

}  // namespace passaparola::desktop::ui
