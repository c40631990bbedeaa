// Industry presets in the simulator: applying one fills exactly the inputs the
// preset covers, and each such input shows its source while it keeps the value.
#include <gtest/gtest.h>

#include "preset_sources.hpp"
#include "workspace.hpp"

namespace passaparola::desktop {
namespace {

// The first preset that fills `kind`, from the core's data.
const Preset& preset_for(ScenarioKind kind) {
    for (const auto& preset : presets()) {
        if (preset.find(kind)) return preset;
    }
    throw std::logic_error("no preset fills this calculator");
}

TEST(Presets, FillTheCoveredInputsAndKeepTheOthers) {
    const Preset& preset = preset_for(ScenarioKind::program);
    Scenario mine = default_scenario(ScenarioKind::program);
    std::get<ProgramInputs>(mine.inputs).currency = "CHF";
    std::get<ProgramInputs>(mine.inputs).horizon_months = 36;
    const auto filled = with_preset(mine, preset.id);
    ASSERT_TRUE(filled.has_value());
    const Json inputs = write_scenario(*filled)["inputs"];
    for (const auto& value : preset.find(ScenarioKind::program)->values) {
        EXPECT_EQ(inputs[value.input], value.value) << value.input;
    }
    EXPECT_EQ(inputs["currency"], "CHF");
    EXPECT_EQ(inputs["horizon_months"], 36);
}

TEST(Presets, NothingForACalculatorThePresetDoesNotFill) {
    EXPECT_FALSE(with_preset(default_scenario(ScenarioKind::vcp), preset_for(ScenarioKind::program).id).has_value());
    EXPECT_FALSE(with_preset(default_scenario(ScenarioKind::program), "no-such-preset").has_value());
}

TEST(Presets, ApplyingIsOneUndoStepAndSourcesFollowTheValues) {
    const Preset& preset = preset_for(ScenarioKind::gift_card);
    Workspace ws(Settings{}, {});
    ws.select_kind(ScenarioKind::gift_card);
    ASSERT_TRUE(ws.apply_preset(preset.id));
    const PresetValue& first = preset.find(ScenarioKind::gift_card)->values.front();
    const ValueSource* source = preset_source(ws.active_document(), first.input);
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(*source, first.source);
    EXPECT_FALSE(source_text(*source, preset_note_key(preset.id, ScenarioKind::gift_card, first.input), i18n::Catalog::of("en")).empty());

    // Another value for that input: its source no longer applies.
    Json document = write_scenario(ws.active_document().scenario());
    const InputInfo* info = find_input(ScenarioKind::gift_card, first.input);
    ASSERT_NE(info, nullptr);
    document["inputs"][first.input] = first.value.get<double>() == info->min ? info->max : info->min;
    ws.edit(read_scenario(document).value());
    EXPECT_EQ(preset_source(ws.active_document(), first.input), nullptr);

    ws.run(Command::undo);
    EXPECT_NE(preset_source(ws.active_document(), first.input), nullptr);
    ws.run(Command::undo);
    EXPECT_TRUE(same_scenario(ws.active_document().scenario(), default_scenario(ScenarioKind::gift_card)));
    EXPECT_FALSE(ws.apply_preset("no-such-preset"));
}

TEST(Presets, SourceTextNamesPublicationYearOrAssumption) {
    const auto& en = i18n::Catalog::of("en");
    // A note the catalogs do not word reads as the data has it.
    ValueSource published{"Schmitt, Skiera & Van den Bulte", 2011, "", "referred customers +16 %", ""};
    EXPECT_EQ(source_text(published, "preset.none_such", en),
              std::string(en.text("preset.source")) + ": Schmitt, Skiera & Van den Bulte (2011). referred customers +16 %");
    ValueSource assumed{"", std::nullopt, "", "", "a small shop"};
    EXPECT_EQ(source_text(assumed, "preset.none_such", en), std::string(en.text("preset.assumption")) + ": a small shop");
    ValueSource undated{"Extole", std::nullopt, "https://example.org", "share rate", ""};
    EXPECT_NE(source_text(undated, "preset.none_such", en).find(en.text("preset.undated")), std::string::npos);
    EXPECT_NE(source_text(undated, "preset.none_such", en).find("https://example.org"), std::string::npos);
}

TEST(Presets, NotesSpeakTheReadersLanguage) {
    // Every value of every preset: the publication as published, what was
    // measured and the assumption in Italian and Finnish, not the data's English.
    int checked = 0;
    for (const auto& preset : presets()) {
        for (const auto& scenario : preset.scenarios) {
            for (const auto& value : scenario.values) {
                const std::string note = preset_note_key(preset.id, scenario.kind, value.input);
                for (const char* language : {"it", "fi"}) {
                    const auto& text = i18n::Catalog::of(language);
                    const std::string shown = source_text(value.source, note, text);
                    const std::string& english = value.source.has_publication() ? value.source.measured : value.source.assumption;
                    EXPECT_EQ(shown.find(english), std::string::npos) << language << " " << note;
                    const std::string words = value.source.has_publication() ? note + ".measured" : note + ".assumption";
                    EXPECT_TRUE(text.contains(words)) << language << " " << words;
                    EXPECT_NE(shown.find(text.text(words)), std::string::npos) << language << " " << note;
                    if (value.source.has_publication()) {
                        EXPECT_NE(shown.find(value.source.publication), std::string::npos) << note;
                    }
                    ++checked;
                }
            }
        }
    }
    EXPECT_GT(checked, 100);
}

}  // namespace
}  // namespace passaparola::desktop
