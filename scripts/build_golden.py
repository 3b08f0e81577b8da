"""Write the golden annotation files from the annotations in scripts/golden/.

    python scripts/build_golden.py          # write seeds/*.golden.json and tests/golden/*.golden.json
    python scripts/build_golden.py --check  # fail if a file on disk differs from what would be written

Each module in scripts/golden/ is one annotated article (see docs/golden.md).  The seed's text is read from
seeds/ exactly as stored (``newline=""``: no line-ending translation), so every offset is a Python str index
into the file's text.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from golden_spec import build_record  # noqa: E402


def _load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(f"golden_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load annotation module {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def outputs() -> dict[Path, str]:
    out: dict[Path, str] = {}
    for path in sorted((ROOT / "scripts" / "golden").glob("*.py")):
        m = _load(path)
        extra: dict[str, object] = {"expect": m.EXPECT, "exhaustive": m.EXHAUSTIVE}
        source = getattr(m, "SOURCE", None)
        if source is not None:
            with open(ROOT / "seeds" / source, encoding="utf-8", newline="") as f:
                text = f.read()
            record = build_record(m.LABEL, m.COMMENT, text, m.STATEMENTS, source=source, **extra)
            del record["text"]  # the seed's text stays in seeds/, referenced by "source"
            target = ROOT / "seeds" / (Path(source).stem + ".golden.json")
        else:
            record = build_record(m.LABEL, m.COMMENT, m.TEXT, m.STATEMENTS, **extra)
            target = ROOT / "tests" / "golden" / f"{path.stem}.golden.json"
        out[target] = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for target, content in outputs().items():
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != content:
                stale.append(target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    for target in stale:
        print(f"stale: {target.relative_to(ROOT)} (run scripts/build_golden.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
