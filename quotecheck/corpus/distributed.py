"""The Dask backend: extraction and band keys computed on a Dask cluster, clusters merged where you are.

Needs the ``dask`` extra (``pip install 'quotecheck-news[dask]'``).  Two ways in:

- :func:`~quotecheck.corpus.match.match_corpus` with ``client=``: the documents are read where the call
  runs and sent to the workers in batches, a few batches in flight, so no more than those few batches of
  text are ever held at once;
- :func:`match_bag` with a ``dask.bag`` of JSON-line records that the workers read themselves, from a path
  they all see (``dask.bag.read_text("/shared/corpus/*.jsonl").map(json.loads)``).

Workers send back quotations and their band keys, never texts.  Linking and clustering then run once, on
every quotation, exactly as a local run does, so the clusters equal the local run's, cluster for cluster.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from quotecheck.corpus.cluster import ChunkMap, Group
from quotecheck.corpus.documents import record_document
from quotecheck.corpus.match import Extracted, clusters_of, extract
from quotecheck.corpus.model import Cluster, Document, Quotation
from quotecheck.errors import InputError

__all__ = ["chunk_map", "connect", "extract_on", "match_bag"]

# Documents per batch sent to the cluster, and batches in flight.
_BATCH = 2000
_IN_FLIGHT = 2


def _bag() -> Any:
    try:
        import dask.bag
        import distributed  # noqa: F401  (the scheduler the client talks to)
    except ImportError:
        raise InputError(
            "the Dask backend needs dask and distributed: pip install 'quotecheck-news[dask]'"
        ) from None
    return dask.bag


def connect(address: str) -> Any:
    """A ``dask.distributed.Client`` for the scheduler at ``address`` (``tcp://HOST:8786``)."""
    _bag()
    client_type = importlib.import_module("distributed").Client
    try:
        return client_type(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    except ValueError as exc:  # distributed's word for an address it cannot parse
        raise InputError(
            f"cannot reach the Dask scheduler at {address}: {exc}; give its address as tcp://HOST:8786"
        ) from None


def _extract_partition(documents: Iterable[Document], min_words: int) -> list[Extracted]:
    return [extract(d, min_words=min_words) for d in documents]


def _record(record: Any) -> Document:
    return record if isinstance(record, Document) else record_document(record)


def _partitions(client: Any) -> int:
    workers: dict[str, dict[str, Any]] = client.scheduler_info().get("workers", {})
    threads = sum(int(w.get("nthreads", 1)) for w in workers.values())
    return max(2, 2 * threads)


def extract_on(client: Any, documents: Iterator[Document], *, min_words: int = 6) -> Iterator[Extracted]:
    """Extract ``documents`` on the Dask cluster behind ``client``, in input order, a batch at a time."""
    bag = _bag()
    parts = _partitions(client)
    pending: list[Any] = []
    while True:
        while len(pending) < _IN_FLIGHT:
            batch = list(islice(documents, _BATCH))
            if not batch:
                break
            b = bag.from_sequence(batch, npartitions=min(parts, len(batch)))
            pending.append(client.compute(b.map_partitions(_extract_partition, min_words)))
        if not pending:
            return
        yield from pending.pop(0).result()


def chunk_map(client: Any) -> ChunkMap:
    """A ``map`` over the Dask cluster, for judging groups of quotations there."""

    def run(fn: Callable[[list[Group]], list[Cluster]], chunks: list[list[Group]]) -> list[list[Cluster]]:
        if not chunks:
            return []
        done: list[list[Cluster]] = client.gather(client.map(fn, chunks, pure=False))
        return done

    return run


def match_bag(records: Any, *, client: Any = None, min_words: int = 6) -> tuple[Cluster, ...]:
    """The clusters of a ``dask.bag`` of documents (:class:`Document` values or ``{"id", "text", "date"?,
    "outlet"?, "url"?}`` records), extracted where the bag lives.  ``client`` defaults to Dask's current
    one.  An id given twice raises :class:`~quotecheck.errors.InputError`."""
    _bag()
    work = records.map(_record).map_partitions(_extract_partition, min_words)
    extracted: list[Extracted] = client.compute(work).result() if client is not None else work.compute()
    seen: set[str] = set()
    quotations: list[Quotation] = []
    keys: list[tuple[bytes, ...]] = []
    for doc, qs, ks in extracted:
        if doc in seen:
            raise InputError(f"document id {doc!r} is given twice; give every document its own id")
        seen.add(doc)
        quotations.extend(qs)
        keys.extend(ks)
    return clusters_of(quotations, keys, map_chunks=chunk_map(client) if client is not None else None)
