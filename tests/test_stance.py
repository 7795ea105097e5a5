"""Stance of a figure (extractors/stance.py): one case beside each rule of data/stance.toml."""
from __future__ import annotations

from dataclasses import replace

import pytest

from extractors.stance import (ACHIEVED, MIXED, PLAN, REPORT, STOCK, TARGET, UNKNOWN, Where, column_stance, field_stance,
                               document_kind, figure_stance, find_cues, legend_fields, mixed_plan_year, nearest_cue)
from pipeline import extract
from pipeline.document import DocMeta


def where(sentence: str, figure: str, **kw) -> Where:
    start = sentence.index(figure)
    return Where(sentence, start, start + len(figure), **kw)


@pytest.mark.parametrize("sentence, figure, stance", [
    ("力争新增老年助餐点32个。", "32个", TARGET),                      # 力争
    ("计划新增学位2000个。", "2000个", TARGET),                          # 计划
    ("全年将新建口袋公园10个。", "10个", TARGET),                        # 将
    ("已建成老年助餐点32个。", "32个", ACHIEVED),                        # 已
    ("截至9月底，新增学位2150个。", "2150个", ACHIEVED),                 # 截至, in the sentence before
    ("全市共有托育机构378家。", "378家", STOCK),                         # 全市共有
    ("累计完成改造1200户。", "1200户", ACHIEVED),                        # 累计完成 over 累计
    ("累计建成口袋公园86个。", "86个", STOCK),                           # 累计
    ("计划新增50个，已完成48个。", "48个", ACHIEVED),                     # the figure's own clause decides
    ("计划新增50个，已完成48个。", "50个", TARGET),
    ("截至2022年底，全市共有养老机构95家。", "95家", STOCK),              # the nearest cue wins
    ("完成年度目标的105%。", "105%", ACHIEVED),                          # 目标的 is not a target
    ("按目标完成：3项。", "3项", ACHIEVED),                               # done to the goal, a status
    ("确保按目标完成改造任务300户。", "300户", TARGET),                    # …but ensured, a plan
    ("在院老人86人，今日新入住1人。", "86人", STOCK),                     # who is in the home at the time
    ("全校在校学生2146名。", "2146名", STOCK),
    ("低保动态调整后，全村在保23户41人。", "23户", STOCK),                 # on the rolls at the time
    ("社区托育点10月在托幼儿18名。", "18名", STOCK),
    ("公办园在园幼儿占比达到55%。", "55%", ACHIEVED),                      # …not a level the year reached
    # a remainder's cue in brackets speaks for the remainder, not for the figures beside the brackets
    ("建成农村公路118.5公里（剩余1.5公里顺延至明年完成），开通公交线路3条。", "118.5公里", ACHIEVED),
    ("建成农村公路118.5公里（剩余1.5公里顺延至明年完成），开通公交线路3条。", "3条", ACHIEVED),
])
def test_the_cue_nearest_the_figure_decides(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), UNKNOWN, None) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("口袋公园原定建设8个，实际建成6个，差2个。", "8个", TARGET),       # 原定: the goal as first set
    ("口袋公园原定建设8个，实际建成6个，差2个。", "6个", ACHIEVED),     # …speaks only in its clause
    ("口袋公园原定建设8个，实际建成6个，差2个。", "2个", ACHIEVED),
    ("原计划改造管网30公里，完成26公里。", "30公里", TARGET),
    ("驿站这一块，年初定的是新建12个，实际建了14个。", "12个", TARGET),    # the goal as told
    ("驿站这一块，年初定的是新建12个，实际建了14个。", "14个", ACHIEVED),
    ("新建驿站14个，比年初定的还多出2个。", "2个", ACHIEVED),              # the excess over it
    ("去年新建驿站12个，偏少，建议调至20个。", "20个", TARGET),        # a figure proposed
    ("去年新建驿站12个，偏少，建议调至20个。", "12个", ACHIEVED),
    ("镇里今年要新建卫生室6个，去年建了4个。", "6个", TARGET),            # what is to be done …
    ("镇里今年要新建卫生室6个，去年建了4个。", "4个", ACHIEVED),          # …in its own clause
    ("只要改造2个楼道就够了。", "2个", ACHIEVED),                          # 只要 is no plan
])
def test_a_goal_first_set_or_proposed_in_a_report(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2024) == stance


def test_将_as_a_marker_of_the_object_is_no_plan():
    assert nearest_cue("每年将民生实事纳入考核，覆盖居民12万人。", 16, 19) is None


def test_将_what_money_was_put_to_is_no_plan():
    # 将 X 用于 Y tells where X went; 将用于 tells where it will go
    sentence = "某镇将专项资金35万元用于发放加班补贴。"
    assert figure_stance(where(sentence, "35万元"), REPORT, 2023) == ACHIEVED
    assert figure_stance(where("新增资金80万元将用于改造路灯。", "80万元"), REPORT, 2023) == TARGET


@pytest.mark.parametrize("sentence, figure", [
    ("区财政年初安排助餐补贴资金600万元。", "600万元"),
    ("年中调增220万元，调整后预算2.1亿元；", "220万元"),
    ("年中调增220万元，调整后预算2.1亿元；", "2.1亿元"),
    ("采购预算金额：460万元", "460万元"),
    ("最高限价：455万元", "455万元"),
])
def test_a_budget_is_what_was_set_aside(sentence, figure):
    assert figure_stance(where(sentence, figure), REPORT, 2023) == TARGET


def test_what_is_not_yet_finished_is_a_result():
    sentence = "截至2024年底，有3个农贸市场改造项目尚未完工，涉及摊位420个。"
    assert figure_stance(where(sentence, "3个"), REPORT, 2024) == ACHIEVED
    assert figure_stance(where(sentence, "420个"), REPORT, 2024) == ACHIEVED


def test_a_tenders_scope_is_what_is_to_be_done():
    sentence = "项目概况：本项目改造某小区楼栋12栋，惠及居民860户；新增停车位90个。"
    for figure in ("12栋", "860户", "90个"):
        assert figure_stance(where(sentence, figure), MIXED, 2025, 2026) == TARGET


def test_a_fund_tables_balance_is_money_standing():
    assert column_stance("结余") == STOCK and column_stance("账户余额") == STOCK
    assert column_stance("已支出") is None or column_stance("已支出") != STOCK


def test_a_budgets_execution_is_its_result():
    assert column_stance("年初预算数") == TARGET
    assert column_stance("预算执行率（%）") == ACHIEVED
    assert figure_stance(where("预算执行率97.5%。", "97.5%"), REPORT, 2023) == ACHIEVED
    assert figure_stance(where("财政收入完成80.2亿元，为预算的102.3%。", "102.3%"), REPORT, 2023) == ACHIEVED
    assert figure_stance(where("民生支出占一般公共预算支出的76.1%。", "76.1%"), REPORT, 2023) == ACHIEVED


@pytest.mark.parametrize("kind, stance", [(PLAN, TARGET), (REPORT, ACHIEVED)])
def test_weak_verbs_only_echo_the_document_kind(kind, stance):
    # 建成 is a plan's promise and a report's result: without a strong cue the kind decides
    assert figure_stance(where("建成社区食堂30个。", "30个"), kind, 2023, None) == stance


def test_a_task_table_row_is_a_target_even_with_a_result_verb():
    assert figure_stance(where("完成学校新建改扩建重点项目22个", "22个", table_row=True), PLAN, 2023) == TARGET


def test_a_bare_cell_of_a_report_reads_the_reports_prior_not_the_task_list_default():
    # a list of approved grants published by a report: the amounts were granted
    assert figure_stance(where("2600", "2600", table_row=True, column="发放金额（元）"), REPORT, 2024) == ACHIEVED
    assert figure_stance(where("2600", "2600", table_row=True, column="发放金额（元）"), PLAN, 2024) == TARGET
    # a row of prose in a report's task table still promises
    assert figure_stance(where("新建养老驿站6个", "6个", table_row=True), REPORT, 2024) == TARGET


def test_a_figure_inside_a_quoted_task_of_the_list_is_a_target():
    asked = "清单上承诺“为3000户低保家庭更换燃气灶”，目前换了多少？"
    assert figure_stance(where(asked, "3000户"), MIXED, 2024, 2024) == TARGET
    said = "他说“今年新建了300个”"
    assert figure_stance(where(said, "300个"), REPORT, 2024) == ACHIEVED


def test_a_column_counting_the_years_list_is_a_target():
    assert figure_stance(where("12", "12", table_row=True, column="实事项目数"), REPORT, 2024) == TARGET
    # …unless the header names a stance of its own (review: `实事数` ending last made it a target)
    assert column_stance("已完成实事数") == ACHIEVED
    assert column_stance("办结实事件数") == ACHIEVED
    assert column_stance("民生实事数") == TARGET
    # what an inspection found and put right, what was observed against a forecast: done
    assert column_stance("发现问题（处）") == column_stance("已整改（处）") == column_stance("实况") == ACHIEVED


def test_a_column_header_names_its_cells():
    assert column_stance("年度目标") == TARGET
    assert column_stance("在住（人）") == STOCK and column_stance("空床（张）") == STOCK   # a home's beds at the time
    assert column_stance("原标准（2027年）") == STOCK                     # the standard before a raise
    assert column_stance("目标完成情况") == ACHIEVED
    assert figure_stance(where("114.3%", "114.3%", table_row=True, column="完成率"), PLAN, 2023) == ACHIEVED


def test_a_promise_column_is_the_target_and_what_was_kept_the_result():
    # made up: a year's promises set out as a credit report or a card statement
    assert column_stance("承诺") == TARGET and column_stance("应还（承诺数）") == TARGET
    assert column_stance("承诺兑现情况") == ACHIEVED and column_stance("兑现") == ACHIEVED


def test_a_legend_may_gloss_its_columns_with_an_equals_sign():
    # made up: `“授信”＝年初承诺`, a credit report's legend over its table of the year's promises
    text = ("某镇2031年民生实事践诺报告\n\n（单位：个；“授信”＝年初承诺，“已还”＝年底完成）\n"
            "指标 | 授信 | 已还 | 状态\n普惠托位（个） | 180 | 196 | 结清\n助餐点（个） | 9 | 10 | 结清\n")
    found = {r.text: r.stance for r in extract(text, doc_year=2031)}
    assert (found["180"], found["196"], found["9"], found["10"]) == ("target", "achieved", "target", "achieved")
    # a formula glosses no stance: `“完成率”=1—8月累计÷年度目标` leaves a rate a result
    assert legend_fields("注：“完成率”=1—8月累计÷年度目标；“授信”＝年初承诺。") == {"授信": "target"}


@pytest.mark.parametrize("header", ["8月", "1—8月累计", "1-3月", "二季度", "上半年", "2025年1—6月"])
def test_a_column_of_part_of_the_year_reports_a_result_outside_a_plan(header):
    cell = where("45", "45", table_row=True, column=header)
    assert figure_stance(cell, REPORT, 2025) == ACHIEVED
    assert figure_stance(cell, MIXED, 2025) == ACHIEVED


@pytest.mark.parametrize("header", ["一季度", "7月", "下半年"])
def test_a_plans_columns_of_months_or_quarters_schedule_targets(header):
    assert figure_stance(where("12", "12", table_row=True, column=header), PLAN, 2025) == TARGET


def test_a_heading_speaks_where_the_sentence_does_not():
    found = where("新增托位400个。", "400个", heading="2024年十项民生实事圆满完成")
    assert figure_stance(found, MIXED, 2025, 2025) == ACHIEVED


def test_years_before_and_after_the_document_year():
    assert figure_stance(where("新增托位400个。", "400个", year=2022), PLAN, 2023) == ACHIEVED
    assert figure_stance(where("新增托位400个。", "400个", year=2024), REPORT, 2023) == TARGET


def test_a_mixed_document_plans_for_its_year_when_it_looks_back():
    assert mixed_plan_year(2025, [2024, 2025, 2027]) == 2025
    assert mixed_plan_year(2023, [2023, 2024]) == 2024
    assert figure_stance(where("新增托位400个。", "400个", year=2025), MIXED, 2025, 2025) == TARGET
    assert figure_stance(where("新增托位400个。", "400个", year=2024), MIXED, 2025, 2025) == ACHIEVED


def test_a_mixed_document_written_late_in_its_year_plans_for_the_next():
    # a head teacher's speech in September (held-out 43): the year's pupils and works are told as
    # they stand or were done; only what it says of next year plans
    assert mixed_plan_year(2018, [2017, 2018], written=2018, written_month=9) == 2019
    assert mixed_plan_year(2018, [2017, 2018, 2019], written=2018, written_month=9) == 2019
    # …but one written in its year's first half, or in another year, plans for its own
    assert mixed_plan_year(2018, [2017, 2018], written=2018, written_month=2) == 2018
    assert mixed_plan_year(2018, [2017, 2018], written=2017, written_month=12) == 2018



@pytest.mark.parametrize("manifest, title, kind", [
    ("plan_list", None, PLAN), ("completion_report", None, REPORT), ("mixed", None, MIXED),
    (None, "2023年度常州市民生实事项目任务分解表", PLAN),
    (None, "关于2022年市级民生实事完成情况的通报", REPORT),
    (None, "2025年某区十项民生实事项目出炉", MIXED),      # a vote's release: last year's results beside
    (None, "某市民生品牌交出2024年成绩单", REPORT),
    (None, "某区民生工作纪实", REPORT),
    (None, "某区民生工作侧记", UNKNOWN),
    (None, "某市人民政府工作报告", MIXED),
    (None, "关于印发某县2026年民生实事实施方案的通知", PLAN),
    (None, "某区2025年国民经济和社会发展统计公报", REPORT),
    (None, "某市今年辦好十件民生實事", PLAN),                # traditional characters
    # a call for applicants announces posts to fill, whatever mix the manifest names
    ("mixed", "某县2026年乡村公益性岗位招聘简章", PLAN),
    (None, "关于某街道社区志愿者招募启事", PLAN),
    ("completion_report", "某区公益性岗位招聘公告", REPORT),   # a kind the manifest names outright stands
    ("mixed", "某区2024年民生实事中标结果公告", MIXED),        # a notice of results calls for no one
    # a contract's agreement undertakes the works and the price; a yearbook records years over
    ("mixed", "某镇卫生院迁建工程 建设工程施工合同（合同协议书）", PLAN),
    (None, "某县社区食堂设备采购合同", PLAN),
    ("mixed", "某市统计年鉴（2031）表8-2 教育主要指标", REPORT),
    # a register of the work or the attendance put in records what was done
    ("mixed", "某村茶园道路养护投工投劳工分登记表（2030年4月）", REPORT),
    (None, "某社区老年活动室11月签到统计", REPORT),
    ("mixed", "某镇2031年保护性耕作作业面积核查验收登记表", REPORT),
    ("mixed", "旁站监理记录表（某镇人行梯道提升工程）", REPORT),     # a supervisor's record of a day on site
    ("completion_report", "某县2030年助餐服务采购合同履约验收报告", REPORT),   # the manifest's kind stands
    # a survey's report tells how things stand; a study trip's tells what was done and seen
    ("mixed", "某镇老年人助餐服务需求调查报告", "standing"),
    ("mixed", "某县赴外地学习考察调研报告", REPORT),
    # a manifest typed by hand: spaces, hyphens and capitals for the table's underscores
    ("plan list", "某市人民代表大会关于2031年民生实事项目的决议", PLAN),
    ("Completion-Report", "某区2031年民生实事项目绩效评价结果", REPORT),
    (" plan  list ", None, PLAN),
])
def test_the_document_kind_from_manifest_or_title(manifest, title, kind):
    assert document_kind(manifest, title) == kind


