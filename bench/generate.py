#!/usr/bin/env python3
"""Deterministic benchmark workloads for Uptake.

    python3 bench/generate.py enterprise DIR     # 200 programs, 40,000 people, 1,000,000 survey rows
    python3 bench/generate.py pages DIR          # 10,000 program definitions, 2-4 KB of Markdown each
    python3 bench/generate.py enterprise DIR --programs 20   # a slice (for profiling)

Python 3 standard library only. Every random choice comes from a `random.Random` seeded with a
fixed string (string seeds hash with SHA-512, so PYTHONHASHSEED does not matter) and nothing
iterates a set, so a rerun writes byte-identical files. DIR must not exist or be empty; it is
never the repository (the generator refuses a DIR inside a git work tree other than .bench-data).

Survey exports are laid out exactly like Tests/Fixtures/csv/<tool>/ and mapped with `columns:`
as the README's "Mapping an export from each survey tool" shows:
  qualtrics     3 header rows (tag, question text, ImportId JSON), CRLF, BOM, RecordedDate
                `2026-03-14 09:05:13`, Status/Finished columns (previews and unfinished rows
                included, they are skipped by Uptake), multi-select joined with ","
  surveymonkey  2 header rows, multi-select spanning one column per option (title carried
                forward over blank header cells), End Date `05/15/2026 02:12:33 PM`, CRLF
  google-forms  1 header row, Timestamp `2026/03/15 2:05:33 PM GMT+5:30` (or the linked
                sheet's `3/15/2026 14:05:33`), multi-select joined with ", ", LF
  ms-forms      BOM, CRLF, ID/Start time/Completion time/Email/Name, `3/14/2026 9:05`,
                multi-select joined with ";" and a trailing ";"
  generic       manager-observation exports, ISO 8601 timestamps (every 5th program)
"""

import argparse
import os
import random
import sys

# ---------------------------------------------------------------------------------------------
# Sizes

ENTERPRISE = dict(programs=200, participants=40_000, managers=4_000, rows=1_000_000)
TEAM_SIZE = 10                 # participants // managers
TEAMS_PER_PROGRAM = 160        # teams enrolled in each program (~1,470 people, ~1,370 trained)
ENROLL_SHARE = 0.92            # share of an enrolled team's members on the roster
CHECKPOINTS = [14, 30, 60, 90]
ROWS_PER_CHECKPOINT = [1350, 1250, 1250, 1150]   # 5,000 per program
OBSERVATION_ROWS = 600         # programs with a manager-observation export take these from the pulses
PAGES = 10_000

TOOLS = ["qualtrics", "surveymonkey", "google-forms", "ms-forms"]

FIRST = ["Ana", "Ben", "Chloé", "Dee", "Elif", "Felix", "Grace", "Hiro", "Ines", "Jonas", "Kwame", "Lena",
         "Mehmet", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomás", "Uma", "Viktor", "Wen", "Ximena",
         "Yusuf", "Zofia", "Andrés", "Björn", "Carmen", "Dmitri", "Emeka", "Fatima", "Gustav", "Hana", "Ivan",
         "Jia", "Kofi", "Lucía", "Marek", "Nadia"]
LAST = ["Diaz", "Ode", "Lefèvre", "Lund", "Aydın", "Wagner", "Mwangi", "Rao", "Castillo", "Kowalczyk",
        "Çelik", "Bianchi", "Al-Masri", "Reed", "Tanaka", "Nguyen", "Okafor", "Silva", "Novak", "Schmidt",
        "Kim", "Haddad", "Larsen", "Moreau", "Petrov", "Santos", "Yilmaz", "O'Brien", "Müller", "Jansen",
        "Costa", "Ibrahim", "Fischer", "Dubois", "Eriksson", "Lopez", "Patel", "Chen", "Kaur", "Rossi"]
ASCII = str.maketrans("éèëıçüöäáíóúñÇÉ'", "eeeicuoaaiounCE-")
DEPARTMENTS = ["Sales", "Customer Care", "Finance", "Engineering", "Data & Analytics", "Warehouse Operations",
               "Marketing", "Legal", "People", "Procurement", "Product", "Field Service"]
REGIONS = ["EMEA", "Americas", "APAC", "DACH", "Nordics", "Iberia"]

