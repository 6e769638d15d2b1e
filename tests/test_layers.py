"""The layers of docs/design.md hold: what each package imports, statically and at start-up."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import sbs_desktop
from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.vocabulary import Role

PACKAGE = Path(sbs_desktop.__file__).parent


@dataclass(frozen=True)
class May:
    """One layer's leave to import another, and why it needs it."""

    reason: str
    lazily: bool = False  # only inside a function, never at module level
    only: tuple[str, ...] = ()  # just these modules of the other layer, if any are named


# What each layer may import of the others; anything not named here is refused.
ALLOWED: dict[str, dict[str, May]] = {
    "core": {},
    "store": {"core": May("it stores and returns core's domain types")},
    "exchange": {"core": May("bundles carry core's records and raise its errors")},
    "analysis": {
        "core": May("statistics are computed over core's vocabulary"),
        "exchange": May("the merged data keeps the bundle format's code separator"),
        "store": May("frames.py reads the merged tables out of the coordinator's vault"),
    },
    "app": {
        "core": May("use cases take and return core's types"),
        "store": May("use cases read and write the vault"),
        "exchange": May("exporting and merging write and read bundles"),
        "analysis": May("only the report needs pandas, scipy and matplotlib; start-up "
                        "and exports must not load them", lazily=True),
    },
    "ui": {
        "app": May("pages reach data and use cases only through app"),
        "core": May("pages show core's vocabulary and errors"),
    },
    "cli": {
        "app": May("commands run the same use cases as the GUI"),
        "core": May("commands name core's roles and errors"),
        "ui": May("the GUI is one command; Qt loads only when it runs, or when a command "
                  "first speaks and needs the catalogue", lazily=True,
                  only=("sbs_desktop.ui.application", "sbs_desktop.ui.catalogue")),
    },
}
# Higher imports lower (the allow-list above is the rule; this is how to read it).
LAYER_ORDER = "ui > app > exchange, analysis > store > core; cli > app, and ui lazily"
# Outside packages that belong to one layer only.
CONFINED = {
    "PySide6": "ui", "shiboken6": "ui",
    "pandas": "analysis", "scipy": "analysis", "matplotlib": "analysis",
    "sqlcipher3": "store", "sqlite3": "store",
}
# matplotlib's Qt canvas is a Qt widget, so it lives in ui; it may be imported there
# inside a function only, like analysis itself, so that start-up stays light.
QT_CANVAS = "matplotlib.backends.backend_qt"
SQL_CALLS = frozenset({"execute", "executemany", "executescript"})
HEAVY = ("pandas", "scipy", "matplotlib")


# -- static checks over the source ---------------------------------------------------


def _layer(path: Path, package: Path) -> str | None:
    """The layer a source file belongs to; None for the package's own __init__."""
    parts = path.relative_to(package).parts
    if len(parts) == 1:
        return "cli" if parts[0] == "__main__.py" else None
    return parts[0]


