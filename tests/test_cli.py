"""The `qa` command end to end: real model, real index on disk, real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa.readers import read_document
from qa.resources import corpus_dir

pytestmark = pytest.mark.e2e


def qa(*args: str, env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "qa.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
    )
    if check and result.returncode != 0:
        raise AssertionError(f"qa {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index_dir = tmp_path_factory.mktemp("cli-index")
    result = qa("index", str(corpus_dir()), "--index", str(index_dir))
    assert "1 documents" in result.stdout and "0 skipped" in result.stdout
    assert "embedding" in result.stderr  # the progress bar
    return index_dir


def test_search_json_ranks_the_gotion_passage_first(corpus_index: Path) -> None:
    result = qa("search", "what did Gotion propose?", "--index", str(corpus_index), "--json")
    data = json.loads(result.stdout)
    assert data["query"] == "what did Gotion propose?"
    first = data["passages"][0]
    assert "lithium battery transportation regulations" in first["text"]
    for field in ("document_id", "title", "source", "text", "start", "end", "page", "score"):
        assert field in first
    path = corpus_dir() / "china-two-sessions-2025.md"
    document = read_document(path, first["document_id"], str(path))
    assert document.text[first["start"] : first["end"]] == first["text"]


def test_search_text_output_is_a_ranked_list(corpus_index: Path) -> None:
    result = qa("search", "reserve requirement ratio", "--index", str(corpus_index), "-k", "2")
    assert result.stdout.startswith("1. ") and "\n2. " in result.stdout
    assert "reserve requirement ratio" in result.stdout


def test_ask_json_cites_the_lithium_sentence(corpus_index: Path) -> None:
    data = json.loads(qa("ask", "what did Gotion propose?", "--index", str(corpus_index), "--json").stdout)
    assert not data["abstained"]
    assert "lithium battery transportation regulations" in data["answer"]
    cited = [c for c in data["citations"] if "lithium battery transportation" in c["quote"]]
    assert cited, data["citations"]
    citation = cited[0]
    passage = data["passages"][citation["passage"] - 1]
    offset = citation["start"] - passage["start"]
    assert passage["text"][offset : offset + len(citation["quote"])] == citation["quote"]
    assert data["conversation_id"] and set(data["timings"]) >= {"retrieve", "score", "compose"}


def test_ask_about_an_absent_company_abstains(corpus_index: Path) -> None:
    data = json.loads(qa("ask", "What did Nio propose?", "--index", str(corpus_index), "--json").stdout)
    assert data["abstained"] and data["citations"] == []
    assert data["passages"], "the nearest passages are still listed"


def test_ask_follow_up_in_a_conversation(corpus_index: Path) -> None:
    first = json.loads(qa("ask", "What did Gotion propose?", "--index", str(corpus_index), "--json").stdout)
    conversation = first["conversation_id"]
    follow = json.loads(
        qa("ask", "And CALB?", "--index", str(corpus_index), "--conversation", conversation, "--json").stdout
    )
    assert follow["rewritten_question"] and "CALB" in follow["rewritten_question"]
    assert "patent" in follow["answer"]
    text = qa(
        "ask", "What about Xiaomi?", "--index", str(corpus_index), "--conversation", conversation
    ).stdout
    assert "understood as:" in text and "Xiaomi" in text and "[1]" in text


def test_chat_loop_understands_follow_ups(corpus_index: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qa.cli", "chat", "--index", str(corpus_index)],
        input="What did Gotion propose?\nAnd CALB?\n\n",
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "lithium battery transportation regulations" in result.stdout
    after_follow_up = result.stdout.split("understood as:", 1)
    assert len(after_follow_up) == 2 and "CALB" in after_follow_up[1] and "patent" in after_follow_up[1]


def test_index_reports_bad_files_and_exit_codes(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("Good file. The lighthouse keeper logged three storms in March.\n")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    env = {"QA_EMBEDDER": "hash"}
    result = qa("index", str(folder), "--index", str(tmp_path / "i1"), "--quiet", env=env)
    assert "broken.pdf" in result.stderr and "1 documents" in result.stdout and "1 skipped" in result.stdout
    strict = qa(
        "index", str(folder), "--index", str(tmp_path / "i2"), "--strict", "--quiet", env=env, check=False
    )
    assert strict.returncode == 1
    (folder / "good.txt").unlink()
    nothing = qa("index", str(folder), "--index", str(tmp_path / "i3"), "--quiet", env=env, check=False)
    assert nothing.returncode == 1 and "broken.pdf" in nothing.stderr


def test_eval_command_scores_a_questions_file(corpus_index: Path, tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"id": "a", "turns": ["what did Gotion propose?"], "gold": ["lithium battery"]})
        + "\n"
        + json.dumps({"id": "b", "turns": ["What did Nio propose?"], "abstain": True})
        + "\n"
    )
    data = json.loads(qa("eval", str(questions), "--index", str(corpus_index), "--json").stdout)
    assert data["rates"]["answer_accuracy"] == 1.0
    broken = tmp_path / "bad.jsonl"
    broken.write_text("{not json}\n")
    result = qa("eval", str(broken), "--index", str(corpus_index), check=False)
    assert result.returncode != 0 and "bad.jsonl" in result.stderr
