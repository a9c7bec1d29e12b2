"""The assistant with the real model on the shipped article: look-alike questions the article does not
answer are refused, paraphrases it does answer are answered (the calibrated confidence end to end)."""

from __future__ import annotations

import pytest

from qa.core import DocQA

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("What does the CPPCC do?", "advisory body"),
        ("What did Xiaomi advocate?", "autonomous vehicles"),
        ("Which company wants the rules on shipping lithium batteries changed?", "Gotion"),
        ("What was CALB complaining about?", "patent"),  # a speech verb the text does not use
        ("What did the NPC work report say about monetary policy?", "moderately loose"),  # the report speaks
        ("Which of the NPC and the CPPCC is just advisory?", "CPPCC is an advisory body"),  # not both named
        ("What did many observers see as the single biggest issue at the meetings?", "most important topic"),
        ("What's the story with Xiaomi, what were they asking for?", "autonomous vehicles"),  # framed name
    ],
)
def test_questions_the_article_answers_are_answered(model_docqa: DocQA, question: str, quoted: str) -> None:
    answer = model_docqa.ask(question)
    assert not answer.abstained, answer.confidence
    assert any(quoted in citation.quote for citation in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "What did the CPPCC say about housing and property prices?",  # on topic, never discussed
        "What did Nio propose?",  # a company the article never names
        "When was the CPPCC founded?",  # asks for a date the article never gives
        "When did this year's Two Sessions start?",  # "policy directions for the year" says no when
        "any new export controls on battery tech announced?",  # a yes/no question in few words
        "How many of the EV trade-in applications were approved?",  # the figure counts all applications
    ],
)
def test_questions_the_article_does_not_answer_are_refused(model_docqa: DocQA, question: str) -> None:
    answer = model_docqa.ask(question)
    assert answer.abstained, (answer.confidence, answer.answer)
    assert answer.citations == [] and answer.passages, "the nearest passages are still listed"


def test_a_date_question_without_a_date_is_capped_by_the_answer_type_rule(model_docqa: DocQA) -> None:
    assert model_docqa.ask("When was the CPPCC founded?").confidence <= 0.2
    assert model_docqa.ask("When did the central government first cut the RRR?").confidence > 0.5


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Who wrote this article?", "author"),
        ("When was the article published?", "date"),
        ("Who published the piece?", "publisher"),
    ],
)
def test_questions_about_the_article_itself_cite_its_front_matter(
    model_docqa: DocQA, question: str, field: str
) -> None:
    answer = model_docqa.ask(question)
    assert not answer.abstained
    citation = answer.citations[0]
    document = model_docqa.get_document(citation.document_id)
    assert document is not None
    assert citation.quote == f"{field}: {document.metadata[field]}"
    assert document.text[citation.start : citation.end] == citation.quote
    assert citation.start < document.header_end
