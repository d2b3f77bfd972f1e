#!/usr/bin/env python3
"""Independent cross-check of Uptake's metrics (PRODUCT.md §2).

Usage:
    python3 scripts/crosscheck.py SITE_DIR METRICS_JSON

SITE_DIR is a site folder (uptake.yml + content/programs/*.md); METRICS_JSON is the
site-level metrics.json that `uptake build` writes (output/site/metrics.json, shape
{"schema", "programs": [...]}).

This is a second implementation written from the contract alone (PRODUCT.md §1-§3 and the
README's tables of how answers are read), not from Uptake's Swift sources, so that a
disagreement points at a misreading on one side.  It reads the survey exports as each tool
writes them (PRODUCT.md §1 "Survey exports"):

- generic: one header row, ISO 8601 timestamps, multi-select joined with ";";
- qualtrics: three header rows (export tag, question text, `{"ImportId":"QID2"}`), a
  mapping naming a column by any of the three; rows whose `Status` is a preview, test or
  spam skipped, and unfinished ones (`Finished` 0 / False) unless `include_partial: true`;
  `2026-03-14 09:05:13`; multi-select joined with ",";
- surveymonkey: two header rows (question text, then `Response` or an option label); a
  multi-select question's title, above its first column only, carried forward over the
  blank cells after it, so that the title names all its columns (one choice per non-blank
  cell) and `title / option` one column; `05/15/2026 02:12:33 PM`, always month-first;
- google-forms: `Timestamp` as `2026/03/15 2:05:33 PM GMT+5:30` or `3/15/2026 14:05:33`;
  multi-select joined with ", ";
- ms-forms: multi-select joined with ";" with a trailing ";".

Slash dates are month-first for an en-US `locale` and day-first otherwise (unambiguous
dates either way), dotted dates day-first; `date_format:`, `timezone:`, `delimiter:` and
`encoding:` are honored; a multi-select choice that is a known wording containing the
separator stays whole.  It supports `checkpoint:` and `checkpoint_column:`, `columns:`
mappings, `roster_columns:`, self-report and manager-observation kinds.  Python 3 standard
library only; the front matter is read with a small YAML-subset reader.

Every disagreement is printed as

    program/cohort/day/behavior/field: uptake=X crosscheck=Y

where cohort is `*` for the pooled program figures, and day / behavior are `-` where
they do not apply (obstacles use `obstacles` in the behavior slot and
`<category>.count` / `<category>.rate` / `order` as the field).  The last line is
`N figures compared, M disagreements`; the exit status is 1 when M > 0 (2 on usage or
input problems).
"""

import csv
import io
import json
import math
import os
import re
import sys
from datetime import datetime, timedelta, timezone

LEVELS = ["never", "rarely", "monthly", "weekly", "daily"]
CATEGORIES = ["process", "tools", "workload", "authority", "confidence", "other"]
Z = 1.96

# README "How answers are read".
YES = {"yes", "y", "true", "t", "1", "ja", "j", "oui", "si", "sí", "sim", "da", "tak", "done",
       "completed", "checked", "x", "yes, i did"}
NO = {"no", "n", "false", "f", "0", "nein", "non", "nee", "nej", "nei", "não", "nao", "not yet",
      "no, not yet", "not done", "unchecked"}
FREQUENCY_WORDS = {
    "never": ["never", "not at all", "not yet", "none", "0 times", "1"],
    "rarely": ["rarely", "seldom", "once or twice", "occasionally", "less than monthly",
               "less than once a month", "a few times", "2"],
    "monthly": ["monthly", "once a month", "every month", "a few times a month",
                "several times a month", "1-3 times a month", "2-3 times a month", "3"],
    "weekly": ["weekly", "once a week", "every week", "a few times a week", "several times a week",
               "1-3 times a week", "2-3 times a week", "4"],
    "daily": ["daily", "every day", "most days", "once a day", "several times a day",
              "multiple times a day", "5"],
}
FREQUENCY = {w: level for level, words in FREQUENCY_WORDS.items() for w in words}

LIKERT_LABELS = {
    "strongly disagree": 1, "disagree": 2, "neutral": 3,
    "neither agree nor disagree": 3, "agree": 4, "strongly agree": 5,
    "very dissatisfied": 1, "dissatisfied": 2, "neither satisfied nor dissatisfied": 3,
    "satisfied": 4, "very satisfied": 5,
    "very poor": 1, "poor": 2, "fair": 3, "good": 4, "excellent": 5, "very good": 4,
}


# --------------------------------------------------------------------------- YAML subset

class YamlError(Exception):
    pass


def _strip_comment(s):
    """Remove a `#` comment (preceded by whitespace or at start), outside quotes."""
    out = []
    q = None
    i = 0
    while i < len(s):
        ch = s[i]
        if q:
            out.append(ch)
            if q == '"' and ch == "\\" and i + 1 < len(s):
                out.append(s[i + 1])
                i += 2
                continue
            if ch == q:
                if q == "'" and i + 1 < len(s) and s[i + 1] == "'":
                    out.append("'")
                    i += 2
                    continue
                q = None
        else:
            if ch == "#" and (i == 0 or s[i - 1] in " \t"):
                break
            if ch in "\"'" and (i == 0 or s[i - 1] in " \t[{,:-"):
                q = ch
            out.append(ch)
        i += 1
    return "".join(out).rstrip()


def _parse_quoted(s, i):
    """Parse a quoted string starting at s[i]; return (value, index after it)."""
    q = s[i]
    i += 1
    out = []
    while i < len(s):
        ch = s[i]
        if q == '"' and ch == "\\":
            nxt = s[i + 1] if i + 1 < len(s) else ""
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": "\r",
                        "0": "\0"}.get(nxt, nxt))
            i += 2
            continue
        if ch == q:
            if q == "'" and i + 1 < len(s) and s[i + 1] == "'":
                out.append("'")
                i += 2
                continue
            return "".join(out), i + 1
        out.append(ch)
        i += 1
    raise YamlError("unterminated quoted string: %r" % s)


def _split_flow(s):
    items, depth, cur, q, i = [], 0, [], None, 0
    while i < len(s):
        ch = s[i]
        if q:
            cur.append(ch)
            if ch == q:
                q = None
        elif ch in "\"'":
            q = ch
            cur.append(ch)
        elif ch in "[{":
            depth += 1
            cur.append(ch)
        elif ch in "]}":
            depth -= 1
            cur.append(ch)
        elif ch == "," and depth == 0:
            items.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
        i += 1
    last = "".join(cur).strip()
    if last:
        items.append(last)
    return items


