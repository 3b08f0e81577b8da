"""A user's own code type-checks against the installed package: ``mypy --strict`` in their project finds
quotecheck and its ``py.typed`` after the README's ``pip install -e .`` (an editable install by
setuptools' default import hook could not be followed by mypy; pyproject.toml's ``package-dir`` makes it a
plain path), and sees quotecheck's own types rather than ``Any``."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent

USER_CODE = """
import json

import quotecheck
from quotecheck import Level, Report, Statement, Verification


def weakest(report: Report) -> Level | None:
    levels = [s.strength.level for s in report.statements if s.strength is not None]
    return min(levels, key=quotecheck.LEVELS.index, default=None) if levels else None


def speakers(statements: tuple[Statement, ...]) -> list[str]:
    return [s.speaker.name for s in statements if s.speaker.name is not None]


report = quotecheck.analyze("“We are ready,” Spokesman Walid Kilani said.")
checked: tuple[Verification, ...] = quotecheck.verify_article(report.text, "KILANI: We are ready.")
print(weakest(report), speakers(report.statements), json.dumps(report.to_dict()), checked[0].ok)
"""

WRONG = """
import quotecheck

count: str = quotecheck.analyze("text").summary.statements
"""


def _installed_here() -> None:
    """Skip unless this checkout is what is installed: the test is about the installed package."""
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install -e '.[dev]')")
    try:
        dist = metadata.distribution("quotecheck-news")
    except metadata.PackageNotFoundError:
        pytest.skip("quotecheck-news is not installed as a distribution (pip install -e .)")
    direct = dist.read_text("direct_url.json")
    if direct:
        url = json.loads(direct).get("url", "")
        where = Path(unquote(urlparse(url).path)) if url.startswith("file:") else None
        if where is not None and where.is_dir() and where.resolve() != ROOT:
            pytest.skip(f"the installed quotecheck-news is built from {where}, not from this checkout")


def _mypy(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "user_code.py").write_text(code, encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "user_code.py"],
        cwd=tmp_path,  # outside the project, as in a user's own: only the installed package can be found
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_a_users_typed_code_passes_mypy_strict_against_the_installed_package(tmp_path: Path) -> None:
    _installed_here()
    done = _mypy(tmp_path, USER_CODE)
    assert done.returncode == 0, (
        done.stdout
        + done.stderr
        + "\n(an editable install made before pyproject.toml set package-dir uses an"
        " import hook mypy cannot follow: reinstall with pip install -e .)"
    )
    assert "Success: no issues found in 1 source file" in done.stdout


def test_mypy_sees_quotecheck_s_own_types_not_any(tmp_path: Path) -> None:
    _installed_here()
    done = _mypy(tmp_path, WRONG)
    assert done.returncode == 1
    assert (
        'Incompatible types in assignment (expression has type "int", variable has type "str")' in done.stdout
    )
