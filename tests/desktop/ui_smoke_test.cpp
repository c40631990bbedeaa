// Every panel drawn for hundreds of frames without a window or GL: an ImGui
// context with its font atlas built in memory and the display size set by
// hand. Inputs change between frames (through the workspace and through
// simulated mouse clicks, drags and typing), in all three languages and both
// themes. IM_ASSERT aborts (passaparola_imconfig.h), so any ImGui check that
// fails, or any crash in the drawing code, fails the test.
#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <thread>
#include <utility>

#include "app_ui.hpp"
#include "key_figures.hpp"
#include "passaparola/presets.hpp"
#include "fonts.hpp"
#include "temp_folder.hpp"

namespace passaparola::desktop::ui {
namespace {

constexpr ScenarioKind kKinds[] = {ScenarioKind::program, ScenarioKind::gift_card, ScenarioKind::vcp};

// An ImGui context that renders into draw lists only.
class HeadlessImGui {
public:
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60;
        // Key indices as a platform backend would map them.
        const ImGuiKey keys[] = {ImGuiKey_Tab, ImGuiKey_Enter, ImGuiKey_Escape, ImGuiKey_Backspace,
                                 ImGuiKey_LeftArrow, ImGuiKey_RightArrow};
        for (int i = 0; i < static_cast<int>(std::size(keys)); ++i) io.KeyMap[keys[i]] = 300 + i;
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }

