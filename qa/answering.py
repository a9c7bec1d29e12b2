"""The ``Assistant``: extractive, cited answers from retrieved passages, or "the documents don't say".

Every answer sentence is a verbatim sentence of a retrieved passage, chosen by scoring each candidate
sentence against the (rewritten) question with
  * the embedder's cosine (sentence vectors batch-encoded and cached in an LRU by text hash),
  * lexical evidence: stemmed content-word overlap weighted by rarity (IDF over the retrieved sentences),
  * name/number evidence: proper nouns, acronyms and numbers of the question found in the sentence (or,
    for a sentence opening with "He"/"This"..., in the sentence before it),
  * the passage's retrieval score,
then the best few scored again word by word (contextual token alignment), with preferences where the
question says what it wants (the speaker's sentences for "What did X say ...?", a dated one for "When did
...?", the one spelling out an acronym for "What does RRR stand for?").
Whether to answer at all is a separate, calibrated decision (``confidence``): a small logistic model over
the best cosine, how much of the question's vocabulary the retrieved text covers, whether the
question's names appear anywhere in it, the best single sentence's lexical coverage, how close the chosen
sentences come to what the question is about (``focus_cosine``: the phrase after "about", or the subject
of "What is ...?"), and how well each word of the question is matched, in context, by the sentence the
answer leads with (``term_support``, ``focus_support``). Its weights were fit on calibration sets by
``bench/calibration.py`` (docs/answering.md has the numbers). Some things the question's form requires are
rules, not evidence: an answer to "How much ...", "When ...", "Which country ..." or "Who is the CEO of
..." needs a figure, a date, a place or a name, and "Who ...?" someone; "How many EVs ...?" a figure of EVs,
not of something else; "What penalty ..." the thing asked for (or a close paraphrase); "What did Tesla say
..." the speaker; "... about X" and a yes/no question their words, at least loosely. Without it the
confidence is capped below any sensible threshold (``Assistant._misses_what_the_form_requires``,
``_gives_answer_type``, ``_figures_measure_something_else``).
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from qa.chat import (
    ACRONYM,
    SpellingCorrector,
    Turn,
    as_typed,
    asked_part,
    asks_for_more,
    asks_what_follows,
    borrowed_context,
    expand_contractions,
    named_fragment,
    question_parts,
    standalone_followup,
    with_framed_name,
    with_heard_names,
    with_names_cased,
    with_spelled_names,
    with_split_names_joined,
    without_borrowed_context,
    without_emphasis,
)
from qa.embedding import Embedder, TokenVectors
from qa.english import english_part
from qa.lexical import stem_word
from qa.models import Answer, Citation, Passage, Retrieved
from qa.question_form import (
    _CLAIM_CHECK,
    _COUNTED_MODIFIERS,
    _DATE_ANSWER,
    _DIGIT,
    _EXPANSION_QUESTION,
    _GENERIC_KINDS,
    _LEADING_CONJUNCTION,
    _LIGHT_WORDS,
    _LOCATED_NAME,
    _MEASURE_AFTER_COLON,
    _MEASURE_NOUNS,
    _MONEY_ANSWER,
    _PAST_WHEN,
    _PLACE_ALIASES,
    _RELATIONAL_NOUNS,
    _ROLE_WORDS,
    _STOPWORDS,
    _TOKEN,
    _YEAR,
    _YES_NO,
    FULL_NAME,
    STEM_PREFIX,
    _about_topic,
    _acronym_definitions,
    _acronyms_defined_in,
    _acting_name,
    _as_asked,
    _asked_measure,
    _asked_thing,
    _bare,
    _capital_as_country,
    _claim_as_the_texts_have_it,
    _compares_with_an_absent_past,
    _content_terms,
    _content_words,
    _contrasting_modifier,
    _dated_otherwise,
    _event_absent,
    _expected_answer_type,
    _figure_measures,
    _focus_phrase,
    _gives_answer_type,
    _head_words,
    _is_acronym,
    _is_agent_word,
    _keywords_only,
    _long_forms,
    _names_cased_in,
    _names_country,
    _opposition_absent,
    _per_unit_absent,
    _plain_idioms,
    _question_names,
    _ranks_below_the_asked_superlative,
    _ranks_first,
    _reacting_subject,
    _share_destination,
    _speaker,
    _spelled_alike,
    _spelled_out,
    _thing_called_for,
    _without_asides,
    _without_exclusion,
    claim_put_otherwise,
    document_field_keys,
)
from qa.readers import written_date
from qa.settings import Settings
from qa.wording import in_base_form, word_set

NOT_IN_DOCUMENTS = "The documents don't say."
NEAREST_NOTE = "The nearest passages are listed below."

# Logistic calibration of answer confidence, fit by bench/calibration.py (L2-regularised logistic
# regression by Newton's method, each question set weighted equally, then classes balanced) on features
# bench/answers.py collected through the real pipeline (DocQA index of the news corpus; IndexBuilder index
# of all 5,183 SciFact abstracts; hybrid convex fusion, the indexer's chunks). Sets fit on: news questions
# against the news corpus (single-turn items of seed_dev + bench/dev_questions.jsonl: 54 answerable / 30
# not; bench/holdout_questions.jsonl 16 / 16; bench/independent_questions.jsonl 22 / 20;
# bench/independent2_questions.jsonl 26 / 24; bench/independent3_questions.jsonl 20 / 22), SciFact dev
# claims with evidence (188) against SciFact, SciFact claims against the news corpus (300, unanswerable)
# and the news dev questions against SciFact (84, unanswerable). Left out: SciFact NEI claims, the rows
# the answer-type rules cap, and the held-out bench/blind_questions.jsonl and
# bench/independent4_questions.jsonl (docs/answering.md). Feature order: ``Assessment.features`` =
# (best_cosine, coverage, missing_names, best_lexical, focus_cosine, term_support, focus_support).
CALIBRATION_WEIGHTS: tuple[float, ...] = (1.397, 0.595, -1.255, 0.902, 1.816, 1.647, 1.141)
CALIBRATION_BIAS: float = -3.881
# "How much ...?" answered by a sentence without a figure ("When ...?" without a date, "What penalty ...?"
# without a penalty, "What did Tesla say?" without Tesla) is not answered, however close the sentence is:
# what the question's form requires is a rule, not evidence to weigh (``Assessment.answer_type_gap``).
ANSWER_TYPE_CAP = 0.2
# What a question about the document itself gets when the document's header has the field it asks for:
# read off the header, not weighed, so nearly certain (a header may still be wrong about itself).
DOCUMENT_FIELD_CONFIDENCE = 0.95
# The thing a question asks for ("What penalty ...?") counts as given when some word of the answer is at
# least this close to it (contextual token cosine; paraphrases score 0.5-0.8, unrelated words 0.1-0.45).
ASKED_THING_SUPPORT = 0.5
# The head of what a question is about ("... say about battery recycling?") and every word of a yes/no
# question ("Did the NPC approve ...?") need less: the answer may word them differently ("the RRR cut" /
# "reduced the RRR", 0.43; "pass laws" / "legislative power", 0.41), but below this it is something else.
LOOSE_SUPPORT = 0.3
# A sentence at least this close to a yes/no question (MiniLM cosine) states what it asks: 0.7-0.85 for the
# answerable ones, at most 0.56 for look-alikes on the news sets.
SAME_MEANING_COSINE = 0.7

# "What did GAC say?": a sentence not naming the speaker loses this share of its score when another does
# (and "CPPCC full name": one not spelling it out).
PREFERENCE_SHARE = 0.4
# The best RERANK_DEPTH candidates are scored again by word support, with this weight.
RERANK_DEPTH = 5
# How far a sentence giving the cause a why-question asks for is put above the best that gives none.
REASON_LEAD = 0.01
W_SUPPORT = 0.4
# Sentence-ranking weights (tuned on bench/dev_questions.jsonl + seed_dev; see docs/answering.md).
W_COSINE = 0.50
W_LEXICAL = 0.35
W_NAMES = 0.25
W_RETRIEVAL = 0.10
# For a follow-up asking what follows from what it was told ("What could that mean for EVs?"): the
# sentence the document goes on with.
W_CONTINUATION = 0.25
# A sentence opening with "He"/"This"/"Of this"... is about what the sentence before it names: it gets this
# share of the credit for the names and words it refers back to.
INHERITED_CREDIT = 0.9
# A runner-up joins the best sentence when it scores at least this share of the best score (a sentence
# continuing the best one needs less; one before it comes only as the antecedent of "He ..." or on its
# own merit).
RUNNER_UP_SHARE = 0.92
ADJACENT_SHARE = 0.8


# "Go-something", "Xiao-whatsit", "Tian something": the start of a name the asker does not quite remember.
_HALF_NAME = re.compile(
    r"\b(?:([A-Za-z][a-z]{1,8})-|([A-Z][a-z]{1,8})\s?)(?:something|summat|whatsit|thingy)"
    r"(?:[- ]or[- ]other)?\b"
)
# Openers that point back to the previous sentence's subject ("He also called for ..."); discourse
# connectives such as "Separately," do not, so they are not listed.
_ANAPHORIC_OPENERS = word_set("he she it they this these those that its their his her such")
# A figure a follow-up asks of "it" ("And how much was it in 2024 (...)?").
_MEASURE_OF_IT = re.compile(
    r"^(?:and\s+)?(?:[^,(]*,\s*)*how\s+(?:much|many)\s+(?:was|is|were|are)\s+(?:it|that|this)\b", re.I
)
# "a lot of people", "a bunch of analysts": how many speak, no one named.
_HOW_MANY_WORDS = word_set(
    "lot lots load loads ton tons heap heaps bunch number numbers majority minority plenty couple handful "
    "few many most folk"
)
# ... or with a preposition before the reference ("Of this RMB300 billion ...", "Among them, ...") ...
_ANAPHORIC_PHRASE = re.compile(
    r"(?:of|among|from|besides|beyond|despite|with|of all|on top of) "
    r"(?:this|these|those|that|which|them|it)\b",
    re.IGNORECASE,
)
# ... or whose subject, after an opening phrase, is such a reference ("Within the battery industry this
# could lead to ...").
_REFERRING_SUBJECT = re.compile(
    r"(?:within|in|for|at|on|under|with|across|among|from|by|after|before|during|beyond|outside)\b"
    r"[^,.;:]{0,60}?[ ,](?:this|these|it|they) (?:could|would|will|may|might|can|should|is|are|was|were|"
    r"has|have|had|means?|meant|leads?|led|allows?|allowed|helps?|helped)\b",
    re.IGNORECASE,
)
_NEGATORS = r"without|not|no|never|lacks?|lacking"
_NEGATION = re.compile(rf"\b(?:{_NEGATORS}|n['’]t)\b", re.IGNORECASE)
_NEGATED = re.compile(rf"\b(?:{_NEGATORS})\s+((?:[\w’'-]+\s+){{0,2}}[\w’'-]+)", re.IGNORECASE)
_ASKS_IF_ANYONE = re.compile(
    r"^\s*(?:did|does|do|has|have|was|were|is|are)\s+(?:anyone|anybody|someone|somebody|any\s+[a-z]+|"
    r"an?\s+(?:company|firm|carmaker|speaker|delegate))\b",
    re.IGNORECASE,
)
_OFFERED_ALTERNATIVE = re.compile(r",\s+or\s+(?:is|was|are|were|does|do|did|has|have)\b[^?]*\?*\s*$", re.I)
# "at the annual meetings", "during the Harbour Forum": where something was said.
_SETTING = re.compile(
    r"\b(?:at|during|in)\s+(?:the\s+|this\s+year['’]s\s+)?(?:[\w’'-]+\s+){0,2}?(?:meetings?|sessions?|gatherings?|"
    r"forum|conference|event|summit|congress)\b",
    re.IGNORECASE,
)
# "Any new export controls announced?": whether there are, a yes/no question in few words (but "Any word on
# X?", "Any figures?" ask for what there is).
_ANY_THING = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?any\s+(?!(?:word|news|update|updates|detail|details|info|information|mention|"
    r"comment|comments|timeline|timing|figure|figures|number|numbers|data|idea|sense|reason|clue)\b)[a-z]",
    re.IGNORECASE,
)
# "Which of the NPC and the CPPCC ...?", "Which one of Geely or GAC ...?": the options to choose from.
_OPTIONS = re.compile(
    r"^\s*which\s+(?:one\s+)?of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:and|or)\s+(?:the\s+)?[\w’'-]+",
    re.IGNORECASE,
)
# "How many of the applications were approved?": a count of those the verb says, which a count of all the
# applications does not give.
_OUTCOME_WORDS = word_set(
    "approved accepted granted rejected refused denied completed paid processed disbursed sold delivered "
    "funded awarded fulfilled cancelled canceled successful"
)
_COUNTED_AS = re.compile(
    r"^\s*(?:and\s+)?how\s+many\b.*?\b(?:were|was|have\s+been|has\s+been|had\s+been|got|get|are|is|will\s+be)\s+"
    r"(?:actually\s+|eventually\s+|finally\s+|then\s+)?([a-z]+(?:ed|en))\b",
    re.IGNORECASE,
)
_FURTHER_QUESTION = re.compile(r",?\s(?:and|or|but)\s(?:what|which|who|when|where|why|how)\b", re.IGNORECASE)
_CONTRASTING_OPENER = re.compile(
    r"(?:while|whereas|unlike|by contrast|in contrast|conversely)\b", re.IGNORECASE
)
# Page furniture that trafilatura keeps with an article and that never answers a question.
_CALL_TO_ACTION = re.compile(
    r"^(for more information|for further information|click here|subscribe to our|sign up for our|read more"
    r"|learn more)\b|\b(get in touch|contact us|click here)\W*$",
    re.IGNORECASE,
)
# "How can I learn more from the authors?", "Who should I contact for more information?", "If I want more on
# X, where do I go?", "How does the article close?": what a page's call to action tells.
# "Of those, how many were for ...?": a count of part of what was counted before.
_COUNTS_A_PART = re.compile(r"^(?:and\s+)?of\s+[^,]+,\s*how\s+many\b|^how\s+many\b[^,]+,\s*of\s+[^,]+$", re.I)
# "How many people ...": a count of people, which a count of institutions is not.
_COUNTS_PEOPLE = re.compile(r"\bhow\s+many\s+(?:people|persons|individuals|members|ppl)\b", re.I)
_INSTITUTION_NOUNS = word_set(
    "body bodie organisation organization institution meeting session companie company firm countrie country "
    "sector industrie industry market ministrie ministry government committee"
)
# "What does the article say at the very end?", "How does the piece end?", "What's the last line?": how
# the document itself ends, whatever its words.
# "At the end of the article, what does the author suggest ...?": what is asked is read at the end.
_AT_THE_END = re.compile(
    r"\b(?:at|in|towards?)\s+the\s+(?:very\s+)?end\s+of\s+(?:the|this)\s+(?:article|piece|text|story|report|document)\b",
    re.I,
)
_ASKS_THE_ENDING = re.compile(
    r"^(?:(?:and|so|ok|okay)[\s,]+)?(?:"
    r"what\s+(?:does|did)\s+(?:the|this)\s+(?:article|piece|text|story|report|document)\s+(?:say|tell\s+us)\s+"
    r"(?:at|in)\s+the\s+(?:very\s+)?(?:end|close)"
    r"|how\s+(?:does|did)\s+(?:the|this)\s+(?:article|piece|text|story|report|document)\s+"
    r"(?:end|close|finish|wrap\s+up|sign\s+off)"
    r"|what\s+(?:is|was)\s+(?:the\s+)?(?:very\s+)?(?:last|final|closing)\s+(?:line|sentence|paragraph|words?)"
    r"(?:\s+(?:of|in)\s+(?:the|this)\s+(?:article|piece|text|story|report|document))?"
    r")(?:\W*$|\s*(?:[-–—:;]|\?)\s*\w)",  # ("How does the article wrap up - does it point readers ...?")
    re.I,
)
_BACK_MATTER = re.compile(
    r"^\s*(?:references|bibliography|sources|notes|footnotes|endnotes|further\s+reading|acknowledg\w*|appendix\b)",
    re.I,
)
# "author: Rho Motion", "publisher: SMM": who a document is by, in its header.
_BYLINE = re.compile(r"^(?:author|authors|byline|publisher|source|site|sitename)\s*:\s*(.+)$", re.I | re.M)
# The words of a question asking only where to learn more, with no topic of its own ("If I wanted to learn
# more, does the article say where to go?"); "Where can I learn more about BYD?" has one.
_LEARNING_MORE_WORDS = word_set(
    "where what which who whom how can could do does did should would will i we you one me us they the a an "
    "article piece text report story author authors it this that if wanted want wants need needs to learn "
    "find out read know hear more go look turn get information info details further say says said tell "
    "point points readers reader at very end and so ok okay then is are there any anything else please "
    "want more on about in touch contact like have has got questions question queries query email e mail "
    "address with write ask asking something doubt doubts concern concerns reach call ring phone my our "
    "their your hands hand on access copy copies person persons people someone somebody ye youse ya u whos s "
    "for"
)
_ASKS_WHERE_TO_LEARN_MORE = re.compile(
    r"\b(?:learn|find\s+out|read|know|hear)\s+more\b|\bmore\s+(?:informations?|info|details)\b|"
    r"\b(?:get\s+in\s+touch|contact|e-?mail)\b|\bwho\s+(?:do|should|can|could|would)\s+(?:i|we)\s+"
    r"(?:write\s+to\b|(?:call|ring|phone)\b(?!\s+(?:for|about)\s+(?:a|an|the)\s+"
    r"(?:taxi|cab|plumber|doctor|ambulance|repair|emergency)))|\b(?:want|need|get|find|go\s+for|look\s+for)\s+more\s+(?:on|about)\b|"
    r"\b(?:article|piece|text|report)\s+(?:close|closes|end|ends|finish|finishes|sign\s+off)\b|"
    r"\b(?:last|final|closing)\s+(?:section|paragraph|line|lines|part|bit)\b|"
    r"\b(?:further|recommended|suggested|related)\s+reading\b(?!\s+(?:age|list|level)s?\b)|"
    r"\b(?:article|piece|text|report|author|authors)\s+(?:point|points|direct|directs|refer|refers)\s+"
    r"(?:you|me|us|readers?)\s+(?:on\s+)?(?:to|towards|anywhere|somewhere|elsewhere)\b|"
    r"\bwhere\b[^?]*\b(?:point|points|direct|directs|send|sends)\s+(?:you|me|us|readers?|people)\b|"
    r"\b(?:want|wants|wanting|need|needs)\s+more\W*$",
    re.IGNORECASE,
)
# A speaker that is a text, not someone: its sentences need not name it.
_DOCUMENT_WORD = re.compile(
    r"\b(?:report|article|document|plan|statement|text|paper|study|outlook|speech|communique|piece)\b", re.I
)
# "Who pays for it?", "Who will fund the system?": who is asked to pay.
_WHO_PAYS = re.compile(
    r"^who(?:\s+(?:will|would|is|are|was|were|does|do|did|has|have|should|could|can|might|must))?"
    r"\s+(?:actually\s+|really\s+|going\s+to\s+|supposed\s+to\s+|meant\s+to\s+)?(?P<verb>(?:pay|pays|paid|"
    r"paying|fund|funds|funded|funding|finance|finances|financed|financing|bankroll|bankrolls|foot|foots|"
    r"sponsor|sponsors|sponsored|subsidi[sz]e|subsidi[sz]es|subsidi[sz]ed))\b",
    re.I,
)
# "What stance did the work report take?": a document doing what the question asks.
_ACTING_DOCUMENT = re.compile(
    rf"\b(?:did|does|do|will|would|has|have)\s+((?:the|this|that)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"{_DOCUMENT_WORD.pattern})\s+[a-z]+",
    re.I,
)
_DOCUMENT_PHRASE = re.compile(rf"(?:[\w’'-]+\s+)?{_DOCUMENT_WORD.pattern}", re.I)
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", "]")
# "For queries, please contact Ann Lee at ann@example.org": a page's line that gives an address to write
# to ends with it, not with a full stop.
_ENDS_WITH_AN_ADDRESS = re.compile(r"(?:\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+)\W*$")


class Retriever(Protocol):
    """What the assistant needs from retrieval (implemented by qa.retrieval)."""

    def search(
        self, query: str, k: int = 5, mode: str = "hybrid", filters: dict | None = None
    ) -> list[Passage]: ...

    def opening_passage(self, document_id: str) -> Passage | None:
        """The document's first chunk, where its header (front matter) is when it has one."""
        ...

    def closing_passage(self, document_id: str) -> Passage | None:
        """The last chunk of the document's body, where it ends."""
        ...

    def footer_passages(self, document_id: str) -> list[Passage]:
        """The chunks of the document's footer of address lines, which a search never finds."""
        ...

    def names(self) -> frozenset[str]:
        """The words the documents only ever write capitalised: their names."""
        ...

    def words(self) -> Mapping[str, int]:
        """The documents' lowercase words and how often each occurs."""
        ...


