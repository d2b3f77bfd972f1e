#!/usr/bin/env python3
"""Generate the Uptake sample site's programs and data (Northwind Traders).

What it writes, under the repository's `content/` folder:

- `content/programs/<id>.md` for three programs (feedback-that-lands,
  delegation-that-sticks, strategic-habits): YAML front matter in the shape of
  PRODUCT.md §1 and a Markdown narrative;
- `content/data/<id>/roster.csv`: the LMS enrollment export of each program;
- `content/data/<id>/pulse-<day>.csv`: one self-report pulse export per
  checkpoint, written the way the program's survey tool writes it (PRODUCT.md §1
  "Survey exports"; compare Tests/Fixtures/csv/<tool>/), with the program file's
  `format:` and `columns:` mapping its columns:
  - feedback-that-lands: Qualtrics (three header rows: export tags, question text,
    `{"ImportId":...}`; metadata columns; multi-select joined with ","; "Other" text
    in a `_TEXT` column of its own; two `Survey Preview` rows and one unfinished
    response that Uptake must skip; mapped by export tag, question text and ImportId);
  - delegation-that-sticks: Google Forms (`Timestamp` as `2026/03/15 2:05:33 PM
    GMT+1` in Central European time, `Email address`, multi-select joined with ", ");
  - strategic-habits: SurveyMonkey (two header rows, metadata columns, US dates
    `05/15/2026 02:12:33 PM`, the obstacle question spread over one column per option
    with its title above the first);
- `content/data/feedback-that-lands/manager-obs-30.csv`: one manager-observation
  export (generic format).

`uptake.yml` is written by hand and is not touched here.

The data comes from a small generative model, so the figures tell the story of
the article the product grew from (seed/learning-to-doing.txt): every
participant has a latent propensity to apply the training, every manager an
engagement level (how often they discuss the training with their people);
adoption holds where managers discuss it and decays where they do not, peer
check-ins help a little, people report more than their managers observe, and
satisfaction is high while doing lags behind. The exports also carry a few
deliberate data-quality problems: duplicate submissions (the later one is the
answer), respondents not on the roster, a respondent who did not complete the
training, a blank participant (an anonymous web-link response), e-mail
addresses in odd case or with spaces, and free text that needs CSV quoting or
HTML escaping. Closed questions export their option labels ("Yes", "Once a
week"), as the tools do.

The output is committed. It is deterministic (fixed seeds, standard library
only, no clock): running the script twice gives byte-identical files, and the
committed files must equal what it produces. Regenerate with

    python3 scripts/generate-sample.py

Files are UTF-8 with RFC 4180 quoting; rosters, observations and Google Forms exports
with LF line endings, Qualtrics and SurveyMonkey exports with CRLF (Qualtrics with a
byte-order mark), as those tools write them.
"""

import csv
import datetime
import io
import json
import math
import os
import random
import re
import unicodedata

SEED = 20260210
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, "content")
DOMAIN = "northwind.example"

# ---------------------------------------------------------------------------
# The organization: names, managers and their teams
# ---------------------------------------------------------------------------