def test_overlapping_cues_keep_the_longer():
    assert [(c.stance, c.end - c.start) for c in find_cues("累计完成")] == [(ACHIEVED, 4)]


def test_extract_sets_a_stance_on_every_record():
    records = extract("截至2023年底，全市共有托育机构378家，今年力争新增幼儿园学位6000个。")
    assert [(r.text, r.stance) for r in records] == [("378家", STOCK), ("6000个", TARGET)]


@pytest.mark.parametrize("sentence, figure, stance", [
    ("目前，全市累计建成32个关爱之家，全市2494名孤儿全部纳入保障。", "2494名", STOCK),  # a total's list goes on
    ("全市从现有16家医疗机构扩面至二级医疗机构，集采批次增加到20批，药品品规500个以上。", "500个", None),  # …until a change
    ("截至2023年底，全市79家基层医疗机构全部达到国家基本标准，建成农村区域医疗卫生中心16个。", "16个", STOCK),  # up to a year's end
    ("截至9月底，已为1.94万名老人提供上门服务。", "1.94万名", ACHIEVED),              # …but 已 is nearer
    ("今年以来，将最低生活保障标准提高到每人每月1020元。", "1020元", ACHIEVED),       # 将…提高到 is no plan
    ("全市社区老年助餐点达380个，日均供餐1.78万余份。", "380个", STOCK),              # a whole's size
    ("全市新增就业达1.2万人。", "1.2万人", ACHIEVED),                                  # …but not what was added
    ("目前，全市共建有综合养老服务中心62家。", "62家", STOCK),                          # 目前, 建有
])
def test_standing_totals(sentence, figure, stance):
    found = where(sentence, figure)
    if stance is None:   # no cue speaks: the plan's prior
        assert nearest_cue(found.sentence, found.start, found.end) is None
        assert figure_stance(found, PLAN, 2023) == TARGET
    else:
        assert figure_stance(found, REPORT, 2023) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("城乡低保标准由每人每月1015元提高到1100元。", "1015元", REPORT, STOCK),        # the level that stood
    ("城乡低保标准由每人每月1015元提高到1100元。", "1100元", REPORT, ACHIEVED),     # the period's result
    # …also the first of a list of levels
    ("城乡低保标准分别由每人每月740元、520元提高到780元、560元。", "740元", REPORT, STOCK),
    ("城乡低保标准分别由每人每月740元、520元提高到780元、560元。", "780元", REPORT, ACHIEVED),
    ("门诊慢特病病种由42种扩大至50种。", "50种", PLAN, TARGET),                     # …or its goal
    ("每千人口拥有托位数由3.6个提高到4.1个。", "4.1个", REPORT, ACHIEVED),          # 拥有 speaks of the 3.6
    ("今年以来，全区家庭医生累计提供上门服务1.3万余人次。", "1.3万余人次", REPORT, ACHIEVED),  # 累计 in the period
    ("全市地区生产总值达到4150亿元。", "4150亿元", REPORT, ACHIEVED),              # a year's flow is no stock
    ("中小学生心理健康筛查覆盖率达到100%。", "100%", PLAN, TARGET),                 # a rate in a plan
])
def test_before_after_pairs_and_flows(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("截至6月底，累计完成投资46.8亿元，占年度计划的56.7%。", "56.7%", REPORT, ACHIEVED),   # a share of the plan
    ("累计完成投资26.8亿元，为年度计划投资24.7亿元的108.5%。", "24.7亿元", REPORT, TARGET),
    ("累计完成投资26.8亿元，为年度计划投资24.7亿元的108.5%。", "108.5%", REPORT, ACHIEVED),
    ("年度目标新增学位3.6万个，1—6月建成投用学校14所。", "14所", REPORT, ACHIEVED),       # the period so far
    ("新建口袋公园32个，年度目标40个；新增城市绿道48公里。", "48公里", REPORT, ACHIEVED),  # ；parts the items
    ("新建长者食堂42个，累计提供助餐服务86万人次。", "86万人次", REPORT, ACHIEVED),      # 累计 of a service
    ("全市累计建有助餐点380个。", "380个", REPORT, STOCK),                              # 累计 of facilities
    ("第一项：婴幼儿照护服务扩容（赞成票率98.8%）。", "98.8%", PLAN, ACHIEVED),          # the vote happened
])
def test_shares_periods_items_and_votes(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("截至2023年底，全市共有托育机构378家；创建省级普惠托育机构43家。", "43家", STOCK),   # 截至 governs the sentence
    ("全市累计开工建设保障性租赁住房5.3万套（间），相关经验做法两次入选推广清单。", "两次", ACHIEVED),  # an honour
    ("2024年内完成加装电梯51部，历年累计完成加装并投用136部。", "136部", STOCK),             # 历年累计
])
def test_sentence_wide_cues_honours_and_multi_year_totals(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2023) == stance


@pytest.mark.parametrize("kind, stance", [(PLAN, TARGET), (REPORT, ACHIEVED)])
def test_a_level_reached_is_a_plans_goal_and_a_reports_result(kind, stance):
    assert figure_stance(where("每千人口拥有3岁以下婴幼儿托位数达4.5个。", "4.5个"), kind, 2023) == stance

def test_a_level_that_stands_is_stock():
    assert figure_stance(where("年末每千人口拥有托位3.7个。", "3.7个"), REPORT, 2023) == STOCK
    assert figure_stance(where("年末全区参加基本养老保险人数31.2万人。", "31.2万人"), REPORT, 2023) == STOCK
    assert figure_stance(where("截至2023年底，全市共有托育机构120家，每千人口拥有托位数达3.9个。", "3.9个"),
                         REPORT, 2023) == STOCK      # the sentence counts what stands


def test_what_exists_before_a_plan_is_stock():
    for kind in (PLAN, REPORT):
        assert figure_stance(where("全市从现有16家医疗机构扩面。", "16家"), kind, 2023) == STOCK


@pytest.mark.parametrize("sentence, figure, stance", [
    ("今年東平將新增普惠托位800個。", "800個", TARGET),                    # traditional characters: 將
    ("全年完成投資21.5億元，為計劃的104.2%。", "104.2%", ACHIEVED),         # 計劃的N%
    ("新增养老床位３００张，完成计划的１１０％。", "１１０％", ACHIEVED),       # full-width digits
])
def test_cues_read_traditional_and_full_width_text(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), UNKNOWN, None) == stance


def test_the_matching_copy_keeps_every_offset():
    from extractors.script import for_matching

    for text in ("長春將新建１２所學校，為計劃的１０５％。", "新增㎡数…①", "plain ascii"):
        copy = for_matching(text)
        assert len(copy) == len(text)
        assert all(copy[i] == text[i] or not text[i].isascii() for i in range(len(text)))
    assert for_matching("將新增１２０％") == "将新增120%"


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("计划投资5.2亿元，实际完成投资5.6亿元。", "5.6亿元", PLAN, ACHIEVED),          # 实际 against the plan
    ("新增学位1300个，比计划多出100个。", "100个", PLAN, ACHIEVED),                  # 比计划多
    ("改造燃气管道计划80公里，完成61公里。", "61公里", PLAN, ACHIEVED),              # 计划X，完成Y
    ("改造燃气管道计划80公里，完成61公里。", "80公里", REPORT, TARGET),
    ("为2.1万名学生落实营养改善计划，每人每天补助5元。", "2.1万名", REPORT, ACHIEVED),  # a programme's name
    ("区本级安排3.3亿元、争取上级补助资金1.7亿元。", "3.3亿元", REPORT, ACHIEVED),      # 争取 of funds …
    ("区本级安排3.3亿元、争取上级补助资金1.7亿元。", "1.7亿元", REPORT, ACHIEVED),      # … is what was got
    ("争取新增托位500个。", "500个", REPORT, TARGET),                                     # 争取 before a goal
    ("部分项目前期论证不足，有3个小区未能开工。", "3个", REPORT, ACHIEVED),              # 项目前期 is no 目前
    ("年底前完成率应达到80%以上。", "80%", REPORT, TARGET),                              # what must be reached
    ("截至7月底，全年时序进度为58.3%。", "58.3%", REPORT, TARGET),                      # the schedule's share
    ("完成率超时序进度4.2个百分点。", "4.2个百分点", REPORT, ACHIEVED),                 # …against which it is measured
    ("注：其中1个站点因用地调整顺延至明年建成。", "1个", REPORT, TARGET),               # put off
])
def test_plans_against_results_in_one_sentence(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("今年确定的8件民生实事已全部完成。", "8件", TARGET),                        # the list, even when done
    ("年初承诺的9件24项为民办实事全部兑现。", "9件", TARGET),
    ("年初承诺的9件24项为民办实事全部兑现。", "24项", TARGET),
    ("区政府确定的民生实事共11件30项。", "30项", TARGET),                       # named before the figures
    ("今年全县民生实事项目共有12件。", "12件", TARGET),
    ("经审议，最终确定8件15项，总投资约6亿元。", "15项", TARGET),               # groups and items
    ("全区14个民生实事项目已全部开工。", "14个", TARGET),
    ("8件民生实事中，6件已全面完成。", "6件", ACHIEVED),                        # a part of the list …
    ("截至9月底，已完成7件19项。", "19项", ACHIEVED),
    ("其中5项民生实事提前完成。", "5项", ACHIEVED),
    ("从14件候选项目中票决产生。", "14件", ACHIEVED),                           # … or the candidates
])
def test_the_number_of_projects_on_the_list_is_what_was_promised(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2023) == stance


@pytest.mark.parametrize("heading, stance", [
    ("一、过去一年工作回顾", ACHIEVED),
    ("三、2024年工作安排", TARGET),
    ("四、几点建议", TARGET),
    ("2023年民生实事完成情况", ACHIEVED),
    ("四、上一轮发放结果", ACHIEVED),        # an earlier round of a scheme a notice announces
])
def test_a_headings_own_words(heading, stance):
    other_way = PLAN if stance == ACHIEVED else REPORT     # the heading speaks against the kind
    assert figure_stance(where("新增托位400个。", "400个", heading=heading), other_way, None) == stance


@pytest.mark.parametrize("kind, stance", [(PLAN, TARGET), (REPORT, ACHIEVED)])
def test_a_heading_that_looks_both_ways_leaves_it_to_the_kind(kind, stance):
    found = where("新增托位400个。", "400个", heading="存在问题和下一步打算")
    assert figure_stance(found, kind, None) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("已建成社区食堂40个，较上年增加12个。", "12个", PLAN, ACHIEVED),               # as its 40个 (已) …
    ("计划总投资约6.3亿元，比去年增加0.8亿元。", "0.8亿元", REPORT, TARGET),         # … or its 6.3亿元 (计划)
    ("服务老年人12.4万人次，同比增长16.5%。", "16.5%", PLAN, TARGET),              # the plan's prior, as the 12.4万
    ("同比增长16.5%。", "16.5%", PLAN, ACHIEVED),                                   # nothing to compare: 同比 says
])
def test_a_change_against_last_year_says_what_its_figure_says(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("今年全区将新增托位900个，改造小区30个；新建社区食堂45个，加装电梯80部。", "45个", TARGET),  # across ；
    ("2026年，全区将新增托位900个；新建社区食堂45个。", "45个", TARGET),            # a date is no figure
    ("新增托位900个，计划改造小区30个；新建社区食堂45个。", "45个", ACHIEVED),        # not opening: the kind
    ("年度计划改造小区30个，已完工12个；加装电梯新开工45台。", "45台", ACHIEVED),    # another cue ends its reach
    ("十件实事计划总投资约6.3亿元。", "6.3亿元", TARGET),                            # a list's budget
])
def test_a_plans_opening_modal_governs_its_items(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2023) == stance


