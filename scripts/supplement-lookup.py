#!/usr/bin/env python3
"""Turn a list of towns written by hand into supplement.tsv rules with GeoNames ids.

Input lines (tab-separated, '#' comments kept):   CC  LatinName[@ADMIN1]  ARABIC|ARABIC...
Output: 'alias<TAB>id:N<TAB>ARABIC|...' for the most populous cities500 row of that country (and
first-level division) whose name, ASCII name or a Latin alternate name equals LatinName (accents and
case ignored); on stderr, towns not found and towns with a second candidate of 1,000+ people.

    scripts/supplement-lookup.py towns.txt [../shared/data/geonames/cities500/cities500.txt]

Names the bundled gazetteer already has for that place are left out (HAVE on stderr when all are).
"""
import re
import sys
import unicodedata
from collections import defaultdict


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def akey(s):
    """An approximation of ArabicNames.key: alef forms, ى, ة, diacritics, punctuation."""
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
    s = s.translate(str.maketrans("أإآٱىةیک", "اااايهيك"))
    return re.sub(r"[^\w]+", " ", s).strip()


def gazetteer_keys(path):
    import gzip
    keys = defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) == 12 and c[0].isdigit() and c[11]:
                keys[int(c[0])].update(c[11].split("|"))
    return keys


def main(argv):
    wanted = argv[0]
    argv = [a for a in argv if a != "-v"] + (["-v"] if "-v" in argv else [])
    cities = argv[1] if len(argv) > 1 and argv[1] != "-v" else "/work/shared/data/geonames/cities500/cities500.txt"
    want = []
    keys = set()
    with open(wanted, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                want.append((line, None, None, None, None))
                continue
            cc, name, ar = line.split("\t")
            adm = None
            if "@" in name:
                name, adm = name.split("@")
            want.append((line, cc, fold(name), adm, ar))
            keys.add((cc, fold(name)))
    have = gazetteer_keys("core/src/main/resources/org/marsad/core/places/gazetteer.tsv.gz")
    cands = defaultdict(list)
    with open(cities, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[6] != "P":
                continue
            names = {fold(c[1]), fold(c[2])}
            names.update(fold(a) for a in c[3].split(",") if a and a.isascii())
            for n in names:
                if (c[8], n) in keys:
                    cands[(c[8], n)].append((int(c[14] or 0), int(c[0]), c[1], c[10], c[7]))
    for line, cc, name, adm, ar in want:
        if cc is None:
            print(line)
            continue
        cs = [x for x in cands.get((cc, name), []) if adm is None or x[3] == adm]
        cs.sort(key=lambda x: (-x[0], x[1]))
        if not cs:
            print(f"NOT FOUND: {line}", file=sys.stderr)
            continue
        best = cs[0]
        others = [x for x in cs[1:] if x[0] >= 1000 and x[1] != best[1]]
        if others:
            print(f"AMBIGUOUS: {line} -> {best} also {others[:3]}", file=sys.stderr)
        new = [a for a in ar.split("|") if akey(a) not in have.get(best[1], set())]
        if not new:
            print(f"HAVE: {line}", file=sys.stderr)
            continue
        print(f"alias\tid:{best[1]}\t{'|'.join(new)}")
        print(f"# ^ {best[2]} ({cc}.{best[3]}, {best[4]}, {best[0]})", file=sys.stderr) if "-v" in argv else None


if __name__ == "__main__":
    main(sys.argv[1:])
