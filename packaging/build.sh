#!/bin/sh
# `make package`: freeze the app into dist/actionmentor/ (PyInstaller one-folder), add the
# desktop integration files, pack dist/actionmentor-VERSION-linux-ARCH.tar.gz, then check
# the result: the desktop file and metainfo validate, and the frozen app runs offscreen.
set -eu
cd "$(dirname "$0")/.."
BIN=.venv/bin
VERSION=$($BIN/python -c "import actionmentor; print(actionmentor.__version__)")
APP_ID=org.actionmentor.ActionMentor
OUT=dist/actionmentor

rm -rf "$OUT" build/pyinstaller
$BIN/pyinstaller packaging/actionmentor.spec --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller
# The libraries only the plugins left out needed (GTK and its kin).
$BIN/python packaging/prune.py "$OUT"
# ICU's data for English, German and root only.
$BIN/python packaging/trim_icu.py "$OUT"

# The freedesktop layout beside the binary, ready to copy under /usr or ~/.local.
SHARE="$OUT/share"
mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
cp packaging/linux/$APP_ID.desktop "$SHARE/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$SHARE/metainfo/"
cp resources/icons/actionmentor.svg "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "resources/icons/actionmentor-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
cp packaging/install.sh packaging/README-linux.txt "$OUT/"

desktop-file-validate "$SHARE/applications/$APP_ID.desktop"
appstreamcli validate --no-net --pedantic "$SHARE/metainfo/$APP_ID.metainfo.xml" >/dev/null
grep -q "release version=\"$VERSION\"" "$SHARE/metainfo/$APP_ID.metainfo.xml" || {
    echo "The metainfo's <release> is not $VERSION: add this version there." >&2
    exit 1
}

TARBALL="dist/actionmentor-$VERSION-linux-$(uname -m).tar.gz"
tar -C dist -czf "$TARBALL" actionmentor
sh packaging/smoke_test.sh "$OUT/actionmentor"
echo "Built $OUT ($(du -sh "$OUT" | cut -f1)) and $TARBALL ($(du -h "$TARBALL" | cut -f1))"
