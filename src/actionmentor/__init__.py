"""Action Mentor: a do-it-yourself mentoring workbook after Julie Hay (1997)."""

__version__ = "0.1.0"
APP_NAME = "Action Mentor"
