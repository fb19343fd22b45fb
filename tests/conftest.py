"""Shared fixtures: a fresh data folder and services per test, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen, on a 1920×1080 screen (the plugin's default is 800×600, which would clamp a
# restored window geometry).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).parent / "fixtures" / "offscreen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from actionmentor.services import Services, open_services

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user data folder or settings."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.delenv("ACTIONMENTOR_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    svc = open_services(data_dir)
    yield svc
    svc.close()


@pytest.fixture
def workbook_id(services: Services) -> int:
    return services.workbooks.create("Ana Évora", "Ben Ōta").id
