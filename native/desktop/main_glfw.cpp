// passaparola-desktop: the platform layer. A GLFW window with an OpenGL 3
// context around the ImGui app (passaparola_desktop_ui): events, clipboard,
// the monitor's scale, shortcuts, closing, and the --screenshot mode the tests
// use. It sleeps in glfwWaitEvents whenever nothing changes, so an idle window
// costs no CPU.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <sys/resource.h>

#include "app_ui.hpp"
#include "command_line.hpp"
#include "png_writer.hpp"
#include "scenario_files.hpp"
#include "workspace.hpp"

namespace {

using namespace passaparola::desktop;

// Frames drawn after each event: ImGui settles sizes and hover states over a
// couple of frames, then the loop goes back to sleep.
constexpr int kFramesAfterEvent = 3;
// Frames drawn before a screenshot is taken (the tab bar follows --tab in one);
// the shot also waits for background work (a simulation), within reason.
constexpr int kScreenshotFrames = 5;
constexpr int kScreenshotMaxFrames = 2000;

struct KeyEvent {
    int key, scancode, action, mods;
};

struct Platform {
    ui::AppUi* app = nullptr;
    Workspace* workspace = nullptr;
    // ImGui 1.86 reads keys as held or not at each frame: a press and its
    // release arriving between two frames (fast typing, remote desktops,
    // xdotool) would be lost, so such a release waits for the next frame.
    std::vector<int> pressed_since_frame;
    std::vector<KeyEvent> held_releases;

    // After ImGui::NewFrame has seen the presses.
    void release_held_keys(GLFWwindow* window) {
        pressed_since_frame.clear();
        for (const auto& e : std::exchange(held_releases, {})) {
            ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
        }
    }
};

void on_key(GLFWwindow* window, int us_key, int scancode, int action, int mods) {
    auto* platform = static_cast<Platform*>(glfwGetWindowUserPointer(window));
    // ImGui's own shortcuts in text fields (Ctrl+A, C, V, X, Z, Y) and ours
    // both follow the key's label in the user's layout (see key_as_labelled).
    const char* layout_name = us_key == GLFW_KEY_UNKNOWN ? nullptr : glfwGetKeyName(us_key, scancode);
    const int key = key_as_labelled(us_key, layout_name ? layout_name : "");
    auto& pressed = platform->pressed_since_frame;
    if (action == GLFW_RELEASE && std::find(pressed.begin(), pressed.end(), key) != pressed.end()) {
        platform->held_releases.push_back({key, scancode, action, mods});
    } else {
        if (action == GLFW_PRESS) pressed.push_back(key);
        ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
    }
    // GLFW's key codes for letters are their ASCII capitals.
    if (action == GLFW_PRESS && key >= GLFW_KEY_A && key <= GLFW_KEY_Z) {
        platform->app->press_shortcut(static_cast<char>(key), (mods & GLFW_MOD_CONTROL) != 0,
                                      (mods & GLFW_MOD_SHIFT) != 0);
    }
}

// Closing the window is a Quit: the workspace asks about unsaved changes first.
void on_close(GLFWwindow* window) {
    auto* platform = static_cast<Platform*>(glfwGetWindowUserPointer(window));
    platform->workspace->run(Command::quit);
    if (!platform->workspace->quit_requested()) glfwSetWindowShouldClose(window, GLFW_FALSE);
}

bool write_screenshot(const std::string& path, int width, int height) {
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows run bottom to top, PNG's top to bottom.
    const std::size_t row = static_cast<std::size_t>(width) * 3;
    for (int y = 0; y < height / 2; ++y) {
        std::swap_ranges(pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)),
                         pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y + 1)),
                         pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height - 1 - y)));
    }
    const std::string png = encode_png(width, height, pixels);
    if (png.empty()) return false;
    if (auto problem = write_file_atomically(path, png)) {
        std::cerr << "passaparola-desktop: " << path << ": " << *problem << '\n';
        return false;
    }
    return true;
}

