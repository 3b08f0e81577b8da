"""Speakers resolved across the text: names gathered into entities, later references and pronouns tied to
what they point at.

:func:`_resolve` takes the text, its frames (quotations attached) and its sentences; it registers the
text's names in a :class:`~quotecheck.speakers.Registry` (:func:`_register_names`), finds each frame's
speaker (a pronoun's or a description's antecedent, a name's entity) and gives frozen
:class:`~quotecheck.model.Statement` values, not yet graded.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

import attrs

from quotecheck.attach import _WORDS_IN, _anchor
from quotecheck.attribution import Frame
from quotecheck.lexicon.anonymous import ANON_HEADS
from quotecheck.lexicon.grammar import FIRST_PERSON
from quotecheck.lexicon.mentions import HONORIFICS_LOWER, SPOKES_HEADS, TITLES_LOWER
from quotecheck.lexicon.organizations import COMPANY_NAME_ENDS, ORG_HEADS
from quotecheck.lexicon.people import FIRST_NAMES, KIN_NOUNS, ROLE_NOUNS, TITLES, plural_common_noun
from quotecheck.lexicon.resolution import (
    COUNT_WORDS,
    CROWD_ROLES,
    NAME_STARTS,
    NOT_GIVEN,
    NOT_GIVEN_LEAD,
    NOT_LEDE,
    NOT_SUBJECT_NAMES,
    PAIR_LEADS,
    PLURAL_HEADS,
    UNNAMED,
)
from quotecheck.model import Cue, Span, Speaker, Statement, StatementKind
from quotecheck.quotes import Quotation
from quotecheck.speakers import (
    POSSESSIVE,
    Mention,
    Registry,
    anonymity_reason,
    classify_phrase,
    judge,
    split_title,
)
from quotecheck.text import phrase_alternation

__all__ = []


# Capitalized runs anywhere in the text: candidates for people's full names.
# A word of a name: an honorific or an initial may end in a full stop, any other word may not, so a run never
# crosses a sentence end ("… said Walid Kilani. Kilani said …").
_NAME_WORD = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr)\.|[A-Z]\."
    r"|[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}\-]*)"
)
_NAME_RUN = re.compile(r"\b" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){1,6}")
# Where a run can begin: a capital, its word's characters, a space and a capital.  A run always begins so,
# and a pattern that begins with a capital lets the engine skip to the next capital, while one that begins
# with \b is tried at every character.
_RUN_START = re.compile(r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}\-.]*[ ][A-Z]")


def _name_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NAME_RUN.finditer(text)``, tried only where one can begin (three times faster)."""
    pos = 0
    while (start := _RUN_START.search(text, pos)) is not None:
        m = _NAME_RUN.match(text, start.start())  # \b still reads the character before
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def _register_names(text: str, reg: Registry) -> None:
    """Every full name in the text joins its entity, so "Mr Kilani" can take the name "Walid Kilani"."""
    kin: list[re.Match[str]] = []  # runs with no known given name: family of someone named, perhaps
    for m in _name_runs(text):  # read as found: a list of every run would cost more than the text
        words = m.group().split()
        if NAME_STARTS.isdisjoint(w.rstrip(".").lower() for w in words):
            kin.append(m)
            continue  # no given name and no honorific: not a person's full name (a cheap pre-check)
        titles, names, gender = split_title(words)
        if len(names) < 2:
            if (
                len(names) == 1
                and gender in ("m", "f")
                and titles[-1].rstrip(".").lower() in HONORIFICS_LOWER
                and split_title([names[0], "X"])[0] == []  # "Mr. President" is a title, not a name
                and (name := POSSESSIVE.sub("", names[0])).isalpha()
            ):
                # "Mr. Ban", "Ms. Tanden's": a person by the honorific, even when the full name ("Ban
                # Ki-moon") gave no given name the lists know
                end = m.end() - len(names[0]) + len(name)
                reg.add(Mention(m.start(), end, text[m.start() : end], "person", name, gender))
            continue
        first = names[0].rstrip(".").lower()
        # "Manhattan Supreme Court Justice Frank Nervo": a title inside the run, the given name after it
        titled = any(w.rstrip(".").lower() in FIRST_NAMES for w in names[1:-1])
        # "Homeland Security Secretary Jeh Johnson": a title right before two names vouches for a person
        titled = titled or (
            len(names) == 2 and bool(titles) and titles[-1].rstrip(".").lower() in TITLES_LOWER
        )
        if first in FIRST_NAMES or first in HONORIFICS_LOWER or gender != "x" or titled:
            judged = judge(m.group())
            if judged.kind == "person" and judged.name and len(judged.name.split()) >= 2:
                # an entity for the name (the registry keeps Donald and Melania Trump apart), and an
                # antecedent pronouns may stand for
                reg.add(classify_phrase(text, m.start(), m.end()))
        else:
            kin.append(m)
    for m in kin:
        words = m.group().split()
        company = words[-1].lower() in COMPANY_NAME_ENDS and words[0].lower() not in NOT_GIVEN
        if company and len(words) in (2, 3):
            reg.short_orgs.setdefault(words[0], m.group())  # "Peabody Energy": "Peabody" is the company
    for m in kin:
        # "Rakeyia Scott" in a story about Keith Lamont Scott: an unlisted given name before a surname the
        # story gave a person is that person's relative, a person too
        words = m.group().split()
        if (
            len(words) == 2
            and words[0].isalpha()
            and words[0].lower() not in NOT_GIVEN
            and (
                reg.people.get(words[1].lower())
                or (words[0].lower() not in NOT_GIVEN_LEAD and _described_as_person(text, m.end()))
            )
            and judge(m.group()).kind == "person"
        ):
            # "Angelique Brunner, a Washington-based developer and spokeswoman": an unlisted given name,
            # but the apposition says a person
            reg.add(classify_phrase(text, m.start(), m.end()))
    # later references by surname ("… Clinton …") are antecedents too, once the full name is known: each
    # stands for the person of that name named most recently before it
    written = {
        w: ent
        for keys in reg.people.values()
        for ent in map(reg.entities.__getitem__, keys)
        if (w := _written_surname(ent.canonical))
    }
    if written:
        hits: list[Mention] = []
        for start, end, name in _surname_hits(text, written):
            ent = reg.person(name, start)
            if ent is not None:
                hits.append(Mention(start, end, name, "person", ent.canonical, ent.gender, entity=ent.id))
        reg.remember(hits)


