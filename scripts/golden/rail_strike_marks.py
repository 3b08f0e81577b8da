# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""Wire copy with European marks: low-9 „…“, guillemets «…» and ‹…›, a mismatched « … " pair, ASCII ``…''."""

from __future__ import annotations

LABEL = "rail-strike-european-marks"
COMMENT = (
    "A wire story that kept the marks of its sources: German „...“ (opens low, closes with the mark that "
    "opens in English), French-style «...» and ‹...›, one pair that opens with « and closes with a straight "
    "\", and TeX-style ``...'' from an old feed. Every quotation must still pair; apostrophes (Germany’s, "
    "company’s) must not."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "BERLIN (Wire) - Germany’s largest rail union, the EVG, called a 48-hour strike on Thursday, its "
        "third walkout this year.",
        "„Unsere Geduld ist am Ende“, union leader Klaus Brenner told reporters in Frankfurt, before "
        "repeating in English: “Our patience is at an end.”",
        "Deutsche Bahn said the strike was «completely unnecessary» and that its offer remained on the table.",
        '«We have offered 11 percent over three years. No one in Europe is offering more," the company’s '
        "personnel chief, Martina Vogt, said in a statement.",
        "Mr Brenner said the offer amounted to ‹less than inflation› once it was spread over 36 months.",
        "The passenger group Pro Bahn warned that commuters in the Rhine-Main region would be hit hardest. "
        "Its spokesman, Jens Albrecht, wrote on X: ``Plan for Friday as if there are no trains at all.''",
        "The strike begins at 2 a.m. on Friday. Talks are scheduled to resume next Tuesday, the union said.",
    ]
)

STATEMENTS = [
    {
        "kind": "direct",
        "segments": ["Unsere Geduld ist am Ende"],
        "speaker": ("Klaus Brenner", "person", "union leader [Klaus Brenner] told"),
        "cue": "Klaus Brenner [told] reporters",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "German marks: „ opens, “ closes. The comma after the closing mark is outside (German style).",
    },
    {
        "kind": "direct",
        "segments": ["Our patience is at an end."],
        "speaker": ("Klaus Brenner", "person", "union leader [Klaus Brenner] told"),
        "cue": "[repeating] in English:",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "pass",
        "comment": (
            "Same speaker, second cue in the same sentence ('before repeating in English:'). Here “ opens: "
            "the same character closed the German quotation a few words before. Found since the one person "
            "a sentence names holds a quotation no cue claims; the cue itself is still missed."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the strike was «completely", "remained on the table")],
        "quotes": ["«completely unnecessary»"],
        "speaker": ("Deutsche Bahn", "organization", "[Deutsche Bahn] said"),
        "cue": "Deutsche Bahn [said]",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "Guillemets around a partial quote; both that-clauses belong to the one cue.",
    },
    {
        "kind": "direct",
        "segments": [("We have offered 11 percent", "offering more,")],
        "speaker": ("Martina Vogt", "person", "chief, [Martina Vogt], said"),
        "cue": "Martina Vogt, [said] in a statement",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "Mismatched pair: « opens, a straight \" closes. The speaker's name sits in apposition after a "
            "lowercase role ('the company’s personnel chief, Martina Vogt, said'). A named person speaking in "
            "a company statement is still named_direct."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the offer amounted to", "spread over 36 months")],
        "quotes": ["‹less than inflation›"],
        "speaker": ("Klaus Brenner", "person", "[Mr Brenner] said"),
        "cue": "Mr Brenner [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": "Single guillemets. 'Mr Brenner' resolves to Klaus Brenner across three paragraphs.",
    },
    {
        "kind": "indirect",
        "segments": [("commuters in the Rhine-Main region", "hit hardest")],
        "speaker": ("Pro Bahn", "organization", "group [Pro Bahn] warned"),
        "cue": "Pro Bahn [warned]",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "'warned' is a cue with no stance of its own in DOMAIN's list: neutral.",
    },
    {
        "kind": "direct",
        "segments": ["Plan for Friday as if there are no trains at all."],
        "speaker": ("Jens Albrecht", "person", "spokesman, [Jens Albrecht], wrote"),
        "cue": "Jens Albrecht, [wrote] on X:",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "ASCII `` and '' marks, two characters each; the channel is 'on X'.",
    },
    {
        "kind": "indirect",
        "segments": ["Talks are scheduled to resume next Tuesday"],
        "speaker": ("EVG", "organization", "Tuesday, [the union] said"),
        "cue": "the union [said]",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "'the union' resolves to the EVG of the first paragraph. 'a.m.' must not end the sentence. The "
            "strike's start time, in the sentence before, is the paper's narration."
        ),
    },
]
