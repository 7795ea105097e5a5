"""Figures a correction takes back (pipeline/retractions.py, extractors/data/dialogue.toml
[retraction]). Made-up chat export."""
from pipeline import extract

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
