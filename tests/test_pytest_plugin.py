"""The pytest plugin, run the way users run it: pytest sessions of their own, through pytester.

The project's own suite runs with ``-p no:cacheprovider``; the sessions here are separate, with pytest's
cache on, so ``--lf`` is tested as users meet it.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shlex
import tomllib
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ("-p", "quotecheck.pytest_plugin")

ARTICLE = """\
The council met on Tuesday to discuss the harbour.

“The harbour will reopen in three weeks,” Mayor Elena Fairbanks said.

“We never agreed to close the school,” said Tomas Okafor, who leads the opposition.

Ms Fairbanks said the plan had “the money for the repairs and the support of the fishermen”.

“The ferry will be free for everyone,” a resident said.
"""

TRANSCRIPT = """\
FAIRBANKS: Good evening. The harbour will reopen in four weeks. We have the money for the repairs, which \
the ministry sent in March after a long wait and many letters from this council and from the people of \
the town.
OKAFOR: We never agreed to close the school. The vote was about the road.
FAIRBANKS: I thank the members. We also have the support of the fishermen.
"""

IDS = [
    'articles/harbour.txt::"The harbour will reopen in three…"',
    'articles/harbour.txt::"We never agreed to close the…"',
    'articles/harbour.txt::"the money for the repairs and…"',
    'articles/harbour.txt::"The ferry will be free for…"',
]


def newsroom(pytester: pytest.Pytester) -> Path:
    """articles/harbour.txt with its quotations, and sources/transcript.txt of the meeting."""
    (pytester.path / "articles").mkdir()
    (pytester.path / "sources").mkdir()
    (pytester.path / "articles" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (pytester.path / "sources" / "transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    return pytester.path


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    # pytest within pytest: the outer session may have imported the plugin already (its entry point, or a
    # test importing it), and then -p's request to rewrite the module only earns a warning
    return pytester.runpytest(*PLUGIN, "-W", "ignore::pytest.PytestAssertRewriteWarning", *args)


def collected(result: pytest.RunResult) -> list[str]:
    """The node ids ``--collect-only -q`` printed."""
    return [line for line in result.outlines if "::" in line and not line.startswith(("=", " "))]


@pytest.fixture
def subprocess_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # a pytest in a subprocess imports this checkout's quotecheck, not whatever else is installed
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))


# --- registration ---------------------------------------------------------------------------------------


def test_pyproject_declares_the_pytest11_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pytest11"] == {"quotecheck": "quotecheck.pytest_plugin"}
    # the extra a newsroom installs for its own fact checks brings what the plugin and strategies import
    assert {re.split(r"[<>=]", r)[0] for r in project["optional-dependencies"]["testing"]} == {
        "pytest",
        "hypothesis",
    }


def test_the_installed_entry_point_loads_the_plugin_without_p(
    pytester: pytest.Pytester, subprocess_env: None
) -> None:
    names = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="pytest11")}
    if names.get("quotecheck") != "quotecheck.pytest_plugin":
        pytest.skip(
            "the installed quotecheck-news predates the pytest11 entry point: reinstall the package "
            "(pip install -e .) for pytest to find it; test_a_pytest11_entry_point_loads_the_plugin "
            "checks the same with a stand-in distribution"
        )
    newsroom(pytester)
    result = pytester.runpytest_subprocess(
        "--collect-only", "-q", "--quotecheck-articles", "articles", "--quotecheck-sources", "sources"
    )
    assert collected(result) == IDS


def _stand_in_distribution(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """A distribution on the path whose only content is the plugin's entry point, as installing the
    package declares it: what pytest sees once quotecheck-news with the entry point is installed."""
    site = pytester.path / "site"
    info = site / "quotecheck_standin-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: quotecheck-standin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pytest11]\nquotecheck = quotecheck.pytest_plugin\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(site), str(ROOT)]))


def test_a_pytest11_entry_point_loads_the_plugin_and_p_does_not_load_it_twice(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stand_in_distribution(pytester, monkeypatch)
    newsroom(pytester)
    args = ("--collect-only", "-q", "--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    result = pytester.runpytest_subprocess(*args)
    assert collected(result) == IDS
    # the entry point registers the module as "quotecheck", -p as "quotecheck.pytest_plugin": pluggy
    # refuses one module under two names, unless the plugin blocks the second
    result = pytester.runpytest_subprocess(*PLUGIN, *args)
    assert "already registered" not in result.stderr.str()
    assert collected(result) == IDS
    pytester.makeconftest("pytest_plugins = ['quotecheck.pytest_plugin']")
    result = pytester.runpytest_subprocess(*args)
    assert "already registered" not in result.stderr.str()
    assert collected(result) == IDS
    # and one switch turns the entry point off
    (pytester.path / "conftest.py").unlink()
    assert (
        "--quotecheck-articles"
        not in pytester.runpytest_subprocess("-p", "no:quotecheck", "--help").stdout.str()
    )


def test_p_with_the_module_name_twice_and_a_conftest_is_fine(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    pytester.makeconftest("pytest_plugins = ['quotecheck.pytest_plugin']")
    result = run(pytester, "--co", "-q", "--quotecheck-articles", "articles")
    assert collected(result) == IDS


def test_quotecheck_testing_is_rewritten_by_pytest(
    pytester: pytest.Pytester, subprocess_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(
        """
        import quotecheck.testing
        from _pytest.assertion.rewrite import AssertionRewritingHook

        def test_rewritten():
            assert isinstance(quotecheck.testing.__loader__, AssertionRewritingHook)
        """
    )
    pytester.runpytest_subprocess(*PLUGIN).assert_outcomes(passed=1)
    # the check can fail: without the plugin, the module is imported as any other (no entry point of an
    # installed quotecheck may load the plugin behind the test's back)
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.runpytest_subprocess().assert_outcomes(failed=1)


def test_without_articles_the_plugin_collects_nothing_and_says_nothing(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    pytester.makepyfile("def test_plain():\n    pass\n")
    result = run(pytester, "-v")
    result.assert_outcomes(passed=1)
    assert "quotecheck:" not in result.stdout.str()


# --- collection -----------------------------------------------------------------------------------------


def test_one_item_per_quotation_with_readable_ids(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    result = run(pytester, "--collect-only", "-q", "--quotecheck-articles", "articles")
    assert collected(result) == IDS
    result = run(pytester, "-v", "--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    out = result.stdout.str()
    assert "\\u" not in out
    assert "\\x" not in out
    for node_id, outcome in zip(IDS, ["FAILED", "PASSED", "FAILED", "FAILED"], strict=True):
        assert re.search(rf"^{re.escape(node_id)} {outcome}", out, re.MULTILINE), node_id
    assert "quotecheck: articles articles; allow verbatim,normalized,excerpt" in out


def test_ids_keep_non_ascii_text_and_number_duplicates(pytester: pytest.Pytester) -> None:
    (pytester.path / "news").mkdir()
    (pytester.path / "news" / "bern.txt").write_text(
        "„Überall wird gebaut,“ said Anna Müller.\n\n"
        "“Ça suffit,” said Jean Dupont. “Ça suffit,” said Marie Curie.\n\n"
        "“Ça suffit maintenant, vraiment,” said Paul Martin.\n",
        encoding="utf-8",
    )
    result = run(pytester, "--co", "-q", "--quotecheck-articles", "news")
    ids = collected(result)
    assert len(ids) == len(set(ids))
    assert 'news/bern.txt::"Ça suffit"' in ids
    assert 'news/bern.txt::"Ça suffit" (2)' in ids
    assert 'news/bern.txt::"Überall wird gebaut"' in ids
    assert 'news/bern.txt::"Ça suffit maintenant, vraiment"' in ids
    out = run(pytester, "-v", "--quotecheck-articles", "news").stdout.str()
    assert 'news/bern.txt::"Überall wird gebaut" SKIPPED' in out
    assert 'news/bern.txt::"Ça suffit" (2) SKIPPED' in out


def test_failures_show_quote_verdict_diff_speakers_and_reasons(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    result = run(pytester, "--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    result.assert_outcomes(passed=1, failed=3)
    out = result.stdout.str()
    assert "Traceback" not in out
    assert "pytest_plugin.py" not in out
    result.stdout.fnmatch_lines(
        [
            '*harbour.txt, line 3: "The harbour will reopen in three…"*',
            "articles/harbour.txt, line 3: the quotation is altered (allowed: verbatim, normalized, excerpt)",
            "“The harbour will reopen in three weeks,”",
            "  verdict:   altered, substantive*",
            "  diff:      “The harbour will reopen in [[]-four-]{+three+} weeks,”",
            "  source:    sources/transcript.txt *: The harbour will reopen in four weeks",
            "  speakers:  article: Elena Fairbanks; source: FAIRBANKS",
            "  reasons:",
            "    - Found in sources/transcript.txt at *",
        ]
    )
    result.stdout.fnmatch_lines(["*the quotation is spliced*", "  also: *"])
    result.stdout.fnmatch_lines(["*the quotation is not_found*", "  speakers:  article: a resident*"])
    result.stdout.fnmatch_lines([f"FAILED {IDS[0]}*"])


def test_allow_sets_the_verdicts_that_pass(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    sources = ("--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    run(pytester, *sources, "--quotecheck-allow", "verbatim,altered").assert_outcomes(passed=2, failed=2)
    run(pytester, *sources, "--quotecheck-allow", "verbatim, altered spliced,not_found").assert_outcomes(
        passed=4
    )
    result = run(pytester, *sources, "--quotecheck-allow", "verbatim,close")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: unknown verdict 'close': use verbatim, normalized, *"])


def test_min_level_fails_weakly_attributed_quotations(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    # no sources: only the attribution is checked; "a resident" is an anonymous source, described
    result = run(pytester, "--quotecheck-articles", "articles", "--quotecheck-min-level", "named_indirect")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "articles/harbour.txt, line 9: attributed at anonymous_described, below the minimum level "
            "named_indirect",
            "“The ferry will be free for everyone,” (line 9, *), direct",
            "  speaker:   a resident (*",
            "  level:     anonymous_described (rank 2)*",
        ]
    )
    run(pytester, "--quotecheck-articles", "articles", "--quotecheck-min-level", "anonymous").assert_outcomes(
        passed=4
    )
    result = run(pytester, "--quotecheck-articles", "articles", "--quotecheck-min-level", "named")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: unknown level 'named': use named_direct, *"])


def test_without_sources_or_level_the_items_are_skipped_with_a_reason(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    result = run(pytester, "-rs", "--quotecheck-articles", "articles")
    result.assert_outcomes(skipped=4)
    result.stdout.fnmatch_lines(
        ["SKIPPED *no sources for articles/harbour.txt: give --quotecheck-sources, a folder harbour.source*"]
    )


def test_sources_beside_the_article_are_its_own(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    beside = pytester.path / "articles" / "harbour.sources"
    beside.mkdir()
    (beside / "meeting.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (pytester.path / "articles" / "other.txt").write_text("“The ferry is late,” Ana Ruiz said.\n")
    result = run(pytester, "-rs", "--quotecheck-articles", "articles")
    # the folder's .txt file is a source, not an article; the other article has no sources
    result.assert_outcomes(passed=1, failed=3, skipped=1)
    result.stdout.fnmatch_lines(["*source:    articles/harbour.sources/meeting.txt *"])


@pytest.mark.parametrize("kind", ["toml", "json"])
def test_a_manifest_maps_articles_to_sources(pytester: pytest.Pytester, kind: str) -> None:
    newsroom(pytester)
    (pytester.path / "sources" / "unrelated.txt").write_text("Nothing said here matters at all.\n")
    if kind == "toml":
        manifest = pytester.path / "checks.toml"
        manifest.write_text('"articles/harbour.txt" = ["sources/transcript.txt"]\n')
    else:
        manifest = pytester.path / "checks.json"
        manifest.write_text('{"articles/harbour.txt": ["sources/transcript.txt"]}\n')
    # the manifest names the articles: no --quotecheck-articles needed
    result = run(pytester, "-v", "--quotecheck-manifest", manifest.name)
    result.assert_outcomes(passed=1, failed=3)
    assert "unrelated" not in result.stdout.str()
    # beside a test path, as --quotecheck-articles would be
    pytester.makepyfile(test_plain="def test_plain():\n    pass\n")
    run(pytester, "test_plain.py", "--quotecheck-manifest", manifest.name).assert_outcomes(passed=2, failed=3)


def test_sources_a_manifest_lists_are_never_articles(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    (pytester.path / "articles" / "harbour-transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (pytester.path / "checks.json").write_text(
        '{"articles/harbour.txt": ["articles/harbour-transcript.txt"]}'
    )
    result = run(
        pytester, "--co", "-q", "--quotecheck-articles", "articles", "--quotecheck-manifest", "checks.json"
    )
    assert collected(result) == IDS


def test_a_manifest_names_folders_and_relative_paths_from_itself(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    (pytester.path / "config").mkdir()
    (pytester.path / "config" / "checks.toml").write_text('"../articles" = "../sources"\n')
    run(pytester, "--quotecheck-manifest", "config/checks.toml").assert_outcomes(passed=1, failed=3)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('"articles/gone.txt" = ["sources"]\n', "article articles/gone.txt: no such file or folder"),
        ('"articles/harbour.txt" = ["nowhere.txt"]\n', "source nowhere.txt of articles/harbour.txt: no*"),
        ('"articles/harbour.txt" = 3\n', "the sources of 'articles/harbour.txt' must be a list of paths"),
        ("articles = [\n", "not valid TOML*"),
    ],
)
def test_a_broken_manifest_is_a_usage_error_in_one_line(
    pytester: pytest.Pytester, content: str, message: str
) -> None:
    newsroom(pytester)
    (pytester.path / "checks.toml").write_text(content)
    result = run(pytester, "--quotecheck-manifest", "checks.toml")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: quotecheck manifest *checks.toml: {message}"])
    assert "Traceback" not in result.stderr.str()


def test_missing_paths_are_usage_errors(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    result = run(pytester, "--quotecheck-articles", "articles", "--quotecheck-sources", "transcripts")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: quotecheck sources */transcripts: no such file or folder"])


def test_an_unreadable_article_is_a_collection_error_in_one_line(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    (pytester.path / "articles" / "latin1.txt").write_bytes("“Olé,” said Ana Ruiz.".encode("cp1252"))
    result = run(pytester, "--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    # as with a broken test module, pytest stops before running anything
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["article */latin1.txt: not UTF-8 text (undecodable byte at offset 0)*"])
    assert "Traceback" not in result.stdout.str()


def test_an_unreadable_source_fails_the_items_in_one_line(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    # invalid UTF-8 with no byte-order mark (\xff\xfe at the start would read as UTF-16)
    (pytester.path / "sources" / "broken.txt").write_bytes(b"bad \x80\xff bytes")
    result = run(pytester, "--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    result.assert_outcomes(failed=4)
    result.stdout.fnmatch_lines(["source */broken.txt: not UTF-8 text*"])


def test_a_source_folder_is_read_as_verify_reads_one(pytester: pytest.Pytester) -> None:
    # docs/pytest.md: sources are read as `quotecheck verify` reads them, so a folder gives its .txt, .srt,
    # .vtt and .md files; a photo filed beside the transcript is no source and breaks no check
    newsroom(pytester)
    (pytester.path / "sources" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text \x80")
    result = run(pytester, "--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    result.assert_outcomes(passed=1, failed=3)  # as without the photo: "We never agreed..." passes
    assert "photo.jpg" not in result.stdout.str()


# --- selection ------------------------------------------------------------------------------------------


def test_k_selects_quotations_by_their_words(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    args = ("--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    result = run(pytester, *args, "-k", "school or ferry", "-v")
    result.assert_outcomes(passed=1, failed=1)
    assert result.parseoutcomes()["deselected"] == 2
    result = run(pytester, *args, "-k", "harbour and not ferry")
    result.assert_outcomes(passed=1, failed=2)
    # the speaker's name selects too
    run(pytester, *args, "-k", "Fairbanks").assert_outcomes(failed=2)


def test_lf_reruns_only_the_quotations_that_failed(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    pytester.makepyfile(test_plain="def test_plain():\n    pass\n")
    args = ("--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    run(pytester, *args).assert_outcomes(passed=2, failed=3)
    result = run(pytester, *args, "--lf", "-v")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(["*run-last-failure: rerun previous 3 failures*"])
    # fixing the article's misquote: that item passes, and --lf then runs the two still failing
    fixed = ARTICLE.replace("in three weeks", "in four weeks")
    (pytester.path / "articles" / "harbour.txt").write_text(fixed, encoding="utf-8")
    run(pytester, *args, "--lf").assert_outcomes(failed=2)
    result = run(pytester, *args, "--lf")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*rerun previous 2 failures*"])


def test_one_item_by_its_node_id(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    result = run(pytester, IDS[1], "--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    result.assert_outcomes(passed=1)


def test_command_line_articles_run_beside_explicit_test_paths(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    pytester.makepyfile(test_plain="def test_plain():\n    pass\n")
    args = ("--quotecheck-articles", "articles", "--quotecheck-sources", "sources")
    run(pytester, "test_plain.py", *args).assert_outcomes(passed=2, failed=3)


# --- ini settings ---------------------------------------------------------------------------------------


def test_settings_in_pyproject_toml(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    pytester.makepyprojecttoml(
        """
        [tool.pytest.ini_options]
        quotecheck_articles = ["articles"]
        quotecheck_sources = ["sources"]
        quotecheck_allow = ["verbatim", "normalized", "excerpt", "altered"]
        quotecheck_min_level = "named_indirect"
        """
    )
    pytester.makepyfile(test_plain="def test_plain():\n    pass\n")
    result = run(pytester, "-v")
    # altered passes; the spliced quotation and the resident's fail (the latter on two counts)
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(["quotecheck: articles articles; allow *altered; min level named_indirect"])
    result.stdout.fnmatch_lines(["*at anonymous_described, below the minimum level named_indirect"])
    # like testpaths, ini articles are collected when pytest is given no paths: a path given runs alone
    run(pytester, "test_plain.py").assert_outcomes(passed=1)
    # the command line wins over the ini file
    run(pytester, "--quotecheck-allow", "verbatim", "--quotecheck-min-level", "unattributed").assert_outcomes(
        passed=2, failed=3
    )


def test_ini_paths_are_relative_to_the_ini_file_and_globs_choose_articles(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    newsroom(pytester)
    notes = pytester.path / "articles" / "notes.md"
    notes.write_text("“We never agreed to close the school,” said Tomas Okafor.\n", encoding="utf-8")
    pytester.makeini(
        """
        [pytest]
        quotecheck_articles = articles
        quotecheck_sources = sources
        quotecheck_glob = *.md
        """
    )
    (pytester.path / "elsewhere").mkdir()
    monkeypatch.chdir(pytester.path / "elsewhere")
    result = run(pytester, "--co", "-q")
    assert collected(result) == ['articles/notes.md::"We never agreed to close the…"']
    result = run(pytester, "--co", "-q", "--quotecheck-glob", "*.txt", "--quotecheck-glob", "*.md")
    assert len(collected(result)) == 5


# --- fixtures -------------------------------------------------------------------------------------------


def test_fixtures_verify_with_the_configured_sources(pytester: pytest.Pytester) -> None:
    newsroom(pytester)
    pytester.makepyfile(
        """
        import pytest
        from quotecheck.testing import FactCheckFailure

        def test_sources(quotecheck_sources):
            assert [s.name for s in quotecheck_sources] == ["sources/transcript.txt"]

        def test_verify_a_quote(quotecheck_verify):
            (v,) = quotecheck_verify("We never agreed to close the school")
            assert v.verdict == "verbatim"

        def test_verify_an_article(quotecheck_verify):
            with open("articles/harbour.txt", encoding="utf-8") as f:
                article = f.read()
            with pytest.raises(FactCheckFailure) as failure:
                quotecheck_verify(article)
            assert [v.verdict for v in failure.value.verifications] == ["spliced", "not_found"]
            assert len(quotecheck_verify(article, allow=["verbatim", "altered", "spliced", "not_found"])) == 4

        def test_configured_allow_is_the_default(quotecheck_verify):
            (v,) = quotecheck_verify("The harbour will reopen in three weeks")
            assert v.verdict == "altered"

        def test_analyze_remembers(quotecheck_analyze):
            text = "Sources said the bridge fails."
            assert quotecheck_analyze(text) is quotecheck_analyze(text)
            assert quotecheck_analyze(text).statements[0].strength.level == "anonymous"
        """
    )
    result = run(pytester, "--quotecheck-sources", "sources", "--quotecheck-allow", "verbatim,altered")
    result.assert_outcomes(passed=5)


def test_fixtures_without_sources_fail_a_check_plainly(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_nothing_to_check_against(quotecheck_sources, quotecheck_verify):
            assert quotecheck_sources == ()
            quotecheck_verify("We never agreed to close the school")
        """
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*No source was given to check against.*"])


