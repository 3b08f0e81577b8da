"""find_quotations: every quoting convention of DOMAIN.md section 2, paired in one scan.

Each case is a sentence written for this file; the expected quotations are given as text, marks included,
with the words inside the marks and the nesting depth.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import quotes
from quotecheck.quotes import Quotation, find_quotations
from quotecheck.text import paragraphs


def quotations(text: str) -> tuple[Quotation, ...]:
    found = find_quotations(text, paragraphs(text))
    for q in found:  # the offsets contract, checked on every case
        assert text[q.start : q.end] == q.text
        for span in (*q.pieces, *q.inner):
            assert text[span.start : span.end] == span.text
    return found


def texts(text: str) -> list[str]:
    return [q.text for q in quotations(text)]


# marks --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“The bridge stays shut,” the mayor said.", "“The bridge stays shut,”"),
        ('"The bridge stays shut," the mayor said.', '"The bridge stays shut,"'),
        ("«Le pont reste fermé», a dit le maire.", "«Le pont reste fermé»"),
        ("« Le pont reste fermé », a dit le maire.", "« Le pont reste fermé »"),
        ("„Die Brücke bleibt zu“, sagte der Bürgermeister.", "„Die Brücke bleibt zu“"),
        ("‚Sie bleibt zu‘, sagte er.", "‚Sie bleibt zu‘"),
        ("‘The bridge stays shut,’ the mayor said.", "‘The bridge stays shut,’"),
        ("'The bridge stays shut,' the mayor said.", "'The bridge stays shut,'"),
        ("``The bridge stays shut,'' the mayor said.", "``The bridge stays shut,''"),
        ("''The bridge stays shut,'' the mayor said.", "''The bridge stays shut,''"),
    ],
    ids=[
        "curly",
        "straight",
        "guillemets",
        "spaced-guillemets",
        "low-9",
        "single-low-9",
        "curly-single",
        "straight-single",
        "latex",
        "nyt-ascii",
    ],
)
def test_each_style_of_mark_pairs(text: str, quote: str) -> None:
    found = quotations(text)
    assert [q.text for q in found] == [quote]
    (q,) = found
    assert q.closed
    assert q.depth == 0
    (inner,) = q.inner
    assert q.start < inner.start
    assert inner.end < q.end
    assert inner.text.strip(" ,") in (
        "The bridge stays shut",
        "Le pont reste fermé",
        "Die Brücke bleibt zu",
        "Sie bleibt zu",
    )


def test_double_and_single_marks_are_told_apart() -> None:
    (d,) = quotations("“Yes,” she said.")
    (s,) = quotations("‘Yes,’ she said.")
    assert d.double
    assert not s.double


@pytest.mark.parametrize(
    "text",
    [
        '“We waited all night," the driver said.',
        '"We waited all night,” the driver said.',
        "“We waited all night,» the driver said.",
    ],
)
def test_any_double_mark_closes_any_double_opening(text: str) -> None:
    (q,) = quotations(text)
    assert q.words == "We waited all night,"
    assert q.closed


def test_several_straight_quotations_in_one_sentence() -> None:
    assert texts('She said "yes" to the school and "no" to the road.') == ['"yes"', '"no"']


def test_an_empty_pair_is_not_a_quotation() -> None:
    assert texts("The sign read “” and nothing else.") == []


def test_a_mark_at_the_end_of_a_paragraph_opens_nothing() -> None:
    assert texts("The last word here is a stray “") == []


def test_inner_punctuation_is_inside_the_marks() -> None:
    (q,) = quotations("“Why now?” she asked.")
    assert q.inner[0].text == "Why now?"
    assert q.pieces[0].text == "“Why now?”"


# ’ as apostrophe ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry’s plan is late.",
        "They played rock ’n’ roll all night.",
        "It looked like the ’90s again.",
        "It was Jones’ car in the lane.",
        "It’s the council’s fault, they’re sure.",
        "The ministry's plan and Jones' car.",
    ],
)
def test_apostrophes_alone_are_no_quotation(text: str) -> None:
    assert texts(text) == []


def test_apostrophes_inside_a_double_quotation_do_not_cut_it() -> None:
    assert texts("“The ministry’s plan is rock ’n’ roll from the ’90s,” she said.") == [
        "“The ministry’s plan is rock ’n’ roll from the ’90s,”"
    ]


def test_an_apostrophe_inside_a_single_quotation_between_letters() -> None:
    assert texts("‘The ministry’s plan is late,’ she said.") == ["‘The ministry’s plan is late,’"]
    assert texts("'The ministry's plan is late,' she said.") == ["'The ministry's plan is late,'"]


def test_a_decade_inside_a_single_quotation() -> None:
    assert texts("‘We loved the ’90s,’ she said.") == ["‘We loved the ’90s,’"]


@pytest.mark.xfail(strict=True, reason="’ of rock ’n’ roll, followed by a space, closes the single quotation")
def test_rock_n_roll_inside_a_single_quotation() -> None:
    assert texts("‘It is rock ’n’ roll,’ she said.") == ["‘It is rock ’n’ roll,’"]


@pytest.mark.xfail(strict=True, reason="a possessive ’ after a plural or -s name closes the single quotation")
def test_a_possessive_after_s_inside_a_single_quotation() -> None:
    assert texts("‘It was Jones’ car,’ she said.") == ["‘It was Jones’ car,’"]


@pytest.mark.xfail(strict=True, reason="a straight ' before a decade ('60s) opens a quotation")
def test_a_straight_decade_apostrophe_opens_nothing() -> None:
    assert texts("Members of the '60s band said 'never' twice.") == ["'never'"]


# nesting ------------------------------------------------------------------------------------------------


def test_single_inside_double() -> None:
    found = quotations("“He told me ‘never again’ last week,” she said.")
    assert [(q.text, q.depth, q.double) for q in found] == [
        ("“He told me ‘never again’ last week,”", 0, True),
        ("‘never again’", 1, False),
    ]


def test_double_inside_single() -> None:
    found = quotations("‘He told me “never again” last week,’ she said.")
    assert [(q.text, q.depth, q.double) for q in found] == [
        ("‘He told me “never again” last week,’", 0, False),
        ("“never again”", 1, True),
    ]


def test_straight_single_inside_straight_double() -> None:
    found = quotations("\"He told me 'never again' last week,\" she said.")
    assert [(q.text, q.depth) for q in found] == [
        ("\"He told me 'never again' last week,\"", 0),
        ("'never again'", 1),
    ]


def test_nested_quotation_next_to_the_outer_closing_mark() -> None:
    found = quotations("“The sign said ‘closed’,” he said.")
    assert [(q.text, q.depth) for q in found] == [("“The sign said ‘closed’,”", 0), ("‘closed’", 1)]


def test_nested_quotation_holding_an_apostrophe() -> None:
    found = quotations("“She called it ‘the council’s mess’ twice,” he said.")
    assert [q.text for q in found] == ["“She called it ‘the council’s mess’ twice,”", "‘the council’s mess’"]


# paragraphs ---------------------------------------------------------------------------------------------


def test_a_multi_paragraph_quotation_is_one_quotation_in_pieces() -> None:
    text = (
        "The mayor spoke at length:\n\n"
        "“The bridge has stood for a century.\n\n"
        "“It will stand for another one.\n\n"
        "“We start repairs in May,” she said.\n\n"
        "The council meets on Friday."
    )
    (q,) = quotations(text)
    assert q.closed
    assert [p.text for p in q.pieces] == [
        "“The bridge has stood for a century.",
        "“It will stand for another one.",
        "“We start repairs in May,”",
    ]
    assert [s.text for s in q.inner] == [
        "The bridge has stood for a century.",
        "It will stand for another one.",
        "We start repairs in May,",
    ]
    assert q.text.startswith("“The bridge")
    assert q.text.endswith("May,”")


def test_a_guillemet_block_reopens_each_paragraph() -> None:
    (q,) = quotations("«Premier paragraphe.\n\n«Second paragraphe,» dit-elle.")
    assert len(q.pieces) == 2
    assert q.closed


@pytest.mark.xfail(strict=True, reason="only double marks carry on; an open single mark is dropped")
def test_a_british_single_mark_block_reopens_each_paragraph() -> None:
    (q,) = quotations("‘The first part.\n\n‘The second part,’ she said.")
    assert [p.text for p in q.pieces] == ["‘The first part.", "‘The second part,’"]


def test_an_unclosed_mark_never_swallows_the_next_paragraph() -> None:
    text = "He said: “The talks are over.\n\nThe council met on Friday. It said “nothing” more."
    found = quotations(text)
    assert [(q.text, q.closed) for q in found] == [("“The talks are over.", False), ("“nothing”", True)]
    assert found[0].end <= text.index("\n")


def test_an_unclosed_block_ends_where_its_last_reopened_paragraph_ends() -> None:
    text = "“First part.\n\n“Second part.\n\nPlain words “here” end."
    found = quotations(text)
    assert [(q.text, q.closed) for q in found] == [("“First part.\n\n“Second part.", False), ("“here”", True)]


def test_copy_with_a_paragraph_per_line_ends_an_unclosed_mark_at_the_newline() -> None:
    text = "Line one “opens here.\nLine two “closes” here."
    assert [(q.text, q.closed) for q in quotations(text)] == [("“opens here.", False), ("“closes”", True)]


def test_a_single_newline_inside_a_paragraph_is_only_wrapping() -> None:
    text = "She said “the bridge\nstays shut” today.\n\nNext paragraph."
    assert texts(text) == ["“the bridge\nstays shut”"]


# split quotes -------------------------------------------------------------------------------------------


def test_a_split_quote_is_two_quotations() -> None:
    text = "“When the river rises,” she said, “the road closes.”"
    assert texts(text) == ["“When the river rises,”", "“the road closes.”"]


def test_pieces_lie_in_their_paragraphs_and_quotations_are_ordered() -> None:
    text = "“A one,” he said.\n\n“B two.\n\n“B three,” she said, “and ‘C’ too.”"
    pars = paragraphs(text)
    found = quotations(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    for q in found:
        for p in q.pieces:
            assert any(s <= p.start and p.end <= e for s, e in pars)


def test_no_paragraphs_no_quotations() -> None:
    assert find_quotations("“Words,” she said.", []) == ()


def test_double_marks_nested_in_double_marks() -> None:
    whole = "“You must act even when “your team” is to blame. Otherwise it is hollow.”"
    text = f"He wrote, {whole} Then he left."
    assert [q.text for q in quotations(text) if q.depth == 0] == [whole]
    assert [q.text for q in quotations(text) if q.depth == 1] == ["“your team”"]


def test_a_second_opening_mark_with_one_closing_restarts_the_quotation() -> None:
    text = "The sign read “stop and then “go on” he said."
    assert texts(text) == ["“go on”"]


def test_a_closing_mark_that_opens_a_paragraph_opens_a_quotation() -> None:
    text = "Obama spoke.\n\n” … what I learned is that it is heard badly,” he said."
    (q,) = find_quotations(text, [(0, 12), (14, len(text))])
    assert q.words.startswith(" … what I learned")
    assert q.closed


def test_a_closing_mark_alone_at_a_paragraph_start_opens_nothing() -> None:
    text = "” he said, and left."
    assert find_quotations(text, [(0, len(text))]) == ()


def _closings_by_scanning(text: str, start: int, end: int) -> int:
    """The obvious reference: scan the window after ``start`` as a fresh pass would, count closing doubles."""
    found = 0
    for m in quotes._MARKS.finditer(text, start, min(end, start + quotes._LOOKAHEAD)):
        if quotes._closes(text, m):
            found += 1
            if found == 2:
                break
    return found


# marks that pair differently at a window's edge (two or three apostrophes) among words and spaces
_PIECES = (*"“ ” \" ' '' ''' `` \N{LEFT SINGLE QUOTATION MARK} ’ « a ab . ,".split(), " ", "\n")


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    lookahead=st.integers(min_value=1, max_value=12),
)
def test_look_ahead_index_counts_as_a_fresh_scan_would(text: str, lookahead: int) -> None:
    # a short window puts marks on its edge, where two or three apostrophes pair differently
    saved = quotes._LOOKAHEAD
    quotes._LOOKAHEAD = lookahead
    try:
        for p_start, p_end in paragraphs(text):
            ahead = quotes._Ahead(text, p_start, p_end)
            for m in quotes._MARKS.finditer(text, p_start, p_end):
                assert ahead.closings(m.end()) == _closings_by_scanning(text, m.end(), p_end)
    finally:
        quotes._LOOKAHEAD = saved


def test_a_paragraph_of_unclosed_marks_is_paired_without_rescanning() -> None:
    # each opening mark while another is open asks what lies ahead; the answers come from one listing
    text = "He said: “yes " * 20_000
    qs = find_quotations(text, paragraphs(text))
    assert len(qs) == 1
    assert not qs[0].closed
    assert qs[0].text == text[text.rindex("“") :].rstrip()
