"""Figures a correction takes back (pipeline/retractions.py, extractors/data/dialogue.toml
[retraction]). Made-up chat export."""
from pipeline import extract
from pipeline.document import Document
from pipeline.run import analyse

CHAT = """# 对话导出

**用户：**
某县2031年民生实事有哪些？

**助手：**
2031年某县计划新建社区老年食堂20个，新增普惠托位300个。

**用户：**
老年食堂不对，县政府网站写的是24个。

**助手：**
感谢指正，更正如下：新建社区老年食堂24个，新增普惠托位300个。

**用户：**
去年建了多少个社区老年食堂？
"""


def test_a_corrected_figure_is_taken_back_and_a_repeated_one_stays():
    texts = [r.text for r in extract(CHAT, doc_year=2031)]
    assert "20个" not in texts
    assert texts.count("24个") == 2 and texts.count("300个") == 2


def test_without_a_correction_nothing_is_taken_back():
    texts = [r.text for r in extract(CHAT.replace("感谢指正，更正如下：", "好的："), doc_year=2031)]
    assert "20个" in texts


def test_a_correction_notice_s_quoted_original_text_is_withdrawn():
    # made up: the notice quotes what it withdraws (`原文：“…”`, `“…”应为“…”`, `原文误为…`); the
    # corrected figures are the notice's statements, and so is what it names again unchanged
    text = ("关于某县2033年民生实事项目安排的更正启事\n\n"
            "　　1. 第2项中，“新增普惠托位120个”应为“新增普惠托位210个”。\n"
            "　　2. 更正后总投资3.92亿元（原文误为3.29亿元）。\n"
            "　　3. 原文：“建设民俗文化展示馆1座，新打机电井24口。”更正为：“新打机电井26口。”\n"
            "　　4. 原文中“居延海景区”更正为“胡杨林景区”，旅游厕所12座不变。\n")
    records, _ = analyse(Document("t", text), doc_year=2033)
    kept = {r.text for r in records}
    assert {"210个", "3.92亿元", "26口", "12座"} <= kept
    assert not kept & {"120个", "3.29亿元", "1座", "24口"}


def test_a_draft_quoted_in_a_check_record_is_withdrawn():
    # made up: a film's subtitle check notes the draft's figure and the checked one
    text = ("——字幕数据核对记录——\n字幕卡5原稿“户厕改造完成140座”，经核对更正为142座。\n"
            "字幕卡9原表述“观众2万人次”，更正为观众2.6万人次。\n")
    kept = {r.text for r in analyse(Document("t", text), doc_year=2033)[0]}
    assert {"142座", "2.6万人次"} <= kept and not kept & {"140座", "2万人次"}


def test_a_total_standing_at_the_year_s_end_after_a_correction_takes_back_no_target_or_result():
    # made up: a statistics bureau's query sheet; after the correction, the year's standing totals are
    # stock, not corrected values of the table's target and result
    text = ("某县统计局统计数据审核疑问反馈单\n\n二、审核明细\n序号\t指标名称\t计量单位\t年度目标\t报送完成值\n"
            "01\t普惠托位\t个\t60\t64\n02\t老年助餐点\t个\t6\t6\n\n三、复核结论\n"
            "　　经复核，同意更正第06项。更正后，截至2031年底，全县老年助餐点达到17个，普惠托位累计达到214个。\n")
    kept = [r.text for r in extract(text, doc_year=2031)]
    assert {"60", "64", "17个", "214个"} <= set(kept) and kept.count("6") == 2