BEHAVIORS = [
    ("one-question", "Ask one framework question in every one-on-one", "ask a framework question in a one-on-one",
     "Use one question from the framework in your next one-on-one", 10, "weekly"),
    ("specific-feedback", "Give specific, behavior-based feedback within 48 hours", "give specific feedback within 48 hours",
     "Write down one piece of feedback you owe someone and deliver it within two days", 15, "weekly"),
    ("ask-for-feedback", "Ask your team for feedback on how you lead", "ask your team for feedback",
     "End your next team meeting by asking what to keep, start or stop", 10, "monthly"),
    ("delegate-outcome", "Delegate outcomes, not tasks", "delegate an outcome rather than a task",
     "Pick one recurring task and hand over the outcome with its why", 20, "monthly"),
    ("weekly-plan", "Plan the week around three priorities", "plan your week around three priorities",
     "Block 15 minutes on Monday to write down three priorities", 15, "weekly"),
    ("focus-block", "Protect a daily focus block", "protect a focus block",
     "Put one 60-minute focus block in tomorrow's calendar", 5, "daily"),
    ("decision-log", "Write down decisions and their reasons", "log a decision with its reasons",
     "Start a one-page decision log for your team", 10, "weekly"),
    ("check-understanding", "Check understanding at the end of a meeting", "check understanding at the end of a meeting",
     "Ask 'what will you do first?' at the end of your next meeting", 5, "weekly"),
    ("recognize", "Recognize specific contributions", "recognize a specific contribution",
     "Thank one person for one specific thing today", 5, "weekly"),
    ("coach-question", "Coach with open questions before advising", "ask an open question before giving advice",
     "In your next request for help, ask one open question first", 10, "weekly"),
    ("retro", "Run a short retrospective after each project", "run a short retrospective",
     "Book 20 minutes after your current project ends", 20, "monthly"),
    ("customer-call", "Listen in on a customer call every month", "listen in on a customer call",
     "Ask Customer Care for one call you can join this month", 15, "monthly"),
    ("data-check", "Check the data before deciding", "check the data before deciding",
     "Write down which number would change your mind before the next decision", 10, "weekly"),
    ("safety-walk", "Do a short safety walk with your team", "do a safety walk with your team",
     "Walk one aisle with a team member this week and note one risk", 15, "weekly"),
    ("inclusive-meeting", "Invite every voice in meetings", "invite a quiet colleague to speak in a meeting",
     "In your next meeting, ask the person who has not spoken yet", 5, "weekly"),
    ("one-pager", "Write a one-page brief before a big request", "write a one-page brief",
     "Draft a one-page brief for your next request to another team", 25, "monthly"),
]
OBSTACLES = [
    ("Outdated processes that conflict with the new approach", "process"),
    ("Tools that don't support the new behavior", "tools"),
    ("No time, too much on my plate", "workload"),
    ("Lack of authority to make the change", "authority"),
    ("Not confident enough to try it without more support", "confidence"),
    ("Worried about how people will react", "confidence"),
    ("My manager keeps cancelling our one-on-ones", "workload"),
]
FREQ_TEXT = ["Never", "Less than once a month", "Once a month", "A few times a month", "Once a week",
             "A few times a week", "Every day"]
STORIES = [
    "My one-on-ones got shorter and better.",
    "I asked \"what would make this easier?\" and got a real answer.",
    "The handover went right the first time, because we wrote down the why.",
    "A new colleague told me the decision log saved her a week,\nso we kept it.",
    "We found a risk on the safety walk before it hurt anyone.",
]
TOPICS = ["Feedback That Lands", "Delegation That Sticks", "Strategic Habits", "Leading Remote Teams",
          "Coaching Conversations", "Customer Obsession", "Safe Operations", "Data-Informed Decisions",
          "Inclusive Meetings", "Clear Writing", "Managing Priorities", "Change Leadership", "First-Time Managers",
          "Negotiation Basics", "Running Retrospectives", "Hiring Well", "Difficult Conversations",
          "Time to Focus", "Cross-Team Collaboration", "Project Kick-offs"]
WORDS = ("practice team manager feedback habit week behavior question meeting calendar first step small "
         "change measure adoption survey result colleague customer project process decision risk time focus "
         "plan review share learn apply support obstacle remove schedule follow-up spaced reminder partner "
         "check-in conversation example story outcome priority clarity trust routine improve notice").split()


# ---------------------------------------------------------------------------------------------
# Helpers

def csv_line(fields, delimiter=","):
    out = []
    for f in fields:
        if f and (delimiter in f or '"' in f or "\n" in f or "\r" in f):
            out.append('"' + f.replace('"', '""') + '"')
        else:
            out.append(f)
    return delimiter.join(out)


