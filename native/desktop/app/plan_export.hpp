#pragma once
// The printable plan (issue 7) as one self-contained HTML file: title, date,
// the scenario's inputs, the key figures, the cumulative chart (program) or
// the funnel (gift card) as inline SVG, the closed business (key figures),
// the top sources and the contacts with their next step (VCP) and the share
// link as text. Inline CSS only (web/widget/plan-print.css,
// the plan stylesheet meant for the widget too, embedded at build time), no
// scripts, no external resources, so it prints on A4 like the widget's plan. Every figure is read from the
// core's results; nothing is recomputed here.
#include <string>
#include <string_view>

#include "evaluation.hpp"
#include "i18n/catalog.hpp"
#include "i18n/number_format.hpp"
#include "passaparola/outcome.hpp"
#include "passaparola/scenario.hpp"

namespace passaparola::desktop {

struct PlanDate {
    int year = 1970;
    int month = 1;  // 1–12
    int day = 1;
};

// Today in the local time zone.
PlanDate today();

struct PlanContent {
    const Evaluation& evaluation;            // must be ok()
    const Outcome<std::string>& share_link;  // a failure prints a note instead
    PlanDate date;
    std::string_view preset_id;  // empty when no preset was applied
};

std::string plan_html(const PlanContent& plan, const i18n::Catalog& text, const i18n::NumberFormat& numbers);

// Text for HTML content and attribute values: & < > " ' escaped.
std::string html_escape(std::string_view text);

}  // namespace passaparola::desktop
