#pragma once
// Charts drawn with ImGui's draw list (no plotting library): month-by-month
// lines and bars with a hover read-out, a funnel, and category bars.
#include <imgui.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>

#include "ui_context.hpp"

namespace passaparola::desktop::ui {

using ValueText = std::function<std::string(double)>;

struct Series {
    std::span<const double> values;  // one per month, month 1 first
    ImU32 color;
    const char* name;
    bool dashed = false;
};

// A shaded range per month (e.g. the P10–P90 band of a simulation).
struct Band {
    std::span<const double> low;
    std::span<const double> high;
    ImU32 color;
    const char* name;
};

struct MonthMarker {
    int month;  // 1-based
    std::string label;
    ImU32 color;
};

void line_chart(const UiContext& ui, const char* id, std::span<const Series> series, float height,
                const ValueText& value_text, const std::optional<MonthMarker>& marker = std::nullopt,
                const std::optional<Band>& band = std::nullopt);

// Bars of each series side by side for every month.
void month_bar_chart(const UiContext& ui, const char* id, std::span<const Series> series, float height,
                     const ValueText& value_text);

struct Step {
    std::string label;
    double value;
    ImU32 color;
};

// Horizontal bars centred on one axis, each step's share of the first shown.
void funnel_chart(const UiContext& ui, const char* id, std::span<const Step> steps, const ValueText& value_text);

// Vertical bars with their labels below and values above.
void category_chart(const UiContext& ui, const char* id, std::span<const Step> categories, float height,
                    const ValueText& value_text);

// One bar of a tornado: the outcome with the input at its low and high value.
struct TornadoBar {
    std::string label;
    double at_low;
    double at_high;
    std::string tooltip;
};

// Bars around `base` (the scenario's own outcome), widest swing first.
void tornado_chart(const UiContext& ui, const char* id, double base, std::span<const TornadoBar> bars,
                   const ValueText& value_text);

// Counts of equal bins between `edges` (counts.size() + 1 of them); bins left
// of zero in the cost colour, the others in the profit colour.
void histogram_chart(const UiContext& ui, const char* id, std::span<const double> edges,
                     std::span<const std::uint64_t> counts, float height, const ValueText& value_text);

// Coloured squares with names, on one line.
void legend(std::span<const Series> series);

}  // namespace passaparola::desktop::ui
