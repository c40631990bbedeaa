// Monte Carlo off the UI thread: the runner gives what the core's simulate
// gives, drops superseded runs, and never blocks its owner.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "evaluation.hpp"
#include "simulation_runner.hpp"

namespace passaparola::desktop {
namespace {

using namespace std::chrono_literals;

Scenario uncertain_program(double conversion_low) {
    Scenario scenario = default_scenario(ScenarioKind::program);
    scenario.uncertainty.push_back({"conversion_rate", conversion_low, 0.15, 0.3});
    return scenario;
}

// Waits until the runner is idle (at most a few seconds).
void wait_idle(const SimulationRunner& runner) {
    for (int i = 0; i < 500 && runner.busy(); ++i) std::this_thread::sleep_for(10ms);
    ASSERT_FALSE(runner.busy());
}

TEST(SimulationRunner, GivesWhatTheCoreGives) {
    SimulationRunner runner;
    const Scenario scenario = uncertain_program(0.05);
    const SimulationOptions options{2000, 7, true};
    runner.request(scenario, options);
    wait_idle(runner);
    const auto result = runner.latest();
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->key, simulation_key(scenario, options));
    ASSERT_TRUE(result->simulation.ok()) << result->simulation.message();
    const auto direct = simulate(scenario, options);
    EXPECT_EQ(simulation_json(*result->simulation), simulation_json(*direct));
    ASSERT_TRUE(result->simulation->cumulative_net_band.has_value());
    EXPECT_EQ(result->simulation->cumulative_net_band->p10.size(), 12u);
    EXPECT_DOUBLE_EQ(runner.progress(), 1.0);
}

TEST(SimulationRunner, TheLastRequestWins) {
    SimulationRunner runner;
    const Scenario slow = uncertain_program(0.01);
    const Scenario wanted = uncertain_program(0.1);
    runner.request(slow, {kMaxTrials, 1, false});
    std::this_thread::sleep_for(5ms);
    runner.request(wanted, {1000, 1, false});
    wait_idle(runner);
    ASSERT_NE(runner.latest(), nullptr);
    EXPECT_EQ(runner.latest()->key, simulation_key(wanted, {1000, 1, false}));
}

TEST(SimulationRunner, TheSameRequestIsNotRunTwice) {
    std::atomic<int> finished{0};
    SimulationRunner runner([&] { ++finished; });
    const Scenario scenario = uncertain_program(0.05);
    runner.request(scenario, {1000, 1, false});
    wait_idle(runner);
    runner.request(scenario, {1000, 1, false});
    EXPECT_FALSE(runner.busy());
    EXPECT_EQ(finished.load(), 1);
    runner.request(scenario, {1000, 2, false});
    wait_idle(runner);
    EXPECT_EQ(finished.load(), 2);
}

TEST(SimulationRunner, AFailedRunIsAResultToo) {
    SimulationRunner runner;
    runner.request(default_scenario(ScenarioKind::vcp), {});
    wait_idle(runner);
    ASSERT_NE(runner.latest(), nullptr);
    EXPECT_FALSE(runner.latest()->simulation.ok());
}

TEST(SimulationRunner, StopsAtOnceWhenDestroyedMidRun) {
    const auto start = std::chrono::steady_clock::now();
    {
        SimulationRunner runner;
        runner.request(uncertain_program(0.01), {kMaxTrials, 1, false});
        std::this_thread::sleep_for(20ms);
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
}

TEST(Evaluation, HasTheTornadoOfProgramsAndGiftCards) {
    const Evaluation program = evaluate_scenario(default_scenario(ScenarioKind::program));
    ASSERT_TRUE(program.sensitivity.has_value());
    ASSERT_TRUE(program.sensitivity->ok());
    EXPECT_EQ(sensitivity_json(program.sensitivity->value()),
              sensitivity_json(sensitivity(default_scenario(ScenarioKind::program)).value()));
    EXPECT_FALSE(evaluate_scenario(default_scenario(ScenarioKind::vcp)).sensitivity.has_value());
}

}  // namespace
}  // namespace passaparola::desktop
