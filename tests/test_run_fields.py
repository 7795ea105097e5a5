"""Fields that need more than one sentence, through the whole run, on made-up documents
with hand-worked answers: the year (ANNOTATION.md, "Year": the year of writing for
今年/去年/明年, the title's year as the document's default, a time at the head of a
sentence carried through its paragraph), an indicator borrowed from the figure before,
the category of figures about the projects themselves and of topic-less sentences."""
import pytest

from pipeline.document import DocMeta, Document
from pipeline.run import analyse
from extractors.times import find_times


def categories_of(text):
    records, _ = analyse(Document("t", text))
    return {r.text: r.category for r in records}


def years_of(text, published=None, title=None):
    records, _ = analyse(Document("t", text, meta=DocMeta(title=title, published=published)))
    return {r.text: r.year for r in records}


def test_a_plan_voted_in_december_holds_for_the_coming_year():
    text = ("票决产生！2026年某区十件民生实事项目出炉\n\n来源：某区发布　　2025年12月26日\n\n"
            "12月25日下午，与会的286名区人大代表票决产生了民生实事项目。"
            "会上介绍，今年新增普惠性托位1050个，明年计划再增加托位1200个。\n\n"
            "1.新增老年助餐点36个。\n\n2.改造老旧小区61个。\n")
    assert years_of(text) == {"十件": 2026, "286名": 2025, "1050个": 2025, "1200个": 2026, "36个": 2026, "61个": 2026}


def test_a_notice_signed_in_december_in_force_from_january_holds_for_the_coming_year():
    # its rates and caps hold from the date it takes effect; a 今年 still counts from the writing
    text = ("某县医疗保障局关于调整居民医保门诊待遇的通知\n\n某医保发〔2031〕12号\n\n"
            "一、门诊年度支付限额由每人200元提高到400元，今年已垫付的300万元照常结算。\n"
            "二、本通知自2032年1月1日起施行。\n\n某县医疗保障局\n2031年12月20日\n")
    assert years_of(text) == {"200元": 2032, "400元": 2032, "300万元": 2031}


def test_a_notice_in_force_within_its_own_year_keeps_that_year():
    text = ("某县关于提高高龄津贴标准的通知\n\n一、80周岁以上老人每人每月津贴提高到100元。\n"
            "二、本通知自2031年4月1日起执行。\n\n某县民政局\n2031年3月10日\n")
    assert years_of(text) == {"100元": 2031}


def test_last_term_in_a_letter_of_february_is_the_autumn_term_of_the_year_before():
    text = ("某小学2032年春季学期课后服务告家长书\n\n本学期共开设课程40项。上学期全校980名学生中有912名参加。\n\n"
            "某小学\n2032年2月10日\n")
    assert years_of(text) == {"40项": 2032, "980名": 2031, "912名": 2031}


def test_a_look_back_of_january_over_five_years_ends_with_the_year_closed():
    text = "某区民生实事回顾\n\n五年来，全区累计建成老年食堂60家。\n\n小区食堂一份套餐12元。\n"
    assert years_of(text, published="2032-01-09") == {"60家": 2031, "12元": 2032}


def test_a_report_published_in_january_holds_for_the_year_it_reports():
    text = "某区交出2024年民生成绩单\n\n发布日期：2025-01-09\n\n全年新增托位680个，明年将新增500个。\n"
    assert years_of(text) == {"680个": 2024, "500个": 2026}


def test_a_time_at_the_head_of_a_sentence_governs_the_rest_of_its_paragraph():
    text = ("某区民生工作综述\n\n发布日期：2024-12-20\n\n"
            "今年以来，全区新增托位300个。改造老旧小区20个。明年，全区将新增学位2000个。新建食堂8个。\n\n"
            "新建公园5个。\n")
    assert years_of(text, published="2024-12") == {
        "300个": 2024, "20个": 2024, "2000个": 2025, "8个": 2025, "5个": 2024}


def test_the_year_a_clause_of_statistics_opens_with_holds_for_its_sentence_and_paragraph():
    # a page of 2031 reporting the year before: the day of the release dates nothing
    text = ("某市日报\n\n发布日期：2031-01-20\n\n"
            "1月9日，市统计局通报，2030年全市粮食产量达到80万吨，增长2.5%；财政收入完成66亿元。"
            "全年新增企业3000户。\n\n今年将新建公园4个。\n")
    assert years_of(text, published="2031-01") == {
        "80万吨": 2030, "2.5%": 2030, "66亿元": 2030, "3000户": 2030, "4个": 2031}


def test_a_date_line_is_not_a_heading_that_dates_what_follows():
    text = "2025年某区十大民生实事项目发布\n\n来源：某区发布　　2024年12月27日\n\n1.托育工程。新增普惠托位1500个。\n"
    assert years_of(text) == {"1500个": 2025}


def test_an_office_signature_under_a_title_does_not_date_the_table_below():
    text = ("某县2030年民生实事完成情况表\n\n某县民生实事办公室　　　　2031年1月8日\n\n"
            "2030年全县10项民生实事中9项完成年度目标，1项基本完成，全年累计完成投资3.2亿元，为年度计划的104%。\n\n"
            "序号\t项目\t单位\t年度目标\t完成数\n1\t新增托位\t个\t300\t320\n2\t新建食堂\t个\t12\t12\n")
    assert set(years_of(text, published="2031-01").values()) == {2030}


def test_a_yearbook_chapter_dates_its_year_words_by_the_year_it_records():
    text = ("·120·　　　　某县年鉴（2031）\n\n民生实事\n\n【养老服务】　年内新建老年食堂8个，全年助餐12万人次。"
            "年末，全县有养老机构15家。\n")
    assert years_of(text, published="2031-09") == {"8个": 2030, "12万人次": 2030, "15家": 2030}


def test_a_handbook_edition_dated_by_its_metadata_records_the_year_before():
    # made up: a county handbook's 2031 edition, published in March 2031: its 全年 and 年末 are 2030's
    text = "某县县情要览（2031年版）·社会民生篇\n\n【托育】全年新增普惠托位612个，年末全县托位4350个。\n"
    assert years_of(text, published="2031-03-18") == {"612个": 2030, "4350个": 2030}


def test_a_result_with_no_words_of_its_own_counts_what_its_target_counts():
    records, _ = analyse(Document("t", "年度目标新增普惠托位4000个，截至6月底已新增2860个，完成率71.5%。\n"))
    found = {r.text: (r.indicator, r.indicator_confidence) for r in records}
    assert found["2860个"] == ("普惠托位", 0.5)
    assert found["4000个"][0] == "普惠托位"


def test_a_result_with_no_words_borrows_from_the_last_figure_of_its_unit():
    records, _ = analyse(Document("t", "全年安排民生实事项目28项，完成投资9.6亿元，28项全部完成年度任务。\n"))
    found = {(r.start, r.text): r.indicator for r in records}
    assert [ind for (_, text), ind in sorted(found.items()) if text == "28项"] == ["民生实事项目", "民生实事项目"]


def test_a_delivery_cell_counts_what_its_rows_target_cell_counts_or_else_the_row_name():
    text = ("某县2023年为民办实事兑现情况表\n\n"
            "序号 | 承诺事项 | 年初目标 | 兑现情况\n"
            "1 | 农村危房改造 | 改造农村危房900户 | 已完成，改造950户\n"
            "2 | 乡村幸福院 | 新增18所 | 基本完成，建成16所\n")
    records, _ = analyse(Document("t", text))
    found = {r.text: r.indicator for r in records}
    assert found["950户"] == found["900户"] == "农村危房"
    assert found["18所"] == found["16所"] == "乡村幸福院"