def _scalar(s):
    s = s.strip()
    if s == "":
        return None
    if s[0] in "\"'":
        v, j = _parse_quoted(s, 0)
        if s[j:].strip():
            raise YamlError("text after quoted string: %r" % s)
        return v
    if s[0] == "[":
        if not s.endswith("]"):
            raise YamlError("unterminated flow sequence: %r" % s)
        return [_scalar(x) for x in _split_flow(s[1:-1])]
    if s[0] == "{":
        if not s.endswith("}"):
            raise YamlError("unterminated flow mapping: %r" % s)
        d = {}
        for item in _split_flow(s[1:-1]):
            k, v = _split_key(item)
            d[k] = _scalar(v)
        return d
    low = s.lower()
    if low in ("null", "~"):
        return None
    if low == "true":
        return True
    if low == "false":
        return False
    if re.fullmatch(r"[-+]?\d+", s):
        return int(s)
    if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?", s):
        return float(s)
    return s


def _split_key(s):
    """Split `key: value` (key plain or quoted); return (key, rest) or raise."""
    s = s.strip()
    if s and s[0] in "\"'":
        k, j = _parse_quoted(s, 0)
        rest = s[j:].lstrip()
        if not rest.startswith(":"):
            raise YamlError("expected ':' after quoted key: %r" % s)
        return k, rest[1:].strip()
    m = re.search(r":(\s|$)", s)
    if not m:
        raise YamlError("not a mapping entry: %r" % s)
    return s[:m.start()].strip(), s[m.end():].strip()


def _is_mapping_entry(s):
    if not s:
        return False
    if s[0] in "\"'":
        try:
            _split_key(s)
            return True
        except YamlError:
            return False
    if s[0] in "[{":
        return False
    return re.search(r":(\s|$)", s) is not None


def parse_yaml(text):
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = []  # (indent, content, raw_line)
    for ln in raw:
        if "\t" in ln[: len(ln) - len(ln.lstrip())]:
            raise YamlError("tab in indentation")
        lines.append(ln)
    pos = [0]

    def significant(i):
        while i < len(lines):
            c = _strip_comment(lines[i])
            if c.strip() and c.strip() not in ("---", "..."):
                return i
            i += 1
        return i

    def indent_of(i):
        ln = lines[i]
        return len(ln) - len(ln.lstrip(" "))

    def content(i):
        return _strip_comment(lines[i]).strip()

    def block_scalar(i, style, parent_indent):
        # lines after i that are more indented than parent_indent (or blank)
        j = i + 1
        body = []
        ind = None
        while j < len(lines):
            ln = lines[j]
            if ln.strip() == "":
                body.append("")
                j += 1
                continue
            k = len(ln) - len(ln.lstrip(" "))
            if k <= parent_indent:
                break
            if ind is None:
                ind = k
            body.append(ln[ind:])
            j += 1
        while body and body[-1] == "":
            body.pop()
        if style.startswith("|"):
            v = "\n".join(body) + "\n"
        else:
            v = " ".join(x for x in body) + "\n"
        if "-" in style:
            v = v.rstrip("\n")
        return v, j

    def parse_value(rest, i, ind):
        """Value of a key (or seq item) on line i, whose indentation is ind."""
        if rest == "" or rest is None:
            j = significant(i + 1)
            if j < len(lines):
                k = indent_of(j)
                c = content(j)
                if k > ind or (k == ind and (c == "-" or c.startswith("- "))):
                    return parse_block(j, k)
            return None, i + 1
        if rest[0] in "|>":
            return block_scalar(i, rest, ind)
        if rest[0] == "[" and not rest.rstrip().endswith("]"):
            # multi-line flow sequence
            buf = rest
            j = i + 1
            while j < len(lines) and not buf.rstrip().endswith("]"):
                buf += " " + content(j)
                j += 1
            return _scalar(buf), j
        return _scalar(rest), i + 1

    def parse_block(i, ind):
        c = content(i)
        if c == "-" or c.startswith("- "):
            return parse_seq(i, ind)
        return parse_map(i, ind)

    def parse_seq(i, ind):
        out = []
        while True:
            i = significant(i)
            if i >= len(lines) or indent_of(i) != ind:
                break
            c = content(i)
            if not (c == "-" or c.startswith("- ")):
                break
            rest = c[1:].strip()
            if rest == "":
                v, i = parse_value("", i, ind)
                out.append(v)
            elif _is_mapping_entry(rest):
                # rewrite the line as a mapping entry at the item's content indent
                sub = ind + (len(c) - len(c[1:].lstrip()))
                lines[i] = " " * sub + rest
                v, i = parse_map(i, sub)
                out.append(v)
            else:
                v, i = parse_value(rest, i, ind)
                out.append(v)
        return out, i

    def parse_map(i, ind):
        out = {}
        while True:
            i = significant(i)
            if i >= len(lines):
                break
            k = indent_of(i)
            if k < ind:
                break
            if k > ind:
                raise YamlError("bad indentation at line %d: %r" % (i + 1, lines[i]))
            c = content(i)
            if c == "-" or c.startswith("- "):
                break
            key, rest = _split_key(c)
            v, i = parse_value(rest, i, ind)
            out[key] = v
        return out, i

    i = significant(0)
    if i >= len(lines):
        return {}
    v, i = parse_block(i, indent_of(i))
    if significant(i) < len(lines):
        raise YamlError("unparsed content at line %d: %r" % (i + 1, lines[i]))
    return v


def front_matter(path):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    text = text.replace("\r\n", "\n")
    if not text.startswith("---"):
        return {}
    end = re.search(r"^(---|\.\.\.)\s*$", text[3:], re.M)
    if not end:
        raise YamlError("%s: front matter is not closed" % path)
    fm = text[3:3 + end.start()]
    return parse_yaml(fm) or {}


# --------------------------------------------------------------------------- CSV

def read_records(path, delimiter=None, encoding=None):
    """Every record of a CSV file (RFC 4180; UTF-8 with or without BOM, UTF-16 with BOM,
    or a declared windows-1252; `,` or `;` detected from the first line unless declared).
    Empty lines are not records."""
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        text = data.decode("utf-16")
    elif (encoding or "").lower() in ("windows-1252", "cp1252"):
        text = data.decode("cp1252")
    else:
        text = data.decode("utf-8-sig")
    delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter, delimiter)
    if delimiter is None:
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
    return [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if r]


