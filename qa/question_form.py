"""Reading a question: what it asks for, and whether a sentence could give it.

Pure functions over text, no model: the question's content words and names, its answer type (a figure,
a date, a place, a name, someone), the thing it asks for, its speaker and focus, the noun a figure in a
sentence measures, and the answer types a sentence holds. ``qa.answering`` scores and caps with them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Sequence

from qa.chat import (
    ARTICLES,
    CLAIM_LEAD,
    FOR_AUDIENCE,
    INTERJECTION,
    INTERJECTIONS,
    KEYWORD_QUESTION,
    LEADING_CLAUSE,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    SETTING_ASIDE,
    SO_FAR_THIS_YEAR,
    WHY_NOUNS,
    Casing,
    opens_terse_question,
    without_borrowed_context,
)
from qa.lexical import stem_word
from qa.wording import word_set

# Stems are cut to this many characters, a cheap lemma ("propose"/"proposal", "emphasise"/"emphasis").
STEM_PREFIX = 6
# Everyday words and the formal words a text uses for the same thing, which MiniLM's token vectors rarely
# put close ("driverless" / "autonomous" 0.45, "themes" / "emphasis" 0.3): each group's words count as
# one term. Only words that mean the same in almost any text; no domain's names or jargon.
# One group per line; a line indented deeper goes on with the group above.
_SYNONYM_GROUPS = """
    responsible responsibility responsibilities remit mandate duties
    theme themes thematic focus emphasis emphasise emphasize emphasised emphasized stress stressed priority
      priorities weight
    shift shifts transition transitions
    emerging new nascent next-generation
    conclude concluded concludes finish finished finishes ended wrapped
    autonomous self-driving driverless robot robotic robotaxi robotaxis
    accelerate accelerated accelerating acceleration faster sooner quicker quickly speed
    safe safety secure security
    sector sectors industry industries
    loose loosen loosened loosening looser easing accommodative dovish expansionary
    tight tighten tightened tightening tighter restrictive hawkish contractionary
    cut cuts cutting reduce reduced reduces reduction lower lowered lowering decrease decreased trim slash
    increase increased increases raise raised raises hike hikes boost boosted
    car cars vehicle vehicles automobile automobiles
    lawsuit lawsuits litigation
    regulate regulates regulated regulating crackdown crackdowns curb curbs curbing clampdown
    standard standards standardise standardize standardisation standardization uniform uniformity norms
      spec specs specification specifications
    universal common
    rollout roll-out
    system systems platform platforms database databases
    buy buys bought purchase purchases purchased
    transport transportation shipping freight logistics moving
    credit lending loans borrowing
    consumers shoppers buyers customers households
    meeting meetings session sessions gathering gatherings conference summit
    track tracking tracked trace traceability follow following followed
    grow grows growing growth expand expands expanding expansion buildout build-out
    room space scope leeway headroom
    first firstly initially originally
    advice advise advises advised advisory adviser advisers advisor advisors consultative
    scheme schemes program programs programme programmes
    patent patents
    source sources cite cites cited citing
    yuan rmb renminbi cny
    dollar dollars usd
    lifecycle lifecycles
    parliament parliaments legislature legislatures
    power powers clout
    body bodies group groups
    plentiful ample abundant sufficient
    react reacts reacted reacting reaction reactions
    exceed exceeded exceeds exceeding topped surpass surpassed surpasses
    abuse abuses abused abusing abusive misuse misused malicious
    tradein scrappage scrappage-and-replace swap-for-new
    swap swaps swapping swapped exchange exchanging exchanged
    executive executives leader leaders boss bosses head heads ceo ceos chief
"""
# Phrases that mean one of those words ("intellectual property" lawsuits are patent lawsuits, "from cradle
# to grave" is the whole life cycle).
_SYNONYM_PHRASES = {
    "intellectual property": "patent",
    "money policy": "monetary policy",
    "policy line": "policy",
    "issue raised": "proposal",
    "issues raised": "proposals",
    "points raised": "proposals",
    "crack down": "crackdown",
    "clamp down": "crackdown",
    "official line": "stance",
    # "enough money sloshing around in the system": ample liquidity
    "enough money sloshing around in the system": "ample liquidity",
    "money sloshing around in the system": "liquidity",
    "money sloshing around": "liquidity",
    "a talk shop": "an advisory body",  # "Is the CPPCC just a talk shop?": a body that only talks
    "putting out": "issuing",  # "Which ministry is putting out the bonds?"
    "puts out": "issues",
    "a talking shop": "an advisory body",
    "a big deal": "important",  # "Is it a big deal?", not "the big deal on TVs"
    "reckon": "think",
    "reckons": "thinks",
    "reckoned": "thought",
    "big a deal": "important",
    "legislative teeth": "legislative power",
    # "which one do most folk reckon matters most?": the most important one
    "matters most": "is most important",
    "matter most": "are most important",
    # "who'd put the data in?", "who'd be feeding the info into that system?": who inputs it
    "put the data in": "input the data",
    "put the info in": "input the info",
    "put info in": "input info",
    "feeding the info into": "inputting the info into",
    "feeding info into": "inputting info into",
    "feeding data into": "inputting data into",
    "feedin the info into": "inputting the info into",
    "feedin info into": "inputting info into",
    "intellectual-property": "patent",
    "cradle to grave": "lifecycle",
    "cradle-to-grave": "lifecycle",
    "life cycle": "lifecycle",
    "according to": "source",
    "trade in": "tradein",
    "trade-in": "tradein",
    "old for new": "tradein",
    "old goods for new": "tradein",
    "old goods for new ones": "tradein",
    "swapping old goods for new ones": "tradein",
    "swapping old for new": "tradein",
    "old-for-new": "tradein",
    "cash for clunkers": "tradein",
    "cash-for-clunkers": "tradein",
    "roll out": "rollout",
    "scrap and replace": "tradein",
    "scrap-and-replace": "tradein",
    "put forward": "proposed",
    "puts forward": "proposed",
    "brought up": "proposed",
    "sign off on": "approving",
    "signs off on": "approving",
    "signed off on": "approving",
    "come up with": "proposed",
    "came up with": "proposed",
    "signed up": "applied",
    "signing up": "applying",
    "sign up": "apply",
    "sign-ups": "applications",
    "sign ups": "applications",
    "signups": "applications",
    # a danger made smaller is safety ("less of a fire risk", "less dangerous")
    "fire risk": "safety",
    "fire risks": "safety",
    "fire hazard": "safety",
    "fire hazards": "safety",
    "less dangerous": "safer",
    "less risky": "safer",
}


def _any_of(phrases: Iterable[str]) -> re.Pattern[str]:
    """A case-blind pattern for any of ``phrases`` as whole words, the longest first (so "old goods for new
    ones" wins over "old goods for new")."""
    alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"\b({alternatives})\b", re.IGNORECASE)


_SYNONYM_PHRASE = _any_of(_SYNONYM_PHRASES)
# In a question such a phrase stands for its one word, so each of its words is not weighed on its own
# ("swapping old goods for new ones" is the trade-in, not swapping); "according to" only says where, and
# the text's own words ("trade-in") are left as they are.
_KEPT_IN_QUESTIONS = {"according to", "trade in", "trade-in", "life cycle"}
_QUESTION_PHRASE = _any_of(set(_SYNONYM_PHRASES) - _KEPT_IN_QUESTIONS)


