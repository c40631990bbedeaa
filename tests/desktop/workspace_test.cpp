// The workspace: commands, the unsaved-changes questions, files, A/B and share
// links, as the menus and shortcuts drive them.
#include <gtest/gtest.h>

#include "program_scenarios.hpp"
#include "passaparola/share_link.hpp"
#include "scenario_files.hpp"
#include "temp_folder.hpp"
#include "workspace.hpp"

namespace passaparola::desktop {
namespace {

using test::customers_of;
using test::program_with_customers;

using test::TempFolder;

class FakeClipboard : public Clipboard {
public:
    std::string text() const override { return content; }
    void set_text(const std::string& text) override { content = text; }
    std::string content;
};

class WorkspaceTest : public testing::Test {
protected:
    Workspace make(Settings settings = {}) { return Workspace(std::move(settings), {}, &clipboard); }

    std::filesystem::path save_program(const std::string& name, double customers) {
        const auto path = folder / name;
        EXPECT_EQ(write_file_atomically(path, scenario_file_text(program_with_customers(customers))), std::nullopt);
        return path;
    }

    TempFolder folder;
    FakeClipboard clipboard;
};

TEST_F(WorkspaceTest, StartsWithTheDefaultsOfEveryCalculator) {
    Workspace ws = make();
    EXPECT_EQ(ws.active_kind(), ScenarioKind::program);
    for (auto kind : {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp}) {
        EXPECT_TRUE(same_scenario(ws.tab(kind).a.scenario(), default_scenario(kind)));
        EXPECT_FALSE(ws.tab(kind).b.has_value());
    }
    EXPECT_FALSE(ws.any_unsaved());
}

TEST_F(WorkspaceTest, NewOnACleanDocumentNeedsNoQuestion) {
    Workspace ws = make();
    ws.run(Command::new_scenario);
    EXPECT_EQ(ws.prompt(), Prompt::none);
}

TEST_F(WorkspaceTest, NewAsksBeforeLosingChangesAndCancelKeepsThem) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    ws.run(Command::new_scenario);
    ASSERT_EQ(ws.prompt(), Prompt::unsaved_changes);
    EXPECT_EQ(ws.unsaved_document(), &ws.active_document());
    ws.answer_unsaved(UnsavedAnswer::cancel);
    EXPECT_EQ(ws.prompt(), Prompt::none);
    EXPECT_EQ(customers_of(ws.active_document()), 900);
}

TEST_F(WorkspaceTest, NewAfterDiscardStartsOver) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    ws.run(Command::new_scenario);
    ws.answer_unsaved(UnsavedAnswer::discard);
    EXPECT_EQ(ws.prompt(), Prompt::none);
    EXPECT_EQ(customers_of(ws.active_document()), 500);
    EXPECT_FALSE(ws.active_document().dirty());
}

TEST_F(WorkspaceTest, SaveFirstAsksForANameThenGoesOn) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    ws.run(Command::new_scenario);
    ws.answer_unsaved(UnsavedAnswer::save);
    ASSERT_EQ(ws.prompt(), Prompt::save_path);
    EXPECT_EQ(ws.suggested_path().filename(), "program.json");
    ws.choose_path(folder / "first.json");
    EXPECT_EQ(ws.prompt(), Prompt::none);
    EXPECT_EQ(customers_of(ws.active_document()), 500) << "the new scenario followed the save";
    const auto saved = read_scenario_file(folder / "first.json");
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(std::get<ProgramInputs>(saved->inputs).customers, 900);
}

TEST_F(WorkspaceTest, CancellingTheNameCancelsTheNew) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    ws.run(Command::new_scenario);
    ws.answer_unsaved(UnsavedAnswer::save);
    ws.cancel_prompt();
    EXPECT_EQ(ws.prompt(), Prompt::none);
    EXPECT_EQ(customers_of(ws.active_document()), 900);
    EXPECT_TRUE(ws.active_document().dirty());
}

