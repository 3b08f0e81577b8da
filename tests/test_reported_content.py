"""Reported content (issue 17): a cue reports what stands as its content, and one claim is one statement.

Every sentence here is written for these tests.  The tables are by rule, each with cases where the rule
applies and cases where it must not.  Every statement says how its content is reported (``reported_as``);
two of those shapes, a plain noun-phrase object and a negated or refused saying, are reported by default
(the annotated corpus the extractor is scored on counts them as attributions) and left out in strict mode,
the editor's definition (docs/accuracy.md, "Strict mode").
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from quotecheck.model import Statement
from quotecheck.pipeline import analyze
from quotecheck.strategies import news_text

# (sentence, cue as written, words the content holds)
SHAPES = [
    pytest.param(
        "The harbour board said that the ferry timetable would change in June.",
        "said",
        "the ferry timetable would change in June",
        id="that-clause",
    ),
    pytest.param(
        "The harbour board said the ferry timetable would change in June.",
        "said",
        "the ferry timetable would change in June",
        id="that-less-clause",
    ),
    pytest.param(
        "“We will fix the pier before the winter storms,” Harbourmaster Jonas Lind said.",
        "said",
        "We will fix the pier before the winter storms",
        id="quotation",
    ),
    pytest.param(
        "The chairman of the board said: “Nobody asked the islanders.”",
        "said",
        "Nobody asked the islanders.",
        id="colon-then-words",
    ),
    pytest.param(
        "The ferry timetable will change in June, according to the harbour board.",
        "according to",
        "The ferry timetable will change in June",
        id="according-to",
    ),
    pytest.param(
        "The ferry timetable will change in June, the harbour board said.",
        "said",
        "The ferry timetable will change in June",
        id="inverted-tag",
    ),
    pytest.param(
        "Councillor Ama Mensah repeated her claim that the tender had been rigged.",
        "claim",
        "the tender had been rigged",
        id="reporting-noun-and-complement",
    ),
]


def _only(text: str, cue: str) -> Statement:
    found = [s for s in analyze(text).statements if s.cue is not None and s.cue.text == cue]
    assert len(found) == 1, [(s.cue, s.text) for s in analyze(text).statements]
    return found[0]


@pytest.mark.parametrize(("text", "cue", "content"), SHAPES)
def test_each_shape_of_reported_content_is_reported(text: str, cue: str, content: str) -> None:
    s = _only(text, cue)
    assert content in s.text
    assert cue not in s.text.replace(content, "")  # the cue is not part of what it reports


# A clause after a cue is reported whole, its own subject and verb with it: "said X believes that …" is one
# report of a belief, not the outer speaker's "that …" given twice.  (sentence, outer cue, outer content)
NESTED = [
    pytest.param(
        "A spokeswoman said the minister believes that the talks will resume next week.",
        "said",
        "the minister believes that the talks will resume next week",
        id="name-then-verb",
    ),
    pytest.param(
        "Councillor Ama Mensah said she realized that the budget could not be balanced.",
        "said",
        "she realized that the budget could not be balanced",
        id="pronoun-subject",
    ),
    pytest.param(
        "The coach says it proves that the squad is too thin for two competitions.",
        "says",
        "it proves that the squad is too thin for two competitions",
        id="it-before-its-verb",
    ),
]

# Words between a cue and its "that" that are no clause: the "that" is still the cue's own.
NOT_NESTED = [
    pytest.param(
        "The harbour board said on Tuesday in a statement that the ferry would be withdrawn.",
        "said",
        "that the ferry would be withdrawn",
        id="time-and-channel",
    ),
    pytest.param(
        "The harbourmaster told the island council that the pier was unsafe.",
        "told",
        "that the pier was unsafe",
        id="addressee",
    ),
    pytest.param(
        "The harbourmaster said last week that the pier was unsafe.",
        "said",
        "that the pier was unsafe",
        id="time-words",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), NESTED + NOT_NESTED)
def test_the_clause_after_a_cue_is_reported_whole(text: str, cue: str, content: str) -> None:
    assert _only(text, cue).text == content


def _same_words_twice(statements: tuple[Statement, ...]) -> list[tuple[tuple[int, int], ...]]:
    counts = Counter(tuple((g.start, g.end) for g in s.segments) for s in statements)
    return [segs for segs, n in counts.items() if n > 1]


# Two cues over exactly the same words: one statement, the cue that governs the words (the nearest).
# (sentence, the cue kept)
SAME_WORDS = [
    pytest.param(
        "Councillor Ama Mensah repeated her claim that the tender had been rigged.",
        "claim",
        id="verb-and-its-reporting-noun",
    ),
    pytest.param(
        "The ministry finally published its conclusion that the crossing was unsafe.",
        "conclusion",
        id="document-noun",
    ),
]


@pytest.mark.parametrize(("text", "cue"), SAME_WORDS)
def test_one_claim_is_one_statement(text: str, cue: str) -> None:
    statements = analyze(text).statements
    assert not _same_words_twice(statements)
    assert cue in [s.cue.text for s in statements if s.cue is not None]


# A report adverb between a subject and its verb.  With no reported content after the verb, the verb is an
# action reported as hearsay: one statement, the hedge's, unattributed.  (sentence)
HEDGED_ACTIONS = [
    pytest.param("The club has reportedly agreed a fee with Porto.", id="agreed-a-fee"),
    pytest.param("The harbour board has reportedly approved the new timetable.", id="approved-a-plan"),
    pytest.param("The minister allegedly backed the developer's bid.", id="backed-a-bid"),
]

# With reported content after the verb, the subject's report stands (hedged: the grade says so).
# (sentence, cue, content)
HEDGED_REPORTS = [
    pytest.param(
        "The striker has reportedly told teammates that he wants to leave.",
        "told",
        "that he wants to leave",
        id="told-that",
    ),
    pytest.param(
        "The minister reportedly said the plan was dead.",
        "said",
        "the plan was dead",
        id="said-clause",
    ),
]


@pytest.mark.parametrize("text", HEDGED_ACTIONS)
def test_a_hedged_action_is_one_hearsay_statement(text: str) -> None:
    statements = analyze(text).statements
    assert len(statements) == 1, [(s.cue, s.text) for s in statements]
    (s,) = statements
    assert s.speaker.kind == "unknown"
    assert s.strength is not None
    assert s.strength.level == "unattributed"
    assert [h.text for h in s.strength.hedges] in (["reportedly"], ["allegedly"])
    assert s.text == text.rstrip(".")


@pytest.mark.parametrize(("text", "cue", "content"), HEDGED_REPORTS)
def test_a_hedged_report_keeps_its_source(text: str, cue: str, content: str) -> None:
    s = _only(text, cue)
    assert s.text == content
    assert s.speaker.mention is not None


# How each statement's content is reported (``Statement.reported_as``), one row or more for every shape.
# (sentence, cue as written or None, the shape)
REPORTED_AS = [
    pytest.param(
        "The harbour board said that the ferry would be withdrawn.", "said", "clause", id="that-clause"
    ),
    pytest.param("The harbour board said the ferry would be withdrawn.", "said", "clause", id="that-less"),
    pytest.param(
        "The harbourmaster told the island council the pier was unsafe.", "told", "clause", id="told-whom"
    ),
    pytest.param(
        "Several councillors supported the idea that the pier be sold.", "supported", "clause", id="idea-that"
    ),
    pytest.param("She said he would not resign.", "said", "clause", id="negation-inside-the-clause"),
    pytest.param(
        "The ministry denied reports the minister had resigned.",
        "denied",
        "clause",
        id="object-holding-a-clause",
    ),
    pytest.param(
        "“We will fix the pier,” Harbourmaster Jonas Lind said.", "said", "quotation", id="quoted-tag"
    ),
    pytest.param(
        "Harbourmaster Jonas Lind said, “We will fix the pier.”", "said", "quotation", id="said-quote"
    ),
    pytest.param(
        "The chairman of the board said: the islanders were never asked.", "said", "colon", id="colon"
    ),
    pytest.param(
        "The chairman of the board said: “Nobody asked the islanders.”", "said", "colon", id="colon-quote"
    ),
    pytest.param(
        "The ferry will stop in June, the harbour board said.", "said", "inverted", id="inverted-tag"
    ),
    pytest.param(
        "The ferry will stop in June, according to the harbour board.",
        "according to",
        "according_to",
        id="according",
    ),
    pytest.param(
        "Councillor Ama Mensah repeated her claim that the tender had been rigged.",
        "claim",
        "noun_complement",
        id="reporting-noun",
    ),
    pytest.param("The fishermen vowed to fight the new quotas.", "vowed", "infinitive", id="infinitive"),
    pytest.param("The mayor complained about the noise from the quay.", "complained", "topic", id="topic"),
    pytest.param("The appeals court quashed the permit for the marina.", "quashed", "object", id="quash"),
    pytest.param(
        "Police established a perimeter around the harbour.", "established", "object", id="establish"
    ),
    pytest.param("Several councillors supported the bus lane.", "supported", "object", id="support"),
    pytest.param("The ministry has denied a request for an inquiry.", "denied", "object", id="deny"),
    pytest.param("He would not say which members plan to retire.", "say", "negated", id="would-not-say"),
    pytest.param(
        "She refused to say whether she would stand again.", "refused", "negated", id="refused-to-say"
    ),
    pytest.param("He did not immediately say whether the port would reopen.", "say", "negated", id="not-yet"),
    pytest.param("The club has reportedly agreed a fee with Porto.", "reportedly", "hearsay", id="hearsay"),
    pytest.param("The fishermen refused to leave the quay.", "refused", "infinitive", id="refused-an-action"),
    pytest.param(
        "Her partner, Jonas Lind, called her a master of hard bargains. “She never gave up a clause.”",
        "called",
        "quotation",
        id="object-then-its-quotation",
    ),
]


@pytest.mark.parametrize(("text", "cue", "shape"), REPORTED_AS)
def test_each_statement_says_how_its_content_is_reported(text: str, cue: str, shape: str) -> None:
    s = _only(text, cue)
    assert s.reported_as == shape
    assert s.to_json()["reported_as"] == shape


def test_turns_and_continuations_say_so() -> None:
    turns = analyze("LIND: The pier is unsafe.\n\nMENSAH: Then close it.").statements
    assert [s.reported_as for s in turns] == ["turn", "turn"]
    text = "“The pier is unsafe,” Harbourmaster Jonas Lind said.\n\n“We will close it in June.”"
    assert [s.reported_as for s in analyze(text).statements] == ["quotation", "continuation"]


def test_a_statement_built_by_hand_takes_its_shape_from_its_kind() -> None:
    from quotecheck.model import Span, Speaker

    words = Span(0, 4, "Soon")
    quoted = Statement("direct", 0, 4, "Soon", (words,), (words,), Speaker.unknown())
    plain = Statement("indirect", 0, 4, "Soon", (words,), (), Speaker.unknown())
    assert (quoted.reported_as, plain.reported_as) == ("quotation", "clause")


# Strict mode, the editor's definition: an action's object and a negated or refused saying report nothing
# that was said.  The default keeps them: the annotated corpus the extractor is scored on counts them as
# attributions (docs/accuracy.md, "Strict mode").  (sentence)
NOT_SAID = [
    pytest.param("The appeals court quashed the permit for the marina.", id="noun-object-quash"),
    pytest.param("Police established a perimeter around the harbour.", id="noun-object-establish"),
    pytest.param("Several councillors supported the bus lane.", id="noun-object-support"),
    pytest.param("The ministry has denied a request for an inquiry.", id="noun-object-deny"),
    pytest.param("The visitors' coach knows exactly what he needs.", id="knowing-what"),
    pytest.param("He would not say which members plan to retire.", id="negated-saying"),
    pytest.param("She refused to say whether she would stand again.", id="refused-to-say"),
    pytest.param("She would neither confirm nor deny that talks had taken place.", id="neither-nor"),
]

# What strict mode keeps: the same verbs with reported content, and negation inside what was said.
# (sentence, cue)
STILL_SAID = [
    pytest.param(
        "Several councillors supported the idea that the pier be sold.", "supported", id="idea-that"
    ),
    pytest.param("She said he would not resign.", "said", id="said-he-would-not"),
    pytest.param("The ministry denied that it had received a request.", "denied", id="denied-that"),
    pytest.param("The court established that the permit was void.", "established", id="established-that"),
    pytest.param("“I will not say more,” the harbourmaster said.", "said", id="quoted-refusal"),
    pytest.param("The fishermen vowed to fight the new quotas.", "vowed", id="infinitive"),
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_strict_mode_reports_nothing_where_nothing_is_said(text: str) -> None:
    assert len(analyze(text).statements) == 1  # the corpus's definition keeps it
    assert analyze(text, strict=True).statements == ()


@pytest.mark.parametrize(("text", "cue"), STILL_SAID)
def test_strict_mode_keeps_what_was_said(text: str, cue: str) -> None:
    strict = analyze(text, strict=True)
    assert [s.cue.text for s in strict.statements if s.cue is not None] == [cue]
    assert strict.statements == analyze(text).statements
    assert strict.summary.statements == 1


# Already true, and kept so: nothing reported where nothing is said.
NOTHING_SAID = [
    pytest.param("The company declined to comment.", id="declined-to-comment"),
    pytest.param("The visitors challenged the call.", id="challenged-the-call"),
    pytest.param("The ferry left the harbour at dawn.", id="no-cue"),
    pytest.param(
        "Votes cast at the count.\n\nAma Mensah: 1,204.\n\nJonas Lind: 988.", id="figures-in-a-table"
    ),
]


@pytest.mark.parametrize("text", NOTHING_SAID)
def test_nothing_said_nothing_reported(text: str) -> None:
    assert analyze(text).statements == ()


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(news_text(max_paragraphs=4))
def test_no_two_statements_report_the_same_words(text: str) -> None:
    assert not _same_words_twice(analyze(text).statements)


@SETTINGS
@given(news_text(max_paragraphs=4))
def test_strict_mode_only_leaves_out_what_is_not_said(text: str) -> None:
    from quotecheck.model import REPORTED_AS

    full = analyze(text).statements
    strict = analyze(text, strict=True).statements
    assert strict == tuple(s for s in full if s.reported_as not in ("object", "negated"))
    assert all(s.reported_as in REPORTED_AS for s in full)
    # a quotation no cue claims, a turn, a continuation and hearsay say so; a cue's own shapes need a cue
    assert all(s.cue is not None for s in full if s.reported_as in ("object", "negated", "noun_complement"))


ARTICLE = (
    "The appeals court quashed the permit for the marina on Monday.\n\n"
    "Harbourmaster Jonas Lind said the boats would move to the old quay.\n\n"
    "He would not say which owners had complained.\n"
)


def _extract(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    from quotecheck.cli import main

    assert main(["extract", "--format", "jsonl", *argv]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    return [s["reported_as"] for s in json.loads(line)["statements"]]


def test_extract_strict_leaves_out_objects_and_negated_sayings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "marina.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _extract([str(article)], capsys) == ["object", "clause", "negated"]
    assert _extract(["--strict", str(article)], capsys) == ["clause"]


def test_report_strict_shows_only_what_was_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("jinja2")
    from quotecheck.cli import main

    article, page = tmp_path / "marina.txt", tmp_path / "marina.html"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["report", str(article), "-o", str(page)]) == 0
    assert main(["report", "--strict", str(article), "-o", str(page)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{page}: 3 statements", f"{page}: 1 statement"]


def test_eval_strict_scores_the_editors_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quotecheck.cli import main

    said = "the boats would move to the old quay"
    start = ARTICLE.index(said)
    speaker = ARTICLE.index("Jonas Lind")
    cue = ARTICLE.index("said")
    gold = {
        "id": "marina",
        "text": ARTICLE,
        "quotes": [
            {
                "start": start,
                "end": start + len(said),
                "text": said,
                "segments": [{"start": start, "end": start + len(said), "text": said}],
                "speaker": "Jonas Lind",
                "speaker_start": speaker,
                "speaker_end": speaker + len("Jonas Lind"),
                "cue": {"start": cue, "end": cue + 4, "text": "said"},
                "kind": "indirect",
                "has_source": True,
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    precision = []
    for strict in ([], ["--strict"]):
        assert main(["eval", str(path), "--format", "json", *strict]) == 0
        figures = json.loads(capsys.readouterr().out)
        precision.append(figures["all@0.3"]["precision"])
    assert precision == [0.3333, 1.0]  # one statement of three is the gold one; strict reports it alone


def test_a_statement_reported_some_other_way_is_refused() -> None:
    from quotecheck.model import Span, Speaker, Statement

    with pytest.raises(ValueError, match="reported_as"):
        Statement("indirect", 0, 2, "ok", (Span(0, 2, "ok"),), (), Speaker.unknown(), reported_as="rumour")  # type: ignore[arg-type]