@dataclass
class Candidate:
    """One candidate answer sentence: exact span in its document plus what it is scored on."""

    passage_index: int
    document_id: str
    start: int
    end: int
    text: str
    previous_text: str
    terms: set[str]
    previous_terms: set[str]
    title_terms: frozenset[str] = frozenset()
    title_names: frozenset[str] = frozenset()
    heading_names: frozenset[str] = frozenset()
    cosine: float = 0.0
    lexical: float = 0.0
    names: float = 0.0
    retrieval: float = 0.0
    score: float = 0.0
    focus_cosine: float = 0.0
    clause_cosine: float = 0.0
    preferred: bool = True


@dataclass
class Assessment:
    """Scored candidates and the question-level evidence the confidence is computed from."""

    candidates: list[Candidate]
    best_cosine: float
    coverage: float
    missing_names: float
    best_lexical: float
    names: list[str] = field(default_factory=list)
    answer_type_gap: float = 0.0
    focus_cosine: float = 0.0
    term_supports: list[float] = field(default_factory=list)
    focus_support: float = 1.0

    @property
    def term_support(self) -> float:
        """Mean support of the question's content words in the answer's lead sentence; 0.5, no evidence
        either way, for a question without content words ("What is it?")."""
        return sum(self.term_supports) / len(self.term_supports) if self.term_supports else 0.5

    @property
    def features(self) -> list[float]:
        """Inputs of the confidence model, in ``CALIBRATION_WEIGHTS`` order."""
        return [
            self.best_cosine,
            self.coverage,
            self.missing_names,
            self.best_lexical,
            self.focus_cosine,
            self.term_support,
            self.focus_support,
        ]


def _text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class _TextLRU:
    """A thread-safe LRU of per-text results keyed by a hash of the text; the model runs outside the lock
    (the web server asks from several threads)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: OrderedDict[bytes, object] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(self, texts: Sequence[str], compute: Callable[[list[str]], Sequence[object]]) -> list:
        """The cached result of each text; the missing ones computed by ``compute`` in one batch."""
        keys = [_text_key(t) for t in texts]
        with self._lock:
            found = {key: self._items[key] for key in keys if key in self._items}
        missing = [i for i, key in enumerate(keys) if key not in found]
        if missing:
            fresh = compute([texts[i] for i in missing])
            for row, i in enumerate(missing):
                found[keys[i]] = fresh[row]
        self._store(keys, [found[key] for key in keys])
        return [found[key] for key in keys]

    def put(self, texts: Sequence[str], values: Sequence[object]) -> None:
        """Cache ``values[i]`` as the result for ``texts[i]``."""
        self._store([_text_key(t) for t in texts], values)

    def _store(self, keys: Sequence[bytes], values: Sequence[object]) -> None:
        with self._lock:
            for key, value in zip(keys, values, strict=True):
                self._items[key] = value
                self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)


class VectorCache:
    """Sentence vectors and contextual token vectors, cached by text so repeated asks skip the model."""

    def __init__(self, embedder: Embedder, capacity: int = 20_000) -> None:
        self.embedder = embedder
        self._sentences = _TextLRU(capacity)
        # A token matrix is ~30x a sentence vector (up to 256x); only questions and lead sentences need them.
        self._tokens = _TextLRU(max(1, capacity // 40))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit sentence vectors of ``texts`` (rows in order)."""
        rows = self._sentences.get_or_compute(texts, self.embedder.encode)
        if not rows:
            return np.zeros((0, self.embedder.dimension), dtype=np.float32)
        return np.vstack(rows).astype(np.float32, copy=False)

    def token_vectors(self, texts: Sequence[str]) -> list[TokenVectors]:
        """Contextual token vectors of ``texts`` (see ``Embedder.token_vectors``); the sentence vectors
        of the same forward pass are cached too, so ``encode`` of these texts costs nothing after."""

        def compute(missing: list[str]) -> list[TokenVectors]:
            fresh = self.embedder.token_vectors(missing)
            self._sentences.put(missing, [tokens.sentence for tokens in fresh])
            return fresh

        return self._tokens.get_or_compute(texts, compute)


# Verbs that only tell that someone made a claim public; the claim is what a yes/no question checks.
_TELLING_VERBS = word_set(
    "announce announced announces unveil unveiled unveils declare declared declares state stated states "
    "say said says flag flagged flags signal signalled signaled signals"
)


@dataclass(frozen=True)
class _WordAids:
    """What messages are read with for one vocabulary of the documents (``Assistant._word_aids``)."""

    vocabulary: Mapping[str, int]
    speller: SpellingCorrector
    documents_words: frozenset[str]


