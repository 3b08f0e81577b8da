"""The human annotation of seeds/000_6a3cf512a1b1602a.txt (The National, Gaza talks, May 2025)."""

from __future__ import annotations

LABEL = "seed-000-gaza-talks"
SOURCE = "000_6a3cf512a1b1602a.txt"
COMMENT = (
    "The seed article: 7 quotations (Hamas's one-word 'pivotal' inside a mixed statement, four of Walid "
    "Kilani's, Hamas's statement, Donald Trump's partial quote), 5 indirect statements (Hamas, Kilani, three "
    "anonymous) and one hedged assertion. Two quotations open with a curly mark and close with a straight "
    "one. "
    "Not annotated as statements: 'It also provides for ...' (a continuation of the sources' account with no "
    "cue of its own, which issue 3 says is flagged as a continuation, not counted as a new statement); 'An "
    "Israeli delegation ... was due in Cairo this week' (the paper's own narration: the next sentence's "
    "'the sources said' covers what the delegation will discuss, not its travel); 'offering no further "
    "details' (says Kilani said nothing more; it reports no content)."
)
EXHAUSTIVE = True
EXPECT = "pass"

STATEMENTS = [
    {
        "kind": "mixed",
        "segments": [("a “pivotal” meeting", "held captive by the group in Gaza")],
        "quotes": ["[“pivotal”] meeting"],
        "speaker": ("Hamas", "organization", "[Hamas] said on Tuesday"),
        "cue": "Hamas [said] on Tuesday",
        "level": "institutional",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Content is the that-clause without the final full stop; 'on Tuesday' is the time of saying, not "
            "content. Mixed: a paraphrase holding Hamas's one quoted word. Institutional: an organization "
            "speaks; the quoted word does not make it named_direct."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("the armed faction now expects", "in the Palestinian enclave")],
        "speaker": ("Walid Kilani", "person", "[Spokesman Walid Kilani] said that"),
        "cue": "Walid Kilani [said] that the armed",
        "level": "named_indirect",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "The mention includes the capitalized title (DOMAIN 2.9); the canonical name drops it. 'expects' "
            "belongs to the content (what the faction expects), so the cue stance is that of 'said'."
        ),
    },
    {
        "kind": "direct",
        "segments": ["The meeting between Hamas and the Americans was pivotal and marked a turning point,"],
        "speaker": ("Walid Kilani", "person", "[Mr Kilani] said of"),
        "cue": "Mr Kilani [said] of",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "Segment is everything inside the marks, the closing comma included. 'Mr Kilani' (British second "
            "reference, no full stop) resolves to Walid Kilani. 'of Sunday's talks in Doha' is framing, not "
            "content."
        ),
    },
    {
        "kind": "direct",
        "segments": ["the outcome should compel Israel to accept the terms of a ceasefire"],
        "speaker": ("Walid Kilani", "person", "[He] added that"),
        "cue": "He [added] that",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "Opens with a curly mark and closes with a straight one. 'He added that “...”': the quotation is "
            "the whole content (nothing paraphrased around it), so kind is direct, not mixed. 'He' is the "
            "sentence's first word and resolves to the previous speaker, Walid Kilani."
        ),
    },
    {
        "kind": "direct",
        "segments": ["things have not yet progressed towards a comprehensive ceasefire"],
        "speaker": ("Walid Kilani", "person", "although [he] admitted"),
        "cue": "he [admitted] that",
        "level": "named_direct",
        "stance": "conceding",
        "issue": 2,
        "comment": (
            "A second quotation in the same sentence with its own cue: its own statement. The final full "
            "stop sits outside the closing mark and is not content. 'admitted' is conceding."
        ),
    },
    {
        "kind": "direct",
        "segments": [
            "The agreement between Hamas and the US during the meeting stipulated the release of the "
            "American-Israeli captive without any additional conditions,"
        ],
        "speaker": ("Walid Kilani", "person", 'conditions," [he] said'),
        "cue": 'conditions," he [said]',
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "comment": "Curly open, straight close. 'he' resolves to Walid Kilani across the sentence break.",
    },
    {
        "kind": "indirect",
        "segments": [("who was believed to be", "living hostages held by the group")],
        "speaker": (None, "unknown", None),
        "cue": "was [believed] to be",
        "level": "unattributed",
        "stance": "tentative",
        "hedges": ["was believed to be"],
        "issue": 4,
        "comment": (
            "The hedged assertion: 'was believed' names no believer, so the claim rests on nobody (level "
            "unattributed, speaker unknown). The hedge is the statement's cue, and a verb of belief makes "
            "its stance tentative. It is not part of Hamas's statement at the end of the sentence: Hamas is "
            "quoted on why he was released, not on his citizenship. The segment is the relative clause; an "
            "extractor that includes 'Mr Alexander,' still overlaps well above 0.8."
        ),
    },
    {
        "kind": "direct",
        "segments": [
            (
                "as part of the efforts being made by mediators",
                "allow aid and relief to reach our people in the Gaza Strip",
            )
        ],
        "speaker": ("Hamas", "organization", "[Hamas] said in a statement"),
        "cue": "Hamas [said] in a statement",
        "level": "institutional",
        "stance": "neutral",
        "issue": 2,
        "comment": (
            "Borderline kind: the sentence frames the quotation with 'Mr Alexander ... was released', which "
            "Hamas is also reporting, so a case for 'mixed' exists. Annotated direct because the quotation "
            "is Hamas's whole claim as the article presents it (why he was released) and the issues count "
            "this among the direct quotes, with five indirect statements besides. Cue comes after the "
            "quote, with the channel 'in a statement'."
        ),
    },
    {
        "kind": "direct",
        "segments": [
            (
                "a step taken in good faith towards the United States",
                "return all living hostages and remains to their loved ones",
            )
        ],
        "speaker": ("Donald Trump", "person", "[US President Donald Trump], who"),
        "cue": "[called] Mr Alexander's release",
        "level": "named_direct",
        "stance": "neutral",
        "issue": 2,
        "expect": "fail",
        "comment": (
            "A partial quote after 'called X': the quoted phrase is the content, so direct (the issue's own "
            "example). The speaker is separated from the cue by a long relative clause; the title 'US "
            "President' is in the mention and dropped from the name. 'called' is neutral. The inner dashes "
            "(– Qatar and Egypt –) belong to the quotation."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("a temporary Gaza ceasefire deal is close", "between US and Hamas officials in Qatar")],
        "speaker": ("sources", "anonymous", "[Sources] have told"),
        "cue": "Sources [have told] The National",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Vague anonymous source: no number, role, access or reason (level anonymous, rank 1). 'told The "
            "National' is the channel; the outlet is the hearer, not the speaker. For anonymous speakers the "
            "name is the descriptor; the harness compares it ignoring case and a leading article, since "
            "'Sources', 'They' and 'the sources' are one source (DOMAIN 2.10)."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("the agreement will provide for a 21-day truce", "held in Israeli jails")],
        "speaker": ("sources", "anonymous", "[They] said the agreement"),
        "cue": "They [said] the agreement",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "'They' resolves to the sources of the previous sentence, so the speaker is anonymous, not a "
            "person. The next sentence, 'It also provides for the resumption of aid relief ...', continues "
            "the sources' account without a cue: a continuation, not a new statement, and not part of this "
            "statement's segment (an extractor that merges it falls below the 0.8 overlap, correctly)."
        ),
    },
    {
        "kind": "indirect",
        "segments": [("They will discuss logistics", "to live in exile in other countries")],
        "speaker": ("sources", "anonymous", "countries, [the sources] said"),
        "cue": "the sources [said]",
        "level": "anonymous",
        "stance": "neutral",
        "issue": 3,
        "comment": (
            "Sentence-final cue. 'They' at the start is the Israeli delegation (the subject of the content), "
            "not the speaker; the speaker is 'the sources', the same anonymous source as above."
        ),
    },
]
