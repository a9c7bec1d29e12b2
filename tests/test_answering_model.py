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


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # a claim about what a named company asked for, put right by what it did ask for
        ("Is it true Gotion wanted lower electricity prices?", "lithium battery transportation regulations"),
        # a choice of two, answered by the one the article tells
        ("Was the monetary policy 'prudent' or 'moderately loose'?", "moderately loose"),
        ("CALB - was their ask about patent misuse or about subsidies?", "patent misuse"),
    ],
)
def test_a_checked_claim_or_a_choice_is_answered_with_what_the_article_says(
    model_docqa: DocQA, question: str, quoted: str
) -> None:
    answer = model_docqa.ask(question)
    assert not answer.abstained, answer.confidence
    assert any(quoted in citation.quote for citation in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Is it true Nio wanted lower electricity prices?",  # a company the article never names
        "Were the meetings held in Shanghai or Shenzhen?",  # neither alternative is told
    ],
)
def test_a_claim_or_a_choice_the_article_does_not_tell_is_refused(model_docqa: DocQA, question: str) -> None:
    answer = model_docqa.ask(question)
    assert answer.abstained, (answer.confidence, answer.answer)


def test_the_pages_footer_answers_whom_to_contact_and_is_no_passage_of_a_search(model_docqa: DocQA) -> None:
    asked = model_docqa.ask("who do I get in touch with about this article, there's a name at the bottom")
    assert not asked.abstained
    assert asked.citations[0].quote == "For queries, please contact William Gu at williamgu@smm.cn"
    document = model_docqa.get_document(asked.citations[0].document_id)
    assert document is not None and asked.citations[0].start >= document.footer_start > 0
    written = model_docqa.ask(
        "If I got questions about this, who do I write to? There's a name at the bottom."
    )
    assert written.citations[0].quote == asked.citations[0].quote
    named = model_docqa.ask("Who is William Gu?")  # a name only the footer gives
    assert "williamgu@smm.cn" in named.answer
    for passage in model_docqa.ask("What did CATL propose?").passages:
        assert passage.chunk.start < document.footer_start


def test_a_follow_up_about_the_article_itself_keeps_the_article_as_its_subject(model_docqa: DocQA) -> None:
    first = model_docqa.ask("Who wrote this article?")
    answer = model_docqa.ask("and where's it originally from?", conversation_id=first.conversation_id)
    assert answer.rewritten_question is None
    assert answer.citations[0].quote.startswith("url: https://rhomotion.com/")


def test_a_conversation_in_a_language_nobody_wrote_a_reader_for_is_read_by_its_english_words(
    model_docqa: DocQA,
) -> None:
    # Hungarian: "what did Gotion propose about transporting lithium batteries?", the read shown
    first = model_docqa.ask("mit javasolt a Gotion a lítium akkumulátorok szállításáról?")
    assert first.rewritten_question == "Gotion?"
    assert any("lithium battery transportation" in citation.quote for citation in first.citations)
    # Estonian: "and CALB then?"
    followup = model_docqa.ask("aga CALB siis?", conversation_id=first.conversation_id)
    assert not followup.abstained and "patent" in followup.answer
    # Icelandic: "what did Nio say about batteries at the meeting?": a company the article never names
    assert model_docqa.ask("hvað sagði Nio um rafhlöður á fundinum?").abstained