// For the start-up budget: the measuring script passes the launch time. The
// CPU time used so far (all threads, Mesa's included) does not depend on how
// busy the machine is, unlike the wall-clock time.
void report_first_frame() {
    const char* launched = std::getenv("PASSAPAROLA_LAUNCH_NS");
    if (!launched) return;
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                          (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    std::fprintf(stderr, "first-frame-ms: %.1f\nfirst-frame-cpu-ms: %.1f\n",
                 static_cast<double>(now - std::atoll(launched)) / 1e6, cpu_ms);
}

Settings initial_settings(const CommandLine& options, std::filesystem::path& settings_path) {
    Settings defaults;
    const char* locale = std::getenv("LC_ALL");
    if (!locale || !*locale) locale = std::getenv("LC_MESSAGES");
    if (!locale || !*locale) locale = std::getenv("LANG");
    defaults.language = language_from_locale(locale);
    // Screenshots are reproducible: no stored settings are read or written.
    if (!options.screenshot.empty()) {
        settings_path.clear();
    } else {
        settings_path = default_settings_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
    }
    Settings settings = settings_path.empty() ? defaults : load_settings(settings_path, defaults);
    if (!options.language.empty()) settings.language = options.language;
    if (options.theme) settings.theme = *options.theme;
    return settings;
}

// Opens --open and --compare. A screenshot of the wrong scenario would pass
// unnoticed, so there a file or link that does not open is fatal.
bool open_arguments(Workspace& workspace, const CommandLine& options, bool screenshot) {
    for (const auto& [argument, into] : {std::pair{options.open, OpenInto::edited}, std::pair{options.compare, OpenInto::b}}) {
        if (argument.empty()) continue;
        if (looks_like_share_link(argument)) {
            workspace.open_share_link(argument, into);
        } else {
            workspace.open_path(argument, into);
        }
        if (screenshot && workspace.error()) {
            std::cerr << "passaparola-desktop: " << workspace.error()->text << '\n' << workspace.error()->details << '\n';
            return false;
        }
    }
    return true;
}

// The workspace, the app and the event loop; returns the exit status. The app
// (with its background thread) is gone before ImGui and GLFW shut down.
int run(GLFWwindow* window, const CommandLine& options) {
    const bool screenshot = !options.screenshot.empty();
    ImGuiIO& io = ImGui::GetIO();
    std::filesystem::path settings_path;
    Settings settings = initial_settings(options, settings_path);  // sets the path: not in the same call
    ui::ImGuiClipboard clipboard;
    Workspace workspace(std::move(settings), settings_path, &clipboard);
    if (!open_arguments(workspace, options, screenshot)) return 1;
    if (options.tab) workspace.select_kind(*options.tab);
    if (!options.preset.empty() && !workspace.apply_preset(options.preset)) {
        std::cerr << "passaparola-desktop: the preset " << options.preset << " does not fill this calculator\n";
        if (screenshot) return 1;
    }

    ui::AppUi app(workspace, [] { glfwPostEmptyEvent(); });
    ui::Appearance appearance;
    Platform platform{&app, &workspace, {}, {}};
    glfwSetWindowUserPointer(window, &platform);
    glfwSetKeyCallback(window, on_key);
    glfwSetWindowCloseCallback(window, on_close);

    std::string title;
    int frames_left = kFramesAfterEvent;
    int frames_drawn = 0;
    bool first_frame_reported = false;
    while (!glfwWindowShouldClose(window) && !workspace.quit_requested()) {
        if (screenshot || frames_left > 0) {
            glfwPollEvents();
        } else {
            // A progress bar moves and the caret of a text field blinks;
            // otherwise sleep until an event.
            if (app.animating()) {
                glfwWaitEventsTimeout(1.0 / 30);
            } else if (io.WantTextInput) {
                glfwWaitEventsTimeout(0.5);
            } else {
                glfwWaitEvents();
            }
            frames_left = kFramesAfterEvent;
        }
        --frames_left;

        float scale_x = 1, scale_y = 1;
        glfwGetWindowContentScale(window, &scale_x, &scale_y);
        if (appearance.update(workspace.settings().theme, scale_x * workspace.settings().zoom)) {
            // All of the renderer's objects at once: making only the font
            // texture here would leave the first NewFrame to make the device
            // objects, which builds and uploads the atlas a second time.
            ImGui_ImplOpenGL3_DestroyDeviceObjects();
            ImGui_ImplOpenGL3_CreateDeviceObjects();
            io.Fonts->ClearTexData();  // the GL texture holds it now
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        // Xvfb's pointer rests mid-screen: a screenshot shows no hover or tooltip.
        if (screenshot) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        io.DeltaTime = std::max(io.DeltaTime, 1e-5f);  // a wake-up within the clock's resolution
        ImGui::NewFrame();
        const bool keys_held = !platform.held_releases.empty();
        platform.release_held_keys(window);
        if (keys_held) frames_left = std::max(frames_left, 1);  // the releases need a frame of their own
        const bool settled = !app.animating();
        app.draw();
        ImGui::Render();

        int width = 0, height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(background.x, background.y, background.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        ++frames_drawn;
        if (screenshot && ((settled && frames_drawn >= kScreenshotFrames) || frames_drawn == kScreenshotMaxFrames)) {
            return write_screenshot(options.screenshot, width, height) ? 0 : 1;
        }
        glfwSwapBuffers(window);
        if (!first_frame_reported) {
            report_first_frame();
            first_frame_reported = true;
        }
        workspace.store_settings();

        const std::string wanted_title = app.window_title();
        if (wanted_title != title) {
            title = wanted_title;
            glfwSetWindowTitle(window, title.c_str());
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const auto parsed = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) {
        std::cerr << "passaparola-desktop: " << parsed.error << '\n' << usage_text();
        return 2;
    }
    const CommandLine& options = parsed.options;
    if (options.help) {
        std::cout << usage_text();
        return 0;
    }
    const bool screenshot = !options.screenshot.empty();

    glfwSetErrorCallback([](int code, const char* text) { std::cerr << "GLFW error " << code << ": " << text << '\n'; });
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);  // ImGui draws in order: no depth or stencil buffer to keep
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, screenshot ? GLFW_FALSE : GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Passaparola", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(screenshot ? 0 : 1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // the layout is fixed; nothing to remember
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 150");

    const int exit_code = run(window, options);

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}
