"""Measure quote verification on real quotations and their variants, built at run time.

    python scripts/measure_verify.py [--data polnear-train.jsonl] [--quotes 400] [--show 5]

``--data`` is an annotated corpus in the format of docs/evaluation.md (the PolNeAR train split); without it
the script says so in one line and exits 2.

Nothing from the corpus is written to disk: the set is made in memory from the direct quotations of the
train split (a quotation with at least eight words, checked against the article it comes from, as a
stand-in for the transcript), each turned into the variants a copy desk meets:

================  ==================================================  ==========================
variant           what is done to the quote                           expected
================  ==================================================  ==========================
exact             nothing                                             verbatim
retyped           quote marks and apostrophes re-typed, spaces doubled verbatim
recased           the case of one or two words changed, a comma added normalized
excerpt           a middle run of 2-6 words replaced by an ellipsis   excerpt
function_word     one function word swapped (the/a, of/in, to/for …)  altered, not substantive
negation          "not" inserted after an auxiliary, or removed       altered, substantive
name              a capitalized name replaced by another              altered, substantive
number            a number changed                                    altered, substantive
spliced           halves of two sentences 60+ words apart joined      spliced
other_article     a quotation of another article                      not_found
================  ==================================================  ==========================

Accuracy is the share of verdicts equal to the expected one, overall and per expected verdict; the
substantive flag is scored on every quote whose expected verdict is ``altered``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotecheck.normalize import fold
from quotecheck.sources import Source
from quotecheck.verify import verify

DEFAULT_DATA = "/work/shared/eval/polnear-train.jsonl"
MARKS = "\"'“”‘’«»„"
FUNCTION_SWAPS = {
    "the": "a",
    "a": "the",
    "of": "in",
    "in": "on",
    "on": "at",
    "to": "for",
    "for": "to",
    "with": "by",
    "by": "with",
    "at": "in",
    "from": "to",
    "this": "that",
    "that": "this",
}
AUXILIARIES = {
    "is", "are", "was", "were", "will", "would", "can", "could", "should", "has", "have", "had", "do",
    "does", "did", "must", "may", "might",
}  # fmt: skip
NAMES = ["Obama", "Clinton", "Sanders", "Pence", "Cruz", "Rubio", "Kasich", "Kaine", "Ryan", "McConnell"]
WORD = re.compile(r"\S+")


def inner(quote: str) -> str:
    """A quotation's words without its outer marks and closing punctuation."""
    q = quote.strip().strip(MARKS).strip()
    return q.rstrip(",.;:").strip(MARKS).strip()


