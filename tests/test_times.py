"""Time expressions and the year a figure holds for (ANNOTATION.md "Year", gold/README.md)."""
import pytest

from extractors.times import (date_line_date, document_year, yearbook_year, find_times, governing_time, head_time, is_date_line, period_end, title_year,
                              of_the_year_discussed, relative_year_of_heading, year_before_discussed, year_of_heading,
                              year_under_discussion)
from pipeline import extract
from pipeline.document import DocMeta


def years_by_text(text: str, doc_year: int, title: str | None = None) -> dict[str, int | None]:
    """Each record's year, by its text, as the whole pipeline reads a made-up document."""
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse
    records, _ = analyse(Document("t", text, meta=DocMeta(title=title)), doc_year=doc_year)
    return {r.text: r.year for r in records}


def year_of(sentence, figure, doc_year=2023, context_year=None):
    """The year the figure (first occurrence of `figure` in `sentence`) holds for."""
    start = sentence.index(figure)
    time = governing_time(sentence, find_times(sentence), start, start + len(figure))
    if time is None:
        return context_year or doc_year
    if (before_discussed := year_before_discussed(sentence, find_times(sentence), time)) is not None:
        return before_discussed
    return time.resolve(doc_year, year_under_discussion(sentence, find_times(sentence), time.start, doc_year) or context_year)


# (sentence, figure, document year, year under discussion, expected)
@pytest.mark.parametrize("sentence,figure,doc_year,context_year,expected", [
    # 1. an explicit time expression that governs the figure
    ("2023年新增幼儿园学位6000个", "6000个", 2023, None, 2023),
    ("截至2023年底，全市共有托育机构378家", "378家", 2024, None, 2023),
    ("2023—2025年累计新增托位1万个", "1万个", 2023, None, 2025),        # a range → its last year
    ("截至2024年12月底，已为1.94万名老年人提供上门服务", "1.94万名", 2025, None, 2024),
    ("2024年内完成加装电梯并投入使用51部，历年累计完成加装并投用136部。", "136部", 2025, None, 2024),
    ("2022.12完成投资3亿元", "3亿元", 2023, None, 2022),
    # a time before a short label and its colon heads every item of the line
    ("2030年领取补贴：高龄津贴1人，全年1200元；医保报销2次、3,400元。", "3,400元", 2031, None, 2030),
    # a time in brackets after the figure that dates a figure of its own there dates that one
    ("残疾人补贴每人每月90元（2030年为85元）。", "90元", 2031, None, 2031),
    ("残疾人补贴每人每月90元（2030年为85元）。", "85元", 2031, None, 2030),
    ("常住人口58.2万人（2030年末）", "58.2万人", 2031, None, 2030),
    # the nearest time before the figure wins
    ("去年，儿子每月1200多元补助，今年提高到了1500元。", "1200多元", 2023, None, 2022),
    ("去年，儿子每月1200多元补助，今年提高到了1500元。", "1500元", 2023, None, 2023),
    # 2. 今年/去年/明年 against the document year, even inside a section about another year
    ("今年，我市新建提升综合性养老服务中心11家", "11家", 2023, 2022, 2023),
    ("去年完成改造120部", "120部", 2023, None, 2022),
    ("明年计划新增托位500个", "500个", 2023, None, 2024),
    ("上年度新增200个", "200个", 2023, None, 2022),
    # 全年/年内/目前 against the year under discussion (gold/README.md)
    ("全年为2.8万人次老年人提供课程服务", "2.8万人次", 2025, 2024, 2024),
    ("年内竣工交付使用，新增床位84张", "84张", 2025, 2024, 2024),
    ("目前已完成14家", "14家", 2025, 2024, 2024),
    ("全年为2.8万人次老年人提供课程服务", "2.8万人次", 2022, None, 2022),
    # ... and against a relative year earlier in the sentence, counted from the year of writing
    ("上年我们建成驿站40个，全年服务12万人次", "12万人次", 2026, 2026, 2025),
    ("去年，新开工项目8个，年内完成投资3亿元", "3亿元", 2024, None, 2023),
    # times that never govern
    ("临时救助资金与去年同期相比增加56.79%（截至10月底）", "56.79%", 2023, None, 2023),
    ("按照上年度全体居民人均生活消费支出的30%-40%调整", "30%-40%", 2022, None, 2022),
    ("按照上年度全体居民人均生活消费支出的百分之三十调整", "百分之三十", 2022, None, 2022),
    ("实施《常州市普惠托育服务三年行动方案（2023—2025年）》，新增托位400个", "400个", 2022, None, 2022),
    ("创建示范性托育机构18家，常州市项目获省政府办公厅2022年度真抓实干督查激励表彰。", "18家", 2023, None, 2023),
    ("近年来，常州新增学位2万个", "2万个", 2023, None, 2023),
    # a time followed by 的 is the figure's own year unless the figure is a share of it
    ("答：2023年的8件实事已全部办结，完成率102%。", "8件", 2024, None, 2023),
    ("完成去年的120%", "120%", 2024, None, 2024),
    # 由 TIME 的 A 提高到 B: the time dates A only
    ("每千人口医师数由2019年的2.6人提高到3.2人", "2.6人", 2022, None, 2019),
    ("每千人口医师数由2019年的2.6人提高到3.2人", "3.2人", 2022, 2021, 2021),
    ("托管营从去年的1个点扩到3个点", "1个", 2022, None, 2021),     # other verbs of change
    ("托管营从去年的1个点扩到3个点", "3个", 2022, None, 2022),
    ("助餐价格从去年的每餐8元涨到10元", "10元", 2022, None, 2022),
    # …and 上年 there is the year before the one the sentence names (去年 counts from the writing)
    ("2029年，全县护理员持证率由上年的40%提高到55%", "40%", 2031, None, 2028),
    ("全县护理员持证率由上年的40%提高到55%", "40%", 2031, None, 2030),
    ("2029年，全县护理员持证率由去年的40%提高到55%", "40%", 2031, None, 2030),
    # a time that dates a target named by its figure does not date the gap after it
    ("距2030年8个的目标还差1.5个", "8个", 2026, 2025, 2030),
    ("距2030年8个的目标还差1.5个", "1.5个", 2026, 2025, 2025),
    ("2030年的目标是新增托位900个", "900个", 2026, None, 2030),
    # the base of a comparison dates the figure right after it
    ("优良率为88.5%，比2021年的85.1%提高3.4个百分点", "85.1%", 2022, None, 2021),
    ("优良率为88.5%，比2021年的85.1%提高3.4个百分点", "3.4个百分点", 2022, None, 2022),
    # a time inside a part after `；` does not reach the next part …
    ("新增托位900个，年底托位数达到3.6个，2030年达到4.2个；新建食堂12个", "12个", 2026, None, 2026),
    # … unless that part breaks the figure before it down (`其中`)
    ("该市去年底共有托育机构412家；其中社区托育点168个", "168个", 2027, None, 2026),
    ("该市去年底共有托育机构412家；新建社区托育点168个", "168个", 2027, None, 2027),
    # … or it opens its clause as the topic
    ("负责人表示，2023年的十件实事已完成，全年完成投资9亿元；新增托位800个", "800个", 2024, None, 2023),
    # 全年, 目前 mean the year the sentence is about
    ("负责人表示，2023年的十件实事已完成，全年完成投资9亿元", "9亿元", 2024, None, 2023),
    ("自2021年起，连续三年改造农贸市场，目前已完成9家", "9家", 2023, 2023, 2023),
    ("到2030年，养老床位占比要达到65%，目前为51.2%", "51.2%", 2026, 2025, 2025),
    ("过去五年，全市累计新增学位6万个", "6万个", 2031, None, 2030),
    ("即将过去的一年，全区新增托位800个；即将到来的一年，还将新增托位900个", "800个", 2030, None, 2030),
    ("即将过去的一年，全区新增托位800个；即将到来的一年，还将新增托位900个", "900个", 2030, None, 2031),
    # 上一年/下一年 from the year of writing, 次年 from the year the sentence is about
    ("上一年新增托位700个", "700个", 2024, None, 2023),
    ("医院于2030年开工，次年建成，新增床位600张", "600张", 2029, None, 2031),
    # a time that dates an age dates no figure
    ("王大爷今年81岁，他说饭菜一份才6块钱", "6块钱", 2024, 2023, 2023),
    # a date with no year: the year under discussion where it is earlier than the year of writing
    ("新建小学已于9月1日开学，缓解了3个片区入学难", "3个", 2022, 2021, 2021),
    ("12月26日，286名区人大代表票决产生了明年的8件实事", "286名", 2025, 2026, 2025),
    ("12月26日，286名区人大代表票决产生了明年的8件实事", "8件", 2025, 2026, 2026),
    # five-year plans: the plan's last year; `以来` totals the year under discussion
    ("提前完成“十四五”累计新增学位4万个的目标", "4万个", 2024, None, 2025),
    ("“十五五”期间新建养老床位3000张", "3000张", 2026, None, 2030),
    # a start the work runs from, before a total: up to the writing; without the total, the start's year
    ("“十四五”以来，全市累计新增就业12万人，提前完成规划确定的11万人目标；完成规划目标5万个的80%", "12万人", 2024, 2023, 2023),
    ("“十四五”以来，全市累计新增就业12万人，提前完成规划确定的11万人目标；完成规划目标5万个的80%", "11万人", 2024, 2023, 2025),
    ("“十四五”以来，全市累计新增就业12万人，提前完成规划确定的11万人目标；完成规划目标5万个的80%", "5万个", 2024, 2023, 2025),
    ("“十四五”以来，全市累计新增就业12万人，提前完成规划确定的11万人目标；完成规划目标5万个的80%", "80%", 2024, 2023, 2023),
    # full-width years read as years
    ("２０３１年，社区新建食堂１２个", "１２个", 2032, None, 2031),
    # years listed together, their figures given 分别 in order
    ("2027年、2028年分别新增托位300个和450个，2029年达到500个", "300个", 2029, None, 2027),
    ("2027年、2028年分别新增托位300个和450个，2029年达到500个", "450个", 2029, None, 2028),
    ("2027年、2028年分别新增托位300个和450个，2029年达到500个", "500个", 2029, None, 2029),
    # a date a figure is put off to, in the clause after it
    ("另有2座公园受拆迁影响，推迟至2031年建成", "2座", 2030, None, 2031),
    ("另有2座公园受拆迁影响；2031年新建公园5座", "2座", 2030, None, 2030),
    ("建成公园2座，另1座因拆迁推迟至2031年建成", "2座", 2030, None, 2030),
    # a span of years, or every year of it: the year under discussion (no plan period known)
    ("四年间，全县累计新建食堂80个", "80个", 2031, 2031, 2031),
    ("此后每年新增不少于50张床位", "50张", 2029, 2029, 2029),
    ("水库每年9月开始蓄水，10月底蓄到175米，到次年6月消落到145米", "145米", 2029, None, 2029),   # a cycle's year
    ("去年一年级新生入学420人", "420人", 2031, None, 2030),        # a school's first year is no span
    ("旧年劏猪8头，净肉1380斤", "1380斤", 2031, None, 2030),        # Cantonese and Hakka speech's last year
    # the value a change starts from is dated by the time after 由/从, the value it reaches by its own
    ("群众满意度由2026年的86.2%提高到今年的97.4%", "86.2%", 2035, None, 2026),
    ("群众满意度由2026年的86.2%提高到今年的97.4%", "97.4%", 2035, None, 2035),
    ("床位从去年的120张加到180张", "120张", 2031, None, 2030),       # 加到, 提到: a change too
    ("床位从去年的120张加到180张", "180张", 2031, None, 2031),
    ("补助从前年的80元提到100元", "80元", 2031, None, 2029),
    # what is left of a task, or put off, holds for the year it is put off to, not the day of the report
    ("12月3日，某县新增床位480张，剩余20张随二期工程于2031年交付", "20张", 2030, None, 2031),
    ("补充教师尚缺6名，拟在2031年春季招聘到位", "6名", 2030, None, 2031),     # what is still lacking
    ("未过之关：教师差1名、适老化改造差2户，已列入2031年补关名单", "2户", 2031, 2030, 2031),   # put on a later list
    ("未过之关：教师差1名、适老化改造差2户，已列入2031年补关名单", "1名", 2031, 2030, 2031),   # …with the items listed
    ("新增泊位一千二百个，离目标还差六百个，剩下的明年接着建", "六百个", 2030, None, 2030),   # a gap from the goal
    ("12月3日，某县完成改造90户，剩余10户因产权问题转入明年实施", "10户", 2030, None, 2031),
    ("12月3日，某县完成改造90户，剩余10户因产权问题转入明年实施", "90户", 2030, None, 2030),
    ("2030年新增托位300个，其余的80个已于3月交付", "80个", 2030, None, 2030),
    # …but a figure its own clause reports as not done is the shortfall of the year it was due
    ("全年计划改造500户，因房屋拆迁36户未实施，已转入2031年计划", "36户", 2030, None, 2030),
    ("剩余36户未实施，已转入2031年计划", "36户", 2030, None, 2031),
    # …and a day or month with no year a remainder is due by is in the year of writing: a reply written in
    # January on the year before (a day of the year under discussion is earlier: `已于9月1日开学`)
    ("剩余2.3公里已于1月10日复工，确保4月底前完工", "2.3公里", 2031, 2030, 2031),
    ("剩余3个，确保12月底前完工", "3个", 2030, 2030, 2030),
    # the year whose task a remainder is left of names the list, not when the remainder is done
    ("任务：2029年既有住宅加装电梯剩余4部，6月底前全部完工", "4部", 2030, 2030, 2030),
    ("截至2029年底剩余4部", "4部", 2030, 2030, 2029),       # a year-end's count left stands in that year
    # a debt dated by when it was run up: what is owed or repaid is of now
    ("前年村里欠的外债还有11万元冇还清", "11万元", 2030, 2030, 2030),
    ("2028年欠下的11万元外债，还清了8万元", "8万元", 2030, 2030, 2030),
    ("年内新建驿站40个，其中5个未竣工，顺延至2031年", "5个", 2030, None, 2030),   # any word of not done
    ("某街道2个驿站因场地调整，延至明年二季度开放", "2个", 2030, None, 2031),     # 延至 puts off too
    ("目标300张，建成180张，完成60%，某园二期延至2031年6月交付", "60%", 2030, None, 2030),   # a rate: the year's
    ("目标300张，建成180张，完成百分之六十，某园二期延至2031年6月交付", "百分之六十", 2030, None, 2030),   # in words too
    ("目标300张，建成180张，完成六成，某园二期延至2031年6月交付", "六成", 2030, None, 2030),
    ("剩余20%的工程量延至2031年完成", "20%", 2030, None, 2031),
    ("农村公路剩余8.5公里位于某乡，因边坡垮塌需先行治理，调整至2031年6月底前完成", "8.5公里", 2030, None, 2031),
    ("放弃资格的4名教师岗位，已纳入2031年春季教师招聘计划", "4名", 2030, None, 2031),   # put into a later plan
    ("未完成的3项任务已挂账销号，确保2031年6月底前全部完成", "3项", 2030, None, 2031),
    # a bracket describing the remainder holds no other figure put off
    ("剩余1个老旧小区（某小区，涉及住户248户）因管网迁改滞后，须于2031年5月底前完工", "1个", 2030, None, 2031),
    ("剩余1个老旧小区，涉及住户248户，须于2031年5月底前完工", "1个", 2030, None, 2030),
    # a date a figure still to be done is expected or planned by dates it, as a put-off date does…
    ("目前已有3个通过验收，1个计划于2031年5月前完成", "1个", 2030, None, 2031),
    # …not in a sentence reporting the state up to a date before it: the plan after it is another thing's
    ("截至12月28日已演出14场，观众约2300人次，计划于2031年春节前演遍全镇", "2300人次", 2030, None, 2030),
    ("存在问题：2座桥梁受汛期影响，预计2031年4月底通车", "2座", 2030, None, 2031),
    # …but not a figure its clause reports done, nor one done before another to do
    ("已建成驿站20个，预计2031年全部投用", "20个", 2030, None, 2030),
    ("目前已有3个通过验收，1个计划于2031年5月前完成", "3个", 2030, None, 2030),
    ("20项中18项按期完成，2项顺延（顺延项目为某路桥梁，预计2031年6月底前完工）", "2项", 2030, None, 2030),
    ("在建的6部电梯已完成主体安装，预计2031年春节前投用", "6部", 2030, None, 2030),
    ("9件中8件已完成，剩下1件——某路公园，主体已完工，预计明年5月开放", "1件", 2030, None, 2030),
    # a time the work began from, in a clause a topic time opens, dates no figure of the topic…
    ("今年的实事从去年8月起公开征集，共收到建议2100条", "2100条", 2030, None, 2030),
    # …but with no topic before it, it does
    ("从去年8月起公开征集，共收到建议2100条", "2100条", 2030, None, 2029),
    # a time after the figure that dates what is wished or proposed does not date the figure
    ("41.3%的受访者希望明年增加公交线路", "41.3%", 2030, None, 2030),
    ("28名代表建议2031年前建成体育公园", "28名", 2030, None, 2030),
    ("新增泊位500个明年交付", "500个", 2030, None, 2031),
    # a time among the attributes of the things counted, joined by 、, says which things, not when
    ("对2000年以前建成、经鉴定存在抗震隐患的农牧民自建房进行加固，每户补助4万元", "4万元", 2026, None, 2026),
    # a label's year in brackets before its colon dates what the label lists; a bracket describing something else does not
    ("已享受政策（2029年）：草原奖补8640元，高龄津贴1200元", "1200元", 2030, None, 2029),
    ("王先生家（某小区，1996年建成）改造面积85平方米", "85平方米", 2030, None, 2030),
    # a batch's year in brackets dates the batch's figures
    ("第一批（2028年）已拆除围网4200亩", "4200亩", 2030, None, 2028),
    ("二期（2029年）建成停车场3个", "3个", 2030, None, 2029),
    ("二期在一期（2028年已入住36户）东侧，建房48套", "48套", 2030, None, 2030),   # an aside on the batch: no batch year
    # a bracket after the figure that holds a figure of its own dates that one, not the figure before it
    ("新建改造农村公路118.5公里（剩余1.5公里因雨季顺延至2031年4月底完成）", "118.5公里", 2030, None, 2030),
    ("新建改造农村公路118.5公里（剩余1.5公里因雨季顺延至2031年4月底完成）", "1.5公里", 2030, None, 2031),
    # 3. no time in the sentence: the section's year, else the document's
    ("新增老年助餐点32个", "32个", 2025, 2024, 2024),
    ("新增老年助餐点32个", "32个", 2023, None, 2023),
])
def test_year_of_a_figure(sentence, figure, doc_year, context_year, expected):
    assert year_of(sentence, figure, doc_year, context_year) == expected