def test_a_per_capita_level_reached_is_no_wholes_size():
    found = where("全区人均体育场地面积达到2.8平方米。", "2.8平方米")
    assert figure_stance(found, REPORT, 2023) == ACHIEVED
    assert figure_stance(where("全区社区食堂达到150个。", "150个"), REPORT, 2023) == STOCK


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("提前完成累计新增2.4万个学位的目标。", "2.4万个", REPORT, TARGET),        # a goal's figure, past 累计
    ("入户率仅61%，低于75%的目标要求。", "75%", REPORT, TARGET),
    ("入户率仅61%，低于75%的目标要求。", "61%", REPORT, ACHIEVED),
    ("到2027年，全市护理型床位占比要达到65%以上。", "65%", REPORT, TARGET),     # 要达到 is no whole's size
])
def test_the_figures_of_a_goal(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


def test_a_group_measure_split_from_its_figure_still_counts_the_list():
    from extractors.stance import counts_the_list

    sentence = "区政府确定的8个方面21项民生实事，均已完成。"
    assert counts_the_list(sentence, sentence.index("8个"), sentence.index("8个") + 2)


@pytest.mark.parametrize("sentence, figure, cue", [
    ("八个项目均超额完成任务，群众满意度达到95.2%。", "95.2%", ACHIEVED),   # 超额完成, and 任务 says nothing
    ("对标“幸福八有”目标，全年完成投资31.4亿元。", "31.4亿元", None),       # a goal's name says nothing
])
def test_goals_done_and_named_are_no_plans_words(sentence, figure, cue):
    found = where(sentence, figure)
    assert nearest_cue(found.sentence, found.start, found.end) == cue


def test_a_goals_own_figure_follows_it():
    found = where("累计新增学位3.1万个，完成规划目标4万个的77.5%。", "4万个")
    assert figure_stance(found, REPORT, 2023) == TARGET


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("注：其中3个站点因拆迁顺延至2025年上半年建成。", "3个", REPORT, TARGET),      # a date after the cue is no figure
    ("菜市场改造计划9个，目前仅完工4个。", "4个", REPORT, ACHIEVED),                # the progress so far
    ("目前仅完工4个。", "4个", REPORT, ACHIEVED),                                   # …is no standing total
    ("目前全区共有社区食堂60个。", "60个", REPORT, STOCK),
    ("24项指标中，已完成年度目标的15项。", "24项", REPORT, TARGET),                 # the list's indicators
])
def test_progress_so_far_and_dates_after_a_cue(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("编制床位500张，实际开放床位620张；在岗职工864人，其中卫生技术人员712人。", "620张", REPORT, STOCK),
    ("编制床位500张，实际开放床位620张；在岗职工864人，其中卫生技术人员712人。", "864人", REPORT, STOCK),
    ("编制床位500张，实际开放床位620张；在岗职工864人，其中卫生技术人员712人。", "712人", REPORT, STOCK),
    ("从业人员156人，其中在编112人，非在编44人。", "112人", REPORT, STOCK),
    ("设临床科室26个、医技科室9个。", "26个", REPORT, STOCK),                      # 设 of its departments
    ("中心设7个处（科）、5个管理部。", "7个", REPORT, STOCK),
    ("全年培训卫生技术人员500人次。", "500人次", REPORT, ACHIEVED),               # people a clause trains …
    ("新开办社区托育点4个、托育从业人员培训120人次。", "120人次", REPORT, ACHIEVED),
    ("今年计划招聘在编教师40名。", "40名", REPORT, TARGET),                        # … or hires
    ("在每个社区设服务点1个。", "1个", PLAN, TARGET),                              # a post a plan sets up
    ("年内增设儿科等科室3个。", "3个", REPORT, ACHIEVED),                          # departments added
])
def test_an_institutions_profile_is_what_stands(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("十年间全市新增中小学和幼儿园学位6.8万个。", "6.8万个", REPORT, STOCK),      # a total over the span
    ("近五年来新增学位2万个。", "2万个", REPORT, STOCK),
    ("五载之间，新建、改扩建中小学幼儿园一百零八所，增学位六万三千个。", "一百零八所", REPORT, STOCK),
    ("五载改造老旧小区二百一十四个，惠及居民五万八千户。", "二百一十四个", REPORT, STOCK),
    ("十年间全市新增学位6.8万个，2025年为1.2万个。", "1.2万个", REPORT, ACHIEVED),   # a year's own figure after it
    ("五年里，全区每年新增就业岗位均在3万个以上。", "3万个", REPORT, ACHIEVED),      # what each year did
    ("三年行动计划新增托位3000个。", "3000个", PLAN, TARGET),                         # no span: a plan's name
])
def test_a_span_of_years_counts_a_total(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("截至2023年底，全市每千人口拥有托位3.4个、老年助餐点186个，在此基础上，市政府郑重承诺：", "3.4个", STOCK),  # the baseline
    ("到2025年底，全市每千人口拥有托位4.5个。", "4.5个", TARGET),                                            # a deadline's goal
])
def test_a_plans_baseline_at_a_cut_off_is_what_stood(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), PLAN, 2024) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("新增托位180个，完成年度目标500个的36%。", "500个", REPORT, TARGET),         # the goal's figure after 完成年度目标
    ("新增托位180个，完成年度目标500个的36%。", "36%", PLAN, ACHIEVED),
    ("从18个候选项目中选出。", "18个", PLAN, ACHIEVED),                             # candidates: the vote happened
    ("2027年十件实事已经票决产生，其中新增托位900个。", "900个", REPORT, TARGET),   # what a vote adopted
    ("满意率低于80%的项目要整改。", "80%", REPORT, TARGET),                        # a threshold that sorts
    ("完成进度超过60%的有14项。", "60%", REPORT, TARGET),
    ("完成率超过60%。", "60%", REPORT, ACHIEVED),                                   # no class sorted: a result
])
def test_goals_votes_and_thresholds(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("会前她走访了辖区23个小区。", "23个", PLAN, ACHIEVED),                        # a verb's 了: done
    ("去年社区装了3台，今年希望再装5台。", "5台", PLAN, TARGET),                   # …only in its own clause
    ("为了让120户家庭用上燃气，新建管道8公里。", "120户", PLAN, TARGET),          # 为了 is no 了
    ("投资比今年增加了15%。", "15%", PLAN, TARGET),                                 # nor a change's 增加了
])
def test_a_verbs_perfective_le_speaks_in_its_clause(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("heading, kind", [
    ("三、社会保障。城镇新增就业0.9万人，完成计划的", REPORT),   # an item's lead run on into its text: a
                                                                  # heading's title ends at its full stop
    ("家门口看病更方便了", PLAN),                                # a clause-only cue is no heading's word
    ("请查收！2026民生实事“登机牌”已出票", PLAN),                 # a list announced: the plan is out
    ("2027年十件民生实事项目清单已出炉", PLAN),
])
def test_words_under_a_heading_that_say_nothing_of_it(heading, kind):
    expected = TARGET if kind == PLAN else ACHIEVED       # the kind's prior
    assert figure_stance(where("新增托位400个。", "400个", heading=heading), kind, 2023) == expected


@pytest.mark.parametrize("header, stance", [
    ("年初预算", TARGET), ("决算数", ACHIEVED), ("完成预算%", ACHIEVED),     # a budget's execution table
    ("计划数", TARGET), ("完成计划（%）", ACHIEVED),
    ("现有数量", STOCK), ("累计总数", STOCK),
    ("2024年底", STOCK), ("年底办成的", ACHIEVED),        # what stood at a year's end; what got done by it
])
def test_more_column_headers(header, stance):
    assert column_stance(header) == stance


@pytest.mark.parametrize("heading, stance", [
    ("三、2026年重点工作", TARGET), ("四、新的一年工作部署", TARGET),
    ("一、主要成就", ACHIEVED), ("2025年工作总结", ACHIEVED),
])
def test_more_headings(heading, stance):
    other_way = PLAN if stance == ACHIEVED else REPORT
    assert figure_stance(where("新增托位400个。", "400个", heading=heading), other_way, None) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("已覆盖全区16个街道中的12个。", "16个", PLAN, STOCK),                # the whole a part is counted of …
    ("已覆盖全区16个街道中的12个。", "12个", PLAN, ACHIEVED),             # … the part by its own words
    ("王大爷是全区3.2万名签约老人中的一员。", "3.2万名", PLAN, STOCK),
    # those an action is done for, named with what they hold: counted by the plan or report
    ("为800户低保家庭中的高龄老人安装紧急呼叫设备。", "800户", PLAN, TARGET),
    ("为800户低保家庭中的高龄老人安装紧急呼叫设备。", "800户", REPORT, ACHIEVED),
    ("今年的8件民生实事中有5件是新项目。", "8件", REPORT, TARGET),       # the list's count comes first
    ("去年，全镇承担县定民生实事9项。", "9项", REPORT, TARGET),          # the list's count right after its name
    ("办好社区“微实事”20件。", "20件", REPORT, TARGET),
])
def test_the_whole_a_part_is_counted_of(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("全年共为民办实事1300余件。", "1300余件", REPORT, ACHIEVED),          # deeds done, no list
    ("开展应急模拟演练40场。", "40场", REPORT, ACHIEVED),                   # 模拟 is no 拟
    ("拟新建口袋公园12个。", "12个", REPORT, TARGET),
    ("服务范围延伸至8个街道。", "8个", REPORT, ACHIEVED),                   # 延伸至 puts nothing off
])
def test_words_that_only_look_like_cues(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2023) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    # a pair written 从 YEAR 的 A 提高到 YEAR 的 B: A stood, B and the change are the period's
    ("救助标准从2027年的每人每月900元提高到2030年的1100元，四年提高了200元。", "900元", REPORT, STOCK),
    ("救助标准从2027年的每人每月900元提高到2030年的1100元，四年提高了200元。", "1100元", REPORT, ACHIEVED),
    ("救助标准从2027年的每人每月900元提高到2030年的1100元，四年提高了200元。", "200元", REPORT, ACHIEVED),
    # a year's own 累计 is its flow; up to a year's end it is a total
    ("2029年累计送餐上门5.2万份。", "5.2万份", REPORT, ACHIEVED),
    ("截至2029年底累计建成食堂80个。", "80个", REPORT, STOCK),
    # what fell short of the goal is a result, and reaches the clause after it
    ("12项完成年度目标，2项未达目标，全年完成投资9.8亿元。", "2项", REPORT, ACHIEVED),
    ("12项完成年度目标，2项未达目标，全年完成投资9.8亿元。", "9.8亿元", REPORT, ACHIEVED),
    # the figure a goal names in brackets
    ("新增学位5200个，超额完成年度目标（5000个）。", "5000个", REPORT, TARGET),
    # a standing total that a goal of its clause aims at
    ("明年力争全县食堂总数不少于150个。", "150个", REPORT, TARGET),
    ("全县食堂总数150个。", "150个", REPORT, STOCK),
    # the whole a part is counted of, also with 已有
    ("全县12个镇中已有9个镇建成食堂。", "12个", REPORT, STOCK),
    # a plan's total over its years is its goal
    ("三年累计新增就业9万人。", "9万人", PLAN, TARGET),
    ("三年累计新增就业9万人。", "9万人", REPORT, STOCK),
    ("四年间，全县累计完成改造3200户，其中2027年最多，为900户。", "3200户", REPORT, STOCK),  # a total over years
    ("四年间，全县累计完成改造3200户，其中2027年最多，为900户。", "900户", REPORT, ACHIEVED),  # …not its parts
    ("全年累计完成改造800户。", "800户", REPORT, ACHIEVED),                      # …not the year's own
    ("全县累计新建食堂36个。", "36个", REPORT, ACHIEVED),                        # what was added…
    ("“十五五”以来，全县累计新增学位1.2万个。", "1.2万个", REPORT, STOCK),         # …since a period began
    ("2027年以来，全县累计新建食堂90个。", "90个", REPORT, STOCK),
    ("2028年，全县有食堂45个。", "45个", REPORT, STOCK),                          # what there is
    ("2028年，全县托育点只有6个。", "6个", REPORT, STOCK),
    ("目前，全县9个镇中已有7个镇建成食堂。", "7个", REPORT, STOCK),
    ("儿童营养改善计划惠及3.2万人。", "3.2万人", REPORT, ACHIEVED),               # a programme's name, not a plan
    ("2条城乡公交线路开通均按计划完成。", "2条", REPORT, ACHIEVED),               # done as planned
    ("确保2条城乡公交线路按计划开通。", "2条", REPORT, TARGET),
    ("县政府已初步确定新增托位800个等明年的实事项目建议。", "800个", REPORT, TARGET),
    ("到2030年累计培训2万人次。", "2万人次", PLAN, TARGET),                        # 到 YEAR: a deadline, no flow
    ("2028年，社区实施的8项“微实事”已全部完成。", "8项", REPORT, TARGET),          # the list's count, in quotes
])
def test_pairs_from_a_year_goals_totals_and_what_there_is(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2029) == stance


def test_a_plan_for_several_years_looks_ahead_from_its_first():
    title = "关于印发《某县托育服务三年行动方案（2027—2029年）》的通知"
    text = (f"{title}\n\n某县托育服务三年行动方案（2027—2029年）\n\n"
            "2026年新增托位200个。2027年新增托位300个，2028年新增托位400个。\n")
    records = extract(text, meta=DocMeta(title=title, published="2027-03-01", kind="plan_list"))
    assert [(r.text, r.year, r.stance) for r in records] == [
        ("200个", 2026, ACHIEVED), ("300个", 2027, TARGET), ("400个", 2028, TARGET)]


@pytest.mark.parametrize("sentence, figure, stance", [
    # a deadline's rate and a floor a plan sets are goals, though 完成率 and `计划的` report elsewhere
    ("各区要确保9月底前完成投资不低于年度计划的80%，年底前实事项目完成率达到100%。", "80%", TARGET),
    ("各区要确保9月底前完成投资不低于年度计划的80%，年底前实事项目完成率达到100%。", "100%", TARGET),
    ("目前全区实事项目完成率达到96%。", "96%", ACHIEVED),
    # a share of the plan written as a fraction is a share of the plan done
    ("东湖区新建口袋公园仅3个，不足年度任务20个的三分之一。", "三分之一", ACHIEVED),
    # a whole's size where 共 runs straight into its figure
    ("全镇共4200户、1.3万人。", "4200户", STOCK),
    ("全镇共4200户、1.3万人。", "1.3万人", STOCK),
])
def test_cues_of_held_out_6_forms(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2024) == stance


def test_a_heading_of_the_work_in_progress_reports_results():
    # a reply letter's `今年工作进展` section, in a document that also plans next year
    said = where("（二）新建社区老年食堂18个；", "18个", heading="二、今年工作进展", year=2024)
    assert figure_stance(said, MIXED, 2024, plan_year=2024) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, stance", [
    ("县政府承诺年内建成口袋公园12个。", "12个", TARGET),                    # 承诺: what was promised
    ("去年兑现承诺事项9项。", "9项", ACHIEVED),                              # the promises as items, done
    ("已建成驿站15个，剩余3个正在施工。", "3个", ACHIEVED),                  # 剩余: the shortfall at the date
    ("已建成驿站15个，剩余3个将于明年5月投用。", "3个", TARGET),            # …given a later date
    ("改造完成210户，剩余6户转入下一年度实施。", "6户", TARGET),            # …carried into a plan
    ("建成床位150张，余18张转入2026年。", "18张", TARGET),                   # 余 alike
    ("本季度仍有5个网点未开工。", "5个", ACHIEVED),                          # a task's shortfall
    ("全县尚有7个行政村没有卫生室。", "7个", STOCK),                          # a gap in what stands
    ("人均绿地面积距标准值还差1.5平方米。", "1.5平方米", STOCK),              # a level's distance from a standard
    ("已培训1200人，离1500人还差300人。", "300人", TARGET),                  # 还差
    ("项目共需资金90万元，尚有资金缺口35万元。", "35万元", STOCK),          # 缺口: a position at the date
])
def test_promises_remainders_and_gaps(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, None) == stance


@pytest.mark.parametrize("sentence, figure", [
    ("申报渠道不少于4种，收集建议原则上不少于800条。", "4种"),
    ("申报渠道不少于4种，收集建议原则上不少于800条。", "800条"),
    ("每个乡镇至少建成2个日间照料中心。", "2个"),
    ("有效问卷不低于200份。", "200份"),
])
def test_a_floor_that_a_rule_sets_is_a_target(sentence, figure):
    assert figure_stance(where(sentence, figure), REPORT, 2025) == TARGET


