"""Institutions as speakers: what makes a noun phrase an organization, and the ones news copy names.

When an institution "says" something the statement is institutional (rank 3 on the scale in
``docs/attribution.md``): a body, an outlet or a document speaks, not a person a reader could hold to it.
"""

from __future__ import annotations

from quotecheck.lexicon._words import words

__all__ = [
    "CAPITALS",
    "COMPANY_NAME_ENDS",
    "COUNTRIES",
    "DOCUMENT_NOUNS",
    "ORG_HEADS",
    "ORG_NAMES",
    "ORG_NAMES_FOLDED",
    "OUTLET_NAME_HEADS",
    "US_STATES",
    "US_STATE_ABBREVIATIONS",
]

# Words that end a company's name, and after which its first word alone stands for it: "Peabody Energy"
# is "Peabody" on second reference.
COMPANY_NAME_ENDS: frozenset[str] = frozenset(
    words("""
    energy industries holdings technologies pharmaceuticals pharma entertainment communications
    resources petroleum airlines airways motors enterprises ventures investments securities insurance
    corp corporation inc co company group
    """)
)

# Head nouns (lower case) that make a noun phrase an institution: "the ministry", "the Foreign Office",
# "the Trump campaign", "Israel's military".
ORG_HEADS: frozenset[str] = frozenset(
    # Government bodies.
    words("""
    ministry department agency office committee commission council court government administration
    cabinet parliament congress senate assembly legislature house chamber embassy consulate mission
    secretariat presidency palace regime junta municipality prefecture province state city county
    tribunal judiciary prosecutor's
    """)
    # Parties, movements and campaigns.
    + words("""
    campaign party movement coalition alliance front bloc caucus faction wing team staff camp pac
    """)
    # Security forces.
    + words("""
    police army military navy force forces guard militia brigade brigades battalion command corps
    """)
    # Business and finance.
    + words("""
    company firm corporation corp inc ltd plc group bank fund conglomerate bank's exchange
    """)
    # Last words of company names: "Peabody Energy", "General Motors".
    + sorted(COMPANY_NAME_ENDS)
    # Civil society, unions and research.
    + words("""
    union federation association society league organization organisation charity foundation institute
    institution university college school center centre think-tank lab laboratory hospital clinic
    non-profit nonprofit ngo
    """)
    # The press.
    + words("""
    network newspaper paper outlet broadcaster channel station magazine agency wire tabloid media press
    website site blog
    """)
    # Boards and other governing bodies.
    + words("""
    board bureau authority authorities service directorate inspectorate watchdog regulator panel body organ
    """)
)

