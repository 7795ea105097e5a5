"""The statistical half: models trained on the gold sets and the topic training set
(`minsheng train`, evaluation/train.py) that fill in where the document and the rules say nothing.

- category: a TF-IDF + logistic-regression classifier (scikit-learn) over three marked
  segments: the sentence, the heading above it, and the figure's own words (its indicator
  and clause); each segment's character 1–3-grams are features of their own, so `托育`
  in the heading weighs apart from `托育` in the figure's clause. Policy (`category_decision`):
  the document's own category (heading, table group) comes first, as always; where the
  document is silent, POLICY decides between the topic lexicon and the classifier.
- indicator: a spaCy `ner` over the sentence's characters with the figure marked
  (`…托育机构⟦378家⟧…`), tagging the phrase that names what the marked figure counts;
  used where the rule finder returns None.
- stance: the same TF-IDF + logistic regression as the category, over the figure-marked
  sentence, its heading and the figure's close context with the document's kind; used
  where no cue, column, heading or frame of the rules speaks for a figure
  (extractors/stance.py: what the rules would then read from its year and the document's
  kind alone), and only where at least STANCE_CONFIDENCE sure.

Models load lazily, on the first figure that needs one, so a batch whose documents never
need them never loads them.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import regex

from . import MODELS_DIR
from .categories import OTHER, category_by_topic, topic_scores

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CATEGORY_MODEL = "category"
INDICATOR_MODEL = "indicator"
STANCE_MODEL = "stance"
#: The category and stance models' files inside models/<name>/.
CATEGORY_FILE, META_FILE = "model.joblib", "meta.json"
#: The indicator model reads the sentence with the figure it should name between these.
FIGURE_OPEN, FIGURE_CLOSE = "⟦", "⟧"
INDICATOR_LABEL = "INDICATOR"
#: Names in `Record.extra["category_source"]` of who gave a category the document did not:
#: the lexicon, the classifier, and the lexicon where the classifier was asked and was unsure
#: (a document about one matter then files the figure under its matter: pipeline.run.figure_category).
TOPIC_SOURCE, TEXTCAT_SOURCE, UNSURE_SOURCE = "topic", "textcat", "unsure"
#: `Backups.name` of the combined pipeline.
STATISTICAL = "statistical"

# ------------------------------------------------------------------ category input

#: The classifier's input: the three segments joined by this (a control character no
#: document keeps), in SEGMENTS order; each segment's n-grams carry its tag.
SEGMENT_BREAK = "\x1f"
SEGMENTS = ("s", "h", "f")          # sentence, heading, focus (the figure's own words)
NGRAMS = (1, 3)
#: Digits say nothing about the topic: every one reads as 0, so `32个` and `6个` share n-grams.
_DIGITS = regex.compile(r"\d")


def category_input(sentence: str, heading: str = "", focus: str = "") -> str:
    return SEGMENT_BREAK.join(part.replace(SEGMENT_BREAK, " ") for part in (sentence, heading, focus))


#: How much of the figure's close context the stance model reads as its own segment
#: (`截至目前已建成⟦12个⟧`, `⟦3个⟧还未开工`): the cue words sit next to the figure.
STANCE_LEFT, STANCE_RIGHT = 10, 6


def stance_input(sentence: str, start: int, end: int, heading: str, kind: str, when: str) -> tuple[str, str, str]:
    """The stance model's three segments: the sentence with the figure marked, the heading,
    and the document's kind and the figure's year against the document's or its plan's
    (extractors.stance.year_relation) with the figure's close context (`mixed same ⟦12个⟧还未开工`)."""
    close = f"{sentence[max(0, start - STANCE_LEFT):start]}{FIGURE_OPEN}{sentence[start:end]}{FIGURE_CLOSE}" \
            f"{sentence[end:end + STANCE_RIGHT]}"
    return mark_figure(sentence, start, end), heading, f"{kind} {when} {close}"


