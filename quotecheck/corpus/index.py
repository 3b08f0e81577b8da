"""A quote index that grows: today's articles added to yesterday's index, not the archive matched again.

One SQLite file, no server.  :meth:`QuoteIndex.add` extracts each document's quotations and stores them
with their band keys; :meth:`QuoteIndex.find` looks the words up by key and confirms each candidate with
verify's aligner; :meth:`QuoteIndex.clusters` gives what ``quotecheck match`` gives for every document
the index holds.

>>> import tempfile, os
>>> from quotecheck.corpus.model import Document
>>> folder = tempfile.mkdtemp()
>>> with QuoteIndex(os.path.join(folder, "quotes.db")) as index:
...     added = index.add([
...         Document("wire", "“We will fight for every family in this state,” Senator Ann Marlow said.",
...                  date="2024-05-02", outlet="Wire"),
...         Document("daily", "Marlow told a crowd: “We will fight for every family in this state.”",
...                  date="2024-05-03", outlet="Daily"),
...     ])
...     places = index.find("we will fight for every family")
...     clusters = index.clusters()
>>> added
Added(documents=2, replaced=0, quotations=2)
>>> [(p.doc, p.verdict, p.speaker) for p in places]
[('wire', 'excerpt', 'Ann Marlow'), ('daily', 'excerpt', 'Marlow')]
>>> [(c.text, [m.doc for m in c.members]) for c in clusters]
[('We will fight for every family in this state,', ['wire', 'daily'])]

The file's schema is plain SQL (:data:`SCHEMA`), versioned by ``PRAGMA user_version``; docs/index-db.md
describes every table.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from datetime import UTC, datetime
from itertools import islice, repeat
from types import TracebackType
from typing import Any, TypeVar

from attrs import evolve, frozen

from quotecheck.corpus.candidates import SHINGLE, WINDOW, band_keys
from quotecheck.corpus.link import _MIN_WORDS, Link, judge, prepare
from quotecheck.corpus.match import clusters_of
from quotecheck.corpus.model import Cluster, Document, Member, Quotation
from quotecheck.corpus.quotations import _inner, quotations_of
from quotecheck.errors import InputError
from quotecheck.model import Span
from quotecheck.verify import _read_quote

_T = TypeVar("_T")

__all__ = ["SCHEMA", "SCHEMA_VERSION", "Added", "QuoteIndex", "QuoteIndexError"]

#: the version of :data:`SCHEMA`, kept in the file as ``PRAGMA user_version``
SCHEMA_VERSION = 1
# "qcix" as a big-endian integer: marks the file as a quote index for tools like file(1)
_APPLICATION_ID = 0x71636978

#: the tables of an index file
SCHEMA = """\
-- settings the index was built with: min_words, and the band-key scheme its keys were made by
CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- one row per document: its metadata only, never its text
CREATE TABLE documents (
    id     TEXT PRIMARY KEY,
    date   TEXT,                -- ISO 8601, compared as text
    outlet TEXT,
    url    TEXT,
    chars  INTEGER NOT NULL,    -- the length of the text the offsets index
    added  TEXT NOT NULL        -- when it was added, UTC
);

-- every quotation of at least min_words words: text == the document's text[start:end]
CREATE TABLE quotations (
    id      INTEGER PRIMARY KEY,
    doc     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    pieces  TEXT NOT NULL,      -- JSON [[start, end], ...]: the quoted pieces, split by a speaker tag
    words   TEXT NOT NULL,      -- the quoted words folded and lower-cased, one space between
    speaker TEXT,               -- the extractor's name for the speaker; NULL when it found none
    keys    INTEGER NOT NULL    -- how many band keys it has
);
CREATE INDEX quotations_by_doc ON quotations(doc);

