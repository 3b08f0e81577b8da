"""The quote index: adding, replacing, finding, clusters equal to match's, the schema's version, a reader
beside a writer, and the `quotecheck index` command."""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotecheck
from quotecheck.cli import main
from quotecheck.corpus.index import SCHEMA_VERSION, Added, QuoteIndex, QuoteIndexError, query_quotation
from quotecheck.corpus.match import match_corpus
from quotecheck.corpus.model import Document
from quotecheck.corpus.quotations import quotations_of
from quotecheck.errors import InputError

PLEDGE = "We will not raise taxes on working families while I am governor of this state"

# One pledge as seven outlets carry it: a copy, a copy with other case and punctuation, a word added, an
# excerpt with an ellipsis, a quotation split by its speaker tag, and the words given to someone else;
# and a second quotation in two documents, undated.
DOCS = (
    Document(
        "wire",
        f"“{PLEDGE},” Governor Ruth Calder said on Tuesday.",
        date="2024-03-01",
        outlet="Wire",
    ),
    Document(
        "herald",
        f"Calder was clear. “{PLEDGE},” she told reporters.",
        date="2024-03-02",
        outlet="Herald",
    ),
    Document(
        "post",
        "“we will NOT raise taxes on working families, while I am governor of this state!” "
        "Governor Ruth Calder said.",
        date="2024-03-02",
        outlet="Post",
    ),
    Document(
        "gazette",
        "“We will not raise taxes on working families while I am governor of this great state,” Calder said.",
        date="2024-03-03",
        outlet="Gazette",
    ),
    Document(
        "ledger",
        "“We will not raise taxes … while I am governor of this state,” Ruth Calder said.",
        date="2024-03-04",
        outlet="Ledger",
    ),
    Document(
        "split",
        "“We will not raise taxes on working families,” Calder said, “while I am governor of this state.”",
        date="2024-03-05",
        outlet="Split",
    ),
    Document(
        "aide",
        f"“{PLEDGE},” her spokesman, Dale Porter, said.",
        date="2024-03-05",
        outlet="Courier",
    ),
    Document(
        "bridge",
        "“The bridge will reopen to traffic before the winter storms arrive,” Mayor Lena Ortiz said.",
        outlet="Tribune",
    ),
    Document(
        "bridge2",
        "Mayor Lena Ortiz promised: “The bridge will reopen to traffic before the winter storms arrive.”",
    ),
)
BY_ID = {d.id: d for d in DOCS}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "quotes.db"


def _clusters(clusters: tuple[quotecheck.corpus.model.Cluster, ...]) -> list[dict[str, object]]:
    return [c.to_dict() for c in clusters]


# --- adding and replacing -----------------------------------------------------------------------------


def test_add_stores_every_quotation_with_offsets_into_its_document(db: Path) -> None:
    with QuoteIndex(db) as index:
        added = index.add(DOCS)
        assert added == Added(documents=9, replaced=0, quotations=9)
        assert len(index) == 9
        stored = index.quotations()
    assert sorted(q.doc for q in stored) == sorted(BY_ID)
    for q in stored:
        assert BY_ID[q.doc].text[q.start : q.end] == q.text
        assert all(BY_ID[q.doc].text[p.start : p.end] == p.text for p in q.pieces)
    assert stored == tuple(sorted((q for d in DOCS for q in quotations_of(d)), key=lambda q: q.key))


def test_the_file_keeps_metadata_and_quotations_but_not_whole_texts(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS)
    con = sqlite3.connect(db)
    assert con.execute("SELECT date, outlet, url FROM documents WHERE id = 'wire'").fetchall() == [
        ("2024-03-01", "Wire", None)
    ]
    texts = {t for (t,) in con.execute("SELECT text FROM quotations")}
    assert BY_ID["wire"].text not in texts
    assert f"{PLEDGE}," in texts
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_a_document_added_again_replaces_the_one_stored(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS[:2])
        newer = Document("herald", "“The harbour will be dredged before the summer season,” Calder said.")
        added = index.add([newer])
        assert added == Added(documents=1, replaced=1, quotations=1)
        assert len(index) == 2
        assert [p.doc for p in index.find(PLEDGE)] == ["wire"]
        assert [p.doc for p in index.find("the harbour will be dredged")] == ["herald"]
        assert len(index.quotations()) == 2