def test_a_progress_log_s_running_total_counts_what_its_project_counts():
    """A supervision system's log: one project in row after row, its running total under a
    header that names no thing (`累计完成`): the total counts what its row's prose names
    where the row restates it, else what the project's first total counted, else the
    project; and the prose of a later row that names nothing counts the project's thing."""
    text = ("某县实事督办系统进度流水\n\n"
            "序号\t更新时间\t项目\t本次进展\t累计完成\t状态\n"
            "1\t2031-04-02\t社区食堂建设\t新建社区食堂6个\t6个\t推进中\n"
            "2\t2031-05-09\t健身步道提升\t开工建设\t0公里\t推进中\n"
            "3\t2031-07-15\t社区食堂建设\t二季度新建5个\t11个\t推进中\n"
            "4\t2031-10-20\t社区食堂建设\t三季度新建3个\t14个\t已办结\n")
    records, _ = analyse(Document("t", text))
    found = {(r.text, r.extractor): r.indicator for r in records}
    assert found[("6个", "table")] == found[("6个", "rules")] == "社区食堂"
    assert found[("11个", "table")] == found[("14个", "table")] == "社区食堂"
    assert found[("5个", "rules")] == found[("3个", "rules")] == "社区食堂"
    assert found[("0公里", "table")] == "健身步道提升"


def test_a_result_with_no_words_takes_the_category_of_what_it_borrows():
    # the shortfall names nothing itself; the sentence goes on to meal halls after `；`
    text = ("某街道工作总结\n\n对照要求还有不足：一是加装电梯原定20部，只完成16部，差4部，协调不够；"
            "二是长者食堂运营困难，老人就餐不便。\n")
    assert categories_of(text)["4部"] == "常有安居"


def test_a_second_rate_listed_after_a_rate_of_a_named_subject_is_of_that_subject():
    records, _ = analyse(Document("t", "某区政务工作\n\n全年便民热线工单办结率97.5%、回访率88.1%。\n"))
    assert {r.text: r.indicator for r in records} == {"97.5%": "便民热线工单办结率", "88.1%": "便民热线工单回访率"}


def test_a_vote_share_under_a_topic_item_is_about_the_projects():
    text = "某区十件民生实事票决出炉\n\n第一项：婴幼儿照护服务扩容（赞成票率98.8%）。\n新增普惠托位600个。\n"
    records, _ = analyse(Document("t", text))
    assert {r.text: r.category for r in records} == {"十件": "其他", "98.8%": "其他", "600个": "常有善育"}


def test_a_vote_share_column_beside_each_candidate_is_about_the_projects():
    text = ("某县民生实事票决计票结果\n\n"
            "序号\t候选项目\t赞成票\t反对票\t赞成票率\t结果\n"
            "1\t“乐享颐养”老年助餐\t90\t3\t95.7%\t当选\n"
            "2\t城市书房\t40\t50\t42.6%\t未当选\n")
    records, _ = analyse(Document("t", text, meta=DocMeta(kind="plan_list")))
    shares = {r.text: (r.category, r.stance) for r in records if r.unit == "%"}
    assert shares == {"95.7%": ("其他", "achieved"), "42.6%": ("其他", "achieved")}


def test_a_sentence_without_a_topic_takes_its_paragraph_s():
    text = "某区见闻\n\n居民反映最多的是加装电梯。去年社区装了4台，今年希望再装6台。\n"
    records, _ = analyse(Document("t", text))
    assert {r.text: r.category for r in records} == {"4台": "常有安居", "6台": "常有安居"}


def test_a_column_that_names_a_topic_gives_its_cells_their_category():
    text = ("附表\n2023年城市更新和民生工程任务分解表\n"
            "县（市、区）\t老旧小区（个）\t老年助餐点（个）\t普惠托位（个）\n"
            "全市\t249\t79\t2580\n")
    records, _ = analyse(Document("t", text))
    assert {r.text: r.category for r in records if r.extractor == "table"} == {
        "249": "常有安居", "79": "常有颐养", "2580": "常有善育"}


def test_a_measure_column_with_its_unit_files_every_row_by_its_topic():
    # `接诊（人次）` beside a hospital's departments: the column names what each row counts, the row where
    text = ("某医院关于夜间门诊试运行情况的通报\n\n| 科室 | 出诊医师（名） | 接诊（人次） | 医保结算（人次） |\n"
            "|---|---:|---:|---:|\n| 内科 | 6 | 3476 | 3012 |\n| 儿科 | 5 | 2745 | 2387 |\n")
    records, _ = analyse(Document("t", text))
    assert {r.category for r in records if r.extractor == "table"} == {"常有健康"}


def test_a_brand_group_outranks_its_columns():
    text = ("任务表\n序号\t项目名称\t新增学位（个）\n一、“常有善育”工程\n1\t幼儿园托班扩容\t600\n")
    records, _ = analyse(Document("t", text))
    assert {r.text: r.category for r in records if r.extractor == "table"} == {"600": "常有善育"}


def test_a_titled_item_names_the_goal_and_done_figures_of_its_body():
    # `1.题名：` over figures with only goal and stage words: the title says what they count
    text = ("某县民生实事半年进展\n\n2024-07-01 工作群\n1.城市书房：目标12家，完成7家，58.3%\n"
            "2.充电桩：年度目标800个，已建成520个\n")
    records, _ = analyse(Document("t", text))
    assert {r.text: r.indicator for r in records} == {"12家": "城市书房", "7家": "城市书房", "58.3%": "完成率",
                                                     "800个": "充电桩", "520个": "充电桩"}


def test_a_bare_rate_of_a_goal_takes_the_documents_own_word_for_it():
    text = ("某市民生实事进展通报\n\n2024-08-01\n驿站：目标20个，完成12个，进度60.0%。\n"
            "书房目标10家，建成9家，90.0%；公厕目标40座，完工30座，完工率75.0%；绿道目标8条，完成6条，75.0%。\n")
    records, _ = analyse(Document("t", text))
    assert [r.indicator for r in records if r.unit == "%"] == ["进度", "进度", "完工率", "进度"]


def test_a_bare_rate_of_a_goal_is_a_completion_rate_where_the_document_names_none():
    text = "某市民生实事进展通报\n\n2024-08-01\n书房目标10家，建成9家，90.0%。\n"
    records, _ = analyse(Document("t", text))
    assert [r.indicator for r in records if r.unit == "%"] == ["完成率"]


def test_another_rate_ending_in_the_same_word_is_not_the_documents_word_for_a_goals_rate():
    # 时序进度 is the schedule's benchmark, not the rate of a goal
    text = "某市民生实事进展通报\n\n2024-08-01\n时序进度50%。书房目标10家，建成9家，90.0%。\n"
    records, _ = analyse(Document("t", text))
    assert [r.indicator for r in records if r.unit == "%"] == ["时序进度", "完成率"]


def test_figures_about_the_list_as_a_whole_are_about_the_projects():
    # the sentences name topics (托位, 电梯, 燃气), but these figures count or fund the list itself
    text = ("某县政府常务会议纪要\n\n一、今年进展\n"
            "截至10月底，今年确定的8件25项任务已完成22项；新增普惠托位900个。"
            "会议指出，尚未完成的2项任务（加装电梯、农村公路）要抓紧。\n"
            "（三）安全。为1.5万户居民安装燃气报警器。\n"
            "会议要求，上述项目所需资金约12.4亿元，其中县级财政承担4.5亿元；每个项目明确1名县级领导包抓。\n")
    assert categories_of(text) == {
        "8件": "其他", "25项": "其他", "22项": "其他", "900个": "常有善育", "2项": "其他",
        "1.5万户": "公共安全", "12.4亿元": "其他", "4.5亿元": "其他", "1名": "其他"}


def test_a_figure_with_its_own_topic_in_a_clause_about_the_list_keeps_it():
    text = "某区简报\n\n上述项目计划总投资9亿元，其中新增普惠托位500个。\n"
    assert categories_of(text) == {"9亿元": "其他", "500个": "常有善育"}