TEST_F(WorkspaceTest, SaveWithAPathWritesAtOnce) {
    Workspace ws = make();
    ws.open_path(save_program("plan.json", 700));
    ws.edit(program_with_customers(800));
    ws.run(Command::save);
    EXPECT_EQ(ws.prompt(), Prompt::none);
    EXPECT_FALSE(ws.active_document().dirty());
    EXPECT_EQ(std::get<ProgramInputs>(read_scenario_file(folder / "plan.json")->inputs).customers, 800);
    EXPECT_NE(ws.status().find("plan.json"), std::string::npos);
}

TEST_F(WorkspaceTest, AFailedSaveKeepsTheChangesAndSaysWhy) {
    Workspace ws = make();
    ws.edit(program_with_customers(800));
    ws.run(Command::save);
    ASSERT_EQ(ws.prompt(), Prompt::save_path);
    ws.choose_path(folder / "missing-folder" / "plan.json");
    ASSERT_TRUE(ws.error().has_value());
    EXPECT_NE(ws.error()->text.find("plan.json"), std::string::npos);
    EXPECT_FALSE(ws.error()->details.empty());
    EXPECT_TRUE(ws.active_document().dirty());
    EXPECT_TRUE(ws.active_document().path().empty());
}

TEST_F(WorkspaceTest, OpenGoesToTheTabOfTheFilesKind) {
    Workspace ws = make();
    Scenario cards = default_scenario(ScenarioKind::gift_card);
    std::get<GiftCardInputs>(cards.inputs).card_value = 25;
    ASSERT_EQ(write_file_atomically(folder / "cards.json", scenario_file_text(cards)), std::nullopt);
    ws.run(Command::open);
    ASSERT_EQ(ws.prompt(), Prompt::open_path);
    ws.choose_path(folder / "cards.json");
    EXPECT_EQ(ws.active_kind(), ScenarioKind::gift_card);
    EXPECT_EQ(std::get<GiftCardInputs>(ws.active_document().scenario().inputs).card_value, 25);
    EXPECT_EQ(ws.active_document().path(), folder / "cards.json");
    EXPECT_FALSE(ws.active_document().dirty());
    EXPECT_EQ(ws.settings().recent_files.front(), (folder / "cards.json").string());
}

TEST_F(WorkspaceTest, RelativePathsAreRememberedAbsolute) {
    save_program("plan.json", 700);
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(folder.path());
    Workspace ws = make();
    ws.open_path("plan.json");
    std::filesystem::current_path(previous);
    EXPECT_EQ(ws.active_document().path(), folder / "plan.json");
    EXPECT_EQ(ws.settings().recent_files.front(), (folder / "plan.json").string());
}

TEST_F(WorkspaceTest, AFileThatDoesNotParseOpensNothingAndSaysWhy) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    test::write_file(folder / "bad.json", R"({"schema": "passaparola/1", "kind": "program", "inputs": {"custmers": 3}})");
    ws.open_path(folder / "bad.json");
    EXPECT_EQ(ws.prompt(), Prompt::none);
    ASSERT_TRUE(ws.error().has_value());
    EXPECT_NE(ws.error()->details.find("inputs.custmers"), std::string::npos) << ws.error()->details;
    EXPECT_EQ(customers_of(ws.active_document()), 900);
    EXPECT_TRUE(ws.settings().recent_files.empty());
    ws.dismiss_error();
    EXPECT_FALSE(ws.error().has_value());
}

TEST_F(WorkspaceTest, AMissingRecentFileIsForgotten) {
    Settings settings;
    settings.recent_files = {(folder / "gone.json").string()};
    Workspace ws = make(settings);
    ws.open_path(folder / "gone.json");
    EXPECT_TRUE(ws.error().has_value());
    EXPECT_TRUE(ws.settings().recent_files.empty());
}

TEST_F(WorkspaceTest, OpeningOverUnsavedWorkAsksFirst) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    ws.open_path(save_program("other.json", 300));
    ASSERT_EQ(ws.prompt(), Prompt::unsaved_changes);
    ws.answer_unsaved(UnsavedAnswer::discard);
    EXPECT_EQ(customers_of(ws.active_document()), 300);
}

