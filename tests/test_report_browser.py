"""The HTML report in a real browser: Debian's chromium, driven by Playwright through ``executable_path``
(never a browser Playwright downloads).  The tests skip, saying why, only where no browser can be launched;
.ci/run installs chromium where apt can."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quotecheck
from quotecheck.html import render_html

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (dev extra)")

# A closed network and a root user: no sandbox, nothing that phones home.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

ARTICLE = """\
Harbour Road depot will close next year, the council decided on Monday.
“We were built for 40 buses and we now run 120,” council leader Maria Okafor said.
Ms Okafor added that the new site would probably open in 2027.
Two drivers who asked not to be named said the move was rushed.
“Nobody asked us,” read a sign on the gate.
"""
SOURCE = "MARIA OKAFOR: We were built for 40 buses and we now run 102.\n"
HOSTILE = "“<script>alert(1)</script></textarea><img src=x onerror=alert(2)>,” Mayor Lena Hartwig said.\n"
HOSTILE_SOURCE = "LENA HARTWIG: <script>alert(3)</script> and <img src=y onerror=alert(4)>\n"


def _chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        pytest.skip("no chromium on PATH or at /usr/bin/chromium (.ci/run installs Debian's chromium)")
    with sync_api.sync_playwright() as pw:
        try:
            launched = pw.chromium.launch(executable_path=executable, args=ARGS, timeout=15_000)
        except sync_api.Error as exc:
            pytest.skip(f"chromium at {executable} cannot be launched: {str(exc).splitlines()[0]}")
        yield launched
        launched.close()


class _Watched:
    """A page with everything that would betray a broken report recorded: console errors, uncaught
    exceptions, dialogs (an injected alert) and any request beyond the file itself."""

    def __init__(self, browser: Any, path: Path, width: int) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": 800})
        self.page.set_default_timeout(5_000)
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def visible(self, selector: str) -> bool:
        return bool(self.page.is_visible(selector))


def _write(tmp_path: Path, name: str, text: str, **options: Any) -> Path:
    path = tmp_path / name
    path.write_text(render_html(text, **options), encoding="utf-8")
    return path


def test_the_report_shows_statements_verdicts_and_nothing_else(browser: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, "report.html", ARTICLE, sources=SOURCE, title="Depot")
    w = _Watched(browser, path, 1280)
    page = w.page

    statements = len(quotecheck.analyze(ARTICLE).statements)
    assert page.inner_text("#count-statements") == str(statements) == "5"

    # a statement stands out from the page
    page_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for level in ("named_direct", "named_indirect", "institutional", "anonymous_described", "unattributed"):
        bg = page.eval_on_selector(f"#article .st.lv-{level}", "el => getComputedStyle(el).backgroundColor")
        assert bg not in (page_bg, "rgba(0, 0, 0, 0)")

    # hovering a statement lights its speaker and cue
    page.hover("#st-s2")
    assert page.eval_on_selector("#article .sp[data-for~='s2']", "el => el.classList.contains('lit')")
    assert page.eval_on_selector("#article .cue[data-for~='s2']", "el => el.classList.contains('lit')")

    # the verdict appears on a click on the statement, not before
    assert not w.visible("#check-s2-1")
    page.click("#st-s2")
    assert w.visible("#check-s2-1")
    assert "altered" in page.inner_text("#check-s2-1")
    assert page.get_attribute("#toggle-s2", "aria-expanded") == "true"

    # and from the keyboard: the badge after a statement takes Enter, the card's heading Space
    assert not w.visible("#check-s5-1")
    page.focus("#tag-s5")
    page.keyboard.press("Enter")
    assert w.visible("#check-s5-1")
    assert "not found" in page.inner_text("#check-s5-1")
    page.focus("#toggle-s5")
    page.keyboard.press("Space")
    assert not w.visible("#check-s5-1")
    page.keyboard.press("Space")
    assert w.visible("#check-s5-1")
    # Escape closes the card and goes back to the statement in the text
    page.keyboard.press("Escape")
    assert not w.visible("#check-s5-1")
    assert page.evaluate("document.activeElement.id") == "tag-s5"

    page.screenshot(path=str(tmp_path / "report-1280.png"), full_page=True)
    assert w.errors == []
    assert w.dialogs == []
    assert w.requests == [w.url]


def test_the_report_fits_a_phone(browser: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, "report.html", ARTICLE + "A long word: " + "x" * 120 + "\n", sources=SOURCE)
    w = _Watched(browser, path, 375)
    w.page.click("[data-all=open]")
    assert w.page.evaluate("document.documentElement.scrollWidth") <= 375
    w.page.screenshot(path=str(tmp_path / "report-375.png"), full_page=True)
    assert w.errors == []


def test_printing_shows_every_card_and_no_controls(browser: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, "report.html", ARTICLE, sources=SOURCE)
    w = _Watched(browser, path, 1000)
    w.page.emulate_media(media="print")
    assert w.visible("#check-s2-1")
    assert w.visible("#body-s3")
    assert not w.visible(".toolbar")
    assert w.errors == []


def test_script_in_an_article_or_a_source_never_runs(browser: Any, tmp_path: Path) -> None:
    title = "<script>alert(5)</script>"
    path = _write(tmp_path, "hostile.html", HOSTILE, sources=HOSTILE_SOURCE, title=title)
    w = _Watched(browser, path, 1000)
    w.page.click("[data-all=open]")
    assert w.page.evaluate("document.scripts.length") == 1
    assert w.page.evaluate("document.images.length") == 0
    assert "<script>alert(1)</script>" in w.page.inner_text("#article")
    assert "alert(3)" in w.page.inner_text(".cards")
    assert w.dialogs == []
    assert w.errors == []
    assert w.requests == [w.url]
