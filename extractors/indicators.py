"""Indicator: the shortest noun phrase that names what a figure counts.

Chinese puts the counted noun either after the figure (`为3万名儿童开展…`,
`建成10个儿童友好社区`) or before it, as the object of a predicate
(`新增托位数3400个`, `托位数达4个`). `find_indicator` tries the phrase after the
figure, then the one before it, and cleans it the way gold/README.md says:
predicates, scope words and quotation marks dropped, `数` suffix dropped.

jieba segments only the clause around a figure (jieba's full POS tagger is too slow
for whole documents; its dictionary tags, looked up per word, are enough here).
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import DATA_DIR
from .segment import tag, words as _words

_DELIMITER = regex.compile(r"[，,；;。！？!?：:\n（(）)]")
_QUOTES = regex.compile(r"[“”‘’「」『』\"*]")
_QUALIFIER_END = regex.compile(r"(?:约|大约|近|将近|接近|超过|超|逾|不低于|不少于|至少|不超过|不高于)$")
_QUALIFIER_START = regex.compile(r"^(?:及以上|以上|以下|以内|左右|上下)")
_FIGURE = regex.compile(r"[\d０-９]|[一二两三四五六七八九十百千万亿]+[个家所名人户张部条座间处场次项辆批种类节份对轮件套台]")
#: jieba dictionary tags that cannot continue a noun phrase after a figure:
#: idioms, set phrases, prepositions, conjunctions, particles, adverbs. The
#: coordinators 和/及/与 are the exception: `孤儿和事实无人抚养、重病重残儿童`.
_NON_NOUN_TAGS = frozenset({"i", "l", "p", "c", "u", "uj", "ul", "ud", "uz", "d", "r"})
_NOUN_COORDINATORS = frozenset({"和", "及", "与", "以及"})
_MAX_AFTER = 16
_BRACKET_CLOSE = regex.compile(r"[）)]")
_LIST_JOINER = regex.compile(r"[、和及与]")
_ENUMERATION_COMMA = regex.compile(r"、")
_COMPARISON = regex.compile(r"(?:与|同|较|比).*?(?:相比|同期|相较)?$")
_LEADING_TIME = regex.compile(r"^(?:(?:19|20)\d\d年(?:度|底|内)?|[日年月]均)")


@dataclass(frozen=True)
class _Lexicon:
    predicates: frozenset[str]
    copulas: tuple[str, ...]
    stops_after: frozenset[str]
    lead_words: frozenset[str]
    lead: regex.Pattern
    fixed_terms: tuple[str, ...]
    count_suffixes: tuple[str, ...]
    generic_suffixes: tuple[str, ...]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    with (DATA_DIR / "indicators.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return _Lexicon(
        predicates=frozenset(data["predicates"]),
        copulas=tuple(sorted(data["copulas"], key=len, reverse=True)),
        stops_after=frozenset(data["stops_after"]),
        lead_words=frozenset(data["lead_words"]),
        lead=regex.compile("^(?:" + "|".join(regex.escape(w) for w in sorted(data["lead_words"], key=len, reverse=True)) + ")(?=.)"),
        fixed_terms=tuple(sorted(data["fixed_terms"], key=len, reverse=True)),
        count_suffixes=tuple(data["count_suffixes"]),
        generic_suffixes=tuple(data["generic_suffixes"]),
    )


def find_indicator(sentence: str, start: int, end: int, figures: list[tuple[int, int]]) -> str | None:
    """The indicator of the figure at [start, end) of `sentence`; `figures` are the
    spans of all figures in the sentence (a list item of its own ends a phrase)."""
    after = _phrase_after(sentence, end, figures)
    if after:
        return after
    return _phrase_before(sentence, start, figures)


# ---------------------------------------------------------------- after the figure

def _phrase_after(sentence: str, end: int, figures: list[tuple[int, int]]) -> str | None:
    lex = _lexicon()
    rest = sentence[end:]
    rest = _QUALIFIER_START.sub("", rest)
    rest = rest[1:] if rest.startswith("的") else rest
    if rest[:1] in ("为", "是") and not rest.startswith(("为其", "为民")):
        rest = rest[1:]                                   # 78%为护理型床位
    stop = _DELIMITER.search(rest)
    rest = rest[: stop.start() if stop else len(rest)]
    rest = _cut_at_next_item(rest, end, figures)
    phrase = ""
    for word in _words(rest[: _MAX_AFTER + 8]):
        if word in lex.stops_after or (tag(word) in _NON_NOUN_TAGS and word not in _NOUN_COORDINATORS):
            break
        if _FIGURE.match(word):
            break
        phrase += word
        if len(phrase) >= _MAX_AFTER:
            break
    return _clean(phrase)


def _cut_at_next_item(rest: str, offset: int, figures: list[tuple[int, int]]) -> str:
    """`建成10个儿童友好社区、50个标准化母婴设施`: a list item with a figure of its
    own ends the phrase; `孤儿和事实无人抚养、重病重残儿童` (no figure) does not."""
    for match in _LIST_JOINER.finditer(rest):
        following = _LIST_JOINER.search(rest, match.end())
        item_end = following.start() if following else len(rest)
        item = (offset + match.end(), offset + item_end)
        if any(item[0] <= s < item[1] for s, _ in figures) or _FIGURE.search(rest[match.end():item_end]):
            return rest[: match.start()]
    return rest


# --------------------------------------------------------------- before the figure

def _phrase_before(sentence: str, start: int, figures: list[tuple[int, int]]) -> str | None:
    clause_start = _clause_start(sentence, start, figures)
    clause = sentence[clause_start:start]
    clause = _strip_end(clause)
    phrase = _object_of(clause)
    if phrase is None and clause_start > 0:
        # `推进既有住宅加装电梯工作，年内开工180部`: the thing counted was named in
        # the clause before.
        previous_start = _clause_start(sentence, clause_start - 1, figures)
        phrase = _object_of(_strip_end(sentence[previous_start:clause_start - 1]))
    return phrase


def _clause_start(sentence: str, position: int, figures: list[tuple[int, int]]) -> int:
    """Where the clause of the figure at `position` starts. Brackets closed before the
    figure are part of a name (`普惠（示范性）托育机构`), not a break."""
    start = 0
    for m in _DELIMITER.finditer(sentence, 0, position):
        if m.group() in "（(" and _BRACKET_CLOSE.search(sentence, m.end(), position):
            continue
        if m.group() in "）)":
            continue
        start = m.end()
    # a list item after `、` starts its own phrase when the item before has a figure
    for match in _ENUMERATION_COMMA.finditer(sentence, start, position):
        item_start = match.end()
        if any(start <= s < item_start for s, _ in figures):
            start = item_start
    return start


def _strip_end(clause: str) -> str:
    lex = _lexicon()
    changed = True
    while changed:
        changed = False
        clause = clause.rstrip()
        without = _QUALIFIER_END.sub("", clause)
        if without != clause:
            clause, changed = without, True
        for copula in lex.copulas:
            if clause.endswith(copula):
                clause, changed = clause[: -len(copula)], True
                break
    return clause


def _object_of(clause: str) -> str | None:
    """What the clause's first predicate takes as object, else its subject."""
    lex = _lexicon()
    fixed = next((t for t in lex.fixed_terms if t in clause), None)
    if fixed and clause.endswith(fixed):
        return fixed
    if "等" in clause:
        clause = clause[clause.rindex("等") + 1:]          # 助老、助残等公益项目 → 公益项目
    words = _words(clause)
    first = next((i for i, w in enumerate(words) if w in lex.predicates), None)
    if first is None:
        return _clean(clause)
    obj = "".join(words[first + 1:])
    if _clean(obj):
        return _clean(obj)
    subject = "".join(words[:first])                      # 临时救助资金与去年同期相比增加
    subject = _COMPARISON.sub("", subject)
    return _clean(subject)


# ----------------------------------------------------------------------- cleaning

def _clean(phrase: str) -> str | None:
    lex = _lexicon()
    phrase = _QUOTES.sub("", phrase).strip(" \t、，,。；;：:")
    while phrase:
        lead = lex.lead.match(phrase) or _LEADING_TIME.match(phrase)
        if lead and lead.end() > 0:
            phrase = phrase[lead.end():]
            continue
        words = _words(phrase)
        if len(words) > 1 and words[0] in lex.predicates:
            phrase = phrase[len(words[0]):]
            continue
        break
    for suffixes in (lex.generic_suffixes, lex.count_suffixes):
        for suffix in suffixes:
            if phrase.endswith(suffix) and len(phrase) > len(suffix) + 1:
                phrase = phrase[: -len(suffix)]
                break
    phrase = next((term for term in lex.fixed_terms if phrase.endswith(term)), phrase)
    phrase = phrase.strip(" \t、，,。；;：:")
    if not phrase or phrase in lex.predicates or phrase in lex.lead_words or _FIGURE.fullmatch(phrase):
        return None
    return phrase
