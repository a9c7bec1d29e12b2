"""Shared fixtures: real indexes built in tmp, the real app behind TestClient, and a real HTTP server.

Two kinds of index:
- ``hash_*``: the deterministic fake embedder over a tiny corpus written here (milliseconds; API tests).
- ``model_*``: the packaged all-MiniLM-L6-v2 over the shipped ``corpus/`` (built once per session; e2e).

Tests never read the shared evaluation data (a user's clone has none) and never touch the
checkout's own ``index/``.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from qa.api import create_app  # noqa: E402
from qa.core import DocQA  # noqa: E402
from qa.resources import corpus_dir  # noqa: E402
from qa.settings import Settings  # noqa: E402

XSS_TEXT = (
    "Security notes\n\n"
    "The payload <script>alert(1)</script> must never run. "
    "Neither must <img src=x onerror=alert(1)> fire in a browser. "
    "Escaping keeps injected markup inert.\n"
)

# A tiny corpus for the fast (hash-embedder) tests: plain text, Markdown, and a hostile document.
SMALL_CORPUS = {
    "battery-plants.md": (
        "# Battery plants\n\n"
        "Gotion proposed a battery component factory near Big Rapids, Michigan. "
        "The plant would employ about 2,350 people when finished.\n\n"
        "## CALB\n\n"
        "CALB proposed a battery cell plant in Portugal. "
        "Its investment was reported at two billion euros.\n"
    ),
    "river-report.txt": (
        "River report\n\n"
        "The river flooded the lower town in April. "
        "Volunteers filled sandbags for three days. "
        "The water receded by the middle of May.\n"
    ),
    "xss-sample.txt": XSS_TEXT,
}


def write_corpus(directory: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (name -> text) into ``directory`` and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_index(settings: Settings, corpus: Path) -> DocQA:
    """Open a DocQA over ``settings.index_dir`` and index ``corpus`` into it."""
    docqa = DocQA(settings)
    docqa.index_paths([corpus])
    return docqa


# ------------------------------------------------------------------------------------ fast hash index


@pytest.fixture(scope="session")
def hash_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small corpus on disk (read-only by convention: copy it before changing it)."""
    return write_corpus(tmp_path_factory.mktemp("hash-corpus"), SMALL_CORPUS)


@pytest.fixture(scope="session")
def hash_settings(tmp_path_factory: pytest.TempPathFactory, hash_corpus: Path) -> Settings:
    """Settings for the shared fast index: fake embedder, index in tmp."""
    index_dir = tmp_path_factory.mktemp("hash-index")
    return Settings(embedder="hash", index_dir=index_dir, corpus_dir=hash_corpus, reload_interval=0.2)


@pytest.fixture(scope="session")
def hash_docqa(hash_settings: Settings, hash_corpus: Path) -> DocQA:
    """A DocQA over the small corpus, shared by every test that only reads."""
    return build_index(hash_settings, hash_corpus)


@pytest.fixture
def fresh_hash_docqa(tmp_path: Path) -> tuple[Settings, DocQA]:
    """A private fast index for tests that upload or delete (nothing leaks into other tests)."""
    corpus = write_corpus(tmp_path / "corpus", SMALL_CORPUS)
    settings = Settings(embedder="hash", index_dir=tmp_path / "index", corpus_dir=corpus, reload_interval=0.2)
    return settings, build_index(settings, corpus)


# -------------------------------------------------------------------------------------- app clients


@pytest.fixture
def make_client(hash_settings: Settings, hash_docqa: DocQA) -> Iterator[Callable[..., TestClient]]:
    """Build a TestClient over the real app; keyword arguments override settings (api_keys, cors...).

    ``docqa=`` and ``settings=`` swap in another index (e.g. ``fresh_hash_docqa``). The app's lifespan
    (background reload loop) runs for the client's lifetime.
    """
    opened: list[TestClient] = []

    def make(settings: Settings | None = None, docqa: DocQA | None = None, **overrides: Any) -> TestClient:
        base = (settings or hash_settings).with_(**overrides)
        client = TestClient(create_app(base, docqa or hash_docqa), raise_server_exceptions=False)
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """The real app over the shared fast index, default settings (no keys, no CORS origins)."""
    return make_client()


@pytest.fixture
def writable_client(
    make_client: Callable[..., TestClient], fresh_hash_docqa: tuple[Settings, DocQA]
) -> TestClient:
    """The real app over a private fast index that a test may upload to and delete from."""
    settings, docqa = fresh_hash_docqa
    return make_client(settings=settings, docqa=docqa)


# ------------------------------------------------------------------------------ real model, real corpus


@pytest.fixture(scope="session")
def model_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped corpus plus the hostile XSS document (so the browser tests can open it)."""
    target = tmp_path_factory.mktemp("model-corpus") / "corpus"
    shutil.copytree(corpus_dir(), target)
    (target / "xss-sample.txt").write_text(XSS_TEXT, encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def model_settings(tmp_path_factory: pytest.TempPathFactory, model_corpus: Path) -> Settings:
    """Default embedder (the packaged MiniLM), index in tmp."""
    index_dir = tmp_path_factory.mktemp("model-index")
    return Settings(index_dir=index_dir, corpus_dir=model_corpus, reload_interval=0.5)


@pytest.fixture(scope="session")
def model_docqa(model_settings: Settings, model_corpus: Path) -> DocQA:
    """The real model over the shipped corpus, indexed once per session."""
    return build_index(model_settings, model_corpus)


# --------------------------------------------------------------------------------- a real HTTP server


class LiveServer:
    """A uvicorn server for one app on a free 127.0.0.1 port, run in a daemon thread."""

    def __init__(self, app: FastAPI) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name=f"uvicorn-{self.port}", daemon=True)

    def start(self, timeout: float = 20.0) -> LiveServer:
        """Start serving; return once the socket accepts connections."""
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for the thread."""
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def serve() -> Iterator[Callable[[FastAPI], LiveServer]]:
    """Start real HTTP servers for apps; all are stopped after the test."""
    servers: list[LiveServer] = []

    def start(app: FastAPI) -> LiveServer:
        server = LiveServer(app).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
