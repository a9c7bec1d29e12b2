"""The ``qa`` command: index, search, ask, chat, eval, serve. A thin view over ``qa.core.DocQA``."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from qa.settings import Settings

if TYPE_CHECKING:
    from qa.core import DocQA
    from qa.models import Answer

T = TypeVar("T")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

INDEX_OPTION = click.option(
    "--index",
    "index_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Index directory (default: $QA_INDEX_DIR or ./index).",
)


def _settings(index_dir: Path | None, **overrides: Any) -> Settings:
    return Settings.from_env(index_dir=index_dir, **overrides)


def _open(settings: Settings) -> DocQA:
    """The core object (imported late: loading the model is the slow part of every command)."""
    from qa.core import DocQA

    return DocQA(settings)


def _open_for_questions(index_dir: Path | None) -> DocQA:
    """The core object of a command that answers questions, its index required, ready to read them."""
    docqa = _require_index(_open(_settings(index_dir)))
    docqa.prepare_for_questions()
    return docqa


def _fail_on_value_error(call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``call``; a caller's mistake (``InvalidRequest``) becomes a one-line CLI error."""
    try:
        return call(*args, **kwargs)
    except ValueError as error:
        raise click.ClickException(str(error)) from error


@click.group()
@click.version_option(package_name="docqa")
def main() -> None:
    """Ask questions of your documents and get answers cited to the exact sentence."""


@main.command("index")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@INDEX_OPTION
@click.option("--strict", is_flag=True, help="Exit non-zero when any file could not be read.")
@click.option("--quiet", is_flag=True, help="No progress bars.")
def index_command(paths: tuple[Path, ...], index_dir: Path | None, strict: bool, quiet: bool) -> None:
    """Index PATHS (files or folders) incrementally: the index then mirrors PATHS (plus uploads).

    Without PATHS: the paths of the previous run, or the corpus folder for a new index. Only new or
    changed documents are embedded; documents gone from PATHS are removed. Unreadable files are reported
    by name with the reason and everything else is still indexed.
    """
    settings = _settings(index_dir)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"no such file or folder: {', '.join(missing)}")
    roots = list(paths) or _default_roots(settings)
    docqa = _open(settings)
    report = docqa.index_paths(roots, progress=not quiet)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    for path, reason in report.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    state = f"generation {report.generation}" if report.published else "unchanged, nothing to publish"
    click.echo(f"indexed {report.summary()} in {report.seconds:.1f}s ({state}) -> {settings.index_dir}")
    if report.documents == 0 or (strict and report.skipped):
        sys.exit(1)


@main.command("search")
@click.argument("query")
@INDEX_OPTION
@click.option("-k", "k", type=int, default=None, help="Number of passages (default 5).")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "lexical"]), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")
def search_command(
    query: str, index_dir: Path | None, k: int | None, mode: str | None, as_json: bool
) -> None:
    """Show the passages that best match QUERY."""
    from qa.serialize import search_json

    settings = _settings(index_dir)
    docqa = _require_index(_open(settings))
    mode = mode or settings.search_mode
    passages = _fail_on_value_error(docqa.search, query, k=k, mode=mode)
    if as_json:
        click.echo(json.dumps(search_json(query, passages, mode), ensure_ascii=False, indent=2))
        return
    if not passages:
        click.echo("No matching passages.")
    for passage in passages:
        where = f"{passage.title} [{passage.document_id}] chars {passage.start}-{passage.end}"
        if passage.page:
            where += f", page {passage.page}"
        click.echo(click.style(f"{passage.rank}. ", bold=True) + f"{where}  score {passage.score:.3f}")
        click.echo("   " + " ".join(passage.text.split())[:400] + "\n")


@main.command("ask")
@click.argument("question")
@INDEX_OPTION
@click.option("--conversation", "conversation_id", default=None, help="Continue this conversation id.")
@click.option("-k", "k", type=int, default=None, help="Number of supporting passages.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole Answer as JSON.")
def ask_command(
    question: str, index_dir: Path | None, conversation_id: str | None, k: int | None, as_json: bool
) -> None:
    """Answer QUESTION with sentences cited to the documents (or say the documents don't say)."""
    from qa.serialize import ask_json

    docqa = _open_for_questions(index_dir)
    answer = _fail_on_value_error(docqa.ask, question, conversation_id=conversation_id, k=k)
    if as_json:
        click.echo(json.dumps(ask_json(answer), ensure_ascii=False, indent=2))
    else:
        _print_answer(answer)