    // One frame; returns the number of vertices drawn.
    int frame(AppUi& app, Appearance& appearance, const Workspace& ws) {
        appearance.update(ws.settings().theme, ws.settings().zoom);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // what a renderer uploads
        ImGui::NewFrame();
        app.draw();
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }
};

// A scenario with every real, integer and boolean input drawn at random from
// the core's metadata (its whole range, ends included).
Scenario random_scenario(ScenarioKind kind, std::mt19937& random) {
    Json document = write_scenario(default_scenario(kind));
    for (const auto& info : input_infos(kind)) {
        if (info.kind == InputKind::date) continue;  // absent: the log's latest date stands in
        Json& value = document["inputs"][std::string(info.name)];
        const int pick = std::uniform_int_distribution<int>(0, 9)(random);
        const double top = info.slider_max > 0 && pick < 7 ? info.slider_max : info.max;
        const double x = pick == 8 ? info.min : pick == 9 ? info.max : std::uniform_real_distribution<double>(info.min, top)(random);
        if (info.is_real_valued()) value = x;
        if (info.kind == InputKind::integer) value = static_cast<int>(std::round(x));
        if (info.kind == InputKind::boolean) value = pick % 2 == 0;
        if (info.kind == InputKind::choice) value = info.choices[static_cast<std::size_t>(pick) % info.choices.size()];
    }
    if (kind != ScenarioKind::vcp) {
        // Ranges on some real inputs, so the what-if section runs its simulations.
        Json uncertainty = Json::object();
        for (const auto& info : input_infos(kind)) {
            if (!info.is_real_valued() || random() % 4 != 0) continue;
            const double v = document["inputs"][std::string(info.name)].get<double>();
            std::uniform_real_distribution<double> around(info.min, std::min(info.max, std::max(v, info.min) * 2 + 1));
            double bounds[] = {around(random), v, around(random)};
            std::sort(std::begin(bounds), std::end(bounds));
            uncertainty[std::string(info.name)] = {{"low", bounds[0]}, {"likely", bounds[1]}, {"high", bounds[2]}};
        }
        if (!uncertainty.empty()) document["uncertainty"] = uncertainty;
    }
    if (kind == ScenarioKind::vcp) {
        const int contacts = std::uniform_int_distribution<int>(0, 40)(random);
        Json& list = document["inputs"]["contacts"] = Json::array();
        for (int i = 0; i < contacts; ++i) {
            Json contact = {{"name", "Contatto " + std::to_string(i) + " àèìòù äö"}};
            for (const char* side : {"mine", "theirs"}) {
                for (auto field : direction_fields()) {
                    if (field == "referrals_per_quarter") {
                        contact[side][std::string(field)] = std::uniform_int_distribution<int>(0, 5)(random);
                    } else {
                        contact[side][std::string(field)] = random() % 2 == 0;
                    }
                }
            }
            Json traits = Json::array();
            for (const auto& trait : trait_infos()) {
                if (random() % 3 == 0) traits.push_back(trait.name);
            }
            contact["traits"] = traits;
            // About half the contacts keep a referral log: dated entries over
            // two years, some outside the period reviewed, some with business.
            if (random() % 2 == 0) {
                const int entries = std::uniform_int_distribution<int>(1, 12)(random);
                const int first_day = parse_iso_date("2024-06-01")->days;
                for (int e = 0; e < entries; ++e) {
                    const Date day{first_day + std::uniform_int_distribution<int>(0, 730)(random)};
                    const double value = random() % 3 == 0 ? 0 : std::uniform_real_distribution<double>(0, 25000)(random);
                    contact["log"].push_back({{"date", to_string(day)},
                                              {"direction", random() % 2 == 0 ? "given" : "received"},
                                              {"closed_value", std::round(value * 100) / 100}});
                }
            }
            list.push_back(contact);
        }
    }
    auto scenario = read_scenario(document);
    return scenario.ok() ? std::move(scenario).value() : default_scenario(kind);
}

// The text the last frame drew, read back from its draw lists: ImGui keeps no
// text once drawn, but each glyph is a quad whose corners carry that glyph's
// texture coordinates. Spaces (and other invisible glyphs) draw nothing, so
// compare with visible_characters() of the expected text.
std::string drawn_text() {
    std::map<std::pair<float, float>, const ImFontGlyph*> glyph_at;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) {
        for (const ImFontGlyph& glyph : font->Glyphs) {
            if (glyph.Visible) glyph_at.emplace(std::pair(glyph.U0, glyph.V0), &glyph);
        }
    }
    std::string text;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int list = 0; list < data->CmdListsCount; ++list) {
        const ImVector<ImDrawVert>& v = data->CmdLists[list]->VtxBuffer;
        for (int i = 0; i + 3 < v.Size;) {
            const auto found = glyph_at.find(std::pair(v[i].uv.x, v[i].uv.y));
            const ImFontGlyph* g = found == glyph_at.end() ? nullptr : found->second;
            if (g && v[i + 1].uv.x == g->U1 && v[i + 1].uv.y == g->V0 && v[i + 2].uv.x == g->U1 &&
                v[i + 2].uv.y == g->V1 && v[i + 3].uv.x == g->U0 && v[i + 3].uv.y == g->V1) {
                char utf8[5] = {};
                ImTextCharToUtf8(utf8, g->Codepoint);
                text += utf8;
                i += 4;
            } else {
                ++i;
            }
        }
    }
    return text;
}

// The text without the characters that draw nothing: ASCII spaces, no-break
// and thin spaces (number groups), so it can be found in drawn_text().
std::string visible_characters(std::string_view text) {
    std::string out;
    for (const char* at = text.data(); at < text.data() + text.size();) {
        unsigned int c = 0;
        const int length = ImTextCharFromUtf8(&c, at, text.data() + text.size());
        if (c != ' ' && c != 0xA0 && c != 0x202F && c != 0x2009 && c != '\n') out.append(at, static_cast<std::size_t>(length));
        at += std::max(length, 1);
    }
    return out;
}

class UiSmoke : public testing::Test {
protected:
    UiSmoke() : previous_folder_(std::filesystem::current_path()) {
        // Random clicks may reach Save or Export: they write into a scratch folder.
        std::filesystem::current_path(folder_.path());
    }
    ~UiSmoke() override { std::filesystem::current_path(previous_folder_); }

    test::TempFolder folder_;
    std::filesystem::path previous_folder_;
    HeadlessImGui imgui_;
    ImGuiClipboard clipboard_;
    Workspace ws_{Settings{}, {}, &clipboard_};
    AppUi app_{ws_};
    Appearance appearance_;
};

