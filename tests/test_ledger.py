"""The ledger (ledger/): linking targets to results, the files `minsheng track` writes."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

import dataclasses

from ledger.context import clauses
from ledger.match import (Entry, Figure, canonical, first_statements, furthest_progress, indicator_similarity, latest_cumulative,
                          link,
                          marks_agree, scopes_agree, units_compatible)
from ledger.track import TrackError, reported_to_date, track


def fig(text: str, value: float, unit: str, indicator: str, stance: str, doc_id: str = "plan", start: int = 0,
        place: str = "常州市", year: int = 2023, category: str = "常有颐养", sentence: str | None = None) -> Figure:
    return Figure(doc_id, start, start + len(text), text, value, unit, year, category, indicator,
                  sentence if sentence is not None else f"{indicator}{text}。", stance, place)


def test_synonyms_read_as_one_name():
    assert canonical("宫颈癌、乳腺癌筛查") == canonical("两癌筛查")
    assert indicator_similarity("适老化改造", "居家适老化改造") == 1.0


def test_generic_verbs_do_not_count():
    assert canonical("新增老年助餐点") == canonical("建成老年助餐点") == "老年助餐点"


def test_count_words_answer_each_other_only_where_the_indicator_agrees():
    a, b = fig("10家", 10, "家", "托育机构", "target"), fig("10个", 10, "个", "托育机构", "achieved")
    assert units_compatible(a, b, indicator_similarity(a.indicator, b.indicator))
    c = fig("10所", 10, "所", "幼儿园", "achieved")
    assert not units_compatible(a, c, indicator_similarity(a.indicator, c.indicator))
    assert not units_compatible(fig("1亿元", 1e8, "元", "投资", "target"), fig("1万人", 1e4, "人", "投资", "achieved"), 1.0)


def test_grades_and_unrelated_narrowing_words_are_another_scope():
    assert not marks_agree("4A级以上社会组织", "5A级社会组织")
    assert not scopes_agree("二级以上医疗机构", "基层医疗机构")
    assert scopes_agree("电动汽车公共充电桩", "居住社区电动汽车公共充电桩")
    assert scopes_agree("养老照护床位", "家庭养老服务床位")


def test_same_place_and_year_only():
    target = fig("32个", 32, "个", "老年助餐点", "target")
    elsewhere = fig("32个", 32, "个", "老年助餐点", "achieved", doc_id="r", place="钟楼区")
    next_year = fig("32个", 32, "个", "老年助餐点", "achieved", doc_id="r", year=2024)
    assert link([target, elsewhere, next_year])[0].result is None


def test_assignment_not_greedy():
    # greedily, 养老床位 (the first target) would take its best result, the one 家庭养老床位
    # alone can take (养老照护床位 is another scope for it), and leave 家庭养老床位 unanswered
    targets = [fig("300张", 300, "张", "养老床位", "target", start=0),
               fig("200张", 200, "张", "家庭养老床位", "target", start=20)]
    results = [fig("210张", 210, "张", "养老床位", "achieved", doc_id="r", start=0),
               fig("310张", 310, "张", "养老照护床位", "achieved", doc_id="r", start=30)]
    entries = link(targets + results)
    assert [(e.target.text, e.result.text) for e in entries] == [("300张", "310张"), ("200张", "210张")]


def test_a_signed_gap_is_no_result_of_the_target():
    # a review's row `普惠托位（个） 240 252 +12`: the target is answered by 252, not by the gap
    row = "普惠托位（个）　240　252　+12"
    target = fig("240", 240, "个", "普惠托位", "target", sentence=row)
    result = fig("252", 252, "个", "普惠托位", "achieved", doc_id="r", start=10, sentence=row)
    gap = fig("+12", 12, "个", "普惠托位", "achieved", doc_id="r", start=20, sentence=row)
    assert link([target, result, gap])[0].result.text == "252"
    assert link([target, gap])[0].result is None


def test_no_convincing_candidate_is_no_report():
    entries = link([fig("11条", 11, "条", "断头路", "target"),
                    fig("12条", 12, "条", "公交线路", "achieved", doc_id="r")])
    assert entries[0].status == "no report" and entries[0].result is None


def test_repeats_stand_for_the_mention_that_names_what_it_counts():
    box = fig("32个", 32, "个", "老年助餐点", "achieved", doc_id="r", start=10, sentence="3 32个")
    paragraph = fig("32个", 32, "个", "老年助餐点", "achieved", doc_id="r", start=40)
    recap = fig("32个", 32, "个", "老年助餐点", "achieved", doc_id="r", start=90)
    assert first_statements([recap, paragraph, box]) == [paragraph]


def test_a_verification_row_s_repeat_stands_for_its_checked_column():
    # a row `托位 | 个 | 60 | 60 | 60`: the units' own report, then the checked figure, cells a few
    # characters apart; the checked one, last in the row, answers the plan's target
    reported = fig("60", 60, "个", "托位", "achieved", doc_id="r", start=554, sentence="60")
    checked = fig("60", 60, "个", "托位", "achieved", doc_id="r", start=559, sentence="60")
    assert first_statements([reported, checked]) == [checked]
    reported = dataclasses.replace(reported, text="4516", value=4516, sentence="4516")
    checked = dataclasses.replace(checked, text="4388", value=4388, sentence="4388")
    assert furthest_progress([reported, checked]) == [checked]
    # …but the same count further apart is two statements: the largest stands for it
    later = dataclasses.replace(checked, start=659)
    assert furthest_progress([reported, later]) == [reported]


def test_a_table_row_s_cell_stands_for_the_notes_that_retell_it():
    # a closing sheet's row `公益性岗位（个）｜—｜40｜40｜0｜`, then its note `40个公益性岗位全部是…`:
    # the row names what its cell counts, and states it first
    cell = dataclasses.replace(fig("40", 40, "个", "公益性岗位", "achieved", doc_id="r", start=359, sentence="40"),
                               project="公益性岗位（个）")
    note = fig("40个", 40, "个", "公益性岗位", "achieved", doc_id="r", start=780,
               sentence="培训后上岗198人；40个公益性岗位全部是村里的保洁和护路。")
    assert first_statements([cell, note]) == [cell]
    # a figure box's bare number names nothing: the sentence still stands for it
    box = fig("40个", 40, "个", "公益性岗位", "achieved", doc_id="r", start=10, sentence="40个")
    assert first_statements([box, note]) == [note]


def test_a_zero_left_after_a_count_in_its_row_does_not_stand_for_it():
    # `技能培训（人次）｜—｜300｜342｜0｜` (plan | done | left): the 342 done answers the plan
    done = fig("342", 342, "人次", "技能培训", "achieved", doc_id="r", start=335, sentence="342")
    left = fig("0", 0, "人次", "技能培训", "achieved", doc_id="r", start=339, sentence="0")
    assert furthest_progress([done, left]) == [done]
    # a row of zeros is one count of nothing, stated last by its last column
    nothing = dataclasses.replace(done, text="0", value=0, sentence="0")
    assert furthest_progress([nothing, left]) == [left]


def test_a_headline_repeat_stands_for_the_sentence_under_it():
    headline = fig("36个", 36, "个", "村级卫生室", "achieved", doc_id="r", start=5, sentence="第2名　新建村级卫生室36个")
    body = fig("36个", 36, "个", "村级卫生室", "achieved", doc_id="r", start=40, sentence="全年新建村级卫生室36个，全部投用。")
    assert first_statements([headline, body]) == [body]
    # with no sentence of running text, the headline still names what it counts
    assert first_statements([headline]) == [headline]


def test_a_target_stated_in_prose_and_in_the_table_of_indicators_is_one_promise():
    from dataclasses import replace
    prose = replace(fig("36个", 36, "个", "村级卫生室", "target", start=10,
                        sentence="目标：新建村级卫生室36个，养护农村公路120公里。"), context="新建村级卫生室")
    cell = replace(fig("36个", 36, "个", "村级卫生室", "target", start=300, sentence="≥36个"), project="产出指标")
    result = fig("38个", 38, "个", "村级卫生室", "achieved", doc_id="r")
    entries = link([prose, cell, result])
    assert [(e.target.start, e.result.text) for e in entries] == [(300, "38个")]


def test_a_plan_s_row_by_years_yields_to_the_year_s_own_list():
    # a three-year plan's table spreads a target over its years; the first year's list states
    # that year's promise in a sentence that names the project: the sentence stands for both
    from dataclasses import replace
    cells = [replace(fig(str(v), v, "个", "口袋公园", "target", start=100 + 10 * i, year=y, sentence=str(v)),
                     project="新建口袋公园") for i, (v, y) in enumerate([(12, 2031), (10, 2032), (8, 2033)])]
    item = replace(fig("12个", 12, "个", "口袋公园", "target", start=400, year=2031,
                       sentence="3.城市绿化。新建口袋公园12个。牵头单位：某局。"), context="新建口袋公园")
    result = fig("13个", 13, "个", "口袋公园", "achieved", doc_id="r", year=2031)
    entries = link(cells + [item, result])
    assert [(e.target.start, e.result.text) for e in entries if e.result] == [(400, "13个")]
    # a row of one year keeps the cell as the formal statement
    entries = link(cells[:1] + [item, result])
    assert [(e.target.start, e.result.text) for e in entries if e.result] == [(100, "13个")]


def test_a_list_item_never_answers_the_whole():
    sentence = "新增幼儿园学位6000个、小学学位2.1万个。"
    parts = [fig("6000个", 6000, "个", "幼儿园学位", "achieved", doc_id="r", start=7, sentence=sentence),
             fig("2.1万个", 21000, "个", "小学学位", "achieved", doc_id="r", start=18, sentence=sentence)]
    assert link([fig("2.7万个", 27000, "个", "学位", "target"), *parts])[0].result is None


@pytest.mark.parametrize("value, status", [(32, "met"), (40, "exceeded"), (20, "short")])
def test_status_from_the_ratio(value, status):
    entry = Entry(fig("32个", 32, "个", "老年助餐点", "target"),
                  [(fig(f"{value}个", value, "个", "老年助餐点", "achieved", doc_id="r"), 1.0)])
    assert entry.status == status


@pytest.mark.parametrize("value, status", [(20, "in progress"), (40, "exceeded"), (32, "met")])
def test_a_result_part_way_through_its_year_below_target_is_in_progress(value, status):
    result = dataclasses.replace(fig(f"{value}个", value, "个", "老年助餐点", "achieved", doc_id="r"), to_date=True)
    assert Entry(fig("32个", 32, "个", "老年助餐点", "target"), [(result, 1.0)]).status == status


@pytest.mark.parametrize("published, point, year, to_date", [
    ("2023-07-20", None, 2023, True),          # a mid-year inspection of the year's projects
    ("2023-12-28", None, 2023, False),         # a year-end review speaks for the year
    ("2024-01-15", None, 2023, False),         # a report on last year
    ("2024-01-15", 3, 2023, False),            # a year-end report's `顺延至2024年一季度`
    (None, None, 2023, False),
    ("not a date", None, 2023, False),
])
def test_reported_to_date_by_the_publication(published, point, year, to_date):
    result = dataclasses.replace(fig("20个", 20, "个", "老年助餐点", "achieved", doc_id="r", year=year), point=point)
    assert reported_to_date(result, published) is to_date
    target = dataclasses.replace(result, stance="target")
    assert reported_to_date(target, published) is False


def _said(doc_id: str, sentence: str, *figures: tuple[str, str, str, str, float]) -> list[Figure]:
    """Figures of one sentence, each (text, unit, indicator, stance, value), with their clauses
    as `minsheng track` reads them; the sentence starts at offset 100 of its document."""
    records, seen = [], 0
    for text, unit, indicator, stance, value in figures:
        at = sentence.index(text, seen)
        seen = at + len(text)
        records.append({"doc_id": doc_id, "sent_id": 1, "start": 100 + at, "end": 100 + seen, "text": text,
                        "value": value, "unit": unit, "year": 2023, "category": "常有健康", "indicator": indicator,
                        "sentence": sentence, "stance": stance})
    said = clauses(records)
    return [Figure.of(r, "常州市", said[r["doc_id"], r["start"]]) for r in records]


def test_a_clause_ends_at_clause_marks_and_at_the_figures_beside_it():
    first, second = _said("r", "今年为1200户困难家庭实施适老化改造，比计划多改了200户。",
                          ("1200户", "户", "困难家庭", "achieved", 1200), ("200户", "户", "比计划多改", "achieved", 200))
    assert first.context == "今年为困难家庭实施适老化改造" and second.context == "比计划多改了"
    listed = _said("r", "新增幼儿园学位600个、小学学位900个", ("600个", "个", "幼儿园学位", "achieved", 600),
                   ("900个", "个", "小学学位", "achieved", 900))
    assert [f.context for f in listed] == ["新增幼儿园学位", "、小学学位"]
    after = _said("r", "为120户困难家庭、独居老人进行适老化改造", ("120户", "户", "困难家庭", "achieved", 120))
    assert after[0].context == "为困难家庭、独居老人进行适老化改造"


def test_a_figure_whose_clause_is_its_number_says_what_its_row_names():
    cell = Figure("r", 0, 2, "13", 13, "个", 2023, "常有健康", "药房", "13", "achieved", "常州市", "智慧药房")
    assert cell.said == "智慧药房"


def test_clauses_link_figures_whose_indicators_name_other_nouns_of_one_statement():
    # the plan counts the women, the report the screenings: their indicators share nothing
    target, = _said("plan", "为3万名育龄妇女开展两癌免费筛查。", ("3万名", "名", "育龄妇女", "target", 30000))
    result, = _said("report", "宫颈癌、乳腺癌筛查共完成3.1万人。", ("3.1万人", "人", "宫颈癌、乳腺癌筛查", "achieved", 31000))
    assert indicator_similarity(target.indicator, result.indicator) == 0.0
    assert link([target, result])[0].result == result
    # a clause about something else links nothing
    other, = _said("report", "为困难家庭发放取暖补贴3.1万人。", ("3.1万人", "人", "困难家庭", "achieved", 31000))
    assert link([target, other])[0].result is None


def test_each_list_of_targets_is_answered():
    # a plan and the target column of the report's own table promise the same: both get the result
    plan = fig("8个", 8, "个", "城市书房", "target")
    column = fig("8", 8, "个", "城市书房", "target", doc_id="report", start=10)
    done = fig("9", 9, "个", "城市书房", "achieved", doc_id="report", start=20)
    assert [e.result for e in link([plan, column, done])] == [done, done]


def test_the_programme_and_its_items_name_nothing_counted():
    assert canonical("民心工程") == canonical("为民办实事项目") == canonical("民生实事") == ""
    assert canonical("改造项目") == "改造项目" and canonical("公益项目") == "公益项目"
    entries = link([fig("12项", 12, "项", "民生实事", "target"),
                    fig("11项", 11, "项", "实事项目", "achieved", doc_id="r")])
    assert entries[0].result is None


def test_the_parts_of_a_divided_whole_do_not_answer_it():
    whole, part = _said("r", "全市20个托育点中，已有12个投入运营。", ("20个", "个", "托育点", "target", 20),
                        ("12个", "个", "托育点", "achieved", 12))
    assert whole.divides and not part.divides
    assert link([whole, part])[0].result is None


def test_a_level_per_head_never_answers_a_count():
    level = fig("4.5个", 4.5, "个", "托位", "target")
    level = dataclasses.replace(level, per="千人口")
    count = fig("1600个", 1600, "个", "托位", "achieved", doc_id="r")
    assert link([level, count])[0].result is None


def _write_run(folder: Path, records: list[dict], documents: list[dict]) -> None:
    folder.mkdir()
    (folder / "records.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    (folder / "documents.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")


def _record(doc_id: str, text: str, value: float, stance: str, sentence: str) -> dict:
    start = sentence.index(text)
    return {"doc_id": doc_id, "start": start, "end": start + len(text), "text": text, "value": value, "unit": "个",
            "year": 2023, "category": "常有颐养", "indicator": "老年助餐点", "sentence": sentence, "stance": stance}


def test_track_reads_several_runs_and_writes_every_output(tmp_path: Path):
    _write_run(tmp_path / "plan", [_record("p", "32个", 32, "target", "新增老年助餐点32个。"),
                                   _record("p", "5个", 5, "target", "新建口袋公园5个。") | {"indicator": "口袋公园"}],
               [{"doc_id": "p", "place": "常州市"}])
    _write_run(tmp_path / "report", [_record("r", "35个", 35, "achieved", "今年新增35个老年助餐点。")],
               [{"doc_id": "r", "place": "常州市"}])
    rows = track([tmp_path / "plan", tmp_path / "report"], tmp_path / "out")
    assert [(r["target"]["text"], r["result"] and r["result"]["text"], r["status"]) for r in rows] == [
        ("5个", None, "no report"), ("32个", "35个", "exceeded")]      # in the order of the plan
    lines = [json.loads(l) for l in (tmp_path / "out" / "ledger.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines[1]["ratio"] == pytest.approx(35 / 32, abs=1e-4) and lines[1]["result_sentence"] == "今年新增35个老年助餐点。"
    with (tmp_path / "out" / "ledger.csv").open(encoding="utf-8-sig") as fh:
        assert [r["status"] for r in csv.DictReader(fh)] == ["no report", "exceeded"]
    with duckdb.connect(str(tmp_path / "out" / "minsheng.duckdb")) as con:
        assert con.sql("SELECT result_value, status FROM ledger ORDER BY target_start DESC").fetchall() == [
            (35.0, "exceeded"), (None, "no report")]
    html = (tmp_path / "out" / "ledger.html").read_text(encoding="utf-8")
    assert "今年新增35个老年助餐点" in html and '"Noto Sans CJK SC"' in html


def test_track_names_a_missing_input(tmp_path: Path):
    with pytest.raises(TrackError, match="documents.jsonl: no such file"):
        track([tmp_path], tmp_path / "out")


def test_track_asks_for_a_new_extract_when_records_carry_no_stance(tmp_path: Path):
    record = _record("p", "32个", 32, "target", "新增老年助餐点32个。")
    del record["stance"]
    _write_run(tmp_path / "old", [record], [{"doc_id": "p", "place": "常州市"}])
    with pytest.raises(TrackError, match="no stance; re-run `minsheng extract`"):
        track([tmp_path / "old"], tmp_path / "out")


def test_a_result_met_to_the_unit_carries_clauses_that_agree_in_part():
    target, = _said("plan", "实施背街小巷整治提升45个。", ("45个", "个", "背街小巷", "target", 45))
    met, = _said("report", "全年推进实施45个整治项目。", ("45个", "个", "整治项目", "achieved", 45))
    assert link([target, met])[0].result == met
    # the same clauses with another figure: no more than a guess
    near, = _said("report", "全年推进实施47个整治项目。", ("47个", "个", "整治项目", "achieved", 47))
    assert link([target, near])[0].result is None


def test_two_figures_of_one_sentence_are_not_alike_by_their_shared_words():
    candidates, chosen = _said("r", "代表们从18件候选项目中票决产生了12件惠民项目。",
                               ("18件", "件", "候选项目", "achieved", 18), ("12件", "件", "票决结果", "target", 12))
    assert link([chosen, candidates])[0].result is None


def test_a_count_reported_at_several_dates_stands_by_its_furthest_point():
    # a month-by-month review: June's running total is closer to the plan, December's is the result
    target = fig("40个", 40, "个", "社区食堂", "target")
    june = fig("38个", 38, "个", "社区食堂", "achieved", doc_id="review", start=100,
               sentence="截至6月底，累计建成社区食堂38个。")
    december = fig("52个", 52, "个", "社区食堂", "achieved", doc_id="review", start=900, sentence="全年建成社区食堂52个。")
    assert link([target, june, december])[0].result == december
    # two rows of a table naming their column alike are two counts; rates never grow into one
    rows = [Figure("t", 10 * i, 10 * i + 2, str(v), v, "元", 2023, "其他", "完成投资", str(v), "achieved", "常州市", p)
            for i, (v, p) in enumerate([(3.0, "道路"), (9.0, "学校")])]
    rates = [fig(f"{v}%", v, "%", "完成率", "achieved", doc_id="t", start=s) for v, s in [(70, 50), (90, 60)]]
    assert furthest_progress(rows + rates) == rows + rates
    # the households two works reached are two counts, though both name only `居民`
    estates = fig("1412户", 1412, "户", "居民", "achieved", doc_id="r", start=10, category="常有安居")
    alarms = fig("3126户", 3126, "户", "居民", "achieved", doc_id="r", start=90, category="公共安全")
    assert furthest_progress([estates, alarms]) == [estates, alarms]


def test_people_and_person_times_answer_each_other_only_where_the_indicators_agree():
    people = fig("3万名", 30000, "名", "老年人健康体检", "target")
    times = fig("3.2万人次", 32000, "人次", "老年人健康体检", "achieved", doc_id="r")
    assert link([people, times])[0].result == times
    other = fig("3.2万人次", 32000, "人次", "老年人助餐", "achieved", doc_id="r")
    assert link([people, other])[0].result is None


def test_a_county_result_answers_its_county_row_and_the_city_total_the_total_row():
    """A plan broken down by county (one row per county and a 合计 row) against county news
    flashes and a city summary: each county's figure answers its own row, the city's the total."""
    rows = [dataclasses.replace(fig(str(v), v, "个", "普惠托位", "target", start=10 * i), area=area)
            for i, (v, area) in enumerate([(500, "甲县"), (300, "乙区"), (800, None)])]
    flashes = [dataclasses.replace(fig(f"{v}个", v, "个", "普惠托位", "achieved", doc_id="news", start=10 * i), area=area)
               for i, (v, area) in enumerate([(480, "乙区"), (320, "甲县"), (830, None)])]
    answered = {e.target.area: e.result.value for e in link(rows + flashes)}
    assert answered == {"甲县": 320, "乙区": 480, None: 830}      # not the nearest values


def test_a_table_cell_is_answered_by_what_its_column_counts_when_its_row_names_the_group():
    """The plan's clause names what its indicator column counts (`为居民安装烟感报警器`);
    the report's row names only the group (`消防安全`)."""
    target = dataclasses.replace(fig("6万户", 60000, "户", "居民", "target", category="公共安全",
                                     sentence="为6万户居民安装烟感报警器。"), context="为居民安装烟感报警器")
    cell = Figure("r", 0, 4, "5.82", 58200, "户", 2023, "公共安全", "烟感报警器安装", "5.82", "achieved", "常州市",
                  "消防安全")
    assert link([target, cell])[0].result == cell