def write_text(path, text, bom=False, crlf=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write(text.encode("utf-8"))


def write_rows(path, lines, bom=False, crlf=False):
    """Writes CSV records; quoted newlines inside a record stay LF, records end with CRLF or LF."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    end = "\r\n" if crlf else "\n"
    with open(path, "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write((end.join(lines) + end).encode("utf-8"))


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def date_of(days):
    """Days since 1970-01-01 → (y, m, d)."""
    # civil_from_days (Howard Hinnant)
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y, m, d)


def days_from(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def markdown_body(rng, target):
    """GitHub-flavoured Markdown of about `target` bytes: headings, emphasis, lists, a table, links."""
    def sentence():
        n = rng.randint(8, 18)
        words = [rng.choice(WORDS) for _ in range(n)]
        i = rng.randrange(n)
        words[i] = rng.choice(["**" + words[i] + "**", "*" + words[i] + "*", "`" + words[i] + "`", words[i]])
        return " ".join(words).capitalize() + "."

    parts = []
    size = 0
    section = 0
    while size < target:
        kind = section % 5
        if kind == 0:
            block = "## " + rng.choice(["Why it matters", "What it covers", "Your first week", "After the session",
                                        "How we measure it", "For managers"]) + "\n\n" + " ".join(
                sentence() for _ in range(rng.randint(3, 5)))
        elif kind == 1:
            block = "\n".join("- " + sentence() for _ in range(rng.randint(3, 5)))
        elif kind == 2:
            rows = ["| Move | Ask it like this | When it helps |", "| --- | --- | --- |"]
            for _ in range(rng.randint(2, 4)):
                rows.append("| %s | \"%s\" | %s |" % (rng.choice(WORDS).capitalize(), sentence(), rng.choice(WORDS)))
            block = "\n".join(rows)
        elif kind == 3:
            block = " ".join(sentence() for _ in range(rng.randint(2, 4))) + \
                " See [the practitioner article](https://learning.example.com/articles/%d) or https://example.com/%s." % (
                    rng.randrange(1000), rng.choice(WORDS))
        else:
            block = "\n".join("%d. %s" % (i + 1, sentence()) for i in range(rng.randint(2, 4))) + \
                "\n\n- [x] " + sentence() + "\n- [ ] " + sentence() + "\n\n~~" + rng.choice(WORDS) + "~~ " + sentence()
        parts.append(block)
        size += len(block.encode("utf-8")) + 2
        section += 1
    text = "\n\n".join(parts) + "\n"
    return text


# ---------------------------------------------------------------------------------------------
# People

def person(p):
    first = FIRST[p % len(FIRST)]
    last = LAST[(p // len(FIRST)) % len(LAST)]
    email = "%s.%s.%05d@acme.example" % (first.translate(ASCII).lower(), last.translate(ASCII).lower(), p)
    return first, last, email


def manager(m, managers):
    # Managers are people too (outside the 40,000 trained participants).
    first = FIRST[(m * 7 + 3) % len(FIRST)]
    last = LAST[(m * 11 + 5) % len(LAST)]
    key = "mgr.%04d" % m
    name = "%s %s" % (first, last)
    email = "%s.%s.m%04d@acme.example" % (first.translate(ASCII).lower(), last.translate(ASCII).lower(), m)
    team = "%s %s %04d" % (DEPARTMENTS[m % len(DEPARTMENTS)], REGIONS[(m // len(DEPARTMENTS)) % len(REGIONS)], m)
    return key, name, email, team


# ---------------------------------------------------------------------------------------------
# Enterprise

SITE_YML = """# Benchmark site generated by bench/generate.py (%s): do not edit.
title: "Acme Learning (benchmark)"
organization: Acme Corporation
base_url: "https://learning.example.com/"
min_group_size: 5
min_group_size_text: 10
locale: en-US
email:
  from: "Learning Team <learning@acme.example>"
  subject: "{{program.title}}: what your team is practicing"
markdown:
  unsafe_html: false
paper: a4
"""


class Question:
    """One survey question of a program: the canonical field, its tag and text, how to answer."""

    def __init__(self, field, tag, text, kind):
        self.field, self.tag, self.text, self.kind = field, tag, text, kind


def program_questions(behaviors):
    qs = []
    n = 1
    for b in behaviors:
        qs.append(Question("applied." + b[0], "Q%d" % n, "In the last two weeks, did you %s?" % b[2], "yesno"))
        qs.append(Question("frequency." + b[0], "Q%d" % (n + 1), "How often do you %s?" % b[2], "freq"))
        qs.append(Question("confidence." + b[0], "Q%d" % (n + 2),
                           "How confident do you feel when you %s? (1-5)" % b[2], "likert"))
        n += 3
    qs.append(Question("first_step_done", "Q%d" % n, "Have you done your first step?", "yesno"))
    qs.append(Question("obstacles", "Q%d" % (n + 1), "What has made it hard to apply what you learned?", "multi"))
    qs.append(Question("obstacle_text", "Q%d_8_TEXT" % (n + 1), "Anything else getting in the way?", "text"))
    qs.append(Question("manager_discussed", "Q%d" % (n + 2), "Has your manager discussed the training with you?", "yesno"))
    qs.append(Question("peer_checkin", "Q%d" % (n + 3), "Have you checked in with your practice partner?", "yesno"))
    qs.append(Question("story", "Q%d_TEXT" % (n + 4), "Share a moment when it worked, in a sentence or two", "story"))
    qs.append(Question("story_consent", "Q%d" % (n + 5), "May we share your story anonymously?", "yesno"))
    return qs


def answer(rng, q, adopt_p):
    """(value, obstacle choices) for one question; about 0.2% out-of-range answers."""
    r = rng.random()
    if q.kind == "yesno":
        if r < 0.03:
            return ""
        if r < 0.032:
            return "Maybe"
        return "Yes" if rng.random() < adopt_p else "No"
    if q.kind == "freq":
        if r < 0.05:
            return ""
        return FREQ_TEXT[min(6, max(0, int(rng.gauss(3.5 if adopt_p > 0.5 else 2.5, 1.6))))]
    if q.kind == "likert":
        if r < 0.08:
            return ""
        return str(min(5, max(1, int(round(rng.gauss(3.4, 1.0))))))
    if q.kind == "multi":
        if r < 0.45:
            return []
        k = 1 if r < 0.8 else 2
        picks = rng.sample(range(len(OBSTACLES)), k)
        picks.sort()
        choices = [OBSTACLES[i][0] for i in picks]
        if rng.random() < 0.05:
            choices.append("Other")
        return choices
    if q.kind == "text":
        return "Quarter-end close" if r < 0.03 else ""
    if q.kind == "story":
        return rng.choice(STORIES) if r < 0.05 else ""
    return ""


def stamp(days, seconds):
    y, m, d = date_of(days)
    return y, m, d, seconds // 3600, (seconds // 60) % 60, seconds % 60


def fmt_time(tool, days, seconds, offset_minutes=0):
    y, mo, d, h, mi, s = stamp(days, seconds)
    if tool == "qualtrics":
        return "%04d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s)
    if tool == "surveymonkey":
        return "%02d/%02d/%04d %02d:%02d:%02d %s" % (mo, d, y, (h % 12) or 12, mi, s, "AM" if h < 12 else "PM")
    if tool == "google-forms":
        sign = "+" if offset_minutes >= 0 else "-"
        om = abs(offset_minutes)
        zone = "GMT%s%d" % (sign, om // 60) + (":%02d" % (om % 60) if om % 60 else "")
        if offset_minutes == 0:
            zone = "GMT"
        return "%04d/%02d/%02d %d:%02d:%02d %s %s" % (y, mo, d, (h % 12) or 12, mi, s, "AM" if h < 12 else "PM", zone)
    if tool == "google-sheet":
        return "%d/%d/%04d %d:%02d:%02d" % (mo, d, y, h, mi, s)
    if tool == "ms-forms":
        return "%d/%d/%04d %d:%02d" % (mo, d, y, h, mi)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s)


def export_rows(rng, tool, roster, trained, cohort_day, day, n_rows, unknown_base):
    """The submissions of one checkpoint export: (participant email, days, seconds, adopt_p, kind)."""
    n_skip = int(n_rows * 0.03) if tool == "qualtrics" else 0   # previews and unfinished
    n_unknown = int(n_rows * 0.008)                            # not on the roster
    n_untrained = int(n_rows * 0.004)                          # on the roster, not trained
    n_dup = int(n_rows * 0.015)                                # second submission, same checkpoint
    n_unique = n_rows - n_skip - n_unknown - n_untrained - n_dup
    n_unique = min(n_unique, len(trained))
    n_dup = n_rows - n_skip - n_unknown - n_untrained - n_unique
    chosen = rng.sample(trained, n_unique)
    untrained = [r for r in roster if not r["completed"]]
    rows = []
    for r in chosen:
        rows.append((r, "ok"))
    for i in range(n_dup):
        rows.append((chosen[rng.randrange(len(chosen))], "dup"))
    for i in range(n_untrained):
        rows.append((untrained[rng.randrange(len(untrained))] if untrained else chosen[0], "ok"))
    for i in range(n_unknown):
        rows.append(({"email": "contractor.%06d@partner.example" % (unknown_base + i), "first": "Temp",
                      "last": "Contractor", "cohort": roster[0]["cohort"], "adopt": 0.5}, "ok"))
    for i in range(n_skip):
        rows.append((chosen[rng.randrange(len(chosen))], "preview" if i % 3 == 0 else "unfinished"))
    out = []
    for r, kind in rows:
        base = cohort_day[r["cohort"]] + day
        days = base + rng.randrange(0, 10)
        seconds = rng.randrange(7 * 3600, 19 * 3600)
        if kind == "dup":
            seconds = min(seconds + rng.randrange(60, 4 * 3600), 86399)
        out.append((r, days, seconds, kind))
    # Exports are in submission order.
    out.sort(key=lambda t: (t[1], t[2], t[0]["email"]))
    return out


def write_export(path, tool, rng, questions, rows, seq_base, linked_sheet):
    """Writes one checkpoint export in `tool`'s layout; returns the `columns:` mapping lines."""
    q_of = {q.field: q for q in questions}
    mapping = []
    if tool == "qualtrics":
        meta = [("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"UTC"}'),
                ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"UTC"}'),
                ("Status", "Response Type", '{"ImportId":"status"}'),
                ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
                ("Progress", "Progress", '{"ImportId":"progress"}'),
                ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
                ("Finished", "Finished", '{"ImportId":"finished"}'),
                ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"UTC"}'),
                ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
                ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
                ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
                ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
                ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
                ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
                ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
                ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
                ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}')]
        tags = [m[0] for m in meta] + [q.tag for q in questions]
        texts = [m[1] for m in meta]
        ids = [m[2] for m in meta]
        for q in questions:
            if q.kind == "multi":
                texts.append(q.text + " Select all that apply. - Selected Choice")
            elif q.field == "obstacle_text":
                texts.append("What has made it hard to apply what you learned? Select all that apply. - Other - Text")
            else:
                texts.append(q.text)
            ids.append('{"ImportId":"%s"}' % q.tag.replace("Q", "QID", 1))
        lines = [csv_line(tags), csv_line(texts), csv_line(ids)]
        for i, (r, days, seconds, kind) in enumerate(rows):
            end = fmt_time("qualtrics", days, seconds)
            start = fmt_time("qualtrics", days, max(0, seconds - 240))
            status = "Survey Preview" if kind == "preview" else "IP Address"
            finished = "False" if kind == "unfinished" else "True"
            progress = "40" if kind == "unfinished" else "100"
            cells = [start, end, status, "198.51.100.%d" % (i % 250), progress, "240", finished, end,
                     "R_%015d" % (seq_base + i), r["last"], r["first"], r["email"], "", "52.3676", "4.9041",
                     "preview" if kind == "preview" else "email", "EN"]
            for q in questions:
                a = answer(rng, q, r["adopt"])
                cells.append(",".join(a) if isinstance(a, list) else a)
            lines.append(csv_line(cells))
        write_rows(path, lines, bom=True, crlf=True)
        mapping.append(("participant", "RecipientEmail"))
        mapping.append(("submitted_at", "RecordedDate"))
        for k, q in enumerate(questions):
            # Name columns every way a mapping may: export tag, ImportId and question text.
            how = k % 3
            if q.kind == "multi" or q.field == "obstacle_text":
                how = 0
            name = q.tag if how == 0 else (q.tag.replace("Q", "QID", 1) if how == 1 else q.text)
            mapping.append((q.field, name))
        return mapping

    if tool == "surveymonkey":
        meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
                "First Name", "Last Name", "Custom Data 1"]
        row1, row2 = list(meta), [""] * len(meta)
        for q in questions:
            if q.kind == "multi":
                for j, (wording, _) in enumerate(OBSTACLES):
                    row1.append(q.text + " (Select all that apply)" if j == 0 else "")
                    row2.append(wording)
                row1.append("")
                row2.append("Other (please specify)")
            elif q.field == "obstacle_text":
                continue  # SurveyMonkey's "Other (please specify)" column of the multi-select
            elif q.kind in ("text", "story"):
                row1.append(q.text)
                row2.append("Open-Ended Response")
            else:
                row1.append(q.text)
                row2.append("Response")
        lines = [csv_line(row1), csv_line(row2)]
        for i, (r, days, seconds, kind) in enumerate(rows):
            cells = ["11428%07d" % (seq_base + i), "431234567", fmt_time("surveymonkey", days, max(0, seconds - 200)),
                     fmt_time("surveymonkey", days, seconds), "203.0.113.%d" % (i % 250), r["email"], r["first"],
                     r["last"], ""]
            for q in questions:
                a = answer(rng, q, r["adopt"])
                if q.kind == "multi":
                    chosen = set(a)
                    for wording, _ in OBSTACLES:
                        cells.append(wording if wording in chosen else "")
                    cells.append("Approval steps take weeks" if "Other" in chosen else "")
                elif q.field == "obstacle_text":
                    continue
                else:
                    cells.append(a)
            lines.append(csv_line(cells))
        write_rows(path, lines, crlf=True)
        mapping.append(("participant", "Email Address"))
        mapping.append(("submitted_at", "End Date"))
        for q in questions:
            if q.field == "obstacle_text":
                continue
            mapping.append((q.field, q.text + (" (Select all that apply)" if q.kind == "multi" else "")))
        return mapping

    if tool == "google-forms":
        header = ["Timestamp", "Email Address"] + [q.text for q in questions if q.field != "obstacle_text"]
        lines = [csv_line(header)]
        offsets = [330, 60, 0, -300, 120]
        for i, (r, days, seconds, kind) in enumerate(rows):
            if linked_sheet:
                ts = fmt_time("google-sheet", days, seconds)
            else:
                ts = fmt_time("google-forms", days, seconds, offsets[i % len(offsets)])
            cells = [ts, r["email"]]
            for q in questions:
                if q.field == "obstacle_text":
                    continue
                a = answer(rng, q, r["adopt"])
                cells.append(", ".join(a) if isinstance(a, list) else a)
            lines.append(csv_line(cells))
        write_rows(path, lines)
        mapping.append(("participant", "Email Address"))
        mapping.append(("submitted_at", "Timestamp"))
        for q in questions:
            if q.field != "obstacle_text":
                mapping.append((q.field, q.text))
        return mapping

    if tool == "ms-forms":
        header = ["ID", "Start time", "Completion time", "Email", "Name"] + \
            [q.text for q in questions if q.field != "obstacle_text"]
        lines = [csv_line(header)]
        for i, (r, days, seconds, kind) in enumerate(rows):
            cells = [str(i + 1), fmt_time("ms-forms", days, max(0, seconds - 300)), fmt_time("ms-forms", days, seconds),
                     r["email"], "%s %s" % (r["first"], r["last"])]
            for q in questions:
                if q.field == "obstacle_text":
                    continue
                a = answer(rng, q, r["adopt"])
                cells.append("".join(c + ";" for c in a) if isinstance(a, list) else a)
            lines.append(csv_line(cells))
        write_rows(path, lines, bom=True, crlf=True)
        mapping.append(("participant", "Email"))
        mapping.append(("submitted_at", "Completion time"))
        for q in questions:
            if q.field != "obstacle_text":
                mapping.append((q.field, q.text))
        return mapping
    raise ValueError(tool)


