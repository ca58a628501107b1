"""Words that mean the same thing in a job advert and a resume, written for this project.

Each concept key stands for its group: "led", "leadership" and "managed a team" all count as
"lead". Keep groups tight: a loose group makes the matrix claim evidence it does not have, and
the why-text would then show the stretch ("managed a team" ~ "leadership") for all to see.
"""

from __future__ import annotations

import re

# Single words (spaCy lemmas, lower case, American spelling) -> concept key.
WORD_GROUPS: dict[str, tuple[str, ...]] = {
    "lead": ("lead", "led", "leader", "leadership", "supervise", "supervisor", "supervision",
             "head"),
    "mentor": ("mentor", "mentoring", "mentorship", "coach", "coaching", "preceptor",
               "preceptorship"),
    "hire": ("hire", "hiring", "recruit", "recruitment", "recruiting", "recruiter"),
    "customer": ("customer", "client", "clientele"),
    "budget": ("budget", "budgeting", "p&l"),
    "analyze": ("analyze", "analysis", "analytics", "analytical", "analyst"),
    "automate": ("automate", "automation", "automated"),
    "test": ("test", "testing", "qa", "tester"),
    "deploy": ("deploy", "deployment"),
    "migrate": ("migrate", "migration"),
    "negotiate": ("negotiate", "negotiation", "renegotiate"),
    "present": ("present", "presentation", "presenter"),
    "communicate": ("communicate", "communication"),
    "document": ("document", "documentation"),
    "optimize": ("optimize", "optimization", "optimise", "optimisation"),
    "schedule": ("schedule", "scheduling", "rota", "roster", "rostering"),
    "comply": ("compliance", "comply", "compliant", "regulatory", "regulation"),
    "forecast": ("forecast", "forecasting", "reforecast"),
    "reconcile": ("reconcile", "reconciliation"),
    "design": ("design", "designer", "redesign"),
    "sell": ("sell", "sale", "sales", "selling", "salesperson"),
    "train": ("train", "training", "trainer", "upskill"),
    "incident": ("incident", "outage", "on-call"),
    "agile": ("agile", "scrum", "kanban", "sprint"),
    "collaborate": ("collaborate", "collaboration", "collaborative", "cross-functional"),
    "stakeholder": ("stakeholder",),
    "safety": ("safety", "safe", "safely", "hazard"),
    "quality": ("quality",),
    "kubernetes": ("kubernetes", "k8s"),
    "postgresql": ("postgresql", "postgres"),
    "javascript": ("javascript", "js"),
    "typescript": ("typescript", "ts"),
    "excel": ("excel", "spreadsheet"),
    "report": ("report", "reporting"),
    "inspect": ("inspect", "inspection", "inspector"),
    "prescribe": ("prescribe", "prescriber", "prescribing", "prescription"),
    "dispense": ("dispense", "dispensing"),
    "litigate": ("litigation", "litigate", "dispute", "court"),
    "solar": ("solar", "pv", "photovoltaic"),
    "license": ("license", "licence", "licensed", "licenced"),
    "register": ("register", "registration", "registered"),
    "chartered": ("chartered", "chartership", "ceng"),
    "child": ("child", "children", "pupil", "kid"),
    "school": ("school", "classroom"),
    "teach": ("teach", "teaching", "teacher", "lesson"),
    "nurse": ("nurse", "nursing"),
    "email": ("email", "e-mail"),
    "seo": ("seo",),
    "ios": ("ios", "iphone"),
}  # fmt: skip

# Phrases found in the raw text (lower case) -> concept key; their words are not counted again.
PHRASES: dict[str, str] = {
    r"manag(?:e|ed|es|ing) (?:a |the |my |our )?(?:\w+ )?team": "lead",
    r"line[- ]manag\w*": "lead",
    r"direct reports?": "lead",
    r"people manage\w*": "lead",
    r"ran (?:a|the) (?:\w+ )?(?:shift|team|brigade|kitchen|ward)": "lead",
    r"nurse in charge|in charge of": "lead",
    r"machine learning": "ml",
    r"artificial intelligence": "ai",
    r"ci ?/ ?cd|continuous (?:integration|delivery|deployment)": "cicd",
    r"a ?/ ?b test(?:s|ing)?|split test(?:s|ing)?|experimentation": "experiment",
    r"infrastructure as code": "iac",
    r"google cloud(?: platform)?|gcp": "gcp",
    r"amazon web services|aws": "aws",
    r"power ?bi": "powerbi",
    r"profit and loss|p ?& ?l": "budget",
    r"customer service|customer support|support agents?|helpdesk|help desk": "support",
    r"user research|user interviews?|customer interviews?|usability test(?:s|ing)?": "research",
    r"quota|annual recurring revenue|\barr\b|new business": "quota",
    r"forklift|reach truck|counterbalance": "forklift",
    r"on[- ]call": "incident",
    r"e-?disclosure|disclosure": "disclosure",
    r"root cause": "root_cause",
    r"health and safety|h ?& ?s\b": "safety",
    r"care proceedings|court reports?": "court",
    r"month[- ]end": "month_end",
    r"management accounts": "management_accounts",
    r"design system": "design_system",
    r"paid media|paid search|google ads|ppc": "paid_media",
    r"face[- ]to[- ]face|in person": "in_person",
    r"react native": "react native",
    r"github actions": "github actions",
    r"gitlab ci": "gitlab ci",
    r"civil 3d": "civil3d",
    r"early years(?: foundation stage)?": "eyfs",
    r"key stage 1|year [12]": "ks1",
    r"(?:upper )?key stage 2|year [3-6]": "ks2",
}