def test_an_average_answers_no_cap_and_a_start_of_works_no_completion():
    cap, = _said("plan", "为500户家庭实施改造，每户补助不超过4000元。", ("4000元", "元", "改造补助", "target", 4000))
    average, = _said("report", "完成改造480户，户均补助3600元。", ("3600元", "元", "改造补助", "achieved", 3600))
    assert link([cap, average])[0].result is None
    paid, = _said("report", "每户补助3600元。", ("3600元", "元", "改造补助", "achieved", 3600))
    assert link([cap, paid])[0].result == paid
    done, = _said("plan", "完成老旧小区加装电梯60台。", ("60台", "台", "加装电梯", "target", 60))
    started, = _said("report", "老旧小区加装电梯开工63台。", ("63台", "台", "加装电梯", "achieved", 63))
    assert link([done, started])[0].result is None
    starts, = _said("plan", "加装电梯开工60台。", ("60台", "台", "加装电梯", "target", 60))
    assert link([starts, started])[0].result == started
    # a target of the works alone is answered by their start, as a plan's reporter may say it
    works, = _said("plan", "改造老旧小区40个。", ("40个", "个", "老旧小区", "target", 40))
    begun, = _said("report", "老旧小区改造40个全部开工。", ("40个", "个", "老旧小区", "achieved", 40))
    assert link([works, begun])[0].result == begun


