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
    (tmp_path / "c.bin").write_bytes(b"\xff\xfd\x00bad")  # not \xff\xfe: that is UTF-16's byte-order mark
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
