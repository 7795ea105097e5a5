"""Two line forms (issue 9): figure-first lines of a 数说 column, and checkbox result lists.
Made-up texts of places and wordings that no gold document uses."""
from __future__ import annotations

import pytest

from extractors.categories import category_of_heading
from extractors.indicators import find_indicator
from extractors.quantities import find_quantities
from extractors.stance import ACHIEVED, REPORT, TARGET, Where, figure_stance
from pipeline import extract
from pipeline.document import Document
from pipeline.run import analyse
from pipeline.structure import structure


def indicator(sentence: str, figure: str, item: str | None = None) -> str | None:
    found = find_quantities(sentence)
    q = next(q for q in found if q.text == figure)
    return find_indicator(sentence, q.start, q.end, [(x.start, x.end) for x in found], item)


def by_text(records) -> dict:
    return {r.text: r for r in records}


# ------------------------------------------------------------------ figure-first lines

@pytest.mark.parametrize("line, figure, expected", [
    ("3400个 —— 全年新增普惠托位", "3400个", "普惠托位"),                     # a dash
    ("97.5% | 行政村快递服务覆盖率", "97.5%", "行政村快递服务覆盖率"),          # a bar
    ("2.6万人：城镇新增就业", "2.6万人", "城镇新增就业"),                  # a colon
    ("118公里\t新改建农村公路", "118公里", "农村公路"),                          # a tab
    ("45座  新建城市驿站", "45座", "城市驿站"),                                 # two spaces
    ("· 760张 — 新增养老床位，其中护理型床位500张", "760张", "养老床位"),       # a bullet, one dash
    ("约3000个 —— 新增普惠托位", "3000个", "普惠托位"),                        # a size word before
    ("超1.2万人 | 城镇新增就业", "1.2万人", "城镇新增就业"),
])
def test_a_figure_first_line_counts_what_its_description_names(line, figure, expected):
    assert indicator(line, figure) == expected


def test_a_decimal_at_the_head_of_a_line_is_no_list_number():
    text = "▍托育：幼有所托\n2.4万个 —— 新增普惠托位\n7.5% — 托育机构收费下降幅度\n"
    records = by_text(extract(text, doc_year=2025))
    assert records["2.4万个"].indicator == "普惠托位"
    assert not any(b.kind == "heading" and b.text.startswith("2.4") for b in structure(text))


def test_a_figure_inside_prose_is_read_as_prose():
    # only a figure that opens its line is set off from its description
    assert indicator("今年新增普惠托位3400个 —— 超出计划", "3400个") == "普惠托位"


def test_section_marks_head_a_column_of_figure_lines():
    """Each `▍` line heads the figures under it, with no blank line between; a heading over
    two topics assigns none, and its lines go by their own topics."""
    text = ("一组数据看某县民生\n\n"
            "▍医疗：看病更便捷\n6个 —— 新建紧密型医共体分院\n"
            "▍交通与环境\n88公里 —— 新建改建城市道路\n14座 —— 新建口袋公园\n"
            "▍文体：精神更富足\n520场 —— 送戏下乡演出\n")
    records = by_text(extract(text, doc_year=2025))
    assert records["6个"].category == "常有健康"
    assert records["88公里"].category == "交通畅行"
    assert records["14座"].category == "环境改善"
    assert records["520场"].category == "文体惠民"


def test_a_section_mark_with_an_items_circled_number_heads_its_lines():
    # `③` numbers the bar, it is no figure: the bar's slogan heads the label lines under it
    text = "某市民生实事一图读懂\n\n▌③  “学”有优教\n为农村教师新建周转房\n120套\n"
    assert by_text(extract(text, doc_year=2025))["120套"].category == "常有优学"


def test_a_section_mark_before_a_label_with_a_year_heads_its_items():
    # a year's digits are no figure: `■ 四、2022年计划` heads the plan's items in a report on 2021
    text = ("2021年度物业服务报告\n\n■ 三、收支情况\n物业费收入 | 167.3\n\n"
            "■ 四、2022年计划\n1. 配合推进加装电梯3部；\n2. 增设电动自行车充电棚2处。\n")
    assert [b.kind for b in structure(text)][-2:] == ["heading", "paragraph"]
    assert by_text(extract(text, doc_year=2021))["3部"].year == 2022