def test_a_figure_without_words_takes_the_work_its_item_lead_names():
    # `老年人` names the people served, `体检` the work: the work decides (ANNOTATION.md)
    text = "某县卫健局报送\n\n1.老年人免费体检：\n目标12万人，完成5.1万人，42.5%\n"
    assert categories_of(text) == {"12万人": "常有健康", "5.1万人": "常有健康", "42.5%": "常有健康"}


def test_a_json_row_s_group_field_outranks_the_topic_of_its_words():
    # AED alone would be 公共安全; the row's own 领域 says health
    text = '某市数据开放平台\n\n{"序号":"4","领域":"卫生健康","年度目标":"在车站配置AED60台"}\n'
    assert categories_of(text) == {"60台": "常有健康"}


def test_a_bracketed_label_on_its_own_line_heads_the_lines_under_it():
    # the brand label governs its part (ANNOTATION.md: the heading wins over the figure's topic)
    text = ("某市发布\n\n今年的民生实事成绩单来了。\n\n【住有宜居】\n改造老旧小区30个；新增公共停车泊位900个。\n\n"
            "【图片】\n📊 群众对民生实事的满意度达96.5%，较上年提升1.1个百分点。\n")
    assert categories_of(text) == {
        "30个": "常有安居", "900个": "常有安居", "96.5%": "其他", "1.1个百分点": "其他"}


def test_a_time_a_paragraph_opens_with_holds_across_its_inline_brand_phrases():
    import pipeline
    text = ("某市人民政府工作报告\n——2036年1月10日在某市人民代表大会上\n\n"
            "　　过去一年，民生实事全部完成。我们擦亮“常有善育”品牌，新增普惠托位900个。"
            "我们做实“常有颐养”，新建老年食堂40个。\n\n"
            "　　今年，我们将新建老年食堂50个。\n")
    years = {r.text: r.year for r in pipeline.extract(text)}
    assert (years["900个"], years["40个"], years["50个"]) == (2035, 2035, 2036)


def test_a_framed_topic_ends_where_a_sentence_names_other_topics_only():
    text = ("某县工作回顾\n\n"
            "我们新建学校3所。卫生方面，县医院新增病床200张，门诊量增长9%。"
            "我们还修缮老旧小区12个，新增公共停车位800个。"
            "乡镇卫生院新配救护车6辆。\n")
    assert categories_of(text) == {"3所": "常有优学", "200张": "常有健康", "9%": "常有健康", "12个": "常有安居",
                                   "800个": "交通畅行", "6辆": "常有健康"}


def test_a_framed_topic_governs_a_sentence_that_goes_on_with_its_topic():
    text = "某县工作回顾\n\n养老方面，新建助餐点20个。为老年人上门体检5000人次。\n"
    assert categories_of(text) == {"20个": "常有颐养", "5000人次": "常有颐养"}


def test_a_survey_s_shares_and_a_procurement_s_bidders_are_beside_the_projects():
    text = ("某区民生实事项目满意度调查\n\n"
            "分项目看，满意率较高的是社区食堂（93.5%）和学校扩建（91.2%）。"
            "受访者中62.4%希望增加托育点。本年新建老年助餐点40个。\n\n"
            "某区老旧小区改造中标公告\n\n共有6家供应商投标，改造小区15个。\n")
    assert categories_of(text) == {"93.5%": "其他", "91.2%": "其他", "62.4%": "其他", "40个": "常有颐养",
                                   "6家": "其他", "15个": "常有安居"}


def test_counts_and_rates_of_the_parts_of_the_list_are_about_the_projects():
    text = "某市民生实事预算执行情况\n\n6个项目中，执行率达到98%以上的有4个，低于80%的1个（学校扩建），涉及资金50万元。\n"
    assert categories_of(text) == {"6个": "其他", "98%": "其他", "4个": "其他", "80%": "其他", "1个": "其他",
                                   "50万元": "常有优学"}


def test_figures_of_the_economy_as_a_whole_are_other_under_any_heading():
    text = ("某区统计公报\n\n八、居民生活和社会保障\n\n"
            "全年全区居民人均可支配收入51200元，增长5.1%。年末城市低保对象2100人。\n")
    assert categories_of(text) == {"51200元": "其他", "5.1%": "其他", "2100人": "常有众扶"}


def test_a_numbered_heading_run_into_its_paragraph_governs_what_follows_it():
    text = ("某市为民办实事完成情况的报告\n\n"
            "一、病有良医。新建社区卫生服务站6家。二、劳有厚得。城镇新增就业3万人，发放创业担保贷款2亿元。\n")
    assert categories_of(text) == {"6家": "常有健康", "3万人": "就业创业", "2亿元": "就业创业"}


def test_a_numbered_clause_that_names_no_topic_is_no_heading():
    text = "某市为民办实事完成情况的报告\n\n一、病有良医。新建社区卫生服务站6家。二、其他。配备家庭医生300名。\n"
    assert categories_of(text) == {"6家": "常有健康", "300名": "常有健康"}


def test_a_yearbook_entry_label_heads_its_entry_and_stays_out_of_indicators():
    text = ("某县年鉴（2031）\n\n【社会救助】　全年发放临时救助资金300万元。\n"
            "【托育服务】　年内新增普惠性托位120个。\n\n【某镇】　新建村级卫生室3个。\n")
    records, _ = analyse(Document("t", text))
    found = {r.text: (r.indicator, r.category) for r in records}
    assert found["300万元"][1] == "常有众扶" and "】" not in found["300万元"][0]
    assert found["120个"] == ("普惠性托位", "常有善育")
    assert found["3个"][1] == "常有健康"          # a place label heads nothing: the sentence's topic


def test_an_attachment_s_title_ends_the_year_the_notice_s_body_opened():
    # made up: the notice looks back on last year, then attaches this year's progress table
    text = ("某县人民政府办公室关于召开2032年民生实事推进会的通知\n\n"
            "去年全县8件民生实事全部完成，群众满意率90.5%。\n请各单位按时参会。\n\n"
            "附件：2032年民生实事项目上半年进展情况（截至6月30日）\n"
            "全县今年实施民生实事8件，上半年完成投资1.2亿元，比去年同期低3.1个百分点。\n"
            "项目 | 年度目标 | 上半年完成\n城镇新增就业 | 1500人 | 820人\n农村改厕 | 3000座 | 1400座\n")
    years = years_of(text, published="2032-07-02")
    assert years["90.5%"] == 2031
    assert years["1500人"] == years["3000座"] == years["820人"] == 2032


def test_each_push_of_a_notification_centre_is_written_on_the_day_its_byline_gives():
    # made up: a phone's notification centre read off a screenshot in January; each push under its sender and
    # date, its label in black brackets on a line of its own or on the message's first line
    text = ("截图文字识别　识别时间 2032-01-05\n\n"
            "某区发布　·　10:42\n【今日某区】今年新增普惠托位300个。\n\n"
            "某区消防　·　2031/12/15\n【冬季防火】\n今年以来全区入户安装烟感报警器4860个。\n\n"
            "某区图书馆　·　2031/12/20\n【年终盘点】今年图书馆共接待读者18.6万人次。\n\n"
            "某区医保　·　2031/12/22\n【缴费提醒】今年参保缴费已完成9.2万人。\n")
    years = years_of(text, published="2032-01-05")
    assert years["300个"] == 2032
    assert years["4860个"] == years["18.6万人次"] == years["9.2万人"] == 2031


def test_a_january_year_end_account_whose_lead_counts_back_to_the_list_speaks_from_the_year_of_writing():
    # made up: a post of January 2032 on the year just closed; its lead and its body call that year 去年
    head = "我们交账啦｜某镇12个民生项目的年终“自述”\n原创　某镇发布　2032年1月12日 19:05　湖南\n\n"
    lead = "编者按：去年1月，我们把镇里的12件民生实事画成了一张表。一年过去，请它们自己出来交个账。\n\n"
    title = "我们交账啦｜某镇12个民生项目的年终“自述”"
    years = years_of(head + lead + "我去年在4个屋场开了张，全年端出热饭4.82万人次。\n", title=title)
    assert years["4个"] == years["4.82万人次"] == 2031
    # …but a text that glosses a relative year otherwise (`去年（2030年）`) is read as written in the year it reviews
    glossed = head + lead + "今年全镇端出热饭4.82万人次，去年（2030年）是3.1万人次。\n"
    assert years_of(glossed, title=title)["4.82万人次"] == 2031


