"""Training the statistical models, their combination with the rules, and cross-validation."""
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span
from typer.testing import CliRunner

from extractors import MODELS_DIR
from extractors.statistical import (
    FIGURE_CLOSE, FIGURE_OPEN, INDICATOR_LABEL, combined_category, mark_figure, nearest_to_figure,
)
from minsheng.cli import app
from evaluation.train import (
    ABLATIONS, Figure, LabelledSentence, TrainError, _indicator_span, cross_validate, indicator_examples,
    labelled_sentences, model_hashes, read_gold_corpus,
)

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def gold_corpus():
    return read_gold_corpus(ROOT / "gold", ROOT / "corpus")


# ------------------------------------------------------------------ gold → examples

def test_a_task_table_sentence_is_labelled_from_its_gold_records(gold_corpus):
    table = next(item for item in gold_corpus if item.doc_id == "001_e48e72fc4dd62ba5")
    first = labelled_sentences(table)[0]
    # 幼儿园新增普惠托班数|176个|、新增托位数|3400个|。: characters 10–14 and 20–25
    assert first == LabelledSentence(
        "001_e48e72fc4dd62ba5", "幼儿园新增普惠托班数176个、新增托位数3400个。", "常有善育",
        (Figure(10, 14, "普惠托班"), Figure(20, 25, "托位")))


def test_every_gold_record_inside_a_sentence_is_a_figure_of_it(gold_corpus):
    # 471 gold records: the other 47 are money cells of task tables, which are not sentences
    figures = sum(len(s.figures) for item in gold_corpus for s in labelled_sentences(item))
    assert figures == 424


def test_the_indicator_occurrence_nearest_the_figure_is_the_entity():
    text = "我市还新建6个省级儿童关爱之家，目前，全市累计建成32个省级儿童关爱之家。"
    after_32 = text.index("32个") + 3
    assert _indicator_span(text, Figure(text.index("32个"), after_32, "省级儿童关爱之家")) == (after_32, after_32 + 8)
    assert _indicator_span(text, Figure(5, 7, "省级儿童关爱之家")) == (7, 15)
    assert _indicator_span(text, Figure(5, 7, "托育机构")) is None
    assert _indicator_span(text, Figure(5, 7, None)) is None


def test_indicator_examples_mark_the_figure_and_keep_the_entity_on_the_indicator():
    nlp = spacy.blank("zh")
    sentence = LabelledSentence("001", "新建改扩建普惠托育机构10家，创建省级示范性托育机构3家。", "常有善育",
                                (Figure(11, 14, "普惠托育机构"), Figure(26, 28, "省级示范性托育机构"),
                                 Figure(26, 28, "不在句中")))
    examples = indicator_examples(nlp, [sentence])
    assert len(examples) == 2     # the third indicator is not written in the sentence
    first, second = (e.reference for e in examples)
    assert first.text == "新建改扩建普惠托育机构⟦10家⟧，创建省级示范性托育机构3家。"
    assert [(e.text, e.label_) for e in first.ents] == [("普惠托育机构", INDICATOR_LABEL)]
    assert second.text == "新建改扩建普惠托育机构10家，创建省级示范性托育机构⟦3家⟧。"
    assert [e.text for e in second.ents] == ["省级示范性托育机构"]


def test_the_entity_nearest_the_marked_figure_names_it():
    nlp = spacy.blank("zh")
    doc = nlp.make_doc(mark_figure("托育机构378家，新增幼儿园学位6000个", 4, 8))
    assert doc.text == f"托育机构{FIGURE_OPEN}378家{FIGURE_CLOSE}，新增幼儿园学位6000个"
    doc.ents = [Span(doc, 0, 4, label=INDICATOR_LABEL), Span(doc, 13, 18, label=INDICATOR_LABEL)]
    assert nearest_to_figure(doc) == "托育机构"            # 0 characters before vs 3 after
    doc.ents = [Span(doc, 13, 18, label=INDICATOR_LABEL)]
    assert nearest_to_figure(doc) == "幼儿园学位"
    doc.ents = []
    assert nearest_to_figure(doc) is None


