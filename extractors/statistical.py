"""The statistical half: models trained on the gold set (`minsheng train`, pipeline/train.py)
that fill in where the document and the rules say nothing.

- category: a spaCy `textcat` (exclusive, bag of character 1–2-grams) over the sentence.
  Policy (`combined_category`): the document's own category (heading, table group) comes
  first, as always; where the document is silent, the topic lexicon decides when the
  sentence has a topic word, and the textcat only when it has none, and only when it is
  at least CATEGORY_CONFIDENCE sure; otherwise `其他`, as the rules say.
- indicator: a spaCy `ner` over the sentence's characters with the figure marked
  (`…托育机构⟦378家⟧…`), tagging the phrase that names what the marked figure counts;
  used where the rule finder returns None.

Models load lazily, on the first figure that needs one, so a batch whose documents never
need them never loads spaCy's models.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import MODELS_DIR
from .categories import OTHER, category_by_topic, topic_scores

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from pipeline.record import Record
    from pipeline.run import Backups

CATEGORY_MODEL = "category"
INDICATOR_MODEL = "indicator"
#: The indicator model reads the sentence with the figure it should name between these.
FIGURE_OPEN, FIGURE_CLOSE = "⟦", "⟧"
INDICATOR_LABEL = "INDICATOR"
#: Least textcat probability at which the model's category replaces the rules' `其他`.
CATEGORY_CONFIDENCE = 0.5
#: Names in `Record.extra["category_source"]` of who gave a category the document did not.
TOPIC_SOURCE, TEXTCAT_SOURCE = "topic", "textcat"
#: `Backups.name` of the combined pipeline, before `mark_sources` says which model spoke.
STATISTICAL = "statistical"


def mark_figure(sentence: str, start: int, end: int) -> str:
    return f"{sentence[:start]}{FIGURE_OPEN}{sentence[start:end]}{FIGURE_CLOSE}{sentence[end:]}"


def nearest_to_figure(doc: "Doc", label: str = INDICATOR_LABEL) -> str | None:
    """The text of the entity closest to the marked figure (before or after it)."""
    text = doc.text
    open_at, close_at = text.find(FIGURE_OPEN), text.find(FIGURE_CLOSE)
    candidates = [e for e in doc.ents if e.label_ == label and (e.end_char <= open_at or e.start_char > close_at)]
    if not candidates:
        return None
    best = min(candidates, key=lambda e: open_at - e.end_char if e.end_char <= open_at else e.start_char - close_at)
    return best.text.strip() or None


@dataclass
class Models:
    """The trained pipelines, read from `directory` when first needed; or given directly
    (cross-validation passes freshly trained ones)."""
    directory: Path = MODELS_DIR
    given: dict[str, "Language"] = field(default_factory=dict)

    def _pipeline(self, name: str) -> "Language":
        if name in self.given:
            return self.given[name]
        path = self.directory / name
        if not (path / "config.cfg").is_file():
            raise FileNotFoundError(f"{path}: no trained {name} model; run `minsheng train`")
        import spacy

        return spacy.load(path)

    @cached_property
    def category_nlp(self) -> "Language":
        return self._pipeline(CATEGORY_MODEL)

    @cached_property
    def indicator_nlp(self) -> "Language":
        return self._pipeline(INDICATOR_MODEL)

    def __post_init__(self) -> None:
        # every figure of a sentence without a topic word asks about the same sentence
        self.category_scores = lru_cache(maxsize=1024)(self._category_scores)

    def _category_scores(self, sentence: str) -> dict[str, float]:
        return dict(self.category_nlp(sentence).cats)

    def textcat_category(self, sentence: str) -> str:
        """The textcat's category for the sentence, however unsure (statistical only)."""
        scores = self.category_scores(sentence)
        return max(scores, key=scores.get)

    def indicator(self, sentence: str, start: int, end: int) -> str | None:
        return nearest_to_figure(self.indicator_nlp(mark_figure(sentence, start, end)))


def combined_category(models: Models, sentence: str, indicator: str) -> str:
    """Where the document assigns none: topic lexicon if the sentence has a topic word,
    else the textcat when it is sure enough, else `其他`."""
    if _has_topic(sentence):
        return category_by_topic(sentence, indicator)
    scores = models.category_scores(sentence)
    best = max(scores, key=scores.get)
    return best if scores[best] >= CATEGORY_CONFIDENCE else OTHER


def _has_topic(sentence: str) -> bool:
    # the sentence alone decides who speaks, so that `backup_source` can tell afterwards
    return bool(topic_scores(sentence))


def backup_source(sentence: str) -> str:
    """Who `combined_category` lets decide for this sentence: the topic lexicon or the textcat."""
    return TOPIC_SOURCE if _has_topic(sentence) else TEXTCAT_SOURCE


def mark_sources(records: list["Record"]) -> list["Record"]:
    """Name who gave each category the document did not (`Backups.name` says only "statistical"),
    in `extra["category_source"]`, and in `extractor` (a column of every output) where a model did."""
    for record in records:
        if record.extra.get("category_source") == STATISTICAL:
            source = backup_source(record.sentence or "")
            record.extra["category_source"] = source
            if source == TEXTCAT_SOURCE:
                record.extractor = f"{record.extractor}+{TEXTCAT_SOURCE}"
    return records


@lru_cache(maxsize=4)
def shared_models(directory: Path = MODELS_DIR) -> Models:
    """One lazily loaded set of models per folder, for every document of a run."""
    return Models(directory)


def combined_backups(models: Models | None = None) -> "Backups":
    """Rules first; the models where the document and the rules say nothing."""
    from pipeline.run import Backups

    models = models or shared_models()
    return Backups(category=lambda sentence, indicator: combined_category(models, sentence, indicator),
                   indicator=models.indicator, name=STATISTICAL)
