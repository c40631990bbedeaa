#include "plan_export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "input_values.hpp"
#include "key_figures.hpp"

namespace passaparola::desktop {

// assets/plan-print.css (shared with the widget), compiled in by passaparola_embed_text.
std::string_view plan_stylesheet();

namespace {

// The SVG's own coordinate system; the stylesheet scales it to the page width.
constexpr double kChartWidth = 640;
constexpr double kChartHeight = 220;

std::string svg_number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

class Html {
public:
    void raw(std::string_view markup) { out_ += markup; }
    void text(std::string_view content) { out_ += html_escape(content); }
    // <tag class="...">escaped content</tag>
    void element(std::string_view tag, std::string_view css_class, std::string_view content) {
        open(tag, css_class);
        text(content);
        close(tag);
    }
    void open(std::string_view tag, std::string_view css_class = {}) {
        out_ += '<';
        out_ += tag;
        if (!css_class.empty()) {
            out_ += " class=\"";
            out_ += css_class;
            out_ += '"';
        }
        out_ += '>';
    }
    void close(std::string_view tag) {
        out_ += "</";
        out_ += tag;
        out_ += ">\n";
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

std::string date_text(PlanDate date, const i18n::Catalog& text) {
    return i18n::format(text.text("ui.plan.date_format"),
                        {{"day", std::to_string(date.day)},
                         {"month_name", text.text("ui.plan.month." + std::to_string(date.month))},
                         {"year", std::to_string(date.year)}});
}

std::string currency_of(const Json& document) {
    const auto& inputs = document.at("inputs");
    const auto currency = inputs.find("currency");
    return currency != inputs.end() && currency->is_string() ? currency->get<std::string>() : std::string();
}

void inputs_section(Html& html, ScenarioKind kind, const Json& document, const i18n::Catalog& text,
                    const i18n::NumberFormat& numbers) {
    const Json& inputs = document.at("inputs");
    const std::string currency = currency_of(document);
    html.element("h2", {}, text.text("ui.inputs"));
    html.open("dl", "plan-inputs");
    for (const auto& info : input_infos(kind)) {
        if (info.kind == InputKind::list) continue;
        const auto value = inputs.find(info.name);
        // An input without a default (a VCP's as_of) shows the value the result used.
        const Json shown = value != inputs.end() ? *value
                                                 : document.at("result").at("summary").value(info.name, Json());
        html.open("div", "plan-input");
        html.element("dt", {}, text.text("input." + std::string(to_string(kind)) + "." + std::string(info.name) + ".label"));
        html.element("dd", {}, input_json_text(info, shown, currency, text, numbers));
        html.close("div");
    }
    html.close("dl");
}

void key_figures_section(Html& html, ScenarioKind kind, const Json& document, const i18n::Catalog& text,
                         const i18n::NumberFormat& numbers) {
    const std::string currency = currency_of(document);
    html.element("h2", {}, text.text("ui.scenario.key_figures"));
    html.open("dl", "key-figures");
    for (const auto& figure : key_figures(kind)) {
        const auto value = figure_value(document, figure);
        html.open("div", value && *value < 0 ? "figure negative" : "figure");
        html.element("dt", {}, text.text(figure_label_key(kind, figure)));
        html.element("dd", {}, format_figure(figure, value, currency, text, numbers));
        html.close("div");
    }
    html.close("dl");
}

void cumulative_chart(Html& html, const ProgramResult& result, std::string_view currency, const i18n::Catalog& text,
                      const i18n::NumberFormat& numbers) {
    if (result.months.empty()) return;
    double low = 0, high = 0;
    for (const auto& month : result.months) {
        low = std::min(low, month.cumulative_net);
        high = std::max(high, month.cumulative_net);
    }
    if (high == low) high = low + 1;
    // Room on the left for the amounts, below for the months.
    const double left = 90, right = kChartWidth - 10, top = 10, bottom = kChartHeight - 24;
    const double count = static_cast<double>(result.months.size());
    auto x = [&](double month) { return left + (right - left) * (count > 1 ? (month - 1) / (count - 1) : 0.5); };
    auto y = [&](double value) { return bottom - (bottom - top) * (value - low) / (high - low); };

    html.open("figure", "plan-chart");
    html.element("figcaption", {}, text.text("ui.chart.cumulative"));
    html.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + svg_number(kChartWidth) + " " +
             svg_number(kChartHeight) + "\" role=\"img\">\n");
    html.raw("<line class=\"axis\" x1=\"" + svg_number(left) + "\" x2=\"" + svg_number(right) + "\" y1=\"" +
             svg_number(y(0)) + "\" y2=\"" + svg_number(y(0)) + "\"/>\n");
    std::string points;
    for (const auto& month : result.months) {
        points += svg_number(x(month.month)) + "," + svg_number(y(month.cumulative_net)) + " ";
    }
    html.raw("<polyline class=\"line\" points=\"" + points + "\"/>\n");
    auto label = [&](double lx, double ly, std::string_view anchor, const std::string& content) {
        html.raw("<text x=\"" + svg_number(lx) + "\" y=\"" + svg_number(ly) + "\" text-anchor=\"" + std::string(anchor) +
                 "\">");
        html.text(content);
        html.raw("</text>\n");
    };
    label(left - 6, y(high) + 4, "end", numbers.money(high, currency, 0));
    label(left - 6, y(low) + 4, "end", numbers.money(low, currency, 0));
    if (low < 0 && high > 0) label(left - 6, y(0) + 4, "end", numbers.money(0, currency, 0));
    auto month_label = [&](const ProgramMonth& month, std::string_view anchor) {
        label(x(month.month), kChartHeight - 6, anchor,
              i18n::format(text.text("ui.chart.month"), {{"month", std::to_string(month.month)}}));
    };
    month_label(result.months.front(), "start");
    if (result.months.size() > 1) month_label(result.months.back(), "end");
    html.raw("</svg>\n");
    const auto payback = result.totals.payback_month;
    html.element("p", "plan-meta",
                 payback ? i18n::format(text.text("ui.chart.payback"), {{"month", std::to_string(*payback)}})
                         : std::string(text.text("ui.chart.no_payback")));
    html.close("figure");
}

void funnel_chart(Html& html, const GiftCardResult& result, const i18n::Catalog& text,
                  const i18n::NumberFormat& numbers) {
    const auto& t = result.totals;
    const struct {
        const char* key;
        double value;
    } steps[] = {
        {"result.gift_card.cards_sent", t.cards_sent},
        {"result.gift_card.cards_passed_on", t.cards_passed_on},
        {"result.gift_card.friend_redemptions", t.friend_redemptions},
        {"result.gift_card.new_customers", t.new_customers},
    };
    const double widest = std::max(1.0, steps[0].value);
    const double label_width = 260, value_width = 80, row = 40;
    const double track = kChartWidth - label_width - value_width;
    html.open("figure", "plan-chart");
    html.element("figcaption", {}, text.text("ui.chart.funnel"));
    html.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + svg_number(kChartWidth) + " " +
             svg_number(row * 4) + "\" role=\"img\">\n");
    double top = 0;
    for (const auto& step : steps) {
        const double width = track * std::clamp(step.value / widest, 0.0, 1.0);
        html.raw("<text x=\"0\" y=\"" + svg_number(top + 24) + "\">");
        html.text(text.text(step.key));
        html.raw("</text>\n<rect class=\"bar\" x=\"" + svg_number(label_width) + "\" y=\"" + svg_number(top + 8) +
                 "\" width=\"" + svg_number(width) + "\" height=\"24\"/>\n");
        html.raw("<text x=\"" + svg_number(label_width + width + 6) + "\" y=\"" + svg_number(top + 24) + "\">");
        html.text(short_number(numbers, step.value, 1));
        html.raw("</text>\n");
        top += row;
    }
    html.raw("</svg>\n");
    html.close("figure");
}

// The contacts whose referrals closed the most business (the closed business
// itself is among the key figures); nothing without any.
void top_sources(Html& html, const VcpSummary& summary, const i18n::Catalog& text) {
    if (summary.top_sources.empty()) return;
    std::string names;
    for (const auto& name : summary.top_sources) names += (names.empty() ? "" : ", ") + name;
    html.open("p", "plan-sources");
    html.raw("<strong>");
    html.text(text.text("result.vcp.top_sources"));
    html.raw("</strong>: ");
    html.text(names);
    html.close("p");
}

void contacts_table(Html& html, const VcpResult& result, const i18n::Catalog& text) {
    html.open("table", "plan-contacts");
    html.element("caption", {}, text.text("ui.widget.print.contacts"));
    html.raw("<thead><tr>");
    for (const char* key : {"contact.name.label", "result.vcp.mutual_level", "result.vcp.next_action"}) {
        html.raw("<th scope=\"col\">");
        html.text(text.text(key));
        html.raw("</th>");
    }
    html.raw("</tr></thead>\n<tbody>\n");
    for (const auto& contact : result.contacts) {
        html.raw("<tr><th scope=\"row\">");
        html.text(contact.name);
        html.raw("</th><td>");
        html.text(text.text("level." + std::string(to_string(contact.mutual_level))));
        html.raw("</td><td>");
        html.text(text.text("action." + std::string(to_string(contact.next_action))));
        html.raw("</td></tr>\n");
    }
    html.raw("</tbody>\n");
    html.close("table");
}

}  // namespace

PlanDate today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string html_escape(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': escaped += "&amp;"; break;
            case '<': escaped += "&lt;"; break;
            case '>': escaped += "&gt;"; break;
            case '"': escaped += "&quot;"; break;
            case '\'': escaped += "&#39;"; break;
            default: escaped += c;
        }
    }
    return escaped;
}

