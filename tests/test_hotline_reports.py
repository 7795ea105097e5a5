"""A hotline's monthly report (issue 9): counts of citizens' requests are about the requests,
`其他`, whatever topic they raise; what the departments did about a topic keeps the topic.
A made-up report in the form of a 12345 analysis."""
from pipeline import extract

_REPORT = """某区12345热线诉求分析月报

一、诉求分类情况
1. 城乡建设类1,204件，占21.5%；
2. 教育类388件，占6.9%。

二、热点诉求
（一）加装电梯。涉及加装电梯的诉求64件，环比增加12件。区住建局召开协调会5场，本月新完成加装电梯7部。

三、基层治理
全年化解矛盾纠纷860件，12345热线工单办结率98.1%。
"""


def test_counts_of_requests_and_their_shares_are_other_whatever_their_topic():
    records = {r.text: r for r in extract(_REPORT, doc_year=2035)}
    for figure in ("1,204件", "21.5%", "388件", "6.9%", "64件", "12件"):
        assert records[figure].category == "其他", figure
    assert records["7部"].category == "常有安居"
    assert records["860件"].category != "其他"       # disputes settled: a request word only after it


_TABLE_REPORT = """某县12345热线月报

【诉求分类前三位】
排名  类别          件数（件）  占比
1     城乡建设      3105        15.2%
2     教育          1822        8.9%
3     医疗卫生      1310        6.4%

【以诉促治】
● 根据市民建议，新开公交线路3条。
"""


def test_a_table_of_requests_by_class_is_other_and_the_fixes_keep_their_topic():
    records = {r.text: r for r in extract(_TABLE_REPORT, doc_year=2035)}
    for figure in ("3105", "15.2%", "1822", "8.9%", "1310", "6.4%"):
        assert records[figure].category == "其他", figure
    assert records["3105"].stance == "achieved"        # `件数` counts the requests, not the list's projects
    assert records["3条"].category == "交通畅行"


_VISITS_SUMMARY = """某县信访局2035年信访工作总结

一、总体情况
全年受理信访事项1260件，同比下降8.2%。

二、分类情况
从群众反映的问题看，排在前三位的是：
1．住房和物业问题302件，占24.0%；
2．就业和工资问题215件，占17.1%。

三、以访促治
推动改造老旧小区6个，为农民工追回工资860万元。
"""


def test_a_letters_and_visits_summary_counts_cases_by_class_under_its_list_lead():
    # the classes are listed under a lead line naming what people reported, not under a heading
    records = {r.text: r for r in extract(_VISITS_SUMMARY, doc_year=2035)}
    for figure in ("1260件", "302件", "24.0%", "215件", "17.1%"):
        assert records[figure].category == "其他", figure
    assert records["6个"].category == "常有安居"
    assert records["860万元"].category == "就业创业"


_OVERSIGHT_BULLETIN = """某市纪委监委关于群众身边不正之风典型问题的通报

上半年，全市纪检监察机关共查处群众身边腐败和作风问题88个，处理105人，其中给予党纪政务处分61人，移送检察机关3人，追缴违纪资金142万元。
从问题类型看，养老服务领域21个，占23.9%；教育领域15个。现将其中4个典型问题通报如下：
一、某镇民政助理员虚报冒领养老补贴问题。2030年，该助理员虚报已故老人9名，冒领高龄津贴2.3万元。
"""


def test_an_oversight_bodys_caseload_is_other_and_each_cases_figures_keep_their_fund():
    # the cases an oversight body handled count its workload, as the requests to an office do
    # (gold/README's letters-and-visits row), whatever field they name; a case's own figures are the fund's
    records = {r.text: r for r in extract(_OVERSIGHT_BULLETIN, doc_year=2031)}
    for figure in ("88个", "105人", "61人", "3人", "142万元", "21个", "23.9%", "15个", "4个"):
        assert records[figure].category == "其他", figure
    assert records["9名"].category == "常有颐养"
    assert records["2.3万元"].category == "常有颐养"
