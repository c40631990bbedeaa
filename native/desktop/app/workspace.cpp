#include "workspace.hpp"

#include <algorithm>

#include "csv_export.hpp"
#include "passaparola/referral_log_import.hpp"
#include "passaparola/share_link.hpp"
#include "plan_export.hpp"
#include "preset_sources.hpp"
#include "referral_import.hpp"
#include "scenario_files.hpp"

namespace passaparola::desktop {
namespace fs = std::filesystem;
namespace {

constexpr ScenarioKind kKinds[] = {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp};

// Documents and recent files keep absolute paths: the working folder of a
// later run is not this one's.
fs::path absolute_path(const fs::path& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    return ec ? path : absolute.lexically_normal();
}

}  // namespace

Workspace::Workspace(Settings settings, fs::path settings_path, Clipboard* clipboard)
    : tabs_{CalculatorTab(ScenarioKind::program), CalculatorTab(ScenarioKind::gift_card),
            CalculatorTab(ScenarioKind::vcp)},
      settings_(std::move(settings)),
      settings_path_(std::move(settings_path)),
      clipboard_(clipboard),
      catalog_(&i18n::Catalog::of(settings_.language)),
      numbers_(settings_.language) {}

Document* Workspace::find(DocumentRef ref) {
    CalculatorTab& t = tab(ref.kind);
    if (ref.slot == Slot::a) return &t.a;
    return t.b ? &*t.b : nullptr;
}

const Document* Workspace::find(DocumentRef ref) const { return const_cast<Workspace*>(this)->find(ref); }

void Workspace::select_slot(Slot slot) {
    CalculatorTab& t = tab(active_kind_);
    if (slot == Slot::b && !t.b) return;
    t.editing = slot;
}

std::vector<DocumentRef> Workspace::unsaved_documents() const {
    std::vector<DocumentRef> refs;
    for (auto kind : kKinds) {
        for (auto slot : {Slot::a, Slot::b}) {
            const Document* document = find({kind, slot});
            if (document && document->dirty()) refs.push_back({kind, slot});
        }
    }
    return refs;
}

bool Workspace::any_unsaved() const { return !unsaved_documents().empty(); }

void Workspace::edit(Scenario next, std::string_view group) {
    if (next.kind() != active_kind_) return;
    active_document().edit(std::move(next), group);
}

bool Workspace::apply_preset(std::string_view id) {
    auto next = with_preset(active_document().scenario(), id);
    if (!next) return false;
    end_edit_group();
    edit(std::move(*next));
    active_document().set_preset(std::string(id));
    return true;
}

bool Workspace::can_run(Command command) const {
    const CalculatorTab& t = tab(active_kind_);
    switch (command) {
        case Command::undo: return active_document().can_undo();
        case Command::redo: return active_document().can_redo();
        case Command::export_csv:
            return active_kind_ != ScenarioKind::gift_card && active_document().evaluation().ok();
        case Command::export_plan: return active_document().evaluation().ok();
        case Command::import_log: return active_kind_ == ScenarioKind::vcp;
        case Command::copy_share_link:
        case Command::open_share_link: return clipboard_ != nullptr;
        case Command::duplicate_as_b: return !t.b.has_value();
        case Command::close_b: return t.b.has_value();
        default: return true;
    }
}

void Workspace::run(Command command) {
    if (prompt_ != Prompt::none || !can_run(command)) return;
    const DocumentRef active = active_ref();
    switch (command) {
        case Command::new_scenario:
            guard({Pending::Then::replace, {active}, active, Document(default_scenario(active_kind_)), {}});
            break;
        case Command::open:
        case Command::open_as_b:
            open_into_ = command == Command::open_as_b ? OpenInto::b : OpenInto::edited;
            prompt_ = Prompt::open_path;
            break;
        case Command::save:
            if (!active_document().path().empty()) {
                save_to(active, active_document().path());
                break;
            }
            [[fallthrough]];
        case Command::save_as:
            save_target_ = active;
            save_continues_pending_ = false;
            prompt_ = Prompt::save_path;
            break;
        case Command::export_csv: prompt_ = Prompt::export_path; break;
        case Command::export_plan: prompt_ = Prompt::plan_path; break;
        case Command::import_log: prompt_ = Prompt::import_path; break;
        case Command::copy_share_link:
            if (const auto link = share_link()) {
                clipboard_->set_text(*link);
                status_ = tr("ui.share.copied");
            } else {
                fail(tr("ui.share.too_large"), link.message());
            }
            break;
        case Command::open_share_link: open_share_link(clipboard_->text()); break;
        case Command::undo: active_document().undo(); break;
        case Command::redo: active_document().redo(); break;
        case Command::reset_inputs: edit(default_scenario(active_kind_)); break;
        case Command::duplicate_as_b: {
            CalculatorTab& t = tab(active_kind_);
            t.b.emplace(t.a.scenario());
            t.editing = Slot::b;
            break;
        }
        case Command::close_b:
            guard({Pending::Then::close_b, {{active_kind_, Slot::b}}, {active_kind_, Slot::b}, std::nullopt, {}});
            break;
        case Command::quit: guard({Pending::Then::quit, unsaved_documents(), {}, std::nullopt, {}}); break;
    }
}

void Workspace::open_path(const fs::path& requested, OpenInto into) {
    const fs::path path = absolute_path(requested);
    auto scenario = read_scenario_file(path);
    if (!scenario) {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            forget_recent_file(settings_, path.string());
            settings_changed();
        }
        fail(i18n::format(tr("ui.error.open_failed"), {{"path", path.string()}}), scenario.message());
        return;
    }
    open_scenario(std::move(scenario).value(), path, into, i18n::format(tr("ui.status.opened"), {{"path", path.string()}}));
}

