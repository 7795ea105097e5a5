"""`minsheng extract` + `minsheng track` + `minsheng evaluate --links` against the hand-labelled
links: the corpus (001 → 000, 002), held-out 3's blind plan/report pair (308 → 309) and held-out 4's
(plan 410 → statistical communiqué 411)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).parent.parent

#: (corpus, links, minimum precision, minimum recall): issue 11's bar
CASES = [
    (ROOT / "corpus", ROOT / "gold" / "links.json", 0.85, 0.85),
    (ROOT / "tests" / "heldout3" / "corpus", ROOT / "tests" / "heldout3" / "links.json", 0.85, 0.85),
    (ROOT / "tests" / "heldout4" / "corpus", ROOT / "tests" / "heldout4" / "links.json", 0.85, 0.85),
]


@pytest.mark.parametrize("corpus, links, min_p, min_r", CASES, ids=["corpus", "heldout3", "heldout4"])
def test_link_precision_and_recall(tmp_path: Path, corpus: Path, links: Path, min_p: float, min_r: float):
    runner = CliRunner()
    run = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path), "--quiet"])
    assert run.exit_code == 0, run.output
    tracked = runner.invoke(app, ["track", str(tmp_path), "--input", str(tmp_path)])
    assert tracked.exit_code == 0, tracked.output
    scored = runner.invoke(app, ["evaluate", "--links", str(links), "--pred-ledger", str(tmp_path / "ledger.jsonl")])
    assert scored.exit_code == 0, scored.output
    precision, recall = map(float, re.search(r"P ([\d.]+)  R ([\d.]+)", scored.output).groups())
    assert precision >= min_p and recall >= min_r, scored.output