_STOPWORDS = word_set(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just let me
    more most my no nor not now of off on once only or other our ours out over own same she should so
    some such than that the their theirs them then there these they this those through to too under
    until up very was we were what when where which while who whom whose why will with would you your
    yours us tell say said says mention mentioned give list name describe explain please according
    document documents article text there much many kind sort thing things way ways mean means meant
    phrase phrases expression expressions wording buzzword buzzwords catchphrase catchphrases
    signal signals signaled signalled hint hinted pitch pitched
    pitches goes go going went exact exactly precise precisely overarching
    propose proposed proposes proposal proposals suggest suggested suggests suggestion suggestions
    recommend recommended recommends recommendation recommendations advocate advocated advocates
    urge urged urges want wants wanted wish wishes wished hope hopes hoped ask asks asked think thinks
    feel feels felt believe believes believed talk talks talked push pushes pushed pushing else
    asking proposing suggesting recommending advocating urging wanting wishing hoping thinking
    talking saying mentioning might must shall done doing around supposed
    pitch pitches request requests message messages stance stances view views argument arguments
    complaint complaints bring brings brought bringing argue argues argued arguing complain complains
    complained complaining gripe gripes beef angle upset claim claims claimed claiming unhappy fussing
    lobbying lobbied
    worry worries worried concern concerns concerned
    see sees seen saw regard regards regarded consider considers considered deem deems deemed viewed
    observers analysts commentators experts pundits watchers"""
)
_VAGUE_WORDS = word_set(
    "main big biggest top overall single key major general really exactly actually anything something "
    "basically headline even specific particular precise concrete exact instead "
    "still yet already ever currently"
)
# How one thing bears on another ("the link to EVs", "implications for the sector"): the sentence that
# goes on from the one told says it without these words.
_BEARING_WORDS = word_set(
    "link links connection connections relevance implication implications upside downside"
)
_STOPWORDS |= _VAGUE_WORDS | _BEARING_WORDS
# The speech-act, wish and worry words above ("What did X propose/want?", "What was X worried about?") ask
# what X said, whatever verb the text uses, so they are not evidence either way; nor are vague emphasis
# words ("the main concern", "the big themes overall").
_QUESTION_OPENERS = word_set(
    "what which who whom whose when where why how is are was were did does do will would could can "
    "should has have had and tell list name give describe explain please according in on for the a an "
    "i so then also besides apart aside beyond except overall briefly specifically exactly roughly "
    "basically now ok okay hey hi given considering regarding"
)
# Prepositions and linking adverbs, which open a phrase that may be moved after the question ("..., Alongside
# the easing bias?") with its capital: no name wherever they stand.
_NEVER_NAMES = word_set(
    "besides alongside concerning despite amid via unlike beside across among towards toward within without "
    "throughout upon furthermore additionally moreover separately lastly finally regarding considering"
)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]")
# A leading preposition does not change what is asked ("By how much ...?", "In what year ...?").
_LEADING_PREPOSITION = r"(?:(?:by|to|in|on|at|from|until|for|since|of) )?"
# "What would the new ferry cost?", "What would it cost to build, by their estimate?" (not "What did the war
# cost the town?", "What do I do if the cost is too high?", "low-cost airlines")
_WHAT_IT_COSTS = (
    r"what (?:would|will|did|does|do|might|could) [^?,]{1,40}?(?<![\w-])(?<!about )(?<!on )(?<!the )cost"
    r"(?:\s+to\s+[a-z]+)?(?=\s*(?:,|\?|$|according\b|in\s+total\b|altogether\b|overall\b|each\b|per\b))"
)
_QUANTITY_OPENER = re.compile(
    _LEADING_PREPOSITION
    + r"how (much|many|big|large|small|fast|high|low|long|far|often|old|wide|narrow|deep|steep)\b"
    # "By what margin did the council approve it?", "What would it cost to build?"
    + r"|by what (?:margin|amount|percentage|factor|proportion|share)\b"
    + r"|"
    + _WHAT_IT_COSTS
)
_TIME_OPENER = re.compile(
    _LEADING_PREPOSITION
    + r"(when|(what|which) (?:(?:exact|precise|specific|particular) )?(year|date|day|month|time)s?"
    + r"|since when)\b"
)
# Nouns that make a what/which question ask for a figure ("What is the growth target ...").
_QUANTITY_NOUNS = word_set(
    "amount amounts number numbers rate rates target targets percentage percent share total totals size "
    "budget budgets figure figures level levels cost costs price prices value increase decrease growth "
    "ratio ratios allocation allocations volume volumes spread spreads margin margins"
)
# A spread or margin is a figure, but "the spread of the infection" is not.
_SPREAD_NOUNS = word_set("spread spreads margin margins")
# Things whose size is measured ("EV sales", "exports"), not words for a size ("value", "volume").
_MEASURED_NOUNS = word_set(
    "sales revenue revenues funding spending investment deficit deficits exports imports turnover"
)
# Quantity nouns that name nothing but a value, so that even "Which figure ...?" asks for one.
_VALUE_ONLY_NOUNS = word_set(
    "amount amounts number numbers percentage percent total totals figure figures target targets"
)
_PLACE_OPENER = re.compile(
    r"(?:(?:in|from|to) )?(where\b|(which|what) (country|countries|nation|nations|city|cities|region|"
    r"regions|province|provinces|state|states|town|towns)\b(?!-))"
)
# "Where were the meetings held?" asks where an event took place, which the text gives after "in"/"at";
# other where-questions ("Where does the figure come from?", "Rotterdam will host the plant") may be
# answered otherwise.
_WHERE_HELD = re.compile(
    r"where (?:[a-z]+ly )?(?:is|are|was|were|will|did|do|does)\b.{0,80}?\b(?:held|hold|take place|took place|"
    r"taking place|happen|happened|meet|met|convene|convened)\b"
)
# A place named as one: after "in", "at", "from", "near" or "the city/province of".
_LOCATIVE_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|[Aa]cross|(?:city|town|province|region|state) of)(?: the)? "
    r"([A-Z][\w’'-]+)"
    r"|\b([A-Z][\w’'-]+) (?:will host|hosts|hosted|is hosting|will hold|held)\b"  # "Los Angeles will host"
)
# Capitalised words after "in"/"at" that say when, not where ("held in March", "at Christmas").
_ROLE_ORGANISATION = re.compile(
    r"\b(?i:"
    + "|".join(sorted(ROLE_WORDS))
    + r")s? of (?:the )?([A-Z][\w’'&-]*)|\b([A-Z][\w&-]*)['’]s (?i:"
    + "|".join(sorted(ROLE_WORDS))
    + r")\b"
)
_VENUE = re.compile(r"\b(?:[Aa]t|[Ii]n)(?: the)? ([A-Z][\w’'-]+)")
# "Which body was the report delivered to?", "To which body was it presented?": whom something went to, which
# the place it was presented at names.
_RECIPIENT_ASKED = re.compile(
    r"^(?:to|before)\s+(?:which|what|whom)\b|^(?:which|what)\b[^?]*\b(?:delivered|presented|submitted|sent|"
    r"given|read|addressed|reported)\s+(?:to|before)\W*$",
    re.I,
)
_NOT_LOCATIONS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday christmas easter spring summer autumn winter "
    "january february march april may june july august september october november december"
)
# A question inside a yes/no question: "Did Xiaomi say **when** it will launch ...?"
_EMBEDDED_QUESTION = re.compile(
    # (or a statement asked: "they said which company did it?", "calb said which companies misuse patents?")
    r"^(?:(?:did|does|do|has|have|had|will|would|is|was)\b.{1,60}?|(?:they|he|she|it|[a-z]+)\s+)\b"
    r"(?:say|said|mention|mentioned|reveal|revealed|"
    r"specify|specified|announce|announced|disclose|disclosed|explain|explained|state|stated|indicate|"
    r"indicated|give|gave)\s+(?:by\s+|(?:a|any|the)\s+(?:figure|number|date|count|total|estimate)\s+(?:for|of|on)\s+)?"
    r"(when|where|how (?:much|many|long|big)|which (?:year|country|city)|"
    # "Did CALB say who was misusing them?", "... which companies misuse patents?": who did it
    r"who(?:m)?\s+(?:was|were|is|are|had|has|did)\s+[a-z]+ing|which\s+(?:compan(?:y|ies)|firms?|rivals?|competitors?)\s+"
    r"(?:were\s+|was\s+|are\s+|is\s+)?[a-z]+|"
    r"what year)\b"
)
_GIVES_A_TIME = re.compile(
    r"^(?:did|does|do|has|have)\b.{1,60}?\b(?:give|gave|specify|specified|mention|mentioned|provide|provided|set|"
    r"offer|offered|name|named)\s+(?:a|any|the)\s+(?:(?:target|specific|exact|firm|clear)\s+)?(?:timeline|timeframe|"
    r"time\s+frame|deadline|date|start\s+date|schedule)\b"
)
# "Any timeline for it?", "Is there a deadline?": a time asked for by its noun.
_TIME_NOUN_QUESTION = re.compile(
    r"^(?:(?:is|was)\s+there\s+|any\s+|a\s+|(?:and\s+)?(?:what\s+(?:is|was)\s+)?the\s+|(?:and\s+)?(?=timeline|"
    r"timeframe|deadline))(?:timeline|timeframe|time\s+frame|deadline|date|start\s+date)\b(?!\s+(?:of\s+)?the\s+article)"
    # "What are the precise calendar dates on which ...?", "the timetable by which ...": only as the head
    r"|^(?:and\s+)?what\s+(?:is|was|are|were)\s+the\s+(?:(?:precise|exact|planned|target|specific)\s+)?"
    r"(?:timetable|dates|calendar\s+dates?)(?=\s*(?:$|[?,]|\s(?:for|of|by|on|when|in|to|which|that|at)\b))"
)
# "NPC opening date?", "Opening date of this year's Two Sessions?": keywords for when something happens
_EVENT_DATE = r"(?:(?:opening|closing|start|starting|end|ending|launch|exact|meeting|session)\s+)?"
# "rollout timeline": when something starts or is done, a time (not "recovery timeline", a span)
_STARTING = r"(?:rollout|roll-out|launch|completion|delivery|implementation|construction|opening|start)"
_DATE_KEYWORDS = re.compile(
    rf"^(?:[\w’'-]+\s+){{1,4}}(?:{_EVENT_DATE}(?:date|dates|deadline)|{_STARTING}\s+(?:timeline|timeframe|schedule))"
    r"(?:\s+(?:this\s+(?:year|yr)|(?:in|for)\s+(?:19|20)\d\d))?\W*$"  # "NPC opening date this yr?"
)
# A time asked where its answer would stand, after the rest of the sentence (a learner's or a texter's order).
# (the time word ends it: "which day trips are free?" asks for trips; and not a yes/no question's "when")
_TIME_ASKED_IN_PLACE = re.compile(
    r"\b(?:(?:on|in|at|by)\s+)?(?:which|what)\s+(?:exact\s+)?(?:date|day|year|month)s?\W*$"
    r"|^(?!\W*(?:is|are|was|were|do|does|did|can|could|should|will|would|may|must|has|have)\b)"
    r"(?!.*\b(?:where|how|why)\s+and\s+when\b).*\bwhen\W*$"
)
# "it has how many members?", "the cut was by how much?": how many or how much, asked where its answer goes.
_QUANTITY_ASKED_IN_PLACE = re.compile(
    r"^(?!\W*(?:is|are|was|were|do|does|did|can|could|has|have|should|would|will|may|might|must|no\s+matter)\b)"
    r"(?:.*\bhow\s+(?:many|much)(?:\s+[\w-]+){0,2}\W*$|.*,\s*(?:of|by)\s+how\s+(?:many|much)\b)"
)
_QUESTION_WORD_FIRST = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b"
)
_SIZE_OF = re.compile(r"^(?:the\s+)?(?:size|scale|amount|total|value)\s+of\b")
# "number of npc delegates": a count of things, not "Number of the helpline?" or "Count of Monte Cristo".
_COUNT_OF = re.compile(
    r"^(?i:the\s+)?(?i:number|count)\s+of\s+(?!(?i:the|my|your|our|his|her|their|this|that)\b)(?=[a-z]|[A-Z]{2})"
)
_DATE_OF = re.compile(
    rf"(?:(?:and\s+)?what\s+(?:is|are|was|were)\s+)?(?:the\s+)?{_EVENT_DATE}dates?\s+(?:of|for)\b"
)
_ASKS_IF_NAMED = re.compile(
    r"^(?:did|does|do|has|have)\b.{1,60}?\b(?:name|named|identify|identified)\s+(?:the|which|any|a|an|its|their|"
    r"who|whom|anyone|anybody|someone|somebody|names)\b|"
    r"^(?:did|does|do|has|have)\b.{1,80}?\bby\s+name\b|"  # "Does it mention X by name?"
    # "Does the article give his name?", "CATL CEO, article say his name?": what the text says
    r"^.{0,80}?\b(?:article|piece|text|report|story|source|it)\s+(?:say|says|give|gives|mention|mentions|provide|"
    r"provides|state|states)\s+(?:his|her|their|its)\s+(?:full\s+|real\s+|actual\s+)?names?\W*$"
)
# The name after a locative preposition ("in Hong Kong", "at the Shanghai ...", "from Germany").
_LOCATED_NAME = re.compile(
    r"\b(?:in|at|from|near)(?: the)? ((?>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*))"
    r"(?! (?:[a-z]+ )?(?:dollars?|euros?|yuan|pounds?|yen|rupees?|francs?)\b)"  # "in US dollars" is a unit
)
_PARTICLES = word_set("out in up off over down back")
_COPULAS = word_set("is are was were")
_MODALS = word_set("will would could might should may must can")
_AUXILIARIES = word_set(
    "is are was were be been do does did will would can could should shall may might must has have had"
)
_CURRENCY_WORDS = word_set(
    "dollar dollars euro euros pound pounds yuan yen rupee rupees franc francs reais peso pesos "
    "rouble roubles ruble rubles rand naira shilling shillings dirham dirhams ringgit cedi cedis "
    "zloty zlotys baht dong shekel shekels lira riyal riyals rial rials toman tomans"
)
# "Who is the CEO of X?", "What is the name of X's CEO?": a role's holder, which only a name answers.
_HOLDER_OPENER = re.compile(
    # (but "Who is in charge of issuing the bonds?" is answered by a ministry as well as by a person)
    r"(who (is|was|are|were) in charge of (?![a-z]+ing (?:the|a|an|its|their|these|those|new|[a-z]+s)\b)"
    r"|who (is|was) (the|its|their|his|her) |who (is|was) .{1,40}?['’]s (?:[a-z]+ )?(?:"
    + "|".join(sorted(ROLE_WORDS))
    + r")\b|who (?:is|was) (?:[\w&-]+ ){1,3}(?:"  # "Who is CATL CEO?"
    + "|".join(sorted(ROLE_WORDS))
    + r")\W*$|(?:which|what) (?:"
    + "|".join(sorted(ROLE_WORDS))
    + r")s?\b|(?:what|which) (is|was|are|were) the names? of "
    r"|what (is|was|are|were) .+?['’]s names?\b|what (is|was|are|were) (his|her|their|its) names?\b"
    r"|(?:the )?names? of |[^?]{1,40}['’]s names?\W*$|[^?]{1,40}:\s*names?\W*$"
    r"|[^?]{1,40},\s*(?:(?:his|her|their)\s+)?names?\W*$"  # "Who is CATL CEO, his name?"
    # "What is the CATL CEO name?", "whats the ceos name", "CATL CEO name what?": a role's holder by name
    r"|(?:(?:what|whats|what['’]s)\s+(?:is\s+)?(?:the\s+)?)?(?:[\w&-]+ ){0,3}(?:"
    + "|".join(sorted(ROLE_WORDS))
    + r")(?:['’]?s)? name(?: what| who)?\W*$"
    # "What is the CEO of CATL called?", "How is called the CEO ...?" (as a speaker of Italian puts it)
    r"|(?:what|how) (?:is|was) called (?:the|its|their) (?:"
    + "|".join(sorted(ROLE_WORDS))
    + r")\b|(?:what|how) (?:is|was) (?:the|its|their) (?:[a-z0-9]+ )?(?:"
    + "|".join(sorted(ROLE_WORDS))
    + r")\b[^?]{0,60}? called\W*$"
    r"|(?!.*\b(?:the|with|an?|of|longer|shorter|full|whole)\b)(?:[a-z0-9’'-]+\s){1,4}names?\W*$)"
)
# "What's the name of the scheme ...?": a scheme, plan or system may go by a phrase in lowercase ("the
# trade in scheme"), unlike a person or a company.
_NAME_OF_A_THING = re.compile(
    r"\bnames? (?:of|for) (?:the |this |that |its |their |a |an )?(?:[a-z0-9’'-]+ ){0,2}?(?:scheme|program|"
    r"programme|plan|policy|policies|system|initiative|report|document|concept|idea|mechanism|measure|"
    r"approach|strategy|phrase|term|project|framework|process|technology|practice)s?\b"
)
_EXCLUSION = re.compile(
    rf"^(?:{SETTING_ASIDE}|except for|in addition to) [^,?]{{1,80}}, ?"
    rf"|,? (?:{SETTING_ASIDE}|except for) [^,?]{{1,80}}(?=\?|$)",
    re.IGNORECASE,
)
# "Who presented the report?" is answered by someone: a name (see ``_could_be_name``) or a word for
# people or a body that the question does not already contain.
# "Who chairs/heads/leads X?" asks for the person holding a role, whom only a name answers.
# "Which specific lawsuits did CALB cite?" asks for ones with names, not for what CALB said of lawsuits.
_SPECIFIC_INSTANCES = re.compile(
    r"which (?:\w+ )?(?:lawsuits|court cases|patents|cases)\b(?! (?:about|on|of|over|did|does|do)\b)"
    # "Which Xiaomi car model did they mention?": a product's model, by its name
    r"|which (?:\w+ )?(?:car|phone|vehicle|truck|bike|laptop|tablet|camera|drone|robot|engine|plane) models?"
    r"(?= (?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b|\W*$)"
    r"|(?:which|what|any) (?:specific|particular|exact) (?:\w+ )?(?:lawsuits?|cases?|cars?|models?|laws?|"
    r"regulations?|rules?|standards?|agenc(?:y|ies)|compan(?:y|ies)|firms?|products?|projects?|people|persons?|officials?|"
    r"executives?|courts?|patents?|banks?|cities|countries|brands?)\b"
)
_ROLE_OF_VERB = {
    "chairs": "chair",
    "chaired": "chair",
    "heads": "head",
    "headed": "head",
    "leads": "leader",
    "led": "leader",
    "charge": "head",  # "Who is in charge of X?" asks for X's head
}
_HOLDER_VERB = re.compile(r"who (?:" + "|".join(_ROLE_OF_VERB) + r")\b")
# "Which body can make laws, the NPC or the CPPCC?" is answered by one of the question's own names.
_CHOICE = re.compile(
    r"(?:[,:]|\s[—–-]) (?:the )?[\w’'-]+(?: [\w’'-]+){0,3} or (?!(?:was|were|is|are|did|do|does|has|had|have|"
    r"it|they)\b)(?:the )?[\w’'-]+(?: [\w’'-]+){0,3}\W*$"
)
# "Who was Marie Curie?" (or "Who is Sterling?") asks what she was; "who was misusing them?" who did it
_WHO_OPENER = re.compile(
    r"who\b(?! (?:is|are|was|were)\b)|who (?:is|are|was|were) (?!being\b)[a-z]{3,}ing\s+\w"
)
# "Who is CALB suing?", "Who are they partnering with?": whom someone acts on, not what someone is.
_WHO_ACTED_ON = re.compile(
    r"(?i:who(?:m)?\s+(?:is|are|was|were))\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|they|he|she|we|you|"
    r"(?i:the)(?:\s+[\w'’-]+){1,3}|(?i:my|our|your|their|this|these|his|her|its)(?:\s+[\w'’-]+){1,2})"
    r"\s+[a-z]+ing\b(?:\s+with)?\W*$"
)
# "rate cut how many bps", "bond money how much": keywords, then how much or many.
_HOW_MUCH_AFTER_KEYWORDS = re.compile(r"^(?P<keywords>[\w\s'’-]+?)\s+how\s+(?:much|many)\b")
# Words that make what comes before "how much" a sentence, not keywords ("Does it matter how much ...").
_NOT_KEYWORDS = word_set(
    "how what which who when where why does do did is are was were can could will would should has have had "
    "i it you we they he she matter matters care know wonder tell ask asked no"
)
# "Which company did CALB accuse ...?" is answered by a company, named or described, other than CALB.
_WHICH_ORGANISATION = re.compile(
    r"(?:which|what)(?! (?:type|kind|sort)s? of\b)"  # "What type of body is X?" asks what X is
    r"(?: (?!(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had|the|a|an|of)\b)"
    r"[a-z0-9]+){0,2} (?:company|companies|firm|firms|carmaker|carmakers|automaker|automakers|maker|makers|"
    r"manufacturer|manufacturers|business|businesses|organisation|organisations|organization|"
    r"organizations|bank|banks|body|bodies|person|people|competitor|competitors|rival|rivals|department|"
    r"departments|ministry|ministries|agency|agencies|authority|authorities|institution|institutions|"
    r"regulator|regulators|bureau|bureaus|office|offices|official|officials|minister|ministers|leader|"
    r"leaders|executive|executives|politician|politicians|lawmaker|lawmakers|delegate|delegates)\b"
    r"(?! (?:ratio|ratios|rate|rates|share|shares|budget|budgets|target|targets)\b)"  # "Which bank ratio?"
    r"(?<!\bbody(?= of (?:regulation|regulations|law|laws|rules|evidence|research|work|text|water)\b))"
)
_WHICH_PERSON = re.compile(
    r"which (?:[a-z0-9’'-]+ ){0,2}(?:chief|chiefs|boss|bosses|founder|founders|chairman|chairwoman|president)"
    r"(?!['’]s)(?=\s+(?:[a-z]+ed|spoke|said|was|is|were|are|did|does|has|had|gave|made|told|took|wrote|met|"
    r"ran|led|called|wants?)\b|\W*$)"  # (a person who did something: not "Which chief ingredient ...?")
)
_AGENT_WORDS = word_set(
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
# "the full name", "the full official name".
FULL_NAME = r"full(?:\s+(?:official|formal|proper))?\s+name"
# "What does RRR stand for?", "CPPCC full name": the long form of an acronym is asked for.
_EXPANSION_QUESTION = re.compile(
    rf"\b({FULL_NAME}|full form|stands? for|short for|abbreviation|acronym|spelled out|spell out|expand)\b",
    re.IGNORECASE,
)
# "What does CATL stand for?", "the NPC's full name", "the full name behind the abbreviation CPPCC": the
# long form of one acronym, which only a text that spells it out gives ("... Congress (NPC)").
_ASKED_ACRONYM = (
    r"['\"“‘]?(?P<acronym>(?!(?:abbreviation|acronym|initials|stand|stands|short|used|full|that|this|it)\b)"
    r"[A-Za-z][A-Za-z&]{1,7})['\"”’]?"
)
_LONG_FORM_ASKED = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"(?:^|\bwhat(?:\s+(?:does|do|did|is|was)|['’]s)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+|initials\s+)?)"
        + _ASKED_ACRONYM
        + r"(?:\s+(?:even|actually|really|exactly|again))?\s+(?:stands?|is\s+short|short)\s+for\b",
        r"\b(?:abbreviation|acronym|initials)\s+" + _ASKED_ACRONYM + r"(?!\w)",
        r"\b" + _ASKED_ACRONYM + r"(?:['’]s)?\s+full\s+(?:english\s+)?(?:name|form)\b",
        r"\bfull\s+(?:english\s+)?(?:name|form)\s+(?:of|for|behind)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+)?"
        + _ASKED_ACRONYM
        + r"(?!\w)",
    )
)
# "What's the pinyin name of X?", "What is it called in Mandarin?": words in a language other than the
# text's own English, which a text gives in that script or marked as such ("Chinese: ...").
_FOREIGN_NAMING = re.compile(
    r"\b(?P<language>chinese|mandarin|cantonese|pinyin|japanese|korean|german|french|spanish|italian|"
    r"portuguese|russian|arabic|hindi)\s+(?:original\s+)?(?:name|names|term|terms|word|words|phrase|"
    r"expression|title|translation|rendering|characters|spelling)\b"
    r"|\b(?:in|into)\s+(?:the\s+)?(?:original\s+)?(?P<spoken>chinese|mandarin|cantonese|pinyin|japanese|"
    r"korean|german|french|spanish)(?:\s+characters)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# Words that ask why (chat's ``WHY_NOUNS``), and "stated", which any sentence of the text is ("the stated
# objective"): no word an answer must contain.
_WHY_WORDS = WHY_NOUNS | {"stated"}
_LONG_FORM_WORDS = word_set(
    "full name form stand stands short abbreviation abbreviated acronym initials behind spelled spell out "
    "official english"
)
_OTHER_SCRIPT = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\u0400-\u04ff\u0600-\u06ff]")
# "And how much did it issue last year?" asks what "How much did it issue last year?" asks.
_LEADING_CONJUNCTION = re.compile(r"^(?:(?:and|but|so|also|then|ok|okay|well)\b[,\s]+)+(?=\w)", re.IGNORECASE)
_DEFINED_ACRONYM = re.compile(r"((?:[A-Za-z’']{1,40}[\s-]{1,3}){1,8}?)\(([A-Z]{2,6})\)")
_ACRONYM_PLACES = frozenset({"US", "USA", "UK", "EU", "UAE"})
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?"
    r"|thousands?|millions?|billions?|trillions?|dozens?|half|double|doubled|triple|tripled|percent"
)
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS.replace("s?", "").split("|"))
# "How long is the scheme meant to run?", "For how long ...?": a span of time, which a sum does not give.
_HOW_LONG = re.compile(
    _LEADING_PREPOSITION + r"(?:how long\b(?! ago\b)|(?:over|for|across) (?:what|how many) "
    r"(?:period|time ?frame|timeframe|time period|span|stretch|years|months|term)\b"
    r"|what (?:is|was|are|were) (?:the|their|its) (?:maturity|maturities)(?: of\b|\W*$))"
)
_DURATION = re.compile(
    rf"\b(?:\d+|{_NUMBER_WORDS}|several|many|a\s+few|a|one)[\s-]+(?:years?|months?|weeks?|days?|decades?|quarters?)\b"
    r"|\b(?:until|till|through|throughout|expires?|expiring|ends?|ending|runs?\s+to|matures?|maturing)\b"
    r"|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b",
    re.IGNORECASE,
)
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
# "How many days ...?", "number of delegates": a count, which a rank ("the second largest") is not.
_COUNT_QUESTION = re.compile(r"\bhow\s+many\b|^(?:the\s+)?(?:number|count)\s+of\b")
_COUNT_ANSWER = re.compile(
    rf"\d|\b({_NUMBER_WORDS}|once|twice|dozens?|hundreds?|thousands?|millions?)\b", re.I
)
# "How much did X receive/spend/cost ...?", "How much went to X?" and "How much money/funding ...?" ask for a
# sum of money.
_MONEY_NOUNS = r"money|funding|funds|cash|capital|investment|subsidy|subsidies"
_SHARE_OF_MONEY = re.compile(rf"how much of (?:the |that |this )?(?:{_MONEY_NOUNS}|budget)\b")
_MONEY_QUESTION = re.compile(
    r"^(?:and\s+)?how much [^(]{0,60}?\b(?:go|goes|went|going|gone)\s+(?:to|towards|into)\b|"
    r"^(?:and\s+)?" + _WHAT_IT_COSTS + r"|"
    rf"how much (?:(?:{_MONEY_NOUNS})\b|"
    r"(?:is|was|were|are)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:budget|allocation|spending|funding)\b|"
    r"(?:did|does|do|will|would|has|have|had|is|was) .{0,60}?\b(?:receive|received|spend|spent|"
    r"(?:cost|costs)(?! of)|earn|earned|pay|paid|invest|invested|allocate|allocated|fund|funded)\b|"
    # "How much did it get in 2024?" (not "How much did you get done?")
    r"(?:did|does|do|will|would|has|have|had) [^?]{1,40}?\b(?:get|gets|got)"
    r"(?:\s+(?:in|for|from|last|this|per|each|back|paid|altogether|overall)\b[^?]*)?\W*$)"
)
_MONEY_ANSWER = re.compile(
    r"(?:\b(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|CHF|INR|Rs)|[$€£¥₹])\s?\d|(?<![\d.,])\d[\d.,]*\s?"
    r"(?:million|billion|trillion|bn|m|crore|lakh)?\s?(?:[A-Z][a-z]+\s)?(?:yuan|dollars?|euros?|pounds?|yen|"
    r"renminbi|francs?|rupees?|crore)\b",  # "40 Swiss francs"
    re.IGNORECASE,
)
# A capitalised number word after the first word is part of a name ("China's annual Two Sessions").
_NAMED_NUMBER = re.compile(rf"(?<=\w[ ,])(?:{'|'.join(w.capitalize() for w in _NUMBER_WORDS.split('|'))})\b")
_NOT_PLACES = (
    frozenset(_MONTHS.split("|"))
    | frozenset(word.rstrip("s?") for word in _NUMBER_WORDS.split("|"))
    | _QUESTION_OPENERS
    | word_set("he she it they we you this these those that there here his her its their")
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# A question bounded to an earlier period ("How much was issued last year?") and what says a figure is
# for one: a year, "last year", "a year earlier", "previous" ...
_PAST_PERIOD = re.compile(
    r"\b(?:(?:last|previous|past|prior|preceding) (?:year|month|quarter|decade)(?:['’]s)?"
    r"|the (?:year|month|quarter) before"
    r"|a (?:year|month|quarter) (?:earlier|before|ago))\b",
    re.IGNORECASE,
)
_PAST_TIME_ANSWER = re.compile(
    r"\b((?:19|20)\d\d|last|previous|previously|prior|earlier|ago|year-on-year|past)\b", re.IGNORECASE
)
_YEAR_QUESTION = re.compile(r"\b(what|which) years?\b")  # "In what year ...?" wants a year, not "soon"
# "When did/was ... ?" asks about the past, which a sentence with a date or year can tell.
_PAST_WHEN = re.compile(
    r"(?:(?:in|on|at) )?(?:when|(?:what|which) (?:year|date|day|month)s?) (?:did|was|were|had)\b"
)
# "When is the next cut expected?", "When will X open?" ask about the future, which a sentence dating a past
# event does not answer; a sentence that says it is still to come does ("is set to", "plans", "by 2027").
_FUTURE_WHEN = re.compile(
    r"\bwhen\b.*\b(?:next|upcoming|will|expected|due|scheduled)\b"
    r"|\bwhen\s+(?:does|do)\b.*\b(?:end|ends|expire|expires|finish|finishes|run\s+out|runs\s+out|lapse|lapses)\b"
)
_FUTURE_ANSWER = re.compile(
    r"\b(?:will|would|shall|next|upcoming|expected|expects|due|scheduled|plans?|planned|planning|aims?|"
    r"intends?|set to|later|soon|coming|to be|going to|target(?:s|ed)?|forecasts?|projected|"
    r"by (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_CURRENCY_MARKS = {
    "euro": (r"€|EUR", r"euros?|EUR"),
    "dollar": (r"\$|USD|US\$", r"dollars?|USD"),
    "yuan": (r"[¥￥]|RMB|CNY", r"yuan|renminbi|RMB"),
    "pound": (r"£|GBP", r"pounds?|sterling|GBP"),
    "yen": (r"[¥￥]|JPY", r"yen|JPY"),
    "real": (r"R\$|BRL", r"reais|BRL"),
    "rupee": (r"₹|INR|Rs\.?", r"rupees?|INR"),
    "peso": (r"MXN|ARS", r"pesos?|MXN|ARS"),
    "rouble": (r"₽|RUB", r"roubles?|rubles?|RUB"),
    "franc": (r"CHF", r"francs?|CHF"),
    "rand": (r"ZAR", r"rand|ZAR"),
    "naira": (r"₦|NGN", r"naira|NGN"),
    "shilling": (r"KES|KSh", r"shillings?|KES"),
    "dirham": (r"AED", r"dirhams?|AED"),
    "ringgit": (r"RM|MYR", r"ringgit|MYR"),
    "singapore dollar": (r"S\$|SGD", r"SGD"),
    "won": (r"₩|KRW", r"KRW"),
    "cedi": (r"GH₵|GHS|₵", r"cedis?|GHS"),
    "zloty": (r"PLN", r"zlotys?|złoty|PLN"),
    "baht": (r"฿|THB", r"baht|THB"),
    "dong": (r"₫|VND", r"dong|VND"),
    "shekel": (r"₪|ILS|NIS", r"shekels?|ILS|NIS"),
    "lira": (r"₺", r"liras?|TRY"),
    "riyal": (r"SAR|QAR", r"riyals?|SAR|QAR"),
    "hong kong dollar": (r"HK\$|HKD", r"HKD|(?:HK|Hong\s+Kong)\s+dollars?"),
    "tt dollar": (r"TT\$|TTD", r"TTD|TT\s+dollars?"),
    "canadian dollar": (r"C\$|CAD", r"CAD|Canadian\s+dollars?"),
    "australian dollar": (r"A\$|AUD", r"AUD|Australian\s+dollars?"),
    "jamaican dollar": (r"J\$|JMD", r"JMD|Jamaican\s+dollars?"),
    "new zealand dollar": (r"NZ\$|NZD", r"NZD|(?:NZ|New\s+Zealand)\s+dollars?"),
    "rial": (r"﷼", r"rials?|tomans?"),
}
_CURRENCY_FIGURES = {
    family: rf"(?:{before})\s?\d|\d[\d.,]*\s*(?:[mb]n|million|billion|trillion)?\s*(?:{after})\b"
    for family, (before, after) in _CURRENCY_MARKS.items()
}
# The names a sum may be asked in ("in euros", "in HK dollars"), by the currency they name.
_CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    "euro": ("euro", "euros", "eur"),
    "dollar": ("dollar", "dollars", "usd"),
    "yuan": ("yuan", "renminbi", "rmb", "cny"),
    "pound": ("pound", "pounds", "sterling", "gbp"),
    "yen": ("yen", "jpy"),
    "real": ("reais", "brl"),
    "rupee": ("rupee", "rupees", "inr"),
    "peso": ("peso", "pesos"),
    "rouble": ("rouble", "roubles", "ruble", "rubles"),
    "franc": ("franc", "francs", "chf"),
    "rand": ("rand", "zar"),
    "naira": ("naira", "ngn"),
    "shilling": ("shilling", "shillings", "kes"),
    "dirham": ("dirham", "dirhams", "aed"),
    "ringgit": ("ringgit", "myr"),
    "singapore dollar": ("sgd",),
    "won": ("krw",),
    "cedi": ("cedi", "cedis", "ghs"),
    "zloty": ("zloty", "zlotys", "złoty", "pln"),
    "baht": ("baht", "thb"),
    "dong": ("dong", "vnd"),
    "shekel": ("shekel", "shekels", "nis"),
    "lira": ("lira", "liras"),
    "riyal": ("riyal", "riyals"),
    "hong kong dollar": ("hkd", "hk dollars", "hk dollar", "hong kong dollars"),
    "tt dollar": ("ttd", "tt dollars", "tt dollar"),
    "canadian dollar": ("cad", "canadian dollars"),
    "australian dollar": ("aud", "australian dollars"),
    "jamaican dollar": ("jmd", "jamaican dollars"),
    "new zealand dollar": (
        "nzd",
        "nz dollars",
        "nz dollar",
        "new zealand dollars",
        "new zealand dollar",
        "kiwi dollars",
    ),
    "rial": ("rial", "rials", "toman", "tomans"),
}
_CURRENCY_FAMILY = {name: family for family, names in _CURRENCY_NAMES.items() for name in names}
# A currency's word or code, one word: "how much RMB", "how many dollars", "how much SGD" ask for money.
_MONEY_UNITS = _CURRENCY_WORDS | {name for name in _CURRENCY_FAMILY if " " not in name} | {"bucks"}
# Any mark of a currency before or after a figure ("RMB", "$", "yuan", "dollars").
_CURRENCY_SIGN = "|".join(before for before, _ in _CURRENCY_MARKS.values())
_CURRENCY_WORD = "|".join(after for _, after in _CURRENCY_MARKS.values())
# "On what date ...?" wants a day: a number or a month or weekday name, not "this year".
_DATE_QUESTION = re.compile(r"\b(what|which) (date|dates|day|days)\b")
_AMOUNT_NOT_TIME = re.compile(
    rf"(?:{_CURRENCY_SIGN})\s?\d[\d,.]*(?:\s*(?:trillion|billion|million|bn|tn))?"
    r"|\b\d[\d,.]*\s*(?:trillion|billion|million|%|percent\b)",
    re.IGNORECASE,
)
_DATE_ANSWER = re.compile(
    rf"\d|\b({_MONTH_WORDS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE
)
# A period noun dates something with a word that places it ("last year", "early this month"); "policy
# directions for the year" or "annual" meetings say no when.
_TIME_ANSWER = re.compile(
    rf"\d|\b({_MONTH_WORDS}|yesterday|today|tomorrow|last|next|ago|since|until|soon|later|earlier|recently|"
    r"(?:this|that|coming|previous|past|same|early|late|mid|each|every|per|a|one|two|three|several|few|"
    r"start\s+of\s+the|end\s+of\s+the|middle\s+of\s+the)[\s-]+(?:quarter|spring|summer|autumn|fall|winter|week|"
    r"weekend|month|year|decade)s?)\b",
    re.IGNORECASE,
)
_ABOUT = word_set("about regarding concerning")
_ARTICLES = ARTICLES
# "What did <speaker> say/propose/...": the speech-act and wish verbs of the stop word list, and a few more.
_SPEAKER = re.compile(
    r"(?:(?:what|which \w+|what (?:scheme|plan|proposal|idea|point|treatment|option|measure|policy|"
    r"suggestion|request|demand|changes?|rules?|reforms?|solution|approach|argument|message|warning|concern|"
    r"complaint|issue|priority|standards?|steps?|actions?|system|things?)|how|what (?:exact |precise )?"
    r"(?:phrase|wording|words?|terms?|language|expression|label)) )?"
    r"(?:did|does|do|has|have|had|will|would) (.+?) (?:say|said|propose|suggest|"
    r"recommend|advocate|urge|want|ask|call|think|mention|argue|push|demand|raise|complain|hope|wish|"
    r"believe|stress|emphasi[sz]e|highlight|talk|use to describe|use for|describe|characteri[sz]e|label)\b",
    re.IGNORECASE,
)
# "What was CALB's main concern?": the words of CALB, said through what they were about.
# "What were CALB complaining about?", "what they were proposing": the words of CALB, as they went on.
_PROGRESSIVE_SPEAKER = re.compile(
    r"(?:(?:what|which \w+) (?:is|was|were|are) (.+?)|what (.+?) (?:is|was|were|are)) (?:saying|proposing|"
    r"suggesting|recommending|advocating|urging|asking|calling|pushing|arguing|demanding|raising|complaining|"
    r"hoping|wishing|lobbying|pressing|fussing|worried|concerned|upset|unhappy|angry|talking)\b",
    re.IGNORECASE,
)
_POSSESSIVE_SPEAKER = re.compile(
    r"(?:(?:what|which) (?:is|was|were|are) (?:the )?|(?=[A-Z]))([^()?]+?)['’]s? (?:\w+ )?"
    r"(?:concerns?|worry|worries|proposals?|"
    r"suggestions?|requests?|demands?|views?|position|stance|message|ideas?|priorit(?:y|ies)|arguments?|"
    r"recommendations?|complaints?|pitch|wish(?:es)?|wants|thing|beef|gripes?|angle|point|asks?)\b",
    re.IGNORECASE,
)
# "at CPPCC", "during the meetings": where someone spoke, not who ("the doctor at St Mary's" says who).
_WHERE_SPOKEN = re.compile(
    r"\s+(?:at|during)\s+(?:the\s+)?(?:(?-i:[A-Z]{2,})\b|(?:[\w-]+\s+){0,2}(?:meetings?|sessions?|conference|"
    r"congress|forum|summit|hearing|event|gathering|talks)\b).*$",
    re.IGNORECASE,
)
# "BYD proposal at CPPCC?", "CATL ask on storage?": an acronym put before its words, as notes have it.
_NAME_BEFORE_PROPOSAL = re.compile(
    r"(?-i:([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)) (?:proposals?|pitch|asks?|suggestions?|recommendations?|"
    r"stance|position|views?|demands?|requests?)\b",
    re.IGNORECASE,
)
# "what BYD pushed?", "what CALB said about patents": the words of someone, in statement order.
_SPEAKER_IN_STATEMENT_ORDER = re.compile(
    # (only "what", the thing said: in "which two carmakers wanted X" the which phrase is who wanted it)
    r"what (?-i:([A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}))(?: (?:proposals?|team|people))?"
    r"(?: (?:at|during) [^?]{1,30}?)? (?:said|proposed|"
    r"suggested|pushed|wanted|asked|called|urged|recommended|advocated|argued|demanded)\b",
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
_WORDING_NOUNS = word_set("word words wording phrasing phrase phrases")
_GENERIC_KINDS = word_set(
    "company companies firm firms business businesses body bodies organisation organisations organization "
    "organizations group groups person persons people carmaker carmakers automaker automakers maker makers "
    "manufacturer manufacturers country countries topic topics issue issues theme themes aspect aspects "
    "area areas one ones money funding funds cash capital department departments ministry ministries subject "
    "subjects anyone anybody someone somebody party parties stakeholder stakeholders player players "
    "agency agencies authority authorities institution institutions regulator regulators bureau bureaus "
    "folks"
)
# What traders call listed companies ("EV names", "battery stocks").
_MARKET_WORDS = word_set("names stocks shares equities")
# Kinds of subject ("Which policy **topic** ...?", "Which economic **area** ...?"): anything talked about.
_TOPIC_KINDS = word_set(
    "topic topics issue issues theme themes area areas subject subjects aspect aspects matter"
)
# Adjectives that only describe the thing asked for ("What **new** law ...?" asks for a law).
_DESCRIBING_WORDS = word_set(
    "new old specific particular certain exact other different additional further bigger broader wider "
    "overall main key primary chief central ultimate underlying big overarching broad"
    # (adverbs that say how precisely: "What **specifically** did they want?")
    " specifically concretely particularly"
)
# Nouns that only relate the question to its real subject ("What is the role of the NPC?").
_RELATIONAL_NOUNS = word_set(
    "role roles name names purpose function functions job aim aims goal goals meaning definition nature "
    "status significance importance area areas aspect aspects part parts change changes step steps "
    "measure measures action actions idea ideas request requests demand demands benefit benefits "
    "advantage advantages effect effects impact impacts consequence consequences result results outcome "
    "outcomes reason reasons payoff payoffs upside tool tools mechanism mechanisms approach approaches "
    "method methods term terms phrase phrases expression expressions concept concepts objective objectives "
    "report reports study studies publication publications buzzword buzzwords catchphrase slogan slogans "
    "duty duties responsibility responsibilities task tasks power powers lever levers instrument instruments "
    "position positions stance stances rationale reasoning justification logic thinking "
    "option options conduct behaviour behaviours behavior behaviors practice practices activity activities "
    "complaint complaints grievance grievances gripe gripes worry worries principle principles cause causes"
)
# Where the subject of "What is the X ...?" ends.
# Words that end a what-is question's subject: prepositions, and a pronoun opening a relative clause ("the
# growth target **they** set").
_FOCUS_END = word_set(
    "of for in at by this that from on to behind with like between among under over after before during "
    "since than into through they he she we you"
)


def _question_names(question: str) -> list[str]:
    """Proper nouns, acronyms and numbers of a question ("Nio", "CPPCC", "RMB1.3"), in order.

    A name qualifying a currency ("US dollars", "Hong Kong dollars") names a unit, which a text gives as
    "USD179 billion" or "$", so it is not a name the answer has to contain.
    """
    names: list[str] = []
    tokens = _TOKEN.findall(question)
    shouting = _mostly_capitals(question)
    # A first word set off by a colon is a label, no name ("Quick: main themes?"), but an acronym is one
    # ("BYD: CPPCC proposals?").
    label = re.match(r"\s*([A-Za-z]+)\s*:", question)
    interjection = bool(label) and not _is_acronym(label.group(1))
    for position, token in enumerate(tokens):
        if position == 0 and (
            token.lower() in _QUESTION_OPENERS or interjection or opens_terse_question(question)
        ):
            continue
        if any(t.lower() in _CURRENCY_WORDS for t in tokens[position + 1 : position + 3]):
            continue
        if "-" in token and not token[:1].isdigit():  # "AI-related" names AI; "self-driving" names nothing
            names.extend(part for part in token.split("-") if part[:1].isupper())
            continue
        # ("Alongside the easing bias", "..., Unlike CATL": a preposition; "Via Rail", "Among Us": names)
        preposition = token.lower() in _NEVER_NAMES and not token.isupper()
        after = tokens[position + 1] if position + 1 < len(tokens) else ""
        if preposition and (position == 0 or not after or after[:1].islower() or after.lower() == "the"):
            continue
        if _PRONOUN_CONTRACTED.fullmatch(token):
            continue  # "I'm", "It's": a pronoun with its verb
        has_digit = any(ch.isdigit() for ch in token)
        if (
            has_digit
            and _COUNT_REQUESTED.match(" ".join(tokens[position:]).lower())
            and (
                position == 0
                or tokens[position - 1].lower() in _BEFORE_A_COUNT_REQUESTED
                or (position + 1 < len(tokens) and tokens[position + 1].lower() in _COUNTED_MODIFIERS)
            )
        ):
            continue  # "3 big themes of the meetings", "the top 2 proposals": how many are asked for
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        # ("THE most important topic", "NOT covered": capitals for emphasis before the words they stress)
        emphasis = token.lower() in _EMPHASISED_WORDS and following[:1].islower()
        acronym = _is_acronym(token) and not shouting and not emphasis
        if (token[:1].isupper() or has_digit) and (token.lower() not in _STOPWORDS or acronym):
            names.append(token)
    return names


_COUNTED_MODIFIERS = word_set("main key big biggest major top most important notable principal")
# "3 big themes ...", "2 main proposals": a small count before a plural noun, how many things are asked for.
_COUNT_REQUESTED = re.compile(
    rf"(?:[1-9]|10)\s+(?:(?:{'|'.join(sorted(_COUNTED_MODIFIERS))})\s+){{0,2}}[a-z]+s\b"
)
# ("list 3 proposals", "the top 3 themes": a count asked for; "Were 2 patients harmed?" claims a figure)
_BEFORE_A_COUNT_REQUESTED = word_set("top list name give")


@functools.lru_cache(maxsize=4096)
def _asked_acronyms(question: str) -> tuple[str, ...]:
    """The acronym(s) whose long form the question asks ("What does CATL stand for?" gives ("CATL",)): a
    word in capitals, or any word in a question typed all in lowercase, in one of ``_LONG_FORM_ASKED``."""
    lowercase = question == question.lower()
    found = []
    for pattern in _LONG_FORM_ASKED:
        for match in pattern.finditer(question):
            word = match.group("acronym")
            if (word.isupper() or lowercase) and word.lower() not in _STOPWORDS:
                found.append(word)
    return tuple(dict.fromkeys(found))


# Below this contextual support a question's modifier is not what the sentence's own modifier says.
CONTRASTED_SUPPORT = 0.35
# Modifiers of scope: "local government" and "national government" are different governments.
_SCOPE_WORDS = word_set(
    "local national central federal regional provincial municipal state domestic foreign international "
    "global private public commercial"
)
# The default scope of a text about one country ("domestic consumer demand" is the "consumer demand" a
# national report speaks of): a contrast only when the sentence names the scope beyond it.
_HOME_SCOPE_WORDS = word_set("domestic national")
_BEYOND_HOME_SCOPE = word_set("foreign overseas international global export exports abroad")
# (not "national park", "domestic violence": a thing of its own)
_HOME_ECONOMY = word_set(
    "consumer consumption demand spending economy growth market markets output production investment "
    "economic debt budget"
)


def _contrasting_modifier(
    question: str,
    words: list[tuple[str, tuple[int, int]]],
    supports: list[float],
    sentence: str,
) -> bool:
    """Whether the sentence has the question's three-word phrase with another word in the middle: "battery
    **recycling** regulations" against "battery **transportation** regulations" is another kind of
    regulation. The question's middle word must be far from anything the answer says (support below
    CONTRASTED_SUPPORT), so a paraphrase ("cheaper credit" / "more accessible credit") is no contrast.

    A word of scope ("**local** government bonds") needs no frame: a sentence about "government" bonds
    without it is not about the local government's, as a "bank" is not a "central bank"."""
    tokens = [_stems(token) for token in _TOKEN.findall(sentence)]
    for index, (word, (_, end)) in enumerate(words[:-1]):
        head, (head_start, _) = words[index + 1]
        scoped = word.lower() in _SCOPE_WORDS and not question[end:head_start].strip()
        if scoped and word.lower() in _HOME_SCOPE_WORDS and _bare(head) in _HOME_ECONOMY:
            scoped = any(token.lower() in _BEYOND_HOME_SCOPE for token in _TOKEN.findall(sentence))
        if scoped and supports[index] < CONTRASTED_SUPPORT and any(t & _stems(head) for t in tokens):
            return True
    for index in range(1, len(words) - 1):
        (left, (_, left_end)), (middle, (middle_start, middle_end)), (right, (right_start, _)) = words[
            index - 1 : index + 2
        ]
        if question[left_end:middle_start].strip() or question[middle_end:right_start].strip():
            continue  # not one run of content words
        if supports[index] >= CONTRASTED_SUPPORT or not middle.isalpha() or not middle.islower():
            continue  # the middle word is (nearly) there, or a name, the names rules' business
        frame = (_stems(left), _stems(middle), _stems(right))
        for before, between, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
            if before & frame[0] and after & frame[2] and between and not between & frame[1]:
                return True
    return False


