"""The cleaned view and its offset map back to the original text."""
from pathlib import Path

import pytest

from extractors.script import all_han, simplified_same_length
from pipeline.document import OffsetMap, _count_traditional, clean_view

CORPUS = Path(__file__).parent.parent / "corpus"


def test_offset_map_round_trip():
    offsets = OffsetMap([(3, 5), (8, 9)])         # original "abcXXdefYgh" → clean "abcdefgh"
    original = "abcXXdefYgh"
    clean = "abcdefgh"
    for i, ch in enumerate(clean):
        assert original[offsets.to_original(i)] == ch
    assert offsets.span_to_original(2, 4) == (2, 6)   # "cd" → "cXXd": the inner gap stays inside
    assert offsets.span_to_original(3, 6) == (5, 8)   # "def" never grows over the gap at its edge


@pytest.mark.parametrize("broken,joined", [
    ("临\n\n时救助资金", "临时救助资金"),
    ("城乡社区工\n\n作者298人", "城乡社区工作者298人"),
    ("编制养老服务设施空间布局\n\n规划", "布局规划"),
    ("江苏省基层社会治理创新\n\n成果奖1项", "创新成果奖1项"),
    ("全部完\n\n工，省内", "全部完工，省内"),
])
def test_page_breaks_inside_sentences_are_joined(broken, joined):
    text = (CORPUS / "002_4328cf5303d8d476.txt").read_text(encoding="utf-8")
    assert broken in text
    view = clean_view(text)
    assert joined in view.text
    position = view.text.index(joined)
    start, end = view.offsets.span_to_original(position, position + len(joined))
    assert text[start:end].replace("\n", "") == joined


@pytest.mark.parametrize("footer", ["— 2 —", "- 12 -", "第3页", "第 3 页 共 8 页",
                                    # a full-width dash, and the count of pages after a mark (structure.toml's page_number)
                                    "－2－", "第2页/共5页", "第 2 页，共 5 页",
                                    # the running title beside the number across a wide gap, and no blank lines
                                    "某区2026年区级预算（草案）\u3000\u3000\u3000\u3000— 2 —",
                                    "— 2 —    某区人民政府办公室", "\n— 2 —\n"])
def test_a_page_footer_inside_a_sentence_is_closed_up(footer):
    footer = footer if footer.startswith("\n") else f"\n\n{footer}\n\n"
    text = f"全年新改扩建中小学校15所、幼儿园22所，新增公办中小学学{footer}位2.6万个、公办幼儿园学位8100个。"
    view = clean_view(text)
    assert "新增公办中小学学位2.6万个" in view.text
    position = view.text.index("2.6万个")
    start, end = view.offsets.span_to_original(position, position + 5)
    assert text[start:end] == "2.6万个"


HEADER = "某市某区2024年为民办实事完成情况\u3000\u3000\u3000\u3000某区人民政府"


def test_a_running_header_inside_a_split_figure_belongs_to_no_sentence():
    text = (f"{HEADER}\n\n　　三、养老服务方面。新建老年助餐点18个，累计服务老年人1\n\n— 2 —\n\n"
            f"{HEADER}\n\n5.6万人次；发放高龄津贴3200万元。")
    view = clean_view(text)
    assert "累计服务老年人15.6万人次" in view.text
    position = view.text.index("15.6万人次")
    start, end = view.offsets.span_to_original(position, position + 7)
    assert text[start] == "1" and text[end - 3:end] == "万人次"


def test_a_line_after_a_page_number_that_the_document_does_not_repeat_is_text():
    text = ("　　三、养老服务方面。新建老年助餐点18个，累计服务老年人1\n\n— 2 —\n\n"
            "附表说明\n\n5.6万人次；发放高龄津贴3200万元。")
    assert "附表说明" in clean_view(text).text


def test_a_page_footer_between_paragraphs_stays():
    text = "全年新改扩建中小学校15所、幼儿园22所。\n\n— 2 —\n\n二、学有优教：新增公办学位2.6万个"
    assert clean_view(text).text == text


def test_a_line_break_alone_is_no_page_break():
    text = "全年新改扩建中小学校15所、幼儿园22所，新增公办中小学学\n位2.6万个。"
    assert clean_view(text).text == text


