"""Bar charts of a report dumped as text, read as the tables they draw. A PDF's chart copies
out as its caption, its axis's tick labels and, for each bar, its name on one line and its
value on the next; a chart of several series (a legend over it) puts one value per series
under each name:

    图1　12件民生实事完成投资（单位：亿元）        图3　主要子项目年度目标与实际完成
    0.0　　0.4　　0.8　　1.2                       ■年度目标　■实际完成
    托育服务                                       普惠托位（个）
    0.18                                           240
    教育提质                                       256
    1.52                                           …

read as

    项目	民生实事完成投资（亿元）                  项目	年度目标	实际完成
    托育服务	0.18                                  普惠托位（个）	240	256
    教育提质	1.52                                  …

so that the table reader (pipeline/tables.py) gives each value its unit (the caption's, or the
bar name's bracket), its indicator and category (the bar's name) and its stance (a legend of
target and result reads as a progress table's columns). The tick labels are no figures and are
left out. The patterns are data (extractors/data/chartdump.toml); a text without a caption
line (`图1 …`) is passed at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import read_table

from .spans import Line, Piece, Region, text_lines

#: the name column's header in the view, and how the cells and rows are joined
_NAME_HEADER, _CELL, _ROW = "项目", "\t", "\n"


@dataclass(frozen=True, slots=True)
class _Spec:
    caption: regex.Pattern
    title_unit: regex.Pattern
    title_count: regex.Pattern
    legend: regex.Pattern
    legend_marker: regex.Pattern
    ticks: regex.Pattern
    name_line: regex.Pattern
    value_line: regex.Pattern
    min_bars: int


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    table = read_table("chartdump.toml")
    return _Spec(*(regex.compile(table[key]) for key in ("caption", "title_unit", "title_count", "legend",
                                                           "legend_marker", "ticks", "name_line", "value_line")),
                 int(table["min_bars"]))


def _span(line: Line, match: regex.Match, group: str) -> tuple[int, int]:
    start, end = match.span(group)
    return line.start + start, line.start + end


def _series(line: Line) -> list[str] | None:
    """The series a legend line names (`■年度目标　■实际完成` → 年度目标, 实际完成), or None."""
    spec = _spec()
    if not spec.legend.match(line.text):
        return None
    return [name.strip(" \t\u3000") for name in spec.legend_marker.split(line.text) if name.strip(" \t\u3000")]


def _measure(title: str) -> str | None:
    """The header of a one-series chart's values: its title's measure with the unit in brackets
    (`12件民生实事完成投资（单位：亿元）` → `民生实事完成投资（亿元）`); None where the title names no unit."""
    spec = _spec()
    unit = spec.title_unit.search(title)
    if unit is None:
        return None
    words = spec.title_count.sub("", title[:unit.start()]).strip(" \t\u3000")
    return f"{words}（{unit.group('unit')}）" if words else None


def _chart(lines: list[Line], i: int, caption: regex.Match) -> tuple[int, list[Piece]] | None:
    """The chart whose caption (`caption`, matched) is line `i`: the index of the line after its last
    bar and the pieces of its table; None where no run of bars follows the caption."""
    spec = _spec()
    j = i + 1
    series = _series(lines[j]) if j < len(lines) else None
    if series is not None:
        header = _CELL.join([_NAME_HEADER, *series])
        j += 1
    elif (measure := _measure(caption.group("title"))) is not None:
        header, series = _CELL.join([_NAME_HEADER, measure]), [measure]
    else:
        return None
    while j < len(lines) and spec.ticks.match(lines[j].text):
        j += 1                        # the axis's tick labels: no figures
    rows: list[Piece] = []
    bars = 0
    while j + len(series) < len(lines) and (name := spec.name_line.match(lines[j].text)):
        values = [spec.value_line.match(lines[j + 1 + k].text) for k in range(len(series))]
        if not all(values):
            break
        rows.append(_span(lines[j], name, "name"))
        for k, value in enumerate(values):
            rows += [_CELL, _span(lines[j + 1 + k], value, "value")]
        rows.append(_ROW)
        bars += 1
        j += 1 + len(series)
    if bars < spec.min_bars:
        return None
    return j, [header, _ROW, *rows]


def chart_dump_regions(text: str) -> list[Region]:
    """Each bar chart dumped under its caption and the table it reads as (pipeline/columns.py's
    regions), from the line after the caption to the chart's last bar."""
    if "图" not in text:
        return []
    lines = text_lines(text)
    regions: list[Region] = []
    i = 0
    while i < len(lines) - 1:
        if (caption := _spec().caption.match(lines[i].text)) and (chart := _chart(lines, i, caption)) is not None:
            end, pieces = chart
            last = lines[end - 1]
            regions.append((lines[i + 1].start, last.start + len(last.text), pieces))
            i = end
        else:
            i += 1
    return regions
