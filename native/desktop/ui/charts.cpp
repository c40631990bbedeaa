#include "charts.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace passaparola::desktop::ui {
namespace {

struct AxisScale {
    double min;
    double max;
    double step;
};

// A 1-2-5 step giving about `ticks` gridlines, always including zero.
AxisScale nice_scale(double low, double high, int ticks = 5) {
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (!(high > low)) high = low + 1;
    const double raw = (high - low) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * magnitude;
    return {std::floor(low / step) * step, std::ceil(high / step) * step, step};
}

// The plot area of a month-by-month chart: gridlines with value labels at the
// left, month numbers below, and the month under the mouse.
class MonthFrame {
public:
    MonthFrame(const UiContext& ui, const char* id, int months, double low, double high, float height,
               const ValueText& value_text)
        : ui_(ui), months_(std::max(months, 1)), scale_(nice_scale(low, high)) {
        const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
        ImGui::InvisibleButton(id, ImVec2(std::max(size.x, 50.0f), std::max(size.y, 50.0f)));
        hovered_ = ImGui::IsItemHovered();
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        draw_ = ImGui::GetWindowDrawList();
        const float line = ImGui::GetTextLineHeight();
        float label_width = 0;
        for (double v = scale_.min; v <= scale_.max + scale_.step / 2; v += scale_.step) {
            label_width = std::max(label_width, ImGui::CalcTextSize(value_text(v).c_str()).x);
        }
        left_ = min.x + label_width + line * 0.5f;
        right_ = max.x - line * 0.5f;
        top_ = min.y + line * 0.5f;
        bottom_ = max.y - line * 1.4f;
        slot_ = (right_ - left_) / static_cast<float>(months_);
        draw_grid(value_text);
        draw_months();
    }

    float x(int index) const { return left_ + (static_cast<float>(index) + 0.5f) * slot_; }
    float y(double value) const {
        const double t = (value - scale_.min) / (scale_.max - scale_.min);
        return bottom_ - static_cast<float>(t) * (bottom_ - top_);
    }
    float slot() const { return slot_; }
    float top() const { return top_; }
    float bottom() const { return bottom_; }
    ImDrawList* draw() const { return draw_; }

    // The month index under the mouse, if any.
    std::optional<int> hovered() const {
        if (!hovered_) return std::nullopt;
        const float mouse = ImGui::GetIO().MousePos.x;
        if (mouse < left_ || mouse > right_) return std::nullopt;
        return std::clamp(static_cast<int>((mouse - left_) / slot_), 0, months_ - 1);
    }

private:
    void draw_grid(const ValueText& value_text) {
        const ImU32 text = ui_.palette.axis_text;
        const float half_line = ImGui::GetTextLineHeight() * 0.5f;
        for (double v = scale_.min; v <= scale_.max + scale_.step / 2; v += scale_.step) {
            const double value = std::fabs(v) < scale_.step * 1e-9 ? 0.0 : v;
            const float yy = y(value);
            draw_->AddLine(ImVec2(left_, yy), ImVec2(right_, yy), value == 0 ? ui_.palette.zero_line : ui_.palette.grid);
            const std::string label = value_text(value);
            const float width = ImGui::CalcTextSize(label.c_str()).x;
            draw_->AddText(ImVec2(left_ - width - half_line * 0.6f, yy - half_line), text,
                           label.c_str());
        }
    }

    void draw_months() {
        // Label every k-th month so that numbers never overlap.
        const float widest = ImGui::CalcTextSize(std::to_string(months_).c_str()).x + ImGui::GetFontSize();
        int every = 1;
        for (int k : {1, 2, 3, 6, 12, 24, 60}) {
            every = k;
            if (static_cast<float>(k) * slot_ >= widest) break;
        }
        for (int i = 0; i < months_; ++i) {
            const int month = i + 1;
            // Month 1 is labelled too, unless its neighbour 2 already is.
            const bool first = month == 1 && every != 2;
            if (!first && month % every != 0) continue;
            const std::string label = std::to_string(month);
            const float width = ImGui::CalcTextSize(label.c_str()).x;
            draw_->AddText(ImVec2(x(i) - width / 2, bottom_ + 2), ui_.palette.axis_text, label.c_str());
        }
    }

