"""A non-editable install still finds the web assets and the default corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_a_built_wheel_ships_templates_static_files_and_corpus(tmp_path: Path) -> None:
    pytest.importorskip("setuptools")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            str(ROOT),
            "-w",
            str(tmp_path / "wheel"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "wheel").glob("docqa-*.whl"))
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    probe = (
        "import qa, qa.resources as r;"
        "print(qa.__file__);"
        "print((r.templates_dir() / 'chat.html').is_file(), (r.static_dir() / 'widget.js').is_file(),"
        " len(list(r.corpus_dir().glob('*.md'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(target)},
    )
    assert result.returncode == 0, result.stderr
    location, found = result.stdout.splitlines()
    assert location.startswith(str(target))
    templates, static, corpus_files = found.split()
    assert templates == static == "True" and int(corpus_files) >= 1
