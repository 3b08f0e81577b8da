"""A culture story full of quotation marks that are not speech: film titles, a nickname, a petition name."""

from __future__ import annotations

LABEL = "cinema-titles-nicknames"
COMMENT = (
    "Marks that are not statements: the film title ‘Casablanca’ inside a quotation, the nickname “Mo” "
    "between dashes, the petition title “Save the Palais”. A sign's words are quoted with no identifiable "
    "speaker (unattributed, speaker unknown). Apostrophes: ’70s, building’s, theatre’s, ’90s, Council’s."
)
EXHAUSTIVE = True
EXPECT = "fail"

TEXT = "\n\n".join(
    [
        "The Grand Palais cinema in Leeds will close in March after 96 years, Palais Leisure announced on "
        "Wednesday, ending a run that took in the silent era, the talkies and the ’70s disco nights its "
        "regulars still talk about.",
        "A handwritten sign taped to the box office read: “Thank you for the memories.”",
        "Projectionist Maureen Kettle, who has worked at the Palais since 1989, said the building’s owners "
        "had ‘given up’ on it.",
        "“People say cinemas are dying,” she said, “but we sold out ‘Casablanca’ twice last month.”",
        "Mrs Kettle – everyone calls her “Mo” – plans to screen the theatre’s first film, a 1928 comedy, on "
        "closing night.",
        "Leeds City Council’s culture lead, Councillor Asif Rahman, said the council was “exploring every "
        "option” to keep the building in cultural use, but conceded there was no money to buy it.",
        "The Milltowns, a band that played a secret gig at the Palais in the ’90s, wrote on Instagram that "
        "the news was “gutting”.",
        "Fans have started a petition called “Save the Palais”, which had 4,000 signatures by Wednesday "
        "evening. Campaigners allegedly plan to occupy the foyer on the final night.",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("The Grand Palais cinema", "after 96 years")],
        "speaker": ("Palais Leisure", "organization", "[Palais Leisure] announced"),
        "cue": "Palais Leisure [announced]",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Cue in mid-sentence after the content; the participle clause 'ending a run ...' is the paper's "
            "narration, not the company's announcement."
        ),
    },
    {
        "kind": "direct",
        "segments": ["Thank you for the memories."],
        "speaker": (None, "unknown", None),
        "cue": None,
        "level": "unattributed",
        "stance": "neutral",
        "issue": 4,
        "expect": "pass",
        "comment": (
            "Borderline: a quotation whose author is not identified (a sign 'read'). 'read' reports a text's "
            "wording, and the sign is not a speaker, so the speaker is unknown and the level unattributed "
            "(DOMAIN: a quotation with no identifiable speaker). It must be reported, not dropped."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the building’s owners", "on it")],
        "quotes": ["‘given up’"],
        "speaker": ("Maureen Kettle", "person", "[Projectionist Maureen Kettle], who"),
        "cue": "1989, [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Single marks for a partial quote in otherwise double-marked copy (a common British habit); "
            "building’s holds an apostrophe just before the opening ‘."
        ),
    },
    {
        "kind": "direct",
        "segments": ["People say cinemas are dying,", "but we sold out ‘Casablanca’ twice last month."],
        "speaker": ("Maureen Kettle", "person", "[she] said, “but"),
        "cue": "she [said], “but",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "Split quote. The inner ‘Casablanca’ is a film title, not a nested source: no statement of its "
            "own. 'People say' inside the quote is her claim about people, not an attribution to report."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the council was “exploring", "in cultural use")],
        "quotes": ["“exploring every option”"],
        "speaker": ("Asif Rahman", "person", "[Councillor Asif Rahman], said"),
        "cue": "Asif Rahman, [said] the council",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": "Capitalized title in apposition after a lowercase role; 'the council' is in the content.",
    },
    {
        "kind": "indirect",
        "segments": ["there was no money to buy it"],
        "speaker": ("Asif Rahman", "person", "[Councillor Asif Rahman], said"),
        "cue": "but [conceded]",
        "level": "named_indirect",
        "stance": "conceding",
        "issue": 3,
        "comment": "Second cue sharing the subject; conceding.",
    },
    {
        "kind": "mixed",
        "segments": [("the news was “gutting”", "“gutting”")],
        "quotes": ["“gutting”"],
        "speaker": ("The Milltowns", "organization", "[The Milltowns], a band"),
        "cue": "[wrote] on Instagram",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "A band speaks as a group: organization, institutional. The definite article is part of the "
            "band's name; the harness ignores a leading article anyway. The one quoted word sits in a "
            "paraphrase, so mixed."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("Campaigners allegedly plan", "on the final night")],
        "speaker": (None, "unknown", None),
        "cue": "Campaigners [allegedly] plan",
        "level": "unattributed",
        "stance": "distancing",
        "hedges": ["allegedly"],
        "issue": 4,
        "comment": (
            "'allegedly' with no one alleging: unattributed, and distancing, as 'allege' is. 'Campaigners' "
            "are the subject of the claim, not its source. The petition title just before is not a quotation."
        ),
    },
]
