"""quotecheck.testing: the assertions a fact check is written with, and the messages they fail with."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from hypothesis import given, settings

import quotecheck
import quotecheck.pytest_plugin
import quotecheck.testing
from quotecheck import LEVELS, InputError, QuotecheckError, Source
from quotecheck.strategies import GeneratedArticle, QuoteSourcePair, articles, quote_source_pairs
from quotecheck.testing import (
    DEFAULT_ALLOW,
    FactCheckFailure,
    assert_attributed,
    assert_no_anonymous,
    assert_no_unattributed_quotes,
    assert_verified,
    describe_verification,
    verify_quotes,
)

pytest_plugins = ["pytester"]

TRANSCRIPT = (
    "HADDAD: The new bridge will open in May. We must finish the road first.\n"
    "Q: And the budget?\n"
    "HADDAD: The budget is fixed. Nobody will pay more.\n"
)
SOURCE = Source.from_text(TRANSCRIPT, name="briefing")
ARTICLE = (
    "The council met on Monday.\n\n"
    "“The new bridge will open in June,” Mayor Yusuf Haddad said.\n\n"
    "He said the road would come first: “We must finish the road first.”\n\n"
    "Two officials familiar with the plans said the budget might grow. Critics say it already has.\n"
)


# --- assert_verified ------------------------------------------------------------------------------------


def test_a_faithful_quote_passes_and_returns_its_verdict() -> None:
    (v,) = assert_verified("We must finish the road first", SOURCE)
    assert v.verdict == "verbatim"
    assert [v.verdict for v in assert_verified("“the budget is fixed”", TRANSCRIPT)] == ["normalized"]


def test_a_misquote_fails_with_the_evidence_in_the_message() -> None:
    with pytest.raises(FactCheckFailure) as failure:
        assert_verified("The new bridge will open in June", SOURCE, speaker="Yusuf Haddad")
    message = str(failure.value)
    lines = message.splitlines()
    assert lines[0] == "the quotation is altered (allowed: verbatim, normalized, excerpt)"
    assert lines[1] == "“The new bridge will open in June”"
    assert "  verdict:   altered, substantive (score " in message
    assert "  diff:      The new bridge will open in [-May-]{+June+}" in lines
    assert "  source:    briefing 8-39: The new bridge will open in May" in lines
    assert "  speakers:  article: Yusuf Haddad; source: HADDAD" in lines
    assert "  reasons:" in lines
    assert any(line.startswith("    - Found in briefing") for line in lines)
    (v,) = failure.value.verifications
    assert v.verdict == "altered"


def test_the_failure_is_an_assertion_and_a_quotecheck_error() -> None:
    assert issubclass(FactCheckFailure, AssertionError)
    assert issubclass(FactCheckFailure, QuotecheckError)


def test_an_article_is_told_from_a_quote_by_its_quotations() -> None:
    # an article: the extractor finds statements in quotation marks, each verified with its speaker
    results = verify_quotes(ARTICLE, SOURCE)
    assert [v.verdict for v in results] == ["altered", "verbatim"]
    assert [v.speaker.name if v.speaker else None for v in results] == ["Yusuf Haddad", "Yusuf Haddad"]
    # a quote: no quotation marks around a statement, so the whole text is the quote
    (v,) = verify_quotes("The budget is fixed. Nobody will pay more.", SOURCE)
    assert v.verdict == "verbatim"
    # either way, on the caller's word
    (v,) = verify_quotes(ARTICLE, SOURCE, article=False)
    assert v.verdict == "not_found"
    assert verify_quotes("The budget is fixed.", SOURCE, article=True) == ()


def test_an_article_fails_on_each_unfaithful_quotation_numbered() -> None:
    with pytest.raises(FactCheckFailure) as failure:
        assert_verified(ARTICLE, SOURCE)
    message = str(failure.value)
    assert message.startswith(
        "1 of 2 quotations fail verification (allowed: verbatim, normalized, excerpt)\n"
    )
    assert "[1] at line 3: “The new bridge will open in June,”" in message
    assert "speakers:  article: Yusuf Haddad; source: HADDAD" in message
    assert [v.quote.text for v in failure.value.verifications] == ["“The new bridge will open in June,”"]
    assert len(assert_verified(ARTICLE, SOURCE, allow=(*DEFAULT_ALLOW, "altered"))) == 2


def test_an_article_with_nothing_to_check_fails_when_asked_as_an_article() -> None:
    with pytest.raises(FactCheckFailure, match="no quotation found to verify"):
        assert_verified("The council met on Monday.", SOURCE, article=True)


def test_not_found_and_spliced_fail_and_say_so() -> None:
    with pytest.raises(FactCheckFailure) as failure:
        assert_verified("The ferry will be free for everyone", SOURCE)
    assert "  diff:      no source passage to compare with" in str(failure.value)
    assert "  speakers:  article: none found; source: no passage" in str(failure.value)
    with pytest.raises(FactCheckFailure, match="No source was given to check against"):
        assert_verified("The budget is fixed", [])


def test_allow_is_checked() -> None:
    with pytest.raises(InputError, match="unknown verdict 'fine'"):
        assert_verified("We must finish the road first", SOURCE, allow=("verbatim", "fine"))
    with pytest.raises(InputError, match="allow names no verdict"):
        assert_verified("We must finish the road first", SOURCE, allow=())
    assert assert_verified("The budget is fixed", SOURCE, allow="verbatim")


def test_allow_widens_and_narrows() -> None:
    assert assert_verified("The new bridge will open in June", SOURCE, allow=["altered"])
    with pytest.raises(FactCheckFailure, match=r"normalized \(allowed: verbatim\)"):
        assert_verified("the budget is fixed", SOURCE, allow=["verbatim"])


def test_warnings_are_in_the_message() -> None:
    # cut before "Nobody will pay more"? no: a negation one sentence on is not flagged; one in the
    # sentence is
    source = "HADDAD: The budget will not grow unless the council agrees.\n"
    v = quotecheck.verify("The budget will not grow", source)
    assert v.warnings
    assert f"    ! {v.warnings[0].message}" in describe_verification(v)


# --- attribution ----------------------------------------------------------------------------------------


def test_attributed_to_the_speaker_by_any_part_of_the_name() -> None:
    for name in ("Yusuf Haddad", "Haddad", "Mr Haddad", "yusuf haddad"):
        s = assert_attributed(ARTICLE, "open in June", speaker=name)
        assert s.speaker.name == "Yusuf Haddad"
    s = assert_attributed(
        ARTICLE, "“We must finish the road first.”", speaker="Haddad", min_level="named_direct"
    )
    assert s.kind == "mixed"


def test_attributed_to_someone_else_fails_and_names_who() -> None:
    with pytest.raises(FactCheckFailure) as failure:
        assert_attributed(ARTICLE, "open in June", speaker="Tomas Okafor")
    lines = str(failure.value).splitlines()
    assert lines[0] == "'open in June' is attributed to Yusuf Haddad, not to 'Tomas Okafor'"
    assert lines[1].startswith("“The new bridge will open in June,” (line 3, ")
    assert "  speaker:   Yusuf Haddad (person), mention 'Mayor Yusuf Haddad' at " in str(failure.value)
    assert "  level:     named_direct (rank 5), stance neutral" in lines


def test_attributed_below_the_minimum_level_fails() -> None:
    assert_attributed(ARTICLE, "the budget might grow", min_level="anonymous_described")
    with pytest.raises(FactCheckFailure) as failure:
        assert_attributed(ARTICLE, "the budget might grow", min_level="institutional")
    assert str(failure.value).startswith(
        "'the budget might grow' is attributed at anonymous_described, below institutional\n"
    )
    assert "hedged by 'might'" in str(failure.value)


def test_words_attributed_to_no_one_fail_and_say_whether_they_are_there() -> None:
    with pytest.raises(FactCheckFailure, match="the words stand in the text, but no statement"):
        assert_attributed(ARTICLE, "The council met on Monday")
    with pytest.raises(FactCheckFailure, match="the words are not in the text") as failure:
        assert_attributed(ARTICLE, "a ferry to the island")
    assert "statements found:" in str(failure.value)


def test_attribution_arguments_are_checked() -> None:
    with pytest.raises(InputError, match="unknown level 'named'"):
        assert_attributed(ARTICLE, "open in June", min_level="named")
    with pytest.raises(InputError, match="holds no words"):
        assert_attributed(ARTICLE, "“ — ”")


def test_no_unattributed_quotes() -> None:
    report = assert_no_unattributed_quotes(ARTICLE)
    assert report.summary.unattributed_quotes == 0
    with pytest.raises(FactCheckFailure) as failure:
        assert_no_unattributed_quotes("“It will never open.”\n\n" + ARTICLE)
    assert str(failure.value).startswith("1 quotation has no speaker\n“It will never open.” (line 1, 1-20)")
    (s,) = failure.value.statements
    assert s.speaker.kind == "unknown"


def test_no_anonymous_below_a_level() -> None:
    with pytest.raises(FactCheckFailure) as failure:
        assert_no_anonymous(ARTICLE)
    message = str(failure.value)
    assert message.startswith("1 statement is attributed below anonymous_described\n")
    assert "  speaker:   Critics (anonymous)" in message
    assert len(assert_no_anonymous(ARTICLE, below="anonymous").statements) == 4
    with pytest.raises(FactCheckFailure, match="2 statements are attributed below institutional"):
        assert_no_anonymous(ARTICLE, below="institutional")
    with pytest.raises(InputError, match="unknown level"):
        assert_no_anonymous(ARTICLE, below="vague")


def test_a_long_list_of_statements_is_cut() -> None:
    text = " ".join(f"Sources said the {n}th road fails." for n in range(20))
    with pytest.raises(FactCheckFailure) as failure:
        assert_no_anonymous(text)
    assert str(failure.value).endswith("… and 8 more")


# --- properties, on the strategies ----------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(quote_source_pairs())
def test_assert_verified_passes_exactly_the_faithful_pairs(pair: QuoteSourcePair) -> None:
    if pair.verdict in DEFAULT_ALLOW:
        (v,) = assert_verified(pair.quote, pair.source, article=False)
        assert v.verdict == pair.verdict
    else:
        with pytest.raises(FactCheckFailure) as failure:
            assert_verified(pair.quote, pair.source, article=False)
        assert f"the quotation is {pair.verdict} " in str(failure.value)


@settings(max_examples=25, deadline=None)
@given(articles())
def test_every_built_statement_is_attributed_as_built(case: GeneratedArticle) -> None:
    for e in case.statements:
        s = assert_attributed(case.text, e.text, speaker=e.speaker, min_level=e.level)
        assert s.strength is not None
        assert s.strength.level == e.level
    weakest = min((5 - LEVELS.index(e.level) for e in case.statements), default=5)
    for rank, level in enumerate(reversed(LEVELS)):
        if rank <= weakest:
            assert_no_anonymous(case.text, below=level)
        else:
            with pytest.raises(FactCheckFailure):
                assert_no_anonymous(case.text, below=level)


# --- in pytest's output, and the examples -----------------------------------------------------------------


def test_a_failed_check_reads_well_in_pytest_output(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        f"""
        from quotecheck.testing import assert_verified

        def test_bridge():
            assert_verified("The new bridge will open in June", {TRANSCRIPT!r})
        """
    )
    result = pytester.runpytest("-p", "quotecheck.pytest_plugin")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       quotecheck.testing.FactCheckFailure: the quotation is altered (allowed: *)",
            "E       “The new bridge will open in June”",
            "E         diff:      The new bridge will open in [[]-May-]{+June+}",
            "E         speakers:  article: none found; source: HADDAD",
        ]
    )


def test_every_helper_is_in_the_guide() -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "pytest.md").read_text(encoding="utf-8")
    missing = [name for name in quotecheck.testing.__all__ if f"`{name}" not in guide]
    assert not missing, f"docs/pytest.md does not name {missing}"


@pytest.mark.parametrize("module", [quotecheck.testing, quotecheck.pytest_plugin], ids=lambda m: m.__name__)
def test_the_module_examples_run(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)  # type: ignore[arg-type]
    assert result.failed == 0
    if module is quotecheck.testing:
        assert result.attempted > 10


def test_assert_attributed_reads_a_split_quotation_whole() -> None:
    # the speaker tag stands between the pieces: the quotation's words are the pieces', read together
    text = "“We are ready,” Mayor Ann Marlow said, “to start the work tomorrow.”"
    s = assert_attributed(text, "We are ready to start the work tomorrow", speaker="Marlow")
    assert s.speaker.name == "Ann Marlow"
    assert assert_attributed(text, "ready to start the work").speaker.name == "Ann Marlow"
    with pytest.raises(FactCheckFailure, match="attributed to no one"):
        assert_attributed(text, "We are ready to stop the work")
