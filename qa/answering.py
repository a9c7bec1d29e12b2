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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from qa.chat import ROLE_WORDS, SENTENCE_OPENERS, Turn, rewrite_followup
from qa.embedding import Embedder, TokenVectors
from qa.lexical import stem_word
from qa.models import Answer, Citation, Passage, Retrieved
from qa.settings import Settings

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
W_SUPPORT = 0.4
# Sentence-ranking weights (tuned on bench/dev_questions.jsonl + seed_dev; see docs/answering.md).
W_COSINE = 0.50
W_LEXICAL = 0.35
W_NAMES = 0.25
W_RETRIEVAL = 0.10
# A sentence opening with "He"/"This"/"Of this"... is about what the sentence before it names: it gets this
# share of the credit for the names and words it refers back to.
INHERITED_CREDIT = 0.9
# Stems are cut to this many characters, a cheap lemma ("propose"/"proposal", "emphasise"/"emphasis").
STEM_PREFIX = 6
# A runner-up joins the best sentence when it scores at least this share of the best score (a sentence
# continuing the best one needs less; one before it comes only as the antecedent of "He ..." or on its
# own merit).
RUNNER_UP_SHARE = 0.92
ADJACENT_SHARE = 0.8



def _word_set(words: str) -> frozenset[str]:
    """A frozen set from a whitespace-separated word list (keeps long lists readable)."""
    return frozenset(words.split())


