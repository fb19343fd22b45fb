"""Inputs that behave on a scrolling page: an optional date that can be typed, picked and
cleared, and drop-downs and spin boxes that leave the mouse wheel to the page.

Qt's QDateEdit has no empty state: the app used its minimum date as "no date", so the
calendar opened in 1900, typing over "No date" mixed the two texts, and a date once set
could not be cleared. DateField is a line edit instead: empty means no date, a typed date is
read in the interface language's format or in ISO, and the calendar opens at the date, else
today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)

# One date format per interface language: what a date field shows and first reads back.
SHOWN = {"de": "dd.MM.yyyy", "en": "d MMM yyyy"}  # as Words.date writes a date
ISO = "yyyy-MM-dd"
# Also read: shorter spellings people type.
ALSO_READ = {"de": ("d.M.yyyy", "d.M.yy", "dd.MM.yy"), "en": ("d MMM yyyy", "d MMMM yyyy")}


def _language() -> str:
    return QLocale().name().split("_")[0]


def date_format() -> str:
    """How the interface language writes a date in a field."""
    return SHOWN.get(_language(), ISO)


def parse_date(text: str) -> dt.date | None:
    """A date typed in the interface language's format or ISO; None if it is not one."""
    text = " ".join(text.split())
    if not text:
        return None
    locale = QLocale()
    for pattern in (date_format(), ISO, *ALSO_READ.get(_language(), ())):
        found = locale.toDate(text, pattern)
        if found.isValid():
            year = found.year()
            if "yyyy" not in pattern:  # two digits: this century
                year = 2000 + year % 100
            try:
                return dt.date(year, found.month(), found.day())
            except ValueError:
                return None
    return None


def show_date(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


class DateField(QWidget):
    """An optional date. ``changed`` is emitted once a new date (or none) is settled: on
    Enter, on leaving the field, on a click in the calendar, or when the field is cleared.
    A text that is no date is kept, marked, and changes nothing."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._loading = False
        self.line = QLineEdit()
        self.line.setAccessibleName(accessible_name)
        self.line.setPlaceholderText(self.tr("No date"))
        self.line.setClearButtonEnabled(True)
        self.line.setToolTip(self._hint())
        self.line.editingFinished.connect(self._settle)
        self.line.textChanged.connect(self._maybe_cleared)
        self.line.installEventFilter(self)
        self.pick = QToolButton()
        self.pick.setText("▾")
        self.pick.setToolTip(self.tr("Pick a date from the calendar (Alt+Down)"))
        self.pick.setAccessibleName(self.tr("%s: calendar") % accessible_name)
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab leaves the field at once
        self.pick.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.pick)
        self.setFocusProxy(self.line)
        width = self.line.fontMetrics().horizontalAdvance("00.00.00000") + 40
        self.line.setMinimumWidth(width)

    def _hint(self) -> str:
        example = show_date(dt.date(2027, 1, 15))
        if date_format() == ISO:
            return self.tr("Type a date like %s, or leave it empty for none") % example
        return (
            self.tr("Type a date like %1 or %2, or leave it empty for none")
            .replace("%1", example)
            .replace("%2", "2027-01-15")
        )

    def date(self) -> dt.date | None:
        """The date the field shows, read afresh: a dialog's OK may come before the field
        has been left; a text that is no date leaves the last date standing."""
        text = self.line.text()
        if not text.strip():
            return None
        return parse_date(text) or self._date

    def iso(self) -> str:
        """The date as ISO text, "" for none: how answers store it."""
        day = self.date()
        return day.isoformat() if day else ""

    def set_date(self, day: dt.date | None) -> None:
        """Show ``day`` without emitting ``changed`` (loading what is stored)."""
        self._date = day
        self._loading = True  # not blockSignals: the clear button follows textChanged
        try:
            self.line.setText(show_date(day))
        finally:
            self._loading = False
        self._mark(valid=True)

    def is_valid(self) -> bool:
        """False while the field holds a text that is no date."""
        return not self.line.text().strip() or parse_date(self.line.text()) is not None

    def _mark(self, *, valid: bool) -> None:
        self.line.setProperty("invalid", not valid)
        self.line.setToolTip(self._hint() if valid else self.tr("Not a date. ") + self._hint())
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)

    def _maybe_cleared(self, text: str) -> None:
        if not text.strip() and not self._loading:
            self._settle()  # the clear button, or the last character deleted

    def _settle(self) -> None:
        text = self.line.text()
        day = parse_date(text)
        if text.strip() and day is None:
            self._mark(valid=False)
            return
        self._mark(valid=True)
        if day is not None and self.line.text() != show_date(day):
            self.line.blockSignals(True)
            self.line.setText(show_date(day))
            self.line.blockSignals(False)
        if day != self._date:
            self._date = day
            self.changed.emit()

    def open_calendar(self) -> None:
        """The calendar, at the date shown, else today."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        shown = parse_date(self.line.text()) or self._date or dt.date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.adjustSize()
        calendar.move(self._popup_place(calendar.sizeHint().width(), calendar.sizeHint().height()))
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _popup_place(self, width: int, height: int) -> QPoint:
        """Below the field if it fits on the screen, else above; never past an edge."""
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - width))
        y = below.y()
        if y + height > screen.bottom():
            y = max(screen.top(), self.mapToGlobal(QPoint(0, 0)).y() - height)
        return QPoint(x, y)

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
        self.line.setText(show_date(dt.date(day.year(), day.month(), day.day())))
        self._settle()
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)


class _WheelToPage(QObject):
    """The wheel scrolls the page as the pointer passes over a drop-down or a spin box; a
    spin box takes it once it has focus (clicked or tabbed into), a closed drop-down never."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        # A closed drop-down never takes the wheel: clicked once, it keeps the focus, and
        # the next scroll of the page would change the answer. Its open list scrolls.
        if watched.hasFocus() and not isinstance(watched, QComboBox):
            return False
        parent = watched.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QApplication.sendEvent(parent.verticalScrollBar(), event)
        return True


_WHEEL_TO_PAGE = _WheelToPage()


def wheel_only_when_focused(*widgets: QComboBox | QAbstractSpinBox) -> None:
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
        widget.installEventFilter(_WHEEL_TO_PAGE)


class DateTimeField(QWidget):
    """An optional date with a time: the date as in DateField, then HH:mm."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField(accessible_name)
        self.time = QTimeEdit(QTime(18, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("%s: time") % accessible_name)
        wheel_only_when_focused(self.time)
        self.date.changed.connect(self._date_changed)
        self.time.timeChanged.connect(self._time_changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addWidget(self.time)
        row.addStretch()
        self.setFocusProxy(self.date)

    def _date_changed(self) -> None:
        self.time.setEnabled(self.date.date() is not None)  # no date, no time to set
        self.changed.emit()

    def _time_changed(self, _time: QTime) -> None:
        if self.date.date() is not None:
            self.changed.emit()

    def value(self) -> dt.datetime | None:
        """The local moment, or None for no date."""
        day = self.date.date()
        if day is None:
            return None
        t = self.time.time()
        return dt.datetime(day.year, day.month, day.day, t.hour(), t.minute()).astimezone()

    def set_value(self, moment: dt.datetime | None) -> None:
        local = moment.astimezone() if moment else None
        self.date.set_date(local.date() if local else None)
        self.time.blockSignals(True)
        self.time.setTime(QTime(local.hour, local.minute) if local else QTime(18, 0))
        self.time.blockSignals(False)
        self.time.setEnabled(local is not None)
