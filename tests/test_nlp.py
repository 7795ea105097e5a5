"""pipeline.load(): the stages as a spaCy Language give the CLI's records, field by field."""
from pathlib import Path

import pytest
import spacy

import pipeline
from extractors.statistical import mark_sources
from pipeline.run import combined_backups
from pipeline.loaders import load_path
from pipeline.manifest import read_manifest
from pipeline.nlp import QUANTITY_FIELDS, make_doc, record_of
from pipeline.record import RECORD_FIELDS
from pipeline.run import RULES, analyse

ROOT = Path(__file__).parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
METAS = read_manifest(ROOT / "corpus" / "manifest.csv")


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def corpus_document(path: Path):
    document = load_path(path)
    document.meta = METAS[document.doc_id]
    return document


def test_the_pipeline_is_blank_chinese_with_one_component_per_stage(nlp):
    assert nlp.lang == "zh"
    assert nlp.pipe_names == ["minsheng_document", "minsheng_sentences", "minsheng_times", "minsheng_quantities"]
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "char"


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_quantity_spans_are_the_cli_records_field_by_field(nlp, path):
    document = corpus_document(path)
    doc = nlp(make_doc(nlp, document))
    expected = mark_sources(analyse(document, backups=combined_backups())[0])
    spans = list(doc.spans["quantities"])
    assert len(spans) == len(expected) > 0
    for span, record in zip(spans, expected):
        assert (span.start_char, span.end_char, span.text) == (record.start, record.end, record.text)
        for name in RECORD_FIELDS:
            assert getattr(span._, name) == getattr(record, name), (record.text, name)
        assert span._.category_source == record.extra["category_source"]
        assert record_of(span) == record


def test_rules_only_pipeline_gives_the_rules_records(nlp):
    document = corpus_document(ROOT / "corpus" / "002_4328cf5303d8d476.txt")
    rules_nlp = pipeline.nlp.load(backups="rules")
    doc = rules_nlp(make_doc(rules_nlp, document))
    expected = analyse(document, backups=RULES)[0]
    assert [record_of(span) for span in doc.spans["quantities"]] == expected
    # the rules pipeline asks no model: the topic lexicon is its one backup
    assert {span._.category_source for span in doc.spans["quantities"]} == {"document", "rules", "topic"}
    # with the models, a category the document assigns stays; where it is silent, the lexicon
    # (lexicon first) or the classifier speaks, and says which
    combined = nlp(make_doc(nlp, document))
    sources = {(span.start_char, span.end_char): span._.category_source for span in combined.spans["quantities"]}
    assert set(sources.values()) <= {"document", "rules", "topic", "textcat", "unsure"}
    assert all(sources[(r.start, r.end)] == "document" for r in expected if r.extra["category_source"] == "document")


def test_a_sentence_of_text_gives_quantities_times_and_their_year(nlp):
    doc = nlp("截至2023年底，全市共有托育机构378家，今年新增幼儿园学位6000个。")
    quantities = doc.spans["quantities"]
    assert [(q.text, q._.value, q._.unit, q._.year, q._.indicator) for q in quantities] == [
        ("378家", 378, "家", 2023, "托育机构"), ("6000个", 6000, "个", 2023, "幼儿园学位")]
    # the text's only year is the document year, so 今年 is 2023 too
    assert doc._.doc_year == 2023
    assert [(t.text, t._.year, t._.relative) for t in doc.spans["times"]] == [("2023年", 2023, None), ("今年", 2023, "今年")]
    assert [s.text for s in doc.spans["sentences"]] == [doc.text]


def test_sentences_carry_the_category_their_heading_assigns(nlp):
    document = corpus_document(ROOT / "corpus" / "001_e48e72fc4dd62ba5.txt")
    doc = nlp(make_doc(nlp, document))
    sentence = next(s for s in doc.spans["sentences"] if s.text == "幼儿园新增普惠托班数176个、新增托位数3400个。")
    assert (sentence._.category, sentence._.category_source) == ("常有善育", "document")
    assert sentence._.value is None          # a sentence is not a record
    inside = [q.text for q in doc.spans["quantities"] if sentence.start_char <= q.start_char < sentence.end_char]
    assert inside == ["176个", "3400个"]


def test_a_sentence_and_a_figure_with_the_same_offsets_keep_their_own_fields(nlp):
    doc = nlp("3400个")
    (sentence,), (figure,) = doc.spans["sentences"], doc.spans["quantities"]
    assert (sentence.start_char, sentence.end_char) == (figure.start_char, figure.end_char)
    assert (sentence._.value, figure._.value) == (None, 3400)
    assert sentence._.sent_id == 0 and figure._.sent_id == 0


def test_every_record_field_is_a_span_extension():
    assert set(RECORD_FIELDS) <= set(QUANTITY_FIELDS)
    assert all(spacy.tokens.Span.has_extension(name) for name in QUANTITY_FIELDS)


def test_the_pipeline_saves_and_loads_like_any_spacy_pipeline(nlp, tmp_path):
    nlp.to_disk(tmp_path / "minsheng")
    reloaded = spacy.load(tmp_path / "minsheng")
    assert reloaded.pipe_names == nlp.pipe_names
    text = "今年新增幼儿园学位6000个。"
    again, first = reloaded(text), nlp(text)
    assert [record_of(q) for q in again.spans["quantities"]] == [record_of(q) for q in first.spans["quantities"]]


def test_an_unknown_backup_is_one_clear_error():
    with pytest.raises(ValueError, match="backups must be 'statistical' or 'rules', not 'neural'"):
        pipeline.nlp.load(backups="neural")