TEST_F(UiSmoke, EveryCalculatorInEveryLanguageAndTheme) {
    for (auto language : i18n::languages()) {
        ws_.set_language(language);
        for (auto theme : {Theme::light, Theme::dark}) {
            ws_.set_theme(theme);
            for (auto kind : kKinds) {
                ws_.select_kind(kind);
                int vertices = 0;
                for (int i = 0; i < 4; ++i) vertices = imgui_.frame(app_, appearance_, ws_);
                EXPECT_GT(vertices, 2000) << language << " " << to_string(kind);
            }
        }
    }
}

// Each calculator's key figures, label and value, are on screen in every
// language: what the consultant reads, not only that something was drawn.
TEST_F(UiSmoke, EachCalculatorShowsItsKeyFiguresWithTheirValues) {
    for (auto language : i18n::languages()) {
        ws_.set_language(language);
        const i18n::Catalog& text = i18n::Catalog::of(language);
        const i18n::NumberFormat numbers(language);
        for (auto kind : kKinds) {
            ws_.select_kind(kind);
            for (int i = 0; i < 4; ++i) imgui_.frame(app_, appearance_, ws_);
            const std::string drawn = drawn_text();
            const Document& document = ws_.active_document();
            ASSERT_TRUE(document.evaluation().ok()) << language << " " << to_string(kind);
            const Json& result = document.evaluation().document.value();
            const std::string currency = result["inputs"].value("currency", "EUR");
            for (const KeyFigure& figure : key_figures(kind)) {
                const std::string label = text.text(figure_label_key(kind, figure));
                const std::string value = format_figure(figure, figure_value(result, figure), currency, text, numbers);
                EXPECT_NE(drawn.find(visible_characters(label)), std::string::npos)
                    << language << " " << to_string(kind) << ": label " << label;
                EXPECT_NE(drawn.find(visible_characters(value)), std::string::npos)
                    << language << " " << to_string(kind) << ": " << label << " = " << value;
            }
        }
    }
}

// A VCP with referral logs: the summary shows the assessment date, the period,
// the top sources and the closed business; the table the log's figures and
// the ask action; the editor the selected contact's log, and its typed rates
// read-only with the reason.
TEST_F(UiSmoke, AVcpWithLogsShowsTheLogsFigures) {
    // Wide enough for all fifteen columns of the contact table, tall enough for the log editor.
    ImGui::GetIO().DisplaySize = ImVec2(6000, 2600);
    Scenario scenario = default_scenario(ScenarioKind::vcp);
    auto& inputs = std::get<VcpInputs>(scenario.inputs);
    const auto day = [](const char* iso) { return *parse_iso_date(iso); };
    Contact studio{"Studio Bianchi", {true, true, true, true, 3}, {true, true, true, true, 3}, {"connector"}};
    studio.log = {{day("2026-01-12"), ReferralDirection::received, 4321.5},
                  {day("2026-02-03"), ReferralDirection::given, 987},
                  {day("2024-01-01"), ReferralDirection::received, 77777}};  // long before the period
    Contact rossi{"Elettricista Rossi", {true, false, false, true, 1}, {true, false, false, true, 1}, {}};
    inputs.contacts = {studio, rossi};
    ws_.select_kind(ScenarioKind::vcp);
    ws_.edit(scenario);
    const VcpResult& result = *ws_.active_document().evaluation().vcp();
    ASSERT_EQ(result.contacts[1].next_action, NextAction::ask);
    for (auto language : i18n::languages()) {
        ws_.set_language(language);
        const i18n::Catalog& text = i18n::Catalog::of(language);
        const i18n::NumberFormat numbers(language);
        for (int i = 0; i < 4; ++i) imgui_.frame(app_, appearance_, ws_);
        const std::string drawn = drawn_text();
        const auto expect_drawn = [&](const std::string& what) {
            EXPECT_NE(drawn.find(visible_characters(what)), std::string::npos) << language << ": " << what;
        };
        for (const char* key : {"result.vcp.as_of", "result.vcp.window_days", "result.vcp.top_sources",
                                "result.vcp.referrals_given", "result.vcp.log_received",
                                "result.vcp.closed_value_given", "result.vcp.last_referral", "log.title",
                                "log.rates_locked", "action.ask"}) {
            expect_drawn(text.text(key));  // the table's headers are whole in every language
        }
        expect_drawn(std::string(text.text("result.vcp.as_of")) + ": 2026-02-03");
        expect_drawn(std::string(text.text("result.vcp.window_days")) + ": 182 " + text.text("unit.days"));
        expect_drawn(std::string(text.text("result.vcp.top_sources")) + ": Studio Bianchi");
        // The key figures; in the table, each contact's closed business and last referral.
        expect_drawn(text.text("result.vcp.closed_value_received") + numbers.money(4321.5, "EUR"));
        expect_drawn(text.text("result.vcp.closed_value_given") + numbers.money(987, "EUR"));
        expect_drawn(numbers.money(987, "EUR") + numbers.money(4321.5, "EUR") + "2026-02-03");
        expect_drawn(numbers.money(0, "EUR") + numbers.money(0, "EUR") + text.text("value.none"));
        expect_drawn(i18n::format(text.text("log.rates_from_log"), {{"given", "1"}, {"received", "1"}}));
        // The editor lists the first contact's log, the entry before the period too (greyed).
        expect_drawn(std::string("2026-01-12") + text.text("log.received") + numbers.money(4321.5, "EUR", 0));
        expect_drawn(std::string("2026-02-03") + text.text("log.given") + numbers.money(987, "EUR", 2));  // cents below 1000
        expect_drawn(std::string("2024-01-01") + text.text("log.received") + numbers.money(77777, "EUR", 0));
    }
}

