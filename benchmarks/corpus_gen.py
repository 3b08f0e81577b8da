"""A corpus with known truth for the corpus matcher, built at run time from real news paragraphs.

Background: the paragraphs of the evaluation articles (train and dev), their double quotation marks taken
out so that the only quotations are the planted ones, dealt into documents of news length (~2.25 KB).
Nothing of their text is ever written to disk.

Planted quotations: groups of one original and its variants, each member placed in its own document
inside an attribution frame with a speaker from this file's own name lists.  The originals are sentences
of the articles (each used once while they last; after that, a used sentence with half its words swapped
for others of the corpus, so it is a new quotation).  The variant kinds are the issue's list:

exact, case_punct (case, commas and quote marks), words (one or two words changed, dropped or added),
ellipsis, bracket, truncation (a part of the quotation), split ("X," she said, "Y.") and short_inside (a
short quotation of six to nine words inside a longer one that carries it).  Singletons (a quotation that
appears once) and originals sharing a stock phrase with other groups ("for the working families of this
country") test that unrelated quotations stay apart.

Every planted quotation is recorded with its document, offsets and group, so pairwise precision and
recall can be counted against the clusters.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from attrs import frozen

from quotecheck.corpus.model import Document

__all__ = ["KINDS", "Planted", "generate", "load_paragraphs"]

KINDS = (
    "exact", "case_punct", "words", "ellipsis", "bracket", "truncation", "split", "short_inside",
)  # fmt: skip

_FIRST = (
    "Ann Bob Carla Dev Elena Farid Grace Hugo Ines Jonah Kemi Lars Mina Nadia Omar Priya Quinn Rosa Sami "
    "Tessa Umar Vera Wendell Ximena Yusuf Zora Alma Bruno Celia Dario"
).split()
_LAST = (
    "Marlow Tran Okafor Lindqvist Baptiste Haddad Moreau Kowalski Ferreira Nakamura Osei Petrov Quintero "
    "Rahman Sorensen Takahashi Uddin Valdez Whitcombe Yilmaz Zeller Abara Brandt Castellanos Dufresne "
    "Eklund Fontaine Gallo Hargreave Iversen"
).split()
_TITLES = ("Senator", "Mayor", "Governor", "Minister", "Representative", "spokeswoman", "Chief Executive")
_OUTLETS = ("Daily Ledger", "Morning Wire", "Harbor Times", "Valley Post", "Capital Review", "Evening Star")
# words of this file, put in for a changed or added word
_SWAPS = (
    "never always quickly truly simply clearly gladly deeply rarely fully openly firmly strongly calmly "
    "nearly surely fairly plainly largely mostly"
).split()
# phrases of this file that several unrelated groups carry, to tempt chaining
_STOCK = (
    "the American people",
    "working families",
    "at the end of the day",
    "make no mistake",
    "from day one",
)
# double quotation marks, the ASCII pairs '' and `` among them (single curly quotes stay: they are
# apostrophes too)
_DQUOTES = re.compile("[“”\"„‟«»]|''|``")
_SENTENCE = re.compile(r"[^.!?]+[.!?]")


@frozen
class Planted:
    """One planted quotation: where it stands and which group (one original and its variants) it is of."""

    doc: str
    start: int
    end: int
    group: int
    kind: str


def load_paragraphs(eval_dir: Path, splits: tuple[str, ...] = ("train", "dev")) -> list[str]:
    """The non-empty paragraphs of the evaluation articles, in file order."""
    out: list[str] = []
    for split in splits:
        with open(eval_dir / f"polnear-{split}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                out.extend(p.strip() for p in text.split("\n") if len(p.strip()) > 40)
    return out


def _sentences(paragraphs: list[str], part: int) -> list[str]:
    """Sentences of 12-40 words with no quotation marks, from every other paragraph (part 0 or 1), so a
    held-out corpus draws its originals from paragraphs the main one never quotes."""
    out: list[str] = []
    seen: set[str] = set()
    for n, p in enumerate(paragraphs):
        if n % 2 != part or "'" in p[:1]:
            continue
        for s in _SENTENCE.findall(_DQUOTES.sub("", p)):
            s = " ".join(s.split())
            # the same sentence with other dashes or case, as two articles may carry it, is one original
            key = " ".join(re.findall(r"\w+", s.lower()))
            if 12 <= len(s.split()) <= 40 and key not in seen and "'" not in s:
                seen.add(key)
                out.append(s)
    return out


class _Originals:
    def __init__(self, rng: random.Random, sentences: list[str], vocab: list[str]) -> None:
        self.rng = rng
        self.pool = sentences[:]
        rng.shuffle(self.pool)
        self.used: list[str] = []
        self.vocab = vocab

    def take(self) -> str:
        if self.pool:
            s = self.pool.pop()
            self.used.append(s)
            return s
        base = self.rng.choice(self.used).split()
        for i in self.rng.sample(range(len(base)), len(base) // 2):
            base[i] = self.rng.choice(self.vocab)
        return " ".join(base)


def _strip_end(words: list[str]) -> list[str]:
    return [w.strip(",;:") for w in words[:-1]] + [words[-1].rstrip(".,;:!?")]


def _variant(
    rng: random.Random, kind: str, words: list[str], stock: range = range(0)
) -> tuple[list[str], list[str] | None]:
    """The variant's words, and a second piece for a split quotation."""
    n = len(words)
    if kind == "case_punct":
        out = [w.upper() if i % 4 == 1 else w.lower() if i % 4 == 2 else w for i, w in enumerate(words)]
        out = [w.rstrip(",") for w in out]
        out[n // 3] += ","
        return out, None
    if kind == "words":
        out = words[:]
        for _ in range(rng.choice((1, 2))):
            i = rng.randrange(1, len(out) - 1)
            op = rng.choice(("change", "drop", "add"))
            if op == "change":
                out[i] = rng.choice(_SWAPS)
            elif op == "drop":
                del out[i]
            else:
                out.insert(i, rng.choice(_SWAPS))
        return out, None
    if kind == "ellipsis":
        a = max(3, n // 4)
        b = min(n - 3, a + max(2, n // 4))
        return [*words[:a], "…", *words[b:]], None
    if kind == "bracket":
        i = rng.randrange(2, n - 2)
        return [*words[:i], "[" + rng.choice(_LAST) + "]", *words[i + 1 :]], None
    if kind == "truncation":
        k = max(8, int(n * rng.uniform(0.5, 0.7)))
        return (words[:k] if rng.random() < 0.5 else words[n - k :]), None
    if kind == "split":
        cut = n // 2
        return words[:cut], words[cut:]
    if kind == "short_inside":
        # not a window that is mostly a stock phrase: those words stand in other groups' quotations too,
        # so they would have no one true group
        k = rng.randint(6, 9)
        starts = [a for a in range(n - k + 1) if sum(1 for i in range(a, a + k) if i in stock) <= k - 4]
        at = rng.choice(starts or [0])
        return words[at : at + k], None
    return words[:], None


def _frame(
    rng: random.Random, first: list[str], second: list[str] | None, speaker: str
) -> tuple[str, int, int]:
    """The paragraph holding the quotation, and the quotation's span in it (from its first word to its last
    character, the split's speaker tag included)."""
    q1 = " ".join(first)
    if second is not None:
        q2 = " ".join(second)
        head = "“"
        text = f"{head}{q1},” {speaker} said on Tuesday, “{q2}.”"
        return text, len(head), len(text) - 2
    style = rng.randrange(3)
    if style == 0:
        text = f"“{q1},” {speaker} said."
        return text, 1, 1 + len(q1)
    if style == 1:
        lead = f"{speaker} told reporters: “"
        text = f"{lead}{q1}.”"
        return text, len(lead), len(lead) + len(q1)
    lead = "“"
    text = f"{lead}{q1},” said {speaker}, speaking at a news conference."
    return text, 1, 1 + len(q1)


def generate(
    paragraphs: list[str], n_docs: int, *, seed: int = 1, part: int = 0, quotes_per_doc: int = 3
) -> tuple[Iterator[Document], list[Planted]]:
    """``n_docs`` documents (made as they are read) and the planted truth (complete once all are read)."""
    rng = random.Random(seed)
    background = [_DQUOTES.sub("", p) for p in paragraphs]
    vocab = sorted({w for p in paragraphs[:2000] for w in p.split() if w.isalpha() and w.islower()})
    originals = _Originals(rng, _sentences(paragraphs, part), vocab)
    people = [f"{t} {f} {s}" for t in _TITLES for f in _FIRST for s in _LAST]
    rng.shuffle(people)
    # the plan: which quotation goes to which document, made up front (it is small: no texts)
    items: list[tuple[int, str, list[str], list[str] | None, str]] = []
    group = 0
    while len(items) < n_docs * quotes_per_doc:
        group += 1
        words = _strip_end(originals.take().split())
        stock = range(0)
        if rng.random() < 0.15:
            at = rng.randrange(1, len(words))
            phrase = rng.choice(_STOCK).split()
            words = [*words[:at], *phrase, *words[at:]]
            stock = range(at, at + len(phrase))
        speaker = people[group % len(people)]
        size = 1 if rng.random() < 0.3 else rng.randint(2, 5)
        items.append((group, "original", words, None, speaker))
        for _ in range(size - 1):
            kind = rng.choice(KINDS)
            first, second = _variant(rng, kind, words, stock)
            who = speaker if rng.random() < 0.9 else people[(group + 7) % len(people)]
            items.append((group, kind, first, second, who))
    rng.shuffle(items)
    planted: list[Planted] = []

    def documents() -> Iterator[Document]:
        pos = rng.randrange(len(background))
        for d in range(n_docs):
            doc_id = f"gen-{seed}-{d:06d}"
            quotes = items[d * quotes_per_doc : (d + 1) * quotes_per_doc]
            parts: list[str] = []
            spans: list[tuple[int, int, int, str]] = []
            length = 0
            slots = sorted(rng.sample(range(1, 8), len(quotes)))
            k = 0
            while length < 2250 or k < len(quotes):
                if k < len(quotes) and len(parts) >= slots[k]:
                    g, kind, first, second, who = quotes[k]
                    text, a, b = _frame(rng, first, second, who)
                    offset = sum(len(p) + 2 for p in parts)
                    spans.append((offset + a, offset + b, g, kind))
                    parts.append(text)
                    k += 1
                else:
                    parts.append(background[pos % len(background)])
                    pos += 1
                length = sum(len(p) + 2 for p in parts)
            text = "\n\n".join(parts)
            for a, b, g, kind in spans:
                planted.append(Planted(doc_id, a, b, g, kind))
            date = f"2024-{1 + d * 12 // max(n_docs, 1):02d}-{1 + rng.randrange(28):02d}"
            yield Document(doc_id, text, date=date, outlet=rng.choice(_OUTLETS))

    return documents(), planted