def test_a_sample_answers_no_count_of_those_served():
    served, = _said("plan", "改造老旧小区，惠及居民5200户。", ("5200户", "户", "居民", "target", 5200))
    asked, = _said("report", "调研组随机走访居民150户，满意率98%。", ("150户", "户", "居民", "achieved", 150))
    assert link([served, asked])[0].result is None
    checked, = _said("plan", "抽样检测食品3000批次。", ("3000批次", "批次", "食品检测", "target", 3000))
    done, = _said("report", "全年抽样检测食品3120批次。", ("3120批次", "批次", "食品检测", "achieved", 3120))
    assert link([checked, done])[0].result == done


def test_what_is_left_to_do_answers_no_target():
    plan, = _said("plan", "改造城中村12个。", ("12个", "个", "城中村", "target", 12))
    left, = _said("report", "目前尚有4个城中村未开工。", ("4个", "个", "城中村", "achieved", 4))
    assert link([plan, left])[0].result is None
    done, = _said("report", "已完成城中村改造8个。", ("8个", "个", "城中村", "achieved", 8))
    assert link([plan, left, done])[0].result.start == done.start


def test_works_started_beside_works_finished_answer_by_the_finished_count():
    """`已开工18个、完工6个`: the finished count is what was delivered; the started count,
    a stage of the same works, answers only a target of starts, and the two are no list of parts."""
    works, = _said("plan", "改造城中村12个。", ("12个", "个", "城中村", "target", 12))
    started, finished = _said("report", "城中村改造已开工11个、完工5个。",
                              ("11个", "个", "城中村", "achieved", 11), ("5个", "个", "完工城中村", "achieved", 5))
    assert link([works, started, finished])[0].result == finished
    starts, = _said("plan", "城中村改造开工12个。", ("12个", "个", "城中村", "target", 12))
    assert link([starts, started, finished])[0].result.start == started.start
    # a started count with no finished one beside it still answers the works (the test above)
    assert link([works, started])[0].result == started
    # the started count is no later point of the finished one (a count reported at two dates)
    alike, = _said("plan", "改造城中村12个。", ("12个", "个", "城中村", "target", 12))
    begun, ended = _said("report", "开工12个，完工7个。", ("12个", "个", "城中村", "achieved", 12),
                         ("7个", "个", "城中村", "achieved", 7))
    assert link([alike, begun, ended])[0].result.start == ended.start