_STOPWORDS = _word_set(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just let me
    more most my no nor not now of off on once only or other our ours out over own same she should so
    some such than that the their theirs them then there these they this those through to too under
    until up very was we were what when where which while who whom whose why will with would you your
    yours us tell say said says mention mentioned give list name describe explain please according
    document documents article text there much many kind sort thing things way ways
    propose proposed proposes proposal proposals suggest suggested suggests suggestion suggestions
    recommend recommended recommends recommendation recommendations advocate advocated advocates
    urge urged urges want wants wanted wish wishes wished hope hopes hoped ask asks asked think thinks
    feel feels felt believe believes believed talk talks talked push pushes pushed pushing else
    worry worries worried concern concerns concerned"""
)
_VAGUE_WORDS = _word_set(
    "main big biggest overall single key major general really exactly actually anything something basically "
    "still yet already ever currently"
)
_STOPWORDS |= _VAGUE_WORDS
# The speech-act, wish and worry words above ("What did X propose/want?", "What was X worried about?") ask
# what X said, whatever verb the text uses, so they are not evidence either way; nor are vague emphasis
# words ("the main concern", "the big themes overall").
# Openers that point back to the previous sentence's subject ("He also called for ..."); discourse
# connectives such as "Separately," do not, so they are not listed.
_ANAPHORIC_OPENERS = _word_set("he she it they this these those that its their his her such")
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
_QUESTION_OPENERS = _word_set(
    "what which who whom whose when where why how is are was were did does do will would could can "
    "should has have had and tell list name give describe explain please according in on for the a an "
    "i so then also besides apart aside beyond except overall briefly specifically exactly roughly "
    "basically now ok okay hey hi given considering regarding"
)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]")
# A leading preposition does not change what is asked ("By how much ...?", "In what year ...?").
_LEADING_PREPOSITION = r"(?:(?:by|to|in|on|at|from|until|for|since|of) )?"
_QUANTITY_OPENER = re.compile(
    _LEADING_PREPOSITION + r"how (much|many|big|large|small|fast|high|low|long|far|often|old)\b"
)
_TIME_OPENER = re.compile(
    _LEADING_PREPOSITION + r"(when|(what|which) (year|date|day|month|time)s?|since when)\b"
)
# Nouns that make a what/which question ask for a figure ("What is the growth target ...").
_QUANTITY_NOUNS = _word_set(
    "amount amounts number numbers rate rates target targets percentage percent share total totals size "
    "budget budgets figure figures level levels cost costs price prices value increase decrease growth "
    "ratio ratios"
)
_PLACE_OPENER = re.compile(
    r"(?:(?:in|from|to) )?(where\b|(which|what) (country|countries|nation|nations|city|cities|region|"
    r"regions|province|provinces|state|states|town|towns)\b(?!-))"
)
# "Where were the meetings held?" asks where an event took place, which the text gives after "in"/"at";
# other where-questions ("Where does the figure come from?", "Rotterdam will host the plant") may be
# answered otherwise.
_WHERE_HELD = re.compile(
    r"where (?:is|are|was|were|will|did|do|does)\b.{0,80}?\b(?:held|hold|take place|took place|taking place|"
    r"happen|happened|meet|met|convene|convened)\b"
)
# A place named as one: after "in", "at", "from", "near" or "the city/province of".
_LOCATIVE_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|[Aa]cross|(?:city|town|province|region|state) of)(?: the)? "
    r"([A-Z][\w’'-]+)"
    r"|\b([A-Z][\w’'-]+) (?:will host|hosts|hosted|is hosting|will hold|held)\b"  # "Los Angeles will host"
)
# Capitalised words after "in"/"at" that say when, not where ("held in March", "at Christmas").
_NOT_LOCATIONS = _word_set(
    "monday tuesday wednesday thursday friday saturday sunday christmas easter spring summer autumn winter "
    "january february march april may june july august september october november december"
)
# A question inside a yes/no question: "Did Xiaomi say **when** it will launch ...?"
_EMBEDDED_QUESTION = re.compile(
    r"^(?:did|does|do|has|have|had|will|would|is|was)\b.{1,60}?\b(?:say|said|mention|mentioned|reveal|revealed|"
    r"specify|specified|announce|announced|disclose|disclosed|explain|explained|state|stated|indicate|"
    r"indicated|give|gave)\s+(when|where|how (?:much|many|long|big)|which (?:year|country|city)|what year)\b"
)
# The name after a locative preposition ("in Hong Kong", "at the Shanghai ...", "from Germany").
_LOCATED_NAME = re.compile(
    r"\b(?:in|at|from|near)(?: the)? ((?>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*))"
    r"(?! (?:[a-z]+ )?(?:dollars?|euros?|yuan|pounds?|yen|rupees?|francs?)\b)"  # "in US dollars" is a unit
)
_PARTICLES = _word_set("out in up off over down back")
_COPULAS = _word_set("is are was were")
_MODALS = _word_set("will would could might should may must can")
_AUXILIARIES = _word_set(
    "is are was were be been do does did will would can could should shall may might must has have had"
)
_CURRENCY_WORDS = _word_set("dollar dollars euro euros pound pounds yuan yen rupee rupees franc francs")
# "Who is the CEO of X?", "What is the name of X's CEO?": a role's holder, which only a name answers.
_HOLDER_OPENER = re.compile(
    r"(who (is|was) (the|its|their|his|her) |who (is|was) .{1,40}?['’]s (?:"
    + "|".join(sorted(ROLE_WORDS))
    + r")\b|(?:which|what) (?:"
    + "|".join(sorted(ROLE_WORDS))
    + r")s?\b|what (is|was|are|were) the names? of "
    r"|what (is|was|are|were) .+?['’]s names?\b|what (is|was|are|were) (his|her|their|its) names?\b)"
)
_EXCLUSION = re.compile(
    r"^(?:apart from|aside from|besides|other than|except for|in addition to) [^,?]{1,80}, ?"
    r"|,? (?:apart from|aside from|besides|other than|except for) [^,?]{1,80}(?=\?|$)",
    re.IGNORECASE,
)
# "Who presented the report?" is answered by someone: a name (see ``_could_be_name``) or a word for
# people or a body that the question does not already contain.
# "Who chairs/heads/leads X?" asks for the person holding a role, whom only a name answers.
_HOLDER_VERB = re.compile(r"who (?:chairs|chaired|heads|headed|leads|led)\b")
_WHO_OPENER = re.compile(r"who\b(?! (?:is|are|was|were)\b)")  # "Who was Marie Curie?" asks what she was
# "Which company did CALB accuse ...?" is answered by a company, named or described, other than CALB.
_WHICH_ORGANISATION = re.compile(
    r"(?:which|what) (?:company|companies|firm|firms|carmaker|carmakers|automaker|automakers|maker|makers|"
    r"manufacturer|manufacturers|business|businesses|organisation|organisations|organization|"
    r"organizations|bank|banks|body|bodies|person|people|competitor|competitors|rival|rivals)\b"
)
_AGENT_WORDS = _word_set(
    "he she they we government ministry ministries authority authorities company companies firm firms "
    "people officials official members member delegates delegate leaders leader industry industries "
    "ministers minister council committee congress parliament state regulators regulator executive "
    "executives chief head boss founder chairman premier president everyone nobody trust foundation agency "
    "department bureau board"
)
_AGENT_SUFFIXES = ("ers", "ors", "ists", "ives", "ants", "ents", "ians")
# A yes/no question about the text ("Did the NPC approve ...?"), not a request ("Can you list ...?").
_YES_NO = re.compile(
    r"(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\s+(?!you\b|i\b|we\b)",
    re.IGNORECASE,
)
# "What does RRR stand for?", "CPPCC full name": the long form of an acronym is asked for.
_EXPANSION_QUESTION = re.compile(
    r"\b(full name|full form|stands? for|short for|abbreviation|acronym|spelled out|spell out|expand)\b",
    re.IGNORECASE,
)
# "And how much did it issue last year?" asks what "How much did it issue last year?" asks.
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|so|also|then|ok|okay|well)\b[,\s]+(?=\w)", re.IGNORECASE)
_CONTRACTION = re.compile(r"\b(what|who|where|when|how|which|that|there)['’]s\b", re.IGNORECASE)
_DEFINED_ACRONYM = re.compile(r"((?:[A-Za-z’']{1,40}[\s-]{1,3}){1,8}?)\(([A-Z]{2,6})\)")
_ACRONYM_PLACES = frozenset({"US", "USA", "UK", "EU", "UAE"})
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?"
    r"|thousands?|millions?|billions?|trillions?|dozens?|half|double|doubled|triple|tripled|percent"
)
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS.replace("s?", "").split("|"))
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
# In a text, "may" is a month only when capitalised ("The vote may be delayed" names no date).
_MONTH_WORDS = _MONTHS.replace("|may|", "|(?-i:May)|")
# A rank answers how big or large ("the world's second largest economy").
_QUANTITY_ANSWER = re.compile(
    rf"\d|\b({_NUMBER_WORDS}|once|twice)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)[- ](?:largest|biggest|smallest|highest|lowest)\b",
    re.IGNORECASE,
)
# An amount, rate or target is written with digits or a scale word; "two days", "twelve delegates" or
# "once a year" answer how long, how many or how often, but not how much.
_AMOUNT_ANSWER = re.compile(
    r"\d|\b(hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|double|doubled|triple|"
    r"tripled|percent)\b",
    re.IGNORECASE,
)
_HOW_MUCH = re.compile(_LEADING_PREPOSITION + r"how much\b")
# "How much did X receive/spend/cost ...?" and "How much money/funding ...?" ask for a sum of money.
_MONEY_QUESTION = re.compile(
    r"how much (?:(?:money|funding|funds|cash|capital|investment|subsidy|subsidies)\b|"
    r"(?:did|does|do|will|would|has|have|had|is|was) .{0,60}?\b(?:receive|received|spend|spent|"
    r"(?:cost|costs)(?! of)|earn|earned|pay|paid|invest|invested|allocate|allocated|fund|funded)\b)"
)
_MONEY_ANSWER = re.compile(
    r"(?:\b(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|CHF|INR|Rs)|[$€£¥₹])\s?\d|(?<![\d.,])\d[\d.,]*\s?"
    r"(?:million|billion|trillion|bn|m|crore|lakh)?\s?(?:[A-Z][a-z]+\s)?(?:yuan|dollars?|euros?|pounds?|yen|"
    r"renminbi|francs?|rupees?|crore)\b",  # "40 Swiss francs"
    re.IGNORECASE,
)
# A capitalised number word after the first word is part of a name ("China's annual Two Sessions").
_NAMED_NUMBER = re.compile(rf"(?<=\w[ ,])(?:{'|'.join(w.capitalize() for w in _NUMBER_WORDS.split('|'))})\b")
_NOT_PLACES = frozenset(_MONTHS.split("|")) | frozenset(
    word.rstrip("s?") for word in _NUMBER_WORDS.split("|")
) | _QUESTION_OPENERS | _word_set("he she it they we you this these those that there here his her its their")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# A question bounded to an earlier period ("How much was issued last year?") and what says a figure is
# for one: a year, "last year", "a year earlier", "previous" ...
_PAST_PERIOD = re.compile(r"\b(last|previous|past|prior) (year|month|quarter|decade)\b", re.IGNORECASE)
_PAST_TIME_ANSWER = re.compile(
    r"\b((?:19|20)\d\d|last|previous|previously|prior|earlier|ago|year-on-year|past)\b", re.IGNORECASE
)
_YEAR_QUESTION = re.compile(r"\b(what|which) years?\b")  # "In what year ...?" wants a year, not "soon"
# "When did/was ... ?" asks about the past, which a sentence with a date or year can tell.
_PAST_WHEN = re.compile(
    r"(?:(?:in|on|at) )?(?:when|(?:what|which) (?:year|date|day|month)s?) (?:did|was|were|had)\b"
)
# "On what date ...?" wants a day: a number or a month or weekday name, not "this year".
_DATE_QUESTION = re.compile(r"\b(what|which) (date|dates|day|days)\b")
_DATE_ANSWER = re.compile(
    rf"\d|\b({_MONTH_WORDS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE
)
_TIME_ANSWER = re.compile(
    rf"\d|\b({_MONTH_WORDS}|yesterday|today|tomorrow|last|next|ago|since|until|soon|later|earlier|recently|"
    r"quarter|spring|summer|autumn|fall|winter|week|weekend|month|year|decade)\b",
    re.IGNORECASE,
)
_ABOUT = _word_set("about regarding concerning")
_ARTICLES = _word_set("the a an this that these those its their his her our")
# "What did <speaker> say/propose/...": the speech-act and wish verbs of the stop word list, and a few more.
_SPEAKER = re.compile(
    r"(?:(?:what|which \w+|how) )?(?:did|does|do|has|have|had|will|would) (.+?) (?:say|said|propose|suggest|"
    r"recommend|advocate|urge|want|ask|call|think|mention|argue|push|demand|raise|complain|hope|wish|"
    r"believe|stress|emphasi[sz]e|highlight|talk)\b",
    re.IGNORECASE,
)
_REACTION = re.compile(
    r"how (?:did|do|does|will|would|could|might|has|have) (.+?) (?:react|respond|reply|feel|view|see|"
    r"receive|welcome|take|treat|handle|regard)\b",
    re.IGNORECASE,
)
# Titles in a speaker phrase ("Tesla's CEO"): the text may name the person instead of the title.
_ROLE_WORDS = ROLE_WORDS
# Kinds of answer that any company, body or sum satisfies ("Which company ...?", "How much money ...?").
_GENERIC_KINDS = _word_set(
    "company companies firm firms business businesses body bodies organisation organisations organization "
    "organizations group groups person persons people carmaker carmakers automaker automakers maker makers "
    "manufacturer manufacturers country countries topic topics issue issues theme themes aspect aspects "
    "area areas one ones money funding funds cash capital"
)
# Nouns that only relate the question to its real subject ("What is the role of the NPC?").
_RELATIONAL_NOUNS = _word_set(
    "role roles name names purpose function functions job aim aims goal goals meaning definition nature "
    "status significance importance area areas aspect aspects part parts change changes step steps "
    "measure measures action actions idea ideas request requests demand demands benefit benefits "
    "advantage advantages effect effects impact impacts consequence consequences result results outcome "
    "outcomes reason reasons"
)
# Where the subject of "What is the X ...?" ends.
_FOCUS_END = _word_set(
    "of for in at by this that from on to behind with like between among under over after before during "
    "since than into through"
)
# Page furniture that trafilatura keeps with an article and that never answers a question.
_CALL_TO_ACTION = re.compile(
    r"^(for more information|for further information|click here|subscribe to our|sign up for our|read more"
    r"|learn more)\b|\b(get in touch|contact us|click here)\W*$",
    re.IGNORECASE,
)
_TERMINAL = ('.', '!', '?', '"', '”', '’', "'", ')', ']')


class Retriever(Protocol):
    """What the assistant needs from retrieval (implemented by qa.retrieval)."""

    def search(
        self, query: str, k: int = 5, mode: str = "hybrid", filters: dict | None = None
    ) -> list[Passage]: ...


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
        standalone = rewrite_followup(question, history) if history else question
        rewritten = standalone if standalone != question else None
        timings["rewrite"] = _ms_since(clock)

        clock = time.perf_counter()
        passages = self.retriever.search(
            standalone, k=k or self.top_k, mode=self.search_mode, filters=filters
        )
        timings["retrieve"] = _ms_since(clock)
        yield Retrieved(question, rewritten, conversation_id, passages)

        clock = time.perf_counter()
        assessment = self.assess(standalone, passages)
        confidence = self.confidence(assessment)
        timings["score"] = _ms_since(clock)

        clock = time.perf_counter()
        chosen = self.select(assessment) if confidence >= self.abstain_threshold else []
        result = self._compose(question, passages, chosen, confidence)
        timings["compose"] = _ms_since(clock)

        result.rewritten_question = rewritten
        result.conversation_id = conversation_id
        result.timings = timings
        yield result

    def assess(self, question: str, passages: list[Passage]) -> Assessment:
        """Score every answer-worthy sentence of ``passages`` against ``question``."""
        question = _without_exclusion(_expand_contractions(_LEADING_CONJUNCTION.sub("", question.strip())))
        candidates = self._candidates(passages)
        # "The NPC is China's top legislative body" is about the National People's Congress.
        definitions = _acronym_definitions([passage.chunk.text for passage in passages])
        for candidate in candidates:
            candidate.terms = self._with_acronyms(candidate.terms, definitions)
            candidate.previous_terms = self._with_acronyms(candidate.previous_terms, definitions)
        question_terms = self._terms(question)
        names = _question_names(question)
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
        self._prefer_the_speaker(question, candidates)
        long_forms = _long_forms(question, definitions) if _EXPANSION_QUESTION.search(question) else []
        if long_forms:  # "CPPCC full name": the sentence that spells it out
            _prefer(candidates, lambda c: any(_plain(form) in _plain(c.text) for form in long_forms))
        words = _content_words(question, self._terms)
        self._rerank_by_word_support(question, words, candidates)
        topic = self._terms(_about_topic(question))
        if topic and not _speaker(question):
            # "Which companies talked about battery swapping at the CPPCC?": the sentences with battery
            # swapping (with a speaker, "What did CALB say about ...?", the speaker's sentences come first).
            _prefer(candidates, lambda c: topic <= c.terms)
        if _PAST_WHEN.match(question.lower()):  # "When did the government first cut the RRR?": a dated one
            top = sorted(candidates, key=lambda c: c.score, reverse=True)[:RERANK_DEPTH]
            _prefer(top, lambda c: bool(_DATE_ANSWER.search(c.text)))
        all_terms: set[str] = set().union(*(c.terms for c in candidates))
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
            answer_type_gap=_answer_type_gap(question, candidates),
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
        focus_words = {
            word for word in _TOKEN.findall(focus or "")
            if word.lower() not in _GENERIC_KINDS and word.lower() not in _RELATIONAL_NOUNS
        }
        focus_supports = _supports_of(words, assessment.term_supports, lambda word: word in focus_words)
        assessment.focus_support = min(focus_supports, default=1.0)
        if self._misses_what_the_form_requires(
            question, words, assessment.term_supports, all_terms, max(lead.cosine, lead.clause_cosine)
        ):
            assessment.answer_type_gap = 1.0
        if self._figures_measure_something_else(question, lead):
            assessment.answer_type_gap = 1.0
        return assessment

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
        asked = _asked_thing(question)
        reacting = _head_words(_reacting_subject(question))
        for wanted in (
            lambda word: bool(asked & set(word.lower().replace("’", "'").removesuffix("'s").split("-"))),
            lambda word: _bare(word) in reacting,
        ):
            found = _supports_of(words, supports, wanted)
            if found and max(found) < ASKED_THING_SUPPORT:
                return True
        # What the answer is to be about ("... say about battery **recycling**?") must be in it, each word
        # at least loosely: a word less than LOOSE_SUPPORT close is another topic.
        about = set(_TOKEN.findall(_about_phrase(question)))
        found = _supports_of(words, supports, lambda word: word in about)
        if found and min(found) < LOOSE_SUPPORT:
            return True
        # A yes/no question asks whether the text says just that ("Did the NPC approve Tianneng's proposal?"):
        # each of its words must be there at least loosely, unless the sentence as a whole says the same
        # ("Has the trade-in scheme mattered for EV demand?" / "... has been key for expanding EV demand").
        weak = any(support < LOOSE_SUPPORT for support in supports)
        if _YES_NO.match(question) and weak and lead_cosine < SAME_MEANING_COSINE:
            return True
        speaker_phrase = _speaker(question)
        # In a question typed all in lowercase ("did tesla say anything ...") capitals mark no names, so
        # every word of the speaker phrase is taken for one.
        named = _question_names(speaker_phrase) if question != question.lower() else [
            word for word in _TOKEN.findall(speaker_phrase)
            if word not in _STOPWORDS and word not in _GENERIC_KINDS and not _is_agent_word(word)
        ]  # "did tesla say ...", but "what did economists say ..." names no one
        speaker = [self._name_key(name) for name in named if _bare(name) not in _ROLE_WORDS]
        if speaker and not any(_name_in(name, present) for name in speaker):
            return True
        # A country or territory the question is bounded to ("... list **in Hong Kong**?") must be in the
        # retrieved text. Only those: "in Galliformes", "in MRI" or "at PCNA K164" are no places.
        for place in (name for name in _LOCATED_NAME.findall(question) if _names_country(name)):
            keys = [self._name_key(name) for name in _question_names(place)]
            aliases = _PLACE_ALIASES.get(place.lower().removeprefix("the "), set())
            alias_terms = set().union(*(_content_terms(alias) for alias in aliases))
            if not all(_name_in(key, present) for key in keys) and not alias_terms & present:
                return True  # "... in the United States?" is also there as "the U.S."
        return False

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
        """"What did GAC say at the CPPCC?" asks for GAC's words: when some sentences name the speaker (or
        continue one that does, "He also ..."), the others lose ``PREFERENCE_SHARE`` of their score, however
        well they match the rest ("the CPPCC is an advisory body ...")."""
        speaker = [
            self._name_key(name) for name in _question_names(_speaker(question))
            if _bare(name) not in _ROLE_WORDS
        ]
        if not speaker:
            return

        def names_speaker(candidate: Candidate) -> bool:
            terms = candidate.terms
            if _opens_anaphorically(candidate.text):
                terms = terms | candidate.previous_terms
            return any(_name_in(name, terms) for name in speaker)

        _prefer(candidates, names_speaker)

    def _figures_measure_something_else(self, question: str, lead: Candidate) -> bool:
        """Whether a how-many/how-much question gets a figure of something else: "How many EVs were sold in
        2024?" is not answered by "In 2024, total applications for the trade in scheme exceeded four
        million", a figure of applications. Only when every figure's noun can be read (``_figure_measures``)
        and none is one of the asked words, spelled alike or close to one (contextual token cosine, as for
        ``ASKED_THING_SUPPORT``)."""
        asked = _asked_measure(question)
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
    def _candidates(self, passages: list[Passage]) -> list[Candidate]:
        """Answer-worthy sentences of the passages: no headings, one copy of each repeated sentence."""
        seen: set[str] = set()
        out: list[Candidate] = []
        for index, passage in enumerate(passages):
            chunk = passage.chunk
            previous_text = ""
            for start, end in _sentence_spans(chunk.text, chunk.start, chunk.sentences):
                text = chunk.text[start - chunk.start : end - chunk.start]
                if _is_heading(text):
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
                            title_terms=_content_terms(passage.title or ""),
                        )
                    )
                previous_text = text
        return out

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

        1.0 for a word whose stem occurs in a chosen sentence or the sentence before it (their terms
        include the long forms of the acronyms they use, ``_with_acronyms``); otherwise the
        best cosine between the word's contextual vector in the question and any token's contextual vector
        there (BERTScore-style alignment: "abusing patents" finds "patent misuse"; "tariffs" finds
        nothing close in a sentence about interest rates).
        """
        if not words:
            return []
        context = [c.text for c in chosen] + [c.previous_text for c in chosen if c.previous_text]
        present: set[str] = set().union(*(c.terms | c.previous_terms for c in chosen))
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
        own = sum(1 for name in name_stems if _name_in(name, candidate.terms)) / len(name_stems)
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