def test_a_section_mark_before_a_sentence_heads_nothing():
    blocks = structure("▍今年新增学位3000个，超额完成任务。\n")
    assert [b.kind for b in blocks] == ["paragraph"]


# ---------------------------------------------------------------- checkbox result lists

CHECKLIST = ("某区2025年为民办实事完成情况\n\n"
             "【居有所安】\n"
             "✅ 城中村改造　目标12个 → 完成12个，惠及群众3600户\n"
             "🔄 燃气管道更新　计划改造45公里 → 已完成38公里，完成率84.4%\n"
             "【业有所成】\n"
             "✅ 零工市场　新建3个（目标2个）\n"
             "❌ 农贸市场提升　目标8个，仅完成5个\n"
             "✔ 公交站台　新建改造40座\n"
             "小结：5项中3项完成。\n")


def test_each_checkbox_item_governs_its_own_line():
    """The item's name gives its line's figures their category (the first item's topic does
    not leak down the list) and names what the body's goal and stage words count."""
    records = by_text(extract(CHECKLIST, doc_year=2025))
    assert records["3个"].category == "就业创业"
    assert records["40座"].category == "交通畅行"
    assert records["40座"].indicator == "公交站台"
    assert records["12个"].indicator == "城中村改造"


def test_a_bracketed_label_over_checkbox_items_closes_the_group_before_it():
    kinds = {b.text: (b.kind, b.context.heading) for b in structure(CHECKLIST)}
    assert kinds["【业有所成】"][0] == "heading"
    assert kinds["新建3个（目标2个）"][1] == "零工市场"


def test_the_mark_gives_the_stance_of_the_results_on_its_line():
    records = extract(CHECKLIST, doc_year=2025, meta=None)
    stance = {(r.text, r.start): r.stance for r in records}
    first, second = sorted(start for text, start in stance if text == "12个")
    assert stance[("12个", first)] == TARGET          # the goal, before the arrow
    assert stance[("12个", second)] == ACHIEVED       # the result after it
    by = by_text(records)
    assert by["3600户"].stance == ACHIEVED             # a goal's cue does not reach past its part
    assert by["38公里"].stance == ACHIEVED             # in progress: still a result of the year
    assert by["2个"].stance == TARGET                  # the goal in brackets
    assert by["8个"].stance == TARGET and by["5个"].stance == ACHIEVED


@pytest.mark.parametrize("status, sentence, figure, expected", [
    ("done", "600户 → 640户", "600户", TARGET),
    ("done", "600户 → 640户", "640户", ACHIEVED),
    ("failed", "目标10个，建成6个", "10个", TARGET),
    ("progress", "计划20个 → 已开工20个，其中建成9个", "9个", ACHIEVED),
])
def test_checkbox_stance(status, sentence, figure, expected):
    start = sentence.index(figure) if expected == TARGET else sentence.rindex(figure)
    where = Where(sentence, start, start + len(figure), status=status)
    assert figure_stance(where, REPORT, 2025) == expected


BROCHURE = ("某县2036年十件民生实事项目计划\n\n"
            "一、托育服务提升\n"
            "✔ 新增普惠托位300个\n"
            "✔ 幼儿园开设托班12个\n"
            "二、出行更便捷\n"
            "✔ 新增公共停车泊位900个\n")


def test_the_same_mark_on_every_item_of_a_plan_is_a_bullet():
    """Every line ticked, no legend: the tick says nothing of its item; the line's figures
    are the plan's, under the section's heading."""
    records = by_text(extract(BROCHURE, doc_year=2036))
    assert {records[t].stance for t in ("300个", "12个", "900个")} == {TARGET}
    assert records["12个"].category == "常有善育"


def test_a_legend_makes_the_same_mark_a_status():
    legend = BROCHURE.replace("\n\n", "\n图例：✔ 已完成　⏳ 推进中\n\n", 1).replace("项目计划", "完成情况")
    records = by_text(extract(legend, doc_year=2036))
    assert records["900个"].stance == ACHIEVED


def test_an_open_box_reports_nothing():
    """`☐` is an item not yet done: its figures go by the words and the document, as any line."""
    where = Where("计划新建3个", 4, 6, status="open")
    assert figure_stance(where, REPORT, 2025) == figure_stance(Where("计划新建3个", 4, 6), REPORT, 2025)


