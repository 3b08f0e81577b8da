"""match_corpus: the variants that must link, the ones that must not, canonical text, verdicts, speakers."""

from __future__ import annotations

import pytest

from quotecheck.corpus import Cluster, Document, match_corpus
from quotecheck.corpus.candidates import band_keys
from quotecheck.corpus.cluster import build_clusters, speakers_disagree
from quotecheck.corpus.link import compare
from quotecheck.corpus.quotations import quotations_of
from quotecheck.errors import InputError

WORDS = "We are going to rebuild the bridge over the river before the winter comes"
MORE = "and we will pay for it without new taxes"
WHOLE = f"{WORDS}, {MORE}."

VARIANTS = {
    "exact": f"“{WHOLE}” Mayor Lena Ortiz said on Monday.",
    "case_punct": "“we are going to REBUILD the bridge over the river before the winter comes — and we"
    " will pay for it without new taxes,” said Lena Ortiz.",
    "changed": "“We are going to repair the bridge over the river before the winter comes, and we will pay"
    " for it without higher taxes,” Ortiz said.",
    "dropped": "“We are going to rebuild the bridge before the winter comes, and we will pay for it without"
    " new taxes,” Ortiz said.",
    "added": "“We are going to rebuild the old bridge over the river before the long winter comes, and we"
    " will pay for it without new taxes,” Ortiz said.",
    "ellipsis": "“We are going to rebuild the bridge … before the winter comes,” Ortiz said.",
    "bracket": "“We are going to rebuild the bridge over the [Elm] river before the winter comes,”"
    " Ortiz said.",
    "truncation": "Ortiz told the council: “We are going to rebuild the bridge over the river.”",
    "split": f"“{WORDS},” Ortiz told reporters, “{MORE}.”",
    "short_inside": "Ortiz promised that “we will pay for it without new taxes.”",
}


def _docs(**texts: str) -> list[Document]:
    return [Document(k, v) for k, v in texts.items()]


def _only(clusters: list[Cluster]) -> Cluster:
    assert len(clusters) == 1, [c.text for c in clusters]
    return clusters[0]


@pytest.mark.parametrize("kind", sorted(set(VARIANTS) - {"exact"}))
def test_each_variant_links_to_the_original(kind: str) -> None:
    c = _only(list(match_corpus(_docs(original=VARIANTS["exact"], variant=VARIANTS[kind]))))
    assert {m.doc for m in c.members} == {"original", "variant"}


def test_all_variants_make_one_cluster_with_verify_verdicts() -> None:
    c = _only(list(match_corpus(_docs(**VARIANTS))))
    verdicts = {m.doc: m for m in c.members}
    assert len(verdicts) == len(VARIANTS)
    assert c.text == WHOLE  # two outlets carry these exact words: the wording most are faithful to
    assert verdicts["exact"].verdict == "verbatim"
    assert verdicts["split"].verdict in ("verbatim", "normalized")
    for kind in ("ellipsis", "bracket", "truncation", "short_inside"):
        assert verdicts[kind].verdict == "excerpt", kind
    assert verdicts["changed"].verdict == "altered"
    assert verdicts["changed"].substantive is False or verdicts["changed"].reasons
    for m in c.members:
        assert m.reasons, m


def test_a_substantive_change_travels_as_altered_and_substantive() -> None:
    docs = _docs(
        a="“We will not raise taxes on working families this year,” Governor Ann Marlow said.",
        b="“We will raise taxes on working families this year,” Governor Ann Marlow said.",
    )
    docs = [
        Document(d.id, d.text, date=date) for d, date in zip(docs, ("2024-01-02", "2024-01-03"), strict=True)
    ]
    c = _only(list(match_corpus(docs)))
    assert c.first is not None
    assert c.first.doc == "a"
    late = next(m for m in c.members if m.doc == "b")
    assert (late.verdict, late.substantive) == ("altered", True)
    assert any("negation" in r for r in late.reasons)


def test_speakers_disagree_when_an_outlet_gives_the_words_to_someone_else() -> None:
    c = _only(
        list(
            match_corpus(
                _docs(
                    a=f"“{WHOLE[:-1]},” Mayor Lena Ortiz said.",
                    b=f"“{WHOLE[:-1]},” said Tom Reyes, an aide to the mayor.",
                    c=f"Ortiz said: “{WHOLE}”",
                )
            )
        )
    )
    assert c.speakers_disagree
    assert {m.speaker for m in c.members} == {"Lena Ortiz", "Tom Reyes", "Ortiz"}


def test_speakers_agree_on_a_surname() -> None:
    assert not speakers_disagree(["Lena Ortiz", "Ortiz", "Mayor Ortiz", None])
    assert speakers_disagree(["Lena Ortiz", "Tom Reyes"])


def test_a_shared_phrase_does_not_join_different_quotations() -> None:
    docs = _docs(
        a="“The American people deserve a government that answers their letters,” Senator Ann Marlow said.",
        b="“We will never stop fighting for the American people and their jobs,” said Bob Tran.",
        c="“The American people deserve better roads and cleaner water,” said Carla Moreau.",
    )
    assert list(match_corpus(docs)) == []


def test_a_short_quotation_that_chains_through_a_phrase_is_split_off() -> None:
    # d's words stand in both a and c, so links join all four; but only a and b are one quotation,
    # and c does not verify against their canonical text
    docs = [
        Document(
            "a",
            "“At the end of the day the city must pay its teachers first,” Ann Marlow said.",
            "2024-01-01",
        ),
        Document(
            "b", "“At the end of the day the city must pay its teachers first,” said Marlow.", "2024-01-02"
        ),
        Document(
            "c",
            "“At the end of the day the river will flood the lower town again,” Bob Tran said.",
            "2024-01-03",
        ),
        Document(
            "d", "“At the end of the day the river will flood the lower town again,” said Tran.", "2024-01-04"
        ),
    ]
    clusters = list(match_corpus(docs))
    assert sorted(sorted(m.doc for m in c.members) for c in clusters) == [["a", "b"], ["c", "d"]]