def test_the_later_of_two_documents_with_one_id_in_one_call_wins(db: Path) -> None:
    first = Document("x", "“The harbour will be dredged before the summer season,” Calder said.")
    second = Document("x", "“The library will open on Sundays from next month,” Calder said.")
    with QuoteIndex(db) as index:
        assert index.add([first, second]) == Added(documents=2, replaced=1, quotations=1)
        assert [q.text for q in index.quotations()] == ["The library will open on Sundays from next month,"]


def test_add_takes_documents_only(db: Path) -> None:
    with QuoteIndex(db) as index, pytest.raises(InputError, match="takes Document values, not str"):
        index.add(["just a string"])  # type: ignore[list-item]


def test_replacing_leaves_no_band_keys_behind(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS)
        index.add(DOCS)
    con = sqlite3.connect(db)
    orphans = "SELECT count(*) FROM band_keys WHERE quotation NOT IN (SELECT id FROM quotations)"
    assert con.execute(orphans).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM quotations").fetchone()[0] == 9
    con.close()


# --- finding ------------------------------------------------------------------------------------------


def test_find_lists_every_variant_earliest_first_with_its_verdict(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS)
        places = index.find(f"“{PLEDGE}”")
    assert [(p.doc, p.verdict, p.speaker, p.outlet) for p in places] == [
        ("wire", "verbatim", "Ruth Calder", "Wire"),
        ("herald", "verbatim", None, "Herald"),
        ("post", "normalized", "Ruth Calder", "Post"),
        ("gazette", "altered", "Calder", "Gazette"),
        ("ledger", "excerpt", "Ruth Calder", "Ledger"),
        ("aide", "verbatim", "Dale Porter", "Courier"),
        ("split", "normalized", "Calder", "Split"),
    ]
    assert all(p.reasons for p in places)
    for p in places:
        assert BY_ID[p.doc].text[p.start : p.end] == p.text


def test_find_of_part_of_a_quotation_finds_the_whole_as_an_excerpt(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS)
        places = index.find("while I am governor of this state")
    verdicts = {p.doc: p.verdict for p in places}
    assert verdicts == dict.fromkeys(["wire", "herald", "post", "ledger", "split", "aide"], "excerpt") | {
        "gazette": "altered"  # "of this great state": a word added inside the words looked up
    }


def test_undated_places_come_last(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add([*DOCS[7:], Document("dated", DOCS[7].text, date="1999-01-01")])
        places = index.find("the bridge will reopen to traffic")
    assert [p.doc for p in places] == ["dated", "bridge", "bridge2"]


def test_find_takes_a_quotation_of_an_article(db: Path) -> None:
    article = Document(
        "today", "Ortiz repeated: “The bridge will reopen to traffic before the storms arrive.”"
    )
    (quotation,) = quotations_of(article)
    with QuoteIndex(db) as index:
        index.add(DOCS)
        places = index.find(quotation)
    assert [(p.doc, p.verdict) for p in places] == [("bridge", "altered"), ("bridge2", "altered")]


def test_find_of_words_nobody_said_finds_nothing(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS)
        assert index.find("the harbour will be dredged before summer") == ()
        # a common run of words alone is not a place: too little of either quotation
        assert index.find("raise taxes on working families in the city and the county and the state") == ()


def test_find_needs_four_words(db: Path) -> None:
    with (
        QuoteIndex(db) as index,
        pytest.raises(InputError, match="at least 4 words to find; 'not raise taxes'"),
    ):
        index.find("not raise taxes")


def test_a_typed_query_loses_its_quote_marks() -> None:
    typed = " “We will not raise taxes,” "
    q = query_quotation(typed)
    assert (q.text, q.words) == ("We will not raise taxes,", ("we", "will", "not", "raise", "taxes"))
    assert typed[q.start : q.end] == q.text


# --- clusters -----------------------------------------------------------------------------------------


def test_clusters_equal_match_on_the_same_documents(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS)
        clusters = index.clusters()
    assert len(clusters) == 2
    assert _clusters(clusters) == [c.to_dict() for c in match_corpus(DOCS)]
    assert clusters[0].speakers_disagree


def test_an_empty_index_has_no_clusters_and_finds_nothing(db: Path) -> None:
    with QuoteIndex(db) as index:
        assert index.clusters() == ()
        assert index.find(PLEDGE) == ()
        assert len(index) == 0


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(DOCS))), cuts=st.lists(st.integers(0, len(DOCS)), max_size=3))
def test_order_and_batches_do_not_change_clusters(tmp_path: Path, order: list[int], cuts: list[int]) -> None:
    docs = [DOCS[i] for i in order]
    bounds = [0, *sorted(cuts), len(docs)]
    path = tmp_path / f"q{'-'.join(map(str, order))}-{'-'.join(map(str, cuts))}.db"
    with QuoteIndex(path) as index:
        for a, b in itertools.pairwise(bounds):
            index.add(docs[a:b])
        assert _clusters(index.clusters()) == _matched()
    path.unlink()


