"""Tables in every dump form (pipeline/tables.py): which lines are a table, what its
cells are, and what the rows and bare cells mean. All tables here are made up."""
import pytest

from pipeline import extract
from pipeline.document import DocMeta, Document
from pipeline.run import analyse
from pipeline.structure import structure
from pipeline.tables import DataRow, GroupRow, column_role, find_tables, header_unit, is_header_cell, referred_row, table_rows


def lines_of(text):
    """The lines as structure gives them to the table readers."""
    from pipeline.structure import _lines
    return _lines(text)


def only_table(text):
    tables = find_tables(text, lines_of(text))
    assert len(tables) == 1, tables
    return next(iter(tables.values()))


def texts(text, cells):
    """The text of each cell (a header span, or a body cell's parts), None where there is none."""
    return [None if cell is None else text[cell[0]:cell[1]] if isinstance(cell[0], int)
            else "\n".join(text[s:e] for s, e in cell) for cell in cells]


def records_of(text, year=2024):
    records, _ = analyse(Document("t", text), doc_year=year)
    return records


def by_text(records):
    return {r.text: r for r in records}


# ----------------------------------------------------------------- header units

@pytest.mark.parametrize("header,unit,scale,name", [
    ("新增学位（个）", "个", 1, "新增学位"),
    ("投资（万元）", "元", 1e4, "投资"),
    ("投资(单位：万元)", "元", 1e4, "投资"),
    ("资金（亿元）", "元", 1e8, "资金"),
    ("服务人次（万人次）", "人次", 1e4, "服务人次"),
    ("改造面积（平方米）", "平方米", 1, "改造面积"),
    ("新建步道（公里）", "公里", 1, "新建步道"),
    ("床位 (张)", "张", 1, "床位"),
    ("计划投资/万元", "元", 1e4, "计划投资"),
    ("补助资金_万元", "元", 1e4, "补助资金"),       # a database column's name
    ("新增车位／个", "个", 1, "新增车位"),
    # a rate per area and month (`租金标准（元/平方米·月）`), seven characters in its bracket
    ("租金标准（元/平方米·月）", "元", 1, "租金标准"),
    # a unit naming a count by itself, the act counted before it: the header whole is the name
    ("提出人次", "人次", 1, "提出人次"),
    ("演出场次", "场次", 1, "演出场次"),
    ("实训课时", "课时", 1, "实训课时"),
    # a bracket that says who or which, no unit: the words before it may still end in one
    ("就餐人次（60—79岁）", "人次", 1, "就餐人次（60—79岁）"),
    ("受益户数（脱贫户）", "户", 1, "受益户数（脱贫户）"),
])
def test_a_bracket_at_the_end_of_a_header_gives_the_unit(header, unit, scale, name):
    found = header_unit(header)
    assert (found.unit, found.scale, found.name) == (unit, scale, name)


@pytest.mark.parametrize("header", ["县（市、区）", "项目（年度目标）", "责任单位（部门）", "序号", "完成时限", "男/女",
                                    "人次", "2031年人次"])
def test_a_bracket_that_is_no_unit_gives_none(header):
    assert header_unit(header) is None


# ------------------------------------------------------------------- TSV rows

TSV = (
    "某县2024年民生实事项目清单\n"
    "序号\t项目\t目标任务\t新增床位（张）\t投资（万元）\t责任部门\t完成时间\n"
    "（一）幼有善育\n"
    "1\t托育点建设\t新建托育点5个，新增托位300个。\t/\t450\t县卫健局\t2024年10月\n"
    "\t\t开展育儿指导讲座20场。\t\t30\t县妇联\t2024年12月\n"
    "（二）常有颐养\n"
    "2\t养老院提升\t改造敬老院3所，新增护理床位120张。\t120\t1,600\t县民政局、\n"
    "各乡镇\t2024年11月\n"
    "合计\t\t\t120\t2080\t\t\n"
    "备注：投资为计划数，“/”表示无此项。\n"
)


def test_a_tab_separated_table_is_read_row_by_row_with_offsets_into_the_text():
    table = only_table(TSV)
    assert (table.first, table.end) == (1, 9)        # the note under it is no row
    assert texts(TSV, table.header)[:3] == ["序号", "项目", "目标任务"]
    assert [texts(TSV, row)[0] for row in table.rows] == ["（一）幼有善育", "1", "", "（二）常有颐养", "2", "合计"]
    # a cell wrapped onto the next line goes on over the line break
    assert texts(TSV, table.rows[4])[5] == "县民政局、\n各乡镇"
    assert len(table.rows[4]) == 7


def test_tsv_rows_mean_groups_continuations_totals_and_bare_cells_with_header_units():
    rows = table_rows(TSV, only_table(TSV), None)
    kinds = [type(r).__name__ for r in rows]
    assert kinds == ["GroupRow", "DataRow", "DataRow", "GroupRow", "DataRow", "DataRow"]
    first, continued, total = rows[1], rows[2], rows[5]
    assert isinstance(first, DataRow) and isinstance(rows[0], GroupRow)
    # `/` is no value; the money column's bare number is 万元
    assert [(f.cell.flat, f.value, f.unit, f.indicator) for f in first.row.figure_cells] == [("450", 4_500_000, "元", "投资")]
    assert first.row.investment == 4_500_000
    # empty leading cells continue the project above
    assert continued.row.project == "托育点建设" and continued.row.lead_unit == "县妇联"
    # a bare count under `新增床位（张）`: 张, named by the header as text names it
    beds = rows[4].row.figure_cells[0]
    assert (beds.value, beds.unit, beds.indicator) == (120, "张", "床位")
    assert rows[4].row.figure_cells[1].value == 16_000_000          # `1,600` 万元
    assert rows[4].row.lead_unit == "县民政局、 各乡镇"
    assert total.total and total.row.project is None and total.regions == []


def test_tsv_records_take_the_group_category_and_the_total_row_takes_none():
    records = records_of(TSV)
    found = by_text(records)
    assert (found["450"].value, found["450"].unit, found["450"].category) == (4_500_000, "元", "常有善育")
    beds, beds_total = [r for r in records if r.text == "120"]
    assert beds.category == "常有颐养" and beds_total.extra["category_source"] != "document"
    assert found["300个"].category == "常有善育"           # figures in the content cell as before
    assert "2024年10月" not in found and "1" not in found    # dates and row numbers stay out
    totals = [r for r in records_of(TSV) if r.text == "2080"]
    assert totals and totals[0].value == 20_800_000 and totals[0].extra["category_source"] != "document"


def test_a_short_row_ending_in_a_figure_is_complete_not_wrapped():
    text = ("街道\t新建驿站（个）\t服务人次（人次）\t新增托位（个）\n"
            "城东街道\t3\t1200\t40\n"
            "城西街道\t2\n"
            "南湖街道\t1\t300\t20\n")
    table = only_table(text)
    assert [texts(text, row) for row in table.rows] == [
        ["城东街道", "3", "1200", "40"], ["城西街道", "2"], ["南湖街道", "1", "300", "20"]]


def test_a_numbered_group_label_alone_on_its_line_is_not_glued_to_the_row_below():
    # a reporting form's topic rows (`一、文化体育`) stand over their rows: the label is a
    # category, not the first words of the project under it
    text = ("某县2031年民生实事进度表\n\n指标名称\t代码\t计量单位\t全年目标\t1—6月完成\n"
            "一、文化体育\n新建村级文体广场\t01\t个\t40\t22\n新增健身路径\t02\t条\t30\t18\n"
            "二、交通\n改造农村危桥\t03\t座\t12\t6\n")
    table = only_table(text)
    assert [texts(text, row)[0] for row in table.rows] == ["一、文化体育", "新建村级文体广场", "新增健身路径",
                                                           "二、交通", "改造农村危桥"]
    found = by_text(records_of(text, 2031))
    assert (found["40"].indicator, found["12"].indicator) == ("村级文体广场", "农村危桥")


# ------------------------------------------------------------------ pipe rows

PIPES = (
    "全区为民办实事项目推进情况如下：\n\n"
    "| 序号 | 年度任务 | 实际完成 | 完成率 | 牵头单位 |\n"
    "|---|---|---|---|---|\n"
    "| 一、学有所教 | | | | |\n"
    "| 1 | 新增中小学学位2400个 | 2520 | 105% | 区教育局 |\n"
    "| 2 | 改造老旧小区40个、惠及居民1.2万户 | 36 | 90% | 区住建局 |\n"
    "| 3 | 开展职工技能培训3万人次 | 2.7万 | 90% | 区人社局 |\n"
    "\n"
    "总的看，各项目进展顺利。\n"
)


def test_a_pipe_table_with_outer_bars_and_a_rule_line():
    table = only_table(PIPES)
    assert texts(PIPES, table.header) == ["序号", "年度任务", "实际完成", "完成率", "牵头单位"]
    assert [texts(PIPES, row)[:3] for row in table.rows] == [
        ["一、学有所教", "", ""], ["1", "新增中小学学位2400个", "2520"],
        ["2", "改造老旧小区40个、惠及居民1.2万户", "36"], ["3", "开展职工技能培训3万人次", "2.7万"]]


def test_a_pipe_table_without_outer_bars():
    text = "序号 | 项目名称 | 投资（亿元）\n1 | 医院扩建 | 2.5\n2 | 体育公园 | 0.8\n"
    rows = table_rows(text, only_table(text), None)
    assert [(f.value, f.unit) for r in rows for f in r.row.figure_cells] == [(2.5e8, "元"), (0.8e8, "元")]


BOX = (
    "┌────┬──────────┬──────┬──────┐\n"
    "│序号│项目名称  │完成情况│完成率│\n"
    "├────┼──────────┼──────┼──────┤\n"
    "│1   │乡镇托育点│新增托位252个│105.0%│\n"
    "├────┼──────────┼──────┼──────┤\n"
    "│2   │老年人体检│体检4.37万人│104.0%│\n"
    "└────┴──────────┴──────┴──────┘\n"
)


@pytest.mark.parametrize("drawn", [BOX, BOX.translate(str.maketrans("┌┬┐├┼┤└┴┘─│", "╔╦╗╠╬╣╚╩╝═║"))])
def test_a_table_drawn_in_box_characters_is_read_as_a_bar_table(drawn):
    table = only_table(drawn)
    assert texts(drawn, table.header) == ["序号", "项目名称", "完成情况", "完成率"]
    found = by_text(records_of(drawn))
    assert (found["252个"].indicator, found["105.0%"].indicator) == ("托位", "完成率")
    assert found["4.37万人"].value == 43_700 and found["104.0%"].stance == "achieved"


def test_a_column_of_the_representatives_who_confirmed_each_project_is_about_the_list():
    text = ("某县2026年民生实事项目群众代表现场确认情况汇总表\n\n序号\t项目名称\t核实完成情况\t确认代表（人）\n"
            "1\t乡镇卫生院托育点\t新增普惠托位252个\t48\n2\t老年人免费健康体检\t体检4.37万人\t56\n")
    found = by_text(records_of(text, 2026))
    assert (found["252个"].category, found["4.37万人"].category) == ("常有善育", "常有健康")
    assert {(found[t].category, found[t].stance) for t in ("48", "56")} == {("其他", "achieved")}


def test_a_note_on_a_tables_units_is_no_heading_of_the_prose_after_the_table():
    # its column names (`年度目标`) would make the results after the table targets
    text = ("二、分项目完成情况对照表\n（单位：“核实完成”栏与“年度目标”栏相同）\n\n项目 | 年度目标 | 核实完成\n"
            "新增普惠托位 | 300个 | 326\n补充教师 | 110名 | 104\n\n表外项目：8所农村薄弱学校全部完工并投用。\n")
    assert by_text(records_of(text, 2026))["8所"].stance == "achieved"


def test_an_acceptance_tables_items_name_its_rows_and_what_it_verified_is_the_result():
    text = ("某县民生实事联合验收报告\n\n| 领域 | 验收内容 | 单位 | 年度目标 | 验收核定 | 完成率（%） |\n"
            "|---|---|---|---|---|---|\n| 托育和妇幼 | 新增普惠托位 | 个 | 240 | 256 | 106.7 |\n")
    found = by_text(records_of(text, 2026))
    assert (found["240"].stance, found["256"].stance) == ("target", "achieved")
    assert found["256"].indicator == found["240"].indicator != "托育和妇幼"


def test_a_checks_quota_and_measure_columns_are_target_and_result_under_full_width_spaces():
    # made up: a factory-style year-end check, its columns parted by full-width spaces, a remark only on some rows
    text = ("某区2031年民生实事年终点检记录\n\n二、逐岗点检（实测值单位同定额）\n"
            "班组\u3000\u3000点检部位\u3000\u3000\u3000\u3000定额\u3000\u3000\u3000实测\u3000\u3000判定\u3000备注\n"
            "一班\u3000\u3000普惠托位\u3000\u3000\u3000\u3000240个\u3000\u3000252\u3000\u3000○\u3000\u3000收托率71%\n"
            "二班\u3000\u3000新增学位\u3000\u3000\u3000\u3000630个\u3000\u3000630\u3000\u3000○\n")
    found = by_text(records_of(text, 2031))
    assert (found["240个"].stance, found["252"].stance) == ("target", "achieved")
    assert (found["252"].value, found["252"].unit) == (252, "个")
    assert found["252"].indicator == found["240个"].indicator == "普惠托位"


def test_a_settlement_slips_agreed_and_received_columns_are_target_and_result_of_the_year_before_the_slip():
    # made up: a year's list settled as a grain-purchase slip, dated in January under its header; the date line
    # dates the writing, not the rows under it (the slip is about the year its title names)
    text = ("某县“民生粮仓”收购结算单（2031年度）\n结算日期：2032年1月12日\n"
            "品　　名　　　　　　　　约定量　　实收量　　等级\n"
            "普惠托位（个）　　　　　240　　　262　　　一等\n"
            "农村公路（公里）　　　　48　　　 41　　　 二等\n")
    records, _ = analyse(Document("t", text, meta=DocMeta(title="某县“民生粮仓”收购结算单（2031年度）", published="2032-01-12")))
    found = by_text(records)
    assert (found["240"].stance, found["262"].stance) == ("target", "achieved")
    assert found["262"].year == found["41"].year == 2031


def test_rows_numbered_under_a_one_character_number_column_are_named_by_the_column_after_it():
    # made up: a year's list checked as a kitchen's ingredients, aligned by spaces; no column but `序` carries a
    # role word, the rows tell the header (a row number, a name with its unit in brackets, bare figures)
    text = ("某镇民生实事收灶用料核对单（2031年度）\n\n"
            "序  料　名                   菜谱量    下锅量   火候\n"
            "01  普惠托位（个）              60        64     足\n"
            "02  农村公路（公里）            12      10.5     欠\n")
    found = by_text(records_of(text, 2031))
    assert "01" not in found and "02" not in found
    assert (found["64"].unit, found["64"].indicator, found["64"].category) == ("个", "普惠托位", "常有善育")
    assert (found["10.5"].unit, found["10.5"].category) == ("公里", "交通畅行")
    # a register of households whose columns measure them (a unit in a header) names no row by its second column
    register = "序号\t村名\t户主\t窖型\t贮藏能力（吨）\t基本补助（元）\n1\t上庄村\t王某\t小型\t30\t3000\n"
    assert all(row.row.project is None for row in table_rows(register, only_table(register), None))


def test_a_ledgers_measure_column_gives_its_rows_units_and_what_was_let_out_is_achieved():
    # made up: a year's list reconciled as irrigation water released; `计量` holds each row's unit
    text = ("某乡民生实事放水对账簿（2031年度）\n\n"
            "｜票号｜放水项目｜票面｜实放｜计量｜对账｜\n"
            "｜01｜普惠托位｜30｜32｜个｜足｜\n"
            "｜05｜危房改造｜40｜38｜户｜欠｜\n")
    found = by_text(records_of(text, 2031))
    assert (found["32"].unit, found["32"].stance, found["32"].category) == ("个", "achieved", "常有善育")
    assert (found["38"].unit, found["38"].stance) == ("户", "achieved")
    assert found["40"].unit == "户"


def test_a_ranking_boards_rank_is_no_figure_and_its_results_are_achieved_by_the_row_s_project():
    # made up: a year's projects as a race's results board, ranked, their results in prose cells;
    # the heading's aside (`按航道`, by lane) says how the rows are ordered, not what they are about
    text = ("某县2031年民生实事终点成绩榜\n\n━━━━ 终点成绩（按航道）━━━━\n"
            "名次\u3000航道\u3000\u3000项目\u3000\u3000\u3000\u3000冲线成绩\u3000\u3000\u3000\u3000\u3000用时\n"
            " 1\u3000 第3道\u3000普惠托育扩容\u3000\u3000新增普惠托位240个\u3000\u3000\u3000\u30007个月\n"
            " 2\u3000 第1道\u3000城区学位扩容\u3000\u3000新增学位630个\u3000\u3000\u3000\u3000\u30008个月\n")
    found = by_text(records_of(text, 2031))
    assert "1" not in found and "2" not in found
    assert (found["240个"].stance, found["240个"].category) == ("achieved", "常有善育")
    assert (found["630个"].stance, found["630个"].category) == ("achieved", "常有优学")
    assert (found["240个"].indicator, found["630个"].indicator) == ("普惠托位", "学位")     # not the time taken beside them


def test_a_progress_result_takes_the_unit_and_indicator_of_the_target_beside_it():
    found = by_text(records_of(PIPES))
    assert found["2400个"].indicator and found["40个"].indicator
    assert (found["2520"].value, found["2520"].unit) == (2520, "个")
    assert found["2520"].indicator == found["2400个"].indicator
    # of two targets in the cell, the one nearest in size: 36 is of 40个, not of 1.2万户
    assert (found["36"].unit, found["36"].indicator) == ("个", found["40个"].indicator)
    assert (found["2.7万"].value, found["2.7万"].unit) == (27_000, "人次")
    assert (found["105%"].value, found["105%"].unit, found["105%"].indicator) == (105, "%", "完成率")
    assert found["2520"].category == "常有优学"


def test_a_bare_number_with_no_unit_and_no_result_column_is_no_figure():
    text = "序号\t项目名称\t联系电话\t备注\n1\t新建助餐点5个\t12345678\t3\n"
    rows = table_rows(text, only_table(text), None)
    assert rows[0].row.figure_cells == []
    assert [r.text for r in records_of(text)] == ["5个"]


# --------------------------------------------------------------- space-aligned

SPACED = (
    "2024年各镇任务分解表\n"
    "镇街        新建口袋公园（个）    改造燃气管道（公里）    新增停车位（个）\n"
    "全区        24                    36.5                    1800\n"
    "东城镇      8                     12                      600\n"
    "西城镇                            9.5                     400\n"
    "北山镇      6\n"
    "说明：空白栏表示无该项任务。\n"
)


def test_space_aligned_columns_place_each_cell_under_its_header():
    table = only_table(SPACED)
    assert [texts(SPACED, row) for row in table.rows] == [
        ["全区", "24", "36.5", "1800"],
        ["东城镇", "8", "12", "600"],
        ["西城镇", None, "9.5", "400"],          # the empty middle cell keeps the others in place
        ["北山镇", "6", None, None],
    ]


def test_space_aligned_rows_give_every_figure_with_its_column_unit():
    found = [(r.text, r.value, r.unit, r.indicator, r.year) for r in records_of(SPACED, 2023)]
    assert ("9.5", 9.5, "公里", "燃气管道", 2024) in found
    assert ("400", 400, "个", "停车位", 2024) in found
    assert ("6", 6, "个", "口袋公园", 2024) in found
    assert len(found) == 3 + 3 + 2 + 1


def test_full_width_spaces_separate_cells_too():
    text = "区县\u3000\u3000新增学位（个）\u3000\u3000投资（万元）\n甲区\u3000\u3000\u3000\u3000300\u3000\u3000\u3000\u3000\u3000\u3000120\n"
    rows = table_rows(text, only_table(text), None)
    assert [(f.value, f.unit) for f in rows[0].row.figure_cells] == [(300, "个"), (1_200_000, "元")]



def test_a_letter_spaced_column_name_in_an_aligned_header_is_one_column():
    # made up: a report's table set in full-width spaces, its name column's header letter-spaced (`领　　域`)
    text = ("（单位：万元）\n\u3000\u3000领\u3000\u3000域\u3000\u3000\u3000\u3000\u3000\u3000实际完成投资\u3000\u3000执行率（%）\n"
            "\u3000\u3000托育与妇幼\u3000\u3000\u3000\u3000\u30001290\u3000\u3000\u3000\u3000\u3000102.4\n"
            "\u3000\u3000交通出行\u3000\u3000\u3000\u3000\u3000\u30008870\u3000\u3000\u3000\u3000\u3000 92.4\n")
    rows = table_rows(text, only_table(text), None)
    assert [r.row.project for r in rows] == ["托育与妇幼", "交通出行"]
    found = {(r.text, r.category) for r in records_of(text, 2027)}
    assert ("1290", "常有善育") in found and ("8870", "交通畅行") in found



def test_cells_of_no_topic_under_a_title_whose_two_topics_settle_take_its_topic():
    # made up: volunteers' labour days planting sand-fixing shrubs; the title names 义务劳动 and 压沙造林,
    # which the definitions settle on planting (环境改善); its columns and row names name no topic
    text = ("某县春季压沙造林义务劳动工日登记表\n\n日期 | 参加单位 | 出勤（人） | 麦草（吨）\n"
            "3月8日 | 县直机关（第一批） | 312 | 21\n3月9日 | 县直机关（第二批） | 286 | 20\n")
    found = {(r.text, r.category) for r in records_of(text, 2021)}
    assert ("312", "环境改善") in found and ("20", "环境改善") in found



def test_a_column_of_the_year_a_building_was_built_dates_no_figure_of_its_row():
    # made up: an estate retrofit task list of 2021 giving each estate's year of building
    text = ("序号\t小区名称\t建成年份\t楼栋（栋）\t户数（户）\n1\t光明小区\t1994\t6\t312\n2\t林业小区\t1996\t4\t208\n")
    found = {(r.text, r.year) for r in records_of(text, 2021)}
    assert ("312", 2021) in found and ("4", 2021) in found
    assert not any(text in ("1994", "1996") for text, _ in found)



def test_a_result_beside_last_year_s_target_column_is_last_year_s():
    # made up: a January handout's table of last year's targets and what was done
    text = "项目\t去年目标\t完成情况\n普惠托位（个）\t120\t126\n老年餐桌（个）\t20\t22\n"
    years = {r.text: r.year for r in records_of(text, 2030)}
    assert years["120"] == years["126"] == years["22"] == 2029
    # a column of last year's figures beside this year's results is no target of them
    text = "项目\t累计完成\t上年同期\n普惠托位（个）\t126\t98\n"
    years = {r.text: r.year for r in records_of(text, 2030)}
    assert years["126"] == 2030 and years["98"] == 2029



def test_a_lead_that_defines_a_column_by_its_dates_does_not_date_the_table():
    # made up: a depot's stock-take of 2021 whose lead says what its last-year column counts
    text = ("某镇防汛物资仓库2021年汛前物资盘点表\n\n盘点结果如下（“上年汛期调用”为2020年6月至9月实际调用数，“本年新购入库”为2021年1月至4月入库数）：\n\n"
            "物资名称（单位）\t储备定额\t上年汛期调用\t盘点实存\n编织袋（万条）\t5.0\t3.2\t4.6\n")
    years = {r.text: r.year for r in records_of(text, 2021)}
    assert years["5.0"] == years["4.6"] == 2021 and years["3.2"] == 2020


# ---------------------------------------------------------------- not tables

@pytest.mark.parametrize("text", [
    "发布时间：2024-10-12 16:05\u3000\u3000来源：区政府办公室\u3000\u3000浏览次数：1386\n正文。\n",
    "分享到：微信 | 微博 | QQ空间 |\n相关链接：市政府 | 区人大 |\n",
    "今年以来，全区新增托位  300个，养老床位  200张。\n明年继续推进。\n",
    "填报单位：区民政局\u3000\u3000\u3000\u3000\u3000\u30002024年3月\n序号之后是正文。\n",
    "项目名称：社区食堂  目标：新增助餐点30个\n责任单位：区民政局  完成时限：年底\n",
    "序号\t项目名称\t主要内容\n\n以上为表头说明，正文从略。\n",
    "2024年计划投资5亿元  完成投资4.2亿元  完成率84%\n",
])
def test_lines_without_a_header_of_column_words_are_no_table(text):
    assert find_tables(text, lines_of(text)) == {}


def test_a_lone_tab_indented_heading_opens_no_table():
    text = "\t一、总体要求\n  坚持尽力而为，办好10件实事。\n\n\t二、主要任务\n  新增托位300个。\n"
    assert find_tables(text, lines_of(text)) == {}
    assert not [b for b in structure(text) if b.kind == "table_row"]


def test_a_cell_per_line_table_still_reads():
    text = "\t序号\n\t项目名称\n\t主要内容\n\n\t1\n\t托育\n\t新增托位500个。\n"
    rows = [b for b in structure(text) if b.kind == "table_row"]
    assert len(rows) == 1 and rows[0].row.project == "托育"


def test_a_meter_column_is_a_column_a_summary_table_s_name_is_not():
    # `表` ends a table's caption (`项目汇总表`), and names a thing counted in `新装水表（块）`
    assert is_header_cell("新装水表（块）") and is_header_cell("智能电表（只）")
    assert not is_header_cell("项目汇总表") and not is_header_cell("承诺事项及目标任务表（个）")


def test_a_cell_per_line_header_whose_first_names_no_word_list_knows():
    # made up: a cellar booking table pasted one cell a line; `窖号`, `类型` are columns, `1号窖` a row's name
    text = ("附表：入窖预约登记\n窖号\n类型\n库容（吨）\n已预约（吨）\n预约户数（户）\n"
            "1号窖\n气调库\n4000\n3860\n42\n2号窖\n土窖\n3500\n2650\n68\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2027)]
    assert found == [("4000", "吨"), ("3860", "吨"), ("42", "户"), ("3500", "吨"), ("2650", "吨"), ("68", "户")]


def test_a_cell_per_line_statistics_table_with_a_column_of_units_and_one_of_values():
    # made up: a platform's statistics exported one cell a line, `指标 | 单位 | 数值`; each row's unit in its cell
    text = ("二、平台统计（1月1日至11月30日）\n指标\n单位\n数值\n接入农户\n户\n64\n发放智能水表\n块\n210\n"
            "划定巡护网格\n万亩\n3.5\n\n三、备注\n数据由平台自动生成。\n")
    found = [(r.text, r.value, r.unit) for r in extract(text, doc_year=2027)]
    assert found == [("64", 64, "户"), ("210", 210, "块"), ("3.5", 35000, "亩")]


def test_a_cell_per_line_header_led_by_three_unknown_names_and_closed_by_one():
    # made up: a signboard list pasted one cell a line; `牌号`, `工程量`, `计划` stand before the known
    # names and `牌面状态` after them; read from `工程量` or without `牌面状态`, every row would be a cell off
    header = ["牌号", "工程量", "计划", "实际完成", "完成投资", "牌面状态"]
    rows = [["1", "幸福食堂（处）", "3", "3", "45", "已换牌"], ["1", "上门助浴（人次）", "500", "540", "/", "已换牌"],
            ["2", "村级公路养护（公里）", "20", "18.5", "96", "续建"]]
    text = "附：工程量单位见括注，完成投资单位：万元\n" + "\n".join(header + [c for row in rows for c in row]) + "\n"
    found = [(r.text, r.unit, r.stance, r.indicator) for r in extract(text, doc_year=2031)]
    assert found == [("3", "处", "target", "幸福食堂"), ("3", "处", "achieved", "幸福食堂"),
                     ("45", "元", "achieved", "完成投资"),
                     ("500", "人次", "target", "上门助浴"), ("540", "人次", "achieved", "上门助浴"),
                     ("20", "公里", "target", "村级公路养护"), ("18.5", "公里", "achieved", "村级公路养护"),
                     ("96", "元", "achieved", "完成投资")]


@pytest.mark.parametrize("between", [["配送线路"], []])
def test_a_day_after_a_dated_header_is_the_first_row_s_date_not_a_column(between):
    # made up: a meal-delivery log one cell a line; its date column holds its rows' dates, so `3月4日`
    # after the names opens the first row (read as a period column, every row would be a cell off)
    header = ["日期", *between, "送餐份数（份）", "服务老人（人）"]
    rows = [["3月4日", *(["东线"] if between else []), "120", "86"], ["3月5日", *(["西线"] if between else []), "132", "90"]]
    text = "助餐服务记录\n" + "\n".join(header + [c for row in rows for c in row]) + "\n"
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031)]
    assert found == [("120", "份"), ("86", "人"), ("132", "份"), ("90", "人")]


def test_a_statistics_package_s_frequency_table_is_read_as_shares_standing_in_a_survey_s_report():
    # made up: an SPSS frequency table pasted as TAB text into a survey's report. `频率` counts (no rate,
    # no unit of its own), `百分比`, `有效百分比` and `累积百分比` are shares; `.5` is how SPSS prints 0.5%
    text = ("表1　样本就业状况\n\t\t频率\t百分比\t有效百分比\t累积百分比\n"
            "有效\t在业\t210\t52.5\t53.0\t53.0\n\t未就业\t186\t46.5\t47.0\t100.0\n\t总计\t396\t99.0\t100.0\t\n"
            "缺失\t系统\t2\t.5\t\t\n")
    meta = DocMeta(title="某镇居民就业需求调查报告", kind="mixed")
    found = {r.start: r for r in extract(text, doc_year=2031, meta=meta)}
    shares = [(r.text, r.value, r.unit, r.stance) for r in found.values()]
    assert ("52.5", 52.5, "%", "stock") in shares and ("47.0", 47.0, "%", "stock") in shares
    assert (".5", 0.5, "%", "stock") in shares
    assert all(r.unit == "%" for r in found.values())       # `210` under `频率` is no rate
    assert any(r.indicator and "未就业" in r.indicator for r in found.values())


def test_a_column_named_with_its_unit_in_letters_is_a_column_that_takes_no_listed_unit():
    # made up: a log tally one cell a line, its lengths in m and diameters in cm (no record counts in
    # them), and a grid table whose capacity is in kVA beside columns the unit line gives units in order
    tally = "树种\n材长（m）\n径级（cm）\n根数（根）\n材积（立方米）\n落叶松\n4\n14—18\n96\n7.35\n白桦\n2\n8—12\n240\n3.10\n"
    found = [(r.text, r.unit) for r in extract(tally, doc_year=2031)]
    assert found == [("96", "根"), ("7.35", "立方米"), ("240", "根"), ("3.10", "立方米")]
    grid = ("（单位：台、公里、户）\n台区｜新增变压器｜新增容量（kVA）｜改造低压线路｜户表改造\n"
            "东村1#｜1｜200｜0.96｜48\n西村2#｜2｜400｜1.15｜57\n")
    units = {r.text: r.unit for r in extract(grid, doc_year=2031)}
    assert (units["0.96"], units["1.15"], units["48"]) == ("公里", "公里", "户") and "200" not in units


def test_a_plate_s_number_column_is_named_by_the_whole_header_only():
    assert column_role("牌号") == "number"
    # a door's number inside a place column's bracket numbers no rows
    assert column_role("学区范围（街道、门牌号）") != "number" and column_role("门牌号") != "number"
    # …and a word of two ending in 号 that no list holds (`片号`, `箱号`; tables.toml number_column_header), not a thing's
    # word (`型号`, `信号`)
    assert column_role("片号") == "number" and column_role("箱号") == "number" and column_role("号头") == "number"
    assert column_role("型号") != "number" and column_role("信号") != "number"


def test_a_column_of_names_with_their_units_names_the_rows_where_no_column_is_named_so():
    # made up: `工作量` is no role's word; its cells name what the figures beside them count, in brackets
    text = "序号\t工作量\t计划\t完成\n1\t助餐点（个）\t12\t13\n2\t适老化改造（户）\t200\t215\n"
    found = [(r.text, r.unit, r.indicator) for r in extract(text, doc_year=2031)]
    assert found == [("12", "个", "助餐点"), ("13", "个", "助餐点"), ("200", "户", "适老化改造"), ("215", "户", "适老化改造")]
    # a column of plain words beside the figures names no measure: its rows keep their own
    plain = text.replace("助餐点（个）", "助餐点").replace("适老化改造（户）", "适老化改造")
    assert all(r.unit != "个" for r in extract(plain, doc_year=2031))


def test_a_total_merged_over_the_number_and_name_columns_puts_its_figures_under_theirs():
    # made up: a screening summary pasted one cell a line; `合计` spans `序号` and `村（社区）`, so its row is a
    # line short and its figures stand under the figure columns, not one to the left
    header = ["序号", "村（社区）", "放映场次（场）", "观众（人次）", "确认人"]
    rows = [["1", "东村", "3", "412", "王**"], ["2", "西村", "4", "528", "李**"]]
    text = ("某乡电影放映汇总\n" + "\n".join(header + [c for row in rows for c in row])
            + "\n合计\n7\n940\n\n\n备注：西村多放1场。\n")
    found = {r.text: r.unit for r in extract(text, doc_year=2031)}
    assert found["7"] == "场" and found["940"] == "人次"


def test_a_result_column_one_cell_a_line_may_hold_its_verb_before_the_quantity():
    # made up: `完成` cells written with their verb (`回迁486户`, `新增3个`) still tell the rows of a table
    # pasted one cell a line from the text around it
    header = ["序号", "项目", "计划", "完成", "满意率（%）"]
    rows = [["1", "棚户区改造回迁", "回迁480户", "回迁486户", "96.3"], ["2", "社区老年助餐点", "新增3个", "新增3个", "94.8"]]
    text = "二、各项目满意度\n" + "\n".join(header + [c for row in rows for c in row]) + "\n（注：满意率为测评结果。）\n"
    found = [(r.text, r.unit, r.stance) for r in extract(text, doc_year=2031)]
    assert ("486户", "户", "achieved") in found and ("94.8", "%", found[-1][2]) in found
    assert [r.text for r in extract(text, doc_year=2031)].count("3个") == 2