class Assistant:
    """Answers questions from a retriever's passages with verbatim, cited sentences (or abstains)."""

    def __init__(
        self,
        retriever: Retriever,
        embedder: Embedder,
        top_k: int = 5,
        answer_sentences: int = 2,
        abstain_threshold: float = 0.45,
        search_mode: str = "hybrid",
        cache_size: int = 20_000,
    ) -> None:
        self.retriever = retriever
        self.embedder = embedder
        self.top_k = top_k
        self.answer_sentences = max(1, answer_sentences)
        self.abstain_threshold = abstain_threshold
        self.search_mode = search_mode
        self.vectors = VectorCache(embedder, cache_size)
        self._aids: _WordAids | None = None

    @classmethod
    def from_settings(cls, retriever: Retriever, embedder: Embedder, settings: Settings) -> Assistant:
        """Build from ``Settings`` (top_k, answer_sentences, abstain_threshold, search_mode)."""
        return cls(
            retriever,
            embedder,
            top_k=settings.top_k,
            answer_sentences=settings.answer_sentences,
            abstain_threshold=settings.abstain_threshold,
            search_mode=settings.search_mode,
        )

    # ------------------------------------------------------------------ public
    def answer(
        self,
        question: str,
        history: list[Turn] | None = None,
        k: int | None = None,
        filters: dict | None = None,
        conversation_id: str | None = None,
    ) -> Answer:
        """Answer ``question`` (a follow-up is first rewritten from ``history``) with cited sentences."""
        *_, answer = self.answer_in_stages(question, history, k, filters, conversation_id)
        return answer

    def answer_in_stages(
        self,
        question: str,
        history: list[Turn] | None = None,
        k: int | None = None,
        filters: dict | None = None,
        conversation_id: str | None = None,
    ) -> Iterator[Retrieved | Answer]:
        """``answer``, step by step: yields ``Retrieved`` as soon as the passages are known (a UI can show
        them while sentences are scored), then the finished ``Answer``."""
        timings: dict[str, float] = {}
        clock = time.perf_counter()
        # "Hello! ... What is X? I'm new here.", "um", "wait": read without what is said around the question
        # "what was C A L B complaining about": the documents' acronym, read before anything else
        names = self.retriever.names()
        # "wat was xiaomis propsal": misspelt words put right against the documents' own words first
        typed = as_typed(question)
        known = self.embedder.known_words()
        if typed != question and typed == typed.lower():  # (lowered from capitals: the names cased again)
            typed = with_names_cased(typed, names, known)
        aids = self._word_aids()
        corrected = aids.speller(with_split_names_joined(typed, names, known))
        vocabulary = self.retriever.words()

        def as_the_documents_write(text: str) -> str:
            # "what was C A L B ...", "what did the head of cattle want": a name spelled out or heard, as
            # speech-to-text writes it, in the documents' own writing
            return with_heard_names(with_spelled_names(text, names), names, vocabulary, known)

        spelled = as_the_documents_write(corrected)

        def asked(text: str) -> str:
            return self._with_names_recalled(without_emphasis(asked_part(text, names)))

        spoken = asked(spelled)
        # "wie zei iets over lithium battery transport?": a message mostly in a language no reader reads is
        # asked as the bag of its English words and names ("lithium battery transport?"), shown as rewritten
        bag = english_part(spoken, aids.documents_words)
        read_as_bag = bag != spoken
        if read_as_bag:  # (read again, as English now: "CATL CEO? what's his name" asks the CEO's name)
            spoken = asked(bag)
        # (and so are the earlier questions a follow-up leans on: "what did the n h s say" -> "why?")
        history = [
            replace(
                turn,
                question=as_the_documents_write(
                    with_split_names_joined(as_typed(turn.question), names, known)
                ),
            )
            for turn in history or []
        ]
        # ("who wrote this?" -> "and where's it originally from?", "was this from SMM?" -> "and what date was
        # it posted?": a question about the document itself stands alone, "it" is the document)
        about_the_document = bool(history) and bool(document_field_keys(spoken))
        standalone = (
            standalone_followup(spoken, history, self._texts_about(spoken, history))
            if history and not about_the_document
            else spoken
        )
        # (a question put right is shown as rewritten, as a follow-up made to stand alone is)
        rewritten = standalone if standalone != spoken or corrected != question or read_as_bag else None
        timings["rewrite"] = _ms_since(clock)

        clock = time.perf_counter()
        passages, document_lines = self._retrieve(standalone, k or self.top_k, filters)
        timings["retrieve"] = _ms_since(clock)
        yield Retrieved(question, rewritten, conversation_id, passages)

        clock = time.perf_counter()
        chosen, confidence = self._choose(spoken, standalone, passages, document_lines, history)
        name = named_fragment(spoken) if history and rewritten and not chosen else None
        if name is not None:
            # "What did CALB raise on competition?" -> "And Gotion?": when the documents say nothing of Gotion
            # on that, what they do say of Gotion (and the rewrite shown says so).
            broader = f"What do the documents say about {name}?"
            found, line = self._retrieve(broader, k or self.top_k, filters)
            picked, sure = self._choose(spoken, broader, found, line, history)
            if picked:
                chosen, confidence, passages, rewritten = picked, sure, found, broader
        parts = question_parts(standalone)
        if len(parts) > 1:  # "Who is CALB and what did it ask for?": each part answered on its own
            part_passages, part_chosen, part_confidence = self._answer_parts(parts, k or self.top_k, filters)
            if part_chosen:
                passages, chosen, confidence = part_passages, part_chosen, part_confidence
            elif any(_expected_answer_type(part) for part in parts):
                # no part is answered, one of them asking for a name, a figure or a time: nor is the
                # whole, which only runs them together ("CATL CEO, article say his name? Who is he?")
                chosen, confidence = [], min(confidence, part_confidence)
        timings["score"] = _ms_since(clock)

        clock = time.perf_counter()
        result = self._compose(question, passages, chosen, confidence)
        timings["compose"] = _ms_since(clock)

        result.rewritten_question = rewritten
        result.conversation_id = conversation_id
        result.timings = timings
        yield result

    def _word_aids(self) -> _WordAids:
        """What messages are read with for the documents now served, rebuilt when their vocabulary changes:
        the spelling corrector, and the documents' words and names lowercased (English enough in any
        message, for ``english_part``)."""
        vocabulary = self.retriever.words()
        if self._aids is None or self._aids.vocabulary is not vocabulary:
            self._aids = _WordAids(
                vocabulary,
                SpellingCorrector(vocabulary, self.embedder.known_words()),
                frozenset(vocabulary) | {name.lower() for name in self.retriever.names()},
            )
        return self._aids

    def _answer_parts(
        self, parts: list[str], k: int, filters: dict | None
    ) -> tuple[list[Passage], list[Candidate], float]:
        """The sentences answering each part of a question that asks several things, over the passages
        each part retrieved (a part the documents do not answer is left out: "Who is CALB and who is its
        CEO?" is told who CALB is, not what CATL's CEO said). Confidence is that of the least sure part
        answered; when no part is answered, no sentence, and the confidence of the surest part."""
        passages: list[Passage] = []
        index_of: dict[str, int] = {}  # chunk id -> its place in ``passages``
        chosen: list[Candidate] = []
        confidences: list[float] = []
        refused: list[float] = []
        for part in parts:
            found, document_lines = self._retrieve(part, k, filters)
            picked, sure = self._choose(part, part, found, document_lines, None)
            if not picked:
                refused.append(sure)
                continue
            confidences.append(sure)
            for candidate in picked:
                passage = found[candidate.passage_index]
                if passage.chunk.id not in index_of:
                    index_of[passage.chunk.id] = len(passages)
                    passages.append(replace(passage, rank=len(passages) + 1))
                index = index_of[passage.chunk.id]
                if not any(
                    c.document_id == candidate.document_id and c.start == candidate.start for c in chosen
                ):
                    chosen.append(replace(candidate, passage_index=index))
        if not confidences:
            return [], [], max(refused)
        return passages, chosen, min(confidences)

    def _retrieve(
        self, standalone: str, k: int, filters: dict | None
    ) -> tuple[list[Passage], list[Candidate]]:
        """The passages for a standalone question, with the best lexical one for a name none of them has,
        and, for a question about the document itself, the lines that answer it (their passages first):
        its header's line, and the page's own dateline for its date, or its closing line."""
        passages = self.retriever.search(standalone, k=k, mode=self.search_mode, filters=filters)
        naming = self._passages_naming_the_missing(standalone, passages, filters)
        if naming:  # in place of the last, so that there are still k
            kept = passages[: max(0, k - len(naming))]
            passages = kept + [replace(p, rank=len(kept) + i) for i, p in enumerate(naming, start=1)]
        if passages and _ASKS_WHERE_TO_LEARN_MORE.search(standalone):
            # "Where can I learn more?": an article says so where it ends, and its footer whom to contact,
            # however little their words match
            document_id = passages[0].document_id
            seen = {p.chunk.id for p in passages}
            closing = [
                self.retriever.closing_passage(document_id),
                *self.retriever.footer_passages(document_id),
            ]
            added = [p for p in closing if p is not None and p.chunk.id not in seen][: max(0, k - 1)]
            kept = passages[: max(1, k - len(added))]
            passages = kept + [replace(p, rank=len(kept) + i) for i, p in enumerate(added, start=1)]
        ending = self._closing_line(standalone, passages)
        if ending is not None:  # "What does the article say at the very end?": its last sentence
            closing, line = ending
            return _first_among(closing, passages), [line]
        lines = self._header_answer(standalone, passages)  # "Who wrote this article?": the header says
        for passage, _, _ in reversed(lines):
            passages = _first_among(passage, passages)
        index_of = {passage.chunk.id: index for index, passage in enumerate(passages)}
        return passages, [
            Candidate(
                index_of[passage.chunk.id],
                passage.document_id,
                start,
                end,
                passage.chunk.text[start - passage.chunk.start : end - passage.chunk.start],
                "",
                set(),
                set(),
            )
            for passage, start, end in lines
        ]

    def _choose(
        self,
        spoken: str,
        standalone: str,
        passages: list[Passage],
        document_lines: list[Candidate],
        history: list[Turn] | None,
    ) -> tuple[list[Candidate], float]:
        """The sentences to answer with (none when abstaining) and the confidence."""
        if document_lines:
            return document_lines, DOCUMENT_FIELD_CONFIDENCE
        told_before = history[-1].answer if history and not history[-1].abstained else ""
        following = [told_before] if told_before and asks_what_follows(spoken) else []
        # What follows from what was told is scored against the follow-up's own words, not the earlier
        # question it borrowed in brackets, which the told sentence matches best.
        scored = without_borrowed_context(standalone) if following else standalone
        assessment = self.assess(scored, passages, following=following)
        asked_before = history[-1].standalone if history else ""
        told = [told_before] if told_before and asks_for_more(spoken, asked_before) else []
        fresh = self.assess(standalone, passages, leaving_out=told) if told else None
        if fresh is not None and self._tells_more(fresh):
            assessment = fresh  # "Anything else?": what the last answer did not say, if anything
        confidence = self.confidence(assessment)
        if confidence < self.abstain_threshold:
            corrected = self._as_told_instead(standalone, passages)
            if corrected is None:
                return [], confidence
            standalone, assessment = corrected
            confidence = self.confidence(assessment)
        chosen = _with_the_whole(standalone, self.select(assessment), assessment.candidates)
        return self._with_names_spelled_out(standalone, chosen, assessment.candidates), confidence

    def _as_told_instead(self, question: str, passages: list[Passage]) -> tuple[str, Assessment] | None:
        """For a question the passages do not answer as asked, but one of whose readings they do: of a
        choice ("Was it 'prudent' or 'moderately loose'?"), the one alternative they tell; of a claim to
        check about what someone named asked for ("Is it true Gotion wanted lower electricity prices?"),
        what they did ask for ("What did Gotion want?"), so that the answer puts the claim right. None when
        no reading, or more than one alternative, is answered."""
        readings = _alternatives(question)
        if not readings:
            readings = [asked] if (asked := _what_was_asked_for(question)) else []
        told = [
            (reading, assessment)
            for reading in readings
            for assessment in [self.assess(reading, passages)]
            if self.confidence(assessment) >= self.abstain_threshold
        ]
        return told[0] if len(told) == 1 else None

    def _with_names_spelled_out(
        self, question: str, chosen: list[Candidate], candidates: list[Candidate]
    ) -> list[Candidate]:
        """For a question asking which one or who ("Which body makes the laws?"), the sentence that spells
        out an acronym the answer names it by ("The NPC is ...": "... the National People's Congress
        (NPC) ..."), when the answer has room for it and does not spell it out already; for one asking the
        full name of what it describes ("the full name of the advisory body"), in place of the second
        sentence if need be."""
        asked = without_borrowed_context(question).strip()
        # ("the full name of the advisory body": the name spelled out, even in place of a second sentence)
        full_name = bool(_FULL_NAME_OF_BODY.search(asked)) and not ACRONYM.search(asked)
        if not (full_name or (_ASKS_WHICH_ONE.match(asked) and len(chosen) < self.answer_sentences)):
            return chosen
        if full_name and any(_NAMING.search(c.text) for c in chosen):
            return chosen  # "It is called the Harbour Council": the answer names it already
        kept = chosen[: max(1, self.answer_sentences - 1)] if len(chosen) >= self.answer_sentences else chosen
        spelled = {acronym for c in chosen for acronym, _ in _acronyms_defined_in(c.text)}
        named = [t for t in ACRONYM.findall(chosen[0].text) if t.lower() not in spelled]
        first = chosen[0].passage_index
        for acronym in dict.fromkeys(named):
            definition = next(
                (
                    c
                    for c in candidates
                    if c not in chosen and acronym.lower() in dict(_acronyms_defined_in(c.text))
                ),
                None,
            )
            if definition is not None and not re.search(rf"\b{acronym}\b", asked):
                # (in the order ``select`` gives: the lead sentence's passage first, then document order)
                return sorted(
                    kept + [definition], key=lambda c: (c.passage_index != first, c.document_id, c.start)
                )
        return chosen

    def _tells_more(self, fresh: Assessment) -> bool:
        """Whether sentences the last answer left out answer a follow-up that asks for more: confidently,
        and of the same subject, named in the sentence or the one before it ("He also called for ..."),
        not another company's call for something."""
        if not fresh.candidates or self.confidence(fresh) < self.abstain_threshold:
            return False
        lead = max(fresh.candidates, key=lambda c: c.score)
        context = lead.terms | lead.previous_terms | lead.title_terms
        return all(_name_in(self._name_key(name), context) for name in fresh.names)

    def _with_names_recalled(self, question: str) -> str:
        """ "The phone company, Xiao-something, what did they ask for?" -> "... Xiaomi, ...": a name half
        remembered is the one name of the documents that begins so, when only one does."""

        def recalled(fragment: re.Match[str]) -> str:
            start = (fragment.group(1) or fragment.group(2)).lower()
            names = [name for name in self.retriever.names() if name.lower().startswith(start)]
            return names[0] if len(names) == 1 and len(names[0]) > len(start) else fragment.group()

        return _HALF_NAME.sub(recalled, question)

    def _texts_about(self, question: str, history: list[Turn]) -> list[str]:
        """The passages a follow-up and the question before it share words with, whose casing tells the
        names either typed in lowercase."""
        query = f"{history[-1].standalone} {question}"
        return [passage.chunk.text for passage in self.retriever.search(query, k=3, mode="lexical")]

    def _closing_line(self, question: str, passages: list[Passage]) -> tuple[Passage, Candidate] | None:
        """For a question asking how the document ends ("What does the article say at the very end?",
        "How does the piece end?") or only where to learn more ("Where can I learn more?"): the closing
        passage of the best-ranked document and its last sentence (its call to action). None for any other
        question."""
        # (only when one document is in question: of several, "the article" could be any of them)
        if not passages or len({p.document_id for p in passages}) > 1:
            return None
        # ("At the end of the article, what does it say about X?" asks about X, wherever that is)
        at_the_end = _AT_THE_END.search(question) and not re.search(
            r"\b(?:about|regarding)\b", question, re.I
        )
        ending = bool(_ASKS_THE_ENDING.match(question.strip()) or at_the_end)
        if not ending and not _ASKS_WHERE_TO_LEARN_MORE.search(question):
            return None  # (most questions: no passage read for them)
        # (the document's own author or publisher, read into "where do they point readers?", is no topic)
        opening = self.retriever.opening_passage(passages[0].document_id)
        header = " ".join(_BYLINE.findall(opening.chunk.text)) if opening is not None else ""
        closing = self.retriever.closing_passage(passages[0].document_id)
        if closing is None:
            return None
        footer = self.retriever.footer_passages(passages[0].document_id)
        # ("... for more on the Chinese EV market?": what the closing words offer more on is no other topic)
        closing_words = " ".join(p.chunk.text for p in [closing, *footer])
        if not (ending or _asks_only_where_to_learn_more(question, header, closing_words)):
            return None
        if any(_BACK_MATTER.match(heading) for heading in closing.chunk.heading_path):
            return None  # (a list of references or notes is not how the text itself ends)
        # (where to learn more: only a call to action says, "For more information ... get in touch.", or
        # a line giving an address to write to, "For queries, please contact Ann Lee at ann@example.org")
        lines = [
            line
            for line in _lines_of([closing] if ending else [closing, *footer])
            if not _is_heading(line[3], True)
            and (ending or _CALL_TO_ACTION.search(line[3]) or _ENDS_WITH_AN_ADDRESS.search(line[3]))
        ]
        if not lines:
            return None
        # (the text ends with its last words to the reader, not addresses after them)
        prose = [line for line in lines if not _ENDS_WITH_AN_ADDRESS.search(line[3])] or lines
        passage, start, end, text = prose[-1] if ending else _most_alike(question, lines)
        return passage, Candidate(0, passage.document_id, start, end, text, "", set(), set())

    def _header_answer(self, question: str, passages: list[Passage]) -> list[tuple[Passage, int, int]]:
        """For a question about the document itself ("Who wrote this article?", ``document_field_keys``):
        the passage with the header of the best-ranked document whose header has the field, and the span
        of its line that answers ("author: Rho Motion"), then the page's dateline that gives the same date
        in words, if asked the date (``_dateline_of``). Nothing for any other question, or when no retrieved
        document's header has the field."""
        keys = document_field_keys(question)
        for document_id in dict.fromkeys(p.document_id for p in passages) if keys else ():
            opening = self.retriever.opening_passage(document_id)
            span = _header_field_span(opening, keys) if opening is not None else None
            if opening is not None and span is not None:
                dateline = self._dateline_of(opening, span)
                return [(opening, *span)] + ([dateline] if dateline else [])
        return []

    def _dateline_of(self, opening: Passage, field: tuple[int, int]) -> tuple[Passage, int, int] | None:
        """When the header field is the date ("date: 2025-03-13") and the header also holds the page's own
        dateline giving that date in words ("Mar 13, 2025 14:28 · Source: SMM"): that line, the date as
        the page shows it to its readers. None otherwise."""
        chunk = opening.chunk
        iso = re.match(
            r"date:\s*(\d{4})-(\d{2})-(\d{2})\b", chunk.text[field[0] - chunk.start : field[1] - chunk.start]
        )
        for line in re.finditer(r"^.+$", chunk.text, re.MULTILINE) if iso else ():
            if written_date(line.group()) == tuple(int(part) for part in iso.groups()):
                return opening, chunk.start + line.start(), chunk.start + line.end()
        return None

    def _passages_naming_the_missing(
        self, question: str, passages: list[Passage], filters: dict | None
    ) -> list[Passage]:
        """The best lexical passage for the question's names that no retrieved passage contains: fused
        scores can rank a passage naming "Geely and GAC" below five that share the question's other words
        ("What does that tell us about how Geely and GAC see the market?"), or else the footer of a
        retrieved document that names them. Nothing when the names are nowhere (a question about another
        company stays unanswered)."""
        retrieved = " ".join(p.chunk.text for p in passages).lower()
        missing = [name for name in _question_names(question) if name.lower() not in retrieved]
        if not missing:
            return []
        seen = {p.chunk.id for p in passages}
        found = self.retriever.search(" ".join(missing), k=1, mode="lexical", filters=filters)
        # ("Who is William Gu?": a name only a footer's contact line gives, which no search finds)
        found += [
            footer
            for document_id in dict.fromkeys(p.document_id for p in passages)
            for footer in self.retriever.footer_passages(document_id)
        ]
        return [
            p
            for p in found
            if p.chunk.id not in seen and all(name.lower() in p.chunk.text.lower() for name in missing)
        ][:1]

    def assess(
        self,
        question: str,
        passages: list[Passage],
        leaving_out: Sequence[str] = (),
        following: Sequence[str] = (),
    ) -> Assessment:
        """Score every answer-worthy sentence of ``passages`` against ``question``, but those in
        ``leaving_out`` (what the conversation has already been told, when a follow-up asks for more).
        A sentence that goes on from one in ``following`` (a follow-up asks what follows from what it was
        told) gains ``W_CONTINUATION``, and one of those told sentences that does not loses as much."""
        question = _without_exclusion(expand_contractions(_LEADING_CONJUNCTION.sub("", question.strip())))
        question = _as_asked(_plain_idioms(with_framed_name(_without_asides(question))))
        retrieved = self._candidates(passages, bool(_ASKS_WHERE_TO_LEARN_MORE.search(question)), question)
        candidates = [c for c in retrieved if not any(c.text in told for told in leaving_out)]
        texts = [c.text for c in candidates]
        question = _capital_as_country(question, texts)  # "Beijing" said "China"
        question = _spelled_out(question, texts)  # "AV" -> "autonomous vehicle"
        question = _claim_as_the_texts_have_it(question, texts)  # "RMB1.5 trillion?" read as the texts' value
        # "The NPC is China's top legislative body" is about the National People's Congress.
        definitions = _acronym_definitions([passage.chunk.text for passage in passages])
        for candidate in retrieved:
            candidate.terms = self._with_acronyms(candidate.terms, definitions)
            candidate.previous_terms = self._with_acronyms(candidate.previous_terms, definitions)
        question_terms = self._terms(question)
        # "the 2025 bond issuance" in an article of 2025: its year is the article's, which names nothing.
        document_years = {_year_of(passage) for passage in passages}
        names = [name for name in _question_names(question) if name not in document_years]
        cased = _names_cased_in(question, [c.text for c in candidates])  # "gotion ..." typed in lowercase
        names += [name for name in cased if name not in names]
        naming_no_answer = _naming_no_answer(question)
        names = [name for name in names if name not in naming_no_answer]
        if not candidates:
            return Assessment([], 0.0, 0.0, 1.0 if names else 0.0, 0.0, names=names)
        idf = _idf([c.terms for c in candidates])
        missing_idf = sum(idf.values()) / len(idf) if idf else 1.0  # an absent word weighs a typical word
        focus = _focus_phrase(question)
        self.vectors.token_vectors([question])  # one forward pass: sentence and token vectors, both cached
        vectors = self.vectors.encode([question, focus or question] + [c.text for c in candidates])
        cosines = vectors[2:] @ vectors[0]
        focus_cosines = vectors[2:] @ vectors[1]
        clause_cosines = self._clause_cosines(vectors[0], candidates)
        retrieval = _normalised_retrieval(passages)
        name_stems = [self._name_key(name) for name in names]
        # The thing asked for steers the choice like a name ("Which **industries** does the government want
        # to grow?" prefers the sentence with industries over one that shares "government" and "report").
        asked_stems = [self._name_key(word) for word in sorted(_asked_thing(question))]
        wanted_stems = name_stems + [key for key in asked_stems if key not in name_stems]
        for candidate, cosine, focus_cosine, clause_cosine in zip(
            candidates, cosines, focus_cosines, clause_cosines, strict=True
        ):
            candidate.cosine = float(cosine)
            candidate.clause_cosine = clause_cosine
            candidate.focus_cosine = float(focus_cosine)
            candidate.lexical = self._lexical(question_terms, candidate, idf)
            candidate.names = self._name_score(wanted_stems, candidate)
            candidate.retrieval = retrieval[candidate.passage_index]
            candidate.score = (
                W_COSINE * max(candidate.cosine, candidate.clause_cosine)
                + W_LEXICAL * candidate.lexical
                + W_NAMES * candidate.names
                + W_RETRIEVAL * candidate.retrieval
            )
            if any(candidate.previous_text and candidate.previous_text in told for told in following):
                candidate.score += W_CONTINUATION
            elif any(candidate.text in told for told in following):
                candidate.score -= W_CONTINUATION  # what was told, and not what follows from it
        words = _content_words(question, self._terms)
        self._prefer_what_is_asked_for(question, words, candidates, definitions, following)
        all_terms: set[str] = set().union(*(c.terms for c in retrieved))  # sentences left out still tell
        assessment = Assessment(
            candidates=candidates,
            best_cosine=float(max(cosines)),
            coverage=_coverage(question_terms, all_terms, idf, missing_idf),
            missing_names=_missing_fraction(name_stems, all_terms),
            best_lexical=max(
                _weighted_overlap(question_terms, c.terms | c.previous_terms, idf, missing_idf)
                for c in candidates
            ),
            names=names,
            answer_type_gap=_answer_type_gap(question, candidates, document_years),
        )
        # What the answer would say, against what the question asks and is about (``_focus_phrase``).
        chosen = self.select(assessment)
        assessment.focus_cosine = max(c.focus_cosine for c in chosen)
        # Against the sentence the answer leads with, the one before it and chosen sentences next to it,
        # not the whole answer: two unrelated sentences that each cover half of the question do not
        # answer it, while "He also called for enhanced safety regulations" continues CATL's sentence.
        lead = max(chosen, key=lambda c: c.score)
        unit = [c for c in chosen if c is lead or _adjacent(c, lead)]
        assessment.term_supports = self._term_supports(question, words, unit)
        focus_tokens = _TOKEN.findall(focus or "")
        focus_words = {  # ("the three main themes": how many are asked for is no word the answer needs)
            word
            for position, word in enumerate(focus_tokens)
            if word.lower() not in _GENERIC_KINDS
            and word.lower() not in _RELATIONAL_NOUNS
            and word.lower() not in _SIZE_WORDS  # ("the total issuance": the issuance, however much)
            and not _counts_what_follows(word, focus_tokens[position + 1 : position + 2])
        }
        focus_supports = _supports_of(words, assessment.term_supports, lambda word: word in focus_words)
        assessment.focus_support = min(focus_supports, default=1.0)
        # (the article's own year is no word a sentence of it needs: "the stance for 2025" in a 2025 article)
        undated = [
            (w, s) for w, s in zip(words, assessment.term_supports, strict=True) if w[0] not in document_years
        ]
        if (
            self._misses_what_the_form_requires(
                question,
                [word for word, _ in undated],
                [support for _, support in undated],
                all_terms,
                max(lead.cosine, lead.clause_cosine),
            )
            or self._lead_tells_of_something_else(
                question, words, assessment.term_supports, lead, unit, _year_of(passages[lead.passage_index])
            )
            or _remainder_untold(question, unit)
            or _record_untold(question, unit)
        ) and not self._claim_put_otherwise(question, words, assessment.term_supports, lead):
            assessment.answer_type_gap = 1.0
        return assessment

    def _claim_put_otherwise(
        self,
        question: str,
        words: list[tuple[str, tuple[int, int]]],
        supports: list[float],
        lead: Candidate,
    ) -> bool:
        """Whether a claim to check ("Was RMB500 billion set aside for trade-ins?", "Is it true the report was
        presented at the CPPCC?") is one the lead sentence puts otherwise: it has another value in the
        claim's slot (``claim_put_otherwise``) and every other word of the claim, at least loosely. Such a
        claim is answered with what the documents say instead; one whose other words are not there is
        about something they do not tell."""
        if not (_YES_NO.match(question) or _CLAIM_CHECK.match(question)) or _FURTHER_QUESTION.search(
            question
        ):
            return False
        spans = claim_put_otherwise(without_borrowed_context(question), lead.text, self.retriever.names())
        if not spans:
            return False
        # every name outside what is put otherwise is in the sentence ("Is Cairo the largest city in Egypt?"
        # is not put otherwise by a sentence about Africa)
        named = [
            name
            for name in re.finditer(r"\b[A-Z][\w&-]+", question)
            if name.start() > 0 and not any(left <= name.start() < right for left, right in spans)
        ]
        told = f"{lead.previous_text} {lead.text}".lower()
        if any(name.group().lower().removesuffix("'s").removesuffix("’s") not in told for name in named):
            return False
        # ("the article calls China ...": the document speaks, its words are not the claim's)
        speaking = _DOCUMENT_SPEAKS.search(question)
        if speaking:
            spans.append(speaking.span())
        rest = [
            support
            for (word, (start, _)), support in zip(words, supports, strict=True)
            if not any(left <= start < right for left, right in spans)
            and word.lower() not in _GENERIC_KINDS
            and word.lower() not in _TELLING_VERBS
        ]
        return all(support >= LOOSE_SUPPORT for support in rest)

    def _lead_tells_of_something_else(
        self,
        question: str,
        words: list[tuple[str, tuple[int, int]]],
        supports: list[float],
        lead: Candidate,
        unit: Sequence[Candidate] = (),
        document_year: str | None = None,
    ) -> bool:
        """The checks of the lead sentence itself: a figure of another thing, another kind of the thing
        ("battery transportation regulations"), the second largest for the largest, someone else acting,
        one side only of a comparison with last year, or another year than the one asked about (told by
        the lead or the sentences next to it that the answer gives with it, ``unit``)."""
        return (
            self._figures_measure_something_else(question, lead)
            or _per_unit_absent(question, lead.text)
            or _opposition_absent(question, lead.text)
            or self._outcome_absent(question, lead.terms | lead.previous_terms)
            or _contrasting_modifier(question, words, supports, lead.text)
            or _ranks_below_the_asked_superlative(question, lead.text)
            or self._actor_absent(question, lead, document_year)
            or _compares_with_an_absent_past(question, lead.text)
            or _event_absent(question, lead.text)
            or _dated_otherwise(
                question, " ".join([lead.previous_text] + [c.text for c in unit]), document_year
            )
        )

    def _misses_what_the_form_requires(
        self,
        question: str,
        words: list[tuple[str, tuple[int, int]]],
        supports: list[float],
        present: set[str],
        lead_cosine: float = 0.0,
    ) -> bool:
        """The rules read off the question's wording that the lead sentence's word supports must meet:
        the thing asked for ("What penalty did CALB propose?", "How many delegates ...?") and the ones
        reacting ("How did stock markets react to ...?") must be in the answer or close to it, and whoever
        a question asks the words of ("What did Tesla say ...?") and a place it is bounded to ("... in Hong
        Kong?") must be in the retrieved text."""
        return (
            self._asked_or_reacting_unsupported(question, words, supports)
            or self._loosely_unsupported(question, words, supports, lead_cosine)
            or self._speaker_absent(question, present)
            or self._bounded_place_absent(question, present)
        )

    def _outcome_absent(self, question: str, present: set[str]) -> bool:
        """ "How many of those were approved?" counts the ones with that outcome: the word for it must be in
        the sentence (or the one before it), or its figure counts all of them ("applications exceeded four
        million")."""
        counted = _COUNTED_AS.match(question)
        if counted is None or counted.group(1).lower() not in _OUTCOME_WORDS:
            return False
        return not self._terms(counted.group(1)) & present

    @staticmethod
    def _asked_or_reacting_unsupported(
        question: str, words: list[tuple[str, tuple[int, int]]], supports: list[float]
    ) -> bool:
        """The thing asked for, or the head of who reacted, has no word at least ASKED_THING_SUPPORT close."""
        things = _asked_thing(question)
        borrowed = borrowed_context(question)
        if not things and borrowed and _MEASURE_OF_IT.match(question):
            # "And last year, how much was it (How much ultra-long bond this year)?": the bond's figure
            things = _asked_thing(borrowed)
        # ("ultra-long bond": the text's "ultra-long-term" has the asked word's parts)
        asked = {part for thing in things for part in (thing, *thing.split("-"))}
        reacting = _head_words(_reacting_subject(question))
        asked_found = _supports_of(words, supports, lambda word: bool(asked & set(_bare(word).split("-"))))
        reacting_found = _supports_of(words, supports, lambda word: _bare(word) in reacting)
        if any(found and max(found) < ASKED_THING_SUPPORT for found in (asked_found, reacting_found)):
            return True
        # "How much lithium carbonate price support ...?": most of what names the thing asked for is absent
        weak = [support for support in asked_found if support < LOOSE_SUPPORT]
        return len(weak) >= 2 and len(weak) * 2 >= len(asked_found)

    @staticmethod
    def _loosely_unsupported(
        question: str, words: list[tuple[str, tuple[int, int]]], supports: list[float], lead_cosine: float
    ) -> bool:
        """A word of the about phrase, or of a yes/no question, is not even loosely in the answer."""
        # What the answer is to be about ("... say about battery **recycling**?") must be in it, each word
        # at least loosely: a word less than LOOSE_SUPPORT close is another topic.
        # So must where a share asked for goes ("How much of the bonds goes to **equipment upgrades**?").
        about = set(_TOKEN.findall(_about_topic(question) + " " + _share_destination(question)))
        # ("say about Xiaomi's position on X": Xiaomi and X, in any words of its view)
        about -= _RELATIONAL_NOUNS
        found = _supports_of(words, supports, lambda word: word in about)
        if found and min(found) < LOOSE_SUPPORT:
            return True
        # A part counted of a whole ("Of those applications, how many were for plug-in hybrids?") is a
        # narrower thing than the whole: most of its words must be in the answer, not just near it.
        # What someone is asked to have called for ("Which company called for a carbon disclosure standard?")
        # is not the call of a sentence that says most of it otherwise.
        called_for = set(_TOKEN.findall(_thing_called_for(question)))
        called = _supports_of(words, supports, lambda word: word in called_for)
        weak_calls = [support for support in called if support < ASKED_THING_SUPPORT]
        if len(weak_calls) >= 2 and len(weak_calls) * 2 >= len(called) and min(weak_calls) < LOOSE_SUPPORT:
            return True
        part = set(_TOKEN.findall(_share_destination(question))) if _COUNTS_A_PART.match(question) else set()
        narrowed = _supports_of(words, supports, lambda word: word in part)
        if narrowed and sum(support < ASKED_THING_SUPPORT for support in narrowed) * 2 > len(narrowed):
            return True
        # So must paying for something ("Who pays for the stations?" is not answered by who called for them,
        # while who "raised" or "feeds data into" a thing may be told in other words).
        done = _WHO_PAYS.match(question)
        acted = [
            support
            for (_, (start, _)), support in zip(words, supports, strict=True)
            if done and start == done.start("verb")
        ]
        if acted and acted[0] < LOOSE_SUPPORT:
            return True
        # A yes/no question asks whether the text says just that ("Did the NPC approve Tianneng's proposal?"):
        # each of its words must be there at least loosely, unless the sentence as a whole says the same
        # ("Has the trade-in scheme mattered for EV demand?" / "... has been key for expanding EV demand").
        # Not when it goes on to ask more ("Is the meeting over, and what did it set out?").
        # Not a word for a kind ("can the advisory **group** pass laws?": the CPPCC is an advisory body).
        # "Did anyone at the meetings ask for X?" claims X, not where it was asked.
        setting = _SETTING.search(question) if _ASKS_IF_ANYONE.match(question) else None
        # "Is X the headline issue, or is that just spin?": an alternative offered is not a claim.
        alternative = _OFFERED_ALTERNATIVE.search(question)
        # "bond issuance 2025: total?" asks for a figure (``_answer_type_gap``), not for the word "total"
        asked_measure = _MEASURE_AFTER_COLON.search(question.lower())
        if asked_measure and asked_measure.group("noun") not in _MEASURE_NOUNS:
            asked_measure = None
        # "Does the work report leave room to ...?": a document speaks, its words need not be in what it says
        document = _speaking_document(question)
        speaking = question.find(document) if document else -1
        borrowed = (
            question.rfind(" (") if question.rstrip(" ?").endswith(")") else -1
        )  # a follow-up's context
        # "Is it true that Beijing announced a loose policy?": the policy is what is claimed
        claim_checked = bool(
            _CLAIM_CHECK.match(question) or _ANY_THING.match(question)
        )  # "any room flagged?"
        weak = sum(
            support < LOOSE_SUPPORT
            for (word, (start, _)), support in zip(words, supports, strict=True)
            if word.lower() not in _GENERIC_KINDS
            and not (claim_checked and word.lower() in _TELLING_VERBS)
            and not (0 <= speaking <= start < speaking + len(document))
            and not (borrowed >= 0 and start > borrowed)
            and not (asked_measure and start >= asked_measure.start())
            and not (setting and setting.start() <= start < setting.end())
            and not (alternative and start >= alternative.start())
        )
        if lead_cosine >= SAME_MEANING_COSINE:
            return False
        # Keywords alone ("NEV purchase tax exemption extension?") are held to the same, but one word the
        # text puts otherwise is let pass ("special govt bond issuance": the text says "issuance" alone).
        if _keywords_only(question):
            # with small words between them ("EU tariffs on EVs: response at the forum?") there are more
            # words to be put otherwise, so one more may be
            light = any(_bare(token) in _LIGHT_WORDS for token in _TOKEN.findall(question.lower()))
            return weak >= (3 if light else 2)
        yes_no = bool(_YES_NO.match(question) or _ANY_THING.match(question))
        return yes_no and weak > 0 and not _FURTHER_QUESTION.search(question)

    def _actor_absent(self, question: str, lead: Candidate, document_year: str | None = None) -> bool:
        """Whether the name that acts in the question ("What new law will **the NPC** pass ...?"), or any
        name of a yes/no question, is missing
        from the sentence the answer leads with (and from its title, and from the sentence it refers back
        to): then the sentence tells what someone else did ("CALB called for ... patent litigation")."""
        # A yes/no question asks whether the text says just that, so all its names must be there ("Did the
        # NPC approve Tianneng's proposal?" is not answered by the NPC's duties).
        if _ASKS_IF_ANYONE.match(question):
            return False  # "Did anyone at the Harbour Forum talk about X?": nobody named acts
        named = question if _YES_NO.match(question) else _acting_name(question)
        # (the year of the lead's own document is none: "Does the stance for 2025 ..." in a 2025 article)
        names = [
            name
            for name in _question_names(named)
            if name.lower() not in _ROLE_WORDS and name != document_year
        ]
        speaking = _speaking_document(question)  # "What did the NPC work report say?": the report speaks
        if speaking:
            names = [name for name in names if name not in speaking]
        if not names:
            return False
        terms = lead.terms | lead.title_terms | lead.heading_names
        if _opens_anaphorically(lead.text):
            terms |= lead.previous_terms
        return not all(_name_in(self._name_key(name), terms) for name in names)

    def _speaker_absent(self, question: str, present: set[str]) -> bool:
        """Whoever the question asks the words of is nowhere in the retrieved text."""
        speaker_phrase = _speaker(question)
        # In a question typed all in lowercase ("did tesla say anything ...") capitals mark no names, so
        # every word of the speaker phrase is taken for one.
        named = (
            _question_names(speaker_phrase)
            if question != question.lower()
            else [
                word
                for word in _TOKEN.findall(speaker_phrase)
                if word not in _STOPWORDS
                and word not in _GENERIC_KINDS
                and word not in _HOW_MANY_WORDS
                and not _is_agent_word(word)
            ]
        )  # "did tesla say ...", but "what did economists say ..." or "a lot of people" names no one
        speaker = self._speaker_keys(named)
        return bool(speaker) and not any(_name_in(name, present) for name in speaker)

    def _bounded_place_absent(self, question: str, present: set[str]) -> bool:
        """A country or territory the question is bounded to is nowhere in the retrieved text."""
        # A country or territory the question is bounded to ("... list **in Hong Kong**?") must be in the
        # retrieved text. Only those: "in Galliformes", "in MRI" or "at PCNA K164" are no places.
        for place in (name for name in _LOCATED_NAME.findall(question) if _names_country(name)):
            keys = [self._name_key(name) for name in _question_names(place)]
            aliases = _PLACE_ALIASES.get(place.lower().removeprefix("the "), set())
            alias_terms = set().union(*(_content_terms(alias) for alias in aliases))
            if not all(_name_in(key, present) for key in keys) and not alias_terms & present:
                return True  # "... in the United States?" is also there as "the U.S."
        return False

    def _prefer_what_is_asked_for(
        self,
        question: str,
        words: list[tuple[str, tuple[int, int]]],
        candidates: list[Candidate],
        definitions: dict[str, str],
        following: Sequence[str] = (),
    ) -> None:
        """Adjust the scores where the question says what it wants: the speaker's sentences, the one
        spelling out an acronym, the best few rescored word by word, the sentences on what it asks about,
        a dated sentence for "When did ...?"."""
        self._prefer_the_speaker(question, candidates)
        long_forms = _long_forms(question, definitions) if _EXPANSION_QUESTION.search(question) else []
        if long_forms:  # "CPPCC full name": the sentence that spells it out
            spelled = [_dedupe_key(form) for form in long_forms]
            _prefer(candidates, lambda c: any(form in _dedupe_key(c.text) for form in spelled))
        self._rerank_by_word_support(question, words, candidates)
        topic = self._terms(_about_topic(question))
        speaker = _speaker(question)
        if topic and (not speaker or _DOCUMENT_WORD.search(speaker)):
            # "Which companies talked about battery swapping at the CPPCC?": the sentences with battery
            # swapping (with a speaker, "What did CALB say about ...?", the speaker's sentences come first).
            _prefer(candidates, lambda c: topic <= c.terms)
        wanted = _expected_answer_type(question)
        if wanted == "role":  # "In what capacity did X speak?": "The CEO of X"
            top = sorted(candidates, key=lambda c: c.score, reverse=True)[:RERANK_DEPTH]
            _prefer(top, lambda c: _gives_answer_type("role", c.text, question))
        if wanted == "quantity":
            # "How much for the trade in scheme?": the sentence with a figure that has every word asked ("Of
            # this RMB300 billion ... the trade in scheme"), not the one saying what the scheme did; a figure
            # of something else ("How big is the defence budget?") is no answer, however near, and "how much"
            # asks a sum of money ("four million applications" is none)
            asked = self._terms(question)
            money = re.match(r"\W*(?:and\s+|so\s+)?how\s+much\b", without_borrowed_context(question), re.I)
            top = sorted(candidates, key=lambda c: c.score, reverse=True)[:RERANK_DEPTH]
            _prefer(
                top,
                lambda c: (
                    asked <= c.terms
                    and _gives_answer_type(wanted, c.text, question)
                    and (not money or bool(_MONEY_ANSWER.search(c.text)))
                ),
            )
        if _PAST_WHEN.match(question.lower()):  # "When did the government first cut the RRR?": a dated one
            top = sorted(candidates, key=lambda c: c.score, reverse=True)[:RERANK_DEPTH]
            _prefer(top, lambda c: bool(_DATE_ANSWER.search(c.text)))
        if not _NEGATION.search(question) and not _YES_NO.match(question) and ":" not in question:
            # "Which of the NPC and the CPPCC is the legislative one?": not the sentence that says the CPPCC
            # is "without legislative power" (which does answer "Does the CPPCC have legislative power?", and
            # "CPPCC: legislative power?").
            asked_terms = self._terms(question)
            top = sorted(candidates, key=lambda c: c.score, reverse=True)[:RERANK_DEPTH]
            _prefer(top, lambda c: not asked_terms & self._negated_terms(c.text))
        if _ASKS_A_REASON.search(without_borrowed_context(question)):
            # "Why would that help EV makers?": the sentence that gives a cause or an effect ("... as reduced
            # interest rates and more accessible credit encourages investment"), not one that only shares
            # the question's words ("EV companies had a positive reaction ...").
            self._prefer_a_reason(question, candidates, following)
        if _ranks_first(question):
            # "What was the single biggest theme?": the sentence that ranks something ("many viewing it as
            # the most important topic"), not one listing themes.
            top = sorted(candidates, key=lambda c: c.score, reverse=True)[:RERANK_DEPTH]
            _prefer(top, lambda c: _ranks_first(c.text))

    def _prefer_a_reason(
        self, question: str, candidates: list[Candidate], following: Sequence[str] = ()
    ) -> None:
        """Of the best candidates, those that give a cause, a purpose or an effect (``_GIVES_A_REASON``)
        and share the most of the question's terms, read with the sentence a "This ..." refers back to: "Why
        would the monetary policy help EV makers?" is answered by "This could allow ... as reduced interest
        rates ... encourages investment" after the monetary-policy sentence, not by "The trade in scheme
        has been key for expanding EV demand". A sentence going on from one in ``following`` (what "Why does
        that matter?" leans on) is about all the question asks."""
        # (whom it would help is no measure of the cause: "Chinese EV & battery companies had a positive
        # reaction ..." shares "EV and battery companies" with the question, not why it would help them)
        asked = self._terms(_WHOM_IT_HELPS.sub("", question)) or self._terms(question)
        top = sorted(candidates, key=lambda c: c.score, reverse=True)[: 2 * RERANK_DEPTH]

        def shared(candidate: Candidate) -> int:
            if any(candidate.previous_text and candidate.previous_text in told for told in following):
                return len(asked)
            return len(asked & _with_antecedent_terms(candidate))

        reasons = [candidate for candidate in top if _GIVES_A_REASON.search(candidate.text)]
        most = max((shared(candidate) for candidate in reasons), default=0)
        if not most or most < max(shared(candidate) for candidate in top):
            return  # no cause as close to the question as the sentences that only share its words
        # whose cause is asked ("Why did Gotion want it?") must be named, but not whom it is for ("... matter
        # for EV makers?"): a cause of another company's is no answer
        whose = [self._name_key(name) for name in _question_names(_FOR_WHOM.sub("", question))]

        kept = [
            candidate
            for candidate in reasons
            if shared(candidate) == most
            and all(_name_in(name, _with_antecedent_terms(candidate)) for name in whose)
        ]
        if not kept:
            return
        chosen = {id(candidate) for candidate in kept}
        _prefer(top, lambda c: id(c) in chosen)
        others = [candidate.score for candidate in top if id(candidate) not in chosen]
        # a cause outranks any sentence that is no cause, however close in wording (causes keep their order)
        lift = max(0.0, max(others, default=0.0) + REASON_LEAD - max(candidate.score for candidate in kept))
        for candidate in kept:
            candidate.score += lift

    def _negated_terms(self, text: str) -> set[str]:
        """The terms of the words a sentence says are not so: up to three words after "without", "not",
        "no", "never", "lacks" ("... without legislative power" -> legislative, power)."""
        return set().union(*(self._terms(match.group(1)) for match in _NEGATED.finditer(text)))

    def _rerank_by_word_support(
        self, question: str, words: list[tuple[str, tuple[int, int]]], candidates: list[Candidate]
    ) -> None:
        """The few best candidates, scored again word by word: each gains ``W_SUPPORT`` times the mean
        support of the question's content words in it (token-level alignment, as for ``term_support``), so
        "What themes did the meetings stress?" finds "put a strong emphasis on" that a whole-sentence
        cosine ranks below a sentence merely about the meetings. ``words``: the question's content words."""
        if not words or len(candidates) < 2:
            return
        for candidate in sorted(candidates, key=lambda c: c.score, reverse=True)[:RERANK_DEPTH]:
            supports = self._term_supports(question, words, [candidate])
            candidate.score += W_SUPPORT * sum(supports) / len(supports)

    def _prefer_the_speaker(self, question: str, candidates: list[Candidate]) -> None:
        """ "What did GAC say at the CPPCC?" asks for GAC's words: when some sentences name the speaker (or
        continue one that does, "He also ..."), the others lose ``PREFERENCE_SHARE`` of their score, however
        well they match the rest ("the CPPCC is an advisory body ...")."""
        document = _speaking_document(question)
        if document:  # "What did the work report say about X?": a text's words are the sentences on X,
            # not one that tells of the text ("The work report presented at the NPC gave ... insights")
            # the document's own words ("work report"), not who speaks through it ("the government")
            document_terms = self._terms(_DOCUMENT_PHRASE.search(document).group())
            _prefer(candidates, lambda candidate: not document_terms <= candidate.terms)
            return
        speaker = self._speaker_keys(_question_names(_speaker(question)))
        if not speaker:
            return

        def names_speaker(candidate: Candidate) -> bool:
            terms = candidate.terms
            if _opens_anaphorically(candidate.text):
                terms = terms | candidate.previous_terms
            return any(_name_in(name, terms) for name in speaker)

        _prefer(candidates, names_speaker)

    def _speaker_keys(self, names: list[str]) -> list[str]:
        """The name keys of a speaker phrase's names, titles aside ("Tesla's CEO" -> tesla)."""
        return [self._name_key(name) for name in names if _bare(name) not in _ROLE_WORDS]

    def _figures_measure_something_else(self, question: str, lead: Candidate) -> bool:
        """Whether a how-many/how-much question gets a figure of something else: "How many EVs were sold in
        2024?" is not answered by "In 2024, total applications for the trade in scheme exceeded four
        million", a figure of applications. Only when every figure's noun can be read (``_figure_measures``)
        and none is one of the asked words, spelled alike or close to one (contextual token cosine, as for
        ``ASKED_THING_SUPPORT``)."""
        asked = _asked_measure(question)
        if not asked and _COUNTS_PEOPLE.search(question):
            # "How many people are in the NPC?" is not answered by "two key political bodies": people are
            # counted in any word for them, but not in one for institutions
            measures = _figure_measures(lead.text) or []
            nouns = [lead.text[start:end].lower() for start, end in measures]
            return bool(nouns) and all(noun.rstrip("s") in _INSTITUTION_NOUNS for noun in nouns)
        measures = _figure_measures(lead.text) if asked else None
        if not asked or not measures:
            return False
        for start, end in asked:
            word = question[start:end].lower()
            for measure_start, measure_end in measures:
                measure = lead.text[measure_start:measure_end].lower()
                if self._terms(word) & self._terms(measure) or _spelled_alike(word, measure):
                    return False
        question_tokens, lead_tokens = self.vectors.token_vectors([question, lead.text])
        wanted = [vector for vector in _word_vectors(asked, question_tokens) if vector is not None]
        found = [vector for vector in _word_vectors(measures, lead_tokens) if vector is not None]
        if not wanted or not found:
            return False
        return max(float(a @ b) for a in wanted for b in found) < ASKED_THING_SUPPORT

    @staticmethod
    def confidence(assessment: Assessment) -> float:
        """Calibrated probability that the passages answer the question (logistic over the features),
        at most ``ANSWER_TYPE_CAP`` when the answer lacks what the question's form requires (a figure,
        date, place or name, the thing asked for, the speaker; ``Assessment.answer_type_gap``)."""
        if not assessment.candidates:
            return 0.0
        z = CALIBRATION_BIAS + sum(
            w * x for w, x in zip(CALIBRATION_WEIGHTS, assessment.features, strict=True)
        )
        probability = 1.0 / (1.0 + math.exp(-z))
        return min(probability, ANSWER_TYPE_CAP) if assessment.answer_type_gap else probability

    def select(self, assessment: Assessment) -> list[Candidate]:
        """The best sentence, plus its antecedent, a close runner-up or a next sentence closer in meaning to
        the question, deduplicated, in document order."""
        ranked = sorted(assessment.candidates, key=lambda c: c.score, reverse=True)
        if not ranked:
            return []
        best = ranked[0]
        chosen = [best]
        if self.answer_sentences > 1 and _opens_anaphorically(best.text):
            antecedent = _antecedent(best, assessment.candidates)
            if antecedent is not None:
                chosen.append(antecedent)
        closest = max(ranked, key=lambda c: c.cosine)
        for runner_up in ranked[1:]:
            if len(chosen) >= self.answer_sentences:
                break
            adjacent = _adjacent(runner_up, best)
            follows = adjacent and runner_up.previous_text == best.text
            share = ADJACENT_SHARE if follows else RUNNER_UP_SHARE
            # The sentence closest in meaning continues the one with the question's words: "... a strong
            # emphasis on AI in industry." + "Within the battery industry this could lead to ...".
            continues = adjacent and runner_up is closest
            if not continues and (
                runner_up.score < best.score * share or (runner_up.names < best.names and not adjacent)
            ):
                continue
            if best.preferred and not runner_up.preferred:
                continue  # "What did CALB say ...?": Gotion's sentence next to CALB's is not CALB's words
            if not any(_near_duplicate(runner_up, kept) for kept in chosen):
                chosen.append(runner_up)
        return sorted(chosen, key=lambda c: (c.passage_index != best.passage_index, c.document_id, c.start))

    # ------------------------------------------------------------------ internals
    def _candidates(
        self,
        passages: list[Passage],
        calls_to_action: bool = False,
        question: str = "",
    ) -> list[Candidate]:
        """Answer-worthy sentences of the passages: no headings, one copy of each repeated sentence, and
        no call to action ("For more information ... get in touch.") unless ``calls_to_action`` (the
        question asks how to learn more). A labelled headline ("Key Read: ...") answers that question,
        and one that asks what the headline itself says (``_asks_the_headline``)."""
        seen: set[str] = set()
        out: list[Candidate] = []
        for index, passage in enumerate(passages):
            chunk = passage.chunk
            previous_text = ""
            for start, end in _sentence_spans(chunk.text, chunk.start, chunk.sentences):
                text = chunk.text[start - chunk.start : end - chunk.start]
                headline_asked = bool(question) and self._asks_the_headline(text, question)
                if _is_heading(text, calls_to_action or headline_asked):
                    previous_text = ""
                    continue
                key = _dedupe_key(text)
                if key not in seen:
                    seen.add(key)
                    out.append(
                        Candidate(
                            passage_index=index,
                            document_id=passage.document_id,
                            start=start,
                            end=end,
                            text=text,
                            previous_text=previous_text,
                            terms=self._terms(text),
                            previous_terms=self._terms(previous_text),
                            title_terms=_title_terms(passage.title or ""),
                            title_names=_title_names(passage.title or ""),
                            heading_names=_heading_names(
                                tuple(h for h in chunk.heading_path if h != passage.title)
                            ),
                        )
                    )
                previous_text = text
        return out

    def _asks_the_headline(self, text: str, question: str) -> bool:
        """Whether a question asks what a labelled headline itself states: where, how many, or why, given
        by the headline ("Where are Chinese EV and battery players looking to raise funds?" of "Key Read:
        Chinese EV & Battery players look to Hong Kong to raise funds ahead of global expansion"), of what
        the question shares with it (``HEADLINE_TERMS_ASKED`` words). Not what another piece says behind
        its headline ("What are the four key challenges recyclers face?", "Which EV makers listed in Hong
        Kong?"): the headline only names those."""
        labelled = _LABELLED_HEADLINE.match(text.strip())
        if not labelled or not _is_labelled_headline(text):
            return False
        headline = labelled.group("headline")
        label = text.strip()[: labelled.start("headline")].rstrip(" :").lower()
        # the line with that label: "What's the key read about Hong Kong?", "Is there a key read about Hong
        # Kong?", "Article has Key Read about EU also?"
        named = rf"\b{re.escape(label)}s?\b"
        if re.search(named, question.lower()) and _WHICH_ONE_ABOUT.search(question):
            return True
        if re.search(rf"{named}[\"”’']?\s+(?:about|on|regarding)\b", question.lower()):
            return True
        # (words, not the synonym keys they add: "new" and "Leeds" alone do not ask a headline)
        # (the question's words are stemmed here, for the few labelled lines, not for every ask)
        question_terms = self._terms(question)
        shared = {term for term in question_terms & self._terms(headline) if not term.startswith("=")}
        if len(shared) < HEADLINE_TERMS_ASKED:
            return False
        wanted = _expected_answer_type(question)
        if wanted in ("place", "quantity"):
            return _gives_answer_type(wanted, headline, question)
        purpose = _HEADLINE_PURPOSE.search(headline)  # "... to raise funds": why they look there
        return (
            bool(_WHY.match(question.strip()))
            and purpose is not None
            and not (self._terms(purpose.group()) & question_terms)
        )

    def _terms(self, text: str) -> set[str]:
        """Stemmed content words, cut to ``STEM_PREFIX`` characters so "emphasise"/"emphasis" meet.

        Stopwords are dropped (but not an acronym spelled like one: "US" is no "us"), hyphenated words
        also count as their parts ("trade-in" -> trade), and tokens with digits are kept as written
        ("rmb1.3").
        """
        return set(_content_terms(text))

    def _with_acronyms(self, terms: set[str], definitions: dict[str, str]) -> set[str]:
        """``terms`` plus, for each acronym the passages define, its long form where the acronym occurs and
        the acronym where its whole long form does ("RRR" <-> "reserve requirement ratio")."""
        expanded = set(terms)
        for acronym, long_form in definitions.items():
            short, long = self._terms(acronym), self._terms(long_form)
            if short & terms:
                expanded |= long
            elif long and long <= terms:
                expanded |= short
        return expanded

    def _term_supports(
        self,
        question: str,
        words: list[tuple[str, tuple[int, int]]],
        chosen: list[Candidate],
    ) -> list[float]:
        """How well each content word of the question (``words``) is matched by what the answer says.

        1.0 for a word whose stem occurs in a chosen sentence or the sentence it refers back to (their terms
        include the long forms of the acronyms they use, ``_with_acronyms``); otherwise the
        best cosine between the word's contextual vector in the question and any token's contextual vector
        there (BERTScore-style alignment: "abusing patents" finds "patent misuse"; "tariffs" finds
        nothing close in a sentence about interest rates).
        """
        if not words:
            return []
        # The sentence before counts only for one that refers back to it ("He also called for ..."): after
        # "Both Geely and GAC mentioned ... swapping", "Lastly Xiaomi advocated ..." says nothing of swapping.
        referring = [c for c in chosen if c.previous_text and _continues_previous(c.text)]
        context = [c.text for c in chosen] + [c.previous_text for c in referring]
        present: set[str] = set().union(
            *(c.terms | c.title_names | c.heading_names for c in chosen),
            *(c.previous_terms for c in referring),
        )  # what the title and headings name is every sentence's context (not their other words: "annual")
        supports = [1.0 if self._terms(word) & present else 0.0 for word, _ in words]
        if all(supports):
            return supports
        written = {w.lower() for c in context for w in _TOKEN.findall(c)}
        for i, (word, _) in enumerate(words):
            if not supports[i] and any(_spelled_alike(word.lower(), other) for other in written):
                supports[i] = 1.0  # "aplications" is a typo for "applications", not another word
        token_sets = self.vectors.token_vectors([question, *context])
        context_tokens = [tokens.vectors for tokens in token_sets[1:] if len(tokens.vectors)]
        if not context_tokens:
            return supports
        matrix = np.vstack(context_tokens)
        for i, vector in enumerate(_word_vectors([span for _, span in words], token_sets[0])):
            # A number is there or not: "2024" is not supported by a "2025" that looks alike.
            if not supports[i] and vector is not None and not any(ch.isdigit() for ch in words[i][0]):
                supports[i] = max(0.0, float((matrix @ vector).max()))
        return supports

    def _clause_cosines(self, question_vector: np.ndarray, candidates: list[Candidate]) -> list[float]:
        """For each candidate, the best cosine between the question and one of its clauses (0.0 for a
        sentence of one clause). A long sentence's vector averages all it says, so the clause that answers
        ("..., with many viewing it as the most important topic") can be far closer than the whole."""
        clauses = [_clauses(c.text) for c in candidates]
        flat = [clause for parts in clauses for clause in parts]
        if not flat:
            return [0.0] * len(candidates)
        cosines = iter((self.vectors.encode(flat) @ question_vector).tolist())
        return [max((next(cosines) for _ in parts), default=0.0) for parts in clauses]

    @staticmethod
    def _lexical(question_terms: set[str], candidate: Candidate, idf: dict[str, float]) -> float:
        """The IDF-weighted share of the question's terms in the sentence and its document's title (every
        sentence of an article titled "China's Two Sessions ..." is about the Two Sessions, so those words
        do not single out the sentences that repeat them); a sentence that refers back ("Of this RMB300
        billion ...") has part of the terms of the sentence it refers to."""
        own_terms = candidate.terms | candidate.title_terms
        own = _weighted_overlap(question_terms, own_terms, idf, None)
        if not _opens_anaphorically(candidate.text) or not candidate.previous_terms:
            return own
        both = own_terms | candidate.previous_terms
        return max(own, INHERITED_CREDIT * _weighted_overlap(question_terms, both, idf, None))

    def _name_key(self, name: str) -> str:
        """A question name in the form sentence terms take (lowercase; stemmed unless it has digits)."""
        lowered = name.lower().replace("’", "'").removesuffix("'s")
        return lowered if any(ch.isdigit() for ch in lowered) else stem_word(lowered)[:STEM_PREFIX]

    def _name_score(self, name_stems: list[str], candidate: Candidate) -> float:
        """Fraction of the question's names in the sentence; half credit via an anaphoric antecedent."""
        if not name_stems:
            return 0.0
        # A name in the document's title is what all of it is about, so every sentence has it; one in the
        # headings above the sentence, what its section is about.
        terms = candidate.terms | candidate.title_terms | candidate.heading_names
        own = sum(1 for name in name_stems if _name_in(name, terms)) / len(name_stems)
        if own >= 1.0 or not _opens_anaphorically(candidate.text):
            return own
        inherited = sum(1 for name in name_stems if _name_in(name, candidate.previous_terms))
        inherited /= len(name_stems)
        return max(own, INHERITED_CREDIT * inherited)

    def _compose(
        self, question: str, passages: list[Passage], chosen: list[Candidate], confidence: float
    ) -> Answer:
        """Join the chosen sentences with ``[n]`` markers and build one citation per sentence."""
        if not chosen:
            text = NOT_IN_DOCUMENTS + (" " + NEAREST_NOTE if passages else "")
            return Answer(question, text, [], passages, round(confidence, 4), True)
        citations: list[Citation] = []
        parts: list[str] = []
        for marker, candidate in enumerate(chosen, start=1):
            passage = passages[candidate.passage_index]
            citations.append(
                Citation(
                    marker=marker,
                    passage=candidate.passage_index + 1,
                    document_id=passage.document_id,
                    title=passage.title,
                    source=passage.source,
                    start=candidate.start,
                    end=candidate.end,
                    page=passage.page_at(candidate.start),
                    quote=candidate.text,
                )
            )
            parts.append(f"{candidate.text} [{marker}]")
        return Answer(
            question=question,
            answer=" ".join(parts),
            citations=citations,
            passages=passages,
            confidence=round(confidence, 4),
            abstained=False,
            sentences=[c.text for c in chosen],
        )


