"""Labelled pairs the project wrote to set the "already answered" and "already asked" thresholds.

COVERED: (bank question id, something the candidate already knows, does it answer the question?)
The known texts read like research notes, round-one answers and the candidate's own notes. The
negatives are mostly near misses: the same area, a different question.

REPEATED: (a question the candidate asked before, bank question id, is it the same question?)
"""

from __future__ import annotations

COVERED: tuple[tuple[str, str, bool], ...] = (
    (
        "ask-performance_expectations-03",
        "We review everyone against quarterly OKRs, and I do a one-to-one every two weeks where "
        "we look at progress.",
        True,
    ),
    (
        "ask-performance_expectations-01",
        "In the first six months I'd want you to own the ingestion pipelines; by the end of the "
        "year, to lead the data quality work.",
        True,
    ),
    (
        "ask-team_dynamics-02",
        "Most weeks are about 70% focused engineering time; we keep meetings to Tuesday and "
        "Thursday mornings.",
        True,
    ),
    (
        "ask-team_dynamics-12",
        "We're hybrid: two days a week in the Bristol office, and everything is written down so "
        "remote colleagues are included.",
        True,
    ),
    (
        "ask-the_role-01",
        "The role is open because Sam moved to the platform team last month; the backlog has "
        "been shared between the two seniors since.",
        True,
    ),
    ("ask-the_role-06", "Our stack is Python, Airflow and Snowflake, with dbt for models.", True),
    ("ask-the_role-11", "There is an on-call rota, one week in six, and almost no travel.", True),
    (
        "ask-the_role-12",
        "Working hours are flexible between 7 and 7, and you can work from home three days a week.",
        True,
    ),
    (
        "ask-next_steps-01",
        "After this round we'll decide within a week and the recruiter will call you.",
        True,
    ),
    (
        "ask-next_steps-03",
        "You'll meet the head of data and the CTO after this conversation, and then we decide.",
        True,
    ),
    (
        "ask-growth_development-02",
        "Everyone gets a training budget of 1,500 pounds and two days a year for conferences.",
        True,
    ),
    (
        "ask-growth_development-04",
        "Promotions happen twice a year against a published career framework.",
        True,
    ),
    (
        "ask-team_dynamics-08",
        "New joiners get a buddy for the first month and a written onboarding plan.",
        True,
    ),
    (
        "ask-company_culture-10",
        "We describe our culture as curious, direct and kind, and we want it to stay that way "
        "as we grow.",
        True,
    ),
    (
        "ask-strategy_direction-03",
        "Our main competitors are Portcast and project44; we win on forecast accuracy for "
        "short-sea shipping and want to lead that niche.",
        True,
    ),
    (
        "ask-strategy_direction-04",
        "This year the department's priorities are data quality, self-serve analytics and "
        "cutting cloud costs.",
        True,
    ),
    (
        "ask-strategy_direction-01",
        "Over the next three years our big bets are real-time port forecasts and expanding into "
        "Asia.",
        True,
    ),
    (
        "ask-performance_expectations-09",
        "The team reports forecast accuracy and pipeline uptime to the COO every month.",
        True,
    ),
    (
        "ask-team_dynamics-14",
        "I'd describe my management style as hands-off: I set the goal and check in weekly.",
        True,
    ),
    (
        "ask-growth_development-08",
        "We give feedback in code review and in weekly one-to-ones, not only at the annual review.",
        True,
    ),
    (
        "ask-team_dynamics-03",
        "When we disagree about a design, we write a short proposal and the tech lead makes the "
        "final call.",
        True,
    ),
    (
        "ask-performance_expectations-12",
        "I like a short written update every Friday, nothing longer than a page.",
        True,
    ),
    (
        "ask-growth_development-07",
        "Every new engineer is paired with a senior mentor for their first six months.",
        True,
    ),
    (
        "ask-team_dynamics-06",
        "Over the last year the team doubled, from four to eight people, and moved from "
        "reporting to forecasting.",
        True,
    ),
    (
        "ask-company_culture-05",
        "People rarely work evenings here; we protect weekends, and on-call is paid.",
        True,
    ),
    (
        "ask-team_dynamics-01",
        "Work is split in sprint planning: engineers pick their tickets and the lead only steps "
        "in to set priorities.",
        True,
    ),
    # Near misses: the same area, but the question is still open.
    (
        "ask-company_culture-03",
        "Our values: Own the outcome. Say it plainly. Leave the harbour cleaner than you found it.",
        False,
    ),
    (
        "ask-performance_expectations-03",
        "Success in six months means owning the ingestion pipelines.",
        False,
    ),
    (
        "ask-performance_expectations-01",
        "We review everyone against quarterly OKRs.",
        False,
    ),
    (
        "ask-team_dynamics-02",
        "The team is six engineers and two analysts, based in Bristol.",
        False,
    ),
    (
        "ask-the_role-06",
        "You will own the pipelines that turn port and vessel data into forecasts.",
        False,
    ),
    (
        "ask-growth_development-02",
        "Promotions happen twice a year against a published framework.",
        False,
    ),
    ("ask-growth_development-04", "Everyone gets a training budget of 1,500 pounds.", False),
    (
        "ask-next_steps-01",
        "Round one went well overall; Priya said the next round will go deeper on data quality.",
        False,
    ),
    ("ask-strategy_direction-08", "We opened a Rotterdam office in September.", False),
    (
        "ask-strategy_direction-03",
        "Our mission is to cut empty container miles across Europe.",
        False,
    ),
    (
        "ask-team_dynamics-12",
        "The team celebrates every release with cake on Fridays.",
        False,
    ),
    ("ask-the_role-12", "The salary band is 65 to 75 thousand.", False),
    ("ask-company_culture-05", "Our values: Own the outcome. Say it plainly.", False),
    ("ask-the_role-03", "The role is open because Sam moved teams.", False),
    ("ask-team_dynamics-08", "We are hiring three engineers this year.", False),
    (
        "ask-strategy_direction-04",
        "Harbor Freight Analytics helps shipping companies cut empty container miles.",
        False,
    ),
    ("ask-performance_expectations-09", "We use Python, Airflow and Snowflake.", False),
    ("ask-team_dynamics-14", "I joined the company four years ago from Maersk.", False),
    ("ask-growth_development-07", "Everyone gets a training budget of 1,500 pounds.", False),
    ("ask-the_role-11", "We work from home three days a week.", False),
    ("ask-strategy_direction-01", "We opened a Rotterdam office in September 2026.", False),
    (
        "ask-company_culture-10",
        "Our values: Own the outcome. Say it plainly. Leave the harbour cleaner than you found it.",
        False,
    ),
    (
        "ask-team_dynamics-01",
        "The team has six engineers and reports to the Head of Data.",
        False,
    ),
    (
        "ask-team_dynamics-06",
        "The team works closely with data science and product.",
        False,
    ),
)