-- the band keys of every quotation: two quotations sharing a key are candidates.  quotation is a
-- quotations.id; its rows go with it, found again by its words' keys (no second index to keep up)
CREATE TABLE band_keys (
    key       BLOB NOT NULL,
    quotation INTEGER NOT NULL,
    PRIMARY KEY (key, quotation)
) WITHOUT ROWID;
"""

# A fixed quotation whose keys stand for the band-key scheme: a quotecheck that makes other keys cannot
# use the keys stored, and says so rather than missing candidates.
_CANARY = "the index keeps the keys of every quotation it holds in this very file".split()
# Documents extracted before their rows are written in one transaction: few enough that a reader in
# another process sees progress, many enough that each commit's cost is spread thin.
_BATCH = 200
# Below this many words a phrase shares no band key with anything for sure (SHINGLE + WINDOW - 1 words in a
# row always do): the shortest query find() accepts.
_FIND_WORDS = SHINGLE + WINDOW - 1
# A candidate shares at least this part of the shorter one's band keys (BandIndex's rule for match's pairs).
_SHARE = 0.2
# Above this many candidates, their words are read first and those sharing too few with the query dropped
# before the rows are read whole: a phrase held by thousands of quotations costs milliseconds, not a second.
_MANY = 64
# SQLite's limit on ? parameters in one statement is far above this; chunks keep statements small.
_CHUNK = 500

class QuoteIndexError(InputError):
    """The index file cannot be used: not a quote index, written by another schema version, or built
    with other settings.  The message names the file and says what to do."""


@frozen
class Added:
    """What :meth:`QuoteIndex.add` did: documents stored (``replaced`` of them took the place of a
    document with the same id) and the quotations they hold."""

    documents: int
    replaced: int
    quotations: int


def _canary_keys() -> str:
    q = Quotation("", 0, 0, "", (), tuple(_CANARY))
    return f"shingle {SHINGLE} window {WINDOW}: " + " ".join(k.hex() for k in band_keys(q))


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def query_quotation(words: str) -> Quotation:
    """Words typed to look up, as a quotation of a document of their own (id ``""``): the quote marks and
    white space around them cut off, as a document's quotation is cut, and ellipses and [brackets] read as
    verify reads them."""
    inner = _inner(words, Span(0, len(words), words))
    if inner is None:
        return Quotation("", len(words), len(words), "", (), ())
    folded = _read_quote(words, inner.start, inner.end).words
    return Quotation("", inner.start, inner.end, inner.text, (inner,), tuple(folded))


def _shingle_keys(quotation: Quotation) -> tuple[bytes, ...]:
    """Every shingle's key, not only the ones winnowing keeps: a query meets a stored quotation that
    shares any run of SHINGLE + WINDOW - 1 words with it, whichever shingle the quotation kept."""
    words = quotation.words
    keys = {
        band_keys(Quotation("", 0, 0, "", (), words[i : i + SHINGLE]))[0]
        for i in range(len(words) - SHINGLE + 1)
    }
    return tuple(sorted(keys | set(band_keys(quotation))))


def _keys_of_words(words: str) -> tuple[bytes, ...]:
    """The band keys of a stored quotation, from its ``words`` column."""
    return band_keys(Quotation("", 0, 0, "", (), tuple(words.split(" "))))


def _extract(document: Document, min_words: int) -> tuple[Quotation, ...]:
    """quotations_of for a worker process (a module-level function, so it pickles)."""
    return quotations_of(document, min_words=min_words)


def _place_order(m: Member) -> tuple[bool, str, str, int]:
    return (m.date is None, m.date or "", m.doc, m.start)


class QuoteIndex:
    """A quote index in the SQLite file ``path``, created when missing (unless ``create`` is False).

    ``min_words`` is set when the index is created (default 6): quotations of fewer words are not kept.
    Opening an existing index with another value raises :class:`QuoteIndexError`, as does a file that is
    not a quote index or was written with another schema version.  The file is in WAL mode: other
    processes may read it, with their own :class:`QuoteIndex`, while this one adds.  Use it as a context
    manager, or call :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike[str], *, min_words: int | None = None, create: bool = True):
        self.path = os.fspath(path)
        if min_words is not None and min_words < 1:
            raise InputError(f"min_words must be at least 1, not {min_words}")
        if os.path.isdir(self.path):
            raise QuoteIndexError(f"{self.path}: is a directory, give the index's file")
        if not create and not os.path.exists(self.path):
            raise QuoteIndexError(f"{self.path}: no such index; build one with `quotecheck index add`")
        if not create and os.path.getsize(self.path) == 0:
            raise QuoteIndexError(f"{self.path}: not a quote index (an empty file)")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        except sqlite3.Error as exc:
            raise QuoteIndexError(f"{self.path}: cannot be opened ({exc})") from None
        try:
            self.min_words = self._open(min_words, create=create)
        except BaseException:
            self._db.close()
            raise

    # --- opening: the schema, its version, the settings ------------------------------------------------

    def _fail(self, message: str) -> QuoteIndexError:
        return QuoteIndexError(f"{self.path}: {message}")

    def _open(self, min_words: int | None, *, create: bool) -> int:
        db = self._db
        try:
            app = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            empty = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        except sqlite3.DatabaseError:
            raise self._fail("not a quote index (not an SQLite database)") from None
        if app == 0 and version == 0 and empty:
            if not create:
                raise self._fail("not a quote index (an empty database)")
            self._create(6 if min_words is None else min_words)
        elif app != _APPLICATION_ID:
            raise self._fail("not a quote index (an SQLite database quotecheck did not write)")
        elif version != SCHEMA_VERSION:
            raise self._fail(
                f"a quote index of schema version {version}, and this quotecheck reads version "
                f"{SCHEMA_VERSION}; use the quotecheck that wrote it, or build a new index"
            )
        db.execute("PRAGMA foreign_keys = ON")
        # A batch's new keys land all over the key index: a page cache that holds much of it spares
        # rereading pages (64 MB at most, taken only as pages are read).  In WAL mode NORMAL syncs at
        # checkpoints, not at each commit: a crash of the machine may lose the last batches, never the file.
        db.execute("PRAGMA cache_size = -65536")
        db.execute("PRAGMA synchronous = NORMAL")
        try:
            meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
            stored = int(meta["min_words"])
        except (sqlite3.DatabaseError, KeyError, ValueError) as exc:
            why = f"no {exc} setting" if isinstance(exc, KeyError) else str(exc)
            raise self._fail(f"a damaged quote index ({why}); build a new index") from None
        if meta.get("band_keys") != _canary_keys():
            raise self._fail(
                "its band keys were made by another quotecheck, and this one would miss candidates; "
                "build a new index"
            )
        if min_words is not None and min_words != stored:
            raise self._fail(
                f"the index keeps quotations of at least {stored} words, not {min_words}; "
                "give the same number, or build a new index"
            )
        return stored

    def _create(self, min_words: int) -> None:
        db = self._db
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("BEGIN IMMEDIATE")
        try:
            # another process may have created it while this one waited for the lock
            if db.execute("PRAGMA user_version").fetchone()[0] == 0:
                for statement in SCHEMA.split(";\n"):
                    if statement.strip():
                        db.execute(statement)
                db.executemany(
                    "INSERT INTO meta (name, value) VALUES (?, ?)",
                    [("min_words", str(min_words)), ("band_keys", _canary_keys())],
                )
                db.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # --- the context manager ----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the file; the index cannot be used after."""
        self._db.close()

    def __enter__(self) -> QuoteIndex:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __len__(self) -> int:
        """How many documents the index holds."""
        return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def __repr__(self) -> str:
        return f"QuoteIndex({self.path!r})"

    # --- adding -----------------------------------------------------------------------------------------

    def add(self, documents: Iterable[Document], *, jobs: int = 1) -> Added:
        """Extract and store ``documents``, read one at a time; a document whose id the index holds
        replaces the one stored (with its quotations), and so does a later one of ``documents`` with the
        same id as an earlier.  Each batch of documents is written in one transaction, so readers see
        whole documents only, and an interrupted add keeps the batches written before.  ``jobs``
        extracts in that many local processes; what is stored is the same."""
        if jobs < 1:
            raise InputError(f"jobs must be at least 1, not {jobs}")
        total = Added(0, 0, 0)
        it = iter(documents)
        with ExitStack() as stack:
            pool = stack.enter_context(ProcessPoolExecutor(jobs)) if jobs > 1 else None
            while batch := list(islice(it, _BATCH)):
                for doc in batch:
                    if not isinstance(doc, Document):
                        raise InputError(f"QuoteIndex.add() takes Document values, not {type(doc).__name__}")
                if pool is None:
                    found = [quotations_of(d, min_words=self.min_words) for d in batch]
                else:
                    chunk = max(1, len(batch) // (4 * jobs))
                    found = list(pool.map(_extract, batch, repeat(self.min_words), chunksize=chunk))
                extracted: dict[str, tuple[Document, tuple[Quotation, ...]]] = {}
                for doc, qs in zip(batch, found, strict=True):
                    extracted.pop(doc.id, None)  # a later version of a document in one batch wins
                    extracted[doc.id] = (doc, qs)
                done = self._write(list(extracted.values()))
                total = Added(
                    total.documents + len(batch),
                    total.replaced + done.replaced + len(batch) - len(extracted),
                    total.quotations + done.quotations,
                )
        return total

    def _write(self, batch: Sequence[tuple[Document, tuple[Quotation, ...]]]) -> Added:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            replaced = 0
            for doc, _ in batch:
                old = db.execute("SELECT id, words FROM quotations WHERE doc = ?", (doc.id,)).fetchall()
                db.executemany(
                    "DELETE FROM band_keys WHERE key = ? AND quotation = ?",
                    [(k, n) for n, words in old for k in _keys_of_words(words)],
                )
                replaced += db.execute("DELETE FROM documents WHERE id = ?", (doc.id,)).rowcount
            db.executemany(
                "INSERT INTO documents (id, date, outlet, url, chars, added) VALUES (?, ?, ?, ?, ?, ?)",
                [(d.id, d.date, d.outlet, d.url, len(d.text), now) for d, _ in batch],
            )
            first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM quotations").fetchone()[0]
            rows = []
            keys: list[tuple[bytes, int]] = []
            for n, q in enumerate((q for _, qs in batch for q in qs), first):
                pieces = json.dumps([[p.start, p.end] for p in q.pieces])
                own = band_keys(q)
                words = " ".join(q.words)
                rows.append((n, q.doc, q.start, q.end, q.text, pieces, words, q.speaker, len(own)))
                keys.extend((k, n) for k in own)
            db.executemany(
                "INSERT INTO quotations (id, doc, start, end, text, pieces, words, speaker, keys)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            # in key order, each page of the key index is read and written once per batch, not once per key
            keys.sort()
            db.executemany("INSERT INTO band_keys (key, quotation) VALUES (?, ?)", keys)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return Added(len(batch), replaced, len(rows))

    # --- reading ----------------------------------------------------------------------------------------

    _SELECT = (
        "SELECT q.id, q.doc, q.start, q.end, q.text, q.pieces, q.words, q.speaker, d.outlet, d.date"
        " FROM quotations q JOIN documents d ON d.id = q.doc"
    )

    @staticmethod
    def _quotation(row: tuple[Any, ...]) -> Quotation:
        _, doc, start, end, text, pieces, words, speaker, outlet, date = row
        spans = tuple(Span(a, b, text[a - start : b - start]) for a, b in json.loads(pieces))
        return Quotation(doc, start, end, text, spans, tuple(words.split(" ")), speaker, outlet, date)

    def find(self, words: str | Quotation) -> tuple[Member, ...]:
        """Every place the index holds ``words`` (typed words, or a :class:`Quotation` of an article),
        earliest first (undated last, then by document and offset).

        Each place is a :class:`Member`: where it stands, whom it is given to, and the ``verdict`` between
        its words and yours as verify gives it, the shorter of the two read against the longer; so
        ``excerpt`` means one gives part of the other.  Typed words need at least four words; a
        quotation shorter than that finds nothing.
        """
        if isinstance(words, str):
            query = query_quotation(words)
            if len(query.words) < _FIND_WORDS:
                raise InputError(
                    f"give at least {_FIND_WORDS} words to find; {words.strip()!r} has {len(query.words)}"
                )
        else:
            query = words
        if len(query.words) < _FIND_WORDS:
            return ()
        keys = _shingle_keys(query)
        own = len(band_keys(query))
        db = self._db
        db.execute("BEGIN")
        try:
            shared: Counter[int] = Counter()
            held: dict[int, int] = {}
            for part in _chunks(keys):
                marks = ", ".join("?" * len(part))
                for quotation, n, k in db.execute(
                    "SELECT b.quotation, count(*), q.keys FROM band_keys b"
                    f" JOIN quotations q ON q.id = b.quotation WHERE b.key IN ({marks}) GROUP BY b.quotation",
                    part,
                ):
                    shared[quotation] += n
                    held[quotation] = k
            # as match pairs quotations: sharing a fair part of the shorter one's keys, not one common phrase
            ids = sorted(i for i, n in shared.items() if n >= _SHARE * min(own, held[i]))
            if len(ids) > _MANY:
                ids = self._sharing_words(ids, query.words)
            rows = []
            for some in _chunks(ids):
                marks = ", ".join("?" * len(some))
                rows.extend(db.execute(f"{self._SELECT} WHERE q.id IN ({marks})", some).fetchall())
        finally:
            db.execute("COMMIT")
        source = prepare(query, name="the words looked up")
        verdicts: dict[str, Link | None] = {}
        places = []
        for row in rows:
            place = self._quotation(row)
            text = place.quoted
            if text not in verdicts:
                if len(place.words) <= len(query.words):
                    verdicts[text] = judge(place, query, prepared=source)
                else:  # judge reads the place as a source only once its cheap bound passes
                    verdicts[text] = judge(query, evolve(place, doc="the quotation found"))
            link = verdicts[text]
            if link is not None:
                places.append(
                    Member(
                        place.doc,
                        place.start,
                        place.end,
                        place.text,
                        place.speaker,
                        place.outlet,
                        place.date,
                        link.verdict,
                        link.score,
                        link.substantive,
                        link.reasons,
                    )
                )
        places.sort(key=_place_order)
        return tuple(places)

    def _sharing_words(self, ids: Sequence[int], words: Sequence[str]) -> list[int]:
        """The quotations of ``ids`` that hold enough of ``words`` for the aligner to link them either way:
        judge's cheap bound at its loosest (never fewer shared words than link's ``_MIN_WORDS``, or all of
        the shorter), made before the rows are read whole."""
        wanted = Counter(words)
        kept = []
        for some in _chunks(ids):
            marks = ", ".join("?" * len(some))
            for n, text in self._db.execute(f"SELECT id, words FROM quotations WHERE id IN ({marks})", some):
                held = text.split(" ")
                have = Counter(held)
                common = sum(min(k, have[w]) for w, k in wanted.items())
                if common >= min(_MIN_WORDS, len(held), len(words)):
                    kept.append(n)
        return kept

    def quotations(self) -> tuple[Quotation, ...]:
        """Every quotation the index holds, in order of document and place."""
        rows = self._db.execute(f"{self._SELECT} ORDER BY q.doc, q.start, q.end").fetchall()
        return tuple(self._quotation(r) for r in rows)

    def clusters(self, *, jobs: int = 1) -> tuple[Cluster, ...]:
        """The clusters ``quotecheck match`` gives for every document the index holds.

        The quotations are read from the file, and the links among them drawn and confirmed just as
        ``match`` draws them (:func:`quotecheck.corpus.match.clusters_of`), over the whole index, so a
        phrase common across the index draws no candidates.  ``jobs`` judges the groups in that many
        local processes; the clusters are the same.
        """
        if jobs < 1:
            raise InputError(f"jobs must be at least 1, not {jobs}")
        db = self._db
        db.execute("BEGIN")
        try:
            rows = db.execute(self._SELECT).fetchall()
        finally:
            db.execute("COMMIT")
        quotations = [self._quotation(r) for r in rows]
        keys = [band_keys(q) for q in quotations]
        if jobs == 1:
            return clusters_of(quotations, keys)
        with ProcessPoolExecutor(jobs) as pool:
            return clusters_of(quotations, keys, map_chunks=pool.map)