def test_a_cell_with_no_indicator_is_answered_by_what_its_row_names():
    """A delivery table's cell of short prose (`已完成，改造612户`) names no indicator;
    the project its row names (`适老化改造`) is what the plan's clause says."""
    target, = _said("plan", "为500户困难家庭中的高龄老人实施居家适老化改造。",
                    ("500户", "户", "困难家庭", "target", 500))
    cell = dataclasses.replace(fig("520户", 520, "户", "", "achieved", doc_id="r", year=2023, category="常有健康",
                                   sentence="已完成，改造520户"), indicator=None, context="改造", project="适老化改造")
    assert link([target, cell])[0].result == cell
    nameless = dataclasses.replace(cell, project=None)
    assert link([target, nameless])[0].result is None


def test_a_result_many_times_its_target_reports_on_something_larger():
    """One project's money (`需资金180万元`) is not answered by the whole programme's."""
    project, = _said("plan", "户均标准3000元，需资金180万元。", ("180万元", "元", "资金", "target", 1_800_000))
    programme, = _said("report", "全区共投入资金1.9亿元。", ("1.9亿元", "元", "资金", "achieved", 190_000_000))
    assert link([project, programme])[0].result is None
    spent, = _said("report", "共投入资金176万元。", ("176万元", "元", "资金", "achieved", 1_760_000))
    assert link([project, spent])[0].result == spent