// A file with bad rows: the error dialog lists every row in the interface's words.
TEST_F(UiSmoke, AFailedImportListsItsRowsInTheDialog) {
    test::write_file(folder_ / "bad-log.csv", "data;contatto;direzione\n30/02/2026;Anna;dato\n01/01/2026;Bruno;di lato\n");
    ws_.set_language("it");
    ws_.select_kind(ScenarioKind::vcp);
    ws_.import_log(folder_ / "bad-log.csv");
    ASSERT_TRUE(ws_.error().has_value());
    for (int i = 0; i < 4; ++i) imgui_.frame(app_, appearance_, ws_);
    EXPECT_TRUE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    const std::string drawn = drawn_text();
    const auto& it = i18n::Catalog::of("it");
    EXPECT_NE(drawn.find(visible_characters(it.text("import.failed"))), std::string::npos);
    EXPECT_NE(drawn.find(visible_characters("Riga 2: \"30/02/2026\"")), std::string::npos) << drawn;
    EXPECT_NE(drawn.find(visible_characters("Riga 3: \"di lato\"")), std::string::npos) << drawn;
}

// The reader above finds what is drawn and nothing else.
TEST_F(UiSmoke, DrawnTextIsWhatTheFrameDrew) {
    ImGui::GetIO().Fonts->Build();
    for (int frame = 0; frame < 2; ++frame) {  // a new window shows from its second frame
        ImGui::NewFrame();
        ImGui::Begin("probe");
        ImGui::TextUnformatted("Passaparola 1.234,5 äö");
        ImGui::End();
        ImGui::Render();
    }
    const std::string drawn = drawn_text();
    EXPECT_NE(drawn.find(visible_characters("Passaparola 1.234,5 äö")), std::string::npos) << drawn;
    EXPECT_EQ(drawn.find("Rossi"), std::string::npos);
}

