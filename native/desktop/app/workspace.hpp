#pragma once
// Everything the simulator holds between frames, apart from drawing: one tab
// per calculator with scenario A and an optional duplicate B, the commands of
// the menus and shortcuts, the questions they need answered (unsaved changes,
// a file name) and the settings. The UI only draws this state and forwards the
// user's answers, so all of it is tested without a window.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "document.hpp"
#include "i18n/catalog.hpp"
#include "i18n/number_format.hpp"
#include "settings.hpp"

namespace passaparola::desktop {

enum class Slot { a, b };
// Where an opened scenario goes: over the document being edited in its
// calculator's tab, or into that tab's scenario B (to compare two plans).
enum class OpenInto { edited, b };

struct DocumentRef {
    ScenarioKind kind = ScenarioKind::program;
    Slot slot = Slot::a;
    bool operator==(const DocumentRef&) const = default;
};

struct CalculatorTab {
    explicit CalculatorTab(ScenarioKind kind) : a(default_scenario(kind)) {}

    Document a;
    std::optional<Document> b;  // a what-if copy of A
    Slot editing = Slot::a;
};

// What the UI must ask before the workspace can go on.
enum class Prompt { none, unsaved_changes, open_path, save_path, export_path, plan_path, import_path };
enum class UnsavedAnswer { save, discard, cancel };

struct Notice {
    std::string text;
    std::string details;  // the problems, one per line
};

// The system clipboard, supplied by the platform (or a test).
class Clipboard {
public:
    virtual ~Clipboard() = default;
    virtual std::string text() const = 0;
    virtual void set_text(const std::string& text) = 0;
};

class Workspace {
public:
    // With an empty `settings_path` the settings are used but never written.
    Workspace(Settings settings, std::filesystem::path settings_path, Clipboard* clipboard = nullptr);
    // Stores changed settings (store_settings).
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Tabs and documents.
    ScenarioKind active_kind() const { return active_kind_; }
    void select_kind(ScenarioKind kind) { active_kind_ = kind; }
    CalculatorTab& tab(ScenarioKind kind) { return tabs_[static_cast<int>(kind)]; }
    const CalculatorTab& tab(ScenarioKind kind) const { return tabs_[static_cast<int>(kind)]; }
    DocumentRef active_ref() const { return {active_kind_, tab(active_kind_).editing}; }
    Document& active_document() { return *find(active_ref()); }
    const Document& active_document() const { return *find(active_ref()); }
    Document* find(DocumentRef ref);
    const Document* find(DocumentRef ref) const;
    void select_slot(Slot slot);
    bool any_unsaved() const;

    // A change of the active document's inputs (see Document::edit); a
    // scenario of another kind is ignored.
    void edit(Scenario next, std::string_view group = {});
    void end_edit_group() { active_document().end_edit_group(); }

    // Fills the inputs the preset covers in the active document (one undo
    // step); false when the preset does not fill this calculator.
    bool apply_preset(std::string_view id);

    bool can_run(Command command) const;
    // Runs the command, or raises the prompt it needs first.
    void run(Command command);

    // Opens a scenario file into its calculator's tab (a recent file, the
    // answer to the open prompt, --open). A file that does not parse opens
    // nothing and leaves an error notice.
    void open_path(const std::filesystem::path& path, OpenInto into = OpenInto::edited);
    // Same for a share link or bare payload.
    void open_share_link(std::string_view link, OpenInto into = OpenInto::edited);
    // Adds the referrals of a CSV file (core/referral_log_import.hpp) to the
    // VCP assessment being edited, as one undo step. A file with any bad row
    // changes nothing and leaves an error notice with every problem worded in
    // the interface's language, one per line.
    void import_log(const std::filesystem::path& path);
    // Where the open prompt puts the scenario (Open or Open as scenario B).
    OpenInto opening_into() const { return open_into_; }
    // The link of the active document, with the page address of the settings.
    Outcome<std::string> share_link() const;

    Prompt prompt() const { return prompt_; }
    // The document the unsaved-changes prompt asks about.
    const Document* unsaved_document() const;
    void answer_unsaved(UnsavedAnswer answer);
    // The answer to the open, save, export, plan or import prompt.
    void choose_path(const std::filesystem::path& path);
    // The answer to the open prompt when a share link was pasted instead of a path.
    void choose_share_link(std::string_view link);
    void cancel_prompt();
    // Where the open, save, export, plan or import prompt should start.
    std::filesystem::path suggested_path() const;

    bool quit_requested() const { return quit_requested_; }

    const std::optional<Notice>& error() const { return error_; }
    void dismiss_error() { error_.reset(); }
    const std::string& status() const { return status_; }

    const Settings& settings() const { return settings_; }
    // Writes the settings if they changed since the last write. Changes only
    // mark them, so the platform writes after a frame is on screen: opening a
    // file at start-up (a recent file) costs the first frame no disk sync, and
    // typing the share address writes once per frame, not per key.
    void store_settings();
    void set_language(std::string_view language);
    void set_theme(Theme theme);
    void set_zoom(float zoom);
    void set_share_base(std::string base);

    const i18n::Catalog& text() const { return *catalog_; }
    const i18n::NumberFormat& numbers() const { return numbers_; }

private:
    // Work that drops or replaces documents, held until every document it
    // would lose unsaved changes of has been answered for.
    struct Pending {
        enum class Then { replace, close_b, quit } then;
        std::vector<DocumentRef> to_ask;
        DocumentRef target;
        std::optional<Document> replacement;
        std::string status_after;
    };

    void open_scenario(Scenario scenario, const std::filesystem::path& path, OpenInto into, std::string status);
    void guard(Pending pending);
    void advance_pending();
    void finish(Pending& pending);
    bool save_to(DocumentRef ref, const std::filesystem::path& path);
    void export_to(const std::filesystem::path& path);
    void export_plan_to(const std::filesystem::path& path);
    // Writes atomically; a failure leaves any previous file as it was.
    void write_export(const std::filesystem::path& path, const std::string& content);
    std::vector<DocumentRef> unsaved_documents() const;
    void fail(std::string text, std::string details);
    void settings_changed();
    const char* tr(std::string_view key) const { return catalog_->text(key); }

    CalculatorTab tabs_[3];
    ScenarioKind active_kind_ = ScenarioKind::program;
    Settings settings_;
    std::filesystem::path settings_path_;
    Clipboard* clipboard_;
    const i18n::Catalog* catalog_;
    i18n::NumberFormat numbers_;

    Prompt prompt_ = Prompt::none;
    std::optional<Pending> pending_;
    DocumentRef save_target_;
    OpenInto open_into_ = OpenInto::edited;
    bool save_continues_pending_ = false;
    bool quit_requested_ = false;
    bool settings_unstored_ = false;
    std::optional<Notice> error_;
    std::string status_;
};

}  // namespace passaparola::desktop