void Workspace::import_log(const fs::path& requested) {
    const fs::path path = absolute_path(requested);
    std::string read_error;
    // One byte more than the core takes, so a larger file is reported as such.
    const auto csv = read_text_file(path, kMaxReferralLogBytes, &read_error);
    if (!csv) {
        fail(i18n::format(tr("ui.error.open_failed"), {{"path", path.string()}}), read_error);
        return;
    }
    const Scenario& before = active_document().scenario();
    auto imported = import_referral_log(*csv, before);
    if (!imported) {
        std::string lines;
        for (const auto& line : import_problem_lines(imported.problems(), text())) {
            lines += (lines.empty() ? "" : "\n") + line;
        }
        fail(tr("import.failed"), std::move(lines));
        return;
    }
    const auto& old_inputs = std::get<VcpInputs>(before.inputs);
    const auto& new_inputs = std::get<VcpInputs>(imported->inputs);
    const std::string rows = std::to_string(log_entry_count(new_inputs) - log_entry_count(old_inputs));
    const std::string contacts = std::to_string(new_inputs.contacts.size() - old_inputs.contacts.size());
    // One undo step of its own, apart from any slider still being dragged.
    end_edit_group();
    edit(std::move(imported).value());
    end_edit_group();
    status_ = i18n::format(tr("import.done"), {{"rows", rows}, {"contacts", contacts}});
}

void Workspace::open_share_link(std::string_view link, OpenInto into) {
    auto scenario = decode_share_payload(link);
    if (!scenario) {
        fail(tr("ui.error.link_failed"), scenario.message());
        return;
    }
    // Like a duplicate, a scenario from a link has no file and nothing to lose
    // yet: the link still holds it.
    open_scenario(std::move(scenario).value(), {}, into, tr("ui.share.opened"));
}

void Workspace::open_scenario(Scenario scenario, const fs::path& path, OpenInto into, std::string status) {
    const ScenarioKind kind = scenario.kind();
    const DocumentRef target{kind, into == OpenInto::b ? Slot::b : tab(kind).editing};
    guard({Pending::Then::replace, {target}, target, Document(std::move(scenario), path), std::move(status)});
}

