"""Who is speaking: source phrases classified, names gathered into entities, pronouns resolved.

A source phrase ("US President Donald Trump", "Mr Kilani", "two senior officials familiar with the talks",
"the ministry", "he") is classified into a :class:`~quotecheck.model.Speaker` kind.  Names seen anywhere in
the document are gathered into entities keyed by surname, so every later reference ("Mr Kilani", "Kilani")
shares the canonical name, which is the fullest form seen, titles dropped.  Pronouns resolve to the nearest
earlier compatible mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache

import attrs

from quotecheck.lexicon.anonymous import (
    ACCESS_PHRASES,
    ALLY_DESCRIBING,
    GROUP_QUANTIFIERS,
    NUMBER_WORDS,
    REASON_PHRASES,
    stated_count,
)
from quotecheck.lexicon.grammar import PREPOSITIONS as _PREPOSITIONS  # the name registry keeps its names
from quotecheck.lexicon.mentions import (
    ANONYMOUS_HEADS,
    AUTHORED,
    BEFORE_TITLES,
    CALENDAR,
    COMMON_NOUNS,
    DANGLING,
    DATES_NOT_NAMES,
    DOC_LOWER,
    FAMILY,
    FIGURE_OBJECTS,
    FILED,
    FUNCTION_WORDS,
    FURNITURE_LABELS,
    FURNITURE_LINES,
    HOLIDAYS,
    HONORIFIC_GENDER,
    HONORIFICS_LOWER,
    NAME_LINKS,
    NAME_SUFFIXES,
    OF_QUANTIFIERS,
    OPENING_ADJECTIVES,
    ORG_HEADS_LOWER,
    PART_OF,
    PARTISAN_ONE,
    PARTISAN_PLURAL,
    PLACE_ADJECTIVES,
    ROLE_LOWER,
    SHARES,
    SPOKES_HEADS,
    STATES_AS_NAMES,
    TITLES_LOWER,
    VAGUE_ALONE,
)
from quotecheck.lexicon.mentions import MODIFIED as _MODIFIED  # the name registry keeps its names
from quotecheck.lexicon.organizations import (
    CAPITALS,
    COUNTRIES,
    ORG_NAMES_FOLDED,
    OUTLET_NAME_HEADS,
    US_STATES,
)
from quotecheck.lexicon.people import (
    DEMONYMS,
    FIRST_NAMES,
    PRONOUNS,
    given_name_first,
    plural_common_noun,
)
from quotecheck.model import evolve
from quotecheck.text import phrase_alternation

__all__ = [
    "POSSESSIVE",
    "Judgement",
    "Mention",
    "Registry",
    "access_described",
    "anonymity_reason",
    "anonymity_reason_spans",
    "classify_phrase",
    "judge",
    "name_words",
    "not_a_source",
]

_ACCESS_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in sorted(ACCESS_PHRASES, key=len, reverse=True)) + r")\b", re.I
)
# How an unnamed source knows what it says, as the description a grade reads: its knowledge or involvement
# (the access phrases above, which also make a phrase an unnamed source's) or its closeness to someone
# ("allies of", "people close to"), which describes a source the head has made unnamed but makes none.
_DESCRIBED_ACCESS_RE = re.compile(
    r"(?<!\w)(?i:" + phrase_alternation((*ACCESS_PHRASES, *ALLY_DESCRIBING), ignore_case=True) + r")(?!\w)"
)
_REASON_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in sorted(REASON_PHRASES, key=len, reverse=True)) + r")", re.I
)
# Why the condition was granted, after it: "on condition of anonymity because the talks are private".
_WHY = re.compile(
    r",?\s+(?:because|since|as|given that|for fear (?:that|of))\b"
    r"[^,;:.()\N{EM DASH}\N{LEFT DOUBLE QUOTATION MARK}\"]*",
    re.I,
)
# Where a relative clause starts in a source phrase: "two officials who spoke on condition of anonymity".
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that)\b", re.I)


def _reason(phrase: str, found: re.Match[str] | None, end: int | None = None) -> str | None:
    """The reason for anonymity as written, with the why that follows it within ``phrase[:end]`` ("spoke on
    condition of anonymity because the negotiations are not public")."""
    if found is None:
        return None
    why = _WHY.match(phrase, found.end(), len(phrase) if end is None else end)
    return phrase[found.start() : why.end()].rstrip() if why else found.group()


def _descriptor(phrase: str) -> str:
    """An unnamed source's descriptor: the phrase up to a relative clause, whose words are what the
    source did, not who it is ("two city officials", not "… who spoke on condition of anonymity")."""
    rel = _RELATIVE.search(phrase)
    return phrase[: rel.start()] if rel and _WORD.search(phrase[: rel.start()]) else phrase


# a word, with the apostrophe of a plural or s-final possessive kept ("Davis' commentary")
_WORD = re.compile(
    r"\w+(?:['\N{RIGHT SINGLE QUOTATION MARK}&\-.]\w+)*(?:(?<=s)['\N{RIGHT SINGLE QUOTATION MARK}](?!\w))?"
)
# One word with a capital inside it that no surname prefix explains ("McCain", "DeSantis", "LaHood",
# "MacArthur", "VanHollen" stay names).
_CAMEL = re.compile(
    r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)[A-Z])[A-Z][a-z]+[A-Z]\w*"  # WikiLeaks, PolitiFact
    r"|[A-Z]{2,}[a-z]{2,}\w*"  # AZCentral, JPMorgan
)
_APPOSITION = re.compile(r",|\s--\s|\s\N{EM DASH}\s|\N{EM DASH}")
_PARENTHETICAL = re.compile(r"\([^()]{0,40}\)")
# A quoted title inside a description: "the “Avatar” star" is a star, whatever the film is called.
_QUOTED_TITLE = re.compile(
    "[\N{LEFT DOUBLE QUOTATION MARK}\"][^\N{RIGHT DOUBLE QUOTATION MARK}\"]{1,60}"
    "[\N{RIGHT DOUBLE QUOTATION MARK}\"]"
)
POSSESSIVE = re.compile(r"['\N{RIGHT SINGLE QUOTATION MARK}]s?$")  # "Clinton's", "Jones'": the owner's mark


@attrs.frozen
class Mention:
    """A source phrase in the text, and what it was judged to be.

    A value: the registry gives back a copy that knows its entity (:meth:`Registry.add`), and a stage that
    judges the phrase anew (a "who" made a person, a surname made the person's) makes a copy with
    ``attrs.evolve``.
    """

    start: int
    end: int
    text: str
    kind: str  # person | organization | anonymous | unknown | pronoun
    name: str | None = None  # the name as written, titles dropped (people), or the phrase
    gender: str = "x"  # m | f | n | p (plural) | x (unknown)
    plural: bool = False
    descriptor: str | None = None
    count: int | None = None
    access: str | None = None
    reason: str | None = None
    entity: str | None = None  # the key of its entity in the registry, which answers for the entity's name


@attrs.frozen
class Entity:
    """One person or organization, however often and however it is named, as the registry knows it so far.

    A value: a fuller name or a gender read later makes a new one, which the registry keeps under the same
    ``id`` (:meth:`Registry.add`); mentions keep the ``id`` and ask the registry for the entity."""

    id: str  # unique in the registry: the key, and for people their number, since people share surnames
    key: str  # the surname (people) or the name (organizations), lower-cased
    kind: str
    canonical: str
    gender: str = "x"

    def named(self, name: str) -> Entity:
        """The entity with ``name`` for its canonical name if that is fuller: more words, then more
        characters."""
        if (len(name.split()), len(name)) > (len(self.canonical.split()), len(self.canonical)):
            return attrs.evolve(self, canonical=name)
        return self

    @property
    def given(self) -> str:
        return given_name(self.canonical)