# Institutions that are one proper name, in their usual written form (match case-sensitively for the short
# acronyms: "AP" the agency, not "ap").
ORG_NAMES: frozenset[str] = frozenset(
    (
        # Seats of government used for the government itself.
        "White House", "Kremlin", "Pentagon", "Downing Street", "Number 10", "Elysee", "Élysée",
        "Elysee Palace", "Quai d'Orsay", "Foggy Bottom", "Capitol Hill", "Whitehall", "Zhongnanhai",
        "Knesset", "Bundestag", "Duma", "Congress", "Parliament", "Senate", "Wall Street",
        # US agencies.
        "FBI", "CIA", "NSA", "DHS", "DOJ", "Justice Department", "State Department", "Treasury", "IRS",
        "EPA", "FDA", "CDC", "NIH", "FEMA", "FAA", "FCC", "FTC", "SEC", "Federal Reserve", "the Fed",
        "Secret Service", "Supreme Court", "NASA", "ICE", "Border Patrol", "DEA", "ATF",
        # Other governments' agencies and forces.
        "Mossad", "Shin Bet", "IDF", "MI5", "MI6", "GCHQ", "Scotland Yard", "Met Police", "FSB", "KGB",
        "SBU", "IRGC", "Home Office", "Foreign Office", "Bundeswehr",
        # International bodies.
        "NATO", "UN", "United Nations", "UNICEF", "UNRWA", "UNHCR", "WHO", "World Health Organization",
        "IMF", "World Bank", "WTO", "OPEC", "EU", "European Union", "European Commission",
        "European Parliament", "ECB", "African Union", "Arab League", "ASEAN", "G7", "G20", "ICC",
        "ICJ", "IAEA", "Interpol", "OECD", "Red Cross", "ICRC", "Red Crescent", "Security Council",
        "Gulf Cooperation Council", "GCC",
        # Armed and political movements.
        "Hamas", "Hezbollah", "Fatah", "PLO", "Palestinian Authority", "Islamic Jihad", "Houthis",
        "Ansar Allah", "Taliban", "ISIS", "ISIL", "Islamic State", "al-Qaeda", "Al Qaeda", "al-Shabab",
        "Wagner", "Muslim Brotherhood", "PKK", "SDF",
        # Parties.
        "GOP", "Democrats", "Republicans", "DNC", "RNC", "Labour", "Tories", "Likud", "Conservatives",
        "Liberal Democrats", "SNP", "AfD", "CDU", "SPD", "BJP", "ANC",
        # Courts and legislatures by short name.
        "High Court", "Court of Appeal", "Supreme Court of the United States",
        # News agencies.
        "Reuters", "AP", "The Associated Press", "Associated Press", "AFP", "Agence France-Presse",
        "Bloomberg", "UPI", "dpa", "EFE", "ANSA", "Kyodo", "Xinhua", "TASS", "RIA Novosti", "Interfax",
        "WAM", "SPA", "QNA", "KUNA", "IRNA", "Anadolu", "Yonhap", "PTI", "Wafa", "KCNA",
        # Newspapers and magazines.
        "The New York Times", "New York Times", "The Times", "The Washington Post", "Washington Post",
        "The Post", "The Wall Street Journal", "Wall Street Journal", "The Journal", "USA Today",
        "Los Angeles Times", "The Guardian", "The Telegraph", "The Independent", "Financial Times",
        "The Economist", "The National", "Haaretz", "The Times of Israel", "Jerusalem Post",
        "Le Monde", "Der Spiegel", "Politico", "Axios", "The Atlantic", "The New Yorker",
        "The Hill", "Breitbart", "HuffPost", "Huffington Post", "Daily Mail", "The Sun", "New York Post",
        "Newsweek", "Time", "Forbes", "Fortune", "ProPublica", "The Intercept", "Vox", "BuzzFeed News",
        "Semafor", "Variety", "The Hollywood Reporter", "Deadline", "Rolling Stone", "Vanity Fair", "Slate",
        "Salon", "The Daily Beast", "Mother Jones", "National Review", "The Weekly Standard",
        "The Daily Caller", "Daily Caller", "Drudge Report", "TMZ", "TheBlaze", "Raw Story", "Vice",
        "Vice News", "Mashable", "Gawker", "The Root", "BuzzFeed", "Yahoo News", "Fusion", "Univision",
        "Telemundo",
        # Broadcasters.
        "CNN", "Fox News", "BBC", "NBC", "NBC News", "ABC", "ABC News", "CBS", "CBS News", "MSNBC", "NPR",
        "PBS", "Sky News", "Al Jazeera", "Al Arabiya", "France 24", "Deutsche Welle", "RT", "CNBC",
        "Channel 4", "ITV", "Kan", "Channel 12",
        # Companies often quoted as speakers.
        "Apple", "Google", "Alphabet", "Meta", "Facebook", "Amazon", "Microsoft", "Tesla", "SpaceX",
        "OpenAI", "Twitter", "Boeing", "Pfizer", "Moderna", "ExxonMobil", "Goldman Sachs", "JPMorgan",
        # Rights groups and think tanks.
        "Amnesty International", "Human Rights Watch", "Doctors Without Borders", "MSF", "Oxfam",
        "Save the Children", "Brookings", "Brookings Institution", "Heritage Foundation", "RAND",
        "Chatham House", "Pew Research Center", "Gallup", "YouGov", "Ipsos",
        # Pollsters and poll averages.
        "Real Clear Politics", "RealClearPolitics", "FiveThirtyEight", "Quinnipiac", "Rasmussen",
        "Rasmussen Reports", "Morning Consult", "SurveyMonkey", "Marist", "Monmouth", "Emerson", "Zogby",
        "Harris Poll", "Nielsen", "Edison Research",
        # Fact-checkers and watchdogs of the press.
        "PolitiFact", "Snopes", "FactCheck.org", "Full Fact", "Media Matters", "NewsGuard",
    )
)

# The same names case-folded, for a lookup that ignores how copy capitalizes them ("the fbi", "Nasa").
ORG_NAMES_FOLDED: frozenset[str] = frozenset(n.casefold() for n in ORG_NAMES)