# First and last names by naming culture, so that pairs stay plausible.
NAME_POOLS = [
    (["Emily", "James", "Olivia", "Liam", "Grace", "Noah", "Hannah", "Ethan", "Chloe", "Owen"],
     ["Walker", "Bennett", "Hughes", "Foster", "Reed", "Carter", "Brooks", "Sullivan", "O'Brien", "Murphy"]),
    (["Sofía", "Mateo", "Valentina", "Diego", "Camila", "Javier", "Lucía", "Andrés", "Isabela", "Tomás"],
     ["García", "Hernández", "Morales", "Rojas", "Castillo", "Vargas", "Ortega", "Navarro", "Ramírez", "Fuentes"]),
    (["João", "Ana", "Beatriz", "Rafael", "Larissa", "Thiago", "Mariana", "Gustavo"],
     ["Souza", "Oliveira", "Ferreira", "Almeida", "Carvalho", "Ribeiro", "Costa", "Barbosa"]),
    (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Katrin", "Matthias", "Sabine"],
     ["Müller", "Schneider", "Becker", "Wagner", "Hoffmann", "Schäfer", "Krüger", "Weiß"]),
    (["Camille", "Julien", "Élodie", "Antoine", "Chloé", "Mathieu", "Inès", "Hugo"],
     ["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau", "Fontaine", "Mercier"]),
    (["Łukasz", "Katarzyna", "Piotr", "Agnieszka", "Michał", "Zofia"],
     ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Zając"]),
    (["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris"],
     ["de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Jansen"]),
    (["Sigrid", "Mikael", "Astrid", "Henrik", "Freja", "Lars"],
     ["Lindqvist", "Johansson", "Nielsen", "Haugen", "Berg", "Sørensen"]),
    (["Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Tunde"],
     ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo"]),
    (["Wanjiru", "Kwame", "Amina", "Kofi", "Akosua", "Baraka"],
     ["Mensah", "Otieno", "Kamau", "Asante", "Boateng", "Mwangi"]),
    (["Omar", "Layla", "Yousef", "Nour", "Karim", "Rania"],
     ["Haddad", "Al-Masri", "Khalil", "Nasser", "Saleh", "Aziz"]),
    (["Elif", "Emre", "Zeynep", "Mehmet", "Ayşe", "Burak"],
     ["Yılmaz", "Demir", "Şahin", "Kaya", "Çelik", "Aydın"]),
    (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Meera", "Siddharth"],
     ["Sharma", "Iyer", "Reddy", "Nair", "Patel", "Menon", "Gupta", "Rao"]),
    (["Wei", "Jun", "Xiaoling", "Hao", "Mei", "Yan"],
     ["Chen", "Wang", "Zhang", "Liu", "Huang", "Zhou"]),
    (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Sakura"],
     ["Tanaka", "Suzuki", "Watanabe", "Sato", "Kobayashi", "Nakamura"]),
    (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Soo-ah"],
     ["Kim", "Park", "Lee", "Choi", "Jung", "Kang"]),
    (["Linh", "Minh", "Thảo", "Quang", "Hương", "Tuấn"],
     ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"]),
    (["Maricel", "Paolo", "Andrea", "Jerome", "Kristine", "Rafael"],
     ["Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Villanueva"]),
    (["Olena", "Dmytro", "Iryna", "Serhii", "Nataliia", "Andriy"],
     ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Petrenko", "Tkachenko"]),
    (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro"],
     ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino"]),
]

# Team name, region. One manager per team.
TEAMS = [
    ("Inbound Logistics", "EMEA"), ("Warehouse Operations Rotterdam", "EMEA"),
    ("Key Accounts DACH", "EMEA"), ("Customer Care EMEA", "EMEA"),
    ("Finance Shared Services", "EMEA"), ("Quality Assurance", "EMEA"),
    ("Data & Analytics", "EMEA"), ("Supplier Relations", "EMEA"),
    ("People Operations", "EMEA"), ("Category Management Beverages", "EMEA"),
    ("Field Sales North America", "Americas"), ("Distribution Planning", "Americas"),
    ("Customer Care Americas", "Americas"), ("Pricing", "Americas"),
    ("Procurement", "Americas"), ("Marketing", "Americas"),
    ("IT Service Desk", "Americas"), ("Sales Operations", "Americas"),
    ("Legal & Compliance", "Americas"),
    ("Regional Sales APAC", "APAC"), ("Supply Planning APAC", "APAC"),
    ("Warehouse Operations Singapore", "APAC"), ("Product Management", "APAC"),
    ("Finance APAC", "APAC"), ("Customer Success APAC", "APAC"),
    ("E-commerce", "APAC"),
]

TRANSLIT = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "đ": "d", "Đ": "D", "æ": "ae"}


def ascii_slug(text):
    """Lower-case ASCII for an e-mail local part: 'Nguyễn' -> 'nguyen', 'de Vries' -> 'devries'."""
    text = "".join(TRANSLIT.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9-]", "", text.lower())


class Org:
    """Everyone at Northwind who might be enrolled, and their managers."""

    def __init__(self, rng):
        self.rng = rng
        self.used_emails = set()
        self.managers = []
        engagement = [round(0.08 + 0.84 * i / (len(TEAMS) - 1), 2) for i in range(len(TEAMS))]
        rng.shuffle(engagement)
        for (team, region), eng in zip(TEAMS, engagement):
            name, email = self.new_person()
            members = [self.new_person() for _ in range(rng.randint(14, 22))]
            self.managers.append({
                "key": email.split("@")[0], "name": name, "email": email, "team": team,
                "region": region, "engagement": eng,
                "members": [{"name": n, "email": e, "drive": rng.gauss(0, 1)} for n, e in members],
            })

    def new_person(self):
        first_names, last_names = self.rng.choice(NAME_POOLS)
        while True:
            first, last = self.rng.choice(first_names), self.rng.choice(last_names)
            local = f"{ascii_slug(first)}.{ascii_slug(last)}"
            if local not in self.used_emails:
                self.used_emails.add(local)
                return f"{first} {last}", f"{local}@{DOMAIN}"


# ---------------------------------------------------------------------------
# The programs
# ---------------------------------------------------------------------------

FEEDBACK_BODY = """\
## Why it matters

Most of us have sat through feedback training and left with a framework we liked and never
used. The model made sense in the room. Back at work, the next one-on-one came around, the
agenda filled up with status updates, and the framework stayed in the slide deck.

This program is built the other way round. We practice on real conversations during the
session, we make the first application tiny, and we measure whether people *use* the
framework in the weeks after, not whether they enjoyed the workshop. High satisfaction scores
tell us the session was pleasant. They do not tell us whether a single conversation went
differently.

Feedback is the behavior where that gap costs the most. People who hear specific, timely
feedback know what to repeat and what to change. People who hear nothing, or hear it six
months later in a review, have to guess.

## What it covers

The framework has three moves. You don't need all three at once: one good question is a start.

| Move | Ask it like this | When it helps |
| --- | --- | --- |
| Look back | "What went well in that handover, and what would you change?" | After a piece of work is finished |
| Name the behavior | "When you summarized the options first, the client decided in ten minutes." | Within 48 hours of what you saw |
| Look ahead | "What would make the next one easier for you?" | At the end of any one-on-one |

In the session you practice each move several times, on situations from your own team,
including one conversation you have been putting off. You also practice asking for feedback
on your own leadership, which is the fastest way to make feedback normal in a team.

## Your first week

Your first step is deliberately small: **use one question from the framework in your next
one-on-one.** It takes about ten minutes and needs no preparation beyond choosing the
question. Before the session ends, you pick the one-on-one, pick the question and put a
reminder in your calendar.

After that:

- Write down one piece of specific feedback you owe someone and deliver it within two days.
- Check in with your practice partner after two weeks. Five minutes is enough: what did you
  try, and what happened?
- Tell your manager which question you are using. Managers receive a one-pager with three
  questions to ask you in your next one-on-one.

A short pulse survey follows at two weeks, one month, two months and three months, and a
practice touchpoint at two weeks, one month and three months. Each touchpoint asks the same
four things: what have you been practicing, what is working, what is harder than expected,
and what do you need more help with? Your answers shape the next touchpoint, and anything
that gets in your way, such as one-on-ones that keep being cancelled or a process that works
against you, goes to the people who can remove it.
"""

DELEGATION_BODY = """\
## Why it matters

Managers who do not delegate become the bottleneck of their own team. Work queues up behind
them, people wait for answers they could have given themselves, and the manager's week
disappears into tasks that someone else would have learned from. Most managers know this.
Delegation training rarely fails because people disagree with it; it fails because, on
Monday morning, doing the task yourself is faster than explaining it.

Delegation also fails for reasons that have nothing to do with the manager. If a process
still requires your signature, or a system only gives *you* the access rights, handing the
work over is not possible, however well you have been trained. That is why this program asks
about obstacles at every checkpoint and passes what it hears to the people who own those
processes.

## What it covers

- **Choosing what to hand over**: the recurring tasks that would stretch someone else, not
  only the ones you dislike.
- **Handing over the outcome**: what "done" looks like, the deadline and the check-in
  points, agreed in one short conversation.
- **Handing over the decision**: saying clearly which decisions are now theirs, so that the
  work does not come back to you for approval at every step.
- **Staying out of the way**: checking progress without taking the task back.

During the session you work on your own task list, not on a case study. You leave with one
task chosen, one person in mind, and a time in your calendar for the handover conversation.

## Your first week

Your first step takes about fifteen minutes: **identify one task you can delegate this
week.** Use this checklist:

- [ ] Look at last week's calendar and to-do list, and mark three tasks someone else could do.
- [ ] Pick the one that would help someone on your team grow.
- [ ] Decide what "done" looks like, and by when.
- [ ] Name the one decision in that task that will be theirs to make.
- [ ] Book fifteen minutes with them to hand it over.
- [ ] Tell your practice partner what you delegated and how it went.

If something stops you, such as an approval step, missing access or unclear authority, say
so in the two-week pulse survey. These are obstacles we can remove for the whole team, and
they are usually the reason delegation training does not stick.

Your manager receives a one-pager before and after the training. It asks them to talk with
you about what you plan to hand over, and to back you when the person you delegated to makes
a decision you would have made differently. That backing is what turns a first handover into
a habit. We check in again at one month and at three months, with a short pulse survey and a
practice touchpoint each time.
"""

STRATEGIC_BODY = """\
## Why it matters

Strategic thinking is rarely missing because people lack the skill. It is missing because
the week never leaves room for it. Urgent work expands into every open slot, and thinking
about what comes next happens, if at all, on the commute.

This program treats strategic thinking as a habit rather than a talent. A habit needs three
things: a small, specific action, a fixed moment in the week, and a reason to keep going
after the first try. The training provides the first two; the follow-ups at two weeks, one
month and three months provide the third.

> Training has worked when people do their jobs differently because of it, not when they
> have finished it.

## What it covers

1. **The Friday review.** Ten minutes at the end of the week to write down what worked, what
   did not, and what you would repeat. Over a quarter, these notes show patterns that no
   single week reveals.
2. **Protected thinking time.** One recurring block in the calendar, treated like a meeting
   with your most important stakeholder: you do not move it for routine work.
3. **Looking one quarter ahead.** Three questions for that block: what will matter more in
   three months than it does today, what are we doing only because we always have, and what
   would we stop if we had to free up a day a week?
4. **Sharing what you learn.** A short note to your team or your manager once a month, so
   that the review turns into decisions.

In the session you run your first review on the week you have just had, and you book your
first thinking block before you leave the room.

## Your first week

Your first step: **spend 10 minutes Friday reviewing what worked this week.** No template is
required; three bullet points in a notebook are enough. If you prefer a structure, use these
prompts: *What moved forward? What got in the way? What will I do differently next week?*

Then put a 25-minute thinking block in next week's calendar, and decline the first meeting
that tries to take it.

We ask how it is going at two weeks, one month, two months and three months. We want to
know how often you really do each of these, so please answer honestly: "rarely" tells us
more than an optimistic "weekly". If meetings or tools keep getting in the way, such as a
calendar that others fill for you or no shared place to keep your notes, say so in the pulse
survey. Those are exactly the obstacles this program is designed to find and remove.
"""

# Obstacle wording -> category. The first four are the article's common obstacles.
COMMON_OBSTACLES = [
    ("Outdated processes that conflict with the new approach", "process"),
    ("Tools that don't support the new behavior", "tools"),
    ("Workload that doesn't allow time for practice", "workload"),
    ("Lack of authority to make the change", "authority"),
    ("Not confident enough to try it without more support", "confidence"),
]

PROGRAMS = [
    {
        "id": "feedback-that-lands",
        "seed": 2007,  # see PROGRAM_SEEDS_NOTE
        "title": "Feedback That Lands",
        "summary": "A three-move feedback framework for one-on-ones, practiced on real conversations "
                   "and followed up for three months.",
        "audience": "People managers and team leads",
        "checkpoints": [14, 30, 60, 90],
        "touchpoints": [14, 30, 90],
        "behaviors": [
            {"id": "one-question", "name": "Ask one framework question in every one-on-one",
             "first_step": "Use one question from the framework in your next one-on-one",
             "first_step_minutes": 10, "target_frequency": "weekly",
             "alpha": -0.2, "freq_shift": 0.0,
             "q_applied": "Did you use a question from the framework in a one-on-one since the last survey?",
             "q_frequency": "How often do you use a framework question?",
             "q_confidence": "How confident do you feel asking framework questions? (1-5)",
             "q_observed": "Observed: uses a framework question in one-on-ones"},
            {"id": "specific-feedback", "name": "Give specific, behavior-based feedback within 48 hours",
             "first_step": "Write down one piece of feedback you owe someone and deliver it within two days",
             "first_step_minutes": 15, "target_frequency": "weekly",
             "alpha": -0.55, "freq_shift": -0.2,
             "q_applied": "Did you give specific feedback within 48 hours since the last survey?",
             "q_frequency": "How often do you give specific feedback?",
             "q_confidence": "How confident do you feel giving specific feedback? (1-5)",
             "q_observed": "Observed: gives specific feedback soon after the event"},
            {"id": "ask-for-feedback", "name": "Ask your team for feedback on how you lead",
             "first_step": "End your next team meeting by asking what you should keep, start or stop doing",
             "first_step_minutes": 10, "target_frequency": "monthly",
             "alpha": -0.95, "freq_shift": -0.7,
             "q_applied": "Did you ask your team for feedback on your leadership since the last survey?",
             "q_frequency": "How often do you ask your team for feedback?",
             "q_confidence": "How confident do you feel asking for feedback? (1-5)",
             "q_observed": "Observed: asks the team for feedback"},
        ],
        "manager_guide": {
            "why_it_matters": "Your people have just learned a simple feedback framework. Whether they use it "
                              "depends more on you than on the training: people practice what their manager "
                              "**asks about**.",
            "before": [
                "Tell your team why this training matters and which conversations you hope they will use it in.",
                "Connect it to a real team challenge, such as a handover that keeps going wrong.",
                "Make sure one-on-ones are in the calendar for the two weeks after the session.",
            ],
            "after": [
                "Ask what they learned and which question they plan to use first.",
                "Create a chance to practice: ask them for feedback on your own work in your next one-on-one.",
                "Notice, and say so, when you hear them use the framework.",
            ],
            "questions": [
                "Which question from the framework have you tried, and what happened?",
                "Whose work would benefit most from specific feedback this week?",
                "What would make it easier to give feedback on our team?",
            ],
        },
        "cohorts": [
            {"id": "2026-02-emea", "name": "EMEA, February", "trained_on": datetime.date(2026, 2, 10)},
            {"id": "2026-04-americas-apac", "name": "Americas and APAC, April",
             "trained_on": datetime.date(2026, 4, 21)},
        ],
        "cohort_by_region": {"EMEA": 0, "Americas": 1, "APAC": 1},
        "managers": {"EMEA": 7, "Americas": 4, "APAC": 3},
        "small_teams": [3, 4, 4],
        "team_size": (8, 14),
        "obstacles": COMMON_OBSTACLES + [
            ("Worried about how people will react", "confidence"),
            ("One-on-ones keep getting cancelled", "workload"),
        ],
        "obstacle_weights": {"confidence": 0.36, "workload": 0.30, "process": 0.11, "tools": 0.07,
                             "authority": 0.05, "other": 0.11},
        "response_rates": [0.82, 0.74, 0.66, 0.58],
        "survey_tool": "qualtrics",
        "observation_checkpoint": 30,
        "body": FEEDBACK_BODY,
    },
    {
        "id": "delegation-that-sticks",
        "seed": 2218,  # see PROGRAM_SEEDS_NOTE
        "title": "Delegation That Sticks",
        "summary": "Hand over one real task a week, with the outcome and the decision that go with it.",
        "audience": "First-line managers",
        "checkpoints": [14, 30, 90],
        "touchpoints": [14, 30, 90],
        "behaviors": [
            {"id": "delegate-a-task", "name": "Delegate one task a week with a clear outcome and deadline",
             "first_step": "Identify one task you can delegate this week",
             "first_step_minutes": 15, "target_frequency": "weekly",
             "alpha": -0.15, "freq_shift": -0.1,
             "q_applied": "Did you delegate a task with a clear outcome and deadline since the last survey?",
             "q_frequency": "How often do you delegate a task this way?",
             "q_confidence": "How confident do you feel delegating? (1-5)"},
            {"id": "hand-over-decisions", "name": "Hand over the decision, not just the work",
             "first_step": "Tell one person which decision on a current task is now theirs to make",
             "first_step_minutes": 10, "target_frequency": "monthly",
             "alpha": -0.95, "freq_shift": -0.7,
             "q_applied": "Did you hand over a decision (not just the work) since the last survey?",
             "q_frequency": "How often do you hand over decisions?",
             "q_confidence": "How confident do you feel handing over decisions? (1-5)"},
        ],
        "manager_guide": {
            "why_it_matters": "Delegation sticks when people are allowed to finish what they were handed. "
                              "Your backing, and your help in removing approval steps that force work back "
                              "up the chain, decide whether this training changes anything.",
            "before": [
                "Tell your team why delegation matters for them and for the team's workload.",
                "Agree which kinds of decisions they may hand over without asking you first.",
                "Look for approval steps or access rights that would stop them from delegating, and clear them.",
            ],
            "after": [
                "Ask which task they plan to hand over and to whom.",
                "Back the person who received the task when they make a reasonable decision you would have made differently.",
                "Notice the first handover and mention it in a team meeting.",
            ],
            "questions": [
                "What did you hand over this week, and how did it go?",
                "Which decision on that task belongs to the other person now?",
                "What is stopping you from delegating more, and can I remove it?",
            ],
        },
        "cohorts": [
            {"id": "2026-03-spring", "name": "Spring cohort", "trained_on": datetime.date(2026, 3, 3)},
            {"id": "2026-06-summer", "name": "Summer cohort", "trained_on": datetime.date(2026, 6, 9)},
        ],
        "cohort_by_region": None,
        "managers": {"EMEA": 4, "Americas": 4, "APAC": 3},
        "small_teams": [3, 4],
        "team_size": (7, 12),
        "obstacles": COMMON_OBSTACLES + [
            ("Approvals still have to go through me", "process"),
            ("Nobody else has the access or sign-off rights", "authority"),
            ("It is faster to do it myself", "workload"),
        ],
        "obstacle_weights": {"authority": 0.40, "process": 0.30, "workload": 0.11, "confidence": 0.08,
                             "tools": 0.04, "other": 0.07},
        "response_rates": [0.80, 0.69, 0.57],
        "survey_tool": "google-forms",
        "observation_checkpoint": None,
        "body": DELEGATION_BODY,
    },
    {
        "id": "strategic-habits",
        "seed": 139,  # see PROGRAM_SEEDS_NOTE
        "title": "Strategic Habits",
        "summary": "Two small weekly habits, a Friday review and protected thinking time, that make room "
                   "for strategic thinking.",
        "audience": "Team leads and senior individual contributors",
        "checkpoints": [14, 30, 60, 90],
        "touchpoints": [14, 30, 90],
        "behaviors": [
            {"id": "friday-review", "name": "Review what worked at the end of each week",
             "first_step": "Spend 10 minutes Friday reviewing what worked this week",
             "first_step_minutes": 10, "target_frequency": "weekly",
             "alpha": 0.25, "freq_shift": -0.1,
             "q_applied": "Did you do a Friday review since the last survey?",
             "q_frequency": "How often do you do the Friday review?",
             "q_confidence": "How confident are you that you can keep the Friday review going? (1-5)"},
            {"id": "thinking-time", "name": "Protect a recurring block for thinking ahead",
             "first_step": "Put a 25-minute thinking block in next week's calendar",
             "first_step_minutes": 5, "target_frequency": "weekly",
             "alpha": -0.55, "freq_shift": -0.3,
             "q_applied": "Did you keep a thinking block in your calendar since the last survey?",
             "q_frequency": "How often do you keep your thinking block?",
             "q_confidence": "How confident are you that you can protect your thinking time? (1-5)"},
        ],
        "manager_guide": {
            "why_it_matters": "Strategic thinking needs time that urgent work does not take. Your people will "
                              "only protect that time if they see **you** respect it.",
            "before": [
                "Tell your team why you want them to think a quarter ahead, with one example from your own area.",
                "Agree that a thinking block in the calendar counts as real work.",
                "Cancel or shorten one recurring meeting to make room for it.",
            ],
            "after": [
                "Ask what their first Friday review showed them.",
                "Do not book over their thinking block; ask others not to either.",
                "Once a month, ask what they would stop doing, and act on one answer.",
            ],
            "questions": [
                "What did your last Friday review tell you?",
                "Which meeting or task keeps taking your thinking time?",
                "What is one thing our team should stop doing next quarter?",
            ],
        },
        "cohorts": [
            {"id": "2026-05-leads", "name": "May cohort", "trained_on": datetime.date(2026, 5, 12)},
            {"id": "2026-08-leads", "name": "August cohort", "trained_on": datetime.date(2026, 8, 18)},
        ],
        "cohort_by_region": None,
        "managers": {"EMEA": 4, "Americas": 3, "APAC": 3},
        "small_teams": [3, 4],
        "team_size": (8, 12),
        "obstacles": COMMON_OBSTACLES + [
            ("Meetings fill the calendar before I can block time", "workload"),
            ("No shared place to capture what we learn", "tools"),
        ],
        "obstacle_weights": {"workload": 0.40, "tools": 0.25, "process": 0.12, "confidence": 0.08,
                             "authority": 0.04, "other": 0.11},
        "response_rates": [0.80, 0.73, 0.66, 0.60],
        "survey_tool": "surveymonkey",
        "observation_checkpoint": None,
        "body": STRATEGIC_BODY,
    },
]

OTHER_OBSTACLES = [
    "Other: team reorganization in progress",
    "Other: I was on leave for two weeks",
    "Other: new system rollout took all our attention",
    "Other: quarter-end close",
    "Other: my team is spread over three time zones",
    "Other: peak season in the warehouse",
    "Other: not sure yet",
]

OBSTACLE_TEXTS = {
    "feedback-that-lands": [
        "Most of my one-on-ones were cancelled during the audit.",
        "Hard to give feedback to people who are senior to me.",
        "I need more examples of how to phrase it for remote staff.",
        "Two of my reports are new, so I am still building trust.",
        "The framework questions feel scripted when I read them.",
        "Busy month, but I want to keep going.",
    ],
    "delegation-that-sticks": [
        "Every purchase order over 5,000 still needs my signature.",
        "Only team leads have access to the scheduling tool.",
        "My team is already at capacity, so there is nobody to delegate to.",
        "I delegated a report and it came back for approval three times.",
        "Unclear who owns supplier decisions after the reorg.",
        "I keep taking tasks back when deadlines get close.",
    ],
    "strategic-habits": [
        "Fridays are full of vendor calls.",
        "My calendar is managed by others and the block gets overwritten.",
        "We have no shared notes tool, so my reviews sit in a notebook.",
        "Peak season, no time for anything but firefighting.",
        "The thinking block works when I am in the office, not when I travel.",
        "I started, then stopped after two weeks.",
    ],
}

# Success stories: opener + what they did + what happened. Names never appear.
STORY_PARTS = {
    "feedback-that-lands": (
        ["In my Tuesday one-on-one", "After a difficult client call", "During our sprint retro",
         "With a new starter on my team", "In a one-on-one I had been dreading",
         "At the end of a long project"],
        ["I asked what went well and what they would change", "I named exactly what I had seen and why it mattered",
         "I asked what would make the next one easier", "I gave feedback the same afternoon instead of waiting",
         "I asked the team what I should stop doing", "I used the look-back question instead of giving advice"],
        ["and we found the real blocker in five minutes.", "and they fixed it before I had to.",
         "and the conversation was shorter and calmer than I expected.",
         "and two people have asked me for more feedback since.", "and it has become part of every one-on-one.",
         "and I learned something about my own habits."],
    ),
    "delegation-that-sticks": (
        ["With the weekly supplier report", "During stock-take week", "With our onboarding checklist",
         "On a customer escalation", "With the monthly forecast", "For the team's shift rota"],
        ["I handed the whole task to a colleague, including the final decision",
         "I agreed what done looks like and stepped back",
         "I delegated it with one check-in point instead of daily updates",
         "I let a team member own the decision for the first time",
         "I wrote down which decisions were theirs", "I delegated it to the person who asked to grow"],
        ["and it came back better than my version.", "and I got three hours of my week back.",
         "and the team now runs it without me.", "and they spotted a saving I had missed for months.",
         "and it is now their task for good.", "and nobody had to wait for my approval."],
    ),
    "strategic-habits": (
        ["After four Friday reviews", "In my first thinking block", "By the end of the first month",
         "After a month of thinking blocks", "In a Friday review before the quarterly planning",
         "Once I kept the block for three weeks"],
        ["I noticed the same delay kept showing up", "I wrote down what we do only because we always have",
         "I looked one quarter ahead instead of one week", "I shared my notes with the team",
         "I listed what I would stop if I had to free up a day",
         "I compared what worked this week with last month"],
        ["and we dropped a report nobody read.", "and we changed how we plan the peak season.",
         "and my manager used the notes in our planning.", "and the team now does its own review.",
         "and we fixed a handover that had failed for a year.",
         "and I stopped going to two meetings that did not need me."],
    ),
}

# Hand-written stories that exercise CSV quoting and HTML escaping.
SPECIAL_STORIES = {
    "feedback-that-lands": [
        'Tried it with my team <b>and</b> it "just worked" & stuck',
        "I asked one question, then stopped talking.\nThe answer changed how we plan handovers.",
    ],
    "delegation-that-sticks": [
        'Handed over the "Friday numbers", the whole thing, & it came back on time; my manager noticed.',
    ],
    "strategic-habits": [
        "Week 1: three bullets.\nWeek 6: a proposal to merge two reports, approved.",
    ],
}

SELF_REPORT_HEADERS = {
    "first_step_done": "Have you done your first step?",
    "obstacles": "What has made it hard to apply? (select all that apply)",
    "obstacle_text": "Anything else getting in the way?",
    "manager_discussed": "Has your manager discussed the training with you?",
    "peer_checkin": "Have you checked in with your practice partner?",
    "story": "Share a moment when it worked, in a sentence or two",
    "story_consent": "May we share your story anonymously?",
}

OBSERVATION_HEADERS = {"participant": "Direct Report Email", "observer": "Observer Email",
                       "submitted_at": "Submitted At"}

# How each tool's survey words the frequency options (FREQUENCIES order); README "How answers
# are read" lists the phrases Uptake understands.
FREQUENCY_LABELS = {
    "qualtrics": ["Never", "Less than once a month", "Once a month", "Once a week", "Every day"],
    "google-forms": ["Never", "Rarely", "Monthly", "Weekly", "Daily"],
    "surveymonkey": ["Never", "Once or twice", "A few times a month", "A few times a week", "Every day"],
}

# Qualtrics: the metadata columns (export tag, question text, ImportId) before the questions.
QUALTRICS_META = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
                  "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                  "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel",
                  "UserLanguage"]
QUALTRICS_META_TEXT = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)",
                       "Finished", "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name",
                       "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude",
                       "Distribution Channel", "User Language"]
QUALTRICS_META_IMPORT = [
    {"ImportId": "startDate", "timeZone": "UTC"}, {"ImportId": "endDate", "timeZone": "UTC"},
    {"ImportId": "status"}, {"ImportId": "ipAddress"}, {"ImportId": "progress"}, {"ImportId": "duration"},
    {"ImportId": "finished"}, {"ImportId": "recordedDate", "timeZone": "UTC"}, {"ImportId": "_recordId"},
    {"ImportId": "recipientLastName"}, {"ImportId": "recipientFirstName"}, {"ImportId": "recipientEmail"},
    {"ImportId": "externalDataReference"}, {"ImportId": "locationLatitude"}, {"ImportId": "locationLongitude"},
    {"ImportId": "distributionChannel"}, {"ImportId": "userLanguage"},
]
# The program file names Qualtrics columns all three ways: export tag (`Q1`), ImportId
# (`QID2`, `QID11_TEXT`) or question text, per kind of field.
QUALTRICS_MAPPED_BY = {"applied": "tag", "frequency": "import-id", "confidence": "text",
                       "first_step_done": "text", "obstacles": "tag", "obstacle_text": "import-id",
                       "manager_discussed": "text", "peer_checkin": "tag", "story": "import-id",
                       "story_consent": "import-id"}
# Where Qualtrics places a respondent from their IP address (offices per region).
OFFICES = {
    "EMEA": [("51.9225", "4.4792"), ("52.3676", "4.9041"), ("50.1109", "8.6821")],
    "Americas": [("41.8781", "-87.6298"), ("39.7392", "-104.9903"), ("43.6532", "-79.3832")],
    "APAC": [("1.2897", "103.8501"), ("-33.8688", "151.2093"), ("22.3193", "114.1694")],
}
ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

SURVEYMONKEY_META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
                     "First Name", "Last Name", "Custom Data 1"]