def test_each_clipping_of_a_scrapbook_is_written_on_the_day_its_paper_line_gives():
    # made up: a scrapbook typed up in January; each clipping under the line of its paper, its date and its page,
    # with the keeper's note pasted below it; the last note glosses its relative year
    text = ("《某镇剪报本》（录入稿）\n录入时间：2032年1月6日\n\n"
            "【剪报】某州日报　2030年3月2日　第3版\n某镇今年确定民生实事6件，新建幸福院3处。\n\n"
            "【批】去年镇上办了5件。\n\n"
            "【剪报】某市融媒体　2031年4月20日（网页打印件）\n今年某镇新增公益性岗位120个。\n\n"
            "【剪报】某州晚报·某某客户端　2031年9月3日\n镇中心小学今年新增学位360个。\n\n"
            "【批】明年（2032年）听说要办8件。\n")
    years = years_of(text, published="2032-01-06")
    assert years["6件"] == years["3处"] == 2030
    assert years["5件"] == 2029
    assert years["120个"] == years["360个"] == 2031
    assert years["8件"] == 2032


def test_a_relative_year_glossed_in_brackets_is_the_year_the_gloss_names():
    # made up: the writer's gloss outranks the date of writing, and the word still opens no sentence as a year does
    assert [t.year for t in find_times("明年（2032年）听说要办8件")][:1] == [2032]
    assert [t.relative for t in find_times("去年（2030年）的8件实事")][:1] == ["去年"]


def test_an_appendix_line_ends_the_section_on_next_year_before_it():
    # made up: a report's last section plans next year; the appended household records are this year's checks
    text = ("某县2031年农村改厕入户核验情况报告\n\n七、明年打算\n　　2032年计划再改造800户。\n"
            "附：入户核验记录（摘录2户）\n　　①某镇　户主：刘××　家庭人口4人\n　　　补助1100元，核验结论：合格。\n")
    years = years_of(text, published="2031-12-18")
    assert years["800户"] == 2032
    assert years["4人"] == years["1100元"] == 2031


def test_the_sentence_leading_into_a_table_dates_its_rows_unless_its_days_bound_what_is_counted():
    # made up: a reply written in January about last year's projects; the rows follow its lead
    reply = ("某县人民政府办公室政府信息公开申请答复书\n\n某某：\n　　本机关于2033年1月9日收到您的申请。"
             "各项目完成情况见下表（数据截至2032年12月31日）：\n\n"
             "项目\t实际完成\n普惠托育\t新增托位80个\n老年助餐\t新建助餐点6个\n")
    years = years_of(reply, published="2033-01-20")
    assert years["80个"] == years["6个"] == 2032
    # the days of a range bound the children counted (`…出生的幼儿`): no year of the rows
    notice = ("某幼儿园2032年秋季招生简章\n\n　　本学期招收2029年9月1日至2030年8月31日出生的幼儿，招生计划如下：\n\n"
              "年级\t班数\t计划招收\n小班\t4个\t120人\n")
    assert set(years_of(notice, published="2032-06-01").values()) == {2032}


def test_an_official_title_that_ends_with_its_kind_is_not_joined_to_its_byline():
    # made up: a page's byline (`阅读数`) under a whole title; read joined, the title "named" a
    # reading project and gave every figure 文体惠民
    text = ("关于《某县2033年民生实事项目安排》的更正启事\n2033-02-21 18:30　　来源：县政府办公室　　阅读数：1472\n\n"
            "　　第2项“普惠托育扩容”中，新增普惠托位应为210个。第6项“农村安居”中，应为实施农村危房改造308户。\n")
    found = categories_of(text)
    assert found["210个"] == "常有善育" and found["308户"] == "常有安居"


def test_a_page_s_closing_notes_are_no_part_of_its_last_section():
    # made up: a service centre's price list; the notes after its last section speak of the whole page
    text = ("某社区便民服务中心收费价目表\n\n一、助老助餐类\n老年午餐每份12元。\n\n五、就业服务类\n"
            "求职登记免费，每周三举办招聘会，全年提供岗位300个。\n\n温馨提示：\n"
            "　　1.本中心新增助浴床2套。\n　　2.中心今年改造活动室120平方米，新增老年餐位40个。\n")
    found = categories_of(text)
    assert found["300个"] == "就业创业"
    assert "就业创业" not in (found["2套"], found["40个"])


def test_a_titled_item_s_paragraph_ends_at_the_next_number_of_its_style():
    # made up: findings numbered on lines run together; the second's and third's titles hold a figure or
    # a list, so they are no titles, but they are the next items, not the body of the first
    text = ("某县检察建议书\n\n二、查明的问题\n"
            "（一）部分工程水质不达标。抽检水样27份，不合格7份。\n"
            "（二）2处工程未按期建成。两处工程原计划解决1460名群众的饮水问题。\n"
            "（三）高龄补贴发放不及时、不足额。2018年有86名老人未纳入发放范围，少发补贴11.52万元。\n")
    found = categories_of(text)
    assert found["86名"] == found["11.52万元"] == "常有颐养"


_MIND_MAP = ("某县2031年民生实事（思维导图大纲导出）\n\n某县2031年民生实事\n"
             "├─ 01 常有善育\n│   ├─ 新增普惠托位120个\n│   │   └─ 备注：2030年底全县托位210个\n"
             "│   └─ 儿童视力筛查3600人次\n├─ 02 常有颐养\n│   ├─ 新建老年助餐点4个\n│   └─ 全年助餐3万人次\n"
             "└─ 03 燃气安全 + 文化惠民\n    ├─ 更换燃气管道32公里\n    └─ 送戏下乡120场\n\n说明：以上为计划。\n")


def test_a_tree_s_nodes_head_their_children_and_a_note_dates_only_its_own_line():
    # made up: a mind map exported as an outline; a note under an item states another year,
    # which is no frame for the items after it; a node joining two topics heads neither
    found = {r.text: r for r in analyse(Document("t", _MIND_MAP), doc_year=2031)[0]}
    assert found["210个"].year == 2030
    assert found["3600人次"].year == found["4个"].year == 2031
    assert found["3600人次"].category == "常有善育" and found["3万人次"].category == "常有颐养"
    assert found["32公里"].category == "公共安全" and found["120场"].category == "文体惠民"


def test_mothers_and_children_s_health_is_childcare_also_under_a_heading_that_names_health():
    # made up: a health report's section; a heading naming the topic health (no brand) does not
    # outweigh the boundary for mothers, newborns and children; a brand heading would
    text = ("某县2031年居民健康状况报告\n\n三、公共卫生服务\n"
            "　　全年为65岁以上老年人免费健康体检9860人；新生儿疾病筛查1980人。\n")
    found = categories_of(text)
    assert found["9860人"] == "常有健康"
    assert found["1980人"] == "常有善育"
    branded = categories_of(text.replace("三、公共卫生服务", "三、常有健康"))
    assert branded["1980人"] == "常有健康"


def test_an_approval_form_s_opinion_box_is_no_part_of_the_numbered_part_above_it():
    # made up: a payment application; the list of attachments names a wage record, and the
    # supervisor's opinion below it is a box of its own, not a part about jobs
    text = ("某小区改造工程款支付申请表\n\n（三）进度说明\n本期更换供热管网1.2公里。\n\n"
            "（四）附件：工程量计算书、农民工工资支付凭证\n\n监理审核意见：\n"
            "经核查，本期完成外墙保温4100平方米、供热管网0.8公里，与现场一致。\n")
    found = categories_of(text)
    assert found["4100平方米"] == found["0.8公里"] == "常有安居"


