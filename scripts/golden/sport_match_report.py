# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A football match report with post-match quotes, and the action verbs a match report is full of."""

from __future__ import annotations

LABEL = "sport-match-report"
COMMENT = (
    "A match report (issue 17's precision work): post-match quotes from both managers and the scorer, a "
    "partial quote after 'said', a colon quote, a confirmation with a that-clause. Deliberately NOT "
    "statements: actions with plain noun objects ('penalised Marcus Ibe', 'The visitors challenged the "
    "call', 'supporters backed the manager'), a knowledge verb with no reported content ('Ibe knew exactly "
    "what he had done'), a refusal ('would not say which players had picked up knocks'), a scoreline "
    "heading and an attendance figure (a number is never a speaker)."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "Harbour United 2 Kestrel Town 1",
        "Harbour United came from behind to beat Kestrel Town at Quayside Park on Saturday, with the "
        "substitute Tomás Ferreira heading the winner four minutes from time.",
        "Kestrel led through a first-half penalty from their captain, Ollie Brandt, after the referee, "
        "Nadia Clarke, penalised Marcus Ibe for a trip in the box. The visitors challenged the call at "
        "half-time, and Ibe knew exactly what he had done.",
        "United’s manager, Gemma Hart, said her side had been “far too polite” for 45 minutes. “Nobody "
        "remembers a team that plays nicely and loses,” Hart said.",
        "Ferreira, who joined from Porto Alegre in January, said he had dedicated the goal to his "
        "grandmother. “She watches every game on her phone in Brazil. Tonight she will not sleep,” he said.",
        "Kestrel’s manager, Dean Rowley, would not say which players had picked up knocks, but confirmed "
        "that Brandt would miss next week’s cup tie with a hamstring strain. Asked about the penalty, he "
        "said: “It was a penalty. We just didn’t deserve anything after it.”",
        "The travelling supporters backed the manager throughout, singing his name long after the final "
        "whistle.",
        "The result lifts United to fourth in the table, three points behind Fenwick Rovers, who play on "
        "Sunday.",
        "Attendance: 11,482.",
    ]
)

STATEMENTS = [
    {
        "kind": "mixed",
        "segments": [("her side had been “far too polite”", "for 45 minutes")],
        "quotes": ["“far too polite”"],
        "speaker": ("Gemma Hart", "person", "manager, [Gemma Hart], said"),
        "cue": "Gemma Hart, [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": "A partial quote of three words inside a that-less clause: named_direct.",
    },
    {
        "kind": "direct",
        "segments": ["Nobody remembers a team that plays nicely and loses,"],
        "speaker": ("Gemma Hart", "person", "loses,” [Hart] said"),
        "cue": "Hart [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "Second reference by surname alone; the canonical name is the fullest form.",
    },
    {
        "kind": "indirect",
        "segments": ["he had dedicated the goal to his grandmother"],
        "speaker": ("Tomás Ferreira", "person", "[Ferreira], who joined"),
        "cue": "January, [said] he",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "The cue follows a relative clause about the speaker; 'Porto Alegre' is not a speaker. Fails today: the name stays 'Ferreira', not the fullest form.",
    },
    {
        "kind": "direct",
        "segments": ["She watches every game on her phone in Brazil. Tonight she will not sleep,"],
        "speaker": ("Tomás Ferreira", "person", "sleep,” [he] said"),
        "cue": "sleep,” he [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "Two sentences inside one pair of marks: one segment. 'he' is Ferreira. Fails today: the name stays 'Ferreira', not the fullest form.",
    },
    {
        "kind": "indirect",
        "segments": [("Brandt would miss", "hamstring strain")],
        "speaker": ("Dean Rowley", "person", "manager, [Dean Rowley], would"),
        "cue": "but [confirmed] that",
        "level": "named_indirect",
        "stance": "endorsing",
        "issue": 17,
        "expect": "fail",
        "comment": (
            "The second verb of a subject whose first verb phrase is a refusal ('would not say which …'): "
            "the refusal is not a statement, the confirmation is."
            " Fails today: the refusal 'would not say which …' is read as a report whose content swallows the confirmation."
        ),
    },
    {
        "kind": "direct",
        "segments": ["It was a penalty. We just didn’t deserve anything after it."],
        "speaker": ("Dean Rowley", "person", "penalty, [he] said"),
        "cue": "he [said:] “It",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "A colon quote after a participle clause ('Asked about the penalty'); 'he' is Rowley.",
    },
]
