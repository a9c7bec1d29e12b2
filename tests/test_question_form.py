"""Reading a question (``qa.question_form``): its answer type, the thing it asks for, its focus, what a
figure in a sentence measures, and whether a sentence holds what the question's form requires. Pure
functions over text, no model."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("What did the CPPCC say about housing and property prices?", "housing and property prices"),
        ("What does the report say regarding port safety?", "port safety"),
        ("What is the harbour's dredging budget for this year?", "the harbour's dredging budget"),
        ("What is the CPPCC?", "the CPPCC"),
        ("Which are the largest ports in Europe?", "the largest ports"),
        ("What did Bolton Marine ask for?", None),  # no stated topic: the whole question stands for it
        ("How many delegates came to the Harbour Forum?", None),
        ("What is?", None),
        ("What is the role of the Harbour Forum?", "the Harbour Forum"),  # the role relates, X is the topic
        ("What is Arvex pushing for?", None),  # a progressive verb, not a subject
        ("What is the shipping?", "the shipping"),
        # A relative clause ends the subject: "... recyclers are facing" is not part of it.
        ("What are the four key problems port operators are facing?", "the four key problems port operators"),
    ],
)
def test_focus_phrase_is_what_the_question_is_about(question: str, phrase: str | None) -> None:
    from qa.question_form import _focus_phrase

    assert _focus_phrase(question) == phrase


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How many delegates attend the forum?", {"delegates", "attend"}),
        ("By how many basis points will fees fall?", {"basis", "points"}),
        ("What penalty did Arvex propose?", {"penalty"}),
        ("Which company asked for shore power?", set()),  # any company answers
        ("Which two car makers asked for shore power?", set()),  # carmakers, in two words
        ("Which car companies asked for shore power?", set()),
        ("What specific conduct did Arvex want banned?", set()),  # any conduct, told by what it is
        ("What position did Arvex put forward?", set()),  # a stance, told by what it is
        ("What rationale does the report give for the levy?", set()),
        ("How much money goes to shore power?", set()),  # any sum answers
        ("What is the Harbour Forum?", set()),  # the subject is the focus phrase's business
        ("What did Arvex propose?", set()),
        ("Which policy topic was seen as the most important?", set()),  # any topic answers
        ("Which of the HPA and the PTC is advisory?", set()),  # one of the options
        ("What exact figure is the authority targeting for fees?", set()),  # a figure: the answer type's
    ],
)
def test_the_thing_asked_for_is_read_off_the_question(question: str, asked: set[str]) -> None:
    from qa.question_form import _asked_thing

    assert _asked_thing(question) == asked


def test_acronyms_the_passages_define_stand_for_their_long_form() -> None:
    from qa.chat import expand_contractions
    from qa.question_form import _acronym_definitions

    text = "The forum may cut the port dues rate (PDR). The National Harbour Council (NHC) advises."
    assert _acronym_definitions([text]) == {"pdr": "port dues rate", "nhc": "National Harbour Council"}
    assert _acronym_definitions(["A (B) and the thing (XYZ) with no initials."]) == {}
    assert expand_contractions("what's the name of Arvex's CEO") == "what is the name of Arvex's CEO"


def test_an_amount_needs_digits_or_a_scale_word_but_a_count_can_be_a_number_word() -> None:
    from qa.question_form import _gives_answer_type

    target = "What deficit target was set?"
    assert not _gives_answer_type("quantity", "It matters to the two sessions.", target)
    assert _gives_answer_type("quantity", "It set a target of three percent.", target)
    assert _gives_answer_type("quantity", "The forum has two chambers.", "How many chambers does it have?")


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        (
            "In 2024, total applications for the grant exceeded four million according to the port.",
            ["applications"],
        ),
        ("The forum has two key advisory bodies, the NHC and the PUP.", ["bodies"]),
        ("Four million EVs were sold.", ["EVs"]),
        ("The port set a growth target of around 5% for 2025.", ["target"]),
        ("The Two Sessions ended.", []),  # a number word in a name is no figure
        ("In 2024 the port opened.", []),  # nor is a bare year
        # "increase X to/by a figure": the figure is X's new level or change
        ("The authority plans to increase its spending to EUR2.4 billion.", ["spending"]),
        (
            "The authority plans to raise its issuance of harbour bonds to EUR2 billion.",
            ["issuance of harbour bonds"],
        ),
        ("The council cut the levy by 2%.", ["levy"]),
        # "Of this EUR600 million will ...": the noun cannot be read
        ("Of this EUR600 million (USD650 million) will fund shore power.", None),
    ],
)
def test_the_noun_a_figure_measures_is_read_off_the_sentence(
    sentence: str, measures: list[str] | None
) -> None:
    from qa.question_form import _figure_measures

    found = _figure_measures(sentence)
    assert (None if found is None else [sentence[a:b] for a, b in found]) == measures


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How many electric vehicles were sold in 2024?", ["electric", "vehicles"]),
        ("How many batteries did Arvex sell?", ["batteries"]),
        ("How much did cargo volumes grow in 2024?", ["cargo", "volumes"]),
        ("How much special government debt was issued?", ["special", "government", "debt"]),
        ("how many ev trade in aplications were there", ["ev", "trade", "aplications"]),
        ("How much is Arvex's cargo budget rising this year?", ["cargo", "budget"]),  # not whose
        ("How much is Arvex raising its cargo budget?", ["cargo", "budget"]),  # what is raised
        ("How much did Arvex raise?", []),  # whoever raises is not what is measured
        ("How much is the port spending on its dredging fleet?", ["dredging", "fleet"]),  # where it goes
        (
            "How much does the port plan to raise dredging spending?",
            ["dredging", "spending"],
        ),  # what it plans
        ("How much will dredging spending rise?", ["dredging", "spending"]),  # "spending": a noun
        ("How many people applied for the grant?", []),  # generic: any count of applicants answers
        ("How much money goes to shore power?", []),
        ("How much RMB will the port issue in harbour bonds?", []),  # money, in whatever currency it is told
        ("how many dollars for the dredging grant?", []),
        ("how much RMB Arvex will spend on dredging", []),  # (no auxiliary: a name after the currency)
        ("What amount in renminbi goes to the dredging grant?", []),  # (any currency's word or code)
        ("how much SGD for the ferry pass?", []),
        ("How much is the grant?", []),
        ("What did Arvex propose?", []),
    ],
)
def test_what_a_how_many_question_counts_is_read_off_the_question(question: str, measure: list[str]) -> None:
    from qa.question_form import _asked_measure

    assert [question[a:b] for a, b in _asked_measure(question)] == measure


def test_how_much_money_needs_a_sum_in_a_currency() -> None:
    from qa.question_form import _gives_answer_type

    received = "How much did the grant receive in 2024?"
    assert not _gives_answer_type("quantity", "In 2024, applications exceeded four million.", received)
    assert _gives_answer_type("quantity", "In 2024 it received RMB300 billion.", received)
    assert _gives_answer_type("quantity", "In 2024 it received $5 million.", received)
    assert _gives_answer_type("quantity", "In 2024 it received 40 million euros.", received)
    funding = "How much funding goes to shore power?"
    assert not _gives_answer_type("quantity", "Shore power gets 40% of the berths.", funding)
    # Not every how-much question is about money.
    assert _gives_answer_type("quantity", "Cargo grew by seven percent.", "How much did cargo grow?")


def test_a_verb_and_its_particle_meet_the_compound() -> None:
    from qa.question_form import _content_terms

    assert _content_terms("the rollout of cranes") & _content_terms("roll out the cranes") >= _content_terms(
        "rollout"
    )
    assert _content_terms("trade-in") & _content_terms("the trade in scheme") >= _content_terms("tradein")
    assert not _content_terms("in the port") & _content_terms("thein")  # no stopword compounds


def test_what_will_the_figure_be_asks_for_a_figure() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("what will the new port dues ratio be after the next cut") == "quantity"
    assert _expected_answer_type("What will the impact be on shipping?") is None


def test_a_figure_for_last_year_needs_a_past_time() -> None:
    from qa.question_form import _gives_answer_type

    question = "How much did the port spend last year?"
    assert not _gives_answer_type("quantity", "The port plans to spend EUR2.4 billion on berths.", question)
    assert _gives_answer_type("quantity", "In 2024 the port spent EUR2.1 billion.", question)
    assert _gives_answer_type("quantity", "Last year the port spent EUR2.1 billion.", question)
    plan = "The port plans to spend EUR2.4 billion."
    assert _gives_answer_type("quantity", plan, "How much will it spend?")


def test_who_is_answered_by_someone() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    assert _expected_answer_type("Who presented the report at the forum?") == "agent"
    assert _expected_answer_type("Who is the CEO of Arvex?") == "name"
    question = "Who presented the harbour report at the forum?"
    nobody = "The harbour report presented at the forum gave insights."
    assert not _gives_answer_type("agent", nobody, question)
    assert _gives_answer_type("agent", "Arvex presented the report.", question)
    assert _gives_answer_type("agent", "It was presented by port regulators.", question)
    assert _gives_answer_type("agent", "He also presented the report.", question)


def test_a_number_word_is_no_thing_asked_for() -> None:
    from qa.question_form import _asked_thing

    assert _asked_thing("What three themes did the forum stress?") == set()
    assert _asked_thing("Which two ports did Arvex name?") == {"ports"}


def test_which_country_needs_a_country_and_which_city_a_place_that_is_not_one() -> None:
    from qa.question_form import _gives_answer_type

    city = "Which city hosted the forum?"
    assert not _gives_answer_type("place", "The forum is the yearly meeting of China's port operators.", city)
    assert not _gives_answer_type("place", "The forum was held in China.", city)
    assert _gives_answer_type("place", "The forum was held in Rotterdam.", city)
    country = "Which country will host the plant?"
    assert _gives_answer_type("place", "Hungary will host the plant.", country)
    assert _gives_answer_type("place", "The plant will be built in the United States.", country)
    assert not _gives_answer_type("place", "The plant will be built in Debrecen.", country)
    assert _gives_answer_type("place", "It will be built near Debrecen.", "Where will the plant be built?")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Did Arvex say when it will open the terminal?", "time"),
        ("Did the authority say how much it will spend?", "quantity"),
        ("Did Arvex explain where the cranes will go?", "place"),
        ("Did Arvex mention safety?", None),
    ],
)
def test_a_question_inside_a_yes_no_question_sets_the_answer_type(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


def test_a_rank_answers_how_big() -> None:
    from qa.question_form import _gives_answer_type

    question = "How big is Rotterdam?"
    assert not _gives_answer_type("quantity", "Rotterdam is Europe's largest port.", question)
    assert _gives_answer_type("quantity", "Rotterdam is the world's tenth largest port.", question)


def test_a_role_holder_is_named_and_a_pronoun_is_no_name() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    assert _expected_answer_type("Who is Arvex's CEO?") == "name"
    question = "Who is the CEO of Arvex?"
    assert not _gives_answer_type("name", "He also called for stricter safety inspections.", question)
    assert _gives_answer_type("name", "Arvex is led by Maria Olsen.", question)


def test_question_form_details() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type, _question_names

    # A label before a colon is no name.
    assert _question_names("Quick: main themes of the forum?") == []
    assert _question_names("Arvex, what did it want?") == ["Arvex"]
    # "What date" wants a day, not "this year".
    date = "On what date did the forum open?"
    assert not _gives_answer_type("time", "The forum ended this year.", date)
    assert _gives_answer_type("time", "The forum opened on 5 March.", date)
    # "Which company ...?" wants a company other than those the question names.
    accused = "Which company did Arvex accuse of misusing patents?"
    assert _expected_answer_type(accused) == "agent"
    assert not _gives_answer_type("agent", "Arvex called for an end to patent misuse.", accused)
    assert _gives_answer_type("agent", "Arvex accused Bolton Marine of patent misuse.", accused)


def test_where_is_answered_by_a_venue_named_after_at() -> None:
    from qa.question_form import _gives_answer_type

    question = "Where was the harbour report presented?"
    assert _gives_answer_type("place", "The harbour report presented at the NHC gave insights.", question)
    assert not _gives_answer_type("place", "The harbour report gave insights.", question)


def test_roles_and_abstract_asked_things() -> None:
    from qa.question_form import _asked_thing, _expected_answer_type, _gives_answer_type

    # "What change did X want?": any proposal is a change, so nothing particular is asked for.
    assert _asked_thing("What change did Arvex want in port dues?") == set()
    assert _asked_thing("What benefits might automation bring to ports?") == set()
    # "Which premier ...?" asks for a role's holder; a title is no name.
    assert _expected_answer_type("Which premier opened the forum?") == "name"
    question = "What is the name of Arvex's chief executive?"
    assert not _gives_answer_type("name", "The CEO of Arvex called for a levy.", question)
    assert _gives_answer_type("name", "Arvex chief executive Maria Olsen called for a levy.", question)
    # "Which competitor ...?" wants a company other than the one named.
    assert _expected_answer_type("Which competitor did Arvex accuse?") == "agent"


def test_holders_dates_and_the_long_form_of_the_questions_own_acronym() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    assert _expected_answer_type("On what dates did the forum take place?") == "time"
    assert _expected_answer_type("Who chairs the NHC?") == "name"
    assert _expected_answer_type("Who runs the museum?") == "agent"  # a name, or "a charitable trust"
    defined = "The forum hosts the National Harbour Council (NHC) every spring."
    assert not _gives_answer_type("name", defined, "Who chairs the NHC?")
    assert _gives_answer_type("name", defined + " Maria Olsen chairs it.", "Who chairs the NHC?")


def test_where_something_was_held_needs_a_location() -> None:
    from qa.question_form import _gives_answer_type

    held = "Where was the harbour forum held?"
    assert not _gives_answer_type("place", "The forum is the yearly meeting of Dutch port operators.", held)
    assert _gives_answer_type("place", "The forum was held in Rotterdam.", held)
    source = "Where does the cargo figure come from?"
    assert _gives_answer_type("place", "According to Port Statistics Europe, cargo grew.", source)


def test_the_topic_of_an_about_phrase_leaves_out_its_setting() -> None:
    from qa.question_form import _about_topic

    assert _about_topic("Which firms talked about shore power at the Harbour Forum?") == "shore power"
    assert _about_topic("What did Arvex propose?") == ""
    # a follow-up's own about phrase ends where its borrowed question begins
    borrowed = (
        "What is the exact phrase they used about tolls (what does the council report say about ferries)?"
    )
    assert _about_topic(borrowed) == "tolls"


def test_a_possessive_or_a_venue_says_nobody_did_it() -> None:
    from qa.question_form import _gives_answer_type

    question = "Who delivered the harbour report?"
    nobody = "The harbour report presented at the Assembly gave insights regarding the council's plans."
    assert not _gives_answer_type("agent", nobody, question)
    assert _gives_answer_type("agent", "The Port Council presented the harbour report.", question)
    assert _gives_answer_type("agent", "Arvex's chief presented the report at the Assembly.", question)


def test_when_is_the_next_one_asks_for_the_future() -> None:
    from qa.question_form import _gives_answer_type

    question = "When is the next levy cut expected?"
    assert not _gives_answer_type(
        "time", "Shippers cheered when the council first cut the levy in May 2023.", question
    )
    assert _gives_answer_type("time", "The next cut is expected in June 2026.", question)
    assert _gives_answer_type("time", "The council plans another cut in June 2026.", question)
    assert _gives_answer_type(
        "time", "The council cut the levy in May 2023.", "When did the council cut the levy?"
    )


def test_which_department_is_answered_by_a_named_body() -> None:
    from qa.question_form import _asked_thing, _expected_answer_type, _gives_answer_type

    question = "Which department is behind the toll rise?"
    assert _expected_answer_type(question) == "agent"
    assert _asked_thing(question) == set()
    assert _gives_answer_type("agent", "The Transport Ministry plans the toll rise.", question)
    assert not _gives_answer_type("agent", "The toll rise was announced in May.", question)
    assert _expected_answer_type("Which body can set tolls, the Port Council or the Assembly?") is None


def test_a_lowercase_question_takes_its_names_from_how_the_texts_write_them() -> None:
    from qa.question_form import _names_cased_in

    texts = ["The plan by Arvex was approved.", "Harbour dues rose at the Harbour and at the harbour."]
    assert _names_cased_in("arvex harbour plan", texts) == ["Arvex"]  # "harbour" is also written plainly
    assert _names_cased_in("Arvex harbour plan", texts) == []  # capitals already mark the names


def test_everyday_words_meet_the_formal_words_a_text_uses() -> None:
    from qa.question_form import _content_terms

    def shared(question: str, sentence: str) -> bool:
        return bool(_content_terms(question) & _content_terms(sentence))

    assert shared("What themes did the forum stress?", "The forum put a strong emphasis on safety.")
    assert shared("Has the summit finished?", "The summit has concluded.")
    assert shared("Who wants driverless trucks?", "Arvex backs autonomous trucks.")
    assert not shared("What themes did the forum stress?", "Arvex backs autonomous trucks.")
    # Phrases too: "intellectual property" lawsuits are patent suits, "cradle to grave" the life cycle.
    patents = _content_terms("abusing intellectual-property lawsuits") & _content_terms("patent misuse")
    assert "=patent" in patents
    assert "=lifecycle" in _content_terms("from cradle to grave") & _content_terms("the entire life cycle")
    # A figure's currency prefix is its currency: "RMB1.3 trillion" is in yuan.
    assert "=yuan" in _content_terms("Is that in yuan?") & _content_terms("to RMB1.3 trillion")


def test_another_word_in_the_middle_of_the_questions_phrase_is_another_thing() -> None:
    from qa.question_form import _contrasting_modifier

    def contrasted(question: str, supports: list[float], sentence: str) -> bool:
        words = [(m.group(), m.span()) for m in re.finditer(r"[a-z]+", question) if m.group() != "what"]
        return _contrasting_modifier(question, words, supports, sentence)

    sentence = "Arvex said harbour safety rules should change."
    # "harbour pricing rules": the sentence's harbour rules are safety rules
    assert contrasted("what harbour pricing rules", [1.0, 0.2, 1.0], sentence)
    assert not contrasted("what harbour pricing rules", [1.0, 0.6, 1.0], sentence)  # close: a paraphrase
    assert not contrasted("what harbour safety rules", [1.0, 1.0, 1.0], sentence)
    assert not contrasted("what new pricing rules", [1.0, 0.2, 1.0], sentence)  # no shared frame


def test_the_kind_asked_for_and_verbs_of_asking_are_no_content_words() -> None:
    from qa.question_form import _content_terms, _content_words

    def words(question: str) -> list[str]:
        return [word for word, _ in _content_words(question, lambda t: set(_content_terms(t)))]

    assert words("Which company wants cheaper tolls?") == ["cheaper", "tolls"]
    assert words("Which shipping company wants cheaper tolls?") == ["shipping", "cheaper", "tolls"]
    assert words("What was Arvex asking the council for?") == ["Arvex", "council"]
    assert "company" in words("What did Arvex say about the company?")  # not the kind asked for
    from qa.question_form import _asked_thing

    assert _asked_thing("What line is the council taking on tolls this year?") == set()  # its stance
    assert words("What did Arvex raise at the forum?") == ["Arvex", "forum"]  # raised in words: said
    assert words("Where does Arvex go to raise fees?") == ["Arvex", "raise", "fees"]


def test_a_capital_stands_for_the_government_of_a_country_the_texts_name() -> None:
    from qa.question_form import _capital_as_country

    texts = ["Japan's central bank kept rates low.", "The government plans to cut taxes."]
    assert _capital_as_country("Is Tokyo cutting taxes?", texts) == "Is the government cutting taxes?"
    assert _capital_as_country("What is Tokyo's tax plan?", texts) == "What is the government's tax plan?"
    assert _capital_as_country("Is Tokyo cutting taxes?", [*texts, "Tokyo hosted the talks."]) == (
        "Is Tokyo cutting taxes?"  # the texts name Tokyo itself
    )
    assert _capital_as_country("Is Paris cutting taxes?", texts) == "Is Paris cutting taxes?"  # no France


def test_idioms_in_plain_words_and_the_second_largest_is_not_the_largest() -> None:
    from qa.question_form import _asked_thing, _plain_idioms, _ranks_below_the_asked_superlative

    assert _plain_idioms("are the harbour talks over yet") == "are the harbour talks finished yet"
    assert _plain_idioms("What did Arvex say over the weekend?") == "What did Arvex say over the weekend?"
    sentence = "Arvex is the region’s second largest port operator."
    assert _ranks_below_the_asked_superlative("Which is the region's largest port operator?", sentence)
    assert not _ranks_below_the_asked_superlative("Which is the second largest port operator?", sentence)
    assert not _ranks_below_the_asked_superlative("How big is Arvex?", sentence)
    # a fact check of the largest is answered by the rank the text gives
    assert not _ranks_below_the_asked_superlative("Is Arvex the region's largest port operator?", sentence)
    assert not _ranks_below_the_asked_superlative(
        "True or false: Arvex is the largest port operator.", sentence
    )
    assert _asked_thing("What new law will the council pass?") == {"law"}


def test_who_asks_and_where_it_is_said_are_set_aside() -> None:
    from qa.question_form import _without_asides

    assert _without_asides("I'm a student — what did Arvex propose?") == "what did Arvex propose?"
    assert _without_asides("As an investor: is the port raising fees?") == "is the port raising fees?"
    assert _without_asides("What did Arvex propose, per the harbour report?") == "What did Arvex propose?"
    assert _without_asides("How much is the toll per ship?") == "How much is the toll per ship?"
    kept = "Regarding Arvex: what did they propose?"
    assert _without_asides(kept) == kept
    # Where the conversation turns is no part of the question either, but a name before a colon is.
    assert _without_asides("Different question - what does TEU stand for?") == "what does TEU stand for?"
    assert _without_asides("Moving on: who runs the port?") == "who runs the port?"
    assert _without_asides("Arvex: what did they propose?") == "Arvex: what did they propose?"


def test_the_name_that_acts_in_the_question() -> None:
    from qa.question_form import _acting_name

    assert _acting_name("What new law will the Port Council pass to curb tolls?") == "Port Council"
    assert _acting_name("What did Arvex push for?") == "Arvex"
    assert _acting_name("What will Arvex and Bolton build?") == "Arvex and Bolton"
    assert _acting_name("How much did Arvex's board approve?") == ""  # a possessive: the board acts
    assert _acting_name("What is the Port Council?") == ""
    assert _acting_name("When did the council cut tolls?") == ""


def test_a_word_of_scope_in_place_of_the_sentences_modifier_is_another_thing() -> None:
    from qa.question_form import _contrasting_modifier

    question = "How much will the council issue in local government bonds?"
    content = ["council", "issue", "local", "government", "bonds"]
    words = [(m.group(), m.span()) for m in re.finditer(r"\w+", question) if m.group() in content]
    supports = [1.0, 0.4, 0.2, 1.0, 1.0]
    assert _contrasting_modifier(question, words, supports, "The council will issue special government debt.")
    assert not _contrasting_modifier(question, words, supports, "The council will issue new bonds.")
    supports[2] = 0.9  # "local" is there
    assert not _contrasting_modifier(question, words, supports, "The local government will issue bonds.")


def test_the_home_scope_contrasts_only_with_a_sentence_beyond_it() -> None:
    from qa.question_form import _contrasting_modifier

    question = "What did the ministry say about domestic consumer spending?"
    content = ["ministry", "say", "domestic", "consumer", "spending"]
    words = [(m.group(), m.span()) for m in re.finditer(r"\w+", question) if m.group() in content]
    supports = [1.0, 0.5, 0.2, 1.0, 1.0]
    assert not _contrasting_modifier(question, words, supports, "Consumer spending rose 8% this year.")
    beyond = "International consumer spending rose 8% this year."
    assert _contrasting_modifier(question, words, supports, beyond)
    park = "Is the national park open on Sunday?"  # a thing of its own, not the home economy
    park_words = [
        (m.group(), m.span()) for m in re.finditer(r"\w+", park) if m.group() in ("national", "park")
    ]
    assert _contrasting_modifier(park, park_words, [0.2, 1.0], "The park closes at 4pm.")


def test_whose_concern_or_proposal_is_asked_for_is_a_speaker() -> None:
    from qa.question_form import _speaker

    assert _speaker("What was Arvex's main concern at the forum?") == "Arvex"
    assert _speaker("What were the shippers' requests?") == "shippers"
    assert _speaker("What is the forum's role?") == ""  # a role is no one's words


def test_where_a_share_goes_is_read_off_the_question() -> None:
    from qa.question_form import _share_destination

    assert _share_destination("How much of the EUR2 billion goes to shore power?") == "shore power"
    planned = "How much of the EUR2 billion is planned for crane renewal, not the ferry scheme?"
    assert _share_destination(planned) == "crane renewal"
    assert _share_destination("How much of the bond money will fund crane upgrades?") == "crane upgrades"
    assert _share_destination("And how much of that goes specifically to dredging?") == "dredging"
    assert _share_destination("How much of the spending on berths goes to shore power?") == "shore power"
    assert _share_destination("How much money goes to shore power?") == ""  # no share of anything


def test_holders_officials_and_earlier_years() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type, _plain_idioms

    assert _expected_answer_type("Which official opened the harbour forum?") == "agent"
    assert _expected_answer_type("Which Arvex executive spoke at the forum?") == "agent"
    assert _expected_answer_type("What did the company say?") is None
    holder = "What is the name of the shipping company's chief executive?"
    assert not _gives_answer_type("name", "The CEO of Arvex asked for a levy.", holder)
    assert not _gives_answer_type("name", "Arvex's CEO asked for a levy.", holder)
    assert _gives_answer_type("name", "Arvex's CEO Maria Olsen asked for a levy.", holder)
    founded = "Who founded the firm that publishes the port outlook?"
    source = "In 2024 cargo grew, according to Port Data Group's outlook."
    assert not _gives_answer_type("agent", source, founded)
    before = "How much did the council spend the year before?"
    assert not _gives_answer_type("quantity", "The council plans to spend EUR2 billion.", before)
    assert _gives_answer_type("quantity", "The council spent EUR1 billion the previous year.", before)
    over = "Is the forum over, and what did it decide?"
    assert _plain_idioms(over) == "Is the forum finished, and what did it decide?"


def test_keywords_naming_a_measure_ask_for_a_figure() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("current port dues ratio netherlands") == "quantity"
    assert _expected_answer_type("harbour budget increase 2025") == "quantity"
    assert _expected_answer_type("port dues policy 2025") is None
    assert _expected_answer_type("interest rates") is None  # may want the policy on them


def test_which_rate_asks_which_one_and_what_rate_how_much() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("What rate do the harbour bonds pay?") == "quantity"
    assert _expected_answer_type("Which rates does the port say it has room to cut?") is None
    assert _expected_answer_type("Which bank ratio might get trimmed under it?") is None
    assert _expected_answer_type("Which figure did the port give for dredging?") == "quantity"


def test_which_specific_ones_asks_for_names_and_a_source_is_what_a_text_cites() -> None:
    from qa.question_form import _content_terms, _expected_answer_type, _gives_answer_type

    question = "Which specific lawsuits did Arvex cite?"
    assert _expected_answer_type(question) == "name"
    said = "Separately, Arvex called for curbs on patent litigation."
    assert not _gives_answer_type("name", said, question)
    assert _gives_answer_type("name", "Arvex cited Bolton v. Harbour Council.", question)
    assert _content_terms("What is the source for the figure?") & _content_terms("It grew, according to PDG.")


def test_a_comparison_with_last_year_needs_the_past_and_allocated_to_is_where_a_share_goes() -> None:
    from qa.question_form import _compares_with_an_absent_past, _share_destination

    question = "How does the planned dues income compare with last year's amount?"
    assert _compares_with_an_absent_past(question, "The port plans to raise EUR2 billion in dues.")
    assert not _compares_with_an_absent_past(question, "Dues rose from EUR1.8 billion last year.")
    assert not _compares_with_an_absent_past("How much are the dues?", "The port plans EUR2 billion.")
    assert _share_destination("How much of the EUR2 billion is allocated to dredging?") == "dredging"


def test_abstract_and_describing_words_are_no_thing_asked_for() -> None:
    from qa.question_form import _asked_thing

    assert _asked_thing("What sort of tool was proposed for tracking a ship?") == set()
    assert _asked_thing("What payoff could the dredging bring to shippers?") == set()
    assert _asked_thing("What term does the report use for shore power?") == set()
    assert _asked_thing("Which report is the source for the tonnage figure?") == set()
    assert _asked_thing("What bigger goal was Arvex pushing for?") == set()
    assert _asked_thing("What penalty did Arvex propose?") == {"penalty"}


def test_plain_words_for_trade_in_schemes_and_ip_lawsuits() -> None:
    from qa.question_form import _content_terms, _plain_idioms

    scheme = _content_terms("the port's trade in scheme for old barges")
    assert _content_terms("the scrappage program") & scheme
    assert _content_terms("swapping old goods for new ones") & scheme
    assert _plain_idioms("Who complained about IP lawsuits?") == "Who complained about patent lawsuits?"
    assert _plain_idioms("How much goes to swapping old goods for new ones?") == "How much goes to trade-in?"
    scheme = "How much goes to the old goods for new ones scheme?"
    assert _plain_idioms(scheme) == "How much goes to the tradein scheme?"
    assert _plain_idioms("What is this according to the port?") == "What is this according to the port?"
    assert _plain_idioms("What is the port's IP address?") == "What is the port's IP address?"


def test_questions_about_the_document_itself_name_its_header_fields() -> None:
    from qa.question_form import document_field_keys

    assert document_field_keys("Who wrote this article?")[0] == "author"
    assert document_field_keys("Who is the author of the piece?")[0] == "author"
    assert document_field_keys("when was this article put up like?")[0] == "date"
    assert document_field_keys("when was this artical put out")[0] == "date"
    assert document_field_keys("this news from where?")[0] == "url"
    assert document_field_keys("Who put this article together?")[0] == "author"
    assert not document_field_keys("Who put the ferry timetable together?")
    assert document_field_keys("On what date did this piece come out?")[0] == "date"
    assert document_field_keys("When was the article published?")[0] == "date"
    assert document_field_keys("Who published the article?")[0] == "publisher"
    assert document_field_keys("And who put this article out?")[0] == "publisher"
    for asked_the_date in (
        "what date is this article from?",
        "this article date when",
        "When this news is published?",
        "How old is this article?",
        "What date was this article put out?",
    ):
        assert document_field_keys(asked_the_date)[0] == "date", asked_the_date
    assert document_field_keys("What is the date of the ferry strike?") == ()
    assert document_field_keys("How old is the harbour?") == ()
    assert document_field_keys("What is the headline of the story?")[0] == "title"
    # Another report, or anything else, is not the document itself.
    assert document_field_keys("Who wrote the harbour report?") == ()
    assert document_field_keys("When was the levy published in the gazette?") == ()
    assert document_field_keys("Who proposed shore power?") == ()


@pytest.mark.parametrize(
    "question",
    [
        "What is the Arvex CEO name?",
        "whats the ceos name",
        "Arvex CEO name what",
        "What is the CEO name",
        "Who is Arvex CEO, his name?",
    ],
)
def test_a_role_holders_name_asked_after_the_role_is_answered_only_by_a_name(question: str) -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    assert _expected_answer_type(question) == "name"
    assert not _gives_answer_type(
        "name", "The CEO of Arvex called for shore power.", "What is the Arvex CEO name?"
    )
    assert _expected_answer_type("What did the CEO name the ferry?") is None
    assert _expected_answer_type("What is the product name?") is None


def test_idioms_of_a_body_that_only_talks_and_of_money_in_the_system_are_put_plainly() -> None:
    from qa.question_form import _content_terms, _plain_idioms

    assert (
        _plain_idioms("Is the harbour board just a talk shop?")
        == "Is the harbour board just an advisory body?"
    )
    assert _content_terms(_plain_idioms("Will they keep enough money sloshing around in the system?")) >= (
        _content_terms("ample liquidity")
    )


def test_an_institution_or_a_sum_is_no_role_holders_name() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    question = "Who is Arland's port minister?"
    assert _expected_answer_type(question) == "name"  # a role with a word before it is still a role
    assert not _gives_answer_type("name", "Arland's Ministry of Ports will spend EUR2.4 billion.", question)
    assert _gives_answer_type("name", "Ola Berg, the Minister of Ports, spoke.", question)


def test_a_count_of_the_things_asked_for_is_no_content_word_and_more_plain_words() -> None:
    from qa.question_form import _content_terms, _content_words

    words = [word for word, _ in _content_words("What three themes did the forum stress?", _content_terms)]
    assert words == ["forum", "stress"]
    kept = [word for word, _ in _content_words("Did the forum last three days?", _content_terms)]
    assert "three" in kept
    assert _content_terms("the parliament") & _content_terms("a legislature")
    assert _content_terms("abusive lawsuits") & _content_terms("patent misuse")
    assert _content_terms("plentiful credit") & _content_terms("ample liquidity")
    assert not _content_terms("What is meant by the phrase dredging?") & _content_terms("meant phrase")


def test_more_kinds_from_unseen_sets() -> None:
    from qa.chat import expand_contractions
    from qa.question_form import (
        _asked_thing,
        _gives_answer_type,
        _ranks_below_the_asked_superlative,
        _ranks_first,
    )

    # "whats the ..." typed without its apostrophe reads as "what is the ...".
    assert expand_contractions("whats the port's budget") == "what is the port's budget"
    # A duty, a buzzword or a subject is any one; a year is the answer type's business.
    assert _asked_thing("What duties does the council carry out?") == set()
    assert _asked_thing("What buzzword does the port use for automation?") == set()
    assert _asked_thing("What year is that number from?") == set()
    assert _asked_thing("Which levers does the port leave room to cut?") == set()
    # "most heavily" ranks a doing, "top" alone is a title; "the top priority" ranks a thing.
    assert not _ranks_first("Which themes did the forum stress most heavily?")
    assert not _ranks_first("Which body is the port's top authority?")
    assert _ranks_first("Which subject was the top priority of the forum?")
    # "the world's what largest port" asks for the rank.
    ranked = "the second largest port"
    assert not _ranks_below_the_asked_superlative("Arland has the world's what largest port?", ranked)
    assert _ranks_below_the_asked_superlative("Which has the world's largest port?", ranked)
    # A sum asked for in a currency must be given in it.
    sentence = "The port will spend EUR2.4 billion (USD2.6 billion) on berths."
    assert _gives_answer_type("quantity", sentence, "How much is that in dollars?")
    assert not _gives_answer_type("quantity", sentence, "How much is the spending in euros in yen?")


def test_what_changes_swaps_of_old_for_new_and_whether_anyone_said() -> None:
    from qa.question_form import _asked_measure, _plain_idioms

    question = "By what percentage will Arland's dredging budget increase this year?"
    assert [question[a:b] for a, b in _asked_measure(question)] == ["dredging", "budget"]
    assert _plain_idioms("Who pays if you swap your old car for a new one?") == "Who pays if you trade-in?"
    batteries = "Did Arvex swap old batteries for new ones?"
    assert _plain_idioms(batteries) == batteries


def test_abbreviations_the_texts_never_use_are_spelled_out_and_more_plain_words() -> None:
    from qa.question_form import (
        _about_topic,
        _content_terms,
        _expected_answer_type,
        _ranks_first,
        _spelled_out,
        document_field_keys,
    )

    texts = ["Arvex called for a faster roll out of autonomous vehicles."]
    assert _spelled_out("Who pushed the AV rollout?", texts) == "Who pushed the autonomous vehicle rollout?"
    assert _spelled_out("Who pushed the AV rollout?", ["The AV plan."]) == "Who pushed the AV rollout?"
    assert _content_terms("the rollout") & _content_terms("roll out")
    shared = _content_terms("common specs") & _content_terms("universal standards")
    assert {"=universal", "=standard"} <= shared
    # An about phrase ends at a dash; "put the most weight on" is emphasis, not a ranking.
    pitch = "Arvex's pitch was about logistics – which rules did they want changed?"
    assert _about_topic(pitch) == "logistics"
    assert not _ranks_first("What themes did the forum put the most weight on?")
    # "How much was the dredging budget in 2024?" asks for a sum of money.
    assert _expected_answer_type("how much was the dredging budget in 2024") == "quantity"
    assert document_field_keys("Which research shop wrote this harbour note?")[0] == "author"


def test_shares_counts_dated_targets_and_whether_a_name_was_given() -> None:
    from qa.question_form import _content_terms, _content_words, _expected_answer_type, _gives_answer_type

    share = "What share of new ships in Arland were electric in 2024?"
    assert not _gives_answer_type("quantity", "In 2024, the port registered four million visits.", share)
    assert _gives_answer_type("quantity", "Electric ships were 45% of new ships in 2024.", share)
    counted = _content_words("what 3 things did the forum stress", _content_terms)
    assert [word for word, _ in counted] == ["forum", "stress"]
    assert _expected_answer_type("arland dredging target for 2025?") == "quantity"
    assert _expected_answer_type("Did Arvex name the firm it is suing?") == "name"
    assert _expected_answer_type("Did Arvex name who is actually suing them?") == "name"
    went = "How much went to the dredging scheme in 2024?"
    assert not _gives_answer_type("quantity", "In 2024, four million tonnes were dredged.", went)
    assert _gives_answer_type("quantity", "In 2024, EUR2 billion went to the dredging scheme.", went)


def test_put_forward_is_a_verb_of_proposing_and_new_meets_emerging() -> None:
    from qa.question_form import _content_terms, _content_words, _plain_idioms

    put_forward = _plain_idioms("What did Arvex put forward?")
    assert [word for word, _ in _content_words(put_forward, _content_terms)] == ["Arvex"]
    assert _content_terms("new industries") & _content_terms("emerging industries") >= {"=emerging"}


def test_a_holder_question_needs_its_role_or_someone_leading() -> None:
    from qa.question_form import _gives_answer_type

    both = "The Harbour Forum is the annual meeting of the Arland Port Council (APC) and the Bolton Board."
    assert not _gives_answer_type("name", both, "Who chairs the APC?")
    assert _gives_answer_type("name", "Ola Berg, the chairman of the APC, opened it.", "Who chairs the APC?")


def test_a_dated_question_needs_a_sentence_of_that_time() -> None:
    from qa.question_form import _dated_otherwise

    plan = "The port plans to raise dues to EUR2 billion."
    # No year in the sentence: it is of its document's year, which answers that year only.
    assert _dated_otherwise("What are the 2024 port dues?", plan, "2025")
    assert not _dated_otherwise("What are the 2025 port dues?", plan, "2025")
    assert not _dated_otherwise("What are the 2024 port dues?", plan, None)  # no date: nothing to tell
    # Another year said is another time; the asked one said is the asked one.
    assert _dated_otherwise("How many ships came in 2023?", "In 2024, ships exceeded four million.", None)
    assert not _dated_otherwise("How many ships came in 2024?", "In 2024, ships exceeded four million.", None)
    # "this year" is the document's year: a sentence of another year only is of another time
    assert _dated_otherwise(
        "How many ships do they expect this year?", "In 2024, ships exceeded four million.", "2025"
    )
    assert not _dated_otherwise("How much will dues rise this year?", plan, "2025")
    assert not _dated_otherwise(
        "What will the port do this year?", "In 2024, ships exceeded four million.", "2025"
    )
    # A past period needs a sentence that tells of some past time; a follow-up's brackets date nothing.
    assert _dated_otherwise("Port dues the year before?", plan, "2025")
    assert not _dated_otherwise("Port dues the year before?", "Dues were EUR1.8 billion last year.", "2025")
    assert not _dated_otherwise("Why does that matter (dues in 2024)?", plan, "2025")


def test_a_target_for_a_year_and_exact_dates_ask_for_a_figure_and_a_time() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("gdp growth target 2025") == "quantity"
    assert _expected_answer_type("port dues target") is None
    assert _expected_answer_type("On what exact dates was the forum held?") == "time"


def test_scale_abbreviations_and_terse_openers() -> None:
    from qa.question_form import _plain_idioms, _question_names

    assert _plain_idioms("What is the EUR600mn levy? And EUR2.4bn, USD1.3tn?") == (
        "What is the EUR600 million levy? And EUR2.4 billion, USD1.3 trillion?"
    )
    assert _plain_idioms("What is his good name?") == "What is his name?"
    assert _question_names("Upside for shipping from that?") == []  # a noun opening a terse question
    assert _question_names("Arvex on pricing?") == ["Arvex"]
    assert _question_names("CATL for pricing?") == ["CATL"]  # an acronym stays a name


def test_a_time_asked_for_by_its_noun_and_words_of_bearing() -> None:
    from qa.question_form import _STOPWORDS, _expected_answer_type

    assert _expected_answer_type("Any timeline for the levy?") == "time"
    assert _expected_answer_type("Does it say by how much?") == "quantity"
    assert {"link", "implications", "upside"} <= _STOPWORDS  # the sentence that goes on says it otherwise


def test_a_question_word_after_its_thing_comes_first() -> None:
    from qa.question_form import _as_asked, _expected_answer_type

    assert _as_asked("The levy now, how many percent it is?") == "how many percent it is, The levy now?"
    assert _expected_answer_type(_as_asked("Subsidy per ship, how much")) == "quantity"
    assert _as_asked("hey, what were the themes?") == "hey, what were the themes?"  # a greeting, no thing
    assert _as_asked("What did Arvex propose?") == "What did Arvex propose?"


def test_a_value_asked_for_now_is_a_figure() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("What is the port dues ratio right now?") == "quantity"
    assert _expected_answer_type("What is the port dues ratio currently set at?") == "quantity"


def test_words_said_before_the_question_are_asides() -> None:
    from qa.question_form import _without_asides

    assert _without_asides("Quick one - what exactly is the forum?") == "what exactly is the forum?"
    assert _without_asides("Sorry, what does TEU stand for?") == "what does TEU stand for?"


def test_chatter_around_the_question_is_an_aside() -> None:
    from qa.question_form import _without_asides

    assert "hearing" not in _without_asides("I keep hearing about the forum. Which two bodies meet there?")
    assert "remember" not in _without_asides("I vaguely remember Arvex said something. What was it?")
    assert "engineer" not in _without_asides(
        "Which bodies meet, if you don't mind spelling it out for an old engineer?"
    )
    assert _without_asides("What did Arvex say about the news?") == "What did Arvex say about the news?"


def test_an_about_phrase_ends_with_its_sentence_and_so_is_no_question_word() -> None:
    from qa.question_form import _about_topic, _expected_answer_type, _without_asides

    assert _about_topic("Arvex said something about crane safety. What was it?") == "crane safety"
    assert _expected_answer_type(_without_asides("OK, so how big a rate cut are we talking?")) == "quantity"


def test_so_far_this_year_is_the_documents_year() -> None:
    from qa.question_form import _dated_otherwise

    assert _dated_otherwise(
        "How many ships came so far this year?", "In 2024, ships exceeded four million.", "2025"
    )
    assert not _dated_otherwise(
        "How many ships came so far this year?", "Ships so far number two million.", "2025"
    )


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What were Arvex complaining about?", "Arvex"),
        ("what Arvex were proposing", "Arvex"),
        ("What was Arvex's beef?", "Arvex"),
        ("Arvex's ask at the forum?", "Arvex"),  # terse: the possessive opens it
        ("What did Arvex argue for?", "Arvex"),
        ("What were the fees about?", ""),
    ],
)
def test_whose_words_a_question_asks_for(question: str, speaker: str) -> None:
    from qa.question_form import _speaker

    assert _speaker(question) == speaker


def test_plain_idioms_spell_out_small_counts_and_the_point() -> None:
    from qa.question_form import _plain_idioms

    assert _plain_idioms("Which 2 bodies meet?") == "Which two bodies meet?"
    assert _plain_idioms("What does the report say on tolls?") == "What does the report say about tolls?"
    assert _plain_idioms("how did port cos react last yr") == "how did port companies react last year"
    assert _plain_idioms("What was Arvex's point at the forum?") == "What was Arvex's proposal at the forum?"
    assert _plain_idioms("What is the point of that?") == "What is the purpose of that?"
    assert _plain_idioms("What is the boiling point of lithium?") == "What is the boiling point of lithium?"
    assert _plain_idioms("Did it cost RMB2 billions?") == "Did it cost RMB2 billions?"


def test_what_follows_about_is_no_topic_when_it_is_where_it_was_said() -> None:
    from qa.question_form import _about_phrase, _focus_phrase

    assert _about_phrase("What did Arvex complain about at the Harbour Forum?") == ""
    assert _about_phrase("What did Arvex say about shore power?") == "shore power"
    assert _focus_phrase("What were Arvex complaining about?") is None


def test_a_period_noun_dates_something_only_with_a_word_that_places_it() -> None:
    from qa.question_form import _gives_answer_type

    question = "When did the forum start?"
    assert not _gives_answer_type(
        "time", "The annual forum set out policy directions for the year.", question
    )
    assert _gives_answer_type("time", "The forum opened early this month.", question)
    assert _gives_answer_type("time", "The forum opened last year.", question)


def test_traders_names_for_companies_are_any_companies_reacting() -> None:
    from qa.question_form import _head_words

    assert _head_words("EV and battery names") == set()
    assert _head_words("Chinese stock markets") == {"markets"}


def test_what_happened_to_something_is_about_that_thing() -> None:
    from qa.question_form import _focus_phrase

    assert _focus_phrase("What happened to Arvex's share price after the forum?") == "Arvex's share price"
    assert _focus_phrase("What is the toll target they set?") == "the toll target"


def test_when_something_ends_needs_a_time_still_to_come() -> None:
    from qa.question_form import _gives_answer_type

    question = "when does the toll rebate end"
    assert not _gives_answer_type("time", "In 2024, the toll rebate drew four million claims.", question)
    assert _gives_answer_type("time", "The toll rebate is set to end in 2027.", question)


def test_where_in_the_report_something_is_said_is_set_aside() -> None:
    from qa.question_form import _without_asides

    assert _without_asides("What is the toll stance in the annual report?") == "What is the toll stance?"
    assert _without_asides("What does the report say about tolls?") == "What does the report say about tolls?"
    assert _without_asides("Was there a toll angle in the port's annual report?") == "Was there a toll angle?"
    assert _without_asides("Broadly, what were the main themes?") == "what were the main themes?"


def test_plain_words_for_battery_swapping_and_sign_ups() -> None:
    from qa.question_form import _plain_idioms

    swapped = _plain_idioms("Which firms want places to exchange a depleted pack for a charged one?")
    assert swapped == "Which firms want places to battery swapping?"
    assert _plain_idioms("How many people signed up last year?") == "How many people applied last year?"
    assert _plain_idioms("Did they swap old cars for new ones?") == "Did they trade-in?"


def test_a_count_before_the_kind_asked_for_is_no_thing_asked_for() -> None:
    from qa.question_form import _asked_thing

    assert _asked_thing("Which two carmakers want more places?") == _asked_thing(
        "Which carmakers want more places?"
    )


def test_a_remit_is_what_a_body_is_responsible_for() -> None:
    from qa.question_form import _synonym_of

    assert _synonym_of("remit") == _synonym_of("responsible") != ""


def test_a_group_is_a_body() -> None:
    from qa.question_form import _synonym_of

    assert _synonym_of("group") == _synonym_of("bodies") != ""


def test_a_name_asked_for_however_it_is_asked() -> None:
    from qa.question_form import _expected_answer_type

    for question in (
        "Which is the name of the chief of Arvex?",
        "Arvex boss's name?",
        "name of the Arvex chief?",
        "Who is the leader of the HPC?",
    ):
        assert _expected_answer_type(question) == "name", question
    assert _expected_answer_type("Against which company is Arvex suing?") == "agent"
    assert _expected_answer_type("What is the port's toll scheme called?") is None  # a term, not a name


def test_a_fact_checkers_frame_is_set_aside() -> None:
    from qa.question_form import _keywords_only, _without_asides

    assert _without_asides("Is it true that Arvex cut dues?") == "Is it so that Arvex cut dues?"
    assert _without_asides("Is it really correct to say that dues rose?") == "Is it so that dues rose?"
    assert _keywords_only("port fuel tax exemption?")
    assert not _keywords_only("what is the port fuel tax?")
    assert not _keywords_only("tolls?")  # one word asks of what was just said


def test_topped_is_exceeded() -> None:
    from qa.question_form import _synonym_of

    assert _synonym_of("topped") == _synonym_of("exceeded") != ""


def test_spoken_and_idiomatic_words_in_plain_words() -> None:
    from qa.question_form import _expected_answer_type, _plain_idioms

    assert _plain_idioms("Did he raise anything else?") == "Did he mention anything else?"
    assert _plain_idioms("Will they raise tolls?") == "Will they raise tolls?"  # a rise, not a word said
    assert (
        _plain_idioms("What money policy is the port going for?")
        == "What monetary policy is the port going for?"
    )
    assert _plain_idioms("Does the panel have legislative teeth?") == "Does the panel have legislative power?"
    assert _expected_answer_type("what is the toll ratio currently sitting at?") == "quantity"


def test_moving_goods_is_transport() -> None:
    from qa.question_form import _synonym_of

    assert _synonym_of("moving") == _synonym_of("transportation") != ""


def test_how_long_asks_for_a_span_of_time() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    question = "How long is the toll rebate meant to run for?"
    assert _expected_answer_type(question) == "duration"
    assert not _gives_answer_type("duration", "Of this, RMB300 million goes to the toll rebate.", question)
    assert _gives_answer_type("duration", "The toll rebate runs until 2027.", question)
    assert _gives_answer_type("duration", "The rebate will last three years.", question)
    assert _expected_answer_type("How long ago did the port open?") != "duration"
    assert _expected_answer_type("Over what period will the rebate be paid?") == "duration"
    assert _expected_answer_type("Over how many years will the bonds run?") == "duration"
    # a follow-up's borrowed context in brackets does not change what it asks
    assert _expected_answer_type("For how long (What did Arvex propose)?") == "duration"
    assert _expected_answer_type("Does the report give the CEO's name (What did Arvex propose)?") == "name"
    # keywords, then what is asked of them
    assert _expected_answer_type("Arvex: any specific lawsuits they named?") == "name"
    assert _expected_answer_type("Arvex: timeline for that?") == "time"
    assert _expected_answer_type("What does the toll rate currently stand at?") == "quantity"
    assert (
        _expected_answer_type("Does the article give a figure for how many berths there are?") == "quantity"
    )
    assert _expected_answer_type("Did the article give a timeline for that (What did Arvex want)?") == "time"
    assert _expected_answer_type("Did Arvex specify a target date for the rollout?") == "time"
    # a position put forward is a stance, one held a role
    assert _expected_answer_type("What position did Arvex put forward at the forum?") is None
    assert _expected_answer_type("What position does the Arvex delegate hold?") == "role"


def test_which_lawsuits_asks_for_particular_ones() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("Which lawsuits were Arvex actually referring to?") == "name"
    assert _expected_answer_type("Which lawsuits did Arvex want curbed?") != "name"  # which kind, as said


def test_what_is_asked_after_a_colon_and_in_keywords() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("Arvex's ask at the forum: when?") == "time"
    assert _expected_answer_type("Arvex tracking proposal: cost?") == "quantity"
    assert _expected_answer_type("What did Arvex call for: why?") is None
    assert _expected_answer_type("arvex chairman name") == "name"
    assert _expected_answer_type("2025 port toll target?") == "quantity"
    assert _expected_answer_type("fiscal deficit ratio target this year") == "quantity"


def test_who_is_in_charge_asks_for_a_head() -> None:
    from qa.question_form import _expected_answer_type, _names_the_asked_role

    question = "Who is in charge of the HPC?"
    assert _expected_answer_type(question) == "name"
    assert not _names_the_asked_role(question, "The HPC is the top maritime body, responsible for dues.")
    assert _names_the_asked_role(question, "The HPC is headed by Maria Olsen.")
    # in charge of doing something: a body that does it answers as well as a person
    assert _expected_answer_type("Who is in charge of issuing the harbour bonds?") != "name"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("HPC - does it actually have power to set tolls?", "does HPC actually have power to set tolls?"),
        ("toll cut - how many points planned?", "how many points planned, toll cut?"),
        ("Harbour Days 2025 - dates?", "Harbour Days 2025: dates?"),
        ("Arvex: berth proposals?", "Arvex: berth proposals?"),
        # a sentence before a dash is no keywords for a thing
        (
            "And the firm that wanted the dredging rules changed - what was it hoping to achieve?",
            "And the firm that wanted the dredging rules changed - what was it hoping to achieve?",
        ),
        ("What did Arvex - the ferry firm - propose?", "What did Arvex - the ferry firm - propose?"),
    ],
)
def test_keywords_for_a_thing_then_what_is_asked_read_as_a_question(question: str, asked: str) -> None:
    from qa.question_form import _as_asked

    assert _as_asked(question) == asked


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Harbour Days 2025: dates?", "time"),
        ("toll cut 2024: size of cut?", "quantity"),
        ("toll rebate: per-ship subsidy amount?", "quantity"),
        ("Arvex CEO: name?", "name"),
        ("toll rebate: relevance for ferries?", None),
    ],
)
def test_keywords_after_a_colon_say_what_the_answer_must_give(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


def test_keywords_for_what_a_name_proposed_make_it_the_actor() -> None:
    from qa.question_form import _acting_name, _question_names

    assert _acting_name("BYX: forum proposals?") == "BYX"
    assert _acting_name("Arvex CEO: asks?") == "Arvex"
    assert _acting_name("toll rebate: funding?") == ""
    # an acronym before a colon is a name, a word is a label
    assert _question_names("BYX: forum proposals?") == ["BYX"]
    assert _question_names("Quick: main themes?") == []


def test_hedges_and_idioms_are_read_as_plain_words() -> None:
    from qa.question_form import _content_terms, _plain_idioms

    assert _plain_idioms("What is the HPC supposed to do on paper?") == "What is the HPC supposed to do?"
    assert _content_terms("crackdown") & _content_terms("regulate")  # one group: asked for, said
    assert _plain_idioms("What is the official line on tolls?") == "What is the stance on tolls?"


def test_a_target_number_is_an_amount_and_a_number_of_things_a_count() -> None:
    from qa.question_form import _asked_quantity, _gives_answer_type

    assert _asked_quantity("what is the growth target number?") == "amount"
    assert _asked_quantity("what is the number of delegates?") == "count"
    # "two" of "the two forums" counts things; it is no target's figure
    text = "Shore power is key to the port's dues targets, many calling it the top topic of the two forums."
    assert not _gives_answer_type("quantity", text, "what is the dues target number?")


def test_how_someone_took_it_is_how_they_reacted() -> None:
    from qa.question_form import _plain_idioms

    assert (
        _plain_idioms("And how did the ferry firms take that?")
        == "And how did the ferry firms react to that?"
    )
    assert _plain_idioms("Did they take that decision?") == "Did they take that decision?"


def test_more_ways_of_asking_for_a_place_a_share_or_keywords() -> None:
    from qa.question_form import _WHERE_HELD, _expected_answer_type, _keywords_only

    assert _WHERE_HELD.match("where physically were the harbour days held?")
    assert _expected_answer_type("what share of used ferries actually get scrapped today?") == "quantity"
    # keywords set off by a colon may have small words between them
    assert _keywords_only("EU tariffs on ferries: response at the forum?")
    assert not _keywords_only("What did the EU say about tariffs on ferries?")


def test_what_a_rewrite_borrowed_in_brackets_is_not_asked() -> None:
    from qa.question_form import _gives_answer_type

    text = "Lastly Arvex advocated for faster crane rollout."
    assert _gives_answer_type("agent", text, "Who said that (what did Arvex push for)?")
    assert not _gives_answer_type("agent", text, "Who at Arvex said that?")
    # but the name of who said it answers no other question about what was said
    regulator = "Which regulator is in charge of those rules (What did Arvex push for)?"
    assert not _gives_answer_type("agent", text, regulator)


def test_an_increase_in_something_asks_about_that_thing_and_at_what_level_for_a_figure() -> None:
    from qa.question_form import _asked_thing, _expected_answer_type

    assert _asked_thing("What increase in dredging spending was announced?") == {"dredging", "spending"}
    assert _asked_thing("What increase was announced?") == {"increase"}
    assert _expected_answer_type("At what level does the toll rate currently stand?") == "quantity"


def test_a_figure_per_unit_and_which_target() -> None:
    from qa.question_form import _expected_answer_type, _per_unit_absent, _plain_idioms

    total = "Of this EUR300 million will be used to expand the toll rebate."
    assert _per_unit_absent("What's the per-vehicle subsidy under the toll rebate?", total)
    assert not _per_unit_absent("What's the per-vehicle subsidy?", "Buyers get EUR500 per vehicle.")
    assert _expected_answer_type("Which dues target did the port set for 2025?") == "quantity"
    assert _plain_idioms("What is the HPC, in short?") == "What is the HPC?"


def test_the_line_of_someone_is_their_stance() -> None:
    from qa.question_form import _plain_idioms

    assert _plain_idioms("What is the line of the port on dues?") == "What is the stance of the port on dues?"
    assert _plain_idioms("Which line did the ferry take?") == "Which line did the ferry take?"


def test_where_the_document_comes_from_asked_in_other_words_asks_for_its_link() -> None:
    from qa.question_form import document_field_keys

    for question in (
        "where's it from originally",
        "Where is this article put out from originally?",
        "where this article come from",
        "but original from which website?",
        "and original source, website?",
        "which website is this from?",
        "what site is the article on?",
    ):
        assert document_field_keys(question)[0] == "url", question
    assert document_field_keys("published when?")[0] == "date"
    assert document_field_keys("when is the article from? what is date")[0] == "date"
    assert document_field_keys("when is the article from, the ferry one") == ()
    assert document_field_keys("when is this article from, what date?")[0] == "date"
    assert document_field_keys("when is article from, date?")[0] == "date"
    assert document_field_keys("which website is this recipe from?") == ()  # the recipe's, not the document's
    assert document_field_keys("where is original source from?")[0] == "url"
    for question in ("Where is this dish originally from?", "where is it from originally, this recipe?"):
        assert document_field_keys(question) == (), question


def test_putting_data_in_is_inputting_it_and_what_matters_most_is_most_important() -> None:
    from qa.question_form import _plain_idioms

    assert _plain_idioms("who would put the data in") == "who would input the data"
    assert _plain_idioms("who is feeding info into the register") == "who is inputting info into the register"
    assert _plain_idioms("which one matters most") == "which one is most important"


def test_a_sum_asked_in_a_currency_the_text_does_not_give_is_not_given() -> None:
    from qa.question_form import _in_the_asked_currency, _question_names

    text = "Of this EUR300 million (USD330 million) will fund shore power."
    assert not _in_the_asked_currency("How much is it in reais?", text)
    assert not _in_the_asked_currency("how much in rupees?", text)
    assert _in_the_asked_currency("How much is it in dollars?", text)
    assert _in_the_asked_currency("How much did cargo grow in real terms?", text)  # no currency asked
    # another country's dollars, and more currencies, are not the US dollars given
    assert not _in_the_asked_currency("how much dat in TT dollars?", text)
    assert not _in_the_asked_currency("How much is that in HK dollars?", text)
    assert not _in_the_asked_currency("how much be that in cedis?", text)
    assert not _in_the_asked_currency("ile that in zloty?", text)
    assert not _in_the_asked_currency("how much is that in NZ dollars?", text)
    assert not _in_the_asked_currency("how much in tomans?", text)
    assert _in_the_asked_currency("how much is that in NZ dollars?", "The pass costs NZ$40 (USD24).")
    assert _in_the_asked_currency("How much is that in US dollars?", text)
    assert _question_names("Did Arvex won the tender?") == ["Arvex"]  # "won" is no currency here


def test_who_pushed_back_is_not_answered_by_who_argued_for_it() -> None:
    from qa.question_form import _opposition_absent

    assert _opposition_absent("Did anyone push back on the levy?", "Arvex argued for a levy.")
    assert _opposition_absent("Who objected to it (Who argued for a levy)?", "Arvex argued for a levy.")
    assert not _opposition_absent("Did anyone push back on the levy?", "Bolton warned against a levy.")
    assert not _opposition_absent("What are the challenges for shipping?", "Arvex argued for a levy.")
    assert not _opposition_absent("Which firm is pushing back on dumping?", "Arvex wants to curb dumping.")
    assert not _opposition_absent("Why did Arvex argue against a levy?", "Arvex argued for a levy.")


@pytest.mark.parametrize(
    ("question", "acronyms"),
    [
        ("What does HFA stand for?", ["HFA"]),
        ("what does hfa stand for again?", ["hfa"]),  # typed in lowercase, the word before "stand for"
        ("Sorry, what's PDC short for?", ["PDC"]),
        ("what does hfa even stand for lol", ["hfa"]),
        ("What's the HFA's full name?", ["HFA"]),
        ("What's the full name behind the abbreviation PDC?", ["PDC"]),
        ("When did the HFA stand for election?", []),  # not a question for a long form
        ("What does the HFA plan to expand?", []),
        ("What's the full name of the harbour authority?", []),  # no acronym: any name may answer
    ],
)
def test_the_acronym_a_question_asks_the_long_form_of(question: str, acronyms: list[str]) -> None:
    from qa.question_form import _asked_acronyms

    assert list(_asked_acronyms(question)) == acronyms


def test_a_long_form_is_given_only_by_a_text_that_spells_the_acronym_out() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    defined = "The Harbour Forum gathers the Harbour Freight Association (HFA) and the port council."
    named = "The chair of the HFA asked for crane inspections."
    assert _expected_answer_type("What does HFA stand for?") == "long form"
    assert _gives_answer_type("long form", defined, "What does HFA stand for?")
    assert not _gives_answer_type("long form", named, "What does HFA stand for?")
    assert not _gives_answer_type("long form", defined, "What does PDC stand for?")


def test_words_in_another_language_are_given_only_in_that_script_or_marked_so() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    question = "What's the Mandarin name of the Harbour Forum?"
    assert _expected_answer_type(question) == "foreign words"
    assert _expected_answer_type("What is the forum called in Mandarin?") == "foreign words"
    assert _expected_answer_type("Which Chinese company spoke at the forum?") != "foreign words"
    assert not _gives_answer_type("foreign words", "The Harbour Forum met in May.", question)
    assert _gives_answer_type("foreign words", "The Harbour Forum (港口论坛) met in May.", question)
    assert _gives_answer_type("foreign words", "Its name (Mandarin: Gangkou Luntan) is old.", question)


def test_the_name_of_a_scheme_may_be_a_phrase_in_lowercase() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("What's the name of the scheme the levy will fund?") is None
    assert _expected_answer_type("What is the name of Arvex's chief executive?") == "name"


def test_a_yes_no_question_for_a_specific_instance_asks_for_its_name() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("Did Arvex refer to any specific lawsuit?") == "name"
    assert _expected_answer_type("Did Arvex talk about lawsuits?") is None


def test_nouns_that_ask_why_are_no_content_words() -> None:
    from qa.question_form import _content_words

    def terms_of(word: str) -> set[str]:
        return set() if word.lower() in ("for", "the") else {word.lower()}

    words = _content_words("Stated rationale for the crane inspections?", terms_of)
    assert [word for word, _ in words] == ["crane", "inspections"]


@pytest.mark.parametrize(
    ("question", "checked"),
    [
        (  # a sum the texts give otherwise: theirs, from the sentence about the same thing
            "Is it true that Arland will spend RMB9 billion on dredging?",
            "Is it true that Arland will spend RMB4 billion on dredging?",
        ),
        (  # a date
            "Is it true the port council first cut dues in May 2021?",
            "Is it true the port council first cut dues in March 2023?",
        ),
        (  # a stance the wrong way round
            "Is it true that the council keeps a tight fee policy?",
            "Is it true that the council keeps a loose fee policy?",
        ),
        (  # one of two names the texts never give
            "Is it true that Arvex and Zephyr asked for crane inspections?",
            "Is it true that Arvex asked for crane inspections?",
        ),
        (  # a value of a kind no text gives stays, and so does a value the texts give
            "Is it true that dues rise by 5% this year?",
            "Is it true that dues rise by 5% this year?",
        ),
        (
            "Did Arland spend RMB9 billion on dredging?",
            "Did Arland spend RMB9 billion on dredging?",
        ),  # no check
    ],
)
def test_a_fact_check_is_read_with_the_values_the_texts_give(question: str, checked: str) -> None:
    from qa.question_form import _claim_as_the_texts_have_it

    texts = [
        "Arland will spend RMB4 billion (USD550 million) on dredging the channel.",
        "The ferry fund gets RMB1 trillion from the council.",
        "The port council first cut dues in March 2023 and keeps a loose fee policy.",
        "Arvex and Bolton asked for crane inspections.",
    ]
    assert _claim_as_the_texts_have_it(question, texts) == checked


def test_a_countrys_own_government_is_the_government_where_the_texts_say_only_that() -> None:
    from qa.question_form import _capital_as_country

    texts = ["The government aims to keep loose fees for Chinese ports."]
    assert _capital_as_country("What is the Chinese government's fee stance?", texts) == (
        "What is the government's fee stance?"
    )
    assert _capital_as_country("What is China's government planning?", texts) == (
        "What is the government planning?"
    )
    said = ["The Chinese government aims to keep loose fees."]
    assert _capital_as_country("What is the Chinese government planning?", said) == (
        "What is the Chinese government planning?"
    )


def test_a_number_in_digits_is_written_as_the_texts_write_it() -> None:
    from qa.question_form import _spelled_out

    texts = ["Ferry bookings exceeded four million, and the fund holds RMB1.3 trillion."]
    assert _spelled_out("Source of the 4m bookings and the RMB1.3tn fund?", texts) == (
        "Source of the four million bookings and the RMB1.3 trillion fund?"
    )
    assert _spelled_out("Were there 4 million bookings?", ["Bookings hit 4 million."]) == (
        "Were there 4 million bookings?"
    )


def test_an_estimate_asked_for_is_a_figure() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("What savings did Arvex estimate from the levy?") == "quantity"
    assert _expected_answer_type("What did Arvex say about the levy?") is None


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Ferry levy expiry - when does the levy end?", "time"),  # the question after a label and a dash
        ("Opening date of this year's Harbour Forum?", "time"),
        ("Who are Arvex in litigation with?", "agent"),  # a party, though "Who are X?" asks what X is
        ("Who are the delegates?", None),
        ("2025 dredging target announced at the Harbour Forum?", "quantity"),
    ],
)
def test_keywords_labels_and_stranded_prepositions_tell_the_answer_type(
    question: str, wanted: str | None
) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


def test_a_sum_or_a_share_says_no_when() -> None:
    from qa.question_form import _gives_answer_type

    question = "When does the ferry levy end?"
    assert not _gives_answer_type(
        "time", "Of this RMB300 billion (USD41.3 billion) will go to the levy.", question
    )
    assert not _gives_answer_type("time", "The levy covers 40% of the ferries.", question)
    assert _gives_answer_type(
        "time", "The RMB300 billion levy was cut in March 2024.", "When was the levy cut?"
    )


def test_this_years_event_is_no_question_about_the_document() -> None:
    from qa.question_form import document_field_keys

    assert document_field_keys("Opening date of this year's Harbour Forum?") == ()
    assert document_field_keys("What is the date of this?")[0] == "date"


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        ("ULT bond size?", "ultra-long-term bond size?"),
        ("How did batt names trade the Sep-24 cut?", "How did battery names trade the September 2024 cut?"),
        ("Ferry uptake in 24?", "Ferry uptake in 2024?"),
        ("Dues paid in 10 days?", "Dues paid in 10 days?"),
        ("2 sessions key themes?", "two sessions key themes?"),  # as the texts write it
    ],
)
def test_traders_shorthand_is_spelled_out(question: str, spelled: str) -> None:
    from qa.question_form import _spelled_out

    assert _spelled_out(question, ["The Two Sessions met in March 2024."]) == spelled


def test_keywords_for_a_date_or_a_size_ask_for_one() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("Forum opening date?") == "time"
    assert _expected_answer_type("size of the harbour liquidity injection?") == "quantity"


@pytest.mark.parametrize(
    "question",
    [
        "what does the acronym stand for?",
        "what does that abbreviation stand for?",
        "what is the acronym used for?",
    ],
)
def test_the_words_that_ask_a_long_form_are_no_acronym(question: str) -> None:
    from qa.question_form import _asked_acronyms

    assert _asked_acronyms(question) == ()


@pytest.mark.parametrize(
    "question",
    [
        "Did the decrease 20% hold?",
        "What margin 15 did they set?",
        "Was the toll cut by 25?",
        "the 100 m tower",
    ],
)
def test_words_and_numbers_that_only_look_like_shorthand_stay(question: str) -> None:
    from qa.question_form import _spelled_out

    assert _spelled_out(question, ["The toll was cut in March 2024."]) == question


def test_a_fact_check_takes_the_first_value_on_a_tie() -> None:
    from qa.question_form import _claim_as_the_texts_have_it

    texts = ["The fund holds RMB1.3 trillion, plus RMB300 billion for ferries."]
    assert _claim_as_the_texts_have_it("Is it true the fund holds RMB1.5 trillion?", texts) == (
        "Is it true the fund holds RMB1.3 trillion?"
    )


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("What role did the project play?", None),  # a noun, no estimate
        ("What did the forecast say about demand?", None),
        ("What's the German equivalent of the HFA?", None),
    ],
)
def test_nouns_that_look_like_the_verbs_of_an_answer_type(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


def test_a_type_of_thing_asks_for_the_thing_and_how_wide_asks_for_a_figure() -> None:
    from qa.question_form import _asked_thing, _expected_answer_type

    assert _asked_thing("What type of levy did Arvex propose?") == {"levy"}
    assert _expected_answer_type("What kind of body is the harbour council?") is None
    assert _expected_answer_type("How wide a fee gap did Arvex suggest?") == "quantity"


def test_a_ministry_asked_for_is_named_as_one() -> None:
    from qa.question_form import _gives_answer_type

    asked = "Which ministry will issue the harbour bonds?"
    assert not _gives_answer_type("agent", "Bolton Marine asked for shore power at every berth.", asked)
    assert _gives_answer_type("agent", "The Ministry of Transport will issue the bonds.", asked)


def test_who_publishes_or_writes_the_article_reads_its_header() -> None:
    from qa.question_form import document_field_keys

    assert document_field_keys("Who publishes this article?")[0] == "publisher"
    assert document_field_keys("And who is the author?")[0] == "author"
    assert document_field_keys("Who publishes the harbour levy?") == ()


def test_what_were_the_sales_asks_a_figure_for_sales() -> None:
    from qa.question_form import _asked_measure, _expected_answer_type

    question = "What were the port's total cargo exports in 2024?"
    assert _expected_answer_type(question) == "quantity"
    assert [question[a:b] for a, b in _asked_measure(question)] == ["cargo", "exports"]
    assert _asked_measure("What is the total?") == []


def test_output_or_a_sales_pitch_is_no_figure_asked() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("What is the output of the command?") is None
    assert _expected_answer_type("What is the club's sales pitch?") is None


def test_the_body_something_was_presented_to_is_named_by_where_it_was_presented() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    sentence = "The harbour plan presented at the NHC gave a number of insights into port policy."
    for question in (
        "Which body was the harbour plan delivered to?",
        "To which body was the plan presented?",
    ):
        assert _expected_answer_type(question) == "agent"
        assert _gives_answer_type("agent", sentence, question)
    # who presented it is not said by where it was presented
    assert not _gives_answer_type("agent", sentence, "Which body presented the harbour plan?")


def test_whether_a_text_mentions_someone_by_name_asks_for_the_name() -> None:
    from qa.question_form import _expected_answer_type

    mentions = "Does the article happen to mention Arvex's chief executive by name?"
    assert _expected_answer_type(mentions) == "name"
    assert _expected_answer_type("Did the report name the harbour master?") == "name"


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Who is Arvex suing?", "agent"),  # whom someone acts on
        ("Who are they partnering with (Arvex proposal)?", "agent"),
        ("Who is Sterling?", None),  # what someone is
        ("crane hire how many tonnes", "quantity"),  # keywords, then how many
        ("number of berths", "quantity"),
    ],
)
def test_the_ninth_round_answer_types(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


def test_a_count_is_not_answered_by_a_rank() -> None:
    from qa.question_form import _gives_answer_type

    rank = "The port is the second largest in the region."
    assert not _gives_answer_type("quantity", rank, "How many days does the fair last?")
    assert _gives_answer_type("quantity", "The fair lasts five days.", "How many days does the fair last?")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Arvex push: current berth count?", "quantity"),  # a count is a figure
        ("Arvex ask: target year for opening?", "time"),
        ("Ferry scheme: funding this year?", None),  # a year it is of, not one asked for
    ],
)
def test_keywords_after_a_colon_asking_a_count_or_a_year(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who is stephen king", None),  # a name typed in lowercase, not someone acted on
        ("Does it matter how much sugar I use?", None),  # a sentence before "how much", not keywords
        ("Count of Monte Cristo, who wrote it?", None),
        ("Number of the helpline for the port?", None),  # an identifier, not a count
    ],
)
def test_the_ninth_round_answer_types_narrowed_after_a_review(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Number of staff on the ward?", "quantity"),  # an irregular plural is a count too
        ("Who is my landlord suing?", "agent"),
        ("Hotel: value for money?", None),  # a judgement, not a figure
        ("Student: year of study?", None),  # a year group, not a time
    ],
)
def test_the_ninth_round_answer_types_after_a_second_review(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("The fair starts on which date?", "time"),  # a time asked where its answer would stand
        ("the last time they cut dues when", "time"),
        ("What is the date?", "time"),
        ("Which harbour is the busiest?", None),
    ],
)
def test_a_time_asked_in_place(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


def test_a_name_asked_of_a_role_in_more_wordings() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("What is the CEO of Arvex called?") == "name"
    assert _expected_answer_type("how is called the chairman of the port board?") == "name"
    assert _expected_answer_type("Did Arvex name anyone abusing the berths?") == "name"
    assert _expected_answer_type("What is the CEO of Arvex?") is None  # what, not who by name
    assert _expected_answer_type("How is the CEO of Arvex described?") is None


def test_capitals_for_emphasis_and_a_pronouns_contraction_name_nothing() -> None:
    from qa.question_form import _question_names

    assert _question_names("what did people see as THE most important port?") == []
    assert _question_names("I'm not sure. What did it's owner say?") == []
    assert _question_names("Is the NHC in the US or the UK?") == ["NHC", "US", "UK"]
    assert _question_names("What is the treatment for ALL?") == ["ALL"]
    assert _question_names("What did Will's lawyer say?") == ["Will's"]


def test_a_share_goes_to_the_thing_a_relative_clause_only_describes() -> None:
    from qa.question_form import _share_destination

    question = "How much of the levy goes to the dredging fund that keeps the channel open?"
    assert _share_destination(question) == "the dredging fund"
    assert (
        _share_destination("How many of the berths go to ships that carry fuel?") == "ships that carry fuel"
    )


def test_what_someone_is_asked_to_have_called_for_and_anything_on_a_topic() -> None:
    from qa.question_form import _about_phrase, _thing_called_for

    question = "Which firm at the forum called for a carbon disclosure standard at the hearing?"
    assert _thing_called_for(question) == "a carbon disclosure standard"
    assert _thing_called_for("Who proposed higher tug fees?") == "higher tug fees"
    assert _thing_called_for("What did Arvex propose?") == ""
    assert _thing_called_for("What was the suggested price of the berth?") == ""
    assert _thing_called_for("Which senator proposed the bill and why?") == "the bill"
    assert _about_phrase("Anything on EU tariffs on ferries?") == "EU tariffs on ferries"


def test_a_spread_is_a_quantity_asked_for() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("What specific price spread was Arvex targeting?") == "quantity"
    assert _expected_answer_type("What did Arvex say about the spread?") is None
    assert _expected_answer_type("What was the spread of the infection?") is None


def test_the_biggest_deal_and_the_line_from_someone_in_plain_words() -> None:
    from qa.question_form import _plain_idioms

    assert _plain_idioms("Which fee was the biggest deal?") == "Which fee was the most important?"
    assert (
        _plain_idioms("What was the biggest deal of the window?")
        == "What was the biggest deal of the window?"
    )
    assert _plain_idioms("what's the line from the Council?") == "what's the stance from the Council?"
    assert (
        _plain_idioms("What's the line from Brooklyn to Queens?")
        == "What's the line from Brooklyn to Queens?"
    )


def test_what_kind_of_proposal_someone_made_asks_their_words() -> None:
    from qa.question_form import _expected_answer_type, _speaker

    assert _speaker("what scheme did Arvex propose?") == "Arvex"
    assert _speaker("What thing did Arvex suggest at the forum?") == "Arvex"
    assert _speaker("what size did the recipe call for") == ""
    assert _expected_answer_type("What is the Arvex boss actually called?") == "name"


def test_what_else_and_a_capital_opening_a_fragment_name_no_speaker() -> None:
    from qa.question_form import _plain_idioms, _speaker

    assert _speaker("what else did the gatherings stress?") == ""
    assert _speaker("Room to cut what exactly (what is the gov's monetary stance)?") == ""
    assert _speaker("What is Arvex's stance?") == "Arvex"
    assert _plain_idioms("what's the gov's stance?") == "what's the government's stance?"


def test_reckon_is_think() -> None:
    from qa.question_form import _plain_idioms

    assert (
        _plain_idioms("What did people reckon was the main fee?") == "What did people think was the main fee?"
    )


def test_anything_on_a_topic_set_in_a_name_is_not_about_the_name() -> None:
    from qa.question_form import _about_phrase

    assert _about_phrase("Anything on fees in the NHC report?") == ""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a scene set first: the question after the comma says what is asked
        ("When the chief executive of Arvex argued for a levy, what outcome did he hope for?", None),
        ("While dredging goes on, how long will the berth stay shut?", "duration"),
        ("When the forum met, how much did the port plan to spend?", "quantity"),
        ("When did Arvex, the crane maker, speak?", "time"),  # (a comma inside the question itself)
        # what an outcome is about is no measure asked for
        ("What outcome regarding berth fees was Arvex hoping for?", None),
        ("What figure regarding berth fees did Arvex give?", "quantity"),
        # a body of rules is no organisation
        ("Which body of regulation did Arvex want altered?", None),
        ("Which body advises the port authority?", "agent"),
    ],
)
def test_the_answer_type_of_the_question_itself(question: str, expected: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == expected


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("3 big themes of the forum", []),
        ("What are the 2 main proposals?", []),
        ("Did 5 companies ask for shore power?", ["5"]),  # a figure claimed, which the text must give
        ("How many of the 4 million containers?", ["4"]),
    ],
)
def test_how_many_things_are_asked_for_is_no_name(question: str, names: list[str]) -> None:
    from qa.question_form import _question_names

    assert _question_names(question) == names


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("And the club, it has how many members?", "quantity"),
        ("The fees, of how much will they go up this year?", "quantity"),
        ("Should parents limit how much screen time kids get?", None),
        ("It depends on how many people come, right?", None),
        ("How many people left the city last year: why?", None),  # a follow-up asking why
        ("When is the deadline, what do I need to submit?", "time"),  # a question first, no scene
    ],
)
def test_how_many_in_place_and_a_why_after_a_colon(question: str, expected: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Arvex chief spoke at the forum?", "agent"),
        ("Which Arvex car model did they mention?", "name"),
        ("Which premier opened the forum?", "name"),
        ("What Arvex boss want for the port?", None),  # what the boss wants
    ],
)
def test_a_chief_is_someone_and_a_model_is_named(question: str, expected: str) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == expected


def test_a_preposition_opening_a_question_is_no_name() -> None:
    from qa.question_form import _question_names

    assert _question_names("Alongside the fee cut, what did the port promise?") == []
    assert _question_names("what did the port promise, Alongside the fee cut?") == []  # (moved after it)
    assert _question_names("Unlike Arvex, what did Bolton Marine want?") == ["Arvex", "Bolton", "Marine"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chief ingredient gives the curry its heat?", None),  # no person
        ("Which club president's statement angered fans?", None),  # the statement
        ("Which subscription model does the streamer use?", None),
        ("Which model year is affected by the recall?", None),
    ],
)
def test_people_and_models_asked_for_only_as_such(question: str, expected: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == expected


def test_a_name_that_opens_with_a_preposition_keeps_it() -> None:
    from qa.question_form import _question_names

    assert _question_names("When is Among Us getting the new map?") == ["Among"]  # ("us" no name)
    assert _question_names("Did VIA Rail cancel the Montreal train?") == ["VIA", "Rail", "Montreal"]


def test_the_year_compared_with_is_not_the_year_asked_about() -> None:
    from qa.question_form import _dated_otherwise

    told = "In 2024, the port registered four million ferry crossings."
    assert _dated_otherwise("How many crossings were there in 2023, for comparison with 2024?", told, "2025")
    assert _dated_otherwise("How many crossings in 2023, compared with the 2024 total?", told, "2025")
    assert not _dated_otherwise("How many crossings were there in 2024?", told, "2025")


def test_has_been_after_an_adverb_is_a_perfect() -> None:
    from qa.chat import expand_contractions

    assert expand_contractions("Who's actually been suing them?") == "Who has actually been suing them?"
    assert expand_contractions("What's really the point?") == "What is really the point?"


def test_a_share_of_a_sum_is_told_by_a_part_of_it() -> None:
    from qa.question_form import _gives_answer_type

    asked = "What share of the EUR2 billion fund goes to dredging?"
    assert _gives_answer_type("quantity", "Of this EUR500 million will be used for dredging.", asked)
    assert not _gives_answer_type("quantity", "The fund of EUR2 billion was announced in 2024.", asked)
    assert not _gives_answer_type(
        "quantity", "Four million tonnes were dredged.", "What share of sales were EVs?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "And what is the harbour budget itself?",
        "So what is the dredging budget, exactly?",
        "What is the ferry budget then?",
        "And what is the headline fare increase itself (What did the council say about fares)?",
    ],
)
def test_a_figure_is_asked_whatever_leads_or_trails_it(question: str) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == "quantity"


def test_a_choice_set_off_by_a_dash_is_answered_by_one_of_its_names() -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type("Who opened the new terminal — Ms Alvarez or Mr Chen?") is None
    assert _expected_answer_type("Who opened the new terminal, Ms Alvarez or Mr Chen?") is None
    assert _expected_answer_type("Who opened the new terminal?") == "agent"
    # a fixture's dash and "or was it ..." offer no names to choose from
    assert _expected_answer_type("Who scored in the Celtic - Rangers game or was it goalless?") == "agent"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Which concerns did the board raise?", "Which concerns did the board mention?"),
        # raised bare may be money ("What did the charity raise at the gala?"); fees raised went up
        ("What did the charity raise at the gala?", "What did the charity raise at the gala?"),
        ("Which fees did the council raise?", "Which fees did the council raise?"),
        (
            "Which issue did the union raise at the hearing?",
            "Which issue did the union mention at the hearing?",
        ),
        # money lifted, or something raised to a level, is no speech
        ("How much did the harbour board raise?", "How much did the harbour board raise?"),
        ("What did the union raise in its share sale?", "What did the union raise in its share sale?"),
        ("What did the council raise fees to?", "What did the council raise fees to?"),
    ],
)
def test_what_someone_raised_is_what_they_brought_up(question: str, read: str) -> None:
    from qa.question_form import _plain_idioms

    assert _plain_idioms(question) == read


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("What would the new ferry cost?", True),
        ("What would it cost to build, according to their estimate?", True),
        ("And how much did the museum get last year?", True),
        ("By what margin did the council approve the budget?", False),  # a figure, not a sum
    ],
)
def test_a_cost_or_a_margin_asks_for_a_figure(question: str, money: bool) -> None:
    from qa.question_form import _MONEY_QUESTION, _expected_answer_type

    assert _expected_answer_type(question) == "quantity"
    assert bool(_MONEY_QUESTION.search(question.lower())) is money


@pytest.mark.parametrize(
    "question",
    [
        "What did the war cost the town?",  # lives, buildings: not always money
        "What did the mistake cost him?",
        "What do I do if the cost is too high?",  # a cost named, no figure asked
        "What will low-cost airlines do about the new tax?",
        "How much did you get done?",  # an amount of work
        "How much did the temperature get up to?",
    ],
)
def test_a_cost_of_something_else_or_a_get_that_is_no_income_asks_no_sum(question: str) -> None:
    from qa.question_form import _MONEY_QUESTION

    assert not _MONEY_QUESTION.search(question.lower())


def test_the_wording_used_for_a_thing_is_about_that_thing() -> None:
    from qa.question_form import _focus_phrase

    assert _focus_phrase("What is the exact wording the council uses for the levy?") == "the levy"
    assert _focus_phrase("What words did the mayor use on ferry safety?") == "ferry safety"
    assert _focus_phrase("What words of comfort did the priest offer?") is None  # said on nothing
    # "phrase" as a verb, and a phrase the question goes on to ask about, are no wording asked for
    assert _focus_phrase("How does the report phrase the levy for the year?") is None
    assert _focus_phrase("And what could the phrase for the levy mean for ferry firms?") is None


def test_a_figure_asked_with_itself_is_not_told_by_a_rank() -> None:
    from qa.question_form import _gives_answer_type

    ranked = "Tourism is key to the town's growth targets, the most important topic of the year."
    assert not _gives_answer_type("quantity", ranked, "what is the headline growth figure itself?")
    assert not _gives_answer_type("quantity", ranked, "what is the headline growth figure?")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # a name asked about whether the text gives it
        ("Does the report give her name?", "name"),
        ("Harbourside CEO, report say his name?", "name"),
        ("Who is Harbourside CEO?", "name"),
        # what a document holds, whether one may, how well named: no name asked of the text
        ("Does the boarding pass include her name?", None),
        ("Can we cite Dr Smith by name in the newsletter?", None),
        ("Is the file properly named?", None),
        # keywords with a year, a topic before what is asked, a share in percent
        ("Harbour 2025 visitor growth target per the annual report?", "quantity"),
        ("Harbour 2025 visitor growth target?", "quantity"),
        ("arsenal 2025 transfer targets", None),  # players
        ("Ferry opening date this yr?", "time"),
        ("proposed rollout timeline?", "time"),
        ("Knee surgery recovery timeline?", None),  # a span: "nine months"
        ("Medication schedule?", None),  # "twice a day"
        ("Harbour tunnel, until which year they want finish it?", "time"),
        ("Port fees rise after the vote, %?", "quantity"),
        ("So, what did the council say?", None),
        ("And the council, from where come its members?", None),  # "from various sectors" answers it too
        # "which is the" asks what is
        ("Which is the actual price per ticket of the ferry?", "quantity"),
        ("Which is the biggest ferry?", None),
        ("Which is the best value per month?", None),
        # a bond's term
        ("Over what term do the harbour bonds mature?", "duration"),
        ("What is the maturity of the bonds?", "duration"),
        ("What is the tenor of the letter?", None),  # its tone
    ],
)
def test_answer_types_read_off_a_learners_or_a_note_takers_wording(question: str, wanted: str | None) -> None:
    from qa.question_form import _expected_answer_type

    assert _expected_answer_type(question) == wanted


def test_words_asked_for_and_an_adverb_are_no_thing_the_answer_must_name() -> None:
    from qa.question_form import _asked_thing

    assert _asked_thing("Which exact words did the council use?") == set()
    assert _asked_thing("What specifically did the council want tackled?") == set()
    assert _asked_thing("Which exact penalty did the council want?") == {"penalty"}


def test_a_sum_asked_in_brackets_is_asked_of_it_unless_the_follow_up_counts_its_own() -> None:
    from qa.question_form import _gives_answer_type

    told = "In 2024, visitors to the harbour exceeded four million."
    counted = "And how many visitors came in 2024 (How much money did the harbour get)?"
    assert _gives_answer_type("quantity", told, counted)
    assert not _gives_answer_type(
        "quantity", told, "And how much was it in 2024 (How much money did it get)?"
    )
    # a share of the money is a sum or a proportion, not a count
    assert not _gives_answer_type(
        "quantity", "Four million visitors came.", "How much of the money is for ferries?"
    )
    assert _gives_answer_type(
        "quantity", "Half of the cash came from tickets.", "How much of the cash came from tickets?"
    )
    # a bond's term is told by when it matures, or by a length
    assert _gives_answer_type("duration", "The bond matures in 2030.", "What is the maturity of the bond?")
    assert _gives_answer_type("duration", "It is a ten-year bond.", "What is the maturity of the bond?")


def test_where_something_is_said_is_no_topic_but_what_a_document_holds_is() -> None:
    from qa.question_form import _without_asides

    assert _without_asides("How did the board describe its policy in annual report?") == (
        "How did the board describe its policy?"
    )
    for question in ("What goes in a medical report?", "How do I add footnotes in a Google document?"):
        assert _without_asides(question) == question


def test_a_danger_made_smaller_is_read_as_safety() -> None:
    from qa.question_form import _plain_idioms

    assert _plain_idioms("Did the union say anything about making the depot less of a fire risk?") == (
        "Did the union say anything about making the depot less of a safety?"
    )
    assert _plain_idioms("How can cycling be made less dangerous?") == "How can cycling be made safer?"


def test_folks_are_anyone() -> None:
    from qa.question_form import _asked_thing

    assert _asked_thing("How many folks applied for the ferry pass in 2024?") == set()


def test_when_an_event_opened_or_closed_needs_that_event_in_the_answer() -> None:
    from qa.question_form import _event_absent

    question = "On which dates did the harbour festival open and close?"
    assert _event_absent(question, "Ferry firms cheered when the port cut dues in September 2024.")
    assert not _event_absent(question, "The festival opened on 5 May and closed a week later.")
    assert not _event_absent("When did the port cut dues?", "The port cut dues in September 2024.")
    assert _event_absent("When did the talks kick off?", "Ferry dues rose in May.")
    assert not _event_absent("When did the talks kick off?", "The talks kicked off in May.")
    # other words for it, or the thing itself named, may tell it
    assert not _event_absent("When did the museum close?", "The museum shut its doors in 2019.")
    assert not _event_absent("When does the offer end?", "The offer expires on 31 January.")
    assert not _event_absent(
        "When did the new hospital open?", "The hospital welcomed its first patients in 2021."
    )


def test_readings_from_the_review_of_other_domains() -> None:
    from qa.question_form import _expected_answer_type, _speaker

    assert _speaker("What players were called up to the England squad?") == ""
    assert _speaker("What did the doctor at St Mary's say?") == "the doctor at St Mary's"
    assert _speaker("what did ZTX propose at the Harbour Forum") == "ZTX"
    assert _expected_answer_type("Who is in charge of marketing?") == "name"


def test_the_initials_of_a_country_read_as_its_name_where_the_texts_use_it() -> None:
    from qa.question_form import _capital_as_country

    texts = ["China’s economy grew, the second largest economy in the world."]
    assert _capital_as_country("how does the piece rank the PRC economy", texts) == (
        "how does the piece rank China economy"
    )
    assert "PRC" in _capital_as_country("What does the PRC say?", ["The PRC said so."])


def test_the_power_to_do_a_thing_asks_whether_it_can_and_the_meeting_asks_nothing_more() -> None:
    from qa.question_form import _plain_idioms

    assert _plain_idioms("Does the HPA have the power to set fees?") == "Can the HPA set fees?"
    assert _plain_idioms("And does the council really have any authority to close the pier?") == (
        "And can the council close the pier?"
    )
    assert (
        _plain_idioms("Does the HPA have power cuts in winter?") == "Does the HPA have power cuts in winter?"
    )
    assert _plain_idioms("Is it so that Arvex raised the issue of berths at the meeting?") == (
        "Is it so that Arvex mention the issue of berths?"
    )
    topic = "whats the topic people thought was most important at the meetings"
    assert _plain_idioms(topic) == topic
    assert _plain_idioms("What happened at the meeting?") == "What happened at the meeting?"
    assert _plain_idioms("Does a suspect have the right to an attorney?") == (
        "Does a suspect have the right to an attorney?"
    )
    decided = "What did the Federal Reserve decide at the meeting?"
    assert _plain_idioms(decided) == decided
    assert (
        _plain_idioms("What did Arvex say at the March meeting?")
        == "What did Arvex say at the March meeting?"
    )


def test_a_bond_issuance_is_the_issuance() -> None:
    from qa.question_form import _plain_idioms

    assert (
        _plain_idioms("Who manages the bond issuance for the harbour?")
        == "Who manages the issuance for the harbour?"
    )
    assert _plain_idioms("How many bonds were issued?") == "How many bonds were issued?"


def test_a_bond_issuance_is_told_apart_from_a_kind_of_bond_or_stock_issuance() -> None:
    from qa.question_form import _plain_idioms

    assert _plain_idioms("bond issuance for 2025 in usd?") == "issuance for 2025 in usd?"
    assert _plain_idioms("which ministry is issuing the bonds") == "which ministry is issuing"
    kept = "difference between bond issuance and stock issuance?"
    assert _plain_idioms(kept) == kept


def test_a_phone_number_asked_is_answered_only_by_one() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    assert _expected_answer_type("What is the harbour master's phone number?") == "phone number"
    assert _expected_answer_type("How many phone numbers were leaked?") != "phone number"
    asked = "What is the harbour master's phone number?"
    assert not _gives_answer_type("phone number", "For bookings, email desk@port.example", asked)
    assert _gives_answer_type("phone number", "For bookings, call +44 20 7946 0958", asked)


def test_who_did_it_asked_inside_a_question_needs_someone_named() -> None:
    from qa.question_form import _expected_answer_type, _gives_answer_type

    told = "Separately, Arvex called for fair competition by addressing patent misuse within the port."
    for asked in (
        "Did Arvex say who was misusing them?",
        "Did Arvex say which companies misuse patents?",
        "Arvex said which firms misuse patents?",
    ):
        assert _expected_answer_type(asked) == "agent"
        assert not _gives_answer_type("agent", told, asked)
    assert _expected_answer_type("who is pushing for shore power?") == "agent"
    assert _expected_answer_type("Who is Sterling?") is None  # (what someone is, not who did something)
