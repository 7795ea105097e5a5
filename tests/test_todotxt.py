"""todo.txt task lines (pipeline/structure.py, data/structure.toml [todo]): the marks of the
format (completion mark and dates, priority, creation date, `+project`, `@context`,
`key:value` tags) are the board's, and a task's figures are the plan's, also on a line
marked done, except those its own part of the line reports done (extractors/stance.py).
A made-up board."""
from pipeline.document import Document
from pipeline.run import analyse
from pipeline.structure import TODO, _lines, _todo_lines

_BOARD = """x 2031-05-02 2031-01-10 (B) 新建城市书房6个，已建成7个 +书香某县 @县文旅局 due:2031-06-30
(A) 2031-01-12 新增普惠托位360个 +幼育某县 @县卫健局 due:2031-10-31 t:2031-02-01
2031-02-03 改造农贸市场4个 +便民某县 @县商务局 rec:1y
(C) 帮扶困难职工850人，已帮扶512人 +乐业某县
"""


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    for r in records:
        assert text[r.start:r.end] == r.text
    return {r.text: r for r in records}


def test_a_task_s_words_leave_out_the_marks_and_the_tags():
    text = _BOARD
    found = _todo_lines(_lines(text))
    words = [text[line.start:line.end] for line in found.values()]
    assert words == ["新建城市书房6个，已建成7个", "新增普惠托位360个", "改造农贸市场4个", "帮扶困难职工850人，已帮扶512人"]
    assert all(line.kind == TODO for line in found.values())


def test_a_task_s_figure_is_the_plan_unless_its_part_reports_it_done():
    found = _records(_BOARD)
    assert found["6个"].stance == "target"           # a line marked done still states its plan
    assert found["7个"].stance == "achieved"
    assert (found["360个"].stance, found["360个"].indicator) == ("target", "普惠托位")
    assert found["850人"].stance == "target" and found["512人"].stance == "achieved"


def test_dates_priorities_and_tags_are_no_figures():
    texts = set(_records(_BOARD))
    assert not any(t.startswith(("2031", "1y")) or "due" in t for t in texts)


def test_a_few_lines_opening_with_a_bracketed_letter_are_no_board():
    text = "(A) 新增普惠托位360个\n第二段正文。\n"
    assert _todo_lines(_lines(text)) == {}