# ---------------------------------------------------------------------------
# The generative model
# ---------------------------------------------------------------------------

FREQUENCIES = ["Never", "Rarely", "Monthly", "Weekly", "Daily"]
# PROGRAM_SEEDS_NOTE: each program draws from its own random stream, seeded with
# f"{SEED}:{id}:{seed}". With 50-100 respondents per checkpoint, sampling noise alone
# moves a lift by +-12 points, so each program's `seed` was picked, among a few thousand,
# as one whose sample looks like the model's expected figures (manager lift growing
# to 20-35 points, small positive peer lift, declining response, the program's
# typical obstacles on top). Changing the model or the seed changes every figure.

# Logit weights of the adoption model (see ProgramGenerator.simulate).
MODEL = {
    "z": 0.9,            # latent propensity, first checkpoint
    "z_later": 0.5,      # latent propensity, later checkpoints
    "first_step": 0.45,  # did the tiny first step (+) or not (-)
    "discussed": 0.35,   # manager discussed the training (+) or not (-)
    "peer": 0.50,        # checked in with a practice partner
    "keep": 1.20,        # adopted at the previous checkpoint and kept it up
    "decay": 0.75,       # per doubling of days since training, when the manager did not discuss it
    "start": -1.9,       # adopted later without having adopted before
}
RESPONSE_Z = 0.45        # engaged people answer pulse surveys more often
INFLATERS = 0.25                # people who tend to answer "yes" to look good...
SELF_REPORT_INFLATION = 0.5     # ...for half of the behaviors they did not apply
OBSERVED_SENSITIVITY = 0.82     # a manager sees an adopted behavior
OBSERVED_FALSE_POSITIVE = 0.04


