"""The clause punctuation (data/punctuation.toml), one table for every module that cuts
text at a clause's edge, and the character class a pattern matches it with."""
from __future__ import annotations

import regex

from .tables import read_table

_TABLE = read_table("punctuation.toml")
COMMAS: str = _TABLE["commas"]
SEMICOLONS: str = _TABLE["semicolons"]
SENTENCE_ENDS: str = _TABLE["sentence_ends"]
COLONS: str = _TABLE["colons"]
QUOTE_OPENS: str = _TABLE["quote_opens"]
QUOTE_CLOSES: str = _TABLE["quote_closes"]
BRACKET_OPENS: str = _TABLE["bracket_opens"]
BRACKET_CLOSES: str = _TABLE["bracket_closes"]
CELL_BARS: str = _TABLE["cell_bars"]
BOX_RULES: str = _TABLE["box_rules"]
BULLETS: str = _TABLE["bullets"]
#: What ends a clause inside a sentence
CLAUSE_MARKS = COMMAS + SEMICOLONS
#: What ends a clause, the sentence's own end included
CLAUSE_BREAKS = CLAUSE_MARKS + SENTENCE_ENDS
#: An aside in round brackets, the innermost of nested ones (`（第二批）`, `(含)`): what a reader
#: strips to read the words around it
ROUND_ASIDE = regex.compile(r"[（(][^（()）]*[）)]")


def char_class(*marks: str, negated: bool = False) -> str:
    """A pattern's character class matching any of `marks` (`[，,；;\\n]`), or, `negated`,
    any other character."""
    return ("[^" if negated else "[") + "".join(regex.escape(c) for c in "".join(marks)) + "]"