def read_csv(path, delimiter=None):
    """One header row and the data records (rosters)."""
    rows = [r for r in read_records(path, delimiter) if any(c.strip() for c in r)]
    if not rows:
        return [], []
    return rows[0], rows[1:]


class Export:
    """A survey export as its tool writes it (PRODUCT.md §1 "Survey exports").

    - generic, google-forms, ms-forms: one header row; a mapping names a header.
    - qualtrics: three header rows (export tag, question text, `{"ImportId": ...}`); a
      mapping names a column by any of the three.
    - surveymonkey: two header rows (question text, then `Response` / an option label); a
      multi-select question's title stands above its first column only and is carried
      forward over the blank cells after it; a mapping names the title (every column it
      spans) or `title / option` (one column).
    """

    HEADER_ROWS = {"generic": 1, "google-forms": 1, "ms-forms": 1, "qualtrics": 3, "surveymonkey": 2}
    SEPARATOR = {"generic": ";", "ms-forms": ";", "qualtrics": ",", "google-forms": ",",
                 "surveymonkey": ";"}

    def __init__(self, path, fmt, delimiter=None, encoding=None):
        if fmt not in self.HEADER_ROWS:
            raise ValueError("unknown survey format %r" % fmt)
        self.fmt = fmt
        records = read_records(path, delimiter, encoding)
        n = self.HEADER_ROWS[fmt]
        self.headers = [[c for c in r] for r in records[:n]]
        self.data = records[n:]
        self.width = max((len(r) for r in self.headers), default=0)
        for r in self.headers:
            r.extend([""] * (self.width - len(r)))
        if fmt == "surveymonkey" and self.headers:
            title, carried = "", []
            for cell in self.headers[0]:
                if cell.strip():
                    title = cell
                carried.append(title)
            self.titles = carried

    @staticmethod
    def import_id(cell):
        """`{"ImportId":"QID2"}` -> `QID2` (None when the cell is not such JSON)."""
        try:
            value = json.loads(cell)
        except ValueError:
            return None
        return value.get("ImportId") if isinstance(value, dict) else None

    def names_of(self, i):
        """Every name a mapping may use for column i, most specific first."""
        if self.fmt == "qualtrics":
            names = [row[i] for row in self.headers]
            if len(self.headers) > 2:
                iid = self.import_id(self.headers[2][i])
                if iid:
                    names.append(iid)
            return names
        if self.fmt == "surveymonkey":
            names = [self.titles[i]]
            if len(self.headers) > 1:
                names.append("%s / %s" % (self.titles[i], self.headers[1][i]))
            return names
        return [self.headers[0][i]] if self.headers else []

    def columns(self, name):
        """The columns `name` selects: exact match first, then trimmed and case-insensitive."""
        wanted = name.strip()
        for same in (lambda a: a == wanted, lambda a: a.strip().lower() == wanted.lower()):
            if self.fmt == "surveymonkey":
                spans = [i for i in range(self.width) if same(self.titles[i])]
                if spans:
                    return spans
                one = [i for i in range(self.width) if same(self.names_of(i)[-1])]
                if one:
                    return one[:1]
                continue
            hits = [i for i in range(self.width) if any(same(n) for n in self.names_of(i))]
            if hits:
                return hits[:1]
        return []

    def canonical_headers(self):
        """Header texts (first row) that could be canonical field names."""
        return [h.strip() for h in (self.headers[0] if self.headers else [])]

    @staticmethod
    def cell(row, i):
        return row[i] if i < len(row) else ""

    def text(self, row, cols):
        """A single answer: the first non-blank cell of the columns."""
        for i in cols:
            v = self.cell(row, i)
            if v.strip():
                return v
        return self.cell(row, cols[0]) if cols else None

    def choices(self, row, cols, wordings):
        """The choices of a multi-select answer. A SurveyMonkey question spread over several
        columns has one choice per non-blank cell; otherwise the cell is split at the tool's
        separator, keeping whole any known wording that itself contains the separator."""
        if len(cols) > 1:
            return [self.cell(row, i).strip() for i in cols if self.cell(row, i).strip()]
        raw = self.cell(row, cols[0]) if cols else ""
        sep = self.SEPARATOR[self.fmt]
        parts = raw.split(sep)
        out, i = [], 0
        while i < len(parts):
            end = i + 1
            for j in range(len(parts), i + 1, -1):   # the longest run that is a known wording
                if sep.join(parts[i:j]).strip().lower() in wordings:
                    end = j
                    break
            piece = sep.join(parts[i:end]).strip()
            if piece:
                out.append(piece)
            i = end
        return out

    def column_named(self, tag):
        """A Qualtrics metadata column by its export tag (Status, Finished)."""
        for i in range(self.width):
            if self.headers and self.headers[0][i].strip().lower() == tag.lower():
                return i
        return None

    # Qualtrics response types (the `Status` column): text, or the numeric codes
    # 0 IP Address, 1 Survey Preview, 2 Survey Test, 4 Imported, 8 Spam, 9 Preview Spam,
    # 12 Imported Spam, 16 Offline, 17 Offline Survey Preview.
    NOT_RESPONSES = {"1", "2", "8", "9", "12", "17"}

    def skipped(self, row, include_partial):
        """Qualtrics: previews, tests and spam are skipped; unfinished responses too unless
        `include_partial: true`."""
        if self.fmt != "qualtrics":
            return False
        i = self.column_named("Status")
        if i is not None:
            status = self.cell(row, i).strip().lower()
            if status in self.NOT_RESPONSES or any(w in status for w in ("preview", "test", "spam")):
                return True
        i = self.column_named("Finished")
        if i is not None and not include_partial:
            if self.cell(row, i).strip().lower() in ("0", "false"):
                return True
        return False


# --------------------------------------------------------------------------- timestamps

MONTH_FIRST_LOCALES = {"", "en-us", "en_us", "en"}


def zone_offset(text):
    """`Z`, `UTC`, `GMT`, `+02:00`, `+0200`, `GMT+5:30`, `-5` -> minutes east of UTC."""
    s = (text or "").strip().upper()
    for p in ("GMT", "UTC"):
        if s.startswith(p):
            s = s[len(p):]
    if s in ("", "Z"):
        return 0
    m = re.fullmatch(r"([+-])(\d{1,2})(?::?(\d{2}))?", s)
    if not m:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return -minutes if m.group(1) == "-" else minutes


