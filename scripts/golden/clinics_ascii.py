# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""Plain ASCII copy: straight marks for everything, scare quotes, a report title, AP surname references."""

from __future__ import annotations

LABEL = "clinics-ascii-scare-quotes"
COMMENT = (
    "Every mark is a straight \" or ', so direction must come from context. Not statements: the scare quote "
    'in so-called "wellness" clinics (no cue, one word, \'so-called\'), the report title "Needles and '
    "Promises: Unregulated Clinics in Arizona,\" and the 'wellness' scare quote inside a quotation (single "
    "straight marks that are not a nested source). Straight apostrophes: clinics' (plural possessive), "
    "doesn't, Stall's. AP style: 'Dr.' title on first reference, bare surname afterwards."
)
EXHAUSTIVE = True
EXPECT = "fail"

TEXT = "\n\n".join(
    [
        'State health officials on Monday ordered the closure of three so-called "wellness" clinics in Pima '
        "County that had been selling unapproved injections.",
        '"These clinics were charging people $400 a shot," said Dr. Amina Farouk, the state epidemiologist, '
        '"for something that has never been tested in humans."',
        "Farouk said her office had received 23 complaints since January, including two from patients who "
        "were hospitalized.",
        "The clinics' owner, Derek Stall, said in an email that the injections were \"a supplement, not a "
        'drug" and that patients "knew exactly what they were paying for."',
        'Stall\'s lawyer, Nina Castellanos, said her client would "fight this in court," adding: "The state '
        "doesn't get to decide what 'wellness' means.\"",
        'The department\'s report, "Needles and Promises: Unregulated Clinics in Arizona," was published last '
        "year and warned of exactly this, Farouk said.",
        "One patient, who asked that her name not be used, told the newspaper that staff had promised the "
        'shots would "reset" her immune system.',
    ]
)

STATEMENTS = [
    {
        "kind": "direct",
        "segments": [
            "These clinics were charging people $400 a shot,",
            "for something that has never been tested in humans.",
        ],
        "speaker": ("Amina Farouk", "person", "said [Dr. Amina Farouk], the"),
        "cue": "[said] Dr. Amina",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "Split quote in straight marks around an inverted tag with 'Dr.' and a lowercase apposition.",
    },
    {
        "kind": "indirect",
        "segments": [("her office had received", "were hospitalized")],
        "speaker": ("Amina Farouk", "person", "[Farouk] said her office"),
        "cue": "Farouk [said] her office",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "comment": "AP second reference: the bare surname resolves to Amina Farouk.",
    },
    {
        "kind": "mixed",
        "segments": [('the injections were "a supplement', 'paying for."')],
        "quotes": ['"a supplement, not a drug"', '"knew exactly what they were paying for."'],
        "speaker": ("Derek Stall", "person", "owner, [Derek Stall], said"),
        "cue": "Derek Stall, [said] in an email",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Two that-clauses under one cue, each holding a partial quote: one mixed statement. 'clinics'' "
            "before the name ends in a straight apostrophe that must not open a quotation."
        ),
    },
    {
        "kind": "mixed",
        "segments": [('her client would "fight', 'in court,"')],
        "quotes": ['"fight this in court,"'],
        "speaker": ("Nina Castellanos", "person", "lawyer, [Nina Castellanos], said"),
        "cue": "Castellanos, [said] her client",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": "'Stall's lawyer' names Stall, but the speaker is Castellanos, in apposition.",
    },
    {
        "kind": "direct",
        "segments": ["The state doesn't get to decide what 'wellness' means."],
        "speaker": ("Nina Castellanos", "person", "lawyer, [Nina Castellanos], said"),
        "cue": '[adding:] "The state',
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "Inside the quotation, 'wellness' in straight single marks is a scare quote (she is mocking the "
            "word), not a nested source, and doesn't holds a straight apostrophe. Neither may end the outer "
            "quotation early."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("The department's report", "warned of exactly this")],
        "speaker": ("Amina Farouk", "person", "this, [Farouk] said"),
        "cue": "this, Farouk [said]",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Indirect, not mixed: the marks in the content enclose a title of a work, not anyone's words. "
            "An extractor that reports the title as a quotation fails the spurious-quote test."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("staff had promised", "her immune system")],
        "quotes": ['"reset"'],
        "speaker": ("one patient", "anonymous", "[One patient], who asked"),
        "cue": "used, [told] the newspaper",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Described anonymous source: number (one), role (patient) and a reason ('asked that her name not "
            "be used'). The quoted word is the clinic staff's, relayed by her: a nested source left inside "
            "this statement rather than annotated separately, since 'staff had promised' is her account."
        ),
    },
]
