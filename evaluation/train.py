"""Training and cross-validating the statistical models of extractors/statistical.py.

    gold sets (gold/ + corpus/, tests/heldout*/gold + corpus) ──▶ figures with their category, sentence,
        heading and own words; sentences with their figures
    gold/topics/*.tsv ──▶ short project phrases and sentences labelled by the guideline
        ├─ train_category: TF-IDF over marked segments + logistic regression → models/category
        ├─ train_stance: the same over the figure-marked sentence, heading, kind → models/stance
        └─ train_indicator: spaCy ner over the figure-marked sentence          → models/indicator

Sentences come from the same stages the extractor runs (`prepare`, `sentences`), so the
models see at training time what they see at run time. Training is deterministic: a fixed
seed, examples in document order, one thread.

`minsheng evaluate --cv` scores leave-one-document-out over every gold set given (or in
`--folds` groups of documents): the models are trained on the other documents (and the
topic set) and the held-out one is extracted several ways (ABLATIONS, POLICY ablations),
each scored with `evaluation.evaluate.score`, pooled and per set.
"""
from __future__ import annotations

import csv
import hashlib
import json
import platform
import random
import re
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from extractors import MODELS_DIR
from extractors.categories import category_names
from extractors.statistical import (
    CATEGORY_FILE, CATEGORY_MODEL, INDICATOR_LABEL, INDICATOR_MODEL, NGRAMS, POLICIES, POLICY, STANCE_MODEL,
    CategoryClassifier, Models, Policy, category_input, mark_figure, segment_ngrams, stance_input,
)
from extractors.script import for_matching
from extractors.stance import MIXED, year_relation
from pipeline.document import Document
from pipeline.loaders import LoadError, load_path
from pipeline.manifest import read_manifest
from pipeline.record import Record
from pipeline.run import (
    RULES, category_context, combined_backups, figure_focus, records_of, sentence_records, stance_reference,
)
from pipeline.years import Prepared, prepare, sentences

from .evaluate import Scores, score
from .gold import GoldDoc, find_document, read_gold_dir

ROOT = Path(__file__).resolve().parent.parent

# ------------------------------------------------------------------ hyperparameters

#: The category classifier: TF-IDF of each segment's character 1–3-grams (sublinear tf, the
#: CATEGORY_FEATURES most frequent n-grams seen at least twice) into a multinomial logistic
#: regression (lbfgs: deterministic). About a megabyte on disk; trains in seconds.
CATEGORY_FEATURES = 2 ** 15
CATEGORY_C = 4.0
#: The stance model: the same, with more n-grams (the cue words of three stances in every
#: wording, beside the topics' words).
STANCE_FEATURES = 2 ** 16
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


INDICATOR_SCHEDULE = Schedule(epochs=30)
#: The spaCy versions the shipped models are written for (pyproject's range), fixed in
#: meta.json so that a patch release of spaCy does not change the files.
SPACY_VERSION = ">=3.7.0,<4.0.0"
#: The libraries whose versions decide the bytes of a trained model; `minsheng train`
#: writes them into each model's meta.json ("trained_with").
VERSIONED = ("spacy", "thinc", "scikit-learn", "numpy", "scipy", "joblib")

#: The gold sets pooled for training and cross-validation: (name, gold folder, corpus folder),
#: relative to the repository. tests/heldout4 and tests/heldout5 (the later blind sets) are not among them.
POOLED_SETS = (("corpus", "gold", "corpus"),
               ("heldout", "tests/heldout/gold", "tests/heldout/corpus"),
               ("heldout2", "tests/heldout2/gold", "tests/heldout2/corpus"),
               ("heldout3", "tests/heldout3/gold", "tests/heldout3/corpus"))
#: The sets the shipped indicator model is trained on (`minsheng train` without --gold): held-out 2
#: and 3 are left out because issue 9 still measures the extractor on them, and a model
#: that has seen a set cannot be measured on it. Cross-validation pools all of POOLED_SETS.
TRAINING_SETS = ("corpus", "heldout")
#: Never in the shipped category model's training data, for the same reason.
MEASURED_SETS = ("heldout2", "heldout3")
#: The topic training set: `category<TAB>text` lines written from the guideline's definitions.
TOPIC_FILES = ("gold/topics/topics_a.tsv", "gold/topics/topics_b.tsv")


def library_versions() -> dict[str, str]:
    from importlib.metadata import version

    return {"python": platform.python_version(), **{name: version(name) for name in VERSIONED}}


class TrainError(ValueError):
    """A problem with the training input; the message is one line naming the file."""