# "the article calls X ...", "the report describes X as ...": what the document says, not what it is about.
_DOCUMENT_SPEAKS = re.compile(
    r"\b(?:the\s+)?(?:article|text|piece|report|document|author|writer)\s+(?:calls?|describes?|says?|puts?|"
    r"refers\s+to|labels?|characteri[sz]es)\b",
    re.I,
)
# "Which body makes the laws?", "Who heard the companies?", "Name the body ...": the answer is a name.
_ASKS_WHICH_ONE = re.compile(r"^(?:(?:and|so|but|ok|okay)[\s,]+)?(?:which|who|whom)\b", re.IGNORECASE)
# "the full (official) name of the advisory body": a body an acronym may name (not a person or a place).
_FULL_NAME_OF_BODY = re.compile(
    rf"\b{FULL_NAME}\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}(?:body|bodies|organi[sz]ation|committee|"
    r"agency|council|conference|congress|bureau|ministry|department|panel|board|authority|institution|"
    r"association|assembly|parliament|legislature|chamber)\b",
    re.I,
)
# "It is called ...", "known as ...": a sentence that names something already.
_NAMING = re.compile(r"\b(?:called|named|known\s+as|full\s+name)\b", re.I)


# ---------------------------------------------------------------------- helpers
def _first_among(first: Passage, passages: list[Passage]) -> list[Passage]:
    """``first``, then the other passages in their order, as many in all as there were, ranked 1, 2, ..."""
    ordered = [first] + [p for p in passages if p.chunk.id != first.chunk.id]
    return [replace(p, rank=rank) for rank, p in enumerate(ordered[: len(passages)], start=1)]


