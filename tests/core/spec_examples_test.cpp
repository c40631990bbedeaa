#include <gtest/gtest.h>
#include "passaparola/scenario.hpp"
TEST(Smoke, Builds) { EXPECT_TRUE(passaparola::parse_scenario(R"({"schema":"passaparola/1","kind":"program"})").ok()); }