def _stems(word: str) -> set[str]:
    """A word's stems as the sentence terms have them, synonyms aside (the frame is matched literally)."""
    return {term for term in _content_terms(word) if not term.startswith("=")}


# A capital stands for its country's government in news questions ("Is Beijing easing policy?"), while the
# text says "China" or "the government". Capital -> the words that show the text is about that country.
_CAPITAL_COUNTRIES = {
    "beijing": "china chinese",
    "washington": "us u.s. america american",
    "moscow": "russia russian",
    "london": "uk britain british",
    "tokyo": "japan japanese",
    "brussels": "eu european europe",
    "berlin": "germany german",
    "paris": "france french",
    "delhi": "india indian",
    "seoul": "korea korean",
    "ottawa": "canada canadian",
    "canberra": "australia australian",
    "brasilia": "brazil brazilian",
    "ankara": "turkey turkish",
    "riyadh": "saudi",
    "tehran": "iran iranian",
    "kyiv": "ukraine ukrainian",
    "taipei": "taiwan taiwanese",
    "jakarta": "indonesia indonesian",
    "rome": "italy italian",
    "madrid": "spain spanish",
}


_INSTITUTION_WORDS = (
    r"Ministry|Ministries|Department|Office|Bureau|Agency|Commission|Council|Committee|Congress|Conference|"
    r"Parliament|Government|Bank|Party|Court|Administration|Authority|Association|Federation|Institute|"
    r"University"
)
# "Ministry of Finance", "People's Bank of China", "State Council": the capitalised run around one.
_INSTITUTION = re.compile(
    rf"(?:[A-Z][\w’'-]*\s+)*(?:{_INSTITUTION_WORDS})\b(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?"
)


# Abbreviations a text may only ever spell out ("AV rollout" -> "autonomous vehicle rollout").
_ABBREVIATIONS = {
    "AV": "autonomous vehicle",
    "AVs": "autonomous vehicles",
    "NEV": "new energy vehicle",
    "NEVs": "new energy vehicles",
    "OEM": "carmaker",
    "OEMs": "carmakers",
    "MoF": "Ministry of Finance",
    "MOF": "Ministry of Finance",
    "PBoC": "central bank",
    "PBOC": "central bank",
    "ESS": "energy storage",
    "BESS": "battery energy storage",
    "IP": "intellectual-property",
    "govt": "government",
    "gov't": "government",
    "li-ion": "lithium-ion",
    "Li-ion": "lithium-ion",
    "BEV": "EV",
    "BEVs": "EVs",
    "ULT": "ultra-long-term",
    "batt": "battery",
    "stds": "standards",
}
_ABBREVIATION = re.compile(r"\b(" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")\b")


_SCALE_WORDS = {
    "k": "thousand",
    "m": "million",
    "mn": "million",
    "bn": "billion",
    "tn": "trillion",
    "trn": "trillion",
}
_NUMBER_NAMES = dict(enumerate(_NUMBER_WORDS.split("|")[:10], start=1))  # 4 -> "four"
_SMALL_SCALED = re.compile(r"(?<![\w.$€£#])(10|[2-9])\s+([a-z]+)\b", re.IGNORECASE)
_SHORT_YEAR = re.compile(r"\b(in|since)\s+['’]?([12]\d)(?=\s*(?:[?.!,;]|$))", re.IGNORECASE)  # "in 24?"
_SHORT_MONTH_YEAR = re.compile(  # "Sep-24", "Sept '24"
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)[-\s'’/]+'?(\d\d)\b(?![-/.]\d)",
    re.IGNORECASE,
)
_SCALED_NUMBER = re.compile(  # "4m", "RMB1.3tn", "300 bn" (but not "100 m", a length)
    rf"(?<![\w.])((?:{_CURRENCY_SIGN})?\d+(?:\.\d+)?)(?:\s?(mn|bn|tn|trn)|(k|m))\b", re.IGNORECASE
)


def _spelled_out(question: str, texts: Sequence[str]) -> str:
    """The question with the abbreviations of ``_ABBREVIATIONS`` that the texts never use spelled out, so
    that their words can meet the texts' ("Which company pushed the AV rollout?" -> "... the autonomous
    vehicle rollout?", "4m" -> "4 million"); one the texts use is theirs and stays."""
    written = {token for text in texts for token in _TOKEN.findall(text)}

    def spell(match: re.Match[str]) -> str:
        return match.group() if match.group() in written else _ABBREVIATIONS[match.group()]

    said = " ".join(texts).lower()

    def scale(match: re.Match[str]) -> str:  # "4m" -> "4 million", "RMB1.3tn" -> "RMB1.3 trillion"
        if match.group() in written:
            return match.group()
        return f"{match.group(1)} {_SCALE_WORDS[(match.group(2) or match.group(3)).lower()]}"

    def in_words(match: re.Match[str]) -> str:  # "4 million", "2 sessions": "four million", "two sessions"
        words = f"{_NUMBER_NAMES[int(match.group(1))]} {match.group(2)}"
        return words if words.lower() in said else match.group()

    def full_year(match: re.Match[str]) -> str:  # "EV uptake in 24?": in 2024, when the texts name 2024
        year = f"20{match.group(2)}"
        return f"{match.group(1)} {year}" if year in said else match.group()

    def month_year(match: re.Match[str]) -> str:  # "Sep-24" -> "September 2024"
        month = next(name for name in _MONTHS.split("|") if name.startswith(match.group(1).lower()[:3]))
        return f"{month.capitalize()} 20{match.group(2)}"

    spelled = _SCALED_NUMBER.sub(scale, _ABBREVIATION.sub(spell, question))
    spelled = _SHORT_YEAR.sub(full_year, spelled)
    return _SHORT_MONTH_YEAR.sub(month_year, _SMALL_SCALED.sub(in_words, spelled))


# A fact check's claim ("Is it true that China will issue RMB1.5 trillion?") names a value the texts may
# give otherwise; the sentence that gives theirs answers the check, as its correction.
_CLAIM_CHECK = re.compile(rf"^{CLAIM_LEAD}\b", re.IGNORECASE)
_CLAIMED_VALUE = re.compile(
    rf"(?P<money>(?:{_CURRENCY_SIGN})\s?\d(?:[\d,.]*\d)?(?:\s*(?:trillion|billion|million|tn|bn)\b)?"
    rf"|\d[\d,.]*\s*(?:trillion|billion|million)?\s*(?:{_CURRENCY_WORD})\b)"
    r"|(?P<percent>\d[\d.]*\s*(?:%|percent\b|per\s+cent\b))"
    rf"|(?P<date>\b(?:{_MONTHS})\s+\d{{4}}\b)"
    rf"|(?P<scaled>\b(?:\d[\d,.]*|{_NUMBER_WORDS})\s+(?:million|billion|trillion)\b)",
    re.IGNORECASE,
)