# ---------------------------------------------------------------------- helpers
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


def _is_heading(text: str) -> bool:
    """Short line, a line that does not end like a sentence, a question (questions never answer), or a
    web page's call to action ("For more information ... get in touch.")."""
    stripped = text.rstrip(" \"”’')")
    return (
        len(text.split()) < 4
        or not text.rstrip().endswith(_TERMINAL)
        or stripped.endswith("?")
        or bool(_CALL_TO_ACTION.search(text))
    )


def _dedupe_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _question_names(question: str) -> list[str]:
    """Proper nouns, acronyms and numbers of a question ("Nio", "CPPCC", "RMB1.3"), in order.

    A name qualifying a currency ("US dollars", "Hong Kong dollars") names a unit, which a text gives as
    "USD179 billion" or "$", so it is not a name the answer has to contain.
    """
    names: list[str] = []
    tokens = _TOKEN.findall(question)
    shouting = _mostly_capitals(question)
    # A first word set off by a colon is a label, no name ("Quick: main themes?").
    interjection = bool(re.match(r"\s*[A-Za-z]+\s*:", question))
    for position, token in enumerate(tokens):
        if position == 0 and (token.lower() in _QUESTION_OPENERS or interjection):
            continue
        if any(t.lower() in _CURRENCY_WORDS for t in tokens[position + 1 : position + 3]):
            continue
        if "-" in token and not token[:1].isdigit():  # "AI-related" names AI; "self-driving" names nothing
            names.extend(part for part in token.split("-") if part[:1].isupper())
            continue
        has_digit = any(ch.isdigit() for ch in token)
        acronym = _is_acronym(token) and not shouting
        if (token[:1].isupper() or has_digit) and (token.lower() not in _STOPWORDS or acronym):
            names.append(token)
    return names


