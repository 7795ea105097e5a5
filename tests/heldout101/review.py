#!/usr/bin/env python3
"""Review held-out 101's gold by eye with the shared `tools/review_gold.py` (stdlib only; imports
nothing from the package).

    python3 tests/heldout101/review.py tests/heldout101/gold/*.json
"""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[2] / "tools" / "review_gold.py"), run_name="__main__")
