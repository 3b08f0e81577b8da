"""Hypothesis profiles for the suite.

The default profile is derandomized: every run draws the same examples, so a green suite stays green on
CI and a red one is a change in the code, not in the dice.  Exploring for new counterexamples is a
separate, deliberate run:

    QUOTECHECK_HYPOTHESIS=explore python -m pytest tests/test_properties.py tests/test_verify.py

which draws fresh examples, many more of them; a failure it finds becomes an explicit test.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("default", derandomize=True)
settings.register_profile("explore", max_examples=500, derandomize=False)
settings.load_profile(os.environ.get("QUOTECHECK_HYPOTHESIS", "default"))

