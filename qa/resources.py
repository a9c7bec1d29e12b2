"""Where the shipped web assets and default corpus are, in a checkout and after `pip install .`."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    installed = _PACKAGE_DIR / name  # non-editable install: qa/web, qa/corpus
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name  # source checkout / editable install


def web_dir() -> Path:
    return _find("web")


def templates_dir() -> Path:
    return web_dir() / "templates"


def static_dir() -> Path:
    return web_dir() / "static"


def corpus_dir() -> Path:
    return _find("corpus")