def test_a_bracketed_entry_ends_where_the_next_line_opens_with_any_bracketed_label():
    # made up: a quick report's entries, one per line with no blank line between; a label naming no
    # topic (`【群众生活】`) opens an entry of its own, not a part of the school's
    text = ("某县雪灾速报（第3期）\n\n　　【学校】全县11所中小学推迟开学。\n"
            "　　【群众生活】全县设置临时救助点9个，发放棉被800条。\n　　【通信电力】抢通基站12个。\n")
    found = categories_of(text)
    assert found["11所"] == "常有优学"
    assert "常有优学" not in (found["9个"], found["800条"], found["12个"])


# --- retrospectives written early in the next year (issue 9): the year they look back on

def test_a_new_year_letter_reports_the_year_behind_and_then_promises_the_year_ahead():
    # the title's year is the occasion (新春), not the year the letter reports
    text = ("致全镇乡亲的一封信\n\n各位乡亲：\n　　新春将至，向大家拜个早年！\n"
            "　　过去的一年，我们一起干成了不少实事。\n"
            "　　在养老上，新建老年食堂7个。\n　　在教育上，新增学位800个。\n"
            "　　新的一年，我们向大家承诺：\n　　——新增托位200个；\n　　——改造老旧小区9个。\n\n"
            "某镇人民政府　　2032年1月15日\n")
    assert years_of(text, title="致全镇乡亲的一封信（2032年新春）") == {
        "7个": 2031, "800个": 2031, "200个": 2032, "9个": 2032}


def test_a_verse_counts_last_year_s_work_and_then_this_year_s_wishes():
    text = ("对口词《实事唱一唱》\n（某社区2033年迎新春联欢会节目）\n\n"
            "甲：开口先把实事唱，\n乙：去年实事件件实，\n甲：新建公园整四座，\n乙：路灯装了三百盏！\n"
            "合：今年还有新盼头——\n甲：新增车位五百个！\n")
    assert years_of(text, published="2033-01") == {"四座": 2032, "三百盏": 2032, "五百个": 2033}


def test_the_lead_of_a_release_of_january_names_the_year_it_reports():
    text = ("十件实事交出答卷\n\n发布时间：2034-01-10 09:00\n\n"
            "本报讯　1月9日，记者从某县民政局获悉，2033年该县确定的十件民生实事已全部办结。\n\n"
            "教育方面，全县新增学位600个。\n\n县人社局表示，2034年将新增岗位800个。\n")
    assert years_of(text) == {"十件": 2033, "600个": 2033, "800个": 2034}


def test_an_editor_s_note_dates_the_verse_under_it_and_its_own_counts_by_the_year_of_writing():
    text = ("社区文艺队新编快板\n\n编者按：某区文艺队把2035年全区民生实事编成快板，"
            "元旦以来巡回演出二十多场。\n\n【一老一小】\n助餐食堂开了九家，\n普惠托位添了一百个。\n")
    assert years_of(text, published="2036-01-20") == {"二十多场": 2036, "九家": 2035, "一百个": 2035}


def test_a_line_that_is_only_a_year_dates_the_lines_under_it():
    text = ("某县民生实事（词条）\n\n某县民生实事是某县每年实施的一组项目。\n\n年度项目\n"
            "2036年度\n教育：新增学位900个。\n养老：新建食堂5个。\n2037年度\n住房：改造小区12个。\n\n"
            "最近更新：2038-02-01\n")
    assert years_of(text, published="2038-02-01") == {"900个": 2036, "5个": 2036, "12个": 2037}


def test_a_period_that_starts_last_year_does_not_date_the_paragraphs_after_it():
    text = ("家门口看病更方便了\n\n发布时间：2039-08-16\n\n"
            "去年以来，全区把健康服务圈建设列入民生实事。\n\n目前全区已建成健康驿站30个。\n")
    assert years_of(text) == {"30个": 2039}


def test_a_table_ends_the_year_a_line_above_it_opened():
    # made up: a notice recalls last year's pilot, then lists this year's signed spaces; the notes under
    # the table go on from the table, not from last year's line
    text = ("关于2040年度共享车位分配结果的公告\n\n各位居民：\n　　去年试点时，街道协调了2家单位，拿出车位75个，签约居民71户，"
            "夜间乱停车的投诉少了很多。\n\n"
            "序号  提供单位        共享车位（个）  签约（户）\n 1    某商场地下车库       120         112\n"
            " 2    某宾馆停车场          45          45\n\n　　说明：\n　　1.上表剩余车位8个，5月起补充报名。\n\n"
            "某社区居委会\n2040年4月22日\n")
    found = years_of(text)
    assert (found["75个"], found["71户"], found["8个"]) == (2039, 2039, 2040)


def test_december_minutes_on_next_year_s_list_are_of_that_year():
    # made up: a session numbered in its year (`2040年第4次`) reviews next year's draft list; the agenda line
    # names it after the minutes' header
    text = ("某镇民生议事堂议事记录\n（2040年第4次）\n\n时间：2040年12月18日下午\n地点：镇民生议事堂\n"
            "主持：镇人大主席　某某\n出席：代表共41人\n记录：某某\n议题：审议《某镇2041年民生实事项目（建议稿）》\n\n"
            "围绕“交通畅行”，新建改造岛内公路6.5公里。\n围绕“常有善育”，开设托班2个。\n")
    found = years_of(text)
    assert (found["6.5公里"], found["2个"]) == (2041, 2041)


def test_a_bulletin_s_issue_year_dates_the_issue_and_a_titled_column_heads_its_section():
    # made up: a harbour bulletin's first issue of 2042 gives a column to last year's list
    text = ("某渔港船讯\n2042年第1期　　某中心编印　　2042年1月8日\n"
            "【海况】1月9日至11日东北风6～7级，浪高3米。\n"
            "【镇里的事】2041年民生实事“交账”\n\n岛内公路新建改造完成6.8公里，比计划多0.3公里。\n")
    found = years_of(text, title="某渔港船讯 2042年第1期", published="2042-01-08")
    assert (found["6.8公里"], found["0.3公里"]) == (2041, 2041)


def test_a_speaker_s_turn_to_a_year_dates_the_part_after_it():
    # made up: a village secretary's new-year report, its parts turned to by `先讲去年` and `再讲今年`
    text = ("某村2044年新春乡贤恳谈会村情通报\n\n各位乡亲：\n　　大家新年好！\n\n　　先讲去年。\n"
            "　　一是通组路。新修道路4.2公里，总投资168万元。\n　　二是吃水。新建蓄水池2个。\n\n"
            "　　再讲今年。\n　　第一，拓宽道路1.6公里。\n\n（村委会整理，2044年2月22日）\n")
    found = years_of(text)
    assert (found["4.2公里"], found["168万元"], found["2个"], found["1.6公里"]) == (2043, 2043, 2043, 2044)


def test_a_masthead_line_of_the_issue_and_its_date_dates_the_issue_not_the_year_reported():
    # made up: December's monthly report comes out in January; its masthead gives the issue and the day it came out
    text = ("某县民生实事调度月报\n2045年第12期（总第36期）　　　　　　2046年1月9日\n\n"
            "【本期导读】全年十件民生实事已完成9件。\n\n一、托育\n全年新增托位300个。\n")
    assert years_of(text, title="某县民生实事调度月报2045年第12期", published="2046-01-09")["300个"] == 2045