# Documents that "show", "find" or "say": a statement attributed to one is institutional.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    # Official papers and court records.
    words("""
    report filing filings document documents memo memorandum indictment complaint lawsuit suit affidavit
    ruling judgment judgement verdict order warrant subpoena transcript transcripts record records minutes
    testimony brief briefs motion motions petition petitions submission submissions resolution resolutions
    opinion opinions
    """)
    # Research and polling.
    + words("""
    poll polls survey surveys study studies analysis research data figures statistics estimates census
    audit review assessment evaluation index indexes indices ranking rankings tally projection projections
    finding findings paper papers slide slides chart charts graphic graphics
    """)
    # Correspondence and releases.
    + words("""
    statement letter email emails e-mail message messages cable cables release communique dossier
    briefing notes leak leaks editorial editorials article articles essay essays column columns op-ed
    excerpt excerpts account feed
    """)
    # Advertising: a campaign's ad speaks for the campaign.
    + words("""
    ad ads advert adverts advertisement advertisements commercial commercials clip clips video videos
    footage spot spots
    """)
    # Laws, plans and returns: a text that says what it provides.
    + words("""
    bill bills law laws legislation proposal proposals plan plans platform budget contract agreement
    treaty manifesto return returns
    """)
)

# The last word of an outlet's proper name ("The Global Times", "Fox News", "The Charlotte Observer"): a
# capitalized phrase ending in one is a newspaper or broadcaster, not a person.  Words that are also common
# surnames ("Sun", "Press", "Star") are left out.
OUTLET_NAME_HEADS: frozenset[str] = frozenset(
    words("""
    times post news journal tribune herald gazette telegraph guardian chronicle observer examiner inquirer
    globe mail courier bulletin dispatch enquirer register monitor beacon sentinel
    radio television tv broadcasting magazine review weekly
    """)
)

# Countries and the short forms news copy uses for them: a country that "said" or "warned" is a government
# speaking, an institutional source.  Lower case; multiword names joined by single spaces.
COUNTRIES: frozenset[str] = frozenset(
    line.strip()
    for line in """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
    bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
    bulgaria burkina faso burundi cambodia cameroon canada chad chile china colombia comoros congo
    croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia
    fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
    mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru
    nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
    slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
    thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
    venezuela vietnam yemen zambia zimbabwe britain england scotland wales america
    """.split()
) | frozenset(
    # names of more than one word, and abbreviations
    """united states|united kingdom|u.s|u.k|us|uk|usa|south korea|north korea|saudi arabia|south africa|
    new zealand|sri lanka|costa rica|el salvador|ivory coast|sierra leone|east timor|united arab emirates|
    uae|dominican republic|czech republic|central african republic|papua new guinea|trinidad and tobago|
    the netherlands|the philippines|the gambia|vatican|the vatican|holy see|european union|eu""".replace(
        "\n", ""
    ).replace("    ", "").split("|")
)

# The American states and the capital's district, lower case: "Butterfield of North Carolina" and "Cruz of
# Texas" name a member of Congress by surname and state.
US_STATES: frozenset[str] = frozenset(
    line.strip()
    for line in """alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|
    hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|
    minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|
    north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|
    tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|
    district of columbia""".replace("\n", "").split("|")
)

# The states as AP style abbreviates them after a city ("Hollywood, Fla.", "Albany, N.Y."), lower case and
# without their full stops.
US_STATE_ABBREVIATIONS: frozenset[str] = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev nh nj
    nm ny nc nd okla ore pa ri sc sd tenn vt va wash wva wis wyo dc""".split()
)

# Seats of government and big cities that copy uses for their governments or people ("Moscow said",
# "Beijing warned", "Cleveland braced for"): a place that speaks is an institution.  Places that are also
# common given names or surnames ("Washington", "Austin", "Charlotte", "Houston") are left out: a person
# of that name is likelier.  Lower case.
CAPITALS: frozenset[str] = frozenset(
    words("""
    moscow beijing tehran pyongyang kyiv kiev paris berlin rome madrid brussels ankara damascus riyadh
    cairo jerusalem baghdad kabul islamabad tokyo seoul taipei hanoi havana caracas ottawa canberra warsaw
    vienna athens lisbon dublin stockholm oslo copenhagen helsinki budapest prague bucharest minsk tbilisi
    yerevan baku doha dubai amman beirut tripoli tunis algiers rabat khartoum nairobi pretoria abuja
    kinshasa brasilia bogota sacramento tallahassee harrisburg annapolis chicago cleveland detroit
    philadelphia baltimore atlanta seattle miami pittsburgh minneapolis milwaukee
    """)
) | frozenset(("abu dhabi", "addis ababa", "mexico city", "new york", "los angeles", "new delhi"))