# ------------------------------------------------------------------- gold input

@dataclass(frozen=True)
class GoldDocument:
    document: Document
    gold: GoldDoc
    set_name: str = ""

    @property
    def doc_id(self) -> str:
        return self.gold.doc_id


def read_gold_corpus(gold_dir: Path, corpus: Path, set_name: str = "") -> list[GoldDocument]:
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
        found.append(GoldDocument(document, gold, set_name or str(gold_dir)))
    if not found:
        raise TrainError(f"{gold_dir}: no gold files (*.json)")
    return found


@dataclass(frozen=True)
class GoldSet:
    name: str
    gold: Path
    corpus: Path


def pooled_sets(root: Path = ROOT) -> list[GoldSet]:
    return [GoldSet(name, root / gold, root / corpus) for name, gold, corpus in POOLED_SETS]


def training_sets(root: Path = ROOT) -> list[GoldSet]:
    return [s for s in pooled_sets(root) if s.name in TRAINING_SETS]


def category_training_sets(root: Path = ROOT) -> list[GoldSet]:
    """The corpus and every held-out set in the repository but MEASURED_SETS, in numeric order.

    The category classifier learns topics from what the documents name, and the blind sets name
    far more matters than the topic lines; trained on the sets up to one round, it beat the lexicon
    on the next round's unseen sets (README, "The statistical half"). A new blind set is measured
    before it joins."""
    def number(folder: Path) -> int:
        return int(folder.name.removeprefix("heldout") or 1)

    held_out = sorted((folder for folder in (root / "tests").glob("heldout*")
                       if re.fullmatch(r"heldout\d*", folder.name) and folder.name not in MEASURED_SETS
                       and (folder / "gold").is_dir() and (folder / "corpus").is_dir()), key=number)
    return [GoldSet("corpus", root / "gold", root / "corpus"),
            *(GoldSet(folder.name, folder / "gold", folder / "corpus") for folder in held_out)]


def read_gold_sets(sets: Sequence[GoldSet]) -> list[GoldDocument]:
    """The documents of every set, set after set; a doc_id in two sets is an error."""
    items = [item for gold_set in sets for item in read_gold_corpus(gold_set.gold, gold_set.corpus, gold_set.name)]
    seen: dict[str, str] = {}
    for item in items:
        if item.doc_id in seen:
            raise TrainError(f"{item.set_name}: document {item.doc_id} is in {seen[item.doc_id]} too")
        seen[item.doc_id] = item.set_name
    return items


@dataclass(frozen=True)
class CategoryExample:
    sentence: str
    heading: str
    focus: str
    category: str


