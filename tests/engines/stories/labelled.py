"""Short stories the project wrote, each with the competencies a careful reader would tag.

DEV tuned the tagger's weights and threshold; HOLDOUT was written afterwards and only measured,
so its figures are the honest ones. Gold sets hold the one to three competencies a story shows
most clearly, not every competency it touches.
"""

from __future__ import annotations

Labelled = tuple[str, frozenset[str]]


def _g(*ids: str) -> frozenset[str]:
    return frozenset(ids)


DEV: tuple[Labelled, ...] = (
    (
        "On a night shift our ward was two nurses short and a patient on bay three was "
        "deteriorating. I ranked the patients by acuity, handed the stable ones to the healthcare "
        "assistant with clear checks, and called the outreach team early. Everyone got their "
        "medication on time and the deteriorating patient was moved to high dependency safely.",
        _g("prioritisation", "resilience"),
    ),
    (
        "Two senior developers kept arguing in code review about how to structure our API. "
        "I sat down with each of them separately to understand what worried them, then we met "
        "together and agreed a short design guide. The reviews calmed down and the two of them "
        "now pair on the hardest changes.",
        _g("conflict_resolution", "collaboration"),
    ),
    (
        "Our nightly data pipeline failed twice a week and nobody owned it. I took it on without "
        "being asked, traced the failures to duplicate loads, added freshness checks and wrote a "
        "runbook. Failures dropped from eight a month to one.",
        _g("ownership", "problem_solving"),
    ),
    (
        "A parent was furious that her son had been moved down a maths set. I listened, showed "
        "her his test results and the work he found hard, and we agreed a plan with weekly "
        "practice at home. Six weeks later he moved back up, and she thanked the school.",
        _g("communication", "conflict_resolution", "customer_focus"),
    ),
    (
        "I shipped a pricing change on a Friday without testing the discount path, and for two "
        "hours customers were charged twice. I told my manager straight away, refunded everyone "
        "and wrote the post-mortem. Since then I never release on Fridays and I added a test for "
        "every discount rule.",
        _g("learning_from_failure", "integrity", "ownership"),
    ),
    (
        "Our café was losing regulars to the chain across the road. I asked twenty customers what "
        "they missed, found that the morning queue was the problem, and introduced a pre-order "
        "counter. Morning sales went up 18 percent within a month.",
        _g("customer_focus", "innovation"),
    ),
    (
        "When I became team lead, three of the five engineers were thinking of leaving. I set a "
        "clear direction for the quarter, gave each person a project they owned, and held weekly "
        "one-to-ones. A year later nobody had left and we delivered the new platform.",
        _g(
            "leadership",
        ),
    ),
    (
        "I noticed our returns rate had doubled in one region. I pulled the warehouse data, "
        "checked it against courier scans and found one depot was mislabelling parcels. After we "
        "fixed the labels, returns went back to normal and we saved about 40,000 pounds a year.",
        _g("data_driven_judgment", "problem_solving"),
    ),
    (
        "The finance director wanted the new reporting system live by March, while the auditors "
        "needed six more weeks of parallel running. I mapped what each of them needed, proposed "
        "a phased launch and kept both updated every Friday. We went live in stages and the audit "
        "passed without findings.",
        _g("stakeholder_management", "communication"),
    ),
    (
        "I mentored a junior designer who was nervous about presenting to clients. We rehearsed "
        "together, I gave her feedback after each meeting, and I slowly handed her more of the "
        "presentations. Within four months she was leading client workshops on her own.",
        _g(
            "mentoring",
        ),
    ),
    (
        "Halfway through the project the client changed the scope and cut our budget by a "
        "third. I reworked the plan over a weekend, dropped two features with the client's "
        "agreement and moved the team onto the new priorities the following Monday.",
        _g("adaptability", "prioritisation"),
    ),
    (
        "A supplier offered me a paid weekend trip if we renewed their contract. I declined, "
        "reported it to compliance and ran the tender as usual. Another supplier won on price, "
        "and the audit later praised the process.",
        _g(
            "integrity",
        ),
    ),
    (
        "We had to choose a new warehouse site with only half the traffic data we wanted. I "
        "listed what we knew and what we did not, picked the site we could leave after a year, "
        "and set a review date. The review confirmed the choice.",
        _g(
            "decisions_under_ambiguity",
        ),
    ),
    (
        "I wanted the hospital to adopt a new falls-prevention checklist, but I had no authority "
        "over the other wards. I gathered our falls data, found a ward manager who would pilot it, "
        "and presented the results at the nursing forum. Four wards adopted it within a year.",
        _g("influence_without_authority", "data_driven_judgment"),
    ),
    (
        "Our sales team missed target for three quarters. I rebuilt the pipeline review, focused "
        "the team on the forty accounts most likely to close and removed the approval steps that "
        "slowed quotes. We closed the year at 112 percent of target.",
        _g("delivering_results", "prioritisation"),
    ),
    (
        "After a tough performance review I realised I interrupted people in meetings. I asked "
        "two colleagues to tell me every time I did it, and I started writing my point down "
        "instead of saying it immediately. My next review said I was much easier to work with.",
        _g(
            "self_awareness",
        ),
    ),
    (
        "The board asked whether we should enter the German market. I studied competitors, "
        "customer demand and our costs, and argued that we should first win in Austria, where we "
        "could learn cheaply. The board agreed and we opened in Vienna the next spring.",
        _g(
            "strategic_thinking",
        ),
    ),
    (
        "I lost the biggest account in my territory after a competitor undercut us. It knocked me "
        "back, but I asked the client for honest feedback, rebuilt my pipeline over the next two "
        "months and finished the year above quota.",
        _g("resilience", "learning_from_failure"),
    ),
    (
        "Our support team answered the same password question two hundred times a week. I "
        "prototyped a self-service reset page over a weekend, tested it with ten customers and "
        "rolled it out. Password tickets fell by 70 percent.",
        _g("innovation", "customer_focus"),
    ),
    (
        "Marketing and engineering kept blaming each other for late launches. I set up a shared "
        "launch calendar and a fifteen-minute weekly sync between the two teams. The next three "
        "launches went out on the planned date.",
        _g("collaboration", "communication"),
    ),
    (
        "During the first lockdown our restaurant had two weeks to become a takeaway business. "
        "I redesigned the menu for delivery, retrained the kitchen staff and set up online "
        "ordering. We kept every member of staff employed.",
        _g("adaptability", "leadership"),
    ),
    (
        "I had to explain a complex pension change to three hundred employees, most of whom hated "
        "jargon. I wrote a one-page summary with examples, ran small Q&A sessions and checked "
        "understanding with a short quiz. Complaints to HR dropped to almost none.",
        _g(
            "communication",
        ),
    ),
    (
        "The construction schedule slipped by three weeks because of a steel delay. I re-sequenced "
        "the work so the fit-out could start early, negotiated weekend shifts with the "
        "subcontractor and told the client about the risk early. We handed over on the original "
        "date.",
        _g("delivering_results", "stakeholder_management"),
    ),
    (
        "Our A/B test showed the new checkout increased conversion, but I noticed the test group "
        "had more returning customers. I reran it with balanced groups and the effect "
        "disappeared. We kept the old checkout and saved a costly rebuild.",
        _g(
            "data_driven_judgment",
        ),
    ),
    (
        "A new apprentice electrician was struggling with wiring diagrams. I broke them into small "
        "exercises, let him wire a test board under supervision and gradually gave him real jobs. "
        "He passed his assessment first time.",
        _g(
            "mentoring",
        ),
    ),
    (
        "The production line kept stopping for no obvious reason. I logged every stoppage for a "
        "week, found they clustered after the morning cleaning, and traced it to a sensor that "
        "was being knocked. A bracket costing ten pounds fixed it.",
        _g(
            "problem_solving",
        ),
    ),
    (
        "I was asked to lead a merger of two accounts teams with different cultures. I met "
        "everyone individually, agreed shared working rules with both team leads and made the "
        "unpopular call to move to one system. Within six months the combined team closed the "
        "books two days faster.",
        _g("leadership", "delivering_results"),
    ),
    (
        "My manager wanted me to tell a customer that a delayed order had shipped. I said I would "
        "not, explained the risk to our reputation, and called the customer myself with the true "
        "date and a discount. The customer stayed with us.",
        _g("integrity", "customer_focus"),
    ),
    (
        "As a junior analyst I thought our forecasting method was wrong. I built a simple "
        "comparison of last year's forecasts against actuals, shared it with the head of "
        "planning over coffee and offered to run a trial. The team switched methods the next "
        "quarter.",
        _g("influence_without_authority", "data_driven_judgment"),
    ),
    (
        "I had five deadlines in the same week and could not meet them all. I asked my manager "
        "which two mattered most, agreed new dates for the rest with the requesters, and "
        "delivered the two on time.",
        _g("prioritisation", "communication"),
    ),
    (
        "Our charity's biggest grant was cut with a month's notice. I stayed calm, kept the "
        "volunteers informed, and applied to four other funders in three weeks. Two came through "
        "and no programme closed.",
        _g("resilience", "delivering_results"),
    ),
    (
        "I joined a hospital project where nobody knew whether the new scheduling system would be "
        "ready in time. With incomplete information I decided to run the old rota in parallel, "
        "which we could drop at any time, and set a checkpoint after four weeks.",
        _g("decisions_under_ambiguity", "adaptability"),
    ),
    (
        "Our app's rating had fallen to three stars. I read every one-star review from the past "
        "month, called ten of the reviewers, and found that the login kept timing out on older "
        "phones. After the fix the rating went back to 4.5.",
        _g("customer_focus", "problem_solving"),
    ),
    (
        "I started a monthly lunch-and-learn where each engineer taught one thing they knew well. "
        "After a year, we had forty recorded sessions, and new starters used them to get up to "
        "speed in half the time.",
        _g("mentoring", "innovation"),
    ),
    (
        "I planned a product launch that failed: we sold a tenth of the forecast. I had skipped "
        "customer interviews to save time. For the next launch I ran interviews first, changed "
        "the positioning, and it beat its forecast.",
        _g("learning_from_failure", "customer_focus"),
    ),
    (
        "The regional director and the head of IT each wanted my team's time for their own "
        "project. I set out the trade-offs in a one-page note, asked them to agree the order "
        "together and kept both informed weekly. Both projects shipped that year.",
        _g("stakeholder_management", "prioritisation"),
    ),
    (
        "A colleague in procurement and I disagreed sharply about switching suppliers. Instead of "
        "escalating, I asked what she was worried about, which was delivery risk, and we agreed a "
        "three-month trial with a fallback supplier. She became one of my closest allies.",
        _g(
            "conflict_resolution",
        ),
    ),
    (
        "I rewrote our onboarding for new care workers after noticing many left in their first "
        "month. I interviewed leavers, cut the paperwork and paired each new starter with an "
        "experienced buddy. First-month attrition fell from 30 to 12 percent.",
        _g("ownership", "data_driven_judgment", "mentoring"),
    ),
    (
        "Our library's visitor numbers had dropped for years. I proposed evening study sessions "
        "and a small maker space, tested the idea with a six-week pilot, and presented the "
        "numbers to the council. The council funded it permanently.",
        _g("innovation", "influence_without_authority"),
    ),
    (
        "I worked with the design, legal and operations teams to launch a new returns policy. I "
        "ran weekly check-ins, kept one shared tracker and made sure each team knew what the "
        "others needed from them. The policy launched on time.",
        _g("collaboration", "stakeholder_management"),
    ),
    (
        "A journalist on my desk filed a story with an unverified quote from a minister. I held "
        "the story, called the minister's office myself and found the quote was wrong. We "
        "published the next day with the correct quote.",
        _g(
            "integrity",
        ),
    ),
    (
        "I moved from teaching to software testing at 35. I taught myself Python in the evenings, "
        "asked for feedback from testers I met at meetups, and accepted a junior role to learn "
        "properly. Two years later I lead the test team.",
        _g("adaptability", "self_awareness"),
    ),
    (
        "We had to cut the department's budget by 15 percent. I looked at where our spending "
        "served the three-year plan and where it did not, protected the training budget, and "
        "stopped two legacy reports nobody read.",
        _g("strategic_thinking", "prioritisation"),
    ),
    (
        "The accounts payable backlog was six weeks deep when I arrived. I automated the matching "
        "of invoices to purchase orders, cleared the backlog in three weeks and kept it under "
        "five days from then on.",
        _g("delivering_results", "innovation"),
    ),
    (
        "I presented quarterly results to the executive team and the first slide confused them. "
        "Afterwards I asked the CFO what she needed, rebuilt the deck around three decisions, "
        "and the next meeting finished early.",
        _g("communication", "stakeholder_management"),
    ),
    (
        "When the lab's main analyser broke before a deadline, I kept the team calm, borrowed "
        "time on a partner lab's machine and worked in shifts over the weekend. We delivered the "
        "samples on time.",
        _g("resilience", "delivering_results"),
    ),
    (
        "I realised I always said yes to every request and was burning out. I started blocking "
        "focus time, saying which requests I could not take on, and asked my manager for "
        "feedback on what mattered most. My output improved and I stopped working weekends.",
        _g("self_awareness", "prioritisation"),
    ),
    (
        "Our city's bus timetable data was a mess of spreadsheets. I proposed a single shared "
        "database, built a prototype in two weeks and won over the planners by showing them how "
        "much time it saved. It became the standard tool.",
        _g("innovation", "influence_without_authority"),
    ),
    (
        "Our dental practice kept double-booking appointments. I went through a month of the "
        "diary, found the clash came from the online booking tool ignoring lunch breaks, and "
        "had the supplier fix the setting. Double bookings stopped.",
        _g(
            "problem_solving",
        ),
    ),
    (
        "A teammate kept missing her code reviews and the rest of us were annoyed. I talked to "
        "her privately, learned she was covering for a sick colleague, and we shared out her "
        "reviews for a month. The tension in the team went away.",
        _g("conflict_resolution", "collaboration"),
    ),
    (
        "When our head chef left suddenly I ran the kitchen for six weeks. I kept the menu "
        "simple, gave each cook one station to own and briefed the team every afternoon. We kept "
        "our hygiene rating and no service was cancelled.",
        _g("leadership", "adaptability"),
    ),
    (
        "I noticed our churn figures counted paused subscriptions as cancellations. I checked "
        "the definitions with finance, corrected the dashboard and showed that real churn was "
        "4 percent, not 9. The retention campaign was refocused on the right customers.",
        _g(
            "data_driven_judgment",
        ),
    ),
    (
        "I coached a new support agent who froze on angry calls. We listened to recordings "
        "together, practised openings, and I sat beside her for a week. By month two her "
        "customer satisfaction scores were above the team average.",
        _g("mentoring", "customer_focus"),
    ),
    (
        "I missed a filing deadline for a client because I relied on a reminder that never came. "
        "I phoned the client, paid the penalty from our budget and set up a shared deadline "
        "calendar with two checks. We have not missed a deadline since.",
        _g("learning_from_failure", "ownership"),
    ),
    (
        "Operations wanted faster delivery and finance wanted lower costs. I brought both heads "
        "together with a cost-per-day chart, found a carrier that met both targets, and kept "
        "them updated through the switch.",
        _g("stakeholder_management", "conflict_resolution"),
    ),
    (
        "Nobody had updated the school's safeguarding training in years. I volunteered to rewrite "
        "it, checked it against the latest guidance and delivered it to all staff before the "
        "inspection, which rated us outstanding.",
        _g("ownership", "delivering_results"),
    ),
    (
        "A large customer asked for a custom feature that only they would use. I explained "
        "honestly why we would not build it, offered a workaround with our export tool and "
        "checked in a month later. They renewed for three years.",
        _g("customer_focus", "communication"),
    ),
    (
        "The new regulations were published with gaps nobody could answer yet. I decided to "
        "comply with the strictest reading for the first quarter, documented why, and adjusted "
        "when the regulator issued guidance.",
        _g("decisions_under_ambiguity", "integrity"),
    ),
    (
        "I persuaded three department heads to share one training budget. I showed each of them "
        "what they would gain, adjusted the plan after their objections and got written "
        "commitments before the budget meeting.",
        _g("influence_without_authority", "stakeholder_management"),
    ),
    (
        "After our biggest fundraiser was rained off, I rebooked the venue, ran an online auction "
        "in the meantime and kept sponsors on board. We raised more than the year before.",
        _g("resilience", "adaptability"),
    ),
    (
        "I argued that our firm should stop bidding for small public contracts and focus on "
        "framework agreements, based on five years of win rates and margins. The partners agreed, "
        "and margins rose by six points over two years.",
        _g("strategic_thinking", "data_driven_judgment"),
    ),
    (
        "Feedback from my team said my updates were too long. I tried a three-line format with "
        "the decision first, asked for comments after a month and kept it. People now reply the "
        "same day.",
        _g("self_awareness", "communication"),
    ),
    (
        "We were three engineers with twelve feature requests for the quarter. I scored each by "
        "customer impact and effort, agreed the top four with product and told the requesters "
        "why theirs would wait. All four shipped.",
        _g("prioritisation", "stakeholder_management"),
    ),
    (
        "Our warehouse pickers walked miles every shift. I tested a new slotting layout in one "
        "aisle, measured walking distance with step counters, and rolled it out to the whole "
        "site when it cut walking by a quarter.",
        _g("innovation", "data_driven_judgment"),
    ),
    (
        "The hotel lost its booking system on the busiest weekend of the year. I printed the "
        "arrivals list from a backup, set up a paper check-in desk and kept guests informed with "
        "a note in every room. We checked in 240 guests without a single complaint.",
        _g("adaptability", "customer_focus", "resilience"),
    ),
    (
        "I inherited a payroll process with fourteen manual steps. I mapped every step, removed "
        "the ones that only existed for an old system, and scripted the rest. The monthly run went "
        "from three days to four hours.",
        _g("innovation", "problem_solving"),
    ),
    (
        "A physiotherapist on my team was quietly struggling with a caseload twice the normal "
        "size. I noticed in our supervision session, reviewed her list with her and moved "
        "twelve patients to colleagues. Her wait times came back within target.",
        _g("leadership", "mentoring"),
    ),
    (
        "Our product and sales directors disagreed about whether to discount for a large "
        "prospect. I laid out what each option meant for margin and for the roadmap, and they "
        "agreed on a smaller discount tied to a two-year term.",
        _g("stakeholder_management", "conflict_resolution"),
    ),
    (
        "I had assumed the survey results were representative, but only managers had replied. "
        "When I spotted that, I withdrew the report, reran the survey with reminders to all staff "
        "and published the corrected findings with a note explaining the change.",
        _g("data_driven_judgment", "integrity", "learning_from_failure"),
    ),
    (
        "Our youth club was told in April that its funding would end in June. I wrote to local "
        "businesses, organised a sponsored run with the members and kept the doors open all "
        "summer while we applied for a new grant.",
        _g("resilience", "ownership"),
    ),
    (
        "The site engineer wanted to pour concrete despite the forecast frost. I refused to sign "
        "off, explained the risk of cracking in writing and we poured two days later. The slab "
        "passed inspection.",
        _g("integrity", "communication"),
    ),
    (
        "With no brief from the client beyond 'make it modern', I sketched three very different "
        "directions, tested them with five of their customers and let the client choose with "
        "that feedback in hand.",
        _g("decisions_under_ambiguity", "customer_focus"),
    ),
    (
        "I had to hit a savings target of 200,000 pounds in procurement by year end. I "
        "renegotiated our ten largest contracts, consolidated two cleaning suppliers into one and "
        "reached 230,000 by November.",
        _g(
            "delivering_results",
        ),
    ),
    (
        "Our school's exam results in science were falling. I compared three years of results by "
        "topic, found that electricity was the weak area, and rebuilt that unit with practical "
        "lessons. The next year's pass rate rose by eleven points.",
        _g("data_driven_judgment", "problem_solving"),
    ),
    (
        "I persuaded the operations team, who did not report to me, to trial a new shift "
        "pattern. I visited each shift, listened to their concerns about childcare and changed "
        "the rota before asking them to try it.",
        _g(
            "influence_without_authority",
        ),
    ),
    (
        "A manager once told me I made decisions too fast. I started writing down the options "
        "before choosing and asking one colleague to challenge me. It slowed me down a little, "
        "but my decisions held up better.",
        _g("self_awareness", "learning_from_failure"),
    ),
    (
        "The finance team and the warehouse had different stock counts every month. I sat with "
        "both teams, agreed one counting method and a shared weekly reconciliation, and the gap "
        "closed within two months.",
        _g("collaboration", "problem_solving"),
    ),
    (
        "When our start-up's runway fell to six months, I recommended we stop building for small "
        "shops and focus on restaurant chains, where our numbers showed twice the retention. The "
        "founders agreed and we raised our next round a year later.",
        _g("strategic_thinking", "data_driven_judgment"),
    ),
    (
        "I trained three new pharmacy assistants during the winter rush. I wrote a short guide "
        "to the dispensing checks, shadowed each of them for a week and gave them a little more "
        "independence each day.",
        _g("mentoring", "communication"),
    ),
    (
        "I had four client reports due on the same day as a system migration. I told the clients "
        "which two would come a day late and why, delivered the other two first and joined the "
        "migration in the afternoon.",
        _g("prioritisation", "stakeholder_management"),
    ),
    (
        "I misread a drug chart and gave a patient a dose an hour early. I told the nurse in "
        "charge immediately, the patient was monitored and was fine, and I reported it. I now "
        "read every chart back aloud before giving anything.",
        _g("learning_from_failure", "integrity"),
    ),
    (
        "Our open-source project's maintainers had stopped answering issues. I started triaging "
        "the backlog every Monday, labelled the easy issues for newcomers and wrote a guide for "
        "contributors. Response times fell from weeks to two days.",
        _g("ownership", "prioritisation"),
    ),
    (
        "I presented our new charging policy to a hostile room of tenants. I opened by "
        "acknowledging their worries, used three real bills to show the change, and took every "
        "question. Most of the complaints stopped after that meeting.",
        _g("communication", "conflict_resolution"),
    ),
    (
        "I was asked to set the three-year plan for our small logistics team. I looked at where "
        "our largest customers were growing, proposed opening a second depot in the north, and "
        "built the business case the board approved.",
        _g("strategic_thinking", "influence_without_authority"),
    ),
    (
        "Our florist shop had one week to prepare two hundred wedding arrangements after the "
        "other supplier pulled out. I split the orders between the three of us by flower type, "
        "worked late every night and delivered every arrangement on the morning of the wedding.",
        _g("delivering_results", "resilience"),
    ),
    (
        "A new graduate on my audit team kept making the same errors in her working papers. "
        "Rather than fixing them myself, I went through one file with her line by line, wrote "
        "down the three checks she should always run, and reviewed her next two files closely.",
        _g(
            "mentoring",
        ),
    ),
    (
        "The school wanted to cut the music department to save money. I gathered attendance and "
        "exam data, showed the governors how many pupils chose the school for music, and "
        "suggested sharing a teacher with the primary school instead. They kept the department.",
        _g("influence_without_authority", "data_driven_judgment"),
    ),
    (
        "Our mobile app crashed for some users after every update, but never on our test "
        "phones. I collected crash reports, saw they all came from one older Android version, "
        "and found a library we had upgraded did not support it.",
        _g(
            "problem_solving",
        ),
    ),
    (
        "I told my director that the launch date she had promised the client was not realistic. "
        "It was uncomfortable, but I showed her the plan, and we gave the client a date we could "
        "keep.",
        _g("integrity", "stakeholder_management"),
    ),
    (
        "Two of my reports could not stand working together and the whole office could feel "
        "it. I met each of them, then the three of us agreed how they would divide the accounts "
        "and how they would raise problems in future.",
        _g("conflict_resolution", "leadership"),
    ),
    (
        "Our hospital moved to electronic records in a month, and many of the older nurses "
        "dreaded it. I learned the system early, became the go-to person on my ward and ran "
        "short sessions at the start of each shift.",
        _g("adaptability", "mentoring"),
    ),
    (
        "I wrote the weekly email to our three hundred volunteers, and few people read it. I "
        "asked a handful what they actually needed, cut it to the three things that mattered "
        "that week and put the dates at the top. Open rates doubled.",
        _g("communication", "customer_focus"),
    ),
    (
        "My first product launch as a manager missed its date by two months because I had not "
        "involved the support team. For the second launch I brought support in from the "
        "start, and it went out on the planned day.",
        _g("learning_from_failure", "collaboration"),
    ),
    (
        "We had a fixed budget for the festival and three times as many requests as we could "
        "fund. I set criteria with the committee, turned down the acts that did not fit the "
        "theme and explained our reasons to each of them.",
        _g("prioritisation", "communication"),
    ),
    (
        "Nobody in the firm tracked how long our proposals took to write. I started logging it "
        "myself, found that half the time went on formatting, and built a template library that "
        "the whole bid team now uses.",
        _g("ownership", "innovation"),
    ),
    (
        "A key supplier went bankrupt with no warning. We did not know how long the "
        "administrators would take, so I placed a small order with a second supplier we could "
        "cancel, and kept our main production running.",
        _g("decisions_under_ambiguity", "adaptability"),
    ),
    (
        "I advised the owners of our family bakery to stop wholesale and open a second shop, "
        "since our margins on shop sales were four times higher. It took two years, but the "
        "second shop now earns more than wholesale ever did.",
        _g("strategic_thinking", "data_driven_judgment"),
    ),
    (
        "A guest at the hotel lost her passport the night before her flight. I called the "
        "embassy, arranged an emergency appointment and had a taxi waiting. She made her flight "
        "and wrote to the manager about it.",
        _g("customer_focus", "ownership"),
    ),
    (
        "During a ransomware attack I coordinated our response for thirty hours straight, "
        "keeping the executive team briefed every two hours while the engineers restored "
        "systems from backups.",
        _g("resilience", "stakeholder_management", "communication"),
    ),
    (
        "After a colleague said I came across as dismissive in meetings, I asked my manager to "
        "watch for it. I now ask a question before giving my view, and people bring me their "
        "ideas more often.",
        _g(
            "self_awareness",
        ),
    ),
    (
        "Our legal team and the sales team were stuck on contract terms for months. I invited "
        "both to one workshop, wrote down each side's must-haves and we agreed a standard "
        "contract in a day.",
        _g("collaboration", "conflict_resolution"),
    ),
    (
        "I tried a four-day week for my team of designers as a three-month experiment, with the "
        "same goals as before. We measured output and client scores, both held steady, and the "
        "company made it permanent.",
        _g("innovation", "leadership"),
    ),
    (
        "The quarterly numbers a colleague sent to the bank were wrong in our favour. I pointed "
        "it out to my manager, we sent a correction the same day, and the bank thanked us for "
        "being open.",
        _g(
            "integrity",
        ),
    ),
    (
        "I took over a failing sales region of eight people. I spent my first month on calls "
        "with each of them, set three clear goals, and by the end of the year the region was "
        "second in the country.",
        _g("leadership", "delivering_results"),
    ),
)

