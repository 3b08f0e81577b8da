"""Words the frame finder reads around a cue (:mod:`quotecheck.grammar`, :mod:`quotecheck.cues`,
:mod:`quotecheck.subject`, :mod:`quotecheck.content`, :mod:`quotecheck.attribution`): what may stand
between a source and its verb, what makes a cue form a noun, what opens an aside, an occasion or a clause;
and the words that open a second source in the chain, with what ends the phrase naming it
(:mod:`quotecheck.chain`, over the same tokens).

Each table serves one rule of the finder; its comment says which.  Every table is in lower case.
"""

from __future__ import annotations

from typing import Literal

from quotecheck.lexicon._words import words
from quotecheck.lexicon.anonymous import ANON_HEADS, REASON_PHRASES
from quotecheck.lexicon.cues import CUE_FORMS, MULTIWORD_CUES, NOUN_CUES
from quotecheck.lexicon.grammar import CONTRASTING, DETERMINERS, WEEKDAYS
from quotecheck.lexicon.organizations import DOCUMENT_NOUNS, ORG_HEADS
from quotecheck.lexicon.people import HONORIFICS, ROLE_NOUNS, TITLES

__all__ = [
    "ADJECTIVES_BEFORE",
    "ADVERBIAL",
    "AFTER_PASSIVE",
    "APPEARANCE",
    "ASIDES",
    "ASIDE_PAIRS",
    "ASKED_PARTICIPLES",
    "AUX",
    "BASE_SUBJECTS",
    "BEFORE_ADJECTIVE",
    "BEFORE_BACK",
    "BETWEEN",
    "BY_GERUND",
    "CLAUSE_OPENERS",
    "COMMITTED_TO",
    "CONTACT_SUBJECTS",
    "CUE_STARTS",
    "DOCUMENT_WORDS",
    "EVENT_NOUNS",
    "FINITE_AFTER_SUBJECT",
    "FLOATING_QUANTIFIERS",
    "FOCUS_ADVERBS",
    "GERUND_LEADS",
    "HEADLINE_CUES",
    "HEAD_END",
    "HEARSAY_ADVERBS",
    "HEARSAY_PARTICIPLES",
    "HEARSAY_PASSIVES",
    "HEARSAY_WORDS",
    "HOP_KEYS",
    "HOP_OPENINGS",
    "HOP_WORDS",
    "INTERJECTIONS",
    "LEAD_ADVERBS",
    "LY_NOUNS",
    "MODAL_NAMES",
    "MULTI_FIRST",
    "MULTI_PAIRS",
    "NEGATED_ADVERBS",
    "NOT_CONTINUATION",
    "NOT_TURN_SPEAKERS",
    "NOUNISH",
    "NOUN_BEFORE",
    "NOUN_CUE_WORDS",
    "NP_STOP",
    "OBJECT_PRONOUNS",
    "OCCASION_NOUNS",
    "OCCASION_OPENERS",
    "OCCASION_PREPOSITIONS",
    "OF_LEMMAS",
    "PARENTHETICAL_SUBJECTS",
    "PARTICIPLE_ONLY",
    "PARTICLES",
    "PHRASE_ENDS",
    "PREDICATE_OPENERS",
    "PRESS_NOUNS",
    "PROVEN_OPENERS",
    "QUANTIFIERS_BEFORE",
    "QUOTE_AS_OBJECT",
    "RANK_BEFORE",
    "REASON_WORDS",
    "REFUSALS",
    "SAME_PAST",
    "SECTION_HEADS",
    "SPEECH_AFTER_SUBJECT",
    "TELL_LIKE",
    "TEXT_OF",
    "THAT_ONLY",
    "TIME_ENDS",
    "TIME_NOUNS",
    "TIME_PREPS",
    "TIME_WORDS",
    "TITLE_LIKE",
    "TOPIC_LEMMAS",
    "TO_VERBS",
    "TRIGGERS",
    "HopKind",
]

