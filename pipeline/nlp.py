"""The pipeline as a spaCy `Language` (`pipeline.load()`), for NLP users to load, extend and train.

    nlp = pipeline.load()                       # blank Chinese, character tokens, no download
    doc = nlp("2023年新增幼儿园学位6000个。")      # or nlp(make_doc(nlp, document)) for a Document
    for span in doc.spans["quantities"]:
        span._.value, span._.unit, span._.year, span._.category, span._.indicator

The components are the stages of pipeline/run.py, registered with `@Language.factory`
and assembled from PIPELINE_CONFIG:

    minsheng_document    prepare: clean view, structure, document year   → doc._.prepared, doc._.doc_year
    minsheng_sentences   sentences with their category                   → doc.spans["sentences"]
    minsheng_times       time expressions with the year they resolve to  → doc.spans["times"]
    minsheng_quantities  the records (`records_of`)                      → doc.spans["quantities"], doc._.records

They call the same functions as `minsheng extract`, so the records are the same. Every
record field is a `Span` extension; the values live in `doc.user_data` keyed by the span's
label and offsets, so a sentence and a figure with the same offsets never share fields.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors import MODELS_DIR
from extractors.statistical import STATISTICAL, backup_source, mark_sources, shared_models
from extractors.times import find_times

from .document import Document
from .record import RECORD_FIELDS, Record
from .run import RULES, Backups, combined_backups, records_of
from .years import Prepared, prepare, sentences
from .sentences import Sentence

SENTENCE, TIME, QUANTITY = "sentence", "time", "quantity"

#: The pipeline, spaCy style. `backups` is "statistical" (rules, then the trained models
#: of `models`; an empty path means the shipped extractors/models) or "rules".
PIPELINE_CONFIG = """
[nlp]
lang = "zh"
pipeline = ["minsheng_document", "minsheng_sentences", "minsheng_times", "minsheng_quantities"]

[nlp.tokenizer]
@tokenizers = "spacy.zh.ChineseTokenizer"
segmenter = "char"

[components]

[components.minsheng_document]
factory = "minsheng_document"

[components.minsheng_sentences]
factory = "minsheng_sentences"
backups = "statistical"
models = ""

[components.minsheng_times]
factory = "minsheng_times"

[components.minsheng_quantities]
factory = "minsheng_quantities"
backups = "statistical"
models = ""
"""

#: Fields shown on sentence, time and quantity spans besides the record fields.
SENTENCE_FIELDS = ("sent_id", "category", "category_source", "block", "heading")
TIME_FIELDS = ("year", "relative")
QUANTITY_FIELDS = (*RECORD_FIELDS, "category_source")
_STORE = "minsheng.fields"


def load(backups: str = "statistical", models: str | Path = "") -> Language:
    """The pipeline from PIPELINE_CONFIG, with `backups` ("statistical" or "rules")."""
    from spacy.lang.zh import Chinese
    from thinc.api import Config

    config = Config().from_str(PIPELINE_CONFIG)
    for name in ("minsheng_sentences", "minsheng_quantities"):
        config["components"][name].update(backups=backups, models=str(models))
    return Chinese.from_config(config)


def make_doc(nlp: Language, document: Document) -> Doc:
    """A Doc of the document's text that carries the document (metadata, layout) along;
    `nlp(make_doc(nlp, document))` runs the pipeline on it."""
    doc = nlp.make_doc(document.text)
    doc._.document = document
    return doc


# ------------------------------------------------------------------ extensions

def _fields(span: Span) -> dict[str, Any]:
    return span.doc.user_data.get(_STORE, {}).get((span.label_, span.start_char, span.end_char), {})


def _getter(name: str) -> Callable[[Span], Any]:
    return lambda span: _fields(span).get(name)


def _register_extensions() -> None:
    for name in ("document", "prepared", "doc_year", "doc_year_source", "records"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in dict.fromkeys((*SENTENCE_FIELDS, *TIME_FIELDS, *QUANTITY_FIELDS)):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_getter(name))


_register_extensions()


def _prepared(doc: Doc) -> Prepared:
    if doc._.prepared is None:
        raise ValueError("minsheng_document must run before the other minsheng components")
    return doc._.prepared


def _backups(name: str, models: str) -> Backups:
    if name == "rules":
        return RULES
    if name == "statistical":
        return combined_backups(shared_models(Path(models) if models else MODELS_DIR))
    raise ValueError(f"backups must be 'statistical' or 'rules', not {name!r}")


def _source(source: str, sentence: str) -> str:
    """The backup's name, with the model that spoke named as on records (`mark_sources`)."""
    return backup_source(sentence) if source == STATISTICAL else source


