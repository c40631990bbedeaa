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
    EXPECT_FALSE(source_text(*source, i18n::Catalog::of("en")).empty());

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
    ValueSource published{"Schmitt, Skiera & Van den Bulte", 2011, "", "referred customers +16 %", ""};
    EXPECT_EQ(source_text(published, en), std::string(en.text("preset.source")) +
                                              ": Schmitt, Skiera & Van den Bulte (2011). referred customers +16 %");
    ValueSource assumed{"", std::nullopt, "", "", "a small shop"};
    EXPECT_EQ(source_text(assumed, en), std::string(en.text("preset.assumption")) + ": a small shop");
    ValueSource undated{"Extole", std::nullopt, "https://example.org", "share rate", ""};
    EXPECT_NE(source_text(undated, en).find(en.text("preset.undated")), std::string::npos);
    EXPECT_NE(source_text(undated, en).find("https://example.org"), std::string::npos);
}

}  // namespace
}  // namespace passaparola::desktop
