"""Every knob in one place. Read from ``QA_*`` environment variables at the edges, passed down as values.

Each field's docstring-like comment is the README's settings table (keep them in step).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def _default_corpus() -> Path:
    from qa.resources import corpus_dir

    return corpus_dir()


@dataclass(frozen=True)
class Settings:
    # --- index and documents ---
    index_dir: Path = Path("index")
    """QA_INDEX_DIR: where index generations and conversations live."""
    corpus_dir: Path = field(default_factory=_default_corpus)
    """QA_CORPUS_DIR: what `qa index` / `qa serve` index when no path is given."""
    embedder: str = "all-MiniLM-L6-v2"
    """QA_EMBEDDER: `all-MiniLM-L6-v2` (packaged, offline) or `hash` (deterministic fake for tests)."""
    faiss_index: str = "flat"
    """QA_FAISS_INDEX: `flat` (exact inner product) or `hnsw` (approximate, for large corpora)."""
    chunk_tokens: int = 200
    """QA_CHUNK_TOKENS: target chunk size in embedder tokens (never above the model window)."""
    chunk_overlap: int = 1
    """QA_CHUNK_OVERLAP: whole sentences shared by consecutive chunks."""
    batch_size: int = 64
    """QA_BATCH_SIZE: texts per embedding batch."""

    # --- retrieval and answering ---
    top_k: int = 5
    """QA_TOP_K: passages returned by default."""
    max_k: int = 50
    """QA_MAX_K: largest k a request may ask for."""
    search_mode: str = "hybrid"
    """QA_SEARCH_MODE: `hybrid`, `dense` or `lexical`."""
    answer_sentences: int = 2
    """QA_ANSWER_SENTENCES: most sentences in an answer."""
    abstain_threshold: float = 0.45
    """QA_ABSTAIN_THRESHOLD: confidence below which the assistant says the documents don't say."""

    # --- chat ---
    history_turns: int = 20
    """QA_HISTORY_TURNS: turns kept per conversation (older ones are dropped)."""
    conversation_ttl_hours: float = 24.0
    """QA_CONVERSATION_TTL_HOURS: idle conversations older than this expire."""

    # --- web service ---
    host: str = "127.0.0.1"
    """QA_HOST: address `qa serve` binds."""
    port: int = 8000
    """QA_PORT: port `qa serve` binds."""
    max_question_chars: int = 1000
    """QA_MAX_QUESTION_CHARS: longer questions get a 422."""
    max_upload_bytes: int = 20_000_000
    """QA_MAX_UPLOAD_BYTES: larger uploads get a 413."""
    api_keys: tuple[str, ...] = ()
    """QA_API_KEYS: comma-separated sha256 hex digests of accepted API keys (empty: no keys needed)."""
    public_reads: bool = True
    """QA_PUBLIC_READS: with API keys set, whether reads (ask, search, documents) still need no key."""
    cors_origins: tuple[str, ...] = ()
    """QA_CORS_ORIGINS: comma-separated origins allowed to call the API and embed the widget/iframe."""
    reload_interval: float = 1.0
    """QA_RELOAD_INTERVAL: seconds between checks for a newly published index generation."""

    def __post_init__(self) -> None:
        """Refuse nonsense early, naming the variable, instead of failing on the first request."""
        problems = []
        if self.faiss_index not in ("flat", "hnsw"):
            problems.append("QA_FAISS_INDEX must be 'flat' or 'hnsw'")
        if self.search_mode not in ("hybrid", "dense", "lexical"):
            problems.append("QA_SEARCH_MODE must be 'hybrid', 'dense' or 'lexical'")
        if not 1 <= self.top_k <= self.max_k:
            problems.append("QA_TOP_K must be between 1 and QA_MAX_K")
        if not 0.0 <= self.abstain_threshold <= 1.0:
            problems.append("QA_ABSTAIN_THRESHOLD must be between 0 and 1")
        for name in (
            "chunk_tokens",
            "batch_size",
            "answer_sentences",
            "history_turns",
            "max_question_chars",
            "max_upload_bytes",
            "port",
        ):
            if getattr(self, name) < 1:
                problems.append(f"QA_{name.upper()} must be at least 1")
        for name in ("chunk_overlap", "conversation_ttl_hours", "reload_interval"):
            if getattr(self, name) < 0:
                problems.append(f"QA_{name.upper()} must not be negative")
        if problems:
            raise ValueError("invalid settings: " + "; ".join(problems))

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``QA_*`` variables, then explicit overrides (e.g. CLI flags)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            variable = "QA_" + f.name.upper()
            raw = env.get(variable)
            if raw is not None:
                try:
                    values[f.name] = _parse(f.type, raw)
                except ValueError:
                    raise ValueError(f"{variable}={raw!r} is not a valid {f.type}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _parse(type_name: Any, raw: str) -> Any:
    kind = str(type_name)
    if "Path" in kind:
        return Path(raw)
    if "tuple" in kind:
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    if kind == "bool":
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    return raw
