# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A transport committee approves a bus lane after a court quashed the first scheme."""

from __future__ import annotations

LABEL = "council-bus-lane"
COMMENT = (
    "Local-government copy (issue 17's precision work). Statements: a committee chair's paraphrase holding "
    "a quotation, a council press office, a traders' association and its chairman's colon quote, and a "
    "force spokesperson. Deliberately NOT statements: 'the High Court quashed the permit', 'Police "
    "established a perimeter', 'The committee approved a bus lane' (actions with noun objects), "
    "'Councillor Brian Fahey knew when he first proposed the cameras that …' (knowledge, the writer's "
    "assertion about his mind, not his words), and 'He would not say which roads …' (a refusal)."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "The city’s transport committee on Thursday approved a bus lane on Corran Road, eight months after "
        "the High Court quashed the permit for an earlier scheme.",
        "The committee’s chair, Fiona Dalgleish, said the new design answered “every concern the judge "
        "raised” and would cut journey times on the number 14 route by up to six minutes.",
        "The council’s press office said work would begin in April and last about ten weeks.",
        "The Corran Road Traders’ Association said the lane would remove 40 parking spaces its members "
        "relied on. Its chairman, Sunil Mehra, said: “Nobody asked us. We found out from a leaflet.”",
        "Police established a perimeter around the city chambers during the meeting after a small "
        "protest, and a spokesperson for the force said no arrests had been made.",
        "The committee also discussed speed cameras. Councillor Brian Fahey knew when he first proposed the "
        "cameras that they would be unpopular. He would not say which roads would get them first.",
    ]
)

STATEMENTS = [
    {
        "kind": "mixed",
        "segments": [("the new design answered “every concern", "by up to six minutes")],
        "quotes": ["“every concern the judge raised”"],
        "speaker": ("Fiona Dalgleish", "person", "chair, [Fiona Dalgleish], said"),
        "cue": "Fiona Dalgleish, [said]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "One clause with two coordinated predicates. 'the judge' inside the quotation is not a speaker."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["work would begin in April and last about ten weeks"],
        "speaker": ("council’s press office", "organization", "[The council’s press office] said"),
        "cue": "press office [said]",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": "A press office speaks for its body: institutional; the name is the office as written.",
    },
    {
        "kind": "indirect",
        "segments": ["the lane would remove 40 parking spaces its members relied on"],
        "speaker": (
            "Corran Road Traders’ Association",
            "organization",
            "The [Corran Road Traders’ Association] said",
        ),
        "cue": "Association [said] the lane",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": "An association with a possessive apostrophe in its name; '40' is not a speaker.",
    },
    {
        "kind": "direct",
        "segments": ["Nobody asked us. We found out from a leaflet."],
        "speaker": ("Sunil Mehra", "person", "chairman, [Sunil Mehra], said"),
        "cue": "Sunil Mehra, [said:]",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "A colon quote of two sentences, one segment; 'Its chairman' places him.",
    },
    {
        "kind": "indirect",
        "segments": ["no arrests had been made"],
        "speaker": ("force", "organization", "[a spokesperson for the force] said"),
        "cue": "the force [said]",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "An unnamed spokesperson for a body speaks for it: institutional, the body's name as written "
            "('the force', the police). The first clause of the sentence ('Police established a "
            "perimeter') is an action, not a statement."
            " Fails today: the name is the spokesperson phrase, not the force."
        ),
    },
]
