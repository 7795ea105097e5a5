"""MediaWiki source read as the page shows it (pipeline/wikitext.py). Made-up pages in the
forms a local wiki writes."""
from pipeline.columns import reading_order
from pipeline.document import Document
from pipeline.run import analyse
from pipeline.wikitext import wikitext_regions

_PAGE = """{{Infobox 县
| 名称 = 某县
| 面积 = 820平方公里
| 户籍人口 = 41.5万人
| 邮编 = 123456
}}
'''某县'''位于某省东部。

== 历年实事 ==
{| class="wikitable"
|+ 某县民生实事主要指标
! 年份 !! 书屋（个） !! 健身步道（公里） !! 备注
|-
| 2029 || 14 || style="text-align:right" | 21 || 首批<ref name="a" />
|-
! scope="row" | 2030
| 17 || 26 ||
|-
| 2031
| 20
| 30
| 计划<ref>{{cite web |url=http://example.org/x |date=2031-01-02}}</ref>
|}
"""


def _view(text: str) -> str:
    order = reading_order(text)
    assert order is not None
    return order.text


def test_a_wiki_table_reads_as_a_tab_table_without_attributes_and_citations():
    view = _view(_PAGE)
    assert "某县民生实事主要指标\n\n年份\t书屋（个）\t健身步道（公里）\t备注\n" in view
    assert "2029\t14\t21\t首批\n2030\t17\t26\t/\n2031\t20\t30\t计划\n" in view


def test_a_templates_parameters_read_one_line_each():
    view = _view(_PAGE)
    assert "面积：820平方公里。\n户籍人口：41.5万人。\n" in view and "}}" not in view.split("某县'''")[0]


def test_a_wiki_tables_figures_take_their_columns_unit_and_rows_year():
    records = {(r.text, r.start): r for r in analyse(Document("x", _PAGE))[0]}
    step = next(r for (text, start), r in records.items() if text == "21")
    assert (step.unit, step.year) == ("公里", 2029)
    assert _PAGE[step.start:step.end] == "21"
    assert not any("ref" in r.text or r.text == "123456" for r in records.values())


def test_text_without_wiki_marks_pays_one_search():
    assert wikitext_regions("某区新建书屋12个，健身步道30公里。") == []
    assert wikitext_regions("{| 不是表格\n正文一行\n") == []