def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def pick_weighted(rng, weights):
    """A key of `weights` (a list of (key, weight) pairs), drawn in proportion."""
    total = sum(w for _, w in weights)
    r = rng.random() * total
    for key, w in weights:
        r -= w
        if r < 0:
            return key
    return weights[-1][0]


def yes_no(rng, value):
    """Yes/No as people and tools write it, with a few variants."""
    r = rng.random()
    if value:
        return "yes" if r < 0.04 else "Y" if r < 0.07 else "Yes"
    return "no" if r < 0.04 else "N" if r < 0.06 else "No"


def timestamp(day, rng):
    """A UTC time on `day`, during (global) working hours."""
    return datetime.datetime(day.year, day.month, day.day, rng.randint(7, 18), rng.randint(0, 59),
                             rng.randint(0, 59))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def qualtrics_time(t):
    """Qualtrics: `2026-03-14 09:05:13`, in the export's time zone (UTC here)."""
    return t.strftime("%Y-%m-%d %H:%M:%S")


def surveymonkey_time(t):
    """SurveyMonkey: `05/15/2026 02:12:33 PM` (UTC here)."""
    return f"{t.month:02d}/{t.day:02d}/{t.year} {t.hour % 12 or 12:02d}:{t.minute:02d}:{t.second:02d} " \
           f"{'PM' if t.hour >= 12 else 'AM'}"


