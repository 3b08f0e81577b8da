# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""An opinion column: the writer's own voice, rhetorical questions, quoted adversaries, an ad that 'says much'."""

from __future__ import annotations

LABEL = "opinion-roads-column"
COMMENT = (
    "An opinion column (issue 17's precision work). The writer's own 'I' outside quotation marks is the "
    "column's voice, not a reported source, so 'I can tell you that …', 'I asked which roads' and 'I know "
    "what the county executive will say: that …' (a hypothetical report the writer imagines) are not "
    "statements; nor are rhetorical questions, 'the new campaign ad … says much about' (a figure of speech, "
    "an ad is no source of that), 'People won’t believe it', 'Western support for …', 'would not say "
    "which ones', 'declined to comment', and the ad's slogan “smoother streets by spring” (words shown, "
    "not spoken: no cue). Statements: an opponent's partial quote, an office that 'told me', a vague group "
    "of critics, and a passer-by's quote with a cue-less continuation."
)
EXHAUSTIVE = True
EXPECT = "fail"

TEXT = "\n\n".join(
    [
        "Why does every election in this county end in a fight about potholes?",
        "I have lived here for 30 years, and I can tell you that the roads were bad when I arrived.",
        "The new campaign ad from the county executive, Dolores Reyes-Whitfield, says much about how little "
        "has changed. It shows a smiling road crew under the words “smoother streets by spring”. People "
        "won’t believe it, and why should they?",
        "Her opponent, Councilman Ray Pettit, says the county has “wasted a decade” on studies. He is right "
        "about that, if about little else.",
        "Ms Reyes-Whitfield’s office told me the county had resurfaced 112 miles of road since 2021. I asked "
        "which roads. The office would not say which ones, and a spokesman declined to comment further.",
        "Western support for the county’s road bond has never been strong. Critics of the bond say it would "
        "raise property taxes by $90 a year on the average home.",
        "So what do voters want? Fixed roads. Is that so hard?",
        "“We’re not asking for miracles,” a woman told me outside the Dunmore post office last week. “Just "
        "a road that doesn’t eat my tyres.”",
        "I know what the county executive will say: that money is tight. It is. But it was tight in 2016, "
        "too.",
    ]
)

STATEMENTS = [
    {
        "kind": "mixed",
        "segments": [("the county has “wasted a decade”", "on studies")],
        "quotes": ["“wasted a decade”"],
        "speaker": ("Ray Pettit", "person", "[Councilman Ray Pettit], says"),
        "cue": "Pettit, [says]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": "An adversary quoted in a column is a reported source like any other; 'Councilman' is a title.",
    },
    {
        "kind": "indirect",
        "segments": [("the county had resurfaced", "since 2021")],
        "speaker": ("Ms Reyes-Whitfield’s office", "organization", "[Ms Reyes-Whitfield’s office] told"),
        "cue": "office [told] me",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "An office speaks for its holder's administration: institutional. 'me' is the writer as hearer; "
            "the statement is real even in a column."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("it would raise property taxes", "the average home")],
        "speaker": ("Critics of the bond", "anonymous", "[Critics of the bond] say"),
        "cue": "bond [say] it",
        "level": "anonymous",
        "stance": "neutral",
        "hedges": [],
        "issue": 17,
        "expect": "fail",
        "comment": "A vague group (critics) with what they criticize, no role or affiliation: anonymous. Fails today: 'Western support for' is read as a report and the critics' statement is lost.",
    },
    {
        "kind": "direct",
        "segments": ["We’re not asking for miracles,"],
        "speaker": ("a woman", "anonymous", "[a woman] told me"),
        "cue": "woman [told] me",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "An unnamed passer-by: no role, number or access (the place is where, not who), so anonymous."
            " Fails today: joined with the next quotation as one split quote, and 'a woman' is taken for a named person's kind."
        ),
    },
    {
        "kind": "direct",
        "segments": ["Just a road that doesn’t eat my tyres."],
        "speaker": ("a woman", "anonymous", "[a woman] told me"),
        "cue": None,
        "level": "anonymous",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": "A cue-less continuation of her quote in the same paragraph: hers, with the same mention. Fails today: joined to the quotation before as a second segment.",
    },
]
