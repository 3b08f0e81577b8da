"""The Dask backend gives the local run's clusters, cluster for cluster, on a LocalCluster of two workers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotecheck.corpus import Document, match_corpus

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")

SPEAKERS = ("Ann Marlow", "Bob Tran", "Carla Moreau", "Dev Haddad")
SAYINGS = (
    "We will fight for every family in this state and we will win in November",
    "The bridge over the river will be rebuilt before the first snow of the winter",
    "Nobody in this building has seen the budget numbers they are talking about",
    "Our schools need more teachers and smaller classes and they need them this year",
    "The port will stay open through the strike because the city cannot afford to close it",
)


def _corpus() -> list[Document]:
    """Twenty short articles: each saying quoted in four of them, whole, cut, split or re-attributed."""
    docs = []
    for n in range(20):
        saying = SAYINGS[n % len(SAYINGS)]
        words = saying.split()
        speaker = SPEAKERS[n % len(SPEAKERS)]
        form = n // len(SAYINGS)
        if form == 0:
            quote = f"“{saying},” {speaker} said."
        elif form == 1:
            quote = f"{speaker} said: “{' '.join(words[:9])}.”"
        elif form == 2:
            quote = f"“{' '.join(words[:6])},” {speaker} said, “{' '.join(words[6:])}.”"
        else:
            quote = f"“{saying.upper()},” said {SPEAKERS[(n + 1) % len(SPEAKERS)]}."
        filler = f"The council met on day {n} of the session. Members discussed the harbour and the roads."
        docs.append(Document(f"art-{n:02d}", f"{filler}\n\n{quote}\n\n{filler}", date=f"2024-02-{n + 1:02d}"))
    return docs


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_the_dask_run_equals_the_local_run(client: object) -> None:
    docs = _corpus()
    local = list(match_corpus(docs))
    assert len(local) == len(SAYINGS)  # the test has something to compare
    assert list(match_corpus(docs, client=client)) == local


def test_a_bag_read_by_the_workers_from_a_shared_path(client: object, tmp_path: Path) -> None:
    from quotecheck.corpus.distributed import match_bag

    docs = _corpus()
    for part in range(2):
        lines = [json.dumps(d.to_dict()) + "\n" for d in docs[part::2]]
        (tmp_path / f"part-{part}.jsonl").write_text("".join(lines), encoding="utf-8")
    bag = dask_bag.read_text(str(tmp_path / "*.jsonl")).map(json.loads)
    assert match_bag(bag, client=client) == tuple(match_corpus(docs))


def test_a_bag_record_is_read_as_match_reads_a_json_line() -> None:
    # the same rule as `quotecheck match --input`: a date that is not text, or an empty id, is refused
    # in one line (it was taken, then failed sorting dates with a TypeError)
    from quotecheck.corpus.distributed import match_bag
    from quotecheck.errors import InputError

    text = f"“{SAYINGS[0]},” Ann Marlow said."
    for record, why in (
        ({"id": "a", "text": text, "date": 3}, '"date" must be a string, not int'),
        ({"id": "", "text": text}, '"id" and "text" strings'),
    ):
        bag = dask_bag.from_sequence([record, {"id": "b", "text": text, "date": "2024"}])
        with pytest.raises(InputError, match=why):
            match_bag(bag, client=None)
