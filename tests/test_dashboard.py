"""Data dashboards (数据大屏) dumped as text: KPI tiles read as labelled figures
(pipeline/dashboard.py). Made-up dumps in the forms such screens take."""
from pipeline.dashboard import dashboard_regions
from pipeline.document import Document
from pipeline.run import analyse

_SCREEN = """某县为民办实事监测平台
数据截至：2031-10-31 18:00:00

8
为民办实事项目（件）
3.45
年度总投资（亿元）
资金拨付率
68.2%

——【托育·教育】——
412
新增托育托位（个）
年度目标 500
完成率
82.4%
2,160
新增义务教育学位(个)

——【养老】——
27
新建村级幸福院（所）
年度目标 25
完成率
108.0%

【动态】10月30日　城南社区幸福院开院，可提供床位40张　｜　10月28日　县人社局举办招聘会，提供岗位900个　｜
"""

#: the labels over their values, as other screens put them
_LABEL_FIRST = """某市民生实事大屏
数据更新：2031-06-30

新增托育托位（个）
1,286
年度目标 1,200
新增义务教育学位（个）
4,350
新建老年食堂（家）
46
"""

#: a table dumped one cell a line: a label over a row of values, no tile
_CELL_PER_LINE = """项目
目标
完成
新增托育托位（个）
300
280
新增义务教育学位（个）
2200
2160
新建村级幸福院（所）
25
27
"""


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    return {r.text: r for r in records}


def test_a_tile_s_value_takes_the_unit_and_indicator_of_the_label_under_it():
    found = _records(_SCREEN)
    assert (found["412"].value, found["412"].unit, found["412"].indicator) == (412, "个", "托育托位")
    assert (found["3.45"].value, found["3.45"].unit) == (345_000_000, "元")
    assert (found["2,160"].value, found["2,160"].unit) == (2160, "个")     # a half-width bracket
    assert found["27"].unit == "所"


def test_a_tile_s_goal_and_ring_rate_are_read_with_its_words():
    found = _records(_SCREEN)
    goal, rate = found["500"], found["82.4%"]
    assert (goal.value, goal.unit, goal.stance) == (500, "个", "target")
    assert goal.category == found["412"].category == rate.category
    assert rate.indicator == "完成率"
    assert found["25"].unit == "所" and found["25"].stance == "target"


def test_offsets_of_tile_figures_point_into_the_original():
    records, _ = analyse(Document("x", _SCREEN))
    assert records
    for r in records:
        assert _SCREEN[r.start:r.end] == r.text


def test_a_label_over_its_value_is_a_tile_too():
    found = _records(_LABEL_FIRST)
    assert [(found[t].value, found[t].unit) for t in ("1,286", "1,200", "4,350", "46")] == [
        (1286, "个"), (1200, "个"), (4350, "个"), (46, "家")]
    assert found["1,200"].stance == "target"


def test_a_label_over_a_row_of_values_is_left_to_the_table_reader():
    assert dashboard_regions(_CELL_PER_LINE) == []


def test_two_tiles_make_no_dashboard():
    two = "\n".join(_SCREEN.splitlines()[:10])
    assert dashboard_regions(two) == []


def test_a_bracket_that_names_no_unit_makes_no_tile():
    places = "12\n城关镇（开发区）\n15\n东城街道（新区）\n9\n西湖乡（农场）\n"
    assert dashboard_regions(places) == []


def test_a_ticker_s_items_are_read_one_a_line():
    found = _records(_SCREEN)
    assert found["40张"].category == found["27"].category          # not the next item's 就业
    assert found["900个"].category != found["40张"].category


def test_the_screen_passes_every_text_the_reader_finds_tiles_in():
    from pipeline import dashboard
    spec = dashboard._spec()
    texts = [_SCREEN, _LABEL_FIRST, _CELL_PER_LINE, "全年新增学位2400个。\n12\n新建食堂（个）\n"]
    for text in texts:
        tiles = len(dashboard._tiles(dashboard.text_lines(text)))
        screened = sum(len(pattern.findall("\n" + text)) for pattern in (spec.tile, spec.label_first))
        assert screened >= tiles
    assert [bool(dashboard_regions(t)) for t in texts] == [True, True, False, False]


#: a ranking panel: numbered rows of a unit and its figure under the title that says by what
_RANKING = """某区民生实事调度

镇街任务完成率排名　TOP 4
1　甲溪镇　97.5%
2　乙山街道　93.0%
3　丙河经济开发区（丁村镇）　88.4%
4　戊湖街道　80.1%

四、各乡镇进度排名（按投资完成率）
1. 己城镇　完成率91.2%
2. 庚乡　完成率77.6%　（滞后）

五、下一步工作
1. 甲溪镇　新建助餐点12个
"""


def test_a_ranked_row_s_figure_is_the_measure_its_title_ranks_by():
    found = _records(_RANKING)
    assert {found[f].indicator for f in ("97.5%", "93.0%", "88.4%", "80.1%")} == {"任务完成率"}
    assert {found[f].indicator for f in ("91.2%", "77.6%")} == {"投资完成率"}
    assert found["12个"].indicator == "助餐点"                # a numbered line under no ranking


def test_the_last_value_of_a_row_over_the_next_row_s_label_is_no_tile():
    # made up: a table of years dumped one cell a line; `2604` over `其中：…（对）` ends a row, no KPI tile
    text = ("表2　登记情况（2020—2022年）\n指标\n2020年\n2021年\n2022年\n登记总数（对）\n1210\n1185\n1160\n"
            "其中：补办（对）\n96\n102\n88\n离婚登记（对）\n402\n398\n390\n")
    found = _records(text)
    assert (found["1160"].year, found["1160"].indicator) == (2022, "登记")
    assert (found["88"].year, found["1210"].year) == (2022, 2020)


def test_a_row_s_number_over_its_label_and_values_is_no_tile():
    # made up: a list pasted one cell a line, each row its number, its item with the unit, then figures:
    # `2` over `新增托位（个）` over `60`, `58` is a table's row, not a tile with a goal
    # (each row closed by words, so that no value stands before a row's number)
    rows = [["1", "助餐点（个）", "12", "13", "完成"], ["2", "新增托位（个）", "60", "58", "续建"],
            ["3", "村卫生室（个）", "5", "5", "完成"], ["4", "老年体检（人）", "2800", "3016", "完成"],
            ["5", "河道清淤（公里）", "4", "4.2", "完成"]]
    text = "编号\n事项\n计划\n实际完成\n状态\n" + "\n".join(c for row in rows for c in row) + "\n"
    assert dashboard_regions(text) == []
    # a screen's tiles, each a value over its label and then the next tile's value, stay tiles
    assert dashboard_regions(_SCREEN) != []
