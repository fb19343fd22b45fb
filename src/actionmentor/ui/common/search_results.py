"""Search results in the library: one row per place found, the matched words highlighted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
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


def snippet_html(snippet: str) -> str:
    """The snippet escaped (it is the person's own text), with its matches in bold."""
    return (
        escape(" ".join(snippet.split()))
        .replace(MATCH_START, "<b><u>")
        .replace(MATCH_END, "</u></b>")
    )


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines per result, each cut to the width with an ellipsis: the workbook and the
    place, then the snippet with its matches in bold. Every row is the same height, so a
    hundred results lay out at once."""

    def __init__(self, parent: QWidget, *, with_titles: bool = True) -> None:
        super().__init__(parent)
        self.with_titles = with_titles  # off inside one workbook: every title is the same

    def _html(self, option: QStyleOptionViewItem, index: Index) -> str:
        hit: SearchHit = index.data(HIT_ROLE)
        width = max(100, option.rect.width() - 16)
        if not self.with_titles:
            place = option.fontMetrics.elidedText(
                index.data(PLACE_ROLE), Qt.TextElideMode.ElideRight, width
            )
            return f"{escape(place)}<br>{snippet_html(hit.snippet)}"
        bold = QFont(option.font)
        bold.setBold(True)
        title = QFontMetrics(bold).elidedText(hit.workbook_title, Qt.TextElideMode.ElideRight,
                                              width // 2)  # fmt: skip
        rest = width - QFontMetrics(bold).horizontalAdvance(title + " · ")
        place = option.fontMetrics.elidedText(index.data(PLACE_ROLE), Qt.TextElideMode.ElideRight,
                                              rest)  # fmt: skip
        return f"<b>{escape(title)}</b> · {escape(place)}<br>{snippet_html(hit.snippet)}"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        document.setHtml(self._html(option, index))
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.setClipRect(option.rect)
        painter.translate(option.rect.left() + 8, option.rect.top() + 5)
        document.documentLayout().draw(painter, context)
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
        day = local_date(hit.when.astimezone().date(), "d MMMM yyyy") if hit.when else ""
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