def test_a_year_opening_a_clause_after_last_year_s_works_tells_what_a_year_brings_now():
    # `一年` before its verb, as `每年`: the saving the works bring, told in the present
    years = years_by_text("去年全乡7座老柴窑改气窑后，一年少烧松柴约600吨，冒黑烟的事基本没了。\n", 2031)
    assert (years["7座"], years["600吨"]) == (2030, 2031)


@pytest.mark.parametrize("heading,expected", [
    ("2024年钟楼区十项民生实事圆满完成", 2024),
    ("2022年全市民生建设重点项目（工作）清单", 2022),
    ("2023年度常州市民生实事项目任务分解表", 2023),
    ("“常有善育”工程", None),
    ("实施《行动方案（2023—2025年）》", None),
    ("二、“十四五”规划主要指标进展", None),     # a plan period dates figures, not a section
    ("二、意见反馈情况（2031年12月10日更新）", None),   # a page's update stamp dates no section
    ("结算日期：2032年1月12日", None),                 # a labelled date line dates the writing
    ("某镇开箱登记\n（附2032年镇级民生实事候选项目）", None),    # an appendix named in brackets
    ("开工日期：2031年3月1日", 2031),                    # …but not a start, which dates the work
    ("几个小项目的数据列在下面（据县发改局2031年1月统计）：", None),   # the date a source counted on
    ("专项附加扣除标准自2029年起提高，2030年度继续执行。", 2030),      # the year a rule starts from is no section's
    ("2030年统计公报", 2030),                           # …not the year a bulletin's figures are of
    ("附：席卡背面汇总（镇党政办2032年1月8日统计）", None),   # the day a table was counted or made on…
    ("附：汇总表（2032年1月8日制表）", None),
    ("二、验收清单（镇党政办2032年1月6日整理）", None),       # …or put together on
    ("某镇2031年1月统计", 2031),                          # …a month without 据 is no such day
    ("工程编号：NA-LJSA-2029-06", None),                 # a project's code, its letters joined by a dash
    ("课题组：某大学研究中心　最后修改：2031-03-02", None),   # nor a source file's edit stamp
    ("数据看板（更新于2031年1月5日）", None),
    ("三、完成情况（截至2032年6月30日）", 2032),
    ("2030—2031年采暖期及冬季民生工程施工气象条件预测", 2030),   # a season across the turn of the year: its start
    ("2030—2032年老旧小区改造计划", 2032),              # a span of years: its last
])
def test_year_of_heading(heading, expected):
    assert year_of_heading(heading) == expected


def test_the_year_of_the_occasion_a_title_names_dates_no_text_under_it():
    # a lantern register of the festival of 2032 that accounts for the list of 2031
    title = "某镇2032年元宵灯会登记簿（2031年民生实事交账专用）"
    assert year_of_heading(title, of_a_title=True) == 2031
    assert year_of_heading("某市2032年新年贺词", of_a_title=True) == 2032      # the occasion's year alone stays
    assert year_of_heading("二、2032年元宵灯会安排") == 2032     # a heading in the body keeps its year


def test_a_table_under_a_title_of_an_occasion_holds_for_the_year_the_title_accounts_for():
    from pipeline.document import Document
    from pipeline.run import analyse
    text = ("某镇2032年元宵灯会登记簿\n（2031年民生实事交账专用）\n\n登记日期：2032年2月10日\n\n"
            "项目｜计划｜完成\n新建托育点（个）｜4｜5\n健身步道（公里）｜3.5｜3.5\n")
    records, _ = analyse(Document("t", text))
    assert {(r.text, r.year) for r in records} == {("4", 2031), ("5", 2031), ("3.5", 2031)}


def test_an_edit_stamp_hands_no_year_to_the_lines_after_it():
    from extractors.times import paragraph_time
    assert paragraph_time("% 课题组：某研究中心　最后修改：2031-03-02") is None
    assert paragraph_time("2031年，全区新增学位300个").year == 2031       # a year that opens the line does


@pytest.mark.parametrize("title,text,published,expected", [
    ("2025年钟楼区十项民生实事项目出炉", "", 2025, (2025, "metadata")),
    # a plan voted in December for the coming year: 今年 is the year of publication
    ("票决产生！2026年某区十件民生实事项目出炉", "", 2025, (2025, "metadata")),
    ("2026年某区十件民生实事项目出炉", "来源：某区发布　　2025年12月27日\n", None, (2025, "date line")),
    (None, "正文\n发布日期：2023-12-20\n", None, (2023, "date line")),
    (None, "正文\n2021年5月6日\n", 2020, (2021, "date line")),
    ("票决出炉！2023年包河区十件民生实事来了", "包河发布\n2022-12-29 18:30 安徽\n\n正文", 2022, (2022, "date line")),
    ("2023年度民生实事清单", "正文写于2022年12月", None, (2023, "title")),
    ("常州民政：用行动提升民生温度", "今年，我市新增32个老年助餐点。", 2023, (2023, "metadata")),
    (None, "2023年，常州…截至2023年底…2022年度表彰…2023年新增", None, (2023, "most frequent year in the text")),
    (None, "《规划2023—2035》2023年新增", None, (2023, "most frequent year in the text")),
    (None, "今年新增托位", None, (None, "unknown")),
])
def test_document_year(title, text, published, expected):
    assert document_year(title, text, published, date_line_date(text)) == expected


def test_find_times_kinds():
    times = find_times("2021年9月，今年以来，去年同期，2023—2025年，近年来，12月25日下午，2023年12月31日")
    assert [(t.text, t.year, t.relative) for t in times] == [
        ("2021年9月", 2021, None), ("今年", None, "今年"), ("去年", None, "去年"), ("2023—2025年", 2025, None),
        ("12月25日", None, None), ("2023年12月31日", 2023, None)]


def test_a_date_without_a_year_is_in_the_year_of_writing():
    (date,) = find_times("12月25日下午，与会的286名代表")
    assert date.resolve(doc_year=2025, context_year=2026) == 2025


@pytest.mark.parametrize("text,figure,expected", [
    ("2023年全市计划改造2000年底前建成的老旧小区249个", "249个", 2023),
    ("改造2005年以前建成的小区30个", "30个", None),
    # the first year of a range of such years (made up)
    ("改造1990年至2000年建成的老旧小区燃气管道38.6公里", "38.6公里", None),
    ("2024年新建2023年开工的学校5所", "5所", 2024),
    # a verb of founding: when the thing was built, not the year of its facts now
    ("该小区建于1990年，共有楼房14栋、住户520户", "520户", None),
    ("图书馆始建于1958年，现有藏书30万册", "30万册", None),
    # a bracket after the figure saying what all its things share (made up)
    ("改造老旧小区5个（均为2000年以前建成），涉及居民1320户", "5个", None),
    ("新建幼儿园2所（2027年建成），新增学位540个", "2所", 2027),
    # when a place opened for business, in a clause of its own: its history, not its prices now
    ("前年村里的爱心食堂开起来，每天来吃饭的有六十来个", "六十来个", None),
    ("街角的“邻里餐厅”2031年开张，一份套餐只要15元", "15元", None),
    ("2031年开张的邻里餐厅3家", "3家", 2031),
    # founded or opened in a clause of its own, or the present told after a year's works (made up)
    ("基地2019年挂牌成立，设在职业学校，现有实训工位48个", "48个", None),
    ("这家托育点去年9月开园，设托位60个", "60个", None),
    ("本食堂2030年9月开餐，现登记就餐老人412人", "412人", None),     # a canteen's first meals
    ("村卫生室2029年开诊，现有村医2名", "2名", None),
    ("书场2022年翻建后现有座位180个", "180个", None),
    ("2019年成立志愿服务队12支", "12支", 2019),
    ("2022年翻建书场1处", "1处", 2022),
    # a task carried over from a year's list
    ("2028年结转的农宅抗震改造剩余36户", "36户", None),
    ("2026年5月底前完成结转的3部电梯", "3部", 2026),      # the time of its own work
    # the goal a gap is measured against: the gap is the level's, not the goal's year
    ("每千人口托位仅2.6个，距“十五五”规划目标尚差1.9个", "1.9个", None),
    ("每千人口托位仅2.6个，距2035年目标还差1.9个", "1.9个", None),
])
def test_a_time_inside_the_noun_phrase_it_dates_does_not_govern(text, figure, expected):
    start = text.index(figure)
    found = governing_time(text, find_times(text), start, start + len(figure))
    assert (found.year if found else None) == expected