    const UiContext& ui_;
    int months_;
    AxisScale scale_;
    ImDrawList* draw_ = nullptr;
    bool hovered_ = false;
    float left_ = 0, right_ = 0, top_ = 0, bottom_ = 0, slot_ = 1;
};

void dashed_polyline(ImDrawList* draw, const std::vector<ImVec2>& points, ImU32 color, float thickness, float dash) {
    bool on = true;
    float left_in_dash = dash;
    for (std::size_t i = 1; i < points.size(); ++i) {
        ImVec2 from = points[i - 1];
        const ImVec2 to = points[i];
        float length = std::hypot(to.x - from.x, to.y - from.y);
        while (length > 0) {
            const float piece = std::min(length, left_in_dash);
            const float t = piece / length;
            const ImVec2 end(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
            if (on) draw->AddLine(from, end, color, thickness);
            from = end;
            length -= piece;
            left_in_dash -= piece;
            if (left_in_dash <= 0) {
                on = !on;
                left_in_dash = dash;
            }
        }
    }
}

std::pair<double, double> value_range(std::span<const Series> series) {
    double low = 0, high = 0;
    for (const auto& s : series) {
        for (double v : s.values) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    return {low, high};
}

int month_count(std::span<const Series> series) {
    std::size_t months = 0;
    for (const auto& s : series) months = std::max(months, s.values.size());
    return static_cast<int>(months);
}

void month_tooltip(const UiContext& ui, int index, std::span<const Series> series, const ValueText& value_text,
                   const std::optional<Band>& band) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(i18n::format(ui.tr("ui.chart.month"), {{"month", std::to_string(index + 1)}}).c_str());
    for (const auto& s : series) {
        if (static_cast<std::size_t>(index) >= s.values.size()) continue;
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(s.color), "%s: %s", s.name,
                           value_text(s.values[static_cast<std::size_t>(index)]).c_str());
    }
    if (band && static_cast<std::size_t>(index) < band->low.size()) {
        ImGui::Text("%s: %s \xE2\x80\x93 %s", band->name, value_text(band->low[static_cast<std::size_t>(index)]).c_str(),
                    value_text(band->high[static_cast<std::size_t>(index)]).c_str());
    }
    ImGui::EndTooltip();
}

}  // namespace

void legend(std::span<const Series> series) {
    const float size = ImGui::GetTextLineHeight() * 0.8f;
    bool first = true;
    for (const auto& s : series) {
        if (!first) ImGui::SameLine(0, ImGui::GetFontSize());
        first = false;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float pad = (ImGui::GetTextLineHeight() - size) / 2;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + pad), ImVec2(at.x + size, at.y + pad + size),
                                                  s.color, 2.0f);
        ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
        ImGui::SameLine();
        ImGui::TextUnformatted(s.name);
    }
}

