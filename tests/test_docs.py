"""The docs cannot drift from the program: every command, option, public name and JSON field is documented,
and every relative link leads somewhere (STYLE.md habit 11; the examples themselves run as doctests)."""

from __future__ import annotations

import argparse
import importlib
import json
import re
import types
from pathlib import Path

import pytest
from _pytest.config.argparsing import Parser
from _pytest.fixtures import getfixturemarker

import quotecheck
from quotecheck.cli import _build_parser
from quotecheck.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
SEED = ROOT / "seeds" / "000_6a3cf512a1b1602a.txt"

_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"`+([^`]+?)`+")
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _code_words(markdown: str) -> set[str]:
    """Identifiers written as code: in fenced blocks or inline backticks, where a name means the name."""
    code = [m.group() for m in _FENCE.finditer(markdown)]
    code += [m.group(1) for m in _INLINE_CODE.finditer(_FENCE.sub("", markdown))]
    return {w for chunk in code for w in re.findall(r"[A-Za-z_]\w*", chunk)}


def _inline_code(markdown: str) -> set[str]:
    """The text of every inline code span outside fenced blocks, e.g. ``--format`` or ``speaker``."""
    return {m.group(1).strip() for m in _INLINE_CODE.finditer(_FENCE.sub("", markdown))}


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = _build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(actions) == 1, "the CLI has one level of subcommands"
    return dict(actions[0].choices)


def _cli_sections() -> dict[str, str]:
    """docs/cli.md cut at its ``## `quotecheck NAME` `` headings: command name -> its section."""
    text = _read(DOCS / "cli.md")
    heads = list(re.finditer(r"^## `quotecheck(?: (\S+))?`\s*$", text, re.MULTILINE))
    sections: dict[str, str] = {}
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        sections[head.group(1) or ""] = text[head.end() : end]
    return sections


# --- (a) every command and option of the CLI is in docs/cli.md ------------------------------------------


def test_the_parser_has_the_commands_this_test_walks() -> None:
    # guards the introspection below: if argparse internals moved, the other tests would pass vacuously
    assert {"extract", "eval", "verify"} <= set(_subcommands())


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_every_command_has_a_section_in_cli_md(command: str) -> None:
    assert command in _cli_sections(), f"docs/cli.md has no '## `quotecheck {command}`' section"


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (name, option)
        for name, sub in sorted({**_subcommands(), "": _build_parser()}.items())
        for action in sub._actions
        if not isinstance(action, argparse._SubParsersAction)
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ],
)
def test_every_long_option_is_in_its_commands_section(command: str, option: str) -> None:
    section = _cli_sections().get(command, "")
    assert any(code == option or code.startswith(option + " ") for code in _inline_code(section)), (
        f"`quotecheck {command} {option}` is not documented in its section of docs/cli.md"
    )


@pytest.mark.parametrize(
    ("command", "option", "choice"),
    [
        (name, action.option_strings[-1], choice)
        for name, sub in sorted(_subcommands().items())
        for action in sub._actions
        if action.option_strings and action.choices
        for choice in action.choices
    ],
)
def test_every_choice_of_an_option_is_named(command: str, option: str, choice: str) -> None:
    section = _cli_sections().get(command, "")
    assert re.search(rf"`{re.escape(option)} [^`]*\b{re.escape(choice)}\b[^`]*`", section), (
        f"docs/cli.md does not show {option} {choice} for `quotecheck {command}`"
    )


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_every_command_section_gives_its_purpose_and_exit_statuses(command: str) -> None:
    section = _cli_sections().get(command, "")
    assert f'quotecheck("{command}", "--help")' in section, "the section runs the command's --help"
    assert re.search(r"Exit status: 0 ", section), "the section says what each exit status means"


def test_cli_md_documents_no_command_that_does_not_exist() -> None:
    assert set(_cli_sections()) - {""} == set(_subcommands())


# --- (b) every public name is documented -----------------------------------------------------------------


@pytest.mark.parametrize("name", quotecheck.__all__)
def test_every_public_name_is_documented(name: str) -> None:
    pages = [page.name for page in PAGES if name in _code_words(_read(page))]
    assert pages, f"quotecheck.{name} is in __all__ but no page under docs/ names it as code"


def test_the_option_walk_reaches_the_top_level_options() -> None:
    # guards the parametrization above: --version is an option of quotecheck itself, in the "" section
    assert "--version" in _inline_code(_cli_sections()[""])


def _api_headings() -> set[str]:
    """The names written as code in the headings of docs/api.md."""
    headings = re.findall(r"^#+ (.*)$", _FENCE.sub("", _read(DOCS / "api.md")), re.MULTILINE)
    return {name for heading in headings for name in _INLINE_CODE.findall(heading)}


@pytest.mark.parametrize("name", quotecheck.__all__)
def test_every_public_name_has_a_section_in_api_md(name: str) -> None:
    assert name in _api_headings(), f"docs/api.md has no heading naming `{name}`"


def test_api_md_gives_sections_only_to_public_names() -> None:
    assert _api_headings() <= set(quotecheck.__all__)


# --- (b2) the pytest plugin's fixtures and options are documented ---------------------------------------


def _plugin() -> types.ModuleType:
    try:
        return importlib.import_module("quotecheck.pytest_plugin")
    except ModuleNotFoundError as missing:
        if missing.name != "quotecheck.pytest_plugin":
            raise
        pytest.skip("quotecheck.pytest_plugin does not exist (yet): no fixtures or plugin options to check")