@pytest.mark.parametrize("text,expected", [
    # made up: a building's year of building, years before the writing, in a clause of its own: what it has is told
    # as of the writing (2031)
    ("楼栋概况：3号楼为砖混结构，1988年建成，地上5层，共40户，建筑面积2400平方米。", {"40户": 2031, "2400平方米": 2031}),
    ("　　敬老院于2026年竣工，设床位60张，现住老人41人。", {"60张": 2031, "41人": 2031}),
    # …but a year near the writing is that year's work, told as done then
    ("　　敬老院2030年建成，总投资1200万元，设床位60张。", {"1200万元": 2030, "60张": 2030}),
    # …and the building's year dates a figure inside its own clause
    ("全县1988年建成住宅楼40栋，现有危房3栋。", {"40栋": 1988}),
])
def test_a_building_s_year_long_before_the_writing_is_its_history(text, expected):
    found = {r.text: r.year for r in extract("某县住房情况通报\n\n" + text, doc_year=2031)}
    assert {figure: found[figure] for figure in expected} == expected


@pytest.mark.parametrize("text,expected", [
    ("2024年，全区新增托位680个。", "2024年"),
    ("今年以来，全区收到意见3800余条。", "今年"),
    ("截至2023年底，全市共有托育机构378家。", "2023年"),
    ("12月25日下午，人代会票决产生了十件实事。", "12月25日"),
    ("“去年，我们新建了6个食堂。", "去年"),
    ("全区新增托位680个，今年将再建10个。", None),
    ("2024年钟楼区十项民生实事圆满完成", "2024年"),     # a year before a named place and its list's count
    ("2024年城区新建口袋公园3个", None),               # …not before a part of town doing one thing
    # an answer of a press Q&A, and a time that is the sentence's subject
    ("答：2030年的8件实事已全部办结，完成投资9亿元。", "2030年"),
    ("“十四五”以来，全市累计新增就业12万人。", "十四五”以来"),
    ("2030年的目标已完成。", None),             # no clause follows the subject: no opening
    ("2030年全市新增企业3000户。", "2030年"),   # the year of the place a statistic speaks for
    ("2030年新增企业3000户。", None),
])
def test_the_time_a_sentence_opens_with(text, expected):
    found = head_time(text, find_times(text))
    assert (found.text if found else None) == expected


@pytest.mark.parametrize("title,expected", [
    ("去年的实事办得怎么样？", 2045), ("今年的民生实事清单来了", 2046), ("明年要办的十件事", 2047),
    ("三年来，全县办了哪些实事", None),                     # a span: no one year
    ("读书堂一年来情况和明年打算", None),                   # two times: about both
    ("网传“明年起取消高龄津贴”？不实！", None),             # the rumour's word, not the title's
    ("某县2044年民生实事，去年办得怎么样", 2044),           # a year written out comes first
])
def test_a_title_names_its_year_by_a_word_counted_from_the_writing(title, expected):
    assert title_year(title, 2046) == expected


@pytest.mark.parametrize("line,expected", [
    ("来源：江宁发布　　2024年12月27日", True), ("发布日期：2023-12-20  浏览次数：", True), ("2021年5月6日", True),
    ("2024年钟楼区十项民生实事圆满完成", False), ("截至2024年12月31日全区完成情况", False),
    # a byline in brackets under a title: who wrote it and when, or where it was spoken
    ("（某市人民政府办公室编　2031年1月）", True), ("（2031年1月15日在某市人民代表大会上）", True),
    ("（2031年1月—6月）", False), ("（一）2031年1月开工项目", False),
    # a signature line: the issuer, wide spacing, the day it was signed
    ("某市民生实事工作领导小组办公室　　　　　2031年1月12日", True), ("某区人民政府    2030年12月28日", True),
    ("某市2030年民生实事完成情况统计表", False), ("全市累计完成  2031年1月12日前", False),
    ("某市人民政府  2030年12月5日", True), ("某市人民政府　　2030年12月", False),   # no day: a period
    # a reference line: the document number (文号), then the issuer and the day of issue
    ("某府办〔2031〕7号附件　　某县人民政府办公室　2031年2月3日", True), ("某发[2030]15号　2030年11月2日", True),
    ("某府办〔2031〕7号文件要求2030年12月底前完成", False),
    # a newspaper's page head: the day with its weekday and the page (made up)
    ("小橡树　　　某镇中心小学校报　　　2046年1月9日　星期五　　第3版　小记者在行动", True),
    ("2046年1月9日（周五）第12期", True), ("2046年1月9日　星期五　上午9:00　全体会议", False),
    # …and the page before the date (an e-paper's page head)
    ("某日报·某县新闻　第A3版：县域　　2046年1月15日　星期五　　上一版　下一版", True),
])
def test_date_lines(line, expected):
    assert is_date_line(line) is expected


@pytest.mark.parametrize("text,written,expected", [
    ("过去一年，全市新增托位1850个", 2024, 2023), ("刚刚过去的一年里，新建食堂36个", 2024, 2023),
    ("新的一年，我们将新增学位5000个", 2024, 2024),
])
def test_a_work_report_s_years(text, written, expected):
    (time,) = find_times(text)
    assert time.resolve(doc_year=written, context_year=None) == expected


@pytest.mark.parametrize("heading,written,expected", [
    ("一、过去一年工作回顾", 2024, 2023),
    ("三、新的一年工作安排", 2024, 2024),
    ("明年重点任务", 2025, 2026),
    ("【下年度打算】", 2024, 2025),
    ("二、全年工作情况", 2024, None),       # 全年 is the year under discussion, not a date
    ("2024年工作安排", 2024, None),         # a year of its own: year_of_heading
    ("五、去年以来防御能力建设", 2024, None),  # a period up to now: told as of the writing
    ("去年试点情况", 2024, 2023),
])
def test_relative_year_of_heading(heading, written, expected):
    time = relative_year_of_heading(heading)
    assert (time.resolve(written, None) if time else None) == expected


@pytest.mark.parametrize("title,expected", [
    ("关于印发《某县养老服务三年行动方案（2027—2029年）》的通知", 2029),   # the plan a notice issues
    ("某市２０２７－２０３０年托育服务规划", 2030),
    ("某区2027年民生实事项目清单", None),
])
def test_the_period_a_title_names(title, expected):
    assert period_end(title) == expected


def test_a_span_of_years_holds_for_the_period_s_last_year():
    sentence = "三年新建学校12所，每年新增学位不少于4000个"
    spans = [t for t in find_times(sentence) if t.span]
    assert [t.text for t in spans] == ["三年", "每年"]
    assert {t.resolve(2027, 2027, 2029) for t in spans} == {2029}
    assert {t.resolve(2027, 2027) for t in spans} == {2027}            # no period: the year under discussion


def test_a_span_that_names_a_plan_dates_nothing():
    # `三年行动方案` names the plan the year's work follows: the year stated first dates the figures
    text = "2031年，我们将按照五年行动规划，继续新增托位300个、改造小区12个。"
    assert [t.text for t in find_times(text)] == ["2031年"]
    assert year_of(text, "300个", 2030) == 2031
    assert year_of("对照三年攻坚方案，今年建成驿站9个", "9个", 2030) == 2030
    # an amount planned over the years is the span's
    assert year_of("三年计划总投资12亿元", "12亿元", 2030, 2032) == 2032


@pytest.mark.parametrize("text", ["三年级学生120名", "第三年新增20个", "近三年来", "三年前建成的5个"])
def test_ordinals_and_parts_of_years_are_no_span(text):
    assert not any(t.span for t in find_times(text))


SENTENCES = [
    "2023年全市新增幼儿园学位6000个，2024—2026年每年新增不少于40个",
    "去年10月以来，过去五年累计完成适老化改造4860户，三年新建学校24所",
    "“十四五”以来，到2025年底建成助餐点260个，此后每年新增40个",
    "截至目前，本年度完成投资3.2亿元，上半年完成率达56%，12月31日前全部完工",
    "２０２３年，五年间累计投入约58亿元，2024-03-05发布，近年来、历年、一年来",
]


def test_the_time_pattern_finds_with_re_what_regex_finds():
    """`re` runs the alternation; `regex`, the engine the rest of the tables use, is the
    reference its matches are checked against."""
    import regex

    from extractors.script import narrow
    from extractors.times import _tables

    pattern = _tables().pattern
    reference = regex.compile(pattern.pattern)
    for sentence in SENTENCES:
        text = narrow(sentence)
        assert [(m.span(), m.lastgroup) for m in pattern.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in reference.finditer(text)], sentence
        assert find_times(sentence)


def test_the_usable_times_of_a_sentence_are_read_once_and_date_its_figures_as_before():
    from extractors.times import usable_times

    sentence = "按《2020年规划》，比2021年增加托位80个，2023年新建食堂12个、改造小区30个。"
    times = find_times(sentence)
    usable = usable_times(sentence, times)
    assert [t.text for t in usable] == ["2023年"]          # not the book title's, not the comparison's base
    for figure in ("80个", "12个", "30个"):
        start = sentence.index(figure)
        shared = governing_time(sentence, times, start, start + len(figure), usable)
        assert shared == governing_time(sentence, times, start, start + len(figure))


@pytest.mark.parametrize("title,text,expected", [
    ("某区年鉴（2031）·社会生活", "", 2030), ("", "·88·　　《某市年鉴2031》\n\n教育", 2030),
    ("某县年鉴·2031卷", "", 2030), ("", "2031卷\n某县年鉴\n", 2030), ("某市2031年鉴", "", 2030),
    ("某市2031年民生实事", "发放问卷2031份", None),
    # a county's handbook in its edition of a year: a yearbook by another name
    ("某县县情要览（2031年版）·社会民生篇", "", 2030), ("某市概览（2031版）", "", 2030),
    ("某县2031年版城市总体规划", "", None),
    # a note far down the text citing a yearbook dates nothing
    ("某市2031年指标表", "指标\t2030年\n" + "托位\t300\n" * 40 + "注：以《某市统计年鉴2031》为准。", None),
])
def test_a_yearbook_volume_records_the_year_before(title, text, expected):
    assert yearbook_year(title, text) == expected


def test_a_yearbook_chapter_is_written_on_the_year_before_its_volume():
    year, source = document_year("某区年鉴（2031）·民生实事", "【养老服务】　年内新建食堂8个。", 2031, None)
    assert (year, source) == (2030, "yearbook volume")


# --- retrospectives written early in the next year (issue 9)

@pytest.mark.parametrize("title,expected", [
    ("数说2031｜一组数据看某市民生", 2031),            # a year written without 年
    ("某县2031年民生实事完成情况", 2031),
    ("致全县人民的一封信（2032年新春）", None),        # the occasion dates the writing
    ("对口词《实事唱一唱》（某社区2032年迎新春联欢会）", None),
    ("表演唱《幸福来敲门》（某街道2032年元宵晚会）", None),
    ("某县民生实事项目管理办法（某政办〔2031〕7号）", None),   # a document number
    ("热线0519-2031888", None),
    # a count or a code is no year (review: a bare four-digit figure was read as one)
    ("某区今年新增学位2030个", None),
    ("为2028户家庭完成适老化改造", None),
    ("G2031次列车开通", None),
    ("2031·某区民生实事", 2031),
    # a year alone in brackets; not a document number's, nor a school class's
    ("某县民生发展白皮书（2031）", 2031),
    ("某县人民政府文件某政发（2031）7号", None),
    ("城南小学（2031）级新生名册", None),
    # a season across the turn of the year is dated by the year it starts in; a plan's range is not
    ("阿勒泰市2024—2025年采暖期供暖温馨提示", 2024),
    ("某校2024—2025学年第一学期收费公示", 2024),
    ("某市2030—2031年冬季城区除雪保畅值班表", 2030),
    ("某市2024—2025雪季中小学冰雪运动统计", 2024),      # two years without `年` before the season
    ("某校2024-2025学年奖学金名单", 2024),
    ("某糖业公司关于2028/2029年榨季开榨的公告", 2028),        # the two years joined by a slash
    ("某市2024—2026年养老服务行动方案", 2026),
    # a work in 《》 the document reviews or issues is its subject; a work it cites is not
    ("某县人民政府常务会议议题呈报单（关于审议《某县2032年民生实事项目安排》的议题）", 2032),
    ("某区关于印发《2032年为民办实事项目实施方案》的通知", 2032),
    ("某县人民政府关于《某县2032年民生实事项目（草案）》的决策预公开公告", 2032),   # the draft it discloses
    ("关于贯彻落实《某市2030年民生实事》的通知", None),
    ("根据《某县2030年政府工作报告》开展督查", None),
    # …and so is a work the title opens with: the document is its text (an album's) or about it
    ("《温暖的答卷——某旗2031年民生实事纪实》画册文字稿（终审稿）", 2031),
    ("《某县2032年民生实事项目计划》政策解读", 2032),
    # …and a note completing or looking back on the work
    ("课后反思——补记《某镇2031年民生实事“十件事”讲给乡亲们听》教案第七栏", 2031),
    ("复盘《某县2031年为民办实事项目》", 2031),
    # an issue's date dates the issue; the year the title names besides is what it is about
    ("某某手机报 2032年1月12日第6期 年终特刊：2031民生答卷", 2031),
    ("某报2032年1月5日 2031年民生实事回顾", 2031),
    ("某市2032年1月12日新闻", 2032),                     # …and with none besides, the date's year
    # …and so does a year numbering the issue, where the title names another
    ("某公司厂务公开栏2032年第1期：2031年为职工群众办实事项目兑现情况", 2031),
    ("某港船讯 2032年第1期", 2032),
    # (not a year of the page's first heading joined after the title: a section of the issue)
    ("某港船讯 2032年第1期 【镇里的事】2031年民生实事“交账”", 2032),
    ("关于2032年3月1日起调整低保标准的通知", 2032),
    # the round of an award a case is put forward for dates the round, not what the case reports
    ("2032年度某市基层治理创新优秀案例推荐材料", None),
    ("2032年度民生实事项目", 2032),
    # an appendix named in brackets is what is attached, not what the document is about
    ("某镇“民生意见箱”第四季度开箱登记（附2032年镇级民生实事候选项目）", None),
    ("某县2031年民生实事完成情况（附2032年候选项目）", 2031),
])
def test_title_year(title, expected):
    from extractors.times import title_year

    assert title_year(title) == expected


