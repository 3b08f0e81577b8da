"""The word lists quotecheck reads news with: data only, no logic beyond building the tables.

- :mod:`quotecheck.lexicon.cues`: reporting verbs with their stance and group, every inflected form, phrasal
  cues, channels ("in a statement") and nouns that carry attribution ("the claim that").
- :mod:`quotecheck.lexicon.people`: honorifics, titles, role nouns, pronouns and given names with gender.
- :mod:`quotecheck.lexicon.organizations`: words that make a noun phrase an institution, well-known
  institutions and outlets, and documents that "show" or "find".
- :mod:`quotecheck.lexicon.anonymous`: how news copy describes a source it does not name.
- :mod:`quotecheck.lexicon.hedges`: words and phrases that weaken an assertion without naming who makes it.
- :mod:`quotecheck.lexicon.grammar`: function words (determiners, pronouns, prepositions, auxiliaries) as the
  extractor's token walks cut them.
- :mod:`quotecheck.lexicon.frames`: the words the frame finder reads around a cue, one table per rule.
- :mod:`quotecheck.lexicon.mentions`: the words that classify a source phrase, and the folded forms of the
  people and organization tables it compares words with.
- :mod:`quotecheck.lexicon.resolution`: the words that decide who a statement's speaker is across sentences.
- :mod:`quotecheck.lexicon.grades`: the words the grader reads in a source's description and around its cue.

Import the module you need; this package re-exports nothing, so importing it costs nothing.
"""
