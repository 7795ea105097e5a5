"""Scoring rules and approvals (issue 9): made-up documents in the forms of an assessment's
scoring table, whose rules column gives steps in % beside points, and of an approval whose
last numbered paragraph speaks of all the projects it approved."""
from pipeline.document import Document
from pipeline.run import analyse

_SCORING = """某县2034年民生实事考核评分办法

序号\t项目\t年度目标任务\t分值\t评分标准
1\t托育服务\t新增普惠托位600个\t10\t每少完成1%扣0.5分，扣完为止
2\t助餐服务\t新建老年助餐点12个\t10\t未按时开工扣2分
"""

_APPROVAL = """关于某县三个项目可行性研究报告的批复

一、某县养老院项目
建设规模：养老床位200张，总投资3000万元。

二、某县卫生院项目
建设规模：床位50张，总投资1800万元。

三、以上两个项目总投资合计4800万元。概算超过估算投资10%以上的，须重新报批。
"""


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    return {r.text: r for r in records}


def test_a_step_of_the_scoring_rules_is_a_completion_rate_of_no_one_project_and_its_points_are_no_figures():
    found = _records(_SCORING)
    step = found["1%"]
    assert (step.category, step.indicator) == ("其他", "完成率")
    assert "0.5分" not in found and "2分" not in found
    assert found["600个"].category == "常有善育"


def test_a_numbered_paragraph_that_sums_up_the_projects_is_under_none_of_them():
    found = _records(_APPROVAL)
    assert found["10%"].category == "其他"
    assert found["50张"].category == "常有健康"
