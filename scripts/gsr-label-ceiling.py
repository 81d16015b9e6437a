#!/usr/bin/env python3
"""How well could a detector of the annotators' own opinion score against the GSR's `yes` label?

arabic_event_gsr labels a sentence `yes` only when no annotator rejected it; a sentence that some
annotators accepted and others rejected is `difficult no` (or `ambiguous`). This prints, on the TRAIN
split only (the split rules of io/Gsr.java), the F1 against `yes` of three ideal detectors that know
the annotators' counts: one that fires when any annotator accepted, one when at least half accepted,
one when a strict majority accepted; and the expected score of one of the sentence's annotators drawn
at random (accepting with probability accept / (accept + reject)), a human's agreement with the label.
That last figure is optimistic: the drawn annotator's vote is part of the label. `ambiguous` rows are
left out, as `eval events --gsr` does.

Usage: scripts/gsr-label-ceiling.py [../shared/data/events/arabic_event_gsr]
"""
import csv
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/events/arabic_event_gsr"
splits = {"assault_gsr.csv": lambda row: row % 5 == 0, "protest_gsr.csv": lambda row: row % 2 == 0}
rules = {
    "any annotator accepted": lambda a, r: a > 0,
    "at least half accepted": lambda a, r: a >= r and a > 0,
    "a strict majority accepted": lambda a, r: a > r,
}
for name, is_test in splits.items():
    rows = []
    with open(f"{folder}/{name}", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if is_test(int(row[""])) or row["label"] == "ambiguous":
                continue
            rows.append((row["label"] == "yes", int(row["accept"]), int(row["reject"])))
    positives = sum(1 for y, _, _ in rows if y)
    print(f"{name} train split: {len(rows)} sentences, {positives} yes")
    for rule, fires in rules.items():
        tp = sum(1 for y, a, r in rows if y and fires(a, r))
        fp = sum(1 for y, a, r in rows if not y and fires(a, r))
        p = tp / (tp + fp) if tp + fp else 0
        rec = tp / positives
        f1 = 2 * p * rec / (p + rec) if p + rec else 0
        print(f"  fires when {rule:28} tp {tp:4} fp {fp:4}  P {p:.3f} R {rec:.3f} F1 {f1:.3f}")
    tp = sum(a / (a + r) for y, a, r in rows if y)
    fp = sum(a / (a + r) for y, a, r in rows if not y)
    p, rec = tp / (tp + fp), tp / positives
    print(f"  one annotator drawn at random (expected) tp {tp:6.1f} fp {fp:6.1f}  P {p:.3f} R {rec:.3f} F1 {2 * p * rec / (p + rec):.3f}")
