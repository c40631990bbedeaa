#pragma once
// The VCP contact list: add and remove contacts and edit the selected one
// (name, both directions of the relationship, traits, referral log). Like the
// input form it edits the document's JSON and lets the core validate every
// change.
#include <string>

#include "input_form.hpp"
#include "passaparola/vcp.hpp"

namespace passaparola::desktop::ui {

class ContactEditor {
public:
    // `result` is the core's assessment of `scenario` (null when it could not
    // be computed): the rates and the period a contact's log gives.
    FormChange draw(const UiContext& ui, const Scenario& scenario, const VcpResult* result);

    // The contact being edited; -1 for none. The contact table sets it too.
    int& selected() { return selected_; }

private:
    void draw_name(const UiContext& ui, Json& contact, FormChange& change, Json& document);
    void draw_log(const UiContext& ui, Json& contact, FormChange& change, Json& document, std::string_view currency,
                  const VcpResult* result);

    int selected_ = -1;
    // The name as typed: it may hold spaces the core trims, or be briefly empty.
    std::string name_buffer_;
    int buffer_of_ = -1;
    bool name_active_ = false;
    bool name_invalid_ = false;
};

}  // namespace passaparola::desktop::ui
