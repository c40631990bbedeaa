#pragma once
// Dear ImGui configuration for every target of ours (IMGUI_USER_CONFIG).
// Debian's libimgui.a keeps its own assert() on; this makes the checks inlined
// from imgui.h abort in Release builds too, so a misused widget fails the tests
// instead of drawing garbage. Nothing here may change a struct's layout.
#include <cstdio>
#include <cstdlib>

#define IM_ASSERT(expr)                                                                                   \
    ((expr) ? (void)0                                                                                     \
            : (std::fprintf(stderr, "Dear ImGui check failed: %s (%s:%d)\n", #expr, __FILE__, __LINE__), \
               std::abort()))
