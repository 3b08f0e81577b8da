"""The pytest plugin: a newsroom's fact checks run as tests.

Installed with the package, pytest loads it through the ``pytest11`` entry point named ``quotecheck``; in a
checkout that is not installed, ``-p quotecheck.pytest_plugin`` loads it.  It gives:

- collection without code: ``pytest --quotecheck-articles DIR --quotecheck-sources DIR`` makes one test
  item per quotation of every article, verified against the article's sources;
- the fixtures ``quotecheck_sources``, ``quotecheck_verify`` and ``quotecheck_analyze`` for tests of your
  own;
- pytest's assertion rewriting for :mod:`quotecheck.testing`.

``docs/pytest.md`` is the guide: every option, ini setting and fixture, with examples.
"""

from __future__ import annotations

import functools
import json
import sys
import tomllib
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# Before anything imports quotecheck.testing: rewriting only applies to modules imported after this.
pytest.register_assert_rewrite("quotecheck.testing")

import attrs  # noqa: E402
from attrs import frozen  # noqa: E402

from quotecheck.cli import SOURCE_SUFFIXES, expand_paths  # noqa: E402
from quotecheck.errors import InputError, QuotecheckError  # noqa: E402
from quotecheck.inputs import read_text  # noqa: E402
from quotecheck.model import LEVELS, Level, Statement  # noqa: E402
from quotecheck.pipeline import Report, analyze  # noqa: E402
from quotecheck.sources import Source, load_source  # noqa: E402
from quotecheck.verify import Verification  # noqa: E402

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle

__all__ = [
    "FIXTURES",
    "INI_SETTINGS",
    "OPTIONS",
    "ArticleFile",
    "QuotationItem",
    "Settings",
]

#: the entry-point name and the module name: the plugin answers to either, and is loaded once
_NAMES = ("quotecheck", __name__)

#: every command-line option the plugin adds, and the ini setting that stands for it
OPTIONS: dict[str, str] = {
    "--quotecheck-articles": "quotecheck_articles",
    "--quotecheck-sources": "quotecheck_sources",
    "--quotecheck-manifest": "quotecheck_manifest",
    "--quotecheck-allow": "quotecheck_allow",
    "--quotecheck-min-level": "quotecheck_min_level",
    "--quotecheck-glob": "quotecheck_glob",
}
INI_SETTINGS: tuple[str, ...] = tuple(OPTIONS.values())
#: the fixtures the plugin provides
FIXTURES: tuple[str, ...] = ("quotecheck_sources", "quotecheck_verify", "quotecheck_analyze")

_DEFAULT_GLOB = ("*.txt",)
# Words of a quotation an item's name shows, and the most characters.
_NAME_WORDS = 6
_NAME_CHARS = 48
# Marks and punctuation trimmed from either end of a quotation before it names an item.
_TRIM = "\"'“”‘’„‚«»‹›`,.;:!? \t\n"


@frozen
class Settings:
    """What the options and ini settings ask for, checked and with paths resolved."""

    articles: tuple[Path, ...]
    #: the roots that came from the command line (always collected, positional arguments or not)
    cli_articles: tuple[Path, ...]
    sources: tuple[Path, ...]
    #: article (a file or a folder of articles) -> the sources of the articles there
    manifest: tuple[tuple[Path, tuple[Path, ...]], ...]
    manifests: tuple[Path, ...]
    allow: tuple[str, ...]
    min_level: Level | None
    globs: tuple[str, ...]

    @property
    def enabled(self) -> bool:
        return bool(self.articles)

    def is_article(self, path: Path) -> bool:
        """True for a file to collect: inside an article root (or one itself), matching the globs, and
        not a source."""
        path = path.resolve()
        if path in self.manifests:
            return False
        listed = [s for _, paths in self.manifest for s in paths]
        if any(path.is_relative_to(s) for s in (*self.sources, *listed)):
            return False
        if path in self.articles:
            return True
        for root in self.articles:
            if root.is_dir() and path.is_relative_to(root):
                # x.sources/ beside x.txt holds x's sources, however deep the folder
                folders = path.relative_to(root).parts[:-1]
                if any(f.endswith(".sources") for f in folders):
                    return False
                return any(fnmatch(path.name, g) for g in self.globs)
        return False

    def sources_for(self, article: Path) -> tuple[Path, ...]:
        """The source files of one article: the shared sources, ``x.sources/`` beside ``x.txt``, and the
        manifest's entries for it or for a folder holding it."""
        article = article.resolve()
        paths = list(self.sources)
        beside = article.with_suffix(".sources")
        if beside.is_dir():
            paths.append(beside)
        for key, listed in self.manifest:
            if article == key or article.is_relative_to(key):
                paths += listed
        return tuple(dict.fromkeys(f for p in paths for f in _files(p)))


