"""Quizzes read as the statements their answer key makes true (pipeline/quiz.py).
Made-up papers in several layouts: options on one line or one per line, lettered `A．`,
`A.`, `A、` or `(A)`; keys under `参考答案` or `正确答案`, written `1．B 2．C` or one
a line, or beside the question (`答案：B`); fill-in blanks of brackets or underscores;
true/false statements with and without a correction."""
from pipeline.columns import reading_order
from pipeline.document import Document
from pipeline.quiz import quiz_regions
from pipeline.run import analyse

_ONE_LINE = """某县2031年惠民实事知识问答

一、选择题
1．2031年全县计划新建社区食堂（　）。
　　A．6个　　B．9个　　C．14个　　D．20个
2．今年计划新增停车泊位（　）个，其中充电桩车位300个。
　　A．600　　B．850　　C．1200　　D．2000
3．2030年全县新增城镇就业（　）人，完成年度任务。
　　A．3100　　B．3900　　C．4400　　D．5200

二、填空题
4．今年将改造农村公路（　　）公里，新建公厕（　　）座。

三、判断题
5．今年计划为全县2.5万名老年人免费体检。（　）
6．目前全县已建成日间照料中心30家。（　）
7．今年将新建游泳馆3座。（　）

参考答案
一、1．B　2．C　3．A
二、4．46；18
三、5．√　6．×（应为34家）　7．×
"""

_ONE_PER_LINE = """惠民政策竞赛题（样卷）
1. 2032年全市计划新增普惠托位多少个？
(A) 500个
(B) 800个
(C) 1100个
2. 老旧小区改造计划完成____个。
(A) 40
(B) 52
(C) 75
正确答案
1. C
2. B
"""

_INLINE = """1、今年计划建设口袋公园（　）。
A、12个　B、16个　C、20个
答案：B
2、今年计划改造燃气管道（　）公里。
A、35　B、60　C、90
答案：C
"""

_RUN_KEY = """1.今年新建城市书房（　）。A.3座 B.5座 C.8座
2.今年改造农村危房（　）户。 A.120 B.260 C.400
3.今年新增养老床位（　）张。 A.300 B.450 C.600
答案
1-3 BCA
"""

_ANSWERED_COPY = """（附答案）
1．今年计划新建社区卫生服务站（C）。
A．2个　B．4个　C．6个
2．今年计划新增公办幼儿园学位（A）个。
A．1800　B．2400　C．3000
"""

_NOT_A_QUIZ = """某县2031年工作安排
1．实施两项工程：
A. 新建社区食堂9个；
B. 改造老旧小区52个。
2．其他事项另行安排。
"""


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    for r in records:
        assert text[r.start:r.end] == r.text
    return {r.text: r for r in records}


def test_the_chosen_option_stands_in_the_blank_and_wrong_options_are_no_text():
    order = reading_order(_ONE_LINE)
    assert order is not None
    assert "2031年全县计划新建社区食堂9个。" in order.text
    assert "今年计划新增停车泊位1200个，其中充电桩车位300个。" in order.text
    for wrong in ("6个", "14个", "20个", "600", "850", "2000", "4400"):
        assert wrong not in order.text


def test_a_bare_option_takes_the_measure_word_after_the_stem_s_blank():
    found = _records(_ONE_LINE)
    assert (found["1200"].value, found["1200"].unit) == (1200, "个")
    assert found["3100"].unit == "人" and found["3100"].year == 2030
    assert "850" not in found and "14个" not in found


def test_fill_in_answers_take_their_blank_s_place_and_the_key_is_no_text():
    order = reading_order(_ONE_LINE)
    assert "今年将改造农村公路46公里，新建公厕18座。" in order.text
    assert "参考答案" not in order.text and "1．B" not in order.text
    found = _records(_ONE_LINE)
    assert (found["46"].unit, found["18"].unit) == ("公里", "座")


