"""The extractor's stages import one way: each stage may use the stages before it, never one after it, and
the rest of the package reaches the extractor only through ``pipeline`` (docs/architecture.md draws the
flow).  Imports are read from the source (every ``import`` in a module, inside functions too), so an import
made late to dodge a cycle still counts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quotecheck"

# the extractor's stages in the order a text goes through them; cues and subject are side by side (neither
# needs the other), and content reads the plans subject makes
RANK = {
    "tokens": 0,
    "grammar": 1,
    "cues": 2,
    "subject": 2,
    "content": 3,
    "attribution": 4,
    "attach": 5,
    "resolve": 6,
    "pipeline": 7,
}


def imports_of(path: Path) -> set[str]:
    """The package modules ``path`` imports, as names under ``quotecheck`` ("speakers", "lexicon.cues")."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            if node.module == "quotecheck":
                found.update(alias.name for alias in node.names)  # from quotecheck import attach
            elif node.module.startswith("quotecheck."):
                found.add(node.module.removeprefix("quotecheck."))
        elif isinstance(node, ast.Import):
            names = (alias.name for alias in node.names)
            found.update(n.removeprefix("quotecheck.") for n in names if n.startswith("quotecheck."))
    return found


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


MODULES = {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_the_scan_reads_imports_of_both_kinds() -> None:
    assert {"tokens", "grammar", "subject", "lexicon.grammar"} <= MODULES["content"]
    assert "pipeline" in MODULES["verify"]  # imported inside a function


@pytest.mark.parametrize("stage", sorted(RANK))
def test_a_stage_imports_only_the_stages_before_it(stage: str) -> None:
    later = {m for m in MODULES[stage] if m in RANK and RANK[m] >= RANK[stage]}
    assert not later, f"{stage} imports {sorted(later)}, which come after it (or beside it) in the flow"


def test_the_rest_of_the_package_reaches_the_extractor_only_through_pipeline() -> None:
    outside = {
        module: sorted(m for m in imported if m in RANK and m != "pipeline")
        for module, imported in MODULES.items()
        if module not in RANK
    }
    assert {module: found for module, found in outside.items() if found} == {}


def test_what_the_stages_use_never_reaches_back_into_them() -> None:
    # speakers, quotes, text, grading, the lexicon ...: the stages build on them, so they import no stage
    used = {m for stage in RANK for m in MODULES[stage] if m not in RANK and m in MODULES}
    back = {module: sorted(m for m in MODULES[module] if m in RANK) for module in used}
    assert used >= {"speakers", "quotes", "grading", "lexicon.grammar"}
    assert {module: found for module, found in back.items() if found} == {}
