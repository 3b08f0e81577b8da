"""Attribution cues: the reporting verbs of news copy with the stance each lends, and their forms.

A cue verb's *stance* is the reporter's own attitude to the reported content, carried by the choice of verb
(Thompson & Ye 1991; Martin & White 2005 on "acknowledge", "distance" and "endorse"; Soni et al. 2014 found
that readers' sense of how certain a quoted claim is follows the verb).  The six stances:

- ``neutral``: the words are passed on without comment (say, tell, add, write, according to).
- ``endorsing``: the reporter presents the content as true (confirm, reveal, note, point out, show).
- ``conceding``: the speaker gives ground against their own interest (admit, concede, confess).
- ``distancing``: the reporter keeps the content at arm's length (claim, allege, insist, maintain, contend).
- ``tentative``: the speaker holds the content with less than full certainty (believe, think, suggest).
- ``denial``: the speaker rejects the content; its polarity is reversed (deny, reject, dispute, dismiss).

The *group* says what sort of act the cue reports: ``speech`` (say, tell), ``belief`` (believe, fear,
hope), ``evidence`` (a study or a poll "shows"), ``intention`` (vow, plan, urge) or ``reaction``
(criticize, praise).  ``that_clause`` says whether the verb can introduce reported content as a clause
("said that ...", "believes the plan ...", "asked whether ..."), as against naming a target ("criticized the
plan").

Every table is keyed in lower case; callers fold case before looking a word up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Literal

import attrs

from quotecheck.lexicon._words import words

__all__ = [
    "AMBIGUOUS_FORMS",
    "CHANNELS",
    "CUE_FORMS",
    "CUE_GROUPS",
    "CUE_VERBS",
    "HEARSAY_CUES",
    "MULTIWORD_CUES",
    "NESTING_PHRASES",
    "NOUN_CUES",
    "STANCES",
    "CueGroup",
    "CueVerb",
    "Stance",
    "inflect",
    "noun_cue",
]

Stance = Literal["neutral", "endorsing", "conceding", "distancing", "tentative", "denial"]
CueGroup = Literal["speech", "belief", "evidence", "intention", "reaction"]

STANCES: tuple[Stance, ...] = ("neutral", "endorsing", "conceding", "distancing", "tentative", "denial")
CUE_GROUPS: tuple[CueGroup, ...] = ("speech", "belief", "evidence", "intention", "reaction")


@attrs.frozen
class CueVerb:
    """One reporting verb (or phrasal cue) and what it tells a reader about the reported content."""

    lemma: str
    stance: Stance
    group: CueGroup
    that_clause: bool


# (stance, group, that_clause, lemmas).  A lemma appears in exactly one row; the test suite checks it.
_VERB_ROWS: tuple[tuple[Stance, CueGroup, bool, str], ...] = (
    # Plain speech: the everyday verbs of attribution, carrying no view of the content.
    ("neutral", "speech", True, """
        say tell add state announce write tweet post retweet explain reply respond answer continue recount
        relate mention remark comment observe inform advise testify declare recall repeat reiterate restate
        brief email text message blog broadcast publish cable narrate recite dictate quote specify detail
        summarize clarify elaborate muse reflect ask inquire retort counter rejoin interject interrupt
        volunteer offer report communicate convey notify relay caution warn assure reassure opine
        reason rule speak stress emphasize underline agree pronounce proclaim
        preach lecture instruct confide recap chat gossip update discuss express
    """),
    # Manner of speaking: how the words came out, not whether they are true.
    ("neutral", "speech", True, """
        shout yell scream whisper murmur mutter cry exclaim shriek sigh laugh chuckle giggle snap bark growl
        snarl hiss grumble gush stammer stutter mumble plead beg implore sob wail moan groan lament rant rave
        roar thunder bellow chant sing quip joke tease drawl purr croak rasp blurt gasp squeal howl holler
        marvel enthuse gripe complain fume seethe grouse whine carp bemoan sneer scoff snort chirp coo
        exult crow rail fret despair sniff josh wisecrack banter intone
    """),
    # Naming and describing: "called it a disgrace", "described the deal as ..."; content is a label.
    ("neutral", "speech", False, """
        call describe characterize dub label brand term nickname liken compare portray depict
    """),
    # Factive speech: the reporter takes the content as established by saying it this way.
    ("endorsing", "speech", True, """
        confirm reveal note acknowledge disclose affirm verify corroborate attest certify remind recognize
        highlight underscore divulge
    """),
    # Factive belief: knowing and learning presuppose the content is true.
    ("endorsing", "belief", True, """
        know realize discover learn notice understand
    """),
    # Documents, polls and studies that establish something.
    ("endorsing", "evidence", True, """
        show find demonstrate prove establish document determine uncover expose substantiate validate
        detect reaffirm
    """),
    # Giving ground: the speaker says what does them no good.
    ("conceding", "speech", True, """
        admit concede confess grant allow accept regret
    """),
    # Giving ground as a reaction, with a target rather than a clause.
    ("conceding", "reaction", False, """
        apologize
    """),
    # Distancing: the content is the speaker's, and the reporter does not vouch for it.
    ("distancing", "speech", True, """
        claim allege insist maintain contend purport profess boast brag protest swear aver pretend charge
        spin trumpet assert argue
    """),
    # Distancing reactions: an accusation names a target and a wrong that is not established.
    ("distancing", "reaction", False, """
        accuse blame
    """),
    # Tentative belief: held with less than full certainty.
    ("tentative", "belief", True, """
        believe think expect fear worry estimate predict forecast project guess suspect reckon figure
        speculate surmise presume assume suppose feel sense imagine wonder doubt hypothesize theorize posit
        anticipate foresee envision envisage consider calculate trust bet wager fancy conjecture
        infer deduce judge
    """),
    # Tentative speech: the speaker puts the content forward without committing to it.
    ("tentative", "speech", True, """
        suggest question venture hint imply intimate insinuate float
    """),
    # Reports, findings and signs that the reporter neither vouches for nor doubts ("the data indicate",
    # "she signaled that"): the labellers read "indicate" as neutral or endorsing, never as tentative.
    ("neutral", "evidence", True, """
        conclude read list record cite assess indicate signal
    """),
    # Intentions, demands and commitments: what the speaker wants, hopes or pledges to happen.
    ("neutral", "intention", True, """
        want plan vow pledge promise threaten urge demand propose recommend intend aim seek wish hope commit
        undertake guarantee appeal request press push lobby advocate encourage exhort order command resolve
        decide invite counsel petition prefer mean
    """),
    # Reactions: praise or blame aimed at a target; the content is the verdict, not a clause.
    ("neutral", "reaction", False, """
        criticize blast praise condemn slam attack defend hail laud applaud commend welcome salute celebrate
        thank congratulate denounce decry deplore lambaste excoriate rebuke chide scold berate castigate
        censure fault assail savage pan mock ridicule deride lampoon skewer scorn disparage belittle rip
        knock bash chastise reprimand admonish upbraid vilify demonize smear insult taunt heckle jeer cheer
        champion endorse back support embrace tout extol credit target hammer lash flay roast trash oppose
        favor
    """),
    # Denial: the speaker rejects the content or a claim made by someone else.
    ("denial", "speech", True, """
        deny reject dispute dismiss refute rebut contradict disagree repudiate disavow disown contest
        negate debunk discount
    """),
    # Denial as reaction: aimed at a claim or a person rather than a clause.
    ("denial", "reaction", False, """
        challenge discredit downplay rebuff spurn refuse resist balk
    """),
    # Denial by authority: a court, a legislature or an executive throws out a ruling, a bill or a plan.
    ("denial", "reaction", False, """
        overrule overturn veto quash
    """),
)


def _rows() -> Iterable[tuple[str, CueVerb]]:
    for stance, group, that_clause, block in _VERB_ROWS:
        for word in words(block):
            yield word, CueVerb(word, stance, group, that_clause)


def _build_verbs() -> dict[str, CueVerb]:
    out: dict[str, CueVerb] = {}
    for lemma, verb in _rows():
        if lemma in out:
            raise AssertionError(f"cue verb {lemma!r} is listed twice")
        out[lemma] = verb
    return out


_VERBS = _build_verbs()

# -- Inflection ------------------------------------------------------------------------------------------

_VOWELS = frozenset("aeiou")

# Verbs of more than one syllable stressed on the last, which double the final consonant in both
# spellings (admitted, referred); others of more than one syllable do not (visited, targeted).
_DOUBLING = frozenset(
    words("""
    admit commit regret refer prefer confer infer omit permit submit rebut aver deter concur control extol
    compel expel acquit transmit defer demur incur abet recap
    """)
)

# Forms the rule cannot make.  Lemma -> every past and participle form; British and older forms included.
_IRREGULAR: Mapping[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "know": ("knew", "known"),
    "find": ("found",),
    "hear": ("heard",),
    "read": ("read",),
    "understand": ("understood",),
    "learn": ("learned", "learnt"),
    "swear": ("swore", "sworn"),
    "feel": ("felt",),
    "foresee": ("foresaw", "foreseen"),
    "forecast": ("forecast", "forecasted"),
    "broadcast": ("broadcast", "broadcasted"),
    "bet": ("bet", "betted"),
    "speak": ("spoke", "spoken"),
    "sing": ("sang", "sung"),
    "show": ("showed", "shown"),
    "prove": ("proved", "proven"),
    "undertake": ("undertook", "undertaken"),
    "seek": ("sought",),
    "mean": ("meant",),
    "spin": ("spun",),
    "go": ("went", "gone"),
    "make": ("made",),
    "put": ("put",),
    "set": ("set",),
    "lay": ("laid",),
    "let": ("let",),
    "hit": ("hit",),
    "take": ("took", "taken"),
    "tear": ("tore", "torn"),
    "shoot": ("shot",),
    "stand": ("stood",),
    "come": ("came", "come"),
    "bring": ("brought",),
    "break": ("broke", "broken"),
    "sum": ("summed",),
    "spell": ("spelled", "spelt"),
    "rip": ("ripped",),
    "dream": ("dreamed", "dreamt"),
}

# Third-person forms the rule gets wrong.
_IRREGULAR_S: Mapping[str, str] = {"go": "goes", "say": "says"}

# British spellings and older variants -> the lemma they inflect like.  -ize/-yze verbs get their -ise/-yse
# twin by rule below; these are the rest.
_VARIANTS: Mapping[str, str] = {
    "enquire": "inquire",
    "favour": "favor",
    "wilful": "willful",
}


def _syllables(word: str) -> int:
    groups, prev = 0, False
    for i, ch in enumerate(word):
        vowel = ch in _VOWELS or (ch == "y" and i > 0)
        if vowel and not prev:
            groups += 1
        prev = vowel
    return groups


def _ends_cvc(word: str) -> bool:
    # "qu" acts as one consonant (quip -> quipped); w, x and y never double (vowed, taxed, played)
    w = word.replace("qu", "q")
    if len(w) < 3:
        return False
    a, b, c = w[-3], w[-2], w[-1]
    return a not in _VOWELS and b in _VOWELS and c not in _VOWELS and c not in "wxy"


def inflect(lemma: str) -> tuple[str, ...]:
    """Every inflected form of a regular verb (or an irregular one listed here), the lemma first.

    >>> inflect("admit")
    ('admit', 'admits', 'admitted', 'admitting')
    >>> inflect("cry")
    ('cry', 'cries', 'cried', 'crying')
    >>> inflect("label")
    ('label', 'labels', 'labeled', 'labeling', 'labelled', 'labelling')
    """
    w = lemma
    # third person singular
    if w in _IRREGULAR_S:
        third = _IRREGULAR_S[w]
    elif w.endswith(("s", "x", "z", "ch", "sh")) or (w.endswith("o") and w[-2:-1] not in _VOWELS):
        third = w + "es"
    elif w.endswith("y") and w[-2:-1] not in _VOWELS:
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    # past and present participle
    extra: tuple[str, ...] = ()
    if w.endswith(("ee", "oe", "ye")):
        past, ing = w + "d", w + "ing"
    elif w.endswith("ie"):
        past, ing = w + "d", w[:-2] + "ying"
    elif w.endswith("e"):
        past, ing = w + "d", w[:-1] + "ing"
    elif w.endswith("y") and w[-2:-1] not in _VOWELS:
        past, ing = w[:-1] + "ied", w + "ing"
    elif _ends_cvc(w) and (_syllables(w) == 1 or w in _DOUBLING):
        past, ing = w + w[-1] + "ed", w + w[-1] + "ing"
    elif w.endswith("l") and _ends_cvc(w) and _syllables(w) > 1:
        # US labeled, British labelled: both turn up in wire copy
        past, ing = w + "ed", w + "ing"
        extra = (w + "led", w + "ling")
    else:
        past, ing = w + "ed", w + "ing"
    pasts = _IRREGULAR.get(w, (past,))
    forms = [w, third, *pasts, ing, *extra]
    return tuple(dict.fromkeys(forms))


def _british(lemma: str) -> str | None:
    for us, uk in (("ize", "ise"), ("yze", "yse")):
        if lemma.endswith(us) and len(lemma) > 5:
            return lemma[: -len(us)] + uk
    return None


def _build_forms() -> dict[str, str]:
    out: dict[str, str] = {}

    def put(form: str, lemma: str) -> None:
        if out.get(form, lemma) != lemma:
            raise AssertionError(f"cue form {form!r} belongs to both {out[form]!r} and {lemma!r}")
        out[form] = lemma

    for lemma in _VERBS:
        for form in inflect(lemma):
            put(form, lemma)
        uk = _british(lemma)
        if uk is not None:
            for form in inflect(uk):
                put(form, lemma)
    for variant, lemma in _VARIANTS.items():
        if lemma in _VERBS:
            for form in inflect(variant):
                put(form, lemma)
    return out


CUE_VERBS: Mapping[str, CueVerb] = MappingProxyType(_VERBS)
CUE_FORMS: Mapping[str, str] = MappingProxyType(_build_forms())

# -- Phrasal and fixed cues -------------------------------------------------------------------------------

# (phrase, stance, group, that_clause).  The first word of a phrasal verb is inflected ("pointed out").
_PHRASAL: tuple[tuple[str, Stance, CueGroup, bool], ...] = (
    # Factive phrasal speech.
    ("point out", "endorsing", "speech", True),
    # "as the memo put it": the words are the source's, taken as given
    ("put it", "neutral", "speech", False),
    ("make clear", "endorsing", "speech", True),
    # Continuing an account: "He went on to say ...", "she went on".
    ("go on", "neutral", "speech", True),
    ("go on to say", "neutral", "speech", True),
    ("go on to add", "neutral", "speech", True),
    # Speaking up and setting out.
    ("spell out", "neutral", "speech", True),
    ("lay out", "neutral", "speech", False),
    ("set out", "neutral", "speech", False),
    ("chime in", "neutral", "speech", True),
    ("pipe up", "neutral", "speech", True),
    ("weigh in", "neutral", "speech", False),
    ("sum up", "neutral", "speech", True),
    ("let slip", "neutral", "speech", True),
    ("fire back", "neutral", "speech", True),
    ("shoot back", "neutral", "speech", True),
    ("write back", "neutral", "speech", True),
    ("cry out", "neutral", "speech", True),
    ("speak out", "neutral", "reaction", False),
    ("speak up", "neutral", "reaction", False),
    ("open up", "neutral", "speech", False),
    ("put forward", "neutral", "intention", False),
    ("make the case", "neutral", "speech", True),
    ("point to", "endorsing", "evidence", False),
    ("stand by", "neutral", "speech", False),
    ("double down", "distancing", "speech", False),
    ("back up", "endorsing", "evidence", False),
    # Demands and appeals: "called for a ceasefire", "called on Israel to ...".
    ("call for", "neutral", "intention", False),
    ("call on", "neutral", "intention", False),
    ("call upon", "neutral", "intention", False),
    ("appeal for", "neutral", "intention", False),
    ("push for", "neutral", "intention", False),
    ("press for", "neutral", "intention", False),
    # Attacks and rebukes with a target.
    ("hit out", "neutral", "reaction", False),
    ("hit back", "neutral", "reaction", True),
    ("lash out", "neutral", "reaction", False),
    ("take aim", "neutral", "reaction", False),
    ("tear into", "neutral", "reaction", False),
    ("round on", "neutral", "reaction", False),
    ("call out", "neutral", "reaction", False),
    ("come out against", "denial", "reaction", False),
    ("go after", "neutral", "reaction", False),
    ("talk about", "neutral", "speech", False),
    # Whom or what the words were about: "“She is a liar,” Trump said, referring to Clinton".
    ("refer to", "neutral", "speech", False),
    # Concern voiced: a fear about what may happen, held with less than certainty.
    ("express concern", "tentative", "belief", True),
    ("voice concern", "tentative", "belief", True),
    ("raise concerns", "tentative", "belief", True),
    # Naming: "a policy known as …" gives a label; nothing is known in the factive sense.
    ("know as", "neutral", "speech", False),
    # Rejecting or shrinking a claim.
    ("rule out", "denial", "speech", False),
    ("decide against", "denial", "intention", False),
    ("strike down", "denial", "reaction", False),
    ("turn down", "denial", "reaction", False),
    ("play down", "denial", "reaction", False),
    ("brush off", "denial", "reaction", False),
    ("brush aside", "denial", "reaction", False),
    ("shrug off", "denial", "reaction", False),
    ("push back", "denial", "reaction", False),
    ("take issue", "denial", "reaction", False),
    # Owning up.
    ("own up", "conceding", "speech", False),
)

# Cues that are not verbs and never inflect.
_FIXED: tuple[tuple[str, Stance, CueGroup, bool], ...] = (
    # The neutral attribution of wire copy: "according to the ministry, ...".
    ("according to", "neutral", "speech", False),
    ("in the words of", "neutral", "speech", False),
    ("as quoted by", "neutral", "speech", False),
    # Distancing adjectives that work as cues around a scare quote.
    ("so-called", "distancing", "speech", False),
    ("self-styled", "distancing", "speech", False),
    ("self-proclaimed", "distancing", "speech", False),
)


def _build_multiword() -> dict[str, CueVerb]:
    out: dict[str, CueVerb] = {}
    for phrase, stance, group, that_clause in _PHRASAL:
        head, _, rest = phrase.partition(" ")
        entry = CueVerb(phrase, stance, group, that_clause)
        for form in inflect(head):
            out[f"{form} {rest}"] = entry
    for phrase, stance, group, that_clause in _FIXED:
        out[phrase] = CueVerb(phrase, stance, group, that_clause)
    return out


MULTIWORD_CUES: Mapping[str, CueVerb] = MappingProxyType(_build_multiword())

# Where or how the words were delivered.  Not cues themselves: a channel says nothing about the speaker's
# commitment, but it helps tie a statement to its speaker ("Hamas said in a statement").
CHANNELS: tuple[str, ...] = (
    # Written statements and releases.
    "in a statement", "in a written statement", "in a joint statement", "in a brief statement",
    "in a news release", "in a press release", "in a letter", "in an open letter", "in an op-ed",
    "in an email", "in an e-mail", "in a text message", "in a memo", "in a filing", "in a court filing",
    "in court papers", "in a report", "in a blog post", "in a post", "in a social media post",
    # Interviews and broadcasts.
    "in an interview", "in a television interview", "in a radio interview", "in a phone interview",
    "in a telephone interview", "in a podcast", "on a podcast", "on television", "on tv", "on air",
    "on the radio", "in a video", "in a video message", "in a televised address", "in an address",
    # Events where words are spoken in public.
    "at a press conference", "at a news conference", "in a news conference", "at a briefing",
    "in a briefing", "at a rally", "at a campaign rally", "at a hearing", "in testimony", "in court",
    "in a speech", "in remarks", "in a conference call", "on a conference call", "at a summit",
    "at an event", "at a forum",
    # Social platforms.
    "on twitter", "on x", "on facebook", "on instagram", "on truth social", "on telegram",
    "on social media", "on tiktok", "on threads", "on bluesky", "in a tweet", "in a series of tweets",
    # Audiences that stand for the press at large.
    "told reporters", "told journalists", "told the press", "told a news conference",
    "told a press conference", "told a briefing", "told lawmakers", "told parliament", "told congress",
    "told supporters", "told the crowd", "told an audience",
)

# Nesting: the words reach the reporter through another source, and the chain is as strong as its weakest
# link ("citing sources", "WAM quoted the minister as saying").
NESTING_PHRASES: tuple[str, ...] = (
    "citing", "cited", "quoting", "quoted", "as saying", "quoted as saying", "was quoted as saying",
    "were quoted as saying", "according to", "as reported by", "as cited by", "reported by",
    "relayed by", "via",
)

# Nouns that carry an attribution: "X's claim that", "the ministry's statement that".  noun -> stance.
_NOUN_ROWS: tuple[tuple[Stance, str], ...] = (
    # Neutral reports of what was said.
    ("neutral", """
        statement announcement report declaration pronouncement proclamation remark comment account
        explanation testimony message word news argument view position stance opinion idea notion
        observation answer reply response promise pledge vow threat demand call proposal recommendation
        request appeal warning assurance guarantee plan intention goal
    """),
    # Presented as true.
    ("endorsing", """
        confirmation revelation disclosure acknowledgment acknowledgement finding evidence proof
        demonstration reminder recognition realization discovery conclusion
    """),
    # Giving ground.
    ("conceding", "admission concession confession apology"),
    # Kept at arm's length.
    ("distancing", """
        claim assertion allegation insistence contention accusation charge boast protestation insinuation
        pretense pretence
    """),
    # Held with less than certainty.
    ("tentative", """
        belief suggestion prediction estimate forecast expectation hope fear concern worry assessment
        theory speculation suspicion rumor rumour assumption impression indication sign
        projection hypothesis guess
    """),
    # Rejected.
    ("denial", """
        denial rejection dismissal rebuttal refutation repudiation disavowal objection
    """),
)


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def _build_nouns() -> dict[str, Stance]:
    out: dict[str, Stance] = {}
    for stance, block in _NOUN_ROWS:
        for noun in words(block):
            for form in (noun, _plural(noun)):
                if out.get(form, stance) != stance:
                    raise AssertionError(f"noun cue {form!r} has two stances")
                out[form] = stance
    return out


NOUN_CUES: Mapping[str, Stance] = MappingProxyType(_build_nouns())

# The group a reporting noun belongs to, by its stance: "her belief that" is a belief, "the finding that" a
# piece of evidence; the rest report speech.
_NOUN_GROUPS: Mapping[Stance, CueGroup] = MappingProxyType({"tentative": "belief", "endorsing": "evidence"})


def noun_cue(word: str) -> CueVerb | None:
    """The cue a reporting noun makes when its owner is the source ("Nervo's conclusion that …", "her
    assertion that …"), or None for a word that is no reporting noun."""
    low = word.lower()
    stance = NOUN_CUES.get(low)
    if stance is None:
        return None
    return CueVerb(low, stance, _NOUN_GROUPS.get(stance, "speech"), True)

# Hearsay with no one holding it: "Trump seems to be winning", "is widely seen as the favorite", "was
# rumored to", "reportedly".  These mark a statement but are no reporting verbs of their own (a subject of
# "seems" does not say anything), so they stay out of CUE_VERBS; a hearsay statement reads its stance here,
# by word form, after the reporting verbs ("is believed to", "allegedly") have had their say.
HEARSAY_CUES: Mapping[str, CueVerb] = MappingProxyType(
    {
        **{
            form: CueVerb(lemma, "tentative", "belief", False)
            for lemma, forms in (
                ("seem", "seem seems seemed"),
                ("appear", "appear appears appeared"),
                ("see", "seen"),
                ("view", "viewed"),
                ("rumor", "rumored rumoured"),
                ("repute", "reputed reputedly"),
            )
            for form in forms.split()
        },
        "reportedly": CueVerb("report", "neutral", "speech", True),
        "allegedly": CueVerb("allege", "distancing", "speech", True),
        "purportedly": CueVerb("purport", "distancing", "speech", True),
        "supposedly": CueVerb("suppose", "distancing", "speech", True),
    }
)

# Cue forms that are at least as often nouns or adjectives in news copy ("the state", "a report", "his
# post"): an extractor should accept them as cues only with a subject and a clause or quotation nearby.
AMBIGUOUS_FORMS: frozenset[str] = frozenset(
    words("""
    state states report reports post posts note notes back support charge charges answer answers
    offer offers comment comments claim claims text texts message messages cable quote quotes detail details
    question questions counter order orders demand demands request requests plan plans hope hopes fear
    fears worry worries estimate estimates project projects forecast forecasts promise promises pledge
    pledges vow vows call calls attack attacks praise welcome thanks credit blame record records list
    lists read figure figures guess bet sense signal signals hint hints feel
    trash cheer target targets favor favors press mean brief rule rules
    """)
)