@pytest.mark.parametrize("heading, stance", [("现状与问题", STOCK), ("建议", TARGET)])
def test_a_proposals_parts_say_what_their_figures_are(heading, stance):
    found = where("全镇托育机构12家，托位600个。", "600个", heading=heading)
    assert figure_stance(found, MIXED, 2025, 2025) == stance


def test_a_proposals_bracketed_parts_are_sections():
    text = ("关于增加社区食堂的提案\n\n【现状与问题】\n全镇老年人约4800名，社区食堂仅有3家。\n\n"
            "【建议】\n新建社区食堂不少于6家。\n")
    stances = {r.text: r.stance for r in extract(text, doc_year=2025, meta=DocMeta(kind="mixed"))}
    assert stances == {"4800名": STOCK, "3家": STOCK, "6家": TARGET}


def test_累计_of_meals_served_within_the_period_is_its_result():
    assert figure_stance(where("建成助餐点12个，累计供餐8万人次。", "8万人次"), REPORT, 2025) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, stance", [
    # the goal a rate is taken of, and the plan a result is set against, are goals
    ("累计完成改造15个，占全年20个任务的75%。", "20个", TARGET),
    ("累计完成改造15个，占全年20个任务的75%。", "75%", ACHIEVED),
    ("其中新建绿道比计划的8公里多完成2公里。", "8公里", TARGET),
    # what went past the goal set at the start of the year is a result
    ("完成投资3.2亿元，较年初计划多出0.2亿元。", "0.2亿元", ACHIEVED),
])
def test_goals_a_result_is_measured_against(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2025) == stance


def _stances(text: str) -> dict[str, str]:
    from pipeline.document import Document, DocMeta
    from pipeline.run import analyse
    records, _ = analyse(Document("t", text, meta=DocMeta(kind="completion_report")), doc_year=2030)
    return {r.text: r.stance for r in records}


def test_a_report_paragraph_opened_at_the_year_end_lists_stocks_until_the_year_s_flow():
    text = ("某县2030年统计公报\n\n九、卫生\n\n"
            "年末全县共有医疗卫生机构412个。卫生技术人员3800人。医院床位2100张。"
            "全年总诊疗人次96万人次。\n")
    found = _stances(text)
    assert (found["412个"], found["3800人"], found["2100张"]) == ("stock", "stock", "stock")
    assert found["96万人次"] == "achieved"


def test_a_year_end_sentence_inside_a_paragraph_opens_no_frame():
    text = ("某区2030年工作总结\n\n"
            "年内新增托位300个。年末，全区有托育机构40家。开展入户指导1200人次。\n")
    assert _stances(text)["1200人次"] == "achieved"


@pytest.mark.parametrize("sentence,figure", [
    ("年末全县参保人数52.1万人，比上年增加1.6万人。", "1.6万人"),
    ("年末全县共有养老床位3100张，较上年末增长4.2%。", "4.2%"),
    ("年末绿化覆盖率41.0%，比上年提高0.5个百分点。", "0.5个百分点"),
])
def test_a_change_against_an_earlier_year_is_never_a_stock(sentence, figure):
    found = _stances("某县2030年统计公报\n\n" + sentence + "\n")
    assert found[figure] == "achieved"


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("新开社区食堂9个，日均就餐约430人次。", "430人次", REPORT, STOCK),        # a standing service's daily level
    ("新开社区食堂9个，日均就餐约430人次。", "9个", REPORT, ACHIEVED),          # …its own clause only
    ("再布点社区食堂9个，日均供餐能力1200份。", "1200份", PLAN, TARGET),        # a capacity the plan sets
    ("食堂开业半年，每天就餐200人次左右。", "200人次", REPORT, STOCK),          # the same level with 每天
    ("新建社区食堂5个，每日供餐能力800份。", "800份", PLAN, TARGET),
    ("食堂每天中午供应10个菜品。", "10个", REPORT, ACHIEVED),                  # a count of dishes, no intake
])
def test_a_daily_average_is_the_level_that_stands(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2024) == stance


@pytest.mark.parametrize("sentence, figure", [
    ("兑换记录：食用油一桶（价值58元）", "58元"),               # what a gift is worth
    ("新开的社区书屋藏书4000册，每天开到晚上8点。", "4000册"),   # what a library holds
])
def test_a_gifts_worth_and_a_librarys_holding_are_levels_that_stand(sentence, figure):
    assert figure_stance(where(sentence, figure), REPORT, 2024) == STOCK


@pytest.mark.parametrize("sentence, figure", [
    ("全年免费发放药品价值300万元。", "300万元"),     # the worth of what the year gave
    ("建成城市书房3个，新增藏书2万册。", "2万册"),    # what the year added to the shelves
])
def test_the_worth_of_what_is_given_and_books_added_are_the_years(sentence, figure):
    assert figure_stance(where(sentence, figure), REPORT, 2024) == ACHIEVED


def test_a_daily_average_column_is_the_level_that_stands():
    assert column_stance("日均就餐（人次）") == STOCK


@pytest.mark.parametrize("sentence, figure, stance", [
    ("系统：当前在线 2,417", "2,417", STOCK),                        # the level at the moment
    ("当前任务是新建驿站12个。", "12个", TARGET),                      # a task of the moment is a plan
])
def test_the_present_moment_is_a_stock(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2024) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("座谈会共收到群众建议214条。", "214条", ACHIEVED),                       # what a consultation gathered
    ("问卷发放900份，回收有效问卷861份。", "861份", ACHIEVED),                 # …and a survey
    ("今年计划收集意见不少于500条。", "500条", TARGET),                        # what is to be gathered
    ("社区问卷中，对助餐服务满意的占88.4%。", "88.4%", ACHIEVED),             # what those asked answered
    ("41.5%的受访者希望增设停车位。", "41.5%", ACHIEVED),
])
def test_what_a_survey_gathered(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), PLAN, None) == stance


def test_a_rate_named_by_a_gathering_verb_is_no_gathering():
    said = where("到2027年，垃圾分类回收利用率达到40%。", "40%")
    assert figure_stance(said, PLAN, None) == TARGET


def test_a_daily_level_on_a_reported_checkbox_line_stands():
    # a done item's own part states a standing service's daily level (gold/README, Stance)
    said = where("新开食堂5个，日均就餐约320人次", "320人次", status="done")
    assert figure_stance(said, REPORT, None) == STOCK
    assert figure_stance(where("新开食堂5个，日均就餐约320人次", "5个", status="done"), REPORT, None) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, stance", [
    ("该社区有低保对象58名。", "58名", STOCK),                                   # what a place holds
    ("幸福小区建于1995年，共24栋楼、880户居民。", "24栋", STOCK),               # …and its size in all
    ("本期整治涉及3个小区共18栋楼、650户。", "18栋", ACHIEVED),               # …not the scope of a work (the report's)
    ("独居老人占常住人口的7.5%。", "7.5%", STOCK),                              # a share of the population
    ("我县有9名老人首次领到了护理补贴。", "9名", ACHIEVED),                      # a county's 有 tells what happened
])
def test_what_a_place_holds(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, None) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("18项中16项按期完成，2项顺延。", "18项", TARGET),                          # the list's items as the whole
    ("18项中16项按期完成，2项顺延。", "16项", ACHIEVED),                        # …the part done goes by its words
    ("9个项目中，进度超过时序的有7个。", "9个", TARGET),
    ("覆盖全县15个乡镇中的12个。", "15个", STOCK),                              # a whole that stands is no list
])
def test_the_list_as_the_whole_of_its_parts(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, None) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("各镇要在8月底前完成全年任务的60%以上。", "60%", TARGET),                 # a timetable's share by a date
    ("预计11月底可完成年度计划的90%。", "90%", TARGET),
    ("截至8月底，完成全年任务的63%。", "63%", ACHIEVED),                       # the share reached by a date
])
def test_the_share_a_timetable_sets(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, None) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("今年8件实事全部完成，累计投入资金3.1亿元。", "3.1亿元", ACHIEVED),          # money the year put in
    ("截至6月底，累计上门服务2.4万人次。", "2.4万人次", ACHIEVED),                 # a service's visits
    ("6年间全县累计投入资金9.2亿元。", "9.2亿元", STOCK),                           # …over years: a total
    ("五年来累计投入约30亿元，其中县级财政占比近六成。", "六成", STOCK),           # …and its share
    ("五年间，全县累计完成改造3100户，其中2023年最多，为900户。", "900户", ACHIEVED),   # a year's own figure
])
def test_money_put_in_and_totals_over_years(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, None) == stance


def test_the_rest_of_a_share_out_is_no_remainder():
    # 其余 parts a plan's figure among places; it reports no shortfall
    assert figure_stance(where("助餐点东区40个、西区30个，其余25个由各镇分配。", "25个"), PLAN, None) == TARGET


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("全县开展课后服务的学校达到86所，参与学生3.1万人。", "86所", REPORT, STOCK),   # how many places do it
    ("全县开展课后服务的学校达到86所，参与学生3.1万人。", "3.1万人", REPORT, ACHIEVED),   # …its own clause only
    ("开展课后服务的学校达到90所。", "90所", PLAN, TARGET),                 # …the level a plan sets
])
def test_how_many_places_do_a_thing(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, None) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("截至2023年底，全县累计新增学位8600个，建成食堂41个。", "8600个", STOCK),   # a total up to a year's end
    ("截至2023年底，全县累计新增学位8600个，建成食堂41个。", "41个", STOCK),     # …over the sentence
    ("截至9月底，累计发放补贴1.2亿元。", "1.2亿元", ACHIEVED),                   # up to a month: the period's flow
])
def test_a_total_up_to_a_years_end(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, None) == stance


@pytest.mark.parametrize("year,column,cell,stance", [
    (2029, "新增学位（个）", "6100", ACHIEVED),     # a row of a year before the plan's: a result
    (2031, "新增学位（个）", "6900", TARGET),       # the plan's own year
    (2029, "项目数", "10件", TARGET),              # the number of projects on that year's list
])
def test_a_mixed_documents_table_row_by_its_year(year, column, cell, stance):
    cell_where = Where(cell, 0, len(cell), table_row=True, column=column, year=year)
    assert figure_stance(cell_where, MIXED, 2031, plan_year=2031) == stance


@pytest.mark.parametrize("sentence, figure, unit, stance", [
    ("大会共发出选票96张，收回选票96张，其中有效选票95张。", "95张", "张", ACHIEVED),   # a vote's ballots
    ("本次会议应到代表101名，实到代表96名。", "101名", "名", ACHIEVED),               # the sitting's roll
    ("涉及项目的80条中，采纳30条、部分采纳20条、不采纳30条。", "20条", "条", ACHIEVED),   # what was adopted
    ("采纳率（含部分采纳）为62.5%。", "62.5%", "%", ACHIEVED),
    # a count of what the consultation gathered, with no cue of its own
    ("经梳理，涉及项目的意见建议80条，其余15条为咨询。", "15条", "条", ACHIEVED),
    ("经梳理，涉及项目的意见建议80条，其余15条为咨询。", "80条", "条", ACHIEVED),
    ("计划收集意见建议不少于200条。", "200条", "条", TARGET),                   # what is to be gathered
])
def test_a_consultations_and_a_votes_own_counts_happened_in_a_plan(sentence, figure, unit, stance):
    assert figure_stance(where(sentence, figure, unit=unit), PLAN, 2031) == stance


def test_a_heading_on_how_opinions_were_handled_is_no_proposal():
    found = where("其中涉及托育服务的有40件。", "40件", heading="一、意见建议收集情况")
    assert figure_stance(found, PLAN, 2031) == ACHIEVED
    assert figure_stance(where("新增托位400个。", "400个", heading="三、几点建议"), REPORT, 2031) == TARGET


def test_a_vote_share_column_is_what_the_vote_gave():
    assert column_stance("赞成票率") == ACHIEVED
    assert column_stance("得票率（%）") == ACHIEVED


@pytest.mark.parametrize("sentence, figure, stance", [
    # a plan's own figure revised is no level that stood: a draft's, a flow's
    ("新增托位由征求意见稿的300个提高到450个。", "300个", TARGET),
    ("新增车位由1200个调整为1600个。", "1200个", TARGET),
    ("就餐补助由每餐2元提高到每餐4元。", "2元", STOCK),           # a standard that stood
    ("不采纳：现行每户补助3000元，已高于周边县区。", "3000元", STOCK),   # the standard in force
])
def test_the_before_of_a_revision_is_the_plans_figure(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), PLAN, 2031) == stance


def test_the_projects_with_a_measure_of_them_all_are_the_list():
    from extractors.stance import counts_the_list
    sentence = "12个项目总体满意率为88.1%，其中3个项目满意率低于80%。"
    assert counts_the_list(sentence, 0, 3)
    assert not counts_the_list(sentence, sentence.index("3个"), sentence.index("3个") + 2)


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    # a before→after pair with 延长, 缩短, 提: the before value stood
    ("全程由8.4公里延长至9.6公里。", "8.4公里", PLAN, STOCK),
    ("发车间隔由25分钟缩短至15分钟。", "25分钟", PLAN, STOCK),
    ("去年把奖补从每户3万元提到4万元。", "3万元", MIXED, STOCK),
    # a standing tariff: a fare, a tier of a tiered price
    ("票价：空调车一票制2元，刷卡8折。", "2元", PLAN, STOCK),
    ("第二阶梯  261—360立方米  4.10元/立方米", "261—360立方米", MIXED, STOCK),
    ("本户年度累计用电量：2310千瓦时（距第二阶梯还剩90千瓦时）", "90千瓦时", MIXED, STOCK),
    ("本户年度累计用电量：2310千瓦时（距第二阶梯还剩90千瓦时）", "2310千瓦时", MIXED, ACHIEVED),
    # the level at the time before a change; what the former one had
    ("那时候孩子入园，当时每月保育费1600元，后来降到1100元。", "1600元", MIXED, STOCK),
    ("自9月1日起停运，原58路车辆7辆调至新线。", "7辆", PLAN, STOCK),
    # a size in brackets after a plan's modal is no goal (`拟…（共6层12户）`)
    ("社区拟帮助该楼，共7层14户。", "14户", MIXED, STOCK),
    # a balance to be shared is no remainder of a task
    ("余额36万元由业主分摊。", "36万元", PLAN, TARGET),
    # promised, and what was actually or only done
    ("2021年目标300个，实际327个。", "327个", MIXED, ACHIEVED),
    ("每年承诺新增10个，实际分别新增12、11个。", "11个", MIXED, ACHIEVED),
    ("当年承诺新增车位2000个，年底只完成1400个。", "1400个", MIXED, ACHIEVED),
    ("那年清单写的是新建公园6个，完成7个。", "6个", MIXED, TARGET),
    # a total over several years, whatever the verb
    ("四年加起来新建食堂58个。", "58个", MIXED, STOCK),
    # 累计 of claims paid in a year reported, and a year's own running total
    ("累计赔付2.1万人次，赔付金额0.8亿元。", "0.8亿元", REPORT, ACHIEVED),
])
def test_tariffs_pairs_and_a_look_back(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure, year=2031), kind, 2031, 2031) == stance


