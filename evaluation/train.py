"""Training and cross-validating the statistical models of extractors/statistical.py.

    gold/*.json + corpus/ ──labelled_sentences──▶ sentences with their category and figures
        ├─ train_category: spaCy textcat over the sentence        → models/category
        └─ train_indicator: spaCy ner over the figure-marked sentence → models/indicator

Sentences come from the same stages the extractor runs (`prepare`, `sentences`), so the
models see at training time what they see at run time. A sentence's category label is the
gold category of the records in it; where they differ (none do in the gold set) the most
frequent wins, the first on a tie. Training is deterministic: a fixed seed, examples in
document order shuffled by that seed, one thread.

`minsheng evaluate --cv` scores leave-one-document-out: the models are trained on four
documents and the fifth is extracted three ways (ABLATIONS), each scored with
`pipeline.evaluate.score`.
"""
from __future__ import annotations

import hashlib
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from extractors import MODELS_DIR
from extractors.categories import category_names
from extractors.statistical import (
    CATEGORY_MODEL, INDICATOR_LABEL, INDICATOR_MODEL, Models, combined_backups, mark_figure,
)
from pipeline.document import Document
from pipeline.loaders import LoadError, load_path
from pipeline.manifest import read_manifest
from pipeline.record import Record
from pipeline.run import RULES, Prepared, prepare, records_of, sentence_records, sentences

from .evaluate import Scores, score
from .gold import GoldDoc, find_document, read_gold_dir

# ------------------------------------------------------------------ hyperparameters

#: Bag of character 1–2-grams (blank `zh` makes one token per character), hashed into
#: 2**14 buckets: a model file of under a megabyte.
CATEGORY_COMPONENT = {
    "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
              "no_output_layer": False, "length": 2 ** 14},
}
#: A small character CNN (each character sees ±8 neighbours) under the transition-based NER.
INDICATOR_COMPONENT = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 96,
                    "depth": 4, "embed_size": 5000, "window_size": 2, "maxout_pieces": 3,
                    "subword_features": False},
    },
}


@dataclass(frozen=True)
class Schedule:
    epochs: int
    batch_size: int = 8
    dropout: float = 0.2


CATEGORY_SCHEDULE = Schedule(epochs=10)
INDICATOR_SCHEDULE = Schedule(epochs=30)
#: The spaCy versions the shipped models are written for (pyproject's range), fixed in
#: meta.json so that a patch release of spaCy does not change the files.
SPACY_VERSION = ">=3.7.0,<4.0.0"


class TrainError(ValueError):
    """A problem with the training input; the message is one line naming the file."""


# ------------------------------------------------------------------- gold input

@dataclass(frozen=True)
class GoldDocument:
    document: Document
    gold: GoldDoc

    @property
    def doc_id(self) -> str:
        return self.gold.doc_id


def read_gold_corpus(gold_dir: Path, corpus: Path) -> list[GoldDocument]:
    """Every gold file with its document (metadata from corpus/manifest.csv), in doc_id order."""
    if not gold_dir.is_dir():
        raise TrainError(f"{gold_dir}: no such gold folder")
    manifest_path = corpus / "manifest.csv"
    metas = read_manifest(manifest_path) if manifest_path.is_file() else {}
    found = []
    for doc_id, gold in sorted(read_gold_dir(gold_dir).items()):
        path = find_document(corpus, doc_id)
        if path is None:
            raise TrainError(f"{corpus}: no document {doc_id} for {gold_dir / (doc_id + '.json')}")
        try:
            document = load_path(path)
        except LoadError as exc:
            raise TrainError(str(exc)) from exc
        if doc_id in metas:
            document.meta = metas[doc_id]
        found.append(GoldDocument(document, gold))
    if not found:
        raise TrainError(f"{gold_dir}: no gold files (*.json)")
    return found


@dataclass(frozen=True)
class Figure:
    start: int              # offsets in the sentence text
    end: int
    indicator: str | None


@dataclass(frozen=True)
class LabelledSentence:
    doc_id: str
    text: str
    category: str
    figures: tuple[Figure, ...]


def labelled_sentences(item: GoldDocument) -> list[LabelledSentence]:
    """The document's sentences that hold gold records, labelled from those records."""
    prepared = prepare(item.document, item.gold.doc_year)
    labelled = []
    for sentence in sentences(prepared):
        clean_at = _clean_positions(prepared, sentence.start, sentence.end)
        inside = [r for r in item.gold.records if r.start in clean_at and r.end - 1 in clean_at]
        if not inside:
            continue
        figures = tuple(Figure(clean_at[r.start], clean_at[r.end - 1] + 1, r.indicator) for r in inside)
        category = Counter(r.category or "" for r in inside).most_common(1)[0][0]
        labelled.append(LabelledSentence(item.doc_id, sentence.text, category, figures))
    return labelled