def test_a_mark_before_a_sentence_names_no_item():
    blocks = structure("✅ 全面完成年度各项任务，新建学校3所。\n")
    assert all(b.kind != "heading" for b in blocks)


@pytest.mark.parametrize("heading, expected", [
    ("幼有所育·学有优教", None),      # two brands: no single category
    ("医疗／养老", None),
    ("住有宜居·城中村改造", "常有安居"),  # one topic beside its brand
])
def test_a_group_heading_joined_by_a_dot_or_slash(heading, expected):
    assert category_of_heading(heading) == expected


def test_other_marks_open_items_too():
    """A markdown task list's boxes and a status word in brackets are checkbox marks; a label
    closed by a colon over the items is their group."""
    text = ("某街道为民办实事进度\n\n"
            "养老服务：\n- [x] 长者食堂 新建15个（目标12个）\n"
            "出行：\n- [ ] 公交站台 计划改造20座\n【推进中】燃气管道更新　目标45公里 → 已完成38公里\n")
    records = by_text(extract(text, doc_year=2025))
    assert records["15个"].indicator == "长者食堂" and records["15个"].stance == ACHIEVED
    assert records["12个"].stance == TARGET
    assert records["20座"].stance == TARGET             # an open box reports nothing done
    assert records["45公里"].stance == TARGET and records["38公里"].stance == ACHIEVED
    headings = [b.text for b in structure(text) if b.kind == "heading"]
    assert "出行：" in headings


def test_a_list_number_before_a_year_is_still_a_list_number():
    blocks = structure("某县工作要点\n\n1.2026年重点任务\n新建学校3所。\n")
    assert any(b.kind == "heading" and b.text == "1.2026年重点任务" for b in blocks)


def test_a_mark_at_the_end_of_its_line_opens_the_item_too():
    text = ("某镇为民办实事完成情况\n\n"
            "农村公路：目标30公里，完成32公里 ✅\n"
            "卫生室：目标6个，已建成4个 ⏳\n"
            "全年新增学位3000个。\n")
    records = by_text(extract(text, doc_year=2025))
    assert records["30公里"].stance == TARGET and records["32公里"].stance == ACHIEVED
    assert records["4个"].indicator == "卫生室" and records["4个"].stance == ACHIEVED
    # the item governs its own line: the prose after the list goes by its own words
    assert records["3000个"].category == "常有优学"


def test_a_closing_mark_after_a_name_alone_opens_nothing():
    blocks = structure("某镇工作\n\n卫生室建设 ✅\n")
    assert not any(b.context.status for b in blocks)


def test_a_row_of_checks_ticked_one_by_one_is_no_checkbox_item():
    # made up: a trip sheet's field line whose last field ticks its checks; it heads nothing, so the
    # safety words of the checks do not file the table under it
    text = ("某县城乡公交班车　行车路单\n\n运营单位：某县公共交通有限公司\n"
            "出车时间：5:40　　收车时间：18:25　　出车前检查：轮胎√　灯光√　灭火器√　安全锤√\n\n"
            "| 趟次 | 起讫 | 实载（人次） | 里程（公里） |\n|---|---|---|---|\n| 1 | 甲村—县城 | 15 | 46.2 |\n"
            "| 2 | 县城—乙镇 | 10 | 28.5 |\n| 3 | 乙镇—甲村 | 6 | 24.8 |\n")
    assert not any(b.kind == "heading" for b in structure(text))
    assert by_text(extract(text, doc_year=2030))["15"].category == "交通畅行"


def test_a_figure_alone_on_its_line_counts_what_the_line_beside_it_names():
    """A figure box: the figure on one line, its words on the other, either way round."""
    text = ("数读某县2025\n\n▍出行与环境\n"
            "88公里\n新建改建城市道路\n\n"
            "新建口袋公园\n14座\n\n"
            "3座\n新建学校3所。\n")
    records = {(r.text, r.start): r for r in extract(text, doc_year=2025)}
    by = {text: r for (text, _), r in records.items()}
    assert by["88公里"].indicator == "城市道路" and by["88公里"].category == "交通畅行"
    assert by["14座"].indicator == "口袋公园" and by["14座"].category == "环境改善"
    # a line with a figure of its own, or a sentence, captions nothing
    assert by["3座"].indicator != "学校"


