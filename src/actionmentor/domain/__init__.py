"""Plain-Python domain: vocabularies, answer values and progress rules. No Qt, no SQL."""