def _clean_positions(prepared: Prepared, start: int, end: int) -> dict[int, int]:
    """original offset → offset in the sentence, for the characters of clean [start, end)."""
    to_original = prepared.clean.offsets.to_original
    return {to_original(start + i): i for i in range(end - start)}


# ---------------------------------------------------------------------- examples

def category_examples(nlp, labelled: Iterable[LabelledSentence]) -> list:
    from spacy.training import Example

    labels = _category_labels()
    return [Example.from_dict(nlp.make_doc(s.text), {"cats": {c: float(c == s.category) for c in labels}})
            for s in labelled]


def indicator_examples(nlp, labelled: Iterable[LabelledSentence]) -> list:
    """One example per figure whose gold indicator is written in its sentence: the
    sentence with the figure marked, the occurrence nearest the figure as the entity."""
    from spacy.training import Example

    examples = []
    for sentence in labelled:
        for figure in sentence.figures:
            span = _indicator_span(sentence.text, figure)
            if span is None:
                continue
            marked = mark_figure(sentence.text, figure.start, figure.end)
            start, end = (_shifted(offset, figure) for offset in span)
            examples.append(Example.from_dict(nlp.make_doc(marked), {"entities": [(start, end, INDICATOR_LABEL)]}))
    return examples


def _indicator_span(text: str, figure: Figure) -> tuple[int, int] | None:
    """The occurrence of the figure's indicator nearest it that does not overlap it."""
    indicator = figure.indicator
    if not indicator:
        return None
    spans = []
    at = text.find(indicator)
    while at >= 0:
        end = at + len(indicator)
        if end <= figure.start or at >= figure.end:
            spans.append((at, end))
        at = text.find(indicator, at + 1)
    distance = lambda span: figure.start - span[1] if span[1] <= figure.start else span[0] - figure.end
    return min(spans, key=distance, default=None)


def _shifted(offset: int, figure: Figure) -> int:
    """An offset of the sentence in the marked sentence (one mark before the figure, one after)."""
    return offset + (offset > figure.start) + (offset >= figure.end)


def _category_labels() -> tuple[str, ...]:
    return category_names()


# ----------------------------------------------------------------------- training

def blank_pipeline(component: str, config: dict):
    import spacy

    nlp = spacy.blank("zh")   # the default "char" segmenter: no dictionary, nothing to download
    nlp.add_pipe(component, config=config)
    nlp.meta.update(name=f"minsheng_{component}", version="1.0.0", spacy_version=SPACY_VERSION, spacy_git_version="",
                    description="Trained from the minsheng gold set by `minsheng train`.")
    return nlp


def train_category(labelled: Sequence[LabelledSentence], seed: int):
    nlp = blank_pipeline("textcat", CATEGORY_COMPONENT)
    for label in _category_labels():
        nlp.get_pipe("textcat").add_label(label)
    return _fit(nlp, category_examples(nlp, labelled), CATEGORY_SCHEDULE, seed)


def train_indicator(labelled: Sequence[LabelledSentence], seed: int):
    nlp = blank_pipeline("ner", INDICATOR_COMPONENT)
    return _fit(nlp, indicator_examples(nlp, labelled), INDICATOR_SCHEDULE, seed)


def _fit(nlp, examples: list, schedule: Schedule, seed: int):
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(seed)
    for _ in range(schedule.epochs):
        shuffled = examples[:]
        order.shuffle(shuffled)
        for batch in minibatch(shuffled, size=schedule.batch_size):
            nlp.update(batch, drop=schedule.dropout, sgd=optimizer)
    return nlp


def train_all(items: Sequence[GoldDocument], seed: int) -> Models:
    labelled = [s for item in items for s in labelled_sentences(item)]
    return Models(given={CATEGORY_MODEL: train_category(labelled, seed),
                         INDICATOR_MODEL: train_indicator(labelled, seed)})


