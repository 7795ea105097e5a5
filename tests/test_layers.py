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


# ------------------------------------------------------------------ modules inside a package

#: Import cycles between modules that are there by design: the dispatcher hands an archive to
#: its reader, which hands each member back to the dispatcher (an archive holds files of every
#: kind, archives too).
KNOWN_CYCLES = [{"pipeline.loaders", "pipeline.loaders.archive"}]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, modules: set[str]) -> set[str]:
    """The project's modules that the module at `path` imports anywhere (relative imports
    resolved; `from pkg import name` counts the module `pkg.name` where there is one)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                base = ".".join(parent + ([node.module] if node.module else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected parts of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in graph[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            part = set()
            while not part or module not in part:
                part.add(stack.pop())
            if len(part) > 1:
                cycles.append(part)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def test_the_cycle_finder_sees_a_lazy_cycle_and_no_chain():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_modules_inside_a_package_import_one_another_without_a_cycle():
    paths = {_module_name(path): path for package in PACKAGES for path in (ROOT / package).rglob("*.py")}
    graph = {name: _imported_modules(path, set(paths)) for name, path in paths.items()}
    assert graph["pipeline.codeframes"] >= {"pipeline.spans", "pipeline.sqldump"}   # relative imports resolve
    unknown = [sorted(part) for part in _cycles(graph) if part not in KNOWN_CYCLES]
    assert not unknown, f"import cycles: {unknown}"


def names_bound_twice(source: str) -> list[str]:
    """The names a module's top level binds more than once (a function, a class or a constant):
    the later one silently replaces the earlier, as a second test of one name hides the first
    and a second pattern of one name changes the code that reads the first."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound = [node.name]
        elif isinstance(node, ast.Assign):
            bound = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound = [node.target.id]
        else:
            bound = []
        for name in bound:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_names_bound_twice_are_found():
    assert names_bound_twice("A = 1\ndef f(): pass\nA = 2\ndef f(): pass\nB = 3\n") == ["A", "f"]


@pytest.mark.parametrize("path", sorted(str(p.relative_to(ROOT)) for folder in (*PACKAGES, "tests")
                                        for p in (ROOT / folder).glob("*.py")))
def test_no_module_binds_a_top_level_name_twice(path):
    assert names_bound_twice((ROOT / path).read_text(encoding="utf-8")) == []