Outcome<std::string> Workspace::share_link() const { return make_share_link(active_document().scenario(), settings_.share_base); }

void Workspace::guard(Pending pending) {
    std::erase_if(pending.to_ask, [&](DocumentRef ref) {
        const Document* document = find(ref);
        return !document || !document->dirty();
    });
    if (pending.to_ask.empty()) {
        finish(pending);
        return;
    }
    pending_ = std::move(pending);
    prompt_ = Prompt::unsaved_changes;
}

const Document* Workspace::unsaved_document() const {
    if (prompt_ != Prompt::unsaved_changes || !pending_ || pending_->to_ask.empty()) return nullptr;
    return find(pending_->to_ask.front());
}

void Workspace::answer_unsaved(UnsavedAnswer answer) {
    if (prompt_ != Prompt::unsaved_changes || !pending_) return;
    const DocumentRef asked = pending_->to_ask.front();
    switch (answer) {
        case UnsavedAnswer::cancel:
            pending_.reset();
            prompt_ = Prompt::none;
            break;
        case UnsavedAnswer::discard: advance_pending(); break;
        case UnsavedAnswer::save: {
            const Document& document = *find(asked);
            if (document.path().empty()) {
                save_target_ = asked;
                save_continues_pending_ = true;
                prompt_ = Prompt::save_path;
            } else if (save_to(asked, document.path())) {
                advance_pending();
            } else {
                pending_.reset();
                prompt_ = Prompt::none;
            }
            break;
        }
    }
}

void Workspace::advance_pending() {
    pending_->to_ask.erase(pending_->to_ask.begin());
    if (!pending_->to_ask.empty()) {
        prompt_ = Prompt::unsaved_changes;
        return;
    }
    prompt_ = Prompt::none;
    Pending pending = std::move(*pending_);
    pending_.reset();
    finish(pending);
}

void Workspace::finish(Pending& pending) {
    switch (pending.then) {
        case Pending::Then::replace: {
            CalculatorTab& t = tab(pending.target.kind);
            if (pending.target.slot == Slot::b && !t.b) {
                t.b.emplace(std::move(*pending.replacement));
            } else {
                *find(pending.target) = std::move(*pending.replacement);
            }
            active_kind_ = pending.target.kind;
            tab(active_kind_).editing = pending.target.slot;
            const fs::path& path = find(pending.target)->path();
            if (!path.empty()) {
                remember_recent_file(settings_, path.string());
                settings_changed();
            }
            status_ = pending.status_after;
            break;
        }
        case Pending::Then::close_b: {
            CalculatorTab& t = tab(pending.target.kind);
            t.b.reset();
            t.editing = Slot::a;
            break;
        }
        case Pending::Then::quit: quit_requested_ = true; break;
    }
}

void Workspace::choose_path(const fs::path& path) {
    const Prompt answered = prompt_;
    prompt_ = Prompt::none;
    switch (answered) {
        case Prompt::open_path: open_path(path, open_into_); break;
        case Prompt::export_path: export_to(path); break;
        case Prompt::plan_path: export_plan_to(path); break;
        case Prompt::import_path: import_log(path); break;
        case Prompt::save_path:
            if (save_to(save_target_, path)) {
                if (save_continues_pending_) advance_pending();
            } else {
                pending_.reset();
            }
            save_continues_pending_ = false;
            break;
        default: break;
    }
}

void Workspace::choose_share_link(std::string_view link) {
    if (prompt_ != Prompt::open_path) return;
    prompt_ = Prompt::none;
    open_share_link(link, open_into_);
}

void Workspace::cancel_prompt() {
    // Cancelling the file name of a "save first?" cancels what asked for it.
    if (prompt_ == Prompt::save_path && save_continues_pending_) pending_.reset();
    if (prompt_ == Prompt::unsaved_changes) pending_.reset();
    save_continues_pending_ = false;
    prompt_ = Prompt::none;
}