TEST_F(WorkspaceTest, OpenIntoBComparesTwoFiles) {
    Workspace ws = make();
    ws.open_path(save_program("a.json", 300));
    ws.open_path(save_program("b.json", 900), OpenInto::b);
    const CalculatorTab& tab = ws.tab(ScenarioKind::program);
    ASSERT_TRUE(tab.b.has_value());
    EXPECT_EQ(customers_of(tab.a), 300);
    EXPECT_EQ(customers_of(*tab.b), 900);
    EXPECT_EQ(tab.b->path(), folder / "b.json");
    EXPECT_EQ(ws.active_ref().slot, Slot::b);
}

TEST_F(WorkspaceTest, OpenAsBAsksForAFileAndKeepsA) {
    Workspace ws = make();
    ws.open_path(save_program("a.json", 300));
    const auto b_file = save_program("b.json", 900);
    ws.run(Command::open_as_b);
    EXPECT_EQ(ws.prompt(), Prompt::open_path);
    EXPECT_EQ(ws.opening_into(), OpenInto::b);
    ws.choose_path(b_file);
    const CalculatorTab& tab = ws.tab(ScenarioKind::program);
    ASSERT_TRUE(tab.b.has_value());
    EXPECT_EQ(customers_of(tab.a), 300);
    EXPECT_EQ(customers_of(*tab.b), 900);
    EXPECT_EQ(tab.b->path(), b_file);
    EXPECT_EQ(ws.active_ref().slot, Slot::b);

    // A plain Open afterwards replaces the document being edited, not a new B.
    ws.run(Command::open);
    EXPECT_EQ(ws.opening_into(), OpenInto::edited);
    ws.choose_path(save_program("c.json", 1200));
    EXPECT_EQ(customers_of(tab.a), 300);
    EXPECT_EQ(customers_of(*tab.b), 1200);
}

TEST_F(WorkspaceTest, OpenAsBTakesAPastedShareLink) {
    Workspace ws = make();
    ws.edit(program_with_customers(300));
    ws.run(Command::open_as_b);
    ws.choose_share_link(make_share_link(program_with_customers(700), "https://example.org/calc").value());
    EXPECT_EQ(ws.prompt(), Prompt::none);
    const CalculatorTab& tab = ws.tab(ScenarioKind::program);
    ASSERT_TRUE(tab.b.has_value());
    EXPECT_EQ(customers_of(tab.a), 300);
    EXPECT_EQ(customers_of(*tab.b), 700);
    EXPECT_TRUE(tab.b->path().empty());
    EXPECT_TRUE(tab.a.dirty()) << "A keeps its unsaved changes";
}

TEST_F(WorkspaceTest, OpenAsBOverAChangedBAsksFirst) {
    Workspace ws = make();
    ws.run(Command::duplicate_as_b);
    ws.edit(program_with_customers(650));  // B is edited
    ws.run(Command::open_as_b);
    ws.choose_path(save_program("b.json", 900));
    EXPECT_EQ(ws.prompt(), Prompt::unsaved_changes);
    ws.answer_unsaved(UnsavedAnswer::cancel);
    EXPECT_EQ(customers_of(*ws.tab(ScenarioKind::program).b), 650);
}

TEST_F(WorkspaceTest, ALinkOutsideTheOpenPromptIsIgnored) {
    Workspace ws = make();
    ws.choose_share_link(make_share_link(program_with_customers(700), "").value());
    EXPECT_FALSE(ws.tab(ScenarioKind::program).b.has_value());
    EXPECT_EQ(customers_of(ws.active_document()), customers_of(Document(default_scenario(ScenarioKind::program))));
}

