"""A coverage-guided fuzz target for quotecheck (atheris, libFuzzer): longer runs than the Hypothesis tests.

    pip install atheris                               # needs clang with libFuzzer; may not build everywhere
    python benchmarks/fuzz_atheris.py -max_total_time=600 [CORPUS_DIR]

Each input is arbitrary bytes: decoded as quotecheck decodes a file (``errors="replace"``, so every input
reaches the analysis), analysed, and its report checked: every span round-trips to the decoded text and the
JSON form serializes.  The first half of the bytes is also verified as a quotation against the second half
as a source.  Anything raised other than a ``QuotecheckError``, or a span that does not round-trip, is a
crash libFuzzer saves for replay.  Without atheris installed the script says so and exits 2.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

try:
    import atheris  # type: ignore[import-not-found]
except ImportError:
    atheris = None

# quotecheck's own code is instrumented, so coverage of it guides the search (not all of nltk's)
with atheris.instrument_imports(include=["quotecheck"]) if atheris else contextlib.nullcontext():
    from quotecheck import QuotecheckError, analyze, verify
    from quotecheck.inputs import decode


def check(data: bytes) -> None:
    text = decode(data, errors="replace").text
    report = analyze(text)
    json.dumps(report.to_json(summary=True))
    for s in report.statements:
        for span in (s, *s.segments, *s.quotes):
            if text[span.start : span.end] != span.text:
                raise AssertionError(f"span {span.start}:{span.end} does not round-trip")
    half = len(text) // 2
    quote, source = text[:half], text[half:]
    try:
        v = verify(quote, source)
    except QuotecheckError:
        return
    for passage in (v.passage, *v.pieces):
        if passage is not None and source[passage.start : passage.end] != passage.text:
            raise AssertionError(f"passage {passage.start}:{passage.end} does not round-trip")


def main() -> int:
    if atheris is None:
        print("atheris is not installed: pip install atheris (needs libFuzzer)", file=sys.stderr)
        return 2
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
