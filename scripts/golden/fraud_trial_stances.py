# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A court report that uses every reporting-verb stance, and documents as sources."""

from __future__ import annotations

LABEL = "fraud-trial-stances"
COMMENT = (
    "One verb per stance: admitted and conceded (conceding), show and confirmed (endorsing), alleged "
    "(distancing), denied (denial), suggested and believes (tentative), told and according to (neutral). "
    "Documents ('Court filings', 'the court listing') speak as institutions. Not annotated: 'Mr Osei, 61, "
    "rejected that account' (a denial whose content is only an anaphor to the previous paragraph) and "
    "'declined to comment further' (no content)."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "Former finance director Alison Graves admitted in court on Tuesday that she had moved £2.3 million "
        "of company money into an account controlled by her husband.",
        "Court filings show that the transfers were made over 14 months.",
        "Prosecutors alleged that Ms Graves had forged the signature of the company’s chief executive, "
        "Raymond Osei, on at least six transfer orders.",
        "Ms Graves denied forging anything. “I signed my own name on every document, and Raymond knew,” she "
        "told the jury.",
        "Mr Osei, 61, rejected that account. He conceded that he had “not read every page” of the monthly "
        "reports, but said he “would never have approved payments to a stranger’s account.”",
        "The defence suggested that the company’s auditors, Hale & Partners, should have noticed the "
        "transfers. Hale & Partners confirmed that it had been contacted by police but declined to comment "
        "further.",
        "Detective Sergeant Lucy Marr, who led the investigation, believes Ms Graves acted alone.",
        "The trial continues. According to the court listing, a verdict is expected next week.",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("she had moved £2.3 million", "controlled by her husband")],
        "speaker": ("Alison Graves", "person", "director [Alison Graves] admitted"),
        "cue": "Alison Graves [admitted]",
        "level": "named_indirect",
        "stance": "conceding",
        "issue": 3,
        "comment": "'in court on Tuesday' sits between cue and content; it is framing, not content.",
    },
    {
        "kind": "indirect",
        "segments": ["the transfers were made over 14 months"],
        "speaker": ("Court filings", "organization", "[Court filings] show"),
        "cue": "Court filings [show]",
        "level": "institutional",
        "stance": "endorsing",
        "issue": 3,
        "comment": (
            "A document as source (DOMAIN: 'court filings show' is institutional). There is no document "
            "speaker kind, so it is an organization; 'show' is endorsing."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("Ms Graves had forged", "six transfer orders")],
        "speaker": ("Prosecutors", "organization", "[Prosecutors] alleged"),
        "cue": "Prosecutors [alleged]",
        "level": "institutional",
        "stance": "distancing",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Borderline speaker: 'Prosecutors' speak for the Crown in open court, on the record, so they are "
            "annotated as an institution, not as a vague anonymous group like 'critics'."
        ),
    },
    {
        "kind": "indirect",
        "segments": ["forging anything"],
        "speaker": ("Alison Graves", "person", "[Ms Graves] denied"),
        "cue": "Ms Graves [denied]",
        "level": "named_indirect",
        "stance": "denial",
        "issue": 3,
        "comment": "A denial whose content is a gerund phrase, not a that-clause.",
    },
    {
        "kind": "direct",
        "segments": ["I signed my own name on every document, and Raymond knew,"],
        "speaker": ("Alison Graves", "person", "[she] told the jury"),
        "cue": "she [told] the jury",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "'Raymond' inside the quote is not the speaker; 'she' resolves to Alison Graves.",
    },
    {
        "kind": "mixed",
        "segments": [("he had “not read every page”", "of the monthly reports")],
        "quotes": ["“not read every page”"],
        "speaker": ("Raymond Osei", "person", "[He] conceded"),
        "cue": "He [conceded]",
        "level": "named_direct",
        "stance": "conceding",
        "issue": 3,
        "comment": (
            "'He' resolves to Raymond Osei ('Mr Osei' in the sentence before), whose fullest form appeared "
            "in apposition inside someone else's allegation."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("he “would never have approved", "stranger’s account.”")],
        "quotes": [("“would never have approved", "stranger’s account.”")],
        "speaker": ("Raymond Osei", "person", "[He] conceded"),
        "cue": "but [said] he",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "Shares the subject 'He' with the concession; ’ in stranger’s is an apostrophe inside the quote.",
    },
    {
        "kind": "indirect",
        "segments": [("the company’s auditors", "noticed the transfers")],
        "speaker": ("defence", "organization", "[The defence] suggested"),
        "cue": "The defence [suggested]",
        "level": "institutional",
        "stance": "tentative",
        "issue": 3,
        "expect": "fail",
        "comment": "The defence team speaks on the record as a body; 'suggested' is tentative.",
    },
    {
        "kind": "indirect",
        "segments": ["it had been contacted by police"],
        "speaker": ("Hale & Partners", "organization", "transfers. [Hale & Partners] confirmed"),
        "cue": "Partners [confirmed]",
        "level": "institutional",
        "stance": "endorsing",
        "issue": 3,
        "expect": "fail",
        "comment": "A firm's name with an ampersand; 'confirmed' is endorsing.",
    },
    {
        "kind": "indirect",
        "segments": ["Ms Graves acted alone"],
        "speaker": ("Lucy Marr", "person", "[Detective Sergeant Lucy Marr], who"),
        "cue": "investigation, [believes]",
        "level": "named_indirect",
        "stance": "tentative",
        "issue": 3,
        "comment": "A belief cue in the present tense, far from its subject; a two-word rank title is dropped.",
    },
    {
        "kind": "indirect",
        "segments": ["a verdict is expected next week"],
        "speaker": ("court listing", "organization", "According to [the court listing]"),
        "cue": "[According to] the court",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": "'According to' a document, before the content.",
    },
]
