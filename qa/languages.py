"""Messages written partly in another language or dialect, put in plain English before they are read.

Each reader takes a message and returns it with its words of Tagalog, Pidgin, Hindi, Patois, Swahili,
Spanish, French, Tamil, Hebrew, Malay, Indonesian, Gulf and Lebanese Arabizi, Moroccan Darija, Thai, Welsh,
Cantonese, Mandarin, Polish, Romanian, Ukrainian, Portuguese, Vietnamese, Haitian Creole, Bengali, Persian,
Turkish, Greek, Nepali, Punjabi, Sinhala, Shona, Amharic, Yoruba, Swedish or Hawaiian Pidgin (or its Scots,
Northern or "d for th" English) in English, and only when the message has that language's marks: otherwise
the message comes back unchanged. ``LANGUAGES_READ`` is the order they are tried in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from qa.wording import (
    CURRENCY_NAMES,
    IRREGULAR_PAST,
    WH,
    Replacement,
    base_form,
    capitalised,
    in_base_form,
    whole_word,
    with_phrases,
    word_set,
)

# Scots words, read only in a message that has at least two ("whit did they say aboot it"): alone, "tae" or
# "wi" may be a name or an abbreviation.
_SCOTS = {
    "whit": "what",
    "aboot": "about",
    "oot": "out",
    "tae": "to",
    "wi": "with",
    "ower": "over",
    "gaun": "going",
    "hame": "home",
    "dinnae": "don't",
    "cannae": "can't",
    "didnae": "didn't",
    "wisnae": "wasn't",
    "isnae": "isn't",
    "doesnae": "doesn't",
    "wouldnae": "wouldn't",
    "ken": "know",
    "noo": "now",
    "aff": "off",
    "dae": "do",
    "gie": "give",
    "mair": "more",
    "maist": "most",
    "heid": "head",
    "fae": "from",
    "intae": "into",
    "wee": "small",
    "dosh": "money",
    "yins": "ones",
    "youse": "you",
    "gonnae": "going to",
    "naw": "no",
}
# Scots words that are also names or English ("Ken", "the WI", "wi fi", "tae kwon do", "wee"): read as Scots
# only beside others.
_WEAK_SCOTS = frozenset({"ken", "wi", "tae", "wee", "dosh"})
# -in for -ing, as Scots is typed without an apostrophe ("issuin", "wantin"), but not in these words.
_NOT_DROPPED_G = word_set(
    "within begin margin origin cousin basin raisin robin cabin skin thin twin violin vitamin insulin "
    "aspirin admin login latin tin pumpkin napkin dolphin muffin puffin goblin franklin berlin lenin "
    "darwin austin martin kevin dublin toxin resin cumin satin bin pin kin fin sin din gin spin grin plugin "
    "statin warfarin gelatin bulletin penguin zeppelin heroin assassin javelin mandolin boudin ramekin "
    "mandarin metformin penicillin linkedin checkin signin stdin kotlin melatonin"
)
_SCOTS_WORD = re.compile(r"(?<![\w'’-])(?:" + "|".join(_SCOTS) + r")(?=['’]s\b|[^\w'’-]|$)", re.I)


# Taglish (Tagalog words in an English question: "Ano po yung CPPCC?", "Magkano po yung pera for X?"), read
# in English when the message has two of these marks; the particles (po, ba, daw, ...) ask nothing.
_TAGLISH_MARKS = word_set(
    "po yung ano sino bakit magkano saan kailan paano pano nila sila siya niya mga daw diba iyon ibig "
    "sabihin naman hindi pero galing ilan nung napunta sinabi yun"
)
_TAGLISH_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (r"\bano\s+(?:ba\s+)?(?:ang\s+|yung\s+)?ibig\s+sabihin\s+(?:ng|nang|of)\b", "what is the meaning of"),
        # "ano yung hiningi ng CALB": what CALB asked for (said, wanted, did)
        (r"\bano\s+(?:ba\s+)?(?:ang\s+|yung\s+)?hiningi\s+(?:ng|nang)\s+(\S+)", r"what did \1 ask for"),
        (r"\bano\s+(?:ba\s+)?(?:ang\s+|yung\s+)?sinabi\s+(?:ng|nang)\s+(\S+)", r"what did \1 say"),
        (r"\bano\s+(?:ba\s+)?(?:ang\s+|yung\s+)?gusto\s+(?:ng|nang)\s+(\S+)", r"what did \1 want"),
        (r"\bano\s+(?:ba\s+)?ibig\s+sabihin\s+(?:nun|niyan|noon|yan)\b", "what does that mean"),
        (r"\bsino\s+(?:ba\s+)?(?:ang|yung)\s+sumulat\s+(?:ng|nang)\b", "who wrote"),
        (r"\b(\w+)\s+na\s+['’]?(?:to|ito)\b", r"this \1"),
        (r"\b(?:pano|paano)\s+(?:yan|iyan|yun)\s+in\b", "what is that in"),
        (r"\bilan\s+(?:na\s+)?(?:yung\s+|ang\s+)?nag-apply\b", "how many applied"),
        (r"\bmagkano\s+(?:ba\s+)?(?:yung|ang)\b", "how much is the"),
        (r"\bilan\s+(?:na\s+)?(?:ba\s+)?(?:yung|ang)\b", "how many are the"),
        (r"\b(\w+)\s+nila\b", r"their \1"),
        (r"\b(\w+)\s+niya\b", r"his \1"),
        (r"\bano\s+(?:ba\s+)?(?:yung|ang)\s+mga\b", "what are the"),
        (r"\bano\s+(?:ba\s+)?(?:yung|ang)\b", "what is the"),
        (r"\bsino\s+(?:ba\s+)?(?:yung|ang)\b", "who is the"),
        (r"\bsaan\s+(?:ba\s+)?galing\s+(?:yung|ang)\b", "what is the source of the"),
        (r"\bmay\s+iba\s+pa\b", "is there anything else"),
        (r"\bmay\s+sinabi(?:\s+ba)?\b", "did they say anything"),
        (r"\bmag\s+(?:([a-z])(?=\1))?(?P<verb>[a-z]{3,})\b", r"will \g<verb>"),  # "mag iinput": will input
        (r"\bnapunta\s+sa\b", "went to"),
        (r"\bnung\b", "in"),
        (r"\b(\w+)\s+na\s+(?:yun|yan|iyon|iyan)\b", r"that \1"),
    )
)
_TAGLISH_WORDS = {
    "ano": "what", "sino": "who", "bakit": "why", "magkano": "how much", "ilan": "how many", "saan": "where",
    "kailan": "when", "paano": "how", "pano": "how", "yung": "the", "ang": "the", "nila": "their",
    "sila": "they", "siya": "he", "niya": "his", "ito": "this", "'to": "this", "yan": "that", "iyan": "that",
    "nun": "that", "iyon": "that", "sa": "in", "ng": "of", "pero": "but", "hindi": "not", "pera": "money",
    "galing": "from", "sumulat": "wrote", "nag-apply": "applied", "siyang": "he", "sinabi": "said",
    "pangalan": "name", "noong": "in", "nakalaan": "set aside",
}  # fmt: skip
_TAGLISH_PARTICLES = re.compile(r"\b(?:po|ba|daw|naman|lang|diba|talaga|kasi|mga|ko|na)\b\s*", re.I)
_TAGLISH_WORD = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _TAGLISH_WORDS)) + r")(?![\w-])", re.I)


def _typed_in_lowercase(text: str) -> set[str]:
    """The message's words typed in lowercase, without the punctuation around them: the words a language's
    reader looks for (a capitalised one may be a name)."""
    return {word for word in (w.strip(".,!?'’") for w in text.split()) if word.islower()}


def _tidy_spacing(text: str) -> str:
    """Single spaces, none before punctuation: what is left after words were put in English or dropped."""
    return re.sub(r"\s+(?=[,?.!])", "", " ".join(text.split()))


def _taglish_in_english(text: str) -> str:
    """ "Ano po yung hiningi ng CALB?" -> "what is the hiningi of CALB?": Tagalog question words and little
    words put in English, the particles dropped, in a message with two Taglish marks (else unchanged)."""
    # "eh si CALB po?": and CALB (a follow-up naming the one asked about next)
    text = re.sub(r"^\s*eh\s+si\s+(?P<x>[^?,]+?)(?:\s+po)?\s*\?\s*$", r"and \g<x>?", text, flags=re.I)
    text = re.sub(r"^\s*eh\s+(?=\w+\s+naman\b)", "and ", text, flags=re.I)  # "eh safety naman, ..."
    # (as typed, not in capitals: "a PO box" is no particle)
    words = {word.lower().strip(".,!?'’") for word in text.split() if not word.isupper()}
    if len(words & _TAGLISH_MARKS) < 2:
        return text
    text = re.sub(r"^\s*ano\s+(?:po\s*)?,\s*", "", text, flags=re.I)  # ("Ano po, what did ...?": a filler)
    text = re.sub(r"\b(?:po|ba)\b\s*", "", text, flags=re.I)
    text = _TAGLISH_PARTICLES.sub("", with_phrases(text, _TAGLISH_PHRASES))
    text = _TAGLISH_WORD.sub(lambda m: _TAGLISH_WORDS[m.group().lower()], text)
    text = re.sub(r"\bthe\s+(?=(?:their|his)\b)", "", text, flags=re.I)  # "who is the their members"
    return _tidy_spacing(text)


# Nigerian Pidgin in an English question ("Wetin CALB talk for the meeting?", "And Gotion nko?", "Who talk
# am?"), read in English when the message has a mark no English sentence has: one of these words, or a
# pidgin turn of grammar ("dem" or "fit" before a verb, "am" as a verb's object, "na" opening a question).
_PIDGIN_MARKS = word_set("wetin abeg nko sef dey wey wahala shey")
_PIDGIN_VERBS = (
    r"(?:talk|say|do|want|wan|go|get|put|give|collect|cut|handle|change|take|push|pass|make|run|issue|"
    r"use|help|affect|suggest|propose|call|apply|tell|explain|see|know|publish|announce|supply|focus|"
    r"launch|finish|work|complain|like|reduce|add|spend|build|stop|start|mean|be|meet|roll|ask|happen|"
    r"last|cost|reach)"
)
_PIDGIN_ASKED = {"talk": "say", "ask": "ask for"}  # (the English of a verb of saying after "what did X")


def _what_did(verbs: Mapping[str, str]) -> Callable[[re.Match[str]], str]:
    """A replacement asking what the match's ``x`` did, its ``verb`` put in English by ``verbs`` (kept as
    typed when English already): "CALB don ask wetin" -> "what did CALB ask for"."""
    return lambda m: f"what did {m.group('x')} {verbs.get(m.group('verb'), m.group('verb'))}"


# (not Hindi's softening "na" after asking: "bata na how much", "tell me na how many")
_NOT_AFTER_HINDI_ASKING = r"(?<!\bme)(?<!\bbata)(?<!\bbatao)(?<!\bbolo)(?<!\bbol)"
_PIDGIN_GRAMMAR = re.compile(
    rf"(?-i:\bdem|\bdon|(?<![\w-])wan)\s+{_PIDGIN_VERBS}\b|"
    r"\b(?:who|what|how\s+much)\s+be\b|\b(?:who|(?-i:dem))\s+go\s+\w+|"
    r"(?:^|(?<=how\s)|(?<=why\s)|(?<=if\s)|(?<=,\s))(?-i:e)\s+(?:go|dey|don|fit|wan|be)\b|\bwant\s+make\b|"
    r"\bmake\s+I\s+ask\b|\bwho\s+get\b(?!\s+to\b)|\b(?:list|tell|give|name)\s+(?-i:dem)\b|"
    r"(?:^|[,?]\s*|\bor\s+)(?-i:na)\s+(?:just|only|the|who|how|which|what|why|wetin)\b|"
    # "X na how much?", "China economy na number how many?", "dis article na for which date"
    rf"{_NOT_AFTER_HINDI_ASKING}\s(?-i:na)\s+(?:how\s+much|how\s+many|number\s+how\s+many|for\s+which)\b|"
    r"\bwhich\s+kain\b",
    re.I,
)
# "am" closing a clause after a verb ("who talk am?"), not after a subject ("so am I", "here I am", "9 am")
_AM_AS_OBJECT = re.compile(
    r"\b(?P<before>[a-z]+)\s+am\b(?=\s*(?:[?.!,]|$)|\s+(?:small|before|again|for|sef|that\s+time)\b)"
)
_NOT_BEFORE_AM = word_set(
    "i so as who what how where when why yes no nor here there that this which really truly actually still "
    "just now finally also not one two three four five six seven eight nine ten eleven twelve"
)
_PIDGIN_SUBJECT = r"(?:dem|him|e)"
# "dey" where English has "they" (after an auxiliary or opening a clause), not Pidgin's "dey" after its
# subject ("dem dey push am")
_DEY_AS_THEY = re.compile(
    "(?:"
    + "|".join(
        rf"(?<=\b{word}\s)"
        for word in sorted(
            word_set(
                "did do does can will would could should have has are were was so and but if how why "
                "what wat when where much many"
            )
        )
    )
    + r"|^)dey\b",
    re.I,
)
# The particles Nigerian English shares between Pidgin and Yoruba, dropped (or put in English) by both
# readers: an opening "omo", "ehen", "oya" (come on) or "e ma binu" (sorry), a closing "sha" (anyway), "ehn"
# or "o" (stress), and "abi" (or), closing a claim as a tag ("..., abi?": right?).
_NIGERIAN_PARTICLES = (
    # (in lowercase: "Omo" is a detergent)
    (r"(?:^|(?<=[.?!]\s))(?:(?:(?i:ehen|ehn|oya|e\s+ma\s+binu)|(?-i:omo))\b[\s,.!]*)+(?=\S)", ""),
    (r"[\s,]+(?-i:sha|ehn|ehen)\b(?=\s*[?.!,]|\s*$)", ""),
    (r",?\s*\b(?i:abi)\b\s*(?=[?.!]|$)", ""),  # "..., abi?": a tag asking to agree
    # "advisory abi legislative?" (not an interface: "the abi of arm64")
    # (only in a short closing choice: "going with abi to the market, ..." names her, Hindi "abi" is now)
    (
        r"(?<=\w)(?<!\bthe)(?<!\ban)(?<!\bits)(?<!\btheir)(?<!\bstable)\s+(?-i:abi)\s+"
        r"(?=[a-z]+(?:\s+[a-z]+){0,2}\s*\?)",
        " or ",
    ),
    (r"^(?-i:abi)\s+(?=\w)", "or "),  # ("abi any deal?": or, asking again)
    (r"\s+(?i:o+)\s*(?=[?.!]*\s*$)", ""),  # "... o": a closing particle
)
_PIDGIN_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (r"^\s*how\s+far\s*,\s*", ""),  # a greeting
        (r"^\s*the\s+thing\s+be\s+say\s+", ""),  # "the thing be say ...": the point is that
        (r"\bmake\s+I\s+ask\b\s*,?\s*", ""),
        (r"\b(?:abeg|sef|jare|mbok)\b\s*,?\s*", ""),
        (r"^\s*(?-i:ma\s+broda)\b\s*,?\s*", ""),
        *_NIGERIAN_PARTICLES,
        # ("for di meeting": at the meeting; not "wetin you di cook?", what are you cooking)
        (
            r"(?<!\byou\s)(?<!\buna\s)(?<!\bwe\s)(?<!\bdem\s)(?<!\bI\s)(?<!\be\s)(?<!\bhim\s)(?-i:\bdi)\b"
            r"(?=\s+(?-i:[a-z0-9]))",
            "the",
        ),
        (r"\b(?P<wh>why|how)\s+(?-i:e)\s+(?=(?:good|bad|important|matter)\b)", r"\g<wh> is it "),
        (r"(?<=[^s]s)\s+(?-i:dem)(?=\s*[?.!,]|\s*$)", ""),  # "EV companies dem": a plural already
        (r"\bam\s+small\b", "am"),  # "explain am small": explain it a little
        (r"\bfor\s+dollars?\b", "in dollars"),
        (
            r"\bfor\s+(?=(?:the\s+)?(?:meeting|meetings|cppcc|npc|two\s+sessions|sessions|conference)\b)",
            "at ",
        ),
        (r"\bfor\s+(?=(?:the\s+|this\s+)?(?:work\s+report|report|article)\b)", "in "),
        # "xiaomi nko, wetin dem talk?": what did Xiaomi say; "And Gotion nko?": and what about Gotion
        (r"^(?:and\s+)?(?P<x>[^,.?!]+?)\s+(?-i:nko)\s*,\s*(?P<asked>[^,.?!]*?)\bdem\b", r"\g<asked>\g<x>"),
        # "and for queries nko, who i go contact?": who will I contact for queries
        (r"^(?:and\s+)?(?P<x>[^,.?!]+?)\s+(?-i:nko)\s*,\s*(?P<asked>[^,.?!]+)", r"\g<asked> \g<x>"),
        (r"^(?P<and>and\s+)?(?P<x>[^,.?!]+?)\s+(?-i:nko)\b", r"\g<and>what about \g<x>"),
        (r"^(?P<x>[^,.?!]+?)\s+na\s+for\s+wetin\b", r"what is \g<x> for"),  # "The scheme na for wetin?"
        (r"^(?P<x>[^,.?!]+?)\s+na\s+number\s+how\s+many\b", r"what number is \g<x>"),
        (
            r"^(?P<x>(?:(?!\b(?:what|who|how|which|when|where|why|about)\b)[^,.?!])+?)"
            rf"{_NOT_AFTER_HINDI_ASKING}\s+na\s+"
            r"(?P<wh>how\s+much(?:\s+percent)?|how\s+many)\b",
            r"\g<wh> is \g<x>",
        ),
        (r"^(?P<x>[^,.?!]+?)\s+na\s+for\s+which\s+(?P<y>[\w-]+)", r"which \g<y> is \g<x> from"),
        (r"\bwhich\s+kain\b", "which kind of"),
        (
            r"^(?P<x>[^,.?!]+?)\s+wetin\s+(?:e|dem|him)\s+(?P<verb>want|talk|say|ask|propose|suggest|do|push)\b",
            _what_did(_PIDGIN_ASKED),
        ),
        (r"^(?P<x>[^,.?!]+?)\s+na\s+wetin\b", r"what is \g<x>"),  # "RRR na wetin?"
        (r"\bna\s+(?=(?:what|wetin|who|how|which|when|where|why)\b)", ""),  # "Na how much be that"
        (r"\bwetin\s+e\s+be\b", "what is it"),
        (r"\bwetin\s+be\b", "what is"),
        (r"^(?P<x>[^,.?!]+?)\s+(?P<verb>complain|talk)\s+about\s+wetin\b", r"what did \g<x> \g<verb> about"),
        (r"^(?P<x>[^,.?!]+?)\s+talk\s+wetin\b", r"what did \g<x> say"),
        (
            r"^(?P<x>[^,.?!]+?)\s+(?:don\s+)?(?P<verb>suggest|propose|want|do|push|ask)\s+wetin\b",
            _what_did(_PIDGIN_ASKED),
        ),
        (
            r"\bwetin\s+(?P<x>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*|(?!(?:else|be|e|dey|go|fit|wan|don|"
            r"na|dem|him)\b)(?:[\w-]+\s+){0,2}?[\w-]+)\s+talk\b",
            r"what did \g<x> say",
        ),  # "Wetin CALB talk?"
        (
            r"\bwetin\s+(?P<x>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*)\s+"
            r"(?P<verb>suggest|propose|want|call|do|say|push)\b",
            r"what did \g<x> \g<verb>",
        ),
        (r"\bwetin\b", "what"),
        (rf"\bdey\s+(?={_PIDGIN_VERBS}\b)", ""),  # "dem dey push am": they push it
        (r"\bdey\s+(?!(?:here|there|inside|outside|for|in|on|at|ok|okay|fine|good)\b)(?=[a-z])", ""),
        # "wetin dem talk", "how much dem put for am": what did they say, how much did they put for it
        (
            rf"\b(?P<wh>(?:what|which|how\s+much|how\s+many)(?:\s+[\w-]+){{0,3}}?|what\s+else|why|"
            rf"when(?:\s+last)?|where)\s+(?P<x>{_PIDGIN_SUBJECT})\s+(?=(?:talk|{_PIDGIN_VERBS})\b)(?!go\b|wan\b|fit\b)",
            r"\g<wh> did \g<x> ",
        ),
        (r"\bdid\s+(?P<x>\w+)\s+talk\b", r"did \g<x> say"),
        (r"\btalk\s+say\b", "said that"),
        (r"\btalk\s+am\b", "said it"),
        (rf"\bwant\s+make\s+(?P<x>.+?)\s+(?={_PIDGIN_VERBS}\b)", r"want \g<x> to "),  # want the government to
        (r"\bmake\s+(?P<x>dem|I|we|una|him|e)\s+", r"\g<x> should "),
        (r"\bbe\s+him\s+name\b", "is his name"),
        (r"\bhim\s+(?=(?:name|own|company|people)\b)", "his "),
        (r"\bhim\s+(?=(?:go|don|fit|wan|call|talk|say|want|suggest|propose|be|should)\b)", "he "),
        (
            r"(?:^|(?<=how\s)|(?<=why\s)|(?<=if\s)|(?<=,\s))(?-i:e)\s+"
            r"(?=(?:go|don|fit|wan|mean|work|help|be|should)\b)",
            "it ",
        ),
        (r"\b(?P<wh>what|who|how\s+much|how\s+many|when|where)\s+be\b", r"\g<wh> is"),
        (r"\bwhich\s+kind\s+(?!of\b)", "what kind of "),
        (r"(?<![\w-])(?-i:wan)\b", "want to"),
        (rf"\bgo\s+(?={_PIDGIN_VERBS}\b)", "will "),
        (
            r"\b(?P<x>dem|they|him|he|it|una|we|I)\s+go\s+(?!(?:to|and|home|back|out|in|on|up)\b)(?=[a-z])",
            r"\g<x> will ",
        ),
        (rf"\bfit\s+(?={_PIDGIN_VERBS}\b)", "can "),
        (rf"\bdon\s+(?={_PIDGIN_VERBS}\b)", "have "),
        (r"\bdey\b", "is"),
        (r"(?:^|(?<=\bor\s)|(?<=,\s))na\b", "is it"),
        (r"\bna\b", "is"),
        (r"\bwey\b", "that"),
        (r"\bwahala\b", "problem"),
        (r"\bshey\b", "is it true that"),
        (r"\b(?P<verb>list|tell|give|name|for|to|with|about)\s+(?-i:dem)\b", r"\g<verb> them"),
        (r"(?-i:\bdem)\b", "they"),
        (r"(?<![\d\s])(?<!\bI)\s+am\b", " it"),  # "who talk am": who said it
        (r"\b(?P<what>what\s+is|what\s+about)\s+The\b", r"\g<what> the"),
    )
)


def _pidgin_in_english(text: str) -> str:
    """ "Wetin CALB talk for the meeting?" -> "what did CALB say at the meeting?": Nigerian Pidgin put in
    English in a message with a mark of it (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    # (typed in lowercase: "Who is Mark Nko?", "Abi Morgan" and "Una" are names; "Wetin" may open a message)
    words = set(re.findall(r"(?<![\w.])[A-Za-z]+(?![\w.])", text))  # (not ".sef", a file's extension)
    words = {word.lower() for word in words if word.islower() or word.lower() in ("wetin", "abeg")}
    said_am = any(m.group("before") not in _NOT_BEFORE_AM for m in _AM_AS_OBJECT.finditer(text))
    # "..., abi?" closing a message: a tag (not "the arm64 abi?", an interface)
    tagged = re.search(r"(?:^|\s)(?P<before>[^\s\d]+)\s+abi\s*[?.!]*\s*$", text)
    tagged = tagged is not None and tagged.group("before").lower() not in ("the", "an", "a", "its", "their")
    if not (words & _PIDGIN_MARKS or said_am or tagged or _PIDGIN_GRAMMAR.search(text)):
        return text
    if (
        words & _PIDGIN_MARKS == {"dey"}
        and not (said_am or tagged or _PIDGIN_GRAMMAR.search(text))
        and _DEY_AS_THEY.search(text)
    ):
        # "wat else did dey want", "so dey can't": "they", as English with "d" for "th" has it
        return _DEY_AS_THEY.sub("they", text)
    return _tidy_spacing(with_phrases(text, _PIDGIN_PHRASES))


# Yoruba in Nigerian English, as Lagos types it ("kini Gotion fe?", "tani be the CEO?", "elo ni the levy in
# naira?", "kilode e go help farmers?", "nigba wo ni the port open?", "se dem give a timeline?"), read when
# the message has a Yoruba question word where it asks: "kilode", "meloo", "nigba wo", "e ma binu" anywhere;
# "kini", "kilo", "tani", "elo ni", "bawo ni" opening a clause before an English word, a name or a verb;
# "se" opening a question before its subject and verb. Alone, "Tani" is a name, "tani" Darija (again),
# "elo" Portuguese (a link), "kilo" a weight ("kilo de" Spanish), "kini" Indonesian (now), "bawo" Mandarin
# (a grasp) and "se" Spanish, Portuguese, Romanian or Italian: none is read outside these places. Read before
# Pidgin, whose words Yoruba is typed with ("wetin", "dem", "nko", "wey"): it leaves them to it, and shares
# its particles ("abi", "sha", "o", "omo", "oya").
_YORUBA_VERBS = {"fe": "want", "so": "say", "wan": "want", "talk": "say", "ask": "ask for"}
_YORUBA_DOES = word_set("mean cost need")  # (asked in the present: "what does RRR stand for")
# The verbs a question asks of someone (what did X say, want, propose, build, sell ...), "fe" (want) and "so"
# (say) closing it or before what it is about
_YORUBA_VERB_WORDS = (
    r"(?:(?:fe|so)(?=\s*[?,.!]|\s*$|\s+(?:about|for|pe|at)\b)|wan|want|say|talk\s+about|talk|"
    r"ask\s+(?:for|about)|ask|propose|suggest|advocate\s+for|advocate|push\s+for|push|call\s+for|mention|"
    r"present|put|do|announce|publish|cut|raise|complain\s+about|complain|recommend|approve|give|get|"
    r"need|offer|launch|build|spend|pay|decide|discuss|promise|allocate|demand|cost|mean|stand\s+for|"
    r"start|begin|end|open|close|happen|hold|finish|come\s+out|take\s+place|agree|sign|vote|release|sell|"
    r"buy|charge|teach|serve|cook|provide|play|win|lose|score|build|fix|ban|increase|reduce)"
)
_YORUBA_VERB = rf"(?P<verb>{_YORUBA_VERB_WORDS})"
# (a subject ends on no determiner nor preposition: "kini the cost?" asks what the cost is)
_NOT_LAST_OF_A_SUBJECT = (
    r"(?!(?:the|a|an|this|that|these|those|their|his|her|its|my|our|your|"
    r"of|for|in|on|to|at|by|with|and|or)\b)"
)
# (who or what the question is asked of, before its verb: "Gotion", "the port authority", "dem", "won")
_YORUBA_SUBJECT_WORDS = (
    rf"(?:[\"“][^\"”]+[\"”]|(?:(?!{_YORUBA_VERB_WORDS}\b)[^\s,?.!\"“]+\s+){{0,3}}?"
    rf"(?!{_YORUBA_VERB_WORDS}\b){_NOT_LAST_OF_A_SUBJECT}[^\s,?.!\"“]+)"
)
_YORUBA_SUBJECT = rf"(?P<x>{_YORUBA_SUBJECT_WORDS})"
_YORUBA_START = (
    r"(?:^|(?<=[,.?!:;])\s*|"
    + "|".join(rf"(?<=\b{word}\s)" for word in ("and", "so", "but", "ok", "okay", "abeg", "sef", "then"))
    + ")"
)
# Yoruba's question words that open a question asked with Pidgin's auxiliaries ("kilode e go help": why will
# it help), and its "se" opening one asked whether
_YORUBA_ASKING = {"kilode": "why", "kilo de": "why", "bawo ni": "how", "elo ni": "how much", "se": ""}
_YORUBA_ASKING_WORDS = r"(?P<wh>kilode|kilo\s+de|bawo\s+ni|elo\s+ni|n?igba\s*wo(?:\s+ni)?|se)"
_PIDGIN_AUXILIARIES = {
    "dey": ("does", "do"),
    "don": ("has", "have"),
    "go": ("will", "will"),
    "fit": ("can", "can"),
}
_PIDGIN_BE = {"na": ("is", "are"), "be": ("is", "are")}
# (the subject of such a question: a pronoun, a name or a noun after a determiner)
_SE_SUBJECT_WORDS = (
    r"(?:dem|won|e|una|they|he|she|we|you|i|it|govt|government|"
    r"(?:the|this|that|these|those|any|all|some|my|your|our|their|his|her)(?:\s+(?:of\s+)?[\w&'-]+){1,4}?|"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)
_SE_SUBJECT = rf"(?P<x>{_SE_SUBJECT_WORDS})"
_YORUBA_DOING = (
    "give mention present say talk want propose suggest plan approve announce publish cut raise build open "
    "close get have need pay support agree include offer source use make do know explain win lose play allow "
    "accept reject change increase reduce launch sign start end finish help affect hire stop charge sell buy "
    "provide visit see meet vote release confirm decide discuss complain call push advocate ask require fund "
    "invest export import produce resume rain come arrive leave return teach serve cook deliver fix ban"
)
_YORUBA_DOING_WORD = "(?:" + "|".join(sorted(word_set(_YORUBA_DOING))) + ")"
_SE_ASKED = (
    rf"(?P<aux>dey|don|go|fit|na|be)\b(?:\s+(?P<done>{_YORUBA_DOING_WORD})\b)?|"
    rf"(?P<verb>fe|wan|{_YORUBA_DOING_WORD})\b"
)
# (the past participles that are not the verb's past: "se dem don give?", have they given)
_PARTICIPLES = {
    "give": "given", "take": "taken", "go": "gone", "write": "written", "begin": "begun", "speak": "spoken",
    "see": "seen", "know": "known", "do": "done", "come": "come", "choose": "chosen", "rise": "risen",
    "fall": "fallen", "grow": "grown", "show": "shown", "eat": "eaten", "drive": "driven", "break": "broken",
}  # fmt: skip
_YORUBA_MARKS = re.compile(
    r"\b(?:kilode|meloo|nigbawo)\b|\bn?igba\s+wo\b|\be\s+ma\s+binu\b|"
    rf"{_YORUBA_START}(?:kini|elo\s+ni)\s+{_YORUBA_SUBJECT_WORDS}\s+{_YORUBA_VERB_WORDS}\b|"
    # ("kilo" before a named subject: "kilo of rice cost?", "kilo bags cost" weigh)
    rf"{_YORUBA_START}kilo\s+{_SE_SUBJECT_WORDS}\s+{_YORUBA_VERB_WORDS}\b|"
    # (not Indonesian and Malay "kini Jakarta macet", "kini e-KTP": now)
    rf"{_YORUBA_START}kini\s+(?=(?:the|this|that|these|those|dem|una|won|e|their|his|her)\s|[\"“'‘])|"
    r"^(?:kini|tani|elo|kilode)\s*\?|,\s*kilode\s*\?|"
    # ("tani" before a copula or an auxiliary: not a name, "so tani the new girl is coming?", nor Swahili
    # "tani ni" (a tonne is))
    rf"{_YORUBA_START}(?:tani|ta\s+ni)\s+(?=(?:be|na|so|wey|go|don|dey|fit|wan|talk|say|propose|ask|suggest|"
    r"want|win|score)\b|[A-Z]{2,}\b)|"
    rf"{_YORUBA_START}elo\s+(?:ni|lo)\b|"
    rf"{_YORUBA_START}kilo\s+de(?=\s*\?|\s*$|\s+{_SE_SUBJECT_WORDS}\s+(?:dey|don|go|fit|{_YORUBA_DOING_WORD})\b)|"
    rf"{_YORUBA_START}bawo\s+ni\b|"
    rf"{_YORUBA_START}se\s+{_SE_SUBJECT_WORDS}\s+(?:dey|don|go|fit|na|be|wan|fe|{_YORUBA_DOING_WORD})\b"
)
# The words one of its marks has
_YORUBA_WORD = re.compile(
    r"\b(?:kini|kilo|kilode|tani|ta\s+ni|elo|meloo|n?igba|nigbawo|bawo|se|binu)\b", re.I
)
# Words of Indonesian, Malay, Spanish, Portuguese and French, whose "kini", "se", "elo" are theirs
_NOT_YORUBA = re.compile(
    r"\b(?i:yang|dengan|untuk|tidak|adalah|sudah|akan|juga|kepada|oleh|karena|bisa|masih|sekarang|ini|itu|"
    r"que|el|los|las|es|por|para|com|não|você|eu|ele|ela|nao|est|les|des|ou|sabe|alguem|alguém)\b|[¿¡ñãõ]"
)
# (capitalised on a phone; "Kini" before a name is a name itself, "Kini Smith", as "Se" may be: "Se Ri Pak
# won", but not before Pidgin's auxiliaries: "Se Gotion dey source lithium?")
_YORUBA_OPENER = re.compile(
    r"^(?:Kilode|Ta\s+ni|Meloo|Nigba|Nigbawo|Igba|Bawo|Ehen|Ehn|Oya|E\s+ma\s+binu)\b|"
    r"^Tani(?=\s+(?:be|na|so|wey|go|don|dey|fit|wan|win|score)\b)|^Elo(?=\s+(?:ni|lo)\b)|"
    r"^Se(?=\s+(?:dem|won|e|una|they|he|she|we|you|i|it|the|this|that|these|those|any|govt)\b|\s+[A-Z]{2,}\b|"
    r"\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:dey|don|go|fit|na|be|wan|fe)\b)|"
    rf"^Kini(?=\s+(?:dem|una|won)\b|\s+[A-Z]{{2,}}\b|\s*\?|"
    rf"\s+[\"“'‘]|\s+{_YORUBA_SUBJECT_WORDS}\s+{_YORUBA_VERB_WORDS}\b)"
)
# "what does 'kini' mean?", "is 'tani' a word?": its words asked about, not to be read
_YORUBA_ASKED_ABOUT = re.compile(
    r"['‘\"“](?:kini|kilo|kilode|tani|ta\s+ni|elo|meloo|nigba\s*wo|bawo|se|abi|sha|oya|omo|ehen|e\s+ma\s+binu)"
    r"\b|\b(?:word|meaning\s+of|mean\s+by|translate|in\s+yoruba)\b",
    re.I,
)


def _yoruba_subject(named: str) -> tuple[str, bool]:
    """A question's subject in English ("won", "dem": they; "e": it), and whether it is plural."""
    subject = {"won": "they", "dem": "they", "una": "you", "e": "it"}.get(named, named)
    last = subject.split()[-1]
    plural = subject in ("they", "we", "you") or bool(re.fullmatch(r"[a-z]+[^su]s", last))
    return subject, plural


def _yoruba_verb(match: re.Match[str]) -> str:
    """The match's ``verb`` in English: "fe" (want), "so" (say), "wan" (want to, before a verb), "talk about"
    (say about, before what it is about: "kini dem talk about the strike?")."""
    verb = " ".join(match.group("verb").split())
    object_after = re.match(r"\s+[\w\"“]", match.string[match.end() :])
    if object_after and verb in ("wan", "talk about"):
        return {"wan": "want to", "talk about": "say about"}[verb]
    return _YORUBA_VERBS.get(verb, verb)


def _yoruba_asked(wh: str) -> Callable[[re.Match[str]], str]:
    """A replacement asking ``wh`` of what the match's subject ``x`` (or the ``topic`` named before it) did
    with its ``verb`` (in English): "kini Gotion fe" -> "what did Gotion want", "kini RRR stand for" -> "what
    does RRR stand for", "the council, kini won so" -> "what did the council say"."""

    def asked(match: re.Match[str]) -> str:
        subject, plural = _yoruba_subject(match.groupdict().get("topic") or match.group("x"))
        verb = _yoruba_verb(match)
        present = verb in _YORUBA_DOES or verb == "stand for"
        return f"{wh} {('do' if plural else 'does') if present else 'did'} {subject} {verb}"

    return asked


def _yoruba_asking(match: re.Match[str]) -> str:
    """ "se CATL ask" -> "did CATL ask", "se dem dey source" -> "do they source", "kilode e go help" -> "why
    will it help": a question a Yoruba question word (or "se", whether) opens, asked as English asks it."""
    wh = match.group("wh")
    wh = "when" if re.match(r"n?igba", wh) else _YORUBA_ASKING[" ".join(wh.split())]
    subject, plural = _yoruba_subject(match.group("x"))
    aux = match.group("aux")
    done = match.group("done")  # (the verb after Pidgin's auxiliary)
    if aux in _PIDGIN_BE or (aux == "dey" and not done):  # ("se dem dey Lagos?": are they)
        english = "are" if plural else "is"
    elif aux:
        english = _PIDGIN_AUXILIARIES[aux][plural]
    else:
        english = "did"
    if aux == "don" and done:  # ("se dem don pay?": have they paid)
        verb = " " + _PARTICIPLES.get(done, _simple_past(done))
    elif aux:
        verb = f" {done}" if done else ""
    else:
        verb = " " + (_yoruba_verb(match) if match.group("verb") in ("fe", "wan") else match.group("verb"))
    return f"{wh} {english} {subject}{verb}".strip() + " "


_YORUBA_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"^\s*bawo\s+ni\s*[,.!?]+\s*(?=\S)", ""),  # a greeting
        (r"(?:^|[\s,.]+)e\s+ma\s+binu\b[\s,.!]*", " "),
        *_NIGERIAN_PARTICLES,
        # ("kilode? why ...", "tani so bee? who said?": the question asked again in English)
        (r"^(?:kilode|kilo\s*de)\s*\?\s*(?=(?i:why)\b)", ""),
        (r"^(?:tani|ta\s+ni)(?:\s+so(?:\s+(?:bee|be|pe))?)?\s*\?\s*(?=(?i:who)\b)", ""),
        (r"^kini\s*\?\s*(?=(?i:what)\b)", ""),
        (r"^elo(?:\s+ni)?\s*\?\s*(?=(?i:how\s+much)\b)", ""),
        (r"^n?igba\s*wo(?:\s+ni)?\s*\?\s*(?=(?i:when)\b)", ""),
        # "kilode e go help?": why will it help; "se CATL ask for money?": did CATL ask for money; "se dem
        # don pay?": have they paid
        (
            rf"{_YORUBA_START}{_YORUBA_ASKING_WORDS}\s+{_SE_SUBJECT}\s+(?:{_SE_ASKED})",
            _yoruba_asking,
        ),
        # "kini Gotion fe?": what did Gotion want; "elo ni dem spend": how much did they spend; "the council,
        # kini won so?": what did the council say (what it asks of named first, then "they")
        (
            rf"^(?P<topic>[^,?]+?)\s*,\s*(?:kini|kilo)\s+(?:ni\s+)?(?:won|dem|e)\s+{_YORUBA_VERB}\b",
            _yoruba_asked("what"),
        ),
        (
            rf"{_YORUBA_START}(?:kini|kilo)\s+(?:ni\s+)?{_YORUBA_SUBJECT}\s+{_YORUBA_VERB}\b",
            _yoruba_asked("what"),
        ),
        (rf"{_YORUBA_START}elo\s+ni\s+{_YORUBA_SUBJECT}\s+{_YORUBA_VERB}\b", _yoruba_asked("how much")),
        (rf"{_YORUBA_START}n?igba\s*wo\s+ni\s+{_YORUBA_SUBJECT}\s+{_YORUBA_VERB}\b", _yoruba_asked("when")),
        # who
        (r"\b(?:tani|ta\s+ni)\s+so\s+(?:bee|be|pe)\b", "who said that"),
        (r"\b(?:tani|ta\s+ni)\s+so\b", "who said"),
        (r"\b(?:tani|ta\s+ni)\s+(?:be|ni|na)\b", "who is"),
        (r"\b(?:tani|ta\s+ni)\s+go\s+(?=[a-z])", "who will "),
        (r"\b(?:tani|ta\s+ni)\s+fit\s+(?=[a-z])", "who can "),
        (r"\b(?:tani|ta\s+ni)\s+don\s+(?=[a-z])", "who has "),
        (rf"\b(?:tani|ta\s+ni)\s+(?=(?:wey|dey|wan|won)\b|{_YORUBA_VERB_WORDS}\b|[a-z]+ed\b)", "who "),
        (r"\b(?:tani|ta\s+ni)\s+(?=\S)(?!\?)", "who is "),
        (r"\b(?:tani|ta\s+ni)\b", "who"),
        # why
        (r"\b(?:kilode|kilo\s+de)\b", "why"),
        # how much, how many
        (r"^(?P<x>[^,?]+?)\s*,\s*elo\s+ni\s+total\b", r"how much is \g<x> in total"),
        (r"\belo\s+ni\s+total\b", "how much in total"),
        (r"\belo\s+ni\s+(?=in\s)", "how much "),
        (r"\belo\s+(?:ni|lo)\s*(?=\?|$)", "how much is it"),
        (r"\belo\s+(?:ni|lo)\s+", "how much is "),
        (r"^(?P<x>[^,?]+?)\s*,?\s+elo\s*(?=\?|$)", r"how much is \g<x>"),
        (r"\belo\b", "how much"),
        (r"^(?P<x>[^,?]+?)\s+meloo(?:\s+ni)?\s*(?=\?|$)", r"how many \g<x>"),
        (r"\bmeloo(?:\s+ni)?\b", "how many"),
        # when ("the match, nigba wo?": when is the match; "RRR cut before, nigba wo?": when RRR cut before)
        (
            r"^(?P<x>[^,?]*\b(?:go|don|dey|fit|wan|will|did|does|can|"
            rf"{_YORUBA_VERB_WORDS}|[a-z]+ed)\b[^,?]*?)\s*,?\s+n?igba\s*wo(?:\s+ni)?\s*(?=\?|$)",
            r"when \g<x>",
        ),
        (r"^(?P<x>[^,?]+?)\s*,?\s+n?igba\s*wo(?:\s+ni)?\s*(?=\?|$)", r"when is \g<x>"),
        (
            r"\bn?igba\s*wo(?:\s+ni)?\s+(?=[^,?]*\b(?:go|don|dey|fit|wan|will|did|does|can|"
            rf"{_YORUBA_VERB_WORDS}|[a-z]+ed)\b)",
            "when ",
        ),
        (r"\bn?igba\s*wo(?:\s+ni)?\s+(?=\S)", "when is "),
        (r"\bn?igba\s*wo(?:\s+ni)?\b", "when"),
        # how
        (
            r"\bbawo\s+ni\s+(?=[^,?]*\b(?:go|don|dey|fit|wan|will|did|does|can|"
            rf"{_YORUBA_VERB_WORDS}|[a-z]+ed)\b)",
            "how ",
        ),
        (r"\bbawo\s+ni\s+(?=\S)", "how is "),
        # what
        (r"(?:^|(?<=,\s))kini\s*(?=\?|$)", "what"),
        (r"\b(?:kini|kilo)\s+(?:ni\s+)?(?=\S)", "what is "),
        (r"\bkini\b", "what"),
    )
)


def _yoruba_in_english(text: str) -> str:
    """ "kini Gotion fe?" -> "what did Gotion want?", "tani be the mayor?" -> "who is the mayor?", "elo ni
    the levy in naira?" -> "how much is the levy in naira?", "kilode e go help?" -> "why will it help?", "se
    the port go close?" -> "will the port close?": Yoruba put in English, the question word first, in a
    message with a mark of it (else unchanged); its Pidgin words are left to the Pidgin reader."""
    if not _YORUBA_WORD.search(text):
        return text  # (its marks are slow to look for, and every one has one of these words)
    opened = _opener_lowered(_YORUBA_OPENER, text)
    if _NOT_YORUBA.search(text) or _YORUBA_ASKED_ABOUT.search(text) or not _YORUBA_MARKS.search(opened):
        return text
    # (not _phrases_read: "kini 'embodied intelligence' mean?" asks what an English phrase means)
    return _tidy_spacing(with_phrases(opened, _YORUBA_PHRASES)).strip(" ,")


# Hinglish (Hindi words in an English question: "gotion ka point kya tha", "dollars mein kitna?", "kab?"),
# read in English when the message has a Hindi question word or two other Hindi marks; Hindi puts the
# question word and the postpositions after what they ask of, so those are put first.
_HINDI_QUESTION_WORDS = {
    "kya": "what", "kab": "when", "kitna": "how much", "kitni": "how much", "kitne": "how many",
    "kyun": "why", "kyon": "why", "kaun": "who", "kisne": "who", "kahan": "where",
    "kaise": "how", "kisko": "whom",
}  # fmt: skip
_HINDI_MARKS = word_set(
    "ka ke ki mein hai hain tha thi aur bhi se ne pe wala wali wale koi kuch unka unki unke uska uski uske "
    "yaar bhai matlab diya bola chahta chahte kiya karu karna karne rakha hua pehle usme liye saath abhi"
)
# Hindi verb stems and their English (base, third person, -ing, past), for "NPC kya karta hai" (what does the
# NPC do), "Xiaomi kya keh raha hai" (what is Xiaomi saying), "ye number kaun de raha hai" (who is giving it).
_HINDI_VERBS = {
    "kar": ("do", "does", "doing", "did"), "keh": ("say", "says", "saying", "said"),
    "kah": ("say", "says", "saying", "said"), "bol": ("say", "says", "saying", "said"),
    "de": ("give", "gives", "giving", "gave"), "maang": ("ask for", "asks for", "asking for", "asked for"),
    "soch": ("think", "thinks", "thinking", "thought"),
    "likh": ("write", "writes", "writing", "wrote"), "chal": ("go on", "goes on", "going on", "went on"),
}  # fmt: skip
_HINDI_STEM = "(?P<stem>" + "|".join(_HINDI_VERBS) + ")"
_HINDI_WH = "(?P<wh>kya|kaun)"
# "X kya karta hai" (habitual), "X kya keh raha hai" (continuous), "unho ne kya maanga" (past)
_HINDI_HABITUAL = (
    rf"^(?P<x>[^,?]+?)\s+{_HINDI_WH}\s+(?P<work>kaam\s+)?{_HINDI_STEM}(?:ta|ti|te)\s+(?:hai|hain)\b"
)
_HINDI_CONTINUOUS = (
    rf"^(?P<x>[^,?]+?)\s+{_HINDI_WH}\s+{_HINDI_STEM}\s+(?:raha|rahi|rahe)\s+(?P<be>hai|hain|tha|thi|the)\b"
)
_HINDI_PAST = (
    r"^(?P<x>(?![^,?]*\s(?:pe|par)\s)[^,?]+?)\s+(?:ne\s+)?(?P<else>aur\s+)?(?P<wh>kya)\s+"
    r"(?P<stem>kiya|diya|maanga|maangi|maange|likha|socha|kaha|bola)\b"
)
_HINDI_PAST_STEM = {
    "kiya": "kar",
    "diya": "de",
    "likha": "likh",
    "socha": "soch",
    "kaha": "keh",
    "bola": "bol",
    "maanga": "maang",
    "maangi": "maang",
    "maange": "maang",
}
_HINDI_BE = {"hai": "is", "hain": "are", "tha": "was", "thi": "was", "the": "were"}


def _hindi_verb_asked(match: re.Match[str]) -> str:
    """ "NPC kya karta hai" -> "what does NPC do", "ye number kaun de raha hai" -> "who is giving ye number",
    "unho ne aur kya maanga" -> "what else did unho ask for"."""
    groups = match.groupdict()
    stem = groups["stem"]
    stem = _HINDI_PAST_STEM.get(stem, stem)
    base, third, ing, _ = _HINDI_VERBS[stem]
    wh, subject = ("what" if groups["wh"] == "kya" else "who"), groups["x"]
    if groups.get("be"):
        be = _HINDI_BE[groups["be"]]
        return f"{wh} {be} {ing} {subject}" if wh == "who" else f"{wh} {be} {subject} {ing}"
    if "else" in groups:
        return f"{wh}{' else' if groups['else'] else ''} did {subject} {base}"
    if wh == "who":
        return f"{wh} {third} {subject}"
    return f"{wh}{' work' if groups.get('work') else ''} does {subject} {base}"


_HINDI_PHRASES = tuple(
    (re.compile(pattern), english)  # (in lowercase: "MATLAB", "Kuch Kuch Hota Hai", "NE or SE" stay)
    for pattern, english in (
        (
            r"^(?P<x>[^,?]+?)\s+ka\s+matlab\s+kya\s+(?:hai|tha)\b",
            r"what does \g<x> mean",
        ),  # "X ka matlab kya hai"
        (r"\s+(?:yaar|bhai|arre|acha|accha|haan|toh|matlab)\b(?=\s*[,?.!])", ""),  # (its comma kept)
        (r"\b(?:yaar|bhai|arre|acha|accha|haan|toh|matlab)\b\s*,?\s*", ""),
        (r"\b(?:unho|unhon)\s+ne\b|\bunhone\b", "they"),
        (r"^(?P<x>[^,?]+?)\s+kya\s+hota\s+hai\b", r"what is \g<x>"),  # "NPC kya hota hai?"
        (r"\bkya\s+cheez\b", "kya"),  # "X kya cheez hai": what is X
        (r"^(?:aur\s+)?(?P<x>[^,?]+?)\s+ka\s+kya\s+scene\s+(?:hai|tha)\b", r"what about \g<x>"),
        (r"\bscene\s+kya\s+(?:hai|tha)\b", "what is the story"),
        (r"\b(?:unke|inke)\s+naam\s+kya\s+hain\b", "what are their names"),
        (r"\bnaam\s+kya\s+hain\b", "what are the names"),
        (_HINDI_HABITUAL, _hindi_verb_asked),
        (_HINDI_CONTINUOUS, _hindi_verb_asked),
        (_HINDI_PAST, _hindi_verb_asked),
        (r"\b(?P<ing>[a-z]+ing)\s+(?P<x>[^,?]+?)\s+ke\s+baare\s+mein\b", r"\g<ing> about \g<x>"),
        (r"\b(?P<be>tha|thi|hai)\s+tab\b", r"\g<be> then"),  # "reaction kya tha tab?" (not "the tab")
        # "X kya hai?" (not "X ka Y mein kya hai", read by the postpositions)
        (
            r"^(?P<x>(?![^,?]*\b(?:ka|ki|ke|mein|me)\b)[^,?]+?)\s+kya\s+(?P<be>hai|hain|tha|thi)(?=\s*[?.!,]|\s*$)",
            r"what \g<be> \g<x>",
        ),
        (r"\b(?:wala|wali|wale)\b\s*", ""),
        (r"\bkaun\s+kaun\b", "kaun"),
        (r"\bkis\s+ne\b", "kisne"),
        # "koi timeline diya kya?": a closing "kya" after a verb asks yes or no ("... difference kya": what)
        (
            r"\b(?P<verb>hua|hui|hue|kiya|diya|di|hai|hain|tha|thi|karega|karenge|hoga|gaya|gayi|mila|aaya|aaye)"
            r"\s+kya\s*\?*\s*$",
            r"\g<verb>?",
        ),
        (r"\b(?:tha|thi|hai)\s+kya\s+(?:ye|yeh|woh|wo)\s*\?*\s*$", "?"),  # "... tha kya ye?": was this ...?
        (r"\bis\s+saal\b", "this year"),
        (r"\bkitna\s+bada\b", "how big"),
        (r"\bkitna\s+cut\s+hua\s+tha\b", "how much was cut"),
        (r"\bkisne\s+kiya\b", "who did it"),
        (r"\b(?:hua|hui)\s+tha\b|\b(?:hua|hui)\b", "happened"),
        (r"\bho\s+gaya\b", "is"),
        (r"^(?P<x>[^,?]+?)\s+kab\s+(?P<verb>[\w-]+)\s+kar(?:ega|enge|egi)\b", r"when will \g<x> \g<verb>"),
        (r"^(?P<x>[^,?]+?)\s+ne\s+kya\s+(?P<verb>[\w-]+)\s+kiya\b", r"what did \g<x> \g<verb>"),
        (
            r"^(?P<x>[^,?]+?)\s+ne\s+(?P<on>[^,?]+?)\s+pe\s+kya\s+(?:bola|kaha)\b",
            r"what did \g<x> say on \g<on>",
        ),
        (r"^(?P<x>[^,?\s]+)\s+(?P<on>[^,?]+?)\s+pe\s+kya\s+(?:bola|kaha)\b", r"what did \g<x> say on \g<on>"),
        (r"\b(?:(?:ye|yeh)\s+)?(?P<x>[\w-]+)\s+kab\s+ka\s+(?:hai|tha)\b", r"when is the \g<x> from"),
        (r"\b(?P<verb>[\w-]+)\s+kisko\s+karu\b", r"whom should I \g<verb>"),
        (r"^(?P<x>[^,?]+?)\s+(?:ne\s+)?kya\s+(?:bola|kaha)\b", r"what did \g<x> say"),
        (r"\bkya\s+(?:bola|kaha)\s+(?P<x>[^,?]+)", r"what did \g<x> say"),
        (
            r"^(?P<x>[^,?]+?)\s+(?:overall\s+)?kya\s+chah(?:ta|ti|te)\s+(?:hai|hain|tha|the)\b",
            r"what does \g<x> want",
        ),
        (r"\baur\s+kya\b", "what else"),
        (r"\b(?P<verb>[\w-]+)\s+karne\s+ka\s+space\s+hai\b", r"is there space to \g<verb>"),
        (
            r"\b(?P<x>[\w-]+)\s+(?:ka|ki|ke)\s+(?!liye\b|saath\b|baare\b|baad\b|pehle\b|against\b|khilaf\b)(?P<y>[\w-]+)",
            r"\g<x>'s \g<y>",
        ),
        # postpositions after what they take ("2024 mein", "trade in ke liye"): before it
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+ke\s+liye\b", r"for \g<x>"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+ke\s+saath\b", r"along with \g<x>"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+ke\s+(?:against|khilaf)\b", r"against \g<x>"),
        (r"\b(?P<year>\d{4})\s+me\b", r"in \g<year>"),  # "2024 me": in 2024
        (r"\s*\b(?:aaye|aye|hue|huye)\s+(?:the|thi|tha)\b", ""),  # "aaye the": there were
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+ke\s+baare\s+mein\b", r"about \g<x>"),
        (r"\busme(?:in)?\s+se\b", "of that"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+mein\b", r"in \g<x>"),
        (r"\s+ne\b", ""),  # "X ne": X did it
        (r"\brakha\s+(?:hai|tha)\b", "set aside"),
    )
)
_HINDI_WORDS = {
    "hai": "is", "hain": "are", "tha": "was", "thi": "was", "aur": "and", "bhi": "also", "se": "from",
    "koi": "any", "kuch": "something", "nahi": "not", "nahin": "not", "unka": "their",
    "unki": "their", "unke": "their", "uska": "its", "uski": "its", "uske": "its", "yeh": "this",
    "ye": "this", "woh": "that", "diya": "given", "bola": "said", "kiya": "did", "hua": "happened",
    "pehle": "before", "abhi": "now", "paisa": "money", "dega": "will give", "denge": "will give",
    "chahta": "wants", "chahte": "want", "karega": "will", "mein": "in", "ka": "of", "ki": "of", "ke": "of",
    "naam": "name", "saal": "year", "baat": "talk", "isme": "in this", "hoga": "will be", "khatam": "over",
    "karenge": "will", "pe": "on",
}  # fmt: skip
_HINDI_IN_ENGLISH = {**_HINDI_WORDS, **_HINDI_QUESTION_WORDS}
_HINDI_WORD = whole_word(map(re.escape, _HINDI_IN_ENGLISH))
# Hindi marks that are also short words of other languages ("ka" and "ne" in Japanese, "se" in Italian): two
# of them alone are no Hindi.
_WEAK_HINDI_MARKS = word_set("ka ke ki se ne pe")
_FRONTED_WH = re.compile(
    r"^(?P<before>[^?]*?\S)\s+(?P<wh>(?:what|when|how\s+much|how\s+many|why|who|whom|where|how)(?:\s+else)?\b[^,?]*)(?P<end>\??)$"
)


# "What does 'wah gwaan' mean?", "How do I say 'di niente'?": a phrase asked about, which is not to be read.
_ASKS_ABOUT_WORDS = re.compile(
    r"\bin\s+(?i:english|nepali|hindi|punjabi|indonesian|malay|sinhala|tamil|urdu|bengali|japanese|spanish|french|"
    r"hawaiian|pidgin|patois)\s*\?*\s*$|"
    r"['‘\"“][^'’\"”]+['’\"”][^?]*\b(?:mean|means|meaning|translate\w*|say|said|origin)\b|"
    r"\b(?:mean|means|meaning|translate\w*|translation|say)\b[^?]*\b(?:in|from)\s+(?:english|[A-Z][a-z]+)\b|"
    r"\b(?:mean|means|meaning|translate\w*|say)\b[^?]*['‘\"“][^'’\"”]+['’\"”]|"
    r"\bthe\s+(?:[A-Z][a-z]+\s+)?(?:word|phrase|term|expression)\b"
)


def _question_word_first(text: str) -> str:
    """Each sentence's last clause with its question word put first, as English asks ("gotion's point what
    was" -> "what was gotion's point"), for languages that put it after what it asks of."""
    fronted = []
    for sentence in re.split(r"(?<=[?.!])\s+", " ".join(text.split())):
        parts = sentence.rsplit(", ", 1)
        # (the clause that asks: the last, or the one before a guess after it: "X where happen, Beijing?")
        asking = -1 if len(parts) == 1 or re.search(rf"\b{WH}\b", parts[-1], re.I) else 0
        last = _FRONTED_WH.match(parts[asking] + ("?" if asking == 0 and parts[-1].endswith("?") else ""))
        if last and not re.match(rf"^{WH}\b", parts[asking], re.I):
            parts[asking] = f"{last.group('wh')} {last.group('before')}" + (
                last.group("end") if asking else ""
            )
        fronted.append(", ".join(parts))
    return _tidy_spacing(" ".join(fronted))


def _question_word_first_after_and(text: str) -> str:
    """``_question_word_first``, with a follow-up's opening "and" kept first ("and CALB ko kati?" -> "and how
    much CALB's?")."""
    lead = re.match(r"^and\s+", text)
    return (lead.group() if lead else "") + _question_word_first(text[lead.end() :] if lead else text)


def _hinglish_in_english(text: str) -> str:
    """ "gotion ka point kya tha" -> "what was gotion's point", "dollars mein kitna?" -> "how much in
    dollars?": Hindi words put in English and the question word first, in a message with a Hindi question
    word or two other Hindi marks (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    if re.match(r"^[A-Z][a-z]+\b", text) and text.split()[0].lower().strip(".,!?") in _HINDI_QUESTION_WORDS:
        text = text[0].lower() + text[1:]  # "Kab?", "Kya bola CATL?": a Hindi question word opening it
    words = _typed_in_lowercase(text)
    asks = any(word in _HINDI_QUESTION_WORDS or word in ("yaar", "matlab") for word in words)
    marks = words & _HINDI_MARKS
    if not asks and (len(marks) < 2 or marks <= _WEAK_HINDI_MARKS):
        return text
    lead = re.match(r"^\s*(?:aur|and)\s+", text)  # ("aur last year kitna tha?": and, first)
    text = text[lead.end() :] if lead else text
    # "koi timeline diya kya?", "X announce hua kya?": a closing "kya" asks whether what it closes is so
    checked = re.search(
        r"\b(?:hua|hui|hue|kiya|diya|di|hai|hain|tha|thi|karega|karenge|hoga|gaya|gayi|mila|aaya|aaye)\s+kya\s*\?*\s*$",
        text,
    ) and not re.search(r"\bkya\b(?!\s*\?*\s*$)", text)
    text = _HINDI_WORD.sub(lambda m: _HINDI_IN_ENGLISH[m.group()], with_phrases(text, _HINDI_PHRASES))
    text = _question_word_first(text)
    if checked and not re.match(rf"^(?:{WH}|is|are|was|were|do|does|did|can|has|have)\b", text, re.I):
        text = "Is it so that " + text
    return ("and " if lead else "") + text


# Jamaican Patois ("wah di CATL boss did a ask fah at di meeting", "An CALB?", "A how much dat inna US
# dollars?"), read in English when the message has a lowercase word of it no English sentence has, or two
# of its little words ("di", "fi", "dat", "dis", "weh", "bout", "nex").
_PATOIS_MARKS = word_set("wah inna seh waan cyaa nuh yuh anyting nuttn deh")
_WEAK_PATOIS_MARKS = word_set("di fi fah dat dis weh nex dem wid pon")
_PATOIS_SUBJECT = (
    r"(?:dem|him|dat|dis|it|(?:di|dis|dat)\s+[\w\s-]+?|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)"
)
_PATOIS_GRAMMAR = re.compile(r"(?-i:\bdem)\s+(?:did|a)\b")
_PATOIS_GOING = r"(?:run|cut|issue|launch|do|put|help|happen|start|make|pay|sue|raise|talk)"
_PATOIS_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"^\s*(?:yow|wha\s+gwaan|bredda|bwoy)\b\s*,?\s*", ""),
        (r"^(?P<x>[^,?]+?)\s+stand\s+(?:fi|fah|for)\s+wah\W*$", r"what does \g<x> stand for?"),
        (r"^(?P<x>[^,?]+?)\s+a\s+wah\W*$", r"what is \g<x>?"),  # "RRR a wah?"
        (r"\bwah\s+a\b", "what is"),
        (r"\bdid\s+seh\b", "did say"),
        (r"\bdid\s+deh\b", "were there"),
        (r"\bweh\s+(?P<x>dat|dis|it|dem)\s+come\s+from\b", r"where does \g<x> come from"),
        (
            r"\bwah\s+(?P<x>dem)\s+(?P<verb>mean|want|waan|say|do|propose|suggest)\b",
            r"what did \g<x> \g<verb>",
        ),
        (r"\ba\s+(?=(?:di|dat|dis)\b)", "of "),  # "life cycle a di battery": of the battery
        (r"\ba\s+go\s+(?=(?:fi|to)\b)", "goes "),
        (r"(?:^|(?<=,\s))a\s+(?=(?:who|which|how|wah|what|when|weh)\b)", ""),  # "A how much dat ...?"
        (r"^(?P<x>[^,?]+?)\s+seh\s+wah\b", r"what did \g<x> say"),  # "CALB seh wah bout patent"
        (r"^(?P<x>[^,?]+?)\s+(?P<verb>want|waan|push|propose|suggest)\s+wah\b", r"what did \g<x> \g<verb>"),
        # "wah dem did waan change?", "wah Xiaomi did a push fah": what did they want changed
        (
            rf"\b(?P<wh>wah|what|which(?:\s+[\w-]+){{1,3}}?|how\s+much|how\s+many|when|why|who)\s+"
            rf"(?P<x>{_PATOIS_SUBJECT})\s+did\s+(?:a\s+)?(?P<verb>\w+)",
            r"\g<wh> did \g<x> \g<verb>",
        ),
        (rf"\bwah\s+(?P<x>{_PATOIS_SUBJECT})\s+seh\b", r"what did \g<x> say"),
        (r"\bwah\s+else\s+him\s+", "what else did he "),
        (r"\bdid\s+a\s+", "did "),
        (rf"\b(?P<x>dem|him|mi|wi|yuh|it)\s+a\s+go\s+(?={_PATOIS_GOING}\b)", r"\g<x> will "),
        (rf"\ba\s+go\s+(?={_PATOIS_GOING}\b)", "will "),
        (r"\b(?P<x>dem|him|mi|wi|yuh|it)\s+a\s+go\b", r"\g<x> will go"),
        (r"\b(?P<x>dem|him|mi|wi|yuh)\s+a\s+(?=\w)", r"\g<x> "),
        (r"(?<=\w)\s+a\s+(?=(?:put|do|issue|plan|meet|talk|launch|sue|run|cut|go)\b)", " "),
        (r"\s+ting(?:\s+dem)?\b", ""),  # "di bond ting": the bond
        (r"(?<=[a-z])\s+dem(?=\s*(?:[?.!,]|$))", ""),  # "di company dem": the companies
        (r"^weh\b", "where"),
        (r"\bweh\b", "that"),
        (r"\ban\b", "and"),
        (r"\bseh\b", "said"),
        (r"\bwaan\b", "want"),
        (r"\bwah\b", "what"),
        (r"\bdi\b", "the"),
        (r"\bdat\b", "that"),
        (r"\bdis\b", "this"),
        (r"\bfi\s+(?=(?:issue|track|help|put|contact|do|make|get|pay|run|cut|be)\b)", "to "),
        (r"\b(?:fi|fah|fa)\b", "for"),
        (r"\binna\b", "in"),
        (r"\bbout\b", "about"),
        (r"\bnuh\b", "not"),
        (r"\byuh\b", "you"),
        (r"\bpon\b", "on"),
        (r"\bwid\b", "with"),
        (r"\banyting\b", "anything"),
        (r"\bnex\b", "next"),
        (r"\bmek\b", "make"),
        (r"\bmi\b", "I"),
        (r"\bhim\s+(?=(?:name|own)\b)", "his "),
        (r"\bhim\s+(?=(?:call|want|seh|said|talk)\b)", "he "),
        (r"\bdem\b", "they"),
    )
)


def _patois_in_english(text: str) -> str:
    """ "wah di CATL boss did a ask fah at di meeting" -> "what did the CATL boss ask for at the meeting":
    Jamaican Patois put in English in a message with a mark of it (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    words = {word for word in re.findall(r"(?<![\w.-])[A-Za-z]+(?![\w.-])", text) if word.islower()}
    # "An CALB?": and CALB (an acronym alone after "An" is no article's noun)
    text = re.sub(r"^An\s+(?=[A-Z]{2,}\s*\?\s*$)", "And ", text)
    # ("Wah CATL did want at di CPPCC?", not "Wah Wah Watson")
    opening = bool(re.match(r"^(?:Wah|Weh)\s+(?!Wah\b)", text)) and bool(
        words & _WEAK_PATOIS_MARKS or "did" in words
    )
    if not (
        opening
        or words & _PATOIS_MARKS
        or len(words & _WEAK_PATOIS_MARKS) >= 2
        or _PATOIS_GRAMMAR.search(text)
    ):
        return text
    if re.match(r"^(?:Wah|A|An|Weh)\b", text):  # (lowercase, to be read)
        text = text[0].lower() + text[1:]
    return _tidy_spacing(with_phrases(text, _PATOIS_PHRASES))


# Sheng and Swahili in an English question ("Gotion walisema nini", "Na CALB je?", "hiyo ni how much in
# dollars?"), read in English when the message has a lowercase Swahili question word or two other Swahili
# marks; like Hindi, Swahili puts the question word after what it asks of, so it is put first.
_SWAHILI_QUESTION_WORDS = {
    "nini": "what", "gani": "which", "lini": "when", "nani": "who", "wapi": "where", "ngapi": "how many",
    "aje": "how",
}  # fmt: skip
_SWAHILI_MARKS = word_set(
    "je kwani ni na ama tu hiyo hii hizi ya za kwa kuhusu niaje poa sawa walisema alisema ilisema walitaka "
    "wanataka alitaka aliuliza ilikuwa zilikuwa imewekwa"
)
# (words Swahili shares with English and other languages are no mark alone: "na", "ni", "ya", "za", "tu")
_WEAK_SWAHILI_MARKS = word_set("na ni ya za tu hii ama sawa poa kwa")
_SWAHILI_ENGLISH_ROOTS = (
    r"(?:cut|push|issue|react|plan|reduce|speak|emphasi[sz]e|quote|roll|misuse|mention|suggest|help|cost|apply|"
    r"call|propose|track|change|complain|ask|want|say|list|support|target|lobby|invest|expand)"
)
_SWAHILI_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"^\s*(?:niaje|sasa|poa|sawa|ati|eh|aiya)\b\s*,?\s*", ""),
        (r"\b(?:ati|tu|sana|kwani\s+(?=why\b))\b\s*", ""),
        (r"^(?P<na>na\s+)?(?P<x>[^,?]+?)\s+je\s*\?*\s*$", r"\g<na>\g<x>?"),  # "Na CALB je?": and CALB?
        (r"^na\b", "and"),
        (r"\bhiyo\s+ni\s+(?P<wh>how\s+much|how\s+many|what|which)\b", r"\g<wh> is that"),
        (r"^(?P<x>[^,?]+?)\s+ni\s+(?P<wh>how\s+much|how\s+many)\b", r"\g<wh> is \g<x>"),
        (r"\bimewekwa\b", "has been set aside"),
        (r"\b(?:hiyo|hii)\s+(?=in\s+(?:dollars|usd|us\s+dollars)\b)", "that "),
        (r"^(?P<x>[^,?]+?)\s+(?:wa|a|i)lisema\s+nini\b", r"what did \g<x> say"),
        (r"^(?P<x>[^,?]+?)\s+(?:wa|a)litaka\s+nini\b", r"what did \g<x> want"),
        (r"^(?P<x>[^,?]+?)\s+(?:wa|a)nataka\s+nini\b", r"what does \g<x> want"),
        (r"^(?P<x>[^,?]+?)\s+(?:wa|a)liuliza\s+nini\b", r"what did \g<x> ask for"),
        (
            rf"^(?P<x>[^,?]+?)\s+(?:wa|a|i|zi)li(?P<verb>{_SWAHILI_ENGLISH_ROOTS})\s+nini\b",
            r"what did \g<x> \g<verb>",
        ),
        (r"^(?P<x>[^,?]+?)\s+inafanya\s+nini\b", r"what does \g<x> do"),
        (r"^(?P<x>[^,?]+?)\s+ilikuwa\s+gani\b", r"what was \g<x>"),
        (r"^(?P<x>[^,?]+?)\s+zilikuwa\s+ngapi\b", r"how many \g<x> were there"),
        (r"^(?P<x>[^,?]+?)\s+ilichapishwa\s+lini\b", r"when was \g<x> published"),
        (r"^(?P<x>[^,?]+?)\s+ilitoka\s+wapi\b", r"where did \g<x> come from"),
        (r"^(?P<x>[^,?]+?)\s+itatoka\s+kwa\s+nani\b", r"who will \g<x> come from"),
        (r"^(?P<x>[^,?]+?)\s+ni\s+(?:nini|gani)\b", r"what is \g<x>"),
        (
            r"\bni\s+(?P<x>[\w-]+(?:\s+[\w-]+)?)\s+gani\b",
            r"which \g<x>",
        ),  # "ni kampuni gani": which companies
        (r"\b(?P<x>[\w-]+)\s+gani\b", r"which \g<x>"),  # "source gani": which source
        (rf"^(?P<x>[^,?]+?)\s+ina\s+(?P<verb>{_SWAHILI_ENGLISH_ROOTS})\s+aje\b", r"how does \g<x> \g<verb>"),
        (r"^(?P<x>[^,?]+?)\s+itasaidia\s+(?P<y>[^,?]+?)\s+aje\b", r"how will \g<x> help \g<y>"),
        (rf"\b(?:wa|a|i|zi|ya)(?:li|na|ta|me)(?P<verb>{_SWAHILI_ENGLISH_ROOTS})\b", r"\g<verb>"),
        (r"\b(?:wa|a)lisema\b", "said"),
        (r"\b(?:wa|a)litaka\b", "wanted"),
        (r"\b(?:wa|a)nataka\b", "want"),
        (r"\bkuhusu\b", "about"),
        (r"\bmwaka\s+huu\b", "this year"),
        (r"\b(?:ya|za|wa)\b", "of"),
        (r"\bama\b", "or"),
        (r"\bna\b", "and"),
        (r"\bni\b", "is"),
        (r"\b(?:hiyo|hii)\b", "this"),
        (r"\bhizi\b", "these"),
        (r"\bpesa\b", "money"),
        (r"\bkwa\b", "at"),
        (r"\bkampuni\b", "companies"),
        (r"\bina\b", "has"),
        (r"\bjina\s+lake\b", "his name"),
    )
)
_SWAHILI_WORD = whole_word(_SWAHILI_QUESTION_WORDS)


def _swahili_in_english(text: str) -> str:
    """ "Gotion walisema nini" -> "what did Gotion say", "Na CALB je?" -> "and CALB?": Sheng and Swahili put
    in English, the question word first, in a message with a Swahili question word or two other marks of
    it (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    typed = text
    if re.match(r"^(?:Na|Ni|Hiyo|Hii|Sasa|Niaje)\b", text):  # ("Na CALB je?": lowercase, to be read)
        text = text[0].lower() + text[1:]
    words = _typed_in_lowercase(text)
    marks = words & _SWAHILI_MARKS
    # (a question word closing a clause or after "ni": "Gotion walisema nini", "ni kampuni gani"; not a
    # name: "how many goals did nani score", "who is gani adams")
    closing = rf"\b(?:{'|'.join(_SWAHILI_QUESTION_WORDS)})(?=\s*(?:[?,.!]|$))"
    asks = bool(re.search(closing, text)) or bool(
        re.search(r"\bni\s+(?:[\w-]+\s+){0,2}(?:nini|gani|nani)\b", text)
    )
    asks = asks or bool(re.search(r"\bje\s*\?*\s*$", text))
    # "na liquidity?": a short follow-up opening with "na" (and); "bonds ni how much": "is" before a question
    asks = asks or bool(re.match(r"^na\s+\S+(?:\s+\S+){0,3}\s*\?\s*$", text))
    asks = asks or bool(re.search(r"\bni\s+how\s+(?:much|many)\b", text))
    if not asks and not (marks - _WEAK_SWAHILI_MARKS):
        return typed
    text = _SWAHILI_WORD.sub(
        lambda m: _SWAHILI_QUESTION_WORDS[m.group()], with_phrases(text, _SWAHILI_PHRASES)
    )
    return _question_word_first(_tidy_spacing(text))


# Spanish, or English with Spanish in it ("¿qué pidió Gotion?", "oye, and CALB qué dijo?", "cuánto es eso en
# dólares?"), read in English when the message has a Spanish question word or two other Spanish words no
# English sentence has. Accents are often left off ("que pidio"), so every word is matched with or without.
_UNACCENTED = str.maketrans("áéíóúüñ", "aeiouun")


def _unaccented(word: str) -> str:
    return word.lower().translate(_UNACCENTED)


def _either_accent(words: str) -> str:
    """A pattern matching ``words`` with or without their accents ("pidió" -> "pid[ií][oó]")."""
    return "".join(f"[{c}{c.translate(_UNACCENTED)}]" if c in "áéíóúüñ" else re.escape(c) for c in words)


_SPANISH_QUESTION_WORDS = {
    "qué": "what", "que": "what", "quién": "who", "quiénes": "who", "cuánto": "how much",
    "cuánta": "how much", "cuántos": "how many", "cuántas": "how many", "cuándo": "when", "dónde": "where",
    "cuál": "which", "cuáles": "which", "cómo": "how",
}  # fmt: skip
# Verbs of what someone asked for or said, with the auxiliary and the English stem a question puts them in.
_SPANISH_ASKING_VERBS = {
    "pidió": ("did", "ask for"), "pidieron": ("did", "ask for"), "pide": ("does", "ask for"),
    "piden": ("does", "ask for"), "dijo": ("did", "say"), "dijeron": ("did", "say"),
    "comentó": ("did", "say"), "dice": ("does", "say"), "dicen": ("does", "say"),
    "propuso": ("did", "propose"), "propusieron": ("did", "propose"), "propone": ("does", "propose"),
    "proponen": ("does", "propose"), "mencionó": ("did", "mention"), "mencionaron": ("did", "mention"),
    "sugirió": ("did", "suggest"), "sugirieron": ("did", "suggest"), "planteó": ("did", "raise"),
    "presentó": ("did", "present"), "recomendó": ("did", "recommend"), "habló": ("did", "talk about"),
    "hablaron": ("did", "talk about"), "quería": ("did", "want"), "querían": ("did", "want"),
    "quiere": ("does", "want"), "quieren": ("does", "want"),
}  # fmt: skip
_SPANISH_WORDS = {
    "el": "the", "la": "the", "los": "the", "las": "the", "un": "a", "una": "a", "y": "and", "o": "or",
    "del": "of the", "de": "of", "en": "in", "con": "with", "para": "for", "sobre": "about",
    "según": "according to", "eso": "that", "esto": "this", "ese": "that", "esa": "that", "este": "this",
    "esta": "this", "estos": "these", "esos": "those", "es": "is", "son": "are", "fue": "was",
    "fueron": "were", "era": "was", "hay": "are there", "hubo": "were there", "lo": "it", "dijo": "said",
    "dijeron": "said", "pidió": "asked for", "pidieron": "asked for", "propuso": "proposed",
    "mencionó": "mentioned", "sugirió": "suggested", "quiere": "wants", "quieren": "want",
    "también": "also", "más": "more", "dinero": "money", "dólares": "dollars", "baterías": "batteries",
    "batería": "battery", "patentes": "patents", "sesiones": "sessions", "gobierno": "government",
    "empresa": "company", "empresas": "companies", "compañía": "company", "compañías": "companies",
    "coches": "cars", "autos": "cars", "carros": "cars", "eléctricos": "electric", "fecha": "date",
    "artículo": "article", "datos": "data", "sistema": "system", "aplicaciones": "applications",
    "solicitudes": "applications", "tasas": "rates", "tasa": "rate", "bonos": "bonds", "año": "year",
    "pasado": "last", "significa": "mean", "importa": "matter", "hoy": "today", "ahora": "now",
    "algo": "something", "exactamente": "exactly", "reglas": "rules", "regulaciones": "regulations",
    "transporte": "transportation", "litio": "lithium", "reciclaje": "recycling", "estaciones": "stations",
    "mercado": "market", "precios": "prices", "precio": "price", "seguridad": "safety", "chino": "Chinese",
    "chinos": "Chinese", "millones": "million", "poner": "put", "darían": "would give", "dan": "give",
    "dar": "give", "apoyo": "support", "cambiar": "change", "cambios": "changes", "propuesta": "proposal",
    "propuestas": "proposals", "presentó": "presented", "publicó": "published", "dicen": "say",
    "puede": "can", "pueden": "can", "tiene": "has", "tienen": "have", "otra": "other", "otro": "other",
    "otras": "other", "otros": "other", "contacto": "contact", "contactar": "contact", "emitir": "issue",
    "mantener": "keep", "bajar": "cut", "bajaron": "cut", "bajó": "cut", "recorte": "cut",
    "empezaron": "started", "empezó": "started", "hacer": "do", "hablaron": "talked", "habló": "talked",
    "delegados": "delegates", "comprador": "buyer", "compradores": "buyers", "cada": "each", "carro": "car",
    "coche": "car", "su": "their", "sus": "their", "primera": "first", "vez": "time", "día": "day",
    "algún": "any", "alguna": "any", "caso": "case", "casos": "cases", "ganaron": "won", "sacan": "launch",
    "muchos": "many", "muchas": "many", "ellos": "them", "autónomo": "autonomous", "nuevo": "new",
    "nuevos": "new", "tecnología": "technology", "inteligencia": "intelligence", "energía": "energy",
    "almacenamiento": "storage", "reunión": "meeting", "reuniones": "meetings", "pregunta": "question",
    "preguntas": "questions", "puerto": "port", "consejo": "council", "tarifas": "fares", "tarifa": "fare",
    "ciudad": "city", "país": "country", "ley": "law", "leyes": "laws", "informe": "report",
    "reporte": "report", "meta": "target", "objetivo": "target", "crecimiento": "growth",
    "pasajeros": "passengers", "personas": "people", "gente": "people", "costo": "cost", "costos": "costs",
    "impuesto": "tax", "impuestos": "taxes", "subsidio": "subsidy", "subsidios": "subsidies",
    "ventas": "sales", "fábrica": "factory", "proyecto": "project", "presidente": "president",
    "ministro": "minister", "ministerio": "ministry", "alcalde": "mayor", "banco": "bank",
    "fondos": "funds", "fondo": "fund", "plan": "plan", "política": "policy", "políticas": "policies",
    "inversión": "investment", "guita": "money", "ponen": "put", "emiten": "issue",
    "ser": "be", "solo": "only", "dudas": "questions", "temas": "topics",
    "importante": "important", "resumen": "summary", "pusieron": "set", "PIB": "GDP", "congreso": "congress",
    "dato": "figure", "cambia": "change",
    "industria": "industry", "estándares": "standards", "lado": "side",
    "juicio": "lawsuit", "juicios": "lawsuits", "alguien": "anyone", "trazabilidad": "traceability",
    "acceder": "access", "quiero": "I want", "anterior": "previous", "tuvo": "had", "mucho": "a lot",
    "mencionan": "mention", "midió": "measured", "interés": "interest", "bajan": "cut",
    "reaccionaron": "react", "nombre": "name", "invertir": "invest", "duraron": "lasted", "días": "days",
    "participan": "take part", "sodio": "sodium", "todo": "all", "celulares": "phones", "contra": "against",
    "yuanes": "yuan", "sesión": "session", "enfocaron": "focus on", "sirve": "help",
    "además": "besides", "vida": "life", "ciclo": "cycle", "si": "if",
}  # fmt: skip
_SPANISH_IN_ENGLISH = {
    _unaccented(word): english for word, english in {**_SPANISH_WORDS, **_SPANISH_QUESTION_WORDS}.items()
}
_SPANISH_VERB_IN_ENGLISH = {_unaccented(word): parts for word, parts in _SPANISH_ASKING_VERBS.items()}
# Words of Spanish no English sentence has; a question word written without its accent counts only with
# another mark ("que" and "cuando" are French and Portuguese too, "para" and "con" English), and words of
# place names ("los", "las", "del", "el": Los Angeles, El Paso) are none.
_SPANISH_MARKS = word_set(
    "entiendo muchos verdad eso esto dijo pidió pidio propuso mencionó menciono sugirió "
    "sugirio también tambien dólares dolares dinero baterías baterias gobierno empresas sesiones fecha "
    "artículo articulo hubo hay oye neta pues según segun sobre para con tengo significa importa darían "
    "darian cuántas cuantas cuántos cuantos quiénes quienes pidieron dijeron propusieron mencionaron "
    "habló hablo hablaron quiere quieren pide piden dice dicen boludo bolu guita decime fijate bancame "
    "puede pueden leyes alguien quejó quejo monetaria"
)
# (Spanish words in lowercase that an English sentence has not; two of them, with a mark, make it Spanish,
# unless a word of Italian, Portuguese or Catalan is there)
_SPANISH_FUNCTION_WORDS = word_set("el la los las del lo una es de en se y o que")
_NOT_SPANISH_WORDS = word_set(
    "è di il della delle dello sono ha ho non não é em do da és amb per quin quina avui qual"
)
_WEAK_SPANISH_MARKS = word_set("para con sobre hay")
_UNACCENTED_SPANISH_MARKS = frozenset(_unaccented(word) for word in _SPANISH_MARKS)
_ACCENTED_SPANISH_QUESTION = re.compile(
    r"[¿]|(?<![\w-])(?:qué|quién|quiénes|cuánto|cuánta|cuántos|cuántas|cuándo|dónde|cuál|cuáles|cómo)(?![\w-])",
    re.I,
)
# French is read by none of this ("c'est quoi que CATL a demandé?"): its marks leave a message as typed.
_FRENCH_MARKS = re.compile(r"\b(?:c['’]est|qu['’]est|quoi|qui|est|ça|les|des|du|ont|pis|avec|pour)\b", re.I)
# The marks of a question and the words a speaker fills with ("oye,", "o sea", "neta?"), dropped first.
_SPANISH_FILLERS = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"[¿¡]", ""),
        # (lowercase, or capitalised before a comma: "Mira Sorvino" is a name)
        (
            r"(?:^|(?<=[?.!]\s))(?:(?:(?:oye|órale|orale|neta|a\s+ver|o\s+sea|la\s+verdad|no\s+entiendo)\b|"
            r"(?:[Oo]ye|[Mm]ira|[Bb]ueno|[Pp]ues|[ÓóOo]rale|[Nn]eta|[Oo]\s+sea|[Ll]a\s+verdad)(?=\s*,))\s*,?\s*)+",
            "",
        ),
        (r",?\s*\b(?:neta|wey|güey|la\s+verdad|pues)\b(?=\s*[,?.!]|\s*$)", ""),
        (r"\bo\s+sea\b\s*,?\s*", ""),  # "I mean", putting the question again
        (r"^(?:ja(?:ja)+|je(?:je)+)\b[\s,]*(?=\w)", ""),  # a laugh opening the message
    )
)
_SPANISH_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        # Rioplatense: "che," opening, "bolu" and "posta?" (really?) closing
        (
            # (not Italian "che cosa ha detto?": "che" before a comma or a Spanish question word)
            r"^(?:(?:che(?=\s*,|\s+(?:qu[ée]|q|cu[áa]l|cu[áa]nt\w*|c[óo]mo|qui[ée]n|d[óo]nde|cu[áa]ndo)\b)|dale|bolu|"
            r"boludo)\b[\s,]*)+(?=\w)|[\s,]+(?:che|bolu|boludo|posta)(?=\s*[?.!]*\s*$)|"
            r"[\s,]*\b(?:decime|bancame)\b[\s,]*",
            " ",
        ),
        (r"\bq\b(?=\s+(?:es|son|dicen|pidi|quiere))", "qué"),
        (_either_accent("cuánta") + r"\s+(?:plata|guita)\b", "how much money"),
        (r"\bla\s+nota(?=\s*\?*\s*$)", "the article"),
        (r"\btema\s+m[áa]s\s+importante\b", "most important topic"),
        (r"\bpoder\s+para\b", "power to"),
        # "el CEO de CATL que habló": "que" after a noun and before a past verb is "who", no question
        (r"(?<=\w)\s+que\s+(?=[a-záéíóú]+(?:ó|aron|ieron)\b)", " who "),
        # "el gobierno chino": the adjective after its noun, put before it
        (
            r"\b(?P<noun>(?!(?:el|la|los|las|un|una|lo)\b)[a-záéíóúñ]+)\s+(?P<adj>(?-i:chin[oa]s?|"
            + _either_accent("eléctric")
            + r"[oa]s?|"
            + _either_accent("autónom")
            + r"[oa]s?|nuev[oa]s?))\b",
            r"\g<adj> \g<noun>",
        ),
        (_either_accent("cómo") + r"\s+se\s+llama\s+él\b", "what is his name"),
        (
            rf"(?:{_either_accent('qué')}|que)\s+quieren?\s+(?P<verb>[a-z]+[aei]r)\s+(?P<x>(?:el|la|los|las)\s+[\w-]+)",
            r"what does \g<x> want to \g<verb>",
        ),
        (_either_accent("cómo") + r"\s+se\s+llama\b", "what is the name of"),
        (r"\ble\s+toca\s+a\s+(?P<x>[^?,]+)", r"does \g<x> get"),
        (
            rf"\b(?P<wh>(?:{_either_accent('cuántos')}|{_either_accent('cuántas')})\s+\w+)\s+tienen?\b",
            r"\g<wh> does it have",
        ),
        (
            rf"^de\s+(?=(?:{_either_accent('cuánto')}|{_either_accent('cuántos')}|{_either_accent('cuántas')})\b)",
            "",
        ),
        (r"\bqu[ée]\s+onda\s+(?:con|lo\s+de)\b", "what about"),
        # "la meta de crecimiento cuál es?": what the topic put first is
        (
            r"^\s*(?P<and>y\s+)?(?P<x>[^,?]+?)\s+" + _either_accent("cuál") + r"\s+es(?=\s*\?|\s*$)",
            r"\g<and>what is \g<x>",
        ),
        (r"\s+o\s+qu[ée]\s*\?*\s*$|(?<=\w)(?<!\bo)(?<!\bque)(?<!\bqué)\s+no\s*\?\s*$", "?"),
        (r"\beso\s+de\b\s*", ""),
        (
            "^" + _either_accent("qué") + r"\s+significa\s+(?P<x>[^?,]+?)(?=\s*[?,]|\s*$)",
            r"what does \g<x> mean",
        ),
        (_either_accent("de cuándo") + r"\s+(?:es|era)\s+(?P<x>[^,?]+)", r"when is \g<x> from"),
        (r"\bde\s+(?:qu[ée])\s+fuente\s+sale\b", "what source does it come from"),
        (r"\b(?:el\s+)?a[ñn]o\s+pasado\b", "last year"),
        (r"\bla\s+vez\s+anterior\b", "last time"),
        (r"\b(?:fue\s+que\s+)?bajaron\b", "did they cut"),
        (r"\bpol[íi]tica\s+monetaria\b", "monetary policy"),
        (r"\btasa\s+de\s+inter[ée]s\b", "interest rate"),
        (r"\bciclo\s+de\s+vida\b", "life cycle"),
        (r"\btrazabilidad\s+digital\b", "digital traceability"),
        (r"\bm[áa]s\s+importante\b", "most important"),
        (r"\bsacar\s+leyes\b", "make laws"),
        (r"\bse\s+quej[óo]\s+de\b", "complain about"),
        (r"\ble\s+sirve\s+a\b", "help"),
        (r"\bponen\s+para\b", "is going to"),
        (r"\blo\s+de\b", "the"),
        (_either_accent("por qué") + r"|\bporque(?=\s*\?)", "why"),
        (_either_accent("para qué"), "what for"),
        (_either_accent("de qué fecha") + r"\s+(?:es|era)\s+(?P<x>[^,?]+)", r"what date is \g<x> from"),
        (
            r"\ba\s+" + _either_accent("quién") + r"\s+(?:contacto|le\s+escribo|escribo|llamo)\b",
            "who do I contact",
        ),
        (r"\bsi\s+tengo\b", "if I have"),
        (r"\b(?P<x>eso|esto)\s+(?:" + _either_accent("qué") + r")\s+significa\b", r"what does \g<x> mean"),
        (r"\bwhy\s+importa\s+(?:eso|esto)\b", "why does that matter"),
        (r"\bwhy\s+(?:importa|es\s+importante)\b", "why does it matter"),
        (r"\b(?P<x>eso|esto)\s+(?:" + _either_accent("qué") + r")\s+cambia\b", r"what does \g<x> change"),
        (_either_accent("qué más") + r"\b", "what else"),
        (_either_accent("además") + r"\s+de\s+(?=eso|esto)", "besides "),
        (r"\b(?P<x>[a-záéíóúñ]+)\s+de\s+" + _either_accent("quién") + r"\b", r"whose \g<x>"),
        (r"\bacceder\s+a\b", "access"),
        (r"\b(?:lo|eso)\s+dijo\b", "said that"),
        (r"\bvan?\s+a\b", "will"),
        (r"\balgo\s+de\b", "something about"),
    )
)
_SPANISH_WORD = whole_word(map(_either_accent, {**_SPANISH_WORDS, **_SPANISH_QUESTION_WORDS}), re.I)
_SPANISH_WHAT = _either_accent("qué") + "|que"
_SPANISH_VERB = "|".join(_either_accent(verb) for verb in _SPANISH_ASKING_VERBS)
# "CALB qué dijo", "¿qué pidió Gotion en las Two Sessions?": what a name asked for or said.
_SPANISH_NAME_ASKED = re.compile(
    rf"^(?P<name>(?:(?:el|la|los|las)\s+)?(?-i:[A-Z])[\w&-]*(?:\s+(?:y\s+)?(?-i:[A-Z])[\w&-]*){{0,3}})\s+"
    rf"(?:{_SPANISH_WHAT})\s+(?P<verb>{_SPANISH_VERB})(?![\w-])|"
    rf"(?<![\w-])(?:{_SPANISH_WHAT})\s+(?P<verb2>{_SPANISH_VERB})\s+(?P<name2>(?:el|la|los|las)\s+[\w&-]+"
    r"(?:\s+de\s+(?-i:[A-Z])[\w&-]*)?|"
    r"(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)*)",
    re.I,
)


def _name_asked(match: re.Match[str]) -> str:
    """ "CALB qué dijo" -> "what did CALB say", "qué pidió Gotion" -> "what did Gotion ask for"."""
    verb, name = match.group("verb", "name") if match.group("verb") else match.group("verb2", "name2")
    auxiliary, stem = _SPANISH_VERB_IN_ENGLISH[_unaccented(verb)]
    name = re.sub(r"\s+de\s+", " of ", re.sub(r"^(?:el|la|los|las)\b", "the", name, flags=re.I))
    return f"what {auxiliary} {name} {stem}"


def _spanish_in_english(text: str) -> str:
    """ "¿qué pidió Gotion?" -> "what did Gotion ask for?", "cuánto es eso en dólares?" -> "how much is that
    in dollars?": Spanish put in English, in a message with a Spanish question word, or a Spanish mark and
    another Spanish word (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text) or _FRENCH_MARKS.search(text):
        return text
    text = with_phrases(text, _SPANISH_FILLERS)  # (words no English sentence has: read in any message)
    words = [
        _unaccented(word.strip(".,!?¿¡'’")) for word in text.split() if word.islower() or word[:1] in "¿¡"
    ]
    marks = set(words) & _UNACCENTED_SPANISH_MARKS
    asks = bool(_ACCENTED_SPANISH_QUESTION.search(text)) or bool(
        marks
        and re.search(
            r"(?<![\w-])(?:que|quien|quienes|cuanto|cuantos|cuantas|cual|cuales|donde|cuando)(?![\w-])", text
        )
    )
    # ("y de EVs?", "y ganaron algún caso?": a follow-up opening with "y", and, then a Spanish word; not
    # "y = 2x + 3" or "y and x are integers")
    and_then = re.match(r"^\W*y\s+([^\W\d_]+)", text)
    asks = asks or bool(
        and_then and "=" not in text and _unaccented(and_then.group(1)) in _SPANISH_IN_ENGLISH.keys() - {"y"}
    )
    strong = marks - _WEAK_SPANISH_MARKS
    if not asks and not (
        len(strong) >= 2
        or (strong and len(words) <= 4)
        or (strong and len(set(words) & _SPANISH_FUNCTION_WORDS) >= 2 and not set(words) & _NOT_SPANISH_WORDS)
    ):
        return text
    lead = re.match(r"^\W*(?:y|and)\s+", text, re.I)  # ("¿y BYD qué dijo?": and, first)
    text = text[lead.end() :] if lead else text
    if lead:  # "y de los ferries?": and about the ferries; "y con las tasas?": and the rates
        text = re.sub(
            r"^con\s+", "", re.sub(r"^de\b(?!\s+(?:qu[ée]|qui[ée]n|cu[áa]ndo|d[óo]nde)\b)", "about", text)
        )
    text = with_phrases(_SPANISH_NAME_ASKED.sub(_name_asked, text, count=1), _SPANISH_PHRASES)
    text = _SPANISH_WORD.sub(lambda m: _SPANISH_IN_ENGLISH[_unaccented(m.group())], text)
    return ("and " if lead else "") + _question_word_first_after_and(_tidy_spacing(text))


# French, or English with French in it ("c'est quoi que CATL a demandé?", "Geely pis GAC, y veulent quoi?",
# "Ça fait combien en USD?"; Québécois "pis", "tsé", "genre", "y'ont", "a tu"), read in English when the
# message has a French mark no English sentence has. The question word is often left where the answer
# stands ("Xiaomi a demandé quoi"): it is put in English there, and the English reading of a question word
# in place puts it first ("Xiaomi asked for what" -> "What did Xiaomi ask for?").
_FRENCH_WORDS = {
    "le": "the", "la": "the", "les": "the", "l": "the", "un": "a", "une": "a", "des": "", "du": "of the",
    "de": "of", "d": "of", "au": "at the", "aux": "to the", "en": "in", "dans": "in", "avec": "with",
    "pour": "for", "sur": "on", "chez": "at", "et": "and", "ou": "or", "pis": "and", "mais": "but",
    "ça": "that", "ca": "that", "ce": "this", "cet": "this", "cette": "this", "ces": "these", "son": "its",
    "sa": "its", "ses": "its", "leur": "their", "leurs": "their", "il": "he", "ils": "they", "elle": "she",
    "je": "I", "j": "I", "y": "they", "est": "is", "sont": "are", "était": "was", "étaient": "were",
    "a": "has", "ont": "have", "fait": "makes", "font": "make", "veut": "wants", "veulent": "want",
    "peut": "can", "peuvent": "can", "vient": "comes", "viennent": "come", "va": "goes", "vont": "go",
    "change": "changes", "demandé": "asked for", "dit": "said", "parlé": "talked", "proposé": "proposed",
    "mentionné": "mentioned", "suggéré": "suggested", "coupé": "cut", "baissé": "cut",
    "présenté": "presented", "publié": "published", "mis": "put", "mettaient": "put", "mettent": "put",
    "quoi": "what", "qui": "who", "quand": "when", "combien": "how much", "où": "where", "comment": "how",
    "pourquoi": "why", "quel": "which", "quelle": "which", "quels": "which", "quelles": "which",
    "lequel": "which", "laquelle": "which", "lesquels": "which", "chiffre": "figure", "chiffres": "figures",
    "lois": "laws", "loi": "law", "emphase": "emphasis", "système": "system", "entreprises": "companies",
    "compagnies": "companies", "gouvernement": "government", "char": "car", "chars": "cars",
    "voitures": "cars", "voiture": "car", "raison": "reason", "deux": "two", "dernière": "last",
    "fois": "time", "exactement": "exactly", "aussi": "also", "autre": "other", "autres": "other",
    "passer": "pass", "standardiser": "standardise", "changer": "change", "couper": "cut",
    "milliards": "billion", "millions": "million", "selon": "according to", "rôle": "role", "pas": "not",
    "année": "year", "serait": "would be", "bon": "good", "bonne": "good", "eu": "had", "avant": "before",
    "après": "after", "fini": "over", "finie": "over", "nom": "name", "déjà": "again", "par": "per",
    "véhicule": "vehicle", "subvention": "subsidy", "donne": "gives", "aide": "helps", "plus": "more",
    "entre": "between", "différence": "difference", "chine": "China", "émettre": "issue",
    "commencé": "started", "annoncé": "announced", "si": "if", "contexte": "context", "moi": "me",
    "septembre": "September", "nouvelle": "news", "sujet": "topic", "taux": "rates", "intérêt": "interest",
    "politique": "policy",
}  # fmt: skip
# Past participles and their English stems, for "y'ont tu coupé le RRR?": did they cut the RRR.
_FRENCH_PARTICIPLES = {
    "demandé": "ask for", "dit": "say", "parlé": "talk", "proposé": "propose", "mentionné": "mention",
    "suggéré": "suggest", "coupé": "cut", "baissé": "cut", "présenté": "present", "publié": "publish",
    "annoncé": "announce", "commencé": "start",
}  # fmt: skip
# Marks of French no English sentence has (lowercase): "quoi", "ça", "pis", "veulent", "combien" ...
_FRENCH_MARK_WORDS = word_set(
    "quoi ça pis tsé veulent veut demandé parlé proposé combien pourquoi lequel laquelle lesquels quelle "
    "quelles chez avec dans selon mettaient vient gouvernement quand où"
)
_FRENCH_CONTRACTION = re.compile(
    r"(?i:\bc['’]est\b|\bqu['’]est[\s-]+ce\b|\best[\s-]+ce\b|\by['’](?:ont|a)\b|\bpis\b)|^\s*(?:Ça|Pis)\b|"
    r"\ba[\s-]+tu\s+(?:du|des|de|un|une)\b|\bou\s+pas\s*\?"  # "le CPPCC a tu du power ou pas?"
)
_FRENCH_PHRASES_READ = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (r"(?:^|(?<=[?.!,]\s))(?:(?:ok|ben|bon|genre|tsé|full|coudonc)\b\s*,?\s*)+(?=\w)", ""),
        (r",?\s*\b(?:genre|tsé|toute)\b(?=\s*[,?.!]|\s*$)|\s*\bau\s+juste\b", ""),
        (r",?\s*\bpeux[\s-]+tu\s+checker\s+ça(?:\s+pour\s+moi)?\b", ""),
        (
            r"\b(?:l['’]article|cet\s+article|la\s+nouvelle)\s+(?:y\s+)?date\s+de\s+quand\b",
            "when was this article published",
        ),
        (r"\b(?:ça|ca)\s+veut\s+dire\s+quoi\b", "means what"),  # "X ça veut dire quoi": what X means
        # (an adjective after its noun: "la politique monétaire", the monetary policy)
        (r"\bpolitique\s+mon[ée]taire\b", "monetary policy"),
        (r"\btaux\s+d['’]int[ée]r[êe]t\b", "interest rates"),
        (r"\bpouvoir\s+l[ée]gislatif\b", "legislative power"),
        (r"\ble\s+plus\s+important\b", "the most important"),
        (r"\bveut\s+dire\b", "means"),
        (r"\bc['’]est\s+qui\s+qui\s+", "who "),  # "c'est qui qui a dit ça?": who said that
        (r"\bc['’]est\s+quoi\s+que\s+", "what "),  # "c'est quoi que CATL a demandé": what CATL asked for
        # "le plan c'est quoi pour X", "le CEO de CATL c'est qui": what or who the topic put first is
        (
            r"^(?P<x>(?:le|la|les|l['’])\s*[^,?]+?)\s+c['’]est\s+(?P<wh>quoi|qui|combien|lesquels|lequel|laquelle)\b",
            r"\g<wh> is \g<x>",
        ),
        # "c'est quoi le NPC", "pis Python, c'est quoi la différence?", "c'est qui le contact chez SMM"
        (r"(?:^|(?<=[,?.!]\s))c['’]est\s+quoi\b", "what is"),
        (r"(?:^|(?<=[,?.!]\s))c['’]est\s+qui\b", "who is"),
        (r"(?:^|(?<=[,?.!]\s))c['’]est\s+combien\b", "how much is"),
        (r"\bpourquoi\s+c['’]est\b", "why is it"),
        (r"\bc['’]est\s+ça\b", "is that so"),
        (r"\bc['’]est\b", "is"),
        (r"\bc['’]était\b", "was"),
        (r"\bqu['’]est[\s-]+ce\s+qu(?:e|['’])\s*", "what "),
        (
            r"\b(quand|où|comment|pourquoi)\s+est[\s-]+ce\s+qu(?:e|['’])\s*(?:ils?|elles?|on)\s+ont\s+(?P<verb>\w+é)\b",
            lambda m: (
                f"{m.group(1)} did they {_FRENCH_PARTICIPLES.get(m.group('verb').lower(), m.group('verb'))}"
            ),
        ),
        (r"\b(quand|où|comment|pourquoi)\s+est[\s-]+ce\s+qu(?:e|['’])\s*(?:ils?|elles?|on)\b", r"\1 do they"),
        (r"\by['’]a(?:[\s-]+tu)?\b", "is there"),  # "y'a tu un budget?": is there a budget
        (
            r"\by['’]ont[\s-]+tu\s+(?P<verb>\w+é)\b",
            lambda m: "did they " + _FRENCH_PARTICIPLES.get(m.group("verb").lower(), m.group("verb")),
        ),
        (r"\by['’]ont\s+(?=\w+é\b|dit\b)", ""),  # "CALB y'ont demandé quoi": CALB asked for what
        (r"^(?P<x>[^,?]+?)\s+a[\s-]+tu\s+(?:du|des|de\s+la|de|un|une)?\s*", r"does \g<x> have "),
        (r"\blequel(?:le)?s?\s+des\s+", "which of the "),
        (r"\bde\s+combien\b", "by how much"),
        (r"\bcombien\s+de\s+", "how many "),
        (r"\bcombien\s+d['’]", "how many "),
        (r"\b(?:va|vont)\b(?=\s+(?!au\b|aux\b|à\b)[a-zé]+)", "will"),
        (r"\bl['’]an\s+passé\b", "last year"),
        (r"\bcette\s+année\b", "this year"),
        (r"\ben\s+ce\s+moment\b", "right now"),
        (r"\bà\s+part\b", "apart from"),
        (r"\beux\s+aussi\b", "too"),
        (r"\bquoi\s+d['’]autre\b", "what else"),
        (r"\bpour\s+quelle\s+raison\b", "why"),
        (r"\b(?:ça|ca)\s+fait\s+combien\b", "how much is that"),
        (r"\bcombien\s+(?:ça|ca)\s+fait\b", "how much is that"),
        (r"\by['’]ont\s+dit\b", "said"),
        (r"\b(?:il|ils|y)\s+(?=veulent|veut|mettaient|mettent|ont)", "they "),
        (r"\bil\s+y\s+a\b", "there is"),
        (r"\bj['’]ai\b", "I have"),
        (r"\b(?:l|d|j|qu|c)['’]", lambda m: m.group()[0] + " "),
        (r"\bd\s+où\b", "from where"),
        (r"\bde\s+quoi\b", "about what"),
        (r"\bparlé\s+de\b", "talked about"),
        (r"\bmettaient\s+l\s+emphase\s+sur\b", "put the emphasis on"),
        (r"\bpasser\s+des\s+lois\b", "pass laws"),
        (r"\bou\s+pas\b", ""),
        (r"\ben\s+dollars\s+US\b", "in US dollars"),
    )
)
_FRENCH_WORD = whole_word(map(re.escape, sorted(_FRENCH_WORDS, key=len, reverse=True)), re.I)
# "has asked for", "have said": the French perfect of a statement, a plain past in English.
_FRENCH_PERFECT = re.compile(
    r"\b(?:has|have)\s+(asked\s+for|said|talked(?:\s+about)?|proposed|mentioned|suggested|cut|presented|"
    r"published|put|announced|started)\b"
)


# French set phrases English borrows ("c'est la vie", "je ne sais quoi", "pis aller", "ça va"), and quoted
# words (a title, a quotation): no sign that a message is in French.
_FRENCH_LOAN_PHRASES = re.compile(
    r"(?i:c['’]est\s+la\s+vie|je\s+ne\s+sais\s+quoi|pis\s+aller|ça\s+va|plus\s+ça\s+change[^.?!]*|"
    r"c['’]est\s+si\s+bon|raison\s+d['’]être|l['’]état\s+c['’]est\s+moi|coup\s+d['’]\w+|savoir[\s-]faire|"
    r"déjà\s+vu|tête[\s-]à[\s-]tête|à\s+la\s+\w+)|[\"“‘][^\"”’]+[\"”’]|(?<!\w)'[^']+'(?!\w)"
)
# French words a French sentence is full of, which English has not: with a mark, a third sign of French.
_FRENCH_FUNCTION_WORDS = word_set(
    "le la les des du au aux est ont une un en de d l qu j et ou pour sur dans avec chez je y qui"
)


def _french_in_english(text: str) -> str:
    """ "c'est quoi que CATL a demandé au CPPCC?" -> "what CATL asked for at the CPPCC?", "Ça fait combien
    en USD?" -> "how much is that in USD?": French put in English word by word, in a message with a French
    mark no English sentence has and other French words (or a short follow-up, "Pis Gotion?"), set phrases
    and quotations aside; the English readings that follow put a question word left in place first."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    unquoted = _FRENCH_LOAN_PHRASES.sub(" ", text)
    words = [
        word.strip(".,!?'’").lower()
        for word in re.split(r"[\s'’]+", unquoted)
        if word[:1].islower() or word[:1] in "Ç"
    ]
    marks = len(set(words) & _FRENCH_MARK_WORDS) + len(_FRENCH_CONTRACTION.findall(unquoted))
    french = marks + sum(word in _FRENCH_FUNCTION_WORDS for word in words)
    if not marks or (marks < 2 and french < 3 and len(unquoted.split()) > 3):
        return text
    typed = text.rstrip()
    text = _outside_quotes(text, _french_words_in_english)
    if not text.endswith("?") and re.search(r"\b(?:quoi|qui|combien|où|quand)\W*$", typed):
        text += "?"  # ("Gotion a parlé de quoi": a question without its mark)
    return capitalised(text) if typed[:1].isupper() else text


def _french_words_in_english(text: str) -> str:
    """French phrases and words put in English; a capitalised word inside a sentence is a name, kept."""

    def word(match: re.Match[str]) -> str:
        inside = match.start() > 0 and not re.search(r"[.?!]\s*$", text[: match.start()])
        return (
            match.group() if inside and match.group()[:1].isupper() else _FRENCH_WORDS[match.group().lower()]
        )

    text = with_phrases(text, _FRENCH_PHRASES_READ)
    text = _FRENCH_WORD.sub(word, text)
    return _tidy_spacing(_FRENCH_PERFECT.sub(r"\1", text))


def _outside_quotes(text: str, put: Callable[[str], str]) -> str:
    """``text`` with ``put`` applied outside its quotation marks (a quoted title stays as typed)."""
    quoted = list(re.finditer(r"[\"“][^\"”]+[\"”]", text))
    if not quoted:
        return put(text)
    pieces, position = [], 0
    for match in quoted:
        pieces += [put(text[position : match.start()]), match.group()]
        position = match.end()
    return " ".join(piece for piece in [*pieces, put(text[position:])] if piece).replace(" ?", "?")


# Tanglish, English with Tamil in it ("CATL enna ask pannanga?", "dollar la evlo?", "yaaru data da idhu?"),
# read in English when the message has a Tamil question word or two other marks of it no English sentence
# has. Tamil puts the verb last, an English verb before "pannu" (do): "ask pannanga" is "asked".
_TAMIL_QUESTION_WORDS = {
    "enna": "what", "evlo": "how much", "evvalavu": "how much", "evalavu": "how much", "yaaru": "who",
    "eppo": "when", "eppadi": "how", "enga": "where", "entha": "which", "ethu": "which", "edhu": "which",
}  # fmt: skip
# (words of no English sentence, nor of another language read here: one is enough)
_TAMIL_MARKS = word_set(
    "machan macha illaya aama ayyo semma sollu solluda pathi thaana mattum avanga avaru athu idhu ithu "
    "indha irukka irukku irundhuchu ethachum ellarum rendu munnadi venum aacha aachu aagum pannanga pannaru "
    "pannum pannanum pannuvanga pannirukanga pannunga panren sonnanga sonnaru sonnaara sonnangale solraanga "
    "sollirukanga ketanga pesunaanga pesunaara kuduthanga kudukanum kudukuraanga pottirukanga pottrukanga "
    "vandhuchu varuthu nadanthuchu paathen athula idhula poraanga vekka avlo"
)
# (little words other languages have too: "la", "da", "um", "ah": no mark alone)
_WEAK_TAMIL_MARKS = word_set("la ku na aa ah da um nu seri vera inga")
_TAMIL_DOING = r"(?:pann\w*|panren|aachu|aacha|aagum)"  # (an English verb before it is what is done)
_TAMIL_SAYING = r"(?:sonn\w*|solr\w*|soll(?!u\b|uda\b)\w*|pesun\w*)"  # ("sollu": tell me)
_CLAUSE_START = r"(?:^|(?<=[,?]\s))"
_TAMIL_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"^\s*(?:machan|macha|seri|aama|ayyo|semma|dei|da)\b\s*,?\s*", ""),
        (r"(?:^|[\s,]+)(?:machan|macha|da)\b(?!\s*['’-])", ""),
        (r"\b(?:seri|aama)\b\s*,?\s*", ""),
        (r"\benna\s+enna\b", "enna"),
        # "Two Sessions enga nadanthuchu": where did the Two Sessions take place
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?P<wh>enga|eppo)\s+nadanthuchu\b",
            lambda m: f"{'where' if m.group('wh') == 'enga' else 'when'} did {m.group('x')} take place",
        ),
        # "indha article enna date la vandhuchu": when was this article published
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:enna\s+date|eppo)\s+(?:la\s+)?(?:vandhuchu|publish\s+aachu)\b",
            r"when was \g<x> published",
        ),
        (r"\bavaru\s+peru\b", "his name"),
        (r"\bperu\s+(?=enna\b)", "name "),
        (r"\binga\b", "here"),
        (r"\bpoddra\b|\bpodra\b", "make"),
        (r"\bporaanga\b", "will"),
        (r"\b(?P<x>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+pathi\b", r"about \g<x>"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+na\s+enna\b", r"what is \g<x>"),  # "NPC na enna": what is the NPC
        (r"\b(?:athu|idhu|ithu)\s+enna\b", "what is that"),
        (rf"\b(?P<x>{CURRENCY_NAMES}|\d{{4}})\s+la\b", r"in \g<x>"),  # "dollar la evlo": in dollars
        (r"(?<=\w)\s+(?:la|ku)\b(?!\s*(?:[?.!,]|$))", ""),  # (where the phrase it closes starts is unsaid)
        (r"\byaaru\s+(?P<x>[a-z]+)\s+(?:idhu|ithu|athu)\b", r"whose \g<x> is that"),  # "yaaru data idhu?"
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+enna\s+(?:enna\s+)?pann(?:um|uthu|raanga|uvanga)\b",
            r"what does \g<x> do",
        ),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+vera\s+enna\s+(?:ketanga|kettanga)\b",
            r"what else did \g<x> ask for",
        ),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+vera\s+enna\s+{_TAMIL_SAYING}", r"what else did \g<x> say"),
        (rf"{_CLAUSE_START}vera\s+enna\s+{_TAMIL_SAYING}", "what else did they say"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+enna\s+scene\b", r"what about \g<x>"),
        (
            rf"{_CLAUSE_START}about\s+(?P<x>[^,?]+?)\s+enna\s+{_TAMIL_SAYING}",
            r"what did they say about \g<x>",
        ),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+enna\s+pann(?:anga|aru|inanga|ninga)\b", r"what did \g<x> do"),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+enna\s+(?P<verb>[a-z][\w-]*)\s+{_TAMIL_DOING}",
            r"what did \g<x> \g<verb>",
        ),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+enna\s+{_TAMIL_SAYING}", r"what did \g<x> say"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+enna\s+(?:ketanga|kettanga)\b", r"what did \g<x> ask for"),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:ethachum|anything)\s+(?:sonnaara|sonnanga|pesunaara)\b",
            r"did \g<x> say anything",
        ),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:sonnaara|pesunaara)\b", r"did \g<x> say"),
        (r"^(?P<x>(?-i:[A-Z][\w&-]*))\s+enna\s*\?*\s*$", r"what about \g<x>?"),  # "CALB enna?": and CALB?
        (r"\babout\s+(?P<x>[^,?]+?)\s+enna(?=\s*[?.!]*\s*$)", r"what about \g<x>"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+enna(?=\s*[?.!]*\s*$)", r"what is \g<x>"),  # "NPC full form enna"
        (r"\byaaru\s+yaaru\b", "who"),
        (r"\bvera\s+enna\b", "what else"),
        (r"\s+nu\s+(?=(?:yaaru|ellarum|sonn|solr|soll|pottirukanga|paathen|sollirukanga)\w*)", " "),
        (rf"\b(?P<verb>[a-z][\w-]*)\s+{_TAMIL_DOING}(?=\s*(?:[?.!,]|$|\s))", r"\g<verb>"),
        (rf"\b(?:ellarum|avanga|avaru)\s+{_TAMIL_SAYING}\b", "they say"),
        (rf"\b{_TAMIL_SAYING}\b", "say"),
        (r"\bketanga\b|\bkettanga\b", "asked"),
        (r"\bpottirukanga\b|\bpottrukanga\b", "set"),
        (r"\bvandhuchu\b|\bvaruthu\b", "come"),
        (r"\b(?:kuduthanga|kudukanum|kudukuraanga)\b", "give"),
        (r"\b(?:irukka|irukku)\b", "is there"),
        (r"\birundhuchu\b", "was there"),
        (r"\bnadanthuchu\b", "happen"),
        (r"\bathula\b|\bidhula\b", "in that"),
        (r"\b(?:idhu|ithu|indha)\b", "this"),
        (r"\b(?:athu|antha)\b", "that"),
        (r"\bavanga\b", "they"),
        (r"\bavaru\b", "he"),
        (r"\bvera\b", "other"),
        (r"\bmattum\b", "only"),
        (r"\bethachum\b", "anything"),
        (r"\bmunnadi\b", "before"),
        (r"\bmela\b", "against"),
        (r"\brendu\b", "two"),
        (r"\bvenum\b", "need"),
        (r"\bavlo\b", "so"),
        (r"\bvekka\b", "keep"),
        (r"\bpaathen\b", "I saw"),
        # (not the money: "in yen", "a strong yen", "500 yen")
        (
            r"(?<!\bin\s)(?<!\bto\s)(?<!\bof\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bstrong\s)(?<!\bweak\s)(?<!\d\s)"
            r"\byen\b(?!\s*\d)",
            "why",
        ),  # (a Tamil message only)
        (r"(?<=\w)\s+(?:thaana|illaya|la|aa|ah)(?=\s*(?:[?.!,]|$))", ""),  # a closing question particle
        (r"(?<=\w)\s+thaana\b", ""),
        (r"(?<=\w)\s+um(?=\s)", " also"),
        (r"(?<=\w)\s+(?:ah|aa)\s+(?=[a-z])", " "),  # "simple ah sollu": simply
        (r"\s+nu\b", ""),
        (r"\bsollu\b|\bsolluda\b", "tell"),
        (r"\billa\b", "or not"),
    )
)
_TAMIL_WORD = whole_word(_TAMIL_QUESTION_WORDS)
_TAMIL_WORDS = frozenset(_TAMIL_QUESTION_WORDS) | _TAMIL_MARKS


def _tanglish_in_english(text: str) -> str:
    """ "CATL enna ask pannanga?" -> "what did CATL ask?", "dollar la evlo?" -> "how much in dollar?",
    "NPC na enna?" -> "what is NPC?": Tamil put in English, the question word first, in a message with a
    Tamil question word closing a clause or before a verb, or two other marks of it (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    # (lowercase words, none after an article: "what is the pathi in Sanskrit grammar?" asks about it)
    words = {m.group(1) for m in re.finditer(r"(?<!\bthe\s)(?<!\ba\s)(?<!\band\s)\b([a-z]+)\b", text)}
    # (one lowercase Tamil question word or other mark, or "yen" (why) with a little word of Tamil: "yen
    # da?"; "in yen" is Japan's money)
    if not (words & _TAMIL_WORDS or re.search(r"\byen\s+da\b", text)):
        return text
    opening = text.split()[0].lower() in _TAMIL_WORDS  # ("Enna da?": read in lowercase)
    text = with_phrases(text[0].lower() + text[1:] if opening else text, _TAMIL_PHRASES)
    text = _TAMIL_WORD.sub(lambda m: _TAMIL_QUESTION_WORDS[m.group()], text)
    return _question_word_first(_tidy_spacing(text))


# Hebrew in Latin letters in an English message ("embodied intelligence ma ze", "mi amar?", "kama in
# dollars?", "tachles, what did CATL want?"), read when it has one of these marks.
# (in lowercase: "Kama Sutra", "Stam", "Nu Skin" are names; "kama" opening or closing the question only:
# "hamachi kama" is a cut of fish, Swahili's "kama" is "if")
_HEBREW_MARKS = re.compile(
    r"\b(?:ma\s+ze|mi\s+amar|mi\s+ze|b['’]emet|tachles|eizeh?|or\s+stam)\b|\bstam\s+(?=(?:explain|tell|say)\b)|"
    r"^(?:achla|sababa)\b|\b(?:achla|sababa)\s*[?!.]*\s*$|"
    r"^kama\s+(?=[a-z])|(?<!\bhamachi)(?<!\bburi)(?<!\bsalmon)(?<!\btai)\s+kama(?=\s*(?:[?,]|$))|"
    r"^nu\s*,|^nu\s+(?=(?:and|so|what|why|how|who|when|where|which)\b)"
)
_HEBREW_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"(?:^|[\s,]+)(?:tachles|yalla|achla|sababa|b['’]emet)(?=[\s,?.!]|$)[\s,]*", " "),
        (r"^nu\b[\s,]*", ""),
        (r"\s*[-–—]?\s*\bma\s+ze\s*,\s*", ", "),  # "gotion - ma ze, what ...": so what ...
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+ma\s+ze\b", r"what is \g<x>"),  # "X ma ze": what is X
        (r"^\s*ma\s+ze\b", "what is"),
        (r"\bmi\s+amar\s+et\s+ze\b|\bmi\s+amar\b", "who said that"),
        (r"\bmi\s+ze\b", "who is it"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+kama(?=\s*[?,.!]|\s*$)", r"how much \g<x>"),
        (r"\bkama\b", "how much"),
        (r"\beizeh?\b", "which"),
        (r"\s+or\s+stam\b", " or not"),
        (r"\bstam\s*", ""),
        (r"(?<=\w)\s+already(?=\s*\?*\s*$)", ""),  # "what they decided already?": kvar, no "already"
    )
)


def _opener_lowered(opener: re.Pattern[str] | None, text: str) -> str:
    """``text`` with a language's word that ``opener`` finds opening it in lowercase, as its readers look for
    it ("Neden?", "Giati?": capitalised on a phone)."""
    return opener.sub(lambda m: m.group().lower(), text) if opener else text


def _phrases_read(
    text: str,
    marks: re.Pattern[str],
    phrases: Sequence[tuple[re.Pattern[str], Replacement]],
    opener: re.Pattern[str] | None = None,
    then: Callable[[str], str] = str,
) -> str:
    """``text`` with a language's ``phrases`` put in English (and ``then`` done to it: the question word put
    first, for a language that puts it last) when it has one of its ``marks`` (its word ``opener`` finds
    opening it read in lowercase) and asks no question about words themselves ("what does 'ma ze' mean?");
    else unchanged."""
    opened = _opener_lowered(opener, text)
    if _ASKS_ABOUT_WORDS.search(text) or not marks.search(opened):
        return text
    return then(_tidy_spacing(with_phrases(opened, phrases)).strip(" ,"))


def _hebrew_in_english(text: str) -> str:
    """ "embodied intelligence ma ze" -> "what is embodied intelligence", "mi amar?" -> "who said that?",
    "kama in dollars?" -> "how much in dollars?": Hebrew words put in English, in a message with one of
    them (else unchanged)."""
    return _phrases_read(text, _HEBREW_MARKS, _HEBREW_PHRASES)


# Malay in Manglish ("CATL apa dia minta?", "berapa in ringgit?", "CALB pula?", "PBOC ke?"), read when the
# message has a Malay question word or two other marks of it.
_MALAY_QUESTION_WORDS = {
    "apa": "what", "siapa": "who", "berapa": "how much", "bila": "when", "kenapa": "why", "mana": "where",
}  # fmt: skip
# (not "dia", "mau", "tu", "ke", "tak": Portuguese, French and Hindi have them too)
_MALAY_MARKS = word_set("minta cakap cadang pula sikit dapat punya banyak sudah boleh kan")
_MALAY_VERBS = {"minta": "ask for", "cakap": "say", "cadang": "propose", "mau": "want", "nak": "want"}
_MALAY_VERB = "|".join(_MALAY_VERBS)
_MALAY_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"\bjam\s+berapa\b", "what time"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+apa\s+dia\s+(?P<v>{_MALAY_VERB})\b", r"what did \g<x> \g<v>"),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:ada\s+)?(?P<v>{_MALAY_VERB})\s+apa\b",
            r"what did \g<x> \g<v>",
        ),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+apa\s+(?P<v>{_MALAY_VERB})\b", r"what did \g<x> \g<v>"),
        (r"(?<=\w)\s+ah\b", ""),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+tu\s+apa\b", r"what is \g<x>"),
        (
            rf"{_CLAUSE_START}(?:but\s+)?(?P<x>[^,?]+?(?<!\bfrom)(?<!\bby)(?<!\bfor))\s+siapa(?=\s*[?.!]*\s*$)",
            r"who is \g<x>",
        ),
        (r"\bapa\s+lagi\b", "what else"),
        (r"\bberapa\s+banyak\b", "how many"),
        (r"\bsiapa\s+punya\s+(?P<x>[\w-]+)", r"whose \g<x>"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+pula\s*(?=\?|$)", r"and \g<x>"),  # "CALB pula?": and CALB?
        (r"(?<=\w)\s+(?:ke|kan)(?=\s*(?:[?.!,]|$))", ""),  # a closing tag asks yes or no
        (r"(?<=\w)\s+tu(?=\s*(?:[?.!,]|$))|(?<=\w)\s+tu\b(?=\s+[a-z])", ""),  # "X tu": that X
        (r"[\s,]*\b(?:explain\s+)?sikit\b", ""),
        (r"\bdia\b", "they"),
        (r"\bdapat\b", "gets"),
        (r"\bsudah\b", "already"),
        (r"\btak\b", "not"),
        (r"\bada\b", "is there"),
        (r"\blagi\b", "more"),
    )
)
_MALAY_WORD = whole_word([*_MALAY_QUESTION_WORDS, *_MALAY_VERBS])


def _malay_in_english(text: str) -> str:
    """ "CATL apa dia minta?" -> "what did CATL ask for?", "berapa in ringgit?" -> "how much in ringgit?",
    "CALB pula?" -> "and CALB?": Malay put in English, the question word first, in a message with a Malay
    question word or two other marks of it (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    words = _typed_in_lowercase(text)
    # (a Malay question word where Malay puts it: not "apa format" (the citation style), nor a Swahili or
    # Hindi "bila" (without) inside a clause; "100 pula" is Botswana's money)
    asks_in_malay = bool(
        re.search(
            r"\b(?:apa|siapa|berapa|kenapa)\b(?!\s+(?:format|style|citations?|referencing|guidelines|edition|or\s+mla|\d+(?:st|nd|rd|th)))",
            text,
        )
        or re.search(r"(?:^|[,?]\s*)bila\b|\bbila\s*\?*\s*$", text)
    )
    asks = asks_in_malay or bool(
        re.search(r"(?<!\d)(?<!\d\s)(?<!\bthe\s)(?<!\bin\s)(?<!\bof\s)\bpula\s*\?*\s*$", text)
        or (
            re.search(r"\b(?:ke|kan)\s*\?\s*$|\bkan\s*$", text)  # (in English: not Swedish "vad kan?")
            and re.search(
                r"\b(?:the|is|are|was|this|that|it|they|got|want|wants|all|for|of|to|and|about|who|what|where|how)\b",
                text,
            )
        )
    )
    if not asks and len(words & _MALAY_MARKS - {"kan"}) < 2:
        return text
    text = with_phrases(text, _MALAY_PHRASES)
    text = _MALAY_WORD.sub(lambda m: {**_MALAY_QUESTION_WORDS, **_MALAY_VERBS}[m.group()], text)
    # (a Malay question word stands where the answer would; an English one is where the asker put it)
    return _question_word_first(_tidy_spacing(text)) if asks_in_malay else _tidy_spacing(text)


# Gulf Arabizi in English ("shu CATL wanted?", "Gotion shu 2al?", "kam bil dollar?", "lesh?", "meen 2al?",
# "w CALB?"), read when the message has one of its words no English sentence has (in lowercase: "Shu" is a
# name).
_ARABIZI_MARKS = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)\b(?:shu|lesh|leish|wein|emta|2al|qal|habibi|wallah|wallahi|khalas|mashallah|inshallah|3adi|7ata)\b|"
    # ("meen" before what it asks: not Dutch "ik meen het"; "bil" before money: not Norwegian's car)
    r"\bmeen\s+(?=(?:2al|qal|hua|called|is|the|and|said|wanted|asked|proposed)\b)|\bmeen\s*\?*\s*$|"
    r"\bbil\s+(?=(?:dollars?|usd|dirhams?|euros?)\b)|"
    # "kam" (how much) opening or closing a question, "w" (and) opening a short one
    r"^(?:ok\s+|w\s+)?kam\s+(?=(?:the|for|from|of|percent|bil|is|was|are|goes)\b)|\s+kam\s*\?*\s*$|^kam\s*\?|"
    r"^w\s+\S+(?:\s+\S+){0,4}\?\s*$"
)
_ARABIZI_VERB = r"(?P<verb>wanted|want|asked\s+for|asked|said|proposed|suggested)"
_ARABIZI_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (
            r"(?:^|[\s,]+)(?:(?i:salam|salaam|marhaba|ahlan|yalla|habibi|wallahi?|khalas|mashallah|inshallah|3adi|ok)"
            r"\b[\s,]*)+(?=\w)",
            " ",
        ),
        (r"[\s,]+(?:yalla|habibi|wallahi?|khalas|mashallah|inshallah)(?=\s*[?.!]*\s*$)", ""),
        (r"^w\s+(?=\w)", "and "),
        (r"\bkam\s+bil\s+(?P<x>dollars?|usd|dirhams?|euros?)\b", r"how much in \g<x>"),
        (r"(?P<x>\S[^,?]*\bdate)\s+kam(?=\s*\?*\s*$)", r"what is \g<x>"),  # "this article date kam?"
        (r"\bbil\s+(?=(?:dollars?|usd|dirhams?|euros?)\b)", "in "),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+shu\s+(?:2al|qal)\b", r"what did \g<x> say"),
        (r"\bmeen\s+(?:2al|qal)\b", "who said that"),
        (r"\bmeen\s+hua\b", "who is he"),
        (
            rf"{_CLAUSE_START}(?:shu\s+(?P<x>[^,?]+?)|(?P<y>[^,?]+?)\s+shu)\s+{_ARABIZI_VERB}\b",
            lambda m: f"what did {m.group('x') or m.group('y')} {in_base_form(m.group('verb'))}",
        ),
        (r"\bshu\s+(?P<x>its|their|his|the)\s+(?P<y>[\w-]+)", r"what is \g<x> \g<y>"),
        (r"\bshu\s+(?=(?:it|they|he)\s+(?:do|does|mean|means)\b)", "what does "),
        (
            rf"{_CLAUSE_START}(?:(?P<and>and)\s+)?(?P<x>[^,?]+?)\s+(?:shu|kam)(?=\s*[?.!]*\s*$)",
            lambda m: (
                ("and " if m.group("and") else "")
                + ("what is " if m.group().rstrip().endswith("shu") else "how much ")
                + m.group("x")
            ),
        ),
        (r"\bshu\b", "what"),
        (r"\bkam\b", "how much"),
        (r"\b(?:lesh|leish)\b", "why"),
        (r"\bmeen\b", "who"),
        (r"\bwein\b", "where"),
        (r"\bemta\b", "when"),
        (r"\b(?:2al|qal)\b", "said"),
    )
)


def _arabizi_in_english(text: str) -> str:
    """ "shu CATL wanted?" -> "what did CATL want?", "Gotion shu 2al?" -> "what did Gotion say?", "kam
    bil dollar?" -> "how much in dollar?", "w CALB?" -> "and CALB?": Gulf Arabizi put in English, in a
    message with one of its words (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text) or not _ARABIZI_MARKS.search(text):
        return text
    # ("kam" alone is a name, a Hebrew "how much" is read before: with another Arabizi word only)
    return _tidy_spacing(with_phrases(text, _ARABIZI_PHRASES)).strip(" ,")


# Lebanese Arabizi, Levantine Arabic in Latin letters with English and French in it ("shu talabit Gotion bel
# Two Sessions?", "addesh bel dollar?", "emta nashro hayda el article?", "el CPPCC 3enda legislative power
# wala bas advisory?", "w el NPC?"), read when the message has one of its words no English sentence has (a
# digit for an Arabic sound: "3an", "hala2", "ya3ne"; "hayda", "addesh", "kamen"), or a Gulf Arabizi question
# word with a small word of Levantine ("lesh? shu el hadaf?"). Gulf Arabizi's phrases are read after its own.
# (not "adesh", a Hindi order; "haydi", Turkish "come on"; "badda", Punjabi "big"; "tab3", a tab; "esma", a
# name)
_LEVANTINE_STRONG_MARKS = (
    r"addesh|2addesh|2adesh|haydol|haydoul|taba3|ya3ne|ya3ni|hala2|halla2|3an|3al|3ande|3andi|"
    r"3enda|3endo|3endon|3andon|3anda|3ando|mnih|mni7|hiye|huwe|huwwe|kenet|kteer|metl|asalan|talabit|"
    r"talabet|talabo|talabou|2alo|2alou|2alet|nashro|nasharo|5afado|5afadou|5afadouh|nazalo|nazzalo|ynazlo|y3tu|"
    r"ya3tu|ta3mel|ya3mel|t2asser|bt2asser|bifakro|rayhin|baddi|2abel|ba3d|kifak|kifik|"
    r"mbee3in|mbe3in"
)
_LEVANTINE_VERBS_MARKED = r"talab|talabit|talabet|2alet|nashar|5afad|e2tara7|badon|baddon|bifakro"
_LEVANTINE_MARKS = re.compile(
    rf"\b(?:{_LEVANTINE_STRONG_MARKS})\b|"
    # "kif el ...", "kif ha ...", "kif?" (how): not the name, nor the hemp
    r"^kif\s*\?|\bkif\s+(?=(?:el|ha|hayda)\b)|"
    # "la2, ...", "la2 ya3ne": no (not a postcode)
    r"(?:^|(?<=[.?!,]\s))la2\s*(?=[,.!?]|ya3n[ei]\b)|"
    r"\b(?:bel|bil)\s+(?=(?:dollars?|usd|euros?|liras?|rmb|yuan)\b)|^w\s+el\s+(?=\S)|"
    r"\bc['’]est\s+quoi\s+el\s+(?=\S)|"  # (French would say "le")
    # a question word before a Levantine verb ("meen talab", "Xiaomi shu talab?"), "meen b contact?" (whom do
    # I contact), "bade compare" (I want to; not "bade him farewell")
    rf"\b(?:shu|shou|meen|emta|lesh)\s+(?:kamen\s+)?(?:{_LEVANTINE_VERBS_MARKED})\b|\bmeen\s+b\s+(?=[a-z]{{3,}})"
)
# Small words of Levantine ("el", "bel", "wala"), and its words that are Turkish, Bulgarian, Persian, Hindi
# or English words too ("hayde", "kamen", "esmo", "bade", "ktir", a gamer tag "ra7"): a mark of it with a
# question word of Gulf Arabizi, or three together; alone they are Spanish, Hindi or Tagalog words too (and
# "shi", "bi" and "fi" Chinese pinyin, with its "shu")
_LEVANTINE_SMALL_WORD = re.compile(
    r"\b(?:el|il|bel|lal|wala|walla|eza|iza|hal|kel|kell|hayda|hayde|kamen|esmo|ktir|ra7|bade|badde|badon|"
    r"baddon)\b"
)
_ARABIZI_ASKING = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)\b(?:shu|shou|lesh|leish|wein|emta|2al|qal)\b|\bmeen\b(?!\s+(?:je|het|ik|u|dat)\b)"
)
_LEVANTINE_OPENER = re.compile(r"^(?:Addesh|2addesh|Shu|Shou|Meen|Emta|Lesh|Kif)\b(?=\s+[a-z0-9]|\s*\?)")
_LEVANTINE_QUESTION_WORDS = {
    "shu": "what", "shou": "what", "meen": "who", "emta": "when", "lesh": "why", "kif": "how",
    "wein": "where", "addesh": "how much", "adesh": "how much", "2addesh": "how much",
}  # fmt: skip
_LEVANTINE_WH = r"(?P<wh>shu|shou|emta|lesh|kif|wein|addesh|adesh|2addesh)"
# Verbs of asking, saying, proposing, publishing and cutting in the past, with one doer (named after it:
# "shu talabit Gotion") or with "they" in them ("emta nashro"): their English past and base form.
_LEVANTINE_DONE_BY = {
    "talab": ("asked for", "ask for"), "talabit": ("asked for", "ask for"),
    "talabet": ("asked for", "ask for"), "2al": ("said", "say"), "2alet": ("said", "say"),
    "2alit": ("said", "say"), "e2tara7": ("proposed", "propose"), "2tara7": ("proposed", "propose"),
    "nashar": ("published", "publish"), "nasharet": ("published", "publish"), "5afad": ("cut", "cut"),
    "5afadet": ("cut", "cut"), "nazal": ("lowered", "lower"), "nazzal": ("lowered", "lower"),
    "rafa3": ("raised", "raise"), "a3lan": ("announced", "announce"), "a3lanet": ("announced", "announce"),
    "7aka": ("talked", "talk"), "7attet": ("put", "put"), "7atta": ("put", "put"),
    "bada": ("started", "start"), "3emil": ("did", "do"), "3amal": ("did", "do"),
}  # fmt: skip
_LEVANTINE_DONE_BY_THEM = {
    "talabo": ("asked for", "ask for"), "talabou": ("asked for", "ask for"), "2alo": ("said", "say"),
    "2alou": ("said", "say"), "e2tara7o": ("proposed", "propose"), "nashro": ("published", "publish"),
    "nasharo": ("published", "publish"), "nashrou": ("published", "publish"), "5afado": ("cut", "cut"),
    "5afadou": ("cut", "cut"), "khaffado": ("cut", "cut"), "nazalo": ("lowered", "lower"),
    "nazzalo": ("lowered", "lower"), "rafa3o": ("raised", "raise"), "a3lano": ("announced", "announce"),
    "7ako": ("talked", "talk"), "7atto": ("put", "put"), "3emlo": ("did", "do"), "3amalo": ("did", "do"),
}  # fmt: skip
_LEVANTINE_ANY_DONE = {**_LEVANTINE_DONE_BY, **_LEVANTINE_DONE_BY_THEM}
# ... with what was done in them ("5afadouh": they cut it)
_LEVANTINE_DONE_TO_IT = {"5afadouh": "cut", "5afadoh": "cut", "nashrouh": "publish", "nazalouh": "lower"}
# Verbs in the present, after "ha"/"ra7" (will), "lazem" (must) or "fiya" (can), or with "b" (do): their doer
# and English base form ("ynazlo": they lower, "t2asser": it affects, "bifakro": they think).
_LEVANTINE_DOING = {
    "ynazlo": ("they", "lower"), "ynazzlo": ("they", "lower"), "y5afdo": ("they", "cut"),
    "ykhaffdo": ("they", "cut"), "y3tu": ("they", "give"), "ya3tu": ("they", "give"),
    "ya3mlo": ("they", "do"), "yfakro": ("they", "think"), "yfakkro": ("they", "think"),
    "ytalbo": ("they", "ask for"), "y2ulo": ("they", "say"), "ynashro": ("they", "publish"),
    "yrafe3o": ("they", "raise"), "t2asser": ("it", "affect"), "y2asser": ("it", "affect"),
    "ta3mel": ("it", "make"), "ya3mel": ("it", "make"), "tsa3ed": ("it", "help"), "ysa3ed": ("it", "help"),
    "ta3te": ("it", "give"), "ya3te": ("it", "give"),
}  # fmt: skip
_LEVANTINE_WANTING = {"badon": "they", "baddon": "they", "badda": "she", "baddo": "he", "bado": "he"}


def _levantine_asked(match: re.Match[str]) -> str:
    """The English of the Levantine question word a pattern found ("emta": when)."""
    return _LEVANTINE_QUESTION_WORDS[match.group("wh")]


def _levantine_verb(words: Sequence[str]) -> str:
    """ "(VERB)": a pattern for any of a Levantine verb's forms, longest first."""
    return "(?P<verb>" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def _asked_with_do(doer: str) -> str:
    """ "do" or "does", as English asks of ``doer`` in the present."""
    return "does" if doer in ("he", "she", "it") else "do"


def _wanting(verb: str, named: str = "") -> str:
    """ "do they", "does she", "do Geely and GAC": who wants, as English asks it ("badon": they want)."""
    doer = _LEVANTINE_WANTING[verb]
    return f"{_asked_with_do(doer)} {named or doer}"


def _levantine_doing(word: str) -> tuple[str, str] | None:
    """The doer and English base form of a Levantine verb in the present ("bifakro" -> they think, "bt2asser"
    -> it affects: "b" before it), or None."""
    plain = re.sub(r"^bi(?=[a-z])", "y", word) if word.startswith("bi") else re.sub(r"^b(?=[ty])", "", word)
    return _LEVANTINE_DOING.get(word) or _LEVANTINE_DOING.get(plain)


def _levantine_present(match: re.Match[str]) -> str:
    """ "shu bifakro" -> "what do they think", "shu bifakro el teachers" -> "what do el teachers think", "kif
    bt2asser" -> "how does it affect" (a verb not known kept)."""
    doing = _levantine_doing(match.group("verb"))
    if doing is None:
        return match.group()
    doer, verb = doing
    asked = _levantine_asked(match)
    return f"{asked} {_asked_with_do(doer)} {match.groupdict().get('x') or doer} {verb}"


def _levantine_did(match: re.Match[str]) -> str:
    """ "shu talabit Gotion" -> "what did Gotion ask for", "w shu kamen talabo" -> "what else did they ask
    for": a question word, a verb in the past and its doer after it (or in it), in English order."""
    asked = _levantine_asked(match) + (" else" if match.group("else") else "")
    return f"{asked} did {match.groupdict().get('x') or 'they'} {_LEVANTINE_ANY_DONE[match.group('verb')][1]}"


# The one who did it, named after the verb: "el" and what follows, up to a preposition or the end of the
# clause ("shu 2al el CEO taba3 CATL 3an ..."), or a name ("Gotion").
_LEVANTINE_DOER = (
    r"(?P<x>(?:el|il)\s+[^,?]+?(?=\s+(?:3an|3al|3a|bel|bil|bi|b|la|lal|men|ma3|fi|lama|hala2|this|last|in|at|on|"
    r"about|for|to|from|with|when|after|before)\b|\s*[?,.!]|\s*$)|"
    r"(?-i:[A-Z])[\w&.-]*(?:\s+(?:taba3\s+|w\s+)?(?-i:[A-Z])[\w&.-]*)*)"
)
_LEVANTINE_WANTS = r"(?P<verb>badon|baddon|badda|baddo|bado)"
_ADDESH = r"(?:addesh|adesh|2addesh)"
_LEVANTINE_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        # fillers: "bref", "la2" (no) before what is asked again, "kifak" (how are you), "asalan" (at all)
        (r"(?:^|(?<=[?.!]\s))(?:(?:bref|la2|kifak|kifik|marhaba|3ad|ya\s+3ammi)\b[\s,?]*)+(?=\w)", ""),
        (r"\bwala\s+la2?(?=\s*[?.!]|\s*$)", "or not"),  # ("... wala la?": or not; "la", no)
        # "eza X, meen b contact?": if X, who do I contact (the question put first)
        (
            r"^(?:(?P<and>w)\s+)?(?:eza|iza)\s+(?P<cond>[^,?]+?)[\s,]+(?P<q>(?:meen|shu|wein|emta|kif|addesh)\s[^,?]*)",
            lambda m: f"{'w ' if m.group('and') else ''}{m.group('q')} eza {m.group('cond')}",
        ),
        # "el match emta?": when the match is
        (
            r"(?:^|(?<=[,?]\s))(?P<x>(?:el|il|hayd[aei])\s[^,?]+?)\s+(?P<wh>emta|wein|meen|kif)(?=\s*[?.!]*\s*$)",
            lambda m: f"{_levantine_asked(m)} is {m.group('x')}",
        ),
        (r"\bana\s+(?=(?:bade|badde|baddi)\b)", ""),
        (r"\b(?:bade|badde|baddi)\s+(?:a3ref|e3ref|a3rif)\b", "I want to know"),
        # "ya3ne" (I mean): "so" opening a statement ("ya3ne I had to pay twice?"), else nothing
        (
            r"^ya3n[ei]\b[\s,]*(?!(?:shu|shou|meen|emta|lesh|kif|wein|addesh|adesh|2addesh|kam)\b)(?=\w)",
            "so ",
        ),
        (r"(?<!\bshu\s)(?<!\bshou\s)\bya3n[ei]\b[\s,]*", " "),
        (r"[\s,]*\basalan\b", ""),
        (r"\bbel\s+zab[te]\b", "exactly"),
        # "shu ya3ne X": what X is; "shu esmo": what his name is; "shu hiye": what it is
        (r"\bsh(?:u|ou)\s+ya3n[ei]\s*(?=[?.!]*\s*$)", "what does it mean"),
        (r"\bsh(?:u|ou)\s+ya3n[ei]\b", "what is"),
        (r"\bsh(?:u|ou)\s+(?:esmo|esma)\s+(?=el\b|il\b|(?-i:[A-Z]))", "what is the name of "),
        (r"\bsh(?:u|ou)\s+esmo\b", "what is his name"),
        (r"\bsh(?:u|ou)\s+esma\b", "what is its name"),
        (r"\bsh(?:u|ou)\s+(?:hiye|huwe|huwwe|hiya|huwa)\b", "what is"),
        (r"\bsh(?:u|ou)\s+(?:hene|henne|hinne)\b", "what are"),
        (r"\bmeen\s+(?:hiye|huwe|huwwe)\b", "who is"),
        (r"\bsh(?:u|ou)\s+hayd[aei]\s*(?=[?.!]*\s*$)", "what is this"),
        (r"\bsh(?:u|ou)\s+hayd[aei]\s+(?:el\s+|il\s+)?", "what is this "),
        (r"\bmeen\s+(?:2al|qal)\s+hayd[aei]\b", "who said this"),
        (r"\bmeen\s+b\s+(?=[a-z])", "who do I "),  # "meen b contact?": who do I contact
        (r"\bsh(?:u|ou)\s+b\s+(?=[a-z])", "what do I "),
        # "X shu talab?": what X asked for; "shu talabit Gotion?", "emta nashro?": the doer after the verb or
        # in it
        (
            rf"{_CLAUSE_START}(?:(?P<and>w)\s+)?(?P<x>[^,?]+?)\s+sh(?:u|ou)\s+{_levantine_verb(_LEVANTINE_ANY_DONE)}\b",
            lambda m: (
                f"{'and ' if m.group('and') else ''}what did {m.group('x')} "
                f"{_LEVANTINE_ANY_DONE[m.group('verb')][1]}"
            ),
        ),
        (
            rf"{_CLAUSE_START}(?:(?P<and>w)\s+)?(?P<x>[^,?]+?)\s+sh(?:u|ou)\s+{_LEVANTINE_WANTS}\b",
            lambda m: (
                f"{'and ' if m.group('and') else ''}what {_wanting(m.group('verb'), m.group('x'))} want"
            ),
        ),
        (
            rf"\b{_LEVANTINE_WH}\s+(?:(?P<else>kamen|kaman)\s+)?{_levantine_verb(_LEVANTINE_DONE_BY)}\s+"
            + _LEVANTINE_DOER,
            _levantine_did,
        ),
        (
            rf"\b{_LEVANTINE_WH}\s+(?:(?P<else>kamen|kaman)\s+)?{_levantine_verb(_LEVANTINE_ANY_DONE)}\b",
            _levantine_did,
        ),
        (
            rf"\b{_LEVANTINE_WH}\s+{_levantine_verb(_LEVANTINE_DONE_TO_IT)}\b",
            lambda m: f"{_levantine_asked(m)} did they {_LEVANTINE_DONE_TO_IT[m.group('verb')]} it",
        ),
        (
            rf"\bmeen\s+(?:kamen\s+)?{_levantine_verb(_LEVANTINE_ANY_DONE)}\b",
            lambda m: f"who {_LEVANTINE_ANY_DONE[m.group('verb')][0]}",
        ),
        # "kif reacted el companies": an English verb before its doer
        (
            rf"\b{_LEVANTINE_WH}\s+(?P<verb>[a-z]+ed)\s+{_LEVANTINE_DOER}",
            lambda m: f"{_levantine_asked(m)} did {m.group('x')} {in_base_form(m.group('verb'))}",
        ),
        (
            rf"\bli\s+{_levantine_verb(_LEVANTINE_DONE_BY)}\s+{_LEVANTINE_DOER}",
            lambda m: f"that {m.group('x')} {_LEVANTINE_DONE_BY[m.group('verb')][0]}",
        ),
        (rf"\b{_LEVANTINE_WH}\s+(?P<verb>b(?:i|y|t)[a-z0-9]+)\s+{_LEVANTINE_DOER}", _levantine_present),
        (rf"\b{_LEVANTINE_WH}\s+(?P<verb>b(?:i|y|t)[a-z0-9]+)\b", _levantine_present),
        (
            rf"\b{_LEVANTINE_WH}\s+{_LEVANTINE_WANTS}\b",
            lambda m: f"{_levantine_asked(m)} {_wanting(m.group('verb'))} want",
        ),
        # "ha t2asser": will it affect; "lazem y3tu": must give; "el CPPCC fiya ta3mel laws?": can it make
        # laws
        (r"\b(?P<v>t2asser|y2asser|bt2asser)\s+3al\b", r"\g<v> el"),  # (affects "on" the industry)
        (
            rf"\b(?:ha|7a|ra7)\s+{_levantine_verb(_LEVANTINE_DOING)}\b",
            lambda m: "will {} {}".format(*_LEVANTINE_DOING[m.group("verb")]),
        ),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:fiya|fiyon|fih|fio|fi)\s+{_levantine_verb(_LEVANTINE_DOING)}\b",
            lambda m: f"can {m.group('x')} {_LEVANTINE_DOING[m.group('verb')][1]}",
        ),
        (
            rf"\b(?:lazem|lezem)\s+{_levantine_verb(_LEVANTINE_DOING)}\b",
            lambda m: f"must {_LEVANTINE_DOING[m.group('verb')][1]}",
        ),
        # how much, how many ("Geely w GAC addesh stations 3endon?": how many stations do they have)
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+{_ADDESH}\s+(?P<y>[^,?]+?)\s+3end(?:on|o|a)\b",
            r"how many \g<y> do \g<x> have",
        ),
        (rf"{_CLAUSE_START}(?P<x>(?!w\s)[^,?]+?)\s+{_ADDESH}\s+(?:kan|kenet)\b", r"how much was \g<x>"),
        (rf"\b{_ADDESH}\s+(?:kan|kenet)\s+(?=el\b|il\b)", "how much was "),
        (rf"\b{_ADDESH}\s+(?:kan|kenet)\b", "how much was it"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+{_ADDESH}(?=\s*[?.!]*\s*$)", r"how much is \g<x>"),
        (rf"\b{_ADDESH}\s+(?:men|min)\b", "how much of"),
        (rf"\b{_ADDESH}\s+(?=el\b|il\b|hayda\b)", "how much is "),
        (rf"\b{_ADDESH}\s+(?!percent\b|per\b)(?=[a-z][\w-]*s\b)", "how many "),
        (rf"\b{_ADDESH}\b", "how much"),
        (r"\b(?:bel|bil|b)\s+(?=(?:dollars?|usd|euros?|liras?|rmb|yuan)\b)", "in "),
        (r"\bkam\s+(?=(?-i:[A-Z]{2,})|[a-z]+s\b)(?!(?:percent|per|bel|bil)\b)", "how many "),
        # "kif el X": how the X is; "lesh hayda mnih": why this is good; "hayda kel el bonds?": is this all
        (r"\bkif\s+(?=el\b|il\b|hayd[aei]\b)", "how is "),
        (r"\blesh\s+hayd[aei]\b(?!\s+(?:el|il)\b)", "why is this"),
        (r"\blesh\s+rayhin\b", "why are they going"),
        (r"(?:^|(?<=[,?]\s))hayd[aei]\s+(?=(?:kel|kell|mnih|mni7|sa7|mazbout)\b)", "is this "),
        (r"\bsh(?:u|ou)\s+kamen\b", "what else"),
        (r"\bmeen\s+kamen\b", "who else"),
        (r"\bkamen\s+shi\b", "anything else"),
        (
            rf"\b(?P<c>lama|eza|iza|li|w|bas)\s+{_levantine_verb(_LEVANTINE_DONE_BY_THEM)}\b",
            lambda m: f"{m.group('c')} they {_LEVANTINE_DONE_BY_THEM[m.group('verb')][0]}",
        ),
        (r"\bhayd[aei]\s+(?:el|il)\b", "this"),
        (r"\bhaydo(?:u)?l\s+(?:el|il)\b", "these"),
        (r"\b(?:bel|bil)\s+(?=(?-i:[A-Z])|\d)", "in "),  # "bel September", "bel 2024": in
        (r"^fi\s+shi\b", "is there anything"),
        (r"^fi\s+(?=[a-z])", "is there "),
        (r"\bma\s+fi\b", "there is no"),
        (r"\bhal\s+sene\b", "this year"),
        (r"\bel\s+sene\s+el\s+(?:madye|maday)\b", "last year"),
        (r"\bawal\s+marra\b", "the first time"),
        (r"\bakher\s+marra\b", "the last time"),
        (r"\bel\s+yom\b", "today"),
        (r"\baccording\s+la\b", "according to"),
        (r"\bra7\s+(?:la|3a)\b", "went to"),
        (r"\bra7\s+(?:3al|lal)\b", "went to the"),
        (r"\bmetl\s+3ana\b", "like ours"),
        (r"\bl\s+(?=[a-z]{2,})", "the "),
        (r"\b3am\s+(?=(?:b|t|y|n)[a-z0-9]{2,})", ""),  # ("3am byeftah": is opening)
    )
)
# (not "2al", read with Gulf Arabizi's words, "7atta" (even), nor "3amal" (did) without what was done)
_LEVANTINE_PAST_ALONE = {
    verb: past
    for verb, (past, _) in _LEVANTINE_ANY_DONE.items()
    if verb != "2al" and past not in {"put", "did"}
}
_LEVANTINE_WORDS = {
    "el": "the", "il": "the", "bel": "in the", "bil": "in the", "lal": "for the", "la": "for", "3a": "to",
    "3al": "on the", "3ala": "on", "3an": "about", "men": "from", "min": "from", "mn": "from", "ma3": "with",
    "bi": "in", "b": "in", "fi": "in", "w": "and", "wala": "or", "walla": "or", "aw": "or", "bas": "only",
    "kamen": "also", "kaman": "also", "hayda": "this", "hayde": "this", "haydi": "this", "haydol": "these",
    "haydoul": "these", "hal": "this", "eza": "if", "iza": "if", "shi": "anything", "kel": "all",
    "kell": "all", "ktir": "many", "kteer": "many", "nes": "people", "sene": "year", "marra": "time",
    "hadaf": "goal", "metl": "like", "mitl": "like", "hala2": "now", "halla2": "now", "abel": "before",
    "2abel": "before", "ba3d": "after", "lama": "once", "li": "that", "taba3": "of", "tab3": "of",
    "mnih": "good", "mni7": "good", "a7san": "best", "hiye": "is", "huwe": "is", "huwwe": "is", "kan": "was",
    "kenet": "was", "kano": "were", "esmo": "his name", "esma": "its name", "3enda": "has", "3endo": "has",
    "3endon": "have", "3andon": "have", "3ande": "I have", "3andi": "I have", "bade": "I want",
    "badde": "I want", "baddi": "I want",
    "lazem": "must", "lezem": "must", "fiya": "can", "rayhin": "going", "ra7": "will", "mbee3in": "sold",
    "3ejbet": "pleased", "farq": "difference", "fare2": "difference", "bein": "between", "bayn": "between",
    "ben": "between", "awal": "first", "akher": "last", "la2": "not", "kif": "how", "shou": "what",
    "ayya": "which", "wen": "where", "Lebnen": "Lebanon", "yislamo": "",
    **_LEVANTINE_PAST_ALONE,
}  # fmt: skip
_LEVANTINE_WORD = whole_word(
    # ("w/": with; "el talab": the demand, no verb)
    [
        r"w(?!/)",
        r"(?<!\bel\s)talab",
        *map(re.escape, sorted(set(_LEVANTINE_WORDS) - {"w", "talab"}, key=len, reverse=True)),
    ]
)
# "what does ya3ne mean?": a word asked about, not read
_ASKS_WHAT_IT_MEANS = re.compile(r"\b(?:does|do|did)\s+(?:\S+\s+){1,2}mean\b|\bmeaning\s+of\b", re.I)
# French left in it: "c'est quoi el NPC", "genre", "les lois"
_FRENCH_LEFT = re.compile(r"\b(?:c['’]est|qu['’]est|ça|genre|les|des|du|le)\b|[éèêàç]", re.I)


def _levantine_in_english(text: str) -> str:
    """ "shu talabit Gotion bel Two Sessions?" -> "what did Gotion ask for in Two Sessions?", "addesh bel
    dollar?" -> "how much in dollar?", "emta nashro hayda el article?" -> "when did they publish this
    article?", "w el NPC?" -> "and the NPC?": Lebanese Arabizi put in English, the question word first, in a
    message with a word of it (else unchanged); Gulf Arabizi's words are read with it, French left after."""
    opened = _opener_lowered(_LEVANTINE_OPENER, text)
    small = {word.lower() for word in _LEVANTINE_SMALL_WORD.findall(opened)}
    marked = (
        _LEVANTINE_MARKS.search(opened)
        or (_ARABIZI_ASKING.search(opened) and small)
        or len(small) >= 3  # ("el 300 billion lal X, hayda kel el bonds?")
    )
    if _ASKS_ABOUT_WORDS.search(text) or _ASKS_WHAT_IT_MEANS.search(text) or not marked:
        return text
    read = with_phrases(opened, _LEVANTINE_PHRASES)
    read = _LEVANTINE_WORD.sub(lambda m: _LEVANTINE_WORDS[m.group()], read)
    read = _tidy_spacing(with_phrases(read, _ARABIZI_PHRASES)).strip(" ,")
    if _FRENCH_LEFT.search(read):
        read = _french_words_in_english(read)
    return _tidy_spacing(read).strip(" ,")


# Thai-English closes a clause with a polite particle ("CATL propose what ka?", "which report na?") and
# asks yes or no with "chai mai?" (isn't it?) or "mai?": none of them asks anything more.
# (in lowercase, after no article: "what is the ka?" asks about the word)
_THAI_PARTICLE = re.compile(
    r"(?<=\w)(?<!\bthe)(?<!\ba)\s+(?:ka|kha|krub|khrap|krap|khrub)(?=\s*(?:[?.!,]|$))"
)
_THAI_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"(?<=\w)\s+chai\s+mai(?=\s*(?:[?.!,]|$))", ""),
        (r"(?<=\w)\s+(?:mai|na)(?=\s*(?:[?.!,]|$))", ""),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?P<be>is|are|was|were)\s+what(?=\s*[?.!]*\s*$|\s*\?)",
            r"what \g<be> \g<x>",
        ),
    )
)


# (Hindi's own "ka", "Ye bag kiska hai, Rahul ka?", and Japanese "desu ka?")
_NOT_THAI = (
    _HINDI_MARKS
    | set(_HINDI_IN_ENGLISH)
    | word_set("desu masu deshou imasu arimasu kis kiska kiski kiske mahine din")
) - _WEAK_HINDI_MARKS


def _thai_in_english(text: str) -> str:
    """ "CATL propose what at the meeting ka?" -> "CATL propose what at the meeting?", "CPPCC can make law
    chai mai?" -> "CPPCC can make law?": the particles of Thai-English dropped, in a message with one of
    them or "chai mai" (else unchanged)."""
    if {word.strip(".,!?'’").lower() for word in text.split()} & _NOT_THAI:
        return text
    # (or a lowercase "na" closing a question word's question: "which report na?", not "is the field na?")
    closing_na = re.search(r"(?i:\b(?:what|which|how|who|when|where|why)\b)[^?]*\s+na\s*\?\s*$", text)
    also_mai = re.search(r"\b(?:also|too)\s+mai\s*\?\s*$", text)  # ("he talk about safety also mai?")
    if not (_THAI_PARTICLE.search(text) or re.search(r"\bchai\s+mai\b", text) or closing_na or also_mai):
        return text
    return _tidy_spacing(with_phrases(_THAI_PARTICLE.sub("", text), _THAI_PHRASES))


# Wenglish, the English of the Welsh valleys, with Welsh question words ("be did they say?", "pwy wanted
# ...?", "faint in pounds then?", "pam?") and its tags ("mun", "duw duw", "now in a minute", "by there"),
# read when the message has one of them. "be" asks only before a verb no English "be" comes before ("be's
# this", "be did he want"); "faint" only where a question word stands ("faint is it?", "bonds, faint?").
# (where a clause starts: "Be" capitalised before "is" or "'s" is beryllium, and "it will be, do you think"
# is English)
_WELSH_BE = (
    r"(?:^|(?<=,\s)|(?<=[?.!]\s)|(?<=\band\s))(?:be(?=['’]s\b|\s+(?:are|is|was|were|did|do|does|else)\b)|"
    r"Be(?=\s+(?:did|do|does|else)\b)|(?:^|(?<=,\s))be(?=\s+time\s+(?:does|do|did|is|was)\b))"
)
# (a sum asked: "faint in pounds?", "faint is the trade in money?", not "dizzy and faint in the shower")
_WELSH_FAINT = (
    r"(?:^|(?<=[,.?!]\s))faint(?=\s+(?:is|are|was|were|do|does|did)\b|"
    r"\s+in\s+(?:pounds|quid|dollars|euros|usd|rmb|yuan|sterling)\b)"
)
# "ultra long special bonds, faint?": how much, closing a message about money
_WELSH_FAINT_CLOSING = (
    r"^(?P<x>(?=[^?]*\b(?:bonds?|money|cost|costs|price|budget|funds?|scheme|spend|spending)\b)[^?]*?,\s*)"
    r"faint(?=\s*\?*\s*$)"
)
_WELSH_BY_THERE = (
    r"\b(?P<told>the\s+(?:date|name|number|figure|bit|one|part|source|link|address|email))\s+by\s+there"
    r"(?=\s*[?.!]*\s*$)"
)
_WELSH_MARKS = re.compile(
    rf"{_WELSH_BE}|{_WELSH_FAINT}|{_WELSH_FAINT_CLOSING}|{_WELSH_BY_THERE}|\b(?i:pwy|diolch)\b|\bduw\b|"
    r"^pam(?=\s*\?)|(?<=\w),\s*mun(?=\s*[?.!]*\s*$)|\bnow\s+in\s+a\s+minute(?=\s*[,?.!]*\s*$)"
)
_WELSH_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"^\s*duw(?:\s+duw)?\b[\s,!]*", ""),
        (r"[\s,]*\bduw(?:\s+duw)?\b[\s,!]*", " "),
        (r"[\s,]*\b(?i:diolch)\b[\s,!]*", " "),
        (r"[\s,]*\bnow\s+in\s+a\s+minute(?=\s*[,?.!]*\s*$)", ""),
        (r"(?<=\w),\s*mun(?=\s*[?.!]*\s*$)", ""),
        (r"[\s,]+isn['’]t\s+it(?=\s*[?.!]*\s*$)", ""),  # a closing tag
        (_WELSH_BY_THERE, r"\g<told>"),
        (r"^pam\s*\?+\s*(?=\w)", ""),  # "pam? why they want that": the why asked again in English
        (r"^pam(?=\s*\?)", "why"),
        (r"\b(?i:pwy)\b", "who"),
        (_WELSH_BE, "what"),
        (_WELSH_FAINT, "how much"),
        (_WELSH_FAINT_CLOSING, r"\g<x>how much"),
        (r"(?:['’]s|\bis|\bwas)\s+(?P<x>that|it|this)\s+tidy\s+for\b", r"'s \g<x> good for"),
    )
)


def _welsh_in_english(text: str) -> str:
    """ "be did they say?" -> "what did they say?", "pwy wanted it?" -> "who wanted it?", "faint in dollars
    then?" -> "how much in dollars then?": Wenglish put in plain English, in a message with a Welsh word
    (else unchanged)."""
    return _phrases_read(text, _WELSH_MARKS, _WELSH_PHRASES)


# Cantonese in Hong Kong English ("CATL gong mat ye?", "bin go gong ga?", "USD gei do?", "dim gaai?",
# "CALB neh?") with its closing particles ("ga", "wor", "lor", "meh") and stock codes after names ("CATL
# 300750"), read when the message has one of its question words.
_MAT_YE = r"(?:mat|mud|mut|mud)\s*yeh?"
# "hai mai" closing a question, or before "got" (not Hindi's "... hai mai jaanna chahta hoon": is, I)
_HAI_MAI = r"\bhai\s*mai\b(?=\s*[?.!,]|\s*$|\s+got\b)"
# "CALB neh?", "and the Star Ferry neh?": and X (not South African "ja neh?", "lekker neh?")
_NEH = (
    r"^(?P<x>(?:and\s+)?(?!(?:ja|jah|lekker|right|ok|okay|nee|shame|so)\b)[\w-]+(?:\s+[\w-]+){0,3})"
    r"\s+neh(?=\s*\?)"
)
_CANTONESE_MARKS = re.compile(
    rf"\b{_MAT_YE}\b|\bgei\s*do\b|\bdim\s*gaai\b|{_HAI_MAI}|"
    # ("bin go gong?", "bin go suggest it": who; not "bingo", nor a bin that goes out)
    r"(?:^|(?<=[,?]\s))bin\s+go(?=\s+(?:gong|say|says|said|suggest\w*|propos\w*|push\w*|ask\w*|talk\w*|"
    r"want\w*|issue\w*|call\w*)\b|\s*\?)|"
    rf"{_NEH}"
)
_CANTONESE_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (
            r"(?<=[A-Za-z])\s+(?!(?:19|20)\d\d\b)\d{4,6}\b(?!\s*(?:%|bps|bn|mn|yuan|rmb|usd|hkd|applications|units)\b)",
            "",
        ),
        (r"[\s,]+(?:ga|wor|ge|lah|lor|meh|ah|ma)(?=\s*[,?.!]|\s*$)", ""),
        (r"[\s,]+(?:ga|wor|lor|ah)(?=\s+[a-z])", ","),
        (rf"[\s,]*{_HAI_MAI}", ""),
        (r"\bbin\s*go\s+gong(?:\s+ga)?\b", "who said that"),
        (rf"{_CLAUSE_START}(?P<x>[^,?=+]+?)\s+gong\s+{_MAT_YE}\b", r"what did \g<x> say"),
        (rf"^(?P<x>[^,?=+]+?)\s*=\s*{_MAT_YE}\b", r"what is \g<x>"),
        (rf"{_CLAUSE_START}(?P<x>[^,?=+]+?)(?:\s+|,\s*){_MAT_YE}(?:\s+lai(?:\s+ga)?)?\b", r"what is \g<x>"),
        (rf"\b{_MAT_YE}\b", "what"),
        (r"(?:^|(?<=[,?]\s))bin\s+go\b", "who"),
        (
            r"^(?P<unit>usd|hkd|rmb|us\s*dollars?|dollars?|euros?)\s+gei\s*do(?:\s+chin)?\b",
            r"how much in \g<unit>",
        ),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+gei\s*do(?:\s+chin)?\b", r"how much is \g<x>"),
        (r"\bgei\s*do(?:\s+chin)?\b", "how much"),
        (r"\bdim\s*gaai\b", "why"),
        (_NEH, r"and \g<x>"),
        (r"\band\s+and\b", "and"),
        (r"\bgong\b", "say"),
        (r"\bb4\b", "before"),
        (r"\bsth\b", "something"),
    )
)


def _cantonese_in_english(text: str) -> str:
    """ "CATL gong mat ye at CPPCC?" -> "what did CATL say at CPPCC?", "bin go gong ga?" -> "who said
    that?", "USD gei do?" -> "how much in USD?": Cantonese put in English, in a message with one of its
    question words (else unchanged)."""
    return _phrases_read(text, _CANTONESE_MARKS, _CANTONESE_PHRASES)


# Polish question words in English ("kto proposed it?", "ile in euro?", "dlaczego?", "kiedy published?",
# "co CALB asked for?", "i Gotion?"), read when the message has one of them; "co" only where a question
# word stands (not "& co", "the co is", "co-").
# (a Polish question word where English puts one: "ile in euro?", "ile applications", not "ile de France")
_POLISH_ILE = (
    r"(?<![\w&.'’-])ile(?=\s+(?:is|are|was|were|in|that|this|of|for|money|[a-z]+s)\b|\s*\?)(?!\s+des\b)"
)
_POLISH_MARKS = re.compile(
    rf"\b(?:kto|dlaczego|kiedy|czy|kurcz[ęe])\b|{_POLISH_ILE}|"
    # "co" opening a question before a name or a verb (not "co Kerry" after a place, "CO is carbon monoxide")
    # ("co is carbon monoxide", "co said we move out": CO; "co is this ...", "co means ..." ask)
    r"^co(?=\s+(?:(?:is|are)\s+(?:this|these|that|those)|means?|exactly|they|he|she|"
    r"the\s+\w+\s+(?:said|want|asked)|(?-i:[A-Z]{2,}))\b)|(?<=[,-]\s)co(?=\s+(?:exactly|they|he|she)\b)|"
    r"(?<=\w\s)co(?=\s+(?:said|wanted|asked|proposed)\s*\?)|"
    r"^no\s+to\s+(?=(?:i|what\s+about)\b)|"
    r"^i\s+(?=(?-i:[A-Z])[\w-]*\s*\?\s*$|(?:what|who|how|interest|for)\b(?!\s+one\b))"
)
# A sentence written in Polish (its letters, its words), not English with Polish question words in it
_POLISH_SENTENCE = re.compile(
    r"[ąćęłńśźżáéíýčďěňřšťůó]|\b(?:jest|się|nie|mogę|można|gdzie|jak|proszę|dzień|przepraszam|ten|jedzie|mam)\b",
    re.I,
)
_POLISH_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"[\s,]*\bkurcz[ęe]\b[\s,.!]*", " "),
        (r"^no\s+to\s+(?=(?:i|what\s+about)\b)", ""),
        (r"^i\s+(?=\S)", "and "),
        (r"(?:^|(?<=[,.?!-]\s))co(?=\s+\S)", "what"),
        (
            r"^(?P<x>[^,?]+?)\s+co\s+(?P<verb>said|wanted|asked\s+for|proposed)(?=\s*\?)",
            r"what \g<x> \g<verb>",
        ),
        (r"\bkto\b", "who"),
        (r"\bdlaczego\b", "why"),
        (r"\bkiedy\b", "when"),
        (rf"{_POLISH_ILE}(?=\s+(?!is\b)[a-z]+s\b)", "how many"),
        (_POLISH_ILE, "how much"),
        (r"\bczy\s+", ""),
    )
)


def _polish_in_english(text: str) -> str:
    """ "kto proposed it?" -> "who proposed it?", "ile in euro?" -> "how much in euro?", "i Gotion?" ->
    "and Gotion?": Polish question words put in English, in a message with one (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text) or not _POLISH_MARKS.search(text):
        return text
    if _typed_in_lowercase(text) & (_SWAHILI_MARKS | _SWAHILI_QUESTION_WORDS.keys()):
        return text  # (Swahili's "ile" is "that")
    if _POLISH_SENTENCE.search(text.replace("kurczę", "")):
        return text
    return _tidy_spacing(with_phrases(text, _POLISH_PHRASES)).strip(" ,")


# Portuguese in Brazilian English ("o que CATL said?", "quem asked?", "quanto em dólar?", "por que?", "e a
# CALB?", "cadê the date?") with its fillers ("né", "tipo", "cara", "kkkk"), read when the message has one
# of its question words or marks. Read before Spanish, whose reader takes "o que" for "or what".
# (lowercase, as the words are typed: "Cade", "KKK", "Quanta Computer" and "E O Wilson" are names)
_PORTUGUESE_MARKS = re.compile(
    # (capitalised only opening the message: "Quanta Computer", "Quantas" are names)
    r"\bo\s+que\b|^O\s+que\b|\bquem\b|^Quem\b|\bquant[oa]s?\b(?!\s+(?:swap|option)\b)|^Quanto\b|"
    r"\bpor\s*qu[eê]\b|^Por\s+qu[eê]\b|^porqu[eê]\b|\bcadê\b|^cade\b|\bné(?=\s*\?|\s*$)|\bfalou\b|"
    r"\bk{4,}\b|\bem\s+d[oó]lar(?:es)?\b|^e\s+(?:a|o|os|as)\s+\S|"
    r"(?:^|(?<=,\s))tipo(?=\s*,|\s+(?:what|more|the|is\s+like|\d)\b)"
)
_PORTUGUESE_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"[\s,]*\bk{4,}\b", ""),
        (r"^\s*(?:[cC]ara|[eE]ntão|[eE]ntao|[oO]lha|[bB]eleza|[tT]ipo)\b[\s,]*", ""),
        (r"[\s,]+(?:né|beleza|cara)(?=\s*[?.!]*\s*$)", ""),
        (r"[\s,]+né(?=\s*\?)", ""),
        (r"(?<=[,?]\s)tipo\b[\s,]*|(?<=\s)tipo\s+(?=(?:is|what|more|the|a)\b)", ""),
        (r"^e\s+(?:a|o|os|as)\s+(?=\S)", "and "),
        (r"^e\s+(?=[A-Z][\w-]*\s*\?)", "and "),
        (r"\bem\s+d[oó]lar(?:es)?\b", "in dollars"),
        (r"\bem\s+(?:reais|real)\b", "in reais"),
        (r"\bem\s+euros?\b", "in euros"),
        (r"^(?P<x>[^=?]+?)\s*=\s*o\s+que\b", r"what is \g<x>"),
        (r"(?P<x>[^,?]+?),\s*o\s+que\s+(?:falou|disse)\b", r"what did \g<x> say"),
        (r"\bo\s+que\b|^O\s+que\b", "what"),
        (r"\bquem\b|^Quem\b", "who"),
        (r"\bquant[oa]s\b", "how many"),
        (r"\bquant[oa]\b|^Quanto\b", "how much"),
        (r"\bpor\s*qu[eê]\b|^Por\s+qu[eê]\b|^porqu[eê]\b", "why"),
        (r"\bcadê\b|^cade\b", "where is"),
        (r"\bfalou\b", "said"),
        (r"\bdisse\b", "said"),
        (r"\bisso\b", "that"),
    )
)


_ROMANCE_SENTENCE_WORDS = word_set(
    "é um uma para este esta do da dos das está são il per un una custa costa ganhou es la el los las me mi "
    "se ci che ora y fue hay del en le les yo tú si où"
)


def _portuguese_in_english(text: str) -> str:
    """ "quem falou isso?" -> "who said that?", "quanto em dólar?" -> "how much in dollars?", "e a CALB?" ->
    "and CALB?": Portuguese put in English, in a message with one of its marks (else unchanged)."""
    if (
        _ASKS_ABOUT_WORDS.search(text)
        or not _PORTUGUESE_MARKS.search(text)
        or _FRENCH_MARKS.search(text)
        or re.search(r"[¿¡]", text)
    ):
        return text
    if _typed_in_lowercase(text) & _ROMANCE_SENTENCE_WORDS:
        return text  # ("quanto custa uma passagem para Lisboa?" is written in Portuguese, not English)
    text = _tidy_spacing(with_phrases(text, _PORTUGUESE_PHRASES)).strip(" ,")
    return _question_word_first_after_and(text)


# English typed with "d" for "th" as Trinidadians, Cajuns and others say it ("wha de CATL boss say?", "how
# much dat in US?", "what Gotion want at dat meetin", "Mais cher, what dey pushin for?", "list dem fuh me
# nah"), read when the message has a word of it no English sentence has ("wha", "fuh", "allyuh", "steups", a
# closing "cher"), two of its spellings ("de", "dey", "dat", "dis", "wid", "dere", "ting"), one of them and a
# g dropped after its doer ("dat meetin", "dey pushin"), or "dey" asked of ("what dey want?"); and none of
# Nigerian Pidgin's or Jamaican Patois's own marks (their readers read "dey" and "dem" otherwise), nor
# another language's words.
_TH_STOPPED_MARKS = word_set("wha fuh allyuh steups")
_TH_STOPPED_SPELLINGS = word_set("de dey dat dis wid ting dem buh dere dese")
# (a closing ", cher", not French "c'est cher?" nor the singer; "fixin' to" do something, not "fixin to a
# wall")
_FIXIN_TO = (
    r"\bfixin['’]\s+to\b|\bfixin\s+to\s+(?=(?:be|go|get|make|cook|buy|leave|start|do|have|put|call|ask|see|eat|"
    r"head|rain|close|open|build|drop|cut|run|raise|sell|issue|spend|pay)\b)"
)
_TH_STOPPED_OTHER_MARK = re.compile(
    r",\s*cher\s*[?.!]*\s*$|^[Mm]ais\b[\s,]+(?:cher\b[\s,]*)?(?=(?:what|how|who|where|when|why|which|is|are|was|"
    rf"dey|dat|dis|I|you|we|they|can|do|does|did)\b)|{_FIXIN_TO}|"
    r"\b(?:what|who|when|where|why|how|which)\s+dey\s+(?!dey\b)[a-z]|\bdat['’]s\b|"
    # "dem" after a preposition: them, those ("more of dem battery swap stations")
    r"\b(?:of|at|in|on|for|from|all|sell|about)\s+dem\s+[a-z]|^dem\s+(?-i:[A-Z]{2,})|"
    # "who said dat?", "where dis article come from", "an' de other one?"
    r"\b(?:said|say|says|mean|means|about|like|is|was|do|does|did)\s+dat(?:\s+(?:fam|bruv|bro|brah|mate))?\s*\??\s*$|"
    r"\b(?:of|for|about|bout|with|from|does|did|is|was)\s+(?:dat|dis)\b(?!\s+(?:files?|tapes?|drives?|recorders?|format)\b)|"
    r"\b(?:dis|dat)\s+(?:article|piece|one|year|time|meeting|meetin|stuff|thing|number|figure|plan|scheme|system|"
    r"policy|bond|money)\b|^(?:an|and)\s+de\s+(?-i:[a-z])"
)
# ("an" before a consonant is no English article: "an Tianneng?", "an CALB?", not "an Oscar?", "an HPA?")
_TH_STOPPED_AND = (
    r"^(?-i:an)\s+(?=(?-i:[BCDGJKPQTVWZ][A-Z])[\w-]*\s*\?\s*$|"
    r"(?:which|how|when|what|who|why|where|de|dey|dat|dis)\b)"
)
# Jamaican "dem" as a subject before its verb ("which company dem did talk", "why dem want dat")
_PATOIS_DEM = re.compile(
    r"(?-i:\bdem)\s+(?:did|a|want|waan|say|seh|go|launch|own|nuh|cyaa|deh|do|can|will|fi|get|have|tink)\b"
)
_OTHER_LANGUAGES_ARTICLES = word_set(
    "la le les el los las que est et y en du des van het der je dit nie wie ek jy ik een naar niet ook og "
    "det som ikke ikkje och inte auf und ist nicht das kann har"
)
_NOT_ENGLISH_LETTERS = re.compile(r"[åøæäöüßğışÅØÆÄÖÜ]")
# A word with its g dropped after whoever does it ("dey pushin", "is sayin"), not "linkedin" or "metformin"
_DROPPED_G_AFTER_DOER = re.compile(
    r"(?:^|\b)(?:dey|they|I|we|you|he|she|it|is|are|was|were|am|be|been|folks|people|dat|de|dis|dem|[a-z]{3,}ers)"
    r"(?:['’](?:m|re))?\s+([a-z]{2,}[b-df-hj-np-tv-z])in\b"
)
# "an CALB?", "an which one ...?", "dey could make law?", "how much dat in US?": enough alone
_TH_STOPPED_OPENING = re.compile(
    rf"{_TH_STOPPED_AND}|"
    r"^(?:an\s+|and\s+)?dey\s+(?=(?:could|can|does|did|do|have|had|win|won|want|say|said|will|would)\b)|"
    r"\bhow\s+much\s+dat\b",
    re.I,
)
_TH_STOPPED_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"^\s*(?i:boy|gyul|girl|allyuh|steups|oui|eh|mais)\b[\s,!]*(?:cher\b[\s,!]*)?(?=\w)", ""),
        (r"[\s,]+cher(?=\s*[?.!]*\s*$)", ""),
        (r"\b(?i:yeah),?\s+you\s+right\b[\s.,!]*", ""),
        (_FIXIN_TO, "going to "),
        (r"\bwho\s+dat\s+(?=was|is)\b", "who "),
        (r"\bdun\s+(?=\w+ed\b)", ""),
        (r"\blas\s+year\b", "last year"),
        (r"\bbefo['’]", "before"),
        (r"\bsumthin['’]?", "something"),
        (r"\bwit\b", "with"),
        (r"\bdere\b", "there"),
        (r"\bdese\b", "these"),
        (r"[\s,]+(?:eh|nah|boy|steups|oui)(?=\s*[?.!]*\s*$)", ""),
        (r"[\s,]+(?:eh)(?=\s*[,?])", ""),
        (r"\b(?i:wha)(?:t)?\s+de\s+story\s+(?:wid|with)\b", "what is"),
        (r"\b(?i:wha)\s+it\s+is\b", "what is it"),
        (r"^is\s+when\b", "when"),
        (
            r"(?:^|(?<=[,?]\s)|(?<=\bif\s)|(?<=\bwho\s)|(?<=\bwhat\s))ah\s+(?=(?:hear|heard|read|see|saw|want|"
            r"wonder|think|doh|have|had|could|can|should|would|need|go|get)\b)",
            "I ",
        ),
        (
            _TH_STOPPED_AND,
            "and ",
        ),
        (r"\bhow\s+much\s+dat\b", "how much is that"),
        (
            r"\b(?P<x>dey|it|dat|dis|he|she)\s+go\s+(?=(?:do|help|put|cut|make|happen|mean|get|give)\b)",
            r"\g<x> will ",
        ),
        (r"^(?:and\s+|an\s+)?dey\s+does\s+", "do they "),
        (r"\b(?P<x>[\w-]+)\s+talk\s+bout\s+wha\b", r"what did \g<x> talk about"),
        (r"\s+ting(?:\s+dem)?\b", ""),
        (r"\bis\s+true\b(?!\s+that)", "is it true"),
        (r"\b(?i:whah?|wah)\b", "what"),
        (r"\bde\b", "the"),
        (r"\bdey\b", "they"),
        (r"\bdat\b", "that"),
        (r"\bdis\b", "this"),
        (r"\bdem\b", "them"),
        (r"\bfuh\b", "for"),
        (r"\bwid\b", "with"),
        (r"\ban\b(?!\s+(?:[aeiou]\w*|hour|honest)\b)", "and"),
        (
            r"\b(?P<verb>talk|talking|talkin|say|sayin|ask|asking|askin|think|thinkin|know|questions?|info)\s+bout\b",
            r"\g<verb> about",
        ),
        (r"\bdat(?=['’]s\b)", "that"),
        (r"\bdoh\b", "don't"),
        (r"\bbuh\b", "but"),
        (r"\bjus(?=\s+(?:advise|talk|say|want|ask|a|the)\b)", "just"),
        (r"\ballyuh\b", "you"),
    )
)


def _th_stopped_in_english(text: str) -> str:
    """ "wha de CATL boss say at de meeting?" -> "what the CATL boss say at the meeting?", "how much dat in
    US?" -> "how much is that in US?", "Mais cher, what dey pushin for?" -> "what they pushin for?": "d" for
    "th" and its dialects' words put in English, in a message with a mark of them (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    words = {word.lower() for word in re.findall(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])", text)}
    if (
        words & (_PIDGIN_MARKS - {"dey"})
        or words & (_PATOIS_MARKS - {"wah"})
        or words & {"di", "fi", "wetin", "na", "weh", "pon", "inna"}
    ):
        return text
    # (typed in lowercase: "DIS" and "DE" are tickers, "De Bruyne" a name, ".dat" a file; "Dey dun ...")
    spellings = [
        word
        for word in re.findall(r"(?<![\w'’`.-])[a-z]+(?![\w'’`-])", text)
        if word in _TH_STOPPED_SPELLINGS
    ] + (["dey"] if re.match(r"Dey\s+[a-z]", text) else [])
    if _PATOIS_DEM.search(text):
        return text  # ("which company dem did talk", "why dem want dat": Jamaican "dem", read by Patois)
    strong = bool(words & _TH_STOPPED_MARKS)  # ("wha time de van leavin fuh ... en route?")
    if not strong and (words & _OTHER_LANGUAGES_ARTICLES or _NOT_ENGLISH_LETTERS.search(text)):
        return text
    dropped_g = any(m.group(1) + "in" not in _NOT_DROPPED_G for m in _DROPPED_G_AFTER_DOER.finditer(text))
    if not (
        strong
        # (two of them, or one said twice: "dat RRR, what dat stand for", not GIS's "dem ... dem")
        or (len(set(spellings)) >= 2 and set(spellings) - {"de"})
        or (len(spellings) >= 2 and set(spellings) <= {"dat", "dey", "dis"})
        or (set(spellings) - {"de"} and dropped_g)
        or (spellings.count("de") >= 2 and dropped_g)
        or _TH_STOPPED_OPENING.search(text)
        or _TH_STOPPED_OTHER_MARK.search(text)
    ):
        return text
    text = _tidy_spacing(with_phrases(text, _TH_STOPPED_PHRASES)).strip(" ,")
    return _DROPPED_G_UNMARKED.sub(  # "what dey pushin for": pushing
        lambda m: m.group() if m.group().lower() in _NOT_DROPPED_G else m.group(1) + "ing", text
    )


# Vietnamese in English ("Two Sessions là gì ạ?", "source gì ạ?", "ai nói vậy ạ?", "bao nhiêu dollar ạ?",
# "khi nào ...?", "CPPCC có legislative power không ạ?", "còn Gotion thì sao ạ?"), read when the message has
# one of its question words or particles (a name such as "Phở" or "Hội An" is no mark), and is not itself
# written in Vietnamese.
_VIETNAMESE_MARKS = re.compile(
    r"(?<!\w)(?:ạ|nhé|vậy|gì|không|l[àa]\s+g[ìi]|bao\s+nhi[êe]u|khi\s+n[àa]o|th[ìi]\s+sao|tại\s+sao|vì\s+sao|"
    r"(?i:ai)\s+(?:nói|nữa)|source\s+(?:ai|g[ìi]))(?!\w)|^còn\s+(?=[A-Za-z])"
)
# Verbs a "có ... không" question asks whether someone did (else it asks whether they have it)
_VIETNAMESE_DONE = word_set(
    "nói say said attend attended give gave approve approved mention mentioned talk talked propose proposed "
    "win won lose lost come came go went pay paid open opened play played join joined agree agreed sign "
    "signed want wanted ask asked call called support supported push pushed"
)
_VIETNAMESE_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"[\s,]*(?<!\w)(?:ạ|nhé|nha|vậy|à)(?!\w)", ""),  # particles of politeness and of asking
        (r"^(?:(?:hi|dear)\s+)?(?:[Ss]ir|[Tt]eacher|thầy)\b[\s,]+", ""),
        (r"[\s,]+(?:sir|teacher|thầy)(?=\s*[?.!]*\s*$)", ""),
        (r"\bcòn\s+(?P<x>[^?,]+?)\s+thì\s+sao\b", r"and what about \g<x>"),
        (r"^còn\s+(?=[A-Za-z])", "and "),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+nghĩa\s+là\s+gì\b", r"what does \g<x> mean"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+l[àa]\s+g[ìi]\b", r"what is \g<x>"),
        (r"\b(?i:ai)\s+nói\s+vậy\b|\b(?i:ai)\s+nói\b", "who said that"),
        (r"\b(?i:ai)\s+nữa\b", "who else"),
        (r"(?:^|(?<=[,?.]\s))(?P<x>[^,?.]+?)\s+source\s+ai\b", r"who is the source of \g<x>"),
        (r"\bsource\s+ai\b", "who is the source"),
        (r"\bsource\s+g[ìi]\b", "what is the source"),
        (r"\b(?:tại\s+sao|vì\s+sao)\b", "why"),
        (r"\bbao\s+nhi[êe]u\b", "how much"),
        (r"\bkhi\s+n[àa]o\b", "when"),
        (r"\bnói\b", "say"),
        (r"\bở\b", "at"),
        (r"\bmỗi\b", "each"),
        (r"\bg[ìi]\b(?=\s*[?.!,]|\s*$)", "what"),
        (r"\bgì\b", "what"),
        (r"\bai\b(?=\s+(?:say|said|want|wanted|propose|proposed|give|gave|talk|ask|call)\b)", "who"),
    )
)


def _asked_whether(match: re.Match[str]) -> str:
    """ "CPPCC có legislative power không" -> "does CPPCC have legislative power", "BYD có say what at
    CPPCC không" -> "did BYD say what at CPPCC": Vietnamese "có ... không" asked in English."""
    subject, rest = match.group("subject"), match.group("rest")
    if rest.split()[0].lower() in _VIETNAMESE_DONE:
        return f"did {subject} {rest}"
    return f"does {subject} have {rest}"


# ("có thể", "có phải", "có biết": can, is it, do you know; an English word after "có" is what is had or done)
_HAS_OR_NOT = re.compile(
    r"^(?P<subject>[^?,]+?)\s+có\s+(?!(?:thể|phải|biết)\b)(?P<rest>[A-Za-z][^?]*?)\s+không\b"
)
# A message written in Vietnamese (most of its words with its letters), not English with Vietnamese in it
_MOSTLY_NOT_ASCII = 0.3


def _vietnamese_in_english(text: str) -> str:
    """ "Two Sessions là gì ạ?" -> "what is Two Sessions?", "ai nói vậy ạ?" -> "who said that?", "CPPCC có
    legislative power không ạ?" -> "does CPPCC have legislative power?": Vietnamese put in English, in a
    message with a mark of it (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text) or not _VIETNAMESE_MARKS.search(text):
        return text
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) >= 5 and sum(word.isascii() for word in words) < _MOSTLY_NOT_ASCII * len(words):
        return text
    # (a Vietnamese question word stands where the answer would; an English one is where the asker put it)
    in_place = re.search(r"(?<!^)(?<!,\s)\b(?:g[ìi]|bao\s+nhi[êe]u|khi\s+n[àa]o)\b", text)
    text = _tidy_spacing(with_phrases(text, _VIETNAMESE_PHRASES))
    lead = re.match(r"^and\s+", text)  # (the follow-up's "and" stays first)
    text = _HAS_OR_NOT.sub(_asked_whether, text[lead.end() :] if lead else text)
    text = re.sub(r"\s+không(?=\s*[?.!]*\s*$)", "", text)  # (closing the question, never "không" as not)
    asked = _question_word_first(text) if in_place else text
    return ((lead.group() if lead else "") + asked).strip(" ,")


# Turkish in English ("Gotion ne dedi?", "kim söyledi?", "dolar olarak ne kadar?", "peki CALB?", "CPPCC ne
# yapar exactly", "RRR ne demek hocam", "2024'te kaç application?", "CEO kim?", "GAC same mı?"), read when
# the message has a word no English sentence has ("peki", "hocam", "olarak", "söyledi" ...), a closing "kim"
# or the dotless question particle "mı"; a closing "mi" or "mu" is read in such a message only ("in mi?" is
# miles, "con chi?" Italian).
_TURKISH_VERBS = {
    "dedi": "say", "söyledi": "say", "soyledi": "say", "istedi": "want", "önerdi": "propose",
    "onerdi": "propose",
}  # fmt: skip
_TURKISH_VERB = "(?:" + "|".join(_TURKISH_VERBS) + ")"
_TURKISH_MARKS = re.compile(
    r"\b(?:peki|hocam|aynen|olarak|söyledi|soyledi|istedi|önerdi|neden|niçin|nedir|kaç|kac|kimdir|"
    r"konusunda|hakkında|hakkinda|başka|baska|için|icin|adı|yapar|yapıyor|demek)\b|"
    rf"\bne\s+(?:kadar|zaman|demek|yapar|yapıyor|oldu|{_TURKISH_VERB})\b|\bkim\s+{_TURKISH_VERB}\b|"
    r"\d{4}['’](?:te|ta|de|da)\b|(?<=[A-Z])['’](?:un|ün|in|ın|nin|nın)\b|(?<=\w)\s+(?-i:kim)(?=\s*\?)|(?<=\w)\s+(?-i:mı)\b|"
    r"\b(?:same|too|also|true|right|really|correct|possible)\s+(?-i:mi|mu)(?=\s*\?)",
    re.I,
)


def _turkish_asked(match: re.Match[str]) -> str:
    """ "Gotion ne dedi" -> "what did Gotion say", "CALB başka ne istedi" -> "what else did CALB want", "ne
    dedi" -> "what did they say"."""
    verb = _TURKISH_VERBS[match.group("verb").lower()]
    return f"what {'else ' if match.group('else') else ''}did {match.group('x') or 'they'} {verb}"


# (what a word of Turkish opens, capitalised on a phone: "Peki CALB?", "Neden?", "Ne zaman?", "Kim söyledi?")
_TURKISH_OPENER = re.compile(
    rf"^(?:Peki|Neden|Niye|Kaç|Hangi|Ne(?=\s+(?:kadar|zaman|oldu|{_TURKISH_VERB})\b)|Kim(?=\s+{_TURKISH_VERB}\b))\b"
)
_TURKISH_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (r"[\s,]*\b(?:hocam|abi|aynen|tamam|yani)\b[\s,]*", " "),
        (
            r"^(?P<x>[^,?]+?)\s+(?P<y>[^,?\s]+)\s+(?:konusunda|hakkında|hakkinda)\s+bir\s+şey\s+(?:dedi|söyledi)\s+"
            r"m[iı]\b",
            r"did \g<x> say anything about \g<y>",
        ),
        (
            rf"^(?:(?P<x>(?!(?:başka|baska)\b)[^,?]+?)\s+)?(?P<else>(?:başka|baska)\s+)?ne\s+(?P<verb>{_TURKISH_VERB})\b",
            _turkish_asked,
        ),
        (r"\b(?-i:kim)\s+(?:dedi|söyledi|soyledi)\b", "who said that"),
        (r"^(?P<x>[^,?]+?)\s+ne\s+(?:iş\s+)?(?:yapar|yapıyor|yapiyor)\b", r"what does \g<x> do"),
        (r"^(?P<x>[^,?]+?)\s+ne\s+demek\b", r"what does \g<x> mean"),
        (r"^(?P<x>[^,?]+?)\s+ad[ıi]\s+ne\b", r"what is the name of \g<x>"),
        (r"^(?P<x>[^,?]+?)\s+(?-i:kim)(?:dir)?(?=\s*\?*\s*$)", r"who is \g<x>"),  # "CEO kim?"
        (r"\bne\s+oldu\b", "what happened"),
        (r"(?<=[A-Za-z])['’](?:un|ün|in|ın|nin|nın)\b", "'s"),  # "Gotion'un önerisi": Gotion's proposal
        (r"\bönerisi\b", "proposal"),
        (r"^(?P<x>[^,?]+?)\s+ne(?=\s*\?*\s*$)", r"what is \g<x>"),  # "X ne?": what is X
        (r"\b(?:dolar|dollar)\s+olarak\b", "in dollars"),
        (r"\b(?P<money>euro|lira|tl)\s+olarak\b", r"in \g<money>"),
        (r"\b(?P<year>\d{4})['’](?:te|ta|de|da)\b", r"in \g<year>"),
        (r"\b(?P<x>[\w-]+(?:\s+[\w-]+)?)\s+(?:için|icin)\b", r"for \g<x>"),
        (r"\bne\s+kadar\b", "how much"),
        (r"\bne\s+zaman\b", "when"),
        (r"\b(?:kaç|kac)(?:\s+tane)?\b", "how many"),
        (r"\b(?-i:kim)\b", "who"),  # (not Kim, a name)
        (r"\b(?:neden|niçin)\b", "why"),
        (r"\bnedir\b", "what is"),
        (r"\bhangi\b", "which"),
        (r"\b(?:başka|baska)\b", "anything else"),
        # the yes-or-no particle: "GAC same mi?", "standard mı?" (not "km or mi?", "in mu?")
        (r"(?<=\w)(?<!\bor)(?<!\bin)(?<!\band)(?<!\bsin)(?<!\bcon)(?<!\bfa)\s+(?-i:m[ıiuü])\b", ""),
    )
)


def _turkish_in_english(text: str) -> str:
    """ "Gotion ne dedi?" -> "what did Gotion say?", "dolar olarak ne kadar?" -> "how much in dollars?", "peki
    CALB?" -> "and CALB?": Turkish words put in English and the question word first, in a message with a mark
    of Turkish (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    opened = _opener_lowered(_TURKISH_OPENER, text)
    if not _TURKISH_MARKS.search(opened):
        return text
    text = opened
    lead = re.match(r"^\s*(?:peki|and)\b[\s,]*(?=\S)", text, re.I)  # "peki CALB?": and CALB (kept first)
    text = _tidy_spacing(with_phrases(text[lead.end() :] if lead else text, _TURKISH_PHRASES)).strip(" ,")
    return ("and " if lead else "") + _question_word_first(text)


# Persian in English, as Finglish ("NPC yani chi?", "CALB chi?", "chera?", "ki gofte?", "chand dollar?"),
# read when the message has a word of it no English sentence has ("chera", "gofte", "khob", "dige" ...), or
# a name before a closing "chi" ("CALB chi?": not Italian "con chi?", nor "t-test or chi?").
_PERSIAN_MARKS = re.compile(
    r"\b(?:chera|gofte|goft|khob|dige|kodoom|kodom|chanta|chiye|chie|cheghadr|koja|mikhad|mikhan)\b|"
    r"\b(?:yani\s+chi|chi\s+shod|chand\s+(?:dollars?|euros?|tomans?|rials?|ta))\b|"
    r"\b[A-Z][\w&-]*\s+chi(?=\s*\?)|(?:^|(?<=\?))\s*are\s+ya\s+na\b"
)
_PERSIAN_OPENER = re.compile(r"^(?:Chera|Chanta|Chand|Kodoom|Kodom|Khob|Koja|Cheghadr|Kei)\b")
_PERSIAN_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (r"^\s*khob\b[\s,]*|[\s,]*\bkhob\b(?=\s*[?,.!]*\s*$)", ""),
        (r"[\s,]*\bmerci\b(?=\s*[?,.!]*\s*$)", ""),
        (r"[\s,?]*\bare\s+ya\s+na\b\s*", "? "),  # "is it true ...? are ya na": yes or no
        (
            r"^(?P<x>[^,?]+?)\s+(?P<else>dige\s+)?chi\s+(?:gofte|goft)\b",
            lambda m: f"what {'else ' if m.group('else') else ''}did {m.group('x')} say",
        ),
        (r"^(?P<x>[^,?]+?)\s+chi\s+(?:mikhad|mikhan)\b", r"what does \g<x> want"),
        (r"^(?P<x>[^,?]+?)\s+chi\s+kar\s+(?:mikone|mikonan)\b", r"what does \g<x> do"),
        (r"[\s,]*\bdige\b(?=\s*[?,.!]*\s*$)", ""),
        (r"\bchi\s+shod\b", "what happened"),
        (r"^(?P<x>[^,?]+?)\s+yani\s+chi\b", r"what is \g<x>"),  # "NPC yani chi?"
        (r"\byani\s+chi\b", "what does it mean"),
        (r"^(?P<x>[^,?]+?)\s+(?:chiye|chie)\b", r"what is \g<x>"),
        # "CALB chi?": what about CALB (not "what is tai chi?": a question already)
        (
            r"^(?P<x>(?![^?]*\b(?:what|which|who|how|why|when|where|is|are|was|were|does|do|did)\b)[^,?]+?)"
            r"(?<!\btai)\s+chi(?=\s*\?*\s*$)",
            r"and what about \g<x>",
        ),
        (r"\bki\s+(?:in\s+ro\s+)?(?:gofte|goft)\b(?:\s*\??\s*who\s+said\b)?", "who said that"),
        (
            r"\b(?:chand|chanta|cheghadr)\s+(?P<money>dollars?|euros?|tomans?|rials?)\b",
            r"how much in \g<money>",
        ),
        (r"\b(?:chand\s+ta|chanta)\b", "how many"),
        (r"\b(?:chand|cheghadr)\b", "how much"),
        (r"\bchera\b\s*\?*\s*(?=why\b)", ""),  # "chera? why good for EV companies": the why asked in English
        (r"\bchera\b", "why"),
        (r"\bkoja\b", "where"),
        (r"\bkei\b", "when"),
        (r"(?<=\?)\s*\b(?:kodoom|kodom)\b\s*\?*\s*$", ""),  # "which company ...? kodoom": asked already
        (r"\b(?:kodoom|kodom)\b", "which"),
    )
)


def _persian_in_english(text: str) -> str:
    """ "NPC yani chi?" -> "what is NPC?", "CALB chi?" -> "and what about CALB?", "ki gofte?" -> "who said
    that?": Persian words put in English, in a message with a mark of Persian (else unchanged)."""
    return _phrases_read(text, _PERSIAN_MARKS, _PERSIAN_PHRASES, _PERSIAN_OPENER)


# Bengali in Bangladeshi English ("Gotion ki proposed?", "CATL er CEO ki bolse?", "koto dollar?", "ke bolse?",
# "kobe publish hoise", "keno?"), read when the message has two of its words, or one no other language has
# ("bolse", "niye", "jonno" ...); "ki" and "ke" alone are Hindi's "of" as much as Bengali's "what" and "who".
# (not "bollo", Italian's road tax, "kake", Japanese udon and Norwegian cake, "kara", Japanese "from", "ache")
_BENGALI_STRONG = (
    r"bolse|bolche|boleche|bolsilo|korse|korche|koreche|korbe|hoise|hoyeche|hoisilo|niye|jonno|chaitese|"
    r"kisher|komaise|komaisilo|komabe|komale|rakhse|jinish|kothay|tahole|nise|niyeche|shobcheye"
)
_BENGALI_WEAK = r"koto|keno|kobe|kon|chilo|theke|gula|ektu|bolen|shoho|ekhono|chara|dibe|kemon|hobe"
_BENGALI_STRONG_MARK = re.compile(
    rf"\b(?:{_BENGALI_STRONG})\b|\bkoto\s+(?i:dollars?|taka|rmb|usd|euros?|percent)\b|\bdollars?\s+e\s+koto\b|"
    r"^keno\s*\?|\bta\s+(?:koto|ki)\b|\b[A-Z][\w&-]*\s+er\s+ki\b|"
    r"^\S+(?:\s+\S+)?\s+ki\s+[a-z]+ed\s*\?*\s*$|"  # "Gotion ki proposed?" (Hindi asks "ne kya")
    r"^ar\s+(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s*\?\s*$)"  # "ar CALB?": and CALB (not "ar you ok?")
)
# (two of these: "RRR er full form ki", a closing "ki" or "ke" and a name's "er", not Dutch "kon er")
_BENGALI_WEAK_MARK = re.compile(
    rf"\b(?:{_BENGALI_WEAK})\b|(?P<what>\b(?:ki|ke)(?=\s*[?.!]|\s*$|\s+(?:exactly|actually)\b))|"
    r"(?P<of>(?:\b[A-Z][\w&-]*|\d)\s+er\s+(?=[\w\d]))|(?P<in>\b\d{4}\s+e\b)"
)
# Words of Hindi or Turkish (Hindi shares "kon", "ki" and "ache"; Turkish "niye"): no Bengali then.
_NOT_BENGALI = re.compile(r"\b(?:hai|hain|tha|thi|kya|raha|rahe|rahi|kaun|mein)\b|[ışğöüçİ]")
_BENGALI_OPENER = re.compile(r"^(?:Keno|Koto|Kon|Kothay|Ar)\b(?=\s|\?)")
# Bengali question words: two alone are no Bengali ("the winner of keno kobe?", "kobe beef no koto?").
_BENGALI_QUESTION_WORDS = frozenset({"koto", "keno", "kobe", "kon", "kemon"})
_SAID = r"(?:bolse|bolche|bollo|boleche|bolsilo)"
# Words of address and of asking politely ("bhai", "accha", "... shoho bolen": please tell), dropped first.
_BENGALI_FILLERS = (
    (re.compile(r"\b(?:bhai|apu|accha|acha|ektu|thik\s+ache)\b[\s,.]*"), ""),
    (re.compile(r"[\s,]*\b(?:shoho\s+)?(?:bolen|den)\s*$|\bshoho\b\s*|^\s*(?:kindly\s+)?bolen\b\s*"), ""),
)
_BENGALI_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"\b(ke|ki|kon|kara)\s+\1\b", r"\1"),  # "ke ke bolse": who (all) said
        (
            r"^(?P<x>[^,?]+?)\s+er\s+ki\s+(?P<y>[^?]+?)\s+ache\b",
            r"does \g<x> have \g<y>",
        ),  # "X er ki Y ache?"
        (r"\bbanano\b", "making"),
        (
            r"^(?P<x>[^,?]+?)\s+kobe\s+(?P<verb>publish|releas|launch|announc|issu|start|finish)e?\s+(?:hoise|hoyeche|hoisilo)\b",
            r"when was \g<x> \g<verb>ed",
        ),
        (r"\bkoto\s+(?:hoise|hoyeche)\b", "how many were there"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+er\s+jonno\b", r"for \g<x>"),
        (r"\b(?P<x>[\w’'-]+)\s+er\s+jonno\b", r"for \g<x>"),
        (r"\bkar\s+(?P<x>[\w-]+)\s+theke\s+(?:nise|niyeche)\b", r"taken from whose \g<x>"),
        (r"\b(?P<x>[\w-]+)\s+komale\b", r"if \g<x> is reduced"),
        (r"\bki\s+hoy\b", "what happens"),
        (r"^ki\s+(?:hoise|hoyeche)\b", "what happened"),
        (r"^(?P<x>[^,?]+?)\s+ki\s+(?:korse|korche|koreche)(?=\s*\?*\s*$)", r"what did \g<x> do"),
        (r"^(?P<x>[^,?]+?)\s+ke(?=\s*\?*\s*$)", r"who is \g<x>"),  # "Gotion er CEO ke?"
        (r"(?<=\w)\s+ar\s+(?=[A-Z])", " and "),  # "Geely ar GAC"
        (r"^ar\s+(?P<x>[^?]+?)\s+niye\s*(?=\?|$)", r"and about \g<x>"),  # "ar hardware niye?"
        (r"\b(?P<x>[\w’'-]+)\s+er\s+(?=[\w\d])", r"\g<x>'s "),  # "CATL er CEO": CATL's CEO
        (r"\bkaj\b", "work"),
        (r"\bdam\b", "price"),
        (r"\bnaam\b", "name"),
        (r"\bjinish\b", ""),
        (r"\b(?:ei|eta)\b", "this"),
        (r"\boi(?:ta)?\b", "that"),
        (r"(?<=\w)\s+(?:ta|gula)\b", ""),  # a classifier: "number ta", "company gula"
        (rf"^(?P<y>[^,?]+?)\s+niye\s+(?P<x>[^,?]+?)\s+ki\s+{_SAID}\b", r"what did \g<x> say about \g<y>"),
        (
            rf"^(?P<x>\S+['’]s\s+\S+|[A-Z][\w&-]*(?:\s+(?:ar\s+)?[A-Z][\w&-]*)*)\s+(?P<y>[^,?]+?)\s+niye\s+ki\s+{_SAID}\b",
            r"what did \g<x> say about \g<y>",
        ),
        (rf"^(?P<y>[^,?]+?)\s+niye\s+ke\s+{_SAID}\b", r"who talked about \g<y>"),
        (rf"^(?P<y>[^,?]+?)\s+niye\s+ki\s+{_SAID}\b", r"what did they say about \g<y>"),
        (rf"^(?P<y>[^,?]+?)\s+niye\s+kon\s+(?P<z>[\w-]+)\s+{_SAID}\b", r"which \g<z> talked about \g<y>"),
        (
            r"^kon\s+(?P<z>[\w-]+)\s+(?P<y>[^,?]+?)\s+niye\s+(?P<verb>[a-z]+)\s+korse\b",
            r"which \g<z> did \g<verb> about \g<y>",
        ),
        (rf"^(?P<x>[^,?]+?)\s+ki\s+{_SAID}\b", r"what did \g<x> say"),
        (rf"\bke\s+{_SAID}\b", "who said that"),
        (
            r"^(?P<x>[^,?]+?)\s+ki\s+(?P<verb>[a-z]+ed)\b",
            lambda m: f"what did {m.group('x')} {in_base_form(m.group('verb'))}",
        ),
        (
            r"^(?P<x>[^,?]+?)\s+ki\s+(?P<verb>[a-z]+)\s+(?:korse|korche|koreche|korlo)\b",
            r"what did \g<x> \g<verb>",
        ),
        (r"^(?P<x>[^,?]+?)\s+ki\s+(?:chaitese|chay|chaise)\b", r"what does \g<x> want"),
        (
            r"\b(?P<verb>publish|releas|launch|announc|issu|start|finish|reduc)e?\s+(?:hoise|hoyeche|hoisilo)\b",
            r"was \g<verb>ed",
        ),
        (r"\b(?P<money>dollars?|taka|rmb|usd|euros?)\s+e\s+koto\b", r"how much in \g<money>"),
        (r"\bkoto\s+(?P<money>dollars?|taka|euros?)\b", r"how much in \g<money>"),
        (r"\b(?P<year>\d{4})\s+e\b", r"in \g<year>"),
        (r"(?<=\w)\s+(?:e|te)\b(?=\s|[?,.!]|$)", ""),  # a postposition: "Two Sessions e", "China te"
        (r"\b(?:komaise|komaisilo)\b", "reduced"),
        (r"\b(?:komabe|komano|komanor)\b", "reduce"),
        (r"\b(?:rakhse|rakhche)\b", "set aside"),
        (r"\b(?:korse|korche|koreche|korbe)\b", "did"),
        (r"\b(?:hoise|hoyeche|hoisilo)\b", "happened"),
        (r"^(?P<x>[^,?]+?)\s+ki\s+chilo\b", r"what was \g<x>"),
        (r"\bchilo\b", "was"),
        (r"\bshobcheye\b", "most"),
        (r"\bhobe\b", "will be"),
        (r"(?<=\w)\s+na\s+(?=\w)", " or "),  # "tight na loose"
        (rf"\b{_SAID}\b", "said"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+niye\b", r"about \g<x>"),
        (r"\btheke\b", "from"),
        (r"\bkar\b", "whose"),
        (r"\bkisher\b", "of what"),
        (r"\bkake\b", "whom"),
        (r"^ar\s+ki\b", "what else"),
        (r"^ar\b", "and"),
        (r"\bchara\s+ar\s+ki\b", "besides that what else"),
        (r"^(?P<x>[^,?]+?)\s+ki(?:\s+(?:exactly|actually))?(?=\s*\?*\s*$)", r"what is \g<x>"),
        (r"^(?P<x>[^,?]+?)\s+ki(?:\s+(?:exactly|actually))?(?=\s*\?)", r"what is \g<x>"),
        (r"\bkoto\b", "how much"),
        (r"\bketo\b|\bkeno\b", "why"),
        (r"\bkobe\b", "when"),
        (r"\bkothay\b", "where"),
        (r"\bkemon\b", "how"),
        (r"\bkon\b", "which"),
        (r"\bkara\b", "who"),
        (r"\bke\b", "who"),
        (r"\btahole\b", "then"),
        (r"\s+na(?=\s*\?)", ""),  # a closing tag: "..., legislative body na?"
    )
)


def _bengali_in_english(text: str) -> str:
    """ "Gotion ki proposed?" -> "what did Gotion propose?", "CATL er CEO energy storage niye ki bolse?" ->
    "what did CATL's CEO say about energy storage?", "koto dollar?" -> "how much in dollar?": Bengali put in
    English and the question word first, in a message with its marks (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text) or _NOT_BENGALI.search(text):
        return text
    opened = _opener_lowered(_BENGALI_OPENER, text)  # "Keno?", "Koto dollar?"
    strong = _BENGALI_STRONG_MARK.search(opened)
    weak = {m.lastgroup or m.group() for m in _BENGALI_WEAK_MARK.finditer(opened)}
    if not strong and (len(weak) < 2 or weak <= _BENGALI_QUESTION_WORDS):
        return text
    text = opened
    text = _tidy_spacing(with_phrases(text, _BENGALI_FILLERS)).strip(" ,")
    lead = re.match(r"^ar\s+(?=\S+\s+\S)", text)  # "ar safety niye he ki bolse?": and (kept first)
    text = _tidy_spacing(with_phrases(text[lead.end() :] if lead else text, _BENGALI_PHRASES)).strip(" ,")
    return ("and " if lead else "") + _question_word_first(text)


# Greek in Greek-inflected English ("ti einai the Two Sessions?", "poios eipe?", "poso in dollars?", "giati?",
# "pote is this article published", a closing "ne?" for "right?", "ela re," before a question), read when
# the message has a word of Greek no English sentence has.
# (not Portuguese "ela" alone, Italian "posa" and "ti do", solfège's "ti", nor "pou" of Haitian and Māori)
_GREEK_MARKS = re.compile(
    r"\b(?:poios|poia|poio|giati|einai|eipe|kanei|endaxi|malista|ochi)\b|^ela\s*,?\s*re\b|"
    r"\bposo\s*\?|\bposo\s+(?=(?:is|in|are|was|for|of|the|dollars?|euros?)\b)|"
    r"^(?:ela\s*,?\s*(?:re\s*,?\s*)?)?ti\s+(?=(?:are|was|were|they|he|she|main|monetary|proposed|said)\b)|"
    r"\bti\s+(?:eipe|proposed|said|asked|wants?)\b|^pote\s+(?!(?:tu|on|il|elle|je|c|t|de|la|le)\b)(?=[a-z])|"
    r"\b[A-Z][\w&-]*\s+(?-i:re)(?=\s*\?\s*$)"  # "and CALB re?" (not "between mi and re?")
)
_GREEK_OPENER = re.compile(r"^(?:Giati|Poso|Pote|Poios|Poia|Ti(?=\s+eipe\b))\b")
_GREEK_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (r"^\s*ela\b\s*,?\s*(?:re\b\s*,?\s*)?|\b(?:endaxi|malista)\b\s*,?\s*", ""),
        (r"^(?P<x>[^,?]+?)\s+ti\s+eipe\b", r"what did \g<x> say"),
        (
            r"^(?P<x>[^,?]+?)\s+ti\s+(?P<verb>proposed|said|asked|wanted)\b",
            lambda m: f"what did {m.group('x')} {in_base_form(m.group('verb'))}",
        ),
        (r"^(?P<x>[^,?]+?)\s+ti\s+kanei\b", r"what does \g<x> do"),
        (r"^(?P<x>[^,?]+?)\s+ti\s+einai\b", r"what is \g<x>"),
        (r"\bti\s+einai\b", "what is"),
        (r"^ti\s+eipe\b", "what did they say"),
        (r"\bposo\s+kanei\b", "how much does it cost"),
        (r"\b(?:poios|poia|poio)\s+to\s+contact\b", "who should I contact"),
        (r"\b(?:poios|poia|poio)\s+eipe\b", "who said that"),
        (r"\b(?:poios|poia|poio)\s+einai\b", "who is he"),  # (of a person: "poios einai, his name?")
        (r"\b(?:poios|poia|poio)\b", "who"),
        (r"\bposo\b", "how much"),
        (r"\bposa\b", "how many"),
        (r"\bgiati\b\s*\?*\s*(?=why\b)", ""),  # "giati? why they push this?": the why asked in English
        (r"\bgiati\b", "why"),
        (r"^pote\b", "when"),
        (r"^pou\b", "where"),
        (r"^ti\b", "what"),
        (r"\beinai\b", "is"),
        (r"(?<!\bdo)(?<!\bimport)[\s,]+(?-i:re)(?=\s*[?.!]*\s*$)|[\s,]+(?-i:re)\b(?=\s*,)", ""),
        (r"\s+(?-i:ne)(?=\s*\?\s*$)", ""),  # a closing "ne?": right?
    )
)


def _greek_in_english(text: str) -> str:
    """ "ti einai the Two Sessions?" -> "what is the Two Sessions?", "poios eipe?" -> "who said that?", "poso
    in dollars?" -> "how much in dollars?": Greek words put in English, in a message with a mark of Greek
    (else unchanged)."""
    return _phrases_read(text, _GREEK_MARKS, _GREEK_PHRASES, _GREEK_OPENER)


# Nepali in English ("Gotion le ke propose garyo?", "dollar ma kati?", "ani CALB ko?", "kasle bhanyo?",
# "NPC ko kaam ke ho?", "embodied intelligence bhaneko ke ho?"), read when the message has a word of Nepali
# no English (nor Hindi, Bengali or Spanish) sentence has, or a Nepali question word with another mark.
_NEPALI_STRONG = (
    r"garyo|gareko|gardai|garnu|garne|garna|garnus|bhanyo|bhaneko|bhanne|bhayo|bhako|thiyo|parcha|kasle|kasko|"
    r"barema|tiniharu|usle|usko|tesma|sakcha|sakdaina|rahecha|huncha|hune|hudai|chahiyo|chahiyeko|uthayo|"
    r"uthako|liyeko|chuttayo|chuttayeko|ghatako|ghatayo|ghataune|ghatauna|ghatauda|ghataudai|ghatcha|rakhdai|"
    r"rakheko|lekheko|paucha|chalyo|chaldai|ferna|banaune|ramro"
)
_NEPALI_STRONG_MARK = re.compile(
    rf"\b(?:{_NEPALI_STRONG})\b|\b(?:kati|kina|kahile|kaha)\s+(?:ho|cha|thiyo|ni|ta|hola|re|bata)\b|"
    r"\bma\s+kati\b|\bkati\s+percent\b|\b(?:ke|k)\s+ho\b(?!\s+ho)|\b(?:cha|thiyo)\s+(?:ho|re|hai)\b|"
    r"\bko\s+(?:ho|lagi|bare\s*ma|kura)\b|^(?:ke|k)\s+ko\b|"
    r"^ani\s+(?:[A-Z][\w&-]*|[a-z]+)(?:\s+(?:ko|le))?(?:\s+ni)?\s*\?|^kina\s+ni\b"
)
_NEPALI_WEAK_MARK = re.compile(
    r"\b(?:kati|kina|kahile|kaha|kun|haru|hajur|dai|didi|ani|lai|bata|sanga|pani|chai|tyo)\b"
)
_NEPALI_QUESTION_WORDS = frozenset({"kati", "kina", "kahile", "kaha", "kun"})
# (Hindi's "kya", "kaun", "mein" ... or Bengali's "bolse", "koto": not Nepali)
_NOT_NEPALI = re.compile(
    r"\b(?:hain|kya|kaun|kitna|kitne|kyun|kyu|kyon|kab|mein|raha|rahe|rahi|bolse|koto|keno|se|milega|milegi|milti|"
    r"milta|hoga|hogi|kahan|kaise|bhai|baad|liye|mujhe|yaar|ya|kis|tum|aap|"  # Hindi, Bengali, Swahili
    r"po|ang|sa|ng|saan|bang|naman|kasi|mga|yung|lang|ito|tuwing|"  # Tagalog
    r"san|chan|sama|desu|suki)\b|\bhai\b(?!\s*[?.!]*\s*$)|\w-kun\b"  # Japanese
)
_NEPALI_OPENER = re.compile(
    r"^(?:Ani(?=\s+[^?]+?\s+(?:ko|le|ni)\s*\?)|Kina|Kati(?=\s+(?-i:[a-z]))|Kahile|Kun|Kasle|"
    r"(?:Hajur|Dai|Didi)(?=\s*,|\s+(?-i:[a-z])))\b"
)
_NEPALI_DONE = r"(?:garyo|gare|gareko(?:\s+(?:ho|cha|thiyo))?|gardai\s+(?:thiyo|cha)|uthayo|uthako(?:\s+ho)?)"
_NEPALI_SAID = r"(?:bhanyo|bhane|bhaneko\s+(?:ho|thiyo))"
_NEPALI_SUBJECT = r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)"
# a phrase a postposition closes: a name, a year, or two lowercase words ("two sessions ma": in two sessions)
_NEPALI_OBJECT = r"(?P<y>(?:[A-Z][\w&-]*|\d{4})(?:\s+[A-Z][\w&-]*)*|[a-z]+\s+[a-z]+)"


def _nepali_what_did(match: re.Match[str]) -> str:
    where = f" in {match.group('w')}" if match.group("w") else ""
    return f"what did {match.group('x')} {match.group('v')}{where}"


_NEPALI_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        # words of address, tags and particles ("dai", "hajur", a closing "hai", "re" (they say), "ni", "ta")
        (r"^\s*(?:dai|didi|hajur|la|ok)\b[\s,]*", ""),
        (r"[\s,]*\b(?:dai|didi|hajur|hai)\b(?=\s*[?.!,]|\s*$)", ""),
        (r"[\s,]*(?:kindly\s+)?(?:explain|bhannus|bataunus)\s*(?:garnus)?\s*$", ""),
        (r"\b(ke|k|kun|kasle)\s+\1\b", r"\1"),  # "ke ke", "kun kun": what, which (of several)
        (r"\bko\s+bare\s*ma\s+ni\b", "ko barema"),
        (r"\b(?P<c>cha|thiyo)\s+ho(?=\s*\?)", r"\g<c>"),
        (r"\b(?:cha\s+)?re\s+ho(?=\s*\?)|\bho\s+ra(?=\s*[?.!]|\s*$)|\bki\s+(?:nai|sakdaina)\b", ""),
        (r"\s+(?:re|ni|ta|chai)(?=\s*[?.!,]|\s*$)|\s+(?:re|chai)\b", ""),
        # words, before the phrases they stand in
        (r"\btiniharu\s+madhye\b", "among them"),
        (r"\bmanche\s+haru\b", "people"),
        (r"\bsabse\b", "most"),
        (r"\btesma\b", "in that"),
        (r"\bferna\b", "change"),
        (r"\bbanaune\b", "make"),
        (r"\bkasle\s+dine\b", "who gives"),
        (r"^(?:ma|Ma)\s+(?:le\s+)?(?=\S)", "I "),
        (r"^(?:Yo|Tyo)\s+(?=[a-z])", lambda m: "yo " if m.group().startswith("Yo") else "tyo "),
        (r"\btyo\s+kasle\s+bhanyo\b", "kasle bhanyo tyo"),
        (r"\bkati\s+ma\b", "for how much"),
        (r"\bmero\b", "my"),
        (r"\btimro\b", "your"),
        (r"\bhamro\b", "our"),
        (r"\b(?:ghataune|ghatauna|ghataudai)\b", "reduce"),
        (r"\bpaisa\b", "money"),
        (r"\bkaam\b", "work"),
        (r"\bfaida\b", "benefit"),
        (r"\bramro\b", "good"),
        (
            r"^(?P<y>[^,?]+?)\s+ko\s+bare\s*ma\s+(?:ni\s+)?kei\s+cha\s+ki\s+(?P<z>[^?,]+?)\s+ma\b",
            r"is there anything about \g<y> in \g<z>",
        ),
        (r"\bkei\s+cha\s+ki\s+(?P<y>[^?,]+?)\s+ma\b", r"is there anything in \g<y>"),
        (r"\bkei\s+cha\b", "is there anything"),
        (r"\bkina\s+(?:ramro|good)\s+(?:ho|cha)\s+(?P<x>[^?,]+?)\s+lai\b", r"why is it good for \g<x>"),
        (r"\s+hola(?=\s*[?.!]*\s*$)", ""),  # "dollar ma kati hola": how much (would it be)
        (r"\bdate\s+kati\b", "what date"),
        (r"\bko\s+naam\s+(?:aako|aaeko)\s+cha\b", " named"),
        (r"^ani\s+(?P<x>[^?]+?)\s+ko\s+bare\s*ma(?:\s+ni)?\s*(?=\?|$)", r"and about \g<x>"),
        (r"^ani\s+(?P<x>[^?]+?)(?:\s+(?:ko|le|lai))?(?:\s+ni)?\s*(?=\?|$)", r"and \g<x>"),
        (r"\bkina\s+ni\b", "why"),
        (r"\bkasko\s+against\b", "against whom"),
        (r"\b(?:ke|k)\s+ko\s+lagi\b", "what for"),
        (r"\b(?:ke|k)\s+ko\b", "what"),
        (r"\b(?P<money>dollars?|usd|rupees?|rs|rmb|euros?|pounds?)\s+ma\s+kati\b", r"how much in \g<money>"),
        (r"\bkati\s+percent\s+le\b", "by how many percent"),
        # "X le Y ko barema (ni) kei bhanyo": did X say anything about Y; "... ke bhanyo": what did X say
        (
            rf"{_NEPALI_SUBJECT}\s+le\s+(?P<y>[^,?]+?)\s+ko\s+bare\s*ma\s+(?:ni\s+)?kei\s+{_NEPALI_SAID}",
            r"did \g<x> say anything about \g<y>",
        ),
        (
            rf"^(?P<y>[^,?]+?)\s+ko\s+bare\s*ma\s+(?:ni\s+)?kei\s+{_NEPALI_SAID}",
            r"did they say anything about \g<y>",
        ),
        (
            rf"{_NEPALI_SUBJECT}\s+le\s+(?P<y>[^,?]+?)\s+(?:ko\s+bare\s*ma|ma)\s+(?:ke|k)\s+{_NEPALI_SAID}",
            r"what did \g<x> say about \g<y>",
        ),
        (rf"{_NEPALI_SUBJECT}\s+le\s+(?:ke|k)\s+{_NEPALI_SAID}", r"what did \g<x> say"),
        (
            rf"{_NEPALI_SUBJECT}\s+le\s+(?:(?P<w>[^,?]+?)\s+ma\s+)?(?:ke|k)\s+(?P<v>[a-z]+)\s+{_NEPALI_DONE}",
            _nepali_what_did,
        ),
        (
            rf"{_NEPALI_SUBJECT}\s+le\s+(?P<y>[^,?]+?)\s+ko\s+kura\s+{_NEPALI_DONE}",
            r"did \g<x> talk about \g<y>",
        ),
        (rf"{_NEPALI_SUBJECT}\s+(?:ko\s+)?kura\s+kasle\s+{_NEPALI_DONE}", r"who talked about \g<x>"),
        (r"\bko\s+kura\s+kasle\s+" + _NEPALI_DONE, "who talked about it"),
        (rf"{_NEPALI_SUBJECT}\s+bhanne\s+kasle\s+{_NEPALI_SAID}", r"who said \g<x>"),
        (r"\baru\s+(?:ke|k)\s+" + _NEPALI_SAID + r"(?:\s+usle)?", "what else did he say"),
        (r"\bkasle\s+" + _NEPALI_SAID + r"(?:\s+tyo)?\b", "who said that"),
        (r"\b(?:ke|k)\s+" + _NEPALI_SAID + r"(?:\s+usle)?", "what did they say"),
        (
            rf"{_NEPALI_SUBJECT}\s+le\s+(?P<o>[^,?]+?)\s+(?P<v>[a-z]+)\s+(?:garna\s+)?sakcha\b",
            r"can \g<x> \g<v> \g<o>",
        ),
        (
            rf"{_NEPALI_SUBJECT}\s+le\s+(?P<o>[^,?]+?)\s+(?P<v>[a-z]+)\s+garna\s+{_NEPALI_SAID}",
            r"\g<x> said to \g<v> \g<o>",
        ),
        (rf"{_NEPALI_SUBJECT}\s+le\s+(?P<y>[^,?]+?)\s+{_NEPALI_SAID}(?=\s*\?)", r"did \g<x> say \g<y>"),
        (rf"{_NEPALI_SUBJECT}\s+le\s+(?P<y>[^,?]+?)\s+{_NEPALI_SAID}\b", r"\g<x> said \g<y>"),
        (rf"{_NEPALI_SUBJECT}\s+bhanne\s+kun\s+(?P<z>[\w-]+)\s+(?:ho|thiyo)\b", r"which \g<z> said \g<x>"),
        (
            r"\b(?P<o>(?:[\w-]+\s+){0,3}[\w-]+)\s+(?P<v>(?!garnu\b)[a-z]+)\s+(?:garnu\s+)?parcha\b",
            r"\g<o> must \g<v>",
        ),
        (rf"{_NEPALI_SUBJECT}\s+kahile\s+ko\s+ho\b", r"when is \g<x> from"),
        (rf"{_NEPALI_SUBJECT}\s+kun\s+(?P<y>[\w-]+)\s+ko\s+ho\b", r"which \g<y> is \g<x> from"),
        (
            rf"{_NEPALI_SUBJECT}\s+kun\s+(?P<y>[\w-]+)\s+bata\s+(?:liyeko|aayeko|aako)\s+ho\b",
            r"which \g<y> is \g<x> taken from",
        ),
        (rf"{_NEPALI_SUBJECT}\s+kaha\s+bata\s+(?:ho|aayo|aako)\b", r"where is \g<x> from"),
        (r"^(?!.*\bkun\b)(?P<x>[^,?]+?)\s+ko\s+ho(?=\s*\?|\s*$)", r"who is \g<x>"),
        # a postposition after what opens a clause: "2024 ma, ...": in 2024; "X ko lagi": for X
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+ko\s+lagi\s+(?=\S)", r"for \g<x>, "),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+ko\s+bare\s*ma\s+(?=\S)", r"about \g<x>, "),
        (r"(?:^|(?<=[,?]\s))(?P<x>(?:(?!\sle\s)[^,?])+?)\s+(?:ma)\s+(?=\S)", r"in \g<x>, "),
        (r"(?:^|(?<=[,?]\s))(?P<x>(?:(?!\sle\s)[^,?])+?)\s+(?:ma)\s+(?=\S)", r"in \g<x>, "),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+lai\s+(?=\S)", r"for \g<x>, "),
        (rf"(?<=\s){_NEPALI_OBJECT}\s+ma(?=\s*[?.!]|\s*$)", r"in \g<y>"),
        (rf"(?<=\sle\s){_NEPALI_OBJECT}\s+ma\b", r"in \g<y>"),
        (rf"(?<=\s){_NEPALI_OBJECT}\s+lai(?=\s*[?.!]|\s*$)", r"for \g<y>"),
        (rf"{_NEPALI_SUBJECT}\s+bhaneko\s+(?:ke|k)\s+(?:ho|rahecha|hola)\b", r"what is \g<x>"),
        (rf"{_NEPALI_SUBJECT}\s+(?:ke|k)\s+(?:ho|cha|rahecha|hola)\b", r"what is \g<x>"),
        (rf"{_NEPALI_SUBJECT}\s+(?:ke|k)\s+thiyo\b", r"what was \g<x>"),
        (rf"{_NEPALI_SUBJECT}\s+kun\s+(?:ho|cha)\b", r"which is \g<x>"),
        (rf"{_NEPALI_SUBJECT}\s+kun\s+thiyo\b", r"which was \g<x>"),
        (r"\bko\s+lagi\b", "for"),
        (r"\bko\s+bare\s*ma\b", "about"),
        (r"\b(?P<x>[A-Z][\w&-]*|\d{4})\s+ma\b", r"in \g<x>"),
        (r"\bma\b", "in"),
        (r"\b(?P<x>[\w’'-]+)\s+ko\s+(?=[\w\d])", r"\g<x>'s "),  # "CATL ko CEO": CATL's CEO
        (r"\b(?P<v>[a-z]+)\s+garne\b", r"will \g<v>"),
        (r"\b(?P<v>[a-z]+)\s+garna\b", r"to \g<v>"),
        (r"\b(?P<v>[a-z]+)\s+(?:garyo|gare|gareko)\b", r"did \g<v>"),
        (r"\b(?P<v>[a-z]+)\s+gardai\s+(?:thiyo|cha)\b", r"was \g<v>"),
        (r"\b(?:garyo|gare|gareko|gardai)\b", "did"),
        (r"\b(?:bhanyo|bhane)\b", "said"),
        (r"\bbhanne\b", "that"),
        (r"\bbhaneko\b", "called"),
        (r"\b(?:bhako|bhayo)\b", "was"),
        (r"\bthiyo\b", "was"),
        (r"\b(?:cha|chha|ho|rahecha)\b", "is"),
        (r"\bhola\b", "maybe"),
        (r"\bhuncha\b", "will be"),
        (r"\bparcha\b", "must"),
        (r"\bsakcha\b", "can"),
        (r"\bsakdaina\b", "cannot"),
        (r"\b(?:chahiyo|chahiyeko|chahincha)\b", "needed"),
        (r"\b(?:aayo|aako|aaeko|pareko)\b", "came in"),
        (r"\b(?:uthayo|uthako)\b", "raised"),
        (r"\bliyeko\b", "taken"),
        (r"\b(?:chuttayo|chuttayeko)\b", "set aside"),
        (r"\b(?:ghatako|ghatayo)\b", "reduced"),
        (r"\bghatauda\b", "when reducing"),
        (r"\brakhdai\b", "keeping"),
        (r"\brakheko\b", "set"),
        (r"\blekheko\b", "written"),
        (r"\b(?:kinna|kinda)\b", "buying"),
        (r"\bpaucha\b", "gets"),
        (r"\bkasto\b", "how"),
        (r"\bkati\b", "how much"),
        (r"\bkina\b", "why"),
        (r"\bkahile\b", "when"),
        (r"\bkaha\b", "where"),
        (r"\bkasari\b", "how"),
        (r"\bkun\b", "which"),
        (r"\bkasle\b", "who"),
        (r"\bkasko\b", "whose"),
        (r"\b(?:ke|k)\b(?!['’])", "what"),
        (r"\bnaam\b", "name"),
        (r"\bmanche\b", "people"),
        (r"\bsabai\b", "all"),
        (r"\baru\b", "other"),
        (r"\bkei\b", "anything"),
        (r"\beuta\b", "one"),
        (r"\btyo\b", "that"),
        (r"\byo\b", "this"),
        (r"\busle\b", "he"),
        (r"\busko\b", "his"),
        (r"\btiniharu\b", "they"),
        (r"\bmadhye\b", "among"),
        (r"\b(?:ani|ra)\b", "and"),
        (r"\bpani\b", "also"),
        (r"\bahile\b", "now"),
        (r"\bpahile\b", "before"),
        (r"\blai\b", "for"),
        (r"\bbata\b", "from"),
        (r"\bsanga\b", "with"),
        (r"\bki\b", "or"),
        (r"\s+(?:le|haru|wala|ko)\b", ""),
    )
)


def _nepali_in_english(text: str) -> str:
    """ "Gotion le ke propose garyo?" -> "what did Gotion propose?", "dollar ma kati?" -> "how much in
    dollar?", "ani CALB ko?" -> "and CALB?": Nepali put in English and the question word first, in a message
    with its marks (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text) or _NOT_NEPALI.search(text):
        return text
    opened = _opener_lowered(_NEPALI_OPENER, text)
    weak = set(_NEPALI_WEAK_MARK.findall(opened))
    if not _NEPALI_STRONG_MARK.search(opened) and (len(weak) < 3 or not weak & _NEPALI_QUESTION_WORDS):
        return text
    text = _tidy_spacing(with_phrases(opened, _NEPALI_PHRASES)).strip(" ,")
    return _question_word_first_after_and(text)


# Indonesian in English, as Jakarta writes it ("CATL ngomong apa di CPPCC?", "CPPCC itu apa sih?", "kalau
# CALB?", "berapa dalam dollar?", "siapa yg usul X?", "CPPCC punya legislative power ga?"), read when the
# message has a word of colloquial Indonesian (not of Malay: Manglish has its own reader) with a question
# word of it, or two of them.

# "dibahas": discussed (a passive "di-" before its verb)
_INDONESIAN_PASSIVES = {
    "dibahas": "discussed", "dipotong": "cut", "diperluas": "expanded", "diubah": "changed",
    "dilebarin": "widened", "dilebarkan": "widened", "dialokasiin": "allocated", "dialokasikan": "allocated",
    "dipake": "used", "dipakai": "used", "disebut": "mentioned", "diturunin": "lowered",
    "diturunkan": "lowered", "dinaikin": "raised", "dinaikkan": "raised", "dikasih": "given",
    "dibikin": "made", "ditulis": "written", "dipublish": "published", "diumumkan": "announced",
    "dikeluarkan": "issued", "dipilih": "chosen",
}  # fmt: skip
_INDONESIAN_MARKS = word_set(
    "sih dong deh kok gimana kapan nggak gak enggak ngga gue gw aja yg banget udah ngomong ngomongin pengen "
    "bakal dipake gitu nanya ngusulin usulin usul dialokasiin dilebarin turunin keliatan mikirin dapet "
    "dibahas bahas "
    "kayak nih tuh selain sisanya maksudnya fungsinya sumbernya tujuannya alasannya artinya efeknya menurut "
    "bilang soal bisa belum juga terus singkatan istilah artikel tanggal totalnya jumlahnya harganya datanya "
    "namanya tanggalnya targetnya hasilnya angkanya nilainya budgetnya"
) | frozenset(_INDONESIAN_PASSIVES)
# (with a question word, these too: Malay has them, and reads them the same)
_INDONESIAN_MARKS_WHEN_ASKED = word_set(
    "itu yang buat kalau kalo dalam dari punya mau mereka ini di nya persen sekarang"
)
# Malay's own words: a message with them and none of colloquial Jakarta's is left to Malay's reader
_MALAY_ONLY = word_set("lah boleh tak nak bila cakap pula sikit mahu macam kena dah")
_JAKARTA_ONLY = word_set(
    "sih dong deh gue gw nggak gak udah aja gimana kapan banget ngomong pengen bakal bikin kayak gitu"
)
# (alone, these are words of other languages too: Singlish "ga", Dutch "kok", Patois "deh", the dong)
_WEAK_INDONESIAN_MARKS = word_set("ga kok deh dong nih tuh bahas")
# ("mana" alone is mana of games, Portuguese "mana", Tagalog inheritance: only "di mana", "yang mana" ...)
_INDONESIAN_QUESTION_WORDS = word_set("apa siapa berapa kenapa mengapa kapan gimana bagaimana")
_INDONESIAN_NOT = r"(?:ga|gak|nggak|enggak|ngga|tidak)"
_INDONESIAN_SUBJECT = r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)"
# English verbs an Indonesian sentence asks "what" of after them ("Xiaomi advocate apa?")
_ASKING_VERBS = (
    r"(?:advocate|propose|suggest|say|want|ask|mention|push|recommend|complain|request|demand|discuss|do|make|"
    r"plan|announce|need|call\s+for|offer|highlight|raise|focus\s+on|promise|criticise|criticize|support)"
)
_INDONESIAN_SAY = r"(?:ngomong|ngomongin|bilang|bicara|berkata)"
_INDONESIAN_PROPOSE = r"(?:ngusulin|usulin|usul|mengusulkan)"
_INDONESIAN_WORDS = {
    "gue": "I", "gw": "I", "aku": "I", "saya": "I", "kita": "we", "kami": "we", "mereka": "they",
    "dia": "they", "lo": "you", "lu": "you", "kamu": "you", "ini": "this", "itu": "that", "ada": "is there",
    "mau": "want", "pengen": "want", "ingin": "want", "bisa": "can", "bakal": "will", "akan": "will",
    "udah": "already", "sudah": "already", "belum": "yet", "lagi": "again", "juga": "also", "paling": "most",
    "penting": "important", "banyak": "many", "orang2": "people", "orang": "people", "tahun": "year",
    "sekarang": "now", "dulu": "before", "terakhir": "last", "pertama": "first", "baru": "new",
    "semua": "all", "ikut": "take part", "minta": "ask for", "sebut": "mention", "bahas": "discuss",
    "bikin": "make", "pake": "use", "pakai": "use", "lupa": "forgot", "nanya": "ask", "nanya2": "ask",
    "tanya": "ask", "tau": "know", "tahu": "know", "keliatan": "seen", "mikirin": "thinking about",
    "selesai": "finished", "mulai": "start", "turun": "fall", "naik": "rise", "turunin": "lower",
    "duit": "money", "uang": "money", "harga": "price", "mobil": "car", "persen": "percent",
    "juta": "million", "miliar": "billion", "triliun": "trillion", "tanggal": "date", "artikel": "article",
    "topik": "topic", "istilah": "term", "singkatan": "abbreviation", "konteks": "context",
    "relevan": "relevant", "kayak": "like", "seperti": "like", "atau": "or", "dan": "and", "tapi": "but",
    "terus": "then", "jadi": "so", "karena": "because", "karna": "because", "kalau": "if", "kalo": "if",
    "lain": "other", "efek": "effect", "fokus": "focus", "alasan": "reason", "tujuan": "purpose",
    "fungsi": "function",
    "sumber": "source", "dapet": "get", "dapat": "get", "alokasi": "allocation", "sisa": "rest",
    "subsidi": "subsidy", "perusahaan": "company", "pemerintah": "government", "ekspansi": "expansion",
    "industri": "industry", "di": "in", "ke": "to", "dari": "from", "buat": "for", "untuk": "for",
    "soal": "about", "tentang": "about", "sama": "and", "dalam": "in", "menurut": "according to",
    "selain": "besides", "waktu": "at the time", "sebelum": "before", "sesudah": "after", "setelah": "after",
    "punya": "has", "usul": "propose", "berapa": "how much", "siapa": "who", "apa": "what", "kenapa": "why",
    "mengapa": "why", "kapan": "when", "gimana": "how", "bagaimana": "how", "mana": "which", "gitu": "",
    "yg": "", "yang": "", "aja": "", "saja": "", "sih": "", "dong": "", "deh": "", "kok": "", "nih": "",
    "tuh": "", "banget": "", **_INDONESIAN_PASSIVES,
}  # fmt: skip
_INDONESIAN_WORD = whole_word(map(re.escape, sorted(_INDONESIAN_WORDS, key=len, reverse=True)))
_INDONESIAN_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"^\s*(?:btw|basically|literally)\b[\s,]*|\b(?:basically|literally)\s+", ""),
        # "artikel ini": this article (not "sebelum ini": before this)
        (
            r"\b(?P<n>(?!(?:sebelum|sesudah|setelah|dari|di|ke|buat|untuk|soal|selain|menurut|waktu|dan|sama|yang|yg)\b)[a-z]+)\s+ini\b",
            r"this \g<n>",
        ),
        (r"\bcontact\s+siapa\b", "who to contact"),
        (r"\befek\s*nya\s+ke\b", "the effect on"),
        (r"\bmau\s+(?P<n>[^?,]+?)\s+(?:yang\s+|yg\s+)?kayak\s+gimana\b", r"want what kind of \g<n>"),
        (r"[\s,]+(?:ya|kan|sih|dong|deh|nih|tuh)(?=\s*[?.!,]|\s*$)", ""),  # a closing particle or tag
        (r"\b(apa|siapa)\s+aja\b", r"\1"),
        (r"\b(?P<x>[A-Z][\w&-]*)\s+(?P<n>[a-z]+)\s+nya\b", r"\g<x>'s \g<n>"),  # "CALB concern nya": CALB's
        (r"\bselain\s+itu\b,?", "besides that,"),
        (r"^(?:kalau|kalo)\s+(?P<y>\d{4})\s+berapa\b", r"and how much in \g<y>"),
        (
            r"^(?:kalau|kalo)\s+(?P<x>(?!(?:gue|gw|aku|saya|kita|kami|mereka|dia|lo|lu|kamu)\b)[^?,]+?)\s+berapa\b",
            r"and how much for \g<x>",
        ),
        (
            r"^(?:kalau|kalo)\s+(?P<x>(?!(?:gue|gw|aku|saya|kita|kami|mereka|dia|lo|lu|kamu|ke|di)\b)"
            r"(?:[\w&'-]+\s+){0,2}[\w&'-]+)\s*(?=\?|$)",
            r"and \g<x>",
        ),
        (rf"^(?P<x>[^?]+?)\s+juga\s+{_INDONESIAN_NOT}\s*(?=\?|$)", r"and \g<x>"),
        (r"^kapan\s+itu\b", "when was that"),
        (r"\byang\s+lain\b", "the other one"),
        (r"^apa\s+itu\s+", "what is "),
        (r"\b(?:yg|yang)\s+buat\b", "that made"),
        (r"\bberapa\s+soal\b", "how many questions"),
        (r"\befek\s+samping\s*(?:nya)?\b", "side effects"),
        # "Kenya disebut": Kenya was mentioned (a passive after a name)
        (
            rf"\b(?P<x>(?-i:[A-Z])[\w&-]*)\s+(?P<v>{'|'.join(_INDONESIAN_PASSIVES)})\b(?!\s+{_INDONESIAN_NOT}\b)",
            lambda m: f"{m.group('x')} was {_INDONESIAN_PASSIVES[m.group('v')]}",
        ),
        # "Banca di Roma": a name's "di", kept
        (r"\b(?P<name>(?-i:[A-Z])[\w&-]*)\s+di\s+(?P<place>(?-i:[A-Z])[\w&-]*)", r"\g<name> di_ \g<place>"),
        (r"\bdi\s*mana\b", "where"),
        (r"\bke\s+mana\b", "where to"),
        (r"^publish\s*(?:nya)?\s+kapan\b|^kapan\s+(?:di)?publish\s*(?:nya)?\b", "when was it published"),
        (
            rf"{_INDONESIAN_SUBJECT}\s+tanggal\s+berapa\s+(?:di)?publish\s*nya\b",
            r"on what date was \g<x> published",
        ),
        (r"\btanggal\s+berapa\s+(?:di)?publish\s*nya\b", "on what date was it published"),
        (r"\btanggal\s+berapa\b", "what date"),
        (r"\btahun\s+berapa\b", "what year"),
        (r"\bberapa\s+persen\b", "what percent"),
        (r"\bberapa\s+banyak\b", "how many"),
        (r"\bberapa\s+dalam\s+(?P<money>\w+)", r"how much in \g<money>"),
        (r"\b(?:kenapa|mengapa)\s+gitu\b", "why"),
        (r"\bnama\s+(?P<x>[^?,]+?)\s+siapa\b", r"what is the name of \g<x>"),
        (r"\b(?P<p>dari|di|ke|buat|untuk)\s+(?P<n>[a-z]+)\s+apa\b", r"\g<p> what \g<n>"),
        (r"^(?P<x>[A-Z][\w&-]*)\s+ada\s+(?!(?:bilang|ngomong|sebut|minta|usul)\b)", r"does \g<x> have "),
        (r"\bada\s+(?=(?:bilang|ngomong|sebut|minta|usul)\b)", "did "),
        (rf"{_INDONESIAN_SUBJECT}\s+(?:itu\s+)?sumbernya\s+dari\s+mana\b", r"what is the source of \g<x>"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?:itu\s+)?dari\s+mana\b", r"where is \g<x> from"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?:itu\s+)?dari\s+siapa\b", r"who is \g<x> from"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?:itu\s+)?fungsinya\s+apa\b", r"what does \g<x> do"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?:itu\s+)?(?:maksudnya|artinya)\s+apa\b", r"what does \g<x> mean"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?:itu\s+)?singkatan\s+(?:dari\s+)?apa\b", r"what does \g<x> stand for"),
        (r"\b(?:maksudnya|artinya)\s+apa\b", "what does it mean"),
        (r"\btujuannya\s+apa\b", "what is the purpose"),
        (r"\balasannya\s+apa\b", "what is the reason"),
        (rf"{_INDONESIAN_SUBJECT}\s+{_INDONESIAN_SAY}\s+apa\s+soal\b", r"what did \g<x> say about"),
        (rf"{_INDONESIAN_SUBJECT}\s+{_INDONESIAN_SAY}\s+apa\b", r"what did \g<x> say"),
        (rf"{_INDONESIAN_SUBJECT}\s+minta\s+apa\s+lagi\b", r"what else did \g<x> ask for"),
        (rf"{_INDONESIAN_SUBJECT}\s+minta\s+apa\b", r"what did \g<x> ask for"),
        (rf"{_INDONESIAN_SUBJECT}\s+{_INDONESIAN_PROPOSE}\s+apa\b", r"what did \g<x> propose"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?:pengen|mau)\s+apa\b", r"what does \g<x> want"),
        (
            rf"{_INDONESIAN_SUBJECT}\s+(?:pengen|mau)\s+(?P<y>[^,?]+?)\s+apa\b",
            r"what does \g<x> want to \g<y>",
        ),
        (rf"{_INDONESIAN_SUBJECT}\s+bikin\s+apa\b", r"what does \g<x> make"),
        (rf"{_INDONESIAN_SUBJECT}(?<!['’]s)\s+(?P<v>[a-z]+)\s+soal\s+apa\b", r"what did \g<x> \g<v> about"),
        (rf"{_INDONESIAN_SUBJECT}\s+soal\s+apa\b", r"what is \g<x> about"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?P<n>[a-z]+?)nya\s+apa\b", r"what is the \g<n> of \g<x>"),
        (rf"{_INDONESIAN_SUBJECT}\s+itu\s+apa\b", r"what is \g<x>"),
        (rf"{_INDONESIAN_SUBJECT}\s+itu\s+(?P<n>[a-z]+)\s+apa\b", r"what \g<n> is \g<x>"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?P<v>{_ASKING_VERBS})\s+apa\b", r"what did \g<x> \g<v>"),
        (rf"{_INDONESIAN_SUBJECT}\s+apa(?=\s*[?.!,]|\s*$)", r"what is \g<x>"),
        (rf"\bsiapa\s+(?:yg|yang)\s+{_INDONESIAN_SAY}\b", "who said that"),
        (rf"\bsiapa\s+(?:yg|yang)\s+{_INDONESIAN_PROPOSE}\b", "who proposed"),
        (r"\bsiapa\s+(?:yg|yang)\s+minta\b", "who asked for"),
        (r"\bsiapa\s+(?:yg|yang)\s+", "who "),
        (rf"\b(?:yg|yang)\s+{_INDONESIAN_SAY}\b", "that spoke"),
        (r"^(?P<x>(?:yang|yg)\s+[^,?]+?)\s+(?:yg|yang)\s+mana\b", r"which is \g<x>"),
        (r"\b(?P<n>[a-z]+)\s+(?:yg|yang)\s+mana(?:\s+aja)?\b", r"which \g<n>"),
        (rf"{_INDONESIAN_SUBJECT}\s+(?:yg|yang)\s+mana\b", r"which is \g<x>"),
        (rf"^(?P<x>[^?,]+?)\s+punya\s+(?P<y>[^?]+?)\s+{_INDONESIAN_NOT}\b", r"does \g<x> have \g<y>"),
        (rf"^(?P<x>[^?,]+?)\s+bisa\s+(?P<y>[^?]+?)\s+{_INDONESIAN_NOT}\b", r"can \g<x> \g<y>"),
        (rf"^ada\s+(?:yg|yang)\s+(?P<y>[^?]+?)\s+{_INDONESIAN_NOT}\b", r"did anyone \g<y>"),
        (rf"^(?P<x>[^?,]+?)\s+itu\s+(?P<y>[^?]+?)\s+{_INDONESIAN_NOT}\b", r"is \g<x> \g<y>"),
        (
            rf"^(?P<x>[^?,]+?)\s+(?P<v>{'|'.join(_INDONESIAN_PASSIVES)})(?:\s+lagi)?\s+{_INDONESIAN_NOT}\b",
            lambda m: f"was {m.group('x')} {_INDONESIAN_PASSIVES[m.group('v')]}",
        ),
        (rf"[\s,]+{_INDONESIAN_NOT}(?=\s*[?.!,]|\s*$)", ""),  # a closing "ga?": or not
        (rf"\s+{_INDONESIAN_NOT}(?=\s+(?:di|soal|buat|ke|dari|yang|yg|untuk|tentang)\b)", ""),
        (rf"\b{_INDONESIAN_NOT}\b", "not"),
        (r"\s+nya\b", ""),
        (
            r"\b(?!(?:kenya|catalunya|tanya|sonya|vanya|anya|tonya|sanya|chanya|punya)\b)(?P<w>[a-z]{3,}?)nya\b",
            r"the \g<w>",
        ),
        (r"\befek\s+the\b", "the effect"),
    )
)


def _indonesian_in_english(text: str) -> str:
    """ "CATL ngomong apa di CPPCC?" -> "what did CATL say in CPPCC?", "CPPCC itu apa sih?" -> "what is
    CPPCC?", "kalau CALB?" -> "and CALB?": Indonesian put in English and the question word first, in a
    message with its marks (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text):
        return text
    # (Portuguese, French, Italian: "esse restaurante é mau?", "la pozione di mana")
    if re.search(r"[éèêãõçàâîôû]", text) or _typed_in_lowercase(text) & _OTHER_LANGUAGES_ARTICLES:
        return text
    # (an opening word of Indonesian, capitalised: "Kalau ...", "Udah ada ...", "Di mana ...")
    first = re.match(r"^[A-Z][a-z]+\b", text)
    word = first.group().lower() if first else ""
    # (not a name's first word: "Ada Hegerberg", "Mana Pools"; but "Kenapa HP ...", "Kalau Da Silva ...")
    named = bool(re.match(r"^\S+\s+(?-i:[A-Z])", text)) and word not in (
        _INDONESIAN_QUESTION_WORDS | _INDONESIAN_MARKS | _INDONESIAN_MARKS_WHEN_ASKED
    )
    known = word in _INDONESIAN_WORDS or word in _INDONESIAN_MARKS
    opened = word + text[len(word) :] if known and not named else text
    words = _typed_in_lowercase(opened)
    # (a closing "ga?" or "belum?" asks whether)
    asks = bool(
        words & _INDONESIAN_QUESTION_WORDS
        or re.search(
            rf"\b(?:{_INDONESIAN_NOT}|belum)(?=\s*(?:sih\s*)?\?|\s+(?:di|soal|buat|ke|yang|yg)\b)|\bkan\s*\?|"
            r"^(?:btw\s+)?ada\b|\b(?:di|dari|ke|yang|yg)\s+mana\b",
            opened,
        )
    )
    marks = (words & _INDONESIAN_MARKS) - _WEAK_INDONESIAN_MARKS
    # (Malay's own words or turns, "X apa dia mau", "siapa punya data": Malay's reader reads them)
    malay = words & _MALAY_ONLY or re.search(r"\bapa\s+dia\b|\bsiapa\s+punya\b", opened)
    if malay and not words & _JAKARTA_ONLY:
        return text
    # "kalau CALB?": and CALB (a follow-up of a word or three)
    and_then = re.match(r"^(?:kalau|kalo)\s+(?:[\w&'-]+\s+){0,2}[\w&'-]+\s*\?\s*$", opened)
    if not ((asks and (marks or words & _INDONESIAN_MARKS_WHEN_ASKED)) or len(marks) >= 2 or and_then):
        return text
    text = with_phrases(opened, _INDONESIAN_PHRASES)
    text = _INDONESIAN_WORD.sub(lambda m: _INDONESIAN_WORDS[m.group()], text).replace("di_", "di")
    text = _tidy_spacing(text).strip(" ,")
    return _question_word_first_after_and(text)


# Hawaiian Pidgin in English ("CATL wen ask fo' what?", "who wen propose dat?", "wat da Two Sessions stay?",
# "how much dat in dollahs?", "an' CALB brah?", "how dey like do um?"), read when the message has a word of
# it no English sentence has, or "da" with its past marker "wen", its "stay" or another of its turns; and
# none of Jamaican Patois's words ("fi", "haffi" ...), whose reader reads those.
_HAWAIIAN_VERB = (
    r"(?!(?:do|go|get|is|are|was|were|did|does|will|can|the|you|i|we|they|he|she|it|dey|da|dat|dis)\b)"
    r"[a-z]{3,}"
)
_HAWAIIAN_MARKS = re.compile(
    r"\b(?:brah|howzit|dollahs|da\s+kine|wat\s+kine|bumbye)\b|\bfo['’](?=\s|$|[?.!,])|"
    r"\bwen\s+pau\b|\bpau\s+already\b|\bwen\s+get\s+(?:cut|mentioned|done)\b|\bstay\s+(?:complain|fight)\w*|"
    # "who wen propose", "CATL wen ask": its past marker after whoever did it (not a texted "wen" for when:
    # "Yo wen start ...", "Premier Wen said")
    r"(?:\b(?:who|dey|they|he|she|somebody|people|companies|government)|"
    r"(?!(?:Yo|So|Ok|Okay|Hey|And|But|Oh)\b)(?-i:\b[A-Z])[\w&-]*)\s+(?-i:wen)\s+"
    rf"{_HAWAIIAN_VERB}\b"
)
# "stay" for "is" (not the verb after "should", "did", "to": "where should I stay", "did the team stay at")
_HAWAIIAN_STAY = (
    r"(?<!\bshould\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bwill\s)(?<!\bto\s)(?<!\bdid\s)(?<!\bdo\s)"
    r"(?<!\bdoes\s)(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bgonna\s)(?<!\bwanna\s)(?<!\blet['’]s\s)\bstay\s+"
)
_HAWAIIAN_WANTED = r"(?:do|make|keep|get|have|see|know|cut|build|change|use|buy|sell|track|standardi[sz]e)"
# (with "da", or two of them; "dat", "dis" and "dey" count once, as "d for th" English has them too)
_HAWAIIAN_WEAK_MARK = re.compile(
    rf"\b(?-i:wen)\s+{_HAWAIIAN_VERB}\b|{_HAWAIIAN_STAY}(?=(?:fo['’]?|wat)\b)|\bwat\s+[^?]*\bstay\s*\?|"
    r"\b(?:dat|dis|dey)\b|\bgoing\s+(?:issue|cut|do|make|put|give|spend|build|raise|lower|change|start)\b|"
    rf"\blike\s+{_HAWAIIAN_WANTED}\b|\bwat\s+da\b|^an['’]?\s+da\b"
)
# "da Silva", "da Vinci": a name's particle, not "the"
_NAME_AFTER_DA = r"(?:Silva|Costa|Vinci|Gama|Cunha|Souza|Sousa|Rocha|Luz|Fonseca|Cruz|Mata|Ponte|Nang)"
# (nor a name's "da" between capitalised words: "Pizzeria da Michele", "Cidade da Praia")
_HAWAIIAN_DA = (
    "".join(rf"(?<!(?-i:[A-Z][a-z]{{{width}}})\s)" for width in range(1, 8))
    + rf"(?-i:\bda)\s+(?!{_NAME_AFTER_DA}\b)(?=[A-Za-z])"
)
_HAWAIIAN_SUBJECT = r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)"
# (the past of a verb after "wen": "who wen propose" -> "who proposed")
_PAST_OF = {base: past for past, base in IRREGULAR_PAST.items()} | {
    "come": "came", "get": "got", "go": "went", "write": "wrote", "think": "thought", "bring": "brought",
    "cut": "cut", "put": "put", "pau": "finished", "drop": "dropped", "apply": "applied", "win": "won",
    "sign": "signed", "rule": "ruled", "buy": "bought", "sell": "sold", "pay": "paid",
}  # fmt: skip


def _simple_past(verb: str) -> str:
    """ "propose" -> "proposed", "ask" -> "asked", "say" -> "said": a verb's past."""
    if verb in _PAST_OF:
        return _PAST_OF[verb]
    return verb + ("d" if verb.endswith("e") else "ed")


_HAWAIIAN_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (r"^\s*howzit(?:\s+brah)?[\s,.!]*", ""),
        (r"[\s,]*\bbrah\b", ""),
        (r"[\s,]+(?:ah|yeah)(?=\s*\?*\s*$)", ""),  # a closing tag
        (r"\bda\s+kine\b", "thing"),
        (r"\bwat\s+kine\b", "what kind of"),
        (r"\bfo['’](?=\s|$|[?.!,])|\bfo\b(?=\s+(?:wat|what|da|the|each|build|ship)\b)", "for"),
        (r"\bdollahs\b", "dollars"),
        # "an' CALB", "an da other one", "an Gotion?": and
        (
            r"\ban['’](?=\s)|\ban(?=\s+(?:da|dat|dis|when|how|wat|what|why|who|budgets|laws)\b)|"
            r"^an(?=\s+(?-i:[B-DF-HJ-NP-TV-Z])[a-z][\w&-]*\s*\?*\s*$)|(?<=[A-Za-z]\s)(?-i:an)(?=\s+(?-i:[A-Z]))",
            "and",
        ),
        (r"\s+or\s+wat(?=\s*\?)", ""),  # "dey can make laws or wat?": can they?
        (r"(?-i:\bwen)\s+get\s+(?=cut|mentioned|pau|done)", "got "),
        (r"(?-i:\bwen)\s+pau\b|\bpau\b", "finished"),
        (
            rf"{_HAWAIIAN_SUBJECT}\s+(?-i:wen)\s+(?P<v>[a-z]+(?:\s+out)?)\s+(?:wat|what)\s+"
            r"(?P<n>day|date|time|year|month)\b",
            r"what \g<n> did \g<x> \g<v>",
        ),
        (
            rf"{_HAWAIIAN_SUBJECT}\s+(?-i:wen)\s+(?P<v>{_HAWAIIAN_VERB})(?P<p>\s+(?:for|bout|about))?\s+"
            r"(?:wat|what)\b",
            r"what did \g<x> \g<v>\g<p>",
        ),
        (
            rf"\b(?:wat|what)\s+(?P<x>[^?,]+?)\s+(?-i:wen)\s+(?P<v>{_HAWAIIAN_VERB})\b",
            r"what did \g<x> \g<v>",
        ),
        (
            rf"\bhow\s+many\s+(?P<n>[\w-]+)\s+(?-i:wen)\s+(?P<v>{_HAWAIIAN_VERB})\b",
            lambda m: f"how many {m.group('n')} {_simple_past(m.group('v').lower())}",
        ),
        (
            rf"\b(?P<wh>when|how\s+much|how|why|where)\s+(?P<x>[^?,]+?)\s+(?-i:wen)\s+(?P<v>{_HAWAIIAN_VERB})\b",
            r"\g<wh> did \g<x> \g<v>",
        ),
        # "who wen sign": who signed (after whoever did it; a texted "wen" opening a question is "when")
        (
            rf"(?<=\w)\s+(?-i:wen)\s+(?P<v>{_HAWAIIAN_VERB})\b",
            lambda m: " " + _simple_past(m.group("v").lower()),
        ),
        (r"\b(?:wat|what)\s+(?P<x>[^?,]+?)\s+stay(?=\s*\?|\s*$)", r"what is \g<x>"),
        (rf"{_HAWAIIAN_SUBJECT}\s+stay\s+for\s+wat\b", r"what is \g<x> for"),
        (rf"{_HAWAIIAN_SUBJECT}\s+stay\s+wat\s+(?P<n>[^?,]+)", r"what \g<n> is \g<x>"),
        (rf"{_HAWAIIAN_SUBJECT}\s+wat\s+dat(?=\s*\?|\s*$)", r"what is \g<x>"),
        (
            r"\bwhat\s+kind\s+of\s+(?P<n>[^?,]+?)\s+(?P<x>(?:da|the)\s+[\w-]+|dey|they)\s+like\s+"
            rf"(?P<v>{_HAWAIIAN_WANTED})\b",
            r"what kind of \g<n> does \g<x> want to \g<v>",
        ),
        (
            rf"\b(?:wat|what)\s+(?!kind\s+of\b)(?P<x>[^?,]+?)\s+like\s+(?P<v>{_HAWAIIAN_WANTED})\b",
            r"what does \g<x> want to \g<v>",
        ),
        (rf"\blike\s+(?={_HAWAIIAN_WANTED}\b)", "want to "),
        (r"\bstay\s+complain\w*", "complained"),
        (rf"{_HAWAIIAN_STAY}(?=(?:fo['’]?|for|wat|what|da|the|one|so|too|going|gon|[a-z]+ing)\b)", "is "),
        (r"(?<=[a-z])\s+um\b(?=\s*[?.!,]|\s*$|\s+(?:again|before|already)\b)", " it"),
        (
            r"\bgoing\s+(?=(?:issue|cut|do|make|put|give|spend|build|raise|lower|change|get|start|pau)\b)",
            "going to ",
        ),
        (_HAWAIIAN_DA, "the "),
        (r"(?-i:\bde\b)", "the"),
        (r"\bdat\b", "that"),
        (r"\bdis\b", "this"),
        (r"\bdey\b", "they"),
        (r"\bdem\b", "them"),
        (r"\bdea\b", "there"),
        (r"\bden\b", "then"),
        (r"\bbout\b", "about"),
        (r"\banyting\b", "anything"),
        (r"\bsometing\b", "something"),
        (r"\bwit\b", "with"),
        (r"\btings?\b", lambda m: "things" if m.group().lower().endswith("s") else "thing"),
    )
)
# Jamaican Patois's own words: a message with them is left to its reader
_PATOIS_OWN = word_set("fi haffi mi seh weh inna nuh yuh pon di wah gwaan")


def _hawaiian_in_english(text: str) -> str:
    """ "CATL wen ask fo' what at da meeting?" -> "what did CATL ask for at the meeting?", "who wen propose
    dat?" -> "who proposed that?", "how much dat in dollahs?" -> "how much that in dollars?": Hawaiian Pidgin
    put in English, in a message with its marks (else unchanged)."""
    words = _typed_in_lowercase(text)
    if _ASKS_ABOUT_WORDS.search(text) or words & (_OTHER_LANGUAGES_ARTICLES - {"da"}) or words & _PATOIS_OWN:
        return text
    has_da = bool(re.search(_HAWAIIAN_DA, text))
    weak = {m.group().lower() for m in _HAWAIIAN_WEAK_MARK.finditer(text)}
    th_words = weak & {"dat", "dis", "dey"}
    weak = (weak - th_words) | ({"d for th"} if th_words else set())
    if not (
        _HAWAIIAN_MARKS.search(text) or (len(weak) + has_da >= 2 and weak - {"d for th"} or has_da and weak)
    ):
        return text
    return _tidy_spacing(with_phrases(text, _HAWAIIAN_PHRASES)).strip(" ,")


# Punjabi in English, as Brampton or Ludhiana types it ("Gotion ne ki propose kitta?", "CATL ne ki keha?",
# "kinne dollar?", "te CALB?", "kinne keha?", "NPC ki karda?", "embodied intelligence da ki matlab aa"), read
# when the message has a word of Punjabi that neither English nor Hindi has ("ki" is Punjabi's "what" and
# Hindi's "of", so Punjabi is read first).
_PUNJABI_MARKS = re.compile(
    r"\b(?:keha|karda|kardi|karde|chahunda|chahundi|chahunde|boleya|boliyan|kinniyan|kehra|kehri|kehriyan|"
    r"kiddan|kithon|dasso|hanji|milu|aau|rahegi|milda)\b|\bki\s+matlab\s+aa\b|\bki\s+(?:aa|karda|keha)\b|"
    r"\bne\s+(?:ki|kidda|kiddan|kyon|kado)\s+\w+(?:\s+\w+)?\s+(?:kitta|keha)\b|\bkado\s+(?:cut|shuru|si|hoya|tak)\b|\bkado\s*\?|"
    r"\bkinne\s+(?:keha|dollars?|de|kitta|publish)\b|\bkinn[ae]\s+(?:paisa|total|milu|milega|si)\b|"
    r"^(?:te|fer)\s+(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)*\s*\?\s*$"
)
_PUNJABI_OPENER = re.compile(r"^(?:Kinne|Kehra|Kehri|Kyon|Hanji)\b(?=\s+(?-i:[a-z]))")
# (Bengali's "bolse", Urdu's and Hindi's "kya", "hai": not Punjabi)
_NOT_PUNJABI = re.compile(
    r"\b(?:kya|bolse|koto|kaun|gese|ekhono|cholche|oita|eita|ache|hoise|korse|niye|theke|keno|kobe|"
    r"thi|tha|chahiye|kitni|kitna|mein|kisne|kis|ka|liye|mere|uski|bahut|kaunsi|jeeti)\b"
)
_PUNJABI_WANT = r"chahund[aie]"
_PUNJABI_SAID = r"(?:keha|kehya|boleya|boliyan|bolya|boli)"
_PUNJABI_DONE = r"(?:kitta|kitti|kittiyan|kita)"
_PUNJABI_SUBJECT = r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)"
_PUNJABI_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        # words of address and politeness
        (
            r"^\s*(?:paaji|veer|hanji|oye|yaar|bhaji)\b[\s,]*|[\s,]*\b(?:paaji|veer|hanji|oye|bhaji|ji)\b(?=\s*[?.!,]|\s*$)",
            "",
        ),
        (r"^eh\s+(?=[a-z])", "this "),
        (r"\b(?P<v>publish|launch|announc|issu|post)e?\s+(?:kitta|kiti|kitti)\b", r"\g<v>ed"),
        (rf"{_PUNJABI_SUBJECT}\s+kado\s+shuru\s+(?:hoyi|hoya|hoye)(?:\s+si)?\b", r"when did \g<x> start"),
        (r"\bshuru\s+(?:hoyi|hoya|hoye|kitta|kiti)(?:\s+si)?\b", "started"),
        (r"\bkado\s+tak\b", "until when"),
        (r"\bkinne\s+de\b", "how much"),
        (r"\bpaisa\b", "money"),
        (r"\bnaam\b", "name"),
        (r"\bkarna\s+chahund[aie]\b", "wants to"),
        (rf"(?P<y>[^,?]+?)\s+(?:wali|wala|di)\s+gal\s+kinne\s+{_PUNJABI_DONE}", r"who talked about \g<y>"),
        (r"(?P<y>[^,?]+?)\s+di\s+koi\s+gal\s+(?:hoyi|hoi|hoya)\b", r"was there any talk about \g<y>"),
        (r"^(?:te|fer)\s+(?P<x>[^?]+?)\s+kehr[aie]\s*(?=\?|$)", r"and which is \g<x>"),
        (r"^(?:te|fer)\s+(?P<x>[^?]+?)\s*(?:wale|wali)?\s*(?=\?|$)", r"and \g<x>"),
        (r"\bhor\s+ki\b", "what else"),
        (r"\s+ki\s+nahi(?=\s*[?.!]|\s*$)", ""),  # "milu ki nahi?": or not
        (rf"^kinne\s+{_PUNJABI_SAID}\s*(?=\?|$)", "who said that"),
        (r"\bkinne\s+(?=" + _PUNJABI_SAID + r"|" + _PUNJABI_DONE + r"|publish|likheya)", "who "),
        (
            rf"{_PUNJABI_SUBJECT}\s+ne\s+(?P<y>[^,?]+?)\s+bare\s+kuch\s+{_PUNJABI_SAID}",
            r"did \g<x> say anything about \g<y>",
        ),
        (
            rf"{_PUNJABI_SUBJECT}\s+ne\s+(?P<y>[^,?]+?)\s+bare\s+ki\s+{_PUNJABI_SAID}",
            r"what did \g<x> say about \g<y>",
        ),
        (
            rf"^(?P<y>[^,?]+?)\s+bare\s+(?:govt\s+|government\s+)?ne\s+ki\s+{_PUNJABI_SAID}",
            r"what did the government say about \g<y>",
        ),
        (rf"^(?P<y>[^,?]+?)\s+bare\s+ki\s+{_PUNJABI_SAID}", r"what did they say about \g<y>"),
        (
            rf"^(?P<y>[^,?]+?)\s+bare\s+kuch\s+{_PUNJABI_SAID}\s+(?P<x>[^,?]+?)\s+ne\s*(?=\?|$)",
            r"did \g<x> say anything about \g<y>",
        ),
        (rf"{_PUNJABI_SUBJECT}\s+ne\s+kuch\s+{_PUNJABI_SAID}", r"did \g<x> say anything"),
        (r"(?<=,\s)(?P<y>[^,?]+?)\s+bare\s+kuch\s*(?=\?|$)", r"anything about \g<y>"),
        (r"(?P<y>[^,?]+?)\s+bare\s+dasso\b", r"tell me about \g<y>"),
        (rf"{_PUNJABI_SUBJECT}\s+kithon\s+(?:aau|aaya|aunda|aayi)\b", r"where does \g<x> come from"),
        (
            rf"{_PUNJABI_SUBJECT}\s+(?:(?P<first>pehlan|pehla)\s+)?kado\s+(?P<v>[a-z]+)\s+(?:kitta|kiti|hoya|hoyi)(?:\s+si)?\b",
            lambda m: f"when was {m.group('x')} {'first ' if m.group('first') else ''}{m.group('v')}",
        ),
        (
            rf"^(?P<x>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+(?P<y>[^,?]+?)\s+bare\s+ki\s+{_PUNJABI_WANT}",
            r"what does \g<x> want about \g<y>",
        ),
        (
            rf"{_PUNJABI_SUBJECT}\s+kehr(?:a|i|iyan)\s+(?P<n>[\w-]+)\s+(?P<v>[a-z]+)\s+wants\s+to\b",
            r"which \g<n> does \g<x> want to \g<v>",
        ),
        (
            rf"{_PUNJABI_SUBJECT}\s+ne\s+ki\s+{_PUNJABI_SAID}(?:\s+si)?\s+(?P<y>[^,?]+?)\s+bare\b",
            r"what did \g<x> say about \g<y>",
        ),
        (rf"{_PUNJABI_SUBJECT}\s+ne\s+ki\s+{_PUNJABI_SAID}", r"what did \g<x> say"),
        (rf"{_PUNJABI_SUBJECT}\s+ne\s+ki\s+(?P<v>[a-z]+)\s+{_PUNJABI_DONE}", r"what did \g<x> \g<v>"),
        (
            rf"{_PUNJABI_SUBJECT}\s+(?:ne\s+)?(?P<y>[^,?]+?)\s+bare\s+ki\s+{_PUNJABI_SAID}",
            r"what did \g<x> say about \g<y>",
        ),
        (
            rf"{_PUNJABI_SUBJECT}\s+(?:wale\s+)?ki\s+{_PUNJABI_WANT}(?:\s+ne)?\b",
            r"what does \g<x> want",
        ),
        (rf"{_PUNJABI_SUBJECT}\s+ne\s+kidda\s+react\s+{_PUNJABI_DONE}", r"how did \g<x> react"),
        (rf"{_PUNJABI_SUBJECT}\s+ki\s+(?:karda|kardi|karde)\b", r"what does \g<x> do"),
        (rf"{_PUNJABI_SUBJECT}\s+(?:da|di|de)\s+ki\s+matlab(?:\s+(?:aa|hai))?\b", r"what does \g<x> mean"),
        (rf"{_PUNJABI_SUBJECT}\s+ki\s+(?:aa|si|hunda)\b", r"what is \g<x>"),
        (
            r"\bkehri(?:yan)?\s+(?P<n>[\w-]+)\s+(?P<y>[^,?]+?)\s+(?:di|da)\s+gal\s+kar\s+(?:rahi|rahe|raha)\s+si\b",
            r"which \g<n> was talking about \g<y>",
        ),
        (
            rf"\bkehri(?:yan)?\s+(?P<n>[\w-]+)\s+(?P<y>[^,?]+?)\s+bare\s+{_PUNJABI_SAID}",
            r"which \g<n> talked about \g<y>",
        ),
        (r"\b(?P<money>dollars?|rupees?|rmb|usd)\s+(?:ch|vich)\s+kinn[ae]\b", r"how much in \g<money>"),
        (r"\bkinn[ae]\s+(?P<money>dollars?|rupees?|rmb|usd)\b", r"how much in \g<money>"),
        (r"\b(?P<y>[\w&-]+)\s+(?:ch|vich)\b", r"in \g<y>"),
        (r"\bis\s+saal\b", "this year"),
        (r"\blast\s+saal\b", "last year"),
        (r"\b(?P<x>[\w’'-]+)\s+(?:da|di|de)\s+(?=[\w\d])(?!(?:ki|gal)\b)", r"\g<x>'s "),
        (
            r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+nu\s+kinna\s+(?P<money>(?:paisa|money)\s+)?(?:milega|milu|milda)\b",
            lambda m: f"how much {'money ' if m.group('money') else ''}does {m.group('x')} get",
        ),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+nu\s+(?=ki\b|kinna\b)", r"for \g<x>, "),
        (r"\b(?:kinna|kinne|kinniyan)\b", "how much"),
        (r"\bkado\b", "when"),
        (r"\bkyon\b", "why"),
        (r"\bkidd?an?\b", "how"),
        (r"\bkithon\b", "from where"),
        (r"\bkehr(?:a|i|iyan)\b", "which"),
        (r"\b(?:ki)\b(?!\s+(?:the|a|an)\b)", "what"),
        (r"\bbare\b", "about"),
        (r"\bdasso\b", "tell"),
        (r"\bfayda\b", "benefit"),
        (r"\bhou\b|\brahegi\b", "will be"),
        (r"\b(?:milu|milega|milda)\b", "get"),
        (r"\b(?:pehlan|pehla)\b", "first"),
        (r"\b(?:hoya|hoye)\b", "happened"),
        (r"\bkuch\b", "anything"),
        (r"\bsi\b", "was"),
        (r"\b(?:aa|hai)\b", "is"),
        (rf"\b{_PUNJABI_SAID}\b", "said"),
        (rf"\b{_PUNJABI_DONE}\b", "did"),
        (r"\s+(?:ne|wale|wali|wala|nu|ch|vich)\b", ""),
        (r"\bte\b", "and"),
    )
)


def _punjabi_in_english(text: str) -> str:
    """ "Gotion ne ki propose kitta?" -> "what did Gotion propose?", "kinne dollar?" -> "how much in dollar?",
    "te CALB?" -> "and CALB?": Punjabi put in English and the question word first, in a message with its
    marks (else unchanged)."""
    if _NOT_PUNJABI.search(text):
        return text
    return _phrases_read(
        text, _PUNJABI_MARKS, _PUNJABI_PHRASES, _PUNJABI_OPENER, _question_word_first_after_and
    )


# Sinhala in Sri Lankan English ("CALB mokakda kiwwe?", "kauda kiwwe?", "dollars walin kiyada?", "CALB eka?",
# "ai ne?", "this article date kawadada?", "email eka kiyanna"), read when the message has a word of
# Sinhala no English sentence has.
_SINHALA_MARKS = re.compile(
    r"\b(?:mokakda|mokadda|kauda|kawda|kiyada|kawadada|kiwwe|kiyanna|walin|ekata|machang|aney)\b|"
    r"\b[A-Za-z][\w-]*\s+(?-i:eka)\s*(?:\?|$|mokakda|kiyada|kiyanna|is\b|when\b|what\b)|^ai\s+ne\s*\?|"
    r"^putha[\s,]+(?=(?:what|how|who|when|where|why|which)\b)"
)
_SINHALA_OPENER = re.compile(r"^(?:Machang|Aney|Kauda|Mokakda|Kiyada|Kawadada|Ai(?=\s+ne\b))\b")
_SINHALA_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (
            r"^\s*(?:machang|machan|aney|putha)\b[\s,]*(?=(?:what|how|who|when|where|why|which)\b)|"
            r"[\s,]*\b(?:machang|aney)\b",
            "",
        ),
        (r"[\s,]*\b(?:simply\s+tell|I\s+am\s+not\s+knowing)\b", ""),
        (r"\s+itself(?=\s*[?.!]|\s*$)", ""),
        (r"^ai\s+ne\s*\?", "why?"),
        (r"^(?P<q>(?:how|what|who|when|where|which)\b[^?]*?)[\s,]+ai\s+ne(?=\s*\?)", r"\g<q>"),
        (r"^(?P<x>[^?]+?)[\s,]+ai\s+ne\s*\?", r"why \g<x>?"),
        (r"\b(?P<x>(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)*|[\w-]+)\s+ekata\b(?!\s+kiyada)", r"to \g<x>"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+name\s+kauda\b", r"what is the name of \g<x>"),
        (r"^ai\s+(?=\w)", "why "),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+mokakda\s+kiwwe\b", r"what did \g<x> say"),
        (r"\bkauda\s+kiwwe\b", "who said that"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+(?:eka\s+)?mokakda\b", r"what is \g<x>"),
        (r"^(?P<x>[^,?]+?)\s+eka\s*(?=\?|$)", r"and \g<x>"),
        (r"\b(?P<money>dollars?|rupees?|rmb|usd|lkr)\s+walin\s+kiyada\b", r"how much in \g<money>"),
        (r"\b(?P<x>[\w-]+(?:\s+[\w-]+)?)\s+ekata\s+kiyada\b", r"how much for \g<x>"),
        (r"\b(?P<x>[\w-]+)\s+eka\s+kiyanna\b", r"what is the \g<x>"),
        (r"\bkiyanna\b", "tell"),
        (r"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+kauda(?=\s*\?|\s*$)", r"who is \g<x>"),
        (r"\bkauda\b", "who"),
        (r"\bkiyada\b", "how much"),
        (r"\bkawadada\b", "when"),
        (r"\bkiwwe\b", "said"),
        (r"\s+eka\b", ""),
        (r"(?<=\w)(?<!\bor)\s+(?:ne|no)(?=\s*\?)", ""),  # a closing tag: "..., no?"
    )
)


def _sinhala_in_english(text: str) -> str:
    """ "CALB mokakda kiwwe?" -> "what did CALB say?", "dollars walin kiyada?" -> "how much in dollars?",
    "CALB eka?" -> "and CALB?": Sinhala words put in English and the question word first, in a message with
    a mark of Sinhala (else unchanged)."""
    return _phrases_read(
        text, _SINHALA_MARKS, _SINHALA_PHRASES, _SINHALA_OPENER, _question_word_first_after_and
    )


# Haitian Creole in English ("ki sa CALB te mande?", "kiyès ki di sa?", "konbyen an dola?", "e CALB?",
# "poukisa?", "kilè this article come out"), read when the message has a word of Creole no English, French
# or Spanish sentence has. Creole puts its question word first, as English does.
_HAITIAN_MARKS = re.compile(
    r"\b(?:ki\s+sa|kiy[eè]s|kil[eè]s|konbyen|poukisa|kil[eè](?=\s+(?:yo|li|this|the|they|it)\b)|mwen|"
    r"konnen|an\s+dola|li\s+te\s+(?:di|mande)|ki\s+non\s+li|"
    r"(?:yo|li)\s+te\s+(?:cut|say|talk|ask|want|propose|mention|do|make|start|give))\b|^kil[eè]\s*\?|"
    # "e CALB?", "e in 2023?": a short follow-up opening with "e" (and)
    r"^e\s+(?=(?:the\s+|in\s+|for\s+)?(?:[A-Z]{2,}|[A-Z][a-z]+(?!\s+or\b)|\d{4}\b))(?!Bay\b)\S+(?:\s+\S+){0,2}\s*\?\s*$|"
    r"\b[A-Z][\w&-]*\s+te\s+(?=(?:say|said|talk|ask|want|propose|mention)\b)"
)
# French texted ("c ki sa?", "ki sa a dit?": who's that, who said that) shares "ki sa"
_TEXTED_FRENCH = re.compile(r"^c\s+ki\b|\ba\s+dit\b|\b(?:le|la)\s+(?:mec|meuf)\b")
_HAITIAN_OPENER = re.compile(r"^(?:Ki\s*sa|Kisa|Kiy[eè]s|Kil[eè]s?|Konbyen|Poukisa)\b")
_ASKING_BEFORE_THEY = word_set("what when why how who where much many so")  # ("when yo ...": when they)
_HAITIAN_VERBS = {
    "di": "say",
    "mande": "ask for",
    "pwopoze": "propose",
    "vle": "want",
    "fè": "do",
    "fe": "do",
}
_HAITIAN_VERB = r"(?P<verb>di|mande|pwopoze|vle|f[eè])"
_HAITIAN_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"[\s,]*\b(?:mwen\s+pa\s+konnen|oui\s+ch[eé]rie?)\b[\s,]*", " "),
        (r"^(?:(?:wi|ok|oui)\b[\s,]*)+(?=\w)", ""),
        (r"^e\s+(?=\S+(?:\s+\S+){0,3}\s*\?*\s*$)", "and "),
        (r"\b(?:ki\s*sa|kisa)\s+(?:sa|li)\s+ye\b", "what is that"),
        (r"\b(?:ki\s*sa|kisa)\s+(?P<x>[^,?]+?)(?:\s+(?:yo|li))?\s+ye\b", r"what is \g<x>"),
        (r"\bki\s+non\s+li\b", "what is his name"),
        (r"\bki\s+non\s+(?P<x>[^,?]+?)(?:\s+a)?(?=\s*[?.!]|\s*$)", r"what is the name of \g<x>"),
        (r"\b(?:kiy[eè]s|kil[eè]s)\s+li\s+ye\b", "who is he"),
        (r"\b(?P<wh>who|what|when|where|how)\s+mwen\s+", r"\g<wh> do I "),
        (
            rf"\b(?:ki\s*sa|kisa)\s+(?P<x>[^,?]+?)\s+te\s+{_HAITIAN_VERB}\b",
            _what_did(_HAITIAN_VERBS),
        ),
        (
            rf"(?:^|(?<=[,?]\s))(?P<x>[^,?]+?)\s+te\s+{_HAITIAN_VERB}\s+(?:ki\s*sa|kisa)\b",
            _what_did(_HAITIAN_VERBS),
        ),
        (r"\b(?:kiy[eè]s|kil[eè]s)\s+ki\s+di\s+sa\b", "who said that"),
        (r"\b(?:kiy[eè]s|kil[eè]s)\s+ki\b", "who"),
        (r"\b(?P<wh>when|what|why|how\s+much)\s+yo\s+te\b", r"\g<wh> did they"),
        (r"\b(?P<wh>kil[eè]|(?:ki\s*sa|kisa)|poukisa|konbyen)\s+yo\s+te\b", r"\g<wh> did they"),
        (r"\b(?P<wh>kil[eè]|(?:ki\s*sa|kisa)|poukisa|konbyen)\s+li\s+te\b", r"\g<wh> did he"),
        (
            rf"^(?:e\s+)?li\s+te\s+{_HAITIAN_VERB}\b(?=[^?]*\?\s*$)",
            lambda m: f"did he {_HAITIAN_VERBS[m.group('verb')]}",
        ),
        (r"\bpoukisa\s+sa\b", "why is that"),
        (r"\b(?P<x>[A-Z][\w&-]*)\s+te\s+(?=(?:say|said|talk|ask|want|propose|mention)\b)", r"\g<x> "),
        (r"\ban\s+dola\b", "in dollars"),
        (r"\bdola\b", "dollars"),
        (r"\b(?:ki\s*sa|kisa)\b", "what"),
        (r"\b(?:kiy[eè]s|kil[eè]s)\b", "who"),
        (r"\bkonbyen\b", "how much"),
        (r"\bpoukisa\b", "why"),
        (r"\bkil[eè]\b", "when"),
        (r"\s+tou(?=\s*[?.!]|\s*$)", " too"),
        (r"\bdi\s+sa\b", "said that"),
        (r"\byo\s+te\b", "they"),
        (r"\bli\s+te\b", "he"),
        # ("timoun yo", "devwa mwen": a plural and "my" after a noun, left)
        (
            r"(?:^|(?<=[,?]\s)" + "".join(rf"|(?<=\b{word}\s)" for word in _ASKING_BEFORE_THEY) + r")yo\b",
            "they",
        ),
        (r"(?:^|(?<=[,?]\s))mwen\b", "I"),
        (r"\banpil\b", "a lot"),
    )
)


def _haitian_in_english(text: str) -> str:
    """ "ki sa CALB te mande?" -> "what did CALB ask for?", "kiyès ki di sa?" -> "who said that?", "konbyen an
    dola?" -> "how much in dollars?": Haitian Creole put in English, in a message with a word of it (else
    unchanged)."""
    if _TEXTED_FRENCH.search(text):
        return text
    return _phrases_read(text, _HAITIAN_MARKS, _HAITIAN_PHRASES, _HAITIAN_OPENER)


# Moroccan Darija in Latin letters, with French and English in it ("CATL chno bghaw?", "chkoun gal had r9m?",
# "ch7al b dollar?", "3lach?", "had l article dyal imta?"), read when the message has a word of Darija no
# English or French sentence has (a digit standing for an Arabic sound: "3lach", "ch7al", "r9m").
_DARIJA_MARKS = re.compile(
    r"\b(?:chno|achno|chnou|chkoun|chkon|ch7al|sh7al|3lach|3lash|fo9ach|dyal|dyalhom|bghaw|bghat|bghit|galo|"
    r"hadchi|hadik|kifach|chmen|l3am|3la|m3a|3ndha|3ndhom|r9m|7aja|3lihom|3liha|na9so|yna9so|t3a9do|n3rf|y3ti|"
    r"3tawh)\b|"
    # ("imta?", "l article mnin?": a short question closing on when or where from; not "who is imta?")
    r"^(?:w\s+)?(?:\S+\s+){0,3}(?<!\bis\s)(?<!\bwas\s)(?:imta|mnin)\s*\?\s*$|^imta\s+(?=[a-z])"
)
_DARIJA_OPENER = re.compile(r"^(?:Chno|Achno|Chkoun|Ch7al|3lach|Kifach)\b")
_DARIJA_VERBS = {
    "galo": "say", "gal": "say", "galt": "say", "bghaw": "want", "bgha": "want", "bghat": "want",
    "proposaw": "propose", "presentaw": "present", "daro": "do", "dar": "do",
}  # fmt: skip
_DARIJA_VERB = r"(?P<verb>galo|galt|gal|bghaw|bghat|bgha|proposaw|presentaw|daro|dar)"
_DARIJA_WORDS = {
    "chno": "what", "achno": "what", "chnou": "what", "chkoun": "who", "chkon": "who", "ch7al": "how much",
    "sh7al": "how much", "3lach": "why", "3lash": "why", "imta": "when", "fo9ach": "when", "kifach": "how",
    "mnin": "where from", "chmen": "which", "dyal": "of", "dyalhom": "their", "f": "in",
    "l": "the", "hadchi": "this", "hadik": "that", "dak": "that", "dik": "that",
    "homa": "they", "howa": "is", "huwa": "is", "w": "and", "wla": "or", "ghir": "only", "m3a": "with",
    "3la": "about", "3liha": "about it", "3lihom": "about them", "mn": "of", "mnhom": "of them",
    "fihom": "of them", "tani": "also", "khra": "other", "kayn": "is there", "kaynin": "are there",
    "3ndha": "has", "3ndhom": "have", "mzyan": "good", "ghadi": "will", "bghaw": "wanted", "bgha": "wanted",
    "bghat": "wanted", "galo": "said", "gal": "said", "tkellem": "talked", "tkellmo": "talked",
    "kaytkellmo": "talk", "smito": "its name", "smiyt": "the name of", "r9m": "number", "li": "that",
    "kaydir": "makes", "l3am": "year", "flous": "money", "khdam": "worked", "na9so": "cut",
    "yna9so": "cut", "na9soh": "cut", "ynzlo": "go down", "3taw": "gave", "y3ti": "give", "y3tiw": "give",
    "kanou": "were", "kan": "was", "kanet": "was", "salaw": "ended", "temma": "there", "bo7dha": "alone",
    "smaw": "named", "ykellef": "cost", "jaw": "come", "proposaw": "proposed", "presentaw": "presented",
    "tkoun": "be", "ykounou": "be", "demande": "applications", "tbeddel": "change", "reagiw": "react",
    "kat": "", "ydir": "do", "nas": "people", "secteur": "sector", "rapport": "report",
}  # fmt: skip
_DARIJA_WORD = whole_word(map(re.escape, sorted(_DARIJA_WORDS, key=len, reverse=True)))
_DARIJA_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"(?:^|[\s,]+)(?:(?:salam|khouya|safi|wakha|3afak|ma\s+fhmtch)\b[\s,]*)+", " "),
        (r"\bwach\b\s*", ""),
        (
            r"(?<=,\s)w\s+(?=\w)",
            "",
        ),  # ("merci, w chno tani?": a clause's "and", which the question word would pass)
        (r"\b(?:chno|achno)\s+tani\b", "what else"),
        (
            r"(?<!\bf\s)(?<!\bdyal\s)(?<!\b3la\s)\bl\s+(?=[A-Z])",
            "to ",
        ),  # "l Paris", "mn Casa l Paris": to Paris
        (r"\bhad\s+(?=(?:les|la|le|r9m|hadchi|chi)\b|[a-z]+\s+(?:dyal|m3a|f|l)\b)", "this "),
        (
            rf"\b(?:chno|achno)\s+{_DARIJA_VERB}\s+tani\b",
            lambda m: f"what else did they {_DARIJA_VERBS[m.group('verb')]}",
        ),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:chno|achno)\s+{_DARIJA_VERB}\s+(?:3liha|3lih|3lihom)\b",
            lambda m: f"what did they {_DARIJA_VERBS[m.group('verb')]} about {m.group('x')}",
        ),
        (
            rf"{_CLAUSE_START}(?P<x>(?!w\s)[^,?]+?)\s+(?:chno|achno)\s+{_DARIJA_VERB}\b",
            _what_did(_DARIJA_VERBS),
        ),
        (
            rf"\b(?:chno|achno)\s+{_DARIJA_VERB}\b(?!\s+3la\b)",
            lambda m: f"what did they {_DARIJA_VERBS[m.group('verb')]}",
        ),
        (r"\b(?:chno|achno)\s+(?:galo|gal)\s+(?=3la\b)", "what did they say "),
        (r"\bchkoun\s+(?:li\s+)?(?:gal|galo)\b", "who said"),
        (r"\bchkoun\s+li\s+(?=bgha|bghaw|bghat|ghadi)", "who "),
        (r"\bchkoun\s+fihom\s+li\b", "which of them"),
        (r"\bch7al\s+b\s+(?P<x>dollars?|dirhams?|usd|euros?|pourcentage)\b", r"how much in \g<x>"),
        (r"\b(?:ch7al|sh7al)\s+mn\b", "how many"),
        (r"\bb\s+(?=(?:dollars?|dirhams?|usd|euros?|pourcentage)\b)", "in "),
        (r"\bl3am\s+li\s+fat\b", "last year"),
        (r"\bhad\s+l3am\b", "this year"),
        (r"\bl\s+merra\s+li\s+fatet\b", "last time"),
        (r"\bchi\s+(?:haja|7aja)\s+khra\b", "anything else"),
        (r"\bchi\s+(?:haja|7aja)\b", "anything"),
        (r"\bchi\b", "any"),
        (r"\bchno\s+smito\s*(?=\?|$)", "what is its name"),
        (r"\bchno\s+(?:smito|smiyt)\b", "what is the name of"),
        (r"\bchno\s+homa\b", "what are they"),
        (r"\bchno\s+(?:huwa|howa|hiya)\b", "what is"),
        (r"^(?P<x>[^,?]+?)\s+dyal\s+imta\b", r"when is \g<x> from"),
        (r"\bhad\s+l\s+", "this "),
        (r"\b(?:dak|dik|hadak|hadik)\s+l\s+", "that "),
        (r"^(?P<x>[^,?]+?)\s+mnin\s+jaw\b", r"where do \g<x> come from"),
        (r"\b(?P<x>[\w-]+)\s+dyalhom\b", r"their \g<x>"),
        (r"\bhadchi\s+mzyan\s+l\b", "this is good for"),
        (r"\bmzyan\s+l\b", "good for"),
        (r"\bchkoun\s+n\s+contact\w*", "who do I contact"),
        (r"\bn\s+sift\s+(?P<x>[\w-]+)\s+l\s+fin\b", r"where do I send \g<x>"),
        (r"\b3tawh\b", "did they give"),
        (r"\byjm3o\b", "raise"),
        (r"^(?P<x>[^,?]+?)\s+l\s+chno\s*(?=\?|$)", r"what is \g<x> for"),
        (r"\bfin\s+(?=t3a9do|kanou)", "where "),
        (r"\bt3a9do\b", "were held"),
    )
)


def _darija_in_english(text: str) -> str:
    """ "CATL chno bghaw?" -> "what did CATL want?", "chkoun gal had r9m?" -> "who said this number?",
    "ch7al b dollar?" -> "how much in dollar?": Moroccan Darija put in English word by word and the question
    word first, in a message with a word of it (else unchanged); French in it is read after."""

    def words(text: str) -> str:
        if re.search(r"\b(?:les|la|le|des|du)\s+[a-zé]|[éèêàç]", text):  # (French: "les lois", "législatif")
            text = _french_words_in_english(text)
        return _question_word_first_after_and(
            _tidy_spacing(_DARIJA_WORD.sub(lambda m: _DARIJA_WORDS[m.group()], text))
        )

    return _phrases_read(text, _DARIJA_MARKS, _DARIJA_PHRASES, _DARIJA_OPENER, words)


def _echoed(english: str, words: str) -> str:
    """A pattern for a question asked in English, then its question word again in another language after a
    comma ("how much is a flight, skilky?"), the question kept as ``q``."""
    return rf"(?P<q>\b{english}\b[^?]*?),\s*(?:{words})\b"


# Ukrainian and Russian in Latin letters, in an English question ("shcho tse Two Sessions?", "skilky v
# dollars?", "a v euro?", "chomu?", "koly published?"), read when the message has one of their words no
# English sentence has, or is a short follow-up opening with "a" (and) before a currency.
_UKRAINIAN_MARKS = re.compile(
    r"\b(?:shcho|chto|khto|skilky|skolko|chomu|pochemu|kogda|vony|zrozumilo|dyakuyu)\b|"
    # ("koly" and "shto" are Czech cola, Polish wheels, Albanian "add": only where they ask)
    r"^koly\s+(?=(?:they|the|it|did|will|article|published)\b)|(?:^|,\s*)koly\s*\?|"
    r"(?:^|\s-\s)shto\s+(?=(?-i:[A-Z])|(?:he|she|they|it|is|was|are)\b)|"
    r"^a\s+v\s+(?:dollars?|usd|euros?|hryvnias?|rubles?|roubles?)\s*\?\s*$"
)
_UKRAINIAN_OPENER = re.compile(r"^(?:Shcho|Khto|Skilky|Skolko|Chomu)\b")
_UKRAINIAN_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (
            r"^(?:(?:nu|ok|okay|so)\b[\s,]*)+(?=\w)|(?:^|[\s,.]+)(?:zrozumilo|dyakuyu|spasybi|spasibo)\b[.,!]*",
            " ",
        ),
        (r"[\s,]*\btak\s+chy\s+ni\b|[\s,]+tak(?=\s*\?\s*$)", ""),
        (r"^\s*a\s+(?=\S)", "and "),
        (
            r"^(?:tell\s+me\s+about\s+)?(?P<x>[^,?]+?)\s*(?:,|\s-)\s*(?:shcho|shto|chto)\s+tse\b",
            r"what is \g<x>",
        ),
        (r"\b(?:shcho|shto|chto)\s+tse\s+(?P<x>[^,?]+)", r"what is \g<x>"),
        (r"\bkhto\s+tse\b", "who is it"),
        (r"\b(?P<v>pravda|skazaly|skazav|skazala|znayu|dumayu)\s+shcho\b", r"\g<v> that"),
        (r"\b(?:shcho|shto)\s+same\b", "what exactly"),
        (r"\b(?:chomu|pochemu)\s+tse\b", "why is this"),
        (r"\bv\s+(?=(?:dollars?|usd|euros?|hryvnias?|rubles?|roubles?)\b)", "in "),
        (_echoed(r"how\s+(?:much|many)", "skilky|skolko") + r"\s*(?=\?|$)", r"\g<q>"),
        (r"\b(?:shcho|shto|chto)\b", "what"),
        (r"\bkhto\b", "who"),
        (r"\b(?:skilky|skolko)\b", "how much"),
        (r"\b(?:chomu|pochemu)\b", "why"),
        (r"\b(?:koly|kogda)\b", "when"),
        (r"\bvony\b", "they"),
    )
)


def _ukrainian_in_english(text: str) -> str:
    """ "shcho tse Two Sessions?" -> "what is Two Sessions?", "skilky v dollars?" -> "how much in dollars?",
    "a v euro?" -> "and in euro?": Ukrainian and Russian in Latin letters put in English, the question word
    where English puts it, in a message with a word of theirs (else unchanged)."""
    return _phrases_read(text, _UKRAINIAN_MARKS, _UKRAINIAN_PHRASES, _UKRAINIAN_OPENER)


# Shona in Zimbabwean English ("RRR chii?", "ndiani akataura?", "marii in USD?", "rini?", "sei?"), read when
# the message has a word of Shona no English sentence has.
_SHONA_MARKS = re.compile(
    r"\b(?:ndiani|marii|akataura|vakataura|mhani|shamwari|ndeipi|zvakanaka|chacho|ichocho)\b|"
    # ("chii" closing a question, not the mahjong call; "sei" opening one, not Italian "ciao, sei?")
    r"(?<!\bcall\s)\bchii\s*(?:\?|$)|(?:^|,\s*)rini\s*\?|^sei\s*\?|^rini\s+(?=(?:this|the|did|they|it)\b)"
)
_SHONA_OPENER = re.compile(r"^(?:Ndiani|Ndeipi)\b")
_SHONA_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"(?:^|(?<!\ba)(?<!\bmy)[\s,.]+)(?:(?:ndeipi|shamwari|mhani|zvakanaka|ehe|eish)\b[\s,.!]*)+", " "),
        (r"^\s*(?:so|ok)[\s,]+(?=(?:marii|rini|chii|sei)\b)", ""),
        (r"\b(?:ndiani|ani)\s+(?:akataura|vakataura)\b", "who said that"),
        (r"\bndiani\s+(?=the\s+name\b)", "what is "),
        (r"^sei\s*\?\s*(?=why\b)", ""),  # ("sei? why is that good": why, asked again)
        (
            r"(?:^|(?<=[.?]\s))(?P<x>[^,?.]+?)\s+chii(?:\s+(?:chacho|ichocho))?(?=\s*\?|\s*$)",
            r"what is \g<x>",
        ),
        (r"\bchii\s+(?:chacho|ichocho)\b", "what is it"),
        (_echoed(r"how\s+(?:much|many)", "marii"), r"\g<q>"),
        (_echoed("when", "rini"), r"\g<q>"),
        (r"\bchii\b", "what"),
        (r"\bndiani\b", "who"),
        (r"\bmarii\b", "how much"),
        (r"\brini\b", "when"),
        (r"\bsei\b", "why"),
    )
)


def _shona_in_english(text: str) -> str:
    """ "RRR chii?" -> "what RRR?", "ndiani akataura?" -> "who said that?", "marii in USD?" -> "how much in
    USD?": Shona put in English, the question word first, in a message with a word of it (else unchanged)."""
    return _phrases_read(text, _SHONA_MARKS, _SHONA_PHRASES, _SHONA_OPENER, _question_word_first_after_and)


# Romanian, or English with Romanian in it ("ce a cerut Gotion la CPPCC?", "frate CATL ce a zis pe scurt",
# "cat bani pun pt X anul asta?", "de ce?", "cine a zis?", "si cu lichiditatea?"), typed with its
# diacritics or without them, read in English word by word and the question word put first, when the
# message has two words of Romanian no English, Italian, Spanish, Portuguese or French sentence has ("ceva",
# "anul", "pentru", "zis", "vrea", "când", "și" ...), or one with two of the small words it shares with them
# ("ce", "de", "la", "si", "cum", "e"), or one in a message of a few words. Read before the Portuguese,
# Spanish and French readers, which read those small words as theirs.
_ROMANIAN_LETTERS = str.maketrans("ăâîșşțţĂÂÎȘŞȚŢ", "aaissttAAISSTT")
# (a word with one of these letters is Romanian whatever it is: the comma below is Romanian's own)
_ROMANIAN_OWN_LETTER = re.compile(r"[șțȘȚ]")
_ROMANIAN_LETTER = re.compile(r"[ăâîșşțţ]")
# Letters and words of other languages, which a Romanian sentence has not
_NOT_ROMANIAN = re.compile(
    r"[éèêëàùûüôöçñõãœäßğıơưđ¿¡ÉÈÊÀÜÖÇÑ]|\b(?i:di|della|delle|dello|degli|sono|che|non|ho|hai|los|las|que|está|"
    r"não|são|isso|você|und|ist|het)\b"
)
# Verbs as a question asks them: the past participle after "a"/"au" (their English base and past), the
# present (its base, and the auxiliary of "what does X want"), and the infinitive after "ar" (would).
_ROMANIAN_DONE = {
    "cerut": ("ask for", "asked for"), "zis": ("say", "said"), "spus": ("say", "said"),
    "propus": ("propose", "proposed"), "vrut": ("want", "wanted"), "facut": ("do", "did"),
    "publicat": ("publish", "published"), "taiat": ("cut", "cut"), "redus": ("cut", "cut"),
    "scazut": ("lower", "lowered"), "crescut": ("rise", "rose"), "marit": ("raise", "raised"),
    "anuntat": ("announce", "announced"), "mentionat": ("mention", "mentioned"),
    "sugerat": ("suggest", "suggested"), "vorbit": ("speak", "spoke"), "discutat": ("discuss", "discussed"),
    "livrat": ("deliver", "delivered"), "emis": ("issue", "issued"), "lansat": ("launch", "launched"),
    "aprobat": ("approve", "approved"), "votat": ("vote", "voted"), "decis": ("decide", "decided"),
    "inceput": ("start", "started"), "terminat": ("finish", "finished"), "tinut": ("last", "lasted"),
    "aparut": ("come out", "came out"), "reactionat": ("react", "reacted"), "primit": ("get", "got"),
    "castigat": ("win", "won"), "pierdut": ("lose", "lost"), "platit": ("pay", "paid"),
    "dat": ("give", "gave"), "pus": ("put", "put"), "avut": ("have", "had"),
    "estimat": ("estimate", "estimated"), "explicat": ("explain", "explained"),
    "promis": ("promise", "promised"), "schimbat": ("change", "changed"), "cumparat": ("buy", "bought"),
    "vandut": ("sell", "sold"), "costat": ("cost", "cost"), "raportat": ("report", "reported"),
    "prezentat": ("present", "presented"), "criticat": ("criticise", "criticised"),
    "deschis": ("open", "opened"), "inchis": ("close", "closed"), "construit": ("build", "built"),
    "semnat": ("sign", "signed"), "amanat": ("postpone", "postponed"), "anulat": ("cancel", "cancelled"),
    "angajat": ("hire", "hired"), "jucat": ("play", "played"), "marcat": ("score", "scored"),
    "scumpit": ("become dearer", "became dearer"), "ieftinit": ("become cheaper", "became cheaper"),
    "investit": ("invest", "invested"),
}  # fmt: skip
_ROMANIAN_DOES = {
    "vrea": ("want", "does"), "vor": ("want", "do"), "zice": ("say", "does"), "zic": ("say", "do"),
    "spune": ("say", "does"), "spun": ("say", "do"), "cere": ("ask for", "does"), "cer": ("ask for", "do"),
    "propune": ("propose", "does"), "propun": ("propose", "do"), "face": ("do", "does"), "fac": ("do", "do"),
    "emite": ("issue", "does"), "emit": ("issue", "do"), "pune": ("put", "does"), "pun": ("put", "do"),
    "primeste": ("get", "does"), "primesc": ("get", "do"), "castiga": ("gain", "does"),
    "estimeaza": ("estimate", "does"), "inseamna": ("mean", "does"),
    "conteaza": ("matter", "does"), "ajuta": ("help", "does"), "scoate": ("launch", "does"),
    "scot": ("launch", "do"), "lanseaza": ("launch", "does"), "planuiesc": ("plan", "do"),
    "planuieste": ("plan", "does"), "ofera": ("offer", "does"), "platesc": ("pay", "do"),
    "plateste": ("pay", "does"), "costa": ("cost", "does"), "incepe": ("start", "does"),
    "deschide": ("open", "does"), "inchide": ("close", "does"), "construiesc": ("build", "do"),
    "construieste": ("build", "does"), "se plange": ("complain", "does"), "se plang": ("complain", "do"),
    "se intampla": ("happen", "does"), "investesc": ("invest", "do"), "investeste": ("invest", "does"),
    "au": ("have", "do"),
}  # fmt: skip
_ROMANIAN_WOULD = {
    "ajuta": "help", "insemna": "mean", "baga": "put", "face": "do", "da": "give", "fi": "be",
    "costa": "cost", "creste": "grow", "schimba": "change", "primi": "get", "castiga": "gain",
    "plati": "pay", "aduce": "bring", "afecta": "affect", "scadea": "fall", "conta": "matter",
}  # fmt: skip
# The verbs of whoever speaks, asks or acts, done by "they" when a question names no one
_ROMANIAN_DOERS_VERBS = word_set(
    "say propose want mention suggest speak discuss announce decide promise explain present criticise "
    "complain do estimate issue put plan offer launch deliver approve vote cut lower raise invest hire sign "
    "report gain get win"
) | {"ask for"}
_ROMANIAN_QUESTION_WORDS = {
    "ce": "what", "cine": "who", "care": "which", "cat": "how much", "cate": "how many", "cati": "how many",
    "cand": "when", "cum": "how", "unde": "where", "de ce": "why", "cu cat": "by how much",
    "cu cate": "by how many", "cu cati": "by how many", "pe cine": "who",
}  # fmt: skip
# Adjectives, which follow their noun ("politica monetara": monetary policy)
_ROMANIAN_ADJECTIVES = {
    "monetara": "monetary", "monetar": "monetary", "fiscala": "fiscal", "electrice": "electric",
    "electrica": "electric", "electric": "electric", "chinezesti": "Chinese", "chinezeasca": "Chinese",
    "chinezesc": "Chinese", "chineze": "Chinese", "autonoma": "autonomous", "autonom": "autonomous",
    "autonome": "autonomous", "principal": "main", "principala": "main", "principale": "main",
    "universale": "universal", "universala": "universal", "intregi": "full", "intreg": "full",
    "intreaga": "full", "exacte": "exact", "noua": "new", "nou": "new", "mari": "big", "mare": "big",
    "mici": "small", "mic": "small", "digitala": "digital", "speciale": "special", "speciala": "special",
    "europene": "European", "europeana": "European", "publice": "public", "publica": "public",
    "importanta": "important", "importante": "important", "locale": "local", "locala": "local",
    "vechi": "old", "veche": "old", "straine": "foreign", "straina": "foreign", "local": "local",
    "judetean": "county", "judeteana": "county",
}  # fmt: skip
_ROMANIAN_NOUNS = {
    "bani": "money", "banii": "the money", "dolari": "dollars", "euro": "euros", "milioane": "million",
    "milion": "million", "miliarde": "billion", "miliard": "billion", "mii": "thousand",
    "procente": "percent", "procent": "percent", "puncte": "points", "an": "year", "ani": "years",
    "anul": "the year", "luna": "month", "zile": "days", "zi": "day", "articol": "article",
    "articolu": "the article", "articolul": "the article", "articolului": "of the article", "sursa": "source",
    "cifra": "figure", "suma": "amount", "pret": "price", "preturi": "prices", "preturile": "the prices",
    "pretul": "the price", "guvernul": "the government", "guvern": "government", "statul": "the state",
    "firma": "company", "firmele": "the companies", "firme": "companies", "companie": "company",
    "companii": "companies", "companiile": "the companies", "baterii": "batteries",
    "bateriile": "the batteries", "baterie": "battery", "masina": "car", "masini": "cars",
    "masinile": "the cars", "tarifele": "the tariffs", "tarife": "tariffs", "taxe": "taxes",
    "taxa": "tax", "legi": "laws", "lege": "law", "legea": "the law", "putere": "power",
    "parlamentul": "the parliament", "parlament": "parliament", "sistem": "system",
    "sistemul": "the system", "datele": "the data", "date": "dates", "numele": "the names", "nume": "name",
    "organisme": "bodies", "organism": "body", "subiectul": "the topic", "subiect": "topic",
    "tema": "topic", "siguranta": "safety", "reciclare": "recycling", "trasabilitate": "traceability",
    "standarde": "standards", "industria": "industry", "industrie": "industry", "politica": "policy",
    "dobanda": "the interest rate", "dobanzile": "the interest rates", "dobanzi": "interest rates",
    "lichiditatea": "liquidity", "lichiditate": "liquidity", "extindere": "expansion", "statii": "stations",
    "statiile": "the stations", "aplicatii": "applications", "cereri": "applications",
    "intrebari": "questions", "intrebare": "question", "chestia": "thing", "chestie": "thing",
    "chestii": "things", "lume": "people", "oameni": "people", "piata": "market", "crestere": "growth",
    "tinta": "target", "consum": "consumption", "cerere": "demand", "proces": "lawsuit",
    "procese": "lawsuits", "patente": "patents", "brevete": "patents", "accent": "emphasis",
    "propunere": "proposal", "propuneri": "proposals", "raport": "report", "raportul": "the report",
    "vanzari": "sales", "bonduri": "bonds", "obligatiuni": "bonds", "firmei": "of the company",
    "portul": "the port", "scoala": "school", "scolii": "of the school", "spital": "hospital",
    "spitalul": "the hospital", "primaria": "the city hall", "primarul": "the mayor", "primar": "mayor",
    "orasul": "the city", "oras": "city", "meci": "match", "meciul": "the match", "echipa": "team",
    "brutaria": "the bakery", "brutarie": "bakery", "paine": "bread", "painea": "the bread",
    "consiliul": "the council", "consiliu": "council", "buget": "budget", "bugetul": "the budget",
    "salarii": "wages", "salariile": "the wages", "chiria": "the rent", "chirie": "rent",
    "bilete": "tickets", "biletele": "the tickets", "bilet": "ticket", "autobuz": "bus",
    "autobuzele": "the buses", "tren": "train", "trenul": "the train", "trenuri": "trains",
    "strada": "street", "medici": "doctors", "medicii": "the doctors", "pacienti": "patients",
    "elevi": "pupils", "elevii": "the pupils", "profesori": "teachers", "profesorii": "the teachers",
    "lucrari": "works", "lucrarile": "the works", "podul": "the bridge", "drumul": "the road",
    "jucatori": "players", "jucatorii": "the players", "antrenorul": "the coach", "goluri": "goals",
    "stadionul": "the stadium", "nave": "ships", "navele": "the ships", "containere": "containers",
    "clasa": "class", "clase": "classes", "copii": "children", "copiii": "the children",
    "paturi": "beds", "locuri": "places", "proiectul": "the project", "proiect": "project",
    "posta": "post office", "plata": "payment", "cardul": "the card", "card": "card", "vama": "customs",
    "transportul": "the transport", "transport": "transport", "achizitii": "purchasing", "PIB": "GDP",
    "UE": "EU", "SUA": "US", "autobuze": "buses", "autobuzul": "the bus", "urgente": "emergency",
    "pacientii": "the patients", "saptamana": "week", "sindicatul": "the union", "primarie": "city hall",
    "echipei": "of the team", "rezultatele": "the results", "gunoiul": "the rubbish", "parcari": "car parks",
    "aseara": "last night", "miercuri": "Wednesday", "joi": "Thursday", "vineri": "Friday",
    "sambata": "Saturday", "duminica": "Sunday", "grevele": "the strikes", "chirii": "rents",
    "greva": "strike", "metrou": "underground", "locuinte": "housing",
}  # fmt: skip
_ROMANIAN_SMALL_WORDS = {
    "si": "and", "sau": "or", "dar": "but", "ca": "as", "daca": "if", "de": "of", "din": "from",
    "la": "at", "pe": "on", "pt": "for", "pentru": "for", "cu": "with", "fara": "without",
    "despre": "about", "intre": "between", "dupa": "after", "inainte": "before", "pana": "until",
    "e": "is", "este": "is", "sunt": "are", "era": "was", "fost": "been", "nu": "not", "mai": "more",
    "asta": "this", "astea": "these", "acesta": "this", "aceasta": "this", "acest": "this",
    "aceste": "these", "acestea": "these", "astia": "these", "aia": "that", "acela": "that",
    "aceea": "that", "lor": "their", "lui": "his", "ei": "they", "ele": "they", "ea": "she", "eu": "I",
    "ceva": "something", "altceva": "anything else", "nimic": "nothing", "tot": "still",
    "toate": "all", "toti": "all", "doar": "only", "numai": "only", "atat": "that much",
    "anume": "exactly", "adica": "", "deci": "so", "pai": "", "ba": "", "bai": "",
    "bre": "", "frate": "", "oare": "", "se": "", "il": "", "acolo": "there", "aici": "here",
    "acum": "now", "azi": "today", "astazi": "today", "ieri": "yesterday", "maine": "tomorrow",
    "mult": "much", "multi": "many", "multe": "many", "foarte": "very", "cel": "the", "cea": "the",
    "cei": "the", "cele": "the", "un": "a", "o": "a", "niste": "some", "alt": "other", "alta": "other",
    "alte": "other", "alti": "other", "inca": "still", "deja": "already", "aproximativ": "approximately",
    "concret": "concretely", "prima": "first", "ultima": "last", "sa": "to", "ar": "would",
    "va": "will", "vom": "will", "fi": "be", "pot": "can", "poate": "can", "trebuie": "must",
    "vreau": "I want", "vrem": "we want", "stiu": "I know", "avem": "we have",
    "dea": "give", "dau": "give", "faca": "make", "baga": "put", "lanseze": "launch",
    "contactez": "contact", "intereseaza": "interests", "insemna": "mean", "stransa": "tight",
    "larga": "loose", "valabil": "valid", "valabila": "valid", "standardizat": "standardised",
    "vine": "comes", "merge": "goes", "merg": "go", "exista": "is there", "ne": "us",
}  # fmt: skip


def _third_person(base: str) -> str:
    """ "want" -> "wants", "apply for" -> "applies for", "go" -> "goes": the verb as "it" does it (the
    Romanian and Swedish readers')."""
    verb, _, rest = base.partition(" ")
    if verb in ("be", "have", "do", "go"):
        verb = {"be": "is", "have": "has", "do": "does", "go": "goes"}[verb]
    elif verb.endswith(("s", "sh", "ch", "x")):
        verb += "es"
    elif verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return f"{verb} {rest}".strip()


_ROMANIAN_ALL_WORDS = {
    **_ROMANIAN_SMALL_WORDS, **_ROMANIAN_NOUNS, **_ROMANIAN_ADJECTIVES, **_ROMANIAN_QUESTION_WORDS,
    **{word: past for word, (_, past) in _ROMANIAN_DONE.items()},
    **{word: base if does == "do" else _third_person(base) for word, (base, does) in _ROMANIAN_DOES.items()},
}  # fmt: skip
# (words English has too, put in English only where a rule reads them as Romanian: "an EV", "the era")
_ROMANIAN_WORDS = {
    word: english
    for word, english in _ROMANIAN_ALL_WORDS.items()
    if word not in word_set("an era organism mic mare electric principal date local care")
}
# Words of Romanian no English, Italian, Spanish, Portuguese or French sentence has (without their
# diacritics), and those it shares with them, which count only with one of its own.
_ROMANIAN_MARKS = word_set(
    "ceva altceva nimic anul astea acestea aceasta acesta astia pentru despre zis zice zic spus spune "
    "cerut vrea vrut vreau doar atat adica inseamna insemna deci acolo acum cheama trebuie poate foarte "
    "nici niste cand inainte intrebari intrebare nevoie propus publicat taiat redus scazut aparut inceput "
    "tinut livrat primeste castiga conteaza estimeaza lanseze lanseaza anume chestia chestie articolu "
    "articolul masina masinile masini baterii bateriile dobanda dobanzile lichiditatea preturi preturile "
    "siguranta putere legi firmele guvernul datele dolari milioane miliarde procente aplicatii "
    "aproximativ subiectul numele intregi reactionat standardizat standarde reciclare trasabilitate "
    "parlamentul plange ajuta baga unde sursa propune propun scrie-mi spune-mi zi-mi spune-ne "
    "primarul orasul scoala spitalul meciul echipa portul consiliul bugetul biletele trenurile "
    "intereseaza vorbit anuntat crescut bonduri obligatiuni salariile chiria medicii elevii jucatorii "
    "crestere s-a s-au pacienti painea brutaria saptamana platit inchis deschis construit semnat "
    "fost legea amanat anulat votat aprobat lansat livrat castigat pierdut cumparat vandut schimbat discutat"
)
_WEAK_ROMANIAN_MARKS = word_set(
    "ce de la si cu e pt pe din au ar nu sau cat cate cati cum care cine mai ca sa dar asta sunt dupa"
)
# Turns of Romanian no other language has: "de ce?" alone or opening a follow-up (why: French "de ce" is
# "of this", before its noun), "ce e X" (what is X), "cu cine", "pe cati" (with whom, for how many), "cat in
# lei?"
_ROMANIAN_TURNS = re.compile(
    r"^(?:si\s+|și\s+)?de\s+ce\s*\?|^(?:si\s+|și\s+)?ce\s+(?:e|este|sunt)(?![\w-])|"
    r"\b(?:cu|pe)\s+(?:cine|cat|cât|cate|câte|cati|câți)\b|\bpe\s+ce\b|\b(?:cat|cât)\s+a\s+costat\b|"
    r"^(?:si\s+|și\s+)?(?:cat|cât)\s+(?:e\s+|vine\s+)?in\s+(?:lei|dolari|euro|RMB|USD|EUR|yuani?)\s*\?"
)
_ROMANIAN_OPENER = re.compile(
    r"^(?:Ce|Cine|Cat|Cât|Cate|Câte|Cati|Câți|Cand|Când|Cum|Unde|Care|De|Si|Și|Deci|Pai|Păi|Frate|Ba|Bă|Pe|Cu)"
    r"\b(?=\s+(?-i:[a-zăâîșț])|\s*\?)|^Și\b"
)
_RO_CLAUSE = r"(?:^|(?<=[,?.!]\s))"
# a name ("Gotion", "Geely si GAC", "Two Sessions") or a noun with its article ("guvernul", "firmele")
_RO_NAME = r"(?-i:[A-Z])[\w&.-]*(?:\s+(?:si\s+)?(?-i:[A-Z])[\w&.-]*){0,3}"
_RO_NAMES = r"(?-i:[A-Z])[\w&.-]*\s+si\s+(?-i:[A-Z])[\w&.-]*"
_RO_THE_NOUN = (
    r"(?!(?:si|ii|mii|ei|ele|cele|le|lui|ale|alte|multe|toate|astea|aceste|acestea|copii)\b)"
    r"[a-z]+(?:ul|ele|ile|ii)"
)
# what is asked of, said before its question word: no verb, no preposition opening it
_RO_TOPIC = (
    r"(?P<x>(?!(?:si|pt|pentru|la|in|din|de|cu|pe|despre|sau|dar|ca|deci|and)\b)"
    r"(?:(?!\b(?:a|au|ar|e|este|sunt|nu|se|ce|cine|cat|cate|cati|cand|cum|unde|care)\b)[^,?.!])+?)"
)
_RO_DONE = "(?P<v>" + "|".join(_ROMANIAN_DONE) + ")"
_RO_DOES = (
    "(?P<v>"
    + "|".join(verb.replace(" ", r"\s+") for verb in sorted(_ROMANIAN_DOES, key=len, reverse=True))
    + ")"
)
_RO_WOULD = "(?P<v>" + "|".join(_ROMANIAN_WOULD) + ")"
# a question word, with the noun it asks of ("cate zile a tinut", "ce politica au", "cat bani pun")
_RO_VERB_NEXT = (
    r"(?=\s+(?:a|au|ar|CLITIC|" + "|".join(v.replace(" ", r"\s+") for v in _ROMANIAN_DOES) + r")\b)"
)
_RO_WH = (
    r"(?P<wh>de\s+ce|cu\s+cat[ei]?|pe\s+cine|cine|care|(?:cat[ei]?|ce)(?:\s+(?!(?:a|au|ar|e|este|sunt|mai|se|in|"
    r"la|pe|pt|de|din|cu)\b)[\w-]+){1,2}" + _RO_VERB_NEXT + r"|cat[ei]?|ce|cum|unde|cand)"
)


def _ro_wh(words: str) -> str:
    """ "cate zile" -> "how many zile", "de ce" -> "why": a question word (and its noun) in English."""
    words = " ".join(words.split()).lower()
    if words in _ROMANIAN_QUESTION_WORDS:
        return _ROMANIAN_QUESTION_WORDS[words]
    wh, noun = words.split(" ", 1)
    return f"{_ROMANIAN_QUESTION_WORDS[wh]} {noun}"


_ROMANIAN_BE = {"a": "was", "au": "were"}  # ("a fost", "au fost")


def _ro_base(match: re.Match[str]) -> str:
    """The English base of the match's past participle ``v`` ("cerut" -> "ask for")."""
    return _ROMANIAN_DONE[match.group("v").lower()][0]


def _ro_past(match: re.Match[str]) -> str:
    """The English past of the match's past participle ``v`` ("cerut" -> "asked for")."""
    return _ROMANIAN_DONE[match.group("v").lower()][1]


def _ro_doer(base: str, plural: bool) -> str:
    """Who did it when a question names no one: "they" for many, or for a verb of whoever speaks or asks;
    else "it", the thing asked of ("when did it start")."""
    return "they" if plural or base in _ROMANIAN_DOERS_VERBS else "it"


def _ro_done(match: re.Match[str]) -> str:
    """ "ce a cerut Gotion" -> "what did Gotion ask for", "X cum au reactionat" -> "how did X react", "cine a
    propus" -> "who proposed": a question of what was done, its doer before the verb."""
    base, past = _ROMANIAN_DONE[match.group("v").lower()]
    wh = " ".join(match.group("wh").split()).lower()
    groups = match.groupdict()
    if wh in ("cine", "care"):  # ("CEO de la CATL care a vorbit": the CEO who spoke)
        topic = groups.get("x")
        if topic and wh == "care":
            return f"{topic} who {past}"
        return f"who {past}" + (f" {topic}" if topic else "")
    plural = (groups.get("aux") or "").endswith("au")
    doer = groups.get("x") or groups.get("y") or _ro_doer(base, plural)
    return f"{_ro_wh(wh)} did {doer} {base}"


def _ro_does(match: re.Match[str]) -> str:
    """ "ce vrea guvernul" -> "what does guvernul want", "X de ce se plange" -> "why does X complain": a
    question of what is done, its doer before the verb."""
    base, does = _ROMANIAN_DOES[" ".join(match.group("v").split()).lower()]
    wh = " ".join(match.group("wh").split()).lower()
    doer = match.groupdict().get("x") or match.groupdict().get("y")
    if wh in ("cine", "care"):
        return f"who {base if does == 'do' else _third_person(base)}"
    if not doer:
        doer = _ro_doer(base, does == "do")
        does = "do" if doer == "they" else "does"
    elif re.search(r"\s(?:si|and)\s", doer):
        does = "do"
    elif does == "do" and not re.fullmatch(rf"{_RO_NAME}|{_RO_THE_NOUN}", doer):
        return f"{_ro_wh(wh)} do they {base} {doer}"  # ("bonduri cat emit": how much do they issue bonds)
    return f"{_ro_wh(wh)} {does} {doer} {base}"


def _ro_would(match: re.Match[str]) -> str:
    """ "de ce ar ajuta" -> "why would it help", "cine ar baga" -> "who would put"."""
    wh = " ".join(match.group("wh").split()).lower()
    base = _ROMANIAN_WOULD[match.group("v").lower()]
    if wh == "cine":
        return f"who would {base}"
    return f"{_ro_wh(wh)} would {match.groupdict().get('x') or 'it'} {base}"


def _ro_word(word: str) -> str:
    """A Romanian word in English (as typed if it is none of them)."""
    return _ROMANIAN_ALL_WORDS.get(word if word.isupper() else word.lower(), word)


def _ro_after_noun(match: re.Match[str]) -> str:
    """ "politica monetara" -> "monetary policy", "masinile electrice chinezesti" -> "the Chinese electric
    cars": adjectives put before their noun, its article first."""
    noun = _ro_word(match.group("n"))
    the = "the " if noun.startswith("the ") else ""
    adjectives = " ".join(_ro_word(word) for word in reversed(match.group("a").split()))
    return f"{the}{adjectives} {noun.removeprefix('the ')}"


def _ro_this(match: re.Match[str]) -> str:
    """ "articolu asta" -> "this article", "Two Sessions astea" -> "these Two Sessions"."""
    this = "these" if match.group("d").lower() in ("astea", "acestea", "astia") else "this"
    return f"{this} {_ro_word(match.group('n')).removeprefix('the ')}"


_ROMANIAN_TELLING = {
    "scrie": "write", "spune": "tell", "zi": "tell", "da": "give", "explica": "explain", "arata": "show",
}  # fmt: skip
# (a noun already put in English, with its adjectives: "the new bridge")
_RO_NOUN_READ = r"the\s+(?:(?:" + "|".join(sorted(set(_ROMANIAN_ADJECTIVES.values()))) + r")\s+)+(?-i:[a-z]+)"
_RO_NOUN = "(?:" + "|".join(sorted(_ROMANIAN_NOUNS, key=len, reverse=True)) + ")"
_RO_ADJECTIVE = "(?:" + "|".join(sorted(_ROMANIAN_ADJECTIVES, key=len, reverse=True)) + ")"
_ROMANIAN_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        # addressing and fillers ("frate", "bă", "păi", "deci", "adică", "te rog")
        (r"(?:^|(?<=[,?.!]\s))(?:(?:pai|deci|frate|ba|bai|bre|auzi|salut|buna)\b[\s,]*)+(?=\w)", ""),
        (r"[\s,]+(?:frate|ba|bai|bre)(?=\s*[?.!]*\s*$)|[\s,]+(?:frate|bre)\b(?=\s*,)", ""),
        (r"\b(?:te|va)\s+rog\b[\s,]*", ""),
        (r"\bsau\s+nu\b", "or not"),
        (r"[\s,]*\bnu\s*\?", "?"),  # a closing "nu?": isn't it
        (r"\bsau\s+doar\s+(?:de|despre)\b", "or only about"),
        (r"\b(?:si\s+)?doar\s+atat\b", "is that all"),
        (r"\bpe\s+scurt\b", "in short"),
        (r"\banul\s+(?:asta|acesta)\b", "this year"),
        (r"\banul\s+trecut\b", "last year"),
        (r"\banul\s+viitor\b", "next year"),
        (r"\bsaptamana\s+(?:asta|aceasta)\b", "this week"),
        (r"\bsaptamana\s+trecuta\b", "last week"),
        (r"\bluna\s+(?:asta|aceasta)\b", "this month"),
        (r"\bluna\s+trecuta\b", "last month"),
        (r"\bprima\s+(?:data|oara)\b", "the first time"),
        (r"\bultima\s+(?:data|oara)\b", "the last time"),
        (r"\bla\s+suta\b", "percent"),
        (r"\bpuncte\s+de\s+baza\b", "basis points"),
        (r"\b(?:cel|cea|cei|cele)\s+mai\s+(?:mare|mari)\b", "the biggest"),
        (r"\b(?:cel|cea|cei|cele)\s+mai\s+(?:apropiat|apropiata|apropiati|apropiate)\b", "the nearest"),
        (r"\b(?:cel|cea|cei|cele)\s+mai\s+(?:ieftin|ieftina|ieftini|ieftine)\b", "the cheapest"),
        (
            rf"\b(?P<n>{_RO_NOUN})\s+(?P<a>the\s+(?:biggest|nearest|cheapest))\b",
            lambda m: f"{m.group('a')} {_ro_word(m.group('n')).removeprefix('the ')}",
        ),
        (r"\b(?:cel|cea|cei|cele)\s+mai\s+", "the most "),
        (r"\b(?P<who>am|avem)\s+nevoie\s+de\b", lambda m: "I need" if m.group("who") == "am" else "we need"),
        (r"\bnevoie\s+de\b", "need"),
        (
            r"\b(?P<v>scrie|spune|zi|da|explica|arata)-(?P<o>mi|ne)\b",
            lambda m: _ROMANIAN_TELLING[m.group("v").lower()] + (" me" if m.group("o") == "mi" else " us"),
        ),
        (r"\b(?:din|dintre)\s+(?:astea|acestea|ele|ei)\b", "of these"),
        (r"\bdupa\s+(?P<who>lume|multi|unii)\b", r"according to \g<who>"),
        (r"\bzic\s+multi\b", "many say"),
        (r"\bca\s+(?:zice|scrie|spune)\b", "as it says"),
        (r"\bne\s+intereseaza\b", "we are interested"),
        (r"\b(?:nici\s+)?nu\s+se\s+pune\s+problema\b", "it is no issue"),
        (r"\bde\s+la\b", "from"),
        (r"(?<=,\s)la\s+(?=(?-i:[a-z]))", "despre "),  # (", la storage": as for storage)
        (r"\bla\s+noi\b", "here"),
        (r"\bpe\s+piata\b", "on the market"),
        (r"\b(?:de\s+pe|din|la)\s+colt\b", "on the corner"),
        (r"\bla\s+urgent[ae]\b", "in the emergency room"),
        (r"\bdin\s+(?=(?-i:[A-Z]))", "in "),  # ("portul din Constanta": the port in Constanta)
        (r"\bde\s+pe\b", "from"),
        (
            r"\b(?P<v>ajuta|merge|merg)\s+la\b",
            lambda m: m.group("v") + (" cu" if m.group("v") == "ajuta" else " to"),
        ),
        (r"\b(?:pune|pun)\s+accent(?:ul)?\s+pe\b", "focus on"),
        (
            rf"{_RO_CLAUSE}{_RO_TOPIC}\s+pe\s+ce\s+(?:se\s+)?(?:pune|pun)\s+accent(?:ul)?\b",
            r"what does \g<x> focus on",
        ),
        (r"\bpe\s+ce\s+(?:se\s+)?(?:pune|pun)\s+accent(?:ul)?\b", "what do they focus on"),
        (r"\bcum\s+(?:il|o|ii|le)\s+cheama\s+pe\b", "what is the name of"),
        (r"\bcum\s+(?:il|o)\s+cheama\b", "what is the name"),
        (r"\bcum\s+se\s+(?:numeste|cheama)\b", "what is the name of"),
        (
            r"\bpe\s+cine\s+(?P<v>contactez|sun|intreb)\b",
            lambda m: (
                "who do I " + {"contactez": "contact", "sun": "call", "intreb": "ask"}[m.group("v").lower()]
            ),
        ),
        (r"\bcu\s+cine\s+(?:au|are)\s+(?P<y>[^?,]+)", r"who do they have \g<y> with"),
        (rf"{_RO_CLAUSE}{_RO_TOPIC}\s+cine\s+(?:e|este|sunt)\s+acolo\b", r"who is in \g<x>"),
        (r"\bde\s+unde\s+(?:e|este|vine)\s+(?P<y>[^,?]+)", r"where is \g<y> from"),
        (r"\bde\s+unde\b", "where from"),
        (r"\bde\s+cand\s+pana\s+cand\b", "cand"),
        (
            rf"{_RO_CLAUSE}{_RO_TOPIC}\s+(?P<wh>cand|unde|cat|cum)\s+(?:e|este)\s+(?P<y>[^,?]+)",
            lambda m: f"{_ROMANIAN_QUESTION_WORDS[m.group('wh').lower()]} is {m.group('x')} {m.group('y')}",
        ),
        (r"\bcat\s+vine\b", "how much is"),
        (r"\bcat\s+merge\b", "how much goes"),
        (rf"{_RO_CLAUSE}{_RO_TOPIC}\s+cat\s+costa\b", r"what is the price of \g<x>"),
        (
            r"\bcat\s+costa\s+(?P<y>(?!(?:in|la|pe|pt|cu|de)\b)[^?,]+?)(?=\s+(?:la|in|pe|pt|de|din|cu)\b|\s*[?,]|\s*$)",
            r"what is the price of \g<y>",
        ),
        # "cate trenuri au fost anulate": how many trains were cancelled ("au fost" alone: were there)
        (
            rf"\b(?P<wh>cate|cati)\s+(?P<n>[\w-]+)\s+au\s+fost\s+{_RO_DONE}(?:e|i)?\b",
            lambda m: f"{m.group('wh')} {m.group('n')} were {_ro_past(m)}",
        ),
        (r"\b(?P<wh>cate|cati)\s+(?P<n>[\w-]+)\s+au\s+fost\b", r"\g<wh> \g<n> were there"),
        (r"\bpe\s+(?P<wh>cate|cati)\b", r"for \g<wh>"),
        (
            r"\bce\s+inseamna\s+(?P<y>[“\"'‘][^”\"'’]+[”\"'’]|[^?,]+?)(?=\s*[?,]|\s+in\s|\s*$)",
            r"what does \g<y> mean",
        ),
        (r"\bce\s+ar\s+insemna\b", "what would it mean"),
        # "X a propus ceva cu Y, nu? ce anume": what exactly X did about Y
        (
            rf"^(?P<x>{_RO_NAME})\s+(?:a|au)\s+{_RO_DONE}\s+ceva\s+(?:cu|despre|de|la)\s+(?P<y>[^,?]+?)\s*\?\s*"
            r"(?:si\s+)?ce\s+anume\s*\??\s*$",
            lambda m: f"what exactly did {m.group('x')} {_ro_base(m)} about {m.group('y')}?",
        ),
        # "standarde universale pt ce anume?": what are they for
        (
            rf"{_RO_CLAUSE}{_RO_TOPIC}\s+(?:pt|pentru)\s+ce(?P<e>\s+anume)?(?=\s*[?,]|\s*$)",
            lambda m: f"what{' exactly' if m.group('e') else ''} is {m.group('x')} for",
        ),
        (r"\bce\s+anume\b", "what exactly"),
        # "a zis si de siguranta ceva": said something about safety too
        (
            r"\b(?P<also>si\s+)?(?:de|despre)\s+(?P<y>[\w-]+)\s+ceva\b",
            lambda m: f"ceva despre {m.group('y')}{' too' if m.group('also') else ''}",
        ),
        (r"\bceva\s+(?:cu|de|despre)\b", "something about"),
        (
            r"\b(?P<v>zis|spus|vorbit|discutat|zice|zic|spune|spun)\s+(?:si\s+)?(?:de|despre)\b",
            r"\g<v> about",
        ),
        # "si la AI ce zic?": what do they say about AI
        (
            rf"{_RO_CLAUSE}la\s+(?P<y>[^,?]+?)\s+ce\s+(?P<v>(?:a\s+|au\s+)?(?:zis|spus|zic|zice|spun|spune))\b"
            rf"(?P<s>\s+(?:{_RO_NAME}|{_RO_THE_NOUN}))?",
            r"ce \g<v>\g<s> despre \g<y>",
        ),
        (r"^(?P<x>[^?]+?)\s+se\s+poate\s*\?", r"is \g<x> possible?"),  # ("plata cu cardul se poate?")
        (r"\b(?:pot|poate|putem)\s+sa\b", "can"),
        (
            r"(?<=,\s)si\s+(?=(?:de\s+ce|ce|cine|cat|cate|cati|cand|cum|unde|care)\b)",
            "",
        ),  # (", si de ce?": why)
        (r"\bsa\s+(?:dea|dau|faca|face)\s+legi\b", "to make laws"),
        (r"\b(?:dea|dau|da|faca|face)\s+legi\b", "make laws"),
        (r"\b(?:l|le|i|o)-(?=au\b|a\b)", "CLITIC "),  # ("l-au taiat": they cut it)
        # "articolu asta": this article, "parlamentul lor": their parliament, "politica monetara": monetary
        # policy
        (
            rf"\b(?P<n>(?:(?-i:[A-Z])[\w-]*\s+)*(?-i:[A-Z])[\w-]*|{_RO_NOUN})\s+"
            r"(?P<d>asta|aceasta|acesta|astea|acestea|astia)\b",
            _ro_this,
        ),
        (rf"\b(?P<n>{_RO_NOUN})\s+(?P<a>UE|SUA|PIB)\b", lambda m: _ro_after_noun(m)),
        (rf"\b(?P<n>{_RO_NOUN})\s+lor\b", lambda m: "their " + _ro_word(m.group("n")).removeprefix("the ")),
        (rf"\b(?P<n>{_RO_NOUN})\s+(?P<a>{_RO_ADJECTIVE}(?:\s+{_RO_ADJECTIVE})*)\b", _ro_after_noun),
        # "cand a fost publicat X": when was X published
        (
            rf"\b{_RO_WH}\s+(?P<aux>a|au)\s+fost\s+{_RO_DONE}(?:a|e|i)?\s+(?P<y>[^,?]+)",
            lambda m: (
                f"{_ro_wh(m.group('wh'))} {_ROMANIAN_BE[m.group('aux').lower()]} {m.group('y')} {_ro_past(m)}"
            ),
        ),
        (r"\ba\s+fost\b", "was"),
        (r"\bau\s+fost\b", "were"),
        # "RRR cand l-au taiat": when did they cut RRR
        (
            rf"{_RO_CLAUSE}{_RO_TOPIC}\s+{_RO_WH}\s+CLITIC\s+(?:a|au)\s+{_RO_DONE}\b",
            lambda m: f"{_ro_wh(m.group('wh'))} did they {_ro_base(m)} {m.group('x')}",
        ),
        (r"\bCLITIC\s+", ""),
        # "CATL ce a zis", "firmele cum au reactionat": what did CATL say, how did the companies react
        (rf"{_RO_CLAUSE}{_RO_TOPIC}\s+{_RO_WH}\s+(?P<aux>a|au|s-a|s-au)\s+(?:mai\s+)?{_RO_DONE}\b", _ro_done),
        (rf"{_RO_CLAUSE}{_RO_TOPIC}\s+{_RO_WH}\s+(?:se\s+)?{_RO_DOES}\b", _ro_does),
        (
            rf"{_RO_CLAUSE}{_RO_TOPIC}\s+(?P<wh>(?:ce|cat|cate|cati)(?:\s+[\w-]+)?)\s+are(?=\s*[?,]|\s*$)",
            lambda m: f"{_ro_wh(m.group('wh'))} does {m.group('x')} have",
        ),
        (rf"{_RO_CLAUSE}{_RO_TOPIC}\s+{_RO_WH}\s+ar\s+{_RO_WOULD}\b", _ro_would),
        # "cine a zis?": who said that; "cine a propus X": who proposed X
        (r"\bcine\s+a\s+(?:zis|spus)(?=\s*\?|\s*$)", "who said that"),
        (r"\bcine\s+a\s+(?:zis|spus|vorbit)\s+about\b", "who talked about"),
        (rf"\b(?P<wh>cine|care)\s+(?P<aux>a|au|s-a|s-au)\s+(?:mai\s+)?{_RO_DONE}\b", _ro_done),
        # "ce a cerut Gotion", "cand au taiat RRR": what did Gotion ask for, when did they cut RRR
        (
            rf"\b{_RO_WH}\s+(?P<aux>a|s-a)\s+(?:mai\s+)?{_RO_DONE}\b(?:\s+(?P<y>{_RO_NAME}|{_RO_THE_NOUN}|{_RO_NOUN_READ}|{_RO_NOUN})\b)?",
            _ro_done,
        ),
        (
            rf"\b{_RO_WH}\s+(?P<aux>au|s-au)\s+(?:mai\s+)?{_RO_DONE}\b(?:\s+(?P<y>{_RO_NAMES}|{_RO_THE_NOUN})\b)?",
            _ro_done,
        ),
        (
            rf"\b{_RO_WH}\s+(?:se\s+)?{_RO_DOES}\b(?:\s+(?P<y>{_RO_NAME}|{_RO_THE_NOUN}|{_RO_NOUN_READ}|{_RO_NOUN})\b)?",
            _ro_does,
        ),
        (rf"\b{_RO_WH}\s+ar\s+{_RO_WOULD}\b", _ro_would),
        # "CATL a zis ...?", "au mai redus RRR?", "CPPCC are ...?": asking whether
        (
            rf"^(?P<x>{_RO_NAME}|{_RO_THE_NOUN}|{_RO_NOUN})\s+(?:a|au)\s+(?:mai\s+)?{_RO_DONE}\b(?=[^?]*\?)",
            lambda m: f"did {m.group('x')} {_ro_base(m)}",
        ),
        (
            rf"^(?P<aux>a|au)\s+(?:mai\s+)?{_RO_DONE}\b(?=[^?]*\?)",
            lambda m: f"did they {_ro_base(m)}",
        ),
        (rf"^(?P<x>{_RO_NAME})\s+are\s+(?=[^?]*\?)", r"does \g<x> have "),
        (
            rf"\b(?P<wh>ce|cat|cate|cati)\s+are\s+(?P<y>{_RO_NAME}|{_RO_THE_NOUN})\b",
            lambda m: f"{_ROMANIAN_QUESTION_WORDS[m.group('wh').lower()]} does {m.group('y')} have",
        ),
        (r"(?<=\w)\s+sunt(?=\s*\?)", " are they"),
        (rf"^(?P<x>{_RO_NAME})\s+are\b", r"\g<x> has"),
        (r"^can\s+(?!(?:they|it|we|I|you)\b)", "can they "),
        (rf"\b(?:a|au|am|ai|ati|s-a|s-au)\s+(?:mai\s+)?(?={_RO_DONE}\b)", ""),  # "X a propus Y": X proposed Y
        (r"\bcare\s+(?:e|este)\b", "what is"),
        (r"\bcare\s+sunt\b", "what are"),
        (r"(?:^|(?<=[,?.!=]\s))care\b|\bcare(?=\s+(?:a|au|ar|\d))", "which"),
    )
)
# (after the words are put in English)
_ROMANIAN_ENGLISH_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (
            r"\b(?P<v>say|says|said|ask\s+for|asks\s+for|asked\s+for|want|wants|propose|proposed)\s+at\s+(?=[a-z])",
            r"\g<v> on ",
        ),
        (r"\b(?P<n>tariffs|taxes|tax|tariff|duties)\s+at\b", r"\g<n> on"),
        (r"\bgoes\s+at\b", "goes to"),
        (r"\bthe\s+the\b", "the"),
    )
)
_ROMANIAN_ASKED_IN_ORDER = re.compile(
    rf"^(?:did|does|do|is|are|was|were|can|has|have|would|will)\b|^(?:by|for|from|with|to|of|in|at|on|about)\s+{WH}\b"
)
_ROMANIAN_WORD = whole_word(map(re.escape, sorted(_ROMANIAN_WORDS, key=len, reverse=True)))


def _romanian_in_english(text: str) -> str:
    """ "ce a cerut Gotion la CPPCC?" -> "what did Gotion ask for at CPPCC?", "frate CATL ce a zis?" -> "what
    did CATL say?", "cat bani pun anul asta?" -> "how much money do they put this year?", "de ce?" -> "why?",
    "si cu lichiditatea?" -> "and liquidity?": Romanian put in English word by word and the question word
    first, in a message with its marks (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text) or _NOT_ROMANIAN.search(text) or _FRENCH_MARKS.search(text):
        return text
    opened = _opener_lowered(_ROMANIAN_OPENER, text)
    typed = [word.strip(".,!?;:'’\"“”()") for word in opened.split()]
    typed = [word for word in typed if word.islower()]
    plain = {word.translate(_ROMANIAN_LETTERS) for word in typed}
    own = {  # (a word written with Romanian's letters: "și", "când", "păi")
        word.translate(_ROMANIAN_LETTERS)
        for word in typed
        if _ROMANIAN_OWN_LETTER.search(word)
        or (_ROMANIAN_LETTER.search(word) and word.translate(_ROMANIAN_LETTERS) in _ROMANIAN_WORDS)
    }
    marks = (plain & _ROMANIAN_MARKS) | own
    shared = (plain & _WEAK_ROMANIAN_MARKS) - marks
    if not (
        len(marks) >= 2
        or (marks and len(shared) >= 2)
        or (marks and shared and len(opened.split()) <= 6)
        or (len(opened.split()) == 1 and marks)  # ("cand?")
        or (own and len(opened.split()) <= 4)  # ("Și CALB?")
        or _ROMANIAN_TURNS.search(opened)
    ):
        return text
    text = opened.translate(_ROMANIAN_LETTERS)
    lead = re.match(r"^\W*(?:si|and)\s+", text, re.I)  # ("si CALB?": and, first)
    text = text[lead.end() :] if lead else text
    text = with_phrases(text, _ROMANIAN_PHRASES)
    text = with_phrases(
        _ROMANIAN_WORD.sub(lambda m: _ROMANIAN_WORDS[m.group()], text), _ROMANIAN_ENGLISH_PHRASES
    )
    text = _tidy_spacing(text).strip(" ,")
    # (the question word first, but not in a question asking whether, or one opening with its preposition)
    sentences = [
        sentence if _ROMANIAN_ASKED_IN_ORDER.match(sentence) else _question_word_first(sentence)
        for sentence in re.split(r"(?<=[?.!])\s+", text)
    ]
    return ("and " if lead else "") + " ".join(sentences)


# Amharic in Latin letters, in an English question as it is typed in Ethiopia ("CPPCC mindin new?", "man new
# asked for it?", "sint new in dollars?", "lemin that is good?", "meche this article written?", "Gotion min
# alu?", "can it make laws awo or aydelem?"), read when the message has a word of Amharic no English sentence
# has: "new" (is) and "neber" (was) after its question words, its "why", "so", "very", "yes or no" and the
# words its askers address each other with.
_NOT_AFTER_A_DETERMINER = "".join(
    rf"(?<!\b{word}\s)" for word in word_set("a the this that my your his her our their old")
)
_AMHARIC_MARKS = re.compile(
    r"\b(?:mindin|mindn|mndn|lemin|lemindin|aydelem|tadiya|tadia|betam|yalew|wendime|wendimie|ehite|ehitie|"
    r"amesegnalehu|amesegenalehu|ebakih|ebakish)\b|"
    # ("min", "man" and "sint" before "new" (is), "neber" (was) or "alu" (they said) where they ask: not "10
    # min new record", "a man new to town", "is the delivery man new?", "Iron Man", Dutch "Sint", Romanian
    # "ei sint" (they are))
    r"\bmin\s+(?:neber|alu|alech)\b|"
    r"(?<![\d.]\s)(?<![\d.])(?<!\ba\s)(?<!\bone\s)\bmin\s+(?:new|ale)(?=\s*(?:[?,.!]|$)|\s+(?:he|she|they|it|in|at|about)\b)|"
    r"(?:^|(?<=[,.?])\s*)(?!(?:is|are|was|were|does|did|has|will|can)\b)(?:[^,.?]*?\s)?"
    rf"{_NOT_AFTER_A_DETERMINER}(?<![\w-]-)(?<![A-Z]\w\s)(?<![A-Z]\w\w\s)(?<![A-Z]\w\w\w\s)"
    r"man\s+(?:new|neber)(?=\s*(?:[?,.!]|$)|\s+(?:yalew|[a-z]+ing)\b)|"
    rf"{_NOT_AFTER_A_DETERMINER}(?<!\bei\s)(?<!\bele\s)(?<!\bnoi\s)(?<!\bcare\s)\bsint\s+(?:new|neber)\b|"
    # ("meche", when, opening a question or before its subject: not French "mèche", Spanish "Meche";
    # "endet", how, before what it asks: not Norwegian "kampen endet")
    r"(?:^|[,?]\s*)meche\s+(?=(?:this|that|the|these|they|he|she|it|did|was|were|will|is|are)\b|"
    r"[^?]*\b(?:before|last\s+time|first\s+time)\b)|"
    r"(?<=\w\s)(?<!\ba\s)(?<!\bis\s)(?<!\bmy\s)(?<!\bget\s)meche\s+(?=(?:they|he|she|it|we|did|was|were|will)\b)|"
    r"(?:^|,\s*)meche\s*\?|"
    r"(?:^|[?.,]\s*)endet\s+(?=(?:help|helps|work|works|is|are|was|do|does|did|they|it|this|that|can|will)\b)|"
    r"(?:^|,\s*)endet\s*\?|"
    # ("awo", yes, closing a question or opening an answer; "ishi", OK, opening one: not Yoruba "baba awo",
    # "the meaning of awo")
    r"(?<!\bis\s)(?<!\bof\s)(?<!\bthe\s)(?<!\ban\s)(?<!\bmy\s)(?<!\bbaba\s)(?<!\bile\s)(?<!\bomo\s)(?<=\w\s)"
    r"(?<!\bcall\s)(?<!\bask\s)(?<!\btell\s)(?<!\bsee\s)(?<!\bmeet\s)(?<!\bwith\s)(?<!\bto\s)(?<!\bfor\s)"
    r"awo\s*\?*\s*$|^(?:awo|ishi|eshi)\s*[,.!]|"
    # "CALB-s?": and CALB? (English joins no "-s" to a name)
    r"^[A-Za-z][\w&]+-s\s*\?\s*$"
)
_AMHARIC_OPENER = re.compile(
    r"^(?:Lemin|Lemindin)(?=\s*\?|\s+(?:that|this|the|they|he|she|it|we|you)\b)|"
    r"^(?:Tadiya|Wendime|Ehite|Aydelem)\b(?=\s+[a-z]|\s*[?,])|^Meche(?=\s+(?:this|that|these|they)\b)|"
    r"^(?:Man|Mindin|Sint)(?=\s+(?:new|neber)\b)"
)
_AMHARIC_QUESTION = r"(?P<x>[^,?.]+?)"  # (what the question word after it asks of, as Amharic asks)
_NOT_A_SUBJECT = r"(?!(?:they|he|she|we|you|i|said|say|says|think|thinks|did|do|does|will|can|would)\b)"
_AMHARIC_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (
            r"(?:^|[\s,.]+)(?:wendime|wendimie|ehite|ehitie|amesegnalehu|amesegenalehu|ebakih|ebakish|selam)\b"
            r"[.,!]*",
            " ",
        ),
        (r"^\s*(?:awo|ishi|eshi)\s*[,.!]+\s*", ""),
        (r"[\s,]+awo\s+(?:or|weyis)\s+aydelem\s*\?*\s*$|[\s,]+(?:awo|aydelem)\s*\?*\s*$", "?"),
        # ("lemin? for what purpose", "man new yalew? who said that number": the question asked again)
        (r"^lemin\s*\?\s+(?=\S)", ""),
        (r"^man\s+new(?:\s+yalew)?\s*\?\s+(?=who\b)|^(?:mindin|min)\s+new\s*\?\s+(?=what\b)", ""),
        (r"^sint\s+new\s*\?\s+(?=how\s+(?:much|many)\b)|^meche\s*\?\s+(?=when\b)", ""),
        (r"^(?P<x>[A-Za-z][\w&]+)-s(?=\s*\?\s*$)", r"and \g<x>"),
        (r"\bman\s+new\s+yalew\b", "who said that"),
        (rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+name\s+man\s+new\b", r"what is \g<x> name"),
        (r"(?:^|(?<=[,?]\s))man\s+new\s+(?=[a-z]+ing\b)", "who is "),
        (
            rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+min\s+new\s+(?:he|she|they|it)\s+(?P<be>is|are|was|were)\b",
            r"what \g<be> \g<x>",
        ),
        (rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+min\s+(?:alu|ale|alech)\b", r"what did \g<x> say"),
        (rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+(?:mindin|mindn|mndn|min)\s+new\b", r"what is \g<x>"),
        (rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+(?:mindin|mindn|mndn|min)\s+neber\b", r"what was \g<x>"),
        (rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+man\s+new\b", r"who is \g<x>"),
        (rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+man\s+neber\b", r"who was \g<x>"),
        (rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+sint\s+new\b", r"how much is \g<x>"),
        (rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+sint\s+neber\b", r"how much was \g<x>"),
        (r"\bsint\s+new\s+(?=(?:in|for|per)\b)|\bsint\s+new(?=\s*[?.!]|\s*$)", "how much "),
        (r"\b(?:mindin|mindn|mndn|min)\s+new\b", "what is"),
        (r"\b(?:mindin|mindn|mndn|min)\s+neber\b", "what was"),
        (r"\bman\s+new\b", "who is"),
        (r"\bman\s+neber\b", "who was"),
        (r"\bsint\s+new\b", "how much is"),
        (r"\bsint\s+neber\b", "how much was"),
        # "meche this article written?": when was it; "RRR meche they cut before?": when they cut RRR
        (
            r"\bmeche\s+(?P<x>(?:this|that|the|these|those)\s+[^,?]+?)\s+"
            r"(?P<v>written|published|held|made|built|done|given|signed|announced|released|founded|opened)"
            r"(?=\s*[?.!]|\s*$)",
            r"when was \g<x> \g<v>",
        ),
        (
            rf"{_CLAUSE_START}{_AMHARIC_QUESTION}\s+meche\s+(?P<s>they|he|she|it|we|you)\s+(?P<v>[a-z]+)\b",
            r"when \g<s> \g<v> \g<x>",
        ),
        (
            rf"\blemin\s+(?P<x>{_NOT_A_SUBJECT}[^\s,?]+(?:\s+{_NOT_A_SUBJECT}[^\s,?]+){{0,5}}?)\s+"
            r"(?P<be>is|are|was|were)\b",
            r"why \g<be> \g<x>",
        ),
        (r"\b(?:lemin|lemindin)\b", "why"),
        (r"\bmeche\b", "when"),
        (r"\bendet\s+(?P<v>help|work|affect|change|matter)\b", r"how does it \g<v>"),  # ("endet help?")
        (r"\bendet\b", "how"),
        (r"\btadiya\b|\btadia\b", "so"),
        (r"\bbetam\b", "very"),
        (r"\bbizu\b", "many"),
        (r"\bena\b", "and"),
        # ("gin", but, opening a clause of a message with another mark: alone it is the drink)
        (r"(?:^|(?<=[,.?]\s))gin\s+(?!(?:and|&|tonic|is|was|are)\b)", "but "),
        (r"\baydelem\b", "no"),
    )
)


# Mandarin in pinyin without its tones, in Taiwanese and mainland English ("Two Sessions shi shenme?", "shei
# shuo de?", "duoshao USD?", "weishenme?", "zhege article shenme shihou publish", "ranhou ne?"), read when
# the message has a word of Mandarin no English sentence (nor another language read) has. Its particles
# ("ma", "ne", "la", "a", "o", "de") and short words ("shi", "zai", "yao", "sha", "nage") are words of Malay,
# Tagalog, Pidgin, Nepali, Tamil, Spanish or judo too: they are read only in such a message.
# (in lowercase: "Shuo", "Shei" are names)
_MANDARIN_MARK_WORDS = (
    r"(?:shenme|weishenme|weisha|duoshao|zenme|zenmeyang|shei|zhege|zheige|zhexie|naxie|ranhou|suoyi|"
    r"haoxiang|shihou|meiyou|shuo|yinwei|danshi|juede|xianzai|yisi|yaoqiu|jianyi|tichu|qingwen|"
    r"xiexie|nihao)"
)
# (a greeting or thanks opening an English message, "xiexie, should I ...", and "shuo", a name too ("Wang
# Shuo", "tell shuo"), mark nothing alone)
_MANDARIN_MARKS = re.compile(
    r"\b(?!(?:qingwen|xiexie|nihao|shuo)\b)"
    rf"{_MANDARIN_MARK_WORDS}\b|"
    r"\b(?:shi|shuo|zuo|gan|wei)\s+sha\b|(?<!\ba\s)(?<!\bmy\s)\bdui\s+(?:ma|bu\s+dui)\b|\bshi\s+bu\s+shi\b|"
    r"\byou\s+mei\s*you\b|\bhai\s+you\s+(?:shenme|ne|ma)\b|\bzai\s+nali\b"
)
# "what is the meaning of ranhou?", "is 'shenme' like 'sha'?": its words asked about, not to be read
_MANDARIN_ASKED_ABOUT = re.compile(
    rf"['‘\"“]{_MANDARIN_MARK_WORDS}\b|"
    r"\b(?:meaning\s+of|mean\s+by|translate|pronounce|spell|how\s+(?:do|to|would)\s+(?:you|i|we)\s+say|"
    rf"the\s+words?)\s+['‘\"“]?{_MANDARIN_MARK_WORDS}\b|"
    rf"\b{_MANDARIN_MARK_WORDS}['’\"”]?\s+(?:mean|means|meant)\b",
    re.I,
)
# "Gotion suggest sha a?": a verb of asking closing on "sha" (what), not Pidgin's "sha" (anyway, "e dey
# tight sha") nor Tagalog's (he, "ano sabi sha"): a mark in a message with no word of theirs
_MANDARIN_SHA = re.compile(
    r"(?<=\w)\s+(?:say|suggest|propose|complain|want|ask|mention|push|recommend)\s+sha"
    r"(?:\s+(?:a|o|ah))?(?=\s*[?.!]|\s*$)"
)
# (nor Yoruba's, which drops it: "kini Gotion want sha?")
_NOT_MANDARIN_SHA = (
    _PIDGIN_MARKS | _TAGLISH_MARKS | word_set("una don fit go make am sabi kini kilo kilode tani elo meloo")
)
_MANDARIN_OPENER = re.compile(
    r"^(?:Shenme|Weishenme|Duoshao|Zenme|Zenmeyang|Zhege|Ranhou|Suoyi|Haoxiang|Qingwen|"
    r"(?:Nihao|Xiexie)(?=\s*[,.!])|"  # (greeting, not "Nihao Bakery")
    r"Shei(?=\s+(?:shuo|yao|de|tichu|jianyi)\b|\s*\?))\b"
)
# (its verbs of asking, saying, proposing, publishing, cutting in English: "yao gai" is "want to change")
_MANDARIN_VERBS = {
    "shuo": "say", "tichu": "propose", "jianyi": "suggest", "yaoqiu": "ask for", "tidao": "mention",
    "fabu": "publish", "gongbu": "announce", "xuanbu": "announce", "kaishi": "start", "jieshu": "end",
    "tigao": "raise", "zengjia": "increase", "jiangdi": "lower", "jianshao": "reduce", "zhichi": "support",
    "fandui": "oppose", "taolun": "discuss", "xuyao": "need", "juede": "think", "renwei": "think",
    "zhidao": "know", "gai": "change", "dedao": "get", "fen dao": "get", "biaoshi": "state",
}  # fmt: skip
_MANDARIN_WORDS = {
    "zhege": "this", "zheige": "this", "zhe ge": "this", "zhexie": "these", "naxie": "those",
    "ranhou": "then", "suoyi": "so", "haoxiang": "it seems", "yinwei": "because", "danshi": "but",
    "keshi": "but", "ruguo": "if", "huozhe": "or", "haishi": "or", "xianzai": "now", "yijing": "already",
    "zhiyou": "only", "jiushi": "is just", "juti": "specifically", "daodi": "exactly", "yigong": "in total",
    "zonggong": "in total", "dagai": "about", "guanyu": "about", "jinnian": "this year",
    "qunian": "last year", "mingnian": "next year", "keyi": "can", "yiqi": "together", "dou": "all",
    "bu shi": "is not",
}  # fmt: skip


def _spaced(words: Mapping[str, str]) -> re.Pattern[str]:
    """A pattern for any of ``words`` as a whole word, a space in one as any space ("fen  dao")."""
    return whole_word(word.replace(" ", r"\s+") for word in sorted(words, key=len, reverse=True))


def _said_as(words: Mapping[str, str]) -> Callable[[re.Match[str]], str]:
    """The English of a word of ``words`` that a pattern found, however it was spaced."""
    return lambda match: words[" ".join(match.group().split())]


_MANDARIN_VERB = _spaced(_MANDARIN_VERBS)
_ZH_WHAT = r"(?:shenme|sheme|shenmo|sha)"
_ZH_WHY_OR_HOW = r"(?P<wh>weishenme|wei\s*shenme|weisha|wei\s+sha|zenme)"
_ZH_END = r"(?=\s*[?.!,]|\s*$)"
_ZH_SUBJECT = rf"{_CLAUSE_START}(?:(?P<lead>so|and|then|but)\s+)?(?:(?P<x>[^,?]+?)\s+)?"
_ZH_NOT_AFTER_PREPOSITION = r"(?<!\bto)(?<!\bby)(?<!\bfrom)(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bfor)"
_ZH_CURRENCY = rf"(?i:ntd|twd|nt\$|{CURRENCY_NAMES[3:-1]})"
_ZH_UNIT = rf"(?P<unit>%|percent|bps|basis\s+points|{_ZH_CURRENCY})"
# (a verb of asking in English before "shenme" or "sha": "CATL CEO zai CPPCC shuo shenme" -> "what did
# CATL CEO say at CPPCC")
_ZH_ASKED_VERBS = (
    r"say|said|talk|mention|propose|suggest|recommend|ask|want|need|push|complain|demand|plan|do|discuss|"
    r"announce|think|support|oppose|change|publish|get|present|report|raise|cut|state|know|decide|build|sell|"
    r"teach|serve|offer|include|cover|require|use|make|show|find|learn|study|buy|bring|take|give|approve|"
    r"ban|allow|fix|check|mean|cause|affect|promise|order|win|lose|play|eat|cook|pay|spend|release|launch"
)
_ZH_ASKED = rf"(?P<verb>(?:{_ZH_ASKED_VERBS})(?:s|es|d|ed)?(?:\s+(?:about|for|to\s+[a-z]+))?)"
_ZH_AUXILIARIES = word_set("can will should could would must may might")
_ZH_NOT_A_VERB = word_set("the this that these those a an my his her their our its they he she we you i it")
_ZH_PREPOSITIONS = word_set("after before since during until in on at from by for")
# (a verb "shei" is the object of: "for queries contact shei" asks whom to contact, not who the contact is)
_ZH_VERBS_BEFORE_WHOM = re.compile(
    r"contact|ask|call|email|see|meet|blame|choose|elect|appoint|sue|hire|pay|thank|trust|tell|support|"
    r"follow|invite|vote|beat|play|visit|find|like|want|need|help|send|give|get|pick|fire|replace|"
    r"represent|lead|say|mean|[a-z]+ed"
)
_ZH_VERB_AFTER = r"(?:say|propose|suggest|mention|want|ask|push|publish|cut|raise|change|talk|discuss|do)"
# (done to a thing, asked when: "zhege article shenme shihou publish" -> "when was this article published")
_ZH_DONE_TO = {
    "publish": "published", "release": "released", "issue": "issued", "announce": "announced",
    "approve": "approved", "pass": "passed", "cut": "cut", "raise": "raised", "lower": "lowered",
    "build": "built", "sign": "signed", "launch": "launched", "make": "made", "write": "written",
    "set": "set", "change": "changed", "introduce": "introduced", "update": "updated", "post": "posted",
    "found": "founded", "hold": "held", "elect": "elected", "appoint": "appointed", "decide": "decided",
    "report": "reported", "present": "presented", "propose": "proposed", "fix": "fixed", "print": "printed",
}  # fmt: skip


def _zh_subject(match: re.Match[str], auxiliary: str = "did") -> tuple[str, str, str]:
    """The lead ("so "), subject and auxiliary of a Mandarin question put in English: the subject's closing
    "can" or "will" ("suoyi CATL can do shenme"), else ``auxiliary``; "they" for a question without one."""
    lead = f"{match.group('lead')} " if match.group("lead") else ""
    words = (match.group("x") or "").split()
    if words and words[-1].lower() in _ZH_AUXILIARIES:
        return lead, " ".join(words[:-1]) or "they", words[-1].lower()
    return lead, " ".join(words) or "they", auxiliary


def _zh_what_did(match: re.Match[str]) -> str:
    """ "CATL CEO zai CPPCC say shenme" -> "what did CATL CEO say at CPPCC", "want to change shenme
    regulation" -> "what regulation did they want to change"."""
    lead, subject, auxiliary = _zh_subject(match)
    verb = in_base_form(match.group("verb"))
    if not re.fullmatch(_ZH_ASKED_VERBS, verb.split()[0]):  # ("wants", "decides": not "discuss")
        verb = " ".join([base_form(verb.split()[0]), *verb.split()[1:]])
    verb += " about" if verb in ("complain", "talk") else ""
    at = f" at {match.group('at')}" if match.group("at") else ""
    return f"{lead}what{match.group('what')} {auxiliary} {subject} {verb}{at}{match.group('rest')}"


def _zh_what_can(match: re.Match[str]) -> str:
    """ "suoyi can cut what" -> "so what can they cut", "the school will teach shenme" -> "what will the
    school teach"."""
    lead, subject, _ = _zh_subject(match)
    return f"{lead}what {match.group('aux')} {subject} {match.group('verb')}"


def _zh_how_much_did(match: re.Match[str]) -> str:
    """ "trade in scheme get duoshao from the bond" -> "how much did trade in scheme get from the bond"."""
    lead, subject, auxiliary = _zh_subject(match)
    return f"{lead}how much {auxiliary} {subject} {match.group('verb')}{match.group('rest')}"


def _zh_asked_when(match: re.Match[str]) -> str:
    """ "zhege article shenme shihou publish" -> "when was this article published", "shenme shihou kaishi"
    -> "when did it start", "deadline shenme shihou" -> "when is deadline"."""
    subject, verb, rest = match.group("x"), match.group("verb"), match.group("rest") or ""
    if not verb:
        return f"when is {subject}" if subject else "when"
    if not subject and verb in _ZH_NOT_A_VERB:  # ("shenme shihou the ferry leave")
        return f"when did {verb}{rest}"
    if not rest and (verb in _ZH_DONE_TO or verb.endswith("ed")):
        return f"when was {subject or 'it'} {_ZH_DONE_TO.get(verb, verb)}"
    return f"when did {subject or 'it'} {verb}{rest}"


def _zh_how_much(match: re.Match[str]) -> str:
    """ "bond total duoshao RMB" -> "how much is bond total in RMB", "GDP target duoshao %" -> "how many
    percent is GDP target", "share price up duoshao %" -> "how many percent did share price go up"."""
    unit = "percent" if match.group("unit") == "%" else match.group("unit")
    *words, last = match.group("x").split()
    if (words or [last])[0] in _ZH_PREPOSITIONS:  # ("after the cut CATL share price up duoshao %": in place)
        return f"{match.group('x')} how {'much' if re.fullmatch(_ZH_CURRENCY, unit) else 'many'} {unit}"
    if re.fullmatch(_ZH_CURRENCY, unit):
        return f"how much is {' '.join([*words, last])} in {unit}"
    if words and last in ("up", "down"):
        return f"how many {unit} did {' '.join(words)} go {last}"
    if words and last in ("rise", "fall", "grow", "drop", "increase", "decrease"):
        return f"how many {unit} did {' '.join(words)} {last}"
    return f"how many {unit} is {' '.join([*words, last])}"


def _zh_who_is(match: re.Match[str]) -> str:
    """ "zhege article source shei" -> "who is this article source"; after a verb ("for queries contact
    shei") "who" in its place."""
    if _ZH_VERBS_BEFORE_WHOM.fullmatch(match.group("x").split()[-1]):
        return f"{match.group('x')} who"
    return f"who is {match.group('x')}"


def _zh_why_or_how(match: re.Match[str]) -> str:
    """ "the coach weishenme bench him" -> "why the coach bench him", "X zenme can help" -> "how can X
    help": the question word first, an auxiliary after it."""
    wh = "how" if match.group("wh") == "zenme" else "why"
    first, _, rest = match.group("rest").partition(" ")
    if first in _ZH_AUXILIARIES | word_set("is are was were did does do has have"):
        return f"{wh} {first} {match.group('x')} {rest}".rstrip()
    return f"{wh} {match.group('x')} {match.group('rest')}"


def _zh_topic_asked(match: re.Match[str]) -> str:
    """ "the bakery, opening hours shenme?" -> "what are the opening hours of the bakery?": a topic, then
    what is asked of it."""
    asked = match.group("y")
    be = "are" if re.search(r"[^su]s$", asked) else "is"
    the = "" if re.match(r"(?:the|its|their|his|her)\b", asked) else "the "
    return f"what {be} {the}{asked} of {match.group('topic')}"


def _zh_nage(match: re.Match[str]) -> str:
    """ "nage report" -> "which report" in a clause that asks nothing else, "that report" in one that does;
    between two words of a question ("hardware nage part ... want what") a filler, dropped."""
    before = re.split(r"[,?.!]", match.string[: match.start()])[-1]
    after = re.split(r"[,?.!]", match.string[match.end() :])[0]
    if not re.search(rf"\b(?:{WH}|shenme|sheme|sha|shei|duoshao|zenme|nali)\b", f"{before} {after}", re.I):
        return "which "
    return "" if before.strip() else "that "


# (asking politely, greeting, thanking: "qingwen, ...", "ok xiexie. and ...")
_ZH_POLITE = r"(?:qingwen|qing\s+wen|wo\s+xiang\s+wen|nihao|ni\s+hao|xiexie|xie\s+xie|hao\s+de)\b[\s,.!]*"


def _zh_of(match: re.Match[str]) -> str:
    """ "CATL de CEO" -> "CATL's CEO"; "de" kept in a name ("Rio de Janeiro", "Charles de Gaulle")."""
    after = match.group("after")
    if (match.group("before").istitle() and after[:1].isupper()) or "'" in after:  # ("Pont de l'Alma")
        return match.group()
    return f"{match.group('before')}'s {match.group('after')}"


_MANDARIN_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (rf"^{_ZH_POLITE}", ""),
        (rf"(?<=\w)[\s,]*\b{_ZH_POLITE}", ". "),  # ("ok xiexie. and the zoo ne?": a sentence of its own)
        (r"[\s,]*\b(?:dui\s+ma|dui\s+bu\s+dui|shi\s+bu\s+shi)(?=\s*[?.!]|\s*$)", ", right"),
        # the particles closing a clause, which soften it or ask yes or no ("shenme a?", "loose ma?")
        (
            r"(?<=\w)(?<!\bplan)(?<!\bvitamin)(?<!\btype)(?<!\bclass)(?<!\bgrade)(?<!\bpart)(?<!\bmy)"
            r"(?<!\byour)(?<!\bhis)(?<!\bher)(?<!\bthe)(?<!\bor)(?<!\band)(?<!\boption)"
            r"(?:[\s,]+(?:a|o|ah|ya|la|lah|ba|ou|oh|wa|le|ma|meiyou|you\s+meiyou))+(?=\s*[?.!,]|\s*$)",
            "",
        ),
        (r"\b(?P<w>shenme|sheme|sha|shei|duoshao|zenme|zenmeyang|weishenme|nali|shihou|ge)\s+ne\b", r"\g<w>"),
        # "X shi bu shi Y", "X you meiyou Y": is X Y, does X have Y
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+shi\s+bu\s+shi\s+(?P<y>[^,?]+)", r"is \g<x> \g<y>"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+you\s+mei\s*you\s+(?P<y>[^,?]+)", r"does \g<x> have \g<y>"),
        (rf"{_CLAUSE_START}you\s+mei\s*you\s+", "is there "),
        (r"\bdui(?=\s*,)", ""),
        (r"\branhou\s+ne\b|\bhai\s+you\s+(?:shenme|ne)\b", "what else"),
        (r"\bhai\s+you(?=\s*[?.!]|\s*$)", "anything else"),
        (
            rf"\b(?:xiang\s+)?yao\s+(?={_MANDARIN_VERB.pattern})",
            "want to ",
        ),
        (_MANDARIN_VERB, _said_as(_MANDARIN_VERBS)),
        (r"\b(?:xiang\s+)?yao\b(?=\s+\w)", "want"),
        (rf"\bzai\s+(?={_ZH_VERB_AFTER}\b)", ""),
        (_spaced(_MANDARIN_WORDS), _said_as(_MANDARIN_WORDS)),
        # the question words, put first as English asks
        (r"\bzenme\s+ban\b", "what to do"),
        (r"\bzenme\s+hui\b", "how come"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+{_ZH_WHY_OR_HOW}\s+(?P<rest>[a-z][^,?]*)", _zh_why_or_how),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:zenmeyang|zenme){_ZH_END}", r"how is \g<x>"),
        (r"\b(?:weishenme|wei\s*shenme|weisha|wei\s+sha)\b", "why"),
        (r"\bzenmeyang\b", "how about"),
        (r"\bzenme\b", "how"),
        (
            rf"{_CLAUSE_START}(?:(?P<x>[^,?]+?)\s+)?(?:shenme|sheme)\s+(?:shihou|shijian)"
            rf"(?:\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+(?!(?:de|le)\b)[^\s,?]+)*?))?(?:\s+(?:de|le))?{_ZH_END}",
            _zh_asked_when,
        ),
        (r"\b(?:shenme|sheme)\s+(?:shihou|shijian)\b", "when"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+shi\s+(?:shenme|sheme)\s+yisi{_ZH_END}", r"what does \g<x> mean"),
        (r"\b(?:shenme|sheme)\s+yisi\b", "what does it mean"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+shi\s+{_ZH_WHAT}{_ZH_END}", r"what is \g<x>"),
        (r"\b(?:shenme|sheme)\s+shi\s+", "what is "),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:zuo|gan)\s+{_ZH_WHAT}{_ZH_END}", r"what does \g<x> do"),
        (
            rf"{_ZH_SUBJECT}(?P<aux>can|will|should|could|would|must)\s+(?P<verb>[a-z]+)\s+(?:what|{_ZH_WHAT})"
            rf"{_ZH_END}",
            _zh_what_can,
        ),
        (
            rf"{_ZH_SUBJECT}(?:zai\s+(?P<at>[^,?]+?)\s+)?{_ZH_ASKED}\s+{_ZH_WHAT}"
            r"(?P<what>(?:\s+(?!(?:at|in|for|about|from|to|on|with)\b)[\w-]+){0,2}?)"
            rf"(?P<rest>(?:\s+(?:at|in|for|about|from|to|on|with)\s+[^,?]+?)?){_ZH_END}",
            _zh_what_did,
        ),
        (
            r"^(?P<topic>[^,?]+?),\s*(?P<y>(?!(?:they|he|she|it|we|you|i|people|ppl)\b)[a-z][\w-]*(?:\s+[\w-]+){0,2})"
            rf"\s+(?:shenme|sheme){_ZH_END}",
            _zh_topic_asked,
        ),
        (
            rf"{_CLAUSE_START}(?P<x>(?![^,?]*\b(?:they|he|she|we|you|i)\b)[^,?]+?)\s+{_ZH_WHAT}{_ZH_END}",
            r"what is \g<x>",
        ),
        (r"\b(?:shenme|sheme|shenmo)\b", "what"),
        (r"(?<=\w)\s+sha(?=\s*[?.!,]|\s*$)", " what"),
        # how much, how many
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+(?:duoshao|ji)\s+ge{_ZH_END}", r"how many \g<x>"),
        (r"\b(?:duoshao|ji)\s+ge\b", "how many"),
        (r"\bduoshao\s+qian\b", "how much money"),
        (rf"{_CLAUSE_START}duoshao\s+(?P<unit>{_ZH_CURRENCY}){_ZH_END}", r"how much in \g<unit>"),
        (rf"{_CLAUSE_START}(?P<unit>{_ZH_CURRENCY})\s+duoshao{_ZH_END}", r"how much in \g<unit>"),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?){_ZH_NOT_AFTER_PREPOSITION}\s+duoshao\s+{_ZH_UNIT}{_ZH_END}",
            _zh_how_much,
        ),
        (
            rf"{_ZH_SUBJECT}(?P<verb>get|raise|cut|issue|spend|receive|allocate|increase|reduce|lower|pay|cost)"
            rf"\s+duoshao(?P<rest>(?:\s+[^,?]+?)?){_ZH_END}",
            _zh_how_much_did,
        ),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?[^su]s){_ZH_NOT_AFTER_PREPOSITION}\s+duoshao{_ZH_END}",
            r"how many \g<x>",
        ),
        (
            rf"{_CLAUSE_START}(?P<x>[^,?]+?){_ZH_NOT_AFTER_PREPOSITION}\s+duoshao{_ZH_END}",
            r"how much is \g<x>",
        ),
        (r"\bduoshao\s+(?=[a-z]+s\b)", "how many "),
        (r"\bduoshao\b", "how much"),
        # who, where
        (r"\bshei\s+(?:say|said)(?:\s+de)?\b", "who said that"),
        (rf"\bshei\s+(?P<verb>[a-z]+)\s+de{_ZH_END}", lambda m: f"who {_simple_past(m.group('verb'))} it"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+shi\s+shei{_ZH_END}", r"who is \g<x>"),
        (r"\b(?P<p>from|to|with|for|by|of)\s+shei\b", r"\g<p> whom"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?\bname)\s+shei{_ZH_END}", r"what is \g<x>"),  # ("CEO name shei?")
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+shei{_ZH_END}", _zh_who_is),
        (r"\bshei\s+de\b", "whose"),
        # "nage teacher shuo de?": which teacher said that (a "de" closing what was done)
        (rf"(?<=\w)\s+(?:say|said)\s+de{_ZH_END}", " said that"),
        (
            rf"(?<=\w)\s+(?P<verb>{_ZH_ASKED_VERBS})\s+de{_ZH_END}",
            lambda m: f" {_simple_past(m.group('verb'))} it",
        ),
        (r"\bshei\b", "who"),
        (rf"{_CLAUSE_START}(?P<x>[^,?]+?)\s+zai\s+(?:nali|nar){_ZH_END}", r"where is \g<x>"),
        (r"\b(?:zai\s+)?nali\b", "where"),
        # which, that
        (r"[\s,]+(?:nage|neige|na\s+ge)(?=\s*[?.!,]|\s*$)|^(?:nage|neige)\s*,\s*", ""),
        (r"\b(?:nage|neige|na\s+ge)\s+(?=\w)", _zh_nage),
        # the small words: "CALB ne?" asks "and CALB?"
        (r"(?:^|(?<=[.?!]\s))(?P<x>(?!and\b)(?:[\w-]+\s+){0,3}[\w-]+)\s+ne(?=\s*\?)", r"and \g<x>"),
        (r"(?<=\w)\s+ne(?=\s*[?.!,]|\s*$)", ""),
        (r"\bzai\s+(?=\S)", "at "),
        (r"(?<=\w)\s+de(?=\s*[?.!,]|\s*$)", ""),
        (r"\b(?P<before>[\w-]+)\s+de\s+(?P<after>[A-Za-z][\w-]*)", _zh_of),
        (r"\bshi\s+(?=\S)", "is "),
        (rf"\bmeiyou\s+(?={_ZH_VERB_AFTER}\b)", "did not "),
        (r"\bmeiyou\b", "no"),
        (rf"\bye\s+(?={_ZH_VERB_AFTER}\b)", "also "),
    )
)


def _amharic_in_english(text: str) -> str:
    """ "CPPCC mindin new?" -> "what is CPPCC?", "sint new in dollars?" -> "how much in dollars?", "lemin
    that is good?" -> "why is that good?", "can it make laws awo or aydelem?" -> "can it make laws?":
    Amharic put in English, the question word where English puts it, in a message with a word of it (else
    unchanged)."""
    return _phrases_read(text, _AMHARIC_MARKS, _AMHARIC_PHRASES, _AMHARIC_OPENER)


def _mandarin_in_english(text: str) -> str:
    """ "Two Sessions shi shenme a?" -> "what is Two Sessions?", "shei shuo de?" -> "who said that?",
    "duoshao USD?" -> "how much in USD?", "zhege article shenme shihou publish" -> "when was this article
    published": Mandarin pinyin put in English, the question word first and its particles dropped, in a
    message with a word of Mandarin (else unchanged)."""
    if _MANDARIN_ASKED_ABOUT.search(text):
        return text
    sha_asks = _MANDARIN_SHA.search(text) and not _typed_in_lowercase(text) & _NOT_MANDARIN_SHA
    return _phrases_read(
        text, _MANDARIN_SHA if sha_asks else _MANDARIN_MARKS, _MANDARIN_PHRASES, _MANDARIN_OPENER
    )


# Swedish, or English with Swedish in it ("vad ville Gotion?", "vem sa det?", "hur mycket ska de ge ut i år",
# "när sänkte de RRR senast", "och X då?", "varför då?", "i dollar?"), typed with å, ä and ö or without them,
# read in English word by word: its question word stays first, the verb it puts second is put after its
# subject as English asks ("när sänkte de RRR" -> "when did they cut RRR"), a definite noun's ending read as
# "the" before it and its adjectives, a compound read by its parts ("batteribolagen": the battery companies),
# and its fillers and tags dropped ("alltså", "typ", "ju", "väl", "liksom", "eller hur?", "va?"). Read only in
# a message with two words of Swedish, or one with a word it shares with Norwegian, Danish, Dutch, German,
# French, Portuguese or Tagalog ("det", "de", "sa", "ville", "typ", "på", "om", "eller"), and in none with a
# word or letter of those languages that Swedish has not ("hva", "ikke", "und", "quem", "ø"); a word English
# has ("man", "till", "den", "for") or a capitalised one (the names "Vad", "Hur", "Och") marks nothing.
_SWEDISH_UNACCENTED = str.maketrans("åäöÅÄÖ", "aaoAAO")
# Verbs by their infinitive, present, past and supine ("-" where a form is not used, "|" between two) and
# their English base, past and participle.
_SWEDISH_VERBS = {
    "vilja vill ville velat": "want|wanted|wanted", "säga säger sa|sade sagt": "say|said|said",
    "föreslå föreslår föreslog föreslagit": "propose|proposed|proposed",
    "tycka tycker tyckte tyckt": "think|thought|thought", "ta tar tog tagit": "take|took|taken",
    "göra gör gjorde gjort": "do|did|done", "få får fick fått": "get|got|got",
    "ge ger gav gett|givit": "give|gave|given", "komma kommer kom kommit": "come|came|come",
    "handla handlar handlade handlat": "shop|shopped|shopped",
    "snacka snackar snackade snackat": "talk|talked|talked",
    "prata pratar pratade pratat": "talk|talked|talked", "tala talar talade talat": "speak|spoke|spoken",
    "klaga klagar klagade klagat": "complain|complained|complained",
    "nämna nämner nämnde nämnt": "mention|mentioned|mentioned",
    "reagera reagerar reagerade reagerat": "react|reacted|reacted",
    "publicera publicerar publicerade publicerat": "publish|published|published",
    "skriva skriver skrev skrivit": "write|wrote|written",
    "kalla kallar kallade kallat": "call|called|called", "sänka sänker sänkte sänkt": "cut|cut|cut",
    "höja höjer höjde höjt": "raise|raised|raised", "öka ökar ökade ökat": "increase|increased|increased",
    "minska minskar minskade minskat": "reduce|reduced|reduced",
    "börja börjar började börjat": "start|started|started", "sluta slutar slutade slutat": "end|ended|ended",
    "öppna öppnar öppnade öppnat": "open|opened|opened",
    "stänga stänger stängde stängt": "close|closed|closed", "bygga bygger byggde byggt": "build|built|built",
    "köpa köper köpte köpt": "buy|bought|bought", "sälja säljer sålde sålt": "sell|sold|sold",
    "vinna vinner vann vunnit": "win|won|won", "förlora förlorar förlorade förlorat": "lose|lost|lost",
    "betala betalar betalade betalat": "pay|paid|paid", "kosta kostar kostade kostat": "cost|cost|cost",
    "hålla håller höll hållit": "hold|held|held",
    "söka söker sökte sökt": "apply for|applied for|applied for", "mötas möts möttes mötts": "meet|met|met",
    "träffa träffar träffade träffat": "meet|met|met",
    "godkänna godkänner godkände godkänt": "approve|approved|approved",
    "besluta beslutar beslutade beslutat": "decide|decided|decided",
    "bestämma bestämmer bestämde bestämt": "decide|decided|decided",
    "lova lovar lovade lovat": "promise|promised|promised",
    "påverka påverkar påverkade påverkat": "affect|affected|affected",
    "betyda betyder betydde betytt": "mean|meant|meant", "stå står stod stått": "stand|stood|stood",
    "gå går gick gått": "go|went|gone",
    "kontakta kontaktar kontaktade kontaktat": "contact|contacted|contacted",
    "maila mailar mailade mailat": "email|emailed|emailed",
    "mejla mejlar mejlade mejlat": "email|emailed|emailed",
    "satsa satsar satsade satsat": "invest|invested|invested",
    "behöva behöver behövde behövt": "need|needed|needed",
    "hända händer hände hänt": "happen|happened|happened",
    "heta heter hette hetat": "be called|was called|been called", "ligga ligger låg legat": "be|was|been",
    "finnas finns fanns funnits": "be|was|been", "kolla kollar kollade kollat": "check|checked|checked",
    "titta tittar tittade tittat": "look|looked|looked", "köra kör körde kört": "drive|drove|driven",
    "mata matar matade matat": "feed|fed|fed", "spela spelar spelade spelat": "play|played|played",
    "jobba jobbar jobbade jobbat": "work|worked|worked",
    "arbeta arbetar arbetade arbetat": "work|worked|worked",
    "anställa anställer anställde anställt": "hire|hired|hired",
    "investera investerar investerade investerat": "invest|invested|invested",
    "presentera presenterar presenterade presenterat": "present|presented|presented",
    "meddela meddelar meddelade meddelat": "announce|announced|announced",
    "rösta röstar röstade röstat": "vote|voted|voted", "välja väljer valde valt": "elect|elected|elected",
    "gälla gäller gällde gällt": "apply|applied|applied",
    "ändra ändrar ändrade ändrat": "change|changed|changed",
    "hjälpa hjälper hjälpte hjälpt": "help|helped|helped", "visa visar visade visat": "show|showed|shown",
    "veta vet visste vetat": "know|knew|known", "tro tror trodde trott": "believe|believed|believed",
    "förklara förklarar förklarade förklarat": "explain|explained|explained",
    "svara svarar svarade svarat": "answer|answered|answered", "- frågar frågade frågat": "ask|asked|asked",
    "kräva kräver krävde krävt": "demand|demanded|demanded",
    "planera planerar planerade planerat": "plan|planned|planned",
    "bli blir blev blivit": "become|became|become",
    "stifta stiftar stiftade stiftat": "enact|enacted|enacted",
    "snabba snabbar snabbade snabbat": "speed|sped|sped", "lägga lägger lade lagt": "put|put|put",
    "hitta hittar hittade hittat": "find|found|found", "ringa ringer ringde ringt": "call|called|called",
    "skicka skickar skickade skickat": "send|sent|sent",
    "starta startar startade startat": "start|started|started",
    "leverera levererar levererade levererat": "deliver|delivered|delivered",
    "tjäna tjänar tjänade tjänat": "earn|earned|earned",
    "låna lånar lånade lånat": "borrow|borrowed|borrowed",
    "stödja stöder|stödjer stödde stött": "support|supported|supported",
    "inviga inviger invigde invigt": "open|opened|opened",
    "grunda grundar grundade grundat": "found|founded|founded",
    "parkera parkerar parkerade parkerat": "park|parked|parked",
    "flytta flyttar flyttade flyttat": "move|moved|moved",
    "berätta berättar berättade berättat": "tell|told|told",
    "diskutera diskuterar diskuterade diskuterat": "discuss|discussed|discussed",
    "införa inför införde infört": "introduce|introduced|introduced",
    "sjunka sjunker sjönk sjunkit": "fall|fell|fallen", "stiga stiger steg stigit": "rise|rose|risen",
    "använda använder använde använt": "use|used|used", "äga äger ägde ägt": "own|owned|owned",
    "skapa skapar skapade skapat": "create|created|created",
    "tillverka tillverkar tillverkade tillverkat": "make|made|made", "leda leder ledde lett": "lead|led|led",
    "vänta väntar väntade väntat": "wait|waited|waited", "tänka tänker tänkte tänkt": "think|thought|thought",
    "ställa ställer ställde ställt": "put|put|put", "avgöra avgör avgjorde avgjort": "decide|decided|decided",
}  # fmt: skip
# A verb and its particle or preposition, read together ("ta upp": bring up, "handla om": be about)
_SWEDISH_PARTICLE_VERBS = {
    "ta upp": "bring up|brought up|brought up", "ge ut": "issue|issued|issued",
    "mata in": "enter|entered|entered", "snabba på": "speed up|sped up|sped up",
    "handla om": "be about|was about|been about", "stå för": "stand for|stood for|stood for",
    "klaga på": "complain about|complained about|complained about",
    "satsa på": "invest in|invested in|invested in", "kolla på": "look at|looked at|looked at",
    "titta på": "look at|looked at|looked at", "tänka på": "think about|thought about|thought about",
    "snacka om": "talk about|talked about|talked about", "prata om": "talk about|talked about|talked about",
    "reagera på": "react to|reacted to|reacted to", "köra på": "go with|went with|gone with",
    "hålla på": "last|lasted|lasted", "gå till": "go to|went to|gone to",
    "komma från": "come from|came from|come from", "komma ifrån": "come from|came from|come from",
    "lägga fram": "present|presented|presented", "lägga ner": "shut down|shut down|shut down",
    "stänga ner": "shut down|shut down|shut down", "ställa in": "cancel|cancelled|cancelled",
    "ta fram": "develop|developed|developed", "gå på": "attend|attended|attended",
    "ta med": "bring|brought|brought", "rösta om": "vote on|voted on|voted on",
    "vänta på": "wait for|waited for|waited for", "leta efter": "look for|looked for|looked for",
    "bry om": "care about|cared about|cared about", "gå ut": "go out|went out|gone out",
    "se ut": "look|looked|looked", "ha kvar": "keep|kept|kept", "gå med": "join|joined|joined",
    "vara med": "take part|took part|taken part",
}  # fmt: skip
# Nouns by their singular, its definite form, their plural and its definite form ("-" for none), and their
# English singular and plural.
_SWEDISH_NOUNS = {
    "artikel artikeln artiklar artiklarna": "article|articles",
    "källa källan källor källorna": "source|sources", "siffra siffran siffror siffrorna": "figure|figures",
    "fråga frågan frågor frågorna": "question|questions", "svar svaret svar svaren": "answer|answers",
    "möte mötet möten mötena": "meeting|meetings", "ämne ämnet ämnen ämnena": "topic|topics",
    "tema temat teman temana": "theme|themes",
    "regering regeringen regeringar regeringarna": "government|governments",
    "regel regeln regler reglerna": "rule|rules", "lag lagen lagar lagarna": "law|laws",
    "- laget - -": "team|teams", "chef chefen chefer cheferna": "boss|bosses",
    "bolag bolaget bolag bolagen": "company|companies",
    "företag företaget företag företagen": "company|companies", "bil bilen bilar bilarna": "car|cars",
    "elbil elbilen elbilar elbilarna": "electric car|electric cars",
    "batteri batteriet batterier batterierna": "battery|batteries",
    "pris priset priser priserna": "price|prices",
    "ränta räntan räntor räntorna": "interest rate|interest rates",
    "budget budgeten budgetar budgetarna": "budget|budgets", "stat staten stater staterna": "state|states",
    "land landet länder länderna": "country|countries", "stad staden städer städerna": "city|cities",
    "kommun kommunen kommuner kommunerna": "municipality|municipalities",
    "hamn hamnen hamnar hamnarna": "port|ports", "skola skolan skolor skolorna": "school|schools",
    "sjukhus sjukhuset sjukhus sjukhusen": "hospital|hospitals",
    "bageri bageriet bagerier bagerierna": "bakery|bakeries",
    "match matchen matcher matcherna": "match|matches", "tränare tränaren tränare tränarna": "coach|coaches",
    "spelare spelaren spelare spelarna": "player|players",
    "borgmästare borgmästaren borgmästare borgmästarna": "mayor|mayors",
    "rektor rektorn rektorer rektorerna": "head teacher|head teachers",
    "elev eleven elever eleverna": "pupil|pupils", "lärare läraren lärare lärarna": "teacher|teachers",
    "läkare läkaren läkare läkarna": "doctor|doctors",
    "patient patienten patienter patienterna": "patient|patients", "säng sängen sängar sängarna": "bed|beds",
    "biljett biljetten biljetter biljetterna": "ticket|tickets", "buss bussen bussar bussarna": "bus|buses",
    "tåg tåget tåg tågen": "train|trains", "bro bron broar broarna": "bridge|bridges",
    "väg vägen vägar vägarna": "road|roads", "hyra hyran hyror hyrorna": "rent|rents",
    "bröd brödet bröd bröden": "bread|bread", "år året år åren": "year|years",
    "månad månaden månader månaderna": "month|months", "vecka veckan veckor veckorna": "week|weeks",
    "dag dagen dagar dagarna": "day|days", "datum datumet datum datumen": "date|dates",
    "organ organet organ organen": "body|bodies",
    "industri industrin industrier industrierna": "industry|industries",
    "marknad marknaden marknader marknaderna": "market|markets", "säkerhet säkerheten - -": "safety|safety",
    "försäljning försäljningen - -": "sales|sales", "tillväxt tillväxten - -": "growth|growth",
    "mål målet mål målen": "target|targets", "politik politiken - -": "policy|policies",
    "penningpolitik penningpolitiken - -": "monetary policy|monetary policies",
    "lagring lagringen - -": "storage|storage", "energi energin - -": "energy|energy",
    "byte bytet byten bytena": "swap|swaps", "station stationen stationer stationerna": "station|stations",
    "poäng poängen poäng poängen": "point|points",
    "förslag förslaget förslag förslagen": "proposal|proposals", "krav kravet krav kraven": "demand|demands",
    "beslut beslutet beslut besluten": "decision|decisions",
    "avgift avgiften avgifter avgifterna": "fee|fees", "skatt skatten skatter skatterna": "tax|taxes",
    "tull tullen tullar tullarna": "tariff|tariffs", "lån lånet lån lånen": "loan|loans",
    "obligation obligationen obligationer obligationerna": "bond|bonds",
    "system systemet system systemen": "system|systems",
    "utmaning utmaningen utmaningar utmaningarna": "challenge|challenges",
    "delegat delegaten delegater delegaterna": "delegate|delegates",
    "ansökan ansökan ansökningar ansökningarna": "application|applications",
    "leverans leveransen leveranser leveranserna": "delivery|deliveries",
    "återvinning återvinningen - -": "recycling|recycling",
    "återvinnare återvinnaren återvinnare återvinnarna": "recycler|recyclers",
    "tvist tvisten tvister tvisterna": "dispute|disputes",
    "kontakt kontakten kontakter kontakterna": "contact|contacts",
    "nyhet nyheten nyheter nyheterna": "news|news",
    "rapport rapporten rapporter rapporterna": "report|reports",
    "ekosystem ekosystemet ekosystem ekosystemen": "ecosystem|ecosystems",
    "spårbarhet spårbarheten - -": "traceability|traceability",
    "pass passet pass passen": "passport|passports", "depå depån depåer depåerna": "depot|depots",
    "- stan - -": "city|cities", "sommar sommaren somrar somrarna": "summer|summers",
    "vinter vintern vintrar vintrarna": "winter|winters", "höst hösten höstar höstarna": "autumn|autumns",
    "- våren - -": "spring|springs", "jul julen - -": "Christmas|Christmas",
    "hund hunden hundar hundarna": "dog|dogs", "feber febern - -": "fever|fevers",
    "arena arenan arenor arenorna": "arena|arenas", "anställd - anställda -": "employee|employees",
    "helg helgen helger helgerna": "weekend|weekends", "parkering parkeringen - -": "parking|parking",
    "baspunkt baspunkten baspunkter baspunkterna": "basis point|basis points",
    "riksdag riksdagen - -": "Riksdag|Riksdag",
    "parlament parlamentet parlament parlamenten": "parliament|parliaments",
    "transport transporten transporter transporterna": "transport|transports",
    "folk folket - -": "people|people", "människa människan människor människorna": "person|people",
    "barn barnet barn barnen": "child|children", "- - pengar pengarna": "money|money",
    "krona kronan kronor kronorna": "krona|kronor", "gång gången gånger gångerna": "time|times",
    "tid tiden tider tiderna": "time|times", "plats platsen platser platserna": "place|places",
    "jobb jobbet jobb jobben": "job|jobs", "lön lönen löner lönerna": "wage|wages",
    "strejk strejken strejker strejkerna": "strike|strikes", "fack facket fack facken": "union|unions",
    "polis polisen poliser poliserna": "police|police officers", "hus huset hus husen": "house|houses",
    "park parken parker parkerna": "park|parks", "klubb klubben klubbar klubbarna": "club|clubs",
    "bibliotek biblioteket bibliotek biblioteken": "library|libraries",
    "butik butiken butiker butikerna": "shop|shops", "färja färjan färjor färjorna": "ferry|ferries",
    "fartyg fartyget fartyg fartygen": "ship|ships", "ekonomi ekonomin - -": "economy|economy",
    "handel handeln - -": "trade|trade", "utsläpp utsläppet utsläpp utsläppen": "emission|emissions",
    "teknik tekniken tekniker teknikerna": "technology|technologies",
    "kund kunden kunder kunderna": "customer|customers",
    "ordförande ordföranden ordförande ordförandena": "chair|chairs",
    "minister ministern ministrar ministrarna": "minister|ministers",
    "departement departementet departement departementen": "ministry|ministries",
    "schema schemat scheman schemana": "schedule|schedules", "- schemet - -": "scheme|schemes",
    "program programmet program programmen": "programme|programmes",
    "plan planen planer planerna": "plan|plans", "idé idén idéer idéerna": "idea|ideas",
    "problem problemet problem problemen": "problem|problems",
    "anledning anledningen anledningar anledningarna": "reason|reasons", "snack snacket - -": "talk|talk",
    "mail mailet mail mailen": "email|emails", "mejl mejlet mejl mejlen": "email|emails",
    "adress adressen adresser adresserna": "address|addresses",
    "nummer numret nummer numren": "number|numbers", "namn namnet namn namnen": "name|names",
    "straff straffen straffar straffarna": "penalty|penalties",
    "fullmäktige fullmäktige - -": "council|councils",
    "kommunfullmäktige kommunfullmäktige - -": "city council|city councils",
    "timme timmen timmar timmarna": "hour|hours", "procent procenten - -": "percent|percent",
    "vinst vinsten vinster vinsterna": "profit|profits",
    "kostnad kostnaden kostnader kostnaderna": "cost|costs", "stöd stödet - -": "support|support",
    "bidrag bidraget bidrag bidragen": "grant|grants", "vård vården - -": "care|care",
    "sjukvård sjukvården - -": "healthcare|healthcare", "bostad bostaden bostäder bostäderna": "home|homes",
    "lägenhet lägenheten lägenheter lägenheterna": "flat|flats",
    "restaurang restaurangen restauranger restaurangerna": "restaurant|restaurants",
    "fabrik fabriken fabriker fabrikerna": "factory|factories",
    "anläggning anläggningen anläggningar anläggningarna": "plant|plants",
    "fordon fordonet fordon fordonen": "vehicle|vehicles", "flyg flyget flyg flygen": "flight|flights",
    "flygplats flygplatsen flygplatser flygplatserna": "airport|airports",
    "val valet val valen": "election|elections", "parti partiet partier partierna": "party|parties",
    "medlem medlemmen medlemmar medlemmarna": "member|members",
    "sjuksköterska sjuksköterskan sjuksköterskor sjuksköterskorna": "nurse|nurses",
    "säsong säsongen säsonger säsongerna": "season|seasons", "publik publiken - -": "crowd|crowds",
    "tabell tabellen tabeller tabellerna": "table|tables",
}  # fmt: skip
# Words only read as the first parts of a compound ("elbilsförsäljningen": the electric car sales)
_SWEDISH_STEMS = {
    "el": "electric", "central": "central", "huvud": "main", "original": "original", "finans": "finance",
    "litium": "lithium", "patent": "patent", "telefon": "phone", "fotboll": "football", "stads": "city",
    "sol": "solar", "vind": "wind", "miljö": "environment", "ränte": "interest rate", "skatte": "tax",
    "bostads": "housing", "hyres": "rent", "vatten": "water", "data": "data", "digital": "digital",
    "special": "special", "handels": "trade", "rese": "travel", "säkerhets": "safety", "nyhets": "news",
    "kärnkraft": "nuclear power", "sjuk": "sick", "barn": "children's", "ungdoms": "youth", "fem": "five",
}  # fmt: skip
_SWEDISH_ADJECTIVES = {
    "ny": "new", "nytt": "new", "nya": "new", "gammal": "old", "gammalt": "old", "gamla": "old",
    "stor": "big", "stort": "big", "stora": "big", "större": "bigger", "störst": "biggest",
    "största": "biggest", "liten": "small", "litet": "small", "lilla": "small", "små": "small",
    "viktig": "important", "viktigt": "important", "viktiga": "important", "viktigare": "more important",
    "viktigast": "most important", "viktigaste": "most important", "bättre": "better", "bäst": "best",
    "bästa": "best", "dålig": "bad", "dåligt": "bad", "dåliga": "bad", "dyr": "expensive",
    "dyrt": "expensive", "dyra": "expensive", "billig": "cheap", "billigt": "cheap", "billiga": "cheap",
    "första": "first", "sista": "last", "senaste": "latest", "nästa": "next", "förra": "last",
    "samma": "same", "hela": "whole", "egen": "own", "eget": "own", "egna": "own", "kinesisk": "Chinese",
    "kinesiskt": "Chinese", "kinesiska": "Chinese", "svensk": "Swedish", "svenskt": "Swedish",
    "svenska": "Swedish", "amerikanska": "American", "europeiska": "European", "digitalt": "digital",
    "digitala": "digital", "lokal": "local", "lokalt": "local", "lokala": "local", "offentliga": "public",
    "ekonomiska": "economic", "elektriska": "electric", "autonoma": "autonomous", "liknande": "similar",
    "särskilda": "special", "öppen": "open", "öppet": "open", "gratis": "free", "hög": "high", "högt": "high",
    "höga": "high", "högre": "higher", "lägre": "lower", "låga": "low", "lågt": "low", "stängd": "closed",
    "klar": "ready", "klart": "ready", "klara": "ready", "nationella": "national", "statliga": "state",
    "långsiktiga": "long-term", "ägda": "owned", "ägd": "owned", "ägt": "owned", "totala": "total",
    "sann": "true", "sant": "true", "sanna": "true", "skadad": "injured", "skadade": "injured",
    "skadat": "injured", "försenad": "delayed", "försenat": "delayed", "försenade": "delayed",
}  # fmt: skip
_SWEDISH_NUMBERS = {
    "två": "two", "tre": "three", "fyra": "four", "fem": "five", "sex": "six", "sju": "seven",
    "åtta": "eight", "nio": "nine", "tio": "ten", "elva": "eleven", "tolv": "twelve", "tjugo": "twenty",
    "hundra": "hundred", "tusen": "thousand", "miljon": "million", "miljoner": "million",
    "miljard": "billion", "miljarder": "billion", "biljon": "trillion", "biljoner": "trillion",
}  # fmt: skip
# Subjects as pronouns, with whether English asks them in the plural ("do they", "does it")
_SWEDISH_PRONOUNS = {
    "de": ("they", True), "dom": ("they", True), "han": ("he", False), "hon": ("she", False),
    "hen": ("they", True), "den": ("it", False), "det": ("it", False), "vi": ("we", True), "jag": ("I", True),
    "du": ("you", True), "ni": ("you", True), "man": ("you", True), "någon": ("anyone", False),
    "nån": ("anyone", False), "folk": ("people", True), "alla": ("everyone", False),
}  # fmt: skip
_SWEDISH_WORDS = {
    "och": "and", "eller": "or", "men": "but", "så": "so", "att": "that", "som": "that", "om": "about",
    "för": "for", "till": "to", "från": "from", "ifrån": "from", "med": "with", "utan": "without", "av": "of",
    "på": "at", "i": "in", "vid": "at", "hos": "at", "under": "during", "efter": "after", "före": "before",
    "innan": "before", "mellan": "between", "mot": "against", "över": "over", "genom": "through",
    "sedan": "since", "sen": "then", "nu": "now", "då": "then", "igen": "again", "redan": "already",
    "fortfarande": "still", "också": "also", "även": "also", "bara": "only", "inte": "not", "aldrig": "never",
    "alltid": "always", "ofta": "often", "mycket": "much", "mer": "more", "mest": "most", "många": "many",
    "fler": "more", "flera": "several", "alla": "all", "allt": "everything", "några": "any", "någon": "any",
    "nån": "any", "något": "anything", "nåt": "anything", "nånting": "anything", "ingen": "no", "inget": "no",
    "inga": "no", "vilken": "which", "vilket": "which", "vilka": "which", "här": "here", "där": "there",
    "hur": "how", "vad": "what", "vem": "who", "när": "when", "varför": "why", "varifrån": "where from",
    "vart": "where", "kort": "briefly", "exakt": "exactly", "ungefär": "roughly", "totalt": "in total",
    "senast": "last", "idag": "today", "tack": "thanks", "okej": "okay", "ja": "yes", "nej": "no",
    "nästan": "almost", "helt": "completely", "väldigt": "very", "jättemycket": "a lot",
    "egentligen": "actually", "faktiskt": "actually", "verkligen": "really", "typ": "like",
    "enligt": "according to", "angående": "regarding", "kring": "around", "runt": "around", "ens": "even",
    "annan": "other", "annat": "other", "andra": "other", "jag": "I", "mig": "me", "mej": "me", "du": "you",
    "dig": "you", "dej": "you", "han": "he", "honom": "him", "hon": "she", "henne": "her", "den": "it",
    "det": "it", "vi": "we", "oss": "us", "ni": "you", "de": "they", "dom": "they", "dem": "them",
    "man": "you", "sig": "", "min": "my", "mitt": "my", "mina": "my", "din": "your", "ditt": "your",
    "dina": "your", "hans": "his", "hennes": "her", "dess": "its", "vår": "our", "vårt": "our", "våra": "our",
    "deras": "their", "sin": "their", "sitt": "their", "sina": "their", "denna": "this", "detta": "this",
    "dessa": "these", "en": "a", "ett": "a", "varje": "each", "per": "per", "är": "is", "var": "was",
    "vara": "be", "varit": "been", "har": "has", "hade": "had", "ha": "have", "haft": "had", "ska": "will",
    "skall": "will", "skulle": "would", "kan": "can", "kunde": "could", "måste": "must", "borde": "should",
    "bör": "should", "bra": "good", "dollar": "dollars", "euro": "euros", "kr": "kronor",
    "procent": "percent", "VD": "CEO", "vd": "CEO", "BNP": "GDP", "snart": "soon", "hittills": "so far",
    "måndag": "Monday", "tisdag": "Tuesday", "onsdag": "Wednesday", "torsdag": "Thursday", "fredag": "Friday",
    "lördag": "Saturday", "söndag": "Sunday", "januari": "January", "februari": "February", "mars": "March",
    "april": "April", "maj": "May", "juni": "June", "juli": "July", "augusti": "August",
    "september": "September", "oktober": "October", "november": "November", "december": "December",
}  # fmt: skip
# Words of Swedish no English sentence (nor one of the languages beside it) has, with or without its letters
_SWEDISH_MARKS = word_set(
    "vad vem varför varfor vilka vilken vilket när varifrån inte också ocksa även nåt nån något "
    "nagot någon nagon några nagra nånting mycket många alltså alltsa asså enligt är för säger sänkte sankte "
    "sänker föreslog foreslog föreslår tyckte tycker kallar kollar snackade snackar pratade pratar klagade "
    "nämnde namnde reagerade publicerades publicerade publicerat påverkar paverkar godkänner ökat okat satsa "
    "mailar skrivit handlade handlar ifrån ifran från väl sökte sokte söker möts hette ungefär ungefar "
    "senast igår frågor fragor frågan pengar pengarna siffran artikeln mötet motet bolag "
    "bolagen bolaget kronor förra forra ämnet viktigaste liknande stängde stänger öppnar oppnar öppnade "
    "byggdes byggde kostar kostade sjukhuset skolan hamnen bageriet matchen tränaren kommunen borgmästaren "
    "biljetterna biljetter också där här varit måste kinesiska ansökningar ansokningar vilket varför"
)
# Words Swedish shares with Norwegian, Danish, Dutch, German, French, Portuguese, Tagalog or Hindi: a mark
# only beside one of its own
_WEAK_SWEDISH_MARKS = word_set(
    "det de sa sade ville vill typ liksom på eller bara ju om var har kan ska då tog laget chefen delegater "
    "vi han hon dom sager betyder kommer står heter blir blev nu kort exakt ens mer jaha okej va nar en att "
    "som av idag imorgon ett jag och hur"
)
# Letters and words of those languages, which a Swedish sentence has not
_NOT_SWEDISH = re.compile(
    # (the words in any case, "Hvad", "Hvem": not the letters, as "ı" is "I" without case)
    r"[øæüßñçãõáíóúőűğışœàèêëìòùÆØÜÑÇ]|(?i:(?<![\w'’-])(?:hva|hvad|hvem|hvor|hvorfor|hvordan|hvornår|hvilke|ikke|ikkje|"
    r"og|også|meget|mye|noe|noget|noen|nogen|jeg|kva|kven|kvifor|korleis|hun|dere|sånn|sådan|skal|"
    r"und|ist|nicht|ich|auch|doch|warum|wann|wer|wie|sind|haben|wird|werden|eine|einen|einem|einer|das|der|"
    r"nach|von|zu|sie|het|niet|wat|waar|waarom|hoe|ook|zijn|hij|zij|ik|jij|geen|heeft|hebben|deze|naar|"
    r"voor|een|quem|você|voce|não|nao|que|são|para|uma|ele|ela|eles|elas|onde|quando|hoje|isso|isto|muito|tem|"
    r"vai|vou|tudo|aqui|agora|porque|como|donde|cuando|hoy|muy|tiene|esto|eso|los|las|il|che|di|della|sono|non|"
    r"le|la|les|est|ce|si|este|sunt|pe|cu|sau|cat|cum|"
    r"qui|quoi|avec|pour|une|des|c['’]est|és|hogy|nem|egy|ang|ng|mga|po|ba|ano|"
    # (Nynorsk, Icelandic: "kor mykje", "berre ein", "eru dagar")
    r"kor|mykje|berre|ein|eit|eg|dei|eru|hvað|hvar)(?![\w'’-]))"
)
# "vem" (who) opening a clause, as Swedish asks it (not Portuguese "ele vem de carro", he comes by car)
_SWEDISH_WHO = re.compile(r"(?:^|[,.?!:;–]\s*|\b(?:och|men|eller|så)\s+)vem\b")
# A Swedish word opening a sentence, capitalised on a phone ("Vad ville GAC?", "Hur mycket?"): read in
# lowercase (not the names "Vad Gruber", "Och Aye")
_SWEDISH_OPENER = re.compile(
    r"(?:^|(?<=[.?!]\s))(?:Vad|Vem|Varför|Varfor|Hur|När|Nar|Vilka|Vilken|Vilket|Var|Och|Okej|Jaha|Kan|Har|Är|"
    r"Ar|Sa|Så|Finns|Tog|Ska|Vill|Ville|Blir|Blev|Men|Eller|Alltså|Asså|Typ|Nämnde|Hette|Vet|Mitt|Min|Mina|Jag|"
    r"Vi|Det|Den|De|Han|Hon)\b"
    r"(?=\s+(?-i:[a-zåäö])|\s*\?)"
)
# Turns of Swedish alone: "och Gotion?" (and Gotion: no comma after "och", as the Scots one has), "i
# dollar?" (in dollars)
_SWEDISH_TURNS = re.compile(
    r"^och\s+(?-i:[A-Z0-9])[\w&.'’-]*(?:\s+(?-i:[A-Z0-9])[\w&.'’-]*){0,2}\s*\?\s*$|"
    r"^i\s+(?i:dollar|kronor|euro|usd|eur|sek|rmb|yuan|pund)\s*\?\s*$|"
    # "och X då?" (and X?), "..., eller hur?" (right?), "kan jag", "jag har" (not "my jag", Hindi "jag")
    r"^och\s+[^,?]+\s+då\s*\?\s*$|,\s*eller\s+hur\s*\?\s*$|"
    r"\b(?:kan|ska|har|vill|får|far|måste|maste)\s+jag\b|\bjag\s+(?:har|är|ar|vill|ska|kan|tycker|vet)\b"
)
# (the question's topic said first, asked of with "det": "NPC, vad är det?", "RRR, vad står det för?")
_SV_TOPIC = (
    r"^(?!(?:och|men|eller|så|vad|vem|hur)\b)"
    r"(?P<x>(?:(?!\b(?:vad|vem|hur|när|nar|varför|vilka|vilken)\b)[^,?.!:])+?)[\s,:–-]+"
)
_SWEDISH_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"(?<=[A-Za-z0-9]):s\b", "'s"),  # "CATL:s VD": CATL's
        # fillers opening a sentence ("okej tack.", "jaha.", "okej kort:") and inside it
        (
            r"(?:^|(?<=[.?!]\s))(?:(?:okej|ok|jaha|aha|asså|alltså|ja|nej|tack|hej|kort)\b[\s,.!:]*)+(?=\w)",
            "",
        ),
        (r"\s*\b(?:alltså|alltsa|asså|liksom|ju|väl)\b", ""),
        # tags closing a question: "eller hur?" (right?), "eller?", "va?"; a closing "då", "typ", "nu igen"
        (r"[\s,]*\beller\s+hur(?=\s*\?)", ", right"),
        (r"[\s,]+eller(?=\s*\?)|(?<=\w)\s+va(?=\s*\?)", ""),
        (r"[\s,]+(?:typ|då|nu\s+igen|ens)(?=\s*[?.!]|\s*$)|\s*,\s*kort(?=\s*[?.!]|\s*$)|\s+då(?=\s*,)", ""),
        # "vilka två organ är det som möts": which two bodies meet
        (r"\s+(?:är|ar|var)\s+det\s+som\b", ""),
        (_SV_TOPIC + r"vad\s+(?:är|ar)\s+det\b", r"what is \g<x>"),
        (_SV_TOPIC + r"vad\s+betyder\s+det\b", r"what does \g<x> mean"),
        (_SV_TOPIC + r"vad\s+står\s+det\s+för\b", r"what does \g<x> stand for"),
        (r"\bvad\s+(?:är|ar|var)\s+det\s+för\s+(?:en\s+|ett\s+)?", "what is the "),
        (
            r"\b(?:var|vart)\s+kommer\s+(?P<x>[^,?.!]+?)\s+(?:ifrån|ifran|från|fran)\b",
            r"where does \g<x> come from",
        ),
        (r"\bi\s+(?:år|ar)\b", "this year"),
        (r"\b(?:förra|forra)\s+(?:året|aret|år|ar)\b|\bi\s+fjol\b", "last year"),
        (r"\bnästa\s+år\b", "next year"),
        (r"\bi\s+dag\b", "today"),
        (r"\bi\s*går\b|\bigar\b", "yesterday"),
        (r"\bi\s+morgon\b", "tomorrow"),
        (r"\bi\s+helgen\b", "this weekend"),
        (r"\bi\s*kväll\b", "tonight"),
        (r"\bjust\s+nu\b", "right now"),
        (r"\bi\s+dollar\b", "in dollars"),
        (r"\b(?:nåt|nat|något|nagot|nånting)\s+(?:mer|mera|annat)\b", "anything else"),
        (r"\b(?:vem|vilka|vilken)\s+av\s+(?:dem|dom|de)\b", "which of them"),
        (r"\bstifta\s+lag(?:ar)?\b", "make laws"),
        (r"\bvad\s+blev\s+det\b", "what was the result"),
        (r"\bvar\s+med\s+(?:på|pa|i)\b", "took part in"),
        (r"\b(?:är|ar)\s+med\s+(?:på|pa|i)\b", "take part in"),
    )
)


def _sv_verb_table() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str, str]]]:
    """Each written form of a Swedish verb with its verb (its infinitive) and what form it is ("inf", "pres",
    "past", "sup", "pass" for the past passive, "pass_pres", "part" for the participle), and each verb's
    English base, past and participle."""
    forms: dict[str, tuple[str, str]] = {}
    english: dict[str, tuple[str, str, str]] = {}
    for swedish, words in _SWEDISH_VERBS.items():
        inf, pres, past, sup = (written.split("|") if written != "-" else [] for written in swedish.split())
        verb = (inf or pres)[0]
        base, did, done = words.split("|")
        english[verb] = (base, did, done)
        written_as = [("inf", inf), ("pres", pres), ("past", past), ("sup", sup)]
        written_as += [("pass", [form + "s" for form in past]), ("pass_pres", [form + "s" for form in inf])]
        written_as += [("pass_pres", [form[:-2] + "s" for form in pres if form.endswith("er")])]
        written_as += [("part", [form[:-1] + "d" for form in sup if form.endswith("t") and form[-2] != "t"])]
        for kind, written in written_as:
            for form in written:
                forms.setdefault(form, (verb, kind))
    return forms, english


def _sv_noun_table() -> dict[str, tuple[str, bool, str]]:
    """Each written form of a Swedish noun with its English (singular and plural, "|" between), whether it is
    definite, and its number ("sg", "pl", or "either" where the two are written alike)."""
    nouns: dict[str, tuple[str, bool, str]] = {}
    for swedish, english in _SWEDISH_NOUNS.items():
        sg, the_sg, pl, the_pl = swedish.split()
        for form, definite, number in (
            (sg, False, "sg"),
            (the_sg, True, "sg"),
            (pl, False, "pl"),
            (the_pl, True, "pl"),
        ):
            if form != "-":
                alike = (form == pl and number == "sg") or (form == the_pl and definite and number == "sg")
                nouns.setdefault(form, (english, definite, "either" if alike else number))
    return nouns


_SV_VERB_FORMS, _SV_VERB_ENGLISH = _sv_verb_table()
_SV_NOUNS = _sv_noun_table()
_SV_PARTICLE_VERBS = {
    tuple(verb.split()): tuple(english.split("|")) for verb, english in _SWEDISH_PARTICLE_VERBS.items()
}
# Every word the reader knows, and the words typed without å, ä and ö it knows them by (not those that are
# English or another Swedish word: "an" (än), "far" (får), "bade" (både), "val" (väl))
_SV_KNOWN = (
    set(_SWEDISH_WORDS)
    | set(_SV_VERB_FORMS)
    | set(_SV_NOUNS)
    | set(_SWEDISH_ADJECTIVES)
    | set(_SWEDISH_NUMBERS)
)
_SV_NOT_UNACCENTED = word_set("an far bade val as hog mal lag sma ga fa fors son sa")
_SV_UNACCENTED_WORDS = {
    word.translate(_SWEDISH_UNACCENTED): word
    for word in sorted(_SV_KNOWN, key=lambda w: (w == "är", w))  # ("ar": är, the last to be put, over år)
    if word.translate(_SWEDISH_UNACCENTED) != word
    and word.translate(_SWEDISH_UNACCENTED) not in _SV_KNOWN | _SV_NOT_UNACCENTED
}
# The words of its glossary no other language writes, marks as its own words are: those with "ä" or "ö", or
# with "å", a plural in "-ar" or "-or" and its definite "-na" ("bilar", "reglerna"), a past in "-ade", a
# present in "-ar" ("klagade", "kallar") and an adjective in "-a" ("nya", "största"); but not those Norwegian
# and Danish write too ("på", "får", "år"), nor Turkish "gör", Spanish "matar", Italian "autonoma"
_SV_SHARED_WRITTEN = word_set(
    "på få får fått gå går gått stå står stått år året åren så då mål målet målen både nå gör tar vår vårt "
    "lån lånet matar talar sista autonoma totala digitala lokala"
)
_SV_OWN_FORMS = (
    frozenset(
        form
        for form in _SV_KNOWN
        if re.search(r"[äö]", form)
        or ("å" in form and form not in _SV_SHARED_WRITTEN)
        or (form in _SV_NOUNS and _SV_NOUNS[form][2] == "pl" and form.endswith(("ar", "or", "na")))
        or (_SV_VERB_FORMS.get(form, ("", ""))[1] == "past" and form.endswith("ade"))
        or (_SV_VERB_FORMS.get(form, ("", ""))[1] == "pres" and form.endswith("ar"))
        or (form in _SWEDISH_ADJECTIVES and form.endswith("a"))  # ("den nya": Norwegian "den nye")
    )
    - _SV_SHARED_WRITTEN
    - _WEAK_SWEDISH_MARKS
)
_SV_OWN_MARKS = _SWEDISH_MARKS | _SV_OWN_FORMS
_SV_AUXILIARIES = {
    "ska": "will", "skall": "will", "skulle": "would", "kan": "can", "kunde": "could", "måste": "must",
    "borde": "should", "bör": "should",
}  # fmt: skip
_SV_QUESTION_WORDS = {
    "vad": "what", "va": "what", "vem": "who", "vilka": "which", "vilken": "which", "vilket": "which",
    "när": "when", "varför": "why", "hur": "how", "var": "where", "vart": "where", "varifrån": "where from",
}  # fmt: skip
_SV_HOW = {
    "mycket": "how much", "många": "how many", "länge": "how long", "ofta": "how often", "stor": "how big",
    "stort": "how big", "stora": "how big", "dags": "what time", "gammal": "how old",
}  # fmt: skip
_SV_SINGULAR_DETERMINERS = word_set(
    "en ett någon nån något nåt varje vilken vilket ingen inget denna detta min mitt din ditt sin sitt hans "
    "hennes dess vår vårt deras"
)
_SV_DETERMINERS = _SV_SINGULAR_DETERMINERS | word_set(
    "den det de dom dessa mina dina sina våra alla några inga"
)
_SV_ADVERBS_AFTER_SUBJECT = word_set(
    "inte aldrig också även redan verkligen faktiskt egentligen ens alltid fortfarande bara"
)
_SV_PREPOSITIONS = word_set(
    "till för om på i vid hos mot under efter före innan mellan över genom från ifrån med av utan enligt "
    "kring"
)
_SV_CLAUSE_END = frozenset(",?.!:;–—()…")
_SV_TOKEN = re.compile(r"[^\W_](?:[\w&'’./%-]*[^\W_])?%?|\S")
_SV_FINITE = frozenset({"pres", "past", "pass", "pass_pres"})


def _sv_key(word: str) -> str:
    """A word as the reader knows it: in lowercase (but an abbreviation as typed: "VD"), with its å, ä, ö
    when it was typed without them ("nar": när)."""
    if word in _SWEDISH_WORDS:
        return word
    lower = word.lower()
    return lower if lower in _SV_KNOWN else _SV_UNACCENTED_WORDS.get(lower, lower)


def _sv_stem(part: str, split: bool = True) -> str | None:
    """The English of a compound's first part ("batteri", "elbils", "skol" of "skola", "energilagrings")."""
    for stem in (part, part[:-1] if part.endswith("s") else ""):
        if len(stem) < 2:
            continue
        if stem in _SWEDISH_STEMS:
            return _SWEDISH_STEMS[stem]
        for noun in (stem, stem + "a"):
            if len(noun) >= 3 and noun in _SV_NOUNS and not _SV_NOUNS[noun][1]:
                return _SV_NOUNS[noun][0].split("|")[0]
        for cut in range(2, len(stem) - 2) if split else ():
            first = _sv_stem(stem[:cut], split=False)
            second = _sv_stem(stem[cut:]) if first else None
            if first and second:
                return f"{first} {second}"
    return None


def _sv_noun(word: str) -> tuple[str, bool, str] | None:
    """A noun's English (singular|plural), whether it is definite and its number, a compound's read by its
    parts ("batteribolagen": "battery company|battery companies", definite, plural; "bond-pengarna")."""
    if word in _SV_NOUNS:
        return _SV_NOUNS[word]
    head, hyphen, tail = word.rpartition("-")
    if hyphen and head and tail.lower() in _SV_NOUNS:
        english, definite, number = _SV_NOUNS[tail.lower()]
        first = _sv_stem(head.lower()) or head
        return "|".join(f"{first} {part}" for part in english.split("|")), definite, number
    for cut in range(2, len(word) - 2):
        if word[cut:] in _SV_NOUNS:
            first = _sv_stem(word[:cut])
            if first:
                english, definite, number = _SV_NOUNS[word[cut:]]
                return "|".join(f"{first} {part}" for part in english.split("|")), definite, number
    return None


def _sv_plural_before(english: Sequence[str]) -> bool:
    """Whether the English said last before a verb is a plural subject ("they", "the tickets")."""
    said = " ".join(english).split()
    last = said[-1] if said else ""
    if last in ("I", "you", "we", "they", "people", "children", "police"):
        return True
    return last.endswith("s") and not last.endswith(
        ("ss", "'s", "’s", "us", "is", "as", "its", "his", "this")
    )


def _sv_verb(key: str) -> tuple[str, str] | None:
    """A verb form's verb and form ("sänkte": ("sänka", "past")), or None for a word that is no verb."""
    return None if key in _SWEDISH_WORDS else _SV_VERB_FORMS.get(key)


def _sv_is_finite(key: str) -> bool:
    """Whether a word is a verb a subject may follow in a question ("sänkte", "är", "har", "ska")."""
    verb = _sv_verb(key)
    return (
        key in ("är", "var", "har", "hade") or key in _SV_AUXILIARIES or bool(verb and verb[1] in _SV_FINITE)
    )


def _sv_noun_phrase_end(keys: Sequence[str], start: int) -> int | None:
    """Where a noun phrase of adjectives, numbers and a noun opening at ``start`` ends, or None."""
    at = start
    while at < len(keys) and (keys[at] in _SWEDISH_ADJECTIVES or keys[at] in _SWEDISH_NUMBERS):
        at += 1
    if at < len(keys) and not _sv_verb(keys[at]) and _sv_noun(keys[at]):
        return at + 1
    return None


def _sv_subject(words: Sequence[str], keys: Sequence[str], at: int) -> tuple[int, bool] | None:
    """The subject a question puts after its verb, opening at ``at``: where it ends and whether English asks
    it in the plural ("de", "CATL's VD", "den här artikeln", "batteribolagen"), or None."""
    if at >= len(keys):
        return None
    key, word = keys[at], words[at]
    if key in ("den", "det", "de", "dom") and at + 1 < len(keys) and keys[at + 1] in ("här", "där"):
        return _sv_noun_phrase_end(keys, at + 2) or at + 2, key in ("de", "dom")
    described = at + 1 < len(keys) and (
        keys[at + 1] in _SWEDISH_ADJECTIVES or keys[at + 1] in _SWEDISH_NUMBERS
    )
    if (key in _SV_DETERMINERS and key not in _SWEDISH_PRONOUNS) or (
        key in ("den", "det", "de") and described
    ):
        end = _sv_noun_phrase_end(keys, at + 1)
        if end:
            noun = _sv_noun(keys[end - 1])
            return end, key in ("de", "dessa") or bool(noun and noun[2] == "pl")
    if key in _SWEDISH_PRONOUNS:  # ("någon från Northvolt": anyone from it)
        named = at + 2 < len(keys) and keys[at + 1] in ("från", "ifrån") and words[at + 2][:1].isupper()
        return at + (3 if named else 1), _SWEDISH_PRONOUNS[key][1]
    if word[:1].isupper() or word[:1].isdigit():
        end, joined = at + 1, False
        while end < len(words):
            if words[end][:1].isupper() or words[end][:1].isdigit():
                end += 1
            elif keys[end] in ("och", "&") and end + 1 < len(words) and words[end + 1][:1].isupper():
                end, joined = end + 2, True
            elif words[end - 1].endswith(("'s", "’s")) and _sv_noun(keys[end]):
                end += 1
            else:
                break
        return end, joined
    end = _sv_noun_phrase_end(keys, at)
    if end:
        noun = _sv_noun(keys[end - 1])
        return end, bool(noun and (noun[2] == "pl" or (noun[2] == "either" and not noun[1])))
    return None


def _sv_noun_english(words: Sequence[str], keys: Sequence[str], at: int) -> tuple[str, bool]:
    """A noun's English in its number (a noun written alike in both read in the plural, but after "en", "ett"
    or another singular determiner, or definite), and whether it is definite."""
    typed = _sv_noun(words[at]) if "-" in words[at] else None  # ("EV-ekosystemet": its name as typed)
    english, definite, number = typed or _sv_noun(keys[at]) or (keys[at], False, "sg")
    singular, plural = (english.split("|") + [english])[:2]
    before = at - 1
    while before >= 0 and keys[before] in _SWEDISH_ADJECTIVES:
        before -= 1
    counted = before >= 0 and keys[before] in _SWEDISH_NUMBERS
    if number == "either":
        one = definite or (before >= 0 and keys[before] in _SV_SINGULAR_DETERMINERS)
        number = "pl" if counted or not one else "sg"
    return (plural if number == "pl" or counted else singular), definite


def _sv_clause(words: Sequence[str], asks: bool) -> list[str]:
    """A clause's words in English, one for each word (empty for a word read with another): its question
    word first as typed, the verb it puts before its subject put after it ("när sänkte de RRR" -> "when did
    they cut RRR"; a verb opening it only in a sentence that ``asks``: "påverkar våra leveranser" says it
    affects them), a definite noun's "the" before its adjectives."""
    n = len(words)
    keys = [_sv_key(word) for word in words]
    out: list[str | None] = [None] * n
    after = [""] * n  # (English put after a word's: the verb after its subject)
    kinds = [""] * n
    at = 0
    while at < n and keys[at] in ("och", "men", "eller", "så"):
        out[at] = _SWEDISH_WORDS[keys[at]]
        at += 1
    start = asked = at
    if at + 1 < n and keys[at] == "hur" and keys[at + 1] in _SV_HOW:
        out[at], out[at + 1], asked = _SV_HOW[keys[at + 1]], "", at + 2
    elif (
        at < n
        and keys[at] in _SV_QUESTION_WORDS
        and (
            keys[at] not in ("var", "va")
            or (at + 1 < n and _sv_is_finite(keys[at + 1]) and keys[at + 1] != "det")
        )
    ):
        out[at], asked = _SV_QUESTION_WORDS[keys[at]], at + 1
    # the noun a question word asks of ("vilka två organ", "hur många delegater", "hur många baspunkter")
    counted = False
    if asked > start and keys[asked - 1] in ("vilka", "vilken", "vilket", "många", "mycket"):
        end = _sv_noun_phrase_end(keys, asked)
        unknown = asked + 1 < n and keys[asked] not in _SV_KNOWN and words[asked].islower()
        if not end and unknown and _sv_is_finite(keys[asked + 1]):
            end = asked + 1
        counted, asked = bool(end), end or asked
    for wh in range(start, asked):
        kinds[wh] = "wh"
    many = asked > start and (keys[start] == "vilka" or (asked > start + 1 and keys[start + 1] == "många"))
    # (who asks may be who did it: "vem sa det", "hur många sökte EV trade-in"; a subject follows only as a
    # pronoun, or a noun after "hur mycket")
    asks_doer = asked > start and not counted and keys[start] in ("vem", "vilka", "vilken", "vilket", "hur")
    verb_at = asked
    subject = None
    if verb_at < n and _sv_is_finite(keys[verb_at]) and (asked > start or (verb_at == start and asks)):
        subject = _sv_subject(words, keys, verb_at + 1)
        pronoun = (
            verb_at + 1 < n
            and keys[verb_at + 1] in _SWEDISH_PRONOUNS
            and keys[verb_at + 1] not in ("det", "den")
        )
        named = keys[start] != "hur" or not (words[verb_at + 1] if verb_at + 1 < n else "").islower()
        if subject and asks_doer and not pronoun and named and keys[verb_at] not in ("är", "var"):
            subject = None
    if subject:
        end, plural = subject
        if keys[verb_at] == "var" and asked == start + 1 and keys[start] == "var":
            out[start] = "where"
        if (
            keys[verb_at] in ("är", "var")
            and keys[start] in ("vilka", "vilken", "vilket")
            and asked == start + 1
        ):
            out[start] = "what"
        slot = end - 1
        while slot + 1 < n and keys[slot + 1] in _SV_ADVERBS_AFTER_SUBJECT:
            slot += 1
        there = counted and keys[end - 1] == "det" and keys[verb_at] in ("är", "var")
        _sv_invert(keys, out, after, verb_at, end, slot, many if there else plural, there)
    elif verb_at < n and _sv_is_finite(keys[verb_at]) and asked > start:
        # (a question of its subject: "vem vann", "vilka snackade" (who talked), its verb as theirs)
        kinds[verb_at] = "many" if many else "one"
        if (
            asked == start + 1
            and keys[start] in ("vilka", "vilken", "vilket")
            and keys[verb_at] not in ("är", "var")
        ):
            out[start] = "who" if keys[start] == "vilka" else "which one"
    for at in range(n):
        if out[at] is None:
            said = [(english or "") + more for english, more in zip(out[:at], after[:at], strict=True)]
            out[at], kinds[at] = _sv_word(words, keys, out, kinds, at, said)
    return [((english or "") + after[at]).strip() for at, english in enumerate(out)]


def _sv_invert(
    keys: Sequence[str],
    out: list[str | None],
    after: list[str],
    verb_at: int,
    end: int,
    slot: int,
    plural: bool,
    there: bool,
) -> None:
    """A question's verb put as English asks it: its auxiliary before the subject (ending at ``end``), its
    verb after it (or after the adverbs that follow it, up to ``slot``), with its particle."""
    key, subject = keys[verb_at], keys[end - 1]
    particle = (
        slot + 1 < len(keys)
        and _sv_verb(key)
        and (_SV_VERB_FORMS[key][0], keys[slot + 1]) in _SV_PARTICLE_VERBS
    )
    if particle:
        slot += 1
        out[slot] = ""
    if key in ("är", "var"):
        out[verb_at] = {
            ("är", False): "is",
            ("är", True): "are",
            ("var", False): "was",
            ("var", True): "were",
        }[key, plural]
        if there:  # ("hur många ansökningar var det": how many were there)
            out[end - 1] = "there"
        return
    if key in ("har", "hade"):
        done = any(k in ("haft", "varit") or (_sv_verb(k) or ("", ""))[1] == "sup" for k in keys[end:])
        if done:
            out[verb_at] = "had" if key == "hade" else "have" if plural else "has"
            return
        out[verb_at] = "did" if key == "hade" else "do" if plural else "does"
        after[slot] += " have"
        return
    if key in _SV_AUXILIARIES:
        should = key in ("ska", "skall") and subject in ("man", "jag", "vi")
        out[verb_at] = "should" if should else _SV_AUXILIARIES[key]
        return
    verb, form = _SV_VERB_FORMS[key]
    if verb == "komma" and form == "pres" and keys[slot + 1 : slot + 2] == ["att"]:
        out[verb_at], out[slot + 1] = "will", ""  # ("vad kommer det att kosta": what will it cost)
        return
    base, _, done = _SV_PARTICLE_VERBS[verb, keys[slot]] if particle else _SV_VERB_ENGLISH[verb]
    past = form in ("past", "pass")
    if form in ("pass", "pass_pres"):
        out[verb_at] = ("were" if plural else "was") if past else ("are" if plural else "is")
        after[slot] += " " + done
        return
    if verb == "finnas" and subject == "det":
        out[verb_at], out[end - 1] = "was" if past else "is", "there"
        return
    if base == "be" or base.startswith("be "):
        out[verb_at] = ("were" if plural else "was") if past else ("are" if plural else "is")
        after[slot] += base[2:]
        return
    out[verb_at] = "did" if past else "do" if plural else "does"
    following = keys[slot + 1] if slot + 1 < len(keys) else ""
    if verb == "vilja" and following == "ha":
        out[slot + 1] = ""
    elif verb == "vilja" and (_sv_verb(following) or ("", ""))[1] == "inf":
        base = "want to"
    elif verb in ("börja", "sluta"):
        later = [at for at in range(slot + 1, len(keys)) if (_sv_verb(keys[at]) or ("", ""))[1] == "inf"]
        if later:  # ("när börjar de nya reglerna gälla": when do the new rules start to apply)
            after[later[0] - 1] += f" {base} to"
            return
    after[slot] += " " + base


def _sv_word(
    words: Sequence[str],
    keys: Sequence[str],
    out: list[str | None],
    kinds: list[str],
    at: int,
    said: list[str],
) -> tuple[str, str]:
    """A word's English in its place, and what it is ("det" for a determiner, "adj", "num", "noun", "verb",
    "unknown" for a word the reader does not know, typed in English or a name): a verb agreeing with its
    subject, a definite noun's "the" put before its adjectives or the English words typed before it ("trade
    in schemet": the trade in scheme), "den här" read as this, "om" before a clause as if."""
    key, word = keys[at], words[at]
    following = keys[at + 1] if at + 1 < len(keys) else ""
    head, hyphen, tail = word.rpartition("-")
    if hyphen and head and tail.lower() in _SWEDISH_ADJECTIVES:  # ("Geely-ägda": Geely-owned)
        return f"{head}-{_SWEDISH_ADJECTIVES[tail.lower()]}", "adj"
    if (word[:1].isupper() or word[:1].isdigit()) and not (hyphen and head and tail.lower() in _SV_NOUNS):
        return _SWEDISH_WORDS.get(word, word), "det" if word.endswith(("'s", "’s")) else "name"
    if key in ("den", "det", "de", "dom") and following in ("här", "där"):
        near = following == "här"
        return ("this" if near else "that") if key in ("den", "det") else (
            "these" if near else "those"
        ), "det"
    if key in ("här", "där") and at and keys[at - 1] in ("den", "det", "de", "dom"):
        return "", "det"
    described = following in _SWEDISH_ADJECTIVES or following in _SWEDISH_NUMBERS
    if key in ("den", "det", "de") and described and _sv_noun_phrase_end(keys, at + 1):
        return "the", "det"  # ("den nya skolan": the new school; not "det sant": it true, "det X": it X)
    if key == "sen" and at and keys[at - 1] in ("är", "var", "blir", "blev"):  # ("bussen är sen": late)
        return "late", "adj"
    if key in ("förra", "nästa"):  # ("förra säsongen": last season)
        return _SWEDISH_ADJECTIVES[key], "det"
    if key == "att":
        return "to" if (_sv_verb(following) or ("", ""))[1] == "inf" else "that", "word"
    if key == "om":
        subject = _sv_subject(words, keys, at + 1)
        if subject and subject[0] < len(keys) and _sv_is_finite(keys[subject[0]]):
            return "if", "word"
        return "about", "word"
    if key == "som" and at == 0:
        return "like", "word"
    if key == "typ":
        return "type" if following == "av" else "like", "word"
    if key in ("nåt", "något", "nånting", "nån", "någon", "några", "inget", "ingen", "inga"):
        if _sv_noun_phrase_end(keys, at + 1):
            return ("no" if key.startswith("ing") else "any"), "det"
        alone = {"nån": "anyone", "någon": "anyone", "inget": "nothing", "ingen": "no one", "inga": "none"}
        if key in ("nåt", "något", "nånting") and not any(map(_sv_is_finite, keys)):
            return "something", "word"  # (in no question: "nåt om transport", '"loose" nåt')
        return alone.get(key, _SWEDISH_WORDS[key]), "word"
    plural = kinds[at] == "many" or (kinds[at] != "one" and _sv_plural_before(said))
    if key in ("är", "var", "har"):
        return {"är": ("is", "are"), "var": ("was", "were"), "har": ("has", "have")}[key][plural], "verb"
    if key == "på":  # (at a meeting, a place, a name, at Two Sessions; on a day, on cars, on the bus)
        noun = _sv_noun(following)
        boarded = bool(noun and noun[0].split("|")[0] in ("bus", "train", "ferry", "ship", "flight"))
        return "on" if boarded or (following in _SV_KNOWN and not (noun and noun[1])) else "at", "prep"
    if key in _SWEDISH_WORDS:
        kind = "det" if key in _SV_DETERMINERS - _SWEDISH_PRONOUNS.keys() else "word"
        return _SWEDISH_WORDS[key], "prep" if key in _SV_PREPOSITIONS else kind
    if key in _SWEDISH_NUMBERS:
        return _SWEDISH_NUMBERS[key], "num"
    verb = _sv_verb(key)
    if verb:
        english = _sv_verb_in_place(keys, out, at, verb, plural)
        if out[at + 1 : at + 2] == [""] and following in _SV_PREPOSITIONS:
            kinds[at + 1] = "prep"  # (read with the verb: "går till trade in schemet")
        return english, "verb"
    if key in _SWEDISH_ADJECTIVES:
        return _SWEDISH_ADJECTIVES[key], "adj"
    if _sv_noun(key) or (hyphen and _sv_noun(word)):
        english, definite = _sv_noun_english(words, keys, at)
        if not definite:
            return english, "noun"
        first = at
        while first and kinds[first - 1] in ("adj", "num", "unknown") and out[first - 1]:
            first -= 1
        if first and kinds[first - 1] == "det":
            return english, "noun"
        while first < at and kinds[first] == "unknown" and not (first and kinds[first - 1] == "prep"):
            first += 1  # (English typed before it, but not after a preposition: "var kommer siffran")
        if first < at:
            out[first] = f"the {out[first]}"
            return english, "noun"
        return f"the {english}", "noun"
    return word, "unknown"


def _sv_verb_in_place(
    keys: Sequence[str], out: list[str | None], at: int, verb: tuple[str, str], plural: bool
) -> str:
    """A verb's English where it stands, read with its particle ("klagade på": complained about) and agreeing
    with its subject; "vill" before another verb read as want to, "vill ha" as want."""
    lemma, form = verb
    following = keys[at + 1] if at + 1 < len(keys) else ""
    if lemma == "komma" and form == "pres" and following == "att":
        out[at + 1] = ""
        return "will"  # ("det kommer att kosta": it will cost)
    if (lemma, following) in _SV_PARTICLE_VERBS:
        base, past, done = _SV_PARTICLE_VERBS[lemma, following]
        out[at + 1] = ""
    else:
        base, past, done = _SV_VERB_ENGLISH[lemma]
    if lemma == "vilja" and following == "ha":
        out[at + 1] = ""
    elif lemma == "vilja" and (_sv_verb(following) or ("", ""))[1] == "inf":
        base, past = "want to", "wanted to"
    if form == "inf":
        return base
    if form == "pres":
        if plural:
            return "are" + base[2:] if base.startswith("be") else base
        return _third_person(base)
    if form == "past":
        return past
    if form == "pass":
        return ("were " if plural else "was ") + done
    if form == "pass_pres":
        return ("are " if plural else "is ") + done
    return done


def _sv_read(text: str) -> str:
    """A message's clauses in English (``_sv_clause``), its punctuation as typed."""
    tokens = list(_SV_TOKEN.finditer(text))
    english = [token.group() for token in tokens]
    clause: list[int] = []
    for at, token in enumerate([*tokens, None]):
        if token is not None and token.group()[0].isalnum():
            clause.append(at)
        elif token is None or token.group() in _SV_CLAUSE_END:
            ending = re.match(r"[^.!?]*([.!?]|$)", text[token.start() if token else len(text) :])
            asks = bool(ending and ending.group(1) == "?")  # (a question: its sentence closes on "?")
            for index, word in zip(
                clause, _sv_clause([english[index] for index in clause], asks), strict=True
            ):
                english[index] = word
            clause = []
    spaced = [at > 0 and token.start() > tokens[at - 1].end() for at, token in enumerate(tokens)]
    return "".join((" " if space else "") + word for word, space in zip(english, spaced, strict=True) if word)


# (after the words are put in English)
_SWEDISH_ENGLISH_PHRASES = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"\bthe\s+the\b", "the"),
        (r"\b(?P<p>of|to|for|with|about|from|at|on|in|by|than|against|without)\s+they\b", r"\g<p> them"),
        (r"\b(?P<v>said|say|says)\s+it(?=\s*[?.!]|\s*$)", r"\g<v> that"),  # ("vem sa det?": who said that?)
        (
            r"\b(?P<v>published|written|made|built|held|done|proposed|approved|elected|owned|run|opened|closed)\s+of\b",
            r"\g<v> by",
        ),
        (r"\b(?P<a>[Aa])(?=\s+[aeioAEIO])", r"\g<a>n"),
    )
)


def _swedish_in_english(text: str) -> str:
    """ "vad ville Gotion?" -> "what did Gotion want?", "vem sa det?" -> "who said that?", "hur mycket ska de
    ge ut i år" -> "how much will they issue this year", "när sänkte de RRR senast" -> "when did they cut RRR
    last", "och CALB då?" -> "and CALB?", "i dollar?" -> "in dollars?": Swedish put in English word by word,
    the verb after its subject as English asks, in a message with its marks (else unchanged)."""
    if _ASKS_ABOUT_WORDS.search(text) or _NOT_SWEDISH.search(text):
        return text
    opened = _opener_lowered(_SWEDISH_OPENER, text)
    typed = {word.strip(".,!?;:'’\"“”()…") for word in opened.split() if word.islower()}
    marks, shared = typed & _SV_OWN_MARKS, typed & _WEAK_SWEDISH_MARKS
    if "vem" in marks and not _SWEDISH_WHO.search(opened):  # (Portuguese "ele vem": he comes)
        marks, shared = marks - {"vem"}, shared | {"vem"}
    if not (
        len(marks) >= 2
        or (marks and shared)
        or (marks and len(opened.split()) == 1)  # ("varför?")
        or _SWEDISH_TURNS.search(opened)
    ):
        return text
    english = _sv_read(with_phrases(opened, _SWEDISH_PHRASES))
    return _tidy_spacing(with_phrases(english, _SWEDISH_ENGLISH_PHRASES)).strip(" ,")


# The languages a message may be written in part in, each put in English in turn (Patois before Pidgin: they
# share "dem").
LANGUAGES_READ = (
    _tanglish_in_english,
    _hebrew_in_english,
    _welsh_in_english,
    _cantonese_in_english,
    _mandarin_in_english,  # (after Cantonese, which reads its own "ma", "ah" and "neh")
    _ukrainian_in_english,  # (before Polish, whose "kto" it shares)
    _shona_in_english,
    _amharic_in_english,
    _swedish_in_english,  # (before Romanian, Portuguese, Spanish, French: it shares "de", "vem", "ville")
    _polish_in_english,
    _romanian_in_english,  # (before Portuguese, Spanish and French, whose "ce", "de", "la", "si" it shares)
    _portuguese_in_english,  # (before Spanish, which takes "o que" for "or what")
    _vietnamese_in_english,
    _haitian_in_english,
    _punjabi_in_english,  # (before Nepali, Bengali and Hindi, whose "ki" is no "what")
    _sinhala_in_english,
    _nepali_in_english,  # (before Bengali and Hindi, whose "ke" is who and "ko" whom)
    _bengali_in_english,  # (before Hindi and Persian, whose "ki" is of and who)
    _persian_in_english,  # (before Hindi, whose "ki" is of)
    _turkish_in_english,
    _greek_in_english,
    _indonesian_in_english,  # (before Malay, which shares its question words)
    _malay_in_english,
    _taglish_in_english,
    _hawaiian_in_english,  # (before "d for th" English, whose words it shares)
    _th_stopped_in_english,  # (before Patois and Pidgin, which read "dey" and "dem" otherwise)
    _patois_in_english,
    _yoruba_in_english,  # (before Pidgin, which reads the Pidgin words Yoruba is typed with after it)
    _pidgin_in_english,
    _hinglish_in_english,
    _thai_in_english,  # (after Hindi, whose "ka" may close a clause too)
    _darija_in_english,  # (before Gulf Arabizi and French, which read what it leaves)
    _levantine_in_english,  # (before Gulf Arabizi, whose question words it reads with its own)
    _arabizi_in_english,
    _swahili_in_english,
    _spanish_in_english,
    _french_in_english,
)


_DROPPED_G_UNMARKED = re.compile(r"\b([a-z]{2,}[b-df-hj-np-tv-z])in\b")


def scots_in_english(text: str) -> str:
    """A message in Scots put in plain English ("whit did they say aboot it" -> "what did they say about
    it", "kind o industries", "in they bonds", "the noo", a closing "like"), when it has two Scots words."""
    said = {match.group().lower() for match in _SCOTS_WORD.finditer(text)} - _WEAK_SCOTS
    dropped = bool(said) and any(
        m.group().lower() not in _NOT_DROPPED_G for m in _DROPPED_G_UNMARKED.finditer(text)
    )
    # ("whit" for "what" is Scots enough alone, as is another word with its g dropped: "feedin info intae",
    # and "dae" closing a question: "what does the npc actually dae")
    closing_dae = bool(re.search(r"\b(?:do|does|did|will|can)\b[^?]*\bdae\b(?=\s*(?:[,?.!]|$))", text, re.I))
    if len(said) + ("whit" in said) + ("yins" in said) + dropped + closing_dae < 2:
        return text
    text = _SCOTS_WORD.sub(lambda m: _SCOTS[m.group().lower()], text)
    text = _DROPPED_G_UNMARKED.sub(
        lambda m: m.group() if m.group().lower() in _NOT_DROPPED_G else m.group(1) + "ing", text
    )
    text = re.sub(r"\bthe\s+noo\b", "now", text, flags=re.I)
    text = re.sub(r"^\s*(?:och|ach|aye)\b[\s,]+", "", text, flags=re.I)
    text = re.sub(r"\b(\w+)\s+o\s+(?=[a-z])", r"\1 of ", text)  # "kind o industries"
    text = re.sub(
        r"\b(in|on|of|for|about|with|from)\s+they\s+(?=[a-z]+\s+[a-z])", r"\1 those ", text, flags=re.I
    )
    return re.sub(r"\b(it|them|that|this|there|then|now)\s+like(?=\W*$)", r"\1", text)


# Yorkshire and other Northern English ("what were he asking for wi' the market?", "summat about transport
# were it?", "how much brass are they putting into them bonds?"), read when the message has one of these.
# "t'computer", "t'other one": the (not French "t'es", "t'ai chi", "T'Challa")
_NORTHERN_THE = r"(?<![\w'’])t['’](?!(?:es|as|en|a|ai|aime|inqui[eè]te|[eé]tais|avais|est|y)\b)(?=[a-z]{2})"
# ("how many folk festivals": the music)
_FOLK_AS_PEOPLE = (
    r"(?!\s+(?:festivals?|songs?|tales?|dances?|music|clubs?|singers?|bands?|art|heroes|lore|rock))\b"
)
_NORTHERN_MARKS = re.compile(
    r"\b(?i:summat|owt|nowt|reet|allus|afore|nobbut|mebbe|ey\s+up)\b|\b(?i:wi)['’](?=\s|[?.!,]|$)|"
    rf"{_NORTHERN_THE}|\b(?i:raise\s+brass)\b|\b(?i:how\s+many\s+folk){_FOLK_AS_PEOPLE}|"
    # ("how much brass is in a trumpet": the metal)
    r"\b(?i:how\s+much\s+brass\s+(?:are|did|do|does|is|was|were|will|has|have)\s+(?:they|he|she|it|the|them|that|going))\b|"
    r"\ball\s+them\s+(?!(?:to|and|or|as|in|on|at|for|up|out|off|back|down|over|too|then|now)\b)[a-z]+\b"
)
_NORTHERN_PHRASES = tuple(
    (re.compile(pattern, re.I), english)
    for pattern, english in (
        (r"^\s*(?:ey\s+up|reet)\b[\s,.!]*", ""),
        (r"\bsummat\b", "something"),
        (r"\breet\b", "right"),
        (r"\ballus\b", "always"),
        (r"\bafore\b", "before"),
        (r"\bmebbe\b", "maybe"),
        (r"\bwi['’](?=\s|[?.!,]|$)", "with"),
        (_NORTHERN_THE, "the "),
        (r"\bthe\s+['’]eck\b", "the heck"),
        (
            r"\bbrass\b(?!\s+(?:band|bands|instruments?|section|plaque|fittings?|door|handles?|scrap))",
            "money",
        ),
        (rf"\bfolk{_FOLK_AS_PEOPLE}", "people"),
        (r"\bour\s+lass\b", "my wife"),
        (r"\bthat\s+(?:other\s+)?lot\b(?!\s+of\b)", "they"),
        # "what were he asking", "were it?", "what date were this written": "was" in the singular
        (
            r"\b(?P<wh>what|when|where|how|who|which\s+\w+|what\s+\w+)\s+were\s+(?=(?:he|she|it|this|that)\b)",
            r"\g<wh> was ",
        ),
        (r"\b(?P<x>he|she|it|this|that)\s+were\b", r"\g<x> was"),
        (r"(?<=\w)\s+were\s+(?=(?:it|that|this)\s*[?.!]*\s*$)", " was "),
        (r"(?<=[,?.]\s)were\s+(?=(?:it|that|this)\b)", "was "),
        (
            r"\ball\s+them\s+(?=[a-z]+(?:\s|$))(?!(?:to|and|or|as|in|on|at|for|up|out|off|back|down|over|too|then|now)\b)",
            "all those ",
        ),
        # "about them Chinese Two Sessions", "all them bonds": those
        (
            r"\b(?P<p>about|into|of|on|for|in|all|with|from|at)\s+them\s+"
            r"(?!(?:to|and|or|as|in|on|at|for|is|are|was|were|up|out|off|back|down|over|all|both|too|then|now)\b)(?=[A-Za-z])",
            r"\g<p> those ",
        ),
    )
)


def northern_in_english(text: str) -> str:
    """ "what were he asking for wi' the market?" -> "what was he asking for with the market?", "summat" ->
    "something", "brass" -> "money", "them bonds" -> "those bonds": Northern English put plainly, in a
    message with one of its marks (else unchanged)."""
    if not _NORTHERN_MARKS.search(text):
        return text
    return _tidy_spacing(with_phrases(text, _NORTHERN_PHRASES))
