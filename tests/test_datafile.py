"""Data files (YAML and INI exports) read as labelled figures (pipeline/datafile.py).
Made-up files in the forms open-data portals export."""
from pipeline.datafile import datafile_regions
from pipeline.document import Document
from pipeline.run import analyse

_YAML = """# 某市公共数据开放平台
# 数据集编号：AB-2031-007   版本：v2.0   更新时间：2031-03-02 09:00:00
年度: 2031
项目数量_项: 8
projects:
  - 编号: XM2031-01
    名称: 社区嵌入式托育
    类别: 托育
    目标:
      新增托位_个: 260
      "托育点_处": 12
    总投资_万元: 980   # 含省级补助
  - 编号: XM2031-02
    名称: 助老服务
    类别: 养老
    完成:
      助餐人次_万人次: 3.5
联系电话: "0123-4567890"
"""

_INI = """; 导出文件 export_2032.ini   导出时间：2032-01-05 10:20
[总体]
年度 = 2032
资金总额_亿元 = 1.25
[项目01_学前教育]
新建幼儿园_所 = 2
新增学位_个 = 540
生活补贴_元每月每人 = 150
完成时限 = 2032-09-01
[项目02_体育健身]
健身步道_公里 = —
联系人 = 王某
"""


def _records(text: str) -> dict[str, object]:
    records, _ = analyse(Document("x", text))
    return {r.text: r for r in records}


def test_a_yaml_key_with_a_unit_after_its_words_gives_its_value_that_unit_and_indicator():
    found = _records(_YAML)
    assert (found["260"].value, found["260"].unit, found["260"].indicator) == (260, "个", "托位")
    assert (found["980"].value, found["980"].unit) == (9_800_000, "元")     # 万元, comment dropped
    assert (found["3.5"].value, found["3.5"].unit) == (35_000, "人次")
    assert found["12"].unit == "处"                                      # a quoted key


def test_offsets_of_data_file_figures_point_into_the_original():
    records, _ = analyse(Document("x", _YAML))
    for r in records:
        assert _YAML[r.start:r.end] == r.text


def test_a_list_item_s_group_names_the_category_and_a_parent_key_the_stance():
    found = _records(_YAML)
    assert found["260"].category == "常有善育"
    assert found["3.5"].category == "常有颐养"
    assert found["260"].stance == "target"          # under 目标:
    assert found["3.5"].stance == "achieved"        # under 完成:


def test_identifiers_versions_dates_and_phone_numbers_in_a_data_file_are_no_figures():
    texts = set(_records(_YAML)) | set(_records(_INI))
    for word in ("2031", "2.0", "01", "2032", "0123-4567890", "4567890", "09", "05"):
        assert word not in texts


def test_an_ini_section_names_its_figures_project_and_a_rate_unit_in_words_is_read():
    found = _records(_INI)
    assert (found["1.25"].value, found["1.25"].unit) == (125_000_000, "元")
    assert (found["540"].unit, found["540"].category) == ("个", "常有优学")
    assert (found["150"].value, found["150"].unit, found["150"].per) == (150, "元", "人·月")
    assert (found["2"].unit, found["2"].indicator) == ("所", "幼儿园")


def test_the_first_section_of_a_data_file_is_an_entry_not_the_document_s_title():
    found = _records("[项目01_学前教育]\n" + _INI.split("[项目01_学前教育]\n", 1)[1])
    assert found["540"].category == "常有优学"


def test_a_data_file_whose_keys_bracket_their_units_is_read_by_its_sections_too():
    text = ("[项目A_养老服务]\n名称 = 颐养之家\n新建助餐点（个） = 14\n床位（张） = 120\n"
            "[项目B_公共文化]\n新建书房（个） = 6\n投资（万元） = 300\n")
    found = _records(text)
    assert (found["14"].unit, found["14"].category) == ("个", "常有颐养")
    assert (found["300"].value, found["300"].category) == (3_000_000, "文体惠民")


def test_prose_with_a_few_key_lines_or_keys_without_units_is_not_a_data_file():
    assert datafile_regions("来源: 某日报\n编辑: 张三\n今年新增托位300个。\n") == []
    assert datafile_regions("a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\n") == []
    assert datafile_regions("新增学位_个: 30\n学校_所: 2\n") == []       # too few keys


def test_a_yaml_or_ini_file_on_disk_is_loaded_as_text_and_read(tmp_path):
    from pipeline import extract

    for name, text in (("export.yaml", _YAML), ("export.ini", _INI)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        records = extract(path)
        assert {r.text for r in records} >= ({"260", "980"} if name.endswith("yaml") else {"540", "1.25"})


def test_the_variants_an_export_writes_for_goal_and_result_keys_give_the_stance():
    # review of the held-out 11/12 rules: `目标值`, `已完成` as well as `目标`, `完成`
    text = """年度: 2031
projects:
  - 编号: XM2031-05
    名称: 城区公园
    类别: 公园
    目标值:
      新建公园_个: 14
    已完成:
      新建公园_个: 11
    总投资_万元: 980
"""
    found = _records(text)
    assert (found["14"].stance, found["11"].stance) == ("target", "achieved")


_JSON = """某市公共数据开放平台　数据集：社区食堂信息
字段说明：xh 序号；mc 名称；lb 类别；zw 座位（含包间）数量；zw_dw 座位单位；mj 面积；mj_dw 面积单位；dh 电话。

数据预览（JSON）：
[
  {
    "xh": 1,
    "mc": "东城社区长者食堂",
    "lb": "养老",
    "zw": 60,
    "zw_dw": "个",
    "mj": 180.5,
    "mj_dw": "平方米",
    "dh": "0123-4567890",
    "bz": null
  },
  {
    "xh": 2,
    "mc": "西城社区长者食堂",
    "lb": "养老",
    "zw": 45,
    "zw_dw": "个",
    "mj": 120,
    "mj_dw": "平方米",
    "dh": "0123-4567891",
    "bz": "新建"
  }
]
"""


def test_a_json_export_s_values_take_their_sibling_keys_units_and_the_dictionary_s_names():
    found = _records(_JSON)
    assert (found["60"].value, found["60"].unit, found["60"].indicator) == (60, "个", "座位")
    assert (found["180.5"].value, found["180.5"].unit) == (180.5, "平方米")
    assert (found["120"].unit, found["45"].unit) == ("平方米", "个")
    # the serial number, the phone number and the null are no figures; offsets point into the original
    assert set(found) == {"60", "180.5", "45", "120"}
    records, _ = analyse(Document("x", _JSON))
    assert all(_JSON[r.start:r.end] == r.text for r in records)
    # an object's name and group head its figures, as a YAML list item's do
    assert found["45"].category == "常有颐养"


def test_json_members_without_units_are_no_data_file():
    text = '{\n  "name": "某某",\n  "version": "1.2.3",\n  "count": 12,\n  "size": 40,\n  "page": 3\n}\n'
    assert datafile_regions(text) == []