# Stances a claim may have the wrong way round ("tightening" where the texts say "loose").
def _synonym_group(first: str) -> frozenset[str]:
    """The words of the ``_SYNONYM_GROUPS`` group that opens with ``first``."""
    lines = _SYNONYM_GROUPS.strip("\n").splitlines()
    start = next(i for i, line in enumerate(lines) if line.split()[0] == first)
    group = lines[start].split()
    for line in lines[start + 1 :]:
        if not line.startswith("      "):
            break
        group += line.split()
    return frozenset(group)


_OPPOSED_STANCES = (_synonym_group("tight"), _synonym_group("loose"))


def _value_shape(value: re.Match[str]) -> tuple[str, str]:
    """What a value is, to compare it with another: a date, a percentage, a scaled count, or a sum in
    one currency ("RMB1.5 trillion" and "RMB1.3 trillion" are alike; "USD179 billion" is not)."""
    kind = value.lastgroup or ""
    if kind != "money":
        return kind, ""
    # ("¥" is taken for yuan, the first family that has it)
    return kind, next(
        (family for family, figure in _CURRENCY_FIGURES.items() if re.search(figure, value.group(), re.I)), ""
    )


def _claim_as_the_texts_have_it(question: str, texts: Sequence[str]) -> str:
    """A fact check with the values the texts give in place of the claim's where they differ: "Is it true
    that China will issue RMB1.5 trillion?" -> "... RMB1.3 trillion?" when a text says RMB1.3 trillion, so
    that the sentence with the text's value answers it; "tightening" -> "loose" likewise, and "Geely and
    BYD" -> "Geely" when no text names BYD. A value of a kind no text gives ("a 5% target") stays, and the
    check stays unanswered."""
    if not _CLAIM_CHECK.match(question.strip()):
        return question
    written = " ".join(texts).lower()
    for value in reversed(list(_CLAIMED_VALUE.finditer(question))):
        if value.group().lower() in written:
            continue
        rest = _content_terms(question[: value.start()] + question[value.end() :])
        # the value of the text that shares most of the claim's other words (the first, on a tie)
        alike = [
            (len(rest & _content_terms(text)), -position, -other.start(), other.group())
            for position, text in enumerate(texts)
            for other in _CLAIMED_VALUE.finditer(text)
            if _value_shape(other) == _value_shape(value)
        ]
        if alike:
            question = question[: value.start()] + max(alike)[3] + question[value.end() :]

    def present_one(pair: re.Match[str]) -> str:  # "Geely and BYD called for X": Geely did, at least
        first, second = (pair.group(n) for n in (1, 2))
        here = [name for name in (first, second) if re.search(rf"\b{re.escape(name.lower())}\b", written)]
        return here[0] if len(here) == 1 else pair.group()

    question = re.sub(r"\b([A-Z][\w-]+)\s+and\s+([A-Z][\w-]+)\b", present_one, question)
    words = set(_TOKEN.findall(written))
    for stance, opposite in (_OPPOSED_STANCES, _OPPOSED_STANCES[::-1]):
        said = sorted(opposite & words)
        if said and not stance & words:
            question = re.sub(rf"\b(?:{'|'.join(stance)})\b", said[0], question, flags=re.IGNORECASE)
    return question


_COUNTRYS_GOVERNMENT = re.compile(
    r"\b(?:the\s+)?(?:"
    + "|".join(sorted({re.escape(word) for words in _CAPITAL_COUNTRIES.values() for word in words.split()}))
    + r")(?:['’]s)?\s+government\b",
    re.IGNORECASE,
)


def _capital_as_country(question: str, texts: Sequence[str]) -> str:
    """The question with a capital read as its country's government where the texts never name the capital
    but do name the country ("Beijing's monetary stance" -> "the government's monetary stance"; not
    "China's", which would pull every sentence that mentions China), and a country's own government ("the
    Chinese government") as the government where the texts never say it so."""
    written = {_bare(token) for text in texts for token in _TOKEN.findall(text)}

    def government(match: re.Match[str]) -> str:
        capital = match.group(1).lower()
        if capital in written or not set(_CAPITAL_COUNTRIES[capital].split()) & written:
            return match.group(0)
        return "the government" + (match.group(2) or "")

    pattern = r"\b(" + "|".join(_CAPITAL_COUNTRIES) + r")(['’]s)?\b"
    question = re.sub(pattern, government, question, flags=re.IGNORECASE)
    # "the PRC economy": China's, where the texts say China and never the initials
    if "china" in written and "prc" not in written:
        question = re.sub(r"\b(?:the\s+)?(?-i:PRC)\b", "China", question)
    # "the Chinese government", "China's government": the government, where the texts never say it so
    said = " ".join(texts).lower().replace("’", "'")

    def its_government(match: re.Match[str]) -> str:
        named = match.group().lower().replace("’", "'")
        return match.group() if named.removeprefix("the ") in said else "the government"

    return _COUNTRYS_GOVERNMENT.sub(its_government, question)


_ORDINAL = r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th)"
_SUPERLATIVE = (
    r"(?:largest|biggest|greatest|highest|lowest|smallest|best|worst|most|least|fastest|richest|top)"
)
_RANKED_SUPERLATIVE = re.compile(rf"\b{_ORDINAL}[ -](?:{_SUPERLATIVE})\b", re.IGNORECASE)


# "top" alone is often a title ("China's top legislature"), not a ranking; "most heavily" ranks a doing.
_FIRST_RANKED = re.compile(
    rf"\b(?:(?!top\b|most\s+(?:\w+ly|weight|emphasis|attention|focus|stress)\b){_SUPERLATIVE}|number one|"
    r"top (?:priority|priorities|concerns?|issues?|"
    r"topics?|themes?|goals?))\b",
    re.IGNORECASE,
)


def _ranks_first(text: str) -> bool:
    """Whether the text ranks something first: "the biggest theme", "the most important topic", "the top
    priority", but not "the second largest economy", "China's top legislative body" or "most heavily". Asked
    of a question, whether it asks for what ranks first ("What was the single biggest theme?")."""
    return bool(_FIRST_RANKED.search(_RANKED_SUPERLATIVE.sub(" ", text)))


_FACT_CHECK = re.compile(r"^(?:true\s+or\s+false|(?:is|was|are|were)\s+(?!there\b)\S+)\b", re.I)


def _ranks_below_the_asked_superlative(question: str, sentence: str) -> bool:
    """Whether the question asks for the largest (best, ...) and the sentence only has the second largest:
    "Which country has the world's largest economy?" is not answered by "the world's second largest
    economy"."""
    ranked = _RANKED_SUPERLATIVE.search(sentence)
    if ranked is None or _FACT_CHECK.match(question.strip()):
        return False  # "Is it true China is the largest economy?" is answered by the rank the text gives
    superlative = ranked.group().split()[-1].split("-")[-1].lower()
    asked = re.search(rf"\b((?:what|which)\s+)?(?:{_ORDINAL}[ -])?{superlative}\b", question, re.IGNORECASE)
    if asked is not None and asked.group(1):  # "China is the world's what largest economy?" asks the rank
        return False
    return asked is not None and _RANKED_SUPERLATIVE.search(asked.group()) is None


def _names_cased_in(question: str, texts: Sequence[str]) -> list[str]:
    """The words of an all-lowercase question that the texts only ever write as names ("gotion two sessions
    suggestion" -> "Gotion": "two" and "sessions" are also written in lowercase there). Typed in lowercase,
    a question marks no names by capitals, so the texts' own casing tells them."""
    if question != question.lower():
        return []
    casing = Casing.of(texts)
    names = (casing.name_for(token) for token in _TOKEN.findall(question) if token not in _STOPWORDS)
    return [name for name in names if name is not None]


def _content_words(question: str, terms_of: Callable[[str], set[str]]) -> list[tuple[str, tuple[int, int]]]:
    """The question's words that constrain an answer, with their spans: no question opener, no stopword."""
    words = []
    previous = ""
    asked_phrase = False  # inside "which battery maker ...": the kind asked for is what the answer names
    # "What's the NPC's full name?": the acronym is all a spelled-out long form has to match
    form_words = _LONG_FORM_WORDS if _asked_acronyms(question) else frozenset()
    for position, match in enumerate(_TOKEN.finditer(question)):
        word = match.group()
        lowered = word.lower()
        after_this, previous = previous == "this", lowered
        asked_phrase = lowered in ("which", "what") or (asked_phrase and lowered not in _STOPWORDS)
        if position == 0 and lowered in _QUESTION_OPENERS:
            continue
        if lowered in form_words or lowered in _WHY_WORDS:  # "Rationale?", "the stated objective": why
            continue
        if after_this and _bare(word) == "year":  # "this year" is when the report is about, no topic
            continue
        if (
            lowered in _RAISED_WORDS
            and _NOTHING_RAISED.match(question, match.end())
            and _ASKS_WHAT.match(question)
        ):
            continue  # "What did Gotion raise (at the meeting)?": what it said, not a rise ("raise funds")
        if asked_phrase and lowered in _GENERIC_KINDS:  # "Which company ...": any company that answers
            continue
        counting = lowered in _NUMBER_WORD_SET or (lowered.isdigit() and int(lowered) <= 12)  # "what 3 ..."
        if asked_phrase and counting and _COUNTED_PLURAL.match(question, match.end()):
            continue  # "What three themes ...?": how many are asked for, which a list need not say
        if terms_of(word):
            words.append((word, match.span()))
    return words


_COUNTED_PLURAL = re.compile(r"\s+[a-z]+s\b")
_RAISED_WORDS = word_set("raise raised raises raising")
# ("How much did the school raise at the fair?" asks money raised)
_ASKS_WHAT = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:what|which)\b", re.I)
_NOTHING_RAISED = re.compile(r"\s*(?:$|[?.!,;:)]|(?:at|in|during|about|on|with|before|to)\b)", re.I)


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


def _mostly_capitals(text: str) -> bool:
    """Written in capitals ("WHO IS THE CEO OF NIO?"), where capitals say nothing about names."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.7 * len(letters)


# "I'm", "it's", "they're", "we'll": a pronoun and its verb, not a name's possessive ("Will's lawyer").
_PRONOUN_CONTRACTED = re.compile(
    r"(?i:i|you|we|they|he|she|it|that|what|who|there|let)['’](?:m|re|ve|ll|d|s)"
)
# Words typed in capitals for emphasis ("THE most important topic", "NOT the CPPCC"), not acronyms.
_EMPHASISED_WORDS = word_set("the not all any and but one too was did are yes")


def _is_acronym(token: str) -> bool:
    """ "US", "UK", "IT": two or three capitals, a name even where the lowercase word is a stopword."""
    return 2 <= len(token) <= 3 and token.isalpha() and token.isupper()


_HAPPENED_TO = re.compile(
    r"^\s*what\s+(?:has\s+|had\s+)?(?:happened|happens|will\s+happen)\s+(?:to|with)\s+(.+?)"
    r"(?:\s+(?:after|since|when|during|following|before|once|in|at)\b.*)?\W*$",
    re.IGNORECASE,
)


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
    happened = _HAPPENED_TO.match(question)
    if happened:  # "What happened to CATL's share price after ...?" is about the share price
        return happened.group(1)
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
        while subject and subject[-1].lower() in _STRANDED_PREPOSITIONS:  # "What were they pushing for?"
            subject.pop()
        if len(subject) > 1 and subject[-1].lower().endswith("ing") and subject[-2].lower() not in _ARTICLES:
            return None  # "What is Xiaomi pushing for?": a verb in the progressive, not a subject
        return " ".join(subject) or None
    return None


def _about_phrase(question: str) -> str:
    """The words after *about/regarding/concerning* ("What did Gotion say about **battery recycling**?")."""
    # "about logistics – which ...?", "said something about how X. What was it?": the phrase ends there
    first = re.split(r"\s[–—-]\s|[;:]\s|[.?!]\s", question)[0]
    own = first.split(" (", 1)[0]
    own_tokens = [token.lower() for token in _TOKEN.findall(own)]
    if own != first and any(token in _ABOUT for token in own_tokens[:-1]):
        first = own  # "the phrase they used about industries (what does X say about AI)": about industries
    if without_borrowed_context(question) != question:
        # ("... (so the bit about emerging industries, what was the phrase)?": in a borrowed question, the
        # phrase ends before what it went on to ask)
        first = re.split(r",\s*(?=(?:what|which|who|how|why|when|where)\b)", first, flags=re.I)[0]
    anything_on = _ANYTHING_ON.match(first)
    topic = re.split(r",|\s+and\s+", first[anything_on.end() :])[0] if anything_on else ""
    # (the name in the topic itself: "rates in the NPC's report" is about rates, where the NPC says them)
    named = re.split(r"\s+(?:in|at|during|from|by|since|until)\s+", topic, flags=re.I)[0]
    if re.search(r"\b[A-Z][\w&-]*", named) and not re.search(r"\bor\b", topic, re.I):
        return " ".join(_TOKEN.findall(topic))  # "Anything on EU tariffs?": on a name's thing is about it
    tokens = _TOKEN.findall(first)
    for position, token in enumerate(tokens[:-1]):
        if token.lower() in _ABOUT and tokens[position + 1].lower() not in _SETTING_PREPOSITIONS:
            return " ".join(tokens[position + 1 :])
    worded = _WORDING_FOR.search(first)
    if worded:  # "What is the exact wording the report uses for monetary policy?": about monetary policy
        return " ".join(_TOKEN.findall(worded.group("topic")))
    return ""


# "the exact wording the report uses for X", "the phrase they used on X": the words said on X
_WORDING_FOR = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:what|which)(?:['’]s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?"
    r"(?:(?:exact|precise|actual|verbatim|specific|official)\s+)?(?:wording|words|phrase|phrasing|formulation|"
    r"quote|quotation|expression)\b[^?]{0,40}?\s(?:for|on|regarding|concerning)\s+(?P<topic>[^?,;]+)",
    re.I,
)
_ANYTHING_ON = re.compile(
    r"^\s*(?:(?:is|was)\s+there\s+)?(?:anything|any\s+(?:news|word|mention|info|information))\s+on\s+", re.I
)
# "What did CALB complain about at the CPPCC?": where it was said follows "about", not what it was about.
_SETTING_PREPOSITIONS = word_set("at during in on when while after before")
# A preposition at the end of a question belongs to its verb ("What were they pushing for?").
_STRANDED_PREPOSITIONS = word_set("about for on to with of at in")


# "how many were for", "how much will be used for": what a part of a whole put apart goes to.
_PART_COUNTED = (
    r"how (?:much|many)(?: \w+)? (?:goes|go|going|went|will go|is|are|was|were|will be)"
    r"(?: \w+ly| allocated| earmarked| set aside| used| spent)? (?:to|for|towards|into|on)"
)
_SHARE_DESTINATION = re.compile(
    r"\bhow (?:much|many)(?: \w+)? of .+? (?:goes|go|going|went|will go|is going|is|are|was|were|will be)"
    r"(?: \w+ly| allocated| earmarked| set aside| used| spent| assigned| directed| devoted| reserved|"
    r" planned| intended| meant| slated| budgeted| destined)?"
    r" (?:to|for|towards|into|on)\s+(.+?)\W*$"
    r"|\bhow (?:much|many)(?: \w+)? of .+? (?:will |would |is to )?(?-i:fund|funds|support|supports|pay for|"
    r"pays for|finance|finances|cover|covers|be spent on|be used for|be earmarked for|be set aside for|"
    r"is earmarked for|is set aside for|is used for|is spent on)\s+(.+?)\W*$"
    # "Of those, how many were for plug-in hybrids?": the whole put first
    rf"|^(?:and\s+)?of\s+[^,]+,\s*{_PART_COUNTED}\s+(.+?)\W*$"
    rf"|^{_PART_COUNTED}\s+([^,]+?),\s*of\s+[^,]+\W*$",
    re.IGNORECASE,
)


_COMPARISON = re.compile(
    r"\b(?:compare[sd]?|comparison|versus|vs\.?|than|up from|down from)\b", re.IGNORECASE
)


def _compares_with_an_absent_past(question: str, sentence: str) -> bool:
    """Whether the question compares with a past period ("How does X compare with last year's amount?")
    and the sentence says nothing of any past time: then it gives only one side of the comparison."""
    compares_with_past = _PAST_PERIOD.search(question) and _COMPARISON.search(question)
    return bool(compares_with_past and not _PAST_TIME_ANSWER.search(sentence))


_THIS_YEAR_ASKED = re.compile(rf"\b(?:{SO_FAR_THIS_YEAR})\b", re.I)
# "..., up from 35,000 in 2023", "the first increase since 2017": this year's figure beside another's.
_COMPARED_IN_SENTENCE = re.compile(
    r"\b(?:up|down|rise|rising|fall|falling)\s+from\b|\bcompared\s+(?:with|to)\b|\bthan\b|\bsince\b|"
    r"\b(?:the\s+)?(?:first|highest|lowest|biggest|largest)\b|\bfrozen\b|\bat\s+the\s+\d{4}\b",
    re.I,
)
# "How many do they expect this year?": a figure of the document's year ("What does it plan this year?" may be
# told by a sentence that recalls another year, and "last year" is another time).
_FIGURE_THIS_YEAR = re.compile(
    r"^(?!.*\blast\s+year\b)(?:and\s+)?how\s+(?:much|many)\b.*\bthis\s+year\b", re.I
)


_COMPARED_WITH = re.compile(
    r",?\s*(?:for\s+)?(?:comparison|comparing|compared|to\s+compare)\s+(?:with|to|against)\s+"
    r"(?:the\s+)?(?:\d{4}|(?:the\s+)?\d{4}\s+\w+(?:\s+\w+)?)\b",
    re.I,
)


# "When did the session open?", "On which dates did it open and close?": when an event began or ended, which
# a sentence dating something else does not tell.
_EVENT_WHEN = re.compile(
    r"^(?:and\s+)?(?:when|(?:on\s+)?(?:what|which)\s+(?:date|dates|day|days))\b[^?]*?\b(?:did|does|do|will|was|were)\s+"
    r"(?P<subject>[^?]*?)\s+(?P<event>open|close|start|begin|end|conclude|convene|kick\s+off|wrap\s+up|finish)\b",
    re.I,
)
# Words that tell an event began or ended ("shut its doors", "got under way", "runs until", "kick-off").
_EVENT_TOLD = re.compile(
    r"\b(?:open|opened|opening|opens|close|closed|closing|closes|shut|start|started|starting|starts|began|"
    r"begin|begins|beginning|end|ended|ends|ending|conclude|concluded|concludes|convene|convened|met|held|"
    r"kick(?:ed|s)?(?:-|\s+)off|wrapped|finish|finished|finishes|expires?|expired|until|under\s+way|"
    r"launched|inaugurated|lasts?|retired|signed|returned)\b",
    re.I,
)


def _event_absent(question: str, sentence: str) -> bool:
    """ "When did the NPC session open?" answered by a sentence that neither tells of an opening or a
    close nor names the session ("... reduced the RRR in September 2024"): a date, but of something
    else."""
    asked = _EVENT_WHEN.match(without_borrowed_context(question).strip())
    if asked is None or _EVENT_TOLD.search(sentence):
        return False
    subject = {
        _bare(word) for word in _TOKEN.findall(asked.group("subject")) if word.lower() not in _STOPWORDS
    }
    return not subject & {_bare(word) for word in _TOKEN.findall(sentence)}


def _dated_otherwise(question: str, sentence: str, document_year: str | None) -> bool:
    """Whether the question is dated ("... in 2024?", "the 2024 issuance", "the year before") and the
    sentence is not about that time: it names other years only, or none while its document is of another
    year ("plans to increase its issuance" in a 2025 article is not the 2024 issuance), or it tells of no
    past time at all when a past period is asked about. The question's words in brackets are a follow-up's
    borrowed context and date nothing."""
    # ("... in 2023, for comparison with 2024?": the year compared with is not the year asked about)
    asked_part = _COMPARED_WITH.sub(" ", without_borrowed_context(question))
    asked = set(_YEAR.findall(asked_part))
    if _THIS_YEAR_ASKED.search(asked_part) and document_year is not None:
        asked.add(document_year)  # "so far this year": the year of the document
    said = set(_YEAR.findall(sentence))
    # ("..., up from 35,000 in 2023": this year's figure, compared with another year's)
    compared = _COMPARED_IN_SENTENCE.search(sentence)
    if (
        not asked
        and _FIGURE_THIS_YEAR.search(asked_part)
        and document_year is not None
        and said
        and not compared
    ):
        return document_year not in said  # "How many do they expect this year?" / "In 2024, ..."
    if asked:
        if asked & said:
            return False
        return bool(said) or (document_year is not None and document_year not in asked)
    return bool(_PAST_PERIOD.search(asked_part)) and not _PAST_TIME_ANSWER.search(sentence)


def _share_destination(question: str) -> str:
    """Where a share is asked to go: "How much of the RMB1.3 trillion goes to **equipment upgrades**?",
    "How much of the bond money will fund **AI projects**?" ("" for other questions). The answer's figure
    must be the share for that, so its words must be in the answer as an about phrase's are."""
    match = _SHARE_DESTINATION.search(without_borrowed_context(question))
    if match is None:
        return ""
    destination = next((group for group in match.groups() if group), "")
    destination = re.sub(r",\s+(?:and\s+|but\s+)?not\s+.*$", "", destination)  # "..., not the trade-in"
    # "... to the trade-in scheme that supports EV uptake?": the relative clause only describes the scheme
    # (but "... to people who are over 65" says which people)
    head = re.split(r"\s+(?:that|which)\s+(?=[a-z])", destination, maxsplit=1)[0]
    return head if _NAMED_PROGRAMME.fullmatch(head) else destination


