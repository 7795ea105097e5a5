"""Worksheets (gold/README.md's format) anchored against a made-up document."""
import pytest

from evaluation.gold import SheetError, anchor_sheet

TEXT = "2025年计划新增学位3000个，改造老旧小区不少于40个。\t完成率\t95%\n"


def sheet(*lines: str) -> str:
    return "\n".join(["@doc d1", "@doc_year 2025", "@year 2025", "@category 常有优学", "@stance target", *lines])


def test_a_line_gives_offsets_value_unit_and_defaults():
    (record,) = anchor_sheet(sheet("新增学位[3000个]， | 3000 | 个 | 新增学位"), TEXT).records
    assert TEXT[record.start:record.end] == "3000个"
    assert (record.value, record.unit, record.year, record.category, record.stance) == (3000, "个", 2025, "常有优学", "target")


@pytest.mark.parametrize("options", [
    "q=at_least | cat=常有安居 | st=achieved",     # each option in its own cell
    "q=at_least cat=常有安居 st=achieved",          # several to a cell, as the format line shows them
    "q=at_least | cat=常有安居 st=achieved",
])
def test_options_in_cells_or_separated_by_spaces(options):
    (record,) = anchor_sheet(sheet(f"不少于[40个]。 | 40 | 个 | 改造老旧小区 | {options}"), TEXT).records
    assert (record.qualifier, record.category, record.stance) == ("at_least", "常有安居", "achieved")


def test_tab_and_line_break_escapes_in_a_context():
    (record,) = anchor_sheet(sheet(r"完成率\t[95%]\n | 95 | % | 完成率"), TEXT).records
    assert TEXT[record.start:record.end] == "95%"


def test_a_pipe_escaped_in_a_context_anchors_a_cell_of_a_pipe_table():
    text = "序号 | 桌数 | 厨师\n1 | 21 | 2\n"
    (record,) = anchor_sheet(sheet(r"21 \| [2] | 2 | 名 | 厨师"), text).records
    assert (record.start, text[record.start:record.end]) == (text.index("| 2\n") + 2, "2")


def test_a_range_and_a_comment():
    (record,) = anchor_sheet(sheet("新增学位[3000个] | 2000~3000 | 个 | 新增学位   # a made-up range"), TEXT).records
    assert (record.value, record.value_max) == (2000, 3000)


@pytest.mark.parametrize("line, message", [
    ("新增学位[3000个] | 3000 | 个 | 新增学位 | colour=red", "unknown options"),
    ("新增学位[3000个] | 3000 | 个 | 新增学位 | at_least", "is not key=value"),
    ("新增学位[5000个] | 5000 | 个 | 新增学位", "not found"),
    ("新增学位3000个 | 3000 | 个 | 新增学位", "exactly one"),
])
def test_mistakes_name_the_line(line, message):
    with pytest.raises(SheetError, match=message) as error:
        anchor_sheet(sheet(line), TEXT)
    assert str(error.value).startswith("line 6:")
