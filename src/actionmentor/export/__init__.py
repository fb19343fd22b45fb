"""Printable and portable exports: PDF with reportlab, calendar with icalendar. No Qt here."""
