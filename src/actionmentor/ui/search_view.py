"""Search results in the library: one row per place found, the matched words highlighted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
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

from actionmentor.services.search import MATCH_END, MATCH_START, SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The snippet escaped (it is the person's own text), with its matches in bold."""
    return (
        escape(" ".join(snippet.split()))
        .replace(MATCH_START, "<b><u>")
        .replace(MATCH_END, "</u></b>")
    )


class RichTextDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE text as rich text, so a snippet can show its matches."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE))
        document.setTextWidth(max(200, option.rect.width() - 12))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)


class SearchResultsView(QWidget):
    """The count line and the list of results; the library shows it while a search is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_hits(self, words: str, hits: list[SearchHit], places: list[str]) -> None:
        self.list.clear()
        for hit, place in zip(hits, places, strict=True):
            item = QListWidgetItem(f"{hit.workbook_title} · {place}\n{hit.plain_snippet}")
            item.setData(HIT_ROLE, hit)
            item.setData(
                HTML_ROLE,
                f"<b>{escape(hit.workbook_title)}</b> · {escape(place)}"
                f"<br>{snippet_html(hit.snippet)}",
            )
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
