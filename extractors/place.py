"""Place: the city, district or county a document speaks for.  ← data/place.toml

A district is not its city: the most specific unit named first is the place, and the
city named with it (`常州市钟楼区`, or a district in the title and its city in the source)
is kept beside it. The manifest's `place` column, when given, is read the same way.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from .segment import words as cut
from .tables import read_table, word_pattern

_HAN = regex.compile(r"^\p{Han}+$")


@dataclass(frozen=True, slots=True)
class Place:
    place: str | None = None    # the most specific unit (钟楼区, 常州市)
    city: str | None = None     # its city where stated (常州市 for 钟楼区); the place itself for a city


@lru_cache(maxsize=1)
def _table() -> dict:
    data = read_table("place.toml")
    data["all_suffixes"] = sorted(data["suffixes"]["city"] + data["suffixes"]["district"], key=len, reverse=True)
    data["generic"] = set(data["generic"])
    return data


def _suffix(name: str) -> str | None:
    return next((s for s in _table()["all_suffixes"] if name.endswith(s) and len(name) > len(s)), None)


def is_generic(word: str) -> bool:
    """`城市`, `全区`, `社区`: a word that ends in a unit's suffix but names no particular unit."""
    return word in _table()["generic"]


def _is_city(name: str) -> bool:
    return _suffix(name) in _table()["suffixes"]["city"]


#: Punctuation jieba never joins to a word (outside its word characters, and no white
#: space, which it may pair: `\r\n`): cutting the pieces between these one by one gives
#: the words of the whole text.
_PIECE_BREAK = regex.compile(r"[，。、；：！？（）《》“”‘’【】,;:!?()]")


def unit_named(text: str | None) -> str | None:
    """The administrative unit that `text` is, whole (`武陵区`, a row header of a table by
    county; the `澧县` of a heading `【澧县】`), else None (`合计`, `全市`, `区县市`)."""
    name = (text or "").strip()
    return name if name and admin_units(name) == [name] and not is_generic(name) else None


def admin_units(text: str) -> list[str]:
    """Names of administrative units in `text`, in order (`常州市`, `钟楼区`). Only the
    pieces that hold a suffix are segmented: a unit, or a name and its suffix word, is
    within one piece, and most pieces of a lead name none."""
    units: list[str] = []
    suffix = _suffix_pattern()
    for piece in _PIECE_BREAK.split(text):
        if suffix.search(piece):
            _add_units(cut(piece), units)
    return units


def without_leading_places(title: str) -> str:
    """A title without the names of administrative units it opens with (`海东市平安区康源大药房…`
    → `康源大药房…`): a place's name says where, and a topic word inside it (`平安区`, `安居区`) says
    nothing of what the title is about. The title stays whole where nothing would be left."""
    rest = title.lstrip()
    for unit in admin_units(title):
        if not rest.startswith(unit):
            break
        rest = rest[len(unit):].lstrip()
    if rest != title.lstrip() and (town := _TOWN.match(rest)):
        rest = rest[town.end():].lstrip()     # a town under the county (`汪清县天桥岭镇…`), which no segmenter knows
    return rest if rest else title


#: a town's or township's name after its county's in a title (`天桥岭镇`, `八里罕镇`, `城南街道`)
_TOWN = regex.compile(r"\p{Han}{1,5}?(?:镇|乡|街道|苏木)(?!村|镇|级|域)")


@lru_cache(maxsize=1)
def _suffix_pattern():
    return word_pattern(_table()["all_suffixes"])


def _add_units(tokens: tuple[str, ...], units: list[str]) -> None:
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        joined = _joined(token, following)
        if joined:
            units.append(joined)
        elif _is_unit(token) and not (units and units[-1].endswith(token)):
            units.append(token)


def _is_unit(token: str) -> bool:
    return bool(_HAN.match(token)) and _suffix(token) is not None and token not in _table()["generic"] \
        and len(token) >= 2


def _joined(name: str, following: str) -> str | None:
    """A bare name and the suffix word after it: `天津`+`滨海新区`, `常州`+`市委` → 常州市."""
    table = _table()
    if not _HAN.match(name) or len(name) < 2 or name in table["not_names"] or _suffix(name):
        return None
    organ = next((o for o in table["organs"] if following == o), None)
    if organ:
        return name + _suffix_at_start(organ)
    if following in table["all_suffixes"] or (following in table["generic"] and _suffix(following)):
        return name + following
    return None


def _suffix_at_start(organ: str) -> str:
    return next(s for s in _table()["all_suffixes"] if organ.startswith(s))


def place_of(texts: Iterable[str | None]) -> Place:
    """The place the first text that names one speaks for; its city from the unit named
    just before it in any of the texts (`常州市钟楼区`, `厦门市思明区人民政府`)."""
    texts = [t for t in texts if t]
    found = [admin_units(t) for t in texts]
    first = next((units for units in found if units), None)
    if not first:
        return Place()
    place = _most_specific(first)
    if _is_city(place):
        return Place(place, place)
    return Place(place, _city_of(place, found))


def _most_specific(units: list[str]) -> str:
    """The first unit, or the district right after it when the first is its city."""
    if len(units) > 1 and _is_city(units[0]) and not _is_city(units[1]):
        return units[1]
    return units[0]


def _city_of(place: str, found: list[list[str]]) -> str | None:
    for units in found:
        for before, unit in zip(units, units[1:]):
            if unit == place and _is_city(before):
                return before
    return None