def test_the_canonical_text_is_the_earliest_dated_member_that_is_not_a_part_of_another() -> None:
    docs = [
        Document("late", f"“{WHOLE}” Mayor Lena Ortiz said.", date="2024-03-05"),
        Document("early", "Ortiz said “we will pay for it without new taxes.”", date="2024-03-01"),
        Document("middle", f"“{WHOLE}” Ortiz said.", date="2024-03-03"),
    ]
    c = _only(list(match_corpus(docs)))
    assert c.first is not None
    assert c.first.doc == "early"
    assert c.text == WHOLE  # but a part is not the canonical text when the whole is in the cluster
    assert [m.doc for m in c.members] == ["early", "middle", "late"]
    assert next(m for m in c.members if m.doc == "early").verdict == "excerpt"


def test_first_is_none_without_dates_and_members_are_ordered_by_place() -> None:
    c = _only(list(match_corpus([VARIANTS["exact"], VARIANTS["split"]])))
    assert c.first is None
    assert [m.doc for m in c.members] == ["doc-1", "doc-2"]


def test_offsets_index_each_documents_own_text() -> None:
    docs = _docs(**VARIANTS)
    texts = {d.id: d.text for d in docs}
    for c in match_corpus(docs):
        for m in c.members:
            assert texts[m.doc][m.start : m.end] == m.text


def test_a_quotation_in_one_document_only_is_no_cluster() -> None:
    assert (
        list(match_corpus(_docs(a=VARIANTS["exact"], b="“No comment at all from the mayor,” Ortiz said.")))
        == []
    )


def test_short_quotations_are_left_out_and_the_threshold_is_an_option() -> None:
    docs = _docs(a="“No comment,” said Lena Ortiz.", b="“No comment,” Ortiz said on Monday.")
    assert list(match_corpus(docs)) == []
    assert len(list(match_corpus(docs, min_words=2))) == 1


def test_a_document_id_given_twice_is_an_input_error() -> None:
    with pytest.raises(InputError, match="given twice"):
        list(match_corpus([Document("a", "x"), Document("a", "y")]))


def test_other_values_are_an_input_error() -> None:
    with pytest.raises(InputError, match="not int"):
        list(match_corpus([3]))  # type: ignore[list-item]
    with pytest.raises(InputError, match="jobs"):
        list(match_corpus([], jobs=0))


def test_jobs_give_the_same_clusters() -> None:
    docs = _docs(**VARIANTS)
    assert list(match_corpus(docs, jobs=2)) == list(match_corpus(docs))


def test_cluster_ids_do_not_depend_on_the_input_order() -> None:
    docs = _docs(**VARIANTS)
    assert [c.cluster for c in match_corpus(docs)] == [c.cluster for c in match_corpus(docs[::-1])]


def test_to_dict_has_the_documented_fields() -> None:
    d = Document("a", VARIANTS["exact"], date="2024-01-01", outlet="Wire")
    c = _only(list(match_corpus([d, Document("b", VARIANTS["split"])])))
    out = c.to_dict()
    assert set(out) == {"cluster", "text", "first", "members", "speakers_disagree"}
    first = out["members"][0]
    assert {"doc", "start", "end", "text", "speaker", "outlet", "date", "verdict", "score"} <= set(first)
    assert "outlet" not in out["members"][1]  # absent where the document gives none
    assert out["first"] == first


def test_a_split_quotation_is_one_quotation_with_two_pieces() -> None:
    (q,) = quotations_of(Document("s", VARIANTS["split"]))
    assert len(q.pieces) == 2
    assert q.words == tuple(WHOLE.lower().replace(",", "").replace(".", "").split())
    assert "Ortiz told reporters" in q.text


def test_compare_is_none_for_a_pair_that_only_shares_a_phrase() -> None:
    (a,) = quotations_of(
        Document("a", "“We will fight for the American people every single day,” Ann Marlow said.")
    )
    (b,) = quotations_of(Document("b", "“The American people want lower prices at the pump,” Bob Tran said."))
    assert compare(a, b) is None
    assert not set(band_keys(a)) & set(band_keys(b))


def test_build_clusters_does_not_depend_on_the_order_of_quotations_or_links() -> None:
    qs = [q for d in _docs(**VARIANTS) for q in quotations_of(d)]
    links = [(0, i) for i in range(1, len(qs))]
    n = len(qs)
    reordered = qs[::-1]
    rlinks = [(n - 1 - a, n - 1 - b) for a, b in links[::-1]]
    assert build_clusters(qs, links) == build_clusters(reordered, rlinks)


def test_without_dask_the_client_path_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from quotecheck.corpus import distributed

    monkeypatch.setitem(sys.modules, "dask.bag", None)  # an import of it now fails, as when not installed
    with pytest.raises(InputError, match=r"pip install 'quotecheck-news\[dask\]'"):
        distributed.connect("tcp://127.0.0.1:8786")


def test_a_document_field_of_another_type_is_an_input_error() -> None:
    # a date that is not text cannot be compared with the others' dates: one line, not a TypeError later
    with pytest.raises(InputError, match='"date" must be a string, not int'):
        Document("a", "x", date=3)  # type: ignore[arg-type]
    with pytest.raises(InputError, match='"text" must be a string, not NoneType'):
        Document("a", None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="an empty id"):
        Document("", "x")
