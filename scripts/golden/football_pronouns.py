# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A football story with four speakers, pronouns of both genders, a club statement, a tweet and a post."""

from __future__ import annotations

LABEL = "football-pronouns-channels"
COMMENT = (
    "Pronoun resolution with competing antecedents: 'She' must go to Joanna Pike, not to the sacked Colm "
    "Brady; 'he' after Dean Okoro's quote is Okoro even though the quote itself says 'He' of Brady. "
    "Channels: a statement released by the club, Instagram, a tweet with a colon, a radio interview. "
    "'He thanked the players' is an act, not a statement."
)
EXHAUSTIVE = True
EXPECT = "fail"

TEXT = "\n\n".join(
    [
        "Riverside United sacked manager Colm Brady on Sunday, hours after a 4-0 home defeat to Ashford Town "
        "left the club bottom of the league.",
        "“Colm has given everything to this club, but results have not been good enough,” chairwoman Joanna "
        "Pike said in a statement released by the club.",
        "Brady, who won promotion in his first season, posted on Instagram that he was “heartbroken but "
        "proud.” He thanked the players and said he would “always be a Riverside fan.”",
        "Pike said the search for a replacement would begin immediately. She added that the board had “no "
        "interest” in appointing a caretaker.",
        "Ashford’s captain, Lewis Tan, tweeted after the match: “Feel for Colm. Good man, tough business.”",
        "According to the league, Riverside have conceded 41 goals in 19 matches, the most in the division.",
        "Former Riverside striker Dean Okoro told BBC Radio Leeds the decision was “harsh but fair”. “He lost "
        "the dressing room weeks ago,” he said.",
        "The club is reportedly in talks with former Ashford coach Mia Lund.",
    ]
)

STATEMENTS = [
    {
        "kind": "direct",
        "segments": [("Colm has given everything", "not been good enough,")],
        "speaker": ("Joanna Pike", "person", "chairwoman [Joanna Pike] said"),
        "cue": "Pike [said] in a statement",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "Speaker after the quote with a lowercase role. A named person's words in a club statement are "
            "named_direct; 'Colm' inside the quote is the subject, not the speaker."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("he was “heartbroken", "proud.”")],
        "quotes": ["“heartbroken but proud.”"],
        "speaker": ("Colm Brady", "person", "[Brady], who won"),
        "cue": "[posted] on Instagram",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "'posted on Instagram that' is a cue with a channel; the speaker is separated by a relative clause.",
    },
    {
        "kind": "mixed",
        "segments": [("he would “always", "Riverside fan.”")],
        "quotes": ["“always be a Riverside fan.”"],
        "speaker": ("Colm Brady", "person", "[He] thanked"),
        "cue": "and [said] he would",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "'He' opens the sentence and is the subject of both 'thanked' (an act) and 'said'.",
    },
    {
        "kind": "indirect",
        "segments": [("the search for a replacement", "begin immediately")],
        "speaker": ("Joanna Pike", "person", "[Pike] said the search"),
        "cue": "Pike [said] the search",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "comment": "Surname second reference.",
    },
    {
        "kind": "mixed",
        "segments": [("the board had “no", "appointing a caretaker")],
        "quotes": ["“no interest”"],
        "speaker": ("Joanna Pike", "person", "[She] added"),
        "cue": "She [added]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": "'She' must resolve by gender to Joanna Pike, though Colm Brady is mentioned in between.",
    },
    {
        "kind": "direct",
        "segments": ["Feel for Colm. Good man, tough business."],
        "speaker": ("Lewis Tan", "person", "captain, [Lewis Tan], tweeted"),
        "cue": "Lewis Tan, [tweeted]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "'tweeted after the match:' with a colon before the quote; 'Ashford’s' holds an apostrophe.",
    },
    {
        "kind": "indirect",
        "segments": [("Riverside have conceded", "the most in the division")],
        "speaker": ("league", "organization", "According to [the league]"),
        "cue": "[According to] the league",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": "'According to' an organization, before the content.",
    },
    {
        "kind": "mixed",
        "segments": [("the decision was “harsh", "but fair”")],
        "quotes": ["“harsh but fair”"],
        "speaker": ("Dean Okoro", "person", "striker [Dean Okoro] told"),
        "cue": "Dean Okoro [told] BBC Radio Leeds",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "'told BBC Radio Leeds' is the channel; the content follows without 'that'.",
    },
    {
        "kind": "direct",
        "segments": ["He lost the dressing room weeks ago,"],
        "speaker": ("Dean Okoro", "person", "ago,” [he] said"),
        "cue": "ago,” he [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "The 'He' inside the quote is Brady; the 'he' of the tag is Okoro, the last speaker. A resolver "
            "that takes the nearest masculine mention inside the quote gets it wrong."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("The club is reportedly in talks", "Mia Lund")],
        "speaker": (None, "unknown", None),
        "cue": None,
        "level": "unattributed",
        "stance": "neutral",
        "hedges": ["reportedly"],
        "issue": 4,
        "comment": "Hedged with no source: unattributed.",
    },
]
