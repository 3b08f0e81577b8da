# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A quarterly-results brief: an inverted company tag, a job-cuts statement, an analyst, a term in quotes."""

from __future__ import annotations

LABEL = "business-earnings-brief"
COMMENT = (
    "An earnings brief (issue 17's precision work) under an 'EARNINGS:' heading line: content before 'the "
    "company said', 'said in a statement that', a chief executive's quote, an anonymous source after "
    "'according to', and an analyst's quote with the inverted tag 'said X, an analyst at …'. Deliberately "
    "NOT statements: the heading, 'Revenue fell 3 per cent', 'The board has expressed a willingness to …', "
    "'two bidders have established contact with its advisers' (plain noun objects), 'cut his rating on "
    "the stock to “sell”' (a term in quotes, not speech), and 'A company spokeswoman declined to comment'."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "EARNINGS: Corvane Telecom swings to loss, plans 1,200 job cuts",
        "Corvane Telecom swung to a net loss of $86 million in the third quarter, hurt by a write-down on "
        "its fibre business, the company said on Monday. Revenue fell 3 per cent to $2.1 billion.",
        "The company said in a statement that it would cut about 1,200 jobs, or 6 per cent of its "
        "workforce, by the end of next year.",
        "“This is not the year we wanted, but the decisions we are taking now put us on a firmer footing,” "
        "the chief executive, Adaeze Nwosu, said.",
        "The board has expressed a willingness to sell the fibre unit, and two bidders have established "
        "contact with its advisers. Two infrastructure funds are preparing offers, according to a person "
        "familiar with the process. A company spokeswoman declined to comment.",
        "“They are selling the one part of the business that was growing,” said Tobias Lenk, an analyst at "
        "Marchetti Capital, who cut his rating on the stock to “sell”.",
        "Corvane shares closed down 9 per cent at $14.62.",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("Corvane Telecom swung", "its fibre business")],
        "speaker": ("Corvane Telecom", "organization", "business, [the company] said"),
        "cue": "the company [said] on Monday",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Content first, tag after: 'the company' is Corvane Telecom, named inside the content. "
            "The figures are part of the content, never a speaker."
            " Fails today: the name stays 'company', unresolved."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("it would cut about 1,200 jobs", "end of next year")],
        "speaker": ("Corvane Telecom", "organization", "[The company] said in a statement"),
        "cue": "The company [said] in a statement",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "'said in a statement that': the channel stands between cue and content. Fails today: the name stays 'company', unresolved.",
    },
    {
        "kind": "direct",
        "segments": [("This is not the year we wanted", "firmer footing,")],
        "speaker": ("Adaeze Nwosu", "person", "executive, [Adaeze Nwosu], said"),
        "cue": "Adaeze Nwosu, [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "A lowercase role in apposition before the name: the name is the speaker.",
    },
    {
        "kind": "indirect",
        "segments": ["Two infrastructure funds are preparing offers"],
        "speaker": ("a person familiar with the process", "anonymous", "according to [a person familiar with the process]"),
        "cue": "[according to] a person",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Access ('familiar with') describes the source. The sentence before is narration with plain "
            "noun objects ('expressed a willingness', 'established contact'): no statement."
        ),
    },
    {
        "kind": "direct",
        "segments": ["They are selling the one part of the business that was growing,"],
        "speaker": ("Tobias Lenk", "person", "said [Tobias Lenk], an analyst"),
        "cue": "[said] Tobias Lenk",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "Inverted tag with an appositive. The “sell” at the end of the relative clause is a rating "
            "mentioned, not words spoken: not a statement."
        ),
    },
]
