"""The ledger's language data: TOML tables of ledger/data/ (synonyms, units, clause marks)."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=None)
def read_table(name: str) -> dict[str, Any]:
    """A TOML table of ledger/data/ by file name (`synonyms.toml`), read once."""
    with (DATA_DIR / name).open("rb") as fh:
        return tomllib.load(fh)
