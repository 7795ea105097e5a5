#!/usr/bin/env python3
"""Review held-out 100's gold by eye with the shared `tools/review_gold.py` (stdlib only; imports
nothing from the package).

    python3 tests/heldout100/review.py tests/heldout100/gold/*.json
"""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[2] / "tools" / "review_gold.py"), run_name="__main__")