# Times and sentence adverbs that stand between a subject and its verb: "Wells Fargo just this month
# announced", "Trump, however, said".
BETWEEN = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight this last "
        "week weekend month year morning afternoon evening night just however together perhaps "
        "meanwhile also too again initially further then later since once first"
    ).split()
)
# Two-word asides between a subject and its verb: "Ayotte's campaign, for example, said".
ASIDE_PAIRS = frozenset(
    {
        ("for", "example"),
        ("for", "instance"),
        ("in", "turn"),
        ("in", "fact"),
        ("of", "course"),
        ("for", "one"),  # "Rush Limbaugh, for one, called them …"
    }
)
# Words that may stand between a source and its verb: "has said", "also told", "later wrote".
AUX = frozenset(
    """'s 're 've 'll 'd 'm has have had having is was are were be been will would could should can may might
    must do does did also later earlier previously repeatedly once first again then still recently just often
    now publicly privately separately flatly quickly initially subsequently long already never not n't
    always
    reportedly allegedly apparently openly explicitly directly frequently generally likely clearly simply
    specifically particularly even only originally""".split()
)
# Words that cannot be inside a source phrase read backwards from its verb.
NP_STOP = frozenset(
    """that which who whom whose when while because if as but and or nor so than then where whether why how
    although though since after before until unless whereas what is was are were be been being has have had
    yet will would could should can may might must do does did not also said says told""".split()
)
# After a cue, words that introduce the addressee or the occasion rather than the content.
TELL_LIKE = frozenset(
    "tell inform assure warn remind advise promise convince ask brief notify caution".split()
)
# Who a cue's object may be rather than its content: "told him", "told reporters".
OBJECT_PRONOUNS = frozenset("him her them us me you reporters journalists".split())
# After "…, officials said," words that start an aside, not the rest of the content.
NOT_CONTINUATION = frozenset(
    (
        "as while although though but and who which according after before when because since adding noting"
    ).split()
)
# Cue forms that are as often plural nouns: "claims", "reports", "statements".
NOUNISH = frozenset(
    "claims reports comments remarks notes statements questions answers promises pledges warnings threats "
    "charges accusations tweets posts estimates forecasts findings responses calls demands projects".split()
)
# Words after which a cue form is a noun: "the claims", "further details", "new reports".
NOUN_BEFORE = frozenset(
    """the a an his her their its our these those such of new no any this that my your further more
    fresh additional other few many several some recent earlier previous latest initial official public
    private similar specific detailed written verbal common less much enough greater""".split()
)
# Lower-case words that may stand before a name as its title or role ("spokesman Walid Kilani"), or end
# the institution a title belongs to ("Tulsa police Chief Chuck Jordan").
TITLE_LIKE = frozenset(w.rstrip(".") for w in TITLES | ROLE_NOUNS | HONORIFICS) | ANON_HEADS | ORG_HEADS
# Documents a subject issues ("released a statement", "posted a video"): the issuer is their author.
DOCUMENT_WORDS = DOCUMENT_NOUNS | frozenset("video videos tweet tweets post posts".split())
# Particles of phrasal verbs that issue a document: "put out a statement", "sent out a letter".
PARTICLES = frozenset("out up".split())
# What may follow "prove" when it reports evidence ("proves that …", "proved his guilt", "proves Clinton
# lied"), not when it means to turn out ("proves short-lived", "proved to be costly").
PROVEN_OPENERS = DETERMINERS | frozenset("that what how why whether him her them it this".split())
# Nouns after "press" that make it a noun, not the verb "press": "press secretary", "press release".
PRESS_NOUNS = frozenset(
    "secretary secretaries release releases conference conferences office officer aide corps briefing "
    "freedom gallery pool room team".split()
)
# Prepositions before a participle used as an adjective: "despite repeated warnings".
BEFORE_ADJECTIVE = frozenset("despite amid amidst after following over against with without".split())
# Verbs that take "back" as a particle ("bring back", "scaled back", "fought back").
BEFORE_BACK = frozenset(
    """bring brings brought bringing come comes came coming go goes went going get gets got getting look
    looked step stepped pull pulled push pushed pay paid cut cuts hold holds held scale scaled roll rolled
    fight fought hit write wrote call called give gave take took taking turn turned put set sit sat kick
    kicked play played win won draw drew hold walk walked dial dialed dialled claw clawed""".split()
)
# Modals that are also names ("George Will", "Theresa May"): capitalized mid-sentence, before a past
# tense, they are the speaker.
MODAL_NAMES = frozenset("will may".split())
# Subjects a base-form verb agrees with though they do not end in -s: "people say", "they claim".
BASE_SUBJECTS = frozenset(
    "i you we they people police children men women folks staff who that which to".split()
)
# Auxiliaries a cue word is never followed by as a verb, only as a noun or a clause that is a subject.
FINITE_AFTER_SUBJECT = frozenset("is was are were has had will would could should can may might must".split())
# Reporting verbs in the base form a plural subject takes ("advocates say", "records show"); none is also a
# plural noun, so "denied reports" or "voiced fears" keep their verb, and a past form is left out, since it
# is as often an adjective ("Trump claims alleged fraud", "warns worried investors").
SPEECH_AFTER_SUBJECT = frozenset(
    "say claim argue contend insist believe maintain allege warn fear worry suggest show estimate predict"
    .split()
)
# Concessive verbs that report a statement only with a clause: "allowed that", not "allows investors to".
THAT_ONLY = frozenset("allow grant accept".split())
# What follows "commit" when it pledges: "committed to", "committed herself to", "commits that …".
COMMITTED_TO = frozenset("to that himself herself themselves itself ourselves myself".split())
# Prepositions of time and place that may open an occasion between a cue and its clause.
OCCASION_OPENERS = frozenset("at in on during after before since".split())
# Words in -ly that are nouns or adjectives before a noun, not adverbs: "Scott's family has called".
LY_NOUNS = frozenset(
    "family ally assembly supply rally anomaly monopoly bully belly july italy lily reply folly".split()
)
# Participles of a question put to the subject: "was asked, “…?”".
ASKED_PARTICIPLES = frozenset("asked questioned".split())
# Focus adverbs that may open a sentence before its subject: "Even China", "Only Smith".
FOCUS_ADVERBS = frozenset("even only also just especially particularly notably".split())
# Floating quantifiers after a plural subject: "Merkley, Brown and Menendez all suggested".
FLOATING_QUANTIFIERS = frozenset("all both each".split())
# Asides set off by commas between a cue and its content: "He added, though, that …".
ASIDES = frozenset("though however too also again moreover later then still nonetheless".split())
# Prepositions before a speech gerund that then reports its clause's subject: "responded by saying …".
BY_GERUND = frozenset("by after before while".split())
# Subordinators before a gerund whose subject is the clause's: "despite admitting", "after saying".
GERUND_LEADS = frozenset("despite after before while since without upon when besides".split())
# Cue verbs whose past tense is spelt like the base form.
SAME_PAST = frozenset("read put set cut broadcast forecast cast bet".split())
# Words of rank before a base form that is then a noun of office: "senior counsel", "special counsel".
RANK_BEFORE = frozenset("senior general legal special chief outside associate deputy".split())
# Of those, the adjectives and adverbs: a past tense after one is still a verb ("further related"); so too
# after an adjective that also stands as a predicate or a noun ("the talks are not public said", "the public
# said").
ADJECTIVES_BEFORE = frozenset(
    "further fresh additional recent earlier previous initial similar public private".split()
)
# Labels before a colon that name no speaker: "UPDATE:", "Editor's note:", "Photo:".
NOT_TURN_SPEAKERS = frozenset(
    "update note editor's note photo video watch read related correction disclosure source sources "
    "update: breaking live warning caption credit transcript".split()
)
# The heads of a brief's sections and page furniture before a colon ("MARKETS:", "Contributing:",
# "Editor's note:"): a paragraph under one is the desk's copy, not a speaker's turn (issue 17).
SECTION_HEADS = frozenset(
    """markets market stocks shares bonds currencies currency forex commodities metals oil gold energy
    earnings results dividends deals ipos economy business politics world nation local sport sports
    weather traffic opinion analysis exclusive preview recap schedule standings scores lineups attendance
    contributing byline clarification corrections latest""".split()
) | frozenset(("editor's note", "editor\N{RIGHT SINGLE QUOTATION MARK}s note", "paid notice", "the latest"))
# First words of the multiword cues: only these start the (costlier) phrase lookups.
MULTI_FIRST = frozenset(phrase.split()[0] for phrase in MULTIWORD_CUES)
# Every lower-case token a cue can start with.
CUE_STARTS = frozenset(CUE_FORMS) | MULTI_FIRST | frozenset(NOUN_CUES)
# The first two words of every multiword cue: a sentence holding "in" or "as" alone needs no tokens.
MULTI_PAIRS = frozenset(tuple(phrase.split()[:2]) for phrase in MULTIWORD_CUES if " " in phrase)
# The verbs a title-case headline attributes with, inflected ("Says", "Warns"; "Bombshell Claim" is a noun).
HEADLINE_CUES = frozenset(
    "say tell claim admit warn deny insist urge vow call accuse slam blast praise suggest predict "
    "concede confirm announce reveal argue".split()
)
# Past forms that open a participle phrase as often as a predicate: ", based on …", ", including …".
PARTICIPLE_ONLY = frozenset("based given compared related concerned".split())
# Words after a participle that mark it passive: "he's expected to", "she's accused of", "it's backed by".
AFTER_PASSIVE = frozenset("to of by as in with for from on at about".split())
# Nouns that end a time phrase between a subject's auxiliary and its verb, and the prepositions opening it.
TIME_NOUNS = frozenset("past years months weeks days decades occasions times interviews".split())
# The prepositions that open such a time phrase: "has in the past said".
TIME_PREPS = frozenset("in for on over during".split())
# Every word of the reasons given for anonymity: only a cue that is one of them can stand inside one.
REASON_WORDS = frozenset(w for phrase in REASON_PHRASES for w in phrase.lower().split())
# Hearsay with no source: "who was believed to be", "reportedly", "it is understood that".  A hedge inside a
# sourced statement's content is that statement's business (grading); one outside any is its own statement.
HEARSAY_PARTICIPLES = frozenset(
    "believed thought understood said reported alleged rumored rumoured reputed presumed suspected".split()
)
# Adverbs that pass on hearsay: "reportedly", "allegedly".
HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly supposedly reputedly".split())
# Passives whose holder goes unsaid, and the words that may follow each: "is expected to win", "is widely
# seen as", "was considered a long shot".
HEARSAY_PASSIVES: dict[str, frozenset[str]] = {
    "expected": frozenset(["to"]),
    "considered": frozenset("to a an the as".split()),
    "seen": frozenset("as".split()),
    "viewed": frozenset("as".split()),
}
# Appearance verbs: "Trump seems to be winning", "it appeared that the plan had failed".
APPEARANCE = frozenset("seem seems seemed appear appears appeared".split())
# Every word a hearsay frame can hang on.
HEARSAY_WORDS = HEARSAY_PARTICIPLES | HEARSAY_ADVERBS | frozenset(HEARSAY_PASSIVES) | APPEARANCE
# Every word a cue or a hearsay frame can hang on: a sentence with none of them has no statement.
TRIGGERS = frozenset(CUE_FORMS) | HEARSAY_WORDS
# The nouns that carry attribution ("claim", "warning"), as a set for membership tests.
NOUN_CUE_WORDS = frozenset(NOUN_CUES)
# Occasions of speaking: a participle after one is its speaker's ("at a news conference announcing …").
EVENT_NOUNS = frozenset(
    "conference speech interview briefing rally hearing appearance event session meeting call forum debate "
    "address remarks gathering luncheon breakfast dinner ceremony visit trip stop".split()
)
# Words before a noun that a base-form cue spelt the same would not follow as a verb.
QUANTIFIERS_BEFORE = frozenset(
    "each every one two three four five six seven eight nine ten several many most all both other some "
    "no any the a an this that these those their our its his her swing battleground".split()
)
# What ends a topic given as content: "turnout, Obama is …", "the budget but …".
PHRASE_ENDS = CONTRASTING | {",", ";", "\N{EM DASH}", "but"}
# Verbs of speaking whose topic, after "about", is what they report: "complained about his microphone".
TOPIC_LEMMAS = frozenset(
    "complain talk speak ask write joke boast brag warn tweet muse rail rant testify lecture "
    "inquire argue agree disagree".split()
)
# Those that also take their topic after "of": "spoke of", "warned of", "wrote of", "boasted of".
OF_LEMMAS = frozenset("speak warn write boast brag talk complain".split())
# Adverbs that may open a sentence before its content or its subject: "Meanwhile, …".
LEAD_ADVERBS = frozenset(
    "meanwhile however still but and yet later earlier instead also then now so indeed separately".split()
)
# Words that end a leading time phrase set off by a comma before the subject: "Later that day, Trump …".
TIME_ENDS = frozenset(
    """later earlier ago afterward afterwards before after since then today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week weekend
    month year""".split()
)
# Words before a quotation that make it an object in the reporter's sentence: "chants of “…”", "signs
# reading “…”".
QUOTE_AS_OBJECT = frozenset("of for with about like reading read saying".split())
# Words that open a clause set off between a subject and its verb: "X, when contacted, said".
CLAUSE_OPENERS = frozenset("when while after before if though although once".split())
# Pronouns that open a clause with no relative pronoun after its noun: "the experts I interviewed said".
CONTACT_SUBJECTS = frozenset("i we".split())
# Words that open a sentence without being its subject: "Yes, he said, …".
INTERJECTIONS = frozenset("yes no well oh ok okay sure look listen right again first finally".split())
# A verb that goes on from a subject after the parenthetical cue: "Voters, he said, are tired".
PREDICATE_OPENERS = frozenset(
    """is are was were will would can could should must may might have has had do does did need needs
    want wants deserve deserves remain remains""".split()
)
# Words of occasions and times that follow a cue without being content: "said on Tuesday in a statement".
ADVERBIAL = frozenset(
    """on in at during after before by via through to from with over of the a an this that last next
    early late earlier later recently previously again also too then today yesterday tonight now
    morning afternoon evening night week weekend month year day days weeks months years ago
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    statement interview email e-mail tweet tweets post posting speech briefing conference press release
    call phone telephone letter rally hearing appearance remarks comments broadcast podcast video
    television radio show program programme news newspaper website blog twitter facebook instagram x
    reporters journalists his her their its our time times his own first briefly out up""".split()
)
# Cue verbs of intention whose "to" opens their content: "vowed to fight", "refused to resign".
TO_VERBS = frozenset(
    "want plan hope expect vow pledge promise threaten refuse decline agree offer seek aim intend try".split()
)
# Cue verbs of refusal: with the infinitive of a verb of saying after them ("refused to say whether …",
# "declined to discuss the case") they report that nothing was said, not what was.
REFUSALS = frozenset("refuse decline".split())
# Adverbs that may stand between a negation and the verb it negates: "did not immediately say".
NEGATED_ADVERBS = frozenset("yet ever even publicly".split())
# Subjects that open a reported clause after a phrase set off by commas: "says, win or lose, he's staying".
PARENTHETICAL_SUBJECTS = frozenset("he she they we i".split())
# Times and occasions that stand between a verb and the clause it reports.
TIME_WORDS = WEEKDAYS | frozenset(
    "today yesterday tonight night morning afternoon evening last week weekend month year earlier later"
    .split()
)
# Prepositions that open an occasion between a cue and what it reports: "said at a rally that …".
OCCASION_PREPOSITIONS = frozenset("on in at during".split())
# Occasions a cue may name before its content: "said in an interview", "at a news conference".
OCCASION_NOUNS = frozenset(
    """interview interviews statement statements rally speech debate conference call briefing hearing
    email emails tweet tweets post letter video radio television podcast show program town hall event
    appearance remarks meeting""".split()
)


