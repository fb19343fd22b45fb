"""The one API both fronts use. Every operation opens its own short transaction.

``Services`` and ``open_services`` are loaded on first use (PEP 562), so that modules which
only need the plain records here (the window's first paint) don't import SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actionmentor.services.app import Services, open_services

__all__ = ["Services", "open_services"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from actionmentor.services import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
