"""Transcript turns (pipeline/dialogue.py), through the whole run on a made-up inquiry."""
from pipeline.dialogue import ANSWERING, ASKING, turn_of
from pipeline.document import Document
from pipeline.run import analyse

INQUIRY = ("某市人大常委会专题询问实录\n\n"
           "询问人　常委会委员 张某：\n今年承诺为6000名独居老人安装智能烟感报警器，现在装了多少？\n\n"
           "应询人　市应急管理局局长 李某：\n截至8月底已安装5200名，回访满意率96%。\n\n"
           "询问人　张某（追问）：\n5200名离6000名还差800名，年底能完成吗？\n\n"
           "问：还有什么打算？\n\n答：年底前全部完成。\n")


def test_speaker_tags_open_turns():
    assert turn_of("询问人　常委会委员 张某：\n今年…") == ASKING
    assert turn_of("应询人　某局局长 李某：\n截至…") == ANSWERING
    assert turn_of("答：年底前全部完成。") == ANSWERING
    assert turn_of("问题：资金缺口较大。") is None
    assert turn_of("今年新建养老驿站6个。") is None


def test_an_answer_counts_what_the_question_asked_about_and_quoted_figures_keep_their_subject():
    records, _ = analyse(Document("t", INQUIRY))
    found = {(r.text, r.start): r for r in records}
    by_text: dict[str, list] = {}
    for (text, _), r in sorted(found.items(), key=lambda kv: kv[0][1]):
        by_text.setdefault(text, []).append(r)
    asked = by_text["6000名"][0]
    assert asked.indicator == "独居老人"
    for answer in by_text["5200名"] + by_text["6000名"] + by_text["800名"]:
        assert (answer.indicator, answer.category) == (asked.indicator, asked.category)


def test_without_turns_nothing_is_carried_between_paragraphs():
    records, _ = analyse(Document("t", "某县简报\n\n为6000名独居老人安装报警器。\n\n截至8月底已安装5200名。\n"))
    assert {r.text: r.indicator for r in records}["5200名"] != "独居老人"


INTERVIEW = ("某区发改局负责人答记者问\n\n"
             "问：就业方面有什么安排？\n\n答：今年新增城镇就业1.5万人，开发公益性岗位260个。\n\n"
             "问：怎么保证这些项目落地见效？\n\n答：每件实事明确1名区领导牵头。另外组成4个督查组全程跟踪。\n")


def test_a_question_about_the_whole_list_ends_the_topic_of_the_answers_before():
    records = {r.text: r for r in analyse(Document("t", INTERVIEW))[0]}
    assert records["1.5万人"].category == "就业创业"
    assert records["4个"].category == "其他"


def test_other_wordings_of_a_question_about_the_whole_list():
    text = INTERVIEW.replace("怎么保证这些项目落地见效", "这批项目的资金怎么保障")
    records = {r.text: r for r in analyse(Document("t", text))[0]}
    assert records["1.5万人"].category == "就业创业"
    assert records["4个"].category == "其他"
