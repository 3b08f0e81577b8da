"""The public surface is small and named on purpose: __all__ is exactly what the package offers."""

from __future__ import annotations

import types

import quotecheck


def test_all_lists_every_public_name_and_nothing_else() -> None:
    public = {
        name
        for name, value in vars(quotecheck).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    }
    assert set(quotecheck.__all__) == public


def test_all_is_sorted_and_has_no_duplicates() -> None:
    def order(name: str) -> tuple[bool, bool, str]:
        return (not name.isupper(), name[0].islower(), name)

    assert list(quotecheck.__all__) == sorted(set(quotecheck.__all__), key=order)


def test_verify_is_the_function_and_the_module_still_imports() -> None:
    from quotecheck.verify import Verification

    assert callable(quotecheck.verify)
    assert quotecheck.Verification is Verification


def test_the_version_is_a_string_outside_all() -> None:
    assert isinstance(quotecheck.__version__, str)
    assert quotecheck.__version__
    assert "__version__" not in quotecheck.__all__