TEST_F(UiSmoke, HundredsOfFramesWithVariedInputsAndStates) {
    std::mt19937 random(20261123);
    // A file that does not parse, for the error dialog; referral logs to import.
    test::write_file(folder_ / "broken.json", "{\"schema\": 1}");
    test::write_file(folder_ / "log.csv", "date,contact,direction,closed value\n2026-01-05,Anna,given,120\n"
                                          "2026-02-01,Contatto 1 àèìòù äö,received,1250.50\n");
    test::write_file(folder_ / "bad-log.csv", "date,contact,direction\n2026-02-30,Anna,given\n2026-01-01,,sideways\n");
    for (int frame = 0; frame < 360; ++frame) {
        const ScenarioKind kind = kKinds[(frame / 20) % 3];
        ws_.select_kind(kind);
        if (frame % 3 == 0) ws_.edit(random_scenario(kind, random), "smoke");
        if (frame % 5 == 0) ws_.end_edit_group();
        if (kind == ScenarioKind::vcp) {
            switch (frame % 20) {
                case 2: ws_.run(Command::import_log); break;  // the file dialog, for a CSV
                case 3: ws_.cancel_prompt(); break;
                case 4: ws_.import_log(folder_ / "bad-log.csv"); break;  // the error dialog, worded row by row
                case 5: ws_.dismiss_error(); break;
                case 6: ws_.import_log(folder_ / "log.csv"); break;
            }
        }
        switch (frame % 40) {
            case 1: ws_.run(Command::duplicate_as_b); break;
            case 7: ws_.select_slot(Slot::a); break;
            case 9: ws_.run(Command::undo); break;
            case 10: ws_.run(Command::redo); break;
            case 12: ws_.run(Command::new_scenario); break;  // unsaved changes: the question shows
            case 14: ws_.answer_unsaved(UnsavedAnswer::cancel); break;
            case 16: ws_.run(Command::open); break;  // the file dialog
            case 18: ws_.cancel_prompt(); break;
            case 20: ws_.open_path(folder_ / "broken.json"); break;  // the error dialog
            case 22: ws_.dismiss_error(); break;
            case 24: ws_.run(Command::export_csv); break;
            case 26: ws_.cancel_prompt(); break;
            case 28: ws_.set_language(i18n::languages()[static_cast<std::size_t>(frame / 40) % 3]); break;
            case 30: ws_.set_theme(frame % 80 < 40 ? Theme::dark : Theme::light); break;
            case 32: ws_.set_zoom(frame % 120 < 40 ? 1.5f : 1.0f); break;
            case 33:
                for (const auto& preset : presets()) ws_.apply_preset(preset.id);  // the last that fills this calculator stays
                break;
            case 34: ws_.run(Command::close_b); break;
            case 35: ws_.answer_unsaved(UnsavedAnswer::discard); break;
            case 36: ws_.run(Command::open_as_b); break;  // the file dialog, for B
            case 38: ws_.cancel_prompt(); break;
        }
        EXPECT_GT(imgui_.frame(app_, appearance_, ws_), 500) << "frame " << frame;
    }
}

TEST_F(UiSmoke, RandomClicksDragsAndTyping) {
    std::mt19937 random(4);
    ImGuiIO& io = ImGui::GetIO();
    std::uniform_real_distribution<float> x(0, io.DisplaySize.x), y(0, io.DisplaySize.y);
    const char typed[] = "Rossi 12,5.éä";
    int changed_by_clicks = 0;
    for (int frame = 0; frame < 1200; ++frame) {
        if (frame % 150 == 0) {
            ws_.select_kind(kKinds[(frame / 150) % 3]);
            ws_.edit(random_scenario(ws_.active_kind(), random));
        }
        const Scenario before = ws_.active_document().scenario();
        // Press, hold while moving (a drag), release; now and then scroll or type.
        const int step = frame % 6;
        if (step == 0) io.MousePos = ImVec2(x(random), y(random));
        io.MouseDown[0] = step >= 1 && step <= 3;
        if (step == 2) io.MousePos.x += std::uniform_real_distribution<float>(-80, 80)(random);
        io.MouseWheel = frame % 17 == 0 ? -1.0f : 0.0f;
        io.KeyCtrl = frame % 23 == 0;
        if (io.WantTextInput) io.AddInputCharacter(static_cast<unsigned char>(typed[frame % (sizeof typed - 1)]));
        io.KeysDown[io.KeyMap[ImGuiKey_Escape]] = frame % 31 == 0;
        imgui_.frame(app_, appearance_, ws_);
        changed_by_clicks += !same_scenario(before, ws_.active_document().scenario());
        if (ws_.quit_requested()) break;  // "Quit" was clicked: that is a fine ending too
    }
    EXPECT_GT(changed_by_clicks, 5) << "the clicks should have moved some inputs";
}

