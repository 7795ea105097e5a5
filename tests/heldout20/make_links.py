"""Rebuild links.json (run inside tests/heldout20): hand-chosen target→result pairs for the
pair 2000 (plan, mysql query output) / 2001 (report, WPS completion ledger). Stdlib only.
Each pair names the plan's target record by (indicator, text) and the result as the first
`achieved` record of the ledger with that indicator and the expected text (the 完成数 cell of the same row).
Runs the shared `tools/make_links.py`; this file keeps the pairs."""
import runpy
from pathlib import Path

PAIRS = [  # (indicator, target text in 2000, expected result text in 2001)
    ('普惠托位', '360个', '372'), ('社区托育点', '6个', '6'), ('学位', '540个', '540'),
    ('课后服务学校', '38所', '38'), ('村卫生室', '25个', '25'), ('适龄妇女两癌筛查', '8000人', '8316'),
    ('社区老年食堂', '10个', '9'), ('特困老人家庭适老化改造', '500户', '512'), ('老旧小区', '18个', '18'),
    ('加装电梯', '30部', '26'), ('困难残疾人', '1200名', '1236'), ('城镇新增就业', '6500人', '7012'),
    ('公共停车泊位', '1500个', '1580'), ('口袋公园', '12个', '12'), ('燃气管道', '42公里', '43.5'),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, [((ind, t), (ind, r)) for ind, t, r in PAIRS], plan='2000', report='2001',
                key=('indicator', 'text'), result='first', newline=False)