def _supports_of(
    words: list[tuple[str, tuple[int, int]]], supports: list[float], keep: Callable[[str], bool]
) -> list[float]:
    """The supports of the question words ``keep`` accepts."""
    return [support for (word, _), support in zip(words, supports, strict=True) if keep(word)]


def _content_words(question: str, terms_of: Callable[[str], set[str]]) -> list[tuple[str, tuple[int, int]]]:
    """The question's words that constrain an answer, with their spans: no question opener, no stopword."""
    words = []
    previous = ""
    for position, match in enumerate(_TOKEN.finditer(question)):
        word = match.group()
        after_this, previous = previous == "this", word.lower()
        if position == 0 and word.lower() in _QUESTION_OPENERS:
            continue
        if after_this and _bare(word) == "year":  # "this year" is when the report is about, no topic
            continue
        if terms_of(word):
            words.append((word, match.span()))
    return words


def _spelled_alike(word: str, other: str) -> bool:
    """Whether two lowercase words of at least seven letters differ by one edit (two from ten letters on),
    with the same first letter: a typo ("aplications") rather than another word."""
    if word == other or min(len(word), len(other)) < 7 or word[0] != other[0]:
        return word == other
    limit = 2 if min(len(word), len(other)) >= 10 else 1
    if abs(len(word) - len(other)) > limit:
        return False
    previous = list(range(len(other) + 1))
    for i, letter in enumerate(word, start=1):
        current = [i]
        for j, other_letter in enumerate(other, start=1):
            substitution = previous[j - 1] + (letter != other_letter)
            current.append(min(previous[j] + 1, current[j - 1] + 1, substitution))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


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


