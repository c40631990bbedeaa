#include "fonts.hpp"

#include <filesystem>

namespace passaparola::desktop::ui {
namespace {

// Latin-1 and Latin Extended-A (Italian, Finnish, names), then only the signs
// the interface and the preset sources write: – — ‘ ’ “ ” … • € ← ↑ → ↓ − ≈ ≤ ≥
// ▲ ▼. Every glyph costs start-up time and texture memory, so no whole blocks.
constexpr ImWchar kGlyphRanges[] = {0x0020, 0x017F, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,
                                    0x2022, 0x2022, 0x2026, 0x2026, 0x202F, 0x202F, 0x20AC, 0x20AC,
                                    0x2190, 0x2193, 0x2212, 0x2212, 0x2248, 0x2248, 0x2264, 0x2265, 0x25B2, 0x25B2,
                                    0x25BC, 0x25BC, 0};

constexpr const char* kRegularFaces[] = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
};
constexpr const char* kBoldFaces[] = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
};

// ImGui asserts on a missing font file, so only existing files are offered.
template <std::size_t N>
const char* first_existing(const char* const (&paths)[N]) {
    for (const char* path : paths) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(path, ec)) return path;
    }
    return nullptr;
}

ImFont* add_face(ImFontAtlas& atlas, const char* path, float pixel_size) {
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    return atlas.AddFontFromFileTTF(path, pixel_size, &config, kGlyphRanges);
}

}  // namespace

const ImWchar* glyph_ranges() { return kGlyphRanges; }

Fonts load_fonts(ImFontAtlas& atlas, float pixel_size) {
    atlas.Clear();
    // OpenGL 3 takes any texture height: at 16 px the glyphs fill 512 × 320
    // pixels, which a power of two would round up to 512 × 512.
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    Fonts fonts;
    if (const char* regular = first_existing(kRegularFaces)) fonts.regular = add_face(atlas, regular, pixel_size);
    if (fonts.regular) {
        fonts.from_system = true;
        const char* bold = first_existing(kBoldFaces);
        fonts.bold = bold ? add_face(atlas, bold, pixel_size) : nullptr;
    } else {
        ImFontConfig config;
        config.SizePixels = pixel_size;
        fonts.regular = atlas.AddFontDefault(&config);
    }
    if (!fonts.bold) fonts.bold = fonts.regular;
    atlas.Build();
    // The font files (1.5 MB) are read again for the next scale; the glyphs
    // and the texture are all the frames need.
    atlas.ClearInputData();
    return fonts;
}

}  // namespace passaparola::desktop::ui
