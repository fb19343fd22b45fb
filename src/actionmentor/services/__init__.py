"""The one API both fronts use. Every operation opens its own short transaction."""

from actionmentor.services.app import Services, open_services

__all__ = ["Services", "open_services"]
