#!/usr/bin/env python3
"""Generates N assessment files of about 12 KB each, for measuring `refleks aggregate`, `list`
and the home screen at national scale.

    python3 scripts/gen-store.py N DIR [--flat] [--kommuner K] [--cards cards]

Without --flat the tree is DIR/kommune-XX/team-YY/team-YY-<date>.toml (four assessments per team,
one a year), as a facilitator would collect them; with --flat every file lies directly in DIR,
as in a store. By default each municipality folder holds 25 teams; --kommuner K spreads the teams
over K municipality folders instead (issue 18 measures 100,000 files in 98). The same arguments
give the same files (fixed random seed). Every file loads in refleks.
"""

import os
import random
import sys
import tomllib

NOTES = [
    "Vi har drøftet det på personalemødet, men det er endnu ikke skrevet ind i vores procedurer.",
    "Fast praksis i de fleste forløb; nye kolleger får det med i introduktionen.",
    "Gøres i nogle forløb, men ikke systematisk. Vi vil tage det op på næste temadag.",
    "Lederen følger op hvert kvartal, og vi har en tjekliste i journalsystemet.",
    "Borgerne oplever det forskelligt; vi mangler en fælles måde at gøre det på.",
]


def deck(cards):
    ids = []
    for name in sorted(os.listdir(cards)):
        if name == "deck.toml" or not name.endswith(".toml"):
            continue
        with open(os.path.join(cards, name), "rb") as f:
            card = tomllib.load(f)
        ids.extend(a["id"] for a in card.get("anvisninger", []))
    return ids


def fingerprint():
    # The fingerprint of the embedded deck, as the example assessments carry it.
    with open("assessments/team-nord-2026-11-17.toml", "rb") as f:
        return tomllib.load(f)["deck"]["fingerprint"]


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def assessment(rng, team, year, ids, fp):
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    out = [
        "# refleks-vurdering. Kan åbnes med `refleks open <fil>`.",
        "",
        "schema = 1",
        f"team = {quote(team)}",
        'participants = ["Mette", "Jonas", "Rikke", "Ahmad", "Louise"]',
        f'created = "{date}"',
        f'updated = "{date}"',
        "",
        "[deck]",
        'name = "Nationale retningslinjer for social stofmisbrugsbehandling"',
        'edition = "2020"',
        f'fingerprint = "{fp}"',
        "",
    ]
    for id_ in ids:
        r = rng.random()
        if r < 0.05:
            continue
        out.append(f'[answers."{id_}"]')
        if r < 0.08:
            out.append('score = "unknown"')
        else:
            out.append(f"score = {rng.randint(0, 4)}")
        if rng.random() < 0.7:
            out.append(f"note = {quote(rng.choice(NOTES))}")
        if rng.random() < 0.03:
            out.append("focus = true")
        out.append("")
    return date, "\n".join(out)


def main(argv):
    flat = "--flat" in argv
    argv = [a for a in argv if a != "--flat"]
    cards = "cards"
    if "--cards" in argv:
        i = argv.index("--cards")
        cards = argv[i + 1]
        del argv[i : i + 2]
    kommuner = None
    if "--kommuner" in argv:
        i = argv.index("--kommuner")
        kommuner = int(argv[i + 1])
        del argv[i : i + 2]
    n, root = int(argv[0]), argv[1]
    ids, fp = deck(cards), fingerprint()
    rng = random.Random(n)
    for i in range(n):
        team_no, year = divmod(i, 4)
        if kommuner:
            k, local = team_no % kommuner, team_no // kommuner
        else:
            k, local = team_no // 25, team_no % 25
        kommune = f"kommune-{k:02d}"
        team = f"Team {local:02d}"
        date, text = assessment(rng, team, 2023 + year, ids, fp)
        slug = f"team-{local:02d}"
        if flat:
            folder = root
            name = f"{kommune}-{slug}-{date}-{i}.toml"
        else:
            folder = os.path.join(root, kommune, slug)
            name = f"{slug}-{date}.toml"
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
