"""Renders resources/icons/actionmentor.svg into the PNG sizes of the hicolor theme and into
the Windows .ico and macOS .icns the PyInstaller spec uses. Run after changing the SVG, and
commit the results (the build does not render them).
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(out))


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "actionmentor.svg"))
    for size in SIZES:
        render(renderer, size, ICONS / f"actionmentor-{size}.png")
    largest = Image.open(ICONS / "actionmentor-512.png")
    largest.save(ICONS / "actionmentor.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(ICONS / "actionmentor.icns")
    print(*sorted(p.name for p in ICONS.iterdir()))


if __name__ == "__main__":
    main()
