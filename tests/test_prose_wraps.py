"""A paragraph of short lines wrapped at no fixed width (a teleprompter's screen) is read as its sentences:
the clean view drops the line breaks inside them (pipeline/document.py `_prose_wraps`), offsets kept."""
from pipeline import extract
from pipeline.document import Document


def clean(text: str) -> str:
    return Document("t", text).clean.text


def test_the_line_breaks_inside_a_wrapped_sentence_are_read_as_nothing():
    text = "【屏02｜县长】\n先交个底：去年我们许下的\n十件实事已经全部兑现，\n完成投资5.2亿元。\n今年的十件，是2月6日\n代表们投出来的。\n"
    assert clean(text) == ("【屏02｜县长】\n先交个底：去年我们许下的十件实事已经全部兑现，完成投资5.2亿元。\n"
                           "今年的十件，是2月6日代表们投出来的。\n")
    # and a figure keeps its place in the original text, its year what the sentence's head says
    records = {r.text: r for r in extract(text, doc_year=2031)}
    assert records["5.2亿元"].year == 2030
    assert text[records["5.2亿元"].start:records["5.2亿元"].end] == "5.2亿元"


def test_labels_fields_items_cards_titles_and_dates_keep_their_lines():
    # a short label over its lines, a field's key, a numbered item: each line stays a line
    labelled = "2036年度\n教育：新增学位900个。\n养老：新建食堂5个。\n"
    assert clean(labelled) == labelled
    items = "全年要办的实事有这样几件，\n1. 新增托位300个。\n2. 新建食堂5个。\n"
    assert clean(items) == items
    # lines that mostly end with no mark are a list or a card, not prose
    card = "托位　　　　300个\n助餐食堂建设　5个\n老旧小区改造　12个\n"
    assert clean(card) == card
    # a row of comma-separated values is no prose, whatever its commas
    csv = ("序号,被结对人,类别,年龄,本季度探访（次）,备注\n1,孙某,独居老人,86,88,\n2,陈某,空巢老人,79,39,\n"
           "3,王某,独居老人,91,91,5月摔倒1次已送医\n4,朱某,留守儿童,9,26,作业辅导\n")
    assert clean(csv) == csv
    # a table one cell a line under a caption in the paragraph's last line of prose
    table = "区主干道加装路灯40盏。\n　　附：项目资金申请表\n项目名称\n申请资金（万元）\n社区老年食堂\n48\n"
    assert clean(table) == table
    # a paragraph's first line is its title; a date line is the page's
    head = "某县新增托位工作推进会召开\n2030-05-18\n今年全县计划新增普惠托位300个，建成托育点5个。\n"
    assert clean(head) == head