def test_a_bare_number_line_is_not_taken_for_a_footer():
    text = "全年新改扩建中小学校15所、幼儿园22所，新增\n\n2\n\n位2.6万个。"
    assert clean_view(text).text == text


def test_headings_and_paragraph_boundaries_are_kept():
    text = "民生保障：密织保障网，让幸福底色更鲜亮\n\n今年以来，全市新增学位2万个，建成学校5所。\n\n## 打造“六个常有”民生服务品牌 积极探索共同富裕新路径\n\n2021年9月，江苏省常州市首次提出打造。"
    assert clean_view(text).text == text


def test_markdown_bold_is_dropped_and_mapped_back():
    text = "新增**32个**老年助餐点"
    view = clean_view(text)
    assert view.text == "新增32个老年助餐点"
    start, end = view.offsets.span_to_original(2, 5)
    assert text[start:end] == "32个"


def test_spaces_setting_bold_off_from_chinese_are_dropped_too():
    text = "总投资约 **5.3亿元**，覆盖率不低于 **80%**。"
    view = clean_view(text)
    assert view.text == "总投资约5.3亿元，覆盖率不低于80%。"
    start, end = view.offsets.span_to_original(4, 9)
    assert text[start:end] == "5.3亿元"
    assert clean_view("see **AED** here").text == "see AED here"     # spaces between Latin words stay


def test_corpus_clean_views_only_delete():
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        view = clean_view(text)
        mapped = "".join(text[view.offsets.to_original(i)] for i in range(len(view.text)))
        assert mapped == view.text


def test_traditional_text_is_read_in_simplified_characters_at_the_same_offsets():
    text = "今年將新增普惠托位3,000個，為1.5萬戶老年人家庭實施適老化改造。"
    view = clean_view(text)
    assert view.text == "今年将新增普惠托位3,000个，为1.5万户老年人家庭实施适老化改造。"
    assert len(view.text) == len(text)
    start = view.text.index("老年人家庭")
    assert view.original_chars(view.text[start:start + 5]) == text[start:start + 5] == "老年人家庭"
    assert view.original_chars("实施适老化改造") == "實施適老化改造"


def test_simplified_text_is_left_alone_even_with_a_stray_traditional_character():
    text = "乾隆年间建成的古桥，今年修缮桥面1200平方米，新增停车泊位300个，建设口袋公园5个。"
    view = clean_view(text)
    assert view.text == text and view.restore == {}


@pytest.mark.parametrize("text, expected", [
    ("灌溉面积", True), ("就业文体", True),
    ("面积2", False), ("就业 文体", False), ("（含）", False), ("", False),
])
def test_a_run_of_chinese_characters_alone(text, expected):
    assert all_han(text) is expected


def test_traditional_records_keep_the_documents_characters():
    from pipeline import extract

    records = extract("2025年長春將新建社區老年食堂120個，總投資約3億元。")
    by_text = {r.text: r for r in records}
    assert by_text["120個"].unit == "个" and by_text["120個"].category == "常有颐养"
    assert "社區老年食堂" in by_text["120個"].indicator
    assert by_text["3億元"].qualifier == "approx" and by_text["3億元"].value == 3e8


WRAPPED = (
    "关于某区民生实事项目完成情况的通报\n"
    "    一、托育服务。新增普惠托位３６０个，完成计划的\n"
    "１１０％；新建社区托育点１２个，培训托育从业人员\n"
    "５００人次，新增学位1\n"
    "450个，惠及居民1.\n"
    "2万户，缓解了３个片区的入托难问题，群众反映良好。\n"
    "    二、养老服务。新建社区老年食堂２０个、日间照料\n"
    "中心６个，为８００户困难老年人家庭实施适老化改造\n"
    "，户均投入约３ ８００元，惠及老年人２４００余名。\n"
    "    三、住房保障。改造老旧小区３６个，惠及居民４千户\n"
    "，加装电梯５０部，更换老旧供热管网１２公里。\n"
)


def test_a_hard_wrapped_scan_is_read_as_running_text():
    view = clean_view(WRAPPED)
    assert "完成计划的１１０％；" in view.text            # a full line cut mid-sentence
    assert "新增学位1450个" in view.text                  # a number cut by the wrap
    assert "惠及居民1.2万户" in view.text                 # ... after its decimal point
    assert "\n    二、养老服务" in view.text               # an indented numbered item starts a new line
    start = view.text.index("1450个")
    s, e = view.offsets.span_to_original(start, start + len("1450个"))
    assert WRAPPED[s:e] == "1\n450个"


