"""Independent reader of a frab schedule.xml (Python's xml.etree), for the Java tests.

Prints a line "zone<TAB>days", then one line per event, sorted: guid (else room#id), instant in
UTC, duration in minutes, room, title and persons joined by "|", separated by tabs.
"""
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone


def minutes(text):
    if not text or not text.strip():
        return 0
    parts = [int(p) for p in text.strip().split(":")]
    return parts[0] * 60 + parts[1]


def main(path):
    root = ET.parse(path).getroot()
    conf = root.find("conference")
    events = {}
    for day in root.findall("day"):
        for room in day.findall("room"):
            for ev in room.findall("event"):
                key = ev.get("guid") or (room.get("name") + "#" + ev.get("id"))
                instant = datetime.fromisoformat(ev.findtext("date").strip()).astimezone(timezone.utc)
                persons = [p.text.strip() for p in ev.findall("persons/person")]
                events[key] = {
                    "start": instant.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "minutes": minutes(ev.findtext("duration")),
                    "room": room.get("name"),
                    "title": (ev.findtext("title") or "").strip(),
                    "persons": persons,
                }
    print((conf.findtext("time_zone_name") or "").strip() + "\t" + str(len(root.findall("day"))))
    for key in sorted(events):
        e = events[key]
        print("\t".join([key, e["start"], str(e["minutes"]), e["room"], e["title"], "|".join(e["persons"])]))

if __name__ == "__main__":
    main(sys.argv[1])
