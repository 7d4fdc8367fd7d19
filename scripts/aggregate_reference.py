#!/usr/bin/env python3
"""Reference for `refleks aggregate`: a straightforward tomllib script computing the same means.

Walks the folders for *.toml files, reads every assessment, keeps each team's newest one
(team = name without case and surrounding spaces, in the folder the file lies in; newest =
latest `created`, then `updated`, then file name), and prints one line per team and guideline:
place, team, date, guideline, mean (one decimal, decimal comma, "–" without a level).

Used to check that the Rust numbers match the files, and as the baseline of the speed target
(`refleks aggregate` must be at least 10x faster). Usage:

    python3 scripts/aggregate_reference.py [--cards cards] DIR...
"""

import os
import sys
import tomllib


def deck(cards):
    """Guideline ids in deck order, and each anvisning id's guideline."""
    guidelines = []
    of = {}
    for name in os.listdir(cards):
        if name == "deck.toml" or not name.endswith(".toml"):
            continue
        with open(os.path.join(cards, name), "rb") as f:
            card = tomllib.load(f)
        guidelines.append(card["id"])
        for a in card.get("anvisninger", []):
            of[a["id"]] = card["id"]
    guidelines.sort(key=lambda g: [int(p) for p in g.split(".")])
    return guidelines, of


def walk(roots):
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith(".toml") and not name.startswith("."):
                    path = os.path.join(folder, name)
                    rel = os.path.relpath(folder, root)
                    place = os.path.basename(os.path.abspath(root)) if rel == "." else rel
                    yield path, place


def main(argv):
    cards = "cards"
    if argv[:1] == ["--cards"]:
        cards, argv = argv[1], argv[2:]
    guidelines, of = deck(cards)
    newest = {}
    for path, place in walk(argv):
        try:
            with open(path, "rb") as f:
                a = tomllib.load(f)
            team = a["team"]
        except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError):
            print(f"kan ikke læses: {path}", file=sys.stderr)
            continue
        sums = {}
        for id_, answer in a.get("answers", {}).items():
            score = answer.get("score")
            g = of.get(id_)
            if g is not None and isinstance(score, int) and not isinstance(score, bool):
                s, n = sums.get(g, (0, 0))
                sums[g] = (s + score, n + 1)
        key = (place, team.strip().lower())
        order = (a.get("created", ""), a.get("updated", ""), path)
        if key not in newest or order > newest[key][0]:
            newest[key] = (order, team.strip(), sums)
    for (place, _), (order, team, sums) in sorted(newest.items()):
        for g in guidelines:
            s, n = sums.get(g, (0, 0))
            # Half away from zero, as refleks rounds (Python's own rounding is half to even).
            tenths = (20 * s + n) // (2 * n) if n else None
            mean = f"{tenths // 10},{tenths % 10}" if n else "–"
            print(f"{place};{team};{order[0]};{g};{mean}")


if __name__ == "__main__":
    main(sys.argv[1:])