fs::path Workspace::suggested_path() const {
    const Document* document = prompt_ == Prompt::save_path ? find(save_target_) : &active_document();
    fs::path folder = settings_.recent_files.empty() ? fs::path() : fs::path(settings_.recent_files.front()).parent_path();
    std::string stem = std::string(to_string(document->kind()));
    if (!document->path().empty()) {
        folder = document->path().parent_path();
        stem = document->path().stem().string();
    }
    switch (prompt_) {
        case Prompt::export_path:
            return folder / (stem + (document->kind() == ScenarioKind::vcp ? "-contacts.csv" : "-months.csv"));
        case Prompt::plan_path: return folder / (stem + "-plan.html");
        case Prompt::save_path: return document->path().empty() ? folder / (stem + ".json") : document->path();
        default: return folder.empty() ? fs::path() : folder / "";
    }
}

bool Workspace::save_to(DocumentRef ref, const fs::path& requested) {
    const fs::path path = absolute_path(requested);
    Document* document = find(ref);
    if (!document) return false;
    if (auto problem = write_file_atomically(path, scenario_file_text(document->scenario()))) {
        fail(i18n::format(tr("ui.error.save_failed"), {{"path", path.string()}}), *problem);
        return false;
    }
    document->mark_saved(path);
    remember_recent_file(settings_, path.string());
    settings_changed();
    status_ = i18n::format(tr("ui.status.saved"), {{"path", path.string()}});
    return true;
}

void Workspace::export_to(const fs::path& requested) {
    const fs::path path = absolute_path(requested);
    const Evaluation& evaluation = active_document().evaluation();
    std::string csv;
    if (const auto* program = evaluation.program()) csv = program_months_csv(*program, text(), numbers_);
    if (const auto* vcp = evaluation.vcp()) csv = vcp_contacts_csv(*vcp, text(), numbers_);
    if (csv.empty()) return;
    write_export(path, csv);
}

void Workspace::export_plan_to(const fs::path& requested) {
    const Document& document = active_document();
    if (!document.evaluation().ok()) return;
    const auto link = share_link();
    write_export(absolute_path(requested),
                 plan_html({document.evaluation(), link, today(), document.preset()}, text(), numbers_));
}

void Workspace::write_export(const fs::path& path, const std::string& content) {
    if (auto problem = write_file_atomically(path, content)) {
        fail(i18n::format(tr("ui.error.export_failed"), {{"path", path.string()}}), *problem);
        return;
    }
    status_ = i18n::format(tr("ui.status.exported"), {{"path", path.string()}});
}

void Workspace::fail(std::string text, std::string details) {
    error_ = Notice{std::move(text), std::move(details)};
    status_.clear();
}

void Workspace::set_language(std::string_view language) {
    if (!i18n::is_language(language) || language == settings_.language) return;
    settings_.language = language;
    catalog_ = &i18n::Catalog::of(language);
    numbers_ = i18n::NumberFormat(language);
    settings_changed();
}

void Workspace::set_theme(Theme theme) {
    if (theme == settings_.theme) return;
    settings_.theme = theme;
    settings_changed();
}

void Workspace::set_zoom(float zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == settings_.zoom) return;
    settings_.zoom = zoom;
    settings_changed();
}

void Workspace::set_share_base(std::string base) {
    if (base == settings_.share_base) return;
    settings_.share_base = std::move(base);
    settings_changed();
}

void Workspace::settings_changed() { settings_unstored_ = !settings_path_.empty(); }

void Workspace::store_settings() {
    if (!settings_unstored_) return;
    settings_unstored_ = false;
    // Settings are a convenience: failing to store them must not interrupt work.
    save_settings(settings_path_, settings_);
}

Workspace::~Workspace() { store_settings(); }

}  // namespace passaparola::desktop