def enterprise(out, programs=None):
    n_programs = ENTERPRISE["programs"] if programs is None else programs
    n_participants = ENTERPRISE["participants"]
    n_managers = ENTERPRISE["managers"]
    write_text(os.path.join(out, "uptake.yml"), SITE_YML % "enterprise")
    people = []
    for p in range(n_participants):
        first, last, email = person(p)
        people.append({"p": p, "first": first, "last": last, "email": email, "manager": p // TEAM_SIZE})
    managers = [manager(m, n_managers) for m in range(n_managers)]
    total_rows = 0
    for i in range(n_programs):
        total_rows += enterprise_program(out, i, people, managers)
    # The slice keeps the full-size per-program shape.
    return total_rows


def enterprise_program(out, i, people, managers):
    rng = random.Random("uptake-bench/enterprise/program/%d" % i)
    topic = TOPICS[i % len(TOPICS)]
    pid = "p%03d-%s" % (i, topic.lower().replace(" ", "-").replace("-", "-"))
    title = "%s %d" % (topic, i // len(TOPICS) + 1)
    behaviors = [BEHAVIORS[k] for k in sorted(rng.sample(range(len(BEHAVIORS)), 3))]
    questions = program_questions(behaviors)
    base_day = days_from(2026, 1, 12) + rng.randrange(0, 60)
    cohorts = []
    for c in range(4):
        day = base_day + c * 21
        y, m, d = date_of(day)
        region = REGIONS[(i + c) % len(REGIONS)]
        cohorts.append(("%04d-%02d-%s" % (y, m, region.lower()), "%s, %s %d" % (region, ["January", "February",
                        "March", "April", "May", "June", "July", "August", "September", "October", "November",
                        "December"][m - 1], y), day))
    cohort_day = {c[0]: c[2] for c in cohorts}
    # Roster: whole teams, most of their members.
    teams = sorted(rng.sample(range(len(managers)), TEAMS_PER_PROGRAM))
    roster = []
    for t_index, m in enumerate(teams):
        cohort = cohorts[t_index % len(cohorts)][0]
        for p in range(m * TEAM_SIZE, (m + 1) * TEAM_SIZE):
            if rng.random() >= ENROLL_SHARE:
                continue
            who = people[p]
            completed = rng.random() < 0.93
            roster.append({"email": who["email"], "first": who["first"], "last": who["last"], "cohort": cohort,
                           "manager": m, "completed": completed,
                           "satisfaction": "" if rng.random() < 0.1 else str(min(5, max(1, int(rng.gauss(4.1, 0.9))))),
                           "scheduled": "yes" if rng.random() < 0.7 else "no",
                           "adopt": min(0.95, max(0.05, rng.gauss(0.55, 0.2)))})
    trained = [r for r in roster if r["completed"]]
    data = "data/%s" % pid
    folder = os.path.join(out, "content", data)
    # Every 10th program's roster comes from an LMS with its own headers (mapped by roster_columns).
    lms = i % 10 == 7
    if lms:
        header = ["User Email", "Full Name", "Email", "Session", "Manager ID", "Manager", "Manager Email",
                  "Department", "Completion Status", "Rating", "Blocked time"]
    else:
        header = ["participant", "name", "email", "cohort", "manager", "manager_name", "manager_email", "team",
                  "completed", "satisfaction", "first_step_scheduled"]
    lines = [csv_line(header)]
    for r in roster:
        mkey, mname, memail, team = managers[r["manager"]]
        lines.append(csv_line([r["email"], "%s %s" % (r["first"], r["last"]), r["email"], r["cohort"], mkey, mname,
                               memail, team, "yes" if r["completed"] else "no", r["satisfaction"], r["scheduled"]]))
    write_rows(os.path.join(folder, "roster.csv"), lines)

    observe = i % 5 == 0
    per_checkpoint = list(ROWS_PER_CHECKPOINT)
    if observe:
        take = OBSERVATION_ROWS // len(per_checkpoint)
        per_checkpoint = [n - take for n in per_checkpoint]
    surveys = []
    total = 0
    for j, day in enumerate(CHECKPOINTS):
        tool = TOOLS[(i + j) % len(TOOLS)]
        rows = export_rows(rng, tool, roster, trained, cohort_day, day, per_checkpoint[j], i * 100_000 + j * 10_000)
        # Some respondents answer in mixed case: keys are matched case-insensitively.
        shown = []
        for r, days, seconds, kind in rows:
            if rng.random() < 0.05:
                r = dict(r, email=r["email"][0].upper() + r["email"][1:])
            shown.append((r, days, seconds, kind))
        name = "pulse-%d-%s.csv" % (day, tool)
        mapping = write_export(os.path.join(folder, name), tool, rng, questions, shown, i * 100_000 + j * 10_000,
                               linked_sheet=(i % 2 == 1))
        surveys.append((name, tool, day, mapping))
        total += len(rows)
    if observe:
        lines = [csv_line(["Submitted At", "Direct Report Email", "Observer Email"] +
                          ["Q%d Observed: %s" % (k + 1, b[1].lower()) for k, b in enumerate(behaviors)])]
        chosen = rng.sample(trained, min(OBSERVATION_ROWS, len(trained)))
        obs = []
        for r in chosen:
            days = cohort_day[r["cohort"]] + 30 + rng.randrange(0, 7)
            obs.append((days, rng.randrange(8 * 3600, 18 * 3600), r))
        obs.sort(key=lambda t: (t[0], t[1], t[2]["email"]))
        for days, seconds, r in obs:
            cells = [fmt_time("generic", days, seconds), r["email"], managers[r["manager"]][2]]
            for b in behaviors:
                x = rng.random()
                cells.append("" if x < 0.05 else ("Yes" if x < 0.05 + r["adopt"] * 0.8 else "No"))
            lines.append(csv_line(cells))
        write_rows(os.path.join(folder, "manager-obs-30.csv"), lines)
        mapping = [("participant", "Direct Report Email"), ("observer", "Observer Email"),
                   ("submitted_at", "Submitted At")]
        for k, b in enumerate(behaviors):
            mapping.append(("observed." + b[0], "Q%d Observed: %s" % (k + 1, b[1].lower())))
        surveys.append(("manager-obs-30.csv", "generic", 30, mapping))
        total += len(obs)

    fm = ["---", "# Generated by bench/generate.py (enterprise): do not edit.", "id: " + pid,
          "title: " + yaml_str(title),
          "summary: " + yaml_str("A program on %s for %d teams, followed up for three months." % (topic.lower(), len(teams))),
          "audience: People managers and their teams", "checkpoints: [14, 30, 60, 90]", "touchpoints: [14, 30, 90]",
          "behaviors:"]
    for b in behaviors:
        fm += ["  - id: " + b[0], "    name: " + yaml_str(b[1]), "    first_step: " + yaml_str(b[3]),
               "    first_step_minutes: %d" % b[4], "    target_frequency: " + b[5]]
    fm += ["manager_guide:",
           "  why_it_matters: " + yaml_str("Your people have just learned %s. Whether they use it depends more on "
                                           "you than on the training: people practice what their manager **asks about**." % topic.lower()),
           "  before:", "    - Tell your team why this training matters.", "    - Connect it to a real team challenge.",
           "  after:", "    - Ask what they learned and what they plan to try first.",
           "    - Notice, and say so, when you see them use it.",
           "  questions:", "    - " + yaml_str("What have you tried since the training, and what happened?"),
           "    - " + yaml_str("What got in the way?"), "    - " + yaml_str("What would make it easier on our team?"),
           "cohorts:"]
    for cid, cname, day in cohorts:
        y, m, d = date_of(day)
        fm += ["  - id: " + yaml_str(cid), "    name: " + yaml_str(cname), "    trained_on: %04d-%02d-%02d" % (y, m, d)]
    fm.append("roster: %s/roster.csv" % data)
    if lms:
        fm += ["roster_columns:", "  participant: User Email", "  name: Full Name", "  email: Email", "  cohort: Session",
               "  manager: Manager ID", "  manager_name: Manager", "  manager_email: Manager Email", "  team: Department",
               "  completed: Completion Status", "  satisfaction: Rating", "  first_step_scheduled: Blocked time"]
    fm.append("surveys:")
    for name, tool, day, mapping in surveys:
        fm += ["  - file: %s/%s" % (data, name), "    format: " + tool,
               "    kind: " + ("manager-observation" if name.startswith("manager-obs") else "self-report"),
               "    checkpoint: %d" % day, "    columns:"]
        fm += ["      %s: %s" % (field, yaml_str(header)) for field, header in mapping]
    fm.append("obstacle_categories:")
    fm += ["  %s: %s" % (yaml_str(w), c) for w, c in OBSTACLES]
    fm.append("---")
    body = markdown_body(rng, rng.randint(2048, 4096))
    write_text(os.path.join(out, "content", "programs", pid + ".md"), "\n".join(fm) + "\n" + body)
    return total


# ---------------------------------------------------------------------------------------------
# Pages

def pages(out, count=PAGES):
    write_text(os.path.join(out, "uptake.yml"), SITE_YML % "pages")
    # Uptake requires `roster:` (a program without one is an error); a header-only roster gives
    # a program with no data at all, shared by every program.
    write_text(os.path.join(out, "content", "data", "empty-roster.csv"),
               "participant,name,email,cohort,manager,manager_name,manager_email,team,completed\n")
    for i in range(count):
        rng = random.Random("uptake-bench/pages/program/%d" % i)
        topic = TOPICS[i % len(TOPICS)]
        pid = "page-%05d" % i
        behaviors = [BEHAVIORS[k] for k in sorted(rng.sample(range(len(BEHAVIORS)), rng.randint(1, 3)))]
        day = days_from(2026, 1, 5) + rng.randrange(0, 300)
        y, m, d = date_of(day)
        fm = ["---", "id: " + pid, "title: " + yaml_str("%s %d" % (topic, i)),
              "summary: " + yaml_str("A program on %s." % topic.lower()), "audience: Everyone",
              "checkpoints: [14, 30, 90]", "touchpoints: [14, 30, 90]", "behaviors:"]
        for b in behaviors:
            fm += ["  - id: " + b[0], "    name: " + yaml_str(b[1]), "    first_step: " + yaml_str(b[3]),
                   "    first_step_minutes: %d" % b[4], "    target_frequency: " + b[5]]
        fm += ["cohorts:", "  - id: \"%04d-%02d\"" % (y, m), "    name: First cohort",
               "    trained_on: %04d-%02d-%02d" % (y, m, d), "roster: data/empty-roster.csv", "---"]
        body = markdown_body(rng, rng.randint(2112, 4000))
        while len(body.encode("utf-8")) > 4096:
            body = body[: body.rfind("\n\n", 0, len(body) - 1)] + "\n"
        write_text(os.path.join(out, "content", "programs", pid + ".md"), "\n".join(fm) + "\n" + body)
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workload", choices=["enterprise", "pages"])
    parser.add_argument("folder")
    parser.add_argument("--programs", type=int, help="enterprise: only the first N programs (a slice)")
    parser.add_argument("--pages", type=int, default=PAGES, help="pages: number of programs")
    args = parser.parse_args()
    out = os.path.abspath(args.folder)
    if os.path.exists(out) and os.listdir(out):
        sys.exit("generate.py: %s exists and is not empty" % out)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if (out + os.sep).startswith(here + os.sep) and not (out + os.sep).startswith(os.path.join(here, ".bench-data") + os.sep):
        sys.exit("generate.py: write outside the repository (or under .bench-data/), not into %s" % out)
    os.makedirs(out, exist_ok=True)
    if args.workload == "enterprise":
        rows = enterprise(out, args.programs)
        print("enterprise: %d programs, %d survey rows -> %s" % (args.programs or ENTERPRISE["programs"], rows, out))
    else:
        n = pages(out, args.pages)
        print("pages: %d programs -> %s" % (n, out))


if __name__ == "__main__":
    main()
