"""Sources as they come: plain text, transcripts, SubRip and WebVTT, each mapped back to the text as given."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.errors import InputError, SourceError
from quotecheck.normalize import fold
from quotecheck.sources import Region, Source, as_sources, load_source, tokenize

SRT = """1
00:00:01,000 --> 00:00:03,500
<i>KILANI: The meeting between Hamas</i>
and the Americans

2
00:00:03,600 --> 00:00:06,250
was pivotal and marked
a turning point.

3
00:01:10,000 --> 00:01:12,000
- Will talks resume?
"""

VTT = """WEBVTT

NOTE written for quotecheck's tests

intro
00:00.500 --> 00:02.000 align:start
<v Walid Kilani>The meeting was pivotal.</v>

00:02.100 --> 00:04.900
<v.loud Moderator>Thank you, sir.
"""


def spoken(src: Source) -> list[str]:
    """Every word of a source as the source text spells it, found through the word offsets."""
    ix = src.index
    out = []
    for k in range(len(ix.ids)):
        a, b = ix.to_text(ix.wstart[k], ix.wend[k])
        out.append(src.text[a:b])
    return out


def test_plain_text_is_one_region_and_words_map_back() -> None:
    src = Source.from_text("The “pivotal” meeting’s end.", name="note")
    assert src.format == "text"
    assert src.regions == (Region(0, 28),)
    assert spoken(src) == ["The", "pivotal", "meeting’s", "end"]


def test_ligatures_hyphenation_and_white_space_fold_but_offsets_stay_original() -> None:
    text = "a compre-\n   hensive \N{LATIN SMALL LIGATURE FI}nal   deal"
    src = Source.from_text(text)
    assert src.index.folded.text == "a comprehensive final deal"
    assert spoken(src) == ["a", "compre-\n   hensive", "\N{LATIN SMALL LIGATURE FI}nal", "deal"]


def test_transcript_turns_carry_speaker_tags_and_tags_are_not_words() -> None:
    text = "Briefing, Doha\nQ: Is it over?\nA: No.\nWALID KILANI: Talks go on,\nand on.\nMr Kilani: Enough.\n"
    src = Source.from_text(text)
    assert src.format == "transcript"
    assert [(r.speaker, text[r.start : r.end]) for r in src.regions] == [
        (None, "Briefing, Doha"),
        ("Q", "Is it over?"),
        ("A", "No."),
        ("WALID KILANI", "Talks go on,\nand on."),
        ("Mr Kilani", "Enough."),
    ]
    assert "kilani" not in src.index.vocab
    assert spoken(src)[:4] == ["Briefing", "Doha", "Is", "it"]


def test_one_tag_line_is_not_enough_to_call_a_text_a_transcript() -> None:
    assert Source.from_text("NOTE: drafts follow.\nThe rest is prose.").format == "text"
    assert Source.from_text("NOTE: drafts follow.", format="transcript").regions[0].speaker == "NOTE"


def test_srt_cues_keep_times_and_drop_numbers_timings_and_markup() -> None:
    src = Source.from_text(SRT, name="talk.srt")
    assert src.format == "srt"
    assert [r.time for r in src.regions] == [(1.0, 3.5), (3.6, 6.25), (70.0, 72.0)]
    assert src.regions[0].speaker == "KILANI"
    assert spoken(src) == (
        [
            "The",
            "meeting",
            "between",
            "Hamas",
            "and",
            "the",
            "Americans",
            "was",
            "pivotal",
            "and",
            "marked",
            "a",
            "turning",
            "point",
            "Will",
            "talks",
            "resume",
        ]
    )
    assert src.index.content.count("-->") == 0


def test_vtt_voices_name_speakers_and_notes_are_skipped() -> None:
    src = Source.from_text(VTT)
    assert src.format == "vtt"
    assert [(r.speaker, r.time) for r in src.regions] == [
        ("Walid Kilani", (0.5, 2.0)),
        ("Moderator", (2.1, 4.9)),
    ]
    assert spoken(src) == ["The", "meeting", "was", "pivotal", "Thank", "you", "sir"]


def test_passage_time_spans_every_cue_it_touches() -> None:
    src = Source.from_text(SRT)
    start = SRT.index("Hamas")
    end = SRT.index("pivotal") + len("pivotal")
    assert src.passage_time(start, end) == (1.0, 6.25)
    assert Source.from_text("plain").passage_time(0, 5) is None


def test_broken_subtitles_raise_source_error() -> None:
    with pytest.raises(SourceError, match="no subtitle cues"):
        Source.from_text("1\nno timing here\n", format="srt", name="bad.srt")
    with pytest.raises(SourceError, match="must begin with 'WEBVTT'"):
        Source.from_text("00:01.000 --> 00:02.000\nhi\n", format="vtt")
    with pytest.raises(SourceError, match="ends before it begins"):
        Source.from_text("1\n00:00:05,000 --> 00:00:01,000\nhi\n", format="srt")


def test_load_source_reads_files_by_extension_and_reports_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.srt").write_text(SRT, encoding="utf-8")
    (tmp_path / "b.vtt").write_text("\N{ZERO WIDTH NO-BREAK SPACE}" + VTT, encoding="utf-8")
    (tmp_path / "c.bin").write_bytes(b"\xc3(bad")
    assert load_source(tmp_path / "a.srt").format == "srt"
    assert load_source(tmp_path / "b.vtt").format == "vtt"
    assert load_source(str(tmp_path / "a.srt")).name == str(tmp_path / "a.srt")
    with pytest.raises(SourceError, match=r"^source .*missing\.txt: no such file$"):
        load_source(tmp_path / "missing.txt")
    undecodable = r"^source .*c\.bin: not UTF-8 text \(undecodable byte at offset 0\);"
    with pytest.raises(SourceError, match=undecodable) as err:
        load_source(tmp_path / "c.bin")
    assert isinstance(err.value, InputError)


def test_as_sources_accepts_one_or_many_of_each_kind(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("words here", encoding="utf-8")
    prepared = Source.from_text("x")
    got = as_sources(["some text", tmp_path / "t.txt", prepared])
    assert [s.name for s in got] == ["<source 1>", str(tmp_path / "t.txt"), "<source>"]
    assert as_sources("one")[0].text == "one"
    with pytest.raises(SourceError):
        as_sources([3])  # type: ignore[list-item]


def test_unknown_format_is_an_error() -> None:
    with pytest.raises(SourceError, match="unknown source format"):
        Source.from_text("x", format="pdf")  # type: ignore[arg-type]


def test_word_pair_index_finds_every_pair() -> None:
    src = Source.from_text("the deal is done and the deal is signed")
    ix = src.index
    a, b = ix.vocab["the"], ix.vocab["deal"]
    lo, hi = ix.pair_positions(a, b)
    assert sorted(ix.pair_pos[lo:hi]) == [0, 5]
    lo, hi = ix.word_positions(ix.vocab["is"])
    assert sorted(ix.word_pos[lo:hi]) == [2, 7]


_words = st.lists(
    st.sampled_from(
        ["Hamas", "said", "the", "talks", "’90s", "ﬁnal", "don’t", "10,000", "US-Israeli", "—", "“x”"]
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(_words, st.sampled_from([" ", "\n", "  \t", "-\n"]))
def test_every_word_maps_back_to_the_original_it_was_folded_from(words: list[str], sep: str) -> None:
    text = sep.join(words)
    src = Source.from_text(text, format="text")
    ix = src.index
    for k in range(len(ix.ids)):
        a, b = ix.to_text(ix.wstart[k], ix.wend[k])
        assert 0 <= a < b <= len(text)
        folded_word = ix.folded.text[ix.wstart[k] : ix.wend[k]]
        assert tokenize(folded_word) == [(0, len(folded_word))]
        # the original stretch folds to the same word
        assert fold(text[a:b], hyphenation=True).text == folded_word


# --- offsets into the text as read: byte-order marks, CR, CRLF and Unicode line ends ------------------------


def test_a_leading_byte_order_mark_stays_in_the_text_and_offsets_count_it() -> None:
    from quotecheck.verify import verify

    v = verify("0", "\N{ZERO WIDTH NO-BREAK SPACE}0")
    assert v.passage is not None
    assert (v.passage.start, v.passage.end, v.passage.text) == (1, 2, "0")
    src = Source.from_text("\N{ZERO WIDTH NO-BREAK SPACE}" + VTT)
    assert src.format == "vtt"
    assert src.text.startswith("\N{ZERO WIDTH NO-BREAK SPACE}WEBVTT")
    assert [src.text[r.start : r.end] for r in src.regions] == ["The meeting was pivotal.", "Thank you, sir."]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_any_line_end_keeps_offsets_into_the_text_as_given(newline: str) -> None:
    from quotecheck.verify import verify

    transcript = "MODERATOR: Are you ready?\nKILANI: We are ready to talk, he said.\n".replace("\n", newline)
    src = Source.from_text(transcript)
    assert src.format == "transcript"
    assert [r.speaker for r in src.regions] == ["MODERATOR", "KILANI"]
    v = verify("We are ready to talk", src)
    assert v.passage is not None
    assert (v.verdict, v.passage.text, v.passage.speaker) == ("verbatim", "We are ready to talk", "KILANI")
    assert transcript[v.passage.start : v.passage.end] == v.passage.text
    srt = SRT.replace("\n", newline)
    sub = Source.from_text(srt)
    assert sub.format == "srt"
    assert [srt[r.start : r.end] for r in sub.regions][2] == "Will talks resume?"


def test_load_source_keeps_crlf_and_reads_utf16_with_its_mark(tmp_path: Path) -> None:
    from quotecheck.verify import verify

    text = "MODERATOR: Are you ready?\r\nKILANI: We are ready to talk.\r\n"
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16"))  # with its byte-order mark
    (tmp_path / "be.srt").write_bytes(b"\xfe\xff" + SRT.encode("utf-16-be"))
    for name in ("crlf.txt", "le.txt"):
        src = load_source(tmp_path / name)
        assert src.text == text
        v = verify("We are ready to talk", src)
        assert v.passage is not None
        assert (v.passage.start, v.passage.end) == (text.index("We"), text.index("."))
        assert v.passage.text == "We are ready to talk"
    assert load_source(tmp_path / "be.srt").text == SRT
    (tmp_path / "odd.txt").write_bytes(b"\xff\xfea\x00b")
    with pytest.raises(SourceError, match=r"not UTF-16 text \(undecodable byte at offset 4\)"):
        load_source(tmp_path / "odd.txt")


def test_subtitle_passages_give_the_spoken_words_and_the_cue_times_apart() -> None:
    from quotecheck.verify import format_table, verify

    srt = (
        "1\n00:00:01,000 --> 00:00:08,000\nThe depot was built in 1968\n\n"
        "3\n00:00:08,000 --> 00:00:13,500\n<i>for 40 buses.</i>\n"
    )
    v = verify("built in 1968 for 40 buses", Source.from_text(srt, name="depot.srt"))
    assert v.passage is not None
    assert v.passage.spoken == "built in 1968 for 40 buses"
    assert v.passage.time == (1.0, 13.5)
    assert srt[v.passage.start : v.passage.end] == v.passage.text
    assert "00:00:08,000" in v.passage.text  # the text is the source's characters, cues and all
    assert v.to_dict()["source"]["spoken"] == "built in 1968 for 40 buses"
    assert "depot.srt 46-108 [00:00:01.000–00:00:13.500]: built in 1968 for 40 buses" in format_table([v])
    # a transcript passage across turns leaves out the tag; a plain one is its own words
    t = Source.from_text("A: The depot was built\nB: in 1968, for buses.\n", format="transcript")
    assert verify("The depot was built in 1968", t).passage.spoken == "The depot was built in 1968"  # type: ignore[union-attr]
    assert verify("was  built", "It was\nbuilt.").passage.spoken == "was built"  # type: ignore[union-attr]


# Text hostile to offsets: marks, CR/LF/CRLF/U+2028 line ends, control characters, combining marks,
# zero-width characters, ligatures, soft hyphens, right-to-left marks.
_nasty = st.sampled_from(
    [
        " ", " ", " ", "\r\n", "\r", "\n", "\u2028", "\u2029", "\x85", "\t", "\x00", "\x07", "\x1b",
        "\u0301", "\u200b", "\u00ad", "\ufeff", "\u202e", "-\n", "-\r\n", ", ", ". ", "“", "”", "’", "—",
    ]
)  # fmt: skip
_word = st.sampled_from(
    ["talks", "ﬁnal", "Kilani", "don’t", "10,000", "e\u0301te\u0301", "الوفد", "deal", "the"]
)


@st.composite
def hostile_sources(draw: st.DrawFn) -> str:
    parts = [draw(st.sampled_from(["", "\ufeff"]))]
    for _ in range(draw(st.integers(1, 40))):
        parts += [draw(_word), draw(_nasty)]
    body = "".join(parts)
    shape = draw(st.sampled_from(["text", "transcript", "srt"]))
    nl = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    if shape == "transcript":
        body = f"KILANI: {body}{nl}Q: {draw(_word)} {draw(_word)}?{nl}"
    elif shape == "srt":
        body = (
            f"1{nl}00:00:01,000 --> 00:00:02,000{nl}{body}{nl}{nl}"
            f"2{nl}00:00:02,000 --> 00:00:03,000{nl}<i>{draw(_word)}</i>{nl}"
        )
    return parts[0] + body if shape != "text" else body


@settings(max_examples=150, deadline=None)
@given(hostile_sources(), st.data())
def test_every_span_round_trips_to_the_text_as_given(text: str, data: st.DataObject) -> None:
    from quotecheck.verify import verify

    src = Source.from_text(text, name="s")
    for r in src.regions:
        assert 0 <= r.start <= r.end <= len(text)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, min(len(text), a + 120)))
    for quote in (text[a:b], data.draw(hostile_sources())):
        v = verify(quote, src)
        assert quote[v.quote.start : v.quote.end] == v.quote.text == quote
        for p in (v.passage, *v.pieces):
            if p is not None:
                assert text[p.start : p.end] == p.text
                assert p.spoken == " ".join(p.spoken.split())
        for c in v.changes:
            assert quote[c.quote.start : c.quote.end] == c.quote.text
            if c.source is not None:
                assert text[c.source.start : c.source.end] == c.source.text