@pytest.mark.parametrize("title, kind", [
    ("关于某区部分公交线路调整的公告", PLAN),
    ("关于某镇供水线路变更的通告", PLAN),
    ("某花园小区雨污分流改造工程施工告知书", PLAN),    # works about to start
    ("某县民政局关于发放2031年第一季度高龄津贴的公告", PLAN),   # a benefit to be handed out
])
def test_a_notice_of_changes_to_come_is_a_plan(title, kind):
    assert document_kind("mixed", title) == kind


@pytest.mark.parametrize("sentence, figure, stance", [
    # a cue inside brackets speaks for the bracket's figures, not for those before it
    ("区里拟委托机构，运营2个中心厨房、9个长者食堂和30个助餐点（含已建成21个、本年新建9个）。", "30个", TARGET),
    # what a whole includes that is already there stands; what the year adds beside it does not
    ("区里拟委托机构，运营2个中心厨房、9个长者食堂和30个助餐点（含已建成21个、本年新建9个）。", "21个", STOCK),
    ("区里拟委托机构，运营2个中心厨房、9个长者食堂和30个助餐点（含已建成21个、本年新建9个）。", "9个）", TARGET),
])
def test_brackets_and_what_a_whole_includes(sentence, figure, stance):
    found = where(sentence, figure)
    if figure.endswith("）"):
        found = replace(found, end=found.end - 1)
    assert figure_stance(found, PLAN, 2031) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    ("常住人口：52.3万人（2030年末）。", "52.3万人", STOCK),        # a bracket right after the figure is its own note
    # a cue that opens a bracket speaks past it, but the gap against the schedule is the period's result,
    # in every gold set that has one (held-out 2, 4, 6, 13, 30), however the schedule's share is written
    ("高于时序进度（58.3%）4.2个百分点。", "4.2个百分点", ACHIEVED),
    ("原安排资金260万元调剂用于新项目。", "260万元", TARGET),        # what was set aside is no former level
])
def test_a_bracket_of_the_figures_own_and_a_former_budget(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), PLAN, 2031) == stance


@pytest.mark.parametrize("sentence, figure, stance", [
    # a supervision notice's share of the year's goal, written without 的
    ("已建成口袋公园9个，占年度目标112.5%。", "112.5%", ACHIEVED),
    ("完成投资不低于年度目标85%。", "85%", TARGET),                  # a floor stays the plan's
    # a construction diary's header states the design scale
    ("工程概况：总建筑面积2.4万平方米，设计学位1350个；总投资1.5亿元。", "1350个", TARGET),
    # a week's 累计 is the week's result; 累计兑换 a flow like 累计发放
    ("本周小结（4月7日—4月12日）：累计浇筑混凝土210立方米。", "210立方米", ACHIEVED),
    ("二季度全村累计兑换商品980件。", "980件", ACHIEVED),
    ("今年安排慈善救助资金8.2万元。", "8.2万元", TARGET),            # the year's allocation
    ("已增加床位30张，剩余6张于11月底前配备到位。", "6张", TARGET),  # a remainder given a date
    ("目前全县已运营助餐点42个，覆盖9个乡镇。", "9个", STOCK),      # what runs now stands
    ("累计完成投资5300万元，占总投资的58.9%。", "58.9%", ACHIEVED),  # the share the investment done makes
    ("目前全县已运营助餐点42个，覆盖9个乡镇。", "42个", STOCK),
])
def test_shares_of_the_goal_design_scales_and_short_periods(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2025) == stance


@pytest.mark.parametrize("line, figure, stance", [
    # a rectification ledger: the problem as raised stands, the measure is planned, the result done
    ("问题2：某社区12部电梯安装完毕已3个月仍未验收。", "12部", STOCK),
    ("整改措施：新增公交线路2条，开通预约服务。", "2条", TARGET),
    ("整改结果：已整改。新建停车泊位240个。", "240个", ACHIEVED),
    ("整改结果：正在整改。剩余15个于12月底前建成。", "15个", TARGET),  # what is left keeps its date
    # the labels a ledger's outcome line takes elsewhere (one list, read by the category stage too)
    ("办理结果：已办结。新增候车亭16个。", "16个", ACHIEVED),
    ("落实情况：建成社区食堂5个。", "5个", ACHIEVED),
    # a progress card's goal line: its done-verbs are the goal's too
    ("年度目标：开工加装电梯30部，完工投用25部", "25部", TARGET),
    # a game-style achievement card's goal and result (made up)
    ("解锁条件：新增助餐点3个，全年助餐不少于2.4万人次", "3个", TARGET),
    ("达成：新增3个，全年助餐2.63万人次", "2.63万人次", ACHIEVED),
])
def test_a_ledgers_field_label_names_the_stance_of_its_line(line, figure, stance):
    assert figure_stance(where(line, figure, field=field_stance(line)), REPORT, 2025) == stance


def test_a_line_without_a_field_label_names_nothing():
    assert field_stance("整改时限：2025年7月15日前") is None
    assert field_stance("群众问题反映了3次") is None


def test_a_numbered_items_heading_that_says_nothing_goes_by_the_section_above_it():
    # a village's rules and ledger of the year (mixed): its list of the year's projects,
    # adopted by a vote, is the plan, item by item under their own headings
    text = ("某村积分超市管理办法及台账\n\n一、基本情况\n　　全村现有农户260户。\n\n"
            "二、2026年村级民生实事项目（村民代表会议表决通过）\n"
            "1.道路硬化：硬化村道1.8公里，投资65万元；\n2.饮水安全：铺设供水管网2.2公里。\n")
    records = extract(text, meta=DocMeta(title="某村积分超市管理办法及台账", published="2026-03-01", kind="mixed"))
    stances = {r.text: r.stance for r in records}
    assert stances["1.8公里"] == TARGET and stances["2.2公里"] == TARGET


@pytest.mark.parametrize("outer, stance", [
    ("三、审议意见", TARGET),              # what a standing committee asks the government to finish
    ("四、下一步工作打算", TARGET),
    ("二、关于建议的办理", ACHIEVED),      # a reply letter: how the proposal was handled
    ("一、主要成效", ACHIEVED),            # a heading of results does not reach an item's heading
    ("一、基本情况", ACHIEVED),            # nor one that says nothing
])
def test_a_section_of_requests_or_plans_reaches_its_items_own_headings(outer, stance):
    # a mid-year document that also reports (mixed, every figure of its own year): the item's
    # heading says nothing, the section above it speaks for its figures with no cue of their own
    item = where("全年新增普惠托位2000个，新建老年助餐点80个。", "2000个", year=2030,
                 heading="（一）“一老一小”要更暖心。", outer_heading=outer)
    assert figure_stance(item, MIXED, 2030, 2031) == stance
    # …and a figure's own cue still speaks first
    done = where("全年新增普惠托位2000个，目前已新增760个。", "760个", year=2030,
                 heading="（一）“一老一小”要更暖心。", outer_heading=outer)
    assert figure_stance(done, MIXED, 2030, 2031) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    # a standard in force that its figure follows (`标准为`, `标准的`) stands, in a notice or a report
    ("公租房租金标准为每月每平方米7元。", "7元", MIXED, STOCK),
    ("低收入家庭按租金标准的20%收取。", "20%", REPORT, STOCK),
    # …in a plan it is the level set
    ("明年城乡低保标准为每人每月900元。", "900元", PLAN, TARGET),
    # …not a cap, nor 高标准农田
    ("每户补助标准不超过6000元。", "6000元", PLAN, TARGET),
    ("新建高标准农田3万亩。", "3万亩", REPORT, ACHIEVED),
])
def test_a_standard_in_force_stands(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure), kind, 2031) == stance


def test_what_one_batch_offered_is_no_standing_total():
    sentence = "本批次房源位于某小区（某路8号），共96套，户型为两室一厅。"
    assert figure_stance(where(sentence, "96套", year=2031), MIXED, 2031, 2032) == ACHIEVED
    assert figure_stance(where("某小区共96套住房。", "96套"), MIXED, 2031, 2032) == STOCK


def test_the_cost_of_a_work_built_is_no_budget():
    sentence = "该中心是2030年实事项目，2030年建成，总投资6,200万元。"
    assert figure_stance(where(sentence, "6,200万元", year=2030), MIXED, 2031, 2031) == ACHIEVED
    assert figure_stance(where("新建养老中心1所，总投资6,200万元。", "6,200万元", year=2031), MIXED, 2031, 2031) == TARGET


def _stances_of(text: str, kind: str) -> dict[str, str]:
    from pipeline.document import Document, DocMeta
    from pipeline.run import analyse
    records, _ = analyse(Document("t", text, meta=DocMeta(kind=kind)), doc_year=2030)
    return {(r.start, r.text): r.stance for r in records}


def test_a_heading_naming_the_candidates_makes_their_figures_proposals():
    # the heading's own word (`候选项目`) speaks over the cue inside it (`候选`, a vote's count of them)
    assert figure_stance(where("新建口袋公园8个", "8个", heading="——候选项目——"), PLAN, 2030, 2030) == TARGET
    assert figure_stance(where("本次投票共有候选项目15个", "15个"), PLAN, 2030, 2030) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, stance", [
    # a poll page's count of those who took part, and its thanks to them
    ("已有 12,480 人次参与　｜　候选项目 15个", "12,480", ACHIEVED),
    ("感谢 12,480 人次的参与和支持！", "12,480", ACHIEVED),
    ("全区已有15个乡镇建成综合养老服务中心", "15个", STOCK),          # what there is, still
    # a progress line: the goal, then what is done, then the share
    ("② 新建充电桩300个　已建成246个　进度82%", "300个", TARGET),
    ("② 新建充电桩300个　已建成246个　进度82%", "246个", ACHIEVED),
    # what a directory or an app lists
    ("· 新增“养老地图”：收录全县养老机构42家", "42家", STOCK),
])
def test_counters_progress_lines_and_listings(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), MIXED, 2030, 2031) == stance


def test_numbered_items_after_a_lead_in_naming_the_adopted_list_are_targets():
    text = ("某县政务App更新说明\n\n"
            "v2.1.0（2030-01-20）\n"
            "· 上线专题，展示县人民代表大会票决确定的3件民生实事：\n"
            "　1．新增普惠托位420个\n"
            "　2．改造老旧小区12个\n"
            "　3．建设口袋公园6个\n")
    found = _stances_of(text, "mixed")
    assert {stance for (_, figure), stance in found.items() if figure in ("420个", "12个", "6个")} == {TARGET}


@pytest.mark.parametrize("header", ["月租金（元）", "床位费（元/人·月）", "单价（元）", "收费（元/月）",
                                    "今日价", "昨日价", "收购价（元/公斤）"])      # a price board's day's prices
def test_a_price_column_holds_the_rates_in_force(header):
    assert column_stance(header) == STOCK


@pytest.mark.parametrize("header", ["价值（万元）", "今日收购量（吨）"])
def test_a_value_or_an_amount_bought_is_no_price(header):
    assert column_stance(header) != STOCK


@pytest.mark.parametrize("heading, outer", [
    ("政策内容", None),                          # a policy card's block of benefits
    ("（三）伙食费", "二、收费项目及标准"),          # an item under a fee schedule's section
    ("三、优惠及补贴政策", None),
])
def test_a_section_of_standing_rules_states_rates_in_force(heading, outer):
    # the same figure under a plan's heading, or none, is the kind's (a mixed document's year is its plan's)
    rate = where("80周岁以上老人每人每月发放100元。", "100元", heading=heading, outer_heading=outer, year=2031)
    assert figure_stance(rate, MIXED, 2031, 2031) == STOCK
    assert figure_stance(replace(rate, heading=None, outer_heading=None), MIXED, 2031, 2031) == TARGET


def test_a_section_of_standing_rules_leaves_a_raise_and_an_earlier_years_figure_alone():
    raised = where("高龄津贴由每人每月80元提高到100元。", "100元", heading="政策内容", year=2031)
    assert figure_stance(raised, MIXED, 2031, 2031) == TARGET
    assert figure_stance(replace(raised, start=raised.sentence.index("80元"), end=raised.sentence.index("80元") + 3),
                         MIXED, 2031, 2031) == STOCK
    had = where("2030年享受政策：高龄津贴全年1,200元。", "1,200元", heading="政策内容", year=2030)
    assert figure_stance(had, MIXED, 2031, 2031) == ACHIEVED


def test_a_programme_named_in_quotes_plans_nothing():
    sentence = "▲“阳光计划”：困难家庭子女每生每学期补助1,500元。"
    assert nearest_cue(sentence, sentence.index("1,500元"), sentence.index("1,500元") + 6) is None


def test_a_bracketed_label_with_a_note_heads_its_block():
    text = ("某镇惠民政策明白卡（2031年版）\n【政策内容】（以下为2031年执行标准）\n"
            "▲高龄津贴：80周岁以上每人每月120元。\n")
    assert _stances_of(text, "mixed")[(text.index("120元"), "120元")] == "stock"


def test_a_plans_section_of_rules_sets_its_rates():
    # a call for pupils lists the coming term's fees: what it sets, not a rate in force
    assert document_kind("mixed", "某区第三幼儿园2031年秋季招生简章") == PLAN
    fee = where("保育教育费每生每月380元。", "380元", heading="三、收费标准", year=2031)
    assert figure_stance(fee, PLAN, 2031) == TARGET
    assert figure_stance(fee, MIXED, 2031, 2031) == STOCK


def test_a_contracts_agreement_undertakes_its_works_and_price():
    text = ("某县中心敬老院改扩建工程 施工合同（合同协议书）\n\n一、工程概况\n"
            "工程内容：新建护理楼1栋，总建筑面积3,200平方米，设置养老床位96张。\n"
            "二、签约合同价\n人民币（大写）壹仟贰佰万元整（¥12,000,000.00元）。\n")
    meta = DocMeta(kind="mixed", title="某县中心敬老院改扩建工程 施工合同（合同协议书）")
    from pipeline.document import Document
    from pipeline.run import analyse
    records, _ = analyse(Document("t", text, meta=meta), doc_year=2030)
    assert {r.text: r.stance for r in records if r.text in ("96张", "¥12,000,000.00元")} == \
        {"96张": TARGET, "¥12,000,000.00元": TARGET}