_SETTINGS = pytest.StashKey[Settings]()
_SOURCE_CACHE = pytest.StashKey[dict[Path, Source]]()


def _files(path: Path) -> list[Path]:
    """A source file, or the sources of a folder found as ``quotecheck verify --source`` finds them
    (:data:`~quotecheck.cli.SOURCE_SUFFIXES`, recursively, hidden ones left out, in a stable order); a
    folder with none gives none."""
    return [Path(p) for p in expand_paths([str(path)], suffixes=SOURCE_SUFFIXES) if not Path(p).is_dir()]


# --- registration ---------------------------------------------------------------------------------------


def pytest_plugin_registered(plugin: object, plugin_name: str, manager: pytest.PytestPluginManager) -> None:
    # Installed, the plugin is registered as "quotecheck" by its entry point; "-p quotecheck.pytest_plugin"
    # (or pytest_plugins in a conftest) would register the same module again under its own name, which
    # pluggy refuses with an error.  Registered under one name, the module blocks the other.
    if plugin is sys.modules[__name__]:
        for name in _NAMES:
            if name != plugin_name and manager.get_plugin(name) is None:
                manager.set_blocked(name)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("quotecheck", "quotecheck: quotations of articles verified against sources")
    group.addoption(
        "--quotecheck-articles",
        action="append",
        metavar="PATH",
        help="an article, or a folder of articles, whose quotations become test items (repeatable)",
    )
    group.addoption(
        "--quotecheck-sources",
        action="append",
        metavar="PATH",
        help="a source file or folder every article is checked against (repeatable)",
    )
    group.addoption(
        "--quotecheck-manifest",
        action="append",
        metavar="FILE",
        help="a .toml or .json file mapping each article (or folder of articles) to its source paths",
    )
    group.addoption(
        "--quotecheck-allow",
        metavar="VERDICT,...",
        help="the verdicts that pass (default: verbatim,normalized,excerpt)",
    )
    group.addoption(
        "--quotecheck-min-level",
        metavar="LEVEL",
        help=f"fail a quotation attributed below this level ({', '.join(LEVELS)})",
    )
    group.addoption(
        "--quotecheck-glob",
        action="append",
        metavar="PATTERN",
        help="the file names in an article folder that are articles (default: *.txt; repeatable)",
    )
    parser.addini("quotecheck_articles", "articles or folders of articles to collect", type="paths")
    parser.addini("quotecheck_sources", "sources every article is checked against", type="paths")
    parser.addini("quotecheck_manifest", "manifests: article -> source paths", type="paths")
    parser.addini("quotecheck_allow", "the verdicts that pass", type="args")
    parser.addini("quotecheck_min_level", "the weakest attribution level that passes", type="string")
    parser.addini("quotecheck_glob", "the file names of articles in an article folder", type="args")


def _cli_paths(config: pytest.Config, name: str) -> list[Path] | None:
    given: list[str] | None = config.getoption(name)
    if not given:
        return None
    return [(config.invocation_params.dir / p).resolve() for p in given]


def _words_of(values: Iterable[str]) -> list[str]:
    return [w for v in values for w in v.replace(",", " ").split()]


