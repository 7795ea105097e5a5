"""The record: one quantity mention with everything an analyst needs to use it.

`Record` is the only thing the writers, the gold files and the scorer know about.
Field names are a public contract (users' scripts and SQL depend on them): add
fields freely, never rename or drop one.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

QUALIFIERS = ("exact", "approx", "at_least", "at_most")

#: What a figure says of the world: a plan or goal, a result, or a standing total.
STANCES = ("target", "achieved", "stock")

#: The fields of a hand-labelled gold record (shared/docs/ANNOTATION.md), in order.
GOLD_FIELDS = (
    "start", "end", "text", "value", "value_max", "unit", "qualifier",
    "year", "category", "indicator", "per",
)

#: Gold fields added after the first gold sets: checked where present, scored where labelled.
OPTIONAL_GOLD_FIELDS = ("stance",)

#: Fields filled for records that come from a row of a task table.
TABLE_FIELDS = ("project", "lead_unit", "partner_units", "leader", "investment")


@dataclass(slots=True)
class Record:
    start: int
    end: int
    text: str
    value: float
    value_max: float | None = None
    unit: str = ""
    qualifier: str = "exact"
    year: int | None = None
    category: str | None = None
    indicator: str | None = None
    per: str | None = None
    doc_id: str = ""
    sent_id: int | None = None
    sentence: str | None = None
    extractor: str | None = None
    # table rows only
    project: str | None = None
    lead_unit: str | None = None
    partner_units: list[str] | None = None
    leader: str | None = None
    investment: float | None = None
    # where the span came from in a non-text original (page, paragraph, table cell)
    source: str | None = None
    # target (a plan or goal), achieved (a result) or stock (a standing total)
    stance: str | None = None
    #: how sure the extractor is of `indicator`, 0–1 (0: none found): a reviewer sorts by it
    indicator_confidence: float | None = None
    #: the district or county inside the document's place that the figure is for, where its
    #: table row is headed by one (a plan broken down by county) or its paragraph by a
    #: bracketed name (`【澧县】…`, a county's news flash); None for the place as a whole
    area: str | None = None
    #: in a document that is a diff between a draft and its final text (pipeline/diffs.py):
    #: `removed` for a figure of a line the final text drops (a draft's, promised by no one),
    #: `added` for one of a line it adds; None on context lines and in every other document
    revision: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        # field by field: dataclasses.asdict deep-copies, a sixth of a batch's time
        data = {name: getattr(self, name) for name in RECORD_FIELDS}
        data["value"] = plain_number(self.value)
        data["value_max"] = plain_number(self.value_max)
        data["investment"] = plain_number(self.investment)
        return data

    def gold_dict(self) -> dict[str, Any]:
        data = self.to_dict()
        gold = {name: data[name] for name in GOLD_FIELDS}
        gold.update({name: data[name] for name in OPTIONAL_GOLD_FIELDS if data[name] is not None})
        return gold

    @classmethod
    def from_dict(cls, data: dict[str, Any], doc_id: str = "") -> "Record":
        known = {f.name for f in fields(cls)} - {"extra"}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs.setdefault("doc_id", doc_id)
        for name in ("value", "value_max", "investment"):
            if kwargs.get(name) is not None:
                kwargs[name] = float(kwargs[name])
        return cls(**kwargs)


def plain_number(value: float | None) -> float | int | None:
    """176.0 -> 176 so that JSON and CSV show counts as integers."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return value


RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Record) if f.name != "extra")
"""Every field of a record as written out (`extra` is the run's own bookkeeping)."""
