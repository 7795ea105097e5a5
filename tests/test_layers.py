"""The packages import only downward: minsheng → evaluation, ledger → pipeline → extractors.
Every import of the project's own packages counts, also one inside a function (a lazy
import is still a cycle) and one under `if TYPE_CHECKING:` (a type named from a layer
above ties the layers as an import does: a lower layer states what it needs as a Protocol)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("extractors", "pipeline", "evaluation", "ledger", "minsheng")
#: What each package may import of the others.
ALLOWED = {
    "extractors": set(),
    "pipeline": {"extractors"},
    "evaluation": {"pipeline", "extractors"},
    "ledger": {"pipeline", "extractors"},
    "minsheng": {"evaluation", "ledger", "pipeline", "extractors"},
}


def imported_packages(source: str) -> set[str]:
    """The project's packages a module imports anywhere: at its top, in a function, or for
    the type checker only."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & set(PACKAGES)


def test_the_reader_sees_lazy_imports_and_type_checking_blocks():
    source = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pipeline.run import Backups\n"
              "def f():\n    from evaluation.gold import read_gold_dir\nfrom .record import Record\n")
    assert imported_packages(source) == {"evaluation", "pipeline"}


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_imports_only_the_layers_below_it(package):
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported - ALLOWED[package] - {package})
        for path in sorted((ROOT / package).rglob("*.py"))
        if (imported := imported_packages(path.read_text(encoding="utf-8"))) - ALLOWED[package] - {package}
    }
    assert not wrong, f"upward imports: {wrong}"
