"""Words around people's names: honorifics, titles, role nouns, pronouns and given names.

Every table is keyed in lower case; callers fold case before looking a word up.  Abbreviations appear with
and without their full stop, as British and American copy differ ("Mr Kilani", "Mr. Kilani").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Literal

from quotecheck.lexicon._words import words

__all__ = [
    "AUDIENCE_NOUNS",
    "DEMONYMS",
    "FIRST_NAMES",
    "HONORIFICS",
    "KIN_NOUNS",
    "PARTISANS",
    "PLACE_NAMES_AS_GIVEN",
    "PRONOUNS",
    "ROLE_NOUNS",
    "TITLES",
    "Gender",
    "NameGender",
    "Number",
    "given_name_first",
    "plural_common_noun",
]

#: m, f: masculine, feminine; n: a thing ("it"); p: a person of unstated gender (I, we, you);
#: x: unknown, person or not ("they" may be officials or a ministry).
Gender = Literal["m", "f", "n", "p", "x"]
Number = Literal["sg", "pl"]
#: u: a name given to either sex often enough that it decides nothing.
NameGender = Literal["m", "f", "u"]


def _with_dots(words: str) -> frozenset[str]:
    out: set[str] = set()
    for word in words.split():
        out.add(word)
        out.add(word + ".")
    return frozenset(out)


# Courtesy titles before a surname: second references in NYT and British style ("Mr Kilani").
HONORIFICS: frozenset[str] = _with_dots(
    """
    mr mrs ms miss mx dr prof sir dame lord lady rev revd fr messrs mmes madam madame mme mlle
    """
)

# Words that stand before a name as part of a title, capitalized in copy ("Spokesman Walid Kilani",
# "US President Donald Trump", "Lt. Gen. ...").  Pieces of compound titles are listed singly ("vice",
# "prime", "attorney", "general") so that a title run can be matched word by word.
TITLES: frozenset[str] = frozenset(
    # Heads of state and government, and the pieces of their compound titles.
    words("""
    president vice prime minister premier chancellor secretary undersecretary deputy acting interim
    former first chief state foreign defense defence interior finance home justice health
    """)
    # Legislators and local office holders; wire abbreviations with and without the dot.
    + words("""
    senator sen. sen rep. rep representative congressman congresswoman congressmember delegate
    assemblyman assemblywoman assemblymember councilman councilwoman councillor councilor alderman
    gov. gov governor lt. lt lieutenant mayor speaker leader whip chairman chairwoman chair chairperson
    commissioner mp mep lawmaker legislator
    """)
    # Law and the courts.
    + words("""
    attorney general judge justice magistrate prosecutor solicitor barrister counsel
    """)
    # Military and police ranks.
    + words("""
    gen. gen col. col colonel maj. maj major capt. capt captain cmdr. cmdr commander adm. adm admiral
    sgt. sgt sergeant cpl. cpl corporal pvt. pvt private officer detective det. inspector superintendent
    supt. sheriff marshal brig. brigadier field
    """)
    # Spokespeople, executives and envoys.
    + words("""
    spokesman spokeswoman spokesperson ambassador envoy consul ceo cfo coo cto founder co-founder
    director executive manager president-elect head coach
    """)
    # Royalty and religion.
    + words("""
    king queen prince princess emperor empress sultan emir crown sheikh sheikha shaikh pope cardinal
    archbishop bishop rabbi imam ayatollah grand mufti patriarch father pastor reverend
    """)
    # Occupational labels that news copy puts before a name ("economist Jane Doe", "singer ...").
    + words("""
    professor economist analyst historian scientist researcher activist campaigner journalist reporter
    columnist author novelist writer filmmaker producer actor actress singer rapper comedian host anchor
    businessman businesswoman entrepreneur billionaire tycoon investor strategist pollster consultant
    striker quarterback midfielder goalkeeper star candidate nominee challenger incumbent
    """)
)

# People at an event, in an audience or a crowd: unnamed however "the" points at them ("the heckler" is not
# the speaker named before).
AUDIENCE_NOUNS: frozenset[str] = frozenset(
    words("""
    questioner heckler attendee participant bystander onlooker passerby caller viewer reader listener
    commenter audience-member spectator
    """)
)

# Nouns that name a person by role: "the spokesman", "a spokesman for Hamas", "the official".
ROLE_NOUNS: frozenset[str] = frozenset(
    # Government and politics.
    words("""
    official officer spokesman spokeswoman spokesperson aide adviser advisor assistant secretary minister
    diplomat ambassador envoy negotiator mediator lawmaker legislator senator congressman congresswoman
    representative politician governor mayor president premier chancellor leader chairman chairwoman chair
    commissioner administrator bureaucrat delegate councillor councilor councilman councilwoman
    alderman candidate nominee incumbent challenger contender hopeful strategist pollster consultant
    lobbyist donor fundraiser treasurer operative staffer insider mate surrogate
    """)
    # Business.
    + words("""
    director head chief executive ceo manager founder owner boss employee worker banker trader investor
    shareholder analyst economist entrepreneur businessman businesswoman tycoon billionaire landlord
    tenant engineer developer auditor
    """)
    # Law, police and the military.
    + words("""
    lawyer attorney prosecutor judge justice magistrate juror witness plaintiff defendant suspect
    investigator detective inspector agent sheriff deputy trooper policeman policewoman soldier commander
    general colonel sergeant pilot sailor marine veteran militant fighter rebel insurgent gunman
    firefighter rescuer whistleblower informant spy
    """)
    # Experts, academics and the press.
    + words("""
    expert specialist scientist researcher historian professor lecturer academic scholar teacher student
    doctor physician surgeon nurse paramedic medic journalist reporter correspondent editor columnist
    commentator pundit blogger host anchor presenter author writer
    """)
    # Public life, sport and culture.
    + words("""
    actor actress artist musician singer rapper comedian filmmaker producer athlete player coach captain
    striker quarterback referee activist campaigner organizer organiser protester demonstrator volunteer
    advocate star celebrity counterpart frontrunner front-runner
    """)
    # People at an event or in an audience: "one questioner", "the heckler", "a caller".
    + sorted(AUDIENCE_NOUNS)
    # People by sex alone: "the man who built his career on …" points back at someone named.
    + words("""
    man woman gentleman lady
    """)
    # Religion.
    + words("priest cleric pastor rabbi imam bishop cardinal pope monk nun")
    # Ordinary people and relations, as reported in human-interest copy.
    + words("""
    resident citizen voter supporter opponent critic ally rival friend neighbor neighbour colleague
    associate partner spouse wife husband son daughter mother father brother sister uncle aunt cousin
    grandfather grandmother widow widower parent relative victim survivor farmer shopkeeper driver
    passenger traveler traveller tourist pilgrim villager local member
    """)
)

# Members of a party or a political camp, named as a group ("Democrats said", "some conservatives argue"):
# people described by their side, not a body that speaks (that is "the Democratic Party", "Senate
# Republicans" as a caucus).  Plural forms, lower case.
PARTISANS: frozenset[str] = frozenset(
    words("""
    democrats republicans conservatives liberals progressives moderates centrists leftists rightists
    libertarians socialists populists nationalists independents evangelicals tories whigs greens
    loyalists hardliners hard-liners reformists reformers royalists unionists separatists secessionists
    trumpists
    """)
)

# People known by whom they belong to ("Scott's wife", "the widow of a soldier"): described by another
# person, never that person, and seldom named.
KIN_NOUNS: frozenset[str] = frozenset(
    words("""
    wife husband spouse partner son daughter child mother father parent brother sister uncle aunt cousin
    widow widower fiance fiancee friend neighbor neighbour relative
    """)
)

# Peoples and faiths in the plural ("Mexicans say", "many Europeans fear"): a vague group of people, never a
# person's name, though capitalized.  Lower case.
DEMONYMS: frozenset[str] = frozenset(
    words("""
    americans mexicans canadians brazilians argentines argentinians colombians venezuelans cubans
    chileans peruvians latinos latinas hispanics europeans britons brits englishmen scots irish welsh
    french germans italians spaniards portuguese dutch belgians swiss austrians greeks poles czechs
    hungarians romanians bulgarians serbs croats bosnians albanians ukrainians russians belarusians
    georgians armenians turks kurds iranians iraqis syrians lebanese jordanians israelis palestinians
    egyptians libyans tunisians algerians moroccans saudis emiratis qataris yemenis afghans pakistanis
    indians bangladeshis chinese japanese koreans vietnamese filipinos indonesians thais malaysians
    australians africans nigerians kenyans ethiopians somalis sudanese asians arabs muslims christians
    jews catholics protestants mormons hindus sikhs buddhists sunnis shiites shias
    """)
)

# Plural endings that no surname has in news copy: a capitalized word with one ("Environmentalists",
# "Companies", "Residents" at the start of a sentence) is a common noun.  "-ers" is left out: Sanders,
# Rogers, Peters.
_PLURAL_ENDINGS = ("ists", "ies", "ions", "ants", "ents", "ians", "ors")


def plural_common_noun(low: str) -> bool:
    """Whether a lower-cased word is a plural common noun by its ending ("companies", "residents")."""
    return len(low) > 5 and low.endswith(_PLURAL_ENDINGS) and low not in _PLURAL_SURNAMES


# Surnames with those endings.
_PLURAL_SURNAMES = frozenset(words("davies lyons connors sessions clements"))

# Personal pronouns and their gender and number, for coreference.
PRONOUNS: Mapping[str, tuple[Gender, Number]] = MappingProxyType(
    {
        # Masculine singular.
        "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
        # Feminine singular.
        "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
        # Things and institutions.
        "it": ("n", "sg"), "its": ("n", "sg"), "itself": ("n", "sg"),
        # "They" may be people, a ministry or a set of documents; "themself" is the singular of a person.
        "they": ("x", "pl"), "them": ("x", "pl"), "their": ("x", "pl"), "theirs": ("x", "pl"),
        "themselves": ("x", "pl"), "themself": ("p", "sg"),
        # First and second person: inside quotations these are the speaker and the audience.
        "i": ("p", "sg"), "me": ("p", "sg"), "my": ("p", "sg"), "mine": ("p", "sg"), "myself": ("p", "sg"),
        "we": ("p", "pl"), "us": ("p", "pl"), "our": ("p", "pl"), "ours": ("p", "pl"),
        "ourselves": ("p", "pl"),
        "you": ("p", "sg"), "your": ("p", "sg"), "yours": ("p", "sg"), "yourself": ("p", "sg"),
        "yourselves": ("p", "pl"),
    }
)

_NAME_ROWS: tuple[tuple[NameGender, str], ...] = (
    # English and US, men.
    ("m", """
        james john robert michael william david richard joseph thomas charles christopher daniel matthew
        anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald
        edward jason jeffrey jeff ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin
        samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron adam nathan henry
        douglas zachary peter kyle ethan walter noah jeremy christian keith roger gerald harold sean austin
        carl arthur lawrence dylan jesse bryan billy joe bruce logan albert willie alan wayne elijah randy
        roy vincent ralph eugene russell bobby mason philip louis hunter bernie mitch chuck ted rand marco
        mike bill tom jim bob rick newt barack ron rudy boris keir rishi elon warren tim mitt hakeem
        chad clint dick jd kash pete rex tucker steve nigel rory liam oliver harry
    """),
    # English and US short forms that news copy prints as given names ("Ed Brookover", "Jeb Bush").
    ("m", """
        ed al abe ben dan don fred greg hank ken matt nick phil ray tony walt zach andy dave doug hal jon
        lou marty reince jeb corey brad brett bret cliff curt eli gus ike jake jed kirk ned nate russ
        sid stu wes reggie ricky dale glenn lyndon jimmy sonny tommy danny johnny kenny larry jerome
    """),
    ("f", """
        beth kate kathy sue meg deb jo peg becky cathy cindy debbie jenny maggie patty penny sally wendy
    """),
    # English and US, women.
    ("f", """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
        sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
        sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
        katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
        virginia victoria kelly lauren christina joan evelyn judith megan cheryl hannah jacqueline martha
        gloria teresa ann sara madison frances kathryn janice abigail alice judy sophia grace denise amber
        doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla lori
        hillary kamala ilhan alexandria elise liz kellyanne nikki marjorie kristi karine jen ursula tulsi
        kirstjen kristen kirsten susie pam tammy lindsay priti suella theresa yvette rachel jill melania
        ivanka chelsea michele stacey gretchen katie
    """),
    # Names given to either sex.
    ("u", """
        jordan taylor morgan casey jamie alex sam chris pat robin leslie lindsey dana jessie riley avery
        quinn cameron sasha kim lee jean drew blake reese skyler terry jody kris sydney charlie frankie
        jackie ariel adi eden kiran wei ming jun hui yan xin hong yuki akira hyun ji-woo minh thanh
        anh nikita andrea
    """),
    # Arabic, men.
    ("m", """
        mohammed muhammad mohamed mohammad ahmed ahmad ali omar umar hassan hussein hussain khalid khaled
        abdullah abdul abdel mahmoud mustafa mostafa ibrahim youssef yousef yusuf saeed ismail karim kareem
        tariq tarek walid waleed hamid hamad hamza jamal jamil nabil nasser faisal fahd salman mansour
        marwan osama usama bashar rami sami samir ziad zaid zayed majid maher naji nadim adel amr anwar
        ayman bassam fadi fouad ghassan habib haitham hisham issa jalal kamal latif mahdi munir nizar qasim
        rashid riyad sabri salah salim saleh shadi tamer wael yasser yasir yahya abbas emad imad mazen
        ismael moataz nawaf tamim mohsen amir
    """),
    # Arabic, women.
    ("f", """
        fatima fatimah aisha ayesha maryam mariam layla leila laila noor nour zainab zeinab amina huda hala
        hanan hind rania rana dina lina reem rima salma samira yasmin yasmine jasmine nadia nadine noura
        dalia farah ghada lubna manal mona muna nisreen rasha rula sawsan suha wafa zahra zeina khadija asma
        iman amal abeer basma
    """),
    # Hebrew and Israeli, men.
    ("m", """
        yosef yossi avi avraham moshe itamar binyamin bibi naftali yair gideon ehud eli eliezer shimon
        yitzhak isaac yaakov yoav benny gadi nir uri ofer omer dror erez guy noam yonatan yehuda shlomo
        menachem aryeh edan bezalel avigdor yariv amichai
    """),
    # Hebrew and Israeli, women.
    ("f", """
        ayelet tzipi miri michal shira noa tamar yael orly efrat rivka sarit limor galit hila maya liat
        dafna inbal keren osnat merav einat avital naama hadas idit
    """),
    # Spanish and Portuguese, men.
    ("m", """
        jose juan carlos luis miguel jorge pedro antonio alejandro manuel francisco javier rafael sergio
        fernando ricardo eduardo roberto andres diego pablo raul enrique ernesto gustavo hector hugo ignacio
        jaime joaquin julio lorenzo marcos mario martin oscar ramon rodrigo salvador santiago tomas vicente
        gabriel emilio felipe gerardo guillermo javier jair lula nayib
    """),
    # Spanish and Portuguese, women.
    ("f", """
        ana carmen isabel lucia elena rosa marta gabriela daniela paula sofia valentina camila alejandra
        beatriz claudia cristina dolores esperanza guadalupe ines juana luisa margarita mercedes pilar raquel
        rocio silvia veronica ximena yolanda adriana alma catalina consuelo xiomara dilma
    """),
    # South Asian, men.
    ("m", """
        raj rahul rajesh ravi sanjay amit anil arun ashok deepak gaurav manoj mukesh narendra nitin pradeep
        pranav prakash rakesh ramesh sachin sandeep suresh sunil vijay vikram vivek arjun aditya abhishek
        akshay anand ajay harish imran nawaz shehbaz pervez asif bilal zulfikar jawaharlal rohit virat
        shashi arvind amitabh vivek sadiq humza
    """),
    # South Asian, women.
    ("f", """
        priya pooja neha anjali sunita kavita lakshmi meera nisha deepa divya sonia indira benazir malala
        shreya sita aishwarya nirmala smriti mamata sushma priyanka rekha geeta gita radha asha usha lata
        rani shabana
    """),
    # East Asian, men.
    ("m", """
        qiang lei tao jian jinping keqiang hiroshi takeshi kenji haruki shinzo fumio yoshihide shigeru taro
        naoki kenta jae-in suk-yeol jae-myung ji-hoon min-jun tuan duc
    """),
    # East Asian, women.
    ("f", """
        jing ying mei lan yoko keiko yuko naomi akiko sakura hana yumiko emiko aiko seo-yeon soo-jin linh hoa
    """),
    # Russian, Ukrainian and Eastern European, men.
    ("m", """
        vladimir volodymyr sergei sergey dmitry dmitri alexei alexey andrei andriy oleg yuri igor ivan
        mikhail nikolai pavel petro viktor yevgeny maksim vitali vitaly ramzan
    """),
    # Russian, Ukrainian and Eastern European, women.
    ("f", """
        olga natalia tatiana svetlana irina yulia anastasia ekaterina yelena oksana
    """),
    # Western European, men and women.
    ("m", """
        hans klaus jurgen friedrich wolfgang olaf emmanuel francois pierre jacques nicolas michel philippe
        matteo giuseppe giovanni silvio gerhard helmut
    """),
    ("f", """
        annalena marine segolene brigitte anne marion giorgia
    """),
    # Turkish and Persian.
    ("m", "recep tayyip mehmet ahmet ebrahim masoud javad hossein"),
    ("f", "emine ayse mahsa narges shirin"),
    # African.
    ("m", """
        cyril nelson thabo kwame kofi abiy uhuru bola muhammadu goodluck olusegun yoweri jomo
        julius
    """),
    ("f", "ngozi chimamanda ama amara wangari winnie graca"),
)


def _build_names() -> dict[str, NameGender]:
    out: dict[str, NameGender] = {}
    for gender, block in _NAME_ROWS:
        for name in words(block):
            if out.get(name, gender) != gender:
                raise AssertionError(f"given name {name!r} is listed as {out[name]} and {gender}")
            out[name] = gender
    return out


FIRST_NAMES: Mapping[str, NameGender] = MappingProxyType(_build_names())

# Given names that are also the places newspapers are named after: "Charlotte Observer" is an outlet,
# "Don Guardian" a person.
PLACE_NAMES_AS_GIVEN: frozenset[str] = frozenset(
    words("""
    charlotte virginia austin jackson houston dallas denver lincoln madison florence georgia carolina
    victoria jordan savannah phoenix orlando nashville raleigh tyler chester berkeley aurora
    """)
)


def given_name_first(name_words: Sequence[str]) -> bool:
    """Whether two capitalized words read as a given name and a surname ("Don Guardian", "Jim Post"), not
    as a place and an outlet's head ("Charlotte Observer")."""
    if len(name_words) != 2:
        return False
    first = name_words[0].rstrip(".").lower()
    return first in FIRST_NAMES and first not in PLACE_NAMES_AS_GIVEN
