"""The package's layers import downward only: a lower layer never imports an upper one."""

from __future__ import annotations

import ast
from pathlib import Path

import qa

# Each module's layer; a module may import only modules of a lower layer.
LAYERS: dict[str, int] = {
    "models": 0,
    "resources": 0,
    "settings": 1,
    "readers": 1,
    "sentences": 1,
    "lexical": 1,
    "wording": 1,
    "chunking": 2,
    "embedding": 2,
    "vectorstore": 2,
    "languages": 2,
    "english": 2,
    "index": 3,
    "chat": 3,
    "retrieval": 4,
    "question_form": 4,
    "answering": 5,
    "evaluation": 5,
    "serialize": 5,
    "core": 6,
    "cli": 8,  # (`qa serve` starts the API)
    "api": 7,
}


def _package_dir() -> Path:
    return Path(qa.__file__).parent


def _qa_imports(path: Path) -> set[str]:
    """The ``qa`` modules a source file imports, at its top or inside a function."""
    imported: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "qa":
                imported.update(alias.name for alias in node.names)
            elif node.module.startswith("qa."):
                imported.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            imported.update(a.name.split(".")[1] for a in node.names if a.name.startswith("qa."))
    return imported


def test_every_module_has_a_layer() -> None:
    modules = {p.stem for p in _package_dir().glob("*.py")} - {"__init__", "__main__"}
    assert modules == set(LAYERS)


def test_imports_point_down_only() -> None:
    upward = [
        f"{path.stem} (layer {LAYERS[path.stem]}) imports {name} (layer {LAYERS[name]})"
        for path in sorted(_package_dir().glob("*.py"))
        if path.stem in LAYERS
        for name in sorted(_qa_imports(path))
        if LAYERS[name] >= LAYERS[path.stem]
    ]
    assert upward == []
