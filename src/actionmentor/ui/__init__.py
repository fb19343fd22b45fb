"""The PySide6 front end: views lay out widgets, controllers wire them to the services."""
