"""A module-level name bound twice in one module: the second silently replaces the first, and the code written for
the first reads the second (events.py bound _CLAUSE_BREAK twice, in two sessions)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import attrition

SRC = Path(attrition.__file__).parent


def _rebound(path: Path) -> list[str]:
    names = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id != "__all__")
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return [n for n, c in names.items() if c > 1]


def test_no_module_binds_a_name_twice():
    found = {str(p.relative_to(SRC)): r for p in sorted(SRC.rglob("*.py")) if (r := _rebound(p))}
    assert found == {}


def test_the_check_sees_a_second_binding(tmp_path):
    p = tmp_path / "m.py"
    p.write_text("import re\n_X = re.compile('a')\ndef f():\n    return _X\n_X = re.compile('b')\n")
    assert _rebound(p) == ["_X"]