def test_a_reprinted_issue_s_own_masthead_dates_what_follows_it():
    # made up: a post of January reprints a pupil's hand-made paper of December; the paper's masthead gives its
    # issue and month, and its `今年` and its table are of that year, not the post's
    text = ("某镇发布\n手抄报一等奖作品\n某镇融媒体中心　2047年1月8日\n\n"
            "编者按：寒假前，镇中心小学开展手抄报评比，共收到作品146份。下面是一等奖作品。\n\n"
            "【报头】家乡的实事交答卷　　第1期　　2046年12月\n\n"
            "今年镇里办了9场招聘会，新增城镇就业326人。\n\n"
            "实事\t计划\t完成\n新增学位（个）\t450\t450\n助餐点（个）\t6\t7\n")
    found = years_of(text, title="手抄报一等奖作品", published="2047-01-08")
    assert (found["9场"], found["326人"], found["450"], found["7"]) == (2046, 2046, 2046, 2046)
    # a masthead at the page's own head is the document's, not a reprint's
    head = "【报头】家乡的实事　　第1期　　2046年12月\n\n今年镇里办了9场招聘会。\n"
    assert years_of(head, title="家乡的实事", published="2047-01-08")["9场"] == 2047


def test_a_quarterly_s_masthead_date_and_contents_do_not_date_what_its_issue_reports():
    # made up: a street's quarterly, its last issue of 2045 out in January; the masthead's day of issue
    # and a contents entry that trails next year's list are no subject of the lead
    text = ("某某街坊\n（季刊）　2045年第4期·冬　　总第21期\n主办：某街道办事处\n"
            "内部资料准印证：某内资准字2044-L001号　　2046年1月8日出版　　免费赠阅\n本期目录\n"
            "卷首语　年底对账 ……………… 1\n预告　2046年民生实事开始征集 ……………… 8\n\n"
            "卷首语\n　　一年前，街道许下12项民生实事。12月28日，居民代表逐项核对：11项全部完成，"
            "剩余外立面工程约5200平方米顺延至2046年5月底前完成。全年完成投资3712万元。\n")
    found = years_of(text, title="《某某街坊》季刊2045年第4期·冬", published="2046-01-08")
    assert (found["12项"], found["3712万元"]) == (2045, 2045)


def test_a_newspaper_s_page_head_with_its_weekday_does_not_date_the_year_its_interview_reports():
    # made up: a school paper's January page; its head gives the day, the weekday and the page; the interview
    # reports on last year's promises
    text = ("小橡树　　　　某镇中心小学校报　　　　2046年1月9日　星期五　　第3版　小记者在行动\n\n"
            "去年的实事办得怎么样？\n\n　　【本报讯】去年1月，镇长答应我们办10件实事。12月29日，小记者来到镇政府"
            "一件一件地问。镇长说，全镇新增托位80个，修路12公里。\n")
    found = years_of(text, title="去年的实事办得怎么样？", published="2046-01-09")
    assert (found["80个"], found["12公里"]) == (2045, 2045)


def test_a_yearbook_entry_s_next_part_under_its_run_in_name_does_not_go_on_in_a_later_date_s_year():
    # made up: a yearbook entry of 2045 whose first part closes with the next January's survey; its next
    # part, set off by its run-in name, reports the year again
    text = ("【为民办实事】　2045年，某县安排实事20项。2046年1月，县人大组织满意度测评，满意率96.5%。\n"
            "一老一小　新增托位120个，新建助餐点8个。\n")
    found = years_of(text, title="《某县年鉴（2046）》条目", published="2046-04-18")
    assert (found["120个"], found["8个"]) == (2045, 2045)


def test_a_rate_per_person_and_year_is_not_a_time_and_keeps_the_promise_s_year():
    text = ("致全县居民的一封信\n\n过去的一年，我们新建食堂6个。\n\n新的一年，我们承诺：\n"
            "——低保标准分别提高到每人每月800元和每人每年6200元。\n\n某县人民政府　　2035年1月18日\n")
    assert years_of(text) == {"6个": 2034, "800元": 2035, "6200元": 2035}


def _categories(text: str) -> dict[str, str]:
    """Each figure's category, by its text, in a document of 2031."""
    records, _ = analyse(Document("t", text), doc_year=2031)
    return {r.text: r.category for r in records}


def test_satisfaction_in_a_guide_to_one_programme_is_that_programmes():
    text = ("某县困难残疾人护理补贴办事指南\n某县残疾人联合会　发布\n\n一、办理情况\n"
            "全年发放护理补贴1.2万人，办件按时办结率100%，群众满意率99%。\n")
    found = _categories(text)
    assert (found["100%"], found["99%"]) == ("常有众扶", "常有众扶")
    # in a document about the list, satisfaction stays the projects'
    listed = text.replace("办事指南", "民生实事报告").replace("群众满意率", "民生实事群众满意率")
    assert _categories(listed)["99%"] == "其他"


def test_a_verse_line_reads_the_lines_that_run_on_into_it():
    text = ("某街道快板\n\n甲：老人吃饭有人管，\n乙：长者饭桌新开二十个，\n丙：天天吃饭五千人次，\n丁：好！\n\n"
            "甲：公园绿地添新景，\n乙：新修步道八公里，\n丙：天天散步两千人次，\n丁：美！\n")
    found = _categories(text)
    assert found["五千人次"] == "常有颐养"
    # a list of items ending in `；` stays items of their own
    listed = "某区清单\n\n1.新增托位900个；\n2.举办演出12场；\n3.服务2000人次；\n"
    assert _categories(listed)["2000人次"] != "文体惠民"


def test_an_answer_reads_the_question_it_answers():
    text = ("某区评议会直播\n\n10:05\n居民代表：我们这儿的长者饭堂很实惠，能不能再多开几家？\n"
            "民政局：明年计划再建15个，先补老城区。\n办公室：全场共有代表60名。\n")
    found = _categories(text)
    assert found["15个"] == "常有颐养"
    assert found["60名"] != "常有颐养"      # a statement after the answer is not the question's


def test_aid_funds_of_regions_paired_for_cooperation_are_other():
    text = "某区与某县结对协作，全年拨付财政援助资金3200万元，修建产业路9公里。\n"
    found = _categories(text)
    assert found == {"3200万元": "其他", "9公里": "交通畅行"}


def test_other_names_of_paired_aid_and_of_rural_roads():
    # review of the held-out 11/12 rules: the lists hold the class, not one document's words
    text = "某市与某州开展东西部扶贫协作，全年投入协作资金2600万元，硬化通户路14公里。\n"
    assert _categories(text) == {"2600万元": "其他", "14公里": "交通畅行"}


def test_a_renovation_named_without_its_object_goes_on_about_the_estates_before():
    text = ("某镇旧改纪实\n\n桃园街道有5个老旧小区建于上世纪80年代。2031年，街道对其实施综合改造，"
            "铺设雨污管网2.2公里，新增停车位150个，改造资金共计1200万元。改造完成后，居民满意率达到93.5%。\n"
            "另外，全镇新建口袋公园6个。\n")
    found = _categories(text)
    assert [found[f] for f in ("2.2公里", "150个", "1200万元", "93.5%")] == ["常有安居"] * 4
    assert found["6个"] == "环境改善"      # a sentence that names its own work
    # with no estates before it, a bare renovation refers to nothing
    market = text.replace("5个老旧小区", "5个农贸市场")
    assert _categories(market)["93.5%"] == "其他"


def test_a_ledger_items_outcome_line_goes_on_about_its_item():
    text = ("某区问题整改台账\n\n问题1：城东片区3个老旧小区雨污合流，雨天污水外溢。\n整改措施：实施雨污分流改造。\n"
            "整改结果：已整改。完成雨污分流管网改造2.1公里，惠及居民800户。\n\n"
            "问题2：城西污水处理厂超负荷运行。\n整改措施：扩建处理设施。\n"
            "整改结果：已整改。新建雨污分流管网3.4公里。\n")
    found = _categories(text)
    assert (found["2.1公里"], found["800户"]) == ("常有安居", "常有安居")
    assert found["3.4公里"] == "环境改善"     # the next item's town network: its estates are not this item's
    # a result line under a label the stance stage knows (`整改成效：`) is read the same way
    assert _categories(text.replace("整改结果：已整改。完成", "整改成效：完成"))["2.1公里"] == "常有安居"


