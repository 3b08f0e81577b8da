"""Attribution strength: how far a reader can trust who says so (``docs/attribution.md``).

:func:`grade` gives one statement its :class:`~quotecheck.model.Strength`: a level from the speaker (a named
person in quotation marks down to no source at all), the stance of the cue verb, the hedges in the content,
what the text says about an unnamed source, and whether the words reach the reporter second-hand.  What
the text around a statement says is read from the statement's facts (:mod:`quotecheck.facts`): the
sentence the extractor split, the reasons for anonymity ``speakers`` found there.  Every grade carries its
reasons.  :func:`grade_all` grades a whole article and :func:`summarize` counts the
result the way an editor asks.

>>> from quotecheck.model import Cue, Span, Speaker, Statement
>>> text = "“We will not sign,” Ms Amara Osei said."
>>> st = Statement("direct", 0, 18, text[:18], (Span(0, 18, text[:18]),), (Span(0, 18, text[:18]),),
...                Speaker("Amara Osei", "person", Span(20, 34, text[20:34])), Cue(35, 39, "said", "say"))
>>> g = grade(st, text)
>>> g.level, g.rank, g.stance
('named_direct', 5, 'neutral')
>>> g.reasons
('quoted words of a named person (Amara Osei)',)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quotecheck.facts import facts_alone
from quotecheck.lexicon.anonymous import (
    ANON_HEADS,
    ANON_QUANTIFIERS,
    GROUP_QUANTIFIERS,
    NUMBER_WORDS,
    OUTLET_VOUCH,
    VAGUE_GROUPS,
    stated_count,
)
from quotecheck.lexicon.cues import (
    CUE_FORMS,
    CUE_VERBS,
    HEARSAY_CUES,
    MULTIWORD_CUES,
    CueVerb,
    Stance,
    noun_cue,
)
from quotecheck.lexicon.grades import (
    A_GROUP,
    AFFILIATION,
    BACK_REFERENCE,
    BODY_WORDS,
    COUNTRY_WORDS,
    FIELD_OK,
    GENERIC_HEADS,
    HEAD_END,
    HEDGE_FIRST_WORDS,
    HYPOTHETICAL_OPENINGS,
    LENDERS,
    MODAL_HEDGES,
    MULTITUDES,
    NAME_JOINERS,
    NOT_DESCRIBING,
    NOT_NAMES,
    ONE_PERSON,
    ONE_THING,
    OPINION_GROUPS,
    OPINION_VERBS,
    PERSON_NOUNS,
    REPORT_ADVERBS,
    TEXT_OF,
    TITLES_BARE,
    UNNAMED_HEADS,
    VOUCH_LEMMAS,
)
from quotecheck.lexicon.grammar import (
    DEFINITE_DETERMINERS,
    NEGATORS,
)
from quotecheck.lexicon.hedges import DISTANCING_ADJECTIVES, HEDGE_PHRASES, HEDGE_WORDS
from quotecheck.lexicon.organizations import (
    DOCUMENT_NOUNS,
    ORG_HEADS,
    ORG_NAMES_FOLDED,
    OUTLET_NAME_HEADS,
)
from quotecheck.lexicon.people import (
    DEMONYMS,
    PARTISANS,
    PRONOUNS,
    ROLE_NOUNS,
    given_name_first,
    plural_common_noun,
)
from quotecheck.model import (
    LEVELS,
    Anonymity,
    Cue,
    Facts,
    Level,
    SourceCount,
    Span,
    Speaker,
    Statement,
    Strength,
    Summary,
)
from quotecheck.speakers import access_described, anonymity_reason
from quotecheck.text import phrase_alternation

__all__ = ["grade", "grade_all", "summarize"]

_RANK: dict[Level, int] = {level: 5 - i for i, level in enumerate(LEVELS)}

# Negated cues: the stance a negation (grammar.NEGATORS) turns each into.  Denying is reversed into giving
# ground; a verb that vouches for the content ("know", "confirm", "show"), negated, leaves it open.  Others
# keep their stance: "did not say" is still neutral.
_NEGATED: dict[Stance, Stance] = {"denial": "conceding", "endorsing": "tentative"}
_WORD = re.compile(r"[^\W_]+(?:['\N{RIGHT SINGLE QUOTATION MARK}\-.][^\W_]+)*")
_POSSESSIVE_END = re.compile("['\N{RIGHT SINGLE QUOTATION MARK}]s?$")


def _alternation(phrases: Iterable[str], *, ignore_case: bool = True) -> str:
    # a tree of shared beginnings, not a flat list: the hedge pattern runs over every statement, and a
    # flat list of hundreds of phrases was a tenth of grading's time
    return phrase_alternation(phrases, ignore_case=ignore_case)


# Hedge phrases ending in "to" take the verb that follows ("believed to be", "said to have").
# The leading \b and first-letter look-ahead are cheap tests that let the engine skip most positions
# before it tries the long alternation.
_HEDGE_FIRST = "".join(
    sorted(
        {p[0].lower() for p in (*HEDGE_PHRASES, *HEDGE_WORDS, *DISTANCING_ADJECTIVES, *MODAL_HEDGES)}
        | {p[0].upper() for p in (*HEDGE_PHRASES, *HEDGE_WORDS, *DISTANCING_ADJECTIVES, *MODAL_HEDGES)}
    )
)
_LOWER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HEDGE_RE = re.compile(
    r"\b(?=[" + re.escape(_HEDGE_FIRST) + r"])(?<![\w-])(?:"
    r"(?i:(?:" + _alternation(p for p in HEDGE_PHRASES if p.endswith(" to")) + r")(?:\s+(?:be|have))?)"
    r"|(?i:" + _alternation(p for p in HEDGE_PHRASES if not p.endswith(" to")) + r")"
    r"|(?i:" + _alternation(HEDGE_WORDS | DISTANCING_ADJECTIVES) + r")"
    r"|" + _alternation(MODAL_HEDGES, ignore_case=False) + r")(?![\w-])"
)
# A definite description with an age: "the 71-year-old diplomat", "the bespectacled, 71-year-old diplomat".
_AGED = re.compile(r"(?i)the\b[^,.;]{0,40}?(?:,\s*)?\b\d{1,3}-year-old\b")


def grade(statement: Statement, text: str) -> Strength:
    """The attribution strength of ``statement``, whose offsets point into ``text``."""
    return _grade(statement, text, _facts_for(statement, text, {}))


def _facts_for(statement: Statement, text: str, same: dict[int, bool]) -> Facts:
    """The statement's facts if they were read from ``text``, else found afresh: a statement graded
    against another text (or a copy made by hand) must not carry the first text's chain and reasons.
    ``same`` remembers, per text object the facts hold, whether it equals ``text``, so that grading the
    statements of one text against a copy of it compares the two once, not once per statement."""
    facts = statement.facts
    if facts is None:
        return facts_alone(text, statement)
    if facts.text is None or facts.text is text:
        return facts
    key = id(facts.text)
    if key not in same:
        same[key] = facts.text == text
    return facts if same[key] else facts_alone(text, statement)


def _grade(statement: Statement, text: str, facts: Facts) -> Strength:
    reasons: list[str] = []
    level, anonymity = _level(statement, text, facts, reasons)
    if statement.cue is None and statement.speaker.kind != "unknown" and not statement.continuation:
        # a pull quote's signature, a digest's label, the one person a sentence names: an editor should
        # know the tie was read from the text around the words, not from a verb of saying
        reasons.append("no reporting verb: the speaker is read from the text around the words")
    stance, cue_reason = _stance(statement, text)
    if cue_reason:
        reasons.append(cue_reason)
    nested = False
    hop = _nested_source(facts)
    if hop is not None:
        phrase, hop_level = hop
        nested = True
        if _RANK[hop_level] < _RANK[level]:
            reasons.append(
                f"nested: the words come through {phrase!r} ({hop_level}); the chain is as strong as its "
                "weakest link"
            )
            level = hop_level
        else:
            reasons.append(f"nested: the words come through {phrase!r} ({hop_level})")
    adverb = _hedged_attribution(statement, text)
    if adverb is not None and _RANK[level] > _RANK["anonymous"]:
        reasons.append(
            f"the attribution itself is hedged ({adverb!r}): the reporter does not say who reports it"
        )
        level = "anonymous"
    hedges = _hedges(statement, text)
    reasons.extend(f"hedge: {h.text!r}" for h in hedges)
    return Strength(level, _RANK[level], tuple(reasons), stance, hedges, anonymity, nested)


def grade_all(statements: Iterable[Statement], text: str) -> tuple[Statement, ...]:
    """``statements`` with their ``strength`` set, in the order given."""
    # equal grades are the rule, not the exception ("paraphrase of a named person (…)" with no hedge, for
    # every statement of one speaker): one object for each, not one per statement
    shared: dict[Strength, Strength] = {}
    same: dict[int, bool] = {}
    # attrs.evolve, without its per-call look-up of the fields: this runs once per statement of a corpus
    return tuple(
        Statement(
            s.kind,
            s.start,
            s.end,
            s.text,
            s.segments,
            s.quotes,
            s.speaker,
            s.cue,
            s.continuation,
            shared.setdefault(g, g),
            s.facts,
            reported_as=s.reported_as,
        )
        for s in statements
        for g in (_grade(s, text, _facts_for(s, text, same)),)
    )


def summarize(statements: Sequence[Statement]) -> Summary:
    """Count graded statements the way an editor asks: per level, on anonymous sources, by named source.

    Statements without a strength are graded as unattributed would be misleading, so they are counted in
    ``statements`` but in no level.
    """
    counts = dict.fromkeys(LEVELS, 0)
    named: dict[str, list[int]] = {}
    weak = unattributed_quotes = hedged = hedges = 0
    for s in statements:
        g = s.strength
        if g is None:
            continue
        counts[g.level] += 1
        if g.rank <= _RANK["anonymous_described"]:
            weak += 1
        if g.hedges:
            hedged += 1
            hedges += len(g.hedges)
        if s.speaker.kind == "unknown" and s.quotes:
            unattributed_quotes += 1
        if g.level in ("named_direct", "named_indirect") and s.speaker.name:
            tally = named.setdefault(s.speaker.name, [0, 0])
            tally[0 if g.level == "named_direct" else 1] += 1
    sources = sorted(named.items(), key=lambda kv: (-(kv[1][0] + kv[1][1]), kv[0]))
    total = len(statements)
    return Summary(
        statements=total,
        levels=tuple(counts.items()),
        anonymous_share=round(weak / total, 4) if total else 0.0,
        named_sources=tuple(SourceCount(name, d, i) for name, (d, i) in sources),
        unattributed_quotes=unattributed_quotes,
        hedged_statements=hedged,
        hedges=hedges,
    )


# -- the level --------------------------------------------------------------------------------------------


def _level(st: Statement, text: str, facts: Facts, reasons: list[str]) -> tuple[Level, Anonymity | None]:
    sp = st.speaker
    kind = sp.kind
    turn = st.cue is not None and st.cue.text == ":"
    if turn and sp.mention is not None and sp.mention.text.rstrip(".") == "Q":
        reasons.append("the interviewer's question: the outlet asks")
        return "institutional", None
    written = (sp.mention.text if sp.mention else None, sp.name)
    hypothetical = next((w for w in written if w and w.lower().startswith(HYPOTHETICAL_OPENINGS)), None)
    if hypothetical is not None:
        # "any company that …", "anyone who …": a hypothetical source, no one in particular
        reasons.append(f"no speaker: {hypothetical!r} is hypothetical, not a source")
        return "unattributed", None
    if kind == "person" and not _is_name(sp.name):
        identified = _one_identified(sp)
        if identified is not None:
            # "the senator": one person the story has named, referred to by role
            return _named(st, text, f"an identified person referred to by role ({identified})", reasons)
        # "a spokesman", "lawmakers", "Voters" with no name found: unnamed people, described by a role
        kind = "anonymous"
    if kind == "person" and _names_an_institution(sp):
        # "The Global Times", "the Cleveland police": a proper name that heads an outlet or a body
        kind = "organization"
    if kind == "person":
        return _named(st, text, f"a named person ({_shown(sp)})", reasons)
    if kind == "organization":
        name = sp.name or (sp.mention.text if sp.mention else "an organization")
        party = _party_members(sp, name)
        if party is not None:
            reasons.append(f"unnamed members of a party or camp ({party})")
            return "anonymous_described", Anonymity(role=party)
        if _people(name):
            # "others", "Mexicans", "refugee advocates": people, not a body that speaks
            return _anonymous(st, text, facts, reasons)
        if _unnamed_bodies(name):
            reasons.append(f"unnamed institutions, described by their kind ({name})")
            return "anonymous_described", Anonymity(role=name)
        vouch = _outlet_vouch(st, text)
        if vouch is not None:
            reasons.append(f"the outlet vouches with no source named ({name} {vouch})")
            return "anonymous", None
        words = [w.lower() for w in _WORD.findall(name)]
        if words and words[-1] in DOCUMENT_NOUNS and name.casefold() not in ORG_NAMES_FOLDED:
            reasons.append(f"a document speaks ({name})")
        else:
            reasons.append(f"an organization speaks ({name})")
        return "institutional", None
    said = sp.mention.text if sp.mention is not None else ""
    if kind == "anonymous" and sp.mention is not None and _aged(said, text, sp.mention.start):
        # "the bespectacled, 71-year-old diplomat": an age belongs to one person the story knows
        return _named(st, text, f"an identified person described by age ({said})", reasons)
    if kind == "anonymous":
        return _anonymous(st, text, facts, reasons)
    if said.rstrip(".") == "A" and st.cue is not None and st.cue.text == ":":
        # "A: …" in a question-and-answer interview whose introduction is out of reach: the interviewee
        return _named(st, text, "the interviewee of a question-and-answer interview", reasons)
    if said.lower() in ONE_PERSON:
        # "he said" with no name in reach: the reporter still points at one person the story identifies
        return _named(st, text, f"a person the text calls {said!r} but does not name here", reasons)
    if said.lower() in ONE_THING:
        reasons.append(f"an institution or document the text calls {said!r}")
        return "institutional", None
    if said.lower() in A_GROUP:
        # "they disclosed …" with no antecedent in reach: a body or group the story has identified
        reasons.append(f"a body or group the text calls {said!r} but does not name here")
        return "institutional", None
    if st.quotes:
        reasons.append("no speaker: a quotation with no identifiable speaker")
    elif sp.mention is not None:
        reasons.append(f"no speaker: {sp.mention.text!r} could not be tied to anyone")
    else:
        reasons.append("no speaker: an assertion with no source")
    return "unattributed", None


def _named(st: Statement, text: str, who: str, reasons: list[str]) -> tuple[Level, None]:
    """A named (or identified) person's statement: their own words, or the reporter's paraphrase."""
    if _verbatim(st, text):
        reasons.append(f"quoted words of {who}")
        return "named_direct", None
    reasons.append(f"paraphrase of {who}")
    return "named_indirect", None


def _shown(sp: Speaker) -> str:
    name = sp.name or ""
    m = sp.mention
    if m is not None and m.text.lower() in PRONOUNS:
        return f"{name}, as {m.text!r}"
    return name


def _is_name(name: str | None) -> bool:
    """Whether ``name`` holds a proper name: a run of capitalized words that are no title ("the spokesman"
    holds none), no noun for people ("Voters", "Supporters" at the start of a sentence), and neither modify
    a lower-case head ("Democratic lawmakers", "Trump aide", "the California congressman") nor own it
    ("Keith Scott's wife")."""
    if not name:
        return False
    found = _WORD.findall(name)
    if len(found) == 1 and found[0][:1].isupper() and found[0].lower() in TITLES_BARE:
        return True  # "King", "Judge", "Marshal" standing alone: a surname, since a title names no one
    run: list[str] = []
    headed = False  # a lower-case head has been read: a phrase after its preposition is a complement
    for w in [*found, ""]:
        low = w.lower().rstrip(".")
        if headed and low in AFFILIATION and not run:
            return False  # "my editor at Politico", "a leader of the group": the name is not the head's
        if w and w[0].islower() and low not in AFFILIATION and low not in NAME_JOINERS:
            headed = True
        if w and w[0].isupper() and not (
            low in TITLES_BARE
            or low in ANON_QUANTIFIERS
            or low in NOT_NAMES
            or _person_noun(low)
            or (len(found) == 1 and plural_common_noun(low))
        ):
            run.append(w)
            continue
        if run:
            owner = bool(_POSSESSIVE_END.search(run[-1])) and bool(w)
            modifier = bool(w) and not w[0].isupper() and low not in NAME_JOINERS
            if not owner and not modifier:
                return True
            run = []
    return False


def _one_identified(sp: Speaker) -> str | None:
    """The role, when an unnamed speaker is one identified person: a singular role with "the" or an owner
    ("the senator", "the California congressman", "Obama's former campaign strategist"), a second
    reference to someone the story names.  Generic heads stay unnamed sources ("the official", "the
    source", "the aide")."""
    phrase = sp.name or (sp.mention.text if sp.mention is not None else "")
    found = _WORD.findall(phrase)
    if len(found) < 2:
        return None
    first = found[0].lower()
    if first in ANON_QUANTIFIERS and first not in DEFINITE_DETERMINERS:
        return None  # "a senator", "one official": someone the reader is not told
    # with "the", "his" or an owner, or with no article at all, as headlines write ("Former DNC chairman
    # calls for …"), a singular role is one identified person
    # the head ends the phrase or stands before its complement: "the mayor of Chicago"
    cut = next((k for k in range(1, len(found)) if found[k].lower() in AFFILIATION), len(found))
    head = found[cut - 1].lower()
    # "the Republican": one partisan, identified
    partisan = first in DEFINITE_DETERMINERS and head + "s" in PARTISANS
    if (head not in ROLE_NOUNS and head not in TITLES_BARE and not partisan) or head in UNNAMED_HEADS:
        return None
    if cut + 1 < len(found) and found[cut + 1].lower() in ("a", "an"):
        return None  # "the wife of a man shot by police", "the mayor of a small town": still unnamed
    if first in ("my", "our"):
        return None  # "my father", "my editor at the time": the writer's own circle, seldom named
    return phrase


def _person_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a noun for people, singular or plural ("attorneys", "spokesmen")."""
    return (
        word in PERSON_NOUNS
        or (word.endswith("s") and word[:-1] in PERSON_NOUNS)
        or (word.endswith("es") and word[:-2] in PERSON_NOUNS)
        or (word.endswith("men") and word[:-3] + "man" in PERSON_NOUNS)
    )


def _people(name: str) -> bool:
    """Whether an organization speaker's name is a group of people ("others", "Mexicans", "refugee
    advocates") rather than a body ("the ministry", "environmental groups", "Hamas")."""
    found = [w.lower() for w in _WORD.findall(name)]
    if not found or name.casefold() in ORG_NAMES_FOLDED or "percent" in found or "%" in name:
        return False  # a poll's share of its respondents is the poll speaking
    if any(w in BODY_WORDS for w in found):
        return False  # "Oversight Committee Republicans": the committee's members as a body
    written = _WORD.findall(name)
    links = [w for w in written if w.lower() in ("for", "of", "and", "the", "on")]
    if links and all(w[:1].isupper() or w in links for w in written):
        return False  # "Citizens for Tax Justice": a proper name, a body
    head = next((found[k - 1] for k in range(1, len(found)) if found[k] in HEAD_END), found[-1])
    if head in MULTITUDES:
        head = found[-1]  # "an army of Sanders supporters": the people, not the army
    if head in DOCUMENT_NOUNS:
        return False  # "a recent poll of Indiana voters": the poll speaks
    if head == "media":
        # "the media", "U.S. media", "the mainstream media": the press at large, no outlet named
        named = [w for w in written if w[:1].isupper() and w.lower() != "the"]
        return all(w.isupper() or _nationality(w) for w in named)
    return (
        head in DEMONYMS
        or head in VAGUE_GROUPS
        or head in GROUP_QUANTIFIERS
        or (head.endswith(("s", "men")) and _person_noun(head))
        or head.endswith("ists")  # "environmentalists", "nationalists"
        or head in ("men", "women", "children", "people", "folk")  # "the two men", "their children"
    )


def _unnamed_bodies(name: str) -> bool:
    """Whether an organization speaker is a plural kind of institution, none named: "companies",
    "some banks", "creditors" — described by kind, not identified ("the companies" were introduced)."""
    found = [w.lower() for w in _WORD.findall(name)]
    if not found or found[0] in DEFINITE_DETERMINERS or any(w[:1].isupper() for w in _WORD.findall(name)):
        return False
    head = found[-1]
    if any(w in NUMBER_WORDS or w.isdecimal() for w in found):
        return False  # "three television networks": a count of known bodies, not a vague kind
    return head.endswith("s") and (head[:-1] in ORG_HEADS or head[:-3] + "y" in ORG_HEADS or head in LENDERS)


def _party_members(sp: Speaker, name: str) -> str | None:
    """The group, when an organization speaker is a party's members as people ("Democrats", "some
    conservatives") rather than a body ("Senate Republicans", "Oversight Committee Democrats")."""
    found = [w.lower() for w in _WORD.findall(name)]
    if not found or found[-1] not in PARTISANS:
        return None
    if sp.mention is not None:
        found += [w.lower() for w in _WORD.findall(sp.mention.text)]
    if any(w in BODY_WORDS for w in found):
        return None
    if any(w in ("percent", "%", "pct") for w in found) or "%" in name:
        return None  # "75 percent of Republicans": a poll's finding, not members speaking
    return name


def _names_an_institution(sp: Speaker) -> bool:
    """Whether a "person" speaker is an outlet or a body by its words: a name ending in an outlet's head word
    ("Global Times", "CBS News"), or a bare mention ending in a lower-case institution noun ("The Cleveland
    police", "the Chicago campaign"); a mention with a comma or a preposition ("John Hale of the city
    council") names a person and what they belong to, so it is left alone."""
    name_words = _WORD.findall(sp.name or "")
    given = given_name_first(name_words)  # "Don Guardian", not an outlet
    if name_words and name_words[-1].lower() in OUTLET_NAME_HEADS and not given:
        return True
    if (sp.name or "").casefold() in ORG_NAMES_FOLDED:
        return True
    m = sp.mention
    if m is None or "," in m.text:
        return False
    mention_words = _WORD.findall(m.text)
    if any(w.lower() in AFFILIATION for w in mention_words):
        return False
    last = mention_words[-1] if mention_words else ""
    return last.islower() and (last in ORG_HEADS or last in DOCUMENT_NOUNS)


def _verbatim(st: Statement, text: str) -> bool:
    """Whether the statement gives the speaker's own words: two or more quoted words, or a transcript turn
    ("KING: …", "A: …"), whose words are the speaker's as spoken."""
    return (
        _quoted_words(st, text) >= 2
        or (st.kind == "direct" and bool(st.quotes))
        or (st.cue is not None and st.cue.text == ":")
    )


def _quoted_words(st: Statement, text: str) -> int:
    """Words the speaker is quoted as saying: not a title or a name in quotation marks ("American Skin",
    the “Neocons For Hillary” movement), nor a term only mentioned ("the words “Islamic terrorism”")."""
    total = 0
    for q in st.quotes:
        found = _WORD.findall(q.text)
        if _MENTIONED.search(text, max(0, q.start - 24), q.start):
            continue
        long = [w for w in found if len(w) > 3]
        if long and len(found) <= 6 and all(w[0].isupper() for w in long) and not q.text[1:2].isspace():
            continue  # Title Case: a name or a title, not a sentence of speech
        total += len(found)
    return total


# What stands before a quotation that is only mentioned, not spoken: "the words “…”", "dubbed “…”".
_MENTIONED = re.compile(
    r"(?i)\b(?:the\s+(?:words?|term|phrase|slogan|hashtag|label|nickname)|called|dubbed|labell?ed|titled|"
    r"named|nicknamed|known\s+as)\s*[,:]?\s*$"
)


def _anonymous(st: Statement, text: str, facts: Facts, reasons: list[str]) -> tuple[Level, Anonymity]:
    sp = st.speaker
    descriptor = sp.descriptor or sp.name or (sp.mention.text if sp.mention else "")
    at = sp.mention.start if sp.mention else st.start
    reason = sp.reason
    if reason is None and facts.reasons:
        # "Speaking on condition of anonymity, an official said …": the reason stands in the speaker's
        # sentence, outside the source phrase
        reason = facts.reasons[0].text
    access = sp.access
    if access is None:
        found = access_described(descriptor)
        access = found.group() if found else None
    count = sp.count if sp.count is not None else _count(descriptor)
    role = _role(descriptor)
    anonymity = Anonymity(reason=reason, count=count, access=access, role=role)
    details: list[str] = []
    if role:
        details.append(f"role {role!r}")
    if count is not None and count > 1:
        details.append(f"{count} sources")
    if access:
        details.append(f"access {access!r}")
    if reason:
        details.append(f"reason given {reason!r}")
    if details:
        reasons.append(f"anonymous, described: {descriptor!r} ({'; '.join(details)})")
        return "anonymous_described", anonymity
    low = [w.lower() for w in _WORD.findall(descriptor)]
    if (
        len(low) == 2
        and low[0] in ("the", "this", "these")
        and low[1] in BACK_REFERENCE
        and _described_before(text, at, low[1])
    ):
        # "the source", "the officials": a second reference to a source the story has introduced, and
        # described there ("a source close to …", "two officials familiar with …")
        reasons.append(f"anonymous, described earlier: {descriptor!r} refers back to a source introduced")
        return "anonymous_described", anonymity
    reasons.append(f"anonymous: {descriptor!r}, no role or reason given")
    return "anonymous", anonymity


def _described_before(text: str, at: int, head: str) -> bool:
    """Whether the story introduced the source that "the <head>" at ``at`` refers back to with a
    description: a count, a role, access or a reason near its first mention ("two officials familiar
    with the talks", "a source close to the family"), not bare "sources said"."""
    stem = head.rstrip("s")
    found = None
    for m in re.finditer(rf"\b{re.escape(stem)}s?\b", text[max(0, at - 4000) : at], re.I):
        found = m
    if found is None:
        return False
    pos = max(0, at - 4000) + found.start()
    window = _PHRASE_BREAK.split(text[max(0, pos - 30) : pos])[-1]
    before = [w.lower() for w in _WORD.findall(window)][-2:]  # the words of its own phrase
    after = _PHRASE_END.split(text[pos : pos + 80], maxsplit=1)[0]  # its phrase: up to its verb
    if any(w in NUMBER_WORDS or w.isdecimal() for w in before):
        return True  # "two officials"
    if before and before[-1] not in NOT_DESCRIBING:
        return True  # "a senior official", "Israeli sources"
    return bool(access_described(after) or anonymity_reason(text, pos, pos + len(after)))


_PHRASE_END = re.compile(r"\b(?:said|says|say|told|tell|have|has|had|were|was|are|is|will|would)\b|[,.;:]")
_PHRASE_BREAK = re.compile(r"[.,;:!?\n\"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}]")


def _count(descriptor: str) -> int | None:
    return stated_count(_WORD.findall(descriptor.lower()))


def _role(descriptor: str) -> str | None:
    """The words that place an unnamed source: modifiers before its head, an affiliation after it.

    "sources" and "an official" give none; "a senior US official", "a diplomat", "an official at the
    ministry" and "a source in the president's office" do.
    """
    words = _WORD.findall(descriptor)
    low = [w.lower() for w in words]
    # the head: the first anonymous head noun or vague group, else the last word
    head = next(
        (i for i, w in enumerate(low) if w in ANON_HEADS or w in VAGUE_GROUPS or w.rstrip("s") in ANON_HEADS),
        len(low) - 1,
    )
    if head < 0:
        return None
    before = [
        words[i]
        for i in range(head)
        if low[i] not in ANON_QUANTIFIERS
        and low[i] not in NUMBER_WORDS
        and not low[i].isdigit()
        and low[i] not in ("of", "unnamed", "anonymous", "unidentified", "most", "all", "other")
    ]
    vague = low[head] in VAGUE_GROUPS or low[head] in DEMONYMS
    parts = [] if low[head] in OPINION_GROUPS or low[head] in DEMONYMS else list(before)
    if parts and all(_nationality(w) for w in parts) and low[head] in ("officials", "sources", "media"):
        parts = []  # "American officials", "U.S. officials", "Gulf sources": a country is no role
    if low[head] not in GENERIC_HEADS and not vague:
        parts.append(words[head])
    after = low[head + 1 : head + 2]
    # "analysts at the central bank" are placed; "experts on North Korea" are only given a field
    affiliated = after and after[0] in (FIELD_OK if low[head] in OPINION_GROUPS else AFFILIATION)
    access = access_described(" ".join(low[head + 1 :]))
    if affiliated and not (access is not None and access.start() == 0):
        parts.extend(words[head + 1 :])
    return " ".join(parts) or None


def _nationality(word: str) -> bool:
    """Whether ``word`` only says which country or side a source is from ("American", "U.S", "Gulf")."""
    low = word.lower().rstrip(".")
    return low in COUNTRY_WORDS or low + "s" in DEMONYMS or low in DEMONYMS


def _outlet_vouch(st: Statement, text: str) -> str | None:
    cue = st.cue
    if cue is None:
        return None
    verb = _verb(cue.lemma, cue.text)
    if verb is None or verb.lemma not in VOUCH_LEMMAS:
        return None
    # the auxiliaries before the cue belong to the phrase: "has learned", "can reveal", "was told"
    lead = text[max(0, cue.start - 16) : cue.end].lower()
    lead = " ".join(lead.split())
    for phrase in sorted(OUTLET_VOUCH, key=len, reverse=True):
        if lead.endswith(phrase):
            return phrase
    return None


# -- stance, nesting and hedges ---------------------------------------------------------------------------


def _verb(lemma: str, cue_text: str) -> CueVerb | None:
    written = " ".join(cue_text.lower().split())
    if written in HEARSAY_CUES:
        return HEARSAY_CUES[written]  # "seems", "reportedly": a hearsay statement's hedge
    if written in MULTIWORD_CUES:
        # "decided against" is not "decide": the phrase as written wins over its head verb's lemma
        return MULTIWORD_CUES[written]
    for key in (lemma.lower(), written):
        if key in CUE_VERBS:
            return CUE_VERBS[key]
        if key in MULTIWORD_CUES:
            return MULTIWORD_CUES[key]
        if key in CUE_FORMS:
            return CUE_VERBS[CUE_FORMS[key]]
    # "has learned", "was quoted as saying": the last known verb form decides
    for w in reversed(cue_text.lower().split()):
        if w in CUE_FORMS:
            return CUE_VERBS[CUE_FORMS[w]]
    # "Nervo's conclusion that …": a reporting noun carries a stance of its own
    return noun_cue(lemma)


def _stance(st: Statement, text: str) -> tuple[Stance, str | None]:
    cue = st.cue
    if cue is None:
        return "neutral", None
    verb = _verb(cue.lemma, cue.text)
    if verb is None:
        return "neutral", None
    stance = verb.stance
    negation = _negation(cue, text)
    seeming = _SEEMING.search(text, max(0, cue.start - 20), cue.start) if negation is None else None
    if seeming is not None and verb.group in ("speech", "belief", "evidence"):
        # "Christie seemed to acknowledge …": the reporter hedges what the speaker holds
        return "tentative", f"stance tentative: {seeming.group(1)!r}"
    if negation is not None:
        # "did not deny" gives ground; "had no way of knowing" and "did not confirm" leave it open;
        # "does not believe" holds the opposite; "there is no doubt" is certainty
        negated = _NEGATED.get(stance)
        if verb.lemma == "doubt":
            negated = "endorsing"
        elif verb.lemma in OPINION_VERBS:
            negated = "denial"
        if negated is not None:
            return negated, f"stance {negated}: {verb.lemma!r} negated by {negation!r}"
    if stance == "neutral":
        return "neutral", None
    return stance, f"stance {stance}: {cue.text!r}"


_SEEMING = re.compile(r"(?i)\b((?:seem|appear)(?:s|ed)?\s+to)\s+\Z")


def _negation(cue: Cue, text: str) -> str | None:
    """A negation in the cue or in the three words just before it ("did not deny", "no way of knowing")."""
    lead = text[max(0, cue.start - 24) : cue.start]
    # only the clause the cue stands in: a "not" inside a quotation before the cue is the speaker's
    lead = re.split(r"[,.;:!?\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]", lead)[-1]
    before = _WORD.findall(lead)[-3:]
    for w in (*before, *_WORD.findall(cue.text)):
        low = w.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
        if low in NEGATORS or low.endswith("n't"):
            return str(w)
    return None


def _nested_source(facts: Facts) -> tuple[str, Level] | None:
    """The first second source the words pass through ("citing sources", "quoted the minister as saying"),
    as the extractor read it (``Facts.hops``), and a rough level for it."""
    if not facts.hops:
        return None
    phrase = facts.hops[0].source.text.strip()
    return phrase, _phrase_level(phrase)


def _phrase_level(phrase: str) -> Level:
    """A rough level for a source phrase met in a chain: enough to cap a statement at its weakest link."""
    words = _WORD.findall(phrase)
    low = [w.lower() for w in words]
    if not words:
        return "unattributed"
    core = phrase[4:] if low[0] == "the" else phrase
    if core.casefold() in ORG_NAMES_FOLDED or phrase.casefold() in ORG_NAMES_FOLDED:
        return "institutional"
    lead = [w for w in low if w not in ("the", "a", "an", "its", "his", "her", "their")][:1]
    if lead and (lead[0] in DOCUMENT_NOUNS or lead[0] in TEXT_OF):
        return "institutional"  # "excerpts released by the White House": a document, whoever made it
    if low[0] not in ANON_QUANTIFIERS and _is_name(phrase):
        return "named_indirect"  # "Foreign Minister Lars Berg"; "a Hamas official" starts with an article
    content = [w for w in low if w not in ("the", "a", "an", "its", "his", "her", "their")]
    head = next((content[k - 1] for k in range(1, len(content)) if content[k] in HEAD_END), None)
    if head in ANON_HEADS:
        # "a source at the Tampa station": the source is unnamed, placed by the body it works at
        return "anonymous_described"
    if content and (content[-1] in ORG_HEADS or content[-1] in DOCUMENT_NOUNS):
        return "institutional"
    if any(w in ("unnamed", "anonymous", "unidentified") for w in low) or any(
        w in ANON_HEADS or w in VAGUE_GROUPS for w in low
    ):
        described = _role(phrase) or (_count(phrase) or 0) > 1 or access_described(phrase)
        return "anonymous_described" if described else "anonymous"
    if low[-1] in ("reports", "media", "outlets", "press"):
        return "anonymous"
    return "anonymous_described"


def _aged(said: str, text: str, start: int) -> bool:
    """Whether a description gives one person's age with "the": "the 71-year-old diplomat", or "the
    bespectacled, 71-year-old diplomat" where the mention begins after the comma."""
    if _AGED.match(said):
        return True
    return bool(_AGE_FIRST.match(said)) and bool(_THE_BEFORE.search(text, max(0, start - 40), start))


_AGE_FIRST = re.compile(r"\d{1,3}-year-old\b")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+[\w-]+,\s*$")


def _hedged_attribution(st: Statement, text: str) -> str | None:
    m, cue = st.speaker.mention, st.cue
    if m is None or cue is None or not m.end <= cue.start or cue.start - m.end > 40:
        return None
    for w in _WORD.findall(text[m.end : cue.start]):
        if w.lower() in REPORT_ADVERBS:
            return str(w)
    return None


def _hedges(st: Statement, text: str) -> tuple[Span, ...]:
    """Hedge spans in the content, and in the cue when no one is named (the cue "was believed" is one)."""
    regions = [(s.start, s.end) for s in st.segments]
    if st.cue is not None and st.speaker.kind == "unknown":
        regions.append((st.cue.start, st.cue.end))
        regions.sort()
    found: list[tuple[int, int]] = []
    for a, b in _merge(regions):
        if HEDGE_FIRST_WORDS.isdisjoint(_LOWER_WORD.findall(text[a:b].lower())):  # a cheap pre-check
            continue  # no word a hedge begins with: the long pattern need not run
        for m in _HEDGE_RE.finditer(text, a, b):
            found.append(m.span())
        # overlapping phrases ("was believed" and "believed to be") merge into one hedge
    return tuple(Span(s, e, text[s:e]) for s, e in _merge(_overlapping(text, found, regions)))


def _overlapping(
    text: str, found: list[tuple[int, int]], regions: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    # finditer does not report a match that overlaps an earlier one; look again from inside each match
    out = list(found)
    for s, e in found:
        for a, b in regions:
            if a <= s < b:
                m = _HEDGE_RE.search(text, s + 1, b)
                while m is not None and m.start() < e:
                    out.append(m.span())
                    m = _HEDGE_RE.search(text, m.start() + 1, b)
    return out


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