@functools.cache
def _matched() -> list[dict[str, object]]:
    return [c.to_dict() for c in match_corpus(DOCS)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_run_of_words_of_a_quotation_finds_it_and_every_place_round_trips(
    tmp_path: Path, data: st.DataObject
) -> None:
    path = tmp_path / "quotes.db"
    if not path.exists():
        with QuoteIndex(path) as index:
            index.add(DOCS)
    doc = data.draw(st.sampled_from(DOCS))
    (quotation,) = quotations_of(doc)
    n = len(quotation.words)
    start = data.draw(st.integers(0, n - 4))
    end = data.draw(st.integers(start + 4, n))
    words = " ".join(quotation.words[start:end])
    with QuoteIndex(path) as index:
        places = index.find(words)
    assert (doc.id, quotation.start) in {(p.doc, p.start) for p in places}
    for p in places:
        assert BY_ID[p.doc].text[p.start : p.end] == p.text


# --- the file: its version, its settings, a reader beside a writer ---------------------------------------


def test_an_index_of_another_schema_version_is_refused_in_one_line(db: Path) -> None:
    QuoteIndex(db).close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(QuoteIndexError) as caught:
        QuoteIndex(db)
    message = str(caught.value)
    assert message == (
        f"{db}: a quote index of schema version 99, and this quotecheck reads version {SCHEMA_VERSION}; "
        "use the quotecheck that wrote it, or build a new index"
    )
    assert isinstance(caught.value, quotecheck.QuotecheckError)


def test_a_file_that_is_not_an_index_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("these are not the droids\n" * 100)
    with pytest.raises(QuoteIndexError, match="not a quote index \\(not an SQLite database\\)"):
        QuoteIndex(text)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(QuoteIndexError, match="an SQLite database quotecheck did not write"):
        QuoteIndex(other)
    with pytest.raises(QuoteIndexError, match="is a directory"):
        QuoteIndex(tmp_path)
    with pytest.raises(QuoteIndexError, match="no such index"):
        QuoteIndex(tmp_path / "missing.db", create=False)
    blank = tmp_path / "blank.db"
    blank.write_bytes(b"")
    with pytest.raises(QuoteIndexError, match="an empty file"):
        QuoteIndex(blank, create=False)
    con = sqlite3.connect(blank)
    con.execute("PRAGMA page_size = 4096")
    con.execute("VACUUM")  # an SQLite file with a header and no tables
    con.close()
    with pytest.raises(QuoteIndexError, match="an empty database"):
        QuoteIndex(blank, create=False)
    assert not (tmp_path / "missing.db").exists()


def test_min_words_is_set_when_the_index_is_made(db: Path) -> None:
    with QuoteIndex(db, min_words=12) as index:
        index.add(DOCS)
        assert {q.doc for q in index.quotations()} == {
            "wire",
            "herald",
            "post",
            "gazette",
            "ledger",
            "split",
            "aide",
        }
    with QuoteIndex(db) as index:
        assert index.min_words == 12
    with pytest.raises(QuoteIndexError, match="keeps quotations of at least 12 words, not 6"):
        QuoteIndex(db, min_words=6)


def test_band_keys_made_another_way_are_refused(db: Path) -> None:
    QuoteIndex(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = 'shingle 5 window 4: 00' WHERE name = 'band_keys'")
    con.commit()
    con.close()
    with pytest.raises(QuoteIndexError, match="band keys were made by another quotecheck"):
        QuoteIndex(db)


def test_a_reader_reads_while_another_connection_writes(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS[:7])
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("PRAGMA foreign_keys = ON")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM documents WHERE id = 'wire'")
    writer.execute(
        "INSERT INTO documents (id, date, outlet, url, chars, added) VALUES ('late', NULL, NULL, NULL, 1, '')"
    )
    try:
        with QuoteIndex(db) as reader:  # the write transaction is open: readers see the last commit
            assert len(reader) == 7
            assert "wire" in [p.doc for p in reader.find(PLEDGE)]
            assert len(reader.clusters()) == 1
        writer.execute("COMMIT")
        with QuoteIndex(db) as reader:
            assert len(reader) == 7
            assert "wire" not in [p.doc for p in reader.find(PLEDGE)]
    finally:
        writer.close()


def test_a_second_writer_waits_rather_than_fails(db: Path) -> None:
    with QuoteIndex(db) as one, QuoteIndex(db) as two:
        one.add(DOCS[:3])
        two.add(DOCS[3:])
        assert len(one) == len(two) == 9


# --- the command ----------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for d in DOCS:
        p = folder / f"{d.id}.txt"
        p.write_text(d.text, encoding="utf-8")
        paths.append(str(p))
    return paths


@pytest.fixture
def feed(tmp_path: Path) -> str:
    p = tmp_path / "feed.jsonl"
    p.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in DOCS), encoding="utf-8")
    return str(p)