REPEATED: tuple[tuple[str, str, bool], ...] = (
    (
        "What does success look like in the first six months?",
        "ask-performance_expectations-01",
        True,
    ),
    ("How do you measure performance?", "ask-performance_expectations-03", True),
    ("What's a normal week like on the team?", "ask-team_dynamics-02", True),
    ("Why is the position open?", "ask-the_role-01", True),
    ("What are the next steps?", "ask-next_steps-01", True),
    ("What tools does the team use?", "ask-the_role-06", True),
    ("Is there a training budget?", "ask-growth_development-02", True),
    ("How are promotions decided?", "ask-growth_development-04", True),
    ("How would you describe your management style?", "ask-team_dynamics-14", True),
    ("What are the department's priorities this year?", "ask-strategy_direction-04", True),
    ("Who are your main competitors, and how do you stand out?", "ask-strategy_direction-03", True),
    ("How do new people get onboarded?", "ask-team_dynamics-08", True),
    ("What do you like most about working here?", "ask-company_culture-16", True),
    ("What's the biggest challenge in this job?", "ask-performance_expectations-11", True),
    (
        "What does success look like in the first six months?",
        "ask-performance_expectations-03",
        False,
    ),
    ("How do you measure performance?", "ask-performance_expectations-09", False),
    ("What's a normal week like on the team?", "ask-the_role-03", False),
    ("Why is the position open?", "ask-the_role-02", False),
    ("What are the next steps?", "ask-next_steps-03", False),
    ("Is there a training budget?", "ask-growth_development-07", False),
    ("How are promotions decided?", "ask-growth_development-11", False),
    ("What tools does the team use?", "ask-team_dynamics-01", False),
    ("What are the department's priorities this year?", "ask-strategy_direction-10", False),
    ("How do you handle remote work?", "ask-company_culture-05", False),
    ("How big is the team?", "ask-team_dynamics-09", False),
    (
        "Who are your main competitors, and how do you stand out?",
        "ask-strategy_direction-08",
        False,
    ),
)