def test_a_street_named_part_answers_its_street_row_and_not_the_whole():
    """A report's `其中` names one street's share (`其中青山街道就占了9台`); the plan's
    allocation row of that street (`青山街道　7台`) is its target, the whole's `25台` is not,
    nor another street's row. The share is no stage of the whole's count either."""
    whole, = _said("plan", "完成老旧小区加装电梯25台。", ("25台", "台", "加装电梯", "target", 25))
    row_a, = _said("plan", "　　青山街道　7台　105万元", ("7台", "台", "加装电梯", "target", 7))
    row_b, = _said("plan", "　　红星镇　6台　90万元", ("6台", "台", "加装电梯", "target", 6))
    row_a, row_b = (dataclasses.replace(f, start=f.start + shift) for f, shift in ((row_a, 50), (row_b, 80)))
    done, share = _said("report", "全年加装电梯28台，其中青山街道就占了9台。",
                        ("28台", "台", "加装电梯", "achieved", 28), ("9台", "台", "加装电梯", "achieved", 9))
    assert (row_a.subdivision, row_b.subdivision, whole.subdivision) == ("青山街道", "红星镇", None)
    answered = {e.target.text: e.result.text if e.result else None for e in link([whole, row_a, row_b, done, share])}
    assert answered == {"25台": "28台", "7台": "9台", "6台": None}


def test_words_that_end_like_a_town_name_no_place():
    _, towns = _said("plan", "全市城镇新增就业1.2万人，每个镇建成驿站3个。", ("1.2万人", "人", "城镇新增就业", "target", 12000),
                     ("3个", "个", "驿站", "target", 3))
    centre, = _said("plan", "建成镇（街道）综合养老服务中心4家。", ("4家", "家", "综合养老服务中心", "target", 4))
    assert (_.subdivision, towns.subdivision, centre.subdivision) == (None, None, None)