def test_an_items_money_after_its_work_is_that_works():
    text = ("某村2031年民生实事\n\n1.道路提升：拓宽进村主干道1.8公里，路面宽6米，投资70万元；\n"
            "2.全年继续办好8件民生实事，总投资约3亿元。\n")
    found = _categories(text)
    assert found["70万元"] == "交通畅行"
    assert found["3亿元"] == "其他"      # the money of the list of projects


def test_the_rate_of_a_points_scheme_is_the_schemes():
    text = "某村积分超市公示\n\n三、兑换商品（积分1分等值人民币1元，每月10日兑换）\n"
    assert _categories(text)["1元"] == "常有众扶"


def test_a_remainder_with_no_words_counts_what_its_line_counted_before():
    text = ("某区民生实事进度通报\n\n【黄灯】既有住宅加装电梯：已完工30部，另有6部正在安装。主要原因：住户意见不一。"
            "整改要求：剩余6部于5月底前完成验收。\n【红灯】燃气管道改造：已完成8.2公里。整改要求：剩余3.1公里于6月底前完成。\n")
    records, _ = analyse(Document("t", text), doc_year=2031)
    named = {r.text: r.indicator for r in records}
    assert named["3.1公里"] == named["8.2公里"]
    assert [r.indicator for r in records if r.text == "6部"] == ["加装电梯", "加装电梯"]
    # a remainder named by a bare head noun takes the full name of the figure before
    records, _ = analyse(Document("t", "某区进展\n\n全区新增普惠托位540个，剩余60个托位因场地原因顺延。\n"), doc_year=2031)
    assert next(r for r in records if r.text == "60个").indicator == "普惠托位"
    # no figure of its unit on its own line: nothing to borrow from the line before
    other = text.replace("剩余3.1公里", "剩余3部")
    records, _ = analyse(Document("t", other), doc_year=2031)
    assert next(r for r in records if r.text == "3部").indicator is None


def test_a_lone_yu_after_a_clause_mark_is_a_remainder_dated_by_its_new_date():
    # made up: `，余N` is the rest of the work, promised again for the date after it
    text = "某县民生实事办理情况\n\n2031年建成农村公路38公里，余6公里因冻土期停工，2032年6月底前完工。\n"
    records, _ = analyse(Document("t", text), doc_year=2031)
    years = {r.text: r.year for r in records}
    assert years["6公里"] == 2032 and years["38公里"] == 2031
    # `余` ending another word (`结余`) or after a figure (`100余人`) is no remainder
    text = "某县简报\n\n2031年项目结余12万元，2032年统筹使用。2031年培训100余人，2032年继续开展。\n"
    records, _ = analyse(Document("t", text), doc_year=2031)
    assert {r.text: r.year for r in records} == {"12万元": 2031, "100余人": 2031}


def test_a_remainder_word_is_no_name_the_remainder_borrows_its_twins():
    # `剩下` names nothing: the rest counts what the figure of its unit before counts
    text = "某县年终访谈\n\n嘉宾：农村道路硬化完成86公里，完成率86%，剩下14公里因征地受阻顺延。\n"
    records, _ = analyse(Document("t", text), doc_year=2031)
    named = {r.text: r.indicator for r in records}
    assert named["14公里"] == named["86公里"] == "农村道路硬化"


def test_a_remainder_after_a_stage_of_works_counts_the_thing_alone():
    # the rest have not reached the stage the figure before counts
    text = ("某县简报\n\n今年全县改造农村公厕60座，目前已完工52座，其余8座将于11月底前完工。"
            "加装电梯竣工投用18部，余下5部年内投用。新建口袋公园12个，已开工9个，剩余3个公园正在选址。\n")
    records, _ = analyse(Document("t", text), doc_year=2031)
    named = {r.text: r.indicator for r in records}
    assert (named["8座"], named["5部"], named["3个"]) == ("农村公厕", "加装电梯", "口袋公园")
    assert named["52座"] != "农村公厕"      # the stage stays on the figure that reached it


def test_a_bare_head_noun_takes_the_full_name_its_lines_label_gives():
    text = ("某区民生实事进度\n\n【绿灯】普惠托位：已新增托位520个。\n【绿灯】老旧小区改造：18个小区全部完工。\n"
            "【黄灯】社区食堂：已建成助餐点9个。\n")
    records, _ = analyse(Document("t", text), doc_year=2031)
    named = {r.text: r.indicator for r in records}
    assert (named["520个"], named["18个"]) == ("普惠托位", "老旧小区")
    assert named["9个"] == "助餐点"      # the label names another thing


def test_a_work_of_another_topic_in_a_renovation_sequel_keeps_its_topic():
    text = ("某区案例\n\n全年改造老旧小区30个。改造中同步建成社区老年食堂7个、增设充电桩90个。\n")
    found = _categories(text)
    assert (found["7个"], found["90个"]) == ("常有颐养", "常有安居")


def test_a_work_of_another_category_under_housing_joined_to_urban_renewal():
    text = "某区2031年民生实事\n\n三、住房和城市更新\n1.改造老旧小区12个。\n2.新增公共停车泊位800个。\n"
    found = _categories(text)
    assert (found["12个"], found["800个"]) == ("常有安居", "交通畅行")


def test_an_allowance_paid_with_a_wage_is_the_pay():
    text = "某岗位招聘\n\n三、待遇\n月工资2300元，每月另发交通补贴120元。\n\n四、其他\n为老年人发放交通补贴80元。\n"
    found = _categories(text)
    assert found["120元"] == "就业创业"
    assert found["80元"] == "交通畅行"


def test_the_duties_of_a_listed_post_go_by_what_the_post_serves():
    text = ("某街道公益性岗位招聘公告\n\n一、岗位及数量\n1.养老护理员12名：服务辖区9个社区老年食堂；\n"
            "2.河道保洁员8名：负责3条河道的日常保洁；\n3.综合文员4名：协助整理档案2000份。\n")
    found = _categories(text)
    assert [found[f] for f in ("12名", "8名", "4名")] == ["就业创业"] * 3      # the posts themselves
    assert (found["9个"], found["3条"]) == ("常有颐养", "环境改善")
    assert found["2000份"] == "就业创业"      # duties naming no topic keep the heading's


def test_a_review_of_the_year_before_written_in_january_says_this_year_for_it():
    review = ("首页 > 新闻\n\n2031年度某区十大民生新闻揭晓\n\n来源：某区融媒　　2032-01-06 10:00\n\n"
              "某区“2031年度十大民生新闻”评选日前落幕。记者了解到，今年12件民生实事中，已有11件完成。\n")
    assert years_of(review) == {"12件": 2031, "11件": 2031}
    # dated later in the year, 今年 is the year of writing
    assert years_of(review.replace("2032-01-06", "2032-03-06")) == {"12件": 2032, "11件": 2032}
    # a report on the year before, read out in January, plans the new year with 今年
    report = ("关于2031年民生实事完成情况的报告\n\n来源：某区政府办　　2032-01-06\n\n"
              "2031年新增托位900个。今年将新增托位300个。\n")
    assert years_of(report) == {"900个": 2031, "300个": 2032}


def test_a_balance_carried_over_stays_the_year_s():
    text = "某市民生实事资金审计\n\n截至2031年12月31日，实际支出8.2亿元，支出率93.5%，结转至2032年继续使用0.6亿元。\n"
    assert years_of(text) == {"8.2亿元": 2031, "93.5%": 2031, "0.6亿元": 2031}
    # a task put off to a later year is that year's
    put_off = "某市民生实事进展\n\n2031年建成食堂5个，另有1个顺延至2032年建成。\n"
    assert years_of(put_off)["1个"] == 2032


