"""Cost per document is linear in its length (issue 12): a yearbook or a long work report
is one document. Asserted as a ratio of CPU times of two sizes, never as a wall time, so a
loaded machine changes both sides alike; each side is timed at its best of a few runs."""
from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.document import Document, SourceSpan
from pipeline.record import Record
from pipeline.run import borrow_across_figures, process_document
from pipeline.years import prepare
from pipeline.sentences import split_sentences

CORPUS = Path(__file__).parent.parent / "corpus"


def cpu_seconds(work: Callable[[], object], repeat: int = 3) -> float:
    """The best of `repeat` CPU times of `work()`, the cyclic collector paused (its passes
    grow with the heap of the whole test session, not with the work measured)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def corpus_text(copies: int) -> str:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return "\n\n".join([text] * copies)


def test_whole_document_cost_grows_linearly_with_its_length():
    small, large = Document("small", corpus_text(4)), Document("large", corpus_text(32))
    process_document(Document("warm", corpus_text(1)))    # jieba's dictionaries, lazy tables
    ratio = cpu_seconds(lambda: process_document(Document("large", large.text)), repeat=2) \
        / cpu_seconds(lambda: process_document(Document("small", small.text)))
    # 8× the text: linear gives about 8; the quadratic borrowing it replaced gave 16
    assert ratio < 12, f"8× the text cost {ratio:.1f}× the time"


def test_borrowing_across_figures_is_linear_in_the_number_of_figures():
    """The figures of a long document, each alone in its sentence, with no twin and no whole:
    the case in which the old backward scan went through every earlier figure."""
    prepared = prepare(Document("x", corpus_text(8)))
    sentences = list(split_sentences(prepared.blocks, prepared.clean.text))

    def found(n: int) -> list[tuple[Record, object]]:
        return [(Record(start=i, end=i + 1, text="1", value=float(i), unit="个", indicator="学位"),
                 sentences[i % len(sentences)]) for i in range(n)]

    small, large = found(8_000), found(64_000)
    ratio = cpu_seconds(lambda: borrow_across_figures(large)) / cpu_seconds(lambda: borrow_across_figures(small))
    assert ratio < 24, f"8× the figures cost {ratio:.1f}× the time"   # linear: about 8; quadratic: about 64


def test_locating_a_figure_in_a_long_original_is_linear():
    """Every record of a PDF or Word original asks where its offset came from."""
    def locate_all(spans: int) -> None:
        doc = Document("x", "字" * spans * 10, source_map=[SourceSpan(i * 10, i * 10 + 10, f"paragraph {i}")
                                                          for i in range(spans)])
        assert [doc.locate(i * 10 + 5) for i in range(spans)][-1] == f"paragraph {spans - 1}"

    ratio = cpu_seconds(lambda: locate_all(16_000)) / cpu_seconds(lambda: locate_all(2_000))
    assert ratio < 24, f"8× the paragraphs cost {ratio:.1f}× the time"   # linear: about 8; quadratic: about 64