def _mostly_capitals(text: str) -> bool:
    """Written in capitals ("WHO IS THE CEO OF NIO?"), where capitals say nothing about names."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.7 * len(letters)


def _is_acronym(token: str) -> bool:
    """"US", "UK", "IT": two or three capitals, a name even where the lowercase word is a stopword."""
    return 2 <= len(token) <= 3 and token.isalpha() and token.isupper()


def _focus_phrase(question: str) -> str | None:
    """What the question is about, when its wording says: the phrase after *about/regarding/concerning*
    ("What did X say about housing and property prices?"), or the subject of *What/Which is/are ...*
    up to its first preposition or "this"/"that" ("What is the budget deficit target for this year?").
    None otherwise.

    An answer has to be about that phrase, not just share the question's other words: the confidence
    compares the phrase's MiniLM vector with the chosen sentences' (``Assessment.focus_cosine``).
    """
    about = _about_phrase(question)
    if about:
        return about
    tokens = _TOKEN.findall(question)
    lowered = [token.lower() for token in tokens]
    if len(lowered) > 2 and lowered[0] in ("what", "which") and lowered[1] in ("is", "are", "was", "were"):
        subject: list[str] = []
        for position, token in enumerate(tokens[2:], start=2):
            if token.lower() == "of" and subject and subject[-1].lower() in _RELATIONAL_NOUNS:
                subject = []  # "What is the role of X?" is about X
                continue
            following = tokens[position + 1] if position + 1 < len(tokens) else ""
            # "the May 2023 inflation rate": a month, not the auxiliary
            month = token.lower() == "may" and (token == "May" or following[:1].isdigit())
            if token.lower() in _FOCUS_END or (subject and token.lower() in _AUXILIARIES and not month):
                break  # "What are the challenges recyclers **are** facing?": a relative clause
            subject.append(token)
        if len(subject) > 1 and subject[-1].lower().endswith("ing") and subject[-2].lower() not in _ARTICLES:
            return None  # "What is Xiaomi pushing for?": a verb in the progressive, not a subject
        return " ".join(subject) or None
    return None


def _about_phrase(question: str) -> str:
    """The words after *about/regarding/concerning* ("What did Gotion say about **battery recycling**?")."""
    tokens = _TOKEN.findall(question)
    for position, token in enumerate(tokens[:-1]):
        if token.lower() in _ABOUT:
            return " ".join(tokens[position + 1 :])
    return ""


def _about_topic(question: str) -> str:
    """The topic of an *about* phrase without the setting after it: "... about **battery swapping** at the
    CPPCC?"."""
    words = []
    for word in _TOKEN.findall(_about_phrase(question)):
        if word.lower() in ("at", "during", "in", "on", "from", "to", "for", "by", "with", "this"):
            break
        words.append(word)
    return " ".join(words)


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
    return len(name) >= 2 and any(term.startswith(name) and not term[len(name)].isalpha() for term in terms
                                  if len(term) > len(name))


def _missing_fraction(name_stems: list[str], present: set[str]) -> float:
    """Share of the question's names found nowhere in the retrieved text (strong sign it isn't there)."""
    if not name_stems:
        return 0.0
    return sum(1 for name in name_stems if not _name_in(name, present)) / len(name_stems)


def _answer_type_gap(question: str, candidates: list[Candidate]) -> float:
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
    best = max(candidates, key=lambda c: c.score)
    return 0.0 if _gives_answer_type(wanted, best.text, question) else 1.0


def _gives_answer_type(wanted: str, text: str, question: str) -> bool:
    """Whether ``text`` holds a figure (``wanted == "quantity"``), a date (``"time"``), a place name
    (``"place"``), a name (``"name"``, for "Who is the CEO of X?") or someone (``"agent"``, for "Who ...?").

    Numbers the question itself states are not an answer ("How fast did X grow in 2024?" is not answered
    by "... in September 2024"), and for a quantity neither is a bare year; but a quantity for a year the
    question names comes with that year ("How much was issued in 2024?"), one for "last year" with a past
    time; "How much did X receive/spend ...?" and "How much money ...?" need a sum in a currency
    ("RMB300 billion", "$5 million"). A place is a capitalised word after the first that the question does
    not contain and that is no month, number or acronym (but US/UK/EU/UAE are places), or one named after
    in/at; "Where was X held?" and "Which city ...?" need the latter (and not a country), "Which country
    ...?" a country. A name or someone is a capitalised word the question lacks (titles, pronouns and the
    long form of the question's own acronym aside), or for someone also a word for people or a body.
    """
    if wanted in ("place", "name", "agent"):
        asked = {_bare(token) for token in _TOKEN.findall(question)}
        # The long form of an acronym the question uses is no new name: "Who chairs the NPC?" is not
        # answered by "... the National People's Congress (NPC)".
        for acronym, long_form in _acronyms_defined_in(text):
            if acronym in asked:
                asked |= {_bare(token) for token in _TOKEN.findall(long_form)}
        tokens = _TOKEN.findall(text)
        if wanted == "agent" and any(_is_agent_word(token) and _bare(token) not in asked for token in tokens):
            return True
        # The first word is capitalised anyway: it counts unless it is an ordinary opener ("The",
        # "Separately,"), so "Hungary will host the plant" names a place and "Musk leads Tesla" a name.
        first = _TOKEN.match(text)
        ordinary = first is None or _ordinary_opener(first.group(), text[first.end() : first.end() + 1])
        start = 1 if ordinary else 0
        fits = _could_be_place if wanted == "place" else _could_be_name  # an agent may be a name
        found = [token for token in tokens[start:] if fits(token) and _bare(token) not in asked]
        located = [place for place in _located_places(text) if _bare(place) not in asked]
        if _WHERE_HELD.match(question.lower().strip()):  # "Where were they held?": "in/at <place>"
            return bool(located)
        if wanted == "place" and not found:  # "Where was the report presented?" -> "at the NPC"
            found = located
        if wanted != "place" or not found:
            return bool(found)
        kind = _PLACE_OPENER.match(question.lower().strip())
        asked_kind = kind.group(3) if kind else None
        if asked_kind in ("country", "countries", "nation", "nations"):  # a country, not any place
            return _names_country(" ".join(found))
        if asked_kind:  # "Which city ...?": a place named as one ("held in Beijing"), and not "China's"
            return any(not _is_country(place) for place in located)
        return True
    asked_years = set(_YEAR.findall(question))
    if wanted == "quantity" and asked_years and not asked_years & set(_YEAR.findall(text)):
        return False  # "How much was issued in 2024?" needs a figure for 2024
    if wanted == "quantity" and _PAST_PERIOD.search(question) and not _PAST_TIME_ANSWER.search(text):
        return False  # "How much was issued last year?" needs a figure said to be for a past period
    for number in {t for t in _TOKEN.findall(question) if any(ch.isdigit() for ch in t)}:
        text = re.sub(rf"(?<![\w.]){re.escape(number)}(?![\w.]*\d)", " ", text, flags=re.IGNORECASE)
    if wanted == "quantity":
        text = _YEAR.sub(" ", text)
    text = _NAMED_NUMBER.sub(" ", text)
    if wanted == "time":
        lowered = question.lower()
        pattern = (
            _DIGIT if _YEAR_QUESTION.search(lowered) else _DATE_ANSWER if _DATE_QUESTION.search(lowered)
            else _TIME_ANSWER
        )
    else:
        lowered = question.lower().strip()
        amount = _HOW_MUCH.match(lowered) or _asked_quantity(lowered) == "amount"
        money = _MONEY_QUESTION.search(lowered)
        pattern = _MONEY_ANSWER if money else _AMOUNT_ANSWER if amount else _QUANTITY_ANSWER
    return bool(pattern.search(text))


