#pragma once
// The `passaparola` command line as a function, so tests drive it without a
// process: arguments and streams in, exit status out.
#include <iosfwd>
#include <string>
#include <vector>

namespace passaparola::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 2;  // invalid input or usage

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace passaparola::cli