# More surnames than this in one text are looked up word by word: one pattern of them all would make the
# engine try every name at every position (thousands of names in a long text: the square of its size).
_FEW_SURNAMES = 40
_PLAIN_WORD = re.compile(r"\w+")
_MARKED_WORD = re.compile(r"\w+(?:[-'\N{RIGHT SINGLE QUOTATION MARK}]\w+)+")


def _surname_hits(text: str, written: Collection[str]) -> Iterator[tuple[int, int, str]]:
    """Where the text writes one of ``written``'s surnames as a word of its own, in text order, one at a
    time: a long text can write a surname every few words, and a list of them all would outweigh the text.
    Each hit names its surname with ``written``'s own string, so the registry keeps one copy of each."""
    same = {w: w for w in written}
    plain = {w for w in written if _PLAIN_WORD.fullmatch(w)}
    marked = {w: w for w in written if w not in plain}  # "O'Rourke", "Ocasio-Cortez"
    if len(written) <= _FEW_SURNAMES and not marked:
        # each word's hits come in text order: merged, so are all of them
        yield from heapq.merge(*(_whole_words(text, (word,)) for word in plain))
        return
    if len(written) <= _FEW_SURNAMES:
        # one pattern of this article's surnames: the engine scans, Python sees only the hits
        pattern = re.compile(r"\b" + phrase_alternation(written) + r"\b")
        for m in pattern.finditer(text):
            yield m.start(), m.end(), same[m.group()]
        return
    ahead_of = _marked_hits(text, marked)
    ahead = next(ahead_of, None)
    last = (0, 0)  # the marked surname read last: a plain word starting inside it is part of it
    for m in _PLAIN_WORD.finditer(text):
        start = m.start()
        while ahead is not None and ahead[0] <= start:
            yield ahead
            last = ahead[:2]
            ahead = next(ahead_of, None)
        if m.group() in plain and not last[0] <= start < last[1]:
            yield start, m.end(), same[m.group()]
    while ahead is not None:
        yield ahead
        ahead = next(ahead_of, None)


