# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A block quote after 'X said:', a multi-paragraph quotation, and an unclosed mark that must stay put."""

from __future__ import annotations

LABEL = "water-block-quote-unclosed"
COMMENT = (
    "Paragraphs separated by blank lines. 'chief executive Sandra Okafor said:' introduces a three-paragraph "
    "quotation: each paragraph reopens with “ and only the last closes, so it is one statement with one "
    "segment per paragraph (the reopening marks are not content). Later a quotation opened with “ in the "
    "councillor's paragraph is never closed (a copy-editing slip): the paragraph end closes it, and the "
    "regulator's paragraph and everything after must still be read as ordinary text. 'declined to say "
    "whether' reports no content and is not a statement."
)
EXHAUSTIVE = True
EXPECT = "fail"

TEXT = "\n\n".join(
    [
        "The head of Valley Water apologised on Monday for a week of boil-water notices that left 60,000 "
        "homes in the Calder valley drinking bottled water.",
        "In a statement read outside the utility’s offices, chief executive Sandra Okafor said:",
        "“I want to begin by saying sorry. Families were told their water was safe when we did not yet know "
        "that it was.",
        "“We have found the fault at the Millbrook treatment works, and it has been fixed. But fixing a pump "
        "is not the same as earning back trust.",
        "“That will take longer, and it should.”",
        "Local councillor Brian Adeyemi said the apology had come too late.",
        "“People in my ward were boiling water for their babies while the company was still telling them "
        "there was no problem,” he said. “I have had mothers in tears at my surgery.",
        "The regulator, Ofwat, said it had opened an investigation and could impose a fine of up to 10 per "
        "cent of turnover.",
        "Ms Okafor declined to say whether any staff would face disciplinary action. Asked whether she would "
        "resign, she said: “No. My job is to fix this.”",
        "Bottled-water stations at the Calder Leisure Centre and St Mark’s church hall will stay open until "
        "Friday, the company said.",
    ]
)

STATEMENTS = [
    {
        "kind": "direct",
        "segments": [
            ("I want to begin by saying sorry.", "did not yet know that it was."),
            ("We have found the fault", "earning back trust."),
            "That will take longer, and it should.",
        ],
        "speaker": ("Sandra Okafor", "person", "chief executive [Sandra Okafor] said:"),
        "cue": "Sandra Okafor [said:]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "'X said:' before a block. Three paragraphs, one statement, one segment per paragraph; the first "
            "two paragraphs have no closing mark, by convention. The cue includes the colon that hands over "
            "to the block."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["the apology had come too late"],
        "speaker": ("Brian Adeyemi", "person", "councillor [Brian Adeyemi] said"),
        "cue": "Brian Adeyemi [said]",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "comment": "Lowercase role before the name ('Local councillor'): the name is 'Brian Adeyemi'.",
    },
    {
        "kind": "direct",
        "segments": [("People in my ward", "there was no problem,")],
        "speaker": ("Brian Adeyemi", "person", "[he] said. “I have"),
        "cue": "he [said]. “I have",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": "Pronoun after a quote: the last speaker named, Brian Adeyemi (not Sandra Okafor).",
    },
    {
        "kind": "direct",
        "segments": ["I have had mothers in tears at my surgery."],
        "speaker": ("Brian Adeyemi", "person", "[he] said. “I have"),
        "cue": None,
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "The unclosed quotation. The next paragraph does not reopen with a mark, so the paragraph end "
            "closes it (DOMAIN 2.1 and 2.4). A pairer that lets it run on would swallow Ofwat's paragraph and "
            "pair its “ with the opening mark of Okafor's “No. ...”, inverting every quote after it. Same "
            "speaker as the quotation before it in the same paragraph; no cue of its own."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("it had opened an investigation", "10 per cent of turnover")],
        "speaker": ("Ofwat", "organization", "The regulator, [Ofwat], said"),
        "cue": "Ofwat, [said] it",
        "level": "institutional",
        "stance": "neutral",
        "hedges": ["could"],
        "issue": 3,
        "expect": "fail",
        "comment": "Organization named in apposition. 'could impose' is a hedge in the content.",
    },
    {
        "kind": "direct",
        "segments": ["No. My job is to fix this."],
        "speaker": ("Sandra Okafor", "person", "resign, [she] said:"),
        "cue": "resign, she [said:]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "'she' resolves to Sandra Okafor through 'Ms Okafor' earlier in the paragraph. This quotation is "
            "the proof that the unclosed mark above did not swallow the article: its marks must pair with "
            "each other."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("Bottled-water stations", "will stay open until Friday")],
        "speaker": ("Valley Water", "organization", "Friday, [the company] said"),
        "cue": "the company [said]",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Sentence-final cue; 'the company' resolves to Valley Water, the only company in the article. "
            "'St Mark’s' holds an apostrophe, and 'St' an abbreviation that must not end the sentence."
        ),
    },
]
