"""The category table (data/categories.toml): brand names, heading aliases, topic words."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tables import alternation, read_table

OTHER = "其他"


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    gloss: str
    aliases: tuple[str, ...]
    topics: tuple[str, ...]


@lru_cache(maxsize=1)
def category_table() -> tuple[Category, ...]:
    data = read_table("categories.toml")
    return tuple(
        Category(c["name"], c.get("gloss", ""), tuple(c.get("aliases", ())), tuple(c.get("topics", ())))
        for c in data["category"]
    )


@lru_cache(maxsize=1)
def category_names() -> tuple[str, ...]:
    return tuple(c.name for c in category_table())


@lru_cache(maxsize=1)
def _aliases_longest_first() -> tuple[tuple[str, str], ...]:
    pairs = [(alias, c.name) for c in category_table() for alias in c.aliases]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def category_by_alias(text: str) -> str | None:
    """The brand or project group a heading, table group or project name names."""
    for alias, name in _aliases_longest_first():
        if alias in text:
            return name
    return None


@dataclass(frozen=True, slots=True)
class InlineSpec:
    max_head: int
    breaks: str
    quoted: "regex.Pattern"
    frames: tuple["regex.Pattern", ...]


@lru_cache(maxsize=1)
def _inline_spec() -> InlineSpec:
    import regex

    data = read_table("categories.toml")["inline"]
    quoted = "|".join(f"{regex.escape(q[0])}(?P<q{i}>[^{regex.escape(q)}]{{2,12}}){regex.escape(q[1])}"
                      for i, q in enumerate(data["quotes"]))
    return InlineSpec(data["max_head"], data["breaks"], regex.compile(quoted),
                      tuple(regex.compile(f) for f in data["frames"]))


@dataclass(frozen=True, slots=True)
class InlinePhrase:
    """A brand or topic named at the head of a sentence; `category` is None where the
    phrase names several topics (`聚焦“一老一小”`): it ends the previous phrase's reach."""
    category: str | None


def inline_phrase(sentence: str) -> InlinePhrase | None:
    """`围绕“常有善育”，…` → InlinePhrase(常有善育); None where the head names nothing."""
    spec = _inline_spec()
    head_end = next((i for i, ch in enumerate(sentence[:spec.max_head + 1]) if ch in spec.breaks), None)
    if head_end is None:
        return None
    head = sentence[:head_end].strip()
    if not head or any(ch.isdigit() for ch in head):
        return None
    quoted = [name for m in spec.quoted.finditer(head) if _names_a_topic(name := next(g for g in m.groups() if g))]
    if quoted:
        found = {category_of_heading(name) for name in quoted}
        return InlinePhrase(found.pop() if len(found) == 1 else None)
    # a frame (`出行方面，`) starts a new topic even where its name is not in the lexicon
    framed = next((m.group("name") for f in spec.frames if (m := f.search(head))), None)
    return InlinePhrase(category_of_heading(framed)) if framed else None


def _names_a_topic(name: str) -> bool:
    """A brand or group alias, or at least one topic word (`“微更新”` names none)."""
    scores = topic_scores(name)
    scores.pop(OTHER, None)
    return bool(scores) or category_by_alias(name) is not None


@lru_cache(maxsize=1)
def _projects_pattern():
    import regex

    return regex.compile(alternation(read_table("categories.toml")["projects_themselves"]["words"]))


def names_the_projects(indicator: str | None) -> bool:
    """`赞成票率`, `群众满意度`, `民生实事项目`: the figure is about the projects themselves."""
    return bool(indicator) and _projects_pattern().search(indicator) is not None


def category_of_heading(text: str) -> str | None:
    """A heading assigns the category it names, or the category of the one topic it
    names (`民生保障：…` → 常有众扶). A heading over several topics (`教育和托育`,
    `一老一小`) assigns none: its figures go by their own topics. `其他` is never
    assigned by a heading."""
    named = category_by_alias(text)
    if named:
        return named
    scores = topic_scores(text)
    scores.pop(OTHER, None)
    if not scores:
        return None
    best = max(scores, key=scores.get)
    return best if scores[best] > sum(scores.values()) - scores[best] else None


@lru_cache(maxsize=1)
def _topic_pattern():
    import regex

    owner: dict[str, list[str]] = {}
    for c in category_table():
        for w in c.topics:
            owner.setdefault(w, []).append(c.name)
    return regex.compile(alternation(owner)), owner


def topic_scores(text: str) -> dict[str, int]:
    """Topic-word evidence per category: characters of matched topic words."""
    pattern, owner = _topic_pattern()
    scores: dict[str, int] = {}
    for match in pattern.finditer(text):
        for name in owner[match.group()]:
            scores[name] = scores.get(name, 0) + len(match.group())
    return scores


#: How much more a topic word of the figure's own words weighs than one of the sentence.
_FOCUS_WEIGHT = 3


def category_by_topic(text: str, focus: str = "") -> str:
    """Where the document assigns no category: the category whose topic words weigh
    most in the figure's own words (`focus`: its indicator and clause), the sentence
    breaking ties and deciding when those name no topic; `其他` when nothing matches."""
    own = topic_scores(focus) if focus else {}
    scores = topic_scores(text)
    for name, weight in own.items():
        scores[name] = scores.get(name, 0) + _FOCUS_WEIGHT * weight
    if not scores:
        return OTHER
    return max(scores, key=lambda name: (own.get(name, 0), scores[name], -category_names().index(name)))
