# ruff: noqa: E501  (annotation prose: article text and comments read better unwrapped at a few characters over)
"""A bribery trial opens: prosecutors, court filings, a judge's written ruling, a lawyer who will not comment."""

from __future__ import annotations

LABEL = "court-harbour-bribes"
COMMENT = (
    "A court report (issue 17's precision work). Statements: 'prosecutors said' after the content, 'Court "
    "filings show that', a defence lawyer who 'argued' in writing after declining to comment, 'the judge "
    "wrote that' with a quotation, 'records show' after a content that itself holds an action verb "
    "('quashed a … permit'), and 'according to the indictment'. Deliberately NOT statements: 'has pleaded "
    "not guilty', 'declined to comment on Friday', 'In a ruling that upheld the search warrants' (a noun "
    "with a relative clause, not a report), 'Detectives found the ledger' (an action), and 'would not say "
    "which agents …' (a refusal). '58' is an age, not a speaker."
)
EXHAUSTIVE = True
EXPECT = "pass"

TEXT = "\n\n".join(
    [
        "Stellan Marsh, a former harbour master at Port Keel, accepted more than $240,000 from shipping "
        "agents in exchange for priority berths, prosecutors said on Friday as his trial opened at Keel "
        "County Court.",
        "Court filings show that the payments were made in cash and through a consultancy registered to "
        "Mr Marsh’s brother-in-law.",
        "Mr Marsh, 58, has pleaded not guilty. His lawyer, Renata Galloway, declined to comment on Friday, "
        "but in a written response to the indictment she argued that the payments were “legitimate fees "
        "for legitimate advice”.",
        "In a ruling that upheld the search warrants used in the case, Judge Corinne Vasquez wrote that "
        "investigators had acted “within the limits of the law” and that the evidence would be admitted.",
        "The appeals court quashed a separate permit that had allowed Mr Marsh to run a private mooring "
        "business, records show.",
        "Detectives found a ledger of the payments in a safe at his home in 2024, according to the "
        "indictment. Mr Marsh would not say which agents he had dealt with when he was interviewed.",
        "The trial is scheduled to last three weeks.",
    ]
)

STATEMENTS = [
    {
        "kind": "indirect",
        "segments": [("Stellan Marsh, a former harbour master", "priority berths")],
        "speaker": ("Prosecutors", "organization", "berths, [prosecutors] said"),
        "cue": "prosecutors [said] on Friday",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "Content first, tag after. Prosecutors speak for the state on the record: an institution, as "
            "fraud_trial_stances annotates them. The name is compared without case."
            " Fails today: prosecutors are taken for unnamed people."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("the payments were made in cash", "brother-in-law")],
        "speaker": ("Court filings", "organization", "[Court filings] show"),
        "cue": "Court filings [show]",
        "level": "institutional",
        "stance": "endorsing",
        "issue": 3,
        "comment": "A document with a verb documents use: institutional, endorsing.",
    },
    {
        "kind": "mixed",
        "segments": [("the payments were “legitimate fees", "legitimate advice”")],
        "quotes": ["“legitimate fees for legitimate advice”"],
        "speaker": ("Renata Galloway", "person", "indictment [she] argued"),
        "cue": "she [argued] that",
        "level": "named_direct",
        "stance": "distancing",
        "issue": 3,
        "expect": "fail",
        "comment": (
            "'she' is the lawyer, Renata Galloway, not Mr Marsh. The refusal earlier in the sentence "
            "('declined to comment') is no statement; the argument in writing is."
            " Fails today: 'she' is left unresolved."
        ),
    },
    {
        "kind": "mixed",
        "segments": [("investigators had acted “within the limits", "would be admitted")],
        "quotes": ["“within the limits of the law”"],
        "speaker": ("Corinne Vasquez", "person", "[Judge Corinne Vasquez] wrote"),
        "cue": "Vasquez [wrote] that",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Two coordinated that-clauses under 'wrote': one statement. The opening phrase 'a ruling that "
            "upheld the search warrants' is a noun with a relative clause, not a report."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("The appeals court quashed", "mooring business")],
        "speaker": ("records", "organization", "business, [records] show"),
        "cue": "records [show]",
        "level": "institutional",
        "stance": "endorsing",
        "issue": 3,
        "comment": (
            "The content is a whole clause before the tag; the action verb inside it ('quashed a … "
            "permit') is part of the content, not a second statement by the appeals court."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("Detectives found a ledger", "his home in 2024")],
        "speaker": ("indictment", "organization", "according to [the indictment]"),
        "cue": "[according to] the indictment",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": "'according to' a document after the content; 'found a ledger' is inside the content.",
    },
]