TEST_F(WorkspaceTest, QuitAsksAboutEveryUnsavedDocument) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    ws.select_kind(ScenarioKind::gift_card);
    Scenario cards = default_scenario(ScenarioKind::gift_card);
    std::get<GiftCardInputs>(cards.inputs).waves = 2;
    ws.edit(cards);
    ws.run(Command::quit);
    ASSERT_EQ(ws.prompt(), Prompt::unsaved_changes);
    EXPECT_EQ(ws.unsaved_document()->kind(), ScenarioKind::program);
    ws.answer_unsaved(UnsavedAnswer::discard);
    ASSERT_EQ(ws.prompt(), Prompt::unsaved_changes);
    EXPECT_EQ(ws.unsaved_document()->kind(), ScenarioKind::gift_card);
    ws.answer_unsaved(UnsavedAnswer::cancel);
    EXPECT_FALSE(ws.quit_requested());
    ws.run(Command::quit);
    ws.answer_unsaved(UnsavedAnswer::discard);
    ws.answer_unsaved(UnsavedAnswer::discard);
    EXPECT_TRUE(ws.quit_requested());
}

TEST_F(WorkspaceTest, QuitWithNothingUnsavedQuitsAtOnce) {
    Workspace ws = make();
    ws.run(Command::quit);
    EXPECT_TRUE(ws.quit_requested());
}

TEST_F(WorkspaceTest, QuitSavesDocumentsThatHaveAFile) {
    Workspace ws = make();
    ws.open_path(save_program("plan.json", 700));
    ws.edit(program_with_customers(750));
    ws.run(Command::quit);
    ws.answer_unsaved(UnsavedAnswer::save);
    EXPECT_TRUE(ws.quit_requested());
    EXPECT_EQ(std::get<ProgramInputs>(read_scenario_file(folder / "plan.json")->inputs).customers, 750);
}

TEST_F(WorkspaceTest, DuplicateMakesAnEditableB) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    ASSERT_TRUE(ws.can_run(Command::duplicate_as_b));
    ws.run(Command::duplicate_as_b);
    CalculatorTab& tab = ws.tab(ScenarioKind::program);
    ASSERT_TRUE(tab.b.has_value());
    EXPECT_EQ(ws.active_ref().slot, Slot::b);
    EXPECT_TRUE(same_scenario(tab.b->scenario(), tab.a.scenario()));
    EXPECT_FALSE(ws.can_run(Command::duplicate_as_b));
    ws.edit(program_with_customers(1200));
    EXPECT_EQ(customers_of(*tab.b), 1200);
    EXPECT_EQ(customers_of(tab.a), 900);
    ws.select_slot(Slot::a);
    EXPECT_EQ(&ws.active_document(), &tab.a);
}

TEST_F(WorkspaceTest, ClosingAChangedBAsks) {
    Workspace ws = make();
    ws.run(Command::duplicate_as_b);
    ws.edit(program_with_customers(1200));
    ws.run(Command::close_b);
    ASSERT_EQ(ws.prompt(), Prompt::unsaved_changes);
    ws.answer_unsaved(UnsavedAnswer::discard);
    EXPECT_FALSE(ws.tab(ScenarioKind::program).b.has_value());
    EXPECT_EQ(ws.active_ref().slot, Slot::a);
}

TEST_F(WorkspaceTest, UndoAndRedoActOnTheEditedDocument) {
    Workspace ws = make();
    ws.edit(program_with_customers(600));
    ws.run(Command::duplicate_as_b);
    ws.edit(program_with_customers(700));
    ws.run(Command::undo);
    EXPECT_EQ(customers_of(*ws.tab(ScenarioKind::program).b), 600);
    EXPECT_EQ(customers_of(ws.tab(ScenarioKind::program).a), 600);
    ws.run(Command::redo);
    EXPECT_EQ(customers_of(*ws.tab(ScenarioKind::program).b), 700);
    EXPECT_FALSE(ws.can_run(Command::redo));
}

TEST_F(WorkspaceTest, ResetToDefaultsCanBeUndone) {
    Workspace ws = make();
    ws.edit(program_with_customers(600));
    ws.run(Command::reset_inputs);
    EXPECT_EQ(customers_of(ws.active_document()), 500);
    ws.run(Command::undo);
    EXPECT_EQ(customers_of(ws.active_document()), 600);
}

