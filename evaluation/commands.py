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
from .train import CrossValidation, MODELS_DIR, TrainError, cross_validate, read_gold_corpus, save_models, train_all

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
        json_out.write_text(json.dumps(scores.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        err.print(f"scores → {json_out}")
    texts = load_texts(corpus, scores.docs, lambda m: err.print(f"note: {m}")) if errors or report else {}
    if errors:
        print_errors(scores, texts)
    if report is not None:
        write_report(scores, texts, report)
        err.print(f"report → {report}")




def links_cli(links: Path, ledger: Path, errors: bool) -> None:
    """Link precision and recall of a ledger against hand-labelled links."""
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


def train_cli(gold_dir: Path, corpus: Path, out: Path | None, seed: int) -> None:
    out = out or MODELS_DIR
    try:
        items = read_gold_corpus(gold_dir, corpus)
    except TrainError as exc:
        _fail(str(exc))
    started = time.perf_counter()
    hashes = save_models(train_all(items, seed), out)
    err.print(f"trained on {len(items)} documents in {time.perf_counter() - started:.1f}s (seed {seed}) → {out}")
    for name, digest in hashes.items():
        print(f"{digest[:16]}  {name}")


#: (column header, metric key) of the cross-validation table.
CV_COLUMNS = (("det F1", "detection_f1"), ("value F1", "value_f1"), ("unit F1", "unit_f1"),
              ("qual F1", "qualifier_f1"), ("year F1", "year_f1"), ("cat acc", "category_acc"),
              ("cat F1", "category_f1"), ("ind char-F1", "indicator_acc"), ("ind F1", "indicator_f1"),
              ("record F1", "record_f1"))


def cross_validate_cli(gold_dir: Path, corpus: Path, json_out: Path | None, seed: int = 0) -> None:
    try:
        items = read_gold_corpus(gold_dir, corpus)
    except TrainError as exc:
        _fail(str(exc))
    if len(items) < 2:
        _fail(f"{gold_dir}: cross-validation needs at least two gold documents, found {len(items)}")
    result = cross_validate(items, seed, progress=lambda message: err.print(message))
    print_cross_validation(result)
    if json_out is not None:
        json_out.write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        err.print(f"scores → {json_out}")


def print_cross_validation(result: CrossValidation) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(title="minsheng evaluate --cv: leave one document out (train on the others, score it)",
                  title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("held out", no_wrap=True)
    table.add_column("ablation")
    for header, _ in CV_COLUMNS:
        table.add_column(header, justify="right")
    doc_ids = list(result.scores["rules"].per_doc)
    for label in [*doc_ids, MICRO_LABEL]:
        for i, (name, scores) in enumerate(result.scores.items()):
            numbers = scores.micro if label == MICRO_LABEL else scores.per_doc[label]
            table.add_row(label if i == 0 else "", name, *(metric_text(numbers[key]) for _, key in CV_COLUMNS),
                          style="bold" if label == MICRO_LABEL else None, end_section=i == len(result.scores) - 1)
    console = Console(highlight=False, width=None if sys.stdout.isatty() else PIPED_WIDTH)
    console.print(table)
    for name, (right, of) in result.silent.items():
        console.print(f"category where the document assigns none, {name}: {right}/{of}"
                      + (f" = {right / of:.3f}" if of else ""))
    losses = result.losses()
    console.print("combined ≥ rules alone on every field, pooled and in every fold" if not losses
                  else "combined below rules alone: " + "; ".join(losses))
