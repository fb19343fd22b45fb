"""Worksheet content as data: one TOML file per framework, validated on load."""

from actionmentor.exercises.loader import (
    DEFAULT_FRAMEWORK_ID,
    about,
    content_language,
    framework,
    frameworks,
    set_content_language,
)

__all__ = [
    "DEFAULT_FRAMEWORK_ID",
    "about",
    "content_language",
    "framework",
    "frameworks",
    "set_content_language",
]
