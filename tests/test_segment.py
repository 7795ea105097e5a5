"""extractors/segment.py: jieba's prefix dictionary read from jieba's own cache in one piece."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _run(code: str) -> str:
    """`code` in a fresh interpreter: jieba's dictionary loads once per process."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=ROOT).stdout.strip()


def test_the_dictionary_read_in_one_piece_is_the_one_jieba_loads():
    shown = _run(
        "import jieba\n"
        "from extractors.segment import words\n"
        "cut = words('老旧小区加装电梯120部')\n"
        "own = jieba.Tokenizer(); own.initialize()      # jieba's own marshal.load of the same cache\n"
        "print(own.FREQ == jieba.dt.FREQ, own.total == jieba.dt.total, len(own.FREQ) > 300000,\n"
        "      cut == tuple(own.cut('老旧小区加装电梯120部', HMM=False)))")
    assert shown == "True True True True"


def test_a_damaged_cache_falls_back_to_jieba_building_the_dictionary(tmp_path):
    (tmp_path / "jieba.cache").write_bytes(b"not a marshal dump")
    shown = _run(
        "import jieba\n"
        f"jieba.dt.tmp_dir = {str(tmp_path)!r}\n"
        "from extractors.segment import words\n"
        "print(words('新建社区食堂8个'), jieba.dt.total > 0)")
    assert shown == "('新建', '社区', '食堂', '8', '个') True"


def test_jieba_loads_without_pkg_resources_and_leaves_it_importable():
    shown = _run(
        "import sys\n"
        "from extractors.segment import words\n"
        "print(words('新建社区食堂8个'), 'pkg_resources' in sys.modules)\n"
        "import importlib.util; print(importlib.util.find_spec('pkg_resources') is not None or 'absent')")
    assert shown.splitlines()[0] == "('新建', '社区', '食堂', '8', '个') False"
    assert shown.splitlines()[1] in ("True", "absent")