def _expected_answer_type(question: str) -> str | None:
    """``"quantity"``, ``"time"``, ``"place"``, ``"name"``, ``"agent"`` or None, from the question's wording
    alone."""
    lowered = question.lower().strip()
    embedded = _EMBEDDED_QUESTION.search(lowered)
    if embedded:  # "Did Xiaomi say when it will launch ...?" asks when
        return _expected_answer_type(lowered[embedded.start(1) :])
    if _QUANTITY_OPENER.match(lowered):
        return "quantity"
    if _TIME_OPENER.match(lowered):
        return "time"
    if _asked_quantity(lowered):
        return "quantity"
    if _PLACE_OPENER.match(lowered):
        return "place"
    if _HOLDER_OPENER.match(lowered) or _HOLDER_VERB.match(lowered):
        return "name"
    if _WHO_OPENER.match(lowered) or _WHICH_ORGANISATION.match(lowered):
        return "agent"  # "Who runs the museum?" too: a name or "a charitable trust"
    return None


def _asked_phrase(lowered: str) -> str:
    """What a what/which question asks for: the noun phrase between "what"/"which" and its auxiliary
    ("What **interest rate** do the bonds pay?"), or the subject of "What is ..." ("What is **the
    growth target** for 2025?", "What will **the new ratio** be?"). Empty when the verb comes first
    ("What does the government want to do with interest rates?") or no auxiliary marks where the phrase
    ends ("Which carmaker cut prices the most?": "cut" could be a verb, so nothing is claimed)."""
    words = re.findall(r"[a-z]+", lowered)
    if not words or words[0] not in ("what", "which"):
        return ""
    if len(words) > 1 and words[1] in _COPULAS:
        return _focus_phrase(lowered) or ""
    if len(words) > 3 and words[1] in _MODALS and "be" in words[3:]:  # "What will the new ratio be ...?"
        subject = words[2 : words.index("be", 3)]
        cut = next((i for i, word in enumerate(subject) if word in _FOCUS_END), len(subject))
        return " ".join(subject[:cut])
    phrase = []
    for word in words[1:9]:
        if word in _AUXILIARIES:
            return " ".join(phrase)
        phrase.append(word)
    return ""


def _asked_quantity(lowered: str) -> str | None:
    """``"amount"`` or ``"count"`` when a what/which question's asked phrase is headed by a quantity
    noun: the phrase's last word ("What **interest rate** do ...", "What is the **growth target** ...")
    or a word followed by *of* or *for* ("What **share** of new cars ..."); a count when the phrase
    speaks of a *number* ("What was the number of delegates?"). None otherwise."""
    phrase = _asked_phrase(lowered).split()
    headed = any(
        word in _QUANTITY_NOUNS and (i == len(phrase) - 1 or phrase[i + 1] in ("of", "for"))
        for i, word in enumerate(phrase)
    )
    if not headed:
        return None
    return "count" if {"number", "numbers"} & set(phrase) else "amount"


# What a figure measures: the noun after it ("four million **applications**"), or the subject of a verb
# that states a level ("total **applications** ... exceeded four million"), or the noun it is "of" ("a
# **target** of around 5%").
_LEVEL_VERBS = _word_set(
    "exceeded exceeds exceed reached reaches reach totalled totaled totals total topped tops surpassed "
    "surpasses hit hits amounted amounts stood stands rose rises grew grows fell falls climbed climbs "
    "jumped jumps dropped drops declined declines was were is are"
)
_APPROXIMATORS = _word_set(
    "over about around nearly almost roughly approximately some just more than up to to at"
)
_FIGURE_WORD = re.compile(
    rf"(?:[A-Za-z]{{0,4}}\d[\d.,]*%?|{_NUMBER_WORDS}|%|per|cent)$", re.IGNORECASE
)
# Units a figure is counted in, not what it counts ("22 million tonnes of rice", "17 million units").
_UNIT_WORDS = _word_set(
    "tonnes tons tonne ton units unit barrels barrel litres liters kilograms kilos kg metres meters "
    "kilometres kilometers km miles hectares acres percent percentage points point gigawatts megawatts "
    "gw mw gwh kwh twh bps pieces items times"
)
_CLAUSE_PREPOSITIONS = _word_set("for of in on from under with by at to within among between across")
_CHANGE_VERBS = _word_set(
    "grow grew grown rise rose risen increase increased fall fell fallen drop dropped decline declined "
    "expand expanded shrink shrank climb climbed jump jumped"
)

_SENTENCE_TOKEN = re.compile(r"[A-Za-z0-9$][A-Za-z0-9'’.,%$-]*[A-Za-z0-9%]|[A-Za-z0-9%]|[,;:()]")