def test_cli_add_then_find_then_clusters(db: Path, feed: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "add", str(db), "--input", feed]) == 0
    out, err = capsys.readouterr()
    assert out == f"{db}: added 9 documents, 9 quotations; the index holds 9 documents\n"
    assert err == ""
    assert main(["index", "add", str(db), "--input", feed]) == 0
    out, _ = capsys.readouterr()
    assert "(9 replacing a document of the same id)" in out
    assert "holds 9 documents" in out

    assert main(["index", "find", str(db), "--format", "jsonl", PLEDGE]) == 0
    out, _ = capsys.readouterr()
    (line,) = out.splitlines()
    found = json.loads(line)
    assert found["words"] == PLEDGE
    assert [p["doc"] for p in found["places"]][:2] == ["wire", "herald"]
    assert found["places"][0]["outlet"] == "Wire"

    assert main(["index", "clusters", str(db), "--format", "jsonl"]) == 0
    from_index, _ = capsys.readouterr()
    assert main(["match", "--input", feed, "--format", "jsonl"]) == 0
    from_match, _ = capsys.readouterr()
    assert from_index == from_match
    assert len(from_index.splitlines()) == 2


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_cli_clusters_writes_what_match_writes(
    db: Path, files: list[str], fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(Path(files[0]).parent)
    assert main(["index", "add", str(db), folder]) == 0
    capsys.readouterr()
    assert main(["index", "clusters", str(db), "--format", fmt]) == 0
    from_index, _ = capsys.readouterr()
    assert main(["match", folder, "--format", fmt]) == 0
    assert from_index == capsys.readouterr().out


def test_cli_find_table_fits_80_columns(
    db: Path, files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    main(["index", "add", str(db), *files])
    capsys.readouterr()
    assert main(["index", "find", str(db), PLEDGE]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("“We will not raise taxes")
    assert lines[0].endswith(": 7 places")
    assert lines[-1] == "7 places"
    assert max(len(line) for line in lines) <= 80
    assert any(line.startswith("      Dale Porter: “We will not raise") for line in lines)


def test_cli_find_article_looks_up_each_quotation(
    db: Path, files: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["index", "add", str(db), *files])
    article = tmp_path / "today.txt"
    article.write_text(
        "“The bridge will reopen to traffic before the storms arrive,” Ortiz said. "
        "“Nobody in this city will pay a toll to cross it next year,” she added.",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["index", "find", str(db), "--article", str(article), "--format", "json"]) == 0
    lookups = json.loads(capsys.readouterr().out)
    assert [(x["quotation"]["start"], len(x["places"])) for x in lookups] == [(1, 2), (75, 0)]
    assert lookups[0]["quotation"]["doc"] == str(article)
    assert main(["index", "find", str(db), "--article", str(article)]) == 0
    out, _ = capsys.readouterr()
    assert out.endswith(f"2 quotations of {article}, 2 places\n")


def test_cli_find_csv_has_a_row_per_place(db: Path, feed: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["index", "add", str(db), "--input", feed])
    capsys.readouterr()
    assert main(["index", "find", str(db), "the bridge will reopen to traffic", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["doc"], r["verdict"], r["outlet"]) for r in rows] == [
        ("bridge", "excerpt", "Tribune"),
        ("bridge2", "excerpt", ""),
    ]


def test_cli_add_reports_bad_input_and_goes_on(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(DOCS[0].to_dict())
        + "\n{not json\n"
        + json.dumps({"id": "x"})
        + "\n"
        + json.dumps(DOCS[7].to_dict())
        + "\n",
        encoding="utf-8",
    )
    status = main(["index", "add", str(db), "--input", str(feed), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert status == 2
    assert out == f"{db}: added 2 documents, 2 quotations; the index holds 2 documents\n"
    assert err.splitlines() == [
        f"quotecheck: error: {tmp_path / 'missing.txt'}: no such file",
        f"quotecheck: error: {feed} line 2: not a JSON object (Expecting property name enclosed in double "
        "quotes at column 2)",
        f'quotecheck: error: {feed} line 3: a record needs "id" and "text" strings',
        "quotecheck: 3 inputs skipped: 2 bad JSON lines, 1 unreadable file (2 documents read)",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["find", "{db}"], "give the WORDS to find, or --article FILE, not both"),
        (["find", "{db}", "a few more words", "--article", "x.txt"], "give the WORDS to find, or --article"),
        (["find", "{db}", "too few words"], "give at least 4 words to find; 'too few words' has 3"),
        (["add", "{db}"], "give files or directories to add, or --input FILE"),
        (["add", "{db}", "x.txt", "--min-words", "0"], "argument --min-words: give a number of at least 1"),
        (["clusters", "{db}", "--format", "xml"], "argument --format: invalid choice: 'xml'"),
        ([], "the following arguments are required: ACTION"),
    ],
)
def test_cli_usage_errors_exit_2_in_one_line(
    db: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    QuoteIndex(db).close()
    assert main(["index", *(a.format(db=db) for a in args)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"quotecheck: error: {message}")
    assert len(err.splitlines()) == 1


def test_cli_refuses_a_missing_or_foreign_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.db"
    assert main(["index", "clusters", str(missing)]) == 2
    assert capsys.readouterr().err == (
        f"quotecheck: error: {missing}: no such index; build one with `quotecheck index add`\n"
    )
    assert not missing.exists()
    old = tmp_path / "old.db"
    QuoteIndex(old).close()
    con = sqlite3.connect(old)
    con.execute("PRAGMA user_version = 2")
    con.close()
    assert main(["index", "find", str(old), "four words to find"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quotecheck: error: {old}: a quote index of schema version 2")
    assert len(err.splitlines()) == 1


def test_cli_find_takes_the_words_after_options(
    db: Path, feed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["index", "add", str(db), "--input", feed])
    capsys.readouterr()
    assert main(["index", "find", str(db), "--format", "json", "the bridge will reopen to traffic"]) == 0
    (lookup,) = json.loads(capsys.readouterr().out)
    assert len(lookup["places"]) == 2


def test_quote_index_is_public() -> None:
    assert quotecheck.QuoteIndex is QuoteIndex


def test_cli_add_reads_json_lines_from_standard_input(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = "".join(json.dumps(d.to_dict()) + "\n" for d in DOCS[7:])
    monkeypatch.setattr("sys.stdin", io.StringIO(feed))
    assert main(["index", "add", str(db), "--input", "-"]) == 0
    assert capsys.readouterr().out == f"{db}: added 2 documents, 2 quotations; the index holds 2 documents\n"


def test_cli_add_reads_a_directory_and_a_min_words(
    db: Path, files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = Path(files[0]).parent
    assert main(["index", "add", str(db), "--min-words", "12", str(folder)]) == 0
    assert capsys.readouterr().out == f"{db}: added 9 documents, 7 quotations; the index holds 9 documents\n"
    with QuoteIndex(db) as index:
        assert {q.doc for q in index.quotations()} == {str(folder / f"{d.id}.txt") for d in DOCS[:7]}
    assert main(["index", "add", str(db), "--min-words", "6", files[0]]) == 2
    assert capsys.readouterr().err == (
        f"quotecheck: error: {db}: the index keeps quotations of at least 12 words, not 6; "
        "give the same number, or build a new index\n"
    )


def test_processes_change_nothing(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "one.db") as one, QuoteIndex(tmp_path / "two.db") as two:
        assert one.add(DOCS) == two.add(DOCS, jobs=2)
        assert one.quotations() == two.quotations()
        assert _clusters(two.clusters(jobs=2)) == _clusters(one.clusters()) == _matched()
        with pytest.raises(InputError, match="jobs must be at least 1, not 0"):
            one.clusters(jobs=0)


def test_a_writer_adds_while_a_reader_holds_its_snapshot(db: Path) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS[:4])
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
        with QuoteIndex(db) as writer:  # in rollback-journal mode this would wait for the reader, and fail
            assert writer.add(DOCS[4:]) == Added(documents=5, replaced=0, quotations=5)
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
        reader.execute("COMMIT")
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 9
    finally:
        reader.close()


@pytest.mark.parametrize(
    "words", [PLEDGE, "while I am governor of this state", "the bridge will reopen", "raise taxes on working"]
)
def test_the_early_cut_on_many_candidates_drops_no_place(
    db: Path, words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with QuoteIndex(db) as index:
        index.add(DOCS)
        everything = index.find(words)
        monkeypatch.setattr("quotecheck.corpus.index._MANY", 0)  # the cut on words, whatever the count
        assert index.find(words) == everything
    assert everything


def test_a_damaged_index_is_refused_in_one_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the right marks in the header, but a table gone: a traceback ("no such table: meta") before
    QuoteIndex(db).close()
    con = sqlite3.connect(db)
    con.execute("DROP TABLE meta")
    con.close()
    with pytest.raises(QuoteIndexError, match="a damaged quote index"):
        QuoteIndex(db)
    assert main(["index", "clusters", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quotecheck: error: {db}: a damaged quote index")
    assert len(err.splitlines()) == 1


def test_an_sqlite_failure_while_working_is_one_line(
    db: Path, feed: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a full disk, a lock held past the timeout: the command says so and exits 2, with no traceback
    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(QuoteIndex, "_write", full)
    assert main(["index", "add", str(db), "--input", feed]) == 2
    err = capsys.readouterr().err
    assert err == f"quotecheck: error: {db}: the index cannot be used (database or disk is full)\n"


def test_cli_add_keeps_the_later_of_two_records_with_one_id(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a feed that carries a correction later under the same id: the correction is stored, as
    # QuoteIndex.add stores it, not skipped as "given before" with the stale version kept and exit 2
    first, corrected = DOCS[0], Document(DOCS[0].id, DOCS[7].text)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in (first, corrected)), encoding="utf-8")
    assert main(["index", "add", str(db), "--input", str(feed)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (
        f"{db}: added 2 documents (1 replacing a document of the same id), 1 quotation; "
        "the index holds 1 document\n"
    )
    with QuoteIndex(db) as index:
        assert [q.text for q in index.quotations()] == [q.text for q in quotations_of(corrected)]
