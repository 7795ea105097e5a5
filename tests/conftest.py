"""Fixtures shared by test modules: a headless Chromium for the HTML pages' browser tests; the
longest tests scheduled first."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium through playwright (no browser download); skipped where it is missing."""
    if CHROMIUM is None:
        pytest.skip("no chromium binary (Debian package `chromium`) on this machine")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


def pytest_collection_modifyitems(items):
    """Tests marked `long` first. pytest-xdist hands tests to its workers in this order: a test
    of minutes handed out last ran alone while the other worker sat idle (CI's last eight of 22
    minutes), handed out first it runs beside the many short ones."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)
