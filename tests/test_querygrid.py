"""A database client's session pasted into a text: the aliases of aggregates in its result
grid take the unit of what they aggregate (pipeline/querygrid.py)."""
from __future__ import annotations

from pipeline import extract
from pipeline.querygrid import query_grid_regions

SESSION = ("某县2031年民生实事项目库查询结果\n\n"
           "mysql> SELECT SUM(计划投资_万元) AS 投资合计, COUNT(*) AS 项目数 FROM ms_xm WHERE nd=2031;\n"
           "+----------+--------+\n| 投资合计 | 项目数 |\n+----------+--------+\n"
           "|  5230.00 |     12 |\n+----------+--------+\n1 row in set (0.01 sec)\n")


def test_a_sum_takes_the_unit_of_its_column_and_a_count_the_measure_word_of_its_noun():
    records = {r.text: r for r in extract(SESSION, doc_year=2031)}
    assert (records["5230.00"].value, records["5230.00"].unit) == (52_300_000, "元")
    assert (records["12"].value, records["12"].unit) == (12, "项")


def test_the_client_chrome_and_a_query_without_aggregates_add_nothing():
    plain = SESSION.replace("SUM(计划投资_万元) AS 投资合计, COUNT(*) AS 项目数", "序号, 项目名称")
    assert query_grid_regions(plain) == []
    assert "1" not in {r.text for r in extract(SESSION, doc_year=2031)}      # `1 row in set`