def _original(prepared: Prepared, start: int, end: int) -> tuple[int, int]:
    return prepared.clean.offsets.span_to_original(start, end)


# ------------------------------------------------------------------ components

@Language.factory("minsheng_document")
def document_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def prepare_doc(doc: Doc) -> Doc:
        document = doc._.document or Document(doc_id="text", text=doc.text)
        if document.text != doc.text:
            raise ValueError(f"{document.doc_id}: the Doc's text is not the document's text; use make_doc")
        prepared = prepare(document)
        doc._.prepared = prepared
        doc._.doc_year, doc._.doc_year_source = prepared.info.doc_year, prepared.info.doc_year_source
        return doc
    return prepare_doc


@Language.factory("minsheng_sentences", default_config={"backups": "statistical", "models": ""})
def sentences_component(nlp: Language, name: str, backups: str, models: str) -> Callable[[Doc], Doc]:
    chosen = _backups(backups, models)
    return lambda doc: _span_group(doc, "sentences", SENTENCE, _sentence_spans(_prepared(doc), chosen))


@Language.factory("minsheng_times")
def times_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return lambda doc: _span_group(doc, "times", TIME, _time_spans(_prepared(doc)))


@Language.factory("minsheng_quantities", default_config={"backups": "statistical", "models": ""})
def quantities_component(nlp: Language, name: str, backups: str, models: str) -> Callable[[Doc], Doc]:
    chosen = _backups(backups, models)

    def add_quantities(doc: Doc) -> Doc:
        doc._.records = mark_sources(records_of(_prepared(doc), chosen))
        return _span_group(doc, "quantities", QUANTITY, _quantity_spans(doc._.records))
    return add_quantities


Found = Iterable[tuple[int, int, dict[str, Any]]]     # original start, end, the span's fields


def _span_group(doc: Doc, group: str, label: str, found: Found) -> Doc:
    doc.spans[group] = []
    store = doc.user_data.setdefault(_STORE, {})
    for start, end, fields in found:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        doc.spans[group].append(span)
        store[(label, span.start_char, span.end_char)] = fields
    return doc


def _sentence_spans(prepared: Prepared, backups: Backups) -> Found:
    for sentence in sentences(prepared):
        category, source = _sentence_category(sentence, backups)
        yield (*_original(prepared, sentence.start, sentence.end),
               {"sent_id": sentence.sent_id, "category": category, "category_source": source,
                "block": sentence.block.kind, "heading": sentence.block.context.heading})


def _sentence_category(sentence: Sentence, backups: Backups) -> tuple[str, str]:
    """The category the sentence's heading or table group assigns, else the backup's for its words."""
    assigned = sentence.block.context.category
    if assigned:
        return assigned, "document"
    return backups.category(sentence.text, ""), _source(backups.name, sentence.text)


def _time_spans(prepared: Prepared) -> Found:
    for sentence in sentences(prepared):
        years = prepared.info.years
        context_year = sentence.block.context.section_year or years.subject
        for time in find_times(sentence.text):
            yield (*_original(prepared, sentence.start + time.start, sentence.start + time.end),
                   {"year": time.resolve(years.written, context_year, years.period_end, years.written_month),
                    "relative": time.relative})


def _quantity_spans(records: list[Record]) -> Found:
    for record in records:
        fields = {name: getattr(record, name) for name in RECORD_FIELDS}
        yield record.start, record.end, fields | {"category_source": record.extra.get("category_source"),
                                                  "extra": record.extra}


def record_of(span: Span) -> Record:
    """A quantity span back as a Record (the CLI's record, field for field)."""
    fields = _fields(span)
    return Record(**{name: fields.get(name) for name in RECORD_FIELDS}, extra=dict(fields.get("extra", {})))