// The premise of this suite: a failed ImGui check ends the process, both the
// checks inlined from imgui.h (our IM_ASSERT) and those inside Debian's libimgui.a.
TEST(ImGuiChecks, AbortInOurCodeAndInTheLibrary) {
    EXPECT_DEATH(IM_ASSERT(1 + 1 == 3), "Dear ImGui check failed");
    EXPECT_DEATH(
        {
            HeadlessImGui imgui;
            ImGui::GetIO().Fonts->Build();
            ImGui::NewFrame();
            ImGui::End();  // ends ImGui's implicit debug window
            ImGui::End();  // nothing left to end: libimgui.a's own check fires
        },
        "too many times");
}

// Every character of every catalog string and preset source is in the font,
// so no translation or footnote ever shows a '?' box.
void expect_in_font(const std::string& text, const std::string& where) {
    const auto covered = [](unsigned int c) {
        for (const ImWchar* r = glyph_ranges(); r[0]; r += 2) {
            if (c >= r[0] && c <= r[1]) return true;
        }
        return false;
    };
    for (const char* at = text.c_str(); *at;) {
        unsigned int c = 0;
        at += ImTextCharFromUtf8(&c, at, nullptr);
        EXPECT_TRUE(covered(c)) << where << ": U+" << std::hex << c;
    }
}

TEST(Fonts, CoverEveryCharacterOfTheCatalogsAndPresets) {
    for (auto language : i18n::languages()) {
        const auto& catalog = i18n::Catalog::of(language);
        for (const auto& key : catalog.keys()) expect_in_font(catalog.text(key), std::string(language) + " " + key);
    }
    expect_in_font(presets_json().dump(), "presets");
}

// Scenario B with ranges: the what-if section runs A and B and shows both
// ranges of outcomes side by side (one more table, histogram and heading).
TEST_F(UiSmoke, ABComparisonShowsBothRangesOfOutcomes) {
    std::mt19937 random(7);
    Scenario uncertain = random_scenario(ScenarioKind::program, random);
    for (int attempt = 0; attempt < 50 && uncertain.uncertainty.empty(); ++attempt) {
        uncertain = random_scenario(ScenarioKind::program, random);
    }
    ASSERT_FALSE(uncertain.uncertainty.empty());
    ws_.edit(uncertain);
    // Frames until the simulations are done; the vertices of the last one.
    const auto settle = [&] {
        for (int frame = 0; frame < 3000 && (frame < 4 || app_.animating()); ++frame) {
            imgui_.frame(app_, appearance_, ws_);
            if (app_.animating()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        return imgui_.frame(app_, appearance_, ws_);
    };
    const int alone = settle();
    ws_.run(Command::duplicate_as_b);
    const int side_by_side = settle();
    EXPECT_FALSE(app_.animating());
    EXPECT_GT(side_by_side, alone + 500) << "B's range of outcomes is drawn beside A's";
    for (auto language : i18n::languages()) {
        ws_.set_language(language);
        for (int i = 0; i < 3; ++i) imgui_.frame(app_, appearance_, ws_);
    }
}

TEST_F(UiSmoke, CtrlZUndoesAndCtrlNAsksFirst) {
    Scenario more = default_scenario(ScenarioKind::program);
    std::get<ProgramInputs>(more.inputs).customers = 1234;
    ws_.edit(more);
    imgui_.frame(app_, appearance_, ws_);
    EXPECT_NE(app_.window_title().find('*'), std::string::npos);
    app_.press_shortcut('Z', true, false);
    imgui_.frame(app_, appearance_, ws_);
    EXPECT_EQ(std::get<ProgramInputs>(ws_.active_document().scenario().inputs).customers, 500);
    EXPECT_EQ(app_.window_title().find('*'), std::string::npos);
    app_.press_shortcut('Y', true, false);
    app_.press_shortcut('N', true, false);
    imgui_.frame(app_, appearance_, ws_);
    EXPECT_EQ(ws_.prompt(), Prompt::unsaved_changes);
    imgui_.frame(app_, appearance_, ws_);
    EXPECT_TRUE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) << "the question is on screen";
}

}  // namespace
}  // namespace passaparola::desktop::ui