def _instant(y, mo, d, h, mi, s, offset_minutes):
    try:
        local = datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None
    return (local - timedelta(minutes=offset_minutes)).replace(tzinfo=timezone.utc)


def _hour(h, meridiem):
    if not meridiem:
        return h if h < 24 else None
    if not 1 <= h <= 12:
        return None
    return h % 12 + (12 if meridiem.upper() == "PM" else 0)


def _declared(text, layout, default_offset):
    """A `date_format:` such as `DD.MM.YYYY HH:mm` or `M/D/YY h:mm A`."""
    tokens = [("YYYY", r"(?P<Y>\d{4})"), ("YY", r"(?P<y>\d{2})"), ("MM", r"(?P<M>\d{1,2})"),
              ("M", r"(?P<M>\d{1,2})"), ("DD", r"(?P<D>\d{1,2})"), ("D", r"(?P<D>\d{1,2})"),
              ("HH", r"(?P<H>\d{1,2})"), ("H", r"(?P<H>\d{1,2})"), ("hh", r"(?P<H>\d{1,2})"),
              ("h", r"(?P<H>\d{1,2})"), ("mm", r"(?P<m>\d{1,2})"), ("ss", r"(?P<s>\d{1,2})"),
              ("A", r"(?P<A>[AaPp][Mm])"), ("a", r"(?P<A>[AaPp][Mm])"), ("Z", r"(?P<Z>\S+)")]
    rx, i = "", 0
    while i < len(layout):
        for tok, pat in tokens:
            if layout.startswith(tok, i):
                rx += pat
                i += len(tok)
                break
        else:
            rx += re.escape(layout[i])
            i += 1
    m = re.fullmatch(rx, text)
    if not m:
        return None
    g = m.groupdict()
    year = int(g["Y"]) if g.get("Y") else 2000 + int(g["y"]) if g.get("y") else 1970
    hour = _hour(int(g.get("H") or 0), g.get("A"))
    offset = zone_offset(g["Z"]) if g.get("Z") else default_offset
    if hour is None or offset is None:
        return None
    return _instant(year, int(g.get("M") or 1), int(g.get("D") or 1), hour, int(g.get("m") or 0),
                    int(g.get("s") or 0), offset)


def parse_timestamp(text, fmt="generic", locale="", tz=None, date_format=None):
    """A survey timestamp as an aware UTC datetime, or None.

    ISO 8601 (generic; Qualtrics `2026-03-14 09:05:13`), Google Forms' `2026/03/15 2:05:33 PM
    GMT+5:30`, slash dates month-first for an en-US locale (and always for SurveyMonkey's
    `05/15/2026 02:12:33 PM`) and day-first otherwise (unambiguous dates either way), dotted
    dates day-first, Excel's `3/14/2026 9:05`. Without a zone, the survey's `timezone:` (else UTC)."""
    s = (text or "").strip()
    if not s:
        return None
    default = zone_offset(tz) if tz else 0
    if default is None:
        default = 0
    if date_format:
        return _declared(s, date_format, default)
    time_rx = r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*([AaPp][Mm])?\s*(Z|z|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|GMT|UTC)?"
    m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + time_rx, s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        rest = m.groups()[4:]
    else:
        m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})" + time_rx, s)
        if not m:
            return None
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if len(m.group(4)) == 2:
            y += 2000
        month_first = m.group(2) == "/" and (fmt == "surveymonkey" or locale.lower() in MONTH_FIRST_LOCALES)
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        mo, d = (a, b) if month_first else (b, a)
        rest = m.groups()[4:]
    hh, mi, ss, meridiem, zone = rest
    hour = _hour(int(hh or 0), meridiem)
    offset = zone_offset(zone) if zone else default
    if hour is None or offset is None:
        return None
    return _instant(y, mo, d, hour, int(mi or 0), int(ss or 0), offset)


# --------------------------------------------------------------------------- normalizers

def norm_key(s):
    return (s or "").strip().lower()


def yesno(v):
    if v is None:
        return None
    s = v.strip().lower()
    if s == "":
        return None
    if s in YES:
        return True
    if s in NO:
        return False
    return "invalid"


def freq(v):
    s = (v or "").strip().lower()
    if s == "":
        return None
    return FREQUENCY.get(s, "invalid")


def likert(v):
    s = (v or "").strip().lower()
    if s == "":
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*-\s*.*)?", s)   # `4`, `4.0`, `4 - Agree`
    if m:
        x = float(m.group(1))
        if x == int(x) and 1 <= x <= 5:
            return int(x)
        return "invalid"
    return LIKERT_LABELS.get(s, "invalid")


def checkpoint_value(v):
    m = re.search(r"\d+", v or "")
    return int(m.group(0)) if m else None


def obstacle_category(choice, mapping):
    c = choice.strip().lower()
    if c in mapping:
        return mapping[c]
    if c in CATEGORIES:
        return c
    return "other"


# --------------------------------------------------------------------------- math

def ratio(num, den):
    return None if not den else num / den


def wilson(x, n):
    p = x / n
    d = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / d
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / d
    return max(0.0, centre - half), min(1.0, centre + half)


# --------------------------------------------------------------------------- loading

class Figure:
    """A rate-like figure with its state: 'shown', 'suppressed' or 'na' (not applicable)."""

    def __init__(self, value=None, den=None, state="na"):
        self.value, self.den, self.state = value, den, state

    @staticmethod
    def rate(num, den, k, applicable=True):
        if not applicable:
            return Figure()
        if den is None or den < k:
            return Figure(None, den or 0, "suppressed")
        return Figure(num / den, den, "shown")

    def v(self):
        return self.value if self.state == "shown" else None


def load_site(site):
    cfg_path = os.path.join(site, "uptake.yml")
    cfg = {}
    if os.path.exists(cfg_path):
        with open(cfg_path, encoding="utf-8-sig") as f:
            cfg = parse_yaml(f.read()) or {}
    k = cfg.get("min_group_size", 5)
    if k is None:
        k = 5
    locale = str(cfg.get("locale") or "")
    progdir = os.path.join(site, "content", "programs")
    programs = []
    for name in sorted(os.listdir(progdir)):
        if not name.endswith(".md"):
            continue
        fm = front_matter(os.path.join(progdir, name))
        fm.setdefault("id", name[:-3])
        if fm.get("id") is None:
            fm["id"] = name[:-3]
        programs.append(fm)
    return int(k), programs, locale


