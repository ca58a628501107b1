"""Resumes written for these tests, one per layout the parser must read (all invented)."""

from __future__ import annotations

# Title, employer — dates on one line; • bullets, one wrapped; sections for skills and projects.
CLASSIC = """\
Jane Okafor
Senior Data Engineer | Bristol, UK
jane@example.com | +44 7700 900123 | linkedin.com/in/janeokafor

PROFILE
Data engineer with eight years of experience building streaming platforms.

EXPERIENCE
Senior Data Engineer, Portline Ltd — Jan 2020 – Present
• Built Kafka streaming pipelines processing 2M events a day, cutting report latency
  from hours to minutes.
• Led a team of four engineers through the move from cron jobs to Airflow.
• Mentored two graduates.

Data Engineer, Tidewell Analytics — 03/2016 – 12/2019
- Migrated the warehouse from on-premise SQL Server to Snowflake in six months.
- Wrote the data quality checks used by every team.

EDUCATION
BSc Computer Science, University of Bristol, 2012 – 2015

SKILLS
Languages: Python, SQL, Scala
Tools: Kafka, Airflow, dbt, Snowflake

PROJECTS
pipeline-kit, an open-source data validation CLI (2022)
• 400 stars on GitHub; used by three companies.
"""

# Employer | place | years, then the title on the next line; - bullets.
EMPLOYER_FIRST = """\
MARCUS WHITFIELD
Warehouse Operations Supervisor

Work History

Northgate Logistics Ltd | Leicester | 2019-2023
Shift Supervisor
- Ran a night shift of 28 pickers and packers across two loading bays.
- Cut mis-picks by 35% by introducing a two-scan check at despatch.

Brightway Stores | Nottingham | 2015-2019
Warehouse Operative
- Trained 12 new starters on reach trucks and safe lifting.

Education
NVQ Level 3 Warehousing and Storage, 2016
"""

# Years first, then 'Title at Employer'; * bullets; skills split by semicolons.
DATES_FIRST = """\
Priya Raman — Product Manager
priya.raman@example.org

Experience
2021 – Present   Senior Product Manager at Fernbank Health
* Owned the patient booking app roadmap; grew weekly bookings from 4,000 to 11,500.
* Ran 40+ user interviews with GPs and receptionists.
2018 – 2021   Product Manager at Quayside Software
* Launched self-serve onboarding, cutting time to first invoice from 9 days to 2.

Skills
Roadmapping; discovery; SQL; Figma; A/B testing
"""

# Title, employer and place, dates: three lines; ▪ bullets wrapped onto a second line.
THREE_LINE_HEADER = """\
Tomás Herrera
Civil Engineer (CEng)

PROFESSIONAL EXPERIENCE

Senior Civil Engineer
Harbourline Consulting, Glasgow, UK
March 2018 to June 2022
▪ Led the drainage design for a 14 km dual carriageway, delivered two months early and
  £1.2M under budget.
▪ Managed a team of six graduate engineers and checked their calculations against
  Eurocode 7.

Graduate Engineer
Stonebridge Group, Edinburgh
Sept 2014 – Feb 2018
▪ Prepared flood risk assessments for 30 housing developments.
"""

# Numbered bullets, MM/YYYY dates, 'Current', and an inline 'Key Skills:' heading.
NUMBERED = """\
Aisha Bello
Accounts Payable Specialist

Employment
Finance Assistant, Keel & Co Accountants        01/2020 – Current
1. Processed 600 supplier invoices a month with a 0.5% error rate.
2. Reconciled 14 bank accounts every month end, two days faster than before.
3) Set up the first supplier statement review, recovering £18,000 in duplicate payments.

Accounts Clerk, Mayfield Housing Trust        06/2017 – 12/2019
1. Matched purchase orders to invoices in Sage 200.

Key Skills: Sage 200, Xero, Excel (VLOOKUP, pivot tables), month-end close
"""

# Achievements as a paragraph of plain sentences, not bullets.
PLAIN_SENTENCES = """\
Grace Mwangi, RN
grace.mwangi@example.net | 07700 900456

Professional Experience

Staff Nurse, Riverside General Hospital — Acute Medical Unit, 2017 - now
I care for up to eight acutely unwell adults per shift on a 30-bed admissions unit. I
introduced a sepsis screening prompt at handover, and screening compliance rose from 62% to
94% in four months. I also mentor newly qualified nurses during their preceptorship.

Healthcare Assistant, Elmhurst Care Home, 2014 - 2017
Supported residents living with dementia with personal care and meals. Trained as a
dementia champion for the home.

Education
BSc (Hons) Adult Nursing
University of Leeds, 2014 - 2017
"""

