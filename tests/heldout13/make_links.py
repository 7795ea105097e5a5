"""Rebuild links.json (hand links target -> result for the pair 1303 plan / 1304 report).

Run inside tests/heldout13:  python3 make_links.py
Stdlib only; imports nothing from the package. Each pair names a record of each document by its text: the first
record with that text of stance target (1303) / achieved (1304). Runs the shared `tools/make_links.py`; this file
keeps the pairs.
"""
import runpy
from pathlib import Path

PAIRS = [('1500个','1620'),('600个','680个'),('4000人次','4350'),('16所','16所'),('1.2万个','1.25万'),('80处','86'),('60万人次','71.3万人次'),
('2000户','2000户'),('500张','468'),('92个','92个'),('2.6万户','2.61万户'),('100部','83部'),('4.2万人','4.57万人'),('3万人次','3.2万人次'),
('2800个','2860个'),('5万人','5.3万人'),('30处','30处'),('5000个','5360'),('25个','27个'),('32.8亿元','34.1亿元')]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='1303_5eca99377ead682b', report='1304_63eada191f701078', key=('text',),
                target='first', result='first', newline=False)