@pytest.mark.parametrize("header, year, stance", [
    ("2027养老机构床位", 2027, STOCK),            # a level at that year's end
    ("2028年公办幼儿园", 2028, STOCK),
    ("2028城镇新增就业", 2028, ACHIEVED),          # a flow of the year
    ("2029养老机构床位", 2029, None),             # ahead of the document's year: not this rule's
    ("2028年目标养老机构床位", 2028, TARGET),       # a column word speaks first
])
def test_a_years_column_of_a_report_holds_levels_and_flows(header, year, stance):
    cell = Where("1,450", 0, 5, table_row=True, column=header, year=year)
    said = figure_stance(cell, REPORT, 2028)
    assert said == stance if stance is not None else said == TARGET


def test_a_years_column_of_a_mixed_document_is_left_to_its_plan():
    cell = Where("1,450", 0, 5, table_row=True, column="2028养老机构床位", year=2028)
    assert figure_stance(cell, MIXED, 2028, 2028) == TARGET


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    # a statistical note's paragraph at a named year's end, and a change with no base named
    ("2030年末，全县共有养老机构28家，比上年增加3家；", "3家", REPORT, ACHIEVED),
    ("护理型床位1,240张，增长12.5%。", "12.5%", REPORT, ACHIEVED),
    # a budget set aside and what it is to pay for
    ("县财政已安排助学资金80万元，资助困难学生300名。", "80万元", MIXED, TARGET),
    ("县财政已安排助学资金80万元，资助困难学生300名。", "300名", MIXED, TARGET),
    # a page's counters of those who gave, and the share of the goal raised
    ("已筹¥12,300 / 目标¥20,000    62%", "62%", MIXED, ACHIEVED),
    ("532人次支持    12家爱心企业参与    剩余9天", "532人次", MIXED, ACHIEVED),
    ("532人次支持    12家爱心企业参与    剩余9天", "12家", MIXED, ACHIEVED),
    ("计划组织300名志愿者参与。", "300名", MIXED, TARGET),          # a plan's call: no counter
    # a notice's standing rates (`标准每人每月`, `补贴每月`, `每餐可抵扣`), a plan's set rates
    ("经审核，保障标准每人每月900元，本月发放1,800元。", "900元", MIXED, STOCK),
    ("已审核通过：护理补贴每月120元。", "120元", MIXED, STOCK),
    ("就餐卡已充值60元，每餐可抵扣4元。", "4元", MIXED, STOCK),
    ("护理补贴每月120元。", "120元", PLAN, TARGET),
    ("下一步将降低托育收费，并对二孩家庭再补贴每月150元。", "150元", MIXED, TARGET),
    # a meal's standing price or subsidy, a place's standing monthly fee; a plan's are the rates it sets
    ("某社区长者食堂已开业，75岁以上老人每餐补贴4元。", "4元", MIXED, STOCK),
    ("持卡老人每餐再减2元。", "2元", MIXED, STOCK),
    ("该托育园已开园，收费每月不超过1600元。", "1600元", MIXED, STOCK),
    ("新建社区食堂6家，每餐补贴2元。", "2元", PLAN, TARGET),
    ("长者食堂对75岁以上老人每餐补贴2元。", "2元", REPORT, ACHIEVED),
    ("开办助餐点3家，全年助餐2.1万人次，每餐补贴2元。", "2元", REPORT, ACHIEVED),
    ("将对困难老人再补贴每餐1元。", "1元", MIXED, TARGET),
    # the places of the whole area a service runs in; not places that each get something
    ("发放助餐券，可在全区31个助餐点使用。", "31个", PLAN, STOCK),
    ("志愿者40名：配合全区19个社区食堂做好送餐。", "19个", PLAN, STOCK),
    ("在全区9个街道各建成1个长者饭堂。", "9个", REPORT, ACHIEVED),
    ("在全市18家医院设立便民服务站。", "18家", PLAN, TARGET),
    ("医生下沉到全区15个村卫生室。", "15个", PLAN, TARGET),
    # a place's own size
    ("某街道辖区面积6.3平方公里，下辖社区12个，常住人口约7.1万人。", "6.3平方公里", MIXED, STOCK),
    ("某街道辖区面积6.3平方公里，下辖社区12个，常住人口约7.1万人。", "12个", MIXED, STOCK),
    ("某街道辖区面积6.3平方公里，下辖社区12个，常住人口约7.1万人。", "7.1万人", MIXED, STOCK),
    # the year's flow after a standing total's clause
    ("街道现有党员860名，全年发展新党员9名。", "9名", REPORT, ACHIEVED),
])
def test_notices_pages_and_summaries(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure, year=2030), kind, 2030, 2030) == stance


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    ("本周进展：举办年末专场招聘会2场。", "2场", REPORT, ACHIEVED),     # an event at the year's end, no count of it
    ("年末全区参保人数48.3万人。", "48.3万人", REPORT, STOCK),
    ("儿童眼健康筛查已全部完成，累计筛查6.2万人次。", "6.2万人次", REPORT, ACHIEVED),
    ("项目信息累计发布58条，接受咨询240人次。", "240人次", REPORT, ACHIEVED),
    ("全年新签约项目9个，总投资16.5亿元。", "16.5亿元", MIXED, ACHIEVED),
    ("计划总投资16.5亿元。", "16.5亿元", MIXED, TARGET),
])
def test_events_totals_and_signed_investment(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure, year=2029), kind, 2029, 2030) == stance


@pytest.mark.parametrize("header", ["2027改造老旧小区", "2027投入资金"])
def test_a_years_column_of_a_works_or_money_row_is_the_years_flow(header):
    assert figure_stance(Where("96", 0, 2, table_row=True, column=header, year=2027), REPORT, 2028) == ACHIEVED


def test_a_standard_per_meal_applied_that_day_is_no_standing_rate():
    # `标准每人每月…` is the rate in force; `按…标准每餐补贴4元` the subsidy a day's meals took
    sentence = "试运营首日供餐120份，按标准每餐补贴3元。"
    assert figure_stance(where(sentence, "3元", year=2030), REPORT, 2030) == ACHIEVED


def test_an_opening_notice_describes_what_stands_and_a_meeting_s_news_what_it_arranged():
    assert document_kind("mixed", "关于某区体育中心正式对外开放的公告") == "standing"
    court = where("综合馆设羽毛球场12片，乒乓球台20张", "12片", year=2041)
    assert figure_stance(court, "standing", 2041) == STOCK
    # the project that built it, a year before, is that year's result
    assert figure_stance(where("体育馆于2040年建成，面积8000平方米", "8000平方米", year=2040), "standing", 2041) == ACHIEVED
    assert document_kind("mixed", "县政府召开第12次常务会议") == PLAN
    assert figure_stance(where("新增普惠性托位300个", "300个", year=2041), PLAN, 2041) == TARGET
    # what it heard of the period so far
    assert figure_stance(where("2月以来，全县共检查企业900家", "900家", year=2041), PLAN, 2041) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, stance", [
    # a project the list names by its goal, quoted
    ("为落实2041年民生实事项目“新建幼儿园3所”，现通知如下", "3所", TARGET),
    # the cost of a work whose acceptance the sentence dates: what it cost, not a budget
    ("总投资2.1亿元，于2040年10月竣工验收", "2.1亿元", ACHIEVED),
    ("计划总投资2.1亿元，新建学校2所", "2.1亿元", TARGET),
    # a bond disclosure's issue has taken place
    ("本次发行规模：4.5亿元，其中用于某片区改造项目2亿元", "2亿元", ACHIEVED),
    # who came to the day's event
    ("今天有6位代表和2位局长来到通道", "6位", ACHIEVED),
])
def test_a_goal_named_in_a_project_s_quotes_and_a_built_work_s_cost(sentence, figure, stance):
    assert figure_stance(where(sentence, figure, year=2040), MIXED, 2041, 2041) == stance


@pytest.mark.parametrize("heading, kind, expected", [
    # a resolution's item heading with its vote share: the 得票 speaks of the share, not of
    # the projects under it, which the voted list (a plan) promises
    ("三、社区食堂扩面项目（得票率91.2%）", PLAN, TARGET),
    ("三、社区食堂扩面项目（得票率91.2%）", REPORT, ACHIEVED),
    # a note without a figure of its own still speaks (`工作回顾（摘要）`)
    ("一、工作回顾（摘要）", PLAN, ACHIEVED),
])
def test_a_headings_note_with_its_own_figure_speaks_for_that_figure_only(heading, kind, expected):
    assert figure_stance(where("新建社区食堂20个。", "20个", heading=heading), kind, 2031) == expected


@pytest.mark.parametrize("sentence, figure", [
    ("经代表投票，8件项目当选为2031年县政府民生实事项目。", "8件"),   # elected to the list
    ("全区把9项“连心工程”列为年度重点。", "9项"),                      # the list named in quotes
    ("到10月底，9项工程里已经完成了7项。", "9项"),                      # the list's projects, its parts counted
])
def test_the_count_of_a_list_elected_or_named_by_its_own_name_is_a_target(sentence, figure):
    assert figure_stance(where(sentence, figure), REPORT, 2031) == TARGET


@pytest.mark.parametrize("sentence, figure, stance", [
    # a level a change leaves standing
    ("门诊报销比例提高到60%，年度限额3000元保持不变。", "3000元", STOCK),
    # the places still open at the date
    ("报名已满50人，还剩2个名额。", "2个", STOCK),
    # the plan's figure a shortfall names
    ("新建驿站完成18个，未达计划的20个。", "20个", TARGET),
    # a whole, with a gap in it
    ("全县14个乡镇中仍有2个没有养老院。", "14个", STOCK),
])
def test_report_rules_of_the_resolution_and_release_forms(sentence, figure, stance):
    assert figure_stance(where(sentence, figure), REPORT, 2031) == stance


@pytest.mark.parametrize("sentence, figure", [
    ("（批注）新建驿站20个维持不变，资金已落实。", "20个"),     # a plan's figure a note keeps
    ("安排投资8.2亿元，比上年实际增加0.6亿元。", "0.6亿元"),   # a change against last year's actual
])
def test_a_plans_kept_figure_and_change_against_the_actual(sentence, figure):
    assert figure_stance(where(sentence, figure), PLAN, 2031) == TARGET


@pytest.mark.parametrize("sentence, figure", [
    # the period so far that opens the sentence reaches its items after ；
    ("1—6月，全县新增就业3200人；失业人员再就业860人。", "860人"),
    ("今年以来，全区新建驿站8个；改造公厕15座。", "15座"),
    # 实际 with its verb: what happened on the day, and the clauses after it
    ("活动当天实际接种312人，发现禁忌的9人。", "312人"),
    ("活动当天实际接种312人，发现禁忌的9人。", "9人"),
])
def test_a_mixed_releases_results_of_its_plan_year(sentence, figure):
    """In a mixed document the figures of its plan's year with no word are its plan's: these words say done."""
    assert figure_stance(where(sentence, figure, year=2031), MIXED, 2031, 2031) == ACHIEVED


@pytest.mark.parametrize("column, kind, expected", [
    ("房源（套）", MIXED, TARGET),            # a size cell of a row still to come
    ("月租金（元）", REPORT, TARGET),         # …and its rent, though a price column stands elsewhere
    ("完成数", REPORT, ACHIEVED),             # a column of results still speaks for its cell
])
def test_a_row_of_a_thing_still_to_come_plans_its_cells(column, kind, expected):
    from extractors.stance import row_expected
    assert row_expected("| 3 | 滨江公寓 | 420 | 32 | 2031年10月（预计） |")
    assert not row_expected("| 1 | 河西公寓 | 380 | 35 | 2030年6月 |")
    cell = Where("420", 0, 3, table_row=True, column=column, year=2031, row_expected=True)
    assert figure_stance(cell, kind, 2031) == expected


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    # a decision served is what the office did, not a plan handed down
    ("审计组已出具报告3份，下达整改通知书5份", "5份", MIXED, ACHIEVED),
    # the share a time schedule calls for by the date
    ("至8月底时间过半，按时序进度应完成66.7%", "66.7%", REPORT, TARGET),
    # a remainder a deadline asks to be recovered
    ("已追回资金50万元，剩余8万元正在追缴，要求9月底前全部收回", "8万元", REPORT, TARGET),
    # months written with 至: the period so far
    ("2041年2月至4月，区审计局组织3个审计组开展审计", "3个", MIXED, ACHIEVED),
    ("今年1至4月，又新开工9个", "9个", MIXED, ACHIEVED),
    # an audit's finding, though a firm on the register is named after it
    ("核查发现52户家庭名下有在册企业", "52户", MIXED, ACHIEVED),
    # an event's limit is its plan
    ("首场演出免费观看（限300人）", "300人", REPORT, TARGET),
    # a place's capacity and a meal's price paid stand
    ("可同时容纳60人就餐，老人每餐自付4元", "60人", REPORT, STOCK),
    ("可同时容纳60人就餐，老人每餐自付4元", "4元", REPORT, STOCK),
    # a standard a plan keeps, and the old side of a standard's arrow
    ("高龄津贴每人每月150元（标准不变）", "150元", PLAN, STOCK),
    ("低保标准：每人每月800元→850元", "800元", PLAN, STOCK),
    ("低保标准：每人每月800元→850元", "850元", PLAN, TARGET),
    # what a date is to bring
    ("主体已封顶，9月1日开学前可再提供学位900个", "900个", REPORT, TARGET),
    # a proposal's figures restated in the reply: the state it describes
    ("您在提案中提到，全县80周岁以上老人已达1.2万人", "1.2万人", MIXED, STOCK),
    # the share of a survey's opinions
    ("不满意意见中反映“路灯少”的占41%", "41%", PLAN, ACHIEVED),
])
def test_audits_schedules_limits_capacities_and_standards_that_stand(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure, year=2041), kind, 2041, 2041) == stance


def test_a_bare_count_column_counts_no_projects():
    # `件数` of a table of requests or cases; `项目数（件）` counts the list
    assert column_stance("件数（件）") is None
    assert column_stance("项目数（件）") == TARGET


