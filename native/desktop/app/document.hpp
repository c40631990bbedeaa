#pragma once
// One scenario being worked on: its inputs, the file it belongs to, whether it
// has unsaved changes, and its undo history.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "evaluation.hpp"
#include "passaparola/scenario.hpp"
#include "undo_history.hpp"

namespace passaparola::desktop {

class Document {
public:
    explicit Document(Scenario scenario, std::filesystem::path path = {});

    const Scenario& scenario() const { return state_.scenario; }
    ScenarioKind kind() const { return state_.scenario.kind(); }
    const std::filesystem::path& path() const { return path_; }
    bool dirty() const { return state_.revision != saved_revision_; }
    // The file name, or `untitled` for a scenario never saved.
    std::string display_name(std::string_view untitled) const;

    // A change of inputs. Successive edits of one `group` (a slider being
    // dragged) make a single undo step until end_edit_group(); an edit that
    // changes nothing is ignored.
    void edit(Scenario next, std::string_view group = {});
    void end_edit_group() { open_group_.clear(); }

    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }
    bool undo();
    bool redo();

    // The current state now matches the file at `path`.
    void mark_saved(std::filesystem::path path);

    // The industry preset last applied (not part of the file): the sources of
    // the values that still have its value are shown.
    const std::string& preset() const { return preset_; }
    void set_preset(std::string id) { preset_ = std::move(id); }

    // The core's results for the current inputs, computed once per change.
    const Evaluation& evaluation() const;

private:
    struct State {
        Scenario scenario;
        std::uint64_t revision = 0;  // names a state, so undoing back to the saved one is clean
    };

    State state_;
    std::filesystem::path path_;
    std::uint64_t saved_revision_ = 0;
    std::uint64_t next_revision_ = 1;
    UndoHistory<State> history_;
    std::string open_group_;
    std::string preset_;
    mutable std::optional<Evaluation> evaluation_;
    mutable std::uint64_t evaluated_revision_ = 0;
};

// Whether two scenarios are the same document (kind, inputs, uncertainty).
bool same_scenario(const Scenario& a, const Scenario& b);

}  // namespace passaparola::desktop
