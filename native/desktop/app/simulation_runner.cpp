#include "simulation_runner.hpp"

namespace passaparola::desktop {

std::string simulation_key(const Scenario& scenario, const SimulationOptions& options) {
    return write_scenario(scenario).dump() + "|" + std::to_string(options.trials) + "|" + std::to_string(options.seed) +
           "|" + (options.cumulative_net_band ? "band" : "");
}

SimulationRunner::SimulationRunner(std::function<void()> on_finished)
    : on_finished_(std::move(on_finished)), worker_([this] { work(); }) {}

SimulationRunner::~SimulationRunner() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        cancel_ = true;
    }
    wake_.notify_one();
    worker_.join();
}

void SimulationRunner::request(const Scenario& scenario, const SimulationOptions& options) {
    std::string key = simulation_key(scenario, options);
    {
        std::lock_guard lock(mutex_);
        if (running_ && running_key_ == key) {
            next_.reset();  // the run in progress is what is wanted after all
            cancel_ = false;
            return;
        }
        if (next_ && next_->key == key) return;
        if (!running_ && !next_ && latest_ && latest_->key == key) return;
        next_ = Job{std::move(key), scenario, options};
        if (running_) cancel_ = true;
    }
    wake_.notify_one();
}

std::shared_ptr<const SimulationResult> SimulationRunner::latest() const {
    std::lock_guard lock(mutex_);
    return latest_;
}

bool SimulationRunner::busy() const {
    std::lock_guard lock(mutex_);
    return running_ || next_.has_value();
}

void SimulationRunner::work() {
    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock, [this] { return stopping_ || next_.has_value(); });
        if (stopping_) return;
        Job job = std::move(*next_);
        next_.reset();
        running_ = true;
        running_key_ = job.key;
        cancel_ = false;
        progress_ = 0.0;
        lock.unlock();

        auto simulation = simulate(job.scenario, job.options, [this](double done) {
            progress_ = done;
            return !cancel_.load();
        });

        lock.lock();
        running_ = false;
        running_key_.clear();
        if (simulation.ok() || !was_cancelled(simulation.problems())) {
            latest_ = std::make_shared<const SimulationResult>(SimulationResult{std::move(job.key), std::move(simulation)});
        }
        if (on_finished_) {
            lock.unlock();
            on_finished_();
            lock.lock();
        }
    }
}

}  // namespace passaparola::desktop