@pytest.mark.parametrize("heading, kind, stance", [
    ("三、审计处理及整改情况", MIXED, ACHIEVED),       # what the findings led to
    ("三、本季度享受政策情况", REPORT, STOCK),         # the caseload at the date
    ("三、物品库存（3月31日）", REPORT, STOCK),        # what a lending service holds at the date
    ("二、您建议“多建互助站”", MIXED, ACHIEVED),       # a quoted proposal, answered: by the figure's year
    ("二、几点建议", MIXED, TARGET),
])
def test_headings_of_rectification_caseloads_and_quoted_proposals(heading, kind, stance):
    figure = where("新建互助站5个", "5个", heading=heading, year=2040)
    assert figure_stance(figure, kind, 2040 if kind == REPORT else 2041, 2041) == stance


def test_a_policy_q_and_a_states_the_rates_in_force():
    assert document_kind("mixed", "2041年某市学生资助政策问答") == "standing"
    rate = where("答：按每生每年1500元的标准给予资助。", "1500元", year=2041)
    assert figure_stance(rate, "standing", 2041) == STOCK
    last_year = where("答：2040年，全市共资助学生3.1万人次。", "3.1万人次", year=2040)
    assert figure_stance(last_year, "standing", 2041) == ACHIEVED


@pytest.mark.parametrize("title", ["某街道社区卫生服务中心集采中选药品价格对照表（院内公示）", "某镇便民理发店收费价目表",
                                   "某县人民医院医疗服务价格公示栏"])
def test_a_posted_price_list_shows_the_prices_in_force(title):
    assert document_kind("mixed", title) == "standing"
    price = where("｜1｜苯磺酸氨氯地平片｜5mg×28片｜31.50｜2.94｜", "2.94", year=2041, table_row=True, column="中选价格")
    assert figure_stance(price, "standing", 2041) == STOCK
    planned = where("2041年，中心将新增集采药品品种不少于10种。", "10种", year=2041)
    assert figure_stance(planned, "standing", 2041) == TARGET


def test_an_oversight_bulletin_reports_the_problems_it_found_and_handled():
    # a discipline commission's bulletin plans nothing: its counts are what its work did
    assert document_kind("mixed", "某市纪委监委关于群众身边不正之风典型问题的通报") == REPORT
    # an accountability bulletin tells who was held to account for what was done (held-out 42)
    assert document_kind("mixed", "关于民生实事项目推进中不担当不作为问题问责情况的通报") == REPORT
    fields = where("从问题领域看，养老服务领域27个，占21.3%。", "27个", year=2041)
    assert figure_stance(fields, REPORT, 2041) == ACHIEVED
    # 将…列为 (what X was listed as) and 现将…通报如下 (hereby) are no plan's 将
    listed = where("2040年，某某将不符合条件的4户列为救助对象，骗取救助金2.6万元。", "4户", year=2040)
    assert figure_stance(listed, MIXED, 2041, 2041) == ACHIEVED
    hereby = where("现将其中6个典型问题通报如下：", "6个", year=2041)
    assert figure_stance(hereby, REPORT, 2041) == ACHIEVED
    assert figure_stance(where("明年将新建驿站6个。", "6个", year=2042), REPORT, 2041) == TARGET


@pytest.mark.parametrize("sentence, figure, stance", [
    # a resident tells what their own building is made of: it stands
    ("我们5栋一共36户，独居老人就有7个，楼道灯也坏了。", "36户", STOCK),
    ("我们5栋一共36户，独居老人就有7个，楼道灯也坏了。", "7个", STOCK),
    ("我们小区共420户，大多是老人。", "420户", STOCK),
    # …not what was done there, nor who signed
    ("我们小区今年装了3部，都是政府补的。", "3部", ACHIEVED),
    ("我们大院6栋楼都装上了。", "6栋", ACHIEVED),
    ("我们单元12户已经有10户签字了。", "10户", ACHIEVED),
])
def test_a_residents_count_of_their_own_building_stands(sentence, figure, stance):
    assert figure_stance(where(sentence, figure, year=2041), MIXED, 2041, 2041) == stance


def test_a_standard_s_floors_caps_and_table_cells_are_requirements_in_force():
    # a local standard's text is a rule in force, not a plan: its floors and caps are stock
    assert document_kind("mixed", "DB3307/T 0042—2041 社区托育点建设与服务规范") == "standard"
    assert document_kind("mixed", "某县托育点建设与服务规范（地方标准）") == "standard"
    # …and so is a work instruction's: the setup in force from its date
    assert document_kind("mixed", "某镇长者助餐中心中央厨房集中配餐作业指导书") == "standard"
    floor = where("5.2　每个托育点保育人员不少于3名，室外活动场地不小于60平方米。", "3名", year=2041)
    assert figure_stance(floor, "standard", 2041) == STOCK
    cap = where("6.1　托育点每月收费不高于1800元。", "1800元", year=2041)
    assert figure_stance(cap, "standard", 2041) == STOCK
    assert figure_stance(replace(cap, table_row=True), "standard", 2041) == STOCK
    # the same floor in a plan is its goal, and so in a policy Q&A's list of measures; a year ahead stays a target
    assert figure_stance(floor, PLAN, 2041) == TARGET
    assert figure_stance(floor, "standing", 2041) == TARGET
    ahead = where("力争2043年新建托育点40个。", "40个", year=2043)
    assert figure_stance(ahead, "standard", 2041) == TARGET


def test_a_figure_in_a_table_row_s_project_name_is_its_goal():
    named = Where("新增托位800个", 4, 8, table_row=True, heading="2041年民生实事资金预算执行情况", year=2041,
                  in_project_name=True)
    assert figure_stance(named, MIXED, 2041, 2042) == TARGET
    assert figure_stance(replace(named, in_project_name=False), MIXED, 2041, 2042) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, kind, stance", [
    # a remainder written 余下 with a date stands as near its figure as 剩余 does
    ("改造完工54户，余下6户已明确于2042年3月底前完工", "6户", REPORT, TARGET),
    # the demand of a notice acted upon is no plan: what the office did on it
    ("按照《关于开展某项督查的通知》（某办〔2041〕3号）要求，市督查办会同6个部门开展督查", "6个", REPORT, ACHIEVED),
    # a whole's level that a modal aims at
    ("到2043年底，全区托位总数力争达到3200个", "3200个", MIXED, TARGET),
    ("年底前再建12个，届时全区食堂将达到96个", "96个", MIXED, TARGET),
    # a scoring scheme's weights
    ("评分按百分制，指标权重为：任务完成度50%、群众满意度30%", "50%", REPORT, STOCK),
    ("评分按百分制，指标权重为：任务完成度50%、群众满意度30%", "30%", REPORT, STOCK),
    ("整改情况纳入年度绩效考评，占比权重8%", "8%", REPORT, TARGET),      # a weight brought in
    # the gap against the schedule is the period's result; the schedule's share its target
    ("投资完成率35.2%，低于时序进度（38.5%）3.3个百分点", "3.3个百分点", MIXED, ACHIEVED),
    ("投资完成率35.2%，低于时序进度（38.5%）3.3个百分点", "38.5%", MIXED, TARGET),
    # the consent gathered, and a part of a whole that has done something
    ("截至4月9日，2部电梯所在单元已有76%住户签字同意", "76%", PLAN, ACHIEVED),
    ("未运营的5个站点已有2个引入社会力量恢复服务", "2个", REPORT, ACHIEVED),
    ("全区9个乡中已有7个乡建成幸福院", "7个", REPORT, STOCK),
    # a capacity standing idle
    ("3处污水站停运，日处理能力合计120吨闲置", "120吨", REPORT, STOCK),
    # what is to be done for someone
    ("年底前，我们还要为900户家庭做适老化改造——上半年已完成300户", "900户", MIXED, TARGET),
    # a place's whole people greeted
    ("向全县46万人民致以新年的祝福", "46万", MIXED, STOCK),
    # what stands now, its gap, and what was built up to now
    ("现在是28.5张，还差3.5张", "28.5张", MIXED, STOCK),
    ("现在是28.5张，还差3.5张", "3.5张", MIXED, STOCK),
    ("今年要新建20个，到现在建好11个", "11个", MIXED, ACHIEVED),
    # a goal named before a level the sentence states
    ("到2045年，我们的目标是每千名老人拥有养老床位40张", "40张", MIXED, TARGET),
    # a total served from last year up to now spans the years
    ("从去年到现在，助餐点累计服务老人12.3万人次", "12.3万人次", MIXED, STOCK),
    # what stands as little, and those who signed up
    ("而社区助餐点只有41个", "41个", MIXED, STOCK),
    ("办了12个暑托班，报名的孩子有800多名", "800多名", MIXED, ACHIEVED),
    # what is still in hand with a date; without one, the task's shortfall
    ("已经建成9个，还有5个在装修，11月底前都能开门", "5个", MIXED, TARGET),
    # a meal's posted price, in a plan too
    ("长者食堂就餐价：60—79岁 9元/餐", "9元", PLAN, STOCK),
    # a subsidy's rules a sentence opens to list, and the price before a subsidy
    ("我们的补贴办法是：60岁以上的老人每餐补2元，80岁以上补4元", "4元", MIXED, STOCK),
    ("补贴标准为：80岁以上补4元", "4元", PLAN, TARGET),        # in a plan the rates it sets
    ("一顿饭原价15元，他自己只掏9元", "15元", MIXED, STOCK),
    # what stands as little, not those a call drew; a capacity idle, not idle funds an audit found
    ("二是招募的运营主体只有3家，农村点位无人接手", "3家", REPORT, ACHIEVED),
    ("有3个项目至审计时仍未完工，涉及资金260万元闲置超过一年", "260万元", REPORT, ACHIEVED),
])
def test_evaluations_interviews_and_re_inspections(sentence, figure, kind, stance):
    assert figure_stance(where(sentence, figure, year=2042), kind, 2042, 2042) == stance


def test_a_re_inspection_s_remaining_problems_are_promised_again():
    assert field_stance("剩余问题：2个站点，9月30日前恢复运营") == TARGET


def test_the_sub_projects_after_the_list_count_the_list():
    sentence = "对2040年8件民生实事、26个子项目开展了“回头看”"
    assert figure_stance(where(sentence, "26个", year=2040), REPORT, 2041, 2041) == TARGET


def test_a_models_deeds_material_reports_what_was_done():
    # made up: a village doctor's deeds material plans nothing, whatever the manifest says
    assert document_kind("mixed", "雪山上的守门人——某县某村乡村医生先进事迹材料") == REPORT
    assert document_kind("mixed", "某社区网格员事迹简介") == REPORT
    visits = where("今年她为全村老人体检210人次。", "210人次", year=2041)
    assert figure_stance(visits, REPORT, 2041) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, unit, expected", [
    ("我们寨子离镇上有18公里，去年修通了水泥路。", "18公里", "公里", STOCK),
    ("最远的牧场离村卫生室27公里。", "27公里", "公里", STOCK),
    ("过去村民看病要去60多公里外的镇卫生院。", "60多公里", "公里", STOCK),
    ("该村地处海拔3800米以上的牧区。", "3800米", "米", STOCK),
    # …the length only: the clause's other figures have cues of their own
    ("其中在海拔4500米以上的乡村巡诊320次。", "320次", "次", ACHIEVED),
    # how far a work is from its end is no lie of the land, nor a route's length
    ("新建道路离建成还差2公里。", "2公里", "公里", TARGET),
    ("新开通线路全程22公里。", "22公里", "公里", ACHIEVED),
])
def test_the_lie_of_the_land_stands(sentence, figure, unit, expected):
    assert figure_stance(replace(where(sentence, figure, year=2041), unit=unit), REPORT, 2041) == expected


def test_a_service_cards_sections():
    # made up: a grid worker's card — the grid's profile, the benefits in force, this year's works
    profile = "网格基本情况：住户426户1083人"
    assert figure_stance(where(profile, "426户", field=field_stance(profile)), MIXED, 2041, 2041) == STOCK
    benefit = where("◆ 高龄津贴：80—89周岁每人每月100元", "100元", heading="一、今年可以享受的政策", year=2041)
    assert figure_stance(benefit, MIXED, 2041, 2041) == STOCK
    work = where("② 新增公共停车泊位60个；", "60个", heading="二、今年社区要办的实事", year=2041)
    assert figure_stance(work, REPORT, 2041) == TARGET
    # …where a heading over what was to be done reports on it, its last word speaks
    done = where("② 新增公共停车泊位60个；", "60个", heading="二、今年要办的实事完成情况", year=2041)
    assert figure_stance(done, REPORT, 2041) == ACHIEVED


def test_a_study_trip_report_tells_what_the_delegation_did():
    # made up: the delegation's make-up is what the trip had, whatever the manifest says
    title = "某县赴对口支援城市学习考察养老服务工作的报告"
    assert document_kind("mixed", title) == REPORT
    party = where("民政、卫健等6个部门共12人组成考察组，走访9个点位。", "12人", year=2041)
    assert figure_stance(party, REPORT, 2041) == ACHIEVED
    # its proposals have a heading of their own
    proposal = where("1. 新建托育点8个；", "8个", heading="三、几点建议", year=2042)
    assert figure_stance(proposal, REPORT, 2041) == TARGET


def test_the_few_of_a_whole_that_have_a_thing_leave_the_whole_standing():
    sentence = "全县109个行政村中开展助餐服务的只有17个。"
    assert figure_stance(where(sentence, "109个", year=2041), MIXED, 2041, 2041) == STOCK
    assert figure_stance(where(sentence, "17个", year=2041), MIXED, 2041, 2041) == STOCK


@pytest.mark.parametrize("title", ["关于2031年秋季城区公办幼儿园新生入园电脑派位结果的公告",
                                   "关于某小区公共租赁住房配租结果的公告", "某区2031年第二批公共租赁住房摇号配租结果公示",
                                   "某街道2031年错峰共享停车月租停车证发放结果公告",
                                   # the results of tests on samples sent in
                                   "某县疾控中心2031年饮用水水质监测样品送检及结果反馈单（某乡）"])
def test_a_notice_of_an_allocations_outcome_reports_what_was_given(title):
    assert document_kind("mixed", title) == REPORT
    admitted = where("经资格审核符合条件的768名，其中进入派位的689名。", "689名", year=2031)
    assert figure_stance(admitted, REPORT, 2031) == ACHIEVED


def test_an_apology_letter_reports_what_went_wrong_and_promises_under_its_own_heading():
    assert document_kind("mixed", "致全市供热用户的一封致歉信") == REPORT
    promised = where("对430户独居老人户逐户上门测温。", "430户", heading="三、我们的承诺", year=2041)
    assert figure_stance(promised, REPORT, 2041) == TARGET
    # a table of how promises were kept reports on them
    kept = where("建成268张", "268张", heading="承诺事项兑现情况一览表", year=2041)
    assert figure_stance(kept, REPORT, 2041) == ACHIEVED