def load_program(site, fm, locale=""):
    content = os.path.join(site, "content")
    checkpoints = [int(c) for c in (fm.get("checkpoints") or [])]
    behaviors = fm.get("behaviors") or []
    bids = [str(b["id"]) for b in behaviors]
    target = {str(b["id"]): str(b.get("target_frequency") or "").strip().lower()
              for b in behaviors}
    cohorts = [str(c["id"]) for c in (fm.get("cohorts") or [])]
    omap = {str(key).strip().lower(): str(v).strip().lower()
            for key, v in (fm.get("obstacle_categories") or {}).items()}
    notes = []

    # ---- roster
    rcols = {c: c for c in ["participant", "name", "email", "cohort", "manager",
                            "manager_name", "manager_email", "team", "completed",
                            "satisfaction", "first_step_scheduled"]}
    rcols.update({k: v for k, v in (fm.get("roster_columns") or {}).items()})
    header, rows = read_csv(os.path.join(content, fm["roster"]))
    idx = {h.strip(): i for i, h in enumerate(header)}

    def col(row, field):
        name = rcols.get(field)
        i = idx.get(name) if name is not None else None
        if i is None or i >= len(row):
            return None if i is None else ""
        return row[i]

    has_completed = rcols["completed"] in idx
    has_sat = rcols["satisfaction"] in idx
    has_fss = rcols["first_step_scheduled"] in idx
    roster = []  # list of dicts
    people = {}  # key -> person (trained or not)
    cohort_lc = {c.strip().lower(): c for c in cohorts}
    for row in rows:
        key = norm_key(col(row, "participant"))
        coh = (col(row, "cohort") or "").strip()
        coh = cohort_lc.get(coh.lower(), coh)
        completed = True if not has_completed else (yesno(col(row, "completed")) is True)
        sat = likert(col(row, "satisfaction")) if has_sat else None
        if sat == "invalid":
            notes.append("roster: out-of-range satisfaction %r" % col(row, "satisfaction"))
            sat = None
        fss = yesno(col(row, "first_step_scheduled")) if has_fss else None
        p = {"key": key, "cohort": coh, "trained": completed, "sat": sat,
             "fss": fss is True}
        roster.append(p)
        if key:
            if key in people:
                notes.append("roster: participant %r listed twice" % key)
            people[key] = p
    for p in roster:
        if p["cohort"] not in cohorts:
            notes.append("roster: cohort %r not in front matter" % p["cohort"])

    # ---- surveys
    rows_read = 0
    unmatched = 0
    skipped = 0
    self_rows = []   # dicts: key, c, at, answers...
    obs_rows = []
    asked = {}       # (kind, c or None) -> set of canonical fields mapped
    for s in fm.get("surveys") or []:
        fmt = str(s.get("format") or "generic").strip().lower()
        kind = str(s.get("kind") or "self-report")
        mapping = {str(k): str(v) for k, v in (s.get("columns") or {}).items()}
        exp = Export(os.path.join(content, s["file"]), fmt, s.get("delimiter"), s.get("encoding"))
        include_partial = s.get("include_partial") is True
        stamp = {"fmt": fmt, "locale": locale, "tz": s.get("timezone"),
                 "date_format": s.get("date_format")}
        fixed_c = s.get("checkpoint")
        ccol = s.get("checkpoint_column")
        if ccol is not None:
            mapping["checkpoint"] = str(ccol)
        # canonical field -> columns: the mapped ones; without a participant mapping, the
        # headers that are canonical names stand for themselves (PRODUCT.md §1)
        cols = {}
        for field, name in mapping.items():
            found = exp.columns(name)
            if found:
                cols[field] = found
            else:
                notes.append("%s: mapped column %r for %s not found" % (s["file"], name, field))
        if "participant" not in mapping:
            for i, h in enumerate(exp.canonical_headers()):
                if h and h not in cols and h not in mapping:
                    cols[h] = [i]

        def get(row, field):
            c = cols.get(field)
            return None if c is None else exp.text(row, c)

        asked_key = (kind, int(fixed_c) if fixed_c is not None else None)
        asked.setdefault(asked_key, set()).update(f for f in cols if f != "checkpoint")
        for row in exp.data:
            rows_read += 1
            if exp.skipped(row, include_partial):
                skipped += 1
                continue
            key = norm_key(get(row, "participant"))
            p = people.get(key)
            if not key or p is None or not p["trained"]:
                unmatched += 1
                continue
            if fixed_c is not None:
                c = int(fixed_c)
            else:
                c = checkpoint_value(get(row, "checkpoint"))
                if c not in checkpoints:
                    # a row for no checkpoint of the program cannot be placed: skipped
                    notes.append("%s: checkpoint %r is not a checkpoint of the program; row skipped"
                                 % (s["file"], get(row, "checkpoint")))
                    skipped += 1
                    continue
            at = parse_timestamp(get(row, "submitted_at"), **stamp)
            if at is None:
                notes.append("%s: unparsable submitted_at %r" % (s["file"], get(row, "submitted_at")))
            rec = {"key": key, "c": c, "at": at, "file": s["file"]}
            if kind == "manager-observation":
                for b in bids:
                    v = yesno(get(row, "observed." + b))
                    if v == "invalid":
                        notes.append("%s: out-of-range observed.%s %r" % (s["file"], b, get(row, "observed." + b)))
                        v = None
                    rec["obs." + b] = v
                obs_rows.append(rec)
                continue
            for b in bids:
                v = yesno(get(row, "applied." + b))
                if v == "invalid":
                    notes.append("%s: out-of-range applied.%s %r" % (s["file"], b, get(row, "applied." + b)))
                    v = None
                rec["applied." + b] = v
                fv = freq(get(row, "frequency." + b))
                if fv == "invalid":
                    notes.append("%s: out-of-range frequency.%s %r" % (s["file"], b, get(row, "frequency." + b)))
                    fv = None
                rec["frequency." + b] = fv
            for f in ("first_step_done", "manager_discussed", "peer_checkin"):
                v = yesno(get(row, f))
                if v == "invalid":
                    notes.append("%s: out-of-range %s %r" % (s["file"], f, get(row, f)))
                    v = None
                rec[f] = v
            cats = set()
            if "obstacles" in cols:
                for choice in exp.choices(row, cols["obstacles"], omap):
                    cats.add(obstacle_category(choice, omap))
            rec["obstacles"] = cats
            self_rows.append(rec)

    # ---- de-duplication: latest submitted_at per (participant, checkpoint)
    def dedupe(rs):
        best, dropped = {}, 0
        for r in rs:
            k2 = (r["key"], r["c"])
            if k2 in best:
                dropped += 1
                cur = best[k2]
                a = r["at"] or datetime.min.replace(tzinfo=timezone.utc)
                b = cur["at"] or datetime.min.replace(tzinfo=timezone.utc)
                if a == b:
                    notes.append("tie on submitted_at for %s at %s" % k2)
                if a > b:
                    best[k2] = r
            else:
                best[k2] = r
        return best, dropped

    responses, dup1 = dedupe(self_rows)
    observations, dup2 = dedupe(obs_rows)
    for (key, c) in list(responses) + list(observations):
        if c not in checkpoints:
            notes.append("response for %s at checkpoint %r not in checkpoints" % (key, c))

    def is_asked(kind, c, field):
        return field in asked.get((kind, c), set()) or field in asked.get((kind, None), set())

    return {
        "id": str(fm["id"]), "title": fm.get("title"), "checkpoints": checkpoints,
        "bids": bids, "target": target, "has_fss": has_fss, "cohorts": cohorts, "roster": roster,
        "responses": responses, "observations": observations, "is_asked": is_asked,
        "dq": {"rows_read": rows_read, "duplicates_dropped": dup1 + dup2,
               "unmatched_rows": unmatched, "skipped_rows": skipped},
        "notes": notes,
    }