TEST_F(WorkspaceTest, ShareLinkRoundTripsThroughTheClipboard) {
    Settings settings;
    settings.share_base = "https://example.org/calculator";
    Workspace ws = make(settings);
    ws.edit(program_with_customers(1234));
    ws.run(Command::copy_share_link);
    EXPECT_TRUE(clipboard.content.starts_with("https://example.org/calculator#s="));
    const auto decoded = decode_share_payload(clipboard.content);
    ASSERT_TRUE(decoded.ok());
    EXPECT_TRUE(same_scenario(*decoded, ws.active_document().scenario()));

    Workspace other = make();
    other.run(Command::open_share_link);
    EXPECT_EQ(customers_of(other.active_document()), 1234);
}

TEST_F(WorkspaceTest, AShareLinkOfAnotherKindOpensInItsTab) {
    Workspace ws = make();
    VcpInputs network;
    network.contacts.push_back(Contact{"Anna", {}, {}, {"maven"}});
    clipboard.content = make_share_link(Scenario{network, {}}, "").value();
    ws.run(Command::open_share_link);
    EXPECT_EQ(ws.active_kind(), ScenarioKind::vcp);
    EXPECT_EQ(std::get<VcpInputs>(ws.active_document().scenario().inputs).contacts.at(0).name, "Anna");
}

TEST_F(WorkspaceTest, ABrokenShareLinkChangesNothing) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    clipboard.content = "https://example.org/#s=z1.%%%not-base64";
    ws.run(Command::open_share_link);
    ASSERT_TRUE(ws.error().has_value());
    EXPECT_FALSE(ws.error()->details.empty());
    EXPECT_EQ(customers_of(ws.active_document()), 900);
    EXPECT_EQ(ws.prompt(), Prompt::none);
}

TEST_F(WorkspaceTest, ExportWritesTheMonthlyTable) {
    Workspace ws = make();
    ws.run(Command::export_csv);
    ASSERT_EQ(ws.prompt(), Prompt::export_path);
    EXPECT_EQ(ws.suggested_path().filename(), "program-months.csv");
    ws.choose_path(folder / "months.csv");
    const std::string csv = test::read_file(folder / "months.csv");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 13) << "a header and 12 months";
    EXPECT_NE(ws.status().find("months.csv"), std::string::npos);
}

TEST_F(WorkspaceTest, ExportWritesTheContactTable) {
    Workspace ws = make();
    ws.select_kind(ScenarioKind::vcp);
    VcpInputs network;
    network.contacts = {Contact{"Anna", {}, {}, {}}, Contact{"Bruno", {}, {}, {}}};
    ws.edit(Scenario{network, {}});
    ws.run(Command::export_csv);
    EXPECT_EQ(ws.suggested_path().filename(), "vcp-contacts.csv");
    ws.choose_path(folder / "contacts.csv");
    const std::string csv = test::read_file(folder / "contacts.csv");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3);
    EXPECT_NE(csv.find("Bruno"), std::string::npos);
}

TEST_F(WorkspaceTest, GiftCardsHaveNoTableToExport) {
    Workspace ws = make();
    ws.select_kind(ScenarioKind::gift_card);
    EXPECT_FALSE(ws.can_run(Command::export_csv));
    ws.run(Command::export_csv);
    EXPECT_EQ(ws.prompt(), Prompt::none);
}

TEST_F(WorkspaceTest, LanguageSwitchChangesTextAndNumbers) {
    Workspace ws = make();
    ws.set_language("it");
    EXPECT_STREQ(ws.text().text("ui.file.save"), "Salva");
    EXPECT_EQ(ws.numbers().number(12345.5, 1), "12.345,5");
    ws.set_language("xx");
    EXPECT_EQ(ws.settings().language, "it");
}

