"""Property-based fuzzing of the JSON API from its own OpenAPI schema: no input may cause a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from conftest import SMALL_CORPUS, build_index, write_corpus
from hypothesis import HealthCheck, given, settings

from qa.api import create_app
from qa.settings import Settings


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory):
    """The app's own OpenAPI schema, bound to the app over a private fast index (the fuzzer deletes)."""
    root = tmp_path_factory.mktemp("fuzz")
    corpus = write_corpus(root / "corpus", SMALL_CORPUS)
    app_settings = Settings(embedder="hash", index_dir=root / "index", corpus_dir=corpus, reload_interval=0.2)
    app = create_app(app_settings, build_index(app_settings, corpus))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_request_from_the_schema_causes_a_server_error(api_schema) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 6, [op.label for op in operations]
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case) -> None:
            response = case.call()
            label = case.operation.label
            assert response.status_code < 500, f"{label}: {response.status_code} {response.text}"
            if response.status_code >= 400:
                assert response.json()["error"]["message"]

        check()