# --------------------------------------------------------------------------- metrics

def compute_group(P, members, k):
    """Figures for one group of roster rows (the program, or one cohort), primary
    suppression only.  Returns a nested dict of Figure objects and plain numbers."""
    enrolled = len(members)
    trained_people = [p for p in members if p["trained"]]
    trained = len(trained_people)
    tkeys = {p["key"] for p in trained_people}
    rated = [p for p in trained_people if p["sat"] is not None]
    G = {
        "enrolled": enrolled,
        "trained": trained,
        "completion_rate": Figure.rate(trained, enrolled, k),
        "satisfaction_favorable_rate": Figure.rate(
            sum(1 for p in rated if p["sat"] >= 4), len(rated), k),
        # a roster without the column did not ask: the figure does not apply
        "first_step_scheduled_rate": Figure.rate(
            sum(1 for p in trained_people if p["fss"]), trained, k, P["has_fss"]),
        "checkpoints": [],
    }
    is_asked = P["is_asked"]
    prev = None
    for c in P["checkpoints"]:
        R = [r for (key, cc), r in P["responses"].items() if cc == c and key in tkeys]
        O = {key: r for (key, cc), r in P["observations"].items() if cc == c and key in tkeys}
        C = {"day": c, "respondents": len(R),
             "response_rate": ratio(len(R), trained)}
        any_ans = [r for r in R if any(r["applied." + b] is not None for b in P["bids"])]
        C["any_behavior_adoption_rate"] = Figure.rate(
            sum(1 for r in any_ans if any(r["applied." + b] is True for b in P["bids"])),
            len(any_ans), k,
            any(is_asked("self-report", c, "applied." + b) for b in P["bids"]))
        fs = [r for r in R if r["first_step_done"] is not None]
        C["first_step_rate"] = Figure.rate(sum(1 for r in fs if r["first_step_done"]), len(fs), k,
                                           is_asked("self-report", c, "first_step_done"))
        behaviors = []
        for b in P["bids"]:
            ans = [r for r in R if r["applied." + b] is not None]
            adopted = sum(1 for r in ans if r["applied." + b])
            B = {"id": b, "answered": len(ans), "adopted": adopted}
            asked_applied = is_asked("self-report", c, "applied." + b)
            B["adoption_rate"] = Figure.rate(adopted, len(ans), k, asked_applied)
            if B["adoption_rate"].state == "shown":
                B["ci"] = wilson(adopted, len(ans))
            else:
                B["ci"] = (None, None)
            B["conservative_rate"] = Figure.rate(adopted, trained, k, asked_applied)
            fa = [r for r in R if r["frequency." + b] is not None]
            asked_f = is_asked("self-report", c, "frequency." + b)
            tgt = P["target"][b]
            ti = LEVELS.index(tgt) if tgt in LEVELS else None
            B["habit_rate"] = Figure.rate(
                sum(1 for r in fa if ti is not None and LEVELS.index(r["frequency." + b]) >= ti),
                len(fa), k, asked_f and ti is not None)
            B["frequency"] = ({lv: sum(1 for r in fa if r["frequency." + b] == lv) for lv in LEVELS}
                              if asked_f else None)
            # persistence
            if prev is None:
                B["persistence_rate"] = Figure()
            else:
                prev_adopters = {key for (key, cc), r in P["responses"].items()
                                 if cc == prev and key in tkeys and r["applied." + b] is True}
                pa = [r for r in ans if r["key"] in prev_adopters]
                B["persistence_rate"] = Figure.rate(
                    sum(1 for r in pa if r["applied." + b]), len(pa), k, asked_applied)
            # lifts
            for fld, name in (("manager_discussed", "manager_lift_points"),
                              ("peer_checkin", "peer_lift_points")):
                if not (asked_applied and is_asked("self-report", c, fld)):
                    B[name] = Figure()
                    continue
                yes = [r for r in ans if r[fld] is True]
                no = [r for r in ans if r[fld] is False]
                if len(yes) < k or len(no) < k:
                    B[name] = Figure(None, min(len(yes), len(no)), "suppressed")
                else:
                    ry = sum(1 for r in yes if r["applied." + b]) / len(yes)
                    rn = sum(1 for r in no if r["applied." + b]) / len(no)
                    B[name] = Figure(100 * (ry - rn), min(len(yes), len(no)), "shown")
            # observations
            asked_o = is_asked("manager-observation", c, "observed." + b)
            oa = [o for o in O.values() if o["obs." + b] is not None]
            B["observed_rate"] = Figure.rate(sum(1 for o in oa if o["obs." + b]), len(oa), k, asked_o)
            pairs = [(r["applied." + b], O[r["key"]]["obs." + b]) for r in ans
                     if r["key"] in O and O[r["key"]]["obs." + b] is not None]
            applicable = asked_o and asked_applied
            n = len(pairs)
            B["agreement_rate"] = Figure.rate(sum(1 for s, o in pairs if s == o), n, k, applicable)
            if not applicable:
                B["self_report_inflation_points"] = Figure()
            elif n < k:
                B["self_report_inflation_points"] = Figure(None, n, "suppressed")
            else:
                B["self_report_inflation_points"] = Figure(
                    100 * (sum(1 for s, o in pairs if s) / n - sum(1 for s, o in pairs if o) / n),
                    n, "shown")
            behaviors.append(B)
        C["behaviors"] = behaviors
        # obstacles
        asked_obs = is_asked("self-report", c, "obstacles")
        oresp = [r for r in R if r["obstacles"]]
        C["obstacles"] = {cat: Figure.rate(sum(1 for r in oresp if cat in r["obstacles"]),
                                           len(oresp), k, asked_obs) for cat in CATEGORIES}
        C["obstacle_counts"] = {cat: sum(1 for r in oresp if cat in r["obstacles"])
                                for cat in CATEGORIES}
        G["checkpoints"].append(C)
        prev = c
    return G