def surname(name: str) -> str:
    """The word a person is keyed by: the last of the name, a "Jr." or "III" passed over."""
    parts = [p.rstrip(".").lower() for p in name.split()]
    while len(parts) > 1 and parts[-1] in NAME_SUFFIXES:
        parts.pop()
    return parts[-1] if parts else ""


def given_name(name: str) -> str:
    """The first word of a name of two words or more, lower-cased ("" for a surname alone)."""
    parts = name.split()
    return parts[0].rstrip(".").lower() if len(parts) >= 2 else ""


def _compatible(a: str, b: str) -> bool:
    """Given names that can be one person's: equal, one missing, or one the initial of the other."""
    return not a or not b or a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _words(phrase: str) -> list[str]:
    return _WORD.findall(phrase)


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def split_title(words: list[str]) -> tuple[list[str], list[str], str]:
    """(title words, name words, gender hint) of a capitalized phrase: "US President Donald Trump"."""
    i = 0
    gender = "x"
    while i < len(words) - 1:
        low = words[i].lower().rstrip(".")
        if low in HONORIFICS_LOWER:
            gender = {
                "mr": "m",
                "mrs": "f",
                "ms": "f",
                "miss": "f",
                "sir": "m",
                "dame": "f",
                "lord": "m",
                "lady": "f",
                "messrs": "p",
            }.get(low, gender)
            i += 1
        elif (
            low in TITLES_LOWER
            or low in ROLE_LOWER
            or (i == 0 and low.endswith("s") and low[:-1] in TITLES_LOWER)  # "Senators Charles E. Grassley"
            or (words[i].isupper() and len(words[i]) <= 3 and i + 2 < len(words))
            or low
            in (
                "vice",
                "deputy",
                "former",
                "acting",
                "then",
                "the",
                "chief",
                "senior",
                "general",
                "assistant",
                "associate",
                "executive",
                "state",
                "foreign",
                "defense",
                "defence",
                "prime",
                "attorney",
                "secretary",
                "house",
                "senate",
                "minority",
                "majority",
                "democratic",
                "republican",
                "independent",
            )
        ):
            i += 1
        else:
            break
    return words[:i], words[i:], gender


def classify_phrase(text: str, start: int, end: int) -> Mention:
    """Judge the source phrase ``text[start:end]``: a person, an organization, an anonymous source, a pronoun.

    >>> m = classify_phrase("two senior officials familiar with the talks", 0, 44)
    >>> (m.kind, m.count, m.access)
    ('anonymous', 2, 'familiar with')
    >>> classify_phrase("US President Donald Trump", 0, 25).name
    'Donald Trump'
    """
    phrase = text[start:end]
    # "Steven Cheung, a campaign spokesman," / "one of the family's attorneys, Justin Bamberg,": in an
    # apposition the part that names a person names the speaker; otherwise the head part does
    # a fresh Mention each time: the cached judgement is shared, the mention's place is not
    j = judge(phrase)
    return Mention(
        start, end, phrase, j.kind, j.name, j.gender, j.plural, j.descriptor, j.count, j.access, j.reason
    )


def access_described(text: str) -> re.Match[str] | None:
    """The first phrase of ``text`` that says how an unnamed source knows: its knowledge or involvement
    ("familiar with", "briefed on") or its closeness ("allies of", "people close to"); None when none does.

    >>> access_described("two officials familiar with the talks").group()
    'familiar with'
    >>> access_described("people close to the mayor").group()
    'people close to'
    """
    return _DESCRIBED_ACCESS_RE.search(text)


def anonymity_reason(text: str, start: int, end: int) -> str | None:
    """The reason given for keeping a source unnamed within ``text[start:end]`` ("who asked not to be
    named", "because of the sensitivity of the talks"), or None."""
    return _reason(text, _REASON_RE.search(text, start, end), end)


