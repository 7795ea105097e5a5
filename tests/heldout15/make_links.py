"""Rebuild links.json (hand-chosen target→result pairs, 1500 plan → 1501 report) from this
set's gold JSON. Run inside tests/heldout15. Stdlib only; imports nothing from the package.
Each pair names a record by its text and, where the text repeats, its occurrence (0-based).
Runs the shared `tools/make_links.py`; this file keeps the pairs."""
import runpy
from pathlib import Path

PAIRS = [  # (plan text, occurrence), (report text, occurrence)
    (("3.68亿元", 0), ("1.97亿元", 0)),
    (("360个", 0), ("212个", 0)),
    (("6个", 0), ("4个", 0)),
    (("2.5万人次", 0), ("1.36万人次", 0)),
    (("15个", 0), ("17个", 0)),
    (("4所", 0), ("2所", 0)),
    (("3150个", 0), ("1620个", 0)),
    (("24个", 0), ("26个", 0)),
    (("10万人次", 0), ("5.3万人次", 0)),
    (("800户", 0), ("526户", 0)),
    (("31个", 0), ("9个", 0)),
    (("12.6公里", 0), ("8.4公里", 0)),
    (("35部", 0), ("14部", 0)),
    (("5600人", 0), ("3180人", 0)),
    (("3000人次", 0), ("1750人次", 0)),
    (("650个", 0), ("668个", 0)),
    (("1500个", 0), ("920个", 0)),
]


if __name__ == '__main__':
    HERE = Path(__file__).resolve().parent
    write_links = runpy.run_path(str(HERE.parents[1] / 'tools' / 'make_links.py'))['write_links']
    write_links(HERE, PAIRS, plan='1500_cff3770c2629782a', report='1501_55a6d92dc2e1025d', key=('text',), target='first',
                result='first', stance=None)