def read_topics(paths: Iterable[Path]) -> list[CategoryExample]:
    """`category<TAB>text` lines, or `category<TAB>text<TAB>heading`: the text is both the
    sentence and the figure's own words (the lines are project phrases or one-clause
    sentences), the heading the title or heading a reader sees above it (a one-matter
    document's title, whose sentences seldom repeat its subject)."""
    names = set(category_names())
    examples = []
    for path in paths:
        if not path.is_file():
            raise TrainError(f"{path}: no such topic file")
        with path.open(encoding="utf-8", newline="") as lines:
            for number, row in enumerate(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if not row:
                    continue
                if len(row) not in (2, 3) or not all(field.strip() for field in row[1:]):
                    raise TrainError(f"{path}:{number}: expected category<TAB>text[<TAB>heading], got {len(row)} field(s)")
                category, text = row[0].strip(), row[1].strip()
                heading = row[2].strip() if len(row) == 3 else ""
                if category not in names:
                    raise TrainError(f"{path}:{number}: unknown category {category!r}")
                examples.append(CategoryExample(text, heading, text, category))
    return examples


@dataclass(frozen=True)
class StanceExample:
    sentence: str       # in the script the stance rules read (extractors/script.py), as the model is asked
    start: int
    end: int
    heading: str
    kind: str           # extractors.stance.document_kind of the document
    when: str           # extractors.stance.year_relation of the figure's gold year
    stance: str


@dataclass(frozen=True)
class GoldExamples:
    """What one gold document teaches the category and the stance models."""
    category: list[CategoryExample]
    stance: list[StanceExample]


def topic_paths(root: Path = ROOT) -> list[Path]:
    return [root / name for name in TOPIC_FILES]


def figure_examples(item: GoldDocument) -> list[CategoryExample]:
    """Every gold record of the document that sits in a sentence or a figure cell of a task
    table, with the inputs the extractor gives the category backup for it."""
    return gold_examples(item).category


def gold_examples(item: GoldDocument) -> GoldExamples:
    """The category examples of `figure_examples`, and every gold record with a stance that
    sits in a sentence outside a table, with the inputs the stance model is asked with
    (`figure_stance`'s guess)."""
    prepared = prepare(item.document, item.gold.doc_year)
    by_span = {(r.start, r.end): r for r in item.gold.records if r.category}
    title = prepared.info.title or ""       # in a heading's place where none stands, as Backups.guess_category reads it
    # the years the extractor reads stances against, from the gold years (it reads them from its own)
    kind, subject, plan_year = stance_reference(prepared, [r.year for r in item.gold.records])
    reference = plan_year if kind == MIXED else subject
    examples, stances = [], []
    for sentence in sentences(prepared):
        clean_at = _clean_positions(prepared, sentence.start, sentence.end)
        heading = sentence.block.context.heading or title
        for (start, end), record in by_span.items():
            if start in clean_at and end - 1 in clean_at:
                at, to = clean_at[start], clean_at[end - 1] + 1
                focus = figure_focus(sentence.text, at, to, record.indicator)
                examples.append(CategoryExample(category_context(sentence), heading, focus, record.category))
                if record.stance and sentence.block.kind != "table_row":
                    stances.append(StanceExample(for_matching(sentence.text), at, to,
                                                 for_matching(sentence.block.context.heading or ""), kind,
                                                 year_relation(record.year, reference), record.stance))
    for block in prepared.blocks:
        for cell in (figure.cell for figure in block.row.figure_cells) if block.row else ():
            text = cell.text.strip()
            start = cell.start + cell.text.index(text)
            record = by_span.get(prepared.clean.offsets.span_to_original(start, start + len(text)))
            if record is not None:     # what `table_cell_records` asks the backup about
                examples.append(CategoryExample(block.text, block.context.heading or title, cell.header, record.category))
    return GoldExamples(examples, stances)


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


# ----------------------------------------------------------------------- training

def blank_pipeline(component: str, config: dict):
    import spacy

    nlp = spacy.blank("zh")   # the default "char" segmenter: no dictionary, nothing to download
    nlp.add_pipe(component, config=config)
    nlp.meta.update(name=f"minsheng_{component}", version="1.0.0", spacy_version=SPACY_VERSION, spacy_git_version="",
                    description="Trained from the minsheng gold sets by `minsheng train`.",
                    trained_with=library_versions())
    return nlp


def train_category(examples: Sequence[CategoryExample], seed: int) -> CategoryClassifier:
    if not examples:
        raise TrainError("no category examples to train on")
    return _train_classifier([category_input(e.sentence, e.heading, e.focus) for e in examples],
                             [e.category for e in examples], seed, "minsheng_category", CATEGORY_FEATURES)


def _train_classifier(inputs: list[str], labels: list[str], seed: int, name: str, features: int) -> CategoryClassifier:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from threadpoolctl import threadpool_limits

    vectorizer = TfidfVectorizer(analyzer=segment_ngrams, sublinear_tf=True, min_df=2,
                                 max_features=features, dtype=np.float32)
    classifier = LogisticRegression(C=CATEGORY_C, max_iter=3000, random_state=seed)
    pipeline = Pipeline([("tfidf", vectorizer), ("classify", classifier)])
    with threadpool_limits(1):      # BLAS threads fight over a shared 2-core machine: 5 s alone, 30 s in a crowd
        pipeline.fit(inputs, labels)
    return CategoryClassifier(pipeline, {"name": name, "trained_with": library_versions(),
                                         "examples": len(inputs), "features": len(vectorizer.vocabulary_),
                                         "ngrams": list(NGRAMS), "C": CATEGORY_C, "seed": seed})


def train_stance(examples: Sequence[StanceExample], seed: int) -> CategoryClassifier:
    """The category classifier's kind of model, over the stance model's segments."""
    if not examples:
        raise TrainError("no stance examples to train on")
    return _train_classifier([category_input(*stance_input(e.sentence, e.start, e.end, e.heading, e.kind, e.when))
                              for e in examples], [e.stance for e in examples], seed, "minsheng_stance", STANCE_FEATURES)


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


@dataclass(frozen=True)
class TrainingData:
    """What one training run learns from: gold documents and the topic set."""
    items: Sequence[GoldDocument]
    topics: Sequence[CategoryExample] = ()
    indicator: bool = True          # False: train the category classifier only (a fast CV)
    category_items: Sequence[GoldDocument] | None = None    # None: the category classifier learns from `items` too

    @property
    def category_documents(self) -> Sequence[GoldDocument]:
        """The documents the category classifier learns from."""
        return self.items if self.category_items is None else self.category_items


def train_all(data: TrainingData, seed: int) -> Models:
    taught = [gold_examples(item) for item in data.category_documents]
    given = {CATEGORY_MODEL: train_category([*data.topics, *(e for t in taught for e in t.category)], seed),
             STANCE_MODEL: train_stance([e for t in taught for e in t.stance], seed)}
    if data.indicator:
        labelled = [s for item in data.items for s in labelled_sentences(item)]
        given[INDICATOR_MODEL] = train_indicator(labelled, seed)
    return Models(given=given)


def save_models(models: Models, out: Path) -> dict[str, str]:
    """Write each model to out/<name>; returns file → sha256 of what was written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, model in models.given.items():
        shutil.rmtree(out / name, ignore_errors=True)     # no file of an older model may stay beside the new one
        if isinstance(model, CategoryClassifier):
            model.save(out / name)
        else:
            model.to_disk(out / name)
    return model_hashes(out)


def trained_with(directory: Path) -> dict[str, dict]:
    """model name → the library versions its meta.json says it was trained with ({} if none)."""
    found = {}
    for meta in sorted(directory.glob("*/meta.json")):
        found[meta.parent.name] = json.loads(meta.read_text(encoding="utf-8")).get("trained_with", {})
    return found


def model_hashes(directory: Path) -> dict[str, str]:
    """file → sha256 of its bytes; for the category model's joblib file, of its content
    (`CategoryClassifier.fingerprint`): its pickle bytes vary with the process that wrote it."""
    return {str(p.relative_to(directory)): _file_hash(p) for p in sorted(directory.rglob("*")) if p.is_file()}


def _file_hash(path: Path) -> str:
    if path.name == CATEGORY_FILE:
        return CategoryClassifier.load(path.parent).fingerprint()
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- ablation configs

def rules_only(prepared: Prepared, models: Models) -> list[Record]:
    return records_of(prepared, RULES)


def statistical_only(prepared: Prepared, models: Models) -> list[Record]:
    """Every figure of a sentence gets its category from the classifier (headings, table
    groups and the topic lexicon ignored: the heading is only one of its inputs) and its
    indicator from the indicator model (the rule finder ignored; kept where no indicator
    model was trained). Spans, values, units and years stay the rules' (no model makes
    them), and so do money cells of task tables, which are not sentences."""
    guesses: dict[tuple[int, int], tuple[str, str | None]] = {}
    for sentence in sentences(prepared):
        heading = sentence.block.context.heading or ""
        for record in sentence_records(sentence, prepared.info.years):
            start, end = record.start - sentence.start, record.end - sentence.start
            span = prepared.clean.offsets.span_to_original(record.start, record.end)
            indicator = models.indicator(sentence.text, start, end) if models.has_indicator else record.indicator
            focus = figure_focus(sentence.text, start, end, record.indicator)
            guesses[span] = (models.textcat_category(category_context(sentence), heading, focus), indicator)
    records = records_of(prepared, RULES)
    return [_relabelled(r, guesses.get((r.start, r.end))) for r in records]


def _relabelled(record: Record, guess: tuple[str, str | None] | None) -> Record:
    if guess is None:
        return record
    category, indicator = guess
    return replace(record, category=category, indicator=indicator,
                   extra={**record.extra, "category_source": "textcat"})


def combined(prepared: Prepared, models: Models) -> list[Record]:
    return records_of(prepared, combined_backups(models, indicator=models.has_indicator))


def with_policy(policy: Policy) -> "Extractor":
    """The rules' indicators; the category where the document assigns none by `policy`."""
    def extract(prepared: Prepared, models: Models) -> list[Record]:
        return records_of(prepared, combined_backups(models, policy, indicator=False))
    return extract


