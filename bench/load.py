"""Bounded load test of POST /api/v1/ask on 127.0.0.1: throughput and p50/p99 at concurrency 1, 4 and 16.

Usage:
    .venv/bin/python bench/load.py                       # starts `qa serve` on a free port (default corpus)
    .venv/bin/python bench/load.py --url http://127.0.0.1:8000   # against a running server
    .venv/bin/python bench/load.py --requests 300 --time-limit 20 --check

Every level sends a fixed number of requests (or stops at the time limit, whichever comes first) from
stdlib threads, each with its own httpx client. Only loopback addresses are accepted: this is a bench for
your own machine, not a tool to load someone else's server. Targets: p50 <= 30 ms at concurrency 1; no
errors and p99 <= 250 ms at concurrency 16 (``--check`` exits 1 when missed).
"""

from __future__ import annotations

import argparse
import itertools
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

QUESTIONS = [
    "What did Gotion propose?",
    "What did CALB call for?",
    "What did the CEO of CATL advocate for?",
    "What are the Two Sessions?",
    "What did Xiaomi advocate for?",
    "What did Geely and GAC mention?",
    "What monetary policy does the government aim for?",
    "What is the NPC?",
]
LEVELS = (1, 4, 16)
TARGET_P50_MS_AT_1 = 30.0
TARGET_P99_MS_AT_16 = 250.0


@dataclass
class LevelResult:
    """What one concurrency level measured."""

    concurrency: int
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + self.errors

    def percentile(self, q: float) -> float:
        """The q-th percentile (0..100) of successful latencies, nearest-rank."""
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
        return ordered[rank]

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def run_level(url: str, concurrency: int, total: int, time_limit: float) -> LevelResult:
    """Send up to ``total`` asks from ``concurrency`` threads, stopping at ``time_limit`` seconds."""
    result = LevelResult(concurrency)
    counter = itertools.count()
    lock = threading.Lock()
    deadline = time.monotonic() + time_limit

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=30.0) as client:
            while time.monotonic() < deadline:
                number = next(counter)
                if number >= total:
                    return
                ok, elapsed_ms = one_request(client, QUESTIONS[number % len(QUESTIONS)])
                with lock:
                    if ok:
                        result.latencies_ms.append(elapsed_ms)
                    else:
                        result.errors += 1

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(time_limit + 35)
    result.seconds = time.perf_counter() - started
    return result


def one_request(client: httpx.Client, question: str) -> tuple[bool, float]:
    """One ask; (succeeded with a 200 and a JSON answer, latency in ms)."""
    started = time.perf_counter()
    try:
        response = client.post("/api/v1/ask", json={"question": question})
        ok = response.status_code == 200 and "answer" in response.json()
    except (httpx.HTTPError, ValueError):
        ok = False
    return ok, (time.perf_counter() - started) * 1000


def table(results: list[LevelResult]) -> str:
    """A plain-text table of the levels."""
    names = ("requests", "errors", "req/s", "p50 ms", "p99 ms", "max ms")
    header = f"{'concurrency':>11} " + " ".join(f"{name:>8}" for name in names)
    lines = [header, "-" * len(header)]
    for r in results:
        worst = max(r.latencies_ms) if r.latencies_ms else float("nan")
        lines.append(
            f"{r.concurrency:>11} {r.requests:>8} {r.errors:>6} {r.throughput:>8.1f} "
            f"{r.percentile(50):>8.1f} {r.percentile(99):>8.1f} {worst:>8.1f}"
        )
    return "\n".join(lines)


def verdicts(results: list[LevelResult]) -> list[tuple[str, bool]]:
    """The targets, each with whether it was met."""
    by_level = {r.concurrency: r for r in results}
    checks = []
    if 1 in by_level:
        p50 = by_level[1].percentile(50)
        label = f"p50 at concurrency 1 <= {TARGET_P50_MS_AT_1:.0f} ms ({p50:.1f})"
        checks.append((label, p50 <= TARGET_P50_MS_AT_1))
    if 16 in by_level:
        level = by_level[16]
        p99 = level.percentile(99)
        checks.append((f"no errors at concurrency 16 ({level.errors})", level.errors == 0))
        label = f"p99 at concurrency 16 <= {TARGET_P99_MS_AT_16:.0f} ms ({p99:.1f})"
        checks.append((label, p99 <= TARGET_P99_MS_AT_16))
    return checks


# ------------------------------------------------------------------------------------ managed server


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(index_dir: Path, port: int) -> subprocess.Popen[bytes]:
    """`qa serve` in a child process (indexes the default corpus into ``index_dir`` first)."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    command = [
        sys.executable, "-c", "from qa.cli import main; main()",
        "serve", "--index", str(index_dir), "--host", "127.0.0.1", "--port", str(port),
    ]  # fmt: skip
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    """Poll /healthz until the server answers, or fail with the server's stderr."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            details = process.stderr.read().decode() if process.stderr else ""
            raise SystemExit("qa serve exited:\n" + details)
        try:
            if httpx.get(url + "/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"qa serve did not become ready within {timeout:.0f} s")


def require_loopback(url: str) -> None:
    """Refuse anything but a loopback host."""
    host = urlsplit(url).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing to load {host!r}: only 127.0.0.1 / localhost")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", help="a running server on 127.0.0.1 (default: start `qa serve` here)")
    parser.add_argument("--requests", type=int, default=200, help="requests per concurrency level")
    parser.add_argument("--time-limit", type=float, default=30.0, help="seconds per level at most")
    parser.add_argument("--warmup", type=int, default=20, help="requests sent before measuring")
    parser.add_argument("--levels", default=",".join(map(str, LEVELS)), help="comma-separated concurrency")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    process = None
    with tempfile.TemporaryDirectory(prefix="docqa-bench-") as scratch:
        url = args.url
        if url is None:
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            process = start_server(Path(scratch) / "index", port)
            print(f"started qa serve at {url} (indexing the default corpus)", file=sys.stderr)
        require_loopback(url)
        try:
            if process is not None:
                wait_ready(url, process, timeout=300)
            run_level(url, 4, args.warmup, args.time_limit)
            levels = [int(part) for part in args.levels.split(",") if part.strip()]
            results = [run_level(url, level, args.requests, args.time_limit) for level in levels]
        finally:
            if process is not None:
                process.terminate()
                process.wait(timeout=20)
    print(table(results))
    checks = verdicts(results)
    for text, ok in checks:
        print(f"{'PASS' if ok else 'MISS'}  {text}")
    return 1 if args.check and not all(ok for _, ok in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
