# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A wire-style international brief resting on anonymous officials and a letter seen by the agency."""

from __future__ import annotations

LABEL = "wire-border-talks"
COMMENT = (
    "A wire brief (issue 17's precision work) with a dateline. Statements: two officials described by "
    "number and a reason for anonymity, whose descriptor stops before the relative clause ('who spoke on "
    "condition of anonymity because the talks are private'); 'one of the officials' later; a letter seen "
    "by the agency (a document, with an action verb inside its content); a minister's partial quote; a "
    "spokesman's on-the-record no-comment (a real statement: his words are reported); bare diplomats "
    "who 'have long warned'. Deliberately NOT statements: the dateline, 'she would not say which issues "
    "remained open', 'The Kestani opposition has expressed a willingness to back any deal' and the "
    "casualty figure."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "GENEVA (Meridian) — Valdoria and Kestan are close to an agreement to reopen their shared border for "
        "the first time in six years, two officials who spoke on condition of anonymity because the talks "
        "are private said on Wednesday.",
        "The draft would let lorries carrying food and medicine cross at two points, one of the officials "
        "said.",
        "Kestan’s foreign ministry has refused a United Nations request for observers at the crossings, "
        "according to a letter seen by Meridian.",
        "The Valdorian foreign minister, Elena Marchetti, told reporters in Geneva that “real progress” had "
        "been made, but she would not say which issues remained open.",
        "A spokesman for the Kestani government, Arman Tulegen, said: “We do not comment on negotiations "
        "while they are under way.”",
        "The Kestani opposition has expressed a willingness to back any deal that reopens the border. "
        "Diplomats have long warned that an agreement would not hold without guarantees for the Kestani "
        "minority in northern Valdoria.",
        "The border has been closed since a clash in 2020 in which 14 soldiers were killed.",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("Valdoria and Kestan are close", "first time in six years")],
        "speaker": ("two officials", "anonymous", "[two officials] who spoke"),
        "cue": "private [said] on Wednesday",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 17,
        "expect": "pass",
        "comment": (
            "The descriptor is 'two officials': the relative clause after it gives the reason for anonymity "
            "(anonymity details), and is not part of the name (docs/golden.md). Number and reason: "
            "described. The dateline's agency name is not the speaker."
            " Was lost while 'private said' read as an adjective before a noun."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("The draft would let lorries", "at two points")],
        "speaker": ("one of the officials", "anonymous", "[one of the officials] said"),
        "cue": "officials [said]",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 17,
        "expect": "fail",
        "comment": (
            "One of the two described officials of the lede (DOMAIN 2.10: the description carries over), "
            "so described; the name is the descriptor as written here."
            " Fails today: graded anonymous because the described lede source is not found."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("Kestan’s foreign ministry has refused", "at the crossings")],
        "speaker": ("letter seen by Meridian", "organization", "according to [a letter seen by Meridian]"),
        "cue": "[according to] a letter",
        "level": "institutional",
        "stance": "neutral",
        "issue": 17,
        "expect": "fail",
        "comment": (
            "A document as source after 'according to'. The ministry's 'has refused a … request' is inside "
            "the content: no statement of the ministry's own."
            " Fails today: 'a letter seen' is not recognised as a document source."
        ),
    },
    {
        "kind": "mixed",
        "segments": ["“real progress” had been made"],
        "quotes": ["“real progress”"],
        "speaker": ("Elena Marchetti", "person", "minister, [Elena Marchetti], told"),
        "cue": "Marchetti, [told] reporters",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Two quoted words: named_direct. The refusal after 'but' ('would not say which issues …') is "
            "no statement."
        ),
    },
    {
        "kind": "direct",
        "segments": ["We do not comment on negotiations while they are under way."],
        "speaker": ("Arman Tulegen", "person", "government, [Arman Tulegen], said"),
        "cue": "Tulegen, [said:]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "A refusal in the speaker's own quoted words is still a statement: the words are reported. "
            "Unlike 'declined to comment', content is given."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("an agreement would not hold", "northern Valdoria")],
        "speaker": ("Diplomats", "anonymous", "[Diplomats] have long warned"),
        "cue": "Diplomats have long [warned]",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Bare 'Diplomats', like DOMAIN's 'officials said', names a kind of source with no number, access, "
            "affiliation or reason: anonymous. 'have long' stands between subject and cue."
        ),
    },
]
