"""Rebuild links.json (hand links target -> result for the pair 2500 plan / 2501 report).

Run inside tests/heldout25: python3 make_links.py
Stdlib only; reads this set's gold JSON. Each pair names a record by its span text and,
where the text occurs more than once among the document's gold records, its 0-based
occurrence; the links themselves were decided by reading the two documents side by side.
Runs the shared `tools/make_links.py`; this file keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [  # (target text, nth), (result text, nth)
    (('12.6亿元', 0), ('12.1亿元', 0)),      # 总投资 -> 累计完成投资
    (('800个', 0), ('862个', 0)),            # 普惠性托位
    (('6个', 0), ('7个', 0)),                # 社区嵌入式托育点
    (('4.2万人次', 0), ('4.36万人次', 0)),    # 眼保健和视力检查
    (('8000名', 0), ('8215名', 0)),          # 窝沟封闭
    (('9所', 0), ('7所', 0)),                # 中小学和幼儿园 (7 of the 9 opened)
    (('6300个', 0), ('5100个', 0)),          # 学位
    (('3.6万名', 0), ('3.82万名', 0)),        # 暑期托管和课后服务
    (('120人', 0), ('126人', 0)),            # 银龄讲学教师
    (('12家', 0), ('12家', 0)),              # 社区卫生服务站
    (('1.5万名', 0), ('1.41万人', 0)),        # 两癌筛查
    (('15个', 0), ('16个', 0)),              # 百姓健身房
    (('120条', 0), ('123条', 0)),            # 健身路径
    (('30家', 0), ('31家', 0)),              # 老年食堂
    (('60万人次', 0), ('63.5万人次', 0)),     # 助餐服务
    (('1000户', 0), ('1012户', 0)),          # 适老化改造
    (('100张', 0), ('100张', 0)),            # 认知障碍照护床位
    (('18个', 0), ('18个', 0)),              # 老旧小区
    (('6200户', 0), ('6350户', 0)),          # 居民
    (('80台', 0), ('58台', 0)),              # 加装电梯 -> 完工
    (('3000套（间）', 0), ('3260套（间）', 0)),  # 保障性租赁住房
    (('2.5万人', 0), ('2.71万人', 0)),        # 城镇新增就业
    (('3万人次', 0), ('3.3万人次', 0)),       # 职业技能培训
    (('300个', 0), ('312个', 0)),            # 公益性岗位
    (('1235元', 0), ('1235元', 0)),          # 城乡低保标准
    (('2000名', 0), ('2108名', 0)),          # 残疾人康复
    (('5000个', 0), ('5420个', 0)),          # 公共停车泊位
    (('60公里', 0), ('61.5公里', 0)),         # 农村公路
    (('10条', 0), ('10条', 0)),              # 公交线路
    (('20个', 0), ('22个', 0)),              # 口袋公园
    (('35公里', 0), ('35.6公里', 0)),         # 河道
    (('5万户', 0), ('5.12万户', 0)),          # 燃气泄漏报警器
    (('2万人次', 0), ('2.2万人次', 0)),       # 应急救护培训
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='2500', report='2501', key=('text',), target='first', result='first', stance=None)