def test_columns_of_a_year_s_end_are_periods_whose_figures_stood_then():
    # made up: a reading room's table pasted one cell a line, `2030年底 | 2031年底`, an empty remark cell
    header = ["项目", "2030年底", "2031年末", "说明"]
    rows = [["藏书（册）", "3100", "5200", "新购2100册"], ["阅览座位（个）", "12", "30", ""], ["书屋面积（平方米）", "40", "90", "扩建"]]
    text = "表1　书屋情况\n" + "\n".join(header + [c for row in rows for c in row]) + "\n\n小结：书屋扩建完成。\n"
    found = {r.text: (r.unit, r.year, r.stance) for r in extract(text, doc_year=2031)}
    assert found["3100"] == ("册", 2030, "stock") and found["5200"] == ("册", 2031, "stock")
    assert found["30"] == ("个", 2031, "stock") and found["90"] == ("平方米", 2031, "stock")


def test_a_cell_per_line_row_whose_last_empty_cells_the_dump_dropped():
    # made up: the new cellar's row has its capacity only; the dump kept one empty line for its two
    # empty cells, and the total row after it is whole
    head = "附表：入窖预约登记\n窖号\n类型\n库容（吨）\n已预约（吨）\n预约户数（户）\n1号窖\n气调库\n4000\n3860\n42\n"
    text = head + "6号窖（新）\n土窖\n3000\n\n合计\n\n7000\n3860\n42\n\n注：6号窖9月底启用。\n"
    found = [(r.text, r.unit) for r in extract(text, doc_year=2027)]
    assert found == [("4000", "吨"), ("3860", "吨"), ("42", "户"), ("3000", "吨"),
                     ("7000", "吨"), ("3860", "吨"), ("42", "户")]
    # no whole row after the short one: the table ends before it, as before
    ended = head + "6号窖（新）\n土窖\n3000\n\n注：6号窖9月底启用。\n"
    assert [(r.text, r.unit) for r in extract(ended, doc_year=2027)] == found[:3]


def test_a_cell_per_line_header_of_unknown_names_is_told_by_its_row_numbers():
    # made up: a training class's subsidy roll pasted one cell a line; most names no word list knows,
    # the row numbers one line after the last name and as many further on tell the header's length
    header = ["序号", "姓名", "户籍地", "实训课时", "证书取得情况", "培训补贴（元）"]
    rows = [["1", "李*华", "竹沟镇", "320", "已取得", "1800"], ["2", "王*娟", "朗陵街道", "314", "已取得", "1800"],
            ["3", "赵*军", "李新店镇", "296", "未取得", "/"]]
    text = "某县技能培训班学员补贴明细表\n" + "\n".join(header + [cell for row in rows for cell in row]) + "\n"
    found = [(r.value, r.unit) for r in extract(text, doc_year=2031)]
    assert found == [(320, "课时"), (1800, "元"), (314, "课时"), (1800, "元"), (296, "课时")]
    # the names run on into no row number: no table, so no figure read as a cell
    unnumbered = text.replace("\n1\n", "\n甲\n")
    assert not any(b.kind == "table_row" for b in structure(unnumbered))


def test_a_numbered_cell_per_line_roll_with_empty_lines_between_rows_is_read_up_to_its_prose():
    # made up: a roll pasted from Word one cell a line with an empty paragraph after the header and
    # every row (a row's empty last cell one more empty line); its units in a note line above
    header = ["序号", "姓名", "原工种", "培训课时", "月工资", "岗位补贴"]
    rows = [["1", "钱*勇", "装卸工", "96", "3600", "300"], ["2", "孙*兰", "挡车工", "120", "3300", ""],
            ["3", "周*", "炉前工", "80", "4200", "300"]]
    text = ("某街道转岗人员花名册\n工资、补贴单位：元/月；培训课时单位：课时。\n\n" + "\n".join(header) + "\n\n"
            + "\n\n".join("\n".join(row) for row in rows) + "\n\n（以下12人略）\n\n"
            + "本批汇总：转岗15人，其中签订劳动合同13人。\n平均月工资约3700元。\n\n")
    found = [(r.text, r.unit, r.per, r.indicator) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("96", "课时", None, "培训课时"), ("3600", "元", "月", "月工资"), ("300", "元", "月", "岗位补贴"),
                     ("120", "课时", None, "培训课时"), ("3300", "元", "月", "月工资"),
                     ("80", "课时", None, "培训课时"), ("4200", "元", "月", "月工资"), ("300", "元", "月", "岗位补贴")]
    # the prose after the roll is no row of it: its figures are read as text
    rows_read = [b.text for b in structure(text) if b.kind == "table_row"]
    assert len(rows_read) == 3 and not any("本批汇总" in row for row in rows_read)


def test_a_cell_per_line_header_is_told_by_the_units_a_line_above_declares_column_by_column():
    # made up: an outwork register one cell a line; only `日期` and `单号` are names a word list knows,
    # the figure columns are told by the unit line above, each column's word and its unit set apart by a dash
    header = ["日期", "发料单号", "发出竹片", "发出藤条", "收回竹篮", "加工费", "经手人"]
    rows = [["5月2日", "FL-01", "300", "12", "", "", "钱某"], ["5月9日", "", "/", "/", "58", "1740", "钱某"],
            ["合计", "", "300", "12", "58", "1740", ""]]
    text = ("某村来料加工发料收货登记簿\n计量单位：竹片——片；藤条——公斤；竹篮——只；加工费——元\n\n"
            + "\n".join(header + [cell for row in rows for cell in row]) + "\n\n说明：工价每只30元。\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("300", "片"), ("12", "公斤"), ("58", "只"), ("1740", "元"),
                     ("300", "片"), ("12", "公斤"), ("58", "只"), ("1740", "元")]
    # no unit line: the names alone tell no table, and no bare number is read as a figure
    bare = text.replace("计量单位：竹片——片；藤条——公斤；竹篮——只；加工费——元\n", "")
    assert not any(r.extractor == "table" for r in extract(bare, doc_year=2031))


def test_a_cell_per_line_header_no_word_list_knows_is_told_by_the_legend_that_glosses_it():
    # made up: a year-end check laid out as a harvest book, one cell a line; no word list knows `约种`, `收成`,
    # `欠收`, but the legend over the table glosses them: the plan's column copied from the spring list, the
    # result's counted by the check group; the rows share their project's number and go on past a page break
    # and a running header marked continued
    header = ["种号", "约种", "收成", "欠收", "说法"]
    rows = [["01", "新增普惠托位180个", "186", "", "足额"], ["01", "育儿讲座1200人次", "1150", "50", "记欠收"],
            ["02", "农村公路提档升级12公里", "12", "", "足额"]]
    cells = [cell for row in rows for cell in row]
    text = ("某县2031年民生实事收成簿\n（“约种”照抄年初种单；“收成”为核验组现场核定数；“欠收”为年底未完成部分）\n\n"
            + "\n".join(header + cells[:10]) + "\n\n第 1 页 共 2 页\n\n某县督查室　收成簿（续）\n\n"
            + "\n".join(cells[10:]) + "\n\n说明：核验于12月下旬完成。\n")
    found = {r.text: r for r in extract(text, doc_year=2031)}
    assert [(found[t].value, found[t].unit, found[t].stance) for t in ("186", "1150", "12")] == [
        (186, "个", "achieved"), (1150, "人次", "achieved"), (12, "公里", "achieved")]
    assert [found[t].stance for t in ("180个", "1200人次", "12公里")] == ["target"] * 3
    # no legend: the names alone tell no table, and no bare number is read as a figure
    bare = text.replace("（“约种”照抄年初种单；“收成”为核验组现场核定数；“欠收”为年底未完成部分）\n", "")
    assert not any(r.text in ("186", "1150") for r in extract(bare, doc_year=2031))


