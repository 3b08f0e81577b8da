# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A web article as scraped: headline, byline, photo captions, 'Related:' links, ad breaks, a footer."""

from __future__ import annotations

LABEL = "boilerplate-ferry-cuts"
COMMENT = (
    "A news page copied with its furniture (issue 17's precision work): headline, byline and time stamp, "
    "a photo caption with a credit, 'Story continues below advertisement' twice, 'Related:' links, a "
    "contact line and a copyright footer; none is a statement, a speaker or a quotation. Statements: an "
    "inverted 'the company said' tag, a that-less clause in a relative clause ('a decision islanders say "
    "could leave …'), a statement with a partial quote, a named islander's quote, and a minister's "
    "paraphrase. 'The company has not ruled out further cuts' (a negated verb with a noun object) is not one."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "Ferry operator cuts winter sailings to Brannock Island",
        "By Claire Osgood, Staff Reporter\nPublished 6:04 a.m. ET Dec. 1, 2026",
        "Passengers board the MV Selkie at Port Arran on Monday. (Photo: Jamie Roe/The Coastal Times)",
        "Westray Ferries will cut winter sailings to Brannock Island from four a day to two, the company "
        "said on Monday, a decision islanders say could leave them stranded.",
        "Story continues below advertisement",
        "In a statement, Westray Ferries said fuel costs had risen by a third and winter passenger numbers "
        "had fallen “well below” what the route needs to break even.",
        "Related: Island school faces closure as families move away",
        "“We are not being dramatic. If the evening boat goes, my mother cannot get to her dialysis "
        "appointments,” said Morag Lindsay, who chairs the Brannock Community Council.",
        "Story continues below advertisement",
        "The regional transport minister, Euan Baird, said he had asked the company to delay the change "
        "until spring. The company has not ruled out further cuts.",
        "A notice about the new timetable at the Port Arran terminal. Jamie Roe/The Coastal Times",
        "Related: Brannock Island’s last shop changes hands",
        "Claire Osgood can be reached at cosgood@coastaltimes.example.",
        "Copyright 2026 The Coastal Times. All rights reserved.",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("Westray Ferries will cut", "four a day to two")],
        "speaker": ("Westray Ferries", "organization", "two, [the company] said"),
        "cue": "the company [said] on Monday",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "Content first, inverted tag after; 'the company' is Westray Ferries, named in the content. Fails today: the tag's content is read as the relative clause after it.",
    },
    {
        "kind": "indirect",
        "segments": ["could leave them stranded"],
        "speaker": ("islanders", "anonymous", "decision [islanders] say"),
        "cue": "islanders [say] could",
        "level": "anonymous",
        "stance": "neutral",
        "hedges": ["could"],
        "issue": 17,
        "expect": "fail",
        "comment": (
            "A that-less clause whose subject is the relative pronoun ('a decision [that] islanders say "
            "could leave them stranded'): the islanders' claim, a vague group (anonymous)."
            " Fails today: a that-less clause after a relative pronoun is not read as reported content."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("fuel costs had risen by a third", "to break even")],
        "quotes": ["“well below”"],
        "speaker": ("Westray Ferries", "organization", "statement, [Westray Ferries] said"),
        "cue": "Westray Ferries [said] fuel",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "pass",
        "comment": (
            "Two coordinated that-less clauses under one cue: one statement. 'In a statement' is the "
            "channel. The ad-break line above is not part of anything. A name that ends in a plural "
            "noun ('Ferries') is a company's, not a person's."
        ),
    },
    {
        "kind": "direct",
        "segments": [("We are not being dramatic.", "dialysis appointments,")],
        "speaker": ("Morag Lindsay", "person", "said [Morag Lindsay], who"),
        "cue": "[said] Morag Lindsay",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "Inverted tag; the council she chairs is not the speaker. The 'Related:' line above is a link.",
    },
    {
        "kind": "indirect",
        "segments": ["he had asked the company to delay the change until spring"],
        "speaker": ("Euan Baird", "person", "minister, [Euan Baird], said"),
        "cue": "Euan Baird, [said]",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "comment": "A paraphrase after a lowercase role in apposition.",
    },
]
