"""The `minsheng` command. Each command is a thin wrapper over a module function."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="minsheng: livelihood-project figures from Chinese government documents, as records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gold_app = typer.Typer(help="Check, anchor and exchange the hand-labelled gold set.", no_args_is_help=True)
app.add_typer(gold_app, name="gold")

from pipeline.console import err, fail as _fail

GoldDir = Annotated[Path, typer.Option("--gold", help="Folder of gold/<doc_id>.json files.")]
CorpusDir = Annotated[Path, typer.Option("--corpus", help="Folder with the documents the gold refers to.")]


# ------------------------------------------------------------------------- extract

@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .pdf, .docx, .html, .zip, .tar.gz).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("outputs"),
    manifest: Annotated[Optional[Path], typer.Option(help="CSV with doc_id,title,published,source,kind. "
                                                     "Default: manifest.csv inside an input folder.")] = None,
    doc_year: Annotated[Optional[int], typer.Option(help="The document year for every input (overrides title, date line and manifest): 今年/去年 resolve against it.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary table.")] = False,
    models: Annotated[bool, typer.Option("--models/--rules-only", help=(
        "--models (default): where the document assigns no category, the trained category classifier decides "
        "when it is at least 0.6 sure, else the topic lexicon; where the rules find no acceptable indicator, the "
        "trained indicator model (spaCy). On unseen blind sets the classifier gained 0.02 record F1 over the "
        "lexicon (README, \"The statistical half\"). --rules-only: the lexicon alone, faster."))] = True,
    workers: Annotated[Optional[int], typer.Option("--workers", "-j", min=1, help=(
        "Worker processes extracting documents in parallel (default: the machine's cores; 1: in this process)."))] = None,
    resume: Annotated[bool, typer.Option("--resume", help=(
        "Reuse what earlier runs into OUTDIR extracted: only inputs whose sha256 and path are new "
        "(or that failed) are extracted. The outputs equal an uninterrupted run's."))] = False,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", min=1, help=(
        "Refuse files (and archive members) larger than this many bytes (default: 200 MiB)."))] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=0.001, help=(
        "Seconds a document may take to extract; a slower one is reported as an error and skipped."))] = None,
    engine: Annotated[str, typer.Option("--engine", help=(
        "local (worker processes on this machine) or dask (a Dask distributed cluster, see --scheduler)."))] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help=(
        "The Dask scheduler's address, e.g. tcp://HOST:8786 (with --engine dask)."))] = None,
) -> None:
    """Extract one record per quantity mention; write JSONL, CSV, Parquet and DuckDB."""
    from pipeline.batch import run_batch

    if engine not in ("local", "dask"):
        _fail(f"--engine {engine}: use local or dask")
    if (engine == "dask") != (scheduler is not None):
        _fail("--engine dask and --scheduler tcp://HOST:8786 go together")
    failed = run_batch(inputs, out, manifest=manifest, doc_year=doc_year, quiet=quiet, models=models,
                       workers=workers, resume=resume, max_bytes=max_bytes, timeout=timeout, scheduler=scheduler)
    raise typer.Exit(1 if failed else 0)


# ------------------------------------------------------------------------ evaluate

GoldDirs = Annotated[Optional[list[Path]], typer.Option(
    "--gold", help="Folder of gold/<doc_id>.json files; repeat with --corpus for several sets "
                   "(default: for --cv every pooled set, gold/ and tests/heldout{,2,3}/gold; "
                   "for train gold/ and tests/heldout/gold).")]
CorpusDirs = Annotated[Optional[list[Path]], typer.Option(
    "--corpus", help="Folder with the documents of the --gold at the same position.")]
TopicFiles = Annotated[Optional[list[Path]], typer.Option(
    "--topics", help="category<TAB>text training lines for the category classifier "
                     "(default: gold/topics/topics_a.tsv and topics_b.tsv).")]


@app.command()
def evaluate(
    gold: GoldDirs = None,
    pred: Annotated[Optional[Path], typer.Option("--pred", help="records.jsonl written by `minsheng extract`.")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the numbers as JSON here (with --links alone: the link scores and every missed and spurious link).")] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write a self-contained HTML report here.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every false positive, false negative and field error.")] = False,
    corpus: CorpusDirs = None,
    cv: Annotated[bool, typer.Option("--cv", help="Cross-validation of the statistical components over the gold sets: leave one document out, pooled and per set.")] = False,
    topics: TopicFiles = None,
    folds: Annotated[int, typer.Option(help="--cv: deal the documents into this many folds (0: one per document).")] = 0,
    indicator: Annotated[bool, typer.Option("--indicator/--no-indicator", help=(
        "--cv: train and score the indicator model too; --no-indicator: the category classifier only "
        "(seconds a fold instead of minutes), indicators from the rules."))] = True,
    seed: Annotated[int, typer.Option(help="--cv: random seed of the training.")] = 0,
    links: Annotated[Optional[Path], typer.Option("--links", help="Hand-labelled target→result links (gold/links.json): score --pred-ledger against them.")] = None,
    pred_ledger: Annotated[Optional[Path], typer.Option("--pred-ledger", help="ledger.jsonl written by `minsheng track`.")] = None,
) -> None:
    """Score predictions against the gold set (shared/docs/ANNOTATION.md, "Scoring"), or a ledger's links."""
    if links is not None:
        if pred_ledger is None:
            _fail("--links needs --pred-ledger OUTDIR/ledger.jsonl")
        from evaluation.commands import links_cli

        # with --pred as well, --json holds the records' scores
        links_cli(links, pred_ledger, errors, json_out if pred is None else None)
        if pred is None:
            return
    if cv:
        from evaluation.commands import cross_validate_cli, gold_sets

        cross_validate_cli(gold_sets(gold or [], corpus or []), topics, json_out=json_out, seed=seed,
                           folds=folds, indicator=indicator)
        return
    if pred is None:
        _fail("--pred is required (or use --cv)")
    if len(gold or []) > 1 or len(corpus or []) > 1:
        _fail("scoring --pred takes one --gold and one --corpus")
    from evaluation.commands import evaluate_cli

    evaluate_cli(gold_dir=(gold or [Path("gold")])[0], pred_path=pred, json_out=json_out, report=report,
                 errors=errors, corpus=(corpus or [Path("corpus")])[0])