@pytest.mark.parametrize("title,written,expected", [
    # a season's title read against the year of writing: its last year in a release after the season,
    # its first in a notice before it or with no year of writing known
    ("某市2024—2025雪季中小学冰雪运动开展情况统计", 2025, 2025),
    ("某市2024—2025雪季中小学冰雪运动开展情况统计", 2024, 2024),
    ("某县2022—2023年产季咖啡鲜果最低保护价收购公告", 2022, 2022),   # a crop's season, before it starts
    ("阿勒泰市2024—2025年采暖期供暖工作总结", 2025, 2025),
    ("阿勒泰市2024—2025年采暖期供暖温馨提示", 2026, 2024),
    ("某县2027—2028年度冬修水利工作进度表（第3期）", 2027, 2027),   # a winter's water works, in December
    ("某县2027—2028年度冬修水利工作总结", 2028, 2028),
    ("某湖2028—2029年越冬季水鸟同步调查结果通报", 2029, 2029),
    # the winter's ice and a harvest's fire season across the turn of the year, in notices before them
    ("石城乡关于2024—2025年冰冻期海岛补给船运行安排的通知", 2024, 2024),
    ("关于做好2025—2026年度苇田收割期防火和安全生产的联合通告", 2025, 2025),
    ("某市2024—2026年养老服务行动方案", 2025, 2026),         # a plan's range is no season
    # a few words between the years and the season
    ("关于印发《某县2027—2028年度受灾人员冬春生活救助工作方案》的通知", 2027, 2027),
    ("某县2027—2028年度受灾人员冬春生活救助工作总结", 2028, 2028),
    ("某县2021—2025年农村人居环境冬季整治行动方案", 2023, 2025),   # five years: no season
    # twelve months across the turn of the year (an association's year from one festival to the next)
    ("某村老人会2030年8月—2031年7月收支及活动情况汇报", 2031, 2031),
    ("某村老人会2030年8月—2031年7月收支及活动情况汇报", 2032, 2030),
    ("某镇2030年8月至12月工作小结", 2030, 2030),          # months of one year
])
def test_a_title_s_season_is_of_the_year_of_writing_where_that_is_one_of_its_two(title, written, expected):
    from extractors.times import title_year

    assert title_year(title, written) == expected


def test_a_heading_s_season_is_of_the_year_of_writing_where_that_is_one_of_its_two():
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse
    text = "首页 > 教育统计\n\n某市2024—2025雪季冰雪进校园开展情况统计\n\n全市浇筑校园冰场46块，上冰学生14.4万人次。\n"
    for written, year in ((2025, 2025), (2024, 2024)):
        records, _ = analyse(Document("t", text, meta=DocMeta()), doc_year=written)
        assert {r.year for r in records if r.text in ("46块", "14.4万人次")} == {year}


@pytest.mark.parametrize("word,month,expected", [
    ("上学期", 2, 2030), ("上学期", 6, 2030), ("上学期", 9, 2031), ("上学期", 12, 2031),
    ("上学期", 1, 2030),    # January: the autumn term of 2030 runs, the one before is spring 2030
    ("本学期", 1, 2030), ("本学期", 3, 2031), ("下学期", 3, 2031), ("下学期", 10, 2032),
    ("上学期", None, 2031),  # no month known: the year of writing
])
def test_a_school_term_counts_from_the_term_running_at_the_month_of_writing(word, month, expected):
    (time,) = find_times(f"{word}全校共有学生1200名")
    assert time.resolve(2031, 2031, month=month) == expected


@pytest.mark.parametrize("text,month,expected", [
    ("五年来，全区累计建成食堂52个", 1, 2030),       # a look back of January: up to the year closed
    ("五年来，全区累计建成食堂52个", 6, 2031),
    ("五年来，全区累计建成食堂52个", None, 2031),
    ("五年间，全区累计建成食堂52个", 1, 2031),       # a span not said to run up to now
])
def test_a_span_up_to_the_writing_of_january_ends_with_the_year_closed(text, month, expected):
    (time,) = find_times(text)
    assert time.resolve(2031, 2031, month=month) == expected


@pytest.mark.parametrize("text,published,source,expected", [
    ("某小学告家长书\n2031年2月6日\n", None, "date line", 2),
    ("2031-01-08 07:32 某区发布\n正文", None, "date line", 1),
    ("正文", "2031-09", "metadata", 9),
    ("正文", "2031", "metadata", None),
    ("正文", "2031-09-01", "title", None),
])
def test_the_month_of_writing_comes_from_where_the_year_came(text, published, source, expected):
    from extractors.times import month_of_writing

    assert month_of_writing(date_line_date(text), published, source) == expected


@pytest.mark.parametrize("text,written,expected", [
    ("一、活动概况\n首届冰雪节定于2032年1月10日至2月20日在江边举办，设暖房8个。", 2031, 2032),
    ("全市运动会定于2032年8月在新体育中心举行。", 2031, 2032),
    ("文化节定于2031年10月举办。", 2031, None),                 # in the year of writing: nothing to change
    ("第三届灯会定于2033年春节期间举办。", 2031, None),         # two years ahead: no plan of this text
    ("首届冰雪节于2032年1月10日举办。", 2031, None),             # held, not scheduled
    ("上年工作回顾" + "。" * 600 + "下届定于2032年5月举办。", 2031, None),   # past the head
])
def test_a_plan_for_an_event_of_the_coming_year_is_about_that_year(text, written, expected):
    from extractors.times import event_year

    assert event_year(text, written) == expected


def test_the_end_of_a_range_of_days_takes_the_year_of_its_start():
    assert [t.year for t in find_times("定于2032年1月10日至2月20日举办")] == [2032, 2032]
    assert [t.year for t in find_times("2032年3月1日—5月30日")] == [2032, 2032]
    assert [t.year for t in find_times("2032年，3月1日开工")] == [2032, None]      # no range: no year


@pytest.mark.parametrize("text,written,expected", [
    ("一、限额提高到18万元。\n六、本通知自2032年1月1日起执行。", 2031, 2032),
    ("本办法（试行）从2032年3月1日起正式施行。", 2031, 2032),
    ("本规定自2031年5月1日起实施。", 2031, 2031),
    ("按《某条例》（自2030年1月1日起施行）执行。", 2031, None),   # a law it cites, not itself
    ("本通知自印发之日起施行。", 2031, None),                      # no year
    ("本方案自2029年1月1日起实施，此次修订…", 2031, None),          # before the writing: history
    ("本通知自2032年1月1日起执行。", None, 2032),
    # an agreement's term, signed in the December before it (made up)
    ("第二条　托管期限\n自2032年1月1日起至2032年12月31日止。", 2031, 2032),
    ("合同期限：从2032年3月1日至2034年2月28日。", 2031, 2032),
    ("服务期限为自2036年1月1日起至2036年12月31日止。", 2031, None),   # beyond the reach: not this document's term
    # a project's period on its application (made up)
    ("项目周期：2032年1月—2032年12月　　编制日期：2031年12月8日", 2031, 2032),
    ("实施期限：自2032年3月至2033年6月", 2031, 2032),
    ("项目周期：2030年1月—2030年12月", 2031, None),                     # before the writing: a report on it
    ("项目周期长，2032年还要再投入。", 2031, None),                        # no period stated
])
def test_a_notice_in_force_from_a_date_it_states_is_about_that_year(text, written, expected):
    from extractors.times import in_force_year

    assert in_force_year(text, written) == expected


@pytest.mark.parametrize("lead,written,expected", [
    ("本报讯　1月9日，记者从某县获悉，2031年该县确定的十件实事已全部办结。", 2032, 2031),
    ("编者按：某区文艺队把2031年全区民生实事编成快板，元旦以来演出二十场。", 2032, 2031),
    ("各位乡亲：\n新春将至，向大家拜年！\n过去的一年，我们干成了不少实事。2031年，全县…", 2032, 2031),
    ("（某社区2032年迎新春联欢会节目）\n甲：说一说，2031年实事件件实，", 2032, 2031),   # not the occasion
    ("去年全县新增托位3000个，今年计划再增加2000个。", 2032, None),   # a relative word: a comparison as often
    ("自2019年起，某区每年实施十件民生实事。2031年新增学位900个。", 2032, None),   # a period's start
    ("去年以来，全区把健康服务圈列入实事。", 2032, None),
    ("2016年，全市还没有一家普惠托育机构。", 2032, None),      # history, far from the year of writing
    ("12月25日，代表们票决产生了2033年十件民生实事。", 2032, 2033),
    ("到2035年，全县托位达到每千人4.5个。", 2032, None),                 # a deadline
    # a figure's own date in brackets dates that figure, not the page: the next year counts
    ("| 户籍人口 = 58.2万人（2031年末）\n| 面积 = 640平方公里\n2032年，全县新建书屋9个。", 2032, 2032),
    ("全镇覆盖1.6万户（截至2031年底）。", 2032, None),
    # a lead that dates a day of the year of writing speaks from it: the year before is history
    ("某镇敬老院是2031年实事项目，2031年建成，设床位120张，于2032年1月10日开院。", 2032, None),
    ("某站是2031年实事项目，2032-01-10启用。", 2032, None),
    # …but not a bare year of the plan after the results
    ("1月9日获悉，2031年十件实事已全部办结，2032年将再办十件。", 2032, 2031),
    # a lead that files its matter under the year of writing's list: the year it opened with is history
    ("2031年，小区纳入老旧小区整治，完成投资900万元。为巩固成果，本项目列为区政府2032年“常有安居”民生实事的试点之一。",
     2032, None),
    ("2031年，小区纳入整治。本项目是2032年市级为民办实事项目。", 2032, None),
    # …not a list the year of writing merely names, nor one of the year before
    ("2031年，小区纳入整治。2032年还将启动二期。", 2032, 2031),
    ("2031年，本项目列为2031年区级民生实事。", 2032, 2031),
    # the end of the year before that a report counts up to, with work done: the year reported
    ("【本期导读】截至2031年12月31日，12件实事中已办结11个，完成投资2.1亿元。", 2032, 2031),
    ("截至2031年底，全县实事项目全部完成。", 2032, 2031),
    # …not a baseline at a year's end, nor a cut-off before it
    ("截至2031年底，全区共有普惠托位3260个。2032年将新增托位500个。", 2032, None),
    ("截至2031年11月底，全县已完成投资2.1亿元。", 2032, None),
    # a season across the turn of the year: the one of its years the text is written in
    ("秋风渐起，2031—2032年采暖期即将到来。", 2031, 2031),
    ("2031—2032年采暖期已经结束。", 2032, 2032),
    # a screen playlist's term of validity: when the page runs, not what its figures are of
    ("屏体：宽4.8米　　生效：2032-01-05 08:00　　失效：2032-01-31 18:00\n备注：每行依次为序号、字幕内容。", 2032, None),
])
def test_the_lead_names_the_year_a_document_is_about(lead, written, expected):
    from extractors.times import lead_year

    assert lead_year(lead, written) == expected


@pytest.mark.parametrize("lead,month,expected", [
    # the year before is the year reported in a release of the year's first months
    ("1月9日获悉，2031年十件实事已全部办结。", 1, 2031),
    ("2031年全县新建书屋9个。", 3, 2031),
    # …and background later in the year (a notice of June on the coming harvest)
    ("全县野生连翘分布面积约120万亩，2031年全县连翘产量约2800吨。", 6, None),
    ("2032年，全县将新建书屋9个。", 6, 2032),        # the year of writing itself, any month
    ("2031年全县新建书屋9个。", None, 2031),          # month unknown: as before
    # a later report on a project of an earlier year's list: that year, in any month
    ("本项目为某县2031年民生实事“新增公办幼儿园学位”子项之一，新建教学综合楼1栋。", 5, 2031),
    # a resident's post that checks last year's completion report the town put out
    ("元旦前镇政府在公众号上发了《2031年重要民生实事完成情况通报》，我逐条核了一遍。", 1, 2031),
    # a lead naming the results of last year's list, though it dates its own making to a day of the year of writing
    ("文化节于2031年12月20日开幕，镇政府把2031年十件民生实事的完成情况刻成十组冰灯。以下为志愿者2032年1月3日抄录的文字。",
     1, 2031),
    # …not a lead whose earlier year is the history of a matter dated to a day of the year of writing
    ("该馆是某区2031年民生实事项目，2031年建成，于2032年1月6日正式运营。", 1, None),
    # …but for the text's own date in its masthead, a day of the month of writing standing apart: the year after it
    ("（镇新春茶话会节目单第3号　2032年1月16日　镇文化站印）\n说明：去年正月我们把2031年十件民生实事编成唱词，说好年底来报账。",
     1, 2031),
])
def test_a_lead_s_earlier_year_is_the_year_reported_only_early_in_the_year(lead, month, expected):
    from extractors.times import lead_year

    assert lead_year(lead, 2032, month) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("过去的一年，我们干成了不少实事。", True),
    ("新的一年，我们郑重承诺：", True),
    ("去年实事件件实，", True),
    ("去年以来，全区把健康服务圈列入实事。", False),     # a period up to now
    ("2031年度", True),                                  # a line that labels a year
    ("2031年：", True),
    ("2031年，全区新增学位900个。", False),               # a head that dates its paragraph only
])
def test_a_year_of_writing_word_or_a_year_label_opens_a_frame(sentence, expected):
    from extractors.times import opens_frame

    assert opens_frame(sentence, head_time(sentence)) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("乙：去年实事件件实，", "去年"), ("合：今年还有新盼头——", "今年"), ("2031年度", "2031年"),
    ("去年同期相比增长5%", "去年"),
    ("女：去年实事桩桩办，", "去年"), ("众：今年日子更红火！", "今年"),   # a duet's and a chorus's tags
])
def test_a_verse_line_or_a_year_label_opens_with_its_time(sentence, expected):
    assert head_time(sentence).text == expected


