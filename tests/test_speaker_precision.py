"""Issue 17: a speaker is a source or nothing.  Rule tables of sentences written for the project, each rule
with cases it must take and cases it must leave."""

from __future__ import annotations

import pytest

from quotecheck import analyze
from quotecheck.errors import InputError
from quotecheck.model import Speaker, Statement


def found(text: str) -> list[Statement]:
    return list(analyze(text).statements)


def said_by(text: str, content: str) -> Statement | None:
    """The statement whose content holds ``content``, or None."""
    return next((s for s in analyze(text).statements if content in s.text), None)


# -- a speaker of no kind has no name ------------------------------------------------------------------


def test_a_speaker_of_no_kind_cannot_be_given_a_name() -> None:
    with pytest.raises(InputError, match="no name"):
        Speaker("48 million", "unknown")
    assert Speaker.unknown().name is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The council approved a $48 million plan to rebuild the harbour wall.", id="number-plan"),
        pytest.param("“We are leaving,” they said.", id="unresolved-they"),
        pytest.param("“Not again,” it said in a post.", id="unresolved-it"),
        pytest.param("Turnout was low. Many had said it would be.", id="many"),
    ],
)
def test_no_statement_names_a_speaker_of_no_kind(text: str) -> None:
    for s in found(text):
        assert s.speaker.kind != "unknown" or s.speaker.name is None, s.speaker
