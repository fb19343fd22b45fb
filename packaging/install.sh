#!/bin/sh
# Puts Action Mentor in your menu: links the program into ~/.local/bin and copies the desktop
# file, metainfo and icons under ~/.local/share. Run it from the unpacked folder.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
mkdir -p "$PREFIX/bin" "$PREFIX/share"
ln -sf "$HERE/actionmentor" "$PREFIX/bin/actionmentor"
cp -r "$HERE/share/." "$PREFIX/share/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$PREFIX/share/icons/hicolor" || true
echo "Installed: run 'actionmentor' or find Action Mentor in your applications menu."