def anonymity_reason_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where reasons for anonymity stand within ``text[start:end]``: their words are no statement
    ("did not want to be quoted by name" is not what the source wants said)."""
    return [m.span() for m in _REASON_RE.finditer(text, start, end)]


# A word as the text writes it, and the marks that may wrap one: "(Pence,", "Milbank's".
_SPACED = re.compile(r"\S+")
_WRAP = (
    "\"'()[],;:.!?"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
)


def name_words(text: str) -> frozenset[str]:
    """The capitalized words ``text`` writes where only a name would be capitalized: after a lower-case
    word or a comma ("said Pence", "Gov. Mike Pence, who"), or after a capitalized word that is no
    function word opening a sentence ("Mike Pence", not "The Attendance").  One pass over the text.

    A paragraph's first word is capitalized whatever it is ("Contributing: …", "Attendance: 11,482");
    a person's name is written the same mid-sentence too.

    >>> sorted(name_words("Pence: We will win. Later Mike Pence left, said Ruiz's aide."))
    ['Pence', 'Ruiz']
    >>> "Attendance" in name_words("Attendance: 11,482. The Attendance was low.")
    False
    """
    out: set[str] = set()
    prev = ""
    for m in _SPACED.finditer(text):
        word = m.group()
        if prev and word[:1].isupper() and prev[-1:] not in ".!?:\"\N{RIGHT DOUBLE QUOTATION MARK}":
            before = prev.strip(_WRAP)
            if (before[:1].islower() or prev[-1:] in ",;)") or (
                before[:1].isupper() and before.lower() not in FUNCTION_WORDS
            ):
                out.add(POSSESSIVE.sub("", word.strip(_WRAP)))
        prev = word
    return frozenset(out)


# A number standing where a source would: "a $48 million plan", "11,482", "1.2 billion".
_NUMBER = re.compile(
    r"(?i)(?:[$\N{POUND SIGN}\N{EURO SIGN}]?\d[\d,.]*%?|(?:hundred|thousand|million|billion|trillion)s?)"
    r"(?:\s+(?:[$\N{POUND SIGN}\N{EURO SIGN}]?\d[\d,.]*%?|(?:hundred|thousand|million|billion|trillion)s?))*"
)
_FIGURE = re.compile(
    r"(?i)(?:" + "|".join(re.escape(f) for f in sorted(FIGURE_OBJECTS, key=len, reverse=True)) + r")"
    r"\s+about\b"
)


def not_a_source(text: str, source: Mention, lemma: str, content: tuple[int, int]) -> str | None:
    """Why the phrase before a cue is no source, or None when it may be one (issue 17: a speaker is a
    source or nothing).  ``lemma`` is the cue's, ``content`` the (start, end) of what it would report.

    >>> t = "Story continues below advertisement"
    >>> not_a_source(t, classify_phrase(t, 0, 5), "continue", (16, len(t)))
    'page furniture'
    >>> t = "The ad says much about the race."
    >>> not_a_source(t, classify_phrase(t, 0, 6), "say", (12, 31))
    'a figure of speech'
    >>> t = "The ad says the mayor lied."
    >>> not_a_source(t, classify_phrase(t, 0, 6), "say", (12, 26)) is None
    True
    """
    phrase = " ".join(source.text.split())
    words = phrase.lower().split()
    if " ".join(text[source.start : content[1]].lower().split()).strip(" .:") in FURNITURE_LINES:
        return "page furniture"  # "Story continues below advertisement"
    label = text[source.start : content[0]].lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    if " ".join(label.split()).strip(" :") in FURNITURE_LABELS:
        return "page furniture"  # "Editor's note: this story was updated …"
    if lemma in ("say", "tell", "speak") and _FIGURE.match(text, content[0]):
        return "a figure of speech"  # "the ad says much about …": not what the ad says
    if _NUMBER.fullmatch(phrase) and lemma not in ("say", "tell"):
        # "a $48 million plan to …": a figure before a noun read as a cue; "39 said …" counts people
        return "a number"
    if len(words) == 1 and words[0] in PLACE_ADJECTIVES:
        return "an adjective"  # "Western support for …": "support" is a noun, and "Western" heads nothing
    return None


@attrs.frozen
class Judgement:
    """What a source phrase is, wherever it stands: :func:`judge`'s answer, cached and shared, so frozen.
    :func:`classify_phrase` places it in the text as a :class:`Mention`."""

    kind: str  # person | organization | anonymous | role | unknown | pronoun
    name: str | None = None  # the name as written, titles dropped (people), or the phrase
    gender: str = "x"  # m | f | n | p (plural) | x (unknown)
    plural: bool = False
    descriptor: str | None = None
    count: int | None = None
    access: str | None = None
    reason: str | None = None


@lru_cache(maxsize=8192)
def judge(phrase: str) -> Judgement:
    """The judgement of a source phrase wherever it stands, cached (:func:`classify_phrase` gives a Mention
    of one's own, placed in the text)."""
    if _QUOTED_TITLE.search(phrase):
        bare = " ".join(_QUOTED_TITLE.sub(" ", phrase).split())
        if len(_words(bare)) >= 2:
            return judge(bare)
    parts = [p for p in _APPOSITION.split(_PARENTHETICAL.sub(" ", phrase)) if _WORD.search(p)]
    if len(parts) > 1:
        judged = [_judge_part(p) for p in parts]
        chosen = next((j for j in judged if j.kind == "person"), judged[0])
        unnamed = chosen.kind in ("role", "anonymous") and not chosen.reason
        reason = _REASON_RE.search(phrase) if unnamed else None
        if reason is not None:
            # "the woman, who did not want to be quoted by name because …": the reason is in the clause
            return attrs.evolve(chosen, reason=_reason(phrase, reason))
        return chosen
    return _judge_part(phrase)


def _judge_part(phrase: str) -> Judgement:
    """One part of an apposition: a phrase that trails off into a clause is judged by its start ("Sanders
    during a …"), and a named person with others ("Trump and his aides") by the person who leads it."""
    of = phrase.find(" of ")
    before_of = [w.lower() for w in _words(phrase[:of])] if of > 0 else []
    # not "a study by Seltzer of …"
    if len(before_of) >= 2 and not any(w in FUNCTION_WORDS for w in before_of):
        owner = _classify(phrase[:of])
        if owner.kind == "person" and owner.name and len(owner.name.split()) >= 2:
            # "commentator Jonah Goldberg of the National Review": a named person and where they work
            return owner
    by = _MADE_BY.search(phrase)
    if by is not None and "(" not in phrase[: by.start()] and _WORD.search(phrase[: by.start()]):
        # "a complaint filed by the SEC", "a statement released by the White House": the thing made speaks
        return _judge_part(phrase[: by.start()])
    ws = _words(phrase)
    if len(ws) >= 2 and ws[-1].lower() in DANGLING:
        cut = next((k for k, w in enumerate(ws) if k and w.lower() in DANGLING), len(ws) - 1)
        head = phrase[: phrase.find(ws[cut], len(" ".join(ws[:cut])) - 1)].strip()
        return _classify(head) if head else Judgement("unknown")
    at = phrase.find(" and ")
    second = _words(phrase[at + 5 :]) if at > 0 else []
    if at > 0 and not (
        len(_words(phrase[:at])) == 1
        and len(second) >= 2
        and not _is_cap(second[0])
        and second[0].lower() not in FUNCTION_WORDS
        and second[0].lower() not in ("has", "have", "had", "is", "are", "was", "were")
    ):
        # ("Federal and state officials": two modifiers of one head, not two people)
        first = _classify(phrase[:at])
        if first.kind == "person" or (first.kind == "role" and not first.plural):
            return first  # "Trump and his aides", "the nominee and his aides": the person leads
    return _classify(phrase)


def _document(m: Mention) -> bool:
    """Whether an organization mention is one document by its head ("a 52-count civil complaint"), which
    no plural pronoun stands for ("Polls found …; they show" may)."""
    words = _words(m.name or m.text)
    return bool(words) and words[-1].lower() in DOC_LOWER and not words[-1].lower().endswith("s")


# A participle and "by" after a head: "filed by", "released by", "written by".
_MADE_BY = re.compile(r"\s+\w+(?:ed|en)\s+by\s+")

# A title with its "of" phrase before a name: "Secretary of State", "Minister of Finance", "Governor of
# Texas".
_TITLE_OF = re.compile(
    r"(?:(?:Former|former|Then-|then-)\s+)?"
    r"(?:Secretary|Minister|Director|Chairman|Chairwoman|Chair|Head|President|Governor|Mayor|Chief|Speaker"
    r"|Attorney General|Commissioner|Ambassador)\s+of\s+(?:the\s+)?(?:[A-Z][\w.'\-]*\s+){1,3}?(?=[A-Z])"
)


# "one in five", "1 in 4 voters": a share of a poll's respondents
_RATIO = re.compile(
    r"(?i)(?:(?:nearly|about|almost|roughly|only|just)\s+)?(?:one|1)\s+in\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|\w+teen|\w+ty)\b"
)


@attrs.frozen
class _Phrase:
    """A source phrase as :func:`_classify`'s rules read it: its words as written and lower-cased, and what
    the later rules share (its head, the name it holds), each worked out once, when a rule first asks."""

    text: str
    ws: tuple[str, ...]
    low: tuple[str, ...]

    @classmethod
    def of(cls, phrase: str) -> _Phrase:
        # a party tag or an age in parentheses is not part of the name: "Sen. David Perdue (R-Ga.)"
        ws = tuple(_words(_PARENTHETICAL.sub(" ", phrase)))
        return cls(phrase, ws, tuple(w.lower() for w in ws))

    @cached_property
    def head(self) -> str:
        return _head(self.low)

    @cached_property
    def caps(self) -> tuple[str, ...]:
        """The capitalized words that are no function word, nor a common noun capitalized to open it."""
        return tuple(
            w
            for k, w in enumerate(self.ws)
            if _is_cap(w) and w.lower() not in FUNCTION_WORDS and not (k == 0 and _common_noun(w))
        )

    @cached_property
    def name_run(self) -> tuple[str, ...]:
        """A name, possibly after titles: the capitalized run that ends the phrase before any "of", "for",
        ","; or the name that ends a description ("9/11 widow Terry Strada"); () if there is none."""
        ws = self.ws
        name_run: Sequence[str] = _name_run(ws)
        if (
            len(ws) >= 3
            and len(name_run) < len(ws) - 1
            and _is_cap(ws[-1])
            and _is_cap(ws[-2])
            and (ws[-2].lower() in FIRST_NAMES or (_is_title_word(ws[-3]) and not _is_cap(ws[-3])))
            and (not name_run or not _is_cap(_word_after(ws, name_run[-1])))
        ):
            # "9/11 widow Terry Strada", "Republican presidential candidate Donald Trump": a described
            # person; the name ends the phrase, whatever modifies the description before it
            name_run = ws[-2:]
        elif not name_run or not _is_cap(_word_after(ws, name_run[-1])):
            trail = _trailing_name(ws)
            if trail:
                # "NBC News moderator Matt Lauer", "a dynamic Greenberg": a lower-case word before a name
                # that ends the phrase; the name is the speaker
                name_run = trail
        if len(name_run) == 1 and (_common_noun(name_run[0]) or _people_plural(name_run[0].lower())):
            # "Sources have told …", "Fishermen cheered …", "Campaigners said …": a common noun that
            # starts the sentence
            return ()
        if name_run and _word_after(ws, name_run[-1])[:1].isdigit() and _date_word(name_run[-1]):
            return ()  # "A Feb. 1 letter from …", "a March 3 memo": a date, not a name
        return tuple(name_run)

    @cached_property
    def named(self) -> tuple[tuple[str, ...], str]:
        """The name words of the run once its titles are set apart, and the gender the titles state; no
        words when the run only modifies what follows it ("European leaders", "Scott's wife")."""
        ws, name_run = self.ws, self.name_run
        if name_run and len(ws) > len(name_run) and ws[-1] != name_run[-1] and not _is_cap(ws[-1]):
            last = name_run[-1]
            after = ws[ws.index(last) + 1] if last in ws[:-1] else ""
            if (
                after
                and not _is_cap(after)
                and after.lower() not in ("of", "for", "at", "in", "from", "with", "and", "or", "who")
                and (
                    len(name_run) == 1
                    or POSSESSIVE.search(last)
                    or _common_noun(ws[-1])
                    or _common_noun(after)
                )
            ):
                return (), "x"
        if not name_run:
            return (), "x"
        _titles, names, gender = split_title(list(name_run))
        # "National Committee Chairman Reince Priebus": a title inside the run ends what comes before it
        for k in range(len(names) - 2, -1, -1):
            w = names[k].lower().rstrip(".")
            if w in TITLES_LOWER or w in ROLE_LOWER:
                if k + 1 < len(names) and not _common_noun(names[k + 1]):
                    names = names[k + 1 :]
                break
        if len(names) == 1 and _common_noun(names[0]):
            return (), gender  # "Police": a common noun capitalized, which the lower-case rules judge
        return tuple(names), gender

    @cached_property
    def given_first(self) -> bool:
        """Whether the name opens with a given name: "Don Guardian" is a person, "The Charlotte Observer"
        an outlet."""
        return given_name_first(self.named[0]) and self.low[0] != "the"

    @cached_property
    def plural(self) -> bool:
        # "the committee chairmen", "congressmen", "their young children"
        head = self.head
        return (head.endswith("s") and not head.endswith("ss")) or _people_plural(head)

    @cached_property
    def singular_head(self) -> str:
        head = self.head
        return (head[:-3] + "man" if head.endswith("men") else head[:-1]) if self.plural else head


def _unnamed(p: _Phrase, plural: bool, gender: str) -> Judgement:
    """An anonymous source's judgement: how it is described, how many, their access and reason."""
    count = stated_count(list(p.low))
    access = _ACCESS_RE.search(p.text)
    return Judgement(
        "anonymous",
        _descriptor(p.text),
        gender,
        plural,
        descriptor=_descriptor(p.text),
        count=count if count is not None else (1 if p.low[0] in ("a", "an", "one", "another") else None),
        access=access.group() if access else None,
        reason=_reason(p.text, _REASON_RE.search(p.text)),
    )


def _no_words(p: _Phrase) -> Judgement | None:
    return Judgement("unknown") if not p.ws else None


def _relative_pronoun(p: _Phrase) -> Judgement | None:
    if len(p.ws) == 1 and p.low[0] in ("who", "which", "whom", "that"):
        return Judgement("pronoun")  # a relative pronoun: its antecedent is the speaker
    return None


def _personal_pronoun(p: _Phrase) -> Judgement | None:
    if len(p.ws) == 1 and p.low[0] in PRONOUNS:
        g, number = PRONOUNS[p.low[0]]
        return Judgement("pronoun", gender=g, plural=number == "pl")
    return None


def _vague_alone(p: _Phrase) -> Judgement | None:
    if len(p.ws) == 1 and p.low[0] in VAGUE_ALONE:
        # "Some say …", "Others argue …": unnamed people, as vague as a source gets
        return Judgement("anonymous", p.text, "p", True, descriptor=p.text)
    return None


def _person_of_an_outlet(p: _Phrase) -> Judgement | None:
    ws = p.ws
    owned = next((k for k, w in enumerate(ws[:-2]) if POSSESSIVE.search(w) and w[:1].isupper()), None)
    if owned is not None and all(_is_cap(w) for w in ws[owned + 1 :]):
        # "The Washington Post's Ed O'Keefe", "CNN's Jake Tapper": a person of the outlet or body
        who = _classify(" ".join(ws[owned + 1 :]))
        if who.kind == "person":
            return Judgement("person", who.name, who.gender)
    return None


def _the_partisan(p: _Phrase) -> Judgement | None:
    if len(p.ws) == 2 and p.low[0] == "the" and p.low[1] in PARTISAN_ONE:
        # "the Republican said": one partisan the story has named, referred to by party
        return Judgement("role", p.text)
    return None


def _role_by_title(p: _Phrase) -> Judgement | None:
    ws, low, last = p.ws, p.low, p.ws[-1]
    if (
        len(ws) >= 2
        and last.islower()
        and (last in ROLE_LOWER or last in TITLES_LOWER)
        and last not in ANONYMOUS_HEADS
        and last not in SPOKES_HEADS
        and not any(w in ("of", "for", "at", "in", "from", "with") for w in low)
        and not any(POSSESSIVE.search(w) for w in ws)
        and p.head == last  # "Sources close to the player": the sources speak, not the player
    ):
        # "Supreme Court justice", "GOP presidential candidate": a person by role, whatever body or
        # party modifies it
        return Judgement("role", p.text)
    return None


def _the_partisan_of_a_state(p: _Phrase) -> Judgement | None:
    ws, low = p.ws, p.low
    if (
        len(ws) >= 3
        and low[0] == "the"
        and low[-1] in PARTISAN_ONE
        and all(_is_cap(w) for w in ws[1:])
        and " ".join(low[1:-1]) in US_STATES
    ):
        # "the Wisconsin Republican": one partisan of a state, whom the story has named
        return Judgement("role", p.text)
    return None


def _member_by_state(p: _Phrase) -> Judgement | None:
    ws, low = p.ws, p.low
    if (
        len(ws) >= 3
        and low[1] == "of"
        and _is_cap(ws[0])
        and " ".join(low[2:]) in US_STATES
        and low[0] not in ORG_HEADS_LOWER
        and low[0] not in ORG_NAMES_FOLDED
        and not _is_title_word(ws[0])
        and not _common_noun(ws[0])
    ):
        # "Butterfield of North Carolina", "Cruz of Texas": a member of Congress by surname and state
        return Judgement("person", ws[0])
    return None


def _titled_of(p: _Phrase) -> Judgement | None:
    title_of = _TITLE_OF.match(p.text)
    if title_of is not None and _is_cap(p.text[title_of.end() :][:1]):
        # "Secretary of State John F. Kerry": the title's "of" phrase is no part of the name
        return _classify(p.text[title_of.end() :])
    return None


def _linked_name(p: _Phrase) -> Judgement | None:
    ws, low = p.ws, p.low
    if (
        len(ws) >= 3
        and any(w in NAME_LINKS for w in low[1:-1])
        and all(_is_cap(w) or w in NAME_LINKS or w[:1].isdigit() for w in ws)
        and low[0] not in FIRST_NAMES
        and not _is_title_word(ws[0])
        and not any(_is_title_word(w) for w in ws[1:3])  # "CBC Chairman G.K. Butterfield of North Carolina"
    ):
        # "Citizens for Tax Justice", "Center for American Progress": a name joined by "for", "of": a body
        return Judgement("organization", _strip_the(p.text))
    return None


def _known_institution(p: _Phrase) -> Judgement | None:
    # a known institution, named whole ("the White House", "Hamas")
    joined = " ".join(p.low)
    core = joined[4:] if joined.startswith("the ") else joined
    # names as written: a lower-case phrase ("time", "apple") names no institution
    if (
        core in ORG_NAMES_FOLDED
        or joined in ORG_NAMES_FOLDED
        or core in COUNTRIES
        or core in CAPITALS
        or (core in US_STATES and core not in STATES_AS_NAMES)
    ) and not p.text.islower():
        return Judgement("organization", _strip_the(p.text))
    return None


def _brand(p: _Phrase) -> Judgement | None:
    if len(p.ws) == 1 and _CAMEL.fullmatch(p.ws[0]):
        # "WikiLeaks", "BuzzFeed", "YouTube": a capital inside a word is a brand's, not a person's
        return Judgement("organization", p.text)
    return None


def _the_proper_name(p: _Phrase) -> Judgement | None:
    ws = p.ws
    if (
        p.low[0] == "the"
        and len(ws) >= 2
        and all(_is_cap(w) for w in ws[1:])
        and ws[1].lower() not in FIRST_NAMES
        and not any(_is_title_word(w) for w in ws[1:])  # "the Rev. Peter Wherry" is a person
    ):
        # "The Ledger", "The Associated Press": a proper name with an article is an institution
        return Judgement("organization", _strip_the(p.text))
    return None


def _a_people(p: _Phrase) -> Judgement | None:
    low = p.low
    if low[-1] in DEMONYMS or (len(low) >= 2 and low[-2] in DEMONYMS and low[-1] in ("people", "citizens")):
        # "Mexicans", "many Europeans": a people, a vague group however capitalized
        return Judgement("organization", p.text, "p", True)
    return None


def _poll_share(p: _Phrase) -> Judgement | None:
    low = p.low
    bare = low[1:] if low[0] in ("a", "an", "the") else low
    if (
        any(w in ("percent", "%", "pct") for w in low)
        or (len(bare) > 2 and bare[0] in SHARES and bare[1] == "of")
        or _RATIO.match(p.text)
        or (0 < len(bare) <= 2 and bare[-1] in SHARES and low[0] in ("a", "nearly", "about", "almost"))
    ):
        # "52 percent of registered voters", "a majority of respondents", "one in five", "a third": a
        # poll's finding
        return Judgement("organization", p.text)
    return None


def _owned(p: _Phrase) -> Judgement | None:
    ws, low = p.ws, p.low
    owner = next((k for k, w in enumerate(ws[:-1]) if POSSESSIVE.search(w) and w[:1].isupper()), None)
    if (
        owner is None
        or not all(not _is_cap(w) for w in ws[owner + 1 :])
        or not all(_is_cap(w) or w.lower() in ("the", "a", "an") for w in ws[:owner])  # the owner opens it
    ):
        return None
    # "Keith Lamont Scott's wife", "Obama's former campaign strategist", "the agency's lawyers": the head
    # after the owner says who speaks; the owner's name is not the speaker's
    rest = _head(low[owner + 1 :])
    mine = _classify(POSSESSIVE.sub("", " ".join(ws[: owner + 1])))
    if mine.kind == "person" and (rest in DOC_LOWER or rest in AUTHORED) and rest not in FILED:
        # "Comey's letter", "Davis' commentary": a named person's own words, in writing
        return mine
    if rest in FAMILY:
        # "Scott's family", "her parents": people described by their tie to someone named
        return Judgement("anonymous", p.text, "p", True, descriptor=p.text)
    if rest in ORG_HEADS_LOWER or rest in DOC_LOWER:
        return Judgement("organization", _strip_the(p.text))
    if not _common_noun(rest) and not (rest.endswith("s") and _common_noun(rest[:-1])):
        return Judgement("unknown")
    return None


def _part_of_a_group(p: _Phrase) -> Judgement | None:
    low = p.low
    if len(low) >= 3 and low[0] in GROUP_QUANTIFIERS and low[1] in PART_OF:
        # "some on her staff", "many in the party", "some of his aides": part of a group, unnamed (a group
        # reported as such, like "voters"; grading says how well it is described)
        return Judgement("organization", p.text, "p", True)
    return None


def _unnamed_head(p: _Phrase) -> Judgement | None:
    # an unnamed source, whatever capitalized words modify it: "Police officials", "A Democratic source"
    ws, low, head = p.ws, p.low, p.head
    head_written = ws[low.index(head)] if head in low else head
    if not (
        (head in ANONYMOUS_HEADS or head in SPOKES_HEADS)
        and not _has_name_after_head(ws, low, head)
        and not (head_written[:1].isupper() and low.index(head) > 0)  # "The Charlotte Observer": a name
    ):
        return None
    if head in SPOKES_HEADS and not _REASON_RE.search(p.text):
        return Judgement("organization", p.text)
    # a spokesman whose name the phrase withholds ("a spokesman who asked not to be identified") is an
    # anonymous source like any other unnamed person, not the body's voice
    plural = head.endswith("s") or head == "people" or (head in SPOKES_HEADS and p.plural)
    return _unnamed(p, plural, "p" if plural else "x")


def _office_in_a_body(p: _Phrase) -> Judgement | None:
    ws, low, head = p.ws, p.low, p.head
    head_at = low.index(head) if head in low else -1
    if (
        not p.name_run
        and 0 <= head_at < len(low) - 1
        and low[head_at + 1] in ("of", "at", "for")
        and not _is_cap(ws[head_at])
        and (head in ROLE_LOWER or head in TITLES_LOWER)
        and head not in SPOKES_HEADS
    ):
        # "president of the United Federation of Teachers", "director of the FBI": one person, by the
        # office held in a named body (the body's capitals do not make the phrase the body)
        return Judgement("role", p.text)
    return None


def _named_institution(p: _Phrase) -> Judgement | None:
    if p.name_run and p.low[-1] in ORG_HEADS_LOWER and not _is_cap(p.ws[-1]):
        # "the Tulsa police", "the Trump campaign": a name modifying an institution
        return Judgement("organization", _strip_the(p.text))
    return None


def _outlet_or_document(p: _Phrase) -> Judgement | None:
    names = p.named[0]
    last_name = names[-1].lower() if names else ""
    if len(names) >= 2 and (last_name in OUTLET_NAME_HEADS or last_name in DOC_LOWER) and not p.given_first:
        # "The Charlotte Observer", "Washington Post-ABC News Poll": an outlet or a document
        return Judgement("organization", _strip_the(" ".join(names)))
    return None


def _company(p: _Phrase) -> Judgement | None:
    names = p.named[0]
    if len(names) >= 2 and plural_common_noun(names[-1].lower()) and not p.given_first:
        # "Westray Ferries", "Harbour Industries": a name that ends in a plural noun is a company's; no
        # one's surname is "Ferries"
        return Judgement("organization", _strip_the(" ".join(names)))
    return None


def _date(p: _Phrase) -> Judgement | None:
    names = p.named[0]
    if (
        names
        and not (names[-1].lower() in ORG_HEADS_LOWER or _looks_org(names))
        and (names[-1].lower() in DATES_NOT_NAMES or " ".join(names).lower() in HOLIDAYS)
    ):
        # "In September, …", "Super Tuesday": a date the subject search ran into
        return Judgement("unknown")
    return None


def _person(p: _Phrase) -> Judgement | None:
    names, gender = p.named
    if not names or names[-1].lower() in ORG_HEADS_LOWER or _looks_org(names):
        return None
    name = " ".join(POSSESSIVE.sub("", n) if k == len(names) - 1 else n for k, n in enumerate(names))
    if gender == "x":
        # "Mr. Obama", "Mrs. Clinton": the honorific before the name, which the run left out
        stated = (HONORIFIC_GENDER.get(w.rstrip(".")) for w in p.low)
        gender = next((g for g in stated if g is not None), "x")
    if gender == "x":
        gender = {"m": "m", "f": "f"}.get(FIRST_NAMES.get(names[0].lower(), "u"), "x")
    return Judgement("person", name, gender)


def _body_named(p: _Phrase) -> Judgement | None:
    names = p.named[0]
    # a name that is no person's (``_person`` comes first): "Peabody Energy", "AROS"
    return Judgement("organization", _strip_the(" ".join(names))) if names else None


# lower-case phrases: anonymous sources, institutions, roles


def _institution(p: _Phrase) -> Judgement | None:
    head = p.head
    if head in ORG_HEADS_LOWER or (p.caps and _looks_org(p.caps)) or head in DOC_LOWER:
        return Judgement("organization", _strip_the(p.text), "p" if p.plural else "x", p.plural)
    return None


def _anonymous(p: _Phrase) -> Judgement | None:
    if p.head in ANONYMOUS_HEADS or p.singular_head in ANONYMOUS_HEADS or _ACCESS_RE.search(p.text):
        return _unnamed(p, p.plural, "p" if p.plural else "x")
    return None


def _role(p: _Phrase) -> Judgement | None:
    if p.head in ROLE_LOWER or p.singular_head in ROLE_LOWER:
        # "the spokesman", "a White House spokeswoman": a role; who fills it is coreference's job
        return Judgement("role", p.text, "p" if p.plural else "x", p.plural)
    return None


def _capitalized(p: _Phrase) -> Judgement | None:
    if p.caps:
        return Judgement("organization", _strip_the(p.text), "p" if p.plural else "x", p.plural)
    return None


def _group_or_nothing(p: _Phrase) -> Judgement:
    """The fallback: a group of people ("voters", "environmental groups") is a collective source, not
    anonymous sourcing; one lower-case word that is no known noun ("perpetuates") is a verb the subject
    search ran into."""
    head, plural = p.head, p.plural
    known = len(p.ws) > 1 or _common_noun(head) or plural_common_noun(head)
    kind = "organization" if plural and known else "unknown"
    return Judgement(kind, p.text, "p" if plural else "x", plural)


# The order, and why.  A phrase with no words is nothing, and every later rule reads its first word.  One
# word that is a pronoun or "some" is settled by that word alone.  Then the shapes a capitalized phrase can
# take that would otherwise be read as a person's name: a person of an outlet ("CNN's Jake Tapper") before
# any owner rule; a party or office used as a noun ("the Republican", "Supreme Court justice"); a member by
# state ("Cruz of Texas") before "of" joins a body's name; a title's "of" phrase set aside ("Secretary of
# State John Kerry") before "of" makes a body of it (``_linked_name``); known institutions, brands and "the"
# with a proper name before the name run could claim their capitals; peoples and poll shares, whose
# capitals or numbers are no name.  An owner ("Scott's wife") before the unnamed-head rule, because the head
# after the owner decides; "some of his aides" before it too, a group and not an anonymous source.  The
# unnamed head ("Police officials") before any name, so capitalized modifiers do not make a person.  Then
# the name run: an office in a named body ("director of the FBI") and a name modifying an institution ("the
# Trump campaign") before the run is read as a name; an outlet, a company or a date before a person; a
# person before a body, since a name that looks like no body is a person's.  Last the lower-case phrases,
# the institution's head before the anonymous one ("the committee"), the anonymous before a role (an
# access phrase makes any head a source), and what is left capitalized is a body.
_ClassifyRule = Callable[[_Phrase], Judgement | None]
_CLASSIFY_RULES: tuple[_ClassifyRule, ...] = (
    _no_words,
    _relative_pronoun,
    _personal_pronoun,
    _vague_alone,
    _person_of_an_outlet,
    _the_partisan,
    _role_by_title,
    _the_partisan_of_a_state,
    _member_by_state,
    _titled_of,
    _linked_name,
    _known_institution,
    _brand,
    _the_proper_name,
    _a_people,
    _poll_share,
    _owned,
    _part_of_a_group,
    _unnamed_head,
    _office_in_a_body,
    _named_institution,
    _outlet_or_document,
    _company,
    _date,
    _person,
    _body_named,
    _institution,
    _anonymous,
    _role,
    _capitalized,
)


@lru_cache(maxsize=4096)
def _classify(phrase: str) -> Judgement:
    """The judgement of a phrase, independent of where it stands (so it is cached: sources repeat): the
    first rule of ``_CLASSIFY_RULES`` that recognizes it, or :func:`_group_or_nothing`."""
    p = _Phrase.of(phrase)
    for rule in _CLASSIFY_RULES:
        judged = rule(p)
        if judged is not None:
            return judged
    return _group_or_nothing(p)


# Plurals of people that do not end in "s".
_IRREGULAR_PLURALS = frozenset("children people men women folk gentlemen".split())


def _people_plural(low: str) -> bool:
    """Whether a lower-case word is a plural of people: "children", "fishermen", "congressmen", or a role
    noun's plural ("campaigners", "residents")."""
    return (
        low in _IRREGULAR_PLURALS
        or (low.endswith("men") and len(low) > 5 and low not in FIRST_NAMES)  # not "Carmen"
        or (low.endswith("s") and low[:-1] in ROLE_LOWER)
    )


def _trailing_name(ws: Sequence[str]) -> Sequence[str]:
    """The capitalized run that ends the phrase after a lower-case word that is no institution, preposition
    or conjunction ("moderator Matt Lauer", "something Scarborough"); [] if there is none."""
    k = len(ws)
    while k > 0 and (_is_cap(ws[k - 1]) or ws[k - 1] == "."):
        k -= 1
    if k == 0 or k == len(ws):
        return []
    before = ws[k - 1].lower()
    trail = ws[k:]
    if (
        _is_cap(ws[k - 1])
        or any(w.lower() in ("who", "that", "which", "whom") for w in ws[:k])  # "a member who supports Trump"
        or trail[-1].lower() in DOC_LOWER
        or trail[-1].lower() in CALENDAR
        or before in ORG_HEADS_LOWER
        or before in ("of", "for", "at", "in", "from", "with", "and", "or", "on", "by", "to", "the")
        or _looks_org(trail)
        or " ".join(trail).lower() in COUNTRIES
        or trail[-1].lower() in OUTLET_NAME_HEADS
        or any(w.lower() in ANONYMOUS_HEADS for w in trail)
    ):
        return []
    return trail


def _date_word(word: str) -> bool:
    """A month, written out or abbreviated as AP abbreviates it ("Feb.", "Sept.")."""
    low = word.rstrip(".").lower()
    return low in CALENDAR or any(m.startswith(low) for m in CALENDAR if len(low) >= 3)


def _word_after(ws: Sequence[str], word: str) -> str:
    """The word after the first ``word`` of ``ws``, or "" at the end."""
    k = ws.index(word) + 1
    return ws[k] if k < len(ws) else ""


def _has_name_after_head(ws: Sequence[str], low: Sequence[str], head: str) -> bool:
    """ "A lawyer for the outlets, David Schulz": a name follows the head in apposition."""
    try:
        k = low.index(head)
    except ValueError:
        return False
    rest = ws[k + 1 :]
    return any(_is_cap(w) and w.lower() not in FUNCTION_WORDS for w in rest) and not any(
        w.lower() in ("for", "of", "at", "in", "with", "from") for w in rest[:1]
    )


def _common_noun(word: str) -> bool:
    low = word.lower()
    sing = low[:-1] if low.endswith("s") else low
    return low in COMMON_NOUNS or sing in COMMON_NOUNS or low in FUNCTION_WORDS


def _strip_the(phrase: str) -> str:
    return phrase[4:] if phrase[:4].lower() == "the " else phrase


def _looks_org(words: Iterable[str]) -> bool:
    written = list(words)
    ws = [w.lower() for w in written]
    return (
        any(w in ORG_HEADS_LOWER for w in ws)
        or " ".join(ws) in ORG_NAMES_FOLDED
        # "AROS", "CNS": an acronym is a body's name; a longer word in capitals is a name set in capitals
        # ("PENCE:" in a transcript). The test once read the lower-cased word, and never held.
        or (len(written) == 1 and written[0].isalpha() and written[0].isupper() and 2 <= len(written[0]) <= 4)
        # "United States Conference of Mayors", "South Korea's Defense Ministry": a country opens the name
        or (len(ws) >= 3 and " ".join(ws[:2]) in COUNTRIES)
        # "Virginia Democrats", "House Republicans": members of a party, not a person's surname
        or (len(ws) >= 2 and ws[-1] in PARTISAN_PLURAL)
    )


def _head(low: Sequence[str]) -> str:
    """The head noun of a lower-case phrase: the last word before "of", "for", "who" or an access phrase.

    A number or quantifier before "of" is no head: "one of the first polls" is headed by "polls".
    """
    if len(low) >= 3 and low[1] == "of" and (low[0] in NUMBER_WORDS or low[0] in OF_QUANTIFIERS):
        return _head(low[2:])
    if len(low) >= 4 and low[0] in ("a", "an", "the") and low[2] == "of" and low[1] in OF_QUANTIFIERS:
        return _head(low[3:])
    head = low[-1]
    for k, w in enumerate(low):
        if k and w in (
            "of",
            "for",
            "with",
            "who",
            "whose",
            "which",
            "that",
            "familiar",
            "close",
            "briefed",
            "involved",
            "in",
            "at",
            "from",
            "on",
            "speaking",
            "knowledgeable",
            "to",
            # "all the experts I interviewed": a relative clause with no pronoun starts at its subject
            "i",
            "we",
            "he",
            "she",
            "they",
        ):
            head = low[k - 1]
            break
    if head.startswith(("ex-", "former-")) and "-" not in head.split("-", 1)[1]:
        head = head.split("-", 1)[1]  # "his ex-wife", "the ex-president": the role, formerly held
    return head


def _name_run(ws: Sequence[str]) -> list[str]:
    """The capitalized run at the start of the phrase, or just before "of"/"for"/"," ends it."""
    run: list[str] = []
    for k, w in enumerate(ws):
        if _is_cap(w) or (
            run and w.lower() in ("de", "van", "von", "der", "al", "bin", "da", "du", "la", "le")
        ):
            if (w.lower() in FUNCTION_WORDS or w.lower() in BEFORE_TITLES) and not run:
                continue  # "Former first lady Laura Bush": the run starts at the title
            if k == 0 and w.lower() in OPENING_ADJECTIVES:
                continue  # "Fellow Republicans", "Recent polls": capitalized because a sentence starts
            run.append(w)
        elif run and not any(_is_cap(x) for x in run) and _is_title_word(w):
            run.append(w)  # "first lady Laura Bush": a title of more than one word
        elif run:
            break
        elif w.lower() in ("the", "a", "an", "former", "then", "including", "like", "notably"):
            continue
        else:
            # a lower-case word first: a name may still follow ("spokesman Walid Kilani")
            if w.lower() in TITLES_LOWER or w.lower() in ROLE_LOWER:
                run.append(w)
                continue
            return []
    while run and run[0].lower() in ROLE_LOWER and not _is_cap(run[0]) and len(run) == 1:
        run = []
    return run


def _is_title_word(w: str) -> bool:
    low = w.lower().rstrip(".")
    return low in TITLES_LOWER or low in ROLE_LOWER or low in HONORIFICS_LOWER


_LOOKBACK = 60  # mentions a pronoun may look back over


# What a name can't be the subject after or before (Registry._heads_a_clause).
_NEXT_WORD_AFTER = re.compile("(['\N{RIGHT SINGLE QUOTATION MARK}]s?\\b)|[ ]([a-z]+)")
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ ]+\Z")


