"""The packages import only downward: minsheng → evaluation, ledger → pipeline → extractors.
Every import of the project's own packages counts, also one inside a function (a lazy
import is still a cycle); an import under `if TYPE_CHECKING:` is for the type checker
only and does not run."""
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


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imported_packages(source: str) -> set[str]:
    """The project's packages a module imports when it runs."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking_only(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return found & set(PACKAGES)


def test_the_reader_sees_lazy_imports_and_skips_type_checking_blocks():
    source = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pipeline.run import Backups\n"
              "def f():\n    from evaluation.gold import read_gold_dir\n")
    assert imported_packages(source) == {"evaluation"}


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_imports_only_the_layers_below_it(package):
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported - ALLOWED[package] - {package})
        for path in sorted((ROOT / package).rglob("*.py"))
        if (imported := imported_packages(path.read_text(encoding="utf-8"))) - ALLOWED[package] - {package}
    }
    assert not wrong, f"upward imports: {wrong}"
