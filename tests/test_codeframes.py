"""Data frames of an analyst's notebook read as tables (pipeline/codeframes.py). Made-up
notebooks: R Markdown with knitr output, a reprex, a Jupyter notebook exported as text."""
from pipeline.codeframes import frame_regions
from pipeline.columns import reading_order
from pipeline.document import Document
from pipeline.run import analyse

_RMD = """---
title: "某县2031年为民办实事进度"
output: html_document
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(fig.width = 7)
```

```{r}
df <- data.frame(
  指标 = c("农村公路提质改造", "老年助餐服务点"),  # 两项
  计量单位 = c("公里", "个"),
  年度目标 = c(85, 12L),
  累计完成 = c(NA, 9),
  stringsAsFactors = FALSE
)
df
```

```
##   指标             计量单位 年度目标 累计完成
## 1 农村公路提质改造 公里           85       NA
## 2 老年助餐服务点   个             12        9
```
"""

_TRIBBLE = """```r
x <- tibble::tribble(
  ~年度目标, ~项目, ~单位, ~累计完成,
  420, "新增普惠托位", "个", 315,
  60, "城镇老旧小区加装电梯", "部", 41
)
```
"""

_PANDAS = """In [3]: ms = pd.DataFrame({"项目": ["社区养老服务站", "公办幼儿园学位"], "目标（个）": [24, 1800], "完成（个）": [26, 1650]})

In [4]: ms
Out[4]:
        项目  目标（个）  完成（个）
0  社区养老服务站     24     26
1  公办幼儿园学位   1800   1650
"""


def _view(text: str) -> str:
    order = reading_order(text)
    assert order is not None
    return order.text


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    for r in records:
        assert text[r.start:r.end] == r.text
    return {r.text: r for r in records}


def test_named_vectors_are_columns_and_their_elements_the_rows():
    view = _view(_RMD)
    assert "指标\t计量单位\t年度目标\t累计完成\n农村公路提质改造\t公里\t85\t/\n老年助餐服务点\t个\t12\t9\n" in view
    # a scalar argument (`stringsAsFactors = FALSE`) and a comment are no columns
    assert "FALSE" not in view.split("df <- ")[1].split("df\n")[0]


def test_vector_cells_take_the_row_s_unit_and_label_and_the_column_s_stance():
    found = {(r.start, r.text): r for r in analyse(Document("x", _RMD))[0]}
    code = _RMD.index("年度目标 = c(")
    target = next(r for (start, text), r in found.items() if text.startswith("85") and start > code)
    assert (target.value, target.unit, target.stance, target.indicator) == (85, "公里", "target", "农村公路提质改造")
    done = next(r for (start, text), r in found.items() if text.startswith("9") and start < _RMD.index("```\n##"))
    assert (done.value, done.unit, done.stance) == (9, "个", "achieved")


def test_r_integer_suffix_and_missing_values_are_no_figure_text():
    records = analyse(Document("x", _RMD))[0]
    assert not any("L" in r.text or "NA" in r.text for r in records)
    assert any(r.text == "12" and r.unit == "个" for r in records)


def test_a_printed_frame_drops_row_numbers_and_the_knitr_prefix():
    regions = [r for r in frame_regions(_RMD) if _RMD[r[0]:r[1]].startswith("##")]
    assert len(regions) == 1
    records = [r for r in analyse(Document("x", _RMD))[0] if r.start > _RMD.index("## 1")]
    assert {(r.value, r.unit) for r in records} == {(85, "公里"), (12, "个"), (9, "个")}


def test_a_tribble_is_read_row_by_row_with_its_text_column_leading():
    view = _view(_TRIBBLE)
    assert "项目\t年度目标\t单位\t累计完成\n新增普惠托位\t420\t个\t315\n城镇老旧小区加装电梯\t60\t部\t41\n" in view
    found = _records(_TRIBBLE)
    assert (found["315"].stance, found["315"].unit, found["315"].indicator) == ("achieved", "个", "普惠托位")
    assert (found["60"].stance, found["60"].unit) == ("target", "部")


def test_a_pandas_dict_of_lists_and_its_printed_frame():
    view = _view(_PANDAS)
    assert "项目\t目标（个）\t完成（个）\n社区养老服务站\t24\t26\n公办幼儿园学位\t1800\t1650\n" in view
    found = _records(_PANDAS)
    assert (found["1800"].unit, found["1800"].stance) == ("个", "target")
    # the printed frame's index column (`0`, `1`) is no figure
    assert not any(r.text in ("0", "1") for r in analyse(Document("x", _PANDAS))[0])


def test_code_that_is_no_frame_is_left_alone():
    text = "```{r}\nplot(c(1, 2, 3), type = \"l\")\nx <- tibble(a = c(1, 2), b = c(3))\n```\n"
    assert frame_regions(text) == []          # unequal columns: no table
    assert frame_regions("本年新建data.frame(未闭合") == []


def test_a_numbered_table_whose_cells_hold_spaces_is_no_printed_frame():
    tab = "序号\t名称\t开放时间\t托位（个）\n1\t东城托育园\t周一至周五 8:00\t80\n2\t西城托育点\t周一至周六 8:00\t45\n"
    spaced = "序号  名称        开放时间          托位（个）\n1     东城托育园  周一至周五 8:00   80\n2     西城托育点  周一至周六 8:00   45\n"
    assert frame_regions(tab) == [] and frame_regions(spaced) == []


#: a notebook's own JSON: the printed frame is an output's `text/plain` array of strings
_IPYNB = '''{
 "cells": [
  {
   "cell_type": "code",
   "outputs": [
    {
     "data": {
      "text/plain": [
       "        名称  单位   计划   实际\\n",
       "0   社区书屋   个     16     18\\n",
       "1   健身步道   公里   24     21"
      ]
     },
     "output_type": "execute_result"
    }
   ],
   "source": ["tb"]
  }
 ],
 "nbformat": 4
}'''


def test_a_frame_printed_inside_a_notebooks_json_strings():
    view = _view(_IPYNB)
    assert "名称\t单位\t计划\t实际\n社区书屋\t个\t16\t18\n健身步道\t公里\t24\t21\n" in view
    found = _records(_IPYNB)
    assert (found["18"].unit, found["18"].stance) == ("个", "achieved")
    assert (found["24"].unit, found["24"].stance) == ("公里", "target")
    # the quotes, the escaped newline and the row numbers are no cells
    assert not any(r.text in ("0", "1") or "\\" in r.text for r in analyse(Document("x", _IPYNB))[0])
