"""Match a corpus: quotations found one document at a time, candidates from band keys, links confirmed with
verify's aligner, then clusters.

>>> docs = [
...     Document("wire", "“We will fight for every family in this state,” Senator Ann Marlow said.",
...              date="2024-05-02"),
...     Document("daily", "Marlow told a crowd: “We will fight for every family in this state.”",
...              date="2024-05-03"),
... ]
>>> [(c.text, [m.doc for m in c.members], c.first.doc) for c in match_corpus(docs)]
[('We will fight for every family in this state,', ['wire', 'daily'], 'wire')]
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from itertools import islice, pairwise
from typing import Any

from quotecheck.corpus.candidates import BandIndex, band_keys
from quotecheck.corpus.cluster import ChunkMap, Joined, build_clusters
from quotecheck.corpus.link import compare
from quotecheck.corpus.model import Cluster, Document, Quotation
from quotecheck.corpus.quotations import quotations_of
from quotecheck.errors import InputError

__all__ = ["Extracted", "as_documents", "clusters_of", "extract", "link_pairs", "match_corpus"]

#: what one document yields: its id, its quotations, and each quotation's band keys
Extracted = tuple[str, tuple[Quotation, ...], tuple[tuple[bytes, ...], ...]]

# Documents sent to a worker process at once, and batches kept in flight per process: enough to keep every
# process busy, few enough that the texts waiting stay a small, fixed amount of memory.
_BATCH = 16
_IN_FLIGHT = 3


def extract(document: Document, *, min_words: int = 6) -> Extracted:
    """One document's quotations with their band keys."""
    qs = quotations_of(document, min_words=min_words)
    return document.id, qs, tuple(band_keys(q) for q in qs)


def _extract_batch(documents: Sequence[Document], min_words: int) -> list[Extracted]:
    return [extract(d, min_words=min_words) for d in documents]


def as_documents(documents: Iterable[Document | str]) -> Iterator[Document]:
    """Documents as given, plain strings named ``doc-1``, ``doc-2``, ... in input order; an id given twice
    raises :class:`~quotecheck.errors.InputError`."""
    seen: set[str] = set()
    for n, d in enumerate(documents, 1):
        if isinstance(d, str):
            d = Document(f"doc-{n}", d)
        elif not isinstance(d, Document):
            raise InputError(f"match_corpus() takes Document values or strings, not {type(d).__name__}")
        if d.id in seen:
            raise InputError(f"document id {d.id!r} is given twice; give every document its own id")
        seen.add(d.id)
        yield d


def _local(
    documents: Iterator[Document], pool: ProcessPoolExecutor | None, jobs: int, min_words: int
) -> Iterator[Extracted]:
    if pool is None:
        for d in documents:
            yield extract(d, min_words=min_words)
        return
    pending: list[Future[list[Extracted]]] = []
    while True:
        while len(pending) < jobs * _IN_FLIGHT:
            batch = list(islice(documents, _BATCH))
            if not batch:
                break
            pending.append(pool.submit(_extract_batch, batch, min_words))
        if not pending:
            return
        yield from pending.pop(0).result()


def link_pairs(quotations: Sequence[Quotation], keys: Sequence[Sequence[bytes]]) -> list[tuple[int, int]]:
    """The confirmed links among ``quotations`` (whose band keys are ``keys``), as index pairs.

    Quotations with the same words are linked without the aligner; each distinct wording is indexed once,
    and every candidate pair of wordings is confirmed with :func:`~quotecheck.corpus.link.compare`.
    """
    holders: dict[tuple[str, ...], list[int]] = {}
    for i in sorted(range(len(quotations)), key=lambda i: quotations[i].key):
        holders.setdefault(quotations[i].words, []).append(i)
    links: list[tuple[int, int]] = []
    index = BandIndex()
    reps: list[int] = []
    for held in holders.values():
        links.extend(pairwise(held))
        reps.append(held[0])
        index.add(keys[held[0]])
    # Pairs come in a fixed order; one already joined through others is not confirmed again, since
    # clusters follow connected groups and every member is checked against its canonical text anyway.
    joined = Joined(len(reps))
    for a, b in index.pairs():
        if joined.same(a, b):
            continue
        qa, qb = quotations[reps[a]], quotations[reps[b]]
        if _inside(qa.words, qb.words) or compare(qa, qb) is not None:
            links.append((reps[a], reps[b]))
            joined.join(a, b)
    return links


def _inside(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when the shorter word sequence stands in the longer one word for word: a link the aligner
    would confirm as verbatim, normalized or excerpt, made without it (the member's verdict against the
    canonical text is still the aligner's)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return f"\0{chr(0).join(short)}\0" in f"\0{chr(0).join(long)}\0"


def clusters_of(
    quotations: Sequence[Quotation], keys: Sequence[Sequence[bytes]], *, map_chunks: ChunkMap | None = None
) -> tuple[Cluster, ...]:
    """Every cluster among quotations already extracted (with their band keys); ``map_chunks`` spreads
    the judging of groups over processes (see :func:`~quotecheck.corpus.cluster.build_clusters`)."""
    return build_clusters(quotations, link_pairs(quotations, keys), map_chunks=map_chunks)


def _progress(progress: bool) -> Callable[[Iterator[Extracted]], Iterator[Extracted]]:
    if not progress:
        return lambda it: it

    def wrap(it: Iterator[Extracted]) -> Iterator[Extracted]:
        # tqdm ships no type hints; imported by name so the bar is Any to mypy
        tqdm = importlib.import_module("tqdm").tqdm
        yield from tqdm(it, unit="doc", desc="extracting", file=sys.stderr, dynamic_ncols=True)

    return wrap


def match_corpus(
    documents: Iterable[Document | str],
    *,
    jobs: int = 1,
    client: Any = None,
    min_words: int = 6,
    progress: bool = False,
) -> Iterator[Cluster]:
    """The clusters of the same quotation across ``documents``: one per quotation standing in two or more.

    ``documents`` are :class:`Document` values or plain strings (named ``doc-1``, ``doc-2``, ... in input
    order); they are read one at a time and only their quotations are kept.  ``jobs`` extracts in that many
    local processes; ``client`` (a ``dask.distributed.Client``) extracts on a Dask cluster instead.  The
    clusters are the same either way, and whatever the order of the documents.  Quotations of fewer than
    ``min_words`` words are left out; ``progress`` shows a bar on standard error.
    """
    if jobs < 1:
        raise InputError(f"jobs must be at least 1, not {jobs}")
    docs = as_documents(documents)
    with ExitStack() as stack:
        map_chunks: ChunkMap | None = None
        if client is not None:
            from quotecheck.corpus.distributed import chunk_map, extract_on

            extracted: Iterator[Extracted] = extract_on(client, docs, min_words=min_words)
            map_chunks = chunk_map(client)
        else:
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs)) if jobs > 1 else None
            extracted = _local(docs, pool, jobs, min_words)
            if pool is not None:
                map_chunks = pool.map
        quotations: list[Quotation] = []
        keys: list[tuple[bytes, ...]] = []
        for _, qs, ks in _progress(progress)(extracted):
            quotations.extend(qs)
            keys.extend(ks)
        clusters = clusters_of(quotations, keys, map_chunks=map_chunks)
    yield from clusters