def last_sunday(year, month):
    day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return day - datetime.timedelta(days=(day.weekday() + 1) % 7)


def google_forms_time(t):
    """Google Forms' download: `2026/03/15 2:05:33 PM GMT+1`, in the form owner's time zone
    (Central European Time, summer time from the last Sunday of March to the last Sunday of
    October, changing at 01:00 UTC)."""
    start = datetime.datetime.combine(last_sunday(t.year, 3), datetime.time(1))
    end = datetime.datetime.combine(last_sunday(t.year, 10), datetime.time(1))
    offset = 2 if start <= t < end else 1
    local = t + datetime.timedelta(hours=offset)
    hour = local.hour % 12 or 12
    return (f"{local.year}/{local.month:02d}/{local.day:02d} {hour}:{local.minute:02d}:{local.second:02d} "
            f"{'PM' if local.hour >= 12 else 'AM'} GMT+{offset}")


def submission_day(rng, start):
    """Most people answer on the day the pulse arrives or the next two days."""
    return start + datetime.timedelta(days=pick_weighted(rng, [(0, 0.38), (1, 0.26), (2, 0.16), (3, 0.12), (4, 0.08)]))


class ProgramGenerator:
    """One program: its enrollment, the latent states of its people, and its exports."""

    def __init__(self, spec, org):
        self.spec = spec
        self.org = org
        self.rng = random.Random(f"{SEED}:{spec['id']}:{spec['seed']}")
        self.behaviors = spec["behaviors"]
        self.used_stories = set()
        self.story_queue = list(SPECIAL_STORIES[spec["id"]])
        # What the survey tools add around the answers (ids, IP addresses, previews, an
        # abandoned response) comes from its own stream, so the model's draws stay the same.
        self.export_rng = random.Random(f"{SEED}:{spec['id']}:{spec['seed']}:export")

    # -- roster --------------------------------------------------------------

    def enroll(self):
        rng, spec = self.rng, self.spec
        chosen = []
        for region, count in spec["managers"].items():
            pool = [m for m in self.org.managers if m["region"] == region]
            chosen += rng.sample(pool, count)
        sizes = list(spec["small_teams"]) + [rng.randint(*spec["team_size"])
                                             for _ in range(len(chosen) - len(spec["small_teams"]))]
        rng.shuffle(sizes)
        people = []
        n_cohorts = len(spec["cohorts"])
        for k, (manager, size) in enumerate(zip(chosen, sizes)):
            # Most of a team trains together: in its region's cohort, or teams take turns.
            if spec["cohort_by_region"]:
                home = spec["cohort_by_region"][manager["region"]]
            else:
                home = k % n_cohorts
            for member in rng.sample(manager["members"], size):
                cohort = home if rng.random() < 0.85 else rng.randrange(n_cohorts)
                z = 0.6 * member["drive"] + 0.8 * rng.gauss(0, 1)
                people.append({"name": member["name"], "email": member["email"], "manager": manager,
                               "cohort": cohort, "z": z, "completed": True})
        # About one in eleven enrolled people did not complete the training.
        for p in rng.sample(people, max(3, round(len(people) * 0.09))):
            p["completed"] = False
        for p in people:
            p["satisfaction"] = self.satisfaction(p)
            p["scheduled"] = p["completed"] and rng.random() < sigmoid(0.85 + 0.7 * p["z"])
            p["inflates"] = rng.random() < INFLATERS
        people.sort(key=lambda p: (p["cohort"], p["email"]))
        self.people = people

    def satisfaction(self, p):
        rng = self.rng
        if not p["completed"]:
            return None if rng.random() < 0.75 else rng.choice([2, 3, 4])
        if rng.random() < 0.08:
            return None
        s = rng.random() + 0.04 * p["z"]
        return 5 if s > 0.52 else 4 if s > 0.10 else 3 if s > 0.03 else 2 if s > 0.008 else 1

    def roster_rows(self):
        header = ["participant", "name", "email", "cohort", "manager", "manager_name", "manager_email",
                  "team", "completed", "satisfaction", "first_step_scheduled"]
        rows = []
        for p in self.people:
            m = p["manager"]
            rows.append([p["email"], p["name"], p["email"], self.spec["cohorts"][p["cohort"]]["id"],
                         m["key"], m["name"], m["email"], m["team"], "yes" if p["completed"] else "no",
                         "" if p["satisfaction"] is None else str(p["satisfaction"]),
                         "yes" if p["scheduled"] else "no"])
        return header, rows

    # -- latent states over time ----------------------------------------------

    def simulate(self):
        """Manager discussion, peer check-in, first step and adoption for every trained
        participant at every checkpoint, whether or not they answer the survey."""
        rng = self.rng
        for p in self.people:
            p["states"] = []
            if not p["completed"]:
                continue
            prev = None
            for i, day in enumerate(self.spec["checkpoints"]):
                eng = p["manager"]["engagement"]
                if prev is None:
                    q = eng
                else:
                    q = min(0.97, max(0.03, eng + (0.12 if prev["discussed"] else -0.12)))
                discussed = rng.random() < q
                peer = rng.random() < (0.5 if i == 0 else 0.45 if prev["peer"] else 0.2)
                if prev is None:
                    first_step = rng.random() < sigmoid(-1.1 + 1.4 * p["scheduled"] + 0.6 * p["z"])
                else:
                    first_step = prev["first_step"] or rng.random() < 0.2
                t = math.log2(day / 14)
                adopted = {}
                for b in self.behaviors:
                    m = MODEL
                    if prev is None:
                        # First try: propensity, the first step, a manager who asked, a partner.
                        logit = b["alpha"] + m["z"] * p["z"] + (m["first_step"] if first_step else -m["first_step"])
                    elif prev["adopted"][b["id"]]:
                        # Keeping it up: holds where the manager discusses it, decays where not.
                        logit = m["keep"] + b.get("keep_shift", 0.0) + m["z_later"] * p["z"]
                        if not discussed:
                            logit -= m["decay"] * t
                    else:
                        # Starting later: rarer, and mostly when someone asks about it.
                        logit = m["start"] + 0.5 * b["alpha"] + m["z_later"] * p["z"]
                    logit += m["discussed"] if discussed else -m["discussed"]
                    logit += m["peer"] if peer else 0.0
                    adopted[b["id"]] = rng.random() < sigmoid(logit)
                prev = {"day": day, "discussed": discussed, "peer": peer, "first_step": first_step,
                        "adopted": adopted}
                p["states"].append(prev)

    # -- survey rows -----------------------------------------------------------

    def self_report(self, p, state, day_start, allow_story=True):
        """One canonical survey answer (field -> text) from a participant's latent state."""
        rng = self.rng
        row = {}
        z = p["z"]
        row["opened"] = datetime.datetime(day_start.year, day_start.month, day_start.day, 6, 0, 0)
        row["submitted_at"] = timestamp(submission_day(rng, day_start), rng)
        any_self_yes = False
        for b in self.behaviors:
            adopted = state["adopted"][b["id"]]
            says_yes = adopted or (rng.random() < SELF_REPORT_INFLATION and p.get("inflates", False))
            any_self_yes |= says_yes
            if rng.random() > 0.03:
                row[f"applied.{b['id']}"] = yes_no(rng, says_yes)
            if rng.random() > 0.04:
                if says_yes:
                    h = 0.7 * z + (0.35 if state["discussed"] else 0.0) + b["freq_shift"] + rng.gauss(0, 0.8)
                    if not adopted:
                        h -= 1.0
                    level = 4 if h > 1.1 else 3 if h > -0.15 else 2 if h > -0.85 else 1
                else:
                    level = 0 if rng.random() < 0.72 else 1
                row[f"frequency.{b['id']}"] = FREQUENCIES[level]
            if rng.random() > 0.05:
                c = round(3 + 0.7 * z + (0.6 if adopted else -0.5) + rng.gauss(0, 0.7))
                row[f"confidence.{b['id']}"] = str(min(5, max(1, c)))
        if rng.random() > 0.03:
            row["first_step_done"] = yes_no(rng, state["first_step"])
        any_adopted = any(state["adopted"].values())
        if rng.random() < (0.58 if any_adopted else 0.9):
            row["obstacles"] = self.obstacles(rng)
        if rng.random() < 0.11:
            row["obstacle_text"] = rng.choice(OBSTACLE_TEXTS[self.spec["id"]])
        if rng.random() > 0.06:
            row["manager_discussed"] = yes_no(rng, state["discussed"])
        if rng.random() > 0.02:
            row["peer_checkin"] = yes_no(rng, state["peer"])
        if allow_story and rng.random() < (0.13 if any_adopted and any_self_yes else 0.02):
            story, special = self.story(rng)
            if story:
                row["story"] = story
                # The hand-written stories are consented, so that the microsite shows them.
                row["story_consent"] = yes_no(rng, special or rng.random() < 0.75)
        return row

    def obstacles(self, rng):
        weights = list(self.spec["obstacle_weights"].items())
        n = pick_weighted(rng, [(1, 0.6), (2, 0.32), (3, 0.08)])
        categories = []
        while len(categories) < n:
            c = pick_weighted(rng, [(k, w) for k, w in weights if k not in categories])
            categories.append(c)
        wordings = [w for w, _ in self.spec["obstacles"]]
        chosen = []
        for c in categories:
            if c == "other":
                continue
            options = [w for w, cat in self.spec["obstacles"] if cat == c]
            chosen.append(options[int(rng.random() * len(options))])
        chosen.sort(key=wordings.index)      # exports list choices in option order
        if "other" in categories:
            chosen.append(OTHER_OBSTACLES[int(rng.random() * len(OTHER_OBSTACLES))])
        return chosen

    def story(self, rng):
        if self.story_queue and rng.random() < 0.5:
            return self.story_queue.pop(0), True
        openers, actions, results = STORY_PARTS[self.spec["id"]]
        for _ in range(20):
            s = f"{rng.choice(openers)}, {rng.choice(actions)} {rng.choice(results)}"
            if s not in self.used_stories:
                self.used_stories.add(s)
                return s, False
        return None, False

    def pulses(self):
        """Canonical rows per checkpoint day, data-quality problems included."""
        rng, spec = self.rng, self.spec
        by_day = {day: [] for day in spec["checkpoints"]}
        trained = [p for p in self.people if p["completed"]]
        for i, day in enumerate(spec["checkpoints"]):
            base = math.log(spec["response_rates"][i] / (1 - spec["response_rates"][i]))
            for p in trained:
                if rng.random() < sigmoid(base + RESPONSE_Z * p["z"]):
                    start = spec["cohorts"][p["cohort"]]["trained_on"] + datetime.timedelta(days=day)
                    row = self.self_report(p, p["states"][i], start)
                    row["participant"] = p["email"]
                    by_day[day].append(row)
        self.inject_problems(by_day)
        return by_day

    def inject_problems(self, by_day):
        rng, spec = self.rng, self.spec
        days = spec["checkpoints"]
        # Keys typed differently from the roster (must still match, trimmed and case-insensitive).
        for day in (days[0], days[-1]):
            row = rng.choice(by_day[day])
            local, domain = row["participant"].split("@")
            row["participant"] = (local.title() + "@" + domain.capitalize()) if day == days[0] \
                else " " + row["participant"] + " "
        # Duplicate submissions: an earlier, different attempt; the later row is the answer.
        n_dups = 3 if spec["id"] == "feedback-that-lands" else 2
        for k in range(n_dups):
            day = days[k % len(days)]
            original = rng.choice([r for r in by_day[day] if "duplicate_of" not in r and "story" not in r])
            early = dict(original)
            early["submitted_at"] = max(original["opened"],
                                        original["submitted_at"] - datetime.timedelta(minutes=rng.randint(25, 2000)))
            first = self.behaviors[0]["id"]
            if f"applied.{first}" in early:
                early[f"applied.{first}"] = "No" if original[f"applied.{first}"].lower().startswith("y") else "Yes"
            early.pop("obstacle_text", None)
            early["duplicate_of"] = original["participant"]
            # In one case the later answer comes first in the file: order must not decide.
            early["out_of_order"] = original["out_of_order"] = (k == 0)
            by_day[day].append(early)
        # Respondents not on the roster.
        strangers = {
            "feedback-that-lands": ["j.doe@northwind.example", "priya.nair.home@gmail.com"],
            "delegation-that-sticks": ["ops-leads@northwind.example", "sam.taylor@northwind.example",
                                       "m.kowalski@contractor.example"],
            "strategic-habits": ["alex.morgan@northwind.example", "strategy-team@northwind.example"],
        }[spec["id"]]
        for k, email in enumerate(strangers):
            day = days[(k + 1) % len(days)]
            fake = {"z": rng.gauss(0, 1), "cohort": k % len(spec["cohorts"])}
            state = {"discussed": rng.random() < 0.5, "peer": rng.random() < 0.4, "first_step": rng.random() < 0.6,
                     "adopted": {b["id"]: rng.random() < 0.5 for b in self.behaviors}}
            start = spec["cohorts"][fake["cohort"]]["trained_on"] + datetime.timedelta(days=day)
            row = self.self_report(fake, state, start, allow_story=False)
            row["participant"] = email
            by_day[day].append(row)
        # A respondent who is on the roster but did not complete the training.
        dropout = next(p for p in self.people if not p["completed"])
        state = {"discussed": False, "peer": False, "first_step": False,
                 "adopted": {b["id"]: False for b in self.behaviors}}
        start = spec["cohorts"][dropout["cohort"]]["trained_on"] + datetime.timedelta(days=days[0])
        row = self.self_report(dropout, state, start, allow_story=False)
        row["participant"] = dropout["email"]
        by_day[days[0]].append(row)
        # An anonymous submission (blank participant).
        if spec["id"] == "strategic-habits":
            day = days[2]
            state = {"discussed": True, "peer": False, "first_step": True,
                     "adopted": {b["id"]: True for b in self.behaviors}}
            start = spec["cohorts"][0]["trained_on"] + datetime.timedelta(days=day)
            row = self.self_report({"z": 0.5}, state, start, allow_story=False)
            row["participant"] = ""
            by_day[day].append(row)

    def observations(self, day):
        """Manager observations at `day`: most participants, by their own manager."""
        rng, spec = self.rng, self.spec
        i = spec["checkpoints"].index(day)
        rows = []
        for p in self.people:
            if not p["completed"]:
                continue
            if rng.random() > (0.97 if p["manager"]["engagement"] > 0.4 else 0.80):
                continue
            start = spec["cohorts"][p["cohort"]]["trained_on"] + datetime.timedelta(days=day)
            row = {"participant": p["email"], "observer": p["manager"]["email"],
                   "submitted_at": timestamp(start + datetime.timedelta(days=rng.randint(1, 7)), rng)}
            for b in self.behaviors:
                if rng.random() < 0.05:
                    continue
                adopted = p["states"][i]["adopted"][b["id"]]
                seen = rng.random() < (OBSERVED_SENSITIVITY if adopted else OBSERVED_FALSE_POSITIVE)
                row[f"observed.{b['id']}"] = "Yes" if seen else "No"
            rows.append(row)
        rows.sort(key=lambda r: r["submitted_at"])
        return rows

    # -- export layout ----------------------------------------------------------
    #
    # The self-report pulses of each program come from a different survey tool and are
    # written the way that tool writes them (PRODUCT.md §1 "Survey exports"; compare
    # Tests/Fixtures/csv/<tool>/). Everything a tool adds around the answers (response ids,
    # IP addresses, previews, unfinished responses) is drawn from a separate random stream,
    # `export_rng`, so that the model's stream, and with it every answer, stays the same.

    def questions(self):
        """(canonical field, question text, kind) in survey order; kind is one of
        yes-no, frequency, rating, multi, text."""
        qs = []
        for b in self.behaviors:
            qs += [(f"applied.{b['id']}", b["q_applied"], "yes-no"),
                   (f"frequency.{b['id']}", b["q_frequency"], "frequency"),
                   (f"confidence.{b['id']}", b["q_confidence"], "rating")]
        kinds = {"first_step_done": "yes-no", "obstacles": "multi", "obstacle_text": "text",
                 "manager_discussed": "yes-no", "peer_checkin": "yes-no", "story": "text",
                 "story_consent": "yes-no"}
        qs += [(field, SELF_REPORT_HEADERS[field], kind) for field, kind in kinds.items()]
        return qs

    def obstacle_options(self):
        return [w for w, _ in self.spec["obstacles"]]

    def answer(self, row, field, kind):
        """A canonical answer as the tool writes the chosen option."""
        value = row.get(field)
        if value is None or value == "":
            return ""
        if kind == "yes-no":
            # A closed question exports its option label, whatever variant the model drew.
            return "Yes" if value.strip().lower() in ("yes", "y") else "No"
        if kind == "frequency":
            return FREQUENCY_LABELS[self.spec["survey_tool"]][FREQUENCIES.index(value)]
        return value

    def self_report_columns(self):
        """Canonical field -> the column name the program file maps it to."""
        tool = self.spec["survey_tool"]
        questions = self.questions()
        if tool == "qualtrics":
            columns = {"participant": "RecipientEmail", "submitted_at": "RecordedDate"}
            for n, (field, text, kind) in enumerate(questions, start=1):
                qid = self.qualtrics_qid(n)
                how = QUALTRICS_MAPPED_BY[field.split(".")[0]]
                if how == "tag":
                    columns[field] = f"Q{n}"
                elif how == "import-id":
                    columns[field] = f"QID{qid}_TEXT" if kind == "text" else f"QID{qid}"
                else:
                    columns[field] = text
            return columns
        if tool == "google-forms":
            columns = {"participant": "Email address", "submitted_at": "Timestamp"}
        else:
            columns = {"participant": "Email Address", "submitted_at": "End Date"}
        columns.update({field: text for field, text, _ in questions})
        return columns

    def observation_columns(self):
        columns = dict(OBSERVATION_HEADERS)
        for n, b in enumerate(self.behaviors, start=1):
            columns[f"observed.{b['id']}"] = f"Q{n} {b['q_observed']}"
        return columns

    def ordered(self, rows):
        """Rows by submission time, except the one marked duplicate pair, swapped so that the
        later answer comes first in the file."""
        rows = sorted(rows, key=lambda r: r["submitted_at"])
        marked = [i for i, r in enumerate(rows) if r.get("out_of_order")]
        if len(marked) == 2:
            a, b = marked
            rows[a], rows[b] = rows[b], rows[a]
        # Kept from the generic layout: one draw per row from the model's stream (the
        # manager observations that follow are drawn from it too). It is the time the
        # respondent spent on the survey, where the tool records it.
        return [(r, self.rng.randint(48, 610)) for r in rows]

    def self_report_table(self, day, rows):
        """The export of checkpoint `day`: header rows and records, as the tool writes them."""
        tool = self.spec["survey_tool"]
        ordered = self.ordered(rows)
        if tool == "qualtrics":
            return self.qualtrics_table(day, ordered)
        if tool == "google-forms":
            return self.google_forms_table(ordered)
        return self.surveymonkey_table(day, ordered)

    # Shared details ---------------------------------------------------------------

    def person(self, participant):
        """The roster person behind a typed participant key, or None."""
        if not hasattr(self, "_by_key"):
            self._by_key = {p["email"]: p for p in self.people}
        return self._by_key.get(participant.strip().lower())

    def names(self, participant):
        """(first, last) as the tool's contact list has them."""
        p = self.person(participant)
        if p:
            first, _, last = p["name"].partition(" ")
            return first, last
        local = participant.strip().split("@")[0]
        parts = local.split(".")
        if len(parts) == 2 and all(re.fullmatch(r"[a-z]{2,}", x) for x in parts):
            return parts[0].title(), parts[1].title()
        return "", ""

    def ip_address(self):
        return f"{self.export_rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{self.export_rng.randint(2, 254)}"

    def filler_row(self, at, rng, upto=None):
        """Canonical answers for a row outside the model (a preview, an abandoned response)."""
        row = {"submitted_at": at}
        for n, (field, _, kind) in enumerate(self.questions(), start=1):
            if upto is not None and n > upto:
                break
            if kind == "yes-no":
                row[field] = rng.choice(["Yes", "No"])
            elif kind == "frequency":
                row[field] = rng.choice(FREQUENCIES)
            elif kind == "rating":
                row[field] = str(rng.randint(1, 5))
            elif kind == "multi" and rng.random() < 0.5:
                row[field] = [rng.choice(self.obstacle_options())]
        return row

    def other_text(self, choices):
        """The free text of an "Other" choice, without the generator's `Other: ` prefix."""
        return [c[len("Other: "):] if c.startswith("Other: ") else c
                for c in choices if c not in self.obstacle_options()]

    @staticmethod
    def merge(ordered, extra):
        """Insert extra (time, line) records among `ordered` (time, line) by time."""
        out = list(ordered)
        for at, line in sorted(extra, key=lambda e: e[0]):
            i = next((k for k, (t, _) in enumerate(out) if t > at), len(out))
            out.insert(i, (at, line))
        return [line for _, line in out]

    # Qualtrics --------------------------------------------------------------------

    def qualtrics_qid(self, n):
        """The ImportId number of the n-th question. Export tags follow the survey's order
        (Q1, Q2, ...); question ids follow the order questions were created in: the first-step
        question was added last, after the questions below it."""
        m = 3 * len(self.behaviors)
        total = len(self.questions())
        if n <= m:
            return n
        if n == m + 1:
            return total
        return n - 1

    def qualtrics_table(self, day, ordered):
        questions = self.questions()
        other_choice = len(self.obstacle_options()) + 1
        tags, texts, ids = list(QUALTRICS_META), list(QUALTRICS_META_TEXT), [
            json.dumps(d, separators=(",", ":")) for d in QUALTRICS_META_IMPORT]
        for n, (field, text, kind) in enumerate(questions, start=1):
            qid = self.qualtrics_qid(n)
            if kind == "multi":
                tags += [f"Q{n}", f"Q{n}_{other_choice}_TEXT"]
                texts += [f"{text} - Selected Choice", f"{text} - Other - Text"]
                ids += [json.dumps({"ImportId": f"QID{qid}"}, separators=(",", ":")),
                        json.dumps({"ImportId": f"QID{qid}_{other_choice}_TEXT"}, separators=(",", ":"))]
            else:
                tags.append(f"Q{n}")
                texts.append(text)
                ids.append(json.dumps({"ImportId": f"QID{qid}_TEXT" if kind == "text" else f"QID{qid}"},
                                      separators=(",", ":")))
        rng = self.export_rng
        days = self.spec["checkpoints"]

        def record(row, status, duration, finished=True, progress=100, recipient=None, channel="email"):
            at = row["submitted_at"]
            person = self.person(recipient) if recipient else None
            region = person["manager"]["region"] if person else rng.choice(list(OFFICES))
            lat, lon = rng.choice(OFFICES[region]) if status == "IP Address" else ("", "")
            first, last = self.names(recipient) if recipient else ("", "")
            line = [qualtrics_time(at - datetime.timedelta(seconds=duration)), qualtrics_time(at), status,
                    self.ip_address() if status == "IP Address" else "", str(progress), str(duration),
                    "True" if finished else "False", qualtrics_time(at),
                    "R_" + "".join(rng.choice(ID_CHARS) for _ in range(15)), last, first, recipient or "", "",
                    lat, lon, channel, "EN"]
            for field, _, kind in questions:
                if kind == "multi":
                    choices = row.get(field) or []
                    labels = [c for c in choices if c in self.obstacle_options()]
                    others = self.other_text(choices)
                    # Qualtrics joins the selected choices with "," and puts the text typed
                    # into "Other" in a column of its own.
                    line += [",".join(labels + (["Other"] if others else [])), ",".join(others)]
                else:
                    line.append(self.answer(row, field, kind))
            return line

        records = [(r["submitted_at"], record(r, "IP Address", d, recipient=r["participant"])) for r, d in ordered]
        extra = []
        if day == days[0]:
            # The survey owner previewed the survey the day before it went out.
            first = min(r["submitted_at"] for r, _ in ordered)
            for k in range(2):
                at = datetime.datetime(first.year, first.month, first.day, 16, 5 + 11 * k, rng.randint(0, 59)) \
                    - datetime.timedelta(days=1)
                extra.append((at, record(self.filler_row(at, rng), "Survey Preview", rng.randint(35, 140),
                                         channel="preview")))
        if day == days[1]:
            # Someone opened the pulse, answered the first questions and left; Qualtrics
            # records the response as unfinished a week later.
            answered = {r["participant"].strip().lower() for r, _ in ordered}
            silent = [p for p in self.people if p["completed"] and p["email"] not in answered]
            p = silent[int(rng.random() * len(silent))]
            opened = self.spec["cohorts"][p["cohort"]]["trained_on"] + datetime.timedelta(days=day + 1)
            started = datetime.datetime(opened.year, opened.month, opened.day, 12, rng.randint(0, 59),
                                        rng.randint(0, 59))
            at = started + datetime.timedelta(days=7)
            row = self.filler_row(at, rng, upto=3)
            extra.append((at, record(row, "IP Address", 7 * 86400, finished=False, progress=rng.randint(18, 40),
                                     recipient=p["email"])))
        return [tags, texts, ids], self.merge(records, extra)

    # Google Forms -----------------------------------------------------------------

    def google_forms_table(self, ordered):
        questions = self.questions()
        header = ["Timestamp", "Email address"] + [text for _, text, _ in questions]
        out = []
        for r, _ in ordered:
            line = [google_forms_time(r["submitted_at"]), r["participant"]]
            for field, _, kind in questions:
                if kind == "multi":
                    choices = r.get(field) or []
                    # Checkbox answers in option order, "Other" text last, joined with ", ".
                    line.append(", ".join([c for c in choices if c in self.obstacle_options()]
                                          + self.other_text(choices)))
                else:
                    line.append(self.answer(r, field, kind))
            out.append(line)
        return [header], out

    # SurveyMonkey -----------------------------------------------------------------

    def surveymonkey_table(self, day, ordered):
        questions = self.questions()
        options = self.obstacle_options()
        titles, subtitles = list(SURVEYMONKEY_META), [""] * len(SURVEYMONKEY_META)
        for field, text, kind in questions:
            if kind == "multi":
                # A multi-select question spans one column per option: its title above the
                # first, the option labels in the second header row.
                titles += [text] + [""] * len(options)
                subtitles += options + ["Other (please specify)"]
            else:
                titles.append(text)
                subtitles.append("Open-Ended Response" if kind == "text" else "Response")
        rng = self.export_rng
        index = self.spec["checkpoints"].index(day)
        email_collector = str(431250000 + 7919 * index + rng.randint(0, 999))
        web_collector = str(431260000 + 7919 * index + rng.randint(0, 999))
        respondent = 114280000000 + 10_000_000 * index + rng.randint(0, 99999)
        out = []
        for r, duration in ordered:
            respondent += rng.randint(17, 4200)
            anonymous = not r["participant"].strip()
            first, last = ("", "") if anonymous else self.names(r["participant"])
            at = r["submitted_at"]
            line = [str(respondent), web_collector if anonymous else email_collector,
                    surveymonkey_time(at - datetime.timedelta(seconds=duration)), surveymonkey_time(at),
                    self.ip_address(), r["participant"], first, last, ""]
            for field, _, kind in questions:
                if kind == "multi":
                    choices = r.get(field) or []
                    line += [o if o in choices else "" for o in options]
                    line.append(", ".join(self.other_text(choices)))
                else:
                    line.append(self.answer(r, field, kind))
            out.append(line)
        return [titles, subtitles], out

    def observation_table(self, rows):
        columns = self.observation_columns()
        header = [columns["submitted_at"], columns["participant"], columns["observer"]] + \
                 [columns[f"observed.{b['id']}"] for b in self.behaviors]
        out = []
        for r in rows:
            out.append([iso(r["submitted_at"]), r["participant"], r["observer"]] +
                       [r.get(f"observed.{b['id']}", "") for b in self.behaviors])
        return [header], out


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

