"""Bar charts dumped under their captions, read as tables (pipeline/chartdump.py); the texts are made up."""
from pipeline.chartdump import chart_dump_regions
from pipeline.document import DocMeta, Document
from pipeline.run import analyse

ONE_SERIES = ("图1　10件民生实事完成投资（单位：亿元）\n0.0　　0.5　　1.0　　1.5\n"
              "托育服务\n0.18\n教育提质\n1.52\n养老服务\n0.39\n\n说明：数据截至12月31日。\n")
TWO_SERIES = ("图3　主要子项目年度目标与实际完成\n■年度目标　■实际完成\n"
              "普惠托位（个）\n240\n256\n新增学位（个）\n1080\n1080\n两癌筛查（人）\n8000\n8315\n")


def records_of(text: str) -> dict[str, tuple]:
    records, _ = analyse(Document("t", text, meta=DocMeta()), doc_year=2026)
    return {r.text: (r.value, r.unit, r.category, r.stance) for r in records}


def test_a_one_series_chart_reads_each_bar_in_the_caption_s_unit_and_its_name_s_topic():
    found = records_of(ONE_SERIES)
    assert found["0.18"][:3] == (18_000_000, "元", "常有善育")
    assert found["1.52"][:3] == (152_000_000, "元", "常有优学")
    assert not {"0.0", "0.5", "1.0", "1.5"} & set(found)        # the axis's ticks are no figures


def test_a_chart_with_a_legend_of_target_and_result_reads_as_a_progress_table():
    records, _ = analyse(Document("t", TWO_SERIES, meta=DocMeta()), doc_year=2026)
    cells = [(r.text, r.unit, r.stance) for r in records]
    assert cells[:2] == [("240", "个", "target"), ("256", "个", "achieved")]
    assert ("8315", "人", "achieved") in cells and len(cells) == 6


def test_the_view_starts_under_the_caption_and_ends_with_the_last_bar():
    ((start, end, pieces),) = chart_dump_regions(ONE_SERIES)
    assert ONE_SERIES[start:end].startswith("0.0") and ONE_SERIES[start:end].endswith("0.39")
    assert pieces[0] == "项目\t完成投资（亿元）"


def test_no_chart_where_too_few_bars_or_no_unit_or_no_caption_stand():
    assert chart_dump_regions("图1　完成投资（单位：亿元）\n托育服务\n0.18\n教育提质\n1.52\n") == []
    assert chart_dump_regions("图2　各领域项目数\n托育服务\n3\n教育提质\n5\n养老服务\n2\n") == []
    assert chart_dump_regions("托育服务\n0.18\n教育提质\n1.52\n养老服务\n0.39\n") == []