# "the trade-in scheme", "the dredging fund": one programme, which a relative clause after it only describes.
_NAMED_PROGRAMME = re.compile(
    r"the\s+(?:[\w’'-]+\s+){0,3}(?:scheme|fund|programme|program|plan|initiative|project|policy|system)", re.I
)


# "Which company called for a carbon disclosure standard?": what someone is asked to have called for.
_CALLED_FOR = re.compile(
    r"^(?:which|who)\b[^?,]{0,40}?(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)\s+"
    r"(?:(?:called|pushed|asked|argued|lobbied|pressed)\s+for|proposed|suggested|advocated(?:\s+for)?|demanded)\s+"
    r"(?P<thing>[^?,]+?)(?=\s+and\s+(?:why|when|how|what|where)\b|[?,]|$)",
    re.I,
)


def _thing_called_for(question: str) -> str:
    """What a question asking who called for something names as called for, without the setting after it
    ("Which company at the forum **called for** a **mandatory carbon disclosure standard** at the CPPCC?");
    "" for other questions."""
    match = _CALLED_FOR.match(without_borrowed_context(question))
    if match is None:
        return ""
    return _words_before(match.group("thing"), _SETTING_PREPOSITIONS)


def _about_topic(question: str) -> str:
    """The topic of an *about* phrase without the setting after it: "... about **battery swapping** at the
    CPPCC?"."""
    return _words_before(_about_phrase(question), _ABOUT_ENDS)


# Where an about phrase's topic ends: at its setting ("battery swapping **at** the CPPCC", "**since** Q2").
_ABOUT_ENDS = word_set("at during in on from to for by with this since until")


def _words_before(phrase: str, stops: Collection[str]) -> str:
    """The words of ``phrase`` up to the first of ``stops`` (lowercased), which sets it somewhere."""
    words = []
    for word in _TOKEN.findall(phrase):
        if word.lower() in stops:
            break
        words.append(word)
    return " ".join(words)


_WHO_SAID = re.compile(
    r"^(?:and\s+)?who\s+(?:said|says|proposed|suggested|raised|mentioned|wanted|pushed|called|asked|brought|"
    r"made|put)\b",
    re.I,
)


# "the subsidy per car", "how much does each buyer get": a figure for one of many, which a total is not.
_PER_UNIT_ASKED = re.compile(
    r"\bper[\s-](?:one\s+|a\s+|single\s+)?(?:car|cars|vehicle|vehicles|buyer|buyers|unit|units|person|head|capita|household|ev|evs|"
    r"customer|customers)\b|\beach\s+(?:buyer|car|vehicle|person|household|customer|unit)\b|\bper-unit\b",
    re.I,
)
_PER_UNIT_GIVEN = re.compile(r"\bper\b|\beach\b|\bapiece\b|\ba\s+(?:car|vehicle|unit|head|buyer)\b", re.I)


# Opposing a thing, asked ("Did anyone push back on that?", "Who objected?") or told ("CALB warned against").
_OPPOSING_ASKED = re.compile(
    r"\b(?:oppos\w*|object(?:s|ed|ing|ion|ions)?\b|critici[sz]\w*|reject\w*|resist\w*|push(?:ed|es|ing)?\s+back|"
    r"pushback|counterpoint\w*|counter-?argument\w*|disagree\w*|backlash|dissent\w*|veto\w*|"
    r"(?:argue|argued|spoke|speak|vote|voted|come\s+out|came\s+out)\s+against)",
    re.I,
)
_OPPOSING_TOLD = re.compile(
    rf"{_OPPOSING_ASKED.pattern}|\b(?:against|warn\w*|concern\w*|doubt\w*|sceptic\w*|skeptic\w*|"
    r"challeng\w*|dismiss\w*|refus\w*|but\b|however\b|address\w*|regulat\w*|curb\w*|"
    r"crack\w*\s+down|fight\w*|tackl\w*|combat\w*|stop\w*|prevent\w*|ban\b|bans\b|banned|banning|limit\w*)",
    re.I,
)


_ASKS_WHO_OR_WHETHER = re.compile(
    r"^(?:(?:and|so|but)\s+)?(?:who|which|did|does|do|has|have|had|was|were|is|are|will|would)\b", re.I
)


def _opposition_absent(question: str, text: str) -> bool:
    """Whether the question asks who opposed or pushed back ("Did anyone push back on that?", "Who
    objected to X?") and the sentence tells no opposition: advocating X is not opposing it."""
    asked = without_borrowed_context(question)
    if not _ASKS_WHO_OR_WHETHER.match(asked):
        return False  # "Why did X argue against Y?" asks why, of what the text may tell otherwise
    return bool(_OPPOSING_ASKED.search(asked)) and not _OPPOSING_TOLD.search(text)


def _per_unit_absent(question: str, text: str) -> bool:
    """Whether the question asks for a figure per car, buyer or unit ("What's the per-vehicle subsidy?")
    and the sentence gives none per anything ("RMB300 billion will be used to expand the scheme")."""
    return bool(_PER_UNIT_ASKED.search(question)) and not _PER_UNIT_GIVEN.search(text)


# Kinds of body whose names say what they are ("the Ministry of Finance", "the Statistics Bureau").
_KIND_NAMES = re.compile(r"\b(?:ministry|ministries|bureau|bureaus)\b", re.IGNORECASE)
_NAMED_BY_KIND = re.compile(
    r"\b(?:which|what)\s+(?:[a-z]+\s+)?(?P<kind>ministry|ministries|bureau|bureaus)\b"
)


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
    if wanted == "phone number":
        return _PHONE_NUMBER.search(text) is not None
    if wanted == "long form":  # "What does NPC stand for?": "the National People's Congress (NPC)"
        defined = dict(_acronyms_defined_in(text))
        return any(acronym.lower() in defined for acronym in _asked_acronyms(question))
    if wanted == "foreign words":  # "What's the pinyin name for it?": in that script, or marked as such
        asked = _FOREIGN_NAMING.search(without_borrowed_context(question))
        language = (asked.group("language") or asked.group("spoken")) if asked else ""
        marked = bool(language) and re.search(rf"\b{language}\s*:", text, re.IGNORECASE) is not None
        return bool(_OTHER_SCRIPT.search(text)) or marked
    if wanted == "duration":  # "How long is the scheme meant to run?": "until 2027", "for three years"
        return _DURATION.search(text) is not None
    if wanted == "role":  # "In what capacity did the CATL representative speak?": "The CEO of CATL"
        roles = _ROLE_ANSWERS - {token.lower() for token in _TOKEN.findall(question)}
        return any(token.lower() in roles for token in _TOKEN.findall(text))
    kind = _NAMED_BY_KIND.search(without_borrowed_context(question).lower())
    if wanted == "agent" and kind and not _KIND_NAMES.search(text):
        return False  # "Which ministry will issue the bonds?": a ministry's name says "Ministry"
    if wanted in ("place", "name", "agent"):
        # who said what a rewrite borrowed in brackets is not asked with it ("Who said that (What did
        # Xiaomi push for)?" is answered by Xiaomi, but not "Which regulator is in charge (What did ...)?")
        said = _WHO_SAID.match(question)
        asked = {
            _bare(token)
            for token in _TOKEN.findall(re.sub(r"\([^)]*\)", " ", question) if said else question)
        }
        # The long form of an acronym the question uses is no new name: "Who chairs the NPC?" is not
        # answered by "... the National People's Congress (NPC)".
        for acronym, long_form in _acronyms_defined_in(text):
            if acronym in asked:
                asked |= {_bare(token) for token in _TOKEN.findall(long_form)}
        tokens = _TOKEN.findall(text)
        if wanted == "agent":
            # A possessive only says whose ("insights regarding **the government's** policy", "Rho Motion's
            # outlook" do not say who presented the report or founded the firm), so an agent word or name
            # in that form, with the name it ends, is nobody's answer.
            tokens = _without_possessive_names(tokens)
            if any(_is_agent_word(token) and _bare(token) not in asked for token in tokens):
                return True
        # The first word is capitalised anyway: it counts unless it is an ordinary opener ("The",
        # "Separately,"), so "Hungary will host the plant" names a place and "Musk leads Tesla" a name.
        first = _TOKEN.match(text)
        ordinary = first is None or _ordinary_opener(first.group(), text[first.end() : first.end() + 1])
        start = 1 if ordinary else 0
        fits = _could_be_place if wanted == "place" else _could_be_name  # an agent may be a name
        found = [token for token in tokens[start:] if fits(token) and _bare(token) not in asked]
        if wanted == "agent" and not _RECIPIENT_ASKED.search(question):
            # "presented **at the NPC**" says where, not who (but to whom: "Which body was it presented to?")
            venues = set(_VENUE.findall(text))
            found = [token for token in found if token not in venues]
        if wanted == "name" and not _names_the_asked_role(question, text):
            return False  # "Who chairs the NPC?" is not answered by a sentence that names no chair
        if wanted == "name":  # "The CEO **of CATL**", "CATL's CEO": the organisation, not the holder
            pairs = _ROLE_ORGANISATION.findall(text)
            organisations = {_bare(name) for pair in pairs for name in pair if name}
            # Nor is an institution's name a holder's: "China's Ministry of Finance" names no minister.
            organisations |= {
                _bare(token)
                for match in _INSTITUTION.finditer(text)
                for token in _TOKEN.findall(match.group())
            }
            found = [
                token
                for token in found
                if _bare(token) not in organisations and not any(character.isdigit() for character in token)
            ]  # "RMB1.3" is a sum
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
    if wanted == "quantity" and not _in_the_asked_currency(question, text):
        return False  # "How much is that in euros?" needs a sum in euros, not one in yuan and dollars
    if (
        wanted == "quantity"
        and _SHARE_QUESTION.search(question)
        and not _PROPORTION.search(text)
        and not _part_of_the_sum(question, text)
    ):
        return False  # "What share of sales were EVs?" needs a share, not "four million applications"
    for number in {t for t in _TOKEN.findall(question) if any(ch.isdigit() for ch in t)}:
        text = re.sub(rf"(?<![\w.]){re.escape(number)}(?![\w.]*\d)", " ", text, flags=re.IGNORECASE)
    if wanted == "quantity":
        text = _YEAR.sub(" ", text)
    text = _NAMED_NUMBER.sub(" ", text)
    if wanted == "time":
        text = _AMOUNT_NOT_TIME.sub(" ", text)  # "RMB300 billion" has digits but says no when
        lowered = question.lower()
        if _FUTURE_WHEN.search(lowered) and not _FUTURE_ANSWER.search(text):
            return False  # "When is the next cut expected?" is not answered by when the last one was
        pattern = (
            _DIGIT
            if _YEAR_QUESTION.search(lowered)
            else _DATE_ANSWER
            if _DATE_QUESTION.search(lowered)
            else _TIME_ANSWER
        )
    else:
        lowered = without_borrowed_context(question).lower().strip()
        amount = _HOW_MUCH.match(lowered) or _asked_quantity(lowered) == "amount"
        # a sum, as the earlier question borrowed in brackets asked ("how much was it in 2024 (How much
        # money ...)?"), unless the follow-up counts something of its own ("how many applications (...)")
        borrowed = question.lower().strip() if not _COUNT_QUESTION.search(lowered) else lowered
        money = _MONEY_QUESTION.search(lowered) or _MONEY_QUESTION.search(borrowed)
        if _SHARE_OF_MONEY.search(lowered):  # "How much of the money is for ferries?": a sum, or a share
            return bool(_MONEY_ANSWER.search(text) or _PROPORTION.search(text))
        pattern = _MONEY_ANSWER if money else _AMOUNT_ANSWER if amount else _QUANTITY_ANSWER
        if pattern is _QUANTITY_ANSWER and _COUNT_QUESTION.search(lowered):
            pattern = _COUNT_ANSWER  # "How many days ...?" is not answered by "the second largest"
    return bool(pattern.search(text))


# A sum in a currency, by its sign or code: "RMB300 billion", "$5m".
_SUM = re.compile(rf"(?:{_CURRENCY_SIGN})\s?\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|tn|m|k))?", re.I)


def _part_of_the_sum(question: str, text: str) -> bool:
    """Whether a share asked of a sum ("What share of the RMB1.3 trillion goes to X?") is told as a part of
    it in the same currency ("Of this RMB300 billion will ..."): a sum other than the question's."""
    asked = {match.group().replace(" ", "").lower() for match in _SUM.finditer(question)}
    told = {match.group().replace(" ", "").lower() for match in _SUM.finditer(text)}
    return bool(asked) and bool(told - asked)


