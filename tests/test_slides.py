"""Slide decks exported as text (pipeline/slides.py, extractors/data/structure.toml [slide]):
each slide's title heads its bullets and notes. Made-up deck."""
from pipeline import extract
from pipeline.document import DocMeta
from pipeline.slides import slide_titles
from pipeline.structure import structure

DECK = """某县民生实事发布会.pptx

--- 幻灯片 1 ---
标题：2031年某县民生实事发布会
2031年1月8日

--- 幻灯片 2 ---
标题：2030年民生实事：全部完成
• 新增托位300个（目标280个）
备注：去年的数据以统计为准。

--- 幻灯片 3 ---
标题：养老服务
• 新建老年食堂12个

--- 幻灯片 4 ---
标题：2031年计划
• 新建老年食堂15个
"""


def test_titles_follow_their_marks():
    lines = DECK.split("\n")
    titles = slide_titles(lines)
    assert [t.title for t in titles.values()] == ["2031年某县民生实事发布会", "2030年民生实事：全部完成", "养老服务", "2031年计划"]
    assert all(lines[t.mark].startswith("--- 幻灯片") for t in titles.values())


def test_a_page_mark_without_a_title_is_no_slide():
    assert slide_titles(["——第3页——", "新增托位300个，完成年度目标。"]) == {}


def test_a_title_year_holds_for_the_slides_after_it():
    blocks = structure(DECK)
    headings = [b.text for b in blocks if b.kind in ("title", "heading")]
    assert headings[-3:] == ["标题：2030年民生实事：全部完成", "标题：养老服务", "标题：2031年计划"]
    records = {r.text: r for r in extract(DECK, doc_year=2031, meta=DocMeta(kind="mixed"))}
    assert records["300个"].year == 2030
    assert records["12个"].year == 2030      # the title of slide 3 states no year
    assert records["15个"].year == 2031
    # in a deck that reports last year and plans this one, the year says which way a figure looks
    assert records["12个"].stance == "achieved"
    assert records["15个"].stance == "target"