def segment_ngrams(text: str) -> list[str]:
    """The analyzer of the classifier's vectorizer: character n-grams of each segment,
    tagged with the segment (`s:托育`, `h:托育`, `f:托育`)."""
    return [f"{tag}:{gram}" for tag, part in zip(SEGMENTS, text.split(SEGMENT_BREAK)) for gram in ngrams(part)]


def ngrams(part: str) -> list[str]:
    """One segment's character n-grams, untagged, digits read as 0: what segment_ngrams tags
    and CategoryClassifier looks up."""
    part = _DIGITS.sub("0", part.replace(SEGMENT_BREAK, " "))
    return [part[i:i + n] for n in range(NGRAMS[0], NGRAMS[1] + 1) for i in range(len(part) - n + 1)]


@dataclass
class CategoryClassifier:
    """A fitted scikit-learn pipeline (vectorizer → classifier over three marked segments)
    and the library versions it was written with: the category model, and the stance model
    (the same kind of classifier over other segments and labels)."""
    pipeline: Any
    meta: dict = field(default_factory=dict)

    @cached_property
    def labels(self) -> list[str]:
        return [str(c) for c in self.pipeline.classes_]

    def probabilities(self, sentence: str, heading: str = "", focus: str = "") -> dict[str, float]:
        """The pipeline's `predict_proba` for one input, computed from its fitted weights:
        scikit-learn's checks cost about 1.5 ms a call, the arithmetic 0.05 ms, and the
        extractor asks once per figure (tests/test_train.py checks the two agree)."""
        import numpy as np

        _, idf, coef, intercept = self._weights
        found = [column for tag, part in zip(SEGMENTS, (sentence, heading, focus)) for column in self._columns(tag, part)]
        logits = intercept.copy()
        if found:
            columns, counts = np.unique(np.array(found, dtype=np.intp), return_counts=True)
            weights = (1 + np.log(counts)) * idf[columns]
            logits += (weights / np.linalg.norm(weights)) @ coef[columns]
        exp = np.exp(logits - logits.max())
        return dict(zip(self.labels, (exp / exp.sum()).tolist()))

    def _columns(self, tag: str, part: str) -> list[int]:
        """The feature columns of one segment's n-grams that the model knows, once per occurrence
        (segment_ngrams' n-grams, looked up without building their tagged strings)."""
        known = self._segment_vocabularies[tag].get
        return [column for gram in ngrams(part) if (column := known(gram)) is not None]

    @cached_property
    def _segment_vocabularies(self) -> dict[str, dict[str, int]]:
        """The vocabulary split by segment tag: `s:托育` → column is `托育` → column under `s`."""
        split: dict[str, dict[str, int]] = {tag: {} for tag in SEGMENTS}
        for gram, column in self._weights[0].items():
            tag, _, text = gram.partition(":")
            split[tag][text] = int(column)
        return split

    @cached_property
    def _weights(self) -> tuple:
        """vocabulary, idf, coefficients (features × classes) and intercepts; the vectorizer
        uses sublinear tf and l2 norm (evaluation/train.py), as `probabilities` assumes."""
        tfidf, classify = self.pipeline.named_steps["tfidf"], self.pipeline.named_steps["classify"]
        assert tfidf.sublinear_tf and tfidf.norm == "l2", "probabilities() computes sublinear tf-idf, l2-normed"
        return tfidf.vocabulary_, tfidf.idf_.astype("float64"), classify.coef_.T.astype("float64"), \
            classify.intercept_.astype("float64")

    def fingerprint(self) -> str:
        """sha256 of what the model computes with: labels, vocabulary, idf, weights and the
        hyperparameters. The joblib file's bytes are not a function of the model alone (which
        equal strings pickle as one object depends on what else ran in the process: the same
        training gave different files after the test suite), so reproducibility is checked here."""
        import hashlib

        vocabulary, idf, coef, intercept = self._weights
        tfidf, classify = self.pipeline.named_steps["tfidf"], self.pipeline.named_steps["classify"]
        params = {name: repr(value) for step in (tfidf, classify)
                  for name, value in sorted(step.get_params().items()) if not callable(value)}
        columns = sorted((gram, int(column)) for gram, column in vocabulary.items())
        digest = hashlib.sha256(json.dumps([self.labels, columns, params], ensure_ascii=False).encode())
        for array in (idf, coef, intercept):
            digest.update(array.tobytes())
        return digest.hexdigest()

    def save(self, directory: Path) -> None:
        import joblib

        directory.mkdir(parents=True, exist_ok=True)
        joblib.dump(self.pipeline, directory / CATEGORY_FILE, compress=3)
        (directory / META_FILE).write_text(json.dumps(self.meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                           encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> "CategoryClassifier":
        import joblib

        path = directory / CATEGORY_FILE
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no trained {directory.name} model; run `minsheng train`")
        meta_path = directory / META_FILE
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        return cls(joblib.load(path), meta)


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
    """The trained models, read from `directory` when first needed; or given directly
    (cross-validation passes freshly trained ones)."""
    directory: Path = MODELS_DIR
    given: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def category_model(self) -> CategoryClassifier:
        return self._classifier(CATEGORY_MODEL)

    @cached_property
    def stance_model(self) -> CategoryClassifier:
        return self._classifier(STANCE_MODEL)

    def _classifier(self, name: str) -> CategoryClassifier:
        return self.given[name] if name in self.given else CategoryClassifier.load(self.directory / name)

    @property
    def has_stance(self) -> bool:
        """Whether a stance model is given or shipped (an older models folder has none)."""
        if self.given:
            return STANCE_MODEL in self.given
        return (self.directory / STANCE_MODEL / CATEGORY_FILE).is_file()

    @property
    def has_indicator(self) -> bool:
        """Whether an indicator model is given or shipped (cross-validation may train none)."""
        if self.given:
            return INDICATOR_MODEL in self.given
        return (self.directory / INDICATOR_MODEL / "config.cfg").is_file()

    @cached_property
    def indicator_nlp(self) -> "Language":
        if INDICATOR_MODEL in self.given:
            return self.given[INDICATOR_MODEL]
        path = self.directory / INDICATOR_MODEL
        if not (path / "config.cfg").is_file():
            raise FileNotFoundError(f"{path}: no trained indicator model; run `minsheng train`")
        import spacy

        return spacy.load(path)

    def __post_init__(self) -> None:
        # every figure of a sentence asks about the same sentence and heading, often the same focus
        self.category_scores = lru_cache(maxsize=4096)(self._category_scores)

    def _category_scores(self, sentence: str, heading: str = "", focus: str = "") -> dict[str, float]:
        return self.category_model.probabilities(sentence, heading, focus)

    def textcat_category(self, sentence: str, heading: str = "", focus: str = "") -> str:
        """The classifier's category, however unsure (statistical only)."""
        scores = self.category_scores(sentence, heading, focus)
        return max(scores, key=scores.get)

    def indicator(self, sentence: str, start: int, end: int) -> str | None:
        return nearest_to_figure(self.indicator_nlp(mark_figure(sentence, start, end)))

    def stance(self, sentence: str, start: int, end: int, heading: str, kind: str, when: str) -> str | None:
        """The stance model's call for a figure the rules leave to its year and the document's
        kind, or None where it is less than STANCE_CONFIDENCE sure."""
        scores = self.stance_model.probabilities(*stance_input(sentence, start, end, heading, kind, when))
        best = max(scores, key=scores.get)
        return best if scores[best] >= STANCE_CONFIDENCE else None


# --------------------------------------------------------------------- category policy

@dataclass(frozen=True)
class Policy:
    """How the lexicon and the classifier share the figures the document assigns no category.

    - `lexicon`: the topic lexicon alone (the rules);
    - `classifier`: the classifier alone;
    - `lexicon_first`: the lexicon where the figure's words or sentence hold a topic word,
      else the classifier when at least `confidence` sure, else `其他`;
    - `classifier_first`: the classifier when at least `confidence` sure, else the lexicon.
    """
    name: str
    confidence: float = 0.5


#: Least stance-model probability at which it speaks for a figure the rules leave to its
#: year and kind. Trained on every set up to held-out 144 and asked about the figures the rules
#: leave so in held-out 145–157 (2,594, none seen in training): the rules' year-and-kind prior
#: right on 69 %, the model at 0.6 on 81 %, at 0.7 on 79 %, at 0.8 on 77 %; on held-out 2 and
#: 3's (302, whose stance rules were written reading them) 99 % and 97 % against 90 % and 84 %
#: at 0.6, 99 % and 92 % at 0.8. 0.6 kept: new documents are what the extractor is run on.
STANCE_CONFIDENCE = 0.6
#: Least classifier probability at which it overrules the lexicon (classifier_first). In
#: leave-one-document-out over the pooled gold sets, 0.5 loses one corpus figure and 0.7 and
#: up lose figures of other sets; 0.6 keeps the corpus whole.
CLASSIFIER_CONFIDENCE = 0.6
POLICIES = {policy.name: policy for policy in (
    Policy("lexicon"), Policy("classifier"), Policy("lexicon_first"), Policy("classifier_first", CLASSIFIER_CONFIDENCE))}
#: The policy of `minsheng extract` (models on, its default). Trained on the gold of every
#: blind set up to one round, the classifier first beat the lexicon (and lexicon first, which
#: changed almost nothing) on the next round's unseen sets by 0.02 record F1 (README, "The
#: statistical half"); with the small model trained on two sets it gained nothing.
POLICY = POLICIES["classifier_first"]


def category_decision(models: Models, sentence: str, focus: str = "", heading: str = "",
                      policy: Policy = POLICY) -> tuple[str, str]:
    """(category, who gave it: TOPIC_SOURCE, TEXTCAT_SOURCE or UNSURE_SOURCE) where the document assigns none."""
    if policy.name == "lexicon":
        return category_by_topic(sentence, focus), TOPIC_SOURCE
    lexicon_knows = bool(topic_scores(focus) or topic_scores(sentence))
    if policy.name == "lexicon_first" and lexicon_knows:
        return category_by_topic(sentence, focus), TOPIC_SOURCE
    scores = models.category_scores(sentence, heading, focus)
    best = max(scores, key=scores.get)
    if policy.name == "classifier" or scores[best] >= policy.confidence:
        return best, TEXTCAT_SOURCE
    if policy.name == "classifier_first":
        return category_by_topic(sentence, focus), UNSURE_SOURCE
    return OTHER, TOPIC_SOURCE


def combined_category(models: Models, sentence: str, focus: str = "", heading: str = "",
                      policy: Policy = POLICY) -> str:
    return category_decision(models, sentence, focus, heading, policy)[0]


def backup_source(sentence: str, focus: str = "", heading: str = "", models: Models | None = None) -> str:
    """Who the default policy lets decide for these words: the topic lexicon or the classifier."""
    return category_decision(models or shared_models(), sentence, focus, heading)[1]


class SourcedRecord(Protocol):
    """What `mark_sources` reads and writes of a record (pipeline.record.Record), named
    here so that the extractors name no type of the pipeline above them."""
    sentence: str | None
    indicator: str | None
    extractor: str | None
    extra: dict[str, Any]


_Sourced = TypeVar("_Sourced", bound=SourcedRecord)


def mark_sources(records: list[_Sourced]) -> list[_Sourced]:
    """Name the classifier in `extractor` (a column of every output) where it gave the category."""
    for record in records:
        if record.extra.get("category_source") == STATISTICAL:     # a backup that names no source
            record.extra["category_source"] = backup_source(record.sentence or "", record.indicator or "")
        if record.extra.get("category_source") == TEXTCAT_SOURCE and TEXTCAT_SOURCE not in record.extractor:
            record.extractor = f"{record.extractor}+{TEXTCAT_SOURCE}"
    return records


@lru_cache(maxsize=4)
def shared_models(directory: Path = MODELS_DIR) -> Models:
    """One lazily loaded set of models per folder, for every document of a run."""
    return Models(directory)
