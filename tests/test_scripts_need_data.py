"""Scripts that need the evaluation corpus, which is not in the repository, say so in one line and exit 2
when it is absent, rather than dying with a traceback in a fresh clone."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(relative: str) -> ModuleType:
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_measure_grading_without_the_corpus_says_so_in_one_line_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    measure_grading = _load("benchmarks/measure_grading.py")
    assert measure_grading.main(["--eval", str(tmp_path / "absent")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "measure_grading.py: needs an annotated corpus in the format of docs/evaluation.md;"
        f" {tmp_path / 'absent' / 'polnear-dev.jsonl'} is not there (give its place with --eval)\n"
    )


def test_measure_grading_without_its_labels_says_so_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for split in ("dev", "train"):
        (tmp_path / f"polnear-{split}.jsonl").write_text("", encoding="utf-8")
    measure_grading = _load("benchmarks/measure_grading.py")
    assert measure_grading.main(["--eval", str(tmp_path), "--labels", str(tmp_path / "labels.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "labels.json is not there (give its place with --labels)" in err


def test_sample_grading_passages_without_the_corpus_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = _load("benchmarks/sample_grading_passages.py")
    assert sample.main(["--eval", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(
        "sample_grading_passages.py: needs an annotated corpus in the format of docs/evaluation.md"
    )


@pytest.mark.parametrize(
    ("script", "args"),
    [
        ("scripts/measure_verify.py", ["--data", "absent.jsonl"]),
        ("benchmarks/bench_extract.py", ["--corpus", "news", "--eval-file", "absent.jsonl"]),
    ],
)
def test_other_scripts_without_the_corpus_exit_2_with_one_line(
    script: str, args: list[str], tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / script), *args],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "needs an annotated corpus in the format of docs/evaluation.md" in done.stderr
    assert "Traceback" not in done.stderr
