"""Throughput and memory of minsheng on a synthetic archive made from the corpus (`make bench`).

The archive: documents that recombine the paragraphs and table rows of the five corpus
documents, with every Arabic number replaced by a fresh random number of the same length
(fixed seed), so that no cache (jieba's segmentation, the resolver's) has seen a window
before and flatters the figure. Each measurement runs in a fresh interpreter of its own,
so its peak memory is its own and nothing is warm from the other.

    .venv/bin/python benchmarks/bench.py [--chars 5000000] [--seed 0]

It asserts nothing: it is a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

#: Share of a template's paragraphs and rows swapped for others: documents differ, shapes stay real.
SWAP_SHARE = 0.5
_BLOCK_BREAK = re.compile(r"\n{2,}")
_DIGITS = re.compile(r"[0-9]+")


# ------------------------------------------------------------- the archive


@dataclass
class Template:
    """A corpus document cut at blank lines: paragraphs, table rows (start with a tab) and the rest."""
    blocks: list[str]

    @property
    def rows(self) -> list[str]:
        return [b for b in self.blocks if is_row(b)]


def is_row(block: str) -> bool:
    return block.startswith("\t")


def is_paragraph(block: str) -> bool:
    # Headings (#) and blocks mixing a line with a table header stay where the template has them.
    return not block.startswith("#") and "\t" not in block


def read_templates(corpus: Path) -> list[Template]:
    return [Template([b for b in _BLOCK_BREAK.split(p.read_text(encoding="utf-8")) if b.strip()])
            for p in sorted(corpus.glob("*.txt"))]


def fresh_numbers(text: str, rng: random.Random) -> str:
    """Every run of Arabic digits → random digits of the same length; a leading 0 stays 0, others stay non-zero."""
    def replace(match: re.Match) -> str:
        digits = match.group()
        first = "0" if digits[0] == "0" else str(rng.randint(1, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])
    return _DIGITS.sub(replace, text)


def synthetic_document(templates: list[Template], paragraphs: list[str], rng: random.Random) -> str:
    """A template with some paragraphs taken from any corpus document and some rows from its own tables."""
    template = rng.choice(templates)
    rows = template.rows
    blocks = []
    for block in template.blocks:
        if rng.random() < SWAP_SHARE:
            if is_row(block):
                block = rng.choice(rows)      # rows of one table only: the columns keep their meaning
            elif is_paragraph(block):
                block = rng.choice(paragraphs)
        blocks.append(block)
    return fresh_numbers("\n\n".join(blocks) + "\n", rng)


def build_archive(folder: Path, chars: int, seed: int) -> tuple[int, int]:
    """Write synthetic .txt documents into `folder` until they hold `chars` characters; (documents, chars)."""
    rng = random.Random(seed)
    templates = read_templates(CORPUS)
    paragraphs = [b for t in templates for b in t.blocks if is_paragraph(b)]
    folder.mkdir(parents=True, exist_ok=True)
    written = count = 0
    while written < chars:
        text = synthetic_document(templates, paragraphs, rng)
        (folder / f"synthetic_{count:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text)
        count += 1
    return count, written


# ----------------------------------------------------------- measurements


@dataclass
class Measure:
    name: str
    description: str
    chars: int
    records: int
    failed: int
    seconds: float        # wall clock
    cpu_seconds: float    # user + system, every thread of the process
    peak_mib: float       # peak resident memory of the process
    import_seconds: float | None = None   # one-off costs included in `seconds`, when they are
    jieba_seconds: float | None = None


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux: KiB


def _load_jieba() -> float:
    """Load jieba's word and tag dictionaries now; the seconds it took."""
    import jieba

    from extractors.segment import tag

    started = time.perf_counter()
    jieba.initialize()
    tag("民生")
    return time.perf_counter() - started


