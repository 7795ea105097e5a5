"""The scorer of shared/docs/ANNOTATION.md ("Scoring"): predicted records against the gold set.

Matching happens once, in `score`. Everything else (the numbers, the JSON, the error
listing, the HTML report of `report.py`) reads the `Scores` it returns, whose `docs`
keep the matched pairs, the missed gold records and the spurious predictions.

Undefined ratios (no predictions, no gold, no matched pairs) count as 0, as in
scikit-learn's `zero_division=0`.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors.categories import category_names
from pipeline.jsonl import JsonlError, read_jsonl
from pipeline.loaders import LoadError, load_path
from pipeline.record import GOLD_FIELDS, Record

from .gold import GoldDoc, find_document, read_gold_dir

#: Largest relative error |pred − gold| / |gold| at which two numbers are the same value.
VALUE_TOLERANCE = 1e-6
#: The error listing cuts a record's sentence out of the document at these characters.
SENTENCE_ENDS = frozenset("。！？；\n")
#: How a record without a category is shown in per-category numbers.
NO_CATEGORY = "(none)"
#: Error kinds of `--errors` besides the scored fields: false negatives, false positives,
#: and matched pairs whose offsets differ (what strict-span F1 counts against).
MISSED, SPURIOUS, SPAN = "missed", "spurious", "span"

Metrics = dict[str, float | int]


# ------------------------------------------------------------------ field credit

def char_f1(gold: str, pred: str) -> float:
    """SQuAD's overlap F1 with characters as tokens (Chinese indicators have no word breaks)."""
    if not gold or not pred:
        return float(gold == pred)
    common = sum((Counter(gold) & Counter(pred)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def same_number(gold: float | None, pred: float | None) -> bool:
    """Equal within VALUE_TOLERANCE relative to the gold number; None only equals None."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return abs(pred - gold) <= VALUE_TOLERANCE * abs(gold)


def _same_value(gold: Record, pred: Record) -> float:
    return float(same_number(gold.value, pred.value) and same_number(gold.value_max, pred.value_max))


def _same(name: str) -> Callable[[Record, Record], float]:
    return lambda gold, pred: float(getattr(gold, name) == getattr(pred, name))


def _indicator_overlap(gold: Record, pred: Record) -> float:
    return char_f1(gold.indicator or "", pred.indicator or "")


#: Credit in [0, 1] that a matched prediction earns for each scored field.
FIELD_CREDIT: dict[str, Callable[[Record, Record], float]] = {
    "value": _same_value,
    "unit": _same("unit"),
    "qualifier": _same("qualifier"),
    "year": _same("year"),
    "category": _same("category"),
    "indicator": _indicator_overlap,
}
SCORED_FIELDS = tuple(FIELD_CREDIT)
#: A matched pair is a correct record when all of these fields are right.
RECORD_KEY_FIELDS = ("value", "unit", "year", "category")


# --------------------------------------------------------------------- matching

@dataclass(frozen=True)
class Pair:
    """A gold record and the prediction matched to it, with the credit of each field."""
    gold: Record
    pred: Record
    credit: dict[str, float]

    @classmethod
    def of(cls, gold: Record, pred: Record) -> "Pair":
        return cls(gold, pred, {name: credit(gold, pred) for name, credit in FIELD_CREDIT.items()})

    @property
    def strict(self) -> bool:
        return (self.gold.start, self.gold.end) == (self.pred.start, self.pred.end)

    @property
    def record_correct(self) -> bool:
        return all(self.credit[name] == 1.0 for name in RECORD_KEY_FIELDS)

    @property
    def wrong_fields(self) -> tuple[str, ...]:
        return tuple(name for name in SCORED_FIELDS if self.credit[name] < 1.0)


def overlap(a: Record, b: Record) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: Sequence[Record], pred: Sequence[Record]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, largest span overlap first.

    Ties go to the pair whose starts are closer, then to the earlier gold and prediction.
    """
    candidates = sorted(
        (-shared, abs(g.start - p.start), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
        if (shared := overlap(g, p)) > 0
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class DocResult:
    """The outcome of matching one document."""
    doc_id: str
    pairs: list[Pair]
    missed: list[Record]      # gold records no prediction matched
    spurious: list[Record]    # predictions that matched no gold record

    @property
    def gold(self) -> list[Record]:
        return [p.gold for p in self.pairs] + self.missed

    @property
    def pred(self) -> list[Record]:
        return [p.pred for p in self.pairs] + self.spurious


def score_document(doc_id: str, gold: Sequence[Record], pred: Sequence[Record]) -> DocResult:
    pairs = match(gold, pred)
    gold_matched = {i for i, _ in pairs}
    pred_matched = {j for _, j in pairs}
    return DocResult(
        doc_id,
        pairs=[Pair.of(gold[i], pred[j]) for i, j in pairs],
        missed=[g for i, g in enumerate(gold) if i not in gold_matched],
        spurious=[p for j, p in enumerate(pred) if j not in pred_matched],
    )


# ---------------------------------------------------------------------- numbers

def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def prf(name: str, hits_in_pred: float, n_pred: int, hits_in_gold: float, n_gold: int) -> Metrics:
    """`name_p`, `name_r`, `name_f1`. The hits differ only where predictions and gold are
    grouped differently (per category); elsewhere both are the matched pairs' credit."""
    precision, recall = _ratio(hits_in_pred, n_pred), _ratio(hits_in_gold, n_gold)
    return {f"{name}_p": precision, f"{name}_r": recall,
            f"{name}_f1": _ratio(2 * precision * recall, precision + recall)}


@dataclass
class Tally:
    """Counts that add up across documents; micro-averaged numbers come from their sum."""
    n_gold: int = 0
    n_pred: int = 0
    n_matched: int = 0
    credit: Counter[str] = field(default_factory=Counter)   # "strict", each field, "record"
    #: stance is labelled in some gold sets only: its counts keep to the records that have it
    stance: Counter[str] = field(default_factory=Counter)   # gold, pred, matched, right

    @classmethod
    def of(cls, doc: DocResult) -> "Tally":
        credit: Counter[str] = Counter()
        for pair in doc.pairs:
            credit.update(pair.credit)
            credit["strict"] += pair.strict
            credit["record"] += pair.record_correct
        return cls(len(doc.gold), len(doc.pred), len(doc.pairs), credit, _stance_counts(doc))

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.n_gold + other.n_gold, self.n_pred + other.n_pred,
                     self.n_matched + other.n_matched, self.credit + other.credit, self.stance + other.stance)

    def _prf(self, name: str, hits: float) -> Metrics:
        return prf(name, hits, self.n_pred, hits, self.n_gold)

    def metrics(self) -> Metrics:
        numbers: Metrics = {"n_gold": self.n_gold, "n_pred": self.n_pred, "n_matched": self.n_matched}
        numbers |= self._prf("detection", self.n_matched)
        numbers |= self._prf("strict", self.credit["strict"])
        for name in SCORED_FIELDS:
            numbers[f"{name}_acc"] = _ratio(self.credit[name], self.n_matched)
            numbers |= self._prf(name, self.credit[name])
        numbers |= self._prf("record", self.credit["record"])
        return numbers | self._stance_metrics()

    def _stance_metrics(self) -> Metrics:
        """Accuracy on matched pairs whose gold has a stance, and end to end (a prediction
        counts in a document whose gold labels stance); None where no gold has one."""
        counts = self.stance
        if not counts["gold"]:
            return {"stance_acc": None, "stance_p": None, "stance_r": None, "stance_f1": None}
        return ({"stance_acc": _ratio(counts["right"], counts["matched"])}
                | prf("stance", counts["right"], counts["pred"], counts["right"], counts["gold"]))


def _stance_counts(doc: DocResult) -> Counter[str]:
    labelled = [g for g in doc.gold if g.stance is not None]
    if not labelled:
        return Counter()
    pairs = [p for p in doc.pairs if p.gold.stance is not None]
    return Counter(gold=len(labelled), pred=len(doc.pred), matched=len(pairs),
                   right=sum(p.gold.stance == p.pred.stance for p in pairs))


def category_of(record: Record) -> str:
    return record.category or NO_CATEGORY


def _category_order(seen: Iterable[str]) -> list[str]:
    """The category table's order, then names not in the table, then NO_CATEGORY."""
    table = category_names()
    rank = {name: i for i, name in enumerate(table)}
    return sorted(set(seen), key=lambda c: (c == NO_CATEGORY, rank.get(c, len(table)), c))


def per_category(docs: Iterable[DocResult]) -> dict[str, Metrics]:
    """Detection and record P/R/F1 with gold grouped by gold category and predictions by
    predicted category: precision counts matched predictions of the category, recall
    matched gold records of it."""
    docs = list(docs)
    n_gold = Counter(category_of(g) for d in docs for g in d.gold)
    n_pred = Counter(category_of(p) for d in docs for p in d.pred)
    pairs = [pair for d in docs for pair in d.pairs]
    matched_gold = Counter(category_of(pair.gold) for pair in pairs)
    matched_pred = Counter(category_of(pair.pred) for pair in pairs)
    # a correct record has the right category, so gold and predicted category agree
    correct = Counter(category_of(pair.gold) for pair in pairs if pair.record_correct)
    return {
        c: {"n_gold": n_gold[c], "n_pred": n_pred[c]}
        | prf("detection", matched_pred[c], n_pred[c], matched_gold[c], n_gold[c])
        | prf("record", correct[c], n_pred[c], correct[c], n_gold[c])
        for c in _category_order([*n_gold, *n_pred])
    }


def category_confusion(docs: Iterable[DocResult]) -> dict[str, dict[str, int]]:
    """Matched pairs counted by gold category (outer key) × predicted category (inner key)."""
    counts = Counter((category_of(p.gold), category_of(p.pred)) for d in docs for p in d.pairs)
    predicted = _category_order(pred for _, pred in counts)
    return {g: {p: counts[g, p] for p in predicted if counts[g, p]}
            for g in _category_order(gold for gold, _ in counts)}


@dataclass
class Scores:
    docs: dict[str, DocResult]                 # the matching itself, by doc_id
    micro: Metrics
    per_doc: dict[str, Metrics]
    per_category: dict[str, Metrics]
    confusion: dict[str, dict[str, int]]
    unscored: list[str]                        # predicted doc_ids without gold

    def to_json(self) -> dict[str, object]:
        return {"micro": self.micro, "per_doc": self.per_doc,
                "per_category": self.per_category, "confusion": self.confusion}


def score(gold: Mapping[str, Sequence[Record]], pred: Mapping[str, Sequence[Record]]) -> Scores:
    """Score every document that has gold; predictions for other documents are left out."""
    docs = {doc_id: score_document(doc_id, gold[doc_id], pred.get(doc_id, ())) for doc_id in sorted(gold)}
    tallies = {doc_id: Tally.of(doc) for doc_id, doc in docs.items()}
    return Scores(
        docs=docs,
        micro=sum(tallies.values(), Tally()).metrics(),
        per_doc={doc_id: tally.metrics() for doc_id, tally in tallies.items()},
        per_category=per_category(docs.values()),
        confusion=category_confusion(docs.values()),
        unscored=sorted(set(pred) - set(gold)),
    )


# ------------------------------------------------------------------ predictions

class EvaluateError(ValueError):
    """A problem with the scorer's input; the message is one line naming the file."""


def read_predictions(path: Path) -> dict[str, list[Record]]:
    """records.jsonl → doc_id → records. Every line must carry doc_id and the gold fields."""
    if not path.exists():
        raise EvaluateError(f"{path}: cannot read predictions: No such file or directory")
    by_doc: dict[str, list[Record]] = {}
    try:
        for where, data in read_jsonl(path):
            record = _prediction(data, where)
            by_doc.setdefault(record.doc_id, []).append(record)
    except JsonlError as exc:
        raise EvaluateError(str(exc)) from exc
    return by_doc


def _prediction(data: dict, where: str) -> Record:
    missing = [name for name in ("doc_id", *GOLD_FIELDS) if name not in data]
    if missing:
        raise EvaluateError(f"{where}: missing fields {missing}")
    if not all(isinstance(data[name], int) and not isinstance(data[name], bool) for name in ("start", "end")):
        raise EvaluateError(f"{where}: start and end must be integers, got {data['start']!r}, {data['end']!r}")
    try:
        return Record.from_dict(data)
    except (TypeError, ValueError) as exc:
        raise EvaluateError(f"{where}: {exc}") from exc


# -------------------------------------------------------------------- showing

#: (column header, metric key) of the summary table, on the terminal and in the report.
SUMMARY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("gold", "n_gold"), ("pred", "n_pred"), ("matched", "n_matched"),
    ("det P", "detection_p"), ("det R", "detection_r"), ("det F1", "detection_f1"),
    ("strict F1", "strict_f1"),
    ("value F1", "value_f1"), ("unit F1", "unit_f1"), ("qual F1", "qualifier_f1"),
    ("year F1", "year_f1"), ("cat F1", "category_f1"), ("ind F1", "indicator_f1"),
    ("record F1", "record_f1"), ("stance acc", "stance_acc"), ("stance F1", "stance_f1"),
)
MICRO_LABEL = "micro (all documents)"
#: Width of the summary table when stdout is not a terminal.
PIPED_WIDTH = 160


def metric_text(value: float | int | None) -> str:
    """None is a metric with nothing to measure (no gold stance): shown as a dash."""
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def number_text(value: float | None, value_max: float | None = None) -> str:
    """176.0 → '176'; a range as 'low~high', as in the labelling worksheets."""
    def plain(x: float | None) -> str:
        return "–" if x is None else (str(int(x)) if float(x).is_integer() else repr(x))
    return plain(value) if value_max is None else f"{plain(value)}~{plain(value_max)}"


def field_text(record: Record, name: str) -> str:
    """A field of a record as shown to a person; `value` includes `value_max`."""
    if name == "value":
        return number_text(record.value, record.value_max)
    if name == "offsets":
        return f"{record.start}–{record.end}"
    value = getattr(record, name)
    return "–" if value is None else str(value)


def summary_rows(scores: Scores) -> list[tuple[str, list[str]]]:
    """(label, cells) for each document, then the micro average."""
    rows = [(doc_id, numbers) for doc_id, numbers in scores.per_doc.items()] + [(MICRO_LABEL, scores.micro)]
    return [(label, [metric_text(numbers[key]) for _, key in SUMMARY_COLUMNS]) for label, numbers in rows]


def print_summary(scores: Scores) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"minsheng evaluate: {len(scores.docs)} document(s)", title_justify="left",
                  box=box.SIMPLE_HEAD)
    table.add_column("document", no_wrap=True)
    for header, _ in SUMMARY_COLUMNS:
        table.add_column(header, justify="right")
    rows = summary_rows(scores)
    for i, (label, cells) in enumerate(rows):
        is_micro = i == len(rows) - 1
        table.add_row(label, *cells, style="bold" if is_micro else None, end_section=i == len(rows) - 2)
    # Piped or captured output has no terminal width; the table should not fold there.
    Console(highlight=False, width=None if sys.stdout.isatty() else PIPED_WIDTH).print(table)


# ------------------------------------------------------------------- sentences

def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds [start, end): from the last sentence end before
    the span to the first one after it, that end included."""
    left = start
    while left > 0 and text[left - 1] not in SENTENCE_ENDS:
        left -= 1
    right = end
    while right < len(text) and text[right] not in SENTENCE_ENDS:
        right += 1
    return text[left:right + 1].strip()


def sentence_of(record: Record, text: str | None) -> str:
    """The record's own `sentence` if it has one, else cut from the document text."""
    if record.sentence:
        sentence = record.sentence
    elif text is not None:
        sentence = sentence_around(text, record.start, record.end)
    else:
        return "(document text not found)"
    return " ".join(sentence.split())


def load_texts(corpus: Path, doc_ids: Iterable[str], warn: Callable[[str], None]) -> dict[str, str]:
    """doc_id → document text for those found in the corpus; `warn` hears of the others."""
    texts = {}
    for doc_id in doc_ids:
        path = find_document(corpus, doc_id)
        if path is None:
            warn(f"{corpus}: no document {doc_id}; its text is not shown")
            continue
        try:
            texts[doc_id] = load_path(path).text
        except LoadError as exc:
            warn(f"{exc}; its text is not shown")
    return texts


# ---------------------------------------------------------------- error listing

@dataclass(frozen=True)
class ScoringError:
    """One false negative, false positive or wrong field of the `--errors` listing."""
    kind: str                 # MISSED, SPURIOUS, SPAN or a field name
    doc_id: str
    gold: Record | None
    pred: Record | None

    @property
    def anchor(self) -> Record:
        return self.gold if self.gold is not None else self.pred  # type: ignore[return-value]


def scoring_errors(scores: Scores) -> dict[str, list[ScoringError]]:
    """Errors grouped by kind: missed, spurious, one group per scored field, then span."""
    groups: dict[str, list[ScoringError]] = {kind: [] for kind in (MISSED, SPURIOUS, *SCORED_FIELDS, SPAN)}
    for doc_id, doc in scores.docs.items():
        groups[MISSED] += [ScoringError(MISSED, doc_id, g, None) for g in doc.missed]
        groups[SPURIOUS] += [ScoringError(SPURIOUS, doc_id, None, p) for p in doc.spurious]
        for pair in doc.pairs:
            for kind in pair.wrong_fields + (() if pair.strict else (SPAN,)):
                groups[kind].append(ScoringError(kind, doc_id, pair.gold, pair.pred))
    for errors in groups.values():
        errors.sort(key=lambda e: (e.doc_id, e.anchor.start, e.anchor.end))
    return groups


def _fields_summary(record: Record) -> str:
    return " ".join(f"{name}={field_text(record, name)}" for name in SCORED_FIELDS)


def _span(record: Record) -> str:
    return f"[{record.start}:{record.end}] {record.text!r}"


def error_lines(error: ScoringError, text: str | None) -> list[str]:
    """Two lines: what is wrong, and the sentence it sits in."""
    if error.kind == MISSED:
        head = f"{_span(error.gold)}  gold: {_fields_summary(error.gold)}"
        sentence = sentence_of(error.gold, text)
    elif error.kind == SPURIOUS:
        head = f"{_span(error.pred)}  pred: {_fields_summary(error.pred)}"
        sentence = sentence_of(error.pred, text)
    elif error.kind == SPAN:
        head = f"{_span(error.gold)}  gold span ≠ pred span {_span(error.pred)}"
        sentence = sentence_of(error.gold, text)
    else:
        gold, pred = error.gold, error.pred
        head = f"{_span(gold)}  gold {field_text(gold, error.kind)!r} ≠ pred {field_text(pred, error.kind)!r}"
        if (pred.start, pred.end) != (gold.start, gold.end):
            head += f"  (pred span {_span(pred)})"
        sentence = sentence_of(pred if pred.sentence else gold, text)
    return [f"  {error.doc_id}  {head}", f"      in: {sentence}"]


def print_errors(scores: Scores, texts: Mapping[str, str]) -> None:
    for kind, errors in scoring_errors(scores).items():
        print(f"\n{kind} ({len(errors)})")
        for error in errors:
            print("\n".join(error_lines(error, texts.get(error.doc_id))))


def read_gold(gold_dir: Path) -> dict[str, GoldDoc]:
    if not gold_dir.exists():
        raise EvaluateError(f"{gold_dir}: no such gold folder or file")
    try:
        gold = read_gold_dir(gold_dir)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvaluateError(f"{gold_dir}: unreadable gold file ({exc}); `minsheng gold check` names it") from exc
    if not gold:
        raise EvaluateError(f"{gold_dir}: no gold files (*.json)")
    return gold