def test_a_gold_file_without_its_document_is_one_clear_error(tmp_path):
    (tmp_path / "999_missing.json").write_text('{"doc_id": "999_missing", "doc_year": 2023, "records": []}',
                                              encoding="utf-8")
    with pytest.raises(TrainError, match="no document 999_missing"):
        read_gold_corpus(tmp_path, ROOT / "corpus")


# ---------------------------------------------------------------- combination policy

@dataclass
class FixedTextcat:
    """A stand-in for the trained textcat that is always this sure of one category."""
    category: str
    probability: float

    def category_scores(self, sentence: str) -> dict[str, float]:
        return {self.category: self.probability, "其他": 1 - self.probability}


def test_a_topic_word_lets_the_lexicon_decide_whatever_the_textcat_says():
    sentence = "今年，我市新增32个老年助餐点。"   # 助餐, 老年: 常有颐养 in the topic table
    assert combined_category(FixedTextcat("交通畅行", 0.99), sentence, "老年助餐点") == "常有颐养"


def test_without_a_topic_word_the_textcat_decides_only_when_sure():
    box = "3 32个"     # a headline figure box of 002: no topic word
    assert combined_category(FixedTextcat("常有颐养", 0.8), box, "") == "常有颐养"
    assert combined_category(FixedTextcat("常有颐养", 0.3), box, "") == "其他"


# ------------------------------------------------------------------ cross-validation

@dataclass
class SilentModels:
    """Trained on nothing: unsure of every category, never finds an indicator."""
    def category_scores(self, sentence: str) -> dict[str, float]:
        return {"常有颐养": 0.2, "其他": 0.1}

    def textcat_category(self, sentence: str) -> str:
        return "常有颐养"

    def indicator(self, sentence: str, start: int, end: int) -> None:
        return None


def test_each_fold_trains_without_the_document_it_scores(gold_corpus):
    trained_on = []

    def spy(items, seed):
        trained_on.append(sorted(item.doc_id for item in items))
        return SilentModels()

    result = cross_validate(gold_corpus, seed=0, train=spy)
    doc_ids = [item.doc_id for item in gold_corpus]
    assert trained_on == [sorted(set(doc_ids) - {held_out}) for held_out in doc_ids]
    # models that never speak leave the rules' records as they are
    assert result.scores["combined"].micro == result.scores["rules"].micro
    assert result.losses() == []
    # statistical only: every sentence figure 常有颐养 and no indicator
    statistical = result.scores["statistical"]
    assert statistical.micro["indicator_acc"] < result.scores["rules"].micro["indicator_acc"]
    assert set(statistical.per_category) >= {"常有颐养"}


@pytest.mark.slow
def test_cross_validated_combined_is_never_below_rules(tmp_path):
    out = tmp_path / "cv.json"
    result = CliRunner().invoke(app, ["evaluate", "--cv", "--gold", str(ROOT / "gold"),
                                      "--corpus", str(ROOT / "corpus"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "combined ≥ rules alone on every field" in result.output
    numbers = json.loads(out.read_text(encoding="utf-8"))
    assert numbers["combined_below_rules"] == []
    assert sorted(numbers["ablations"]) == sorted(ABLATIONS)
    for ablation in numbers["ablations"].values():
        assert ablation["micro"]["n_gold"] == 471
        assert len(ablation["per_doc"]) == 5
    silent = numbers["silent_category"]
    assert silent["combined"]["of"] == silent["rules"]["of"] > 0
    assert silent["combined"]["right"] >= silent["rules"]["right"]


# ----------------------------------------------------------------------- training

@pytest.mark.slow
def test_training_reproduces_the_shipped_models_bit_for_bit(tmp_path):
    result = CliRunner().invoke(app, ["train", "--gold", str(ROOT / "gold"), "--corpus", str(ROOT / "corpus"),
                                      "--out", str(tmp_path), "--seed", "0"])
    assert result.exit_code == 0, result.output
    rebuilt, shipped = model_hashes(tmp_path), model_hashes(MODELS_DIR)
    assert {"category/textcat/model", "indicator/ner/model"} <= set(shipped)
    assert rebuilt == shipped, "the shipped models are stale: run `minsheng train`"