@main.command("chat")
@INDEX_OPTION
def chat_command(index_dir: Path | None) -> None:
    """Talk to your documents: follow-up questions are understood from the earlier turns."""
    docqa = _open_for_questions(index_dir)
    conversation_id = docqa.conversations.new_id()
    click.echo("Ask a question (empty line or Ctrl-D to quit, /new for a new conversation).")
    while True:
        try:
            question = click.prompt("you", prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo()
            return
        if not question.strip():
            return
        if question.strip() == "/new":
            conversation_id = docqa.conversations.new_id()
            click.echo("(new conversation)")
            continue
        try:
            answer = docqa.ask(question, conversation_id=conversation_id)
        except ValueError as error:
            click.echo(f"error: {error}", err=True)
            continue
        _print_answer(answer)


@main.command("eval")
@click.argument("questions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_command(questions: Path, index_dir: Path | None, as_json: bool) -> None:
    """Score the assistant on QUESTIONS.jsonl (gold substrings, abstentions, multi-turn)."""
    from qa.evaluation import EvalFileError, evaluate, load_items

    try:
        items = load_items(questions)
    except EvalFileError as error:
        raise click.ClickException(str(error)) from error
    docqa = _open_for_questions(index_dir)
    report = evaluate(lambda q, cid: docqa.ask(q, conversation_id=cid), items)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.to_text())


@main.command("serve")
@INDEX_OPTION
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 8000).")
@click.option("--no-index", is_flag=True, help="Serve what is indexed; don't index the corpus first.")
def serve_command(index_dir: Path | None, host: str | None, port: int | None, no_index: bool) -> None:
    """Serve the web chat and the JSON API, indexing first when the index is missing or stale."""
    import uvicorn

    from qa.api import create_app

    settings = _settings(index_dir, host=host, port=port)
    docqa = _open(settings)
    if not no_index:
        report = docqa.index_paths(_default_roots(settings), progress=True)
        for path, reason in report.skipped:
            click.echo(f"skipped {path}: {reason}", err=True)
        click.echo(f"index: {report.summary()}", err=True)
    click.echo(f"serving http://{settings.host}:{settings.port}", err=True)
    uvicorn.run(create_app(settings, docqa), host=settings.host, port=settings.port, log_level="warning")


def _default_roots(settings: Settings) -> list[Path] | None:
    """None (the roots recorded by the previous run) when there is an index, else the corpus folder."""
    from qa.index import read_manifest

    return None if read_manifest(settings.index_dir) else [settings.corpus_dir]


def _require_index(docqa: DocQA) -> DocQA:
    """The core object if it has an index to answer from, else a CLI error saying what to run."""
    if docqa.open_error:
        raise click.ClickException(docqa.open_error)
    if docqa.index is None:
        raise click.ClickException(f"no index in {docqa.index_dir}: build one with `qa index`")
    return docqa


def _print_answer(answer: Answer) -> None:
    """The answer with [n] markers, then the cited sources (or the nearest passages on abstention)."""
    if answer.rewritten_question:
        click.echo(click.style(f"(understood as: {answer.rewritten_question})", dim=True))
    click.echo(answer.answer)
    label = "nearest passages (low confidence)" if answer.abstained else "sources"
    click.echo(click.style(f"\nconfidence {answer.confidence:.2f}", dim=True))
    if answer.citations:
        click.echo("sources:")
        for citation in answer.citations:
            page = f", page {citation.page}" if citation.page else ""
            click.echo(
                f"  [{citation.marker}] {citation.title} ({citation.document_id}, chars "
                f"{citation.start}-{citation.end}{page}): \u201c{citation.quote}\u201d"
            )
    elif answer.passages:
        click.echo(f"{label}:")
        for number, passage in enumerate(answer.passages[:3], start=1):
            click.echo(f"  {number}. {passage.title}: " + " ".join(passage.text.split())[:200])


if __name__ == "__main__":
    main()
