"""Linear work on hostile copy: ten times the text costs at most eleven times the operations.

Speed itself is measured in ``benchmarks/`` (``bench_hostile.py`` prints CPU time at 1 MB and 10 MB, and
their ratio); a timing in the suite CI runs would fail a correct change on a busy machine.  What CI can
check exactly is how the work grows.  :func:`steps` counts the work ``analyze`` does as the number of
Python lines it executes (every call is a line too), with a trace function: a count that no other process,
cache miss or garbage collection can move, so each test compares two counts with a tight bound.

* The bound is 11 for ten times the text.  Linear code measures 9.5-10.6 on every shape here (a fixed
  start-up share makes the small text dearer per character; a shape's windows and batches fill up above a
  few thousand characters, so the small size is past them).  Quadratic code gives about 100, and even a
  term of one part in ten thousand per character shows up at these sizes.
* The caches of pure functions (``functools.lru_cache``) are emptied before each count: a cache warmed
  by the small text would make the small count cheaper than its share and hide growth in the large one.
* Work done inside one C call (a regular-expression scan, ``str.find``) is one line, however long: those
  scans are bounded by the windows the code hands them, and Punkt's patterns are linear by construction
  (``tests/test_text.py``).  The counter's own check, on a loop known to be quadratic, is below.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import random
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import cues, pipeline, resolve, speakers, tokens
from quotecheck.pipeline import Report, analyze
from quotecheck.speakers import Mention, Timeline

_WORDS = [
    "the",
    "council",
    "said",
    "road",
    "water",
    "plan",
    "will",
    "open",
    "soon",
    "and",
    "Maria",
    "Lopez",
    "told",
    "reporters",
    "that",
    "officials",
    "expect",
    "a",
    "deal",
    "by",
    "May",
    "after",
    "talks",
    "in",
    "the",
    "harbour",
    "town",
    "where",
    "residents",
    "waited",
    "for",
    "news",
    "of",
    "the",
    "bridge",
]
SIZE = 150_000  # characters: the scale the generators' densities are given at


def ordinary(rng: random.Random, size: int) -> str:
    """Sentences of plain words, a paragraph break after about one sentence in five."""
    out: list[str] = []
    total = 0
    while total < size:
        sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 18))).capitalize() + ". "
        if rng.random() < 0.2:
            sentence += "\n\n"
        out.append(sentence)
        total += len(sentence)
    return "".join(out)[:size]


def scattered(rng: random.Random, size: int) -> str:
    """20,000 double marks (per 150,000 characters) dropped into words and spaces at random."""
    chars = list(ordinary(rng, size))
    for _ in range(size * 20_000 // SIZE):
        chars[rng.randrange(len(chars))] = rng.choice('“"')
    return "".join(chars)


def unclosed(rng: random.Random, size: int) -> str:
    """5,000 opening marks (per 150,000 characters) that nothing closes."""
    chars = list(ordinary(rng, size))
    for _ in range(size * 5_000 // SIZE):
        chars.insert(rng.randrange(len(chars)), " “")
    return "".join(chars)[:size]


def mark_lines(rng: random.Random, size: int) -> str:
    """10,000 lines (per 150,000 characters) of nothing but quote marks, after ordinary text."""
    lines = size * 10_000 // SIZE
    block = "\n".join(
        "".join(rng.choice("“”\"'‘’«»„") for _ in range(rng.randint(1, 8))) for _ in range(lines)
    )
    return ordinary(rng, max(0, size - len(block) - 1)) + "\n" + block


Generator = Callable[[random.Random, int], str]
KINDS = [
    pytest.param(scattered, id="scattered"),
    pytest.param(unclosed, id="unclosed"),
    pytest.param(mark_lines, id="mark-lines"),
]


def test_every_hostile_kind_is_what_it_says() -> None:
    """The generators really make hostile copy: else the counts below prove nothing."""
    rng = random.Random(7)
    assert sum(scattered(rng, 15_000).count(m) for m in '“"') >= 1_500
    assert unclosed(rng, 15_000).count("“") >= 400
    assert mark_lines(rng, 15_000).count("\n") >= 999
    assert analyze(unclosed(rng, 15_000)).statements is not None


def _repeated(head: str, piece: Callable[[int], str], size: int) -> str:
    """``head``, then pieces (each made from the length so far) until the text is ``size`` long."""
    out = [head]
    total = len(head)
    while total < size:
        out.append(piece(total))
        total += len(out[-1])
    return "".join(out)


def clauses(rng: random.Random, size: int) -> str:
    """One sentence of clause after clause, each with its own cue: many statements sharing a sentence."""
    who = ["officials", "Lopez", "the council"]
    text = _repeated("", lambda n: f"{rng.choice(who)} said item {n} was {rng.choice(_WORDS)}, ", size)
    return text[:size].rstrip(", ") + "."


def quoted_after_tag(rng: random.Random, size: int) -> str:
    """One tag, then quotation after quotation in the same paragraph: each joins the statement."""
    return _repeated(
        "“We start,” Maria Lopez said.",
        lambda _: f" “{' '.join(rng.choice(_WORDS) for _ in range(rng.randint(4, 9)))}.”",
        size,
    )


def relatives(rng: random.Random, size: int) -> str:
    """One sentence of relative clauses, each with a source inside it ("which critics say would …")."""
    who = ["critics", "advocates", "officials"]
    text = _repeated("", lambda n: f"the plan {n}, which {rng.choice(who)} say would fail, ", size)
    return text[:size].rstrip(", ") + "."


def initials(rng: random.Random, size: int) -> str:
    """Pairs of initials after a title, over and over: every one a place where sentences are joined."""
    return _repeated("", lambda _: f"Chairman {rng.choice('ABCDEFG')}.{rng.choice('HIJKLMN')}. ", size)


def unclaimed_quotes(rng: random.Random, size: int) -> str:
    """One named person, then one sentence of short quotations no cue claims."""

    def quotation(_: int) -> str:
        return f" “{' '.join(rng.choice(_WORDS) for _ in range(rng.randint(3, 6)))}”"

    return _repeated("Maria Lopez", quotation, size) + "."


def counted_groups(rng: random.Random, size: int) -> str:
    """One paragraph of people named one after another, each sentence followed by "Both men said it.":
    every counted description looks back over the people named before it."""

    def pair(n: int) -> str:
        surname = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)).title()
        return f"John {surname} said item {n} was {rng.choice(_WORDS)}. Both men said it. "

    return _repeated("", pair, size)


def exclamations(rng: random.Random, size: int) -> str:
    """One paragraph of short quoted exclamations, each a sentence of its own: every quotation looks for
    the paragraph before its own."""
    return _repeated("", lambda _: f"“{rng.choice(_WORDS).title()}!” ", size)


def many_people(rng: random.Random, size: int) -> str:
    """Person after person, each named in full and then by surname: thousands of surnames to find again."""

    def person(_: int) -> str:
        surname = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)).title()
        return f"John {surname} spoke. Mr. {surname} said the plan was {rng.choice(_WORDS)}. "

    return _repeated("", person, size)


DENSE = [
    pytest.param(clauses, id="clauses"),
    pytest.param(many_people, id="many-people"),
    pytest.param(exclamations, id="exclamations"),
    pytest.param(counted_groups, id="counted-groups"),
    pytest.param(quoted_after_tag, id="quotes"),
    pytest.param(relatives, id="relatives"),
    pytest.param(initials, id="initials"),
    pytest.param(unclaimed_quotes, id="unclaimed-quotes"),
]


# Every shape of issue 15, generated by the benchmark's own generator at a size CI can afford: each must
# finish and give sane output (spans inside the text, round-tripping).  How fast is the benchmark's to say.

_BENCH = importlib.util.spec_from_file_location(
    "bench_hostile", Path(__file__).resolve().parent.parent / "benchmarks" / "bench_hostile.py"
)
assert _BENCH is not None
assert _BENCH.loader is not None
bench_hostile = importlib.util.module_from_spec(_BENCH)
_BENCH.loader.exec_module(bench_hostile)

SHAPE_SIZE = 200_000


def _sane(text: str, report: Report) -> None:
    json.dumps(report.to_json(summary=True))
    for s in report.statements:
        assert text[s.start : s.end] == s.text
        for span in (*s.segments, *s.quotes):
            assert text[span.start : span.end] == span.text
        if s.cue is not None:
            assert text[s.cue.start : s.cue.end] == s.cue.text


# --- the work, counted ----------------------------------------------------------------------------------

SMALL = 8_000  # characters: past every window and batch a shape fills, so the per-character cost is settled
GROWTH = 11  # ten times the text, at most this many times the work


def _empty_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name != "quotecheck" and not name.startswith("quotecheck."):
            continue
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) == name and callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def steps(run: Callable[[], Any]) -> tuple[int, Any]:
    """The Python lines ``run`` executes (calls included), with the quotecheck caches emptied first; and
    what it returned.  Another tracer (coverage's) is put back afterwards."""
    _empty_caches()
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        result = run()
    finally:
        sys.settrace(previous)
    return count, result


def _growth(text: str, larger: str) -> tuple[float, Report]:
    small, _ = steps(lambda: analyze(text))
    large, report = steps(lambda: analyze(larger))
    return large / small, report


def test_the_count_sees_quadratic_work_and_linear_work_for_what_they_are() -> None:
    # the measuring stick itself: a loop over pairs grows a hundredfold, one over items tenfold
    def pairs(n: int) -> int:
        return sum(1 for i in range(n) for j in range(i) if (i ^ j) & 1)

    def items(n: int) -> int:
        return sum(1 for i in range(n) if i & 1)

    quadratic = steps(lambda: pairs(300))[0] / steps(lambda: pairs(30))[0]
    linear = steps(lambda: items(3_000))[0] / steps(lambda: items(300))[0]
    assert quadratic > 50
    assert 9 < linear <= GROWTH
    assert steps(lambda: 42)[1] == 42


@pytest.mark.parametrize("shape", sorted(bench_hostile.SHAPES))
def test_every_hostile_shape_does_linear_work_and_gives_sane_output(shape: str) -> None:
    text, larger = bench_hostile.make(shape, SMALL), bench_hostile.make(shape, 10 * SMALL)
    assert larger.startswith(text[: SMALL // 2])  # the larger text is more of the same, not other text
    ratio, report = _growth(text, larger)
    assert ratio <= GROWTH, f"{shape}: ten times the text, {ratio:.2f} times the work"
    _sane(larger, report)
    if shape in ("straight-marks", "alternating", "unclosed-bare", "one-word"):
        assert report.statements == ()  # marks alone, a word alone: nothing is said
    if shape in ("names-said", "mixed-marks", "said-chain", "ordinary"):
        assert report.statements  # statement-dense copy still yields its statements


@pytest.mark.parametrize("make", DENSE)
def test_statement_dense_copy_does_linear_work(make: Generator) -> None:
    # each of these once had a stage that looked back over everything before it (frames for every
    # quotation, the paragraph walked back to for every exclamation, every counted group against every
    # person named): caught here as ten times the text costing far more than ten times the work
    larger = make(random.Random(15), 10 * SMALL)
    ratio, report = _growth(make(random.Random(15), SMALL), larger)
    assert ratio <= GROWTH, f"{make.__name__}: ten times the text, {ratio:.2f} times the work"
    _sane(larger, report)


@pytest.mark.parametrize("make", KINDS)
def test_hostile_copy_does_linear_work_a_few_times_that_of_ordinary_copy(make: Generator) -> None:
    # stray and unclosed marks cost a little more per character than plain sentences, never a different
    # order: a mark that looked ahead to the end of its paragraph made both ratios grow with the text
    larger = make(random.Random(15), 10 * SMALL)
    ratio, report = _growth(make(random.Random(15), SMALL), larger)
    assert ratio <= GROWTH, f"{make.__name__}: ten times the text, {ratio:.2f} times the work"
    _sane(larger, report)
    plain = ordinary(random.Random(15), len(larger))
    dearer = steps(lambda: analyze(larger))[0] / steps(lambda: analyze(plain))[0]
    assert dearer < 5, f"{make.__name__}: {dearer:.2f} times the work of as much ordinary copy"


def test_unclosed_marks_after_a_cue_each_start_again() -> None:
    # 'He said: “yes' repeated: every opening mark restarts the quotation, the last one runs to the end
    text = bench_hostile.make("unclosed-said", SHAPE_SIZE)
    quotes = [q for s in analyze(text).statements for q in s.quotes]
    assert quotes
    assert all(q.text.startswith("“") for q in quotes)
    assert all("“" not in q.text[1:] for q in quotes)


@pytest.mark.parametrize("shape", ["clauses", "said-chain", "long-sentence", "unclosed-said", "mixed-marks"])
def test_a_sentence_read_in_batches_gives_what_it_gives_read_whole(
    shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a long sentence is tokenized a batch at a time and cut into windows as it goes; tiny batches put every
    # window cut and every batch edge somewhere new, and the statements must not change
    if shape == "clauses":
        text = clauses(random.Random(15), 30_000)  # a window is cut at its last comma
    else:
        text = bench_hostile.make(shape, 30_000).replace("\n", " ")
    whole = analyze(text).to_json(summary=True)
    monkeypatch.setattr(tokens, "_BATCH_CHARS", 37)
    monkeypatch.setattr(cues, "_BATCH_CHARS", 37)  # has_trigger reads long sentences in the same batches
    assert analyze(text).to_json(summary=True) == whole


# The registry's timeline of mentions, against the obvious sorted list it replaces.


@settings(max_examples=200, deadline=None)
@given(
    starts=st.lists(st.integers(min_value=0, max_value=9), max_size=300),
    queries=st.lists(st.tuples(st.integers(-1, 11), st.integers(-1, 11)), max_size=20),
    remembered=st.integers(min_value=0, max_value=300),
)
def test_the_timeline_answers_as_one_sorted_list_would(
    starts: list[int], queries: list[tuple[int, int]], remembered: int
) -> None:
    mentions = [Mention(s, s + 1, f"m{n}", "person") for n, s in enumerate(starts)]
    first, rest = mentions[:remembered], mentions[remembered:]
    saved, speakers._BLOCK = speakers._BLOCK, 4  # small blocks: many splits, equal starts across blocks
    try:
        timeline = Timeline(sorted(first, key=lambda m: m.start))
        reference = sorted(first, key=lambda m: m.start)
        for m in rest:  # one at a time, out of order
            timeline.insert(m)
            reference.insert(bisect_right([r.start for r in reference], m.start), m)
    finally:
        speakers._BLOCK = saved
    assert list(timeline) == reference
    assert len(timeline) == len(reference)
    keys = [r.start for r in reference]
    for a, b in queries:
        assert timeline.between(a, b) == reference[bisect_left(keys, a) : bisect_left(keys, b)]
        end = bisect_left(keys, a)
        assert timeline.before(a, 7) == reference[max(0, end - 7) : end]


# Surnames are found a hit at a time; the list they were gathered in, sorted, is the reference.


def _surname_hits_listed(text: str, written: set[str]) -> list[tuple[int, int, str]]:
    plain = {w for w in written if resolve._PLAIN_WORD.fullmatch(w)}
    marked = written - plain
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for m in resolve._MARKED_WORD.finditer(text):
        for cut in (m.group(), resolve.POSSESSIVE.sub("", m.group())):
            if cut in marked:
                found.append((m.start(), m.start() + len(cut), cut))
                taken.update(range(m.start(), m.start() + len(cut)))
                break
    for m in resolve._PLAIN_WORD.finditer(text):
        if m.group() in plain and m.start() not in taken:
            found.append((m.start(), m.end(), m.group()))
    return sorted(found)


_SURNAMES = ["Rourke", "O'Rourke", "Ocasio", "Ocasio-Cortez", "Cortez", "Lee", "Lee-Ann", "D'Arcy", "Arcy"]


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from([*_SURNAMES, "O'Rourke's", "said", "and", "-", "'s", "O"]), max_size=40),
    seps=st.lists(st.sampled_from([" ", "", "-", "'", ", "]), min_size=40, max_size=40),
    written=st.sets(st.sampled_from(_SURNAMES), min_size=1),
    many=st.booleans(),
)
def test_surnames_found_one_at_a_time_are_those_a_sorted_list_held(
    words: list[str], seps: list[str], written: set[str], many: bool
) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    if many:  # past the few a single pattern serves: looked up word by word
        written = written | {f"Name{n}" for n in range(resolve._FEW_SURNAMES)}
        assert list(resolve._surname_hits(text, written)) == _surname_hits_listed(text, written)
    else:
        hits = list(resolve._surname_hits(text, written))
        assert hits == sorted(hits)
        assert all(text[a:b] == name and name in written for a, b, name in hits)


# The cycle collector is paused while a text is analysed: safe only because the analysis makes no cycles.


@pytest.mark.parametrize("shape", sorted(bench_hostile.SHAPES))
def test_the_analysis_leaves_no_cyclic_garbage(shape: str) -> None:
    text = bench_hostile.make(shape, 20_000) + "\n\n“We are ready,” Mr. Walid Kilani said. He told us so."
    analyze(text)  # first use: lazy imports and caches are made here, not counted below
    gc.collect()
    gc.disable()
    try:
        report = analyze(text)
        del report
        assert gc.collect() == 0  # everything the analysis let go was freed without the collector
    finally:
        gc.enable()


def test_the_collector_is_left_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def grade_all(statements: object, text: str) -> tuple[()]:
        seen.append(gc.isenabled())
        raise RuntimeError("a stage failed")

    analyze("“Yes,” she said.")
    assert gc.isenabled()
    monkeypatch.setattr(pipeline, "grade_all", grade_all)
    with pytest.raises(RuntimeError):
        analyze("“Yes,” she said.")
    assert seen == [False]  # paused while the analysis ran
    assert gc.isenabled()  # and on again after it, though it failed
    gc.disable()
    try:
        with pytest.raises(RuntimeError):
            analyze("“Yes,” she said.")
        assert not gc.isenabled()  # a caller who paused it keeps it paused
    finally:
        gc.enable()


def test_the_collector_resumes_only_when_the_last_analysis_ends() -> None:
    # two analyses overlapping on two threads: the first to finish must not turn the collector on under
    # the other, and the last resumes it
    import threading

    inside = threading.Event()
    release = threading.Event()
    seen: list[bool] = []

    def slow() -> None:
        with pipeline._no_cycle_collection():
            inside.set()
            release.wait(10)
            seen.append(gc.isenabled())

    assert gc.isenabled()
    worker = threading.Thread(target=slow)
    worker.start()
    assert inside.wait(10)
    analyze("“Yes,” she said.")  # begins and ends while the other thread's analysis runs
    assert not gc.isenabled()
    release.set()
    worker.join(10)
    assert seen == [False]
    assert gc.isenabled()
