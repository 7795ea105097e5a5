"""The slides of a deck exported as text (extractors/data/structure.toml [slide]): which
line opens a slide and which line titles it, so that structure reads each title as the
heading over its slide's bullets and speaker notes."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import read_table


@dataclass(frozen=True, slots=True)
class SlideTitle:
    mark: int       # the index of the slide's mark line (`--- 幻灯片 3 ---`)
    title: str      # the title without its label (`标题：`)


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern]:
    spec = read_table("structure.toml")["slide"]
    return regex.compile(spec["mark"]), regex.compile(spec["title"])


def slide_titles(lines: list[str]) -> dict[int, SlideTitle]:
    """The title lines of the slides, by index: the first non-blank line after a slide mark,
    where it carries a title label. Blank lines may stand between the two."""
    mark, title = _patterns()
    found: dict[int, SlideTitle] = {}
    for i, line in enumerate(lines):
        if mark.match(line) is None:
            continue
        following = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if following is not None and (labelled := title.match(lines[following])):
            found[following] = SlideTitle(i, labelled.group("label"))
    return found
