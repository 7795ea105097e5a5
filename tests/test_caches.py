"""The caches of the hot path (issue 12) give what a fresh scan gives, and a caller that
changes what it got does not change what the next caller gets."""
from __future__ import annotations

from extractors import categories
from extractors.stance import ACHIEVED, TARGET, find_cues, nearest_cue


def test_a_caller_that_changes_its_cues_does_not_change_the_next_callers():
    sentence = "今年力争改造小区，去年已建成公园8个。"
    first = find_cues(sentence)
    assert [c.stance for c in first] == [TARGET, ACHIEVED]
    first.clear()
    assert [c.stance for c in find_cues(sentence)] == [TARGET, ACHIEVED]
    assert nearest_cue(sentence, 16, 18) == ACHIEVED


def test_the_scores_of_one_scan_split_into_work_and_people():
    text = "新建养老服务中心，为老年人和儿童提供托育服务。"
    both, work, people = (categories._scores(text, kind) for kind in (None, True, False))
    assert both and (work or people)
    assert both == {name: work.get(name, 0) + people.get(name, 0) for name in both}
    assert set(work) | set(people) == set(both)
    both["养老"] = -1     # a caller's copy: the cache keeps its own
    assert categories._scores(text) == categories.topic_scores(text) != both


def test_a_word_pattern_finds_what_the_regex_alternation_finds():
    import regex

    from extractors.tables import alternation, word_pattern

    words = ["养老", "养老院", "院", "托育(园)", "a.b"]
    text = "新建养老院2家、托育(园)3所，a.b和axb，养老服务"
    expected = [m.span() for m in regex.finditer(alternation(words), text)]
    assert [m.span() for m in word_pattern(words).finditer(text)] == expected
    assert [m.group() for m in word_pattern(words).finditer(text)] == ["养老院", "托育(园)", "a.b", "养老"]


def test_a_caller_that_changes_a_language_table_does_not_change_the_next_callers():
    from extractors.tables import read_table

    first = read_table("quantities.toml")
    before = read_table("quantities.toml")
    assert first == before and first is not before
    first["qualifiers"]["before"].clear()
    first.pop("bare")
    assert read_table("quantities.toml") == before and before["qualifiers"]["before"]


def test_a_caller_that_changes_its_quantities_does_not_change_the_next_callers():
    from extractors.quantities import find_quantities

    sentence = "全年新增停车位1200个，改造小区36个。"
    first = find_quantities(sentence)
    assert [(q.value, q.unit) for q in first] == [(1200, "个"), (36, "个")]
    first.pop()
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(1200, "个"), (36, "个")]


def test_a_boundary_rule_holds_where_a_word_of_each_list_is_in_the_text():
    rule = categories.Boundary(("充电桩", "充电站"), ("小区", "社区"), "城市建设")
    assert rule.holds("在居住社区建设电动汽车充电站")
    assert not rule.holds("建设电动汽车充电站")
    assert not rule.holds("改造老旧小区")
    assert not categories.Boundary((), ("小区",), "城市建设").holds("小区")


def test_units_are_found_in_every_piece_between_punctuation_that_holds_a_suffix():
    from extractors.place import admin_units, place_of

    lead = "关于印发《宜州市城东区2025年惠民项目》的通知，天津滨海新区、苏州工业园区：各单位"
    assert admin_units(lead) == ["宜州市", "城东区", "滨海新区", "苏州工业园区"]
    assert place_of([lead]).place == "城东区" and place_of([lead]).city == "宜州市"
    assert admin_units("本年度（全年）共办成实事十件。") == []


def test_the_cue_screen_finds_a_cue_wherever_one_of_its_patterns_does():
    from extractors.stance import _cue_set

    sentences = ["今年力争新建托位300个。", "全区共有养老机构12家", "截至9月底，完成改造小区20个",
                 "走访了困难群众80户", "累计服务老人1.3万人次", "城市道路长度为120公里。", ""]
    for strong in (True, False):
        cue_set = _cue_set(strong)
        covered = [p for p, *_ in cue_set.patterns if (p, *_) not in cue_set.unscreened]
        assert covered
        for sentence in sentences:
            expected = any(p.search(sentence) for p in covered)
            assert (cue_set.screen.search(sentence) is not None) == expected, (strong, sentence)


