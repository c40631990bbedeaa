#pragma once
// Monte Carlo runs off the UI thread. One run at a time: a new request cancels
// the run in progress (through the core's progress callback), so a slider
// being dragged never queues up work, and the window stays responsive however
// many trials are asked for. The last finished result stays readable while
// the next one runs.
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "passaparola/whatif.hpp"

namespace passaparola::desktop {

struct SimulationResult {
    std::string key;  // what was simulated (see simulation_key)
    Outcome<Simulation> simulation;
};

// The scenario document and the run's options as one string: equal keys give
// equal simulations, so a request equal to the last one is not run again.
std::string simulation_key(const Scenario& scenario, const SimulationOptions& options);

class SimulationRunner {
public:
    // `on_finished` runs on the worker thread after each finished run (the
    // platform uses it to wake its event loop).
    explicit SimulationRunner(std::function<void()> on_finished = {});
    ~SimulationRunner();
    SimulationRunner(const SimulationRunner&) = delete;
    SimulationRunner& operator=(const SimulationRunner&) = delete;

    // Simulates `scenario` unless the same key is running, waiting or done.
    void request(const Scenario& scenario, const SimulationOptions& options);

    // The last run that finished (not cancelled), whatever its key.
    std::shared_ptr<const SimulationResult> latest() const;
    bool busy() const;
    // Share of the running simulation done, 0 … 1.
    double progress() const { return progress_.load(); }

private:
    struct Job {
        std::string key;
        Scenario scenario;
        SimulationOptions options;
    };

    void work();

    std::function<void()> on_finished_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Job> next_;
    std::string running_key_;
    bool running_ = false;
    bool stopping_ = false;
    std::shared_ptr<const SimulationResult> latest_;
    std::atomic<bool> cancel_{false};
    std::atomic<double> progress_{0.0};
    std::thread worker_;  // last: starts once everything above exists
};

}  // namespace passaparola::desktop