# ---------------------------------------------------------------------------- track

@app.command()
def track(
    out: Annotated[Path, typer.Argument(help="Folder to write ledger.jsonl, ledger.csv, ledger.html and the ledger table into.")],
    inputs: Annotated[list[Path], typer.Option("--input", "-i", help="Output folder of `minsheng extract` (records.jsonl, documents.jsonl); repeat for several.")],
) -> None:
    """Link each target to the results that report on it: promised versus delivered."""
    from ledger.track import TrackError, track as run_track

    try:
        rows = run_track(inputs, out)
    except TrackError as exc:
        _fail(str(exc))
    reported = sum(r["status"] != "no report" for r in rows)
    err.print(f"ledger: {len(rows)} targets, {reported} with a result → {out}/ledger.jsonl, ledger.csv, ledger.html, minsheng.duckdb")


# ---------------------------------------------------------------------------- train

@app.command()
def train(
    gold: GoldDirs = None,
    corpus: CorpusDirs = None,
    topics: TopicFiles = None,
    out: Annotated[Optional[Path], typer.Option(help="Model folder (default: the shipped extractors/models).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same models.")] = 0,
) -> None:
    """Rebuild the statistical models from the gold sets and the topic set, deterministically.

    Without --gold: the indicator model from the corpus and held-out 1, the category classifier
    and the stance model from the corpus and every held-out set but 2 and 3. With --gold: all
    three from the sets given."""
    from evaluation.commands import gold_sets, train_cli
    from evaluation.train import category_training_sets, training_sets

    given = bool(gold or corpus)
    train_cli(gold_sets(gold or [], corpus or [], training_sets), topics, out=out, seed=seed,
              category_sets=None if given else category_training_sets())


# ----------------------------------------------------------------------------- gold

