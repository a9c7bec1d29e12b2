"""Conversations: a small SQLite store of turns, and a rule-based rewrite of follow-up questions.

The store is shared by a web server's threads, so one connection is opened with
``check_same_thread=False`` and every statement runs under a lock. The rewrite turns an elliptical or
pronoun-laden follow-up ("And CALB?", "Who proposed it?") into a standalone question built from the
previous *standalone* question, so retrieval and scoring see the full topic. No generative model: only
patterns over capitalised words, acronyms, wh-forms and prepositional phrases.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Collection, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path

from qa.languages import LANGUAGES_READ, northern_in_english, scots_in_english
from qa.lexical import stem_word
from qa.wording import (
    CURRENCY_NAMES,
    IRREGULAR_PAST,
    WH,
    base_form,
    capitalised,
    in_base_form,
    with_phrases,
    word_set,
)


@dataclass
class Turn:
    """One question/answer exchange as remembered by a conversation."""

    question: str
    rewritten_question: str | None
    answer: str
    abstained: bool
    created_at: float = field(default_factory=time.time)

    @property
    def standalone(self) -> str:
        """The question as it was actually retrieved: the rewrite when there was one."""
        return self.rewritten_question or self.question


_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    rewritten_question TEXT,
    answer TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns(conversation_id, seq);
"""


class ConversationStore:
    """Thread-safe SQLite store of conversations with bounded history and idle expiry."""

    def __init__(self, path: Path, max_turns: int = 20, ttl_seconds: float = 24 * 3600.0) -> None:
        if max_turns < 1:
            raise ValueError("max_turns must be at least 1")
        self.path = Path(path)
        self.max_turns = max_turns
        self.ttl_seconds = ttl_seconds
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            # WAL keeps the file consistent; a crash may lose the last turn, which chat history can afford
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)

    def new_id(self) -> str:
        """A fresh conversation id (uuid4 hex), registered so ``exists`` is true at once."""
        conversation_id = uuid.uuid4().hex
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT INTO conversations (id, created_at, updated_at) VALUES (?, ?, ?)",
                (conversation_id, now, now),
            )
        return conversation_id

    def exists(self, conversation_id: str) -> bool:
        with self._lock:
            row = self._db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return row is not None

    def turns(self, conversation_id: str) -> list[Turn]:
        """The kept turns of a conversation, oldest first; empty for an unknown id."""
        with self._lock:
            rows = self._db.execute(
                "SELECT question, rewritten_question, answer, abstained, created_at FROM turns "
                "WHERE conversation_id = ? ORDER BY seq",
                (conversation_id,),
            ).fetchall()
        return [Turn(q, rw, a, bool(ab), ts) for q, rw, a, ab, ts in rows]

    def append(self, conversation_id: str, turn: Turn) -> None:
        """Add a turn (creating the conversation if needed) and drop turns beyond ``max_turns``."""
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO conversations (id, created_at, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at",
                    (conversation_id, now, now),
                )
                self._db.execute(
                    "INSERT INTO turns (conversation_id, question, rewritten_question, answer, abstained,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        conversation_id,
                        turn.question,
                        turn.rewritten_question,
                        turn.answer,
                        int(turn.abstained),
                        turn.created_at,
                    ),
                )
                self._db.execute(
                    "DELETE FROM turns WHERE conversation_id = ? AND seq NOT IN "
                    "(SELECT seq FROM turns WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?)",
                    (conversation_id, conversation_id, self.max_turns),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def expire(self, now: float | None = None) -> int:
        """Delete conversations idle longer than the TTL; returns how many were removed."""
        cutoff = (time.time() if now is None else now) - self.ttl_seconds
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                stale = [
                    r[0]
                    for r in self._db.execute("SELECT id FROM conversations WHERE updated_at < ?", (cutoff,))
                ]
                for conversation_id in stale:
                    self._db.execute("DELETE FROM turns WHERE conversation_id = ?", (conversation_id,))
                    self._db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return len(stale)

    def close(self) -> None:
        with self._lock:
            self._db.close()


# --------------------------------------------------------------------------------------------------
# Follow-up rewriting
# --------------------------------------------------------------------------------------------------


# "And ...", "So, ...", "ok ...": a connective a message may open with.
_OPENING_CONNECTIVE = r"(?:(?:and|so|ok|okay)[\s,]+)?"
_AUX = (
    r"(?:is|are|was|were|did|does|do|will|would|could|can|should|has|have|had|might|may|must|"
    r"is\s+there|are\s+there)"
)
_ELLIPSIS_PATTERNS = [
    re.compile(r"^(?:and\s+)?(?:what|how)\s+about\s+(?P<x>.+)$", re.I),
    re.compile(r"^(?:and\s+)?what\s+of\s+(?P<x>.+)$", re.I),
    re.compile(r"^and\s+(?:(?:for|with|from|by|regarding)\b)?\s*(?P<x>.+)$", re.I),  # (not "and BYD?")
    re.compile(r"^(?P<x>.+?),?\s+(?:too|as\s+well|also)$", re.I),
    re.compile(r"^(?:same\s+(?:for|with)|likewise\s+for)\s+(?P<x>.+)$", re.I),
]
_PRONOUNS = {"it", "its", "they", "them", "their", "he", "she", "him", "her", "his", "there"}
_DEMONSTRATIVES = {"that", "this", "those", "these"}
_PERSON_PRONOUNS = {"they", "them", "their", "he", "she", "him", "her", "his"}
# Words that open a noun phrase ("the target", "their proposal").
ARTICLES = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)
_ACTING_AUX = r"(?:did|does|do|will|would|could|can|should|has|have|had|might|may|must)"
# Words after a demonstrative that show it stands alone as a pronoun ("is that in dollars", "that do").
_FUNCTION_WORDS = {
    "in",
    "on",
    "of",
    "for",
    "to",
    "at",
    "by",
    "with",
    "from",
    "about",
    "into",
    "mean",
    "means",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "could",
    "would",
    "can",
    "will",
    "should",
    "might",
    "may",
    "must",
    "have",
    "has",
    "had",
    "affect",
    "cost",
    "help",
    "lead",
    "imply",
    "matter",
    "and",
    "or",
    "but",
    "than",
    "as",
    "so",
    "if",
    "when",
    "because",
}
_QUESTION_STARTERS = {
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "why",
    "how",
    "is",
    "are",
    "was",
    "were",
    "did",
    "does",
    "do",
    "will",
    "would",
    "could",
    "can",
    "should",
    "has",
    "have",
    "had",
    "and",
    "tell",
    "list",
    "name",
    "give",
    "describe",
    "explain",
    "please",
    "in",
    "on",
    "for",
    "according",
    "the",
    "a",
    "an",
    "any",
    "i",
    "so",
    "then",
    "also",
    "apart",
    "aside",
    "besides",
    "except",
    "beyond",
    "other",
    "this",
    "that",
    "these",
    "those",
}
# Verbs of saying/wanting after "What did X ...": "What did Gotion propose" -> the subject is "Gotion".
_REPORTING_VERBS = {
    "say",
    "propose",
    "suggest",
    "mention",
    "want",
    "ask",
    "call",
    "advocate",
    "recommend",
    "plan",
    "announce",
    "report",
    "raise",
    "do",
    "think",
    "argue",
    "push",
    "urge",
    "support",
    "request",
    "need",
    "discuss",
    "talk",
    "highlight",
    "emphasise",
    "emphasize",
    "note",
    "state",
    "claim",
    "expect",
    "aim",
}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "whats the ...", typed without its apostrophe, too (only before an article: "whats" alone may be a word).
_CONTRACTION = re.compile(
    r"\b(?:(what|who|where|when|why|how|which|that|there)(?:['’]s|s(?=\s+(?:the|a|an|this)\b))|(what)s(?=\s))\b",
    re.IGNORECASE,
)
# "that number", "this figure": a demonstrative with a noun that only points back at what was just said.
_SUBJECT_VERBS = {
    "have",
    "has",
    "want",
    "plan",
    "aim",
    "intend",
    "need",
    "say",
    "think",
    "expect",
    "keep",
    "hope",
    "propose",
    "seek",
    "try",
    "use",
    "get",
    "make",
    "see",
    "give",
    "take",
    "cut",
    "raise",
    "issue",
    "spend",
}
_WHY_IN_OTHER_WORDS = re.compile(
    r"^(?:(?:and|so|but|ok|okay|wait)\s*,?\s+)?(?:why\s*(?:tho|though|then)?\s*,?\s*)?(?:"
    r"(?:for|to)\s+(?:what|which)\s+(?:(?:stated|exact|actual|real|main|specific|particular)\s+)?"
    r"(?:purpose|reason|end|aim|goal)s?|what\s+for|how\s+come|why\s+(?:tho|though)|"
    r"what\s+(?:is|was|are|were)\s+the\s+(?:(?:(?:supposed|stated|claimed|intended|expected)\s+)(?:benefits?)|"
    r"(?:(?:supposed|stated|claimed|intended|expected|bigger|broader|larger|real|main|ultimate|underlying|wider)\s+)?"
    r"(?:(?:point|reason|reasons|motive|motivation|rationale)(?:\s+(?:why|behind|of|for)(?:\s+(?:that|this|it|them))?)?|"
    r"(?:goal|aim|purpose|idea)\s+(?:behind|of)\s+(?:that|this|it|them))))"
    r"(?:\s*,?\s*(?:exactly|precisely|then|though|tho|again|donc|alors|please|pls))?$",
    re.I,
)
# Months, and the days and feasts a date is named by: no topic and nobody acting ("Tuesday.", "Easter said").
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_CALENDAR_DAYS = f"monday|tuesday|wednesday|thursday|friday|saturday|sunday|easter|christmas|{_MONTHS}"
_IN_A_CURRENCY = re.compile(
    rf"\bin\s+((?:us\s+|hong\s+kong\s+|nz\s+|new\s+zealand\s+)?{CURRENCY_NAMES})\b", re.I
)
_NAMED_CURRENCY = re.compile(rf"\b{CURRENCY_NAMES}\b", re.I)
_SAYS_SO = re.compile(
    r"\b(says|said|say|claims|claimed|reports|reported|thinks|believes|states)\s+so\b", re.I
)
# "this article", "the piece": the document itself; "when?", "and who?": a bare question word.
_THE_DOCUMENT = re.compile(r"\b(?:this|the)\s+(?:article|piece|story|post|document|note|write-?up)\b", re.I)
_OF_THE_DOCUMENT = re.compile(
    r"\b(?:wrote|written|write|authored|author|published|publisher|released|posted|title|headline)\b", re.I
)
_IT = re.compile(r"\bit\b", re.I)
_BARE_WH = re.compile(r"^(?:and\s+)?(when|who)$", re.I)
_IN_CURRENCY = re.compile(
    r"^(?:and\s+|so\s+|then,?\s+)?(?:(?:what\s+)?(?:is|was|are|were)\s+(?:that|this|it|those)\s+(?:in|given\s+in)\s+|"
    # "What is the amount in US dollar?": the sum just given, in another currency
    r"(?:what|how\s+much)\s+(?:is|was)\s+(?:the|that|this)\s+(?:amount|figure|sum|total|value)\s+in\s+|"
    r"how\s+much\s+in\s+|(?:what\s+is\s+)?the\s+|(?:expressed\s+|converted\s+|put\s+)?in\s+|"
    r"(?:is\s+there\s+|does\s+(?:it|the\s+article|the\s+text)\s+give\s+|do\s+they\s+give\s+)?(?:a|an|any)\s+)?"
    rf"((?:us\s+|hong\s+kong\s+|nz\s+|new\s+zealand\s+)?{CURRENCY_NAMES})"
    r"(?:\s+(?:figure|amount|value|equivalent|equiv|number|terms|conversion))?(?:\s+(?:given|stated|provided|mentioned))?$",
    re.I,
)
# "What is the RMB allocation for X?": a sum asked for, which "And in US dollars?" asks in another currency.
_AMOUNT_ASKED = re.compile(
    r"^(?:what|which)\b.*\b(?:allocation|amount|sum|budget|figure|total|funding|cost|price|value|size)\b",
    re.I,
)
_CONFIRMING = re.compile(r"\b(?:right|correct|yes|yeah|yep|true|no)\W*$", re.I)
_SUM_GIVEN = re.compile(rf"(?:\b{CURRENCY_NAMES}\s?|[$€£¥])\d", re.I)
# "Which of them ...?", "Who among these ...?": a choice among the names the previous answer listed.
_AMONG_THEM = re.compile(
    r"\b(?:which|who)\s+(?:one\s+)?(?:of|among)\s+(them|these|those|the\s+two|both)\b", re.I
)
# "which battery companies spoke ...?": the kind of things a question asks to be named.
_ASKED_KIND = re.compile(
    r"^(?:which|what)\s+((?:[a-z-]+\s+){0,2}?(?:companies|firms|bodies|carmakers|automakers|makers|"
    r"manufacturers|businesses|organi[sz]ations|groups|countries|people|executives|leaders))\b",
    re.I,
)
# "that scheme", "this budget": a demonstrative with a noun the previous question used.
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:that|this|those|these)\s+([a-z][\w-]+)\b", re.I)
# "Why does it matter for EVs?": "it" as the verb's subject.
_SUBJECT_IT = re.compile(r"\b(?:does|did|could|would|will|can|might|should|has|had)\s+it\s+[a-z]+", re.I)
_SUBJECT_AUXILIARIES = {"does", "did", "could", "would", "will", "can", "might", "should"}
_OBJECT_PRONOUN_AT_END = re.compile(r"\b[a-z]+\s+(?:it|that|this|them)\W*$", re.I)
# "How does that compare ...?", "Why could that matter ...?": a demonstrative as the verb's subject (the word
# after it is kept to tell "did that firm want" apart).
_SUBJECT_DEMONSTRATIVE = re.compile(
    r"\b(?:does|did|could|would|will|can|might|should)\s+(?:that|this)\s+(\w+)"
    # "Why is this good for EV companies?", and as some write it, "Why this is good ...?"
    r"|^why\s+(?:(?:is|was)\s+(?:that|this)|(?:that|this)\s+(?:is|was))\s+"
    r"(?!(?:in|of|for|to|the|a|an|so|about|from|on|at|with)\b)(\w+)",
    re.I,
)
# "When was that?", "Why did it happen?": a wh-word asked of what the previous turn said, nothing more.
_SAME_IN_YEAR = re.compile(
    r"^(?:and\s+)?(?:how\s+(?:much|many)|what)\s+(?:was|were|is|are|did)\s+(?:it|that|they|those|there)\s+"
    r"(?:in|for|during)\s+((?:19|20)\d\d)$",
    re.I,
)
_WH_OF_IT = re.compile(
    r"^(?:and\s+)?(when|why|how|where)(?:\s+(?:was|is|did|does|were)\s+(?:that|it|this)"
    r"(?:\s+(?:happen|happened|occur|occurred|take\s+place|so))?)?\W*$",
    re.I,
)
# "And the year before?", "and how many the year before that": the same question a year earlier.
_YEAR_BEFORE = re.compile(
    r"\b(?:in\s+)?(?:the\s+year\s+before(?:\s+that)?|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|before))\b",
    re.I,
)
_YEAR_BEFORE_LEFT = re.compile(
    r"(?:(?:and|so|what|about|how|many|much|was|were|is|are|it|that|then|there)\b\s*)*", re.I
)
# "Does it say by how much?", "Does it actually name him?": whether the article says, not a thing said.
_DOES_IT_SAY = re.compile(
    r"^(does|did)\s+it\s+(?:actually\s+|even\s+|really\s+)?(say|mention|give|name|state|tell\s+us|specify|"
    r"list|explain|report)\b(.*)$",
    re.I,
)
# "And for CALB, what was the proposal?": a topic put first, then the question.
_FRONTED_TOPIC = re.compile(
    rf"^(?:and\s+)?(?:for|about|as\s+for|regarding|how\s+far\s+with)\s+(?P<topic>[^,]{{1,40}}),\s*"
    rf"(?P<question>{WH}\b.+)$",
    re.I,
)
# "So what's the link to EVs?": how what was just said bears on something.
_LINK = re.compile(
    r"^(?:and\s+|so\s+)?what\s+is\s+the\s+(?:link|connection|relevance|relationship|tie-?in)\s+"
    r"(?:to|with|for)\s+(?!.*\bbetween\b).+$",
    re.I,
)
_SAYS_WHO = re.compile(
    r"^(?:and\s+)?(?:says|said)\s+who(?:\s*(?:[—–,:]|\s-)\s*.*)?$|^according\s+to\s+whom$"
    r"|^(?:and\s+)?on\s+whose\s+(?:authority|word|say-so|account)(?:\s+(?:is|was)\s+(?:that|this|it)"
    r"(?:\s+(?:reported|said|claimed|stated))?)?$",
    re.I,
)
_WHY_THEM = re.compile(r"^(?:and\s+|but\s+)?why\s+(?:them|they|him|her|it|that|this|those|these)$", re.I)
_THE_SAME = re.compile(r"\bthe\s+same(?:\s+(?:thing|things|idea|point|call|view))?\b", re.I)
# "Switching gears - how much ...?", "Quick one: what are ...?": words before the question that ask nothing.
_LEAD_IN = re.compile(
    r"^[^?:—–]{1,30}?\s*(?:\s-|—|–|:)\s*(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|"
    r"did|does|do|can|could|will|would|should|has|have)\b)",
    re.I,
)
# "the carmakers", "other firms": a kind of those who act, asked about in place of another kind.
_KIND_FRAGMENT = re.compile(
    r"^(?:the\s+|other\s+)?((?:[a-z-]+\s+)?(?:companies|firms|carmakers|automakers|makers|manufacturers|"
    r"businesses|groups|bodies|organi[sz]ations))$",
    re.I,
)
# "both acronyms", "the abbreviations": the short names the answer or question before used.
_THOSE_ABBREVIATIONS = re.compile(
    r"\b(?:both|the|these|those|all\s+(?:the|these|those))\s+(?:two\s+)?(?:abbreviations|acronyms|initialisms)\b",
    re.I,
)
# "that abbreviation", "this acronym": the short name the question before used.
_THAT_ABBREVIATION = re.compile(r"\b(?:that|this|the)\s+(?:abbreviation|acronym|initialism)\b", re.I)
# "..., for my American listeners?", "... for our readers": who the answer is for, not what is asked.
FOR_AUDIENCE = re.compile(
    r",?\s+(?:for|to)\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:listeners|readers|audience|viewers|clients|boss|"
    r"team|students|class|followers|subscribers|customers|investors|colleagues)\b(?=\W*$)",
    re.I,
)
# "ok, and CALB?", "Sorry, what does RRR stand for?": a word said before the question, which asks nothing.
INTERJECTIONS = ("ok", "okay", "so", "right", "sorry", "well", "hmm+", "um+", "cool", "great", "thanks")
# ... and an adverb set off by a comma ("Broadly, what were ...?", "Honestly, ..."): how, not what, is asked.
INTERJECTION = re.compile(rf"^\s*(?:{'|'.join(INTERJECTIONS)}|[a-z]+ly)\s*[,!.]\s*(?=\w)", re.I)
# What a speaker says while thinking ("um so what are ...", "wait who said that", "so yeah what did gotion
# say", "has it helped though"), as a voice transcript keeps it: no word of what is asked.
_SPOKEN_FILLER_START = re.compile(
    r"^\s*(?:(?:u+m+|u+h+|e+r+m*|h+m+|a+h+|o+h+|wait|yeah\s+nah|nah\s+yeah|yeah|like|so\s+yeah|so\s+like|ok\s+so\s+like|"
    r"you\s+know|kia\s+ora(?:\s+(?:tatou|tātou|koutou|kōrua|korua|e\s+hoa|whanau|whānau))?|"
    r"(?:ok(?:ay)?|alright)(?=\s+(?:and|so|but|anything|any|what|which|who|how|why|when|where|did|does|do)\b)|"
    r"hold\s+on|hang\s+on|one\s+sec(?:ond)?|"
    r"moment(?=\s*,\s*(?:and\s+the|(?:and\s+|so\s+)?(?:what|which|who|how|why|when|where|is|are|did|does|do|can))\b))"
    r"\b[\s,.!-]*)+(?=\w)",
    re.I,
)
# "Please what is ...", "Kindly list ...", "Abeg, ...": a word of politeness before what is asked.
_POLITE_LEAD = re.compile(
    rf"^\s*(?:please|pls|kindly|abeg)[\s,]+(?=(?:{WH}|is|are|was|were|do|does|did|can|could|will|would|should|has|"
    r"have|had|tell|list|name|give|explain|describe|show|confirm|according)\b)",
    re.I,
)
# "Pardon my ignorance, but what ...?", "Sorry for basic question, what ...?": an apology for asking,
# which asks nothing.
_APOLOGY_LEAD = re.compile(
    r"^\s*(?:(?:sorry|apologies)\s+(?:for\s+(?:the\s+|a\s+|my\s+|this\s+|such\s+a\s+)?(?:[\w-]+\s+)?"
    r"(?:question|ignorance|asking)|to\s+ask(?:\s+this)?|if\s+this\s+is\s+(?:a\s+)?[\w-]+(?:\s+question)?)|"
    r"pardon\s+(?:my|the)\s+(?:[\w-]+\s+)?(?:ignorance|question)|forgive\s+my\s+(?:[\w-]+\s+)?(?:ignorance|question)|"
    r"sorry\s+for\s+disturb(?:ing)?)"  # (Thai-English, "sorry for disturb, ...")
    r"\s*(?:,\s*(?:but\s+)?|\s+but\s+|\s*[—–]\s*|[.!]\s+)(?=\w)",
    re.I,
)
# "Gotion — I believe I'm spelling that right — what did they want?": the asker's aside between dashes.
_ASKERS_DASHED_ASIDE = re.compile(
    r"\s*(?:[—–]|\s-)\s*(?:I\s+(?:believe|think|guess|suppose|hope|reckon)|I['’]m\s+(?:not\s+sure|fairly\s+sure|"
    r"pretty\s+sure|spelling|guessing)|if\s+I\s+(?:remember|recall)|if\s+I['’]m\s+not\s+mistaken)\b[^—–?]{0,80}?"
    r"\s*(?:[—–]|-\s)\s*"
)
_SPOKEN_FILLER_END = re.compile(
    r"[\s,]+(?:though|tho|again|then|or\s+what|you\s+know|do\s+you\s+know|if\s+you\s+know|(?<=,\s)like|"
    # South African ", hey?" and ", is it?", Irish ", so?": a tag after the question
    r"(?<=,\s)(?:hey|is\s+it|so|habibi|inshallah|wallah|wallahi|yalla|mashallah|(?-i:my\s+friend))(?=\s*[?.!]*\s*$)|"
    r"if\s+you(?:['’]d|\s+would)\s+be\s+so\s+kind|"
    # ("What's that in dollars, for an old man who can't do conversions in his head?")
    r"for\s+(?:an?\s+)?(?:old|poor|simple)\s+(?:man|woman|fella|soul|person)\s+(?:who|that|like\s+me)\b[^?]*|"
    r"(?<!\bthe\s)(?<!\ba\s)(?-i:nko)|"
    r"(?:just\s+)?out\s+of\s+(?:interest|curiosity)|by\s+any\s+chance|i\s+wonder|"
    r"if\s+you\s+(?:don['’]t|do\s+not)\s+mind(?:\s+me\s+asking)?|(?<=\s)(?<!\bsay\s)(?<!\bsaid\s)(?<!\bsays\s)yeah|"
    # ("Who chairs it btw?", but not "the meaning of btw" or the song "By the Way")
    r"(?<!\bof\s)(?<!\bfor\s)(?<!\bmean\s)(?<!\bmeans\s)(?:btw|(?-i:by\s+the\s+way))|"
    # "Did he ask for anything else while he had the floor?"
    r"while\s+(?:he|she|they)\s+(?:had|was|were|got)\s+(?:the\s+floor|the\s+mic(?:rophone)?|at\s+it|"
    r"the\s+chance))(?=\W*$)",
    re.I,
)
# "Would they be cutting anything so?", "Is it on tomorrow, so?" (Irish English "then"), not "Is that so?",
# "Did the court rule so?".
_THEN_SO = re.compile(
    r"\b(anything|something|nothing|then|now|tonight|today|tomorrow|there|yet|still|all|on|over|open|again)"
    r"[\s,]+so(?=\W*$)",
    re.I,
)
# "What on earth was X asking for?", "Who the heck pays?": a word of surprise after the question word.
_SURPRISE_AFTER_WH = re.compile(
    rf"\b(?P<wh>{WH})\s+(?:on\s+earth|the\s+(?:hell|heck)|in\s+(?:tarnation|heaven['’]s\s+name))\b\s*",
    re.I,
)


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# The last two digits of a year as said after "twenty": "twenty-four", "eleven", "oh five" (not a bare
# "four": "twenty four companies" is a count).
_ANY_UNIT = "|".join(_UNITS)
_ANY_TEEN, _ANY_TEN = "|".join(_TEENS), "|".join(_TENS)
_YEAR_DIGITS = rf"(?:{_ANY_TEEN}|(?:{_ANY_TEN})(?:[\s-](?:{_ANY_UNIT}))?|oh[\s-](?:{_ANY_UNIT}))"
# "twenty twenty four", "two thousand and nineteen": a year as it is said.
_SPOKEN_YEAR = re.compile(
    rf"\b(?:(?P<century>nineteen|twenty)[\s-](?P<late>{_YEAR_DIGITS})"
    rf"|two\s+thousand(?:\s+and)?\s+(?P<early>{_YEAR_DIGITS}|{_ANY_UNIT}))\b",
    re.I,
)


def _two_digit_value(words: str) -> int:
    """ "twenty four" -> 24, "oh five" -> 5, "eleven" -> 11."""
    value = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _TEENS:
            value += 10 + _TEENS.index(word)
        elif word in _TENS:
            value += 20 + 10 * _TENS.index(word)
        elif word in _UNITS:
            value += 1 + _UNITS.index(word)
    return value


# "C A L B", "the n p c", "see a t l": an acronym spelled out letter by letter, as speech-to-text writes
# it, with the sound of a first letter written as a word ("see" for C).
_LETTER_SOUNDS = {
    "see": "C", "sea": "C", "bee": "B", "dee": "D", "gee": "G", "tee": "T", "tea": "T", "pee": "P",
    "vee": "V", "ex": "X", "jay": "J", "kay": "K", "aitch": "H", "ess": "S", "em": "M", "en": "N",
    "el": "L", "ef": "F",
}  # fmt: skip
_SPELLED_OUT = re.compile(
    rf"(?<![\w'’./-])(?:(?P<sound>{'|'.join(_LETTER_SOUNDS)})\s+)?(?P<letters>[a-z](?:\s+[a-z]){{1,7}})"
    r"(?![\w/-]|['’](?!s\b)|\.\w)",
    re.I,
)
# "What were Geely and GAC pushin' for?", "them meetin's": a dropped g, as a drawl or a dialect writes it.
# (not a quoted word, "'login'", and not a word that ends so: "cabin'", "aspirin'")
_DROPPED_G = re.compile(r"(?<![\w'‘’])([a-z]{2,})in['’](?=[\s?.,!]|$)")
_ENDS_IN_IN = frozenset(
    [
        "login",
        "admin",
        "margin",
        "insulin",
        "aspirin",
        "protein",
        "cabin",
        "domain",
        "certain",
        "again",
        "main",
        "within",
        "pain",
        "chain",
        "bargain",
        "begin",
        "coin",
        "join",
        "skin",
        "thin",
        "twin",
        "spin",
        "grin",
        "basin",
        "cousin",
        "raisin",
        "satin",
        "robin",
        "vitamin",
        "toxin",
        "resin",
        "origin",
        "napkin",
        "pumpkin",
        "muffin",
        "penguin",
        "dolphin",
        "violin",
        "akin",
        "plugin",
        "latin",
        "cumin",
    ]
)
_EM = re.compile(r"(?<![\w'’])['’]em\b(?!['’]|\s+dash)", re.I)
# "never heard of em", "want em changed": them, typed without its apostrophe after a verb or a preposition.
# (closing a clause, in lowercase: not "em dash", the CSS unit "to em", nor EM, the Euros or emergency care)
_BARE_EM = re.compile(
    r"\b(?P<before>(?i:of|for|with|about|from|on|at|by|heard|want|wants|wanted|call|calls|called|got|get|"
    r"seen|saw|like|likes))\s+em(?=\s*[?.!,;]|\s*$)"
)
# Words of everyday English said with their g dropped and typed so, without an apostrophe ("what was they
# pushin for", "at the meetin", "somethin about it"): read as written out. (A word that ends so and is no
# dropped g, "cabin", "raisin", "Putin", is not among them.)
_DROPPED_G_WORDS = word_set(
    "meetin somethin nothin anythin everythin sayin askin pushin tryin goin doin makin takin gettin "
    "talkin tellin thinkin lookin comin callin wantin payin puttin buildin cuttin spendin trackin plannin "
    "runnin workin sellin buyin usin chargin swappin tradin lendin borrowin lowerin increasin expandin "
    "drivin hopin helpin happenin suin proposin suggestin meanin offerin standin keepin holdin bringin givin "
    "seein knowin followin comparin fundin financin investin shippin transportin recyclin regulatin mornin "
    "evenin reckonin figurin countin sendin movin changin cookin focusin aimin targetin backin"
)
_DROPPED_G_WORD = re.compile(r"\b(?P<word>" + "|".join(sorted(_DROPPED_G_WORDS)) + r")(?P<s>s?)\b")
# ("is them Two Sessions", "did them meetings start": "them" for "those" after these)
_THEM_FOR_THOSE_AFTER = "|".join(
    rf"(?<=\b{word}\s)" for word in sorted(word_set("is are was were did do does about with on at"))
)
# (words after which "them" is no "those": "with them tomorrow", "on them by the court")
_NOT_AFTER_THEM_FOR_THOSE = word_set(
    "and or to for in on at about with from that who which all both too up out off down back yet again "
    "now then is are was were do did does first last say said apart by before after afterwards as if "
    "when so later earlier together alone anymore anyway over through into onto instead here there today "
    "tomorrow yesterday tonight right more less much very while because since until till nor but though "
    "although unless whether where how why what whom whose than yourself themselves"
)
# Dialect words and turns of everyday speech, in plain English: "what all did CATL want" (Appalachian),
# "that CALB outfit", "the head fella at CATL", "what's Gotion want" ("'s" for "does"), "what's CATL after
# asking for" (Irish and Newfoundland "after" for what was done), "who's saying that now?", "who do I hit
# up", "what's the ting with CALB" (London), "so hit don't" ("hit" for "it"), "a-pushin" ...
_DIALECT_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        # "kati in dollars?": Luganda "now", Nepali "how much": either way how much it is in dollars
        (r"^(?-i:kati)\s+(?=in\s+(?:dollars?|usd|us\s+dollars|rupees?|shillings?)\s*\?*\s*$)", "how much "),
        # a word of address opening the message, typed in lowercase, before its question ("bruv wat did ...",
        # "luh b'y, what's ..."; not "me son is ..." nor "Fam Fest tickets")
        (
            r"^\s*(?-i:(?:(?:luh|yes)\s+)?(?:bruv|brah|fam|wagwan|wah\s+gwaan|b['’]y))\b[\s,!]*"
            r"(?=(?:what|wat|which|who|how|when|where|why|whats|wats)\b)",
            "",
        ),
        (r"[\s,]+b['’]y\b(?=\s*,)", ""),
        (r"^\s*(?:wha|what|huh)\s*\?+\s*(?=\S)", ""),  # "wha? 'embodied intelligence'?? what's that"
        (r"^\s*wh?at\s+(?:da|the)\s+(?:heck|hell)\s*[,!?.]+\s*(?=\S)", ""),  # "wat da heck, where ...?"
        (
            r"\b(?P<wh>what|who)\s+all\b(?![-\w])(?!\s+(?:of|the|that|this|those|these|is|are|was|were)\b)",
            r"\g<wh>",
        ),
        # "the head fella at CATL": the head of CATL (not "hit in the head man")
        (r"\bhead\s+(?:fella|feller|honcho)\s+(?:at|of|from|over|in)\b", "head of"),
        # "that CATL feller": man (not Bob Feller, nor a feller buncher)
        (
            r"(?-i:\b(?:fella|feller)\b)"
            r"(?=\s*(?:[?.!,]|$)|\s+(?:at|from|in|of|on|who|that|said|say|says|is|was|ask|asked|wants?|did)\b)",
            "man",
        ),
        (r"(?-i:\b(?:fellas|fellers)\b)", "people"),
        # "that CALB outfit": that company (an acronym's, not "that Valentino outfit")
        (r"\bthat\s+(?P<n>(?-i:[A-Z][A-Z\d&-]+))\s+outfit\b", r"that \g<n> company"),
        (r"\bwh?at['’]?s\s+the\s+(?:ting|thing)\s+with\b", "what about"),
        # "the ai ting", "dat ting": thing (not Mandarin "wo ting bu dong")
        (
            r"(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\bthat\s)|(?<=\bthis\s)|(?<=\bdat\s)|(?<=\bdis\s)|(?<=\bai\s)|"
            r"(?<=\bsome\s)|(?<=\bany\s)|(?<=\bwhole\s)|(?<=\bone\s))(?-i:ting)(?P<s>s?)\b",
            r"thing\g<s>",
        ),
        # "who do I hit up", "hit them up": contact (not "hit up Disneyland", "the storm hit up north")
        (r"\bhit\s+(?P<who>them|him|her|somebody|someone|anyone|anybody)\s+up\b", r"contact \g<who>"),
        (
            r"\b(?P<who>who|whom)\s+(?P<aux>do|should|can|could|would)\s+(?P<subject>i|we|you)\s+hit\s+up\b",
            r"\g<who> \g<aux> \g<subject> contact",
        ),
        # "hit" for "it", as the Appalachians say it, where no hitting is: "so hit don't", "what good does hit
        # do", "what was hit they was pushing for"
        (
            r"(?:^|(?<=\bso\s)|(?<=\band\s)|(?<=\bbut\s))(?-i:hit)\s+"
            r"(?=(?:don['’]?t|doesn['’]?t|ain['’]?t|won['’]?t|will|would|can|could|gonna)\b)",
            "it ",
        ),
        (r"\bwhat\s+good\s+(?P<aux>does|did|will)\s+hit\s+do\b", r"what good \g<aux> it do"),
        (r"\b(?P<what>what)\s+(?P<aux>was|is)\s+hit\s+(?=(?:they|he|she|we|you)\b)", r"\g<what> \g<aux> it "),
        # "they was a-pushin for": pushing (not the A-string, an A-rating)
        (
            r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bgo\s)|"
            r"(?<=\bwent\s)|(?<=\bkeep\s)|(?<=\bthey\s)|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bwe\s))"
            r"(?-i:a)-(?=[a-z]{3,}in(?:g|['’])?\b)",
            "",
        ),
        # "them price gaps", "them Two Sessions": those (before a plural or a name, not "with them tomorrow")
        (
            rf"(?:{_THEM_FOR_THOSE_AFTER})them\s+"
            rf"(?=(?!(?:{'|'.join(sorted(_NOT_AFTER_THEM_FOR_THOSE))})\b)(?![a-z]+ly\b)(?![a-z]+ing\b)"
            r"(?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
            r"July|August|September|October|November|December)\b)"
            r"(?:(?-i:[A-Z])[\w-]*|[a-z][\w-]*[^s\W]\s+[a-z][\w-]*s\b|[a-z][\w-]*s\b))",
            "those ",
        ),
        (
            r"[\s,]*(?:i\s+(?:have\s+|['’]ve\s+)?|i['’]ve\s+)?never\s+heard\s+tell\s+of\s+"
            r"(?:them|it|him|her|['’]?em|that)\b(?:\s+before\b)?",
            "",
        ),
        (r"^\s*[,;:]\s*", ""),
        (r"\btook\s+out\s+of\s+it\b", "took away from it"),
        (r"\b(?P<what>wh?at['’]?s|what\s+is)\s+the\s+whole\s+pot\b", r"\g<what> the total"),
        (r"\b(?P<q>most|many|some|all|how\s+many|which|what|the)\s+folks\b", r"\g<q> people"),
        (r"\s+(?:at|of|in|from)\s+the\s+whole\s+shebang\b", ""),
        # "What in the world is ...?", "who on earth said that": the surprise, not the question
        (
            r"(?:^|(?<=[,;.?!]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s))(?P<wh>what|who|how|why)\s+"
            r"(?:in\s+the\s+(?:world|heck|hell|blazes|dickens)|on\s+earth)\b",
            r"\g<wh>",
        ),
        (r"[\s,]+anyhow(?=\s*\?*\s*$)", ""),
        (r"\b(?P<most>most|more|less|least)\s+imp\b(?!['’-])", r"\g<most> important"),  # "the most imp topic"
        # "who do I get a hold of", "get ahold of the author": contact them (not "get hold of a copy")
        (
            r"\b(?P<who>who|whom)\s+(?P<aux>do|should|can|could|would)\s+(?P<subject>i|we|you)\s+get\s+"
            r"(?:a\s+)?a?hold\s+of\b",
            r"\g<who> \g<aux> \g<subject> contact",
        ),
        (
            r"\bget\s+(?:a\s+)?a?hold\s+of\s+(?=(?:someone|somebody|anyone|anybody|them|him|her|you|the\s+(?:author|"
            r"writer|editor|team|company|press|office|people|person|reporter|publisher)s?)\b)",
            "contact ",
        ),
        # "bout" for about, after a word of saying or asking (not a fight: "the title bout", "Fury's bout")
        (
            r"(?:(?<=\btalk\s)|(?<=\btalking\s)|(?<=\bsay\s)|(?<=\bsaying\s)|(?<=\bsaid\s)|(?<=\bask\s)|"
            r"(?<=\basked\s)|(?<=\bknow\s)|(?<=\bthink\s)|(?<=\bheard\s)|(?<=\bquestions\s)|(?<=\bquestion\s)|"
            r"(?<=\bsomething\s)|(?<=\banything\s)|(?<=\bnothing\s)|(?<=\bwhat\s)|(?<=\bhow\s)|(?<=\bcare\s)|"
            r"(?<=\bchanged\s)|(?<=\binfo\s)|(?<=\bmore\s)|(?<=\bcomplain\s)|(?<=\bcomplained\s)|(?<=\bworried\s)|"
            r"(?<=\btell\s)|(?<=\btold\s)|(?<=\barticle\s))(?-i:bout)\b",
            "about",
        ),
        # "how much allocated for X": how much is allocated (the verb's "is" left out)
        (
            r"\bhow\s+much(?P<noun>\s+(?:money|cash|funding|budget|duit))?\s+(?P<pp>(?-i:allocated|allotted|earmarked|budgeted|spent|invested|raised|paid|given|granted|"
            r"provided|assigned|reserved|planned|issued|borrowed|collected|donated|awarded|pledged|committed|funded|"
            r"needed|set\s+aside))\b(?![^?]*\b(?:is|are|was|were)\b)"
            r"(?=\s+(?:for|to|in|on|by|at|under|into|towards?)\b|\s*\?*\s*$)",
            r"how much\g<noun> is \g<pp>",
        ),
        # "how many people applied last year?": applied for whatever was just talked about (not "registered
        # voters", "applied last year to Oxford")
        (
            r"^(?P<q>(?:and\s+|so\s+)?how\s+many(?:\s+(?:people|folks|folk|persons|users|customers|drivers|households))?\s+"
            r"(?:applied|signed\s+up|registered))\b"
            r"(?=\s*\?*\s*$|\s+(?:last|this|in\s+\d{4}|so\s+far|already|overall|altogether|in\s+total)\b)"
            r"(?![^?]*\b(?:to|for|on|at|with)\s)",
            r"\g<q> for it",
        ),
        # "what's CATL after asking for": what has CATL asked for (an "after" perfect; not "what's a good
        # snack after doing cardio")
        (
            r"\b(?P<wh>what|who|where|why)(?:['’]s|\s+is|\s+are|['’]re)\s+(?P<x>(?:[\w&'’-]+\s+){0,4}?[\w&'’-]+)"
            r"\s+after\s+(?P<verb>ask|push|call|complain|gun)(?:ing|in['’]?)\s+(?=(?:for|about)\b)",
            lambda m: f"{m.group('wh')} did {m.group('x')} {m.group('verb').lower()} ",
        ),
        # "what's Gotion want", "what's that do for them": "'s" for "does"
        (
            r"\b(?P<wh>what|who|where|how|when|why)['’]s\s+(?:(?P<x>(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)*|"
            r"they|he|she)\s+(?P<v>want|need|say|think|do|propose|suggest|reckon|expect)|(?P<that>that|this)\s+"
            r"(?P<v2>do|say|mean|want))\b",
            lambda m: (
                f"{m.group('wh')} does {m.group('x') or m.group('that')} {m.group('v') or m.group('v2')}"
            ),
        ),
        (
            r"\bwho(?:['’]s|\s+is)\s+(?:saying|sayin['’]?)\s+(?P<x>that|this|so|it)\b",
            r"who said \g<x>",
        ),
    )
)
# "who said that bro?", "an' CALB, la?", "why do they want that, re?", "CATL said something about safety too
# ay": a word of address or a tag closing a message, which asks nothing. Words that are also nouns or notes
# ("when do penguins mate?", "import re", "sol and la", "dog, cat, pet?") only after a comma or a word that
# closes a question ("that", "it", "then" ...); "man", "boss" ... only after such a word.
_CLOSING_ADDRESS = re.compile(
    r"(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bmy)(?<!\byour)(?<!\bour)(?<!\btheir)(?<!\bhis)(?<!\bher)(?<!\bits)"
    r"(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bwith)(?<!\bby)(?<!\bat)(?<!\bin)(?<!\bno)(?<!\bone)(?<!\bold)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)"
    r"(?:[\s,]+(?-i:bro|bruv|bruh|brah|b['’]y|lad|eh|ay|yaar|bhai|hocam|hinny|cuzzie|chur)|"
    # (a closing "ne?" for "right?", not "sw or ne?", Slavic "da ili ne?", Turkish "bu ne?")
    r"(?<!\bor)(?<!\bili)(?<!\bnebo)(?<!\bali)(?<!\bbu)(?<!\bwind)(?<!\byes)(?<!\bka)(?<!\bdesu)(?<!\bmasu)"
    r"(?<=[a-z])\s+(?-i:ne)(?=\s*\?)|"
    r"\s*,\s*(?-i:mate|la|re|fam|me\s+son|veer|paaji)|(?<=ed)\s+(?-i:me\s+son)|(?:(?<=\bit)|(?<=\bthat|\bthis|\bthem|\bthen|\belse)|(?<=\bnow|\btoo)|"
    r"(?<=\bthere|\bagain)|(?<=\bthough))(?:\s*,?\s*(?-i:mate|la|lad|re|cuz|fam)|\s*,\s*(?-i:man|pet|boss|dude)))+"
    r"(?=\s*[?.!]*\s*$)"
    # "why but?", "in dollars like?": a Geordie "but" after a bare why, a "like" after a currency
    r"|(?<=^why)\s+but(?=\s*\?*\s*$)|(?<=\bdollars)\s+(?:like|re|veer|paaji|bhai|yaar)(?=\s*\?*\s*$)"
    # "what about them like?": a closing "like" after "them", "then" or "about it" (not "what is it like?")
    r"|(?:(?<=\bthem)|(?<=\babout\sit)|(?<=\babout\sthat)|(?<=\bthen)|(?<=\bnow))\s+(?-i:like)(?=\s*\?\s*$)",
    re.I,
)
# "why would that help them but?", "how are they paying for it but?": Ulster and Geordie "though", closing a
# question that opens with its question word (not "anything but?").
_CLOSING_BUT = re.compile(
    r"^(?P<asked>\W*(?:why|how|what|who|which|when|where)\b[^?]*?[a-z])(?<!\banything)(?<!\bnothing)(?<!\ball)"
    r"\s+(?-i:but)(?=\s*\?\s*$)",
    re.I,
)
# "what Gotion propose ah?", "the RRR cut how much leh": a particle that ends a Singlish sentence.
_SENTENCE_PARTICLE = re.compile(
    # (not the word it follows: "the altitude of leh?", "a bsc or a ba?", "so meh")
    r"(?<!\bof)(?<!\bto)(?<!\bwith)(?<!\bby)(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bso)(?<!\bor)(?<!\band)(?<!\bat)"
    r"(?<!\bin)(?<!\babout)(?<!\bbuy)(?<!\bit)(?<!\bis)(?:[\s,]+(?-i:ah|leh|lah|lor|sia|meh|hor|naman|daw|pala|ba|ga|wor))+"
    r"(?=\s*[?.!]+(?:\s|$)|\s*$)"
    # "How much po the bonds?", "What was Tianneng's suggestion po?": the Filipino "po" of respect (not "given
    # po", "the po number", "raise a po")
    r"|(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bmy)(?<!\byour)(?<!\bour)(?<!\btheir)(?<!\bhis)(?<!\bher)(?<!\bits)"
    r"(?<!\bthis)(?<!\bthat)(?<!\bgiven)(?<!\bgive)(?<!\btake)(?<!\btaken)(?<!\bit)(?<!\bmg)"
    r"[\s,]+(?-i:po)\b(?!\s+(?:box|boxes|number|numbers|order|orders|river)\b)"
    # "Ano po, what did ...": "ano" before a question
    rf"|^\s*(?-i:[Aa]no)(?:\s+po)?\s*,\s*(?=(?:{WH})\b)",
    re.I,
)
# "the data come from who one?": a Singlish "one" after the question word it marks (not "What one?").
# ("NPC is what body one", "come from which report one": after a question word and its noun, too)
_SINGLISH_ONE = re.compile(
    r"(?<=\w)(?P<wh>\s+(?:who|whom|what|when|where|(?:what|which)\s+"
    r"(?!(?:one|other|another|each|every|any|no|some|the|this|that)\b)[a-z]+))\s+one(?=\s*\?*\s*$)",
    re.I,
)
# Three single letters or more in a row ("u t r", "p a y e"): spelled out, so none of them is a texted word.
_LETTER_RUN = re.compile(r"(?<![\w'’])[a-z](?:\s+[a-z]){2,}(?![\w'’])", re.I)
# "the triple R", "double A batteries": a letter said two or three times.
_REPEATED_LETTER = re.compile(r"\b(?P<times>double|triple)\s+(?P<letter>[a-z])\b(?!['’-])", re.I)


class SpellingCorrector:
    """Puts misspelt question words right against the documents' vocabulary: "wat was xiaomis propsal at
    the two seshions" -> "... xiaomi ... sessions". Only a lowercase word of five or more letters that is
    neither a word the documents use nor one the model knows whole (so "deficit", which the documents never
    use, stays, and the question stays unanswered), and only into the one word one edit from it (a swap of
    neighbours is one edit), which must be the documents': the same first three letters (four for a word
    of five), no other known
    word as near ("sheme" is as near "shame" as "scheme", so it stays), and not a changed ending ("lefty",
    "disabled": another form or another word), but for a dropped plural or possessive "s". A rare word spelt
    right that the model does not know whole may still be one edit from a document word ("dysphasia",
    "dysphagia"); two edits, which turned "hypotension" into "hypertension", are never made."""

    def __init__(self, vocabulary: Collection[str], known: Collection[str]) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.known = frozenset(known)
        self._by_start: dict[tuple[str, int], list[str]] = {}  # (first letter, length) -> words
        for word in self.vocabulary | self.known:
            self._by_start.setdefault((word[:1], len(word)), []).append(word)

    def __call__(self, question: str) -> str:
        if not self.vocabulary or not self.known:
            return question
        question = _CAPITALS_WORD.sub(lambda match: self._acronym_put_right(match.group()), question)
        return _LOWERCASE_WORD.sub(lambda match: self._put_right(match.group()), question)

    def _acronym_put_right(self, word: str) -> str:
        """ "CTAL" -> "CATL": an acronym the documents do not use, two neighbouring letters swapped from
        the one acronym of theirs that has them (only a swap: "CALB" and "CATL" differ by one letter)."""
        lowered = word.lower()
        if self._is_word(lowered):
            return word
        swaps = {
            lowered[:i] + lowered[i + 1] + lowered[i] + lowered[i + 2 :]
            for i in range(len(lowered) - 1)
            if lowered[i] != lowered[i + 1]
        }
        found = [swap for swap in swaps if swap in self.vocabulary and swap not in self.known]
        return found[0].upper() if len(found) == 1 else word

    def _is_word(self, word: str) -> bool:
        """Whether the documents use ``word`` or the model knows it whole (no union of the two built per
        word: this runs for every misspelt word of every question)."""
        return word in self.vocabulary or word in self.known

    def _put_right(self, word: str) -> str:
        if len(word) < 5 or word in self.known or word in self.vocabulary or word in _TEXTING:
            return word
        contracted = _CONTRACTION_UNMARKED.fullmatch(word)
        if contracted and contracted.group(1) in self.known:
            return word  # "whats", "dont", "theyre": a contraction typed without its apostrophe
        if re.search(r"[^aeiou]ys$", word) and self._is_word(word[:-2] + "ies"):
            return word[:-2] + "ies"  # "batterys", "industrys": the plural of a word in -y, misspelled
        if word.endswith("s") and not word.endswith("ss"):
            singular = self._put_right(word[:-1])  # "compnays": "compnay" put right, then made plural again
            plural = singular[:-1] + "ies" if re.search(r"[^aeiou]y$", singular) else singular + "s"
            if singular != word[:-1] and self._is_word(plural):
                return plural
        kept = 4 if len(word) <= 5 else 3  # (the letters a misspelling keeps: "abort" is not "about")
        nearest = [
            candidate
            for length in (len(word) - 1, len(word), len(word) + 1)
            for candidate in self._by_start.get((word[0], length), ())
            if candidate[:kept] == word[:kept] and _edit_distance(word, candidate, 1) <= 1
        ]
        if len(nearest) != 1 or nearest[0] not in self.vocabulary:
            return word
        # (an ending changed is another form, or another word, of a word spelt right: "lefty", "disabled";
        # but a plural or possessive "s" dropped is harmless: "xiaomis")
        candidate = nearest[0]
        if word.endswith("es") and candidate.endswith("is") and word[:-2] == candidate[:-2]:
            return word  # "emphases", "analyses": a plural of the word, spelt right
        if word[:-1] == candidate[:-1] or word[:-1] == candidate or candidate[:-1] == word:
            return candidate if word == candidate + "s" else word
        return candidate


_CONTRACTION_UNMARKED = re.compile(r"([a-z]+?)(?:nt|s|ll|re|ve|d)")
_LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")
_CAPITALS_WORD = re.compile(r"(?<![\w'’-])[A-Z]{3,6}(?![\w'’-])")


def _edit_distance(word: str, other: str, limit: int) -> int:
    """Edits (insertions, deletions, substitutions, swaps of neighbours) from ``word`` to ``other``, or
    ``limit + 1`` once it is sure to be more than ``limit``."""
    previous_row: list[int] | None = None
    row = list(range(len(other) + 1))
    for i in range(1, len(word) + 1):
        current = [i] + [0] * len(other)
        for j in range(1, len(other) + 1):
            cost = 0 if word[i - 1] == other[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            swapped = i > 1 and j > 1 and word[i - 1] == other[j - 2] and word[i - 2] == other[j - 1]
            if swapped and previous_row is not None:
                current[j] = min(current[j], previous_row[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_row, row = row, current
    return row[-1]


# Dictation writes the punctuation it hears out: "what did catl propose question mark", "tian neng had an
# idea comma what was it question mark". (Not "period": "the grace period" ends many a question.)
# (dictated: a spoken mark ends the message and no mark is typed; "colon cancer", "the new line", "an oxford
# comma" keep their words, for a mark said between clauses opens the next)
_DICTATED = re.compile(r"^[^?.!]*\b(?:question\s+mark|full\s+stop|exclamation\s+(?:mark|point))\s*$", re.I)
_CLAUSE_NEXT = (
    r"(?=\s+(?:what|which|who|whom|whose|how|why|when|where|and|but|so|or|is|are|was|were|do|does|did|can|could|"
    r"will|would|i|it|they|he|she|we|you|please)\b)"
)
_SPOKEN_PUNCTUATION = (
    (re.compile(r"\s*\bquestion\s+mark\b", re.I), "?"),
    (re.compile(r"\s*\bexclamation\s+(?:mark|point)\b", re.I), "!"),
    (re.compile(r"\s*\bfull\s+stop\b", re.I), "."),
    (re.compile(r"\s*\bsemicolon\b" + _CLAUSE_NEXT, re.I), ";"),
    (re.compile(r"\s*\bcomma\b" + _CLAUSE_NEXT, re.I), ","),
    (re.compile(r"\s*\bcolon\b" + _CLAUSE_NEXT, re.I), ":"),
    (re.compile(r"\bopen\s+quotes?\s*", re.I), '"'),
    (re.compile(r"\s*\b(?:(?:close|end)\s+quotes?|unquote)\b", re.I), '"'),
)


def as_typed(message: str) -> str:
    """A message as it would have been typed: spoken punctuation written as marks, once dictation shows by
    a "question mark" or "full stop" written out ("what did catl propose question mark" -> "what did catl
    propose?"), and a message in capitals in lowercase ("KINDLY INFORM ME WHAT CATL PROPOSED." -> "kindly
    inform me what catl proposed."), whose names the documents' own casing then tells, as for any message
    typed in lowercase."""
    if _DICTATED.match(message):
        for pattern, mark in _SPOKEN_PUNCTUATION:
            message = pattern.sub(mark, message)
    letters = [character for character in message if character.isalpha()]
    if len(letters) >= 12 and sum(character.isupper() for character in letters) >= 0.8 * len(letters):
        return message.lower()
    return message


def with_names_cased(text: str, names: Collection[str], known: Collection[str]) -> str:
    """A message lowered from capitals with the documents' names in their own casing ("kindly inform me
    what catl proposed" -> "... CATL ...", "gotion" -> "Gotion"), so it reads as one typed with them; a name
    that is also a word the model knows ("china", "plan", "both") stays as it is."""
    cased = _casings(frozenset(names), frozenset(known))
    return re.sub(r"\b[a-z]+\b", lambda match: cased.get(match.group(), match.group()), text)


# (built once for the names and words now served, not for every question: SciFact has 13,820 names)
@functools.lru_cache(maxsize=4)
def _casings(names: frozenset[str], known: frozenset[str]) -> dict[str, str]:
    """Each name's lowercase form, for names that are no word the model knows ("CAR", "BAT" are words)."""
    cased: dict[str, str] = {}
    for name in names:
        if name.isalpha() and len(name) > 1 and name.lower() not in known:
            cased.setdefault(name.lower(), name)
    return cased


@functools.lru_cache(maxsize=4)
def _joinable_names(names: frozenset[str]) -> dict[str, str]:
    """The lowercase form of each name of five letters or more written with one capital ("tianneng")."""
    return {
        name.lower(): name
        for name in names
        if name.isalpha() and len(name) >= 5 and name[:1].isupper() and name[1:].islower()
    }


def with_split_names_joined(text: str, names: Collection[str], known: Collection[str]) -> str:
    """A name of the documents that speech-to-text or a hurried typist split in two ("tian neng" ->
    "Tianneng", "xiao mi" -> "Xiaomi"): two lowercase words that together spell one name of five letters or
    more, written with one capital, of which at least one is no word the model knows ("linked in", "for
    men" and "results in" stay as they are)."""
    text = _with_acronym_and_letter_joined(text, names)
    joined = _joinable_names(frozenset(names))
    pair = re.compile(r"\b([a-z]{2,})\s+([a-z]{2,})\b")
    position = 0
    while joined and (match := pair.search(text, position)):
        name = joined.get(match.group(1) + match.group(2))
        if name is None or (match.group(1) in known and match.group(2) in known):
            position = match.start(2)  # (the second word may open a pair of its own)
            continue
        text = text[: match.start()] + name + text[match.end() :]
        position = match.start() + len(name)
    return text


def _with_acronym_and_letter_joined(text: str, names: Collection[str]) -> str:
    """ "what did cal b say" -> "what did CALB say": a documents' acronym of four letters or more that
    speech-to-text wrote as a syllable and a letter ("vitamin b", "plan b" spell none)."""

    def joined(match: re.Match[str]) -> str:
        acronym = (match.group(1) + match.group(2)).upper()
        return acronym if acronym in names else match.group()

    return re.sub(r"\b([a-z]{3,})\s+([b-hj-z])\b(?!['’-])", joined, text)  # (not "a", "i": "hep a vaccine")


# Where a speaker's name stands: "the head of X", "X's CEO", "Xs boss".
_SPEAKER_SLOT = re.compile(
    # ("how many head of cattle": a count of cattle)
    r"(?<!many\s)(?<!few\s)(?<!\d\s)\b(?:head|boss|ceo|chief|chairman|chairwoman|chair|founder|president)\s+of\s+"
    r"(?:the\s+)?(?P<of>[a-z]{3,})\b"
    r"|\b(?P<whose>[a-z]{3,}?)(?:['’]s|s['’]?)\s+(?:ceo|boss|head|chief|chairman|chairwoman|founder|president)\b"
    # "the cattle guy", "the cattle ceo", "what did cattle say": a speaker's name before its role or verb
    r"|\b(?P<named>[a-z]{4,})(?=\s+(?:guy|guys|people|folks|lady|bloke|ceo|boss|chief|chairman|founder|president|"
    r"rep|team)\b|\s+(?:say|said|want|wanted|propose|proposed|ask|asked|suggest|suggested|push|pushed|mention|"
    r"mentioned|raise|raised|bring|brought|talk|talked|complain|complained)\b)"
)


def _consonants(word: str) -> str:
    """A word's consonants, a doubled one once: "cattle" -> "ctl", "CATL" -> "ctl"."""
    skeleton = re.sub(r"[aeiouy'’]", "", word.lower())
    return re.sub(r"(.)\1+", r"\1", skeleton)


def _first_vowel(word: str) -> str:
    vowel = re.search(r"[aeiou]", word.lower())
    return vowel.group() if vowel else ""


def with_heard_names(
    question: str, names: Collection[str], vocabulary: Collection[str], known: Collection[str] = frozenset()
) -> str:
    """The question with a documents' acronym that speech-to-text wrote as the word it sounds like, where a
    speaker's name stands: "what did the head of cattle want" -> "... the head of CATL ...", "cattles ceo"
    -> "CATL's CEO". Only a word the documents never use, whose consonants are the acronym's (at least
    three) and begin as it does, with the same first vowel; "the head of marketing" and "the club's chairman"
    stay as typed."""
    acronyms, sounds = _heard_keys(frozenset(names), frozenset(known))
    question = _with_heard_two_word_names(question, sounds, vocabulary)
    if not acronyms:
        return question

    def heard(match: re.Match[str]) -> str:
        group = next(name for name in ("of", "whose", "named") if match.group(name))
        word = match.group(group)
        acronym = acronyms.get(_consonants(word))
        if acronym is None or word in vocabulary or word[0] != acronym[0].lower():
            return match.group()
        role_follows = _ROLE_AFTER.match(match.string, match.end(group))
        if group == "named" and word in known and not role_follows:  # ("the system say": an English word)
            return match.group()
        if _first_vowel(word) != _first_vowel(acronym):  # ("the club's chairman" is no CALB's)
            return match.group()
        start, end = match.start(group) - match.start(), match.end(group) - match.start()
        text = match.group()
        replaced = acronym + ("'s" if group == "whose" else "")
        tail = text[end:]
        if group == "whose":
            tail = re.sub(r"^(?:['’]s|s['’]?)", "", tail)
        return text[:start] + replaced + tail

    return _SPEAKER_SLOT.sub(heard, question)


# "the cattle ceo", "the cattle guy": a role after a word, which makes it a name even if it is English.
_ROLE_AFTER = re.compile(r"\s+(?:guy|guys|people|folks|lady|bloke|ceo|boss|chief|chairman|founder|rep)\b")
_SPELLED_SOUNDS = (("tion", "shun"), ("sion", "shun"), ("ph", "f"), ("ck", "k"), ("qu", "kw"), ("x", "ks"))


def _sound_key(word: str) -> str:
    """A word's consonants as they sound, a rough phonetic key: "gotion" and "go shun" -> "gshn"."""
    sound = word.lower().replace(" ", "")
    # (a Chinese name's "x" before i or u is said "sh": "Xiaomi" as "show me"; a "w" after a vowel is none)
    sound = re.sub(r"(?<=[aeiou])w", "", re.sub(r"^x(?=[iu])", "sh", sound))
    for written, said in _SPELLED_SOUNDS:
        sound = sound.replace(written, said)
    sound = re.sub(r"c(?=[eiy])", "s", sound).replace("c", "k").replace("z", "s")
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy'’]", "", sound))


# (built once for the names and words now served, not for every question: SciFact has 13,820 names)
@functools.lru_cache(maxsize=4)
def _heard_keys(names: frozenset[str], known: frozenset[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The documents' acronyms by their consonants ("ctl" -> "CATL"), and their other names by how they
    sound (``_sound_key``: "gshn" -> "Gotion"), but a name that is an English word in ``known`` ("What" and
    "Plan" open sentences: "what at" and "pull in" stay as typed)."""
    acronyms = {
        _consonants(name): name
        for name in names
        if name.isupper() and len(name) > 2 and re.search(r"[AEIOU]", name) and len(_consonants(name)) > 2
    }
    sounds = {
        _sound_key(name): name
        for name in names
        if name[:1].isupper()
        and not name.isupper()
        and name.isalpha()
        and name.lower() not in known
        and len(_sound_key(name)) > 2
    }
    return acronyms, sounds


def _with_heard_two_word_names(question: str, sounds: dict[str, str], vocabulary: Collection[str]) -> str:
    """ "what did go shun say" -> "what did Gotion say": a documents' name (keyed by ``sounds``) that
    speech-to-text split into two words sounding like it, beginning with the same sound ("show me" for
    "Xiaomi"), when the two words run together are no word of the documents."""
    if not sounds:
        return question

    # (where a speaker's name stands: "what did go shun say", "what about go shun"; not "hand in the form")
    for match in reversed(list(_HEARD_PAIR.finditer(question))):
        joined = match.group("first") + match.group("second")
        name = sounds.get(_sound_key(joined))
        if name and joined not in vocabulary and _sound_key(name)[:1] == _sound_key(joined)[:1]:
            question = question[: match.start("first")] + name + question[match.end("second") :]
    return question


_HEARD_PAIR = re.compile(
    r"(?:\b(?:about|and|of|from|with)\s+(?=[a-z]{2,}\s+[a-z]{2,}\s*\?*\s*$)|(?<=\bdid\s)|(?<=\bthe\s))"
    r"(?P<first>[a-z]{2,})\s+(?P<second>[a-z]{2,})\b(?=\s+(?:say|said|want|wanted|propose|proposed|ask|asked|"
    r"suggest|suggested|push|pushed|mention|mentioned|raise|raised|bring|brought|talk|talked|guy|people|ceo|"
    r"boss)\b|\s*\?*\s*$)"
)


def with_spelled_names(question: str, names: Collection[str]) -> str:
    """The question with the acronyms among ``names`` (those the documents use) that it spells out letter
    by letter, as speech-to-text writes them: "what was C A L B complaining about" -> "... CALB ...", "see
    a t l" -> "CATL", "the triple R" -> "RRR", "see a g p" -> "see a GP". Letters that spell no acronym
    of the documents stay as typed ("type A B or O", "Is green tea o k?")."""
    acronyms = {name for name in names if name.isupper() and len(name) > 1}
    if not acronyms:
        return question

    def repeated(match: re.Match[str]) -> str:
        times = 2 if match.group("times").lower() == "double" else 3
        acronym = match.group("letter").upper() * times
        return acronym if acronym in acronyms else match.group()

    def spelled(match: re.Match[str]) -> str:
        letters = match.group("letters").split()
        sound = match.group("sound") or ""
        said = f"{sound} " if sound else ""
        readings = [(_LETTER_SOUNDS[sound.lower()] + "".join(letters).upper(), "")] if sound else []
        readings.append(("".join(letters).upper(), said))
        if len(letters) > 2 and letters[0].lower() in ("a", "i"):  # "a g p": an article, then GP
            readings.append(("".join(letters[1:]).upper(), f"{said}{letters[0]} "))
        for acronym, kept in readings:
            if acronym in acronyms:
                return kept + acronym
        return match.group()

    return _SPELLED_OUT.sub(spelled, _REPEATED_LETTER.sub(repeated, question))


def _year_in_digits(match: re.Match[str]) -> str:
    if match.group("early"):
        return str(2000 + _two_digit_value(match.group("early")))
    century = 1900 if match.group("century").lower() == "nineteen" else 2000
    return str(century + _two_digit_value(match.group("late")))


# "Now in a minute I'll ask about the trade in, but first, how much ...?": what comes first is the question.
# (only after announcing a later question: "Fry the onions, but first, how finely ...?" keeps the onions)
_BUT_FIRST = re.compile(
    r"^[^?]{1,120}?\b(?:i['’]ll\s+ask|i\s+will\s+ask|in\s+a\s+minute|later|next)\b[^?]{0,80}?,\s*but\s+first,?\s+"
    rf"(?=(?:{WH}|is|are|was|were|do|does|did|can|could)\b)",
    re.I,
)
# "can tell me the CATL CEO name or not?", "got say how much or not?": a yes/no tag, which asks nothing more.
# (not "whether I'm at fault or not", "What happens if I pay or not?")
_OR_NOT = re.compile(
    r"^(?!.*\b(?:whether|if)\b)(?P<q>.*?),?\s+or\s+(?:not|nah|nope|no)(?=\W*$)",
    re.I,
)
# "China target growth is 5% or not for 2025?": the tag before when the claim holds.
_OR_NOT_BEFORE_WHEN = re.compile(
    r"(?<!\bwhether)(?<=\S)\s+or\s+(?:not|no)(?=\s+(?:for|in|by|at|during|this|last|next)\b[^?]*\?\s*$)", re.I
)
# "The CPPCC is only advisory?", "China growth target is 5%?": a claim typed as a statement, asked as a
# question: "Is the CPPCC only advisory?". (Not with a question word anywhere: "The CPPCC is what kind of
# body?" asks what.)
_DECLARED_YES_NO = re.compile(
    r"^(?:(?:and|so)\s+)?(?![^?]*\b(?:what|which|who|whom|whose|how|why|when|where)\b)"
    r"(?P<subject>(?!(?:i|you|we|and|so|but|or)\b)[^?,;:.!]{2,60}?)\s+(?P<verb>is|are|was|were|will|can|has|have)\s+"
    r"(?P<rest>[^?,;:.!\s][^?,;:.!]{0,80}?)\s*\?+$",
    re.I,
)
# "can tell me X?" (without "you"): the X asked for.
_CAN_TELL_ME = re.compile(
    r"^(?:(?:can|could)\s+(?:you\s+)?tell\s+me|(?:please[\s,]+)?i\s+(?:want|would\s+like|wish|need)\s+to\s+know)\s+"
    r"(?P<x>the\s+[^?.!]+?)(?:,?\s*please)?\s*[?.!]*$|"
    # "Can you give me his phone number?": a piece of information asked for, not a thing to hand over
    r"^(?:can|could)\s+(?:you\s+)?give\s+me\s+(?P<given>(?:the|his|her|their|its|(?-i:[A-Z])[\w&-]*"
    r"(?:\s+(?-i:[A-Z])[\w&-]*)*['’]s)\s+(?:[\w-]+\s+){0,3}(?:name|number|email|e-mail|address|date|figure|"
    r"amount|details|contact|website|link|source|title|total|rate|price|cost|percentage))(?:,?\s*please)?\s*[?.!]*$",
    re.I,
)


# "Could you explain what it means?": what it means.
_EXPLAIN_WHAT_IT_MEANS = re.compile(
    r"^(?:(?:could|can|would)\s+you\s+(?:please\s+)?)?(?:explain|tell\s+me)\s+what\s+"
    r"(?P<x>(?![^?.!]*\b(?:and|or|what|happened)\b)[^?.!]{1,40}?)\s+means\W*$",
    re.I,
)


# "what this word is meaning", "what that term means": what a word just quoted means.
_WORD_MEANING = re.compile(
    r"\bwhat\s+(?:this|that|the)\s+(?:word|term|expression|phrase)\s+(?:is\s+meaning|means|is\s+meant)\b",
    re.I,
)


_NOT_DECLARED_SUBJECT = word_set(
    "but am i you there if whether know confirm evidence correct sure anything something everything nothing "
    "anyone someone everyone nobody any some said says told tells think thinks thought heard apparently "
    "just checking ate"
)
_LOWER_SUBJECT_OPENERS = word_set("the a an this that these those it its their his her our my")


# "Is possible to know what X proposed?", "Is it possible to find out who ...?": a request to be told.
_POSSIBLE_TO_KNOW = re.compile(
    r"^(?:is\s+(?:it\s+)?|would\s+it\s+be\s+)possible\s+(?:for\s+(?:me|us)\s+)?to\s+"
    r"(?:know|say)\s+(?=(?:what|which|who|whom|whose|when|where|why)\b)",
    re.I,
)


def _declared_as_asked(text: str) -> str:
    """ "The CPPCC is only advisory?" -> "Is the CPPCC only advisory?": the yes/no question a claim typed
    with a question mark asks, in the order that reads it as one."""
    declared = _DECLARED_YES_NO.match(text.strip())
    if declared is None:
        return text
    subject, verb, rest = declared.group("subject"), declared.group("verb"), declared.group("rest")
    # ("Did you know the clinic is closed?", "But can the council ...?", "Grand Canyon tours are they
    # open?", "This NHC lot - have they got ...?": a question already, or its subject after the verb)
    if set(_WORD.findall(subject.lower())) & (_AUX_WORDS | _NOT_DECLARED_SUBJECT) or re.search(
        r"[-–—]", subject
    ):
        return text
    if re.match(r"(?:they|it|he|she|we|you|i|there)\b", rest, re.I) or len(_WORD.findall(subject)) > 5:
        return text  # (a long "subject" is no noun phrase: "Anything in the article my students can use")
    lead = re.match(r"(?:so|and)\s+", subject, re.I)  # ("So CPPCC have power ...?")
    subject = subject[lead.end() :] if lead else subject
    if subject.split()[0].lower() in _LOWER_SUBJECT_OPENERS:  # ("The CPPCC" -> "Is the CPPCC"; "China" kept)
        subject = subject[:1].lower() + subject[1:]
    # ("The CPPCC has power to make laws?" -> "Has the CPPCC power ...?", "The team has won?" -> "Has ...")
    return f"{verb.capitalize()} {subject} {rest}?"


def _as_wanted(sentence: str) -> str:
    """ "Please I want to know the X." -> "What is the X?"; "Could you explain what this word is meaning?"
    -> "Could you explain what it means?" (the word a sentence before it quotes), and "Could you explain
    what X means?" -> "What does X mean?"."""
    sentence = _EXPLAIN_WHAT_IT_MEANS.sub(
        lambda m: f"What does {m.group('x')} mean?", _WORD_MEANING.sub("what it means", sentence)
    )
    sentence = _POSSIBLE_TO_KNOW.sub("Can you tell me ", sentence)
    return _CAN_TELL_ME.sub(lambda m: f"What is {m.group('x') or m.group('given')}?", sentence)


# "When was that, now?", "What's the story, now?": a Welsh "now" closing the question.
# (only when it recalls a past time: "What is the interest rate, now?" asks for the current one)
# "CALB was moaning about patents was it?", "Xiaomi is on about driverless cars is it?": a statement with
# its tag typed without a comma (not "What was it?", "Where is it?": a question word first asks of "it").
_TAG_WITHOUT_COMMA = re.compile(
    r"^(?P<q>(?![^?]*\b(?i:what|who|whom|which|where|when|why|how|whose)\b)[^?,.!;:–—-]*?\b(?:was|is|were|are)\s+"
    r"[^?,.!;:–—-]*?\w)(?<!\bbut)(?<!\byet)(?<!\bthough)(?<!\band)(?<!\breally)(?<!\bor)"
    r"\s+(?:was|is|were|are)\s+(?:it|they|he|she)(?=\s*\?)"
)
# "and what good is it for the battery makers, isn't it": a tag closing a question that asks more than yes
# or no (Welsh and Indian English put it after any question).
_WH_ISNT_IT = re.compile(
    r"^(?P<q>(?:(?:and|so|but)\s+)?(?:what|which|who|why|how|when|where)\b[^?]*?),\s*isn['’]t\s+it(?=\s*[?.!]*\s*$)",
    re.I,
)
# "And has the Government agreed to that?", "and can the other body make laws?": a question of its own after
# "and", which a follow-up is read as whole (not as a fragment put into the question before).
_AND_BEFORE_AUXILIARY = re.compile(
    r"^and\s+(?=(?:has|have|had|is|are|was|were|can|could|will|would|does|do|did|should)\s+"
    r"(?:the|that|this|it|they|he|she|there|[A-Z])\w*)",
    re.I,
)
# "and what good is it for the battery makers": how it helps them.
_WHAT_GOOD_FOR = re.compile(
    r"\bwhat\s+good\s+(?:is|are|was|would\s+be)\s+(?P<x>[^?,]+?)\s+for\s+(?P<y>[^?,]+?)(?=\s*[?.!]*\s*$)",
    re.I,
)
# "And other thing they wanted besides that?", "And yung second thing they asked for?": what else they
# wanted; "anything else from them?": what else they said.
_OTHER_THING = re.compile(
    r"^(?P<lead>and\s+)?(?:the\s+|yung\s+)?(?:other|second|next)\s+things?\s+(?P<who>they|he|she|it)\s+"
    r"(?P<verb>wanted|asked\s+for|asked|proposed|suggested|said|mentioned|called\s+for)"
    r"(?P<rest>\s+(?:besides|beside|apart\s+from|other\s+than)\s+[^?]+?)?\W*$",
    re.I,
)
_ANYTHING_ELSE_FROM = re.compile(
    r"^(?P<lead>and\s+)?anything\s+else\s+from\s+(?P<who>them|him|her)\W*$", re.I
)
_SUBJECT_OF = {"them": "they", "him": "he", "her": "she"}


def _other_thing_asked(match: re.Match[str]) -> str:
    """ "And other thing they wanted besides that?" -> "and what else did they want besides that?"."""
    lead, rest = match.group("lead") or "", match.group("rest") or ""
    return f"{lead}what else did {match.group('who')} {in_base_form(match.group('verb').lower())}{rest}?"


# "the NPC, what work do they do exactly": what they do.
_WHAT_WORK = re.compile(
    r"\bwhat\s+work\s+(?P<aux>do|does|did)\s+(?P<x>(?:they|it|he|she|the\s+\w+|\w+))\s+do\b", re.I
)
# "I am confused about the four million number, what is the source?": the source of what was named first.
_SOURCE_OF_IT = re.compile(
    r"^(?:I\s*(?:am|['’]m)\s+(?:confused|unsure|not\s+sure|curious|wondering)\s+(?:about\s+)?)?"
    r"(?P<x>(?:the|that|this)\s+(?![^,?]*\b(?:where|what|who|how|when|why)\b)[^,?]+),\s*(?:what|who)(?:\s+is|['’]s)\s+"
    r"(?:the|its)\s+source\s*\?*\s*$",
    re.I,
)
# "Was CALB moaning about patents? what exactly": the question again, asked to be precise.
_WHAT_EXACTLY_AFTER = re.compile(
    r"(?<=\?)\s+(?:so\s+)?what\s+(?:exactly|specifically|precisely)\s*\?*\s*$", re.I
)
# "..., don't give me no long answer", "..., no need for a long story": how to answer, not what.
_NO_LONG_ANSWER = re.compile(
    r"(?<=\w),\s*(?:do\s*n['’]?t|doh|no\s+need\s+to)\s+(?:give|make|write|tell)\s+(?:me\s+)?(?:no\s+|a\s+)?"
    r"(?:long|big|whole|lengthy)\b[^?]*\??\s*$",
    re.I,
)
_TRAILING_NOW = re.compile(
    r"^(?P<q>\W*(?:\w+\s+)?(?:was|were|did|had)\b[^?]*?"
    # ("who said that now?", not "Doctor said I can eat now?": the "now" of a clause after the verb)
    r"|\W*(?:and\s+)?(?:who|what)\s+(?:said|asked\s+for|asked|wanted|proposed|suggested|called\s+for)"
    r"(?:\s+(?:that|this|it|so))?)"
    r"(?<!\bright)(?<!\bjust)(?<!\bby)(?<!\buntil)(?<!\bfrom)(?:,\s*|\s+)now(?=\s*\?\s*$)",
    re.I,
)
# A greeting or a word of reaction before the question ("Hello there!", "Good morning.", "Hi again,",
# "Crikey.", "Thanks -"), as a chatty asker types it.
_GREETING_START = re.compile(
    r"^\s*(?:(?:hi|hiya|hello|hey|howdy|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|thanks|"
    r"thank\s+you|thanks\s+ever\s+so|cheers|ta|aye|och|ah|oh|ooh|abeg|alright|all\s+right|great|cool|huh|crikey|wow|"
    r"gosh|interesting|dear\s+(?:friend|all)|right\s+you\s+are|"
    r"donc|alors|bon|bref|enfin|voil[aà]|eh\s+bien|"  # French openers: "Donc, why?", "Alors, what ...?"
    r"ja|eish|shame|howzit|lekker|go\s+on|"  # South African and Irish: "Ja, and why?", "Go on, and ...?"
    # Geordie and Kiwi: "Why aye man, ...", "Howay, ...", "Chur bro, ...", "Sweet as, ..."
    r"(?:why|whey)\s+aye(?:\s+man)?|howay(?:\s+man)?|chur(?:\s+bro)?|sweet\s+as(?:\s+bro)?|"
    # Gulf Arabic and Russian: "Salam habibi, ...", "Khalas, and the other one?", "Nu, and why?"
    # (not when the word itself is asked about: "Khalas, what does it mean in Arabic?")
    r"(?:salam|salaam|as-?salamu\s+alaykum|marhaba|yalla|khalas|wallah|wallahi|inshallah|mashallah|nu|davai|koroche)"
    r"(?![^?]*\b(?:mean|means|meaning|translate|translation|word|arabic|turkish|russian|language|spell\w*)\b)"
    r"(?=\s*,\s*(?:and\s+|so\s+|habibi\s*,?\s*)?(?:what|which|who|whom|how|why|when|where|is|are|was|were|did|does|do|"
    r"can|the|hope)\b|\s+habibi\b)|"
    r"anyway|anyhow|if\s+you['’]d\s+be\s+so\s+kind|if\s+you\s+would\s+be\s+so\s+kind|"
    r"fascinating|lovely|there['’]s\s+lovely|tidy(?=\s*[.!])|brilliant|perfect|excellent|super|nice(?:\s+one)?|grand(?:\s+so)?|fair\s+enough|makes\s+sense|"
    r"noted|understood|i\s+see|got\s+it|sounds\s+(?:good|great|sensible|fair|interesting|reasonable)|"
    r"out\s+of\s+curiosity|just\s+curious|pray(?:\s+tell)?|(?:excuse|pardon)\s+me|"
    r"sorry(?:\s+to\s+(?:bother|trouble)\s+you|\s+if\s+this\s+is\s+(?:a\s+)?(?:daft|silly|stupid|dumb|basic)"
    r"(?:\s+(?:one|question))?)?)"
    # (a greeting word joined to the next by a hyphen or set off by a colon is a name: "Super-G:", "TA:")
    # ("Good morning dear,", "Hello love,": the one greeted; "long time listener, first time caller")
    r"(?:\s+(?:there|again|all|everyone|then|dear|love|darling|mate|pet|folks|guys|sir|madam|habibi|my\s+friend))?"
    r"(?:\s*[,!.;]+|\s+[-–—]+)\s*(?:but\s+)?|"
    r"long[\s-]+time\s+(?:listener|reader|user)(?:\s*[,.]?\s*first[\s-]+time\s+(?:caller|calling|poster))?"
    r"\s*[,!.;:]+\s*|"
    r"(?:(?:righto|right-o|rightio|okay|ok|so)\s+)?(?:quick|wee|small|silly|daft|another|one\s+more|last)\s+"
    r"(?:one|question|q|check)(?:\s+from\s+[^,.!?:;–—-]{1,40}|\s+for\s+(?:the|my|our)\s+(?:pod|podcast|show|"
    r"episode|newsletter|blog|memo|class|kids|record|notes))?\s*[,!.:;–—-]+\s*|"
    # "dumb question but the R R R ..., what does that stand for", "yeah nah hang on, ..."
    r"(?:dumb|silly|stupid|daft|basic|naive)\s+question\s*(?:,\s*)?but\s+|"
    # "ja so the CPPCC ...", "Ja but why?" (South African); "Go way, really? Why so?" (Irish surprise)
    r"(?:ja|nee|eish)\s+(?=(?:so|but|ok|okay|well)\b)|"
    r"go\s+['’]?way\s*[,!.]\s*(?:really\s*[?!.]+\s*)?(?=\w)|"
    # "is it? and the ou from Gotion?", "Really? And why?": surprise at the answer, then the question
    r"(?:is\s+it|really|seriously|no\s+way)\s*[?!]+\s*(?=(?:and|but|so)\s)|"
    r"(?:yeah\s+)?nah(?:\s+yeah)?(?:,?\s+hang\s+on)?\s*[,!.:;–—-]+\s*|"
    # "I am sorry but what ...", "Kindly explain, what ...": politeness before the question itself
    # ("Kindly also tell, while doing this what ...?": the request, before whatever the question opens with)
    r"(?:kindly|please)\s+(?:also\s+)?(?:tell|inform|explain|clarify)(?:\s+(?:me|us))?(?:\s+also)?\s*[,:]\s+"
    r"(?=[a-z])|"
    r"(?:(?:i\s+am|i['’]m)\s+sorry,?\s+but|(?:kindly|please)\s+(?:explain|clarify|tell\s+me)\s*[,:])\s+"
    r"(?=(?:what|which|who|whom|whose|how|why|when|where)\b))+(?=\w)",
    re.I,
)
# "This might be a silly one, but how many ...?", "I might have misread, but did ...?", "Maybe I'm
# overthinking this, but ...": the asker's doubt about their question, before it. (Not a preface with a
# name or a figure in it, "I know CATL asked for X, but ...", which tells something.)
_DOUBTING_PREFACE = re.compile(
    r"^\s*(?i:(?:(?:sorry|okay|ok|so|um+|hmm+)[,.!]?\s+)*"
    r"(?:(?:this|that|it)(?:\s+(?:might|may|could|must)(?:\s+well)?\s+be|\s+is\s+(?:probably|maybe|perhaps)|"
    r"['’]s\s+(?:probably|maybe|perhaps))|(?:maybe|perhaps)\s+i\b|"
    r"i(?:['’]m|\s+am)\s+(?:not\s+sure|no\s+expert|not\s+great|probably|sorry)|i\s+(?:might|may|could)\s+(?:have|be)\b|"
    r"i\s+(?:don['’]t|do\s+not)\s+(?:want|mean|know\s+if)\b|i\s+hope\b|i\s+apologi[sz]e\b|"
    r"sorry\s+(?:for|about|if)\b|forgive\s+(?:me|my)\b|bear\s+with\s+me\b|excuse\s+my\b))"
    r"[^,.;:?!A-Z0-9]{0,60},?\s+(?i:but)\s+(?=\w)"
)
# A thing a doubt names ("I hope **the flight** isn't delayed, but ...", "Sorry about **the delay on the
# refund**, but ..."), which the question after it may lean on: then the doubt is kept.
_DOUBT_NAMING = re.compile(
    r"\b(?:the|a|an|my|our|about|on|for|of|with)\s+(?!(?:question|questions|one|ones|thing|"
    r"things|silly|dumb|basic|obvious|stupid|daft|all|asking|bothering|trouble|many)\b)[a-z]",
    re.I,
)


def _without_doubting_preface(sentence: str) -> str:
    """The sentence without the asker's doubt before its question ("This might be a silly one, but how many
    ...?"), unless the doubt names a thing of its own ("I hope the flight isn't delayed, but when does it
    land?")."""
    doubt = _DOUBTING_PREFACE.match(sentence)
    if doubt is None or _DOUBT_NAMING.search(doubt.group()):
        return sentence
    return capitalised(sentence[doubt.end() :])


# "What a week!", "What a sensible idea.", "How interesting.": an exclamation, not a question.
_EXCLAIMED = re.compile(
    r"^(?:(?:oh|ah|well|i\s+see|dear\s+me|goodness)[\s,!]+)*(?:what\s+an?\s|how\s+(?:lovely|nice|interesting|"
    r"sensible|clever|kind|wonderful|fascinating|funny|odd|strange|sad|awful|exciting|good|great|true|silly|"
    r"marvellous|splendid|thoughtful)\b)[^?]*$",
    re.I,
)
_ASKING_OPENER = re.compile(
    rf"^(?:(?:and|but|so|also|then|now|ok|okay)\b[\s,]*)?(?:{WH}|is|are|was|were|do|does|did|can|could|will|"
    r"would|should|has|have|had|any|anything)\b",
    re.I,
)
# The asker's own words for themselves: "I", "I've", "my", "we", "our".
_ASKER = r"i|i['’]m|i['’]d|i['’]ve|my|we|we['’]re|our"
_ABOUT_THE_ASKER = re.compile(rf"^(?:{_ASKER})\b", re.I)
# "Isn't the NPC just a rubber stamp?", "Wasn't it mostly about tech?": a challenge framing a question.
_CHALLENGE = re.compile(
    r"^(?:(?:so|but|and|ok|okay|well)[\s,]+)?(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t|doesn['’]t|don['’]t|"
    r"didn['’]t|hasn['’]t|haven['’]t|won['’]t|can['’]t|shouldn['’]t)\b",
    re.I,
)
# Nouns that ask why, as "why" does ("Rationale?", "the stated objective"): a sentence gives a reason or an
# aim in its own words ("for enhanced efficiency").
WHY_NOUNS = frozenset(
    [
        "reason",
        "reasons",
        "rationale",
        "rationales",
        "objective",
        "objectives",
        "motive",
        "motives",
        "motivation",
        "motivations",
        "justification",
        "justifications",
        "intent",
        "intention",
        "intentions",
    ]
)
# A hedge on what the asker says: "I seem to remember reading that X", "I was under the impression that X".
_HEDGES = (
    r"(?:i\s+seem\s+to\s+(?:remember|recall)(?:\s+(?:reading|hearing|seeing))?|i\s+was\s+under\s+the\s+impression"
    r"|i\s+have\s+(?:a|the)\s+(?:vague\s+|faint\s+)?(?:recollection|memory|impression|feeling)"
    r"|if\s+i(?:\s+have|['’]ve)?\s+understood\s+(?:it\s+|this\s+)?(?:correctly|rightly|right))"
)
# "Is it true that ...", "Is it so that ...": the lead of a claim asked to be checked.
CLAIM_LEAD = r"(?:is|was)\s+it\s+(?:true|so|the\s+case|correct|right|accurate)"
_CLAIM_ASKED_FIRST = re.compile(rf"^{CLAIM_LEAD}\s+(?:that\s+)?(?=\w)", re.I)
# "Can't" and "won't" drop more than "n't": "ca", "wo"
_NEGATED_AUXILIARY = {"ca": "can", "wo": "will", "sha": "shall"}


def _as_plain_question(challenge: str) -> str:
    """ "Isn't the NPC just a rubber stamp?" -> "Is the NPC just a rubber stamp?"."""
    opener = _CHALLENGE.match(challenge)
    negated = re.match(r"([a-z]+)n['’]t$", opener.group().split()[-1], re.I) if opener else None
    if negated is None:
        return challenge
    claim = re.match(r"\s+it\s+(?:true|the\s+case|so)\s+(?:that\s+)?", challenge[opener.end() :], re.I)
    if claim:  # "Isn't it true the government cut the RRR before?": the claim, the government cut it
        rest = challenge[opener.end() + claim.end() :]
        return capitalised(rest)
    auxiliary = _NEGATED_AUXILIARY.get(negated.group(1).lower(), negated.group(1).lower())
    return auxiliary.capitalize() + challenge[opener.end() :]


# "customer asks: what are the Two Sessions?", "client wants to know what CALB raised", "and they also
# asked when ...": a question passed on for someone else, which asks what it reports.
# Who a question is passed on from: "my boss", "the customer", "Caller from Ohio", "Dave in Manchester",
# "Next up, Tom in Bristol", "she".
_ASKER_ELSEWHERE = (
    r"(?:(?:next(?:\s+up)?|now|first|and\s+now)[\s,]+)?(?:(?:(?:my|our|the|a|this|another|one|next|last|first)\s+)?"
    r"(?:customer|client|boss|manager|user|caller|listener|viewer|colleague|reader|texter|emailer|he|she|they|"
    r"someone)(?:\s+(?:from|in|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
    r"|[A-Z][a-z]+\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)
# "Is there a figure for how many people applied?", "Do they give a number for how much ...?": the figure
# asked for is what the question after it asks.
_FIGURE_GIVEN_FOR = re.compile(
    r"^(?:(?:is|was)\s+there|(?:does|did)\s+(?:it|the\s+(?:article|report|piece|text|document|story))\s+"
    r"(?:give|have|mention|quote|cite))\s+"
    r"(?:a|any|an)\s+(?:actual\s+|exact\s+|specific\s+|official\s+)?(?:figure|number|stat|statistic|count|tally|"
    r"estimate|data(?:\s+point)?)s?\s+(?:for|on|of|about)\s+(?=(?:how|what|when|which|who)\b)",
    re.I,
)
_PUZZLED_BY = re.compile(
    rf"^(?:(?:and|also|so)[\s,]+)?{_ASKER_ELSEWHERE}\s+(?:is|was|are|were)\s+(?:(?:a\s+bit|quite|really)\s+)?"
    r"(?:puzzled|confused|curious|baffled|intrigued)\s+(?:by|about)\s+(?=\S[^?]*\s[-–—:]\s)",
    re.I,
)
_REPORTED = re.compile(
    r"^(?:(?:and|also|ok|okay|so)[\s,]+)*(?:"
    rf"{_ASKER_ELSEWHERE}(?:['’]s)?\s+(?:also\s+)?(?:asked|asks|ask|asking|is\s+asking|was\s+asking|"
    r"wants\s+to\s+know|want\s+to\s+know|wanted\s+to\s+know|would\s+(?:like|love)\s+to\s+know|wonders|"
    r"wondered|is\s+wondering|was\s+wondering|needs\s+to\s+know|wants\s+to\s+find\s+out|is\s+curious|"
    r"is\s+keen\s+to\s+know)"
    r"|(?:can|could|would)\s+you\s+(?:please\s+)?(?:check|find\s+out|look\s+up|confirm)|please\s+check|check"
    # the asker's own polite lead: "Could you kindly inform me ...", "May I ask ...", "I would like to ..."
    r"|(?:(?:could|can|would|will|might)\s+you\s+(?:(?:please|kindly|possibly)\s+)*(?:be\s+so\s+kind\s+as\s+to\s+)?"
    r"(?:tell|inform|let|advise|remind|teach|show|explain\s+to)\s+(?:me|us)(?:\s+know|\s+of(?=\s+(?:the|what|which|who|whom|when|where|how|any)\b))?"
    r"|would\s+you\s+mind\s+(?:telling|reminding|letting|showing)\s+(?:me|us)(?:\s+know)?"
    r"|may\s+i\s+(?:(?:please|kindly)\s+)?(?:ask|know|inquire|enquire|confirm|check|learn)"
    r"|i(?:\s+would|['’]d|\s+should)\s+(?:like|love|want)\s+to\s+(?:know|ask|confirm|inquire|enquire|check|"
    r"understand|learn|clarify|find\s+out)"
    r"|i\s+(?:want|wish|need|hope)\s+to\s+(?:know|ask|confirm|check|understand|learn|find\s+out)"
    r"|do\s+you\s+(?:happen\s+to\s+)?know"
    r"|(?:(?:would|does|do)\s+(?:you|anyone)\s+(?:happen\s+to\s+)?know|any\s+idea)"
    r"(?=\s+(?:what|which|who|whom|whose|when|where|why|how|if|whether)\b)"
    r"|i(?:\s+would|['’]d)\s+(?:be\s+(?:grateful|glad|interested|curious)\s+(?:to\s+(?:know|learn|hear)|in(?:\s+knowing)?)"
    r"|appreciate\s+(?:knowing|learning))"
    r"|i(?:\s+(?:wonder|am\s+wondering|was\s+wondering)|['’]m\s+wondering)"
    r"|i(?:['’]m|\s+am|\s+was)\s+curious(?=\s+(?:what|which|who|how|why|when|where|whether|if)\b)"
    r"|please\s+(?:let\s+me\s+know|inform\s+me|tell\s+me|advise))"
    r"(?P<about>\s+(?:about|regarding|concerning|as\s+to)\s+)?)"
    r"(?(about)|\b(?:\s+(?:also|too))?\s*(?:(?P<colon>[:,-])\s*|"
    rf"(?=(?:(?:on|in|at|by|for|from|to|with)\s+)?(?:{WH}|whether|if|the|any)\b)))",
    re.I,
)
_WHETHER = re.compile(r"^(?:whether|if)\s+", re.I)
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|(?!need\b|feed\b|speed\b)\w+ed)\b",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(r"[\s,.!-]+(?:thanks|thank\s+you|thx|ty|cheers|please|pls)\W*$", re.I)
# A doubter's asides after what is asked: "..., more subsidies?" (a guess), "... or just a talk shop?",
# "..., or is that just PR", "..., besides propaganda", "..., supposedly", "... of all people".
_GUESS_AFTER = re.compile(
    rf"^(?P<asked>(?:(?:so|ok|okay|and|but|cool|right)[\s,]+)*(?:{WH})\b[^,?]{{6,}}?),\s+(?![^,?]*\b(?:or|{WH})\b)"
    r"(?:some|more|just|like|maybe|probably|a|an)\s+[^,?]{1,40}\?*$",
    re.I,
)
_DOUBTING_TAIL = re.compile(
    # "... or do they just have a yarn": talk, not a second option ("or does it just mask the pain")
    r"(?:,?\s+or\s+(?:do\s+they|does\s+it)\s+(?:just|merely|only)\s+(?:have\s+a\s+(?:yarn|chat|natter|talk|"
    r"chinwag)|talk|chat|natter|waffle|rubber[\s-]?stamp\w*|advise|give\s+advice)\b[^,?]{0,20}|"
    r"(?:,?\s+or\s+(?:is\s+(?:it|that|this)\s+|are\s+they\s+|was\s+(?:it|that)\s+)?"
    r"(?:(?:more\s+of|mostly|"
    r"basically)\s+(?:a\s+|an\s+)?(?:talk(?:ing)?[\s-]+shop|rubber[\s-]+stamp|formality|gesture|pr|propaganda|"
    r"spin|hype)\b|"
    r"(?:just|merely|only|simply)\s+"
    r"(?!(?:them|him|her|it|that|those|these|they|us|me|one)\b)[^,?]{1,40})|,\s+(?:besides|apart\s+from|other\s+than)\s+(?:the\s+)?(?:propaganda|spin|pr|hype|fluff|talk|"
    r"slogans?|rhetoric|buzzwords?)|,?\s+(?:supposedly|allegedly|apparently|reportedly|anyway)|\s+of\s+all\s+"
    r"(?:people|companies|firms|things|places|groups)))(?=\W*$)",
    re.I,
)
# "the Gotion crowd", "the Geely people", "the CALB okes" (South African): the company named (not "the Blue
# lot", a car park).
_NAMED_FIRM_CROWD = re.compile(
    r"\b(?i:the)\s+([A-Z][a-z][\w&-]*|[A-Z]{2,}[\w&-]*)\s+(?:crowd|gang|mob|crew|lads|folks|people|okes)\b"
)
# "the CATL bloke reckon", "the Geely guys want": the company, when what they said or wanted is asked (not
# "Who was the Xiaomi fella?", "How old is the Geico guy?", "Who were the Watergate guys?").
_NAMED_FIRM_PERSON = re.compile(
    r"\b(?i:the)\s+([A-Z][a-z][\w&-]*|[A-Z]{2,}[\w&-]*)\s+(?:bloke|blokes|guy|guys|fella|fellas|fellow|chap|chaps)\b"
    r"(?=\s+(?i:reckon\w*|say|says|said|want\w*|propos\w*|push\w*|think|thinks|thought|suggest\w*|"
    r"call\w*\s+for|mention\w*|ask\w*\s+for|go\s+on\s+about|on\s+about)\b)"
)
_ASKS_WHO_OR_NAME = re.compile(r"^\s*(?:and\s+|so\s+)?who\b|\bname\b", re.I)
# "the fella from Geely", "the man at CATL": the company, which speaks through someone there.
_ONE_FROM = re.compile(
    r"\b(?i:the)\s+(?i:fella|fellow|guy|man|lad|bloke|chap|lady|woman|boss|one|ou|oke)\s+(?i:from|at)\s+(?=[A-Z])"
)
# "what did yer man want": the man just spoken of (Irish English).
_YER_MAN = re.compile(r"\byer\s+(?:man|one)\b", re.I)
# "the battery guys", "the EV and battery crowd": the companies of that industry.
_INDUSTRY_CROWD = re.compile(
    r"\b((?:battery|ev|car|auto|energy|tech|shipping)\s+)(?:guys|crowds?|folks|lot|people|players|outfits|mob|okes)\b"
    r"|\b((?:battery|ev)\s+)(?:lads|boys|gang)\b",
    re.I,
)


# "This CPPCC lot", "the NPC crowd": the body named.
_NAMED_CROWD = re.compile(
    r"\b(?i:this|that|these|those|the)\s+([A-Z]{2,6})\s+(?:lot|crowd|folks|guys|bunch|gang)\b"
)


# "Now that CPPCC bunch — can they ...?": a word that opens the sentence before the body named.
_OPENER_BEFORE_CROWD = re.compile(
    r"^(?i:now|so|and|well|ok|okay|right)\s+(?=(?i:this|that|these|those|the)\s+[A-Z]{2,6}\s+"
    r"(?:lot|crowd|folks|guys|bunch|gang)\b)"
)


def _without_doubts(sentence: str) -> str:
    """A doubting question without its asides: "what did the battery guys want, more subsidies?" -> "what did
    the battery companies want?", "Is the CPPCC a legislature or just a talk shop?" -> "Is the CPPCC a
    legislature?"."""
    stripped = _DOUBTING_TAIL.sub("", sentence.strip())
    guess = _GUESS_AFTER.match(stripped)
    stripped = guess.group("asked") + "?" if guess else stripped
    if stripped != sentence.strip() and not stripped.endswith("?"):
        stripped = stripped.rstrip(" .,") + "?"
    stripped = _NAMED_CROWD.sub(r"the \1", _OPENER_BEFORE_CROWD.sub("", stripped))
    stripped = _NAMED_FIRM_CROWD.sub(
        r"\1", _ONE_FROM.sub("", stripped)
    )  # "the Gotion crowd", "the fella from X"
    if not _ASKS_WHO_OR_NAME.search(stripped):
        stripped = _NAMED_FIRM_PERSON.sub(r"\1", stripped)
    stripped = _YER_MAN.sub("he", stripped)
    return _INDUSTRY_CROWD.sub(lambda m: (m.group(1) or m.group(2)) + "companies", stripped)


_BY_THE_TEXT = re.compile(
    r"^\s*(?:according\s+to|pursuant\s+to|as\s+per|per|based\s+on|going\s+by|in)\s+(?:the|this)\s+(?:text|article|piece|"
    r"report|passage|document|story)\s*,\s*(?=\w)"
    r"|,\s*(?:according\s+to|as\s+per|per|going\s+by)\s+(?:the|this)\s+(?:text|article|piece|passage|document|"
    r"story)(?=[?.!]*\s*$)|\s+(?:according\s+to|as\s+per|going\s+by)\s+(?:the|this)\s+(?:article|piece|story)"
    r"(?=[?.!]*\s*$)"
    r"|,?\s+(?:according\s+to|as\s+per|per)\s+(?:(?:the|this)\s+(?:work\s+)?|work\s+)report(?=[?.!]*\s*$)"
    # "..., as the article records it?", "..., as the piece reports?", "..., as described in the document?"
    r"|,\s*as\s+(?:(?:the|this)\s+(?:text|article|piece|passage|document|story|report)\s+(?:records|reports|"
    r"describes|puts|tells|presents|states|gives|has|says)(?:\s+it)?|(?:recorded|reported|described|stated|"
    r"told|presented)(?:\s+(?:in|by)\s+(?:the|this)\s+(?:text|article|piece|passage|document|story))?)"
    r"(?=[?.!]*\s*$)",
    re.I,
)
# "..., short version", "... in one line", "... in a nutshell": how short the answer is to be, not what it is.
_HOW_SHORT = re.compile(
    r"[\s,;:-]+(?:(?:the\s+)?short\s+version|in\s+short|briefly|in\s+brief|in\s+(?:one|a|1)\s+(?:line|sentence)|"
    r"(?<=[,;:-])\s*(?:one|a|1)\s+(?:line|sentence)|"
    r"in\s+a\s+nutshell|in\s+(?:plain|simple)\s+(?:english|terms|words)|"
    # ("what was it, short", "..., in a wee list", "in a few words")
    r"(?<=[,;:-])\s*(?:short|quick(?:ly)?)|in\s+(?:a\s+)?(?:wee\s+|short\s+|quick\s+)?list|"
    r"in\s+(?:a\s+)?few\s+words)(?=\W*$)",
    re.I,
)
# "My son works in batteries, so I'm curious - why would that matter ...?": the asker, then the question.
_ASKER_LEAD = re.compile(rf"^(?:i|i['’]m|my)\b[^?]{{0,120}}?\s[-–—:]\s*(?=(?:and\s+)?{WH}\b)", re.I)
# A term the asker quotes: "the 'Two Sessions'", "“new quality productive forces”".
# "Tianneng's proposal seems ...", "CALB raised ...": the name a statement opens with.
_TOLD_SUBJECT = re.compile(
    r"^(?!(?:The|This|That|These|Those|My|Our|Your|Their|His|Her|Its|Today|Yesterday|Tomorrow|Tonight|Last|Next|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|I|There|Here|It|What|Who|Let)\b)"
    r"(?:(?P<name>[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*)*)(?=['’]s\s)|(?P<acronym>[A-Z][A-Z\d&-]+)(?=\s+[a-z]))"
)
_QUOTED_TERM = re.compile(r"(?:\bthe\s+)?(?<![\w'’])(?P<q>['‘\"“])(?P<term>[^'’\"”?]{2,60})['’\"”](?![\w'’])")


def _without_asker_lead(sentence: str) -> str:
    """The question after what the asker says of themselves ("I'm new to this - what is the NPC?"), with a
    term the asker quotes there standing for the pronoun the question asks of ("I keep seeing the 'Two
    Sessions' in the news - what are they?" -> "what are the Two Sessions?")."""
    lead = _ASKER_LEAD.match(sentence)
    if not lead:
        return sentence
    question = sentence[lead.end() :]
    quotes = list(_QUOTED_TERM.finditer(lead.group()))
    pronoun = _PRONOUN_ASKED_OF.search(question)
    if len(quotes) == 1 and pronoun:
        quoted = quotes[0]
        term = ("the " if quoted.group().lower().startswith("the") else "") + quoted.group("term").strip()
        start, end = pronoun.span("p") if pronoun.group("p") else pronoun.span("m")
        question = question[:start] + term + question[end:]
    return question


# The pronoun of "what are they?", "what is it?", "what does it mean?": what a term is.
_PRONOUN_ASKED_OF = re.compile(
    r"^(?:what|who)\s+(?:actually\s+|exactly\s+)?(?:is|are|was|were)\s+(?:actually\s+|exactly\s+)?"
    r"(?P<p>it|they|these|those)(?=\W*$)|^what\s+(?:does|do)\s+(?P<m>it|they|that)(?=\s+mean\W*$)",
    re.I,
)
# Words of a question that only ask what a text gives ("What figure does the article give?").
_SAYING_WORDS = {
    "article",
    "text",
    "document",
    "piece",
    "report",
    "give",
    "gives",
    "say",
    "says",
    "figure",
    "number",
}
# Words that ask without naming anything to ask about ("what", "the", "say").
_ASKING_ONLY_WORDS = frozenset(_FUNCTION_WORDS | _QUESTION_STARTERS | _SAYING_WORDS)


# "quick refresher: what are the Two Sessions?", "Gotion - what regs did they want changed?": a label, then
# the question.
_LABELLED = re.compile(
    rf"^(?P<label>[^:?]{{2,80}}?)(?::|\s[-–—]+)\s+(?P<asked>(?:{WH}|is|are|was|were|do|does|did|can|could|will|"
    r"would|has|have)\b[^:]*)$",
    re.I,
)
# Words of a label that only frames a question ("quick refresher:", "one more for the class -").
_FRAMING_WORDS = frozenset(
    [
        "quick",
        "refresher",
        "explainer",
        "question",
        "questions",
        "q",
        "tldr",
        "fyi",
        "note",
        "context",
        "background",
        "follow-up",
        "followup",
        "one",
        "more",
        "also",
        "ok",
        "okay",
        "summary",
        "recap",
        "reminder",
        "sanity",
        "check",
        "round",
        "headline",
        "quiz",
        "homework",
        "students",
        "class",
        "listeners",
        "readers",
        "post",
        "draft",
        "piece",
        "story",
        "segment",
        "brief",
        "briefing",
        "memo",
        "re",
        "next",
        "another",
        "last",
        "final",
        "first",
        "second",
        "third",
        "small",
        "simple",
        "basic",
        "short",
        "easy",
        "bonus",
        "trivia",
        "tl",
        "dr",
        "definition",
        "definitions",
        "kids",
        "pupils",
        "lesson",
    ]
)
# "the battery company that complained about patent lawsuits - what did it want?": the one described, whole.
_DESCRIBED = re.compile(r"(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:that|which|who)\s", re.I)
_LABEL_TOPIC = re.compile(r"\b(?:on|about|re|regarding)\s+(?P<topic>(?:the\s+)?[^,;]{2,40})$", re.I)


# "Xiaomi on self driving", "CALB re patents": a name, then what it spoke on.
# (a topic of words in lowercase: "Back on CALB for a sec" turns back to CALB)
_NAME_ON_TOPIC = re.compile(
    r"^(?!(?:Update|Updates|Question|Questions|Quick|Info|Information|Feedback|Back|More|News|Thoughts|Notes|"
    r"Details|Help|Comments?|Query|Queries|Anything|Something|Nothing|Focus|Moving|Now|Next|Also|Follow|Any|Some|"
    r"Same|Still|Just|Then|So|And|But|Or|Going|Turning|Coming|Reading|Looking|Thinking|Talking)\b)"
    r"(?P<name>(?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*)*)\s+(?:on|about|re)\s+(?P<topic>[a-z][^,;:]*)$"
)


def _labelled_question(sentence: str) -> str:
    """The question after a label: alone when it stands alone ("quick refresher: what are the Two
    Sessions?" -> "what are the Two Sessions?"), with the label's topic for its "it"/"they" ("tl;dr on the
    Two Sessions - what did it lay out?" -> "what did the Two Sessions lay out?"), and whole otherwise
    ("Xiaomi's ask at the CPPCC: when?")."""
    labelled = _LABELLED.match(sentence.strip())
    if labelled is None:
        return sentence
    label, asked = labelled.group("label").strip(), labelled.group("asked")
    if _NOT_A_NOUN_PHRASE.search(label) or re.search(rf"\b{WH}\b", label, re.I) or "," in label:
        return sentence  # "He also mentioned X - what was that meant to achieve?": a statement it leans on
    pronoun = _dangling_reference(asked)
    actor = _NAME_ON_TOPIC.match(label)
    if pronoun in ("they", "them") and actor:  # "Xiaomi on self driving — what did they call for": Xiaomi
        asked = re.sub(rf"\b{pronoun}\b", actor.group("name"), asked, count=1, flags=re.I)
        return re.sub(r"\s*(?P<end>[?.!]*)\s*$", rf" on {actor.group('topic')}\g<end>", asked, count=1)
    if pronoun in ("it", "they", "them"):
        about = None if _DESCRIBED.match(label) else _LABEL_TOPIC.search(label)
        # ("so the board – is it advisory only?": the board, not the "so" opening the message)
        topic = (
            about.group("topic")
            if about
            else re.sub(r"^(?:and|so|but|ok|okay|well|now)[\s,]+", "", label, flags=re.I)
        )
        if about or _DESCRIBED.match(label) or _stands_for(pronoun, topic, asked):
            return re.sub(rf"\b{pronoun}\b", topic, asked, count=1, flags=re.I)
        return sentence
    # ("quick explainer: what's the NPC" asks what a name is)
    named = re.match(r"(?i:(?:what|who)(?:['’]s|\s+(?:is|are|was|were))\s+(?:the\s+)?)[A-Z]", asked)
    if _leans_on_what_was_said(asked) and not named:
        return sentence
    # "trade-in scheme - how much funding this year?": a label that names a topic the question does not
    # is what the question asks about
    topic = [w for w in _WORD.findall(label.lower()) if w not in _FRAMING_WORDS and w not in _FUNCTION_WORDS]
    return sentence if topic and not set(topic) <= set(_WORD.findall(asked.lower())) else asked


# "Our draft says X. Does the article back that up?", "Claim: X. True?": a claim to check, and the check.
_CLAIM_OF_OURS = re.compile(
    r"^(?:(?:our|my|the|a)\s+(?:draft|intro|introduction|notes?|copy|story|script|headline|lede|caption)\s+"
    r"(?:says|said|claims|states|reads|has\s+it\s+that|calls)\s+(?:that\s+)?"
    r"|(?:draft|claim|statement|note|rumou?r|fact[\s-]?check|(?:claim|statement)\s+to\s+(?:check|verify))\s*:\s*"
    r"|(?:a|one|my|some|the\s+other)\s+(?:student|students|friend|colleague|reader|listener|caller|team|side|"
    r"opponent|opponents|critic|critics|someone|people)\s+(?:claims?|says?|argues?|insists?)\s+(?:that\s+)?"
    # "I'm seeing claims that X.", "Someone told me X.", "I read somewhere that X.", "Verify for me: X"
    r"|i['’]m\s+(?:seeing|hearing|reading)\s+(?:claims?|reports?|people\s+say(?:ing)?)\s+that\s+"
    r"|(?:someone|somebody|a\s+friend|a\s+colleague)\s+told\s+me\s+(?:that\s+)?"
    r"|i\s+(?:(?:have|['’]ve)\s+)?(?:read|heard)\s+(?:somewhere\s+|elsewhere\s+|online\s+)?that\s+"
    # "I have seen a figure of three million applications in 2024."
    r"|i\s*(?:(?:have|['’]ve)\s+)?(?:seen|heard|read)\s+(?:a\s+|the\s+)?(?:(?:figure|number|estimate)s?\s+of\s+"
    r"(?=[\d$€£¥]|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:hundred|thousand|million))\b)"
    r"|claims?\s+that\s+)"
    r"|(?:please\s+)?(?:verify|confirm|check)(?:\s+(?:the\s+)?(?:wording|this|that|claim))?(?:\s+for\s+me)?\s*:\s*)",
    re.I,
)
_CHECK_OF_IT = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:(?:does|did|can|will)\s+(?:the\s+)?(?:article|piece|text|source|report|story)\s+"
    r"(?:back\s+(?:that|this|it)\s+up|say\s+(?:that|this|so)|confirm\s+(?:that|this|it)|support\s+(?:that|this|it))"
    r"|(?:is\s+(?:that|this|it)\s+)?(?:correct|true|right|accurate)(?:\s*,?\s+or\s+[^?]{1,80})?"
    r"|true\s+or\s+false|fact\s+or\s+fiction"
    r"|(?:can|could)\s+you\s+(?:confirm|verify)(?:\s+(?:that|this|it))?|confirm|verify|legit"
    r"|what(?:['’]s|\s+is)\s+the\s+evidence(?:\s+(?:for|against|on)\s+(?:that|this|it))?)\W*$",
    re.I,
)


def _checked_claim(text: str) -> str | None:
    """ "Our draft says X. Does the article back that up?" -> "Is it true that X?": a claim the asker
    pastes and asks to check, put as a fact check ("Verify for me: X, correct?" and "X, yes? Or something
    else?" too). "Someone told me X. True? What was it really about?" asks the question after the check, of
    what the claim is about. None when the message is no such pair."""
    tagged = _TAGGED_CLAIM.match(text.strip())
    if tagged:
        claim = _CLAIM_OF_OURS.match(tagged.group("claim"))
        said = tagged.group("claim")[claim.end() if claim else 0 :]
        if _is_statement_claimed(said):
            said = re.sub(r"^so[,\s]+", "", said, flags=re.I)
            return f"Is it true that {_uncapitalised(said)}?"
    parts = re.split(r"(?<=[.!?])\s+|\s+[-–—]+\s+", text.strip())
    if len(parts) not in (2, 3) or not _CHECK_OF_IT.match(parts[1]):
        return None
    claim = _CLAIM_OF_OURS.match(parts[0])
    if claim is None:
        return None
    said = parts[0][claim.end() :].rstrip(" .!?")
    if not _WORD.search(said) or _NO_CLAIM_AFTER_LEAD.match(said):
        return None  # "Someone told me to take ibuprofen. True?": advice, no claim
    if len(parts) == 3:
        # "Someone told me X. True? What was it really about?": both, the check and the question about what
        # the claim is about ("CALB's proposal": it)
        subject = _CLAIMED_SUBJECT.match(said)
        if subject is None or not re.match(rf"{WH}\b", parts[2], re.I):
            return None
        pronoun = re.search(r"\b(it|its|they|them|their)\b", parts[2], re.I)
        a_thing = bool(
            re.search(r"['’]s\s|^the\s", subject.group(), re.I)
        )  # "CALB's proposal", "the vaccine"
        if pronoun is None or (a_thing and pronoun.group(1).lower() not in ("it", "its")):
            return None  # ("the vaccine has side effects. True? What are they?": not the vaccine)
        resolved = _asked_of_topic(subject.group(), parts[2])
        return f"Is it true that {said}? {resolved}" if resolved else None
    return f"Is it true that {said}?"


# "X, correct?", "the stance is 'prudent', yes? Or something else?": a claim with a tag asking to confirm it.
_TAGGED_CLAIM = re.compile(
    r"^(?P<claim>[^?]{12,}?)\s*,\s*(?:right|correct|yes|true|is\s+that\s+(?:right|correct))\s*\?"
    r"(?:\s+or\s+[^?]{1,80}\?)?$",
    re.I,
)
# A statement: opening with a name or "the"/"so"/"China's ...", not a question word, an auxiliary, a
# pronoun or a framing clause ("Correct me if I'm wrong, ..."), with no comma before its verb.
_DECLARATIVE_CLAIM = re.compile(
    r"^(?:[Ss]o\s+)?(?!(?i:what|which|who|whom|whose|how|why|when|where|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|has|have|had|and|or|but|it|that|this|they|he|she|i|you|we|let|correct|just|as|in|"
    r"check|to|about)\b)"
    r"(?:[Tt]he\s+|[A-Z])[^?,]*\b(?:is|are|was|were|has|had|have|calls?|called|says?|said|wants?|wanted|"
    r"proposed|pushed|asked|argued|described|cut|set|made|raised|urged|advocated|presented|[a-z]+ed)\b"
)
# What follows "Someone told me" that claims nothing: advice ("to take ..."), a topic ("about this app").
_NO_CLAIM_AFTER_LEAD = re.compile(
    r"^(?:to|about|of|off|that\s+(?:i|we|you)|(?:what|which|who|how|why|when|where|is|are|can|could|do|does|did|"
    r"will|would|should)\b|something|anything|nothing)\b",
    re.I,
)


def _is_statement_claimed(said: str) -> bool:
    """Whether a claim offered with a tag ("X, correct?") is a statement of fact to check."""
    return bool(_DECLARATIVE_CLAIM.match(said)) and not _NO_CLAIM_AFTER_LEAD.match(said)


# "CALB's proposal at the CPPCC was about X": what a claim is about, which a question after it leans on.
_CLAIMED_SUBJECT = re.compile(r"^[A-Z][\w&-]*['’]s\s+[a-z]+|^(?:the\s+)?[A-Z][\w&-]*(?=\s)", re.I)


def _uncapitalised(text: str) -> str:
    """ "The article calls ..." -> "the article calls ...", keeping a name's or an acronym's capital."""
    first = _WORD.match(text)
    if first and first.group().istitle() and first.group().lower() in _FUNCTION_WORDS | {"so"}:
        return text[:1].lower() + text[1:]
    return text


# Money talk in plain words: "cheaper money" is lower interest rates, "printing money" loose monetary policy.
_MONEY_TALK = [
    (
        re.compile(r"cheap(?:er)?\s+(?:money|credit)|easy\s+money|looser\s+money", re.I),
        "lower interest rates",
    ),
    (re.compile(r"print(?:s|ing)?\s+money", re.I), "loosens monetary policy"),
]


def _in_plain_money_words(sentence: str) -> str:
    for talk, plain in _MONEY_TALK:
        sentence = talk.sub(plain, sentence)
    return sentence


# "the English term for X", "called in English": English is the texts' own language, so any of their words
# for X answers; "English" names no one the texts must mention.
_IN_OWN_LANGUAGE = re.compile(
    r"\s+in\s+(?:plain\s+)?english\b(?=\s*(?:here|there|in\s+the\s+\w+)?\s*[?.!]*\s*$)"
    r"|\benglish\s+(?=(?:names?|terms?|words?|phrases?|expressions?|titles?|equivalents?|wording|label|"
    r"translations?|version)\b)",
    re.IGNORECASE,
)


# "the name used for X" is the name for X
_NAME_USED_FOR = re.compile(
    r"\b((?:names?|terms?|words?|phrases?|labels?|titles?)\s+)(?:used|given|applied|employed)\s+(?=(?:for|to)\b)",
    re.IGNORECASE,
)


# "the thing you just mentioned", "that last bit": what the answer just said, as "that" says it.
_WHAT_YOU_SAID = re.compile(
    r"\b(?:the|that)\s+(?:thing|one|bit|part|point|system|idea|figure|number|stuff|detail)\s+(?:that\s+)?you\s+"
    r"(?:just\s+)?(?:mentioned|said|described|brought\s+up|quoted|gave|cited)\b"
    r"|\bwhat\s+you\s+just\s+(?:said|mentioned|described)\b"
    r"|\bthat\s+last\s+(?:bit|part|thing|point|one|figure|number|detail)\b",
    re.IGNORECASE,
)


# "your last answer mentioned a ratio - what is it?": that ratio, of what was just said.
_POINTING_WORD = re.compile(r"\b(?:it|that|this)\b", re.IGNORECASE)
_YOUR_ANSWER_NAMED = re.compile(
    r"^(?:(?:so|and|ok|okay)[\s,]+)?(?:your|the)\s+(?:(?:last|previous|earlier|first)\s+)?(?:answer|reply|response)\s+"
    r"(?:mentioned|mentions|said|says|talked\s+about|referred\s+to|cited|named|brought\s+up)\s+(?:a|an|the|some)\s+"
    r"(?P<thing>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s*[-–—,:;]+\s*(?P<asked>.+)$",
    re.IGNORECASE,
)
# "Source on the 4m applications number?", "Attribution for that?": who the texts say it comes from.
_SOURCE_ON = re.compile(
    rf"^{_OPENING_CONNECTIVE}(?:the\s+)?(?:source|sourcing|attribution)\s+(?:on|for|of|behind)\s+(?P<asked>.+?)\W*$",
    re.IGNORECASE,
)


# "I seem to remember reading that X - what was ...?", "I was under the impression that X; could you tell me
# why?": a hedge on what the asker says, which is the context the question after it leans on.
_HEDGE_LEAD = re.compile(
    rf"^(?:(?:and|so|well|now)[\s,]+)?(?:{_HEDGES}(?:\s*,)?|i\s+(?:believe|gather)(?=[^;—–]+(?:;|\s[—–-]+\s)))"
    r"\s+(?:that\s+)?(?=\w)",
    re.IGNORECASE,
)
# "What would you say X put their emphasis on?": what X put it on.
_WOULD_YOU_SAY = re.compile(rf"\b(?P<wh>{WH})\s+would\s+you\s+say\s+(?:that\s+)?(?=\w)", re.IGNORECASE)


# "Where does the article say what Xiaomi pushed for?", "Which line says X?", "Which sentence mentions the
# deficit?": every answer quotes its lines, so what is asked is what those lines say.
_WHERE_STATED = re.compile(
    rf"^{_OPENING_CONNECTIVE}(?:where|which\s+(?:line|sentence|part|passage|paragraph|bit|section|words?)s?)\s+"
    r"(?:(?:in|of)\s+the\s+(?:article|text|piece|report|document)\s+)?"
    r"(?:(?:does|do|did)\s+(?:the\s+)?(?:article|text|piece|report|document|it)\s+)?"
    r"(?:says?|said|states?|stated|mentions?|mentioned|talks?\s+about|covers?|describes?|discuss(?:es)?|explains?|"
    r"refers?\s+to)\s+(?P<that>that\s+)?(?P<asked>.+?)\W*$",
    re.I,
)
# "Give me the exact wording.", "Quote it exactly.": how the answer is to be given, asking nothing new.
_WORDING_ONLY = re.compile(
    r"^(?:(?:and|please|pls|just)[\s,]+)*(?:(?:quote|cite)\s+(?:it|that|this|them|the\s+line)"
    r"|(?:(?:give\s+me|i\s+(?:want|need)|show\s+me|quote)\s+)?(?:(?:the|its)\s+)?(?:(?:exact|precise|actual|verbatim)\s+)?"
    r"(?:wording|words|quote|quotation|phrasing))(?:\s+(?:exactly|verbatim|word\s+for\s+word|for\s+me))?"
    r"(?:[\s,]+(?:not|no)\s+(?:a\s+)?paraphras(?:e|ing|ed))?(?:[\s,]+please)?\W*$",
    re.I,
)


_ASKING_FIRST = re.compile(rf"^(?:(?:kindly|please)[\s,]+)?(?:explain|{WH})\b", re.I)
_AS_TOLD_THERE = re.compile(
    r",?\s+as\s+(?:presented|described|reported|stated|mentioned|discussed|outlined|set\s+out|laid\s+out|"
    r"put\s+forward|explained|given)\s+(?:(?:in|by)\s+the\s+(?:article|text|document|piece|story|author|writer)|"
    r"(?:during|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:meetings?|sessions?|conference|congress|forum|summit))"
    r"(?=\s*[?.!,;]|$)",
    re.I,
)
# "... - exact wording?", "..., precise words": how the answer is to be given, after what is asked.
_WORDING_AFTER = re.compile(
    r"(?<=\w)\s*[-–—,:]\s*(?:(?:the|its|their)\s+)?(?:exact|precise|actual|verbatim)\s+"
    r"(?:wording|words|phrasing|phrase|quote|language)(?=\W*$)",
    re.I,
)
# "X is tight or loose, how they describe?": how the claim before it is worded, which its answer quotes.
_HOW_WORDED_AFTER = re.compile(
    r"(?<=\w)\s*[,;]\s*(?:and\s+|so\s+)?how\s+(?:(?:do|does|did|would|is|are|was|were)\s+)?"
    r"(?:they|he|she|it|the\s+(?:article|report|text|government|author))\s+"
    r"(?:describes?|described|words?|worded|phrases?|phrased|characteri[sz]es?|"
    r"characteri[sz]ed|terms?|termed|labels?|labell?ed)(?:\s+(?:it|that|this|them))?(?=\W*$)",
    re.I,
)
# "... to the trade in scheme for cars and other goods?": examples ending "and other X" describe what is
# asked of, and narrow nothing (a text need not list them).
_EXAMPLES_AFTER = re.compile(
    r"\b(?P<kind>scheme|schemes|programme|programmes|program|programs|fund|funds|subsidy|subsidies|initiative)"
    r"\s+(?:for|on|in|like|such\s+as|including)\s+(?:(?!(?:for|on|in|of|to)\b)[\w’'-]+,?\s+){1,3}and\s+other\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+)?(?=\s*\?+\s*$)",
    re.I,
)
# "... the trade in scheme for cars n that": examples after a definite scheme, in a question that asks.
_LOOSE_EXAMPLES_AFTER = re.compile(
    r"(?<=\bthe\s)(?P<kind>(?:[\w-]+\s+){0,3}?(?:scheme|programme|program|fund|subsidy|initiative))"
    r"\s+(?:for|on|in|like|such\s+as|including)\s+(?:(?!(?:for|on|in|of|to)\b)[\w’'-]+,?\s+){1,3}"
    r"(?:and|n|an['’]?)\s+(?:that|stuff|all\s+that|so\s+on|the\s+like)(?=\s*\?*\s*$)",
    re.I,
)
# "How many EVs China exported in 2024, the article tell?": whether the text tells, which every answer says.
_TEXT_TELLS_TAG = re.compile(
    r"(?<=\w)\s*,\s*(?:(?:does|do|did|can|will)\s+)?(?:the|this)\s+(?:article|text|report|piece|document)\s+"
    r"(?:tells?|says?|mentions?|gives?|shows?|knows?)(?:\s+(?:it|that|this|us|me))?(?=\s*\?*\s*$)",
    re.I,
)
# "Gotion point?", "Xiaomi angle?": a name and what it put forward, typed without the possessive.
_NAME_THEN_VIEW = re.compile(
    r"^(?P<name>(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){0,2})\s+(?P<view>points?|views?|take|position|"
    r"stance|angle|line|arguments?|concerns?|ideas?|message|pitch|beef|gripes?)(?P<rest>\W*)$",
    re.I,
)


# "something along those lines", "anything like that": a question leaning on the asker's own story.
_VAGUE_LEAD = re.compile(
    r"\b(?:something|anything)\s+(?:along\s+(?:those|these|the\s+same)\s+lines|like\s+that|like\s+this|similar|"
    r"of\s+the\s+(?:sort|kind))\b",
    re.I,
)
# "Tianneng, was it? What exactly did they propose?": the guessed name is whom the question asks of.
_GUESSED_THEN_ASKED = re.compile(
    r"\b(?P<name>(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){0,2}),?\s+(?:was|is)\s+it\?\s+"
    r"(?P<asked>(?:and\s+)?(?:what|which|how|why|when|where|who)\b[^?]*?\b(?P<pronoun>they|them|their|it|its)\b"
    r"[^?]*\?)",
    re.I,
)


def _asked_of_the_guess(match: re.Match[str]) -> str:
    """ "Tianneng, was it? What did they propose?" -> "What did Tianneng propose?"."""
    name, pronoun = match.group("name"), match.group("pronoun").lower()
    owner = name + ("'" if name.endswith("s") else "'s") if pronoun in ("their", "its") else name
    asked = match.group("asked")
    start, end = match.start("pronoun") - match.start("asked"), match.end("pronoun") - match.start("asked")
    return asked[:start] + owner + asked[end:]


# "A couple of the car companies were on about battery swapping, which ones were they?": which ones did.
_SOME_OF_THEM_WHICH = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:but\s+)?(?:i\s+(?:read|heard|saw)\s+(?:that\s+)?)?"
    r"(?:a\s+couple\s+of|a\s+few\s+of|some\s+of|two\s+of|one\s+of)\s+the\s+(?P<kind>[\w\s-]{2,30}?)\s+"
    r"(?P<did>(?:were|was|had|did|said|talked|mentioned|wanted|asked|called)\b[^?,]*?)\s*[,-]+\s*"
    r"(?:which|who)\s+(?:ones?\s+)?(?:were|was|are|is)\s+(?:they|it|that|those)\s*\?",
    re.I,
)


_ON_ABOUT = re.compile(r"\b(were|was|are|is|been)\s+on\s+about\b", re.I)


def _which_of_them(match: re.Match[str]) -> str:
    """ "... a couple of the car companies were on about X - which ones were they?" -> "Which car companies
    were on about X?"."""
    return f"Which {match.group('kind')} {match.group('did')}?"


def _view_of_a_name(names: Set[str]) -> Callable[[re.Match[str]], str]:
    """ "Gotion point?" -> "Gotion's point?" for a documents' name only ("Match point?", "Bottom line?")."""

    def possessed(match: re.Match[str]) -> str:
        if match.group("name") not in names:
            return match.group()
        return f"{match.group('name')}'s {match.group('view')}{match.group('rest')}"

    return possessed


# (only after a claim of its own: "Gotion, how do they describe it?" asks of Gotion)
_CLAIM_BEFORE = re.compile(r"\b(?:is|are|was|were|or)\b", re.I)
_NAMES_AFTER = re.compile(r"(?<=\w),\s*names?(?:\s+please)?(?=\s*\?+\s*$)", re.I)
# "Explain it like I'm five.", "Put it in plain English for me.": how simply to answer, asking nothing new.
_PUT_SIMPLY = re.compile(
    # "Kindly list them with a brief explanation of each.", "Be specific."
    r"^(?:(?:and|please|pls|just|kindly)[\s,]+)*(?:(?:(?:list|name)\s+(?:them|those|these|each)|be\s+(?:specific|precise|"
    r"brief)|keep\s+it\s+(?:short|brief))(?:\s*[—–,-]+\s*(?:(?:list|name)\s+(?:them|those|these)|be\s+(?:specific|"
    r"precise)))?(?:\s+with\s+a\s+(?:brief|short)\s+(?:explanation|description|note)(?:\s+of\s+each)?)?\W*$)|"
    r"^(?:(?:and|please|pls|just|kindly)[\s,]+)*(?:explain|say|put|tell|describe)\s+(?:it|that|this|them)\s+(?:to\s+me\s+)?"
    r"(?:(?:like|as\s+if|as\s+though)\s+(?:i['’]m|i\s+am|i\s+was|i\s+were|you['’]re\s+talking\s+to)\b|"
    r"(?:in\s+)?(?:plain|simple|simpler|layman['’]s)\s+(?:english|terms|words|language)\b)[^?]*[.!]?$",
    re.I,
)


# "China ranks among ...", "the NPC compares with ...": where something stands, which "how" asks.
_RANKS = re.compile(
    r"^(?P<subject>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?P<verb>rank|stand|compare|sit|fare|place)s\s+(?P<rest>(?:among|against|with|to|in|on|globally|worldwide)\b.*)$",
    re.I,
)


def _as_what_the_lines_say(sentence: str) -> str:
    """ "Where does the article say what Xiaomi pushed for?" -> "What did Xiaomi push for?", "Which sentence
    mentions the deficit?" -> "What does the article say about the deficit?", "Where does it say that X?"
    -> "Is it so that X?"; other sentences unchanged."""
    stated = _WHERE_STATED.match(sentence.strip())
    if stated is None or re.match(r"(?:it|that|this|so)\W*$", stated.group("asked"), re.I):
        return sentence  # "Where is that stated?" leans on what was said before
    asked = stated.group("asked")
    if re.match(r"to\s", asked, re.I) or re.search(r"\s(?:is|are|was|were)\W*$", asked):
        return sentence  # "Where does it say to park?", "Where did it say the clinic is?": where, asked
    if _WH_CLAUSE.match(asked):
        return _about_what(asked)
    ranked = _RANKS.match(asked)
    if ranked:  # "Where does it say China ranks among economies?" -> "How does China rank among economies?"
        return f"How does {ranked.group('subject')} {ranked.group('verb')} {ranked.group('rest')}?"
    if stated.group("that") or _FINITE_VERB.search(asked):
        return f"Is it so that {asked}?"
    return _about_what(asked)


# "Compared with the NPC, what does the CPPCC do?", "Gotion vs the other battery makers - what was Gotion's
# ask?": a contrast the asker draws before a question that names its own subject.
_CONTRAST_LEAD = re.compile(
    r"^(?P<lead>(?:compared\s+(?:with|to)|unlike|in\s+contrast\s+to|as\s+opposed\s+to|versus|vs\.?)\s+[^,—–?]+"
    r"|[^,—–?]+\s+(?:vs\.?|versus)\s+[^,—–?]+)\s*(?:,|\s[—–-]+)\s*"
    rf"(?P<question>(?:{WH}|is|are|was|were|do|does|did|can|could|has|have)\b.+)$",
    re.I,
)


def _without_contrast_lead(sentence: str) -> str:
    """ "Compared with the NPC, what does the CPPCC do?" -> "what does the CPPCC do?"; unchanged when the
    question leans on the contrast ("Compared with CATL, what did they want?")."""
    contrast = _CONTRAST_LEAD.match(sentence.strip())
    if contrast is None:
        return sentence
    question = contrast.group("question")
    if (
        not _stands_alone(question)
        or _COMPARING.search(question)
        or _TIME_COMPARED.search(contrast.group("lead"))
    ):
        return sentence  # ("Compared with ibuprofen, is paracetamol safer?": the comparison is asked)
    return capitalised(question)


# What a comparison asks ("safer", "more", "than", "differ"), or a time it is made against ("last year").
_COMPARING = re.compile(
    r"\b(?:[a-z]+er|more|less|fewer|than|differ|differs|different|difference|compare|same|change|changed|"
    r"grow|grew|rise|rose|fall|fell)\b",
    re.I,
)
_TIME_COMPARED = re.compile(r"\b(?:last|previous|before|earlier|year|years|(?:19|20)\d\d)\b", re.I)


# "Is there a direct quote from the work report on new industries?", "what's the full quote on X": what the
# source says about X (every answer quotes its lines).
# (a direct, full or exact quote, from no one or from a name or "the report": not "the quote on a new roof",
# a price, nor "a quote from her", whose words a follow-up asks)
_QUOTE_ON = re.compile(
    r"^(?:(?:and|so)\s+)?(?i:is\s+there\s+(?:a|any)|what(?:['’]s|\s+is)\s+the|give\s+me\s+the|can\s+i\s+get\s+the)\s+"
    r"(?:(?i:direct|full|exact|verbatim)\s+(?i:quote|quotation)\s+|(?P<line>(?:(?i:good|usable|specific|single)\s+)?"
    r"(?i:line|sentence)\s+))"
    r"(?:(?i:from|in)\s+(?P<source>(?:[Tt]he\s+)?(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*|(?:[a-z]+\s+){0,2}(?i:report|article|plan|document|paper|statement)))\s+)?"
    # (a line "on my bill about X" is a line of the bill: only "about" a topic, and one topic)
    r"(?(line)(?i:about|regarding)|(?i:on|about|regarding))\s+(?P<topic>(?!(?i:a|an|it|that|this|page)\b)(?:(?!\babout\b)[^?])+?)"
    # ("... that I can put on a card": what the asker will do with it)
    r"(?:\s+(?i:that|which)\s+(?i:i|we|you|they)\s+(?i:can|could|might|may)\s+[^?]+)?\s*\??$"
)


# "When the CEO argued for X, what outcome did he hope for?", "While cutting rates, what will it keep?": a
# clause setting the scene before the question, which asks what the question word after it asks.
LEADING_CLAUSE = re.compile(
    r"^(?:when|while|whilst|whenever|after|before|since|once|if|although|though|given\s+that|now\s+that)\s+"
    r"(?!(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|shall|may|might|must|when)\b)"
    r"[^?,]{3,200},\s+(?=(?:what|which|who|whom|whose|how|when|where|why)\b)",
    re.I,
)


# "Did Xiaomi talk about battery swapping or something else?", "Did CALB call for X, or something else?": the
# thing offered is a guess, the question is what was said.
_OR_SOMETHING_ELSE = re.compile(
    r"^(?:did|does|do|has|have|had)\s+(?P<who>[^,?]+?)\s+(?P<verb>talk|speak|call|ask|push|focus|argue|"
    r"advocate|complain|lobby|press)(?P<about>\s+(?:about|for|on))\s+"
    r"[^?]+?,?\s+or\s+(?:something|anything)\s+(?:else|different)\W*$",
    re.I,
)


def _read_as_asked(sentence: str) -> str:
    """One sentence of a message put as the question it asks (the readings of ``asked_part``)."""
    # (a scene set first is no question: "When X argued for Y, what ...?" is not "When did X argue ...";
    # "If I want more on X, ..." is a wish, read below)
    scene = LEADING_CLAUSE.match(sentence)
    if scene and not re.match(r"if\b", sentence, re.I):
        return scene.group() + _read_as_asked(sentence[scene.end() :])
    sentence = _as_what_the_lines_say(_without_contrast_lead(_HEDGE_LEAD.sub("", sentence)))
    said = _WOULD_YOU_SAY.search(sentence)
    if said:  # "what would you say the meetings put ...": what did the meetings put
        asked = _in_question_order(said.group("wh") + " " + sentence[said.end() :])
        sentence = sentence[: said.start()] + asked
    sentence = _NAME_USED_FOR.sub(r"\1", _IN_OWN_LANGUAGE.sub("", sentence))
    sentence = _WHAT_YOU_SAID.sub("that", sentence)
    named = _YOUR_ANSWER_NAMED.match(sentence)
    if named:  # "your last answer mentioned a ratio - what is it?": what is that ratio
        asked, pointed = _POINTING_WORD.subn(f"that {named.group('thing')}", named.group("asked"), count=1)
        sentence = asked if pointed else sentence
    quoted = _QUOTE_ON.match(sentence)
    if quoted and _WH_CLAUSE.match(quoted.group("topic")):  # "Is there a line about what the NPC does?"
        sentence = _about_what(quoted.group("topic"))
    elif quoted:  # "Is there a direct quote from the report on X?": what it says about X, in its own lines
        sentence = f"What does {quoted.group('source') or 'the article'} say about {quoted.group('topic')}?"
    source = _SOURCE_ON.match(sentence)
    if source:
        sentence = f"What is the source of {source.group('asked')}?"
    sentence = _PUZZLED_BY.sub("", sentence)  # "Next caller is puzzled by X - what does it mean?": "X - ..."
    figure_for = _FIGURE_GIVEN_FOR.match(sentence)
    sentence = capitalised(sentence[figure_for.end() :]) if figure_for else sentence
    sentence = _in_plain_money_words(_without_doubts(_without_asker_lead(sentence)))
    sentence = _without_reaction(sentence)
    open_ended = _OR_SOMETHING_ELSE.match(sentence)
    if open_ended:  # "Did Xiaomi talk about battery swapping or something else?": what Xiaomi talked about
        who, verb, about = open_ended.group("who", "verb", "about")
        sentence = f"What did {who} {verb}{about}?"
    return _labelled_question(_question_clause(_as_put_directly(_in_asking_order(_as_requested(sentence)))))


def _without_reaction(sentence: str) -> str:
    """A question joined by "and" to the asker's reaction to what they were told, without the reaction
    ("goodness, that's a number with a lot of noughts, and how much of it goes to X?" -> "and how much of
    it goes to X?", "dear me, squabbling in court, and what were they after?"); unchanged when what comes
    before "and" names something ("CALB, and what did they want?", "the trade-in scheme, and how much
    ...?"), which the question may be about."""
    for brk in _CLAUSE_BREAK.finditer(sentence):
        rest = sentence[brk.end() :]
        joined = re.match(r"(?:and|but)\s+", rest, re.I)
        following = (
            [_CLAUSE_LEAD.sub("", c) for c in _CLAUSE_BREAK.split(rest[joined.end() :])] if joined else []
        )
        if not any(_CLAUSE_QUESTION.match(c) for c in following) or _ASIDE.match(following[0]):
            continue  # ("and the other one, what's its job?", "and Gotion, ..., what did that lot want?")
        before = _CLAUSE_BREAK.split(sentence[: brk.start()])
        if len(_WORD.findall(sentence[: brk.start()])) < 2:
            return sentence  # ("Right, and Gotion - what did they say?": a word of assent, read as it was)
        if not any(_REACTION.search(c) for c in before):
            return sentence  # ("pregnant with twins, and is it safe?": what the question is about)
        said = [_CLAUSE_LEAD.sub("", c).strip() for c in before]
        if any(_CLAUSE_QUESTION.match(c) or _names_or_places(c) for c in said if _WORD.search(c)):
            return sentence
        return rest  # (with its "and", which leans on what was said)
    return sentence


# "goodness", "dear me", "that's a number with a lot of noughts", "funny name", "autumn then": the asker's
# reaction to what they were just told.
_REACTION = re.compile(
    r"^\s*(?:(?:my\s+)?goodness|good\s+(?:heavens|grief|lord|to\s+hear)|dear\s+me|oh|ah|ooh|wow|gosh|blimey|"
    r"crikey|right|i\s+see|fair\s+enough|funny|fancy|bless|well\s+well|that['’]s|that\s+(?:is|sounds)|sounds|"
    r"what\s+a)\b|\bthen\s*$",
    re.I,
)


def _names_or_places(clause: str) -> bool:
    """Whether a clause said before a question names what it may be about: a name, a figure, a quoted term,
    or a noun phrase with its determiner ("the trade-in scheme", "I hope the ferry isn't late")."""
    words = _WORD.findall(clause)
    return bool(
        _has_name(words[1:] if words and words[0].lower() in _NOT_A_TOPIC else words)
        or _FIGURE_OR_QUOTED.search(clause)
        or re.search(r"\b(?:the|this|that|these|those|its|their)\s+(?!days\b)\w", clause, re.I)
        or _NARROWING.match(clause)
    )


_EXAMPLES_OF = re.compile(
    r"^(?:(?:\w+|a\s+few|a\s+couple)\s+)?(?:examples?|instances?)\s+of\s+(?=(?:what|how|which|who)\b)", re.I
)


def _formally_requested(sentence: str) -> str:
    """A formal request as the question it asks: "Kindly specify the magnitude of the said reduction." ->
    "What is the magnitude of the reduction?", "Please identify by name the official who delivered the
    report." -> "Who is the official who delivered the report?", "Please confirm whether X." -> "Is it true
    that X?", "To what extent does the article disclose the amount of X?" -> "What is the amount of X?".
    "Pursuant to the article," and "With respect to X," frame it (X is kept in brackets, for "the said
    ..."); unchanged when it is no such request."""
    framing = _FORMAL_FRAME.match(sentence)
    frame = framing.group("about") if framing and framing.group("about") else ""
    rest = sentence[framing.end() :] if framing else sentence
    request = _FORMAL_REQUEST.match(rest.strip())
    if request is None:
        return sentence
    asked = _SAID_DETERMINER.sub("the ", request.group("asked").rstrip(" .?!"))
    asked = re.sub(r"\s+(?:accurately|precisely|exactly|specifically|clearly)$", "", asked, flags=re.I)
    asked = _EXAMPLES_OF.sub("", asked)  # "two examples of what X pushed for": what X pushed for
    if re.match(r"whether\s+", asked, re.I):
        if re.search(r"\bor\b", asked, re.I):
            return sentence  # ("whether before or after meals", "whether or not ...": no claim to check)
        question = f"Is it true that {asked[8:]}"
    elif re.match(rf"{WH}\b", asked, re.I):
        question = _in_question_order(asked).rstrip(" ?")
    elif (
        re.match(r"the\s+", asked, re.I)
        and (_OF_A_FACT.search(asked) or request.group("extent"))
        and not _SERVICE_NOUNS.search(asked)
    ):
        head = _NOUN_PHRASE_HEAD.match(asked)
        noun = head.group("head").lower() if head else ""
        plural = noun.endswith("s") and not noun.endswith("ss")
        relative = re.search(r"\s+(?:who|that|which)\s+(?=[a-z]+(?:ed|s)?\b)", asked) if head else None
        if relative and asked[: relative.start()].split()[-1].lower() in _PREPOSITIONS:
            relative = None  # "the year in which the law was passed": what the year is, not "which year"
        if noun in _HOLDER_NOUNS | _PERSON_WORDS and relative:  # "the official who delivered X": who did
            question = f"Who {'are' if plural or noun == 'people' else 'is'} {asked}"
        elif request.group("identify") and relative and relative.start() < 40:
            # "identify the company that raised X": which company did
            question = f"Which {asked[4 : relative.start()]} {asked[relative.end() :]}"
        elif request.group("extent") and not _VALUE_HEADS & set(asked.lower().split()[1:4]):
            # "To what extent does the report indicate the government's intentions regarding X?": what it
            # says about them
            question = f"What does {request.group('document')} say about {asked}"
        else:
            question = f"What {'are' if plural else 'is'} {asked}"
    else:
        return sentence
    return (
        f"{question} ({frame})?"
        if frame and not re.search(re.escape(frame), question, re.I)
        else f"{question}?"
    )


# "Pursuant to the article,", "With respect to the reduction of the RRR effected in September 2024,": a frame.
_FORMAL_FRAME = re.compile(
    r"^\s*(?:(?:pursuant|according)\s+to\s+the\s+(?:article|text|report|document|piece)\s*,\s*"
    r"|(?:with\s+(?:respect|regard|reference)\s+to|in\s+respect\s+of|as\s+regards|regarding|concerning)\s+"
    r"(?P<about>[^,]{3,120}),\s*)",
    re.I,
)
_FORMAL_REQUEST = re.compile(
    r"^(?:(?:kindly|please)\s+)?(?:(?P<identify>identify(?:\s+by\s+name)?)|state|specify|confirm|indicate|"
    r"disclose|(?P<extent>(?:to\s+what\s+extent|whether)\s+(?:does|do|did)\s+(?P<document>the\s+(?:article|text|"
    r"report|document|piece))\s+(?:disclose|indicate|specify|state|mention|set\s+out|give|identify|reveal)))"
    r"(?:\s*,\s*[^,]{3,80},)?\s+(?P<asked>(?:the|whether|what|which|who|whom|how|when|where|why)\b.+)$",
    re.I,
)
# "the magnitude of X", "the dates on which X", "the official who X": a fact asked for, not a thing to act on
# ("the booking for Friday", "the card is blocked").
_OF_A_FACT = re.compile(r"^the\s+[^.;]*?\b(?:of|which|who|whom|that|whereby)\b", re.I)
_SERVICE_NOUNS = re.compile(
    r"^the\s+(?:[\w-]+\s+){0,2}?(?:question|answer|booking|order|account|reservation|appointment|password|"
    r"reference|details|reasons?|meaning|form|request|claim|payment|delivery|ticket|invoice|"
    r"refund|complaint|application|policy\s+number)\b",
    re.I,
)
_SAID_DETERMINER = re.compile(
    r"\bthe\s+(?:said|aforementioned|aforesaid|abovementioned|above-mentioned)\s+", re.I
)
# "the precise calendar dates on which ...", "the official who ...": the head noun of a noun phrase.
_NOUN_PHRASE_HEAD = re.compile(
    r"^the\s+(?:[\w’'-]+\s+){0,6}?(?P<head>[\w’'-]+)(?=\s+(?:who|that|which|on|in|of|for|by|to|from|with|"
    r"at|under|whereby|behind|between|within|among|concerning|regarding)\b|\s*$|\s*,)",
    re.I,
)
_PERSON_WORDS = word_set(
    "person people individual official officials executive minister premier speaker leader"
)
_VALUE_HEADS = word_set(
    "amount amounts figure figures number numbers size level levels value total sum date dates"
)

# "Xiaomi wasn't talking about swapping, right?": a claim offered for confirmation, framing the question.
_CONFIRMATION_TAG = re.compile(
    r",\s*(?:right|correct|yes|no|true|yeah|innit|am\s+i\s+right|is\s+that\s+right|"
    r"(?:is|was|are|were|do|does|did|has|have|can|could|will|would)n['’]t\s+(?:it|they|he|she|there|we))\W*$",
    re.I,
)


# "tianneng had some idea about batteries right": the tag typed without its comma and question mark.
_BARE_CONFIRMATION_TAG = re.compile(
    r"^(?P<claim>[^?,]*\b(?:had|has|have|is|are|was|were|did|said|wanted|talked|mentioned|proposed|asked)\b"
    r"[^?,]*?)\s+(?P<tag>right|innit)\s*[.!]*$",
    re.I,
)


def _tagged_claim(match: re.Match[str]) -> str:
    """ "X had some idea about Y right" -> "X had some idea about Y, right?", unless "right" is what the
    sentence says ("The pain is on my right", "Was the referee right", "Did he turn right")."""
    claim = match.group("claim")
    words = claim.lower().split()
    if words[0] in _AUX_WORDS | _QUESTION_WORDS or words[-1] in _BEFORE_A_RIGHT:
        return match.group()
    return f"{claim}, {match.group('tag')}?"


_QUESTION_WORDS = word_set("what which who whom whose when where why how")
_BEFORE_A_RIGHT = word_set(
    "my your his her their our its the on to at turn turned turning go went is was be are were"
)


_BARE_WHY = re.compile(
    r"^(?:(?:and|but|so|ok|okay)[\s,]+)?why(?:\s+(?:this|that|so|then|is\s+that))?\W*$", re.I
)


def _asks_the_purpose(sentence: str) -> bool:
    """A short question after "Why?" that asks the same of what was said ("What is the goal behind?"), not
    a question of its own ("What time is the appeal?")."""
    words = _WORD.findall(sentence)
    return len(words) <= 6 and not _has_name(words) and bool(_PURPOSE_WORDS.search(sentence))


_PURPOSE_WORDS = re.compile(
    r"\b(?:goal|goals|aim|aims|point|purpose|reason|reasons|motive|behind|for)\W*$|\bwhy\b", re.I
)


# "Source?", "What's the cited source?", "Whose figure is that - what's the cited source?", "According to
# which report?": the source of what was just said.
_SOURCE_ALONE = re.compile(
    r"(?:^|^(?:whose|which|what)\b[^-–—]*\b(?:that|this|it|those|these)\W*\s[-–—]+)\s*"
    rf"{_OPENING_CONNECTIVE}(?:(?:what|who)(?:['’]s|\s+is|\s+was)\s+)?(?:your\s+|the\s+)?"
    # ("and the original source?" asks where the document itself first ran: its own link)
    r"(?:cited\s+|given\s+|quoted\s+)?(?:source|sources)(?:\s+(?:given|cited|quoted))?\W*$"
    rf"|^\s*{_OPENING_CONNECTIVE}according\s+to\s+(?:which|what|whom|who)(?:\s+(?:report|source|study|data|"
    r"survey|outlook|research))?\W*$",
    re.I,
)


# "If I want more on X, where do I go?", "If I need to know more about X, who do I ask?"
_WANTING_MORE = re.compile(
    rf"^{_OPENING_CONNECTIVE}if\s+(?:i|we|you|someone)\s+(?:want|wants|need|needs|wanted)\s+"
    r"(?:to\s+(?:know|learn|read)\s+)?more\s+(?P<information>(?:information|info|details)\s+)?(?:on|about)\s+"
    r"(?P<topic>[^,?]+?)\s*,\s*"
    r"(?:where\s+(?:do|can|should|could|would)\s+(?:i|we|you|one|they)\s+(?:go|look|read|find|turn|get|start)"
    r"|(?:who|whom)\s+(?:do|should|can|could|would)\s+(?:i|we|you|one|they)\s+(?:ask|contact|call|talk|speak|write)"
    r"|what\s+(?:does|do|did|would)\s+(?:the|this)\s+(?:article|piece|text|report|author|authors)\s+"
    r"(?:suggest|recommend|advise|say)\s+(?:i|we|you|one)\s+(?:do|read|try)"
    # ("what the article suggest?": the auxiliary left out)
    r"|what\s+(?:(?:does|do|did|would)\s+)?(?:the|this)\s+(?:article|piece|text|report|author|authors)\s+"
    r"(?:suggests?|recommends?|advises?)"
    r"|what\s+(?:(?:does|do|did|would)\s+)?(?P<they>they|he|she)\s+(?:suggest|suggests|recommend|recommends|advise|"
    r"advises)(?:\s+(?:i|we|you|one)\s+(?:do|read|try))?)"
    r"\b[^?]*\?*$",
    re.I,
)


# "Fill in the blank: the RRR will be cut ___", "Complete the sentence: ...": a quiz line with a gap.
_FILL_IN = re.compile(
    r"^(?:(?:please\s+)?(?:fill\s+in|complete)(?:\s+(?:the|this)\s+(?:blank|blanks|gap|gaps|sentence|line)|"
    r"\s+(?:this|it))?|"
    r"finish\s+(?:the|this)\s+(?:sentence|line))\s*[:,.–—-]+\s*",
    re.I,
)
_BLANK = re.compile(r"(?<![\w'])_{2,}(?![\w'])|\[\s*(?:blank|\.\.\.|…)\s*\]|\(\s*blank\s*\)", re.I)


# "... what goes in the blank", "which word fits the gap?": the same request, after the line.
_FILL_IN_AFTER = re.compile(
    r"[\s,.;:?!–—-]*(?:so\s+)?(?:what|which\s+word)\s+(?:goes|go|belongs|fits)\s+(?:in\s+|into\s+)?"
    r"(?:the|this|that)\s+(?:blank|gap|space)\W*$",
    re.I,
)
# "assignment sheet says "...": where the line to fill in comes from.
_LINE_FROM = re.compile(
    r"^(?:(?:my|the|our)\s+)?(?:assignment|worksheet|homework|quiz|question|study\s+guide)(?:\s+sheet)?\s+"
    r"(?:says|asks|reads|has)\s*:?\s*",
    re.I,
)


def _with_blank_asked(text: str) -> str:
    """A line with a gap to fill asked as a question, the gap as "what" ("Fill in the blank: the article
    calls China the ___ economy." -> "the article calls China the what economy?"), which
    ``_asked_in_place`` puts in question order."""
    blanks = list(_BLANK.finditer(text))
    after_line = _FILL_IN_AFTER.search(text) if len(blanks) == 1 else None
    pasted = bool(_LINE_FROM.match(text)) or bool(re.match(r"\s*[\"“‘']", text))
    if after_line and after_line.start() > blanks[0].end() and pasted:
        # 'assignment sheet says "china is the world's ____ economy" what goes in the blank'
        line = _LINE_FROM.sub("", text[: after_line.start()]).strip(" \"'“”‘’")
        text = "Fill in the blank: " + line
        blanks = list(_BLANK.finditer(text))
    # (a gap in a question is code or a file name: "Is ___ a valid variable name?")
    if len(blanks) != 1 or not _FILL_IN.match(text):
        return text
    after = text[blanks[0].end() :]
    # ("cut by ___ basis points": how many; "___ per cent": what percentage)
    counted = re.match(
        r"\s+(?:[a-z]+\s+)?[a-z]{2,}[^s\W]s(?=\s*(?:$|[.?!,]|\s+(?:of|in|for|before|after|per|a|an|each|every|last|"
        r"this|from|to|by|on|at)\b))",
        after,
    )
    percent = re.match(r"\s*(?:%|per\s*cent|percent)", after)
    gap = "how many" if counted else "what percentage" if percent else "what"
    after = after[percent.end() :] if percent else after
    gapped = _FILL_IN.sub("", text[: blanks[0].start()]) + gap + after
    return gapped.rstrip(" .!:?") + "?"


# "What did CATL - sorry, I mean CALB - ask for?", "..., or actually, how much was it in 2024?", "Q? scratch
# that, Q2", "What did CATL propose? oh wait, no, I mean CALB": the asker correcting what they just typed.
_CORRECTION = re.compile(
    r"(?P<separator>\s+[-–—]+|[,;:]|[.?!]+|\s*\.{2,})\s*(?P<marker>(?:(?:oh|no|er|erm|um|uh|sorry|wait|hang\s+on|"
    r"hold\s+on|scratch\s+that|or\s+actually|or\s+rather|actually|let\s+me\s+rephrase|i\s+mean|i\s+meant)\b"
    r"[,:!.]*\s*(?:[-–—]+\s*)?)+)",
    re.I,
)
# Words that say a correction follows (unlike "er," or "oh," alone, a pause before more of the same), and
# those that put a whole question in place of another (unlike "I mean", which may explain it).
_REPLACING = r"sorry|wait|hang\s+on|hold\s+on|scratch\s+that|or\s+actually|or\s+rather|let\s+me\s+rephrase"
_CORRECTING = re.compile(rf"\b(?:{_REPLACING}|i\s+mean|i\s+meant)\b", re.I)
_QUESTION_REPLACED = re.compile(rf"\b(?:{_REPLACING})\b", re.I)
# "or actually"/"or rather" alone correct only when set off ("..., or actually, how much ...?"), not when
# they offer another option ("Is the train faster, or actually is the bus quicker?").
_ALTERNATIVE_ONLY = re.compile(r"^or\s+(?:actually|rather)\s*$", re.I)
# "sorry" alone after a question is an apology before another question ("What's the refund policy? Sorry,
# how long do refunds take?"), not a correction of it.
_APOLOGY_ONLY = re.compile(r"^(?:oh\s+)?sorry\W*$", re.I)
_TRAILING_I_MEAN = re.compile(r"[\s,]+i\s+mean(?:t)?\W*$", re.I)
# What a correction that is a phrase replaces from: "about liquidity - sorry, about monetary policy".
_CORRECTED_PREPOSITION = frozenset(
    ["about", "on", "for", "in", "of", "to", "with", "from", "at", "by", "over"]
)
_CORRECTED_PHRASE_WORDS = 3
_CORRECTING_NAME_WORDS = 4
_REFERRING = re.compile(
    r"\b(?:it|its|they|them|their|there|that|this|those|these|he|him|his|she|her)\b", re.I
)


def _self_corrected(text: str) -> str:
    """The message as the asker meant it after correcting themselves: a name for the name before ("What did
    CATL - sorry, I mean CALB - ask for?" -> "What did CALB ask for?"), a short phrase for the phrase from
    the same preposition ("about liquidity - sorry, about monetary policy overall?"), a question for the
    question before it ("how does that compare - or actually, how much was allocated in 2024?"). A
    correction that leans on what it corrects ("- sorry, what is it actually responsible for?"), an
    apology before another question, an option offered ("..., or rather Aer Lingus?") and a correction
    that cannot be placed leave the message as typed."""
    typed = text
    text = _TRAILING_I_MEAN.sub("", text)  # "wait, why are they going there I mean"
    for match in reversed(list(_CORRECTION.finditer(text))):
        before = text[: match.start()].rstrip() + ("?" if "?" in match.group("separator") else "")
        marker = match.group("marker")
        words = marker.strip(" ,:!.-–—")
        if not _CORRECTING.search(marker) or len(_WORD.findall(before)) < 2:
            continue
        if _ALTERNATIVE_ONLY.match(words) and not re.search(r"[,:–—-]\s*$", marker):
            continue
        sentence_end = bool(re.search(r"[.?!]", match.group("separator")))
        after = text[match.end() :]
        whole_question = _ASKING_OPENER.match(after.strip()) and len(_WORD.findall(after)) >= 3
        if sentence_end and _APOLOGY_ONLY.match(words) and whole_question:
            continue
        end = re.search(r"\s+[-–—]+\s+|\?", after)
        correction = after[: end.start()].strip(" ,") if end else after.strip(" ,")
        rest = after[end.end() :].strip(" ?") if end and end.group(0) != "?" else ""
        corrected = _corrected_by(before, correction, marker, sentence_end and not rest)
        if corrected is not None and correction:
            return f"{corrected.rstrip(' ?,')} {rest}".strip(" ,") + "?"
    return typed


def _corrected_by(before: str, correction: str, marker: str, after_a_sentence: bool) -> str | None:
    """``before`` with ``correction`` put in place of what it corrects, else None. A name corrects the
    last name of the clause it follows, or of the question before it when it is all that follows ("What
    did CATL propose? oh wait, no, I mean CALB"), not a sentence that asks nothing ("I emailed Tesco.
    Sorry, Mary here, ...")."""
    clauses = re.split(r"(?<=[.?!])\s+|\s+[-–—]+\s+", before)
    last = clauses[-1]
    asking = bool(_ASKING_OPENER.match(last) or last.rstrip().endswith("?"))
    if _ASKING_OPENER.match(correction) and not re.match(
        r"(?:and|also|then)\b|what\s+about\b", correction, re.I
    ):
        # (a question put in place of another, not one explained: "whose report, I mean, which publication?")
        whole = len(_WORD.findall(correction)) >= 3 and _QUESTION_REPLACED.search(marker)
        return correction if whole and asking and not _REFERRING.search(correction) else None
    if not asking:
        return None
    names = _entity_spans(last)
    named = _entity_spans(correction)
    only_a_name = (
        bool(named)
        and named[0][0] == 0
        and "," not in correction
        and len(_WORD.findall(correction)) <= _CORRECTING_NAME_WORDS
    )
    if only_a_name and names and (after_a_sentence or not re.search(r"[.?!]\s*$", before)):
        start, end = names[-1]
        return before[: len(before) - len(last)] + last[:start] + correction + last[end:]
    first = correction.split(" ", 1)[0].lower()
    if first in _CORRECTED_PREPOSITION:
        position = last.lower().rfind(f" {first} ")
        replaced = [w for w in last[position:].split() if w.lower() not in _FUNCTION_WORDS]
        if position >= 0 and len(replaced) <= _CORRECTED_PHRASE_WORDS:
            return before[: len(before) - len(last)] + last[:position] + " " + correction
    return None


# "What's the story with consumer demand?", "What's the craic with the bonds, how much are they issuing?":
# a topic set up by a stock phrase, alone or before the question asked of it.
_STORY_WITH = re.compile(
    r"^(?:(?:and|so|but|ok|okay)[\s,]+)?what(?:['’]s|\s+is|\s+was)\s+the\s+(?:(?:deal|craic|crack|go|situation)\s+"
    r"(?:with|about|regarding)|(?:story|lowdown|gist|rundown|summary|tl;?dr|read)\s+(?:with|about|regarding|on|of))\s+"
    r"(?P<topic>[^,;?]+?)"
    r"(?:\W*$|\s*(?:,|;|\?|\s[-–—])\s*(?P<asked>(?:(?:and|so)\s+)?(?:would\s+you\s+know\s+)?"
    r"(?:what|which|who|whom|how|why|when|where|is|are|was|were|do|does|did|can|could|will)\b.+))",
    re.I,
)
_PRONOUN_TOPIC = re.compile(r"^(?:it|them|they|that|this|those|these|him|her)$", re.I)


# "What's the difference between the NPC and the CPPCC?", "What distinguishes X from Y?", "How does X
# differ from Y?", "Compare X and Y.": two names compared with no respect named.
_COMPARED = re.compile(
    r"^(?:(?:and|so|but|ok|okay)[\s,]+)?(?:in\s+terms\s+of\s+(?:their\s+|its\s+)?(?:powers?|roles?|functions?|"
    r"responsibilit(?:y|ies)|purpose),\s*)?(?:"
    r"what(?:['’]?s|\s+is|\s+are)\s+the\s+(?:main\s+|key\s+|real\s+|big\s+)?differences?\s+between\s+(?P<a1>.+?)"
    r"\s+and\s+(?P<b1>[^?]+?)"
    r"|(?:what|how)\s+(?:distinguishes|differentiates|separates)\s+(?P<a2>.+?)\s+from\s+(?P<b2>[^?]+?)"
    r"|how\s+(?:does|do|is|are)\s+(?P<a3>.+?)\s+(?:differ|different)\s+from\s+(?P<b3>[^?]+?)"
    r"|compare\s+(?:the\s+roles?\s+of\s+)?(?P<a4>.+?)\s+(?:and|with|to)\s+(?P<b4>[^?.]+?)"
    r")\W*$",
    re.I,
)


def _compared_as_each(sentence: str) -> str:
    """Two names compared in no named respect, as a question of what each is ("What's the difference
    between the NPC and the CPPCC?" -> "What is the NPC, and what is the CPPCC?"): the texts tell them apart
    by saying what each is, not in a sentence naming both. Unchanged for anything but two names ("How does
    the CPPCC's role differ from the NPC's?")."""
    match = _COMPARED.match(sentence.strip())
    if match is None:
        return sentence
    first, second = (group for group in match.groups() if group is not None)
    if not all(_is_just_a_name(name) for name in (first, second)):
        return sentence
    return f"What is {first.strip()}, and what is {second.strip()}?"


def _is_just_a_name(phrase: str) -> bool:
    """ "the NPC", "Geely", "Hong Kong": a name, with "the" at most, and nothing else (not a day, a month, a
    numbered or lettered label or a tier: "Monday", "Year 7", "Plan A", "Gold")."""
    name = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
    if not name or _entity_spans(name) != [(0, len(name))] or not _names(name):
        return False
    words = name.split()
    if any(re.fullmatch(r"\d+|[A-Z]", word) for word in words):
        return False
    return not any(word.lower() in _NOT_COMPARED_NAMES for word in words)


_NOT_COMPARED_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "winter",
        "gold",
        "silver",
        "bronze",
        "platinum",
        "premium",
        "standard",
        "basic",
        "plus",
        "pro",
        "lite",
        "economy",
        "business",
        "first",
    ]
)


def _topic_framed(sentence: str) -> str:
    """A question framed by "What's the story/deal/craic with X" as the question it asks: what the
    article says about X when that is all ("What's the story with consumer demand?"), else the question
    after the frame, with X in brackets as its context ("..., how much are they issuing all told?" ->
    "how much are they issuing all told (the bonds)?"); a name the question refers to by pronoun is left
    to ``with_framed_name``."""
    match = _STORY_WITH.match(sentence.strip())
    if match is None:
        return sentence
    topic, asked = match.group("topic").strip(), match.group("asked")
    if asked is None:
        return sentence if _PRONOUN_TOPIC.match(topic) else _ABOUT_THE_TOPIC.format(topic)
    if _PRONOUN_TOPIC.match(topic):
        return asked
    if with_framed_name(sentence) != sentence:
        return sentence
    asked = asked.rstrip(" ?.!")
    # ("..., is it cheaper to bundle it?": an "it" that points ahead, and the topic goes in brackets)
    it = (
        None
        if re.match(
            r"(?:is|was|isn['’]t|wasn['’]t)\s+it\s+(?:\w+\s+(?:to|for|that)\b|the\b|a\b|still\b|true\b|worth\b)",
            asked,
            re.I,
        )
        else re.search(r"\b(?:it|its)\b(?!\s+(?:true|possible|likely|the\s+case)\b)", asked, re.I)
    )
    if it:  # "..., how much is it going up by?": the topic
        owned = topic + ("'" if topic.endswith("s") else "'s") if it.group().lower() == "its" else topic
        return f"{asked[: it.start()]}{owned}{asked[it.end() :]}?"
    return f"{asked} ({topic})?"  # "..., how much are they issuing?": of the topic, not the topic issuing


# "Spell it out, which ones ...?", "Gimme the short version — what ...?": how to answer, asking nothing.
_SAY_IT_PLAINLY = re.compile(
    r"^(?:(?:so|now|ok|okay|and)[\s,]+)?(?:spell\s+it\s+out|lay\s+it\s+out|break\s+it\s+down|"
    r"give\s+it\s+to\s+me\s+straight|level\s+with\s+me|cut\s+to\s+the\s+chase|in\s+a\s+nutshell|"
    r"(?:gimme|give\s+me)\s+the\s+(?:short|quick|brief)\s+version|(?:gimme|give\s+me)\s+the\s+gist)"
    r"(?:\s+for\s+me)?\s*(?:[,:;]|\s[-–—]+)\s*(?=\w)",
    re.I,
)
# "Lemme guess, they want more subsidies? How much ...?": a guess, before the question it is a guess at.
_GUESS_FIRST = re.compile(r"^(?:lemme|let\s+me)\s+guess\b[^?]*\?\s+(?=\S)", re.I)
# "Gotion — never heard of 'em.": a name said, and that the asker does not know it.
_NEVER_HEARD_OF = re.compile(
    r"\b(?P<name>[\w&-]+['’]?)(?P<aside>\s*(?:[,:]|\s[-–—]+)\s*(?:(?:i\s+(?:have|['’]ve)\s+|i['’]ve\s+)?never\s+heard\s+of\s+"
    r"(?:them|it|him|her|['’]?em)\b|"
    # "Gotion, now there's a name I'd never heard before today.", "'X' - now there's a phrase that ..."
    r"now\s+there['’]s\s+a\s+(?:name|phrase|word|term|one)\b[^.!?]*)\s*[.!]?)(?=\s+\S)",
    re.I,
)


def _aside_of_a_name(never_heard: re.Match[str], names: Set[str]) -> str:
    """What stays of "X — never heard of 'em.": a full stop after one of the documents' names (the name is
    then said alone, for the question's pronoun), the aside as typed after any other word."""
    name = never_heard.group("name").lower()
    if re.search(r"\bnow\s+there['’]s\b", never_heard.group("aside"), re.I):
        return " -"  # ("'X' - now there's a phrase that ...": the term, set up for the question's "it")
    return "." if any(name == known.lower() for known in names) else never_heard.group("aside")


def asked_part(message: str, names: Set[str] = frozenset()) -> str:
    """What a message asks, without what is said around it: the fillers and spoken years of
    ``without_fillers``, a greeting, and the sentences that ask nothing ("Hello there! Retired engineer
    here. What exactly are the Two Sessions? I spent 40 years designing pumps." -> "What exactly are the
    Two Sessions?"). The sentences that ask are kept: those ending in "?" or opening with a question
    word, but not one about the asker ("I gather it was about shipping?") when another asks. A sentence
    before them is kept only when they lean on it ("The draft puts it at X. What figure does the article
    give?", "... to CATL. Which company actually raised it?") and it says more than a few words ("Got it, I
    think." does not). A claim of the asker's to check is asked as a fact check ("Our draft says X. Does
    the article back that up?" -> "Is it true that X?"), a question passed on for someone else as they
    would ask it (``_as_put_directly``). A message with no sentence that asks is kept whole. ``names``, the
    documents' names, lets one said alone stand for the question's pronoun ("Xiaomi. what did they ask
    for")."""
    text = _HOW_SHORT.sub("", _FORGOTTEN.sub("", _SIGN_OFF.sub("", without_fillers(message))))
    text = _self_corrected(text)
    text = _AS_AT_HOME.sub("", _ASKER_AFTER_DASH.sub("", _REMARK_ON_MY_OWN.sub("", text)))
    text = _put_after_a_frame(_GUESSED_ANSWER.sub(r"\g<asked>?", text))
    # "According to the text, what is X?": every answer is by the text
    text = _BY_THE_TEXT.sub("", text)
    text = _AS_TOLD_THERE.sub("", text)  # "... as presented during the Two Sessions": where it was told
    text = _GREETING_START.sub("", text)
    text = _SAY_IT_PLAINLY.sub("", text)  # "Spell it out, ...", "Gimme the short version — ..."
    text = _WORDING_AFTER.sub("", text)  # "govt monetary stance in work rpt - exact wording?"
    text = _NAMES_AFTER.sub("", text)  # "Which carmakers wanted more of it, names?": which ones
    text = _EXAMPLES_AFTER.sub(r"\g<kind>", text)
    if re.match(
        r"\s*(?:how\s+(?:much|many)|what|which|who)\b", text, re.I
    ):  # "how much goes to the scheme for cars n that"
        text = _LOOSE_EXAMPLES_AFTER.sub(r"\g<kind>", text)
    text = _TEXT_TELLS_TAG.sub("", text)
    text = _NAME_THEN_VIEW.sub(_view_of_a_name(names), text)  # "Gotion point?": Gotion's point
    text = _GUESSED_THEN_ASKED.sub(_asked_of_the_guess, text)  # "Tianneng, was it? What did they propose?"
    text = _SOME_OF_THEM_WHICH.sub(_which_of_them, text)  # "A couple of the car companies ..., which ones?"
    text = _ON_ABOUT.sub(r"\1 talking about", text)  # "were on about battery swapping"
    worded = _HOW_WORDED_AFTER.search(text)
    if worded and _CLAIM_BEFORE.search(text[: worded.start()]):
        text = text[: worded.start()] + "?"
    guessed = _GUESS_FIRST.match(text)
    rest = text[guessed.end() :] if guessed else ""
    # "Lemme guess, they want subsidies? How much of the bond money is going to X?": the guess asks nothing
    # (but "Lemme guess, another strike? Which lines are affected?" names its topic in the guess)
    if (
        guessed
        and len(_WORD.findall(rest)) >= 6
        and not re.search(r"\b(?:they|them|it|he|she)\b", rest, re.I)
    ):
        text = rest
    # "Gotion — never heard of 'em. What'd they want?": one of the documents' names, said
    text = _NEVER_HEARD_OF.sub(lambda m: m.group("name") + _aside_of_a_name(m, names), text)
    text = _with_blank_asked(text)
    text = _TRAILING_OFF.sub(", ", text)
    if _SOURCE_ALONE.search(text):
        return "What is the source of that?"
    wanting = _WANTING_MORE.match(text)
    # ("If I want more on my overdraft, what do they suggest?" may want more money, not more to read)
    if wanting and (wanting.group("information") or not wanting.group("they")):
        # "If I want more on X, where do I go?": where there is more on X
        return f"Where can I find more information about {wanting.group('topic')}?"
    checked = _checked_claim(text)
    if checked is not None:
        return checked
    # "Explain the place of the NPC; what kind of body is it?": two questions (but "I recall X; what did that
    # involve?" tells what the question leans on)
    if _ASKING_FIRST.match(text):
        text = re.sub(rf"(?<=\w);\s+(?=(?:{WH})\b)", "? ", text)
    sentences = [
        _as_wanted(_without_doubting_preface(_GREETING_START.sub("", s)))
        # (a sentence may end inside its closing quote: '... talking about the "Two Sessions." I taught ...')
        for s in re.split(r"(?<=[.!?])\s+|(?<=[.!?][\"”’])\s+(?=[A-Z\"“‘'])", text.strip())
    ]
    sentences = [s for s in sentences if _WORD.search(s)]
    if len(sentences) == 1:  # (a request beside a question is a courtesy: "Please confirm X. When ...?")
        sentences = [_formally_requested(sentences[0])]
    if len(sentences) > 1:  # "Where does it say X? Give me the exact wording.": every answer quotes its lines
        sentences = [s for s in sentences if not _WORDING_ONLY.match(s)] or sentences
        kept = [s for s in sentences if not _PUT_SIMPLY.match(s)]
        # (but not the only request: "The guide names four museums. Name them.")
        if any(s.rstrip().endswith("?") or _ASKING_OPENER.match(s) for s in kept):
            sentences = kept
    written = (
        sentences  # (as the asker wrote them: "The NPC is X, right?" is a claim, read as "Is the NPC X?")
    )
    sentences = [_read_as_asked(_compared_as_each(_topic_framed(_topic_put_first(s)))) for s in sentences]
    split = [_statement_then_question(s) for s in sentences]
    written = [
        piece
        for as_written, parts in zip(written, split, strict=True)
        for piece in (parts if len(parts) > 1 else [as_written])
    ]
    sentences = [part for parts in split for part in parts]
    if len(sentences) <= 1:
        return " ".join(sentences) or message
    asking = [
        i
        for i, s in enumerate(sentences)
        if (
            s.rstrip().endswith("?")
            or (_ASKING_OPENER.match(s) and not (_EXCLAIMED.match(s) and not _names_a_thing(s)))
        )
        and not _ABOUT_THE_ASKER.match(s)
    ] or [i for i, s in enumerate(sentences) if s.rstrip().endswith("?")]
    if not asking:
        return text
    if len(asking) > 1 and (
        _is_offered_guess(sentences[asking[-1]], sentences[asking[-2]])
        or _GUESSED_OR_MORE.match(sentences[asking[-1]].strip())
        or _TAGGED_GUESS.match(sentences[asking[-1]].strip())
        or _HEDGED_GUESS.match(sentences[asking[-1]].strip())
        or (
            _WHO_GUESS.match(sentences[asking[-1]].strip())
            and re.match(r"who\b", sentences[asking[-2]], re.I)
        )
    ):
        # "When did they first cut the RRR? Early 2025?", "What does the NPC do? Rubber stamp or something
        # more?": the guess is no question
        asking = asking[:-1]
    if len(asking) > 1 and _VAGUE_LEAD.search(sentences[asking[-2]]) and _stands_alone(sentences[asking[-1]]):
        # "Did one of them suggest something along those lines? What exactly did Tianneng propose?": the
        # question that names what it asks of
        asking = asking[-1:]
    # (a claim checked before a question for the detail: "Is it true that the report was delivered by the
    # Premier? Who actually presented it?" asks who, of the report)
    challenges = [
        i
        for i in asking[:-1]
        if _CHALLENGE.match(sentences[i])
        or (
            _CONFIRMATION_TAG.search(written[i])
            and not _ASKING_OPENER.match(written[i])  # ("Is parking free, right?" asks a question of its own)
            and re.match(rf"(?:and\s+|so\s+)?{WH}\b", sentences[asking[-1]], re.I)
            # (one that stands alone, or asks of the other one, which the conversation tells)
            # (or one that leans on the claim: "CATL's CEO spoke there, isn't it? What is his name?")
            and (
                _stands_alone(sentences[asking[-1]])
                or re.search(r"\bother\b", sentences[asking[-1]], re.I)
                or (
                    _leans_on_what_was_said(sentences[asking[-1]])
                    and re.search(r"\b(?:he|his|him|she|her)\b", sentences[asking[-1]], re.I)
                )
            )
        )
        or (
            _CLAIM_ASKED_FIRST.match(sentences[i])
            and re.match(rf"(?:and\s+)?{WH}\b", sentences[asking[-1]], re.I)
        )
    ]
    if challenges and challenges[-1] < asking[-1]:
        # "Isn't the NPC just a rubber stamp? What is it actually supposed to do?": the challenge only
        # frames the question after it, which may lean on it as on an earlier turn
        question = " ".join(sentences[challenges[-1] + 1 : asking[-1] + 1])
        checked = _CLAIM_ASKED_FIRST.match(sentences[challenges[-1]])
        if not checked and not _leans_on_what_was_said(question):
            return question
        asked = _as_plain_question(sentences[challenges[-1]])  # "Isn't X ...?" asks whether X ...
        resolved = rewrite_followup(question, [Turn(asked, None, "", abstained=True)])
        if checked and resolved == question and not _entity_spans(question):
            resolved = f"{question.rstrip(' ?')} ({asked.rstrip(' ?')})?"
        # (a claim the question does not lean on is no context to borrow)
        # (but one naming nothing of its own keeps it: "Is it correct that X announced export curbs? Which
        # technologies are affected?" asks of the curbs)
        return question if checked and "(" in resolved and _entity_spans(question) else resolved
    if (
        len(asking) > 1
        and _BARE_WHY.match(sentences[asking[0]])
        and all(_asks_the_purpose(sentences[i]) for i in asking[1:])
    ):
        return sentences[asking[0]]  # "Why this? What is the goal behind?": why, of what was said
    existing = _THERE_WAS_ONE.search(sentences[asking[0]]) if len(asking) > 1 else None
    asked_what = _WHAT_WAS_IT.match(sentences[asking[-1]]) if existing else None
    if (
        asked_what
    ):  # "Was there one topic people saw as the biggest deal? ... What was it?": what that topic was
        return f"What {asked_what.group('be')} the {existing.group('thing')}?"
    narrowing = _NARROWING_LEAD.match(sentences[asking[-1]]) if len(asking) > 1 else None
    narrower = sentences[asking[-1]][narrowing.end() :] if narrowing else ""
    if narrowing and _leans_on_what_was_said(narrower):
        # "What is the green angle of X's proposal? Specifically, what did its CEO want?": the narrower
        # question is the one asked, of what the broader one names (when a name stands in for its pronoun;
        # one that stands alone, "Specifically, how common is fever?", keeps the broader question's topic)
        resolved = rewrite_followup(narrower, [Turn(sentences[asking[-2]], None, "", abstained=True)])
        had = {word.lower() for word in _WORD.findall(narrower)}
        added = [word for word in _WORD.findall(resolved) if word.lower() not in had]
        if any(word[:1].isupper() for word in added) and not re.search(r"[(:]", resolved):
            return resolved
    narrowed = None
    fragments = set()
    while len(asking) > 1 and (
        _is_nameless_fragment(sentences[asking[0]])
        # "To what end, though? Why did they want them altered?": the why after it asks the same
        or (
            _WHY_IN_OTHER_WORDS.match(sentences[asking[0]].strip().rstrip(" ?!."))
            and re.match(r"(?:and\s+|so\s+)?why\b", sentences[asking[1]].strip(), re.I)
        )
    ):
        narrowed = _NARROWED_TO.match(sentences[asking[0]].strip()) or narrowed
        fragments.add(asking[0])
        asking = asking[1:]  # "And the counterpoint? Did anyone push back on that?": the question after it
    if narrowed and len(asking) == 1 and narrowed.group("topic").lower() not in sentences[asking[0]].lower():
        # "and liquidity specifically? what level do they want to keep": of liquidity
        return f"{sentences[asking[0]].rstrip(' ?')} ({narrowed.group('topic')})?"
    topic = _ASKED_ABOUT.match(sentences[asking[0]]) or _NAME_ALONE.match(sentences[asking[0]])
    if topic and len(asking) > 1:
        # "I would like to confirm about the CPPCC. Does it have legislative power?": it is the CPPCC; "And
        # CALB? What did they push for?": they are CALB
        topic_said = topic.group("name") if topic.re is _NAME_ALONE else sentences[asking[0]][topic.end() :]
        resolved = _asked_of_topic(topic_said, sentences[asking[-1]])
        if resolved is not None:
            return resolved
    said_alone = asking[0] - 1 if asking[0] > 0 else None
    if said_alone is None and len(asking) > 1 and asking[1] == asking[0] + 1:
        said_alone = asking[0]  # "embodied intelligence?? what does that mean"
    topic = (
        _topic_alone(sentences[said_alone], sentences[asking[-1]], names) if said_alone is not None else None
    )
    if topic and asking[-1] == (asking[1] if said_alone == asking[0] else asking[0]):
        # "Xiaomi. what did they ask for": the topic said alone just before the question it leans on
        resolved = _asked_of_topic(re.sub(r"^The\b", "the", topic), sentences[asking[-1]])
        if resolved is not None and ":" not in resolved:
            return resolved
    question = " ".join(sentences[asking[0] : asking[-1] + 1])
    leaning = _leans_on_what_was_said(question)
    # ("I vaguely remember Gotion said something about shipping. What was it exactly?" keeps the memory;
    # "Got it, I think." says nothing)
    context = (
        [
            s
            for i, s in enumerate(sentences[: asking[0]])
            if len(_WORD.findall(s)) > 3
            and i not in fragments
            and not (_EXCLAIMED.match(s) and not _names_a_thing(s))  # ("What a mess the M25 is!" names it)
        ]
        if leaning
        else []
    )
    # ("I'm not great with economics, apologies in advance." tells only of the asker, beside what does tell)
    told_of = [s for s in context if not _only_of_the_asker(s) and not _says_nothing(s)]
    # (an apology for the asker's ignorance is nothing a pronoun could mean: "Forgive me, economics was never
    # my subject. What phrase did the government use for its policy?")
    # (nor is a remark of vague words: "Everyone says something different.")
    context = [s for s in context if s in told_of or not (_APOLOGY.match(s) or _says_nothing(s))]
    # ("I'm worried about my dad's surgery. Is it risky?": all a dangling "it" could mean, so kept; but not
    # for "he" when no one is named: "I've had my toast now. Did he call for anything else?")
    dangling = _dangling_reference(question)
    if dangling in ("he", "him", "his", "she", "her"):
        context = [s for s in context if not _ASKERS_DAY.match(s) or _SOMEONE_NAMED.search(s)]
        told_of = [s for s in told_of if s in context]
    context = told_of if told_of or dangling is None else context
    told = _subject_told(context[-1], question) if context and asking[0] == asking[-1] else None
    introduced = _THERE_IS.match(context[-1]) if context and asking[0] == asking[-1] else None
    if (
        introduced
        and not told
        and re.search(r"\bit\b", question, re.I)
        and _dangling_reference(question) == "it"
    ):
        # "There's a related read about recycling in there too. How many challenges does it say ...?": it is
        # the read
        return re.sub(r"\bit\b", "the " + introduced.group("thing"), question, count=1, flags=re.I)
    if (
        told
        and _QUOTED_TERM.search(context[-1])
        and told in context[-1]
        and _DEFINING_QUESTION.match(question)
    ):
        # "I keep hearing about the 'Two Sessions'. What are they?": what the term quoted is
        return re.sub(r"\b(?:it|they)\b", told.rstrip(".,;:!"), question, count=1, flags=re.I)
    puzzled = _PUZZLED_ABOUT.search(context[-1]) if context and asking[0] == asking[-1] else None
    if puzzled and not told and _dangling_reference(question) in ("it", "its"):
        # "I'm still confused about the NPC. What kind of body is it?": it is the NPC
        topic = re.sub(r"^The\b", "the", puzzled.group("topic"))
        question = re.sub(r"\bits\b", f"{topic}'s", question, count=1, flags=re.I)
        return re.sub(r"\bit\b", topic, question, count=1, flags=re.I)
    held = [match.group() for match in _ROLE_HELD.finditer(context[-1])] if context else []
    alone = bool(held) and not _SOMEONE_ELSE.search(_ROLE_HELD.sub(" ", context[-1]))
    if len(held) == 1 and alone and asking[0] == asking[-1] and _NAME_OF_SOMEONE.match(question):
        # "The article mentions the CEO of CATL speaking. What is his name?": the CEO's
        return f"What is the name of {held[0]}?"
    if (
        len(held) == 1
        and alone
        and asking[0] == asking[-1]
        and dangling in ("he", "him", "his", "she", "her")
    ):
        # "It put me in mind of that reading about the CATL boss. What was he after ...?": the CATL boss
        return _substitute_pronoun(question, dangling, held[0])
    if told:
        # "Tianneng's proposal seems different from X. What did it actually suggest?": it is Tianneng
        resolved = _asked_of_topic(told, question)
        if resolved is not None:
            return resolved
    if context and not _leans_on_what_was_said(question, details_lean=False):
        # "The bank posted a loss. What was the total amount?": a detail of what was said, which the question
        # still asks for itself (its form, a figure, kept first)
        return f"{question.rstrip(' ?')} ({' '.join(context)})?"
    return " ".join(context + [question])


# "Was there one topic that people saw as the biggest deal?", then "What was it?": the thing there was.
# (a thing and what sets it apart, not a bare "Is there a cure?", which the yes or no answers)
_THERE_WAS_ONE = re.compile(
    r"(?:^|,\s*)(?:was|is|were|are)\s+there\s+(?:one|a|an|any|some)\s+(?P<thing>(?!(?:that|which|who)\b)"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+(?:that|which|who)\s+[^?]+?)\s*\?$",
    re.I,
)
_WHAT_WAS_IT = re.compile(
    r"^(?:and\s+|so\s+)?(?:what|which)\s+(?P<be>was|is|were|are)\s+(?:it|they|that|this)\W*$", re.I
)
# "Specifically, ...", "More precisely, ...": a question narrowing the one before it.
_NARROWING_LEAD = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:more\s+)?(?:specifically|precisely|concretely|in\s+particular)\s*[,:]\s*"
    r"(?=(?:what|which|who|how|why|when|where|did|does|do|is|are|was|were)\b)",
    re.I,
)


# "I've had my toast now.", "I'm off to the shops later.": the asker's day, in the first person, past or
# present, with no one else in it (``_SOMEONE_NAMED``): no "he" or "she" of a question stands for it.
_ASKERS_DAY = re.compile(
    r"^(?:i['’]ve|i\s+have|i['’]m|i\s+am|i)\s+(?:had|just|been|off|done|finished|got)\b", re.I
)
# Someone a "he" or "she" may stand for: a name past the first word, or anyone's role ("my landlord").
_SOMEONE_NAMED = re.compile(
    r"(?<=\s)(?-i:[A-Z][a-z]+)|\b(?:my|our|the|a|an|his|her|their)\s+"
    r"(?!toast|tea|coffee|breakfast|lunch|dinner|day|week|morning|evening|walk|shopping|ironing|washing)\w+",
    re.I,
)


def _names_a_thing(sentence: str) -> bool:
    """Whether a sentence names something a pronoun may stand for: a name past its first word, an acronym,
    or a quoted term."""
    words = _WORD.findall(sentence)
    return bool(
        _QUOTED_TERM.search(sentence)
        or any(word[:1].isupper() and word.lower() not in _ASKER_WORDS for word in words[1:])
        or (words and ACRONYM.fullmatch(words[0]))
    )


def _says_nothing(sentence: str) -> bool:
    """ "Everyone says something different.", "Nobody agrees on this stuff.": a remark of vague words only."""
    words = [word.lower().strip(".,;:!?'’") for word in _WORD.findall(sentence)]
    return bool(words) and all(word in _VAGUE_REMARK_WORDS for word in words)


_VAGUE_REMARK_WORDS = word_set(
    "everyone everybody someone somebody nobody anyone people they it this that these those stuff thing "
    "things something anything nothing everything says say said saying agrees agree disagree differ differs "
    "different same seems seem confusing confused keeps keep changing really so very all the a of on about "
    "is are was were and but tells tell story stories own version versions opinion opinions view views"
)


def _only_of_the_asker(sentence: str) -> bool:
    """ "I'm not great with economics.", "Sorry, numbers make me nervous.": a sentence of the asker's that
    names nothing and gives no figure ("I read that CATL wanted X." tells something)."""
    if re.search(r"\d", sentence) or _QUOTED_TERM.search(sentence):
        return False
    unknown = _NOT_KNOWN.sub(" ", sentence)
    if (
        unknown != sentence
        and {w.lower().strip(".,;:!?") for w in _WORD.findall(unknown)} <= _NOTHING_KNOWN_WORDS
    ):
        return True  # "I never understood it.", "I never learned that."
    if _ASKER_TELLING.search(unknown):
        return False
    apology = _APOLOGY.match(sentence)
    if apology and re.search(r"\b(?:my|me|i)\b", sentence[apology.end() :], re.I):
        # ("Sorry, economics was never my subject.", but not "Sorry, the NPC part confused me.")
        return not any(word[:1].isupper() for word in _WORD.findall(sentence[apology.end() :])[1:])
    if _ASKER_STATE.match(
        sentence
    ):  # "I live in Leeds.", "I'm not great with economics." (not "We ordered X.")
        # (but "I'm still confused about the NPC." names what the question is about)
        return not re.search(r"\b(?:about|regarding|on|with|by)\s+(?:the\s+)?[A-Z]", sentence)
    # ("numbers make me nervous", but not "the CPPCC part confused me", which names what it is about)
    named = any(word[:1].isupper() for word in _WORD.findall(sentence)[1:])
    return bool(re.search(r"\b(?:make|makes|made|get|gets)\s+me\b", sentence, re.I)) and not named


_ASKER_WORDS = word_set("i i'm i’m i've i’ve i'd i’d i'll i’ll")


# "I'm not great with ...", "I live in ...", "I feel lost": how the asker is, not what they know or did.
_ASKER_STATE = re.compile(
    r"^(?:i['’]m|i\s+am|we['’]re|we\s+are|i\s+feel|i\s+(?:live|lived|work|worked|teach|taught|study|studied|"
    r"retired|used\s+to)|i\s+(?:have|had)\s+no)\b",
    re.I,
)
# "never heard of it", "don't know much about": the asker telling what they do not know, which tells nothing.
_NOT_KNOWN = re.compile(
    r"\b(?:never|not|n['’]t)\s+(?:(?:really|ever|even)\s+)?(?:heard|know|knew|seen|understood|understand|learned|"
    r"learnt|got)\b"
    r"(?:\s+(?:of|about)\s+(?:it|them|this|that|any\s+of\s+(?:it|this|that)))?",
    re.I,
)
_NOTHING_KNOWN_WORDS = word_set(
    "i it that this them really ever before yet still quite fully properly honestly"
)
# "Forgive me, economics was never my subject.": an apology for the asker's own ignorance.
_APOLOGY = re.compile(r"^(?:forgive\s+me|pardon\s+me|excuse\s+me|sorry|apologies)\b[\s,]+", re.I)


# "I read that ...", "I remember Gotion ...": the asker telling what they know, which a question may lean on.
_ASKER_TELLING = re.compile(
    r"\b(?:read|reading|heard|hear|hearing|remember|recall|saw|seen|seeing|know|knew|think|thought|believe|"
    r"understand|gather|noticed|told|says|said|say|claims|claimed|wrote|writes|reported|reports)\b",
    re.I,
)


def _statement_then_question(sentence: str) -> list[str]:
    """ "There's a company called CALB mentioned - what was bothering them?": the statement and the question
    a dash joins, as two sentences; a sentence of any other shape (and "Gotion - what did it say?", whose
    question is of the name before the dash) as it is."""
    joined = _DASHED_QUESTION.match(sentence)
    said = joined["said"] if joined else ""
    if joined is None or not _INTRODUCING.search(said) or _ABOUT_THE_ASKER_SAID.search(said):
        return [sentence]
    if not re.search(r"\b(?:it|its|they|them|their)\b", joined["asked"], re.I):
        return [sentence]  # "There's a drug called X - what are the side effects?": of X, kept with it
    return [joined.group("said") + ".", capitalised(joined.group("asked"))]


# "There's a company called CALB ...": a statement that introduces, by name, what the question after it asks
# about (and nothing else: "There's a Key Read link in the monetary section - what's it about?" places it).
_INTRODUCING = re.compile(r"\b(?:called|named|known\s+as)\b", re.I)
_ABOUT_THE_ASKER_SAID = re.compile(r"\b(?:I|I['’]m|I['’]ve|my|me|we|we['’]re|our)\b")
_DASHED_QUESTION = re.compile(
    r"^(?P<said>[^?]*?\w)\s+[–—-]+\s+(?P<asked>(?:what|which|who|whom|whose|how|why|when|where)\b[^–—]*\?)$",
    re.I,
)


# "Rubber stamp or something more?", "A talking shop or what?": a guess at the answer, left open.
_GUESSED_OR_MORE = re.compile(
    r"^(?!(?:is|are|was|were|do|does|did|can|could|will|would|has|have|what|which|who|how|why|when|where)\b)"
    r"(?:[\w’'-]+\s+){1,4}or\s+(?:something|somethin['’]?|anything|what)(?:\s+(?:more|else|bigger|different))?\W*$",
    re.I,
)


# "What did Gotion want sorted out? Something about moving cells around?", "... Sounds like marketing talk?":
# the asker's hedged guess after the question.
_HEDGED_GUESS = re.compile(
    r"^(?:something\s+(?:about|to\s+do\s+with|like)|sounds\s+like|probably|maybe)\b[^?]{0,60}\?$", re.I
)
# "Xiaomi said what at the CPPCC? Phones company only, na?": a few words of the asker's guess and a tag.
_TAGGED_GUESS = re.compile(
    r"^(?!(?:is|are|was|were|do|does|did|can|could|will|would|has|have|what|which|who|how|why|when|where)\b)"
    r"(?![^?]*\b(?:is|are|was|were|open|opens|closed|ok|okay|fine|\d+)\b)"
    r"(?:[\w’'-]+\s+){0,4}[\w’'-]+\s*,?\s*(?:na|naa|no|nah|right|innit|yeah|ya|isn['’]t\s+it)\s*\?$",
    re.I,
)


def _is_offered_guess(sentence: str, asked: str = "") -> bool:
    """ "Early 2025?", "Around RMB500 billion?": a few words after a question asking when or how much that
    offer its answer: a time or a figure ("Safe for kids?" after "What is the dose?" asks more; "And CALB?"
    asks again, of CALB)."""
    words = _WORD.findall(sentence)
    if not words or len(words) > 4 or not sentence.rstrip().endswith("?"):
        return False
    if not re.match(r"(?:when|how\s+(?:much|many|big|large|long|high))\b", asked.strip(), re.I):
        return False
    if not (any(ch.isdigit() for ch in sentence) or _TIME_GUESS.search(sentence)) or re.search(
        r"\bor\b", sentence, re.I
    ):
        return False
    if re.match(
        rf"(?:{WH}|and|or|but|so|what|is|are|was|were|do|does|did|can|could|why|really|seriously)\b",
        sentence.strip(),
        re.I,
    ):
        return False
    named = any(_looks_named(word) and not any(ch.isdigit() for ch in word) for word in words[1:])
    # ("Nordlink?" alone may be a name asked about, as "And Nordlink?" is)
    lone_name = len(words) == 1 and words[0][:1].isupper() and not any(ch.isdigit() for ch in words[0])
    return not named and not lone_name and not bool(ACRONYM.fullmatch(words[0]))


# "Who presented the report? Was it the premier?": whom the asker guesses, which the who question asks.
_WHO_GUESS = re.compile(
    r"^(?i:was|is)\s+it\s+(?:(?i:the)\s+[a-z]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*\?$"
)
# "Who was it that presented the report?": who presented it ("What is it that the NPC does?" keeps its form).
_WHO_CLEFT = re.compile(
    r"\b(who|which(?:\s+(?!was\b|is\b)[\w-]+){1,2})\s+(?:was|is)\s+it\s+that\s+(?=(?:[a-z]+ed|stood|said|gave|made|put|took|wrote|spoke|led|ran|"
    r"brought|read|sent|told|won|began|came|went|got|set|paid|built|bought|found|held|kept|met|sold|saw|"
    r"became|chose|drove|fought|threw|drew|grew|knew|spent|struck|taught|thought|caught)\b)",
    re.I,
)
_TIME_GUESS = re.compile(
    rf"\b(?:early|late|mid|last|next|this|{_MONTHS}|spring|summer|autumn|fall|winter|year|month|week|yesterday|"
    r"tomorrow|today)\b",
    re.I,
)


def _topic_put_first(sentence: str) -> str:
    """ "BYD, what they proposed at CPPCC this year?" -> "what did BYD propose at CPPCC this year?",
    "Peak-valley price gap now, how big it is, number?" -> "how big is Peak-valley price gap now?": a topic
    put before the question, which its "it"/"they" stands for (as Korean word order puts it first);
    unchanged when the question has no such pronoun or what comes first is no topic ("In 2024, ...")."""
    fronted = _TOPIC_FIRST.match(sentence.strip())
    if fronted is None:
        return _topic_put_before_a_claim(sentence)
    if len(_WORD.findall(fronted.group("topic"))) > 6:
        return sentence
    topic, asked = fronted.group("topic"), fronted.group("asked")
    # the pronoun is the subject ("what they proposed at CPPCC", "how big it is"), never an object
    pronoun = _SUBJECT_AFTER_WH.match(asked)
    if pronoun is None or not _is_noun_phrase(topic):
        return sentence
    if pronoun.group(1).lower() in ("they", "their") and not _names_someone(topic):
        return sentence  # "The council, what they decided": they may be anyone; "BYD, what they proposed"
    pronoun = re.compile(re.escape(pronoun.group(1))).search(asked, pronoun.start(1))
    if re.match(r"^how\s+(?:much|many|big|large|long)\s+(?:is|was|are|were)\s+it\W*$", asked, re.I):
        return sentence  # "Finance spending, how much was it?": keywords and their question, read as such
    owner = pronoun.group().lower() in ("their", "its")
    topic = re.sub(r"^The\b", "the", topic)
    asked = asked[: pronoun.start()] + topic + ("'s" if owner else "") + asked[pronoun.end() :]
    trailing_be = re.match(r"^(how\s+\w+)\s+(.+?)\s+(is|are|was|were)$", asked, re.I)
    if trailing_be:  # "how big the gap is" -> "how big is the gap"
        return f"{trailing_be.group(1)} {trailing_be.group(3)} {trailing_be.group(2)}?"
    return _in_question_order(asked) + "?"


# "The CPPCC, it have legislative power?", "BYD, it can make laws?": a topic, then a yes/no question in the
# order of a statement with its pronoun.
_TOPIC_THEN_CLAIM = re.compile(
    r"^(?P<topic>(?:[Tt]he\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}|[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"\s*,\s*(?P<pronoun>it|they)\s+"
    r"(?:(?P<aux>can|could|will|would|does|do|did|is|are|was|were|should)\s+)?(?P<verb>[a-z]+)\b(?P<rest>[^?]*)\?+\s*$"
)
# Words that open a sentence before a comma without being its topic: "Well, it depends?", "OK, it works?".
_NOT_A_TOPIC = word_set(
    "well so ok okay yes no right also really honestly actually sure then anyway now fine great alright "
    "basically seriously still besides however though and but or"
)


def _topic_put_before_a_claim(sentence: str) -> str:
    """ "The CPPCC, it have legislative power?" -> "Does the CPPCC have legislative power?", "The NPC, it can
    pass laws?" -> "Can the NPC pass laws?", "The law, it applies to renters?" -> "Does the law apply to
    renters?"; unchanged for any other sentence (and for "they" without an auxiliary, whose number and
    tense this cannot tell: "Arsenal, they won?")."""
    fronted = _TOPIC_THEN_CLAIM.match(sentence.strip())
    if fronted is None or re.search(rf"\b{WH}\b", fronted.group("rest"), re.I):
        return sentence  # ("The levy, it is at which level?": a question word in place)
    if fronted.group("topic").split()[0].lower() in _NOT_A_TOPIC:
        return sentence
    topic = re.sub(r"^The\b", "the", fronted.group("topic"))
    verb, rest = fronted.group("verb"), fronted.group("rest")
    if fronted.group("aux"):
        return f"{fronted.group('aux').capitalize()} {topic} {verb}{rest}?"
    if fronted.group("pronoun") != "it":
        return sentence
    if verb in ("has", "have"):
        return f"Does {topic} have{rest}?"
    if not verb.endswith("s") or verb.endswith("ss") or len(verb) < 4:
        return sentence  # (a past or a bare verb: "BYD, it proposed X?")
    return f"Does {topic} {_base_of_third_person(verb)}{rest}?"


def _base_of_third_person(verb: str) -> str:
    """ "applies" -> "apply", "pushes" -> "push", "works" -> "work"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:ches|shes|sses|xes|zes|oes)$", verb):
        return verb[:-2]
    return verb[:-1]


_SUBJECT_AFTER_WH = re.compile(
    r"^(?:what|which|who|how(?:\s+\w+)?|when|where|why)\s+(?:(?:do|does|did|is|are|was|were|will|would|can|"
    r"could|has|have|had)\s+)?(it|they|their|its)\b",
    re.I,
)
# Opening words that are no topic: asides, times, people spoken to.
_NO_TOPIC = re.compile(
    r"^(?:honestly|seriously|actually|basically|realistically|anyway|yesterday|today|tomorrow|tonight|now|"
    r"according|regarding|given|speaking|long\s+story|dear|grandma|grandpa|mum|mom|dad|mate|guys|folks|sir|madam|"
    r"doctor|doc|out\s+of\s+interest|by\s+the\s+way|btw|fyi|just|quick|okay|ok)\b",
    re.I,
)


def _is_noun_phrase(words: str) -> bool:
    """ "BYD", "Peak-valley price gap now in China", "The CPPCC": a topic, not an aside ("Honestly"), a time,
    someone spoken to ("Grandma") or a clause ("The dog ate chocolate", "Flight cancelled")."""
    tokens = _WORD.findall(words)
    if not tokens or _NO_TOPIC.match(words.strip()):
        return False
    return not any(
        token.lower() in _AUX_WORDS
        or token.lower() in IRREGULAR_PAST
        or token.lower() in _COMMON_PAST
        or (token.lower().endswith("ed") and len(token) > 4)
        or (token.lower().endswith("ly") and len(token) > 4)
        or token.lower() in ("i", "you", "we", "he", "she", "my", "your", "our", "me")
        for token in tokens
    )


_COMMON_PAST = word_set(
    "ate ran went came got made took gave saw fell broke won lost left sent bought sold told paid spent "
    "built kept met found felt"
)


def _names_someone(words: str) -> bool:
    """A name or acronym beyond a capital that only opens the phrase ("BYD", "the NHS", "Tesla and Ford")."""
    tokens = _WORD.findall(words)
    return (
        any(ACRONYM.fullmatch(token) for token in tokens)
        or any(token[:1].isupper() for token in tokens[1:] if token.lower() not in ("and", "the"))
        or (len(tokens) == 1 and tokens[0][:1].isupper())
    )


_TOPIC_FIRST = re.compile(
    r"^(?P<topic>(?!(?:and|so|but|ok|okay|well|now|then|also|yes|no|right|sorry|please|thanks|in|on|at|for|"
    r"from|of|by|with|about|after|before|since|during|if|when|as|what|which|who|how|why|where|i|we|you|"
    r"compared|unlike|like|besides|apart|except|beyond|other|versus|vs|while|whilst|whenever|once|until|unless|"
    r"although|though|because|given|meanwhile|(?:in\s+)?doing\s+(?:so|that|this|it))\b)"
    r"[^,?]{2,60}?)\s*,\s*"
    r"(?P<asked>(?:what|which|who|how(?:\s+much|\s+many|\s+big|\s+large|\s+long)?|when|where|why)\b[^,?]*?)"
    r"(?:\s*,\s*(?:number|figure|amount|exactly|please|roughly|approximately|precisely)\b)*\s*\?+\s*$",
    re.I,
)


def _subject_told(statement: str, question: str = "") -> str | None:
    """The one thing a statement before a question is about, which the question's "it"/"they" may mean: the
    name it opens with as its owner ("Tianneng's proposal seems different."), a term it quotes, for a question
    asking what that is ("I keep hearing about the 'Two Sessions'. What are they?"), or, for a question asking
    what someone said or wanted, a name it sets off at its end ("And the kicker from the CPPCC side -
    Xiaomi."), the name saying something at its start ("Gotion raised ...") or the only name it gives ("Walk
    me through what Gotion raised.", "Geely and GAC seem to agree."). None when it names several or none, or
    when the question asks something else of it ("We ordered from IKEA. When will it arrive?": the order)."""
    opening = _TOLD_SUBJECT.match(statement)
    if opening:
        return opening.group("name") or opening.group("acronym")
    # "I'm writing about the trade-in scheme. How much is set aside for it?"
    working_on = _ASKER_WORKING_ON.match(statement)
    if working_on and not _DUMMY_IT_FIRST.search(question):
        return working_on.group("topic")
    quoted = [match.group("term") for match in _QUOTED_TERM.finditer(statement)]
    if _DEFINING_QUESTION.match(question):
        return quoted[0] if len(quoted) == 1 else None
    # (someone said or wanted it: "they", "he", "the two of them", not "the rules for them")
    if not _ACTING_QUESTION.search(question) or not _SOMEONE_ACTING.search(question):
        return None
    set_off = _NAME_SET_OFF.search(statement)
    if set_off and set_off.group("name").lower() not in _NOT_A_SUBJECT:
        return set_off.group("name")
    acting = _NAME_ACTING.match(statement)
    if acting:
        return acting.group("name")
    spans = [
        statement[start:end]
        for start, end in _entity_spans(statement)
        # (a capitalised word opening the statement is no name unless it acts: "Walk me through", "Today's")
        if not (start == 0 and " " not in statement[start:end])
    ]
    spans = [span for span in spans if span.lower() not in _NOT_A_SUBJECT]
    return spans[0] if len(spans) == 1 else None


# "I'm writing about the trade-in scheme.", "We're researching a piece on CALB.": what the asker works on.
_ASKER_WORKING_ON = re.compile(
    r"^(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:(?:currently|now|still|just)\s+)?"
    r"(?:writing|researching|reporting|investigating|covering|studying|reading|looking\s+into|working)\s+"
    r"(?:(?:a|an|my|our|the)\s+(?:\w+\s+)?(?:piece|article|story|report|paper|essay|post|thread|blog|feature|"
    r"column|brief|note)\s+)?(?:about|on|into)\s+(?P<topic>[^.,;:!?]{2,60}?)\s*[.!]?$",
    re.I,
)
# "Is it safe to ...?", "How much does it cost to ...?": an "it" that stands for what follows, no topic.
_DUMMY_IT_FIRST = re.compile(
    r"\b(?:is|was|will|would|isn['’]t)\s+it\s+(?:\w+\s+){0,2}?(?:to|for|that)\b|\bdoes\s+it\s+(?:cost|take)\b",
    re.I,
)
# "There's a related read about recycling in there too.": one thing a statement introduces.
_THERE_IS = re.compile(
    r"^there(?:['’]s|\s+is|\s+was)\s+(?:a|an|this|one)\s+(?P<thing>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)"
    r"(?:\s+(?:in|on)\s+(?:there|here|it))?(?:\s+too|\s+as\s+well)?\s*[.!]?$",
    re.I,
)
# "What are they?", "What does it actually refer to?": what a term is, which a quoted term before it names.
_DEFINING_QUESTION = re.compile(
    r"^(?:(?:and|so)\s+)?what\s+(?:(?:is|are|was|were)\s+(?:it|they)(?:\s+exactly)?\W*$|(?:does|do|did)\s+"
    r"(?:it|they)\s+(?:\w+ly\s+)?(?:mean|refer\s+to|involve|stand\s+for|cover)\b)",
    re.I,
)
_SOMEONE_ACTING = re.compile(r"\b(?:they|he|she|their|his|of\s+them)\b", re.I)
# "What did they push for?", "What were they pitching?": what someone said or wanted.
_ACTING_QUESTION = re.compile(
    r"\b(?:say|said|says|want|wanted|wants|propos\w*|suggest\w*|raise|raised|raising|ask|asked|asking|push|"
    r"pushed|pushing|call|called|calling|mention\w*|complain\w*|pitch\w*|argu\w*|claim\w*|urg\w*|advocat\w*|"
    r"recommend\w*|think|thought|believe|believed|hope|hoped|demand\w*|warn\w*|talk\w*|speak|spoke|bring|"
    r"brought|worried|concerned)\b",
    re.I,
)
_NAME_SET_OFF = re.compile(r"\s[-–—:]\s*(?P<name>[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3})\s*[.!]?$")
# "Tianneng wants ...", "Gotion raised ...": a capitalised first word is a name when it says or wants.
_NAME_ACTING = re.compile(
    r"^(?!(?i:what|who|which|why|how|when|where|i|and|so|but|or|if|the|this|that|these|those|there|it|today|"
    r"walk|tell|give|let|please|kindly|you|we|they|he|she|someone|somebody|nobody|everyone|everybody|people|"
    rf"my|our|your|doctors|experts|critics|{_CALENDAR_DAYS})\b)"
    r"(?P<name>[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*)*)\s+"
    r"(?:wants?|wanted|asked|says?|said|proposed|suggested|called|mentioned|complained|pushed|raised|advocated|"
    r"argued|claimed|urged|brought|talked|spoke|"
    # ("Gotion is one of our probable suppliers. What did they suggest?": the statement is about it)
    r"is|was|has\s+been|makes|supplies|builds)\b"
)
_NOT_A_SUBJECT = word_set(
    "there here it i i've i'm i'd i'll i’ve i’m i’d i’ll let ok okay right so and but true false yes no "
    "closed open guilty error none"
)


# A topic asked about alone, which a question after it may lean on.
_ABOUT_THE_TOPIC = "What does the article say about {}?"
_ASKED_ABOUT = re.compile(re.escape(_ABOUT_THE_TOPIC.split("{}")[0]), re.I)


def _asked_of_topic(topic: str, question: str) -> str | None:
    """``question`` with what it leans on ("it", "they") read as ``topic``, named just before it ("And CALB?
    What did they push for?"); None when it leans on nothing, or on more than the topic."""
    question = capitalised(question)
    if not _leans_on_what_was_said(question):
        return None
    resolved = rewrite_followup(
        question, [Turn(f"What about {topic.rstrip(' ?')}?", None, "", abstained=True)]
    )
    left = re.search(r"\b(?:it|its|they|them|their|he|she|him|his|her)\b", _DUMMY_IT.sub("", resolved), re.I)
    return resolved if "(" not in resolved and left is None and resolved != question else None


_NAME_ALONE = re.compile(
    r"^(?i:(?:(?:and|but|so|ok|okay)[\s,]+)?(?:(?:what|how)\s+about\s+)?)"
    r"(?!(?i:why|how|what|when|who|where|which|really|seriously|yes|no|hello|hi|thanks|sorry|right|sure|true|"
    r"false|correct|wrong|indeed|exactly)\b)"
    r"(?P<name>[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*){0,3})\s*\?$"
)


def _topic_alone(sentence: str, question: str, names: Set[str]) -> str | None:
    """The topic a sentence says on its own before a question that leans on it ("Xiaomi.", "Sheffield
    United.", "CATL.", "berth pooling??" before "what does that mean"), or None: one capitalised word only
    when asked ("Xiaomi?") or a name the documents use, never a word of assent ("Absolutely.")."""
    alone = _TOPIC_ALONE.match(sentence)
    if alone is None:
        word = re.fullmatch(r"\s*([\w’'&-]+)\s*[?.!]+\s*", sentence)
        known = {name.lower() for name in names}
        return word.group(1) if word and word.group(1).lower() in known else None
    if alone.group("term") is not None and not _WHAT_IT_MEANS.match(question):
        return None  # (a term alone is asked of only by what it means)
    if alone.group("heading") is not None:  # (a heading, for an "it" or "them" of the question)
        heading = alone.group("heading")
        return heading[:1].lower() + heading[1:] if re.search(r"\b(?:it|them)\b", question, re.I) else None
    return alone.group("topic") or alone.group("asked") or alone.group("term")


# "what does that mean", "what is it", "what's that mean in this": what a term said alone is asked.
_WHAT_IT_MEANS = re.compile(
    r"^(?:(?:and|so)\s+)?(?:what(?:['’]s|\s+is|\s+does)\s+(?:that|it|this)(?:\s+(?:mean|even\s+mean))?|"
    r"what\s+(?:does|do)\s+(?:that|it|this|they)\s+(?:even\s+)?mean)"
    r"(?:\s+(?:in\s+(?:this|the)(?:\s+(?:article|context|text|piece|report))?|here))?\W*$",
    re.I,
)
# "Xiaomi.", "embodied intelligence??", "The berth levy.": a topic said on its own, a name or a short noun
# phrase (not a word of assent, "Right.", "Sure thing.", nor a sentence with a verb).
_TOPIC_ALONE = re.compile(
    r"^(?!(?i:why|how|what|when|who|where|which|really|seriously|yes|yeah|yep|yup|no|nope|nah|hello|hi|hey|"
    r"thanks|sorry|right|sure|true|false|correct|wrong|indeed|exactly|ok|okay|cool|great|nice|wow|oh|ah|hmm|"
    r"got\s+it|i|me|my|you|we|it|this|that|they|fine|good|perfect|interesting|understood|noted|cheers|thank|"
    r"deal|agreed|pardon|guys|folks|blimey|crikey|gosh|lovely|brilliant|excellent|super|fair|done|same|"
    r"typical|classic|wait|hold\s+on|sorted|bingo|bless|amazing|awesome|right-o|alright|welcome|please|"
    rf"{_CALENDAR_DAYS}|today|tomorrow|tonight|yesterday|"
    r"weekend|morning|afternoon|evening|night|noon|later|soon|again|anyway|also|both|neither|either)\b)"
    # (a name of two words, an acronym, or one word asked: "Sheffield United.", "CATL.", "Xiaomi?"; not
    # "Absolutely.")
    r"(?:(?P<topic>[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*){1,3}|[A-Z][A-Z\d&-]+)\s*[?.!]+|"
    r"(?P<asked>[A-Z][\w’'&-]*)\s*\?+|"
    # ("embodied intelligence??", asked, before "what does that mean"; not "the pool is closed.")
    r"['‘\"“]?(?P<term>(?!(?i:[a-z]+\s+)*?(?:is|are|was|were|has|have|had|do|does|did)\b)"
    r"(?i:the\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})['’\"”]?\s*\?+|"
    # ("Battery swapping.", a topic put as a heading before "Which carmakers wanted more of it?"; not "Quick
    # question." or "Follow-up.")
    r"(?P<heading>(?!(?i:good|quick|another|one|last|first|next|follow|simple|stupid|dumb|silly|related|small|"
    r"big|final|random|side|odd|general|serious|different|new|important|key|main|real|honest|just|weird|bit|"
    r"strange|sorry|slightly|little|very|so|still|also|genuine|tricky|daft|fun|curious|confused)\b)"
    r"(?!(?i:[a-z]+\s+)*?(?:is|are|was|were|has|have|had|do|does|did)\b)"
    r"[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){1,2})\s*[.:]$)$"
)
# "And liquidity specifically?", "what about pricing in particular?": the topic narrowed to.
_NARROWED_TO = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:(?:what|how)\s+about\s+)?"
    r"(?!(?:me|you|him|her|us|them|it|this|that|these|those|i|we|they|myself|yourself|and|but|so)\b)"
    r"(?P<topic>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?:specifically|in\s+particular|exactly|itself)\W*$",
    re.I,
)


def _is_nameless_fragment(sentence: str) -> bool:
    """ "And the counterpoint?", "Right, the timing?": a few words that ask nothing by themselves and name
    no one (unlike "And CALB?")."""
    words = _WORD.findall(sentence)
    return len(words) <= 3 and not _ASKING_OPENER.match(sentence.strip()) and not _has_name(words)


_PLURAL_VERBS = "want|need|say|think|plan|propose|suggest|mean|expect|hope|wish|recommend"
_PRESENT_VERBS = (
    "comes|goes|stands|matters|helps|does|says|wants|thinks|plans|proposes|suggests|means|needs|expects|hopes|asks|"
    "wishes|recommends"
)
_INDIRECT_SUBJECT = (
    r"(?:(?:the\s+(?:[a-z][\w-]*\s+){0,3})?[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*)*(?:['’]s\s+[a-z]+)?"
    r"|(?:the|that|this|these|those)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}|it|they|he|she"
    r"|(?:a\s+lot\s+of|lots\s+of|most)\s+people|everyone|everybody)"
    r"(?:\s+(?:first|also|actually|initially|originally|later|recently|just|really))?"
)
_INDIRECT_WH = r"^(?P<wh>what|which|who|how\s+much|how\s+many|how|when|where|why)"
# "what CALB raised at the meetings", "what it wants done", "how many applications the scheme got": a
# question reported in statement order.
_INDIRECT_DONE = re.compile(
    rf"{_INDIRECT_WH}(?P<asked>(?:\s+[\w’'-]+){{0,4}}?)\s+(?P<subject>{_INDIRECT_SUBJECT})\s+"
    rf"(?P<verb>[a-z]+ed|{'|'.join(IRREGULAR_PAST)}|{_PRESENT_VERBS}|{_PLURAL_VERBS})\b(?P<rest>.*)$"
)
# "what the NPC is", "what the benchmark rate is right now", "what the government is saying about X".
_INDIRECT_BEING = re.compile(
    rf"{_INDIRECT_WH}\s+(?P<subject>(?:the|a|an)\s+[^?]+?|[A-Z][^?]*?)\s+(?P<be>is|are|was|were)"
    r"(?P<rest>(?:\s+(?:right\s+now|now|currently|today|at\s+the\s+moment|[a-z]+ing\b[^?]*"
    r"|[a-z]+\s+(?:for|to|of|about|with|in|on|at)))?\W*)$"
)


# "how much the RRR was reduced in 2024", "which city the meeting was held in": a passive in statement order.
_INDIRECT_PASSIVE = re.compile(
    rf"{_INDIRECT_WH}(?P<asked>(?:\s+[\w’'-]+){{0,3}}?)\s+(?P<subject>{_INDIRECT_SUBJECT}(?:\s+[a-z][\w-]*)?)\s+"
    rf"(?P<be>is|are|was|were|has\s+been|have\s+been|will\s+be)"
    r"(?P<adverb>\s+(?:first|also|initially|originally|actually|recently|just|last|already|officially))?"
    rf"\s+(?P<done>[a-z]+ed|{'|'.join(IRREGULAR_PAST)}|"
    r"held|given|taken|done|chosen|shown|known)\b(?P<rest>.*)$"
)
# "in which city ...", "by how much ...": a preposition before the reported question
_PREPOSITION_BEFORE_WH = re.compile(rf"^(?:on|in|at|by|for|from|to|with|under|during|of)\s+(?={WH}\b)", re.I)


# "how many EVs China exported", "how many ferries the port bought": a count of a noun, then the clause's
# own subject (not "how many companies proposed rules", where the counted noun is the subject).
_COUNTED_BEFORE_SUBJECT = re.compile(
    r"^(?P<wh>(?i:how\s+many)\s+(?!(?i:are|is|were|was|do|does|did|will|would|can|could|should|have|has|had)\b)"
    r"[\w’'-]+)(?P<clause>\s+(?:(?i:the|this|that|it|they)\s|[A-Z]).*)$"
)


def _in_question_order(question: str) -> str:
    """ "what CALB raised at the meetings?" -> "what did CALB raise at the meetings?", "what the rate is
    right now?" -> "what is the rate right now?", "by how much the RRR was cut" -> "by how much was the RRR
    cut"; unchanged when not in statement order."""
    preposition = _PREPOSITION_BEFORE_WH.match(question)
    if preposition:
        return question[: preposition.end()] + _in_question_order(question[preposition.end() :])
    counted = _COUNTED_BEFORE_SUBJECT.match(question)
    if counted:  # "how many EVs China exported": the count is of EVs, China exported them
        clause = _in_question_order("what" + counted.group("clause"))
        if clause.lower() != ("what" + counted.group("clause")).lower():
            return counted.group("wh") + clause[len("what") :]
    passive = _INDIRECT_PASSIVE.match(question)
    # ("how much of the money is earmarked", "what increase in the budget was announced": no statements)
    in_order = passive and set(passive.group("asked").lower().split()) & (_AUX_WORDS | _PREPOSITIONS)
    if passive and not in_order and not _AUX_WORDS & set(passive.group("subject").lower().split()):
        be, *been = passive.group("be").split()
        subject, rest = passive.group("subject"), passive.group("rest")
        done = " ".join(been + [passive.group("done")])
        adverb = passive.group("adverb") or ""
        return f"{passive.group('wh')}{passive.group('asked')} {be} {subject}{adverb} {done}{rest}"
    done = _INDIRECT_DONE.match(question)
    asked = done.group("asked").lower().split() if done else []
    # ("how much of the money goes to X", "what document delivered at the NPC revealed X": no statements)
    # ("who at CATL addressed X": a question in its own order, the preposition says so)
    statement = not any(
        word in _AUX_WORDS | _PREPOSITIONS | {"at", "under", "over", "during"} or word.endswith("ed")
        for word in asked
    )
    if done and statement and not _AUX_WORDS & set(done.group("subject").lower().split()):
        verb = done.group("verb")
        aux = "does" if not verb.endswith("ed") and verb not in IRREGULAR_PAST else "did"
        subject, rest = done.group("subject"), done.group("rest")
        if re.fullmatch(_PLURAL_VERBS, verb):  # "why they want those rules changed": why do they want them
            return f"{done.group('wh')}{done.group('asked')} do {subject} {verb}{rest}"
        return f"{done.group('wh')}{done.group('asked')} {aux} {subject} {base_form(verb)}{rest}"
    being = _INDIRECT_BEING.match(question)
    if being:
        return f"{being.group('wh')} {being.group('be')} {being.group('subject')}{being.group('rest')}"
    return question


def _as_put_directly(sentence: str) -> str:
    """A reported question as its asker put it: "customer asks: what are the Two Sessions?" -> "what are the
    Two Sessions?", "client wants to know if any controls were announced" -> "Is it so that any controls
    were announced?" (a yes/no question, its claim intact)."""
    reported = _REPORTED.match(sentence)
    if reported is None or reported.end() == len(sentence):
        return sentence
    question = sentence[reported.end() :]
    subject = re.match(r"the\s+[\w’'-]+", question, re.I)  # ("the proposed budget": no verb yet)
    claim = subject and _FINITE_VERB.search(question, subject.end())
    if claim and re.search(r"\b(?:confirm|check)$", reported.group().strip(" :,-"), re.I):
        # "Can you confirm the RRR was first cut in 2023?": whether it was
        return f"Is it so that {question.rstrip(' ?.!')}?"
    if reported.group("about") and not re.match(rf"(?:{WH}|whether|if)\b", question, re.I):
        # "I would like to confirm about the CPPCC.": a topic, which a question after it may lean on
        # ("May I ask regarding the scheme, how much is for it?": of the scheme)
        topic, _, asked = question.partition(", ")
        if not asked:
            return _ABOUT_THE_TOPIC.format(topic.rstrip(" .!?"))
        return _asked_of_topic(topic, asked) or capitalised(asked)
    whether = _WHETHER.match(question)  # "if/whether X": a yes/no question, its claim intact
    question = "Is it so that " + question[whether.end() :] if whether else _in_question_order(question)
    if re.match(r"(?:the|any)\s", question, re.I):  # "wants to know the name of X": what the name of X is
        question = "What is the " + question.split(None, 1)[1]
    return question if question.rstrip().endswith("?") else question.rstrip(" .!") + "?"


# "Find the part about X.", "Show me what it says on X", "give me the number for X", "Search: X": a
# request for a passage, put as a command rather than a question.
_REQUEST = re.compile(
    r"^(?:(?:please|pls|kindly|now|and|so|ok|okay)[\s,]+)*(?P<verb>find(?:\s+out)?|show(?:\s+me)?|look\s+up|pull\s+up|"
    r"bring\s+up|give|get\s+me|quote|spell\s+out|tell\s+me|search(?:\s+for)?|locate|point\s+me\s+to|explain|summari[sz]e|"
    r"describe|list|name(?!\s+of\b)|(?<!\s)define(?=\s+(?:the|a|an|what|how|which|who|(?-i:[A-Z])\w*|\w+['’]s)\b)|"
    r"(?<!\s)state(?=\s+(?:the|what|how|which|who|(?-i:[A-Z])\w*['’]s)\b))"
    r"(?:\s+me)?\s*:?\s+(?P<asked>.+?)(?:\s+(?:for\s+me|please|pls))?[\s.!?:;,]*$",
    re.I,
)
_PASSAGE_NOUNS = (
    r"(?:part|bit|section|passage|paragraph|line|lines|sentence|sentences|stuff|info|information|details?|"
    r"anything|something|mention)"
)
_WHERE_IT_SAYS = re.compile(
    r"^(?:what|where)\s+(?:it|the\s+(?:article|text|piece|report))\s+(?:says|said|explains|mentions|writes|"
    r"tells\s+us|talks)(?:\s+(?:about|on|of|regarding))?\s+(?P<asked>.+)$",
    re.I,
)
_PASSAGE_ON = re.compile(
    rf"^(?:(?:the|any|a)\s+)?{_PASSAGE_NOUNS}\s+(?:(?:that|which)\s+(?:mentions|covers|is\s+about|talks\s+about)|"
    r"about|on|of|regarding|concerning|covering|re)\s+(?P<asked>.+)$",
    re.I,
)
_TOPIC_PASSAGE = re.compile(rf"^the\s+(?P<asked>.+?)\s+{_PASSAGE_NOUNS}$", re.I)
_BEING_AFTER = re.compile(
    rf"^(?P<wh>{WH})\s+(?P<subject>the\s+[^?]+?|[A-Z][^?]*?)\s+(?P<be>is|are|was|were)\s+(?P<rest>.+)$", re.I
)
# "one fact about X", "a one-liner on X", "stat on X", "need the quote on X": a piece of the text on X.
_PIECE_ON = re.compile(
    r"^(?:(?:i\s+)?need\s+|give\s+me\s+)?(?:(?:a|an|one|another|the)\s+)?(?:one-liner|line|fact|stat|statistic|detail|"
    r"quote|point|snippet)s?\s+(?:on|about|re|regarding)\s+(?P<asked>.+?)\W*$",
    re.I,
)
_FIGURE_FOR = re.compile(r"^the\s+(?:figure|number|amount|sum|total)\s+(?:for|of|on)\s+(?P<asked>.+)$", re.I)
# "the companies calling for X": the kind asked for, doing something.
_KIND_DOING = re.compile(
    r"^(?:the|all(?:\s+the)?)\s+"
    r"(?P<kind>(?:(?!(?:the|a|an|this|that|these|those|he|she|it|we|they|you)\b)(?:[a-z][a-z-]*|[A-Z]{2,6})\s+)"
    r"{0,3}?[a-z]+)\s+"
    # (a participle before a preposition: "heard at the CPPCC", not "the documents I need")
    r"(?:(?P<doing>[a-z]+ing)|(?P<done>[a-z]+ed|heard|seen|chosen|given|held|known)"
    r"(?=\s+(?:at|in|by|during|for|on|from|to|with|under|over|this|last)\b))\b(?P<rest>.+)$",
)
# "the company they're fighting in court": the kind asked for, something is done to.
_KIND_DONE_TO = re.compile(
    r"^the\s+(?P<kind>[a-z]+)\s+(?P<subject>they|he|she|it|we)(?P<be>['’]re)?\s+(?P<rest>[a-z]+.*)$", re.I
)
# An acronym something is named by ("NPC", "CPPCC"), and one in the plural too ("EVs").
ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_ACRONYM_TOKEN = re.compile(r"\b[A-Z]{2,6}s?\b")
_LISTED_KIND = re.compile(
    r"^(?:the|all(?:\s+the)?)\s+(?P<kind>(?:[a-z]+\s+)?[a-z]+)\s+(?:that|which|who)\s+(?P<rest>.+)$", re.I
)
_NAMING_VERBS = ("name", "list")


_WH_CLAUSE = re.compile(rf"(?:{WH}|whether|if)\b", re.I)
# "the size of X", "the name of X", "the date of X": a detail of something, which a request asks the value of.
_DETAIL_OF = re.compile(
    r"^the\s+(?:exact\s+|total\s+|full\s+)?(?P<detail>size|amount|name|names|date|dates|number|figure|total)\s+of\s+\S",
    re.I,
)  # "what the NPC is", "whether it can make laws"


def _about_what(asked: str) -> str:
    """What a request asks about as a question: "what the NPC is responsible for" -> "What is the NPC
    responsible for?", "the levy" -> "What does the article say about the levy?"."""
    detail = _DETAIL_OF.match(asked)
    if detail:  # "the size of the bond issuance", "the name of the chairman": what it is
        return f"What {'are' if detail.group('detail').lower() in ('names', 'dates') else 'is'} {asked}?"
    if not _WH_CLAUSE.match(asked):
        return f"What does the article say about {asked}?"
    question = _in_question_order(asked)
    being = _BEING_AFTER.match(question) if question == asked else None
    if being:  # "what the NPC is responsible for": what is the NPC responsible for
        question = f"{being.group('wh')} {being.group('be')} {being.group('subject')} {being.group('rest')}"
    return capitalised(question) + "?"


def _as_requested(sentence: str) -> str:
    """A request for a passage as the question it asks: "Find the part about swapping stations." -> "What
    does the article say about swapping stations?", "Look up what the CPPCC is." -> "What is the CPPCC?",
    "give me the number for the special bonds" -> "How much are the special bonds?", "List the companies
    that raised patents." -> "Which companies raised patents?", "one fact about X" -> about X; unchanged
    when it is no such command."""
    piece = _PIECE_ON.match(sentence.strip())
    if piece:
        return _about_what(piece.group("asked"))
    request = _REQUEST.match(sentence.strip())
    if request is None:
        return sentence
    asked = _EXAMPLES_OF.sub("", request.group("asked").strip())  # "two examples of what X wanted"
    if ":" in asked:  # "Quote the work report: what industries ...?": the question after the colon is read
        return sentence
    says = _WHERE_IT_SAYS.match(asked)
    if says:  # "where it explains what the Two Sessions are": what they are; "what it says on X": about X
        return _about_what(says.group("asked"))
    if _WH_CLAUSE.match(asked):
        return _about_what(asked)
    about = re.match(r"^(?:about|on|re|regarding)\s+(?P<asked>.+)$", asked, re.I)
    passage = about or _PASSAGE_ON.match(asked) or _TOPIC_PASSAGE.match(asked)
    if passage:
        return _about_what(passage.group("asked"))
    figure = _FIGURE_FOR.match(asked)
    if figure:
        return f"How much is {figure.group('asked')}?"
    verb = request.group("verb").lower()
    if verb in ("define", "state") and (
        _WH_CLAUSE.search(asked) or "?" in sentence or (verb == "state" and " " not in asked.strip())
    ):
        return sentence  # "State Farm paid how much?", "State Rep.": a name, no command
    naming = verb in _NAMING_VERBS
    role = _ROLE_NAMED.match(asked) if naming else None
    if role and not role.group("plural"):  # "Name the Premier who presented it": who holds the role
        return f"Who is {asked}?"
    listed = _LISTED_KIND.match(asked)
    kind = listed.group("kind") if listed else ""
    # ("Explain the reason that ...": no kind; "Describe the side effects that ...": what is said of them)
    if listed and (naming or (kind.endswith("s") and " " not in kind)):
        return f"Which {listed.group('kind')} {listed.group('rest')}?"
    doing = _KIND_DOING.match(asked) if naming else None
    if doing:  # "the companies calling for X": which companies are calling for X; "heard at X": were heard
        plural = doing.group("kind").endswith("s")
        be = ("are" if plural else "is") if doing.group("doing") else ("were" if plural else "was")
        verb = doing.group("doing") or doing.group("done")
        return f"Which {doing.group('kind')} {be} {verb}{doing.group('rest')}?"
    done_to = _KIND_DONE_TO.match(asked) if naming else None
    if done_to:  # "the company they're fighting": which company are they fighting
        be = {"re": "are"}.get((done_to.group("be") or "").strip("’'"), "")
        kind, subject, rest = done_to.group("kind"), done_to.group("subject"), done_to.group("rest")
        stated = f"which {kind} {subject} {rest}"
        question = f"which {kind} {be} {subject} {rest}" if be else _in_question_order(stated)
        if question != stated:  # ("Name the team he plays for": no order this can turn)
            return capitalised(question) + "?"
    if re.fullmatch(r"(?:the\s+)?(?:reason|reasons|rationale|why)", asked, re.I):
        return "Why?"  # "Give the reason": why, of what was just said
    if role:  # "Name the CEOs of CATL and BYD": who they are ("Name the head lice treatments": no role)
        return f"Who are {asked}?"
    if not re.search(
        r"[A-Za-z]{2}", re.sub(r"\b(?:up|in|out|back|away|it|that|this|me)\b", "", asked, flags=re.I)
    ):
        return sentence  # "Give up?", "Give ?": no thing asked for
    if request.group("verb").lower().startswith("spell"):
        if not (_ACRONYM_TOKEN.search(asked) or re.search(r"\b(?:acronyms?|abbreviations?)\b", asked, re.I)):
            return sentence  # "Spell out the changes in plain English": no long form asked
        return f"What {'do' if re.search(r's$', asked) else 'does'} {asked} stand for?"
    if request.group("verb").lower().startswith(("tell", "search", "summari", "describe")):
        return _about_what(asked)
    plural = re.search(r"[^s]s$", asked) and not re.search(r"['’]s\b", asked)
    return f"What {'are' if plural else 'is'} {asked}?"


# A spoken sentence's clauses: "..., so before we go anywhere, what actually are the Two Sessions?"
_CLAUSE_BREAK = re.compile(
    r",\s+|\s+[-–—]+\s+|;\s+|:\s+(?=(?i:what|which|who|how|why|when|where|is|are|was|were|do|does|did|can|could)\b)"
)
_TRAILING_OFF = re.compile(r"\s*(?:\.{2,}|…)\s*")  # "... might be wrong... what did CATL say?"
_CLAUSE_LEAD = re.compile(
    r"^(?:(?:so|and|but|ok|okay|anyway|anyways|well|like|hmm|right|alright|now|then|honestly|basically|"
    r"just|hold\s+on|wait|actually|(?:what\s+i\s+(?:want|wanted|need|would\s+like)\s+to\s+know|"
    r"my\s+question)\s+is)\b[\s,]*)+",
    re.I,
)
# "at these meetings did they raise anything", "can you tell me what ...": a clause that asks.
# "so I was curious what their CEO asked for": the question the asker wonders about.
_WONDERING = re.compile(
    r"^i\s+(?:(?:was|am|['’]m)\s+(?:curious|wondering)(?:\s+about)?|wonder|wondered)\s+"
    r"(?=(?:what|which|who|whose|how|why|when|where)\b)",
    re.I,
)
_CLAUSE_QUESTION = re.compile(
    rf"^(?:(?:at|in|on|during|for|from|within|of|by|with|through|under|to|before|upon)\s+(?:[\w’'-]+\s+){{0,3}}?)?"
    rf"(?:{WH}(?:['’](?:s|re|d))?\s+(?=\w)|(?:is|are|was|were|"
    r"do|does|did|can|could|will|would|should|has|have|had)\s+(?!i\b|you\b|we\b|me\b)|(?:can|could|would)\s+"
    r"you\s+(?:tell|remind|explain|clarify|confirm|say)|do\s+you\s+know|walk\s+me\s+through|tell\s+me)\b",
    re.I,
)
# "the one with the VW connection", "which, you know": a description of the thing just named, not the thing.
_DESCRIPTION = re.compile(r"^(?:the\s+one|which|who|whose|that|where)\b", re.I)
# "I won't get into that", "correct me if I've got this wrong": the asker talking about themselves.
_ASIDE = re.compile(
    rf"^(?:{_ASKER}|i['’]ll|you|you['’]d|you['’]re|me|let\s+me|let['’]s|correct\s+me|bear\s+with|forgive|pardon|excuse|"
    r"(?:broadly|generally|roughly|loosely|frankly|honestly)\s+speaking\W*$|in\s+(?:broad|general)\s+terms\W*$)\b",
    re.I,
)
# "There are these two bodies", "In the bit about AI", "The article mentions X": a clause or a phrase of
# place, not a thing a pronoun could stand for.
_NOT_A_NOUN_PHRASE = re.compile(
    r"^(?:there|in|on|at|for|from|to|with|about|apart|besides|put|as)\b|\b(?:is|are|was|were|has|have|had|do|"
    r"does|did|says|said|mentions|mentioned|asks|asked)\b",
    re.I,
)
_POSSESSOR = re.compile(r"^([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s\s")
_TRAILING_HEDGE = re.compile(r"\s+(?:i\s+think|i\s+believe|i\s+guess|i\s+reckon|maybe|probably)$", re.I)
# "..., I forget the names?", "..., if I remember rightly": what the asker does not remember, said after.
_FORGOTTEN = re.compile(
    r",\s+(?:i\s+(?:forget|forgot|can['’]?t\s+recall|can['’]?t\s+remember|don['’]?t\s+remember)|"
    r"if\s+i\s+(?:remember|recall)\s+(?:rightly|correctly|right)|"
    # ("..., catch myself on i shd know this": Ulster "don't be silly", the asker owning they ought to know)
    r"(?:catch\s+(?:myself|meself|yerself|yourself)\s+on\s*,?\s*)?i\s+(?:should|shd|shud|ought\s+to)\s+"
    r"(?:know|have\s+known|remember)\s+(?:this|that|it)|catch\s+(?:myself|meself)\s+on)\b[^,?]*(?=\?*\s*$)",
    re.I,
)
# "Name the CEO - I want his actual name for the card.": what the asker wants it for, after a dash.
_ASKER_AFTER_DASH = re.compile(
    r"(?<=\w)\s+[-–—]+\s+(?:i|we)\s*(?:want|need|['’]d\s+like|would\s+like)\s+(?:it|this|that|(?:his|her|their|its|"
    r"the)\s+(?:actual\s+|real\s+|full\s+|exact\s+)?(?:name|names|answer|figure|number|title|wording))\s+for\s+"
    r"(?:the|my|our|a|an)\b[^?\d]*[.!]?\s*$",
    re.I,
)
# "whats rrr stand for, my teacher wont know either", "..., my boss keeps asking": a remark on the asker's own
# people after the question, which asks nothing.
_REMARK_ON_MY_OWN = re.compile(
    r"(?<=\w)\s*,\s+(?:(?:cause|cuz|coz|because|since)\s+)?(?:my|our)\s+(?:teacher|teachers|mum|mom|dad|parents|"
    r"boss|friend|friends|mates|class|classmates|prof|professor|wife|husband|kids|students|team|manager)\s+"
    r"(?:(?:wont|won['’]t|doesnt|doesn['’]t|dont|don['’]t|cant|can['’]t|didnt|didn['’]t|never)\s+"
    r"(?:know|get|understand|remember)|(?:has|have)\s+no\s+idea|(?:is|are)\s+(?:clueless|confused))\b[^?,]*[.!]?\s*$",
    re.I,
)
# "..., the way our National Assembly does", "..., like we do at home": a comparison with the asker's own.
_AS_AT_HOME = re.compile(
    r",\s+(?:the\s+way|just\s+like|like)\s+(?:our|my|we|in\s+(?:our|my))\b[^,?]*\b(?:do|does|did|have|has|can|could)"
    r"(?=[?.!]*\s*$)",
    re.I,
)
# "Which part of the government is issuing the bonds, was it their central bank?": the asker's guess at the
# answer, after a question asking who or which.
_GUESSED_ANSWER = re.compile(
    r"^(?P<asked>(?:which|who)\b[^?]*\w),\s*(?:or\s+)?(?:was|is)\s+it\s+(?:the|their|its|his|her)\s+[^,?]{1,40}\?\s*$",
    re.I,
)
# "And the ancillary services, what for?": what they are for.
_WHAT_FOR_AFTER = re.compile(
    r"^(?P<lead>(?:and|so|but|also)\s+)?(?P<x>(?-i:the)\s+[^,?]{2,50}?)\s*,\s*what\s+for\s*\?*\s*$", re.I
)
# "what about the swapping stuff, who was on about that": who spoke of the swapping.
_ABOUT_THEN_ASKED = re.compile(
    r"^(?:and\s+)?what\s+about\s+(?P<x>the\s+[^,?]{2,40}?)(?:\s+stuff)?\s*,\s*"
    r"(?P<asked>(?:who|what|which)\b[^?]*?\b(?:about|on|with|for))\s+(?:that|it)\s*\?*\s*$",
    re.I,
)
# "what about Tesla, they say anything?": whether Tesla said anything.
_ABOUT_THEN_SAID = re.compile(
    r"^(?:and\s+)?what\s+about\s+(?P<x>[^,?]{2,40}?)\s*,\s*(?:did\s+)?(?:they|he|she|it)\s+"
    r"(?P<verb>say|said|mention|mentioned|propose|proposed|suggest|suggested)\s+"
    r"(?P<rest>(?:anything|something|much)\b[^?]*?)\s*\?*\s*$",
    re.I,
)


def _put_after_a_frame(text: str) -> str:
    """ "And the ancillary services, what for?" -> "And what are the ancillary services for?", "what about
    the swapping stuff, who was on about that" -> "who was on about the swapping", "what about Tesla, they
    say anything?" -> "Did Tesla say anything?"; else unchanged."""
    what_for = _WHAT_FOR_AFTER.match(text)
    if what_for:
        thing = what_for.group("x")
        if _FINITE_VERB.search(thing) or len(thing.split()) > 5:  # "The police arrested him, what for?": why
            return text
        verb = "are" if re.search(r"(?:es|[^aeiousy]s)$", thing) else "is"
        return f"{what_for.group('lead') or ''}what {verb} {thing} for?"
    about = _ABOUT_THEN_ASKED.match(text)
    if about:
        return f"{about.group('asked')} {about.group('x')}?"
    said = _ABOUT_THEN_SAID.match(text)
    if said:
        verb = {"said": "say"}.get(said.group("verb").lower(), re.sub(r"e?d$", "", said.group("verb")))
        verb = verb + "e" if verb.lower() in ("propos",) else verb
        return f"Did {said.group('x')} {verb} {said.group('rest')}?"
    return text


_FIRST_PERSON = re.compile(rf"\b(?:{_ASKER}|me|us)\b", re.I)
# "I read somewhere their boss went in with a wish list": what the asker heard, which a question may lean on.
_HEARSAY = re.compile(
    r"^(?:i\s+(?:read|heard|think|thought|gather|believe|remember|recall|understand)|i['’]ve\s+(?:read|heard|got\s+a\s+note)|"
    r"somebody\s+told\s+me|someone\s+told\s+me"
    rf"|{_HEDGES}|if\s+i\s+remember\s+(?:correctly|rightly|right))\b"
    r"(?:\s+(?:somewhere|here|that\s+says|someone\s+say|people\s+say|it\s+said))*(?:\s+that)?\s+",
    re.I,
)
# "Of the two bodies ...", "Besides tech of tomorrow, ...": a phrase that narrows what the question asks.
_NARROWING = re.compile(
    r"^(?:of|besides|apart\s+from|aside\s+from|other\s+than|except|beyond|among|between|as\s+for|regarding|on|"
    r"about|in|at|during|under|within|from|after|before)\s+(?!.*\b(?:i|me|my|we|our|us|you|your)\b)",
    re.I,
)
# Clauses long enough to be speech around a question, not a list inside it ("What did CATL, CALB and ...").
SPOKEN_MESSAGE_WORDS = 14
_TOPIC_WORDS = 6
_FRONTED_TOPIC_WORDS = 5


# A figure or a quoted term in a clause: something it names.
_FIGURE_OR_QUOTED = re.compile(r"\d|['‘’\"“][^'‘’\"“”]{3,}['’\"”]")


def _named_topic(clause: str) -> bool:
    """A clause before the question that names what it is about: a name or acronym ("Gotion", "the CPPCC"),
    a quoted term, a figure, or a short noun phrase ("the trade-in program")."""
    if _ASIDE.match(clause) or _DESCRIPTION.match(clause):
        return False
    words = _WORD.findall(clause)
    if _FIGURE_OR_QUOTED.search(clause) or _has_name(words):
        return True
    if _NARROWING.match(clause):
        return True
    return bool(re.match(r"(?:the|this|that|these|those)\s", clause, re.I)) and len(words) <= _TOPIC_WORDS


_WHEN_ONLY = re.compile(
    r"(?:(?:in|for|during|by)\s+)?(?:(?:the\s+)?(?:last|this|next|previous|following)\s+(?:year|month|week|quarter)"
    r"|(?:19|20)\d\d)(?:\s*,\s*(?:(?:in|for)\s+)?(?:19|20)\d\d)?",
    re.I,
)


def _stands_for(pronoun: str, clause: str, question: str) -> bool:
    """Whether the first clause of a spoken sentence is the topic a pronoun of its question stands for: a
    short noun phrase, put first ("so consumer demand, ..., what did the article say about it?"), and a
    name for "they" ("so Gotion, ..., did they raise anything?" but not "the self-driving push, I think it
    was Xiaomi, what did they want?"); not when the question asks what "they" are ("what were they?")."""
    words = _WORD.findall(clause)
    if len(words) > _FRONTED_TOPIC_WORDS or _ASIDE.match(clause) or _DESCRIPTION.match(clause):
        return False
    if _CLAUSE_QUESTION.match(clause) or _FIRST_PERSON.search(clause) or _NOT_A_NOUN_PHRASE.search(clause):
        return False
    if _WHEN_ONLY.fullmatch(clause.strip(" ,")):  # "And last year, 2024, it was how much?": when, no topic
        return False
    if re.match(rf"(?:what|who)\s+(?:is|are|was|were)\s+{pronoun}\W*$", question, re.I):
        return False
    return _has_name(words) or pronoun == "it"


def _has_name(words: list[str]) -> bool:
    """Whether some word is capitalised for being a name, not for opening a sentence or question."""
    return any(w[0].isupper() and w.lower() not in _FUNCTION_WORDS | _QUESTION_STARTERS for w in words)


def _told_context(clause: str) -> str | None:
    """What a clause before a question tells that the question may lean on: the clause, or what the asker
    heard ("I read they showed up with suggestions" -> "they showed up with suggestions"); None for an
    aside about the asker ("I'm not an economist") or a description ("the one with the VW connection")."""
    clause = _TRAILING_HEDGE.sub("", clause)  # "CALB I think"
    heard = _HEARSAY.match(clause)
    if heard:
        return clause[heard.end() :]
    about_the_asker = _ASIDE.match(clause) or _FIRST_PERSON.search(clause)
    return None if about_the_asker or _DESCRIPTION.match(clause) else clause


def _question_clause(sentence: str) -> str:
    """What a long spoken sentence asks: its first clause that asks and the clauses that go on asking after
    it ("like what powers does it have?"); before it, the clauses naming what it is about, or, when the
    question leans on what was said ("what were they?"), all that was said but asides about the asker ("ok
    so I'm prepping an episode ..., so before we go anywhere, what actually are the Two Sessions?" -> "What
    actually are the Two Sessions?"; "so Gotion, the one with the VW connection, I won't get into that, but
    at these meetings did they raise anything, I think it was about ...?" -> "At these meetings did Gotion
    raise anything?", the topic put first standing for "they"). Short sentences are left whole: their
    commas are lists and asides of the question itself."""
    if len(_WORD.findall(sentence)) < SPOKEN_MESSAGE_WORDS:
        return sentence
    stated = bool(re.search(r"[.!]\s*$", sentence))
    clauses = [_CLAUSE_LEAD.sub("", c).strip() for c in _CLAUSE_BREAK.split(sentence.strip())]
    clauses = [c for c in clauses if _WORD.search(c)]
    if stated:  # ("I help at the library, which made me think of this article.": a relative clause)
        clauses = [c for c in clauses if not (_DESCRIPTION.match(c) and not c.rstrip().endswith("?"))]
    clauses = [c for c in clauses if not _EXCLAIMED.match(c)]  # ("Dear me, what a week, the kids ...")
    wondered = {i for i, c in enumerate(clauses) if _WONDERING.match(c)}
    clauses = [_WONDERING.sub("", c) for c in clauses]
    asking = [i for i, c in enumerate(clauses) if _CLAUSE_QUESTION.match(c)]
    if not asking:
        return sentence
    if asking[0] == 0:
        return _without_trailing_asides(sentence)
    first = asking[0]
    question = clauses[first]
    # (the asker's own circumstances are conditions of a question about the asker, "can I take it?", and
    # only the story around one about something else: "I used to work in recycling, what did X want?")
    of_the_asker = bool(_FIRST_PERSON.search(question))
    pronoun = _dangling_reference(question)
    whose = _POSSESSOR.match(clauses[0])
    if pronoun in ("they", "them") and whose:  # "CATL's pitch at the CPPCC, what did they propose?"
        clauses[0] = whose.group(1)
    if pronoun in ("it", "they", "them", "that") and _stands_for(pronoun, clauses[0], question):
        # "so consumer demand, everyone says it was the big theme, what did the article say about it?": the
        # topic put first is what "it" stands for
        question = re.sub(rf"\b{pronoun}\b", clauses[0], question, count=1, flags=re.I)
        kept = " ".join([question] + [c for c in clauses[first + 1 :] if _CLAUSE_QUESTION.match(c)])
        return kept[0].upper() + kept[1:].rstrip(" ?.!,") + "?"
    if _leans_on_what_was_said(question):
        told = [told for told in map(_told_context, clauses[:first]) if told]
        # "that body", "that company": one of the things named, not all that was said of them
        kind = pronoun is not None and " " in pronoun
        before = [clause for clause in told if _named_topic(clause)] if kind else told
        before = before or told
        named_before = any(_has_name(_WORD.findall(c)) for c in before)
        if pronoun in ("he", "his", "him", "she", "her") and not named_before:
            return sentence  # ("My mum is 85, I was wondering what painkillers she takes?": she is the mum)
        someone = pronoun in ("they", "them", "their", "it", "that")
        if someone and not of_the_asker and not named_before:
            # "my grandson is forever on about CATL, ..., what did their CEO ask for?": the name the asker
            # mentioned in passing is whom "their" stands for
            named = [part for part in map(_named_part, clauses[:first]) if part]
            before = before + named[-1:]
            if named:
                wondered.discard(first)  # ("..., I was curious what their CEO asked for": CATL's)
    else:
        before = [c for c in clauses[:first] if _named_topic(c) and not _names_again(question, c)]
    if first in wondered:
        # "My daughter is 7 and has asthma, I was wondering what the nurse may give her?": what the asker
        # says before wondering is the case the question is about
        return sentence
    after = [
        c
        for c in clauses[first + 1 :]
        if _CLAUSE_QUESTION.match(c) or re.match(r"or\s", c, re.I) or _is_bare_name(c)
    ]
    if before + [question] + after == clauses:
        return sentence  # nothing said around the question
    kept = ", ".join(before + [question] + after).rstrip(" ?.!,")
    return kept[0].upper() + kept[1:] + "?"


# "came up in that piece", "there's a company called X": a clause that only introduces what the text names.
_INTRODUCES = re.compile(
    r"\b(?:came\s+up|comes\s+up|mentioned|mentions|called|named|there['’]s|there\s+(?:is|was)|"
    r"in\s+(?:the|that|this)\s+(?:article|piece|story|report|text))\b",
    re.I,
)


def _names_again(question: str, clause: str) -> bool:
    """Whether a question names again what a clause before it only introduced ("The firm Gotion came up in
    that piece, what did Gotion say ought to be changed?"), so that the clause adds nothing to what it asks
    (unlike "Python 3.8 reached end of life, ...", which tells something of what it names)."""
    if not _INTRODUCES.search(clause):
        return False
    asked = {word.lower() for word in _WORD.findall(question) if _has_name([word])}
    return any(_has_name([word]) and word.lower() in asked for word in _WORD.findall(clause))


def _without_trailing_asides(sentence: str) -> str:
    """A long sentence that asks first, without what the asker adds about themselves after it ("and what's
    that in American dollars, I can never do the conversion in my head?", "..., because I don't remember
    it"); kept whole when the question is itself about the asker ("can I take it, I'm on warfarin?")."""
    for brk in _CLAUSE_BREAK.finditer(sentence):
        asked, rest = sentence[: brk.start()], _CLAUSE_LEAD.sub("", sentence[brk.end() :])
        if _FIRST_PERSON.search(asked):
            return sentence
        if _ASKERS_MIND.match(rest) or _SPOKEN_FILLER.match(rest):
            later = (_CLAUSE_LEAD.sub("", clause) for clause in _CLAUSE_BREAK.split(rest))
            if any(_CLAUSE_QUESTION.match(clause) for clause in later):
                return sentence  # ("..., I mean, what did he want expanded?")
            return asked.rstrip(" ?.!,") + "?"
    return sentence


# "..., you know, wanting more of it?", "..., or something": a filler of speech after the question.
_SPOKEN_FILLER = re.compile(r"(?:you\s+know|or\s+something|or\s+whatever|and\s+stuff|innit|eh)\b", re.I)
# "I can never do the conversion in my head", "since in my experience it matters who ...", "so I can look
# him up": what the asker thinks, remembers or wants, said after the question (not a condition of theirs:
# "I'm on warfarin", "we land at 11:40").
_ASKERS_MIND = re.compile(
    r"(?:(?:because|since|as|cos|cause)\s+)?(?:in\s+my\s+experience|so\s+i\s+can|"
    r"i\s+(?:can\s+never|can['’]t|cannot|never|don['’]t\s+(?:quite\s+)?(?:follow|understand|remember|get|know)|"
    r"would\s+(?:like|love)|like\s+to|want(?:ed)?\s+to|picture|imagine|always|wonder|was\s+wondering)|"
    r"i['’](?:d\s+(?:like|love)|m\s+trying|ve\s+always|ve\s+never))\b",
    re.I,
)


def _is_bare_name(clause: str) -> bool:
    """ "CALB", "the CPPCC": a name alone, set off by commas (as in "what about the other company, CALB,
    what was their bee in the bonnet?"), which says whom the question is about."""
    words = _WORD.findall(re.sub(r"^the\s+", "", clause, flags=re.I))
    return 0 < len(words) <= 3 and all(word[:1].isupper() for word in words) and _has_name(words)


def _named_part(clause: str) -> str:
    """The name a clause mentions as what it talks about ("my grandson keeps on about CATL" -> "CATL", "my
    grandson talks about these 'Two Sessions' in China" -> "'Two Sessions'", a quoted term first, else the
    last name); not one who speaks ("My neighbour Dave says ..."); "" when it names nothing."""
    words = list(_WORD.finditer(clause))
    found = []
    position = 1
    while position < len(words):
        word = words[position]
        if not _has_name([word.group()]) or word.group().lower() in _ASKER_WORDS:
            position += 1
            continue
        start, end = word.start(), word.end()
        position += 1
        while position < len(words):  # "Two Sessions", "Ministry of Finance"
            following = words[position]
            between = clause[end : following.start()]
            if not re.fullmatch(r"\s+(?:of\s+(?:the\s+)?)?", between) or not following.group()[:1].isupper():
                break
            end = following.end()
            position += 1
        if _SPEAKS.match(clause[end:]):
            continue
        quote = re.search(r"['‘\"“]\s*$", clause[:start])
        closing = re.match(r"\s*['’\"”]", clause[end:]) if quote else None
        named = clause[quote.start() if quote else start : end + (closing.end() if closing else 0)]
        found.append((bool(quote), re.sub(r"['’]s$", "", named)))  # ("China's a big economy": China)
    quoted = [named for is_quoted, named in found if is_quoted]
    return (quoted or [named for _, named in found] or [""])[-1]


# "Dave says", "Mrs Khan said", "Jean swears": a name that speaks, not one spoken of.
_SPEAKS = re.compile(r"\s+(?:says|said|tells|told|thinks|reckons|swears|claims|reckoned|thought)\b", re.I)


def _leans_on_what_was_said(question: str, details_lean: bool = True) -> bool:
    """A question too short or too vague to stand alone: it asks of something said before it ("What was it
    exactly?", "what were they?", "what did he say about safety rules?"), or, with ``details_lean``, asks
    only for a detail of it ("What was the total figure given?")."""
    words = _WORD.findall(question)
    vague = _ASKING_ONLY_WORDS | (_DETAIL_ONLY_WORDS if details_lean else frozenset())
    saying = [w for w in words if w.lower() not in vague]
    return len(words) <= 4 or len(saying) <= 1 or _dangling_reference(question) is not None


# "What was the total figure given?": words for a detail that say nothing of what it is a detail of.
_DETAIL_ONLY_WORDS = word_set(
    "figure figures number numbers amount amounts total sum value exact actual precise given stated"
)


# Small words misspelled as a hasty or dyslexic writer types them ("wich compnays", "did thay"); capitalised
# inside a sentence, a name ("Premier Wen", "Adolphe Thier").
_MISSPELLED = {
    "wen": "when", "wot": "what", "teh": "the", "thay": "they", "thier": "their", "wich": "which",
    "becos": "because", "becuz": "because", "evryone": "everyone", "anyting": "anything",
    "somthing": "something",
}  # fmt: skip
# Texting: "wat did catl want", "y?", "n gotion?", "how much $$ for it", "who said that lol".
_TEXTING = {
    # (Northern English and Scots: "has it done owt for evs")
    "owt": "anything",
    "aboot": "about",
    "nowt": "nothing",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "y": "why",
    "n": "and",
    "u": "you",
    "r": "are",
    "ur": "your",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "rn": "right now",
    "smth": "something",
    "wats": "what's",
    "whats": "what's",
    "whos": "who's",
    "wheres": "where's",
    "hows": "how's",
    "theyre": "they're",
    "youre": "you're",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "thru": "through",
    "gonna": "going to",
    "wanna": "want to",
    "kinda": "kind of",
    "sorta": "sort of",
    "w/": "with",
    "wrt": "with regard to",
    "yr": "year",
    "representants": "representatives",
    "yrs": "years",
    "$$": "money",
    "$$$": "money",
    **_MISSPELLED,
}
_TEXTING_WORD = re.compile(
    r"(?<![\w$/])(?:" + "|".join(map(re.escape, sorted(_TEXTING, key=len, reverse=True))) + r")(?![\w$/])",
    re.I,
)
_FOR_AS_4 = re.compile(r"\b((?:ask|call|push|want|look|go)(?:s|ed|ing)?)\s+4\b", re.I)
_TEXTING_FILLER = re.compile(
    r"[\s,]*(?:\b(?:lol|lmao|haha+|omg|idk|tbh|ngl|fr|pls|plz|fyi)\b|"
    # ("what does highkey mean", "'literally'": the word asked about)
    r"(?<!\bdoes\s)(?<!['‘\"“])\b(?:lowkey|highkey|literally|istg|bruh)\b(?!['’\"”]|\s+mean)|"
    # ("the IMO", "an IMO rule": a name)
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b(?:iirc|afaik|afaict|fwiw|imo|imho|tbf)\b(?!\s+(?:is|was|has|rules?)\b)|"
    r"\btl;?dr\?(?=\s+\w))[\s,!.]*",  # ("TL;DR? What were ...?"; not "tl;dr on X - ...", "themes, tl;dr?")
    re.I,
)
# "why tho, like wat was the point": "tho" after a question word, "like" before one.
_WH_THO = re.compile(r"\b(why|how|what|who|where|when)\s+(?:tho|though)\b", re.I)
_LIKE_BEFORE_WH = re.compile(
    r"^(\W*\w+(?:\s+\w+){0,2})\s*,\s*like\s+(?=(?:what|wat|which|who|why|how|when|where)\b)", re.I
)
# "is it like the top one or nah": "like" filling a pause before what is asked of it.
_LIKE_AFTER_BE = re.compile(
    r"\b((?:is|was|are|were)\s+(?:it|that|this|they))\s+like\s+"
    r"(?=the\s+(?:top|main|biggest|most|first|only|highest|leading|real)\b)",
    re.I,
)
# "What is that supposed to tell us?" asks what it tells; "supposed" hedges.
# "How many put in for the trade-in?": applied for it (a claim or a post is put in for, not money).
_PUT_IN_FOR = re.compile(
    r"^(?![^?]*\b(?:how\s+much|money|cash|funds?|invest\w*)\b)(?P<before>[^?]*?)"
    r"(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bwill\s)(?<!\bto\s)"
    r"\b(?P<verb>put|puts|putting)\s+in\s+for\b(?!\s+(?:it|that|this)\b)",
    re.I,
)
_APPLIED = {"put": "applied for", "puts": "applies for", "putting": "applying for"}
# "what's that mean for the EV firms": what does that mean ("'s" for "does", as it is said).
_WHATS_IT_MEAN = re.compile(r"\b(?P<what>what)['’]s\s+(?P<x>that|this|it)\s+(?=(?:even\s+)?mean\b)", re.I)
_SUPPOSED_TO = re.compile(r"(?:\b(?:is|was)\s+|['’]s\s+)(that|this|it)\s+(?:supposed|meant)\s+to\s+", re.I)
# "Why - what's the supposed benefit?": the question after a one-word lead asks it again, fully.
_ONE_WORD_LEAD = re.compile(rf"^\s*(?:(?:why|how|what|so)\s*[-–—:]+|sure,?)\s*(?={WH}\b)", re.I)


def _texted_word(match: re.Match[str]) -> str:
    """The word a texted one stands for ("wat" -> "what"); a capital letter alone ("Y") is a name."""
    word = match.group()
    # ("Premier Wen said", "Is Wen Jiabao ...": a name, capitalised inside the sentence)
    named = (
        word.lower() in _MISSPELLED
        and word[:1].isupper()
        and match.start() > 0
        and not re.search(r"[.!?]\s*$", match.string[: match.start()])
    )
    # "y CALB?", "y GAC?": a follow-up of Spanish, Catalan or Creole, "and", before a name alone
    if word == "y" and re.fullmatch(r"\W*y\s+(?:[A-Z][\w&-]*\s*){1,2}\?\s*", match.string):
        return "and"
    return word if (len(word) == 1 and word.isupper()) or named else _TEXTING[word.lower()]


# "What, in substance, did Xiaomi advocate?", "And what, pray, is its function?": an aside after the
# question word.
_ASIDE_AFTER_WH = re.compile(
    rf"(?P<wh>\b{WH})\s*,\s*(?![^,?]*\b(?:{WH})\b)[^,?]{{1,40}}?\s*,\s*(?=[a-z])", re.I
)
# "What did BYD, the largest of the carmakers, propose?": a description of a name, between commas.
_APPOSITIVE = re.compile(
    r"(\b(?!(?:Then|So|And|But|Now|Well|Ok|Okay|OK|Also|First|Next|Finally|Lastly|Right|Sorry|Thanks|Yes|No|"
    r"Anyway|Again|Still|Plus|Besides|Otherwise|Secondly|Thirdly|Oh|Ah|Hmm|Please)\b)[A-Z][\w&-]{1,30}),\s+"
    r"(?:the|a|an|one\s+of)\s+[^,?]{1,50},\s+(?=[a-z])"
)
# "What proposed company Gotion?", "What wants CATL?": a question word, a verb only someone does, then the
# someone (a word order of Russian and other languages): what Gotion proposed.
_INVERTED_AGENT = re.compile(
    r"^(?P<wh>what)\s+(?P<verb>proposed|wanted|asked|said|advocated|recommended|demanded|requested|urged|"
    r"proposes|wants|asks|says|advocates|recommends|demands|requests|urges)(?P<for>\s+for)?\s+(?:(?:the\s+)?(?:company|firm|carmaker|"
    r"body|government)\s+)?(?P<name>(?-i:[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2})"
    r"(?:\s+(?:ceo|boss|chief|chairman|founder|head))?)(?P<rest>\s+(?:at|in|on|about|during|"
    r"for|to)\b[^?]*)?\s*\?*$",
    re.I,
)
_BASE_OF = {"said": "say", "says": "say"}
# "What is name of X?" (without the article some languages do not have): the name of X.
_BARE_SAME = re.compile(
    r"\b(said|say|says|did|do|does|wanted|want|wants|proposed|propose|proposes|asked|ask|asks|suggested|"
    r"mentioned|raised|made|make|makes)\s+same\b(?=\s+(?:thing|things|point|points|view|views|idea|ideas|proposal|"
    r"request|question|ask|demand|demands)\b|\W*$)",
    re.I,
)
_ROLE_NAME = re.compile(
    r"\b(CEO|chairman|chairwoman|chair|president|founder|boss|chief|minister|premier|director|leader|spokesperson)"
    r"\s+name(?=\s*(?:\?|$|is\b|was\b|of\b))",
    re.I,
)
_BARE_NAME_OF = re.compile(r"\b(is|was|are|were|['’]s)\s+(name|names)\s+of\b", re.I)


def _with_agent_first(match: re.Match[str]) -> str:
    """ "What proposed company Gotion?" -> "What did Gotion propose?"."""
    verb = match.group("verb").lower()
    base = _BASE_OF.get(verb) or re.sub(r"(?<=[^aeiou])ied$|(?<=[^e])ed$|(?<=e)d$|(?<=[^s])s$", "", verb)
    base = re.sub(r"^(propos|advocat|urg|announc)$", r"\1e", base)
    tense = "did" if verb.endswith(("ed", "said")) else "does"
    rest = (match.group("for") or "") + (match.group("rest") or "")
    return f"{match.group('wh')} {tense} {match.group('name')} {base}{rest}?"


# "Am I correct in supposing that X?": whether the text says X.
_AM_I_RIGHT = re.compile(
    r"^(?:am\s+i|would\s+i\s+be|is\s+it)\s+(?:right|correct|wrong|mistaken)\s+(?:in\s+(?:supposing|thinking|"
    r"assuming|saying|believing|understanding)|to\s+(?:suppose|think|assume|say|believe))\s+(?:that\s+)?"
    r"|^(?:would|is)\s+it\s+(?:be\s+)?(?:fair|right|accurate|correct)\s+to\s+(?:say|suggest|conclude)\s+(?:that\s+)?"
    # "What is the evidence that X?", "What evidence is there that X?", "What's the strongest argument that
    # X?", "the best case students could make that X", "Is there evidence X?": whether the text bears X out
    r"|^(?:(?:so|and|but|ok|okay)[\s,]+)?(?:what\s+is|what['’]s|what\s+are|where\s+is|is\s+there\s+any|"
    r"(?:is|are)\s+there|any|what)\s+(?:the\s+)?(?:(?:strongest|best|main|key|clearest|most\s+convincing|"
    r"biggest|single\s+best)\s+)?(?:evidence|proof|argument|arguments|case|signs?|indications?)\s+"
    r"(?:(?:is\s+there|does\s+the\s+(?:article|text)\s+give|(?:[\w’'-]+\s+){0,3}?(?:could|can|would|might)\s+make|"
    r"in\s+the\s+(?:article|text))\s+)?(?:that|to\s+suggest\s+that|for\s+the\s+(?:claim|idea|view)\s+that)\s+"
    r"|^(?:(?:is|are)\s+there|any)\s+(?:any\s+)?(?:evidence|proof|signs?|indications?)\s+(?!(?:for|against|on|of|"
    r"about|in|that)\b)(?=[\w’'-]+\s+[\w’'-]+\s+[\w’'-]+)",
    re.I,
)


# Word orders of a learner of English: "Is true that X?", "It can make laws?", "How the government wants
# to fund it?", "Which target China set?".
_IS_TRUE_THAT = re.compile(r"^(?P<be>is|was)\s+(?=(?:true|possible|correct|right|so)\s+that\b)", re.I)
_STATED_YES_NO = re.compile(
    # (not a question already in order: "Does Arvex have a plan?")
    rf"^(?!(?i:{WH}|and|so|but|or|if|then|also|does|do|did|is|are|was|were|can|could|will|would|has|have|had|"
    r"should|must|may|might)\b)"
    r"(?P<subject>(?i:it|they|he|she|this|that|these|those)|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+"
    r"(?P<aux>(?i:can|could|is|are|was|were|will|would|has|have|had|does|do|did|should|must))\s+"
    rf"(?P<rest>(?![^?]*\b(?i:{WH})\b)[^?]+\?)$"
)


# "BYD say anything at the CPPCC?", "CATL mention safety?": a name and a bare verb, "did" left out.
_DID_LEFT_OUT = re.compile(
    r"^(?!(?i:and|so|but|or|if|then|also|what|who|why|how|when|where|which|may|might|can|could|would|will|should|"
    r"must|shall|please|do|does|did|is|are|was|were|let|the|nobody|no\s+one|none)\b|I\b)[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*)*"
    r"\s+(?:say|mention|propose|ask|want|raise|push|flag|talk|call|suggest|comment|speak|bring\s+up)\b[^?:–—-]*\?$"
)
_TAG_SUBJECT = (
    r"(?P<subject>[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]he\s+[\w-]+(?:\s+[\w-]+)?|"
    r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)"
)
# "They cut some bank ratio before, didn't they?": whether they did.
_DID_TAG = re.compile(
    rf"^{_TAG_SUBJECT}\s+(?P<verb>[a-z]+ed|{'|'.join(IRREGULAR_PAST)})\b(?P<rest>[^,?]*),\s*didn['’]t\s+"
    r"(?:they|he|she|it|we)\W*$"
)
# "The CPPCC is only advisory, isn't it?": whether it is.
_BE_TAG = re.compile(
    rf"^{_TAG_SUBJECT}\s+(?P<aux>is|was|are|were|has|have|can|will)\s+(?P<rest>[^,?]+),\s*"
    r"(?:isn|wasn|aren|weren|hasn|haven|can|won)['’]t\s+(?:they|he|she|it|we|there)\W*$"
)


# "Gotion didn't actually say anything useful, did it?", "The CPPCC can't make laws, can it?": whether it
# did (a statement denied, then a tag that asks).
_DENIED_TAG = re.compile(
    rf"^{_TAG_SUBJECT}\s+(?P<aux>did|does|do|is|was|are|were|has|have|ca|could|wo|would)n['’]t\s+"
    r"(?P<rest>[^,?]+),\s*(?:did|does|do|is|was|are|were|has|have|can|could|will|would)\s+"
    r"(?:they|he|she|it|we|there)\W*$"
)
# "They gave a figure for X?", "CATL wanted cheaper power?": a statement asked as a question.
_STATED_DONE = re.compile(
    r"^(?:(?P<subject>[Tt]hey|[Hh]e|[Ss]he|[A-Z]{2,}[\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*)*)\s+"
    rf"(?P<verb>(?!need\b|feed\b|speed\b)[a-z]+ed|{'|'.join(IRREGULAR_PAST)})"
    # a capitalised first word is a name when it says or wants something ("Gotion complained about X?")
    r"|(?P<named>(?!(?i:what|who|which|why|how|when|where|i|and|so|but|or|if|the|this|that|these|those|there|it)\b)"
    r"[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*)*)\s+(?P<said>wanted|asked|said|proposed|suggested|called|"
    r"mentioned|complained|pushed|raised|advocated|argued|claimed|urged|gave|brought))"
    r"\b(?P<rest>(?:(?!\s[-–—]+\s)[^,?:;])*)\?$"
)
# "Tianneng had nothing to say, I suppose?": whether it had anything to say.
_NOTHING_TO_SAY = re.compile(
    rf"^{_TAG_SUBJECT}\s+(?:had|has|have)\s+nothing\s+(?P<rest>[^,?]*?)(?:,\s*(?:i\s+suppose|i\s+guess|i\s+take\s+it|"
    r"right|then))?\W*$",
    re.I,
)
# "Don't tell me they're loosening money again?", "Surely they gave a figure?": the question under the scoff.
_SCOFF_LEAD = re.compile(r"^(?:don['’]t\s+tell\s+me(?:\s+that)?|surely)\s+(?=\w)", re.I)


# "What is it that CATL has proposed?", "Who was it that presented the report?": a question put as a cleft.
_CLEFT = re.compile(rf"^(?P<wh>{WH}(?:\s+[a-z][\w-]*)?)\s+(?:is|was)\s+it\s+that\s+(?P<rest>.+?)\s*\?$", re.I)
# "Is it that the NPC makes the laws?": whether it does (not "Is it that bad?").
_IS_IT_THAT = re.compile(
    r"^(?i:is\s+it\s+that)\s+(?=(?i:the|a|an|this|these|those|they|he|she|we|you|i)\b|[A-Z])"
)
_CLAUSE_SUBJECTS = r"he|she|it|they|we|i|you"
_FRONTED_AUX = _AUX[3:-1].replace(r"|is\s+there|are\s+there", "") + "|shall"
_REPORTING_PAST = r"asked|wondered|said|told|explained|knows|asks|wonders|says|tells|explains|know|say|tell"


_PAST_WORDS = "|".join(IRREGULAR_PAST)


_PLACE_PREPOSITIONS = r"for|to|from|with|about|on|in|into|by|at|during|per|behind|besides"
# A word that may follow the question word: no auxiliary, pronoun or verb (no clause of its own: "a figure for
# how many EVs China sold" asks inside a statement), and no preposition, which opens the phrase after it.
_AFTER_WH = (
    rf"(?:\s+(?!(?:{_FRONTED_AUX}|{_CLAUSE_SUBJECTS}|{_PAST_WORDS}|{_PLACE_PREPOSITIONS})\b|[\w’'-]+ed\b)"
    r"[\w’'-]+)"
)
# "CATL proposed what?", "the consumer can receive how much maximum for one car?", "expand them for what
# purpose?", "patients should bring what to the appointment?": the question word left where its answer
# would stand, as many languages ask, with a phrase after it that stays at the end.
_WH_IN_PLACE = re.compile(
    rf"^(?P<lead>[^?]{{0,300}}?(?:,|\s[—–-]+)\s+|(?:(?:and|but|so|then|ok|okay|actually|currently|now|exactly)\s+)+)?"
    rf"(?P<body>(?!(?:{WH}|{_FRONTED_AUX}|and|or|but|so|then|while|also|only|i|you|we)\b)[^?,;:—–]*?[\w’'])"
    # ("walk me through what he asked", "he asked why": a question asked inside a request or a report)
    r"(?<!\bthrough)(?<!\bme)(?<!\bexplain)(?<!\bwonder)(?<!\bask)(?<!\bsee)(?<!\bunderstand)"
    r"(?<!\bnever)(?<!\bnot)(?<!n['’]t)"
    + "".join(rf"(?<!\b{verb})" for verb in _REPORTING_PAST.split("|"))
    + r"\s+"
    rf"(?P<wh>(?:(?P<preposition>for|to|about|on|of|with|by|in|from|at|into)\s+)?{WH}{_AFTER_WH}{{0,4}}?)"
    # ("go where to raise funds before they expand abroad?": a clause of when after the phrase)
    rf"(?P<tail>,?\s+(?:{_PLACE_PREPOSITIONS})\b{_AFTER_WH}{{1,6}}"
    r"(?:,?\s+(?:before|after|when|while|once|until)\s+[^?,;]{1,80}?)?)?\s*\?$",
    re.I,
)
_PURPOSE_ASKED = re.compile(r"^(?:for|with)\s+what\s+(?:purpose|reason|aim|goal)s?$", re.I)
# "the consumer can receive": the subject and the auxiliary a question puts first.
_SUBJECT_AUX = re.compile(
    rf"^(?P<subject>(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+)\s+(?P<aux>{_FRONTED_AUX})\s+(?P<rest>.+)$", re.I
)


# Verbs of going and staying a question word may follow ("the firms go where", "the session starts when"):
# a noun phrase before the question word ("Wifi password where?") has none of them.
_PLAIN_PRESENT_VERBS = word_set(
    "go goes come comes get gets stay stays live lives meet meets start starts end ends happen happens "
    "sit sits stand stands turn turns look looks invest invests"
)
# Words a clause may end on that are no verb ("the budget for", "the chief of the firm").
_NOT_A_VERB = word_set("the a an of and or to in on for at by with from it they them this that its their")


def _with_auxiliary_first(wh: str, clause: str) -> str | None:
    """ "what" + "CATL has proposed" -> "what has CATL proposed", "how much" + "the gap is right now" ->
    "how much is the gap right now", "what" + "CATL proposed" -> "what did CATL propose"; None when the
    clause is in no order this can tell."""
    clause = clause.strip()
    fronted = _SUBJECT_AUX.match(clause)
    relative = {"who", "which", "that", "whose"}  # ("fans who have tickets can park": no subject and aux)
    if fronted and not (_AUX_WORDS | relative) & set(fronted.group("subject").lower().split()):
        subject, rest = fronted.group("subject"), fronted.group("rest")
        return f"{wh} {fronted.group('aux')} {_uncapitalised(subject)} {rest}"
    being = re.match(r"^(?P<before>.+?)\s+(?P<be>is|are|was|were)$", clause, re.I)
    if being:  # "the peak-valley gap in China is" + "how many kuai": how many kuai is the gap
        return f"{wh} {being.group('be')} {_uncapitalised(being.group('before'))}"
    stated = f"{wh} {_uncapitalised(clause)}"
    reordered = _in_question_order(stated)
    if reordered != stated:
        return reordered
    ending = re.match(
        rf"^(?P<subject>[\w’'&-]+(?:\s+[\w’'&-]+){{0,3}}?)\s+(?P<verb>[a-z]+ed|{_PAST_WORDS})$", clause
    )
    if ending and not _AUX_WORDS & set(
        ending.group("subject").lower().split()
    ):  # "Arvex proposed" + "what kind"
        return f"{wh} did {_uncapitalised(ending.group('subject'))} {base_form(ending.group('verb'))}"
    present = re.match(r"^(?P<subject>[\w’'&-]+(?:\s+[\w’'&-]+){0,6}?)\s+(?P<verb>[a-z]+)$", clause)
    if (
        present
        and wh.lower() in ("where", "when", "why", "how")  # ("X gets how much?" reads as typed)
        and present.group("verb").lower() in _PLAIN_PRESENT_VERBS
        and not _AUX_WORDS & set(present.group("subject").lower().split())
    ):
        # "the companies go" + "where": where do the companies go ("the port goes": does)
        verb = present.group("verb")
        third = verb.endswith("s") and not verb.endswith("ss")
        subject = _uncapitalised(present.group("subject"))
        return f"{wh} {'does' if third else 'do'} {subject} {base_form(verb) if third else verb}"
    return None


def _common_word_lowered(clause: str) -> str:
    """The clause with its sentence-initial capital dropped where the word reads as no name: a plural noun
    before a modal or a preposition, or a gerund before a noun ("Inputs for it will come ...", "Expanding
    demand is key ..."; "Hastings is ..." keeps its capital)."""
    plural = r"[A-Z][a-z]+[^s]s(?=\s+(?:would|will|can|could|should|must|may|might|for|of|from|to|in|on)\b)"
    return re.sub(
        rf"^(?:{plural}|[A-Z][a-z]+ing(?=\s+[a-z]+\s+(?!is|are|was|were)[a-z]))",
        lambda m: m.group().lower(),
        clause,
    )


def _asked_in_place(question: str) -> str | None:
    """A cleft or a question word left in place as a question in the usual order ("What is it that CATL has
    proposed?" -> "what has CATL proposed?", "CATL proposed what?" -> "what did CATL propose?", "Change them
    for what reason?" -> "why change them?"); the question itself when it is one but in no order this can
    turn ("What is it that you do?"); None when the question is no such thing."""
    cleft = _CLEFT.match(question)
    if cleft:  # ("who is it that presented X": who presented X)
        rest = cleft.group("rest")
        if not re.match(r"[a-z]+(?:ed|s)\b|" + "|".join(IRREGULAR_PAST), rest):
            asked = _with_auxiliary_first(cleft.group("wh"), rest)
            return f"{asked}?" if asked else question
        return f"{cleft.group('wh')} {rest}?"
    if _IS_IT_THAT.match(question):
        return _IS_IT_THAT.sub("Is it so that ", question)
    in_place = _WH_IN_PLACE.match(question)
    # ("the price gap, it's how big now?": "it's" is a subject and its verb)
    said = (
        re.sub(r"\b(it|that|this|there|he|she)['’]s\b", r"\1 is", in_place.group("body"), flags=re.I)
        if in_place
        else ""
    )
    if (
        in_place
        and _PURPOSE_ASKED.match(in_place.group("wh"))
        and re.fullmatch(r"[A-Za-z]+ed|[a-z]+", said.strip())
    ):
        return f"why {said.strip().lower()}?"  # "Changed for what purpose?", "change for what reason?": why
    if in_place is None or len(_WORD.findall(said)) < 2:
        return None
    if re.search(r"\s[A-Z][\w&-]*\s+[a-z]+", in_place.group("wh")):
        return None  # "a figure for how many EVs China sold": a name and its verb, a clause of its own
    if re.fullmatch(r"[A-Za-z]+\s+to\s+[a-z]+", in_place.group("body").strip()):
        return None  # "Room to cut what?": a noun and what it is room for, no subject and verb to turn
    body = _common_word_lowered(in_place.group("body"))
    body = re.sub(r"\b(it|that|this|there|he|she)['’]s\b", r"\1 is", body, flags=re.I)  # "it's key to"
    body = re.sub(r"\b(they|we|you)['’]re\b", r"\1 are", body, flags=re.I)
    wh, lead = in_place.group("wh"), in_place.group("lead") or ""
    tail = (in_place.group("tail") or "").removeprefix(",")  # "key to what, for the government?"
    wh = wh[:1].lower() + wh[1:]
    if _PURPOSE_ASKED.match(wh):  # ("Change the rules for what reason?": a verb opens it)
        verb_first = re.match(r"[A-Z][a-z]+\s+(?:the|them|it|this|that|these|those|their|its)\b", body)
        reordered = None if verb_first else _with_auxiliary_first("why", body)
        asked = reordered or f"why {body[:1].lower() + body[1:] if verb_first else _uncapitalised(body)}"
    else:
        preposition = in_place.group("preposition")
        # "inputs would come from who": who would inputs come from; "it is at which level": at which level
        # is it (a preposition stays before a question word with its noun)
        if preposition and re.fullmatch(r"(?:who|whom|what)", wh[len(preposition) :].strip(), re.I):
            wh = wh[len(preposition) :].strip()
        else:
            preposition = None
        asked = _with_auxiliary_first(wh, body)
        if asked is None:
            return question  # asked in place, in an order this cannot turn; no yes/no question either
        asked = f"{asked} {preposition.lower()}" if preposition else asked
    if re.fullmatch(
        r"(?:(?:and|but|so|then|ok|okay|actually|currently|now|exactly)\s+)+|(?:why|well|so)\s*,\s*",
        lead,
        re.I,
    ):
        lead = ""  # "So each buyer gets how much?": how much does each buyer get
    topic = re.sub(r"^(?:and|so|but|ok|okay|now|then)[\s,]+", "", lead.rstrip(" ,—–-"), flags=re.I)
    pronoun = re.search(r"\b(?:they|it)\b", asked)
    if lead and pronoun and _stands_for(pronoun.group(), topic, asked):
        # "The Two Sessions of 2025, on which date did they start?": they are the Two Sessions of 2025
        return f"{asked[: pronoun.start()]}{_uncapitalised(topic)}{asked[pronoun.end() :]}{tail}?"
    return f"{lead}{asked}{tail}?"


# "Why this could be good for EVs?", "How it would work?": a pronoun subject before its modal or "be", in
# the order of a statement (as speakers of Italian or Spanish put a question).
_MODAL_AFTER_SUBJECT = re.compile(
    r"^(?P<wh>(?:and\s+|so\s+)?(?:why|how|when|where))\s+(?P<subject>this|that|it|they|these|those|he|she)\s+"
    r"(?P<aux>could|would|can|will|should|might|may|is|are|was|were)\b(?P<rest>[^?,]*\?)\s*$",
    re.I,
)


_SOURCE_SAYS = re.compile(
    r"^(?:the\s+|this\s+)?(?:article|lede|intro|headline|piece|story|text|author|writer)\s+"
    r"(?:says|said|states|notes|mentions|claims|reports)\s+(?:that\s+)?"
    # ("The author says that when you overmix it, what happens?" is no question asked in place)
    r"(?=(?!that\s+(?:when|where)\b)[^?,;]*\s(?:what|which|who|whom|how\s+much|how\s+many|when|where)\b)",
    re.I,
)


# "Gotion propose what?", "CATL ask for what?", "the CATL boss say what at the meeting?": a name, a pronoun
# or a short noun phrase, a bare verb of asking or saying, and the question word where its answer would stand,
# as speakers of Chinese, Malay or Korean ask in English (no other verb is read: "the CEO name what" asks what
# the name is, and no clause follows the question word: "they say what they want" reports).
_BARE_VERB_ASKED_IN_PLACE = re.compile(
    r"^(?P<subject>(?:(?:[Tt]he|[Tt]heir)\s+(?:[\w’'&-]+\s+){0,2}?[\w’'&-]+|(?!(?:I|You|We)\b)[A-Z][\w’'&-]*)"
    r"(?:\s+[A-Z][\w’'&-]*){0,2}?|"
    r"they|he|she)\s+"
    r"(?P<verb>(?:say|ask|want|propose|suggest|mention|push|call|raise|talk|recommend|advocate|request|demand|"
    r"urge|complain|argue|said|asked|talked)(?:\s+(?:for|about|on))?)\s+"
    r"(?P<wh>what|who|whom|which\s+[a-z]+)(?P<rest>\s+(?:at|in|during|about|on|to)\s+[^?,]{1,40}?)?\s*\?$"
)


def _asked_after_a_bare_verb(question: str) -> str | None:
    """ "Xiaomi say what at the meeting?" -> "What did Xiaomi say at the meeting?" (typed with or without its
    question mark); None for any other question."""
    bare = _BARE_VERB_ASKED_IN_PLACE.match(f"{question.rstrip(' .!?')}?")
    if bare is None:
        return None
    subject, verb, rest = bare.group("subject"), bare.group("verb").lower(), bare.group("rest") or ""
    verb = re.sub(r"^(?:said|asked|talked)\b", lambda m: base_form(m.group()), verb)  # ("CALB said what?")
    return f"{capitalised(bare.group('wh'))} did {_uncapitalised(subject)} {verb}{rest}?"


def _asked_what_called(question: str) -> str | None:
    """ "EU plan called what" -> "What is EU plan called?"; None for any other question (and for "You called
    what?", a person who called)."""
    called = re.match(
        r"^(?P<subject>[^?,]{2,60}?)\s+(?:is\s+|was\s+)?(?:called|named|titled)\s+what\s*\?*$",
        question.strip(),
    )
    if called is None or re.search(
        rf"\b(?:{WH}|{_FRONTED_AUX}|i|you|we|he|she|they)\b", called.group("subject"), re.I
    ):
        return None
    return f"What is {_uncapitalised(called.group('subject'))} called?"


# Words that open a statement in a name's place ("This is what happens", "There is what ...").
_NAMES_NOTHING = frozenset(_FUNCTION_WORDS | {"this", "that", "it", "there", "here"})


def _asked_what_a_name_is(question: str) -> str | None:
    """ "NPC is what body" -> "What body is NPC?" (typed with or without its question mark): a name, "is",
    and the question word with its noun, where the answer would stand; None for any other question ("This is
    what happens" is no question)."""
    asked = re.match(
        r"^(?P<name>(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2})\s+(?P<be>is|are|was|were)\s+"
        r"(?P<wh>(?:what|which)\s+[a-z]+)\s*\?*$",
        question.strip(),
        re.I,
    )
    if asked is None or asked.group("name").lower() in _NAMES_NOTHING:
        return None
    # ("NPC is what body": what kind of body it is; "the train is which line": which line it is)
    wh = re.sub(r"^What\s+", "What kind of ", capitalised(asked.group("wh")))
    return f"{wh} {asked.group('be')} {asked.group('name')}?"


def _in_asking_order(question: str) -> str:
    """A question in the order of a statement put in a question's: "Is true that X?" -> "Is it true that
    X?", "It can make laws?" -> "Can it make laws?", "How the government wants to fund it?" -> "How does
    the government want to fund it?"; other questions unchanged."""
    asked = (
        _asked_after_a_bare_verb(question) or _asked_what_called(question) or _asked_what_a_name_is(question)
    )
    if asked or not question.rstrip().endswith("?"):  # ("Gotion propose what", without its question mark)
        return asked or question
    # "Lede says China is seeking what on the world stage?": what the article says is asked in place
    unframed = _SOURCE_SAYS.sub("", question, count=1)
    question = capitalised(unframed) if unframed != question else question
    in_place = _asked_in_place(question)
    if in_place is not None:  # (asked in place in an order it cannot turn: as it was, and no yes/no either)
        return question if in_place == question else capitalised(in_place)
    modal_after = _MODAL_AFTER_SUBJECT.match(question)
    if modal_after:  # "Why this could be good for EVs?" -> "Why could this be good for EVs?"
        wh, aux, subject = modal_after.group("wh", "aux", "subject")
        return f"{wh} {aux} {subject}{modal_after.group('rest')}"
    scoff = _SCOFF_LEAD.match(question)
    if scoff:  # "Don't tell me they're loosening money again?": are they
        question = re.sub(r"\b(they|we|you)['’]re\b", r"\1 are", question[scoff.end() :], flags=re.I)
        question = capitalised(question)
    denied = _DENIED_TAG.match(question)
    if denied:  # "Gotion didn't say anything useful, did it?" -> "Did Gotion say anything useful?"
        subject = _uncapitalised(denied.group("subject"))
        auxiliary = _NEGATED_AUXILIARY.get(denied.group("aux"), denied.group("aux"))
        return f"{auxiliary.capitalize()} {subject} {denied.group('rest')}?"
    # ("Arvex proposed what kind of levy for ships?" asks what kind, in no order this can turn: no yes/no)
    said = None if re.search(r"\s(?:what|which)\s", question, re.I) else _STATED_DONE.match(question)
    if said:  # "They gave a figure for X?" -> "Did they give a figure for X?"
        verb = base_form(said.group("verb") or said.group("said"))
        subject = _uncapitalised(said.group("subject") or said.group("named"))
        return f"Did {subject} {verb}{said.group('rest')}?"
    nothing = _NOTHING_TO_SAY.match(question)
    if nothing:  # "Tianneng had nothing to say, I suppose?" -> "Did Tianneng have anything to say?"
        return (
            f"Did {_uncapitalised(nothing.group('subject'))} have anything {nothing.group('rest').strip()}?"
        )
    tagged = _DID_TAG.match(question)
    if tagged:  # "They cut it before, didn't they?" -> "Did they cut it before?"
        verb = base_form(tagged.group("verb"))
        return f"Did {_uncapitalised(tagged.group('subject'))} {verb}{tagged.group('rest')}?"
    tagged = _BE_TAG.match(question)
    if tagged:  # "The CPPCC is only advisory, isn't it?" -> "Is the CPPCC only advisory?"
        subject = _uncapitalised(tagged.group("subject"))
        return f"{tagged.group('aux').capitalize()} {subject} {tagged.group('rest')}?"
    question = _IS_TRUE_THAT.sub(lambda m: f"{m.group('be')} it ", question)
    elided = _DID_LEFT_OUT.match(question)
    if elided:  # "BYD say anything at the CPPCC?" -> "Did BYD say anything at the CPPCC?"
        return f"Did {question}"
    stated = _STATED_YES_NO.match(question)
    if stated:
        subject = _uncapitalised(stated.group("subject"))
        return f"{stated.group('aux').capitalize()} {subject} {stated.group('rest')}"
    lowered = question[:1].lower() + question[1:]
    reordered = _in_question_order(lowered)
    return question if reordered == lowered else capitalised(reordered)


def _uncapitalised(subject: str) -> str:
    """ "They" -> "they", "The CPPCC" -> "the CPPCC", but "CATL" stays."""
    first = subject.split()[0]
    pronouns = (
        "They",
        "He",
        "She",
        "It",
        "We",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "His",
        "Her",
        "Each",
        "Every",
        "Any",
        "Some",
        "All",
    )
    return subject[:1].lower() + subject[1:] if first in pronouns else subject


# "What problem is X meant to solve?", "What problem does X try to fix?": what X is for, which the text gives
# as an aim ("... to widen peak-valley price gaps"), not as a problem.
_PROBLEM_SOLVED = re.compile(
    r"\bwhat\s+(?:problems?|issues?)\s+(?:(?P<be>is|are|was|were)\s+(?P<meant>.+?)\s+(?:meant|supposed|designed|"
    r"intended|expected)|(?P<do>does|do|did)\s+(?P<tries>.+?)\s+(?:try|aim|seek))\s+to\s+"
    r"(?:solve|fix|address|tackle|resolve)\b",
    re.I,
)


_WEE = re.compile(
    r"\bwee\s+(?=(?:suggestion|suggestions|idea|ideas|point|points|question|questions|problem|ask|request|"
    r"proposal|plan|bit|thing|detail)\b)",
    re.I,
)
_BUZZ = re.compile(
    r"\bbuzz\s+(?=(?:phrase|phrases|word|words|term|terms|name|names)\b)"
    # "the fancy term they used", not "What's the fancy word for a sore throat?" (the term is the point)
    r"|\b(?:(?<=\bthe\s)|(?<=\bwhat\s)|(?<=\bwhich\s))(?:fancy|posh)\s+"
    r"(?=(?:phrase|phrases|word|words|term|terms|name|names)\s+(?:they|he|she|it|the|did|does|do|was|were|is)\b)",
    re.I,
)
# "What was CALB giving out about?" (Irish English): complaining about.
_GIVING_OUT = re.compile(
    r"\bgiv(?:ing|e|es|en)\s+out\s+(?=about\b(?!\s+(?:[\d£$€]|(?:a|one|two|three|four|five|ten|twenty|fifty|"
    r"hundred|thousand|dozen|few|half)\b)))",
    re.I,
)
# "What was bothering CALB?", "what's bugging them": what they were complaining about.
_BOTHERING = re.compile(
    r"\bwhat\s*(?P<be>['’]s|\s(?:is|was|were|are))\s+(?:(?:really|actually|so)\s+)?"
    r"(?:bothering|bugging|troubling|irking|eating|upsetting|annoying)\s+"
    r"(?P<who>them|him|her|(?-i:(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}))(?=\s*(?:\?|$|,))",
    re.I,
)
# "the bond thing", "this trade-in thing": a noun with "thing" after it, which adds nothing.
_NOUN_THING = re.compile(
    r"\b((?:the|this|that)\s+(?!(?:main|other|first|last|whole|same|only|big|key|important|best|next|one|real|"
    r"good|bad|new|old|second|third|final|little|whole|kind|sort|type|same|general|overall|basic|specific|"
    r"particular|single|actual|exact|major|central|core|common|biggest|top)\b)[a-z][\w-]*)\s+thing\b(?!\s+(?:that|which|is|was)\b)"
    # ("the self-driving stuff", "the AI stuff": not "the baby stuff", "the green stuff")
    r"|\b((?:the|this|that)\s+(?:[A-Za-z]+-[a-z][\w-]*|(?-i:[A-Z][\w-]*)))\s+stuff\b",
    re.I,
)
# "which other points did he call for?", "what other things": what else.
_WHICH_OTHER_THINGS = re.compile(
    r"\b(?:which|what)\s+other\s+(?:points|things|issues|proposals|ideas|measures|suggestions|topics|items|"
    r"demands|requests|asks)\b(?=\s+(?:did|does|do|has|have|had|was|were|is|are)\b)",
    re.I,
)
_BESIDES_THIS = re.compile(
    r"^(?:and\s+)?(?:besides|apart\s+from|other\s+than|in\s+addition\s+to|aside\s+from)\s+"
    r"(?:this|that|these|those|it)\s*,\s*",
    re.I,
)
# "What is the amount set aside for X?": how much is set aside for X.
_AMOUNT_AS_WHAT = re.compile(
    r"\bwhat(?:['’]s|\s+(?P<be>is|was|will\s+be|are|were))?\s+the\s+(?:total\s+)?(?:amount|sum)(?:\s+of\s+money)?\s+"
    r"(?=(?:set\s+aside|allocated|earmarked|going|spent|used|given|budgeted|planned|issued|raised|reserved)\b)",
    re.I,
)
_EMPHATIC_ONLY = re.compile(
    r"^((?i:what|which|who|how|when|where|why)\b[^?]*\b(?i:for|in|of|to|about|from|on|at)\s+(?:[\w-]+\s+){0,4}?"
    r"[\w-]+)\s+only(?=\s*\?*\s*$)"
)
# "calb mad about what", "Why was Gotion so cross about it?": complaining about.
_MAD_ABOUT = re.compile(
    r"(?P<lead>^|\b(?:was|is|were|are)\s+)(?P<who>[A-Z][\w&-]*|[a-z]{3,}|they|he|she)\s+(?:so\s+)?"
    r"(?:mad|angry|upset|annoyed|miffed)\s+(?=about\s+(?:what|it|that|this|the\s+[a-z]+\W*$|[A-Z]))"
)


def _as_complaint_asked(match: re.Match[str]) -> str:
    """``_BOTHERING`` asked as what they were complaining about."""
    be = "is" if match.group("be").strip() in ("'s", "’s") else match.group("be").strip()
    who = {"them": "they", "him": "he", "her": "she"}.get(match.group("who").lower(), match.group("who"))
    if who == "they":
        be = {"is": "are", "was": "were"}.get(be, be)
    return f"what {be} {who} complaining about"


# "Why would that matter one bit for them?": whether it matters at all.
_ONE_BIT = re.compile(r"\b(matter|matters|mattered|care|cares|help|helps|bother)\s+one\s+bit\b", re.I)
# "Does X get to pass laws?", "Can they get to decide?": whether X may, as "Does X pass laws?" asks.
_GETS_TO = re.compile(
    r"^((?:and\s+|so\s+|but\s+)?(?:does|do|did|will|would|can|could)\s+[^?]{1,60}?)\s+get\s+to\s+"
    r"(?=(?:pass|make|vote|decide|set|choose|approve|veto|say|propose|change|appoint|elect|sign|issue|write|"
    r"amend|block|reject|overrule|review|draft)\b)",
    re.I,
)


def _as_aim_asked(match: re.Match[str]) -> str:
    """``_PROBLEM_SOLVED`` asked as what the thing is meant, or aims, to achieve."""
    if match.group("be"):
        return f"what {match.group('be')} {match.group('meant')} meant to achieve"
    return f"what {match.group('do')} {match.group('tries')} aim to achieve"


# "What kind of organ is the CPPCC?", "What sort of body is the NPC?": what it is, which says its kind.
_KIND_OF_BODY = re.compile(
    r"^(?P<lead>(?i:(?:and\s+|so\s+)?))(?i:what\s+(?:kind|sort|type)\s+of\s+(?:body|organ|institution|entity|"
    r"organi[sz]ation|assembly)\s+(?P<be>is|are|was|were))\s+(?=(?i:the|this|that|its|their)\b|[A-Z])"
)


def _plainly_put(question: str) -> str:
    """A question without the asides a formal writer puts in it ("What, in substance, did Xiaomi
    advocate?" -> "What did Xiaomi advocate?", "What did BYD, the largest carmaker, propose?" -> "What did
    BYD propose?"), "What problem is X meant to solve?" as "what is X meant to achieve?", and "Am I correct in
    supposing that X?" as "Is it true that X?"."""
    question = _ASIDE_AFTER_WH.sub(lambda m: m.group("wh") + " ", question)
    question = _APPOSITIVE.sub(r"\1 ", question)
    question = _PROBLEM_SOLVED.sub(_as_aim_asked, question)
    question = _BUZZ.sub("", question)  # "What buzz phrase did they use?": what phrase
    question = _ONE_BIT.sub(r"\1", _GIVING_OUT.sub("complaining ", question))
    question = _MAD_ABOUT.sub(r"\g<lead>\g<who> complaining ", _BOTHERING.sub(_as_complaint_asked, question))
    question = _AMOUNT_AS_WHAT.sub(
        lambda m: f"how much {m.group('be') or 'is'} ", question
    )  # "the amount set aside"
    question = _EMPHATIC_ONLY.sub(r"\1", question)  # "for the trade in scheme only?" (Indian English)
    question = _NOUN_THING.sub(lambda m: m.group(1) or m.group(2), question)  # "the bond thing": the bond
    if _WHICH_OTHER_THINGS.search(question):  # "And besides this, which other points did he call for?"
        question = _WHICH_OTHER_THINGS.sub("what else", _BESIDES_THIS.sub("", question), count=1)
    question = _WEE.sub("", question)  # "Gotion's wee suggestion": its suggestion
    question = _GETS_TO.sub(r"\1 ", question)  # "Does the CPPCC get to pass laws?": does it pass laws
    question = _INVERTED_AGENT.sub(_with_agent_first, question)
    question = _BARE_NAME_OF.sub(r"\1 the \2 of", question)
    question = _ROLE_NAME.sub(r"\1's name", question)  # "the CATL CEO name": the CEO's name
    question = _BARE_SAME.sub(r"\1 the same", question)
    question = _KIND_OF_BODY.sub(r"\g<lead>what \g<be> ", question)  # "What kind of organ is X?": what X is
    return _AM_I_RIGHT.sub("Is it true that ", question)


# A developer's notation, as a whole query: "CATL.proposal?", "deficit_ratio = ?", "RRR -> cut by how much",
# "who == premier?", "list(focus areas)", "tl;dr on Xiaomi", "ELI5 the bonds": read as the words it stands
# for. (Not code asked about: "What does pandas.read_csv do?", "HEAD -> main, what does that mean?")
_IDENTIFIER_QUERY = re.compile(
    r"^\s*(?P<name>[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z][A-Za-z0-9]*)+)(?=\s*(?:=|\?|->|$))"
)
# (a file or a site named is no identifier: "config.yaml?", "gov.uk?")
_FILE_OR_SITE_ENDING = word_set(
    "com org net gov edu uk txt pdf csv json yaml yml html htm doc docx xls xlsx md py js ts php rst"
)
_ARROW_QUERY = re.compile(
    r"^(?P<topic>\s*[A-Za-z][\w .'’-]{0,40}?)\s*->\s*(?=[^?]*\b(?:what|which|who|how|when|where|why)\b)", re.I
)
_EQUALS_QUERY = re.compile(r"^(?P<wh>\s*(?:who|what|which|where|when))\s*==\s*", re.I)
_CALLED_ON = re.compile(r"^\s*(?P<verb>list|count)\((?P<x>[^()*]{2,80})\)", re.I)
_SHORTHAND_ASK = re.compile(
    r"^(?:(?:give\s+me\s+)?(?:the|a)\s+)?(?:tl;?\s?dr|tldr)\s*[:,-]?\s*(?:on|of|for|about|re:?)\s+(?=\w)",
    re.I,
)
_EXPLAIN_SIMPLY = re.compile(r"^eli5\b\s*[:,-]?\s*(?:me\s+)?(?=[\w'\"‘“])", re.I)
# "X pls explain like im 5", "X, eli5": a topic put first and explaining simply asked after it.
_EXPLAIN_SIMPLY_AFTER = re.compile(
    r"^(?P<topic>[^?,]+?)[\s,:-]+(?:(?:pls|plz|please)\s+)?(?:explain(?:\s+it|\s+this)?|eli5)\W*$", re.I
)
_LIKE_IM_FIVE = re.compile(r"[\s,]+like\s+i['’]?m\s+(?:5|five)\b", re.I)  # ("explain it like I'm five")
# "trade ins", "check ins": a compound noun's plural written without its hyphen ("trade-ins").
_OPEN_COMPOUND_PLURAL = re.compile(
    r"\b(?P<x>trade|check|log|sign|plug|drop|walk|call|buy|add)\s+(?P<s>ins|ons)\b", re.I
)


# "From a supply-chain risk perspective, what did Gotion propose?", "In ESG terms, ...": the asker's angle,
# which frames the question without narrowing what the documents are asked.
_EMPTY_FRAME = re.compile(
    r"^\s*(?:at\s+a\s+(?:high|glance|general)\s*(?:level)?|broadly(?:\s+speaking)?|generally(?:\s+speaking)?|"
    r"in\s+(?:short|brief|a\s+nutshell|general|summary|(?:simple|plain|broad|layman['’]?s)\s+terms)|overall|"
    r"big[\s-]picture|give\s+it\s+to\s+me\s+straight|(?:to\s+)?be\s+honest|bottom\s+line|long\s+story\s+short|"
    r"straight\s+up|in\s+plain\s+english)\s*[,:]\s*(?=(?:what|which|who|how|why|when|where|did|does|do|is|are|was|were)\b)",
    re.I,
)
# "From a supply-chain risk perspective, what did Gotion propose?": an angle that cannot narrow what someone
# said (but "From a tax perspective, which account is better?" asks better in what sense).
_PERSPECTIVE_FRAME = re.compile(
    r"^\s*(?:from|in)\s+(?:a|an|the|my|our)\s+[^,?]{1,40}?\s+(?:perspective|standpoint|point\s+of\s+view|angle|lens)"
    r"\s*,\s*(?=(?:what|which)\b[^?]*?\bdid\b)",
    re.I,
)


def _without_frame(text: str) -> str:
    """ "At a high level, which themes ...?" and "From an ESG perspective, what did X propose?" without the
    frame, which asks nothing of the documents."""
    text = _EMPTY_FRAME.sub("", text)
    framed = _PERSPECTIVE_FRAME.match(text)
    if framed and _ACTING_QUESTION.search(text[framed.end() :]):
        return text[framed.end() :]
    return text


# "But can it also make laws, eventually?", "Did they cut it, by any chance?": a hedge after the question,
# which asks nothing more (as "eventually" for "possibly" from a speaker of Italian or French).
_TRAILING_HEDGE = re.compile(
    r",\s*(?:eventually|possibly|perhaps|maybe|at\s+all|by\s+any\s+chance)\s*(?=\?\s*$)",
    re.I,
)
# "I should be obliged to learn what X", "Be so good as to tell me X", ", if you please": an old-fashioned
# request, as a plain one.
_OLD_FASHIONED_REQUEST = re.compile(
    r"^\s*(?:i\s+(?:should|would)\s+be\s+(?:most\s+|very\s+)?(?:obliged|grateful|glad|pleased)\s+"
    r"(?:to\s+(?:learn|know|hear|be\s+told)|if\s+you\s+(?:would|could)\s+(?:tell|inform)\s+me)|"
    r"(?:would\s+you\s+)?be\s+so\s+(?:good|kind)\s+as\s+to\s+(?:tell|inform)\s+me|pray\s+tell\s+me)\s+"
    r"(?=(?:what|which|who|whom|whose|how|why|when|where|the\s+(?:size|amount|name|date|number|figure|total)\s+of)\b)",
    re.I,
)
_IF_YOU_PLEASE = re.compile(r",?\s*if\s+you\s+please(?=\W*$)", re.I)
# "And BYD, what BYD proposed?": a name put first that the question then names itself.
_TOPIC_REPEATED = re.compile(
    r"^\s*(?:(?i:and|so)\s+)?(?P<topic>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s*,\s*(?P<asked>[^,]*?\b(?P=topic)\b[^,]*)$"
)
# "the BYD what proposed in the CPPCC?", "Xiaomi what asked for?": a name, the question word, then its verb,
# as Spanish or Chinese speakers may order it (read as "BYD proposed what ...?": a question word in place).
_NAME_WH_VERB = re.compile(
    r"^\s*(?:(?i:and|so)\s+)?(?:(?i:the)\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+(?P<wh>(?i:what))\s+"
    r"(?P<verb>[a-z]+ed)\b(?P<rest>(?:\s+(?:for|about|on|to))?)(?=(?:\s+(?:in|at|during|for|to|on)\b[^?]*)?\s*\?\s*$)"
)
# "And in the NPC, what was presented?": where, put before the question it bounds.
_SETTING_FIRST = re.compile(
    r"^\s*(?:(?i:and|so)\s+)?(?P<setting>(?i:in|at|during)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s*,\s*"
    r"(?P<asked>(?i:what|which|who|how|when|why)\b[^?,]*?)\s*\?\s*$"
)
# "What means it?", "What means RRR?": the verb before its subject, as speakers of Italian or German put it.
_WHAT_MEANS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<lead>\s*(?:and\s+|so\s+)?)(?P<what>what)\s+means\s+"
    r"(?P<x>(?!(?:of|were|was|did|do|does|is|are|to|for|by|in|testing|tested)\b)[^?.!,]{1,40}?)\s*(?=[?.!]|$)",
    re.I,
)
# Words that make what follows "What means" a clause, not the term asked about ("What means it when ...").
_NOT_A_TERM = word_set("when that which is are was were does do did if it")


# "an' CALB?", "de gov'ment", "wha' did they say", "wha's tha'?", "worrabout CALB?", "hoo much?", "wee said
# that?": words spelt as they are said, often with an apostrophe for what is left out.
_CLIPPED_SPELLING = re.compile(
    r"(?<![\w'’])(?:an['’](?=\s)|(?P<gov>gov['’](?:ment|t)\b)|(?P<what>wha(?=['’][sd]\b)|wha['’](?![\w'’])|wharr(?=\s))|"
    r"(?P<that>tha['’](?![\w'’]))|"
    r"(?P<what_about>(?:worr|wharr|worra|wharra)\s*about\b)|(?P<what_is>(?:worr|wharr)is\b)|"
    r"(?P<how>hoo(?=\s+(?:much|many|long|come)\b))|"
    r"(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bso\s))"
    r"(?P<who>(?:wee|whee?)(?=\s+(?:said|says|asked|wanted|proposed|suggested|did|does)\b)))",
    re.I,
)
_UNCLIPPED = {
    "gov": "government", "what": "what", "that": "that", "what_about": "what about", "what_is": "what is",
    "how": "how", "who": "who",
}  # fmt: skip
# The words after which "tha'" is "that" (a Yorkshire "tha'" before its verb is "you": "does tha' know?").
_THAT_AFTER = word_set("of on in to is at for say did was put saw want said like into with from about")


def _unclipped(match: re.Match[str]) -> str:
    """The word a clipped spelling stands for ("wha'" -> "what", "an'" -> "and"); "tha'" is "that" only
    closing a clause or after one of ``_THAT_AFTER``."""
    kind = match.lastgroup or ""
    if kind == "that":
        before = match.string[: match.start()].split()[-1:]
        closing = re.match(r"\s*(?:[?.!,;]|$)", match.string[match.end() :])
        if not closing and not (before and before[0].lower() in _THAT_AFTER):
            return match.group()
    return _UNCLIPPED.get(kind, "and")


# "who I contact for queries?", "who we ask?": whom to ask, its "do" left out.
_WHO_WITHOUT_DO = re.compile(
    r"(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bso\s))(?-i:[Ww]ho)\s+(?P<x>I|we)\s+"
    r"(?=(?:contact|ask|email|e-mail|write|call|talk|speak|reach|get\s+in\s+touch)\b)",
    re.I,
)
# "how much is that in US?": in US dollars (a sum asked in a country's name is asked in its money).
_US_FOR_DOLLARS = re.compile(
    r"^(?P<asked>(?i:(?:and\s+|so\s+)?how\s+much\s+(?:is\s+|are\s+|was\s+)?(?:that|it|this|these|those|dat|dis)))"
    r"\s+in\s+US(?=\s*\?*\s*$)"
)


def _plainly_written(text: str) -> str:
    """ "CATL.proposal?" -> "CATL proposal?", "Gotion -> what did they ask" -> "Gotion - what did they ask",
    "tl;dr on Xiaomi" -> "What is the gist of Xiaomi", "ELI5 'embodied intelligence'" -> "Explain 'embodied
    intelligence'"."""
    identifier = _IDENTIFIER_QUERY.match(text)
    if identifier and re.split(r"[._]", identifier.group("name"))[-1].lower() not in _FILE_OR_SITE_ENDING:
        text = re.sub(r"[._]", " ", identifier.group("name")) + text[identifier.end() :]
    if not re.search(r"\b(?:mean|means|operator|difference|syntax|code)\b", text, re.I):
        text = _ARROW_QUERY.sub(r"\g<topic> - ", text)
    text = _EQUALS_QUERY.sub(r"\g<wh> is ", text)
    text = _WHO_WITHOUT_DO.sub(r"who do \g<x> ", text)  # "who I contact for queries?"
    text = _CLIPPED_SPELLING.sub(_unclipped, text)  # "an' CALB?", "wha' did they say?"
    text = _US_FOR_DOLLARS.sub(r"\g<asked> in US dollars", text)  # "how much is that in US?"
    text = _CALLED_ON.sub(r"\g<verb> \g<x>", text)
    text = _SHORTHAND_ASK.sub("What is the gist of ", text.strip())
    text = _LIKE_IM_FIVE.sub("", _OPEN_COMPOUND_PLURAL.sub(r"\g<x>-\g<s>", text))
    text = _EXPLAIN_SIMPLY_AFTER.sub(r"Explain \g<topic>", text)
    text = _without_frame(_EXPLAIN_SIMPLY.sub("Explain ", _TRAILING_HEDGE.sub("", text)))
    text = _OLD_FASHIONED_REQUEST.sub("Please tell me ", _IF_YOU_PLEASE.sub("", text))
    text = _TOPIC_REPEATED.sub(lambda m: capitalised(m.group("asked")), text)
    text = _NAME_WH_VERB.sub(r"\g<name> \g<verb>\g<rest> \g<wh>", text)  # "the BYD what proposed?"
    text = _SETTING_FIRST.sub(
        lambda m: (
            f"{capitalised(m.group('asked'))} {m.group('setting')[:1].lower()}{m.group('setting')[1:]}?"
        ),
        text,
    )
    return _WHAT_MEANS.sub(_meaning_asked, text)


def _meaning_asked(means: re.Match[str]) -> str:
    """ "What means RRR" -> "What does RRR mean"; as it was when a clause follows ("What means it when ...",
    "What means of transport ...")."""
    term = _WORD.findall(means.group("x"))
    if len(term) > 4 or any(word.lower() in _NOT_A_TERM for word in term[1:]):
        return means.group()
    return f"{means.group('lead')}{means.group('what')} does {means.group('x')} mean"


def without_emphasis(question: str) -> str:
    """The question without an "actually" stressing its verb or a cleft "who was it that", which ask nothing
    more: "What does CALB actually stand for?" -> "What does CALB stand for?", "Who was it that presented
    it?" -> "Who presented it?". (Read after ``asked_part``, whose readings of a challenge or a claim
    checked before a question lean on the word.)"""
    return " ".join(_WHO_CLEFT.sub(r"\1 ", _EMPHATIC_ACTUALLY.sub("", question)).split())


# "# delegates?", "NPC: # of members?": the number sign before a plural noun, opening a message or after a
# colon, asks how many ("press # twice", "#include", "#TwoSessions" stay).
_NUMBER_SIGN = re.compile(r"(?:^|(?<=[:(])\s*|(?<=[:(]\s))#\s?(?:of\s+)?(?=[a-z]+s\b)")
# "why matter for EVs", "why important?": a terse why, its subject (what was just said) left out.
_WHY_WITHOUT_SUBJECT = re.compile(
    r"^(?P<why>(?:and\s+|so\s+)?why)\s+(?:(?P<verb>matters?)|(?P<state>important|relevant|significant|"
    r"needed|necessary|key|a\s+big\s+deal|good|bad|useful|helpful|better|worse)(?=\s*(?:\?|$|for\b|to\b)))",
    re.I,
)


# "Why this help the EV companies?": "does" left out before the subject.
_WHY_WITHOUT_DOES = re.compile(
    r"^(?P<why>(?:and\s+|so\s+)?(?:why|how))\s+(?P<subject>this|that|it)\s+(?P<verb>help|matter|benefit)"
    r"(?=\s+(?:the|them|us|him|her|(?-i:[A-Z]))|\s*\?|\s*$)",
    re.I,
)


def _why_of_it(match: re.Match[str]) -> str:
    """ "why matter" -> "why does it matter", "why important" -> "why is it important"."""
    if match.group("verb"):
        return f"{match.group('why')} does it matter"
    return f"{match.group('why')} is it {match.group('state')}"


# A few French words an English question slips into ("Et quoi d'autre?", "c'est-à-dire", "pourquoi?").
_FRENCH_PHRASES = [
    (re.compile(r"\bet\s+quoi\s+d['’]autre\b", re.I), "and what else"),
    (re.compile(r"\bquoi\s+d['’]autre\b", re.I), "what else"),
    (re.compile(r"\bc['’]est[\s-]+[aà][\s-]+dire\b", re.I), "that is"),
    (re.compile(r"\bpourquoi\b", re.I), "why"),
    (re.compile(r"\bl['’]autre\b", re.I), "the other"),  # "w l'autre, CPPCC?": and the other, the CPPCC
]


# "how many you on", "three hundred billion you an": yuan as speech-to-text writes it, after an amount.
_YUAN_HEARD = re.compile(
    r"\b(?P<amount>how\s+(?:many|much)|hundred|thousand|million|billion|trillion)\s+you\s+(?:on|an|en|wan)\b"
    # (an amount said before a verb: "how many you on are going to ...", not "how much you on at the new job")
    r"(?=\s+(?:are|is|were|was|went|go|goes|going|will|would|did|for|in)\b)",
    re.I,
)


# "Tianneng, God love them, ...", "what in God's name is that", "for God's sake": an exclamation, no name
# asked about.
_EXCLAIMED_GOD = re.compile(
    # (set off by commas, or opening the message: "Thank God, ...")
    r",\s*(?-i:God)\s+(?:love|bless|help|forgive)\s+(?:them|him|her|us|me|you|it)\s*(?=,)|"
    r"^(?:oh|dear|thank|my|good)\s+(?-i:God)\s*[,!.]\s*|"
    r"(?<=\bwhat)\s+in\s+(?:(?-i:God)['’]s\s+name|the\s+name\s+of\s+(?-i:[Gg]od))\b|"
    r",\s*for\s+(?-i:God)['’]s\s+sake\s*(?=[,?])",
    re.I,
)
# "what is that when it's at home?": an idiom asking what a thing is, exactly.
_WHEN_AT_HOME = re.compile(
    r",?\s*\bwhen\s+(?:it['’]s|it\s+is|they['’]re|they\s+are)\s+at\s+home(?=\s*\?*\s*$)", re.I
)
# "who issue it? PBOC?", "they raise funds where? HK?", "why? safety only?", "Who presented it? The
# Premier?": a guess after a question that asks with its question word, an acronym, a name of two words, a
# phrase with its article or one "only" (not "Safe for kids?", "Refundable?", "In dollars?": they ask more).
_GUESSED_AFTER = re.compile(
    r"(?<=\?)\s+(?:(?i:was|is|were|are)\s+(?:(?i:it)\s+)?)?(?:[A-Z]{2,}[\w.&-]*|[A-Z][a-z]+\s+[A-Z][a-z]+|(?i:the|a|an|just|only)\s+[\w'’-]+(?:\s+[\w'’-]+)?|"
    r"[\w'’-]+\s+only)\s*\?+\s*$"
)
# "... what did the meetings put the most emphasis on? Three things was it?": a guess at the answer after
# the question, which the answer will check.
_GUESS_CHECKED_AFTER = re.compile(
    rf"(?<=\?)\s+(?!(?:{WH}|and|or|so|but)\b)(?:(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,2}})\s+"
    r"(?:was|is|were|are)\s+(?:it|they|that)\s*\?\s*$",
    re.I,
)
# "And what about the other crowd, Gotion?": the one named after, which "the other crowd" only points to.
_OTHER_ONE_NAMED = re.compile(
    r"\b(?i:(?:the|that)\s+other\s+(?:one|crowd|company|firm|lot|guys|guy|people|outfit|okes|mob|fella|fellow|bloke|chap))\s*,\s*"
    r"(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s*\?*\s*$)"
)
# "That is how much dollar?", "How much dollar is that?": the sum just told, in that currency.
_HOW_MUCH_IN_CURRENCY = re.compile(
    rf"^(?P<x>that|this|it)\s+(?P<be>is|was)\s+how\s+(?:much|many)\s+(?:in\s+)?(?P<unit>{CURRENCY_NAMES})(?=\s*\?*\s*$)|"
    rf"^how\s+(?:much|many)\s+(?P<unit2>{CURRENCY_NAMES})\s+(?P<be2>is|was)\s+(?P<x2>that|this|it)(?=\s*\?*\s*$)",
    re.I,
)
# "And how many applied for it so?": an Irish "so" closing a question, asking nothing ("Why so?", "Is that
# so?", "I think so?" keep theirs).
_CLOSING_SO = re.compile(
    r"^(?P<asked>[^?]*\b(?:what|which|who|how|when|where)\b[^?]*?\b(?P<last>\w+)),?\s+so\s*\?\s*$", re.I
)
_KEEPS_ITS_SO = word_set("why how is are was were do does did not think hope say says said if or and so")
# "Which ministry is it that's issuing the bonds?", "Who was it that said so?": a cleft on the one who did it,
# asked plainly (typed with or without its question mark).
_CLEFT_ON_THE_DOER = re.compile(
    r"\b(?P<wh>which|what|who)(?P<x>\s+[\w-]+)?\s+(?:is|was)\s+it\s+(?:that|who)"
    r"(?:['’]s\b|\s+(?P<be>is|was)\b|(?=\s+(?:[a-z]+ed|said|put|made|gave|wrote|led|ran|set)\b))",
    re.I,
)
# "how many roughly?", "how much approximately": a hedge on the figure asked for.
_HEDGED_FIGURE = re.compile(
    r"\b(how\s+(?:many|much))\s+(?:roughly|approximately|approx|more\s+or\s+less|give\s+or\s+take)"
    r"(?=\s*[?,.]|\s*$)|"
    r"(?<=\w),\s*(?:roughly|approximately|approx|more\s+or\s+less|give\s+or\s+take|ballpark)(?=\s*\?*\s*$)",
    re.I,
)


# "When was that already?", "So what did they decide already?": a closing "already" of Hebrew and Yiddish
# English, in a question with its question word.
_ALREADY_CLOSING = re.compile(rf"^(?=.*\b{WH}\b)(?P<asked>.*?\w)\s+already(?=\s*\?*\s*$)", re.I)


def _asked_plainly(cleft: re.Match[str]) -> str:
    """ "which ministry is it that's" -> "which ministry is", "who was it that said" -> "who said"."""
    be = cleft.group("be") or ("is" if cleft.group()[-1:] in "sS" else "")
    return " ".join(part for part in (cleft.group("wh") + (cleft.group("x") or ""), be) if part)


def without_fillers(question: str) -> str:
    """The question without the sounds and words a speaker fills pauses with, and with a year said in
    words written in digits, as a voice transcript has them: "um so what are the two sessions" -> "so what
    are the two sessions", "how much was that again" -> "how much was that", "in twenty twenty four" ->
    "in 2024"."""
    exclaimed = _EXCLAIMED_GOD.sub("", question)
    spoken = _GUESS_CHECKED_AFTER.sub("", _WHEN_AT_HOME.sub("", " ".join(exclaimed.split())))
    spoken = _OTHER_ONE_NAMED.sub("", _HEDGED_FIGURE.sub(lambda m: m.group(1) or "", spoken))
    spoken = _CLOSING_SO.sub(
        lambda m: m.group() if m.group("last").lower() in _KEEPS_ITS_SO else m.group("asked") + "?", spoken
    )
    spoken = _HOW_MUCH_IN_CURRENCY.sub(  # (as "What is that in dollars?" asks it of the sum just told)
        lambda m: (
            f"What {m.group('be') or m.group('be2')} {(m.group('x') or m.group('x2')).lower()} in "
            f"{m.group('unit') or m.group('unit2')}"
        ),
        spoken,
    )
    spoken = _plainly_written(spoken)
    spoken = _CLEFT_ON_THE_DOER.sub(_asked_plainly, spoken)
    spoken = _ALREADY_CLOSING.sub(r"\g<asked>", spoken)  # "When was that already?": asks nothing more
    for in_english in LANGUAGES_READ:  # "Ano po yung CPPCC?", "Wetin CALB talk?", "gotion ka point kya tha"
        spoken = in_english(spoken)
    if re.search(rf"\b{WH}\b[^?]*\?", spoken, re.I):
        spoken = _GUESSED_AFTER.sub("", spoken)
    spoken = _DROPPED_G.sub(
        lambda m: m.group() if m.group(1) + "in" in _ENDS_IN_IN else m.group(1) + "ing", spoken
    )
    spoken = with_phrases(spoken, _DIALECT_PHRASES)  # "what all did that CALB outfit want"
    spoken = _BARE_EM.sub(r"\g<before> them", _EM.sub("them", spoken))  # "want 'em changed", "heard of em"
    spoken = _CLOSING_BUT.sub(r"\g<asked>", _CLOSING_ADDRESS.sub("", spoken))  # "who said that bro?"
    spoken = re.sub(r"(?<=\w),\s*(?=[?.!]+\s*$)", "", spoken)  # ("and the other one, b'y?")
    spoken = with_phrases(spoken, _FRENCH_PHRASES)  # "Et quoi d'autre?": "And what else?"
    spoken = _NUMBER_SIGN.sub("how many ", spoken)  # "# delegates?": how many delegates
    spoken = _BARE_CONFIRMATION_TAG.sub(_tagged_claim, spoken)
    spoken = _WHY_WITHOUT_SUBJECT.sub(_why_of_it, spoken)  # "why matter for EVs": why does it matter
    spoken = _WHY_WITHOUT_DOES.sub(r"\g<why> does \g<subject> \g<verb>", spoken)  # "Why this help X?"
    for _ in range(2):  # "naman po?": a particle before another
        spoken = _SENTENCE_PARTICLE.sub("", spoken)
    spoken = _SINGLISH_ONE.sub(r"\g<wh>", spoken)
    spoken = _BUT_FIRST.sub("", _TRAILING_NOW.sub(r"\g<q>", spoken))
    spoken = _TAG_WITHOUT_COMMA.sub(r"\g<q>", spoken)  # "CALB was moaning about patents was it?"
    spoken = _WH_ISNT_IT.sub(r"\g<q>", spoken)  # "and what good is it for them, isn't it"
    spoken = _AND_BEFORE_AUXILIARY.sub("", spoken)  # "And has the Government agreed to that?"
    spoken = _WHAT_EXACTLY_AFTER.sub("", spoken)  # "Was CALB moaning about patents? what exactly"
    spoken = _WHAT_GOOD_FOR.sub(r"how does \g<x> help \g<y>", spoken)  # "what good is it for the makers"
    spoken = _WHAT_WORK.sub(r"what \g<aux> \g<x> do", spoken)  # "what work do they do exactly"
    spoken = _OTHER_THING.sub(_other_thing_asked, spoken)  # "And other thing they wanted besides that?"
    spoken = _ANYTHING_ELSE_FROM.sub(
        lambda m: f"{m.group('lead') or ''}what else did {_SUBJECT_OF[m.group('who').lower()]} say?", spoken
    )
    spoken = _SOURCE_OF_IT.sub(r"what is the source of \g<x>?", spoken)  # "the 4m number, what's the source?"
    spoken = _NO_LONG_ANSWER.sub("", spoken)  # "what RRR stand for, don't give me no long ting"
    spoken = _as_wanted(_OR_NOT.sub(r"\g<q>", _OR_NOT_BEFORE_WHEN.sub("", spoken)))
    spoken = _declared_as_asked(spoken)
    spoken = _LIKE_BEFORE_WH.sub(r"\1, ", _WH_THO.sub(r"\1", _LIKE_AFTER_BE.sub(r"\1 ", spoken)))
    stripped = _plainly_put(_TEXTING_FILLER.sub(" ", scots_in_english(northern_in_english(spoken))))
    # "what was they pushin for" (after Scots, which counts a dropped g among its marks)
    stripped = _DROPPED_G_WORD.sub(r"\g<word>g\g<s>", stripped)
    runs = [match.span() for match in _LETTER_RUN.finditer(stripped)]  # "my u t r number": letters, not words
    stripped = _TEXTING_WORD.sub(
        lambda m: m.group() if any(a <= m.start() < b for a, b in runs) else _texted_word(m), stripped
    )
    stripped = _FOR_AS_4.sub(r"\1 for", stripped)  # "wat did calb ask 4"
    stripped = _APOLOGY_LEAD.sub("", _ASKERS_DASHED_ASIDE.sub(", ", stripped))
    stripped = _SPOKEN_FILLER_END.sub("", _POLITE_LEAD.sub("", _SPOKEN_FILLER_START.sub("", stripped)))
    stripped = _SURPRISE_AFTER_WH.sub(lambda m: m.group("wh") + " ", _THEN_SO.sub(r"\1", stripped))
    stripped = _ONE_WORD_LEAD.sub("", _SUPPOSED_TO.sub(lambda m: f" does {m.group(1)} ", stripped))
    stripped = _WHATS_IT_MEAN.sub(r"\g<what> does \g<x> ", stripped)  # "what's that mean for them"
    stripped = _PUT_IN_FOR.sub(lambda m: m.group("before") + _APPLIED[m.group("verb").lower()], stripped)
    stripped = " ".join(stripped.split())
    stripped = _SPOKEN_YEAR.sub(_year_in_digits, stripped)
    stripped = _YUAN_HEARD.sub(r"\g<amount> yuan", stripped)  # "how many you on": how many yuan
    stripped = _BESIDE_FOR_BESIDES.sub("Besides", stripped)
    stripped = _RPT.sub(r"\1report", stripped)  # "per work rpt"
    stripped = _CO_FOR_COMPANY.sub(
        lambda m: m.group(1) + (" companies" if m.group(2) else " company"), stripped
    )
    stripped = _VAGUE_HEAD.sub(r"\1", stripped)  # "the ancillary services bit": the ancillary services
    stripped = _FORMAL_REFERENCE.sub(lambda m: "those " if m.group(1)[-1:] in "sS" else "that ", stripped)
    return stripped if _WORD.search(stripped) else question


# "What does CALB actually stand for?", "Who was it that actually presented it?": "actually" stressing the
# verb after it, which asks nothing more (but "..., actually, how much" and "or actually" correct the asker).
_EMPHATIC_ACTUALLY = re.compile(r"(?<=\w)(?<!\bor)\s+actually(?=\s+[a-z])")


# "in the meantime", "while doing so", "at the same time": while doing what was just asked about.
_WHILE_DOING_THAT = re.compile(
    r"\b(?:in\s+the\s+meantime|meanwhile|at\s+the\s+same\s+time|(?:while|whilst|in|when)\s+doing\s+(?:so|that|this|it))\b",
    re.I,
)
# "the aforementioned company", "the said firms": what the conversation has just named, formally.
_FORMAL_REFERENCE = re.compile(
    r"\bthe\s+(?:aforementioned|aforesaid|afore-mentioned|above-?mentioned|said)\s+"
    r"(?=((?:compan(?:y|ies)|firms?|manufacturers?|makers?|bod(?:y|ies)|organi[sz]ations?|entit(?:y|ies)|"
    r"executives?|proposals?|plans?|schemes?|reports?|documents?|measures?|polic(?:y|ies)|figures?|sums?|"
    r"amounts?|regulations?|rules?)\b))",
    re.I,
)
# "the point of the ancillary services bit", "besides the pricing stuff": a vague word after what is meant.
_VAGUE_HEAD = re.compile(
    r"\b((?:of|about|besides|from|on|than|beyond|regarding|re)\s+the\s+(?:[a-z’'-]+\s+){0,2}"
    r"(?![a-z]*\d)(?!(?:drill|horse|router|snaffle|screwdriver)\s)[a-z’'-]+(?:ing|s|tion|ment|ance|ence|ity|ics))"
    r"\s+(?:bit|stuff)\b(?=\s*(?:[?,.!;:]|$|(?:in|on|about|for|from|at)\b))",
)
# "which co raised patent issues", "what cos spoke": a company, in shorthand.
_CO_FOR_COMPANY = re.compile(
    r"\b(which|what|each|any|other)\s+co(s)?\b(?=\s*(?:\?|$|(?:[a-z]+ed|is|are|was|were|did|does|do|has|have|"
    r"had|said|spoke|made|gave|took|won|lost|got|wants?|raised|brought|called)\b))"
)
_RPT = re.compile(r"\b((?:work|annual|the|this)\s)rpt\b")
# "Beside that, what else ...?": "besides" (what a question opens with is no place next to something).
_BESIDE_FOR_BESIDES = re.compile(r"^beside(?=\s+(?:that|this)\s*,)", re.I)


# "the second one", "the former": one of two names the previous answer listed, by its place.
_ORDINAL_ONE = re.compile(
    r"\bthe\s+(first|second|former|latter)(?:\s+(?:one|body|group|company|firm))?\b", re.I
)
# "the second thing", "the last point": one of the things the previous answer told, by its place.
_ORDINAL_THING = re.compile(
    r"\bthe\s+(?:first|second|third|last|other)\s+(?:thing|point|part|item|element|idea|ask|request)\b", re.I
)
# "What does it say about monetary policy?": "it" says things, so it is the report or document named before.
_WHAT_DOES_IT_SAY = re.compile(
    r"^(?:and\s+)?(?:what|how)\s+(?:does|did)\s+it\s+(?:say|mention|state|propose|outline|announce)\b", re.I
)
# "Who presented it?", "When was it published?": what one does with a document.
_MADE_IT = re.compile(
    r"\b(?:presented|presents|present|published|publishes|wrote|writes|write|written|released|releases|"
    r"delivered|delivers|deliver|drafted|drafts|authored|issued|issues)\s+it\b"
    r"|\b(?:was|is)\s+it\s+(?:presented|published|written|released|delivered|drafted|authored|issued)\b",
    re.I,
)
_DOCUMENT_NOUNS = ("report", "document", "plan", "statement", "speech", "article", "outlook")
_PERFECT = re.compile(r"^(?:has|have)\s+", re.I)
_EVER = re.compile(r"\s+(?:before|previously|already|ever|in\s+the\s+past)$", re.I)
_YES_NO_QUESTION = re.compile(
    r"^(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can)\s+(?!you\b|i\b)", re.I
)
# "Which body is China's top legislature?", "Which of the two bodies is the legislature?": a question
# that asks to identify something by a description, naming nothing of its own.
_IDENTIFYING = re.compile(
    r"^(?P<asks>(?:which(?:\s+of\s+the\s+\w+)?(?:\s+\w+)?|what\s+\w+)\s+(?P<verb>is|are|was|were))\s+"
    r"(?P<what>.+?)\W*$",
    re.I,
)
# "Which company called for autonomous vehicles?", "Who mentioned battery swapping?": who did something,
# split into who is asked for, the verb (with its particle) and the thing done.
_WHO_DID_WHAT = re.compile(
    r"^(?P<asks>who|(?:which|what)\s+(?:[a-z-]+\s+){0,2}?(?:company|companies|firm|firms|body|bodies|"
    r"carmakers?|automakers?|makers?|manufacturers?|business|businesses|organi[sz]ations?|groups?|people|"
    r"person|executives?|leaders?))\s+"
    r"(?P<verb>(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b)[a-z]+"
    r"(?:\s+(?:for|about|on|to|with|up))?)\s+(?P<object>[^?]+?)\W*$",
    re.I,
)
# "Did anyone raise patent issues?": who did something, asked as a yes/no question.
_DID_ANYONE = re.compile(
    r"^(?P<asks>(?:did|does|has|have)\s+(?:anyone|anybody|someone|somebody))\s+(?P<verb>[a-z]+)\s+"
    r"(?P<object>[^?]+?)\W*$",
    re.I,
)
_QUALIFIER = re.compile(r"^(?:on|for|in|with|during|after|before|by|at|from|since|until)\b", re.I)
# "the advisory one", "the legislative body": one of the kind, told by a describing word.
_ONE_OF_A_KIND = re.compile(r"^the\s+[a-z-]+\s+(?:one|body|company|firm|chamber|group)$", re.I)
_WHAT_DID = re.compile(r"^what\s+(?=(?:did|does|do|will|would)\s)", re.I)
_DEMONSTRATIVE = re.compile(r"\b(?:that|this)\b", re.I)
# "What **monetary policy stance** did ...?", "Which **carmakers** have ...?": the noun phrase asked for.
_ASKED_NOUN_PHRASE = re.compile(
    rf"^(?:what|which)\s+((?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s+{_AUX}\b", re.I
)
_AUX_WORDS = frozenset(re.findall(r"[a-z]+", _AUX))
_COUNTED = re.compile(rf"^how\s+many\s+((?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)\s+{_AUX}\b", re.I)
_KIND_OF = frozenset({"kind", "kinds", "sort", "sorts", "type", "types"})
_PREPOSITIONS = {
    "of",
    "for",
    "to",
    "from",
    "with",
    "about",
    "on",
    "in",
    "into",
    "by",
    "besides",
    "beyond",
    "behind",
}
_KIND_NOUNS = {
    "company",
    "firm",
    "carmaker",
    "automaker",
    "maker",
    "manufacturer",
    "body",
    "organisation",
    "organization",
    "group",
    "business",
    "person",
    "official",
    "executive",
}
_REFERRING_NOUNS = {
    "view",
    "views",
    "position",
    "opinion",
    "stance",
    "number",
    "numbers",
    "figure",
    "figures",
    "amount",
    "sum",
    "total",
    "estimate",
    "data",
    "statistic",
    "statistics",
    "claim",
    "stat",
    "stats",
    "count",
    "value",
    "percentage",
    "forecast",
    "change",
    "changes",
    "proposal",
    "proposals",
    "plan",
    "plans",
    "idea",
    "ideas",
    "policy",
    "move",
    "measure",
    "measures",
    "step",
    "steps",
    "suggestion",
    "cut",
    "system",
    "scheme",
    "rule",
    "rules",
    "decision",
    "reform",
    "reforms",
    "goal",
    "target",
    "request",
    "call",
    "money",
    "funds",
    "funding",
    "cash",
}
# "anything besides self-driving?": what else the previous question's subject said, setting X aside.
# Words that set something aside ("apart from self-driving"); each pattern adds its own "except".
SETTING_ASIDE = r"besides|apart\s+from|aside\s+from|other\s+than|(?<=anything\s)beyond|(?<=else\s)beyond"
_BESIDES = re.compile(
    r"^(?:and\s+|but\s+)?(?:(?:is\s+there\s+|was\s+there\s+)?(?:anything|something)|what|any\s+others?)?"
    rf"(?:\s+else)?\s*(?:{SETTING_ASIDE}|except(?:\s+for)?)\s+(?P<x>[^,?]{{1,60}})$",
    re.I,
)
# "What were those pricing changes meant to achieve?", "what were the changes meant to do?": a purpose of
# what was just told, which the words alone do not name.
_PURPOSE_OF_TOLD = re.compile(
    rf"^(?:and\s+|so\s+)?{WH}\s+(?:is|was|are|were)\s+(?:(?:the|those|these|that|this)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"[a-z-]+\s+(?:meant|supposed|designed|intended|aimed|expected)\s+to\b|"
    # ("What was that meant to do?", not "When is it expected to open?")
    r"(?:that|this|it|those|these|they)\s+(?:meant|supposed|designed|intended|aimed)\s+to\s+"
    r"(?:do|achieve|accomplish|fix|solve|address|deliver|change|help)\b)",
    re.I,
)
# "Leaving the autonomous vehicle point aside, what was the other element?", "Apart from pricing, what else
# was there?": what the previous question asked, but for that.
_SET_ASIDE_FIRST = re.compile(
    rf"^(?:and\s+|but\s+)?(?:(?:leaving|setting|putting)\s+(?P<x>[^,]{{1,60}}?)\s+aside"
    rf"|(?:{SETTING_ASIDE}|beyond(?!\s+(?:(?:19|20)\d\d|next|the\s+(?:year|end)\b)))\s+(?P<y>[^,]{{1,60}}?))\s*,\s*"
    r"(?:(?:what|which)\b[^?]*?\b(?:else|other|rest|remaining|second)\b[^?]*|"
    # ("Besides more swap stations, anything else?", "Beyond X, was anything else mentioned?")
    r"(?:(?:is|was)\s+(?:there\s+)?)?(?:anything|something|any\s+others?)(?:\s+(?:else|more))?"
    r"(?:\s+(?:mentioned|said|raised|named|proposed|discussed|covered))?\W*)$",
    re.I,
)
# "in 2024": when, not a name the follow-up is about; the year a question is dated by ("And in 2023?").
_PERIOD_OF_YEAR = re.compile(
    r"(?P<lead>(?:so\s+far|to\s+date)\s+)?(?:(?:in|by|since|until|for|during|from)\s+)?(?P<year>(?:19|20)\d\d)"
    r"(?P<rest>\s+(?:so\s+far|to\s+date|alone|as\s+well|onwards|and\s+beyond))?",
    re.I,
)
# "When was the last cut?", "What's the aim?": a question whose only noun points back at what was said.
_ONLY_REFERRING = re.compile(
    rf"^(?:and\s+|so\s+)?{WH}(?:\s+exactly)?\s+(?:is|was|are|were)\s+the\s+"
    r"(?:last\s+|latest\s+|previous\s+|main\s+|real\s+|actual\s+|underlying\s+|supposed\s+|intended\s+)?"
    r"(?:aim|goal|purpose|point|reason|reasoning|rationale|idea|cut|change|plan|proposal|source|target|figure|"
    r"problem|issue|concern|complaint|worry|objection|benefit|upside|downside|buzzword|catchphrase|slogan|"
    r"phrase|term|keyword|wording|quote)$",
    re.I,
)
# "so far this year", "year to date": the year the texts are of, up to now.
SO_FAR_THIS_YEAR = r"so\s+far\s+this\s+year|this\s+year\s+so\s+far|(?:the\s+)?year\s+to\s+date"
_THIS_YEAR = re.compile(rf"{SO_FAR_THIS_YEAR}|this\s+year", re.I)
_LAST_OR_NEXT_YEAR = re.compile(r"(?:last|next|the\s+previous|the\s+following)\s+year", re.I)
_DATED = re.compile(r"\b(?:in|by|since|until|for|during|from)\s+(?:19|20)\d\d\b", re.I)
# Titles that are capitalised but name no one ("Who is its CEO?").
ROLE_WORDS = frozenset(
    {
        "ceo",
        "cfo",
        "cto",
        "coo",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "premier",
        "minister",
        "founder",
        "head",
        "boss",
        "leader",
    }
)
# "I'm still confused about the NPC.", "I don't get the CPPCC.": a name the asker is puzzled by.
_PUZZLED_ABOUT = re.compile(
    r"\b(?:confused|unsure|unclear|puzzled|curious)\s+(?:about|by|with|on)\s+"
    r"(?P<topic>(?:[Tt]he\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w&-]*"
    r"(?:\s+[A-Z][\w&-]*)*)(?=\s*[.!?]?\s*$)"
)
# "What is his name?", "What's her full name?": the name of someone a statement before gave by role.
_NAME_OF_SOMEONE = re.compile(
    r"^(?:(?:and|so)\s+)?(?:what\s+(?:is|was)|what['’]s)\s+(?:his|her)\s+(?:full\s+|actual\s+)?name\W*$", re.I
)
# "the CEO of CATL", "CATL's chairman": a role held, in a statement.
_ROLE_HELD = re.compile(
    rf"\bthe\s+(?i:{'|'.join(sorted(ROLE_WORDS))})\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)*"  # "the boss of the Bank of England"
    rf"|\b[A-Z][\w&-]*['’]s\s+(?i:{'|'.join(sorted(ROLE_WORDS))})\b"
    rf"|\bthe\s+[A-Z][\w&-]*\s+(?i:{'|'.join(sorted(ROLE_WORDS))})\b"  # "the CATL boss"
)
# Someone else a statement speaks of, whom "his" or "her" may mean: "the CEO of X and a whistleblower".
_SOMEONE_ELSE = re.compile(
    r"\b(?:doctor|nurse|coach|player|striker|whistleblower|son|daughter|wife|husband|friend|man|woman|officer|"
    r"worker|patient|student|teacher|lawyer|judge|spokesperson|spokesman|spokeswoman|manager|him|her|he|she)\b",
    re.I,
)
# A role right after a name ("CATL's chief executive", "CATL CEO"): the name's person, whom another name's
# follow-up ("And CALB?") does not keep.
_OWNED_ROLE = re.compile(
    r"(?:['’]s)?\s+(?:chief\s+executive|chief\s+executive\s+officer|ceo|cfo|chairman|chairwoman|chair|"
    r"president|founder|head|boss|leader)\b",
    re.I,
)
_ROLE_TITLE = re.compile(r"\b(?:" + "|".join(sorted(ROLE_WORDS)) + r")s?\b", re.IGNORECASE)
# "the CEO of CATL", "CATL's chairman", "the CEO who spoke": a role, whose holder naming it names.
_ROLE_NAMED = re.compile(
    rf"^(?:(?:the|its|their|his|her)\s+|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*['’]s\s+)(?:[A-Z][\w&-]*\s+)?"
    rf"(?:{'|'.join(sorted(ROLE_WORDS))})(?P<plural>s)?(?=\s*$|\s+(?:of|at|for|in|who|that)\b|\s+[-–—])",
    re.I,
)
# "the other one/body/company": the other of two names the previous answer gave.
_OTHER = (
    r"the\s+other(?:\s+(?:one|body|company|firm|chamber|organi[sz]ation|group|side|crowd|lot|mob|bunch|outfit|"
    r"gang|fellas|guys|folks|people))?"
)
_OTHER_PHRASE = re.compile(rf"\b{_OTHER}\b", re.I)
_FRONTED_OTHER = re.compile(
    rf"^(?:and\s+|but\s+|so\s+)?(?:what\s+about\s+)?({_OTHER})(?:\s*,\s*not\s+(?:the\s+)?(?P<not>[^,]{{1,40}}?))?"
    rf"\s*(?:,|—|–|\s-)\s*(?P<question>{WH}\b.+)$",
    re.I,
)
_THE_OTHER = re.compile(
    rf"^(?:(?:and|but|so)\s+)?(?:(?:what|how)\s+about\s+)?{_OTHER}(?P<owner>['’]s)?$", re.I
)
# "US dollars", "Hong Kong dollars": a unit, not a name the follow-up is about.
_CURRENCY = re.compile(r"\b(?:[A-Z][\w.]*\s+){1,2}(?:dollars?|euros?|yuan|pounds?|yen|rupees?|francs?)\b")
# Pronouns that can stand for the name a "Who ...?" answer gave (not "there", "her", "them", "him").
_NAME_PRONOUNS = {"it", "its", "they", "their", "he", "she", "his"}
# Capitalised words of an answer that are not the name it gives.
_NOT_A_NAME = {
    "it",
    "he",
    "she",
    "they",
    "this",
    "that",
    "these",
    "those",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "according",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "chinese",
    "american",
    "european",
    "japanese",
    "korean",
    "german",
}
# Sentence openers that are not the sentence's subject ("Separately, CALB called for ..."); the
# assistant uses them too, to tell a first-word name from an ordinary opener.
SENTENCE_OPENERS = frozenset(
    {
        "separately",
        "lastly",
        "finally",
        "further",
        "furthermore",
        "moreover",
        "meanwhile",
        "however",
        "also",
        "additionally",
        "similarly",
        "likewise",
        "notably",
        "overall",
        "although",
        "though",
        "yet",
        "still",
        "instead",
        "both",
        "while",
        "this",
        "that",
        "these",
        "those",
        "then",
    }
)
_TOPIC_PREPOSITIONS = (
    r"(?:about|regarding|concerning|on\s+the\s+subject\s+of|in\s+terms\s+of|(?<=\bsay\s)on|(?<=\bsays\s)on)"
)
_WORD = re.compile(r"[A-Za-z0-9][\w'’&.-]*")
_ASKS_FOR_A_NAME = re.compile(
    r"(?:(?:at|in|to|by|from|for|with|before)\s+(?=which\b))?(?:what\s+is\s+the\s+name\s+of|who|whom|(?:did|has|have|was|were)\s+any(?:one|body)|"
    r"(?:which|some(?!\s+(?:people|persons?)\b)|(?:did|has|have|was|were)\s+any)\s+(?:(?:one\s+)?of\s+the\s+)?(?:(?:two|three|four|several|other)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:company|companies|firm|firms|carmaker|carmakers|automaker|automakers|"
    r"maker|makers|body|bodies|ministry|ministries|department|departments|agency|agencies|oem|oems|brand|brands|"
    r"organi[sz]ation|organi[sz]ations|group|groups|person|people|manufacturer|manufacturers))\b",
    re.I,
)


# "Anything else?", "What else, then?", "Is there more?": more of what the previous answer told.
_MORE = re.compile(
    r"^(?:(?:and|so|ok|okay|then)\s+)?(?:(?:is|was)\s+there\s+)?(?:anything|something|what|any|much)?\s*"
    r"(?:else|more|further)(?:\s+(?:then|too|there))?$",
    re.I,
)
_IN_DETAIL = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:concretely|specifically|in\s+detail|in\s+practice|precisely|exactly|meaning)\W*$",
    re.I,
)
_PRECISION_WORDS = r"exactly|specifically|precisely|concretely|in\s+particular"
_PRECISELY = rf"(?:{_PRECISION_WORDS}|in\s+detail)"
_PRECISE_KINDS = (
    r"(?:kinds?|sorts?|problems?|issues?|things?|measures?|steps?|changes?|details?|points?|areas?)"
)
# ("greenbacks", "US money", "American money")
_DOLLARS_IN_SLANG = re.compile(
    r"\b(?:(?:good\s+ol['’]?d?\s+|good\s+old\s+)?greenbacks|(?:us|american)\s+(?:money|currency)(?=\W*$))\b",
    re.I,
)
# "the two of them", "both of them": the pair the previous answer named together.
_TWO_OF_THEM = re.compile(r"\b(?:the\s+two\s+of\s+them|both\s+of\s+them|the\s+pair\s+of\s+them)\b", re.I)


def _two_of_them_named(body: str, history: list[Turn]) -> str:
    """ "What else did the two of them mention?" after "Both Geely and GAC mentioned X." -> "What else did
    Geely and GAC mention?"; unchanged unless the last answer names exactly one pair ("X and Y")."""
    two = _TWO_OF_THEM.search(body)
    if two is None or history[-1].abstained:
        return body
    answer = history[-1].answer
    pairs = {
        re.sub(r"^(?:Both|Either|Neither)\s+", "", answer[start:end])
        for start, end in _entity_spans(answer)
        if len(re.split(r"\s+(?:and|&)\s+", answer[start:end])) == 2
        # (the pair the sentence is about: "Both Geely and GAC mentioned ...", not "sold at Boots and Lloyds")
        and (start == 0 or re.search(r"(?:^|[.!?]\s+|\bboth\s+)$", answer[:start], re.I))
    }
    return body[: two.start()] + pairs.pop() + body[two.end() :] if len(pairs) == 1 else body


# "the advisory one", "the legislative one": a thing the previous answer described by that word.
_DESCRIBED_ONE = re.compile(r"\bthe\s+(?P<word>[a-z]{4,})\s+(?P<one>one)\b", re.I)
_NOT_DESCRIBING = word_set(
    "other first second third last final same right wrong only next latter former main biggest bigger "
    "smaller older newer earlier later previous good better best bad worse worst cheap cheaper cheapest "
    "expensive nice great top"
)


def _one_as_described(body: str, told: Sequence[str]) -> str:
    """ "And who sits in the advisory one?" after "... the CPPCC is an advisory body ..." -> "... in the
    advisory body?"; unchanged when what was ``told`` (the answer, its passages) describes nothing by that
    word, or more than one kind."""
    described = _DESCRIBED_ONE.search(body)
    if described is None or described.group("word").lower() in _NOT_DESCRIBING:
        return body
    kind = re.compile(rf"\b{re.escape(described.group('word'))}\s+([a-z]{{3,}})\b", re.I)
    nouns = {noun.lower() for text in told for noun in kind.findall(text)}
    if len(nouns) != 1:
        return body
    return body[: described.start("one")] + nouns.pop() + body[described.end("one") :]


# ", month yr", ", which year?", " - exact date": how finely a "when" is asked.
_WHEN_TO_THE = re.compile(
    r"\s*[,–—-]\s*(?:(?:the\s+)?(?:exact|which|what)\s+)?(?:month|day|date|year|yr)"
    r"(?:\s*(?:and|&|/|\+)?\s*(?:yr|year|day|month))?(?=\W*$)",
    re.I,
)
_TRAILING_PRECISION = re.compile(rf"[\s,]+(?:{_PRECISION_WORDS})(?=\W*$)", re.I)
# "How much exactly?", "like what problems specifically", "Which ones, precisely?": the previous question
# asked again, more precisely; a word like "problems" names what it asked for, not a topic of its own.
_MORE_PRECISELY = re.compile(
    r"^(?:(?:and|but|so|ok|okay)[\s,]+)?(?P<like>like\s+|such\s+as\s+)?"
    rf"(?P<wh>(?P<how_much>how\s+(?:much|many))|(?P<wh_word>what|which)(?:\s+(?:ones?|(?P<kind>{_PRECISE_KINDS})))?"
    r"|(?P<noun_wh>(?:what|which)\s+[a-z-]+))"
    rf"(?P<precisely>(?:\s*,?\s*{_PRECISELY})+)?\W*$",
    re.I,
)
# "Was pricing the only thing he raised?", "Is that all they asked for?": whether there was more.
_ONLY_THING = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:is|was|were|are)\s+(?:[\w’'-]+\s+){1,3}(?:the\s+)?only\s+(?:thing|issue|point|"
    r"ask|proposal|request|demand|topic|idea|one)s?\b|^(?:(?:and|so|but)\s+)?(?:is|was)\s+that\s+all\b",
    re.I,
)
_ELSE = re.compile(
    r"\b(?:anything|something|what|who|anyone|anybody)\s+else\b|^(?:anything|any)\s+more\b", re.I
)
_SETTING_ASIDE = re.compile(rf"\b(?:{SETTING_ASIDE}|except)\b", re.I)
# "Who argued for better pricing?": who did something, told by the verb's past tense
_WHO_DID = re.compile(
    rf"^who\s+(?P<verb>[a-z]+ed|{'|'.join(IRREGULAR_PAST)})(?P<particle>\s+(?:for|to|about|on|with))?\s+"
    r"(?P<rest>[^?]+?)\W*$",
    re.I,
)
# "And the other battery firm, the one with the patents?": one told apart by what it has or did.
_OTHER_DESCRIBED = re.compile(
    r"^(?:(?:and|so|what\s+about|how\s+about)[\s,]+)*the\s+other\s+(?P<kind>[\w\s-]{2,30}?),\s*the\s+one\s+"
    r"(?P<description>(?:with|that|who|which|behind|about|on)\b[^?]*?)\W*$",
    re.I,
)
# "What did the fellow from CATL push for?": the question word and auxiliary, the subject, and the verb.
_ASKED_OF_SUBJECT = re.compile(
    rf"^(?P<wh>(?:what|which\s+\w+|how\s+\w+)\s+{_AUX})\s+(?P<subject>.+?)\s+"
    r"(?P<verb>[a-z]+(?:\s+(?:for|about|on|to|with))?)\W*$",
    re.I,
)
_ABOUT_THAT = re.compile(
    rf"^{_OPENING_CONNECTIVE}(?:with\s+regard\s+to|with\s+respect\s+to|regarding|re:?|about|on|as\s+for|"
    r"as\s+to)\s+(?:that|this|it|those|these)\s*[,:;-]\s*(?=\w)",
    re.I,
)
# "was GAC on the same page?", "did Bolton agree?": whether someone said the same as the one just asked of.
_ON_THE_SAME_PAGE = re.compile(
    r"^(?i:(?:(?:and|so|but)\s+)?(?:was|were|is|are)\s+)(?P<who>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+(?i:on\s+the\s+"
    r"same\s+page|in\s+agreement|on\s+board|aligned|in\s+line)(?i:\s+(?:with|on)\s+(?:that|this|it|them|him|her))?\W*$"
    r"|^(?i:(?:(?:and|so|but)\s+)?(?:did|does)\s+)(?P<agreeing>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+(?i:agree|concur)"
    r"(?i:\s+(?:with|on)\s+(?:that|this|it|them|him|her))?\W*$"
    # "Did Xiaomi back the same thing, or ask for something different?"
    r"|^(?i:(?:(?:and|so|but)\s+)?(?:did|does)\s+)(?P<backing>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+"
    r"(?i:(?:back|echo|want|push\s+for|ask\s+for|call\s+for|propose|say)\s+the\s+same"
    r"(?:\s+(?:thing|things|idea|point|call|view|line))?)"
    r"(?i:\s*,?\s*or\s+[^?]*\b(?:different|else|other)\b[^?]*)?\W*$"
)
# "who's doing the issuing?", "who is behind the funding?": the act what was just asked about is done by.
_DOING_THE_ACT = re.compile(
    r"\b(?:doing|handling|running|behind|in\s+charge\s+of)\s+the\s+[a-z]{3,}ing\b", re.I
)
# "that executive", "the CEO of CATL": a role held, and the words for one.
_HOLDER_NOUNS = ROLE_WORDS | {"executive", "chief", "official"}
_ROLE_OF = rf"\b(?:{'|'.join(sorted(ROLE_WORDS))})\s+of\s+"
_DID_ANY = re.compile(r"^(?:did|has|have|was|were)\s+any", re.I)
# "the other thing, the hardware bit, what was that?": pieces of what was told, then what they were.
_PIECE_OF_IT = re.compile(
    rf"^{_OPENING_CONNECTIVE}(?P<things>(?:the\s+[^,]+,\s*)+)(?:what|which)\s+(?:was|is|were|are)\s+"
    r"(?:that|it|this|those)(?:\s+again)?\W*$",
    re.I,
)
# "and in 2023, how many?": a fragment, then the question word the previous question opened with.
_ASKED_AGAIN = re.compile(
    r"^(?P<fragment>.+?),?\s+(?P<wh>how\s+(?:many|much)|what|who|when|where|which)\W*$", re.I
)
_WH_THEN_AUX = re.compile(rf"^({WH})\s+({_AUX}\s)", re.I)


# "What could that mean for the battery industry?", "Upside for new energy from that?": what follows from
# what was just said, which an article tells next.
_CONSEQUENCE = re.compile(
    r"\b(?:mean|means|implications?|impacts?|effects?|affects?|matters?|consequences?|lead\s+to|upside|"
    r"downside|upshot|benefits?|significance|link|connection|relevance|(?:good|bad|helpful|positive|negative)\s+(?:for|to))\b",
    re.I,
)
_BACK_REFERENCE = re.compile(r"\b(?:that|this|it|those|these|them)\b", re.I)
# "Why does that matter for EV makers?": why, for someone the answer did not speak of, is what follows.
_MATTERS_FOR = re.compile(
    r"\b(?:matters?|good|important|relevant|helpful)\s+(?:for|to)\s+(?!(?:them|it|him|her|us|me|you)\b)\w+",
    re.I,
)


def asks_what_follows(question: str) -> bool:
    """Whether a follow-up asks what follows from the previous answer ("What could that mean for EV
    makers?", "Implications for the sector?"): then the sentence the document goes on with after the one
    it was told is the likelier answer. Not "Why does it matter?": a reason is as often in the sentence
    told."""
    body = _clean(expand_contractions(question))
    refers = (
        _BACK_REFERENCE.search(body)
        or _LINK.match(body)
        or not re.match(rf"^(?:and\s+)?(?:{WH}|{_AUX})\b", body, re.I)
    )
    why = re.match(r"^(?:and\s+|so\s+)?why\b", body, re.I) and not _MATTERS_FOR.search(body)
    return bool(_CONSEQUENCE.search(body) and refers and not why)


def borrowed_context(question: str) -> str:
    """The earlier question a rewritten follow-up borrowed in brackets at its end ("" when none): "And how
    much was it (How much are the bonds)?" -> "How much are the bonds"."""
    borrowed = re.search(r"\(([^()]*)\)\W*$", question)
    return borrowed.group(1) if borrowed else ""


def without_borrowed_context(question: str) -> str:
    """A rewritten question without the earlier question it borrowed in brackets: "Why does that matter
    for EVs (what is the monetary policy plan)?" -> "Why does that matter for EVs?"."""
    return " ".join(re.sub(r"\s*\([^()]*\)", "", question).split())


# "What's the story with CALB, what were they complaining about?", "So Tianneng had some idea about
# batteries, walk me through what they were proposing": a name set up first, then asked about by pronoun.
_FRAMED = re.compile(
    r"^(?P<frame>[^,;:?—–]{3,90}?)\s*(?:,|;|—|–|\s-\s)\s*(?:(?:and|so|but|okay|ok)\s+)?"
    r"(?:(?:walk|talk|take)\s+me\s+through\s+|tell\s+me\s+|explain\s+)?"
    r"(?P<asked>(?:what|which|who|how|why|when|where)\b.+)$",
    re.I,
)
_FRAMED_REFERENCE = re.compile(
    r"\b(?:they|them|their|it|its|he|his|she|her|(?:that|this)\s+(?:"
    + "|".join(sorted(_KIND_NOUNS | {"one"}))
    + r"))\b",
    re.I,
)
_NAME_RUN = re.compile(r"\b[A-Z][\w&’'-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&’'-]*)*")
# A frame that only names its topic: "So what's the deal with the NPC", "And what about Gotion".
_TOPIC_FRAME_WORDS = {"so", "okay", "ok", "and", "now", "right", "what", "is", "how", "about", "the", "deal"}
_TOPIC_FRAME_WORDS |= {
    "story",
    "with",
    "thing",
    "situation",
    "regarding",
    "as",
    "for",
    "on",
    "then",
    "craic",
    "go",
}
_NOT_FRAMED_NAMES = {"so", "okay", "ok", "and", "but", "now", "right", "well", "the", "i"}


def _framed_names(frame: str) -> list[tuple[str, int, int]]:
    """The names a frame sets up, with where each starts and ends ("What is the deal with **the NPC**")."""
    names = []
    for run in _NAME_RUN.finditer(frame):
        words = run.group().split()
        while words and (re.sub(r"['’]s$", "", words[0].lower()) in _QUESTION_STARTERS | _NOT_FRAMED_NAMES):
            words.pop(0)
        if words:
            name = " ".join(words).removesuffix("'s").removesuffix("’s")
            start = run.end() - len(" ".join(words))
            the = frame[:start].lower().endswith("the ")
            names.append(("the " + name if the else name, start, run.end()))
    return names


def with_framed_name(question: str) -> str:
    """The question a clause asks of the name the clause before it sets up ("What's the story with CALB,
    what were they complaining about?" -> "what were CALB complaining about?"); unchanged when there is
    no such frame or the frame names nothing. "It" stands for a name only when the frame names nothing
    else ("What's the deal with the NPC, what does it do?"), not in "CALB's IP pitch at the CPPCC – what
    was it about?" (the pitch)."""
    match = _FRAMED.match(" ".join(question.split()).rstrip(" ?.!"))
    if match is None:
        return question
    asked, frame = match.group("asked"), match.group("frame")
    reference = _FRAMED_REFERENCE.search(asked)
    names = _framed_names(frame)
    if reference is None or not names:
        return question
    # "Back to CATL - what did he say?": a capitalised first word is no name when a name follows
    name, start, end = names[-1] if names[0][1] == 0 else names[0]
    pronoun = reference.group().lower()
    only_the_name = re.fullmatch(r"(?:['’]s)?(?:\s+(?:here|there|then|now))?\W*", frame[end:]) and all(
        word.lower() in _TOPIC_FRAME_WORDS for word in frame[:start].split()
    )
    if pronoun in ("it", "its") and not only_the_name:
        return question  # "CALB's IP pitch at the CPPCC – what was it about?": the pitch
    if pronoun in ("their", "its", "his", "her"):
        name += "'" if name.endswith("s") else "'s"
    return _finish(asked[: reference.start()] + name + asked[reference.end() :])


def _framed_other(body: str, previous: str, answer: str, texts: Sequence[str]) -> str | None:
    """ "And the other one, what does that one do?": the question, of the other one (``_the_other``), when
    it refers back to it; else None."""
    fronted = _FRONTED_OTHER.match(body)
    other = _the_other(fronted.group(1), previous, answer, texts) if fronted else None
    named_not = fronted.group("not") if fronted else None
    listed = [name.removeprefix("the ") for name in _listed_names(answer)] if named_not else []
    if named_not in listed and len(listed) == 2:  # "the other body, not the NPC": the other one listed
        other = next(name for name in listed if name != named_not)
    if other is None:
        return None
    framing = f"{other}, {fronted.group('question')}"
    framed = with_framed_name(framing)
    return framed if framed != framing else None


def asks_for_more(question: str, asked_before: str = "") -> bool:
    """Whether a follow-up asks for more than the previous answer said ("Anything else?", "Did he say
    anything else?"), not for something besides a thing it names ("Apart from rates, what else ...?"),
    unless that thing is what the previous question, ``asked_before``, asked about ("Anything besides
    pricing?" after "What did he say about pricing?"): then the answer leaves out the sentences already
    given, when others answer."""
    body = _clean(question).replace(",", "")
    if _MORE.match(body) or (_ELSE.search(body) and not _SETTING_ASIDE.search(body)):
        return True
    besides = _BESIDES.match(body)
    if besides is None or not asked_before:
        return False
    told_words = {stem_word(word.lower()) for word in _WORD.findall(asked_before)}
    set_aside = [
        stem_word(word.lower())
        for word in _WORD.findall(besides.group("x"))
        if word.lower() not in _FUNCTION_WORDS
    ]
    return bool(set_aside) and all(word in told_words for word in set_aside)


# "And the growth target, what number is it?": a topic put first, which "it" in the question stands for.
_TOPIC_BEFORE_IT = re.compile(
    r"^(?:(?:and|so|but|ok|okay|now)[\s,]+)?(?P<about>(?:what|how)\s+about\s+|as\s+for\s+)?"
    r"(?P<topic>the\s+(?!(?:other|second|first|last|latter|former)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*,\s*"
    rf"(?P<asked>(?:{WH})\b[^,?]*\b(?:it|its|they|them)\b[^,?]*)\W*$",
    re.I,
)


def _pronoun_of_fronted_topic(fronted: re.Match[str]) -> str | None:
    """The pronoun of the question after a topic put first that stands for the topic: its one "it", with no
    "they"/"he" before it ("And the growth target, what number is it?"), or after "what about" its one
    "they"/"them" ("what about the battery swap guys, who were they?"); None when it is not clear which."""
    asked = fronted.group("asked").lower()
    its = list(re.finditer(r"\bits?\b", asked))
    if len(its) == 1 and not re.search(r"\b(?:they|them|he|she)\b", asked[: its[0].start()]):
        return its[0].group()  # (or its one "its": "And the advisory one, who are its members?")
    plural = re.findall(r"\b(?:they|them)\b", asked)
    if fronted.group("about") and not its and len(plural) == 1 and not re.search(r"\b(?:he|she)\b", asked):
        return plural[0]
    return None


# "how many applied last year?", "how much was raised?": a count or amount of no thing named, so of what was
# just asked about.
_COUNT_OF_NOTHING_NAMED = re.compile(
    r"^(?:(?:and|so|but|ok|okay)[\s,]+)?how\s+(?:many|much)\s+(?:(?!need|feed|seed|speed)\w+ed|went|came|got|"
    r"spent|sold|paid|won|lost)"
    # (then only when or where: "how many applied last year?", not "how many paid holidays do teachers get?")
    r"(?:\s+(?:last|this|in|for|so|to|by|from|at|since|during|per|each|altogether|overall|then|there|"
    r"already)\b[^?]*)?\W*$",
    re.I,
)


_STRANDED_BEHIND = re.compile(
    r"^((?:and\s+|so\s+)?what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:real\s+|main\s+)?"
    r"(?:goal|aim|reason|reasons|idea|thinking|logic|motivation|purpose|rationale))\s+behind(?=\W*$)",
    re.I,
)


# People a follow-up may still point back at once its "that" is resolved.
_PEOPLE_PRONOUN = re.compile(r"\b(?:they|them|their|they['’]re)\b", re.I)


def standalone_followup(question: str, history: list[Turn] | None, texts: Sequence[str] = ()) -> str:
    """``rewrite_followup``, then once more when the rewrite left "they" to resolve: "which two carmakers
    ...?" -> "what does that tell us about what they're thinking?" -> "... about what battery swapping tells
    us about what they are thinking" -> "... what Geely and GAC are thinking". The second reading is kept
    only when it names them in place, adding no bracketed context."""
    standalone = rewrite_followup(question, history, texts)
    if standalone == question or not _PEOPLE_PRONOUN.search(standalone):
        return standalone
    plain = re.sub(r"\b(they|we|you)['’]re\b", r"\1 are", standalone, flags=re.I)
    again = rewrite_followup(plain, history, texts)
    # (a name the answer or the earlier question said, not the earlier question's opening word: "Which")
    added = set(_WORD.findall(again)) - set(_WORD.findall(plain))
    said = f"{history[-1].answer} {' '.join(_WORD.findall(history[-1].question)[1:])}" if history else ""
    told = any(word[:1].isupper() and re.search(rf"\b{re.escape(word)}\b", said) for word in added)
    named = told and "(" not in again and not _PEOPLE_PRONOUN.search(again)
    return again if named else standalone


def rewrite_followup(question: str, history: list[Turn] | None, texts: Sequence[str] = ()) -> str:
    """A standalone version of ``question`` given earlier turns; unchanged when it already stands alone.

    Handles elliptical follow-ups ("And CALB?", "What about Xiaomi?", "Geely too?"), pronouns and
    demonstratives without their own topic ("Who proposed it?", "How much is that in dollars?") and very
    short fragments. The previous turn's standalone (rewritten) question supplies the missing subject or
    topic. ``texts`` (passages about the conversation) and the earlier answers tell names typed in
    lowercase ("what about gotion").
    """
    text = " ".join(question.split())
    if not history or not text:
        return question
    described = _two_of_them_named(_one_as_described(text, [history[-1].answer, *texts]), history)
    if described != text:  # "the advisory one": the advisory body, as the answer or its passages call it
        return rewrite_followup(described, history, texts)
    known = [turn.answer for turn in reversed(history) if not turn.abstained] + list(texts)
    asked_before = asked_part(history[-1].standalone.strip())  # "customer asks: X" asked X
    previous = asked_before
    lead_in = _LEAD_IN.match(previous)
    if lead_in and len(_WORD.findall(previous[lead_in.end() :])) > 3:  # "RRR cut - when last?": the topic
        previous = previous[lead_in.end() :]
    casing = Casing.of(known)
    previous = _clean(expand_contractions(cased_as_written(previous, casing)))
    if not previous:
        return question
    body = _clean(expand_contractions(cased_as_written(INTERJECTION.sub("", text), casing)))
    body = FOR_AUDIENCE.sub("", body)  # "..., for my American listeners"
    body = _THE_OTHER_NAMED.sub("", body)  # "And about the other battery company, CALB?": about CALB
    body = _SAYS_SO.sub(r"\1 that", body)  # "who says so?" is "who says that?"
    body = _SAYS_WHO.sub("Who says that", body)  # "Says who?"
    body = _STRANDED_BEHIND.sub(r"\1 behind it", body)  # "What is the goal behind?": behind what was told
    body = _DOLLARS_IN_SLANG.sub("dollars", body)  # "And in good ol' greenbacks?": in dollars
    precise = _TRAILING_PRECISION.sub("", body)
    # "Who said that, exactly?" asks who said that (but "standards for what exactly" asks its "what")
    if len(_WORD.findall(precise)) >= 3 and not re.search(rf"\b{WH}\W*$", precise, re.I):
        body = precise
    if re.match(r"(?:and\s+|so\s+)?when\b", body, re.I):  # "when was that, month yr": when, to the month
        body = _WHEN_TO_THE.sub("", body) or body
    if _PUT_SIMPLY.match(body):  # "Kindly be specific - name them.", "Explain it like I'm five.": again
        return _finish(previous)
    described = _OTHER_DESCRIBED.match(body)
    asked_of = _ASKED_OF_SUBJECT.match(previous) if described else None
    if asked_of:  # "What did CATL push for?" -> "And the other battery firm, the one with the patents?"
        one = f"the {described.group('kind')} {described.group('description')}"
        return _finish(f"{asked_of.group('wh')} {one} {asked_of.group('verb')}")
    labelled = _LABELLED_BIT.match(body)
    if labelled and re.search(r"\b(?:that|it|this)\b", labelled.group("asked"), re.I):
        # "That ancillary services bit - what was that supposed to achieve?": what the ancillary services
        # were meant to achieve (the words name it well enough to stand alone)
        thing = "the " + labelled.group("thing")
        asked = re.sub(r"\b(?:that|it|this)\b", thing, labelled.group("asked"), count=1, flags=re.I)
        return _finish(asked)
    piece = _PIECE_OF_IT.match(body)
    if piece and re.search(r"\b(?:thing|bit|part|point|piece|one)\b", piece.group("things"), re.I):
        # "And the other thing, the hardware bit, what was that?": that piece of what was just told
        named = re.split(r",\s*", piece.group("things").strip(" ,"))[-1]
        named = re.sub(r"(?<=\w)\s+(?:bit|part|piece|stuff)$", "", named, flags=re.I)  # "the hardware"
        return _finish(f"What was {named} ({previous})")
    body = _ABOUT_THAT.sub("", body)  # "wrt that, anything besides X?": what was just asked is the context
    agreeing = _ON_THE_SAME_PAGE.match(body)
    if agreeing:  # "What did Geely say?" -> "was GAC on the same page?": whether GAC said the same
        who = agreeing.group("who") or agreeing.group("agreeing") or agreeing.group("backing")
        return _finish(f"Did {who} say the same ({previous})")
    if _DOING_THE_ACT.search(body) and not _entity_spans(body):
        return _finish(f"{body} ({previous})")  # "who's actually doing the issuing?": of what was just asked
    if _BARE_TOTAL.match(body):
        return _finish(f"{body} ({previous})")  # "and what's the total?": of what was just asked
    if _COUNT_OF_NOTHING_NAMED.match(body) and not _entity_spans(body):
        return _finish(f"{body} ({previous})")  # "how many applied last year?": of what was just asked
    if (
        _WHILE_DOING_THAT.search(body)
        and not _entity_spans(_WHILE_DOING_THAT.sub("", body))
        and _dangling_reference(body) is None  # ("what would it keep while doing that?": "it" is resolved)
    ):
        # "And what does the government intend to preserve in the meantime?": while doing what was just asked
        return _finish(f"{body} ({previous})")
    again = _ASKED_AGAIN.match(body)
    if (
        again
        and len(_WORD.findall(again.group("fragment"))) <= 4
        and re.match(again.group("wh"), previous, re.I)
        # (not the object of the fragment's own verb: "While keeping what?", "Room to do what?")
        and not re.search(r"(?:ing|\bdo|\bto\s+\w+)\W*$", again.group("fragment"), re.I)
    ):
        body = again.group("fragment")  # "How many X in 2024?" -> "and in 2023, how many?": "and in 2023"
    framed = with_framed_name(body)
    if framed != body:  # "and what about Gotion, what was their thing?": what was Gotion's thing
        return framed
    fronted = _TOPIC_BEFORE_IT.match(body)
    pronoun = _pronoun_of_fronted_topic(fronted) if fronted else None
    if pronoun is not None:  # "And the growth target, what number is it?": it is the growth target
        topic = fronted.group("topic")
        topic = topic[:1].lower() + topic[1:] + ("'s" if pronoun == "its" else "")
        asked = re.sub(rf"\b{pronoun}\b", topic, fronted.group("asked"), count=1, flags=re.I)
        return _finish(_in_question_order(asked))
    framed = _framed_other(body, previous, history[-1].answer, texts)
    if framed is not None:  # "And the other one, what does that one do?": what the other one does
        return framed
    if _WHY_THEM.match(body):  # "Who did the CPPCC hear from?" -> "Why them?": why, of that answer
        return _finish(f"{previous}: why")
    if _THE_SAME.search(body) and not _entity_spans(_THE_SAME.sub("", body)):
        # "What did Geely talk about?" -> "Which other carmaker said the same thing?": that, by someone else
        return _finish(f"{body} ({previous})")
    body = _WHY_IN_OTHER_WORDS.sub("why", body)  # "For what purpose?" asks why
    currency = _IN_CURRENCY.match(body)
    amount = (
        re.match(r"how\s+(?:much|many|big|large)\b", previous, re.I)
        or _AMOUNT_ASKED.search(previous)
        # "RMB300bn for the trade-in, right?" -> "usd equiv?": that sum (not "£40 a letter, is that normal?")
        or (_SUM_GIVEN.search(previous) and _CONFIRMING.search(previous))
        # "MoF bond issuance - RMB total?": a sum asked in the first currency
        or (
            _NAMED_CURRENCY.search(previous)
            and re.search(r"\b(?:total|figure|amount|sum)\W*$", previous, re.I)
        )
    )
    asked_in = _IN_A_CURRENCY.findall(previous) if currency else []
    if len(asked_in) == 1 and len(_NAMED_CURRENCY.findall(previous)) == 1:
        # "bond issuance for 2025 in rmb?" -> "usd?": the same, in the other currency
        found = _IN_A_CURRENCY.search(previous)
        return _finish(previous[: found.start(1)] + currency.group(1) + previous[found.end(1) :])
    if currency and amount:  # "is that in yuan?" asks the figure
        unit = currency.group(1)
        unit = unit.lower() if re.fullmatch(r"[A-Z][a-z]+", unit) else unit  # ("Dollar figure?": no name)
        unit += "s" if re.search(r"(?:dollar|euro|pound|rupee|peso|rouble|ruble|franc)$", unit, re.I) else ""
        return _finish(f"{previous} in {unit}")  # "a dollar equivalent": in dollars
    # "Who wrote this article?" asks about the article itself, "What does the article say ...?" does not.
    document = _THE_DOCUMENT.search(previous) if _OF_THE_DOCUMENT.search(previous) else None
    bare = _BARE_WH.match(body)
    if document and bare:  # "Who published this article?" -> "when?": when it was published
        verb = "When was {} published" if bare.group(1).lower() == "when" else "Who wrote {}"
        return _finish(verb.format(document.group()))
    if document and _IT.search(body):  # "Who wrote this article?" -> "Which outlet published it?"
        return _finish(_IT.sub(document.group(), body, count=1))
    if _IN_DETAIL.match(body):  # "and concretely?": what the previous question asked, in its own words
        return _finish(previous.rstrip(" ?"))
    precisely = _MORE_PRECISELY.match(body)
    if precisely and (precisely.group("precisely") or precisely.group("like")):
        # "How many berths are there?" -> "How many exactly?", "What did CALB ask for?" -> "like what problems
        # specifically": the same question, which asked just that
        asked_alike = (
            re.match(r"how\s+(?:much|many)\b", previous, re.I)
            if precisely.group("how_much")
            else precisely.group("noun_wh") is None and re.match(rf"^(?:\w+[\s,]+)?{WH}\b", previous, re.I)
        )
        if asked_alike:
            return _finish(previous.rstrip(" ?"))
        # "Did the club sign anyone?" -> "Which ones exactly?", "What flour exactly?", "How much exactly?":
        # that, of what was just asked ("what problems" asks what, whatever the answer calls them)
        asked = precisely.group("wh_word") if precisely.group("kind") else precisely.group("wh")
        return _finish(f"{asked} ({previous})")
    if _MORE.match(body.replace(",", "")) or _ONLY_THING.match(body):
        # "What did Xiaomi call for?" -> "Anything else?", "Was pricing the only thing he raised?": what else
        # Xiaomi called for
        told_who = _WHO_DID.match(previous)
        name = _answered_name(history[-1]) if told_who else None
        if (
            told_who and name
        ):  # "Who argued for X?" -> "Is that all they wanted?": what else the one named did
            verb = base_form(told_who.group("verb")) + (told_who.group("particle") or "")
            return _finish(f"What else did {name} {verb}, apart from {told_who.group('rest')}")
        return _finish(_WH_THEN_AUX.sub(r"\1 else \2", previous, count=1))
    year_before = _YEAR_BEFORE.search(body)
    if year_before and _YEAR_BEFORE_LEFT.fullmatch(_YEAR_BEFORE.sub("", body).strip(" ,")):
        # "How many applications were there in 2024?" -> "And the year before?": the same, in 2023
        years = _YEAR.findall(previous)
        if years:
            return _finish(_substitute_fragment(previous, f"in {int(years[-1]) - 1}"))
        return _finish(f"{previous} the year before")
    several = _THOSE_ABBREVIATIONS.search(body)
    named = list(dict.fromkeys(_ACRONYM_TOKEN.findall(f"{history[-1].answer} {previous}"))) if several else []
    if several and re.search(r"\b(?:both|two)\b", several.group(), re.I):
        named = named[:2]
    if len(named) > 1:  # "Explain the Two Sessions." -> "Spell out both acronyms": the NPC and the CPPCC
        return _finish(body[: several.start()] + " and ".join(named) + body[several.end() :])
    abbreviation = _THAT_ABBREVIATION.search(body)
    acronyms = ACRONYM.findall(previous) if abbreviation else []
    if acronyms:  # "What does the government want to do with the RRR?" -> "what does that abbreviation ..."
        return _finish(body[: abbreviation.start()] + acronyms[-1] + body[abbreviation.end() :])
    says = _DOES_IT_SAY.match(body)
    if says:  # "Does it say by how much?": whether the article says so, of what was just asked
        return _finish(f"{says.group(1)} the article {says.group(2)}{says.group(3)} ({previous})")
    fronted = _FRONTED_TOPIC.match(body)
    if fronted:  # "And for CALB, what was the proposal?": the question, about CALB
        return _finish(f"{fronted.group('question')} for {fronted.group('topic')}")
    if _LINK.match(body):  # "So what's the link to EVs?": between what was just said and EVs
        return _finish(f"{body} ({previous})")
    lead_in = _LEAD_IN.match(body)
    if lead_in and re.search(rf"\b{WH}\b", lead_in.group(), re.I):  # "On what grounds – what were ...?"
        body = body[lead_in.end() :]
    if _PURPOSE_OF_TOLD.match(body) and not _entity_spans(body):
        return _finish(f"{body} ({previous})")
    set_aside = _SET_ASIDE_FIRST.match(body)
    asked = body[set_aside.end("x") if set_aside.group("x") else set_aside.end("y") :] if set_aside else ""
    if set_aside and not _entity_spans(asked) and _dangling_reference(asked) is None:
        # (with a pronoun, "Apart from X, what else did they want?" asks it of whom "they" stands for)
        return _finish(f"{previous}, apart from {set_aside.group('x') or set_aside.group('y')}")
    besides = _BESIDES.match(body)
    if besides:  # "anything besides self-driving?" -> "What did Xiaomi push for, apart from self-driving?"
        return _finish(f"{previous}, apart from {besides.group('x').strip()}")
    among = _AMONG_THEM.search(body)
    listed = _listed_names(history[-1].answer) if among and not history[-1].abstained else []
    if len(listed) >= 2:  # "Which of them is the legislative one?" after an answer naming the NPC and CPPCC
        choice = " and ".join(listed)
        return _finish(body[: among.start(1)] + choice + body[among.end(1) :])
    kind = _ASKED_KIND.match(previous) if among else None
    if kind is not None:  # "which battery companies spoke ...?" -> "which one of them was worried ...?"
        return _finish(body[: among.start()] + "which " + _singular(kind.group(1)) + body[among.end() :])
    named = _DEMONSTRATIVE_NOUN.search(body)
    phrase = None
    if named:  # the earlier turns are read only when "that scheme" needs one of them
        earlier = [previous] + [
            _clean(expand_contractions(asked_part(turn.standalone))) for turn in reversed(history[:-1])
        ]
        phrase = _earlier_phrase_ending_in(earlier, named.group(1))
    if phrase is not None:  # "... go to the trade in scheme?" -> "What has that scheme been key for?"
        return _finish(body[: named.start()] + phrase + body[named.end() :])
    ordinal = _ORDINAL_ONE.search(body)
    listed = _listed_names(history[-1].answer) if ordinal and not history[-1].abstained else []
    if len(listed) == 2:  # "What are the two bodies?" -> "what does the second one do?": the second named
        chosen = listed[0 if ordinal.group(1).lower() in ("first", "former") else 1]
        return _finish(body[: ordinal.start()] + chosen + body[ordinal.end() :])
    fronted = re.match(r"^(?P<thing>[^,]+),\s*(?P<asked>.+)$", body)
    if fronted and _ORDINAL_THING.search(fronted.group("thing")):
        # "the second thing you mentioned, what was that about?": what was the second thing about
        asked = fronted.group("asked")
        body = re.sub(r"\b(?:that|it)\b", fronted.group("thing"), asked, count=1, flags=re.I)
    if _ORDINAL_THING.search(body) and not _entity_spans(body):
        # "What did Xiaomi push for?" -> "what's the second thing about?": of the things it was told
        return _finish(f"{body} ({previous})")
    saying = _WHAT_DOES_IT_SAY.match(body) or _MADE_IT.search(body)  # "who presented it?": the report
    # the document the previous question named, or the one its answer opened with ("What was presented at
    # the NPC?" -> "The work report presented at the NPC ..." -> "What does it say on monetary policy?")
    told = "" if history[-1].abstained else re.split(r"(?<=[.!?])\s", history[-1].answer)[0]
    naming = (previous, told) if saying else ()
    documents = (_phrase_ending_in(text, noun) for text in naming for noun in _DOCUMENT_NOUNS)
    document = next((phrase for phrase in documents if phrase), None)
    document = "the" + document[3:] if document and document.startswith("The ") else document
    if document is not None:  # "Which body was the work report presented to?" -> "What does it say ...?"
        return _finish(_IT.sub(document, body, count=1))
    other = _the_other(body, previous, history[-1].answer, texts) if _OTHER_PHRASE.search(body) else None
    bare_other = _THE_OTHER.match(body) if other is not None else None
    if other is not None and bare_other is not None:  # "What is the NPC?" -> "And the other one?"
        asked = re.split(r"(?<=[.!?])\s+", previous)[-1]  # "X and Y made proposals. What was X's?": X's
        if _CHOICE_BETWEEN.match(asked):  # "Which of X and Y makes laws?" -> "And the other one?": about Y
            return _finish(f"What about {other}")
        return _finish(_substitute_fragment(asked, other + (bare_other.group("owner") or "")))
    if other is not None:  # "How does the other body differ from it?" -> "How does CPPCC differ from it?"
        # ("it" stays: "... differ from the NPC?" retrieves the sentence naming both, which says neither.)
        return _finish(_OTHER_PHRASE.sub(other, body, count=1))
    fragment = _elliptical_fragment(body)
    identifying = _IDENTIFYING.match(previous)
    if fragment is not None and identifying is not None and not _OTHER_PHRASE.search(fragment):
        # "Which body is China's top legislature?" names no body, its answer does: "What about the CPPCC?"
        # asks what the CPPCC is, "And the advisory one?" which body is the advisory one.
        if _entity_spans(fragment):
            return _finish(f"What {identifying.group('verb')} {fragment}")
        if _ONE_OF_A_KIND.match(fragment):
            return _finish(f"{identifying.group('asks')} {fragment}")
    acting = (_WHO_DID_WHAT.match(previous) or _DID_ANYONE.match(previous)) if fragment is not None else None
    if fragment is not None and _entity_spans(fragment) and re.search(r"[-–—:]\s*who\b", previous, re.I):
        return _finish(f"What did {fragment} say")  # "battery swapping - who pushing?" -> "same for Nio?"
    qualifier = fragment is not None and _QUALIFIER.match(fragment)  # "And in 2024?" qualifies the question
    if acting is not None and not qualifier and not _OTHER_PHRASE.search(fragment):
        # "Which company called for autonomous vehicles?" asks who did it: "And Geely?" asks what Geely
        # said about that, "What about battery swapping?" who called for that instead.
        if _entity_spans(fragment):  # what it said shows whether it called for that too
            return _finish(f"What did {fragment} say")
        kind = _KIND_FRAGMENT.match(fragment)
        if kind and acting.group("asks").lower().startswith(("which", "what")):
            # "Which battery makers spoke up at the CPPCC?" -> "how about the carmakers?": which carmakers did
            return _finish(f"Which {kind.group(1)} {acting.group('verb')} {acting.group('object')}")
        return _finish(f"{acting.group('asks')} {acting.group('verb')} {fragment}")
    # "What are the best red wines?" -> "and the white ones?" (after a question of who did what, "And the
    # EV ones?" asks what those said)
    another_kind = _ones_of_another_kind(previous, fragment) if fragment is not None else None
    if another_kind is not None:
        return _finish(another_kind)
    other_year = fragment is not None and _another_year(fragment, previous)
    if other_year and not _PERIOD_OF_YEAR.fullmatch(fragment):
        # "EV trade-in apps in 2024?" -> "and the forecast for 2025?": the forecast, of that, for 2025
        return _finish(f"{fragment} ({_DATED.sub('', previous).strip(' ?')})")
    same_preposition = _SAME_PREPOSITION.match(body) if fragment is not None else None
    told_with = same_preposition and list(
        re.finditer(rf"\b{same_preposition.group('prep')}\s+[^?,]+", previous, re.I)
    )
    if told_with:  # "who do I contact for access to reports?" -> "and for queries?": for queries instead
        last = told_with[-1]
        return _finish(previous[: last.start()] + same_preposition.group("asked") + previous[last.end() :])
    if fragment is not None:
        return _finish(_substitute_fragment(previous, fragment))
    subject = _SUBJECT_DEMONSTRATIVE.search(body)
    following = subject and (subject.group(1) or subject.group(2))
    determiner = subject is not None and following.lower() in _KIND_NOUNS | _REFERRING_NOUNS
    if subject is not None and not determiner:
        asked = _asked_noun_phrase(previous)
        if asked is not None:
            # "What monetary policy stance did the NPC work report set out?" -> "Why could that help new
            # energy industries?": that stance, not the report's other words, which pull towards the
            # sentence about the report.
            return _finish(_DEMONSTRATIVE.sub(f"the {asked}", body, count=1))
        if _entity_spans(body) and _topic_phrase(previous) is not None:
            # "Why does that matter for EVs?": a name of its own, but "that" still refers back.
            return _finish(_resolve_reference(body, "that", previous))
    if _SUBJECT_IT.search(body) and _entity_spans(body) and _topic_phrase(previous) is not None:
        return _finish(_resolve_reference(body, "it", previous))  # "Why does it matter for EVs?"
    subject_that = subject is not None and not determiner and _topic_phrase(previous) is None
    if subject_that or (_entity_spans(body) and _OBJECT_PRONOUN_AT_END.search(body)):
        # "How does that compare to ...?", "Why could that matter for EV makers?", "How did EV makers take
        # it?": what the previous turn asked about, all of it
        return _finish(f"{body} ({previous})")
    same_in_year = _SAME_IN_YEAR.match(body)
    if same_in_year:  # "How much of the bonds goes to X?" -> "And how much was it in 2024?": the same, then
        return _finish(_substitute_fragment(previous, f"in {same_in_year.group(1)}"))
    asks_of_it = _WH_OF_IT.match(body)
    bare_wh = asks_of_it is not None and len(_WORD.findall(body)) <= 2  # "When?" asks it of a yes/no question
    if asks_of_it and (_YES_NO_QUESTION.match(previous) or (_WHAT_DID.match(previous) and not bare_wh)):
        # "Did EV makers react to an earlier RRR cut?" -> "When was that?": when they did, the whole event
        # ("What did Xiaomi call for?" -> "When did Xiaomi call for?").
        event = _WHAT_DID.sub("", previous, count=1)
        event = _EVER.sub("", _PERFECT.sub("did ", event, count=1))  # "Has X cut it before?": when X did
        return _finish(f"{asks_of_it.group(1)} {event[:1].lower()}{event[1:]}")
    relative = _RELATIVE_SOMEONE.search(body)
    someone = _answered_name(history[-1]) if relative else None
    # (a name that says or does something in the answer, "Separately, CALB called for ...", not a capital
    # opening it: "Some maintainers complained", "On Monday, parents ...")
    acting = someone and re.search(
        rf"\b{re.escape(someone)}\s+(?:\w+ly\s+)?{_SAYING_VERB}", history[-1].answer
    )
    if relative and someone and (acting or ACRONYM.fullmatch(someone)):
        # "Which company was worried about X?" -> "What was the problem they mentioned?": the one named
        return _finish(body[: relative.start("who")] + someone + body[relative.end("who") :])
    pronoun = _dangling_reference(body)
    keywords = KEYWORD_QUESTION.match(asked_before)
    if (
        keywords
        and pronoun in ("it", "its")
        and not _entity_spans(keywords.group("thing"))
        and not re.match(rf"(?:{WH}|is|are|was|were|do|does|did)\b", keywords.group("thing"), re.I)
    ):
        # "trade-in scheme - how much funding this yr?" -> "has it moved EV demand?": the keywords' thing
        return _finish(_substitute_pronoun(body, pronoun, keywords.group("thing").strip()))
    # "Did the scheme do anything for demand?" -> "Did they give a number?": the sources of the answer did
    # (but after "What did Xiaomi advocate?", Xiaomi would)
    sources = _GIVES_DETAIL.search(body) is not None and _YES_NO_QUESTION.match(previous) is not None
    if pronoun is not None and (_is_statement(asked_before) or _points_at_answer(body, pronoun) or sources):
        # "Someone proposed X." -> "who said that?", and "Where does that number come from?": what "that"
        # stands for is all of the previous turn.
        return _finish(f"{body} ({previous})")
    counted = _COUNTED.match(previous) if pronoun in ("those", "these", "them", "they") else None
    if counted is not None:  # "How many EV trade-in applications ...?" -> "How many of those were approved?"
        return _finish(re.sub(rf"\b{pronoun}\b", f"the {counted.group(1)}", body, count=1, flags=re.I))
    if pronoun is not None:
        # "Who proposed a traceability system?" -> "Which parties would feed data into it?": into the system
        of_a_thing = pronoun == "it" and re.search(
            r"\b(?:into|from|of|about|behind|under|with|to)\s+it\b", body, re.I
        )
        if of_a_thing and _ASKS_FOR_A_NAME.match(previous) and _topic_phrase(previous) is None:
            # "Which ministry is stepping up the bond issuance?" -> "What will part of it be spent on?": of
            # what the ministry does, not of the ministry
            return _finish(f"{body} ({previous})")
        names_one = (pronoun in _NAME_PRONOUNS or pronoun.split()[-1] in _KIND_NOUNS) and not of_a_thing
        # ("according to them", "as proposed by him": whoever the answer named speaks)
        names_one = names_one or bool(
            re.search(rf"\b(?:according\s+to|by|in\s+the\s+view\s+of)\s+{pronoun}\b", body, re.I)
        )
        if pronoun in ("it", "its") and _DID_ANY.match(previous):
            names_one = False  # "Did any company talk about X?" -> "Who proposed it?": X, not the company
        named = _answered_name(history[-1]) if names_one else None
        if named and re.search(rf"\b{re.escape(named)}\b", body, re.I):
            named = None  # "why are they going to Hong Kong?": they are not the place they go to
        if named is None and names_one and pronoun.split()[-1] in _BODY_NOUNS:
            named = _place_answered(previous, history[-1])  # "Where was it presented?" -> "that body": there
        done_to = _done_to_in_answer(body, pronoun, history[-1])
        if done_to is not None:  # "X should be altered" -> "What was the point of altering them?": X
            return _finish(_substitute_pronoun(body, pronoun, done_to))
        plural = re.search(r"\b(?:they|them|their)\b", body, re.I) if named and " and " in named else None
        if plural and pronoun in ("it", "its"):
            # "Besides building it out, what else did they want?": they are the two named, it is not
            return _finish(_substitute_pronoun(body, plural.group().lower(), named))
        role = named and pronoun.split()[-1] in _HOLDER_NOUNS
        held = role and re.search(rf"{_ROLE_OF}(?:the\s+)?{re.escape(named)}\b", history[-1].answer, re.I)
        if held:  # "Which company's CEO spoke?" -> "What is that executive's name?": the CEO of CATL's
            named = "the " + held.group()
        if named is not None:  # "Which company raised patent misuse?" -> CALB; "What else did it want?"
            return _finish(_substitute_pronoun(body, pronoun, named))
        resolved = _resolve_reference(body, pronoun, previous)
        if resolved != body and not set(_WORD.findall(resolved)) - set(_WORD.findall(body)):
            # "why are they going to Hong Kong?": they are not the place named in the same question
            return _finish(f"{body} ({previous})")
        left = re.search(r"\b(?:on|for|to|into|from|about|with)\s+(?:that|this|those)\W*$", resolved, re.I)
        if (
            left
            and re.match(
                rf"(?:(?:and|so)\s+)?{WH}\b", resolved, re.I
            )  # not "Did they give a timeline for that?"
            and "(" not in resolved
            and pronoun not in ("that", "this", "those")
            and not _WORDS_ASKED.match(previous)
        ):
            # "How much money will it spend on that?": the government, and on what was just asked about
            return _finish(f"{resolved.rstrip(' ?')} ({previous})")
        if _DONE_THAT.search(resolved) and "(" not in resolved:
            # "have they done that before?": the government, and what it was asked to be doing
            return _finish(f"{resolved.rstrip(' ?')} ({previous})")
        return _finish(resolved)
    # "What's the specific buzzword they leaned on?": they, of whom was just asked (but "the problem they
    # mentioned" is theirs, when the answer names them)
    someone = _RELATIVE_SOMEONE_AFTER_NOUN.search(body) and not _RELATIVE_SOMEONE.search(body)
    if someone and not _entity_spans(body[:1].lower() + body[1:]):
        return _finish(f"{body} ({previous})")
    if _is_bare_fragment(body):  # ("X, isn't it?" labels it as X)
        return _finish(f"{_CONFIRMATION_TAG.sub('', previous)}: {body[:1].lower()}{body[1:]}")
    # (a capital that only opens the fragment names nothing: "Through what channel?", "Stated objective?")
    uncapitalised = body[:1].lower() + body[1:]
    if _WH_NOUN_FRAGMENT.match(body) and not _entity_spans(uncapitalised):
        # "To what level?", "Through what mechanism?": of that; a year stays outside the brackets, where
        # it still dates what is asked ("In which report?" after a question about 2024)
        dated = re.search(r"\s+(?:in|for|during)\s+(?:19|20)\d\d$", previous)
        if dated:  # "(How many applications were there) in 2024": "And in 2023?" can then change it
            return _finish(f"{body} ({previous[: dated.start()]}){dated.group()}")
        return _finish(f"{body} ({previous})")
    if _ONLY_REFERRING.match(body):  # "when was the last cut?", "what's the aim?": of what was just asked
        return _finish(f"{body} ({previous})")
    if (_RELATION_ONLY.match(body) or _STRANDED_PARTICLE.match(body)) and not _entity_spans(uncapitalised):
        # "industry reaction?", "who feeds data in?": a reaction to, data into, what was just asked about
        return _finish(f"{body} ({previous})")
    if _ALONE_OR_OTHERS.match(body):  # "Geely alone, or also others?": of who did what was just asked
        return _finish(f"{body} ({previous})")
    if _WH_LAST.match(body) and not _entity_spans(uncapitalised):  # "data from whom", "standardise what"
        return _finish(f"{body} ({previous})")
    aspect = _ASPECT_FRAGMENT.search(body)
    if (
        aspect
        and _is_keyword_fragment(body)
        and _is_keyword_query(previous)
        and not KEYWORD_QUESTION.match(previous)
    ):
        return _finish(f"{previous.rstrip(' ?')}: {uncapitalised}")  # "xiaomi ask" -> "hardware part"
    keywords = KEYWORD_QUESTION.match(previous)
    if keywords and _is_keyword_fragment(body):
        # "trade-in scheme - relevance for EVs?" -> "funding this year?": keywords asking something else of
        # the same thing (the trade-in scheme's funding, not its relevance)
        # but "others same view?" asks who else of all that was asked
        thing = previous.rstrip(" ?") if _OTHERS_TOO.search(body) else keywords.group("thing")
        return _finish(f"{thing}: {body[:1].lower()}{body[1:]}")
    return question


# "That ancillary services bit - what was that supposed to achieve?": a piece of what was told, named.
_LABELLED_BIT = re.compile(
    r"^(?:(?:and|so|ok|okay)[\s,]+)?(?:that|the|this)\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:bit|part|piece|point|thing)\s*(?:[-–—:,]+)\s*(?P<asked>(?:what|why|how|who|when|where|which)\b.+)$",
    re.I,
)
_SAYING_VERB = (
    r"(?:said|says|called|calls|raised|raises|mentioned|proposed|suggested|argued|asked|urged|advocated|wanted|"
    r"complained|pushed|brought|warned|demanded|recommended|claimed|noted|stressed|highlighted)\b"
)
# "the problem they mentioned", "the thing he called for": a relative clause whose someone the answer named.
_RELATIVE_SOMEONE = re.compile(
    r"\bthe\s+(?:[a-z]+\s+)?(?:problem|issue|concern|point|thing|idea|proposal|suggestion|plan|request|"
    r"complaint|worry|solution|change|system)\s+(?:that\s+)?(?P<who>they|he|she)\s+(?:mentioned|raised|"
    r"proposed|suggested|wanted|described|talked\s+about|called\s+for|asked\s+for|brought\s+up|"
    r"complained\s+about|pushed\s+for|had\s+in\s+mind)\b",
    re.I,
)
# "the buzzword they leaned on", "the principle he framed it under": a relative clause whose someone is left
# to the conversation ("the growth target they're aiming for").
_RELATIVE_SOMEONE_AFTER_NOUN = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:that\s+|which\s+)?(?:they|he|she)\s+(?:['’]re\s+|are\s+|were\s+|was\s+|is\s+)?"
    r"[a-z]+",
    re.I,
)
_THE_OTHER_NAMED = re.compile(
    r"\bthe\s+other\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|one|body|carmaker|maker|group|battery\s+maker)"
    r"(?:\s+(?:he|she|they|you|it|the\s+caller)\s+(?:mentioned|named|said|talked\s+about|brought\s+up))?\s*,\s*"
    r"(?=[A-Z])"
)
_ALONE_OR_OTHERS = re.compile(
    r"^(?:and\s+)?(?:(?:was|is)\s+it\s+)?(?:just\s+|only\s+)?[\w&-]+(?:\s+[\w&-]+)?\s+(?:alone|only)\s*,?\s*or\s+"
    r"(?:also\s+|were\s+there\s+)?(?:others|other\s+\w+|anyone\s+else)\W*$",
    re.I,
)
# "Tianneng - traceability system?", "CALB: patent issue?", "rate cut - how many bps?": a few keywords for a
# thing, a dash or a colon, then what is asked of it.
KEYWORD_QUESTION = re.compile(r"^(?P<thing>[^?:;,–—]{2,60}?)(?:\s*:|\s+[-–—]+)\s+(?P<asked>[^?:]{1,80}?)\?*$")
_KEYWORD_FRAGMENT_WORDS = 4
_OTHERS_TOO = re.compile(r"\b(?:others?|else|same|too|also)\b", re.I)


# "hardware part", "ancillary services bit?", "target year for rollout": a part or a measure of a thing,
# which the thing searched just before is.
_ASPECT_FRAGMENT = re.compile(
    r"\b(?:part|bit|side|piece|aspect|cost|costs|price|deadline|amount|size|total|figure|count|date|timeline|"
    r"timing|goal|aim|purpose|reason|source|details?|status|impact|effect|reaction|scope|stance|target|year)\b",
    re.I,
)


def _is_keyword_query(text: str) -> bool:
    """A few words typed as a search ("xiaomi ask", "catl energy storage ask"), not a question or request."""
    words = _WORD.findall(text)
    if not 1 <= len(words) <= 6 or text.rstrip().endswith("?"):
        return False
    first = words[0].lower()
    return not _ASKING_OPENER.match(text) and not _CHALLENGE.match(text) and first not in _QUESTION_STARTERS


def _is_keyword_fragment(body: str) -> bool:
    """A few keywords with no question word, no verb of a question and no name of their own ("rollout
    deadline?", "funding this year?", "size of cut?")."""
    words = _WORD.findall(body)
    if not words or len(words) > _KEYWORD_FRAGMENT_WORDS or _entity_spans(body):
        return False
    return words[0].lower() not in _QUESTION_STARTERS and not _ASKING_OPENER.match(body)


_CASED_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]")


@dataclass(frozen=True)
class Casing:
    """How some texts write their words: the capitalised form of each word they capitalise on its own
    past a sentence's first word, and the words they also write in lowercase. A word the texts only ever
    capitalise is a name ("Gotion", "NPC"); one they write in lowercase, and capitalise only to start a
    sentence or as part of a longer name ("Action" in "Industry Action Plan"), is an ordinary word."""

    cased: dict[str, str]
    lowercase: frozenset[str]
    capitalised: frozenset[str]

    @classmethod
    def of(cls, texts: Sequence[str]) -> Casing:
        cased: dict[str, str] = {}
        lowercase: set[str] = set()
        mid_sentence: set[str] = set()
        for text in texts:
            text = re.sub(r"\s*\[\d+\]", "", text)  # an answer's citation markers
            for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
                tokens = [re.sub(r"['’]s$", "", token) for token in _CASED_TOKEN.findall(sentence)]
                capitalised = [position > 0 and token[:1].isupper() for position, token in enumerate(tokens)]
                for position, token in enumerate(tokens):
                    if token.islower():
                        lowercase.add(token)
                    alone = not any(capitalised[max(0, position - 1) : position]) and not any(
                        capitalised[position + 1 : position + 2]
                    )
                    if capitalised[position]:
                        mid_sentence.add(token.lower())
                    if capitalised[position] and alone:
                        cased.setdefault(token.lower(), token)
        return cls(cased, frozenset(lowercase), frozenset(mid_sentence))

    def name_for(self, word: str) -> str | None:
        """The capitalised form of a lowercase word that the texts only ever write as a name, else None."""
        if not word.islower() or word in self.lowercase or word in _NEVER_NAMES:
            return None
        name = self.cased.get(word)
        return name if name is not None and (len(word) > 2 or name.isupper()) else None  # "PC", not "Mr"

    def is_ordinary(self, word: str) -> bool:
        """Whether the texts write this word in lowercase and never capitalise it past a sentence's start
        ("Ministry" of "China's Ministry of Finance" is part of a name)."""
        plain = word.lower()
        return plain in self.lowercase and plain not in self.capitalised


_NEVER_NAMES = (
    _QUESTION_STARTERS | SENTENCE_OPENERS | _FUNCTION_WORDS | _PRONOUNS | _DEMONSTRATIVES | _PREPOSITIONS
)


def opens_terse_question(question: str) -> bool:
    """Whether a question's capitalised first word is only capitalised to open it: a noun followed by
    "for"/"of" ("Source for that figure?", "Implications for the sector?", "Upside of the cut?"), which a
    name rarely is; an acronym ("CATL on pricing?") or a name of several words ("Ministry of Finance")
    stays a name."""
    words = _CASED_TOKEN.findall(question)[:3]
    return (
        len(words) == 3
        and words[0][:1].isupper()
        and not words[0].isupper()
        and words[1].lower() in ("for", "of")
        and not words[2][:1].isupper()
    )


def cased_as_written(text: str, texts: Sequence[str] | Casing) -> str:
    """``text`` with its words cased the way ``texts`` write them, so a question typed without capitals
    still shows its names: "what about gotion" -> "what about Gotion", "what's the npc" -> "what's the
    NPC"; and a terse question's capitalised first word that the texts only use in lowercase is no name
    ("Total bond issuance?" -> "total bond issuance?"). ``texts`` may be their ``Casing``, read once."""
    casing = texts if isinstance(texts, Casing) else Casing.of(texts)

    def recase(match: re.Match[str]) -> str:
        token = match.group()
        stem = re.sub(r"['’]s$", "", token)
        name = casing.name_for(stem) if stem.lower() not in _QUESTION_STARTERS else None
        if name is not None:
            return name + token[len(stem) :]
        opening = match.start() == len(text) - len(text.lstrip()) and stem.lower() not in _QUESTION_STARTERS
        terse = opening and opens_terse_question(text)
        # (an opening word the texts only write in lowercase, or a function word, "From where ...?", is none)
        ordinary = casing.is_ordinary(stem) or stem.lower() in _FUNCTION_WORDS
        if terse or (opening and stem[:1].isupper() and stem[1:].islower() and ordinary):
            return token.lower()
        return token

    return _CASED_TOKEN.sub(recase, text)


# "who'd feed data into it" is "who would", "how'd they react" "how did" (a subject follows).
_WH_D = re.compile(r"\b(what|who|where|when|why|how|which)['’]d\b(?=\s+(\S+))", re.IGNORECASE)
_SUBJECT_AFTER_WH_D = {
    "they",
    "he",
    "she",
    "it",
    "you",
    "we",
    "i",
    "the",
    "its",
    "their",
    "his",
    "her",
    "this",
}


# "what's it been good for": "what has it been".
_PERFECT_AFTER = re.compile(
    r"\s+(?:(?:it|he|she|this|that)\s+)?(?:(?:actually|really|already|just|ever|never|always|recently)\s+)?"
    r"(?:been|got|had|gone)\b",
    re.I,
)


def expand_contractions(text: str) -> str:
    """ "What's the stance" -> "What is the stance", "who'd" -> "who would", so a question's form is read
    the same either way."""
    text = _WH_D.sub(
        lambda m: (
            m.group(1)
            + (" did" if m.group(2).lower() in _SUBJECT_AFTER_WH_D or m.group(2)[:1].isupper() else " would")
        ),
        text,
    )
    text = _WH_S_DOES.sub(r"\1 does \2 \3", text)  # "What's the NPC actually do?": what does it do
    return _CONTRACTION.sub(
        lambda m: (m.group(1) or m.group(2)) + (" has" if _PERFECT_AFTER.match(text, m.end()) else " is"),
        text,
    )


# "What's the NPC do?", "what's he want": a question's "'s" that stands for "does" before a bare verb.
_WH_S_DOES = re.compile(
    r"\b((?i:what|how|why|where))['’]s\s+((?i:the)\s+(?!(?i:\w+\s+)?(?i:to|you|we|i|they)\b)[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*)?"
    r"|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?|(?i:he|she))\s+"
    # (not "What's the point do you think?", "What's the thing to do ...?")
    r"((?i:actually\s+|really\s+|even\s+)?(?i:do|want|mean|need|think|say|expect|reckon)\b)(?!\s+(?i:you|we|i)\b)"
)


# "Did they give a number?", "Does it mention a date?": whether what was just said comes with a detail.
_GIVES_DETAIL = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:did|do|does|have|has)\s+(?:they|it)\s+(?:give|gave|say|mention|provide|offer|"
    r"put|cite|specify|state|attach)\s+(?:a|an|any|some)\s+(?:(?:actual|exact|specific|hard|real)\s+)?"
    r"(?:number|numbers|figure|figures|amount|date|dates|timeline|timeframe|details?|data|source|reason)\b",
    re.I,
)


def _points_at_answer(body: str, demonstrative: str) -> bool:
    """Whether the demonstrative comes with a noun for what was just said ("that number"), or is what
    someone said ("who said that?", "according to whom is that?")."""
    if demonstrative not in _DEMONSTRATIVES:
        return False  # "their plans" are theirs
    if re.search(
        rf"\b(?:said|says|say|reported|reports|claimed|claims|stated|states|announced|estimated)\s+"
        rf"{demonstrative}\W*$",
        body,
        re.I,
    ):
        return True
    return bool(re.search(rf"\b{demonstrative}\s+(?:{'|'.join(sorted(_REFERRING_NOUNS))})\b", body, re.I))


def _is_statement(text: str) -> bool:
    """A turn that told rather than asked ("Someone proposed cracking down on patent lawsuits.")."""
    words = _WORD.findall(text)
    return bool(words) and not text.rstrip().endswith("?") and words[0].lower() not in _QUESTION_STARTERS


def _clean(text: str) -> str:
    """Collapse whitespace and drop trailing question marks/periods."""
    return " ".join(text.split()).rstrip(" ?.!")


def _finish(text: str) -> str:
    text = " ".join(text.split())
    return capitalised(text) + "?"


def _the_other(body: str, previous: str, answer: str, texts: Sequence[str] = ()) -> str | None:
    """For "And the other one?" / "How does the other body differ?": the name of the same kind (an acronym
    for an acronym) that the previous answer (or, for an acronym, a sentence of ``texts`` naming it) gives
    besides the one the previous question asked about; the
    other of a pair the previous question named ("X and Y both made proposals. What was X's?"); or, when
    the question named neither or both of the two names the answer lists, the one the answer did not go on
    to describe ("Which one is the legislative one?" -> the NPC is, so the other one is the CPPCC)."""
    bodies_only = bool(_BODY_WORD.search(body))  # "the other body": an organisation
    found = [(previous[start:end], end) for start, end in _entity_spans(previous)]
    # ("battery and EV companies ... the CPPCC": "EV" only says which companies, the CPPCC is asked about)
    heads = [name for name, end in found if not (bodies_only and _MODIFIED_NOUN.match(previous, end))]
    spans = heads if heads else [name for name, _ in found]
    asked = [re.sub(r"['’]s$", "", name) for name in spans if _names(name)]  # "the NPC's role": the NPC
    paired = [part.strip() for name in asked if " and " in name for part in name.split(" and ")]
    last = re.split(r"(?<=[.!?])\s+", previous)[-1]
    told_of = [part for part in paired if re.search(rf"\b{re.escape(part)}\b", last)]
    if len(paired) == 2 and len(told_of) == 1:
        return next(part for part in paired if part != told_of[0])
    # "Which of the NPC and the CPPCC heard from them?" -> "... the CPPCC heard ...": the other is the NPC
    options = _options_of_choice(last)
    first_told = re.split(r"\[\d+\]", answer, maxsplit=1)[0]
    chosen = [name for name in options if re.search(rf"\b{re.escape(name)}\b", first_told)]
    if len(options) == 2 and len(chosen) == 1:
        other = next(name for name in options if name != chosen[0])
        return f"the {other}" if re.search(rf"\bthe\s+{re.escape(other)}\b", last) else other
    described = _described_of_listed(answer)
    listed = [name.removeprefix("the ") for name in _listed_names(answer)] if described else []
    # (or named both, as the choice the answer made: "NPC vs CPPCC - which one legislates?")
    named = [name for name in listed if name in previous]
    if described is not None and len(named) != 1:
        return next(name for name in listed if name != described)
    if not asked:  # "Which one is the legislative one?" -> the NPC: the other is named with it
        answered = [answer[start:end] for start, end in _entity_spans(answer.split(". ")[0])]
        asked = [name.removeprefix("the ") for name in answered[:1] if name.removeprefix("the ").isupper()]
    if not asked:
        return None
    acronym = _acronym_of(asked[0], [answer, *texts]) if _OTHER_BODY.search(body) else None
    if acronym is not None:  # "the National People's Congress" -> "And the other body?": of the acronyms
        other = _other_acronym(acronym, answer, texts, [acronym, *asked])
        if other is not None:
            return other
    if asked[0].isupper():  # "the NPC" -> another acronym: "CPPCC", in the answer or named with it
        return _other_acronym(asked[0], answer, texts, asked, bodies_only=bodies_only)
    # a name given together with the asked one ("Geely and GAC"), not any name in the answer
    names = [answer[start:end] for start, end in _entity_spans(answer)]
    names = [name for name in names if f"{asked[0]} and " in name or f" and {asked[0]}" in name]
    names = [part.strip() for name in names for part in name.split(" and ")]
    for name in names:
        if _names(name) and not any(name in a or a in name for a in asked):
            return name
    return None


# "EV companies", "battery makers": a name used to say which things, not the thing asked about.
_MODIFIED_NOUN = re.compile(
    r"\s+(?:companies|company|makers?|firms?|sector|industry|market|sales|stocks|players|batteries|battery)\b"
)
# "the other body", "the other one", "the other chamber": another of the organisations named.
_BODY_KINDS = r"body|chamber|organi[sz]ation|group"
_OTHER_BODY = re.compile(rf"\bother(?:\s+(?:one|{_BODY_KINDS}))?\s*(?:['’]s)?\s*\??$", re.I)
_BODY_WORD = re.compile(rf"\bother\s+(?:{_BODY_KINDS})\b", re.I)


def _other_acronym(
    acronym: str, answer: str, texts: Sequence[str], asked: Sequence[str], bodies_only: bool = False
) -> str | None:
    """An acronym in the answer or in a sentence of ``texts`` naming ``acronym`` that is none of the names
    ``asked`` ("the NPC" -> "CPPCC"), else None. With ``bodies_only`` ("the other body"), only one the
    texts spell out as a name ("... Conference (CPPCC)"), not "EV" in "EV companies"."""
    together = [
        sentence
        for text in texts
        for sentence in re.split(r"(?<=[.!?])\s+", text)
        if re.search(rf"\b{re.escape(acronym)}\b", sentence)
    ]
    joined = " ".join([answer, *together])
    found = [
        name
        for name in ACRONYM.findall(joined)
        if _names(name) and not any(name in a or a in name for a in asked)
    ]
    if bodies_only:  # (one the texts spell out first, then one that names no kind of thing: "EV companies")
        spelled = [name for name in found if any(f"({name})" in text for text in [answer, *texts])]
        found = spelled or [
            name for name in found if not re.search(rf"\b{name}{_MODIFIED_NOUN.pattern}", joined)
        ]
    return found[0] if found else None


def _acronym_of(name: str, texts: Sequence[str]) -> str | None:
    """The acronym the texts define for a name spelled out ("National People’s Congress (NPC)"), else None;
    the name's apostrophes may be straight or curly."""
    spelled = re.sub(r"['’]", "['’]", re.escape(re.sub(r"^the\s+", "", name, flags=re.I)))
    for text in texts:
        defined = re.search(rf"\b{spelled}\s*\(([A-Z]{{2,6}})\)", text, re.I)
        if defined:
            return defined.group(1)
    return None


# "Which of the NPC and the CPPCC ...?", "Was it X or Y that ...?": a choice between two names.
_CHOICE_BETWEEN = re.compile(
    r"^(?:which|who)(?:\s+\w+)?\s+of\b|^(?:which|who|was\s+it|is\s+it)\b[^?]*\bor\b", re.I
)


def _options_of_choice(question: str) -> list[str]:
    """The two names a question offers a choice between ("Which of Tesco and Lidl opens earlier on
    Sunday?" -> Tesco, Lidl; "Is it Chelsea or Arsenal that ...?"), else []: the first two names after
    "of" or around "or", a name joined by "and" counting as its parts, not a name later in the question."""
    if not _CHOICE_BETWEEN.match(question):
        return []
    of = re.match(r"^(?:which|who)(?:\s+\w+)?\s+of\s+", question, re.I)
    start = of.end() if of else 0
    names = []
    for begin, end in _entity_spans(question[start:]):
        span = question[start + begin : start + end]
        names += [part.strip() for part in re.split(r"\s+(?:and|or)\s+", span) if _names(part.strip())]
    names = [re.sub(r"['’]s$", "", name) for name in names if name.lower() not in ("the", "it")]
    return names[:2] if len(names) >= 2 else []


def _described_of_listed(answer: str) -> str | None:
    """Of two names an answer's first sentence lists, the one the rest of the answer goes on to describe,
    when only one of them is; else None."""
    listed = [name.removeprefix("the ") for name in _listed_names(answer)]
    rest = re.split(r"\[\d+\]", answer, maxsplit=1)[-1] if "[" in answer else ""
    described = [name for name in listed if re.search(rf"\b{re.escape(name)}\b", rest)]
    return described[0] if len(listed) == 2 and len(described) == 1 else None


def _listed_names(answer: str) -> list[str]:
    """The names an answer lists: the acronyms it defines ("the National People's Congress (NPC) and ...
    (CPPCC)", in whichever sentence defines them), else the names joined by "and" in its first sentence
    ("Both Geely and GAC ...")."""
    sentences = re.split(r"\[\d+\]", answer)
    first = sentences[0]
    for sentence in sentences:  # the acronyms defined by the first sentence that defines two
        defined = re.findall(r"\(([A-Z]{2,6})\)", sentence)
        if len(defined) >= 2:
            return [f"the {acronym}" for acronym in dict.fromkeys(defined)]
    spans = [first[start:end] for start, end in _entity_spans(first)]
    joined = next((span for span in spans if " and " in span), "")
    opener = joined.split(" ", 1)[0]
    if opener.lower() in SENTENCE_OPENERS:  # "Both Geely and GAC ..."
        joined = joined[len(opener) :]
    return [part.strip() for part in joined.split(" and ") if part.strip()]


def _names(span: str) -> bool:
    """Whether a capitalised span is a name, not a capitalised question word or sentence opener ("What's",
    "While")."""
    first = span.split()[0].lower().replace("’", "'").removesuffix("'s")
    return first not in _QUESTION_STARTERS and first not in SENTENCE_OPENERS


# "And Gotion, for its part?": Gotion.
_BARE_TOTAL = re.compile(
    r"^(?:and\s+|so\s+)?(?:what\s+is|what['’]s|whats|how\s+much\s+is)\s+the\s+(?:total|overall\s+(?:figure|amount|total)|"
    r"whole\s+amount|full\s+amount|grand\s+total)\W*$"
    r"|^(?:and\s+|so\s+)?how\s+(?:much|many)(?:\s+is\s+it)?\s+(?:in\s+total|total|altogether|all\s+together|overall|"
    r"all\s+in)\W*$",
    re.I,
)
_FOR_ITS_PART = re.compile(r",?\s+(?:for\s+(?:its|their|his|her)\s+part|in\s+turn|in\s+its\s+turn)\s*$", re.I)


def _elliptical_fragment(body: str) -> str | None:
    """The new subject of an elliptical follow-up ("and X", "what about X", "X too"), else None."""
    for pattern in _ELLIPSIS_PATTERNS:
        match = pattern.match(body)
        if match:
            fragment = _FOR_ITS_PART.sub("", match.group("x")).strip(" ,")
            # "And what did CATL say" is a whole question introduced by "and", not an ellipsis.
            if fragment and not re.match(rf"^{WH}\b", fragment, re.I) and len(fragment.split()) <= 6:
                return fragment
    return None


def named_fragment(question: str) -> str | None:
    """The name an elliptical follow-up asks about when that is all it says ("And Gotion?", "what about
    the CPPCC"), else None: "And in 2024?" and "What about the other one?" name nothing."""
    body = _clean(expand_contractions(INTERJECTION.sub("", without_fillers(question))))
    fragment = _elliptical_fragment(body)
    if fragment is None or _QUALIFIER.match(fragment) or _OTHER_PHRASE.search(fragment):
        return None
    name = re.sub(r"^the\s+", "", fragment, flags=re.I)
    return fragment if _entity_spans(name) == [(0, len(name))] else None


def _entity_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of named entities: runs of capitalised words/acronyms/numbers, joined by 'and'/'&'.

    The first word (of the text, a sentence or a borrowed question in brackets) counts only when it is
    not an ordinary question starter ("What", "How").
    """
    words = list(_WORD.finditer(text))
    spans: list[tuple[int, int]] = []
    current: list[int] | None = None
    for position, match in enumerate(words):
        token = match.group()
        starts = position == 0 or text[: match.start()].rstrip().endswith((".", "?", "!", "(", ":"))
        named = _looks_named(token) and not (
            starts and (token.lower() in _QUESTION_STARTERS or _NOT_NAMES_AT_START.match(token))
        )
        joiner = token.lower() in {"and", "&", "of"} and current is not None
        if named:
            if current is None:
                current = [match.start(), match.end()]
            else:
                current[1] = match.end()
        elif joiner and position + 1 < len(words) and _looks_named(words[position + 1].group()):
            continue
        elif current is not None:
            spans.append((current[0], current[1]))
            current = None
    if current is not None:
        spans.append((current[0], current[1]))
    return [_with_head_noun(text, span) for span in spans]


# "Chinese", "German": a people's adjective, which names with the noun after it ("the Chinese government").
_DEMONYM = re.compile(
    r"(?:Chinese|American|British|European|German|French|Japanese|Korean|Indian|Canadian|Australian|Russian|"
    r"Brazilian|Mexican|Italian|Spanish|Taiwanese|Vietnamese)"
)
_HEAD_NOUN_AFTER = re.compile(
    r"\s+(government|authorities|state|central\s+government|leadership|regulators?)\b"
)


def _with_head_noun(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A lone people's adjective taken with the noun it names by: "the Chinese government", not "Chinese"."""
    start, end = span
    head = _HEAD_NOUN_AFTER.match(text, end) if _DEMONYM.fullmatch(text[start:end]) else None
    return (start, head.end()) if head else span


# "There's a link ...", "Here's the thing": an opening word that names nothing.
_NOT_NAMES_AT_START = re.compile(r"^(?:there|here)(?:['’]s|['’]re)?$", re.I)


def _looks_named(token: str) -> bool:
    """Capitalised word, acronym or something with digits (RMB1.3, 2024), but no pronoun ("Someone")."""
    if token.lower() in _INDEFINITE_PRONOUNS or token.endswith(("n't", "n’t")):
        return False  # (nor a negated auxiliary: "Isn't")
    return token[:1].isupper() or any(ch.isdigit() for ch in token)


_INDEFINITE_PRONOUNS = frozenset(
    {
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "nobody",
        "anything",
        "something",
        "nothing",
        "everything",
    }
)


def _another_year(fragment: str, previous: str) -> bool:
    """Whether the fragment names a year and the previous question another one."""
    years, before = set(_YEAR.findall(fragment)), set(_YEAR.findall(previous))
    return bool(years and before and not years & before)


def _substitute_fragment(previous: str, fragment: str) -> str:
    """Put the follow-up's new subject/topic into the previous standalone question."""
    fragment = re.sub(r"^(?:the\s+)?(?:about|regarding)\s+", "", fragment, flags=re.I)
    # "And in 2023?", "What about 2023?": the same question of another year, the one it is dated by ("in
    # 2023", not "the Paris 2024 budget"), else its last year.
    # "What about 2025 so far?" keeps its qualifier with the year.
    if _THIS_YEAR.fullmatch(fragment) and _DATED.search(previous):
        # "How many ... in 2024?" -> "and so far this year?": the same, of this year, not of 2024
        dated = list(_DATED.finditer(previous))[-1]
        return previous[: dated.start()] + "so far this year" + previous[dated.end() :]
    period = _PERIOD_OF_YEAR.fullmatch(fragment)
    if period and _YEAR.search(previous):
        year = period.group("year")
        dated = list(_DATED.finditer(previous)) or list(_YEAR.finditer(previous))
        target = _YEAR.search(previous, dated[-1].start()) if dated else None
        if target is not None:
            rest = period.group("rest") or (" so far" if period.group("lead") else "")  # "so far in 2025"
            return previous[: target.start()] + year + rest + previous[target.end() :]
    this_year = list(_THIS_YEAR.finditer(previous))
    if this_year and (period or _LAST_OR_NEXT_YEAR.fullmatch(fragment)):
        # "How much ... this year?" -> "And in 2024?", "And last year?": the same, of that year
        said = fragment if not period or re.match(r"\D", fragment) else f"in {fragment}"
        return previous[: this_year[-1].start()] + said + previous[this_year[-1].end() :]
    if re.match(r"^(?:on|for|in|with|regarding|about|during|after|before|by)\b", fragment, re.I):
        return f"{previous} {fragment}"  # "and on safety?" adds a qualifier
    entities = _entity_spans(previous)
    if entities and (_entity_spans(fragment) or not _topic_phrase(previous)):
        start, end = entities[0]  # with several names, the subject comes first ("What did X say about Y")
        if _entity_spans(fragment):  # "CATL's chief executive" -> "CALB": the new name, not its executive
            role = _OWNED_ROLE.match(previous, end)
            end = role.end() if role else end
            titled = role or _ROLE_TITLE.search(previous[start:end])
            start = start - 4 if titled and previous[:start].lower().endswith("the ") else start
        return _splice(previous, start, end, fragment)
    topic = _topic_phrase(previous)
    if topic is not None:
        start, end = topic
        return _splice(previous, start, end, fragment)
    if entities:
        start, end = entities[0]
        return _splice(previous, start, end, fragment)
    return f"{previous} {fragment}"


# "and the car ones?", "the white one?": the same things as the previous question's, of another kind.
_ONES_OF_A_KIND = re.compile(r"^(?:the\s+)?(?P<kind>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?P<ones>ones|one)$", re.I)
_NOT_A_KIND = word_set("other same new old first last next previous right wrong big small main")


def _ones_of_another_kind(previous: str, fragment: str) -> str | None:
    """ "Which battery companies spoke?" + "and the car ones?" -> "Which car companies spoke?": the kind word
    before the previous question's first noun of that number put in for the new one; None when the
    fragment names no kind ("the other ones") or the previous question has no such noun."""
    asked = _ONES_OF_A_KIND.match(fragment.strip())
    if asked is None or asked.group("kind").lower() in _NOT_A_KIND:
        return None
    for pair in re.finditer(r"(?<!['’])\b(?=(?P<kind>[\w-]+)\s+(?P<noun>[a-z][\w-]*)\b)", previous):
        kind, noun = pair.group("kind"), pair.group("noun")
        if kind.lower() in _NOT_A_MODIFIER or noun.lower() in _NOT_A_MODIFIER or kind[:1].isdigit():
            continue
        if (asked.group("ones").lower() == "ones") != (noun.endswith("s") and not noun.endswith("ss")):
            continue
        return previous[: pair.start("kind")] + asked.group("kind") + previous[pair.end("kind") :]
    return None


# "and for queries?", "and about prices?": the same question, of what follows the same preposition.
_SAME_PREPOSITION = re.compile(
    r"^(?:(?:and|but|so|what)\s+)?(?:about\s+)?(?P<asked>(?P<prep>for|about|on|to|with)\s+[^?,]+?)\W*$", re.I
)


def _splice(previous: str, start: int, end: int, fragment: str) -> str:
    """Replace ``previous[start:end]`` with ``fragment`` without doubling an article ("the the")."""
    head = previous[:start]
    if re.match(r"^(?:the|a|an)\s", fragment, re.I):
        head = re.sub(r"\b(?:the|a|an)\s+$", "", head, flags=re.I)
    return head + fragment + previous[end:]


def _singular(phrase: str) -> str:
    """ "battery companies" -> "battery company", "bodies" -> "body", "people" -> "person"."""
    *head, last = phrase.split()
    if last.lower() == "people":
        last = "person"
    elif last.lower().endswith("ies"):
        last = last[:-3] + "y"
    elif last.lower().endswith(("sses", "shes", "ches")):
        last = last[:-2]
    elif last.lower().endswith("s"):
        last = last[:-1]
    return " ".join([*head, last])


def _phrase_ending_in(previous: str, noun: str) -> str | None:
    """The noun phrase of the previous question that ends in ``noun`` and starts with an article ("the trade
    in scheme"), or None."""
    match = re.search(rf"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}\b", previous, re.I)
    if match is None:
        return None
    phrase = match.group()
    return "the" + phrase[phrase.index(" ") :] if not phrase.lower().startswith("the ") else phrase


def _earlier_phrase_ending_in(questions: list[str], noun: str) -> str | None:
    """The latest earlier question's noun phrase that "those bonds" / "that scheme" points back to: one
    ending in the noun, or in its singular ("the ultra-long-term bond plan" -> "the ultra-long-term
    bonds")."""
    for question in questions:
        phrase = _phrase_ending_in(question, noun)
        if phrase is not None:
            return phrase
        singular = _singular(noun)
        phrase = _phrase_ending_in(question, singular) if singular != noun else None
        if phrase is not None:
            return phrase + noun[len(singular) :] if noun.startswith(singular) else phrase
        phrase = _bare_plural_ending_in(question, noun) if singular != noun else None
        if phrase is not None:
            return phrase
    return None


_NOT_A_MODIFIER = (
    _FUNCTION_WORDS
    | _QUESTION_STARTERS
    | word_set(
        "the a an many much some all any other those these that this their its his her our your my not no "
        "regarding concerning including"
    )
)


def _bare_plural_ending_in(question: str, noun: str) -> str | None:
    """A plural noun phrase without an article that "those companies" points back to: the noun with one
    word before it, or two joined by "and" ("How did **EV and battery companies** react?"), just after a
    function word, so that no subject or verb is taken for a modifier ("Do care homes accept dogs?": None,
    "Which airlines cancelled flights?": None)."""
    match = re.search(
        rf"(?:^|\s)(?P<before>\S+)\s+(?P<phrase>(?:[\w-]+\s+(?:and|&)\s+)?[\w-]+\s+{re.escape(noun)})\b",
        question,
        re.I,
    )
    if match is None or match.group("before").lower() not in _FUNCTION_WORDS - {"and", "or"}:
        return None
    words = match.group("phrase").split()[:-1]
    if any(word.lower() in _NOT_A_MODIFIER for word in words if word.lower() not in ("and", "&")):
        return None
    return match.group("phrase")


def _asked_noun_phrase(previous: str) -> str | None:
    """The noun phrase a what/which question asks for ("What **monetary policy stance** did the report set
    out?"), or None when the verb comes first ("What did Xiaomi call for?") or it is a kind of something
    ("What kind of body ...")."""
    match = _ASKED_NOUN_PHRASE.match(previous)
    if match is None:
        return None
    words = match.group(1).lower().split()
    if any(word in _AUX_WORDS or word in _PREPOSITIONS for word in words) or words[0] in _KIND_OF:
        return None
    return match.group(1)


# Where a sum goes, or what gets it: the topic of "How much (money) is going to X?" and "X gets how much?".
_DESTINATION = re.compile(
    r"^how\s+(?:much|many)(?:\s+\w+)?\s+(?:is|are|was|were|will\s+be)\s+"
    r"(?:going|allocated|earmarked|set\s+aside)\s+(?:to|for|into|towards?)\s+(?P<t>[^()]+?)(?:\s+\(|$)"
    r"|^(?P<t2>[^()]+?)\s+(?:gets?|got|receives?|received)\s+how\s+(?:much|many)\b",
    re.I,
)


# The acronym a question asks the long form of: "What does RRR stand for?", "the NPC's full name", "the
# full name of the CPPCC".
_LONG_FORM_OF = re.compile(
    r"(?i:\bwhat(?:\s+(?:does|do|did|is|was)|['’]s)\s+(?:the\s+)?)(?P<t>(?!(?i:it|this|that|they|abbreviation|acronym)\b)"
    r"[A-Za-z][\w&]{1,7})\s+(?i:stands?|is\s+short|short)\s+for\b"
    r"|\b(?P<t2>[A-Z][A-Z\d&]{1,7})(?=['’]s\s+(?i:full\s+(?:english\s+)?(?:name|form))\b)"
    r"|(?i:\bfull\s+(?:english\s+)?(?:name|form)\s+(?:of|for|behind)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+)?)"
    r"(?P<t3>[A-Z][A-Z\d&]{1,7})\b"
)


def _topic_phrase(previous: str, destinations: bool = True) -> tuple[int, int] | None:
    """Span of the topic noun phrase in a standalone question, or None.

    "... about monetary policy" -> "monetary policy"; "What is the digital traceability system" -> the
    phrase after the copula; "How much is the bond issuance" likewise.
    """
    match = _LONG_FORM_OF.search(previous)
    if match:  # "What does RRR stand for?", "the NPC's full name": the RRR, the NPC
        group = next(name for name in ("t", "t2", "t3") if match.group(name))
        return match.start(group), match.end(group)
    match = re.search(rf"\b{_TOPIC_PREPOSITIONS}\s+(?P<t>.+)$", previous, re.I)
    if match:
        return _without_borrowed(previous, match.start("t"), match.end("t"))
    match = _DESTINATION.match(previous) if destinations else None
    if match:  # "How much money is going to the trade-in scheme?", "Trade-in scheme gets how much?"
        group = "t" if match.group("t") else "t2"
        return _without_borrowed(previous, match.start(group), match.end(group))
    match = re.match(
        rf"^{WH}\s+(?:is|are|was|were)\s+(?:(?:considered|seen\s+as|regarded\s+as|viewed\s+as)\s+)?"
        r"(?P<t>.+?)(?:\s+(?:going|set|expected|likely|supposed)\s+to\s+be)?(?:\s+(?:for|about|to|from|with))?$",
        previous,
        re.I,
    )
    if match:  # "What is the allocation for?": the allocation
        return _without_borrowed(previous, match.start("t"), match.end("t"))
    match = re.match(rf"^{WH}\s+{_AUX}\s+(?P<t>.+)$", previous, re.I)
    if match:
        words = match.group("t").split()
        if len(words) >= 3 and words[-1].lower() == "about" and words[-2].lower() in _REPORTING_VERBS:
            # "What did Geely and GAC talk about?": Geely and GAC ("about" would make what follows the topic)
            end = match.start("t") + len(match.group("t")) - len(" ".join(words[-2:])) - 1
            return _without_borrowed(previous, match.start("t"), end)
        passive = re.search(
            r"\s+(?:be|been|being)\s+[a-z]+(?:ed|en|t)(?:\s+(?:for|on|to|by|in|as))?$", match.group("t")
        )
        if passive and passive.start() > 0:  # "What will the RMB300 billion be used for?": the RMB300 billion
            return _without_borrowed(previous, match.start("t"), match.start("t") + passive.start())
        if len(words) >= 2 and (words[-1].lower() in _REPORTING_VERBS or words[-1].lower() == "be"):
            end = match.start("t") + len(match.group("t")) - len(words[-1]) - 1
            return _without_borrowed(previous, match.start("t"), end)
        return _without_borrowed(previous, match.start("t"), match.end("t"))
    return None


def _without_borrowed(previous: str, start: int, end: int) -> tuple[int, int]:
    """A topic's span up to the context a rewrite borrowed in brackets ("that figure (How many ...)")."""
    bracket = previous.find(" (", start, end)
    if bracket < 0:
        return start, end
    dangling = re.search(r"\s+(?:for|about|to|from|with|of|in|on)$", previous[start:bracket], re.I)
    return start, start + dangling.start() if dangling else bracket  # "that figure from (...)": that figure


# Words a subject pronoun can follow ("did they", "and they", "what they"); after any other word ("the
# target they set") it opens a relative clause.
_MAY_PRECEDE_A_SUBJECT = (
    _SUBJECT_AUXILIARIES
    | _QUESTION_STARTERS
    | _FUNCTION_WORDS
    | {"is", "are", "was", "were", "has", "have", "had", "do", "and", "but", "so", "or", "if", "because"}
    | {"as"}
    | {"that", "then", "when", "while", "since", "though", "although", "whether", "where", "how", "why"}
    | {"else", "anything", "something", "everything", "nothing", "all", "ever", "really", "actually", "also"}
)


_DETERMINERS = ARTICLES | {"my"}


def _plain_content(word: str | None) -> bool:
    """A lowercase word that is neither a function word nor an auxiliary: part of a noun phrase."""
    return bool(word) and word.isalpha() and word not in _FUNCTION_WORDS | _AUX_WORDS | _PREPOSITIONS


# Acronyms of things, not names: "did the EV companies like it?" still refers back.
_COMMON_ACRONYM = re.compile(r"\b(?:EVs?|NEVs?|AI|GDP|CPI|PPI|IPOs?|R&D)\b")


# Nouns for a body a place answered may be: "that body", "that committee" (not "that person", "that company").
_BODY_NOUNS = word_set(
    "body organ institution assembly council committee court chamber agency parliament congress"
)


def _first_answer_sentence(turn: Turn) -> str:
    """The answer's first sentence, without its citation marker."""
    return re.split(r"\[\d+\]|(?<=[.!?])\s", turn.answer, maxsplit=1)[0]


def _place_answered(previous: str, turn: Turn) -> str | None:
    """The named place a "Where ...?" turn was answered with ("Where was the report presented?" -> "The
    report presented at the NPC ..." -> "the NPC"), which "that body" may then mean; None for any other."""
    if turn.abstained or not re.match(r"(?:and\s+|so\s+)?where\b", previous, re.I):
        return None
    first_sentence = _first_answer_sentence(turn)
    # ("at the NPC", "to the City Council": a body, not "in March", "in Leeds" or "at City Hall")
    place = re.search(
        r"\b(?:at|to|before|by|with)\s+the\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)", first_sentence
    )
    return f"the {place.group('name')}" if place else None


def _done_to_in_answer(body: str, pronoun: str, turn: Turn) -> str | None:
    """What the previous answer says is to have done to it what a follow-up's verb does to its pronoun:
    "lithium battery regulations should be altered" -> "What was the point of altering them?" is of the
    regulations. None when the word before the pronoun is no verb ("paying for it") or the answer does not
    put that verb in the passive ("were reviewing the terms" is no passive)."""
    if turn.abstained or pronoun not in ("it", "them"):
        return None
    verb = re.search(rf"\b(?P<before>[a-z]+\s+)?(?P<verb>[a-z]{{3,}})\s+{pronoun}\b", body, re.I)
    if verb is None or verb.group("verb").lower() in _NOT_DONE_TO:
        return None
    word = verb.group("verb").lower()
    before = (verb.group("before") or "").strip().lower()
    if not (word.endswith("ing") or before in _BEFORE_A_BARE_VERB):
        return None  # ("Who is paying for it?": "for" is no verb; "why cut them", "to change them" are)
    stem = re.sub(r"(?:ing|ed|es|e|s)$", "", word) if len(word) > 5 else word
    passive = re.search(
        rf"\b(?:be|been|being|is|are|was|were)\s+{re.escape(stem)}\w*(?:ed|en)\b", turn.answer, re.I
    )
    if passive is None:
        return None
    before_words = re.findall(r"[\w’'-]+|[^\w\s]", turn.answer[: passive.start()])
    while before_words and before_words[-1].lower() in (
        "should",
        "would",
        "could",
        "must",
        "will",
        "can",
        "to",
        "need",
    ):
        before_words.pop()
    phrase: list[str] = []
    while (
        before_words
        and re.fullmatch(r"[A-Za-z][\w’'-]*", before_words[-1])
        and before_words[-1].lower() not in _OPENS_A_NOUN_PHRASE
    ):
        phrase.insert(0, before_words.pop())
    if not phrase:
        return None
    opens_sentence = not before_words or before_words[-1] in (".", "!", "?")
    if (
        opens_sentence and not phrase[0].isupper()
    ):  # "Two bus routes will be cut.": no name, a sentence opener
        phrase[0] = phrase[0].lower()
    return "the " + " ".join(phrase)


# Words a bare verb follows in a question ("why cut them?", "to change them", "did they alter it").
_BEFORE_A_BARE_VERB = word_set("why to did do does will would should can could must not")
# Words before a noun phrase, where one done to stops: "mentioned **that** lithium battery regulations".
_OPENS_A_NOUN_PHRASE = word_set(
    "that the a an this these those of for to and or in on at with by its their his her which who whose what "
    "said mentioned called wants wanted proposed suggested"
)
# Verbs whose object is what someone said or asked, not a thing done to: "asking them", "said it".
_NOT_DONE_TO = word_set("ask say said tell told mention call want need see hear thank")


def _dangling_reference(body: str) -> str | None:
    """The pronoun/demonstrative that refers back with no topic of its own, else None."""
    subject = _PRONOUN_SUBJECT.match(body) or _WHY_THAT.match(body)
    if subject:  # "has it actually moved EV demand?": "it" acts, whatever names come after
        return (subject.group(1) or subject.group(2)).lower()
    named = _ROLE_TITLE.sub(" ", _DATED.sub(" ", _CURRENCY.sub(" ", body)))
    if "," not in body and re.search(
        r"\b(?:it|they|them)\b", body, re.I
    ):  # "did the EV firms like it?" refers back
        named = _COMMON_ACRONYM.sub(" ", named)
    if _entity_spans(named):
        # Names its own subject ("What did Tianneng suggest?"); "US dollars" is a unit, "in 2024" a time and
        # "CEO" a title ("Who is its CEO?" still refers back).
        return None
    words = [w.lower() for w in _WORD.findall(body)]
    determiner = None  # "those swapping places": a reference only when nothing else refers back
    for index, word in enumerate(words):
        before = words[index - 1] if index > 0 else ""
        noun_phrase = any(w in _DETERMINERS for w in words[max(0, index - 3) : index - 1])
        if word in ("they", "he", "she") and before not in _MAY_PRECEDE_A_SUBJECT and noun_phrase:
            continue  # "the growth target they're aiming for": a relative clause's someone, not a reference
        if word in _PRONOUNS:
            return word
        if word in _DEMONSTRATIVES:
            following = words[index + 1] if index + 1 < len(words) else None
            following = re.sub(r"['’]s$", "", following) if following else None  # "that executive's name"
            after_next = words[index + 2] if index + 2 < len(words) else None
            if following in ("year", "month", "week", "quarter", "time", "decade"):
                continue  # "this year": when, not what
            kind = following in _KIND_NOUNS or following in _REFERRING_NOUNS  # "that firm", "that figure"
            subject = before in _SUBJECT_AUXILIARIES | {"is", "are", "was", "were", "has", "have", "had"}
            if not kind and not subject and _plain_content(following) and _plain_content(after_next):
                determiner = determiner or word  # "more of those swapping places": a noun phrase of its own
                continue
            # "how much of that goes", "how does that compare": a pronoun after a preposition or auxiliary
            after_preposition = index > 0 and words[index - 1] in _PREPOSITIONS | _SUBJECT_AUXILIARIES
            # "Why is that important?", "how is that good for EVs?": what was just said, described
            described = index > 1 and words[index - 1] in ("is", "was") and words[0] == "why"
            after_preposition |= described
            if following in _KIND_NOUNS:  # "that company": whichever the previous turn was about
                return f"{word} {following}"
            # (or a particle: "who brought that up", "who put that forward")
            if (
                following is None
                or following in _FUNCTION_WORDS | {"up", "forward"}
                or following in _REFERRING_NOUNS
            ):
                return word
            if after_preposition:
                return word
    return determiner


# A pronoun that is the subject of a question ("has **it** moved EV demand?", "what did **they** say about
# CATL?"), but not the "it" of "is it true/so that ...".
_PRONOUN_SUBJECT = re.compile(
    rf"^(?:(?:and|so|but)\s+)?(?:{WH}\s+(?:[a-z]+\s+)?)?(?:{_AUX})\s+(?:(?:really|actually|also|ever)\s+)?"
    r"(it|they|he|she)\b(?!\s+(?:true|the\s+case|so|possible|fair|right|correct|accurate|likely|known|said|clear)\b)",
    re.I,
)
# "Why is that a big deal for EVs?", "and why this is relevant?": what was just said, whatever it is for.
_WHY_THAT = re.compile(
    r"^(?:(?:and|so|but)\s+)?why\s+(?:(?:is|was|would|will|could|does|did)\s+(that|this)\s+(?=(?:a|an|"
    r"important|relevant|significant|key|crucial|central|necessary|needed|good|bad|big|matter|help|"
    r"useful|helpful|interesting|notable|true)\b)|(that|this)\s+(?:is|was|would|matters|helps)\b)",
    re.I,
)
_WHICH_OF_TWO = re.compile(
    r"^(?i:which\s+(?:one\s+)?of\s+(?:the\s+)?)([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?i:and|or)\s+"
    r"(?i:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\b"
)

# "Which body heard from the companies, the NPC or the CPPCC?": the options offered last.
_TRAILING_OPTIONS = re.compile(
    r"^(?i:which)\b[^,?]+,\s+(?i:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?i:or)\s+"
    r"(?i:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\W*$"
)


_ASKED_KINDS = {"ministry", "department", "agency", "bank", "council", "committee", "office", "bureau"}


def _answered_name(turn: Turn) -> str | None:
    """The name a "Which company ...?"/"Who ...?" turn was answered with, if it asked for one: the first
    run of capitalised words in the answer's first sentence that the question does not contain, not a
    pronoun, month or connective ("Separately, CALB called for ..." -> "CALB")."""
    if turn.abstained:
        return None
    standalone = asked_part(turn.standalone.strip())  # "customer asks which company ...": which company
    choice = _WHICH_OF_TWO.match(standalone) or _TRAILING_OPTIONS.search(standalone)
    if choice:  # "Which of the NPC and the CPPCC is the advisory one?": the one the answer names first
        named = [name for name in choice.group(1, 2) if re.search(rf"\b{re.escape(name)}\b", turn.answer)]
        return min(named, key=turn.answer.find) if named else None
    asking = re.split(r"\s+[-–—]+\s+|:\s+", standalone)[-1]  # "Battery swapping - which OEMs raised it?"
    if not _ASKS_FOR_A_NAME.match(expand_contractions(standalone)) and not _ASKS_FOR_A_NAME.match(asking):
        return None
    described = _described_of_listed(turn.answer)
    if described is not None:  # "the NPC and the CPPCC. While the CPPCC is an advisory body ...": the CPPCC
        return described
    asked = {w.lower() for w in _WORD.findall(standalone)}
    first_sentence = _first_answer_sentence(turn)
    tokens = re.findall(r"[A-Za-z0-9][\w'’&-]*|[.,;:()]", first_sentence)
    run: list[str] = []

    def named(position: int) -> bool:
        token = tokens[position] if position < len(tokens) else ""
        plain = token.lower()
        opener = position == 0 and (
            plain in SENTENCE_OPENERS or (plain.endswith("ly") and tokens[1:2] == [","])  # "Notably, ..."
        )
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        # "China’s energy sector": whose, not who (but "National People’s Congress" is one name)
        possessive = not run and plain.endswith(("'s", "’s")) and not following[:1].isupper()
        # "Which ministry ...?" -> "the Ministry of Finance": the kind asked for opens the name it has
        of_name = plain in _ASKED_KINDS and following.lower() == "of"
        return (
            token[:1].isupper()
            and plain not in _NOT_A_NAME
            and (plain not in asked or of_name)
            and not opener
            and not possessive
        )

    for position, token in enumerate(tokens):
        if named(position):
            run.append(token)
        elif run and token.lower() in {"of", "and", "&"} and named(position + 1):
            run.append(token)  # "CEO of CATL", "Geely and GAC"
        elif run:
            break
    return " ".join(run) or None


def _substitute_pronoun(body: str, pronoun: str, name: str) -> str:
    if pronoun in {"its", "their", "his"}:
        name += "'" if name.endswith("s") else "'s"
    return re.compile(rf"\b{re.escape(pronoun)}\b", re.I).sub(lambda _: name, body, count=1)


# "To what level?", "Through what mechanism?", "By which date?": a what-noun of what was just said.
_WH_NOUN_FRAGMENT = re.compile(
    r"^(?:and\s+|but\s+)?(?:to|up\s+to|through|by|in|at|from|with|via|under|on|until|for|out\s+of)\s+"
    r"(?:(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+|exact\s+|specific\s+)?[a-z-]+"
    r"|how\s+(?:much|many)(?:\s+[a-z-]+)?)$",
    re.I,
)
# "industry reaction?", "market response?": a few words ending in a noun that relates them to something
# unsaid, which is what was just asked about.
_RELATION_ONLY = re.compile(
    r"^(?:and\s+|so\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:reactions?|responses?|impacts?|effects?|"
    rf"timeline|timing|goals?|aims?|purpose|reasoning|mechanism|upshot|take|verdict|logic|basis|powers|duties|"
    rf"responsibilities|members|membership|{'|'.join(WHY_NOUNS)})$",
    re.I,
)
# "data from whom", "standardise what exactly", "funded by whom?": a few words that ask at their end.
_WH_LAST = re.compile(
    r"^(?:and\s+)?(?:[a-z-]+\s+){1,3}(?:who|whom|what|which|where|when)(?:\s+exactly)?\W*$", re.I
)
# "who feeds data in?", "which firms would plug into?": a verb whose object is left out, what was asked.
_STRANDED_PARTICLE = re.compile(r"^(?:who|what|which)(?:\s+[a-z-]+){1,3}\s+(?:in|into|to|from|for)$", re.I)
# "done that", "do it again": the doing the previous question asked about, which the words do not name.
_DONE_THAT = re.compile(r"\b(?:do|does|did|done)\s+(?:that|this|it)\b", re.I)
# "What did Tianneng propose?", "What has CALB pushed for?": a question for someone's words.
_WORDS_ASKED = re.compile(
    rf"^what\s+(?:did|does|do|has|have|had)\s+.+?\s+(?:{'|'.join(sorted(_REPORTING_VERBS - {'do', 'plan'}))})"
    r"(?:ed|s|d)?(?:\s+(?:for|up|forward|about))?(?:\s+(?:at|in|during)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?$",
    re.I,
)


def _stands_for_words(body: str, pronoun: str, previous: str) -> bool:
    """Whether "that", or "it" not as a subject, stands for what someone was just asked to have said
    ("What did Tianneng propose?" -> "who would feed data into that?"), not for the one who said it."""
    if not _WORDS_ASKED.match(previous):
        return False
    subject = re.search(rf"\b(?:{_AUX})\s+{pronoun}\b", body, re.I)  # "Why does that matter?": the proposal's
    # "them" a verb acts on ("the point of changing them") is what was said; "agreed with them", its sayers
    things = pronoun == "them" and not re.search(r"\b(?:with|to|for|from|against|by)\s+them\b", body, re.I)
    return (pronoun in ("that", "this", "it") or things) and subject is None


_AGENT_HEADS = {"government", "ministry", "authorities", "state", "bank", "regulator", "council", "committee"}
# The subject of a yes/no question, up to what is asked of it: "Is **the trade-in scheme** relevant ...?",
# "Has **the RRR** been cut before?".
_YES_NO_SUBJECT = re.compile(
    r"^(?:is|was|are|were|has|have|will|does|did)\s+(the\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+"
    r"(?=(?:relevant|important|key|still|really|actually|going|being|likely|expected|set|big|good|bad|"
    r"helpful|useful|over|done|finished|needed|necessary|effective|worth|part|a|an|any|been|be)\b|[a-z]+(?:ed|ing)\b)",
    re.I,
)


# The subject of a claim checked: "Is it true (that) the trade-in scheme has been important ...?"
_CLAIM_SUBJECT = re.compile(
    rf"^(?:{CLAIM_LEAD}|(?:does|did)\s+the\s+(?:article|text|report|piece)\s+"
    r"(?:say|state|claim|suggest))\s+(?:that\s+)?(the\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|[a-z]+s|[a-z]+ed)\s+(?=[a-z])",
    re.I,
)


def _resolve_reference(body: str, pronoun: str, previous: str) -> str:
    """Replace the pronoun with the previous question's topic (or entity, for people/companies)."""
    if _stands_for_words(body, pronoun, previous):
        return f"{body} ({previous})"
    entities = _entity_spans(previous)
    topic = _topic_phrase(previous)
    destination = _DESTINATION.match(previous)
    object_of = re.search(rf"\b(?:for|into|to|on|about|from|with|of|in)\s+{re.escape(pronoun)}\b", body, re.I)
    asks_a_sum = re.match(r"^(?:and\s+)?how\s+(?:much|many)\b", body, re.I)
    if destination and destination.group("t") and not object_of and asks_a_sum:
        # "How much is going to X?" -> "And how much was it last year?": that sum, not X (but "has it helped
        # EVs?" asks of X)
        topic = _topic_phrase(previous, destinations=False)
    its_role = pronoun == "its" and bool(re.search(rf"\bits\s+{_ROLE_TITLE.pattern}", body, re.I))
    # "What did Xiaomi push for?" -> "Which of its car models ...?": the named subject's, not the topic's
    its_role = its_role or (
        pronoun == "its"
        and bool(entities)
        and re.match(
            rf"^\w+\s+{_AUX}\s+(?:the\s+)?{re.escape(previous[entities[0][0] : entities[0][1]])}",
            previous,
            re.I,
        )
        is not None
    )
    kind = pronoun.split()[-1] in _KIND_NOUNS
    acting = _acts(body, pronoun)
    asked_of = (
        (_YES_NO_SUBJECT.match(previous) or _CLAIM_SUBJECT.match(previous))
        if pronoun in ("it", "its")
        else None
    )
    agent = asked_of is not None and asked_of.group(1).split()[-1].lower() in _KIND_NOUNS | _AGENT_HEADS
    # "Is the trade-in scheme relevant for EVs?" -> "How much is it getting?": the scheme. Not an agent's
    # "it", which is what the agent acts on ("Has the government agreed to build it?").
    if asked_of is not None and not agent:
        antecedent = asked_of.group(1) + ("'s" if pronoun == "its" else "")
        return _with_pronoun_replaced(body, pronoun, antecedent)
    subject = _acting_subject(previous) if acting and not entities else ""
    group = _PLURAL_GROUP.search(previous) if pronoun in ("they", "them", "their") else None
    # "Chinese EV and battery companies": the name opens the group, which "they" are all of
    named_group = [
        start
        for start, end in (entities if group is not None else [])
        if re.fullmatch(r"\s+(?:[a-z][\w-]*\s+)?(?:(?:and|&)\s+)?", previous[end : group.start()])
    ]
    if group is not None and named_group:
        subject, entities = previous[named_group[0] : group.end()], []
    elif group is not None and not entities:  # "what could X do for new energy companies?" -> "how did they
        subject = group.group()  # react?": the companies, a group that can react, not X
    agent = _AGENT_SUBJECT.search(previous) if pronoun in _PERSON_PRONOUNS else None
    if agent is not None and entities and agent.start() < entities[0][0]:
        # "what's the government planning to do with the RRR?" -> "have they done that before?": the
        # government; and an "it" besides is the name it was asked about ("What does the government say
        # about AI?" -> "what term do they use for it?")
        named = previous[entities[0][0] : entities[0][1]]
        body = _with_pronoun_replaced(body, "it", named)
        subject, entities = agent.group("agent"), []
    changed = (
        re.search(rf"\b{_CHANGING}\s+{re.escape(pronoun)}\b", body, re.I)
        if pronoun in ("them", "it")
        else None
    )
    if changed and topic is not None and not _looks_named(previous[topic[0] : topic[1]]):
        # "What did Gotion say about the transport rules?" -> "Why change them?": the rules, not Gotion (who
        # wants them changed, which the question asked of it tells)
        replaced = _with_pronoun_replaced(body, pronoun, previous[topic[0] : topic[1]])
        return f"{replaced.rstrip(' ?')} ({previous.rstrip(' ?')})" if entities else replaced
    if (pronoun in _PERSON_PRONOUNS or its_role or kind or acting) and entities:
        start, end = entities[0]
        role = _OWNED_ROLE.match(previous, end) if pronoun in ("he", "she", "him", "her", "his") else None
        antecedent = previous[start : role.end() if role else end]  # "he" is "CATL's boss", not CATL
        if not role:  # "what was Gotion's suggestion?" -> "why did they want it?": Gotion, not Gotion's
            antecedent = re.sub(r"['’]s$", "", antecedent)
        if pronoun in {"their", "his", "her", "its"} and not antecedent.endswith("s"):
            antecedent += "'s"  # "Who is its CEO?" -> "Who is Xiaomi's CEO?" ("its peak" is the topic's)
    elif subject:  # "What stance does the government plan?"
        antecedent = subject
    elif topic is not None:
        antecedent = previous[topic[0] : topic[1]]
        if pronoun in _PERSON_PRONOUNS and re.search(r"\b(?:they|he|she|we)\b", antecedent, re.I):
            return f"{body} ({previous})"  # "the problem they mentioned" is no "they" of its own
        borrowed = re.search(r"\(([^()]+)\)\W*$", previous)
        if borrowed and re.fullmatch(r"the\s+[a-z]+", antecedent, re.I):
            # "What was the idea (Which company suggested X)?" -> "who would feed data into it?": into that
            # idea, of what it was asked of
            replaced = _with_pronoun_replaced(body, pronoun, antecedent).rstrip(" ?")
            return f"{replaced} ({borrowed.group(1)})"
        owner = re.match(r"(?:the\s+)?(\w+)['’]s\s", antecedent, re.I) if acting else None
        if owner is not None and owner.group(1).lower() in _AGENT_HEADS:
            antecedent = owner.group()[
                :-3
            ]  # "the government's policy" -> "Has it cut the RRR?": the government
    elif entities and pronoun not in _DEMONSTRATIVES:
        antecedent = previous[entities[0][0] : entities[0][1]]
    else:  # "Geely's proposal?" -> "Who else backed that?": that proposal, not Geely
        return f"{body} ({previous})"
    if pronoun == "there":
        # (a place the previous question named stands for "there"; a name that is no place, such as a link's
        # label, does not, and the whole previous question is the context)
        place = re.search(rf"\b(?:in|at|to|from|into|on)\s+(?:the\s+)?{re.escape(antecedent)}\b", previous)
        return f"{body} ({antecedent if place else previous})"
    owning = pronoun == "his" or re.search(
        r"\bher\s+(?!(?:to|and|or|about|for|if|that|a|an|the|with|from|at|in|on|as|by)\b)[a-z]", body, re.I
    )  # ("Who replaced her?", "asked her to go": whom, not whose)
    if pronoun in {"his", "her"} and owning and not re.search(r"['’]s?$", antecedent):
        antecedent += "'s"  # "what's his name?": the big battery maker's chief's name
    return _with_pronoun_replaced(body, pronoun, antecedent)


# "changing them", "to relax it": what is changed is a thing, such as rules, not whoever wants it changed.
_CHANGING = (
    r"(?:chang|alter|amend|loosen|eas|relax|tighten|updat|reform|revis|rewrit|scrap|abolish|overhaul)"
    r"(?:e|es|ed|ing|s)?"
)


# The "it" of "Is it true that ...", which stands for nothing said before.
_DUMMY_IT = re.compile(
    r"\b(?:is|was)\s+(it)\s+(?:true|so\s+that|the\s+case|correct|accurate|right(?!\s+now))\b", re.I
)


def _with_pronoun_replaced(body: str, pronoun: str, antecedent: str) -> str:
    """``body`` with its first ``pronoun`` (but a dummy "it") replaced by ``antecedent``."""
    dummies = {match.start(1) for match in _DUMMY_IT.finditer(body)}
    for match in re.finditer(rf"\b{re.escape(pronoun)}\b", body, re.I):
        if match.start() not in dummies:
            return body[: match.start()] + antecedent + body[match.end() :]
    return body


# A group of people or companies that "they" can stand for ("new energy companies", "EV makers").
_PLURAL_GROUP = re.compile(
    r"\b(?:(?!(?:for|of|to|the|a|an|in|on|with|by|do|does|did|from|and|or)\b)[a-z][\w-]*\s+){0,2}(?:companies|firms|makers|carmakers|automakers|manufacturers|producers|investors|"
    r"markets|consumers|banks|businesses|players|suppliers)\b",
    re.I,
)
# A body that acts, named as the subject of the previous question ("what's **the government** planning").
_AGENT_SUBJECT = re.compile(
    r"(?:\b(?:is|are|was|were|did|does|do|will|would|could|has|have)|['’]s)\s+(?P<agent>(?:the\s+)?(?:central\s+)?"
    r"(?-i:[A-Z][a-z]+\s+)?(?:government|ministry|authorities|state|regulators?|central\s+bank))\b",
    re.I,
)


def _acting_subject(previous: str) -> str:
    """The unnamed subject of a question's verb, "" if none: "What monetary stance does **the government**
    plan?", "How much will **the finance ministry** issue in ...?" (the words after the auxiliary up to
    the verb, which is taken to be the last word before a preposition or the end)."""
    boundary = "|".join(sorted(_PREPOSITIONS))
    pattern = rf"\b{_ACTING_AUX}\s+(the\s+[a-z]+(?:\s+[a-z]+){{1,3}}?)(?=\s+(?:{boundary})\b|$)"
    match = re.search(pattern, previous, re.I)
    if match is None:
        return ""
    words = match.group(1).split()
    if _THE_DOCUMENT.fullmatch(" ".join(words[:2])):
        return ""  # "What does the article say about X?" asks about X: the article does nothing in it
    verb = next((i for i, word in enumerate(words) if i >= 2 and word.lower() in _SUBJECT_VERBS), None)
    if verb is not None:  # "does the government have room to ...": the subject ends before "have"
        return " ".join(words[:verb])
    return " ".join(words[:-1]) if len(words) >= 3 else ""


def _acts(body: str, pronoun: str) -> bool:
    """Whether the pronoun is the subject of a verb ("how much did **it** issue"): then it stands for whoever
    the previous question named ("the Ministry of Finance"), not for its whole topic. Not after a copula
    or before "be" ("How much is it in dollars?" is about the amount)."""
    if pronoun not in ("it", "they"):
        return False
    return bool(re.search(rf"\b{_ACTING_AUX}\s+{pronoun}\s+(?!be\b)[a-z]+", body, re.I))


def _is_bare_fragment(body: str) -> bool:
    """A very short question with no name and no topic of its own ("Why?", "When?", "In dollars?")."""
    words = _WORD.findall(body)
    if _entity_spans(body) or len(words) > 3:
        return False
    content = [w for w in words if w.lower() not in _QUESTION_STARTERS and w.lower() not in _FUNCTION_WORDS]
    return len(content) <= 1 and (len(words) <= 2 or not content)


# "Who is CALB and what did it ask for?", "What's the NPC, and what about the CPPCC?": a second question
# joined to the first.
# "... and does it hold legislative power?": a yes/no question of what the first part asked about.
_YES_NO_OF_IT = r"(?:does|do|did|is|are|was|were|can|could|has|have|will|would)\s+(?:it|they|he|she)"
# "What kind of body is X", "Who is X", "What is X": what a later "does it ..." asks of, X itself.
_ASKS_WHAT_IT_IS = re.compile(
    r"^(?i:what|who)\s+(?i:(?:kind|type|sort)\s+of\s+[\w-]+\s+)?(?i:is|are|was|were)\s+(?i:the\s+)?[A-Z]|"
    r"^(?i:what)\s+(?i:kind|type|sort)\s+of\s+[\w-]+\s+(?i:does|do)\s+(?:the\s+)?(?i:article|text|report|piece)\s+"
    r"say\s+",
)
# "is it possible to ...", "is it true that ...": an "it" that stands for nothing.
_EXTRAPOSED_IT = re.compile(r"^(?:is|was|will)\s+it\s+(?:be\s+)?[a-z]+\s+(?:to|that)\b", re.I)
_JOINED_QUESTION = re.compile(
    rf"^(?P<first>(?:{WH}|is|are|was|were|do|does|did|can|could|has|have)\b[^?]{{6,}}?)"
    rf"(?:,\s*|\s+)(?:and|but|also|plus)\s+(?P<second>(?:{WH}|{_YES_NO_OF_IT})\b[^?]+)\?*$",
    re.I,
)
_MOST_PARTS = 3


def question_parts(question: str) -> list[str]:
    """The separate questions a message asks at once, each put to stand alone ("Who is CALB and what did it
    ask for?" -> ["Who is CALB?", "What did CALB ask for?"], "What is the NPC? What about the CPPCC?" ->
    ["What is the NPC?", "What is the CPPCC?"]); ``[question]`` when it asks one thing, or parts that only
    make sense together ("Why, and who said so?" leans on what came before; "What did X and Y want?" is one
    question; "the visiting hours and where the ward is" is one request)."""
    sentences = [
        s.strip() for s in re.split(r"(?<=\?)\s+", without_borrowed_context(question).strip()) if s.strip()
    ]
    pieces: list[str] = []
    # (the pieces split off a joined sentence; "What's his name? Is it actually in there?" is a check on the
    # first, not a part)
    joined_on: set[int] = set()
    for sentence in sentences:
        joined = _JOINED_QUESTION.match(sentence)
        pieces += [joined.group("first"), joined.group("second")] if joined else [sentence]
        if joined:
            joined_on.add(len(pieces) - 1)
    pieces = [_finish(_clean(piece)) for piece in pieces if _WORD.search(piece)]
    if not 1 < len(pieces) <= _MOST_PARTS or not _stands_alone(pieces[0]):
        return [question]
    if re.search(rf"\s(?:{WH})\b", pieces[0], re.I):
        return [question]  # "the difference between what X pays and what Y pays": one question
    parts = [pieces[0]]
    for index, piece in enumerate(pieces[1:], start=1):
        if not _PART_IN_QUESTION_ORDER.match(piece):
            return [question]  # "What's his name? Is it actually in there?": a check on the first part
        if re.match(_YES_NO_OF_IT, piece, re.I) and not (
            index in joined_on and _ASKS_WHAT_IT_IS.match(parts[-1]) and not _EXTRAPOSED_IT.match(piece)
        ):
            return [question]  # "What did Apple announce, and will it be available?": "it" is the product
        resolved = rewrite_followup(piece, [Turn(parts[-1], None, "", abstained=True)])
        if (
            re.search(r"[(:]", resolved)
            or re.search(rf"\s(?:{WH})\b", resolved, re.I)
            or not _stands_alone(resolved)
        ):
            return [question]  # a part that only makes sense with the one before it
        parts.append(capitalised(resolved))
    return parts if len({part.lower() for part in parts}) == len(parts) else [question]


# A question in a question's order: "what did it ask for", "who scored", "how long will it take", "what
# about X" (not "where the ward is").
_PART_IN_QUESTION_ORDER = re.compile(
    rf"^(?:(?:and|also|so)\s+)?(?:{WH}(?:\s+[\w’'-]+){{0,3}}?\s+{_AUX}\s+\w|(?:who|what)\s+[a-z]+ed\b"
    rf"|who\s+[a-z]+s\b|what\s+about\b|{_YES_NO_OF_IT}\s+\w)",
    re.I,
)


def _stands_alone(question: str) -> bool:
    """A question that needs nothing said before it: no pronoun left to resolve, nothing "else" or "other"
    than what was said, and a word of its own to ask about ("Who is CALB?", "How big is the levy?", not
    "Why?", "And who?" or "Who else scored?")."""
    if _dangling_reference(question) is not None or re.search(r"\b(?:else|other|others)\b", question, re.I):
        return False
    return any(word.lower() not in _ASKING_ONLY_WORDS for word in _WORD.findall(question))
