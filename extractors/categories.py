"""The category table (data/categories.toml): brand names, heading aliases, topic words."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from . import DATA_DIR

OTHER = "其他"


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    gloss: str
    aliases: tuple[str, ...]
    topics: tuple[str, ...]


@lru_cache(maxsize=1)
def category_table() -> tuple[Category, ...]:
    with (DATA_DIR / "categories.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return tuple(
        Category(c["name"], c.get("gloss", ""), tuple(c.get("aliases", ())), tuple(c.get("topics", ())))
        for c in data["category"]
    )


@lru_cache(maxsize=1)
def category_names() -> tuple[str, ...]:
    return tuple(c.name for c in category_table())
