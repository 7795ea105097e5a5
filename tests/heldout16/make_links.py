"""Write links.json: hand links target -> result for the pair 1600 (ballot, plan) / 1601 (broadcast, report).

Run inside tests/heldout16:  python3 make_links.py
Stdlib only; reads this set's gold JSON and imports nothing from the package. Each link names a
record by its text and, where the text occurs more than once in the document's records, by the
occurrence (0 = first); the script checks that the record exists and writes its offsets.
Runs the shared `tools/make_links.py`; this file keeps the links (the third element, what is counted, is a note).
"""
import runpy
from pathlib import Path

# (target text, occurrence), (result text, occurrence), what is counted
LINKS = [
    (("600个", 0), ("六百三十个", 0), "普惠托位"),
    (("8个", 0), ("八个", 0), "社区嵌入式托育点"),
    (("3所", 0), ("三所", 0), "新建改扩建学校"),
    (("2700个", 0), ("两千八百个", 0), "学位"),
    (("22个", 0), ("二十四个", 0), "老年食堂"),
    (("12万人次", 0), ("十三万六千人次", 0), "助餐服务"),
    (("650户", 0), ("六百一十二户", 0), "适老化改造家庭"),
    (("42个", 0), ("四十二个", 0), "老旧小区"),
    (("9800户", 0), ("一万零二百户", 0), "受益居民"),
    (("30部", 0), ("二十六部", 0), "加装电梯"),
    (("6500人", 0), ("七千一百人", 0), "城镇新增就业"),
    (("3200人次", 0), ("三千四百多人次", 0), "职业技能培训"),
    (("800万元", 0), ("九百二十万元", 0), "临时救助金"),
    (("4个", 0), ("四个", 0), "残疾人之家"),
    (("1800个", 0), ("一千二百个", 0), "公共停车泊位"),
    (("18公里", 0), ("十八点六公里", 0), "老旧燃气管道"),
    (("3万户", 0), ("两万八千户", 0), "燃气报警器（居民户）"),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, [(t, r) for t, r, _what in LINKS], plan='1600', report='1601', key=('text',), target='first',
                result='first', stance='check')