def test_the_cues_of_a_pattern_re_cannot_compile_are_still_found():
    import re

    from extractors.stance import _cue_set, _screen_form

    def in_re(pattern: str) -> bool:
        try:
            re.compile(pattern)
        except re.error:
            return False
        return True

    # e.g. the perfective 了, after a Han character (`(?<=\p{Han})…了`): screened by its copy
    # without look-behinds (`了`), or else searched in every text
    beyond_re = [p for p in _cue_set(True).patterns if not in_re(p[0].pattern)]
    assert beyond_re
    assert all(_screen_form(p[0].pattern) is not None or p in _cue_set(True).unscreened for p in beyond_re)
    sentence = "上月新招了医生11名"                       # no cue but 了 (a clause cue)
    assert [c.stance for c in find_cues(sentence)] == [ACHIEVED]


def test_a_where_in_the_tables_script_keeps_every_other_field():
    from dataclasses import fields

    from extractors.stance import Where, _for_matching

    where = Where("將新增托位３００個", 3, 9, heading="二、工作安排", table_row=True, column="目標", year=2025)
    copy = _for_matching(where)
    assert (copy.sentence, copy.column) == ("将新增托位300个", "目标")
    changed = {"sentence", "column"}
    assert all(getattr(copy, f.name) == getattr(where, f.name) for f in fields(Where) if f.name not in changed)


def test_a_heading_is_read_once_per_document_and_says_what_a_fresh_read_says():
    from extractors import stance

    headings = stance.HeadingStances()
    for heading in ("一、2024年工作回顾", "二、2025年工作安排", "三、其他"):
        assert headings[heading] == stance._heading_stance(heading)
    assert list(headings) == ["一、2024年工作回顾", "二、2025年工作安排", "三、其他"]
    assert headings["一、2024年工作回顾"] == ACHIEVED and headings["二、2025年工作安排"] == TARGET


def test_narrowing_the_forms_found_gives_what_translating_every_character_gives():
    from extractors.script import _FULL_WIDTH, narrow

    every_form = "".join(chr(code) for code in range(0xFF00, 0xFF61)) + "\u3000\u3001\u3002"
    for text in (every_form, "２０２３年，全市新增托位１２０个（含普惠）；完成率１００％。", "plain ascii 1,2", ""):
        assert narrow(text) == text.translate(_FULL_WIDTH)
        assert len(narrow(text)) == len(text)



def test_a_sentence_with_no_figure_yields_no_times_but_still_carries_its_opening_time():
    from pipeline.document import Document
    from pipeline.years import prepare, sentences_in_time

    text = "2024年以来，各街道陆续开工。全区新增托位300个。\n"
    found = list(sentences_in_time(prepare(Document("x", text))))
    assert [times for _, _, times in found][0] is None          # no figure: its times go unread
    assert [t.text for t in found[1][2]] == []
    assert found[1][1].carried == 2024                         # …but 2024年以来 still reaches the next


def test_the_opening_time_is_found_whether_or_not_the_caller_has_the_times():
    from extractors.times import find_times, head_time

    for sentence in ("2024年，全区新增托位300个。", "今年以来，累计服务1.3万人次", "全区新增托位300个。"):
        assert head_time(sentence) == head_time(sentence, find_times(sentence))



def test_a_labelled_figure_in_a_sentence_with_no_quantity_is_still_dated():
    from extractors.times import find_times
    from pipeline.document import Document
    from pipeline.run import sentence_records
    from pipeline.years import prepare, sentences_in_time

    text = "2025年民生实事项目\n\n计划投资（万元）：186000\n"
    found = []
    for sentence, years, times in sentences_in_time(prepare(Document("x", text))):
        given = sentence_records(sentence, years, times=find_times(sentence.text))
        found += [(r.value, r.year) for r in sentence_records(sentence, years, times=times)]
        assert found[len(found) - len(given):] == [(r.value, r.year) for r in given]
    assert found == [(1860000000.0, 2025)]     # no quantity, so no times given: found all the same