def _read_manifest(path: Path) -> list[tuple[Path, tuple[Path, ...]]]:
    where = f"quotecheck manifest {path}"
    text = read_text(path, role="quotecheck manifest")
    try:
        if path.suffix.lower() == ".toml":
            data: Any = tomllib.loads(text)
        elif path.suffix.lower() == ".json":
            data = json.loads(text)
        else:
            raise InputError(f"{where}: give a .toml or .json file")
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{where}: not valid {path.suffix[1:].upper()} ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a table of article -> list of source paths")
    out = []
    for article, listed in data.items():
        if isinstance(listed, str):
            listed = [listed]
        if not isinstance(listed, list) or not all(isinstance(s, str) for s in listed):
            raise InputError(f"{where}: the sources of {article!r} must be a list of paths")
        key = (path.parent / article).resolve()
        if not key.exists():
            raise InputError(f"{where}: article {article}: no such file or folder")
        sources = tuple((path.parent / s).resolve() for s in listed)
        for s, written in zip(sources, listed, strict=True):
            if not s.exists():
                raise InputError(f"{where}: source {written} of {article}: no such file or folder")
        out.append((key, sources))
    return out


def _settings(config: pytest.Config) -> Settings:
    cli_articles = _cli_paths(config, "quotecheck_articles")
    articles = cli_articles if cli_articles is not None else list(config.getini("quotecheck_articles"))
    sources = _cli_paths(config, "quotecheck_sources")
    if sources is None:
        sources = list(config.getini("quotecheck_sources"))
    cli_manifests = _cli_paths(config, "quotecheck_manifest")
    manifests = cli_manifests if cli_manifests is not None else list(config.getini("quotecheck_manifest"))
    manifests = [m.resolve() for m in manifests]
    for role, paths in (("articles", articles), ("sources", sources)):
        for p in paths:
            if not p.exists():
                raise InputError(f"quotecheck {role} {p}: no such file or folder")
    manifest = [entry for m in manifests for entry in _read_manifest(m)]
    # a manifest names its articles, so they are collected whether or not an article folder holds them
    articles = [p.resolve() for p in articles] + [key for key, _ in manifest]
    roots = [p for p in dict.fromkeys(articles) if not any(p != q and p.is_relative_to(q) for q in articles)]

    allow_words = _words_of([config.getoption("quotecheck_allow") or ""]) or _words_of(
        config.getini("quotecheck_allow")
    )
    from quotecheck.testing import DEFAULT_ALLOW, check_allow, check_level

    allow = check_allow(allow_words) if allow_words else DEFAULT_ALLOW
    level_word = config.getoption("quotecheck_min_level") or config.getini("quotecheck_min_level")
    min_level = check_level(level_word.strip()) if level_word and level_word.strip() else None
    globs = config.getoption("quotecheck_glob") or _words_of(config.getini("quotecheck_glob"))
    return Settings(
        articles=tuple(roots),
        # a manifest given on the command line names articles as --quotecheck-articles does
        cli_articles=tuple(cli_articles or ()) + (tuple(k for k, _ in manifest) if cli_manifests else ()),
        sources=tuple(p.resolve() for p in sources),
        manifest=tuple(manifest),
        manifests=tuple(manifests),
        allow=allow,
        min_level=min_level,
        globs=tuple(globs) or _DEFAULT_GLOB,
    )


def _covers(arg: str, root: Path, invocation: Path) -> bool:
    """True when a positional argument and an article root overlap: either lies inside the other."""
    path = (invocation / arg.split("::", 1)[0]).resolve()
    return path == root or path.is_relative_to(root) or root.is_relative_to(path)


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    try:
        settings = _settings(config)
    except QuotecheckError as exc:
        raise pytest.UsageError(str(exc)) from None
    config.stash[_SETTINGS] = settings
    config.stash[_SOURCE_CACHE] = {}
    if not settings.enabled:
        return
    # Article roots are collected as testpaths are: when pytest is run without paths.  Roots given on the
    # command line are collected even beside paths, unless a path already points into them (a single
    # article, or one item of it, was asked for).
    explicit = config.args_source == pytest.Config.ArgsSource.ARGS
    invocation = config.invocation_params.dir
    for root in settings.articles:
        if explicit and not any(root == c or root.is_relative_to(c) for c in settings.cli_articles):
            continue
        if any(_covers(arg, root, invocation) for arg in config.args):
            continue
        config.args.append(str(root))


