"""HTML source in a text dump (pipeline/markup.py): tags read as nothing, cells as
tab-separated, merged cells as that many cells; offsets stay in the original. Made-up pages."""
import pytest

from pipeline.document import Document, clean_view
from pipeline.markup import markup_edits
from pipeline.run import analyse

PAGE = ("<html><head><title>某市民生实事计划表</title><style>td{color:red}</style></head><body>\n"
        "<h1>某市2031年民生实事计划表</h1>\n"
        "<table border=\"1\">\n"
        "<tr><th>序号</th><th>类别</th><th>项目名称</th><th>主要内容</th><th>计划投资（万元）</th></tr>\n"
        "<tr><td>1</td><td rowspan=\"2\">养老服务</td><td>老年助餐</td><td>新建老年助餐点40个</td><td>1,800</td></tr>\n"
        "<tr><td>2</td><td>适老化改造</td><td>为900户老年人家庭实施适老化改造</td><td>2,700</td></tr>\n"
        "<tr><td colspan=\"4\">合计</td><td>4,500</td></tr>\n"
        "</table>\n<p>注：资金&nbsp;按季度拨付。</p></body></html>\n")


def records(text):
    found, _ = analyse(Document("t", text), doc_year=2031)
    return {r.text: r for r in found}


def test_a_table_in_html_source_reads_as_tab_separated_rows():
    view = clean_view(PAGE)
    lines = view.text.splitlines()
    assert "序号\t类别\t项目名称\t主要内容\t计划投资（万元）" in lines
    assert "1\t养老服务\t老年助餐\t新建老年助餐点40个\t1,800" in lines
    # the cell merged from the row above stands as an empty cell in its column
    assert "2\t\t适老化改造\t为900户老年人家庭实施适老化改造\t2,700" in lines
    # a cell merged over four columns is four cells
    assert "合计\t\t\t\t4,500" in lines
    assert "td{color" not in view.text and "<" not in view.text


def test_figures_in_html_cells_keep_offsets_into_the_source():
    found = records(PAGE)
    for text, value in [("1,800", 18_000_000), ("2,700", 27_000_000), ("40个", 40), ("900户", 900)]:
        assert found[text].value == value
        assert PAGE[found[text].start:found[text].end] == text
    assert found["2,700"].unit == "元"
    assert found["900户"].category == "常有颐养"


def test_entities_read_as_their_characters():
    view = clean_view("首页&nbsp;&gt;&nbsp;公开<br>新增托位&#50;00个")
    assert view.text == "首页 > 公开新增托位200个"
    at = view.text.index("200个")
    start, end = view.offsets.span_to_original(at, at + 4)
    assert "首页&nbsp;&gt;&nbsp;公开<br>新增托位&#50;00个"[start:end] == "&#50;00个"


@pytest.mark.parametrize("text", ["完成率<5%的项目3个", "年龄a<b且b>c", "新增托位200个。", "R&D投入3亿元"])
def test_text_without_html_tags_is_left_as_it_is(text):
    assert markup_edits(text) == []
    assert clean_view(text).text == text


@pytest.mark.parametrize("source", [
    # pretty-printed: a cell on each line
    "<table>\n  <tr>\n    <th>项目</th>\n    <th>新增托位（个）</th>\n  </tr>\n  <tr>\n    <td>社区托育</td>\n"
    "    <td>320</td>\n  </tr>\n</table>\n",
    # minified: the whole table on one line
    "<table><tr><th>项目</th><th>新增托位（个）</th></tr><tr><td>社区托育</td><td>320</td></tr></table>\n",
])
def test_rows_stand_on_lines_of_their_own_however_the_source_breaks_its_lines(source):
    lines = [line.strip() for line in clean_view(source).text.splitlines() if line.strip()]
    assert lines == ["项目\t新增托位（个）", "社区托育\t320"]
    found = records(source)
    assert (found["320"].value, found["320"].unit) == (320, "个")


def test_an_unclosed_script_hides_only_its_tag():
    text = "<script>var a=1;<p>新增托位200个</p>" + "<script>" * 1000
    assert "新增托位200个" in clean_view(text).text