def test_a_false_statement_reads_with_its_correction_or_not_at_all():
    order = reading_order(_ONE_LINE)
    assert "今年计划为全县2.5万名老年人免费体检。" in order.text
    assert "目前全县已建成日间照料中心34家。" in order.text
    assert "30家" not in order.text and "游泳馆" not in order.text
    found = _records(_ONE_LINE)
    assert found["34家"].value == 34 and "30家" not in found and "3座" not in found


def test_options_one_per_line_a_stem_without_a_blank_and_underscores():
    order = reading_order(_ONE_PER_LINE)
    assert order is not None
    assert "2032年全市计划新增普惠托位多少个1100个？" in order.text
    assert "老旧小区改造计划完成52个。" in order.text
    found = _records(_ONE_PER_LINE)
    assert "500个" not in found and "800个" not in found
    assert (found["52"].value, found["52"].unit) == (52, "个")


def test_an_answer_beside_its_question():
    order = reading_order(_INLINE)
    assert order is not None
    assert "今年计划建设口袋公园16个。" in order.text
    assert "今年计划改造燃气管道90公里。" in order.text
    assert "答案" not in order.text and "12个" not in order.text


def test_a_lettered_list_without_an_answer_key_is_no_quiz():
    assert quiz_regions(_NOT_A_QUIZ) == []
    found = _records(_NOT_A_QUIZ)
    assert {"9个", "52个"} <= set(found)


def test_a_key_that_gives_a_run_of_choices_at_once():
    order = reading_order(_RUN_KEY)
    assert order is not None
    assert "今年新建城市书房5座。" in order.text
    assert "今年改造农村危房400户。" in order.text
    assert "今年新增养老床位300张。" in order.text
    assert "3座" not in order.text and "600" not in order.text


def test_an_answered_copy_with_the_letter_in_the_blank():
    order = reading_order(_ANSWERED_COPY)
    assert order is not None
    assert "今年计划新建社区卫生服务站6个。" in order.text
    assert "今年计划新增公办幼儿园学位1800个。" in order.text
    found = _records(_ANSWERED_COPY)
    assert "2个" not in found and "2400" not in found
    assert (found["1800"].value, found["1800"].unit) == (1800, "个")


_QUESTIONNAIRE = """某县2033年惠民实事满意度调查问卷

一、基本情况（请在选项前的字母上打“√”）
1. 您的月收入：A. 2000元以下　B. 2000—5000元　C. 5000元以上
2. 您每月在食堂就餐：A. 5次以内　B. 5—10次　C. 10次以上

二、项目感知
3. 今年全县新建社区食堂16个，您是否就过餐？A. 是　B. 否
4. 您认为一餐多少钱合适？A. 6元以下　B. 6—10元
"""


def test_a_questionnaires_options_are_answer_categories_and_its_stems_keep_their_figures():
    found = _records(_QUESTIONNAIRE)
    assert "16个" in found
    assert not {"2000元", "2000—5000元", "5000元", "6元", "6—10元"} & set(found)


def test_a_lettered_list_under_a_colon_in_no_questionnaire_keeps_its_figures():
    assert quiz_regions(_NOT_A_QUIZ) == []


def test_a_key_in_brackets_after_a_note_on_its_use_answers_the_questions():
    # made up: an exam's data-interpretation part, its key in brackets at the end for the markers
    paper = ("2032年某区社区工作者招聘笔试　资料分析\n\n2031年，某镇新增养老床位220张，改建老年助餐点6个。\n\n"
             "11．2031年，某镇新增养老床位是改建老年助餐点的多少倍？\nA．30倍　　B．36倍　　C．37倍　　D．40倍\n"
             "12．2031年，某镇改建老年助餐点多少个？\nA．4个　　B．5个　　C．6个　　D．8个\n\n"
             "（本部分参考答案，供阅卷使用：11．C　12．C）\n")
    order = reading_order(paper)
    assert order is not None
    assert "6个" in order.text and "8个" not in order.text and "40倍" not in order.text
    assert "参考答案" not in order.text
