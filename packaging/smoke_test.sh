#!/bin/sh
# Runs a frozen build offscreen in an empty data folder: the version, a blank workbook PDF,
# and the window opened (library painted) and closed.
set -eu
APP=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen ACTIONMENTOR_DATA_DIR="$WORK/data"

"$APP" --version
"$APP" blank --framework hay-2018 --out "$WORK/blank.pdf" >/dev/null
head -c 5 "$WORK/blank.pdf" | grep -q "%PDF-" || { echo "blank export is not a PDF" >&2; exit 1; }
"$APP" demo >/dev/null
"$APP" export 1 --kind workbook --out "$WORK/demo.pdf" >/dev/null
head -c 5 "$WORK/demo.pdf" | grep -q "%PDF-" || { echo "workbook export is not a PDF" >&2; exit 1; }
# Two laptops: the alliance shared, and a fillable form made and merged back (pycrdt, pypdf).
"$APP" share 1 --out "$WORK/alliance.amchanges" >/dev/null
"$APP" export 1 --kind form --as mentor --out "$WORK/form.pdf" >/dev/null
"$APP" merge "$WORK/form.pdf" >/dev/null
# The window opens on the library, paints it with the demo workbook, and closes itself.
seconds=$(timeout 60 "$APP" --report-first-paint)
echo "window opened and closed: library painted after $seconds s"
"$APP" search confidential | grep -q "Priya and Tom" || { echo "search found nothing" >&2; exit 1; }
echo "smoke test passed"