def test_text_that_is_not_hard_wrapped_keeps_its_lines():
    text = "新增托位360个\n新建食堂20个\n" * 3 + "全年新增普惠托位三百六十个，新建社区食堂二十个，改造老旧小区三十六个\n短行\n"
    assert clean_view(text).text == text


@pytest.mark.parametrize("text", ["今年新建養老服務中心12個，總投資約3.5億元。", "全区新增托位800个，惠及家庭1200户。",
                                  "臺灣、香港與澳門的3家機構", ""])
def test_traditional_characters_counted_one_by_one(text: str) -> None:
    # the count that decides whether a text is read in simplified characters: every
    # character of the CJK block that OpenCC changes on its own, and nothing else
    expected = sum(1 for c in text if 0x4E00 <= ord(c) < 0xA000 and simplified_same_length(c) != c)
    assert _count_traditional(text) == expected


def test_an_item_number_alone_on_a_wrapped_line_is_not_joined_to_a_figure():
    lines = ["新增普惠托位３６０个，新建社区托育点１２个，培训托育从业人员"] * 8
    text = "\n".join(lines) + "\n6.\n300个老旧小区完成改造，惠及居民２万户，群众反映良好。\n"
    assert "\n6.\n300个" in clean_view(text).text


@pytest.mark.parametrize("bar", ["|", "｜", "│"])
def test_rows_of_a_table_parted_by_bars_are_not_a_wrapped_text(bar):
    # made up: a roster's rows run to about one length, as a wrapped text's lines do
    rows = [bar.join([str(n), "某某某", "女", str(1960 + n), "某某镇", "12", str(n), "91.7", "合格"]) for n in range(1, 10)]
    text = bar.join(["序号", "姓名", "性别", "出生年份", "乡镇（街道）", "应出勤（次）", "实出勤（次）", "出勤率（%）", "结业考核"]) \
        + "\n" + "\n".join(rows) + "\n"
    assert clean_view(text).text == text


@pytest.mark.parametrize("bullet", ["✅", "★", "👉", "✔"])
def test_a_line_led_by_a_check_mark_or_an_emoji_starts_an_item_of_a_wrapped_text(bullet):
    # a poster's short lines are of one width, as a wrapped text's are; each marked line is an item of its own
    lines = [f"{bullet} 新增普惠性托位{n}个完成年度目标任务的一倍以上" for n in range(1280, 1290)]
    text = "\n".join(lines) + "\n"
    assert clean_view(text).text == text


def test_a_figure_cut_from_its_measure_word_by_a_line_end_is_closed_up():
    # lines of uneven width (an OCR'd page: its spaces vary), so no wrap width is found
    text = ("  全 市 新 增 城 镇 就 业 5 . 1 万 人，开展创业培训3.7\n万人次，超额完成任务。\n"
            "  新建口袋公园9个，修复沿河步道l6.5\n公里。\n")
    view = clean_view(text)
    assert "开展创业培训3.7万人次，" in view.text
    assert "步道l6.5公里。" in view.text
    start = view.text.index("3.7万人次")
    s, e = view.offsets.span_to_original(start, start + len("3.7万人次"))
    assert text[s:e] == "3.7\n万人次"


def test_a_figure_whose_magnitude_stays_on_the_line_before_its_measure_word_is_closed_up():
    # made up: a notice wrapped by hand, the figure's 万 before the line end and its 人次 after
    text = ("    今年共运送旅客8.6万人次，其中学生1.2万人次，60岁以上老人约3.1万\n"
            "人次；帮助沿线村民运送山货等约120吨。\n")
    view = clean_view(text)
    assert "老人约3.1万人次；" in view.text
    start = view.text.index("3.1万人次")
    s, e = view.offsets.span_to_original(start, start + len("3.1万人次"))
    assert text[s:e] == "3.1万\n人次"