# --- the guide documents everything ---------------------------------------------------------------------


def test_every_option_ini_setting_and_fixture_is_in_the_guide(pytester: pytest.Pytester) -> None:
    result = run(pytester, "--help")
    out = result.stdout.str()
    fixtures = run(pytester, "--fixtures").stdout.str()
    # imported after the runs, not at the top: -p marks the module for assertion rewriting, and pytest
    # warns when it is already imported
    from quotecheck import pytest_plugin

    options = set(re.findall(r"--quotecheck-[a-z-]+", out))
    ini = set(re.findall(r"^  (quotecheck_[a-z_]+) ", out, re.MULTILINE))
    # the tables this test walks are the plugin's real options: otherwise it could check nothing
    assert options == set(pytest_plugin.OPTIONS)
    assert ini == set(pytest_plugin.INI_SETTINGS)
    assert set(re.findall(r"^(quotecheck_[a-z]+) ", fixtures, re.MULTILINE)) == set(pytest_plugin.FIXTURES)
    guide = (ROOT / "docs" / "pytest.md").read_text(encoding="utf-8")
    code = set(re.findall(r"`([^`\n]+)`", guide))
    names = {w for c in code for w in re.findall(r"--?[\w-]+|\w+", c)}
    missing = sorted((options | ini | set(pytest_plugin.FIXTURES)) - names)
    assert not missing, f"docs/pytest.md does not mention {missing}"


