/// The Python checkers of CalendarTests and MailTests. Each reads the bytes under test on
/// stdin and prints one JSON document; a missing package exits non-zero saying what to
/// install, which fails the test.
enum PythonScripts {
    /// Parses an `.ics` with the `icalendar` package: the calendar name, every VEVENT's
    /// properties, the property names seen and any parse errors icalendar recorded.
    static let icalendar = #"""
        import sys, json
        try:
            import icalendar
        except ImportError:
            sys.exit("the python package 'icalendar' is missing: pip install icalendar")
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        events = []
        for e in cal.walk("VEVENT"):
            events.append({
                "uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "description": str(e["DESCRIPTION"]),
                "start": e.decoded("DTSTART").isoformat(), "end": e.decoded("DTEND").isoformat(),
                "stamp": e.decoded("DTSTAMP").isoformat(), "names": sorted(e.keys()),
            })
        print(json.dumps({
            "name": str(cal["X-WR-CALNAME"]), "prodid": str(cal["PRODID"]), "version": str(cal["VERSION"]),
            "method": str(cal["METHOD"]), "events": events,
            "errors": [str(err) for c in cal.walk() for err in getattr(c, "errors", [])],
        }))
        """#

    /// Parses an `.eml` with the standard `email` package (policy.default): decoded headers,
    /// every part with its decoded body (CRLF read as LF), and every defect found.
    static let email = #"""
        import sys, json, email, email.policy
        msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
        defects = [type(d).__name__ for d in msg.defects]
        defects += [type(d).__name__ for _, v in msg.items() for d in v.defects]
        parts = []
        for p in msg.iter_parts():
            defects += [type(d).__name__ for d in p.defects]
            parts.append({
                "type": p.get_content_type(), "charset": p.get_content_charset(),
                "encoding": p.get("Content-Transfer-Encoding"),
                "body": p.get_content().replace("\r\n", "\n"),
            })
        sender, recipient = msg["From"].addresses[0], msg["To"].addresses[0]
        print(json.dumps({
            "fromName": sender.display_name, "fromAddress": sender.addr_spec,
            "toName": recipient.display_name, "toAddress": recipient.addr_spec,
            "subject": str(msg["Subject"]), "date": msg["Date"].datetime.isoformat(),
            "messageID": str(msg["Message-ID"]), "mimeVersion": str(msg["MIME-Version"]),
            "type": msg.get_content_type(), "parts": parts, "defects": defects,
        }))
        """#
}
