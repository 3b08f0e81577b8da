"""Invariants of the corpus matcher, on generated news copy."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.corpus import Document, match_corpus
from quotecheck.corpus.candidates import band_keys
from quotecheck.corpus.link import compare
from quotecheck.corpus.model import Quotation
from quotecheck.corpus.quotations import quotations_of
from quotecheck.strategies import news_text

_SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _quotation(words: list[str]) -> Quotation:
    text = " ".join(words)
    return Quotation("d", 0, len(text), text, (), tuple(words))


@_SLOW
@given(news_text())
def test_a_document_matched_against_itself_gives_one_cluster_per_long_quotation(text: str) -> None:
    docs = [Document("one", text), Document("two", text)]
    quotations = quotations_of(docs[0])
    clusters = list(match_corpus(docs))
    # every quotation of the document stands in exactly one cluster, beside its copy in the other
    placed = sorted((m.start, m.end) for c in clusters for m in c.members if m.doc == "one")
    assert placed == sorted({(q.start, q.end) for q in quotations})
    for c in clusters:
        # a quotation and its copy stand together, at the same places in each document
        here = sorted((m.start, m.end) for m in c.members if m.doc == "one")
        assert here == sorted((m.start, m.end) for m in c.members if m.doc == "two")
    unrelated = all(
        a.words != b.words and compare(a, b) is None
        for i, a in enumerate(quotations)
        for b in quotations[i + 1 :]
    )
    if unrelated:
        assert len(clusters) == len(quotations)
        assert all(len(c.members) == 2 for c in clusters)


@_SLOW
@given(st.lists(news_text(max_paragraphs=3), min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_the_order_of_input_does_not_change_the_clusters(texts: list[str], rnd: object) -> None:
    # each text twice, so there is something to cluster, under ids that say nothing of the order
    docs = [Document(f"{k}-{n}", t) for n, t in enumerate(texts) for k in "ab"]
    shuffled = docs[:]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert list(match_corpus(docs)) == list(match_corpus(shuffled))


@_SLOW
@given(st.lists(news_text(max_paragraphs=3), min_size=1, max_size=3))
def test_every_member_offset_round_trips(texts: list[str]) -> None:
    docs = {f"d{n}": t for n, t in enumerate(texts + texts[:1])}
    for c in match_corpus([Document(k, v) for k, v in docs.items()]):
        for m in c.members:
            assert docs[m.doc][m.start : m.end] == m.text
        assert c.first is None or c.first in c.members


_WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=4)


@settings(max_examples=200)
@given(
    st.lists(_WORD, max_size=12),
    st.lists(_WORD, min_size=4, max_size=8),
    st.lists(_WORD, max_size=12),
    st.lists(_WORD, max_size=12),
    st.lists(_WORD, max_size=12),
)
def test_a_shared_run_of_four_words_always_shares_a_band_key(
    a: list[str], run: list[str], b: list[str], c: list[str], d: list[str]
) -> None:
    one, two = _quotation([*a, *run, *b]), _quotation([*c, *run, *d])
    assert set(band_keys(one)) & set(band_keys(two))