def measure_extraction(folder: Path) -> Measure:
    """Extraction alone: imports, jieba and loading done before the clock starts; one process."""
    from pipeline.loaders import load_path
    from pipeline.run import process_document

    _load_jieba()
    documents = [load_path(p) for p in sorted(folder.glob("*.txt"))]
    wall, cpu = time.perf_counter(), time.process_time()
    records = sum(len(process_document(doc)) for doc in documents)
    return Measure("extraction only",
                   "pipeline.run.process_document on documents already loaded, jieba already loaded, one process",
                   sum(len(d.text) for d in documents), records, 0,
                   time.perf_counter() - wall, time.process_time() - cpu, _peak_mib())


def measure_end_to_end(folder: Path, out: Path) -> Measure:
    """`minsheng extract FOLDER -o OUT` in a fresh interpreter, from its first import to the last file moved."""
    wall, cpu = time.perf_counter(), time.process_time()
    from minsheng.cli import app
    from pipeline.run import process_document  # noqa: F401  (the extractor's imports, which the command pays)
    import_seconds = time.perf_counter() - wall
    jieba_seconds = _load_jieba()
    app(["extract", str(folder), "-o", str(out), "--quiet"], standalone_mode=False)
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu

    import duckdb

    with duckdb.connect(str(out / "minsheng.duckdb"), read_only=True) as con:
        chars, records, failed = con.execute(
            "SELECT sum(chars), sum(n_records), count(*) FILTER (status = 'error') FROM documents").fetchone()
    return Measure("end to end",
                   "minsheng extract on the folder of .txt files: imports, jieba's dictionaries, loading, "
                   "extraction and every output (JSONL, CSV, Parquet, DuckDB); Python start-up excluded",
                   int(chars), int(records), int(failed), seconds, cpu_seconds, _peak_mib(),
                   import_seconds, jieba_seconds)


def in_fresh_process(fn: Callable[..., Measure], *args) -> Measure:
    """Run `fn` in a new interpreter: nothing imported or cached, and a peak memory of its own."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


# ----------------------------------------------------------------- report

def _included(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.2f}"


#: Rows of the report: label, and how a measure gives it.
REPORT_ROWS: list[tuple[str, Callable[[Measure], str]]] = [
    ("characters", lambda m: f"{m.chars:,}"),
    ("records", lambda m: f"{m.records:,}"),
    ("documents that failed", lambda m: f"{m.failed:,}"),
    ("seconds (wall)", lambda m: f"{m.seconds:.1f}"),
    ("characters / s", lambda m: f"{m.chars / m.seconds:,.0f}"),
    ("characters / CPU-s (per core)", lambda m: f"{m.chars / m.cpu_seconds:,.0f}"),
    ("records / s", lambda m: f"{m.records / m.seconds:,.0f}"),
    ("peak memory (MiB)", lambda m: f"{m.peak_mib:,.0f}"),
    ("  of which start-up imports (s)", lambda m: _included(m.import_seconds)),
    ("  of which jieba dictionary load (s)", lambda m: _included(m.jieba_seconds)),
]


def print_report(documents: int, chars: int, seed: int, measures: list[Measure]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    console.print(f"synthetic archive: {documents:,} documents, {chars:,} characters, seed {seed}; "
                  f"Python {sys.version.split()[0]}, {multiprocessing.cpu_count()} cores")
    table = Table(show_header=True)
    table.add_column("")
    for m in measures:
        table.add_column(m.name, justify="right")
    for label, cell in REPORT_ROWS:
        table.add_row(label, *(cell(m) for m in measures))
    console.print(table)
    for m in measures:
        console.print(f"{m.name}: {m.description}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=5_000_000, help="size of the synthetic archive in characters")
    parser.add_argument("--seed", type=int, default=0, help="seed of the recombination and the numbers")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="minsheng-bench-") as tmp:
        archive = Path(tmp) / "archive"
        documents, chars = build_archive(archive, args.chars, args.seed)
        measures = [in_fresh_process(measure_extraction, archive),
                    in_fresh_process(measure_end_to_end, archive, Path(tmp) / "out")]
    print_report(documents, chars, args.seed, measures)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))   # run as a script from anywhere, without the package installed
    main()
