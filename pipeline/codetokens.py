"""The tokens of code that a reader walks bracket by bracket without a parser (a parser
gives values without their offsets into the original text): a chart's script
(pipeline/charts.py) and an analyst's R or Python (pipeline/codeframes.py).

Each language has its own kinds in extractors/data/codetokens.toml (its strings, comments,
numbers, words and key signs differ: R's `tibble::tribble` is one word, a script's
`name:` is a word and a key sign); the brackets, the comma, white space and any other
character are read alike in all of them. Every character falls in one token, so a pass
over a text is linear.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extractors.tables import read_table

#: the kinds every language shares, tried after its own: brackets, the comma, white space,
#: and any other character (so that no character is skipped)
_SHARED_KINDS = (("open", r"[\[{(]"), ("close", r"[\]})]"), ("sep", ","), ("space", r"\s+"), ("other", "."))


@lru_cache(maxsize=None)
def token_pattern(language: str) -> regex.Pattern:
    """The tokens of `language` (a table of extractors/data/codetokens.toml), one named
    group per kind: a match's `lastgroup` is its kind."""
    kinds = list(read_table("codetokens.toml")[language].items()) + list(_SHARED_KINDS)
    return regex.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in kinds), regex.DOTALL)