def _fits(pronoun: Mention, m: Mention) -> bool:
    """Whether ``m`` can be what ``pronoun`` stands for, by number, gender and kind."""
    if pronoun.plural:
        if m.kind == "organization" and _document(m):
            return False  # "they" are people or bodies, not "a complaint filed by the SEC"
        return (m.kind == "anonymous" and m.plural) or m.kind == "organization" or m.plural
    if pronoun.gender in ("m", "f"):
        return (
            (m.kind == "person" and m.gender in (pronoun.gender, "x"))
            or (m.kind == "role" and not m.plural)
            or (m.kind == "anonymous" and not m.plural and m.count == 1)
        )
    if pronoun.gender == "n":
        return m.kind == "organization" and not m.plural  # "it" is one body, not "Americans" or "critics"
    return pronoun.gender == "x" and m.kind in ("person", "organization")


class Timeline:
    """Mentions in text order, in blocks of a few hundred, each with its mentions' starts.

    Mentions arrive out of order (names first, then each statement's source where it stands), and one
    sorted list made every arrival move half of it: quadratic in the mentions of a long text.  In blocks an
    arrival moves a few hundred at most, and what readers ask for (the mentions before a place, between two
    places, all of them in order) is a bisection and a slice or two.
    """

    __slots__ = ("_blocks", "_firsts", "_starts")

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        ordered = list(mentions)  # sorted by start, as the caller guarantees
        self._blocks = [ordered[i : i + _BLOCK] for i in range(0, len(ordered), _BLOCK)]
        self._starts = [[m.start for m in b] for b in self._blocks]
        self._firsts = [st[0] for st in self._starts]

    def __iter__(self) -> Iterator[Mention]:
        for block in self._blocks:
            yield from block

    def __len__(self) -> int:
        return sum(len(b) for b in self._blocks)

    def insert(self, m: Mention) -> None:
        """Add ``m`` after every mention starting at or before it."""
        if not self._blocks:
            self._blocks, self._starts, self._firsts = [[m]], [[m.start]], [m.start]
            return
        b = max(0, bisect_right(self._firsts, m.start) - 1)
        starts = self._starts[b]
        k = bisect_right(starts, m.start)
        starts.insert(k, m.start)
        self._blocks[b].insert(k, m)
        self._firsts[b] = starts[0]
        if len(starts) > 2 * _BLOCK:
            self._blocks[b : b + 1] = [self._blocks[b][:_BLOCK], self._blocks[b][_BLOCK:]]
            self._starts[b : b + 1] = [starts[:_BLOCK], starts[_BLOCK:]]
            self._firsts[b : b + 1] = [self._starts[b][0], self._starts[b + 1][0]]

    def before(self, pos: int, limit: int) -> list[Mention]:
        """The last ``limit`` mentions starting before ``pos``, in text order."""
        b = bisect_left(self._firsts, pos) - 1
        out: list[Mention] = []
        while b >= 0 and len(out) < limit:
            j = bisect_left(self._starts[b], pos)
            out[:0] = self._blocks[b][max(0, j - (limit - len(out))) : j]
            b -= 1
        return out

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions starting within ``[start, end)``, in text order."""
        out: list[Mention] = []
        b = max(0, bisect_left(self._firsts, start) - 1)  # equal starts may end the block before
        while b < len(self._blocks) and self._firsts[b] < end:
            starts = self._starts[b]
            out.extend(self._blocks[b][bisect_left(starts, start) : bisect_left(starts, end)])
            b += 1
        return out


_BLOCK = 256


class Registry:
    """The document's entities, and the mentions in the order they were read, for pronouns to look back on.

    The one mutable table of resolution: it replaces an entity with a new one as fuller names arrive, and
    answers for it by the ``id`` a mention keeps (``entities[m.entity]``)."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}  # id -> the entity as named so far
        self.people: dict[str, list[str]] = {}  # surname -> the ids of the people of that name, in order met
        self.positions: dict[str, list[int]] = {}  # a person's id -> where named, for "the nearest before"
        self.history = Timeline()  # kept in text order, for pronouns to look back on
        # first words of company names, for the short form: "Peabody" after "Peabody Energy"
        self.short_orgs: dict[str, str] = {}
        # sentence starts and quoted spans (both sorted), when the caller knows them: a pronoun's
        # antecedent in an earlier sentence is that sentence's first fit, outside quotation marks
        self.sentence_starts: list[int] = []
        self.quoted: list[tuple[int, int]] = []
        self.text = ""

    def person(self, name: str, at: int, gender: str = "x") -> Entity | None:
        """The person a name stands for at ``at``: the one whose given name agrees, or for a surname alone
        the one named most recently before (Donald Trump and Melania Trump stay two people).  A gender the
        mention states ("Mr. Obama") rules out a person of the other ("Michelle Obama")."""
        people = [self.entities[key] for key in self.people.get(surname(name), ())]
        if gender in ("m", "f"):
            people = [e for e in people if e.gender not in ("m", "f") or e.gender == gender]
        given = given_name(name)
        if given:
            return next((e for e in people if _compatible(e.given, given)), None)
        if len(people) <= 1:
            return people[0] if people else None  # one person of that name: no choosing to do
        # positions are kept sorted: the latest at or before ``at`` is one bisection away
        latest = [
            (at_[i - 1] if (i := bisect_right(at_ := self.positions[e.id], at)) else -1, k)
            for k, e in enumerate(people)
        ]
        _, k = max(latest)
        return people[k]

    def add(self, m: Mention) -> Mention:
        """Join ``m`` to its entity and return the registered mention: a copy of ``m`` that knows its entity
        (and the entity's gender, when ``m`` did not say).  Pronouns after it may stand for it."""
        if m.kind == "person" and m.name:
            ent = self.person(m.name, m.start, m.gender)
            gender = m.gender
            if ent is None:
                key = surname(m.name)
                ent = Entity(f"{key}#{len(self.entities)}", key, "person", m.name, m.gender)
                self.people.setdefault(key, []).append(ent.id)
                self.positions[ent.id] = []
            else:
                ent = ent.named(m.name)
                if ent.gender == "x":
                    ent = evolve(ent, gender=m.gender)
                elif m.gender == "x":
                    gender = ent.gender
            self.entities[ent.id] = ent
            insort(self.positions[ent.id], m.start)
            m = evolve(m, gender=gender, entity=ent.id)
        elif m.kind == "organization" and m.name:
            key = m.name.lower()
            ent = self.entities.get(key)
            if ent is None:
                ent = Entity(key, key, "organization", m.name, "n")
                self.entities[key] = ent
            m = evolve(m, entity=ent.id)
        if m.kind != "pronoun":
            self.history.insert(m)
        return m

    def remember(self, mentions: Iterable[Mention]) -> None:
        """Add many mentions pronouns may stand for at once (one sort, not one insertion each)."""
        self.history = Timeline(sorted([*self.history, *mentions], key=lambda m: m.start))

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions read so far that start within ``[start, end)``, in text order."""
        return self.history.between(start, end)

    def resolve(self, pronoun: Mention, before: int) -> Mention | None:
        """The mention a pronoun stands for, or None: in its own sentence the nearest before it; in an
        earlier one the first person named there who fits (the subject, as a rule, not the object named after
        it: "Westmacott praised Obama's record. “…,” he told the Guardian"), outside quotation marks."""
        # a pronoun's antecedent is near: looking back a bounded way keeps a long text linear
        window = self.history.before(before, _LOOKBACK)
        starts: list[int] | None = None
        for k in range(len(window) - 1, -1, -1):
            m = window[k]
            if m.start >= before or not _fits(pronoun, m):
                continue
            if (
                pronoun.gender in ("m", "f")
                and self.quoted
                and self._inside_quotes(m.start)
                and not self._inside_quotes(pronoun.start)
            ):
                continue  # "“President Obama seems fond of us,” he said": not someone the words name
            if pronoun.gender not in ("m", "f") or not self.sentence_starts:
                return m
            at = bisect_right(self.sentence_starts, m.start) - 1
            first = self.sentence_starts[at] if at >= 0 else 0
            if at + 1 >= len(self.sentence_starts) or self.sentence_starts[at + 1] > pronoun.start:
                return m  # the pronoun's own sentence
            inner_end = -1
            starts = starts or [c.start for c in window]
            for j in range(bisect_left(starts, first), k):
                c = window[j]
                nested, inner_end = c.start < inner_end, max(inner_end, c.end)
                if (
                    not nested  # "Obama" read again inside "Barack Obama", preceded by "under"
                    and c.kind == "person"
                    and _fits(pronoun, c)
                    and not self._inside_quotes(c.start)
                    and self._heads_a_clause(c)
                ):
                    return c
            return m
        return None

    def _heads_a_clause(self, m: Mention) -> bool:
        """Whether ``m`` may be its clause's subject: not a possessive ("Mr. Trump's plan"), a modifier
        ("Clinton communication director …") or the object of a preposition ("serving under Obama")."""
        after = _NEXT_WORD_AFTER.match(self.text, m.end)
        if after is not None and (after.group(1) is not None or after.group(2) in _MODIFIED):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, m.start - 20), m.start)
        return before is None or before.group(1) not in _PREPOSITIONS

    def _inside_quotes(self, pos: int) -> bool:
        k = bisect_right(self.quoted, (pos, float("inf"))) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]
