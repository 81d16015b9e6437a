#!/usr/bin/env python3
"""How many event sides (actor, recipient) carry a code from the actor lexicon.

Reads `marsad analyze` output (JSONL) on standard input and prints the number of events, of sides
named, of sides coded, and the most frequent names left without a code (names the tagger found that
the lexicon does not know), for deciding what the lexicon should learn next.

Usage: ./marsad analyze ../shared/data/news/saudinewsnet/dataset | scripts/actor-coverage.py [TOP]
"""
import collections
import json
import sys

top = int(sys.argv[1]) if len(sys.argv) > 1 else 30
events = sides = coded = 0
uncoded = collections.Counter()
by_type = collections.Counter()
coded_by_type = collections.Counter()
for line in sys.stdin:
    for event in json.loads(line)["events"]:
        events += 1
        for side in ("actor", "recipient"):
            actor = event.get(side)
            if not actor:
                continue
            sides += 1
            by_type[event["type"]] += 1
            if actor.get("code"):
                coded += 1
                coded_by_type[event["type"]] += 1
            else:
                uncoded[actor["name"]] += 1
print(f"events {events}, sides named {sides}, coded {coded} ({coded / max(sides, 1):.1%})")
print("coded share by type: " + ", ".join(f"{t} {coded_by_type[t] / n:.0%} of {n}" for t, n in by_type.most_common()))
print(f"most frequent uncoded names (top {top}):")
for name, n in uncoded.most_common(top):
    print(f"  {n:5d}  {name}")