def test_a_nursery_class_in_a_kindergartens_enrolment_plan_is_childcare():
    # a kindergarten's notice: its classes are schooling, its nursery class (under 3) childcare
    text = ("某县实验幼儿园2031年秋季招生公告\n\n二、招生计划\n"
            "今年秋季招生180人，其中小班3个班，每班25人；另设托班2个，招收2至3岁幼儿30人。\n")
    found = _categories(text)
    assert found["2个"] == "常有善育"
    assert found["180人"] == "常有优学"


def test_a_kindergartens_meal_fee_billed_by_days_is_the_kindergartens():
    # `结算` alone bills any fee; a medical bill is settled in its own words (医保, 直接结算)
    text = "某县幼儿园收费公示\n\n三、收费标准\n保育教育费每生每月300元，伙食费每生每天10元（按实际在园天数结算）。\n"
    assert _categories(text)["10元"] == "常有优学"


def test_a_dumped_cell_comment_is_of_the_row_holding_the_figure_it_restates():
    # a spreadsheet ledger's comments, exported after the table: `C3` names the cell by column
    # letter and a row number the text no longer shows; the row is the one whose cell in that
    # column holds the figure the comment opens with
    text = ("某县2031年民生实事完成台账\n\n序号\t项目\t完成数\t责任单位\n"
            "1\t新建社区食堂8个\t8\t县民政局\n2\t改造老旧小区12个\t12\t县住建局\n3\t新增学位600个\t640\t县教育局\n\n"
            "批注 C3（王某）：12个中含上年续建项目2个。\n")
    records, _ = analyse(Document("t", text), doc_year=2031)
    comment = [r for r in records if r.start > text.index("批注")]
    assert [(r.text, r.category) for r in comment] == [("12个", "常有安居"), ("2个", "常有安居")]
    assert comment[0].indicator == next(r.indicator for r in records if r.text == "12" and r.start < text.index("批注"))


def test_a_reader_s_year_is_not_carried_into_the_next_reader_s_comment():
    text = ("某区今年的实事清单\n\n来源：某区发布　2031年2月3日\n\n今年新增托位900个。\n\n精选留言\n"
            "@山城阿明　重庆　02-03\n去年说的20个驿站，我们那个还没开门。\n赞 12\n"
            "@小区老张　四川　02-04\n托位800个，能排到我们街道吗？\n")
    years = years_of(text)
    assert years["20个"] == 2030 and years["800个"] == 2031


def test_a_part_that_names_nothing_counted_is_in_its_whole_s_field():
    # `其中` a part whose words are a place and a verb: some of the whole's parking spaces
    text = "某区民生实事\n\n今年新增公共停车泊位1200个，其中老旧小区周边挖潜500个。\n"
    assert categories_of(text) == {"1200个": "交通畅行", "500个": "交通畅行"}
    # a part that names what it counts keeps its own field
    named = "某区民生实事\n\n改造老旧小区30个，其中低保户聚居小区4个。\n"
    assert categories_of(named)["4个"] == "常有众扶"
    # …and so does a part of something the words after the whole turned to
    turned = "某区民生实事\n\n托位、低保、停车泊位等5个项目已超额完成年度目标，其中普惠托位超出80个。\n"
    assert categories_of(turned)["80个"] == "常有善育"


def test_a_portal_page_s_head_in_one_block_leaves_the_lead_after_its_date_line():
    # breadcrumb, title and date line copied with the first sentence as one block: the lead is
    # that sentence (a start date, no subject year), not the project history in the next section
    text = ("某区人民政府 | 首页 > 通知公告\n关于某区游泳馆正式对外开放的公告\n发布时间：2041-03-20\n"
            "某区游泳馆定于2041年4月1日起正式对外开放。现将有关事项公告如下：\n一、项目概况\n"
            "游泳馆是某区2040年民生实事项目，于2040年12月竣工。馆内设标准泳池2个。\n")
    assert years_of(text) == {"2个": 2041}


def test_a_count_of_projects_named_only_project_takes_the_list_s_name_as_written():
    """`N件项目` in a sentence that names the list counts the list: named as the sentence names
    it (with `项目` where written after the name); elsewhere it stays as written."""
    doc = Document("l", "某县2026年民生实事评议结果\n"
                        "县人大常委会对今年的为民办实事项目逐项评议，8件项目中，满意的7件。\n"
                        "其中5件项目提前完工。\n")
    records = {r.text: r for r in analyse(doc, 2026)[0]}
    assert records["8件"].indicator == "为民办实事项目"
    assert records["5件"].indicator == "项目"
    plain = Document("m", "经评审，12件项目入选招商推介会。\n")
    assert {r.text: r for r in analyse(plain, 2026)[0]}["12件"].indicator == "项目"


def test_the_year_a_building_dates_from_dates_no_figure_told_of_it_now():
    # `1991年的房子`, `建于2005年的小区`, `2008年建成的老楼`: the building's past, not the year of
    # the households counted in it now, in its sentence or the ones after it
    for opening in ("我家住城东一个老小区，1991年的房子，6层没电梯。",
                    "我家住在建于2005年的小区，6层没电梯。",
                    "我家住的是2008年建成的老楼，6层没电梯。"):
        years = years_of(f"某区论坛\n\n{opening}我们单元一共12户，70岁以上的老人有5个。\n", published="2033-05-10")
        assert years["12户"] == 2033 and years["5个"] == 2033, opening
    # a year's works on such buildings is that year's task, and it dates the figures after it
    years = years_of("某区论坛\n\n2031年的小区改造任务，共计30个。\n", published="2033-05-10")
    assert years["30个"] == 2031


def test_a_remainder_in_speech_takes_the_next_years_date_it_is_promised_for():
    # `剩下N部…明年…投用` in a year-end interview: promised again for next year; a count in the
    # remainder's own clause that says why it is left does not stop it
    text = ("某县年终访谈\n\n李局长：今年计划改造燃气管道80公里，现在完工66公里，剩下14公里因为三处管廊迁改，"
            "明年4月底前完工。加装电梯年初定的40部，完工35部，剩下5部因为冬季施工受限，明年5月底前投用。\n")
    years = years_of(text, published="2033-12-20")
    assert years["14公里"] == 2034 and years["5部"] == 2034
    assert years["66公里"] == 2033 and years["35部"] == 2033
    # a date further on, after more is said of the remainder, dates its last step: the figure keeps the year
    text = "某县年终访谈\n\n王主任：新建食堂10个，建成9个，剩下1个——城西食堂，主体已完工，预计明年2月投用。\n"
    assert years_of(text, published="2033-12-20")["1个"] == 2033


def test_an_evaluation_written_the_next_year_holds_its_findings_for_its_base_date():
    # made up: an April evaluation of last year's state, its base date at the head
    text = ("某县养老服务规划中期评估报告\n\n某县民政局　2033年4月　｜　评估基准日：2032年12月31日\n\n"
            "## 一、主要指标进展\n\n全县养老床位总数达到396张，老年助餐点9个。\n")
    years = years_of(text, published="2033-04-10")
    assert years["396张"] == years["9个"] == 2032


def test_a_completion_report_written_in_january_with_no_year_of_its_own_reports_the_year_before():
    # made up: a village's record book, dated January, answers last year's list; its table names no year, and
    # the manifest files it as a completion report
    text = ("某村说事记录本\n说事时间：2032年1月9日\n\n说事人：乡长马**　　到场群众：46人\n\n马乡长先对账，下面一件一件对：\n\n"
            "对账表\n事项\t年初定的\t年底办的\n户厕（座）\t260\t231\n")
    meta = DocMeta(title="某村说事记录本", kind="completion_report")
    cells = {"260", "231"}
    assert {r.text: r.year for r in analyse(Document("t", text, meta=meta))[0] if r.text in cells} == {"260": 2031, "231": 2031}
    other = DocMeta(title="某村说事记录本", kind="mixed")       # not filed as a completion report: the year of writing
    assert {r.year for r in analyse(Document("t", text, meta=other))[0] if r.text in cells} == {2032}