void line_chart(const UiContext& ui, const char* id, std::span<const Series> series, float height,
                const ValueText& value_text, const std::optional<MonthMarker>& marker, const std::optional<Band>& band) {
    auto [low, high] = value_range(series);
    if (band) {
        for (double v : band->low) low = std::min(low, v);
        for (double v : band->high) high = std::max(high, v);
    }
    const int months = month_count(series);
    MonthFrame frame(ui, id, months, low, high, height, value_text);
    ImDrawList* draw = frame.draw();
    if (band && band->low.size() == band->high.size()) {
        for (std::size_t i = 1; i < band->low.size(); ++i) {
            const int a = static_cast<int>(i - 1), b = static_cast<int>(i);
            draw->AddQuadFilled(ImVec2(frame.x(a), frame.y(band->high[i - 1])), ImVec2(frame.x(b), frame.y(band->high[i])),
                                ImVec2(frame.x(b), frame.y(band->low[i])), ImVec2(frame.x(a), frame.y(band->low[i - 1])),
                                band->color);
        }
    }
    if (marker && marker->month >= 1 && marker->month <= months) {
        const float x = frame.x(marker->month - 1);
        dashed_polyline(draw, {ImVec2(x, frame.top()), ImVec2(x, frame.bottom())}, marker->color, 1.5f, 4.0f);
        draw->AddText(ImVec2(x + 4, frame.top()), marker->color, marker->label.c_str());
    }
    const float thickness = std::max(2.0f, ImGui::GetFontSize() / 8.0f);
    for (const auto& s : series) {
        std::vector<ImVec2> points;
        for (std::size_t i = 0; i < s.values.size(); ++i) points.emplace_back(frame.x(static_cast<int>(i)), frame.y(s.values[i]));
        if (points.size() == 1) draw->AddCircleFilled(points[0], thickness * 1.5f, s.color);
        if (s.dashed) {
            dashed_polyline(draw, points, s.color, thickness, thickness * 4);
        } else {
            draw->AddPolyline(points.data(), static_cast<int>(points.size()), s.color, 0, thickness);
        }
    }
    if (auto index = frame.hovered()) {
        const float x = frame.x(*index);
        draw->AddLine(ImVec2(x, frame.top()), ImVec2(x, frame.bottom()), ui.palette.grid, 1.0f);
        for (const auto& s : series) {
            if (static_cast<std::size_t>(*index) < s.values.size()) {
                draw->AddCircleFilled(ImVec2(x, frame.y(s.values[static_cast<std::size_t>(*index)])), thickness * 2, s.color);
            }
        }
        month_tooltip(ui, *index, series, value_text, band);
    }
}

void month_bar_chart(const UiContext& ui, const char* id, std::span<const Series> series, float height,
                     const ValueText& value_text) {
    const auto [low, high] = value_range(series);
    MonthFrame frame(ui, id, month_count(series), low, high, height, value_text);
    const float group = frame.slot() * 0.8f;
    const float bar = group / static_cast<float>(std::max<std::size_t>(series.size(), 1));
    for (std::size_t k = 0; k < series.size(); ++k) {
        for (std::size_t i = 0; i < series[k].values.size(); ++i) {
            const float left = frame.x(static_cast<int>(i)) - group / 2 + bar * static_cast<float>(k);
            const float y0 = frame.y(0), y1 = frame.y(series[k].values[i]);
            frame.draw()->AddRectFilled(ImVec2(left, std::min(y0, y1)), ImVec2(left + std::max(bar - 1, 1.0f), std::max(y0, y1)),
                                        series[k].color);
        }
    }
    if (auto index = frame.hovered()) month_tooltip(ui, *index, series, value_text, std::nullopt);
}

void funnel_chart(const UiContext& ui, const char* id, std::span<const Step> steps, const ValueText& value_text) {
    double largest = 0;
    for (const auto& step : steps) largest = std::max(largest, step.value);
    const float row = ImGui::GetTextLineHeight() * 1.8f;
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetFontSize() * 0.5f;
    struct Placed {
        std::string text;
        ImVec2 size;
        float bar;
        bool inside;
    };
    std::vector<Placed> placed;
    // Narrow (A and B side by side), a label may fit neither in nor beside its
    // bar: then every label goes on a line of its own above its bar.
    bool stacked = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& step = steps[i];
        std::string text = step.label + ": " + value_text(step.value);
        if (i > 0 && steps[i - 1].value > 0) text += "  (" + ui.numbers.percent(step.value / steps[i - 1].value, 0) + ")";
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        const float share = largest > 0 ? static_cast<float>(step.value / largest) : 0.0f;
        const float bar = std::max(share * width, 2.0f);
        const bool inside = size.x + ImGui::GetFontSize() <= bar;
        if (!inside && (width + bar) / 2 + gap + size.x > width) stacked = true;
        placed.push_back({std::move(text), size, bar, inside});
    }
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Placed& p = placed[i];
        ImVec2 at = ImGui::GetCursorScreenPos();
        if (stacked) {
            ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
            draw->AddText(ImVec2(at.x + std::max(0.0f, (width - p.size.x) / 2), at.y), ImGui::GetColorU32(ImGuiCol_Text),
                          p.text.c_str());
            at = ImGui::GetCursorScreenPos();
        }
        const float bar_row = stacked ? row * 0.6f : row;
        ImGui::Dummy(ImVec2(width, bar_row));
        const ImVec2 bar_min(at.x + (width - p.bar) / 2, at.y + 1);
        const ImVec2 bar_max(bar_min.x + p.bar, at.y + bar_row - 1);
        draw->AddRectFilled(bar_min, bar_max, steps[i].color, 3.0f);
        if (stacked) continue;
        const float y = at.y + (row - p.size.y) / 2;
        if (p.inside) {
            // Inside the bar, with a shadow so it reads in both themes.
            const ImVec2 text_at(at.x + (width - p.size.x) / 2, y);
            draw->AddText(ImVec2(text_at.x + 1, text_at.y + 1), IM_COL32(0, 0, 0, 90), p.text.c_str());
            draw->AddText(text_at, IM_COL32(255, 255, 255, 255), p.text.c_str());
        } else {
            // A narrow bar: the label goes beside it.
            draw->AddText(ImVec2(bar_max.x + gap, y), ImGui::GetColorU32(ImGuiCol_Text), p.text.c_str());
        }
    }
    ImGui::PopID();
}