def _fixture_names(module: types.ModuleType) -> list[str]:
    """The fixtures a plugin module defines, by the name tests ask for them."""
    names = []
    for attribute, value in vars(module).items():
        marker = getfixturemarker(value)
        if marker is not None:
            names.append(marker.name or getattr(value, "name", None) or attribute)
    return sorted(names)


def _plugin_options(module: types.ModuleType) -> list[str]:
    """The command-line options and ini settings a plugin module adds to pytest."""
    add = getattr(module, "pytest_addoption", None)
    if add is None:
        return []
    parser = Parser(_ispytest=True)
    add(parser)
    options = [name for group in parser._groups for opt in group.options for name in opt.names()]
    options += [name for opt in parser._anonymous.options for name in opt.names()]
    return sorted({o for o in options if o.startswith("--")} | set(parser._inidict))


def _documented_anywhere() -> set[str]:
    return {code for page in PAGES for code in _inline_code(_read(page))} | {
        word for page in PAGES for word in _code_words(_read(page))
    }


def test_every_fixture_of_the_pytest_plugin_is_documented() -> None:
    names = _fixture_names(_plugin())
    assert names, "the plugin defines no fixture: the walk over its module found nothing"
    missing = [name for name in names if name not in _documented_anywhere()]
    assert not missing, f"fixtures of quotecheck.pytest_plugin no page under docs/ names as code: {missing}"


def test_every_option_of_the_pytest_plugin_is_documented() -> None:
    options = _plugin_options(_plugin())
    documented = _documented_anywhere()
    inline = {code for page in PAGES for code in _inline_code(_read(page))}
    missing = [
        o for o in options if o not in documented and not any(c.startswith(o + " ") or c == o for c in inline)
    ]
    assert not missing, f"options of quotecheck.pytest_plugin no page under docs/ names as code: {missing}"


# --- (c) every relative link leads to a file -------------------------------------------------------------


def _relative_links(path: Path) -> list[str]:
    text = _FENCE.sub("", _read(path))
    text = _INLINE_CODE.sub("", text)
    targets = [m.group(1) for m in _LINK.finditer(text)] + [m.group(1) for m in _REFERENCE.finditer(text)]
    return [t for t in targets if not _SCHEME.match(t) and not t.startswith("#")]


LINKED = [ROOT / "README.md", *PAGES]


def test_the_link_finder_finds_links() -> None:
    # otherwise a change to the pattern could make the test below check nothing
    assert "extract.md" in _relative_links(DOCS / "index.md")
    assert _relative_links(ROOT / "README.md")


@pytest.mark.parametrize("page", LINKED, ids=[p.relative_to(ROOT).as_posix() for p in LINKED])
def test_every_relative_link_points_to_a_file(page: Path) -> None:
    broken = [
        target
        for target in _relative_links(page)
        if not (page.parent / target.split("#", 1)[0].split("?", 1)[0]).exists()
    ]
    assert not broken, f"{page.relative_to(ROOT)} links to missing files: {broken}"


def test_index_names_every_page_of_the_docs() -> None:
    index = _read(DOCS / "index.md")
    pages = [p.name for p in sorted(DOCS.iterdir()) if p.is_file() and p.name != "index.md"]
    assert not [name for name in pages if name not in index], "docs/index.md's map leaves pages out"


def test_readme_lists_every_page_of_the_docs() -> None:
    readme = _read(ROOT / "README.md")
    section = readme.split("## Documentation", 1)[1]
    assert not [p.name for p in PAGES if f"docs/{p.name}" not in section]


# --- (d) the JSON contract is documented in docs/extract.md ----------------------------------------------


def test_schema_is_json_and_its_fields_are_documented_in_extract_md() -> None:
    schema = json.loads(_read(DOCS / "statement.schema.json"))
    assert schema["type"] == "object"
    documented = _inline_code(_read(DOCS / "extract.md"))
    fields = set(schema["properties"])
    for definition in schema["$defs"].values():
        fields |= set(definition.get("properties", {}))
    assert {"path", "statements", "speaker", "cue", "segments", "quotes"} <= fields
    assert not sorted(fields - documented), "fields of the schema missing from docs/extract.md"


def _keys(value: object) -> set[str]:
    """Every key of every object in a JSON value, however deep."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_every_key_the_extractor_writes_is_documented_in_extract_md() -> None:
    # the schema leaves strength open and has no summary: the real output is the check on those
    text = _read(SEED) + "\nTwo senior officials familiar with the talks said a deal was close.\n"
    line = {"path": "seed", **analyze(text).to_json(summary=True)}
    keys = _keys(line) - set(quotecheck.LEVELS)  # summary.levels maps each level; the levels have a table
    assert {"anonymity", "access", "named_sources", "hedges"} <= keys
    missing = sorted(keys - _inline_code(_read(DOCS / "extract.md")))
    assert not missing, f"docs/extract.md does not document {missing}"


# --- (e) the quickstart starts where the README does ------------------------------------------------------


def test_quickstart_opens_with_the_readmes_commands() -> None:
    readme = _read(ROOT / "README.md").split("## Set up and run", 1)[1]
    (commands,) = _FENCE.findall(readme)[:1]
    assert "pip install" in commands
    quickstart = _read(DOCS / "quickstart.md")
    assert commands in quickstart, "docs/quickstart.md does not start from the README's commands"
    assert quickstart.index(commands) < quickstart.index("```python")
