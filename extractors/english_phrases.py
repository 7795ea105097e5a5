"""English noun phrases around a figure: what it counts, as the sentence writes it.

`phrase_after` reads the phrase after a figure (`2,400 affordable childcare places,`),
`phrase_before` the one before it in its clause (`a satisfaction rate of 95.2%`); both stop
at punctuation, at the table's ending words and at a verb (`-ed`, `-ing` after the phrase's
first word). The words are data/english.toml [phrases].
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .tables import alternation, read_table


@dataclass(frozen=True)
class _Phrases:
    ends: frozenset[str]
    joiners: frozenset[str]
    verb_endings: tuple[str, ...]
    age: regex.Pattern          # `aged 65 and over`, right after a noun
    links_before: frozenset[str]
    per_words: tuple[str, ...]
    share_of: str
    longest: int
    modifier_after: regex.Pattern   # ` for `, ` aged `: what follows the head noun


@lru_cache(maxsize=1)
def _phrases() -> _Phrases:
    spec = read_table("english.toml")
    words = spec["phrases"]
    return _Phrases(
        ends=frozenset(words["ends"]), joiners=frozenset(words["joiners"]),
        verb_endings=tuple(words["verb_endings"]),
        age=regex.compile(rf"[ ](?:{alternation(words['age_words'])})[ ][0-9]+(?:[ ](?:{alternation(words['age_tails'])}))?\b",
                          flags=regex.IGNORECASE),
        links_before=frozenset(words["links_before"]), per_words=tuple(spec["per"]["words"]),
        share_of=words["share_of"], longest=words["longest"],
        modifier_after=regex.compile(rf" (?:{alternation(words['modifiers_after'])}) ", flags=regex.IGNORECASE))


#: a word of the phrase: letters, with inner hyphens and apostrophes (`low-income`, `people's`)
_WORD = regex.compile(r"[A-Za-z][A-Za-z'’\-]*")
_GAP = regex.compile(r"[ \u00a0]+")
#: a number inside a phrase before a figure (`per 1,000 residents`)
_NUMBER = regex.compile(r"[0-9][0-9,.]*")


def _is_verb(word: str, data: _Phrases) -> bool:
    return len(word) > 4 and word.lower().endswith(data.verb_endings)


def phrase_after(text: str, position: int) -> str | None:
    """The noun phrase that starts at `position` (after a space), as written, or None."""
    span = _phrase_span_after(text, position)
    return None if span is None else text[span[0]:span[1]]


def _phrase_span_after(text: str, position: int) -> tuple[int, int] | None:
    data = _phrases()
    words: list[tuple[int, int]] = []
    at = position
    while len(words) < data.longest:
        gap = _GAP.match(text, at)
        word = _WORD.match(text, gap.end() if gap else at)
        if word is None or (not gap and at != position):
            break
        lower = word.group().lower()
        if lower in data.joiners:
            following = _GAP.match(text, word.end()) and _WORD.match(text, word.end() + 1)
            if not words or following is None or _ends_phrase(following.group(), data, first=False):
                break
        elif _ends_phrase(word.group(), data, first=not words):
            break
        words.append(word.span())
        at = word.end()
        if (age := data.age.match(text, at)) is not None and words:
            words.append(age.span())      # `residents aged 65 and over`: the age is the phrase's
            break
    while words and text[words[-1][0]:words[-1][1]].lower() in data.joiners:
        words.pop()
    return (words[0][0], words[-1][1]) if words else None


def _ends_phrase(word: str, data: _Phrases, first: bool) -> bool:
    return word.lower() in data.ends or (not first and _is_verb(word, data))


def share_phrase(text: str, position: int) -> str | None:
    """`of the annual plan` after a percentage: the whole it is a share of, with its `of`."""
    data = _phrases()
    of = regex.compile(rf"[ ]({regex.escape(data.share_of)})[ ]", flags=regex.IGNORECASE).match(text, position)
    if of is None:
        return None
    article = _WORD.match(text, of.end())
    start = of.end()
    if article is not None and article.group().lower() in data.ends:
        start = article.end()       # the article of `of the annual plan` stays in what is written
    rest = _phrase_span_after(text, start)
    return None if rest is None else text[of.start(1):rest[1]]


def phrase_after_of(text: str, position: int) -> str | None:
    """`waterfront greenway` of `42 km of waterfront greenway`: what a measure is of."""
    data = _phrases()
    of = regex.compile(rf"[ ]{regex.escape(data.share_of)}\b", flags=regex.IGNORECASE).match(text, position)
    return None if of is None else phrase_after(text, of.end())


def phrase_before(text: str, position: int) -> str | None:
    """The noun phrase before `position` in its clause, past the linking words and a `per`
    phrase right before the figure (`places per 1,000 residents to 3.6` → places)."""
    data = _phrases()
    tokens = _tokens_back(text, position)
    if tokens and _is_verb(tokens[0][2], data):
        tokens.pop(0)                 # `spending totalling RMB 3 billion`: the verb, not what is counted
    while tokens and tokens[0][2].lower() in data.links_before:
        tokens.pop(0)
    tokens = _past_a_per_phrase(tokens, data)
    phrase: list[tuple[int, int, str]] = []
    for token in tokens:
        if len(phrase) >= data.longest or token[2].lower() in data.ends or not _WORD.fullmatch(token[2]):
            break
        phrase.append(token)
    if not phrase:
        return None
    return text[phrase[-1][0]:phrase[0][1]]


def _past_a_per_phrase(tokens: list[tuple[int, int, str]], data: _Phrases) -> list[tuple[int, int, str]]:
    """The tokens (nearest first) past `per 1,000 residents` at their start, if there is one."""
    for i, token in enumerate(tokens[:3]):
        if token[2].lower() in data.per_words:
            return tokens[i + 1:]
    return tokens


#: what ends a clause, looking back from a figure
_CLAUSE_END = regex.compile(r"[,;:.!?()\[\]\"“”]")


#: the longest clause looked back over
_CLAUSE_REACH = 200


def clause_start(text: str, position: int) -> int:
    """Where the clause before `position` starts: after its punctuation, not after the
    separator or point inside a number (`1,000`, `3.6`)."""
    at = position
    while at > max(0, position - _CLAUSE_REACH):
        if _CLAUSE_END.match(text, at - 1) and not _inside_a_number(text, at - 1):
            break
        at -= 1
    return at


def _inside_a_number(text: str, at: int) -> bool:
    return text[at] in ",." and at > 0 and text[at - 1].isdigit() and text[at + 1:at + 2].isdigit()


def _tokens_back(text: str, position: int) -> list[tuple[int, int, str]]:
    """The words and numbers of the clause before `position`, nearest first."""
    start = clause_start(text, position)
    found = [(m.start(), m.end(), m.group()) for m in regex.finditer(r"[A-Za-z][A-Za-z'’\-]*|[0-9][0-9,.]*[0-9]|[0-9]",
                                                                     text[start:position])]
    return [(s + start, e + start, w) for s, e, w in reversed(found)]


def head_part(phrase: str) -> str:
    """The phrase up to its head noun, before what modifies it after (`community canteens`
    of `community canteens for seniors`, `residents` of `residents aged 65 and over`)."""
    return _phrases().modifier_after.split(phrase, maxsplit=1)[0]


#: how sure an English indicator is: a phrase of the figure's own, one borrowed from the
#: figure before it (as the Chinese rules' 0.9 and 0.5)
OWN_PHRASE, BORROWED_PHRASE = 0.9, 0.5


def english_indicator(text: str, start: int, end: int, kind: str, measured: bool, counted: str | None,
                      previous: str | None) -> tuple[str | None, float]:
    """What an English figure counts, as written: after a share, the whole it is of (`104.5%
    of the annual plan`); after another measure, what it is of (`42 km of waterfront
    greenway`); the counted noun (`2,400 affordable childcare places`); else the phrase before
    it in its clause (`a satisfaction rate of 95.2%`); else the previous figure's of the
    paragraph (`53 lifts …, 21 more than in 2024`)."""
    if kind == "percent":
        own = share_phrase(text, end)
    elif measured:
        own = phrase_after_of(text, end) or counted
    else:
        own = counted
    own = own or phrase_before(text, start)
    if own:
        return own, OWN_PHRASE
    return (previous, BORROWED_PHRASE) if previous else (None, 0.0)