void category_chart(const UiContext& ui, const char* id, std::span<const Step> categories, float height,
                    const ValueText& value_text) {
    const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
    ImGui::InvisibleButton(id, ImVec2(std::max(size.x, 50.0f), std::max(size.y, 50.0f)));
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float top = min.y + line * 1.2f;
    const float bottom = max.y - line * 1.4f;
    double largest = 0;
    for (const auto& c : categories) largest = std::max(largest, c.value);
    const float slot = (max.x - min.x) / static_cast<float>(std::max<std::size_t>(categories.size(), 1));
    draw->AddLine(ImVec2(min.x, bottom), ImVec2(max.x, bottom), ui.palette.zero_line);
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const auto& c = categories[i];
        const float center = min.x + slot * (static_cast<float>(i) + 0.5f);
        const float bar_height = largest > 0 ? static_cast<float>(c.value / largest) * (bottom - top) : 0.0f;
        draw->AddRectFilled(ImVec2(center - slot * 0.3f, bottom - bar_height), ImVec2(center + slot * 0.3f, bottom),
                            c.color, 3.0f);
        const std::string value = value_text(c.value);
        const float value_width = ImGui::CalcTextSize(value.c_str()).x;
        draw->AddText(ImVec2(center - value_width / 2, bottom - bar_height - line * 1.1f), ui.palette.axis_text,
                      value.c_str());
        const float label_width = ImGui::CalcTextSize(c.label.c_str()).x;
        draw->AddText(ImVec2(center - label_width / 2, bottom + 2), ui.palette.axis_text, c.label.c_str());
    }
}

