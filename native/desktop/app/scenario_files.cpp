#include "scenario_files.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace passaparola::desktop {
namespace fs = std::filesystem;
namespace {

std::string system_error_text(int error) { return std::strerror(error); }

// Writes all of `bytes`, retrying short writes and interruptions.
bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// Permissions for a new file: what open(2) with 0666 would give under the umask.
mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// The rename is durable only once the folder's entry is on disk too.
void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

std::optional<std::string> read_text_file(const fs::path& path, std::size_t max_bytes, std::string* error) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        if (error) *error = system_error_text(errno);
        return std::nullopt;
    }
    std::string text(max_bytes + 1, '\0');
    file.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (file.bad()) {
        if (error) *error = system_error_text(errno);
        return std::nullopt;
    }
    text.resize(static_cast<std::size_t>(file.gcount()));
    return text;
}

Outcome<Scenario> read_scenario_file(const fs::path& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        return std::vector<Problem>{{path.string(), "is a folder, not a scenario file", ""}};
    }
    std::string error;
    const auto text = read_text_file(path, kMaxDocumentBytes, &error);
    if (!text) return std::vector<Problem>{{path.string(), "cannot be read: " + error, ""}};
    return parse_scenario(*text);
}

std::string scenario_file_text(const Scenario& scenario) {
    return write_scenario(scenario, Defaults::include).dump(2) + "\n";
}

std::optional<std::string> write_file_atomically(const fs::path& requested, std::string_view bytes) {
    std::error_code ec;
    fs::path target = requested;
    if (fs::is_symlink(requested, ec)) {
        target = fs::canonical(requested, ec);
        if (ec) return "cannot follow the link: " + ec.message();
    }
    if (fs::is_directory(target, ec)) return std::string("is a folder");
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");

    // Hidden and in the same folder, so the rename never crosses file systems.
    std::string name = ".";
    name += target.filename().string();
    name += ".tmp-XXXXXX";
    std::string temporary = (folder / name).string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return system_error_text(errno);

    struct stat existing {};
    const mode_t mode = ::stat(target.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : new_file_mode();
    bool ok = ::fchmod(fd, mode) == 0 && write_all(fd, bytes) && ::fsync(fd) == 0;
    int error = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temporary.c_str(), target.c_str()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temporary.c_str());
        return system_error_text(error);
    }
    sync_folder(folder);
    return std::nullopt;
}

}  // namespace passaparola::desktop