@pytest.mark.parametrize("sentence", ["把2031年的实事编成快板，元旦以来巡回演出二十多场",
                                      "把2031年的实事编成三句半，开春以来巡回演出二十多场"])
def test_a_period_begun_at_new_year_is_in_the_year_of_writing(sentence):
    assert year_of(sentence, "二十多场", 2032) == 2032


@pytest.mark.parametrize("line,expected", [
    ("起始时间：2019年", False),            # an infobox key of the thing described
    ("成立时间：2016年3月", False),
    ("通车时间：2018年", False),
    ("入住日期：2019年4月", False),         # a resident's own date on a bed card, not the paper's
    ("出生日期：1967年5月", False),
    ("拍摄时间：2031年3月至12月", False),   # when a documentary was shot, in its credits
    ("八、下期开局时间：2032年1月3日晚7点半", False),   # when a club's next session is held (made up)
    ("报到时间：2032年2月20日上午", False),             # when a class's pupils come, on a notice of term
    ("某街道融媒体工作室　整理　2032年1月15日", True),    # a credit line: who compiled it, the verb, the date
    ("某县文联　编印　2032年1月8日", True),
    ("发布时间：2032-01-05 08:30", True),
    ("本文发布时间：2032-01-05", True),
])
def test_only_a_key_of_the_page_is_a_date_line(line, expected):
    assert is_date_line(line) is expected


def test_a_year_counted_from_each_year_of_a_cycle_dates_no_figure():
    sentence = "每年9月起征集下一年度候选项目，征集渠道不少于4种"
    assert year_of(sentence, "4种", 2033) == 2033
    assert year_of("下一年度新增托位300个", "300个", 2033) == 2034     # no cycle: the year after writing
    # a cycle in a clause before governs no later clause's year (review: it took every one)
    assert year_of("全区每年新增托位300个，明年托位总数将达到2000个", "2000个", 2033) == 2034
    assert year_of("逐年提高补助标准，去年发放补贴1200万元", "1200万元", 2033) == 2032


def test_a_time_in_what_a_speaker_reported_does_not_date_a_later_clause():
    sentence = "会上，县民政局通报了去年项目完成情况，4个乡镇作了表态发言"
    assert year_of(sentence, "4个", 2033) == 2033
    assert year_of("座谈会上，街道介绍了去年实事办理情况，6个社区作了交流发言", "6个", 2033) == 2033
    # a time that is the whole object opens a look back (review: 回顾 alone took the year away)
    assert year_of("回顾去年，全区新增学位3000个", "3000个", 2033) == 2032
    assert year_of("回顾了去年，全区新增学位3000个", "3000个", 2033) == 2032
    assert year_of("会上通报了去年完成改造120户", "120户", 2033) == 2032      # its own clause


def test_a_ledger_s_opening_balance_hands_on_no_year():
    from extractors.times import paragraph_time

    assert paragraph_time("上年结转资金3260元。") is None
    assert paragraph_time("上年，全村收缴孝善金3260元。").relative == "上年"


def test_a_line_with_a_month_dates_the_writing_and_opens_no_frame():
    from extractors.times import opens_frame

    assert opens_frame("2032年1月", head_time("2032年1月")) is False


@pytest.mark.parametrize("text,figure,year", [
    ("受访者中81.2%表示满意，较2020年同类调查（N=860）的75.0%提高6.2个百分点。", "75.0%", 2020),
    ("受访者中81.2%表示满意，较2020年同类调查（N=860）的75.0%提高6.2个百分点。", "6.2个百分点", 2023),
    ("新增就业2.6万人，比上年增加的0.3万人主要来自服务业。", "0.3万人", 2023),
    # `同期` and what the figure is per, with no 的: the base's own figure (made up, a wage settlement)
    ("人均实发5364.7元，比2020年同期人均4980元增加384.7元。", "4980元", 2020),
    ("人均实发5364.7元，比2020年同期人均4980元增加384.7元。", "384.7元", 2023),
    ("收入比2020年同期增长12%。", "12%", 2023),
])
def test_a_comparison_base_dates_its_own_figure_across_a_short_phrase(text, figure, year):
    from pipeline.document import Document
    from pipeline.run import analyse
    records, _ = analyse(Document("t", text), doc_year=2023)
    assert {r.text: r.year for r in records}[figure] == year


def test_a_span_after_a_range_of_years_is_dated_by_its_last_year():
    from extractors.times import range_end_before
    sentence = "2026年到2029年，驿站从20个增加到51个（每年承诺新增8个，实际分别新增9、11个）。"
    times = find_times(sentence)
    assert range_end_before(sentence, times, sentence.index("每年")) == 2029
    assert range_end_before("2026年新增驿站9个，每年8个。", find_times("2026年新增驿站9个，每年8个。"), 10) is None


def test_a_span_after_a_five_year_plan_is_dated_by_the_plan_s_last_year():
    # made up: `五年累计` after the plan the sentence names is the plan's five years, not the year written
    assert year_of("按照县“十五五”规划，全县五年累计要新增普惠托位600个。", "600个", doc_year=2028) == 2030
    assert year_of("“十四五”期间，每年新增学位不少于500个。", "500个", doc_year=2022) == 2025
    # a span with no plan named before it keeps the year under discussion
    assert year_of("全县五年累计新增普惠托位600个。", "600个", doc_year=2028) == 2028


@pytest.mark.parametrize("sentence", [
    "（2）截至2016年底，全县共有低保对象1260人；80周岁以上老年人3094人。",
    "2. 截至2016年底，全县共有低保对象1260人；80周岁以上老年人3094人。",
    "②截至2016年底，全县共有低保对象1260人；80周岁以上老年人3094人。",
])
def test_a_time_opening_a_numbered_note_dates_every_part_of_it(sentence):
    # made up: the note's number stands before the time that heads the sentence, across its `；`
    assert year_of(sentence, "3094人", doc_year=2017) == 2016


def test_a_season_across_the_turn_of_the_year_is_dated_by_the_year_it_is_written_in():
    # made up: a winter season named by its two years (`年度` between them and the season too); a
    # notice written in its first year is about that year, a reply written in its second about that
    assert year_of("2023—2024年度冬季，全县登记在册的候鸟老人达1.86万人。", "1.86万人", doc_year=2023) == 2023
    assert year_of("2023—2024年采暖期，供热公司共接到报修67次。", "67次", doc_year=2024) == 2024
    assert year_of("2024—2025年采暖期新增热用户320户。", "320户", doc_year=2024) == 2024
    assert year_of("2022—2023年，全县新增热用户320户。", "320户", doc_year=2023) == 2023   # a range, no season


def test_a_dateline_under_the_title_states_no_year_for_the_text():
    # made up: an annual report written in January; its dateline dates the writing, the text is of the year before
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse
    text = "某市海上搜救分中心\n\n2028年度海上搜救工作统计分析\n\n（2029年1月12日）\n\n一、总体情况\n\n　　全年共接报海上险情46次，组织搜救行动52次。\n"
    records, _ = analyse(Document("t", text, meta=DocMeta(title="某市2028年度海上搜救工作统计分析", published="2029-01-12")))
    assert {r.text: r.year for r in records} == {"46次": 2028, "52次": 2028}


def test_a_time_in_brackets_closed_before_the_figure_dates_what_they_describe():
    assert year_of("例：李女士家（某小区，1998年建成）改造面积72平方米。", "72平方米", doc_year=2031) == 2031
    assert year_of("2030年（试点期）新增驿站12个。", "12个", doc_year=2031) == 2030


def test_a_paragraph_opened_by_a_range_of_years_goes_on_in_its_last_year():
    from extractors.times import paragraph_time
    assert paragraph_time("2026年到2029年，驿站从20个增加到51个。").year == 2029
    assert paragraph_time("驿站从20个增加到51个。") is None


def test_a_time_in_a_bracketed_aside_hands_on_no_year():
    from extractors.times import paragraph_time
    assert paragraph_time("截止：2031-10-31 （备注：2030年底全区已有床位1200张）") is None
    assert paragraph_time("备注：2030年底全区已有床位1200张").year == 2030      # outside brackets it does


@pytest.mark.parametrize("head,published,expected", [
    ("某市博物馆2030年度报告", "2031-01-20", True),        # an annual report published in January
    ("某市博物馆2030年度报告", "2031-04-20", False),       # …not months later
    ("关于2030年民生实事完成情况的报告", "2031-01-20", False),   # a report read out in January plans too
    ("某市博物馆2030年度报告", None, False),
    # a form kept for a year and filed in January: its 本年 is the year it records
    ("某镇陶瓷作坊学徒登记簿（2030年度）", "2031-01-08", True),
    ("某景区2030年游客接待情况统计", "2031-01-05", True),
    ("某景区2030年游客接待情况统计", "2031-05-05", False),
    ("某村油茶专业合作社2030年度社员分红单", "2031-01-16", True),    # a year's dividends, paid in January
    ("某渔港“渔民之家”意见簿（2030年第2本）", "2031-01-06", True),    # a book of the year's entries, archived
    ("某渔港“渔民之家”意见簿（2030年第2本）", "2031-03-06", False),
    ("乡邮员邮路日志（摘抄）暨2030年度投递小结", "2031-01-06", True),     # a year's log and its summary, signed in January
    ("关于某社区2030年工作总结和2031年工作安排的报告", "2031-01-10", False),   # a summary with next year's plan
])
def test_an_annual_report_published_in_january_reviews_the_year_before(head, published, expected):
    from extractors.times import reviewed_when_published
    assert reviewed_when_published(head, published, 2031, 2030) is expected



def _records_by_text(text: str) -> dict:
    from pipeline.document import Document
    from pipeline.run import analyse

    return {r.text: r for r in analyse(Document("t", text))[0]}


def test_a_q_and_a_s_next_question_ends_the_year_an_answer_opened_with():
    note = "编者按：新学期开学在即，县学生资助管理中心梳理了家长和学生最关心的问题，" * 3
    text = ("某县2031年助学政策问答\n发布时间：2031-03-02\n\n" + note + "供大家参考。\n\n问：今年的资助标准是多少？\n"
            "答：小学每生每年1000元。\n\n问：去年全县资助了多少学生？\n"
            "答：2030年，全县共资助学生5.6万人次。\n\n问：今年有什么新举措？\n"
            "答：一是新增资助专干12名；二是全年计划资助学生6万人次。\n")
    records = _records_by_text(text)
    assert records["5.6万人次"].year == 2030 and records["1000元"].year == 2031
    assert records["12名"].year == 2031 and records["6万人次"].year == 2031


def test_the_next_account_s_post_ends_the_year_a_reply_above_it_named():
    note = "导语：某县2031年民生实事清单出炉，欢迎网友参与话题讨论，说说你最期待的一件，" * 3
    text = ("#某县2031年民生实事清单#\n" + note + "\n\n某县发布 V\n3-01 10:00 来自 微博网页版\n"
            "今年新建社区食堂15个。\n\n网友甲\n3-01 12:00 来自 iPhone客户端\n去年不也说建10个食堂吗？\n"
            "  └ 某县发布：回复@网友甲：2030年计划的食堂实际建成12个。\n\n"
            "某县文旅 V\n3-02 09:00 来自 iPhone客户端\n春节档群众文艺演出30场安排上啦！\n")
    records = _records_by_text(text)
    assert records["10个"].year == 2030 and records["12个"].year == 2030
    assert records["30场"].year == 2031


@pytest.mark.parametrize("text,figure,own", [
    ("审计组已出具审计报告3份，下达审计决定书2份", "3份", True),
    ("审计组已出具审计报告3份，下达审计决定书2份", "2份", True),
    ("向纪委监委移送问题线索7件", "7件", True),
    ("全区共出具证明材料30份", "30份", False),          # no audit's own output
    ("审计发现挤占挪用资金120万元", "120万元", False),
])
def test_an_office_s_own_output_is_told_from_what_it_examined(text, figure, own):
    from extractors.times import counts_own_output
    assert counts_own_output(text, text.index(figure)) is own


@pytest.mark.parametrize("head,written,month,expected", [
    ("某市市长二〇三一年新年贺词", 2030, 12, 2031),      # dated 31 December, titled with the year it greets
    ("某市市长2031年新年贺词", 2031, 1, 2031),          # …or dated 1 January
    ("某区新年致辞", 2030, 12, 2031),                  # no year in the title: late December greets the next
    ("某区元旦献词", 2031, 1, 2031),
    ("某区2028年新年致辞", 2030, 12, None),             # a year that is neither the date's nor the next
    ("某区2030年工作总结", 2030, 12, None),             # no address at the year's turn
])
def test_an_address_at_the_year_s_turn_greets_the_year_beginning(head, written, month, expected):
    from extractors.times import greeted_year
    assert greeted_year(head, written, month) == expected


