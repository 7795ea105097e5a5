"""App card dumps, progress bars and Gantt-chart sources (pipeline/structure.py cards and
charts, extractors/indicators.py progress_bar_name, extractors/stance.py). Made-up pages."""
import pytest

from extractors.indicators import progress_bar_name
from extractors.stance import Where, figure_stance
from pipeline import extract
from pipeline.structure import structure

CARDS = """某市民生 · 进度
[ 全部 ] [ 已完成 9 ] [ 进行中 1 ]

┌ 老年助餐　　已完成
│ ▓▓▓▓▓▓▓▓▓▓ 104%
│ 社区食堂　目标 25家 | 已完成 26
│ 👍 88　分享 12　　查看详情 >
└ 更新于2031-11-02

╭──────────────╮
│ 停车设施
│ [########--] 80%
│ 公共泊位　目标 3000个 | 已完成 2400
╰──────────────╯
市民热线 12345
"""


def _record(records, text):
    return next(r for r in records if r.text == text)


def test_a_cards_title_heads_its_lines_and_not_the_lines_after_it():
    blocks = structure(CARDS)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings[:2] == ["老年助餐", "停车设施"]           # the status chip and the top edge are no part of a title
    bar = next(b for b in blocks if "104%" in b.text)
    assert bar.context.heading == "老年助餐" and not bar.text.startswith("│")
    after = next(b for b in blocks if "12345" in b.text)
    assert after.context.heading != "停车设施"


def test_a_cards_figures_take_its_titles_category_and_its_bar_is_its_completion_rate():
    records = extract(CARDS)
    rate = _record(records, "104%")
    assert (rate.category, rate.indicator) == ("常有颐养", "完成率")
    assert _record(records, "80%").indicator == "完成率"
    result = _record(records, "26")
    assert (result.unit, result.category, result.stance) == ("家", "常有颐养", "achieved")


def test_card_chrome_is_no_figure():
    texts = {r.text for r in extract(CARDS)}
    assert not texts & {"88", "12", "2031", "12345"}


def test_a_table_drawn_in_box_characters_is_no_card():
    table = "┌────┬────┐\n│ 项目 │ 数量 │\n├────┼────┤\n│ 托位 │ 300个 │\n└────┴────┘\n"
    assert not any(b.kind == "heading" and b.text == "项目" for b in structure(table))


@pytest.mark.parametrize("line, name", [
    ("总进度 █████████░ 92.9%", "总进度"),
    ("│ ████████░░ 83%", "完成率"),
    ("[####------] 40%", "完成率"),
    ("投资进度：■■■■□□□□ 50%", "投资进度"),
    ("完成 50%", None),                       # no bar
    ("满意度 ░ 50%", None),                   # one block character is no bar
])
def test_a_percentage_after_a_progress_bar_is_named_by_the_bars_label(line, name):
    assert progress_bar_name(line, line.rindex(line.split()[-1])) == name


GANTT = """```mermaid
gantt
    title 某区2031年民生实事（8件20项）
    dateFormat  YYYY-MM-DD
    section 托育
    新建托育园4所（已建成2所）   :active, a1, 2031-02-01, 2031-10-31
    section 养老
    改造养老院床位500张          :done,   b1, 2031-03-01, 45d
```
> 截至6月底：已完成5项。
"""


def test_a_gantt_tasks_figures_are_the_plans_and_its_bracketed_results_are_results():
    records = extract(GANTT)
    assert _record(records, "4所").stance == "target"
    assert _record(records, "2所").stance == "achieved"
    assert _record(records, "500张").stance == "target"       # a task marked done still names its plan


def test_a_gantt_chart_reads_only_its_task_names_under_its_sections():
    records = extract(GANTT)
    assert not {r.text for r in records} & {"2031", "45d", "1"}
    assert _record(records, "4所").category == "常有善育"
    assert _record(records, "500张").category == "常有颐养"
    blocks = structure(GANTT)
    summary = next(b for b in blocks if "截至6月底" in b.text)
    assert summary.context.heading != "养老"                    # the chart's sections end with it


def test_plantuml_gantt_tasks_and_sections():
    text = "@startgantt\n-- 托育 --\n[新建托育园4所] starts 2031-02-01\n@endgantt\n"
    blocks = structure(text)
    task = next(b for b in blocks if "4所" in b.text)
    assert (task.text, task.context.heading, task.context.status) == ("新建托育园4所", "托育", "task")


@pytest.mark.parametrize("sentence, figure, stance", [
    ("公共泊位　2400个（目标 3000）", "2400个", "achieved"),     # a goal's cue before another figure speaks of that one
    ("新建学校　7所 / 8所", "8所", "target"),                    # the second of a done/planned pair
    ("新建学校　7所 / 8所", "7所", "achieved"),
    ("旧改：30个／1.2万户", "1.2万户", "achieved"),              # two measures of one work, no pair
    ("【某市民生】8件实事 20个项目", "20个", "target"),            # the items after their named groups
])
def test_progress_pairs_stance(sentence, figure, stance):
    start = sentence.index(figure)
    assert figure_stance(Where(sentence, start, start + len(figure)), "report", 2031) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("累计300个", "300个", "target"),                  # a timetable's cumulative milestone in a plan's table
    ("班额由52人降至45人以内", "52人", "stock"),        # the level that stands before a one-character change
    ("班额由52人降至45人以内", "45人", "target"),
])
def test_plan_timetable_stance(sentence, figure, stance):
    start = sentence.index(figure)
    where = Where(sentence, start, start + len(figure), in_table=sentence.startswith("累计"))
    assert figure_stance(where, "plan", 2031) == stance


def test_a_cumulative_total_outside_a_plans_table_stays_a_stock():
    sentence = "累计300个"
    assert figure_stance(Where(sentence, 2, 6), "report", 2031) == "stock"


def test_a_figure_in_brackets_after_a_name_is_of_that_names_topic():
    records = extract("截至6月底，进度滞后的项目：既有住宅加装电梯（完成38%）、燃气管道老化更新（完成2100户）。")
    assert _record(records, "38%").category == "常有安居"


def test_a_card_never_closed_by_a_corner_ends_at_its_last_margin_line():
    # made up: a commitment card per project, each opened by a corner and left open, a blank line after it
    text = ("2031年承诺卡\n\n┌─ 托育服务\n│　承诺内容　　　　　　　　年度目标　　完成时限\n│　新增普惠托位（个）　　　　120　　　　10月底\n"
            "│　责任单位：县卫健局\n\n┌─ 养老服务\n│　高龄津贴：80周岁以上老人每人每月提高到120元\n")
    found = {r.text: r for r in extract(text, doc_year=2031)}
    assert (found["120"].unit, found["120"].indicator, found["120"].category) == ("个", "普惠托位", "常有善育")
    assert found["120元"].category == "常有颐养"
