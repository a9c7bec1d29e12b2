"""Settings: environment parsing, and the README table that documents every knob."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from qa.resources import corpus_dir, static_dir, templates_dir
from qa.settings import Settings

README = Path(__file__).resolve().parent.parent / "README.md"


def test_environment_variables_are_parsed_by_type() -> None:
    settings = Settings.from_env(
        {
            "QA_INDEX_DIR": "/tmp/somewhere",
            "QA_TOP_K": "7",
            "QA_ABSTAIN_THRESHOLD": "0.25",
            "QA_PUBLIC_READS": "false",
            "QA_CORS_ORIGINS": "http://a.example, http://b.example",
        }
    )
    assert settings.index_dir == Path("/tmp/somewhere")
    assert settings.top_k == 7 and settings.abstain_threshold == 0.25
    assert settings.public_reads is False
    assert settings.cors_origins == ("http://a.example", "http://b.example")


def test_explicit_overrides_beat_the_environment_and_none_is_ignored() -> None:
    settings = Settings.from_env({"QA_PORT": "9000"}, port=9100, host=None)
    assert settings.port == 9100 and settings.host == "127.0.0.1"


def test_a_malformed_number_is_an_error() -> None:
    with pytest.raises(ValueError, match="QA_TOP_K='many'"):
        Settings.from_env({"QA_TOP_K": "many"})


def test_every_setting_is_in_the_readme_table() -> None:
    readme = README.read_text(encoding="utf-8")
    missing = [f.name for f in fields(Settings) if f"`QA_{f.name.upper()}`" not in readme]
    assert not missing, f"settings missing from README.md: {missing}"


def test_shipped_assets_are_found() -> None:
    assert (templates_dir() / "chat.html").is_file()
    assert (static_dir() / "widget.js").is_file()
    assert any(corpus_dir().glob("*.md"))


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("QA_SEARCH_MODE", "fuzzy"),
        ("QA_FAISS_INDEX", "ivf"),
        ("QA_TOP_K", "0"),
        ("QA_ABSTAIN_THRESHOLD", "2"),
    ],
)
def test_nonsense_settings_are_refused_naming_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ValueError, match=variable):
        Settings.from_env({variable: value})
