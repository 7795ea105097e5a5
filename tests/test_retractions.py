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