# British spellings -> American, so "optimise" and "optimize" meet.
SPELLING = {
    "behaviour": "behavior", "colour": "color", "labour": "labor", "honour": "honor",
    "favour": "favor", "centre": "center", "programme": "program", "catalogue": "catalog",
    "defence": "defense", "modelling": "modeling", "modelled": "modeled", "travelling": "traveling",
    "paediatric": "pediatric", "paediatrics": "pediatrics", "anaesthetic": "anesthetic",
    "organisation": "organization", "licence": "license", "practise": "practice",
}  # fmt: skip
_ISE_EXCEPTIONS = {
    "advise", "exercise", "expertise", "enterprise", "promise", "premise", "raise", "rise",
    "praise", "supervise", "revise", "devise", "compromise", "franchise", "merchandise",
    "surprise", "otherwise", "wise", "noise", "cruise", "precise", "concise", "comprise",
    "improvise", "arise", "treatise", "poise", "bruise", "clockwise", "likewise",
}  # fmt: skip

_CONCEPT = {word: key for key, words in WORD_GROUPS.items() for word in words}
PHRASE_PATTERNS = [(re.compile(rf"\b(?:{p})\b"), key) for p, key in PHRASES.items()]


def american(word: str) -> str:
    if word in SPELLING:
        return SPELLING[word]
    if word.endswith("isation"):
        return word[:-7] + "ization"
    if word.endswith("yse"):  # analyse -> analyze
        return word[:-3] + "yze"
    if word.endswith("ise") and word not in _ISE_EXCEPTIONS and len(word) > 5:
        return word[:-3] + "ize"
    return word


def concept(lemma: str) -> str:
    """A lemma's key: its concept when it belongs to a group, else itself (American-spelt)."""
    word = american(lemma.lower())
    return _CONCEPT.get(word, word)


# Tools of the same kind: a resume with "Airflow" partly meets "Dagster". A family match earns
# part of the term's weight (lexical.FAMILY_CREDIT) and is named as such in the explanation.
FAMILIES: dict[str, tuple[str, ...]] = {
    "workflow orchestrators": ("airflow", "dagster", "prefect", "luigi", "argo", "oozie"),
    "data warehouses": ("snowflake", "bigquery", "redshift", "synapse", "databricks"),
    "streaming platforms": ("kafka", "kinesis", "pulsar", "rabbitmq", "pub/sub", "flink"),
    "big data engines": ("spark", "hadoop", "flink", "beam", "dask"),
    "cloud platforms": ("aws", "gcp", "azure"),
    "infrastructure-as-code tools": ("terraform", "cloudformation", "pulumi", "ansible", "iac"),
    "accounting systems and ERPs": ("netsuite", "sap", "sage", "xero", "quickbooks", "dynamics",
                                    "oracle", "erp", "workday"),
    "applicant tracking systems": ("greenhouse", "lever", "workday", "ashby", "bamboohr", "ats"),
    "helpdesk tools": ("zendesk", "freshdesk", "intercom", "servicenow", "helpdesk", "jira"),
    "CRMs": ("salesforce", "hubspot", "pipedrive", "crm", "dynamics"),
    "BI tools": ("tableau", "powerbi", "looker", "metabase", "qlik"),
    "product analytics tools": ("amplitude", "mixpanel", "heap", "posthog", "ga4"),
    "design tools": ("figma", "sketch", "xd", "invision", "axure"),
    "cross-platform mobile frameworks": ("flutter", "react native", "xamarin", "ionic"),
    "native mobile languages": ("swift", "swiftui", "kotlin", "objective-c"),
    "front-end frameworks": ("react", "vue", "angular", "svelte", "next.js"),
    "relational databases": ("postgresql", "mysql", "mariadb", "oracle", "sqlite"),
    "e-disclosure platforms": ("relativity", "nuix", "disclosure", "everlaw"),
    "email marketing tools": ("klaviyo", "mailchimp", "braze", "hubspot"),
    "engineering design software": ("civil3d", "autocad", "revit", "microstation", "infoworks"),
    "version control": ("git", "github", "gitlab", "bitbucket"),
    "ci services": ("jenkins", "circleci", "github actions", "gitlab ci", "fastlane", "cicd"),
    "safety certificates": ("iosh", "nebosh", "cscs"),
    "accountancy qualifications": ("cima", "acca", "aca", "cpa", "aat"),
    "food safety": ("haccp", "hygiene", "allergen"),
    "early years and primary stages": ("eyfs", "ks1", "ks2"),
}  # fmt: skip
FAMILY_OF: dict[str, list[str]] = {}
for _family, _members in FAMILIES.items():
    for _member in _members:
        FAMILY_OF.setdefault(_member, []).append(_family)