# --- the guide's walk-through is what pytest prints -------------------------------------------------------

GUIDE = ROOT / "docs" / "pytest.md"


def fenced_after(marker: str) -> str:
    """The content of the first fenced block after ``marker`` in docs/pytest.md."""
    text = GUIDE.read_text(encoding="utf-8")
    at = text.index(marker)
    match = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL).search(text, at)
    assert match is not None, marker
    return match.group(1)


def walk_through(pytester: pytest.Pytester) -> None:
    (pytester.path / "articles").mkdir()
    (pytester.path / "sources").mkdir()
    for name in ("articles/ferry.txt", "sources/authority-briefing.txt"):
        (pytester.path / name).write_text(fenced_after(f"`newsroom/{name}`"), encoding="utf-8")


def test_the_guide_shows_what_pytest_prints_for_its_walk_through(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pytest prints the short summary whole, not cut to the terminal, when CI or BUILD_NUMBER is set: the
    # guide shows a reader's terminal
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("BUILD_NUMBER", raising=False)
    walk_through(pytester)
    command = shlex.split(fenced_after("From `newsroom/`:"))
    assert command[0] == "pytest"
    result = run(pytester, *command[1:])
    printed = result.outlines[
        next(i for i, line in enumerate(result.outlines) if line.startswith("collected")) :
    ]
    shown = fenced_after("prints (").splitlines()

    def timeless(lines: list[str]) -> list[str]:
        return [re.sub(r" in \d+\.\d+s =+$", " in …s", line) for line in lines]

    assert timeless(printed) == timeless(shown), "docs/pytest.md should show:\n" + "\n".join(printed)


def test_the_guides_fixture_example_runs(pytester: pytest.Pytester) -> None:
    walk_through(pytester)
    example = fenced_after("A test module of a newsroom's own")
    name = example.splitlines()[0].removeprefix("# ")
    (pytester.path / name).write_text(example, encoding="utf-8")
    result = run(pytester, name, "--quotecheck-sources", "sources")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "E * 1 of 3 quotations fail verification *",
            "E * diff: *Fares will go up by [[]-six-]{+ten+} percent*",
        ]
    )
