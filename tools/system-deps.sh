#!/bin/sh
# Installs the Debian libraries Qt needs (offscreen for tests, xcb for a real
# window) and the tools the test suite (or, with `package`, the packaging) uses: pdftoppm
# renders PDF pages, pdftk fills in the fillable form as a third-party reader would; Xvfb,
# D-Bus, AT-SPI and pyatspi let a test read the window as a screen reader does (tests/a11y).
# Only missing packages are fetched,
# so a machine that has them all pays one dpkg-query call.
set -eu

PACKAGES="libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6 poppler-utils
pdftk-java xvfb dbus-daemon at-spi2-core python3-pyatspi"
# `make package` also validates the desktop file and the AppStream metainfo.
if [ "${1:-}" = "package" ]; then
    # binutils: strip, readelf, objcopy, ld; icu-devtools: icupkg, genccode (trim_icu.py)
    PACKAGES="$PACKAGES desktop-file-utils appstream binutils icu-devtools"
fi

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can do here

missing=""
for p in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Action Mentor needs these Debian packages:$missing" >&2
    echo "Install them with: sudo apt-get install$missing" >&2
    exit 1
fi
echo "Installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
