"""Short postings written for these tests (the benchmark has its own, longer ones)."""

from __future__ import annotations

DATA_ANALYST = """Data Analyst
Hazelmere Energy - Bristol

What you will do
- Write SQL queries and build Power BI dashboards on customer usage and billing
- Design A/B tests for our tariff pages and report what the results show
- Present findings to the pricing and marketing teams and manage their requests
- Investigate data quality problems and get them fixed at the source

What you need
- Strong SQL and Excel; Python for analysis is a plus
- A good grasp of statistics
- Clear communication with people who are not analysts
"""

NURSE = """Staff Nurse - Elderly Care Ward
Westbrook General Hospital

Main duties
- Assess and plan care for a group of patients on each shift
- Administer medication safely and keep accurate records
- Escalate a deteriorating patient early and act on the response
- Communicate kindly with patients and their families
- Work with doctors, therapists and the discharge team

Person specification
- Registered nurse with current NMC registration
- Infection control and safeguarding training
- Calm under pressure and able to prioritise a busy workload
"""

HOTEL = """Guest Relations Supervisor
The Quayside Hotel, Whitby

Your role
- Welcome guests at the front desk and handle check-in and check-out
- Resolve guest complaints calmly and put things right
- Supervise a small reception team and plan their rotas
- Handle cash and card payments and keep the till accurate

About you
- Experience in a hotel or another hospitality setting
- Friendly, patient and well organised
"""

SOFTWARE = """Backend Developer
Inkpost Ltd

You will
- Build and run Python services and REST APIs on AWS
- Review code, write tests and fix production bugs at the root cause
- Work with product and design to decide what to build
- Mentor junior developers

You have
- Experience with Python, PostgreSQL, Docker and Kubernetes
- Good problem-solving skills and clear written communication
"""

NOTHING = """Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor
incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation
ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit
in voluptate velit esse cillum dolore eu fugiat nulla pariatur."""

GERMAN = """Vertriebsleiter (m/w/d)
Wir suchen eine erfahrene Führungskraft für unser Vertriebsteam in München.

Ihre Aufgaben
- Sie führen ein Team von acht Mitarbeitern und entwickeln es weiter
- Sie verhandeln mit Großkunden und verantworten den Umsatz der Region
- Sie berichten direkt an die Geschäftsführung

Ihr Profil
- Mehrjährige Erfahrung im Vertrieb, idealerweise im Maschinenbau
- Verhandlungsgeschick und Durchsetzungsvermögen
"""
