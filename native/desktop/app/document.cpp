#include "document.hpp"

namespace passaparola::desktop {

bool same_scenario(const Scenario& a, const Scenario& b) { return write_scenario(a) == write_scenario(b); }

Document::Document(Scenario scenario, std::filesystem::path path)
    : state_{std::move(scenario), 0}, path_(std::move(path)) {}

std::string Document::display_name(std::string_view untitled) const {
    if (path_.empty()) return std::string(untitled);
    return path_.filename().string();
}

void Document::edit(Scenario next, std::string_view group) {
    if (same_scenario(next, state_.scenario)) return;
    const bool continues_group = !group.empty() && group == open_group_;
    if (!continues_group) history_.record(state_);
    open_group_ = group;
    state_ = {std::move(next), next_revision_++};
}

bool Document::undo() {
    open_group_.clear();
    return history_.undo(state_);
}

bool Document::redo() {
    open_group_.clear();
    return history_.redo(state_);
}

void Document::mark_saved(std::filesystem::path path) {
    path_ = std::move(path);
    saved_revision_ = state_.revision;
}

const Evaluation& Document::evaluation() const {
    if (!evaluation_ || evaluated_revision_ != state_.revision) {
        evaluation_ = evaluate_scenario(state_.scenario);
        evaluated_revision_ = state_.revision;
    }
    return *evaluation_;
}

}  // namespace passaparola::desktop
