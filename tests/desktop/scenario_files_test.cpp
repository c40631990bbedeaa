// Scenario files: what a save writes, what an open accepts, and that a failed
// save never damages the file it was replacing.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

#include "file_size_limit.hpp"
#include "scenario_files.hpp"
#include "temp_folder.hpp"

namespace passaparola::desktop {
namespace {

namespace fs = std::filesystem;
using test::FileSizeLimit;
using test::read_file;
using test::TempFolder;
using test::write_file;

std::size_t entries_in(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

TEST(ScenarioFiles, SaveThenOpenGivesTheSameScenario) {
    TempFolder folder;
    Scenario scenario = default_scenario(ScenarioKind::gift_card);
    std::get<GiftCardInputs>(scenario.inputs).card_value = 25;
    ASSERT_EQ(write_file_atomically(folder / "cards.json", scenario_file_text(scenario)), std::nullopt);
    const auto opened = read_scenario_file(folder / "cards.json");
    ASSERT_TRUE(opened.ok()) << opened.message();
    EXPECT_EQ(write_scenario(*opened), write_scenario(scenario));
    EXPECT_EQ(entries_in(folder.path()), 1u) << "no temporary file is left behind";
}

TEST(ScenarioFiles, TheSavedTextIsTheFullDocument) {
    const Json saved = Json::parse(scenario_file_text(default_scenario(ScenarioKind::program)));
    EXPECT_EQ(saved["schema"], "passaparola/1");
    EXPECT_EQ(saved["kind"], "program");
    EXPECT_EQ(saved["inputs"].size(), input_infos(ScenarioKind::program).size());
}

TEST(ScenarioFiles, AFileThatDoesNotParseSaysWhy) {
    TempFolder folder;
    write_file(folder / "broken.json", "{\"schema\": \"passaparola/1\", \"kind\": \"program\", \"inputs\": {\"customers\": -5}}");
    const auto opened = read_scenario_file(folder / "broken.json");
    ASSERT_FALSE(opened.ok());
    EXPECT_NE(opened.message().find("inputs.customers"), std::string::npos) << opened.message();

    write_file(folder / "text.json", "not json at all");
    const auto text = read_scenario_file(folder / "text.json");
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.problems().front().path, "document");
}

TEST(ScenarioFiles, AMissingFileOrAFolderIsAProblemAtItsPath) {
    TempFolder folder;
    const auto missing = read_scenario_file(folder / "nope.json");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.problems().front().path, (folder / "nope.json").string());
    EXPECT_NE(missing.message().find("cannot be read"), std::string::npos);
    EXPECT_FALSE(read_scenario_file(folder.path()).ok());
}

TEST(ScenarioFiles, AHugeFileIsRefusedBySize) {
    TempFolder folder;
    write_file(folder / "huge.json", std::string(kMaxDocumentBytes + 10, ' '));
    const auto opened = read_scenario_file(folder / "huge.json");
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.problems().front().path, "document");
}

TEST(AtomicWrite, AFailedWriteLeavesThePreviousFileIntact) {
    TempFolder folder;
    write_file(folder / "plan.json", "previous content");
    std::optional<std::string> problem;
    {
        FileSizeLimit limit(8);
        problem = write_file_atomically(folder / "plan.json", std::string(4096, 'x'));
    }
    ASSERT_TRUE(problem.has_value());
    EXPECT_FALSE(problem->empty());
    EXPECT_EQ(read_file(folder / "plan.json"), "previous content");
    EXPECT_EQ(entries_in(folder.path()), 1u) << "the temporary file is removed";
}

TEST(AtomicWrite, AMissingFolderIsAnError) {
    TempFolder folder;
    EXPECT_TRUE(write_file_atomically(folder / "no" / "such" / "plan.json", "x").has_value());
    EXPECT_TRUE(write_file_atomically(folder.path(), "x").has_value()) << "a folder is not overwritten";
}

// What a read-only folder must do to a save; empty when it did, else what went wrong.
std::string read_only_folder_failure() {
    TempFolder folder;
    write_file(folder / "plan.json", "previous content");
    fs::permissions(folder.path(), fs::perms::owner_read | fs::perms::owner_exec);
    const bool refused = write_file_atomically(folder / "plan.json", "new").has_value();
    fs::permissions(folder.path(), fs::perms::owner_all);
    if (!refused) return "the save into a read-only folder succeeded";
    if (read_file(folder / "plan.json") != "previous content") return "the previous file was damaged";
    return "";
}

// Root writes into read-only folders, and CI runs as root: there the check
// runs in a child process that has become `nobody` (uid and gid 65534), so it
// runs everywhere instead of being skipped where it matters.
TEST(AtomicWrite, AReadOnlyFolderIsAnErrorAndKeepsTheFile) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
                std::fputs("cannot become nobody", stderr);
                std::_Exit(2);
            }
            const std::string failure = read_only_folder_failure();
            std::fputs(failure.c_str(), stderr);
            std::_Exit(failure.empty() ? 0 : 1);
        },
        testing::ExitedWithCode(0), "");
}

TEST(AtomicWrite, ReplacesTheContentAndKeepsThePermissions) {
    TempFolder folder;
    write_file(folder / "plan.json", "old");
    ::chmod((folder / "plan.json").c_str(), 0640);
    ASSERT_EQ(write_file_atomically(folder / "plan.json", "new"), std::nullopt);
    EXPECT_EQ(read_file(folder / "plan.json"), "new");
    struct stat info {};
    ::stat((folder / "plan.json").c_str(), &info);
    EXPECT_EQ(info.st_mode & 0777, 0640u);
}

TEST(AtomicWrite, FollowsASymbolicLink) {
    TempFolder folder;
    write_file(folder / "real.json", "old");
    fs::create_symlink(folder / "real.json", folder / "link.json");
    ASSERT_EQ(write_file_atomically(folder / "link.json", "new"), std::nullopt);
    EXPECT_TRUE(fs::is_symlink(folder / "link.json"));
    EXPECT_EQ(read_file(folder / "real.json"), "new");
}

}  // namespace
}  // namespace passaparola::desktop