def _module_name(path: Path, package: Path) -> str:
    parts = (package.name, *path.relative_to(package).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


class _Imports(ast.NodeVisitor):
    """Every import in a module as (line, module, inside a function), plus SQL calls."""

    def __init__(self, module: str, is_package: bool) -> None:
        self.package = module if is_package else module.rpartition(".")[0]
        self.found: list[tuple[int, str, bool]] = []
        self.named: list[tuple[int, str, str]] = []  # (line, module.name, module)
        self.sql_calls: list[tuple[int, str]] = []
        self._depth = 0

    def _nested(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _nested

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.found.append((node.lineno, alias.name, self._depth > 0))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.package.split(".")[: len(self.package.split(".")) - node.level + 1]
            module = ".".join([*base, *([node.module] if node.module else [])])
        else:
            module = node.module or ""
        # `from sbs_desktop import ui` names a layer in the imported names, and
        # `from sbs_desktop.ui import application` the module the allow-list may name.
        ours = module.startswith("sbs_desktop.") and module.count(".") == 1
        names = [f"{module}.{alias.name}" for alias in node.names] \
            if module.count(".") == 0 or ours else [module]
        for name in names:
            self.found.append((node.lineno, name, self._depth > 0))
        # What may be a submodule (`from sbs_desktop.app import vaults`), for the cycle check.
        self.named.extend((node.lineno, f"{module}.{alias.name}", module) for alias in node.names)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            self.sql_calls.append((node.lineno, node.func.attr))
        self.generic_visit(node)


def _sources(package: Path) -> Iterator[tuple[str, Path, str | None, _Imports]]:
    for path in sorted(package.rglob("*.py")):
        module = _module_name(path, package)
        imports = _Imports(module, path.name == "__init__.py")
        imports.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        where = path.relative_to(package.parent).as_posix()
        yield where, path, _layer(path, package), imports


def layer_violations(package: Path) -> list[str]:
    """Imports of our own packages that the allow-list (ALLOWED) does not grant."""
    found = []
    for where, _, layer, imports in _sources(package):
        for line, module, lazy in imports.found:
            parts = module.split(".")
            if parts[0] != package.name or len(parts) < 2 or parts[1] not in ALLOWED:
                continue
            target = parts[1]
            if target == layer:
                continue
            leave = ALLOWED.get(layer or "", {}).get(target)
            if leave is None:
                granted = ", ".join(ALLOWED.get(layer or "", {})) or "nothing"
                found.append(f"{where}:{line}: {layer or 'the package root'} imports {module}; "
                             f"{layer or 'the package root'} may import only: {granted} "
                             f"({LAYER_ORDER})")
            elif leave.only and not any(module == name or module.startswith(f"{name}.")
                                        for name in leave.only):
                found.append(f"{where}:{line}: {layer} imports {module}; of {target}, {layer} "
                             f"may import only {', '.join(leave.only)} ({leave.reason})")
            elif leave.lazily and not lazy:
                found.append(f"{where}:{line}: {layer} imports {module} at module level; "
                             f"{layer} may import {target} only inside a function "
                             f"({leave.reason})")
    return found


def import_cycles(package: Path) -> list[str]:
    """Cycles among our modules, counting imports inside functions too."""
    sources = {_module_name(path, package): (where, imports)
               for where, path, _, imports in _sources(package)}
    graph: dict[str, set[str]] = {name: set() for name in sources}
    for name, (_, imports) in sources.items():
        for _line, candidate, module in imports.named:
            target = candidate if candidate in sources else module
            if target in sources and target != name:
                graph[name].add(target)
        for _line, module, _lazy in imports.found:
            if module in sources and module != name:
                graph[name].add(module)
    cycles, done, path_ = [], set(), []

    def visit(node: str, on_path: dict[str, int]) -> None:
        on_path[node] = len(path_)
        path_.append(node)
        for nxt in sorted(graph[node]):
            if nxt in on_path:
                cycle = [*path_[on_path[nxt]:], nxt]
                cycles.append(" -> ".join(cycle))
            elif nxt not in done:
                visit(nxt, on_path)
        path_.pop()
        del on_path[node]
        done.add(node)

    for node in sorted(graph):
        if node not in done:
            visit(node, {})
    return [f"import cycle: {cycle}" for cycle in cycles]


def confinement_violations(package: Path) -> list[str]:
    """Outside packages imported from a layer they do not belong to."""
    found = []
    for where, _, layer, imports in _sources(package):
        for line, module, lazy in imports.found:
            owner = CONFINED.get(module.split(".")[0])
            if module.startswith(QT_CANVAS) and layer == "ui":
                if not lazy:
                    found.append(f"{where}:{line}: imports {module} at module level; "
                                 "ui may import matplotlib's Qt canvas only inside a function")
            elif owner is not None and owner != layer:
                found.append(f"{where}:{line}: imports {module}, which only "
                             f"sbs_desktop/{owner} may import")
    return found


def sql_violations(package: Path) -> list[str]:
    """SQL run outside the store (every execute, executemany, executescript call)."""
    return [f"{where}:{line}: calls .{name}(); all SQL lives in sbs_desktop/store"
            for where, _, layer, imports in _sources(package) if layer != "store"
            for line, name in imports.sql_calls]


@pytest.mark.parametrize("check", [layer_violations, confinement_violations, sql_violations,
                                   import_cycles])
def test_the_source_keeps_to_its_layers(check) -> None:
    problems = check(PACKAGE)
    assert not problems, "\n".join(problems)


def _plant(package: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_static_checks_name_each_offending_file_and_line(tmp_path: Path) -> None:
    package = tmp_path / "sbs_desktop"
    _plant(package, {
        "__init__.py": "",
        "core/__init__.py": "",
        "core/rules.py": '"""Rules."""\nimport pandas as pd\nfrom sbs_desktop.store import vault\n',
        "store/__init__.py": "",
        "store/vault.py": "import sqlcipher3\nfrom sbs_desktop.core import rules\n",
        "store/labels.py": "\n\nfrom PySide6.QtCore import QObject\nfrom ..ui import labels\n",
        "exchange/__init__.py": "",
        "exchange/bundle.py": "def read():\n    from sbs_desktop.analysis import frames\n",
        "analysis/__init__.py": "",
        "analysis/frames.py": "from sbs_desktop.exchange import bundle\nimport scipy.stats\n",
        "app/__init__.py": "",
        "app/report.py": "from sbs_desktop.analysis import frames\n\n\n"
                         "def build():\n    from sbs_desktop.analysis.frames import load\n",
        "app/merge.py": "def merge():\n    from sbs_desktop.app import report\n",
        "app/demo.py": "from sbs_desktop.app.merge import merge\n",
        "ui/__init__.py": "",
        "ui/page.py": "from PySide6.QtWidgets import QWidget\n\n"
                      "from sbs_desktop.store.vault import Vault\n\n\n"
                      "def load(vault):\n    return vault.sql.execute('SELECT 1')\n",
        "ui/charts.py": "def show():\n    from matplotlib.backends.backend_qtagg import Canvas\n"
                        "    from sbs_desktop.analysis import frames\n",
        "ui/dashboard.py": "from matplotlib.backends.backend_qtagg import Canvas\n",
        "ui/export.py": "from sbs_desktop.exchange.bundle import read\n",
        "ui/application.py": "from sbs_desktop.app import report\n",
        "cli/__init__.py": "from sbs_desktop.ui.application import run\n\n\n"
                           "def run():\n    from sbs_desktop.ui import page\n"
                           "    from sbs_desktop.ui import application\n",
    })
    # app/merge.py imports app/report.py inside a function; app/report.py then imports
    # app/merge.py back (planted below), which the layers allow but the cycle check refuses.
    _plant(package, {"app/report.py": "from sbs_desktop.analysis import frames\n"
                                      "from sbs_desktop.app.merge import merge\n\n\n"
                                      "def build():\n"
                                      "    from sbs_desktop.analysis.frames import load\n"})

    assert layer_violations(package) == [
        "sbs_desktop/app/report.py:1: app imports sbs_desktop.analysis.frames at module level; "
        f"app may import analysis only inside a function ({ALLOWED['app']['analysis'].reason})",
        "sbs_desktop/cli/__init__.py:1: cli imports sbs_desktop.ui.application at module level; "
        f"cli may import ui only inside a function ({ALLOWED['cli']['ui'].reason})",
        "sbs_desktop/cli/__init__.py:5: cli imports sbs_desktop.ui.page; of ui, cli may import "
        "only sbs_desktop.ui.application, sbs_desktop.ui.catalogue "
        f"({ALLOWED['cli']['ui'].reason})",
        "sbs_desktop/core/rules.py:3: core imports sbs_desktop.store.vault; core may import "
        f"only: nothing ({LAYER_ORDER})",
        "sbs_desktop/exchange/bundle.py:2: exchange imports sbs_desktop.analysis.frames; "
        f"exchange may import only: core ({LAYER_ORDER})",
        "sbs_desktop/store/labels.py:4: store imports sbs_desktop.ui.labels; store may import "
        f"only: core ({LAYER_ORDER})",
        "sbs_desktop/ui/charts.py:3: ui imports sbs_desktop.analysis.frames; ui may import "
        f"only: app, core ({LAYER_ORDER})",
        "sbs_desktop/ui/export.py:1: ui imports sbs_desktop.exchange.bundle; ui may import "
        f"only: app, core ({LAYER_ORDER})",
        "sbs_desktop/ui/page.py:3: ui imports sbs_desktop.store.vault; ui may import "
        f"only: app, core ({LAYER_ORDER})",
    ]
    assert confinement_violations(package) == [
        "sbs_desktop/core/rules.py:2: imports pandas, which only sbs_desktop/analysis may import",
        "sbs_desktop/store/labels.py:3: imports PySide6.QtCore, which only sbs_desktop/ui "
        "may import",
        "sbs_desktop/ui/dashboard.py:1: imports matplotlib.backends.backend_qtagg at module "
        "level; ui may import matplotlib's Qt canvas only inside a function",
    ]
    assert sql_violations(package) == [
        "sbs_desktop/ui/page.py:7: calls .execute(); all SQL lives in sbs_desktop/store",
    ]
    # Imports inside functions count: exchange/bundle.py's lazy import closes the first.
    assert import_cycles(package) == [
        "import cycle: sbs_desktop.analysis.frames -> sbs_desktop.exchange.bundle "
        "-> sbs_desktop.analysis.frames",
        "import cycle: sbs_desktop.app.merge -> sbs_desktop.app.report -> sbs_desktop.app.merge",
        "import cycle: sbs_desktop.store.vault -> sbs_desktop.core.rules "
        "-> sbs_desktop.store.vault",
    ]


# -- what a fresh process imports --------------------------------------------------------

# Run in a fresh interpreter: records, for each watched outside package, the chain of our
# own source lines that first imported it, then runs the code given after it.
WATCHER = """
import json, os, sys, traceback
PACKAGE = {package!r}
WATCHED = {watched!r}
first_import = {{}}

class Watch:
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in WATCHED and top not in first_import:
            first_import[top] = [
                f"{{os.path.relpath(frame.filename, os.path.dirname(PACKAGE))}}:{{frame.lineno}}"
                for frame in traceback.extract_stack()
                if frame.filename.startswith(PACKAGE)]
        return None

sys.meta_path.insert(0, Watch())

def report(extra=None):
    print("watched: " + json.dumps({{"imported": first_import, **(extra or {{}})}}), flush=True)
"""


def _run_watched(code: str, watched: tuple[str, ...], timeout: float = 120) -> tuple[dict, str]:
    """The watcher's report from a fresh interpreter running `code`, and all it printed."""
    script = WATCHER.format(package=str(PACKAGE), watched=watched) + code
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run([sys.executable, "-c", script], env=environment,
                              capture_output=True, text=True, timeout=timeout, check=False)
    lines = [line for line in finished.stdout.splitlines() if line.startswith("watched: ")]
    assert finished.returncode == 0 and lines, (
        f"the fresh process failed ({finished.returncode}):\n{finished.stderr[-3000:]}")
    return json.loads(lines[-1].removeprefix("watched: ")), finished.stdout


def _explain(imported: dict[str, list[str]], what: str) -> str:
    return "\n".join(f"{what} imported {name} through "
                     f"{' -> '.join(chain) or 'a module outside sbs_desktop'}"
                     for name, chain in sorted(imported.items()))


IMPORT_EVERY_MODULE = """
import importlib, pkgutil
for name in {packages!r}:
    package = importlib.import_module(name)
    for module in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(module.name)
report()
"""


@pytest.mark.parametrize(("packages", "forbidden"), [
    (("sbs_desktop.core", "sbs_desktop.store"), ("PySide6", "pandas", "scipy")),
    (("sbs_desktop.app", "sbs_desktop.exchange"), ("PySide6",)),
], ids=["core-store", "app-exchange"])
def test_importing_a_layer_leaves_out_what_it_must_not_need(packages, forbidden) -> None:
    result, _ = _run_watched(IMPORT_EVERY_MODULE.format(packages=packages), forbidden)
    assert not result["imported"], _explain(
        result["imported"], f"importing every module of {' and '.join(packages)}")


OPEN_TO_FIRST_DIALOG = """
os.environ["SBS_EXIT_WHEN_READY"] = "1"
from sbs_desktop.cli import main
code = main(["--vault", {vault!r}])
report({{"code": code}})
os._exit(0)  # only start-up is under test; Qt's teardown is not
"""


@pytest.mark.parametrize(("existing", "dialog"), [
    (True, "UnlockDialog"), (False, "CreateVaultDialog")], ids=["unlock", "create"])
def test_the_gui_reaches_its_first_dialog_without_pandas_or_scipy(
        tmp_path: Path, passphrase: str, existing: bool, dialog: str) -> None:
    vault = tmp_path / "start-up.sbsvault"
    if existing:
        create_vault(vault, passphrase, Role.SUPPORTER).close()
    try:
        result, printed = _run_watched(OPEN_TO_FIRST_DIALOG.format(vault=str(vault)), HEAVY,
                                       timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the first dialog never closed itself: SBS_EXIT_WHEN_READY "
                    "(ui/application.py) did not see it painted")
    # ui/application.py prints this once the dialog has been painted.
    assert f"SBS_EXIT_WHEN_READY: {dialog} shown" in printed.splitlines(), printed
    assert result["code"] == 0, result
    assert not result["imported"], _explain(result["imported"],
                                            "opening the GUI to its first dialog")