def test_a_report_s_head_declares_the_money_unit_of_its_statements_and_their_rows_name_the_money():
    # made up: a cooperative's annual accounts; the unit stands once in the report's head, each statement under a
    # heading of its own; `年初数`, `本年数`, `上年数` say when, each row which money; `上年数` is the year before's
    text = ("某村股份经济合作社\n2031年度财务报告\n\n报告期间：2031年1月1日至2031年12月31日\n金额单位：元\n\n"
            "一、资产负债表（简表）\n\n| 项　目 | 年初数 | 年末数 |\n| 货币资金 | 412,356.20 | 386,904.75 |\n"
            "| 应收款 | 36,800.00 | 18,200.00 |\n\n二、收益表（简表）\n\n| 项　目 | 本年数 | 上年数 |\n"
            "| 补助收入 | 1,200,000.00 | 850,000.00 |\n| 成员分红 | 62,400.00 | 57,600.00 |\n")
    found = {r.text: r for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert [(found[t].unit, found[t].indicator, found[t].year) for t in ("386,904.75", "1,200,000.00", "850,000.00")] == [
        ("元", "货币资金", 2031), ("元", "补助收入", 2031), ("元", "补助收入", 2030)]
    # a header spaced out as Word pads it (`本 年 数`) says when all the same
    spaced = text.replace("本年数", "本 年 数").replace("上年数", "上　年　数")
    assert {r.text: r.indicator for r in extract(spaced, doc_year=2031)}["1,200,000.00"] == "补助收入"
    # a unit line far below the head declares nothing for the tables after it
    late = text.replace("金额单位：元\n\n", "") + "\n（本页以下空白）\n金额单位：元\n"
    assert not any(r.text == "1,200,000.00" for r in extract(late, doc_year=2031))


def test_a_schedule_s_quarter_columns_keep_naming_their_money():
    # …while a schedule's quarters (`一季度用款`) name the money themselves, not the project in the row
    text = ("某镇2031年民生实事资金分季度用款计划\n（单位：万元）\n项目\t一季度用款\t二季度用款\n"
            "老旧小区改造提升\t80\t240\n农村公路提档升级\t60\t150\n")
    assert {r.text: r.indicator for r in extract(text, doc_year=2031)}["240"] != "老旧小区改造提升"


@pytest.mark.parametrize("unit_line", ["（金额单位：元）", "金额单位：元", "（单位：元）"])
def test_a_money_unit_line_above_a_cell_per_line_header_is_no_column_of_it(unit_line):
    # made up: a gift sheet one cell a line under its money unit in brackets; `慰问金` names no unit,
    # the line above gives it; the line itself is no column (the first row would not fit under it)
    header = ["序号", "姓名", "年龄（岁）", "长寿补贴（元/月）", "慰问金", "签名"]
    rows = [["1", "韦某", "90", "100", "300", "韦某"], ["2", "王某", "80", "50", "200", "（手印）"]]
    text = "\n".join(["寿星贺礼发放清单", unit_line, *header, *(cell for row in rows for cell in row)]) + "\n"
    [table] = find_tables(text, lines_of(text)).values()
    assert [text[s:e] for s, e in table.header] == header
    found = [(r.text, r.indicator) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("100", "长寿补贴"), ("300", "慰问金"), ("50", "长寿补贴"), ("200", "慰问金")]


def test_a_count_column_counts_what_the_row_s_words_name_where_no_column_names_them_by_role():
    # made up: a felling permit's table; `树种` is no role word, yet it names what `数量（株）` counts
    text = ("拟移伐树木明细\n| 序号 | 树种 | 胸径（cm） | 数量（株） | 处理方式 |\n| 1 | 国槐 | 15—20 | 46 | 移植 |\n"
            "| 2 | 旱柳（雌株） | 20—30 | 37 | 伐除 |\n")
    found = {r.text: (r.indicator, r.category) for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert found == {"46": ("国槐", "环境改善"), "37": ("旱柳", "环境改善")}


def test_a_figure_under_a_scale_column_counts_what_its_row_names():
    # made up: a plan's project table; `建设规模` says how big, the row's project says what
    text = ("某镇2031年实事项目表\n编号 | 项目名称 | 位置 | 建设规模 | 投资（万元）\n"
            "A01 | 村卫生室标准化改造 | 后岗村 | 5个 | 125\nA02 | 环镇健身步道 | 亭林公园 | 3.6公里 | 540\n")
    found = {r.text: r.indicator for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert found["5个"] == "村卫生室标准化改造" and found["3.6公里"] == "环镇健身步道"
    assert found["125"] == found["540"] == "投资"


def test_a_column_counted_in_years_holds_durations_not_the_row_units_count():
    # made up: an asset register beside a unit column; `折旧年限（年）` is how long, no figure in 处 or 个
    text = ("新增资产入账明细\n序号\t资产名称\t数量\t计量单位\t原值（万元）\t折旧年限（年）\n"
            "1\t某村托育点\t1\t处\t82.6\t20\n2\t某片老年助餐点\t3\t个\t58.3\t10\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031)]
    assert found == [("1", "处"), ("82.6", "元"), ("3", "个"), ("58.3", "元")]


def test_a_row_built_over_a_range_of_years_is_dated_by_its_last():
    # made up: a plan's project table with a year column; a school extension runs over two years
    text = ("某镇2031年实事项目表\n编号 | 项目名称 | 建设规模 | 实施年份 | 投资（万元）\n"
            "A01 | 社区托育点 | 托位40个 | 2031 | 160\nA02 | 小学扩建 | 新增学位360个 | 2031—2032 | 2400\n")
    years = {r.text: r.year for r in extract(text, doc_year=2031)}
    assert years["40个"] == years["160"] == 2031
    assert years["360个"] == years["2400"] == 2032


def test_a_vehicles_trip_log_reads_the_distances_not_the_meter_and_reports_them_done():
    # made up: an aerial-work truck's trip register; the odometer readings are the dial's state, the
    # distance beside them is the trip, and a register of trips made reports work done
    text = ("某区登高作业车出车登记簿（清除檐口冰溜子专用）\n\n"
            "日期 | 出车里程表（km） | 收车里程表（km） | 行驶（km） | 清除冰溜子（处） |\n"
            "3.13 | 18432 | 18447 | 15 | 14 |\n3.14 | 18447 | 18466 | 19 | 18 |\n")
    found = [(r.text, r.unit, r.stance, r.category) for r in extract(text, doc_year=2031)]
    assert [(t, u) for t, u, _, _ in found] == [("15", "公里"), ("14", "处"), ("19", "公里"), ("18", "处")]
    assert {s for _, _, s, _ in found} == {"achieved"}
    assert found[1][3] == found[3][3] == "公共安全"      # ice knocked off the eaves before it falls


def test_a_checkpoint_s_log_book_reports_entries_made_in_its_fire_season():
    # made up: a forest checkpoint's log book one entry a line; a log of who came by reports what happened,
    # and the fire season's checkpoint is fire safety, not the forest's greenery
    text = ("某乡2031年春季森林草原防火期入山卡口登记簿\n\n一、逐次登记\n"
            "日期\t时间\t入山人员（人）\t车辆（台）\t收缴火种（件）\t登记人\n"
            "4月3日\t06:20\t3\t1\t4\t王\n4月4日\t07:05\t2\t/\t0\t王\n")
    found = [(r.text, r.stance, r.category) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert [t for t, _, _ in found] == ["3", "1", "4", "2", "0"]
    assert {(s, c) for _, s, c in found} == {("achieved", "公共安全")}


def test_an_estate_s_night_watch_book_reports_its_rounds_as_safety_work():
    # made up: a resettlement estate's patrol book with its month's summary; a record of rounds made reports
    # what was found and done, and a night watch is a safety patrol wherever it walks
    text = ("某镇移民搬迁安置小区冬季夜间巡更记录簿\n\n"
            "12月9日　夜班：冯**\n22:00　灭火器过期5具，已更换。\n\n月底汇总（12月）\n"
            "周次　　　巡查户数（户）　　发现隐患（处）　　当场整改（处）\n第一周　　　　86　　　　　7　　　　　5\n"
            "第二周　　　　92　　　　　9　　　　　8\n")
    found = [(r.text, r.stance, r.category) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert [t for t, _, _ in found] == ["86", "7", "5", "92", "9", "8"]
    assert {(s, c) for _, s, c in found} == {("achieved", "公共安全")}


def test_units_declared_column_by_column_in_the_title_tell_a_header_of_unknown_names():
    # made up: a works notice's table under a heading that declares the units by kind; the area's word names
    # no column, so the columns the other words leave (the roof, the walls) are the areas
    text = ("某小区综合改造告示\n\n二、施工内容（面积单位：平方米；管道单位：米；电梯单位：台）\n"
            "楼号\t屋面防水\t外墙修缮\t雨污分流管道\t加装电梯\n1—8号\t3200\t9600\t420\t2\n9—17号\t3600\t10800\t510\t/\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031)]
    assert found == [("3200", "平方米"), ("9600", "平方米"), ("420", "米"), ("2", "台"),
                     ("3600", "平方米"), ("10800", "平方米"), ("510", "米")]


def test_vouchers_under_a_notes_money_unit_read_each_entry_as_money_paid():
    # made up: a village's vouchers copied out; the note at the top gives the money unit of every voucher,
    # each a double-entry table far below it, whose summary tells what was paid (done, not a goal)
    voucher = ("记账凭证\n2031年12月{day}日\n摘要\t总账科目\t明细科目\t借方金额\t贷方金额\n"
               "{what}\t公益事业支出\t{item}\t{money}\t\n\t银行存款\t农商行\t\t{money}\n附单据3张\n\n")
    text = ("某村2031年12月记账凭证整理件\n整理说明：凭证原件存乡代理中心；金额单位：元。\n\n"
            + voucher.format(day=3, what="支付幸福院助餐费（就餐老人23人）", item="老年助餐", money="2070.00")
            + voucher.format(day=8, what="支付村道砂化工程款（砂化2.6公里）", item="村道砂化", money="46800.00"))
    found = {(r.start, r.text): r for r in extract(text, doc_year=2031)}
    money = [r for r in found.values() if r.unit == "元"]
    assert [r.value for r in money] == [2070, 2070, 46800, 46800]
    assert {r.stance for r in found.values() if r.text in ("23人", "2.6公里")} == {"achieved"}


@pytest.mark.parametrize("declared", ["（单位：人，元/月）", "（单位：人、元/月）"])
def test_a_unit_line_lists_a_count_and_a_rate(declared):
    # made up: a dispatch slip's table; the unit line lists people and a monthly wage, parted by a comma or 、
    text = ("二、输送对接" + declared + "\n批次\t去向\t输送人数\t岗位月薪\n第1批\t北京\t38\t6500\n第2批\t太原\t31\t4200\n")
    found = [(r.text, r.unit, r.per) for r in extract(text, doc_year=2031)]
    assert found == [("38", "人", None), ("6500", "元", "月"), ("31", "人", None), ("4200", "元", "月")]


def test_a_note_after_a_comma_in_a_unit_line_is_no_unit():
    text = "各街道投入（单位：万元，下同）\n街道\t投入资金\n东街\t120\n西街\t86\n"
    assert [(r.text, r.value, r.unit) for r in extract(text, doc_year=2031)] == [("120", 1200000, "元"), ("86", 860000, "元")]


def test_a_table_right_under_a_title_line_is_not_swallowed_by_the_paragraph():
    text = "某区2025年民生实事任务表\n序号\t项目名称\t建设内容\n1\t助餐\t新建助餐点12个。\n"
    blocks = structure(text)
    assert [b.kind for b in blocks] == ["title", "table_row"]
    assert blocks[0].context.section_year == 2025


# ------------------------------------------------------ more wordings and layouts

def _progress_table(sep, target_header, done_header, rate_header):
    rows = [["序号", target_header, done_header, rate_header, "责任单位"],
            ["1", "新建社区食堂15个", "18", "120%", "区民政局"],
            ["2", "完成既有住宅加装电梯60部", "45", "75%", "区住建局"]]
    return "".join(sep.join(row) + "\n" for row in rows)


@pytest.mark.parametrize("sep", ["\t", " | ", "｜"])
@pytest.mark.parametrize("target_header,done_header,rate_header,rate_name", [
    ("年度目标任务", "实际完成", "完成率", "完成率"),
    ("项目名称及目标", "累计完成", "完成比例", "完成率"),       # a bare share names no rate
    ("工作任务", "完成数", "完成进度", "完成进度"),             # a rate named by its header
    ("项目（年度目标）", "已完成", "完成百分比", "完成率"),
])
def test_progress_tables_in_many_wordings(sep, target_header, done_header, rate_header, rate_name):
    found = by_text(records_of(_progress_table(sep, target_header, done_header, rate_header)))
    assert found["15个"].indicator and found["60部"].indicator
    assert (found["18"].value, found["18"].unit, found["18"].indicator) == (18, "个", found["15个"].indicator)
    assert (found["45"].value, found["45"].unit, found["45"].indicator) == (45, "部", found["60部"].indicator)
    assert (found["120%"].indicator, found["75%"].indicator) == (rate_name, rate_name)
    # the result and its rate are of the target's topic
    assert found["45"].category == found["75%"].category == found["60部"].category == "常有安居"


def test_a_result_with_its_own_unit_takes_the_target_indicator_and_words_are_read():
    text = ("序号\t目标任务\t完成情况\n"
            "1\t新增普惠托位600个\t650个\n"
            "2\t改造老旧小区20个\t已开工18个，完工12个\n")
    records = records_of(text)
    found = by_text(records)
    assert (found["650个"].value, found["650个"].indicator) == (650, found["600个"].indicator)
    assert {"18个", "12个"} <= set(found)                 # words in a result column are text


def test_a_new_header_row_ends_the_table_above_it():
    text = ("序号\t项目名称\t投资（万元）\n1\t托育\t100\n2\t助餐\t80\n"
            "二、续建项目\n"
            "序号\t项目名称\t投资（亿元）\n1\t医院\t1.5\n")
    tables = find_tables(text, lines_of(text))
    assert len(tables) == 2
    values = [f.value for t in tables.values() for r in table_rows(text, t, None) if isinstance(r, DataRow)
              for f in r.row.figure_cells]
    assert values == [1_000_000, 800_000, 150_000_000]


def test_a_subtotal_keeps_its_group_and_does_not_continue_the_row_above():
    text = ("序号\t项目名称\t投资（万元）\n"
            "一、常有颐养\n1\t助餐点\t100\n2\t适老化改造\t60\n小计\t\t160\n"
            "二、常有健康\n3\t社区医院\t300\n合计\t\t460\n")
    rows = [r for r in table_rows(text, only_table(text), None) if isinstance(r, DataRow)]
    assert [(r.total, r.row.project) for r in rows] == [
        (None, "助餐点"), (None, "适老化改造"), ("sub", None), (None, "社区医院"), ("all", None)]
    categories = {r.value: r.category for r in records_of(text)}
    assert categories[1_600_000] == "常有颐养"


def test_a_chinese_ordinal_in_the_number_column_starts_a_group():
    text = "序号\t项目名称\t建设内容\n一\t常有优学\t\n1\t学校建设\t新增学位900个。\n"
    rows = table_rows(text, only_table(text), None)
    assert isinstance(rows[0], GroupRow) and rows[0].label.flat == "常有优学"
    assert by_text(records_of(text))["900个"].category == "常有优学"


def test_a_markdown_table():
    text = ("| 区县 | 新增养老床位（张） | 新增助餐点（个） |\n"
            "| :--- | ---: | ---: |\n"
            "| 甲县 | 200 | 12 |\n"
            "| 乙县 | 150 | 9 |\n")
    found = [(r.text, r.unit, r.indicator) for r in records_of(text)]
    assert found == [("200", "张", "养老床位"), ("12", "个", "助餐点"), ("150", "张", "养老床位"), ("9", "个", "助餐点")]


def test_a_wide_space_inside_a_name_stays_in_its_column():
    text = ("序号    项目名称        责任领导    投资（万元）\n"
            "1       托育点建设      李\u3000林      260\n")
    table = only_table(text)
    assert texts(text, table.rows[0]) == ["1", "托育点建设", "李\u3000林", "260"]
    rows = table_rows(text, table, None)
    assert rows[0].row.leader == "李林" and rows[0].row.investment == 2_600_000


def test_space_aligned_words_wrapped_under_their_column_join_the_row_above():
    text = ("序号    项目名称            新增床位（张）    责任单位\n"
            "1       社区养老服务        120               区民政局、\n"
            "        综合体建设                            各街道\n"
            "2       护理院              80                区卫健委\n")
    table = only_table(text)
    assert [texts(text, row) for row in table.rows] == [
        ["1", "社区养老服务\n综合体建设", "120", "区民政局、\n各街道"],
        ["2", "护理院", "80", "区卫健委"]]
    rows = table_rows(text, table, None)
    assert rows[0].row.project == "社区养老服务综合体建设" and rows[0].row.lead_unit == "区民政局、 各街道"


@pytest.mark.parametrize("cell,header", [
    ("项目名称", True), ("2024年计划投资", True), ("新增学位（个）", True), ("投资(单位：万元)", True),
    ("目标：新增托位300个", False), ("新增托位300个", False), ("主要内容。", False), ("说明", False),
    ("牵头单位" * 7, False),
])
def test_a_header_cell_is_a_short_name_that_states_nothing(cell, header):
    from pipeline.tables import is_header_cell
    assert is_header_cell(cell) is header


PERIODS = (
    "主要民生指标完成情况\n"
    "| 指标 | 2023年 | 2024年 | 同比增长 |\n"
    "| --- | --- | --- | --- |\n"
    "| 城镇新增就业（人） | 12000 | 13500 | 12.5% |\n"
    "| 新增养老床位（张） | 800 | 950 | 18.8% |\n"
    "| 民生支出（亿元） | 85.2 | 91.6 | 7.5% |\n"
)


def test_a_table_of_indicators_by_year_takes_units_from_the_row_label_and_years_from_the_header():
    found = {r.text: r for r in records_of(PERIODS, 2024)}
    assert (found["12000"].value, found["12000"].unit, found["12000"].year) == (12000, "人", 2023)
    assert (found["13500"].unit, found["13500"].year) == ("人", 2024)
    assert (found["950"].unit, found["950"].indicator) == ("张", "养老床位")
    assert (found["91.6"].value, found["91.6"].unit) == (pytest.approx(9.16e9), "元")
    assert found["12.5%"].unit == "%"


@pytest.mark.parametrize("periods", [("1月", "2月", "1-2月累计"), ("一季度", "二季度", "上半年"), ("2022年度", "2023年度", "2024年度"),
                                     ("2月5日", "2月6日", "2月7日")])     # a duty register's days
def test_period_columns_in_many_wordings(periods):
    header = "项目\t" + "\t".join(periods)
    text = f"{header}\n新增托位（个）\t120\t80\t200\n"
    rows = table_rows(text, only_table(text), None)
    assert [(f.value, f.unit, f.indicator) for f in rows[0].row.figure_cells] == [
        (120, "个", "托位"), (80, "个", "托位"), (200, "个", "托位")]


@pytest.mark.parametrize("periods", [("1—2月", "3—4月"), ("一季度", "二季度"), ("上半年", "全年")])
def test_a_figure_with_its_unit_under_a_period_column_counts_what_its_row_names(periods):
    # the unit is the cell's own (`800人`), so no header or label gives it; the period says when
    text = "序号\t项目\t" + "\t".join(periods) + "\t责任单位\n1\t高校毕业生见习\t800人\t1500人\t某局\n"
    found = by_text(records_of(text))
    assert [(found[t].unit, found[t].indicator) for t in ("800人", "1500人")] == [("人", "高校毕业生见习")] * 2


def test_milestone_cells_count_the_thing_the_rows_target_names():
    # the row's target cell names the thing (`新建书房12家`) more narrowly than its project
    text = ("序号\t项目\t年度目标\t一季度\t二季度\t责任单位\n"
            "1\t全民阅读推广\t新建书房12家\t完成4家\t累计9家\t某局\n")
    found = by_text(records_of(text))
    assert [found[t].indicator for t in ("12家", "4家", "9家")] == ["书房"] * 3


def test_a_bracket_stating_a_figure_is_no_unit():
    assert header_unit("托育机构建设（3家）") is None


def test_a_tab_separated_table_led_by_an_empty_cell_on_every_line():
    text = "\t序号\t项目名称\t投资（万元）\n\t1\t托育\t100\n\t2\t助餐\t80\n"
    rows = [r for r in table_rows(text, only_table(text), None)]
    assert [(r.row.project, r.row.investment) for r in rows] == [("托育", 1_000_000), ("助餐", 800_000)]


def test_ascii_art_rules_between_rows_are_skipped():
    text = ("+------+----------+------------+\n"
            "| 序号 | 项目名称 | 床位（张） |\n"
            "+======+==========+============+\n"
            "| 1    | 护理院   | 120        |\n"
            "+------+----------+------------+\n"
            "| 2    | 养老院   | 80         |\n"
            "+------+----------+------------+\n")
    rows = table_rows(text, only_table(text), None)
    assert [(f.value, f.unit) for r in rows for f in r.row.figure_cells] == [(120, "张"), (80, "张")]


# ------------------------------------------------------------- a unit column

_UNIT_COLUMN = (
    "表3　2025年某区民生实事指标1—6月完成情况\n\n"
    "| 序号 | 指标名称 | 计量单位 | 年度目标 | 1—5月累计 | 6月 | 1—6月累计 | 完成率（%） |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 一 | 养老服务 | | | | | | |\n"
    "| 1 | 新增养老床位 | 张 | 300 | 120 | 30 | 150 | 50.0 |\n"
    "| 2 | 社区助餐 | 万人次 | 12 | 4.5 | 1.1 | 5.6 | 46.7 |\n"
    "| 3 | 家门口食堂 | 个 | / | 7 | 0 | 7 | / |\n"
)


def test_a_unit_column_gives_each_row_its_unit_and_scale():
    found = by_text(records_of(_UNIT_COLUMN, 2025))
    assert (found["300"].value, found["300"].unit, found["300"].indicator) == (300, "张", "养老床位")
    assert (found["4.5"].value, found["4.5"].unit, found["4.5"].indicator) == (45000, "人次", "社区助餐")
    assert (found["50.0"].unit, found["50.0"].indicator) == ("%", "完成率")
    assert all(r.category == "常有颐养" and r.year == 2025 for r in found.values() if r.start > 40)


def test_a_zero_cell_is_a_figure_and_a_slash_is_none():
    records = records_of(_UNIT_COLUMN, 2025)
    row = [r for r in records if _UNIT_COLUMN.index("家门口食堂") < r.start]
    assert [(r.text, r.unit) for r in row] == [("7", "个"), ("0", "个"), ("7", "个")]


def test_the_unit_column_itself_and_the_row_numbers_give_no_figure():
    texts_read = {r.text for r in records_of(_UNIT_COLUMN, 2025)}
    assert not texts_read & {"张", "万人次", "1", "2", "3"}


def test_target_and_month_columns_take_their_own_stance():
    found = records_of(_UNIT_COLUMN, 2025)
    beds = [r.stance for r in found if r.indicator == "养老床位"]
    assert beds == ["target", "achieved", "achieved", "achieved"]


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_unit_column_in_tab_and_bar_rows(sep):
    text = ("表1　2024年主要指标完成情况\n"
            + sep.join(["指标名称", "计量单位", "年度目标", "完成", "完成率（%）"]) + "\n"
            + sep.join(["新建口袋公园", "个", "6", "7", "116.7"]) + "\n"
            + sep.join(["更新路灯", "万盏", "0.5", "0.52", "104.0"]) + "\n")
    found = by_text(records_of(text))
    assert (found["0.52"].value, found["0.52"].unit, found["0.52"].stance) == (5200, "盏", "achieved")
    assert (found["6"].value, found["6"].unit, found["6"].stance) == (6, "个", "target")


def test_a_rate_unit_in_the_unit_column_gives_its_figures_their_denominator():
    text = ("指标名称\t计量单位\t年度目标\t完成\n"
            "特困供养标准\t元/人·月\t950\t950.00\n"
            "新建驿站\t个\t12\t13\n")
    found = by_text(records_of(text))
    assert (found["950.00"].value, found["950.00"].unit, found["950.00"].per) == (950, "元", "人·月")
    assert found["13"].per is None


@pytest.mark.parametrize("target_header", ["目标（个）", "年度目标（个）", "年度目标(个)"])
def test_a_target_column_whose_header_gives_the_unit_reads_its_bare_cells(target_header):
    text = ("表2　2031年实事进度\n"
            f"项目\t{target_header}\t累计完成（个）\n"
            "新建口袋公园\t12\t9\n"
            "更换路灯\t300\t310\n")
    found = by_text(records_of(text))
    assert (found["12"].value, found["12"].unit, found["12"].stance) == (12, "个", "target")
    assert (found["310"].value, found["310"].stance) == (310, "achieved")


def test_a_target_column_without_a_unit_keeps_its_bare_cells_as_words():
    text = ("项目\t目标\t责任单位\n"
            "新建口袋公园\t12\t市城管局\n")
    assert [r.text for r in records_of(text)] == []


def test_a_unit_column_cell_that_is_no_unit_gives_no_figure():
    text = ("指标名称\t计量单位\t年度目标\n"
            "新建驿站\t见附件\t12\n")
    assert [r.text for r in records_of(text)] == []


# ------------------------------------------- one cell per line, no tabs, empty lines

_WORD_LINES = "\n".join([
    "某市2026年民生实事项目表",
    "",
    "领域", "序号", "项目名称", "目标任务", "责任单位", "计划投资（万元）",
    "养老服务", "1", "社区食堂", "新建社区食堂40个", "市民政局", "1200",
    "", "2", "适老化改造", "完成居家适老化改造800户", "", "640",
    "健康服务", "3", "家庭医生", "签约服务12万人", "市卫健委", "—",
    "合计", "", "", "", "", "1840",
    "",
    "注：1.投资含区级配套资金。",
    "2.各单位按季度报送进展。",
]) + "\n"


def test_a_word_table_one_cell_a_line_with_empty_lines_for_empty_cells():
    table = only_table(_WORD_LINES)
    assert texts(_WORD_LINES, table.header) == ["领域", "序号", "项目名称", "目标任务", "责任单位", "计划投资（万元）"]
    assert [texts(_WORD_LINES, row) for row in table.rows] == [
        ["养老服务", "1", "社区食堂", "新建社区食堂40个", "市民政局", "1200"],
        [None, "2", "适老化改造", "完成居家适老化改造800户", None, "640"],
        ["健康服务", "3", "家庭医生", "签约服务12万人", "市卫健委", "—"],
        ["合计", None, None, None, None, "1840"],
    ]


def test_a_note_under_a_word_table_is_no_row():
    table = only_table(_WORD_LINES)
    assert "注：" not in _WORD_LINES[lines_of(_WORD_LINES)[table.first].start:lines_of(_WORD_LINES)[table.end - 1].end]


def test_a_group_column_merged_down_its_rows_names_their_group():
    found = by_text(records_of(_WORD_LINES, 2026))
    assert found["800户"].category == "常有颐养" and found["640"].category == "常有颐养"
    assert (found["640"].value, found["640"].unit) == (6400000, "元")
    assert found["12万人"].category == "常有健康"
    assert (found["1840"].value, found["1840"].category) == (18400000, "其他")
    assert "—" not in found


def test_a_group_column_without_a_project_column_names_each_row():
    text = "类别\t计划投资（万元）\t完成投资（万元）\n托育服务\t120\t130\n养老服务\t300\t280\n"
    rows = table_rows(text, only_table(text), None)
    assert [r.row.project for r in rows if isinstance(r, DataRow)] == ["托育服务", "养老服务"]
    assert not any(isinstance(r, GroupRow) for r in rows)


def test_beside_a_group_column_the_content_column_names_the_work():
    text = ("序号\t类别\t建设内容\t计量单位\t全年目标\n1\t幼有所育\t新建普惠托育点\t个\t2\n"
            "2\t住有所居\t农村危房改造\t户\t36\n3\t弱有所扶\t发放临时救助资金\t万元\t80\n")
    rows = [r.row for r in table_rows(text, only_table(text), None) if isinstance(r, DataRow)]
    assert [r.label for r in rows] == ["新建普惠托育点", "农村危房改造", "发放临时救助资金"]
    assert [r.project for r in rows] == ["幼有所育", "住有所居", "弱有所扶"]


def test_a_content_column_of_stated_targets_leaves_the_group_naming_the_row():
    text = "类别\t目标任务\t计划投资（万元）\n养老服务\t新建社区食堂40个\t300\n托育服务\t新增托位200个\t120\n"
    rows = [r.row for r in table_rows(text, only_table(text), None) if isinstance(r, DataRow)]
    assert [r.label for r in rows] == ["养老服务", "托育服务"]


@pytest.mark.parametrize("text", [
    "序号\n项目名称\n内容\n这是一段正文，讲述了今年的工作。\n",        # prose under column words
    "项目名称\n责任单位\n内容\n",                                      # no column to tell rows by
    "序号\n名称\n投资（万元）\n一是加强统筹\n二是压实责任\n三是强化督查\n",
])
def test_short_lines_of_column_words_over_text_are_no_table(text):
    assert find_tables(text, lines_of(text)) == {}


# ------------------------------------------------- a unit declared for a block of text

def test_a_unit_declared_at_the_end_of_a_lead_in_gives_the_list_below_it_its_unit():
    text = ("一、支出情况\n\n2024年全县民生支出40.2亿元。按科目分（单位：亿元）：\n\n"
            "教育支出9.8，占24.4%；\n养老服务支出3.05，占7.6%；\n住房保障支出2，占5.0%。\n\n"
            "二、下步打算\n\n继续安排资金12，用于学校建设。\n")
    found = by_text(records_of(text))
    assert (found["9.8"].value, found["9.8"].unit, found["9.8"].indicator) == (980000000, "元", "教育支出")
    assert (found["3.05"].value, found["2"].value) == (305000000, 200000000)
    assert found["24.4%"].unit == "%" and found["40.2亿元"].value == 4020000000
    assert "12" not in found                   # under another heading the declaration holds no more


def test_a_unit_line_standing_alone_declares_the_unit_of_the_paragraph_under_it():
    text = "单位：万人次\n\n城区接诊12.5，乡镇接诊8。\n"
    found = by_text(records_of(text))
    assert [(r.text, r.value, r.unit) for r in found.values()] == [("12.5", 125000, "人次"), ("8", 80000, "人次")]


def test_a_caption_with_a_bracketed_unit_gives_the_labelled_figures_below_it_their_unit():
    text = ("专项资金（万元）\n　　资金总额：9600\n　　其中：市级补助：7100\n　　　　区级配套：2500\n\n"
            "年度目标\n　　建成社区食堂12处。\n")
    found = by_text(records_of(text))
    assert [(r.text, r.value, r.unit, r.indicator) for r in found.values()][:3] == [
        ("9600", 96000000, "元", "资金总额"), ("7100", 71000000, "元", "市级补助"), ("2500", 25000000, "元", "区级配套")]
    assert found["12处"].unit == "处"          # the caption's unit holds for its own block only


def test_a_caption_without_a_unit_declares_nothing():
    text = "实施单位（盖章）\n　　联系电话：6128\n"
    assert "6128" not in by_text(records_of(text))


def test_a_declared_unit_takes_no_date_row_number_or_number_before_a_unit():
    text = "（单位：万元）\n\n1.城区安排资金300，于2024年3月完成；第2批补助50万元。\n"
    found = by_text(records_of(text))
    assert set(found) == {"300", "50万元"}
    assert found["300"].value == 3000000 and found["50万元"].value == 500000


@pytest.mark.parametrize("text", [
    "责任单位：市民政局\n\n新建站点12，年内完成。\n",          # a unit of work, not of measure
    "全市各有关单位：\n\n新建站点12，年内完成。\n",
    "新建站点12，年内完成。\n",
])
def test_without_a_declared_unit_a_bare_number_is_no_figure(text):
    assert [r.text for r in records_of(text)] == []


def test_an_empty_unit_cell_is_merged_down_from_the_row_above_within_its_group():
    rows = [r.row for r in table_rows(_WORD_LINES, only_table(_WORD_LINES), None) if isinstance(r, DataRow)]
    assert [r.lead_unit for r in rows[:3]] == ["市民政局", "市民政局", "市卫健委"]


def test_an_empty_unit_cell_under_a_new_group_is_not_merged_across_it():
    text = _WORD_LINES.replace("市卫健委", "")
    rows = [r.row for r in table_rows(text, only_table(text), None) if isinstance(r, DataRow)]
    assert rows[2].lead_unit is None


@pytest.mark.parametrize("title", ["附表　2025年民生实事资金安排表（单位：万元）",
                                   "附表　2025年民生实事资金安排表　　　单位：万元"])
def test_a_title_that_declares_the_money_unit_scales_the_money_column(title):
    text = f"{title}\n序号\t项目名称\t计划投资\n1\t社区食堂建设\t320\n合  计\t\t320\n"
    found = records_of(text, 2025)
    assert [(r.value, r.unit) for r in found] == [(3200000, "元"), (3200000, "元")]


def test_a_total_row_padded_with_spaces_adds_up_the_table():
    text = "序号\t项目名称\t计划投资（万元）\n一\t养老服务\t\n1\t社区食堂建设\t320\n合  计\t\t320\n"
    rows = table_rows(text, only_table(text), None)
    assert [r.total for r in rows if isinstance(r, DataRow)] == [None, "all"]


def test_a_unit_line_above_a_table_gives_every_bare_figure_its_unit_and_a_rate_column_is_percent():
    text = ("2024年各街道新增就业完成情况\n单位：人\n\n"
            "街道\t年度目标\t1-6月完成\t完成率\n东城街道\t1200\t700\t58.3\n全区\t2100\t1180\t56.2\n")
    found = {r.text: r for r in records_of(text)}
    assert [(r.text, r.unit, r.stance) for r in found.values()] == [
        ("1200", "人", "target"), ("700", "人", "achieved"), ("58.3", "%", "achieved"),
        ("2100", "人", "target"), ("1180", "人", "achieved"), ("56.2", "%", "achieved")]
    assert found["58.3"].indicator == "完成率"


def test_a_column_of_the_year_before_dates_its_figures_back_a_year():
    text = ("表1　2025年1—6月主要指标\n"
            "指标名称 | 计量单位 | 1—6月 | 上年同期 | 同比增长（%）\n"
            "城镇新增就业 | 人 | 5200 | 4800 | 8.3\n")
    found = by_text(records_of(text, 2025))
    assert (found["5200"].year, found["5200"].stance) == (2025, "achieved")
    assert (found["4800"].year, found["4800"].unit, found["4800"].stance) == (2024, "人", "achieved")
    assert (found["8.3"].unit, found["8.3"].year) == ("%", 2025)


@pytest.mark.parametrize("row", ["\t".join, lambda cells: "| " + " | ".join(cells) + " |"])
def test_a_second_header_row_names_the_columns_under_a_merged_header_cell(row):
    text = ("表1　主要指标完成情况\n"
            + row(["指标名称", "计量单位", "2024年", "", "2025年"]) + "\n"
            + row(["", "", "目标", "完成", "目标"]) + "\n"
            + row(["新增托位", "个", "500", "520", "600"]) + "\n")
    table = only_table(text)
    assert table.names == ["指标名称", "计量单位", "2024年目标", "2024年完成", "2025年目标"]
    found = by_text(records_of(text, 2025))
    assert [(r.text, r.year, r.stance) for r in found.values()] == [
        ("500", 2024, "target"), ("520", 2024, "achieved"), ("600", 2025, "target")]


def test_under_a_group_header_a_column_with_its_own_unit_names_what_it_counts():
    # the group (a topic) is no part of the indicator; the merged name still gives the category
    text = ("镇（街道）\t“惠民生”\t\t\t交通\t资金\n"
            "\t助残服务站（个）\t护理床位（张）\t日间照料中心（个）\t充电桩（个）\t奖补资金（万元）\n"
            "东湖街道\t3\t120\t2\t40\t85\n"
            "西山镇\t4\t80\t1\t25\t60\n")
    table = only_table(text)
    assert table.names[1:3] == ["“惠民生”助残服务站（个）", "“惠民生”护理床位（张）"]
    found = by_text(records_of(text, 2025))
    assert [(r.text, r.unit, r.indicator) for r in found.values()][:5] == [
        ("3", "个", "助残服务站"), ("120", "张", "护理床位"), ("2", "个", "日间照料中心"),
        ("40", "个", "充电桩"), ("85", "元", "奖补资金")]


@pytest.mark.parametrize("row", ["\t".join, lambda cells: "| " + " | ".join(cells) + " |"])
def test_a_row_of_group_names_over_the_header_names_the_columns_under_it(row):
    # made up: a register exported with merged cells; the group row's plain words (`农作物`, `住房`)
    # make no header of their own, the row under it does
    text = ("表　补偿登记明细\n"
            + row(["序号", "村名", "户主", "农作物", "", "住房", "", "补偿合计"]) + "\n"
            + row(["", "", "", "淹没面积（亩）", "补偿（元）", "受损（间）", "补偿（元）", "（元）"]) + "\n"
            + row(["1", "某村", "张某", "12.5", "13125", "2", "12000", "25125"]) + "\n"
            + row(["2", "某村", "李某", "6.8", "7140", "—", "—", "7140"]) + "\n")
    table = only_table(text)
    assert table.names == ["序号", "村名", "户主", "农作物淹没面积（亩）", "农作物补偿（元）", "住房受损（间）", "住房补偿（元）",
                           "补偿合计（元）"]
    found = by_text(records_of(text, 2030))
    assert [(r.text, r.unit) for r in found.values()][:5] == [
        ("12.5", "亩"), ("13125", "元"), ("2", "间"), ("12000", "元"), ("25125", "元")]


def test_a_top_header_row_names_its_columns_whole_and_its_merged_unit_ends_the_names_under_it():
    # made up: a training roll from a sheet with merged cells; the top row names most columns whole (one with
    # a digit in its name), its merged `培训课时（课时）` stands over `理论 | 实操`, which take its unit
    text = ("某镇果树嫁接技术培训学员花名册\n"
            "序号\t姓名\t身份证号后4位\t培训课时（课时）\t\t嫁接考核\t\t误工补贴（元）\n"
            "\t\t\t理论\t实操\t嫁接株数（株）\t成活株数（株）\t\n"
            "1\t王某\t0312\t12\t20\t20\t18\t200\n"
            "2\t李某\t2048\t12\t16\t20\t15\t150\n")
    table = only_table(text)
    assert table.names == ["序号", "姓名", "身份证号后4位", "培训课时理论（课时）", "培训课时实操（课时）",
                           "嫁接考核嫁接株数（株）", "嫁接考核成活株数（株）", "误工补贴（元）"]
    found = [(r.text, r.unit) for r in records_of(text, 2031)]
    assert found[:5] == [("12", "课时"), ("20", "课时"), ("20", "株"), ("18", "株"), ("200", "元")]


@pytest.mark.parametrize("above", ["附表\t\t单位：万元", "说明\t见下表", "附表2\t\t资金"])
def test_a_title_or_unit_line_over_the_header_is_no_row_of_group_names(above):
    # a label and its value, cells that do not line up with the header's, a figure: no group row
    text = f"{above}\n项目名称\t新增托位（个）\t投资（万元）\n社区托育点\t120\t360\n"
    assert only_table(text).names is None


def test_a_money_column_names_its_money_without_the_figure_of():
    text = ("单位：万元\n"
            "序号\t项目名称\t年初预算数\t调整预算数\t实际支出\n"
            "1\t社区助餐补贴\t520\t560\t548\n"
            "2\t托育运营补助\t310\t300\t296\n")
    found = by_text(records_of(text, 2024))
    assert [(r.text, r.value, r.indicator) for r in found.values()][:3] == [
        ("520", 5_200_000, "年初预算"), ("560", 5_600_000, "调整预算"), ("548", 5_480_000, "实际支出")]


def test_a_first_row_of_words_under_the_header_is_a_row_not_a_second_header():
    text = "项目名称\t责任单位\t完成时限\n社区食堂建设\t市民政局\t年底\n托育中心建设\t市卫健委\t9月\n"
    table = only_table(text)
    assert table.names is None and len(table.rows) == 2


def test_markdown_emphasis_around_cells_is_no_part_of_them():
    text = ("| **序号** | **项目** | **计量单位** | **年度目标** | **已完成** | **完成率** |\n"
            "| :---: | :--- | :---: | ---: | ---: | ---: |\n"
            "| **一** | **养老服务** | | | | |\n"
            "| 1 | 新建老年食堂 | 个 | 30 | **18** | 60% |\n")
    table = only_table(text)
    assert texts(text, table.header)[:2] == ["序号", "项目"]
    rows = table_rows(text, table, None)
    assert isinstance(rows[0], GroupRow) and rows[0].label.flat == "养老服务"
    found = by_text(records_of(text))
    assert (found["18"].unit, found["18"].stance) == ("个", "achieved")
    assert found["60%"].indicator == "完成率"


def test_a_run_of_more_column_names_than_a_table_has_columns_is_no_header():
    words = ["序号", "项目名称", "计划投资（万元）"] * 11          # 33 lines of column words
    text = "\n".join(words + ["1", "社区食堂", "300"]) + "\n"
    tables = find_tables(text, lines_of(text))
    # the run is no header from its start; the rows fit under its last three names only
    assert list(tables) == [30]
    assert texts(text, tables[30].rows[0]) == ["1", "社区食堂", "300"]


def test_a_group_that_assigns_a_category_governs_a_project_name_that_names_another():
    text = ("序号\t项目名称\t建设内容\t计划投资（万元）\n"
            "一\t教育优质均衡\t\t\n1\t平安校园\t为80所学校配备一键报警装置\t300\n"
            "二\t民生实事\t\t\n2\t平安社区\t为3000户独居老人安装燃气报警器\t150\n")
    found = by_text(records_of(text))
    assert found["80所"].category == "常有优学" and found["300"].category == "常有优学"
    # a group that assigns none leaves it to the project's name
    assert found["3000户"].category == "公共安全"


# ------------------------------------------------- a space-aligned table in a wrapped PDF dump

#: A PDF text dump hard-wrapped at a fixed width, a table appended after a page break
#: with the page's number and running header inside it (made up).
WRAPPED_DUMP = (
    "某县政务公报  2023年第9期\n\n"
    + "　　为办好民生实事，县政府研究确定了下列事项并安排相应资金，各\n"
    + "单位要抓好落实，定期报送工作进展，确保各项事项按期保质完成并接\n" * 4
    + "受群众监督。\n"
    "　　一、文化惠民\n"
    "　　新建农家书屋12个，开展送戏下乡演出80场，改造乡镇文化站3\n"
    "个。\n"
    "附件\n各项目资金安排表\n单位：万元\n"
    "序号　项目名称　　　　资金\n"
    "1　　农村供水提升　　450\n"
    "2　　乡村道路硬化　　1280\n\n"
    "— 3 —\n\n"
    "某县政务公报  2023年第9期\n\n"
    "10　 敬老院改造　　　96\n"
    "　　合计　　　　　　1826\n\n"
    "— 4 —\n\n"
    "某县政务公报  2023年第9期\n"
)


def test_rows_aligned_by_spaces_are_not_joined_as_wrapped_prose():
    from pipeline.document import clean_view
    cleaned = clean_view(WRAPPED_DUMP).text
    assert "1　　农村供水提升　　450\n2　　乡村道路硬化　　1280\n" in cleaned


def test_a_table_across_a_page_break_skips_the_page_number_and_running_header():
    found = by_text(records_of(WRAPPED_DUMP, 2023))
    assert [(t, found[t].value) for t in ("450", "1280", "96", "1826")] == [
        ("450", 4_500_000), ("1280", 12_800_000), ("96", 960_000), ("1826", 18_260_000)]
    # a cell padded with a narrow and a wide space still sits under its header
    assert found["96"].indicator == "资金"


def test_a_table_ends_after_more_blank_or_furniture_lines_than_a_page_break_holds():
    header = "项目\t投资（万元）\t完成率\n"
    near = header + "托育点建设\t1500\t90%\n" + "\n" * 3 + "助餐点建设\t800\t95%\n"
    far = header + "托育点建设\t1500\t90%\n" + "\n" * 12 + "助餐点建设\t800\t95%\n"
    assert [len(t.rows) for t in find_tables(near, lines_of(near)).values()] == [2]
    assert [len(t.rows) for t in find_tables(far, lines_of(far)).values()] == [1]


def test_the_title_lines_above_a_table_end_the_prose_and_its_topic():
    found = by_text(records_of(WRAPPED_DUMP, 2023))
    assert found["12个"].category == found["80场"].category
    assert found["450"].category != found["12个"].category       # water supply is no culture


# ------------------------------------------------------------ a CSV table pasted into a page

CSV_TABLE = (
    "某区2024年民生实事项目表\n"
    "序号,类别,项目名称,主要内容,总投资（万元）,其中区级资金（万元）,牵头单位\n"
    '1,幼有善育,托育点建设,"新建托育点6个,新增托位300个",1500,600,"区卫健委,各街道"\n'
    '2,住有宜居,"停车""微改造""",新增停车位900个,2400,1200,区住建局\n'
    "合计,,,,3900,1800,\n"
)


def test_csv_rows_split_like_the_csv_module_with_spans_inside_the_quotes():
    table = only_table(CSV_TABLE)
    assert [texts(CSV_TABLE, row) for row in table.rows][:2] == [
        ["1", "幼有善育", "托育点建设", "新建托育点6个,新增托位300个", "1500", "600", "区卫健委,各街道"],
        ["2", "住有宜居", '停车""微改造""', "新增停车位900个", "2400", "1200", "区住建局"],
    ]


def test_csv_money_cells_take_the_header_unit_and_the_group_column_the_category():
    found = by_text(records_of(CSV_TABLE))
    assert (found["1500"].value, found["1500"].unit, found["1500"].indicator) == (15_000_000, "元", "总投资")
    assert found["3900"].value == 39_000_000
    assert found["2400"].category == found["900个"].category       # the 类别 cell governs the row
    assert found["300个"].category != found["900个"].category


@pytest.mark.parametrize("line", [
    "据统计,全年共办结群众来信来访事项3200件,满意率达到98%。",
    '他说,"项目名称,责任单位"都已公示',
])
def test_prose_with_ascii_commas_is_no_csv_table(line):
    assert find_tables(line + "\n", lines_of(line + "\n")) == {}


@pytest.mark.parametrize("text", [
    # fields of a JSON export, a quote closed mid-cell, the last one at the line's end (it crashed)
    '{"类别":"托育","目标":"新增托位300个"\n',
    '"类别":"托育","目标":"新增托位300个",\n"类别":"养老","目标":"新建食堂12个"\n',
])
def test_quotes_closed_mid_cell_make_no_csv_row(text):
    assert find_tables(text, lines_of(text)) == {}
    assert [r.value for r in records_of(text)] in ([300], [300, 12])


# ------------------------------------------------------- chart data under a caption, ｜ rows

CHART = (
    "　　历年数据（单位：个、%）\n"
    "　　年份｜新建食堂数｜完成率\n"
    "　　2021｜12｜100\n"
    "　　2022年｜9｜88.9\n"
    "　　2023｜15｜—（仍在推进）\n"
)


def test_chart_rows_take_their_year_from_the_year_column_and_the_caption_unit():
    found = [(r.text, r.value, r.unit, r.year) for r in records_of(CHART, 2024)]
    assert found == [("12", 12, "个", 2021), ("100", 100, "%", 2021), ("9", 9, "个", 2022),
                     ("88.9", 88.9, "%", 2022), ("15", 15, "个", 2023)]


@pytest.mark.parametrize("header,role", [
    ("子项", "project"), ("分项", "project"),      # the parts of a list's projects, named row by row
    ("实事项目数", None), ("项目个数（个）", None), ("项目名称", "project"), ("任务", "project"),
    ("完成率", "rate"), ("年份", "year"),
    ("项目（件）", None), ("任务（项）", None), ("项目（万元）", "project"),     # a count in brackets, not money
    # a word that heads a column only as the whole header (`岗位`: a roster's post) heads a count with a count's unit
    # (not `单位（个）`, a column of units)
    ("岗位", "attribute"), ("岗位（个）", None), ("村（个）", None), ("单位（万元）", "unit"),
])
def test_a_header_counting_things_heads_figures_not_names(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("header,role", [
    ("单位", "unit"), ("单位（个）", "unit"), ("计量单位", "unit"), ("计价单位", "unit"), ("投资单位", "unit"),
    ("单位自报", None),        # a verification table's figures as the units reported them
    ("施工单位", None),        # the contractor's name
    ("责任单位", "lead_unit"),
])
def test_unit_heads_a_column_of_units_only_as_the_whole_header(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("header,role", [
    ("品名（品牌）", "group"),     # the bracket says what its cells are: each row's brand
    ("品名", "project"), ("货品及规格", "project"), ("箱号", "number"), ("炉号", "number"),
])
def test_a_shipping_order_s_columns_name_boxes_brands_and_goods(header, role):
    assert column_role(header) == role


def test_a_shipping_order_s_rows_are_named_by_their_goods_and_filed_by_their_brand():
    text = "箱号｜品名（品牌）｜货品及规格｜数量｜单位\n01｜常有善育｜新增普惠托位｜600｜个\n02｜常有优学｜新增学位｜3600｜个\n"
    found = [(r.text, r.indicator, r.category) for r in records_of(text, 2026)]
    assert found == [("600", "普惠托位", "常有善育"), ("3600", "学位", "常有优学")]


@pytest.mark.parametrize("header,role", [
    ("设备安装地点", "region"), ("设置地点", "region"), ("安装位置", "region"),   # where it stands: a place
    ("安装地点数", None),      # a count of places is a figure column
])
def test_a_column_of_places_where_things_stand_is_a_site_column(header, role):
    assert column_role(header) == role


def test_a_verification_table_reads_the_units_own_report_beside_the_verified_figure():
    text = ("某县民生实事完成情况复核结果公示\n\n项目 | 计量单位 | 年度目标 | 单位自报 | 复核认定 | 结论\n"
            "托位 | 个 | 60 | 62 | 60 | 完成\n农村公路 | 公里 | 38 | 35.5 | 33.5 | 未完成\n")
    found = [(r.text, r.unit) for r in records_of(text, 2031)]
    assert ("62", "个") in found and ("35.5", "公里") in found


@pytest.mark.parametrize("line,unit", [
    ("单位：件、%", "件"), ("（单位：万元/%）", "元"), ("单位：个、万元", None), ("单位：件", "件"),
])
def test_a_caption_listing_units_declares_the_one_that_is_no_percentage(line, unit):
    from pipeline.tables import unit_declared
    found = unit_declared(line)
    assert (found.unit.unit if found else None) == unit


@pytest.mark.parametrize("line,unit,per", [
    ("常见扣除标准如下（单位：元/月）：", "元", "月"), ("单位：元/人·月", "元", "人·月"), ("（单位：万元/%）", "元", None),
])
def test_a_declared_rate_is_one_unit(line, unit, per):
    from pipeline.tables import unit_declared
    found = unit_declared(line)
    assert found is not None and (found.unit.unit, found.unit.per) == (unit, per)


@pytest.mark.parametrize("line,unit,columns", [
    # the table's unit, then a column's own after a semicolon, with or without 单位
    ("（单位：户；补助资金：万元）", "户", {"补助资金": "万元"}),
    ("（单位：名；康复训练单位：人次）", "名", {"康复训练": "人次"}),
    # a note after the semicolon names no unit: the table's unit stands alone
    ("（单位：万元；数据来源：县统计局）", "元", {}),
])
def test_a_unit_line_gives_the_table_s_unit_and_a_named_column_s_own(line, unit, columns):
    from pipeline.spans import Line
    from pipeline.tables import column_units_before, unit_declared
    found = unit_declared(line)
    assert found is not None and found.unit.unit == unit
    assert column_units_before([Line(0, line)], 1) == columns


def test_a_row_counting_in_a_measure_no_record_takes_is_not_counted_in_the_money_unit():
    # made up: a clinic's stock list; the unit line gives the money columns' unit, each row's unit
    # cell the counts': `支` and `盒` are units, `贴` none, so that row's counts are no records (not 元)
    text = ("某村卫生室药品库存盘点表\n\n二、库存盘点（金额单位：元）\n"
            "序号\t药品名称\t单位\t上期结存\t本期结存\t零售价\t结存金额\n"
            "1\t阿莫西林胶囊\t盒\t40\t28\t6.80\t190.40\n"
            "2\t地塞米松注射液\t支\t60\t65\t0.85\t55.25\n"
            "3\t伤湿止痛膏\t贴\t30\t22\t1.20\t26.40\n")
    found = {r.text: r.unit for r in records_of(text, 2031)}
    assert "30" not in found and "22" not in found
    assert found["6.80"] == found["190.40"] == found["55.25"] == found["26.40"] == "元"
    assert found["60"] == found["65"] == "支" and found["40"] == found["28"] == "盒"


def test_the_cells_of_a_table_under_a_declared_rate_are_figures():
    # made up: a tax bureau's reminder lists monthly deduction standards under `单位：元/月`
    text = ("某县2031年个税汇算提醒\n\n常见扣除标准如下（单位：元/月）：\n项目\t扣除标准\t说明\n"
            "子女教育\t2000\t每个子女\n赡养老人\t3000\t独生子女\n")
    found = {r.text: (r.unit, r.per) for r in records_of(text, 2031)}
    assert found["2000"] == ("元", "月") and found["3000"] == ("元", "月")


def test_a_register_by_building_numbers_reads_its_counts_not_its_floors():
    # made up: a property register pasted one cell per line, rows named by building numbers,
    # a row with an empty cell and a total
    text = ("某县2031年不动产首次登记公告\n\n二、房屋基本情况\n\n幢号\n层数\n套数（套）\n建筑面积（平方米）\n"
            "1#—6#\n11\n396\n40392\n7#—12#\n6\n216\n22032\n27#（配套用房）\n2\n\n1860\n合计\n\n612\n64284\n")
    found = {r.text: r.unit for r in records_of(text, 2031)}
    assert found == {"396": "套", "40392": "平方米", "216": "套", "22032": "平方米", "1860": "平方米",
                     "612": "套", "64284": "平方米"}


def test_a_header_word_spaced_out_by_a_wide_space_is_one_cell():
    # made up: a letter's attached table aligned by full-width spaces, its first header `项　目`
    text = ("附：2031年某县民生实事部分项目完成情况\n\n项　目　　　　　　　　　　计划　　　　实际完成\n"
            "老旧小区改造（个）　　　　　9　　　　　9\n城镇新增就业（人）　　　　　1800　　　　2046\n"
            "合　计　　　　　　　　　　　—　　　　　—\n")
    found = {(r.text, r.stance) for r in records_of(text, 2031)}
    assert {("1800", "target"), ("2046", "achieved")} <= found


def test_a_review_s_gap_column_holds_signed_results():
    # made up: a review table aligned by spaces, `目标 | 结果 | 差距`, the gap signed
    text = ("某县2031年民生实事复盘报告\n\n子项　　　　　　　　目标　　　结果　　　差距\n"
            "普惠托位（个）　　　　240　　　 252　　　 +12\n农村公路（公里）　　　60　　　　55　　　　-5\n"
            "小学学位（个）　　　　1080　　　1080　　　0\n")
    found = {(r.text, r.value, r.unit, r.stance) for r in records_of(text, 2031)}
    assert {("252", 252, "个", "achieved"), ("+12", 12, "个", "achieved"), ("-5", -5, "公里", "achieved"),
            ("240", 240, "个", "target")} <= found


def test_a_header_told_by_its_rows_may_open_on_a_name_no_role_names():
    # made up: a notice's reference table one cell per line; the rows are named by household
    # sizes (`1—2人`: labels, not counts) and every column after the first names its unit
    text = ("某县2031年家庭节水竞赛通知\n\n参照下表：\n\n家庭人口\n2030年同期户均月用水（立方米）\n"
            "2031年节水目标（立方米）\n1—2人\n4.2\n3.6\n3—4人\n7.5\n6.5\n5人及以上\n10.8\n9.2\n")
    found = {r.text: r.unit for r in records_of(text, 2031)}
    assert found == {"4.2": "立方米", "3.6": "立方米", "7.5": "立方米", "6.5": "立方米", "10.8": "立方米", "9.2": "立方米"}


def test_a_header_told_by_its_rows_may_open_on_a_column_of_row_numbers_no_word_list_knows():
    # made up: a year-end book of a plan's slips, `号头` (the slips' numbers) and column names no list knows
    text = ("某镇2031年实事对账本\n\n号数 | 事项（单位） | 应办 | 实办 | 欠办 | 评语\n"
            "01 | 新建幸福院（处） | 3 | 3 | / | 好\n02 | 改造供水管网（公里） | 9.6 | 8.1 | 1.5 | 差\n"
            "02 | 停车泊位（个） | 160 | 128 | 32 | 差\n")
    found = {(r.text, r.unit, r.stance) for r in records_of(text, 2031)}
    assert {("9.6", "公里", "target"), ("8.1", "公里", "achieved"), ("1.5", "公里", "target"),
            ("128", "个", "achieved")} <= found
    assert not any(r.text in ("01", "02") for r in records_of(text, 2031))
    # …not a first column of figures that run otherwise (a size chart's `尺码 | 身高 | 胸围`)
    sizes = "校服尺码对照（单位：厘米）\n尺码｜身高｜胸围\n120｜115—125｜64\n130｜125—135｜68\n"
    assert records_of(sizes, 2031) == []


def test_a_declared_unit_before_the_units_of_some_columns_holds_for_the_others():
    # made up: a school's summary table one cell per line; 名 for every column but the one named
    text = ("某校2031年个别化教育计划汇总\n\n二、分类汇总（单位：名；康复训练单位：人次/学期）\n残疾类别\n在册学生\n"
            "送教上门\n计划康复训练\n智力障碍\n46\n12\n1380\n听力障碍\n9\n2\n270\n")
    found = {r.text: r.unit for r in records_of(text, 2031)}
    assert found["46"] == "名" and found["12"] == "名" and found["1380"] == "人次"


def test_a_quoted_csv_cell_may_run_over_lines():
    text = ("序号,项目名称,主要内容,投资（万元）\n"
            '1,社区食堂,"新建社区食堂8个\n新增助餐服务2万人次",560\n'
            "2,口袋公园,新建口袋公园5个,300\n")
    table = only_table(text)
    assert [texts(text, row) for row in table.rows] == [
        ["1", "社区食堂", "新建社区食堂8个\n新增助餐服务2万人次", "560"],
        ["2", "口袋公园", "新建口袋公园5个", "300"],
    ]
    found = by_text(records_of(text))
    assert [found[t].value for t in ("8个", "2万人次", "560", "300")] == [8, 20000, 5_600_000, 3_000_000]


def test_chart_columns_that_count_things_are_headers_of_figures():
    text = "单位：个\n年份｜新增托位数｜新建食堂数\n2022｜300｜12\n2023年｜450｜9\n"
    found = [(r.text, r.value, r.unit, r.year) for r in records_of(text, 2024)]
    assert found == [("300", 300, "个", 2022), ("12", 12, "个", 2022), ("450", 450, "个", 2023), ("9", 9, "个", 2023)]


def test_an_empty_cell_line_under_a_csv_header_ends_the_table_quietly():
    text = "项目名称,完成情况\n\t\n"
    assert find_tables(text, lines_of(text)) == {}


def test_rows_aligned_by_spaces_over_a_page_break_are_not_joined_as_a_sentence():
    from pipeline.document import clean_view
    text = ("序号　项目名称　　　　　　　　　　　　　　　　　　　投资（万元）\n"
            "1　　城区老旧小区改造、雨污分流管网、道路提升及绿化工程　　　　1250\n\n— 2 —\n\n"
            "2　　乡镇卫生院、村卫生室标准化建设　　　　　　　　　　　　360\n")
    assert clean_view(text).text == text
    found = by_text(records_of(text))
    assert [found[t].value for t in ("1250", "360")] == [12_500_000, 3_600_000]


def test_a_rate_cell_written_as_a_fraction_of_one_is_that_share_of_a_hundred_percent():
    # an Excel export of a percentage-formatted column: 0.8933 is 89.33%, 1.0400 is 104%
    text = ("街道\t年度目标\t完成\t完成率\n东城街道\t1200\t1248\t1.0400\n西城街道\t900\t804\t0.8933\n"
            "南城街道\t600\t315\t52.5\n")
    found = by_text(records_of(text))
    assert [(found[t].value, found[t].unit) for t in ("1.0400", "0.8933", "52.5")] == [(104, "%"), (89.33, "%"), (52.5, "%")]


def test_a_row_s_bare_figures_count_what_its_narrowest_name_cell_names():
    # a project column and an indicator column: the figure counts the indicator's thing,
    # also in a row whose project cell is merged from the row above (left empty)
    text = ("序号\t项目名称\t指标\t计量单位\t年度目标\t完成值\n"
            "1\t校舍扩容\t新建中小学\t所\t12\t13\n"
            "2\t\t新增学位\t个\t9000\t9400\n")
    found = by_text(records_of(text))
    assert [(found[t].indicator, found[t].unit) for t in ("12", "13", "9000", "9400")] == [
        ("中小学", "所"), ("中小学", "所"), ("学位", "个"), ("学位", "个")]


@pytest.mark.parametrize("line,text,value,unit,indicator", [
    # a field of a project card
    ("项目名称：社区食堂\n总投资（万元）：1,200。\n", "1,200", 12_000_000, "元", "总投资"),
    # a row of an open-data export
    ('{"项目名称":"学位扩容","年度目标":"新增学位900个","计划投资（万元）":"4500"}\n', "4500", 45_000_000, "元", "计划投资"),
    # (the label is cleaned as a column header is: what is counted, without the verb)
    ('<项目 名称="托育" 新增托位（个）="320"/>\n', "320", 320, "个", "托位"),
])
def test_a_bare_number_after_a_label_naming_its_unit_is_a_figure(line, text, value, unit, indicator):
    found = by_text(records_of(line))
    assert (found[text].value, found[text].unit, found[text].indicator) == (value, unit, indicator)
    assert line[found[text].start:found[text].end] == text


def test_an_export_row_s_labelled_figure_takes_the_row_s_topic_not_its_money_word():
    line = '{"领域":"教育","年度目标":"新建中小学6所，新增学位5400个","计划投资（万元）":"18000"}\n'
    assert by_text(records_of(line))["18000"].category == "常有优学"


@pytest.mark.parametrize("line", ["县（市、区）：3", "电话（办）：12345", "第（3）条：5", "备注（万元）：见附件2"])
def test_no_labelled_figure_without_a_unit_in_the_bracket_and_a_bare_number_after_it(line):
    assert records_of(line + "\n") == []


# ------------------------------- a PDF copy with bars between some cells, rows over two lines

#: cells aligned by spaces, then bars where the PDF drew the last column rules; one name
#: cell and one remark cell wrap, and one row's name pushes the rest of it onto the next line
HALF_BARS = (
    "某县2025年民生项目前三季度进度表\n"
    "序号  项目名称              年度目标    前三季度完成 | 完成进度（%）| 备注\n"
    "----  --------------------  ----------  ------------ | ------------ | ------------\n"
    "1     新建社区卫生服务站    30个        24           | 80.0         | 无\n"
    "2     农村饮水安全巩固提升  2.4万人     1.5          | 62.5         | 3处因水源调整\n"
    "      工程                                                             推迟施工\n"
    "3     城区背街小巷综合整治\n"
    "                            45条        36           | 80.0         | 无\n"
)


def test_bars_between_some_cells_split_the_header_into_every_column():
    table = only_table(HALF_BARS)
    assert texts(HALF_BARS, table.header) == ["序号", "项目名称", "年度目标", "前三季度完成", "完成进度（%）", "备注"]


def test_rows_with_bars_between_some_cells_keep_every_cell_in_its_column():
    table = only_table(HALF_BARS)
    assert [texts(HALF_BARS, row) for row in table.rows] == [
        ["1", "新建社区卫生服务站", "30个", "24", "80.0", "无"],
        ["2", "农村饮水安全巩固提升\n工程", "2.4万人", "1.5", "62.5", "3处因水源调整\n推迟施工"],
        # the second line carries only the cells right of the name: the same row
        ["3", "城区背街小巷综合整治", "45条", "36", "80.0", "无"],
    ]


def test_a_bare_result_is_counted_in_the_magnitude_its_target_is_written_in():
    found = by_text(records_of(HALF_BARS, 2025))
    assert (found["1.5"].value, found["1.5"].unit) == (15_000, "人")      # 1.5万人 beside 2.4万人
    assert (found["24"].value, found["24"].unit) == (24, "个")
    assert (found["36"].value, found["36"].unit) == (36, "条")


def test_a_rate_column_named_by_its_header_and_remarks_read_as_words():
    found = by_text(records_of(HALF_BARS, 2025))
    assert (found["62.5"].value, found["62.5"].unit, found["62.5"].indicator) == (62.5, "%", "完成进度")
    assert found["3处"].unit == "处"          # a remark's figure is read in its words


def test_a_target_cell_of_only_a_figure_counts_what_its_row_names():
    found = by_text(records_of(HALF_BARS, 2025))
    assert found["30个"].indicator == "社区卫生服务站"
    assert found["24"].indicator == found["30个"].indicator     # the result counts what its target does
    assert found["45条"].indicator and "背街小巷" in found["45条"].indicator


def test_a_result_already_in_full_stays_as_it_is_beside_a_target_in_wan():
    text = ("项目名称    年度目标    已完成 | 完成率\n"
            "城镇新增就业  1.2万人   9000   | 75.0\n")
    found = by_text(records_of(text, 2025))
    assert (found["9000"].value, found["9000"].unit) == (9000, "人")


def test_a_bar_table_whose_header_cell_is_padded_stays_split_at_its_bars():
    text = ("| 序  号 | 项目名称 | 新增床位（张） |\n"
            "| 1 | 护理院建设 | 80 |\n")
    table = only_table(text)
    assert texts(text, table.header) == ["序  号", "项目名称", "新增床位（张）"]
    assert texts(text, table.rows[0]) == ["1", "护理院建设", "80"]


def test_a_copy_that_kept_no_alignment_splits_each_segment_to_its_header_count():
    text = ("序号 项目名称 年度目标 一季度完成 | 完成进度（%）| 备注\n"
            "1 新增养老床位 500张 120 | 24.0 | 无\n"
            "2 城区背街 小巷整治 40条 12 | 30.0 | 无\n")
    table = only_table(text)
    assert texts(text, table.header) == ["序号", "项目名称", "年度目标", "一季度完成", "完成进度（%）", "备注"]
    assert [texts(text, row) for row in table.rows] == [
        ["1", "新增养老床位", "500张", "120", "24.0", "无"],
        ["2", "城区背街 小巷整治", "40条", "12", "30.0", "无"],     # more words than columns: the name's
    ]
    found = by_text(records_of(text, 2025))
    assert (found["12"].value, found["12"].unit) == (12, "条")


def test_bars_before_cells_aligned_by_spaces_split_the_same_way():
    text = ("序号 | 项目名称 | 年度目标    实际完成    完成率\n"
            "1 | 新建口袋公园 | 20个        22          110%\n")
    table = only_table(text)
    assert texts(text, table.rows[0]) == ["1", "新建口袋公园", "20个", "22", "110%"]


def test_a_header_segment_of_words_that_name_no_column_stays_one_cell():
    text = ("| 序号 | 项目 建设地点 | 新增床位（张） |\n"
            "| 1 | 护理院建设 | 80 |\n")
    assert texts(text, only_table(text).header) == ["序号", "项目 建设地点", "新增床位（张）"]


def test_header_cells_wrapped_onto_the_next_line_name_their_columns_whole():
    text = ("序号  项目名称          年度目标    上半年      完成进度    备注\n"
            "                                    完成        （%）\n"
            "1     新建社区食堂      30个        18          60.0        无\n")
    table = only_table(text)
    assert table.names == ["序号", "项目名称", "年度目标", "上半年完成", "完成进度（%）", "备注"]
    assert [texts(text, row) for row in table.rows] == [["1", "新建社区食堂", "30个", "18", "60.0", "无"]]
    found = by_text(records_of(text, 2025))
    assert (found["18"].unit, found["60.0"].unit, found["60.0"].indicator) == ("个", "%", "完成进度")


def test_a_first_row_of_words_under_a_space_aligned_header_is_a_row_when_it_starts_a_row():
    text = ("序号  项目名称      责任单位\n"
            "1     社区食堂      区民政局\n")
    table = only_table(text)
    assert table.names is None and texts(text, table.rows[0]) == ["1", "社区食堂", "区民政局"]


def test_a_row_with_fewer_bars_than_its_bar_header_splits_to_the_header_count():
    text = ("| 序号 | 项目名称 | 年度目标 | 实际完成 | 完成率 |\n"
            "| 1 | 新建社区食堂 | 30个 | 24 | 80% |\n"
            "2  新增停车泊位  800个  560 | 70% |\n"
            "3 老旧小区改造 12个 9 | 75% |\n")
    table = only_table(text)
    assert [texts(text, row) for row in table.rows] == [
        ["1", "新建社区食堂", "30个", "24", "80%"],
        ["2", "新增停车泊位", "800个", "560", "70%"],
        ["3", "老旧小区改造", "12个", "9", "75%"]]
    found = by_text(records_of(text, 2025))
    assert (found["560"].value, found["560"].unit) == (560, "个")


def test_a_short_bar_row_with_no_gaps_to_split_keeps_its_cells():
    text = ("| 序号 | 项目名称 | 新增床位（张） | 责任单位 |\n"
            "| 1 | 护理院建设 | 80 |\n")
    assert texts(text, only_table(text).rows[0]) == ["1", "护理院建设", "80"]


def test_a_short_bar_row_keeps_a_name_with_a_space_in_it_whole():
    # the row left its last cell (a note) empty; `东坑村 王家` is a village and a family, one cell
    text = ("灯号｜承办户｜板上写的事｜年初计划｜年底交账｜备注\n"
            "第1灯｜西岭村 李家｜新建托育点（个）｜4｜5｜已开班\n"
            "第2灯｜南山村 赵家｜健身步道（公里）｜3.5｜3.5｜沿河\n"
            "第3灯｜东坑村 王家｜老年助餐点（个）｜6｜6\n")
    assert texts(text, only_table(text).rows[2]) == ["第3灯", "东坑村 王家", "老年助餐点（个）", "6", "6"]


def test_a_row_named_with_its_unit_after_a_number_and_an_owner_reads_its_plan_and_account():
    text = ("某镇2031年民生实事交账登记\n\n"
            "灯号｜承办户｜板上写的事｜年初计划｜年底交账｜备注\n"
            "第1灯｜西岭村 李家｜新建托育点（个）｜4｜5｜已开班\n"
            "第2灯｜南山村 赵家｜健身步道（公里）｜3.5｜3.5｜沿河\n"
            "第3灯｜东坑村 王家｜老年助餐点（个）｜6｜6\n")
    found = [(r.text, r.unit, r.indicator, r.stance) for r in records_of(text, 2031) if r.extra.get("block") == "table_cell"]
    assert found == [("4", "个", "托育点", "target"), ("5", "个", "托育点", "achieved"),
                     ("3.5", "公里", "健身步道", "target"), ("3.5", "公里", "健身步道", "achieved"),
                     ("6", "个", "老年助餐点", "target"), ("6", "个", "老年助餐点", "achieved")]


# --------------------------------------------- a copy that kept single spaces between cells

SINGLE_SPACED = (
    "某区2025年民生实事完成情况\n"
    "序号 项目名称 年度目标 实际完成 完成率 责任单位\n"
    "1 新建社区食堂 30个 32 106.7% 区民政局\n"
    "2 城区背街 小巷整治 40 条 36 90% 区城管局\n"
    "3 城镇新增就业 1.2万人 1.3 108.3% 区人社局\n"
    "注：完成率为实际完成与年度目标之比。\n"
)


def test_single_spaces_between_column_names_make_a_header_and_rows_split_to_its_count():
    table = only_table(SINGLE_SPACED)
    assert [texts(SINGLE_SPACED, row) for row in table.rows] == [
        ["1", "新建社区食堂", "30个", "32", "106.7%", "区民政局"],
        ["2", "城区背街 小巷整治", "40 条", "36", "90%", "区城管局"],    # a unit alone joins its number
        ["3", "城镇新增就业", "1.2万人", "1.3", "108.3%", "区人社局"],
    ]


def test_rows_under_a_single_spaced_header_give_targets_results_and_rates():
    found = by_text(records_of(SINGLE_SPACED, 2025))
    assert (found["36"].value, found["36"].unit) == (36, "条")
    assert (found["1.3"].value, found["1.3"].unit, found["1.3"].lead_unit) == (13_000, "人", "区人社局")
    assert found["106.7%"].indicator == "完成率"


@pytest.mark.parametrize("line", [
    "项目 进展 顺利",                           # words of roles, not all names of columns
    "序号 项目名称",                            # two names: too weak a sign
    "新增学位 （个） 计划投资",                  # a bracket alone names no column
])
def test_lines_of_single_spaced_words_that_are_no_header(line):
    from pipeline.tables import _word_header
    assert _word_header(line) is None


def test_a_remark_cells_figure_reads_as_the_documents_text_not_as_a_target():
    progress = by_text(records_of(HALF_BARS, 2025))
    assert progress["3处"].stance == "achieved"        # a progress table reports it
    plan = by_text(records_of(HALF_BARS.replace("前三季度进度表", "民生实事计划表"), 2025))
    assert plan["3处"].stance == "target"               # a plan's remark plans it
    assert progress["30个"].stance == plan["30个"].stance == "target"


def test_bars_in_rows_under_a_header_aligned_by_spaces_alone_separate_cells():
    text = ("序号  项目名称          年度目标    实际完成    完成率      备注\n"
            "1     新建社区食堂      30个        24        | 80.0      | 无\n")
    assert texts(text, only_table(text).rows[0]) == ["1", "新建社区食堂", "30个", "24", "80.0", "无"]


# ------------------------------------------------ a grid table whose long cells wrap

GRID = (
    "+------+----------------------+----------+----------+\n"
    "| 序号 | 项目名称             | 年度目标 | 实际完成 |\n"
    "+======+======================+==========+==========+\n"
    "| 1    | 困难老年人家庭适老化 | 1200户   | 540      |\n"
    "|      | 改造                 |          |          |\n"
    "+------+----------------------+----------+----------+\n"
    "| 2    | 新建社区食堂         | 30个     | 24       |\n"
    "+------+----------------------+----------+----------+\n"
)


def test_the_lines_of_a_grid_tables_row_between_two_rules_are_one_row():
    table = only_table(GRID)
    assert [texts(GRID, row) for row in table.rows] == [
        ["1", "困难老年人家庭适老化\n改造", "1200户", "540"], ["2", "新建社区食堂", "30个", "24"]]


def test_sub_rows_under_a_partial_rule_of_a_grid_table_stay_rows():
    text = ("+------+----------+----------+--------+\n"
            "| 序号 | 项目名称 | 主要指标 | 目标   |\n"
            "+======+==========+==========+========+\n"
            "| 1    | 养老服务 | 新增床位 | 100张  |\n"
            "|      |          +----------+--------+\n"
            "|      |          | 新建食堂 | 20个   |\n"
            "+------+----------+----------+--------+\n"
            "| 2    | 托育服务 | 新增托位 | 300个  |\n"
            "+------+----------+----------+--------+\n")
    assert len(only_table(text).rows) == 3


def test_rows_of_a_bar_table_ruled_only_under_its_header_are_never_joined():
    text = ("| 序号 | 项目名称 | 主要指标 | 目标 |\n"
            "|---|---|---|---|\n"
            "| 1 | 养老服务 | 新增床位 | 100张 |\n"
            "|  |  | 新建食堂 | 20个 |\n"
            "| 2 | 托育服务 | 新增托位 | 300个 |\n")
    assert len(only_table(text).rows) == 3


def test_a_target_cell_of_only_a_figure_counts_what_the_narrowest_name_cell_names():
    text = ("序号\t项目名称\t指标\t年度目标\t实际完成\n"
            "1\t校舍扩容\t新建中小学\t12所\t13\n"
            "2\t\t新增学位\t9000个\t9400\n")
    found = by_text(records_of(text))
    assert [found[t].indicator for t in ("12所", "13", "9000个", "9400")] == ["中小学", "中小学", "学位", "学位"]


def test_words_under_a_group_row_of_a_space_aligned_table_make_a_row_of_their_own():
    text = ("序号  项目名称      责任单位\n"
            "1     护理院        区民政局\n"
            "二、托育服务\n"
            "      托育园        区卫健局\n"
            "2     托育中心      区卫健局\n")
    rows = [texts(text, row) for row in only_table(text).rows]
    assert rows[1] == ["二、托育服务"] and rows[2] == [None, "托育园", "区卫健局"]


def test_a_bare_result_beside_an_approximate_target_in_wan_takes_its_magnitude():
    text = ("项目名称    年度目标    已完成 | 完成率\n"
            "城镇新增就业  约1.2万人   0.9   | 75.0\n")
    found = by_text(records_of(text, 2025))
    assert (found["0.9"].value, found["0.9"].unit) == (9000, "人")


def test_two_column_names_a_single_space_parts_in_a_space_aligned_header_are_two_columns():
    # a budget table whose last two header cells sat over narrow columns
    text = ("表1　2031年民生实事项目资金执行情况\n"
            "                                              单位：万元\n"
            "序号  项目名称              调整预算数      执行数 执行率（%）\n"
            "1     普惠托育服务补助            1350        1298        96.1\n"
            "2     老年助餐服务补贴            1500        1470        98.0\n")
    found = by_text(records_of(text, 2031))
    assert (found["1298"].value, found["1298"].unit) == (12_980_000, "元")
    assert (found["96.1"].value, found["96.1"].unit) == (96.1, "%")
    assert found["1350"].value == 13_500_000


def test_the_name_columns_unit_gives_the_measure_columns_theirs_and_scores_are_no_figures():
    # a performance self-evaluation table: the unit sits in the header of the rows' names,
    # the columns name measures of money; its points (分值, 得分) are the assessment's
    text = ("指标（万元）\t预算数\t执行数\t分值\t执行率\t得分\n"
            "资金总额\t500\t480\t10\t96.0%\t9.6\n"
            "其中：市级资金\t300\t290\t—\t96.7%\t—\n")
    records = by_text(records_of(text))
    assert records["500"].value == 5_000_000 and records["500"].unit == "元"
    assert records["480"].indicator == "执行"
    assert records["290"].value == 2_900_000
    assert "10" not in records and "9.6" not in records
    assert records["96.0%"].unit == "%"


@pytest.mark.parametrize("sep,outer", [("\t", ""), (" | ", "|")])
def test_year_columns_with_actual_and_target_under_them_take_year_and_stance_from_both(sep, outer):
    # a comparison table: years in the header, what each year's column holds in the row under it
    def line(cells):
        return outer + sep.join(cells) + outer
    head = line(["序号", "指标", "单位", "2022年", "2023年", "2024年"])
    kinds = line(["", "", "", "实际", "实际", "目标"])
    row = line(["1", "新建城市书房", "个", "12", "15", "20"])
    found = by_text(records_of(f"{head}\n{kinds}\n{row}\n", 2024))
    assert [(found[t].year, found[t].stance) for t in ("12", "15", "20")] == [
        (2022, "achieved"), (2023, "achieved"), (2024, "target")]


def test_indicator_rows_name_thresholds_results_and_rates_beside_rate_targets():
    # a performance form's indicator rows: the third-level indicator names the row; a
    # threshold sign stays outside the figure; a rate reached beside a rate planned is that rate
    text = ("一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t城市书房服务人次\t≥12万人次\t13.4万人次\t10\t10\n"
            "\t图书上架合格率\t100%\t98%\t5\t4\n"
            "\t新建城市书房\t8个\t8个\t10\t10\n")
    found = by_text(records_of(text))
    assert found["12万人次"].qualifier == "at_least"
    assert found["12万人次"].indicator == found["13.4万人次"].indicator == "城市书房服务人次"
    assert found["98%"].indicator == "图书上架合格率"
    assert "10" not in found and "4" not in found


@pytest.mark.parametrize("before,number", [
    ("注：2.第3项差", "3"), ("第12项按省下达任务调整，目标较上年减少", "12"),
    ("第2项差5个；第7项差", "7"), ("第2项已完成。全年共", None), ("全市共", None),
    # a glossary's or bulletin's note names the row as a numbered indicator (not a version, `指标2.0`)
    ("注：指标4中“口袋公园”指面积不小于", "4"), ("注：指标2.0体系中", None),
])
def test_a_note_names_a_row_by_number_up_to_its_clauses_end(before, number):
    assert referred_row(before + "12台", len(before)) == number


def test_a_notes_figure_takes_the_category_and_name_of_the_row_it_names():
    text = ("序号\t类别\t项目\t单位\t年度目标\t完成\n"
            "1\t交通\t新增公交线路\t条\t20\t18\n"
            "2\t教育\t新增公办学位\t个\t3000\t3100\n"
            "\n注：第1项差2条，因道路施工顺延；第2项超100个。\n")
    found = by_text(records_of(text))
    assert (found["2条"].category, found["2条"].indicator) == ("交通畅行", "公交线路")
    assert found["100个"].category == "常有优学"


def test_a_total_row_s_figures_in_words_are_read_beside_its_label():
    """`合计 | 4项 | — | 兑现3项，兑现率75%`: the list's count and its delivery, in the
    project and the prose columns of a total row."""
    text = ("某县2031年民生实事承诺事项兑现情况\n\n"
            "序号 | 承诺事项 | 年初目标 | 兑现情况 | 是否兑现\n"
            "1 | 社区食堂 | 新建社区食堂6个 | 已完成，建成7个 | 是\n"
            "2 | 城市书房 | 新建城市书房5个 | 已完成，建成5个 | 是\n"
            "3 | 公共厕所 | 改造公厕30座 | 已完成，改造31座 | 是\n"
            "4 | 燃气管道 | 更换燃气管道12公里 | 部分完成，更换9公里 | 否\n"
            "合计 | 4项 | — | 兑现3项，兑现率75% | —\n")
    found = {r.text: r for r in records_of(text)}
    assert {"4项", "3项", "75%"} <= set(found)
    assert found["4项"].value == 4 and found["75%"].value == 75
    assert "合计" not in found and "—" not in found


@pytest.mark.parametrize("elision", ["……（第3—15行略，详见附件）", "（以下略）", "……"])
def test_a_line_that_leaves_rows_out_is_no_row_and_the_total_row_after_it_adds_up(elision):
    """`……（第3—15行略）` between the rows and `合计`: no label of the rows under it, so the
    total row is not taken as its continuation and its count in the name column is read."""
    text = ("序号\t街道\t小区名称\t楼栋（栋）\t户数（户）\n"
            "1\t东城街道\t红星小区\t8\t320\n"
            "2\t西城街道\t育才路5号院\t2\t48\n"
            f"{elision}\n"
            "合计\t\u3000\t15个\t97\t3650\n")
    table = only_table(text)
    assert [texts(text, row)[0] for row in table.rows] == ["1", "2", "合计"]
    found = {r.text: r for r in records_of(text)}
    assert {"15个", "97", "3650"} <= set(found)
    assert found["15个"].value == 15 and "5号" not in found


def test_a_row_of_zeros_holds_places_and_counts_nothing():
    text = ("序号\t项目\t单位\t年度目标\t完成数\t完成率\n"
            "1\t社区食堂建设\t个\t8\t9\t112.5%\n"
            "2\t城市书房建设\t个\t0\t0\t#DIV/0!\n"
            "3\t公厕改造\t座\t30\t0\t0.0%\n")
    found = [r.text for r in records_of(text)]
    assert "8" in found and "9" in found
    assert found.count("0") == 1 and "30" in found      # a zero beside a target is a result


def test_a_row_naming_the_list_itself_is_other_under_a_named_group():
    text = ("某市2031年民生实事指标表\n\n序号\t指标\t单位\t目标值\n一、行有畅达\n"
            "1\t新增公共停车泊位\t个\t3000\n\t民生实事投资\t亿元\t12.5\n")
    found = by_text(records_of(text, 2031))
    assert found["3000"].category == "交通畅行"
    assert found["12.5"].category == "其他"


def test_an_indented_paragraph_under_a_space_aligned_table_is_prose_not_a_wrapped_cell():
    table = ("某镇临时救助发放名单公示\n\n"
             "序号　村（社区）　　姓名　　救助金额（元）\n"
             "1　　东村　　　　　赵*国　　1500\n"
             "2　　西村　　　　　钱*兰　　2000\n"
             "合计　　　　　　　　　　　3500\n\n")
    prose = "　　公示期为7天。每人救助最高不超过3000元，超出部分另行审批。\n"
    found = {r.text for r in analyse(Document("t", table + prose))[0]}
    assert {"1500", "2000", "3500", "3000元"} <= found


def test_a_bar_table_whose_last_cell_wraps_ends_at_the_blank_line_after_it():
    # made up: a pairing table whose measures cell runs over two lines; the numbered part after the
    # blank line is the form's text again, under its own heading
    text = ("某村结对帮扶一览表\n\n二、结对明细\n帮扶干部 | 结对户 | 家庭人口（人） | 帮扶措施\n"
            "王某 | 李某某 | 4 | 修缮住房40平方米；\n安排公益性岗位1个\n\n"
            "三、全村帮扶目标\n1. 组织劳动力转移就业300人。\n")
    records = {r.text: r for r in analyse(Document("t", text))[0]}
    assert records["300人"].category == "就业创业"
    assert records["40平方米"].category == "常有安居"


# A paper's table: bare years head the columns, a unit column gives each row's unit; made up.
BARE_YEARS = "指标{s}单位{s}2020{s}2021{s}2022\n新增养老床位{s}张{s}300{s}420{s}510\n助餐点（年末数）{s}个{s}12{s}19{s}27\n完成投资{s}亿元{s}3.5{s}4.1{s}4.8\n"


@pytest.mark.parametrize("separator", ["\t", " ", " | "])
def test_bare_years_over_the_columns_date_the_cells_in_any_dump_form(separator):
    text = "表2　某市养老服务主要指标\n" + BARE_YEARS.format(s=separator) + "\n后文说明。\n"
    from pipeline.document import DocMeta
    records, _ = analyse(Document("t", text, meta=DocMeta(kind="completion_report")), doc_year=2022)
    found = by_text(records)
    assert (found["300"].value, found["300"].unit, found["300"].year) == (300, "张", 2020)
    assert (found["510"].year, found["510"].indicator) == (2022, "养老床位")
    assert (found["4.1"].value, found["4.1"].unit, found["4.1"].year) == (pytest.approx(4.1e8), "元", 2021)
    # the row label's bracket says which count, not what is counted: an end-of-year stock
    assert (found["19"].indicator, found["19"].stance) == ("助餐点", "stock")
    assert found["420"].stance == "achieved"


@pytest.mark.parametrize("cells", [["项目", "2019", "2021"], ["项目", "2020", "2019"], ["项目", "1200", "1201"],
                                   ["项目", "2023"]])
def test_bare_numbers_head_columns_only_as_a_run_of_years(cells):
    from pipeline.tables import _is_header
    assert not _is_header(cells, needed=1)


def test_a_run_of_bare_years_is_a_header():
    from pipeline.tables import _is_header
    assert _is_header(["指标", "单位", "2019", "2020", "2021"], needed=2)


# ------------------------------------------------------- tables of performance indicators

#: a performance target form of a made-up county: level columns merged down (left empty),
#: the most specific name in the third level, thresholds with their signs in the value cell
INDICATOR_LEVELS = ("一级指标\t二级指标\t三级指标\t指标值\n"
                    "产出指标\t数量指标\t新建村级卫生室\t≥36个\n"
                    "\t\t农村公路养护\t＝120公里\n"
                    "\t质量指标\t道路验收合格率\t＞95%\n"
                    "\t成本指标\t卫生室建设补助（每所）\t不高于25万元\n"
                    "效益指标\t社会效益指标\t受益村民\t≥4.2万人\n")


def test_a_row_whose_level_cells_hold_role_words_is_a_body_row_not_a_header():
    from pipeline.tables import _is_header
    assert not _is_header(["产出指标", "数量指标", "新建村级卫生室", "≥36个"], needed=2)
    assert _is_header(["一级指标", "二级指标", "三级指标", "指标值"], needed=2)


def test_a_table_of_indicator_levels_is_one_table_named_by_its_most_specific_level():
    table = only_table(INDICATOR_LEVELS)
    assert len(table.rows) == 5
    found = by_text(records_of(INDICATOR_LEVELS))
    assert (found["36个"].indicator, found["36个"].qualifier) == ("村级卫生室", "at_least")
    assert (found["120公里"].indicator, found["120公里"].qualifier) == ("农村公路养护", "exact")
    assert (found["95%"].indicator, found["95%"].qualifier) == ("道路验收合格率", "at_least")
    # the bracket of the rate's basis is no part of the name
    assert (found["25万元"].indicator, found["25万元"].qualifier) == ("卫生室建设补助", "at_most")
    assert found["4.2万人"].indicator == "受益村民"


def test_a_bare_target_takes_its_unit_from_the_row_label():
    # no unit column: the label's bracket (`（张）`) is the unit of the row's bare target
    text = ("某区2025年民生实事完成情况\n\n"
            "指标\t年度目标\t实际完成\t完成率（%）\n"
            "新增养老床位（张）\t300\t318\t106.0\n"
            "社区助餐（万人次）\t12\t12.6\t105.0\n")
    found = by_text(records_of(text, 2025))
    assert (found["300"].value, found["300"].unit, found["300"].indicator, found["300"].stance) == (
        300, "张", "养老床位", "target")
    assert (found["12"].value, found["12"].unit) == (120000, "人次")
    assert (found["318"].value, found["318"].stance) == (318, "achieved")


def test_a_label_without_a_bracket_gives_its_nouns_measure_word_or_its_rates_percent():
    from pipeline.tables import labelled_figures

    text = '{"名称": "东湖敬老院", "床位数": 48, "其中护理床位": 30, "平均入住率": 86.5, "电话": "0123-4567"}'
    found = {q.text: (q.unit, name) for q, name in labelled_figures(text, [])}
    assert found == {"48": ("张", "床位"), "30": ("张", "其中护理床位"), "86.5": ("%", "平均入住率")}
    # a notebook's printed line keeps its escaped newline inside the JSON string
    printed = '"达标项目数: 9\\n",'
    assert [(q.text, q.unit) for q, _ in labelled_figures(printed, [])] == [("9", "项")]
    # a label whose noun has no known measure word, and a figure that has its own unit, stay out
    assert labelled_figures("编号: 2031, 面积: 300平方米", []) == []


FEEDBACK = ("二、主要意见建议及采纳情况\n\n"
            "序号\t意见建议\t提出人次\t处理情况\t理由说明\n"
            "1\t新增普惠托位由征求意见稿的200个提高到300个\t11\t部分采纳\t调整为250个\n"
            "2\t增加城区公共停车泊位\t9\t采纳\t新增公共停车泊位由800个调整为1000个\n\n"
            "三、修改后的主要指标\n\n"
            "普惠托位250个，公共停车泊位1000个。\n")


def test_a_public_comment_notes_table_is_read_row_by_row():
    assert sum(b.kind == "table_row" for b in structure(FEEDBACK)) == 2
    records = extract(FEEDBACK, doc_year=2031)
    by_text = {(r.text, r.sentence[:4]): r.category for r in records}
    # each suggestion is a row of its own topic; the section after the table goes by its figures'
    assert by_text[("250个", "普惠托位")] == "常有善育"
    assert by_text[("1000个", "普惠托位")] == "交通畅行"
    assert {r.category for r in records if r.text == "300个"} == {"常有善育"}


# ------------------------------------------------------- a caption above a table

@pytest.mark.parametrize("line,unit", [
    ("[图表：2031—2033年新增托位（个）]", "个"),
    ("表2 各街道助餐点建设情况（个）", "个"),
    ("图1：历年民生投入（亿元）", "元"),
    ("【图表】新增学位（个）", "个"),
    ("表1 项目进度表（续）", None),           # the bracket names no unit
    ("图书馆藏书（册）", None),               # no caption mark: a word that starts with 图
    ("新增学位（个）", None),
])
def test_a_caption_ending_in_a_bracketed_unit_gives_the_unit(line, unit):
    from pipeline.tables import caption_unit
    found = caption_unit(line)
    assert (found.unit if found else None) == unit


def test_a_chart_table_under_a_captioned_unit_is_read_with_one_named_header_cell():
    text = ("某区2033年工作汇报\n\n[图表：2031—2033年新增养老床位（张）]\n年份\t新增养老床位\t其中护理型床位\n"
            "2031\t300\t120\n2032\t360\t150\n")
    records = [(r.value, r.unit, r.year, r.indicator) for r in extract(text, doc_id="x")]
    assert (300, "张", 2031, "养老床位") in records and (150, "张", 2032, "护理型床位") in records


def test_a_count_of_those_who_raised_a_suggestion_is_about_the_consultation():
    text = ("某县2032年民生实事征求意见采纳情况\n\n序号\t意见建议\t提出人次\t处理情况\n"
            "1\t增加社区养老床位\t21\t采纳\n2\t增设公共停车泊位\t14\t部分采纳\n")
    records = [(r.value, r.unit, r.category, r.stance) for r in extract(text, doc_id="x")]
    assert (21, "人次", "其他", "achieved") in records and (14, "人次", "其他", "achieved") in records


# ----------------------------------------------------------------- pivot tables

_PIVOT = ("{agg_sum}目标值\t{agg_sum}完成值\t{agg_count}项目".join(["{labels}\t", "\n"])
          + "养老服务\t\t\t\n"
          + "  新建长者食堂（个）\t12\t14\t1\n"
          + "  居家上门服务（人次）\t36,000\t38,250\t1\n"
          + "养老服务{sub}\t36,012\t38,264\t2\n"
          + "{grand}\t36,012\t38,264\t2\n")


@pytest.mark.parametrize("labels,agg_sum,agg_count,sub,grand", [
    ("行标签", "求和项:", "计数项:", " 汇总", "总计"),
    ("行标签", "平均值项:", "计数项:", " 汇总", "总计"),
    ("Row Labels", "Sum of ", "Count of ", " Total", "Grand Total"),
])
def test_a_pivot_table_reads_each_item_row_by_its_label_unit_and_counts_items_only_on_totals(
        labels, agg_sum, agg_count, sub, grand):
    """Made-up pivot dumps: an item row's target and result take the unit of the row label's
    bracket; the sums of the subtotal and grand total rows add different units, no figure;
    the count of items is a figure only on those rows (on an item's row it counts the row)."""
    text = "2025年民生实事推进情况\n\n" + _PIVOT.format(labels=labels, agg_sum=agg_sum, agg_count=agg_count,
                                                   sub=sub, grand=grand)
    records = records_of(text, year=2025)
    cells = {(r.text, r.unit, r.stance) for r in records}
    assert {("12", "个", "target"), ("14", "个", "achieved"), ("36,000", "人次", "target"),
            ("38,250", "人次", "achieved")} <= cells
    assert not {r for r in records if r.text in ("36,012", "38,264", "1")}
    counts = [r for r in records if r.text == "2"]
    assert len(counts) == 2 and all((r.unit, r.indicator) == ("项", "民生实事项目") for r in counts)


def test_a_pivot_table_in_tabular_layout_reads_the_same():
    """The same made-up export with the group in a column of its own (Excel's tabular form)."""
    text = ("2025年民生实事推进情况\n\n类别\t项目\t求和项:目标值\t求和项:完成值\n"
            "养老服务\t新建长者食堂（个）\t12\t14\n\t居家上门服务（人次）\t36,000\t38,250\n"
            "养老服务 汇总\t\t36,012\t38,264\n总计\t\t36,012\t38,264\n")
    assert [(r.text, r.unit, r.stance) for r in records_of(text, year=2025)] == [
        ("12", "个", "target"), ("14", "个", "achieved"), ("36,000", "人次", "target"), ("38,250", "人次", "achieved")]


def test_a_sheet_exported_with_its_frame_reads_past_its_row_numbers():
    """An export that keeps the sheet's frame: a row of column letters (a hidden column
    skipped), then every row led by its row number, the title's and the header's too; a
    row of only its number is an empty row. The numbers are the sheet's, no figures;
    `其中：` before a sub-row's name is no part of what it counts. Made up."""
    text = ("某区2031年民生项目进度表.xlsx — Sheet1\n"
            "\tA\tB\tC\tE\tF\n"
            "1\t某区2031年民生项目进度表\n"
            "2\t项目\t单位\t计划\t完成\t完成率\n"
            "3\t新建社区食堂\t个\t8\t9\t112.5%\n"
            "4\t　其中：新增助餐点\t个\t20\t21\t105.0%\n"
            "6\t改造背街小巷\t条\t40\t38\t=E6/D6\n"
            "7\n"
            "8\t说明：第5行已隐藏，完成数据截至年底，以各部门报送为准。\n")
    found = by_text(records_of(text, 2031))
    assert {"8", "9", "112.5%", "20", "21", "40", "38"} <= set(found)
    assert (found["9"].unit, found["9"].stance) == ("个", "achieved")
    assert found["21"].indicator == "助餐点"
    assert not {"3", "4", "6", "7", "2"} & set(found)


def test_a_table_dumped_column_by_column_matches_its_cells_by_order():
    """Each column's name on a line, its cells one a line under it, one block after the
    other: the n-th cell of each block is the n-th row's; the bare rates take `%` from their
    header, and every cell its row's category, the rate of a row whose name names no topic
    too (its target does). Made up."""
    text = ("某县2031年民生实事完成情况\n"
            "项目名称\n1.托育服务\n2.城市书房\n3.农村供水保障\n"
            "年度目标\n新增普惠托位300个\n新建城市书房5个\n改造农村供水管网40公里\n"
            "完成情况\n新增普惠托位312个\n建成城市书房5个\n完成改造42公里\n"
            "完成率（%）\n104\n100\n105\n"
            "注：数据截至2031年12月31日。\n")
    found = by_text(records_of(text, 2031))
    assert {"300个", "312个", "42公里", "104", "105"} <= set(found)
    assert (found["104"].unit, found["104"].value, found["104"].stance) == ("%", 104, "achieved")
    assert found["104"].category == found["312个"].category == "常有善育"
    assert found["105"].category == found["40公里"].category == "常有安居"


def test_prose_under_headings_of_column_names_is_no_column_dump():
    text = ("项目名称\n社区食堂建设，今年计划新建8个。\n城市书房建设，今年计划新建5个。\n公厕改造，今年改造30座。\n"
            "完成情况\n社区食堂已建成9个。\n城市书房已建成5个。\n公厕已改造31座。\n")
    assert not [b for b in structure(text) if b.kind == "table_row"]


def test_a_budget_table_of_accounts_names_its_money_by_the_account():
    """A 部门决算 table: the code header merged over `类 | 款 | 项`, so every row is wider
    than the header; each amount is named by its account, the class rows (three-digit
    codes) add up several topics. Made up."""
    text = ("某县民政局2031年度部门决算\n单位：万元\n"
            "功能分类科目编码\t科目名称\t年初预算数\t决算数\n"
            "类\t款\t项\n"
            "208\t\t\t社会保障和就业支出\t900.00\t950.50\n"
            "2081006\t\t\t养老服务\t500.00\t520.30\n"
            "2082001\t\t\t临时救助支出\t400.00\t430.20\n"
            "\t\t\t合计\t900.00\t950.50\n")
    records = records_of(text, 2031)
    services = next(r for r in records if r.text == "520.30")
    assert (services.value, services.unit, services.indicator, services.stance) == (5203000, "元", "养老服务", "achieved")
    assert services.category == "常有颐养"
    planned = next(r for r in records if r.text == "500.00")
    assert (planned.indicator, planned.stance) == ("养老服务", "target")
    first_class = min((r for r in records if r.text == "950.50"), key=lambda r: r.start)
    assert (first_class.indicator, first_class.category) == ("社会保障和就业支出", "其他")
    assert not any(r.text in ("208", "2081006", "2082001") for r in records)


def test_the_zeros_of_a_row_whose_goal_is_zero_are_figures():
    text = ("序号\t项目\t单位\t计划\t完成\t完成率\n"
            "1\t社区食堂建设\t个\t8\t9\t112.5%\n"
            "2\t零就业家庭动态清零\t户\t0\t0\t#DIV/0!\n")
    found = [r.text for r in records_of(text)]
    assert found.count("0") == 2


def test_a_unit_declared_after_a_note_on_the_brackets_scope_gives_a_monthly_table_its_unit():
    # a month per column, the row named by its unit, the unit in the caption's bracket after
    # a note of what the table covers; a note right under the table keeps that unit
    text = ("三、每月接诊量（城区门诊，单位：人次）\n"
            "月份\t1月\t2月\t3月\n"
            "人次\t1520\t1388\t1610\n"
            "（注：一季度合计4518；乡镇门诊另计）\n\n"
            "四、其他\n\n全年另安排资金12，用于设备。\n")
    found = by_text(records_of(text))
    assert [(found[t].value, found[t].unit) for t in ("1520", "1388", "1610", "4518")] == [
        (1520, "人次"), (1388, "人次"), (1610, "人次"), (4518, "人次")]
    assert "12" not in found                   # past the note the table's unit holds no more


@pytest.mark.parametrize("title, unit, measure", [("三、月度借阅人次", "人次", "借阅"),
                                                  ("各月新增就业人数", "人", "新增就业"),
                                                  ("二、季度培训人次", "人次", "培训")])
def test_a_table_by_period_counts_what_its_title_names_not_its_month(title, unit, measure):
    # made up: the row is named by its unit alone, so `1月` says only when; the title
    # declaring the unit names the measure, without `月度` and the unit
    text = (f"{title}（城区，单位：{unit}）\n"
            "月份\t1月\t2月\n"
            f"{unit}\t1520\t1388\n")
    found = by_text(records_of(text))
    assert [found[t].indicator for t in ("1520", "1388")] == [measure, measure]
    assert found["1520"].indicator_confidence > 0


# ------------------------------------------- a landscape PDF's table, one cell a line, wrapped

#: made up: a completion table as a PDF's text layer gives it: header cells of narrow columns
#: stacked a character a line, long cells wrapped, an empty cell a line of a full-width space,
#: a page's footer, `续表` and the header again, a total row and a note under the table
WRAPPED_LANDSCAPE = """某县民生实事完成情况表

序
号
项目名称
年度目标任务
完
成
情
况
完
成
率
责任单位
备
注
1
农村公路
提质
提质改造农村公路36公里，新建港湾式停靠
站40个
完成提质改造38.5公里，新建港湾式停靠站
40个
100%
县交通局
　
2
社区嵌入式
托育
新建社区嵌入式托育点6个，新增托位240个
建成托育点6个已全部开园，新增托位
252个
100%
县卫健局
　

— 1 —

续表
序
号
项目名称
年度目标任务
完
成
情
况
完
成
率
责任单位
备
注
3
城乡居民免费体检
为60岁以上老年人免费体检1.5万人，新增家庭医生签约3000人
完成免费体检1.62万人，家庭医生签约
3180人
100%
县卫健局
　
合计
3项
完成3项
100%
　
　
说明：1．完成率超过100%的按100%填列。
"""


def test_a_wrapped_landscape_table_is_read_by_its_rows():
    table = only_table(WRAPPED_LANDSCAPE)
    assert table.names == ["序号", "项目名称", "年度目标任务", "完成情况", "完成率", "责任单位", "备注"]
    rows = [texts(WRAPPED_LANDSCAPE, row) for row in table.rows]
    assert rows[0] == ["1", "农村公路\n提质", "提质改造农村公路36公里，新建港湾式停靠\n站40个",
                       "完成提质改造38.5公里，新建港湾式停靠站\n40个", "100%", "县交通局", None]
    # a row on the next page, past the footer, `续表` and the header again; its result wraps
    assert rows[2][:4] == ["3", "城乡居民免费体检", "为60岁以上老年人免费体检1.5万人，新增家庭医生签约3000人",
                           "完成免费体检1.62万人，家庭医生签约\n3180人"]
    assert rows[3][:4] == [None, "合计", "3项", "完成3项"]     # the note under it is no row


def test_a_wrapped_landscape_table_sets_targets_beside_results():
    records = records_of(WRAPPED_LANDSCAPE, year=2030)
    found = {(r.start, r.text): r for r in records}
    stances = {r.text: r.stance for r in records if r.text in ("36公里", "38.5公里", "240个", "252个", "1.5万人", "3180人")}
    assert stances == {"36公里": "target", "38.5公里": "achieved", "240个": "target", "252个": "achieved",
                       "1.5万人": "target", "3180人": "achieved"}
    assert {r.category for r in records if r.text in ("240个", "252个")} == {"常有善育"}
    assert not any(r.sentence.startswith("说明") for r in found.values())      # the form's own rule
    # the total row: the count of the list under the targets' column, what was done beside it
    # (the table's title, `…完成情况表`, speaks for neither)
    assert [(r.text, r.stance) for r in records if r.text in ("3项", "完成3项") or r.sentence == "完成3项"] == [
        ("3项", "target"), ("3项", "achieved")]


def test_a_stack_of_header_characters_parts_only_into_column_words():
    from pipeline.tables import _stack_names
    assert _stack_names("完成情况完成率") == ["完成情况", "完成率"]
    assert _stack_names("序号") == ["序号"] and _stack_names("备注") == ["备注"]


def test_a_line_of_organisations_names_is_no_header():
    text = ("一、先进单位（3个）\n"
            "县民政局　东城街道办事处　西城街道办事处\n"
            "二、先进个人（5名）\n"
            "张某某　县民政局科长\n"
            "李某某　东城街道办事处主任\n")
    assert find_tables(text, lines_of(text)) == {}
    assert {r.text for r in records_of(text)} >= {"3个", "5名"}


# A notice board's fund table under a title closing in its unit, a balance column, and a
# statistical table's change column beside a unit column. Made-up tables.
FUND_TABLE = ("三、经费公开（单位：元）\n项目\t上级拨付\t居委自筹\t已支出\t结余\n"
              "助餐点\t80000\t12000\t76500\t15500\n适老改造\t30000\t/\t21000\t9000\n")
FLASH_TABLE = ("表2　某区主要指标（2031年6月）\n指标名称\t计量单位\t6月\t1—6月\t1—6月同比±%\n"
               "社会消费品零售总额\t亿元\t3.2\t18.6\t5.4\n城镇新增就业\t人\t410\t2630\t3.7\n")


def test_a_title_closing_in_its_unit_heads_a_fund_table():
    records = {r.text: r for r in extract(FUND_TABLE)}
    assert {"80000", "12000", "76500", "15500", "30000", "21000", "9000"} <= set(records)
    assert records["80000"].unit == "元" and records["80000"].indicator == "上级拨付"
    assert records["15500"].stance == "stock"


def test_a_change_columns_cells_are_rates_of_the_rows_thing():
    records = {r.text: r for r in extract(FLASH_TABLE)}
    assert records["18.6"].unit == "元" and records["18.6"].value == 1_860_000_000
    assert (records["5.4"].unit, records["5.4"].value) == ("%", 5.4)
    assert records["5.4"].indicator == "社会消费品零售总额同比增长"
    assert (records["3.7"].unit, records["2630"].unit) == ("%", "人")     # the row's unit cell for its amounts only


# A monthly report's table whose columns name only measures. Made-up table.
MEASURE_TABLE = ("各类诉求情况\n序号\t类别\t件数（件）\t占比\n"
                 "1\t物业管理（电梯）\t520\t12.5%\n2\t交通出行\t316\t7.6%\n")


def test_a_column_naming_only_a_measure_counts_its_rows_thing():
    records = {r.text: r for r in extract(MEASURE_TABLE)}
    assert (records["520"].unit, records["520"].indicator) == ("件", "物业管理")
    assert (records["7.6%"].unit, records["7.6%"].indicator) == ("%", "交通出行占比")


def test_a_column_of_transaction_counts_counts_its_rows_business():
    # made up: a cash point's monthly sheet; `笔数` names only how many were done, the row which business
    text = "一、本月业务汇总（单位：笔）\n业务类型\t笔数\n小额取款\t412\n代缴电费\t96\n"
    assert {r.text: r.indicator for r in extract(text, doc_year=2031)} == {"412": "小额取款", "96": "代缴电费"}


# ------------------------------ f25a: browser copies, rows between empty lines, bare ranges

_BROWSER_COPY = "\n".join([
    "某县2025年民生实事推进情况表",
    "序号\t项目名称\t完成数\t完成率\t计划投资（万元）\t责任单位",
    "1", "新建社区食堂30个", "24", "80%", "1500", "县民政局",
    "2", "城镇新增就业2万人", "1.6万", "80%", "/", "县人社局",
    "合计", "", "", "", "1500", "",
    "",
    "共 2 条记录",
]) + "\n"


def test_a_browser_copy_a_tab_header_then_a_cell_a_line_is_read_as_rows():
    table = only_table(_BROWSER_COPY)
    assert texts(_BROWSER_COPY, table.header) == ["序号", "项目名称", "完成数", "完成率", "计划投资（万元）", "责任单位"]
    assert [texts(_BROWSER_COPY, row) for row in table.rows] == [
        ["1", "新建社区食堂30个", "24", "80%", "1500", "县民政局"],
        ["2", "城镇新增就业2万人", "1.6万", "80%", "/", "县人社局"],
        ["合计", None, None, None, "1500", None],
    ]


def test_a_browser_copy_s_bare_results_take_their_row_s_unit():
    found = by_text(records_of(_BROWSER_COPY, 2025))
    assert (found["24"].value, found["24"].unit) == (24, "个")
    assert (found["1.6万"].value, found["1.6万"].unit) == (16000, "人")
    assert (found["1500"].value, found["1500"].unit) == (15000000, "元")


_ROWS_BETWEEN_EMPTY_LINES = "\n".join([
    "序号", "采购单位", "采购项目名称", "采购需求概况", "预算金额（万元）", "预计采购时间",
    "",
    "1", "某区民政局", "助餐服务采购", "为20个助餐点配送餐食。", "150.00", "2025年3月",
    "",
    "2", "某区教育局", "课后服务采购", "为12所学校提供课程不少于80项。", "/", "2025年5月",
    "",
    "本次公开的采购意向以采购文件为准。",
]) + "\n"


def test_a_word_table_with_an_empty_line_between_rows_reads_a_line_a_column():
    table = only_table(_ROWS_BETWEEN_EMPTY_LINES)
    assert [texts(_ROWS_BETWEEN_EMPTY_LINES, row) for row in table.rows] == [
        ["1", "某区民政局", "助餐服务采购", "为20个助餐点配送餐食。", "150.00", "2025年3月"],
        ["2", "某区教育局", "课后服务采购", "为12所学校提供课程不少于80项。", "/", "2025年5月"],
    ]
    found = by_text(records_of(_ROWS_BETWEEN_EMPTY_LINES, 2025))
    assert (found["150.00"].value, found["150.00"].unit) == (1500000, "元")
    assert "20个" in found and "12所" in found


def test_an_address_column_and_an_indicator_kind_column_name_no_row():
    text = ("序号\t项目名称\t项目地址\t房源（套/间）\t主力户型（㎡）\t租金（元/㎡·月）\n"
            "1\t某某青年公寓\t某某路12号\t300\t30—50\t40\n")
    found = by_text(records_of(text))
    assert [r.project for r in found.values()] == ["某某青年公寓"] * 3
    assert (found["300"].unit, found["300"].indicator) == ("套（间）", "房源")
    assert (found["30—50"].value, found["30—50"].value_max, found["30—50"].unit) == (30, 50, "平方米")
    assert (found["40"].unit, found["40"].per) == ("元", "平方米·月")
    assert "12号" not in found


def test_a_payment_list_s_voucher_and_contract_numbers_are_codes_not_amounts():
    text = ("单位：元\n序号\t支付凭证号\t合同编号\t项目名称\t支付金额\n"
            "1\t6203201905120031\t20190412\t某某小学扩建工程进度款\t1,250,000.00\n")
    found = by_text(records_of(text))
    assert list(found) == ["1,250,000.00"]
    assert (found["1,250,000.00"].value, found["1,250,000.00"].unit) == (1250000, "元")


def test_an_indicator_table_s_kind_column_leaves_the_name_column_to_name_the_figures():
    text = ("序号\t指标名称\t现状值（2023年）\t2027年目标\t指标属性\n"
            "1\t社区食堂覆盖率（%）\t60\t90\t约束性\n"
            "2\t社区口袋公园（个）\t8\t15\t预期性\n")
    found = {(r.text, r.year): r for r in records_of(text)}
    assert (found["60", 2023].unit, found["90", 2027].unit) == ("%", "%")
    assert (found["8", 2023].unit, found["15", 2027].unit) == ("个", "个")


def test_a_range_cell_with_no_unit_anywhere_is_no_figure():
    text = "序号\t项目名称\t编号范围\n1\t某某工程\t3—8\n2\t某某改造\t5—9\n"
    assert [r.text for r in records_of(text)] == []


def test_a_rate_column_and_a_column_counting_a_noun_give_their_bare_cells_units():
    text = ("学校名称\t招生班数\t班额（人）\t入学率\n"
            "某某小学\t6\t45\t98.5\n")
    found = by_text(records_of(text))
    assert (found["6"].unit, found["45"].unit, found["98.5"].unit) == ("个", "人", "%")


def test_a_row_label_opening_with_every_gives_the_per_of_its_figures():
    text = "序号\t指标名称\t2024年\t2026年目标\n1\t每千人口床位数（张）\t6.1\t7\n"
    found = by_text(records_of(text))
    assert (found["6.1"].unit, found["6.1"].per, found["7"].per) == ("张", "千人口", "千人口")


def test_a_remark_s_bare_amount_in_a_money_table_takes_the_unit_line_s_scale():
    text = ("某县2031年民生项目预算执行情况\n单位：万元\n序号,项目名称,主管部门,年初预算,已支出,备注\n"
            "1,新建乡镇卫生院3所,县卫健局,\"2,400.00\",\"1,050.00\",\"含省级补助1,200.00\"\n"
            "2,改造农村公路40公里,县交通局,\"800.00\",\"620.00\",\"进度滞后：2个标段\"\n")
    records = {r.text: r for r in analyse(Document("csv", text))[0]}
    aid = records["1,200.00"]
    assert (aid.value, aid.unit, aid.indicator) == (12_000_000, "元", "省级补助")
    assert "2个" in records and records["2个"].value == 2      # a remark's count stays a count


def test_a_unit_line_declaring_units_column_by_column_gives_each_column_its_unit():
    """`（规模单位：吨/日；管网单位：公里；用地单位：亩）` above a table: each bare cell in the
    unit declared for the column whose header holds the word (处理规模 ← 规模), the total row too."""
    text = ("各站建设内容如下（规模单位：吨/日；管网单位：公里；用地单位：亩）：\n"
            "序号\t站点名称\t处理规模\t配套管网\t用地面积\t工艺\n"
            "1\t东山乡污水站\t300\t5.2\t1.6\t一体化\n"
            "2\t西岭乡污水站\t200\t3.1\t1.2\t一体化\n"
            "\t合计\t500\t8.3\t2.8\t\n")
    found = [(r.text, r.value, r.unit, r.indicator) for r in records_of(text)]
    assert ("300", 300, "吨", "处理规模") in found
    assert ("3.1", 3.1, "公里", "配套管网") in found
    assert ("2.8", 2.8, "亩", "用地面积") in found
    assert len(found) == 9


def test_a_unit_line_saying_each_columns_unit_with_wei_gives_each_its_unit():
    text = ("（单位：淋浴位为个，建筑面积为平方米，2022年接待为人次）\n| 浴室 | 所在村 | 淋浴位 | 建筑面积 | 2022年接待 |\n"
            "| 1号 | 甲村 | 12 | 180 | 9260 |\n| 2号 | 乙村 | 10 | 150 | 7120 |\n")
    found = {r.text: r.unit for r in records_of(text, 2023)}
    assert (found["12"], found["180"], found["9260"]) == ("个", "平方米", "人次")


def test_a_unit_line_naming_each_columns_unit_in_brackets_gives_each_its_unit():
    text = ("单位：户数（户）、面积（平方米）、自付（元）\n门牌 | 户数 | 新增厨卫面积 | 居民自付 | 签认\n"
            "福佑路3号 | 18 | 41.5 | 0 | 已签\n福佑路5号 | 16 | 38.2 | 0 | 已签\n")
    found = {(r.start, r.text): r.unit for r in records_of(text, 2025)}
    assert sorted(found.values()) == ["元", "元", "平方米", "平方米", "户", "户"]


def test_units_listed_in_a_unit_line_go_to_the_columns_that_count_in_them():
    text = ("分校建设安排如下（单位：套、平方米、万元）：\n\n学校\t套数\t建筑面积\t投资\t计划交付\n"
            "兴义镇中心小学\t24\t1040\t430\t8月\n")
    found = {r.text: (r.value, r.unit) for r in records_of(text, 2024)}
    assert (found["24"], found["1040"], found["430"]) == ((24, "套"), (1040, "平方米"), (4_300_000, "元"))


def test_a_price_lists_money_beside_a_unit_column_is_money_per_that_unit():
    text = ("指导目录（金额单位：元）\n\n序号\t项目名称\t计量单位\t参考单价\t补贴上限\n"
            "01\t卫生间扶手\t米\t180\t150\n02\t淋浴椅\t个\t260\t200\n")
    found = {r.text: (r.value, r.unit, r.per) for r in records_of(text, 2025)}
    assert found["180"] == (180, "元", "米") and found["150"] == (150, "元", "米")
    assert found["260"] == (260, "元", "个")
    # without the money line, the unit column gives the count's unit, as before
    counts = {r.text: r.unit for r in records_of(text.replace("（金额单位：元）", "").replace("参考单价", "数量"), 2025)}
    assert counts["260"] == "个"


def test_a_column_whose_topic_meets_the_titles_at_a_boundary_goes_by_the_boundary():
    # `交通补助` names transport; for women waiting to give birth it is mothers' health
    text = ("某县人民医院孕产妇待产之家入住情况汇总\n\n| 序号 | 乡镇 | 生活补助（元） | 交通补助（元） |\n|---|---|---|---|\n"
            "| 1 | 甲镇 | 240 | 150 |\n")
    found = {r.text: r.category for r in records_of(text, 2021)}
    assert found["150"] == found["240"] == "常有善育"
    bus = {r.text: r.category for r in records_of(text.replace("孕产妇待产之家", "职工通勤"), 2021)}
    assert bus["150"] == "交通畅行"


def test_a_fund_s_ledger_reads_its_money_columns_and_not_its_dates():
    # made up: a village fund's ledger under `金额单位：元`, its month and day in columns of their own
    text = ("某村孝善基金收支明细账\n金额单位：元\n\n月\t日\t凭证号\t摘要\t收入\t支出\t结余\n"
            "1\t10\t记-01\t收子女缴纳孝善金\t17400.00\t\t20660.00\n1\t20\t记-03\t发放孝善金\t\t19140.00\t1520.00\n")
    found = {r.text: (r.value, r.unit) for r in records_of(text, 2017)}
    assert found["17400.00"] == (17400, "元") and found["19140.00"] == (19140, "元") and found["1520.00"] == (1520, "元")
    assert not {"1", "10", "20"} & set(found)


def test_a_form_s_money_unit_over_a_line_of_prose_reaches_its_table_but_not_its_durations():
    # made up: a roster's head declares `金额单位：元`; a paragraph of prose stands between it and the table, whose
    # columns of years of service and months paid are durations, and its month of birth a person's
    text = ("某县离岗乡村医生生活补助发放花名册\n\n发放期间：2019年1月至6月　　　　金额单位：元\n\n"
            "经各乡镇卫生院初审、县卫生健康局复核，现将本期补助发放情况造册如下。\n\n"
            "序号\t乡镇\t姓名\t出生年月\t执业年限（年）\t月补助标准\t发放月数\t实发金额\n"
            "1\t某镇\t罗×明\t1951.03\t32\t480\t6\t2880\n")
    found = {r.text: (r.value, r.unit) for r in records_of(text, 2019)}
    assert found == {"480": (480, "元"), "2880": (2880, "元")}


def test_a_tender_plan_s_works_period_in_calendar_days_is_a_duration_not_money():
    # made up: a tender plan's columns aligned by spaces under `单位：万元`; `计划工期（日历天）` counts days
    text = ("招标计划（单位：万元）\n序号\t项目名称\t估算金额\t计划工期（日历天）\n"
            "1\t某镇中心幼儿园扩建工程\t1360\t300\n2\t某村农村公路提档升级工程\t4720\t240\n")
    found = {r.text: (r.value, r.unit) for r in records_of(text, 2025)}
    assert found == {"1360": (13600000, "元"), "4720": (47200000, "元")}


@pytest.mark.parametrize("header", ["项目（计量单位）", "项目（单位）", "项目"])
def test_a_project_column_whose_header_says_its_units_stand_in_brackets_names_its_rows(header):
    # made up: a reporting system's print-out; `（计量单位）` says each name carries its unit, it makes no unit column
    text = (f"{header}\t年度目标\t完成数\t完成率\n新增普惠性托位（个）\t300\t326\t108.7%\n"
            "孕前优生健康检查（对）\t1800\t1862\t103.4%\n")
    found = [(r.text, r.unit, r.indicator) for r in records_of(text, 2027)]
    assert found[:2] == [("300", "个", "普惠性托位"), ("326", "个", "普惠性托位")]
    assert ("1862", "对", "孕前优生健康检查") in found


def test_a_roster_s_year_of_birth_dates_none_of_the_row_s_figures():
    # made up: a class roll; `出生年份` says who the row is, not the year its attendance counts hold for
    text = ("某县2022年民歌传习班学员花名册\n"
            "序号|姓名|出生年份|应出勤（次）|实出勤（次）\n1|某甲|1968|12|12\n2|某乙|1957|12|11\n")
    found = {r.text: r.year for r in records_of(text, 2022)}
    assert found == {"12": 2022, "11": 2022}


def test_a_unit_line_naming_each_column_s_word_and_unit_apart_by_a_space():
    # made up: a subsidy list under `（单位：库容 吨；金额 万元）`
    text = ("三、拟补助对象名单\n（单位：库容 吨；金额 万元）\n"
            "序号|实施主体|新增库容|拟补助金额\n1|某合作社|600|48.0\n2|某家庭农场|350|28.0\n")
    found = {r.text: (r.value, r.unit) for r in records_of(text, 2029)}
    assert found["600"] == (600, "吨") and found["48.0"] == (480_000, "元")


def test_columns_listed_before_one_unit_declaration_share_it():
    # made up: a policy's cover table under `（保险金额、赔偿限额单位：万元）`
    text = ("某旗2031年度政府救助综合保险保险单\n\n承保明细（保险金额、赔偿限额单位：万元）\n"
            "保障项目|每人保险金额|累计赔偿限额|备注\n意外事故人身伤亡|10|600|每人\n见义勇为人身伤亡|20|100|每人\n")
    found = {r.text: (r.value, r.unit) for r in records_of(text, 2031)}
    assert found["10"] == (100_000, "元") and found["600"] == (6_000_000, "元")


def test_a_unit_line_declaring_a_unit_for_each_column_but_the_first_gives_them_in_order():
    """`（饮水点单位：处；巡诊单位：次；储草单位：吨）` over `服务站 | 饮水点 | 巡回医疗 | 应急储草`: a
    column whose header holds no declared word (巡回医疗) takes the declaration in its place (巡诊)."""
    text = ("各站配置如下（饮水点单位：处；巡诊单位：次；储草单位：吨）：\n"
            "服务站\t饮水点\t巡回医疗\t应急储草\n"
            "东站\t3\t12\t300\n"
            "西站\t2\t/\t260\n")
    found = {(r.text, r.unit, r.indicator) for r in records_of(text)}
    assert found == {("3", "处", "饮水点"), ("12", "次", "巡回医疗"), ("300", "吨", "应急储草"),
                     ("2", "处", "饮水点"), ("260", "吨", "应急储草")}


def test_one_column_unit_that_no_header_holds_is_the_tables_unit():
    """`今日菜单（价格单位：元）` over `菜品  标价  老人价`: the prices are the declared kind, in 元."""
    text = ("今日菜单（价格单位：元）\n"
            "菜品            标价      老人价\n"
            "红烧肉套餐      15        12\n"
            "素菜套餐        9         6\n")
    found = {(r.text, r.value, r.unit, r.indicator) for r in records_of(text)}
    assert found == {("15", 15, "元", "标价"), ("12", 12, "元", "老人价"), ("9", 9, "元", "标价"), ("6", 6, "元", "老人价")}


@pytest.mark.parametrize("text", [
    "服务站\t饮水点\t应急储草\n东站\t3\t300\n西站\t2\t/\n",
    "年级      班数      班额\n小班      4         30\n中班      2         35\n",
    "站点 | 饮水点 | 储草\n东站 | 3 | 300\n西站 | 2 | 260\n",
    # columns of words and of figures alternating, the same kinds in each row (a menu: dish, price)
    "星期　　早餐　　　　　价格　　午餐　　　　　　价格\n周一　　牛奶、花卷　　3.5　　土豆烧牛肉　　　8\n周二　　小米粥　　　　3　　　黄焖鸡　　　　　8\n",
    # a group row (a brand in brackets) between the header and the rows it tells
    "品名（单位）        点单    出品    沽清\n【常有善育】\n 普惠托位（个）    150     162     —\n 孕前检查（对）    1800    1836    —\n",
])
def test_a_header_of_plain_names_is_told_by_the_rows_under_it(text):
    """A header row whose columns carry no role or unit word is a header where at least two
    rows under it have as many cells, a name and then figures (or a dash)."""
    table = only_table(text)
    assert len(table.header) in (3, 4, 5) and len([row for row in table.rows if len(row) > 1]) == 2


@pytest.mark.parametrize("text", [
    # a line of names over prose, and over rows of names: no table
    "东站  西站  南站\n三个站点今年都已投用，运行良好。\n",
    "服务站\t饮水点\t储草\n东站\t有\t有\n西站\t无\t有\n",
])
def test_a_header_of_plain_names_over_no_rows_of_figures_is_no_table(text):
    assert find_tables(text, lines_of(text)) == {}


def test_a_task_amount_under_a_name_header_is_a_target_in_the_rows_unit():
    """`项目 | 任务量 | 单位` (任务 heads a name column): a bare number there is a figure in the
    row's unit, named by the project; a name column after the figures (`移交事项`) notes, it names nothing."""
    text = ("序号 | 项目 | 任务量 | 完成数 | 单位 | 移交事项\n"
            "1 | 普惠托位 | 200 | 216 | 个 | 运营监管移交县卫健局\n"
            "2 | 孕前优生健康检查 | 1800 | 1836 | 对 | 随访移交县妇幼保健站\n")
    found = {(r.text, r.unit, r.indicator) for r in records_of(text)}
    assert found == {("200", "个", "普惠托位"), ("216", "个", "普惠托位"),
                     ("1800", "对", "孕前优生健康检查"), ("1836", "对", "孕前优生健康检查")}


def test_a_cell_per_line_header_starts_under_its_numbered_title_and_unit_line():
    """`二、各项目抽查结果` (holding 项目) and `（单位：个）` above a header of one cell a line are no columns."""
    text = ("二、各项目抽查结果\n（单位：个）\n项目名称\n抽查点数\n正常运行\n存在问题\n"
            "城乡社区老年食堂\n12\n9\n3\n乡镇卫生院标准化建设\n8\n7\n1\n")
    table = only_table(text)
    assert texts(text, table.header) == ["项目名称", "抽查点数", "正常运行", "存在问题"]
    assert {(r.text, r.unit) for r in records_of(text)} == {("12", "个"), ("9", "个"), ("3", "个"), ("8", "个"), ("7", "个"), ("1", "个")}


def test_a_procurements_lot_numbers_its_rows_and_a_rate_per_person_and_year_is_a_unit():
    """`包号` numbers the lots (no count); `元/人·年` in a unit column is 元 per 人·年."""
    assert column_role("包号") == "number"
    text = ("| 包号 | 产品名称 | 数量 | 单位 |\n|---|---|---|---|\n| 1 | 卫生间扶手 | 840 | 套 |\n| 2 | 淋浴坐凳 | 420 | 个 |\n")
    assert sorted(r.text for r in records_of(text)) == ["420", "840"]
    text = ("项目            计量单位      原标准      新标准\n"
            "城市低保标准    元/人·月      780         820\n"
            "农村低保标准    元/人·年      6240        6600\n")
    found = {r.text: (r.unit, r.per) for r in records_of(text)}
    assert found["6240"] == ("元", "人·年") and found["820"] == ("元", "人·月")


def test_a_note_in_brackets_above_a_table_titles_nothing():
    """`（…单位均为元；不含2030年新增的奖补。）` between a heading and its table is a note: the heading's
    year (2029) holds for the rows and the lines after the table, not the note's 2030."""
    text = ("二、上年度（2029年）家庭收支\n（收入按家庭成员合计，单位均为元；不含2030年新增的奖补。）\n"
            "收入项目\t金额（元）\n畜牧业经营性收入\t26400\n工资性收入\t21600\n"
            "当年医疗支出：住院2次，医疗总费用4.8万元。\n")
    found = {r.text: r.year for r in records_of(text, year=2030)}
    assert found["26400"] == 2029 and found["4.8万元"] == 2029


def test_a_unit_line_naming_no_unit_gives_no_column_one():
    """`填报单位：区民政局` names who fills the form in: the table's bare cells stay without a unit."""
    text = ("填报单位：区民政局\n"
            "序号\t站点名称\t处理规模\t配套管网\n"
            "1\t东山乡污水站\t300\t5.2\n")
    assert [r.text for r in records_of(text)] == []


def test_a_forms_column_number_row_numbers_the_columns_and_holds_no_figure():
    # `甲 乙 丙 1 2 3` under a statistical form's header: the columns its formulas name (`2栏÷1栏`)
    text = ("指标名称\t代码\t计量单位\t全年目标\t1—6月完成\t完成率（%）\n"
            "甲\t乙\t丙\t1\t2\t3\n"
            "新建社区食堂\t01\t个\t20\t11\t55.0\n")
    found = [r.text for r in records_of(text)]
    assert "20" in found and "11" in found and "55.0" in found
    assert "1" not in found and "2" not in found and "3" not in found
    # a row of data whose figures are 1, 2, 3 has a name of its own: figures
    named = text.replace("甲\t乙\t丙\t1\t2\t3", "新建长者驿站\t02\t个\t1\t2\t3")
    assert "3" in [r.text for r in records_of(named)]


def test_a_row_whose_hand_set_spaces_miss_the_header_s_columns_goes_by_the_columns_order():
    # each row has a piece for every column; the amounts start a few screen columns left of
    # `金额（元）`, which by position would put them under the name's column
    text = ("序号    汇总内容             金额（元）    其中：暂估价（元）\n"
            "1   分部分项工程           7,512,364.28     —\n"
            "2   措施项目              286,930.52     —\n"
            "4   规费                128,642.35     —\n")
    figures = {r.text: r.unit for r in extract(text)}
    assert figures == {"7,512,364.28": "元", "286,930.52": "元", "128,642.35": "元"}


def test_a_letter_spaced_name_is_one_piece_when_the_row_goes_by_order():
    text = ("项目        上级补助（元）   村自筹（元）   已支出（元）\n"
            "户   厕   252000   25200    276800\n")
    columns = {r.text: r.indicator for r in extract(text)}
    assert columns == {"252000": "上级补助", "25200": "村自筹", "276800": "支出"}   # each under its own column


def test_a_header_indented_over_the_rows_names_leaves_them_a_column_of_their_own():
    # a year-by-year money table whose names' column has no header: each year's cell under its year
    text = ("                                   2020年（万元）      2019年（万元）\n"
            "业务收入                             24,618.35          23,105.72\n"
            "业务支出                             13,284.60          12,553.18\n")
    years = {r.text: r.year for r in extract(text)}
    assert years == {"24,618.35": 2020, "23,105.72": 2019, "13,284.60": 2020, "12,553.18": 2019}


def test_a_grade_column_holds_no_figures_and_does_not_break_a_cell_per_line_header():
    # a scenic spots' price table pasted one cell a line: the grade (`5A`) is a word of the row
    text = ("景区名称\n等级\n门票价格（元/人）\n优惠价（元/人）\n"
            "甲景区\n5A\n170\n85\n乙景区\n4A\n60\n30\n\n注：门票价格为原挂牌价。\n")
    figures = {(r.text, r.indicator) for r in extract(text)}
    assert figures == {("170", "门票价格"), ("85", "优惠价"), ("60", "门票价格"), ("30", "优惠价")}


def test_a_bill_of_quantities_counts_the_items_its_name_column_names():
    # the specification column (`项目特征描述`) says how an item is made; the name column what is counted
    text = ("分部分项工程量清单\n"
            "序号    项目名称      项目特征描述             计量单位    工程量\n"
            "1       外墙保温      80mm厚岩棉板，薄抹灰      平方米      2186.5\n"
            "2       雨水管道      HDPE双壁波纹管DN400       米          1286\n")
    figures = {(r.text, r.indicator) for r in extract(text)}
    assert ("2186.5", "外墙保温") in figures and ("1286", "雨水管道") in figures


def test_a_money_column_named_by_money_alone_holds_the_money_of_each_rows_name():
    # a bill of quantities' summary: `汇总内容` names the parts of the price, `金额（元）` only which measure
    text = ("单位工程招标控制价汇总表\n"
            "序号    汇总内容             金额（元）\n"
            "1       分部分项工程          7512364.28\n"
            "2       措施项目              286930.52\n")
    figures = {(r.text, r.indicator) for r in extract(text)}
    assert figures == {("7512364.28", "分部分项工程"), ("286930.52", "措施项目")}


def test_a_money_column_beside_a_group_column_keeps_its_own_name():
    # no name column: the kind of a person's disability stands in for the row's name, but names no money
    text = ("序号\t姓名\t残疾类别\t改造内容\t金额（元）\n"
            "1\t王*明\t肢体二级\t卫生间扶手、坡道\t5980\n2\t李*\t视力一级\t灯光提示\t4620\n")
    assert {r.indicator for r in extract(text)} == {"金额"}


def test_a_cell_per_line_table_under_its_caption_with_group_labels_between_rows():
    # the caption holds a column's word (`指标`) but names the table; `一、…` lines label the rows after them
    text = ("承诺事项及目标任务表（主要指标）\n序号\n承诺事项\n目标任务\n计量单位\n完成时限\n责任单位\n"
            "一、一老一小\n1\n新增普惠性托位\n1200\n个\n12月底\n市卫健委\n"
            "2\n新增老年助餐点\n40\n个\n\n市民政局\n"
            "二、学有优教\n3\n新增学位\n5400\n个\n8月底\n市教育局\n")
    figures = {(r.text, r.indicator, r.unit) for r in extract(text)}
    assert figures == {("1200", "普惠性托位", "个"), ("40", "老年助餐点", "个"), ("5400", "学位", "个")}


@pytest.mark.parametrize("name, header", [("承诺事项及目标任务表（主要指标）", False), ("项目汇总表", False),
                                          ("主要指标", True), ("驻站代表（名）", True)])
def test_a_tables_caption_names_no_column(name, header):
    assert is_header_cell(name) is header


def test_a_name_word_with_a_count_in_brackets_heads_a_column_of_counts():
    # `项目（件）` over `10`: how many projects a year had, not the projects' names
    text = ("年份 | 项目（件） | 计划投资（亿元）\n2018 | 10 | 4.1\n2019 | 11 | 5.0\n")
    figures = {(r.text, r.unit, r.year) for r in extract(text)}
    assert {("10", "件", 2018), ("11", "件", 2019)} <= figures


def test_a_slides_table_parted_by_full_width_solidi():
    text = ("重点推介项目\n项目名称／总投资（亿元）／用地（亩）／合作方式\n"
            "白浪滩国际康养小镇／85／1200／独资、合资\n江山半岛滨海医养中心／26.5／310／合资\n")
    figures = {(r.text, r.unit, r.indicator) for r in extract(text)}
    assert figures == {("85", "元", "总投资"), ("1200", "亩", "用地"), ("26.5", "元", "总投资"), ("310", "亩", "用地")}


def test_a_solidus_inside_brackets_parts_no_cells():
    text = "景区名称／等级／门票价格（元／人）\n甲景区／5A／170\n乙景区／4A／60\n"
    assert {(r.text, r.indicator) for r in extract(text)} == {("170", "门票价格"), ("60", "门票价格")}


_PLAIN_HEADER_LINES = ("二、各园录取结果（单位：名）\n园所名称\n计划招生\n直接安排\n派位录取\n"
                       "第一幼儿园\n150\n24\n126\n第二幼儿园\n120\n18\n102\n合计\n270\n42\n228\n\n三、其他\n")


def test_a_cell_per_line_header_no_word_list_knows_is_told_by_its_rows():
    # made up: the columns' names carry no role or unit word; a name column's header, then rows
    # of a name and a bare figure for each of the three columns, tell the header
    table = only_table(_PLAIN_HEADER_LINES)
    assert texts(_PLAIN_HEADER_LINES, table.header) == ["园所名称", "计划招生", "直接安排", "派位录取"]
    assert [texts(_PLAIN_HEADER_LINES, row) for row in table.rows] == [
        ["第一幼儿园", "150", "24", "126"], ["第二幼儿园", "120", "18", "102"], ["合计", "270", "42", "228"]]
    found = by_text(records_of(_PLAIN_HEADER_LINES, 2023))
    assert (found["126"].value, found["126"].unit) == (126, "名")
    # a row with a mark of no value under a figure column (`/`: no one placed directly) is a row too
    marked = _PLAIN_HEADER_LINES.replace("合计\n", "第三幼儿园\n60\n/\n60\n合计\n")
    assert [texts(marked, row)[0] for row in only_table(marked).rows] == ["第一幼儿园", "第二幼儿园", "第三幼儿园", "合计"]


_TOWN_ROWS_WITH_AN_EMPTY_CELL = ("某县2031年农村危房改造任务分解\n\n表1　分镇任务表\n（单位：户；补助资金：万元）\n"
                                 "镇\n改造户数\n其中：拆除重建\n其中：加固\n补助资金\n"
                                 "东风镇\n40\n\n40\n48.5\n沙枣镇\n62\n10\n52\n97.4\n"
                                 "合计\n102\n10\n92\n145.9\n\n注：以镇上报数为准。\n")


def test_a_town_table_one_cell_a_line_with_an_empty_cell_and_a_unit_line_naming_one_column():
    # made up: `镇` alone heads the names, `其中：` marks a part of the column before, a row holds
    # an empty line for an empty cell, and the unit line gives 户 to all columns but the one it names
    table = only_table(_TOWN_ROWS_WITH_AN_EMPTY_CELL)
    assert texts(_TOWN_ROWS_WITH_AN_EMPTY_CELL, table.header) == ["镇", "改造户数", "其中：拆除重建", "其中：加固", "补助资金"]
    assert table.rows[0][2] is None
    found = by_text(records_of(_TOWN_ROWS_WITH_AN_EMPTY_CELL, 2031))
    assert (found["52"].value, found["52"].unit) == (52, "户")
    assert (found["97.4"].value, found["97.4"].unit) == (974_000, "元")
    assert (found["145.9"].value, found["145.9"].unit) == (1_459_000, "元")


def test_a_column_of_the_rest_of_the_places_holds_figures():
    # made up: a table whose columns are towns, the last before the total `其他乡镇（街道）`
    assert column_role("乡镇（街道）") == "region"
    assert column_role("其他乡镇（街道）") is None and column_role("其余县区") is None
    text = ("某市防台风工作情况\n\n各乡镇转移情况\n项目\t东风镇\t沙枣镇\t其他乡镇（街道）\t合计\n"
            "转移群众（人）\t300\t200\t150\t650\n开放避灾点（个）\t4\t3\t5\t12\n")
    found = by_text(records_of(text, 2031))
    assert (found["150"].unit, found["5"].unit) == ("人", "个")


_ROWS_ACROSS_A_PAGE = ("某县2031年优待证申领进度表\n\n乡镇\n应申领人数（人）\n已申领人数（人）\n申领率（%）\n"
                       "东风镇\n500\n450\n90.0\n沙枣镇\n300\n240\n80.0\n\n— 1 —\n\n"
                       "某县退役军人事务局　　　　优待证申领进度表\n\n红柳镇\n200\n190\n95.0\n\n\n"
                       "合计\n1000\n880\n88.0\n\n　　较上期新增申领312人。\n")


def test_a_cell_per_line_table_goes_on_past_a_page_break_and_an_empty_paragraph():
    # made up: the rows go on after the page's number and the next page's running header, and
    # after two empty lines; the sentence under the table is no row
    table = only_table(_ROWS_ACROSS_A_PAGE)
    assert [texts(_ROWS_ACROSS_A_PAGE, [c for c in row if c])[0] for row in table.rows] == ["东风镇", "沙枣镇", "红柳镇", "合计"]
    found = by_text(records_of(_ROWS_ACROSS_A_PAGE, 2031))
    assert (found["190"].value, found["190"].unit) == (190, "人") and found["1000"].unit == "人"


_GRADE_COLUMNS_PARTED_ROWS = ("某县2031年农村住房安全性鉴定报告\n\n三、鉴定结果\n表2　分乡镇鉴定结果（单位：户）\n"
                             "乡镇\n鉴定户数\nB级\nC级\n已纳入2031年改造\n\n"
                             "东风镇\n310\n36\n14\n40\n\n沙枣乡\n97\n12\n5\n11\n\n"
                             "红柳乡\n152\n20\n7\n\n\n合计\n559\n68\n26\n51\n\n　　注：以上为初步结果。\n")


def test_a_cell_per_line_header_of_grades_and_a_year_is_told_by_rows_parted_by_empty_lines():
    # made up: a region column, then columns named by a grade's letter and a year that no word
    # list knows; Word's empty paragraph parts the rows, and a row's empty last cell is one more
    # empty line before the parting one
    table = only_table(_GRADE_COLUMNS_PARTED_ROWS)
    assert texts(_GRADE_COLUMNS_PARTED_ROWS, table.header) == ["乡镇", "鉴定户数", "B级", "C级", "已纳入2031年改造"]
    assert [texts(_GRADE_COLUMNS_PARTED_ROWS, [c for c in row if c]) for row in table.rows] == [
        ["东风镇", "310", "36", "14", "40"], ["沙枣乡", "97", "12", "5", "11"], ["红柳乡", "152", "20", "7"],
        ["合计", "559", "68", "26", "51"]]
    assert table.rows[2][-1] is None
    found = by_text(records_of(_GRADE_COLUMNS_PARTED_ROWS, 2031))
    assert (found["36"].value, found["36"].unit, found["36"].indicator) == (36, "户", "B级")
    # the title names the homes' safety: the rows, naming places only, are housing
    assert found["152"].category == "常有安居"


def test_a_run_short_of_its_cells_without_the_empty_lines_for_them_ends_the_rows():
    text = _GRADE_COLUMNS_PARTED_ROWS.replace("7\n\n\n合计", "7\n\n合计")
    table = only_table(text)
    assert [texts(text, row)[0] for row in table.rows] == ["东风镇", "沙枣乡"]


_GANTT = ("项目（牵头单位）\t年度目标\t计划投资（万元）\t1\t2\t3\t4\t5\t6\n"
          "常有善育（县卫健局）\n普惠托育\t新增普惠托位120个\t360\t□\t▲\t■\t■\t■\t▲\n"
          "常有颐养（县民政局）\n老年助餐\t新建老年助餐点8个\t410\t□\t□\t▲\t■\t■\t■\n\n　　附注：■为施工期。\n")


def test_a_schedule_s_month_columns_make_a_header_and_a_brand_line_labels_its_rows():
    # made up: a Gantt chart pasted from Excel; the month numbers 1…6 are column names, not figures,
    # and a line naming a brand alone is the label of the rows under it, not a cell cut off above them
    table = only_table(_GANTT)
    assert texts(_GANTT, table.header)[:3] == ["项目（牵头单位）", "年度目标", "计划投资（万元）"]
    found = by_text(records_of(_GANTT, 2031))
    assert (found["360"].value, found["360"].unit, found["360"].category) == (3600000, "元", "常有善育")
    assert found["410"].category == "常有颐养"


@pytest.mark.parametrize("cells,expected", [(["1", "2", "3"], True), (["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"], True),
                                            (["2", "3", "4"], False), (["1", "2"], False), (["1", "3", "5"], False)])
def test_month_run(cells, expected):
    from pipeline.tables import month_run
    assert month_run(cells) is expected


def test_a_list_of_short_lines_is_no_header_told_by_rows():
    # one row of figures is too few to tell a header from a list of words
    text = "园所名称\n计划招生\n直接安排\n第一幼儿园\n150\n24\n\n另有说明。\n"
    assert not find_tables(text, lines_of(text))


_LIST_AND_ITS_TABLE = (
    "某市2031年十件民生实事\n\n一、目标任务\n"
    "　　1．新增普惠性托位240个。\n　　2．新建农村老年幸福食堂12个。\n"
    "　　3．改造老旧小区7个，惠及居民1380户。\n　　4．新建口袋公园5个；开展送文化下乡演出150场。\n"
    "　　分项目安排见下表（按序号对应，单位：万元）：\n\n"
    "序号  牵头单位        计划投资\n1     市卫健局        1860\n2     市民政局        2400\n"
    "3     市住建局        7200\n4     市城管局         600\n\n二、工作要求\n")


def test_numbered_rows_naming_no_work_take_the_category_of_the_list_item_of_their_number():
    # made up: a plan's investment table breaks its numbered list down by number, each row
    # naming only its lead unit
    found = by_text(records_of(_LIST_AND_ITS_TABLE, 2031))
    assert found["1860"].category == "常有善育"
    assert found["2400"].category == "常有颐养"
    assert found["7200"].category == "常有安居"
    # an item over two topics gives its row none
    assert found["600"].category == "其他"


def test_a_roll_numbered_past_the_list_items_is_no_breakdown_of_them():
    # made up: three numbered matters, then a roll of five members numbered 1–5: the rows are
    # people, not the matters, and take no matter's category by their number
    text = ("某养蜂专业合作社2030年度分红公示\n\n一、其他事项\n"
            "1．全年雇用周边村民务工620人次，支付务工工资18.6万元。\n"
            "2．开展养蜂技术培训150人次。\n3．吸纳脱贫劳动力就业12人。\n\n二、分红明细\n单位：元\n"
            "序号\t社员\t按股分红\n1\t钱某海\t3200\n2\t孙某兰\t2860\n3\t李某田\t1450\n"
            "4\t周某平\t980\n5\t吴某芳\t760\n")
    found = by_text(records_of(text, 2030))
    assert found["18.6万元"].category == "就业创业"
    assert found["3200"].category != "就业创业" and found["2860"].category != "就业创业"


def test_a_cell_per_line_table_with_empty_paragraphs_between_its_rows_and_empty_cells():
    # made up: Word's empty paragraph after the header and after every row; a row's empty cell
    # is an empty line too, in the middle of the row or at its end
    text = ("某乡赶集日服务情况统计表\n\n序号\n服务项目\n牵头单位\n服务群众（人次）\n现场办结（件）\n备注\n\n"
            "1\n医保参保缴费\n县医保局\n1420\n960\n代办异地备案\n\n"
            "2\n义诊随访\n县医共体\n2310\n\n测血压、送药\n\n"
            "3\n农技咨询\n县农业农村局\n870\n\n\n\n"
            "4\n图书借阅\n县图书馆\n530\n530\n\n\n各乡镇情况如下。\n")
    found = {(r.text, r.unit) for r in extract(text, doc_year=2031)}
    assert {("1420", "人次"), ("960", "件"), ("2310", "人次"), ("870", "人次"), ("530", "件")} <= found


def test_a_cell_per_line_table_with_an_empty_paragraph_after_every_cell():
    # made up: a Word table dumped double-spaced (an e-book's appendix), units in the row names, a `/` cell
    text = ("书后附某乡2031年民生工程完成情况。\n\n附录　某乡2031年民生工程完成情况\n"
            "项目\n\n计划\n\n完成\n\n屯级道路硬化（公里）\n\n18\n\n18.6\n\n家庭水柜新建维修（座）\n\n150\n\n162\n\n"
            "农村危房改造（户）\n\n25\n\n/\n\n注：危房改造已全部开工。\n")
    found = {(r.text, r.unit, r.stance) for r in extract(text, doc_year=2031)}
    assert {("18", "公里", "target"), ("18.6", "公里", "achieved"), ("150", "座", "target"), ("162", "座", "achieved"),
            ("25", "户", "target")} <= found


def test_a_price_board_aligned_by_full_width_spaces_its_units_declared_by_measure():
    # made up: names spaced out to their columns' width (`品　名`, `均　价`), the price unit declared
    # for `价格`, which each price column's name ends in the first character of
    text = ("某蔬菜批发市场　今日行情\n\n价格单位：元/公斤　　交易量单位：吨\n\n"
            "品　名　　　　最高价　　最低价　　均　价　　交易量\n"
            "萝　卜　　　　1.60　　　1.20　　　1.40　　　152\n"
            "番　茄　　　　5.80　　　4.60　　　5.20　　　 86\n"
            "青　椒　　　　4.40　　　3.60　　　4.00　　　117\n\n今日进场车辆412辆。\n")
    found = {(r.text, r.unit, r.per) for r in extract(text, doc_year=2031)}
    assert {("1.60", "元", "公斤"), ("5.20", "元", "公斤"), ("152", "吨", None), ("86", "吨", None)} <= found


def test_a_column_of_this_year_holds_for_the_year_of_writing_under_a_section_of_next_year():
    # made up: a notice of 2031 whose appendix table stands under its section on next year's plans
    text = ("关于某线公益慢火车冬季运行安排的公告\n发布时间：2031-12-01\n\n一、明年安排\n明年起每月增挂1节车厢。\n\n"
            "附：停靠站上车人数\n站名 | 票价（元） | 今年上车人数（人次）\n甲站 | 2 | 6300\n乙站 | 4 | 3800\n")
    found = by_text(records_of(text, 2031))
    assert (found["6300"].year, found["3800"].year) == (2031, 2031)


_UNKNOWN_LAST_COLUMN = ("附：任务认领表（计划投资单位：万元）\n序号\n项目名称\n计划投资\n认领党小组\n"
                        "1\n普惠托育\n1860\n第一党小组\n2\n学前教育扩容\n3200\n第二党小组\n\n四、交流发言\n")


def test_a_last_column_no_word_list_knows_joins_a_cell_per_line_header_where_the_rows_need_it():
    # made up: `认领党小组` is a column of its own; without it each row would start at the wrong line
    table = only_table(_UNKNOWN_LAST_COLUMN)
    assert texts(_UNKNOWN_LAST_COLUMN, table.header) == ["序号", "项目名称", "计划投资", "认领党小组"]
    found = by_text(records_of(_UNKNOWN_LAST_COLUMN, 2025))
    assert (found["1860"].value, found["1860"].unit) == (18600000, "元")
    assert (found["3200"].value, found["3200"].unit) == (32000000, "元")


_UNKNOWN_COLUMNS_BEFORE_A_KNOWN_ONE = ("附件：危房改造补助汇总\n镇\n村\n户数\n拆除重建\n维修加固\n补助资金（万元）\n"
                                      "甲镇\n东村\n12\n7\n5\n36.5\n乙镇\n西村\n9\n\n9\n18.0\n\n联系人：张某\n")


def test_column_names_no_word_list_knows_may_stand_before_a_known_one_in_a_cell_per_line_header():
    # made up: `拆除重建`, `维修加固` are columns of their own before `补助资金（万元）`; one row leaves a cell empty
    table = only_table(_UNKNOWN_COLUMNS_BEFORE_A_KNOWN_ONE)
    assert texts(_UNKNOWN_COLUMNS_BEFORE_A_KNOWN_ONE, table.header) == ["镇", "村", "户数", "拆除重建", "维修加固", "补助资金（万元）"]
    found = by_text(records_of(_UNKNOWN_COLUMNS_BEFORE_A_KNOWN_ONE, 2025))
    assert (found["36.5"].value, found["36.5"].unit) == (365000, "元")
    assert (found["18.0"].value, found["18.0"].unit) == (180000, "元")
    # the unknown columns' counts do not take the money column's unit (the row would be read one cell late)
    assert all(found[text].unit != "元" for text in ("7", "5", "9") if text in found)


_UNKNOWN_COLUMNS_BETWEEN_KNOWN_ONES = ("附表　古民居修缮补助名单\n序号\n乡镇\n名称\n建造年代\n现居住户数（户）\n修缮内容\n"
                                      "修缮面积（平方米）\n补助金额（万元）\n"
                                      "1\n甲镇\n德兴楼\n清乾隆年间\n12\n屋面翻修\n860\n38.5\n"
                                      "2\n乙镇\n崇德楼\n民国初年\n\n墙体加固\n410\n22.4\n\n注：空白为无人居住。\n")


def test_column_names_no_word_list_knows_may_stand_between_known_ones_in_a_cell_per_line_header():
    # made up: `建造年代` and `修缮内容` are columns of their own between columns a unit names
    table = only_table(_UNKNOWN_COLUMNS_BETWEEN_KNOWN_ONES)
    assert len(table.header) == 8
    found = by_text(records_of(_UNKNOWN_COLUMNS_BETWEEN_KNOWN_ONES, 2023))
    assert (found["860"].value, found["860"].unit) == (860, "平方米")
    assert (found["22.4"].value, found["22.4"].unit) == (224000, "元")
    assert (found["12"].value, found["12"].unit) == (12, "户")


def test_lines_of_a_label_a_leader_of_dots_and_a_figure_take_the_unit_a_heading_declares():
    # made up: a site survey's estimate, each line a work, a leader and its money
    text = "三、投资估算（单位：万元）\n供水工程……………………486.3\n道路工程··········672.0\n资金来源：县级财政。\n"
    found = by_text(records_of(text, 2023))
    assert (found["486.3"].value, found["486.3"].unit, found["486.3"].indicator) == (4863000, "元", "供水工程")
    assert (found["672.0"].value, found["672.0"].indicator) == (6720000, "道路工程")


def test_lines_of_a_label_aligned_by_spaces_and_a_figure_take_the_unit_a_heading_declares():
    # made up: a register's appendix, each line a site, full-width spaces and its count
    text = "附：各服务点讲解量（单位：场次）\n\u3000\u3000东山旧址\u3000\u3000\u3000\u3000618\n\u3000\u3000西河纪念馆  \u3000 402\n"
    found = by_text(records_of(text, 2023))
    assert (found["618"].value, found["618"].unit, found["618"].indicator) == (618, "场次", "东山旧址")
    assert (found["402"].unit, found["402"].indicator) == ("场次", "西河纪念馆")
    # one space is no alignment: a number run on after a word is not a label's figure
    assert "12" not in by_text(records_of("附：说明（单位：场次）\n全年讲解 12\n", 2023))


def test_column_names_a_dump_ran_together_part_at_their_units():
    # made up: a training register aligned by full-width spaces, whose last names lost the spaces between them
    text = ("某县技能培训登记簿（2031年度）\n\n班次编号\u3000\u3000培训项目\u3000\u3000\u3000\u3000报名（人）结业（人）取证（人）\n"
            "A01\u3000\u3000中式面点\u3000\u3000\u3000\u300046\u3000\u3000\u300044\u3000\u3000\u300042\n"
            "A02\u3000\u3000中式烹调\u3000\u3000\u3000\u300050\u3000\u3000\u300047\u3000\u3000\u300045\n")
    table = only_table(text)
    assert texts(text, table.header) == ["班次编号", "培训项目", "报名（人）", "结业（人）", "取证（人）"]
    found = by_text(records_of(text, 2031))
    assert (found["44"].unit, found["44"].indicator) == ("人", "结业")


def test_a_brand_column_names_the_category_of_each_row():
    # made up: a Q&A's money table, each row one brand's share
    text = ("某市民生实事问答\n\n问：钱怎么分？\n答：市级资金按品牌分配如下（单位：万元）：\n"
            "　品牌          市级资金    其中当年拨付\n　常有善育        860         600\n　常有安居       2640        1800\n")
    found = {(r.text, r.category) for r in records_of(text, 2031)}
    assert {("860", "常有善育"), ("600", "常有善育"), ("2640", "常有安居")} <= found


def test_a_header_in_a_measure_word_and_shu_counts_in_that_measure_word():
    # made up: a housing appraisal summary; `鉴定户数` counts households, `人数` alone counts what its row names
    text = "某县农房鉴定汇总\n\n乡镇\t鉴定户数\t养老机构家数\n甲乡\t438\t3\n乙镇\t208\t2\n"
    found = {(r.text, r.unit) for r in records_of(text, 2031)}
    assert {("438", "户"), ("208", "户"), ("3", "家")} <= found


def test_a_column_of_years_headed_by_nianduo_alone_dates_each_row():
    # made up: a village register's last three years; `年度` alone heads the years, `年度目标` would not
    text = ("附：近三年发放情况\n年度\t发放户数（户）\t发放资金（万元）\n2021\t210\t13.6\n2022年\t214\t13.9\n2023\t219\t14.2\n")
    found = by_text(records_of(text, 2023))
    assert (found["210"].year, found["13.6"].year) == (2021, 2021)
    assert (found["214"].year, found["219"].year) == (2022, 2023)
    assert column_role("年度目标") != "year"


def test_a_unit_declared_at_the_end_of_a_sentence_of_prose_above_the_table_holds_for_its_bare_cells():
    # made up: a village band's engagement book copied under a paragraph whose last sentences give the money's unit
    text = ("某村鼓乐班出会簿\n\n会里现有会员11人。下表照手写本誊录。表中钱数单位：元；“/”为义务出会。\n\n"
            "序号 | 日期 | 事由 | 出会人数（人） | 收入\n1 | 2月24日 | 元宵节闹红火 | 11 | 1200\n2 | 3月18日 | 日间照料中心开张 | 9 | /\n"
            "3 | 4月26日 | 敬老院改造完工 | 8 | 600\n")
    found = by_text(records_of(text, 2031))
    assert (found["1200"].unit, found["600"].unit) == ("元", "元")
    assert found["11"].unit == "人"


def test_columns_listed_before_one_sharing_its_unit_after_wei_take_it_too():
    # made up: a road squad's monthly sheet; the patrols and the lengths are both kilometres
    text = ("一、本月养护作业量\n单位：巡查、里程为公里；坑槽修补为平方米\n\n"
            "路线编号 | 路线名称 | 里程 | 巡查 | 坑槽修补\nX216 | 某镇—某乡 | 18.6 | 120 | 45\nY038 | 某镇—某岭 | 9.2 | 65 | 18\n")
    found = by_text(records_of(text, 2031))
    assert (found["18.6"].unit, found["120"].unit, found["45"].unit) == ("公里", "公里", "平方米")
    assert found["65"].unit == "公里"


@pytest.mark.parametrize("line,expected", [
    # made up: each column's word and its unit run together, the items parted by commas
    ("（单位：库容万立方米，灌溉面积亩，坝高米）", {"库容": "万立方米", "灌溉面积": "亩", "坝高": "米"}),
    ("（单位：人数人，金额万元）", {"人数": "人", "金额": "万元"}),
    # units alone, or an item that is no word and unit, declare no column's
    ("（单位：万立方米，平方米）", {}),
    ("（单位：户、人、万元）", {}),
    ("（单位：库容万立方米，备注）", {}),
])
def test_a_unit_line_may_run_each_column_s_word_into_its_unit(line, expected):
    from pipeline.tables import _units_run_on_columns

    assert _units_run_on_columns(line) == expected


def test_a_column_of_years_named_by_the_deed_done_in_them_dates_each_row():
    # made up: a pension contribution certificate's yearly breakdown, its unit in the caption; no other column names a role
    text = ("历年缴费明细（单位：元）\n参保年度｜缴费档次｜个人缴费｜政府补贴｜划入账户\n"
            "2029｜300｜300｜45｜345\n2030｜500｜500｜60｜560\n2031｜1000｜1000｜100｜1100\n")
    found = by_text(records_of(text, 2031))
    assert (found["345"].year, found["345"].unit, found["345"].indicator) == (2029, "元", "划入账户")
    assert (found["560"].year, found["1100"].year) == (2030, 2031)
    assert "2029" not in found
    # a year counted from another, or the span of an archive's files, dates no row
    assert column_role("上一年度") != "year" and column_role("起止年度") != "year"
    assert column_role("出生年份") != "year"


def test_a_unit_declared_before_a_column_s_own_after_a_comma_holds_for_the_other_columns():
    # made up: a screening's table, one cell per line; `人` for the counts, `%` for the rate column
    text = ("二、筛查结果（单位：人，阳性率单位：%）\n项目\n阳性人数\n阳性率\n听力初筛\n41\n2.6\n视力筛查\n233\n14.9\n"
            "\n三、下步工作\n")
    found = by_text(records_of(text, 2029))
    assert (found["41"].unit, found["41"].indicator) == ("人", "听力初筛")
    assert (found["2.6"].unit, found["2.6"].indicator) == ("%", "听力初筛阳性率")
    assert (found["233"].unit, found["14.9"].unit) == ("人", "%")


def test_a_header_run_into_the_first_row_s_label_gives_the_label_back_to_the_row():
    # made up: a yearbook's table of years, one cell per line; `受理件数（件）` reads as a column's
    # name but is the first row's label
    text = ("表5　调解情况（2019—2021年）\n指标\n2019年\n2020年\n2021年\n受理件数（件）\n310\n342\n388\n"
            "调解成功（件）\n251\n290\n337\n\n说明：略。\n")
    table = only_table(text)
    assert texts(text, table.header) == ["指标", "2019年", "2020年", "2021年"]
    found = by_text(records_of(text, 2022))
    assert (found["310"].year, found["310"].unit, found["310"].indicator) == (2019, "件", "受理")
    assert (found["388"].year, found["337"].year) == (2021, 2021)
    assert found["342"].value == 342


def test_columns_only_a_count_names_need_two_rows_to_show_a_table():
    # made up: a form's lines after a header of counts: one row fits, the rest are a label and a value each
    text = "收支情况（单位：万元）\n项目\n年初数\n年末数\n资产合计\n920.5\n1033.8\n本年收入\n611.2\n本年支出\n598.4\n"
    assert find_tables(text, _lines_of(text)) == {}


def _lines_of(text):
    from pipeline.structure import _lines
    return _lines(text)


def test_a_header_that_goes_on_past_its_place_word_counts_what_the_places_keep():
    # made up: a reserve list; `乡镇储备` is a column of figures beside `县级储备`, `乡镇` alone one of places
    text = ("物资名称　　　　单位　　　县级储备　　乡镇储备　　合计\n编织袋　　　　　万条　　　8　　　　　4.5　　　　12.5\n"
            "救生衣　　　　　件　　　　900　　　　640　　　　1540\n")
    found = by_text(records_of(text, 2031))
    assert (found["4.5"].value, found["4.5"].unit) == (45000, "条")
    assert (found["640"].value, found["640"].unit) == (640, "件")
    assert column_role("乡镇") == "region" and column_role("乡镇储备") is None


def test_rows_copied_with_tabs_under_a_header_aligned_by_spaces_are_its_rows():
    # made up: an exam notice; the header's cells are set off by wide spaces, the rows' by tabs
    text = "二、考场分配\n学校　　考点　　考场号　　考生（名）\n东风中学\t一中\t001—008\t231\n红星中学\t二中\t009—015\t187\n合计\t\t\t418\n"
    found = by_text(records_of(text, 2031))
    assert (found["231"].unit, found["187"].unit, found["418"].unit) == ("名", "名", "名")
    assert "001—008" not in found


def test_a_price_declared_per_a_measure_word_no_unit_table_holds_gives_the_cells_their_unit():
    # made up: a pharmacy's list; `元/袋` is 元 per 袋
    text = "调价情况如下（单位：元/袋）：\n\n药品名称　　　　规格　　　　原价　　现价\n某某颗粒　　　　10g×6袋　　24.50　　9.80\n某某散　　　　　3g×10袋　　22.00　　15.40\n"
    found = by_text(records_of(text, 2031))
    assert (found["24.50"].value, found["24.50"].unit, found["24.50"].per) == (24.5, "元", "袋")
    assert (found["15.40"].unit, found["15.40"].per) == ("元", "袋")


def test_a_promise_column_naming_a_thing_and_its_unit_labels_the_row_s_bare_target():
    # made up: a promise table with no name column; `新建口袋公园（个）` says what `6` under `年度目标` counts
    text = "承诺内容　　　　　　　　年度目标　　完成时限\n新建口袋公园（个）　　　　6　　　　　10月底\n治理黑臭水体（条）　　　　4　　　　　11月底\n"
    found = by_text(records_of(text, 2031))
    assert (found["6"].unit, found["6"].indicator) == ("个", "口袋公园")
    assert found["4"].unit == "条"


def test_a_first_column_no_role_names_labels_the_row_where_its_cells_name_a_thing_and_its_unit():
    # made up: a results page set as a parcel list; `包　裹` names no role, its cells say what the figures count
    text = ("| 包　　裹 | 礼单数量 | 签收数量 | 签收率 |\n|---|---|---|---|\n"
            "| 普惠托位（个） | 240 | 252 | 105.0% |\n| 新改建农村公路（公里） | 55 | 57.6 | 104.7% |\n")
    found = by_text(records_of(text, 2026))
    assert (found["240"].unit, found["240"].indicator) == ("个", "普惠托位")
    assert (found["252"].unit, found["57.6"].unit) == ("个", "公里")


def test_a_column_headed_by_age_alone_says_who_the_row_is_and_counts_nothing():
    # made up: an application form's household table; `年龄` is no figure, `月收入` is
    text = "家庭成员及收入情况（单位：元/月）：\n姓名\t关系\t年龄\t健康状况\t月收入\n王**\t本人\t71\t高血压\t1100\n赵**\t配偶\t69\t健康\t0\n"
    found = by_text(records_of(text, 2031))
    assert "71" not in found and "69" not in found
    assert column_role("平均年龄") != "attribute"


@pytest.mark.parametrize("listed,header,expected", [
    (("户", "人", "万元"), "在保户数", None),              # names its own unit already (户)
    (("户", "人", "万元"), "在保人数", "在保人数（人）"),
    (("户", "人", "万元"), "在保人员", "在保人员（人）"),
    (("户", "人", "万元"), "本月发放金额", "本月发放金额（万元）"),
    (("人", "万元"), "生活补贴人数", "生活补贴人数（人）"),   # people, though it names a subsidy
    (("件", "%"), "办结率", "办结率（%）"),
    (("人", "万元"), "片区", None),                        # a column of names takes none
    (("人", "万元"), "负责人", None),
    (("户", "人", "万元"), "土地补偿", "土地补偿（万元）"),      # compensation is money
    (("平方米", "元"), "制作费", "制作费（元）"),               # …and so is a fee
])
def test_a_column_takes_the_listed_unit_it_counts_in(listed, header, expected):
    from pipeline.tables import with_listed_units
    assert with_listed_units([header], listed) == [expected or header]


def test_a_unit_line_listing_units_gives_each_column_its_own():
    text = ("三、分片区情况（全县13个乡镇按5个片区汇总，单位：户、人、万元）\n"
            "片区\t在保户数\t在保人数\t本月发放金额\n"
            "城关片区\t1022\t2215\t84.6\n沙塘片区\t968\t2260\t81.2\n")
    found = {(r.text, r.unit, r.value) for r in extract(text)}
    assert {("2215", "人", 2215), ("84.6", "元", 846000), ("1022", "户", 1022)} <= found


def test_a_roster_set_one_cell_a_line_is_read_as_a_table():
    header = ["序号", "姓名", "岗位", "身份证号后四位", "实际出勤（天）", "应发补贴（元）", "扣减（元）", "实发补贴（元）", "本人签字"]
    rows = [["1", "马*兰", "村道保洁", "0426", "26", "1200", "0", "1200", "（已签）"],
            ["2", "禹*福", "护林巡护", "1137", "24", "1200", "92", "1108", "（已签）"]]
    text = "某镇公益性岗位补贴发放表\n\n" + "\n".join(header + [cell for row in rows for cell in row]) + "\n"
    found = [(r.text, r.indicator) for r in extract(text)]
    assert ("92", "扣减") in found and ("1108", "实发补贴") in found
    # the person's number, the days and the row numbers are no figures
    assert not {text for text, _ in found} & {"0426", "1137", "26", "24", "1", "2"}


def test_rows_of_a_table_by_period_take_the_listed_units_their_labels_count_in():
    # made up: a station's year summary, the units listed once for the rows (`单位：个、万件、人`); a row
    # naming its unit keeps it, `从业人员` counts people, the one count unit left goes to `村级服务点`
    text = ("二、主要数据（单位：个、万件、人）\n项　目　　　　　2030年　　　2031年\n村级服务点　　　　6　　　　　11\n"
            "进港包裹（万件）　　18.2　　　　30.5\n驿站从业人员　　　　5　　　　　12\n")
    found = {r.text: (r.unit, r.year) for r in extract(text, doc_year=2031)}
    assert found["11"] == ("个", 2031) and found["6"] == ("个", 2030)
    assert found["30.5"] == ("件", 2031) and found["12"] == ("人", 2031)


def test_count_columns_no_measure_word_names_take_the_listed_units_left_over_in_order():
    from pipeline.tables import with_listed_units
    # `户数` takes 户 by its measure word; `单元数` the one count unit left (a radiator schedule's)
    assert with_listed_units(["序号", "小区", "楼号", "单元数", "户数"], ("个", "户")) == [
        "序号", "小区", "楼号", "单元数（个）", "户数（户）"]
    # two columns for one spare unit: no guess; a rate takes no count unit
    assert with_listed_units(["单元数", "楼栋数"], ("个",)) == ["单元数", "楼栋数"]
    assert with_listed_units(["合格率", "户数"], ("个", "户")) == ["合格率", "户数（户）"]


def test_figure_columns_take_the_listed_units_no_header_claims():
    from pipeline.tables import with_listed_units
    # made up: one count unit and money; the money column claims 万元 by its word, the other
    # figure columns take the one count unit left; the name column and the rate take none
    assert with_listed_units(["镇街", "排查桥梁", "其中危桥", "2026年计划改造", "完好率", "市级补助资金"], ("座", "万元"),
                             figure_columns=[1, 2, 3, 4, 5]) == [
        "镇街", "排查桥梁（座）", "其中危桥（座）", "2026年计划改造（座）", "完好率", "市级补助资金（万元）"]
    # as many units left as columns: in the list's order; a header ending in a listed word that is
    # no unit (`入股`, `股`) holds its place and takes none
    assert with_listed_units(["序号", "成员", "入股", "交售鲜奶", "按量返还", "合计"], ("股", "公斤", "元"),
                             figure_columns=[0, 2, 3, 4, 5]) == [
        "序号", "成员", "入股", "交售鲜奶（公斤）", "按量返还（元）", "合计（元）"]
    # …and so does a count of that word (`调查框数` under `单位：框、只、平方米`): the one count unit left goes
    # to the columns that name none
    assert with_listed_units(["编号", "调查框数", "活螺框数", "捕获活螺", "感染性钉螺", "有螺面积"], ("框", "只", "平方米"),
                             figure_columns=[1, 2, 3, 4, 5]) == [
        "编号", "调查框数", "活螺框数", "捕获活螺（只）", "感染性钉螺（只）", "有螺面积（平方米）"]
    # one count unit alone on the line is no list: no guess over several columns
    assert with_listed_units(["排查桥梁", "其中危桥"], ("座",), figure_columns=[0, 1]) == ["排查桥梁", "其中危桥"]
    # a part of the column before, one unit fewer listed than columns: the others take the list in order, the part its
    # whole's
    assert with_listed_units(["月份", "出船趟数", "转运箱", "净重", "其中代运邻乡"], ("趟", "箱", "吨"),
                             figure_columns=[1, 2, 3, 4]) == [
        "月份", "出船趟数（趟）", "转运箱（箱）", "净重（吨）", "其中代运邻乡（吨）"]
    # a header that ends in a listed unit counts in it (`参加人次`): the unit left over is the other column's
    # (`场次` under `单位：场、人次`, a dance troupe's monthly register)
    assert with_listed_units(["月份", "活动内容", "场次", "参加人次", "备注"], ("场", "人次"), figure_columns=[2, 3]) == [
        "月份", "活动内容", "场次（场）", "参加人次", "备注"]
    # neighbours that count one thing (`布设相机 | 回收相机`) share the unit the line lists once for them, where the
    # runs of one noun are as many as the units left (made up: a camera-trap quarter's summary)
    assert with_listed_units(["位点", "布设相机", "回收相机", "有效照片", "雪豹影像"], ("台", "张", "次"),
                             figure_columns=[1, 2, 3, 4]) == [
        "位点", "布设相机（台）", "回收相机（台）", "有效照片（张）", "雪豹影像（次）"]
    # runs that do not match the units left: no guess
    assert with_listed_units(["布设相机", "回收相机", "有效照片", "雪豹影像"], ("台", "张"), figure_columns=[0, 1, 2, 3]) == [
        "布设相机", "回收相机", "有效照片", "雪豹影像"]
    # columns that name a count or money (`人口数`, `月补贴额`) are read by their own words, not given a spare unit
    headers = ["镇别", "受补贴户数", "人口数", "月补贴额", "发放月数", "本批发放金额"]
    assert with_listed_units(headers, ("户", "人", "元"), figure_columns=[1, 2, 3, 4, 5]) == [
        "镇别", "受补贴户数", "人口数", "月补贴额", "发放月数", "本批发放金额（元）"]


def test_a_unit_line_may_list_a_word_that_is_no_unit():
    from pipeline.tables import units_listed_before
    assert units_listed_before(lines_of("单位：股、公斤、元\n序号\t成员\n"), 1) == ("股", "公斤", "元")
    # a list of names is no list of units
    assert units_listed_before(lines_of("填报单位：区民政局、区财政局\n序号\t成员\n"), 1) == ()


def test_a_tab_table_of_members_under_a_row_number_column_and_a_unit_line():
    # made up: a dairy co-operative's distribution, its header of plain words told by its rows
    text = ("三、分配明细\n单位：股、公斤、元\n"
            "序号\t成员\t入股\t交售鲜奶\t按量返还\t按股分红\t合计\n"
            "1\t赵某军\t20\t15230\t6092\t2400\t8492\n"
            "2\t钱某芳（脱贫户）\t6\t8120\t3248\t720\t3968\n"
            "3\t孙某林\t12\t9875\t3950\t1440\t5390\n")
    found = {(r.text, r.unit) for r in extract(text, doc_year=2025)}
    assert {("15230", "公斤"), ("6092", "元"), ("720", "元"), ("5390", "元")} <= found
    assert not {t for t, _ in found} & {"20", "6", "12", "1", "2", "3"}


def test_a_schedule_of_housing_estates_set_one_cell_a_line_is_read_as_a_table():
    # made up: a works schedule whose name column is `小区`, its units listed above it
    header = ["序号", "小区", "楼号", "单元数", "户数", "入户施工时间"]
    rows = [["1", "运河家园", "1号楼", "4", "48", "9月2日—9月6日"], ["2", "纺织厂宿舍", "2号楼", "3", "42", "9月10日—9月15日"]]
    text = "（单位：个、户）\n\n" + "\n".join(header + [cell for row in rows for cell in row]) + "\n"
    found = {(r.text, r.unit) for r in extract(text, doc_year=2024)}
    assert {("4", "个"), ("48", "户"), ("3", "个"), ("42", "户")} <= found
    assert not {text for text, _ in found} & {"1", "2", "1号楼", "2号楼"}


def test_a_total_column_takes_the_listed_unit_of_the_column_it_sums():
    from pipeline.tables import with_listed_units
    assert with_listed_units(["村民小组", "户数", "土地补偿", "合计"], ("户", "万元")) == [
        "村民小组", "户数（户）", "土地补偿（万元）", "合计（万元）"]
    assert with_listed_units(["片区", "合计"], ("户", "万元")) == ["片区", "合计"]     # after no unit, none


@pytest.mark.parametrize("text", [
    "某县公交行车路单\n\n趟次\t发车时刻\t实载（人次）\n1\t06:10\t15\n2\t08:30\t10\n3\t10:20\t6\n",
    "某县公交行车路单\n\n| 趟次 | 发车时刻 | 实载（人次） |\n|---|---|---|\n| 1 | 06:10 | 15 |\n| 2 | 08:30 | 10 |\n| 3 | 10:20 | 6 |\n",
])
def test_a_trip_sheet_s_trip_numbers_and_clock_times_head_their_columns(text):
    # made up: the trip's number (`趟次`) numbers its row and a clock time (`发车时刻`) is a time: the
    # header is found by them, and the counts are read
    from pipeline import extract
    assert [(r.text, r.unit, r.indicator) for r in extract(text, doc_year=2030)] == [
        ("15", "人次", "实载"), ("10", "人次", "实载"), ("6", "人次", "实载")]


def test_a_delivery_record_s_truck_numbers_are_no_figures_and_a_design_quantity_is_the_target():
    # made up: a pour's truck record (`车次` numbers its rows; `方量` is read) and a works' progress table whose
    # `设计量` is the target that `累计完成` answers
    trucks = "附：混凝土进场记录（单位：立方米）\n车次\t到场时间\t方量\n1\t8:21\t6\n2\t9:06\t5.5\n"
    assert [(r.text, r.unit) for r in extract(trucks, doc_year=2031)] == [("6", "立方米"), ("5.5", "立方米")]
    progress = "工程总体进度\n分项\t设计量\t累计完成\n梯道（米）\t486\t312\n路灯（盏）\t48\t30\n"
    found = {r.text: r for r in extract(progress, doc_year=2031)}
    assert [(found[t].unit, found[t].stance) for t in ("486", "312")] == [("米", "target"), ("米", "achieved")]


def test_a_page_s_label_over_a_brand_grouped_table_ends_the_last_brand():
    # made up: a booklet's table grouped by brand labels (the first above its header, the others among its rows), then
    # the second page's label and the header again: that page's rows are no longer the last brand's, each goes by its
    # own topic; the label is no cell cut off that the next row goes on with
    header = "品名\t数量\t单位\t供应时间\n"
    text = ("某镇民生购货本（2031年度）\n\n第一页　一类货\n\n〔就业创业〕\n" + header + "职业技能培训\t800\t人次\t3月\n"
            "〔常有颐养〕\n" + header + "村级老年食堂\t2\t处\t7月\n居家适老化改造\t120\t户\t10月\n\n第二页　二类货\n\n" + header
            + "村卫生室标准化改造\t4\t个\t9月\n村屯太阳能路灯\t150\t盏\t7月\n")
    found = {r.text: r.category for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert (found["2"], found["4"], found["150"]) == ("常有颐养", "常有健康", "交通畅行")


def test_the_rows_of_a_table_of_planned_and_found_measures_take_the_listed_units_by_their_names():
    # made up: an acceptance record's check table under a line listing one unit for each kind of row; `设计值` and
    # `实测值` say in which state, the row says what is measured (as a table by period's rows do)
    text = ("隐蔽工程验收记录\n\n三、验收内容及检查结果（单位：米、座、处）\n序号　检查项目　　　　设计值　　实测值　　结论\n"
            "1　　管沟长度　　　　　1260　　　1258.5　　符合\n2　　检查井　　　　　　42　　　　42　　　　符合\n"
            "3　　入户接管（处）　　186　　　　181　　　待补\n")
    found = [(r.text, r.unit, r.indicator, r.stance) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("1260", "米", "管沟长度", "target"), ("1258.5", "米", "管沟长度", "achieved"),
                     ("42", "座", "检查井", "target"), ("42", "座", "检查井", "achieved"),
                     ("186", "处", "入户接管", "target"), ("181", "处", "入户接管", "achieved")]


def test_a_fund_s_column_takes_the_money_a_unit_line_lists():
    # made up: a table of villages aligned by full-width spaces under a line listing each column's unit in turn;
    # `低保金` names a fund paid out, money, as `发放金额` does
    text = ("某镇2031年煤改电及低保分村情况\n　　　　（单位：户、人、万元）\n村　名　　　煤改电户数　　低保人数　　低保金\n"
            "东村　　　　420　　　　　126　　　　86\n西村　　　　385　　　　　98　　　　 67\n")
    found = {r.text: (r.value, r.unit) for r in extract(text, doc_year=2031)}
    assert [found[t] for t in ("420", "126", "86")] == [(420, "户"), (126, "人"), (860000, "元")]


def test_every_figure_of_a_post_s_row_is_employment_whoever_the_post_serves():
    # made up: a recruitment notice's table of posts; a nursery's and a care home's posts are jobs, their pay and
    # applicants too (the guideline: employment of any group is 就业创业)
    text = ("某镇2031年民生实事项目配套岗位招聘面试通知\n\n一、招聘岗位及入围人数\n"
            "｜岗位代码｜岗位名称｜招聘人数（名）｜月薪（元）｜入围面试（人）｜\n"
            "｜A01｜托育点保育员｜4｜3200｜12｜\n｜A02｜养老护理员｜6｜3600｜18｜\n")
    assert {r.category for r in extract(text, doc_year=2031) if r.extractor == "table"} == {"就业创业"}
    from pipeline.tables import names_posts
    assert names_posts("岗位名称", "托育点保育员") and not names_posts("岗位（项目）", "托育点保育员")  # projects set out as posts
    # …nor the offices a plan's duty cards are summed up by (`岗位 | 计划投资` over `镇卫健办`): no post to fill
    assert not any(names_posts("岗位", office) for office in ("镇卫健办", "镇劳动保障所", "县人民医院"))
    assert names_posts("岗位", "镇区保洁员")


def test_a_form_line_of_several_labelled_fields_reads_each():
    # made up: a household re-check form's printed fields, a wide gap between them
    text = ("家庭人口（人）：5　　　　　　　劳动力（人）：2\n"
            "安置房面积（平方米）：100　　　自筹（元）：10000　　入住年份：2021\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2026)]
    assert found == [("5", "人"), ("2", "人"), ("100", "平方米"), ("10000", "元")]


def test_a_passbook_printout_s_unit_line_reaches_its_table_past_the_account_lines_and_a_border():
    # made up: a bank passbook's page: `金额单位：元` on the head line, two account lines and a rule of
    # dashes between it and the table; the teller's code (`0431`) is no figure, and the balance column
    # is the holder's money, of no topic, where each entry's row names its own (低保 is 常有众扶)
    text = ("存折打印明细（第2页）        币种：人民币    金额单位：元\n"
            "户名：某某某        账号：6230 **** **** 0718\n"
            "所属：某县某镇某村        身份：农村低保对象\n"
            "----------------------------------------\n"
            "序号\t交易日期\t摘要\t支取\t存入\t余额\t柜员\n"
            "1\t20240112\t农村低保金（1月）\t\t380.00\t1125.55\t0431\n"
            "2\t20240122\t现金支取\t500.00\t\t625.55\t0517\n")
    records = {r.text: r for r in extract(text, doc_year=2024)}
    assert {text: (r.value, r.unit) for text, r in records.items()} == {
        "380.00": (380, "元"), "1125.55": (1125.55, "元"), "500.00": (500, "元"), "625.55": (625.55, "元")}
    assert records["380.00"].category == "常有众扶"
    assert records["1125.55"].category == records["625.55"].category == "其他"


def test_a_test_report_s_actual_results_take_the_unit_of_the_expected_result_beside_them():
    # made up: a system test report's cases; `预期结果` holds the target with its unit, `实际结果` bare counts
    text = ("用例执行结果\n用例编号 | 预期结果 | 实际结果 | 结论\nTC-01 | 新增普惠托位300个 | 336 | 通过\n"
            "TC-02 | 入户指导1500人次 | 1688 | 通过\n")
    found = {r.text: (r.value, r.unit) for r in extract(text, doc_year=2025)}
    assert found["336"] == (336, "个") and found["1688"] == (1688, "人次")


def test_a_meal_card_s_balance_after_each_meal_is_of_no_topic():
    # made up: a meal-aid card's CSV export; the meal and its subsidy are the elderly's, the card's balance none's
    text = ("老年助餐卡交易明细\n流水号,交易时间,持卡人,餐费（元）,政府补贴（元）,卡内余额（元）\n"
            "BS01,2022-12-01 11:02,王*兰,15,6,286.50\nBS02,2022-12-01 11:05,李*华,15,6,41.00\n")
    records = {r.text: r.category for r in extract(text, doc_year=2022)}
    assert records["286.50"] == records["41.00"] == "其他"
    assert records["6"] == "常有颐养"


def test_a_unit_line_naming_a_column_s_words_the_other_way_round_gives_it_its_unit():
    # made up: a road crew's monthly table; the unit line names `落石清理` over the header `清理落石`
    text = ("二、分路段完成情况（单位：落石清理为立方米，路面修补为平方米，护栏为米）\n\n"
            "路段                  里程(公里)   清理落石   修补路面   更换护栏\n"
            "东段                  1.2          46         120         30\n"
            "西段                  4.1          38         210         64\n")
    units = {r.text: r.unit for r in extract(text, doc_year=2030)}
    assert (units["46"], units["120"], units["30"]) == ("立方米", "平方米", "米")


def test_a_header_of_readings_over_a_window_and_one_unit_declared_for_every_word_it_names():
    # made up: a monitoring sheet; `24h雨量` names a column (the window a reading is taken over), and
    # the unit line gives 毫米 to every word it names, so also to the column it names none of (`日变化`)
    text = ("（位移、变形、雨量单位：毫米）\n"
            "监测点\t类型\t今日位移\t日变化\t累计变形\t24h雨量\t预警\n"
            "东坡滑坡A-01\t地表位移\t3.6\t+1.9\t148.2\t74.0\t黄色\n"
            "西沟危岩B-02\t裂缝计\t0.7\t+0.3\t22.4\t65.2\t正常\n")
    units = {r.text: (r.value, r.unit) for r in extract(text, doc_year=2030)}
    assert units == {"3.6": (3.6, "毫米"), "+1.9": (1.9, "毫米"), "148.2": (148.2, "毫米"), "74.0": (74.0, "毫米"),
                     "0.7": (0.7, "毫米"), "+0.3": (0.3, "毫米"), "22.4": (22.4, "毫米"), "65.2": (65.2, "毫米")}


def test_a_cell_per_line_register_whose_rows_open_with_codes_of_one_series():
    # made up: an inspection's register one cell a line, each row led by a shop's code (`XH-003`) where a
    # numbered table has `1`, `2`; the unit line names each column's unit
    text = ("二、抽查明细（单位：隔油池容积为立方米，清掏量为公斤）\n"
            "商户编号\n店类\n隔油池容积\n本季清掏量\n检查结论\n"
            "XH-003\n火锅\n1.2\n860\n合格\n"
            "XH-011\n火锅\n1.5\n1120\n合格\n")
    units = {r.text: (r.value, r.unit) for r in extract(text, doc_year=2030)}
    assert units == {"1.2": (1.2, "立方米"), "860": (860, "公斤"), "1.5": (1.5, "立方米"), "1120": (1120, "公斤")}


def test_a_cell_per_line_register_of_certificate_numbers_read_across_its_page_footer():
    # made up: a permit register one cell a line, each row's number beside a certificate's (`苏准迁…`), an empty
    # remark an empty line; the page's footer (an office's name and `第 2 页 共 3 页`, between empty lines) parts
    # two rows without parting every row; a row whose counts are empty gives none
    text = ("序号\n准迁证编号\n户主\n迁移人数（人）\n其中学龄儿童（人）\n迁入地址\n备注\n"
            "1\n苏准迁3205110001\n王某\n4\n1\n2栋101\n\n"
            "2\n苏准迁3205110002\n李某\n2\n0\n2栋102\n户主独居\n"
            "\n某某派出所\u3000\u3000\u3000第 2 页\u3000共 3 页\n\n"
            "3\n苏准迁3205110003\n赵某\n3\n2\n3栋201\n\n"
            "4\n苏准迁3205110004\n钱某\n\n\n3栋202\n待补\n"
            "5\n苏准迁3205110005\n孙某\n5\n1\n3栋301\n\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("4", "人"), ("1", "人"), ("2", "人"), ("0", "人"), ("3", "人"), ("2", "人"),
                     ("5", "人"), ("1", "人")]


def test_a_place_column_whose_cells_name_measures_with_units_names_the_rows():
    # made up: a year-end review dressed as a weather report; its `站点` column holds the projects with their
    # units (a place carries none), `计划 | 实况` are the target and what was observed
    text = ("全县民生天气实况\n| 站点 | 计划 | 实况 | 气温（完成率） | 天气 |\n"
            "| 普惠托位（个） | 280 | 296 | 105.7% | 晴 |\n| 加装电梯（部） | 20 | 16 | 80% | 雨 |\n")
    found = [(r.text, r.unit, r.indicator, r.stance) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("280", "个", "普惠托位", "target"), ("296", "个", "普惠托位", "achieved"),
                     ("105.7%", "%", "完成率", "achieved"), ("20", "部", "加装电梯", "target"),
                     ("16", "部", "加装电梯", "achieved"), ("80%", "%", "完成率", "achieved")]
    # a place column of places keeps its role: its cells are left out when the row's words are weighed
    text = "| 站点 | 新增泊位（个） |\n| 城北站 | 120 |\n| 城南站 | 80 |\n"
    assert [(r.text, r.unit) for r in extract(text, doc_year=2031) if r.extractor == "table"] == [("120", "个"), ("80", "个")]


def test_a_part_column_counts_what_its_whole_counts():
    # made up: a work-relief wage sheet; the part of the workers who are poor households' is still workers
    # (employment of any group), whatever its own words would say alone
    text = ("以工代赈项目劳务报酬发放公示（单位：元）\n班组\t在场人数（人）\t其中脱贫人口和监测对象（人）\t本月实发\n"
            "路基班组\t38\t21\t162400\n")
    found = {r.text: r.category for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert found == {"38": "就业创业", "21": "就业创业", "162400": "就业创业"}
    # a part of another topic's whole is read by its own words: left-behind children among pupils transferring in
    text = "分年级统计（单位：人）\n年级\t转入学生人数\t其中：留守儿童\n一年级\t9\t3\n"
    assert {r.text: r.category for r in extract(text, doc_year=2031)} == {"9": "常有优学", "3": "常有众扶"}


def test_a_unit_line_of_word_and_unit_pairs_set_apart_by_commas_reads_a_cell_per_line_table():
    # made up: a nursery's monthly register one cell a line; the line above pairs each column's word with its
    # unit (`在托幼儿，名；出勤及异常，人次`: 及 joins two words, each naming columns)
    text = ("表1　各班出勤情况（单位：在托幼儿，名；出勤及异常，人次；传染病疑似，例）\n"
            "班级\n在托幼儿\n应出勤\n实出勤\n晨检异常\n传染病疑似\n"
            "托小一班\n20\n420\n386\n7\n1\n托大一班\n24\n504\n471\n4\n/\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("20", "名"), ("420", "人次"), ("386", "人次"), ("7", "人次"), ("1", "例"),
                     ("24", "名"), ("504", "人次"), ("471", "人次"), ("4", "人次")]


def test_a_growth_record_s_columns_named_by_the_day_of_the_reading_are_a_header():
    # made up: a nursery contact book's table aligned by full-width spaces, its columns the days measured, its
    # figures in full-width digits; the minutes of a nap are a duration, no record
    text = ("二、成长记录（每月测量一次）\n项　　目　　　　　　入托时（3月2日）　　本周（3月13日）\n"
            "身高（厘米）　　　　　８９.５　　　　　　　　９０.１\n体重（公斤）　　　　　１２.４　　　　　　　　１２.６\n"
            "午睡时长（分钟）　　　４０　　　　　　　　　　９５\n")
    found = [(r.text, r.unit, r.indicator) for r in extract(text, doc_year=2031)]
    assert found == [("８９.５", "厘米", "身高"), ("９０.１", "厘米", "身高"), ("１２.４", "公斤", "体重"), ("１２.６", "公斤", "体重")]


def test_a_takeover_inspection_s_conclusion_column_holds_words():
    # made up: a record one cell a line whose `查验结果` holds the check's verdict (`合格`), its empty remark an
    # empty line; the quantities under `数量` take their row's unit
    text = ("二、查验明细\n序号\n查验项目\n单位\n数量\n查验结果\n备注\n"
            "1\n屋面防水\n栋\n14\n合格\n\n2\n单元门禁\n套\n42\n39套合格，3套待修\n2号楼1单元\n"
            "3\n楼道感应灯\n盏\n168\n合格\n\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("14", "栋"), ("42", "套"), ("168", "盏")]


def test_a_row_labelled_by_a_month_of_a_year_holds_for_that_year():
    # made up: a heating season's statement, its rows the months read, across a year's turn
    text = ("一、分月用电明细\n抄表月份\t峰段电量（千瓦时）\t电费（元）\n2030年11月\t286\t345.76\n"
            "2030年12月\t342\t497.09\n2031年01月\t356\t533.76\n")
    found = {r.text: r.year for r in extract(text, doc_year=2031)}
    assert found == {"286": 2030, "345.76": 2030, "342": 2030, "497.09": 2030, "356": 2031, "533.76": 2031}


def test_a_schedule_s_rows_are_dated_by_their_day_and_its_total_by_the_last():
    # made up: a subsidised loan's repayment schedule; instalments fall in three years, the row numbers count nothing
    text = ("金额单位：元\n期次\t应还日期\t应还本金\t应还利息\n1\t2030-09-21\t0.00\t812.50\n"
            "2\t2031-03-21\t20000.00\t845.10\n3\t2032年3月21日\t20000.00\t430.20\n合计\t\t40000.00\t2087.80\n")
    found = [(r.text, r.year) for r in extract(text, doc_year=2030)]
    assert found == [("0.00", 2030), ("812.50", 2030), ("20000.00", 2031), ("845.10", 2031), ("20000.00", 2032),
                     ("430.20", 2032), ("40000.00", 2032), ("2087.80", 2032)]


def test_a_deadline_column_dates_no_row():
    # made up: a 2031 plan whose one project is due in the spring after; its figures are still the plan's
    text = "序号\t项目名称\t目标任务（个）\t截止日期\n1\t新建社区托育点\t3\t2032-03-31\n2\t新建老年助餐点\t5\t2031-12-31\n"
    assert {r.text: r.year for r in extract(text, doc_year=2031)} == {"3": 2031, "5": 2031}


def test_a_quantity_column_takes_its_row_label_s_unit_and_the_money_beside_it_the_row_s_topic():
    # made up: a renovation's table; `数量` counts in the unit the row's label brackets, and the money column,
    # named only as money, is the money of the row's work
    text = ("改造内容如下：\n\n｜ 改造内容 ｜ 数量 ｜ 投资（万元） ｜\n｜ 外墙保温（平方米） ｜ 24000 ｜ 696 ｜\n"
            "｜ 屋面防水（平方米） ｜ 5200 ｜ 130 ｜\n｜ 合计 ｜ / ｜ 1227 ｜\n")
    found = [(r.text, r.unit, r.category) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("24000", "平方米", "常有安居"), ("696", "元", "常有安居"), ("5200", "平方米", "常有安居"),
                     ("130", "元", "常有安居"), ("1227", "元", "其他")]


def test_a_register_s_codes_of_two_letter_parts_and_a_year_number_its_rows():
    # made up: a confirmation sheet one cell a line whose rows open with `GT-JT-2031-031`-like codes
    text = ("一、个人核算确认单\n编号\n姓名\n连续工龄（年）\n月平均工资（元）\n经济补偿金（元）\n本人确认\n"
            "GT-JT-2031-031\n刘某\n23\n2136\n49128\n同意\n"
            "GT-JT-2031-047\n张某\n19\n2280\n43320\n同意\n")
    found = {r.text: (r.unit, r.category) for r in extract(text, doc_year=2031) if r.extractor == "table"}
    assert found == {"2136": ("元", "就业创业"), "49128": ("元", "就业创业"),
                     "2280": ("元", "就业创业"), "43320": ("元", "就业创业")}


def test_a_quota_table_by_work_unit_takes_the_unit_line_under_it():
    # made up: a trade union's quota table; `单位` heads the bodies the quotas go to (a work unit, not a
    # measure), and the table's unit stands on the line right under it, as a footnote
    text = ("三、名额分配\n单　位　　　　　　　　一线职工　　困难职工　　合　计\n"
            "七道泉子镇工会　　　　　120　　　　　12　　　　132\n区卫健系统工会　　　　　160　　　　　 6　　　　166\n"
            "（单位：名）\n\n四、对象和要求\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("120", "名"), ("12", "名"), ("132", "名"), ("160", "名"), ("6", "名"), ("166", "名")]
    # a unit column of measures still gives each row its unit
    measured = "项目　　　单位　　　目标\n新增托位　　个　　　　120\n助餐　　　　万人次　　6\n"
    assert [(r.text, r.unit, r.value) for r in extract(measured, doc_year=2031)] == [("120", "个", 120), ("6", "人次", 60000)]


@pytest.mark.parametrize("footer", ["某县教育体育局制表　　　第 1 页 共 2 页", "— 1 —", "第1页"])
def test_a_cell_per_line_table_goes_on_past_a_printed_page_s_footer(footer):
    # made up: a test-result sheet one cell a line, printed over two pages; the first page's footer falls between rows
    header = ["园所", "在园幼儿（人）", "参测（人）", "达标率（%）"]
    rows = [["第一幼儿园", "486", "486", "96.9"], ["第二幼儿园", "392", "390", "94.4"], ["新屏幼儿园", "275", "272", "96.7"]]
    cells = [*header, *rows[0], *rows[1], footer, *rows[2]]
    text = "学前学会普通话测评结果\n\n" + "\n".join(cells) + "\n\n填表说明：达标率按参测人数计。\n"
    found = [r.text for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == ["486", "486", "96.9", "392", "390", "94.4", "275", "272", "96.7"]


def test_units_paired_with_their_columns_in_brackets_after_a_heading():
    # made up: a canteen's register; its heading declares each column's unit as `word：unit`, no 单位
    text = ("一、长者食堂就餐登记（就餐：人次；送餐：户）\n\n日期　　｜餐次｜就餐｜送餐｜留样人\n"
            "11月4日 ｜午餐｜43｜11｜陈某\n11月5日 ｜午餐｜46｜11｜陈某\n")
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("43", "人次"), ("11", "户"), ("46", "人次"), ("11", "户")]


def test_a_bare_result_counts_in_the_unit_of_the_plan_column_before_it():
    # `长度单位：米` names the length column; what is done of it (`已完成`) is in metres too, and a
    # rate column's % and a column the note sets aside (`台阶（级）`, no unit a record takes) lend none
    text = ("某镇步道二期建设进度通报（第3期）\n\n各段情况见下表（长度单位：米；“台阶”栏为级数，只作参考）：\n\n"
            "分段名称　　　　设计长度　　已完成　　完成比例　　台阶（级）\n"
            "东坡段　　　　　　720　　　　540　　　　75%　　　　1260\n"
            "西坡段　　　　　　600　　　　600　　　 100%　　　　 980\n")
    found = [(r.value, r.unit) for r in extract(text)]
    assert found == [(720, "米"), (540, "米"), (75, "%"), (600, "米"), (600, "米"), (100, "%")]


@pytest.mark.parametrize("header,role", [
    ("查看点位", None), ("抽查站点", None), ("覆盖乡镇（个）", None),     # how many places were seen, checked, reached
    ("点位", "region"), ("点位名称", "region"), ("所在乡镇", "region"),   # …not their names
])
def test_a_place_word_after_a_verb_of_visiting_counts_the_places(header, role):
    assert column_role(header) == role


def test_a_table_s_own_title_with_its_unit_keeps_the_paragraph_above_from_titling_it():
    # `附：…工作量（单位：处）` titles the table itself: the sentence above it is prose, and its `上年` dates nothing below
    text = ("某县2027年度民生实事督查简报\n\n三、督查发现\n\u3000\u3000M12 群众评价：发放满意度问卷800份，收回781份，"
            "满意率96.3%，比上年提高1.1个百分点。\n\n\u3000\u3000附：各督查小组工作量（单位：处）\n"
            "\u3000\u3000小组\u3000\u3000\u3000\u3000查看点位\u3000\u3000发现问题\n"
            "\u3000\u3000第一组\u3000\u3000\u3000\u300052\u3000\u3000\u3000\u3000\u3000\u30004\n"
            "\u3000\u3000第二组\u3000\u3000\u3000\u300046\u3000\u3000\u3000\u3000\u3000\u30006\n\n四、结语\n\u3000\u3000全年完成投资3.42亿元。\n")
    found = {(r.text, r.unit, r.year) for r in extract(text)}
    assert {("52", "处", 2027), ("4", "处", 2027), ("3.42亿元", "元", 2027), ("800份", "份", 2027)} <= found


def test_a_correction_table_s_withdrawn_column_gives_no_records():
    # made up: a yearbook's proof-reading sheet; the draft's figures are taken back, the corrected ones stand
    text = ("一、审校意见\n｜序号｜位置｜原稿｜审校改为｜依据｜\n"
            "｜1｜第1段第3行｜完成投资3.85亿元｜完成投资3.58亿元｜县财政局决算数｜\n"
            "｜2｜第2段第1行｜新增托位264个｜新增托位252个｜县卫健局备案数｜\n")
    assert [r.text for r in extract(text, doc_year=2045)] == ["3.58亿元", "252个"]


def test_a_promise_and_what_was_done_in_plain_words_pair_as_target_and_result():
    # made up: pupils' check table; the bare results take the unit and indicator of the promise in their row,
    # nothing done (`0`) too
    text = ("小记者对账表\n｜ 镇长去年说的 ｜ 今年做到的 ｜ 对上了吗 ｜\n｜ 托位80个 ｜ 86 ｜ ✓ ｜\n"
            "｜ 助餐3万人次 ｜ 3.4万 ｜ ✓ ｜\n｜ 护理型床位40张 ｜ 0 ｜ 明年3月 ｜\n")
    found = [(r.text, r.value, r.unit, r.indicator) for r in extract(text, doc_year=2045) if r.extractor == "table"]
    assert found == [("86", 86, "个", "托位"), ("3.4万", 34000, "人次", "助餐"), ("0", 0, "张", "护理型床位")]


def test_a_money_unit_declared_before_another_across_a_wide_gap_still_declares():
    # made up: a clinic's drug stock report; its form head declares the money unit, then says the counts' unit
    # stands in a column: the price column is money per the row's unit
    text = ("村卫生室药品进销存月报表\n金额单位：元　　　数量单位：见“单位”栏\n\n"
            "序号\t药品名称\t单位\t本月购进\t零售价\t销售金额\n1\t某某缓释片\t盒\t60\t9.60\t691.20\n")
    found = [(r.text, r.unit, r.per) for r in extract(text, doc_year=2045)]
    assert found == [("60", "盒", None), ("9.60", "元", "盒"), ("691.20", "元", None)]


@pytest.mark.parametrize("note", ["“计划数”的单位见各行括号", "数量单位见各行"])
def test_a_money_unit_declared_before_a_note_on_where_other_units_stand_still_declares(note):
    # made up: a plan set out as a form to fill in; the caption's money unit, then where the counts' units are
    text = (f"某镇2031年为民办实事项目表\n\n项目表（金额单位：万元；{note}）\n"
            "序号｜项目｜计划数｜投资\n01｜社区幸福食堂（个）｜6｜180\n02｜普惠托位（个）｜80｜96\n")
    found = [(r.text, r.value, r.unit) for r in extract(text, doc_year=2031)]
    assert found == [("6", 6, "个"), ("180", 1_800_000, "元"), ("80", 80, "个"), ("96", 960_000, "元")]


def test_units_declared_for_money_and_one_other_kind_go_to_the_columns_by_what_they_name():
    # made up: a unit line declaring a unit for the areas and one for the money, over columns it names only in part
    text = ("附件：各村保险投保任务分解表\n\n（面积单位：亩　金额单位：万元）\n"
            "村\t种植面积\t计划投保\t其中脱贫户\t保费总额\t县级财政承担\t农户实付\t投保期限（年）\n"
            "东村\t2160\t1600\t120\t9.60\t2.06\t1.20\t3\n")
    found = [(r.text, r.value, r.unit) for r in extract(text, doc_year=2031)]
    assert found[:6] == [("2160", 2160, "亩"), ("1600", 1600, "亩"), ("120", 120, "亩"), ("9.60", 96_000, "元"),
                         ("2.06", 20_600, "元"), ("1.20", 12_000, "元")]
    # people and money: the people's columns are no money, whatever the money unit is declared last
    roll = ("各户认领事项\n（人数单位：人；金额单位：元）\n户主\t家庭人口\t务工人数\t自筹资金\n张**\t6\t2\t500\n")
    assert [(r.text, r.unit) for r in extract(roll, doc_year=2031)] == [("6", "人"), ("2", "人"), ("500", "元")]


def test_points_columns_the_legend_glosses_as_plan_and_result_hold_the_figures():
    # made up: a year-end check laid out as an exam's score page, its legend glossing the columns
    text = ("某乡2031年民生实事年终成绩查询\n\n说明：“满分”即年初确定的计划数，“得分”即年终验收的完成数。\n\n"
            "科目\t单位\t满分\t得分\n就业·公益性岗位\t个\t45\t48\n养老·助餐点\t个\t3\t3\n")
    found = [(r.text, r.unit, r.stance, r.category) for r in extract(text, doc_year=2031)]
    assert found == [("45", "个", "target", "就业创业"), ("48", "个", "achieved", "就业创业"),
                     ("3", "个", "target", "常有颐养"), ("3", "个", "achieved", "常有颐养")]
    # without a legend, points are points: an assessment's scores are no figures of the work
    scores = "某区2031年考核结果\n\n科目\t满分\t得分\n民生实事\t20\t18.5\n"
    assert [r.text for r in extract(scores, doc_year=2031)] == []


def test_units_listed_over_a_table_with_a_unit_column_are_the_rows_and_only_the_money_is_a_column_s():
    # made up: a class's notes copying a slide's table; the list closes with a gloss in brackets
    text = ("某镇2031年民生实事\n\n分项\n单位：个、公里、人、万元（金额单位）\n项目　　　　数量　　单位　　投资\n"
            "屯级道路　　16.5　　公里　　1480\n村级卫生室　4　　　个　　　160\n")
    found = [(r.text, r.value, r.unit) for r in extract(text, doc_year=2031)]
    assert found == [("16.5", 16.5, "公里"), ("1480", 14_800_000, "元"), ("4", 4, "个"), ("160", 1_600_000, "元")]


def test_a_wage_column_takes_the_listed_money_unit():
    # made up: a domestic workers' roster summary under `单位：人、元`, a column of employers beside
    text = ("本期推荐人员汇总（单位：人、元）\n工种　　　　　人数　　期望月薪（中位数）　　已对接雇主\n"
            "母婴护理　　　　３　　　　　　６８００　　　　　２\n养老护理　　　　２　　　　　　４５００　　　　　１\n")
    found = {(r.value, r.unit) for r in extract(text, doc_year=2045)}
    assert {(3, "人"), (6800, "元"), (2, "人"), (4500, "元")} <= found


def test_money_left_over_in_a_unit_list_goes_to_no_column_that_names_no_money():
    # made up: a jobs office's transfer table under `单位：人，元/月`; the wage columns are money, the column of
    # chartered buses takes none of the listed units
    text = ("二、输送对接（单位：人，元/月）\n批次\t去向\t输送人数\t岗位月薪下限\t包车\n"
            "第1批\t某市\t38\t6500\t1\n第2批\t某县\t31\t4200\t1\n")
    assert not [r for r in extract(text, doc_year=2045) if r.text == "1"]


def test_money_left_over_in_a_unit_list_goes_to_a_part_of_the_column_before():
    # made up: e-commerce stations by town under `单位：个、万元`; the part column (`其中农产品上行`) is money
    text = ("二、分乡镇情况（单位：个、万元）\n乡镇 | 服务站数 | 本月网络零售额 | 其中农产品上行\n"
            "甲镇 | 38 | 412 | 236\n乙镇 | 31 | 298 | 215\n")
    found = {r.text: (r.value, r.unit) for r in extract(text, doc_year=2045)}
    assert (found["38"], found["236"]) == ((38, "个"), (2_360_000, "元"))


def test_a_road_list_s_ends_are_places_not_the_row_s_topic():
    # made up: a naming notice's road list; the roads end at a clinic and a school, which name no work of the row
    text = ("附表　命名道路一览（长度、宽度单位：米）\n序号\t标准名称\t所在镇\t起点\t止点\t长度\t宽度\n"
            "1\t甲河滨河路\t甲镇\t甲河大桥\t镇中心卫生院\t1860\t18\n2\t乙镇兴业巷\t乙镇\t兴业路\t乙镇中学\t420\t9\n")
    assert {r.category for r in extract(text, doc_year=2045)} == {"交通畅行"}


@pytest.mark.parametrize("header,unit", [("次数", "次"), ("册数", "册"), ("参保人数", "人"), ("服务人次数", "人次")])
def test_a_count_header_named_by_its_measure_word_gives_that_unit(header, unit):
    # made up: a carbon-credit statement's behaviour counts, a delivery list's copies
    text = f"行为明细\n行为类型\t{header}\t积分\n公交出行\t22\t110\n共享单车骑行\t14\t70\n"
    assert [(r.text, r.unit) for r in extract(text, doc_year=2045)] == [("22", unit), ("14", unit)]


def test_a_rise_s_percentage_with_its_plus_sign_is_a_cell_figure():
    # made up: a paper's year-end "stock ticker" of the projects: what was promised, reached, and the rise
    text = ("代码　　项目（单位）　　　　　　开盘　　　收盘　　　涨幅\n"
            "MS01　　城镇新增就业（人）　　　2200　　　2468　　　+12.18%\n"
            "MS02　　幼儿园学位（个）　　　　180　　　 180　　　 0.00%\n")
    found = [(r.text, r.value) for r in extract(text, doc_year=2045) if r.unit == "%"]
    assert found == [("+12.18%", 12.18), ("0.00%", 0)]


def test_a_distance_from_the_start_is_a_figure_not_a_route_s_end():
    # made up: a rural bus line's stops; `距起点（公里）` measures, `起点` alone would name a place
    text = "站序\t站名\t距起点（公里）\n1\t甲村站\t0\n2\t乙村站\t2.3\n3\t丙镇站\t4.1\n"
    assert [(r.text, r.unit) for r in extract(text, doc_year=2045)] == [("0", "公里"), ("2.3", "公里"), ("4.1", "公里")]


def test_a_total_row_s_count_of_places_in_the_places_column_is_a_figure():
    # made up: public bathhouses by village; the total row counts the villages where the column names them
    text = ("| 浴室 | 所在村 | 淋浴位（个） |\n| 1号 | 甲镇乙村 | 12 |\n| 2号 | 丙镇丁村 | 10 |\n"
            "| 合计 | 2个村 | 22 |\n")
    assert "2个" in {r.text for r in extract(text, doc_year=2045)}


def test_a_row_s_unit_with_a_note_in_brackets_is_that_unit():
    # made up: an order slip's rows, `座（围屋）` the unit with what it counts
    text = "品名\t份数\t单位\n围屋消防栓配置\t40\t座（围屋）\n燃气报警器安装\t1500\t户\n"
    assert [(r.text, r.unit) for r in extract(text, doc_year=2045)] == [("40", "座"), ("1500", "户")]


def test_a_grid_s_squares_tell_the_rows_of_a_table_one_cell_a_line():
    # made up: a voting wall's count, its squares coded by letter and number under a first column no word list knows
    text = "二、清点结果（单位：枚）\n格子\n候选项目\n红点\n黄点\nA3\n某村加装电梯\n1050\n41\nA7\n社区食堂增开晚餐\n986\n23\n\n说明。\n"
    [table] = find_tables(text, lines_of(text)).values()
    assert [text[s:e] for s, e in table.header] == ["格子", "候选项目", "红点", "黄点"]
    assert [texts(text, row) for row in table.rows] == [["A3", "某村加装电梯", "1050", "41"], ["A7", "社区食堂增开晚餐", "986", "23"]]
    # a run of plain lines over plain lines is no table
    prose = text.replace("A3", "甲").replace("A7", "乙")
    assert find_tables(prose, lines_of(prose)) == {}


def test_two_letter_spaced_names_side_by_side_head_two_columns():
    # made up: a pay slip's `项　　目　　　　数　　量`, the characters of each name two spaces apart, the names eight
    text = "项　　目　　　　　　　　数　　量\n割胶株数（株）　　　　　1850\n干胶产量（公斤）　　　　612.4\n计件工资（元）　　　　　4164.32\n"
    [table] = find_tables(text, lines_of(text)).values()
    assert [text[s:e] for s, e in table.header] == ["项　　目", "数　　量"]
    assert [texts(text, row) for row in table.rows][2] == ["计件工资（元）", "4164.32"]


def test_rows_each_slip_repeats_alike_are_rows_not_a_running_header():
    # made up: three pay slips; the rows of a fixed allowance read the same on each, the wage rows differ
    slip = "姓名：{name}\n项目　　　　　　数量\n计件工资（元）　　　{wage}\n高温补贴（元）　　　150.00\n\n"
    text = "".join(slip.format(name=n, wage=w) for n, w in (("甲", "4164.32"), ("乙", "3726.40"), ("丙", "4770.20")))
    found = [r.text for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == ["4164.32", "150.00", "3726.40", "150.00", "4770.20", "150.00"]


def test_a_price_list_by_age_band_under_a_title_with_its_unit():
    # made up: a canteen's set meals priced by the diner's age; no column word is known, the title above gives the unit
    text = "套餐价目（元）\n套餐\t普通居民\t60岁以上\t80岁以上\n一荤两素\t15\t13\t10\n两荤两素\t19\t17\t14\n"
    found = [(r.text, r.unit) for r in extract(text, doc_year=2031) if r.extractor == "table"]
    assert found == [("15", "元"), ("13", "元"), ("10", "元"), ("19", "元"), ("17", "元"), ("14", "元")]


def test_a_cell_per_line_header_with_unknown_names_first_and_last():
    # made up: a town's register of retaining walls; `片区` and `备注` are names no word list knows
    text = ("金额单位：万元\n片区\n挡墙数量（处）\n总长度（米）\n整治投资\n备注\n老街片区\n14\n1120\n96.4\n/\n"
            "罗家坝片区\n9\n736\n41.2\n新增监测点2个\n")
    [table] = find_tables(text, lines_of(text)).values()
    assert [text[s:e] for s, e in table.header] == ["片区", "挡墙数量（处）", "总长度（米）", "整治投资", "备注"]
    assert [texts(text, row) for row in table.rows][1] == ["罗家坝片区", "9", "736", "41.2", "新增监测点2个"]


def test_a_record_book_s_copied_table_of_what_was_set_and_what_was_done():
    # made up: a village's speak-up record book copies the township's table; the last column is what people said
    text = ("某村“村民说事点”说事记录本\n\n对账表（记录人照乡里给的表抄）\n事项\t年初定的\t年底办的\t说事群众的话\n"
            "劳务输出（人）\t2800\t3126\t多数人去了福建\n户厕（座）\t260\t231\t\n")
    found = [(r.text, r.unit, r.stance) for r in extract(text, doc_year=2031)]
    assert found == [("2800", "人", "target"), ("3126", "人", "achieved"), ("260", "座", "target"), ("231", "座", "achieved")]


def test_a_row_whose_closing_bar_leaves_its_remark_empty_still_tells_the_header():
    """`码头｜船班｜渡客｜备注` over rows whose remark a closing bar leaves empty (`北码头｜12｜340｜`): the
    row has the header's cells, the last one empty, and tells it as the full rows do."""
    text = ("码头｜船班｜渡客｜备注\n"
            "北码头｜12｜340｜\n"
            "南码头｜8｜215｜雾天停航一日\n"
            "西码头｜5｜96｜\n")
    assert find_tables(text, lines_of(text))


def test_a_column_the_legend_glosses_takes_the_role_its_gloss_names():
    """`“交卷”栏记年终实际完成数……“得分”栏记完成率（%）`: the glossed columns hold results and rates; the
    column before the results, which no word names (`题面`), is the plan they answer, and the words
    before it name what each row counts; a result takes its unit from its plan's cell, read or not
    as prose (`新建8处`, `300人次`)."""
    text = ("桥东街道2026年为民办实事年终答卷\n"
            "说明：“题面”为年初下达的题目，“交卷”栏记年终实际完成数，“得分”栏记完成率（%）。\n\n"
            "卷号｜考题｜题面｜交卷｜得分\n"
            "甲｜街心游园｜新建8处｜9｜112.5\n"
            "乙｜护理培训｜300人次｜270｜90.0｜\n")
    found = {(r.text, r.value, r.unit, r.indicator, r.stance) for r in records_of(text, 2026) if r.start > 40}
    assert found == {("8处", 8, "处", "街心游园", "target"), ("9", 9, "处", "街心游园", "achieved"),
                     ("112.5", 112.5, "%", "完成率", "achieved"),
                     ("300人次", 300, "人次", "护理培训", "target"), ("270", 270, "人次", "护理培训", "achieved"),
                     ("90.0", 90.0, "%", "完成率", "achieved")}


def test_a_count_column_before_the_results_is_no_plan():
    """`坊点 | 在册人数 | 本月完成件数`: the column before the results names what it counts (人数), so it
    is a count of its own, not the plan the results answer."""
    text = ("（单位：件）\n"
            "｜ 坊点 ｜ 在册人数 ｜ 本月完成件数 ｜\n"
            "｜ 东坊 ｜ 40 ｜ 380 ｜\n"
            "｜ 西坊 ｜ 22 ｜ 200 ｜\n")
    rows = [row for row in table_rows(text, only_table(text), None) if isinstance(row, DataRow)]
    assert all(f.cell.role != "content" for row in rows for f in row.row.figure_cells)
    assert {f.cell.header for f in rows[0].row.figure_cells} >= {"在册人数"}


def test_a_gloss_naming_money_or_a_plan_to_be_done_gives_its_column_that_role():
    """`“路段任务”即当年要完成的数，“车费”栏为该段计划投资`: the tasks column holds the year's planned figures
    (what is to be done is a plan, not a result), the fares column the planned money."""
    text = ("环城“民生快线”2031年运行图\n"
            "说明：“路段任务”即当年要完成的数，“车费”栏为该段计划投资。\n"
            "车费单位：万元\n"
            "段号　站名　　　　计划到站　　路段任务　　　　　　　　车费\n"
            "01　　东湖托育站　6月30日　　新建托育点2个　　　　　　150\n"
            "02　　安全饮水　　9月20日　　改造供水管网6公里　　　　320\n")
    found = {(r.text, r.value, r.unit, r.stance) for r in records_of(text, 2031) if r.start > 50}
    assert {("2个", 2, "个", "target"), ("6公里", 6, "公里", "target")} <= found
    assert {(text, value, unit) for text, value, unit, _ in found if unit == "元"} == {("150", 1_500_000, "元"),
                                                                                     ("320", 3_200_000, "元")}
    # the money column holds the investment, which a money unit line scales (万元: 10,000 元)
    rows = [row for row in table_rows(text, only_table(text), 10_000.0) if isinstance(row, DataRow)]
    assert [(f.cell.header, f.cell.role, f.value) for f in rows[0].row.figure_cells] == [("车费", "investment", 1_500_000)]


def test_one_character_columns_the_legend_glosses_are_a_header():
    """`名目｜种｜打｜欠｜备注`, whose one-character column names only the legend says the meaning of (`“种”是年初
    定下的计划数，“打”是年底实际完成数，“欠”是转到下一年的数`): a header, its rows read as a table's."""
    text = ("某村2030年实事场院账\n"
            "“种”是年初定下的计划数，“打”是年底实际完成数，“欠”是转到下一年的数。\n\n"
            "名目｜种｜打｜欠｜备注\n"
            "老年饭桌（个）｜3｜3｜/｜\n"
            "通村路（公里）｜12.5｜10.0｜2.5｜冬季停工\n"
            "户厕（座）｜80｜86｜/｜\n")
    assert find_tables(text, lines_of(text))
    found = {(r.text, r.unit, r.indicator, r.stance) for r in records_of(text, 2030) if r.start > 60}
    assert {("3", "个", "老年饭桌", "target"), ("12.5", "公里", "通村路", "target"),
            ("86", "座", "户厕", "achieved")} <= found


def test_a_note_glossing_a_quoted_column_s_unit_gives_that_column_its_unit():
    """A plan laid out as a bill of materials: its note says `“金额”单位为万元` far above the table, whose `层级`
    column (0 the whole, 1 a project, 2 a part) is where each row stands in the tree, no count."""
    text = ("某镇2031年民生实事物料清单\n"
            "【编制说明】“用量”为全年计划数，计量单位见“单位”列；“金额”单位为万元，“/”为不单列。\n\n"
            "版本：V1.2\n\n"
            "层级|物料编码|物料名称|用量|单位|金额|备注\n"
            "1|MS-2031-01|托育服务|/|/|180|\n"
            "2|MS-2031-01A|托育点新增普惠托位|90|个|180|\n"
            "2|MS-2031-01B|老年助餐点|5|个|75|\n")
    found = [(r.text, r.value, r.unit) for r in records_of(text, 2031) if r.start > 80]
    assert found == [("180", 1_800_000, "元"), ("90", 90, "个"), ("180", 1_800_000, "元"), ("5", 5, "个"),
                     ("75", 750_000, "元")]


def test_the_columns_no_declared_word_names_take_the_money_where_the_other_word_is_a_whole_column():
    """`（单位：里程为公里，价格为元）` over `线路 | 里程 | 单程 | 往返`: 里程 is one column's whole name, and the fares
    the line calls 价格 are the columns none names; an area declared beside money (`面积单位：亩　金额单位：万元`) still
    covers the columns of areas none names."""
    from pipeline.tables import with_column_units
    assert with_column_units(["线路", "里程", "单程", "往返"], {"里程": "公里", "价格": "元"})[0] == [
        "线路", "里程（公里）", "单程（元）", "往返（元）"]
    assert with_column_units(["村", "开割面积", "计划投保", "保费总额"], {"面积": "亩", "金额": "万元"})[0] == [
        "村", "开割面积（亩）", "计划投保（亩）", "保费总额（万元）"]


def test_a_column_name_with_a_short_run_of_capitals_is_a_plain_name():
    """`SOS呼叫` in a cell-per-line header (an app's export of a smart-bracelet scheme by village): a column's name,
    as `C级` is, so the table is found."""
    text = ("【分村数据】（单位：人）\n村（社区）\n佩戴人数\nSOS呼叫\n上门核查\n"
            "沙扒社区\n96\n7\n9\n渡头村\n88\n6\n8\n")
    table = only_table(text)
    assert [text[s:e] for s, e in table.header] == ["村（社区）", "佩戴人数", "SOS呼叫", "上门核查"]


def test_a_projects_column_merged_down_over_named_items_groups_them():
    """`保养项目 | 保养内容 | 数量` (a plan laid out as a car's service book): the projects column's cell stands over rows it
    leaves empty, and the column beside it names every row; each figure counts its row's item, not the group."""
    text = ("某镇2031年民生实事保养手册\n（“投资”列单位：万元）\n"
            "| 保养项目 | 保养内容 | 数量 | 投资 |\n"
            "| 常规保养（老有所养） | 新建村级互助养老点 | 6个 | 180 |\n"
            "| | 老年助餐服务 | 3.6万人次 | 54 |\n"
            "| 更换轮胎（行有所畅） | 农村公路硬化 | 23公里 | 1150 |\n")
    found = {r.text: r.indicator for r in records_of(text, 2031) if r.unit != "元"}
    assert found == {"6个": "村级互助养老点", "3.6万人次": "老年助餐服务", "23公里": "农村公路硬化"}


@pytest.mark.parametrize("header", ["其中镇级配套", "其中：镇级配套"])
def test_a_part_column_names_the_part_without_the_word_that_makes_it_one(header):
    text = (f"某镇2031年民生实事投资表\n（单位：万元）\n\n| 序号 | 项目 | 计划投资 | {header} |\n"
            "| 1 | 托育点 | 85 | 10 |\n| 2 | 学校 | 1260 | 30 |\n")
    found = by_text(records_of(text, 2031))
    assert (found["10"].indicator, found["10"].value, found["10"].unit) == ("镇级配套", 100000, "元")
    assert found["85"].indicator == "计划投资"


def test_a_column_of_the_work_done_in_words_names_what_a_bare_measure_column_counts():
    # an expense claim's items: `数量` counts each row's service
    text = ("某镇2031年12月费用报销单\n（金额单位：元）\n\n| 序号 | 服务内容 | 数量 | 单价 | 金额 |\n"
            "| 1 | 上门助浴 | 120人次 | 40 | 4800 |\n| 2 | 上门理发 | 80人次 | 15 | 1200 |\n")
    found = by_text(records_of(text, 2031))
    assert (found["120人次"].indicator, found["80人次"].indicator) == ("上门助浴", "上门理发")


def test_a_check_list_reads_what_the_check_found_beside_each_promise():
    # a receipt deed's check list of last year's lots: the promise in words, what the check found, the rate
    text = ("某镇2031年民生实事验收\n\n二、验收清单（镇党政办2032年1月6日整理）\n\n"
            "批次 | 阄内所开 | 验得 | 完成率 | 备注\n"
            "一 | 新建老年助餐点4个 | 4 | 100% | 各村1个\n"
            "二 | 改厕120座 | 112 | 93% | 余8座转下年\n")
    found = by_text(records_of(text, 2032))
    assert (found["112"].value, found["112"].unit, found["112"].stance, found["112"].year) == (112, "座", "achieved", 2031)


def test_a_register_s_note_glosses_its_columns_units_and_names_three_columns_no_list_knows():
    text = ("某镇革命文物保护利用登记表\n\n说明：由Word表格复制，一格一行。“面积”一栏单位为平方米，“修缮投入”一栏单位为万元；"
            "未修缮的填“/”。\n\n序号\n编号\n所在村\n标语内容\n面积\n保存状况\n修缮投入\n"
            "1\nBY-001\n东村\n“打土豪分田地”\n6.4\n较好\n2.8\n"
            "2\nBY-002\n西村\n“拥护苏维埃”\n3.2\n褪色\n/\n")
    found = by_text(records_of(text, 2031))
    assert (found["6.4"].unit, found["6.4"].value) == ("平方米", 6.4)
    assert (found["2.8"].unit, found["2.8"].value) == ("元", 28000)


def test_a_column_of_the_projects_named_by_their_brands_files_each_row_under_its_brand():
    # a money table whose `实事` column names each row by its brand alone (a division deed's lots)
    text = ("某镇2031年民生实事\n\n附　钱数（单位：万元）\n阄别　　实事　　　　　　计划投资　　其中上级资金\n"
            "甲　　　常有善育　　　　　　 60　　　　　　/\n乙　　　常有安居　　　　　　310　　　　　200\n"
            "丙　　　交通畅行　　　　　　265　　　　　180\n")
    found = {r.text: r.category for r in records_of(text, 2031)}
    assert found == {"60": "常有善育", "310": "常有安居", "200": "常有安居", "265": "交通畅行", "180": "交通畅行"}
    assert column_role("实事") == "project" and column_role("实事项目数") is None


def test_a_column_of_what_is_new_this_year_counts_the_things_of_the_column_before():
    # a waste-sorting guide's table under `单位：个、吨`: the kiosks there, those built this year, the tons a day
    text = ("某镇2031年垃圾分类指南\n\n三、收运安排\n单位：个、吨\n村（社区）　　　　投放亭　　今年新建　　日均清运量\n"
            "东村　　　　　　　　１４　　　　　８　　　　　７．２\n西村　　　　　　　　　９　　　　　６　　　　　３．１\n"
            "北村　　　　　　　　　８　　　　　５　　　　　２．４\n")
    found = {r.text: r.unit for r in records_of(text, 2031)}
    assert (found["８"], found["６"], found["７．２"], found["３．１"]) == ("个", "个", "吨", "吨")