BEHAVIOR_FIGS = ["adoption_rate", "conservative_rate", "habit_rate", "persistence_rate",
                 "manager_lift_points", "peer_lift_points", "observed_rate",
                 "agreement_rate", "self_report_inflation_points"]


def figure_slots(G):
    """Yield (slot_id, getter) for every suppressible figure of a group."""
    for f in ("completion_rate", "satisfaction_favorable_rate", "first_step_scheduled_rate"):
        yield (f,), G[f]
    for ci, C in enumerate(G["checkpoints"]):
        for f in ("any_behavior_adoption_rate", "first_step_rate"):
            yield (ci, f), C[f]
        for bi, B in enumerate(C["behaviors"]):
            for f in BEHAVIOR_FIGS:
                yield (ci, bi, f), B[f]
        for cat in CATEGORIES:
            yield (ci, "obstacles", cat), C["obstacles"][cat]


def apply_behavior_rule(G):
    """A suppressed adoption nulls the whole behavior object; a suppressed habit rate
    nulls its frequency counts (they would give it back)."""
    for C in G["checkpoints"]:
        for B in C["behaviors"]:
            if B["adoption_rate"].state == "suppressed":
                B["suppressed"] = True
                for f in BEHAVIOR_FIGS:
                    if B[f].state == "shown":
                        B[f].state = "suppressed"
            else:
                B.setdefault("suppressed", False)


def secondary(total, cells):
    """Secondary suppression across the cohort cells, to a fixed point."""
    changed = True
    while changed:
        changed = False
        for cell in cells:
            apply_behavior_rule(cell)
        tot = dict(figure_slots(total))
        per_cell = [dict(figure_slots(cell)) for cell in cells]
        for slot, tf in tot.items():
            if tf.state != "shown":
                continue
            figs = [pc[slot] for pc in per_cell]
            supp = [f for f in figs if f.state == "suppressed"]
            shown = [f for f in figs if f.state == "shown"]
            if len(supp) == 1 and shown:
                smallest = min(shown, key=lambda f: f.den)  # min() keeps the earliest on ties
                smallest.state = "suppressed"
                changed = True


def finalize(G, P):
    """Turn a group into the metrics.json figures (after all suppression)."""
    out = {"enrolled": G["enrolled"], "trained": G["trained"]}
    for f in ("completion_rate", "satisfaction_favorable_rate", "first_step_scheduled_rate"):
        out[f] = G[f].v()
    cps = []
    for C in G["checkpoints"]:
        oc = {"day": C["day"], "respondents": C["respondents"],
              "response_rate": C["response_rate"],
              "any_behavior_adoption_rate": C["any_behavior_adoption_rate"].v(),
              "first_step_rate": C["first_step_rate"].v(), "behaviors": []}
        for B in C["behaviors"]:
            if B["suppressed"]:
                ob = {"id": B["id"], "answered": None, "adopted": None, "frequency": None,
                      "ci_low": None, "ci_high": None, "suppressed": True}
                for f in BEHAVIOR_FIGS:
                    ob[f] = None
            else:
                ob = {"id": B["id"], "answered": B["answered"], "adopted": B["adopted"],
                      "suppressed": False}
                for f in BEHAVIOR_FIGS:
                    ob[f] = B[f].v()
                shown = B["adoption_rate"].state == "shown"
                ob["ci_low"] = B["ci"][0] if shown else None
                ob["ci_high"] = B["ci"][1] if shown else None
                ob["frequency"] = (B["frequency"] if B["habit_rate"].state != "suppressed"
                                   else None)
                if B["adoption_rate"].state == "na":
                    ob["answered"] = ob["adopted"] = None
            oc["behaviors"].append(ob)
        # every category is listed, zeros included; a suppressed (or not applicable)
        # rate has a null count too, and such rows sort by name
        obs = []
        for cat in CATEGORIES:
            fig = C["obstacles"][cat]
            if fig.state == "shown":
                obs.append({"category": cat, "count": C["obstacle_counts"][cat],
                            "rate": fig.value})
            else:
                obs.append({"category": cat, "count": None, "rate": None})
        obs.sort(key=lambda o: (-(o["count"] if o["count"] is not None else -1), o["category"]))
        oc["obstacles"] = obs
        cps.append(oc)
    out["checkpoints"] = cps
    # intention gap: first entry of checkpoints
    fsr = out["first_step_scheduled_rate"]
    first = cps[0]["first_step_rate"] if cps else None
    out["intention_gap_points"] = (100 * (fsr - first)
                                   if fsr is not None and first is not None else None)
    # gap: latest checkpoint whose any-behavior adoption is not suppressed
    doing, day = None, None
    for oc in reversed(cps):
        if oc["any_behavior_adoption_rate"] is not None:
            doing, day = oc["any_behavior_adoption_rate"], oc["day"]
            break
    learning = out["satisfaction_favorable_rate"]
    out["gap"] = {"learning": learning, "doing": doing,
                  "points": (100 * (learning - doing)
                             if learning is not None and doing is not None else None),
                  "checkpoint_day": day}
    return out


def compute_program(P, k):
    total = compute_group(P, P["roster"], k)
    apply_behavior_rule(total)
    cells = [compute_group(P, [p for p in P["roster"] if p["cohort"] == cid], k)
             for cid in P["cohorts"]]
    secondary(total, cells)
    out = finalize(total, P)
    out["program"] = {"id": P["id"], "title": P["title"]}
    out["min_group_size"] = k
    out["cohorts"] = []
    for cid, cell in zip(P["cohorts"], cells):
        oc = finalize(cell, P)
        oc["id"] = cid
        out["cohorts"].append(oc)
    out["data_quality"] = dict(P["dq"])
    return out


# --------------------------------------------------------------------------- comparison

