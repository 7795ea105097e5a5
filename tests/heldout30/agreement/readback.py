#!/usr/bin/env python3
"""Read back held-out 30's agreement gold with the shared `tools/review_gold.py` (stdlib only; imports
nothing from the package): every record in its context, then every numeral left outside a record.

    python3 tests/heldout30/agreement/readback.py [GOLD.json ...]     # default: all of agreement/gold/
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
review = runpy.run_path(str(HERE.parents[2] / "tools" / "review_gold.py"))["review"]
for path in sys.argv[1:] or sorted(HERE.glob("gold/*.json")):
    review(str(path))