_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:|\s[–—-])\s+|,\s+(?=(?:while|with|whereas|which|although|though|but|as|after|before|"
    r"indicating|including|according|seeking|putting|making|adding|saying)\s)"
)


def _clauses(sentence: str) -> list[str]:
    """The clauses of a long sentence (at semicolons, colons, dashes and commas before "with", "while",
    "which", "indicating" ..., not at the commas of a list), those of at least four words; [] for a
    sentence that does not break into two or more of them."""
    parts = [part.strip() for part in _CLAUSE_BREAK.split(sentence)]
    parts = [part for part in parts if len(part.split()) >= 4]
    return parts if len(parts) >= 2 else []


def _tokens_with_spans(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Words and clause punctuation of ``text``, with their character spans ("4,000" stays one word)."""
    return [(m.group(), m.span()) for m in _SENTENCE_TOKEN.finditer(text)]


def _is_figure(token: str) -> bool:
    """A number, an amount ("RMB300", "41.3", "5%") or a number word, but no bare year and no number word
    that is part of a name ("the Two Sessions")."""
    if token[:1].isupper() and token.isalpha():
        return False
    return bool(_FIGURE_WORD.fullmatch(token)) and not _YEAR.fullmatch(token)


def _figure_measures(text: str) -> list[tuple[int, int]] | None:
    """The spans of the nouns the figures of ``text`` measure ("four million **applications**", "total
    **applications** ... exceeded four million", "a **target** of 5%"); None when some figure's noun
    cannot be read this way, since then nothing can be said against it."""
    tokens = _tokens_with_spans(text)
    measures: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not _is_figure(tokens[i][0]):
            i += 1
            continue
        end = i
        while end < len(tokens) and _is_figure(tokens[end][0]):
            end += 1
        if end < len(tokens) and tokens[end][0] == "(":  # "RMB300 billion (USD41.3 billion)": one figure
            close = next((k for k in range(end, len(tokens)) if tokens[k][0] == ")"), end)
            end = close + 1
        measure = _noun_after(tokens, end) or _noun_before(tokens, i)
        if measure is None:
            return None
        measures.append(measure)
        i = end
    return measures


def _plain_word(token: str) -> bool:
    """A word that can be part of a noun phrase: no stopword, preposition, number or punctuation."""
    lowered = token.lower()
    if not token[:1].isalpha() or lowered in _CLAUSE_PREPOSITIONS:
        return False
    return lowered not in _STOPWORDS or lowered in _VAGUE_WORDS  # "two **key** political bodies"


def _noun_after(tokens: list[tuple[str, tuple[int, int]]], start: int) -> tuple[int, int] | None:
    """The last word of the run of plain words right after a figure ("two key political **bodies**"); after
    a unit, the noun it is of ("22 million tonnes of **rice**"). A unit alone ("17 million units") says
    nothing of what is counted: then, as for no noun, None."""
    run = []
    for token, span in tokens[start : start + 4]:
        if not _plain_word(token) or _is_figure(token):
            break
        run.append((token, span))
    if run and run[-1][0].lower() in _UNIT_WORDS:
        after = start + len(run)
        if after + 1 < len(tokens) and tokens[after][0].lower() == "of":
            return _noun_after(tokens, after + 1)
        return None
    return run[-1][1] if run else None


def _noun_before(tokens: list[tuple[str, tuple[int, int]]], figure: int) -> tuple[int, int] | None:
    """The noun a figure is "of" ("a **target** of 5%"), or the subject of the level verb before it ("total
    **applications** for the scheme exceeded four million"): the clause's words up to their first
    preposition, last word."""
    k = figure - 1
    while k >= 0 and tokens[k][0].lower() in _APPROXIMATORS | {"than"}:
        k -= 1
    if k < 0:
        return None
    word = tokens[k][0].lower()
    if word == "of" and k > 0 and _plain_word(tokens[k - 1][0]):
        return tokens[k - 1][1]
    if word not in _LEVEL_VERBS:
        return None
    start = k
    while start > 0 and tokens[start - 1][0].lower() not in (",", ";", ":", "(", "that", "which"):
        start -= 1
    subject = []
    for token, span in tokens[start:k]:
        if token.lower() in _CLAUSE_PREPOSITIONS or token.lower() in _AUXILIARIES:
            break
        if _plain_word(token):
            subject.append(span)
    return subject[-1] if subject else None


def _asked_measure(question: str) -> list[tuple[int, int]]:
    """The spans of the words naming what a how-many/how-much question counts or measures: "How many
    **electric vehicles** were sold ...", "How much **ultra-long-term special government debt** was issued
    ...", "How much did **EV sales** grow ...", "how many **ev trade** in **aplications** ..." (a particle
    does not end the phrase). [] for generic kinds ("How many people ...", "How much money ...") and when
    the wording does not say."""
    tokens = [(t.lower(), span) for t, span in _tokens_with_spans(question)]
    words = [t for t, _ in tokens]
    for position in range(min(3, len(words) - 2)):
        if words[position] == "how" and words[position + 1] in ("many", "much"):
            break
    else:
        return []
    rest = tokens[position + 2 :]
    if rest and rest[0][0] in _AUXILIARIES:  # "How much did EV sales grow": the subject of a change verb
        subject = []
        for token, span in rest[1:]:
            if token in _CHANGE_VERBS:
                return _specific(subject)
            if not _plain_word(token):
                return []
            subject.append((token, span))
        return []
    phrase = []
    for index, (token, span) in enumerate(rest):
        if token in _PARTICLES and index + 1 < len(rest) and _plain_word(rest[index + 1][0]):
            continue
        if not _plain_word(token):
            break
        phrase.append((token, span))
    return _specific(phrase)


def _specific(phrase: list[tuple[str, tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans of a noun phrase's words, unless it names a generic kind ([] then, or for no phrase)."""
    if any(token in _GENERIC_KINDS for token, _ in phrase):
        return []
    return [span for _, span in phrase]


def _speaker(question: str) -> str:
    """Who a question asks the words of: "What did **Tesla** say about ...?", "What does **Nio's CEO**
    want?" ("" when it asks no one's words)."""
    match = _SPEAKER.match(question.strip())
    return match.group(1) if match else ""


def _reacting_subject(question: str) -> str:
    """Whose reaction a question asks for: "How did **Chinese stock markets** react to ...?" ("" if none)."""
    match = _REACTION.match(question.strip())
    return match.group(1) if match else ""


def _head_words(phrase: str) -> set[str]:
    """The word a noun phrase is about, lowercased: its last ("Chinese stock **markets**"); all its words
    when that is a title ("Tesla's CEO": the text may name the company or the person)."""
    words = [_bare(word) for word in _TOKEN.findall(phrase)]
    if not words:
        return set()
    return set(words) if words[-1] in _ROLE_WORDS else {words[-1]}


def _asked_thing(question: str) -> set[str]:
    """The words naming what the question asks for, lowercased: "How many **delegates** attend ..."
    (the words up to the next function word, so a verb may come along), "What **penalty** did CALB
    propose ...". Generic kinds ("Which company ...", "How much money ...")
    and relational nouns are left out: any company or sum answers them. The subject of "What is ...?" is
    the focus phrase's business (``focus_support``), so it is not repeated here."""
    lowered = question.lower().strip()
    words = [w.replace("’", "'").removesuffix("'s") for w in _TOKEN.findall(lowered)]
    if "how" in words[:2] and len(words) > 2 and words[words.index("how") + 1] in ("many", "much"):
        phrase = []
        for word in words[words.index("how") + 2 :]:
            if word in _STOPWORDS or word in _AUXILIARIES:
                break
            phrase.append(word)
    elif words[:1] in (["what"], ["which"]) and not (len(words) > 1 and words[1] in _COPULAS):
        phrase = _asked_phrase(lowered).split()
    else:
        return set()
    if phrase[:1] and phrase[0] in _GENERIC_KINDS:
        return set()  # "Which company ...", "How much money ...": any one answers
    skip = _GENERIC_KINDS | _RELATIONAL_NOUNS | _STOPWORDS | _NUMBER_WORD_SET
    return {word for word in phrase if word not in skip and not word.isdigit()}


def _without_exclusion(question: str) -> str:
    """The question without what it sets aside: "Apart from pricing reforms, what else did CATL call
    for?" asks what CATL called for, and the words "pricing reforms" must not pull the answer to them."""
    stripped = _EXCLUSION.sub("", question).strip()
    return stripped if _TOKEN.search(stripped) else question


def _expand_contractions(question: str) -> str:
    """"what's the name" -> "what is the name", so the question's form is read the same either way."""
    return _CONTRACTION.sub(lambda m: m.group(1) + " is", question)


@functools.lru_cache(maxsize=50_000)
def _content_terms(text: str) -> frozenset[str]:
    """``Assistant._terms``, cached by text: the same sentences are scored ask after ask. A word and the
    particle after it also count as their compound ("roll out" -> "rollout", "trade in" -> "tradein"; the
    compounds of other pairs, "sales in", match nothing and do no harm)."""
    terms = set()
    shouting = _mostly_capitals(text)
    previous = ""
    for original in _TOKEN.findall(text):
        token = original.lower().replace("’", "'").removesuffix("'s")
        parts = [token] + (token.split("-") + [token.replace("-", "")] if "-" in token else [])
        if token in _PARTICLES and previous.isalpha() and previous not in _STOPWORDS:
            parts.append(previous + token)  # "roll out" is a "rollout", "trade in" a "trade-in"
        previous = token
        for part in parts:
            stopword = part in _STOPWORDS and (shouting or not _is_acronym(original))
            if stopword or (len(part) < 2 and not part.isdigit()):
                continue
            if any(ch.isdigit() for ch in part):
                terms.add(part)
            else:
                terms.add(stem_word(part)[:STEM_PREFIX])
    return frozenset(terms)


def _long_forms(question: str, definitions: dict[str, str]) -> list[str]:
    """The long forms of the acronyms in ``question`` that ``definitions`` has."""
    return [definitions[token.lower()] for token in _TOKEN.findall(question)
            if token.isupper() and token.lower() in definitions]


def _plain(text: str) -> str:
    """Lowercase with straight apostrophes and single spaces, for literal comparison."""
    return " ".join(text.lower().replace("’", "'").split())


def _prefer(candidates: list[Candidate], keep: Callable[[Candidate], bool]) -> None:
    """When some candidates are what the question asks for (``keep``), the others lose ``PREFERENCE_SHARE``
    of their score and are no longer ``preferred``: they do not join a preferred best sentence."""
    kept = [keep(candidate) for candidate in candidates]
    if any(kept):
        for candidate, wanted in zip(candidates, kept, strict=True):
            if not wanted:
                candidate.score *= 1.0 - PREFERENCE_SHARE
                candidate.preferred = False


def _acronym_definitions(texts: Sequence[str]) -> dict[str, str]:
    """Acronyms the texts define, lowercased, with their long forms: "reserve requirement ratio (RRR)"
    gives {"rrr": "reserve requirement ratio"} (the letters must be the initials of the words before)."""
    found: dict[str, str] = {}
    for text in texts:
        found.update(_acronyms_defined_in(text))
    return found


@functools.lru_cache(maxsize=4096)
def _acronyms_defined_in(text: str) -> tuple[tuple[str, str], ...]:
    """``_acronym_definitions`` of one text, cached (so immutable): the same chunks come back ask after
    ask."""
    found: dict[str, str] = {}
    for match in _DEFINED_ACRONYM.finditer(text):
        acronym = match.group(2)
        words = re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", match.group(1))
        for size in range(len(acronym), 1, -1):  # "Chinese People's Political ... (CPPCC)" skips "s"
            long_form = words[-size:]
            if len(long_form) == size and "".join(w[0] for w in long_form).upper() == acronym:
                found[acronym.lower()] = " ".join(long_form)
                break
    return tuple(found.items())


def _bare(token: str) -> str:
    return token.lower().replace("’", "'").removesuffix("'s")


def _ordinary_opener(word: str, following: str) -> bool:
    """A sentence's first word that is no name: a function word, a connective, or a word before a comma."""
    plain = word.lower()
    return following == "," or plain in _STOPWORDS or plain in _QUESTION_OPENERS or plain in SENTENCE_OPENERS


def _could_be_name(token: str) -> bool:
    """A capitalised word that is not a month, a number word, a question word or a title ("CEO")."""
    return token[:1].isupper() and token.lower() not in _NOT_PLACES and _bare(token) not in _ROLE_WORDS


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Lowercase names of the world's countries and territories (ISO 3166, from pycountry), official and
    common ("china", "united states", "hong kong")."""
    import pycountry

    names = set(_COUNTRY_ALIASES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value.lower())
    return frozenset(names)


# Other ways a text names a country a question names ("the U.S." for "the United States").
_PLACE_ALIASES = {
    "united states": {"US", "U.S.", "USA", "America", "American"},
    "united kingdom": {"UK", "U.K.", "Britain", "British"},
}
# Everyday names ISO 3166 spells otherwise ("Türkiye", "Russian Federation", "Korea, Republic of").
_COUNTRY_ALIASES = frozenset({
    "russia", "turkey", "britain", "great britain", "england", "scotland", "wales", "northern ireland",
    "america", "kosovo", "palestine", "south korea", "north korea", "iran", "vietnam", "syria", "laos",
    "bolivia", "venezuela", "tanzania", "taiwan", "czech republic", "moldova", "macedonia", "holland",
    "u.s", "u.s.", "usa", "u.k",
})


def _is_country(token: str) -> bool:
    """A country's name or its usual acronym ("US", "UK", "UAE")."""
    return token.removesuffix("'s").removesuffix("’s") in _ACRONYM_PLACES or _bare(token) in _country_names()


def _names_country(text: str) -> bool:
    """Whether ``text`` names a country or territory ("Hungary", "the United States", "Hong Kong")."""
    tokens = _TOKEN.findall(text)
    words = [_bare(token) for token in tokens]
    if any(_is_country(token) for token in tokens):
        return True
    return any(" ".join(words[i : i + n]) in _country_names() for n in (2, 3) for i in range(len(words)))


def _is_agent_word(token: str) -> bool:
    """A word that can say who did something: a pronoun, a word for a body or a group, or a noun for people
    by what they do ("recyclers", "representatives", "economists")."""
    word = _bare(token)
    return word in _AGENT_WORDS or (len(word) > 5 and word.endswith(_AGENT_SUFFIXES))


def _located_places(text: str) -> list[str]:
    """Capitalised words named as places: after in/at/from/near ("held in Geneva", "In Geneva, ..."), or
    hosting ("Los Angeles will host ..."), but not times ("held in March", "at Christmas")."""
    places = [after or host for after, host in _LOCATIVE_PLACE.findall(text)]
    return [place for place in places if _bare(place) not in _NOT_LOCATIONS]


def _could_be_place(token: str) -> bool:
    """A capitalised word that is not a month, a number word or an acronym other than US/UK/EU/UAE."""
    if not token[:1].isupper() or token.lower() in _NOT_PLACES:
        return False
    return not token.isupper() or token in _ACRONYM_PLACES


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
