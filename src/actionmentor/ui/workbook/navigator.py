"""The stage list: stages with their progress and sign-off ticks, worksheets beneath."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from actionmentor.domain.content import Framework
from actionmentor.domain.enums import StageStatus
from actionmentor.domain.records import StageState

WORKSHEET_ROLE = Qt.ItemDataRole.UserRole


STAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for titles wrapped to the navigator's width: Qt wraps the text it paints
    (word wrap is on) but sizes a row as one line unless told the width it has."""

    def __init__(self, view: StageNavigator) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        depth = 1  # the first level is indented too (the expand arrows)
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        width = self.view.viewport().width() - depth * self.view.indentation() - 2 * margin
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 0 or not text:
            return hint
        wrapped = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        line = QFontMetrics(font).height()
        return QSize(
            min(hint.width(), width), max(hint.height(), hint.height() - line + wrapped.height())
        )


class StageNavigator(QTreeWidget):
    worksheet_chosen = Signal(str, str)  # stage id, worksheet id
    stage_chosen = Signal(str)  # a stage's own page

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Stages and worksheets"))
        self.setMinimumWidth(260)
        # Long titles wrap instead of being cut off ("Agreement: purpose, trust and signat…").
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(_WrappingDelegate(self))
        self._laid_out_width = -1
        self._stage_items: dict[str, QTreeWidgetItem] = {}
        self._titles: dict[str, str] = {}
        self._worksheet_titles: dict[str, str] = {}
        for stage in framework.all_stages():
            item = QTreeWidgetItem([stage.title])
            item.setData(0, STAGE_ROLE, stage.id)
            self._stage_items[stage.id] = item
            self._titles[stage.id] = stage.title
            for worksheet in stage.worksheets:
                self._worksheet_titles[worksheet.id] = worksheet.title
                child = QTreeWidgetItem([worksheet.title])
                child.setToolTip(0, worksheet.title)
                child.setData(0, WORKSHEET_ROLE, (stage.id, worksheet.id))
                item.addChild(child)
            self.addTopLevelItem(item)
        self.expandAll()
        self.currentItemChanged.connect(self._current_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._laid_out_width:  # the rows' wrapped heights follow the width
            self._laid_out_width = width
            self.scheduleDelayedItemsLayout()

    def _current_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        if item is None:
            return
        data = item.data(0, WORKSHEET_ROLE)
        if data:
            self.worksheet_chosen.emit(*data)
        elif item.data(0, STAGE_ROLE):
            self.stage_chosen.emit(item.data(0, STAGE_ROLE))

    def select_stage(self, stage_id: str) -> None:
        item = self._stage_items.get(stage_id)
        if item is not None:
            self.setCurrentItem(item)

    def current_stage_id(self) -> str | None:
        """The stage shown now, whether its own page or one of its worksheets."""
        item = self.currentItem()
        if item is None:
            return None
        stage_item = item.parent() or item
        stage_id = stage_item.data(0, STAGE_ROLE)
        return str(stage_id) if stage_id else None

    def stage_ids(self) -> list[str]:
        return list(self._stage_items)

    def current_worksheet(self) -> tuple[str, str] | None:
        item = self.currentItem()
        data = item.data(0, WORKSHEET_ROLE) if item else None
        return tuple(data) if data else None

    def select(self, stage_id: str, worksheet_id: str) -> None:
        stage = self._stage_items.get(stage_id)
        if stage is None:
            return
        for i in range(stage.childCount()):
            child = stage.child(i)
            if child is not None and child.data(0, WORKSHEET_ROLE)[1] == worksheet_id:
                self.setCurrentItem(child)
                return

    def show_worksheet_progress(self, progress: dict[str, tuple[int, int]]) -> None:
        """Each worksheet's core answers after its title: "Rating yourself  3/5", or a tick
        once every one is there."""
        for item in self._stage_items.values():
            for i in range(item.childCount()):
                child = item.child(i)
                data = child.data(0, WORKSHEET_ROLE) if child else None
                if child is None or not data or data[1] not in progress:
                    continue
                done, total = progress[data[1]]
                title = self._worksheet_titles[data[1]]
                mark = "  ✓" if total and done >= total else f"  {done}/{total}" if total else ""
                child.setText(0, f"{title}{mark}")
                child.setToolTip(
                    0,
                    self.tr("%1: %2 of %3 core answers")
                    .replace("%1", title)
                    .replace("%2", str(done))
                    .replace("%3", str(total)),
                )

    def show_progress(self, states: list[StageState]) -> None:
        for state in states:
            item = self._stage_items.get(state.stage_id)
            if item is None:
                continue
            ticks = ("✓" if state.mentee_signed_at else "·") + (
                "✓" if state.mentor_signed_at else "·"
            )
            if state.edited_after_signoff_at is not None:
                ticks += " ✎"  # changed since it was signed
            text = f"{self._titles[state.stage_id]}   {state.answered}/{state.total}  {ticks}"
            item.setText(0, text)
            font = item.font(0)
            font.setBold(state.status is not StageStatus.NOT_STARTED)
            item.setFont(0, font)
            signed = [
                self.tr("mentee signed") if state.mentee_signed_at else "",
                self.tr("mentor signed") if state.mentor_signed_at else "",
            ]
            item.setToolTip(
                0,
                self.tr("%1 of %2 answered")
                .replace("%1", str(state.answered))
                .replace("%2", str(state.total))
                + "".join(f"; {s}" for s in signed if s)
                + (self.tr("; changed since sign-off") if state.edited_after_signoff_at else ""),
            )