# Pasted from a PDF: letter-spaced headings, bullets run together, words hyphenated across lines.
PDF_PASTE = """\
DANIEL OSEI
Full-stack developer · Manchester
E X P E R I E N C E
Software Developer | Copperleaf Digital | Feb 2021 - Present • Rebuilt the checkout in React and
TypeScript, raising mobile conversion by 12%. • Introduced end-to-end tests with Playwright; pro-
duction incidents fell from nine a quarter to two.
• Cut the CI pipeline from 25 to 8 minutes by caching dependencies and
splitting test jobs.
Junior Developer | Brightmill Studio | Jul 2019 - Jan 2021
• Maintained 20 client WordPress sites and moved them to a single
managed host.
S K I L L S
JavaScript, TypeScript, React, Node.js, PostgreSQL
"""

# No section headings at all.
NO_HEADINGS = """\
Hannah Kowalski

Year 6 Teacher, St Mary's Primary School, Sep 2019 - Jul 2024
- Raised the share of pupils meeting the expected standard in maths from 58% to 81%.
- Led the school's reading recovery programme for 24 pupils.

Teaching Assistant, Oakfield Academy, Sep 2016 - Jul 2019
- Ran phonics groups for Year 1 pupils who were behind.
"""

# Jobs without dates.
NO_DATES = """\
Luca Bianchi
Head Chef

Experience

Head Chef, The Copper Pot
- Wrote a seasonal menu that lifted gross margin from 64% to 71%.
- Ran a kitchen brigade of nine and passed every environmental health inspection with a 5 rating.

Sous Chef, Marlow Bistro
- Cut food waste by a third by switching to daily prep lists.
"""

# Tab-separated header, 'to now', an employer line above 'Title, dates', volunteering and awards.
TABS_AND_EMPLOYER_ABOVE = """\
Sofia Lindqvist
UX Designer

EXPERIENCE
Lead UX Designer\tNorthwind Travel\tSept 2017 to now
    – Redesigned the booking flow; abandonment fell from 71% to 52%.
    – Set up the design system used by four product teams.

Brightside Energy
UX Designer, Jan 2014 – Aug 2017
    – Ran usability tests with 60 customers in vulnerable circumstances.

VOLUNTEERING
Mentor, Design Buddies (2019 – present)
– Mentored eight career changers into their first design jobs.

Awards
Best Digital Service, UK Energy Awards 2016
"""

# A student: projects and volunteering, no jobs.
STUDENT = """\
Sam Patel
sam.patel@example.com

Projects
Bus tracker app
• Built an Android app that shows live bus times for Coventry, with 2,000 downloads.
Society website
• Rebuilt the computing society website in Django and ran it for two years.

Volunteering
Code Club volunteer, Earlsdon Library, 2021 – 2023
• Taught Scratch and Python to 15 children every Saturday.

Education
BSc Computer Science, University of Warwick, 2020 – 2023
"""

# LinkedIn's PDF export: employer once, then several roles with durations and a place line.
LINKEDIN_EXPORT = """\
Ravi Shah

Experience
Portline Ltd
Senior Data Engineer
January 2021 - Present (3 years 2 months)
Bristol, England, United Kingdom
Built the event platform on Kafka.
Data Engineer
March 2019 - December 2020 (1 year 10 months)
Wrote the first dbt models.

Tidewell Analytics
Analyst
2016 - 2019
Built weekly sales dashboards in Tableau.
"""

# American layout: employer and place, then the title with its dates far to the right;
# contact details on the headline line.
US_EMPLOYER_THEN_TITLE = """\
MARIA GONZALEZ
Registered Nurse · maria.g@example.com · (555) 123-4567 · Austin, TX

SUMMARY
Compassionate RN with 6 years of experience in emergency and critical care settings.

SKILLS
• Triage • ACLS/BLS • Epic EHR • IV therapy • Patient education

WORK EXPERIENCE

St. David's Medical Center — Austin, TX
Emergency Room Nurse                                                    Jun 2021 – Present
- Triage 30+ patients per shift in a Level II trauma center.
- Precepted 6 new graduate nurses; all passed orientation on schedule.

Seton Hospital, Round Rock, TX
Medical-Surgical Nurse, Aug 2018 – May 2021
- Cared for 5–6 post-operative patients per shift.

EDUCATION
Bachelor of Science in Nursing — University of Texas at Austin, 2018
"""

# Titles in capitals, employer and years on their own lines, prose sentences without markers.
CAPITAL_TITLES_AND_PROSE = """\
Kenji Watanabe
Senior Accountant

Professional Experience
ACCOUNTING MANAGER
Brightwater Foods plc
2019 – current
Responsible for month-end close across 3 entities. Reduced close from 10 to 5 days.
Introduced automated bank reconciliations in Xero, saving 20 hours a month.

SENIOR ACCOUNTANT
Calder & Finch LLP
2015 – 2019
Prepared statutory accounts for 40 small business clients.
"""