YAML_RESERVED = {"yes", "no", "y", "n", "true", "false", "on", "off", "null", "~"}


def yaml_scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, datetime.date)):
        return str(value)
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9 ,.'()/&-]*[A-Za-z0-9.)]", value) and value.lower() not in YAML_RESERVED:
        return value
    return json.dumps(value, ensure_ascii=False)


def column_name(header):
    """A mapping value: plain when it is a simple name (`Q1`, `QID11_TEXT`, `End Date`), else quoted."""
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9_ ]*[A-Za-z0-9]", header) and header.lower() not in YAML_RESERVED:
        return header
    return json.dumps(header, ensure_ascii=False)


def program_markdown(gen):
    spec = gen.spec
    lines = ["---",
             "# Generated by scripts/generate-sample.py: edit the script, then run it again.",
             f"id: {spec['id']}",
             f"title: {yaml_scalar(spec['title'])}",
             f"summary: {yaml_scalar(spec['summary'])}",
             f"audience: {yaml_scalar(spec['audience'])}",
             f"checkpoints: [{', '.join(str(d) for d in spec['checkpoints'])}]",
             f"touchpoints: [{', '.join(str(d) for d in spec['touchpoints'])}]",
             "behaviors:"]
    for b in spec["behaviors"]:
        lines += [f"  - id: {b['id']}",
                  f"    name: {yaml_scalar(b['name'])}",
                  f"    first_step: {yaml_scalar(b['first_step'])}",
                  f"    first_step_minutes: {b['first_step_minutes']}",
                  f"    target_frequency: {b['target_frequency']}"]
    guide = spec["manager_guide"]
    lines += ["manager_guide:", f"  why_it_matters: {yaml_scalar(guide['why_it_matters'])}"]
    for key in ("before", "after", "questions"):
        lines.append(f"  {key}:")
        lines += [f"    - {yaml_scalar(item)}" for item in guide[key]]
    lines.append("cohorts:")
    for c in spec["cohorts"]:
        lines += [f"  - id: {yaml_scalar(c['id'])}", f"    name: {yaml_scalar(c['name'])}",
                  f"    trained_on: {c['trained_on'].isoformat()}"]
    lines += [f"roster: data/{spec['id']}/roster.csv", "surveys:"]
    for day in spec["checkpoints"]:
        lines += [f"  - file: data/{spec['id']}/pulse-{day}.csv", f"    format: {spec['survey_tool']}",
                  "    kind: self-report", f"    checkpoint: {day}", "    columns:"]
        lines += [f"      {field}: {column_name(header)}" for field, header in gen.self_report_columns().items()]
    if spec["observation_checkpoint"]:
        day = spec["observation_checkpoint"]
        lines += [f"  - file: data/{spec['id']}/manager-obs-{day}.csv", "    format: generic",
                  "    kind: manager-observation", f"    checkpoint: {day}", "    columns:"]
        lines += [f"      {field}: {json.dumps(header, ensure_ascii=False)}"
                  for field, header in gen.observation_columns().items()]
    lines.append("obstacle_categories:")
    lines += [f"  {yaml_scalar(wording)}: {category}" for wording, category in spec["obstacles"]]
    lines += ["---", ""]
    return "\n".join(lines) + spec["body"]