MISSING = object()


class Comparer:
    def __init__(self):
        self.compared = 0
        self.diffs = []

    @staticmethod
    def fmt(v):
        if v is MISSING:
            return "<missing>"
        return json.dumps(v)

    def eq(self, a, b):
        if a is MISSING or b is MISSING:
            return a is b
        if a is None or b is None:
            return a is None and b is None
        if isinstance(a, bool) or isinstance(b, bool):
            return a is b
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return abs(a - b) <= 1e-9
        return a == b

    def cmp(self, path, uptake, mine):
        self.compared += 1
        if not self.eq(uptake, mine):
            self.diffs.append("%s: uptake=%s crosscheck=%s" % ("/".join(path), self.fmt(uptake),
                                                               self.fmt(mine)))


def g(d, key):
    if isinstance(d, dict) and key in d:
        return d[key]
    return MISSING


def compare_group(cmpr, pid, cohort, up, mine):
    base = [pid, cohort]
    for f in ("enrolled", "trained", "completion_rate", "satisfaction_favorable_rate",
              "first_step_scheduled_rate", "intention_gap_points"):
        cmpr.cmp(base + ["-", "-", f], g(up, f), mine[f])
    ug = g(up, "gap")
    for f in ("learning", "doing", "points", "checkpoint_day"):
        cmpr.cmp(base + ["-", "-", "gap." + f], g(ug, f), mine["gap"][f])
    ucps = g(up, "checkpoints")
    ucps = ucps if isinstance(ucps, list) else []
    cmpr.cmp(base + ["-", "-", "checkpoints.days"], [g(c, "day") for c in ucps],
             [c["day"] for c in mine["checkpoints"]])
    by_day = {g(c, "day"): c for c in ucps}
    for mc in mine["checkpoints"]:
        day = str(mc["day"])
        uc = by_day.get(mc["day"], MISSING)
        for f in ("respondents", "response_rate", "any_behavior_adoption_rate", "first_step_rate"):
            cmpr.cmp(base + [day, "-", f], g(uc, f), mc[f])
        ubs = g(uc, "behaviors")
        ubs = ubs if isinstance(ubs, list) else []
        cmpr.cmp(base + [day, "-", "behaviors.ids"], [g(b, "id") for b in ubs],
                 [b["id"] for b in mc["behaviors"]])
        ub_by = {g(b, "id"): b for b in ubs}
        for mb in mc["behaviors"]:
            ub = ub_by.get(mb["id"], MISSING)
            p = base + [day, mb["id"]]
            for f in ("answered", "adopted", "adoption_rate", "ci_low", "ci_high",
                      "conservative_rate", "habit_rate", "persistence_rate",
                      "manager_lift_points", "peer_lift_points", "observed_rate",
                      "agreement_rate", "self_report_inflation_points", "suppressed"):
                cmpr.cmp(p + [f], g(ub, f), mb[f])
            uf = g(ub, "frequency")
            if mb["frequency"] is None or uf is None or uf is MISSING:
                cmpr.cmp(p + ["frequency"], uf, mb["frequency"])
            else:
                for lv in LEVELS:
                    cmpr.cmp(p + ["frequency." + lv], g(uf, lv), mb["frequency"][lv])
        uo = g(uc, "obstacles")
        mo = mc["obstacles"]
        if not isinstance(uo, list):
            cmpr.cmp(base + [day, "obstacles", "obstacles"], uo, "<list>")
            continue
        cmpr.cmp(base + [day, "obstacles", "order"], [g(o, "category") for o in uo],
                 [o["category"] for o in mo])
        uo_by = {g(o, "category"): o for o in uo}
        for o in mo:
            u = uo_by.get(o["category"], MISSING)
            for f in ("count", "rate"):
                cmpr.cmp(base + [day, "obstacles", "%s.%s" % (o["category"], f)], g(u, f), o[f])


def compare(site_metrics, mine_programs):
    cmpr = Comparer()
    ups = {g(g(p, "program"), "id"): p for p in g(site_metrics, "programs") or []}
    cmpr.cmp(["-", "-", "-", "-", "programs"], sorted(str(x) for x in ups),
             sorted(m["program"]["id"] for m in mine_programs))
    for m in mine_programs:
        pid = m["program"]["id"]
        up = ups.get(pid, MISSING)
        cmpr.cmp([pid, "*", "-", "-", "min_group_size"], g(up, "min_group_size"), m["min_group_size"])
        compare_group(cmpr, pid, "*", up, m)
        ucs = g(up, "cohorts")
        ucs = ucs if isinstance(ucs, list) else []
        cmpr.cmp([pid, "*", "-", "-", "cohorts.ids"], [g(c, "id") for c in ucs],
                 [c["id"] for c in m["cohorts"]])
        uc_by = {g(c, "id"): c for c in ucs}
        for mc in m["cohorts"]:
            compare_group(cmpr, pid, mc["id"], uc_by.get(mc["id"], MISSING), mc)
        udq = g(up, "data_quality")
        for f in ("rows_read", "duplicates_dropped", "unmatched_rows"):
            cmpr.cmp([pid, "*", "-", "-", "data_quality." + f], g(udq, f), m["data_quality"][f])
        # not in the contract's schema, but the contract says skipped rows are counted
        if g(udq, "skipped_rows") is not MISSING:
            cmpr.cmp([pid, "*", "-", "-", "data_quality.skipped_rows"], g(udq, "skipped_rows"),
                     m["data_quality"]["skipped_rows"])
    return cmpr


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    site, metrics_path = argv[1], argv[2]
    try:
        k, programs, locale = load_site(site)
        mine = []
        for fm in programs:
            P = load_program(site, fm, locale)
            for n in P["notes"]:
                sys.stderr.write("crosscheck: note: %s: %s\n" % (P["id"], n))
            mine.append(compute_program(P, k))
        with open(metrics_path, encoding="utf-8") as f:
            up = json.load(f)
    except (OSError, YamlError, KeyError, ValueError) as e:
        sys.stderr.write("crosscheck: %s\n" % e)
        return 2
    if os.environ.get("CROSSCHECK_DUMP"):
        with open(os.environ["CROSSCHECK_DUMP"], "w") as f:
            json.dump({"programs": mine}, f, indent=1)
    cmpr = compare(up, mine)
    for d in cmpr.diffs:
        print(d)
    print("%d figures compared, %d disagreements" % (cmpr.compared, len(cmpr.diffs)))
    return 1 if cmpr.diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