def test_a_street_level_kind_of_centre_names_no_street():
    """`街道区域养老服务中心` is a kind of centre run at street level: the verb before it
    (`新建`, `建成`) is no street's name, and the plan's and the report's counts are one thing."""
    planned, = _said("plan", "新建街道区域养老服务中心5家。", ("5家", "家", "街道区域养老服务中心", "target", 5))
    built, = _said("report", "建成街道区域养老服务中心5家。", ("5家", "家", "街道区域养老服务中心", "achieved", 5))
    assert (planned.subdivision, built.subdivision) == (None, None)
    assert {e.target.text: e.result.text if e.result else None for e in link([planned, built])} == {"5家": "5家"}


def test_one_day_and_one_batch_answer_no_year():
    """A job fair's `当天提供岗位900余个` reports that day, not the year's `公益性岗位150个`;
    a first batch of money (`首批补助资金800万元`) is not the year's `共投入资金950万元`."""
    posts, = _said("plan", "开发公益性岗位150个。", ("150个", "个", "公益性岗位", "target", 150))
    fair, = _said("report", "招聘会现场，当天提供岗位900余个。", ("900余个", "个", "岗位", "achieved", 900))
    assert link([posts, fair])[0].result is None
    batch, = _said("plan", "现将首批补助资金800万元下达。", ("800万元", "元", "补助资金", "target", 8_000_000))
    year, = _said("report", "全年共投入资金950万元。", ("950万元", "元", "投入资金", "achieved", 9_500_000))
    assert link([batch, year])[0].result is None
    paid, = _said("report", "首批补助资金800万元已全部拨付。", ("800万元", "元", "补助资金", "achieved", 8_000_000))
    assert link([batch, paid])[0].result == paid


def test_a_whole_paid_in_batches_is_still_the_whole():
    """Review of the held-out 11/12 rules: `批次` named a batch, so a year's money paid in
    two batches answered nothing; a batch is named by which one it is (`首批`, `第二批`)."""
    funds, = _said("plan", "安排补助资金1200万元。", ("1200万元", "元", "补助资金", "target", 12_000_000))
    paid, = _said("report", "分两个批次拨付补助资金1200万元。", ("1200万元", "元", "补助资金", "achieved", 12_000_000))
    assert link([funds, paid])[0].result == paid
    second, = _said("report", "第二批补助资金1200万元已拨付。", ("1200万元", "元", "补助资金", "achieved", 12_000_000))
    assert link([funds, second])[0].result is None


def test_a_figure_restated_in_brackets_keeps_its_clause():
    """`捌佰万元整（小写：8000000元）` writes one figure twice; the second keeps the first's
    clause (its `首批`), not the bracket's `小写`."""
    capitals, small = _said("plan", "现将首批补助资金捌佰万元整（小写：8000000元）下达。",
                            ("捌佰万元", "元", "补助资金", "target", 8_000_000), ("8000000元", "元", "补助资金", "target", 8_000_000))
    assert small.context == capitals.context and "首批" in small.context
    other, = _said("plan", "补助资金800万元，另安排运营经费800万元。", ("800万元", "元", "补助资金", "target", 8_000_000))
    assert "运营经费" not in other.context


def test_a_list_divides_a_whole_only_where_two_items_name_it():
    """`已完工46台，另有5台正在施工`: the done and the unfinished, not kinds of lifts; its
    `既有住宅加装电梯46台` answers `加装电梯50台`. `幼儿园学位…、小学学位…` divides 学位."""
    target, = _said("plan", "加装电梯50台。", ("50台", "台", "加装电梯", "target", 50))
    done, unfinished = _said("report", "既有住宅加装电梯已完工46台，另有5台正在施工。",
                             ("46台", "台", "既有住宅加装电梯", "achieved", 46), ("5台", "台", "正在施工电梯", "achieved", 5))
    assert link([target, done, unfinished])[0].result == done
    places, = _said("plan", "新增学位3000个。", ("3000个", "个", "学位", "target", 3000))
    kinds = _said("report", "新增幼儿园学位1200个、小学学位2600个。", ("1200个", "个", "幼儿园学位", "achieved", 1200),
                  ("2600个", "个", "小学学位", "achieved", 2600))
    assert link([places, *kinds])[0].result is None


def test_a_difference_from_the_plan_is_no_result():
    """`比计划多改了80户` and `超出年度任务15户` say how far the result passed its target;
    the result itself (`860户`) answers the target."""
    target, = _said("plan", "实施家庭适老化改造800户。", ("800户", "户", "适老化改造", "target", 800))
    done, more = _said("report", "为860户困难家庭进行了适老化改造，比计划多改了60户。",
                       ("860户", "户", "困难家庭", "achieved", 860), ("60户", "户", "适老化改造", "achieved", 60))
    assert link([target, done, more])[0].result == done
    over, = _said("report", "全县完成适老化改造，超出年度任务15户。", ("15户", "户", "适老化改造", "achieved", 15))
    assert link([target, over])[0].result is None


def test_those_a_project_reaches_read_alike():
    assert indicator_similarity("惠及居民", "受益居民") == indicator_similarity("居民受益", "受益居民") == 1.0


def test_a_difference_from_the_plan_is_no_item_of_a_list():
    """`完成困难老人家庭适老化改造530户，超出年度任务30户`: one result and its difference, not
    two parts of 适老化改造; the result answers the county's target."""
    target, = _said("plan", "实施适老化改造500户。", ("500户", "户", "适老化改造", "target", 500))
    done, more = _said("report", "完成困难老人家庭适老化改造530户，超出年度任务30户。",
                       ("530户", "户", "困难老人家庭适老化改造", "achieved", 530), ("30户", "户", "适老化改造", "achieved", 30))
    assert link([target, done, more])[0].result == done


def test_the_part_left_undone_is_no_item_of_a_list():
    """`完成困难老人家庭居家适老化改造620户，…未完成的30户顺延`: the result and how far it fell
    short, not two parts of 困难老人家庭; the result answers the target of the households."""
    target, = _said("plan", "为650户困难老人家庭实施居家适老化改造。", ("650户", "户", "困难老人家庭", "target", 650))
    done, short = _said("report", "完成困难老人家庭居家适老化改造620户，未完成的30户因产权问题顺延。",
                        ("620户", "户", "困难老人家庭居家适老化改造", "achieved", 620),
                        ("30户", "户", "困难老人家庭居家适老化改造", "achieved", 30))
    assert link([target, done, short])[0].result == done