@pytest.mark.parametrize("title", ["某县民政局关于2028年度高龄津贴资格认证工作进展情况的通报（第2期）",
                                   "某街道棚户区改造项目房屋征收补偿工作进度通报（第9期）"])
def test_a_progress_bulletin_reports_what_is_done_so_far(title):
    # made up: the manifest calls it mixed; the counts so far are achieved, the rest still to do has words of its own
    assert document_kind("mixed", title) == REPORT
    done = where("全县应认证28614人，已认证24520人。", "24520人", year=2041)
    assert figure_stance(done, REPORT, 2041) == ACHIEVED


def test_a_rated_capacity_stands():
    # made up: a school-place warning notice; the places an authority rated stand
    rated = where("全市公办小学27所，核定一年级学位6480个，总量能够满足需求。", "6480个", year=2041)
    assert figure_stance(rated, REPORT, 2041) == STOCK
    assert column_stance("核定学位") == STOCK
    # those it approved for a benefit are the period's work
    approved = where("今年共核定享受补贴2137户。", "2137户", year=2041)
    assert figure_stance(approved, REPORT, 2041) == ACHIEVED


@pytest.mark.parametrize("sentence, figure, stance", [
    ("新教学楼落成，全校一下子增加了学位810个。", "810个", ACHIEVED),   # the 了 before what was added
    ("明年投资比今年增加了35%。", "35%", TARGET),                       # a change's size right after it
])
def test_a_changes_perfective_before_what_it_added_reports_it(sentence, figure, stance):
    assert figure_stance(where(sentence, figure, year=2041), MIXED, 2041, 2041) == stance


# ------------------------------------------------------------- the stance model's say

class _Guess:
    """A stance guess that says `stance` and notes what it was asked."""

    def __init__(self, stance: str | None):
        self.stance, self.asked = stance, []

    def __call__(self, sentence: str, start: int, end: int, heading: str, kind: str, when: str) -> str | None:
        self.asked.append((sentence[start:end], heading, kind, when))
        return self.stance


def test_the_guess_speaks_for_a_figure_no_word_frames_before_its_year_and_kind():
    unframed = where("为全区居民免费体检3200人次。", "3200人次", heading="健康服务", year=2024)
    assert figure_stance(unframed, REPORT, 2024) == ACHIEVED          # the kind's prior
    guess = _Guess(STOCK)
    assert figure_stance(unframed, REPORT, 2024, guess=guess) == STOCK
    assert guess.asked == [("3200人次", "健康服务", REPORT, "same")]
    # the figure's year against the document's, or in a mixed document against its plan's
    figure_stance(replace(unframed, year=2023), REPORT, 2024, guess=guess)
    figure_stance(unframed, MIXED, 2024, plan_year=2025, guess=guess)
    assert [asked[3] for asked in guess.asked[1:]] == ["before", "before"]
    assert figure_stance(unframed, REPORT, 2024, guess=_Guess(None)) == ACHIEVED     # unsure: the prior again


@pytest.mark.parametrize("framed", [
    where("力争新增老年助餐点32个。", "32个"),                  # a cue word
    where("全市共有托育机构378家。", "378家"),                  # a standing total
    where("新增托位420个", "420个", table_row=True),          # a row of a table
])
def test_the_guess_is_not_asked_where_the_rules_have_a_word_or_a_table(framed):
    guess = _Guess(STOCK)
    assert figure_stance(framed, REPORT, 2024, guess=guess) == figure_stance(framed, REPORT, 2024)
    assert guess.asked == []


def test_a_report_s_table_that_lists_no_tasks_goes_by_the_report():
    # made up: a year-end TV programme's rundown; no column names a project, a unit in charge or a
    # result, so its rows of prose are the report's account, not the plan's tasks
    rundown = ("电视节目串联单\n"
               "序号 | 类型 | 时长 | 内容 | 备注\n"
               "01 | VCR | 2'00\" | 农村老年食堂建成17个，适老化改造完成812户。 | 同期声\n")
    stances = _stances_of(rundown, REPORT)
    assert stances[(rundown.index("17个"), "17个")] == ACHIEVED
    assert stances[(rundown.index("812户"), "812户")] == ACHIEVED
    # the same row under a task list's columns, quoted in a report, states the year's tasks
    tasks = rundown.replace("类型 | 时长 | 内容 | 备注", "项目名称 | 责任单位 | 建设内容 | 备注")
    assert _stances_of(tasks, REPORT)[(tasks.index("17个"), "17个")] == TARGET


def test_the_script_copy_of_where_keeps_every_field():
    from dataclasses import fields
    from extractors.stance import _for_matching
    values = {"heading": "標題", "table_row": True, "column": "欄", "year": 2030, "status": "done", "in_table": True,
              "frame": STOCK, "unit": "个", "field": TARGET, "outer_heading": "大標題", "row_expected": True,
              "in_project_name": True, "in_account": True, "per": "月"}
    assert set(values) == {f.name for f in fields(Where)} - {"sentence", "start", "end"}
    copied = _for_matching(Where("新增托位，420個", 5, 9, **values))
    assert copied.sentence != "新增托位，420個"          # (the copy was made)
    assert all(getattr(copied, name) == value for name, value in values.items() if name not in ("heading", "column", "outer_heading"))


@pytest.mark.parametrize("text,expected", [
    ("用法说明：“坯”为年初票决的计划数；“成瓷”为核验组现场点验的完成数。", {"坯": TARGET, "成瓷": ACHIEVED}),
    ("注：“应”指年度目标值，“实”指实际完成值。", {"应": TARGET, "实": ACHIEVED}),
    ("“计完”为计划完成数。", {}),                      # a gloss naming both says neither
    ("“红灯”表示进度滞后。", {}),                       # nor one naming none
    ("（“医嘱量”为年初处方数，“实服量”为年底核定完成数）", {"医嘱量": TARGET, "实服量": ACHIEVED}),   # the year's start: the plan
    # a column's gloss, copied or filled in; what is not done is no result
    ("“配料”栏抄年初定的计划数，“出钢”栏为现场点验数，“回炉”栏为未完成、转入下一年的数量。", {"配料": TARGET, "出钢": ACHIEVED}),
    ("“起拍”为年初许诺数，“落槌”为区督查室年终核定数。", {"起拍": TARGET, "落槌": ACHIEVED}),   # a year-end checked count
    ("“约种”照抄年初种单；“收成”为核验组现场核定数", {"约种": TARGET, "收成": ACHIEVED}),     # copied as it stands
])
def test_a_document_s_legend_glosses_its_own_labels(text, expected):
    from extractors.stance import legend_fields
    assert legend_fields(text) == expected


def test_a_glossed_label_right_before_a_figure_names_its_stance_anywhere_on_the_line():
    text = ("某区2031年十件民生实事落槌交账成交结果单\n说明：“起拍”为年初许诺数，“落槌”为区督查室年终核定数。\n\n"
            "【第01号拍品】就业创业类\n　起拍：城镇新增就业6000人　　落槌：6342人\n"
            "　公益性岗位起拍300个，落槌318个；职业技能培训起拍3500人次，落槌3826人次。\n")
    found = {r.text: r for r in extract(text)}
    assert [found[t].stance for t in ("6000人", "6342人", "300个", "318个", "3500人次", "3826人次")] == [
        TARGET, ACHIEVED, TARGET, ACHIEVED, TARGET, ACHIEVED]
    # …and each half of a pair counts what the pair's words name, not the label (the ledger links them by it)
    assert [found[t].indicator for t in ("6000人", "6342人", "300个", "318个", "3500人次", "3826人次")] == [
        "城镇新增就业", "城镇新增就业", "公益性岗位", "公益性岗位", "职业技能培训", "职业技能培训"]


@pytest.mark.parametrize("gloss,expected", [
    ("二、分项情形（目标/完成，单位随项）", (TARGET, ACHIEVED)),
    ("（完成/计划）", (ACHIEVED, TARGET)),
    ("（单位：个/人）", None),                  # a slash between units glosses no order
    ("二、分项情形", None),
])
def test_a_heading_glosses_the_order_of_its_slash_pairs(gloss, expected):
    from extractors.stance import slash_order
    assert slash_order(gloss) == expected


def test_slash_pairs_under_a_glossing_heading_are_a_target_and_its_result():
    from pipeline import extract
    text = "某镇2025年实事办理情形\n\n二、分项情形（目标/完成，单位随项）\n“常有颐养”：长者食堂 2个/3个；适老化改造 60户/64户。\n"
    stances = [(r.text, r.stance) for r in extract(text, doc_year=2025)]
    assert stances == [("2个", TARGET), ("3个", ACHIEVED), ("60户", TARGET), ("64户", ACHIEVED)]


def test_a_legend_glosses_a_report_table_s_columns_and_its_name_column_names_the_rows():
    # made up: a year-end check of a plan printed as a prescription; the legend over the table says which
    # column holds the plan's figure and which the result; `药名` names each row's project
    text = ("某县2030年度“民生处方”复诊评价表\n\n（“医嘱量”为年初处方数，“实服量”为年底核定完成数）\n"
            "序号\t处方药名\t医嘱量\t实服量\t单位\n1\t普惠性托位\t360\t372\t个\n2\t老年助餐点\t20\t23\t个\n")
    records = {r.text: r for r in extract(text, doc_year=2030)}
    assert [(records[t].stance, records[t].indicator) for t in ("360", "372")] == [
        (TARGET, "普惠性托位"), (ACHIEVED, "普惠性托位")]


def test_a_money_cell_per_month_is_a_rate_in_force_outside_a_plan():
    # a roll's `月工资` under `元/月`: the wage paid at the date, not the period's flow; a plan's rate is its goal
    cell = Where("3800", 0, 4, table_row=True, column="月工资（元/月）", year=2031, unit="元", per="月")
    assert figure_stance(cell, MIXED, 2031, 2031) == STOCK
    assert figure_stance(cell, REPORT, 2031) == STOCK
    assert figure_stance(cell, PLAN, 2031) == TARGET
    # money with no span of time (a subsidy per person paid once) is the period's result in a report
    once = replace(cell, column="一次性补贴（元/人）", per="人")
    assert figure_stance(once, REPORT, 2031) != STOCK


@pytest.mark.parametrize("header, stance", [("年初定的", TARGET), ("年底办的", ACHIEVED), ("年底", STOCK),
                                           ("今年（2028年）要办的", TARGET), ("去年（2027年）办成的", ACHIEVED),
                                           ("年初承诺", TARGET), ("年底实绩", ACHIEVED),
                                           ("年初计划", TARGET), ("年底交账", ACHIEVED),
                                           ("年初唱的数", TARGET), ("年底实数", ACHIEVED), ("验得", ACHIEVED),
                                           # what was due, what was handed in, what is owing (stance.toml due, actual)
                                           ("应筹", TARGET), ("实交", ACHIEVED), ("欠交", TARGET), ("应建（个）", TARGET),
                                           ("实建（个）", ACHIEVED),
                                           # a month's end, as a year's, is a date the level stood at
                                           ("2025年10月底", STOCK), ("截至10月底累计完成", ACHIEVED),
                                           ("9月末", STOCK)])
def test_what_was_set_at_the_year_s_start_and_done_by_its_end_in_plain_words(header, stance):
    # a village's record book copying the township's table (`事项 | 年初定的 | 年底办的 | 说事群众的话`)
    assert column_stance(header) == stance


@pytest.mark.parametrize("header", ["应急", "应急物资（套）", "实施", "应对", "实名", "应出勤"])
def test_words_that_open_on_due_or_actual_say_no_stance(header):
    # not a column of what was due (`应急`) nor of who does the work (`实施`); a roll-call's `应出勤` (those who were to
    # come) is no plan
    assert column_stance(header) is None


def test_a_gloss_of_what_is_to_be_done_names_the_plan():
    assert legend_fields("“停车任务”即当年要完成的数；“到站数”为年底实际完成数") == {"停车任务": "target", "到站数": "achieved"}


@pytest.mark.parametrize("header,stance", [
    ("原招牌面积", STOCK),        # what stood before the work (`原招牌面积 | 新招牌面积`)
    ("原有床位", STOCK),
    ("新招牌面积", None),         # what it is to be: the document's stance
    ("原计划", TARGET),           # the original plan is a plan
    ("原定目标", TARGET),
])
def test_a_column_of_what_stood_before_the_work_is_a_stock(header, stance):
    assert column_stance(header) == stance


@pytest.mark.parametrize("title", ["某乡村级再生资源回收点运行月报（2031年4月）", "某街道应急维修工作周报（第3期）",
                                   "某县博物馆运行情况季报（2031年第三季度）", "某线公益性慢火车列车值乘日志"])
def test_a_periodic_report_or_a_duty_log_reports_what_its_period_did(title):
    # made up: a service's monthly report and a train crew's log plan nothing, though the manifest calls them mixed
    assert document_kind("mixed", title) == REPORT
    assert document_kind("plan", title) == PLAN            # the manifest's own plan stands


@pytest.mark.parametrize("line, figure", [
    ("战功：新建村级老年助餐点4个，全部开伙；全年助餐2.61万人次。", "4个"),
    ("战绩：硬化通组路12.3公里，比计划多0.7公里。", "12.3公里"),
])
def test_a_roll_s_feats_label_reports_what_was_done(line, figure):
    # made up: a year-end roll of the projects, each one's feats after its label, in a document that also plans
    assert field_stance(line) == ACHIEVED
    assert figure_stance(where(line, figure, field=field_stance(line), year=2031), MIXED, 2031, 2031) == ACHIEVED


def test_a_table_s_bare_cells_go_by_the_heading_over_the_table():
    # made up: a work ticket that looks back (`去年（2024年）`) and ahead; the attached table of what is done
    # has columns that say no stance, so its heading (`…完成情况`) does, not the mixed document's plan year
    text = ("某乡供电所工作票\n1．工作负责人：张某　　工作班人员共8人。\n"
            "2．工作任务：东村台区改造低压线路0.96公里。去年（2024年）已先期完成2个台区的改造。\n\n"
            "附页：某乡农村电网巩固提升工程完成情况（截至2025年4月17日）\n（单位：台、公里、户）\n"
            "台区｜新增变压器｜新增容量（kVA）｜改造低压线路｜户表改造｜完工\n"
            "东村1#｜1｜200｜0.96｜48｜是\n西村2#｜2｜400｜1.15｜57｜否\n")
    cells = [r for r in extract(text, doc_year=2025, meta=DocMeta(kind="mixed")) if r.extractor == "table"]
    assert [(r.text, r.stance) for r in cells] == [("1", "achieved"), ("0.96", "achieved"), ("48", "achieved"),
                                                   ("2", "achieved"), ("1.15", "achieved"), ("57", "achieved")]
