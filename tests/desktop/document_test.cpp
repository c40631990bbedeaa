// A document's edits, undo history and unsaved-changes flag.
#include <gtest/gtest.h>

#include "document.hpp"
#include "program_scenarios.hpp"

namespace passaparola::desktop {
namespace {

using test::customers_of;
using test::program_with_customers;

TEST(Document, StartsCleanAndBecomesDirtyOnEdit) {
    Document document(default_scenario(ScenarioKind::program));
    EXPECT_FALSE(document.dirty());
    EXPECT_FALSE(document.can_undo());
    document.edit(program_with_customers(700));
    EXPECT_TRUE(document.dirty());
    EXPECT_EQ(customers_of(document), 700);
}

TEST(Document, AnEditThatChangesNothingIsNotAStep) {
    Document document(default_scenario(ScenarioKind::program));
    document.edit(default_scenario(ScenarioKind::program));
    EXPECT_FALSE(document.dirty());
    EXPECT_FALSE(document.can_undo());
}

TEST(Document, UndoAndRedoWalkTheSteps) {
    Document document(default_scenario(ScenarioKind::program));
    document.edit(program_with_customers(600));
    document.edit(program_with_customers(700));
    ASSERT_TRUE(document.undo());
    EXPECT_EQ(customers_of(document), 600);
    ASSERT_TRUE(document.undo());
    EXPECT_EQ(customers_of(document), 500);
    EXPECT_FALSE(document.undo());
    ASSERT_TRUE(document.redo());
    ASSERT_TRUE(document.redo());
    EXPECT_EQ(customers_of(document), 700);
    EXPECT_FALSE(document.redo());
}

TEST(Document, ANewEditDropsTheRedoSteps) {
    Document document(default_scenario(ScenarioKind::program));
    document.edit(program_with_customers(600));
    document.undo();
    document.edit(program_with_customers(800));
    EXPECT_FALSE(document.can_redo());
}

TEST(Document, ADragIsOneUndoStep) {
    Document document(default_scenario(ScenarioKind::program));
    for (double customers : {510.0, 520.0, 530.0}) document.edit(program_with_customers(customers), "customers");
    document.end_edit_group();
    document.edit(program_with_customers(540), "customers");
    document.undo();
    EXPECT_EQ(customers_of(document), 530);
    document.undo();
    EXPECT_EQ(customers_of(document), 500);
    EXPECT_FALSE(document.can_undo());
}

TEST(Document, EditsOfDifferentGroupsAreSeparateSteps) {
    Document document(default_scenario(ScenarioKind::program));
    document.edit(program_with_customers(510), "customers");
    Scenario churn = program_with_customers(510);
    std::get<ProgramInputs>(churn.inputs).monthly_churn = 0.05;
    document.edit(churn, "monthly_churn");
    document.undo();
    EXPECT_EQ(customers_of(document), 510);
    EXPECT_EQ(std::get<ProgramInputs>(document.scenario().inputs).monthly_churn, 0.02);
}

TEST(Document, UndoingBackToTheSavedStateIsClean) {
    Document document(default_scenario(ScenarioKind::program));
    document.edit(program_with_customers(600));
    document.mark_saved("/tmp/a.json");
    EXPECT_FALSE(document.dirty());
    document.edit(program_with_customers(700));
    EXPECT_TRUE(document.dirty());
    document.undo();
    EXPECT_FALSE(document.dirty());
    document.undo();
    EXPECT_TRUE(document.dirty());
}

TEST(Document, DisplayNameIsTheFileName) {
    Document document(default_scenario(ScenarioKind::vcp), "/some/folder/network.json");
    EXPECT_EQ(document.display_name("Untitled"), "network.json");
    EXPECT_EQ(Document(default_scenario(ScenarioKind::vcp)).display_name("Untitled"), "Untitled");
}

TEST(Document, EvaluationFollowsTheInputs) {
    Document document(default_scenario(ScenarioKind::program));
    const double before = document.evaluation().program()->totals.referred_customers;
    document.edit(program_with_customers(1000));
    const Evaluation& after = document.evaluation();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.program()->totals.referred_customers,
              evaluate_program(std::get<ProgramInputs>(document.scenario().inputs)).totals.referred_customers);
    EXPECT_GT(after.program()->totals.referred_customers, before);
    EXPECT_EQ(after.document.value()["result"]["totals"]["referred_customers"].get<double>(),
              after.program()->totals.referred_customers);
}

TEST(Evaluation, HoldsTheTypedResultOfItsKind) {
    EXPECT_NE(evaluate_scenario(default_scenario(ScenarioKind::gift_card)).gift_card(), nullptr);
    EXPECT_NE(evaluate_scenario(default_scenario(ScenarioKind::vcp)).vcp(), nullptr);
    EXPECT_EQ(evaluate_scenario(default_scenario(ScenarioKind::vcp)).program(), nullptr);
}

TEST(Evaluation, AScenarioThatOverflowsHasNoTypedResult) {
    Scenario scenario = default_scenario(ScenarioKind::program);
    auto& inputs = std::get<ProgramInputs>(scenario.inputs);
    inputs.horizon_months = 120;
    inputs.customers = 1e9;
    inputs.advocate_rate = 1;
    inputs.referrals_per_advocate = 1000;
    inputs.conversion_rate = 1;
    inputs.monthly_churn = 0;
    inputs.referred_churn = 0;
    const Evaluation evaluation = evaluate_scenario(scenario);
    EXPECT_FALSE(evaluation.ok());
    EXPECT_NE(evaluation.document.message().find("inputs"), std::string::npos);
    EXPECT_EQ(evaluation.program(), nullptr);
}

}  // namespace
}  // namespace passaparola::desktop
