"""File › Export…: what to export, on which paper, and whether to print your private entries."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.enums import ExportKind
from actionmentor.ui.common.language import LANGUAGES
from actionmentor.ui.common.translate import QT_TRANSLATE_NOOP
from actionmentor.ui.common.widgets import PaperChoice, error_label, ok_cancel, refuse

WITH_JOURNAL = (ExportKind.WORKBOOK, ExportKind.HTML)  # the kinds that print the journal
BLANK = "blank"  # not an export of this workbook: the framework's pages, for writing by hand


def _kind(kind: ExportKind | str, title: str, detail: str) -> tuple[str, str, str]:
    return str(kind), title, detail


K = ExportKind
KINDS = (  # titles and details are translated where shown, in the ExportDialog context
    _kind(K.WORKBOOK, QT_TRANSLATE_NOOP("ExportDialog", "The whole workbook (PDF)"),
          QT_TRANSLATE_NOOP("ExportDialog", "Cover, contents, every stage with your answers, "
                            "the action plan, meetings, reviews and journal.")),
    _kind(K.HTML, QT_TRANSLATE_NOOP("ExportDialog", "The whole workbook as a web page (HTML)"),
          QT_TRANSLATE_NOOP("ExportDialog", "The same content as one accessible file: for a "
                            "screen reader, a phone or any browser.")),
    _kind(K.ACTION_PLAN, QT_TRANSLATE_NOOP("ExportDialog", "The action plan (PDF)"),
          QT_TRANSLATE_NOOP("ExportDialog", "A landscape table with a box to tick.")),
    _kind(K.INVITATION, QT_TRANSLATE_NOOP("ExportDialog", "The invitation letter (PDF)"),
          QT_TRANSLATE_NOOP("ExportDialog", "A one-page letter to your mentor.")),
    _kind(K.MEETING, QT_TRANSLATE_NOOP("ExportDialog", "A sheet for the next meeting (PDF)"),
          QT_TRANSLATE_NOOP("ExportDialog", "Agenda, open actions and room for notes.")),
    _kind(K.ICS, QT_TRANSLATE_NOOP("ExportDialog", "Meetings and due dates (calendar .ics)"),
          QT_TRANSLATE_NOOP("ExportDialog", "For your calendar program.")),
    _kind(K.FORM, QT_TRANSLATE_NOOP("ExportDialog", "A form to fill in without the app (PDF)"),
          QT_TRANSLATE_NOOP("ExportDialog", "For the other person: their questions and the "
                            "joint ones as boxes any PDF reader fills in. Merge it back with "
                            "File › Merge changes from….")),
    _kind(BLANK, QT_TRANSLATE_NOOP("ExportDialog", "A blank workbook (PDF)"),
          QT_TRANSLATE_NOOP("ExportDialog", "The same stages with space to write by hand.")),
)  # fmt: skip


class ExportDialog(QDialog):
    def __init__(
        self, writer_name: str, paper: str, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(760)
        # Two columns: what to export on the left, how on the right. In one column the eight
        # kinds and the options were taller than a 700-pixel screen, and Qt squeezed them.
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        kinds = QVBoxLayout()
        kinds.setSpacing(2)
        options = QVBoxLayout()
        columns.addLayout(kinds, 3)
        columns.addSpacing(16)
        columns.addLayout(options, 2)
        layout.addLayout(columns)
        self.group = QButtonGroup(self)
        self.buttons_by_kind: dict[str, QRadioButton] = {}
        for index, (kind, title, detail) in enumerate(KINDS):
            button = QRadioButton(self.tr(title))
            button.setAccessibleName(self.tr(title))
            self.group.addButton(button, index)
            self.buttons_by_kind[kind] = button
            note = QLabel(self.tr(detail))
            note.setWordWrap(True)  # German descriptions are longer
            note.setObjectName("muted")
            note.setContentsMargins(24, 0, 0, 4)
            kinds.addWidget(button)
            kinds.addWidget(note)
        self.buttons_by_kind["workbook"].setChecked(True)
        self.paper = PaperChoice(paper, self.tr("Paper size"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the printout"))
        for code, name in LANGUAGES.items():
            if code:
                self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.include_private = QCheckBox(
            self.tr("Include my private journal entries (%s)") % writer_name
        )
        self.include_private.setAccessibleName(self.tr("Include my private journal entries"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Needed to print your private entries"))
        self.passphrase_label = QLabel(self.tr("Your passphrase"))
        self.error = error_label()
        self.error.setAccessibleName(self.tr("What stands in the way"))
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Language"), self.language)
        options.addLayout(form)
        options.addStretch()
        private = QFormLayout()  # full width, under both columns: its German label is long
        private.addRow(self.include_private)
        private.addRow(self.passphrase_label, self.passphrase)
        layout.addLayout(private)
        layout.addWidget(self.error)
        # Set by the controller: given the passphrase typed, None if the export may go on,
        # else the reason it may not (the dialog then stays open and says so).
        self.check_private: Callable[[str], str | None] = lambda _phrase: None
        self.needs_passphrase = False
        self.buttons = ok_cancel(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        layout.addWidget(self.buttons)
        # The descriptions wrap: start at the height they need at this width, not at the
        # one-line height Qt would otherwise start from (which cut them off).
        width = self.minimumWidth()
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))
        self.group.idToggled.connect(lambda *_: self._update())
        self.include_private.toggled.connect(lambda _on: self._update())
        self._update()

    def ask_passphrase(self, known: str | None) -> None:
        """The writer's private entries are locked: ask for the passphrase, or fill in the
        one already given in the journal tab."""
        self.needs_passphrase = True
        if known:
            self.passphrase.setText(known)
        self._update()

    def accept(self) -> None:
        if self.kind() in WITH_JOURNAL and self.include_private.isChecked():
            problem = self.check_private(self.passphrase.text())
            if problem:
                refuse(self.error, self.passphrase, problem)
                return
        super().accept()

    def kind(self) -> str:
        return KINDS[self.group.checkedId()][0]

    def _update(self) -> None:
        kind = self.kind()
        self.include_private.setEnabled(kind in WITH_JOURNAL)
        asking = kind in WITH_JOURNAL and self.include_private.isChecked() and self.needs_passphrase
        self.passphrase.setVisible(asking)
        self.passphrase_label.setVisible(asking)
        self.error.clear()
        self.paper.setEnabled(kind != ExportKind.ICS)

    def chosen_language(self) -> str:
        return str(self.language.currentData())
