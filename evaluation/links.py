"""Link precision and recall: a predicted ledger against hand-labelled target→result links.

A gold pair is found when a predicted link joins a target and a result whose spans
overlap the gold ones in the same documents. Only links from the gold file's
`target_docs` to its `result_docs` are scored: the gold says nothing about the others.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.jsonl import JsonlError, read_jsonl

from .evaluate import EvaluateError, prf

Span = tuple[str, int, int]          # doc_id, start, end
Link = tuple[Span, Span]             # target, result


@dataclass(frozen=True)
class LinkScores:
    n_gold: int
    n_pred: int
    n_correct: int
    missed: list[Link]
    spurious: list[Link]

    def metrics(self) -> dict[str, float | int]:
        return ({"n_gold": self.n_gold, "n_pred": self.n_pred, "n_correct": self.n_correct}
                | prf("link", self.n_correct, self.n_pred, self.n_correct, self.n_gold))


def _span(side: dict, where: str) -> Span:
    try:
        return side["doc_id"], int(side["start"]), int(side["end"])
    except (KeyError, TypeError, ValueError) as exc:
        raise EvaluateError(f"{where}: a side needs doc_id, start and end ({exc})") from exc


def _read_json(path: Path, what: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluateError(f"{path}: cannot read {what}: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise EvaluateError(f"{path}: {what} is not JSON: {exc}") from exc


def read_gold_links(path: Path) -> tuple[list[Link], set[str], set[str]]:
    data = _read_json(path, "gold links")
    if not isinstance(data, dict) or not isinstance(data.get("pairs"), list):
        raise EvaluateError(f"{path}: gold links need a 'pairs' list")
    pairs = [(_span(p["target"], f"{path} pair {i}"), _span(p["result"], f"{path} pair {i}"))
             for i, p in enumerate(data["pairs"])]
    targets = set(data.get("target_docs") or {t[0] for t, _ in pairs})
    results = set(data.get("result_docs") or {r[0] for _, r in pairs})
    return pairs, targets, results


def read_ledger_links(path: Path) -> list[Link]:
    """Every link of ledger.jsonl: each target's result and its other results."""
    links = []
    try:
        for where, row in read_jsonl(path):
            target = _span(row.get("target"), where)
            for result in ([row["result"]] if row.get("result") else []) + (row.get("other_results") or []):
                links.append((target, _span(result, where)))
    except JsonlError as exc:
        raise EvaluateError(str(exc)) from exc
    return links


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and min(a[2], b[2]) > max(a[1], b[1])


def _same(a: Link, b: Link) -> bool:
    return _overlaps(a[0], b[0]) and _overlaps(a[1], b[1])


def score_links(gold: list[Link], pred: list[Link], target_docs: set[str], result_docs: set[str]) -> LinkScores:
    pred = [p for p in pred if p[0][0] in target_docs and p[1][0] in result_docs]
    found = [g for g in gold if any(_same(g, p) for p in pred)]
    spurious = [p for p in pred if not any(_same(g, p) for g in gold)]
    correct = len(pred) - len(spurious)
    return LinkScores(len(gold), len(pred), min(correct, len(found)),
                      [g for g in gold if g not in found], spurious)