@pytest.mark.parametrize("title", ["某市市长二〇三一年新年贺词", "某市市长2031年新年贺词"])
def test_a_new_year_address_of_31_december_reviews_the_year_ending_and_promises_the_next(title):
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse

    text = (f"{title}\n\n市民朋友们：向全市150万人民致以新年的祝福！\n"
            "过去的一年，我们一起走过。这一年，新增托位800个。\n\n"
            "新的一年，我们将再建学校6所。\n")
    records, info = analyse(Document("t", text, meta=DocMeta(title=title, published="2030-12-31")))
    years = {r.text: r.year for r in records}
    assert info.doc_year == 2031
    # the year ending's results and the year beginning's promises; the people greeted are
    # counted in the year of the address, which its title names (times.toml [title] occasion),
    # in Chinese digits as in Arabic ones (until Chinese-digit years were read, the title's
    # `二〇三一年` was not a year at all, and this figure fell back to the year ending)
    assert years == {"150万": 2031, "800个": 2030, "6所": 2031}


def test_a_re_inspection_dates_its_findings_in_the_year_it_ran_and_the_works_in_theirs():
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse

    title = "某市2030年民生实事项目“回头看”情况报告"
    text = (f"{title}\n\n一、基本情况\n此次共抽查点位120个，走访群众800人。"
            "2030年建成的30个村级活动室，抽查12个，其中2个未开放。\n\n"
            "二、整改情况\n已整改1个，余下1个9月底前整改到位。\n\n某市民生办\n2031年7月1日\n")
    records, info = analyse(Document("t", text, meta=DocMeta(title=title, published="2031-07-01")))
    years = {r.text: r.year for r in records}
    assert info.subject_year == 2031
    assert years == {"120个": 2031, "800人": 2031, "30个": 2030, "12个": 2031, "2个": 2031, "1个": 2031}


@pytest.mark.parametrize("text,figure,expected", [
    ("2030年建成的30个活动室，抽查12个。", "30个", 2030),          # the works of that year, counted
    ("2030年建成的30个活动室，抽查12个。", "12个", None),          # …not what is done with them
    ("2000年底前建成的186个老旧小区。", "186个", None),            # a cut-off: a standing stock
    ("计划改造2000年底前建成的老旧小区249个。", "249个", None),
])
def test_a_year_of_works_dates_the_count_that_follows_them(text, figure, expected):
    from extractors.times import governing_time
    start = text.index(figure)
    found = governing_time(text, find_times(text), start, start + len(figure))
    assert (found.year if found else None) == expected


@pytest.mark.parametrize("text,figure,expected", [
    ("评估组调阅台账资料900份，实地核查点位80个。", "900份", True),      # an evaluation's fieldwork
    ("评估组调阅台账资料900份，实地核查点位80个。", "80个", True),
    ("发放问卷2000份，回收有效问卷1900份，有效回收率95%。", "95%", True),
    ("召开座谈会6场，访谈群众代表40人。", "40人", True),
    ("指标权重为：完成度50%、满意度30%、运行20%。", "20%", True),       # every item of the weights' list
    ("抽查的10处中，收托率低于50%的有3处。", "3处", False),             # what the fieldwork found
    ("全年发放创业担保贷款2亿元。", "2亿元", False),                    # a project's payments are not the office's work
])
def test_an_evaluation_s_own_fieldwork_and_weights_are_its_fieldwork(text, figure, expected):
    from extractors.times import counts_fieldwork
    assert counts_fieldwork(text, text.index(figure)) is expected


def test_an_evaluation_s_fieldwork_is_dated_when_done_and_its_findings_the_year_evaluated():
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse

    title = "某市2030年民生实事项目第三方评估报告"
    method = ("评估组实地核查点位80个，召开座谈会6场。"
              "指标权重为：完成度50%、满意度30%、运行20%。\n\n二、评估发现\n新增托位1200个。\n")
    dated = f"{title}\n\n一、评估方法\n本次评估于2031年1月5日至2月20日进行。" + method
    records, _ = analyse(Document("t", dated, meta=DocMeta(title=title, published="2031-03-01", kind="completion_report")))
    found = {r.text: (r.year, r.stance) for r in records}
    assert found["80个"] == (2031, "achieved") and found["6场"] == (2031, "achieved")
    assert found["20%"][0] == 2031 and found["1200个"] == (2030, "achieved")
    # where the report says not when its work ran, the year it reports (a satisfaction survey of that year)
    undated = f"{title}\n\n一、评估方法\n" + method
    records, _ = analyse(Document("t", undated, meta=DocMeta(title=title, published="2031-03-01", kind="completion_report")))
    assert {r.text: r.year for r in records}["80个"] == 2030
    # a sentence that opens with the activity dates it too (`调查于2030年11月至12月进行`)
    opened = f"{title}\n\n一、评估方法\n常住人口约10万人。调查于2031年1月至2月进行。" + method
    records, _ = analyse(Document("t", opened, meta=DocMeta(title=title, published="2031-03-01", kind="completion_report")))
    assert {r.text: r.year for r in records}["80个"] == 2031


@pytest.mark.parametrize("text,figure,expected", [
    ("2028年以来累计改造老旧小区96个。", "96个", True),            # a total up to the writing
    ("从去年到现在，累计服务老人4.1万人次。", "4.1万人次", True),
    ("今年以来，新开工改造老旧小区28个。", "28个", False),          # a period within the year it names
    ("2028年改造老旧小区96个。", "96个", False),
    # the event that began the period between the year and `以来`
    ("自2017年开办以来，全县累计赔付1324件。", "1324件", True),
    ("学校自2009年建校以来，已累计培训学员1.2万余人次。", "1.2万余人次", True),
    ("2028年新建的12个站点，当年服务1.6万人次。", "1.6万人次", False),
    # the start the work runs from, before a total of the figure (`起…累计`); not before a figure with no total
    ("自2019年起，某县持续开展考古发掘，累计发掘面积3200平方米。", "3200平方米", True),
    ("自2026年起，某县建成驿站30个。", "30个", False),
    ("2026年起，新建食堂5个，累计建成食堂30个。", "5个", False),
    ("2026年起，新建食堂5个，累计建成食堂30个。", "30个", True),
])
def test_a_period_up_to_now_starts_at_its_time(text, figure, expected):
    from extractors.times import runs_up_to_now
    assert runs_up_to_now(text, find_times(text)[0], text.index(figure)) is expected


def test_a_period_up_to_now_holds_for_the_year_under_discussion():
    records = _records_by_text("某区养老服务情况\n发布时间：2031-05-06\n\n2028年以来全区累计加装电梯120部；今年以来新开工20部。")
    assert records["120部"].year == 2031 and records["20部"].year == 2031
    started = _records_by_text("某区考古工作情况\n发布时间：2031-05-06\n\n自2019年起，持续开展考古发掘，累计发掘面积3200平方米。")
    assert started["3200平方米"].year == 2031


def test_now_in_speech_is_the_year_of_speaking_and_a_clause_s_own_year_hands_on():
    text = ("某市民政局局长访谈\n发布时间：2031-08-14\n\n"
            "答：去年全市有助餐点80个，今年计划再增加30个。从去年到现在，累计服务老人4.1万人次。"
            "80岁以上每餐补3元。\n\n答：到2033年，目标是每千名老人拥有床位38张。现在是33.5张，还差4.5张。"
            "年底前还要改造1200户，上半年已完成640户。")
    records = _records_by_text(text)
    assert records["80个"].year == 2030 and records["30个"].year == 2031
    assert records["4.1万人次"].year == 2031 and records["3元"].year == 2031       # 今年 hands on, not 去年
    assert records["38张"].year == 2033
    assert all(records[f].year == 2031 for f in ("33.5张", "4.5张", "1200户", "640户"))   # 现在 is not the deadline's year


def test_now_in_a_note_on_an_earlier_year_is_that_year():
    from extractors.times import TimeExpr
    now = find_times("现在全区每餐补助4元")[0]
    assert now.relative == "现在" and now.resolve(2031, 2030) == 2030 and now.resolve(2031, 2033) == 2031


def test_that_year_refers_back_to_the_year_named_last():
    text = ("某区加装电梯口述\n发布时间：2031-10-09\n\n"
            "2030年3月开工，去年底我们这栋的电梯通了。社区的人说，那一年全社区装了7部电梯。\n")
    assert _records_by_text(text)["7部"].year == 2030


def test_an_aside_about_another_year_in_a_later_clause_hands_on_nothing():
    from extractors.times import paragraph_time
    assert paragraph_time("去年全市有助餐点80个，今年计划再增加30个。").relative == "今年"   # back to the present
    assert paragraph_time("今年改造老旧小区52个，比去年多改造9个，去年改造了43个。").relative == "今年"
    assert paragraph_time("张先生：@网友，明年计划加装电梯60部。") is None


@pytest.mark.parametrize("sentence, year", [
    # a December day that a meeting for the next year's plan was held on: what it was for
    ("2027年12月10日，区发改局组织召开2028年民生实事候选项目专家论证会。", 2028),
    ("2031年12月26日，县人代会票决产生了2032年十件民生实事。", 2032),
    # …not a cut-off at the year's end (`截至…12月31日`), nor a day of another month
    ("截至2023年12月31日，实际支出19.4亿元，结转至2024年继续使用1.9亿元。", 2023),
    ("2027年11月10日，区发改局组织召开2028年民生实事候选项目专家论证会。", 2027),
    # …nor a next year named only in brackets, nor a day that names no other year
    ("2027年12月10日，全区已建成助餐点35个（2028年再建20个）。", 2027),
    ("2027年12月10日，区政府召开常务会议，总结全年工作。", 2027),
])
def test_a_december_day_hands_on_the_year_its_meeting_is_for(sentence, year):
    from extractors.times import paragraph_time
    assert paragraph_time(sentence).year == year


@pytest.mark.parametrize("text, said, year", [
    # a year written digit by digit in Chinese numerals: an inscription's, a seal's, a signature's date
    ("公元二〇一八年，县委将通村公路列为当年十件民生实事之一", "二〇一八年", 2018),
    ("二〇一八年十月二十八日全线竣工通车", "二〇一八年十月二十八日", 2018),
    ("二零二四年三月", "二零二四年三月", 2024),
    ("一九九八年建成", "一九九八年", 1998),
])
def test_a_year_in_chinese_digits_is_a_year(text, said, year):
    times = find_times(text)
    assert [(t.text, t.year) for t in times if t.year is not None][:1] == [(said, year)]


def test_a_span_of_years_is_no_year_in_chinese_digits():
    # a count of years stays a span (`八年`), and `十二` is no year's first digits
    assert all(t.year is None for t in find_times("历时八年，建成十二座桥"))
    assert [t.text for t in find_times("全村奋斗了八年")] == ["八年"]


def test_that_year_refers_to_the_year_under_discussion():
    assert [t.relative for t in find_times("是年三月动工")] == ["是年"]


def test_a_prefaces_label_stands_before_the_head():
    # made up: a village compact opens on last year's works after its label; the year heads every part
    assert head_time("序　去年一年，村里办成几件大事：屯级路硬化3.2公里；新建家庭水柜45座。").relative == "去年"
    assert head_time("前言：2025年，全村新建水柜45座。").year == 2025
    assert head_time("序号　2025年新建水柜45座") is None         # a column's name is no preface
    years = {r.text: r.year for r in extract("序　去年一年，村里办成几件大事：屯级路硬化3.2公里；新建家庭水柜45座。",
                                             doc_year=2026)}
    assert years == {"3.2公里": 2025, "45座": 2025}
    # …and the articles after it are standing provisions of the year of writing, not last year's
    text = ("　　序　去年一年，村里办成几件大事：屯级路硬化3.2公里；新建家庭水柜45座。\n"
            "　　第一条　护林防火。全村集体林共1.36万亩，由村护林队（现有12人）分片看守。\n")
    years = {r.text: r.year for r in extract(text, doc_year=2026)}
    assert years == {"3.2公里": 2025, "45座": 2025, "1.36万亩": 2026, "12人": 2026}


def test_a_year_before_a_named_place_and_its_count_heads_the_sentence():
    # made up: a message dated in the new year looks back; its first sentence opens on last year's list
    assert head_time("2030年东湖镇12件民生实事全部完成，完成投资2800万元。").year == 2030
    assert head_time("2030年某县共建成托育点12个。").year == 2030
    assert head_time("2030年城区新建口袋公园3个。") is None       # a part of town doing one thing: no head
    text = ("［东湖镇］去年实事晒成绩\n2031-01-20 09:15\n"
            "2030年东湖镇12件民生实事全部完成，完成投资2800万元。其中：新增托位96个，助餐服务3.1万人次。\n")
    years = {r.text: r.year for r in extract(text)}
    assert (years["96个"], years["3.1万人次"]) == (2030, 2030)


def test_a_numbered_caption_is_a_part_of_its_own_for_the_years_carried():
    # made up: a photo album's captions one a line, put up in January; a caption's sentence that opens on
    # a time (`今年…`) does not date the pictures after it, each of which is of the year the album shows
    text = ("某镇2030年为民办实事相册\n发布时间：2031-01-09　来源：镇民生实事专班\n\n"
            "图1　镇卫生院医生给老人量血压。今年完成提升村卫生室9个。\n"
            "图2　新硬化的进村路，硬化道路12.4公里。\n")
    years = {r.text: r.year for r in extract(text, meta=DocMeta(title="某镇2030年为民办实事相册", published="2031-01-09"))}
    assert years["12.4公里"] == 2030


