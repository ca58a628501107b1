"""Word lists that tell a job title from an organisation, a place and an achievement line.

Written for this project; short on purpose. A word missing here only makes the header parser
fall back on the order of the parts ("Title, Organisation"), which is the most common one.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    # Long lists read better as prose; a function call keeps linters from asking for literals.
    return text.split()


def _split(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.split(",")]


ROLE_WORDS = frozenset(
    _words(
        """
    engineer developer manager analyst nurse teacher director lead head officer assistant
    consultant designer specialist coordinator co-ordinator administrator scientist architect
    accountant intern associate chef cook technician representative rep executive advisor adviser
    agent clerk supervisor operator driver electrician plumber carpenter mechanic pharmacist
    therapist worker practitioner paralegal solicitor lawyer attorney counsel editor writer
    journalist producer researcher fellow lecturer professor tutor instructor trainer coach
    recruiter founder co-founder owner president vp cto ceo cfo coo cio principal programmer
    tester steward receptionist cashier barista server waiter waitress bartender midwife doctor
    physician surgeon dentist paramedic carer caregiver librarian curator buyer planner
    strategist marketer controller auditor bookkeeper underwriter actuary economist statistician
    surveyor inspector foreman forewoman apprentice trainee volunteer secretary treasurer chair
    chairperson dispatcher handler picker packer porter cleaner housekeeper guard firefighter
    pilot attendant translator interpreter photographer illustrator animator musician sre devops
    partner member sous commis registrar
    hygienist optometrist radiographer sonographer physiotherapist psychologist counsellor
    counselor dietitian veterinarian vet welder machinist assembler estimator scheduler
    merchandiser stylist hairdresser beautician caretaker janitor storekeeper auctioneer
    broker banker teller trader investigator detective constable sergeant lieutenant captain
    commander soldier sailor marine deckhand fitter rigger bricklayer plasterer glazier roofer
    landscaper gardener groundskeeper farmer ranger warden ambassador evangelist
    copywriter coder artist generalist expert
    """
    )
)

ORG_WORDS = frozenset(
    _words(
        """
    ltd ltd. limited inc inc. llc llp plc gmbh ag sa bv nv corp corp. corporation company co co.
    group holdings partners university college school academy hospital clinic trust nhs council
    agency bank foundation charity institute labs lab studio studios systems solutions
    technologies technology services consulting consultancy capital ventures ministry department
    government authority society restaurant hotel café cafe centre center stores store retail
    logistics media health healthcare pharma pharmaceuticals insurance airlines airways
    railways energy motors industries international global bakery brewery kitchen bistro
    pub bar practice chambers firm surgery pharmacy library museum gallery theatre theater
    network networks software analytics digital bureau union cooperative co-op federation
    association works factory farm estates properties homes housing construction engineering
    """
    )
)

COUNTRIES = frozenset(
    _split(
        """uk, u.k., gb, england, scotland, wales, ireland, northern ireland, usa, us, u.s.,
        united states, united kingdom, canada, australia, new zealand, germany, france, spain,
        portugal, italy, netherlands, belgium, switzerland, austria, sweden, norway, denmark,
        finland, poland, czechia, greece, turkey, india, pakistan, bangladesh, singapore,
        malaysia, japan, china, hong kong, korea, philippines, indonesia, vietnam, thailand, uae,
        dubai, qatar, saudi arabia, israel, egypt, nigeria, kenya, ghana, south africa, brazil,
        mexico, argentina, chile, colombia, peru, europe, emea, apac"""
    )
)

CITIES = frozenset(
    _split(
        """london, manchester, birmingham, bristol, leeds, liverpool, glasgow, edinburgh, cardiff,
        belfast, sheffield, newcastle, nottingham, leicester, oxford, cambridge, brighton,
        southampton, reading, york, bath, exeter, plymouth, coventry, aberdeen, dundee, swansea,
        milton keynes, dublin, cork, new york, nyc, san francisco, los angeles, seattle, boston,
        chicago, austin, denver, atlanta, miami, dallas, houston, portland, toronto, vancouver,
        montreal, sydney, melbourne, brisbane, perth, auckland, berlin, munich, hamburg,
        frankfurt, paris, lyon, madrid, barcelona, lisbon, rome, milan, amsterdam, rotterdam,
        brussels, zurich, geneva, vienna, stockholm, oslo, copenhagen, helsinki, warsaw, prague,
        athens, istanbul, mumbai, bangalore, bengaluru, delhi, hyderabad, pune, chennai, tokyo,
        seoul, shanghai, beijing, lagos, nairobi, cape town, johannesburg, sao paulo,
        mexico city, leicestershire, yorkshire, kent, surrey, essex, devon, cornwall"""
    )
)

WORK_MODES = frozenset({"remote", "hybrid", "on-site", "onsite", "home-based", "various"})

# Employment types in brackets or as their own part; they are neither title nor organisation.
EMPLOYMENT_TYPES = frozenset(
    {
        "contract", "contractor", "freelance", "part-time", "part time", "full-time",
        "full time", "temporary", "temp", "permanent", "internship", "placement", "locum",
        "fixed-term", "fixed term", "secondment", "maternity cover", "self-employed",
    }
)  # fmt: skip

US_STATES = frozenset(
    _words(
        """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
    """
    )
)

# Words an achievement line starts with, so "Built Kafka Pipelines" is never read as a title.
ACTION_VERBS = frozenset(
    _words(
        """
    built led managed ran created designed developed delivered launched improved reduced cut
    increased grew raised saved wrote owned drove introduced implemented migrated automated
    trained mentored coached hired recruited negotiated won closed sold handled resolved
    supported maintained organised organized coordinated planned prepared produced taught
    cared treated administered analysed analyzed audited reviewed tested shipped scaled
    rebuilt replaced set established founded started championed partnered presented
    published researched secured streamlined supervised oversaw achieved awarded completed
    consolidated converted cooked served processed responsible spearheaded worked helped
    assisted ensured monitored conducted collaborated facilitated redesigned restructured
    modernised modernized deployed configured engineered optimised optimized halved doubled
    tripled onboarded authored edited curated translated defined shaped contributed
    """
    )
)