Extractor = Callable[[Prepared, Models], list[Record]]
ABLATIONS: dict[str, Extractor] = {"rules": rules_only, "statistical": statistical_only, "combined": combined}
#: The category policies compared (indicators from the rules): `minsheng extract` uses POLICY.
POLICY_ABLATIONS: dict[str, Extractor] = {f"category: {name}": with_policy(policy) for name, policy in POLICIES.items()}

#: The fields the combined pipeline must not lose on against rules alone.
COMPARED = ("detection_f1", "strict_f1", "value_f1", "unit_f1", "qualifier_f1", "year_f1",
            "category_acc", "category_f1", "indicator_acc", "indicator_f1", "record_f1")


# ------------------------------------------------------------ cross-validation

@dataclass
class CrossValidation:
    scores: dict[str, Scores]                   # ablation → pooled scores of the held-out folds
    sets: dict[str, dict[str, Scores]]          # set name → ablation → scores of its documents
    silent: dict[str, tuple[int, int]]          # ablation → (right, of) categories the document left open
    train_seconds: dict[str, float]             # fold → seconds to train it
    folds: int = 0

    def losses(self) -> list[str]:
        """Fields, pooled or in some document, where combined scores below rules alone."""
        rules, both = self.scores["rules"], self.scores["combined"]
        rows = [("pooled", rules.micro, both.micro)] + [
            (doc_id, rules.per_doc[doc_id], both.per_doc[doc_id]) for doc_id in rules.per_doc]
        return [f"{where} {name}: {b[name]:.3f} < {r[name]:.3f}"
                for where, r, b in rows for name in COMPARED if b[name] < r[name] - 1e-12]

    def to_json(self) -> dict:
        return {"ablations": {name: s.to_json() for name, s in self.scores.items()},
                "sets": {set_name: {name: s.micro for name, s in by.items()} for set_name, by in self.sets.items()},
                "silent_category": {name: {"right": r, "of": n} for name, (r, n) in self.silent.items()},
                "folds": self.folds, "train_seconds": self.train_seconds, "combined_below_rules": self.losses()}


