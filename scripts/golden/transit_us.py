# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""US local news: curly marks, an inverted split quote, Mr./Ms. second references, partial quotes, a title."""

from __future__ import annotations

LABEL = "transit-us-curly-split"
COMMENT = (
    "American copy with curly marks and full stops inside closing marks. Exercises: a split quote with the "
    "inverted speaker and a capitalized title between the pieces; a lowercase continuation after 'she said,'; "
    "'Mr.'/'Ms.' second references; a partial quote after 'called'; 'said X, a spokeswoman for ...'; an "
    "organization that says something in a statement and, in a participle, calls it something in quotes; "
    "stances insisted (distancing), denied (denial), acknowledged (endorsing). The newspaper series title "
    "“Last Bus Home,” is a title of a work, not speech, and must not be reported."
)
EXHAUSTIVE = True
EXPECT = "fail"

TEXT = "\n\n".join(
    [
        "The Harbor City Council voted 7-2 on Wednesday to cut late-night bus service on four routes, a "
        "decision that drew sharp criticism from riders and labor groups.",
        "“We are not abandoning anyone,” said Council President Daniel Haddad, who sponsored the measure, "
        "“we are matching buses to the people who actually ride them.”",
        "Mr. Haddad insisted that the cuts would save the city about $4 million a year.",
        "Councilwoman Teresa Lindqvist, one of the two members who voted no, called the plan “dead on arrival.”",
        "“Nobody on this council has ridden the 41 after midnight,” she said, “and I have, many times.”",
        "The Harbor City Transit Authority denied that ridership figures had been chosen to favor the cuts. "
        "“The numbers are the numbers,” said Maria Ortega, a spokeswoman for the authority.",
        "Ms. Ortega acknowledged that two of the four routes had gained riders since 2022.",
        "The Amalgamated Transit Union said in a statement that it would ask a judge to block the cuts, "
        "calling them “a betrayal of the workers who kept this city moving through the pandemic.”",
        "The vote came a week after the Harbor Ledger published “Last Bus Home,” a series on overnight "
        "workers, and after riders packed a hearing that ran past midnight.",
        "Mr. Haddad said he would revisit the routes in a year.",
    ]
)

STATEMENTS = [
    {
        "kind": "direct",
        "segments": ["We are not abandoning anyone,", ("we are matching buses", "actually ride them.")],
        "speaker": ("Daniel Haddad", "person", "said [Council President Daniel Haddad], who"),
        "cue": "[said] Council President",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "Split quote: one statement, two segments. The tag is inverted ('said X') with a capitalized "
            "title and a relative clause before the second piece, which starts lowercase."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("the cuts would save the city", "about $4 million a year")],
        "speaker": ("Daniel Haddad", "person", "[Mr. Haddad] insisted"),
        "cue": "Mr. Haddad [insisted]",
        "level": "named_indirect",
        "stance": "distancing",
        "issue": 3,
        "comment": "'Mr.' with a full stop must not end the sentence; 'insisted' is distancing.",
    },
    {
        "kind": "direct",
        "segments": ["dead on arrival."],
        "speaker": ("Teresa Lindqvist", "person", "[Councilwoman Teresa Lindqvist], one"),
        "cue": "[called] the plan",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "Partial quote after 'called the plan': the quoted phrase is the whole content, so direct (as "
            "Trump's in the seed). The full stop is inside the marks in American style, so inside the segment."
        ),
    },
    {
        "kind": "direct",
        "segments": [("Nobody on this council", "after midnight,"), "and I have, many times."],
        "speaker": ("Teresa Lindqvist", "person", "[she] said, “and"),
        "cue": "she [said], “and",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "Split quote with a pronoun; 'she' must go to Lindqvist, the only woman named so far.",
    },
    {
        "kind": "indirect",
        "segments": ["ridership figures had been chosen to favor the cuts"],
        "speaker": (
            "Harbor City Transit Authority",
            "organization",
            "[The Harbor City Transit Authority] denied",
        ),
        "cue": "Transit Authority [denied]",
        "level": "institutional",
        "stance": "denial",
        "issue": 3,
        "comment": "An organization denying: institutional, stance denial (the content's polarity is reversed).",
    },
    {
        "kind": "direct",
        "segments": ["The numbers are the numbers,"],
        "speaker": ("Maria Ortega", "person", "said [Maria Ortega], a spokeswoman"),
        "cue": "[said] Maria Ortega",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "Inverted 'said X, a spokeswoman for ...': a named person who speaks for an organization is still "
            "named_direct; the lowercase apposition is not part of the name."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("two of the four routes", "since 2022")],
        "speaker": ("Maria Ortega", "person", "[Ms. Ortega] acknowledged"),
        "cue": "Ms. Ortega [acknowledged]",
        "level": "named_indirect",
        "stance": "endorsing",
        "issue": 3,
        "comment": "'Ms. Ortega' resolves to Maria Ortega; 'acknowledged' is endorsing.",
    },
    {
        "kind": "indirect",
        "segments": ["it would ask a judge to block the cuts"],
        "speaker": ("Amalgamated Transit Union", "organization", "[The Amalgamated Transit Union] said"),
        "cue": "Transit Union [said] in a statement",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": "Content ends at the comma: the participle 'calling them ...' is a statement of its own.",
    },
    {
        "kind": "direct",
        "segments": [("a betrayal of the workers", "through the pandemic.")],
        "speaker": ("Amalgamated Transit Union", "organization", "[The Amalgamated Transit Union] said"),
        "cue": "[calling] them",
        "level": "institutional",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "A participle cue ('calling them “...”') shares the subject of the main clause, so the mention is "
            "the union's, at the start of the sentence."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["he would revisit the routes in a year"],
        "speaker": ("Daniel Haddad", "person", "[Mr. Haddad] said he"),
        "cue": "Mr. Haddad [said] he",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "comment": "A second reference far from the first; the canonical name is still the fullest form.",
    },
]
