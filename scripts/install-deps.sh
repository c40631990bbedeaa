#!/usr/bin/env bash
# Installs the Debian packages Passaparola needs, only those that are missing:
# no `apt-get update` when everything is there already, so it is cheap to run
# at the start of every build or test.
#   scripts/install-deps.sh [native] [web] [desktop] [browser] [fuzz] [wordpress]   (default: all)
set -euo pipefail

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(native web desktop browser fuzz wordpress)

packages=()
for group in "${groups[@]}"; do
  case "$group" in
    native)  packages+=(cmake g++ make pkg-config python3 nlohmann-json3-dev zlib1g-dev libgtest-dev libbenchmark-dev) ;;
    # zip packs the WordPress plugin (scripts/build-web.sh).
    web)     packages+=(emscripten binaryen python3 zip) ;;
    desktop) packages+=(libimgui-dev libglfw3-dev libgl-dev libgl1-mesa-dri xvfb xauth imagemagick fonts-dejavu-core) ;;
    browser) packages+=(chromium fonts-dejavu-core poppler-utils) ;;
    fuzz)    packages+=(clang-14 libclang-rt-14-dev) ;;
    # A real WordPress for the plugin's test (tests/wordpress/run.sh); unzip installs the plugin's zip there.
    wordpress) packages+=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql php-cli unzip) ;;
    *) echo "install-deps: unknown group '$group'" >&2; exit 2 ;;
  esac
done
# Node.js may come from Debian or from NodeSource (which bundles npm).
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Drop repeats while keeping the order.
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | awk 'NF && !seen[$0]++')
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
