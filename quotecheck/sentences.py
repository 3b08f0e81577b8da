"""Quote-aware sentences: Punkt's sentences, never cut inside a quotation, a speaker tag joined to the
quotation before it.

:func:`quote_aware_sentences` takes the text, its paragraphs and its quotations, and gives each sentence as
``(start, end, paragraph index)``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from quotecheck.lexicon.cues import CUE_FORMS
from quotecheck.lexicon.grammar import CLOSING_QUOTES_WITH_GUILLEMET
from quotecheck.quotes import Quotation
from quotecheck.text import merge_inside, sentence_spans

__all__ = ["quote_aware_sentences"]


def quote_aware_sentences(
    text: str, pars: Sequence[tuple[int, int]], quotations: Sequence[Quotation]
) -> list[tuple[int, int, int]]:
    """Sentences as (start, end, paragraph index): Punkt's, never split inside a quotation, with speaker
    tags joined to the quotation before them."""
    inside = sorted((p.start, p.end) for q in quotations if q.depth == 0 for p in q.inner if p.end > p.start)
    inside_starts = [a for a, _ in inside]
    sentences: list[tuple[int, int, int]] = []
    for pi, (ps, pe) in enumerate(pars):
        # only this paragraph's quotations: each paragraph looks at its own, so the whole is linear
        local = inside[bisect_left(inside_starts, ps) : bisect_left(inside_starts, pe)]
        for s, e in _join_tags(text, merge_inside(sentence_spans(text, ps, pe), local)):
            sentences.append((s, e, pi))
    return sentences


_TAG_WORD = re.compile(r"[\w\N{RIGHT SINGLE QUOTATION MARK}'.-]+|[,;:]")


def _join_tags(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a speaker tag to the quotation before it: ``“Why now?” he asked.`` is one sentence.

    Punkt ends a sentence at ``?”`` or ``!”``; when what follows starts in lower case, or is a short tag
    with a cue verb ("Trump said, looking out …"), it belongs to the quotation.
    """
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and (
            (
                text[out[-1][1] - 1] in CLOSING_QUOTES_WITH_GUILLEMET
                and _is_tag(text, s, e)
                and not _full_stop(text, out[-1][1])
            )
            # "Robert Menendez (D-N.J.) all suggested": an abbreviation's stop, not a sentence's end
            or (text[out[-1][1] - 1] in ".)" and text[s].islower())
            # "Rep. G.K. Butterfield (D-N.C.), head of …": no sentence opens with a closing mark
            or text[s] in "),;:"
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _full_stop(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` closes its quotation after a full stop (“… delay.”): then a
    capitalized sentence after it is a new one ("Clinton plans to visit …"), not a speaker tag."""
    k = end - 1
    while k > 0 and text[k] in CLOSING_QUOTES_WITH_GUILLEMET:
        k -= 1
    return text[k] == "."


def _is_tag(text: str, s: int, e: int) -> bool:
    if text[s].islower():
        return True
    words = _TAG_WORD.findall(text, s, min(e, s + 200))
    head: list[str] = []
    for w in words:
        if w in (",", ";", ":"):
            break
        head.append(w.lower().rstrip("."))
    if len(head) > 8 or "that" in head:
        return False
    return any(CUE_FORMS.get(w) is not None for w in head[1:6])
