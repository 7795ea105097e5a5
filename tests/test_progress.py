"""Bare figures of progress pairs and status chips (extractors/progress.py). Made-up lines."""
import pytest

from extractors.progress import answered_items, paired_figures, status_chips
from extractors.quantities import find_quantities
from pipeline import extract


def _paired(line):
    quantities = find_quantities(line)
    return paired_figures(line, quantities, [(q.start, q.end) for q in quantities])


@pytest.mark.parametrize("line, text, value, unit, is_target", [
    ("口袋公园　目标 40个 | 已完成 43", "43", 43, "个", False),
    ("养老床位　目标：800张　实际完成：812", "812", 812, "张", False),
    ("健身步道　12.5公里（目标 10）", "10", 10, "公里", True),
    ("新增学位　计划 2.4万个 ／ 已完成 2.55万", "2.55万", 25500, "个", False),
    ("已完成 36 | 目标 30所", "36", 36, "所", False),        # the partner after it, where none is before
])
def test_a_bare_figure_after_a_progress_word_takes_its_partners_unit(line, text, value, unit, is_target):
    [found] = _paired(line)
    q = found.quantity
    assert (line[q.start:q.end], q.value, q.unit, found.is_target) == (text, value, unit, is_target)


@pytest.mark.parametrize("line", [
    "已完成 36",                               # no partner with a unit on the line
    "目标 30所\n已完成 36",                     # the partner is on another line
    "目标 30所，完成36所",                      # the result has its own measure word
    "计划2026年建成",                           # a year, not a bare figure
    "完成 30% | 目标 40",                       # a rate is no partner for a count
    "目标1：新建口袋公园12个",                  # the number of a numbered goal
    "任务2、改造燃气管道35公里",                # …and of a numbered task
])
def test_no_bare_figure_without_a_partner_on_its_line(line):
    assert _paired(line) == []


def test_a_bare_result_becomes_a_record_counting_what_its_target_counts():
    records = extract("社区食堂进度\n社区食堂　目标 40家 | 已完成 43\n")
    result = next(r for r in records if r.text == "43")
    target = next(r for r in records if r.text == "40家")
    assert (result.value, result.unit, result.indicator, result.stance) == (43, "家", target.indicator, "achieved")


def test_a_bare_result_in_the_targets_magnitude():
    records = extract("就业进度\n城镇新增就业　目标 6.5万人 | 已完成 3.6\n")
    assert next(r for r in records if r.text == "3.6").value == 36000


@pytest.mark.parametrize("line, counts", [
    ("[ 全部 ] [ 已完成 17 ] [ 进行中 3 ]", [("17", "已完成"), ("3", "进行中")]),
    ("【滞后 2】【已办结 40】", [("2", "滞后"), ("40", "已办结")]),
])
def test_a_status_chip_counts_the_items_in_that_state(line, counts):
    assert [(line[c.quantity.start:c.quantity.end], c.status) for c in status_chips(line)] == counts


@pytest.mark.parametrize("line", ["[ 全部 ]", "[ 已完成 ]", "（已完成 2025年）", "[已完成 17个]"])
def test_no_chip_without_a_bare_count(line):
    assert status_chips(line) == []


def test_chip_counts_take_the_unit_and_noun_the_document_counts_its_items_in():
    records = extract("某区民生实事进度\n今年共20件实事\n[ 全部 ] [ 已完成 17 ] [ 进行中 3 ]\n")
    chips = [(r.value, r.unit, r.indicator) for r in records if r.text in ("17", "3")]
    assert chips == [(17, "件", "已完成实事"), (3, "件", "进行中实事")]


def test_chip_counts_without_a_count_of_items_are_in_the_default_unit():
    records = extract("[ 已完成 17 ] [ 进行中 3 ]\n")
    assert [(r.value, r.unit, r.indicator) for r in records] == [(17, "个", "已完成项目"), (3, "个", "进行中项目")]


def test_a_bare_result_over_a_slash_takes_the_unit_of_its_target_after_it():
    records = extract("新增学位 2.35万 ／ 2.2万个\n")
    assert [(r.text, r.value, r.unit, r.stance) for r in records] == [
        ("2.35万", 23500, "个", "achieved"), ("2.2万个", 22000, "个", "target")]