def save_models(models: Models, out: Path) -> dict[str, str]:
    """Write each pipeline to out/<name>; returns file → sha256 of what was written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, nlp in models.given.items():
        nlp.to_disk(out / name)
    return model_hashes(out)


def model_hashes(directory: Path) -> dict[str, str]:
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- ablation configs

def rules_only(prepared: Prepared, models: Models) -> list[Record]:
    return records_of(prepared, RULES)


def statistical_only(prepared: Prepared, models: Models) -> list[Record]:
    """Every figure of a sentence gets its category from the textcat (headings, table
    groups and the topic lexicon ignored) and its indicator from the indicator model (the
    rule finder ignored). Spans, values, units and years stay the rules' (no model makes
    them), and so do money cells of task tables, which are not sentences."""
    guesses: dict[tuple[int, int], tuple[str, str | None]] = {}
    for sentence in sentences(prepared):
        for record in sentence_records(sentence, prepared.info.years):
            start, end = record.start - sentence.start, record.end - sentence.start
            span = prepared.clean.offsets.span_to_original(record.start, record.end)
            guesses[span] = (models.textcat_category(sentence.text), models.indicator(sentence.text, start, end))
    records = records_of(prepared, RULES)
    return [_relabelled(r, guesses.get((r.start, r.end))) for r in records]


def _relabelled(record: Record, guess: tuple[str, str | None] | None) -> Record:
    if guess is None:
        return record
    category, indicator = guess
    return replace(record, category=category, indicator=indicator,
                   extra={**record.extra, "category_source": "textcat"})


def combined(prepared: Prepared, models: Models) -> list[Record]:
    return records_of(prepared, combined_backups(models))


Extractor = Callable[[Prepared, Models], list[Record]]
ABLATIONS: dict[str, Extractor] = {"rules": rules_only, "statistical": statistical_only, "combined": combined}

#: The fields the combined pipeline must not lose on against rules alone.
COMPARED = ("detection_f1", "strict_f1", "value_f1", "unit_f1", "qualifier_f1", "year_f1",
            "category_acc", "category_f1", "indicator_acc", "indicator_f1", "record_f1")


# ------------------------------------------------------------ cross-validation

@dataclass
class CrossValidation:
    scores: dict[str, Scores]                   # ablation → pooled scores of the held-out folds
    silent: dict[str, tuple[int, int]]          # ablation → (right, of) categories the document left open
    train_seconds: dict[str, float]             # held-out doc_id → seconds to train its fold

    def losses(self) -> list[str]:
        """Fields, pooled or in some fold, where combined scores below rules alone."""
        rules, both = self.scores["rules"], self.scores["combined"]
        rows = [("pooled", rules.micro, both.micro)] + [
            (doc_id, rules.per_doc[doc_id], both.per_doc[doc_id]) for doc_id in rules.per_doc]
        return [f"{where} {name}: {b[name]:.3f} < {r[name]:.3f}"
                for where, r, b in rows for name in COMPARED if b[name] < r[name] - 1e-12]

    def to_json(self) -> dict:
        return {"ablations": {name: s.to_json() for name, s in self.scores.items()},
                "silent_category": {name: {"right": r, "of": n} for name, (r, n) in self.silent.items()},
                "train_seconds": self.train_seconds, "combined_below_rules": self.losses()}


Trainer = Callable[[Sequence[GoldDocument], int], Models]


def cross_validate(items: Sequence[GoldDocument], seed: int = 0,
                   progress: Callable[[str], None] = lambda message: None, train: Trainer | None = None) -> CrossValidation:
    train = train or train_all
    predictions: dict[str, dict[str, list[Record]]] = {name: {} for name in ABLATIONS}
    seconds = {}
    for held_out in items:
        progress(f"fold {held_out.doc_id}: training on the other {len(items) - 1}")
        started = time.perf_counter()
        models = train([item for item in items if item is not held_out], seed)
        seconds[held_out.doc_id] = round(time.perf_counter() - started, 1)
        prepared = prepare(held_out.document, held_out.gold.doc_year)
        for name, extractor in ABLATIONS.items():
            predictions[name][held_out.doc_id] = extractor(prepared, models)
    gold = {item.doc_id: item.gold.records for item in items}
    scores = {name: score(gold, predicted) for name, predicted in predictions.items()}
    silent_spans = _silent_spans(predictions["rules"])
    return CrossValidation(scores, {name: _silent_accuracy(s, silent_spans) for name, s in scores.items()}, seconds)


def _silent_spans(rules_predictions: dict[str, list[Record]]) -> set[tuple[str, int, int]]:
    """Figures whose category the document does not assign (the rules fell back on topics)."""
    return {(doc_id, r.start, r.end) for doc_id, records in rules_predictions.items() for r in records
            if r.extra.get("category_source") != "document"}


def _silent_accuracy(scores: Scores, spans: set[tuple[str, int, int]]) -> tuple[int, int]:
    pairs = [p for doc_id, d in scores.docs.items() for p in d.pairs if (doc_id, p.pred.start, p.pred.end) in spans]
    return sum(p.credit["category"] == 1.0 for p in pairs), len(pairs)