void tornado_chart(const UiContext& ui, const char* id, double base, std::span<const TornadoBar> bars,
                   const ValueText& value_text) {
    double reach = 0;
    float label_width = 0;
    for (const auto& bar : bars) {
        reach = std::max({reach, std::fabs(bar.at_low - base), std::fabs(bar.at_high - base)});
        label_width = std::max(label_width, ImGui::CalcTextSize(bar.label.c_str()).x);
    }
    if (!(reach > 0)) reach = 1;
    const float width = ImGui::GetContentRegionAvail().x;
    label_width = std::min(label_width, width * 0.4f);
    const float row = ImGui::GetTextLineHeight() * 1.5f;
    const float left = label_width + ImGui::GetFontSize();
    const float half = (width - left) / 2 - ImGui::GetFontSize() * 3;  // room for the values at the ends
    ImGui::PushID(id);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto& bar = bars[i];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushID(static_cast<int>(i));
        ImGui::InvisibleButton("bar", ImVec2(width, row));
        ImGui::PopID();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float center = at.x + left + (width - left) / 2;
        const float top = at.y + row * 0.15f, bottom = at.y + row * 0.85f;
        draw->PushClipRect(at, ImVec2(at.x + label_width, at.y + row), true);
        draw->AddText(ImVec2(at.x, at.y + (row - ImGui::GetTextLineHeight()) / 2), ImGui::GetColorU32(ImGuiCol_Text),
                      bar.label.c_str());
        draw->PopClipRect();
        for (const auto& [value, color] : {std::pair{bar.at_low, ui.palette.series_a}, std::pair{bar.at_high, ui.palette.series_b}}) {
            const float end = center + static_cast<float>((value - base) / reach) * half;
            draw->AddRectFilled(ImVec2(std::min(center, end), top), ImVec2(std::max(center, end), bottom), color, 2.0f);
        }
        draw->AddLine(ImVec2(center, at.y), ImVec2(center, at.y + row), ui.palette.zero_line);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(bar.tooltip.c_str());
            ImGui::EndTooltip();
        }
    }
    const std::string base_text = value_text(base);
    const float base_width = ImGui::CalcTextSize(base_text.c_str()).x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + left + (width - left) / 2 - base_width / 2, at.y),
                                        ui.palette.axis_text, base_text.c_str());
    ImGui::PopID();
}

void histogram_chart(const UiContext& ui, const char* id, std::span<const double> edges,
                     std::span<const std::uint64_t> counts, float height, const ValueText& value_text) {
    if (counts.empty() || edges.size() != counts.size() + 1) return;
    const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
    ImGui::InvisibleButton(id, ImVec2(std::max(size.x, 50.0f), std::max(size.y, 50.0f)));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float top = min.y + line * 0.3f, bottom = max.y - line * 1.4f;
    const float left = min.x, right = max.x;
    std::uint64_t largest = 1, total = 0;
    for (auto n : counts) {
        largest = std::max(largest, n);
        total += n;
    }
    const double low = edges.front(), high = edges.back();
    const auto x_of = [&](double v) {
        return high > low ? left + static_cast<float>((v - low) / (high - low)) * (right - left) : (left + right) / 2;
    };
    const float slot = (right - left) / static_cast<float>(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const float x0 = high > low ? x_of(edges[i]) : left + slot * static_cast<float>(i);
        const float h = static_cast<float>(counts[i]) / static_cast<float>(largest) * (bottom - top);
        const ImU32 color = (edges[i] + edges[i + 1]) / 2 < 0 ? ui.palette.cost : ui.palette.profit;
        draw->AddRectFilled(ImVec2(x0 + 0.5f, bottom - h), ImVec2(x0 + slot - 0.5f, bottom), color);
    }
    draw->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), ui.palette.zero_line);
    // The ends, and zero when it lies between them.
    std::vector<double> marks = {low, high};
    if (low < 0 && high > 0) marks.push_back(0);
    for (double v : marks) {
        const std::string text = value_text(v);
        const float w = ImGui::CalcTextSize(text.c_str()).x;
        const float x = std::clamp(x_of(v) - w / 2, left, right - w);
        draw->AddText(ImVec2(x, bottom + 2), ui.palette.axis_text, text.c_str());
        if (v == 0) draw->AddLine(ImVec2(x_of(0), top), ImVec2(x_of(0), bottom), ui.palette.zero_line);
    }
    if (hovered && total > 0) {
        const float mouse = ImGui::GetIO().MousePos.x;
        const auto bin = static_cast<std::size_t>(std::clamp((mouse - left) / slot, 0.0f, static_cast<float>(counts.size() - 1)));
        ImGui::BeginTooltip();
        ImGui::Text("%s \xE2\x80\x93 %s", value_text(edges[bin]).c_str(), value_text(edges[bin + 1]).c_str());
        ImGui::Text("%s (%s)", ui.numbers.number(static_cast<double>(counts[bin]), 0).c_str(),
                    ui.numbers.percent(static_cast<double>(counts[bin]) / static_cast<double>(total), 1).c_str());
        ImGui::EndTooltip();
    }
}

}  // namespace passaparola::desktop::ui
