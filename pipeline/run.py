"""One document through every stage; many documents in a batch.

    Document → clean view → structure (blocks with context) → sentences
             → quantities → year → indicator → category → Records (original offsets)
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from extractors.categories import category_by_topic
from extractors.indicators import find_indicator
from extractors.quantities import Quantity, find_quantities
from extractors.times import document_year, find_times, governing_time

from .document import Document
from .manifest import published_year
from .record import Record
from .sentences import Sentence, split_sentences
from .structure import Block, structure

#: Indicators that name only a ratio: they borrow what it is a ratio of from the
#: figure before them in the sentence (`等级养老机构95家，占比达84.8%`).
_BARE_RATIOS = ("占比", "比例", "比重", "完成率", "覆盖率", "达标率", "建成率", "增幅", "增长率")


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the run learned about a document as a whole."""
    doc_year: int | None
    doc_year_source: str
    title: str | None


def process_document(doc: Document, doc_year: int | None = None) -> list[Record]:
    records, _ = analyse(doc, doc_year)
    return records


def analyse(doc: Document, doc_year: int | None = None) -> tuple[list[Record], DocumentInfo]:
    clean = doc.clean
    blocks = structure(clean.text)
    info = _document_info(doc, blocks, clean.text, doc_year)
    found: list[tuple[Record, Sentence | None]] = []
    for sentence in split_sentences(blocks, clean.text):
        found.extend((r, sentence) for r in _sentence_records(sentence, info.doc_year))
    found.extend(_money_cells(blocks, info.doc_year))
    found.sort(key=lambda pair: pair[0].start)
    records = _borrow_across_figures(found)
    return [_to_original(r, doc, clean) for r in records], info


def _document_info(doc: Document, blocks: list[Block], text: str, override: int | None) -> DocumentInfo:
    title = doc.meta.title or next((b.text for b in blocks if b.kind == "title"), None)
    if override is not None:
        return DocumentInfo(override, "given", title)
    if doc.meta.doc_year is not None:
        return DocumentInfo(doc.meta.doc_year, "given", title)
    titles = [t for t in (doc.meta.title, next((b.text for b in blocks if b.kind == "title"), None)) if t]
    year, source = document_year(" ".join(titles) or None, text, published_year(doc.meta))
    return DocumentInfo(year, source, title)


def _sentence_records(sentence: Sentence, doc_year: int | None) -> list[Record]:
    quantities = find_quantities(sentence.text)
    if not quantities:
        return []
    times = find_times(sentence.text)
    figures = [(q.start, q.end) for q in quantities]
    context = sentence.block.context
    records = []
    for q in quantities:
        indicator = find_indicator(sentence.text, q.start, q.end, figures)
        time = governing_time(sentence.text, times, q.start, q.end)
        year = time.resolve(doc_year, context.section_year) if time else (context.section_year or doc_year)
        category = context.category or category_by_topic(sentence.text, indicator or "")
        records.append(_record(q, sentence, year, category, indicator))
    return records


def _record(q: Quantity, sentence: Sentence, year: int | None, category: str, indicator: str | None) -> Record:
    row = sentence.block.row
    return Record(
        start=sentence.start + q.start, end=sentence.start + q.end, text=q.text,
        value=q.value, value_max=q.value_max, unit=q.unit, qualifier=q.qualifier,
        year=year, category=category, indicator=indicator, per=q.per,
        sent_id=sentence.sent_id, sentence=sentence.text, extractor="rules",
        **_row_fields(row),
        extra={"block": sentence.block.kind},
    )


def _row_fields(row) -> dict:
    if row is None:
        return {}
    return dict(project=row.project, lead_unit=row.lead_unit, partner_units=row.partner_units,
                leader=row.leader, investment=row.investment)


def _money_cells(blocks: list[Block], doc_year: int | None) -> Iterable[tuple[Record, None]]:
    """Bare numbers in a money column (`当年投资` under `单位：亿元`): the header gives the unit."""
    for block in blocks:
        row = block.row
        if row is None or row.money is None or row.investment is None:
            continue
        cell = row.money
        text = cell.text.strip()
        start = cell.start + cell.text.index(text)
        record = Record(
            start=start, end=start + len(text), text=text, value=row.investment, unit="元",
            year=block.context.section_year or doc_year, category=block.context.category,
            indicator=cell.header or None, extractor="table", sentence=text,
            **_row_fields(row), extra={"block": "table_cell"},
        )
        yield record, None


def _borrow_across_figures(found: list[tuple[Record, Sentence | None]]) -> list[Record]:
    """Fields one figure takes from a neighbour:
    - a headline figure box (`1 15.8万人`) is explained by the paragraph under it:
      it takes indicator, category and year from the same figure there;
    - a bare ratio (`占比达84.8%`) names what it is a ratio of after the figure before it;
    - a part (`其中农村22个`) names what it is a part of after the whole before it.
    """
    records = [r for r, _ in found]
    for i, (record, sentence) in enumerate(found):
        if sentence is None:
            continue
        if sentence.block.kind == "figure":
            twin = next((r for r, s in found[i + 1:] if s is not None and s.block is not sentence.block
                         and r.value == record.value and r.unit == record.unit), None)
            if twin is not None:
                records[i] = replace(record, indicator=twin.indicator, category=twin.category, year=twin.year)
            continue
        whole = next((records[j] for j in range(i - 1, -1, -1)
                      if found[j][1] is sentence and records[j].indicator and len(records[j].indicator) > 2
                      and not records[j].extra.get("part")), None)
        if whole is None or not record.indicator:
            continue
        if record.indicator in _BARE_RATIOS:
            records[i] = replace(record, indicator=whole.indicator + record.indicator)
        elif len(record.indicator) <= 2 and "其中" in sentence.text[: record.start - sentence.start]:
            records[i] = replace(record, indicator=record.indicator + whole.indicator, extra={**record.extra, "part": True})
    return records


def _to_original(record: Record, doc: Document, clean) -> Record:
    """Offsets from the cleaned view back into the document text (records are fresh: set in place)."""
    record.start, record.end = clean.offsets.span_to_original(record.start, record.end)
    record.text = doc.text[record.start:record.end]
    record.doc_id = doc.doc_id
    record.source = doc.locate(record.start)
    return record
