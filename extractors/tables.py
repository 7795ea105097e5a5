"""Reading the language tables in data/, and the one regex idiom they all need."""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from typing import Any

import regex

from . import DATA_DIR


def read_table(name: str) -> dict[str, Any]:
    """A TOML table of data/ by file name (`quantities.toml`)."""
    with (DATA_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


def alternation(words: Iterable[str]) -> str:
    """`a|b|c` matching the longest of several words that share a start (`人次` before `人`)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def word_pattern(words: Iterable[str]) -> re.Pattern:
    """The `alternation` of plain words, compiled by the standard library's `re`: on a
    long list of literal words it scans about three times faster than `regex`, and finds
    the same matches (both try the alternatives in order at each position)."""
    # no words: a pattern that never matches (an empty one would match everywhere)
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")
