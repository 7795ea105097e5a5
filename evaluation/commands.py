"""What the `minsheng evaluate`, `train` and `evaluate --cv` commands do, on top of the
scorer, the report and training (the command line calls these; nothing here imports it)."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from pipeline.console import err, fail as _fail

from .evaluate import (EvaluateError, MICRO_LABEL, PIPED_WIDTH, load_texts, metric_text, print_errors,
                       print_summary, read_gold, read_predictions, score)
from .report import write_report
from .train import (CrossValidation, GoldSet, MODELS_DIR, TrainError, TrainingData, cross_validate, pooled_sets,
                    read_gold_sets, read_topics, save_models, topic_paths, train_all, training_sets)

def _write_scores(json_out: Path, numbers: dict) -> None:
    json_out.write_text(json.dumps(numbers, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    err.print(f"scores → {json_out}")


def evaluate_cli(gold_dir: Path, pred_path: Path, json_out: Path | None, report: Path | None,
                 errors: bool, corpus: Path) -> None:
    try:
        gold = read_gold(gold_dir)
        pred = read_predictions(pred_path)
    except EvaluateError as exc:
        _fail(str(exc))
    scores = score({doc_id: doc.records for doc_id, doc in gold.items()}, pred)
    if scores.unscored:
        err.print(f"note: {len(scores.unscored)} predicted document(s) have no gold and are not scored: "
                  f"{', '.join(scores.unscored)}")
    print_summary(scores)
    if json_out is not None:
        _write_scores(json_out, scores.to_json())
    texts = load_texts(corpus, scores.docs, lambda m: err.print(f"note: {m}")) if errors or report else {}
    if errors:
        print_errors(scores, texts)
    if report is not None:
        write_report(scores, texts, report)
        err.print(f"report → {report}")




def links_cli(links: Path, ledger: Path, errors: bool, json_out: Path | None = None) -> None:
    """Link precision and recall of a ledger against hand-labelled links (with `json_out`, the
    numbers and every missed and spurious link as JSON too)."""
    from .links import read_gold_links, read_ledger_links, score_links

    try:
        gold, target_docs, result_docs = read_gold_links(links)
        pred = read_ledger_links(ledger)
    except EvaluateError as exc:
        _fail(str(exc))
    scores = score_links(gold, pred, target_docs, result_docs)
    m = scores.metrics()
    print(f"links: gold {m['n_gold']}, predicted {m['n_pred']}, correct {m['n_correct']}: "
          f"P {m['link_p']:.3f}  R {m['link_r']:.3f}  F1 {m['link_f1']:.3f}")
    if errors:
        for kind, links_ in (("missed", scores.missed), ("spurious", scores.spurious)):
            for target, result in links_:
                print(f"  {kind}: {target[0]}[{target[1]}:{target[2]}] → {result[0]}[{result[1]}:{result[2]}]")
    if json_out is not None:
        _write_scores(json_out, m | {kind: [{"target": _span_json(t), "result": _span_json(r)} for t, r in links_]
                                     for kind, links_ in (("missed", scores.missed), ("spurious", scores.spurious))})


def _span_json(span: tuple[str, int, int]) -> dict:
    doc_id, start, end = span
    return {"doc_id": doc_id, "start": start, "end": end}


def gold_sets(golds: list[Path], corpora: list[Path], default=pooled_sets) -> list[GoldSet]:
    """`--gold`/`--corpus` pairs, in order (none given: `default()`; no --corpus: the
    `corpus` folder beside each gold folder)."""
    if not golds and not corpora:
        return default()
    if not corpora:
        corpora = [gold.resolve().parent / "corpus" for gold in golds]
    if len(golds) != len(corpora):
        _fail(f"give one --corpus for each --gold (got {len(golds)} --gold, {len(corpora)} --corpus)")
    return [GoldSet(_set_name(gold), gold, corpus) for gold, corpus in zip(golds, corpora)]


def _set_name(gold: Path) -> str:
    """`tests/heldout2/gold` → heldout2, `gold/` → gold."""
    return gold.parent.name if gold.name == "gold" and gold.parent.name else gold.name


def _training_data(sets: list[GoldSet], topics: list[Path] | None, indicator: bool = True,
                   category_sets: list[GoldSet] | None = None) -> TrainingData:
    try:
        items = read_gold_sets(sets)
        category_items = None if category_sets is None else read_gold_sets(category_sets)
        examples = read_topics(topic_paths() if topics is None else topics)
    except TrainError as exc:
        _fail(str(exc))
    return TrainingData(items, examples, indicator, category_items)


def train_cli(sets: list[GoldSet], topics: list[Path] | None, out: Path | None, seed: int,
              category_sets: list[GoldSet] | None = None) -> None:
    """Train both models on `sets`, or the category classifier on `category_sets` where given."""
    out = out or MODELS_DIR
    data = _training_data(sets, topics, category_sets=category_sets)
    started = time.perf_counter()
    hashes = save_models(train_all(data, seed), out)
    err.print(f"trained on {len(data.items)} documents (category: {len(data.category_documents)}) and {len(data.topics)} "
              f"topic lines in {time.perf_counter() - started:.1f}s (seed {seed}) → {out}")
    for name, digest in hashes.items():
        print(f"{digest[:16]}  {name}")


#: (column header, metric key) of the cross-validation table.
CV_COLUMNS = (("det F1", "detection_f1"), ("year F1", "year_f1"), ("cat acc", "category_acc"),
              ("cat F1", "category_f1"), ("ind char-F1", "indicator_acc"), ("ind F1", "indicator_f1"),
              ("record F1", "record_f1"))
POOLED_LABEL = "pooled"


def cross_validate_cli(sets: list[GoldSet], topics: list[Path] | None, json_out: Path | None, seed: int = 0,
                       folds: int = 0, indicator: bool = True) -> None:
    data = _training_data(sets, topics, indicator)
    if len(data.items) < 2:
        _fail(f"{sets[0].gold}: cross-validation needs at least two gold documents, found {len(data.items)}")
    result = cross_validate(data.items, seed, progress=lambda message: err.print(message), topics=data.topics,
                            folds=folds, indicator=indicator)
    print_cross_validation(result)
    if json_out is not None:
        _write_scores(json_out, result.to_json())


def print_cross_validation(result: CrossValidation) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    kind = "leave one document out" if result.folds == len(result.scores["rules"].per_doc) else f"{result.folds} folds of documents"
    table = Table(title=f"minsheng evaluate --cv: {kind} (train on the others, score the held-out)",
                  title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("set", no_wrap=True)
    table.add_column("ablation")
    table.add_column("n gold", justify="right")
    for header, _ in CV_COLUMNS:
        table.add_column(header, justify="right")
    rows = {POOLED_LABEL: result.scores, **result.sets}
    for label, by_ablation in rows.items():
        for i, (name, scores) in enumerate(by_ablation.items()):
            numbers = scores.micro
            table.add_row(label if i == 0 else "", name, str(numbers["n_gold"]),
                          *(metric_text(numbers[key]) for _, key in CV_COLUMNS),
                          style="bold" if label == POOLED_LABEL else None, end_section=i == len(by_ablation) - 1)
    console = Console(highlight=False, width=None if sys.stdout.isatty() else PIPED_WIDTH)
    console.print(table)
    console.print("category where the document assigns none (pooled):")
    for name, (right, of) in result.silent.items():
        console.print(f"  {name}: {right}/{of}" + (f" = {right / of:.3f}" if of else ""))
    losses = result.losses()
    console.print("combined ≥ rules alone on every field, pooled and in every document" if not losses
                  else "combined below rules alone: " + "; ".join(losses))
