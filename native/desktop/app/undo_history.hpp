#pragma once
// Undo and redo of whole states. States are small (a scenario), so a snapshot
// per step is simpler and safer than inverse operations.
#include <cstddef>
#include <deque>
#include <utility>

namespace passaparola::desktop {

template <class State>
class UndoHistory {
public:
    explicit UndoHistory(std::size_t max_steps = 500) : max_steps_(max_steps) {}

    // `previous` is the state before a new change; the redo steps are dropped.
    void record(State previous) {
        undo_.push_back(std::move(previous));
        if (undo_.size() > max_steps_) undo_.pop_front();
        redo_.clear();
    }

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }

    // Swaps `current` with the state before it; false when there is none.
    bool undo(State& current) { return step(undo_, redo_, current); }
    bool redo(State& current) { return step(redo_, undo_, current); }

    void clear() {
        undo_.clear();
        redo_.clear();
    }

private:
    static bool step(std::deque<State>& from, std::deque<State>& to, State& current) {
        if (from.empty()) return false;
        to.push_back(std::move(current));
        current = std::move(from.back());
        from.pop_back();
        return true;
    }

    std::size_t max_steps_;
    std::deque<State> undo_;
    std::deque<State> redo_;
};

}  // namespace passaparola::desktop
