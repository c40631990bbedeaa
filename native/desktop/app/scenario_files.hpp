#pragma once
// Scenario documents on disk. Saving never leaves a half-written file: the text
// goes to a temporary file in the same folder, which then replaces the target
// in one rename, so on any failure the previous file is still intact.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "passaparola/scenario.hpp"

namespace passaparola::desktop {

// The file's scenario, or every problem that prevents opening it (a file that
// cannot be read is one problem at the file's path).
Outcome<Scenario> read_scenario_file(const std::filesystem::path& path);

// The document text a save writes: every input, defaults included, so the file
// still reads the same if a default ever changes.
std::string scenario_file_text(const Scenario& scenario);

// Empty on success; else why the file could not be written (the target is
// left as it was). The permissions of a replaced file are kept, and a symbolic
// link is followed so the link itself stays.
std::optional<std::string> write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

// The whole text of a file up to `max_bytes` + 1 bytes (so callers see that it
// is too large without reading all of it); empty when it cannot be read.
std::optional<std::string> read_text_file(const std::filesystem::path& path, std::size_t max_bytes,
                                          std::string* error = nullptr);

}  // namespace passaparola::desktop