def test_renewing_says_how_not_what():
    """`更新课桌椅` and `可调节课桌椅` count the same desks: 更新 says how they come about."""
    assert scopes_agree("更新课桌椅", "可调节课桌椅")


def test_a_report_s_word_for_its_side_is_not_what_is_counted():
    # made up: a plan's 计划总投资 against a review's 实际完成投资
    target = fig("5.2亿元", 5.2e8, "元", "计划总投资", "target", category="其他")
    result = fig("5.46亿元", 5.46e8, "元", "实际完成投资", "achieved", doc_id="r", category="其他")
    assert canonical("预计新增就业岗位") == canonical("实际新增就业岗位") == "就业岗位"
    assert link([target, result])[0].result == result
    # a plan's own 计划 stays: one row's 计划投资 is not the plan's total
    assert canonical("计划投资") == "计划投资"


def test_a_rate_set_for_a_point_of_the_year_is_answered_only_at_that_point():
    # made up: a plan's milestone, a year-end rate and a mid-year rate of a report
    milestone, = _said("plan", "3月底前完成任务分解；9月底前各项目完成年度任务的70%以上。",
                       ("70%", "%", "年度任务完成进度", "target", 70))
    year_end, = _said("r", "各项目均已完成，完成年度任务的103.5%。", ("103.5%", "%", "年度任务完成进度", "achieved", 103.5))
    at_point, = _said("s", "截至9月底，各项目完成年度任务的76%。", ("76%", "%", "年度任务完成进度", "achieved", 76))
    other_point, = _said("s", "1—6月各项目完成年度任务的51%。", ("51%", "%", "年度任务完成进度", "achieved", 51))
    assert milestone.point == 9 and year_end.point is None and at_point.point == 9 and other_point.point == 6
    assert link([milestone, year_end])[0].result is None
    assert link([milestone, other_point])[0].result is None
    assert link([milestone, at_point])[0].result == at_point
    # a count with a deadline (`10月底前建成驿站40个`) is the year's count: a year-end result answers it
    count, = _said("plan", "十月底前建成城市驿站40个。", ("40个", "个", "城市驿站", "target", 40))
    done, = _said("r", "全年建成城市驿站42个。", ("42个", "个", "城市驿站", "achieved", 42))
    assert count.point == 10 and link([count, done])[0].result == done


@pytest.mark.parametrize("sentence, figure, month", [
    ("上半年完成年度任务的55%", "55%", 6), ("前三季度累计完成82%", "82%", 9), ("12月5日，全年完成率100%", "100%", None),
    ("完成率达到60%，11月底前全部完工", "60%", 11), ("十一月底前完成95%", "95%", 11)])
def test_the_point_of_the_year_a_sentence_names(sentence, figure, month):
    from ledger.context import point_of_year
    at = sentence.index(figure)
    assert point_of_year(sentence, at, at + len(figure)) == month


def test_a_bare_result_cell_counts_what_the_target_of_its_line_counts():
    # made up: a progress card whose result cell names nothing, beside its own target
    plan, = _said("plan", "全年为困难家庭开展上门助浴服务3000人次。", ("3000人次", "人次", "上门助浴服务", "target", 3000))
    goal, done = _said("app", "│ 上门助浴　目标 3000人次 | 已完成 3260",
                       ("3000人次", "人次", None, "target", 3000), ("3260", "人次", None, "achieved", 3260))
    assert done.context == "已完成" and goal.context == "上门助浴目标"   # no box-drawing border in a clause
    answer = link([plan, goal, done])[0].result   # the result as described by its line's target
    assert answer is not None and (answer.doc_id, answer.start) == (done.doc_id, done.start)
    # a line with two targets in the unit does not say whose the bare cell is
    two = _said("app", "│ 上门助浴　目标 3000人次　助浴培训　目标 200人次 | 已完成 3260",
                ("3000人次", "人次", None, "target", 3000), ("200人次", "人次", None, "target", 200),
                ("3260", "人次", None, "achieved", 3260))
    assert link([plan, *two])[0].result is None


def test_the_adverb_after_a_noun_ending_like_an_average_is_no_average():
    # `学校均于…` is 学校 + 均 ("all"), not 校均 (per school)
    plan, = _said("plan", "新建学校4所。", ("4所", "所", "学校", "target", 4))
    done, = _said("report", "4所新建学校均于8月底前竣工投用。", ("4所", "所", "学校", "achieved", 4))
    assert link([plan, done])[0].result == done
    per_school, = _said("report", "校均新建学校4所。", ("4所", "所", "学校", "achieved", 4))
    assert link([plan, per_school])[0].result is None


def test_one_count_told_by_stage_is_no_list_of_parts():
    sentence = "老旧小区加装电梯完工27部，另有5部正在施工。"
    done = fig("27部", 27, "部", "加装电梯完工", "achieved", doc_id="r", start=8, sentence=sentence)
    under_way = fig("5部", 5, "部", "加装电梯完工", "achieved", doc_id="r", start=15, sentence=sentence)
    assert link([fig("30部", 30, "部", "加装电梯", "target"), done, under_way])[0].result == done


def test_a_scoring_rules_threshold_is_no_promise():
    rule, = _said("plan", "年度测评中满意率达到90%以上的加2分。", ("90%", "%", "满意率", "target", 90))
    vote, = _said("report", "测评结果：满意率88.5%。", ("88.5%", "%", "满意率", "achieved", 88.5))
    assert link([rule, vote])[0].result is None
    goal, = _said("plan", "群众满意率达到90%以上。", ("90%", "%", "满意率", "target", 90))
    assert link([goal, vote])[0].result == vote


