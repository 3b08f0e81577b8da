"""The values the corpus matcher passes around: documents in, quotations found, clusters out.

Every offset indexes the document's text exactly as given: ``document.text[q.start:q.end] == q.text``.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from quotecheck.errors import InputError
from quotecheck.model import Span

__all__ = ["Cluster", "Document", "Member", "Quotation"]


@frozen
class Document:
    """One article of a corpus.  ``id`` names it in every result; ``date`` is ISO 8601 (``2024-03-01`` or
    with a time), compared as text, so the earliest member of a cluster is the one with the smallest."""

    id: str
    text: str
    date: str | None = None
    outlet: str | None = None
    url: str | None = None

    def __attrs_post_init__(self) -> None:
        # a date of another type would fail only later, comparing dates; say what is wrong where it is made
        for key in ("id", "text", "date", "outlet", "url"):
            value = getattr(self, key)
            if not isinstance(value, str) and (value is not None or key in ("id", "text")):
                raise InputError(f'"{key}" must be a string, not {type(value).__name__}')
        if not self.id:
            raise InputError("a document needs an id: an empty id names nothing")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "text": self.text}
        for key in ("date", "outlet", "url"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@frozen
class Quotation:
    """One quotation of one document: the quoted words of one statement.

    A quotation split by its speaker tag ("X," she said, "Y.") is one quotation with two ``pieces``;
    ``start``/``end`` run from the first piece to the last, so ``text`` may hold the tag between them.
    ``words`` are the quoted words folded and lower-cased (bracketed words left out), the form matching
    and the band keys use.  ``speaker`` is the canonical name the extractor found, None when it found none.
    """

    doc: str
    start: int
    end: int
    text: str
    pieces: tuple[Span, ...]
    words: tuple[str, ...]
    speaker: str | None = None
    outlet: str | None = None
    date: str | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        """Where it stands: a quotation's identity, the same whatever order documents come in."""
        return (self.doc, self.start, self.end)

    @property
    def quoted(self) -> str:
        """The quoted words as one string, pieces joined by a space: the form the aligner reads."""
        return " ".join(p.text for p in self.pieces)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "pieces": [p.to_json() for p in self.pieces],
            "words": list(self.words),
            "speaker": self.speaker,
            "outlet": self.outlet,
            "date": self.date,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quotation:
        """The inverse of :meth:`to_dict`, for quotations stored and read back."""
        return cls(
            data["doc"],
            data["start"],
            data["end"],
            data["text"],
            tuple(Span(p["start"], p["end"], p["text"]) for p in data["pieces"]),
            tuple(data["words"]),
            data.get("speaker"),
            data.get("outlet"),
            data.get("date"),
        )


@frozen
class Member:
    """One appearance of a cluster's quotation: where it stands, who it is given to, and its verdict
    against the cluster's canonical text (``verify``'s verdicts; ``score`` 0-100; ``substantive`` when a
    change alters the meaning)."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None
    outlet: str | None
    date: str | None
    verdict: str
    score: int
    substantive: bool = False
    #: why the verdict: verify's reasons, and the share of the canonical words a part gives
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
        }
        if self.outlet is not None:
            out["outlet"] = self.outlet
        if self.date is not None:
            out["date"] = self.date
        out.update(
            verdict=self.verdict, score=self.score, substantive=self.substantive, reasons=list(self.reasons)
        )
        return out


@frozen
class Cluster:
    """One quotation that stands in two or more documents.

    ``cluster`` is a stable id (a digest of the canonical member's place, so it does not depend on the
    order documents came in); ``text`` is the canonical wording; ``first`` the earliest dated member, None
    when no member has a date; ``members`` in order of date (undated last), then document and offset;
    ``speakers_disagree`` is True when members give the words to different people.
    """

    cluster: str
    text: str
    first: Member | None
    members: tuple[Member, ...]
    speakers_disagree: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "cluster": self.cluster,
            "text": self.text,
            "first": None if self.first is None else self.first.to_dict(),
            "members": [m.to_dict() for m in self.members],
            "speakers_disagree": self.speakers_disagree,
        }