std::string plan_html(const PlanContent& plan, const i18n::Catalog& text, const i18n::NumberFormat& numbers) {
    const Json& document = plan.evaluation.document.value();
    const auto kind = scenario_kind_from_string(document.at("kind").get<std::string>()).value();
    const std::string title = text.text("kind." + std::string(to_string(kind)) + ".title");

    Html html;
    html.raw("<!DOCTYPE html>\n<html lang=\"" + html_escape(text.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.element("title", {}, title);
    html.raw("<style>\n");
    html.raw(plan_stylesheet());
    html.raw("</style>\n</head>\n<body>\n<main class=\"plan-document\">\n");
    html.element("h1", {}, title);
    html.element("p", "plan-meta", i18n::format(text.text("ui.widget.print.date"), {{"date", date_text(plan.date, text)}}));
    if (!plan.preset_id.empty()) {
        html.element("p", "plan-meta",
                     std::string(text.text("preset.title")) + ": " +
                         text.text("preset." + std::string(plan.preset_id) + ".label"));
    }
    inputs_section(html, kind, document, text, numbers);
    key_figures_section(html, kind, document, text, numbers);
    if (const auto* program = plan.evaluation.program()) {
        cumulative_chart(html, *program, currency_of(document), text, numbers);
    }
    if (const auto* gift_card = plan.evaluation.gift_card()) funnel_chart(html, *gift_card, text, numbers);
    if (const auto* vcp = plan.evaluation.vcp()) {
        top_sources(html, vcp->summary, text);
        contacts_table(html, *vcp, text);
    }
    if (plan.share_link) {
        html.open("p", "plan-link");
        html.text(text.text("ui.widget.print.link"));
        html.raw(" <span class=\"plan-url\">");
        html.text(*plan.share_link);
        html.raw("</span>");
        html.close("p");
    } else {
        html.element("p", "plan-link", text.text("ui.plan.no_link"));
    }
    html.raw("</main>\n</body>\n</html>\n");
    return html.take();
}

}  // namespace passaparola::desktop