@pytest.mark.parametrize("text", [
    "附件2\n项目清单，共十项。\n",                              # a short heading line before
    "合计  投资  4.5\n万元，按年度拨付。\n",                      # a row aligned by spaces
    "全年新增托位，养老床位分别为12\n个人认为这是好事\n",          # no punctuation after: a caption
    "全市新增托位，养老床位1 200\n\n个，其中护理型床位。\n",       # a paragraph break
])
def test_a_figure_at_a_line_end_stays_where_it_is_no_wrap(text):
    assert clean_view(text).text == text


def test_letter_spaced_text_is_read_as_words():
    text = "  全 市 新 增 养 老 床 位 6 . 2 千 张，完成率9 8 %。\n"
    view = clean_view(text)
    assert "全市新增养老床位6.2千张，" in view.text
    start = view.text.index("6.2千张")
    s, e = view.offsets.span_to_original(start, start + len("6.2千张"))
    assert text[s:e] == "6 . 2 千 张"


def test_a_figure_spelled_out_digit_by_digit_reads_whole():
    text = "新建活动室1处，面积3 6 5 平方米，"
    view = clean_view(text)
    assert "面积365 平方米" in view.text
    start = view.text.index("365")
    s, e = view.offsets.span_to_original(start, start + 3)
    assert text[s:e] == "3 6 5"


@pytest.mark.parametrize("text", [
    "2025 年 3 月 18 日",                 # a date typeset with spaces: two Han characters
    "编号 4 5 6 7",                       # digits spaced with no measure word after
    "共有2 3个",                            # two digits: two numbers as well as one
    "名额 2023 2024 2025 各一",           # numbers of several digits
    "| 是 | 否 | 是 | 否 |",              # cells between column bars
    "甲  乙  丙  丁  戊",                  # columns aligned by double spaces
    "a b c d e f",                          # no Han character
])
def test_spaced_text_that_is_not_letter_spaced_keeps_its_spaces(text):
    assert clean_view(text).text == text


def test_a_deletion_that_overlaps_an_html_tag_is_left_to_the_tag():
    from pipeline.document import _outside
    tags = [(10, 14), (20, 25)]
    # starting inside a tag, ending inside one, spanning one, or clear of both
    assert _outside([(11, 12), (8, 11), (19, 26), (15, 18)], tags, whole=True) == [(15, 18)]
    # without `whole`, only a start inside a range counts
    assert _outside([(11, 12), (8, 11), (19, 26), (15, 18)], tags) == [(8, 11), (19, 26), (15, 18)]


# A data card (数读): the big figure on its own line, its measure word opening the caption line;
# a short label glued to a figure whose measure word the layout pushed down. Made-up cards.
CARD = "▌养老\n8.4万\n人次享受上门服务\n\n35\n个村级幸福院建成\n惠及老人6120\n人\n每月补贴2\n元（高龄老人）\n"


def test_a_cards_figure_reads_whole_across_the_line_break_before_its_measure_word():
    view = clean_view(CARD)
    for joined in ("8.4万人次享受上门服务", "35个村级幸福院建成", "惠及老人6120人", "每月补贴2元（高龄老人）"):
        assert joined in view.text
    start = view.text.index("8.4万人次")
    s, e = view.offsets.span_to_original(start, start + len("8.4万人次"))
    assert CARD[s:e] == "8.4万\n人次"


@pytest.mark.parametrize("text", [
    "01\n个人养老金开户指南\n",                 # an item's number over its title
    "附件3\n项目清单\n",                       # a heading's number, then a word that starts with a measure word
    "合计\n120\n个\n",                         # one cell per line: a lone figure over a lone measure word
    "新增\t35\n个\t社区\n",                    # cells parted by tabs
    "全年新增托位，床位分别为12\n个人认为很好\n",   # a clause of prose before
    "事业收入\n213.80\n本年支出合计\n948.17\n",    # `本年`, "this year", opens the next label: no books
    "大垅塘\n2.8\n6.2\n张某某\n",                 # a roster's name cell, its given name masked: no sheets
])
def test_a_line_that_is_no_card_keeps_its_break(text):
    assert clean_view(text).text == text


def test_a_masked_names_stars_leave_the_rows_tab_alone():
    text = "序号\t姓名\t金额（元）\n3\t陈**\t4500\n"
    assert clean_view(text).text == "序号\t姓名\t金额（元）\n3\t陈\t4500\n"
