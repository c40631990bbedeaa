#pragma once
// The text of core/data/presets.json, compiled in by passaparola_embed_text.
#include <string_view>

namespace passaparola::detail {

std::string_view presets_data_text();

}  // namespace passaparola::detail