def test_a_bracketed_label_on_its_own_line_ends_the_year_a_label_line_opened():
    # made up: a bus advert's copy; `去年成绩：2030年…` dates its own line, not the card's notes under their own label
    text = ("某镇公交车身广告设计稿：2031年为民办实事\n\n"
            "❶ 托育：新开设托班4个\n去年成绩：2030年10件实事全部办结，群众满意率96.2%\n"
            "【车内拉手广告·配套小卡】\n实事小注：\n• 学位：新教学楼计划9月启用，建筑面积6800平方米；\n")
    years = {r.text: r.year for r in extract(text, doc_year=2031)}
    assert years["10件"] == 2030 and years["6800平方米"] == 2031


def test_an_era_word_before_a_year_heads_the_sentence():
    assert head_time("公元二〇一八年，县委将通村公路列为当年十件民生实事之一。").year == 2018
    assert head_time("公元2018年，县委将通村公路列为当年十件民生实事之一。").year == 2018


@pytest.mark.parametrize("line,expected", [
    ("铜陵发布　2025年01月08日 18:06　安徽", True),                  # the account, the date, the time, the place
    ("原创　天山区融媒体中心　2025年01月08日 10:32　新疆", True),
    ("城关发布  2023-01-06 08:30  发表于甘肃", True),
    ("2028-1-8 09:00 来自 微博网页版 已编辑", True),                 # a microblog post's time and client
    ("某县融媒体中心　2027-01-12 08:30　来源：某镇茶馆现场录音整理　　阅读 2316　　　赞 87", True),   # furniture after it
    ("截至 2025年01月08日 18:06 共受理", False),                    # a time counted up to
    ("2027-01-15 08:30　　来源：某县融媒体中心　　记者：某某　　阅读：2.3万", True),   # a page's byline first
    ("2031-01-15 08:30　上海某镇　作者：镇融媒体中心　原创　阅读 2391　在看 58", True),   # …after the place it came from
    ("【编辑于2032-01-10 08:02：第5条原来手滑写成了18.6公里，已改为16.8公里】", True),   # a post's edit note
    # a masthead's day of issue in words, with the furniture after it; not a sentence about an issue
    ("内部资料准印证：京内资准字2025-L0216号　　2027年1月8日出版　　免费赠阅", True),
    ("2026年3月印发", True),
    ("2027年1月8日出版的《街坊》刊登了全年账单，", False),
    ("铜陵市2024年12件民生实事全面兑现！", False),                  # a title's year
])
def test_a_posts_byline_with_its_time_of_day_is_a_date_line(line, expected):
    assert is_date_line(line) is expected


def test_a_post_dated_in_january_reports_the_year_its_title_names():
    text = ("铜陵发布　2025年01月08日 18:06　安徽\n\n铜陵市2024年12件民生实事全面兑现！\n\n"
            "　　我们交出答卷：新增普惠性托位1286个，完成率107.2%。\n")
    assert {(r.text, r.year) for r in extract(text)} >= {("1286个", 2024), ("107.2%", 2024)}


def test_a_gazetteers_years_head_their_entries():
    # a year set off by a wide space heads its entry; `是年`, `年末` speak of that year, not the writing's
    text = ("第一节　项目与完成（按年记事）\n\n"
            "　　2018年　实事项目10件。是年，新增学位1080个。年末，全区有养老机构9家。\n"
            "　　2019年　实事项目11件。开通海上巴士航线2条。\n")
    years = {r.text: r.year for r in extract(text, doc_year=2024)}
    assert years == {"10件": 2018, "1080个": 2018, "9家": 2018, "11件": 2019, "2条": 2019}


@pytest.mark.parametrize("sentence, expected", [("全年新增养老机构9家。", True), ("是年，新增学位1080个。", True),
                                                ("今年，新增学位1080个。", False)])
def test_a_word_of_the_year_under_discussion(sentence, expected):
    [time] = find_times(sentence)
    assert of_the_year_discussed(time) is expected


def test_a_label_with_its_year_in_brackets_dates_the_lines_under_it():
    text = ("恩施市2027年民生实事项目宣讲提纲\n\n一、交出了什么答卷\n"
            "　　要点数据（2026年）：\n　　——完成投资9.47亿元；\n　　——新增普惠性托位960个。\n")
    years = {r.text: r.year for r in extract(text, doc_year=2027)}
    assert years == {"9.47亿元": 2026, "960个": 2026}


def test_an_indented_line_is_a_paragraph_of_its_own_and_takes_no_year_from_the_line_before():
    # lines with no blank line between them form one block; the indent of each still opens a paragraph
    text = ("学习心得体会\n\n　　报告提出，到2030年全州每千人口托位数达到4.5个。\n"
            "　　今天我们街道21个社区、148名社区工作者，要做到一件一件落实。\n")
    years = {r.text: r.year for r in extract(text, doc_year=2027)}
    assert years == {"4.5个": 2030, "21个": 2027, "148名": 2027}


@pytest.mark.parametrize("sentence, written, expected", [
    ("1. 建议将“嵌入式托育点”列入2028年县级民生实事，新建8个", 2027, 2028),
    ("一是将牧区互助养老列入2022年度市级民生实事，新建互助养老点20个", 2021, 2022),
    ("一是将牧区互助养老列入2022年市级民生实事", 2022, None),        # not a later year's list
    ("到2028年新建托育点8个", 2027, None),                          # a deadline, no list
])
def test_a_proposal_puts_a_work_on_a_later_years_list(sentence, written, expected):
    from extractors.times import proposed_list_year
    assert proposed_list_year(sentence, find_times(sentence), written) == expected


def test_the_proposals_after_one_for_a_later_years_list_are_for_that_year():
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse

    title = "关于赴外地学习考察养老服务工作的报告"
    text = (f"{title}\n\n一、我县的差距\n　　2026年，全县开展助餐服务的行政村只有17个。\n"
            "二、几点建议\n　　1. 建议将嵌入式托育点列入2028年县级民生实事，新建8个；\n"
            "　　2. 在2个中心镇先行建设中心食堂；\n　　3. 争取援建资金1500万元。\n"
            "　　以上报告，请审阅。\n\n某县民政局\n2027年5月20日\n")
    records, _ = analyse(Document("t", text, meta=DocMeta(title=title, published="2027-05-20")))
    years = {r.text: r.year for r in records}
    assert years == {"17个": 2026, "8个": 2028, "2个": 2028, "1500万元": 2028}


@pytest.mark.parametrize("text,written,expected", [
    ("某县规划中期评估报告\n某县民政局　2033年4月　｜　评估基准日：2032年12月31日\n", 2033, 2032),
    ("某市医保基金运行分析\n（数据截止日期：2032年6月30日）\n", 2032, 2032),
    ("统计截至2032年底的情况如下。", 2033, 2032),
    ("某村集体资产清产核资报告\n清查基准日：2032年12月31日\n报告日期：2033年3月20日\n", 2033, 2032),   # an inventory's
    ("评估基准日：2029年12月31日", 2033, None),                     # too far back: the history it starts from
    ("评估基准日：2034年12月31日", 2033, None),                     # after the writing: no base date
    ("某县报告\n" + "正文。" * 80 + "评估基准日：2032年12月31日", 2033, None),   # not at the head
])
def test_a_report_s_base_date_at_its_head_dates_its_findings(text, written, expected):
    from extractors.times import base_date_year

    assert base_date_year(text, written) == expected


@pytest.mark.parametrize("text,expected", [
    ("3.2030年中心共服务居民1.86万人次", [2030]),       # item 3, then the year
    ("4．2030年，联合会计划新增注册志愿者500名", [2030]),
    ("说明：\n12.2031年起执行新标准", [2031]),
    ("人均增长1.2030年", []),                          # a decimal's digits, not a list number
    ("共计13.2030年", []),
])
def test_a_year_right_after_a_list_number_s_point_is_a_time(text, expected):
    from extractors.times import find_times

    assert [t.year for t in find_times(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("2023.06.30", [2023]), ("2023/6/30", [2023]), ("2023-12", [2023]),   # dates written with points or strokes
    ("评估价值为1902.15万元", []),                  # a decimal figure: no month 15
    ("资产总额2019.12万元", []),                    # a valid month, but money follows: a figure
    ("增长2021.5%", []),
    ("处理湿垃圾1932.4吨", []),                     # …nor does a unit of measure
    ("农村公路2026.5公里", []), ("造林2021.6亩", []),
    ("2025.4起施行", [2025]), ("2025.10 全部完工", [2025]),
])
def test_a_dotted_date_is_a_year_and_month_not_a_decimal_figure(text, expected):
    assert [t.year for t in find_times(text)] == expected


def test_a_time_opening_its_sentence_after_a_label_dates_every_part_of_it():
    # made up: a pre-appointment notice lists a cadre's results after a label, parts parted by `；`
    records = _records_by_text("某旗2031年干部任前公示\n\n张某某，拟任局长。主要实绩：2030年牵头实施老旧小区改造32个，"
                               "加装电梯14部；推动完成农村牧区危房改造460户。")
    assert records["32个"].year == 2030 and records["460户"].year == 2030


def test_an_annual_report_filed_in_the_spring_says_this_year_for_the_year_it_reports():
    text = ("某某养老中心年度报告书\n（2030年度）\n\n开展业务情况\n本年开展康复训练3200人次，上门探访900人次。\n\n"
            "填报日期：2031年3月28日\n")
    found = _records_by_text(text)
    assert found["3200人次"].year == 2030
    assert found["900人次"].year == 2030


def test_a_persons_date_of_birth_on_a_form_dates_no_figure():
    text = "2031年取暖补贴申请表\n申请人：王**　　出生年月：1958年3月\n家庭人口：3人　　月人均低保金：520元\n"
    found = _records_by_text(text)
    assert found["3人"].year != 1958 and found["520元"].year != 1958


def test_a_post_evaluation_that_dates_its_findings_to_the_year_evaluated_keeps_that_year():
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse

    title = "某县2031年民生实事项目决策后评估报告"
    body = ("\n\n一、决策执行情况\n方案确定的10件实事，已完成9件，新增托位120个。\n\n"
            "二、下一步\n2032年拟安排实事10件。\n")
    dated = f"{title}\n\n评估基准日：2031年12月31日　　报告日期：2032年2月20日" + body
    records, info = analyse(Document("t", dated, meta=DocMeta(title=title, published="2032-02-20")))
    assert info.subject_year == 2031 and {r.text: r.year for r in records}["120个"] == 2031
    # without a base date, a post-evaluation reports as a re-inspection does: the year it ran
    undated = f"{title}\n\n报告日期：2032年2月20日" + body
    records, info = analyse(Document("t", undated, meta=DocMeta(title=title, published="2032-02-20")))
    assert info.subject_year == 2032


@pytest.mark.parametrize("lead,month,expected", [
    # made up: a reporter's return visit of January opening on last year's list
    ("编者按：去年2月，某县把11类32项民生实事画在一张示意图上。年终岁尾，记者一项一项对账。", 1, 2027),
    ("去年，某区确定的十件为民办实事项目已全部办结。", 1, 2027),
    # written later in the year, or opening on a comparison with last year that names no list
    ("编者按：去年2月，某县把11类32项民生实事画在一张示意图上。", 6, None),
    ("去年全县新增托位300个。今年的民生实事又添新项目。", 1, None),
    # the lead opens on another time than last year
    ("今年1月，某县公布了32项民生实事。", 1, None),
    # …or goes on in the same sentence to this year's list: the look back opens it
    ("乡党们，过年好！去年县上许下的11件民生实事，件件都办结了，今儿个专唱2028年县上给咱办的12件实事！", 1, None),
    ("去年的10件民生实事全部办结，今年的12件实事也已敲定。", 1, None),
])
def test_a_january_lead_opening_on_last_year_s_list_reviews_that_year(lead, month, expected):
    from extractors.times import list_reviewed_in_lead

    assert list_reviewed_in_lead(lead, 2028, month) == expected



def test_a_year_end_baseline_before_the_plan_year_hands_its_year_to_no_word_of_the_year():
    # made up: a plan for 2028 benchmarks each field against the end of 2027; what it sets `年内` (and in the
    # parts of that sentence after `；`) is 2028's, the baseline's figures 2027's
    title = "某县关于2028年民生实事项目对标分析的报告"
    text = (f"{title}\n\n在“常有善育”方面，2027年底我县有托位310个，全省平均为360个。"
            "年内新增普惠托位300个；为儿童开展发育筛查4000人次。全年建成托育点5个。\n\n"
            "二、去年情况\n2027年，全县新建托育点4个。年内还开展筛查3000人次。\n")
    years = years_by_text(text, 2028, title)
    assert years["310个"] == years["360个"] == 2027
    assert years["300个"] == years["4000人次"] == years["5个"] == 2028
    # a year that is no year's end is no baseline: its 年内 is its own year
    assert years["4个"] == years["3000人次"] == 2027



def test_new_work_after_a_year_end_baseline_is_the_plan_year_s_and_a_breakdown_the_baseline_s():
    # made up: a plan for 2028; the sentence after the baseline tells new work with no time of its own
    title = "某镇2028年民生实事项目线路图"
    text = (f"{title}\n\n● 01 站\n截至2027年底，全镇有普惠托位160个。本站新增普惠托位80个，服务家庭50户。\n\n"
            "● 02 站\n截至2027年底，全镇有养老床位420张。其中护理型床位230张。\n")
    years = years_by_text(text, 2028, title)
    assert years["160个"] == years["420张"] == years["230张"] == 2027
    assert years["80个"] == years["50户"] == 2028