TEST_F(WorkspaceTest, SettingsAreWrittenWhenThePlatformStoresThem) {
    const auto path = folder / "config" / "desktop.json";
    Workspace ws(Settings{}, path, &clipboard);
    const auto file = save_program("plan.json", 300);
    ws.open_path(file);  // a recent file: a change of the settings
    ws.set_language("fi");
    EXPECT_FALSE(std::filesystem::exists(path)) << "nothing is written before the frame is on screen";
    ws.store_settings();
    EXPECT_EQ(load_settings(path).language, "fi");
    EXPECT_EQ(load_settings(path).recent_files, std::vector<std::string>{file.string()});
    std::filesystem::remove(path);
    ws.store_settings();
    EXPECT_FALSE(std::filesystem::exists(path)) << "unchanged settings are not written again";
}

TEST_F(WorkspaceTest, SettingsAreStoredOnlyWithAPath) {
    const auto path = folder / "config" / "desktop.json";
    {
        Workspace ws(Settings{}, path, &clipboard);
        ws.set_language("fi");
        ws.set_theme(Theme::dark);
    }
    EXPECT_EQ(load_settings(path).language, "fi");
    EXPECT_EQ(load_settings(path).theme, Theme::dark);
    Workspace unstored = make();
    unstored.set_language("it");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder.path()), std::filesystem::directory_iterator()), 1);
}

TEST_F(WorkspaceTest, CommandsWaitWhileAQuestionIsOpen) {
    Workspace ws = make();
    ws.edit(program_with_customers(900));
    ws.run(Command::new_scenario);
    ws.run(Command::undo);
    EXPECT_EQ(customers_of(ws.active_document()), 900);
}

TEST(Shortcuts, CtrlLettersMapToCommands) {
    EXPECT_EQ(shortcut_command('N', true, false), Command::new_scenario);
    EXPECT_EQ(shortcut_command('O', true, false), Command::open);
    EXPECT_EQ(shortcut_command('S', true, false), Command::save);
    EXPECT_EQ(shortcut_command('S', true, true), Command::save_as);
    EXPECT_EQ(shortcut_command('Z', true, false), Command::undo);
    EXPECT_EQ(shortcut_command('Y', true, false), Command::redo);
    EXPECT_EQ(shortcut_command('Z', true, true), Command::redo);
    EXPECT_EQ(shortcut_command('S', false, false), std::nullopt);
    EXPECT_EQ(shortcut_command('K', true, false), std::nullopt);
    EXPECT_EQ(shortcut_text(Command::save), "Ctrl+S");
    EXPECT_EQ(shortcut_text(Command::export_csv), "");
}

// GLFW's key codes are US places ('Y' is the key right of T); the second
// argument is what the user's layout types there.
TEST(Shortcuts, FollowTheLetterOnTheKey) {
    // German QWERTZ: Z and Y swap places.
    EXPECT_EQ(key_as_labelled('Y', "z"), 'Z');
    EXPECT_EQ(key_as_labelled('Z', "y"), 'Y');
    EXPECT_EQ(shortcut_command(static_cast<char>(key_as_labelled('Y', "z")), true, false), Command::undo);
    // French AZERTY: A and Q swap, and M sits where US has the semicolon.
    EXPECT_EQ(key_as_labelled('A', "q"), 'Q');
    EXPECT_EQ(key_as_labelled(';', "m"), 'M');
    // US and Italian layouts: the place is the letter.
    EXPECT_EQ(key_as_labelled('S', "s"), 'S');
    EXPECT_EQ(key_as_labelled('N', "N"), 'N');
}

TEST(Shortcuts, KeepTheUsPlaceWhenTheLayoutHasNoLatinLetter) {
    EXPECT_EQ(key_as_labelled('Z', "\xD1\x8F"), 'Z');  // Russian я
    EXPECT_EQ(key_as_labelled('Z', ""), 'Z');  // no name (a dead key)
    EXPECT_EQ(key_as_labelled('1', "&"), '1');  // AZERTY's digit row types signs
    EXPECT_EQ(key_as_labelled(265, "z"), 265);  // not a printable key (an arrow)
}

}  // namespace
}  // namespace passaparola::desktop
