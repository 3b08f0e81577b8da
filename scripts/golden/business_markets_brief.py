# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A markets round-up in the wire style: capitalized headings, figures, a company statement, analysts."""

from __future__ import annotations

LABEL = "business-markets-brief"
COMMENT = (
    "A business brief (issue 17's precision work) whose paragraphs open with 'MARKETS:', 'EARNINGS:', "
    "'CURRENCIES:' and 'COMMODITIES:' headings: a heading is never a speaker and the words after its colon "
    "are not a quotation. Statements: a company 'said in a statement', a chief executive 'told analysts', "
    "analysts at a named firm (described by affiliation), a central banker's partial quote, a vague group "
    "('Traders'). Deliberately NOT statements: 'reported a 12 per cent rise' and 'raised its full-year "
    "forecast' (verbs with plain noun objects), 'several shareholders supported the plan', 'The board has "
    "expressed a willingness to …' (a reporting noun with no reported content), and every figure."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "MARKETS: European shares closed higher on Wednesday, with the Stoxx 600 up 0.8 per cent, as "
        "investors welcomed softer inflation figures from Germany.",
        "EARNINGS: Halvard Foods reported a 12 per cent rise in first-half operating profit, to €412 "
        "million, and raised its full-year forecast. The company said in a statement that demand for its "
        "frozen ranges had “held up better than expected” despite higher prices.",
        "Chief executive Maren Solberg told analysts on a call that price increases would “level off” in "
        "the second half. Several shareholders supported the plan to return €150 million through a "
        "buyback, and the board has expressed a willingness to go further next year.",
        "Analysts at Brennholt Securities said the results were stronger than consensus, but warned that "
        "input costs remained a risk. Halvard shares rose 6.4 per cent to €38.10.",
        "CURRENCIES: The euro slipped 0.3 per cent to $1.0840 after Pieter Vos, a member of the European "
        "Central Bank’s governing council, said it was “far too early” to talk about cutting interest "
        "rates.",
        "COMMODITIES: Brent crude fell 1.2 per cent to $81.40 a barrel. Traders said supply from the "
        "North Sea had recovered faster than expected after maintenance.",
    ]
)

STATEMENTS = [
    {
        "kind": "mixed",
        "segments": [("demand for its frozen ranges", "despite higher prices")],
        "quotes": ["“held up better than expected”"],
        "speaker": ("Halvard Foods", "organization", "[The company] said in a statement"),
        "cue": "The company [said] in",
        "level": "institutional",
        "stance": "neutral",
        "issue": 17,
        "expect": "fail",
        "comment": (
            "'The company' is Halvard Foods, named in the sentence before (which is itself no statement: "
            "'reported a … rise' has a noun object)."
            " Fails today: the 'EARNINGS:' heading is read as a speaker whose colon quote swallows the paragraph."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("price increases would “level off”", "the second half")],
        "quotes": ["“level off”"],
        "speaker": ("Maren Solberg", "person", "Chief executive [Maren Solberg] told"),
        "cue": "Maren Solberg [told] analysts",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "'told analysts on a call that …': the hearers and the channel stand between cue and content. "
            "Two quoted words: named_direct."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["the results were stronger than consensus"],
        "speaker": ("Analysts at Brennholt Securities", "anonymous", "[Analysts at Brennholt Securities] said"),
        "cue": "Securities [said] the results",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Unnamed analysts placed by their firm: an affiliation describes them (docs/attribution.md: "
            "'analysts at the central bank')."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["input costs remained a risk"],
        "speaker": ("Analysts at Brennholt Securities", "anonymous", "[Analysts at Brennholt Securities] said"),
        "cue": "but [warned] that",
        "level": "anonymous_described",
        "stance": "neutral",
        "issue": 3,
        "comment": "A second cue sharing the subject of the first.",
    },
    {
        "kind": "mixed",
        "segments": [("it was “far too early”", "cutting interest rates")],
        "quotes": ["“far too early”"],
        "speaker": ("Pieter Vos", "person", "after [Pieter Vos], a member"),
        "cue": "council, [said] it was",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 17,
        "expect": "pass",
        "comment": (
            "The statement sits in an 'after' clause of a market move; the speaker's long appositive "
            "(with the bank's name) stands between him and the cue. The bank is not the speaker, and "
            "the 'CURRENCIES:' heading is not the speaker of the whole paragraph."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("supply from the North Sea", "after maintenance")],
        "speaker": ("Traders", "anonymous", "[Traders] said"),
        "cue": "Traders [said]",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 17,
        "expect": "fail",
        "comment": "A vague group with no affiliation: anonymous. The heading 'COMMODITIES' is not a source. Fails today: the 'COMMODITIES:' heading is read as the speaker of the whole paragraph.",
    },
]
