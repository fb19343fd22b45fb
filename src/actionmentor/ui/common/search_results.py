"""Search results in the library: one row per place found, the matched words highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.search import MATCH_END, MATCH_START, SearchHit
from actionmentor.ui.common.widgets import local_date

HIT_ROLE = Qt.ItemDataRole.UserRole
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as runs of (text, is a match), its white space made single spaces."""
    text = " ".join(snippet.split())
    runs: list[tuple[str, bool]] = []
    for n, part in enumerate(text.split(MATCH_START)):
        matched, _sep, rest = part.partition(MATCH_END) if n else ("", "", part)
        runs += [(t, m) for t, m in ((matched, True), (rest, False)) if t]
    return runs


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines per result, each cut to the width with an ellipsis: the workbook and the
    place, then the snippet with its matches in bold. Every row is the same height, so a
    hundred results lay out at once; the lines are drawn as runs of text, not laid out as
    a rich-text document per row, so a result list paints in a few milliseconds."""

    def __init__(self, parent: QWidget, *, with_titles: bool = True) -> None:
        super().__init__(parent)
        self.with_titles = with_titles  # off inside one workbook: every title is the same

    def _line(
        self, painter: QPainter, x: int, y: int, width: int, runs: list[tuple[str, QFont]]
    ) -> None:
        """Draw the runs from (x, baseline y), the one that would overflow cut with "…"."""
        right = x + width
        for text, font in runs:
            metrics = QFontMetrics(font)
            room = right - x
            if room <= 0:
                return
            painter.setFont(font)
            advance = metrics.horizontalAdvance(text)
            if advance > room:
                painter.drawText(x, y, metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
                return
            painter.drawText(x, y, text)
            x += advance

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        hit: SearchHit = index.data(HIT_ROLE)
        place = str(index.data(PLACE_ROLE) or "")
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        plain = QFont(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        match = QFont(bold)
        match.setUnderline(True)
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        width = max(100, option.rect.width() - 16)
        x = option.rect.left() + 8
        top = option.rect.top() + 5 + option.fontMetrics.ascent()
        head: list[tuple[str, QFont]] = [(place, plain)]
        if self.with_titles:
            title = QFontMetrics(bold).elidedText(
                hit.workbook_title, Qt.TextElideMode.ElideRight, width // 2
            )
            head = [(title, bold), (" · ", plain), (place, plain)]
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(option.palette.color(role))
        self._line(painter, x, top, width, head)
        runs = [(t, match if m else plain) for t, m in snippet_runs(hit.snippet)]
        self._line(painter, x, top + option.fontMetrics.lineSpacing(), width, runs)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, 2 * option.fontMetrics.lineSpacing() + 12)


class SearchResultsView(QWidget):
    """The count line and the list of results; the library shows it while a search is typed."""

    def __init__(self, parent: QWidget | None = None, *, with_titles: bool = True) -> None:
        super().__init__(parent)
        self.with_titles = with_titles
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setItemDelegate(SearchHitDelegate(self.list, with_titles=with_titles))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_hits(self, words: str, hits: list[SearchHit]) -> None:
        self.list.clear()
        for hit in hits:
            place = self.place_text(hit)
            head = f"{hit.workbook_title} · {place}" if self.with_titles else place
            item = QListWidgetItem(f"{head}\n{hit.plain_snippet}")
            item.setData(HIT_ROLE, hit)
            item.setData(PLACE_ROLE, place)
            item.setToolTip(place)
            self.list.addItem(item)
        if len(hits) == 1:
            self.summary.setText(self.tr("Found in one place for “%1”").replace("%1", words))
        elif hits:
            self.summary.setText(
                self.tr("Found in %1 places for “%2”")
                .replace("%1", str(len(hits)))
                .replace("%2", words)
            )
        if hits:
            self.list.setCurrentRow(0)
        else:
            self.summary.setText(
                self.tr(
                    "Nothing found for “%1”. Private journal entries are never searched."
                ).replace("%1", words)
            )

    def current_hit(self) -> SearchHit | None:
        item = self.list.currentItem()
        return item.data(HIT_ROLE) if item else None

    def place_text(self, hit: SearchHit) -> str:
        """Where a result is, in the window's language."""
        who = {
            "mentee": self.tr("mentee"),
            "mentor": self.tr("mentor"),
            "together": self.tr("together"),
        }.get(hit.who, hit.who)
        day = local_date(hit.when.astimezone().date()) if hit.when else ""
        if hit.kind == "answer":
            if hit.instance:
                return (
                    self.tr("%1 (%2, copy %3)")
                    .replace("%1", hit.heading)
                    .replace("%2", who)
                    .replace("%3", str(hit.instance))
                )
            return self.tr("%1 (%2)").replace("%1", hit.heading).replace("%2", who)
        if hit.kind == "action":
            return self.tr("Action plan › %1").replace("%1", hit.heading)
        if hit.kind == "meeting":
            return self.tr("Meeting of %1").replace("%1", day)
        return self.tr("Journal › %1, %2").replace("%1", who).replace("%2", day)
