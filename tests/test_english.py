"""A message mostly in a language no reader was written for, read as the bag of its English words and names
(``qa.english``), with English told by wordfreq's frequencies (its real data, installed with the package)."""

from __future__ import annotations

import pytest

from qa.english import english_part, foreign_words, word_lists

# The words and names of a made-up report, as the answering layer passes them (lowercased).
KNOWN = frozenset({"arvex", "bolton", "marine", "levy", "berths", "shore", "harbour", "forum", "cranes"})


@pytest.mark.parametrize(
    ("message", "read"),
    [
        # Hungarian: "what did Arvex propose about the carbon levy?"
        ("mit javasolt az Arvex a carbon levy kapcsán?", "Arvex a carbon levy?"),
        # Estonian: "and Bolton Marine then?"
        ("aga Bolton Marine siis?", "Bolton Marine?"),
        # Swedish: "and Arvex then?" ("då" is no "da")
        ("och Arvex då?", "Arvex?"),
        # Icelandic: "how much will the shore power connections cost?"
        ("hvað kosta shore power connections mikið?", "shore power connections?"),
        # Basque, the name kept where the message opens with it
        ("Arvex-ek zer proposatu zuen?", "Arvex?"),
        # Hungarian's "a" (the) next to its other words goes with them
        ("mit javasolt a Bolton Marine a shore power ügyében?", "Bolton Marine a shore power?"),
        # Hungarian: "how many dollars is that?", the English word as Hungarian writes it
        ("hány dollár ez?", "dollar?"),
        # one word of another language is enough: Italian, Czech, Finnish
        ("cosa ha proposto Gotion?", "Gotion?"),
        ("kdo navrhl carbon levy?", "carbon levy?"),
        ("Harbour Forum tehtävät?", "Harbour Forum?"),
        # Dutch: "how much in dollars?", the rest leaning on the question before
        ("hoeveel in dollars?", "in dollars?"),
        # German, its nouns capitalised ("Bericht": report), and "and Gotion?"
        ("wie hoch ist die carbon levy laut dem Bericht?", "carbon levy?"),
        ("und Arvex?", "Arvex?"),
        # a word of the documents with another language's ending or article, as English writes it
        ("mida Arvex harbour forumil pakkus?", "Arvex harbour forum?"),
        ("Arvex harbour forum'da ne önerdi?", "Arvex harbour forum?"),
        ("résume l'article en trois phrases stp", "article phrases stp"),
        # Tagalog, no hyphen left hanging ("sang" is English too, and kept)
        ("sang-ayon ba ang Bolton Marine sa shore power?", "sang Bolton Marine shore power?"),
        # a closing French tag
        ("Arvex proposed a levy, n'est-ce pas?", "Arvex proposed a levy?"),
    ],
)
def test_a_message_mostly_in_another_language_is_read_as_its_english_words_and_names(
    message: str, read: str
) -> None:
    assert english_part(message, KNOWN) == read


@pytest.mark.parametrize(
    "message",
    [
        "What about perovskite cells?",  # one unusual English word: what the question turns on
        "what did northvolt propose at the forum?",  # a name typed in lowercase, the only unknown word
        "wat did thay say about the levy",  # misspelt English, its words still English
        "Did Nio or Zeekr speak at the Harbour Forum?",  # names the documents never use are names
        "hvað segirðu?",  # nothing but foreign words: nothing to read it by
        "wanneer is dit artikel gepubliceerd?",  # nothing left that names a thing ("is")
        "And in good ol' greenbacks?",  # an English word with its last letters left out
        "cosa ne pensi?",  # Italian: "what do you think?", nothing left
        "what about nio",  # a word of another language, Swedish "nio" (nine), is a name here
        "why change em",
        "waht did arvex propsoe",  # slips of the finger
        "y'all know who won the bid?",
        "what's the efficiency of perovskite tandems",  # two rare words, neither another language's
        "sodium ion vs lithium ion cost",
        "How much is it in reais?",  # a currency, whatever its language
        "How many berths does haven have?",  # a word of another language inside: maybe the thing asked of
        "what's the 2025 gdp growth tgt",  # abbreviations
        "How does the opening paragraph situate the forum?",  # a rare English word, common in Italian too
    ],
)
def test_english_and_messages_with_nothing_english_are_left_as_typed(message: str) -> None:
    assert english_part(message, KNOWN) == message


def test_foreign_words_are_neither_english_nor_known_nor_names() -> None:
    found = [match.group() for match in foreign_words("Mitä CATL ehdotti shore power asiasta, eikö?", KNOWN)]
    assert found == ["Mitä", "ehdotti", "asiasta", "eikö"]  # (capitalised, but Finnish's and no name's)
    # (a short one may be a name: Swedish "nio" is nine)
    assert [match.group() for match in foreign_words("Nio or Bericht?", KNOWN)] == ["Bericht"]
    assert foreign_words("xiaomi's plan, they'd say", {"xiaomi"}) == []  # English endings


def test_the_word_lists_tell_english_from_other_languages_by_how_common_a_word_is_in_each() -> None:
    lists = word_lists()
    assert {"proposto", "navrhl", "tehtävät", "hoeveel", "kolik"} <= lists.rare_in_english
    assert {"und", "cosa", "jest", "de", "ki"} <= lists.other_language - lists.english
    assert not {"also", "situate", "dare", "no", "cap", "northvolt", "gotion"} & lists.other_language
    assert {"won", "bid", "ion", "ceo", "cathode", "berth"} <= lists.english
    assert {"what", "about"} <= lists.common and "battery" not in lists.common