def _marked_hits(text: str, marked: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """The surnames with a hyphen or an apostrophe written in the text, possessive or not, in text order."""
    if not marked:
        return
    for m in _MARKED_WORD.finditer(text):
        word = m.group()
        for cut in (word, POSSESSIVE.sub("", word)):
            if cut in marked:
                yield m.start(), m.start() + len(cut), marked[cut]
                break


def _whole_words(text: str, words: Collection[str]) -> Iterator[tuple[int, int, str]]:
    """Where the text writes one of ``words`` (each a run of word characters) as the whole of a run: what
    ``\\b(?:word|…)\\b`` finds, found with ``str.find``, which costs no pattern to compile for each text
    (compiling one was most of the time surnames took)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            # a word character is what \w matches: a letter, a digit or "_"
            before = at == 0 or not _is_word_char(text[at - 1])
            if before and (end == len(text) or not _is_word_char(text[end])):
                yield at, end, word
            at = text.find(word, at + 1)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _described_as_person(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by an apposition that makes its bearer a person:
    ", a Washington-based developer", ", the group's spokeswoman"."""
    m = _APPOSED_ROLE.match(text, end)
    return m is not None and any(w.lower() in ROLE_NOUNS for w in _WORDS_IN.findall(m.group(1)))


# A short apposition after a name, up to its first comma or stop.
_APPOSED_ROLE = re.compile(
    r",[ \t]+(?:a|an|the|[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}]*s)[ \t]+([^,.;:\n]{1,60})"
)


def _written_surname(name: str) -> str:
    parts = [p for p in name.split() if p.rstrip(".").lower() not in ("jr", "sr", "ii", "iii", "iv")]
    return parts[-1].rstrip(".") if len(parts) >= 2 else ""


def _resolve(text: str, frames: list[Frame], sentences: Sequence[tuple[int, int, int]]) -> list[Statement]:
    """Each frame as a :class:`Statement` whose speaker is resolved across the text: a continuation speaks
    with the voice of the statement it goes on with, a quotation no cue claims with the person its place
    names, and any other source by the first rule of ``_SOURCE_RULES`` that applies.

    ``frames`` is handed over, not lent: it is sorted and emptied as its statements are built, so that a
    large text's frames are let go one by one (the caller keeps no other reference to them)."""
    reg = Registry()
    reg.text = text
    reg.sentence_starts = [a for a, _, _ in sentences]
    reg.quoted = sorted({(p.start, p.end) for fr in frames for q in fr.quotes for p in q.inner})
    _register_names(text, reg)
    frames.sort(key=_anchor)  # in place: this list is emptied below, so its frames can go one by one
    # in a question-and-answer interview the answers ("A: …") are the interviewee's, whom the
    # introduction names first
    interviewee = next((m for m in reg.history if m.kind == "person" and m.entity is not None), None)
    paragraph_spans: dict[int, tuple[int, int]] = {}
    for a, b, par in sentences:
        lo, hi = paragraph_spans.get(par, (a, b))
        paragraph_spans[par] = (min(lo, a), max(hi, b))
    story = _Story(text, sentences, reg, paragraph_spans, interviewee)
    resolved: list[tuple[Frame, _Voice]] = []
    settled: dict[int, _Voice] = {}  # frame key -> its voice, for the continuations that go on with it
    people_in: dict[int, list[Mention]] = {}  # sentence index -> the people it names (unclaimed quotations)
    for fr in frames:
        src = fr.source
        if fr.continues is not None and fr.continues in settled:
            # a continuation speaks with the voice of the statement it goes on with, as resolved there
            voice = settled[fr.continues]
        elif src is None:
            unclaimed = bool(fr.quotes) and not fr.continuation and not fr.hearsay
            holder = _unclaimed_holder(story, fr, people_in) if unclaimed else None
            resolved.append((fr, _Voice(holder, None)))
            continue
        elif fr.continuation:
            resolved.append((fr, _Voice(src, None)))
            continue
        else:
            voice = next(found for rule in _SOURCE_RULES if (found := rule(story, fr, src)) is not None)
        resolved.append((fr, voice))
        settled[fr.key] = voice
    # what resolving needed goes before the statements are built (the registry holds every mention of
    # every name), and each frame as soon as its statement stands: the peak is then the larger, not the sum
    # (each entity's name as the registry ended with it: the fullest form the text gave, one string each)
    canonicals = {key: ent.canonical for key, ent in reg.entities.items()}
    del reg, story, settled, people_in
    frames.clear()
    resolved.reverse()
    # cue words and speakers' mentions repeat ("said", "Maria Lopez"): one string each, not one a statement
    shared: dict[str, str] = {}
    out: list[Statement] = []
    while resolved:
        fr, voice = resolved.pop()
        out.append(_statement(text, fr, voice, shared, canonicals))
    out.sort(key=lambda s: (s.start, s.end))
    return out


@attrs.frozen
class _Story:
    """What the source rules read across the whole text: its sentences, the registry of what it names so
    far (the one mutable table; the rules add to it in text order), each paragraph's span, and the person
    an interview's introduction names first."""

    text: str = attrs.field(repr=False)
    sentences: Sequence[tuple[int, int, int]] = attrs.field(repr=False)
    reg: Registry = attrs.field(repr=False)
    paragraph_spans: dict[int, tuple[int, int]] = attrs.field(repr=False)
    interviewee: Mention | None


@attrs.frozen
class _Voice:
    """Who a statement is resolved to: its source as registered, and what that source points at (a pronoun's
    or a description's antecedent, the phrase a relative "who" stands for), or None."""

    source: Mention | None
    antecedent: Mention | None


def _unclaimed_holder(story: _Story, fr: Frame, people_in: dict[int, list[Mention]]) -> Mention | None:
    """The speaker of a quotation no cue claims, from where it stands, or None."""
    introduced = _introduced(fr, story.reg, story.paragraph_spans)
    if introduced is not None:
        # "Maria Lopez has lived on the street for 20 years.\n\n“We are scared.”": a quotation
        # that stands alone after a paragraph about one named person is that person's
        return introduced
    # "Rush Limbaugh, for one, called them ''liberal Democrat lingo.''", "Trump leaned in and boomed: “…”":
    # no cue the rules know, but the sentence names one person: the words are theirs
    return _sentence_holder(story.text, fr, story.reg, story.sentences, people_in)


def _interview_answer(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    # "A: …" in a question-and-answer interview: the interviewee's
    if fr.cue is not None and fr.cue[2] == ":" and src.text.rstrip(".") == "A":
        return _Voice(src, story.interviewee)
    return None


def _relative_pronoun(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    # "X, who said …": the relative pronoun stands for the phrase before it
    ante = fr.antecedent
    if ante is None:
        return None
    if ante.kind == "unknown" and src.text.lower() == "who":
        # "an architect who said …": whatever the noun, "who" makes it a person; "those who believe
        # …": people, not "she"
        plural = ante.text.lower() in PLURAL_HEADS
        gender = "p" if plural else ante.gender
        ante = attrs.evolve(ante, kind="role", plural=plural or ante.plural, gender=gender)
    named = _apposed_to(story.text, story.reg, ante) if ante.kind == "role" else None
    if named is not None:
        ante = named  # "Ronald R. Fieldstone, a Miami lawyer who has been …": the lawyer is him
    elif ante.kind == "pronoun":
        ante = story.reg.resolve(ante, ante.start)
    elif ante.kind != "unknown":
        ante = story.reg.add(ante)
    return _Voice(src, ante)


def _personal_pronoun(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    # outside quotation marks "I" and "we" are the writer's: no one else to resolve them to
    if src.kind != "pronoun" or src.text.lower() in FIRST_PERSON:
        return None
    ante = story.reg.resolve(src, src.start)
    if src.plural and src.text.lower() == "they":
        # "Senators Grassley and Leahy … sent a letter. “…,” they wrote.": the pair named last
        pair = _coordinated_pair(story.text, story.reg, src.start, story.paragraph_spans, fr.paragraph)
        if pair is not None and (ante is None or ante.start < pair.start):
            ante = pair
    return _Voice(src, ante)


def _words_of_the_last_named(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    # "The remarks suggest …", "His comments show …": the words of the person last named
    if not _SAID_WORDS.fullmatch(src.text):
        return None
    ante = story.reg.resolve(Mention(src.start, src.end, src.text, "pronoun", gender="x"), src.start)
    return _Voice(src, ante if ante is not None and ante.kind == "person" else None)


def _named_in_the_next_sentence(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    named = _named_next(story.text, fr, src, story.reg, story.sentences)
    return _Voice(story.reg.add(src), named) if named is not None else None


def _the_pair_named(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    both = _named_pair(story.text, src, story.reg, story.paragraph_spans, fr.paragraph)
    return _Voice(story.reg.add(src), both) if both is not None else None


def _the_people_counted_back(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    # "Trump questioned Cruz's eligibility … The two men spent months lobbing insults": the people
    # named just before, counted back
    group = _counted_named(src, story.reg, story.paragraph_spans, fr.paragraph)
    return _Voice(story.reg.add(src), group) if group is not None else None


def _the_description_given(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    # "British diplomat Sir Peter Westmacott … The diplomat also mused about …": the person the story
    # gave that description to
    described = _described_before(story.text, src, story.reg)
    if described is None:
        return None
    name = story.reg.entities[described.entity].canonical if described.entity else described.name
    src = attrs.evolve(src, entity=described.entity, name=name)
    return _Voice(story.reg.add(src), described)


def _the_role_named_before(story: _Story, fr: Frame, src: Mention) -> _Voice | None:
    text = story.text
    if not (
        src.kind == "role"
        and src.text[:4].lower() == "the "
        and not src.plural  # "the protesters chanted": a crowd, not the person named before
        and not src.reason  # "the woman, who asked not to be named": kept unnamed on purpose
        and not anonymity_reason(text, src.end, _source_clause_end(fr, src, story.sentences))
        and not _kin(src.text)
        and src.text.lower().split()[-1] not in CROWD_ROLES
    ):
        return None
    # "the spokesman": the person named nearest before; "the wife of …" is someone else; "the
    # two-term president" is the person the story titled President, if there is one
    reg = story.reg
    ante = _titled(reg, src) or reg.resolve(
        Mention(src.start, src.end, src.text, "pronoun", gender="x"), src.start
    )
    if ante is not None and ante.kind != "person":
        ante = None
    if ante is not None and ante.entity is not None:
        # "he" after it is that person too
        src = attrs.evolve(src, entity=ante.entity, name=reg.entities[ante.entity].canonical)
    return _Voice(reg.add(src), ante)


def _as_named(story: _Story, fr: Frame, src: Mention) -> _Voice:
    # a source that points at no one before it: registered as it is named, a role with the reason it is
    # unnamed, and a name read as the kind the story gave it elsewhere
    text, reg = story.text, story.reg
    if src.kind in ("role", "anonymous") and not src.reason:
        # "two officials, who spoke on condition of anonymity because …, said": the clause after the source
        # gives the reason
        reason = anonymity_reason(text, src.end, _source_clause_end(fr, src, story.sentences))
        src = attrs.evolve(src, reason=reason)
    elif src.kind == "organization" and src.entity is None and src.text.lower().split()[-1] in SPOKES_HEADS:
        # "a spokesman who declined to be named": a body's voice, but a person whose name the clause after
        # withholds is an anonymous source, as any role would be
        reason = anonymity_reason(text, src.end, _source_clause_end(fr, src, story.sentences))
        if reason is not None:
            src = attrs.evolve(src, kind="role", reason=reason)
    if (
        src.kind == "organization"
        and src.name
        and " " not in src.name
        and src.name[:1].isupper()
        and reg.person(src.name, src.start) is not None
    ):
        # "Rep. Jim Jordan … Jordan said": a surname the story gave a person, not the country
        src = attrs.evolve(src, kind="person")
    elif (
        src.kind == "person"
        and src.name in reg.short_orgs
        and src.text == src.name
        and reg.person(src.name, src.start) is None
    ):
        # "Peabody Energy … Peabody said": the company's short name, not a person's surname
        src = attrs.evolve(src, kind="organization", name=reg.short_orgs[src.name])
    return _Voice(reg.add(src), None)


# The rules that resolve a frame's source, tried in order; the first that applies gives its voice.  An
# interview's "A:" and a relative "who" are settled by the frame itself, so they come first; then the
# sources that are pronouns or point back by their words ("they", "the remarks"); then the descriptions
# that the text ties to a name after or before them, the nearest tie first (named in the next sentence, a
# pair, a count of the people just named, a description given earlier, "the spokesman" for the person named
# before).  A source none of them ties to anyone is registered as it is named.
_SourceRule = Callable[[_Story, Frame, Mention], _Voice | None]
_SOURCE_RULES: tuple[_SourceRule, ...] = (
    _interview_answer,
    _relative_pronoun,
    _personal_pronoun,
    _words_of_the_last_named,
    _named_in_the_next_sentence,
    _the_pair_named,
    _the_people_counted_back,
    _the_description_given,
    _the_role_named_before,
    _as_named,
)


def _statement(
    text: str, fr: Frame, voice: _Voice, shared: dict[str, str], canonicals: Mapping[str, str]
) -> Statement:
    """The statement a resolved frame makes: its spans, quotations, speaker and cue as values.  Strings
    that repeat from statement to statement are taken from ``shared``, one copy of each."""
    speaker = _speaker(voice.source, voice.antecedent, shared, canonicals)
    segs = tuple(Span(s, e, text[s:e]) for s, e in sorted(fr.segments))
    # the quotations' own spans, not copies of them: a quotation's words are kept once
    quotes = tuple(sorted({p for q in fr.quotes for p in q.pieces}, key=lambda s: s.start))
    kind = _kind(segs, fr.quotes)
    if kind == "direct" and not fr.exact:
        # a direct statement's content is the quoted words themselves, inside the marks
        inner = {(p.start, p.end): p for q in fr.quotes for p in q.inner if p.end > p.start}
        if inner:
            segs = tuple(inner[key] for key in sorted(inner))
    start, end = segs[0].start, segs[-1].end
    cue = None
    if fr.cue is not None:
        cs, ce, lemma = fr.cue
        word = text[cs:ce]
        cue = Cue(cs, ce, shared.setdefault(word, word), lemma)
    # a content of one piece is that piece's text: the same string, not a second copy
    content = segs[0].text if len(segs) == 1 else text[start:end]
    # quoted words are reported as a quotation wherever the cue stands, before them or after; and an object
    # that a quotation was attached to after it ("called him a master at it. “He showed …”") reports it
    shape = fr.reported_as
    if (kind == "direct" and shape in ("clause", "inverted")) or (shape == "object" and fr.quotes):
        shape = "quotation"
    return Statement(
        kind, start, end, content, segs, quotes, speaker, cue, continuation=fr.continuation, reported_as=shape
    )


def _introduced(fr: Frame, reg: Registry, paragraph_spans: dict[int, tuple[int, int]]) -> Mention | None:
    """The one named person of the paragraph before a quotation that stands alone at the start of its
    paragraph, or None when that paragraph names no one or several people."""
    here = paragraph_spans.get(fr.paragraph)
    before = paragraph_spans.get(fr.paragraph - 1)
    if here is None or before is None or min(a for a, _ in fr.segments) - here[0] > 2:
        return None
    people = [m for m in reg.between(*before) if m.kind == "person" and m.entity is not None]
    if not people or any(m.entity != people[0].entity for m in people):
        return None
    return people[0]


def _sentence_holder(
    text: str,
    fr: Frame,
    reg: Registry,
    sentences: Sequence[tuple[int, int, int]],
    named: dict[int, list[Mention]],
) -> Mention | None:
    """The one person a sentence names outside its quotation marks, when that sentence holds a quotation
    no cue claimed; None when it names no one, or more than one person, or when the quotation is a title,
    a question or words on a sign rather than anyone's speech.

    A full name counts wherever it stands ("… charges that Rush Limbaugh, for one, called ''…''"); a
    surname alone only as the sentence's subject ("Trump leaned in and boomed: “…”"), since "Iowa" or
    "Crimea" elsewhere would read as one.  ``named`` keeps each sentence's people, found once however many
    quotations the sentence holds."""
    if any(_not_speech(text, q) for q in fr.quotes):
        return None
    pieces = [(p.start, p.end) for q in fr.quotes for p in q.pieces]
    if fr.sentence not in named:
        named[fr.sentence] = _people_named(text, reg, sentences[fr.sentence])
    people = [m for m in named[fr.sentence] if not any(a <= m.start < b for a, b in pieces)]
    if not people:
        return None
    first = people[0]
    opening = min(q.start for q in fr.quotes)
    if _ASKED.search(text, max(first.end, opening - 60), opening):
        return None  # "Blumenthal was asked, “…?”": the question put to him is not his
    same: Callable[[Mention], bool] = (
        (lambda m: m.entity == first.entity)
        if first.entity is not None
        else (lambda m: m.name is not None and m.name.split()[-1] == (first.name or "").split()[-1])
    )
    return first if all(same(m) for m in people) else None


def _people_named(text: str, reg: Registry, sentence: tuple[int, int, int]) -> list[Mention]:
    """The people a sentence names: the registry's full names (or, when it has none there, the capitalized
    runs that classify as a person: a full name anywhere, a surname only as the subject)."""
    s_start, s_end, _ = sentence
    people = [
        m
        for m in reg.between(s_start, s_end)
        if m.kind == "person" and m.entity is not None and not _modifies(text, m.end)
    ]
    if people:
        return people[:_MOST_NAMED]
    for run in _CAPITALIZED_RUN.finditer(text, s_start, s_end):
        if len(people) == _MOST_NAMED:
            break  # a sentence of that many names holds no one quotation's speaker: enough to tell
        if _modifies(text, run.end()):
            continue
        words = run.group().split()
        titles, names, gender = split_title(words)
        known = titles or gender != "x" or (len(names) >= 2 and names[0].rstrip(".").lower() in FIRST_NAMES)
        if not known and not (len(words) == 1 and _subject_at(text, s_start, run.start(), run.end())):
            continue
        m = classify_phrase(text, run.start(), run.end())
        if m.kind == "person" and m.name and m.name.lower() not in NOT_SUBJECT_NAMES:
            people.append(m)
    return people


_MOST_NAMED = 12  # people read from one sentence; more only repeat that it names several


def _not_speech(text: str, q: Quotation) -> bool:
    """Whether a quotation is no one's speech: a question (put to someone, as often as asked), a title in
    title case ("the “Patient Protection and Affordable Care Act”"), or the words of a sign, a banner or a
    shirt ("held a banner: “…”")."""
    words = q.words.rstrip()
    if words.endswith("?"):
        return True
    long = [w for w in _TITLE_WORD.findall(words) if len(w) > 3]
    if long and len(long) <= 8 and all(w[0].isupper() for w in long):
        return True
    return _WORN.search(text, max(0, q.start - 40), q.start) is not None


_TITLE_WORD = re.compile(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*")
# Things that carry words no one speaks: "a banner reading", "a hat that said", "a sign:".
_WORN = re.compile(
    r"(?i)\b(?:banners?|signs?|placards?|posters?|shirts?|t-shirts?|hats?|caps?|stickers?|billboards?|"
    r"headlines?|slogans?|hashtags?|titled|entitled|reading)\b[^.!?]{0,25}$"
)
_ASKED = re.compile(r"\b(?:asked|questioned|quizzed|pressed)\b")
# A run of capitalized words, as a name is written (with its possessive, which classify_phrase drops).
_CAPITALIZED_RUN = re.compile(
    r"\b[A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}-]*(?: [A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}-]*)*"
)
# What may stand before a sentence's subject: nothing, or a short lead ending in a comma ("Earlier this
# week, "), and a verb in lower case after it.
_LEAD = re.compile(r"(?:[^,;:\"“”]{0,40}, )?")
_VERB_AFTER = re.compile(
    r"(?:'s|\N{RIGHT SINGLE QUOTATION MARK}s)? (?!(?:of|and|or|in|on|at|for|to|with|from|by)\b)[a-z]"
)


def _subject_at(text: str, s_start: int, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is its sentence's subject: first, or after a short lead, and
    followed by a word in lower case that is no preposition."""
    lead = _LEAD.match(text, s_start, start)
    return lead is not None and lead.end() == start and _VERB_AFTER.match(text, end) is not None


_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")


def _modifies(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies the noun after it: "Clinton officials", "the Trump
    campaign", "Clinton campaign manager Robby Mook" speak for someone else."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    w = m.group(1)
    return w in ROLE_NOUNS or w in TITLES or w in ORG_HEADS or w in ANON_HEADS or plural_common_noun(w)


def _named_pair(
    text: str, src: Mention, reg: Registry, paragraph_spans: dict[int, tuple[int, int]], par: int
) -> Mention | None:
    """The people a definite plural role points back to: "The two men", "the committee chairmen" after a
    paragraph that named them.  The latest distinct people named in this paragraph and the two before,
    as many as the role counts (two when it does not say); None when fewer were named."""
    definite = src.text[:4].lower() == "the " or text[max(0, src.start - 4) : src.start].lower() == "the "
    if src.kind != "role" or not src.plural or not definite or src.reason or src.access:
        return None
    head = src.text.lower().split()[-1]
    if head.rstrip("s") in CROWD_ROLES or head in CROWD_ROLES:
        return None  # "the protesters": a crowd, whoever of it the story named
    first = next((paragraph_spans[p] for p in range(max(0, par - 2), par + 1) if p in paragraph_spans), None)
    if first is None:
        return None
    want = src.count or 2
    sex = {"men": "f", "women": "m"}.get(head)  # the sex the role rules out: "the two men" are no women
    people: list[Mention] = []
    for m in reversed(reg.between(first[0], src.start)):
        if m.kind != "person" or m.entity is None:
            continue
        if sex is not None and reg.entities[m.entity].gender == sex:
            continue
        if all(m.entity != p.entity for p in people):
            people.append(m)
            if len(people) == want:
                break
    if len(people) < want:
        return None
    names = " and ".join(reg.entities[p.entity].canonical for p in reversed(people) if p.entity is not None)
    return Mention(src.start, src.end, src.text, "person", names, "p", plural=True)


def _source_clause_end(fr: Frame, src: Mention, sentences: Sequence[tuple[int, int, int]]) -> int:
    """Where what describes a source can end: its sentence's end, or the content when the content follows
    ("said the woman, who asked not to be named"; not "the mayor said the memo came from an official who
    was not authorized to speak", where the reason is the content's)."""
    after = [a for a, _ in fr.segments if a >= src.end]
    end = sentences[fr.sentence][1]
    if fr.cue is not None and fr.cue[0] >= src.end:
        after.append(fr.cue[0])  # "the woman, who …, said": up to the cue
    return min([end, *after])


def _apposed_to(text: str, reg: Registry, role: Mention) -> Mention | None:
    """The person a role stands in apposition to: "Ronald R. Fieldstone, a Miami lawyer"; None when the
    role does not follow a name and a comma."""
    before = [m for m in reg.between(max(0, role.start - 80), role.start) if m.kind == "person"]
    if before and before[-1].entity is not None and text[before[-1].end : role.start].strip() == ",":
        return before[-1]
    return None


def _coordinated_pair(
    text: str, reg: Registry, at: int, paragraph_spans: dict[int, tuple[int, int]], par: int
) -> Mention | None:
    """Two people named together last before ``at`` ("Charles E. Grassley, Republican of Iowa, and Patrick
    J. Leahy"), in this paragraph or the one before, as one plural mention; None when the last two people
    named are not joined by "and"."""
    first = paragraph_spans.get(par - 1) or paragraph_spans.get(par)
    if first is None:
        return None
    people: list[Mention] = []  # the first mention of each of the last people named, latest last
    for m in reg.between(first[0], at):
        if m.kind == "person" and m.entity is not None:
            if people and people[-1].entity == m.entity:
                continue  # "Patrick J. Leahy" and the surname inside it: one mention
            people.append(m)
    if len(people) < 2:
        return None
    a, b = people[-2], people[-1]
    if a.entity == b.entity or b.start - a.end > 80 or not _JOINED.fullmatch(text, a.end, b.start):
        return None
    lead = re.split(r"[.!?\n]", text[max(0, a.start - 200) : a.start])[-1].split()
    if lead and not (lead[-1].endswith(",") or lead[-1].lower() in PAIR_LEADS or lead[-1][:1].isupper()):
        return None  # "Voters backed Donald Trump and Mike Pence": the pair is the object, not who speaks
    names = ""
    if a.entity and b.entity:
        names = f"{reg.entities[a.entity].canonical} and {reg.entities[b.entity].canonical}"
    return Mention(a.start, b.end, text[a.start : b.end], "person", names, "p", plural=True)


# What may stand between two names joined as one subject: "X and Y", "X, Republican of Iowa, and Y".
_JOINED = re.compile(r"(?:,[^.;:\n]{0,60},)?\s+(?:and|&)\s+(?:[A-Z][\w.]*\s+){0,3}")


def _named_next(
    text: str, fr: Frame, src: Mention, reg: Registry, sentences: Sequence[tuple[int, int, int]]
) -> Mention | None:
    """The person a lede's description turns out to be: "A top Trump adviser says …" opening a paragraph,
    then "Ed Brookover spoke to reporters …" opening the next sentence.  News copy describes first and
    names second; a source kept anonymous has a reason, a count or no name after it."""
    described = src.kind in ("anonymous", "role") or (
        src.kind == "person" and src.text.split(maxsplit=1)[0].lower() in ("a", "an", "the")
    )  # "The lifelong Republican": a capitalized word, but a description, not a name
    if not described or src.plural or (src.count or 1) != 1:
        return None
    if src.reason or src.access:
        return None
    words = src.text.lower().split()
    first = src.text.split(maxsplit=1)[0]
    # "The lifelong Republican who wrote the speech …": a defining clause picks one person out
    defining = first.lower() == "the" and (" who " in src.text or text.startswith(" who ", src.end))
    if (
        first.lower() not in ("a", "an")
        and not defining
        and not (first[:1].isupper() and first.lower() not in NOT_LEDE)
    ):
        return None  # "the official", "one source": a description that points back, or a count
    owned = any(w.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) for w in words)
    if owned or UNNAMED.intersection(words):
        return None  # "a source", "a senior official": the usual unnamed; "Obama's strategist": an owner
    si = fr.sentence
    if si + 1 >= len(sentences) or (si > 0 and sentences[si - 1][2] == sentences[si][2]):
        return None  # only the first sentence of a paragraph is a lede
    if src.start != sentences[si][0] or _CAPITALIZED_NEXT.match(text, src.end):
        return None  # the description opens the lede, and no name follows it ("Democratic nominee Hillary …")
    later = _identified_later(text, src, reg, sentences, si)
    if later is not None:
        return later
    a, b, _ = sentences[si + 1]
    person = next((m for m in reg.between(a, min(b, a + 40)) if m.kind == "person"), None)
    if person is None or person.start != a:
        # "“Now is the time …,” said Don Fowler, who helmed the DNC": the quotation first, then the name
        said = _QUOTE_THEN_SAID.match(text, a, b)
        person = None
        if said is not None:
            person = next((m for m in reg.between(said.end(), said.end() + 1) if m.kind == "person"), None)
    if person is None or person.entity is None:
        return None  # the next sentence must open with the name (its subject), or quote and then name
    if len(reg.entities[person.entity].canonical.split()) < 2 or _POSSESSIVE_NEXT.match(text, person.end):
        return None  # a full name, not owning the subject ("Trump's campaign has not commented")
    return person


def _identified_later(
    text: str, src: Mention, reg: Registry, sentences: Sequence[tuple[int, int, int]], si: int
) -> Mention | None:
    """The person a lede's description names two or three paragraphs on, by the same office: "A New York
    judge has rejected …" and then "Manhattan Supreme Court Justice Frank Nervo rejected …".  The first
    person named within the next three paragraphs with a title of that office right before the name
    ("Justice Frank Nervo") or in apposition right after it ("Frank Nervo, a state judge,")."""
    low = src.text.lower()
    head = low.split(" of ", 1)[0].split()[-1] if " of " in low else low.split()[-1]
    office = _OFFICE_TITLES.get(head)
    if office is None:
        return None
    par = sentences[si][2]
    end = next((a for a, _, p in sentences[si:] if p > par + 3), sentences[-1][1])
    for m in reg.between(sentences[si][1], end):
        if m.kind != "person" or m.entity is None or len(reg.entities[m.entity].canonical.split()) < 2:
            continue
        if office[0].search(text, max(0, m.start - 40), m.start) or office[1].match(text, m.end):
            return m
    return None


def _office(*titles: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title right before a name ("Justice Frank Nervo", "Rep. Adam Schiff") and an apposition right
    after one (", a state judge,"), for the titles of one office."""
    alternatives = "|".join(re.escape(t) for t in titles)
    before = re.compile(rf"(?i)\b(?:{alternatives})\.?\s+(?:[A-Z][\w.'-]*\s+){{0,2}}$")
    after = re.compile(rf"(?i),\s+(?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}(?:{alternatives})\b")
    return before, after


# Offices a lede describes, and the titles the story names their holder by later.
_OFFICE_TITLES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "judge": _office("judge", "justice"),
    "lawmaker": _office(
        "rep", "sen", "senator", "congressman", "congresswoman", "representative", "lawmaker"
    ),
    "legislator": _office("rep", "sen", "senator", "assemblyman", "assemblywoman", "legislator", "delegate"),
    "senator": _office("sen", "senator"),
    "congressman": _office("rep", "congressman", "representative"),
    "congresswoman": _office("rep", "congresswoman", "representative"),
    "diplomat": _office("ambassador", "diplomat", "envoy", "undersecretary"),
    "ambassador": _office("ambassador"),
    "governor": _office("gov", "governor"),
    "mayor": _office("mayor"),
    "prosecutor": _office("prosecutor", "district attorney", "attorney"),
}
_CAPITALIZED_NEXT = re.compile(r"\s+[A-Z]")
_QUOTE_THEN_SAID = re.compile(
    r"[\"\N{LEFT DOUBLE QUOTATION MARK}][^\"\N{RIGHT DOUBLE QUOTATION MARK}\n]{1,800}"
    r"[\"\N{RIGHT DOUBLE QUOTATION MARK}]\s+(?:said|says|added|adds|told|wrote|writes)\s+"
)
_POSSESSIVE_NEXT = re.compile("['\N{RIGHT SINGLE QUOTATION MARK}]s?\\b")


# A person's words referred back to: "The remarks suggest …", "his comments", "the book said" (its author).
_SAID_WORDS = re.compile(
    r"(?i)(?:the|his|her|these|those|such)\s+(?:remarks?|comments?|words|book|memoir|autobiography|speech)"
    # what one person wrote or said, owned by "his" or "her": "her statement", "his letter"
    r"|(?:his|her)\s+(?:statements?|letters?|op-ed|column|tweets?|posts?|testimony|interview|memo|emails?)"
)


def _counted_named(
    src: Mention, reg: Registry, paragraph_spans: dict[int, tuple[int, int]], par: int
) -> Mention | None:
    """The people a definite, counted description stands for: "both men", "the two Republican
    presidents", "all three candidates" after that many people were named in this paragraph or the two
    before, as one plural mention; None for an indefinite count ("two officials said"), the usual unnamed
    ("the two sources"), or too few people named."""
    if src.kind not in ("anonymous", "role") or src.reason or src.access:
        return None
    words = src.text.lower().split()
    if len(words) < 2 or words[0] not in ("the", "both", "all"):
        return None
    n = src.count if src.count is not None else (2 if words[0] == "both" else None)
    if n is None or not 2 <= n <= 4 or (words[0] == "the" and words[1] not in COUNT_WORDS):
        return None  # "the officials", "the committee chairmen": no count that points back
    head = words[-1]
    if head.removesuffix("s") in UNNAMED or head in ("people", "persons") or any(
        w in KIN_NOUNS or w[:-1] in KIN_NOUNS for w in words
    ):
        return None  # "the two sources"; "both parents": family, named or not
    first = paragraph_spans.get(par - 2) or paragraph_spans.get(par - 1) or paragraph_spans.get(par)
    if first is None:
        return None
    named: list[Mention] = []  # the latest mention of each of the last n people named, latest first
    seen: set[str] = set()
    for m in reversed(reg.between(first[0], src.start)):
        if (
            m.kind == "person"
            and m.entity is not None
            and len(reg.entities[m.entity].canonical.split()) >= 2
            and m.entity not in seen
        ):
            seen.add(m.entity)
            named.append(m)
            if len(named) == n:
                break
    if len(named) < n:
        return None
    named.reverse()
    names = " and ".join(reg.entities[m.entity].canonical for m in named if m.entity is not None)
    return Mention(named[0].start, named[-1].end, names, "person", names, "p", plural=True)


_VICE = re.compile(r"(?i)\b(?:vice|deputy|assistant)[ -]")  # "the president" is not the vice president


def _described_before(text: str, src: Mention, reg: Registry) -> Mention | None:
    """The person named earlier with the description a definite source repeats: "the diplomat" after
    "British diplomat Sir Peter Westmacott" or "Peter Westmacott, a veteran diplomat,".  None when the
    source is plural, counted, kept anonymous for a reason, or when an unnamed source of that description
    came in between ("a senior official said … the official added"): then it is that one."""
    if src.kind not in ("anonymous", "role") or src.plural or (src.count or 1) != 1:
        return None
    if src.reason or src.access or src.text[:4].lower() != "the " or _kin(src.text):
        return None
    words = (src.text.split(" of ", 1)[0] if " of " in src.text else src.text).split()
    head = words[-1]
    if len(head) < 4 or not head.isalpha() or not head.islower() or head in UNNAMED or head.endswith("s"):
        return None  # "the official", "the source": the usual unnamed; "the Wisconsin Republican": a party
    # "The French president", "the then-Texas governor": the capitalized words must be said of the person too
    marks = [w.rsplit("-", 1)[-1] for w in words[1:-1] if any(c.isupper() for c in w)]
    before = re.compile(rf"\b(?i:{head})\s+(?:[A-Z][\w.'-]*\s+){{0,3}}$")  # "British diplomat Sir Peter …"
    after = re.compile(rf"(?i),\s+(?:a|an|the|[\w'-]+'s)\s+(?:[\w'-]+\s+){{0,4}}{head}\b")
    for m in reversed(reg.between(max(0, src.start - 6000), src.start)[-80:]):
        if m.kind in ("anonymous", "role") and m.text.lower().split()[-1] == head:
            return None  # "a senior official said …": the unnamed one, described again
        if m.kind != "person" or m.entity is None or len(reg.entities[m.entity].canonical.split()) < 2:
            continue
        said = before.search(text, max(0, m.start - 60), m.start) or after.match(text, m.end)
        if (
            said is not None
            and all(w in said.group() for w in marks)
            and (_VICE.search(said.group()) is None or _VICE.search(src.text) is not None)
        ):
            unnamed = re.compile(rf"(?i)\b(?:a|an|one|another)\s+(?:[\w'-]+\s+){{0,5}}{head}\b")
            if unnamed.search(text, max(m.end, said.end()), src.start):
                return None  # "… an RNC member said … the RNC member added": someone else, unnamed
            return m
    return None


def _titled(reg: Registry, role: Mention) -> Mention | None:
    """The latest person before ``role`` whose name carried the role's head as a title: "the two-term
    president" after "US President Barack Obama", not after a "Clinton" mentioned since."""
    head = role.text.lower().split()[-1]
    if len(head) < 4:
        return None
    # "the French president" is not "President Barack Obama": the capitalized words must be his too
    marks = [w.rsplit("-", 1)[-1] for w in role.text.split()[1:-1] if any(c.isupper() for c in w)]
    for m in reversed(reg.between(max(0, role.start - 6000), role.start)[-80:]):
        if m.kind != "person" or m.entity is None:
            continue
        low = m.text.lower()
        if (
            head in low  # a cheap substring test first
            and head in low.replace(".", " ").split()
            and all(w in reg.text[max(0, m.start - 60) : m.end] for w in marks)
        ):
            return m
    return None


def _kin(phrase: str) -> bool:
    """Whether a role phrase names someone by their relation to another ("the wife of a man …")."""
    return any(w in KIN_NOUNS for w in phrase.lower().split()[1:3])


def _speaker(
    src: Mention | None, ante: Mention | None, shared: dict[str, str], canonicals: Mapping[str, str]
) -> Speaker:
    # "The Post has learned": the speaker is the outlet (an organization); that it vouches for what no
    # named source says is a matter of the grade (level anonymous), not of who speaks
    if src is None:
        return Speaker.unknown()
    said = shared.setdefault(src.text, src.text)  # one string per wording, however many statements use it
    mention = Span(src.start, src.end, said)
    target = ante if ante is not None else src
    kind = target.kind
    if kind == "pronoun":
        return Speaker(None, "unknown", mention)
    if kind == "role":
        # "the spokesman", "a leader of the group": an unnamed person, named by a role; kept unnamed on
        # purpose when a reason is given ("the woman, who asked not to be named")
        kind = "anonymous" if target.reason and target.entity is None else "person"
        if kind == "person" and target.plural and target.entity is None:
            kind = "organization"  # "Campaigners said": people named by a shared role are a group
    name = canonicals[target.entity] if target.entity is not None else target.name
    if kind == "anonymous":
        return Speaker(
            name,
            "anonymous",
            mention,
            descriptor=target.descriptor or target.text,
            count=target.count,
            reason=target.reason,
            access=target.access,
        )
    if kind not in ("person", "organization"):
        return Speaker(None, "unknown", mention)  # a phrase of no kind names no one, whatever it reads
    return Speaker(name, kind, mention)  # type: ignore[arg-type]


def _kind(segs: Sequence[Span], quotes: Sequence[Quotation]) -> StatementKind:
    """direct when at least 90% of the content's letters and digits lie inside quotation marks (the eval
    data's rule), mixed when some do, indirect when none do."""
    if not quotes:
        return "indirect"
    qspans = sorted((p.start, p.end) for q in quotes for p in q.pieces)
    inside = total = 0
    k = 0  # segments and quotation pieces are both in text order: one walk through each
    for s in sorted(segs, key=lambda x: x.start):
        total += _alnum(s.text)
        while k < len(qspans) and qspans[k][1] <= s.start:
            k += 1
        j = k
        while j < len(qspans) and qspans[j][0] < s.end:
            lo, hi = max(qspans[j][0], s.start), min(qspans[j][1], s.end)
            if lo < hi:
                inside += _alnum(s.text[lo - s.start : hi - s.start])
            j += 1
    if total and inside / total >= 0.9:
        return "direct"
    return "mixed" if inside else "indirect"


def _alnum(piece: str) -> int:
    """Letters and digits in ``piece``: what the pattern ``[^\\W_]`` matches is exactly what
    ``str.isalnum`` accepts, and asking each character costs less than collecting the runs."""
    return sum(map(str.isalnum, piece))