def _header_field_span(passage: Passage, keys: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of the first of ``keys`` that the document's header has as a ``key: value`` line, in
    the passage holding that header: the document's opening chunk, whose first line is a field the
    document's metadata has too (so only front matter kept as the text's header counts, never a body
    line that happens to read "Date: ...")."""
    chunk = passage.chunk
    if chunk.start != 0:
        return None
    lines = list(re.finditer(r"^([A-Za-z_][\w-]*):[ \t]*(\S.*?)[ \t]*$", chunk.text, re.MULTILINE))
    fields = {match.group(1).lower(): match for match in lines}
    if not lines or lines[0].start() != 0 or lines[0].group(1) not in passage.metadata:
        return None
    for key in keys:
        match = fields.get(key)
        if match is not None and match.group(1) in passage.metadata:
            return chunk.start + match.start(), chunk.start + match.end()
    return None


@functools.lru_cache(maxsize=4096)
def _title_terms(title: str) -> frozenset[str]:
    """A title's words as every sentence's context, as written: its synonyms would give every sentence of
    the document the same stretch ("focus" in the title is not each sentence's "emphasis")."""
    return frozenset(term for term in _content_terms(title) if not term.startswith("="))


@functools.lru_cache(maxsize=4096)
def _title_names(title: str) -> frozenset[str]:
    """The terms of a title's capitalised words ("China's annual **Two Sessions** ..."): what it names."""
    return frozenset().union(*(_title_terms(word) for word in _TOKEN.findall(title) if word[:1].isupper()))


@functools.lru_cache(maxsize=4096)
def _heading_names(headings: tuple[str, ...]) -> frozenset[str]:
    """The names of the headings a sentence sits under ("Take aways from the **CPPCC**"): where what the
    section tells was said, which its sentences need not repeat ("Did Xiaomi say anything at the CPPCC
    ...?"). Acronyms, and capitalised words past a heading's first (headings capitalise their first)."""
    names = [
        word
        for heading in headings
        for position, word in enumerate(_TOKEN.findall(heading))
        if _is_acronym(word) or (position > 0 and word[:1].isupper())
    ]
    return frozenset().union(*(_title_terms(word) for word in names))


def _ms_since(clock: float) -> float:
    return round((time.perf_counter() - clock) * 1000.0, 3)


def _sentence_spans(text: str, offset: int, sentences: Sequence[object]) -> list[tuple[int, int]]:
    """Absolute sentence spans inside a chunk, split further at line breaks and trimmed of whitespace.

    Splitting at newlines keeps a heading glued to the next sentence ("Batteries\\n\\nThe CEO ...") from
    becoming part of an answer; trimming keeps every span an exact, clean slice of the chunk text.
    """
    spans = [(s.start, s.end) for s in sentences] or [(offset, offset + len(text))]  # type: ignore[attr-defined]
    out: list[tuple[int, int]] = []
    for start, end in spans:
        start, end = max(start, offset), min(end, offset + len(text))
        if end <= start:
            continue
        piece = text[start - offset : end - offset]
        for line in re.finditer(r"[^\n]+", piece):
            stripped = line.group().strip()
            if not stripped:
                continue
            lead = len(line.group()) - len(line.group().lstrip())
            absolute = start + line.start() + lead
            out.append((absolute, absolute + len(stripped)))
    return out


def _asks_only_where_to_learn_more(question: str, header: str = "", closing: str = "") -> bool:
    """ "Where can I learn more?", "At the very end, where do they point readers who want more?": where to
    go for more, of nothing in particular (then the document's own call to action answers). Words of the
    document's ``header`` (its author, its publisher) are no topic, nor are those of its ``closing`` words
    ("for more on the Chinese EV market?" when it closes "For more information about the Chinese EV and
    batteries markets ...")."""
    asked = without_borrowed_context(question)
    # (of the clauses, the one that asks it: "who do I get in touch with, there's a name at the bottom")
    parts = re.split(r"[,;:?!]+|\.\s", asked)
    clauses = [c for c in parts if _ASKS_WHERE_TO_LEARN_MORE.search(c)]
    # (and any other clause that asks: "Where can I read more, and how much is the ferry?" asks more)
    asking = [
        c
        for c in parts
        if c not in clauses and re.search(r"\b(?:what|which|who|how|when|why|where)\b", c, re.I)
    ]
    words = re.findall(r"[a-z]+", " ".join(clauses[:1] + asking).lower())
    known = {stem_word(word) for word in re.findall(r"[a-z]+", f"{header} {closing}".lower())}
    return bool(clauses) and all(
        word in _LEARNING_MORE_WORDS
        or stem_word(word) in known
        or any(_spelled_alike(word, other) for other in _LEARNING_MORE_WORDS)  # ("questons": a typo)
        for word in words
    )


# "Was it 'prudent' or 'moderately loose'?", "was their ask about patent misuse or about subsidies?": a
# question asking which of two is so (not "or not", nor "or am I overstating": the asker's doubt).
# Only a choice of what something is or was ("was it ...", "was their ask ...", "Is the CPPCC ..."):
# "Did anyone talk about lithium or cobalt prices?" and "How much, in GWh or in dollars?" ask no choice of
# the documents' words.
_CHOICE = re.compile(
    r"^(?P<head>(?:[^?]*?[-–—:]\s+)?(?:was|is|were|are)\s+[\w'’-]+\b"
    r"(?![^?]*\b(?:any|anyone|anybody|anything|specific)\b)[^?]*?)\s+or\s+"
    r"(?!(?:not|no|nah|nope|what|something|anything|am\s+I|is\s+it|was\s+it|did\s+I|have\s+I)\b)"
    r"(?P<other>[^?,]+?)\s*\?*\s*$",
    re.I,
)
# "Is it true Gotion wanted lower electricity prices?", "Gotion asked for X, right?" (read as "Is it true
# that ..."): a claim about what a named company asked for.
_CLAIM_OF_AN_ASK = re.compile(
    r"^(?i:is\s+it\s+true\s+(?:that\s+)?)(?P<who>(?i:the\s+)?(?!I\b)[A-Z][\w&-]*(?:['’]s)?(?:\s+[A-Z]?[\w&-]+)??)\s+"
    r"(?P<verb>asked\s+for|ask\s+for|wanted|want|called\s+for|call\s+for|pushed\s+for|push\s+for|proposed|"
    r"propose|suggested|suggest|advocated\s+for|advocate\s+for|lobbied\s+for|lobby\s+for)\s+\S",
)


def _alternatives(question: str) -> list[str]:
    """The two questions a choice asks ("Was it A or B?" -> "Was it A?", "Was it B?"): the second puts B in
    place of as many words before "or" (from the same opening word, or the quotation before, when B has
    one); [] for any other question."""
    choice = _CHOICE.match(without_borrowed_context(question).strip())
    if choice is None:
        return []
    head, other = choice.group("head"), choice.group("other").strip()
    if other[:1] in "'\"‘“":
        quoted = list(re.finditer(r"['\"‘“][^'\"’”]+['\"’”]", head))
        start = quoted[-1].start() if quoted else None
    else:
        words = list(re.finditer(r"\S+", head))
        opening = other.split()[0].lower()
        same = [w for w in words[-len(other.split()) - 2 :] if w.group().lower() == opening]
        start = (same[-1] if same else words[-min(len(other.split()), len(words) - 1)]).start()
    if start is None or start == 0:
        return []
    return [f"{head}?", f"{head[:start].rstrip()} {other}?"]


def _what_was_asked_for(question: str) -> str | None:
    """ "Is it true Gotion wanted lower electricity prices?" -> "What did Gotion want?": what a claim about a
    named one's ask leaves to be told, when the claim itself is not."""
    claim = _CLAIM_OF_AN_ASK.match(without_borrowed_context(question).strip())
    if claim is None:
        return None
    return f"What did {claim.group('who')} {in_base_form(claim.group('verb'))}?"


def _lines_of(passages: list[Passage]) -> list[tuple[Passage, int, int, str]]:
    """Each sentence of the passages, in order, with its passage and span."""
    return [
        (passage, start, end, passage.chunk.text[start - passage.chunk.start : end - passage.chunk.start])
        for passage in passages
        for start, end in _sentence_spans(passage.chunk.text, passage.chunk.start, passage.chunk.sentences)
    ]


# A question, a query, a doubt: one thing asked, in a page's closing lines.
_QUERY_STEMS = _content_terms("questions queries doubts")


def _most_alike(question: str, lines: list[tuple[Passage, int, int, str]]) -> tuple[Passage, int, int, str]:
    """The line sharing the most word stems with the question, the first of equals: of a page's closing
    lines, the one for what is asked ("Who do I contact with queries?": "For queries, please contact ...")."""
    asked = set(_content_terms(question))
    if asked & _QUERY_STEMS:  # ("Who do I email with questions?": the line "For queries, please contact ...")
        asked |= _QUERY_STEMS
    # ("Who do I get in touch with?": a line giving someone to write to, before a call to get in touch)
    someone = bool(re.search(r"\b(?:who|whom)\b", without_borrowed_context(question), re.I))
    return max(
        lines,
        key=lambda line: (
            someone and bool(_ENDS_WITH_AN_ADDRESS.search(line[3])),
            len(asked & set(_content_terms(line[3]))),
        ),
    )


def _is_heading(text: str, calls_to_action: bool = False) -> bool:
    """Short line, a line that does not end like a sentence, a question (questions never answer), or a
    web page's call to action ("For more information ... get in touch.") unless ``calls_to_action``: the
    question asks where to read more, which a call to action and a labelled link to further reading ("Key
    Read: The realities of the battery recycling market ...") answer. (A link's headline only names what
    another piece says: "Key Read: EV players look to Hong Kong to raise funds" answered every question on
    recycling or funds that the document itself does not answer.)"""
    stripped = text.rstrip(" \"”’')")
    return (
        len(text.split()) < 4
        or not (
            text.rstrip().endswith(_TERMINAL)
            or _ENDS_WITH_AN_ADDRESS.search(text)
            or (calls_to_action and _is_labelled_headline(text))
        )
        or stripped.endswith("?")
        or (not calls_to_action and bool(_CALL_TO_ACTION.search(text)))
    )


# "Key Read: <headline>", "Related: <headline>": a label of one to three capitalised words, then a headline.
_LABELLED_HEADLINE = re.compile(r"^(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*:\s+(?P<headline>[A-Z].*)$")
HEADLINE_WORDS = 8
HEADLINE_TERMS_ASKED = 3
# "What's the one about Hong Kong?", "Which one points to an EU document?", "What is it about?": which
# labelled line, or what it is about, not what the piece behind it says.
_WHICH_ONE_ABOUT = re.compile(
    r"\b(?:which|what)\s+(?:(?:is|was)\s+the\s+)?(?:one|key\s+read|read|link|piece)\b|"
    r"\bthe\s+one\s+(?:about|on)\b|"
    r"\b(?:what|which)\b[^?]*\b(?:is|are|['’]s)\s+(?:it|they|that|those)\s+(?:about|on)\W*$|"
    # 'the article has these "key read" lines, what are they': the labelled lines themselves
    r"\b(?:what|which)\s+(?:are|were)\s+(?:they|those|these|them)\W*$|\b(?:list|name)\s+(?:them|those|these)\b",
    re.I,
)
# A question after a cause or a purpose: "Why ...?", "What for?", "For what purpose?", "How would that
# help ...?", "What is the reason for that?", and a follow-up made to stand alone as "X: why?".
_ASKS_A_REASON = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|wait)\W+)?(?:why\b|what\s+for\b|(?:for|to)\s+what\s+(?:purpose|reason|end)\b)|"
    r":\s*why\W*$|"  # "What did X want changed: why?", a follow-up made to stand alone
    # (not "How do I help my child ...?": how the asker is to help)
    r"\bhow\s+(?:(?:would|will|could|might)\b|(?:does|do)\s+(?!(?:i|we|you|one)\b)|is\s+\w+\s+meant\s+to\b)"
    r"[^?]{0,60}?\b(?:help|benefit|matter)\b|"
    r"\bhow\s+(?:does|do|did|is|are)\s+(?:that|this|it)\s+(?:help|matter|benefit)\b|"
    r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:supposed\s+|main\s+|stated\s+)?"
    r"(?:reason|reasons|purpose|point|rationale|motivation)(?=\s+(?:of|for|behind|why)\b|\W*$)",
    re.I,
)
# A sentence that gives a cause, a purpose or an effect.
_GIVES_A_REASON = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result|so\s+that|in\s+order\s+to|"
    r"(?:could|would|will|may|might|can)\s+(?:allow|lead|help|enable|boost|support|drive|spur|encourage)|"
    r"enables?|enabling|encourag\w*|essential\s+for|key\s+for|aim(?:s|ed|ing)?\s+to|"
    r"designed\s+to|in\s+a\s+bid\s+to|"
    # a purpose: "... transactions to optimise market participation", "... mechanisms to widen price gaps"
    r"(?<!plans\s)(?<!plan\s)(?<!wants\s)(?<!want\s)(?<!needs\s)(?<!seeks\s)(?<!hopes\s)(?<!going\s)(?<!intends\s)"
    r"(?<!expects\s)(?<!tries\s)(?<!has\s)(?<!have\s)(?<!able\s)to\s+(?:optimi[sz]e|improve|boost|"
    r"reduce|lower|raise|increase|widen|narrow|expand|enhance|ensure|promote|protect|prevent|strengthen|"
    r"stabili[sz]e|attract|support|speed\s+up|accelerate))\b",
    re.I,
)
# "... look to Hong Kong to raise funds ahead of global expansion": what they do it for.
_HEADLINE_PURPOSE = re.compile(r"\bto\s+[a-z]+\s+[a-z]+(?:\s+[a-z]+)?")
_WHY = re.compile(r"(?:and\s+|so\s+)?(?:why|what\s+for|for\s+what\s+(?:purpose|reason))\b", re.I)


