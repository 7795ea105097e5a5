"""Chart sources in a web page (ECharts options) read as tables (pipeline/charts.py).
Made-up pages in the forms sites publish their charts."""
from pipeline.charts import chart_regions
from pipeline.document import Document
from pipeline.run import analyse

_PAGE = """<html><head><title>图说某区民生实事</title></head><body>
<p>近三年，全区民生实事成效明显。</p>
<div id="c1" style="width: 100%;height:400px;"></div>
<script>
var c1 = echarts.init(document.getElementById('c1'));
var option = {
    title: { text: '2028—2030年某区托育与养老', left: 'center', top: 8 },
    tooltip: { trigger: 'axis', formatter: '{b}年：{c}' },
    legend: { data: ['新增托位(个)', '新增养老床位(张)'] },
    xAxis: { type: 'category', data: ['2028', '2029', '2030'] },
    yAxis: { type: 'value', min: 0, max: 900 },
    series: [
        { name: '新增托位(个)', type: 'bar', barWidth: 24, data: [310, 455, 610] },
        { name: '新增养老床位(张)', type: 'line', data: [{ value: 120, symbolSize: 8 }, 180, 240] }
    ]
};
c1.setOption(option);
</script>
<script>
echarts.init(document.getElementById('c2')).setOption({
    title: { text: '农村自来水普及', subtext: '单位：万人' },
    xAxis: { type: 'category', data: ['2029年', '2030年'] },
    yAxis: { type: 'value' },
    series: [{ name: '受益人口', type: 'line', data: [2.4, 3.15] }]
});
</script>
<script>
option = {
    title: { text: '2030年某区民生实事完成率' },
    xAxis: { type: 'value', min: 60, max: 150 },
    yAxis: { type: 'category', data: ['学前教育扩容', '社区养老', '老旧小区改造'] },
    series: [{ name: '完成率(%)', type: 'bar', data: [104.2, 98.5, 121.0] }],
    markLine: { data: [{ xAxis: 100 }] }
};
</script>
</body></html>
"""


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    return {r.text: r for r in records}


def test_a_series_figure_takes_its_name_s_unit_and_its_axis_year():
    found = _records(_PAGE)
    assert [(found[t].value, found[t].unit, found[t].year) for t in ("310", "455", "610")] == [
        (310, "个", 2028), (455, "个", 2029), (610, "个", 2030)]
    assert (found["120"].unit, found["120"].year) == ("张", 2028)            # `{ value: 120, … }`


def test_a_chart_s_subtitle_gives_its_unit_where_the_series_name_gives_none():
    found = _records(_PAGE)
    assert (found["2.4"].value, found["2.4"].unit, found["2.4"].year) == (24_000, "人", 2029)


def test_a_category_axis_of_projects_names_the_rows():
    found = _records(_PAGE)
    assert [(found[t].unit, found[t].category) for t in ("104.2", "98.5", "121.0")] == [
        ("%", "常有优学"), ("%", "常有颐养"), ("%", "常有安居")]


def test_sizes_bounds_and_mark_lines_are_no_figures():
    found = _records(_PAGE)
    for number in ("400", "24", "900", "60", "150", "100", "8"):
        assert number not in found


def test_offsets_of_chart_figures_point_into_the_original():
    records, _ = analyse(Document("x", _PAGE))
    assert records
    for r in records:
        assert _PAGE[r.start:r.end] == r.text


def test_a_script_without_a_chart_is_left_as_it_stands():
    assert chart_regions("<script>var data = { series: 3, list: [1, 2] };</script>") == []
    assert chart_regions("全年新增托位600个。") == []


def test_a_short_page_s_chart_rows_are_not_joined_as_wrapped_prose():
    """Rows of a chart's table, as long as the page's lines, stay rows: a line cut by
    tabs is no hard-wrapped prose (pipeline/document.py)."""
    found = _records(_PAGE)
    assert found["310"].indicator == "托位" and found["120"].indicator == "养老床位"


_PIE_AND_DATASET = """<div id="p"></div>
<script type="text/javascript">
myChart.setOption({
    title: { text: '2031年某县民生资金投向', subtext: '单位：万元' },
    series: [{ name: '资金', type: 'pie', radius: '55%',
               data: [{ value: 5200, name: '教育' }, { value: 3100, name: '养老服务' }, { value: 1800, name: '城乡交通' }] }]
});
</script>
<script>
var opt = {
    dataset: { source: [['指标', '2030', '2031'], ['新建公园(个)', 4, 6], ['新增停车位(个)', 1200, 1650]] },
    xAxis: { type: 'category' }, yAxis: {},
    series: [{ type: 'bar' }, { type: 'bar' }]
};
</script>
"""


def test_a_pie_s_slices_name_its_rows():
    found = _records(_PIE_AND_DATASET)
    assert [(found[t].value, found[t].unit) for t in ("5200", "3100", "1800")] == [
        (52_000_000, "元"), (31_000_000, "元"), (18_000_000, "元")]
    assert "55" not in found and "55%" not in found                       # the pie's radius


def test_a_dataset_source_is_read_as_its_rows():
    found = _records(_PIE_AND_DATASET)
    assert (found["1650"].unit, found["1650"].year) == ("个", 2031)
    assert (found["4"].unit, found["4"].year) == ("个", 2030)
