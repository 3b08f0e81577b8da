"""Abbreviations whose full stop does not end a sentence: the parameters Punkt is given directly.

Punkt stores abbreviation types lower-cased and without their final full stop; inner stops stay ("u.s").
Nothing here is learned from data, so nothing is ever downloaded.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS"]

ABBREVIATIONS: frozenset[str] = frozenset(
    # honorifics and forms of address
    "mr mrs ms messrs mmes dr prof rev fr sr jr esq hon st"
    # political and civil titles as news copy abbreviates them
    " sen sens rep reps gov govs lt gen col maj capt cmdr adm sgt cpl pvt brig supt insp det atty pres"
    " amb sec dep asst"
    # companies and organizations
    " inc corp co ltd llc plc bros assn dept univ intl natl"
    # months (AP abbreviates these before a date) and days
    " jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
    # places
    " u.s u.k u.n e.u d.c n.y l.a calif fla ill mass mich minn penn tenn tex va wash wis ariz colo conn"
    " del ga ind kan ky la md miss mo mont neb nev okla ore pa wyo mt ft ave blvd rd"
    # everything else that ends in a stop mid-sentence
    " no nos vol vols pp p ca approx est fig vs v etc al e.g i.e a.m p.m ph.d m.d b.a m.a".split()
)
