"""Follow a quotation across a corpus: which documents carry it, in which words, given to whom, and first.

Corpus API (the names other modules build on; signatures are kept stable):

- ``model.Document(id, text, date=None, outlet=None, url=None)``; ``model.Quotation(doc, start, end, text,
  pieces, words, speaker=None, outlet=None, date=None)`` with ``key``, ``quoted``, ``to_dict()`` and
  ``Quotation.from_dict()``; ``model.Member(doc, start, end, text, speaker, outlet, date, verdict, score,
  substantive=False, reasons=())``; ``model.Cluster(cluster, text, first, members, speakers_disagree)``.
  Every type is frozen and has ``to_dict()`` giving JSON-ready values.
- ``quotations.quotations_of(document, *, min_words=6) -> tuple[Quotation, ...]``: runs the extractor
  once, ungraded.
- ``candidates.band_keys(quotation) -> tuple[bytes, ...]``: two quotations sharing a key are candidates;
  ``candidates.BandIndex`` pairs them in memory (``add(keys) -> int``, ``pairs()``).
- ``link.compare(a, b) -> Link | None``: verify's aligner on the pair, the shorter (or later) read against
  the other; ``link.judge(quote, source, *, cutoff=60, guard=True, prepared=None)`` for one direction.
- ``cluster.build_clusters(quotations, links) -> tuple[Cluster, ...]``: links are index pairs.
- ``match.match_corpus(documents, *, jobs=1, client=None, min_words=6, progress=False) -> Iterator[Cluster]``;
  ``match.extract(document, *, min_words=6) -> (id, quotations, keys)``; ``match.link_pairs(quotations,
  keys)`` and ``match.clusters_of(quotations, keys)`` for quotations already extracted.
- ``documents.DocumentReader(on_error=...)``: ``paths(paths)``, ``input_file(path)``, ``json_lines(lines,
  name=...)`` yield documents, reporting and counting bad input (``summary()``); ``record_document(dict)``.
- ``render.write_clusters(clusters, out, fmt)``: ``jsonl``, ``json``, ``table`` (80 columns) or ``csv``.
- ``distributed``: the Dask backend (``pip install 'quotecheck-news[dask]'``): ``connect(address)``,
  ``extract_on(client, documents)``, ``chunk_map(client)``, ``match_bag(bag, client=None)``.
"""

from __future__ import annotations

from quotecheck.corpus.cluster import build_clusters
from quotecheck.corpus.link import Link, compare
from quotecheck.corpus.match import match_corpus
from quotecheck.corpus.model import Cluster, Document, Member, Quotation
from quotecheck.corpus.quotations import quotations_of

__all__ = [
    "Cluster",
    "Document",
    "Link",
    "Member",
    "Quotation",
    "build_clusters",
    "compare",
    "match_corpus",
    "quotations_of",
]
