# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""British copy: single quotation marks outside, double inside, and ’ doing duty as apostrophe and close."""

from __future__ import annotations

LABEL = "festival-uk-single-marks"
COMMENT = (
    "British style: ‘...’ for quotations and “...” for a quotation inside one. The right single mark ’ is "
    "also the apostrophe everywhere: council’s, We’ve, rock ’n’ roll, the ’90s, Jones’ (plural-style "
    "possessive), households’ (closing mark straight after an s), Residents’. A pairer that closes on every "
    "’ breaks on nearly every line. The nested “no amplified music after ten” is a nested source (the "
    "council, as reported by Mr Jones). 'Mr Jones' without a full stop is the British second reference."
)
EXHAUSTIVE = True
EXPECT = "fail"

TEXT = "\n\n".join(
    [
        "A Suffolk music festival that has run every summer since the ’90s has been refused a new licence "
        "after complaints about noise, East Suffolk Council’s licensing committee announced on Friday.",
        "Organiser Gareth Jones, 58, said the decision was ‘a kick in the teeth for everyone who has ever "
        "camped in that field’.",
        "‘We’ve had rock ’n’ roll in that meadow for thirty years,’ Mr Jones said, ‘and now the council "
        "tells us “no amplified music after ten”, as if bands finish at teatime.’",
        "The committee’s chair, Councillor Priya Nair, said the panel had heard from ‘more than 140 "
        "households’ and had ‘no choice’ under the Licensing Act.",
        "Residents’ association secretary Helen Marsh said the problem had never been the music. ‘People "
        "think we’re against fun,’ she said.",
        "‘We’re against four thousand cars on a lane built for tractors.’",
        "The festival is held on Jones’ farm outside Framlingham. Mr Jones confirmed that he would appeal, "
        "and said the fight would be ‘the last one, win or lose’.",
        "A council spokesperson said the authority ‘does not comment on live appeals’.",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("A Suffolk music festival", "complaints about noise")],
        "speaker": (
            "East Suffolk Council’s licensing committee",
            "organization",
            "[East Suffolk Council’s licensing committee] announced",
        ),
        "cue": "committee [announced] on Friday",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Sentence-final cue with a time adjunct. The speaker is the committee, a body of the council; "
            "the possessive ’s inside the name is an apostrophe, not a closing mark."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the decision was ‘a kick", "in that field’")],
        "quotes": [("‘a kick in the teeth", "in that field’")],
        "speaker": ("Gareth Jones", "person", "[Organiser Gareth Jones], 58"),
        "cue": "58, [said] the decision",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Mixed: 'the decision was' is the paper's paraphrase, the rest his words. Level named_direct "
            "because the statement carries a named person's words in marks. The full stop is outside the "
            "closing mark (British style) and outside the content."
        ),
    },
    {
        "kind": "direct",
        "segments": [
            "We’ve had rock ’n’ roll in that meadow for thirty years,",
            ("and now the council tells us", "as if bands finish at teatime."),
        ],
        "speaker": ("Gareth Jones", "person", "[Mr Jones] said, ‘and"),
        "cue": "Mr Jones [said], ‘and",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "Split quote in single marks with a lowercase continuation. Inside the first piece: We’ve and "
            "’n’ are apostrophes; the piece closes only at ’ after 'years,'. The second piece holds a nested "
            "double-quoted source and closes after 'teatime.'."
        ),
    },
    {
        "kind": "direct",
        "segments": ["no amplified music after ten"],
        "speaker": ("East Suffolk Council", "organization", "now [the council] tells us"),
        "cue": "the council [tells] us",
        "level": "institutional",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "The inner quotation is a nested source: the council's words as Mr Jones reports them. The chain "
            "is as strong as its weakest link, here the institution. 'the council' resolves to East Suffolk "
            "Council, named only as a possessive modifier in the first paragraph."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("the panel had heard from", "under the Licensing Act")],
        "quotes": [("‘more than 140", "households’"), "‘no choice’"],
        "speaker": ("Priya Nair", "person", "[Councillor Priya Nair], said"),
        "cue": "Priya Nair, [said] the panel",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Two quoted fragments in one paraphrase. 'households’' is the trap: ’ right after an s could be "
            "a plural possessive, but here it closes the quotation. The name follows a lowercase role in "
            "apposition ('The committee’s chair,') and carries a capitalized title, dropped from the name."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["the problem had never been the music"],
        "speaker": ("Helen Marsh", "person", "secretary [Helen Marsh] said"),
        "cue": "Helen Marsh [said] the problem",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "comment": "'Residents’' opens the sentence with an apostrophe that must not open a quotation.",
    },
    {
        "kind": "direct",
        "segments": ["People think we’re against fun,"],
        "speaker": ("Helen Marsh", "person", "[she] said.\n"),
        "cue": "she [said].\n",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "Pronoun to the nearest compatible speaker: Helen Marsh, not Priya Nair.",
    },
    {
        "kind": "direct",
        "segments": ["We’re against four thousand cars on a lane built for tractors."],
        "speaker": ("Helen Marsh", "person", "[she] said.\n"),
        "cue": None,
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "A quotation standing alone as a paragraph, straight after the speaker's previous quote: news "
            "convention gives it to the same speaker. It has no cue of its own, so the mention is the one that "
            "attributed the quote before it ('she'). It must be reported even if no speaker is found."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["he would appeal"],
        "speaker": ("Gareth Jones", "person", "[Mr Jones] confirmed"),
        "cue": "Mr Jones [confirmed]",
        "level": "named_indirect",
        "stance": "endorsing",
        "issue": 3,
        "expect": "fail",
        "comment": "'Jones’ farm' just before is a possessive, not a quotation. 'confirmed' is endorsing.",
    },
    {
        "kind": "mixed",
        "segments": [("the fight would be", "win or lose’")],
        "quotes": ["‘the last one, win or lose’"],
        "speaker": ("Gareth Jones", "person", "[Mr Jones] confirmed"),
        "cue": "and [said] the fight",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "A second cue sharing the subject of the first: the mention is the same 'Mr Jones'.",
    },
    {
        "kind": "mixed",
        "segments": [("the authority ‘does not", "live appeals’")],
        "quotes": ["‘does not comment on live appeals’"],
        "speaker": ("East Suffolk Council", "organization", "[A council spokesperson] said"),
        "cue": "spokesperson [said] the authority",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Borderline speaker: an unnamed spokesperson speaking officially for the council. Annotated as the "
            "organization (institutional), not as an anonymous source: the person is not withholding a name "
            "to say something unofficial, they are the council's voice. 'council' resolves to East Suffolk "
            "Council."
        ),
    },
]
