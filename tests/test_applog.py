"""Application logs of a job that loads the projects' data: each entry read as its message
(pipeline/applog.py). Made-up logs in the forms such jobs write."""
from pipeline.applog import applog_regions
from pipeline.columns import reading_order
from pipeline.document import Document
from pipeline.run import analyse

#: ISO timestamps in brackets, the level in brackets; run in 2033 on 2032's data
_BRACKETED = """[2033-01-05T08:00:00Z] [INFO] sync-job v1.4 started, year=2032
[2033-01-05T08:00:01Z] [INFO] 读取 /in/ms_2032_targets.csv，共 8 行，耗时 0.21s
[2033-01-05T08:00:02Z] [INFO] 指标[新增托育托位] 目标值 300 个，完成值 318 个
[2033-01-05T08:00:02Z] [WARN] 指标[既有住宅加装电梯] 完成值 27 < 目标值 30（完成率 90.0%）
[2033-01-05T08:00:03Z] [ERROR] 指标[社区食堂] 完成值为空（目标值 12 个）
[2033-01-05T08:00:04Z] [WARN] 连接池使用率 92%（23/25）
[2033-01-05T08:00:05Z] [INFO] 总耗时 5.2 s，峰值内存 128.6 MB，退出码 0
"""

#: Python's default logging format, the logger before the level; the year named by the
#: table it loads, in words
_PYTHON = """2031-02-10 10:00:00,001 - loader - INFO - 载入某县2030年民生实事目标任务表，项目 8 件
2031-02-10 10:00:00,120 - validator - INFO - 项目【新增养老床位】 目标值 200，完成值 215
2031-02-10 10:00:00,121 - validator - INFO - 项目【城镇新增就业】 目标值 5000 人，完成值 5230 人
2031-02-10 10:00:00,300 - writer - INFO - 写入 12 行，耗时 0.4s
"""


def _by_text(text: str) -> dict[str, object]:
    return {r.text: r for r in analyse(Document(doc_id="t", text=text))[0]}


def test_messages_give_the_projects_figures_in_the_data_year():
    records = _by_text(_BRACKETED)
    assert (records["300 个"].stance, records["300 个"].indicator, records["300 个"].year) == ("target", "托育托位", 2032)
    assert records["318 个"].stance == "achieved"


def test_a_bare_value_takes_its_projects_measure_word_and_its_own_stance():
    records = _by_text(_BRACKETED)
    assert (records["27"].unit, records["27"].stance) == ("部", "achieved")
    assert (records["30"].unit, records["30"].stance) == ("部", "target")
    python = _by_text(_PYTHON)
    assert (python["200"].unit, python["200"].stance, python["200"].year) == ("张", "target", 2030)
    assert python["215"].stance == "achieved"


def test_a_missing_value_lends_no_stance():
    assert _by_text(_BRACKETED)["12 个"].stance == "target"


def test_the_jobs_own_metrics_and_the_run_date_are_no_records():
    texts = set(_by_text(_BRACKETED)) | set(_by_text(_PYTHON))
    assert not texts & {"8 行", "0.21s", "92%", "5.2 s", "128.6 MB", "12 行", "0.4s"}
    view = reading_order(_BRACKETED).text
    assert "2033" not in view and "[WARN]" not in view


def test_text_with_a_few_times_is_no_log():
    prose = "数据截至：2031-10-31 18:00:00。今年新增托位300个。\n更新于 2031-11-01 09:00:00 INFO\n"
    assert applog_regions(prose) == []