@pytest.mark.parametrize("line", ["更新于 2031 / 12 / 31", "完成 1 / 3", "投资 3 / 5%"])
def test_no_result_over_a_slash_without_a_target_with_a_unit(line):
    assert _paired(line) == []


@pytest.mark.parametrize("line, counts", [
    # the states of other trackers' filter bars: under construction, not begun, overdue, halted
    ("[ 施工中 5 ] [ 待启动 2 ] [ 已竣工 9 ]", [("5", "施工中"), ("2", "待启动"), ("9", "已竣工")]),
    ("【逾期 1】【暂停 1】【已验收 12】", [("1", "逾期"), ("1", "暂停"), ("12", "已验收")]),
])
def test_status_chips_of_the_whole_class_of_states(line, counts):
    assert [(line[c.quantity.start:c.quantity.end], c.status) for c in status_chips(line)] == counts


@pytest.mark.parametrize("line, text, value, unit, is_target", [
    ("燃气管网改造　任务数 45公里 | 已竣工 38", "38", 38, "公里", False),
    ("便民驿站　已投用 14 ／ 计划值 15个", "14", 14, "个", False),
    ("城市书房　完工 7家（预期目标 8）", "8", 8, "家", True),
])
def test_other_stage_and_target_words_pair_a_bare_figure(line, text, value, unit, is_target):
    found = [p for p in _paired(line) if line[p.quantity.start:p.quantity.end] == text]
    q = found[0].quantity
    assert (q.value, q.unit, found[0].is_target) == (value, unit, is_target)


# --- a result line answering the target line above it item by item

def _answers(target: str, result: str, legend=None):
    return [(a.quantity.text, a.quantity.value, a.quantity.unit, a.name)
            for a in answered_items(target, result, find_quantities(result), legend)]


def test_a_result_line_answers_its_target_line_item_by_item():
    # a bare result takes its target's unit; one in the target's unit is named by it
    assert _answers("目标：新增学位720个；招聘教师95名", "完成：720；91名（4名放弃资格）") == [
        ("720", 720, "个", "新增学位"), ("91名", 91, "名", "招聘教师")]
    # the labels the document glosses (`“坯”为计划数；“成瓷”为完成数`), and a wide gap before another field
    assert _answers("　坯：新增普惠托位180个", "成瓷：203　　成瓷率112.8%", {"坯": "target", "成瓷": "achieved"}) == [
        ("203", 203, "个", "新增普惠托位")]


@pytest.mark.parametrize("target,result", [
    ("目标：新增学位720个；招聘教师95名", "完成：720"),            # fewer items: which answers which is unknown
    ("说明：新增学位720个", "完成：720"),                           # the line above states no target
    ("目标：新增学位720个", "备注：720"),                           # nor the line a result
    ("目标：新增学位720个", "完成：91名"),                          # another unit answers nothing
])
def test_lines_that_do_not_pair_item_by_item_answer_nothing(target, result):
    assert _answers(target, result) == []


def test_cards_in_one_paragraph_answer_their_targets_under_their_own_names():
    # made up: a year-end check set as cards, each a name line, a target line and a result line;
    # the sheet glosses its own labels
    text = ("某县2031年为民办实事项目核验单\n用法说明：“坯”为年初票决的计划数；“成瓷”为核验组点验的完成数。\n\n"
            "第1项　托育\n　坯：新增普惠托位180个\n　成瓷：203\n"
            "第2项　危房改造\n　坯：50户\n　成瓷：50\n")
    found = {(r.start, r.text): (r.unit, r.stance, r.category) for r in extract(text, doc_year=2031)}
    assert found[(text.index("成瓷：203") + 3, "203")] == ("个", "achieved", "常有善育")
    assert found[(text.index("180个"), "180个")][1:] == ("target", "常有善育")
    assert found[(text.index("50户"), "50户")] == ("户", "target", "常有安居")
    assert found[(text.index("成瓷：50") + 3, "50")] == ("户", "achieved", "常有安居")