_SHARE_OPENER = re.compile(r"(?:what|which)\s+(?:share|percentage|proportion|fraction)\s+of\b")
# "What share of ...?", "By what percentage ...?": a proportion is asked for.
_SHARE_QUESTION = re.compile(
    r"\b(?:what|which)\s+(?:share|percentage|proportion|fraction|percent)\b|\bhow\s+many\s+percent",
    re.IGNORECASE,
)
_PROPORTION = re.compile(
    r"\d\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b)|\b(?:half|a\s+third|two[- ]thirds|a\s+quarter|"
    r"three[- ]quarters|majority|minority|one\s+in\s+\w+)\b",
    re.IGNORECASE,
)
# Each currency's signs and codes before a figure, and words after one ("EUR2.4 billion", "5 billion euros").
_ASKED_CURRENCY = re.compile(
    r"\bin\s+(?:us\s+)?(" + "|".join(sorted(_CURRENCY_FAMILY, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _in_the_asked_currency(question: str, text: str) -> bool:
    """Whether a sum asked for "in euros" (dollars, yuan ...) is in the text in that currency; True when the
    question names no currency."""
    asked = _ASKED_CURRENCY.findall(question)
    if not asked:
        return True
    family = _CURRENCY_FAMILY[asked[-1].lower()]  # "... in yuan in euros?": the last, the follow-up's
    return re.search(_CURRENCY_FIGURES[family], text, re.IGNORECASE) is not None


def _names_the_asked_role(question: str, text: str) -> bool:
    """Whether the text names the role a holder question asks about ("Who chairs the NPC?": a chair,
    chairman or chairwoman; "Who is Xiaomi's CEO?": a CEO) or says someone leads; True when the question
    names no role."""
    words = [_bare(word) for word in _TOKEN.findall(question)]
    roles = {word for word in words if word in _ROLE_WORDS}
    roles |= {_ROLE_OF_VERB[word] for word in words if word in _ROLE_OF_VERB}
    if not roles:
        return True
    if roles & _COMPANY_HEADS:  # "the chief executive", "the boss" of a firm: its CEO
        roles |= _COMPANY_HEADS
    pattern = r"\b(?:" + "|".join(map(re.escape, sorted(roles))) + r")(?:s|man|woman|person|men)?\b"
    return re.search(pattern, text, re.IGNORECASE) is not None or _LEADING.search(text) is not None


# Words for the one at the top of a company, any of which names the holder another asks for.
_COMPANY_HEADS = frozenset({"ceo", "chief", "boss"})
# Whoever "leads", "heads" or "runs" something holds its top role ("Arvex is led by Maria Olsen").
_LEADING = re.compile(
    r"\b(?:leads?|led|heads?|headed|runs?|ran|chairs?|chaired|helms?|helmed)\b", re.IGNORECASE
)


_PREPOSITION_BEFORE_WHICH = re.compile(r"^(?:against|with|from|to|by|alongside|versus) (?=(?:which|whom)\b)")


# "calb: any specific patent lawsuits they named?": keywords, a colon, then a question of its own.
_KEYWORDS_THEN_ASKED = re.compile(r"^[^:?]{2,60}:\s+(?P<asked>[^:?]{3,80}?)\W*$")
# "Trade-in scheme expiry - when does the program end?", "X announced a target; what percentage was it?": the
# question after a label or a clause and a dash or semicolon
_LABEL_THEN_ASKED = re.compile(
    r"^[^:?]{2,200}?(?:\s+[-–—]+\s+|;\s+)(?P<asked>(?:when|where|who|which|what|how)\b[^?]{3,120}?)\W*$"
)
# "Tianneng traceability system, until which year they want complete it?": a topic, then what is asked of it
_TOPIC_THEN_ASKED = re.compile(
    r"^(?!.*\b(?:when|where|who|which|what|how|why)\b[^,]*,)[^,?]{2,60},\s+"
    r"(?P<asked>(?:(?:until|by|in|since|from|to|at|for)\s+)?(?:when|where|who|which|what|how)\b[^?]{3,120}?)\W*$"
)
_PERCENT_ASKED = re.compile(r"(?:,|:|\s[-–—])\s*(?:%|pct|percent|percentage|bps|basis\s+points)\W*$")
_ASKED_AFTER_COLON = re.compile(
    r":\s*((?:when|where|who|how\s+(?:much|many|long))(?:\s+[a-z]+){0,3}|[a-z]+)\W*$"
)


# Keywords after a colon that end on a measure or name one before "of": "size of cut", "per-car amount".
_MEASURE_AFTER_COLON = re.compile(r":\s*(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)(?:\s+of\s+[a-z\s-]+)?\W*$")
# "Xiaomi ask: target year for rollout?": the year something is aimed for, a time.
_TARGET_YEAR_AFTER_COLON = re.compile(
    r":\s*(?:[a-z-]+\s+)?(?:target|launch|completion|start|rollout|roll-out|opening|delivery)\s+year\b"
)


# "What efficiency gains did Gotion estimate?": an estimate is a figure.
_ESTIMATE_ASKED = re.compile(
    r"^what\b(?:\s+[\w’'-]+){0,4}?\s+(?:did|does|do|has|have|had)\s+.{1,40}?\b(?:estimate|forecast|project|"
    r"predict|quantify|calculate)\b(?=\s+(?:for|from|at|of|in|on|by|to|that|it|them|this)\b|\W*$)"
)


# "In what capacity did X speak?", "What position does X hold?": a role, told by a word for one ("CEO").
_ROLE_ASKED = re.compile(
    r"^(?:in\s+what\s+(?:capacity|role)|(?:what|which)\s+(?:position|title|job|post)\s+(?:does|did|do|is|was|has|had)\b"
    r"[^?]*\b(?:hold|holds|held|have|has|occupy|occupies|occupied|fill|fills|filled)\b)"
)


_ROLE_ANSWERS = ROLE_WORDS | word_set(
    "chief executive director manager delegate deputy representative member spokesperson spokesman "
    "spokeswoman secretary governor mayor official owner partner vice-president vice-chair"
)


_TRAILING_EMPHASIS = re.compile(
    r"[\s,]+(?:itself|themselves|exactly|precisely|concretely|specifically|then|again|though)(?=\W*$)", re.I
)


# "What's his phone number?", "a contact number for them?", "WhatsApp?": a number to call.
_PHONE_ASKED = re.compile(
    r"^(?!.*\bhow\s+(?:many|much)\b)(?:.*\b(?:phone|telephone|mobile|cell|whatsapp|fax|contact|landline)\s+"
    r"(?:number(?!s)|no\.?|#)|.*\bnumber\s+to\s+call\b)",
    re.I,
)
_PHONE_NUMBER = re.compile(r"\+?\d[\d\s().-]{5,}\d")


def _expected_answer_type(question: str) -> str | None:
    """``"quantity"``, ``"time"``, ``"duration"``, ``"place"``, ``"name"``, ``"agent"``, ``"role"``, ``"long
    form"`` (of an acronym), ``"foreign words"``, ``"phone number"`` or None, from the question's wording
    alone."""
    # the previous question a follow-up borrows in brackets is context: what it asks is outside them
    unbracketed = without_borrowed_context(question).strip()
    unbracketed = LEADING_CLAUSE.sub("", unbracketed)  # "When X argued for Y, what did he hope for?"
    # "And what is the growth target itself?" asks what "What is the growth target?" asks
    unbracketed = _TRAILING_EMPHASIS.sub("", _LEADING_CONJUNCTION.sub("", unbracketed))
    lowered = unbracketed.lower()
    if re.search(r":\s*why\W*$", lowered):  # "How much did X raise fees: why?" asks why, not how much
        return None
    if _PHONE_ASKED.search(unbracketed):  # "what he phone number?": digits, not the email the line gives
        return "phone number"
    if _asked_acronyms(unbracketed):
        return "long form"
    if _FOREIGN_NAMING.search(unbracketed):
        return "foreign words"
    if _ROLE_ASKED.match(lowered):
        return "role"
    # "Xiaomi's ask at the CPPCC: when?", "Tianneng's proposal: cost?": what is asked of the thing before
    tail = _ASKED_AFTER_COLON.search(lowered)
    measure = _MEASURE_AFTER_COLON.search(lowered)  # "cost?", "RRR cut: size of cut?", "per-car amount?"
    if measure and measure.group("noun") in _VALUE_NOUNS:
        return "quantity"
    if (measure and measure.group("noun") in _DATE_NOUNS) or _TARGET_YEAR_AFTER_COLON.search(lowered):
        return "time"
    asked_of_it = _expected_answer_type(tail.group(1) + "?") if tail else None
    if asked_of_it is not None:
        return asked_of_it
    embedded = _EMBEDDED_QUESTION.search(lowered)
    if embedded:  # "Did Xiaomi say when it will launch ...?" asks when
        return _expected_answer_type(lowered[embedded.start(1) :])
    if _GIVES_A_TIME.match(lowered):  # "Did the article give a timeline for that?" asks when
        return "time"
    if _HOW_LONG.match(lowered):
        return "duration"
    if _QUANTITY_OPENER.match(lowered) or _ESTIMATE_ASKED.match(lowered):
        return "quantity"
    if _TIME_OPENER.match(lowered) or _TIME_NOUN_QUESTION.match(lowered) or _DATE_OF.match(lowered):
        return "time"
    if _DATE_KEYWORDS.match(lowered):  # "NPC opening date?"
        return "time"
    if _TIME_ASKED_IN_PLACE.search(lowered) and not _QUESTION_WORD_FIRST.match(lowered):
        return "time"  # "Two Sessions start on which date?", "the last time they cut when?"
    if _QUANTITY_ASKED_IN_PLACE.search(lowered) and not _QUESTION_WORD_FIRST.match(lowered):
        return "quantity"  # "And the CPPCC, it has how many members?", "X, of how much will they go down?"
    keywords = _HOW_MUCH_AFTER_KEYWORDS.match(lowered)  # "rate cut how many bps"
    if keywords and not set(_TOKEN.findall(keywords.group("keywords"))) & _NOT_KEYWORDS:
        return "quantity"
    # ("number of npc delegates", as typed: "Count of Monte Cristo" names a novel)
    if _SIZE_OF.match(lowered) or _COUNT_OF.match(unbracketed):  # "size of the liquidity injection?"
        return "quantity"
    if _measure_asked_for([(t.lower(), span) for t, span in _tokens_with_spans(unbracketed)]):
        return "quantity"  # "What were the total EV sales in 2024?"
    lowered = re.sub(r"^(?:at|to|by)\s+(?=what\s+(?:level|rate|percentage|size|amount)\b)", "", lowered)
    if _asked_quantity(lowered) or _SHARE_OPENER.match(lowered):  # "What share of X ...?", "At what level"
        return "quantity"
    if _PLACE_OPENER.match(lowered):
        return "place"
    lowered = _PREPOSITION_BEFORE_WHICH.sub("", lowered)  # "Against which company ...?" asks which company
    holder = _HOLDER_OPENER.match(lowered) and not _NAME_OF_A_THING.search(lowered)
    if holder or _HOLDER_VERB.match(lowered) or _SPECIFIC_INSTANCES.match(lowered):
        return "name"
    if _ASKS_IF_NAMED.match(lowered):  # "Did CALB name the competitor it is suing?" asks for that name
        return "name"
    if _YES_NO.match(lowered) and _SPECIFIC_INSTANCES.search(lowered):
        return "name"  # "Did CALB refer to any specific lawsuit?": only one named says so
    who_with = re.match(r"who(?:m)?\s+(?:is|are|was|were)\b.*\s(?:with|against|from|by)\W*$", lowered)
    who_with = who_with or _WHO_ACTED_ON.match(without_borrowed_context(question).strip())
    if who_with:  # "Who are CALB in litigation with?": a party, though "Who are X?" asks what X is
        return "agent"
    # "Which Xiaomi chief spoke?" asks for someone ("What CATL boss want?" asks what)
    which_person = _WHICH_PERSON.match(lowered)
    if (
        _WHO_OPENER.match(lowered) or _WHICH_ORGANISATION.match(lowered) or which_person
    ) and not _CHOICE.search(lowered):
        return "agent"  # "Who runs the museum?" too: a name or "a charitable trust"
    if _keyword_value_query(lowered):
        return "quantity"
    if re.match(r"(?:what|where)\b.*\bstand(?:s|ing)?\s+at\W*$", lowered):  # "What does the RRR stand at?"
        return "quantity"
    keywords = _KEYWORDS_THEN_ASKED.match(lowered) or _LABEL_THEN_ASKED.match(lowered)
    if keywords:  # "CALB: any specific patent lawsuits they named?": what the words after the colon ask
        return _expected_answer_type(keywords.group("asked") + "?")
    topic_first = _TOPIC_THEN_ASKED.match(lowered)
    asked_of_topic = _expected_answer_type(topic_first.group("asked") + "?") if topic_first else None
    # (a time or a figure: "And the CPPCC, from where come its representatives?" may be told "from
    # various sectors", no place)
    if asked_of_topic in ("time", "quantity", "duration"):
        return asked_of_topic
    if _PERCENT_ASKED.search(lowered):  # "CATL share price move after RRR cut, %?"
        return "quantity"
    return None


# Nouns that only a figure gives ("ratio", "size"), unlike "rates" or "target" ("interest rates" may want
# the policy on them); and changes that may follow one ("budget increase").
_VALUE_NOUNS = word_set(
    "ratio ratios size sizes total totals amount amounts number numbers figure figures percentage level "
    "levels value values price prices cost costs budget budgets count counts"
)
_DATE_NOUNS = word_set("date dates timing timeline timeframe deadline schedule")
# What keywords ask for when they end on one ("bond issuance: total?", "Two Sessions: dates?").
_MEASURE_NOUNS = _VALUE_NOUNS | _DATE_NOUNS
_FIGURE_NOUNS = word_set("figure figures number numbers amount amounts sum sums total totals")
_CHANGE_NOUNS = word_set("increase increases rise rises growth change changes cut cuts hike hikes")


_DATED_KEYWORDS = re.compile(r"\s+(?:(?:for|in)\s+(?:19|20)\d\d|this\s+year)\W*$")


_WHERE_GIVEN = re.compile(
    r"\s+(?:announced|set|unveiled|given|revealed|laid\s+out|published|presented)\s+(?:at|in|during|by)\s+[^?]+"
)


def _keyword_value_query(lowered: str) -> bool:
    """A few keywords naming a measure, not a question: "current reserve requirement ratio china", "bond
    issuance size 2025" ask for the figure (the measure noun last, but for a place or a year after it)."""
    lowered = _WHERE_GIVEN.sub("", lowered)  # "2025 gdp growth target announced at the two sessions"
    lowered = _ATTRIBUTION.sub("", lowered)  # "china gdp growth target per the work report"
    dated = _DATED_KEYWORDS.search(lowered)  # "china gdp growth target for 2025": a target for a year
    if dated:
        lowered = lowered[: dated.start()]
    words = [_bare(word) for word in _TOKEN.findall(lowered)]
    if not 2 <= len(words) <= 7 or words[0] in _QUESTION_OPENERS or words[0] in _AUXILIARIES:
        return False
    undated = [word for word in words if not _YEAR.fullmatch(word)]
    # "2025 gdp growth target", "gdp growth target 2025": for a year; "china 2025 gdp growth target" too,
    # one target (not "arsenal 2025 transfer targets": players)
    year_at_an_end = len(words) > 2 and bool(_YEAR.fullmatch(words[0]) or _YEAR.fullmatch(words[-1]))
    year_inside = len(words) > 2 and len(undated) < len(words) and not year_at_an_end
    if year_at_an_end or year_inside:
        words = undated
    targets = ("target", "targets") if dated or year_at_an_end else ("target",) if year_inside else ()
    if words and words[-1] in targets:
        return True  # a target for a year
    if any(word in _STOPWORDS for word in words):
        return False  # "what ... is", "... of the ...": a sentence, not keywords
    while words and (words[-1].isdigit() or _is_country(words[-1]) or words[-1] in _CHANGE_NOUNS):
        words.pop()  # "... defence budget increase 2025"
    return bool(words) and words[-1] in _VALUE_NOUNS


_LIGHT_WORDS = word_set("on at in for of to from with about any some vs versus the a an")


def _keywords_only(question: str) -> bool:
    """A few keywords with a question mark, no sentence ("solid-state battery policy support?", "NEV
    purchase tax exemption extension?"): every word is what the answer must be about."""
    words = [_bare(word) for word in _TOKEN.findall(question.lower())]
    if ":" in question:  # "EU tariffs on EVs: response at the forum?": keywords, set off by a colon
        words = [word for word in words if word not in _LIGHT_WORDS]
    if not 2 <= len(words) <= 7 or _WH_WORD.search(question):
        return False
    return not any(word in _STOPWORDS or word in _QUESTION_OPENERS or word in _AUXILIARIES for word in words)


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
        if word in _TOPIC_PREPOSITIONS and phrase:  # "What outcome regarding prices ...": an outcome
            return " ".join(phrase)
        phrase.append(word)
    return ""


# What a noun phrase is about, after its head: "outcome **regarding** prices", "view **concerning** rates".
_TOPIC_PREPOSITIONS = word_set("regarding concerning respecting re")


_NOW = re.compile(
    r"\s+(?:right\s+now|now|currently(?:\s+(?:set|sitting|standing|stand|stands)(?:\s+at)?)?|today|at\s+the\s+moment|"
    r"at\s+present|(?:set|sitting|standing)(?:\s+at)?)(?:,?\s+(?:as\s+a\s+percentage|in\s+percent(?:age)?\s+terms))?$"
)


def _asked_quantity(lowered: str) -> str | None:
    """``"amount"`` or ``"count"`` when a what/which question's asked phrase is headed by a quantity
    noun: the phrase's last word ("What **interest rate** do ...", "What is the **growth target** ...")
    or a word followed by *of* or *for* ("What **share** of new cars ..."); a count when the phrase
    speaks of a *number* ("What was the number of delegates?"). None otherwise.

    "Which" asks which one, not how much: "Which rates does the government say it has space to cut?"
    wants "interest rates", "Which ratio might be trimmed?" the reserve requirement ratio; only a noun
    that is nothing but a value ("Which figure ...", "Which total ...") still asks for one."""
    # "the ratio right now", "What is the ratio currently sitting at?": the ratio's value
    lowered = _TRAILING_EMPHASIS.sub("", lowered)  # "What is the growth figure itself?"
    phrase = _NOW.sub("", _asked_phrase(_NOW.sub("", lowered.rstrip(" ?")))).split()
    # ("Which is the price ...?", as a learner asks what it is, asks what "What is the price ...?" asks)
    which_one = lowered.startswith("which ") and not re.match(
        r"which\s+(?:is|are|was|were)\s+the\s+(?!(?:\w+est|best|worst|most|least)\b)", lowered
    )  # ("Which is the best value per month?" asks which one)
    nouns = _VALUE_ONLY_NOUNS if which_one else _QUANTITY_NOUNS
    spread_of = re.search(r"\b(?:spread|margin)s?\s+of\b", lowered)
    headed = any(
        word in nouns
        and (i == len(phrase) - 1 or phrase[i + 1] in ("of", "for", "per"))
        and not (word in _SPREAD_NOUNS and spread_of)
        for i, word in enumerate(phrase)
    )
    if not headed:
        return None
    counted = {"number", "numbers"} & set(phrase)
    # "the growth target number" is the target's figure, an amount; "the number of delegates" a count
    measured = any(word in _QUANTITY_NOUNS and word not in _FIGURE_NOUNS for word in phrase)
    return "count" if counted and not measured else "amount"


# What a figure measures: the noun after it ("four million **applications**"), or the subject of a verb
# that states a level ("total **applications** ... exceeded four million"), or the noun it is "of" ("a
# **target** of around 5%").
_LEVEL_VERBS = word_set(
    "exceeded exceeds exceed reached reaches reach totalled totaled totals total topped tops surpassed "
    "surpasses hit hits amounted amounts stood stands rose rises grew grows fell falls climbed climbs "
    "jumped jumps dropped drops declined declines was were is are"
)
_APPROXIMATORS = word_set(
    "over about around nearly almost roughly approximately some just more than up to to at"
)
_FIGURE_WORD = re.compile(rf"(?:[A-Za-z]{{0,4}}\d[\d.,]*%?|{_NUMBER_WORDS}|%|per|cent)$", re.IGNORECASE)
# Units a figure is counted in, not what it counts ("22 million tonnes of rice", "17 million units").
_UNIT_WORDS = word_set(
    "tonnes tons tonne ton units unit barrels barrel litres liters kilograms kilos kg metres meters "
    "kilometres kilometers km miles hectares acres percent percentage points point gigawatts megawatts "
    "gw mw gwh kwh twh bps pieces items times"
)
_TIME_NOUNS = word_set("year years month months quarter quarters week weeks day days decade time period")
_CLAUSE_PREPOSITIONS = word_set("for of in on from under with by at to within among between across")
_CHANGE_VERBS = word_set(
    "grow grew grown growing grows rise rose risen rising rises increase increased increasing increases "
    "fall fell fallen falling falls drop dropped dropping drops decline declined declining declines "
    "expand expanded expanding expands shrink shrank shrinking shrinks climb climbed climbing climbs "
    "jump jumped jumping jumps"
)
# Verbs that set something to a new level ("increase its issuance ... to RMB1.3 trillion").
_SPENDING_VERBS = word_set(
    "spend spends spending spent allocate allocates allocating allocated invest invests investing invested "
    "devote devotes devoting devoted"
)
_POSSESSIVES = word_set("its their his her our my your")
_INTENDING = word_set(
    "plan plans planning want wants aim aims aiming expect expects intend intends hope hopes going"
)
_RESIZE_VERBS = _CHANGE_VERBS | word_set(
    "raise raised raises raising cut cuts cutting reduce reduced reduces reducing lift lifted lifts lower "
    "lowered lowers boost boosted boosts"
)
_SENTENCE_TOKEN = re.compile(r"[A-Za-z0-9$][A-Za-z0-9'’.,%$-]*[A-Za-z0-9%]|[A-Za-z0-9%]|[,;:()]")


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
        if run and token[:1].isupper() and run[-1][0][:1].islower() and run[-1][0].endswith("s"):
            break  # "four key challenges Chinese recyclers are facing": the challenges, then who faces them
        run.append((token, span))
    if run and run[-1][0].lower() in _UNIT_WORDS:
        after = start + len(run)
        if after + 1 < len(tokens) and tokens[after][0].lower() == "of":
            return _noun_after(tokens, after + 1)
        return None
    return run[-1][1] if run else None


def _changed_object(tokens: list[tuple[str, tuple[int, int]]], to: int) -> tuple[int, int] | None:
    """The object of the change verb a "to"/"by" figure completes: "plans to increase its **issuance** of
    bonds to RMB1.3 trillion", "cut the **ratio** by 0.5 points". None without such a verb in the clause."""
    k = to - 1
    while k >= 0 and tokens[k][0] not in (",", ";", ":", "(") and tokens[k][0].lower() not in _RESIZE_VERBS:
        k -= 1
    if k < 0 or tokens[k][0].lower() not in _RESIZE_VERBS:
        return None
    run = []
    for index in range(k + 1, to):
        token, span = tokens[index]
        if token.lower() in _ARTICLES or token.endswith(("'s", "’s")):
            continue  # "its issuance", "the ratio", "China's output"
        if token.lower() == "of" and run:  # "issuance of special government bonds": all of it is measured
            return run[-1][0], tokens[to - 1][1][1]
        if not _plain_word(token):
            break
        run.append(span)
    return run[-1] if run else None


def _noun_before(tokens: list[tuple[str, tuple[int, int]]], figure: int) -> tuple[int, int] | None:
    """The noun a figure is "of" ("a **target** of 5%"), or the subject of the level verb before it ("total
    **applications** for the scheme exceeded four million"): the clause's words up to their first
    preposition, last word."""
    if figure > 0 and tokens[figure - 1][0].lower() in ("to", "by"):
        changed = _changed_object(tokens, figure - 1)
        if changed is not None:
            return changed
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


_BY_HOW_MUCH_NOUNS = word_set("percentage percent amount margin proportion")


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
        # "By what percentage will China's defence budget increase?": the budget is what changes.
        if words[position] in ("what", "which") and words[position + 1] in _BY_HOW_MUCH_NOUNS:
            break
    else:
        return _measure_asked_for(tokens)
    rest = tokens[position + 2 :]
    if rest and rest[0][0] in _AUXILIARIES:  # "How much did EV sales grow": the subject of a change verb
        subject = []
        for index, (token, span) in enumerate(rest[1:], start=2):
            intending = token in _INTENDING and index < len(rest) and rest[index][0] == "to"
            if intending or (token == "to" and rest[index - 2][0] in _INTENDING):
                continue  # "How much does China plan to raise X?": what it plans to raise
            target = (
                next((i for i, (t, _) in enumerate(rest[index:]) if t in ("on", "to", "into")), None)
                if token in _SPENDING_VERBS
                else None
            )
            if target is not None:
                # "How much is China spending on its military?": what it goes to ("defence spending": a noun)
                goes_to = _noun_phrase(rest[index + target + 1 :])
                return _specific([item for item in goes_to if item[0] not in _POSSESSIVES])
            if token in _RESIZE_VERBS:  # "How much is China raising its defence budget?": the object
                changed = [item for item in _noun_phrase(rest[index:]) if item[0] not in _TIME_NOUNS]
                if changed:
                    return _specific(changed)
                return _specific(subject) if token in _CHANGE_VERBS else []  # "How much did X raise?"
            if token in _ARTICLES:
                continue
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


def _measure_asked_for(tokens: list[tuple[str, tuple[int, int]]]) -> list[tuple[int, int]]:
    """ "What were China's total **EV sales** in 2024?": the measure a what-question asks the value of, when
    its noun phrase ends on one ("sales", "exports", "funding"); [] for any other question, and for a word
    for a size ("What is the dollar value of X?", "the planned size of X": X is what is measured)."""
    words = [token for token, _ in tokens]
    if len(words) < 4 or words[0] not in ("what", "which") or words[1] not in _COPULAS:
        return []
    start = 3 if words[2] == "the" else 2
    phrase = []
    for token, span in tokens[start:]:
        if not _plain_word(token):
            break
        phrase.append((token, span))
    after = tokens[start + len(phrase)][0] if start + len(phrase) < len(tokens) else ""
    # ("What is the club's sales pitch?" ends on "pitch"; the phrase must end where the question does or at
    # a preposition: "... sales in 2024?")
    if not phrase or phrase[-1][0] not in _MEASURED_NOUNS or (after and after not in _CLAUSE_PREPOSITIONS):
        return []
    return _specific([(token, span) for token, span in phrase if token not in _VALUE_ONLY_NOUNS])


def _noun_phrase(tokens: list[tuple[str, tuple[int, int]]]) -> list[tuple[str, tuple[int, int]]]:
    """The plain words that open ``tokens``, after articles and possessives ("its **defence budget**")."""
    phrase = []
    for token, span in tokens:
        if token in _ARTICLES or (token.endswith(("'s", "’s")) and not phrase):
            continue
        if not _plain_word(token):
            break
        phrase.append((token, span))
    return phrase


def _specific(phrase: list[tuple[str, tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans of a noun phrase's words, unless it names a generic kind or opens on a currency (money, in
    whatever currency it is told: [] then, or for no phrase)."""
    if any(token in _GENERIC_KINDS for token, _ in phrase):
        return []
    if phrase and phrase[0][0] in _MONEY_UNITS:
        # "How much RMB will China issue?", "how many dollars", "how much RMB China will issue": money, in
        # whatever currency it is told (a name after it is who pays, in a question without its auxiliary)
        return []
    # "China's defence budget" measures the budget: a possessive says whose, not what.
    return [span for token, span in phrase if not token.endswith(("'s", "’s"))]


def _speaker(question: str) -> str:
    """Who a question asks the words of: "What did **Tesla** say about ...?", "What does **Nio's CEO**
    want?", "**BYD** proposal at the CPPCC?" ("" when it asks no one's words)."""
    stripped = question.strip()
    match = (
        _SPEAKER.match(stripped)
        or _POSSESSIVE_SPEAKER.match(stripped)
        or _NAME_BEFORE_PROPOSAL.match(stripped)
        or _SPEAKER_IN_STATEMENT_ORDER.match(stripped)
    )
    progressive = _PROGRESSIVE_SPEAKER.match(stripped) if match is None else None
    if progressive is not None:
        return progressive.group(1) or progressive.group(2)
    # ("what did BYD proposal at CPPCC push": BYD, at the CPPCC)
    return _WHERE_SPOKEN.sub("", match.group(1)) if match else ""


def _reacting_subject(question: str) -> str:
    """Whose reaction a question asks for: "How did **Chinese stock markets** react to ...?" ("" if none)."""
    match = _REACTION.match(question.strip())
    return match.group(1) if match else ""


def _head_words(phrase: str) -> set[str]:
    """The word a noun phrase is about, lowercased: its last ("Chinese stock **markets**"); all its words
    when that is a title ("Tesla's CEO": the text may name the company or the person)."""
    words = [_bare(word) for word in _TOKEN.findall(phrase)]
    # "EV and battery players", "EV names", "battery stocks": any companies of that kind that reacted
    if not words or words[-1] in _GENERIC_KINDS or words[-1] in _MARKET_WORDS:
        return set()
    return set(words) if words[-1] in _ROLE_WORDS else {words[-1]}


_CAR_MAKERS = re.compile(r"\b(car|auto)[\s-](makers?)\b")
_CAR_KIND = re.compile(r"\b(?:car|auto|ev)[\s-]+(?=(?:compan(?:y|ies)|firms?|brands?|manufacturers?)\b)")


_SUBJECT_BEFORE_MEASURE = frozenset({"will", "is", "are", "was", "were"})
_AFTER_THE_MEASURED = frozenset({"", "in", "this", "for", "at", "now", "last", "next", "today", "so"})


def _asked_thing(question: str) -> set[str]:
    """The words naming what the question asks for, lowercased: "How many **delegates** attend ..."
    (the words up to the next function word, so a verb may come along), "What **penalty** did CALB
    propose ...". Generic kinds ("Which company ...", "How much money ...")
    and relational nouns are left out: any company or sum answers them. The subject of "What is ...?" is
    the focus phrase's business (``focus_support``), so it is not repeated here."""
    # "car makers", "car companies": carmakers, any of which answers
    lowered = _CAR_KIND.sub("", _CAR_MAKERS.sub(r"\1\2", question.lower().strip()))
    words = [w.replace("’", "'").removesuffix("'s") for w in _TOKEN.findall(lowered)]
    if "how" in words[:2] and len(words) > 2 and words[words.index("how") + 1] in ("many", "much"):
        phrase = []
        following = words[words.index("how") + 2 :]
        # "How much will the ultra-long bonds be in 2024?": the subject is the thing measured
        if (
            following[:1]
            and following[0] in _SUBJECT_BEFORE_MEASURE
            and following[1:2] in (["the"], ["its"], ["their"])
        ):
            measured = following[2:]
            end = next(
                (i for i, word in enumerate(measured) if word in _STOPWORDS or word in _AUXILIARIES), None
            )
            # ("How many will the stadium hold?": what it holds, not the stadium)
            # ("How many are the children allowed to bring?": what they bring, not the children)
            after = measured[end] if end is not None else ""
            measures_the_subject = (
                (after == "be") if following[0] == "will" else (after in _AFTER_THE_MEASURED)
            )
            if measures_the_subject:
                following = measured
        for word in following:
            if word in _STOPWORDS or word in _AUXILIARIES:
                break
            phrase.append(word)
    elif words[:1] in (["what"], ["which"]) and not (len(words) > 1 and words[1] in _COPULAS):
        phrase = _asked_phrase(lowered).split()
    else:
        return set()
    if phrase[:1] == ["of"] or phrase[:2] == ["one", "of"]:
        return set()  # "Which of the NPC and the CPPCC ...?": one of the options, named or not
    if phrase[1:2] == ["of"] and phrase[0] in ("type", "types", "kind", "kinds", "sort", "sorts"):
        phrase = phrase[2:]  # "What type of body ...?": a body of some kind
    while phrase and (phrase[0] in _NUMBER_WORD_SET or phrase[0].isdigit()):
        phrase = phrase[1:]  # "Which two carmakers ...": carmakers
    if phrase[:1] and phrase[0] in _GENERIC_KINDS:
        return set()  # "Which company ...", "How much money ...": any one answers
    if phrase in (["scheme"], ["schemes"], ["concern"], ["concerns"]):
        return set()  # "What scheme did X put forward?": whatever X proposed (not "What pension scheme ...")
    if phrase in (["line"], ["tack"], ["stance"]):
        return set()  # "What line is the government taking on X?": its stance, in whatever words
    if phrase[-1:] and phrase[-1] in _TOPIC_KINDS:
        return set()  # "Which policy topic ...": any topic answers, "policy" only says what a topic is
    # A time noun ("What year ...?") is the answer type's business: a date answers it, not the word.
    skip = _GENERIC_KINDS | _RELATIONAL_NOUNS | _STOPWORDS | _NUMBER_WORD_SET | _DESCRIBING_WORDS
    skip |= _TIME_NOUNS
    skip |= _WORDING_NOUNS  # "Which exact words did they use?": any sentence has words, quoted as told
    if _expected_answer_type(question) == "quantity":
        skip |= _FIGURE_NOUNS  # "What exact figure ...?": a figure answers, the answer type's business
    if any(word not in skip and word not in _CHANGE_NOUNS for word in phrase):
        skip |= _CHANGE_NOUNS  # "What increase in defence spending ...?": of defence spending, any change
    return {word for word in phrase if word not in skip and not word.isdigit()}


_OVER = re.compile(
    r"\b(is|are|was|were|it|they)\s+(.{1,60}?)\s*\bover\b(?=\s+(?:yet|now|already)\b|\s*,|\W*$)", re.I
)


# "IP" is intellectual property before a word of law ("IP lawsuits", not "IP address").
# "RMB300bn", "1.3tn", "4mn": a figure's scale as traders abbreviate it, which texts spell out.
_SCALES = {"bn": "billion", "tn": "trillion", "trn": "trillion", "mn": "million", "mln": "million"}
# Words shortened as people type them ("ev & battery cos", "last yr", "govt plan"), spelled out.
_CHAT_ABBREVIATIONS = {
    "cos": "companies",
    "yr": "year",
    "yrs": "years",
    "govt": "government",
    "gov't": "government",
    "mfrs": "manufacturers",
    "approx": "approximately",
    "infra": "infrastructure",
    "regs": "regulations",
    "yoy": "year on year",
}
_GOV = re.compile(r"(?<![\w.])gov(?=['’]s\b)|(?<=\bthe )gov\b(?![.\w])")
_CHAT_ABBREVIATION = re.compile(
    r"(?<![\w'’])(?:" + "|".join(map(re.escape, _CHAT_ABBREVIATIONS)) + r")(?=['’]s\b|(?![\w'’]))", re.I
)
_RAISE_SPOKEN = re.compile(
    r"\braise[sd]?(?=\s+(?:[a-z-]+\s+)?(?:anything|something|concerns?|issues?|points?|questions?|objections?|the\s+(?:issue|point|"
    r"topic|idea|matter))\b)",
    re.I,
)
# "Which issue did CALB raise at the CPPCC?": a thing brought up, not money lifted (which "What did the
# charity raise?", "How much did they raise?" or "Which fees did the council raise?" may ask).
_WHAT_WAS_RAISED = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:what|which)\s+(?:issues?|concerns?|points?|questions?|matters?|topics?|problems?|"
    r"objections?|subjects?|complaints?)\s+(?:did|does|do|has|have|had|will|would)\s+[^?]{1,50}?\s"
    r"(?P<raise>raise)(?:\s+(?:at|during|before|with)\s+(?:the\s+)?(?:[A-Za-z-]+\s*){1,3})?\W*$",
    re.I,
)
_SAY_ON = re.compile(r"\b(say|says|said|saying|comment|comments|commented|written|write|writes)\s+on\b", re.I)
# "How did the industry take that?": how it reacted to it.
_TAKE_IT = re.compile(
    r"\b(?:take|took|taken|taking|receive|received)\s+(?=(?:it|that|this|the\s+news|them)\b)", re.I
)
# "the line of the government": its stance.
_LINE_OF = re.compile(
    r"(?<=\bthe\s)(?i:line)\s+(?=(?i:of|on)\b|from\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*(?:\s+on\s+[^?]+)?\W*$)"
)
# "Was it seen as the biggest deal?": the most important (not "the biggest deal of the transfer window").
_BIGGEST_DEAL = re.compile(
    r"\b(?P<lead>(?:was|is|were|are|as|be|been)\s+)the\s+biggest\s+deal(?=\s*(?:[,.?!]|$))", re.I
)
# "What is the NPC supposed to do on paper?": a hedge on what is asked, which no sentence repeats.
_HEDGE = re.compile(
    r",?\s+(?:on\s+paper|in\s+theory|in\s+principle|in\s+short|in\s+brief|in\s+a\s+nutshell)\b", re.I
)
# "CALB's point" is what CALB proposed, "the point of it" its purpose; "point" is no word of the text's.
_POINT = re.compile(
    r"(?:(['’]s)\s+|(?<=\bthe\s))point\b(?=\s+(?:of|at|in|on|about|here|there|then)\b|\W*$)", re.I
)
# "which 2 bodies", "the 3 firms": a small count that texts spell out.
_SMALL_COUNT = re.compile(r"(?<![\w.,$])([2-9])(?= [a-z]+s\b)")
_COUNT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SCALE_ABBREVIATION = re.compile(r"(\d)\s?(bn|tn|trn|mn|mln)\b", re.IGNORECASE)
_IP_OF_LAW = re.compile(
    r"\bIP(?= (?:lawsuits?|litigation|rights|theft|infringements?|abuse|misuse|disputes?|protection)\b)"
)


# "swap your old car for a new one", "swap in old cars for EVs": a trade-in, however it is put (but old
# batteries swapped for new ones are battery swapping).
_SWAP_OLD_FOR_NEW = re.compile(
    r"\b(?:swap|swaps|swapping|swapped|exchange|exchanges|exchanging|trade|trades|trading)\s+(?:in\s+)?"
    r"(?:(?:your|their|his|her|an?|the)\s+)?old\s+(?!batter)(?:[a-z]+\s+){0,2}?for\s+(?:(?:an?|the)\s+)?(?:new\s+)?"
    r"(?:ones?|[a-z]+)\b",
    re.IGNORECASE,
)


# "exchange a depleted pack for a charged one", "swap flat batteries": battery swapping, however it is put.
_SWAP_SPENT_BATTERY = re.compile(
    r"\b(?:exchange|exchanging|swap|swapping|switch|switching|trade|trading)\s+(?:(?:a|an|their|the|your)\s+)?"
    r"(?:depleted|flat|empty|dead|drained|spent|used|discharged)\s+(?:packs?|batter(?:y|ies)|cells?)"
    r"(?:\s+for\s+(?:(?:a|an)\s+)?(?:charged|full|fresh|new|fully[- ]charged)\s+"
    r"(?:ones?|packs?|batter(?:y|ies)))?",
    re.IGNORECASE,
)


_WH_WORDS = r"what|which|who|whom|whose|when|where|why|how"
_WH_WORD = re.compile(rf"\b(?:{_WH_WORDS})\b", re.IGNORECASE)
# "The RRR now, how many percent it is?", "Subsidy per car, how much?": the thing first, then what is asked.
_WH_AFTER_COMMA = re.compile(
    r"^(?P<thing>[^,]{2,60}),\s*(?P<asked>(?:what|which|who|when|where|how)\b[^,]*)$", re.IGNORECASE
)


_GREETING = re.compile(rf"^\s*(?:{'|'.join(INTERJECTIONS)}|hey|hi|hello|now|quick|and|but|also|btw)\b", re.I)


# "CPPCC - legislative power?", "interest rate cut - how many bps planned?": keywords for the thing, a dash
# or a colon, then what is asked of it.
_KEYWORD_THING_WORDS = 6
_ASKED_OF_IT = re.compile(
    r"^(?P<aux>is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\s+(?:it|they)\b", re.I
)


def _as_asked(question: str) -> str:
    """A question in the usual order, so its form tells what it asks: a question word after the thing it
    asks about ("The RRR now, how many percent it is?", "rate cut - how many bps?") comes first ("how many
    percent it is, The RRR now?"); "CPPCC - does it have power to make laws?" asks "does CPPCC have power
    to make laws?"; keywords set off by a dash ("Two Sessions 2025 - dates?") are set off by a colon, as
    ``_ASKED_AFTER_COLON`` reads them."""
    stripped = question.strip()
    tail = _WH_AFTER_COMMA.match(stripped.rstrip("?"))
    if tail and not _WH_WORD.search(tail.group("thing")) and not _GREETING.match(tail.group("thing")):
        return f"{tail.group('asked')}, {tail.group('thing')}?"
    keywords = KEYWORD_QUESTION.match(stripped)
    if keywords is None or _opens_question(keywords.group("thing")):
        return question
    if len(_TOKEN.findall(keywords.group("thing"))) > _KEYWORD_THING_WORDS:
        return question  # "And the firm that wanted the rules changed - what was it hoping for?": a sentence
    thing, asked = keywords.group("thing"), keywords.group("asked")
    of_it = _ASKED_OF_IT.match(asked)
    if of_it:
        return f"{of_it.group('aux')} {thing}{asked[of_it.end() :]}?"
    if _opens_question(asked):
        return f"{asked}, {thing}?"
    return f"{thing}: {asked}?"


def _opens_question(text: str) -> bool:
    """Whether ``text`` opens as a question does, with a question word or an auxiliary verb."""
    first = _TOKEN.findall(text.lower())[:1]
    return bool(first) and (first[0] in _WH_WORDS.split("|") or first[0] in _AUXILIARIES)


_GOOD_NAME = re.compile(r"\b(his|her|its|your|their|\w+['’]s)\s+good\s+(?=name\b)", re.I)


# "the bond issuance", "issuing the bonds": the issuance the documents name, as bonds are what it issues (not
# "green bond issuance", a kind of bond, nor beside stock or share issuance, which it is told apart from).
_BOND_ISSUANCE = re.compile(
    r"(?<!green\s)(?<!corporate\s)(?<!municipal\s)(?<!sovereign\s)(?<!junk\s)(?<!convertible\s)(?<!social\s)"
    r"(?<!covered\s)\b(?:bonds?\s+(?P<noun>issuance)|(?P<of>issuance)\s+of\s+(?:the\s+)?bonds|"
    r"(?P<verb>issuing)\s+(?:the\s+)?bonds)\b",
    re.I,
)
_OTHER_ISSUANCE = re.compile(r"\b(?:stock|stocks|share|shares|equity)\b", re.I)
# "Does the NPC have the power to make laws?": whether it can; "power" asks nothing a sentence must say.
_POWER_TO = re.compile(
    r"^(?P<lead>(?:and\s+|so\s+|but\s+)?)(?:does|do)\s+(?P<x>.+?)\s+(?:really\s+|actually\s+)?have\s+"
    r"(?:the\s+|any\s+|real\s+)*(?:power|powers|authority|ability|clout)\s+to\s+"
    r"(?=(?!(?:a|an|the|be|his|her|their|its|my|your|our|this|that)\b)[a-z]+\b)",
    re.I,
)


_SPOKEN_OF = re.compile(
    r"\b(?:said|say|says|mention\w*|raised?|talk\w*|propos\w*|push\w*|call\w*|suggest\w*|brought\s+up|"
    r"bring\s+up|spoke|speak\w*|advocat\w*)\b",
    re.I,
)
# "Is it so that CALB raised X at the meeting?", "What did Arvex push for at the meetings?": where the one
# named spoke, which a sentence of what they said need not repeat. Only after a question of five words or
# more that names someone ("What happened at the meeting?" asks of it, and "the topic people thought most
# important at the meetings" is told of the meetings).
_AT_THE_MEETING = re.compile(
    r"(?P<asked>^(?:\S+\s+){5,}?\S+?)\s+at\s+(?:the|that|this|those|these)\s+"
    r"(?:meeting|meetings|sessions|conference)(?=\s*[?.!]*\s*$)",
    re.I,
)


def _plain_idioms(question: str) -> str:
    """Idioms whose words say nothing on their own, in plain words: "Are the Two Sessions over yet?" ->
    "Are the Two Sessions finished yet?" ("over" is a stop word); "IP lawsuits" -> "patent lawsuits" and
    the other phrases of ``_SYNONYM_PHRASES`` -> their one word."""
    question = _SMALL_COUNT.sub(lambda m: _COUNT_WORDS[int(m.group(1))], question)  # "which 2 bodies"
    question = _SCALE_ABBREVIATION.sub(lambda m: f"{m.group(1)} {_SCALES[m.group(2).lower()]}", question)
    question = _IP_OF_LAW.sub("intellectual-property", question)
    question = _SAY_ON.sub(r"\1 about", question)  # "What does the report say on X?": about X
    question = _RAISE_SPOKEN.sub("mention", question)  # "raise anything", "raised concerns": said, not lifted
    raised = _WHAT_WAS_RAISED.match(question)
    if raised:  # "Which issue did CALB raise at the meetings?": what it brought up
        question = question[: raised.start("raise")] + "mention" + question[raised.end("raise") :]
    question = _CHAT_ABBREVIATION.sub(lambda m: _CHAT_ABBREVIATIONS[m.group().lower()], question)
    question = _GOV.sub("government", question)  # "the gov's stance" (not "gov.uk", "Gov Newsom")
    question = _GOOD_NAME.sub(r"\1 ", question)  # "What is his good name?": his name
    question = _POINT.sub(lambda m: f"{m.group(1)} proposal" if m.group(1) else "purpose", question)
    question = _HEDGE.sub("", question)
    if re.search(r"\s(?-i:[A-Z])\w", question) and _SPOKEN_OF.search(question):
        question = _AT_THE_MEETING.sub(r"\g<asked>", question)
    if not _OTHER_ISSUANCE.search(question):
        question = _BOND_ISSUANCE.sub(lambda m: m.group("noun") or m.group("of") or m.group("verb"), question)
    question = _POWER_TO.sub(
        lambda m: f"{m.group('lead')}{'Can' if not m.group('lead') else 'can'} {m.group('x')} ", question
    )
    question = _LINE_OF.sub("stance ", question)  # "the line of the government" is its stance
    question = _BIGGEST_DEAL.sub(r"\g<lead>the most important", question)
    if re.match(r"\s*(?:and\s+)?how\b", question, re.I):
        question = _TAKE_IT.sub("react to ", question)
    question = _SWAP_OLD_FOR_NEW.sub("trade-in", question)
    question = _SWAP_SPENT_BATTERY.sub("battery swapping", question)
    question = _QUESTION_PHRASE.sub(lambda match: _SYNONYM_PHRASES[match.group().lower()], question)
    return _OVER.sub(lambda m: f"{m.group(1)} {m.group(2)} finished".replace("  ", " "), question)


# "I'm a student writing a summary — what were ...?", "As an investor: is ...?": who asks, not what;
# "Different question - what ...?", "Moving on: who ...?": where the conversation turns, not what is asked.
_PREAMBLE = re.compile(
    r"^\s*(?:i\b|i['’]m\b|i am\b|as an?\b|quick (?:question|one|q)\b|question|hi\b|hey\b|hello\b|ok\b|okay\b|"
    r"now\b|"
    r"next\b|also\b|btw\b|by the way|moving on|switching|changing|one more|another|different|"
    r"new (?:topic|question)|unrelated|separate|other question|last question|final question|follow[- ]up)"
    r"[^—–:?]{0,80}?"
    r"\s*(?:—|–|:|\s-\s)\s*(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|"
    r"can|could|will|would|should|has|have)\b)",
    re.IGNORECASE,
)
# ", per the work report?", "according to the article": where it is said, not what is asked.
_ATTRIBUTION = re.compile(
    r",?\s+(?:per the|according to|as stated in|as reported in|as mentioned in|as described in)\s+[^,?]{1,50}"
    r"(?=\?*\s*$)"
    r"|\s+(?:in|from|per|coming\s+out\s+of|set\s+out\s+in|laid\s+out\s+in)\s+"
    r"(?:the\s+)?(?!(?:a|an|my|your|our|his|her|their|this|that)\s)(?:[a-z’'-]+\s+){0,2}"
    r"(?:report|article|document|text|piece)(?=(?:\s+(?:this|last)\s+year)?(?:\?*\s*$|\s*,\s*(?![^?]*\b(?:what|which|who|when|where|why|how)\b)[^,?]{1,30}\?*\s*$))",
    re.IGNORECASE,
)
# The name that acts in "What new law will **the NPC** pass ...?", "What did **Xiaomi** push for?".
_ACTING_NAME = re.compile(
    r"^(?i:what|which|how much|how many|when|why|how)(?:\s+[a-z]+){0,2}\s+"
    r"(?i:will|did|does|do|has|have|would|could|can|is|are|was|were)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'&-]*)(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w’'&-]*)*)\s+(?=[a-z])",
)


# What a chatty asker says around the question ("I keep hearing about ...", "if you don't mind spelling it
# out for an old engineer", "I vaguely remember ..."): about the asker, not the thing asked.
_CHATTER = re.compile(
    r"\b(?:i\s+(?:keep\s+hearing|(?:vaguely\s+)?remember|(?:vaguely\s+)?recall|heard|read|gather)(?:\s+(?:that|about))?"
    r"|if\s+you\s+don['’]?t\s+mind(?:\s+\w+ing)?(?:\s+it)?(?:\s+out)?(?:\s+for\s+(?:an?\s+)?(?:\w+\s+)?\w+)?"
    r"|(?:could|can|would)\s+you\s+(?:tell|remind)\s+me|remind\s+me|on\s+the\s+news|in\s+the\s+news)\b",
    re.IGNORECASE,
)


_SO = re.compile(rf"^\s*(?:and\s+)?so\s+(?=(?:{_WH_WORDS})\b)", re.I)
# "Is it true that X?", "Is it right that X?": a fact-checker asks whether the text says X; "true" and
# "right" are no words the answer must have.
_VERIFYING = re.compile(
    r"^\s*(?:is|was)\s+it\s+(?:really\s+|actually\s+)?(?:true|right|correct|accurate|so|the\s+case)"
    r"\s+(?:to\s+say\s+)?(?:that\s+)?(?=\w)",
    re.I,
)


def _without_asides(question: str) -> str:
    """The question without who asks it ("As an investor I want to know: ...") and without where it is
    said ("..., per the work report?"), which only pull the answer to sentences that repeat them."""
    stripped = _ATTRIBUTION.sub("", _PREAMBLE.sub("", _SO.sub("", INTERJECTION.sub("", question))))
    stripped = _VERIFYING.sub("Is it so that ", stripped)
    stripped = " ".join(FOR_AUDIENCE.sub("", _CHATTER.sub(" ", stripped)).split())
    return stripped if _TOKEN.search(stripped) else question


# "BYD: CPPCC proposals?", "CATL CEO: asks?": keywords for what a name (or its chief) proposed.
_KEYWORD_ACTOR = re.compile(
    r"^((?:[A-Z][\w’'&-]*\s+)*?[A-Z][\w’'&-]*)(?:\s+(?i:ceo|chief|boss|head|delegate|chair))?\s*:\s*"
    r"(?:[\w-]+\s+){0,2}(?i:proposals?|asks?|suggestions?|points|stance|requests?|demands?|complaints?|"
    r"position|pitch|views?|recommendations?|ideas?|issues?\s+raised)\W*$"
)


def _acting_name(question: str) -> str:
    """The name that does what the question asks about, "" when none: "What new law will the NPC pass?" ->
    "NPC", "BYD: CPPCC proposals?" -> "BYD". A possessive ("China's Ministry ...") is no actor of its own."""
    match = _ACTING_NAME.match(question.strip()) or _KEYWORD_ACTOR.match(question.strip())
    if match is None or match.group(1).endswith(("'s", "’s")):
        return ""
    return match.group(1)


def _without_exclusion(question: str) -> str:
    """The question without what it sets aside: "Apart from pricing reforms, what else did CATL call
    for?" asks what CATL called for, and the words "pricing reforms" must not pull the answer to them."""
    stripped = _EXCLUSION.sub("", question).strip()
    return stripped if _TOKEN.search(stripped) else question


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
                currency = re.match(r"[a-z]{2,4}(?=\d)", part)  # "RMB1.3" is in yuan, "USD179" in dollars
                terms.add(_synonym_of(currency.group()) if currency else "")
            else:
                terms.add(stem_word(part)[:STEM_PREFIX])
                terms.add(_synonym_of(part))
    terms.update(_synonym_of(_SYNONYM_PHRASES[phrase.lower()]) for phrase in _SYNONYM_PHRASE.findall(text))
    terms.discard("")
    return frozenset(terms)


def _synonym_of(word: str) -> str:
    """The term of the ``_SYNONYM_GROUPS`` group the word belongs to ("=theme"), "" if none."""
    return _synonym_keys().get(stem_word(word)[:STEM_PREFIX], "")


@functools.cache
def _synonym_keys() -> dict[str, str]:
    """Each ``_SYNONYM_GROUPS`` word's stem -> its group's term ("=theme"), which no word's stem can be."""
    keys = {}
    group = ""
    for line in _SYNONYM_GROUPS.strip("\n").splitlines():
        if not line.startswith("      "):  # a deeper indent goes on with the group above
            group = "=" + line.split()[0]
        for word in line.split():
            keys[stem_word(word)[:STEM_PREFIX]] = group
    return keys


def _long_forms(question: str, definitions: dict[str, str]) -> list[str]:
    """The long forms of the acronyms in ``question`` that ``definitions`` has: those it asks the long
    form of ("the NPC's full name", "what does rrr stand for"), else any in capitals."""
    asked = _asked_acronyms(question) or tuple(token for token in _TOKEN.findall(question) if token.isupper())
    return [definitions[token.lower()] for token in asked if token.lower() in definitions]


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


def _without_possessive_names(tokens: list[str]) -> list[str]:
    """``tokens`` without possessives and the capitalised words of the names they end ("Rho Motion's")."""
    kept: list[str] = []
    for token in tokens:
        if token.endswith(("'s", "’s")):
            while kept and kept[-1][:1].isupper():
                kept.pop()
            continue
        kept.append(token)
    return kept


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
_COUNTRY_ALIASES = frozenset(
    {
        "russia",
        "turkey",
        "britain",
        "great britain",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "america",
        "kosovo",
        "palestine",
        "south korea",
        "north korea",
        "iran",
        "vietnam",
        "syria",
        "laos",
        "bolivia",
        "venezuela",
        "tanzania",
        "taiwan",
        "czech republic",
        "moldova",
        "macedonia",
        "holland",
        "u.s",
        "u.s.",
        "usa",
        "u.k",
    }
)


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


# --------------------------------------------------------------------------- the document itself
# "Who wrote this article?", "When was the piece published?": a question about the document, answered by
# its own header (front matter). Only "this" or a word for the document itself: "the report" in a text
# is often another report ("Who wrote the work report?").
_THE_DOCUMENT = (
    r"(?:(?:this|the|that)\s+(?:artic(?:le|al)|piece|story|post|blog\s+post|document|text|page|write-?up|"
    r"news\s+(?:item|story|artic(?:le|al)))|this\s+news\b|this\s+(?:[\w-]+\s+){0,3}?(?:note|report|analysis|briefing|artic(?:le|al)|piece)"
    # ("this" alone, but not "this year's" or "this time")
    r"|this(?!\s+(?:year|week|month|time|session|sessions|meeting|round)\b|\s+[\w-]+['’]s\b)|it)"
)
# "this article", "the news": a word for the document itself, never "this" or "it" alone ("How old is it?",
# "who put it out?" ask of other things).
_A_DOCUMENT = r"(?:this|the|that)\s+(?:artic(?:le|al)|piece|story|news|write-?up|report|page)"
# ("this story" may be a fairy tale's, "the report" a school's: an article, a piece, the news)
_THE_ARTICLE = r"(?:this|the|that)\s+(?:artic(?:le|al)|piece|news|write-?up)"
# "article", "this article": a word for the document itself, its article left out as some askers do
_BARE_ARTICLE = r"(?:(?:this|the|that)\s+)?(?:artic(?:le|al)|piece|news\s+article)"
# "published", "publish", "wrote", "come out": the verb of putting the text out, marked or not
_PUT_OUT = (
    r"(?:published|publish|written|wrote|write|posted|post|released|release|come\s+out|came\s+out|"
    r"put\s+(?:out|up))"
)
_DOCUMENT_FIELD_QUESTIONS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (keys, re.compile("|".join(patterns), re.IGNORECASE))
    for keys, patterns in (
        (
            ("author", "authors", "byline", "writer", "creator"),
            (
                rf"\bwho\s+(?:(?:even|actually|exactly|really|originally)\s+)?(?:wrote|authored|penned)\s+"
                rf"{_THE_DOCUMENT}\b",
                # "Who put this article together?"
                rf"\bwho\s+(?:put|puts|pulled|pieced)\s+{_THE_DOCUMENT}\s+together\b",
                rf"\bwho(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:source|people|person|team|firm|outfit)?\s*behind\s+"
                rf"{_THE_DOCUMENT}\b",
                r"\bwho(?:['’]s|\s+is|\s+was)\s+credited\s+(?:as|with)\s+(?:the\s+)?(?:author|writer|writing)\b",
                rf"\bwhich\s+(?:[\w-]+\s+){{0,2}}?(?:firm|company|shop|house|team|group|organi[sz]ation|outfit|"
                r"agency|consultancy)\s+"
                rf"(?:wrote|authored|produced)\s+{_THE_DOCUMENT}\b",
                rf"\bwho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:author|authors|writer|writers)\s+of\s+{_THE_DOCUMENT}\b",
                rf"\b(?:author|authors|writer|byline)\s+of\s+{_THE_DOCUMENT}\b",
                rf"\bwho\s+(?:is|was)\s+{_THE_DOCUMENT}\s+(?:written\s+)?by\b",
                rf"\b{_THE_DOCUMENT}\s+(?:was\s+)?(?:written|authored)\s+by\s+(?:whom|who)\b",
                r"^\s*(?:(?:and|so|but|ok|okay)[\s,]+)?who\s+(?:is|was)\s+the\s+(?:author|writer)\W*$",
            ),
        ),
        (
            ("publisher", "publication", "sitename", "site", "outlet"),
            (
                rf"\bwho\s+(?:published|publishes|puts\s+out|put\s+out|runs|ran)\s+{_THE_DOCUMENT}\b",
                rf"\bwho\s+(?:put|puts)\s+{_A_DOCUMENT}\s+out\b",  # "And who put this article out?"
                rf"\b(?:publisher|outlet|publication)\s+of\s+{_THE_DOCUMENT}\b",
                rf"\bwhere\s+(?:was|is)\s+{_THE_DOCUMENT}\s+published\b",
                rf"\b(?:which|what)\s+(?:outlet|publication|publisher|site|website)\s+(?:published|ran|carried)\s+"
                rf"{_THE_DOCUMENT}\b",
                r"^\s*(?:(?:and|so|but|ok|okay)[\s,]+)?who\s+(?:is|was)\s+the\s+publisher\W*$",
            ),
        ),
        (
            ("date", "published", "pubdate", "publication_date", "created"),
            (
                rf"\bwhen\s+(?:was|is)\s+{_THE_DOCUMENT}\s+(?:first\s+)?(?:published|written|wrote|posted|released|"
                r"put\s+(?:out|up)|dated|issued)\b",
                # "when was article published", "this article publish when", "when dis article come out": the
                # word for the document without its article, or the verb unmarked
                rf"\bwhen\s+(?:(?:was|is|did)\s+)?(?:this|the|that)\s+(?:article|piece|news\s+article)\s+(?:first\s+)?"
                rf"{_PUT_OUT}\b",
                # (without its article only as the whole question: "when was article published, the one in my
                # bibliography?" asks of another)
                rf"^\W*(?:and\s+|so\s+)?when\s+(?:(?:was|is|did)\s+)?(?:article|piece)\s+(?:first\s+)?{_PUT_OUT}\W*$",
                rf"\b{_BARE_ARTICLE}\s+(?:publish(?:ed)?|written|wrote|write|posted|released|come\s+out|came\s+out)\s+when"
                r"(?=\W*$|\s+(?:ah|la|lah|ga|eh|na)\b)",
                r"^\W*(?:and\s+|so\s+)?when\s+(?:was\s+(?:it|this)\s+)?published\W*$",
                r"^\W*(?:and\s+|so\s+)?(?:published|posted)\s+when\W*$",  # "published when?"
                rf"\bwhen\s+did\s+{_THE_DOCUMENT}\s+(?:come\s+out|appear|run|go\s+(?:up|live|out))\b",
                rf"\b(?:what|which)\s+(?:date|day)\s+(?:was|is|did)\s+{_THE_DOCUMENT}\s+(?:published|written|"
                r"posted|released|dated|come\s+out|appear|put\s+out)\b",
                # "What date is this article from?" (a word for the document: "What date is this from, the
                # receipt?" is no question about it)
                rf"\b(?:what|which)\s+(?:date|day)\s+(?:is|was)\s+{_A_DOCUMENT}\s+from\b",
                # "When this news is published?", "this article date when"
                rf"\bwhen\s+{_THE_DOCUMENT}\s+(?:news\s+)?(?:is|was|got|get)\s+(?:published|written|posted|"
                r"released|put\s+out)\b",
                rf"\b{_A_DOCUMENT}(?:['’]s)?\s+(?:publish(?:ed|ing)?\s+|publication\s+)?date\b(?!\s+format)",
                rf"\bhow\s+(?:old|recent|stale|new)\s+is\s+{_A_DOCUMENT}\b",
                rf"\b(?:publication|publishing|release)\s+date\s+of\s+{_THE_DOCUMENT}\b",
                rf"\bdate\s+(?:of|on)\s+{_THE_DOCUMENT}\b",
                # "article date pls", "I need the dateline", "when article from?"
                r"^\s*(?:the\s+)?(?:article|piece|story)(?:['’]s)?\s+(?:publish(?:ed|ing)?\s+|publication\s+)?date\b",
                r"\b(?:the|its|article['’]?s?)\s+dateline\b(?!\s+(?:on|of|for|in)\b)",
                # ("when is the article from? what is date": a question of its own may follow)
                # (and "when is article from, date?": the date named after it)
                r"\bwhen\s+(?:is\s+|was\s+)?(?:(?:this|the|that)\s+)?(?:article|piece|news)\s+from\s*"
                r"(?:[?.!]+|$|,\s*(?:(?:what|which)\s+)?(?:date|day)\b)",
                r"^\s*(?:what\s+is\s+the\s+)?(?:publication|publishing|release)\s+date\W*$",
            ),
        ),
        (
            ("url", "link", "source_url", "canonical_url"),
            (
                rf"\b(?:url|link|web\s+address)\s+(?:of|for|to)\s+{_THE_DOCUMENT}\b",
                # "and the original source?", "where's it originally from": where the text was first put out
                # (of "it" or "this" only as the whole question: "Where is this dish originally from?" is not)
                # ("original source, website?": its kind named after it)
                r"\boriginal\s+(?:source(?:\s+(?:site|website|link|url))?|article|link|url|website)(?:\s+from)?"
                r"(?:,\s*(?:the\s+)?(?:site|website|link|url))?(?=\s*[?.!]*\s*(?:\(|$))",
                # "which website is this from?", "what site is the article on"
                rf"\b(?:which|what)\s+(?:web\s*)?(?:site|page)\s+(?:is|was)\s+(?:it|this|{_THE_ARTICLE})\s+"
                r"(?:from|on|published\s+on)\b",
                rf"\b{_THE_ARTICLE}\s+(?:originally\s+from|from\s+originally|(?:is\s+|was\s+)?from\s+where)\b",
                # ("where this article come from", "where is this article put out from originally")
                rf"\bwhere\s+(?:(?:is|was|does|did)\s+)?{_THE_ARTICLE}\s+(?:put\s+out\s+)?(?:originally\s+)?"
                r"(?:from|comes?\s+from)\b",
                # "but original from which website?", "original one? link or company"
                r"\boriginal\s+from\s+which\s+(?:website|site|page|source|link)\b|^\W*original\s+one\W+(?:link|url|website)\b",
                r"^\W*(?:(?:and|n|but|so|ok)\s+)?(?:where(?:['’]s|\s+is|\s+was|\s+does|\s+did)\s+(?:it|this)\s+"
                r"(?:originally\s+)?(?:from|come\s+from)(?:\s+originally)?|original(?:ly)?\s+(?:(?:came|comes|come)\s+)?"
                r"from\s+where|"
                r"original\s+from\s+who(?:m)?)\W*(?:\([^()]*\)\W*)?$",
            ),
        ),
        (
            ("title", "headline"),
            (
                rf"\b(?:title|headline)\s+of\s+{_THE_DOCUMENT}\b",
                rf"\bwhat\s+is\s+{_THE_DOCUMENT}\s+(?:called|titled|entitled)\b",
            ),
        ),
    )
)


def document_field_keys(question: str) -> tuple[str, ...]:
    """The header keys that answer a question about the document itself, most usual first: "Who wrote
    this article?" -> ("author", ...), "When was the piece published?" -> ("date", ...); () for any
    other question."""
    for keys, pattern in _DOCUMENT_FIELD_QUESTIONS:
        if pattern.search(question):
            return keys
    return ()


# ---------------------------------------------------------------------- claims put otherwise
# Words that say opposite things of the same head: a claim of "lighter safety rules" is put otherwise by a
# sentence calling for "enhanced safety regulations".
_OPPOSED_WORDS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        word_set("lighter looser laxer weaker relaxed fewer less reduced lower loosened eased softer"),
        word_set("enhanced stricter tighter stronger tougher more increased higher tightened heavier"),
    ),
    (word_set("tight tighter tightening contractionary hawkish"), word_set("loose looser easing")),
    (
        word_set("cut cuts cutting reduce reduced lower lowered"),
        word_set("raise raised increase increased hike"),
    ),
)
# An amount with its unit ("RMB500 billion", "USD41.3 billion", "300 billion yuan", "25%", "50 basis points").
_CALENDAR_WORDS = word_set(
    _MONTHS.replace("|", " ") + " monday tuesday wednesday thursday friday saturday sunday"
)
_AMOUNT = re.compile(
    r"(?P<currency>\b(?:RMB|CNY|USD|EUR|GBP|JPY|HKD)|[$€£¥])\s?\d[\d.,]*"
    r"(?:\s?(?:million|billion|trillion|thousand|bn|tn|m|k)\b)?"
    r"|\d[\d.,]*\s?(?P<unit>%|percent|per\s+cent|basis\s+points|bps)",
    re.IGNORECASE,
)


def claim_put_otherwise(question: str, sentence: str, known_names: Collection[str]) -> list[tuple[int, int]]:
    """The spans of a checked claim's words that ``sentence`` puts otherwise in the same slot: another
    amount of the same unit ("RMB500 billion" / "RMB300 billion"), a lower rank for a superlative ("the
    largest" / "the second largest"), the opposite of a word before the same head ("lighter safety rules" /
    "enhanced safety regulations"), or another of the documents' names after the same word ("presented at
    the CPPCC" / "presented at the NPC"). Empty when it puts nothing otherwise. A claim put otherwise is
    answered by what the documents do say, where a claim they say nothing of is not."""
    spans: list[tuple[int, int]] = []
    lowered = sentence.lower()
    for amount in _AMOUNT.finditer(question):
        said = [a for a in _AMOUNT.finditer(sentence) if _same_unit(amount, a)]
        if said and not any(_figure_value(a.group()) == _figure_value(amount.group()) for a in said):
            spans.append(amount.span())
    ranked = _RANKED_SUPERLATIVE.search(sentence)
    if ranked:
        superlative = ranked.group().split()[-1].split("-")[-1].lower()
        # (not when the sentence also gives the rank asked, "the best ... and X the second best", or ranks
        # below the one the claim names, "the second largest after Lagos")
        unranked = [
            m
            for m in re.finditer(rf"\b{superlative}\b", sentence, re.I)
            if not re.search(rf"{_ORDINAL}[ -]$", sentence[: m.start()], re.I)
        ]
        ranked_after = re.search(
            r"\b(?:after|than|behind)\s+(?:the\s+)?([A-Z][\w&-]*)", sentence[ranked.end() :]
        )
        behind_the_claimed = ranked_after is not None and ranked_after.group(1) in question
        for asked in re.finditer(rf"\b{superlative}\b", question, re.IGNORECASE):
            if unranked or behind_the_claimed:
                break
            if not re.search(rf"{_ORDINAL}[ -]$", question[: asked.start()], re.IGNORECASE):
                spans.append(asked.span())
    tokens = _TOKEN.findall(lowered)
    stems = [_stems(token) for token in tokens]
    for word in re.finditer(r"[A-Za-z]+", question):
        following = re.match(r"\s+([A-Za-z]+)", question[word.end() :])
        if following is None:
            continue
        for one, other in _OPPOSED_WORDS:
            for side, opposite in ((one, other), (other, one)):
                if word.group().lower() not in side or re.search(rf"\b{word.group()}\b", sentence, re.I):
                    continue  # (a sentence that says the claim's own word may say the opposite of another)
                head = _stems(following.group(1).lower())
                asked_head = following.group(1).lower()
                for index in range(len(tokens) - 1):
                    after, after_stems = tokens[index + 1 : index + 3], stems[index + 1 : index + 3]
                    if tokens[index] in opposite and (
                        stems[index + 1] & head or _synonymous_head(after, asked_head, after_stems)
                    ):
                        spans.append(word.span())
    known = {
        name
        for name in known_names
        if len(name) > 1 and name[:1].isupper() and name.lower() not in _CALENDAR_WORDS
    }
    for name in re.finditer(r"\b[A-Z][\w&-]+\b", question):
        if name.group() not in known or name.group() in sentence:
            continue
        before = re.search(r"([a-z]+)\s+(?:the\s+)?$", question[: name.start()])
        if before is None or before.group(1) in _STOPWORDS - {"at", "by", "to", "from", "in", "of"}:
            continue
        slot = re.search(rf"\b{before.group(1)}\s+(?:the\s+)?([A-Z][\w&-]+)", sentence)
        if slot and slot.group(1) in known and slot.group(1) != name.group():
            spans.append(name.span())
    return sorted(set(spans))


def _synonymous_head(tokens: list[str], head: str, stems: list[set[str]]) -> bool:
    """ "safety rules" / "safety regulations": the head one word later, or a rule word for a rule word."""
    rules = {"rules", "rule", "regulations", "regulation", "standards", "standard", "requirements"}
    if head in rules:
        return any(token in rules for token in tokens)
    return any(_stems(head) & s for s in stems[1:])


def _same_unit(asked: re.Match[str], said: re.Match[str]) -> bool:
    if asked.group("currency"):
        currency = asked.group("currency").upper()
        return bool(said.group("currency")) and said.group("currency").upper() == currency
    unit = re.sub(r"\s+", " ", (asked.group("unit") or "").lower()).replace("per cent", "percent")
    other = re.sub(r"\s+", " ", (said.group("unit") or "").lower()).replace("per cent", "percent")
    return bool(unit) and {unit, other} <= {"%", "percent"} | ({unit} if unit == other else set())


def _figure_value(text: str) -> float | None:
    """The value of an amount, for comparing two ("RMB300 billion" and "RMB 300bn", "$2m" and "$2,000,000",
    "5%" and "5.0%" agree)."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if digits is None:
        return None
    value = float(digits.group().replace(",", ""))
    scale = re.search(r"\d\s?(k|m|bn|tn|thousand|million|billion|trillion)\b", text, re.IGNORECASE)
    factor = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "tn": 1e12}
    factor["trillion"] = 1e12
    return value * factor.get(scale.group(1).lower(), 1.0) if scale else value