def _is_labelled_headline(text: str) -> bool:
    """A line that labels a headline long enough to say something ("Key Read: Chinese EV & Battery players
    look to Hong Kong to raise funds ahead of global expansion"): what it states is in the document."""
    labelled = _LABELLED_HEADLINE.match(text.strip())
    return bool(labelled) and len(labelled.group("headline").split()) >= HEADLINE_WORDS


def _dedupe_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _supports_of(
    words: list[tuple[str, tuple[int, int]]], supports: list[float], keep: Callable[[str], bool]
) -> list[float]:
    """The supports of the question words ``keep`` accepts."""
    return [support for (word, _), support in zip(words, supports, strict=True) if keep(word)]


def _word_vectors(spans: Sequence[tuple[int, int]], tokens: TokenVectors) -> list[np.ndarray | None]:
    """For each character span, the normalised mean of the token vectors inside it (None if none)."""
    out: list[np.ndarray | None] = []
    for start, end in spans:
        inside = (tokens.spans[:, 0] >= start) & (tokens.spans[:, 1] <= end)
        if not inside.any():
            out.append(None)
            continue
        vector = tokens.vectors[inside].mean(axis=0)
        out.append(vector / max(float(np.linalg.norm(vector)), 1e-12))
    return out


def _idf(term_sets: list[set[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each term over the candidate sentences."""
    counts: dict[str, int] = {}
    for terms in term_sets:
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
    total = len(term_sets)
    return {term: math.log((total + 1.0) / (count + 0.5)) + 1.0 for term, count in counts.items()}


def _weighted_overlap(
    question: set[str], sentence: set[str], idf: dict[str, float], missing_idf: float | None
) -> float:
    """IDF-weighted share of question terms in the sentence.

    With ``missing_idf`` None only terms that occur in the retrieved text count in the denominator
    (ranking: every sentence lacks the same absent words); otherwise absent terms weigh ``missing_idf``
    (evidence: a question whose words are nowhere in the text is probably not answered by it).
    """
    total = 0.0
    hit = 0.0
    for term in question:
        weight = idf.get(term, missing_idf)
        if weight is None:
            continue
        total += weight
        if term in sentence:
            hit += weight
    return hit / total if total else 0.0


def _coverage(question: set[str], present: set[str], idf: dict[str, float], missing_idf: float) -> float:
    """IDF-weighted share of question terms found anywhere in the retrieved sentences."""
    return _weighted_overlap(question, present, idf, missing_idf)


def _name_in(name: str, terms: set[str]) -> bool:
    """A name occurs as a term, or as the start of one ("US" in "usd179", "RMB" in "rmb1.3")."""
    if name in terms:
        return True
    return len(name) >= 2 and any(
        term.startswith(name) and not term[len(name)].isalpha() for term in terms if len(term) > len(name)
    )


def _missing_fraction(name_stems: list[str], present: set[str]) -> float:
    """Share of the question's names found nowhere in the retrieved text (strong sign it isn't there)."""
    if not name_stems:
        return 0.0
    return sum(1 for name in name_stems if not _name_in(name, present)) / len(name_stems)


def _year_of(passage: Passage) -> str | None:
    """The year of the passage's document, from its ``date`` metadata ("2025-03-13" -> "2025"), if any."""
    match = re.match(r"\s*((?:19|20)\d\d)\b", str((passage.metadata or {}).get("date") or ""))
    return match.group(1) if match else None


def _naming_no_answer(question: str) -> str:
    """The part of a question whose names do not tell the answer: the options of "Which of the NPC and the
    CPPCC is advisory?" (a sentence naming both chooses neither), and the document that speaks in "What did
    the NPC work report say about X?" ("NPC" says which report, not what it says); "" otherwise."""
    options = _OPTIONS.match(question)
    if options:
        return options.group()
    return _speaking_document(question) if _about_topic(question) else ""


def _speaking_document(question: str) -> str:
    """The document whose words a question asks for ("What did **the NPC work report** say ...?", "What
    monetary stance did **the work report** take?"), or ""."""
    speaker = _speaker(question)
    if _DOCUMENT_WORD.search(speaker):
        return speaker
    acting = _ACTING_DOCUMENT.search(question)
    return acting.group(1) if acting else ""


def _without_years(question: str, years: set[str | None]) -> str:
    """The question without these years, and the preposition that dates by them."""
    named = "|".join(re.escape(year) for year in years if year)
    return re.sub(rf"\s*\b(?:(?:in|for|during|of)\s+)?(?:{named})\b", "", question) if named else question


_ASKS_A_FIGURE = re.compile(r"(?:(?:and\s+)?how\s+(?:much|many|big|large|high|low)|what|which)\b", re.I)
# "bond issuance 2025 size?": keywords that end on the figure they ask for
_KEYWORDS_FOR_A_FIGURE = re.compile(r"^[^?]*\b(?:size|total|amount|figure)\W*$", re.I)


def _answer_type_gap(
    question: str, candidates: list[Candidate], document_years: Set[str | None] = frozenset()
) -> float:
    """1.0 when the question asks for a quantity, a time, a place, a name or someone
    (``_expected_answer_type``) and the best sentence gives none.

    "How much ...", "What is the ... target/rate/budget ...", "When ...", "Where/Which country ...", "Who
    ...?" are answered by a figure, a date, a place, a name or a word for someone; a passage that talks
    about the topic without one does not answer them (the best sentence is what the answer leads with, so
    one elsewhere does not count). The rules read off the rest of the question's wording are
    ``Assistant._misses_what_the_form_requires`` and ``Assistant._figures_measure_something_else``.
    """
    wanted = _expected_answer_type(question)
    if wanted is None or not candidates:
        return 0.0
    if wanted == "place" and _ASKS_WHERE_TO_LEARN_MORE.search(question):
        return 0.0  # "Where do I go for more?" is told where to read or whom to ask, not a place
    best = max(candidates, key=lambda c: c.score)
    if _gives_answer_type(wanted, best.text, question):
        return 0.0
    # ("Of this RMB300 billion will ...": the sentence it refers back to comes with it, and may say who)
    told = (
        f"{best.previous_text} {best.text}" if best.previous_text and _opens_anaphorically(best.text) else ""
    )
    if told and _gives_answer_type(wanted, told, question):
        return 0.0
    # "How much is China issuing for 2025?" in an article of 2025 asks the article's own figures, when
    # asked as a question (keywords such as "gdp target 2025" are read by their year) and one is in digits
    undated = _without_years(question, document_years)
    own_figure = (
        undated != question
        and (_ASKS_A_FIGURE.match(question) or _KEYWORDS_FOR_A_FIGURE.search(question))
        and _DIGIT.search(_YEAR.sub(" ", best.text))
        and _gives_answer_type(wanted, best.text, undated)
    )
    return 0.0 if own_figure else 1.0


_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:|\s[–—-])\s+|,\s+(?=(?:while|with|whereas|which|although|though|but|as|after|before|"
    r"indicating|including|according|seeking|putting|making|adding|saying)\s)"
)


# "... for EV makers?", "... help the EV sector?": whom a cause is for, at the end of a why-question.
_FOR_WHOM = re.compile(
    r"\s(?:for|to|help|helps|benefit|benefits|affect|affects|boost|boosts)\s+(?:the\s+)?[^?]+\?*\s*$", re.I
)
# "Why would X help EV makers?": whom the cause is for, up to any borrowed question in brackets ("... matter
# for the EV sector?" may ask what it is for the sector).
_WHOM_IT_HELPS = re.compile(
    r"\s(?:help|helps|benefit|benefits|boost|boosts)\s+(?:the\s+)?[^?()]+?(?=\s*\(|\?*\s*$)",
    re.I,
)
_SIZE_WORDS = word_set("total totals amount amounts sum sums figure figures portion portions proportion")
_SMALL_COUNTS = word_set("2 3 4 5 6 7 8 9 10 two three four five six seven eight nine ten")


def _with_antecedent_terms(candidate: Candidate) -> set[str]:
    """A candidate's terms, with those of the sentence before it when it refers back ("This could allow ...",
    "He also called for ...")."""
    if _opens_anaphorically(candidate.text):
        return candidate.terms | candidate.previous_terms
    return candidate.terms


def _counts_what_follows(word: str, following: list[str]) -> bool:
    """Whether ``word`` is a small count of the things a phrase asks for ("three main themes", "3 proposals"),
    not part of a name ("Phase 3 trial", "Game 7")."""
    if word.lower() not in _SMALL_COUNTS or not following:
        return False
    after = following[0].lower()
    return after in _COUNTED_MODIFIERS or (after.endswith("s") and not after.endswith("ss"))


# "And the rest of the RMB1.3 trillion?", "How is the remaining trillion allocated?": what is left of a whole.
_REMAINDER_ASKED = re.compile(
    r"\bthe\s+(?:(?:rest|remainder|balance)\s+of\s+(?:the\s+|this\s+|that\s+)?(?=[A-Z]{2,4}\d|[$€£¥]|\d|"
    r"(?:money|budget|fund|funds|funding|sum|total|amount|allocation|bonds?)\b)|remaining\s+"
    r"(?:(?:roughly|about|around|some)\s+)?(?=[A-Z]{2,4}\d|[$€£¥]|\d|(?:one|two|three|four|five|half)\b))",
    re.I,
)
_REMAINDER_TOLD = re.compile(r"\b(?:rest|remain\w*|balance|left|other|others)\b", re.I)


# "... the biggest ever?", "a record high?", "for the first time ever?": a record claimed, which only a
# sentence that says so (a superlative, "record", "ever", "first") bears out.
_RECORD_ASKED = re.compile(
    r"\b(?:(?:the\s+)?(?:\w+est|most\s+\w+)\s+ever|record[\s-]+(?:high|low|breaking|size|level|amount)|"
    r"all[\s-]+time\s+(?:high|low|record)|(?:the\s+)?first\s+time\s+ever|unprecedented)\b",
    re.I,
)
_RECORD_TOLD = re.compile(r"\b(?:\w{3,}est|most|ever|record|first|unprecedented|all[\s-]+time)\b", re.I)


def _asked_but_untold(
    question: str, unit: list[Candidate], asked: re.Pattern[str], told: re.Pattern[str]
) -> bool:
    """Whether the question (without its borrowed context) asks something ``asked`` finds that no sentence
    of the answer's ``unit`` tells of in words ``told`` finds."""
    if not asked.search(without_borrowed_context(question)):
        return False
    return not any(told.search(candidate.text) for candidate in unit)


def _record_untold(question: str, unit: list[Candidate]) -> bool:
    """Whether a question claims a record ("Was the bond issuance the biggest ever?") that no sentence of the
    answer tells of."""
    return _asked_but_untold(question, unit, _RECORD_ASKED, _RECORD_TOLD)


def _remainder_untold(question: str, unit: list[Candidate]) -> bool:
    """Whether a question asks what becomes of the rest of a whole ("And the rest of the RMB1.3 trillion,
    it goes for what?") and the answer only tells of a part ("Of this RMB300 billion will be used ..."): the
    rest is told only by a sentence with a word for it."""
    return _asked_but_untold(question, unit, _REMAINDER_ASKED, _REMAINDER_TOLD)


def _clauses(sentence: str) -> list[str]:
    """The clauses of a long sentence (at semicolons, colons, dashes and commas before "with", "while",
    "which", "indicating" ..., not at the commas of a list), those of at least four words; [] for a
    sentence that does not break into two or more of them."""
    parts = [part.strip() for part in _CLAUSE_BREAK.split(sentence)]
    parts = [part for part in parts if len(part.split()) >= 4]
    return parts if len(parts) >= 2 else []


def _prefer(candidates: list[Candidate], keep: Callable[[Candidate], bool]) -> None:
    """When some candidates are what the question asks for (``keep``), the others lose ``PREFERENCE_SHARE``
    of their score and are no longer ``preferred``: they do not join a preferred best sentence."""
    kept = [keep(candidate) for candidate in candidates]
    if any(kept):
        for candidate, wanted in zip(candidates, kept, strict=True):
            if not wanted:
                candidate.score *= 1.0 - PREFERENCE_SHARE
                candidate.preferred = False


def _normalised_retrieval(passages: list[Passage]) -> list[float]:
    """Each passage's fused score relative to the best one (rank-based when scores are unusable)."""
    scores = [p.score for p in passages]
    top = max(scores) if scores else 0.0
    if top > 0 and all(s >= 0 for s in scores):
        return [s / top for s in scores]
    return [1.0 / (1.0 + 0.5 * i) for i in range(len(passages))]


def _opens_anaphorically(text: str) -> bool:
    """Whether the sentence starts by referring back: "He also ...", "Of this ...", "In shipping this
    could ..."."""
    first = _TOKEN.match(text)
    if first is None:
        return False
    if first.group().lower() in _ANAPHORIC_OPENERS:
        return True
    return bool(_ANAPHORIC_PHRASE.match(text) or _REFERRING_SUBJECT.match(text))


def _continues_previous(text: str) -> bool:
    """Whether the sentence goes on from the one before: it refers back ("He also ...") or sets itself
    against it ("While the CPPCC is an advisory body ... without legislative power" after the NPC's
    law-making), so what that one says is part of what this one means."""
    return _opens_anaphorically(text) or bool(_CONTRASTING_OPENER.match(text))


# "Out of what total?", "And that's out of how much in total?", "From what pot of money?": the whole that
# a part just told is of.
_WHOLE_OF_PART = re.compile(
    r"\bout\s+of\s+(?:what|how\s+much|which)\b|\bfrom\s+(?:what|which)\s+(?:(?:bigger|larger|overall)\s+)?"
    r"(?:pot|total|budget|fund|funds|sum|amount|envelope)\b",
    re.I,
)
WHOLE_OF_PART_RANKS = 3  # how far down the ranking a part told of may be
WHOLE_ONLY_WORDS = 6  # "Out of what pot of money?": a question asking nothing but the whole
# "Of this RMB300 billion ...", "Of which ...": a part of what the sentence before gives.
_PARTITIVE_OPENER = re.compile(r"^(?:of|out\s+of)\s+(?:this|these|that|those|which|it|them)\b", re.I)


def _with_the_whole(question: str, chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """For a question asking the whole a part is of ("Out of what total?"), the sentence a chosen partitive
    one ("Of this RMB300 billion ...") takes its part of, first, with that one: the whole is said there."""
    asked = without_borrowed_context(question)
    # (only when the whole is all it asks: "Out of which terminal does the 9am flight leave?" asks more)
    whole_only = len(_TOKEN.findall(asked)) <= WHOLE_ONLY_WORDS or re.search(
        r"\b(?:in\s+)?total\b", asked, re.I
    )
    if not chosen or not _WHOLE_OF_PART.search(asked) or not whole_only:
        return chosen
    leading = sorted(candidates, key=lambda c: c.score, reverse=True)[:WHOLE_OF_PART_RANKS]
    part = next((c for c in [*chosen, *leading] if _PARTITIVE_OPENER.match(c.text)), None)
    whole = _antecedent(part, candidates) if part is not None else None
    if whole is None:
        return chosen
    return sorted([whole, part], key=lambda c: (c.document_id, c.start))


def _antecedent(sentence: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The candidate sentence that immediately precedes ``sentence`` in its passage, if kept."""
    if not sentence.previous_text:
        return None
    for candidate in candidates:
        if candidate.text == sentence.previous_text and candidate.document_id == sentence.document_id:
            return candidate
    return None


def _adjacent(a: Candidate, b: Candidate) -> bool:
    """Whether one sentence directly follows the other in the same passage text."""
    return a.passage_index == b.passage_index and (a.previous_text == b.text or b.previous_text == a.text)


def _near_duplicate(a: Candidate, b: Candidate) -> bool:
    """Same words mostly (Jaccard over content terms), e.g. a repeated intro sentence."""
    if not a.terms or not b.terms:
        return a.text == b.text
    return len(a.terms & b.terms) / len(a.terms | b.terms) >= 0.8
