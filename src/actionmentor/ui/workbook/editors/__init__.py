"""One editor widget per prompt kind, all with the same small interface (see base.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from actionmentor.domain.content import Prompt
from actionmentor.domain.enums import PromptKind
from actionmentor.ui.workbook.editors.base import PromptEditor
from actionmentor.ui.workbook.editors.choices import ChecklistEditor, ChoiceEditor, RatingEditor
from actionmentor.ui.workbook.editors.dates import DateEditor, SignatureEditor
from actionmentor.ui.workbook.editors.table import TableEditor
from actionmentor.ui.workbook.editors.text import ListEditor, LongTextEditor, ShortTextEditor

__all__ = ["EDITORS", "PromptEditor", "make_editor"]

EDITORS: dict[PromptKind, type[PromptEditor]] = {
    PromptKind.SHORT_TEXT: ShortTextEditor,
    PromptKind.LONG_TEXT: LongTextEditor,
    PromptKind.LIST: ListEditor,
    PromptKind.RATING: RatingEditor,
    PromptKind.CHOICE: ChoiceEditor,
    PromptKind.CHECKLIST: ChecklistEditor,
    PromptKind.DATE: DateEditor,
    PromptKind.TABLE: TableEditor,
    PromptKind.SIGNATURE: SignatureEditor,
}


def make_editor(prompt: Prompt, accessible_name: str) -> PromptEditor:
    editor = EDITORS[prompt.kind](prompt, accessible_name)
    editor.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the inputs inside
    return editor