Trainer = Callable[[TrainingData, int], Models]


def deal_folds(items: Sequence[GoldDocument], folds: int = 0) -> list[list[GoldDocument]]:
    """Documents dealt round-robin into `folds` groups (0 or more than the documents: one
    document per fold, leave-one-document-out). Dealing mixes the sets in every group."""
    count = len(items) if folds <= 0 or folds > len(items) else folds
    return [list(items[i::count]) for i in range(count)]


def cross_validate(items: Sequence[GoldDocument], seed: int = 0,
                   progress: Callable[[str], None] = lambda message: None, train: Trainer | None = None,
                   topics: Sequence[CategoryExample] = (), folds: int = 0, indicator: bool = True) -> CrossValidation:
    train = train or train_all
    extractors = {**ABLATIONS, **POLICY_ABLATIONS}
    predictions: dict[str, dict[str, list[Record]]] = {name: {} for name in extractors}
    seconds = {}
    groups = deal_folds(items, folds)
    for number, held_out in enumerate(groups, 1):
        label = held_out[0].doc_id if len(held_out) == 1 else f"fold {number}/{len(groups)}"
        progress(f"{label}: training on the other {len(items) - len(held_out)} documents")
        started = time.perf_counter()
        held = {id(item) for item in held_out}
        models = train(TrainingData([item for item in items if id(item) not in held], topics, indicator), seed)
        seconds[label] = round(time.perf_counter() - started, 1)
        for item in held_out:
            prepared = prepare(item.document, item.gold.doc_year)
            for name, extractor in extractors.items():
                predictions[name][item.doc_id] = extractor(prepared, models)
    gold = {item.doc_id: item.gold.records for item in items}
    scores = {name: score(gold, predicted) for name, predicted in predictions.items()}
    silent_spans = _silent_spans(predictions["rules"])
    return CrossValidation(scores, _per_set(items, gold, predictions),
                           {name: _silent_accuracy(s, silent_spans) for name, s in scores.items()},
                           seconds, len(groups))


def _per_set(items: Sequence[GoldDocument], gold: dict, predictions: dict[str, dict[str, list[Record]]]) -> dict:
    names = list(dict.fromkeys(item.set_name for item in items))
    members = {name: {item.doc_id for item in items if item.set_name == name} for name in names}
    return {name: {ablation: score({d: gold[d] for d in docs}, {d: predicted[d] for d in docs})
                   for ablation, predicted in predictions.items()}
            for name, docs in members.items()}


def _silent_spans(rules_predictions: dict[str, list[Record]]) -> set[tuple[str, int, int]]:
    """Figures whose category the document does not assign (the rules fell back on topics)."""
    return {(doc_id, r.start, r.end) for doc_id, records in rules_predictions.items() for r in records
            if r.extra.get("category_source") != "document"}


def _silent_accuracy(scores: Scores, spans: set[tuple[str, int, int]]) -> tuple[int, int]:
    pairs = [p for doc_id, d in scores.docs.items() for p in d.pairs if (doc_id, p.pred.start, p.pred.end) in spans]
    return sum(p.credit["category"] == 1.0 for p in pairs), len(pairs)
