"""Two-column pages dumped line by line: read column by column, offsets back to the original."""
from pipeline.columns import display_width, reading_order
from pipeline.document import clean_view


def _two_columns(left: list[str], right: list[str], column: int = 44) -> str:
    """Lines of a left and a right column side by side, the right one at `column`."""
    rows = []
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        rows.append((l + " " * (column - display_width(l)) + r).rstrip() if r else l)
    return "\n".join(rows)


LEFT = ["一、教育。今年全市新增公办幼儿园学位", "4200个，建成城乡学校食堂31所，改造", "薄弱学校运动场地18处，惠及学生", "9.5万人；开展暑期托管服务的学校", "达到206所。"]
RIGHT = ["二、养老。新建社区嵌入式养老机构", "12家，新增护理型床位760张，为", "困难老人发放助餐补贴1.3万人次，", "完成适老化改造1650户，建成", "老年大学分校9所。"]


def test_interleaved_columns_are_read_one_after_the_other():
    text = "关于今年民生实事的报告\n\n" + _two_columns(LEFT, RIGHT) + "\n\n— 3 —\n"
    order = reading_order(text)
    assert order is not None
    assert "".join(LEFT) in order.text and "".join(RIGHT) in order.text
    assert order.text.index("".join(LEFT)) < order.text.index("".join(RIGHT))


def test_offsets_of_the_reading_view_point_into_the_original():
    text = _two_columns(LEFT, RIGHT)
    view = clean_view(text)
    for words in ("4200个", "760张", "1.3万人次", "206所"):
        start = view.text.index(words)
        s, e = view.offsets.span_to_original(start, start + len(words))
        assert text[s:e] == words


def test_a_figure_whose_measure_word_is_on_the_next_line_stays_in_its_column():
    left = ["今年全市新增普惠性托育机构托位共计", "3100个，建成社区婴幼儿照护驿站", "45处，开展育儿指导服务1.2万", "人次，完成全部年度目标任务。"]
    right = ["城乡居民医保财政补助标准提高到每人", "每年640元，新建村卫生室37家，", "组建家庭医生团队510个，签约", "居民48.6万人，签约率提高。"]
    text = _two_columns(left, right)
    view = clean_view(text)
    start = view.text.index("1.2万人次")
    s, e = view.offsets.span_to_original(start, start + len("1.2万人次"))
    assert text[s:e] == "1.2万"          # cut at its column's line: never the other column's words


def test_ordinary_hard_wrapped_text_is_left_alone():
    prose = "今年以来全市新增普惠性托位三千余个建成社区食堂四十家改造老旧小区一百二十个惠及居民两万余户完成全部年度目标。" * 4
    text = "\n".join(prose[i:i + 30] for i in range(0, len(prose), 30))
    assert reading_order(text) is None


def test_a_table_aligned_by_spaces_is_not_taken_for_columns():
    rows = ["序号    项目名称        年初预算数    执行数    执行率",
            "1       城乡低保提标    3200          3100      96.9",
            "2       学校食堂改造    1800          1750      97.2",
            "3       老年助餐服务    900           870       96.7",
            "4       公共停车泊位    2600          2400      92.3",
            "合计                    8500          8120      95.5"]
    assert reading_order("\n".join(rows)) is None


def test_two_columns_of_labels_without_running_sentences_are_not_columns():
    rows = [("项目名称：社区养老服务中心建设", "牵头单位：市民政局社会福利处"),
            ("项目名称：城乡学校食堂提升改造", "牵头单位：市教育局后勤保障处"),
            ("项目名称：老旧小区加装电梯工程", "牵头单位：市住房和城乡建设局"),
            ("项目名称：公共停车泊位建设工程", "牵头单位：市城市管理局停车办")]
    assert reading_order(_two_columns([l for l, _ in rows], [r for _, r in rows])) is None


# ------------------------------------------------ data elements (an open-data XML dump)

_ELEMENTS = ('<?xml version="1.0" encoding="UTF-8"?>\n<进展 年度="2026">\n'
             '  <事项 编号="1" 名称="社区食堂" 年度目标="新建社区食堂40个" 已完成="33" 责任单位="市民政局"/>\n'
             '  <事项 编号="2" 名称="口袋公园" 年度目标="建成口袋公园25个" 已完成="27个" 责任单位="市园林局"/>\n'
             '  <合计 计划投资="12.5" 完成投资="9.8" 投资单位="亿元" 超过进度项目="6个"/>\n</进展>\n')


def test_data_elements_read_as_a_table_with_offsets_into_the_original():
    order = reading_order(_ELEMENTS)
    assert order is not None
    assert "编号\t名称\t年度目标\t已完成\t责任单位\n1\t社区食堂\t新建社区食堂40个\t33\t市民政局\n" in order.text
    assert "计划投资\t完成投资\t投资单位\t超过进度项目\n12.5\t9.8\t亿元\t6个\n" in order.text
    view = clean_view(_ELEMENTS)
    start = view.text.index("新建社区食堂40个")
    s, e = view.offsets.span_to_original(start, start + len("新建社区食堂40个"))
    assert _ELEMENTS[s:e] == "新建社区食堂40个"


def test_a_bare_result_attribute_and_money_in_the_unit_attribute_are_read():
    from pipeline.document import Document
    from pipeline.run import analyse

    records, _ = analyse(Document("x", _ELEMENTS))
    found = {(r.start, r.text): r for r in records}
    bare = found[(_ELEMENTS.index('"33"') + 1, "33")]
    assert (bare.value, bare.unit) == (33, "个")
    money = found[(_ELEMENTS.index('"12.5"') + 1, "12.5")]
    assert (money.value, money.unit, money.indicator) == (1_250_000_000, "元", "计划投资")


def test_an_element_with_few_attributes_or_markup_in_prose_is_left_alone():
    assert reading_order('<p class="a">新增托位300个</p>\n<img src="x.png" alt="图"/>\n') is None