def load_quotes(path: str, min_words: int) -> list[tuple[str, str]]:
    """(article text, quotation) pairs for direct quotations that stand in their article as given."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = art["text"]
            for q in art["quotes"]:
                if q["kind"] != "direct":
                    continue
                for seg in q["segments"]:
                    words = inner(seg["text"])
                    if len(words.split()) >= min_words and words in text and "\n" not in words:
                        out.append((text, words))
    return out


def retype(q: str) -> str:
    table = str.maketrans({"’": "'", "'": "’", "“": '"', "”": '"', '"': "“", "—": "--"})
    return q.translate(table).replace(" ", "  ", 2)


def recase(q: str, rng: random.Random) -> str | None:
    words = q.split()
    lettered = [i for i, w in enumerate(words) if any(c.isalpha() for c in w)]
    if len(lettered) < 3:
        return None
    for i in rng.sample(lettered, 2):
        w = words[i]
        words[i] = w.lower() if w[0].isupper() else w.capitalize()
    at = rng.choice([i for i in range(len(words) - 1) if words[i][-1].isalnum()] or [0])
    if words[at][-1].isalnum():
        words[at] += ","
    out = " ".join(words)
    return out if out != q else None


def excerpt(q: str, rng: random.Random) -> str | None:
    words = q.split()
    if len(words) < 10:
        return None
    a = rng.randint(3, len(words) - 5)
    b = min(len(words) - 3, a + rng.randint(2, 6))
    return " ".join(words[:a]) + rng.choice([" … ", " ... ", " . . . "]) + " ".join(words[b:])


def swap_function_word(q: str, rng: random.Random) -> str | None:
    words = q.split()
    spots = [i for i, w in enumerate(words) if w in FUNCTION_SWAPS and i > 0]
    if not spots:
        return None
    i = rng.choice(spots)
    words[i] = FUNCTION_SWAPS[words[i]]
    return " ".join(words)


def negate(q: str, rng: random.Random) -> str | None:
    words = q.split()
    nots = [i for i, w in enumerate(words) if w in ("not", "never")]
    if nots:
        del words[rng.choice(nots)]
        return " ".join(words)
    aux = [i for i, w in enumerate(words) if w.lower() in AUXILIARIES and i + 1 < len(words)]
    if not aux:
        return None
    words.insert(rng.choice(aux) + 1, "not")
    return " ".join(words)


def rename(q: str, rng: random.Random) -> str | None:
    words = q.split()
    spots = [
        i
        for i, w in enumerate(words)
        if i > 0 and w[:1].isupper() and w.isalpha() and w.lower() not in FUNCTION_SWAPS and w != "I"
        and not words[i - 1].endswith((".", "?", "!", ":"))
    ]  # fmt: skip
    if not spots:
        return None
    i = rng.choice(spots)
    words[i] = rng.choice([n for n in NAMES if n != words[i]])
    return " ".join(words)


def renumber(q: str, rng: random.Random) -> str | None:
    spots = list(re.finditer(r"\d+", q))
    if not spots:
        return None
    m = rng.choice(spots)
    new = str(int(m.group()) + rng.randint(1, 9))
    return q[: m.start()] + new + q[m.end() :]


def splice(article: str, rng: random.Random) -> str | None:
    sentences = [m.group().strip() for m in re.finditer(r"[^.!?\n]+[.!?]", article)]
    positions, at = [], 0
    for s in sentences:
        positions.append(at)
        at += len(s.split())
    long = [i for i, s in enumerate(sentences) if len(s.split()) >= 10]
    for _ in range(20):
        if len(long) < 2:
            return None
        i, j = sorted(rng.sample(long, 2))
        if positions[j] - positions[i] < 60:
            continue
        a, b = sentences[i].split(), sentences[j].split()
        return " ".join(a[: len(a) // 2] + b[len(b) // 2 :]).rstrip(".!?")
    return None


def folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text).text.lower()))


def build(
    pairs: list[tuple[str, str]], n: int, rng: random.Random
) -> list[tuple[str, str, bool | None, str, str]]:
    """(variant, expected verdict, expected substantive, quote, article) cases."""
    chosen = rng.sample(pairs, min(n, len(pairs)))
    cases: list[tuple[str, str, bool | None, str, str]] = []
    for text, q in chosen:
        variants: list[tuple[str, str, bool | None, str | None]] = [
            ("exact", "verbatim", None, q),
            ("retyped", "verbatim", None, retype(q)),
            ("recased", "normalized", None, recase(q, rng)),
            ("excerpt", "excerpt", None, excerpt(q, rng)),
            ("function_word", "altered", False, swap_function_word(q, rng)),
            ("negation", "altered", True, negate(q, rng)),
            ("name", "altered", True, rename(q, rng)),
            ("number", "altered", True, renumber(q, rng)),
            ("spliced", "spliced", None, splice(text, rng)),
        ]
        other_text, other = rng.choice(pairs)
        if other_text != text and folded(other) not in folded(text):
            variants.append(("other_article", "not_found", None, other))
        for name, want, substantive, variant in variants:
            if variant is not None:
                cases.append((name, want, substantive, variant, text))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--quotes", type=int, default=400, help="real quotations to make variants of")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--show", type=int, default=0, help="print this many mistakes per variant (not saved)"
    )
    ns = parser.parse_args()
    if not Path(ns.data).is_file():
        print(
            "measure_verify.py: needs an annotated corpus in the format of docs/evaluation.md;"
            f" {ns.data} is not there (give its place with --data)",
            file=sys.stderr,
        )
        return 2
    rng = random.Random(ns.seed)
    cases = build(load_quotes(ns.data, 8), ns.quotes, rng)
    prepared: dict[str, Source] = {}
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_variant: dict[str, list[bool]] = defaultdict(list)
    subst_right = subst_total = 0
    confusion: Counter[tuple[str, str]] = Counter()
    mistakes: dict[str, list[str]] = defaultdict(list)
    t0 = time.perf_counter()
    for name, want, substantive, quote, text in cases:
        source = prepared.get(text)
        if source is None:
            source = prepared[text] = Source.from_text(text, name="article")
        v = verify(quote, source)
        ok = v.verdict == want
        total[want] += 1
        right[want] += ok
        by_variant[name].append(ok)
        confusion[(want, v.verdict)] += 1
        if want == "altered":
            subst_total += 1
            subst_right += v.substantive is substantive
            ok = ok and v.substantive is substantive
        if not ok and len(mistakes[name]) < ns.show:
            mistakes[name].append(f"  [{v.verdict} subst={v.substantive}] {quote[:150]!r} :: {v.reasons[:2]}")
    elapsed = time.perf_counter() - t0
    n = sum(total.values())
    print(f"{n} cases from {ns.quotes} quotations, {len(prepared)} articles, {elapsed:.1f}s")
    print(f"overall accuracy {sum(right.values()) / n:.3f}")
    print("per expected verdict:")
    for verdict in ("verbatim", "normalized", "excerpt", "altered", "spliced", "not_found"):
        if total[verdict]:
            print(
                f"  {verdict:<11} {right[verdict] / total[verdict]:.3f}  ({right[verdict]}/{total[verdict]})"
            )
    print(
        f"substantive flag on altered quotes {subst_right / subst_total:.3f}  ({subst_right}/{subst_total})"
    )
    print("per variant:")
    for name, oks in by_variant.items():
        print(f"  {name:<14} {sum(oks) / len(oks):.3f}  ({sum(oks)}/{len(oks)})")
    wrong = [(k, c) for k, c in confusion.most_common() if k[0] != k[1]]
    if wrong:
        print("confusions (expected -> got): " + ", ".join(f"{a}->{b} {c}" for (a, b), c in wrong))
    for name, lines in mistakes.items():
        if not lines:
            continue
        print(f"mistakes, {name}:")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