# The chain of sources (quotecheck.chain): the words that open a second hop between the speaker and the
# reporter ("…, citing two officials", "…,” he said, according to a pool report", "quoted the minister as
# saying"), and the kind of hop each opens.
HopKind = Literal["according to", "citing", "quoting", "cited by", "reported by", "quoted as saying"]
HOP_OPENINGS: tuple[tuple[tuple[str, ...], HopKind], ...] = (
    (("according", "to"), "according to"),
    (("citing",), "citing"),
    (("quoting",), "quoting"),
    (("cited", "by"), "cited by"),
    (("as", "reported", "by"), "reported by"),
    (("quoted",), "quoted as saying"),
)
# The first words of the openings: only a token among them can open a hop.
HOP_WORDS = frozenset(opening[0] for opening, _ in HOP_OPENINGS)
# The longest word of each opening: a sentence holding none of them, even inside a longer word, holds no hop.
HOP_KEYS = tuple(sorted({max(opening, key=len) for opening, _ in HOP_OPENINGS}))
# Words that end the head of a phrase after "citing": "citing two people familiar with", "citing the release
# of prisoners".
HEAD_END = frozenset(words("of in at from with familiar close who that for on and to about over"))
# Documents that stay sources before "of": "a report of the panel", "excerpts of his speech".
TEXT_OF = frozenset("report reports excerpt excerpts transcript transcripts copy copies text".split())