def pytest_report_header(config: pytest.Config) -> list[str] | None:
    settings = config.stash.get(_SETTINGS, None)
    if settings is None or not settings.enabled:
        return None
    shown = [_shown(p, config.rootpath) for p in settings.articles]
    line = f"quotecheck: articles {', '.join(shown)}; allow {','.join(settings.allow)}"
    if settings.min_level:
        line += f"; min level {settings.min_level}"
    return [line]


def _shown(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _load(path: Path, config: pytest.Config, cache: dict[Path, Source]) -> Source:
    """A source read once per session, named by its path from the root directory as node ids are."""
    if path not in cache:
        cache[path] = attrs.evolve(load_source(path), name=_shown(path, config.rootpath))
    return cache[path]


# --- collection -----------------------------------------------------------------------------------------


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ArticleFile | None:
    settings = parent.config.stash.get(_SETTINGS, None)
    if settings is None or not settings.enabled or not settings.is_article(file_path):
        return None
    return ArticleFile.from_parent(parent, path=file_path)


def _item_names(statements: Sequence[Statement]) -> list[str]:
    """Readable, distinct names for the quotations of ``statements``: ``"first words of the quote…"``,
    numbered ``(2)``, ``(3)`` from the second quotation that starts alike."""
    names = []
    seen: dict[str, int] = {}
    for s in statements:
        words = " ".join(s.quotes[0].text.split()).strip(_TRIM).replace("::", ":").split()
        head = " ".join(words[:_NAME_WORDS])
        cut = len(words) > _NAME_WORDS or len(head) > _NAME_CHARS
        head = head[:_NAME_CHARS].rstrip(_TRIM)
        name = f'"{head}…"' if cut else f'"{head}"'
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return names


class ArticleFile(pytest.File):
    """An article: one :class:`QuotationItem` per statement in quotation marks."""

    def collect(self) -> Iterator[QuotationItem]:
        text = read_text(self.path, role="article")
        quoted = [s for s in analyze(text).statements if s.quotes]
        for name, statement in zip(_item_names(quoted), quoted, strict=True):
            yield QuotationItem.from_parent(self, name=name, statement=statement, text=text)

    @functools.cached_property
    def sources(self) -> tuple[Source, ...]:
        """The article's sources, each read once per session however many articles share it."""
        cache = self.config.stash[_SOURCE_CACHE]
        out = []
        for path in self.config.stash[_SETTINGS].sources_for(self.path):
            out.append(_load(path, self.config, cache))
        return tuple(out)

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None
    ) -> str | TerminalRepr:
        # an unreadable article or a broken manifest entry is the user's to fix: say what, not where in us
        if isinstance(excinfo.value, QuotecheckError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class QuotationItem(pytest.Item):
    """One quotation of an article, as a test: it fails when its verdict is not allowed
    (``--quotecheck-allow``) or its attribution level is below ``--quotecheck-min-level``."""

    def __init__(self, *, statement: Statement, text: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.statement = statement
        self.text = text
        self.verifications: tuple[Verification, ...] = ()
        # -k matches any word of the quotation and the speaker's name, not only the few in the item's name
        self.extra_keyword_matches.add(" ".join(" ".join(q.text for q in statement.quotes).split()))
        if statement.speaker.name:
            self.extra_keyword_matches.add(statement.speaker.name)

    @property
    def line(self) -> int:
        return self.text.count("\n", 0, self.statement.quotes[0].start) + 1

    def runtest(self) -> None:
        from quotecheck.testing import (
            FactCheckFailure,
            FactCheckWarning,
            describe_statement,
            describe_verification,
        )
        from quotecheck.verify import verify_statements

        settings = self.config.stash[_SETTINGS]
        assert isinstance(self.parent, ArticleFile)
        sources = self.parent.sources
        where = f"{_shown(self.path, self.config.rootpath)}, line {self.line}"
        problems = []
        s = self.statement
        if settings.min_level is not None and s.strength is not None:
            floor = 5 - LEVELS.index(settings.min_level)
            if s.strength.rank < floor:
                problems.append(
                    f"{where}: attributed at {s.strength.level}, below the minimum level "
                    f"{settings.min_level}\n{describe_statement(s, self.text)}"
                )
        if sources:
            self.verifications = verify_statements(self.text, [s], sources)
            for v in self.verifications:
                if v.verdict not in settings.allow:
                    problems.append(
                        f"{where}: the quotation is {v.verdict} (allowed: {', '.join(settings.allow)})\n"
                        + describe_verification(v, allow=settings.allow)
                    )
                else:
                    # a passing quotation with a flag is worth a look, not a failure: it is reported at
                    # its line of the article, in pytest's warnings summary
                    for flag in v.warnings:
                        warnings.warn_explicit(
                            FactCheckWarning(flag.message),
                            FactCheckWarning,
                            _shown(self.path, self.config.rootpath),
                            self.text.count("\n", 0, v.quote.start) + 1,
                        )
        elif settings.min_level is None:
            pytest.skip(
                f"no sources for {where.split(',')[0]}: give --quotecheck-sources, a folder "
                f"{self.path.with_suffix('.sources').name}/ beside it, or a manifest entry"
            )
        if problems:
            bad = tuple(v for v in self.verifications if v.verdict not in settings.allow)
            raise FactCheckFailure("\n\n".join(problems), verifications=bad, statements=(s,))

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None
    ) -> str | TerminalRepr:
        # the message of a fact check is the whole report: a traceback into the plugin would bury it
        if isinstance(excinfo.value, QuotecheckError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int, str]:
        # pytest's verbose line rewrites a location that ends the node id (its dots become "::"), so the
        # location names the line instead: it heads the failure report
        return self.path, self.line - 1, f"{self.path.name}, line {self.line}: {self.name}"


# --- fixtures -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def quotecheck_sources(pytestconfig: pytest.Config) -> tuple[Source, ...]:
    """The sources given by ``--quotecheck-sources`` (or the ``quotecheck_sources`` ini setting), read once
    per session; an empty tuple when none are given."""
    settings = pytestconfig.stash[_SETTINGS]
    cache = pytestconfig.stash[_SOURCE_CACHE]
    out = []
    for path in dict.fromkeys(f for p in settings.sources for f in _files(p)):
        out.append(_load(path, pytestconfig, cache))
    return tuple(out)


@pytest.fixture(scope="session")
def quotecheck_verify(
    pytestconfig: pytest.Config, quotecheck_sources: tuple[Source, ...]
) -> Callable[..., tuple[Verification, ...]]:
    """:func:`quotecheck.testing.assert_verified` with the configured sources and allowed verdicts as its
    defaults: ``quotecheck_verify(quote_or_article, sources=None, *, allow=None, article=None,
    speaker=None)`` fails the test on an unfaithful quotation and returns every verdict."""
    from quotecheck.testing import assert_verified

    settings = pytestconfig.stash[_SETTINGS]

    def check(
        quote_or_article: str,
        sources: Any = None,
        *,
        allow: Iterable[str] | None = None,
        article: bool | None = None,
        speaker: str | None = None,
    ) -> tuple[Verification, ...]:
        __tracebackhide__ = True
        return assert_verified(
            quote_or_article,
            quotecheck_sources if sources is None else sources,
            allow=settings.allow if allow is None else allow,
            article=article,
            speaker=speaker,
        )

    return check


@pytest.fixture(scope="session")
def quotecheck_analyze() -> Callable[[str], Report]:
    """:func:`quotecheck.analyze`, remembering its last 256 texts, so that tests asking about the same
    article analyze it once per session."""
    return functools.lru_cache(maxsize=256)(analyze)
