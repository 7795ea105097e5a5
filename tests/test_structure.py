"""Structure: headings in every form the corpus shows, figure boxes, captions, and the
tab-indented table dumps turned into rows with their context."""
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.document import clean_view
from pipeline.structure import heads_the_paper, structure
from pipeline.tables import column_role, money_scale_of

CORPUS = Path(__file__).parent.parent / "corpus"


def blocks_of(doc_id):
    return structure(clean_view((CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")).text)


def heading_categories(blocks):
    return [(b.text, b.context.category) for b in blocks if b.kind in ("heading", "title")]


def test_markdown_headings_assign_categories_and_captions_do_not():
    blocks = blocks_of("000_19b54a09d50c54de")
    assert ("### “常有善育”，完善托育供给体系", "常有善育") in heading_categories(blocks)
    captions = [b.text for b in blocks if b.kind == "caption"]
    assert "常州市钟楼区体育花苑小区完成电梯加装改造" in captions
    paragraph = next(b for b in blocks if "托育机构378家" in b.text)
    assert paragraph.context.category == "常有善育"


def test_numbered_and_plain_headings_and_the_section_year():
    blocks = blocks_of("004_a97c32f08c31be30")
    headings = heading_categories(blocks)
    assert headings[0] == ("2025年钟楼区十项民生实事项目出炉", None)
    assert ("1 “常有善育”工程", "常有善育") in headings
    assert ("9 就业促进工程", "就业创业") in headings
    assert ("环境优化工程", "环境改善") in headings
    assert ("安全提升工程", "公共安全") in headings
    # the numbered list is the 2025 plan the title announces (十项), not the 2024 recap above it
    listed = next(b for b in blocks if "新增幼儿园托班21个" in b.text)
    assert (listed.context.category, listed.context.section_year) == ("常有善育", 2025)
    result = next(b for b in blocks if "新增420个普惠托位" in b.text)
    assert (result.context.category, result.context.section_year) == ("常有善育", 2024)


def test_topic_headings_and_figure_boxes():
    blocks = blocks_of("002_4328cf5303d8d476")
    headings = dict(heading_categories(blocks))
    assert headings["民生保障：密织保障网，让幸福底色更鲜亮"] is None     # as 社会保障: each figure by its topic (held-out 43)
    assert headings["养老事业：破解养老难题，让“常有颐养”更有温度"] == "常有颐养"
    assert headings["基层治理：建设幸福家园，让群众生活更舒心"] == "常有众扶"
    assert headings["社会事务：用心延伸服务触角，让便民服务更贴心"] is None
    assert [b.text for b in blocks if b.kind == "figure"] == ["1 15.8万人", "2 11家", "3 32个", "4 2507户", "5 40个"]


def test_task_table_rows_001():
    rows = [b for b in blocks_of("001_e48e72fc4dd62ba5") if b.kind == "table_row"]
    # counted by hand in the dump: rows start at lines 12, 23, 30, 38, 45, 54, 62, 69, 80, 88, 95, 105,
    # 115, 123, 131, 141, 152, 165, 172, 185, 193, 202, 220, 227, 239, 253, 261, 269, 277, 292, 302, 309
    assert len(rows) == 32
    first = rows[0].row
    assert (first.number, first.project, first.leader, first.lead_unit) == ("1", "“常有善育”工程", "徐华勤", "市教育局")
    assert first.partner_units == ["各辖市、区", "常州经开区", "市发改委", "市资规局", "市住建局"]
    # a continuation row: empty leading cells continue the project above; empty cells are merged cells
    second = rows[1]
    assert second.row.project == "“常有善育”工程" and second.row.lead_unit == "市卫健委" and second.row.leader == "徐华勤"
    assert second.context.category == "常有善育"
    # a cell over several lines, and a leader cell padded the Word way (`李  林`)
    housing = next(b for b in rows if "现代化宜居农房建设" in b.text)
    assert housing.row.leader == "李林 狄志强"
    assert housing.row.lead_unit == "市住建局 市资规局 市农业农村局"
    # project names that name a group assign its category
    assert {b.context.category for b in rows} == {"常有善育", "常有优学", "常有健康", "常有颐养", "常有众扶", "常有安居",
                                                  "就业创业", "交通畅行", "环境改善", "公共安全"}
    # figures are looked for in the content cell only
    assert all(len(b.regions) == 1 for b in rows)


def test_task_table_rows_003_money_column_and_groups():
    blocks = blocks_of("003_86fd6de74efdd557")
    rows = [b for b in blocks if b.kind == "table_row"]
    assert len(rows) == 60
    groups = [b.text for b in blocks if b.kind == "heading"]
    assert groups[:2] == ["一、常有善育", "二、常有优学"]
    child_friendly = next(b for b in rows if b.row.number == "4")
    assert child_friendly.row.investment == pytest.approx(8_000_000)
    [figure] = child_friendly.row.figure_cells
    assert (figure.cell.text.strip(), figure.cell.header, figure.unit) == ("0.08", "当年投资", "元")
    assert figure.value == pytest.approx(8_000_000)
    # the row's project stands under its group's heading
    assert child_friendly.context == child_friendly.context.__class__("常有善育", 2022, "推进儿童友好城市建设", named=True,
                                                                       outer_heading="常有善育",
                                                                       document_setting="2022年全市民生建设重点项目（工作）清单")
    # the project name's topic (parking) does not override the group (常有安居)
    parking = next(b for b in rows if b.row.number == "45")
    assert parking.context.category == "常有安居"
    # `/` and empty money cells are no figures
    assert next(b for b in rows if b.row.number == "8").row.figure_cells == []
    assert next(b for b in rows if b.row.number == "1").row.investment is None
    # a project name wrapped over two lines reads as one
    assert next(b for b in rows if b.row.number == "3").row.project == "优化提升生育医疗保险待遇"


@pytest.mark.parametrize("header,role", [
    ("序号", "number"), ("项目名称", "project"), ("重点工作（项目）", "project"), ("主要内容及目标", "content"),
    ("主要内容", "content"), ("分管市领导", "leader"), ("牵头单位", "lead_unit"), ("配合单位", "partner_units"),
    ("当年投资", "investment"), ("资金（万元）", "investment"), ("完成时限", "deadline"), ("完成投资", "investment"),
    ("完成量", "result"), ("完成比例", "rate"), ("县（市、区）", "region"), ("项目（年度目标）", "project"),
    ("新增学位（个）", None),
    # a court's auction results: the lot, the case number, the prices
    ("拍卖标的", "project"), ("案号", "contact"), ("评估价", "investment"), ("成交价", "investment"),
    # a roster: who the row is, their post, their signature, a card's number
    ("姓名", "person"), ("本人签字", "person"), ("岗位", "attribute"), ("岗位数", None), ("卡号", "contact"),
])
def test_column_roles(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("line,scale", [
    ("单位：亿元", 1e8), ("单位:万元", 1e4), ("金额单位：元", 1.0), ("单位：个", None), ("2022年清单", None)])
def test_money_unit_lines(line, scale):
    assert money_scale_of(line) == scale


def test_money_unit_in_the_header():
    text = "2024年计划表\n\t序号\n\t项目名称\n\t主要内容\n\t资金（万元）\n\n\t1\n\t托育\n\t新增托位500个。\n\t120\n"
    rows = [b for b in structure(text) if b.kind == "table_row"]
    assert rows[0].row.investment == pytest.approx(1_200_000)
    assert rows[0].context.section_year == 2024


def test_a_label_is_not_a_title_the_table_title_is():
    blocks = blocks_of("001_e48e72fc4dd62ba5")
    assert (blocks[0].kind, blocks[0].text) == ("paragraph", "附件")
    assert (blocks[1].kind, blocks[1].text, blocks[1].context.section_year) == (
        "title", "2023年度常州市民生实事项目任务分解表", 2023)
    title = blocks_of("003_86fd6de74efdd557")[0]
    assert (title.kind, title.context.section_year) == ("title", 2022)


def test_every_figure_column_and_untitled_groups():
    text = ("2023年度投资完成情况表\n单位：亿元\n\t类别\n\t计划投资\n\t完成投资\n\t完成率\n\n"
            "\t托育服务\n\t2.1\n\t2.4\n\t114.3%\n\n\t公共安全\n\t0.8\n\t0.8\n\t100%\n")
    rows = [b for b in structure(text) if b.kind == "table_row"]
    first = rows[0].row
    assert [(f.cell.header, f.cell.flat, f.unit, f.indicator) for f in first.figure_cells] == [
        ("计划投资", "2.1", "元", "计划投资"), ("完成投资", "2.4", "元", "完成投资"), ("完成率", "114.3%", "%", "完成率")]
    assert [f.value for f in first.figure_cells] == pytest.approx([2.1e8, 2.4e8, 114.3])
    assert first.investment == pytest.approx(2.1e8)
    # no group rows: each row's label gives its topic
    assert [r.context.category for r in rows] == ["常有善育", "公共安全"]


def test_a_group_row_naming_no_category_does_not_keep_the_one_before():
    text = ("计划表\n\t序号\n\t项目名称\n\t内容\n\n\t一、就业创业\n\n\t1\n\t稳岗\n\t新增就业4万人。\n\n"
            "\t二、其他事项\n\n\t2\n\t办事\n\t新建窗口20个。\n")
    rows = [b for b in structure(text) if b.kind == "table_row"]
    assert [r.context.category for r in rows] == ["就业创业", None]


def test_under_an_unbranded_group_the_project_topic_assigns_the_category():
    text = ("计划表\n\t序号\n\t项目名称\n\t内容\n\n\t一、城乡品质提升\n\n"
            "\t1\n\t缓解停车难充电难\n\t新增公共停车泊位5000个，新建公共充电桩1500个。\n\n"
            "\t2\n\t推进老旧小区改造\n\t改造老旧小区75个。\n")
    rows = [b for b in structure(text) if b.kind == "table_row"]
    assert [r.context.category for r in rows] == ["交通畅行", "常有安居"]


def test_a_numbered_item_on_two_lines_governs_its_body_paragraph():
    text = ("一起来看看都有哪些吧\n\n01\n托育服务扩容工程\n\n新建普惠性托育机构6家，新增普惠托位800个。\n\n"
            "06\n“安心停”停车工程\n\n新建电动自行车充电端口5000个。\n\n"
            "记者了解到，去年的项目已全部完成，累计完成投资6.35亿元。\n")
    blocks = structure(text)
    headings = [(b.text, b.context.category) for b in blocks if b.kind == "heading"]
    assert headings == [("01\n托育服务扩容工程", "常有善育"), ("06\n“安心停”停车工程", "交通畅行")]
    paragraphs = [b.context.category for b in blocks if b.kind == "paragraph"]
    # the narrative after the last item is under no item
    assert paragraphs == ["常有善育", "交通畅行", None]


def test_a_number_over_a_sentence_is_no_item_heading():
    text = "01\n新建普惠性托育机构6家，新增普惠托位800个。\n\n其他内容。\n"
    assert [b.kind for b in structure(text)][:1] != ["heading"]


def categories_of(text):
    """(first words of each block, its category) for made-up text."""
    return [(b.text[:6], b.context.category) for b in structure(clean_view(text).text)]


@pytest.mark.parametrize("indent", ["", "  ", "\u3000", "\u00a0\u00a0", "\t"])
def test_an_indented_numbered_heading_closes_the_one_before_it(indent):
    text = (f"某市2024年民生实事方案\n\n{indent}一、主要任务\n"
            f"{indent}（一）优化托育服务\n  1.新增普惠性托位3000个。\n"
            f"{indent}（二）扩大教育资源\n  2.新建中小学校28所。\n"
            f"{indent}（三）促进就业创业\n  3.城镇新增就业7万人。\n")
    found = dict(categories_of(text))
    assert found["1.新增普惠"] == "常有善育"
    assert found["2.新建中小"] == "常有优学"
    assert found["3.城镇新增"] == "就业创业"


def test_a_tab_indented_heading_over_prose_is_not_a_table_cell():
    blocks = structure(clean_view("某县方案\n\n\t一、总体要求\n  坚持尽力而为，办好9件实事。\n\n\t二、主要任务\n").text)
    assert [b.kind for b in blocks] == ["title", "heading", "paragraph", "heading"]


def test_a_cell_per_line_group_row_stays_in_its_table():
    blocks = structure(clean_view("表\n\n\t一、托育服务\n\n\t1\n\t新增托位\n\t600个\n").text)
    # the table's group row (a heading block from the table, as in 003), governing the row under it
    assert [b.kind for b in blocks] == ["title", "heading", "table_row"]
    assert blocks[1].regions == [] and blocks[2].context.category == "常有善育"


@pytest.mark.parametrize("line,level", [("一、总体要求", 2), ("（一）托育服务", 3), ("(二)教育", 3), ("1.新增学位", 4),
                                        ("12、养老服务", 4), ("（1）助餐点", 5), ("①家庭医生", 5)])
def test_numbering_styles_give_levels(line, level):
    from pipeline.structure import _heading

    assert _heading(line, markdown_doc=False, standalone=False).level == level


def test_a_brand_heading_outranks_the_topic_of_an_item_heading_under_it():
    text = "某区民生实事\n\n一、“常有善育”工程\n1.新建公办幼儿园\n新增学位600个。\n二、重点任务\n1.新建公办幼儿园\n新增学位500个。\n"
    found = categories_of(text)
    assert found[2:4] == [("1.新建公办", "常有善育"), ("新增学位60", "常有善育")]
    assert found[5:] == [("1.新建公办", "常有优学"), ("新增学位50", "常有优学")]


def test_an_inline_brand_phrase_governs_its_paragraph_until_the_next_phrase():
    text = ("某区交出2024年成绩单\n\n"
            "一年来，全区民生支出31.8亿元。围绕“常有善育”，新增托位680个，新建公办幼儿园2所。"
            "在“常有健康”方面，建成医疗集团分院2家。\n\n"
            "此外，城镇新增就业1.35万人。\n")
    found = categories_of(text)
    assert found[1:] == [("一年来，全区", None), ("围绕“常有善", "常有善育"), ("在“常有健康", "常有健康"),
                         ("此外，城镇新", None)]


def test_an_inline_phrase_ends_at_the_next_indented_line():
    text = ("某区2031年工作简报\n\n"
            "\u3000\u3000围绕“常有颐养”，新建助餐点12个。新增养老床位300张。\n"
            "\u3000\u30003家社区医院通过验收，8辆救护车投入使用。\n")
    found = categories_of(text)
    assert found[1:] == [("围绕“常有颐", "常有颐养"), ("3家社区医院", None)]


def test_the_numbered_list_a_title_announces_holds_for_its_year():
    items = "".join(f"{n} 第{n}项工程\n\n新增项目{n}0个。\n\n" for n in range(1, 4))
    text = f"2025年某区三项民生实事项目出炉\n\n2024年某区民生实事圆满完成\n\n{items}“常有善育”工程\n\n新增托位420个。\n"
    years = {b.text: b.context.section_year for b in structure(clean_view(text).text)}
    assert [years[f"新增项目{n}0个。"] for n in range(1, 4)] == [2025, 2025, 2025]
    assert years["新增托位420个。"] == 2024


def test_a_list_of_another_length_is_not_the_announced_one():
    items = "".join(f"{n} 第{n}项工程\n\n新增项目{n}0个。\n\n" for n in range(1, 3))
    text = f"2025年某区三项民生实事项目出炉\n\n2024年某区民生实事圆满完成\n\n{items}"
    years = {b.text: b.context.section_year for b in structure(clean_view(text).text)}
    assert years["新增项目10个。"] == 2024


def test_a_longer_list_is_not_the_one_a_lead_recalls():
    # made up: the lead recalls last year's nine projects; the plan below has eleven headings
    items = "".join(f"{n}、第{n}项工程\n\n新增项目{n}0个。\n\n" for n in range(1, 12))
    text = f"某区2026年民生实事项目安排\n\n2026年拟实施民生实事11件。2025年确定的9件民生实事已基本完成。\n\n{items}"
    years = {b.text: b.context.section_year for b in structure(clean_view(text).text)}
    assert {years[f"新增项目{n}0个。"] for n in range(1, 12)} == {2026}


@pytest.mark.parametrize("lead, announced", [
    ("2026年经开区拟实施民生实事11件32项", (2026, 11)),        # the count after the noun
    ("2025年钟楼区十项民生实事项目出炉", (2025, 10)),
    ("2026年新增民生实事项目资金3亿元", None),
])
def test_the_count_of_an_announced_list(lead, announced):
    from extractors.times import announced_list
    assert announced_list(lead) == announced


@pytest.mark.parametrize("title, heading, expected", [
    # made up: a heading's topic word read with the title's setting
    ("某镇中心小学学生营养改善计划每周公示", "三、食堂改造和下学期安排", "常有优学"),     # the school's canteen
    ("某镇汛期避险转移安置人员花名册", "一、安置点汇总表", "公共安全"),              # a flood's shelters
    ("某区安置小区建设情况通报", "一、安置点汇总表", "常有安居"),                   # resettlement housing
])
def test_a_headings_topic_word_is_read_in_the_titles_setting(title, heading, expected):
    text = f"{title}\n\n{heading}\n\n新增餐位80个，安置136人。\n"
    block = next(b for b in structure(clean_view(text).text, title) if b.text.startswith("新增餐位"))
    assert block.context.category == expected


def test_a_numbered_item_is_never_the_title():
    text = "某市发布\n一图读懂｜2025年十件实事\n\n① 托育扩容工程\n▸ 新增托位1500个\n② 助残工程\n▸ 新建驿站6个\n"
    blocks = structure(clean_view(text).text)
    assert "title" not in [b.kind for b in blocks]
    second = next(b for b in blocks if b.text.startswith("▸ 新建驿站"))
    assert second.context.category != "常有善育"      # the first item's topic does not reach past the second


def test_a_heading_dated_relative_to_the_year_of_writing_dates_its_section():
    from pipeline.document import Document, DocMeta
    from pipeline.run import prepare

    text = ("某市政府工作报告\n\n发布日期：2031-01-20\n\n一、过去一年工作回顾\n\n新增托位900个。\n\n"
            "二、规划主要指标进展\n\n目前养老床位占比为51.2%。\n\n三、2031年工作安排\n\n新增托位1000个。\n")
    blocks = prepare(Document("x", text, meta=DocMeta())).blocks
    years = {b.text: b.context.section_year for b in blocks if b.kind == "paragraph" and "日期" not in b.text}
    assert years == {"新增托位900个。": 2030, "目前养老床位占比为51.2%。": 2030, "新增托位1000个。": 2031}


def test_a_numbered_headings_relative_year_other_than_the_period_reviewed_ends_at_its_sibling():
    from pipeline.document import Document, DocMeta
    from pipeline.run import prepare

    # made up: a notice for this year's work, whose first section looks back at last year's pilot
    text = ("某县关于做好2031年农房保险工作的通知\n\n发布日期：2031-03-02\n\n一、去年试点情况\n\n"
            "试点投保农房1200户。\n\n二、保险方案\n\n每户保险金额3万元。\n\n三、今年任务\n\n投保农房5000户。\n")
    blocks = prepare(Document("x", text, meta=DocMeta())).blocks
    years = {b.text: b.context.section_year for b in blocks if b.kind == "paragraph" and "日期" not in b.text}
    # the pilot's year is its section's alone: the scheme holds for the year the title names
    assert years == {"试点投保农房1200户。": 2030, "每户保险金额3万元。": 2031, "投保农房5000户。": 2031}


def test_an_undated_numbered_heading_after_dated_siblings_goes_back_to_the_year_before_them():
    from pipeline.document import Document, DocMeta
    from pipeline.run import prepare

    # made up: a stock list whose sections date last year's use and this year's purchases, then its rules
    text = ("某县2031年度防汛物资储备清单\n\n一、基本情况\n\n全县堤防86公里。\n\n三、上年度物资使用情况\n\n调用编织袋2万条。\n\n"
            "四、今年补充采购\n\n采购救生衣500件。\n\n五、管理责任\n\n仓库保管员3名。\n")
    blocks = prepare(Document("x", text, meta=DocMeta()), doc_year=2031).blocks
    years = {b.text: b.context.section_year for b in blocks if b.kind == "paragraph"}
    assert years["调用编织袋2万条。"] == 2030 and years["采购救生衣500件。"] == 2031
    assert years["仓库保管员3名。"] == years["全县堤防86公里。"]


def test_a_numbered_paragraph_with_a_lead_title_is_headed_by_it_alone():
    text = ("某区民生实事完成情况\n\n各部门：\n"
            "    一、文化体育。新建城市书房6处，举办群众文化活动\n80场次。\n"
            "    二、医疗卫生。为老年人免费体检2.1万人，\n完成率101%。\n\n"
            "从测评看，群众满意率为95.1%。\n")
    blocks = structure(clean_view(text).text)
    by_text = {b.text[:6]: (b.kind, b.context.category) for b in blocks}
    assert by_text["一、文化体育"] == ("heading", "文体惠民")
    assert by_text["新建城市书房"] == ("paragraph", "文体惠民")
    assert by_text["为老年人免费"] == ("paragraph", "常有健康")
    assert by_text["从测评看，群"] == ("paragraph", None)     # the item's title ends with it


def test_a_standalone_heading_with_a_subtitle_stays_one_heading():
    blocks = structure(clean_view("报告\n\n一、幼有善育：托育服务从“有”到“优”\n\n全年新增托位900个。\n").text)
    assert [(b.kind, b.context.category) for b in blocks[1:]] == [("heading", "常有善育"), ("paragraph", "常有善育")]


def test_a_numbered_line_with_a_subtitle_heads_the_lines_under_it_whole():
    # made up: a call for next year's proposals opens with last year's results; the subtitle after the
    # lead's colon holds the year the section is about, and runs straight into the section's text
    text = ("某镇2032年民生实事项目征集令\n\n"
            "　　一、先说成绩：2031年的实事办得怎样\n镇里承诺的6件实事，截至10月底已完成5件，剩下的1件年底完工。主要数字如下：\n\n"
            "　　项目　　　　　单位　　计划　　完成\n　　老年助餐点　　个　　　4　　　　4\n　　农村公路　　　公里　　9.5　　　8\n\n"
            "　　二、怎么提：写清地点和内容\n可在公示栏扫码留言。\n")
    blocks = structure(clean_view(text).text)
    headings = [b.context.heading for b in blocks if b.kind == "heading"]
    assert "先说成绩：2031年的实事办得怎样" in headings
    years = {r.text: r.year for r in extract(text)}
    assert (years["4"], years["9.5"], years["8"]) == (2031, 2031, 2031)
    # a lead closed by a full stop, or followed by a clause or a figure, still heads its own paragraph only
    run_on = structure(clean_view(text.replace("怎样\n镇里", "怎样，镇里")).text)
    assert {b.context.heading for b in run_on if b.kind == "heading" and "先说成绩" in b.context.heading} == {"先说成绩"}
    # an item's title with a subtitle heads its own paragraph only: the post's closing note is under none
    post = "某区实事五年回看\n\n5. 打了折扣的：公共停车泊位\n承诺新增3000个，只完成2150个。\n\n更新：今年清单是12件。\n"
    assert structure(clean_view(post).text)[-1].context.category is None


def test_a_numbered_item_stating_a_whole_sentence_is_no_heading():
    text = "一、“一老一小”服务（2项）\n　　1.为800户困难老年人家庭实施适老化改造。（责任单位：区民政局）\n　　2.新增普惠托位300个。（责任单位：区卫健委）\n"
    blocks = structure(clean_view(text).text)
    assert [b.kind for b in blocks[1:]] == ["paragraph"]
    assert blocks[1].context.category is None      # each item goes by its own topic


def test_keycap_emoji_number_groups_and_a_group_named_by_no_topic_takes_its_items_topic():
    text = ("某区实事成绩单\n\n"
            "1️⃣ 🏠 旧楼换新颜\n① 改造老旧小区 40个；\n② 加装电梯 60部；\n③ 新增停车泊位 900个。\n\n"
            "2️⃣ 🌈 一老一小都照顾\n① 新增托位 300个；\n② 新建老年食堂 12个。\n")
    blocks = structure(clean_view(text).text)
    headings = [(b.text, b.context.category) for b in blocks if b.kind == "heading"]
    assert headings == [("1️⃣ 🏠 旧楼换新颜", "常有安居"), ("2️⃣ 🌈 一老一小都照顾", None)]
    parking = next(b for b in blocks if "停车泊位" in b.text)
    assert parking.context.category == "常有安居"       # the group's, not its own topic (交通畅行)


def test_a_group_named_by_its_items_ends_where_the_text_speaks_of_the_whole_list():
    text = ("某区实事成绩单\n\n"
            "1️⃣ 🏠 旧楼换新颜\n① 改造老旧小区 40个；\n② 加装电梯 60部。\n\n"
            "🔔 明年还将办好 10件 民生实事。\n")
    closing = structure(clean_view(text).text)[-1]
    assert closing.context.category is None


def test_a_topic_frame_after_a_semicolon_governs_the_rest_of_the_paragraph():
    text = "报告\n\n教育方面，新建学校9所，新增学位8000个；医疗方面，为3万名妇女免费筛查，新建急救站点6个。\n"
    blocks = structure(clean_view(text).text)
    assert [(b.text[:4], b.context.category) for b in blocks[1:]] == [("教育方面", "常有优学"), ("医疗方面", "常有健康")]


def test_a_quoted_activity_after_a_semicolon_is_no_topic_phrase():
    text = "某区报告\n\n一、“常有优学”\n\n今年新建学校2所；组织“消防安全进校园”活动，900名小学生参加课程体验。\n"
    blocks = structure(clean_view(text).text)
    assert {b.context.category for b in blocks if b.kind == "paragraph"} == {"常有优学"}


def test_a_paragraph_about_the_whole_list_ends_the_last_item():
    text = ("某市2031年十件民生实事\n\n⑨ 绿色家园工程\n\n新建口袋公园20个。\n\n⑩ 安全守护工程\n\n为800户家庭安装燃气报警器。\n\n"
            "十件民生实事将实行季度通报机制。去年新增托位900个。\n")
    blocks = structure(clean_view(text).text)
    closing = next(b for b in blocks if b.text.startswith("十件"))
    assert closing.context.category is None and closing.context.heading is None


def test_a_title_assigns_a_brand_it_names_but_not_a_topic():
    feature = structure(clean_view("家门口看病更方便了\n\n社区配置AED 30台，培训居民急救技能900人次。\n").text)
    assert [(b.kind, b.context.category) for b in feature] == [("title", None), ("paragraph", None)]
    branded = structure(clean_view("“常有颐养”工程成绩单\n\n新建老年食堂30个。\n").text)
    assert [b.context.category for b in branded] == ["常有颐养", "常有颐养"]


def test_a_numbered_title_closed_by_a_full_stop_on_its_own_line_is_a_heading():
    text = "某市政府工作报告\n\n（三）提升医疗卫生服务水平。\n\n新增床位800张，为4万名妇女免费筛查。\n"
    blocks = structure(clean_view(text).text)
    assert [(b.kind, b.text, b.context.category) for b in blocks[1:]] == [
        ("heading", "（三）提升医疗卫生服务水平。", "常有健康"), ("paragraph", "新增床位800张，为4万名妇女免费筛查。", "常有健康")]


def test_one_project_named_by_a_field_governs_its_procedural_sections():
    text = ("某镇某村村务公开栏\n\n一、项目名称：某村主干道拓宽及桥梁维修工程\n"
            "二、议事情况：召开村民代表会议，应到代表20人，实到18人。\n"
            "三、资金筹集：\n1. 村民筹资3万元，其中低保户5户减免；\n2. 村集体投入2万元。\n"
            "四、工程进度：10月竣工，受益老人户40户。\n")
    blocks = structure(clean_view(text).text)
    with_figures = [b for b in blocks if any(ch.isdigit() for ch in b.text) and b.kind == "paragraph"]
    assert len(with_figures) >= 3
    # the village's meeting, its levy and the elderly households are the road project's
    assert {b.context.category for b in with_figures} == {"交通畅行"}


def test_a_part_a_project_s_name_says_it_includes_does_not_name_its_topic():
    # made up: a kindergarten's extension that includes a childcare room is the kindergarten's (education)
    text = ("图纸会审记录\n工程名称：某镇中心幼儿园扩建工程（含托育中心）　　编号：01\n\n一、工程概况\n"
            "用地面积5200平方米，新建教学楼1栋，办园规模由6个班增至12个班。\n")
    blocks = structure(clean_view(text).text)
    assert {b.context.category for b in blocks if "平方米" in b.text} == {"常有优学"}


def test_a_forms_project_row_governs_the_table_rows_that_name_no_other_topic():
    # a self-evaluation form of one project: its field is a row of two cells
    text = ("附件1\n某市2024年度民生实事专项资金绩效自评表\n"
            "填报单位（盖章）：某市城市管理局　　填报日期：2025年3月2日\n"
            "项目名称\t2024年市级民生实事“洁净家园”城区公厕提升改造项目\n"
            "主管部门\t某市城市管理局\t实施单位\t各区城管局\n"
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额\t600\t620\t580\t10\t93.5%\t9.4\n"
            "满意度指标\t服务对象满意度\t群众满意度\t≥90%\t95%\t10\t10\n"
            "产出指标\t数量指标\t配套新建老年助餐点\t2个\t2个\t5\t5\n")
    blocks = structure(clean_view(text).text)
    category = {b.text.split("\t")[0]: b.context.category for b in blocks if b.kind == "table_row"}
    assert category["年度资金总额"] == category["满意度指标"] == "常有安居"
    assert category["产出指标"] is None     # a topic of its own: the row decides


def test_several_projects_named_by_fields_each_govern_only_their_own_lines():
    text = ("某区实事公示\n\n项目名称：社区老年食堂建设\n新建老年食堂6个。\n\n项目名称：背街小巷道路改造\n"
            "改造道路12条。\n\n三、资金筹集：\n区财政投入300万元。\n")
    blocks = structure(clean_view(text).text)
    funds = next(b for b in blocks if "300万元" in b.text)
    assert funds.context.category is None
    assert next(b for b in blocks if "12条" in b.text).context.category == "交通畅行"


def test_items_under_a_stage_heading_keep_their_own_topics():
    text = ("某局答复\n\n二、今年工作进展\n（一）新建养老服务中心5个；\n（二）新增养老床位100张；\n"
            "（三）新增普惠托位500个。\n")
    blocks = structure(clean_view(text).text)
    # a stage of the work names no subject: the elderly-care majority does not take the 托位
    assert {b.context.category for b in blocks if b.kind in ("heading", "paragraph")} == {None}


def test_items_under_a_heading_of_other_matters_keep_their_own_topics():
    # made up: a meeting's minutes, its last part miscellany; most items naming culture make no culture group
    text = ("某村议事会记录\n\n五、其他事项\n1. 新修的文化广场占地860平方米；\n2. 端午龙舟赛出队员12名；\n"
            "3. 今年修产业路2.1公里；\n4. 下次议事会定于端午龙舟赛前召开。\n")
    blocks = structure(clean_view(text).text)
    assert {b.context.category for b in blocks if b.text.startswith(("五、", "1."))} == {None}


def test_a_table_of_contents_lists_headings_without_being_them():
    text = ("某市2030年民生实事工作汇报\n\n目录\n01 总体情况\n02 主要成效\n03 2031年打算 ……… 9\n——第1页——\n\n"
            "01 总体情况\n· 完成项目：10项\n\n02 主要成效｜养老\n· 新增床位：300张\n\n03 2031年打算\n· 拟安排实事：12项\n")
    blocks = structure(clean_view(text).text)
    contents = [b for b in blocks if b.kind == "contents"]
    assert len(contents) == 1 and contents[0].regions == [] and contents[0].text.endswith("9")
    by_words = {b.text: b for b in blocks}
    assert by_words["· 完成项目：10项"].context.section_year == 2030     # the title's, not the 2031 listed on page 1
    assert by_words["· 新增床位：300张"].context.section_year == 2030
    assert by_words["· 拟安排实事：12项"].context.section_year == 2031


def test_a_numbered_year_is_a_section_heading_not_a_figure_box():
    blocks = structure(clean_view("某区汇报\n\n1 15.8万人\n受益群众。\n\n4 2031年打算\n新建公园3个。\n").text)
    assert [b.kind for b in blocks if b.text[0].isdigit()] == ["figure", "heading"]
    assert blocks[-1].context.section_year == 2031


def test_a_title_naming_one_project_governs_the_sections_that_name_none():
    text = ("某镇某村道路硬化工程竣工公示\n\n一、建设内容\n硬化道路1.2公里，新建路灯30盏。\n\n"
            "二、资金来源\n村民筹资2万元，其中低保户3户减免。\n\n三、受益情况\n受益老人户52户。\n")
    blocks = structure(clean_view(text).text)
    assert {b.context.category for b in blocks if b.kind == "paragraph"} == {"交通畅行"}
    # a title joining works of two groups is a list, not one project
    joined = structure(clean_view(text.replace("道路硬化工程", "道路硬化和养老服务工程")).text)
    assert next(b for b in joined if "受益老人户" in b.text).context.category is None


def test_the_title_a_source_gives_names_the_project_where_the_text_sets_a_generic_one():
    # a letter to residents headed only by its form (`告 知 书`): the manifest's title names the project
    text = ("告 知 书\n\n尊敬的各位住户：\n本次改造范围如下。\n\n一、改造内容\n更换供水管网2.1公里。\n\n"
            "二、温馨提示\n涉及住户310户。\n")
    plain = structure(clean_view(text).text)
    assert next(b for b in plain if "住户310户" in b.text).context.category is None
    titled = structure(clean_view(text).text, "某小区老旧小区改造工程施工告知书")
    assert {b.context.category for b in titled if b.kind == "paragraph"} == {"常有安居"}


def test_a_byline_under_the_title_is_no_heading_over_the_text():
    text = ("某市2031年民生实事工作大事记\n\n（某市人民政府办公室编　2032年1月）\n\n"
            "　　1月，全市新建托育点12个。\n")
    blocks = structure(text)
    assert [b.kind for b in blocks if "编" in b.text] != ["heading"]
    body = next(b for b in blocks if "托育点" in b.text)
    assert body.context.section_year == 2031


@pytest.mark.parametrize("tag", ["（备选）", "【新增】", "(续建)"])
def test_a_bracketed_tag_before_an_item_title_keeps_the_title_a_heading(tag):
    text = (f"一、候选项目\n10.燃气安全：为2万户居民免费更换燃气软管。\n"
            f"11.{tag}城市书房：新建城市书房15家。\n")
    blocks = structure(text)
    body = next(b for b in blocks if "15家" in b.text)
    assert body.context.heading == "城市书房"
    assert body.context.category == "文体惠民"


def test_a_signature_line_above_a_table_titles_nothing():
    # the issuer and the day of signing under the table's title: the table is the title's year
    text = ("某市2030年民生实事完成情况统计表\n\n某市民生实事办公室　　　　2031年1月10日\n\n"
            "序号\t项目\t单位\t年度目标\t完成\n1\t新增公交线路\t条\t20\t18\n")
    blocks = structure(clean_view(text).text)
    row = next(b for b in blocks if b.kind == "table_row")
    assert row.context.section_year == 2030


def test_a_letterhead_and_document_number_are_not_the_title():
    # the title names a brand of one category: it assigns it to the whole paper
    text = ("某县卫生健康局文件\n\n某卫字〔2025〕8号　　　　签发人：张某\n\n"
            "关于申请“某县病有良医”项目经费的请示\n\n县人民政府：\n　　现将情况报告如下。\n"
            "一、资金情况\n　　共需资金90万元。\n")
    blocks = structure(text)
    [title] = [b for b in blocks if b.kind == "title"]
    assert title.text.startswith("关于申请")
    assert blocks[-1].context.category == "常有健康"


@pytest.mark.parametrize("line", ["某县卫生健康局文件", "某卫字〔2025〕8号", "某办发[2024]12号　签发人：李某"])
def test_paper_head_lines(line):
    assert heads_the_paper(line)
    assert not heads_the_paper("关于印发" + line + "的通知")


def test_a_feeds_item_tags_part_its_items():
    # a brand named in one item's title does not reach the next item's figures
    text = ("<item>\n“某城安居”旧改开工\n<description>今年改造小区30个。</description>\n</item>\n"
            "<item>\n中小学运动会举行\n<description>全市80所学校参加。</description>\n</item>\n")
    paragraphs = [b for b in structure(text) if "所学校" in b.text]
    assert paragraphs and all("安居" not in b.text for b in paragraphs)


def test_a_bracketed_part_of_a_report_ends_the_section_above():
    text = ("某区成绩单\n\n【住有宜居】\n老旧小区改造：完成30个\n【群众评价】\n"
            "回收问卷2000份。\n小结：12项指标全部完成。\n")
    blocks = structure(clean_view(text).text)
    assert next(b for b in blocks if "问卷" in b.text).context.category is None
    # page furniture in brackets is still no section
    furniture = structure(clean_view(text.replace("【群众评价】", "【图片】")).text)
    assert next(b for b in furniture if "问卷" in b.text).context.category == "常有安居"


def test_a_title_line_with_its_byline_below_still_names_the_one_matter():
    text = ("某县困难残疾人护理补贴办事指南\n某县残疾人联合会　发布\n\n一、办理流程\n"
            "全年办件按时办结率100%，群众满意率99%。\n")
    blocks = structure(clean_view(text).text)
    body = next(b for b in blocks if "满意率" in b.text)
    assert (body.context.category, body.context.subject) == ("常有众扶", True)


@pytest.mark.parametrize("head,topic", [
    # a notice under its issuer, above its number line
    ("某市公共交通有限公司\n关于某区部分公交线路调整的公告\n某公交〔2031〕第3号\n", "交通畅行"),
    # a letter's official title broken over two lines
    ("关于某社区某路8号院2号楼1单元\n既有住宅加装电梯事项的告知书\n", "常有安居"),
    # a bill under the utility's name, its title letter-spaced
    ("某县燃气有限公司\n燃 气 费 缴 费 通 知 单\n户号：0031\n", "公共安全"),
    # a web tool under the site's breadcrumb
    ("某区政府网站 > 便民工具 > 计算器\n2031年某区老旧住宅改造补贴计算器\n", "常有安居"),
])
def test_a_head_line_naming_one_matter_names_the_subject(head, topic):
    text = head + "\n一、有关事项\n全年共安排资金300万元，惠及居民2000户。\n"
    blocks = structure(clean_view(text).text)
    body = next(b for b in blocks if "惠及" in b.text)
    assert (body.context.category, body.context.subject) == (topic, True)


def test_a_name_the_title_quotes_is_the_subject_the_text_defines():
    text = ("【某区2031年民生实事】“某惠保·2031”上线啦！每人每年89元\n某市医保局 宣\n\n一、产品介绍\n"
            "“某惠保”是政府指导的城市定制型补充医疗保险。\n去年共赔付1.2万人次，赔付金额3000万元。\n")
    body = next(b for b in structure(clean_view(text).text) if "赔付金额" in b.text)
    assert (body.context.category, body.context.subject) == ("常有健康", True)
    undefined = text.replace("“某惠保”是", "它是")
    body = next(b for b in structure(clean_view(undefined).text) if "赔付金额" in b.text)
    assert body.context.subject is False


@pytest.mark.parametrize("page,topic", [
    # a canteen's ordering page: its title bar over a menu and an order
    ("09:41 ●●●\n< 某区长者食堂 ···\n【今日菜单】\n  土豆烧牛肉  ¥10  已售40份\n【我的订单】 订单号 X0031\n  实付 ¥7.00\n", "常有颐养"),
    # a hospital's booking page
    ("< 某市第二人民医院预约挂号\n内科专家门诊\n  上午 余号12个\n[ 立即预约 ]\n", "常有健康"),
])
def test_an_ordering_or_booking_page_is_about_the_service_its_title_bar_names(page, topic):
    blocks = structure(clean_view(page).text)
    body = next(b for b in blocks if "已售" in b.text or "余号" in b.text)
    assert (body.context.category, body.context.subject) == (topic, True)
    # the same head over a page with no ordering or booking control names no subject
    plain = page.replace("订单号", "编号").replace("我的订单", "今日情况").replace("立即预约", "返回")
    body = next(b for b in structure(clean_view(plain).text) if "已售" in b.text or "余号" in b.text)
    assert body.context.subject is False


def test_a_post_s_byline_under_its_title_names_no_service_of_the_page():
    # made up: a year-end post set out as a shopping app's order list; its byline's `融媒体中心`, `阅读` name no subject
    page = ("某镇发布 ＞ 年终特辑\n我的订单丨某镇2031年为民办实事收货记录\n"
            "2032-01-15 08:30　上海某镇　作者：镇融媒体中心　原创　阅读 2391\n\n"
            "订单号：X2031-01\n商品：老年助餐\n实际收货：新增老年助餐点5个\n订单状态：交易成功\n")
    body = next(b for b in structure(clean_view(page).text) if "助餐点" in b.text)
    assert body.context.category != "文体惠民" and body.context.subject is False


@pytest.mark.parametrize("note", ["（街道文体站据原样翻印，贴在各校公告栏）", "(摘自街道文体站公告)"])
def test_a_note_of_who_printed_the_copy_names_no_project_of_the_page(note):
    # made up: a permit's sample reprinted by a station; the station's and the board's words are not the page's subject
    page = f"某街道2031年青少年防溺水宣传卡\n样卡及须知\n{note}\n\n一、今年计划发放宣传卡5000张。\n"
    body = next(b for b in structure(clean_view(page).text) if "5000张" in b.text)
    assert body.context.category is None


@pytest.mark.parametrize("masthead,news,topic", [
    ("某市第三人民医院", "我院门诊楼改造完工，新增电梯6部、停车位300个。", "常有健康"),
    ("某区实验中学", "本校新建食堂和宿舍，新增停车位80个。", "常有优学"),
])
def test_an_institution_s_own_news_is_about_the_institution(masthead, news, topic):
    page = f"{masthead}\n首页 | 新闻中心 | 联系我们\n\n{news}\n"
    body = next(b for b in structure(clean_view(page).text) if "停车位" in b.text)
    assert (body.context.category, body.context.subject) == (topic, True)
    # a masthead the text does not speak as (no `我院`) names no subject
    other = page.replace("我院", "该院").replace("本校", "该校")
    body = next(b for b in structure(clean_view(other).text) if "停车位" in b.text)
    assert body.context.subject is False


def test_an_institution_s_page_whose_title_names_a_narrower_topic_is_about_that_topic():
    # made up: a kindergarten's contact book for its nursery class (care under three, not the kindergarten's)
    page = "某镇中心幼儿园\n家园联系册（托班）\n\n我园托班新增托位30个，配幼儿小床30张。\n"
    body = next(b for b in structure(clean_view(page).text) if "小床" in b.text)
    assert (body.context.category, body.context.subject) == ("常有善育", True)
    # a nursery's health log is the nursery's (children's health is childcare's own): no boundary turns it
    page = "某街道普惠托育园\n晨午检及全日健康观察记录\n\n我园本月晨检异常5人次，托位100个。\n"
    body = next(b for b in structure(clean_view(page).text) if "晨检异常" in b.text)
    assert (body.context.category, body.context.subject) == ("常有善育", True)


def test_a_head_naming_a_list_names_no_subject():
    text = "某市人民政府\n关于公布2031年民生实事项目的公告\n\n全年共安排资金300万元，惠及居民2000户。\n"
    body = next(b for b in structure(clean_view(text).text) if "惠及" in b.text)
    assert body.context.subject is False


@pytest.mark.parametrize("caption", ["图为新建的社区食堂。（记者 某某 摄）", "【图】新建的社区食堂", "新建的社区食堂（摄影：某某）",
                                     "▲图为新建的社区食堂", "新建的社区食堂（某区融媒体中心 供图）",
                                     "新建的社区食堂（图片来源：某区发布）",
                                     # a byline on a line of its own is page furniture too
                                     "本报记者　某某某　通讯员　某某", "文/图　某某某", "责任编辑：某某"])
def test_a_photo_caption_is_no_heading(caption):
    text = f"某区实事答卷\n\n{caption}\n\n此外，全区新建公园6个。\n"
    blocks = structure(clean_view(text).text)
    assert all(b.kind != "heading" for b in blocks)
    assert next(b for b in blocks if "公园" in b.text).context.category is None


def test_the_stops_of_an_itinerary_are_headings_over_their_figures():
    text = ("某区实事观摩安排\n\n一、观摩路线\n　第一站（9:00）某中学新校区\n　　新增学位900个，投资0.8亿元。\n"
            "　第二站（9:40）某街道口袋公园群\n　　新建口袋公园5座，健身步道3公里。\n")
    blocks = structure(clean_view(text).text)
    assert next(b for b in blocks if "学位" in b.text).context.category == "常有优学"
    assert next(b for b in blocks if "步道" in b.text).context.category == "环境改善"


def test_decimal_section_numbers_head_their_sections():
    text = ("第五章　履行民生承诺\n5.1　完成年度任务\n　　改造老旧小区12个。\n"
            "5.2　2031年计划\n　　计划新建口袋公园4个。\n")
    blocks = structure(text)
    headings = [(b.text.strip(), b.context.section_year) for b in blocks if b.kind == "heading"]
    assert headings == [("5.1　完成年度任务", None), ("5.2　2031年计划", 2031)]
    plan = next(b for b in blocks if "口袋公园" in b.text)
    assert plan.context.section_year == 2031


@pytest.mark.parametrize("line", ["1.5　万人", "2.6 亿元"])
def test_a_decimal_figure_on_a_line_of_its_own_is_no_section(line):
    blocks = structure(f"全年完成情况\n\n{line}\n")
    assert all(b.kind != "heading" for b in blocks)


def test_a_heading_taken_in_by_the_table_above_heads_the_next_table():
    # two point lists, each under its own numbered heading; the first table's dump
    # runs on across the blank line into the second heading
    text = ("一、社区卫生站（共2处）\n序号\t名称\t床位（张）\n1\t东街卫生站\t12\n2\t西街卫生站\t8\n合计\t\t20\n\n"
            "二、老年活动中心（共2处）\n序号\t名称\t座位（个）\n1\t南湖活动中心\t40\n2\t北湖活动中心\t30\n合计\t\t70\n")
    rows = [b for b in structure(text) if b.kind == "table_row"]
    assert [b.context.category for b in rows if "卫生站" in b.text] == ["常有健康"] * 2
    assert [b.context.category for b in rows if "活动中心" in b.text or b.text.endswith("70")] == ["常有颐养"] * 3


def test_a_topic_phrase_opening_a_line_stops_at_the_next_line_that_opens_a_paragraph():
    # one paragraph a line, no blank lines: the phrase governs its own line only
    text = ("二、进展\n“颐养东城”方面，建成老年助餐点12个。\n"
            "老旧小区改造完工7个，加装电梯9部。\n")
    blocks = structure(text)
    assert next(b for b in blocks if "助餐点" in b.text).context.category == "常有颐养"
    assert next(b for b in blocks if "老旧小区" in b.text).context.category is None


def test_a_topic_phrase_still_governs_a_line_wrapped_mid_sentence():
    text = "二、进展\n养老服务方面，全区建成老年助餐点12个，\n完成适老化改造300户。\n"
    wrapped = [b for b in structure(text) if "300户" in b.text]
    assert wrapped[0].context.category == "常有颐养"


def test_a_paragraph_summing_up_the_lists_above_is_under_no_one_heading():
    text = ("一、社区卫生站\n新建社区卫生站4个。\n\n二、城市书房\n新建城市书房3处。\n\n"
            "以上7处点位全年新增诊室12间、阅读座位150个。\n")
    blocks = structure(text)
    assert next(b for b in blocks if b.text.startswith("新建城市书房")).context.category == "文体惠民"
    assert next(b for b in blocks if b.text.startswith("以上")).context.category is None


def test_a_numbered_headings_year_ends_at_the_next_item_of_its_series():
    text = ("某区2031年惠民保来了\n\n一、保什么？\n\n住院费用免赔额1万元。\n\n"
            "二、上年成绩单（2030年度数据）\n\n参保人数12.4万人。\n\n"
            "三、常见问题\n\n问：一家最多几人？答：最多可为8位家庭成员投保。\n")
    blocks = structure(text)
    last_year = next(b for b in blocks if "12.4万人" in b.text)
    faq = next(b for b in blocks if "8位" in b.text)
    assert last_year.context.section_year == 2030
    assert faq.context.section_year == 2031      # back in the title's year


def test_a_questionnaires_questions_are_a_numbered_series():
    # made up: a questionnaire's report; the year the second question names is that question's alone
    text = ("某乡2031年实事候选项目意见征集统计报告\n\n第1题　您所在的村\n选项\t小计\t比例\n东村\t120\t40%\n\n"
            "第2题　您对今年（2030年）实事的评价\n选项\t小计\t比例\n满意\t250\t83.3%\n\n"
            "第3题　您最希望办的项目\n选项\t小计\t比例\n新建长者饭堂2个\t160\t53.3%\n")
    blocks = structure(text)
    assert next(b for b in blocks if "第2题" in b.text).context.section_year == 2030
    assert next(b for b in blocks if "第3题" in b.text).context.section_year == 2031    # back in the title's year
    # a question with a label and a colon (`候选项目：`) governs its own paragraph only, but it still
    # ends the year of the question before it
    led = text.replace("第3题　您最希望办的项目", "第3题　候选项目：新建长者饭堂2个，您是否赞成？") + "\n本题有效填写人次\t300\n"
    after = [b for b in structure(led) if b.start > led.index("第3题")]
    assert {b.context.section_year for b in after} == {2031}


def test_an_exhibition_s_numbered_zones_are_headings():
    # made up: an exhibition's labels; each zone's line names its brand and heads the labels under it
    text = ("某县2031年民生实事剪纸展　展签\n\n第一展区　常有善育\n展签01\n释文：新增普惠托位120个。\n\n"
            "第二展区　常有优学\n展签02\n释文：新增学位540个。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories == {"120个": "常有善育", "540个": "常有优学"}


def test_a_section_number_set_off_by_a_full_width_space_heads_its_section():
    # made up: an official form's sections numbered `一　`, `二　` (no `、`)
    text = "某镇2031年民生实事公示\n\n一　托育服务\n　　新增托位30个。\n\n二　就业\n　　技能培训300人次。\n"
    headings = [b.text.strip() for b in structure(text) if b.kind == "heading"]
    assert headings == ["一　托育服务", "二　就业"]
    # …but a line opening with a numeral and a space and no word after it is none
    assert not any(b.kind == "heading" for b in structure("某镇民生实事\n\n一　2031年新增托位30个。\n"))


def test_an_account_book_s_numbered_entries_are_headings():
    # made up: a town's list kept as an account book, each entry numbered in capitals and headed by
    # its group; the entry's money line names nothing but the entry's group does
    text = ("某镇2031年民生实事流水账\n\n第壹笔　〔就业创业〕\n　摘要：技能培训300人次\n　出：12万元\n"
            "第二项　托育\n　摘要：新增托位30个\n　出：18万元\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories == {"300人次": "就业创业", "12万元": "就业创业", "30个": "常有善育", "18万元": "常有善育"}
    # …but an item that states its own figure is a line of the list, heading nothing under it
    listed = "某镇2031年民生实事\n\n第一项：新增托位30个\n　技能培训300人次\n"
    categories = {r.text: r.category for r in extract(listed, doc_year=2031)}
    assert categories == {"30个": "常有善育", "300人次": "就业创业"}


def test_a_heading_naming_the_title_s_topic_word_by_a_part_of_it_means_the_title_s():
    # made up: a house's check-up report; its heading `体检结果` is the house's check, not a medical one
    text = ("某区既有住宅房屋体检报告\n\n一、房屋基本情况\n　　全楼共48户。\n\n二、体检结果\n"
            "　　屋面渗漏7户，外墙空鼓约90平方米。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["7户"] == categories["90平方米"] == "常有安居"
    # …but where the title's word is the heading's own, it means what it says
    health = "某社区老年人健康体检报告\n\n二、体检结果\n　　查出高血压12人。\n"
    assert {r.text: r.category for r in extract(health, doc_year=2031)}["12人"] == "常有健康"


def test_a_boxed_headings_year_ends_at_the_next_boxed_heading():
    # made up: a plan page whose sections are banners between rules; last year's banner dates its own
    # section only. A plain short line under a dated banner is a part of it and keeps its year.
    rule = "━" * 20
    text = (f"某镇2031年民生实事计划\n\n{rule}\n　去年回顾（2030年）\n{rule}\n　　完成投资3920万元。\n\n"
            f"托育\n\n　　建成托育点2个。\n\n{rule}\n　今年安排\n{rule}\n　　新建公厕6座。\n")
    years = {r.text: r.year for r in extract(text, doc_year=2031)}
    assert years == {"3920万元": 2030, "2个": 2030, "6座": 2031}


def test_a_task_cell_of_several_projects_of_different_topics_assigns_no_topic():
    # a responsibility table by department: one cell joins the department's projects with `；`
    text = ("责任分工表\n\n牵头单位\t项目及年度目标\t完成时限\n"
            "县卫健局\t新建村卫生室5个；为1.5万名老年人提供免费体检；新增普惠托位260个\t2026年10月底前\n"
            "县教育局\t新建公办幼儿园1所；新增学位300个\t2026年9月底前\n")
    rows = [b for b in structure(text) if b.kind == "table_row"]
    assert [r.context.category for r in rows] == [None, "常有优学"]
    categories = {r.text: r.category for r in extract(text)}
    assert categories["5个"] == "常有健康" and categories["260个"] == "常有善育"


def test_a_task_cell_of_several_topics_takes_no_topic_from_the_rows_other_cells_either():
    # the row's name is a department (no topic), and what the row states holds the same mixed cell
    text = ("责任分工表\n\n牵头单位\t项目及年度目标\t配合单位\t完成时限\t责任领导\n"
            "县卫健局\t建设社区卫生服务站3个；开展老年人健康体检1.8万人；增加普惠性托位180个\t县财政局、各乡镇\t2026年10月底前\t张某\n"
            "县城管局\t建成口袋公园7个；改造城市公厕12座\t县住建局\t2026年9月底前\t李某\n")
    categories = {r.text: r.category for r in extract(text)}
    assert categories["180个"] == "常有善育" and categories["12座"] == "常有安居"
    assert categories["3个"] == "常有健康" and categories["7个"] == "环境改善"


def test_a_numbered_title_with_its_verdict_after_a_dash_heads_its_item():
    # an inspection report grades each project: the verdict's comma does not make the line prose
    text = ("视察报告\n\n二、逐项情况\n（一）助餐提质——明显滞后。\n新建助餐点8个。\n"
            "（二）社区焕新——改造快于序时，加装电梯滞后。\n改造小区12个，完工3个。\n")
    blocks = structure(clean_view(text).text)
    estates = next(b for b in blocks if "改造小区" in b.text)
    assert estates.context.category == "常有安居"
    assert estates.context.heading == "社区焕新——改造快于序时，加装电梯滞后"


@pytest.mark.parametrize("rule", ["——————", "──────────", "━━━━"])
def test_a_rule_across_the_page_parts_its_messages(rule):
    # a message centre's push messages, one under a rule: a topic named in one message's
    # label does not reach the next message, whose label names none
    text = (f"消息中心\n{rule}\n【托育】06-02 09:00\n某区新增托位80个。\n阅读 1200\n{rule}\n"
            f"【到账提醒】06-01 08:00\n本月敬老补贴已发放，惠及3万人。\n阅读 900\n{rule}\n")
    blocks = structure(clean_view(text).text)
    paragraph = next(b for b in blocks if "敬老补贴" in b.text)
    assert "托位" not in paragraph.text and paragraph.context.category != "常有善育"


def test_an_exhibition_s_numbered_halls_each_head_their_boards():
    # `【第五展区　弱有众扶·劳有厚得】` names no one topic, yet ends the hall before it; the closing
    # hall (`【尾厅·结束语】`) ends the last one
    text = ("某区民生实事成果展\n\n【第四展区　住有宜居】\n改造老旧小区42个。\n\n"
            "【第五展区　弱有众扶·劳有厚得】\n城镇新增就业6,912人。\n\n"
            "【尾厅·结束语】\n计划新增普惠性托位600个。\n")
    contexts = {block.text.split("\n")[0]: block.context for block in structure(text)}
    assert contexts["改造老旧小区42个。"].category == "常有安居"
    assert contexts["城镇新增就业6,912人。"].category is None
    assert contexts["城镇新增就业6,912人。"].heading == "弱有众扶·劳有厚得"
    assert contexts["计划新增普惠性托位600个。"].category is None


def test_a_word_and_a_number_before_a_bracketed_part_s_name_make_it_a_numbered_part():
    # made up: a post lists the year's projects as numbered "subjects"; the first names a topic, and
    # being numbered it is a part like the rest, not the page's title over all of them
    text = ("某镇发布｜新赛季开练！2031年为民办实事“训练计划表”出炉\n"
            "原创　某镇融媒体中心　2030-12-29 18:30　山西\n阅读 2.3万　　在看 416\n\n"
            "编者按：今年的项目排成3个“训练科目”，一个一个讲给大家听。\n\n——————————\n"
            "【科目01·老有所养】\n达标线：新建互助幸福院3个。\n\n"
            "【科目02·上学】\n达标线：新建学生食堂1座。\n\n"
            "【科目03·走得顺】\n达标线：新增公交站亭10个。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["3个"] == "常有颐养"
    assert categories["1座"] == "常有优学" and categories["10个"] != "常有颐养"


def test_a_game_s_rounds_head_their_cards_and_each_card_s_bracketed_brand_files_it():
    # made up: a game script's rounds in black brackets, with the codes of their cards and the time allowed;
    # each card opens with its code and the brand it is filed under, a card naming none goes by its own words,
    # and the role card's heading above the first round (a kindergarten head) reaches none of them
    text = ("《某镇的2031》——沉浸式剧本杀\n\n【角色卡节选·幼儿园园长】\n你手上的证物是A1和A2。\n\n"
            "【第一轮搜证·证物A1—A2】（限时40分钟）\n"
            "证物A1【常有颐养】新建村级互助养老点4个；高龄津贴每人每月提高到100元。\n"
            "证物A2【交通畅行】新改建农村公路18公里。\n证物C2【钱】十件实事计划总投资5200万元。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories == {"4个": "常有颐养", "100元": "常有颐养", "18公里": "交通畅行", "十件": "其他", "5200万元": "其他"}


def test_a_quest_card_s_bracketed_brand_after_its_bracketed_code_files_the_card_down_to_its_field_lines():
    # made up: a plan dressed as a game's quest log; each card opens with its code in white brackets and its brand in
    # black ones, its field lines set flush under it; money named by no topic goes by the card's brand, and an
    # indented paragraph after the cards is a paragraph of its own
    text = ("某镇2031年民生实事“任务日志”\n\n"
            "〖主线1〗【常有善育】托育“萌娃营地”\n任务目标：新增普惠托位60个。\n任务奖励：投入资金85万元\n\n"
            "〖主线2〗【常有优学】小学扩建\n任务目标：新增学位270个。\n任务奖励：投入资金1280万元\n\n"
            "　　镇财政：全年民生实事投入资金2720万元。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories == {"60个": "常有善育", "85万元": "常有善育", "270个": "常有优学", "1280万元": "常有优学",
                          "2720万元": "其他"}


def test_a_card_s_head_line_files_its_money_under_the_brand_it_names_after_the_card_s_number():
    # made up: a plan printed as cheques, each with its account set off at its head line's end, and the year-end
    # slips answering them with the brand in brackets after the cheque's code; the money names no topic of its own
    plan = ("某县2031年“民生支票”\n\n民生支票　No.AB31-01　　　科目：常有善育\n人民币（大写）壹仟贰佰万元整（¥1200万元）\n"
            "用途：新增普惠托位320个。\n\n民生支票　No.AB31-02　　　科目：交通畅行\n人民币（大写）玖佰万元整（¥900万元）\n"
            "用途：新改建农村公路46公里。\n")
    categories = {r.text: r.category for r in extract(plan, doc_year=2031)}
    assert categories["¥1200万元"] == categories["320个"] == "常有善育"
    assert categories["¥900万元"] == categories["46公里"] == "交通畅行"
    slips = ("【进账单 01】对应支票AB31-01（常有颐养）　进账日期：2031-12-28\n实收明细：老年餐桌19个\n实收金额：¥1544万元\n")
    assert {r.text: r.category for r in extract(slips, doc_year=2031)}["¥1544万元"] == "常有颐养"
    # cards run on in one paragraph: a card whose head names no brand is filed under none (not the card's above it)
    cards = ("品号ZZ-31-01　〔常有优学〕\n　经：新增学位270个。\n　纬：2400万元。\n"
             "品号ZZ-31-02　看病\n　经：改造村卫生室6个。\n　纬：190万元。\n")
    categories = {r.text: r.category for r in extract(cards, doc_year=2031)}
    assert categories["2400万元"] == "常有优学" and categories["6个"] == "常有健康" and categories["190万元"] != "常有优学"


def test_a_form_s_lettered_parts_are_headings_each_closing_the_one_before():
    # made up: a fish-release record form in lettered parts, each part's name over its lines; the first part's
    # topic reaches no part after it
    text = ("某镇增殖放流活动记录表\n\nA．放流苗种\n鲢 80\n\nB．资金和人员\n带动退捕渔民转产就业40人。\n"
            "C．现场安全\n配备救生衣200件。\n")
    headings = [b.context.heading for b in structure(text, "某镇增殖放流活动记录表") if b.kind == "paragraph"]
    assert headings == ["放流苗种", "资金和人员", "现场安全"]
    # a grade, a level or a code is no part (`A级景区`, `B超`, `A1`)
    assert [b.kind for b in structure("某县统计\n\nA级景区新增2家。\n", "某县统计")][-1] == "paragraph"


def test_records_exported_from_a_shared_table_are_read_card_by_card():
    # made up: a shared table's records run together in one paragraph, each head line parted by bars; a card's
    # progress goes by the name among its head's parts, and an estate's renovation reaches no card after its own
    text = ("某镇2031年民生实事推进表（共享表格导出）\n\n"
            "■ 记录 6｜rec01F｜序号 06｜还建小区改造｜状态：延期\n　完成情况：还建小区改造完工1个，惠及居民284户。\n　进度：90%\n"
            "■ 记录 7｜rec01G｜序号 07｜困难残疾人辅具适配｜状态：已完成\n　完成情况：适配辅助器具86件，受益残疾人79名。\n　进度：100%\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["284户"] == categories["90%"] == "常有安居"
    assert categories["79名"] == categories["100%"] == "常有众扶"


def test_one_project_named_on_every_page_of_a_form_is_the_document_s_subject():
    # a bill of quantities repeats `工程名称：…` over each page's table: one project, whose
    # category its other figures (the price cap, the labour rate) take
    text = ("某区2031年民生实事项目\n\n总 说 明\n"
            "工程名称：某小区老旧小区改造工程      标段：第2标段\n"
            "1. 最高投标限价：8,614,275.36元。\n2. 人工单价按每工日98元计取。\n\n"
            "工程名称：某小区老旧小区改造工程   标段：第2标段       第 2 页 共 4 页\n")
    categories = {r.text: r.category for r in extract(text)}
    assert categories == {"8,614,275.36元": "常有安居", "98元": "常有安居"}


def test_a_numbered_item_too_long_for_a_heading_still_ends_the_item_before_it():
    # `⑥…` is a paragraph (too long for a heading), but the next item of `⑤`'s series, not its body
    text = ("★2023年某市10件民生实事★\n"
            "⑤改造城区老旧小区8个、惠及居民1260户，易地搬迁安置区新建公共厕所6座\n"
            "⑥城镇新增就业3200人，开展补贴性职业技能培训8000人次，开发乡村公益性岗位900个\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2023)}
    assert categories["8个"] == "常有安居" and categories["3200人"] == "就业创业" and categories["900个"] == "就业创业"


def test_a_form_s_field_naming_a_brand_heads_the_item_s_other_fields():
    # made up: an approval record lists the plan's items as field blocks, each filed under a brand
    text = ("某县2031年民生实事项目计划审批详情\n\n明细1\n　所属板块：常有善育\n　年度目标：新增普惠托位240个\n"
            "　牵头单位：县卫健委\n　计划投资（万元）：680\n明细2\n　所属板块：常有优学\n　年度目标：新增学位1080个\n"
            "　牵头单位：县教育局\n　计划投资（万元）：6200\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["680"] == "常有善育" and categories["6200"] == "常有优学"


def test_a_bracketed_label_over_bulleted_items_closes_the_group_before_it_whether_or_not_it_names_a_topic():
    # made up: a notice's groups; `【余下几项】` names no topic, yet its items are not the roads'
    text = ("2031年任务分解。\n\n【出行类】\n▲新建农村公路9公里；\n▲新增公交站亭6个。\n\n"
            "【余下几项】\n▲开发公益性岗位30个；\n▲送戏下乡12场。\n")
    found = {r.text: r for r in extract(text)}
    assert found["9公里"].category == "交通畅行"
    assert found["30个"].category == "就业创业"
    assert found["12场"].category == "文体惠民"
    jobs = next(b for b in structure(text) if "公益性岗位" in b.text)
    assert jobs.context.heading == "余下几项"
    # where no bracketed label names a topic (an app's `【新功能】`, `【优化】`), none heads a group
    notes = next(b for b in structure("v3.2\n【新功能】\n· 新增助餐地图\n【优化】\n· 接入市民卡\n") if "市民卡" in b.text)
    assert notes.context.heading != "优化"


def test_a_first_line_over_its_year_in_brackets_is_the_title():
    blocks = structure("某某中心年度报告书\n（2030年度）\n\n单位名称\n某某中心\n")
    assert blocks[0].kind == "title" and "（2030年度）" in blocks[0].text


def test_a_topic_word_inside_the_title_s_place_name_names_no_topic():
    from pipeline.structure import title_topic
    # made up: a pharmacy's notice from a district whose name holds a safety word (平安)
    assert title_topic("某某市平安区某某大药房连锁有限公司\n关于部分常用药品降价的公告") == "常有健康"
    assert title_topic("某某市安居区2031年老旧小区改造计划") == "常有安居"
    assert title_topic("老旧小区改造") == "常有安居"


def test_a_numbered_part_in_brackets_may_carry_a_note_in_brackets_after_its_name():
    # made up: a visit's stops, each with its time; the stop before does not govern the next
    text = ("参观路线\n\n【第1站】某某小区（9:30）\n讲解词：改造老旧小区9个。\n\n【第2站】某某人力资源市场（10:40）\n"
            "讲解词：全市城镇新增就业3100人。\n")
    jobs = next(b for b in structure(text) if "3100" in b.text)
    assert jobs.context.heading == "某某人力资源市场"
    found = {r.text: r for r in extract(text)}
    assert found["3100人"].category == "就业创业"


def test_a_tag_in_tortoise_shell_brackets_heads_its_line_as_one_in_black_brackets_does():
    # made up: a notice tagging each line by its group, the last groups in 〔〕
    text = ("一、县级目标任务\n\n【常有众扶】为300名残疾人提供康复服务。\n〔就业创业〕城镇新增就业1800人。\n"
            "〔交通畅行〕新改建农村公路40公里。\n")
    found = {r.text: r for r in extract(text, doc_year=2031)}
    assert found["1800人"].category == "就业创业"
    assert found["40公里"].category == "交通畅行"


def test_a_row_named_by_its_site_alone_is_the_subject_s():
    # the rows of a one-matter register name where the matter is done (a school, a clinic), not a topic
    text = ("某县送医下乡巡回义诊项目登记表\n\n"
            "| 义诊点 | 受检（人） | 医生（名） |\n| 河口镇中心小学 | 120 | 3 |\n| 东风村 | 86 | 2 |\n| 新建幼儿园 | 40 | 1 |\n")
    rows = {b.row.project: b.context.category for b in structure(clean_view(text).text) if b.kind == "table_row"}
    assert rows["河口镇中心小学"] == rows["东风村"] == "常有健康"
    # a name with work in it (`新建`) is a work of its own
    assert rows["新建幼儿园"] != "常有健康"
    # with no one matter to the document, a school's name is the row's topic
    plain = text.replace("某县送医下乡巡回义诊项目登记表", "某县2031年民生实事进展表")
    rows = {b.row.project: b.context.category for b in structure(clean_view(plain).text) if b.kind == "table_row"}
    assert rows["河口镇中心小学"] == "常有优学"


def test_a_line_of_white_space_under_figures_titles_no_table():
    # found by the fuzz test: a line of only a tab is no title, and no error
    assert [b.kind for b in structure("0\n0\n\t")]


def test_a_heading_inside_a_chat_message_heads_that_message_only():
    # made up: an account's keyword replies exported as a chat; the last brand heading of a reply
    # does not reach the next messages, whose own words say what they are about
    text = ("2026-01-20 21:03:40　我\n优学\n\n2026-01-20 21:03:41　某某发布\n【常有优学】\n新增公办学位1350个。\n\n"
            "2026-01-20 21:04:30　我\n安全\n\n2026-01-20 21:04:31　某某发布\n【公共安全】\n建成微型消防站14个。\n\n"
            "2026-01-20 21:08:40　我\n托位\n\n2026-01-20 21:08:41　某某发布\n今年新增普惠性托位300个。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2026)}
    assert (categories["1350个"], categories["14个"], categories["300个"]) == ("常有优学", "公共安全", "常有善育")
    # a sender and a time alone (`房志坚（村支书） 08:41`) head messages too
    group = text.replace("2026-01-20 21:08:40　我", "张某某（村支书） 21:08").replace("2026-01-20 21:08:41　某某发布", "李某（驻村工作队） 21:09")
    assert {r.text: r.category for r in extract(group, doc_year=2026)}["300个"] == "常有善育"


def test_a_programme_s_times_are_no_chat():
    # made up: times after the items of a programme, no sender heading two: the heading holds
    text = ("开幕式 09:00\n\n一、常有颐养\n\n到场嘉宾120人。\n\n参观 10:30\n参观点位8个。\n\n"
            "午餐 12:00\n备餐600份。\n")
    assert {r.category for r in extract(text, doc_year=2026)} == {"常有颐养"}
    # the same lines as a chat's (one sender heading two): the heading is the first message's
    chat = text.replace("参观 10:30", "开幕式 10:30")
    assert {r.category for r in extract(chat, doc_year=2026)} == {"常有颐养", "其他"}


def test_a_heading_or_brand_line_inside_a_mail_heads_that_mail_only():
    # made up: a printed mail thread; the reply's last section (`二、道路。`) does not reach the next mail,
    # nor a brand line quoted in the reply the figures of the quoted original below it
    text = ("发件人：某县民生办 <a@x.gov.cn>\n时间：2031年3月2日 09:00\n主题：任务分解\n\n某镇：\n"
            "    “常有颐养”方面，新建老年助餐点4个。\n\n"
            "发件人：某镇党政办 <b@x.gov.cn>\n时间：2031年3月3日 10:00\n主题：Re: 任务分解\n\n某县民生办：\n"
            "    一、助餐点。\n    按期完成4个。\n    二、道路。\n    硬化道路6公里。\n\n"
            "> 发件人：某县民生办 <a@x.gov.cn>\n> 新增普惠托位40个。\n\n"
            "发件人：某县民生办 <a@x.gov.cn>\n时间：2031年3月4日 11:00\n主题：Re: Re: 任务分解\n\n"
            "    同意，另请上报今年新增托位20个的选址。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["6公里"] == "交通畅行"
    assert categories["40个"] == categories["20个"] == "常有善育"


def test_a_numbered_paragraph_ends_the_numbered_heading_above_it():
    # made up: a reply under numbered headings, whose next number opens a paragraph that states its
    # figures (`二、互助养老服务点3个…`): a sibling item, not the body of `一、托位。`
    text = ("关于任务数的回复\n\n一、托位。\n镇中心幼儿园只能新增托位30个。\n"
            "二、互助养老服务点3个、适老化改造45户，均可按期完成。\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["30个"] == "常有善育"
    assert categories["3个"] == categories["45户"] == "常有颐养"


def test_a_one_matter_document_whose_title_names_no_known_topic_takes_its_body_s():
    # made up: a monitoring record whose subject (`米草`) and columns no topic word names; the body's words
    # (湿地, 生态修复, 植被) name the environment, and its bare table cells take that topic (the columns were
    # `盖度 | 株数` until `盖度` became a topic word of its own, a grassland's)
    title = "某河口米草治理成效样方调查记录（秋季）"
    text = (f"{title}\n\n本次调查为湿地生态修复工程的成效监测，共布设样方12个，记录植被恢复和鸟类栖息情况，"
            "湿地生态保护区管理站参与。\n\n| 样方 | 株高（厘米） | 株数（株） |\n| A-01 | 8 | 25 |\n| A-02 | 3 | 11 |\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["25"] == categories["11"] == "环境改善"
    # a list's document (`…民生实事…`) has no one matter: its bare cells keep what they had
    listed = text.replace(title, "某县2031年民生实事样方调查记录")
    assert extract(listed, doc_year=2031)[-1].category != "环境改善"
    # the people a scheme serves are no topic of its body: a cellar subsidy paid to poor households
    # names them throughout, its cells stay the scheme's own (no topic word: 其他)
    cellars = ("某县2031年马铃薯贮藏窖建设补助资金兑付明细表\n\n　　补助对象为脱贫户、监测户和困难群众。\n"
               "　　脱贫户、监测户优先，脱贫人口较多的村先行，困难群众每户另加补助。现将兑付明细公示如下：\n\n"
               "| 户主 | 窖容（立方米） | 补助（元） |\n"
               "| 张某 | 40 | 3000 |\n| 李某 | 30 | 2500 |\n")
    assert {r.category for r in extract(cellars, doc_year=2031) if r.text in ("40", "3000")} == {"其他"}


def test_a_bracketed_label_among_topic_labels_ends_the_topic_before_it_whether_or_not_it_names_one():
    # made up: a town paper's classified page, each notice under its label in black brackets
    text = ("某镇报　便民信息\n\n【托育】\n镇托育园春季插班，余托位18个。\n【寻物】\n"
            "在菜场遗失钱包一只，内有现金300元。\n【出租】人才公寓\n尚余一室户14套。\n【助老】\n"
            "招募助餐志愿者20名。\n【图片】\n老人在助餐点用餐，每餐补贴4元。\n")
    found = {r.text: r for r in extract(text, doc_year=2031)}
    assert found["18个"].category == "常有善育"
    assert found["300元"].category != "常有善育"       # the lost wallet is no childcare
    assert found["14套"].category == "常有安居"         # a label with its notice's title heads it
    # page furniture in brackets heads nothing: the meal subsidy stays under `【助老】`
    assert found["4元"].category == "常有颐养"
    # the first label is a section of the series, not the page's title
    assert next(b for b in structure(text) if b.text.startswith("【托育】")).kind == "heading"
    # one topic label alone is no series (a broadcast script's cue, `【开头音乐】`): a label beside it heads nothing
    single = structure("某镇便民信息\n\n【托育】\n余托位18个。\n【寻物】\n钱包一只，内有现金300元。\n")
    assert not any(b.kind == "heading" and "寻物" in b.text for b in single)


@pytest.mark.parametrize("banner,heads", [
    ("========== 第一块黑板 ==========", True),
    ("━━━━━━━━ 裂缝观测记录 ━━━━━━━━", True),
    ("*** 出行 ***", True),
    ("======== 第2页 ========", False),       # a page's mark
    ("-----原始邮件-----", False),              # a mail's separator
    ("------ 分节符(下一页) ------", False),    # a Word section break
    ("------（沿此线剪开）------", False),      # a cutting line
])
def test_a_banner_line_heads_a_section_of_its_series(banner, heads):
    from pipeline.structure import banner_label
    assert (banner_label(banner) is not None) == heads
    text = f"某镇黑板报\n\n{banner}\n▲“一老一小”栏\n新增托位42个。\n"
    blocks = structure(text)
    assert any(b.kind == "heading" and b.context.heading == banner_label(banner) for b in blocks) == heads


def test_a_triangle_marks_a_section_heading_and_a_caption_opened_by_it_is_none():
    text = ("某镇黑板报\n\n▲“一老一小”栏\n· 新增托位42个。\n▲“河清岸绿”栏\n· 整治宅沟河道31条。\n"
            "▲图为新建的口袋公园\n")
    blocks = structure(text)
    assert next(b for b in blocks if "托位" in b.text).context.heading == "“一老一小”栏"
    assert next(b for b in blocks if "宅沟" in b.text).context.heading == "“河清岸绿”栏"
    assert not any(b.kind == "heading" and "口袋公园" in b.text for b in blocks)


def test_a_headline_over_its_subtitle_heads_what_follows_and_dates_it():
    # made up: a blackboard written in January on the year before, its headline over a subtitle
    text = ("某镇黑板报　第1期（2032年1月）\n\n========== 第一块黑板 ==========\n"
            "\u3000\u3000新年新气象\u3000晒晒2031年的“民生账本”\n\u3000\u3000——某镇为民办实事项目完成情况\n\n"
            "▲“一老一小”栏\n· 新增托位42个。\n▲2032年预告\n· 今年打算再新增托位60个。\n▲群众说\n· 助餐点开了3个。\n")
    found = {r.text: r.year for r in extract(text, doc_year=2032)}
    assert found == {"42个": 2031, "60个": 2032, "3个": 2031}
    # a line over a dash that opens a sentence is no headline
    prose = structure("某镇简报\n\n今年新建睦邻点12个\n——这是全镇第58个。\n")
    assert not any(b.kind == "heading" and "睦邻点" in b.text for b in prose)



def test_a_price_list_s_sections_each_filed_under_a_brand_in_white_brackets():
    """A plan printed as a breakfast stall's price list: a note, then sections each opened by a brand in white
    lenticular brackets (`〖常有优学〗招牌：…`), the first over the list's header row. The first section's line titles
    its table, not the document (the note's prose came before it), and each later section is its own brand's."""
    text = ("某镇2031年民生实事价目表\n\n"
            "编者按：今年镇里把实事清单做成早点摊的价目表，“份量”是年内要干到的数，“价”是计划投的钱。\n\n"
            "价格单位：万元\n\n"
            "〖常有善育〗招牌：托育油条\n"
            "品　名　　　　　　份　量　　　　　　价\n"
            "幼儿园附设托班　　新增托位40个　　　96\n"
            "儿童发育筛查　　　1200人次　　　　　18\n\n"
            "〖常有优学〗招牌：书香烧饼\n"
            "小学食堂改造　　　建筑面积600平方米　　150\n\n"
            "〖交通畅行〗招牌：通达面茶\n"
            "农村公路提升　　　18公里　　　　　　1260\n")
    categories = {r.text: r.category for r in extract(text, doc_year=2031)}
    assert categories["40个"] == "常有善育" and categories["96"] == "常有善育"
    assert categories["600平方米"] == "常有优学" and categories["18公里"] == "交通畅行"


def test_the_poems_of_a_sheet_of_verse_are_headings_that_file_their_lines():
    # made up: a tongue-twister sheet, each poem numbered `第…首` with its brand in brackets
    text = ("某镇2031年十件实事绕口令练习单\n\n第一首　托位托娃娃（常有善育）\n镇里建个托育点，托育点里六十个托位；\n\n"
            "第二首　卫生室（常有健康）\n八个村卫生室换新装，新装新柜新药箱。\n")
    blocks = structure(clean_view(text).text)
    assert [b.context.category for b in blocks if "个" in b.text and b.kind == "paragraph"] == ["常有善育", "常有健康"]