def _log_row(start: int, project: str, value: float, unit: str, prose: str | None, cell: bool = True) -> list[Figure]:
    """One update row of a made-up progress log: the increment in prose, the running total in its own cell."""
    row = []
    if prose is not None:
        row.append(dataclasses.replace(fig(f"{prose}", float(prose.rstrip(unit).rstrip("万")) * (1e4 if "万" in prose else 1),
                                           unit, project, "achieved", doc_id="log", start=start,
                                           sentence=f"新增{project}{prose}"), project=project, context=f"新增{project}"))
    if cell:
        row.append(dataclasses.replace(fig(f"{value:g}{unit}", value, unit, "完成", "achieved", doc_id="log",
                                           start=start + 30, sentence=f"{value:g}{unit}"), project=project))
    return row


def test_a_progress_log_reports_each_count_by_its_last_cumulative_cell():
    """Rows of one project recur among others' (a supervision system's export): the last
    row's cell stands for the count, even where a correction row makes it smaller; the
    row's prose restating it lends the cell its words."""
    rows = (_log_row(0, "社区食堂", 4, "个", "4个") + _log_row(100, "健身步道", 12, "公里", "12公里")
            + _log_row(200, "社区食堂", 9, "个", "5个") + _log_row(300, "社区食堂", 8, "个", None)
            + _log_row(400, "健身步道", 20, "公里", "20公里"))
    kept = latest_cumulative(rows)
    assert [(f.project, f.value) for f in kept] == [("社区食堂", 8), ("健身步道", 20)]
    assert kept[1].indicator == "健身步道" and kept[1].context == "新增健身步道"


def test_a_task_table_whose_projects_do_not_recur_keeps_all_its_figures():
    rows = _log_row(0, "社区食堂", 4, "个", "4个") + _log_row(100, "健身步道", 12, "公里", "12公里")
    assert latest_cumulative(rows) == rows


def test_a_second_table_over_the_same_projects_counting_something_else_makes_no_log():
    # a progress table by group (`学有优教`: 270 places, 12 villages), then a vote table over the same groups
    # in 人: the groups come back, but no count of the first table does, so every result of it stays
    progress = [dataclasses.replace(fig(f"{v:g}", v, "个", name, "achieved", doc_id="rep", start=start, sentence=f"{v:g}"),
                                    project=group)
                for start, group, name, v in [(0, "幼有善育", "托位", 60), (20, "学有优教", "学位", 270),
                                              (40, "学有优教", "放学托管进村", 12)]]
    votes = [dataclasses.replace(fig(f"{v:g}", v, "人", "满意", "achieved", doc_id="rep", start=start, sentence=f"{v:g}"),
                                 project=group)
             for start, group, v in [(200, "幼有善育", 52), (220, "学有优教", 53)]]
    # (a count in the unit of the vote too: `老年人免费体检 | 4386` in 人)
    progress.append(dataclasses.replace(fig("4386", 4386, "人", "老年人免费体检", "achieved", doc_id="rep", start=60,
                                            sentence="4386"), project="学有优教"))
    assert latest_cumulative(progress + votes) == progress + votes


def test_a_promise_in_an_adopted_list_s_sentence_stands_for_the_candidate_line_above_it():
    from ledger.match import formal_statements
    candidate = dataclasses.replace(fig("360个", 360, "个", "普惠托位", "target", start=100,
                                        sentence="新建托育中心1个，新增普惠托位360个"), context="新增普惠托位")
    adopted = dataclasses.replace(fig("360个", 360, "个", "普惠托位", "target", start=900,
                                      sentence="5．普惠托育：新建托育中心1个，新增普惠托位360个。"), context="新增普惠托位")
    assert formal_statements([candidate, adopted]) == [adopted]
    # a table's cell is the formal statement still
    cell = dataclasses.replace(fig("360个", 360, "个", "普惠托位", "target", start=1500, sentence="360个"), context="")
    assert formal_statements([adopted, cell]) == [cell]


def test_a_result_cell_naming_nothing_counts_what_its_row_s_one_target_in_its_unit_counts():
    from ledger.match import described_by_their_targets
    target = dataclasses.replace(fig("1.5万户", 15000, "户", "居民", "target", doc_id="report",
                                     sentence="为1.5万户居民安装燃气报警器"),
                                 project="燃气安全", context="为居民安装燃气报警器")
    result = dataclasses.replace(fig("15210户", 15210, "户", "燃气安全", "achieved", doc_id="report",
                                     sentence="15210户"), project="燃气安全", context="")
    _, described = described_by_their_targets([target, result])
    assert (described.indicator, described.context) == ("居民", "为居民安装燃气报警器")


def test_a_voice_over_spelling_out_a_caption_s_figure_never_stands_for_the_promise():
    from ledger.match import formal_statements
    caption = dataclasses.replace(fig("9所", 9, "所", "中小学、幼儿园", "target", start=100,
                                      sentence="新建改扩建中小学、幼儿园9所"), context="新建改扩建中小学、幼儿园")
    spoken = dataclasses.replace(fig("九所", 9, "所", "学校", "target", start=130,
                                     sentence="九所学校同步开建，娃娃上学更从容。"), context="学校同步开建")
    assert formal_statements([caption, spoken]) == [caption]
    # spelled alone, or before any figure in digits, it is the statement
    assert formal_statements([spoken]) == [spoken]
    other = dataclasses.replace(spoken, value=7, text="七所")
    assert formal_statements([caption, other]) == [caption, other]


def test_a_lists_total_result_answers_its_total_not_one_rows_money():
    # made up: the list's year-end investment answers the list's total, not one row's money of the claim table
    total = fig("2.8亿元", 2.8e8, "元", "计划总投资", "target", category="其他", start=10)
    row = fig("1860", 1.86e7, "元", "计划投资", "target", category="其他", start=400)
    done = fig("3.05亿元", 3.05e8, "元", "完成投资", "achieved", doc_id="report", category="其他")
    entries = {e.target.text: e for e in link([total, row, done])}
    assert entries["2.8亿元"].result == done
    assert entries["1860"].result is None
    # …while a result nine times its target still answers it (the corpus's 100场 → 932场)
    shows = fig("100场", 100, "场", "送戏下乡演出", "target")
    held = fig("932场", 932, "场", "送戏下乡演出", "achieved", doc_id="report")
    assert link([shows, held])[0].result == held
