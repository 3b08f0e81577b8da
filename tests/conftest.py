"""Hypothesis profiles for the suite.

The default profile is derandomized: every run draws the same examples, so a green suite stays green on
CI and a red one is a change in the code, not in the dice.  Exploring for new counterexamples is a
separate, deliberate run:

    QUOTECHECK_HYPOTHESIS=explore python -m pytest tests/test_properties.py tests/test_verify.py

which draws fresh examples, many more of them; a failure it finds becomes an explicit test.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("default", derandomize=True)
settings.register_profile("explore", max_examples=500, derandomize=False)
settings.load_profile(os.environ.get("QUOTECHECK_HYPOTHESIS", "default"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``timing`` compare two timings; they run only with ``QUOTECHECK_TIMING=1`` (speed is
    measured in ``benchmarks/``, and a timing in CI's suite would fail a correct change on a busy machine)."""
    if os.environ.get("QUOTECHECK_TIMING"):
        return
    skip = pytest.mark.skip(reason="a timing comparison: set QUOTECHECK_TIMING=1 to run it")
    for item in items:
        if "timing" in item.keywords:
            item.add_marker(skip)
