# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""Anonymous sourcing of every shape: described, vague, the outlet vouching, and hedges with no source."""

from __future__ import annotations

LABEL = "troops-anonymous-sources"
COMMENT = (
    "A Washington-style story built on anonymous sources. Described sources (number, rank, access, reason "
    "for anonymity) are anonymous_described; a bare vague group ('Critics') and the outlet vouching for "
    "itself ('The Herald has learned') are anonymous; 'reportedly' and 'It is understood' with no source "
    "are unattributed. A later 'The officials' is the same described source as the first paragraph's (DOMAIN "
    "2.10), so it keeps the described level and the fullest descriptor as its name. Anonymous names are "
    "the descriptor's noun phrase with its access phrase, without a following relative clause."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "The Defense Department is preparing to withdraw roughly 1,500 troops from two bases in eastern "
        "Syria, according to two senior U.S. officials familiar with the planning, who spoke on the condition "
        "of anonymity because they were not authorized to discuss it publicly.",
        "The officials said the drawdown could begin as early as next month.",
        "The Herald has learned that the plan was presented to the president at the White House last week.",
        "A Pentagon spokesman, Lt. Col. Mark Reyes, said the department “does not discuss future force "
        "posture” and denied that any decision had been made.",
        "Critics say a withdrawal would leave Kurdish-led forces exposed to attack.",
        "A person briefed on the discussions said the White House had asked for options “weeks ago.”",
        "Defense Secretary Paul Whitcombe is reportedly skeptical of the plan. It is understood that Turkey "
        "has been informed.",
        "One administration official, who asked not to be named because the talks were continuing, insisted "
        "that the troops would not leave “until the job is done.”",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("The Defense Department is preparing", "eastern Syria")],
        "speaker": (
            "two senior U.S. officials familiar with the planning",
            "anonymous",
            "according to [two senior U.S. officials familiar with the planning]",
        ),
        "cue": "[according to] two",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Described on every count: number (two), rank (senior), access (familiar with the planning) and "
            "a reason (not authorized to discuss it). 'U.S.' must not end the sentence. The content precedes "
            "'according to'."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["the drawdown could begin as early as next month"],
        "speaker": (
            "two senior U.S. officials familiar with the planning",
            "anonymous",
            "[The officials] said",
        ),
        "cue": "The officials [said]",
        "level": "anonymous_described",
        "stance": "neutral",
        "hedges": ["could"],
        "issue": 3,
        "expect": "fail",
        "comment": (
            "'The officials' is the same source as the paragraph before, so the level stays "
            "anonymous_described and the name is that source's fullest descriptor."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("the plan was presented", "last week")],
        "speaker": ("The Herald", "anonymous", "[The Herald] has learned"),
        "cue": "The Herald [has learned]",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "The outlet vouching for itself with no source described: anonymous (DOMAIN section 1), and the "
            "speaker kind is anonymous because the real source is hidden; the name is the outlet as written."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the department “does not", "force posture”")],
        "quotes": ["“does not discuss future force posture”"],
        "speaker": ("Mark Reyes", "person", "[Lt. Col. Mark Reyes], said"),
        "cue": "Mark Reyes, [said] the department",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": "Abbreviated military titles ('Lt. Col.') are in the mention and dropped from the name.",
    },
    {
        "kind": "indirect",
        "segments": ["any decision had been made"],
        "speaker": ("Mark Reyes", "person", "[Lt. Col. Mark Reyes], said"),
        "cue": "and [denied] that",
        "level": "named_indirect",
        "stance": "denial",
        "issue": 3,
        "comment": "A second cue sharing the subject; 'denied' reverses the polarity of the content.",
    },
    {
        "kind": "indirect",
        "segments": [("a withdrawal would leave", "exposed to attack")],
        "speaker": ("Critics", "anonymous", "[Critics] say"),
        "cue": "Critics [say]",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 3,
        "comment": "A vague group with no one named or described: anonymous.",
    },
    {
        "kind": "mixed",
        "segments": [("the White House had asked", "“weeks ago.”")],
        "quotes": ["“weeks ago.”"],
        "speaker": (
            "person briefed on the discussions",
            "anonymous",
            "[A person briefed on the discussions] said",
        ),
        "cue": "discussions [said] the White House",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Access phrase 'briefed on': described, one source. The White House is inside the content, not "
            "the speaker. Name drops the article, as the harness does when comparing."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("Defense Secretary Paul Whitcombe", "skeptical of the plan")],
        "speaker": (None, "unknown", None),
        "cue": None,
        "level": "unattributed",
        "stance": "neutral",
        "hedges": ["reportedly"],
        "issue": 4,
        "comment": "Hedged with no source: unattributed. Whitcombe is the subject, not the speaker.",
    },
    {
        "kind": "indirect",
        "segments": ["Turkey has been informed"],
        "speaker": (None, "unknown", None),
        "cue": None,
        "level": "unattributed",
        "stance": "neutral",
        "hedges": ["It is understood"],
        "issue": 4,
        "expect": "fail",
        "comment": (
            "'It is understood that' names no one. DOMAIN lists it both among anonymous-source patterns and "
            "as an unattributed example; with no source even implied it is annotated unattributed."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the troops would not leave", "“until the job is done.”")],
        "quotes": ["“until the job is done.”"],
        "speaker": ("one administration official", "anonymous", "[One administration official], who"),
        "cue": "continuing, [insisted]",
        "level": "anonymous_described",
        "stance": "distancing",
        "issue": 3,
        "comment": (
            "Number (one), role (administration) and a reason for anonymity: described. The cue is far from "
            "the speaker, after a relative clause. 'insisted' is distancing."
        ),
    },
]
