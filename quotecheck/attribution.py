"""Attributed statements found sentence by sentence: a cue, its source, its content.

Each sentence (quote-aware, so a quotation is never cut) becomes a list of tokens in which every quotation
piece is one token.  A cue ("said", "told", "according to", "believes") is looked up in the lexicon; its
source is the noun phrase before it ("Mr Kilani said"), after it when inverted ("said Walid Kilani, a
spokesman"), or the sentence's subject for a participle (", saying …"); its content is what the frame leaves:
the clause after the cue ("said that …"), or the part of the sentence before the speaker ("…, the sources
said").  Quotations that no cue claims are attached afterwards: a quotation sentence that follows a quoted
statement continues it; a block after "X said:" belongs to X; short ones with no cue near are scare quotes;
the rest are reported with an unknown speaker.

No regular expression here can backtrack: tokens come from one linear pattern and every frame is matched by
bounded walks over the token list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise

import attrs

from quotecheck.lexicon.anonymous import LONE_QUANTIFIERS, NUMBER_WORDS
from quotecheck.lexicon.cues import (
    CUE_FORMS,
    CUE_VERBS,
    HEARSAY_CUES,
    MULTIWORD_CUES,
    NOUN_CUES,
    CueVerb,
    noun_cue,
)
from quotecheck.lexicon.frames import (
    ADJECTIVES_BEFORE,
    ADVERBIAL,
    AFTER_PASSIVE,
    APPEARANCE,
    ASIDE_PAIRS,
    ASIDES,
    ASKED_PARTICIPLES,
    AUX,
    BASE_SUBJECTS,
    BEFORE_ADJECTIVE,
    BEFORE_BACK,
    BETWEEN,
    BY_GERUND,
    CLAUSE_OPENERS,
    COMMITTED_TO,
    CONTACT_SUBJECTS,
    CUE_STARTS,
    DOCUMENT_WORDS,
    EVENT_NOUNS,
    FINITE_AFTER_SUBJECT,
    FLOATING_QUANTIFIERS,
    FOCUS_ADVERBS,
    GERUND_LEADS,
    HEADLINE_CUES,
    HEARSAY_ADVERBS,
    HEARSAY_PARTICIPLES,
    HEARSAY_PASSIVES,
    HEARSAY_WORDS,
    INTERJECTIONS,
    LEAD_ADVERBS,
    LY_NOUNS,
    MODAL_NAMES,
    MULTI_FIRST,
    MULTI_PAIRS,
    NOT_CONTINUATION,
    NOT_TURN_SPEAKERS,
    NOUN_BEFORE,
    NOUN_CUE_WORDS,
    NOUNISH,
    NP_STOP,
    OBJECT_PRONOUNS,
    OCCASION_NOUNS,
    OCCASION_OPENERS,
    OCCASION_PREPOSITIONS,
    OF_LEMMAS,
    PARENTHETICAL_SUBJECTS,
    PARTICIPLE_ONLY,
    PARTICLES,
    PHRASE_ENDS,
    PREDICATE_OPENERS,
    PRESS_NOUNS,
    PROVEN_OPENERS,
    QUANTIFIERS_BEFORE,
    QUOTE_AS_OBJECT,
    RANK_BEFORE,
    REASON_WORDS,
    SAME_PAST,
    SECTION_HEADS,
    SPEECH_AFTER_SUBJECT,
    TELL_LIKE,
    THAT_ONLY,
    TIME_ENDS,
    TIME_NOUNS,
    TIME_PREPS,
    TIME_WORDS,
    TITLE_LIKE,
    TO_VERBS,
    TOPIC_LEMMAS,
    TRIGGERS,
)
from quotecheck.lexicon.grammar import (
    BE_FORMS,
    CLAUSE_JOINS,
    CLOSING_QUOTES,
    CONJ_ONLY,
    CONJUNCTIONS,
    CONTRACTED,
    CONTRACTED_IS,
    CONTRAST_WORDS,
    DASHES,
    DETERMINERS,
    END_MARKS,
    IRREGULAR_PAST,
    POSSESSIVE_ENDS,
    POSSESSIVE_PRONOUNS,
    PREDICATE_AUX,
    PREPOSITIONS_IN_NP,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TENS,
    WEEKDAYS,
    WHEN_WORDS,
)
from quotecheck.lexicon.organizations import (
    COUNTRIES,
    ORG_NAMES_FOLDED,
    US_STATE_ABBREVIATIONS,
    US_STATES,
)
from quotecheck.lexicon.people import FIRST_NAMES, PRONOUNS
from quotecheck.quotes import Quotation
from quotecheck.speakers import (
    Mention,
    anonymity_reason_spans,
    classify_phrase,
    judge,
    name_words,
    not_a_source,
)

__all__ = ["Frame", "find_frames", "title_case", "turn_frames"]

# Initials ("U.S."), numbers with thousands ("2,093"), words with inner marks, a typed dash ("--"), a mark.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\w+(?:['\N{RIGHT SINGLE QUOTATION MARK}&\-.]\w+)*|--+|[^\w\s]"
)

_CONTRACTION = re.compile(
    r"(?i)(he|she|it|they|we|i|you|who)['\N{RIGHT SINGLE QUOTATION MARK}](?:s|re|ve|ll|d|m)$"
)


def _title_like(low: str) -> bool:
    return low in TITLE_LIKE or (low.endswith("s") and low[:-1] in TITLE_LIKE) or "-" in low


def _modifier(t: Tok) -> bool:
    """Whether a lower-case word between a name and a head noun modifies the head ("Foreign policy
    analysts"), rather than being the verb after a subject ("Ann Lee met voters")."""
    return (
        t.is_word
        and not t.cap
        and t.low not in CUE_FORMS
        and t.low not in IRREGULAR_PAST
        and not t.low.endswith(("ed", "ly"))
    )


def _adverb(t: Tok) -> bool:
    return t.low in LEAD_ADVERBS or (t.low.endswith("ly") and len(t.low) > 4 and t.low not in LY_NOUNS)


def _finite_verb(t: Tok) -> bool:
    """Whether a lower-case word after a subject is plainly its verb: a past tense or a cue form."""
    return (
        t.is_word
        and not t.cap
        and (t.low.endswith("ed") or t.low in IRREGULAR_PAST or (t.low in CUE_FORMS and t.low.endswith("s")))
    )


def _issued_document(toks: list[Tok], s0: int, ci: int) -> bool:
    """Whether ``toks[s0:ci]`` is an indefinite or owned document after a verb ("issued a statement",
    "released a video", "revised her statement"): the object of a clause whose subject is the author."""
    return (
        (toks[s0].low in ("a", "an") or toks[s0].low in POSSESSIVE_PRONOUNS)
        and toks[s0 - 1].is_word
        and not toks[s0 - 1].cap
        and (toks[s0 - 1].low not in PREPOSITIONS_IN_NP or (toks[s0 - 1].low in PARTICLES and s0 >= 3))
        and toks[ci - 1].low in DOCUMENT_WORDS
    )


def _owned_clause(toks: list[Tok], i: int) -> bool:
    """Whether the reporting noun at ``i`` has an owner before it and its clause after it: "Nervo's
    conclusion that …", "her assertion that …"."""
    if i == 0 or i + 1 >= len(toks) or toks[i + 1].low != "that":
        return False
    prev = toks[i - 1].low
    if prev in POSSESSIVE_PRONOUNS:
        return True
    if not prev.endswith(POSSESSIVE_ENDS):
        return False
    # "Nervo's conclusion", but not "There's speculation" or "it's evidence": a contraction owns nothing
    stem = prev[:-2] or (toks[i - 2].low if i >= 2 else "")
    return bool(stem) and stem not in CONTRACTED


def _nominal_cue(toks: list[Tok], ci: int) -> bool:
    """Whether the cue at ``ci`` is a noun that opens what it reports: "claim that", "warnings that"."""
    word = toks[ci].low
    if word not in CUE_FORMS and word in NOUN_CUES:
        return _owned_clause(toks, ci)
    lemma = CUE_FORMS.get(word)
    if ci + 2 < len(toks) and " ".join((word.removesuffix("s"), toks[ci + 1].low)) in MULTIWORD_CUES:
        return True  # "his call for a federal force", "her calls for calm": the noun and its object
    return (
        lemma is not None
        and (word == lemma or word == lemma + "s")
        and ci + 1 < len(toks)
        and toks[ci + 1].low == "that"
    )


_NEGATED_MODAL = re.compile(
    r"(?:is|was|are|were|has|have|had|will|would|could|should|can|ca|may|might|must|do|does|did|wo)"
    r"n['\N{RIGHT SINGLE QUOTATION MARK}]?t"
)


class Tok:
    """A token of a sentence: a word, a punctuation mark, or a whole quotation piece."""

    __slots__ = ("cap", "end", "is_word", "low", "quote", "start", "text")

    def __init__(self, start: int, end: int, text: str, low: str, quote: Quotation | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.quote = quote  # a quotation piece, kept whole as one token
        first = text[0]
        # worked out once: the frame walks ask these of every token many times
        self.is_word = quote is None and (first.isalnum() or first == "_")
        self.cap = quote is None and first.isupper()


def _spans(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(spans)


def _quotations(quotes: Iterable[Quotation]) -> tuple[Quotation, ...]:
    return tuple(quotes)


@attrs.frozen
class Frame:
    """A statement before its speaker is resolved: spans are (start, end) pairs of the original text.

    Frames are values: a later stage that attaches quotations or joins two frames makes a new one with
    ``attrs.evolve``.  ``key`` names a frame within one text so that a continuation can point at the
    statement it goes on with (``continues``), whatever new versions of that statement are made after."""

    segments: tuple[tuple[int, int], ...] = attrs.field(converter=_spans)
    source: Mention | None
    cue: tuple[int, int, str] | None  # start, end, lemma
    verb: CueVerb | None
    quotes: tuple[Quotation, ...] = attrs.field(default=(), converter=_quotations)
    sentence: int = 0
    paragraph: int = 0
    colon: bool = False  # "X said:" with nothing after: the next block is X's
    bare: bool = False  # "Trump said." standing alone: the quotation that ends the sentence before is his
    continuation: bool = False
    exact: bool = False  # segments are final: quotations inside do not widen them (transcript turns)
    antecedent: Mention | None = None  # for a relative "who"/"which" source: the phrase it stands for
    continues: int | None = None  # for a continuation: the key of the statement it goes on with
    hearsay: bool = False  # "reportedly", "was believed to", "seems to": no source, by the text's own say
    key: int = -1  # given when quotations are attached (pipeline), unique within the text


# A paragraph that opens with a speaker's name and a colon: transcript turns ("WALLACE: Let's start"),
# and headlines that give a source its say ("Poll: Voters Abandon …").  At most four words of name, each
# capitalized; all capitals, or title case.  The name may follow the opening mark of a quoted transcript.
_TURN = re.compile(
    r"[\"\N{LEFT DOUBLE QUOTATION MARK}]?"
    r"((?:[A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}\-]*[ \t]){0,3}"
    r"[A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}\-]*)"
    r":[ \t]+(?=\S)"
)


def turn_frames(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Frame]:
    """Frames for paragraphs of the form "NAME: what they say"."""
    out: list[Frame] = []
    seen: list[frozenset[str]] = []

    def words_of() -> frozenset[str]:
        if not seen:
            seen.append(frozenset(_WORDS_LOWER.findall(text)))  # the words as written
        return seen[0]

    labels: list[list[str]] = []

    def labels_of() -> list[str]:
        if not labels:
            found = (_TURN.match(text, ps, pe) for ps, pe in paragraphs)
            labels.append([t.group(1) for t in found if t is not None])
        return labels[0]

    names: list[frozenset[str]] = []

    def names_of() -> frozenset[str]:
        if not names:
            names.append(name_words(text))
        return names[0]

    for pi, (ps, pe) in enumerate(paragraphs):
        m = _TURN.match(text, ps, pe)
        if m is None:
            continue
        name = m.group(1)
        if name.lower() in NOT_TURN_SPEAKERS or (len(name) <= 2 and name not in ("Q", "A")):
            continue
        if not (name.isupper() or all(w[:1].isupper() for w in name.split())):
            continue
        if re.fullmatch(r"\d.*|[AP]\.?M\.?", name):
            continue
        a, b = m.end(), pe
        # a transcript turn inside a quoted block ends before the block's closing mark, if any
        while b > a and text[b - 1] in '"\N{RIGHT DOUBLE QUOTATION MARK} \t.':
            b -= 1
        if b - a < 3:
            continue
        if _heading(text, name, (a, b), labels_of, names_of):
            continue  # "MARKETS: The dollar rose …", "Attendance: 11,482": a heading, not a speaker's turn
        src = classify_phrase(text, m.start(1), m.end(1))
        if name.isupper() and name.casefold() not in ORG_NAMES_FOLDED and _capitals_name(name, words_of):
            # "PENCE: …", "RYAN: …": a transcript's speaker in capitals, not an acronym ("NRA: …")
            spoken = judge(name.title())
            if spoken.kind == "person":
                src = attrs.evolve(src, kind="person", name=spoken.name)
        out.append(Frame([(a, b)], src, (m.end(1), m.end(1) + 1, ":"), None, paragraph=pi, exact=True))
    return out


# What a label may head that nobody says: a number ("Attendance: 11,482"), a handle, an address, a link.
_NOT_SAID = re.compile(
    r"[@#]\w+|\S+@\S+\.\w+|(?:https?://|www\.)\S+|[$\N{POUND SIGN}\N{EURO SIGN}]?\d[\d.,]*%?"
)


def _heading(
    text: str,
    name: str,
    said: tuple[int, int],
    labels_of: Callable[[], list[str]],
    names_of: Callable[[], frozenset[str]],
) -> bool:
    """Whether the paragraph label ``name`` (heading ``text[said[0]:said[1]]``) is a heading or a line of
    page furniture rather than a speaker's turn (issue 17: a heading is never a speaker).  ``labels_of``
    and ``names_of`` give the text's labels and its words written as names, each read once."""
    if _NOT_SAID.fullmatch(text[said[0] : said[1]].strip()):
        return True  # "Attendance: 11,482", "Twitter: @dmilbank": a figure or an address, nobody's words
    if name in ("Q", "A"):
        return False
    if " ".join(name.split()).casefold() in US_STATES or name.casefold() in COUNTRIES:
        return True  # "Iowa: Tim Albrecht, Brad Anderson, …": a list under a place's heading
    folded = " ".join(name.split()).casefold().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    if folded in SECTION_HEADS or folded.removeprefix("the ") in SECTION_HEADS:
        # a section head is a heading unless the text is a transcript, whose labels recur as the speakers
        # take turns ("WALLACE:" … "WALLACE:")
        labels = labels_of()
        return not any(n.isupper() and labels.count(n) > 1 for n in labels)
    if " " not in name and not name.isupper() and judge(name).kind == "person":
        # "Contributing:", "Revealed:", "Grandkids:": one capitalized word that the text never writes where
        # only a name would be capitalized is an ordinary word opening a paragraph
        return name not in names_of()
    return False


def _capitals_name(name: str, words_of: Callable[[], frozenset[str]]) -> bool:
    """Whether a transcript label in capitals is a name: longer than an acronym is, or written elsewhere in
    the text in title case ("RYAN:" and "Paul Ryan"); "NRA:" or "ACLU:" is neither.  ``words_of`` gives the
    text's words, read once for all the labels of a transcript."""
    return len(name.replace(" ", "")) > 4 or all(w in words_of() for w in name.title().split())


def _words_into(toks: list[Tok], text: str, a: int, b: int) -> None:
    append = toks.append
    for m in _TOKEN.finditer(text, a, b):
        word = m.group()
        c = _CONTRACTION.match(word) if ("'" in word or "\N{RIGHT SINGLE QUOTATION MARK}" in word) else None
        if c is not None:
            # "He’s claiming", "they’ve said": the pronoun and its auxiliary are two tokens
            st, en = m.span()
            cut = st + c.end(1)
            append(Tok(st, cut, text[st:cut], text[st:cut].lower()))
            rest = text[cut:en]
            append(Tok(cut, en, rest, "'" + rest[1:].lower()))
        elif word[:2] == "--":
            # a typed dash is an em dash: "John Dickey -- the production company's chief -- told me"
            append(Tok(m.start(), m.end(), "\N{EM DASH}", "\N{EM DASH}"))
        else:
            append(Tok(m.start(), m.end(), word, word.lower()))


def tokenize(text: str, start: int, end: int, pieces: Sequence[tuple[int, int, Quotation]]) -> list[Tok]:
    """Tokens of ``text[start:end]``, each quotation piece (sorted, inside the range) as a single token."""
    toks: list[Tok] = _Toks()
    for batch in _token_batches(text, start, end, pieces):
        toks.extend(batch)
    return toks


def _token_batches(
    text: str, start: int, end: int, pieces: Sequence[tuple[int, int, Quotation]]
) -> Iterator[list[Tok]]:
    """The tokens of :func:`tokenize`, a few thousand characters' worth at a time, so a sentence of
    megabytes need not hold all its tokens at once."""
    pos = start
    for ps, pe, q in pieces:
        if ps < pos:
            continue
        yield from _word_batches(text, pos, ps)
        if _nickname(text, ps, pe):
            # Marcia "Cia" Price, Robert C. "Bobby" Scott: a nickname inside a name is part of the name
            nick = text[ps + 1 : pe - 1].strip()
            yield [Tok(ps, pe, nick, nick.lower())]
        else:
            yield [Tok(ps, pe, text[ps:pe], '"', q)]
        pos = pe
    yield from _word_batches(text, pos, end)


def _word_batches(text: str, a: int, b: int) -> Iterator[list[Tok]]:
    # no token holds white space, so tokens read up to a space are the tokens of the whole range
    while a < b:
        space = _SPACE.search(text, a + _BATCH_CHARS, b) if b - a > _BATCH_CHARS else None
        cut = space.start() if space is not None else b
        toks: list[Tok] = []
        _words_into(toks, text, a, cut)
        yield toks
        a = cut


_SPACE = re.compile(r"\s")
_BATCH_CHARS = 4000


_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _nickname(text: str, ps: int, pe: int) -> bool:
    """Whether the quotation piece ``text[ps:pe]`` is a nickname between a given name and a surname: one
    or two capitalized words, right after a capitalized word (not one that ends a sentence) and right
    before another."""
    inner = text[ps + 1 : pe - 1].split()
    if not (0 < len(inner) <= 2 and all(w[:1].isupper() for w in inner)):
        return False
    # the name may begin before the sentence does: Punkt ends one at an initial ("Robert C.")
    before = _NAME_BEFORE.search(text, max(0, ps - 40), ps)
    if before is None or _NAME_AFTER.match(text, pe) is None:
        return False
    word = before.group().strip()
    # "Robert C. “Bobby” Scott": an initial's stop; "… City Hall. “No Justice” …": a sentence's end
    return not word.endswith(".") or len(word) == 2


_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w'.-]*[ \t]\Z")


# Every word that can start a cue or a hearsay frame: a sentence with none of them has no statement, and
# is not tokenized at all.
_WORDS_LOWER = re.compile(r"[^\W\d_]+")


def has_trigger(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds any word a statement could hang on (a cheap pre-filter)."""
    if end - start > _BATCH_CHARS:
        return _has_trigger_streamed(text[start:end].lower())
    words = _WORDS_LOWER.findall(text[start:end].lower())
    if not TRIGGERS.isdisjoint(words):
        return True
    if "that" in words and not NOUN_CUE_WORDS.isdisjoint(words):
        return True  # "Nervo's conclusion that …": a reporting noun makes a cue only before "that"
    return any(pair in MULTI_PAIRS for pair in pairwise(words) if pair[0] in MULTI_FIRST)


def _has_trigger_streamed(low: str) -> bool:
    """:func:`has_trigger` a word at a time, for a sentence of megabytes: the list of its words would cost
    ten times the text."""
    that = noun = False
    prev = ""
    for m in _WORDS_LOWER.finditer(low):
        word = m.group()
        if word in TRIGGERS or (prev in MULTI_FIRST and (prev, word) in MULTI_PAIRS):
            return True
        that = that or word == "that"
        noun = noun or word in NOUN_CUE_WORDS
        prev = word
    return that and noun


def _cues(toks: list[Tok]) -> list[tuple[int, int, CueVerb, str]]:
    """(first token, past-last token, verb, lemma) of every cue in the sentence."""
    out: list[tuple[int, int, CueVerb, str]] = []
    n = len(toks)
    # only tokens that can start a cue are looked at; the comprehension does the scan
    candidates = [k for k, t in enumerate(toks) if t.low in CUE_STARTS]
    # a headline in title case capitalizes its verb too: "Francois Hollande Says Donald Trump …" (worked out
    # only when a capitalized cue word stands inside the sentence)
    titled: bool | None = None
    ci = 0
    while ci < len(candidates):
        i = candidates[ci]
        ci += 1
        t = toks[i]
        if not t.is_word:
            continue
        # multiword cues first: "according to", "pointed out"
        found = False
        # a capitalized multiword cue inside a sentence is part of a name: "Court of Appeals for the 6th …"
        for width in (3, 2) if t.low in MULTI_FIRST and not (t.cap and i > 0) else ():
            if i + width <= n:
                phrase = " ".join(x.low for x in toks[i : i + width])
                verb = MULTIWORD_CUES.get(phrase)
                if verb is not None:
                    out.append((i, i + width, verb, verb.lemma))
                    while ci < len(candidates) and candidates[ci] < i + width:
                        ci += 1  # the phrase's other words are taken
                    found = True
                    break
        if found:
            continue
        lemma = CUE_FORMS.get(t.low)
        if lemma is None:
            noun = noun_cue(t.low) if _owned_clause(toks, i) else None
            if noun is not None:
                out.append((i, i + 1, noun, noun.lemma))  # "Nervo's conclusion that …"
            continue
        if lemma is not None and t.cap and i > 0 and titled is None and lemma in HEADLINE_CUES:
            titled = _title_case(toks)
        if (
            lemma is not None
            and (not t.cap or i == 0 or (titled and lemma in HEADLINE_CUES and t.low != lemma))
            and not (i == 0 and n > 1 and toks[1].text == ",")
        ):
            # a capitalized cue word only at the start, and not as an opening participle ("Chastened, …")
            verb = CUE_VERBS.get(lemma)
            if t.low.endswith("ing") and not (i and (toks[i - 1].text == "," or toks[i - 1].low in BE_FORMS)):
                # "In offering analysis", "Speaking at a rally": not a cue of its own; but a speech verb
                # followed by what it says is one: "a series of tweets saying that …"
                nxt = toks[i + 1] if i + 1 < n else None
                speech = verb is not None and verb.group == "speech" and i > 0
                nxt2 = toks[i + 2] if i + 2 < n else None
                opens = nxt is not None and (
                    nxt.low == "that"
                    or nxt.quote is not None
                    or nxt.text == ":"
                    or (nxt.text == "," and nxt2 is not None and nxt2.quote is not None)
                    # "calling the test “a clear violation”": a label in quotation marks after its object
                    or (
                        verb is not None
                        and not verb.that_clause
                        and any(t.quote is not None for t in toks[i + 2 : min(n, i + 8)])
                    )
                )
                # "responded by saying Japan should …", "ended by saying it would …": after a preposition
                # that ties it to its clause, the gerund reports what the subject said
                led = (
                    i > 0
                    and toks[i - 1].low in BY_GERUND
                    and nxt is not None
                    and nxt.is_word
                    and nxt.low not in NP_STOP
                )
                # "a statement saying the changes will …": a document's gerund reports what it says
                documented = i > 0 and toks[i - 1].low in DOCUMENT_WORDS and nxt is not None and nxt.is_word
                if not (speech and (opens or led or documented)):
                    verb = None
            if verb is not None and lemma in THAT_ONLY:
                nxt = toks[i + 1] if i + 1 < n else None
                if nxt is None or not (nxt.low == "that" or nxt.quote is not None or nxt.text in (":", ",")):
                    verb = None  # "allows investors to gain", "granted immunity": no giving ground on a claim
            if verb is not None and lemma == "prove":
                j = i + 1
                while j < n and (toks[j].low.endswith("ly") or toks[j].low in ("beyond", "doubt", ",")):
                    j += 1  # "proves conclusively that", "prove beyond doubt that"
                nxt = toks[j] if j < n else None
                if nxt is not None and nxt.is_word and not nxt.cap and nxt.low not in PROVEN_OPENERS:
                    verb = None  # "the venture proves short-lived", "proved to be costly": to turn out
            if verb is not None and lemma == "commit":
                nxt = toks[i + 1] if i + 1 < n else None
                if nxt is None or nxt.low not in COMMITTED_TO:
                    verb = None  # "committed identity theft": a deed, not a pledge ("committed to …")
            if verb is not None and _verb_position(toks, i):
                out.append((i, i + 1, verb, lemma))
    return out


def _title_case(toks: list[Tok]) -> bool:
    """Whether a sentence is a headline in title case: nearly every longer word outside quotation marks
    capitalized."""
    longer = [t for t in toks if t.is_word and len(t.text) > 3]
    return len(longer) >= 4 and sum(1 for t in longer if t.cap) >= 0.85 * len(longer)


def _verb_position(toks: list[Tok], i: int) -> bool:
    """Whether the cue word at ``i`` stands as a verb, not as a noun ("the claims", "TV shows") nor in the
    passive ("was believed to be", "were told"), which is a hedge or a report about someone else."""
    prev = toks[i - 1].low if i else ""
    word = toks[i].low
    if (
        prev == "to"
        and word == "say"
        and i >= 3
        and toks[i - 2].low in ("this", "that", "much", "little", "plenty", "something", "nothing", "lot")
        and toks[i - 3].low in ("had", "has", "have", "a")
    ):
        return True  # "had this to say about his proposal:", "has a lot to say"
    if prev in POSSESSIVE_PRONOUNS and _nominal_cue(toks, i):
        return True  # "her claim that …": a noun that reports, owned by its source
    if (
        i >= 2
        and prev.endswith("ed")
        and not toks[i - 1].cap
        and (
            (toks[i - 2].low.endswith(POSSESSIVE_ENDS) and toks[i - 2].low[:-2] not in CONTRACTED_IS)
            or toks[i - 2].low in POSSESSIVE_PRONOUNS
            or toks[i - 2].low in ("the", "a", "an", "these", "those", "such")
        )
        and word in NOUN_CUE_WORDS
    ):
        return _nominal_cue(toks, i)  # "Trump's repeated calls to ban …", "the renewed warnings": a noun
    if (
        i
        and prev.endswith(POSSESSIVE_ENDS)
        and prev[:-2] not in CONTRACTED_IS
        and not word.endswith("ed")
        and (word in NOUN_CUE_WORDS or CUE_FORMS.get(word) == word)
        and not (i + 1 < len(toks) and toks[i + 1].text == ":")  # "Editor's note: …" labels what follows
    ):
        # after an owner, a noun: a cue only if it opens what it reports ("Trump's claims that …", "her
        # call for …"), not "Mr. Clarke's venture proves short-lived"
        return _nominal_cue(toks, i)
    if (
        word.endswith("ed")
        and i + 1 < len(toks)
        and (
            (prev.endswith(POSSESSIVE_ENDS) and prev != "'s")  # "he's claimed": a contraction, "he has"
            or prev in POSSESSIVE_PRONOUNS
            or prev in ("the", "a", "an")
        )
        and toks[i + 1].is_word
        and not toks[i + 1].cap
        and toks[i + 1].low not in NP_STOP
        and toks[i + 1].low not in PREPOSITIONS_IN_NP
        and toks[i + 1].low not in DETERMINERS
    ):
        return False  # "Saudi Arabia's suspected role", "the reported deal": a participle as adjective
    if word.endswith("ed") and prev in ("when", "if", "once", "unless", "until"):
        return False  # "when asked whether …": a passive with no one named as asking
    if word.endswith("ed") and i + 1 < len(toks) and toks[i + 1].low == "to":
        # "with Obama expected to visit", "With the number of people projected to swell": an absolute
        # phrase, a passive whose holder the text does not name
        for b in range(i - 1, max(-1, i - 12), -1):
            if not toks[b].is_word:
                break
            if toks[b].low == "with":
                return False
    if (
        i + 1 < len(toks)
        and toks[i + 1].low in FINITE_AFTER_SUBJECT
        and word != "that"
        and not _relative_subject(toks, i)
    ):
        return False  # "Obama's veto is expected", "what she says is true": the subject of a verb
    if word.endswith("s") and i + 1 < len(toks) and toks[i + 1].low in SPEECH_AFTER_SUBJECT:
        return False  # "which advocates say …", "reports suggest …": a plural noun, the subject of the cue
    if word == "brief":
        return False  # "a brief moment": the verb is used in its other forms ("briefed reporters")
    if CUE_FORMS.get(word) == "show" and i + 1 < len(toks) and toks[i + 1].low in ("up", "off"):
        return False  # "the e-mails would have shown up", "showing off": to appear, not to show that
    counted = prev in NUMBER_WORDS or prev[:1].isdigit() or prev in TENS or prev.endswith("teen")
    if word in ("state", "states") and (prev in QUANTIFIERS_BEFORE or counted):
        return False  # "each state assigned its own target", "18 states": the states, not "to state"
    if word == "state" and i + 1 < len(toks) and toks[i + 1].cap:
        return False  # "state Del. Marcia Price", "state Attorney General": the state, a title's word
    if (
        word == "state"
        and i + 2 < len(toks)
        and toks[i + 1].is_word
        and toks[i + 1].low not in DETERMINERS
        and toks[i + 1].low not in PREPOSITIONS_IN_NP
        and toks[i + 1].low not in ("that", "what", "whether", "how", "why", "it", "they")
        and not toks[i + 1].low.endswith("ly")
        and toks[i + 2].is_word
        and not toks[i + 2].cap
    ):
        return False  # "which state news media claimed", "state officials": the state, modifying a noun
    if prev in ADJECTIVES_BEFORE and word != CUE_FORMS.get(word) and not word.endswith(("s", "ing")):
        return True  # "The leader further related that …": a past tense is no noun
    if (
        word.endswith("s")
        and i + 1 < len(toks)
        and _NEGATED_MODAL.fullmatch(toks[i + 1].low)
        and not _relative_subject(toks, i)
    ):
        return False  # "… that judges shouldn't try": a plural noun before its (negated) verb
    if prev == "that" and word != CUE_FORMS.get(word) and not word.endswith("ing"):
        return True  # "a message that said …": a relative pronoun, not the determiner of "that claim"
    if (
        prev in LONE_QUANTIFIERS
        and (i == 1 or toks[i - 2].text in (",", ";", ":") or toks[i - 2].low in CLAUSE_JOINS)
        and not word.endswith(("s", "ing"))
        and i + 1 < len(toks)
        and toks[i + 1].low not in PREPOSITIONS_IN_NP
    ):
        return True  # "Some say …", "Many believe …", "but few expected …": people, unnamed, as the subject
    if prev in NOUN_BEFORE and not (prev == "official" and CUE_FORMS.get(word) not in (word, None)):
        # "the official statement", "an official report"; but in "the official said" the word is the
        # subject: a cue form other than the base ("said", "says", "told") is no noun
        return False
    if prev in RANK_BEFORE and CUE_FORMS.get(word) == word:
        return False  # "senior counsel", "general counsel": a title, not the verb "counsel"
    if word == "back" and (prev in BEFORE_BACK or (prev.endswith("ed") and not toks[i - 1].cap)):
        return False  # "bring back waterboarding", "jabbed back": a particle, not the verb "back" (support)
    if (
        i >= 2
        and toks[i - 2].low == "to"
        and toks[i - 1].is_word
        and not toks[i - 1].cap
        and not _adverb(toks[i - 1])
        and word.endswith("s")
    ):
        return False  # "goes on to list reasons why …": the object of an infinitive, a noun
    if (
        word.endswith("ed")
        and (prev in BEFORE_ADJECTIVE or (prev in CUE_FORMS and not toks[i - 1].cap))
        and i + 1 < len(toks)
        and toks[i + 1].is_word
        and not toks[i + 1].cap
        and toks[i + 1].low.endswith("s")
        and toks[i + 1].low not in NP_STOP
        and toks[i + 1].low not in PRONOUNS
    ):
        # "despite repeated warnings", "warns worried investors": a participle as adjective
        return False
    if word == "press" and i + 1 < len(toks) and toks[i + 1].low in PRESS_NOUNS:
        return False  # "White House press secretary": the press, not the verb "press"
    if (
        i >= 2
        and (
            toks[i - 2].low in DETERMINERS
            or (i >= 3 and toks[i - 3].low in DETERMINERS and toks[i - 2].cap and toks[i - 2].is_word)
            or _modified_noun(toks, i)
        )
        and toks[i - 1].is_word
        and not toks[i - 1].cap
        and not toks[i - 1].low.endswith("s")
        and toks[i - 1].low not in AUX
        and toks[i - 1].low not in BASE_SUBJECTS  # "the American people say", "their children say"
        and CUE_FORMS.get(word) == word
        and not (word in SAME_PAST and i + 1 < len(toks) and not toks[i + 1].is_word)
    ):
        # "a controversial comment", "a reasonable estimate": a base form after a determiner and a
        # singular word is a noun (a verb there would take -s: "the minister comments"); but a past tense
        # spelt like the base ends a clause as a verb ("…,” the editorial read.")
        return False
    if (
        i >= 1
        and CUE_FORMS.get(word) == word
        and word not in SAME_PAST
        and toks[i - 1].cap
        and toks[i - 1].text.isupper()
        and i + 1 < len(toks)
        and toks[i + 1].is_word
        and not toks[i + 1].cap
        and toks[i + 1].low not in NP_STOP | DETERMINERS | PREPOSITIONS_IN_NP | SUBJECT_PRONOUNS
        and toks[i + 1].low not in ("that", "to")
        and not (i >= 2 and toks[i - 2].low in ("and", "or"))  # "the FBI and CIA say agents …": a plural
    ):
        return False  # "the FBI email probe", "a CNN text alert": a singular acronym takes "-s" as a subject
    if (
        i >= 2
        and CUE_FORMS.get(word) == word
        and word not in SAME_PAST
        and i + 1 < len(toks)
        and toks[i + 1].low in WEEKDAYS
        and toks[i - 1].is_word
        and not toks[i - 1].cap
        and not toks[i - 1].low.endswith("s")
        and toks[i - 1].low not in AUX
        and toks[i - 1].low not in BASE_SUBJECTS
    ):
        return False  # "the second nomination contest Tuesday": a noun before its day, not a verb
    if (
        i >= 2
        and toks[i].low in NOUNISH
        and (
            toks[i - 2].low in NOUN_BEFORE
            or toks[i - 2].low in PREPOSITIONS_IN_NP
            or toks[i - 2].text[:1].isdigit()
            or toks[i - 2].text == "%"
        )
    ):
        return False  # "32% of Republican claims", "the latest poll shows" stays a verb: shows is not here
    if prev == "to" and i >= 2 and toks[i - 2].low in APPEARANCE and CUE_FORMS.get(word) == word:
        return True  # "Trump appeared to suggest that …": an infinitive after a verb of seeming
    if prev in PREPOSITIONS_IN_NP | {"via", "into", "upon"} and not toks[i].low.endswith("ing"):
        return False  # "via email", "in reports": a noun after a preposition
    if prev in BE_FORMS and not toks[i].low.endswith("ing") and not _has_contracted(toks, i - 1):
        return False
    if (
        i >= 2
        and toks[i - 1].low.endswith("ly")
        and toks[i - 1].low not in LY_NOUNS
        and toks[i - 2].low in BE_FORMS
        and not toks[i].low.endswith("ing")
        and toks[i].low != CUE_FORMS.get(toks[i].low)
    ):
        return False  # "is widely expected to", "was publicly criticized": a passive still
    if prev in AUX:
        k = i - 1
        while k >= 0 and toks[k].low in AUX:
            if toks[k].low in BE_FORMS and not toks[i].low.endswith("ing") and not _has_contracted(toks, k):
                return False
            k -= 1
    # "claims of fraud": a plural noun before "of", but "says of Clinton" is a verb
    return not (
        i + 1 < len(toks)
        and toks[i + 1].low == "of"
        and toks[i].low.endswith("s")
        and toks[i].low not in ("says", "writes", "asks", "tells")
    )


def _main_verb_after(toks: list[Tok], j: int) -> bool:
    """Whether the words from ``j`` open a predicate: a past tense or an auxiliary, perhaps after an
    adverb ("won the primary", "has since denied it", "later told reporters")."""
    if j < len(toks) and (toks[j].low.endswith("ly") or toks[j].low in ("also", "later", "then", "still")):
        j += 1
    if j >= len(toks) or not toks[j].is_word or toks[j].cap:
        return False
    return toks[j].low in PREDICATE_AUX or (
        (toks[j].low.endswith("ed") or toks[j].low in IRREGULAR_PAST) and toks[j].low not in PARTICIPLE_ONLY
    )


def _has_contracted(toks: list[Tok], k: int) -> bool:
    """Whether the "'s" at ``k`` is "has" before a participle, not "is": "he's claimed that …", "she's
    said it", but "he's expected to win", "she's accused of lying" are passives."""
    if toks[k].low != "'s" or k == 0 or toks[k - 1].low not in SUBJECT_PRONOUNS - {"it"}:
        return False  # "it's said that …" is hearsay: "it is"
    j = k + 1
    while j < len(toks) and toks[j].low in AUX:
        j += 1
    if j < len(toks) and toks[j].low in ("told", "asked") and j + 1 < len(toks) and toks[j + 1].low == "that":
        return False  # "he's told that …": he is told
    return j + 1 >= len(toks) or toks[j + 1].low not in AFTER_PASSIVE


def _verb_first(t: Tok) -> bool:
    """Whether a clause that starts with ``t`` has lost its subject: a modal, a past tense or a verb in -s."""
    return (
        t.is_word and not t.cap and (t.low in FINITE_AFTER_SUBJECT or _finite_verb(t) or t.low.endswith("s"))
    )


def _relative_subject(toks: list[Tok], i: int) -> bool:
    """Whether the cue at ``i`` follows a relative pronoun and its own subject: "the plan, which critics say
    would cost billions": the relative is the subject of the reported clause, which starts at its verb."""
    for k in range(i - 2, max(-1, i - 6), -1):
        t = toks[k]
        if t.low in ("which", "that", "who"):
            return all(x.is_word for x in toks[k + 1 : i])
        if not t.is_word:
            return False
    return False


def _modified_noun(toks: list[Tok], i: int) -> bool:
    """Whether the cue word at ``i`` ends a noun phrase a possessive opens, two or three words back: "its
    own emission reduction target", "their annual budget estimate"."""
    if toks[i - 1].low in BASE_SUBJECTS:
        return False  # "Trump's own people warn that …": a plural subject and its verb
    for d in range(i - 3, max(-1, i - 5), -1):
        if toks[d].low in POSSESSIVE_PRONOUNS or toks[d].low.endswith(POSSESSIVE_ENDS):
            return all(
                t.is_word and t.low not in AUX and t.low not in CUE_FORMS and not t.low.endswith("ly")
                for t in toks[d + 1 : i]
            )
    return False


def _name_not_modal(toks: list[Tok], k: int, i: int) -> bool:
    """Whether the capitalized "Will" or "May" at ``k`` is a name, not a modal: a modal takes the base
    form, so before "described" or "says" (the cue at ``i``) it must be the speaker ("Will described …")."""
    t = toks[k]
    return (
        t.cap
        and t.low in MODAL_NAMES
        and k > 0
        and toks[k - 1].text not in (".", "!", "?")
        and toks[i].low != CUE_FORMS.get(toks[i].low)
    )


def _skip_aux_back(toks: list[Tok], i: int) -> int:
    """Index of the last token of the source phrase before the cue at ``i`` (skipping "has", "also" ...)."""
    k = i - 1
    if k >= 1 and toks[k].low == "to" and toks[k - 1].low in APPEARANCE:
        k -= 2  # "Christie seemed to acknowledge …": a verb of seeming between the subject and its cue
    steps = 0
    while (
        k >= 0
        and steps < 6
        and not _name_not_modal(toks, k, i)
        and (
            toks[k].low in AUX
            or toks[k].low in BETWEEN
            or toks[k].low.endswith("n't")
            or toks[k].low.endswith("n\N{RIGHT SINGLE QUOTATION MARK}t")
            or (
                toks[k].low.endswith("ly")
                and not toks[k].cap
                and len(toks[k].low) > 4
                and toks[k].low not in LY_NOUNS
            )
        )
    ):
        k -= 1  # "has said", "also told", "have effectively ruled", "just this month announced"
        steps += 1
    if k >= 2 and toks[k].text[:1].isdigit() and toks[k - 1].low in ("in", "on", "since", "by"):
        k -= 2  # "McConnell, who in 2010 said": a time phrase between the subject and its verb
    elif k >= 2 and toks[k].low in TIME_NOUNS:
        # "Gore's friends have in the past said", "Trump has for years argued", "who on several occasions
        # said": a time phrase after the auxiliary or the relative pronoun
        j = k - 1
        while j > 0 and k - j < 4 and toks[j].is_word and not toks[j].cap and toks[j].low not in TIME_PREPS:
            j -= 1
        if j >= 1 and toks[j].low in TIME_PREPS and toks[j - 1].low in AUX | {"who", "which"}:
            k = j - 1
            while k >= 0 and toks[k].low in AUX and toks[k].low not in ("who", "which"):
                k -= 1
    if (
        k >= 1
        and toks[k].low in FLOATING_QUANTIFIERS
        and (toks[k - 1].cap or toks[k - 1].text == ")" or toks[k - 1].low in ("that", "who", "which"))
    ):
        k -= 1  # "Sens. Merkley (D-Ore.) and Menendez (D-N.J.) all suggested": the names are the subject
    if k >= 1 and toks[k].text == "," and toks[k - 1].low in BETWEEN:
        # "Trump, however, said": a parenthetical adverb between commas
        j = k - 1
        while j >= 0 and toks[j].low in BETWEEN:
            j -= 1
        if j >= 0 and toks[j].text == ",":
            k = j - 1
    elif (
        k >= 3
        and toks[k].text == ","
        and (toks[k - 2].low, toks[k - 1].low) in ASIDE_PAIRS
        and toks[k - 3].text == ","
    ):
        k -= 4  # "Ayotte's campaign, for example, said": a two-word aside between commas
    return k


def _np_back(toks: list[Tok], k: int, floor: int) -> int | None:
    """Start index of the noun phrase that ends at token ``k`` (read backwards, not before ``floor``)."""
    if k < floor or (not toks[k].is_word and toks[k].text not in ")."):
        return None
    j = k
    # a parenthesis right before the verb: "Sen. Graham (R-S.C.) said"
    if toks[j].text == ")":
        while j > floor and toks[j].text != "(":
            j -= 1
        j -= 1
        if j < floor:
            return None
    if toks[j].text == "." and j > floor:
        j -= 1
    modal_name = toks[j].cap and toks[j].low in MODAL_NAMES and j > 0  # "Instead, Will called for …"
    if not toks[j].is_word or ((toks[j].low in NP_STOP or toks[j].low in AUX) and not modal_name):
        return None
    if toks[j].low in SUBJECT_PRONOUNS:
        return j  # "asserted she could": the pronoun is the whole subject
    if (
        j - 2 >= floor
        and toks[j - 1].low == "in"
        and toks[j - 2].low in ("one", "1")
        and (toks[j].low in NUMBER_WORDS or toks[j].low.isdigit())
    ):
        j -= 2  # "one in five say": a share of those polled, not "five"
    start = j
    limit = max(floor, k - 14)
    while j - 1 >= limit:
        prev = toks[j - 1]
        if (
            prev.text == "."
            and j - 2 >= limit
            and toks[j - 2].is_word
            and len(toks[j - 2].text) <= 4
            and toks[j - 2].cap
        ):
            j -= 2  # "Mr." "Sen." "Gov." "U.S." before a name
            start = j
            continue
        if prev.text == "-" and (prev.start > toks[j - 2].end if j >= 2 else True):
            break  # "BRUSSELS - European leaders": a dash set off by spaces ends a dateline, not a name
        if prev.text in ("-", "&", "'", "\N{RIGHT SINGLE QUOTATION MARK}"):
            j -= 1
            continue
        if prev.low == "and" and j - 2 >= limit and toks[j - 2].is_word and (
            toks[j - 2].cap or toks[j].low in POSSESSIVE_PRONOUNS
        ):
            # "Experts on North Korea and nuclear nonproliferation", "Smith and Jones", "the nominee and
            # his aides"
            j -= 1
            continue
        if (
            prev.quote is not None
            and j - 2 >= limit
            and toks[j - 2].low in DETERMINERS
            and not toks[j].cap
            and len(prev.quote.words.split()) <= 4
        ):
            j -= 1  # "the “Avatar” star", "the “Apprentice” host": a quoted title modifies the head
            continue
        if not prev.is_word or prev.low in NP_STOP or prev.low in SUBJECT_PRONOUNS:
            break
        if (
            prev.low in CUE_FORMS
            and not prev.cap
            and prev.low not in DETERMINERS
            and _verb_position(toks, j - 1)
        ):
            break  # a verb: "Clinton asserted she could speak" (not "press secretary")
        if prev.low in DETERMINERS:
            # "the White House said": a determiner opens the phrase unless a preposition or noun came first
            j -= 1
            start = j
            before = toks[j - 1] if j - 1 >= limit else None
            if (
                prev.low in POSSESSIVE_PRONOUNS
                and before is not None
                and before.low == "and"
                and j - 2 >= limit
                and toks[j - 2].is_word
                and toks[j - 2].low not in NP_STOP
            ):
                j -= 1  # "the nominee and his aides": the phrase goes on before the "and"
                continue
            if (
                before is not None
                and before.low in PREPOSITIONS_IN_NP
                and j - 2 >= limit
                and toks[j - 2].is_word
                and toks[j - 2].low not in NP_STOP
            ):
                # "a spokesman for the ministry": keep reading leftwards through the preposition
                j -= 1
                continue
            break
        if prev.low in PREPOSITIONS_IN_NP:
            before = toks[j - 2] if j - 2 >= limit else None
            if before is None or not before.is_word or before.low in NP_STOP or before.low in DETERMINERS:
                break  # a sentence-initial adverbial: "In Doha Hamas said"
            j -= 1
            continue
        if prev.cap or toks[j].cap is False or prev.low.isdigit():
            j -= 1
            start = j
            continue
        # a lower-case word before a capitalized name: a title ("spokesman Walid Kilani") or the end
        if toks[j].cap and prev.low not in PRONOUNS:
            j -= 1
            start = j
            continue
        break
    # trim a leading preposition phrase that the walk did not open with a determiner, and a focus adverb
    # capitalized at the start of the sentence ("Even China, Pyongyang's only ally, said")
    while start <= k and (
        toks[start].low in PREPOSITIONS_IN_NP or (start < k and toks[start].low in FOCUS_ADVERBS)
    ):
        start += 1
    if start > 0 and toks[start - 1].low in PREPOSITIONS_IN_NP and toks[k].cap:
        # "In a Bloomberg interview Trump declared": the phrase is the object of an opening preposition;
        # the subject is the name that ends it, after its last lower-case word that is no title
        name = k
        while name - 1 > start and (toks[name - 1].cap or toks[name - 1].text == "."):
            name -= 1
        if name > start and not toks[name - 1].cap and not _title_like(toks[name - 1].low):
            start = name
    return start if start <= k else None


def _np_forward(toks: list[Tok], j: int, end: int) -> int | None:
    """Past-last index of the noun phrase starting at ``j`` ("Walid Kilani", "a spokesman for X")."""
    if j >= end or not toks[j].is_word or toks[j].low in NP_STOP:
        return None
    k = j
    while k < end:
        t = toks[k]
        if (
            t.text == "."
            and k > j
            and toks[k - 1].cap
            and len(toks[k - 1].text) <= 4
            and k + 1 < end
            and toks[k + 1].cap
        ):
            k += 1
            continue
        if t.text in ("-", "&") or (t.text == "/" and k > j and k + 1 < end and toks[k + 1].is_word):
            k += 1  # "AT&T", "9/11 widow Terry Strada"
            continue
        if t.text == "(" and k > j:
            # a party tag or an age: "Rep. Joseph Crowley (D-N.Y.), a leading advocate"
            close = next((c for c in range(k + 1, min(end, k + 10)) if toks[c].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        if not t.is_word or (t.low in NP_STOP and k > j):
            break
        if k > j and t.low in PREPOSITIONS_IN_NP and t.low not in (
            "of", "for", "at", "with", "familiar", "close"
        ):
            break
        k += 1
        if k - j > 12:
            break
    return k if k > j else None


def find_frames(
    text: str,
    sentences: Sequence[tuple[int, int, int]],
    quotations: Sequence[Quotation],
) -> list[Frame]:
    """Statements of every sentence, quotations attached; ``sentences`` are (start, end, paragraph index)."""
    # quotation pieces by position, for tokenizing each sentence
    pieces: list[tuple[int, int, Quotation]] = sorted(
        (p.start, p.end, q) for q in quotations if q.depth == 0 for p in q.pieces
    )
    frames: list[Frame] = []
    pk = 0
    for si, (s_start, s_end, par) in enumerate(sentences):
        while pk < len(pieces) and pieces[pk][1] <= s_start:
            pk += 1
        local = []
        k2 = pk
        while k2 < len(pieces) and pieces[k2][0] < s_end:
            if pieces[k2][0] >= s_start and pieces[k2][1] <= s_end:
                local.append(pieces[k2])
            k2 += 1
        if not has_trigger(text, s_start, s_end):
            continue  # no cue, no hearsay word: nothing to find here
        reasons: list[tuple[int, int]] | None = None
        windows = _stream_windows(text, s_start, s_end, local)
        found = (_sources_only(text, window, _sentence_frames(text, window)) for window in windows)
        for fr in (f for window_frames in found for f in window_frames):
            if fr.cue is not None and text[fr.cue[0] : fr.cue[1]].lower().split()[0] in REASON_WORDS:
                if reasons is None:
                    reasons = anonymity_reason_spans(text, s_start, s_end)  # only when a cue could be in one
                if any(a <= fr.cue[0] < b for a, b in reasons):
                    continue  # "who did not want to be quoted by name": a reason for anonymity, no statement
            frames.append(attrs.evolve(fr, sentence=si, paragraph=par))
    return frames


def _next_start(window: list[Tok], pos: int) -> int:
    """Where the first token at or after ``pos`` starts (-1 past the window's end)."""
    return next((t.start for t in window if t.start >= pos), -1)


def _quoted_within(window: list[Tok], fr: Frame) -> bool:
    """Whether a quotation token stands in the frame's content."""
    return any(t.quote is not None and any(a <= t.start < b for a, b in fr.segments) for t in window)


# A subordinate clause of time opening what a verb would report: "cheered when …", "groaned after …".
_ADVERBIAL = frozenset("when after before while whenever".split())


def _sources_only(text: str, window: list[Tok], frames: list[Frame], *, inner: bool = False) -> list[Frame]:
    """The window's frames whose sources are sources (issue 17: a speaker is a source or nothing).

    A frame whose source is none (:func:`~quotecheck.speakers.not_a_source`: "Story continues below
    advertisement", "Editor's note: …", "the ad says much about …") gives way to the reports its words
    hold ("Editor's note: … a candidate who has pledged to …").  A frame whose "content" is a clause of
    time around a report of quoted words gives way to that report: in "Fishermen cheered when Ruiz told
    them: “…”" Ruiz speaks, and the fishermen only cheered."""
    out: list[Frame] = []
    for fr in frames:
        if fr.source is None or fr.cue is None or not fr.segments:
            out.append(fr)
            continue
        start, end = min(a for a, _ in fr.segments), max(b for _, b in fr.segments)
        k = next((i for i, t in enumerate(window) if t.start >= start), len(window))
        if not_a_source(text, fr.source, fr.cue[2], (start, end)) is not None:
            if not inner:
                j = next((i for i in range(k, len(window)) if window[i].start >= end), len(window))
                out.extend(_sources_only(text, window[k:j], _sentence_frames(text, window[k:j]), inner=True))
            continue
        if fr.quotes or k + 1 >= len(window) or window[k].low not in _ADVERBIAL:
            out.append(fr)
            continue
        subject = window[k + 1].start
        found = [f for f in _sentence_frames(text, window[k + 1 :]) if f.source is not None]
        first = found[0] if found else None
        if (
            first is not None
            and first.source is not None
            and first.cue is not None
            and first.source.start == subject
            and first.source.kind not in ("unknown", "pronoun")
            and first.cue[0] == _next_start(window, first.source.end)  # "when Ruiz told": its verb is the cue
            and (first.colon or _quoted_within(window, first))  # and the words it reports are quoted
        ):
            out.extend(found)  # the clause's own subject reports: "when Ruiz told them: …"
        else:
            out.append(fr)  # "She said when she arrived the door was open": a report after all
    return out


def _windows(toks: list[Tok]) -> list[list[Tok]]:
    """A sentence's tokens, cut at clause marks into windows of at most ``_WINDOW_TOKENS`` when it is
    longer: a run-on "sentence" of thousands of clauses (a list, a feed with no full stops) is read clause
    by clause, so its cost stays linear; a real sentence is far shorter and read whole."""
    if len(toks) <= _WINDOW_TOKENS:
        return [toks]
    out: list[list[Tok]] = []
    a = 0
    while a < len(toks):
        b = min(len(toks), a + _WINDOW_TOKENS)
        if b < len(toks):
            b = _window_cut(toks, a, b)
        out.append(toks[a:b])
        a = b
    return out


_WINDOW_TOKENS = 400


def _stream_windows(
    text: str, s_start: int, s_end: int, pieces: Sequence[tuple[int, int, Quotation]]
) -> Iterator[list[Tok]]:
    """The windows of :func:`_windows` over the sentence's tokens, made while tokenizing: a sentence of
    megabytes (a feed, a list, a scrape with no full stops) keeps one window of tokens in memory, not all
    of them.  A sentence short enough to be one window is tokenized whole, as before."""
    if s_end - s_start <= _BATCH_CHARS:
        yield from _windows(tokenize(text, s_start, s_end, pieces))
        return
    buf: list[Tok] = []
    cut_any = False
    for batch in _token_batches(text, s_start, s_end, pieces):
        buf.extend(batch)
        while len(buf) > _WINDOW_TOKENS:  # more tokens follow this window: cut it as _windows does
            b = _window_cut(buf, 0, _WINDOW_TOKENS)
            yield buf[:b]
            del buf[:b]
            cut_any = True
    if not cut_any:
        yield from _windows(_Toks(buf))
    elif buf:
        yield buf


def _window_cut(toks: list[Tok], a: int, b: int) -> int:
    """Where a window from ``a`` ends when tokens go on past ``b``: after its last clause mark in the second
    half, else at ``b``."""
    marks = (j for j in range(b - 1, a + _WINDOW_TOKENS // 2, -1) if toks[j].text in (",", ";", ":"))
    cut = next(marks, None)
    return cut + 1 if cut is not None else b


class _Toks(list[Tok]):
    """A sentence's tokens, with what every cue asks of the whole sentence worked out once: where its
    content can end (the last token before the closing stops) and where contrasting clauses open."""

    ends: tuple[int, list[int]] | None = None


def _sentence_ends(toks: list[Tok]) -> tuple[int, list[int]]:
    cached = getattr(toks, "ends", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    e = len(toks)
    while e > 0 and toks[e - 1].text in END_MARKS:
        e -= 1
    contrasts = [
        j
        for j in range(1, len(toks) - 2)
        if toks[j].text == ","
        and toks[j + 1].low in CONTRAST_WORDS
        and (toks[j + 2].low in SUBJECT_PRONOUNS or toks[j + 2].cap)
        and toks[j + 2].quote is None
    ]
    if isinstance(toks, _Toks):
        toks.ends = (e, contrasts)
    return e, contrasts


def _content_end(toks: list[Tok], k: int) -> int:
    """Past-last index of content running to the sentence end from ``k``: final stops dropped, and a
    contrasting clause with a subject of its own (", but he refuses …") left out."""
    e, contrasts = _sentence_ends(toks)
    if e <= k:
        return k
    i = bisect_right(contrasts, k)
    if i < len(contrasts) and contrasts[i] < e - 2:
        return contrasts[i]
    return e


class _Covered:
    """Which tokens of a sentence are already claimed (content, or a source's description): a mask, so
    asking costs the same however many statements the sentence holds."""

    __slots__ = ("mask",)

    def __init__(self, n: int) -> None:
        self.mask = bytearray(n + 1)

    def add(self, a: int, b: int) -> None:
        if b > a:
            self.mask[a:b] = b"\x01" * (b - a)

    def __contains__(self, i: int) -> bool:
        return 0 <= i < len(self.mask) and self.mask[i] == 1


def _hearsay_frames(toks: list[Tok], covered: _Covered) -> list[Frame]:
    out: list[Frame] = []
    if HEARSAY_WORDS.isdisjoint([t.low for t in toks]):
        return out
    n = len(toks)
    for i, t in enumerate(toks):
        if i in covered:
            continue
        nxt = toks[i + 1].low if i + 1 < n else ""
        hit = (
            t.low in HEARSAY_ADVERBS
            or (t.low in HEARSAY_PARTICIPLES and i and toks[i - 1].low in BE_FORMS and nxt in ("to", "that"))
            or (t.low in HEARSAY_PASSIVES and i and _be_before(toks, i) and nxt in HEARSAY_PASSIVES[t.low])
            or (t.low in APPEARANCE and (nxt == "that" or (nxt == "to" and not _cue_after_to(toks, i + 1))))
        )
        if not hit:
            continue
        # the clause: from a relative pronoun or "that" after a comma, else from the sentence start; for a
        # verb of seeming, from the comma or the conjunction before its subject ("…, though Mr. Sanders
        # appears to have the stronger position")
        a = 0
        for j in range(i - 1, -1, -1):
            if toks[j].text in (",", ";", "\N{EM DASH}"):
                if j + 1 < i and toks[j + 1].low in ("who", "which", "that", "whose"):
                    a = j + 1
                elif t.low in APPEARANCE:
                    a = j + 2 if j + 2 < i and toks[j + 1].low in CONJUNCTIONS else j + 1
                break
        if i >= 2 and toks[i - 2].low == "it" and i + 1 < n and toks[i + 1].low == "that":
            a = i + 1  # "it is understood that …": the content is what follows
        elif i >= 1 and toks[i - 1].low == "it" and t.low in APPEARANCE and nxt == "that":
            a = i + 1  # "it seems that …"
        b = _content_end(toks, i)
        for j in range(i + 1, b):
            if (
                toks[j].text in (",", ";", "\N{EM DASH}")
                and a > 0
                and toks[a].low in ("who", "which", "whose")
            ):
                b = j
                break
        if b > a:
            # the hedge is the statement's cue: "reportedly", "was believed to", "seems to"
            hearsay = HEARSAY_CUES.get(t.low)
            lemma = hearsay.lemma if hearsay is not None else CUE_FORMS.get(t.low, t.low)
            verb = hearsay or CUE_VERBS.get(lemma)
            out.append(Frame([_span(toks, a, b)], None, (t.start, t.end, lemma), verb, hearsay=True))
            covered.add(a, b)
    return out


def _be_before(toks: list[Tok], i: int) -> bool:
    """A form of "be" right before ``i``, or before an adverb there: "is expected", "is widely seen"."""
    k = i - 1
    if k >= 1 and toks[k].low.endswith("ly"):
        k -= 1
    return k >= 0 and toks[k].low in BE_FORMS


def _gerund_subject(toks: list[Tok], k: int, end: int) -> bool:
    """Whether the -ing word at ``k`` opens a clause as its subject ("…, he said, replacing Clinton would
    be acrimonious"), not a participle phrase ("…, he said, adding that …"): a finite verb follows soon."""
    return any(toks[j].low in FINITE_AFTER_SUBJECT for j in range(k + 1, min(end, k + 5)))


def _relative_report(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, src_s: int | None, src_e: int | None
) -> bool:
    """Whether the cue at ``ci`` reports a clause inside a subject's relative clause: "Graham, who says
    the United States should send troops, tweeted that …" (but "Two officials, who spoke on condition of
    anonymity, said …" describes the officials)."""
    return (
        src_s is not None
        and src_e == src_s + 1
        and toks[src_s].low == "who"
        and src_s >= 1
        and toks[src_s - 1].text == ","
        and verb.group in ("speech", "belief")
        and cj < len(toks)
        and (toks[cj].low == "that" or toks[cj].low in SUBJECT_PRONOUNS or toks[cj].low in DETERMINERS)
    )


def _named_after(toks: list[Tok], a: int, e: int) -> bool:
    """Whether ``toks[a:e]`` is a person's name that opens with a given name ("Larry Sabato")."""
    words = [t for t in toks[a:e] if t.is_word]
    return 2 <= len(words) <= 4 and all(t.cap for t in words) and words[0].low in FIRST_NAMES


def _cue_after_to(toks: list[Tok], k: int) -> bool:
    """Whether the infinitive after "to" at ``k`` is a reporting verb: in "Christie seemed to acknowledge
    that …" the subject is the source, hedged, and the cue's own frame holds the statement."""
    if k + 1 >= len(toks):
        return False
    lemma = CUE_FORMS.get(toks[k + 1].low)
    # "seems to allow investors to …": a cue form that needs "that" to report anything does not count
    return lemma is not None and lemma not in THAT_ONLY and CUE_VERBS[lemma].group in ("speech", "belief")


@attrs.frozen
class SourcePlan:
    """Where one cue's source lies, as the first pass of :func:`_sentence_frames` finds it before any content
    is read: token indices into the sentence.  The second pass reads every plan to bound each statement's
    content by the clauses of the others."""

    cue_start: int
    cue_end: int
    verb: CueVerb
    lemma: str
    source_start: int | None  # the source phrase's tokens; None when no source was found
    source_end: int | None
    # "…,” said Walid Kilani": the source phrase follows its cue
    inverted: bool = attrs.field(default=False, kw_only=True)
    # where the phrase the source stands in begins, when an apposition or aside holds it ("Mr Kilani, a
    # spokesman, said"): content stops before it
    phrase_start: int | None = attrs.field(default=None, kw_only=True)
    # for a relative "who"/"which" source: the token range of the phrase it stands for ("Trump, who said")
    antecedent: tuple[int, int] | None = attrs.field(default=None, kw_only=True)


def _according_to(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """The phrase after "according to" is the source ("According to a complaint filed by the SEC, …");
    the cue makes a plan whether or not one is found."""
    n = len(toks)
    src_s: int | None = None
    src_e: int | None = None
    if lemma == "according to":
        e = _np_forward(toks, cj, n)
        if e is not None and e < n and toks[e].low == "by" and toks[e - 1].low.endswith("ed"):
            # "according to excerpts of his speech released by the White House": the maker is part of it
            made = _np_forward(toks, e + 1, n)
            if made is not None:
                e = made
        if e is not None and ci <= _after_lead(toks, ci):
            # "According to a complaint filed by the SEC and a 15-count complaint by Vermont, …": an
            # opening source phrase runs to its comma
            comma = next((c for c in range(e, min(n, cj + 30)) if toks[c].text == ","), None)
            if comma is not None and all(t.quote is None for t in toks[e:comma]):
                e = comma
        if e is not None:
            src_s, src_e = cj, e
        return SourcePlan(ci, cj, verb, lemma, src_s, src_e)
    return None


def _possessive_owner(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """The owner of a reporting noun is its source: "Trump's claim that …", "her insistence that …"."""
    prev = toks[ci - 1] if ci else None
    if (
        prev is not None
        and _nominal_cue(toks, ci)
        and (prev.low in POSSESSIVE_PRONOUNS or prev.low.endswith(POSSESSIVE_ENDS))
    ):
        # "Trump's claim that …", "her insistence that …": the owner of the claim is its source
        owner = ci - 1
        while prev.cap and owner - 1 >= 0 and (toks[owner - 1].cap or toks[owner - 1].text == "."):
            owner -= 1
        return SourcePlan(ci, cj, verb, lemma, owner, ci)
    return None


def _participle_subject(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """The phrase just before a participle is its source ("footage of Hillary Clinton asking, “…”"), or
    the issuer of the document it follows ("the Security Council issued a statement calling …")."""
    prev = toks[ci - 1] if ci else None
    src_s: int | None = None
    src_e: int | None = None
    if (
        toks[ci].low.endswith("ing")
        and prev is not None
        and prev.is_word
        and prev.low not in BE_FORMS
        and prev.low not in BETWEEN
        # "for saying", "by insisting": the clause's subject speaks
        and prev.low not in PREPOSITIONS_IN_NP
        and prev.low not in GERUND_LEADS  # "despite admitting", "after saying"
        and prev.low not in EVENT_NOUNS  # "she said at a news conference announcing …": she announces
        and not (_adverb(prev) and ci >= 2 and toks[ci - 2].text == ",")  # ", falsely suggesting …"
    ):
        # "footage of Hillary Clinton asking, “…”": the phrase just before the participle speaks
        s0 = _np_back(toks, ci - 1, 0)
        if s0 is not None and s0 > 1 and _issued_document(toks, s0, ci):
            # "the Security Council issued a statement calling …": the issuer speaks, the subject of
            # the verb before the document
            issuing = s0 - 2 if toks[s0 - 1].low in PARTICLES else s0 - 1  # "put out a statement"
            k = _skip_aux_back(toks, issuing)
            issuer = _np_back(toks, k, 0) if k >= 0 else None
            if issuer is not None:
                return SourcePlan(ci, cj, verb, lemma, issuer, k + 1)
            s0 = None
        if prev.cap:
            s0 = ci - 1  # a name: its capitalized run, not the clause around it
            while s0 - 1 >= 0 and (toks[s0 - 1].cap or toks[s0 - 1].text == "."):
                s0 -= 1
        if s0 is not None:
            src_s, src_e = s0, ci
            return SourcePlan(ci, cj, verb, lemma, src_s, src_e)
    return None


def _saying_subject(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """A participle after a comma (", saying …", "…, adding that …") speaks with the sentence's subject, or
    with the speaker of the speech cue before it; the cue makes a plan whether or not one is found."""
    n = len(toks)
    prev = toks[ci - 1] if ci else None
    src_s: int | None = None
    src_e: int | None = None
    if toks[ci].low.endswith("ing") and prev is not None and prev.low not in BE_FORMS:
        # ", saying …": the speaker is the sentence's subject
        a0 = _after_lead(toks, ci)
        e = _np_forward(toks, a0, ci)
        spoke = next(
            (
                p
                for p in plans  # the main clause's: the first, not one inside its content ("ask")
                if p.source_start is not None
                and p.source_end is not None
                and p.cue_end <= ci
                and p.verb.group == "speech"
                and not toks[p.cue_start].low.endswith("ing")
                and not toks[p.source_end - 1].low.endswith(POSSESSIVE_ENDS)  # "Mrs. Clinton's remark"
            ),
            None,
        )
        refusal = cj < n and toks[cj].low in ("no", "few", "little")  # "offering no further details"
        spoke_at = spoke.source_start if spoke is not None else None
        follows = spoke_at is not None and spoke_at > a0 and prev.text == ","
        if spoke is not None and spoke_at is not None and follows and not refusal:
            # "The country “has changed,” McConnell said in June, citing …": the subject of the speech
            # verb the participle follows, not the quotation's first words
            src_s, src_e = spoke_at, spoke.source_end
        elif e is not None and toks[a0].is_word:
            if toks[a0].low in SUBJECT_PRONOUNS:
                e = a0 + 1  # "it issued a paper welcoming …, saying …": the pronoun is the subject
            elif toks[a0].cap and toks[a0].low not in DETERMINERS:
                # a named subject ends with its name: "Trump unleashed tweets saying …"
                e2 = a0 + 1
                while e2 < e and (toks[e2].cap or toks[e2].text in (".", "-")):
                    e2 += 1
                # "European leaders", "Foreign policy analysts": the name modifies a head
                window = range(e2, min(e, e2 + 3))
                heads = [h for h in window if not toks[h].cap and _title_like(toks[h].low)]
                head = heads[-1] if heads else None  # "Clinton campaign spokesman Brian Fallon"
                if head is not None and all(_modifier(t) for t in toks[e2:head]):
                    e2 = head + 1
                    while e2 < e and (toks[e2].cap or toks[e2].text == "."):
                        e2 += 1  # "Democratic presidential nominee Hillary Clinton": the name after
                e = e2
            else:
                # "The union released a video saying …": the subject ends before its verb
                e = next((v for v in range(a0 + 1, e) if _finite_verb(toks[v])), e)
            src_s, src_e = a0, e
        else:
            # "“…,” he told the group, adding that …": the sentence opens with a quotation; the speaker
            # of the cue before is the one who adds
            earlier = next(
                (p for p in reversed(plans) if p.source_start is not None and p.cue_end <= ci), None
            )
            # but "…, offering no further details": a refusal to say is no statement
            says = cj < n and toks[cj].low not in ("no", "few", "little")
            occasion = toks[ci - 1].low in EVENT_NOUNS  # "… she said at a news conference announcing"
            if earlier is not None and (toks[ci - 1].text == "," or occasion) and says:
                src_s, src_e = earlier.source_start, earlier.source_end
        return SourcePlan(ci, cj, verb, lemma, src_s, src_e)
    return None


def _inverted_source(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """After a comma, a dash, a colon or a quotation the source follows its cue ("…,” said Walid Kilani, a
    spokesman"), up to the end of its phrase (a relative clause or an apposition naming it included)."""
    n = len(toks)
    prev = toks[ci - 1] if ci else None
    if prev is None or prev.text in (",", "\N{EM DASH}", ":") or prev.quote is not None:
        # inverted: "…,” said Walid Kilani, a spokesman" -- the phrase after the verb ends the clause
        e = _np_forward(toks, cj, n)
        if (
            e is not None
            and toks[cj].low not in PREPOSITIONS_IN_NP
            and toks[cj].low not in OBJECT_PRONOUNS
            and not (e - cj == 1 and toks[cj].low in ("that", "it", "this"))
            and (
                e >= n
                or toks[e].text in (",", ".", "!", "?", ";", ":", ")", "\N{EM DASH}")
                or toks[e].low in ("in", "on", "at", "during", "after", "before", "when", "while", "who")
            )
            and not (
                prev is not None
                and prev.text == ","
                and not _named_after(toks, cj, e)  # "…, said Larry Sabato, director of …": a name wins
                and _appositive_subject(toks, ci - 1, 0) is not None
            )
        ):
            if e + 1 < n and toks[e].text == "," and toks[e + 1].low in ("who", "whose"):
                # "Said Dorothy Poynter, who grew up with Ali, “…”": the relative clause describes her
                close = next((c for c in range(e + 2, min(n, e + 30)) if toks[c].text == ","), None)
                if close is not None and close + 1 < n and toks[close + 1].quote is not None:
                    e = close
            if e < n and toks[e].low in ("who", "whose"):
                # "said an official who spoke on condition of anonymity because …": one source phrase
                while e < n and toks[e].text not in (",", ".", "!", "?", ";") and toks[e].quote is None:
                    e += 1
            if e + 1 < n and toks[e].text == ",":
                # "exhorted Clinton's introducer, actress Jamie Lee Curtis": a name in apposition
                named = _np_forward(toks, e + 1, n)
                if (
                    named is not None
                    and toks[named - 1].cap
                    and (named >= n or toks[named].text in (".", "!", "?", ";"))
                ):
                    e = named
            return SourcePlan(ci, cj, verb, lemma, cj, e, inverted=True)
    return None


def _subject_before(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan:
    """The subject before the verb ("Mr Kilani said"), found past an aside, an apposition or a relative
    pronoun whose antecedent the plan keeps ("Trump, who said …", "officials who say …"), or for a
    coordinated verb ("… and vowed") the first verb's subject.  The last rule: it always makes a plan."""
    src_s: int | None = None
    src_e: int | None = None
    phrase_start: int | None = None
    antecedent: tuple[int, int] | None = None
    k = _skip_aux_back(toks, ci)
    if ci >= 3 and toks[ci - 1].low == "to" and toks[ci - 3].low in ("had", "has", "have"):
        k = _skip_aux_back(toks, ci - 3)  # "A paper … had this to say": the subject of "had"
    if k >= 0 and toks[k].text == "\N{EM DASH}":
        # "X, chief of Y -- the company that … -- told me": the dashes hold an aside; the subject
        # stands before it, perhaps with an apposition the first dash closes
        aside = range(k - 1, max(0, k - 30), -1)
        j = next((d for d in aside if toks[d].text == toks[k].text), None)
        if j is not None:
            found = _appositive_subject(toks, j, 0)
            if found is not None:
                src_s, src_e, phrase_start = found
            elif _names_only(toks, j + 1, k):
                # "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed": the names
                # in the aside are who speaks
                front0 = _np_back(toks, j - 1, 0)
                src_s, src_e = j + 1, k
                phrase_start = front0 if front0 is not None else j + 1
            k = j - 1
    if k >= 0 and (toks[k].text == "," or _comma_title(toks[k])):
        found = _appositive_subject(toks, k, 0)
        if found is not None:
            src_s, src_e, phrase_start = found
        elif k >= 1 and toks[k - 1].text == ")":
            # "Gov. John Kasich (R-OH), said, “…”": a stray comma after the party tag
            s0 = _np_back(toks, k - 1, 0)
            if s0 is not None:
                src_s, src_e = s0, k
    elif k >= 1 and toks[k].low in ("who", "which") and toks[k - 1].text == ",":
        # "Trump, who said …": the relative pronoun is the mention; its antecedent names it
        s0 = _np_back(toks, k - 2, 0)
        if s0 is not None:
            src_s, src_e = k, k + 1
            antecedent = (_nearest_phrase(toks, s0, k - 1), k - 1)
    elif (
        k >= 1
        and toks[k].low in ("that", "who", "which")
        and toks[k - 1].is_word
        and toks[k - 1].low not in NP_STOP
        and not (toks[k - 1].low in CUE_FORMS and _verb_position(toks, k - 1))
    ):
        # "a message that said …", "officials who say …": a restrictive relative; the noun before it
        s0 = _np_back(toks, k - 1, 0)
        if s0 is not None:
            src_s, src_e = k, k + 1
            antecedent = (_nearest_phrase(toks, s0, k), k)
    if src_s is None and k >= 0 and toks[k].is_word and not toks[k].cap:
        found2 = _clause_in_subject(toks, k, 0)
        if found2 is not None:
            src_s, src_e = found2
    if src_s is None:
        s0 = _np_back(toks, k, 0)
        if s0 is not None:
            src_s, src_e = s0, k + 1
    if src_s is None and k >= 0 and toks[k].low in ("and", "but", "yet"):
        for plan in reversed(plans):
            if plan.source_start is not None and plan.cue_end <= k:
                src_s, src_e = plan.source_start, plan.source_end
                break
        else:
            rel = next(
                (
                    r
                    for r in range(k - 1, max(0, k - 25), -1)
                    if toks[r].low in ("who", "which") and r >= 2 and toks[r - 1].text == ","
                ),
                None,
            )
            if rel is not None and all(t.text != "," for t in toks[rel + 1 : k]):
                # "demonstrators, who have taken to the streets and called for …": the relative
                # clause's subject, which stands for the phrase before its comma
                s0 = _np_back(toks, rel - 2, 0)
                if s0 is not None:
                    src_s, src_e = rel, rel + 1
                    antecedent = (_nearest_phrase(toks, s0, rel - 1), rel - 1)
        if src_s is None and not any(p.source_start is not None and p.cue_end <= k for p in plans):
            # "The nominee outlined his plan and vowed …": the sentence's subject, up to its verb
            a0 = _after_lead(toks, k)
            verb_at = next((v for v in range(a0 + 1, k) if _finite_verb(toks[v])), None)
            that = next((t for t in range(a0 + 1, k) if toks[t].low == "that"), None)
            if that is not None and verb_at is not None and that + 1 < verb_at:
                # "It is astounding that Trump demands … yet refuses": the clause after "that"
                a0 = that + 1
            while verb_at is not None and verb_at - 1 > a0 and (
                _adverb(toks[verb_at - 1]) or toks[verb_at - 1].low in AUX
            ):
                verb_at -= 1  # "The nominee also outlined", "Sanders has cast": not the subject's
            np_end = _np_forward(toks, a0, k)
            if verb_at is not None and np_end is not None:
                verb_at = min(verb_at, np_end)  # the subject's phrase, not what follows it
            if verb_at is not None and toks[a0].is_word:
                src_s, src_e = a0, verb_at
    return SourcePlan(
        ci, cj, verb, lemma, src_s, src_e, phrase_start=phrase_start, antecedent=antecedent
    )


# The rules that find a cue's source, in the order they are tried; the first that makes a plan wins, and
# the order settles the cases where two could apply.  "according to" is never a verb with a subject, so it
# goes first.  An owned reporting noun ("Trump's claim that …") is a noun, not a verb after its subject.
# A participle takes the phrase right before it ("Clinton asking") before a participle after a comma reaches
# back to the sentence's subject (", saying …"), and that comes before the inverted reading a comma also
# allows ("…,” said X").  The subject before the verb is the fallback and always makes a plan.
_SourceRule = Callable[[list[Tok], int, int, CueVerb, str, Sequence[SourcePlan]], SourcePlan | None]
_SOURCE_RULES: tuple[_SourceRule, ...] = (
    _according_to,
    _possessive_owner,
    _participle_subject,
    _saying_subject,
    _inverted_source,
)


def _source_plan(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan:
    """Where the source of the cue at ``toks[ci:cj]`` lies, from the first rule that finds a plan; ``plans``
    are those of the sentence's earlier cues, which a participle or a coordinated verb shares."""
    for find in _SOURCE_RULES:
        plan = find(toks, ci, cj, verb, lemma, plans)
        if plan is not None:
            return plan
    return _subject_before(toks, ci, cj, verb, lemma, plans)


def _sentence_frames(text: str, toks: list[Tok]) -> list[Frame]:
    cues = _cues(toks)
    if not cues:
        return _hearsay_frames(toks, _Covered(len(toks)))
    out: list[Frame] = []
    n = len(toks)
    # the clause boundaries: where each cue's source starts, so content after one cue stops before the next
    plans: list[SourcePlan] = []
    for ci, cj, verb, lemma in cues:
        plans.append(_source_plan(toks, ci, cj, verb, lemma, plans))
    covered = _Covered(n)  # tokens of content (or of a source's description) already claimed
    # a cue inside another cue's source phrase belongs to the description, not to a statement:
    # "Two officials, who spoke on condition of anonymity, said …"
    for plan in plans:
        _ci, s_, e_, inv_ = plan.cue_start, plan.source_start, plan.source_end, plan.inverted
        if s_ is not None and e_ is not None:
            # the stretch between a subject and its verb (an apposition), or an inverted source phrase
            if inv_:
                covered.add(s_ + 1, e_)
            elif (
                e_ < _ci
                and toks[e_].text == ","
                and toks[_ci - 1].text == ","
                and not toks[_ci].low.endswith("ing")  # ", noting …": the clause between is its own
            ):
                covered.add(e_, _ci)
    trailing = _trailing_plan(toks, plans)
    taken_until = 0  # tokens before this belong to an earlier frame's clause
    for idx, plan in enumerate(plans):
        ci, cj, verb, lemma = plan.cue_start, plan.cue_end, plan.verb, plan.lemma
        src_s, src_e = plan.source_start, plan.source_end
        if src_s is None or src_e is None or src_e <= src_s:
            continue  # no source phrase found (an empty one is none either)
        if trailing is not None and idx != trailing and ci < (plans[trailing].source_start or 0):
            continue  # "X called for Y, sources said": the sources' statement holds the whole clause
        if ci in covered and not _relative_report(toks, ci, cj, verb, src_s, src_e):
            continue  # attributions do not nest: a cue inside another statement's content is part of it
        if lemma == "according to":
            previous = out[-1] if out else None
            content: Content | None = _according_to_content(toks, ci, src_e, taken_until, previous)
        else:
            at = _reach(toks, plan, src_s, src_e, taken_until, _next_clause(toks, plans, idx))
            content = _verb_content(toks, plan, at, taken_until)
        if content is None:
            continue
        # "People who know him say …": a bare object pronoun is the relative clause's object, no content
        segs = [
            s
            for s in content.spans
            if s[1] > s[0] and text[s[0] : s[1]].lower() not in OBJECT_PRONOUNS | CONJ_ONLY
        ]
        if not segs and not (content.colon or content.bare):
            continue
        for a, b in segs:
            covered.add(_tok_index_after(toks, a), _tok_index_after(toks, b))
        src = classify_phrase(text, toks[src_s].start, toks[src_e - 1].end)
        stands_for = None
        if plan.antecedent is not None:
            a0, a1 = plan.antecedent
            stands_for = classify_phrase(text, toks[a0].start, toks[a1 - 1].end)
        cue = (toks[ci].start, toks[cj - 1].end, lemma)
        fr = Frame(segs, src, cue, verb, colon=content.colon, bare=content.bare, antecedent=stands_for)
        out.append(fr)
        # past this frame's content, and past its cue and source when they follow the content ("“…,” the
        # president will say, according to …": "according to" does not take "the president will say")
        taken_until = max(taken_until, cj if not segs else _tok_index_after(toks, max(e for _, e in segs)))
        if lemma != "according to" and segs and max(e for _, e in segs) <= toks[ci].start:
            taken_until = max(taken_until, cj, src_e)
    for fr in out:
        if fr.cue is not None:
            covered.add(_tok_index_after(toks, fr.cue[0]), _tok_index_after(toks, fr.cue[1]))
    out.extend(_hearsay_frames(toks, covered))
    return out


@attrs.frozen
class Content:
    """Where one statement's words lie, as a place rule of the second pass of :func:`_sentence_frames` finds
    them: character spans of the text, in the order found.  No spans, with ``colon`` or ``bare``, is an
    attribution whose words stand in the next block ("X said:") or in the quotation before ("Trump said.")."""

    spans: tuple[tuple[int, int], ...]
    colon: bool = attrs.field(default=False, kw_only=True)
    bare: bool = attrs.field(default=False, kw_only=True)


@attrs.frozen
class Reach:
    """Where a verb's attribution (its source and its cue) stands in the sentence, and where the words it
    reports could begin after it: what each place the content can lie in is measured from.  Token indices."""

    source_start: int
    source_end: int
    front: int  # the attribution's first token: its source, the phrase holding it, or an "as" opening it
    back: int  # past its last token, the source's or the cue's
    after: int | None  # where content after the cue begins (:func:`_after_cue`); None when none can
    clause_end: int  # where the cue's clause ends: content after the cue stops there
    leading_as: bool  # "As Mr. Bown observed, …": the attribution opens the sentence, set off by "as"


def _reach(
    toks: list[Tok], plan: SourcePlan, src_s: int, src_e: int, taken_until: int, clause_end: int
) -> Reach:
    """The attribution of ``plan`` (its source ``toks[src_s:src_e]``) measured in the sentence, the tokens
    before ``taken_until`` belonging to an earlier statement and its clause ending at ``clause_end``."""
    n = len(toks)
    front = min(src_s, plan.cue_start)
    if plan.phrase_start is not None and plan.phrase_start < front and not plan.inverted:
        front = plan.phrase_start
    back = max(src_e, plan.cue_end)
    leading_as = (
        front >= 1
        and toks[front - 1].low == "as"
        and all(t.low in LEAD_ADVERBS or t.text == "," for t in toks[taken_until : front - 1])
    )
    if (
        not leading_as
        and front - 1 > taken_until
        and toks[front - 1].low == "as"
        and (toks[front - 2].text in (",", "\N{EM DASH}") or toks[front - 2].quote is not None)
    ):
        front -= 1  # "…, as a Homeland Security memo put it.": "as" opens the speaker's clause
    after = _after_cue(toks, back, plan.verb, plan.lemma, clause_end)
    if after is None and leading_as:
        # "As Mr. Bown observed, …": the content follows the clause
        comma = next((c for c in range(back, min(n, back + 24)) if toks[c].text == ","), None)
        if comma is not None and comma + 1 < _content_end(toks, comma + 1):
            after = comma + 1
            clause_end = n  # the main clause is all content: cues inside it are the speaker's
    return Reach(src_s, src_e, front, back, after, clause_end, leading_as)


def _content_before(toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int) -> Content | None:
    """The words before the attribution, set off from it by a comma, a dash, a colon or a quotation mark
    ("The deal is close, officials said.", "“…,” she said"), and when the attribution splits them, the rest
    after it ("“…,” she said, “…”", "The deal, officials said, is close.")."""
    front = at.front
    if not _content_stands_before(toks, at, taken_until):
        return None
    if at.after is not None and _after_wins(toks, at, at.after, taken_until):
        return None
    b_end = _trim_back(toks, front)
    b_start = _skip_lead(toks, taken_until, front)
    if b_end - 1 > b_start and toks[b_end - 1].quote is not None:
        # "X was released “as part of …”, Hamas said": the speaker vouches for the quoted words
        q0 = b_end - 1
        while q0 - 1 >= b_start and toks[q0 - 1].quote is not None:
            q0 -= 1
        asked = q0 >= 3 and toks[q0 - 1].text in (",", ":") and toks[q0 - 2].low in ASKED_PARTICIPLES
        asked = asked and toks[q0 - 3].low in BE_FORMS
        # "Blumenthal was asked, “…?” He answered, “…”": the question is not the answer's
        b_start = b_end if asked else q0
    rest = _rest_after(toks, plan, at)
    return Content((_span(toks, b_start, b_end),) if rest is None else (_span(toks, b_start, b_end), rest))


def _content_stands_before(toks: list[Tok], at: Reach, taken_until: int) -> bool:
    """Whether words of a statement stand between the last statement's clause and the attribution, set off
    from it by a comma, a dash, a colon or a quotation mark."""
    front = at.front
    return (
        front > taken_until
        and (_has_content(toks, taken_until, front) or _lone_subject(toks, taken_until, front, at.back))
        and (toks[front - 1].text in (",", "\N{EM DASH}", ":") or toks[front - 1].quote is not None)
    )


def _after_wins(toks: list[Tok], at: Reach, after: int, taken_until: int) -> bool:
    """When words could be the statement both before the attribution and after its cue (at ``after``):
    whether those after it are.  They are when they follow the verb explicitly ("said that", "said:",
    "said “…”"), when the words before are a short opening ("In one tweet, Trump said …") or hold no
    quotation; a split quotation ("“…,” she said, “…”") keeps both halves."""
    front, back = at.front, at.back
    explicit = after <= back + 1 and (
        toks[after].low == "that"
        or toks[after].quote is not None
        or (after > 0 and toks[after - 1].text == ":")
    )
    short_before = sum(1 for t in toks[taken_until:front] if t.is_word) <= 4 and not any(
        t.quote is not None for t in toks[taken_until:front]
    )
    quote_before = toks[front - 1].quote is not None or (
        front >= 2 and toks[front - 1].text == "," and toks[front - 2].quote is not None
    )
    if quote_before and not short_before and _quotation_is_object(toks, front, taken_until):
        quote_before = False
    split_quote = quote_before and toks[back].text == "," and toks[after].quote is not None
    return not split_quote and (explicit or short_before or not quote_before)


def _quotation_is_object(toks: list[Tok], front: int, taken_until: int) -> bool:
    """Whether the quotation ending before the attribution is the object of a word before it: "Walking in
    to chants of “Marco! Marco!,” the senator said his campaign …" (the words are not the senator's)."""
    q0 = front - 1 if toks[front - 1].quote is not None else front - 2
    while q0 > taken_until and toks[q0 - 1].quote is not None:
        q0 -= 1
    return q0 > taken_until and toks[q0 - 1].low in QUOTE_AS_OBJECT


def _rest_after(toks: list[Tok], plan: SourcePlan, at: Reach) -> tuple[int, int] | None:
    """The second half of a statement the attribution splits ("“…,” she said, “…”", "The deal, officials
    said, is close."), or None when what follows the attribution is not the statement's."""
    n = len(toks)
    back = at.back
    if (
        back + 2 < n
        and toks[back].text == ","
        and toks[back + 1].low in ("and", "but")
        and toks[back + 2].quote is not None
    ):
        back += 1  # "…, she said, and “…”": the quotation after the conjunction continues
    if not (back < n and toks[back].text in (",", "and", "but") and back + 1 < at.clause_end):
        return None
    rest_end = _content_end(toks, back + 1) if at.clause_end == n else at.clause_end
    nxt_tok = toks[back + 1]
    before_is_quote = toks[at.front - 1].quote is not None
    apposition = (
        plan.inverted
        and nxt_tok.low in ("a", "an", "the")
        and (_np_forward(toks, back + 1, n) or 0) >= rest_end
    )  # "…, said Mr. Barrett, the lawyer for the agency.": it describes him
    if (
        rest_end > back + 1
        and not apposition
        and (
            nxt_tok.quote is not None
            or (
                not before_is_quote
                and nxt_tok.low[:1].islower()
                and (not nxt_tok.low.endswith("ing") or _gerund_subject(toks, back + 1, rest_end))
                and nxt_tok.low not in NOT_CONTINUATION
            )
        )
    ):
        return _span(toks, back + 1, rest_end)
    return None


def _content_after(toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int) -> Content | None:
    """The words after the cue, up to where its clause ends: "Trump said the system is rigged.", "said:
    “…”", "the plan, which critics say would cost billions, passed"."""
    after = at.after
    if after is None:
        return None
    spans: list[tuple[int, int]] = []
    end_k = _content_end(toks, after) if at.clause_end == len(toks) else at.clause_end
    src_s, src_e = at.source_start, at.source_end
    rel = src_s - 1
    if (
        rel >= 1
        and toks[rel].low in ("which", "that", "who")
        and after == at.back
        and _verb_first(toks[after])
    ):
        # "the plan, which critics say would cost billions, passed": the relative pronoun is the reported
        # clause's subject; a comma before it closes the clause at the next one
        spans.append(_span(toks, rel, rel + 1))
        if toks[rel - 1].text == ",":
            stops = (",", "\N{EM DASH}")
            end_k = next((j for j in range(after, end_k) if toks[j].text in stops), end_k)
    if (
        src_e == src_s + 1
        and src_s >= 1
        and toks[src_s].low in ("who", "which")
        and toks[src_s - 1].text == ","
    ):
        # "Trump, who has said that the system is rigged, won the primary, defeated Cruz …": the clause
        # closes at the first comma its antecedent's own verb can follow that is not one of a pair set off
        # inside it ("who said the plan, based on old data, would fail, won")
        commas = [j for j in range(after + 1, end_k - 1) if toks[j].text == ","]
        end_k = next((j for c, j in enumerate(commas) if c % 2 == 0 and _main_verb_after(toks, j + 1)), end_k)
    if plan.lemma in TOPIC_LEMMAS and toks[after - 1].low in ("about", "of"):
        # a topic is a noun phrase: a comma ends it ("worried about turnout, Obama is …")
        end_k = next((j for j in range(after, end_k) if toks[j].low in PHRASE_ENDS), end_k)
    elif plan.verb.group == "reaction":
        end_k = _object_end(toks, after, end_k)
    if (
        toks[after].quote is not None
        and after + 1 < end_k
        and toks[after + 1].low in ("when", "if", "after", "before", "while")
    ):
        end_k = after + 1  # "said, “We'll see,” when asked whether …": the words, not when
    if end_k > after:
        spans.append(_span(toks, after, end_k))
    return Content(tuple(spans))


def _content_in_next_block(toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int) -> Content | None:
    """No words in the sentence, the attribution ending with a colon: "X said:", whose words are the next
    block's."""
    back = at.back
    if back < len(toks) and toks[back].text == ":" and back + 1 >= _content_end(toks, back + 1):
        return Content((), colon=True)
    return None


def _content_in_quotation_before(
    toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int
) -> Content | None:
    """No words in the sentence, the attribution standing alone: "“… missing.” Trump said.", "“… Bobby
    Scott!” Scott's niece shouted to the crowd.": a stop inside the quotation made the attribution a sentence
    of its own, and the quotation before is its words."""
    if _skip_lead(toks, taken_until, at.front) == at.front and _bare_tail(toks, at.back):
        return Content((), bare=True)
    return None


# The places a verb's statement can lie, in the order they are tried; the first that finds it wins.  Words
# before the attribution go first: they are taken only when set off from it and not outdone by words after
# the cue (which _content_before weighs itself), and a split statement is found from its first half.  Then
# the words after the cue.  Only a sentence with no words of the statement in it is read as pointing
# elsewhere: to the next block after a colon, or to the quotation before an attribution standing alone.
_ContentPlace = Callable[[list[Tok], SourcePlan, Reach, int], Content | None]
_CONTENT_PLACES: tuple[_ContentPlace, ...] = (
    _content_before,
    _content_after,
    _content_in_next_block,
    _content_in_quotation_before,
)


def _verb_content(toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int) -> Content | None:
    """Where the words of the statement the cue of ``plan`` reports lie, from the first place that holds
    them; None when none does."""
    for place in _CONTENT_PLACES:
        found = place(toks, plan, at, taken_until)
        if found is not None:
            return found
    return None


def _after_lead(toks: list[Tok], limit: int) -> int:
    """Index of the sentence's subject past a dateline ("BRUSSELS - ", "WASHINGTON (AP) — ") and a leading
    adverbial ("During the speech, Trump …")."""
    i = _after_dateline(toks, limit)
    while i < limit and (
        toks[i].low in LEAD_ADVERBS
        or toks[i].low in BETWEEN
        or (toks[i].low.endswith("ly") and len(toks[i].low) > 4 and toks[i].low not in LY_NOUNS)
    ):
        i += 1  # "Recently, however, it issued …"
        if i < limit and toks[i].text == ",":
            i += 1
    comma = next((c for c in range(i, min(limit, i + 6)) if toks[c].text == ","), None)
    if (
        comma is not None
        and comma > i
        and toks[comma - 1].low in TIME_ENDS
        and not any(_finite_verb(t) for t in toks[i:comma])
    ):
        i = comma + 1  # "Hours later, she …", "But a few days later, Trump …"
    if i < limit and (
        toks[i].low in PREPOSITIONS_IN_NP
        or toks[i].low
        in ("during", "after", "before", "following", "despite", "while", "when", "as", "since")
        # "Speaking to Morning Joe on Monday, Bush …": an opening participle's phrase
        or (toks[i].low.endswith(("ing", "ed")) and toks[i].cap and i + 1 < limit and toks[i + 1].is_word)
    ):
        j = i
        while j < limit:
            if toks[j].text == ",":
                if j + 1 < limit and toks[j + 1].low in ("which", "where", "who"):
                    j += 1  # "…in New Hampshire, which is set to host …, Bush": the relative goes on
                    continue
                return j + 1
            if toks[j].quote is not None:
                break
            j += 1
    return i


def _after_dateline(toks: list[Tok], limit: int) -> int:
    """Index past a dateline that opens the sentence: words in capitals (and a parenthesized agency), then
    a dash; 0 when there is none."""
    i = 0
    while i < limit and toks[i].is_word and toks[i].text.isupper():
        i += 1
    if i and i + 1 < limit and toks[i].text == ",":
        # "WASHINGTON, Dec. 8 (UPI) —": a date after the place, up to the agency or the dash
        j = i + 1
        while j < min(limit, i + 6) and (toks[j].is_word or toks[j].text in (".", ",")):
            j += 1
        if j < limit and (toks[j].text == "(" or toks[j].text in DASHES):
            i = j
    if i and i < limit and toks[i].text == "(":
        close = next((c for c in range(i + 1, min(limit, i + 5)) if toks[c].text == ")"), None)
        i = close + 1 if close is not None else i
    if i and i < limit and toks[i].text in DASHES:
        return i + 1
    return 0


def _nearest_phrase(toks: list[Tok], s0: int, e: int) -> int:
    """The start of the last noun phrase in ``toks[s0:e]``: what a relative pronoun after it stands for.

    "… included members of the Saudi government, which …" -> "the Saudi government".
    """
    k = e - 1
    while k > s0 and toks[k - 1].cap and toks[k].cap:
        k -= 1  # a capitalized run: a name
    if k > s0 and toks[k - 1].low in DETERMINERS:
        return k - 1
    j = k
    while j > s0 and toks[j - 1].low not in PREPOSITIONS_IN_NP and toks[j - 1].low not in DETERMINERS:
        j -= 1
    if j > s0 and toks[j - 1].low in DETERMINERS:
        return j - 1
    return k if toks[k].cap else max(s0, j)


def _according_to_content(
    toks: list[Tok], ci: int, src_e: int, taken_until: int, previous: Frame | None
) -> Content:
    """The content of the "according to" at ``ci``: what stands before it since the last statement's
    clause ended (``taken_until``), or else the clause after its source; none when it names whom the
    statement before (``previous``) was told to."""
    addressee = (
        previous is not None
        and previous.cue is not None
        and _tok_index_after(toks, previous.cue[1]) == taken_until
        and any(t.cap for t in toks[taken_until:ci])
        and all(t.cap or t.text in (".", ",", "-", "(", ")") for t in toks[taken_until:ci])
    )
    if addressee:
        # "“…,” he told Sen. Jeff Flake, according to officials": the source of the telling
        return Content(())
    if ci > taken_until + 1:
        return Content((_span(toks, _skip_lead(toks, taken_until, ci), _trim_back(toks, ci)),))
    a = src_e
    if a < len(toks) and toks[a].text == ",":
        a += 1
    return Content((_span(toks, a, _content_end(toks, a)),))


def _next_clause(toks: list[Tok], plans: Sequence[SourcePlan], idx: int) -> int:
    """Where the clause of the cue planned at ``plans[idx]`` ends: at the first later cue that opens a
    clause of its own ("…, although he admitted …", "… and said …", "…, according to a source"), else at
    the sentence's end.  Content after the cue stops there."""
    cj = plans[idx].cue_end
    for later in plans[idx + 1 :]:
        ci2, lemma2, s2, inv2 = later.cue_start, later.lemma, later.source_start, later.inverted
        if lemma2 == "according to" and ci2 > cj and toks[ci2 - 1].text == ",":
            return ci2 - 1  # "…, according to a source at the station": the source is a second hop
        if s2 is not None and s2 < ci2 and s2 < cj and ci2 > cj:
            b = _skip_aux_back(toks, ci2)  # the "and" of "… and said"
            while b > cj and toks[b].low in ("and", ","):
                b -= 1
            return b + 1
        if s2 is not None and not inv2 and s2 > cj:
            # ", although he admitted …", "— and she added …": a comma or dash opens the next clause;
            # without one the later cue is inside this content ("said he believes …"): look further
            b = s2
            while b > cj and toks[b - 1].low in CONJUNCTIONS:
                b -= 1
            opener = (
                toks[cj].low in PREPOSITIONS_IN_NP
                and b - cj <= 5
                and all(t.is_word for t in toks[cj : b - 1])
            )  # "He claimed at one point, a supporter asked …": the content's own opening phrase
            if b > cj and toks[b - 1].text in (",", "\N{EM DASH}", ";") and not opener:
                while b > cj and toks[b - 1].text in (",", "\N{EM DASH}", ";"):
                    b -= 1
                return b
            quoted = toks[b - 1].quote is not None if b > cj else False
            if quoted and toks[b - 1].text.rstrip(CLOSING_QUOTES).endswith(","):
                return b  # "… a federal “deportation force,” Will described …": the comma is quoted
    return len(toks)


def _trailing_plan(toks: list[Tok], plans: list[SourcePlan]) -> int | None:
    """The index of a sentence-final "…, the sources said." plan, which owns everything before it."""
    if len(plans) < 2:
        return None
    idx = len(plans) - 1
    last = plans[idx]
    ci, cj, lemma, inverted = last.cue_start, last.cue_end, last.lemma, last.inverted
    phrase_start = last.phrase_start
    src_s, src_e = last.source_start, last.source_end
    if src_s is None or src_e is None or (toks[ci].low.endswith("ing") and lemma != "according to"):
        return None
    if lemma == "according to":
        front = ci  # "…, according to a Military Times survey.": the phrase opens at the cue
    else:
        front = min(src_s, phrase_start if phrase_start is not None else src_s) if not inverted else ci
    quote_front = (
        toks[front - 1].quote is not None and toks[front - 1].text.rstrip(CLOSING_QUOTES).endswith(",")
    )
    if front == 0 or not (toks[front - 1].text in (",", "\N{EM DASH}") or quote_front):
        return None
    if quote_front and any(
        p.verb.group == "speech"
        or any(t.text == ":" or t.quote is not None for t in toks[p.cue_end : p.cue_end + 3])
        for p in plans[:idx]
    ):
        # "McCaskill scolded him: “…,” she said.", "DuVernay said she felt … “…,” she said.": the earlier
        # speech cue has the quotation; only a clause with no speaker of its own goes to the one after it
        return None
    back = max(src_e, cj)
    end = _content_end(toks, back)
    if inverted and back < end and toks[back].text == ",":
        apposition = _np_forward(toks, back + 1, end)  # "…, said Mr. Barrett, the lawyer for the agency."
        if apposition is not None and apposition >= end:
            back = end
    if back < end and not _adverbial_only(toks, back, end):
        return None
    # the earlier cues must all stand before the speaker and have no quotation of their own before them
    if any(p.cue_start >= front for p in plans[:idx]):
        return None
    if lemma == "according to" and any(t.quote is not None for t in toks[:front]):
        return None  # "Trump said “…”, according to a pool report": the quoted words stay his
    return idx


def _appositive_subject(toks: list[Tok], k: int, floor: int, depth: int = 0) -> tuple[int, int, int] | None:
    """For "X, a spokesman for Y, said" with ``k`` at the second comma: (mention start, mention end, phrase
    start), else None.  The phrase starts before the mention when the mention is a name in apposition."""
    j = k - 1
    city: int | None = None  # the comma between a city and its state, passed over
    while j >= floor and toks[j].text != "," and toks[j].quote is None and k - j < 30:
        j -= 1
        if toks[j].text == "," and j > floor and toks[j - 1].cap and _place_name(toks, j + 1, k):
            city = j  # "a delegate from Houston, Texas, said": a city and its state are one place
            j -= 1
    while j > floor + 1 and toks[j].text == "," and city is None:
        # "Jeffrey Salkin, a Hollywood, Fla., rabbi helping …, said": a city and its state inside the
        # apposition are one place; its commas open nothing
        c1 = j - 1
        while c1 > floor and toks[c1].text != "," and j - c1 <= 4:
            c1 -= 1
        if not (toks[c1].text == "," and c1 > floor and toks[c1 - 1].cap and _place_name(toks, c1 + 1, j)):
            break
        j = c1 - 1
        while j >= floor and toks[j].text != "," and toks[j].quote is None and k - j < 40:
            j -= 1
    if j <= floor or toks[j].text != "," or j + 1 >= k:
        if city is not None:
            # "The mayor of Flint, Michigan, said": no apposition, a subject that ends in its place
            s0 = _np_back(toks, city - 1, max(0, floor))
            if s0 is not None:
                return s0, k, s0
        return None
    inner = toks[j + 1]
    for t in toks[j + 1 : k]:
        if t.low in ("who", "which", "that", "whose", "whom") or t.low in CLAUSE_OPENERS:
            break  # "a Republican who has served …": a clause inside the apposition
        if t.low in FINITE_AFTER_SUBJECT and not t.cap:
            # "Even as the campaign moves on, the race will be tight, said Dan Gerstein": a clause with a
            # verb of its own between the commas, no apposition
            return None
    if inner.low in CLAUSE_OPENERS and k - j <= 10 and depth < 2:
        # "Powell's office, when contacted by Reuters, said": a clause about the occasion between the
        # subject and its verb; the subject is the phrase before it
        s0 = _np_back(toks, j - 1, max(0, floor))
        if s0 is not None and (s0 == floor or toks[s0 - 1].text != ","):
            return s0, j, s0
    j2 = j - 1
    while j2 >= floor and toks[j2].text != "," and toks[j2].quote is None and j - j2 < 30:
        j2 -= 1
    tail = toks[j + 1 : k]
    list_tail = inner.low in ("and", "or") or (
        k - j - 1 <= 4
        and any(t.low in ("and", "or") for t in tail)
        and (
            not inner.cap
            # "Westmacott, who served in Iran, Turkey and France, praised": places listed in a clause
            or (toks[j - 1].cap and j2 > floor and all(t.cap or t.low in ("and", "or") for t in tail))
        )
    )
    if list_tail and depth < 2:
        # "Anne Richards, assistant secretary for population, refugees, and migration, said": the apposition
        # ends in a list; its short items are passed over to the comma that opens the apposition
        c = j
        while True:
            c2 = c - 1
            while c2 > floor and toks[c2].text != "," and toks[c2].quote is None and c - c2 <= 4:
                c2 -= 1
            if c2 <= floor or toks[c2].text != "," or c - c2 - 1 > 3:
                break
            c = c2
        return _appositive_subject(toks, c, floor, depth + 1)
    relative_before = j2 > floor and toks[j2].text == "," and toks[j2 + 1].low in ("who", "which", "whose")
    if inner.low.endswith("ing") and depth < 2 and relative_before:
        # "O'Donnell, who worked for Trump, becoming president of …, published": a participle after a
        # relative clause; the clause's antecedent is the subject
        before = _appositive_subject(toks, j, floor, depth + 1)
        if before is not None:
            return before
    s0 = _np_back(toks, j - 1, max(0, floor))
    if s0 is None:
        return None
    if s0 == j - 1 and toks[s0].text.isdigit() and s0 >= 2 and toks[s0 - 1].text == ",":
        # "Roxana M. Leon, 63, an independent voter, said", "Schiff, 56, who has served …, told": an age
        named = _np_back(toks, s0 - 2, max(0, floor))
        return (named, s0 - 1, named) if named is not None else None
    if (
        s0 >= 2
        and toks[s0 - 1].text == ","
        and toks[s0].low in ("the", "a", "an")
        and toks[s0 - 2].cap
        and inner.low in ("one", "a", "an", "the", "who", "which")
    ):
        # "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a chain of
        # appositions; the name that opens it speaks
        named = _np_back(toks, s0 - 2, max(0, floor))
        if named is not None and toks[named].cap and toks[named].low not in DETERMINERS:
            return named, s0 - 1, named
    if inner.low in ("a", "an", "the") and s0 > floor and toks[s0 - 1].text != "," and depth < 2:
        # "Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC,
        # said": the phrase before this apposition ends a relative clause; the name opens the chain
        before = _appositive_subject(toks, j, floor, depth + 1)
        if before is not None and toks[before[0]].cap and toks[before[0]].low not in DETERMINERS:
            return before
    if inner.low == "including" and any(t.cap for t in toks[j + 2 : k]):
        # "many tax experts, including Mr. Goldberg, have pointed out": the group with its named member
        return s0, k, s0
    last = j - 1  # the word the apposition follows, past a parenthesis: "Rep. Elijah Cummings (D-Md.), chair"
    if toks[last].text == ")":
        while last > s0 and toks[last].text != "(":
            last -= 1
        last -= 1
    # "Scott's niece, state Del. Marcia Price, shouted": a lower-case word of a title before the name
    titled = (
        not inner.cap
        and (inner.low in ("state", "former", "retired", "then") or _title_like(inner.low))
        and j + 2 < k
        and toks[j + 2].cap
    )
    if not (
        inner.low in ("a", "an", "the", "who", "which", "whose", "one", "its", "his", "her", "their", "whom")
        or inner.cap
        or titled
        or toks[last].cap
        or inner.low.endswith("ing")
    ):
        return None
    # "The clinics' owner, Derek Stall, said": the name in apposition is the speaker, not the role
    role_first = (
        toks[s0].low in DETERMINERS
        or not any(t.cap for t in toks[s0:j] if t.low not in DETERMINERS)
        or _owned_role(toks, s0, j)
    )
    name_end = k
    if toks[k - 1].text == ")":  # "Marcia Price (D-Newport News)": a party tag after the name
        while name_end > j + 1 and toks[name_end - 1].text != "(":
            name_end -= 1
        name_end -= 1
    if (
        role_first
        and (inner.cap or titled)
        and inner.low not in DETERMINERS
        and all(t.cap or t.text in (".", "-") or t.low == "and" for t in toks[j + 1 + titled : name_end])
        and toks[name_end - 1].cap
    ):
        return j + 1, k, s0  # content before the speaker ends before the role, too
    if (
        inner.cap
        and all(t.cap or t.text in (".", "-", "(", ")") for t in toks[j + 1 : k])
        and any(not t.cap and t.low not in DETERMINERS for t in toks[s0:j] if t.is_word)
    ):
        # "after winning Ohio, Gov. John Kasich (R-OH), said": a name between the commas, and a phrase
        # before it that is no name: the name is the subject, the stray comma after it notwithstanding
        return j + 1, k, j + 1
    return s0, j, s0


def _comma_title(t: Tok) -> bool:
    """Whether ``t`` is a quoted title that closes an apposition with the comma inside its marks: "author
    of ''America's Unwritten Constitution,'' put it"."""
    return _quoted_title(t) and t.text.rstrip(CLOSING_QUOTES).endswith(",")


_TITLE_WORDS = re.compile(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*")


def title_case(words: str) -> bool:
    """Whether quoted words read as a title in title case: at most six words of four letters or more, all
    capitalized ("This Week With George Stephanopoulos", "America's Unwritten Constitution")."""
    found = [w for w in _TITLE_WORDS.findall(words) if len(w) > 3]
    return 0 < len(found) <= 6 and all(w[0].isupper() for w in found)


def _quoted_title(t: Tok) -> bool:
    """Whether ``t`` is a quoted title in title case, not quoted words."""
    return t.quote is not None and title_case(t.quote.words)


def _place_name(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` is a state or a country, as written after a city ("Houston, Texas")."""
    place = " ".join(t.low for t in toks[a:b])
    short = place.replace(".", "").replace(" ", "")  # "Fla.", "N.Y.", "W.Va."
    return place in US_STATES or place in COUNTRIES or (toks[a].cap and short in US_STATE_ABBREVIATIONS)


def _clause_in_subject(toks: list[Tok], k: int, floor: int) -> tuple[int, int] | None:
    """The subject before a clause that describes it and ends at ``k``, just before the cue: "The state
    officials whose laws have been invalidated say", "all the experts I interviewed said".  Returns the
    subject's (start, end), or None when no such clause ends there."""
    for r in range(k, max(floor, k - 16) - 1, -1):
        t = toks[r]
        if not t.is_word:
            return None  # punctuation or a quotation between: not one subject phrase
        contact = t.low in CONTACT_SUBJECTS and r < k
        relative = t.low in ("who", "whose") and r < k
        if not (contact or relative):
            continue
        if r == 0 or not toks[r - 1].is_word or toks[r - 1].low in NP_STOP:
            return None
        if toks[r - 1].low in CUE_FORMS or toks[r - 1].low in AUX or toks[r - 1].low in PREPOSITIONS_IN_NP:
            return None  # "said we", "to whom": the pronoun is no clause of a subject
        s0 = _np_back(toks, r - 1, floor)
        return (s0, r) if s0 is not None else None
    return None


def _names_only(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` lists people by name: capitalized words, titles' stops, commas and "and",
    beginning with a capital ("Mr. Tribe, Ms. Epstein and Mr. Amar", "Jeb Bush, John Kasich")."""
    if b - a < 1 or not (toks[a].cap or toks[a].low in ("former", "retired")):
        return False
    # a lower-case word is a title or a description before a name: "retired neurosurgeon Ben Carson"
    return sum(1 for t in toks[a:b] if t.cap) >= 2 and all(
        t.cap
        or t.text in (".", ",", "-")
        or t.low in ("and", "former", "retired")
        or _title_like(t.low)
        or (k + 1 < b and (toks[k + 1].cap or (toks[k + 1].is_word and k + 2 < b and toks[k + 2].cap)))
        for k, t in enumerate(toks[a:b], start=a)
    )


def _owned_role(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` is an owner and a role of lower-case words: "Henry Clay's biographers"."""
    owner = next((i for i in range(a, b) if toks[i].low.endswith(POSSESSIVE_ENDS)), None)
    return owner is not None and owner + 1 < b and all(not t.cap for t in toks[owner + 1 : b])


def _tok_index_after(toks: list[Tok], pos: int) -> int:
    """The index of the first token starting at or after ``pos`` (tokens are in text order)."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _has_content(toks: list[Tok], a: int, b: int) -> bool:
    words = sum(1 for t in toks[a:b] if t.is_word or t.quote is not None)
    return words >= 2 or any(t.quote is not None for t in toks[a:b])


def _object_end(toks: list[Tok], a: int, end: int) -> int:
    """Where the one backed or attacked ends, its phrase starting at ``a``: where a clause about them opens
    ("backed Clinton, who …", "preferred Clinton while …") or a participle goes on with the speaker (", noting
    …").  "slams Trump, praises Clinton as …" goes on with a second verb, so a comma alone ends nothing."""
    named = toks[a].cap and not toks[a].low.endswith(POSSESSIVE_ENDS)
    for j in range(a, end):
        nxt = toks[j + 1] if j + 1 < end else None
        opener = named and toks[j].low in CLAUSE_OPENERS
        after_comma = (
            toks[j].text == ","
            and nxt is not None
            and ((named and nxt.low in CLAUSE_OPENERS) or (nxt.low.endswith("ing") and nxt.low in CUE_FORMS))
        )
        if opener or after_comma:
            return j
    return end


def _bare_tail(toks: list[Tok], back: int) -> bool:
    """Whether nothing but stops, or a short phrase of place or time, follows the cue at ``back``: "Trump
    said.", "… shouted to the crowd.", "… said on Friday."."""
    rest = [t for t in toks[back:] if t.text not in END_MARKS]
    if not rest:
        return True
    if len(rest) >= 2 and rest[0].low in WHEN_WORDS and rest[1].low in SUBJECT_PRONOUNS:
        return len(rest) <= 10 and all(t.is_word for t in rest)  # "… said as he launched the process."
    return (
        rest[0].low in PREPOSITIONS_IN_NP
        and len(rest) <= 6
        and all(t.is_word for t in rest)
        and not any(t.low in CUE_FORMS for t in rest[1:])
    )


def _lone_subject(toks: list[Tok], a: int, front: int, back: int) -> bool:
    """ "Voters, he said, are tired": a one-word subject, the cue set off by commas, the predicate after it.

    One word before a parenthetical cue is content only when it is a noun the clause goes on from; "Yes,"
    "Well," or "Still," before "he said," opens the sentence instead.
    """
    words = [t for t in toks[a:front] if t.is_word]
    if len(words) != 1 or toks[front - 1].text != "," or back + 1 >= len(toks) or toks[back].text != ",":
        return False
    w, nxt = words[0], toks[back + 1]
    return (
        w.cap
        and w.low not in LEAD_ADVERBS
        and w.low not in INTERJECTIONS
        and nxt.is_word
        and nxt.low in PREDICATE_OPENERS
    )


def _skip_lead(toks: list[Tok], a: int, b: int) -> int:
    while a < b and not (toks[a].is_word or toks[a].quote is not None):
        a += 1
    return a


def _trim_back(toks: list[Tok], b: int) -> int:
    while b > 0 and toks[b - 1].text in (",", "\N{EM DASH}", ":", "-", ";"):
        b -= 1
    return b


def _span(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    if b <= a:
        return (
            toks[a].start if a < len(toks) else toks[-1].end,
            toks[a].start if a < len(toks) else toks[-1].end,
        )
    return (toks[a].start, toks[b - 1].end)


def _adverbial_only(toks: list[Tok], a: int, b: int) -> bool:
    """Whether tokens a..b hold nothing but times, places of speaking and channels (eight words at most:
    the tokens are read only until a ninth word, so a long rest of a sentence costs nothing)."""
    words: list[Tok] = []
    for j in range(a, b):
        t = toks[j]
        if t.text == "," and j + 1 < b and toks[j + 1].low in SUBORDINATORS:
            break  # "said Friday afternoon, as they bristled at …": a clause about the saying, not content
        if t.quote is not None:
            return False
        if t.is_word:
            if len(words) == 8:
                return False
            words.append(t)
    return all(t.low in ADVERBIAL or t.low.isdigit() or (t.cap and t.low not in ("i",)) for t in words)


def _past_occasion(toks: list[Tok], k: int, n: int) -> int | None:
    """Where a reported clause starts after a time or an occasion that follows the verb with no "that":
    "said Tuesday the plan would fail", "said on Friday he met Trump", "said in an interview the deal is
    dead".  None when no such phrase is there, or no clause (a subject, then a verb) follows it."""
    j = k
    for _ in range(3):
        if j < n and toks[j].low in TIME_WORDS:
            j += 1
            while j < n and toks[j].low in TIME_WORDS:
                j += 1  # "Tuesday night", "last week"
            continue
        if j + 1 < n and toks[j].low in OCCASION_PREPOSITIONS:
            if toks[j + 1].low in TIME_WORDS:
                j += 2  # "on Friday"
                continue
            e = j + 1
            while e < n and e - j <= 4 and (toks[e].low in DETERMINERS or toks[e].cap):
                if toks[e].low in TIME_WORDS:
                    break
                e += 1
            if e < n and (toks[e].low in OCCASION_NOUNS or toks[e].low in TIME_WORDS):
                j = e + 1
                continue
            if toks[j].low == "on" and e > j + 1 and toks[e - 1].cap:
                j = e  # "said on Fox News the plan …": a channel by name
                continue
        break
    if j == k or j + 1 >= n or not toks[j].is_word:
        return None
    head = toks[j].low
    opens = head in ("he", "she", "they", "we", "i") or (
        (head in DETERMINERS or toks[j].cap)
        and any(toks[v].low in FINITE_AFTER_SUBJECT for v in range(j + 1, min(n, j + 6)))
    )
    return j if opens and j + 1 < _content_end(toks, j) else None


def _after_cue(toks: list[Tok], k: int, verb: CueVerb, lemma: str, limit: int) -> int | None:
    """Token index where content after the cue (ending at token ``k``) starts, or None when there is none."""
    n = min(limit, len(toks))
    if k >= n:
        return None
    if (
        k + 3 < n
        and toks[k].text == ","
        and toks[k + 1].low in ASIDES
        and toks[k + 2].text == ","
        and (toks[k + 3].low == "that" or toks[k + 3].quote is not None)
    ):
        k += 3  # "He added, though, that …": an aside between the verb and what it reports
    if toks[k].low == "that":
        return k
    if toks[k].text == ":" or (toks[k].text == "," and k + 1 < n and toks[k + 1].quote is not None):
        k += 1
        return k if k < _content_end(toks, k) else None
    if toks[k].quote is not None:
        return k
    # "said on Tuesday in a statement that …", "told The National that …": content opens at "that"
    for j in range(k, min(n, k + 12)):
        t = toks[j]
        if t.quote is not None and j > k and _quoted_title(t):
            continue  # "said on ABC's “This Week” that …": the program's title, not what was said
        if t.quote is not None or t.text == "," or (t.low in NP_STOP - {"that"} and t.low not in ("and",)):
            break
        if t.low == "that":
            return j
        if t.text in (".", "!", "?", ";"):
            break
    if lemma in TELL_LIKE:
        j = k
        if j < n and toks[j].low in OBJECT_PRONOUNS:
            j += 1
        else:
            e = _np_forward(toks, j, n)
            if e is not None:
                j = e
        if j >= n or _adverbial_only(toks, j, _content_end(toks, j) if limit >= len(toks) else n):
            return None
        if j < n and toks[j].low in ("to", "about") and lemma == "ask":
            return j if j < _content_end(toks, j) else None
        return j if j < _content_end(toks, j) else None
    if toks[k].text == "," and k + 1 < n and toks[k + 1].is_word and toks[k + 1].low not in NOT_CONTINUATION:
        # "Rubio says, win or lose in Tuesday's primary, he's staying in the race": a phrase set off by
        # commas, then the reported clause's own subject
        if not toks[k + 1].low.endswith("ing"):
            for j in range(k + 2, min(n - 2, k + 14)):
                if toks[j].text == ",":
                    if toks[j + 1].low in PARENTHETICAL_SUBJECTS:
                        return k + 1
                    break
                if not toks[j].is_word:
                    break
        return None
    if toks[k].text in (".", "!", "?") or toks[k].text == ",":
        return None
    after_time = _past_occasion(toks, k, n)
    if after_time is not None:
        return after_time  # "said on Friday he met Trump", "said in an interview the plan would fail"
    if toks[k].low in WHEN_WORDS and k + 1 < n and toks[k + 1].low in SUBJECT_PRONOUNS:
        # "… Jeff Sessions said as he launched the process": when it was said, not what; "said as he left
        # that …" says what after it
        that = next((j for j in range(k + 2, min(n, k + 12)) if toks[j].low == "that"), None)
        return that
    if toks[k].low == "to" and (verb.group in ("intention", "belief") or lemma in TO_VERBS):
        return k if k + 1 < _content_end(toks, k) else None  # "wants to triple the program"
    if (
        (verb.group == "reaction" or lemma in ("disavow", "reject", "refer to"))
        and toks[k].cap
        and toks[k].is_word
        and toks[k].low not in ADVERBIAL
    ):
        return k  # "The Arizona Republic endorsed Hillary Clinton": whom one backs or attacks is the content
    if _adverbial_only(toks, k, _content_end(toks, k) if limit >= len(toks) else n):
        return None  # "…, the minister said on Tuesday in a statement."
    approx = toks[k].low == "about" and k + 1 < n and toks[k + 1].text[:1].isdigit()  # "said about 20 people"
    if (
        not approx
        and lemma in TOPIC_LEMMAS
        and toks[k].low in ("about", "of")
        and (toks[k].low == "about" or lemma in OF_LEMMAS)
        and k + 1 < n
        and toks[k + 1].is_word
    ):
        # "complained about his microphone", "spoke of Clinton's health": what was spoken about, reported
        end = _content_end(toks, k + 1) if limit >= len(toks) else n
        return k + 1 if k + 1 < end else None
    if not approx and toks[k].low in (
        "of",
        "about",
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "to",
        "with",
        "by",
        "from",
    ):
        # "says of Clinton, “…”": the quotation after the occasion is the content
        for j in range(k + 1, min(n, k + 10)):
            if toks[j].quote is not None and toks[j - 1].text in (",", ":"):
                return j
            if (
                toks[j].text == ","
                and j - k <= 5
                and toks[k].low in OCCASION_OPENERS
                and j + 2 < n
                and (toks[j + 1].low in DETERMINERS or toks[j + 1].low in SUBJECT_PRONOUNS)
            ):
                return j + 1  # "claimed at one point, a supporter asked …": a clause after the occasion
            if toks[j].text in (".", "!", "?", ";") or toks[j].quote is not None:
                break
        if toks[k].low in OCCASION_OPENERS:
            # "said on CNN, where he is now a paid contributor, that …": "that" after the occasion's clause
            for j in range(k + 2, min(n - 1, k + 24)):
                if toks[j].text in (".", "!", "?", ";") or toks[j].quote is not None:
                    break
                if toks[j].text == "," and toks[j + 1].low == "that":
                    return j + 1
        return None  # "said of Sunday's talks": an occasion, not content
    return k if k < _content_end(toks, k) else None
