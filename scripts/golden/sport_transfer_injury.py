# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A transfer and injury story: the club's statement, sources close to the player, hedged gossip."""

from __future__ import annotations

LABEL = "sport-transfer-injury"
COMMENT = (
    "A transfer story (issue 17's precision work) built on a club statement, a described anonymous source "
    "with a told-the-paper tag after the content, a vague 'sources close to' group, a hedge with no source "
    "('reportedly') and a manager's press conference. Deliberately NOT statements: 'scans confirmed a torn "
    "ankle ligament' (a verb with a plain noun object), 'he knows exactly what he needs to do' inside a "
    "quote (knowledge, no content; and nested in the manager's words), 'would not say whether', 'Valencia "
    "declined to comment', and 'The 26-year-old' (an age is not a speaker)."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "Northgate City have agreed a fee of about £18 million with Valencia for the midfielder Álvaro "
        "Ruiz, two people with knowledge of the negotiations told the Courier.",
        "The 26-year-old will have a medical on Thursday. Ruiz is reportedly keen on the move.",
        "Northgate City said in a statement on Tuesday that talks with Valencia were “at an advanced "
        "stage”. Valencia declined to comment.",
        "The deal would fill the gap left by the captain, Lewis Achterberg, who will be out for up to three "
        "months after scans confirmed a torn ankle ligament.",
        "“It is a blow for Lewis and for us, but he knows exactly what he needs to do to come back "
        "stronger,” the manager, Ines Kovac, said at her weekly press conference.",
        "Kovac would not say whether she planned further signings before the window closes. Asked about "
        "reports linking Achterberg with a move abroad, she said: “Lewis is our captain. End of story.”",
        "Sources close to the player said he had no wish to leave.",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("Northgate City have agreed", "Álvaro Ruiz")],
        "speaker": (
            "two people with knowledge of the negotiations",
            "anonymous",
            "[two people with knowledge of the negotiations] told",
        ),
        "cue": "negotiations [told] the Courier",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Content first, then an inverted-order tag with its speaker after it. Number (two) and access "
            "('with knowledge of'): described. 'the Courier' is the hearer, not the speaker."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["Ruiz is reportedly keen on the move"],
        "speaker": (None, "unknown", None),
        "cue": None,
        "level": "unattributed",
        "stance": "neutral",
        "hedges": ["reportedly"],
        "issue": 4,
        "comment": "Hedged hearsay with no source: unattributed. Ruiz is the subject, not the speaker.",
    },
    {
        "kind": "mixed",
        "segments": [("talks with Valencia were “at an advanced", "stage”")],
        "quotes": ["“at an advanced stage”"],
        "speaker": ("Northgate City", "organization", "[Northgate City] said in a statement"),
        "cue": "Northgate City [said] in",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "A club's statement: institutional. The full stop after the closing mark (British style) is "
            "outside the content."
        ),
    },
    {
        "kind": "direct",
        "segments": [("It is a blow for Lewis", "come back stronger,")],
        "speaker": ("Ines Kovac", "person", "manager, [Ines Kovac], said"),
        "cue": "Ines Kovac, [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "'he knows exactly what he needs to do' is inside the quote: the manager's words, not a second "
            "statement of Lewis's."
        ),
    },
    {
        "kind": "direct",
        "segments": ["Lewis is our captain. End of story."],
        "speaker": ("Ines Kovac", "person", "abroad, [she] said"),
        "cue": "she [said:]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "A colon quote; 'she' is Kovac, not the Achterberg of the participle clause. 'reports linking' "
            "is a reporting noun with a noun object, not a statement."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["he had no wish to leave"],
        "speaker": ("Sources close to the player", "anonymous", "[Sources close to the player] said"),
        "cue": "player [said]",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 3,
        "expect": "pass",
        "comment": "Access phrase 'close to': described (DOMAIN section 1, anonymity details). The head is 'Sources', not 'the player' after the access phrase.",
    },
]