HOLDOUT: tuple[Labelled, ...] = (
    (
        "The night before a trade show our stand graphics arrived with the wrong logo. I found a "
        "local print shop open until midnight, redesigned the files in an hour and had new "
        "panels up by eight the next morning.",
        _g("resilience", "adaptability"),
    ),
    (
        "I looked after a veterinary practice's stock ordering and kept running out of the same "
        "vaccines. I went back through six months of orders and appointments, saw that demand "
        "peaked every spring, and moved to ordering a month ahead.",
        _g("data_driven_judgment", "problem_solving"),
    ),
    (
        "A call-centre agent on my team had the lowest scores in the group. I listened to his "
        "calls with him every Friday, picked one habit to work on each week, and after three "
        "months he was in the top half.",
        _g(
            "mentoring",
        ),
    ),
    (
        "Our architects wanted a glass atrium and the client's budget could not stretch to it. I "
        "sat down with both, set out what each option would cost and how it would look, and "
        "they settled on a smaller skylight everyone was happy with.",
        _g("stakeholder_management", "conflict_resolution"),
    ),
    (
        "I ran the checkout tills at a supermarket when the card machines failed on a Saturday. I "
        "opened extra cash lanes, sent a colleague to the bank for change and kept the queue "
        "moving until the machines came back.",
        _g("adaptability", "ownership"),
    ),
    (
        "I was responsible for a software release that deleted some users' saved drafts. I "
        "rolled it back, emailed every affected user with an apology, and afterwards added an "
        "automatic backup before any migration.",
        _g("learning_from_failure", "customer_focus", "ownership"),
    ),
    (
        "Our council team wanted residents to recycle more. Instead of another leaflet, we "
        "tried coloured bin lids in two streets and compared the weights collected. Recycling "
        "rose by a fifth, and the idea was rolled out across the borough.",
        _g("innovation", "data_driven_judgment"),
    ),
    (
        "The marketing manager and I kept clashing over deadlines for the catalogue. I asked "
        "her to walk me through her calendar, realised her dates came from the printer, and we "
        "built one schedule backwards from the print date.",
        _g("conflict_resolution", "collaboration"),
    ),
    (
        "I had to tell a long-standing client that we could no longer offer the discount they "
        "had enjoyed for years. I explained the reasons in person, showed what we could offer "
        "instead, and they stayed.",
        _g("communication", "customer_focus"),
    ),
    (
        "I was the only person on the project who spoke Spanish, so I became the link between "
        "our London office and the team in Madrid. I set up a weekly call and translated the "
        "specifications, and the two offices finished the integration together.",
        _g("collaboration", "communication"),
    ),
    (
        "I coordinated a conference with a committee of volunteers who each wanted a different "
        "keynote speaker. I asked them to rank the options against the theme and the budget, "
        "and we booked the top choice within a week.",
        _g("prioritisation", "stakeholder_management"),
    ),
    (
        "My manager asked me to backdate a safety inspection form. I said no, explained that "
        "it could put workers at risk and our licence in doubt, and offered to do the "
        "inspection that afternoon instead.",
        _g(
            "integrity",
        ),
    ),
    (
        "We had two weeks to decide whether to renew a lease without knowing if our funding "
        "would continue. I negotiated a six-month break clause so we could leave early if the "
        "money did not come, and signed.",
        _g(
            "decisions_under_ambiguity",
        ),
    ),
    (
        "I was passed over for a promotion I had expected. I asked my manager what was missing, "
        "spent the next year leading two cross-team projects, and got the role at the next "
        "round.",
        _g("resilience", "self_awareness"),
    ),
    (
        "As head of the maths department I saw that our brightest pupils were bored. I set up "
        "an extension club, asked two teachers to run it with me, and five pupils went on to "
        "win places at the national olympiad.",
        _g("leadership", "innovation"),
    ),
    (
        "Our delivery vans were spending hours in traffic. I argued to the owners that we should "
        "switch to early-morning deliveries and a depot closer to the ring road, showing the "
        "fuel savings, and they approved it for the next year's budget.",
        _g("strategic_thinking", "influence_without_authority"),
    ),
    (
        "I was asked to finish a website redesign that was three months late when the previous "
        "lead left. I cut the scope to the pages that brought in sales, agreed it with the "
        "owners and launched five weeks later.",
        _g("delivering_results", "prioritisation"),
    ),
    (
        "I noticed I avoided giving negative feedback to my team. I started writing down one "
        "piece of honest feedback for each person before our one-to-ones, and two of them told "
        "me it was the most useful advice they had had.",
        _g("self_awareness", "leadership"),
    ),
    (
        "A patient's family complained that nobody explained his treatment. I arranged a "
        "meeting with the consultant, wrote a plain summary of the plan and gave them my direct "
        "number for questions.",
        _g("customer_focus", "communication"),
    ),
    (
        "The research lab's freezer alarm went off at two in the morning. I came in, moved "
        "every sample to the backup freezer, logged the temperatures and wrote up what "
        "happened, so no experiment was lost.",
        _g("ownership", "resilience"),
    ),
)