@gold_app.command("check")
def gold_check(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files.")] = Path("gold"),
    corpus: CorpusDir = Path("corpus"),
) -> None:
    """Offsets match the text, fields are in their allowed sets, no overlaps, plausible years."""
    from evaluation.gold import check_gold_dir

    if not gold_dir.is_dir():
        _fail(f"{gold_dir}: no such folder")
    count, problems = check_gold_dir(gold_dir, corpus)
    for problem in problems:
        print(problem)
    if count == 0:
        _fail(f"{gold_dir}: no gold files (*.json)")
    if problems:
        _fail(f"{len(problems)} problem(s) in {count} gold file(s)", code=1)
    err.print(f"gold check: {count} files OK")


@gold_app.command("anchor")
def gold_anchor(
    sheets: Annotated[list[Path], typer.Argument(help="Labelling worksheets (gold/sheets/*.txt).")],
    corpus: CorpusDir = Path("corpus"),
    out: Annotated[Path, typer.Option(help="Where to write <doc_id>.json.")] = Path("gold"),
) -> None:
    """Turn labelling worksheets (span marked in context) into gold files with offsets."""
    from evaluation.gold import SheetError, anchor_sheet, find_document, write_gold_file
    from pipeline.loaders import load_path

    for sheet in sheets:
        head = sheet.read_text(encoding="utf-8")
        doc_id = next((l.split(None, 1)[1].strip() for l in head.splitlines() if l.startswith("@doc ")), None)
        source = find_document(corpus, doc_id) if doc_id else None
        if source is None:
            _fail(f"{sheet}: no @doc line or no such document in {corpus}")
        try:
            gold = anchor_sheet(head, load_path(source).text)
        except SheetError as exc:
            _fail(f"{sheet}: {exc}")
        out.mkdir(parents=True, exist_ok=True)
        write_gold_file(gold, out / f"{gold.doc_id}.json")
        err.print(f"{sheet} → {out / (gold.doc_id + '.json')}: {len(gold.records)} records")


@gold_app.command("agree")
def gold_agree(
    first: Annotated[Path, typer.Argument(help="One annotator's gold folder (taken as reference).")],
    second: Annotated[Path, typer.Argument(help="The other annotator's gold folder.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the numbers as JSON here.")] = None,
) -> None:
    """Inter-annotator agreement: the scorer run with one annotation as gold, the other as predictions."""
    import json

    from evaluation.evaluate import print_summary, score
    from evaluation.gold import read_gold_dir

    a, b = read_gold_dir(first), read_gold_dir(second)
    shared = sorted(set(a) & set(b))
    if not shared:
        _fail(f"{first} and {second} have no document in common")
    scores = score({d: a[d].records for d in shared}, {d: b[d].records for d in shared})
    print_summary(scores)
    if json_out:
        json_out.write_text(json.dumps(scores.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")


@gold_app.command("export-labelstudio")
def gold_export_labelstudio(
    out: Annotated[Path, typer.Option("-o", "--out", help="Label Studio tasks JSON to write.")] = Path("labelstudio_tasks.json"),
    pred: Annotated[Optional[Path], typer.Option("--pred", help="records.jsonl to show as pre-annotations.")] = None,
    gold: GoldDir = Path("gold"),
    corpus: CorpusDir = Path("corpus"),
    config: Annotated[Optional[Path], typer.Option(help="Also write the labelling config XML here.")] = None,
) -> None:
    """Write one Label Studio task per document, predictions as pre-annotations."""
    from evaluation.labelstudio import export_cli

    export_cli(out=out, pred=pred, gold_dir=gold, corpus=corpus, config=config)


@gold_app.command("import-labelstudio")
def gold_import_labelstudio(
    export: Annotated[Path, typer.Argument(help="A Label Studio JSON export.")],
    out: Annotated[Path, typer.Option(help="Folder to write gold/<doc_id>.json into.")] = Path("gold"),
    corpus: CorpusDir = Path("corpus"),
) -> None:
    """Turn a Label Studio export back into gold files that pass `gold check`."""
    from evaluation.labelstudio import import_cli

    import_cli(export=export, out=out, corpus=corpus)


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `minsheng ... | head`
        sys.stderr.close()


if __name__ == "__main__":
    main()
