# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A council vote to close a library: a councillor, the opposition, a spokesperson, campaigners, a resident."""

from __future__ import annotations

LABEL = "council-library-vote"
COMMENT = (
    "Local-government copy (issue 17's precision work). Statements: a that-less clause inside a relative "
    "clause ('which officers say will save …'), a committee chair's partial quote, 'called the decision "
    "“…”', a council spokesperson's statement in a that-clause holding a quotation, campaigners (a vague "
    "group), and a resident's quote followed by a cue-less continuation quote. Deliberately NOT statements: "
    "a headline, 'Several councillors supported the plan', 'challenged the figures', 'The council’s cabinet "
    "has denied a request from campaigners' (plain noun objects) and the vote count '7-4'."
)
EXHAUSTIVE = True
EXPECT = "fail"

TEXT = "\n\n".join(
    [
        "Council votes to shut Mill Lane library",
        "Ashby Borough Council voted 7-4 on Tuesday night to close the Mill Lane branch library and move its "
        "books to the new civic hub on Market Street.",
        "Several councillors supported the plan, which officers say will save £140,000 a year.",
        "Councillor Priya Natarajan, who chairs the finance committee, said the branch was used by “fewer "
        "than 40 people a day” and needed repairs costing more than £300,000.",
        "The opposition leader, Gareth Lowe, challenged the figures and called the decision “a false economy "
        "that will hit the people with least”.",
        "A council spokesperson said in a statement that library staff would be offered posts at the hub "
        "and that “no one will lose their job as a result of this decision”.",
        "Campaigners said they were considering a legal challenge. The council’s cabinet has denied a "
        "request from campaigners for a public inquiry.",
        "“My children learned to read in that building,” said Hazel Okonjo, 72, who has lived on Mill Lane "
        "for 40 years. “Where are the pensioners supposed to go now?”",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": ["will save £140,000 a year"],
        "speaker": ("officers", "anonymous", "which [officers] say"),
        "cue": "officers [say] will",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 17,
        "expect": "fail",
        "comment": (
            "A reported clause whose subject is the relative pronoun ('which [the plan] will save …'): real "
            "reported content in a that-less clause, while the main clause ('supported the plan') is an "
            "action. Bare 'officers', like DOMAIN's 'officials said', is an unnamed source with no number, access "
            "or reason given: anonymous."
            " Fails today: 'supported the plan' is read as a report whose content swallows the relative clause."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the branch was used by “fewer", "more than £300,000")],
        "quotes": ["“fewer than 40 people a day”"],
        "speaker": ("Priya Natarajan", "person", "[Councillor Priya Natarajan], who"),
        "cue": "committee, [said] the branch",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "One clause with two coordinated predicates ('was used by … and needed repairs …'): one "
            "statement. 'Councillor' is a title and is dropped from the name."
        ),
    },
    {
        "kind": "direct",
        "segments": ["a false economy that will hit the people with least"],
        "speaker": ("Gareth Lowe", "person", "leader, [Gareth Lowe], challenged"),
        "cue": "and [called] the decision",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "'called the decision “…”': the quoted phrase is the whole content, so direct (as transit_us's "
            "'called the plan “dead on arrival.”'). The first verb, 'challenged the figures', has a plain "
            "noun object and is no statement."
            " Fails today: read as mixed with 'the decision' in the content."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("library staff would be offered", "result of this decision”")],
        "quotes": ["“no one will lose their job as a result of this decision”"],
        "speaker": ("Ashby Borough Council", "organization", "[A council spokesperson] said"),
        "cue": "spokesperson [said] in a statement",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Two coordinated that-clauses under one cue: one statement. An unnamed spokesperson speaking "
            "officially is the council's voice, annotated as the organization (as festival_uk does)."
            " Fails today: the name is the spokesperson phrase, not the council."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["they were considering a legal challenge"],
        "speaker": ("Campaigners", "anonymous", "[Campaigners] said"),
        "cue": "Campaigners [said]",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "A vague group with no role or affiliation: anonymous. Fails today: the group is taken for a person.",
    },
    {
        "kind": "direct",
        "segments": ["My children learned to read in that building,"],
        "speaker": ("Hazel Okonjo", "person", "said [Hazel Okonjo], 72"),
        "cue": "[said] Hazel Okonjo",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": "Inverted tag followed by an age and a relative clause; '72' and '40 years' are not speakers. Fails today: the two quotations are joined as one split quote.",
    },
    {
        "kind": "direct",
        "segments": ["Where are the pensioners supposed to go now?"],
        "speaker": ("Hazel Okonjo", "person", "said [Hazel Okonjo], 72"),
        "cue": None,
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "A quotation with no cue of its own straight after the speaker's previous one in the same "
            "paragraph: hers, with that attribution's mention (docs/golden.md)."
            " Fails today: joined to the quotation before as a second segment."
        ),
    },
]
