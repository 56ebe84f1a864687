"""A small fictional corpus (events, outlets, people invented here) for the run and watch tests."""

import json
from pathlib import Path


PLACES = ["Quillhaven", "Marrowby", "Tesselford", "Brindlecoast", "Ostvale"]
PEOPLE = ["Ilse Varnock", "Tomas Quell", "Renata Obrist", "Dario Felk", "Maud Sternhill"]
TOPICS = ["the tram depot", "the flood barrier", "the school canteen", "the river ferry", "the night market"]
OUTLETS = ["Quillhaven Courier", "Marrowby Post", "Coastline Wire"]
CHROME = {
    "Quillhaven Courier": ["Subscribe to the Courier morning briefing", "Courier staff report"],
    "Marrowby Post": ["Follow the Post on your phone", "Read more local news"],
    "Coastline Wire": ["Distributed by Coastline Wire"],
}


def body(i: int) -> str:
    place, person, topic = PLACES[i % 5], PEOPLE[(i * 3) % 5], TOPICS[(i * 7) % 5]
    return "\n\n".join([
        f"{person} said on Tuesday that the council of {place} will vote on {topic} in week {i}.",
        f"The proposal number {i} would cost about {10 + i} million and take {2 + i % 4} years, officials in {place} said.",
        f"Residents of {place} gathered outside the town hall, and {person} promised a public hearing on {topic}.",
        f"Opponents of plan {i} said the money should go to housing instead, according to a letter seen by reporters.",
    ])


def write_corpus(root: Path) -> Path:
    """~70 records: txt files, two JSONL files (with reprints, a bad line), an empty file."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "txt").mkdir()
    for i in range(24):
        outlet = OUTLETS[i % 3]
        chrome = CHROME[outlet]
        text = f"Council vote {i} in {PLACES[i % 5]}\n\n{chrome[0]}\n\n{body(i)}\n\n{chrome[-1]}\n"
        (root / "txt" / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    (root / "txt" / "empty.txt").write_text("", encoding="utf-8")
    lines = []
    for i in range(24, 60):
        outlet = OUTLETS[i % 3]
        src = i - 20 if i % 4 == 0 else i  # every fourth record reprints an earlier body
        text = f"{CHROME[outlet][0]}\n\n{body(src)}\n\n{CHROME[outlet][-1]}"
        lines.append(json.dumps({"id": f"w{i}", "outlet": outlet, "title": f"Headline {i}",
                                 "published": f"2025-02-{1 + i % 27:02d}", "text": text}))
        if i == 40:
            lines.append("{not json")
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # a reprint that is *older* than its stored copy, arriving late: re-points the group
    late = [json.dumps({"id": "late1", "outlet": "Coastline Wire", "title": "Early copy",
                        "published": "2025-01-01", "text": body(28)})]
    (root / "zz-late.jsonl").write_text("\n".join(late) + "\n", encoding="utf-8")
    return root