def test_a_headline_box_under_a_slogan_counts_what_the_next_line_restating_it_names():
    """A listicle item: a numbered slogan, the figure alone on its line, then a sentence that
    restates the figure with its words: the box counts what that sentence names, not the slogan."""
    text = ("某县2024年终盘点\n"
            "第一件　娃娃有处托\n860个\n新增普惠托位860个，覆盖全部街道。\n"
            "第二件　饭碗端得稳\n1.3万人\n城镇新增就业1.3万人，零就业家庭动态清零。\n")
    by = {}
    for r in extract(text, doc_year=2024):
        by.setdefault(r.text, []).append(r)
    assert [r.indicator for r in by["860个"]] == ["普惠托位", "普惠托位"]
    assert [r.indicator for r in by["1.3万人"]] == ["城镇新增就业", "城镇新增就业"]
    assert by["860个"][0].category == by["860个"][1].category


def test_a_column_of_cards_captions_each_figure_by_the_line_under_it():
    """Several cards in one block, each a figure over its caption; the block's last figure
    with no line under it takes the line over it."""
    text = ("▍出行\n9条\n新开定制公交线路\n2600个\n新增公共停车泊位\n\n▍托育\n"
            "760个普惠托位新增\n每千人口拥有3岁以下婴幼儿托位\n4.1个\n")
    by = {r.text: r for r in extract(text, doc_year=2025)}
    assert "公交线路" in by["9条"].indicator and by["9条"].category == "交通畅行"
    assert "停车泊位" in by["2600个"].indicator and by["2600个"].category == "交通畅行"
    assert "托位" in by["4.1个"].indicator and by["4.1个"].category == "常有善育"


def test_a_column_of_figure_boxes_reads_each_caption_under_its_figure():
    """A data-news card: figure, caption, figure, caption … in one block; the last figure,
    with no line under it, takes the line over it."""
    text = ("数读某区2025\n\n▍出行与住房\n"
            "12座\n新建口袋公园\n6条\n新开、优化公交线路\n2.6万人\n城镇新增就业\n\n"
            "新增托位\n900个\n新建养老床位\n300张\n")
    by = {r.text: r for r in extract(text, doc_year=2025)}
    assert by["12座"].indicator == "口袋公园"
    assert by["6条"].indicator == "公交线路"
    assert by["2.6万人"].indicator == "城镇新增就业"
    # captions over their figures, where the block opens with words
    assert by["900个"].indicator == "托位" and by["300张"].indicator == "养老床位"


def test_a_line_that_only_compares_counts_what_the_figure_before_counts():
    """`比上年多80张`, `提高到830元` under a figure name nothing: the figure of their unit before
    them in the paragraph; a growth rate so written is that figure's growth, with its frame."""
    text = ("数读某县2025\n\n▍民生\n"
            "3.4万人\n城镇新增就业\n比上年增长6%\n\n"
            "520张\n新增养老床位\n比上年多80张\n\n"
            "城市低保标准每人每月800元\n提高到830元\n")
    by = {r.text: r for r in extract(text, doc_year=2025)}
    assert by["6%"].indicator == "城镇新增就业比上年增长"
    assert by["80张"].indicator == "养老床位"
    assert by["830元"].indicator == "城市低保标准"


def test_a_marked_headline_numbered_as_a_list_s_part_heads_its_section_though_it_holds_a_figure():
    # made up: a year's top news, each headline marked and numbered; a headline with a figure in it
    # (`惠及2300户`, `208国道`) or a count of its items (`（3条）`) ends the section before it
    text = ("某旗2031年度十大新闻揭晓\n\n　　◆ 三、第三小学新校区投入使用\n　　新校区建筑面积1.2万平方米。\n\n"
            "　　◆ 四、牧区“暖心工程”惠及2300户\n　　全年为2300户牧民改造危旧住房，每户补助8000元。\n\n"
            "　　◇ 提名新闻（3条）\n　　·全旗新建村卫生室3个。\n")
    records, _ = analyse(Document("t", text))
    found = {(r.text, r.start): r.category for r in records}
    assert [c for (t, _), c in found.items() if t == "8000元"] == ["常有安居"]
    assert [c for (t, _), c in found.items() if t == "3个"] == ["常有健康"]
