"""Every corpus document in every format gives the records its text dump gives.

For each document and each fixture format (tools/make_fixtures.py): load the file,
run the extractor, and compare with the run on the `.txt` dump: the same multiset
of (value, unit, year, category, indicator), and, with the gold spans mapped from
the dump's text onto the format's text, the same detection F1 (within 0.01).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import fields, replace
from functools import cache
from pathlib import Path

import pytest

from align import TextAlignment
from pipeline.document import Document
from evaluation.gold import read_gold_file
from pipeline.loaders import load_path
from pipeline.manifest import read_manifest
from pipeline.record import Record

ROOT = Path(__file__).parent.parent
CORPUS, GOLD = ROOT / "corpus", ROOT / "gold"
FIXTURES = Path(__file__).parent / "fixtures" / "formats"
MANIFEST = read_manifest(CORPUS / "manifest.csv")
DOC_IDS = sorted(MANIFEST)
FORMATS = ("docx", "pdf", "html")
F1_TOLERANCE = 0.01


def with_manifest(doc: Document) -> Document:
    """What the file does not say about itself comes from the manifest, as in a batch run."""
    known = MANIFEST[doc.doc_id]
    for name in (f.name for f in fields(known)):
        if getattr(doc.meta, name) is None:
            setattr(doc.meta, name, getattr(known, name))
    return doc


@cache
def text_dump(doc_id: str) -> Document:
    return with_manifest(load_path(CORPUS / f"{doc_id}.txt"))


def gold_records(doc_id: str) -> list[Record]:
    path = GOLD / f"{doc_id}.json"
    if not path.exists():
        pytest.skip(f"no gold for {doc_id} yet")
    return read_gold_file(path).records


def mapped_gold(doc_id: str, doc: Document) -> list[Record]:
    """The gold records with their spans moved onto the format's text."""
    alignment = TextAlignment(text_dump(doc_id).text, doc.text)
    mapped = []
    for record in gold_records(doc_id):
        span = alignment.map_span(record.start, record.end)
        assert span is not None, f"{doc.path}: gold span {record.text!r} at {record.start} not found"
        mapped.append(replace(record, start=span[0], end=span[1], text=doc.text[span[0]:span[1]]))
    return mapped


# -------------------------------------------- loaders and alignment (always run)


def test_alignment_maps_spans_across_layout():
    source = "截至2023年底，全市共有托育机构378家，\n\n托位数2.11万个"
    target = "## 标题\n\n截至2023年底，全市共有\n托育机构378家，托位数2.11\n万个"
    alignment = TextAlignment(source, target)
    start = source.index("378家")
    assert target[slice(*alignment.map_span(start, start + 4))] == "378家"
    start = source.index("2.11万个")
    assert target[slice(*alignment.map_span(start, start + 6))] == "2.11\n万个"
    assert alignment.map_span(0, 0) is None


def test_alignment_refuses_text_the_target_lacks():
    alignment = TextAlignment("新增托位3400个", "新增托位个")
    assert alignment.map_span(4, 9) is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_every_gold_span_is_in_the_format_text(doc_id, fmt):
    doc = load_path(FIXTURES / f"{doc_id}.{fmt}")
    for gold, mapped in zip(gold_records(doc_id), mapped_gold(doc_id, doc)):
        assert "".join(mapped.text.split()) == "".join(gold.text.split())


# ----------------------------------------------- extractor (once it is built)


@pytest.fixture(scope="module")
def extractor():
    try:
        from evaluation.evaluate import score
        from pipeline.run import process_document
    except ImportError:
        pytest.skip("extractor not built yet")
    return process_document, score


@cache
def text_records(doc_id: str) -> tuple[Record, ...]:
    from pipeline.run import process_document

    return tuple(process_document(text_dump(doc_id)))


def record_key(record: Record) -> tuple:
    return round(record.value, 6), record.unit, record.year, record.category, record.indicator


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_format_gives_the_records_of_the_text_dump(extractor, doc_id, fmt):
    process_document, score = extractor
    doc = with_manifest(load_path(FIXTURES / f"{doc_id}.{fmt}"))
    records = process_document(doc)
    expected = text_records(doc_id)
    assert expected, f"{doc_id}: the extractor finds nothing in the dump; nothing to compare"
    missing = Counter(map(record_key, expected)) - Counter(map(record_key, records))
    extra = Counter(map(record_key, records)) - Counter(map(record_key, expected))
    assert not missing and not extra, f"{doc_id}.{fmt}: missing {dict(missing)}, extra {dict(extra)}"

    dump_f1 = score({doc_id: gold_records(doc_id)}, {doc_id: list(expected)}).micro["detection_f1"]
    format_f1 = score({doc_id: mapped_gold(doc_id, doc)}, {doc_id: records}).micro["detection_f1"]
    assert abs(format_f1 - dump_f1) <= F1_TOLERANCE, f"{doc_id}.{fmt}: F1 {format_f1:.3f} vs dump {dump_f1:.3f}"