def write_text(relpath, text):
    path = os.path.join(CONTENT, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return relpath


# How each tool writes its CSV file (as in Tests/Fixtures/csv/<tool>/): Qualtrics with a
# byte-order mark and CRLF, SurveyMonkey with CRLF, Google Forms' download with LF.
CSV_STYLE = {"qualtrics": ("\ufeff", "\r\n"), "surveymonkey": ("", "\r\n"), "google-forms": ("", "\n"),
             "generic": ("", "\n")}


def write_csv(relpath, header_rows, rows, style="generic"):
    bom, newline = CSV_STYLE[style]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    writer.writerows(header_rows)
    writer.writerows(rows)
    return write_text(relpath, bom + buf.getvalue())


def main():
    org = Org(random.Random(f"{SEED}:org"))
    written = []
    for spec in PROGRAMS:
        gen = ProgramGenerator(spec, org)
        gen.enroll()
        gen.simulate()
        pid = spec["id"]
        written.append(write_text(f"programs/{pid}.md", program_markdown(gen)))
        header, roster = gen.roster_rows()
        written.append(write_csv(f"data/{pid}/roster.csv", [header], roster))
        for day, rows in gen.pulses().items():
            written.append(write_csv(f"data/{pid}/pulse-{day}.csv", *gen.self_report_table(day, rows),
                                     style=spec["survey_tool"]))
        if spec["observation_checkpoint"]:
            day = spec["observation_checkpoint"]
            written.append(write_csv(f"data/{pid}/manager-obs-{day}.csv",
                                     *gen.observation_table(gen.observations(day))))
    for relpath in written:
        print(f"wrote content/{relpath}")


if __name__ == "__main__":
    main()