def test_a_baseline_at_last_year_s_end_opens_no_frame_over_the_paragraphs_after_it():
    # made up: a plan article's section opens on where the work starts (`截至去年底`); the next section's
    # figures, with no time of their own, are the plan's, not last year's
    text = ("截至去年底，全区有普惠托位3260个。今年新增普惠托位600个。\n\n"
            "区民政局局长　刘某\n\n"
            "老旧小区改造安排18个，同步加装电梯40部。\n")
    years = years_by_text(text, 2028)
    assert years["3260个"] == 2027 and years["600个"] == years["18个"] == years["40部"] == 2028


def test_last_year_s_value_for_the_same_period_hands_no_year_to_the_sentences_after_it():
    # made up: a monthly report gives last year's price beside this month's, then goes on with this month
    years = years_by_text("本月收购价每公斤15元。去年同期收购价每公斤11元。本月收购文蛤约9.6吨。\n", 2031)
    assert (years["11元"], years["9.6吨"]) == (2030, 2031)


def test_a_paragraph_led_by_a_dated_title_line_ends_the_frame_last_year_s_line_opened():
    # made up: a news lead on last year's list, then the form itself under its title line; the form's
    # fields are this year's list's, not last year's
    text = ("　　去年镇里“装修”了9个“房间”，年底交房时群众满意率96.2%。\n\n"
            "某镇2031年民生实事装修报价单\n报价单号：MS-2031-01\n客　　户：全镇居民（32个行政村）\n")
    years = years_by_text(text, 2031)
    assert (years["9个"], years["32个"]) == (2030, 2031)
    # a line that is a sentence (`去年…。`) leads no title
    text = "　　去年，镇里“装修”了9个“房间”。\n\n2030年，全镇共有32个行政村参加评比。\n"
    assert years_by_text(text, 2031)["32个"] == 2030


def test_a_time_at_a_sentence_s_head_dates_its_parts_after_a_semicolon():
    # made up: last year's line, then a paragraph opened (after its brand label) by this year; the part after
    # `；` names no time of its own and is this year's
    text = ("去年，我县11件民生实事全部按期办结。\n\n"
            "围绕“常有善育”，今年新建托育点2个；开展入户育儿指导1500人次。\n\n"
            "去年，全县新建书屋3个；培训6000人次。\n")
    years = years_by_text(text, 2027)
    assert years["2个"] == years["1500人次"] == 2027 and years["3个"] == years["6000人次"] == 2026


def test_a_year_after_a_paragraph_s_brand_label_turns_the_text_a_line_turned_to_last_year():
    # made up: a plan's filing report whose first line looks back on last year; the next paragraph opens, after
    # its brand label, on this year, and the paragraphs after it are this year's
    text = ("去年，我县11件民生实事全部按期办结。\n\n"
            "围绕“常有善育”，今年新建托育点2个。\n\n"
            "在“常有优学”方面，改扩建中心小学教学楼，建筑面积约4200平方米。\n")
    years = years_by_text(text, 2027)
    assert years["11件"] == 2026 and years["2个"] == years["4200平方米"] == 2027


def test_a_paragraph_opened_on_last_year_that_turns_back_to_this_year_leaves_no_frame_after_it():
    # made up: a post's lead looks back on last year's list, then turns, in the same paragraph, to this year's;
    # the cards after it are this year's. A sentence inside a paragraph that compares (`去年…`) opens none either
    text = ("1月21日，县人代会票决产生2031年十件民生实事。\n\n"
            "去年的10件实事已全部办结，群众满意度达96.8%。今年，小编把十件实事做成了十张登机牌。\n\n"
            "某县民生航空　登机牌\n航班　JG01\n目的地　新增普惠托位280个\n行李额　860万元\n")
    years = years_by_text(text, 2031)
    assert (years["96.8%"], years["280个"], years["860万元"]) == (2030, 2031, 2031)
    text = "答：今年共安排36项，完成32项。去年确定的35项已全部完成。\n\n新增托位80个。\n"
    years = years_by_text(text, 2031)
    assert (years["36项"], years["35项"], years["80个"]) == (2031, 2030, 2031)


def test_a_form_s_field_of_when_a_thing_was_built_dates_nothing_under_it():
    # made up: an inspection record's fields one a line; `建成年代` over `1996年` is the estate's age, the counts
    # under it are as of the writing; a year-only line under no such label still dates the lines under it
    text = "一、小区基本情况\n建成年代\n1996年\n楼栋数\n14栋\n住户数\n588户\n"
    assert years_by_text(text, 2031) == {"14栋": 2031, "588户": 2031}
    text = "年度项目\n2029年\n新建食堂\n5个\n"
    assert years_by_text(text, 2031)["5个"] == 2029


def test_the_years_a_building_was_put_up_by_its_owner_are_its_age():
    # made up: `1988年到1991年林业局自建的…楼`: when the houses went up, not the year of the households told now
    text = "家属区共6栋楼，都是1988年到1991年林业局自建的五层砖混楼，现有住户312户。\n"
    assert years_by_text(text, 2031)["312户"] == 2031


def test_a_reports_period_is_its_year_after_a_baseline_at_the_last_day_of_the_year_before():
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse

    # made up: a charitable trust's annual report
    text = "一、信托财产管理情况\n\n截至2030年12月31日，信托财产规模为5,126.40万元。报告期内新增委托资金1,380.00万元。\n"
    records, _ = analyse(Document("t", text, meta=DocMeta(title="某市慈善信托2031年度信托事务管理报告")), doc_year=2031)
    years = {r.text: r.year for r in records}
    assert years["5,126.40万元"] == 2030 and years["1,380.00万元"] == 2031


def test_a_cards_next_field_line_is_not_dated_by_the_line_before():
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse

    # made up: a project card; the target line ends with a goal for a later year
    text = ("【1】普惠托育\n年度目标：新增普惠托位300个。截至2030年底，全县有托位1120个；到2033年，每千人口托位达到4.5个\n"
            "计划投资：1260万元\n")
    records, _ = analyse(Document("t", text, meta=DocMeta(title="某县2031年民生实事项目清单")), doc_year=2031)
    years = {r.text: r.year for r in records}
    assert years["4.5个"] == 2033 and years["1260万元"] == 2031


def test_a_dated_page_of_the_year_s_dividends_whose_title_only_the_manifest_gives_reviews_the_year():
    # made up: a co-operative's dividend slips printed in January; the page's first lines run together
    # with its date line into one paragraph, so only the manifest's title says what the page is
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse
    title = "某村油茶专业合作社2030年度社员分红单"
    text = ("某村油茶专业合作社\n2030年度社员分红单（第3页）\n打印日期：2031-01-16　　金额单位：元\n\n"
            "本年度合作社概况：油茶林基地860亩，社员218户。\n")
    records, info = analyse(Document("t", text, meta=DocMeta(title=title, published="2031-01-16")))
    assert info.doc_year == 2030
    assert {r.text: r.year for r in records}["860亩"] == 2030


@pytest.mark.parametrize("sentence,figure,expected", [
    # the base of a comparison with an adverb before its value: last year's value
    ("收购站开秤，毛栗子每斤7元，去年同期才5.5元。", "5.5元", 2030),
    ("鲜叶运量比去年5月的112.3吨增加23.4%。", "112.3吨", 2030),        # the base names its month
    ("鲜叶运量比去年5月的112.3吨增加23.4%。", "23.4%", 2031),
    ("全镇托育点现有12家，去年同期仅为7家。", "7家", 2030),
    # the change against last year is this year's, whatever an aside after it says
    ("全村结果面积1900亩，比去年多80亩（去年冻了一茬）。", "80亩", 2031),
    ("比上年增加5人（上年受疫情影响）。", "5人", 2031),
    # a bracket after the figure that only names its year still dates it
    ("新增托位300个（2030年）。", "300个", 2030),
])
def test_a_comparison_s_base_dates_its_value_and_not_the_change(sentence, figure, expected):
    assert year_of(sentence, figure, doc_year=2031) == expected


def test_a_bulletins_issue_line_without_a_year_before_its_number_dates_the_issue():
    # made up: the date set apart from the issue's number by spacing dates the bulletin; a sentence does not
    assert is_date_line("第3期（总第52期）　　　　　　2031年1月9日")
    assert is_date_line("第12期　　2031年1月9日")
    assert not is_date_line("第3期培训班于2031年1月9日")


@pytest.mark.parametrize("text,expected", [
    ("把去年（2030年）画在墙上的十件实事逐件过一遍。", 2031),
    ("今年（2031年）接着办：新建游园2处。", 2031),
    ("明年（2032年）拟新增床位50张。", 2031),
    ("上年度（2029年度）结余12万元。", 2030),
    # a gloss that slips (`前年` for 2028) is outvoted by the others
    ("去年（2030年）办了9件，今年（2031年）办11件，前年（2028年）只办了6件。", 2031),
    ("2030年全县新建游园2处。", None),          # a year, no word counted from the year of writing
    ("近年（2028年以来）新建游园12处。", None),   # no relative word of the year of writing
])
def test_a_word_counted_from_the_year_of_writing_glossed_with_its_year_says_that_year(text, expected):
    from extractors.times import year_of_writing_glossed
    assert year_of_writing_glossed(text) == expected


def test_a_january_account_that_glosses_last_year_keeps_its_date_s_year_as_its_year_of_writing():
    """A township's account of the year before, dated January (`年终` in its title's second line), whose
    text glosses `去年（2030年）` and `今年（2031年）`: its 今年 is 2031, the date's, not the year it reviews, and
    the figures it plans for this year are this year's."""
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse
    text = ("某镇2030年民生实事账本\n——年终算账\n\n"
            "把去年（2030年）定下的实事逐件过一遍：新建游园3处，改造户厕120座。\n\n"
            "今年（2031年）打算：新建游园2处。\n")
    records, info = analyse(Document("t", text, meta=DocMeta(title="某镇2030年民生实事账本", published="2031-01-08",
                                                             kind="completion_report")))
    assert (info.doc_year, info.subject_year) == (2031, 2030)
    years = {r.text: (r.year, r.stance) for r in records}
    assert years["3处"] == (2030, "achieved") and years["2处"] == (2031, "target")


@pytest.mark.parametrize("title,year", [
    # made up: a school year's first term runs September to January, its second spring to summer
    ("某镇初级中学2030—2031学年第一学期期末质量检测", 2030),
    ("某镇初级中学2030-2031学年度上学期工作总结", 2030),
    ("某镇初级中学2030—2031学年第二学期期末质量检测", 2031),
    # a school year with no term: the year of writing, one of its two
    ("某镇初级中学2030—2031学年工作总结", 2031),
])
def test_a_school_year_s_term_names_its_half(title, year):
    assert title_year(title, 2031) == year


@pytest.mark.parametrize("lead,published,year", [
    # made up: a county paper's story of February whose lead opens on a day of 腊月, before the Spring Festival
    ("　　腊月二十，某村村委会门口贴出一张红纸谢帖。今年村里硬化道路3公里，明年还想修桥1座。", "2032-02-01", 2031),
    ("　　农历冬月廿八，某村村委会门口贴出一张红纸谢帖。今年村里硬化道路3公里，明年还想修桥1座。", "2032-01-15", 2031),
    # …not one of March (the festival is past), nor a lead that only names the month in passing
    ("　　腊月二十，某村村委会门口贴出一张红纸谢帖。今年村里硬化道路3公里，明年还想修桥1座。", "2032-03-01", 2032),
    ("　　记者腊月二十来到某村。今年村里硬化道路3公里，明年还想修桥1座。", "2032-02-01", 2032),
    # …nor one that glosses its 今年 with the date's year
    ("　　腊月二十，某村贴出谢帖。今年（2032年）村里硬化道路3公里，明年还想修桥1座。", "2032-02-01", 2032),
])
def test_a_story_whose_lead_opens_in_the_last_lunar_month_counts_its_year_from_the_year_closing(lead, published, year):
    from pipeline.document import DocMeta, Document
    from pipeline.run import analyse
    text = f"某村贴出谢帖\n{published} 08:15　　某县融媒体中心\n\n{lead}\n"
    records, info = analyse(Document("t", text, meta=DocMeta(title="某村贴出谢帖", published=published, kind="news")))
    years = {r.text: r.year for r in records}
    assert (info.doc_year, years["3公里"], years["1座"]) == (year, year, year + 1)


@pytest.mark.parametrize("text,expected", [
    # made up: a paper's page head dates the page; the slips it prints carry the days of their own deeds
    ("某县融媒　·　第2版　·　要闻　　　2032年1月12日　星期三　　　上一版　下一版\n\n"
     "【进账单 01】对应支票01　进账日期：2031-12-28\n实收金额：¥1238万元\n", (2032, 1)),
    # whichever kind of line it is, the first that dates the document is read
    ("某街道办事处　　　　2031年1月12日\n\n附：发布时间：2030-12-20\n", (2031, 1)),
])
def test_the_first_line_that_dates_the_document_dates_it(text, expected):
    assert date_line_date(text) == expected


def test_a_rule_across_the_page_ends_what_the_lead_opened_on_last_year():
    # made up: a post's lead opens on last year's list; the cards below a rule are this year's
    text = ("2031年民生实事“任务卡”发布\n\n　　1月10日，县人大会议票决产生了2031年十项民生实事。\n"
            "　　去年的8项实事已全部办结，群众满意度96.1%。\n"
            "━━━━━━━━━━━━\n卡号：01　　卡名：幼有所育\n任务：新增普惠托位240个。\n资金：520万元\n"
            "━━━━━━━━━━━━\n卡号：02　　卡名：学有所教\n任务：新增学位360个。\n")
    years = {r.text: r.year for r in extract(text, meta=DocMeta(published="2031-01-16", kind="plan_list"))}
    assert years["8项"] == 2030
    assert (years["240个"], years["520万元"], years["360个"]) == (2031, 2031, 2031)
