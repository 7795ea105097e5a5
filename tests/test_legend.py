"""A header of codes under a legend that glosses them (pipeline/legend.py)."""
from pipeline import extract
from pipeline.legend import legend_regions

_EXPORT = ("某县国土空间基础信息平台 · 图层属性表导出\n"
           "字段说明：MBZ 年度目标值；WCZ 实际完成值；DW 计量单位；TZ 完成投资（万元）；JD/WD 点位经度、纬度。非点位项目未上图。\n\n"
           "FID\tXMMC\tMBZ\tWCZ\tDW\tTZ\tJD\tWD\n"
           "0\t普惠托位\t300\t316\t个\t1260\t112.5731\t40.8952\n"
           "1\t农村公路\t40\t38\t公里\t6800\t112.5000\t40.8500\n")


def test_the_header_of_codes_reads_as_the_legend_names_it():
    (start, end, pieces), = legend_regions(_EXPORT)
    header = [_EXPORT[p[0]:p[1]] if isinstance(p, tuple) else p for p in pieces if p != "\t"]
    assert header == ["序号", "指标", "年度目标值", "实际完成值", "计量单位", "完成投资（万元）", "点位经度、纬度", "点位经度、纬度"]
    assert _EXPORT[start:end].startswith("FID\t")


def test_a_legend_s_table_gives_its_figures_their_units_and_stances_and_no_coordinates():
    records = {r.text: r for r in extract(_EXPORT, doc_year=2031)}
    assert (records["300"].unit, records["300"].stance) == ("个", "target")
    assert (records["38"].unit, records["38"].stance) == ("公里", "achieved")
    assert records["1260"].value == 12_600_000
    assert not {"112.5731", "40.8952", "0", "1"} & set(records)


def test_codes_no_legend_glosses_read_as_they_stand():
    text = "FID\tXMMC\tMBZ\tWCZ\n0\t普惠托位\t300\t316\n"
    assert legend_regions(text) == []
