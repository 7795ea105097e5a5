"""Throughput and memory of minsheng on a synthetic archive made from the corpus (`make bench`).

The archive: documents that recombine the paragraphs and table rows of the five corpus
documents, with every Arabic number replaced by a fresh random number of the same length
(fixed seed), so that no cache (jieba's segmentation, the resolver's) has seen a window
before and flatters the figure. It prints, in one run:

- `minsheng extract` end to end (a fresh process: imports, loading, extraction, every
  output) with 1, 2 and all workers: characters/s, per worker, per CPU-second, speed-up;
- the peak memory of the whole process tree on the archive and on one ten times its size;
- on a sample of the same text, Microsoft Recognizers-Text's Chinese number-with-unit
  models and chinese2digits, installed in a virtual environment of the bench's own
  (benchmarks/.venv-ref, never in minsheng's dependencies), against minsheng's extraction;
- each figure against the target of issue 12.

    .venv/bin/python benchmarks/bench.py [--chars 5000000] [--scale 10] [--seed 0] [--reference-chars 100000]

It asserts nothing: it is a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
BENCH = Path(__file__).resolve().parent
REFERENCE_VENV = BENCH / ".venv-ref"
#: The reference tools, in their own environment; recognizers-text 1.0.2a2 imports
#: emoji.UNICODE_EMOJI, which emoji 2 removed.
REFERENCE_PACKAGES = ["recognizers-text-suite==1.0.2a2", "chinese2digits", "emoji<2"]

#: The targets of issue 12.
TARGET_CHARS_PER_WORKER = 500_000
TARGET_SPEED_UP = 1.8
TARGET_MEMORY_RATIO = 1.2
TARGET_REFERENCE_RATIO = 50

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
class Run:
    workers: int
    chars: int
    records: int
    seconds: float        # wall clock, Python start-up included
    cpu_seconds: float    # user + system of the run and its worker processes
    peak_mib: float       # peak memory (PSS) of the run and its workers together

    @property
    def rate(self) -> float:
        return self.chars / self.seconds


class TreeWatch:
    """The peak of the summed memory of a process and its descendants, and their CPU time,
    polled (pool workers are the forkserver's children, whom no rusage reaches). Memory is
    the proportional set size: a page the workers share with the forkserver that forked
    them (the language data) counts once, split among them, not once per process."""

    def __init__(self, pid: int, interval: float = 0.05, memory: bool = True):
        import psutil

        self.process, self.peak, self.interval, self.memory = psutil.Process(pid), 0, interval, memory
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                if self.memory:
                    self.peak = max(self.peak, sum(p.memory_full_info().pss for p in tree))
                for p in tree:
                    times = p.cpu_times()
                    self.cpu[p.pid] = times.user + times.system
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def stop(self) -> tuple[float, float]:
        """(peak MiB, CPU seconds of every process of the tree, as last seen: the last
        interval of each is missed, some 0.05 s)."""
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20, sum(self.cpu.values())


def run_extract(archive: Path, out: Path, workers: int, memory: bool = True) -> Run:
    """`minsheng extract ARCHIVE -o OUT -j WORKERS` in a process of its own; its peak
    memory only with `memory` (0 without): reading every process's smaps 20 times a second
    costs most of a core, which the workers need when they fill both, so the runs that time
    the speed-up do not watch memory."""
    command = [sys.executable, "-m", "minsheng", "extract", str(archive), "-o", str(out), "--quiet", "-j", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT)
    watch = TreeWatch(process.pid, memory=memory)
    process.wait()
    seconds = time.perf_counter() - started
    peak, cpu = watch.stop()
    chars, records = _totals(out)
    return Run(workers, chars, records, seconds, cpu, peak)


def _totals(out: Path) -> tuple[int, int]:
    import duckdb

    with duckdb.connect(str(out / "minsheng.duckdb"), read_only=True) as con:
        chars, records = con.execute("SELECT sum(chars), sum(n_records) FROM documents").fetchone()
    return int(chars), int(records)


# ----------------------------------------------------------- the reference points


def sample(archive: Path, chars: int) -> list[Path]:
    """The first documents of the archive, up to `chars` characters."""
    chosen, total = [], 0
    for path in sorted(archive.glob("*.txt")):
        if total >= chars:
            break
        chosen.append(path)
        total += len(path.read_text(encoding="utf-8"))
    return chosen


def minsheng_on(paths: list[Path]) -> dict:
    """minsheng's extraction on the sample, in this process, after a warm-up: CPU seconds."""
    from pipeline.batch import warm_up
    from pipeline.loaders import load_path
    from pipeline.run import process_document

    warm_up()
    documents = [load_path(p) for p in paths]
    started = time.process_time()
    found = sum(len(process_document(doc)) for doc in documents)
    return {"chars": sum(len(d.text) for d in documents), "seconds": time.process_time() - started, "found": found}


def reference_python() -> Path | None:
    """benchmarks/.venv-ref/bin/python, created on first use; None when it cannot be installed."""
    python = REFERENCE_VENV / "bin" / "python"
    if not python.exists():
        print(f"creating {REFERENCE_VENV.relative_to(ROOT)} for the reference tools …", file=sys.stderr)
        try:
            subprocess.run([sys.executable, "-m", "venv", str(REFERENCE_VENV)], check=True)
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", *REFERENCE_PACKAGES], check=True)
        except subprocess.CalledProcessError as exc:
            print(f"reference tools skipped: {exc}", file=sys.stderr)
            return None
    return python


def reference_on(paths: list[Path]) -> dict | None:
    python = reference_python()
    if python is None:
        return None
    result = subprocess.run([str(python), str(BENCH / "reference.py"), *map(str, paths)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


# ----------------------------------------------------------------- report


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def print_report(archive: tuple[int, int], large: tuple[int, int], runs: list[Run], large_run: Run,
                 small_run: Run, mine: dict, reference: dict | None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, width=150)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    console.print(f"synthetic archive: {archive[0]:,} documents, {archive[1]:,} characters; ×{large[1] / archive[1]:.0f}: "
                  f"{large[0]:,} documents, {large[1]:,} characters. Python {sys.version.split()[0]}, "
                  f"{os.cpu_count()} cores, load average {load} (other work on the machine slows the wall clock)")
    table = Table(title="minsheng extract, end to end", show_header=True)
    for column in ("workers", "characters", "records", "seconds", "chars/s", "chars/s per worker", "chars / CPU-s",
                   "speed-up", "peak MiB"):
        table.add_column(column, justify="right")
    one = runs[0]
    for run in runs:
        table.add_row(str(run.workers), f"{run.chars:,}", f"{run.records:,}", f"{run.seconds:.1f}", f"{run.rate:,.0f}",
                      f"{run.rate / run.workers:,.0f}", f"{run.chars / run.cpu_seconds:,.0f}",
                      f"{run.rate / one.rate:.2f}×", "")
    for label, run in ((f"{small_run.workers} (memory watched)", small_run), (f"{large_run.workers} (×10)", large_run)):
        table.add_row(label, f"{run.chars:,}", f"{run.records:,}", f"{run.seconds:.1f}", f"{run.rate:,.0f}",
                      f"{run.rate / run.workers:,.0f}", f"{run.chars / run.cpu_seconds:,.0f}", "", f"{run.peak_mib:,.0f}")
    console.print(table)

    targets = Table(title="against the targets of issue 12", show_header=True)
    for column in ("", "measured", "target", ""):
        targets.add_column(column)
    best_per_worker = max(run.rate / run.workers for run in runs)
    per_cpu = one.chars / one.cpu_seconds
    two = next((run for run in runs if run.workers == 2), None)
    memory_ratio = large_run.peak_mib / small_run.peak_mib
    targets.add_row("characters/s per worker (wall)", f"{best_per_worker:,.0f}", f"≥ {TARGET_CHARS_PER_WORKER:,}",
                    verdict(best_per_worker >= TARGET_CHARS_PER_WORKER))
    targets.add_row("characters per CPU-second, 1 worker", f"{per_cpu:,.0f}", f"≥ {TARGET_CHARS_PER_WORKER:,}",
                    verdict(per_cpu >= TARGET_CHARS_PER_WORKER))
    if two is not None:
        targets.add_row("speed-up from 1 to 2 workers", f"{two.rate / one.rate:.2f}×", f"≥ {TARGET_SPEED_UP}×",
                        verdict(two.rate / one.rate >= TARGET_SPEED_UP))
    targets.add_row(f"peak memory ×10 archive / archive ({large_run.workers} workers)", f"{memory_ratio:.2f}",
                    f"≤ {TARGET_MEMORY_RATIO}", verdict(memory_ratio <= TARGET_MEMORY_RATIO))
    mine_rate = mine["chars"] / mine["seconds"]
    if reference is not None:
        for name, measured in reference.items():
            rate = measured["chars"] / measured["seconds"]
            targets.add_row(f"minsheng / {name} (chars per CPU-s, {measured['chars']:,} chars; "
                            f"{measured['found']:,} vs {mine['found']:,} found)",
                            f"{mine_rate / rate:,.1f}× ({rate:,.0f} chars/s)",
                            f"≥ {TARGET_REFERENCE_RATIO}×" if name.startswith("Recognizers") else "reference",
                            verdict(mine_rate / rate >= TARGET_REFERENCE_RATIO) if name.startswith("Recognizers") else "")
    console.print(targets)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=5_000_000, help="size of the synthetic archive in characters")
    parser.add_argument("--scale", type=int, default=10, help="the larger archive is this many times the first")
    parser.add_argument("--seed", type=int, default=0, help="seed of the recombination and the numbers")
    parser.add_argument("--reference-chars", type=int, default=100_000,
                        help="characters of the sample the reference tools (slow) and minsheng both read")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the memory step: the archive and the ×scale one with all workers, memory watched")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="minsheng-bench-") as tmp:
        archive, large = Path(tmp) / "archive", Path(tmp) / "large"
        shape = build_archive(archive, args.chars, args.seed)
        if args.memory_only:
            memory_step(archive, large, Path(tmp), args, cores)
            return
        runs = [run_extract(archive, Path(tmp) / f"out{n}", n, memory=False) for n in sorted({1, 2, cores})]
        small_run = run_extract(archive, Path(tmp) / "out-memory", cores)
        paths = sample(archive, args.reference_chars)
        mine, reference = minsheng_on(paths), reference_on(paths)
        large_shape = build_archive(large, args.chars * args.scale, args.seed)
        large_run = run_extract(large, Path(tmp) / "out-large", cores)
    print_report(shape, large_shape, runs, large_run, small_run, mine, reference)


def memory_step(archive: Path, large: Path, tmp: Path, args: argparse.Namespace, workers: int) -> None:
    """The bench's memory step alone (`--memory-only`): the peak of the archive and of the
    ×scale one, as the full bench measures them, and their ratio."""
    small_run = run_extract(archive, tmp / "out-memory", workers)
    build_archive(large, args.chars * args.scale, args.seed)
    large_run = run_extract(large, tmp / "out-large", workers)
    print(f"peak MiB with {workers} workers: {small_run.peak_mib:,.1f} ({small_run.chars:,} characters), "
          f"{large_run.peak_mib:,.1f} (×{args.scale}: {large_run.chars:,}); ratio {large_run.peak_mib / small_run.peak_mib:.2f} "
          f"(≤ {TARGET_MEMORY_RATIO}); load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))   # run as a script from anywhere, without the package installed
    main()
