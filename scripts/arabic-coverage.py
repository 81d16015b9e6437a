#!/usr/bin/env python3
"""Arabic-name coverage of the gazetteer for the countries marsad's users follow.

For each country: first-level divisions (admin1) without an Arabic name, and populated places of
50,000+ people without one. Reads the built gazetteer (default: the bundled one).

    scripts/arabic-coverage.py [GAZETTEER.tsv.gz] [--list]     # --list prints the entries lacking names
"""
import gzip
import sys

# Arab League (22), Western Sahara, and the neighbours and conflict zones followed in Arabic news
ARAB_LEAGUE = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
OTHERS = "EH IR TR AF PK IL SS ML NG TD ET ER".split()
# added 2026-12-08 (gaz25): Asian, Russian, Ukrainian and African countries often reported in Arabic news
MORE = "IN CN RU UA PH MM BD KE CM NE ID TH".split()
COUNTRIES = ARAB_LEAGUE + OTHERS + MORE
BIG = 50_000


def main(argv):
    path = "core/src/main/resources/org/marsad/core/places/gazetteer.tsv.gz"
    listing = "--list" in argv
    args = [a for a in argv if not a.startswith("--")]
    if args:
        path = args[0]
    stats = {c: [0, 0, 0, 0] for c in COUNTRIES}  # admin1, admin1 w/o ar, big places, big w/o ar
    missing = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("geonames_id\t"):
                continue
            c = line.rstrip("\n").split("\t")
            feature, country, pop, name, keys = c[1], c[3], int(c[8]), c[9], c[11]
            if country not in stats:
                continue
            s = stats[country]
            if feature == "admin1":
                s[0] += 1
                if not keys:
                    s[1] += 1
                    missing.append(f"{country}\tadmin1\t{country}.{c[4]}\t{name}")
            elif feature in ("city", "village") and pop >= BIG:
                s[2] += 1
                if not keys:
                    s[3] += 1
                    missing.append(f"{country}\tplace\tid:{c[0]}\t{name}\t{pop}")
    print(f"{'country':8}{'admin1':>8}{'no ar':>8}{'50k+':>8}{'no ar':>8}")
    tot = [0, 0, 0, 0]
    for c in COUNTRIES:
        s = stats[c]
        tot = [a + b for a, b in zip(tot, s)]
        print(f"{c:8}{s[0]:8}{s[1]:8}{s[2]:8}{s[3]:8}")
    print(f"{'total':8}{tot[0]:8}{tot[1]:8}{tot[2]:8}{tot[3]:8}")
    if listing:
        print()
        print("\n".join(missing))


if __name__ == "__main__":
    main(sys.argv[1:])
