#!/usr/bin/env python3
"""Reproducible selection of SaudiNewsNet articles for the article-level event gold
(events-snn.jsonl).  Reads only the zips; writes nothing.

Procedure
1. Read every article of every zip in ../shared/data/news/saudinewsnet/dataset beside the project (or the
   directory given as argv[1]), files in sorted order, articles in their order in the file.
2. Keep an article when
   - its source is not a sports paper (arreyadi, arriyadiyah),
   - its content has 80..500 whitespace-separated words,
   - its content contains at least MIN_DISTINCT_WORDS different words of EVENT_WORDS, each
     matched at the start of a token after optional clitics (see PREFIX),
   - its url occurs exactly once in its file, and its content was not seen before (exact
     duplicate content, e.g. the same wire story in two papers, keeps the first only).
   With --exclude=FILE[,FILE...], candidates whose url is cited by one of those gold JSONL files
   ("source": {"url": ...}) are removed here, before shuffling (a new set that must not repeat an
   older set's articles).
3. Shuffle the candidates with random.Random(SEED) (--seed=N; default 20150721).
4. Walk the shuffled list; take an article unless its source already has MAX_PER_SOURCE taken
   articles (reason logged as "source cap") or it is in MANUAL_SKIPS or SEED_SKIPS[SEED] (the
   annotator's decision after reading it: opinion column, sports, no concrete event ...).  Stop at N articles.

Options for the later sets of longer articles (events-snn42.jsonl on; the pool of 80..500 words was used up
by the first forty-three files): --min-words=N and --max-words=N set the word range of step 2,
--max-per-source=N the cap of step 4, and --skips=FILE reads the annotator's skips from a UTF-8 file of
lines "url<TAB>reason" (# comments allowed), added to MANUAL_SKIPS and SEED_SKIPS for that walk.

Usage: python3 scripts/select-snn-gold.py [DATASET_DIR] [--text] [--n=35] [--seed=N] [--exclude=FILE[,FILE...]]
         (--text prints the article text to read it)
       python3 scripts/select-snn-gold.py [DATASET_DIR] --check events-snn.jsonl
         checks that every gold url resolves to exactly one article in its zip, that the gold
         articles are the selection in order, that "published" is the date part of date_extracted,
         and that the events' fields are well formed.  The same --seed/--exclude/--n options apply,
         e.g. the second SaudiNewsNet set (events-snn2.jsonl):
       python3 scripts/select-snn-gold.py --seed=20261206 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl \
         --check docs/gold/events-snn2.jsonl
       and the third (events-snn3.jsonl, its skips in SEED_SKIPS[20261207]):
       python3 scripts/select-snn-gold.py --seed=20261207 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl \
         --check docs/gold/events-snn3.jsonl
       and the fourth (events-snn4.jsonl, its skips in SEED_SKIPS[20261208]):
       python3 scripts/select-snn-gold.py --seed=20261208 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl \
         --check docs/gold/events-snn4.jsonl
       and events-snn5.jsonl (its skips in SEED_SKIPS[20261209]):
       python3 scripts/select-snn-gold.py --seed=20261209 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl \
         --check docs/gold/events-snn5.jsonl
       and events-snn6.jsonl (its skips in SEED_SKIPS[20261210]):
       python3 scripts/select-snn-gold.py --seed=20261210 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl \
         --check docs/gold/events-snn6.jsonl
       and events-snn7.jsonl (its skips in SEED_SKIPS[20261211]):
       python3 scripts/select-snn-gold.py --seed=20261211 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl \
         --check docs/gold/events-snn7.jsonl
       and events-snn8.jsonl (its skips in SEED_SKIPS[20261212]):
       python3 scripts/select-snn-gold.py --seed=20261212 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl \
         --check docs/gold/events-snn8.jsonl
       and events-snn9.jsonl (its skips in SEED_SKIPS[20261213]; none among the TAKE lines of seed 20261212):
       python3 scripts/select-snn-gold.py --seed=20261213 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl \
         --check docs/gold/events-snn9.jsonl
       and events-snn10.jsonl (its skips in SEED_SKIPS[20261214]):
       python3 scripts/select-snn-gold.py --seed=20261214 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl \
         --check docs/gold/events-snn10.jsonl
       and events-snn11.jsonl (its skips in SEED_SKIPS[20261215]; none among the TAKE lines of seed 20261214):
       python3 scripts/select-snn-gold.py --seed=20261215 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl \
         --check docs/gold/events-snn11.jsonl
       and events-snn12.jsonl (its skips in SEED_SKIPS[20261216]):
       python3 scripts/select-snn-gold.py --seed=20261216 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl \
         --check docs/gold/events-snn12.jsonl
       and events-snn13.jsonl (its skips in SEED_SKIPS[20261217]; none among the TAKE lines of seed 20261216):
       python3 scripts/select-snn-gold.py --seed=20261217 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl \
         --check docs/gold/events-snn13.jsonl
       and events-snn14.jsonl (its skips in SEED_SKIPS[20261218]):
       python3 scripts/select-snn-gold.py --seed=20261218 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl \
         --check docs/gold/events-snn14.jsonl
       and events-snn15.jsonl (its skips in SEED_SKIPS[20261219]; none among the TAKE/CAP lines of the first 120 of seed 20261218, --n=40):
       python3 scripts/select-snn-gold.py --seed=20261219 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl \
         --check docs/gold/events-snn15.jsonl
       and events-snn16.jsonl (its skips in SEED_SKIPS[20261220]):
       python3 scripts/select-snn-gold.py --seed=20261220 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl \
         --check docs/gold/events-snn16.jsonl
       and events-snn17.jsonl (its skips in SEED_SKIPS[20261221]; none among the TAKE/CAP lines of the first 120 of seed 20261220, --n=40):
       python3 scripts/select-snn-gold.py --seed=20261221 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl \
         --check docs/gold/events-snn17.jsonl
       and events-snn18.jsonl (its skips in SEED_SKIPS[20261222]):
       python3 scripts/select-snn-gold.py --seed=20261222 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl \
         --check docs/gold/events-snn18.jsonl
       and events-snn19.jsonl (its skips in SEED_SKIPS[20261223]; none among the TAKE/CAP lines of the first 120 of seed 20261222, --n=40):
       python3 scripts/select-snn-gold.py --seed=20261223 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl \
         --check docs/gold/events-snn19.jsonl
       and events-snn20.jsonl (its skips in SEED_SKIPS[20261224]):
       python3 scripts/select-snn-gold.py --seed=20261224 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl \
         --check docs/gold/events-snn20.jsonl
       and events-snn21.jsonl (its skips in SEED_SKIPS[20261225]; none among the TAKE/CAP lines of the first 120 of seed 20261224, --n=40):
       python3 scripts/select-snn-gold.py --seed=20261225 \
         --exclude=docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl \
         --check docs/gold/events-snn21.jsonl
       and events-snn22.jsonl (its skips in SEED_SKIPS[20261226]):
       python3 scripts/select-snn-gold.py --seed=20261226 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl \
         --check docs/gold/events-snn22.jsonl
       and events-snn23.jsonl (its skips in SEED_SKIPS[20261227]; none among the TAKE/CAP lines of the first 120 of seed 20261226, --n=40):
       python3 scripts/select-snn-gold.py --seed=20261227 \
         --exclude=docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl \
         --check docs/gold/events-snn23.jsonl
       and events-snn24.jsonl (its skips in SEED_SKIPS[20261228]):
       python3 scripts/select-snn-gold.py --seed=20261228 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl \
         --check docs/gold/events-snn24.jsonl
       and events-snn25.jsonl (its skips in SEED_SKIPS[20261229]; none among the TAKE/CAP lines of the first 120 of seed 20261228, --n=40):
       python3 scripts/select-snn-gold.py --seed=20261229 \
         --exclude=docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl \
         --check docs/gold/events-snn25.jsonl
       and events-snn26.jsonl (its skips in SEED_SKIPS[20261230]):
       python3 scripts/select-snn-gold.py --seed=20261230 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl \
         --check docs/gold/events-snn26.jsonl
       and events-snn27.jsonl (its skips in SEED_SKIPS[20261231]; none among the TAKE/CAP lines of the first 120 of seed 20261230, --n=40):
       python3 scripts/select-snn-gold.py --seed=20261231 \
         --exclude=docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl \
         --check docs/gold/events-snn27.jsonl
       and events-snn28.jsonl (its skips in SEED_SKIPS[20270101]):
       python3 scripts/select-snn-gold.py --seed=20270101 \
         --exclude=docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl \
         --check docs/gold/events-snn28.jsonl
       and events-snn29.jsonl (its skips in SEED_SKIPS[20270102]; none among the TAKE/CAP lines of the first 120 of seed 20270101, --n=40):
       python3 scripts/select-snn-gold.py --seed=20270102 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl \
         --check docs/gold/events-snn29.jsonl
       and events-snn30.jsonl (its skips in SEED_SKIPS[20270103]):
       python3 scripts/select-snn-gold.py --seed=20270103 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl \
         --check docs/gold/events-snn30.jsonl
       and events-snn31.jsonl (its skips in SEED_SKIPS[20270104]; none among the TAKE/CAP lines of the first 120 of seed 20270103, --n=40):
       python3 scripts/select-snn-gold.py --seed=20270104 \
         --exclude=docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl \
         --check docs/gold/events-snn31.jsonl
       and events-snn32.jsonl (its skips in SEED_SKIPS[20270105]):
       python3 scripts/select-snn-gold.py --seed=20270105 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl \
         --check docs/gold/events-snn32.jsonl
       and events-snn33.jsonl (its skips in SEED_SKIPS[20270106]; none among the TAKE/CAP lines of the first 120 of seed 20270105, --n=40):
       python3 scripts/select-snn-gold.py --seed=20270106 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl \
         --check docs/gold/events-snn33.jsonl
       and events-snn34.jsonl (its skips in SEED_SKIPS[20270107]):
       python3 scripts/select-snn-gold.py --seed=20270107 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl,docs/gold/events-snn32.jsonl,docs/gold/events-snn33.jsonl \
         --check docs/gold/events-snn34.jsonl
       and events-snn35.jsonl (its skips in SEED_SKIPS[20270108]; none among the TAKE/CAP lines of the first 120 of seed 20270107, --n=40):
       python3 scripts/select-snn-gold.py --seed=20270108 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl,docs/gold/events-snn32.jsonl,docs/gold/events-snn33.jsonl \
         --check docs/gold/events-snn35.jsonl
       and events-snn36.jsonl (its skips in SEED_SKIPS[20270109]):
       python3 scripts/select-snn-gold.py --seed=20270109 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl,docs/gold/events-snn32.jsonl,docs/gold/events-snn33.jsonl,docs/gold/events-snn34.jsonl,docs/gold/events-snn35.jsonl \
         --check docs/gold/events-snn36.jsonl
       and events-snn37.jsonl (its skips in SEED_SKIPS[20270110]; none among the TAKE/CAP lines of the first 120 of seed 20270109, --n=40):
       python3 scripts/select-snn-gold.py --seed=20270110 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl,docs/gold/events-snn32.jsonl,docs/gold/events-snn33.jsonl,docs/gold/events-snn34.jsonl,docs/gold/events-snn35.jsonl \
         --check docs/gold/events-snn37.jsonl
       and events-snn38.jsonl (its skips in SEED_SKIPS[20270111]):
       python3 scripts/select-snn-gold.py --seed=20270111 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl,docs/gold/events-snn32.jsonl,docs/gold/events-snn33.jsonl,docs/gold/events-snn34.jsonl,docs/gold/events-snn35.jsonl,docs/gold/events-snn36.jsonl,docs/gold/events-snn37.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl \
         --check docs/gold/events-snn38.jsonl
       and events-snn39.jsonl (its skips in SEED_SKIPS[20270112]; none among the TAKE/CAP lines of the first 120 of seed 20270111, --n=40):
       python3 scripts/select-snn-gold.py --seed=20270112 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl,docs/gold/events-snn32.jsonl,docs/gold/events-snn33.jsonl,docs/gold/events-snn34.jsonl,docs/gold/events-snn35.jsonl,docs/gold/events-snn36.jsonl,docs/gold/events-snn37.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl \
         --check docs/gold/events-snn39.jsonl
       and events-snn40.jsonl (its skips in SEED_SKIPS[20270113]):
       python3 scripts/select-snn-gold.py --seed=20270113 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl,docs/gold/events-snn32.jsonl,docs/gold/events-snn33.jsonl,docs/gold/events-snn34.jsonl,docs/gold/events-snn35.jsonl,docs/gold/events-snn36.jsonl,docs/gold/events-snn37.jsonl,docs/gold/events-snn38.jsonl,docs/gold/events-snn39.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl \
         --check docs/gold/events-snn40.jsonl
       and events-snn41.jsonl (its skips in SEED_SKIPS[20270114]; none among the TAKE/CAP lines of the first 120 of seed 20270113, --n=40;
       the walk exhausts the pool under the cap of 2 per source at its 20th TAKE):
       python3 scripts/select-snn-gold.py --seed=20270114 \
         --exclude=docs/gold/events-snn.jsonl,docs/gold/events-snn2.jsonl,docs/gold/events-snn3.jsonl,docs/gold/events-snn4.jsonl,docs/gold/events-snn5.jsonl,docs/gold/events-snn6.jsonl,docs/gold/events-snn7.jsonl,docs/gold/events-snn8.jsonl,docs/gold/events-snn9.jsonl,docs/gold/events-snn10.jsonl,docs/gold/events-snn11.jsonl,docs/gold/events-snn12.jsonl,docs/gold/events-snn13.jsonl,docs/gold/events-snn14.jsonl,docs/gold/events-snn15.jsonl,docs/gold/events-snn16.jsonl,docs/gold/events-snn17.jsonl,docs/gold/events-snn18.jsonl,docs/gold/events-snn19.jsonl,docs/gold/events-snn20.jsonl,docs/gold/events-snn21.jsonl,docs/gold/events-snn22.jsonl,docs/gold/events-snn23.jsonl,docs/gold/events-snn24.jsonl,docs/gold/events-snn25.jsonl,docs/gold/events-snn26.jsonl,docs/gold/events-snn27.jsonl,docs/gold/events-snn28.jsonl,docs/gold/events-snn29.jsonl,docs/gold/events-snn30.jsonl,docs/gold/events-snn31.jsonl,docs/gold/events-snn32.jsonl,docs/gold/events-snn33.jsonl,docs/gold/events-snn34.jsonl,docs/gold/events-snn35.jsonl,docs/gold/events-snn36.jsonl,docs/gold/events-snn37.jsonl,docs/gold/events-snn38.jsonl,docs/gold/events-snn39.jsonl,docs/gold/events-snn-b.jsonl,docs/gold/events-snn-more.jsonl \
         --check docs/gold/events-snn41.jsonl
DATASET_DIR defaults to shared/data/news/saudinewsnet/dataset in the first of ../.., ../../..
above this script that has it (the main checkout, or a worktree under wt/).
"""
import glob
import json
import os
import random
import re
import sys
import zipfile

SEED = 20150721  # --seed=N; events-snn2.jsonl uses --seed=20261206, events-snn3.jsonl --seed=20261207, events-snn4.jsonl --seed=20261208, events-snn5.jsonl --seed=20261209, events-snn6.jsonl --seed=20261210, events-snn7.jsonl --seed=20261211, events-snn8.jsonl --seed=20261212, events-snn9.jsonl --seed=20261213, events-snn10.jsonl --seed=20261214, events-snn11.jsonl --seed=20261215, events-snn12.jsonl --seed=20261216, events-snn13.jsonl --seed=20261217, events-snn14.jsonl --seed=20261218, events-snn15.jsonl --seed=20261219, events-snn16.jsonl --seed=20261220, events-snn17.jsonl --seed=20261221, events-snn18.jsonl --seed=20261222, events-snn19.jsonl --seed=20261223, events-snn20.jsonl --seed=20261224, events-snn21.jsonl --seed=20261225, events-snn22.jsonl --seed=20261226, events-snn23.jsonl --seed=20261227, events-snn24.jsonl --seed=20261228, events-snn25.jsonl --seed=20261229, events-snn26.jsonl --seed=20261230, events-snn27.jsonl --seed=20261231, events-snn28.jsonl --seed=20270101, events-snn29.jsonl --seed=20270102, events-snn30.jsonl --seed=20270103, events-snn31.jsonl --seed=20270104, events-snn32.jsonl --seed=20270105, events-snn33.jsonl --seed=20270106, events-snn34.jsonl --seed=20270107, events-snn35.jsonl --seed=20270108, events-snn36.jsonl --seed=20270109, events-snn37.jsonl --seed=20270110, events-snn38.jsonl --seed=20270111, events-snn39.jsonl --seed=20270112, events-snn40.jsonl --seed=20270113, events-snn41.jsonl --seed=20270114, each with --exclude of the earlier files (snn8 and snn9: the nine files up to events-snn7.jsonl; snn10 and snn11: the eleven files up to events-snn9.jsonl; snn12 and snn13: the thirteen files up to events-snn11.jsonl; snn14 and snn15: the fifteen files up to events-snn13.jsonl; snn16 and snn17: the seventeen files up to events-snn15.jsonl; snn18 and snn19: the nineteen files up to events-snn17.jsonl; snn20 and snn21: the twenty-one files up to events-snn19.jsonl; snn22 and snn23: the twenty-three files up to events-snn21.jsonl; snn24 and snn25: the twenty-five files up to events-snn23.jsonl; snn26 and snn27: the twenty-seven files up to events-snn25.jsonl; snn28 and snn29: the twenty-nine files up to events-snn27.jsonl; snn30 and snn31: the thirty-one files up to events-snn29.jsonl; snn32 and snn33: the thirty-three files up to events-snn31.jsonl; snn34 and snn35: the thirty-five files up to events-snn33.jsonl; snn36 and snn37: the thirty-seven files up to events-snn35.jsonl; snn38 and snn39: the thirty-nine files up to events-snn37.jsonl; snn40 and snn41: the forty-one files up to events-snn39.jsonl); the sets of longer articles events-snn42 (--seed=20270115), events-snn43 (20270116), events-snn44 (20270117) and events-snn45 (20270118) take the word-range, cap and --skips options, their exact commands in docs/gold/README-snn.md
N = 20  # --n 35 continues the same list (events-snn-more.jsonl holds articles 21-24; the per-source cap ends it there)
MAX_PER_SOURCE = 2
MIN_WORDS, MAX_WORDS = 80, 500
SPORTS_SOURCES = {"arreyadi", "arriyadiyah"}

EVENT_WORDS = [
    "هجوم", "هاجم", "قصف", "غارة", "غارات", "انفجار", "تفجير", "مقتل", "اشتباكات", "اعتقال",
    "القبض", "زيارة", "التقى", "استقبل", "مباحثات", "مظاهرة", "تظاهرة", "احتجاج", "اتفاق",
    "مساعدات", "عقوبات", "هدد", "توعد", "ندد", "أدان", "انسحاب", "اختطاف", "اغتيال", "مداهمة",
    "معارك", "استهدف",
]
MIN_DISTINCT_WORDS = 2   # an article needs at least this many different EVENT_WORDS
# A word matches at the start of an Arabic token, after optional clitics (و ف ب ل ك ال لل),
# with any ending (هجومها، غاراتها، والتقى، بالقبض).
PREFIX = "(?:[وف]?(?:بال|لل|ال|[بلك])?)"

# Annotator's decisions after reading the article: url -> reason.  Filled in while annotating.
MANUAL_SKIPS = {
    "http://www.spa.gov.sa/details.php?id=1386672":
        "press review (digest of what Lebanese papers highlighted): events second-hand, undated",
    "http://aawsat.com/home/article/419581/طرد-47-ألف-عاملة-في-إيران-من-وظائفهن-بعد-إجازة-الأمومة":
        "no concrete dated event (statistics and economic analysis)",
    "http://www.alweeam.com.sa/350177/القتل-تعزيراً-لــباكستاني-هرب-كمية/":
        "same story as an article already taken (alyaum 4081301, execution in Thadiq)",
    "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27371":
        "opinion column",
    "http://www.al-madina.com/node/623415/تفجير-عسير-تحولات-جديدة.html":
        "opinion column",
    "http://www.al-madina.com/node/620748/100-ألف-مسافر-يعبرون-منفذ-الحديثة-خلال-10-أيام.html":
        "no concrete event of the coded types (border-crossing statistics; a courtesy hospital visit)",
    "http://www.aleqt.com/2015/08/05/article_979189.html":
        "sports (football agent interview)",
    "http://www.spa.gov.sa/details.php?id=1387032":
        "press review (digest of what Tunisian papers highlighted): events second-hand (second annotator)",
}

# Skips that apply to one seed only, so that the logs of the other seeds stay as they were
# (the urls above apply to every seed).  seed -> {url: reason}.
SEED_SKIPS = {
    # events-snn2.jsonl (seed 20261206, --exclude of the three earlier files), third annotator:
    20261206: {
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=231145&CategoryID=6":
            "sports (critics on Saudi clubs' friendly matches in Europe) (snn2)",
        "http://www.alriyadh.com/1072276":
            "no event of the coded types (a local festival in Duba; the Asir bombing only mentioned in passing) (snn2)",
        "http://www.al-jazirah.com/2015/20150806/ln24.htm":
            "no event of the coded types (a mayor's inspection tour of municipal services) (snn2)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230836&CategoryID=1":
            "analyst's commentary: no concrete dated event (snn2)",
        "http://aawsat.com/home/article/414526/طهران-تؤكد-أن-احتياطاتها-من-النقد-الأجنبي-لا-تتجاوز-125-مليار-دولار":
            "no event of the coded types (foreign-reserve figures; the nuclear deal only recalled) (snn2)",
        "http://www.aleqt.com/2015/08/06/article_979360.html":
            "same story as an article already taken (almadina 622873, the visit to Jordan), and a review of what "
            "Jordanian media highlighted (snn2)",
        "http://www.alwatan.com.sa/Economy/News_Detail.aspx?ArticleID=231155&CategoryID=2":
            "no event of the coded types (an ambassador's remarks on investment and tourism figures) (snn2)",
        "http://www.al-jazirah.com/2015/20150726/ms6.htm":
            "no current event (a 'this day in history' list) (snn2)",
    },
    # events-snn3.jsonl (seed 20261207, --exclude of the four earlier files), fourth annotator:
    20261207: {
        "http://www.3alyoum.com/news/a/القتل-قصاصاً-في-صالح-الزهراني-بعد-قتله/":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the same "
            "execution statement) (snn3)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788843.htm":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: the same "
            "press conference in Berlin) (snn3)",
        "http://www.al-madina.com/node/620804/زيارة-كارتر.html":
            "editorial (snn3)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230084&CategoryID=1":
            "same story as an article already in events-snn.jsonl (snn-19, almadina 621179: Bahrain's "
            "foiled smuggling and recalled ambassador) (snn3)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788087.htm":
            "sports (a football transfer rumour) (snn3)",
        "http://www.alyaum.com/article/4079427":
            "no event of the coded types (an official's Eid visit to an orphanage) (snn3)",
        "http://www.spa.gov.sa/details.php?id=1386663":
            "press review (digest of what Pakistani papers highlighted): events second-hand (snn3)",
        "http://www.3alyoum.com/news/golobal/a/ذبّاح-داعش-يغادر-التنظيم-هرباً-من-مصير/":
            "no concrete event of the coded types (a sourced report that a militant left his group; old killings "
            "recalled) (snn3)",
        "http://sabq.org/yuDgde":
            "same story as an article already taken (alwatan 230998, the capture of al-Anad base) (snn3)",
        "http://www.alriyadh.com/1070988":
            "same story as an article already taken (3alyoum, the same phone call from the King of Morocco) (snn3)",
    },
    # events-snn4.jsonl (seed 20261208, --exclude of the five earlier files), fifth annotator:
    20261208: {
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788553.htm":
            "same story as an article already in events-snn2.jsonl (snn2-07, 3alyoum: the same security "
            "meeting chaired by the interior minister in Jeddah) (snn4)",
        "http://www.al-jazirah.com/2015/20150803/ln27.htm":
            "no event of the coded types (a school district honouring visiting pupils) (snn4)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=231340&CategoryID=6":
            "sports (a football transfer) (snn4)",
        "http://www.alyaum.com/article/4081598":
            "opinion column (on the Duma arson and Netanyahu's hospital visit) (snn4)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the same execution "
            "statement in al-Baha) (snn4)",
        "http://www.alyaum.com/article/4082472":
            "opinion column (on the Asir mosque bombing) (snn4)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231634&CategoryID=5":
            "same story as an article already in events-snn2.jsonl (snn2-07, 3alyoum: the same security "
            "meeting in Jeddah) (snn4)",
    },
    # events-snn5.jsonl (seed 20261209, --exclude of the five earlier files), sixth annotator:
    20261209: {
        "http://www.aleqt.com/2015/07/26/article_976173.html":
            "same story as an article already in events-snn.jsonl (snn-19, almadina 621179: Bahrain's foiled "
            "explosives smuggling, the same interior-ministry statement) (snn5)",
        "http://aawsat.com/home/article/401656/قالوا":
            "a box of quotes ('they said'): sayings out of context, no concrete event of the coded types (snn5)",
        "http://www.al-jazirah.com/2015/20150721/du4.htm":
            "same story as an article already in events-snn2.jsonl (snn2-08, aleqt 974946: the Suruc bombing, "
            "reported the same day) (snn5)",
        "http://www.3alyoum.com/news/a/من-هو-العسيري-مخترع-قنبلة-السروال-وكا/":
            "no current event (a profile of an AQAP bomb-maker; only attacks of 2009-2010 recalled) (snn5)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary) (snn5)",
        "http://aawsat.com/home/article/413366/صعود-النفط-مع-تراجع-الدولار":
            "no event of the coded types (an oil-market report) (snn5)",
        "http://www.aleqt.com/2015/07/23/article_975552.html":
            "same story as an article already in events-snn.jsonl (snn-08, alriyadh 1067237: the same Times Square "
            "protest against the Iran deal) (snn5)",
        "http://www.al-jazirah.com/2015/20150810/pl5.htm":
            "no event of the coded types (a dates festival in Buraidah) (snn5)",
    },
    # events-snn6.jsonl (seed 20261210, --exclude of the seven earlier files), seventh annotator:
    20261210: {
        "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784770.htm":
            "no event of the coded types (an oil-market report) (snn6)",
        "http://www.okaz.com.sa/new/Issues/20150726/Con20150726785691.htm":
            "analysts' commentary on an announced visit (Mogherini to Riyadh, whose occurrence snn2-14 already "
            "annotates): no concrete dated event (snn6)",
    },
    # events-snn7.jsonl (seed 20261211, --exclude of the seven earlier files), a further annotator:
    20261211: {
        "http://www.alweeam.com.sa/352003/البريد-السعودي-يستكمل-إستعداته-لتطبي/":
            "no event of the coded types (Saudi Post ready to deliver passport documents) (snn7)",
        "http://www.al-madina.com/node/620083/هـولندا-وكثرة-الجمعيات-الخيرية.html":
            "opinion column (on charities) (snn7)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788482.htm":
            "opinion column (on the Asir mosque bombing) (snn7)",
        "http://www.al-jazirah.com/2015/20150806/du3.htm":
            "same story as an article already in events-snn5.jsonl (snn5-02, alyaum 4082033: the same wire "
            "story on Cavusoglu and Kerry in Kuala Lumpur) (snn7)",
        "http://www.alriyadh.com/1069967":
            "opinion column (sports: an association for retired footballers) (snn7)",
        "http://www.alweeam.com.sa/351872/وزير-الخارجية-امتناع-ايران-عن-دخول-الم/":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: the same press "
            "conference of Jubeir and Steinmeier in Berlin) (snn7)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the same execution "
            "statement in al-Baha) (snn7)",
        "http://www.aleqt.com/2015/07/26/article_976163.html":
            "same story as an article already in events-snn3.jsonl (snn3-13, alweeam 349217: the coalition's "
            "statement on the humanitarian truce and Hadi's letter) (snn7)",
        "http://www.aleqt.com/2015/07/21/article_975032.html":
            "no current event (a 'this day in history' list) (snn7)",
    },
    # events-snn8.jsonl (seed 20261212, --exclude of the nine earlier files), a further annotator:
    20261212: {
        "http://www.aleqt.com/2015/07/31/article_977736.html":
            "same story as an article already in events-snn.jsonl (snn-12, alwatan 230630: the settler arson "
            "attack in Duma) (snn8)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230739&CategoryID=1":
            "no concrete current event (an anniversary feature: Iraqi politicians on relations with Kuwait 25 "
            "years after the invasion) (snn8)",
        "http://www.aleqt.com/2015/08/07/article_979659.html":
            "no concrete event of the coded types (a financial analysis of a regulator's inquiry into a fund "
            "manager) (snn8)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the same execution "
            "statement in al-Baha) (snn8)",
        "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785887.htm":
            "opinion column (on Saudi Arabia and Iran) (snn8)",
        "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785888.htm":
            "opinion column (on the health ministry) (snn8)",
        "http://sabq.org/0rDgde":
            "no event of the coded types (a prison's new family-visit building in Medina) (snn8)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (digest of what Libyan papers highlighted): events second-hand (snn8)",
        "http://sabq.org/68Dgde":
            "same story as an article already in events-snn7.jsonl (snn7-05, almadina 623153: the emir of Asir "
            "visiting the bombing's injured in Abha the same afternoon) (snn8)",
        "http://www.aleqt.com/2015/07/21/article_975027.html":
            "no event of the coded types (a round-up of Eid celebrations) (snn8)",
        "http://www.okaz.com.sa/new/Issues/20150802/Con20150802787039.htm":
            "no concrete event of the coded types (an attache's remarks on the Cairo Declaration, whose signing "
            "snn7-12 already annotates) (snn8)",
    },
    # events-snn9.jsonl (seed 20261213, --exclude of the nine earlier files), a further annotator:
    20261213: {
        "http://www.okaz.com.sa/new/Issues/20150730/Con20150730786362.htm":
            "no event of the coded types (a deputy health minister's inspection tour of two hospitals in Najran) (snn9)",
        "http://www.al-jazirah.com/2015/20150803/ln27.htm":
            "no event of the coded types (a school district honouring visiting pupils; snn4 skipped it too) (snn9)",
        "http://www.alriyadh.com/1071872":
            "no event of the coded types (a preacher's morale visit to the Jazan force command) (snn9)",
        "http://www.aleqt.com/2015/07/23/article_975597.html":
            "no event of the coded types (an oil-market report) (snn9)",
        "http://www.3alyoum.com/opinion/articles/a/ناصر-الجديع-قلِّدوا-الاتحاد/":
            "opinion column (sports: a club's finances and transfers) (snn9)",
        "http://www.aleqt.com/2015/07/23/article_975552.html":
            "same story as an article already in events-snn.jsonl (snn-08, alriyadh 1067237: the same Times Square "
            "protest against the Iran deal; snn5 skipped it too) (snn9)",
        "http://www.alriyadh.com/1070320":
            "no concrete dated event of the coded types (an electricity regulator's annual report) (snn9)",
        "http://sabq.org/0rDgde":
            "in the seed-20261212 walk, annotated in parallel (snn9)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788031.htm":
            "opinion column (on the housing minister's visits) (snn9)",
        "http://www.alriyadh.com/1072046":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: the same press conference of Jubeir and Steinmeier in Berlin; snn3 and snn7 skipped retellings too) (snn9)",
        "http://www.spa.gov.sa/details.php?id=1386995":
            "press review (digest of what Pakistani papers highlighted): events second-hand (snn9)",
        "http://www.3alyoum.com/technology/a/روسيا-تطوير-منصة-روبوتية-مدرعة-بوزن-7-أ/":
            "no event of the coded types (a Russian robotic platform under development) (snn9)",
        "http://www.al-madina.com/node/623396/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html":
            "same story as an article already in events-snn2.jsonl (snn2-15, alweeam 351344: the same interview of the Asir emergency-forces mosque imam) (snn9)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=25753":
            "opinion column (on the war in Yemen and social media) (snn9)",
        "http://www.aleqt.com/2015/08/07/article_979675.html":
            "same story as an article already in events-snn7.jsonl (snn7-05, almadina 623153: the emir of Asir's visit to the injured the same afternoon, here with his stop at the mosque) (snn9)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (digest of what Lebanese papers highlighted): events second-hand (snn9)",
        "http://sabq.org/VX0aCd":
            "opinion column (on child marriage) (snn9)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=229700&CategoryID=6":
            "sports (a football transfer deadline) (snn9)",
        "http://www.aleqt.com/2015/07/21/article_974982.html":
            "opinion column (on extremists' lobbying) (snn9)",
        "http://sabq.org/7L1aCd":
            "opinion column (on the Iran nuclear deal) (snn9)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "in the seed-20261212 walk, annotated in parallel (snn9)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=26964":
            "opinion column (on Sheikh al-Shaarawi) (snn9)",
        "http://www.aleqt.com/2015/07/31/article_977660.html":
            "same story as an article already in events-snn4.jsonl (snn4-06, okaz 786945: the same statement of the Arab human-rights committee's chairman calling for an inquiry into Houthi crimes) (snn9)",
        "http://sabq.org/udDgde":
            "same story as an article already in events-snn4.jsonl (snn4-06, okaz 786945: the same statement of the Arab human-rights committee's chairman calling for an inquiry into Houthi crimes) (snn9)",
        "http://www.aleqt.com/2015/08/07/article_979673.html":
            "same story as articles already in the earlier files: a roundup of the same condemnations of the Abha bombing (Germany and Spain in snn-03, okaz 788172; the UAE minister in snn2-02, sabq o9Dgde; Jordan and Egypt in snn3-11, aleqt 979557) (snn9)",
    },
    # events-snn10.jsonl (seed 20261214, --exclude of the eleven earlier files), a further annotator:
    20261214: {
        "http://www.al-madina.com/node/620072/العرب-بين-إرهاب-أوروبا-وكباب-إيران.html":
            "opinion column (on the Arabs and the Iran nuclear deal) (snn10)",
        "http://www.aleqt.com/2015/07/25/article_975981.html":
            "no concrete event of the coded types (an analysis of the EU Commission's tax inquiries and Britain) (snn10)",
        "http://www.aleqt.com/2015/07/21/article_975027.html":
            "no event of the coded types (a round-up of Eid celebrations; snn8 skipped it too) (snn10)",
        "http://www.al-madina.com/node/622836/طب-«المؤسس»-تسد-احتياجات-مستشفى-شرق-جدة.html":
            "no event of the coded types (a medical faculty team's working visit to a Jeddah hospital) (snn10)",
        "http://www.al-jazirah.com/2015/20150721/ar1.htm":
            "opinion column (on ISIS cells and preachers) (snn10)",
        "http://www.alyaum.com/article/4079774":
            "same story as an article already in events-snn6.jsonl (snn6-06, al-jazirah 20150723/du14: the same suicide bombing in the Almar market, Faryab) (snn10)",
        "http://www.alriyadh.com/1067137":
            "same story as an article already in events-snn9.jsonl (snn9-16, 3alyoum: the Pentagon confirming the killing of Muhsin al-Fadhli near Sarmada) (snn10)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788484.htm":
            "opinion column (on the Abha mosque bombing) (snn10)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788843.htm":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: the same press conference of Jubeir and Steinmeier in Berlin; snn9 skipped a retelling too) (snn10)",
        "http://www.alyaum.com/article/4082214":
            "same story as an article already in events-snn5.jsonl (snn5-01, aleqt 979465: the same Thursday session of the Imam Sadiq mosque bombing trial in Kuwait) (snn10)",
        "http://www.alriyadh.com/1069419":
            "no concrete dated event (statistics on women dismissed in Iran; MANUAL_SKIPS has the aawsat copy) (snn10)",
        "http://www.aleqt.com/2015/07/21/article_974990.html":
            "no concrete event of the coded types (statistics on lawsuits against government bodies) (snn10)",
        "http://www.alyaum.com/article/4082140":
            "no concrete event (the UN's half-year report on civilian casualties in Afghanistan: statistics) (snn10)",
        "http://www.al-madina.com/node/623843/أزمة-أهداف-تهدد-«ريال-بينتيز».html":
            "sports (Real Madrid's pre-season) (snn10)",
        "http://www.aleqt.com/2015/08/07/article_979718.html":
            "opinion column (on grave robbing) (snn10)",
        "http://www.al-jazirah.com/2015/20150810/du4.htm":
            "same story as an article already in events-snn6.jsonl (snn6-11, alyaum 4082829: the same IED attack on a police armoured vehicle in al-Arish on Sunday) (snn10)",
        "http://www.alriyadh.com/1071040":
            "same story as an article already in events-snn3.jsonl (snn3-11, aleqt 979557: the same Kuwaiti condemnation of the Asir mosque bombing) (snn10)",
        "http://www.alyaum.com/article/4082287":
            "no event of the coded types (an advice column on fear of crowds) (snn10)",
        "http://www.al-jazirah.com/2015/20150803/du8.htm":
            "same story as an article already taken (alweeam 350397: the same PKK tractor bombing at Dogubayazit) (snn10)",
        "http://www.alriyadh.com/1066484":
            "no event of the coded types (an oil-market report) (snn10)",
        "http://www.aleqt.com/2015/08/02/article_978298.html":
            "no current event (an 'on this day' almanac of past events) (snn10)",
        "http://www.al-madina.com/node/623677/مصر-مقتل-إرهابي-واستشهاد-ضابط-ومجند-وإصابة-3-آخرين-شمال-سيناء.html":
            "same story as an article already in events-snn6.jsonl (snn6-11, alyaum 4082829: the same al-Arish armoured-vehicle bombing and Suez clash on Sunday) (snn10)",
        "http://www.alyaum.com/article/4082544":
            "opinion column (editorial on the Abha bombing and the security forces) (snn10)",
        "http://www.alriyadh.com/1067902":
            "no concrete dated event (a Yemeni minister's interview: forecasts on al-Anad and relief figures) (snn10)",
        "http://www.al-madina.com/node/623897/تركيا-مقتل-5-شرطيين-في-هجمات-واعتداء-على-القنصلية-الأمريكية.html":
            "same story as an article already in events-snn7.jsonl (snn7-19, alweeam 351767: the same car-bomb attack on the Sultanbeyli police station in Istanbul) (snn10)",
        "http://www.okaz.com.sa/new/Issues/20150731/Con20150731786683.htm":
            "same story as an article already in events-snn7.jsonl (snn7-12, alwatan 230602: the same visit of Mohammed bin Salman to Sisi in Cairo) (snn10)",
    },
    # events-snn11.jsonl (seed 20261215, --exclude of the eleven earlier files), a further annotator:
    20261215: {
        "http://www.alwatan.com.sa/Nation/News_Detail.aspx?ArticleID=229898&CategoryID=3":
            "in the seed-20261214 walk, annotated in parallel (snn11)",
        "http://www.alweeam.com.sa/351832/مانشستر-سيتي-يقترب-من-ضم-دي-بروين-مقابل/":
            "sports (a football transfer) (snn11)",
        "http://aawsat.com/home/article/413666/مشاري-الذايدي/زيارة-مشعل":
            "opinion column (on Meshaal's visit and Saudi policy) (snn11)",
        "http://www.al-madina.com/node/623906/نائب-خادم-الحرمين-آثار-الدماء-على-جدران-«مسجد-الطوارئ»-ومصاحفه-لن-تزيدنا-إلا-تصد.html":
            "same story as an article already in events-snn.jsonl (snn-05, alriyadh 1072295: the deputy custodian's inspection of the Asir emergency-forces mosque) (snn11)",
        "http://www.al-jazirah.com/2015/20150803/du14.htm":
            "same story as an article already in events-snn8.jsonl (snn8-02, aawsat 420711: the rocket attack that killed a general in Bujumbura) (snn11)",
        "http://aawsat.com/home/article/413966/وزير-الخارجية-الأميركي-إسرائيل-سترتكب-خطأ-جسيما-إذا-ضربت-إيران":
            "same story as an article already in events-snn9.jsonl (snn9-19, 3alyoum: Kerry's warning to Israel against striking Iran) (snn11)",
        "http://www.3alyoum.com/finance/a/ارتفاع-أسعار-العقود-الآجلة-للنفط/":
            "no event of the coded types (an oil-futures market report) (snn11)",
        "http://www.alriyadh.com/1071422":
            "opinion column (on Dubai's economy) (snn11)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27341":
            "opinion column (on labour agreements) (snn11)",
        "http://www.alyaum.com/article/4079417":
            "no event of the coded types (Eid family visits between the majlises of Hofuf and Mubarraz) (snn11)",
        "http://www.aleqt.com/2015/08/08/article_979991.html":
            "no concrete event of the coded types (an 'on this day' list of historical events) (snn11)",
        "http://sabq.org/QcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12, alwatan 230602: Mohammed bin Salman's visit to Cairo, here his departure and thank-you cable) (snn11)",
        "http://www.spa.gov.sa/details.php?id=1386792":
            "same story as an article already in events-snn9.jsonl (snn9-13, alriyadh 1072170: al-Zayani's visit to the King Salman relief centre) (snn11)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (digest of what Lebanese papers highlighted): events second-hand; snn9 skipped it too (snn11)",
        "http://www.al-madina.com/node/620072/العرب-بين-إرهاب-أوروبا-وكباب-إيران.html":
            "in the seed-20261214 walk, annotated in parallel (snn11)",
        "http://www.spa.gov.sa/details.php?id=1387155":
            "in the seed-20261214 walk, annotated in parallel (snn11)",
        "http://www.3alyoum.com/finance/أسواق-النفط/a/عندما-تكون-منصات-النفط-نقمة-قائمة-بأبش/":
            "no concrete dated event of the coded types (a list of historical oil-platform disasters) (snn11)",
        "http://www.alriyadh.com/1070977":
            "same story as an article already in events-snn.jsonl (snn-15, sabq c9Dgde: the same statement of the Mufti condemning the Abha bombing) (snn11)",
        "http://www.alyaum.com/article/4082023":
            "sports (a football friendly) (snn11)",
        "http://www.spa.gov.sa/details.php?id=1386721":
            "press review (digest of what Tunisian papers highlighted): events second-hand (snn11)",
        "http://www.alriyadh.com/1069162":
            "no event of the coded types (the Jazan passports office regularising Yemenis' status) (snn11)",
        "http://www.alriyadh.com/1067139":
            "same story as an article already in events-snn6.jsonl (snn6-06, aljazirah 20150723/du14: the suicide bombing in the Almar market, Faryab) (snn11)",
    },
    # events-snn12.jsonl (seed 20261216, --exclude of the thirteen earlier files), a further annotator:
    20261216: {
        "http://www.alriyadh.com/1070652":
            "same story as an article already in events-snn5.jsonl (snn5-02, alyaum 4082033: Cavusoglu's statement in Malaysia on the coming battle against ISIS) (snn12)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231298&CategoryID=5":
            "press review (what world papers wrote about the Asir bombing): events second-hand (snn12)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231175&CategoryID=1":
            "same story as an article already in events-snn.jsonl (snn-16) and events-snn6.jsonl (snn6-03): Obama's American University speech on the Iran deal (snn12)",
        "http://www.aleqt.com/2015/08/10/article_980418.html":
            "sports (al-Ettifaq club elections) (snn12)",
        "http://sabq.org/udDgde":
            "same story as an article already in events-snn4.jsonl (snn4-06, okaz 786945: al-Yami's call for an inquiry into Houthi crimes after meeting the Yemeni rights minister) (snn12)",
        "http://www.al-jazirah.com/2015/20150804/fe17.htm":
            "no event of the coded types (Jeddah education office honours the 'ambassadors of al-Hazm' children) (snn12)",
        "http://www.alriyadh.com/1072226":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha, on Monday) (snn12)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230600&CategoryID=1":
            "same story as an article already in events-snn7.jsonl (snn7-12, alwatan 230602: Mohammed bin Salman's visit to Sisi in Cairo; here analysts on it) (snn12)",
        "http://sabq.org/gvDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of the al-Anad base on 4 Aug; here its history) (snn12)",
        "http://www.aleqt.com/2015/08/10/article_980560.html":
            "sports (a football transfer) (snn12)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229997&CategoryID=1":
            "same story as an article already in events-snn9.jsonl (snn9-07: the first Turkish F-16 strikes on ISIS in Syria and the Istanbul raids) (snn12)",
        "http://sabq.org/2NCgde":
            "same story as an article already in events-snn3.jsonl (snn3-10, aleqt 976552: the Qassim police arresting an African robbery gang) (snn12)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231629&CategoryID=1":
            "same story as an article already in events-snn11.jsonl (snn11-19: Hadi's forces taking Zinjibar and Shuqrah) (snn12)",
    },
    # events-snn13.jsonl (seed 20261217, --exclude of the thirteen earlier files), a further annotator:
    20261217: {
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27341":
            "opinion column (on labour agreements; snn11 skipped it too) (snn13)",
        "http://www.3alyoum.com/news/local/a/70-ألف-يمني-يصحّحون-أوضاعهم-في-جازان/":
            "no event of the coded types (Yemenis regularising their status in Jazan; snn11 skipped alriyadh 1069162 on the same) (snn13)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231298&CategoryID=5":
            "in the seed-20261216 walk, annotated in parallel (snn13)",
        "http://www.alriyadh.com/1069961":
            "in the seed-20261216 walk, annotated in parallel (snn13)",
        "http://www.okaz.com.sa/new/Issues/20150722/Con20150722784959.htm":
            "no concrete event of the coded types (Kerry's TV interview: a vague plan to brief his Gulf counterparts, and opinions) (snn13)",
        "http://www.al-jazirah.com/2015/20150807/fe3.htm":
            "no event of the coded types (a project team's working visit to the Majmaah education office) (snn13)",
        "http://aawsat.com/home/article/413706/الرياض-زيارة-مشعل-للعمرة-وموقفنا-من-حماس-لم-يتغير":
            "same story as an article already in events-snn11.jsonl (snn11-17, alriyadh 1067272: al-Jubeir and Shoukry in Jeddah) (snn13)",
        "http://www.alyaum.com/article/4082658":
            "same story as articles already in events-snn.jsonl (the Abha mosque bombing of 6 Aug); nothing new of the coded types (photos shared on Twitter, a tour of the mosque) (snn13)",
        "http://www.al-jazirah.com/2015/20150721/ln10.htm":
            "no event of the coded types (an Eid visit to a care home) (snn13)",
        "http://www.al-madina.com/node/623457/كلنا-رجال-طوارىء.html":
            "opinion column (on the Special Emergency Forces) (snn13)",
        "http://sabq.org/0rDgde":
            "no event of the coded types (a prison's family-visit building) (snn13)",
        "http://www.al-madina.com/node/623329/المفتي-العام-عمل-إجرامي-لا-يقبله-إنسان-ولا-دين.html":
            "same story as an article already in events-snn.jsonl (snn-15, sabq c9Dgde: the Mufti's condemnation of the Asir mosque bombing) (snn13)",
        "http://www.3alyoum.com/news/pol/a/استجابة-لهادي-التحالف-يعلن-هدنة-إنسان/":
            "same story as an article already in events-snn3.jsonl (snn3-13, alweeam 349217: the coalition announcing the five-day humanitarian truce in Yemen) (snn13)",
        "http://www.alyaum.com/article/4082328":
            "same story as an article already in events-snn5.jsonl (snn5-01, aleqt 979465: the Thursday 6 Aug session of the Imam Sadiq mosque bombing trial in Kuwait) (snn13)",
        "http://www.alriyadh.com/1071954":
            "same story as an article already in events-snn8.jsonl (snn8-04, aawsat 425771: Anadolu's toll of Turkish strikes on the PKK and the Midyat attack) (snn13)",
        "http://www.aleqt.com/2015/07/22/article_975150.html":
            "same story as an article already in events-snn9.jsonl (snn9-12, okaz 784960: the regime rocket on old Aleppo on 21 Jul) (snn13)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as an article already in events-snn7.jsonl (snn7-19, alweeam 351767: the attack on the Sultanbeyli police station in Istanbul) (snn13)",
        "http://aawsat.com/home/article/413716/«خريطة-طريق»-بين-أنقرة-وواشنطن-لمواجهة-الأكراد-و«داعش»-معًا":
            "same story as articles already in events-snn7.jsonl (snn7-13, 3alyoum: the Obama-Erdogan call) and events-snn9.jsonl (snn9-07, alweeam 349059: the ISIS clash at the Kilis border post on 23 Jul) (snn13)",
        "http://www.alyaum.com/article/4082889":
            "sports (Real Madrid's pre-season) (snn13)",
        "http://www.al-jazirah.com/2015/20150806/ln42.htm":
            "no event of the coded types (a medical team's working visit to a Jeddah hospital) (snn13)",
        "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785866.htm":
            "same story as an article already in events-snn9.jsonl (snn9-17, aleqt 976284: the car bomb on a military convoy in Lice, Diyarbakir) (snn13)",
        "http://www.al-madina.com/node/623359/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html?live":
            "same story as articles already in events-snn.jsonl (the Abha mosque bombing); nothing new of the coded types (the imam's account on TV) (snn13)",
        "http://www.alweeam.com.sa/348460/انتحاري-يقتل-33-داعشياً-في-مركز-تدريب/":
            "same story as an article already in events-snn3.jsonl (snn3-06, aljazirah 20150721/du6: the car bomb on the ISIS training centre in al-Baaj) (snn13)",
        "http://www.alyaum.com/article/4080025":
            "no event of the coded types (a volunteer group's Eid programme at a care home) (snn13)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788914.htm":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the qisas execution in al-Hajrah, al-Baha) (snn13)",
        "http://www.al-jazirah.com/2015/20150810/pl5.htm":
            "no event of the coded types (the Buraydah dates festival) (snn13)",
        "http://www.aleqt.com/2015/08/10/article_980514.html":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the qisas execution in al-Hajrah, al-Baha) (snn13)",
        "http://www.al-madina.com/node/623843/أزمة-أهداف-تهدد-«ريال-بينتيز».html":
            "sports (Real Madrid's pre-season) (snn13)",
        "http://www.alweeam.com.sa/351950/بدر-الشويعر-يكتب-ماذا-بعد-عسير/":
            "opinion column (on 'intellectual resistance' after the Asir bombing) (snn13)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788313.htm":
            "same story as an article already in events-snn11.jsonl (snn11-10, okaz 788165: Yemen's condemnation of the Asir mosque bombing) (snn13)",
        "http://www.aleqt.com/2015/08/02/article_978188.html":
            "no concrete event of the coded types (a British fraud investigation into an oil company's Somali contracts) (snn13)",
        "http://www.al-madina.com/node/621167/الأمن-البحريني-يحبط-عملية-تهريب-مواد-متفجرة-شديدة-الخطورة.html?live":
            "same story as an article already in events-snn.jsonl (snn-19, almadina 621179: Bahrain foiling the smuggling of explosives and arms from Iran) (snn13)",
        "http://www.alweeam.com.sa/350794/الكويت-تبدأ-محاكمة-5-سعوديين-متهمين-بتف/":
            "same story as an article already in events-snn.jsonl (snn-07, aawsat 422501: the opening of the Imam Sadiq mosque bombing trial in Kuwait) (snn13)",
        "http://www.al-madina.com/node/620888/وسائل-التجنيد-للإرهاب-الخطرة.html":
            "opinion column (on terrorist recruitment) (snn13)",
    },
    # events-snn14.jsonl (seed 20261218, --exclude of the fifteen earlier files, events-snn.jsonl to events-snn13.jsonl), a further annotator:
    20261218: {
        "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787729.htm":
            "same story as an article already in events-snn5.jsonl (snn5-19, 3alyoum: the Boeing delegation's visit to Saudia) (snn14)",
        "http://www.aleqt.com/2015/07/31/article_977774.html":
            "same story as an article already in events-snn.jsonl (snn-09, alyaum 4081301: the execution of a heroin smuggler in Thadiq on 31 Jul) (snn14)",
        "http://www.aleqt.com/2015/07/31/article_977668.html":
            "no event of the coded types (the deputy health minister's inspection visit to a Jazan hospital; staffing partnerships) (snn14)",
        "http://aawsat.com/home/article/410571/مباحثات-لديمبسي-في-بغداد-بعد-قرار-واشنطن-رفع-الفيتو-عن-«العصائب»-و«الكتائب»":
            "same story as an article already in events-snn5.jsonl (snn5-15, okaz 784580: Dempsey's visit to Baghdad) (snn14)",
        "http://www.okaz.com.sa/new/Issues/20150726/Con20150726785705.htm":
            "opinion column (okaz editorial on Iran's two languages) (snn14)",
        "http://www.spa.gov.sa/details.php?id=1386721":
            "press review (the Tunisian papers): every event second-hand (snn14)",
        "http://aawsat.com/home/article/421346/بدء-معركة-استعادة-قاعدة-العند-الجوية-بمحافظة-لحج-من-أيدي-المتمردين-الحوثيين":
            "same story as an article already in events-snn3.jsonl (snn3-12, alwatan 230998: the offensive on the al-Anad base on 3 Aug) (snn14)",
        "http://www.al-madina.com/node/623329/المفتي-العام-عمل-إجرامي-لا-يقبله-إنسان-ولا-دين.html":
            "same story as an article already in events-snn.jsonl (snn-15, sabq c9Dgde: the Mufti's condemnation of the Asir mosque bombing; snn13 skipped it too) (snn14)",
        "http://www.okaz.com.sa/new/Issues/20150801/Con20150801786776.htm":
            "opinion column (okaz, on the Houthi leader in his cave) (snn14)",
        "http://aawsat.com/home/article/411971/أهالي-عدن-احتفلوا-بالعيد-بطريقة-مختلفة-هذا-العام":
            "no event of the coded types (a feature on Eid in Aden and Sanaa) (snn14)",
        "http://www.3alyoum.com/news/pol/a/محلل-سعودي-يكشف-سر-تجاهل-المسؤولين-الم/":
            "no concrete current event (an analyst's comments on Heikal's remarks; visits recalled without a date) (snn14)",
        "http://www.aleqt.com/2015/07/24/article_975909.html":
            "same story as an article already in events-snn9.jsonl (snn9-07, alweeam 349059: the first Turkish strikes on ISIS in Syria, Friday 24 Jul) (snn14)",
        "http://www.spa.gov.sa/details.php?id=1386675":
            "press review (the Egyptian papers): every event second-hand (snn14)",
        "http://aawsat.com/home/article/425121/معتقل-«مانسانار»-فصل-أسود-من-تاريخ-الولايات-المتحدة":
            "no current event (a historical feature on the Manzanar internment camp, 1942-1945) (snn14)",
        "http://www.okaz.com.sa/new/Issues/20150731/Con20150731786669.htm":
            "no event of the coded types (the Baha deputy governor receiving a student team) (snn14)",
        "http://www.aleqt.com/2015/07/21/article_975027.html":
            "no event of the coded types (a column of Eid social occasions) (snn14)",
        "http://aawsat.com/home/article/414336/تركيا-تفتح-3-جبهات-وتضم-الكردستاني-في-حربها-ضد-داعش":
            "same story as an article already in events-snn9.jsonl (snn9-07, alweeam 349059: the first Turkish F-16 strikes on ISIS in Syria and the mass arrests, Friday 24 Jul) (snn14)",
        "http://www.3alyoum.com/news/local/a/تعرّف-على-أبرز-قرارات-مجلس-الشورى-خلال/":
            "no event of the coded types (the Shura Council's statistics of decisions for the year) (snn14)",
    },
    # events-snn15.jsonl (seed 20261219, --exclude of the fifteen earlier files), a further annotator:
    20261219: {
        "http://www.al-madina.com/node/621297/لابد-من-صنعاء.html":
            "opinion column (an al-Madina editorial on the road to Sanaa) (snn15)",
        "http://www.aleqt.com/2015/07/26/article_976334.html":
            "same story as an article already in events-snn8.jsonl (snn8-08, alweeam: Hadi meets the UN envoy in Riyadh and asks the rebels to respect the truce; the same title) (snn15)",
        "http://www.al-jazirah.com/2015/20150808/ln1.htm":
            "same story as an article already in events-snn10.jsonl (snn10-13, aleqt: the emir of Asir receives the director of public security in Abha; the same title) (snn15)",
        "http://www.okaz.com.sa/new/Issues/20150802/Con20150802787039.htm":
            "no concrete event of the coded types (the Egyptian cultural attache's remarks on the Cairo Declaration) (snn15)",
        "http://www.alyaum.com/article/4079921":
            "opinion column (on Khamenei's statements) (snn15)",
        "http://www.aleqt.com/2015/07/24/article_975735.html":
            "no event of the coded types (a monthly survey of Yemeni businesses moving abroad) (snn15)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229859&CategoryID=1":
            "same story as an article already in events-snn9.jsonl (snn9-16, 3alyoum: the US strike that killed Muhsin al-Fadhli near Sarmada) (snn15)",
        "http://aawsat.com/home/article/415826/مقتل-جنديين-وإصابة-4-آخرين-في-تفجير-استهدف-رتلاً-عسكريًا-تركيًا-في-ديار-بكر":
            "same story as an article already in events-snn9.jsonl (snn9-17, aleqt 976284: the car bomb on a military convoy in Lice, Diyarbakir; snn13 skipped okaz 785866 for the same) (snn15)",
        "http://sabq.org/OKCgde":
            "no event of the coded types (a workplace accident at Jeddah airport and a courtesy hospital visit) (snn15)",
        "http://www.alyaum.com/article/4080364":
            "sports (al-Wehda club) (snn15)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788072.htm":
            "opinion column (on the Syrian revolution) (snn15)",
        "http://www.alyaum.com/article/4079847":
            "same story as an article already in events-snn11.jsonl (snn11-17, alriyadh 1067272: al-Jubeir and Shoukry's press conference in Jeddah) (snn15)",
        "http://www.al-madina.com/node/623396/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html":
            "same story as articles already annotated (the Abha mosque bombing; the imam's account on TV, as almadina 623359 skipped by snn13) (snn15)",
        "http://www.al-jazirah.com/2015/20150802/du7.htm":
            "opinion column (on the Duma arson) (snn15)",
        "http://www.al-jazirah.com/2015/20150810/ln6.htm":
            "same story as an article already in events-snn.jsonl (snn-04, alyaum 4082724: al-Rabeeah of the King Salman relief centre receives the Kuwaiti relief delegation in Riyadh) (snn15)",
        "http://www.alyaum.com/article/4080040":
            "same story as an article already in events-snn5.jsonl (snn5-13, almadina: Tunisia's interior ministry on the Sejnane operation, one militant killed and 16 arrested) (snn15)",
        "http://www.alweeam.com.sa/347778/النفط-يرتفع-مع-تراجع-المخزون-الأمريكي/":
            "no event of the coded types (an oil-market report) (snn15)",
        "http://www.aleqt.com/2015/07/22/article_975150.html":
            "same story as an article already in events-snn9.jsonl (snn9-12, okaz 784960: the regime rocket on old Aleppo; snn13 skipped it for the same) (snn15)",
        "http://www.al-jazirah.com/2015/20150805/du2.htm":
            "same story as an article already in events-snn.jsonl (snn-07, aawsat 422501: the opening session of the Imam Sadiq mosque bombing trial in Kuwait) (snn15)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231519&CategoryID=5":
            "no concrete event of the coded types (a security expert's commentary on the Asir bombing) (snn15)",
        "http://www.aleqt.com/2015/08/01/article_977957.html":
            "opinion column (on harassment cases) (snn15)",
        "http://www.alweeam.com.sa/350910/المتهم-بتفجير-مسجد_الصادق-كنا-نريد-تف/":
            "same story as an article already in events-snn.jsonl (snn-07, aawsat 422501: the opening session of the Imam Sadiq mosque bombing trial in Kuwait; snn13 skipped alweeam 350794 for the same) (snn15)",
        "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784881.htm":
            "same story as an article already in events-snn2.jsonl (snn2-08, aleqt 974946: the Suruc bombing, reported the same day) (snn15)",
        "http://www.alyaum.com/article/4082328":
            "same story as an article already in events-snn5.jsonl (snn5-01, aleqt 979465: the Thursday 6 Aug session of the Imam Sadiq trial; snn13 skipped it for the same) (snn15)",
        "http://www.alweeam.com.sa/349390/طهران-موجوداتنا-المجمدة-في-الخارج-29-مل/":
            "no event of the coded types (the Iranian central bank governor on frozen assets) (snn15)",
        "http://www.okaz.com.sa/new/Issues/20150802/Con20150802786934.htm":
            "no concrete event of the coded types (an analysis of Palestinian scenarios at the ICC) (snn15)",
        "http://sabq.org/e2Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-18: the Taiz resistance arresting a Houthi leader disguised as a bride) (snn15)",
        "http://sabq.org/ufDgde":
            "same story as an article already in events-snn.jsonl (snn-12, alwatan 230630: the Duma arson and the US condemnation) (snn15)",
        "http://www.al-madina.com/node/623721/الجبير-المملكة-حريصة-على-تطوير-علاقاتها-مع-إيران-شرط-أن-تغير-سياستها-بالتدخل-في-.html?live":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: al-Jubeir's press conference with Steinmeier in Berlin; snn3 skipped okaz 788843 for the same) (snn15)",
        "http://www.spa.gov.sa/details.php?id=1386663":
            "press review (what the Pakistani papers highlighted): events second-hand, as snn3 skipped it (snn15)",
    },
    # events-snn16.jsonl (seed 20261220, --exclude of the seventeen earlier files), a further annotator:
    20261220: {
        "http://www.al-jazirah.com/2015/20150801/ln1.htm":
            "same story as an article already in events-snn11.jsonl (snn11-03, 3alyoum: the Arab League welcomes the Cairo Declaration) (snn16)",
        "http://www.alriyadh.com/1067139":
            "same story as an article already in events-snn6.jsonl (snn6-06, aljazirah 20150723/du14: the suicide bombing in the Almar market, Faryab; snn11 skipped it for the same) (snn16)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231376&CategoryID=1":
            "no concrete dated event of the coded types (an anonymous source on missing and deserting Hezbollah fighters from Zabadani) (snn16)",
        "http://www.aleqt.com/2015/08/07/article_979718.html":
            "opinion column (an essay on grave robbing) (snn16)",
        "http://www.alyaum.com/article/4082988":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: al-Jubeir's press conference with Steinmeier in Berlin) (snn16)",
        "http://www.alweeam.com.sa/351917/بالصور-نائب-خادم-الحرمين-الشريفين-يتف/":
            "same story as an article already in events-snn.jsonl (snn-05, alriyadh 1072295: Mohammed bin Nayef inspects the Asir emergency-forces mosque) (snn16)",
        "http://www.alyaum.com/article/4079400":
            "same story as an article already in events-snn3.jsonl (snn3-20, okaz 784592: Pakistan accuses India of violating the Kashmir ceasefire) (snn16)",
        "http://www.3alyoum.com/news/local/a/مدير-صحة-الباحة-يتفقد-المشروعات-الجدي/":
            "no event of the coded types (a health director's inspection tour of projects in al-Baha) (snn16)",
        "http://www.al-madina.com/node/623047/رابطة-العالم-الإسلامي-«المالكي»-لسان-صفوي-يشعل-الفتنة.html":
            "same story as an article already in events-snn4.jsonl (snn4-19, alwatan 231227: the Muslim World League condemns al-Maliki) (snn16)",
        "http://www.okaz.com.sa/new/Issues/20150726/Con20150726785693.htm":
            "same story as an article already in events-snn3.jsonl (snn3-13, alweeam 349217: the coalition announces the five-day humanitarian truce) (snn16)",
        "http://www.al-madina.com/node/623357/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html?live":
            "same story as an article already in events-snn5.jsonl (snn5-05, aljazirah 20150808/ln9: the emir of Najran condemns the Asir bombing) (snn16)",
        "http://www.alyaum.com/article/4081458":
            "opinion column (on harassment) (snn16)",
        "http://www.alyaum.com/article/4079576":
            "opinion column (on the interior ministry's statement and sectarian talk) (snn16)",
        "http://www.aleqt.com/2015/08/08/article_979882.html":
            "same story as articles already annotated (snn-13, alweeam 351368: the coalition strikes on Hays, 17 Houthis killed; and the Karsh fighting of snn12-03) (snn16)",
        "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785435.htm":
            "sports (a football transfer) (snn16)",
        "http://sabq.org/4ACgde":
            "same story as an article already in events-snn8.jsonl (snn8-09, alwatan 229918: the second Saudi relief plane landing at Aden airport) (snn16)",
        "http://www.okaz.com.sa/new/Issues/20150726/Con20150726785798.htm":
            "sports (football transfers of al-Ittihad) (snn16)",
        "http://www.alyaum.com/article/4082131":
            "opinion column (an editorial on disarming the Houthis) (snn16)",
        "http://www.alyaum.com/article/4082747":
            "no concrete dated event of the coded types (a review of the first year of the coalition air campaign against ISIS: totals and assessments) (snn16)",
        "http://www.al-madina.com/node/620457/فورين-بوليسي-الاتفاق-النووي-متعدد-المخاطر.html":
            "no concrete event of the coded types (a summary of a Foreign Policy analysis of the Iran deal) (snn16)",
        "http://www.alyaum.com/article/4079990":
            "no event of the coded types (a bison butting a tourist in Yellowstone) (snn16)",
    },
    # events-snn17.jsonl (seed 20261221, --exclude of the seventeen earlier files), a further annotator:
    20261221: {
        "http://www.alriyadh.com/1066799":
            "no event of the coded types (a shark attack on a surfing champion in South Africa; sports) (snn17)",
        "http://www.alyaum.com/article/4082023":
            "sports (al-Ettifaq's friendly match in Turkey) (snn17)",
        "http://www.alyaum.com/article/4082665":
            "same story as articles already annotated (snn2-07, 3alyoum, and snn13-05, aawsat: Prince Mohammed bin Nayef chairs the meeting of security chiefs in Jeddah) (snn17)",
        "http://www.aleqt.com/2015/07/26/article_976173.html":
            "same story as an article already in events-snn.jsonl (snn-19, almadina 621179: the Bahraini interior ministry's statement on the foiled explosives smuggling; snn5 skipped it for the same) (snn17)",
        "http://aawsat.com/home/article/422976/صحف-أردنية-السعودية-والأردن-ترفضان-محاولات-التدخل-الإيراني-في-الشأن-العربي":
            "press review (what the Jordanian papers highlighted), and the same story as an article already in events-snn2.jsonl (snn2-06, almadina 622873: the Deputy Crown Prince's visit to Jordan) (snn17)",
        "http://www.3alyoum.com/finance/a/النفط-يتراجع-بفعل-هبوط-عقود-منتجات-الت/":
            "no event of the coded types (an oil-market report) (snn17)",
        "http://www.alriyadh.com/1070156":
            "same story as an article already in events-snn10.jsonl (snn10-08, alweeam 350397: the PKK tractor bomb on the gendarmerie outpost near Dogubayazit) (snn17)",
        "http://www.al-madina.com/node/623156/الكويت-تدين-بشدة-التفجير-الإرهابي-في-عسير.html?live":
            "same story as an article already in events-snn3.jsonl (snn3-11, aleqt 979557: Kuwait's condemnation of the Asir mosque bombing, the same foreign-ministry source) (snn17)",
        "http://aawsat.com/home/article/426056/علي-سالم/فيلم-قديم-وسخيف":
            "opinion column (on the Egyptian media and Iran) (snn17)",
        "http://www.okaz.com.sa/new/Issues/20150730/Con20150730786362.htm":
            "no event of the coded types (the deputy health minister inspects his ministry's hospitals in Najran) (snn17)",
        "http://www.aleqt.com/2015/08/07/article_979670.html":
            "same story as an article already taken (alriyadh 1071039: the interior ministry's report of the Asir mosque bombing) (snn17)",
        "http://www.3alyoum.com/news/pol/a/بعد-وفاة-الفيصل-أوباما-يقر-أخيراً-بتسل/":
            "same story as an article already in events-snn6.jsonl (snn6-03, aawsat 423371: Obama's speech on the Iran deal at the American University) (snn17)",
        "http://www.al-madina.com/node/620520/هبوط-طائرة-سعودية-تحمل-مساعدات-بمطار-عدن-بعد-تشغيله.html?live":
            "same story as an article already in events-snn11.jsonl (snn11-16, aleqt 975318: the Saudi plane landing at the reopened Aden airport on 22 Jul) (snn17)",
        "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787528.htm":
            "no concrete event of the coded types (two analysts' commentary on the GCC-US Doha statement) (snn17)",
        "http://www.3alyoum.com/news/pol/a/البيت-الأبيض-يصف-حزب-العمال-الكردستان/":
            "same story as an article already in events-snn9.jsonl (snn9-17, aleqt 976284: the White House briefing in Nairobi calling the PKK terrorist and welcoming Turkey's strikes on ISIS) (snn17)",
        "http://www.aleqt.com/2015/08/09/article_980229.html":
            "no event of the coded types (the 70th anniversary ceremony of the Nagasaki bombing) (snn17)",
        "http://www.aleqt.com/2015/08/08/article_979879.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' condolence calls to Prince Mohammed bin Nayef condemning the Asir bombing) (snn17)",
        "http://www.al-madina.com/node/623624/المحرج-ينقل-تحيات-نائب-المليك-للمصابين-بمستشفى-قوى-الأمن-بالرياض.html":
            "same story as an article already in events-snn7.jsonl (snn7-11: the director of public security visits the Asir bombing injured in Riyadh) (snn17)",
        "http://www.spa.gov.sa/details.php?id=1386863":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: al-Jubeir's press conference with Steinmeier in Berlin) (snn17)",
    },
    # events-snn18.jsonl (seed 20261222, --exclude of the nineteen earlier files), a further annotator:
    20261222: {
        "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787616.htm":
            "no concrete dated event (a feature on Houthi damage to historic sites in Zabid, Hodeidah, Taiz and Aden over the war) (snn18)",
        "http://www.3alyoum.com/news/pol/a/الجبير-يكشف-ملابسات-زيارة-وفد-حماس-للس/":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir meets Shoukry in Jeddah on Thursday) (snn18)",
        "http://www.alriyadh.com/1070220":
            "same story as articles already in events-snn12.jsonl and events-snn13.jsonl (snn12-20, snn13-01: the regime warplane crashing on Ariha during a bombing run) (snn18)",
        "http://www.aleqt.com/2015/08/07/article_979680.html":
            "same story as an article already in events-snn5.jsonl (snn5-16: the Asir bombing hashtag with a million tweets) (snn18)",
        "http://www.alweeam.com.sa/348665/الهروب-من-الحرب-الحوثيون-بأزياء-نسائي/":
            "same story as an article already in events-snn11.jsonl (snn11-18: the Taiz resistance arrests a Houthi leader disguised as a bride) (snn18)",
        "http://aawsat.com/home/article/427326/نائب-خادم-الحرمين-من-يحاول-العبث-بأمن-السعودية-سيجد-الرد":
            "same story as an article already in events-snn11.jsonl (snn11-01: Prince Mohammed bin Nayef receives the families of the Asir martyrs at the emergency forces HQ) (snn18)",
        "http://www.aleqt.com/2015/07/27/article_976430.html":
            "no event of the coded types (divorce statistics of the justice ministry) (snn18)",
        "http://www.al-madina.com/node/620689/وزير-الدفاع-الأمريكي-تهديد-إيران-«هم»-مشترك.html":
            "same story as an article already in events-snn4.jsonl (snn4-11: King Salman receives Carter in Jeddah) (snn18)",
        "http://aawsat.com/home/article/412311/عراقجي-أي-قرارات-بعد-انتهاء-مدة-الاتفاق-النووي-«ليست-ذات-مصداقية»":
            "same story as an article already in events-snn5.jsonl (snn5-09: Araghchi on Wednesday rejects any snapback of sanctions after ten years) (snn18)",
        "http://www.3alyoum.com/news/pol/a/الجريمة-والإرهاب-حيلة-الحوثيين-كلما-أ/":
            "no concrete dated event (an overview of Houthi abuses since March, all undated) (snn18)",
        "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785515.htm":
            "no concrete dated event (a Yemeni politician's commentary on the coalition's plan for Aden) (snn18)",
        "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784581.htm":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-20: the car bombings in Sheikh Radwan, Gaza City, at dawn on 20 Jul) (snn18)",
        "http://www.3alyoum.com/news/pol/a/مقتل-حوثيين-خلال-تطهير-قصر-معاشيق-الم/":
            "same story as an article already in events-snn6.jsonl (snn6-17: the resistance clears the Maashiq palace in Aden; coalition strikes in Lahij) (snn18)",
        "http://www.al-madina.com/node/621093/فوضوية-وسائل-التواصل-الاجتماعي-وغياب-المحاسبية.html":
            "opinion column (on social media) (snn18)",
        "http://www.al-madina.com/node/623544/اليمن-يطلب-من-الأردن-استقبال-أعداد-إضافية-من-الجرحى.html?weekly":
            "same story as an article already in events-snn16.jsonl (snn16-03: the plane of Yemeni wounded reaching Amman; Jordan asked to take more) (snn18)",
        "http://aawsat.com/home/article/418956/«الحرس-الثوري»-درب-سعوديين-وبحرينيين-لتنفيذ-عمليات-في-دول-الخليج":
            "same story as an article already in events-snn4.jsonl (snn4-01: the Bahraini cell trained by the Revolutionary Guard) (snn18)",
        "http://sabq.org/EzDgde":
            "same story as an article already in events-snn5.jsonl (snn5-18: the Saudi student arrested in Kentucky over a pressure cooker) (snn18)",
        "http://aawsat.com/home/article/411501/رئيس-وزراء-تركيا-يعلن-عن-تحديد-هوية-مشتبه-بهجوم-سوروتش-الانتحاري":
            "same story as an article already in events-snn2.jsonl (snn2-08: the Suruc bombing, reported the next day) (snn18)",
        "http://www.al-madina.com/node/620452/الشرعية-تنتصر.html":
            "opinion column (the paper's editorial on Aden) (snn18)",
        "http://www.3alyoum.com/news/a/مقتل-50-شخصاً-في-هجمات-على-الجيش-والشرطة/":
            "same story as an article already in events-snn9.jsonl (snn9-11: the Kabul truck bomb, the police academy bombing and the Camp Integrity attack) (snn18)",
        "http://www.al-madina.com/node/621018/ليبيا-قتيلان-في-اشتباكات-بنغازي.html":
            "same story as an article already in events-snn3.jsonl (snn3-01: the Benghazi clashes and air strikes on al-Sabri on Thursday 23 Jul) (snn18)",
        "http://www.3alyoum.com/opinion/articles/a/فوزية-الحربي-ماذا-تقول-لربك-أيها-الداع/":
            "opinion column (on the Abha mosque bomber) (snn18)",
        "http://www.3alyoum.com/news/pol/a/وزير-الداخلية-اليمني-الحكومة-تعمل-على/":
            "no concrete event of the coded types (the Yemeni interior minister on reopening Aden airport next week; praise of the resistance) (snn18)",
        "http://aawsat.com/home/article/413936/تركيا-تنفذ-أولى-غاراتها-الجوية-ضد-تنظيم-«داعش»-في-سوريا":
            "same story as an article already in events-snn9.jsonl (snn9-07: the first Turkish F-16 strikes on ISIS in Syria and the nationwide raids on 24 Jul) (snn18)",
        "http://aawsat.com/home/article/416066/أوغلو-وجود-تركيا-قادرة-على-استخدام-القوة-يمكن-أن-يؤدي-لتغيير-التوازن-في-سوريا":
            "same story as an article already in events-snn17.jsonl (snn17-19: Davutoglu's press conference, no ground troops; Turkish tanks shell a Kurdish-held village) (snn18)",
    },
    # events-snn19.jsonl (seed 20261223, --exclude of the nineteen earlier files), a further annotator:
    20261223: {
        "http://www.okaz.com.sa/new/Issues/20150801/Con20150801786783.htm":
            "in the seed-20261222 walk, annotated in parallel (snn19)",
        "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785558.htm":
            "in the seed-20261222 walk, annotated in parallel (snn19)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231175&CategoryID=1":
            "same story as an article already in events-snn6.jsonl (snn6-03, aawsat 423371: Obama's speech on the Iran deal at the American University; snn17 skipped another report of it) (snn19)",
        "http://www.alriyadh.com/1071865":
            "same story as an article already in events-snn.jsonl (snn-04, alyaum 4082724: al-Rabeeah receives the Kuwaiti relief delegation at the King Salman centre) (snn19)",
        "http://sabq.org/AbDgde":
            "no event of the coded types (a civil-aviation delegation inspects four domestic airports) (snn19)",
        "http://aawsat.com/home/article/387551/أكبر-منتج-ياباني-للوسائد-الهوائية-في-العالم-يعترف-بـ«خلل»-فيها-لدى-11-شركة":
            "no event of the coded types (Takata's airbag recall in the US) (snn19)",
        "http://www.alyaum.com/article/4080257":
            "opinion column (on Palestinian leaders and Abd al-Nasser's death) (snn19)",
        "http://www.aleqt.com/2015/08/04/article_979056.html":
            "same story as an article already in events-snn.jsonl (snn-07, aawsat 422501: the opening of the Kuwait Imam Sadiq bombing trial) (snn19)",
        "http://www.3alyoum.com/technology/a/روسيا-تطوير-منصة-روبوتية-مدرعة-بوزن-7-أ/":
            "no event of the coded types (a Russian robotic platform under development) (snn19)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230091&CategoryID=1":
            "no concrete dated event of the coded types (UNICEF statistics on children killed in Yemen since March) (snn19)",
        "http://www.alweeam.com.sa/347659/النفط-يرتفع-لكن-عودة-الخام-الايراني-قد/":
            "no event of the coded types (an oil-market report) (snn19)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230736&CategoryID=1":
            "same story as an article already in events-snn15.jsonl (snn15-18, alyaum 4081223: Tunisia extends the state of emergency) (snn19)",
        "http://aawsat.com/home/article/425131/الأطلسي-8-مدنيين-قتلوا-في-الهجوم-على-قاعدة-أميركية-بأفغانستان":
            "same story as an article already in events-snn9.jsonl (snn9-11, aljazirah 20150809/du9: the Kabul truck bomb, police academy and Camp Integrity attacks) (snn19)",
        "http://sabq.org/0rDgde":
            "no event of the coded types (the Medina prisons' family house) (snn19)",
        "http://sabq.org/VX0aCd":
            "opinion column (on child marriage) (snn19)",
        "http://www.aleqt.com/2015/08/05/article_979277.html":
            "in the seed-20261222 walk, annotated in parallel (snn19)",
        "http://www.spa.gov.sa/details.php?id=1386654":
            "same story as an article already in events-snn10.jsonl (snn10-14, aleqt 980494: South Korea's army condemns the DMZ mines and threatens the North) (snn19)",
        "http://www.alyaum.com/article/4080136":
            "same story as an article already in events-snn16.jsonl (snn16-10, alwatan 230085: the trial crossing of the new Suez canal and the Ajnad Misr threat) (snn19)",
        "http://www.aleqt.com/2015/08/08/article_979934.html":
            "same story as articles already annotated (snn6-10, almadina 623407, and snn10-13, aleqt 979793: the director of public security's visit to Asir after the mosque bombing) (snn19)",
        "http://www.alyaum.com/article/4082966":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the qisas execution in al-Hajrah, al-Baha) (snn19)",
        "http://sabq.org/muDgde":
            "same story as an article already in events-snn.jsonl (snn-07, aawsat 422501: the opening of the Kuwait Imam Sadiq bombing trial, here announced for the next day) (snn19)",
        "http://sabq.org/FL1aCd":
            "opinion column (on the Iran deal) (snn19)",
        "http://www.aleqt.com/2015/08/07/article_979795.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' condolence calls to Prince Mohammed bin Nayef condemning the Asir bombing; snn17 skipped another report of it) (snn19)",
        "http://www.aleqt.com/2015/08/10/article_980560.html":
            "sports (Manchester City and De Bruyne) (snn19)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (what the Lebanese papers highlighted): events second-hand (snn19)",
        "http://www.alyaum.com/article/4082140":
            "no concrete dated event of the coded types (UNAMA's half-year statistics on civilian casualties in Afghanistan) (snn19)",
        "http://www.aleqt.com/2015/08/11/article_980734.html":
            "same story as an article already in events-snn6.jsonl (snn6-20, alweeam 351947: the state of emergency in St. Louis County after the Ferguson unrest) (snn19)",
        "http://www.alyaum.com/article/4080114":
            "same story as an article already in events-snn3.jsonl (snn3-13, alweeam 349217: the coalition command's statement announcing the five-day humanitarian truce in Yemen) (snn19)",
    },
    # events-snn20.jsonl (seed 20261224, --exclude of the twenty-one earlier files, events-snn.jsonl to events-snn19.jsonl), a further annotator:
    20261224: {
        "http://www.al-jazirah.com/2015/20150722/du15.htm":
            "same story as an article already in events-snn3.jsonl (snn3-16, almadina 620494: Morocco arrests eight members of an ISIS-linked cell, the same interior-ministry statement) (snn20)",
        "http://www.okaz.com.sa/new/Issues/20150801/Con20150801786722.htm":
            "same story as an article already in events-snn11.jsonl (snn11-03: the Arab League secretary-general welcomes the Cairo Declaration) (snn20)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=229949&CategoryID=5":
            "same story as an article already in events-snn11.jsonl (snn11-17, alriyadh 1067272: Shoukry in Jeddah, received by King Salman and Mohammed bin Nayef, meeting with al-Jubeir) (snn20)",
        "http://www.aleqt.com/2015/08/07/article_979673.html":
            "same story as articles already in earlier files (snn-03, snn2-02, snn11-10, snn16-18: the same UAE, German, Spanish, Qatari, Egyptian and Jordanian condemnations of the Abha mosque bombing) (snn20)",
        "http://www.aleqt.com/2015/07/25/article_975981.html":
            "no concrete event of the coded types (an analysis of the EU Commission's tax inquiries and Britain) (snn20)",
        "http://www.3alyoum.com/news/pol/a/الرئيس-اليمني-يطالب-المتمردين-باحترا/":
            "same story as an article already in events-snn8.jsonl (snn8-08, alweeam 349403: Hadi meets the UN envoy in Riyadh and asks the rebels to respect the truce, the same SABA report) (snn20)",
        "http://www.alyaum.com/article/4082411":
            "same story as an article already in events-snn9.jsonl (snn9-11, aljazirah 20150809/du9: the Kabul truck bomb in Shah Shahid) (snn20)",
        "http://www.3alyoum.com/news/local/a/شاهد-ملك-الأردن-يقود-سيارته-الخاصة-وبج/":
            "same story as an article already in events-snn2.jsonl (snn2-06, almadina 622873: the deputy crown prince's visit to Jordan and talks with King Abdullah II) (snn20)",
        "http://www.3alyoum.com/news/pol/a/وزير-الداخلية-اليمني-الحكومة-تعمل-على/":
            "no concrete event of the coded types (the Yemeni interior minister on reopening Aden airport; skipped for the same reason by snn18) (snn20)",
        "http://www.aleqt.com/2015/07/26/article_976173.html":
            "same story as an article already in events-snn.jsonl (snn-19, almadina 621179: the Bahraini interior-ministry statement on the foiled explosives smuggling; skipped for the same reason by snn5) (snn20)",
        "http://www.3alyoum.com/news/a/مقتل-50-شخصاً-في-هجمات-على-الجيش-والشرطة/":
            "same story as an article already in events-snn9.jsonl (snn9-11, aljazirah 20150809/du9: the Kabul truck bomb, police academy and Camp Integrity attacks; snn19 skipped another report of it) (snn20)",
        "http://www.3alyoum.com/news/local/a/تعرّف-على-أبرز-قرارات-مجلس-الشورى-خلال/":
            "no concrete event of the coded types (the Shura Council's yearly statistics of its decisions) (snn20)",
        "http://www.alyaum.com/article/4082278":
            "same story as articles already in earlier files (snn14-15, snn17-07: the Asir Emergency Forces mosque bombing, the interior-ministry statement and the governor at the site) (snn20)",
        "http://www.al-jazirah.com/2015/20150805/du1.htm":
            "same story as an article already in events-snn3.jsonl (snn3-12: government forces retake al-Anad air base) (snn20)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788520.htm":
            "same story as articles already in events-snn4.jsonl (snn4-07, snn4-18: the funeral of Omar Abu Shousha in Muhayil) (snn20)",
        "http://www.aleqt.com/2015/07/31/article_977668.html":
            "no event of the coded types (the deputy health minister's hospital visit in Jizan and a staffing partnership) (snn20)",
        "http://www.aleqt.com/2015/08/05/article_979183.html":
            "opinion column (on Saudi principles since 1990) (snn20)",
        "http://www.alyaum.com/article/4080139":
            "same story as an article already in events-snn19.jsonl (snn19-16: the assassination of the Fatah official Talal al-Urduni in Ain al-Hilweh) (snn20)",
        "http://www.okaz.com.sa/new/Issues/20150731/Con20150731786684.htm":
            "same story as an article already in events-snn7.jsonl (snn7-12: the deputy crown prince's visit to Cairo; here only his thank-you cable at its end) (snn20)",
        "http://www.3alyoum.com/news/a/قوات-الرئيس-هادي-تسيطر-على-زنجبار-عاصم/":
            "same story as an article already in events-snn11.jsonl (snn11-19: Hadi's forces take Zinjibar and Shuqrah in Abyan) (snn20)",
        "http://www.aleqt.com/2015/07/26/article_976163.html":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce at Hadi's request) (snn20)",
        "http://www.alyaum.com/article/4079530":
            "same story as an article already in events-snn13.jsonl (snn13-07: the US strike on an Afghan army checkpoint in Logar) (snn20)",
        "http://www.al-madina.com/node/620963/غارة-جوية-أمريكية-تقتل-السوداني-في-أفغانستان.html":
            "same story as an article already in events-snn14.jsonl (snn14-10: the Pentagon says Abu Khalil al-Sudani was killed in Paktika) (snn20)",
        "http://www.alyaum.com/article/4079982":
            "same story as an article already in events-snn9.jsonl (snn9-07: the first Turkish strikes on ISIS in Syria and the nationwide raids on 24 Jul; snn18 skipped another report of it) (snn20)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788103.htm":
            "same story as an article already in events-snn13.jsonl (snn13-18: the Pakistan Ulema Council condemns the Asir mosque bombing) (snn20)",
        "http://www.alyaum.com/article/4081708":
            "same story as an article already in events-snn19.jsonl (snn19-04: Lavrov meets Mashaal in Doha) (snn20)",
        "http://www.al-madina.com/node/623392/عبدالله-بن-مساعد-الإرهاب-لن-يضعف-عزيمة-رجال-الأمن.html":
            "same story as an article already in events-snn18.jsonl (snn18-07: Abdullah bin Musaed condemns the Asir mosque bombing) (snn20)",
        "http://www.aleqt.com/2015/07/23/article_975546.html":
            "opinion column (on harassment laws) (snn20)",
        "http://www.3alyoum.com/news/local/a/داعش-الإرهابي-يتبنى-تفجير-مسجد-الطوار/":
            "same story as articles already in earlier files (snn14-15, snn17-07: the Asir Emergency Forces mosque bombing, reported the same day; here with ISIS's claim) (snn20)",
        "http://www.alyaum.com/article/4082227":
            "same story as an article already in events-snn3.jsonl (snn3-07: the King of Morocco's call to Mohammed bin Nayef condemning the Asir mosque bombing) (snn20)",
        "http://www.al-madina.com/node/621162/مستويات-عليا-من-الإرهاب.html":
            "opinion column (on terrorism and the counselling programme) (snn20)",
        "http://www.3alyoum.com/news/pol/a/بعد-وفاة-الفيصل-أوباما-يقر-أخيراً-بتسل/":
            "same story as an article already in events-snn6.jsonl (snn6-03: Obama's speech on the Iran deal at the American University; snn17 and snn19 skipped other reports of it) (snn20)",
        "http://www.al-jazirah.com/2015/20150722/du6.htm":
            "same story as articles already in earlier files (snn16-12: the first WFP ship docks in Aden on 21 Jul; snn2-12, snn3-18: the fighting for Aden that week, the same Reuters report) (snn20)",
        "http://www.alyaum.com/article/4082287":
            "no event of the coded types (an advice column on fear of crowds) (snn20)",
        "http://www.alyaum.com/article/4081865":
            "same story as an article already in events-snn.jsonl (snn-07: the opening of the Kuwait Imam Sadiq bombing trial; snn19 skipped another report of it) (snn20)",
        "http://www.al-jazirah.com/2015/20150724/du9.htm":
            "no concrete dated event of the coded types (SOHR statistics of ten months of coalition strikes); its one dated event, the Erdogan-Obama call on Incirlik, is already in events-snn16.jsonl (snn16-17) and events-snn17.jsonl (snn17-10) (snn20)",
    },
    # events-snn21.jsonl (seed 20261225, --exclude of the twenty-one earlier files), a further annotator:
    20261225: {
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231694&CategoryID=1":
            "in the seed-20261224 walk, annotated in parallel (snn21)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788103.htm":
            "in the seed-20261224 walk, annotated in parallel (snn21)",
        "http://www.al-madina.com/node/620963/غارة-جوية-أمريكية-تقتل-السوداني-في-أفغانستان.html":
            "in the seed-20261224 walk, annotated in parallel (snn21)",
        "http://www.alyaum.com/article/4080208":
            "same story as an article already in events-snn3.jsonl (snn3-13, alweeam 349217: the coalition command's statement announcing the five-day humanitarian truce in Yemen; snn19 skipped another report of it) (snn21)",
        "http://www.alyaum.com/article/4079706":
            "opinion column (on the Iran nuclear deal) (snn21)",
        "http://www.alriyadh.com/1071040":
            "same story as an article already in events-snn3.jsonl (snn3-11, aleqt 979557: the Kuwaiti condemnation of the Asir bombing; snn10 skipped this article for the same reason) (snn21)",
        "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784533.htm":
            "same story as an article already in events-snn15.jsonl (snn15-02: the Deputy Crown Prince's Eid visit to the southern front at al-Thuwaila and Khamis Mushait) (snn21)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (the Libyan warplanes sinking a ship near Benghazi, al-Marisa) (snn21)",
        "http://www.3alyoum.com/news/local/a/نائب-وزير-الصحة-يتفقد-مستشفيات-الحد-ال/":
            "no event of the coded types (the deputy health minister's inspection tour of southern hospitals; snn14 skipped a report of the same tour for that reason) (snn21)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as an article already in events-snn7.jsonl (snn7-19, alweeam 351767: the Sultanbeyli police-station attack in Istanbul; snn13 skipped this article for the same reason) (snn21)",
        "http://www.al-madina.com/node/623378/نائب-المليك-يتلقى-اتصالات-هاتفية-من-ولي-عهد-البحرين-ووزراء-داخلية-3-دول-خليجية.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' condolence calls to Prince Mohammed bin Nayef condemning the Asir bombing) (snn21)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (what the Libyan papers highlighted): events second-hand (snn21)",
        "http://sabq.org/C1Dgde":
            "in the seed-20261224 walk, annotated in parallel (snn21)",
        "http://www.aleqt.com/2015/08/07/article_979738.html":
            "same story as an article already in events-snn19.jsonl (snn19-05: the Grand Mosque imam's Friday sermon on the Asir bombing) (snn21)",
        "http://www.aleqt.com/2015/08/08/article_979882.html":
            "same story as an article already in events-snn.jsonl (snn-13: the coalition strikes on the Houthi-held building in Hays, south of Hodeidah) (snn21)",
        "http://www.alriyadh.com/1071938":
            "same story as an article already in events-snn6.jsonl (snn6-11, alyaum 4082829: the IED on a police armoured vehicle in al-Arish; snn10 skipped two other reports of it) (snn21)",
        "http://www.aleqt.com/2015/07/22/article_975193.html":
            "opinion column (a writer's visit to a Cairo seminar and terrorism) (snn21)",
        "http://www.aleqt.com/2015/08/06/article_979360.html":
            "press review (what the Jordanian media highlighted about the Deputy Crown Prince's visit), and the same visit as snn21-02 (snn21)",
    },
    # events-snn22.jsonl (seed 20261226, --exclude of the twenty-three earlier files), a further annotator:
    20261226: {
        'http://www.al-jazirah.com/2015/20150806/ms9.htm':
            'no current event ("this day in history": dated anniversaries only) (snn22)',
        'http://www.alyaum.com/article/4082131':
            'opinion column (editorial on disarming the Houthis) (snn22)',
        'http://www.okaz.com.sa/new/Issues/20150727/Con20150727785888.htm':
            'opinion column (on the health ministry) (snn22)',
        'http://aawsat.com/home/article/425121/معتقل-«مانسانار»-فصل-أسود-من-تاريخ-الولايات-المتحدة':
            'no current event (a feature on the Manzanar internment camp, 1942-45) (snn22)',
        'http://www.aleqt.com/2015/08/08/article_979967.html':
            'no event of the coded types (typhoon Soudelor in Taiwan) (snn22)',
        'http://www.alriyadh.com/1066941':
            'sports (FIFA presidency, Blatter and Platini) (snn22)',
        'http://www.alriyadh.com/1069377':
            "same story as an article already in events-snn7.jsonl (snn7-12: the Deputy Crown Prince's talks with Sisi in Cairo and the Cairo Declaration) (snn22)",
        'http://www.alweeam.com.sa/349390/طهران-موجوداتنا-المجمدة-في-الخارج-29-مل/':
            "no event of the coded types (the Iranian central bank's figure for frozen assets) (snn22)",
        'http://www.spa.gov.sa/details.php?id=1386978':
            'press review (what the Lebanese papers highlighted): events second-hand (snn22)',
        'http://www.okaz.com.sa/new/Issues/20150724/Con20150724785317.htm':
            'same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir and Shoukry in Jeddah, the same press conference) (snn22)',
        'http://www.aleqt.com/2015/07/21/article_974967.html':
            "no event of the coded types (Greek banks' emergency funding) (snn22)",
        'http://www.al-madina.com/node/623721/الجبير-المملكة-حريصة-على-تطوير-علاقاتها-مع-إيران-شرط-أن-تغير-سياستها-بالتدخل-في-.html?live':
            'same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier in Berlin, the same press conference) (snn22)',
        'http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231388&CategoryID=1':
            "same story as an article already in events-snn5.jsonl (snn5-08: the Yemeni journalists' syndicate condemning the Houthi travel ban) (snn22)",
        'http://www.al-madina.com/node/621081/تونس-البرلمان-يقر-قانونًا-جديدًا-لمكافحة-الإرهاب.html?weekly':
            "no event of the coded types (the Tunisian parliament passing the anti-terror law; the attacks recalled are background, and the law's later steps are in events-snn15/snn18) (snn22)",
        'http://aawsat.com/home/article/409716/رئيس-هيئة-الأركان-السعودية-يعايد-الجنود-المصابين':
            "no event of the coded types (the chief of staff's Eid visit to wounded soldiers in hospital, a courtesy visit) (snn22)",
        'http://www.al-jazirah.com/2015/20150727/sp8.htm':
            "sports (al-Wahda club honorary members' meeting) (snn22)",
        'http://www.aleqt.com/2015/08/08/article_979935.html':
            'same story as an article already in events-snn10.jsonl (snn10-13: the Asir emir receiving the public security director in Abha) (snn22)',
        'http://www.aleqt.com/2015/08/07/article_979718.html':
            'opinion column (on grave robbing) (snn22)',
        'http://www.al-madina.com/node/621093/فوضوية-وسائل-التواصل-الاجتماعي-وغياب-المحاسبية.html':
            'opinion column (on social media) (snn22)',
        'http://www.spa.gov.sa/details.php?id=1386863':
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier in Berlin; this is the agency's addendum with Steinmeier's part) (snn22)",
        'http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=27157':
            'opinion column (on the Iran nuclear deal) (snn22)',
        'http://www.aleqt.com/2015/08/05/article_979183.html':
            'opinion column (on Saudi policy since 1990) (snn22)',
        'http://www.aleqt.com/2015/08/02/article_978188.html':
            'no event of the coded types (a British fraud investigation of an oil company in Somalia) (snn22)',
        'http://www.okaz.com.sa/new/Issues/20150805/Con20150805787616.htm':
            'no concrete dated event (a feature on Houthi damage to Yemeni heritage sites) (snn22)',
        'http://www.okaz.com.sa/new/Issues/20150809/Con20150809788484.htm':
            'opinion column (on the Abha and Qatif mosque bombings) (snn22)',
        'http://sabq.org/QgDgde':
            "no event of the coded types (the death of a detainee's father; the detainee's US sentence is old background) (snn22)",
        'http://www.aleqt.com/2015/07/24/article_975745.html':
            "no event of the coded types (China's oil stocks and imports) (snn22)",
        'http://www.okaz.com.sa/new/Issues/20150723/Con20150723785145.htm':
            'same story as an article already in events-snn6.jsonl (snn6-06: the suicide bombing in the Almar market, Faryab) (snn22)',
        'http://www.aleqt.com/2015/08/09/article_980141.html':
            'same story as an article already in events-snn19.jsonl (snn19-15: the Greek bailout talks resuming in Athens) (snn22)',
        'http://www.aleqt.com/2015/08/05/article_979277.html':
            'same story as an article already in events-snn5.jsonl (snn5-02: Cavusoglu in Malaysia on US jets at Incirlik and the coming battle against ISIS) (snn22)',
        'http://www.al-madina.com/node/620888/وسائل-التجنيد-للإرهاب-الخطرة.html':
            'opinion column (on terrorist recruitment) (snn22)',
    },
    # events-snn23.jsonl (seed 20261227, --exclude of the twenty-three earlier files), a further annotator:
    20261227: {
        "http://www.al-madina.com/node/622950/المباحثات-المشتركة-التي-عقدناها-أثبتت-عمق-العلاقات-ومتانتها.html":
            "same story as an article already in events-snn2.jsonl (snn2-06: the Deputy Crown Prince's visit to Jordan); only his thank-you cable on leaving (snn23)",
        "http://www.alyaum.com/article/4080040":
            "same story as an article already in events-snn5.jsonl (snn5-13: the Tunisian security operation in Sejnane, Bizerte) (snn23)",
        "http://sabq.org/7L1aCd":
            "opinion column (on the Iran nuclear deal) (snn23)",
        "http://www.al-madina.com/node/622972/رابطة-العالم-الاسلامي-تدين-تصريحات-الرئيس-العراقي-ضد-المملكة.html?live":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements) (snn23)",
        "http://aawsat.com/home/article/401661/الشيخ-زويد-بؤرة-الإرهاب-في-مصر":
            "no current event: a profile of Sheikh Zuweid, with only the army operation of early July recalled (snn23)",
        "http://www.al-jazirah.com/2015/20150721/ln10.htm":
            "no event of the coded types (an Eid visit to a care home; snn13 skipped it too) (snn23)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229997&CategoryID=1":
            "same story as an article already in events-snn9.jsonl (snn9-07: the first Turkish F-16 strikes on ISIS opposite Kilis and the Istanbul raids) (snn23)",
        "http://www.alweeam.com.sa/350039/الكويت-خلية-داعش-لم-تكن-تنوي-القيام-بع/":
            "same story as an article already in events-snn20.jsonl (snn20-17: Kuwait's arrest of the ISIS network) (snn23)",
        "http://www.alweeam.com.sa/349521/جنرالات-أمريكا-يؤكدون-خرجنا-من-العراق/":
            "no concrete event (US generals' opinions on the withdrawal from Iraq, from a newspaper report and a TV interview) (snn23)",
        "http://www.alyaum.com/article/4079982":
            "same story as an article already in events-snn9.jsonl (snn9-07: the first Turkish F-16 strikes on ISIS opposite Kilis and the 251 arrests) (snn23)",
        "http://www.alweeam.com.sa/351353/واشنطن-تسلم-أرملة-زعيم-في-تنظيم-داعش-إل/":
            "same story as an article already in events-snn21.jsonl (snn21-14: the US hands Umm Sayyaf over to the Kurdish authorities) (snn23)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230737&CategoryID=1":
            "same story as an article already in events-snn18.jsonl (snn18-08: the Turkish strikes on the PKK in Zarkel) (snn23)",
        "http://sabq.org/i4Cgde":
            "same story as an article already in events-snn18.jsonl (snn18-15: the triple shooting in Khaybar al-Janub, Asir) (snn23)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=27105":
            "opinion column (on Gaza's children a year after the 2014 war) (snn23)",
        "http://www.alyaum.com/article/4081100":
            "same story as an article already in events-snn7.jsonl (snn7-12: the Deputy Crown Prince's visit to Cairo and his talks with al-Sisi) (snn23)",
        "http://www.aleqt.com/2015/07/20/article_974740.html":
            "no concrete event (analysts on what the Iran nuclear deal means for Russia's economy) (snn23)",
        "http://www.al-madina.com/node/621018/ليبيا-قتيلان-في-اشتباكات-بنغازي.html":
            "same story as an article already in events-snn3.jsonl (snn3-01, aljazirah 20150725/du15: Thursday's clashes and air strikes in al-Sabri, Benghazi) (snn23)",
        "http://www.al-jazirah.com/2015/20150809/du6.htm":
            "same story as an article already in events-snn15.jsonl (snn15-15: the gunmen's attack on the police van at Sinnuris, Fayoum); the Sinai sweeps are undated and ongoing (snn23)",
        "http://www.aleqt.com/2015/08/08/article_979935.html":
            "in the seed-20261226 walk, annotated in parallel (snn23)",
        "http://sabq.org/KfCgde":
            "in the seed-20261226 walk, annotated in parallel (snn23)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=231145&CategoryID=6":
            "sports (snn23)",
        "http://www.al-jazirah.com/2015/20150805/du10.htm":
            "in the seed-20261226 walk, annotated in parallel (snn23)",
        "http://www.aleqt.com/2015/08/06/article_979360.html":
            "press review (what the Jordanian media highlighted about the Deputy Crown Prince's visit; snn21 skipped it for the same reason) (snn23)",
        "http://www.aleqt.com/2015/07/25/article_975947.html":
            "in the seed-20261226 walk, annotated in parallel (snn23)",
        "http://www.3alyoum.com/news/golobal/a/مزحة-مبتعث-سعودي-تتسبب-باعتقاله-في-أمر/":
            "in the seed-20261226 walk, annotated in parallel (snn23)",
        "http://www.al-madina.com/node/623449/حمص-داعش-يخطف-230-مدنيًا-بعد-استيلائه-على-«القريتين».html":
            "same story as an article already in events-snn.jsonl (snn-17: ISIS seizes al-Qaryatayn and abducts civilians) (snn23)",
        "http://www.alyaum.com/article/4079774":
            "same story as an article already in events-snn6.jsonl (snn6-06: the suicide bombing in the Almar market, Faryab) (snn23)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788103.htm":
            "same story as an article already in events-snn13.jsonl (snn13-18: the Pakistan Ulema Council condemns the Asir bombing) (snn23)",
        "http://www.aleqt.com/2015/08/05/article_979297.html":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements) (snn23)",
        "http://www.aleqt.com/2015/08/07/article_979855.html":
            "same story as an article already in events-snn11.jsonl (snn11-13: al-Jubeir's talks with Gentiloni in Rome) (snn23)",
        "http://www.al-madina.com/node/623404/البرلمان-العربي-تعبّر-عن-يأس-الجماعات-الإرهابية.html":
            "same story as an article already in events-snn20.jsonl (snn20-13: the Arab Parliament speaker condemns the Asir bombing) (snn23)",
        "http://www.al-jazirah.com/2015/20150804/du2.htm":
            "same story as an article already in events-snn14.jsonl (snn14-18: the Nigerian army frees Boko Haram's captives near Bama) (snn23)",
        "http://www.aleqt.com/2015/07/23/article_975637.html":
            "no event of the coded types (plant molecules for medicine, a French farm) (snn23)",
        "http://www.aleqt.com/2015/08/07/article_979795.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' condolence calls to Prince Mohammed bin Nayef; snn21 skipped another report of it) (snn23)",
        "http://www.al-jazirah.com/2015/20150722/ec4.htm":
            "no event of the coded types (the Greek government sends a bailout bill to parliament) (snn23)",
        "http://www.aleqt.com/2015/08/03/article_978563.html":
            "same story as an article already in events-snn10.jsonl (snn10-11: the social affairs minister meets the KACST president in Riyadh) (snn23)",
        "http://www.al-jazirah.com/2015/20150723/du9.htm":
            "same story as articles already in events-snn17.jsonl (snn17-16: the Baghdad al-Jadida car bomb) and events-snn3.jsonl (snn3-15: the operation to retake Anbar University); only a toll and a build-up otherwise (snn23)",
        "http://www.aleqt.com/2015/08/07/article_979837.html":
            "same story as an article already in events-snn18.jsonl (snn18-14: the Security Council vote on the Syria chemical-attacks inquiry) (snn23)",
        "http://www.aleqt.com/2015/07/24/article_975781.html":
            "sports (snn23)",
        "http://www.aleqt.com/2015/07/21/article_974944.html":
            "same story as articles already in events-snn2.jsonl (snn2-12) and events-snn3.jsonl (snn3-18): the recapture of al-Tawahi, Aden, and the Dar Saad shelling (snn23)",
        "http://www.al-madina.com/node/623357/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html?live":
            "same story as an article already in events-snn5.jsonl (snn5-05: the governor of Najran condemns the Asir bombing) (snn23)",
        "http://www.al-madina.com/node/623367/خطباء-مساجد-أملج-تفجير-مسجد-طوارئ-عسير-هدفه-زعزعة-أمن-المملكة.html?live":
            "same story as an article already in events-snn.jsonl (snn-11: the Umluj preachers condemn the Asir bombing) (snn23)",
        "http://www.al-jazirah.com/2015/20150731/du3.htm":
            "same story as an article already in events-snn17.jsonl (snn17-08: al-Nusra abducts the Division 30 commander near Azaz) (snn23)",
        "http://www.aleqt.com/2015/08/10/article_980418.html":
            "sports (club elections) (snn23)",
    },
    # events-snn24.jsonl (seed 20261228, --exclude of the twenty-five earlier files, events-snn.jsonl to events-snn23.jsonl), a further annotator:
    20261228: {
        "http://www.al-jazirah.com/2015/20150810/ln48.htm":
            "opinion column (ISIS as the gravest threat; only past wars and bombings recalled) (snn24)",
        "http://www.alriyadh.com/1069389":
            "same story as an article already in events-snn7.jsonl (snn7-12: the Deputy Crown Prince's visit to Cairo, his talks with al-Sisi and the Cairo Declaration) (snn24)",
        "http://www.alyaum.com/article/4082284":
            "same story as an article already in events-snn12.jsonl (snn12-18: the Muslim World League condemns the Asir mosque bombing) (snn24)",
        "http://www.alyaum.com/article/4082364":
            "same story as an article already in events-snn18.jsonl (snn18-14: the Security Council vote on an inquiry into chemical attacks in Syria; also snn21-05) (snn24)",
        "http://www.spa.gov.sa/details.php?id=1386654":
            "same story as an article already in events-snn10.jsonl (snn10-14: South Korea accuses the North over the DMZ mines and threatens to respond) (snn24)",
        "http://aawsat.com/home/article/419246/تمديد-حالة-الطوارئ-في-تونس-لمدة-شهرين":
            "same story as an article already in events-snn15.jsonl (snn15-18: Tunisia extends the state of emergency by two months) (snn24)",
        "http://www.alweeam.com.sa/351701/رسالة-نفير-للنخب-السعودية/":
            "opinion column (an appeal to Saudi elites on radicalisation) (snn24)",
        "http://www.al-madina.com/node/620083/هـولندا-وكثرة-الجمعيات-الخيرية.html":
            "opinion column (on charities) (snn24)",
        "http://www.al-madina.com/node/622972/رابطة-العالم-الاسلامي-تدين-تصريحات-الرئيس-العراقي-ضد-المملكة.html?live":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements; snn23 skipped it too) (snn24)",
        "http://www.alyaum.com/article/4081848":
            "same story as an article already in events-snn11.jsonl (snn11-15: the Turkmen delegation in Islamabad and the TAPI pipeline) (snn24)",
        "http://www.al-jazirah.com/2015/20150809/du10.htm":
            "same story as an article already in events-snn19.jsonl (snn19-10: the hostage attack on the hotel in Sevare, Mali) (snn24)",
        "http://www.alyaum.com/article/4079640":
            "same story as articles already in events-snn3.jsonl and events-snn9.jsonl (snn3-05, snn9-12: the Zabadani fighting and the rebel shelling of al-Foua, Kafriya, Nubl and al-Zahraa) (snn24)",
        "http://aawsat.com/home/article/411191/سقوط-آخر-حصون-صالح-والحوثيين-في-عدن-بيد-أنصار-هادي":
            "same story as articles already in events-snn2.jsonl and events-snn3.jsonl (snn2-12, snn3-18: the resistance takes al-Tawahi in Aden) (snn24)",
        "http://www.okaz.com.sa/new/Issues/20150802/Con20150802787039.htm":
            "no concrete event (the Egyptian cultural attache's remarks on the Cairo Declaration and on uprooting terrorism) (snn24)",
        "http://www.al-madina.com/node/623378/نائب-المليك-يتلقى-اتصالات-هاتفية-من-ولي-عهد-البحرين-ووزراء-داخلية-3-دول-خليجية.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' condolence calls to Prince Mohammed bin Nayef after the Asir bombing) (snn24)",
        "http://www.aleqt.com/2015/07/21/article_974945.html":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran nuclear deal) (snn24)",
        "http://www.al-jazirah.com/2015/20150810/du4.htm":
            "same story as an article already in events-snn6.jsonl (snn6-11: the bomb against the police armoured car in al-Arish) (snn24)",
        "http://aawsat.com/home/article/422481/مباحثات-سعودية-أردنية-تتناول-التطورات-في-المنطقة":
            "same story as an article already in events-snn2.jsonl (snn2-06: the Deputy Crown Prince's visit to Jordan and his talks with King Abdullah) (snn24)",
        "http://www.alyaum.com/article/4082665":
            "same story as articles already in events-snn2.jsonl and events-snn13.jsonl (snn2-07, snn13-05: the interior minister chairs the security chiefs' meeting in Jeddah) (snn24)",
        "http://www.al-madina.com/node/623154/المفتي-تفجير-عسير-عمل-إجرامي-قبيح-لا-يقبله-إنسان-ولا-دين-ويدل-على-عدم-الإيمان.html?live":
            "same story as an article already in events-snn.jsonl (snn-15: the Grand Mufti condemns the Asir bombing) (snn24)",
        "http://aawsat.com/home/article/426841/عبد-الرحمن-الراشد/لافروف-وتسويق-الأسد":
            "opinion column (on Lavrov and al-Assad) (snn24)",
        "http://www.aleqt.com/2015/07/20/article_974810.html":
            "no current event (a 'this day in history' list) (snn24)",
        "http://sabq.org/0rDgde":
            "no event of the coded types (a prison's family-visit building in Medina) (snn24)",
        "http://www.3alyoum.com/opinion/articles/a/محمد-سلامة-بوتان-مملكة-لا-تبيع-الدخان/":
            "opinion column (on Bhutan) (snn24)",
        "http://www.3alyoum.com/news/a/بدء-محاكمة-المتهمين-بتفجير-المسجد-بال/":
            "same story as an article already in events-snn.jsonl (snn-07: the opening of the Kuwait Imam Sadiq mosque bombing trial) (snn24)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (what the Libyan papers highlighted): events second-hand (snn24)",
        "http://aawsat.com/home/article/415351/القوات-العراقية-تستعيد-جامعة-الأنبار-من-مسلحي-«داعش»-بعد-معارك-عنيفة":
            "same story as articles already in events-snn3.jsonl and events-snn18.jsonl (snn3-15, snn18-03: Iraqi forces retake Anbar University near Ramadi) (snn24)",
        "http://www.3alyoum.com/news/pol/a/الجبير-يكشف-ملابسات-زيارة-وفد-حماس-للس/":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir meets Shoukry in Jeddah) (snn24)",
        "http://aawsat.com/home/article/413721/وزير-الدفاع-الأميركي-مشاركة-سنة-العراق-في-الحملة-ضد-«داعش»-أساسية":
            "same story as an article already in events-snn16.jsonl (snn16-17: Carter's unannounced visit to Baghdad and his talks with al-Obeidi) (snn24)",
        "http://aawsat.com/home/article/425961/دب-يقتل-أميركيًا-في-متنزه-يلوستون-الأميركي":
            "no event of the coded types (a bear kills a hiker in Yellowstone) (snn24)",
        "http://aawsat.com/home/article/392171/شاشة-الناقد-فيلمان-جديدان-من-الوسترن-المعاصر":
            "no event of the coded types (a film review) (snn24)",
    },
    # events-snn25.jsonl (seed 20261229, --exclude of the twenty-five earlier files), a further annotator:
    20261229: {
        "http://www.alriyadh.com/1069570":
            "press review (what the Egyptian papers highlighted on the Deputy Crown Prince's Cairo visit): events second-hand (snn25)",
        "http://www.3alyoum.com/news/local/a/شرطة-القصيم-تطيح-بعصابة-إفريقية-احترف/":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arrest a robbery gang of three Africans) (snn25)",
        "http://www.al-jazirah.com/2015/20150801/du10.htm":
            "same story as an article already in events-snn4.jsonl (snn4-06: the Arab human-rights committee chairman calls for an inquiry into Houthi crimes) (snn25)",
        "http://www.alyaum.com/article/4080229":
            "no event of the coded types (tourism authority inspections of hotels in Dammam and Khobar) (snn25)",
        "http://www.3alyoum.com/news/pol/a/استجابة-لهادي-التحالف-يعلن-هدنة-إنسان/":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce; snn13 skipped it too) (snn25)",
        "http://www.alweeam.com.sa/347667/الاعلام-السعودي-الاتفاق-النووي-الإير/":
            "press review (Reuters on Saudi papers' cartoons and columns against the Iran deal): no concrete event of the coded types (snn25)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary; snn5 skipped it too) (snn25)",
        "http://aawsat.com/home/article/413941/غارة-أميركية-تقتل-قياديًّا-كبيرًا-في-تنظيم-«القاعدة»-بأفغانستان":
            "same story as an article already in events-snn14.jsonl (snn14-10: the Pentagon announces al-Sudani killed in a strike in Paktika) (snn25)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231274&CategoryID=1":
            "no concrete event of the coded types (a resistance council formed in central Yemen; only declared intentions) (snn25)",
        "http://www.alweeam.com.sa/344956/العلوم-والتقنية-تصدر-كتيباً-بعنوان-ا/":
            "no event of the coded types (a booklet on drugs) (snn25)",
        "http://sabq.org/suCgde":
            "no event of the coded types (a harassment video on the Jeddah corniche; only an inquiry) (snn25)",
        "http://www.al-madina.com/node/623778/تنفيذ-حكم-القتل-قصاصًا-في-أحد-الجناة-بالباحة.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Baha) (snn25)",
        "http://www.aleqt.com/2015/08/10/article_980560.html":
            "sports (a football transfer) (snn25)",
        "http://www.3alyoum.com/finance/a/النفط-يتراجع-مع-ترقب-السوق-لمحادثات-إي/":
            "no event of the coded types (an oil-market report) (snn25)",
        "http://www.alweeam.com.sa/350351/صالحي-لا-سلطة-للبرلمان-الإيراني-على-ال/":
            "same story as an article already in events-snn2.jsonl (snn2-11: Salehi on parliament and the nuclear deal) (snn25)",
        "http://aawsat.com/home/article/425131/الأطلسي-8-مدنيين-قتلوا-في-الهجوم-على-قاعدة-أميركية-بأفغانستان":
            "same story as an article already in events-snn9.jsonl (snn9-11: the Kabul truck bomb, police academy and Camp Integrity attacks) (snn25)",
        "http://www.alyaum.com/article/4082823":
            "same story as an article already in events-snn10.jsonl (snn10-14: South Korea threatens the North over the DMZ mines) (snn25)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231429&CategoryID=5":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf ministers' condolence calls to Mohammed bin Nayef), with the King's two calls added (snn25)",
        "http://www.al-madina.com/node/622867/«السعودية»-تستقبل-قيادات-«بوينج»-بجدة.html":
            "same story as an article already in events-snn5.jsonl (snn5-19: the Boeing delegation received by Saudia in Jeddah) (snn25)",
        "http://www.al-madina.com/node/620457/فورين-بوليسي-الاتفاق-النووي-متعدد-المخاطر.html":
            "no concrete event (a magazine's analysis of the Iran deal) (snn25)",
        "http://www.aleqt.com/2015/08/07/article_979681.html":
            "editorial (on the Abha bombing) (snn25)",
        "http://www.aleqt.com/2015/08/02/article_978228.html":
            "sports (a player's contract) (snn25)",
        "http://aawsat.com/home/article/411421/غضب-في-كابل-بعد-غارة-أميركية-«خاطئة»-تقتل-10-جنود-أفغان":
            "same story as an article already in events-snn13.jsonl (snn13-07: the US helicopter strike on an Afghan army checkpoint in Logar) (snn25)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231308&CategoryID=5":
            "the Abha bombing again; nothing new of the coded types (Shura members' analysis) (snn25)",
        "http://www.alyaum.com/article/4082963":
            "no event of the coded types (status regularisation of Yemenis) (snn25)",
        "http://www.aleqt.com/2015/08/10/article_980514.html":
            "same story as an article already in events-snn.jsonl (snn-18: the al-Hajrah execution; snn13 skipped it too) (snn25)",
        "http://www.aleqt.com/2015/08/09/article_980185.html":
            "sports (the Italian Super Cup) (snn25)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27172":
            "opinion column (snn25)",
        "http://aawsat.com/home/article/424366/آلام-ميسي-ونيمار-تتلاشى-بقميص-برشلونة":
            "sports (Messi and Neymar) (snn25)",
        "http://www.alyaum.com/article/4081147":
            "no event of the coded types (a charity's trip for orphans to Medina) (snn25)",
        "http://www.aleqt.com/2015/08/06/article_979360.html":
            "same story as an article already in events-snn2.jsonl (snn2-06: the Deputy Crown Prince's visit to Jordan), told as a review of the Jordanian media; snn2 skipped it too (snn25)",
        "http://www.aleqt.com/2015/07/21/article_975032.html":
            "no current event (a 'this day in history' list) (snn25)",
        "http://www.alyaum.com/article/4080483":
            "no current event of the coded types (a Beijing police raid of 14 May on a fake-iPhone factory, announced now) (snn25)",
        "http://sabq.org/4ACgde":
            "same story as an article already in events-snn8.jsonl (snn8-09: the second Saudi relief plane lands in Aden) (snn25)",
        "http://www.aleqt.com/2015/08/04/article_978904.html":
            "no concrete dated event (statistics on schools destroyed in Anbar since 2014) (snn25)",
        "http://www.alyaum.com/article/4080463":
            "same story as an article already in events-snn22.jsonl (snn22-04: the attack on the Dinanagar police station in Punjab) (snn25)",
        "http://www.alyaum.com/article/4080128":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain foils the explosives smuggling from Iran by sea) (snn25)",
        "http://www.alyaum.com/article/4080101":
            "opinion column (snn25)",
        "http://www.alyaum.com/article/4082686":
            "same story as an article already in events-snn4.jsonl (snn4-17: the deputy health minister visits the injured at Asir Central Hospital) (snn25)",
    },
    # events-snn26.jsonl (seed 20261230, --exclude of the twenty-seven earlier files), a further annotator:
    20261230: {
        "http://www.3alyoum.com/news/a/حماس-تكشف-حقيقة-مشاركتها-مع-السعودية-ف/":
            "same story as an article already in events-snn9.jsonl (snn9-01: Hamas denies the Fars report on fighters for Decisive Storm) (snn26)",
        "http://www.al-madina.com/node/623906/نائب-خادم-الحرمين-آثار-الدماء-على-جدران-«مسجد-الطوارئ»-ومصاحفه-لن-تزيدنا-إلا-تصد.html":
            "same story as an article already in events-snn.jsonl (snn-05: Mohammed bin Nayef inspects the Asir emergency-forces mosque) (snn26)",
        "http://www.al-madina.com/node/621167/الأمن-البحريني-يحبط-عملية-تهريب-مواد-متفجرة-شديدة-الخطورة.html?live":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain foils the sea smuggling of explosives; snn5 skipped the same story) (snn26)",
        "http://www.aleqt.com/2015/07/31/article_977736.html":
            "same story as an article already in events-snn.jsonl (snn-12: the Duma settler arson that killed the infant) (snn26)",
        "http://www.aleqt.com/2015/08/11/article_980788.html":
            "sports (a football transfer) (snn26)",
        "http://www.alyaum.com/article/4081715":
            "same story as an article already in events-snn13.jsonl (snn13-19: the GCC ministers' meeting with Kerry in Doha), here only al-Jubeir's tweet on it (snn26)",
        "http://sabq.org/MbDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo), here an analysis of observers' comments (snn26)",
        "http://www.3alyoum.com/news/a/مقتل-50-شخصاً-في-هجمات-على-الجيش-والشرطة/":
            "same story as an article already in events-snn9.jsonl (snn9-11: the Kabul truck bomb, police academy and Camp Integrity attacks) (snn26)",
        "http://www.alwatan.com.sa/Discussion/News_Detail.aspx?ArticleID=231372&CategoryID=8":
            "opinion column (snn26)",
        "http://www.alyaum.com/article/4081761":
            "opinion column (an editorial on the Iran deal) (snn26)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=230869&CategoryID=6":
            "sports (al-Ahli club shop and training camp) (snn26)",
        "http://www.okaz.com.sa/new/Issues/20150731/Con20150731786600.htm":
            "same story as an article already in events-snn12.jsonl and events-snn16.jsonl (snn12-12, snn16-04: Human Rights Watch on the Houthi shelling of Aden and Dar Saad) (snn26)",
        "http://www.3alyoum.com/opinion/articles/a/فوزية-الحربي-ماذا-تقول-لربك-أيها-الداع/":
            "opinion column (snn26)",
        "http://www.3alyoum.com/news/pol/a/بعد-وفاة-الفيصل-أوباما-يقر-أخيراً-بتسل/":
            "same story as an article already in events-snn6.jsonl (snn6-03: Obama's American University speech on the Iran deal) (snn26)",
        "http://www.al-madina.com/node/620534/السمعة-القوية.html":
            "opinion column (snn26)",
        "http://www.okaz.com.sa/new/Issues/20150802/Con20150802787039.htm":
            "no concrete event of the coded types (the Egyptian cultural attache on the Cairo Declaration) (snn26)",
        "http://www.aleqt.com/2015/07/22/article_975209.html":
            "same story as an article already in events-snn16.jsonl (snn16-12: the first WFP aid ship docks in Aden) (snn26)",
        "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787524.htm":
            "same story as an article already in events-snn3.jsonl (snn3-12: the al-Anad base retaken) (snn26)",
        "http://www.spa.gov.sa/details.php?id=1387061":
            "no event of the coded types (Saudi Post ready to deliver passport documents) (snn26)",
        "http://www.3alyoum.com/news/pol/a/صد-هجوم-مسلح-لداعش-شرقي-الرمادي-وقتل-12-م/":
            "same story as an article already taken (snn26-13 here: the Federal Police repel the ISIS attack east of Ramadi, 12 killed with three suicide bombers) (snn26)",
        "http://www.aleqt.com/2015/08/07/article_979738.html":
            "same story as an article already in events-snn19.jsonl (snn19-05: the Grand Mosque imam's Friday sermon condemns the Asir bombing) (snn26)",
        "http://www.okaz.com.sa/new/Issues/20150722/Con20150722784964.htm":
            "opinion column (snn26)",
        "http://sabq.org/i4Cgde":
            "same story as an article already in events-snn18.jsonl (snn18-15: the triple shooting in Khaybar al-Janub, Asir) (snn26)",
        "http://www.3alyoum.com/news/local/a/آثار-الدمار-ومعلومات-عن-مسجد-الطوارئ-ب/":
            "same story as an article already in events-snn17.jsonl (snn17-07: the Asir emergency-forces mosque bombing with the interior ministry's toll) (snn26)",
        "http://www.aleqt.com/2015/07/22/article_975193.html":
            "opinion column (snn26)",
        "http://sabq.org/1M1aCd":
            "opinion column (on summer tourism in Abha and al-Baha) (snn26)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788145.htm":
            "same story as an article already in events-snn3.jsonl (snn3-07: the King of Morocco's call to Mohammed bin Nayef condemning the Asir bombing) (snn26)",
        "http://www.3alyoum.com/news/pol/a/استجابة-لهادي-التحالف-يعلن-هدنة-إنسان/":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce; snn13 and snn25 skipped it too) (snn26)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788166.htm":
            "same story as an article already in events-snn3.jsonl (snn3-11: Kuwait, Bahrain and others condemn the Asir bombing), here Kuwait, Bahrain, Qatar and the UAE (snn26)",
        "http://sabq.org/eNCgde":
            "same story as an article already in events-snn17.jsonl (snn17-19: Davutoglu, no ground troops in Syria, air cover agreed with the US) (snn26)",
        "http://www.3alyoum.com/news/local/a/نائب-وزير-الصحة-يتفقد-مستشفيات-الحد-ال/":
            "no event of the coded types (the deputy health minister inspects hospitals in the south; a courtesy tour) (snn26)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788371.htm":
            "same story as articles already in events-snn18.jsonl and events-snn11.jsonl (snn18-18, snn11-13: al-Jubeir's planned Moscow visit and his talks with Gentiloni in Rome) (snn26)",
        "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785502.htm":
            "opinion column (snn26)",
    },
    # events-snn27.jsonl (seed 20261231, --exclude of the twenty-seven earlier files), a further annotator:
    20261231: {
        "http://www.al-madina.com/node/621297/لابد-من-صنعاء.html":
            "in the seed-20261230 walk, annotated in parallel (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784782.htm":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal) (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784708.htm":
            "same story as an article already in events-snn27.jsonl (alweeam 348320: the Houthi shelling of Dar Saad, Aden, on 19 July) (snn27)",
        "http://www.aleqt.com/2015/08/03/article_978585.html":
            "same story as an article already in events-snn14.jsonl (snn14-18: the Nigerian army frees Boko Haram captives near Bama) (snn27)",
        "http://www.al-jazirah.com/2015/20150802/du6.htm":
            "no event of the coded types (a US energy envoy's remarks to journalists in Cairo) (snn27)",
        "http://www.spa.gov.sa/details.php?id=1386654":
            "same story as an article already in events-snn10.jsonl (snn10-14: Seoul accuses Pyongyang over the DMZ mines and threatens) (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788072.htm":
            "opinion column (on the Syrian revolution) (snn27)",
        "http://www.aleqt.com/2015/07/27/article_976437.html":
            "same story as an article already in events-snn8.jsonl (snn8-08: Hadi meets the UN envoy in Riyadh, the truce) (snn27)",
        "http://www.aleqt.com/2015/08/05/article_979295.html":
            "same story as articles already in events-snn5.jsonl and events-snn19.jsonl (snn5-02, snn19-08: Cavusoglu on US jets at Incirlik and the coming battle against ISIS) (snn27)",
        "http://www.al-jazirah.com/2015/20150725/du13.htm":
            "same story as an article already in events-snn9.jsonl (snn9-07: the first Turkish F-16 strikes on ISIS and the raids) (snn27)",
        "http://www.al-madina.com/node/621093/فوضوية-وسائل-التواصل-الاجتماعي-وغياب-المحاسبية.html":
            "opinion column (on social media) (snn27)",
        "http://www.alweeam.com.sa/348555/قوات-هادي-تسيطر-على-معظم-حي-التواهي-آخر/":
            "in the seed-20261230 walk, annotated in parallel (snn27)",
        "http://www.3alyoum.com/news/local/a/نائب-وزير-الصحة-يتفقد-مستشفيات-الحد-ال/":
            "in the seed-20261230 walk, annotated in parallel (snn27)",
        "http://www.alweeam.com.sa/351762/قوات-هادي-تحرر-رابع-مديرية-بإب-ومقتل-7-م/":
            "same story as articles already in events-snn16.jsonl and events-snn23.jsonl (snn16-02, snn23-19: Ibb districts taken, al-Radhma) (snn27)",
        "http://www.3alyoum.com/news/pol/a/الجريمة-والإرهاب-حيلة-الحوثيين-كلما-أ/":
            "no concrete dated event (a commentary listing Houthi abuses) (snn27)",
        "http://www.aleqt.com/2015/07/20/article_974823.html":
            "same story as an article already in events-snn17.jsonl (snn17-11: UNESCO's Bokova visits the rebuilt Timbuktu mausoleums) (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785887.htm":
            "opinion column (on Saudi Arabia and Iran) (snn27)",
        "http://www.aleqt.com/2015/07/26/article_976212.html":
            "no event of the coded types (a US judge's ruling on detained migrant children) (snn27)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230635&CategoryID=1":
            "same story as an article already in events-snn7.jsonl (snn7-12: the Deputy Crown Prince's Cairo visit; here Egyptian politicians on it; snn12 skipped a sibling) (snn27)",
        "http://www.al-madina.com/node/623047/رابطة-العالم-الإسلامي-«المالكي»-لسان-صفوي-يشعل-الفتنة.html":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements) (snn27)",
        "http://www.al-jazirah.com/2015/20150807/av15.htm":
            "same story as an article already in events-snn12.jsonl (snn12-18: the Muslim World League condemns the Asir bombing) (snn27)",
        "http://www.aleqt.com/2015/07/23/article_975546.html":
            "opinion column (on harassment) (snn27)",
        "http://www.alweeam.com.sa/351750/سيول-تتهم-كوريا-الشمالية-بتفجير-ألغام/":
            "same story as an article already in events-snn10.jsonl (snn10-14: Seoul accuses Pyongyang over the DMZ mines and threatens) (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150806/Con20150806787825.htm":
            "same story as an article already in events-snn21.jsonl (snn21-02: Jordanian politicians on the Deputy Crown Prince's Amman visit) (snn27)",
        "http://www.aleqt.com/2015/08/06/article_979361.html":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements) (snn27)",
        "http://www.3alyoum.com/news/local/a/70-ألف-يمني-يصحّحون-أوضاعهم-في-جازان/":
            "no event of the coded types (70,000 Yemenis regularise their status in Jazan; snn13 skipped it too) (snn27)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231518&CategoryID=5":
            "same story as an article already in events-snn6.jsonl (snn6-14: condolences in Muhayil for the Asir bombing victims) (snn27)",
        "http://www.al-jazirah.com/2015/20150727/du10.htm":
            "no concrete dated event of the coded types (a local official's remarks on the slow advance in Ramadi; snn3-15 covers Ramadi the same day) (snn27)",
        "http://www.al-jazirah.com/2015/20150721/du8.htm":
            "same story as an article already in events-snn10.jsonl (snn10-07: the Ain Defla ambush and the army's response) (snn27)",
        "http://www.aleqt.com/2015/08/10/article_980473.html":
            "same story as an article already in events-snn25.jsonl (snn25-10: Hertha Berlin's bus shot at near Bielefeld) (snn27)",
        "http://www.aleqt.com/2015/08/08/article_979991.html":
            "no current event (a 'this day in history' list) (snn27)",
        "http://www.alweeam.com.sa/349869/تركيا-تفتح-قواعدها-الجوية-لأمريكا-لضر/":
            "same story as an article already in events-snn12.jsonl (snn12-02: Turkey opens its bases to the US-led coalition; the overnight strikes on the PKK) (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788577.htm":
            "same story as articles already in events-snn11.jsonl and events-snn23.jsonl (snn11-19, snn23-19: Zinjibar retaken, the Arhab clashes) (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787613.htm":
            "same story as an article already in events-snn22.jsonl (snn22-07: al-Yafei on Iranian prisoners in Aden, Lahij, Zinjibar) (snn27)",
        "http://www.alyaum.com/article/4080297":
            "same story as an article already in events-snn8.jsonl (snn8-08: Hadi meets the UN envoy in Riyadh, the truce) (snn27)",
        "http://www.3alyoum.com/news/pol/a/غارات-للتحالف-والمقاومة-تدخل-زنجبار/":
            "same story as articles already in events-snn11.jsonl and events-snn16.jsonl (snn11-19 Zinjibar entered; snn16-08 Hazm al-Udayn) (snn27)",
        "http://www.al-jazirah.com/2015/20150726/ln27.htm":
            "no event of the coded types (an Eid party at a Buraidah rehabilitation centre) (snn27)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231690&CategoryID=1":
            "same story as an article already in events-snn18.jsonl (snn18-01: the shooting at the US consulate in Istanbul, the Sultanbeyli attack) (snn27)",
        "http://www.al-jazirah.com/2015/20150810/ms9.htm":
            "no current event (a 'this day in history' list) (snn27)",
        "http://www.alyaum.com/article/4080208":
            "in the seed-20261230 walk, annotated in parallel (snn27)",
        "http://www.aleqt.com/2015/07/31/article_977668.html":
            "no event of the coded types (the deputy health minister's hospital visit in Jazan; partnerships announced) (snn27)",
        "http://www.aleqt.com/2015/07/31/article_977822.html":
            "same story as an article already in events-snn23.jsonl (snn23-12: the coalition's 41 strikes, Deir ez-Zor and Hasakah) (snn27)",
        "http://www.al-jazirah.com/2015/20150721/du2.htm":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal) (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788115.htm":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir mosque bombing) (snn27)",
        "http://www.alyaum.com/article/4080194":
            "no event of the coded types (a shark kills a diver off Tasmania) (snn27)",
        "http://aawsat.com/home/article/414731/اغتيال-طلال-الأردني-القيادي-بحركة-فتح":
            "same story as an article already in events-snn19.jsonl (snn19-16: Talal al-Urduni assassinated in Ain al-Hilweh) (snn27)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788031.htm":
            "opinion column (on the housing minister's visits) (snn27)",
        "http://www.3alyoum.com/news/golobal/a/شرطة-بكين-تغلق-مصنعاً-كبيراً-لإنتاج-أج/":
            "same story as an article already in events-snn16.jsonl (snn16-13: the Beijing police raid a fake iPhone factory) (snn27)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231424&CategoryID=5":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir governor receives the public-security director in Abha) (snn27)",
        "http://www.al-jazirah.com/2015/20150810/ln6.htm":
            "same story as an article already in events-snn.jsonl (snn-04: al-Rabeeah receives the Kuwaiti relief delegation) (snn27)",
        "http://www.al-madina.com/node/620457/فورين-بوليسي-الاتفاق-النووي-متعدد-المخاطر.html":
            "an analyst's commentary (Foreign Policy on the Iran deal): no concrete dated event (snn27)",
    },
    # events-snn28.jsonl (seed 20270101, --exclude of the twenty-nine earlier files), a further annotator:
    20270101: {
        "http://www.alriyadh.com/1067792":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's interior ministry on the foiled C4 smuggling from Iran) (snn28)",
        "http://aawsat.com/home/article/413966/وزير-الخارجية-الأميركي-إسرائيل-سترتكب-خطأ-جسيما-إذا-ضربت-إيران":
            "no concrete event of the coded types (Kerry's TV remark that an Israeli strike on Iran would be a grave mistake) (snn28)",
        "http://www.al-madina.com/node/620808/الجبير-نحن-مع-الاتفاق-الذي-يمنع-امتلاك-إيران-للسلاح-النووي.html":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir and Shoukry's joint press conference in Jeddah) (snn28)",
        "http://aawsat.com/home/article/413716/«خريطة-طريق»-بين-أنقرة-وواشنطن-لمواجهة-الأكراد-و«داعش»-معًا":
            "same story as articles already in events-snn7.jsonl and events-snn9.jsonl (snn7-13: the Obama-Erdogan call; snn9-07: the ISIS attack on the Turkish border post) (snn28)",
        "http://www.alyaum.com/article/4079403":
            "same story as an article already in events-snn10.jsonl (snn10-07: the AQIM ambush on Algerian soldiers in Ain Defla) (snn28)",
        "http://www.al-jazirah.com/2015/20150810/ln6.htm":
            "same story as an article already in events-snn.jsonl (snn-04: al-Rabeeah's meetings at the KSrelief centre in Riyadh) (snn28)",
        "http://www.aleqt.com/2015/08/05/article_979277.html":
            "same story as an article already in events-snn5.jsonl (snn5-02: Cavusoglu in Malaysia on the coming battle against ISIS) (snn28)",
        "http://www.alyaum.com/article/4082605":
            "opinion column (on the Asir mosque bombing) (snn28)",
        "http://www.spa.gov.sa/details.php?id=1386663":
            "press review (what the Pakistani papers highlighted): events second-hand (snn28)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230091&CategoryID=1":
            "no concrete event of the coded types (UNICEF figures on children in Yemen; an appeal) (snn28)",
        "http://www.alweeam.com.sa/348555/قوات-هادي-تسيطر-على-معظم-حي-التواهي-آخر/":
            "same story as articles already in events-snn2.jsonl and events-snn3.jsonl (snn2-12, snn3-18: the capture of al-Tawahi in Aden) (snn28)",
        "http://www.3alyoum.com/news/golobal/a/ذبّاح-داعش-يغادر-التنظيم-هرباً-من-مصير/":
            "no concrete event of the coded types (a sourced report that 'Jihadi John' left ISIS; old killings recalled) (snn28)",
        "http://www.alriyadh.com/1072123":
            "same story as an article already in events-snn18.jsonl (snn18-01: the US consulate shooting in Istanbul and the Sultanbeyli attack) (snn28)",
        "http://www.spa.gov.sa/details.php?id=1386765":
            "same story as an article already in events-snn16.jsonl (snn16-05: the Asir emir receives the head of the Ifta branch) (snn28)",
        "http://sabq.org/VX0aCd":
            "opinion column (child marriage) (snn28)",
        "http://sabq.org/i7Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-16: the Saudi plane landing at Aden airport on 22 July; here residents' photos) (snn28)",
        "http://www.3alyoum.com/news/golobal/a/الرئيس-الأمريكي-يصل-إلى-كينيا-ويلتقي-ب/":
            "same story as an article already in events-snn25.jsonl (snn25-13: Obama arrives in Nairobi, met by Kenyatta) (snn28)",
        "http://aawsat.com/home/article/423676/كارثة-هيروشيما-تستذكر-عامها-الـ70":
            "no event of the coded types (the 70th Hiroshima commemoration; the mayor's appeal; the 1945 bombing recalled) (snn28)",
        "http://www.al-madina.com/node/623458/تفجير-العقول.html":
            "opinion column (on the Asir mosque bombing) (snn28)",
        "http://aawsat.com/home/article/426921/فرنسا-«المصدر»-الغربي-الأول-للمتطرفين-إلى-سوريا-والعراق":
            "no concrete event of the coded types (French intelligence figures on foreign fighters) (snn28)",
        "http://www.alyaum.com/article/4079900":
            "same story as an article already in events-snn5.jsonl (snn5-07: the car bombs in al-Bayaa and al-Shaab, Baghdad; Carter's visit as in snn16-17) (snn28)",
        "http://www.alriyadh.com/1071135":
            "same story as articles already in events-snn18.jsonl and events-snn21.jsonl (snn18-14, snn21-05: the Kerry-Lavrov accord and the Security Council vote on chemical attacks in Syria) (snn28)",
        "http://www.aleqt.com/2015/08/03/article_978535.html":
            "same story as an article already in events-snn15.jsonl (snn15-11: Mohammed bin Zayed receives al-Jubeir in Abu Dhabi) (snn28)",
        "http://www.3alyoum.com/news/golobal/a/مجلس-الأمن-يطلب-تحديد-المسؤولين-عن-هجم/":
            "same story as an article already in events-snn21.jsonl (snn21-05: the Security Council resolution on chemical attacks in Syria) (snn28)",
        "http://www.3alyoum.com/news/pol/a/الجريمة-والإرهاب-حيلة-الحوثيين-كلما-أ/":
            "no concrete dated event (a feature on Houthi abuses; only undated and old events) (snn28)",
        "http://sabq.org/gvDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base; here mostly the base's history) (snn28)",
        "http://sabq.org/tM1aCd":
            "opinion column (Koran classes in schools) (snn28)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (what the Lebanese papers highlighted): events second-hand (snn28)",
        "http://aawsat.com/home/article/423266/د-التركي-تصريحات-نوري-المالكي-اللامسؤولة-تغذي-التطرف-والإرهاب-والطائفية":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements) (snn28)",
        "http://aawsat.com/home/article/412946/مسؤول-يمني-لا-يستبعد-استمرار-تدفق-الأسلحة-الإيرانية-إلى-الحوثيين":
            "no concrete event of the coded types (an interview with Yemen's national-security chief; the Aden plane landing of snn11-16 only recalled) (snn28)",
        "http://www.alyaum.com/article/4081219":
            "same story as an article already in events-snn24.jsonl (snn24-01: the PKK attack on the Pozanti police, Erdogan on early elections) (snn28)",
        "http://www.al-madina.com/node/623445/العراق-مظاهرات-عارمة-تطالب-برحيل-الحكومة.html":
            "same story as an article already in events-snn15.jsonl (snn15-16: the Friday 7 August protests in Baghdad and the provinces) (snn28)",
        "http://www.aleqt.com/2015/07/21/article_974982.html":
            "opinion column (on the extremists' lobby) (snn28)",
        "http://www.3alyoum.com/news/golobal/a/شرطة-بكين-تغلق-مصنعاً-كبيراً-لإنتاج-أج/":
            "same story as an article already in events-snn16.jsonl (snn16-13: the Beijing police raid a fake iPhone factory) (snn28)",
        "http://www.3alyoum.com/news/local/a/القتل-للباكستاني-شاه-فيصل-عظيم-لتهريب/":
            "same story as an article already in events-snn.jsonl (snn-09: the execution of a heroin smuggler in Thadiq) (snn28)",
        "http://sabq.org/ExCgde":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal) (snn28)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary) (snn28)",
        "http://www.alyaum.com/article/4082131":
            "opinion column (editorial on disarming the Houthis) (snn28)",
        "http://aawsat.com/home/article/423896/عُمان-تستقبل-المعلم-وتدخل-على-خط-وساطة-الأزمة-السورية":
            "same story as an article already in events-snn21.jsonl (snn21-05: al-Muallem's visit to Muscat, with the Security Council vote) (snn28)",
        "http://www.aleqt.com/2015/07/26/article_976307.html":
            "no event of the coded types (a Russian missile-train programme) (snn28)",
        "http://www.al-madina.com/node/623826/غياب-التأثير-وإعلام-الشجب-والتكرار.html":
            "opinion column (on the media and terrorism) (snn28)",
        "http://sabq.org/AbDgde":
            "no event of the coded types (a civil-aviation team's tour of domestic airports) (snn28)",
        "http://sabq.org/OKCgde":
            "no event of the coded types (an inquiry into a work accident at Jeddah airport) (snn28)",
        "http://aawsat.com/home/article/411906/تفجير-سروج-يهدد-بإقفال-«بوابة-الجهاد»-أمام-«داعش»":
            "same story as articles already in events-snn7.jsonl and events-snn22.jsonl (snn7-08, snn22-10: the Suruc bomber identified; Davutoglu's denial, ISIS's threat) (snn28)",
        "http://www.alyaum.com/article/4082364":
            "same story as an article already in events-snn21.jsonl (snn21-05: the Security Council resolution on chemical attacks in Syria) (snn28)",
        "http://www.aleqt.com/2015/08/10/article_980473.html":
            "sports (shots at the Hertha Berlin team bus before a cup match) (snn28)",
        "http://www.al-madina.com/node/623329/المفتي-العام-عمل-إجرامي-لا-يقبله-إنسان-ولا-دين.html":
            "same story as an article already in events-snn.jsonl (snn-15: the Grand Mufti's condemnation of the Asir bombing), as snn13 judged (snn28)",
        "http://sabq.org/udDgde":
            "same story as an article already in events-snn4.jsonl (snn4-06: al-Yami's call for an inquiry into Houthi crimes), as snn12 judged (snn28)",
        "http://www.alyaum.com/article/4082988":
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier's press conference in Berlin) (snn28)",
        "http://www.aleqt.com/2015/07/22/article_975291.html":
            "same story as an article already in events-snn12.jsonl (snn12-17: Leon meets Gentiloni in Rome, the Italians abducted near Zuwara) (snn28)",
    },
    # events-snn29.jsonl (seed 20270102, --exclude of the twenty-nine earlier files), a further annotator:
    20270102: {
        "http://www.al-jazirah.com/2015/20150808/ln13.htm":
            "same story as an article already in events-snn11.jsonl (snn11-10: Yemen's government condemns the Asir mosque bombing) (snn29)",
        "http://www.aleqt.com/2015/07/25/article_976076.html":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce in Yemen) (snn29)",
        "http://www.aleqt.com/2015/08/07/article_979675.html":
            "same story as articles already in events-snn7.jsonl, events-snn14.jsonl and events-snn17.jsonl (snn7-05, snn14-15, snn17-07: the Asir governor at the bombed mosque and visiting the wounded) (snn29)",
        "http://www.alweeam.com.sa/348385/ليبيا-طائرات-عسكرية-تُغرق-سفينة-تحمل/":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi) (snn29)",
        "http://sabq.org/tM1aCd":
            "opinion column (on Koran classes in schools) (snn29)",
        "http://www.alweeam.com.sa/349390/طهران-موجوداتنا-المجمدة-في-الخارج-29-مل/":
            "no event of the coded types (Iran's central bank on the size of its frozen assets) (snn29)",
        "http://www.spa.gov.sa/details.php?id=1386880":
            "same story as an article already in events-snn24.jsonl (snn24-10: the Kuwaiti cabinet condemns the Abha mosque bombing) (snn29)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=231340&CategoryID=6":
            "sports (Salah's move to Roma) (snn29)",
        "http://www.okaz.com.sa/new/Issues/20150730/Con20150730786417.htm":
            "in the seed-20270101 walk, annotated in parallel (snn29)",
        "http://sabq.org/i4Cgde":
            "same story as an article already in events-snn18.jsonl (snn18-15: the triple shooting in Khaybar al-Janub, Asir) (snn29)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn29)",
        "http://www.al-madina.com/node/623125/أبو-مازن-يدعو-لمراجعة-شاملة-للعلاقات-الفلسطينية-الإسرائيلية-ويتهم-كيري-بالتقصير.html":
            "same story as an article already taken (3alyoum, Riyad al-Maliki: the Arab Peace Initiative committee meeting in Cairo on 5 August) (snn29)",
        "http://www.3alyoum.com/finance/a/الفلبين-ترفض-اعتماد-مكاتب-جديدة-لاستق/":
            "no event of the coded types (a dispute over accrediting labour-recruitment offices) (snn29)",
        "http://www.aleqt.com/2015/08/05/article_979183.html":
            "opinion column (Saudi principles, Kuwait 1990) (snn29)",
        "http://www.aleqt.com/2015/08/08/article_980012.html":
            "no event of the coded types (Iraq's national archive digitised against ISIS) (snn29)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231491&CategoryID=1":
            "same story as articles already in events-snn17.jsonl and events-snn14.jsonl (snn17-01, snn14-14: Suleiman al-Assad kills a colonel in Latakia, the Damascus rockets) (snn29)",
        "http://www.al-jazirah.com/2015/20150811/sp26.htm":
            "sports (Hajer club training) (snn29)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788484.htm":
            "opinion column (on the Abha bombing) (snn29)",
        "http://www.al-madina.com/node/623344/العرج-تفجير-عسير-جريمة-بشعة-لم-تراعِ-قدسية-بيوت-الله.html":
            "same story as an article already in events-snn22.jsonl (snn22-11: the civil service minister condemns the Abha mosque bombing) (snn29)",
        "http://sabq.org/CqQfde":
            "opinion column (an editorial on sports fanaticism) (snn29)",
        "http://sabq.org/KcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: the Deputy Crown Prince's visit to Cairo, here his departure) (snn29)",
        "http://www.spa.gov.sa/details.php?id=1386765":
            "in the seed-20270101 walk, annotated in parallel (snn29)",
        "http://www.aleqt.com/2015/08/07/article_979758.html":
            "same story as an article already in events-snn11.jsonl (snn11-10: Yemen's government condemns the Asir mosque bombing) (snn29)",
        "http://www.aleqt.com/2015/08/08/article_979934.html":
            "same story as an article already in events-snn6.jsonl (snn6-10: the director of public security in Asir after the mosque bombing) (snn29)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=230673&CategoryID=6":
            "sports (al-Ahli signs a Greek player) (snn29)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788906.htm":
            "same story as an article already in events-snn11.jsonl (snn11-06: the Asir passports director visits the bombing's wounded) (snn29)",
        "http://www.al-madina.com/node/623850/اتصال-من-مجهول.html":
            "opinion column (on anonymous SIM cards) (snn29)",
        "http://www.spa.gov.sa/details.php?id=1386995":
            "press review (digest of what Pakistani papers highlighted) (snn29)",
        "http://sabq.org/udDgde":
            "same story as an article already taken (aljazirah 20150801/du10: al-Yami's call and his meeting with the Yemeni human rights minister) (snn29)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (digest of what Libyan papers highlighted) (snn29)",
        "http://www.aleqt.com/2015/07/22/article_975150.html":
            "same story as an article already in events-snn9.jsonl (snn9-12: the regime rocket on old Aleppo) (snn29)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788166.htm":
            "same story as articles already in events-snn3.jsonl and events-snn16.jsonl (snn3-11, snn16-18: Kuwait, Bahrain and Qatar condemn the Asir mosque bombing) (snn29)",
        "http://www.al-madina.com/node/620682/12-قتيلا-في-قصف-على-قرية-يسيطر-عليها-«داعش»-بسوريا.html":
            "same story as an article already in events-snn5.jsonl (snn5-07: the Baghdad bombings in al-Bayaa and al-Shaab) (snn29)",
        "http://sabq.org/aHCgde":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce in Yemen) (snn29)",
        "http://www.spa.gov.sa/details.php?id=1386863":
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier in Berlin) (snn29)",
        "http://www.aleqt.com/2015/07/24/article_975745.html":
            "no event of the coded types (China's oil stocks) (snn29)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788853.htm":
            "same story as articles already in events-snn10.jsonl and events-snn23.jsonl (snn10-01, snn23-19: the advance on Lawdar and Shuqra in Abyan, al-Radhma in Ibb, arrests in Sanaa) (snn29)",
        "http://www.aleqt.com/2015/08/10/article_980560.html":
            "sports (Manchester City and De Bruyne) (snn29)",
        "http://www.al-madina.com/node/623154/المفتي-تفجير-عسير-عمل-إجرامي-قبيح-لا-يقبله-إنسان-ولا-دين-ويدل-على-عدم-الإيمان.html?live":
            "same story as an article already in events-snn.jsonl (snn-15: the Grand Mufti condemns the Asir mosque bombing) (snn29)",
        "http://sabq.org/eNCgde":
            "same story as an article already in events-snn17.jsonl (snn17-19: Davutoglu, no ground troops in Syria, air cover agreed with the US) (snn29)",
        "http://www.spa.gov.sa/details.php?id=1387153":
            "same story as an article already in events-snn22.jsonl (snn22-06: al-Jubeir meets Lavrov in Moscow, the continuation of the same SPA report) (snn29)",
        "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784770.htm":
            "no event of the coded types (oil prices and Saudi exports) (snn29)",
        "http://www.aleqt.com/2015/08/07/article_979718.html":
            "opinion column (on grave robbing) (snn29)",
        "http://www.aleqt.com/2015/07/21/article_974967.html":
            "no event of the coded types (Greek banks' emergency funding) (snn29)",
        "http://www.al-madina.com/node/623357/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html?live":
            "same story as an article already in events-snn5.jsonl (snn5-05: the governor of Najran condemns the Asir bombing) (snn29)",
        "http://sabq.org/4ACgde":
            "same story as articles already in events-snn8.jsonl and events-snn11.jsonl (snn8-09, snn11-16: the Saudi relief planes landing in Aden) (snn29)",
        "http://www.al-madina.com/node/620629/إيران-ما-بعد-الاتفاق.html":
            "opinion column (Iran after the deal) (snn29)",
        "http://www.al-madina.com/node/620520/هبوط-طائرة-سعودية-تحمل-مساعدات-بمطار-عدن-بعد-تشغيله.html?live":
            "same story as articles already in events-snn8.jsonl and events-snn11.jsonl (snn8-09, snn11-16: the first Saudi plane lands at the reopened Aden airport) (snn29)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi); read after the 20th TAKE, kept as a record (snn29)",
    },
    # events-snn30.jsonl (seed 20270103, --exclude of the thirty-one earlier files), a further annotator:
    20270103: {
        "http://www.3alyoum.com/news/a/التحالف-الدولي-ينفّذ-20-غارة-ضد-داعش-في-ا/":
            "same story as an article already in events-snn21.jsonl (snn21-11: the same CJTF statement on 20 coalition strikes near Ramadi and Tuz Khurmatu, nearly the same text) (snn30)",
        "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785427.htm":
            "same story as an article already in events-snn17.jsonl (snn17-10: the Kilis border clash and the use of Incirlik) (snn30)",
        "http://www.alriyadh.com/1067719":
            "no concrete event (an economic column on oil after the Iran deal) (snn30)",
        "http://www.3alyoum.com/sports/a/بعد-الخسارة-من-الأهلي-اعتقال-8-من-جماهي/":
            "sports (Zamalek fans arrested after the derby, from the sports section) (snn30)",
        "http://aawsat.com/home/article/417721/أوركسترا-فيينا-تعتذر-عن-غيابها-عن-مهرجان-موسيقي-في-تونس":
            "no event of the coded types (the Vienna orchestra's absence from the El Jem festival) (snn30)",
        "http://www.alriyadh.com/1071938":
            "same story as articles already in events-snn28.jsonl and events-snn6.jsonl (snn28-01, snn6-11: the interior ministry's statement on the armoured-vehicle bomb in al-Arish) (snn30)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788914.htm":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn30)",
        "http://www.3alyoum.com/news/pol/a/صد-هجوم-مسلح-لداعش-شرقي-الرمادي-وقتل-12-م/":
            "same story as an article already in events-snn26.jsonl (snn26-12: the federal police statement on Ramadi, the al-Madiq ambush) (snn30)",
        "http://www.alyaum.com/article/4082140":
            "no concrete event (UNAMA's half-year statistics on civilian casualties) (snn30)",
        "http://www.al-madina.com/node/621186/حسمت-الصفقة-مونتاري-اتحادي-لمدة-سنتين.html":
            "sports (a football transfer) (snn30)",
        "http://www.aleqt.com/2015/08/03/article_978585.html":
            "same story as an article already in events-snn14.jsonl (snn14-18: the Nigerian army frees 178 captives near Bama) (snn30)",
        "http://www.alriyadh.com/1067764":
            "same story as an article already in events-snn25.jsonl (snn25-17: the Tunisian parliament passes the anti-terror law) (snn30)",
        "http://www.alyaum.com/article/4082324":
            "no concrete dated event (a feature on the Rohingya) (snn30)",
        "http://www.3alyoum.com/news/golobal/a/هجوم-انتحاري-يستهدف-أكاديمية-الشرطة-ف/":
            "same story as an article already in events-snn9.jsonl (snn9-11: the attack on the Kabul police academy) (snn30)",
        "http://www.alyaum.com/article/4082738":
            "same story as an article already in events-snn4.jsonl (snn4-17: the deputy health minister's visit to the wounded in Abha) (snn30)",
        "http://www.3alyoum.com/news/golobal/a/في-كينيا-السياسة-هامش-على-أصول-أوباما/":
            "no event of the coded types (Obama's Kenyan family, a feature) (snn30)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary) (snn30)",
        "http://www.alriyadh.com/1071669":
            "same story as an article already in events-snn4.jsonl (snn4-07: the funeral of Abu Shousha in Muhayil) (snn30)",
        "http://sabq.org/eNCgde":
            "same story as an article already in events-snn17.jsonl (snn17-19: Davutoglu, no ground troops, air cover) (snn30)",
        "http://www.okaz.com.sa/new/Issues/20150726/Con20150726785733.htm":
            "same story as an article already in events-snn8.jsonl (snn8-06: the al-Ahsa health corruption sentences) (snn30)",
        "http://www.alriyadh.com/1070156":
            "same story as articles already in events-snn10.jsonl and events-snn18.jsonl (snn10-08, snn18-08: the Dogubayazit tractor bomb and the Zarkel strikes) (snn30)",
        "http://www.3alyoum.com/opinion/articles/a/فوزية-الحربي-ماذا-تقول-لربك-أيها-الداع/":
            "opinion column (3alyoum opinion section, on the Abha bomber) (snn30)",
        "http://www.alyaum.com/article/4079530":
            "same story as an article already in events-snn13.jsonl (snn13-07: the US strike on an Afghan checkpoint in Logar) (snn30)",
        "http://www.alyaum.com/article/4080128":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling) (snn30)",
        "http://www.alriyadh.com/1067387":
            "no event of the coded types (a newspaper ends a columnist's contract over a tweet) (snn30)",
        "http://www.alriyadh.com/1069857":
            "same story as articles already in events-snn20.jsonl and events-snn22.jsonl (snn20-14, snn22-06: the Saudi-US-Russian ministers' meeting in Doha) (snn30)",
        "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787613.htm":
            "same story as an article already in events-snn22.jsonl (snn22-07: al-Yafei on Iranian prisoners in Aden) (snn30)",
        "http://www.alyaum.com/article/4080040":
            "same story as an article already in events-snn5.jsonl (snn5-13: Tunisia arrests 16 suspects, Sejnane) (snn30)",
        "http://www.al-madina.com/node/623778/تنفيذ-حكم-القتل-قصاصًا-في-أحد-الجناة-بالباحة.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn30)",
        "http://www.aleqt.com/2015/07/23/article_975560.html":
            "no event of the coded types (Ferguson appoints an interim police chief) (snn30)",
        "http://www.al-madina.com/node/620629/إيران-ما-بعد-الاتفاق.html":
            "opinion column (an editorial on Iran after the deal) (snn30)",
        "http://sabq.org/i7Cgde":
            "no concrete dated event (Aden residents recall the liberation of the airport, a feature) (snn30)",
        "http://sabq.org/W6Dgde":
            "same story as an article already in events-snn23.jsonl (snn23-06: coalition strikes on the 15th Brigade base at Zinjibar) (snn30)",
        "http://www.3alyoum.com/news/local/a/خاشقجي-أوقفوا-حالة-الفوضى-العربية-الك/":
            "opinion (a columnist's tweets on the Abha bombing) (snn30)",
        "http://www.aleqt.com/2015/08/04/article_979056.html":
            "same story as an article already in events-snn.jsonl (snn-07: the opening of the Kuwait Imam Sadiq trial) (snn30)",
        "http://www.al-madina.com/node/621093/فوضوية-وسائل-التواصل-الاجتماعي-وغياب-المحاسبية.html":
            "opinion column (on social media) (snn30)",
        "http://sabq.org/MbDgde":
            "opinion (an analysis of Saudi-Egyptian relations) (snn30)",
        "http://www.3alyoum.com/news/golobal/a/الرئيس-الأمريكي-يصل-إلى-كينيا-ويلتقي-ب/":
            "same story as an article already in events-snn25.jsonl (snn25-13: Obama arrives in Nairobi, meets Kenyatta) (snn30)",
        "http://www.al-madina.com/node/621080/أوباما-من-كينيا-«إفريقيا-تسير-قدمًا».html?weekly":
            "same story as an article already in events-snn25.jsonl (snn25-13: Obama's visit to Kenya; the summit speech codes nothing new) (snn30)",
        "http://sabq.org/WICgde":
            "same story as articles already in events-snn.jsonl and events-snn4.jsonl (snn-19, snn4-01: Bahrain's foiled explosives smuggling, the IRGC training) (snn30)",
    },
    # events-snn31.jsonl (seed 20270104, --exclude of the thirty-one earlier files), a further annotator:
    20270104: {
        "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785427.htm":
            "in the seed-20270103 walk, annotated in parallel (snn31)",
        "http://www.alweeam.com.sa/350149/اليمن-مقتل-حوثيين-بالبيضاء-وغارات-على/":
            "in the seed-20270103 walk, annotated in parallel (snn31)",
        "http://www.3alyoum.com/news/a/حماس-تكشف-حقيقة-مشاركتها-مع-السعودية-ف/":
            "same story as an article already in events-snn9.jsonl (snn9-01: Hamas denies the Fars report on its fighters in Decisive Storm) (snn31)",
        "http://www.al-madina.com/node/621167/الأمن-البحريني-يحبط-عملية-تهريب-مواد-متفجرة-شديدة-الخطورة.html?live":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea) (snn31)",
        "http://www.al-jazirah.com/2015/20150809/du10.htm":
            "same story as an article already in events-snn19.jsonl (snn19-10: the hostage-taking at the Byblos hotel in Sevare, Mali) (snn31)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230832&CategoryID=1":
            "same story as articles already in events-snn13.jsonl and events-snn20.jsonl (snn13-19, snn20-14: Lavrov in Doha, the meetings with the emir, Kerry and al-Jubeir) (snn31)",
        "http://aawsat.com/home/article/423791/مشاري-الذايدي/طوارئ-سعودية-قديمة":
            "opinion column (on the Abha bombing and the 2004 Riyadh attack) (snn31)",
        "http://www.alyaum.com/article/4082919":
            "opinion column (on a solution for Syria) (snn31)",
        "http://www.alriyadh.com/1071954":
            "same story as an article already in events-snn8.jsonl (snn8-04: Turkish strikes kill 390 PKK fighters, the Midyat attack) (snn31)",
        "http://aawsat.com/home/article/422921/رابطة-العالم-الإسلامي-تدين-تصريحات-المالكي-ضد-السعودية-وتعدها-مغذية-للطائفية":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki) (snn31)",
        "http://www.alyaum.com/article/4082146":
            "same story as articles already in events-snn6.jsonl and events-snn.jsonl (snn6-03, snn-16: Obama's American University speech on the Iran deal) (snn31)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788577.htm":
            "same story as articles already in events-snn22.jsonl and events-snn23.jsonl (snn22-15, snn23-19: the resistance takes Zinjibar, fighting in al-Dhale and Arhab) (snn31)",
        "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787523.htm":
            "same story as articles already in events-snn13.jsonl and events-snn20.jsonl (snn13-19, snn20-14: Kerry and the GCC ministers in Doha, the trilateral with Lavrov and al-Jubeir) (snn31)",
        "http://www.al-madina.com/node/620883/تَـهْــرِيج-وقِــلــة-أدب.html":
            "opinion column (on a comedian at the Riyadh Eid festivities) (snn31)",
        "http://www.3alyoum.com/news/golobal/a/هجوم-انتحاري-يستهدف-أكاديمية-الشرطة-ف/":
            "in the seed-20270103 walk, annotated in parallel (snn31)",
        "http://www.alriyadh.com/1069259":
            "no concrete event of the coded types (an interview with the governor of Aden on plans; arrests and aid only in general terms) (snn31)",
        "http://www.3alyoum.com/news/local/a/وزير-العدل-القضاء-سيقف-في-وجه-المفسدين/":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir mosque bombing) (snn31)",
        "http://www.alyaum.com/article/4082683":
            "same story as articles already in events-snn.jsonl and events-snn28.jsonl (snn-04: al-Rabeeah receives the Kuwaiti relief delegation; snn28-13: the sixth Saudi relief plane in Aden) (snn31)",
        "http://www.alweeam.com.sa/351257/مفتي-المملكة-تفجير-عسير-عمل-إجرامي-ويد/":
            "same story as an article already in events-snn.jsonl (snn-15: the Mufti condemns the Asir mosque bombing) (snn31)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230737&CategoryID=1":
            "same story as an article already in events-snn18.jsonl (snn18-08: Turkish strikes on Zarkel near Rawanduz) (snn31)",
        "http://aawsat.com/home/article/425106/مقتل-شرطي-وإصابة-آخرين-في-هجوم-مسلح-جنوب-غربي-القاهرة":
            "same story as an article already in events-snn15.jsonl (snn15-15: gunmen kill a policeman on the Cairo-Fayoum road) (snn31)",
        "http://www.alriyadh.com/1067066":
            "no concrete event of the coded types (a university head's praise of the security forces; the arrests of the ISIS cells only recalled, undated) (snn31)",
        "http://www.alweeam.com.sa/348889/وزير-الدفاع-الأمريكي-للسعوديين-تهديد/":
            "same story as an article already in events-snn4.jsonl (snn4-11: King Salman receives Carter in Jeddah) (snn31)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788385.htm":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir governor receives the public security director; here also the funeral prayer in Abha) (snn31)",
        "http://www.alyaum.com/article/4082216":
            "same story as articles already in events-snn7.jsonl and events-snn17.jsonl (snn7-05, snn17-07: the Asir governor visits the wounded of the mosque bombing) (snn31)",
        "http://aawsat.com/home/article/423666/انتحاري-يفجر-نفسه-في-مسجد-قوات-طوارئ-عسير-السعودية":
            "same story as an article already in events-snn29.jsonl (snn29-18: the suicide bombing of the Asir emergency-forces mosque, reported that day) (snn31)",
        "http://www.alriyadh.com/1067139":
            "same story as an article already in events-snn6.jsonl (snn6-06: the suicide bombing in the Almar market, Faryab) (snn31)",
        "http://www.alweeam.com.sa/351950/بدر-الشويعر-يكتب-ماذا-بعد-عسير/":
            "opinion column (on ideological resistance after the Asir bombing) (snn31)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785160.htm":
            "no event of the coded types (UNESCO's rebuilding of the Timbuktu mausoleums; their destruction in 2012 only recalled) (snn31)",
        "http://www.3alyoum.com/news/golobal/a/ابن-رئيس-وزراء-سوريا-مهدد-بسحب-الجنسية/":
            "no event of the coded types (an online campaign by regime supporters against the Syrian prime minister's son) (snn31)",
        "http://aawsat.com/home/article/413721/وزير-الدفاع-الأميركي-مشاركة-سنة-العراق-في-الحملة-ضد-«داعش»-أساسية":
            "same story as an article already in events-snn16.jsonl (snn16-17: Carter's unannounced visit to Baghdad) (snn31)",
        "http://www.al-madina.com/node/621297/لابد-من-صنعاء.html":
            "editorial (on the Yemeni resistance's advance towards Sanaa) (snn31)",
        "http://www.spa.gov.sa/details.php?id=1387153":
            "same story as an article already taken (alwatan 231689: al-Jubeir's talks in Moscow on 11 August) and as events-snn22.jsonl (snn22-06, SPA of the same day) (snn31)",
        "http://www.alyaum.com/article/4079774":
            "same story as an article already in events-snn6.jsonl (snn6-06: the suicide bombing in the Almar market, Faryab) (snn31)",
        "http://www.3alyoum.com/finance/a/النفط-يهبط-لمخاوف-من-تخمة-في-المنتجات-ا/":
            "no event of the coded types (an oil-market report) (snn31)",
        "http://sabq.org/WICgde":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea) (snn31)",
        "http://aawsat.com/home/article/413941/غارة-أميركية-تقتل-قياديًّا-كبيرًا-في-تنظيم-«القاعدة»-بأفغانستان":
            "same story as an article already in events-snn14.jsonl (snn14-10: the Pentagon says Abu Khalil al-Sudani was killed in Paktika) (snn31)",
        "http://www.3alyoum.com/opinion/articles/a/فوزية-الحربي-ماذا-تقول-لربك-أيها-الداع/":
            "in the seed-20270103 walk, annotated in parallel (snn31)",
        "http://www.alyaum.com/article/4079648":
            "same story as an article already in events-snn13.jsonl (snn13-07: the US helicopter strike on an Afghan army checkpoint in Baraki Barak, Logar) (snn31)",
        "http://www.alyaum.com/article/4081758":
            "opinion column (on harassment and the need for a law) (snn31)",
    },
    # events-snn32.jsonl (seed 20270105, --exclude of the thirty-three files up to events-snn31.jsonl), a further annotator:
    20270105: {
        "http://www.aleqt.com/2015/08/08/article_979880.html":
            "same story as an article already in events-snn11.jsonl (snn11-13: al-Jubeir's talks with Gentiloni in Rome) (snn32)",
        "http://www.aleqt.com/2015/08/09/article_980185.html":
            "sports (the Italian Super Cup) (snn32)",
        "http://www.alyaum.com/article/4082510":
            "no concrete event of the coded types (a review of a year of US-led air strikes; a White House spokesman's assessment) (snn32)",
        "http://www.alyaum.com/article/4082216":
            "same story as an article already in events-snn7.jsonl (snn7-05: the Asir governor visits the wounded of the mosque bombing) (snn32)",
        "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785888.htm":
            "opinion column (on the health ministry) (snn32)",
        "http://www.al-jazirah.com/2015/20150805/fe13.htm":
            "same story as an article already in events-snn31.jsonl (snn31-20: al-Rabeeah receives the regional humanitarian coordinator for Yemen) (snn32)",
        "http://www.al-jazirah.com/2015/20150806/du7.htm":
            "no concrete event of the coded types (UN half-year statistics of civilian casualties in Afghanistan) (snn32)",
        "http://www.alweeam.com.sa/349546/الحوثيون-سجل-أسود-من-الجرائم-والإرهاب/":
            "no concrete dated event (a feature listing Houthi abuses, all undated) (snn32)",
        "http://www.alweeam.com.sa/352003/البريد-السعودي-يستكمل-إستعداته-لتطبي/":
            "no event of the coded types (Saudi Post and the passports department) (snn32)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785145.htm":
            "same story as an article already in events-snn6.jsonl (snn6-06: the suicide bombing in the Almar market, Faryab) (snn32)",
        "http://www.3alyoum.com/news/pol/a/مجلس-الأمن-يقر-الاتفاق-النووي-الإيران/":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal) (snn32)",
        "http://www.3alyoum.com/news/a/إصابة-رجل-أمن-بانفجار-قنبلة-في-البحرين/":
            "same story as an article already in events-snn16.jsonl (snn16-19: the bomb against a police patrol in al-Akr, Bahrain; the same ministry statement) (snn32)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231308&CategoryID=5":
            "the Asir bombing again; nothing new of the coded types (Shura members' analysis) (snn32)",
        "http://aawsat.com/home/article/422111/«النصرة»-تخطف-خمسة-مقاتلين-جدد-في-برنامج-التدريب-الأميركي-للمعارضة-السورية":
            "same story as an article already in events-snn17.jsonl (snn17-08: al-Nusra abducts Division 30 fighters in Qah) (snn32)",
        "http://www.al-madina.com/node/620370/إستراتيجية-لبرامج-المناصحة.html":
            "opinion column (on the counselling programmes) (snn32)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as an article already in events-snn7.jsonl (snn7-19: the attack on the Sultanbeyli police station, Istanbul) (snn32)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (what the Lebanese papers highlighted) (snn32)",
        "http://sabq.org/WICgde":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea) (snn32)",
        "http://www.alyaum.com/article/4081100":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo and meeting with al-Sisi; here his departure) (snn32)",
        "http://www.aleqt.com/2015/08/06/article_979479.html":
            "no current event (a 'this day in history' list) (snn32)",
        "http://www.alyaum.com/article/4082227":
            "same story as an article already in events-snn3.jsonl (snn3-07: the King of Morocco's call to Mohammed bin Nayef condemning the Asir bombing) (snn32)",
        "http://www.aleqt.com/2015/07/24/article_975833.html":
            "same story as an article already in events-snn9.jsonl (snn9-07: the Turkish raids on ISIS and PKK suspects launched on Friday) (snn32)",
        "http://www.al-jazirah.com/2015/20150727/ln50.htm":
            "opinion column (on where ISIS goes next) (snn32)",
        "http://www.al-jazirah.com/2015/20150806/ms9.htm":
            "no current event (a 'this day in history' list) (snn32)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788232.htm":
            "no event of the coded types (the Buraydah dates festival) (snn32)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788145.htm":
            "same story as an article already in events-snn3.jsonl (snn3-07: the King of Morocco's call condemning the Asir bombing) (snn32)",
        "http://www.al-madina.com/node/623449/حمص-داعش-يخطف-230-مدنيًا-بعد-استيلائه-على-«القريتين».html":
            "same story as an article already in events-snn.jsonl (snn-17: ISIS seizes al-Qaryatayn and abducts civilians) (snn32)",
        "http://sabq.org/AOCgde":
            "same story as an article already taken (alweeam 349537, snn32-09: al-Rabeeah receives the governors of Sanaa and al-Dhale; the same SPA text) (snn32)",
        "http://www.alyaum.com/article/4079921":
            "opinion column (on Khamenei's statements) (snn32)",
        "http://www.aleqt.com/2015/08/08/article_979966.html":
            "no event of the coded types (Jon Stewart's last Daily Show) (snn32)",
        "http://www.aleqt.com/2015/08/08/article_979991.html":
            "no current event (a 'this day in history' list) (snn32)",
        "http://www.al-jazirah.com/2015/20150804/ms8.htm":
            "no current event (a 'this day in history' list) (snn32)",
        "http://www.okaz.com.sa/new/Issues/20150730/Con20150730786469.htm":
            "no event of the coded types (a citizen's complaint about social-security aid) (snn32)",
        "http://www.al-madina.com/node/620495/ظريف-للشورى-الإيراني-قدمنا-تنازلات-في-الاتفاق-النووي.html":
            "same story as an article already in events-snn10.jsonl (snn10-19, almadina 620379: Zarif before the Majlis, Velayati on the axis of resistance; the same text) (snn32)",
        "http://sabq.org/tM1aCd":
            "opinion column (on Quran classes in schools) (snn32)",
        "http://www.spa.gov.sa/details.php?id=1386995":
            "press review (what the Pakistani papers highlighted) (snn32)",
        "http://sabq.org/e9Dgde":
            "same story as articles already in events-snn15.jsonl and events-snn17.jsonl (snn15-10, snn17-03: the Council of Senior Scholars' condemnation of the Asir bombing) (snn32)",
        "http://www.alweeam.com.sa/351582/غارات-للتحالف-والمقاومة-تدخل-زنجبار/":
            "same story as articles already in events-snn22.jsonl and events-snn23.jsonl (snn22-15, snn23-19: government forces and the resistance enter Zinjibar, 8-9 Aug) (snn32)",
        "http://aawsat.com/home/article/424391/قتلى-وجرحى-في-تفجير-انتحاري-في-كابل":
            "same story as an article already in events-snn9.jsonl (snn9-11: the Kabul truck bomb in Shah Shahid on Friday 7 Aug) (snn32)",
        "http://www.al-jazirah.com/2015/20150803/ln3.htm":
            "same story as an article already in events-snn19.jsonl (snn19-12: al-Rabeeah receives the Yemeni information minister) (snn32)",
        "http://www.aleqt.com/2015/07/21/article_975027.html":
            "no event of the coded types (Eid celebrations and greetings) (snn32)",
        "http://www.aleqt.com/2015/08/07/article_979675.html":
            "same story as articles already in events-snn7.jsonl and events-snn14.jsonl (snn7-05, snn14-15: the Asir governor at the bombing site and with the wounded) (snn32)",
        "http://www.al-madina.com/node/623778/تنفيذ-حكم-القتل-قصاصًا-في-أحد-الجناة-بالباحة.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn32)",
        "http://www.spa.gov.sa/details.php?id=1386866":
            "same story as an article already in events-snn24.jsonl (snn24-17: the separatist attack near Starohnativka) (snn32)",
        "http://sabq.org/e2Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-18: the Taiz resistance arrests a Houthi leader disguised as a bride) (snn32)",
        "http://sabq.org/4ACgde":
            "same story as an article already in events-snn8.jsonl (snn8-09: the second Saudi relief plane lands at Aden airport) (snn32)",
        "http://www.alweeam.com.sa/347778/النفط-يرتفع-مع-تراجع-المخزون-الأمريكي/":
            "no event of the coded types (oil prices) (snn32)",
        "http://www.al-jazirah.com/2015/20150805/du6.htm":
            "no concrete dated event (unnamed sources on Hezbollah's losses and recruitment of minors in the Zabadani battle) (snn32)",
        "http://www.al-madina.com/node/623897/تركيا-مقتل-5-شرطيين-في-هجمات-واعتداء-على-القنصلية-الأمريكية.html":
            "same story as an article already in events-snn18.jsonl (snn18-01: the shooting at the US consulate in Istanbul and the Sultanbeyli police-station attack) (snn32)",
        "http://www.aleqt.com/2015/07/26/article_976334.html":
            "same story as an article already in events-snn8.jsonl (snn8-08, alweeam 349403: Hadi meets the UN envoy in Riyadh and asks the rebels to respect the truce) (snn32)",
        "http://www.spa.gov.sa/details.php?id=1386863":
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier's press conference in Berlin) (snn32)",
        "http://sabq.org/2NCgde":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arrest an African robbery gang) (snn32)",
        "http://sabq.org/svDgde":
            "no concrete event of the coded types (the UN envoy's television interview: figures and conditions for monitors) (snn32)",
        "http://www.al-jazirah.com/2015/20150806/ec9.htm":
            "no event of the coded types (an academic cooperation agreement in Alexandria) (snn32)",
        "http://www.aleqt.com/2015/07/21/article_975092.html":
            "no event of the coded types (oil prices) (snn32)",
        "http://www.spa.gov.sa/details.php?id=1386721":
            "press review (what the Tunisian papers highlighted) (snn32)",
        "http://sabq.org/68Dgde":
            "same story as an article already in events-snn14.jsonl (snn14-15: the Asir governor at the bombing site) (snn32)",
        "http://sabq.org/uCCgde":
            "no concrete event of the coded types (a photo feature on Saudi forces and children in Aden) (snn32)",
        "http://www.aleqt.com/2015/07/26/article_976157.html":
            "opinion column (on the agriculture ministry) (snn32)",
        "http://www.aleqt.com/2015/07/26/article_976173.html":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea; the same ministry statement) (snn32)",
        "http://www.al-jazirah.com/2015/20150802/ln22.htm":
            "same story as an article already in events-snn25.jsonl (snn25-11: the al-Ahsa charity's meeting with the Omani Shura chairman on the Khurais accident victims) (snn32)",
        "http://www.al-jazirah.com/2015/20150727/ms6.htm":
            "no current event (a 'this day in history' list) (snn32)",
    },
    # events-snn33.jsonl (seed 20270106, --exclude of the thirty-three earlier files), a further annotator:
    20270106: {
        "http://www.aleqt.com/2015/07/23/article_975653.html":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir and Shoukry's press conference in Jeddah) (snn33)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=229937&CategoryID=6":
            "sports (a football club's transfers) (snn33)",
        "http://www.alyaum.com/article/4082287":
            "no event of the coded types (an advice column on fear of crowds) (snn33)",
        "http://sabq.org/Wv1fde":
            "no event of the coded types (a newspaper's director receiving a search-engine company's delegation) (snn33)",
        "http://www.al-madina.com/node/620629/إيران-ما-بعد-الاتفاق.html":
            "opinion column (an editorial on Iran after the deal) (snn33)",
        "http://www.aleqt.com/2015/07/22/article_975193.html":
            "opinion column (a writer's visit to a Cairo seminar) (snn33)",
        "http://www.al-jazirah.com/2015/20150805/fe13.htm":
            "in the seed-20270105 walk, annotated in parallel (snn33)",
        "http://www.alriyadh.com/1066692":
            "same story as an article already in events-snn26.jsonl (snn26-03: Gabriel's visit to Tehran, the German-Iranian economic talks) (snn33)",
        "http://www.alweeam.com.sa/351579/التحالف-الدولي-ينفذ-19-غارة-جوية-ضد-مواق/":
            "same story as an article already in events-snn9.jsonl (snn9-20: the coalition's Saturday strikes on ISIS in Syria and Iraq) (snn33)",
        "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785427.htm":
            "same story as an article already in events-snn17.jsonl (snn17-10: the Kilis border clash and the use of Incirlik) (snn33)",
        "http://www.3alyoum.com/news/a/القتل-قصاصاً-في-صالح-الزهراني-بعد-قتله/":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn33)",
        "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787528.htm":
            "no concrete event of the coded types (two analysts' commentary on the GCC-US Doha statement) (snn33)",
        "http://aawsat.com/home/article/410621/بروفايل-حسين-حبري-استراتيجي-الصحراء":
            "no current event: a profile of Hissene Habre (his career; the trial opening in Dakar only mentioned) (snn33)",
        "http://www.alyaum.com/article/4082278":
            "same story as articles already in events-snn14.jsonl and events-snn17.jsonl (snn14-15, snn17-07: the interior-ministry statement on the Asir mosque bombing, the emir at the site) (snn33)",
        "http://www.aleqt.com/2015/08/08/article_979935.html":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir emir receives the public security director in Abha) (snn33)",
        "http://www.al-jazirah.com/2015/20150727/du10.htm":
            "no concrete dated event of the coded types (a local official's remarks on the advance in Ramadi) (snn33)",
        "http://www.aleqt.com/2015/07/20/article_974891.html":
            "sports (FIFA's reform group and election date) (snn33)",
        "http://www.okaz.com.sa/new/Issues/20150730/Con20150730786507.htm":
            "no concrete event of the coded types (conflicting accounts of Mullah Omar's death and burial) (snn33)",
        "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784581.htm":
            "same story as an article already in events-snn.jsonl (snn-20: the car bombings in Sheikh Radwan, Gaza City) (snn33)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn33)",
        "http://aawsat.com/home/article/424826/«داعش»-يستهدف-المراهقين-للزج-بهم-في-الأعمال-الانتحارية":
            "no concrete event of the coded types (experts on ISIS recruiting teenagers; earlier attacks only listed) (snn33)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27196":
            "opinion column (on the Tunisian thinker al-Talbi) (snn33)",
        "http://www.al-madina.com/node/620452/الشرعية-تنتصر.html":
            "opinion column (the paper's editorial on Aden) (snn33)",
        "http://www.aleqt.com/2015/07/31/article_977668.html":
            "no event of the coded types (the deputy health minister's hospital visit in Jazan; staffing partnerships) (snn33)",
        "http://aawsat.com/home/article/413251/برلمان-تونس-يقر-مجموعة-قوانين-تصل-إلى-الإعدام-لمرتكبي-الجرائم-الإرهابية":
            "no event of the coded types (Tunisia's parliament adopting articles of the anti-terror law; its final passage is in events-snn25.jsonl, snn25-17) (snn33)",
        "http://www.aleqt.com/2015/07/26/article_976212.html":
            "no event of the coded types (a US judge's ruling on detained migrant children) (snn33)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230091&CategoryID=1":
            "no concrete dated event of the coded types (UNICEF figures on children in Yemen; an appeal) (snn33)",
        "http://sabq.org/ExCgde":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal) (snn33)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231301&CategoryID=5":
            "the Abha bombing again; nothing new of the coded types (the Asir emir to al-Watan on the investigation and security precautions) (snn33)",
        "http://www.al-madina.com/node/623123/أوباما-يحذر-الكونجرس-من-مغبة-رفض-الاتفاق-النووي-مع-إيران.html":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-16, snn6-03: Obama's American University speech on the Iran deal) (snn33)",
        "http://www.aleqt.com/2015/08/01/article_977904.html":
            "same story as articles already in events-snn23.jsonl and events-snn29.jsonl (snn23-12, snn29-19: the coalition's 41 strikes near Deir ez-Zor, Hasakah and in Iraq) (snn33)",
        "http://www.aleqt.com/2015/07/22/article_975291.html":
            "same story as an article already in events-snn12.jsonl (snn12-17: Leon meets Gentiloni in Rome, the Italians abducted near Zuwara) (snn33)",
        "http://sabq.org/suCgde":
            "no event of the coded types (a harassment video on the Jeddah corniche; only an inquiry) (snn33)",
        "http://www.aleqt.com/2015/08/08/article_980012.html":
            "no event of the coded types (Iraq's national archive digitised against ISIS) (snn33)",
        "http://sabq.org/uCCgde":
            "no concrete event of the coded types (a feature on Saudi troops giving Eid gifts to children at Aden airport) (snn33)",
        "http://sabq.org/yuDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base) (snn33)",
        "http://www.aleqt.com/2015/07/27/article_976391.html":
            "same story as articles already in events-snn.jsonl (snn-23: the coalition's 20 strikes in Iraq) and events-snn3.jsonl (snn3-15: Anbar University retaken in Ramadi) (snn33)",
        "http://www.aleqt.com/2015/08/05/article_979295.html":
            "same story as articles already in events-snn5.jsonl and events-snn19.jsonl (snn5-02, snn19-08: Cavusoglu on US jets at Incirlik and the coming battle against ISIS) (snn33)",
        "http://www.aleqt.com/2015/08/05/article_979225.html":
            "same story as an article already in events-snn27.jsonl (snn27-16: the cell dismantled in Dahmani, Kef) (snn33)",
        "http://www.aleqt.com/2015/07/23/article_975599.html":
            "no event of the coded types (Rouhani defends the nuclear deal in a speech) (snn33)",
        "http://www.aleqt.com/2015/08/07/article_979681.html":
            "editorial (on the Abha bombing) (snn33)",
        "http://sabq.org/2NCgde":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arresting an African robbery gang) (snn33)",
        "http://www.aleqt.com/2015/07/27/article_976567.html":
            "same story as articles already in events-snn16.jsonl and events-snn4.jsonl (snn16-14: the UN coordinator van der Klaauw in Aden; snn4-03: the Saudi relief ship in Aden) (snn33)",
        "http://www.aleqt.com/2015/08/02/article_978188.html":
            "no concrete event of the coded types (a British fraud investigation into an oil company in Somalia) (snn33)",
    },
    # events-snn34.jsonl (seed 20270107, --exclude of the thirty-five earlier files), a further annotator:
    20270107: {
        "http://www.alweeam.com.sa/351832/مانشستر-سيتي-يقترب-من-ضم-دي-بروين-مقابل/":
            "sports (a football transfer) (snn34)",
        "http://www.3alyoum.com/news/a/اليمنيون-يتفاءلون-بوصول-بحاح-لتطهير-ع/":
            "same story as an article already in events-snn11.jsonl (snn11-05: Vice-President Bahah's arrival in Aden with ministers on 1 Aug) (snn34)",
        "http://aawsat.com/home/article/411306/مجلس-الأمن-يمهد-الطريق-أمام-رفع-تدريجي-ومشروط-للعقوبات-على-طهران":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Vienna deal) (snn34)",
        "http://www.al-jazirah.com/2015/20150802/ms9.htm":
            "no current event (a 'this day in history' list) (snn34)",
        "http://aawsat.com/home/article/410621/بروفايل-حسين-حبري-استراتيجي-الصحراء":
            "no current event: a profile of Hissene Habre (his career; the trial in Dakar only mentioned) (snn34)",
        "http://www.alriyadh.com/1071708":
            "same story as an article already in events-snn33.jsonl (snn33-03: the Kurds' protest in Brussels against the Turkish strikes, nearly the same wire text) (snn34)",
        "http://www.al-jazirah.com/2015/20150811/ar5.htm":
            "opinion column (an obituary of a broadcaster) (snn34)",
        "http://www.al-madina.com/node/623154/المفتي-تفجير-عسير-عمل-إجرامي-قبيح-لا-يقبله-إنسان-ولا-دين-ويدل-على-عدم-الإيمان.html?live":
            "same story as an article already in events-snn.jsonl (snn-15, sabq c9Dgde: the Mufti's condemnation of the Asir bombing on al-Ekhbariya, the same SPA text) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788371.htm":
            "same story as articles already in events-snn18.jsonl and events-snn11.jsonl (snn18-18: al-Jubeir's planned Moscow visit; snn11-13: his talks with Gentiloni in Rome) (snn34)",
        "http://www.3alyoum.com/news/pol/a/تركيا-تشن-أول-غاراتها-ضد-داعش-في-سوريا/":
            "same story as articles already in events-snn9.jsonl and events-snn17.jsonl (snn9-07, snn17-10: Turkey's first strikes on ISIS in Syria on Friday 24 Jul and the police raids) (snn34)",
        "http://www.alyaum.com/article/4079373":
            "same story as an article already in events-snn7.jsonl (snn7-09: Jeffrey Webb's court appearance and bail in Brooklyn) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788468.htm":
            "no concrete dated event (a study's count of Houthi violations against journalists in June and July); the topic of snn15-12 (snn34)",
        "http://www.alweeam.com.sa/350226/التحالف-الدولي-ينفذ-41-غارة-جوية-ضد-مواق/":
            "same story as articles already in events-snn23.jsonl and events-snn29.jsonl (snn23-12, snn29-19: the coalition's 41 strikes near Deir ez-Zor, Hasakah and in Iraq) (snn34)",
        "http://sabq.org/e9Dgde":
            "same story as an article already in events-snn17.jsonl (snn17-03: the Senior Scholars' secretariat condemns the Asir mosque bombing) (snn34)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230948&CategoryID=1":
            "same story as an article already in events-snn14.jsonl (snn14-18: the Nigerian army frees 178 Boko Haram captives near Bama) (snn34)",
        "http://www.aleqt.com/2015/08/09/article_980177.html":
            "same story as articles already in events-snn2.jsonl and events-snn13.jsonl (snn2-07, snn13-05: Mohammed bin Nayef's meeting with the security chiefs in Jeddah) (snn34)",
        "http://www.al-madina.com/node/623359/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html?live":
            "same story as an article already in events-snn2.jsonl (snn2-15: the emergency-forces mosque imam's account on al-Ekhbariya) (snn34)",
        "http://aawsat.com/home/article/427316/أميركا-تحاكم-أردنيًا-أميركيًا-بتهمة-دعم-«داعش»":
            "same story as an article already in events-snn9.jsonl (snn9-08: Nader Saadeh's court appearance in Newark) (snn34)",
        "http://www.alriyadh.com/1070901":
            "same story as articles already in events-snn19.jsonl and events-snn5.jsonl (snn19-08, snn5-02: Cavusoglu on US jets at Incirlik and the coming battle against ISIS) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785887.htm":
            "opinion column (on Saudi Arabia and Iran) (snn34)",
        "http://www.al-jazirah.com/2015/20150805/fe13.htm":
            "same story as an article already in events-snn31.jsonl (snn31-20: al-Rabeeah receives the UN regional humanitarian coordinator for Yemen, the same SPA text) (snn34)",
        "http://www.aleqt.com/2015/07/23/article_975597.html":
            "no event of the coded types (an oil-market report) (snn34)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229859&CategoryID=1":
            "same story as an article already in events-snn9.jsonl (snn9-16: the Pentagon announces Muhsin al-Fadhli killed near Sarmada) (snn34)",
        "http://www.al-jazirah.com/2015/20150807/av15.htm":
            "same story as an article already in events-snn12.jsonl (snn12-18: the Muslim World League condemns the Asir mosque bombing) (snn34)",
        "http://www.3alyoum.com/finance/a/الفلبين-ترفض-اعتماد-مكاتب-جديدة-لاستق/":
            "no event of the coded types (the Philippine labour ministry's rules for recruitment offices) (snn34)",
        "http://www.al-madina.com/node/623357/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html?live":
            "same story as an article already in events-snn5.jsonl (snn5-05: the emir of Najran condemns the Asir mosque bombing) (snn34)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as articles already in events-snn7.jsonl and events-snn18.jsonl (snn7-19, snn18-01: the attack on the Sultanbeyli police station in Istanbul) (snn34)",
        "http://www.3alyoum.com/news/pol/a/مجلس-الأمن-يقر-الاتفاق-النووي-الإيران/":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Vienna deal) (snn34)",
        "http://www.al-madina.com/node/623392/عبدالله-بن-مساعد-الإرهاب-لن-يضعف-عزيمة-رجال-الأمن.html":
            "same story as an article already in events-snn18.jsonl (snn18-07: Prince Abdullah bin Musaed condemns the Asir mosque bombing) (snn34)",
        "http://www.alyaum.com/article/4082475":
            "opinion column (on the Abha bombing) (snn34)",
        "http://aawsat.com/home/article/412346/وزير-النقل-اليمني-إعادة-فتح-مطار-عدن-وهبوط-أول-طائرة-سعودية":
            "same story as an article already in events-snn11.jsonl (snn11-16: the first Saudi military plane lands at the reopened Aden airport on Wednesday 22 Jul) (snn34)",
        "http://www.alriyadh.com/1068034":
            "same story as an article already in events-snn-more.jsonl (snn-23: the coalition's 20 strikes on ISIS in Iraq, near Ramadi) (snn34)",
        "http://www.al-jazirah.com/2015/20150807/du7.htm":
            "same story as an article already in events-snn23.jsonl (snn23-01: Aden airport resumes civil flights, the ICRC prisoner exchange, Jaar and Zinjibar) (snn34)",
        "http://www.3alyoum.com/news/pol/a/قوات-الأمن-التونسية-تقتل-مسلحاً-متشدد/":
            "same story as an article already in events-snn5.jsonl (snn5-13: the Sejnane operation in Bizerte) (snn34)",
        "http://www.aleqt.com/2015/08/11/article_980734.html":
            "same story as an article already in events-snn6.jsonl (snn6-20: the state of emergency in St Louis County after the Ferguson violence) (snn34)",
        "http://www.spa.gov.sa/details.php?id=1386792":
            "same story as an article already in events-snn9.jsonl (snn9-13: al-Zayani visits the King Salman relief centre) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787616.htm":
            "no concrete dated event (a feature on Houthi damage to historic sites and threats to artists) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150806/Con20150806787759.htm":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements) (snn34)",
        "http://www.alwatan.com.sa/Economy/News_Detail.aspx?ArticleID=231155&CategoryID=2":
            "no event of the coded types (an ambassador's remarks on Saudi investment and tourism in Greece) (snn34)",
        "http://aawsat.com/home/article/425086/تحرير-رهائن-مع-إنهاء-حصار-فندق-في-مالي":
            "same story as an article already in events-snn19.jsonl (snn19-10: the hotel siege in Sevare, Mali) (snn34)",
        "http://www.alriyadh.com/1069704":
            "no event of the coded types (a regional health director's inspection of a heart centre in Qassim) (snn34)",
        "http://www.al-jazirah.com/2015/20150801/sp20.htm":
            "sports (a football transfer) (snn34)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27341":
            "opinion column (on labour agreements) (snn34)",
        "http://www.3alyoum.com/news/local/a/الصحة-تصدر-بياناً-عن-حصيلة-شهداء-ومصاب/":
            "the Abha bombing again; nothing new of the coded types (the Asir health directorate's casualty figures and blood donations) (snn34)",
        "http://www.aleqt.com/2015/07/20/article_974823.html":
            "same story as an article already in events-snn17.jsonl (snn17-11: Bokova visits the rebuilt Timbuktu mausoleums) (snn34)",
        "http://www.al-madina.com/node/623624/المحرج-ينقل-تحيات-نائب-المليك-للمصابين-بمستشفى-قوى-الأمن-بالرياض.html":
            "same story as an article already in events-snn7.jsonl (snn7-11: the public security director visits the Asir bombing injured in Riyadh) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785158.htm":
            "same story as articles already in events-snn14.jsonl and events-snn26.jsonl (snn14-05, snn26-16: the 22 Jul battles in Lawdar, the strikes on the al-Manar camp west of Sanaa, Marib) (snn34)",
        "http://aawsat.com/home/article/422891/وزير-الخارجية-البريطاني-لـ«الشرق-الأوسط»-لا-يمكن-أن-يكون-الرد-عسكريا-فقط-في":
            "no concrete event of the coded types (an interview with the British foreign secretary on Iraq and ISIS) (snn34)",
        "http://www.al-jazirah.com/2015/20150810/du13.htm":
            "same story as articles already in events-snn22.jsonl and events-snn23.jsonl (snn22-15, snn23-19: Hadi's forces take Zinjibar, landmines, Ibb) (snn34)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230743&CategoryID=1":
            "no concrete event of the coded types (a digest of a New York Times column and a poll on the Iran deal; a New York protest only mentioned) (snn34)",
        "http://www.aleqt.com/2015/07/22/article_975193.html":
            "opinion column (a writer's visit to a Cairo seminar) (snn34)",
        "http://sabq.org/QcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo and Sisi) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788553.htm":
            "same story as articles already in events-snn2.jsonl and events-snn13.jsonl (snn2-07, snn13-05: Mohammed bin Nayef's meeting with the security chiefs in Jeddah) (snn34)",
        "http://aawsat.com/home/article/413981/أمانة-«التعاون-الإسلامي»-تدين-تفجيرات-الكاميرون":
            "same story as an article already in events-snn25.jsonl (snn25-16: the OIC secretariat condemns the Maroua suicide bombings) (snn34)",
        "http://www.al-jazirah.com/2015/20150804/ln17.htm":
            "no event of the coded types (a regional health director receives a ministry engineering team about a hospital project) (snn34)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230836&CategoryID=1":
            "an analyst's commentary on Bahah's visit to Aden; no concrete dated event (snn34)",
        "http://sabq.org/e2Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-18: the Taiz resistance arrests a Houthi leader disguised as a bride) (snn34)",
        "http://www.al-madina.com/node/622950/المباحثات-المشتركة-التي-عقدناها-أثبتت-عمق-العلاقات-ومتانتها.html":
            "no event of the coded types (the text of a thank-you cable after visit to Jordan that snn2-06 reports) (snn34)",
        "http://www.aleqt.com/2015/07/20/article_974891.html":
            "sports (FIFA's reform group and election date) (snn34)",
        "http://aawsat.com/home/article/413716/«خريطة-طريق»-بين-أنقرة-وواشنطن-لمواجهة-الأكراد-و«داعش»-معًا":
            "same story as articles already in events-snn7.jsonl and events-snn9.jsonl (snn7-13: the Obama-Erdogan call; snn9-07: the Kilis border clash) (snn34)",
        "http://www.al-jazirah.com/2015/20150807/av4.htm":
            "same story as articles already in events-snn7.jsonl and events-snn14.jsonl (snn14-15, snn7-05: the Asir emir at the bombing site and visiting the injured) (snn34)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=25753":
            "opinion column (on social media and the war in Yemen) (snn34)",
        "http://www.al-madina.com/node/621095/إسرائيل-والنووي-الإيراني.html":
            "opinion column (on Israel and the Iran deal) (snn34)",
        "http://sabq.org/i4Cgde":
            "same story as an article already in events-snn18.jsonl (snn18-15: the triple shooting in Khaybar al-Janub, Asir) (snn34)",
        "http://www.aleqt.com/2015/08/07/article_979673.html":
            "same story as articles already in events-snn.jsonl and later files (snn-03: Germany and Spain condemn the Asir bombing; the UAE, Qatar, Egypt and Jordan condemnations also in later files) (snn34)",
        "http://www.al-jazirah.com/2015/20150806/du7.htm":
            "no concrete dated event (the UN mission's half-year count of civilian casualties in Afghanistan) (snn34)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=230673&CategoryID=6":
            "sports (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788304.htm":
            "same story as an article already in events-snn5.jsonl (snn5-05: the emir of Najran condemns the Asir mosque bombing) (snn34)",
        "http://www.al-madina.com/node/623898/اعتقال-أحد-أقارب-الأسد-بتهمة-قتل-عميد-في-الجيش.html":
            "same story as an article already in events-snn14.jsonl (snn14-14: the arrest of Suleiman al-Assad near Latakia) (snn34)",
        "http://aawsat.com/home/article/415966/أنقرة-تركز-على-«الكردستاني»-وتخوض-حربا-من-طرف-واحد-ضد-داعش":
            "same story as an article already in events-snn9.jsonl (snn9-17: the White House defends the Turkish strikes on the PKK, the Diyarbakir car bomb) (snn34)",
        "http://www.al-jazirah.com/2015/20150722/ar2.htm":
            "opinion column (on the security forces) (snn34)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229798&CategoryID=1":
            "no concrete dated event (reports that the Egyptian army infiltrated ISIS in Sinai; a Rafale flypast) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785616.htm":
            "same story as articles already in events-snn9.jsonl and events-snn17.jsonl (snn9-07, snn17-10: Turkey's first strikes on ISIS in Syria, Incirlik and the police raids) (snn34)",
        "http://www.aleqt.com/2015/07/24/article_975809.html":
            "same story as an article already in events-snn32.jsonl (snn32-16: Ferguson's acting police chief, the Cincinnati protest) (snn34)",
        "http://www.aleqt.com/2015/08/01/article_977904.html":
            "same story as articles already in events-snn23.jsonl and events-snn29.jsonl (snn23-12, snn29-19: the coalition's 41 strikes near Deir ez-Zor, Hasakah and in Iraq) (snn34)",
        "http://www.al-madina.com/node/620452/الشرعية-تنتصر.html":
            "opinion column (the paper's editorial on Aden) (snn34)",
        "http://www.al-jazirah.com/2015/20150731/ar7.htm":
            "opinion column (readers' replies to a column) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788577.htm":
            "same story as articles already in events-snn22.jsonl and events-snn23.jsonl (snn22-15, snn23-19: the resistance retakes Zinjibar on 8 Aug, al-Dhale, Arhab) (snn34)",
        "http://www.aleqt.com/2015/08/08/article_979966.html":
            "no event of the coded types (a television host's last show) (snn34)",
        "http://www.al-jazirah.com/2015/20150721/du9.htm":
            "same story as an article already in events-snn13.jsonl (snn13-07: the US helicopter strike on an Afghan army checkpoint in Logar) (snn34)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788481.htm":
            "opinion column (on confronting Iran) (snn34)",
        "http://www.aleqt.com/2015/08/07/article_979738.html":
            "same story as an article already in events-snn19.jsonl (snn19-05: the Mecca imam's Friday sermon on the Asir bombing) (snn34)",
        "http://www.aleqt.com/2015/07/25/article_976076.html":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce) (snn34)",
        "http://www.al-jazirah.com/2015/20150727/ln50.htm":
            "opinion column (on where ISIS goes next) (snn34)",
        "http://sabq.org/AbDgde":
            "no event of the coded types (a civil aviation delegation's inspection of four domestic airports) (snn34)",
        "http://www.aleqt.com/2015/08/08/article_979991.html":
            "no current event (a 'this day in history' list) (snn34)",
        "http://www.aleqt.com/2015/08/11/article_980641.html":
            "no event of the coded types (television ratings) (snn34)",
        "http://www.al-jazirah.com/2015/20150803/ms6.htm":
            "no current event (a 'this day in history' list) (snn34)",
        "http://sabq.org/aHCgde":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce) (snn34)",
        "http://www.al-jazirah.com/2015/20150808/ln44.htm":
            "same story as articles already in events-snn7.jsonl and events-snn11.jsonl (snn7-02: al-Jubeir receives the Italian PM's adviser in Rome; snn11-13: his talks with Gentiloni) (snn34)",
        "http://www.aleqt.com/2015/08/05/article_979183.html":
            "opinion column (on Saudi principles since 1990) (snn34)",
        "http://aawsat.com/home/article/413806/سفارة-اليمن-في-بيروت-توقف-التأشيرات-للبنانيين-خشية-تسرب-مقاتلي-حزب-الله":
            "same story as an article already in events-snn25.jsonl (snn25-14: the Yemeni embassy in Beirut stops visas for Lebanese, the situation in Aden) (snn34)",
        "http://www.al-jazirah.com/2015/20150804/du10.htm":
            "no concrete dated event (a summary of the continuing security campaign in North Sinai: unspecified arrests, closed squares, checkpoints) (snn34)",
        "http://aawsat.com/home/article/409886/مركز-«ويست-غيت»-يفتح-أبوابه-للزوار-في-نيروبي-بعد-عامين-على-الهجوم-الدامي":
            "no current event of the coded types (the Westgate mall in Nairobi reopens; the 2013 attack and later attacks only recalled) (snn34)",
        "http://aawsat.com/home/article/415336/مصر-تمدد-حالة-الطوارئ-في-«مربع-العمليات»-بشمال-سيناء":
            "same story as an article already in events-snn17.jsonl (snn17-15: Egypt extends the North Sinai state of emergency, the bus bomb near al-Arish) (snn34)",
        "http://aawsat.com/home/article/412271/إحباط-هجوم-على-مبنى-حزب-العدالة-والتنمية-في-أنقرة-وتوتر-أمني-على-الحدود-السورية":
            "same story as articles already in events-snn7.jsonl and events-snn22.jsonl (snn7-08, snn22-10: the bomb defused at the AKP building in Ankara, the Suruc bomber identified, two policemen killed in Ceylanpinar) (snn34)",
        "http://aawsat.com/home/article/426551/دب-يتسبب-في-مقتل-شخص-بمتنزه-أميركي":
            "no event of the coded types (a hiker killed by a bear in Yellowstone) (snn34)",
    },
    # events-snn35.jsonl (seed 20270108, --exclude of the thirty-five files up to events-snn33.jsonl), a further annotator:
    20270108: {
        "http://www.alriyadh.com/1070977":
            "same story as an article already in events-snn.jsonl (snn-15: the Mufti's condemnation of the Asir bombing on al-Ikhbariya, the same statement) (snn35)",
        "http://www.alriyadh.com/1066447":
            "opinion column (the Iran deal from an economic view) (snn35)",
        "http://www.3alyoum.com/news/golobal/a/في-كينيا-السياسة-هامش-على-أصول-أوباما/":
            "no concrete event of the coded types (a feature on the press's focus on Obama's family in Kenya) (snn35)",
        "http://aawsat.com/home/article/413251/برلمان-تونس-يقر-مجموعة-قوانين-تصل-إلى-الإعدام-لمرتكبي-الجرائم-الإرهابية":
            "no event of the coded types (Tunisia's parliament adopting articles of the anti-terror law) (snn35)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231424&CategoryID=5":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir emir receives the public security director in Abha) (snn35)",
        "http://www.alweeam.com.sa/348555/قوات-هادي-تسيطر-على-معظم-حي-التواهي-آخر/":
            "same story as articles already in events-snn2.jsonl and events-snn3.jsonl (snn2-12, snn3-18: al-Tawahi in Aden taken on 20 Jul, the Sunday shelling, the al-Anad strikes) (snn35)",
        "http://www.3alyoum.com/technology/a/روسيا-تطوير-منصة-روبوتية-مدرعة-بوزن-7-أ/":
            "no event of the coded types (a Russian armoured robot platform) (snn35)",
        "http://www.aleqt.com/2015/08/06/article_979610.html":
            "same story as an article already in events-snn3.jsonl (snn3-07: the King of Morocco's call to Mohammed bin Nayef condemning the Asir bombing) (snn35)",
        "http://www.okaz.com.sa/new/Issues/20150722/Con20150722784965.htm":
            "editorial (on Kerry and Khamenei's speech) (snn35)",
        "http://www.al-madina.com/node/623906/نائب-خادم-الحرمين-آثار-الدماء-على-جدران-«مسجد-الطوارئ»-ومصاحفه-لن-تزيدنا-إلا-تصد.html":
            "same story as an article already in events-snn.jsonl (snn-05: Mohammed bin Nayef inspects the Asir emergency-forces mosque) (snn35)",
        "http://www.alyaum.com/article/4080115":
            "in the seed-20270107 walk, annotated in parallel (snn35)",
        "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785615.htm":
            "same story as articles already in events-snn9.jsonl and events-snn2.jsonl (snn9-05, snn2-14: Mogherini's visit to Riyadh; here announced beforehand) (snn35)",
        "http://www.al-madina.com/node/623625/نائب-وزير-الصحة-يطمئن-على-مصابي-التفجير.html?weekly":
            "same story as an article already in events-snn4.jsonl (snn4-17: the deputy health minister visits the Asir injured on Sunday) (snn35)",
        "http://sabq.org/2NCgde":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arresting an African robbery gang) (snn35)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=27148":
            "opinion column (a Saudi student's doctorate award) (snn35)",
        "http://www.alriyadh.com/1067202":
            "no event of the coded types (a fashion designers' committee's charity visits and a cooperation agreement) (snn35)",
        "http://www.3alyoum.com/news/a/العراق-تستنكر-التفجير-الإرهابي-الذي-ا/":
            "same story as an article already in events-snn31.jsonl (snn31-09: Iraq's foreign ministry condemns the Asir mosque bombing) (snn35)",
        "http://www.aleqt.com/2015/08/07/article_979680.html":
            "same story as an article already in events-snn5.jsonl (snn5-16: the Asir bombing hashtag with a million tweets) (snn35)",
        "http://www.alweeam.com.sa/347778/النفط-يرتفع-مع-تراجع-المخزون-الأمريكي/":
            "no event of the coded types (an oil-market report) (snn35)",
        "http://www.alyaum.com/article/4079417":
            "no event of the coded types (Eid visits between the majlises of Hofuf and Mubarraz) (snn35)",
        "http://www.3alyoum.com/news/pol/a/البحرين-تقبض-على-عدد-من-المشتبه-بهم-بتف/":
            "in the seed-20270107 walk, annotated in parallel (snn35)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788481.htm":
            "opinion column (on confronting Iran) (snn35)",
        "http://www.okaz.com.sa/new/Issues/20150731/Con20150731786528.htm":
            "same story as an article already in events-snn13.jsonl (snn13-03: the Saudi Red Crescent receives the EU ambassador in Riyadh) (snn35)",
        "http://sabq.org/gvDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base on 4 Aug; here mostly the base's history) (snn35)",
        "http://www.spa.gov.sa/details.php?id=1386765":
            "same story as an article already in events-snn16.jsonl (snn16-05: the Asir emir receives the head of the Ifta branch in Abha) (snn35)",
        "http://www.al-madina.com/node/623392/عبدالله-بن-مساعد-الإرهاب-لن-يضعف-عزيمة-رجال-الأمن.html":
            "in the seed-20270107 walk, annotated in parallel (snn35)",
        "http://www.al-madina.com/node/623778/تنفيذ-حكم-القتل-قصاصًا-في-أحد-الجناة-بالباحة.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Baha) (snn35)",
        "http://www.aleqt.com/2015/07/31/article_977774.html":
            "same story as an article already in events-snn.jsonl (snn-09: the execution of a heroin smuggler in Thadiq) (snn35)",
        "http://www.alweeam.com.sa/350910/المتهم-بتفجير-مسجد_الصادق-كنا-نريد-تف/":
            "same story as an article already in events-snn.jsonl (snn-07: the opening session of the Imam Sadiq trial in Kuwait; here the main accused's confession) (snn35)",
        "http://www.alyaum.com/article/4082335":
            "same story as an article already in events-snn21.jsonl (snn21-05: the Kerry-Lavrov agreement on the chlorine resolution and the Security Council vote) (snn35)",
        "http://www.3alyoum.com/news/local/a/وزير-العدل-القضاء-سيقف-في-وجه-المفسدين/":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir bombing) (snn35)",
        "http://www.okaz.com.sa/new/Issues/20150730/Con20150730786362.htm":
            "no event of the coded types (the deputy health minister's tour of two hospitals in Najran) (snn35)",
        "http://www.al-madina.com/node/620534/السمعة-القوية.html":
            "opinion column (snn35)",
        "http://www.al-madina.com/node/623186/وزير-العدل-القضاء-سيقف-في-وجه-كل-من-أراد-شراً-بالبلاد.html":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir bombing) (snn35)",
        "http://sabq.org/suCgde":
            "no event of the coded types (a harassment video on the Jeddah corniche; only an inquiry) (snn35)",
        "http://sabq.org/i7Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-16: the first Saudi plane lands at Aden airport; here residents' celebrations) (snn35)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn35)",
        "http://www.3alyoum.com/news/a/قوات-الرئيس-هادي-تسيطر-على-زنجبار-عاصم/":
            "in the seed-20270107 walk, annotated in parallel (snn35)",
        "http://www.alweeam.com.sa/347300/أسعار-النفط-تهبط-مع-قرب-التوصل-لاتفاق-ن/":
            "no event of the coded types (an oil-market report) (snn35)",
        "http://www.aleqt.com/2015/08/05/article_979297.html":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements) (snn35)",
        "http://www.3alyoum.com/news/pol/a/الجريمة-والإرهاب-حيلة-الحوثيين-كلما-أ/":
            "no concrete dated event of the coded types (a feature listing Houthi abuses since March) (snn35)",
        "http://www.al-madina.com/node/623895/نائب-الملك-من-عسير-من-يحاول-العبث-بأمن-المملكة-وشعبها-سيجد-الرد-عملياً-في-الميدا.html?live":
            "same story as an article already in events-snn11.jsonl (snn11-01: Mohammed bin Nayef receives the Asir martyrs' families and warns) (snn35)",
        "http://www.al-madina.com/node/623572/كيف-نتجاوز-الوضع-الراهن؟.html":
            "opinion column (on the Asir bombing) (snn35)",
        "http://sabq.org/tM1aCd":
            "opinion column (on Quran classes in schools) (snn35)",
        "http://www.spa.gov.sa/details.php?id=1386852":
            "same story as an article already in events-snn25.jsonl (snn25-01: the Bahraini cabinet condemns the Abha mosque bombing) (snn35)",
        "http://sabq.org/akDgde":
            "no event of the coded types (a video of alcohol smuggled over the King Fahd causeway) (snn35)",
        "http://www.aleqt.com/2015/08/07/article_979681.html":
            "editorial (on the Abha bombing) (snn35)",
        "http://www.3alyoum.com/news/a/الداخلية-البحرينية-إحباط-عملية-تهريب-43/":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea) (snn35)",
        "http://www.al-madina.com/node/620454/سقوط-مئات-القذائف-على-بلدات-في-شمال-سوريا.html":
            "same story as articles already in events-snn3.jsonl and events-snn9.jsonl (snn3-05, snn9-12: the rebel shelling of al-Foua and Kafriya) (snn35)",
        "http://www.al-madina.com/node/623721/الجبير-المملكة-حريصة-على-تطوير-علاقاتها-مع-إيران-شرط-أن-تغير-سياستها-بالتدخل-في-.html?live":
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir's press conference with Steinmeier in Berlin) (snn35)",
        "http://sabq.org/Wv1fde":
            "no event of the coded types (a newspaper's director receiving a search-engine company's delegation) (snn35)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (what the Lebanese papers highlighted) (snn35)",
        "http://sabq.org/CqQfde":
            "opinion column (on sports fanaticism) (snn35)",
        "http://www.aleqt.com/2015/07/20/article_974823.html":
            "in the seed-20270107 walk, annotated in parallel (snn35)",
        "http://www.spa.gov.sa/details.php?id=1386880":
            "same story as an article already in events-snn24.jsonl (snn24-10: the Kuwaiti cabinet condemns the Abha mosque bombing) (snn35)",
        "http://www.al-madina.com/node/622872/مثلث-الثقل-الإستراتيجي-العربي.html":
            "editorial (on the Deputy Crown Prince's visit to Jordan) (snn35)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi) (snn35)",
        "http://sabq.org/svDgde":
            "no concrete event of the coded types (the UN envoy's TV interview on Yemen's humanitarian toll and a monitoring mechanism) (snn35)",
        "http://www.aleqt.com/2015/07/24/article_975835.html":
            "no event of the coded types (a bison injures a tourist in Yellowstone) (snn35)",
        "http://www.al-madina.com/node/620689/وزير-الدفاع-الأمريكي-تهديد-إيران-«هم»-مشترك.html":
            "same story as an article already in events-snn4.jsonl (snn4-11: King Salman receives Carter in Jeddah) (snn35)",
        "http://sabq.org/O0Dgde":
            "in the seed-20270107 walk, annotated in parallel (snn35)",
        "http://www.aleqt.com/2015/08/05/article_979334.html":
            "same story as an article already in events-snn4.jsonl (snn4-09: the fighting around al-Bahsa near Jurin in the Ghab plain) (snn35)",
        "http://www.al-madina.com/node/620452/الشرعية-تنتصر.html":
            "opinion column (the paper's editorial on Aden) (snn35)",
        "http://sabq.org/aHCgde":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce) (snn35)",
        "http://sabq.org/68Dgde":
            "same story as articles already in events-snn14.jsonl and events-snn17.jsonl (snn14-15, snn17-07: the Asir emir at the bombing site) (snn35)",
        "http://www.spa.gov.sa/details.php?id=1386866":
            "same story as an article already in events-snn24.jsonl (snn24-17: the separatists' attack on Starohnativka) (snn35)",
        "http://www.aleqt.com/2015/08/08/article_979934.html":
            "same story as an article already in events-snn10.jsonl (snn10-13: the public security director's visit to Abha, the injured and the emir) (snn35)",
        "http://www.al-madina.com/node/622867/«السعودية»-تستقبل-قيادات-«بوينج»-بجدة.html":
            "same story as an article already in events-snn5.jsonl (snn5-19: the Boeing delegation at Saudia in Jeddah) (snn35)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary) (snn35)",
        "http://sabq.org/e9Dgde":
            "in the seed-20270107 walk, annotated in parallel (snn35)",
        "http://www.aleqt.com/2015/07/24/article_975809.html":
            "same story as an article already in events-snn32.jsonl (snn32-16: Ferguson's acting police chief and the Cincinnati protest) (snn35)",
        "http://sabq.org/ExCgde":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal) (snn35)",
        "http://sabq.org/7L1aCd":
            "opinion column (on the Iran deal) (snn35)",
        "http://www.spa.gov.sa/details.php?id=1386675":
            "press review (what the Egyptian papers highlighted) (snn35)",
        "http://www.aleqt.com/2015/08/05/article_979295.html":
            "same story as articles already in events-snn5.jsonl and events-snn19.jsonl (snn5-02, snn19-08: Cavusoglu on US jets at Incirlik and the coming battle against ISIS) (snn35)",
        "http://www.al-madina.com/node/621095/إسرائيل-والنووي-الإيراني.html":
            "opinion column (Israel and the Iran deal) (snn35)",
        "http://sabq.org/uCCgde":
            "no concrete event of the coded types (a feature on Saudi troops giving Eid gifts to children at Aden airport) (snn35)",
        "http://www.aleqt.com/2015/08/05/article_979277.html":
            "same story as articles already in events-snn5.jsonl and events-snn19.jsonl (snn5-02, snn19-08: Cavusoglu in Malaysia on US jets at Turkish bases and the coming battle against ISIS) (snn35)",
        "http://www.aleqt.com/2015/08/08/article_979991.html":
            "no current event (a 'this day in history' list) (snn35)",
        "http://www.aleqt.com/2015/08/11/article_980623.html":
            "sports (the Gulf Cup hosting) (snn35)",
        "http://www.aleqt.com/2015/08/08/article_979879.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: Gulf ministers' condolence calls to Mohammed bin Nayef condemning the Asir bombing) (snn35)",
        "http://www.al-madina.com/node/623897/تركيا-مقتل-5-شرطيين-في-هجمات-واعتداء-على-القنصلية-الأمريكية.html":
            "same story as articles already in events-snn18.jsonl and events-snn7.jsonl (snn18-01, snn7-19: the Istanbul US consulate shooting and the Sultanbeyli police-station attack) (snn35)",
        "http://www.aleqt.com/2015/07/27/article_976430.html":
            "no event of the coded types (divorce statistics) (snn35)",
        "http://www.aleqt.com/2015/08/10/article_980560.html":
            "sports (a football transfer) (snn35)",
        "http://www.aleqt.com/2015/07/25/article_976076.html":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce) (snn35)",
        "http://www.aleqt.com/2015/08/04/article_979056.html":
            "same story as an article already in events-snn.jsonl (snn-07: the opening of the Imam Sadiq trial in Kuwait) (snn35)",
        "http://www.aleqt.com/2015/07/26/article_976334.html":
            "same story as an article already in events-snn8.jsonl (snn8-08: Hadi meets the UN envoy in Riyadh, demands the truce be respected) (snn35)",
        "http://www.aleqt.com/2015/08/09/article_980177.html":
            "in the seed-20270107 walk, annotated in parallel (snn35)",
        "http://www.aleqt.com/2015/07/21/article_975032.html":
            "no current event (a 'this day in history' list) (snn35)",
        "http://www.aleqt.com/2015/07/24/article_975905.html":
            "same story as articles already in events-snn9.jsonl and events-snn7.jsonl (snn9-07: the raids in Turkey and the Kilis border attack; snn7-13: the Obama-Erdogan call) (snn35)",
        "http://www.aleqt.com/2015/08/04/article_978904.html":
            "no concrete dated event of the coded types (figures on schools destroyed in Anbar) (snn35)",
        "http://www.al-madina.com/node/620804/زيارة-كارتر.html":
            "editorial (on Carter's visit) (snn35)",
        "http://www.al-madina.com/node/623329/المفتي-العام-عمل-إجرامي-لا-يقبله-إنسان-ولا-دين.html":
            "same story as an article already in events-snn.jsonl (snn-15: the Mufti's condemnation of the Asir bombing; the same statement as alriyadh 1070977 above) (snn35)",
    },
    # events-snn36.jsonl (seed 20270109, --exclude of the thirty-seven files up to events-snn35.jsonl), a further annotator:
    20270109: {
        "http://www.aleqt.com/2015/08/08/article_979935.html":
            "same story as an article already in events-snn10.jsonl (snn10-13, aleqt 979793: the Asir emir receives the public security director in Abha, nearly the same text) (snn36)",
        "http://www.alweeam.com.sa/349049/أطفال-عدن-يستقبلون-صقور-السعودية-بصور/":
            "same story as an article already in events-snn8.jsonl (snn8-09: the second Saudi relief plane at Aden airport); the children's selfies are no coded event (snn36)",
        "http://www.aleqt.com/2015/08/07/article_979673.html":
            "same story as articles already in earlier files (a round-up of the UAE, German, Spanish, Qatari, Egyptian and Jordanian condemnations of the Asir bombing: snn-03, snn2-02, snn3-11, snn11-10, snn16-18) (snn36)",
        "http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=229937&CategoryID=6":
            "sports (al-Shabab club transfers) (snn36)",
        "http://www.alriyadh.com/1071337":
            "opinion column (Saudi-Jordanian relations) (snn36)",
        "http://www.al-madina.com/node/623906/نائب-خادم-الحرمين-آثار-الدماء-على-جدران-«مسجد-الطوارئ»-ومصاحفه-لن-تزيدنا-إلا-تصد.html":
            "same story as an article already in events-snn.jsonl (snn-05: Mohammed bin Nayef inspects the Asir emergency-forces mosque) (snn36)",
        "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785615.htm":
            "same story as articles already in events-snn9.jsonl and events-snn2.jsonl (snn9-05, snn2-14: Mogherini's visit to Riyadh; here announced beforehand) (snn36)",
        "http://aawsat.com/home/article/409716/رئيس-هيئة-الأركان-السعودية-يعايد-الجنود-المصابين":
            "no event of the coded types (the chief of staff's Eid visit to wounded soldiers in hospital) (snn36)",
        "http://www.alweeam.com.sa/350351/صالحي-لا-سلطة-للبرلمان-الإيراني-على-ال/":
            "same story as an article already in events-snn2.jsonl (snn2-11, alriyadh 1069680: Salehi on parliament and the nuclear deal) (snn36)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788114.htm":
            "same story as an article already in events-snn17.jsonl (snn17-03: the Senior Scholars secretariat condemns the Asir bombing) (snn36)",
        "http://www.3alyoum.com/news/local/a/شرطة-القصيم-تطيح-بعصابة-إفريقية-احترف/":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arresting an African robbery gang) (snn36)",
        "http://www.3alyoum.com/news/golobal/a/استهداف-قنصلية-أمريكية-بأسطنبول-والع/":
            "same story as articles already in events-snn18.jsonl and events-snn7.jsonl (snn18-01, snn7-19: the shooting at the US consulate in Istanbul and the attacks of 10 Aug) (snn36)",
        "http://www.al-madina.com/node/623403/السودان-محاولات-يائسة-لن-تنال-من-المملكة-ووحدتها.html":
            "same story as an article already in events-snn21.jsonl (snn21-16: Sudan condemns the Asir bombing, the same statement) (snn36)",
        "http://www.alyaum.com/article/4082146":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-16, snn6-03: Obama's American University speech on the Iran deal) (snn36)",
        "http://sabq.org/CqQfde":
            "opinion column (on fanaticism in Saudi football) (snn36)",
        "http://sabq.org/gvDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad; here mostly the base's history) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386863":
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier's press conference in Berlin) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn36)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231615&CategoryID=1":
            "no concrete event of the coded types (OCHA on 800 refugees reaching Abyei; tribal clashes only summarised) (snn36)",
        "http://www.alriyadh.com/1071433":
            "same story as articles already in events-snn32.jsonl and events-snn33.jsonl (snn32-13, snn33-08: the 17 ISIS suspects arrested in Manisa, the PKK raids in Ankara) (snn36)",
        "http://aawsat.com/home/article/423661/جون-كيري-اتفاق-مع-روسيا-لتحديد-المسؤولين-عن-هجمات-بالأسلحة-الكيماوية-في-سوريا":
            "same story as articles already in events-snn18.jsonl and events-snn21.jsonl (snn18-14, snn21-05: the US-Russian draft on Syrian chemical attacks and the Security Council vote) (snn36)",
        "http://www.aleqt.com/2015/08/08/article_980012.html":
            "no event of the coded types (Iraq's national archive digitising documents) (snn36)",
        "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784881.htm":
            "same story as an article already in events-snn2.jsonl (snn2-08: the Suruc bombing, reported the same day) (snn36)",
        "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787528.htm":
            "no concrete event (two analysts on the GCC-US Doha statement) (snn36)",
        "http://www.al-madina.com/node/623327/كبار-العلماء-على-الجميع-استئصال-جذور-هذه-النبتة-الخبيثة.html":
            "same story as an article already in events-snn17.jsonl (snn17-03: the Senior Scholars secretariat condemns the Asir bombing) (snn36)",
        "http://www.aleqt.com/2015/08/05/article_979297.html":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki) (snn36)",
        "http://www.al-madina.com/node/623156/الكويت-تدين-بشدة-التفجير-الإرهابي-في-عسير.html?live":
            "same story as articles already in events-snn16.jsonl and events-snn3.jsonl (snn16-18, snn3-11: Kuwait's condemnation of the Asir bombing) (snn36)",
        "http://www.3alyoum.com/news/local/a/تعرّف-على-أبرز-قرارات-مجلس-الشورى-خلال/":
            "no event of the coded types (the Shura Council's yearly statistics of decisions) (snn36)",
        "http://www.3alyoum.com/news/a/قوات-الرئيس-هادي-تسيطر-على-زنجبار-عاصم/":
            "same story as articles already in events-snn11.jsonl and events-snn22.jsonl (snn11-19, snn22-15: Hadi's forces take Zinjibar and Shuqrah) (snn36)",
        "http://www.alyaum.com/article/4080306":
            "same story as an article already in events-snn8.jsonl (snn8-08: Hadi meets the UN envoy in Riyadh about the truce) (snn36)",
        "http://sabq.org/68Dgde":
            "same story as articles already in events-snn14.jsonl and events-snn7.jsonl (snn14-15, snn7-05: the Asir emir at the bombing site and visiting the injured) (snn36)",
        "http://sabq.org/MbDgde":
            "no concrete event (observers' commentary on Mohammed bin Salman's visit to Egypt, which snn7-12 reports) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (what the Lebanese papers highlighted): events second-hand (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as an article already in events-snn7.jsonl (snn7-19: the attack on the Sultanbeyli police station in Istanbul) (snn36)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231175&CategoryID=1":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-16, snn6-03: Obama's American University speech; snn12 skipped it too) (snn36)",
        "http://aawsat.com/home/article/410421/حماس-تتلقى-«رسالة-تحدٍ»-بـ5-تفجيرات-في-غزة":
            "same story as an article already in events-snn.jsonl (snn-20: the five car bombs in Gaza City) (snn36)",
        "http://www.alriyadh.com/1067758":
            "no event of the coded types (Obama dines with his relatives in Nairobi) (snn36)",
        "http://www.al-madina.com/node/623359/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html?live":
            "the Abha bombing again; nothing new of the coded types (the imam's account on TV; snn13 skipped it too) (snn36)",
        "http://www.aleqt.com/2015/08/09/article_980147.html":
            "no new event of the coded types (a victim's funeral in Maysan; the Asir bombing only recalled) (snn36)",
        "http://www.alyaum.com/article/4082943":
            "same story as an article already in events-snn.jsonl (snn-22: al-Rabeeah receives the Saudi ambassador to Yemen at KSRelief) (snn36)",
        "http://www.aleqt.com/2015/08/06/article_979360.html":
            "press review (what the Jordanian media highlighted about Mohammed bin Salman's visit; snn2 skipped it too) (snn36)",
        "http://www.3alyoum.com/news/golobal/a/ابن-رئيس-وزراء-سوريا-مهدد-بسحب-الجنسية/":
            "no event of the coded types (an online campaign against the Syrian prime minister's son) (snn36)",
        "http://sabq.org/W6Dgde":
            "same story as an article already in events-snn23.jsonl (snn23-06: coalition strikes on the 15th Brigade at Zinjibar) (snn36)",
        "http://sabq.org/oFCgde":
            "same story as an article already in events-snn2.jsonl (snn2-17: Houthi projectiles on the al-Tuwal villages of Jazan on Friday 24 Jul) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (what the Libyan papers highlighted): events second-hand (snn36)",
        "http://www.spa.gov.sa/details.php?id=1387153":
            "same story as an article already in events-snn22.jsonl (snn22-06, spa 1387155: al-Jubeir meets Lavrov in Moscow, the same SPA dispatch) (snn36)",
        "http://www.alriyadh.com/1070622":
            "no event of the coded types (Mohammed bin Salman's thank-you cable to King Abdullah after the Jordan visit that snn2-06 reports) (snn36)",
        "http://www.al-madina.com/node/623843/أزمة-أهداف-تهدد-«ريال-بينتيز».html":
            "sports (Real Madrid's pre-season) (snn36)",
        "http://www.aleqt.com/2015/07/26/article_976307.html":
            "no event of the coded types (a Russian missile-train project) (snn36)",
        "http://www.alyaum.com/article/4081858":
            "same story as an article already in events-snn31.jsonl (snn31-20, alyaum 4081981: al-Rabeeah receives the regional humanitarian coordinator al-Daoudi) (snn36)",
        "http://www.aleqt.com/2015/07/24/article_975835.html":
            "no event of the coded types (a bison gores a tourist in Yellowstone) (snn36)",
        "http://sabq.org/uCCgde":
            "no event of the coded types (Saudi forces with Aden's children, a feature; the relief plane is snn8-09's) (snn36)",
        "http://sabq.org/ExCgde":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386721":
            "press review (what the Tunisian papers highlighted): events second-hand (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386765":
            "same story as an article already in events-snn16.jsonl (snn16-05: the Asir emir receives the head of the Ifta branch) (snn36)",
        "http://www.al-madina.com/node/623367/خطباء-مساجد-أملج-تفجير-مسجد-طوارئ-عسير-هدفه-زعزعة-أمن-المملكة.html?live":
            "same story as an article already in events-snn.jsonl (snn-11: the Umluj preachers condemn the Asir bombing) (snn36)",
        "http://www.alriyadh.com/1069324":
            "no event of the coded types (Saudi scouts arrive in Japan for the World Jamboree) (snn36)",
        "http://www.alyaum.com/article/4079530":
            "same story as an article already in events-snn13.jsonl (snn13-07: the US helicopter strike on an Afghan army checkpoint in Logar) (snn36)",
        "http://www.aleqt.com/2015/07/20/article_974740.html":
            "no concrete event (analysts on what the Iran deal means for Russia) (snn36)",
        "http://www.aleqt.com/2015/08/09/article_980177.html":
            "same story as an article already in events-snn13.jsonl (snn13-05: Mohammed bin Nayef chairs the security chiefs' meeting in Jeddah) (snn36)",
        "http://sabq.org/svDgde":
            "no concrete event of the coded types (the UN envoy's TV interview: figures and conditions for monitors) (snn36)",
        "http://sabq.org/WICgde":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling and the arrests) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1387061":
            "no event of the coded types (Saudi Post's readiness to deliver passport documents) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386880":
            "same story as an article already in events-snn24.jsonl (snn24-10: the Kuwaiti cabinet condemns the Asir bombing) (snn36)",
        "http://www.al-madina.com/node/623778/تنفيذ-حكم-القتل-قصاصًا-في-أحد-الجناة-بالباحة.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha) (snn36)",
        "http://www.alriyadh.com/1067578":
            "same story as articles already in events-snn20.jsonl and events-snn25.jsonl (snn20-04, snn25-16: the US and OIC condemnations of the Boko Haram bombings in Cameroon and Nigeria) (snn36)",
        "http://www.alyaum.com/article/4082942":
            "same story as an article already in events-snn9.jsonl (snn9-13: al-Zayani visits KSRelief) (snn36)",
        "http://www.aleqt.com/2015/08/07/article_979855.html":
            "same story as an article already in events-snn11.jsonl (snn11-13: al-Jubeir and Gentiloni's talks in Rome) (snn36)",
        "http://www.aleqt.com/2015/07/25/article_975948.html":
            "same story as an article already in events-snn9.jsonl (snn9-07: the first Turkish F-16 strikes on ISIS in Syria and the raids in Turkey) (snn36)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi) (snn36)",
        "http://sabq.org/aHCgde":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386675":
            "press review (what the Egyptian papers highlighted): events second-hand (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386748":
            "same story as an article already in events-snn23.jsonl (snn23-10: ISIS members killed in Anbar, Mukayshifa and east of Fallujah on 10 Aug) (snn36)",
        "http://www.aleqt.com/2015/07/22/article_975150.html":
            "same story as an article already in events-snn9.jsonl (snn9-12: the regime rocket on old Aleppo; snn13 skipped it too) (snn36)",
        "http://www.alriyadh.com/1066860":
            "same story as articles already in events-snn2.jsonl and events-snn22.jsonl (snn2-08, snn22-10: the Suruc bombing and the suspect identified) (snn36)",
        "http://www.al-madina.com/node/620646/هيبة-العلماء-في-قبلة-الأمير.html":
            "opinion column (snn36)",
        "http://sabq.org/1M1aCd":
            "opinion column (on tourism in the summer holiday) (snn36)",
        "http://sabq.org/muDgde":
            "same story as an article already in events-snn.jsonl (snn-07: the opening of the Imam Sadiq trial in Kuwait; here announced for the next day) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386852":
            "same story as an article already in events-snn25.jsonl (snn25-01: the Bahraini cabinet condemns the Asir bombing) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386995":
            "press review (what the Pakistani papers highlighted): events second-hand (snn36)",
        "http://www.al-madina.com/node/622950/المباحثات-المشتركة-التي-عقدناها-أثبتت-عمق-العلاقات-ومتانتها.html":
            "no event of the coded types (Mohammed bin Salman's thank-you cable to King Abdullah after the Jordan visit that snn2-06 reports) (snn36)",
        "http://sabq.org/QcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Sisi in Cairo; here his departure) (snn36)",
        "http://sabq.org/e9Dgde":
            "same story as an article already in events-snn17.jsonl (snn17-03: the Senior Scholars secretariat condemns the Asir bombing) (snn36)",
        "http://www.spa.gov.sa/details.php?id=1386663":
            "press review (what the Pakistani papers highlighted; snn3 skipped it too): events second-hand (snn36)",
        "http://www.al-madina.com/node/623825/حماك-الله-يا-بلادي.html":
            "opinion column (on the Asir bombing) (snn36)",
        "http://www.al-madina.com/node/620072/العرب-بين-إرهاب-أوروبا-وكباب-إيران.html":
            "opinion column (on Europe's rush to Iran after the deal) (snn36)",
        "http://www.al-madina.com/node/621186/حسمت-الصفقة-مونتاري-اتحادي-لمدة-سنتين.html":
            "sports (a football transfer) (snn36)",
        "http://www.al-madina.com/node/623449/حمص-داعش-يخطف-230-مدنيًا-بعد-استيلائه-على-«القريتين».html":
            "same story as an article already in events-snn.jsonl (snn-17: ISIS seizes al-Qaryatayn and abducts civilians) (snn36)",
        "http://www.al-madina.com/node/620963/غارة-جوية-أمريكية-تقتل-السوداني-في-أفغانستان.html":
            "same story as an article already in events-snn14.jsonl (snn14-10: the Pentagon says a strike in Paktika killed Abu Khalil al-Sudani) (snn36)",
        "http://www.al-madina.com/node/620808/الجبير-نحن-مع-الاتفاق-الذي-يمنع-امتلاك-إيران-للسلاح-النووي.html":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir and Shoukry's press conference in Jeddah) (snn36)",
        "http://www.al-madina.com/node/623625/نائب-وزير-الصحة-يطمئن-على-مصابي-التفجير.html?weekly":
            "same story as an article already in events-snn4.jsonl (snn4-17: the deputy health minister visits the Asir injured) (snn36)",
        "http://www.al-madina.com/node/623572/كيف-نتجاوز-الوضع-الراهن؟.html":
            "opinion column (on the Asir bombing) (snn36)",
        "http://www.al-madina.com/node/623602/المرصد-السوري-اللاذقية-تطالب-بإعدام-أحد-أقارب-الأسد.html?weekly":
            "same story as an article already in events-snn14.jsonl (snn14-14: the Latakia sit-in against Suleiman al-Assad over the colonel's killing) (snn36)",
    },
    # events-snn37.jsonl (seed 20270110, --exclude of the thirty-seven files up to events-snn35.jsonl), a further annotator:
    20270110: {
        "http://www.aleqt.com/2015/07/20/article_974891.html":
            "sports (FIFA's reform working group), as snn33 and snn34 judged (snn37)",
        "http://www.3alyoum.com/news/pol/a/محلل-سعودي-يكشف-سر-تجاهل-المسؤولين-الم/":
            "no concrete current event (an analyst's comments on Heikal's remarks; visits recalled without a date), as snn14 judged (snn37)",
        "http://www.alyaum.com/article/4081219":
            "same story as an article already in events-snn24.jsonl (snn24-01: the PKK attack on the Pozanti police, Erdogan on early elections), as snn28 judged (snn37)",
        "http://www.aleqt.com/2015/07/23/article_975552.html":
            "same story as an article already in events-snn.jsonl (snn-08, alriyadh 1067237: the Times Square protest against the Iran deal), as snn5 judged (snn37)",
        "http://www.al-jazirah.com/2015/20150810/pl5.htm":
            "no event of the coded types (the Buraydah dates festival), as snn5 and snn13 judged (snn37)",
        "http://www.al-jazirah.com/2015/20150804/du2.htm":
            "same story as an article already in events-snn14.jsonl (snn14-18: the Nigerian army frees Boko Haram's captives), as snn23 judged (snn37)",
        "http://sabq.org/udDgde":
            "same story as an article already in events-snn4.jsonl (snn4-06, okaz 786945: al-Yami's call for an inquiry into Houthi crimes), as snn12 and snn28 judged (snn37)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788843.htm":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: Jubeir and Steinmeier's press conference in Berlin), as snn3 judged (snn37)",
        "http://www.alweeam.com.sa/349049/أطفال-عدن-يستقبلون-صقور-السعودية-بصور/":
            "in the seed-20270109 walk, annotated in parallel (snn37)",
        "http://www.spa.gov.sa/details.php?id=1386880":
            "same story as an article already in events-snn24.jsonl (snn24-10: the Kuwaiti cabinet condemns the Asir mosque bombing), as snn29 judged (snn37)",
        "http://sabq.org/WICgde":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling, IRGC training), as snn30-32 judged (snn37)",
        "http://www.spa.gov.sa/details.php?id=1386866":
            "same story as an article already in events-snn24.jsonl (snn24-17: Ukraine accuses the separatists of the heaviest shelling near Starohnativka), as snn32 judged (snn37)",
        "http://www.aleqt.com/2015/08/06/article_979479.html":
            "no current event (a 'this day in history' list: Hiroshima), as snn32 judged (snn37)",
        "http://www.aleqt.com/2015/07/22/article_975150.html":
            "same story as an article already in events-snn9.jsonl (snn9-12, okaz 784960: the regime rocket on old Aleppo), as snn13 judged (snn37)",
        "http://www.3alyoum.com/news/golobal/a/مجلس-الأمن-يطلب-تحديد-المسؤولين-عن-هجم/":
            "same story as an article already in events-snn21.jsonl (snn21-05: the Security Council resolution on chemical attacks in Syria), as snn28 judged (snn37)",
        "http://www.al-jazirah.com/2015/20150727/ln50.htm":
            "opinion column (on where ISIS goes next), as snn32 judged (snn37)",
        "http://www.al-jazirah.com/2015/20150805/du11.htm":
            "in the seed-20270109 walk, annotated in parallel (snn37)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary), as snn5 judged (snn37)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi), as snn21 judged (snn37)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the qisas execution in al-Hajrah, al-Baha), as snn4 judged (snn37)",
        "http://www.aleqt.com/2015/08/06/article_979360.html":
            "in the seed-20270109 walk, annotated in parallel (snn37)",
        "http://www.aleqt.com/2015/07/21/article_974944.html":
            "same story as articles already in events-snn2.jsonl and events-snn3.jsonl (snn2-12, snn3-18: the recapture of al-Tawahi, Aden), as an earlier annotator judged (snn37)",
        "http://sabq.org/suCgde":
            "no event of the coded types (a harassment video on the Jeddah corniche; only an inquiry), as snn25 judged (snn37)",
        "http://sabq.org/i7Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-16: the Saudi plane landing at Aden airport; here residents' photos), as earlier annotators judged (snn37)",
        "http://aawsat.com/home/article/427086/مواجهات-وإطلاق-نار-بـ-فيرغسون-في-الذكرى-الأولى-لمقتل-مايكل-براون":
            "same story as an article already in events-snn26.jsonl (snn26-15: the Ferguson anniversary march and the shooting on 9 Aug) (snn37)",
        "http://www.3alyoum.com/news/pol/a/انفجار-في-القاهرة-يصيب-ضابطي-شرطة-ومجن/":
            "same story as an article already in events-snn6.jsonl (snn6-11: the Heliopolis court blast and the Arish and Suez attacks) (snn37)",
        "http://www.alriyadh.com/1069838":
            "same story as an article already in events-snn12.jsonl (snn12-11: the TPP talks in Hawaii end without a deal) (snn37)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231621&CategoryID=1":
            "same story as articles already in events-snn34.jsonl and events-snn35.jsonl (snn34-17, snn35-15: the al-Bayda resistance takes the mountains, its leader vows to reach Saada) (snn37)",
        "http://www.alyaum.com/article/4082552":
            "no concrete current event (a profile of the emergency forces; the Asir bombing only mentioned) (snn37)",
        "http://www.alyaum.com/article/4082139":
            "same story as an article already in events-snn27.jsonl (snn27-16: the Tunisian cell dismantled in Dahmani, Kef) (snn37)",
        "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785325.htm":
            "no concrete event of the coded types (European officials' views on the Iran deal, an article by Steinmeier) (snn37)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231061&CategoryID=1":
            "same story as an article already in events-snn27.jsonl (snn27-18: the PKK bomb on a convoy in Sirnak, the Kars pipeline, the EU's concern) (snn37)",
        "http://www.al-madina.com/node/620106/الثقفي-محاصرة-التنظيمات-الإرهابية-مسؤولية-الجميع.html":
            "no event of the coded types (the Jeddah education director on schools against extremism) (snn37)",
        "http://www.al-jazirah.com/2015/20150722/du10.htm":
            "same story as an article already in events-snn2.jsonl (snn2-08, aleqt 974946: the Suruc bombing and Davutoglu's statements on it the next day) (snn37)",
        "http://www.al-jazirah.com/2015/20150811/ln7.htm":
            "same story as an article already in events-snn11.jsonl (snn11-06: the Asir passports director visits the bombing's injured) (snn37)",
        "http://www.3alyoum.com/news/local/a/البريد-يستكمل-استعداته-لتطبيق-قرار-ال/":
            "no event of the coded types (Saudi Post's readiness to deliver passport documents) (snn37)",
        "http://aawsat.com/home/article/424686/«العمال»-النرويجي-يعود-إلى-جزيرة-أوتويا-بعد-4-سنوات-على-المذبحة":
            "no event of the coded types (the Norwegian Labour youth camp returns to Utoya; the 2011 attack only recalled) (snn37)",
        "http://www.al-madina.com/node/623544/اليمن-يطلب-من-الأردن-استقبال-أعداد-إضافية-من-الجرحى.html?weekly":
            "same story as an article already in events-snn16.jsonl (snn16-03: the plane of Yemeni wounded reaching Amman), as an earlier annotator judged (snn37)",
        "http://www.alyaum.com/article/4082842":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: Jubeir and Steinmeier's press conference in Berlin) (snn37)",
        "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231733&CategoryID=5":
            "same story as articles already in events-snn.jsonl and events-snn11.jsonl (snn-05, snn11-01: Mohammed bin Nayef at the Asir emergency-forces mosque, receiving the martyrs' families) (snn37)",
        "http://www.al-jazirah.com/2015/20150806/ln24.htm":
            "no event of the coded types (a mayor's inspection tour of municipal services), as snn2 judged (snn37)",
        "http://www.okaz.com.sa/new/Issues/20150726/Con20150726785645.htm":
            "no event of the coded types (the Tabuk University admission dispute; condolence visits) (snn37)",
        "http://www.3alyoum.com/culture/a/نقابة-الصحفيين-اليمنيين-تدين-قرار-الح/":
            "same story as an article already in events-snn5.jsonl (snn5-08: the Yemeni journalists' syndicate condemns the Houthis' travel ban) (snn37)",
        "http://www.3alyoum.com/news/pol/a/صد-هجوم-مسلح-لداعش-شرقي-الرمادي-وقتل-12-م/":
            "same story as an article already in events-snn26.jsonl (the federal police repel the ISIS attack east of Ramadi), as snn26 judged (snn37)",
        "http://www.al-jazirah.com/2015/20150801/rj1.htm":
            "opinion column (against al-Maliki) (snn37)",
        "http://www.aleqt.com/2015/07/31/article_977736.html":
            "same story as an article already in events-snn.jsonl (snn-12: the Duma settler arson that killed the infant), as snn26 judged (snn37)",
        "http://www.aleqt.com/2015/08/02/article_978318.html":
            "same story as an article already in events-snn10.jsonl (snn10-08: the PKK tractor bomb on the Dogubayazit gendarmerie post; the Midyat mine) (snn37)",
        "http://sabq.org/uCCgde":
            "no concrete event of the coded types (a feature on Saudi troops and children at Aden airport), as snn32 judged (snn37)",
        "http://sabq.org/W6Dgde":
            "same story as an article already in events-snn23.jsonl (snn23-06: coalition strikes on the 15th Brigade base at Zinjibar), as an earlier annotator judged (snn37)",
        "http://www.al-madina.com/node/620209/30-قتيلا-بتفجير-انتحاري-لـ«داعش»-في-بلدة-تركية-على-حدود-سوريا.html":
            "same story as an article already in events-snn2.jsonl (snn2-08, aleqt 974946: the Suruc bombing and Davutoglu's Ankara statement, the same wire text) (snn37)",
        "http://www.alyaum.com/article/4082536":
            "same story as an article already in events-snn30.jsonl (snn30-10: the Shura secretary-general condemns the Asir bombing) (snn37)",
        "http://www.al-jazirah.com/2015/20150802/du5.htm":
            "same story as an article already in events-snn3.jsonl (snn3-09: the India-Bangladesh enclave exchange) (snn37)",
        "http://www.al-jazirah.com/2015/20150805/du7.htm":
            "same story as an article already in events-snn19.jsonl (snn19-04: Lavrov meets Meshaal and al-Khatib in Doha) (snn37)",
        "http://www.3alyoum.com/news/a/مقتل-50-شخصاً-في-هجمات-على-الجيش-والشرطة/":
            "same story as an article already in events-snn9.jsonl (snn9-11: the Kabul truck bomb and the police academy bombing), as earlier annotators judged (snn37)",
        "http://www.aleqt.com/2015/07/20/article_974810.html":
            "no current event (a 'this day in history' list), as snn24 judged (snn37)",
        "http://www.aleqt.com/2015/08/04/article_978904.html":
            "no concrete dated event of the coded types (figures on schools destroyed in Anbar), as snn25 judged (snn37)",
        "http://www.3alyoum.com/news/a/قوات-الرئيس-هادي-تسيطر-على-زنجبار-عاصم/":
            "in the seed-20270109 walk, annotated in parallel (snn37)",
        "http://sabq.org/4ACgde":
            "same story as an article already in events-snn8.jsonl (snn8-09: the second Saudi relief plane lands in Aden), as earlier annotators judged (snn37)",
        "http://sabq.org/AOCgde":
            "same story as an article already in events-snn32.jsonl (snn32-09: al-Rabeeah receives the governors of Sanaa and al-Dhale), as an earlier annotator judged (snn37)",
        "http://www.al-madina.com/node/620534/السمعة-القوية.html":
            "opinion column, as snn26 judged (snn37)",
        "http://www.al-jazirah.com/2015/20150808/du11.htm":
            "in the seed-20270109 walk, annotated in parallel (snn37)",
        "http://www.al-jazirah.com/2015/20150804/du10.htm":
            "no concrete dated event (a summary of the continuing security campaign in North Sinai), as an earlier annotator judged (snn37)",
        "http://www.3alyoum.com/opinion/articles/a/سعيد-الوهابي-لماذا-نحتقر-الشخص-المؤدب/":
            "opinion column (snn37)",
        "http://www.3alyoum.com/news/pol/a/البيت-الأبيض-يصف-حزب-العمال-الكردستان/":
            "same story as an article already in events-snn9.jsonl (snn9-17, aleqt 976284: the White House briefing in Nairobi on the PKK), as an earlier annotator judged (snn37)",
        "http://sabq.org/svDgde":
            "no concrete event of the coded types (the UN envoy's television interview), as snn32 judged (snn37)",
        "http://sabq.org/tM1aCd":
            "opinion column (on Koran classes in schools), as snn28 judged (snn37)",
        "http://www.aleqt.com/2015/07/23/article_975620.html":
            "no concrete dated event (the Syrian Observatory's ten-month tally of coalition air-strike deaths) (snn37)",
        "http://www.aleqt.com/2015/08/11/article_980702.html":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: Jubeir and Steinmeier's press conference in Berlin) (snn37)",
        "http://www.alyaum.com/article/4080035":
            "same story as an article already in events-snn3.jsonl (snn3-01, aljazirah 20150725/du15: the army's Sabri operation in Benghazi on Thursday) (snn37)",
        "http://www.al-jazirah.com/2015/20150725/ln45.htm":
            "in the seed-20270109 walk, annotated in parallel (snn37)",
        "http://www.al-jazirah.com/2015/20150723/ar2.htm":
            "opinion column (on suicide belts and Saudi youth) (snn37)",
        "http://www.3alyoum.com/technology/a/روسيا-تطوير-منصة-روبوتية-مدرعة-بوزن-7-أ/":
            "no event of the coded types (a Russian robotic platform under development), as snn9 judged (snn37)",
        "http://www.3alyoum.com/news/golobal/a/سيارة-ملغومة-تقتل-5-في-كابول-والرئيس-الأ/":
            "same story as an article already taken (aawsat 426506, snn37-01: the suicide car bomb at Kabul airport on Monday 10 Aug) (snn37)",
        "http://www.aleqt.com/2015/08/11/article_980743.html":
            "same story as an article already in events-snn14.jsonl (snn14-14: Syria arrests Suleiman al-Assad after the Latakia protest) (snn37)",
        "http://www.aleqt.com/2015/08/07/article_979738.html":
            "same story as an article already in events-snn19.jsonl (snn19-05: the Grand Mosque imam's Friday sermon on the Asir bombing), as earlier annotators judged (snn37)",
        "http://sabq.org/yuDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base), as snn3 judged (snn37)",
        "http://www.al-jazirah.com/2015/20150802/ms9.htm":
            "no current event (a 'this day in history' list), as snn34 judged (snn37)",
        "http://www.al-jazirah.com/2015/20150727/ms6.htm":
            "no current event (a 'this day in history' list), as snn32 judged (snn37)",
        "http://www.3alyoum.com/news/pol/a/بإقرار-الموقوفين-إيران-درّبت-سعوديين/":
            "same story as an article already in events-snn4.jsonl (snn4-01: Bahraini detainees' confessions of IRGC training, after the foiled smuggling) (snn37)",
        "http://www.3alyoum.com/news/pol/a/غارات-للتحالف-والمقاومة-تدخل-زنجبار/":
            "same story as articles already in events-snn11.jsonl and events-snn16.jsonl (Zinjibar entered), as an earlier annotator judged (snn37)",
        "http://www.aleqt.com/2015/08/08/article_979997.html":
            "same story as an article already in events-snn.jsonl (snn-12: the Duma settler arson); here only the father's death, a casualty update (snn37)",
        "http://www.al-jazirah.com/2015/20150727/du7.htm":
            "same story as an article already in events-snn9.jsonl (snn9-17, aleqt 976284: Rhodes in Nairobi on Turkey's right to strike the PKK, the Diyarbakir car bomb) (snn37)",
        "http://www.3alyoum.com/news/local/a/لماذا-تأخر-تفجير-مسجد-طوارئ-عسير-حتى-ال/":
            "the Asir bombing again; nothing new of the coded types (speculation on the bomber's timing) (snn37)",
        "http://www.aleqt.com/2015/08/05/article_979334.html":
            "same story as an article already in events-snn4.jsonl (snn4-09: the fighting around al-Bahsa in the Ghab plain), as an earlier annotator judged (snn37)",
        "http://www.3alyoum.com/news/local/a/الجبير-يؤكد-حرص-المملكة-على-تطوير-علاق/":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: Jubeir and Steinmeier's press conference in Berlin) (snn37)",
        "http://sabq.org/QgDgde":
            "no event of the coded types (the death of a Saudi prisoner's father in Riyadh) (snn37)",
        "http://www.al-jazirah.com/2015/20150801/du18.htm":
            "same story as articles already in events-snn.jsonl and events-snn11.jsonl (snn-12, snn11-07: the Duma arson, the PLO's accusation and the planned ICC referral) (snn37)",
        "http://www.aleqt.com/2015/08/09/article_980229.html":
            "no event of the coded types (the 70th anniversary ceremony of the Nagasaki bombing), as snn17 judged (snn37)",
        "http://www.3alyoum.com/news/pol/a/كيري-أي-تحرك-إسرائيلي-ضد-إيران-سيكون-خ/":
            "same story as an article already in events-snn5.jsonl (snn5-12, aleqt 975945: Kerry's warnings on NBC and at the Council on Foreign Relations) (snn37)",
        "http://www.3alyoum.com/news/a/حماس-تكشف-حقيقة-مشاركتها-مع-السعودية-ف/":
            "same story as an article already in events-snn9.jsonl (snn9-01: Hamas denies the Fars report), as earlier annotators judged (snn37)",
        "http://www.al-jazirah.com/2015/20150725/du3.htm":
            "same story as an article already in events-snn5.jsonl (snn5-13: the Sejnane operation in Bizerte, one killed and 13 arrested) (snn37)",
        "http://www.3alyoum.com/opinion/articles/a/محمد-سلامة-بوتان-مملكة-لا-تبيع-الدخان/":
            "opinion column (on Bhutan), as snn24 judged (snn37)",
        "http://www.3alyoum.com/news/golobal/a/ابن-رئيس-وزراء-سوريا-مهدد-بسحب-الجنسية/":
            "no event of the coded types (an online campaign against the Syrian prime minister's son), as snn31 judged (snn37)",
        "http://www.aleqt.com/2015/08/08/article_979883.html":
            "same story as an article already in events-snn7.jsonl (snn7-18: Turkey freezes the assets of Saleh and Houthi leaders) (snn37)",
        "http://sabq.org/oFCgde":
            "same story as articles already in events-snn2.jsonl and events-snn25.jsonl (snn2-17: Houthi projectiles on al-Tuwal villages on Friday; snn25-06: the foiled attack on the al-Tuwal crossing) (snn37)",
        "http://www.al-jazirah.com/2015/20150802/ln22.htm":
            "same story as an article already in events-snn25.jsonl (snn25-11: the al-Ahsa charity's meeting with the Omani Shura chairman), as an earlier annotator judged (snn37)",
        "http://www.3alyoum.com/news/pol/a/تركيا-تشن-أول-غاراتها-ضد-داعش-في-سوريا/":
            "same story as articles already in events-snn9.jsonl and events-snn17.jsonl (Turkey's first strikes on ISIS in Syria), as an earlier annotator judged (snn37)",
        "http://www.3alyoum.com/news/pol/a/استجابة-لهادي-التحالف-يعلن-هدنة-إنسان/":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce), as earlier annotators judged (snn37)",
        "http://www.al-jazirah.com/2015/20150723/du10.htm":
            "same story as an article already in events-snn7.jsonl (snn7-16: barrel bombs near al-Bab, the missing Spanish journalists) (snn37)",
        "http://www.3alyoum.com/finance/a/النفط-يستقر-فوق-64-دولاراً-قبل-تقرير-أسب/":
            "no event of the coded types (an oil-market report) (snn37)",
        "http://www.3alyoum.com/news/local/a/الصحة-تصدر-بياناً-عن-حصيلة-شهداء-ومصاب/":
            "the Asir bombing again; nothing new of the coded types (casualty figures), as an earlier annotator judged (snn37)",
        "http://www.al-jazirah.com/2015/20150731/rv3.htm":
            "opinion (a reader's letter on donors in Raghba) (snn37)",
        "http://www.al-jazirah.com/2015/20150722/ar2.htm":
            "opinion column (on the security forces), as snn34 judged (snn37)",
        "http://www.3alyoum.com/news/pol/a/سلاح-الجو-الليبي-ينفذ-ضربات-على-عدّة-مح/":
            "same story as an article already in events-snn3.jsonl (snn3-01: the army's Sabri operation in Benghazi, air strikes on the Sabri axis) (snn37)",
        "http://www.al-jazirah.com/2015/20150802/du6.htm":
            "no event of the coded types (a US energy envoy's remarks to journalists in Cairo), as snn27 judged (snn37)",
        "http://sabq.org/9L1aCd":
            "opinion column (on the Iran nuclear deal) (snn37)",
    },
    # events-snn38.jsonl (seed 20270111, --exclude of the thirty-nine files up to events-snn37.jsonl), a further annotator:
    20270111: {
        "http://www.alriyadh.com/1066617":
            "no event of the coded types (a feature on old photographs of Apatani women in India) (snn38)",
        "http://www.al-jazirah.com/2015/20150808/ln51.htm":
            "same story as an article already in events-snn18.jsonl (snn18-07: Abdullah bin Musaed condemns the Asir mosque bombing) (snn38)",
        "http://www.alriyadh.com/1071492":
            "same story as an article already in events-snn.jsonl (snn-17: ISIS seizes al-Qaryatayn and abducts civilians), as snn23, snn32 and snn36 judged for another report (snn38)",
        "http://www.alyaum.com/article/4082832":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the qisas execution in al-Hajrah, al-Baha) (snn38)",
        "http://www.3alyoum.com/news/a/مقتل-50-شخصاً-في-هجمات-على-الجيش-والشرطة/":
            "same story as an article already in events-snn9.jsonl (snn9-11: the Kabul truck bomb, police academy and Camp Integrity attacks), as snn18, snn20 and snn26 judged (snn38)",
        "http://www.aleqt.com/2015/07/25/article_976035.html":
            "opinion column (on Obama and the Iran deal) (snn38)",
        "http://www.alweeam.com.sa/343306/سارة-وأزمة-الحوار/":
            "opinion column (on guardianship and dialogue in families) (snn38)",
        "http://www.aleqt.com/2015/08/03/article_978585.html":
            "same story as an article already in events-snn14.jsonl (snn14-18: the Nigerian army frees Boko Haram's captives near Bama), as snn27 judged (snn38)",
        "http://www.al-madina.com/node/623572/كيف-نتجاوز-الوضع-الراهن؟.html":
            "opinion column (on the Asir bombing), as snn35 and snn36 judged (snn38)",
        "http://www.alweeam.com.sa/348636/تساقط-مئات-القذائف-على-بلدات-علوية-شم/":
            "same story as an article already in events-snn3.jsonl (snn3-05, alweeam, the same day: rebel shelling of al-Foua, Kafraya, Nubl and al-Zahraa) (snn38)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788484.htm":
            "opinion column (on the Abha mosque bombing), as snn10 judged (snn38)",
        "http://sabq.org/KcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: the Deputy Crown Prince's visit to Cairo, here his departure), as snn29 judged (snn38)",
        "http://aawsat.com/home/article/410901/هبوط-أرباح-هاليبرتون-93-مع-تقلص-أنشطة-الحفر":
            "no event of the coded types (Halliburton's quarterly results; oil prices) (snn38)",
        "http://www.al-jazirah.com/2015/20150805/ln45.htm":
            "opinion column (on the Saudi-Egyptian-Emirati alliance) (snn38)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229994&CategoryID=1":
            "no concrete event of the coded types (sourced claims on Hezbollah's losses and recruitment; precautions against a possible protest in Beirut) (snn38)",
        "http://www.alyaum.com/article/4081147":
            "no event of the coded types (a charity's trip for orphans to Medina), as snn25 judged (snn38)",
        "http://www.al-madina.com/node/623047/رابطة-العالم-الإسلامي-«المالكي»-لسان-صفوي-يشعل-الفتنة.html":
            "same story as an article already in events-snn4.jsonl (snn4-19, alwatan 231227: the Muslim World League condemns al-Maliki), as snn16 judged (snn38)",
        "http://www.alriyadh.com/1070711":
            "opinion column (on the new Suez Canal) (snn38)",
        "http://www.alweeam.com.sa/351654/مقتل-22-مسلحاً-من-تنظيم-داعش-في-عملية-أ/":
            "same story as an article already in events-snn2.jsonl (snn2-05, alriyadh: the same report of 22 ISIS fighters killed in a Ramadi operation) (snn38)",
        "http://www.alriyadh.com/1070443":
            "same story as an article already in events-snn10.jsonl (snn10-03: the capture of al-Houta, Lahij, and the coalition strike on a column at Karsh; also snn9-18, snn18-11, snn26-17) (snn38)",
        "http://www.okaz.com.sa/new/Issues/20150801/Con20150801786722.htm":
            "same story as an article already in events-snn11.jsonl (snn11-03: the Arab League secretary-general welcomes the Cairo Declaration), as snn20 judged (snn38)",
        "http://www.aleqt.com/2015/08/06/article_979422.html":
            "sports (al-Ittihad club transfers) (snn38)",
        "http://www.alyaum.com/article/4081858":
            "same story as an article already in events-snn31.jsonl (snn31-20: al-Rabeeah receives the UN humanitarian coordinator), as snn36 judged (snn38)",
        "http://www.alyaum.com/article/4080229":
            "no event of the coded types (tourism authority inspections of hotels in Dammam and Khobar), as snn25 judged (snn38)",
        "http://www.3alyoum.com/news/local/a/مدير-تعليم-عسير-يزور-مصابي-مسجد-الطوار/":
            "no event of the coded types (a courtesy visit to the Asir bombing's injured in hospital) (snn38)",
        "http://www.aleqt.com/2015/08/07/article_979758.html":
            "same story as an article already in events-snn11.jsonl (snn11-10: Yemen's government condemns the Asir mosque bombing), as snn29 judged (snn38)",
        "http://www.al-madina.com/node/620963/غارة-جوية-أمريكية-تقتل-السوداني-في-أفغانستان.html":
            "same story as articles already in events-snn10.jsonl and events-snn14.jsonl (snn10-05, snn14-10: the US strike in Paktika that killed Abu Khalil al-Sudani), as snn20 and snn36 judged (snn38)",
        "http://sabq.org/FL1aCd":
            "opinion column (on the Iran deal), as snn19 judged (snn38)",
        "http://www.al-jazirah.com/2015/20150807/du11.htm":
            "same story as an article already in events-snn.jsonl (snn-02: the helicopter crash in Zabul and the Pul-i-Alam suicide attack, nearly the same wire text) (snn38)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230832&CategoryID=1":
            "same story as articles already in events-snn13.jsonl and events-snn20.jsonl (snn13-19, snn20-14: Lavrov in Doha with the emir, Kerry and al-Jubeir), as snn31 judged (snn38)",
        "http://www.al-jazirah.com/2015/20150724/du9.htm":
            "no concrete dated event of the coded types (SOHR statistics of ten months of coalition strikes), as snn20 judged (snn38)",
        "http://www.al-madina.com/node/621208/الرئيس-اليمني-يطالب-المتمردين-باحترام-الهدنة-الإنسانية.html?live":
            "same story as an article already in events-snn8.jsonl (snn8-08, alweeam: Hadi meets the UN envoy in Riyadh, the truce; the same text) (snn38)",
        "http://www.alriyadh.com/1071031":
            "opinion column (on a charity for retired footballers) (snn38)",
        "http://www.alriyadh.com/1067578":
            "same story as articles already in events-snn20.jsonl and events-snn25.jsonl (snn20-04, snn25-16: the US and OIC condemnations of the Boko Haram bombings in Cameroon and Nigeria), as snn36 judged (snn38)",
        "http://www.3alyoum.com/opinion/articles/a/سعيد-الوهابي-لماذا-نحتقر-الشخص-المؤدب/":
            "opinion column, as snn37 judged (snn38)",
        "http://www.alweeam.com.sa/348505/داود-أوغلو-يتوعد-داعش-بعد-تفجير-سروج/":
            "same story as an article already in events-snn2.jsonl (snn2-08: the Suruc bombing and Davutoglu's statement, reported the same day) (snn38)",
        "http://www.aleqt.com/2015/08/09/article_980185.html":
            "sports (the Italian Super Cup), as snn25 and snn32 judged (snn38)",
        "http://www.al-jazirah.com/2015/20150808/ln11.htm":
            "same story as articles already in events-snn20.jsonl and events-snn21.jsonl (snn20-20, snn21-17: the GCC secretariat condemns the Asir mosque bombing) (snn38)",
        "http://www.al-jazirah.com/2015/20150727/du9.htm":
            "same story as an article already in events-snn9.jsonl (snn9-17: the car bomb on a gendarmerie convoy in Lice, Diyarbakir), as snn13 judged for another report (snn38)",
        "http://www.alyaum.com/article/4079648":
            "same story as an article already in events-snn13.jsonl (snn13-07: the US helicopter strike on an Afghan army checkpoint in Baraki Barak, Logar), as snn31 judged (snn38)",
        "http://www.alyaum.com/article/4082139":
            "same story as an article already in events-snn27.jsonl (snn27-16: the Tunisian cell dismantled), as snn37 judged (snn38)",
        "http://www.aleqt.com/2015/07/27/article_976437.html":
            "same story as an article already in events-snn8.jsonl (snn8-08: Hadi calls on the Houthis to respect the truce), as snn27 judged (snn38)",
        "http://sabq.org/uCCgde":
            "no concrete event of the coded types (a photo feature on Saudi troops and children in Aden), as snn32 to snn37 judged (snn38)",
        "http://www.al-madina.com/node/623404/البرلمان-العربي-تعبّر-عن-يأس-الجماعات-الإرهابية.html":
            "same story as an article already in events-snn20.jsonl (snn20-13: the Arab Parliament condemns the Asir bombing), as snn23 judged (snn38)",
        "http://www.alriyadh.com/1066258":
            "same story as an article already in events-snn16.jsonl (snn16-19: the bomb against a police patrol in al-Eker, Bahrain) (snn38)",
        "http://www.alweeam.com.sa/347778/النفط-يرتفع-مع-تراجع-المخزون-الأمريكي/":
            "no event of the coded types (an oil-market report), as snn15, snn32 and snn35 judged (snn38)",
        "http://www.3alyoum.com/news/pol/a/تركيا-تسمح-لأمريكا-بشن-غارات-من-قاعدة-إ/":
            "same story as articles already in events-snn7.jsonl, events-snn16.jsonl and events-snn17.jsonl (snn7-13, snn16-17, snn17-10: the Obama-Erdogan call and the use of Incirlik) (snn38)",
        "http://www.alyaum.com/article/4080002":
            "same story as an article already in events-snn25.jsonl (snn25-16: the OIC condemns the Maroua suicide bombings; nearly the same text) (snn38)",
        "http://www.alyaum.com/article/4082364":
            "same story as articles already in events-snn18.jsonl and events-snn21.jsonl (snn18-14, snn21-05: the Security Council resolution on chemical attacks in Syria), as snn24 and snn28 judged (snn38)",
        "http://www.aleqt.com/2015/08/08/article_979991.html":
            "no current event (a 'this day in history' list), as snn11, snn27, snn32, snn34 and snn35 judged (snn38)",
        "http://www.aleqt.com/2015/07/21/article_974945.html":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran nuclear deal), as snn24 judged (snn38)",
        "http://www.al-jazirah.com/2015/20150721/ln10.htm":
            "no event of the coded types (an Eid visit to a care home), as snn13 and snn23 judged (snn38)",
        "http://www.al-madina.com/node/620812/تقرير-مسؤولون-أمريكيون-تحت-ضغط-الكونغرس-للكشف-عن-معلومات-بخصوص-الاتفاق-النووي-ال.html":
            "same story as articles already in events-snn5.jsonl and events-snn11.jsonl (snn5-12, snn11-14: Kerry, Lew and Moniz before the Senate Foreign Relations Committee on 23 July) (snn38)",
        "http://www.al-madina.com/node/620883/تَـهْــرِيج-وقِــلــة-أدب.html":
            "opinion column (on a comedian at the Riyadh Eid festivities), as snn31 judged (snn38)",
        "http://www.alyaum.com/article/4079647":
            "no event of the coded types (Algeria bars its soldiers and police from holidays in Tunisia; the Sousse attack only recalled) (snn38)",
        "http://www.al-jazirah.com/2015/20150807/av4.htm":
            "same story as articles already in events-snn7.jsonl and events-snn14.jsonl (snn7-05, snn14-15: the Asir emir at the bombing site and visiting the injured), as snn34 judged (snn38)",
        "http://www.aleqt.com/2015/07/21/article_975092.html":
            "no event of the coded types (oil prices), as snn32 judged (snn38)",
        "http://www.al-madina.com/node/623843/أزمة-أهداف-تهدد-«ريال-بينتيز».html":
            "sports (Real Madrid's pre-season), as snn10, snn13 and snn36 judged (snn38)",
        "http://www.aleqt.com/2015/07/23/article_975597.html":
            "no event of the coded types (an oil-market report), as snn9 and snn34 judged (snn38)",
        "http://www.alyaum.com/article/4081165":
            "sports (al-Ettifaq's training camp in Turkey) (snn38)",
        "http://www.al-madina.com/node/623327/كبار-العلماء-على-الجميع-استئصال-جذور-هذه-النبتة-الخبيثة.html":
            "same story as articles already in events-snn15.jsonl and events-snn17.jsonl (snn15-10, snn17-03: the Council of Senior Scholars condemns the Asir bombing), as snn36 judged (snn38)",
        "http://www.al-jazirah.com/2015/20150810/du5.htm":
            "same story as an article already in events-snn8.jsonl (snn8-04: Anadolu's toll of 390 PKK fighters killed in two weeks of Turkish strikes, the Midyat attack) (snn38)",
        "http://www.aleqt.com/2015/08/07/article_979855.html":
            "same story as an article already in events-snn11.jsonl (snn11-13: al-Jubeir and Gentiloni's talks in Rome), as snn23 and snn36 judged (snn38)",
        "http://www.alyaum.com/article/4081226":
            "same story as articles already in events-snn16.jsonl and events-snn17.jsonl (snn16-11: the Sanah clashes in al-Dhale; snn17-18: the car bomb in al-Qatn, Hadramawt) (snn38)",
        "http://www.alyaum.com/article/4079982":
            "same story as an article already in events-snn9.jsonl (snn9-07: the first Turkish strikes on ISIS in Syria and the raids of 24 July), as snn20 and snn23 judged (snn38)",
        "http://www.al-madina.com/node/622972/رابطة-العالم-الاسلامي-تدين-تصريحات-الرئيس-العراقي-ضد-المملكة.html?live":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements), as snn23 and snn24 judged (snn38)",
        "http://www.al-madina.com/node/620808/الجبير-نحن-مع-الاتفاق-الذي-يمنع-امتلاك-إيران-للسلاح-النووي.html":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir and Shoukry's press conference in Jeddah), as snn28 and snn36 judged (snn38)",
        "http://www.al-jazirah.com/2015/20150727/ms6.htm":
            "no current event (a 'this day in history' list), as snn32 and snn37 judged (snn38)",
        "http://www.aleqt.com/2015/08/11/article_980743.html":
            "same story as an article already in events-snn14.jsonl (snn14-14: Syria arrests Suleiman al-Assad after the Latakia protest), as snn37 judged (snn38)",
        "http://www.alyaum.com/article/4080306":
            "same story as an article already in events-snn8.jsonl (snn8-08: Hadi meets the UN envoy in Riyadh about the truce), as snn36 judged (snn38)",
        "http://www.al-madina.com/node/623155/كبار-العلماء-تدين-وبشدة-العمل-الإجرامي-الذي-استهدف-مسجدًا-بعسير.html?live":
            "same story as an article already in events-snn15.jsonl (snn15-10: the Council of Senior Scholars condemns the Asir bombing; the same text) (snn38)",
        "http://www.al-madina.com/node/623466/الرئيس-العام-لرعاية-الشباب-يدين-التفجير-الإرهابي.html":
            "same story as an article already in events-snn18.jsonl (snn18-07: Abdullah bin Musaed condemns the Asir mosque bombing) (snn38)",
        "http://www.al-jazirah.com/2015/20150723/du9.htm":
            "same story as articles already in events-snn17.jsonl and events-snn3.jsonl (snn17-16: the Baghdad al-Jadida car bomb; snn3-15: the operation to retake Anbar University), as snn23 judged (snn38)",
        "http://www.aleqt.com/2015/08/10/article_980514.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha), as snn13 and snn25 judged (snn38)",
        "http://www.alyaum.com/article/4079921":
            "opinion column (on Khamenei's statements), as snn15 and snn32 judged (snn38)",
        "http://www.al-madina.com/node/623186/وزير-العدل-القضاء-سيقف-في-وجه-كل-من-أراد-شراً-بالبلاد.html":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir bombing), as snn35 judged (snn38)",
        "http://sabq.org/QcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo, here his departure), as snn11, snn34 and snn36 judged (snn38)",
        "http://www.al-jazirah.com/2015/20150802/du6.htm":
            "no event of the coded types (a US energy envoy's remarks to journalists in Cairo), as snn27 and snn37 judged (snn38)",
        "http://www.alyaum.com/article/4079397":
            "same story as an article already in events-snn.jsonl (snn-20: the bombs under five cars of Hamas and Islamic Jihad members in northern Gaza) (snn38)",
        "http://www.al-madina.com/node/623357/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html?live":
            "same story as an article already in events-snn5.jsonl (snn5-05: the emir of Najran condemns the Asir bombing), as snn16, snn23, snn29 and snn34 judged (snn38)",
        "http://sabq.org/4ACgde":
            "same story as an article already in events-snn8.jsonl (snn8-09: the second Saudi relief plane lands in Aden), as snn16, snn25, snn29, snn32 and snn37 judged (snn38)",
        "http://www.alyaum.com/article/4080463":
            "same story as an article already in events-snn22.jsonl (snn22-04: the attack on the Dinanagar police station in Punjab), as snn25 judged (snn38)",
        "http://www.al-madina.com/node/620888/وسائل-التجنيد-للإرهاب-الخطرة.html":
            "opinion column (on terrorist recruitment), as snn13 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as articles already in events-snn7.jsonl and events-snn18.jsonl (snn7-19, snn18-01: the attack on the Sultanbeyli police station in Istanbul), as snn13, snn21, snn32, snn34 and snn36 judged (snn38)",
        "http://www.alyaum.com/article/4082714":
            "opinion column (on the Special Emergency Forces after the Abha bombing) (snn38)",
        "http://www.al-madina.com/node/623352/البرلمان-العربي-يدين-التفجير-الإرهابي-الذي-استهدف-مسجدًا-في-عسير.html?live":
            "same story as an article already in events-snn20.jsonl (snn20-13: the Arab Parliament speaker condemns the Asir bombing; the same statement) (snn38)",
        "http://www.al-madina.com/node/623329/المفتي-العام-عمل-إجرامي-لا-يقبله-إنسان-ولا-دين.html":
            "same story as an article already in events-snn.jsonl (snn-15: the Grand Mufti's condemnation of the Asir bombing), as snn13, snn14, snn28 and snn35 judged (snn38)",
        "http://www.alyaum.com/article/4082220":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir bombing) (snn38)",
        "http://www.al-madina.com/node/623826/غياب-التأثير-وإعلام-الشجب-والتكرار.html":
            "opinion column (on the media and terrorism), as snn28 judged (snn38)",
        "http://www.al-madina.com/node/621396/جوازات-نجران-تواصل-تصحيح-أوضاع-الأشقاء-اليمنيين.html?live":
            "no event of the coded types (the Najran passports office regularises Yemenis' status) (snn38)",
        "http://www.alyaum.com/article/4079640":
            "same story as articles already in events-snn3.jsonl and events-snn9.jsonl (snn3-05, snn9-12: the Zabadani fighting and the rebel shelling of al-Foua, Kafriya, Nubl and al-Zahraa), as snn24 judged (snn38)",
        "http://sabq.org/QgDgde":
            "no event of the coded types (the death of a Saudi prisoner's father in Riyadh), as snn37 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha), as snn4 and later annotators judged (snn38)",
        "http://www.al-madina.com/node/621162/مستويات-عليا-من-الإرهاب.html":
            "opinion column (on terrorism and the counselling programme), as snn20 judged (snn38)",
        "http://www.al-madina.com/node/623457/كلنا-رجال-طوارىء.html":
            "opinion column (on the Special Emergency Forces), as snn13 judged (snn38)",
        "http://www.3alyoum.com/finance/a/النفط-يتراجع-بفعل-هبوط-عقود-منتجات-الت/":
            "no event of the coded types (an oil-market report), as snn17 judged (snn38)",
        "http://www.alweeam.com.sa/350286/الأردن-وفاة-طيار-أردني-بتحطم-طائرة-بن/":
            "no event of the coded types (an accidental private-jet crash near Blackbushe airport in Britain) (snn38)",
        "http://www.al-madina.com/node/623123/أوباما-يحذر-الكونجرس-من-مغبة-رفض-الاتفاق-النووي-مع-إيران.html":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-16, snn6-03: Obama's American University speech on the Iran deal), as snn33 judged (snn38)",
        "http://sabq.org/ExCgde":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal), as snn28, snn33, snn35 and snn36 judged (snn38)",
        "http://www.al-madina.com/node/620629/إيران-ما-بعد-الاتفاق.html":
            "opinion column (an editorial on Iran after the deal), as snn29, snn30 and snn33 judged (snn38)",
        "http://www.al-madina.com/node/623458/تفجير-العقول.html":
            "opinion column (on the Asir mosque bombing), as snn28 judged (snn38)",
        "http://www.al-madina.com/node/620072/العرب-بين-إرهاب-أوروبا-وكباب-إيران.html":
            "opinion column (on the Arabs and the Iran deal), as snn10 and snn36 judged (snn38)",
        "http://sabq.org/AbDgde":
            "no event of the coded types (a civil-aviation delegation inspects four domestic airports), as snn19, snn28 and snn34 judged (snn38)",
        "http://www.al-madina.com/node/623897/تركيا-مقتل-5-شرطيين-في-هجمات-واعتداء-على-القنصلية-الأمريكية.html":
            "same story as articles already in events-snn7.jsonl and events-snn18.jsonl (snn7-19, snn18-01: the Sultanbeyli police-station attack and the shooting at the US consulate in Istanbul), as snn10, snn32 and snn35 judged (snn38)",
        "http://www.al-madina.com/node/623625/نائب-وزير-الصحة-يطمئن-على-مصابي-التفجير.html?weekly":
            "same story as an article already in events-snn4.jsonl (snn4-17: the deputy health minister visits the Asir injured on Sunday), as snn35 and snn36 judged (snn38)",
        "http://sabq.org/udDgde":
            "same story as an article already in events-snn4.jsonl (snn4-06: al-Yami's call for an inquiry into Houthi crimes), as snn9, snn12, snn28 and snn37 judged (snn38)",
        "http://sabq.org/1M1aCd":
            "opinion column (on summer tourism), as snn26 and snn36 judged (snn38)",
        "http://www.al-madina.com/node/623156/الكويت-تدين-بشدة-التفجير-الإرهابي-في-عسير.html?live":
            "same story as articles already in events-snn3.jsonl and events-snn16.jsonl (snn3-11, snn16-18: Kuwait's condemnation of the Asir bombing; the same text) (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386866":
            "same story as an article already in events-snn24.jsonl (snn24-17: Ukraine accuses the separatists of the heaviest shelling near Starohnativka), as snn32, snn35 and snn37 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1387153":
            "same story as an article already in events-snn22.jsonl (snn22-06: al-Jubeir meets Lavrov in Moscow, the same SPA report), as snn29, snn31 and snn36 judged (snn38)",
        "http://sabq.org/Wv1fde":
            "no event of the coded types (a newspaper's director receives a search-engine company's delegation), as snn33 and snn35 judged (snn38)",
        "http://sabq.org/WICgde":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling), as snn30 to snn32, snn36 and snn37 judged (snn38)",
        "http://www.al-madina.com/node/620646/هيبة-العلماء-في-قبلة-الأمير.html":
            "opinion column, as snn36 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386863":
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier's press conference in Berlin), as snn17, snn29, snn32 and snn36 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (what the Libyan papers highlighted): events second-hand, as snn8 and later annotators judged (snn38)",
        "http://sabq.org/0rDgde":
            "no event of the coded types (a prison's family-visit building in Medina), as snn8, snn13, snn19 and snn24 judged (snn38)",
        "http://www.al-madina.com/node/620163/ليبيا-إغراق-سفينة-«تحمل-مقاتلين-وذخيرة»-للإرهابيين.html":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi) (snn38)",
        "http://sabq.org/2NCgde":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arrest an African gang), as snn12, snn32, snn33 and snn35 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386995":
            "press review (what the Pakistani papers highlighted): events second-hand, as snn9 and later annotators judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386721":
            "press review (what the Tunisian papers highlighted): events second-hand, as snn11 and later annotators judged (snn38)",
        "http://www.al-madina.com/node/620370/إستراتيجية-لبرامج-المناصحة.html":
            "opinion column (on the counselling programmes), as snn32 judged (snn38)",
        "http://sabq.org/9L1aCd":
            "opinion column (on the Iran nuclear deal), as snn37 judged (snn38)",
        "http://sabq.org/akDgde":
            "no event of the coded types (a video of alcohol smuggled over the King Fahd causeway), as snn35 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386852":
            "same story as an article already in events-snn25.jsonl (snn25-01: the Bahraini cabinet condemns the Asir bombing), as snn35 and snn36 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386792":
            "same story as an article already in events-snn9.jsonl (snn9-13: al-Zayani visits the King Salman relief centre), as snn11 and snn34 judged (snn38)",
        "http://www.al-madina.com/node/623898/اعتقال-أحد-أقارب-الأسد-بتهمة-قتل-عميد-في-الجيش.html":
            "same story as an article already in events-snn14.jsonl (snn14-14: the arrest of Suleiman al-Assad near Latakia), as snn34 judged (snn38)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary), as snn5 and later annotators judged (snn38)",
        "http://sabq.org/OKCgde":
            "no event of the coded types (an inquiry into a work accident at Jeddah airport), as snn15 and snn28 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1387061":
            "no event of the coded types (Saudi Post delivers passport documents), as snn26 and snn36 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386765":
            "same story as an article already in events-snn16.jsonl (snn16-05: the Asir emir receives the head of the Ifta branch), as snn28, snn35 and snn36 judged (snn38)",
        "http://www.al-madina.com/node/622836/طب-«المؤسس»-تسد-احتياجات-مستشفى-شرق-جدة.html":
            "no event of the coded types (a medical faculty team's working visit to a Jeddah hospital), as snn10 judged (snn38)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi), as snn21 and later annotators judged (snn38)",
        "http://sabq.org/oFCgde":
            "same story as articles already in events-snn2.jsonl and events-snn25.jsonl (snn2-17: Houthi projectiles on the al-Tuwal villages of Jazan), as snn36 and snn37 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386663":
            "press review (what the Pakistani papers highlighted): events second-hand, as snn3 and later annotators judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (what the Lebanese papers highlighted): events second-hand, as snn9 and later annotators judged (snn38)",
        "http://www.al-madina.com/node/621186/حسمت-الصفقة-مونتاري-اتحادي-لمدة-سنتين.html":
            "sports (a football transfer), as snn30 and snn36 judged (snn38)",
        "http://sabq.org/e2Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-18: the Taiz resistance arrests a Houthi leader disguised as a bride), as snn15 and snn32 judged (snn38)",
        "http://sabq.org/eNCgde":
            "same story as an article already in events-snn17.jsonl (snn17-19: Davutoglu, no ground troops in Syria, air cover agreed with the US), as snn26 and snn29 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386675":
            "press review (what the Egyptian papers highlighted): events second-hand, as snn14 and snn35 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386880":
            "same story as an article already in events-snn24.jsonl (snn24-10: the Kuwaiti cabinet condemns the Asir bombing), as snn29 and snn35 judged (snn38)",
        "http://www.al-madina.com/node/623396/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html":
            "same story as an article already in events-snn2.jsonl (snn2-15: the Asir emergency-forces mosque imam's account), as snn9 and snn15 judged (snn38)",
        "http://sabq.org/7L1aCd":
            "opinion column (on the Iran deal), as snn23 and snn35 judged (snn38)",
        "http://sabq.org/muDgde":
            "same story as an article already in events-snn.jsonl (snn-07: the opening of the Imam Sadiq trial in Kuwait, here announced for the next day), as snn19 and snn36 judged (snn38)",
        "http://www.spa.gov.sa/details.php?id=1386748":
            "same story as an article already in events-snn23.jsonl (snn23-10: ISIS members killed in Anbar, Mukayshifa and east of Fallujah), as snn36 judged (snn38)",
        "http://www.al-madina.com/node/623378/نائب-المليك-يتلقى-اتصالات-هاتفية-من-ولي-عهد-البحرين-ووزراء-داخلية-3-دول-خليجية.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' condolence calls to Mohammed bin Nayef), as snn21 and snn24 judged (snn38)",
        "http://sabq.org/MbDgde":
            "no concrete event (commentary on Mohammed bin Salman's visit to Egypt, which snn7-12 reports), as snn30 and snn36 judged (snn38)",
        "http://sabq.org/gvDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base; here mostly the base's history), as snn28 and snn35 judged (snn38)",
        "http://www.al-madina.com/node/623398/فيصل-بن-خالد-فئة-باغية-لم-تراعِ-حرمة-الدم-والمسجد.html":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir emir receives the public security director in Abha) (snn38)",
        "http://sabq.org/VX0aCd":
            "opinion column (on child marriage), as snn19 and snn28 judged (snn38)",
        "http://sabq.org/yuDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base), as snn33 and snn37 judged (snn38)",
        "http://www.al-madina.com/node/621381/المقاومة-والجيش-يسيطران-على-بلدتي-الوهط-وصبر-بلحج.html":
            "same story as an article already in events-snn4.jsonl (snn4-03: the capture of al-Waht and Sabr in Lahij on 26 July) (snn38)",
        "http://sabq.org/svDgde":
            "no concrete event of the coded types (the UN envoy's TV interview on Yemen's toll), as snn35 and snn36 judged (snn38)",
        "http://sabq.org/i4Cgde":
            "same story as an article already in events-snn18.jsonl (snn18-15: the triple shooting in Khaybar al-Janub, Asir), as snn23 and snn26 judged (snn38)",
        "http://www.al-madina.com/node/623545/النازحون-اليمنيون-بالمكلا-لـ-عائدون-والملك-سلمان-أحيا-روح-الأمل-فينا.html?weekly":
            "no event of the coded types (a feature on displaced Yemenis in Mukalla) (snn38)",
        "http://sabq.org/suCgde":
            "no event of the coded types (a harassment video in Mecca; only an inquiry), as snn25 and snn33 judged (snn38)",
        "http://sabq.org/AOCgde":
            "same story as an article already in events-snn32.jsonl (snn32-09: al-Rabeeah receives the governors of Sanaa and al-Dhale), as snn32 and snn37 judged (snn38)",
        "http://www.al-madina.com/node/620452/الشرعية-تنتصر.html":
            "opinion column (the paper's editorial on Aden), as snn18 and snn33 judged (snn38)",
        "http://sabq.org/CqQfde":
            "opinion column (on sports fanaticism), as snn29 and snn36 judged (snn38)",
        "http://sabq.org/EzDgde":
            "same story as an article already in events-snn5.jsonl (snn5-18: the Saudi student arrested in Kentucky), as snn18 judged (snn38)",
        "http://www.al-madina.com/node/621018/ليبيا-قتيلان-في-اشتباكات-بنغازي.html":
            "same story as an article already in events-snn3.jsonl (snn3-01: the Benghazi clashes and air strikes on al-Sabri), as snn18 and snn23 judged (snn38)",
        "http://sabq.org/tM1aCd":
            "opinion column (on Koran classes in schools), as snn28 and snn29 judged (snn38)",
        "http://sabq.org/e9Dgde":
            "same story as articles already in events-snn15.jsonl and events-snn17.jsonl (snn15-10, snn17-03: the Council of Senior Scholars condemns the Asir bombing), as snn36 judged (snn38)",
        "http://www.al-madina.com/node/620520/هبوط-طائرة-سعودية-تحمل-مساعدات-بمطار-عدن-بعد-تشغيله.html?live":
            "same story as articles already in events-snn8.jsonl and events-snn11.jsonl (snn8-09, snn11-16: the Saudi plane landing at the reopened Aden airport), as snn17 and snn29 judged (snn38)",
        "http://sabq.org/i7Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-16: the Saudi plane landing at Aden airport; here residents' photos), as snn28 and snn30 judged (snn38)",
        "http://sabq.org/aHCgde":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce), as snn29 and snn34 judged (snn38)",
        "http://www.al-madina.com/node/623602/المرصد-السوري-اللاذقية-تطالب-بإعدام-أحد-أقارب-الأسد.html?weekly":
            "same story as articles already in events-snn14.jsonl and events-snn17.jsonl (snn14-14, snn17-01: the Latakia sit-in against Suleiman al-Assad), as snn36 judged (snn38)",
        "http://sabq.org/W6Dgde":
            "same story as an article already in events-snn23.jsonl (snn23-06: coalition strikes on the 15th Brigade at Zinjibar), as snn30 and snn36 judged (snn38)",
        "http://sabq.org/68Dgde":
            "same story as articles already in events-snn7.jsonl and events-snn14.jsonl (snn7-05, snn14-15: the Asir emir at the bombing site), as snn32 judged (snn38)",
    },
    # events-snn39.jsonl (seed 20270112, --exclude of the thirty-nine files up to events-snn37.jsonl; none among the TAKE/CAP lines
    # of the first 120 lines of the seed-20270111 walk, --n=40, annotated in parallel):
    20270112: {
        "http://www.aleqt.com/2015/07/22/article_975150.html":
            "same story as an article already in events-snn9.jsonl (snn9-12: the regime rocket on old Aleppo), as snn13 judged (snn39)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229988&CategoryID=1":
            "same story as an article already in events-snn2.jsonl (snn2-09, alyaum 4080032: the Rafah clashes at Qadud and the house blown up in al-Karama, al-Arish) (snn39)",
        "http://www.aleqt.com/2015/08/11/article_980788.html":
            "sports (a football transfer), as snn26 judged (snn39)",
        "http://www.3alyoum.com/news/golobal/a/ذبّاح-داعش-يغادر-التنظيم-هرباً-من-مصير/":
            "no concrete event of the coded types (a sourced report that a militant left ISIS; old killings recalled), as snn3 judged (snn39)",
        "http://www.alriyadh.com/1071136":
            "same story as an article already in events-snn5.jsonl (snn5-01, aleqt 979465: the second session of the Imam Sadiq mosque trial in Kuwait, adjourned to 10 Aug) (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150722/Con20150722784964.htm":
            "opinion column, as snn26 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150810/Con20150810788659.htm":
            "no concrete event of the coded types (Syrian opposition figures' comments on Russia and Iran; visits to Moscow only anticipated) (snn39)",
        "http://www.3alyoum.com/news/a/الداخلية-البحرينية-إحباط-عملية-تهريب-43/":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea), as snn35 judged (snn39)",
        "http://aawsat.com/home/article/419756/تسريح-47-ألف-عاملة-بعد-عودتهن-من-إجازاتهن":
            "no concrete dated event (statistics on women dismissed in Iran), as annotator A judged aawsat 419581 (snn39)",
        "http://www.alyaum.com/article/4080139":
            "same story as an article already in events-snn19.jsonl (snn19-16: the assassination of the Fatah official Talal al-Urduni in Ain al-Hilweh), as snn20 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386663":
            "press review (what the Pakistani papers highlighted): events second-hand, as snn3 judged (snn39)",
        "http://www.alweeam.com.sa/349521/جنرالات-أمريكا-يؤكدون-خرجنا-من-العراق/":
            "no concrete event (US generals' opinions on the withdrawal from Iraq), as snn23 judged (snn39)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231166&CategoryID=1":
            "press review (what the Jordanian media highlighted about the Deputy Crown Prince's visit to Jordan), the same story as snn2's almadina 622873, as snn2 judged aleqt 979360 (snn39)",
        "http://www.aleqt.com/2015/07/18/article_974512.html":
            "same story as an article already in events-snn15.jsonl (snn15-02, alriyadh 1066029: the Deputy Crown Prince's Eid inspection of the southern units and King Khalid Air Base, nearly the same text) (snn39)",
        "http://aawsat.com/home/article/413666/مشاري-الذايدي/زيارة-مشعل":
            "opinion column (on Meshaal's visit), as snn11 judged (snn39)",
        "http://aawsat.com/home/article/415031/رئيس-وزراء-الهند-يعد-أفقر-ولاياتها-بالمليارات-لكسب-أصوات-الناخبين":
            "no event of the coded types (Modi's election rally in Patna and funding promises; a 2013 bombing recalled) (snn39)",
        "http://www.al-jazirah.com/2015/20150807/fe3.htm":
            "no event of the coded types (a project team's working visit to the Majmaah education office), as snn13 judged (snn39)",
        "http://aawsat.com/home/article/415426/الرئيس-اليمني-يدعو-الميليشيات-الحوثية-وقوات-صالح-لاحترام-الهدنة-الإنسانية":
            "same story as an article already in events-snn8.jsonl (snn8-08: Hadi meets the UN envoy in Riyadh and calls for the truce to be respected) (snn39)",
        "http://www.alriyadh.com/1070358":
            "no event of the coded types (the KACST president receives the visiting pupils 'ambassadors of al-Hazm'), as snn12 judged a similar reception (snn39)",
        "http://www.aleqt.com/2015/07/24/article_975745.html":
            "no event of the coded types (China's oil stocks and imports), as snn22 judged (snn39)",
        "http://www.3alyoum.com/news/pol/a/انفجار-في-القاهرة-يصيب-ضابطي-شرطة-ومجن/":
            "same story as an article already in events-snn6.jsonl (snn6-11: the Heliopolis court blast and the Arish and Suez attacks), as snn37 judged (snn39)",
        "http://aawsat.com/home/article/417936/الشباب-يخطط-لاقتناص-مدافع-الاتحاد-«عسيري»":
            "sports (a football transfer and a friendly match) (snn39)",
        "http://www.aleqt.com/2015/07/24/article_975809.html":
            "same story as an article already in events-snn32.jsonl (snn32-16: Ferguson's acting police chief and the Cincinnati protest), as snn34 judged (snn39)",
        "http://www.al-madina.com/node/623357/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html?live":
            "same story as an article already in events-snn5.jsonl (snn5-05: the emir of Najran condemns the Asir mosque bombing), as snn16 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785243.htm":
            "same story as an article already in events-snn7.jsonl (snn7-08, almadina 620632: the two policemen found shot in Ceylanpinar), here with the PKK's claim (snn39)",
        "http://www.alriyadh.com/1067037":
            "same story as an article already in events-snn5.jsonl (snn5-09: Araghchi's press conference refusing sanctions beyond ten years) (snn39)",
        "http://www.alriyadh.com/1071238":
            "same story as an article already in events-snn4.jsonl (snn4-20, alyaum 4082355: the four Gulf ministers' calls to Mohammed bin Nayef, nearly the same text) (snn39)",
        "http://www.alyaum.com/article/4079706":
            "opinion column (on the Iran nuclear deal), as snn21 judged (snn39)",
        "http://www.aleqt.com/2015/07/22/article_975209.html":
            "same story as an article already in events-snn16.jsonl (snn16-12: the first WFP aid ship docks in Aden), as snn26 judged (snn39)",
        "http://www.aleqt.com/2015/07/26/article_976163.html":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce at Hadi's request), as snn7 judged (snn39)",
        "http://www.alyaum.com/article/4080025":
            "no event of the coded types (a volunteer group's Eid programme at a care home), as snn13 judged (snn39)",
        "http://www.alyaum.com/article/4082227":
            "same story as an article already in events-snn3.jsonl (snn3-07: the King of Morocco's call to Mohammed bin Nayef condemning the Asir bombing), as snn20 judged (snn39)",
        "http://www.alriyadh.com/1070901":
            "same story as articles already in events-snn19.jsonl and events-snn5.jsonl (snn19-08, snn5-02: Cavusoglu on the coming battle against ISIS), as snn34 judged (snn39)",
        "http://www.alweeam.com.sa/348555/قوات-هادي-تسيطر-على-معظم-حي-التواهي-آخر/":
            "same story as articles already in events-snn2.jsonl and events-snn3.jsonl (snn2-12, snn3-18: the capture of al-Tawahi in Aden), as snn28 judged (snn39)",
        "http://aawsat.com/home/article/411421/غضب-في-كابل-بعد-غارة-أميركية-«خاطئة»-تقتل-10-جنود-أفغان":
            "same story as an article already in events-snn13.jsonl (snn13-07: the US helicopter strike on an Afghan army checkpoint in Logar), as snn25 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788906.htm":
            "same story as an article already in events-snn11.jsonl (snn11-06: the Asir passports director visits the bombing's wounded), as snn29 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150810/ln6.htm":
            "same story as an article already in events-snn.jsonl (snn-04: al-Rabeeah receives the Kuwaiti relief delegation at the KSrelief centre in Riyadh), as snn15 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150806/ln24.htm":
            "no event of the coded types (a mayor's inspection tour of municipal services), as snn2 judged (snn39)",
        "http://sabq.org/WICgde":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea), as snn30-37 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (what the Lebanese papers highlighted): events second-hand, as snn9 judged (snn39)",
        "http://www.3alyoum.com/news/local/a/لماذا-تأخر-تفجير-مسجد-طوارئ-عسير-حتى-ال/":
            "the Asir bombing again; nothing new of the coded types (speculation on the bomber's timing), as snn37 judged (snn39)",
        "http://www.alyaum.com/article/4082335":
            "same story as an article already in events-snn21.jsonl (snn21-05: the Kerry-Lavrov agreement on the chlorine resolution and the Security Council vote), as snn35 judged (snn39)",
        "http://www.alweeam.com.sa/349390/طهران-موجوداتنا-المجمدة-في-الخارج-29-مل/":
            "no event of the coded types (Iran's central bank on its frozen assets), as snn15 judged (snn39)",
        "http://www.aleqt.com/2015/07/31/article_977774.html":
            "same story as an article already in events-snn.jsonl (snn-09: the execution of a heroin smuggler in Thadiq), as snn14 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788304.htm":
            "same story as an article already in events-snn5.jsonl (snn5-05: the emir of Najran condemns the Asir mosque bombing), as snn34 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150803/ln3.htm":
            "same story as an article already in events-snn19.jsonl (snn19-12: al-Rabeeah receives the Yemeni information minister), as snn32 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788371.htm":
            "same story as articles already in events-snn18.jsonl and events-snn11.jsonl (al-Jubeir's planned Moscow visit; his talks with Gentiloni in Rome), as snn26 judged (snn39)",
        "http://www.al-madina.com/node/620646/هيبة-العلماء-في-قبلة-الأمير.html":
            "opinion column, as snn36 judged (snn39)",
        "http://www.alyaum.com/article/4082231":
            "same story as an article already in events-snn2.jsonl (snn2-02: the UAE foreign minister condemns the Asir bombing) (snn39)",
        "http://www.alyaum.com/article/4080479":
            "same story as an article already in events-snn32.jsonl (snn32-09: al-Rabeeah receives the governors of Sanaa and al-Dhale at the relief centre) (snn39)",
        "http://www.alweeam.com.sa/343306/سارة-وأزمة-الحوار/":
            "opinion column; also in the seed-20270111 walk, annotated in parallel (snn39)",
        "http://www.al-madina.com/node/623352/البرلمان-العربي-يدين-التفجير-الإرهابي-الذي-استهدف-مسجدًا-في-عسير.html?live":
            "same story as an article already in events-snn20.jsonl (snn20-13, aljazirah 20150808/fe11: the Arab Parliament speaker's statement condemning the Asir bombing) (snn39)",
        "http://www.alweeam.com.sa/348774/كيري-من-المستحيل-أن-تصنع-إيران-قنبلة-نو/":
            "same story as an article already in events-snn20.jsonl (snn20-01, aawsat 411896: Kerry's interview with Asharq al-Awsat and the planned GCC meeting in Doha) (snn39)",
        "http://www.aleqt.com/2015/07/21/article_974967.html":
            "no event of the coded types (Greek banks' emergency funding), as snn22 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150726/ln27.htm":
            "no event of the coded types (an Eid party at a Buraidah rehabilitation centre), as snn27 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150810/Con20150810788721.htm":
            "no event of the coded types (the Saudi Falcons' closing air show at the al-Baha summer festival) (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150810/Con20150810788649.htm":
            "same story as an article already in events-snn17.jsonl (snn17-01: the Latakia sit-in over the killing of a colonel by Suleiman al-Assad) (snn39)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (what the Libyan papers highlighted): events second-hand, as snn8 judged (snn39)",
        "http://www.al-madina.com/node/620624/البنتاغون-يعلن-مقتل-زعيم-جماعة-خراسان.html":
            "same story as an article already in events-snn9.jsonl (snn9-16: the Pentagon announces that a US strike killed Muhsin al-Fadhli) (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788232.htm":
            "no event of the coded types (the Buraydah dates festival), as snn32 judged (snn39)",
        "http://www.alyaum.com/article/4082728":
            "no concrete event of the coded types (prisoners' families plan a meeting with the new ambassador, time and place not yet set) (snn39)",
        "http://www.al-jazirah.com/2015/20150807/du11.htm":
            "in the seed-20270111 walk, annotated in parallel (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784606.htm":
            "opinion column (snn39)",
        "http://www.alyaum.com/article/4082229":
            "same story as an article already in events-snn.jsonl (snn-03: Germany's and Spain's condemnations of the Asir bombing; here with Pakistan's) (snn39)",
        "http://www.alweeam.com.sa/350533/مقتل-قائد-كتائب-الحسين-الحوثية-بالضال/":
            "same story as an article already in events-snn26.jsonl (snn26-13: the Houthi commander al-Sanhani killed in an ambush in al-Dhale) (snn39)",
        "http://www.aleqt.com/2015/08/07/article_979795.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' calls to Mohammed bin Nayef), as snn19 judged (snn39)",
        "http://www.al-madina.com/node/623825/حماك-الله-يا-بلادي.html":
            "opinion column (on the Asir bombing), as snn36 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150803/du8.htm":
            "same story as an article already in events-snn10.jsonl (snn10-08: the PKK tractor bombing at Dogubayazit) (snn39)",
        "http://www.alyaum.com/article/4082510":
            "no concrete event of the coded types (a review of a year of US-led air strikes; a White House spokesman's assessment), as snn32 judged (snn39)",
        "http://www.aleqt.com/2015/07/26/article_976173.html":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling, the same interior-ministry statement), as snn5 judged (snn39)",
        "http://www.alweeam.com.sa/350361/مصر-لا-نتوقع-منحاً-جديدة-من-دول-الخليج/":
            "no concrete event of the coded types (the Egyptian planning minister's expectations of Gulf aid in an interview) (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785145.htm":
            "same story as an article already in events-snn6.jsonl (snn6-06: the suicide bombing in the Almar market, Faryab), as snn22 judged (snn39)",
        "http://www.al-madina.com/node/623403/السودان-محاولات-يائسة-لن-تنال-من-المملكة-ووحدتها.html":
            "same story as an article already in events-snn21.jsonl (snn21-16: Sudan condemns the Asir bombing), as snn36 judged (snn39)",
        "http://sabq.org/i7Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-16: the Saudi plane landing at Aden airport; here residents' photos), as snn28 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150807/cu8.htm":
            "opinion (a poem on an executed Iranian poet) (snn39)",
        "http://www.aleqt.com/2015/08/09/article_980177.html":
            "same story as an article already in events-snn13.jsonl (snn13-05: Mohammed bin Nayef chairs the security chiefs' meeting in Jeddah), as snn36 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788335.htm":
            "in the seed-20270111 walk, annotated in parallel (snn39)",
        "http://www.alweeam.com.sa/351441/وفاة-والد-الرضيع-الفلسطيني-الذي-قضى-حر/":
            "same story as an article already in events-snn.jsonl (snn-12: the Duma arson; here only the father's death of his burns, a casualty update) (snn39)",
        "http://www.alyaum.com/article/4080311":
            "same story as an article already in events-snn17.jsonl (snn17-15: Egypt extends the North Sinai state of emergency; the al-Arish bus bomb) (snn39)",
        "http://sabq.org/akDgde":
            "no event of the coded types (a video of alcohol smuggled over the King Fahd causeway), as snn35 judged (snn39)",
        "http://www.al-madina.com/node/623602/المرصد-السوري-اللاذقية-تطالب-بإعدام-أحد-أقارب-الأسد.html?weekly":
            "same story as an article already in events-snn14.jsonl (snn14-14: the Latakia sit-in against Suleiman al-Assad), as snn36 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150726/Con20150726785693.htm":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce), as snn16 judged (snn39)",
        "http://www.alyaum.com/article/4079647":
            "in the seed-20270111 walk, annotated in parallel (snn39)",
        "http://www.aleqt.com/2015/08/11/article_980743.html":
            "same story as an article already in events-snn14.jsonl (snn14-14: Syria arrests Suleiman al-Assad after the Latakia protest), as snn37 judged (snn39)",
        "http://www.alweeam.com.sa/347300/أسعار-النفط-تهبط-مع-قرب-التوصل-لاتفاق-ن/":
            "no event of the coded types (an oil-market report), as snn35 judged (snn39)",
        "http://www.al-madina.com/node/623155/كبار-العلماء-تدين-وبشدة-العمل-الإجرامي-الذي-استهدف-مسجدًا-بعسير.html?live":
            "same story as articles already in events-snn15.jsonl and events-snn17.jsonl (snn15-10, snn17-03: the Council of Senior Scholars' secretariat condemns the Asir bombing) (snn39)",
        "http://www.al-madina.com/node/620171/الشيشان-أيقونة-القوقاز.html":
            "no current event (a background feature on Chechnya; wars of the 1990s recalled) (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788101.htm":
            "same story as an article already in events-snn23.jsonl (snn23-08: the Bahraini House speaker condemns the Asir bombing) (snn39)",
        "http://www.aleqt.com/2015/08/10/article_980514.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha), as snn13 judged (snn39)",
        "http://www.alweeam.com.sa/348889/وزير-الدفاع-الأمريكي-للسعوديين-تهديد/":
            "same story as an article already in events-snn4.jsonl (snn4-11: King Salman receives Carter in Jeddah), as snn31 judged (snn39)",
        "http://www.alyaum.com/article/4080194":
            "no event of the coded types (a shark kills a diver off Tasmania), as snn27 judged (snn39)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary), as snn5 judged (snn39)",
        "http://www.al-madina.com/node/623897/تركيا-مقتل-5-شرطيين-في-هجمات-واعتداء-على-القنصلية-الأمريكية.html":
            "same story as articles already in events-snn18.jsonl and events-snn7.jsonl (the Istanbul US consulate shooting and the Sultanbeyli police-station attack), as snn35 judged (snn39)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788302.htm":
            "the Asir bombing again; nothing new of the coded types (Asir citizens' reactions) (snn39)",
        "http://www.aleqt.com/2015/07/31/article_977805.html":
            "same story as an article already in events-snn11.jsonl (snn11-03: the Arab League welcomes the Cairo Declaration) (snn39)",
        "http://www.alweeam.com.sa/349299/مقتل-جنديين-تركيين-في-تفجير-سيارة-ملغو/":
            "same story as an article already in events-snn9.jsonl (snn9-17, aleqt 976284: the car bomb on a military convoy in Lice, Diyarbakir), as snn13 judged okaz 785866 (snn39)",
        "http://www.alyaum.com/article/4080114":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce), as snn19 judged (snn39)",
        "http://www.al-madina.com/node/621381/المقاومة-والجيش-يسيطران-على-بلدتي-الوهط-وصبر-بلحج.html":
            "same story as an article already in events-snn4.jsonl (snn4-03: the resistance takes al-Waht and Sabr in Lahij on Sunday 26 Jul) (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386748":
            "same story as an article already in events-snn23.jsonl (snn23-10: ISIS members killed in Anbar, Mukayshifa and east of Fallujah on 10 Aug), as snn36 judged (snn39)",
        "http://www.aleqt.com/2015/07/23/article_975620.html":
            "no concrete dated event (the Syrian Observatory's ten-month tally of coalition air-strike deaths), as snn37 judged (snn39)",
        "http://www.alyaum.com/article/4082324":
            "no concrete dated event (a feature on the Rohingya), as snn30 judged (snn39)",
        "http://www.alweeam.com.sa/350681/اليمن-قاعدة_العند-بالكامل-تحت-سيطرة-ا/":
            "same story as an article already in events-snn3.jsonl (snn3-12, alwatan 230998: the capture of al-Anad base) (snn39)",
        "http://www.al-madina.com/node/620072/العرب-بين-إرهاب-أوروبا-وكباب-إيران.html":
            "opinion column, as snn10 judged (snn39)",
        "http://www.al-madina.com/node/621208/الرئيس-اليمني-يطالب-المتمردين-باحترام-الهدنة-الإنسانية.html?live":
            "in the seed-20270111 walk, annotated in parallel (snn39)",
        "http://www.alweeam.com.sa/350044/اليمن-مقتل-4-من-القاعدة-في-ضربة-جوية-أم/":
            "same story as an article already in events-snn5.jsonl (snn5-04, okaz: the US drone strike on suspected AQAP members in Abyan) (snn39)",
        "http://www.alyaum.com/article/4081822":
            "same story as an article already in events-snn37.jsonl (snn37-17: Erdogan says Putin is abandoning Assad) (snn39)",
        "http://www.al-madina.com/node/621093/فوضوية-وسائل-التواصل-الاجتماعي-وغياب-المحاسبية.html":
            "opinion column (on social media), as snn18 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386852":
            "same story as an article already in events-snn25.jsonl (snn25-01: the Bahraini cabinet condemns the Asir bombing), as snn35 judged (snn39)",
        "http://www.alweeam.com.sa/351990/تأجيل-زيارة-ظريف-الى-تركيا/":
            "same story as an article already in events-snn13.jsonl (snn13-12: Zarif's postponed visit to Turkey) (snn39)",
        "http://www.alyaum.com/article/4079373":
            "same story as an article already in events-snn7.jsonl (snn7-09: Jeffrey Webb's court appearance and bail in Brooklyn), as snn34 judged (snn39)",
        "http://www.al-madina.com/node/623865/الجاسر-16-ساعة-متواصلة-و60-شخصًا-حضروا-في-قلب-الأحداث-بعسير.html":
            "no event of the coded types (a TV channel director on its coverage of the Asir bombing) (snn39)",
        "http://sabq.org/svDgde":
            "no concrete event of the coded types (the UN envoy's TV interview), as snn32 judged (snn39)",
        "http://www.alyaum.com/article/4082021":
            "same story as an article already in events-snn.jsonl (snn-07: the opening session of the Imam Sadiq mosque trial in Kuwait) (snn39)",
        "http://sabq.org/7L1aCd":
            "opinion column (on the Iran nuclear deal), as snn9 judged (snn39)",
        "http://www.al-madina.com/node/623907/نائب-المليك-كل-من-يحاول-العبث-بأمن-المملكة-وشعبها-سيجد-الرد-فورا-وعمليا-في-الميد.html":
            "same story as an article already in events-snn11.jsonl (snn11-01: Mohammed bin Nayef receives the families of the Asir bombing's victims) (snn39)",
        "http://www.alyaum.com/article/4081858":
            "in the seed-20270111 walk, annotated in parallel; also the same story as snn31-20 (al-Rabeeah receives the regional humanitarian coordinator), as snn36 judged (snn39)",
        "http://sabq.org/QgDgde":
            "no event of the coded types (the death of a Saudi prisoner's father in Riyadh), as snn22 judged (snn39)",
        "http://www.al-madina.com/node/623906/نائب-خادم-الحرمين-آثار-الدماء-على-جدران-«مسجد-الطوارئ»-ومصاحفه-لن-تزيدنا-إلا-تصد.html":
            "same story as an article already in events-snn.jsonl (snn-05: Mohammed bin Nayef inspects the Asir emergency-forces mosque), as snn11 judged (snn39)",
        "http://www.alyaum.com/article/4081363":
            "same story as an article already in events-snn35.jsonl (snn35-02, aleqt 978353: Kerry's visit to Cairo for the strategic dialogue; here his arrival the evening before) (snn39)",
        "http://www.al-madina.com/node/622872/مثلث-الثقل-الإستراتيجي-العربي.html":
            "editorial (on the Deputy Crown Prince's visit to Jordan), as snn35 judged (snn39)",
        "http://www.al-madina.com/node/623895/نائب-الملك-من-عسير-من-يحاول-العبث-بأمن-المملكة-وشعبها-سيجد-الرد-عملياً-في-الميدا.html?live":
            "same story as an article already in events-snn11.jsonl (snn11-01: Mohammed bin Nayef receives the Asir martyrs' families), as snn35 judged (snn39)",
        "http://www.alyaum.com/article/4082216":
            "same story as an article already in events-snn7.jsonl (snn7-05: the Asir governor visits the wounded of the mosque bombing), as snn31 judged (snn39)",
        "http://www.al-madina.com/node/621297/لابد-من-صنعاء.html":
            "editorial (on the road to Sanaa), as snn15 judged (snn39)",
        "http://www.al-madina.com/node/623826/غياب-التأثير-وإعلام-الشجب-والتكرار.html":
            "opinion column (on the media and terrorism), as snn28 judged (snn39)",
        "http://www.alyaum.com/article/4081761":
            "opinion column (an editorial on the Iran deal), as snn26 judged (snn39)",
        "http://www.al-madina.com/node/620629/إيران-ما-بعد-الاتفاق.html":
            "opinion column (an editorial on Iran after the deal), as snn29 judged (snn39)",
        "http://sabq.org/oFCgde":
            "same story as an article already in events-snn2.jsonl (snn2-17: Houthi projectiles on the al-Tuwal villages of Jazan on Friday 24 Jul), as snn36 judged (snn39)",
        "http://sabq.org/suCgde":
            "no event of the coded types (a harassment video on the Jeddah corniche; only an inquiry), as snn25 judged (snn39)",
        "http://www.al-madina.com/node/623544/اليمن-يطلب-من-الأردن-استقبال-أعداد-إضافية-من-الجرحى.html?weekly":
            "same story as an article already in events-snn16.jsonl (snn16-03: the plane of Yemeni wounded reaching Amman; Jordan asked to take more), as snn18 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1387061":
            "no event of the coded types (Saudi Post ready to deliver passport documents), as snn26 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386863":
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier's press conference in Berlin), as snn17 judged (snn39)",
        "http://sabq.org/eNCgde":
            "same story as an article already in events-snn17.jsonl (snn17-19: Davutoglu, no ground troops in Syria, air cover agreed with the US), as snn26 judged (snn39)",
        "http://sabq.org/gvDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad; here mostly the base's history), as snn12 judged (snn39)",
        "http://www.al-madina.com/node/623778/تنفيذ-حكم-القتل-قصاصًا-في-أحد-الجناة-بالباحة.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha), as snn25 judged (snn39)",
        "http://www.al-madina.com/node/623392/عبدالله-بن-مساعد-الإرهاب-لن-يضعف-عزيمة-رجال-الأمن.html":
            "same story as an article already in events-snn18.jsonl (snn18-07: Prince Abdullah bin Musaed condemns the Asir mosque bombing), as snn20 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386995":
            "press review (what the Pakistani papers highlighted): events second-hand, as snn9 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as an article already in events-snn7.jsonl (snn7-19: the attack on the Sultanbeyli police station in Istanbul), as snn13 judged (snn39)",
        "http://www.al-madina.com/node/620804/زيارة-كارتر.html":
            "editorial (on Carter's visit), as snn3 judged (snn39)",
        "http://sabq.org/AOCgde":
            "same story as an article already in events-snn32.jsonl (snn32-09: al-Rabeeah receives the governors of Sanaa and al-Dhale), as snn32 judged (snn39)",
        "http://sabq.org/uCCgde":
            "in the seed-20270111 walk, annotated in parallel; also no concrete event of the coded types (a feature on Saudi troops and children in Aden), as snn32 judged (snn39)",
        "http://www.al-madina.com/node/620457/فورين-بوليسي-الاتفاق-النووي-متعدد-المخاطر.html":
            "no concrete event of the coded types (a summary of a Foreign Policy analysis of the Iran deal), as snn16 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386880":
            "same story as an article already in events-snn24.jsonl (snn24-10: the Kuwaiti cabinet condemns the Asir bombing), as snn29 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386792":
            "same story as an article already in events-snn9.jsonl (snn9-13: al-Zayani visits the King Salman relief centre), as snn11 judged (snn39)",
        "http://sabq.org/EzDgde":
            "same story as an article already in events-snn5.jsonl (snn5-18: the Saudi student arrested in Kentucky over a pressure-cooker threat), as snn18 judged (snn39)",
        "http://sabq.org/MbDgde":
            "no concrete event (observers' commentary on Mohammed bin Salman's visit to Egypt, which snn7-12 reports), as snn36 judged (snn39)",
        "http://www.al-madina.com/node/620209/30-قتيلا-بتفجير-انتحاري-لـ«داعش»-في-بلدة-تركية-على-حدود-سوريا.html":
            "same story as an article already in events-snn2.jsonl (snn2-08: the Suruc bombing), as snn37 judged (snn39)",
        "http://www.al-madina.com/node/623898/اعتقال-أحد-أقارب-الأسد-بتهمة-قتل-عميد-في-الجيش.html":
            "same story as an article already in events-snn14.jsonl (snn14-14: the arrest of Suleiman al-Assad), as snn34 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386866":
            "same story as an article already in events-snn24.jsonl (snn24-17: Ukraine accuses the separatists of the heaviest shelling near Starohnativka), as snn32 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha), as snn4 judged (snn39)",
        "http://www.al-madina.com/node/623457/كلنا-رجال-طوارىء.html":
            "opinion column (on the Special Emergency Forces), as snn13 judged (snn39)",
        "http://www.al-madina.com/node/620163/ليبيا-إغراق-سفينة-«تحمل-مقاتلين-وذخيرة»-للإرهابيين.html":
            "same story as an article already in events-snn3.jsonl (snn3-14, alwatan: warplanes sink a ship near Benghazi) (snn39)",
        "http://sabq.org/aHCgde":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce), as snn29 judged (snn39)",
        "http://sabq.org/i4Cgde":
            "same story as an article already in events-snn18.jsonl (snn18-15: the triple shooting in Khaybar al-Janub, Asir), as snn23 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386721":
            "press review (what the Tunisian papers highlighted): events second-hand, as snn11 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386765":
            "same story as an article already in events-snn16.jsonl (snn16-05: the Asir emir receives the head of the Ifta branch), as snn28 judged (snn39)",
        "http://www.al-madina.com/node/623329/المفتي-العام-عمل-إجرامي-لا-يقبله-إنسان-ولا-دين.html":
            "same story as an article already in events-snn.jsonl (snn-15: the Grand Mufti's condemnation of the Asir bombing), as snn13 judged (snn39)",
        "http://www.al-madina.com/node/620454/سقوط-مئات-القذائف-على-بلدات-في-شمال-سوريا.html":
            "same story as articles already in events-snn3.jsonl and events-snn9.jsonl (the rebel shelling of al-Foua and Kafriya), as snn35 judged (snn39)",
        "http://sabq.org/VX0aCd":
            "opinion column (on child marriage), as snn9 judged (snn39)",
        "http://sabq.org/QcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo; here his departure), as snn11 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1387153":
            "same story as an article already in events-snn22.jsonl (snn22-06: al-Jubeir meets Lavrov in Moscow), as snn29 judged (snn39)",
        "http://www.spa.gov.sa/details.php?id=1386675":
            "press review (what the Egyptian papers highlighted): events second-hand, as snn14 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150726/ar2.htm":
            "opinion column (on harassment) (snn39)",
        "http://www.aleqt.com/2015/07/31/article_977660.html":
            "same story as an article already in events-snn4.jsonl (snn4-06: the Arab human-rights committee chairman calls for an inquiry into Houthi crimes), as snn9 judged (snn39)",
        "http://www.al-madina.com/node/620689/وزير-الدفاع-الأمريكي-تهديد-إيران-«هم»-مشترك.html":
            "same story as an article already in events-snn4.jsonl (snn4-11: King Salman receives Carter in Jeddah), as snn18 judged (snn39)",
        "http://www.al-madina.com/node/623154/المفتي-تفجير-عسير-عمل-إجرامي-قبيح-لا-يقبله-إنسان-ولا-دين-ويدل-على-عدم-الإيمان.html?live":
            "same story as an article already in events-snn.jsonl (snn-15: the Grand Mufti condemns the Asir bombing), as snn24 judged (snn39)",
        "http://sabq.org/4ACgde":
            "same story as an article already in events-snn8.jsonl (snn8-09: the second Saudi relief plane lands in Aden), as snn16 judged (snn39)",
        "http://sabq.org/1M1aCd":
            "opinion column (on summer tourism), as snn26 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150721/ar1.htm":
            "opinion column (on ISIS cells), as snn10 judged (snn39)",
        "http://www.aleqt.com/2015/08/10/article_980418.html":
            "sports (al-Ettifaq club elections), as snn12 judged (snn39)",
        "http://www.al-madina.com/node/621162/مستويات-عليا-من-الإرهاب.html":
            "opinion column (on terrorism), as snn20 judged (snn39)",
        "http://www.al-madina.com/node/622867/«السعودية»-تستقبل-قيادات-«بوينج»-بجدة.html":
            "same story as an article already in events-snn5.jsonl (snn5-19: the Boeing delegation at Saudia in Jeddah), as snn25 judged (snn39)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi), as snn21 judged (snn39)",
        "http://sabq.org/Wv1fde":
            "no event of the coded types (a newspaper's director receives a search-engine company's delegation), as snn33 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150722/du9.htm":
            "same story as an article already in events-snn29.jsonl (snn29-08, alyaum 4079653: Egypt's maximum alert and 'iron fist' plan before the Suez Canal opening, the Apache strikes in North Sinai) (snn39)",
        "http://www.aleqt.com/2015/08/10/article_980473.html":
            "same story as an article already in events-snn25.jsonl (snn25-10: Hertha Berlin's bus shot at near Bielefeld), as snn27 judged (snn39)",
        "http://www.al-madina.com/node/623359/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html?live":
            "same story as an article already in events-snn2.jsonl (snn2-15: the emergency-forces mosque imam's account), as snn34 judged (snn39)",
        "http://www.al-madina.com/node/623404/البرلمان-العربي-تعبّر-عن-يأس-الجماعات-الإرهابية.html":
            "in the seed-20270111 walk, annotated in parallel; also the same story as snn20-13 (the Arab Parliament speaker condemns the Asir bombing) (snn39)",
        "http://sabq.org/udDgde":
            "same story as an article already in events-snn4.jsonl (snn4-06: al-Yami's call for an inquiry into Houthi crimes), as snn12 judged (snn39)",
        "http://sabq.org/e9Dgde":
            "same story as an article already in events-snn17.jsonl (snn17-03: the Senior Scholars' secretariat condemns the Asir bombing), as snn34 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150731/tr5.htm":
            "no current event (a folk-literature column) (snn39)",
        "http://www.aleqt.com/2015/07/20/article_974810.html":
            "no current event (a 'this day in history' list), as snn24 judged (snn39)",
        "http://www.al-madina.com/node/620495/ظريف-للشورى-الإيراني-قدمنا-تنازلات-في-الاتفاق-النووي.html":
            "same story as an article already in events-snn10.jsonl (snn10-19, almadina 620379: Zarif before the Majlis; the same text), as snn32 judged (snn39)",
        "http://www.al-madina.com/node/620963/غارة-جوية-أمريكية-تقتل-السوداني-في-أفغانستان.html":
            "in the seed-20270111 walk, annotated in parallel; also the same story as snn14-10 (the strike that killed Abu Khalil al-Sudani) (snn39)",
        "http://sabq.org/yuDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base), as snn3 judged (snn39)",
        "http://sabq.org/e2Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-18: the Taiz resistance arrests a Houthi leader disguised as a bride), as snn15 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150807/av20.htm":
            "same story as an article already in events-snn19.jsonl (snn19-13: the Kuwaiti speaker al-Ghanim condemns the Asir bombing) (snn39)",
        "http://www.aleqt.com/2015/08/08/article_979883.html":
            "same story as an article already in events-snn7.jsonl (snn7-18: Turkey freezes the assets of Saleh and Houthi leaders), as snn37 judged (snn39)",
        "http://www.al-madina.com/node/620813/واشنطون-بوست-اتفاق-أمريكي-سعودي-على-تطويق-الانتشار-العسكري-الإيراني.html":
            "same story as an article already in events-snn4.jsonl (snn4-11: King Salman receives Carter in Jeddah; here the Washington Post's account of the talks) (snn39)",
        "http://www.al-madina.com/node/622972/رابطة-العالم-الاسلامي-تدين-تصريحات-الرئيس-العراقي-ضد-المملكة.html?live":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements), as snn23 judged (snn39)",
        "http://sabq.org/ExCgde":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal), as snn28 judged (snn39)",
        "http://sabq.org/2NCgde":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arrest an African robbery gang), as snn12 judged (snn39)",
        "http://www.aleqt.com/2015/07/26/article_976334.html":
            "same story as an article already in events-snn8.jsonl (snn8-08, alweeam: Hadi meets the UN envoy in Riyadh and asks the rebels to respect the truce; the same title), as snn15 judged (snn39)",
        "http://www.al-madina.com/node/623449/حمص-داعش-يخطف-230-مدنيًا-بعد-استيلائه-على-«القريتين».html":
            "same story as an article already in events-snn.jsonl (snn-17: ISIS seizes al-Qaryatayn and abducts civilians), as snn23 judged (snn39)",
        "http://www.al-madina.com/node/620534/السمعة-القوية.html":
            "opinion column, as snn26 judged (snn39)",
        "http://sabq.org/0rDgde":
            "no event of the coded types (a prison's new family-visit building in Medina), as snn8 judged (snn39)",
        "http://sabq.org/9L1aCd":
            "opinion column (on the Iran nuclear deal), as snn37 judged (snn39)",
        "http://www.al-jazirah.com/2015/20150725/ms6.htm":
            "no current event (a 'this day in history' list) (snn39)",
        "http://www.al-jazirah.com/2015/20150724/du9.htm":
            "in the seed-20270111 walk, annotated in parallel; also no concrete dated event (SOHR's ten-month tally of coalition strikes), as snn20 judged (snn39)",
        "http://www.aleqt.com/2015/08/04/article_978847.html":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base on 3 Aug) (snn39)",
        "http://www.al-madina.com/node/621095/إسرائيل-والنووي-الإيراني.html":
            "opinion column (on Israel and the Iran deal), as snn34 judged (snn39)",
        "http://sabq.org/tM1aCd":
            "opinion column (on Koran classes in schools), as snn28 judged (snn39)",
        "http://sabq.org/FL1aCd":
            "in the seed-20270111 walk, annotated in parallel; also an opinion column (on the Iran deal), as snn19 judged (snn39)",
        "http://www.aleqt.com/2015/08/04/article_978904.html":
            "no concrete dated event (statistics on schools destroyed in Anbar since 2014), as snn25 judged (snn39)",
        "http://sabq.org/CqQfde":
            "opinion column (an editorial on sports fanaticism), as snn29 judged (snn39)",
        "http://www.al-madina.com/node/620682/12-قتيلا-في-قصف-على-قرية-يسيطر-عليها-«داعش»-بسوريا.html":
            "same story as articles already in events-snn7.jsonl and events-snn5.jsonl (snn7-16: the barrel bombs on Qasr al-Burayj; snn5-07: the Baghdad bombings in al-Bayaa and al-Shaab), as snn29 judged (snn39)",
        "http://sabq.org/KcDgde":
            "in the seed-20270111 walk, annotated in parallel; also the same story as snn7-12 (the Deputy Crown Prince's visit to Cairo; here his departure) (snn39)",
        "http://www.al-madina.com/node/622836/طب-«المؤسس»-تسد-احتياجات-مستشفى-شرق-جدة.html":
            "no event of the coded types (a medical faculty team's working visit to a Jeddah hospital), as snn10 judged (snn39)",
        "http://sabq.org/muDgde":
            "same story as an article already in events-snn.jsonl (snn-07, aawsat 422501: the opening of the Kuwait Imam Sadiq bombing trial, here announced for the next day), as snn19 judged (snn39)",
        "http://sabq.org/AbDgde":
            "no event of the coded types (a civil-aviation delegation inspects four domestic airports), as snn19 judged (snn39)",
        "http://www.aleqt.com/2015/08/09/article_980185.html":
            "in the seed-20270111 walk, annotated in parallel; also sports (the Italian Super Cup), as snn25 judged (snn39)",
        "http://www.aleqt.com/2015/08/08/article_980012.html":
            "no event of the coded types (Iraq's national archive digitised against ISIS), as snn29 judged (snn39)",
        "http://sabq.org/68Dgde":
            "same story as an article already in events-snn7.jsonl (snn7-05, almadina 623153: the emir of Asir visiting the bombing's injured in Abha the same afternoon), as snn8 judged (snn39)",
        "http://sabq.org/W6Dgde":
            "same story as an article already in events-snn23.jsonl (snn23-06: coalition strikes on the 15th Brigade base at Zinjibar), as snn30 judged (snn39)",
        "http://www.al-madina.com/node/620883/تَـهْــرِيج-وقِــلــة-أدب.html":
            "in the seed-20270111 walk, annotated in parallel; also an opinion column, as snn31 judged (snn39)",
        "http://www.aleqt.com/2015/07/23/article_975637.html":
            "no event of the coded types (plant molecules for medicine, a French farm), as snn23 judged (snn39)",
        "http://sabq.org/OKCgde":
            "no event of the coded types (a workplace accident at Jeddah airport and a courtesy hospital visit), as snn15 judged (snn39)",
        "http://www.al-madina.com/node/623572/كيف-نتجاوز-الوضع-الراهن؟.html":
            "in the seed-20270111 walk, annotated in parallel; also an opinion column (on the Asir bombing), as snn35 judged (snn39)",
        "http://www.aleqt.com/2015/08/05/article_979326.html":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-16, snn6-03: Obama's American University speech on the Iran deal), as snn12 judged alwatan 231175 (snn39)",
        "http://www.al-madina.com/node/623047/رابطة-العالم-الإسلامي-«المالكي»-لسان-صفوي-يشعل-الفتنة.html":
            "in the seed-20270111 walk, annotated in parallel; also the same story as snn4-19 (the Muslim World League condemns al-Maliki), as snn16 judged (snn39)",
        "http://www.aleqt.com/2015/08/03/article_978563.html":
            "same story as an article already in events-snn10.jsonl (snn10-11: the social affairs minister meets the KACST president in Riyadh), as snn23 judged (snn39)",
        "http://www.al-madina.com/node/623466/الرئيس-العام-لرعاية-الشباب-يدين-التفجير-الإرهابي.html":
            "same story as an article already in events-snn18.jsonl (snn18-07: Prince Abdullah bin Musaed condemns the Asir mosque bombing), as snn20 judged almadina 623392 (snn39)",
        "http://www.aleqt.com/2015/07/25/article_976033.html":
            "no event of the coded types (the Jeju governor on the expected end of South Korea's MERS outbreak and tourism) (snn39)",
        "http://www.al-madina.com/node/621396/جوازات-نجران-تواصل-تصحيح-أوضاع-الأشقاء-اليمنيين.html?live":
            "no event of the coded types (status regularisation of Yemenis in Najran), as snn13 judged a similar report (snn39)",
        "http://www.aleqt.com/2015/07/22/article_975193.html":
            "opinion column (a writer's visit to a Cairo seminar and terrorism), as snn21 judged (snn39)",
        "http://www.al-madina.com/node/623545/النازحون-اليمنيون-بالمكلا-لـ-عائدون-والملك-سلمان-أحيا-روح-الأمل-فينا.html?weekly":
            "no concrete event of the coded types (a feature on displaced Yemenis in Mukalla) (snn39)",
        "http://www.aleqt.com/2015/07/20/article_974832.html":
            "no event of the coded types (an oil-market report) (snn39)",
        "http://www.al-madina.com/node/623399/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html":
            "same story as an article already in events-snn5.jsonl (snn5-05: the emir of Najran condemns the Asir mosque bombing), as snn16 judged another copy (snn39)",
        "http://www.aleqt.com/2015/08/05/article_979225.html":
            "same story as an article already in events-snn27.jsonl (snn27-16: the cell dismantled in Dahmani, Kef), as snn33 judged (snn39)",
        "http://www.al-madina.com/node/621018/ليبيا-قتيلان-في-اشتباكات-بنغازي.html":
            "same story as an article already in events-snn3.jsonl (snn3-01: the Benghazi clashes and air strikes on al-Sabri on Thursday 23 Jul), as snn18 judged (snn39)",
        "http://www.al-madina.com/node/621186/حسمت-الصفقة-مونتاري-اتحادي-لمدة-سنتين.html":
            "sports (a football transfer), as snn30 judged (snn39)",
        "http://www.aleqt.com/2015/07/26/article_976176.html":
            "sports (a football transfer) (snn39)",
        "http://www.aleqt.com/2015/08/08/article_979935.html":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir emir receiving the public security director in Abha), as snn22 judged (snn39)",
        "http://www.al-madina.com/node/623396/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html":
            "same story as an article already in events-snn2.jsonl (snn2-15, alweeam 351344: the same interview of the Asir emergency-forces mosque imam), as snn9 judged (snn39)",
        "http://www.al-madina.com/node/622950/المباحثات-المشتركة-التي-عقدناها-أثبتت-عمق-العلاقات-ومتانتها.html":
            "same story as an article already in events-snn2.jsonl (snn2-06: the Deputy Crown Prince's visit to Jordan); only his thank-you cable on leaving, as snn23 judged (snn39)",
        "http://www.aleqt.com/2015/08/07/article_979631.html":
            "same story as an article already in events-snn37.jsonl (snn37-11, alweeam 351293: coalition strikes on al-Dimnah, al-Hawban and Madinat al-Salih in Taiz on Thursday evening, nearly the same text) (snn39)",
        "http://www.aleqt.com/2015/07/24/article_975905.html":
            "same story as articles already in events-snn9.jsonl and events-snn7.jsonl (snn9-07: the raids in Turkey and the Kilis border attack; snn7-13: the Obama-Erdogan call), as snn35 judged (snn39)",
        "http://www.al-madina.com/node/620370/إستراتيجية-لبرامج-المناصحة.html":
            "opinion column (on the counselling programmes), as snn32 judged (snn39)",
        "http://www.aleqt.com/2015/08/02/article_978228.html":
            "sports (a player's contract), as snn25 judged (snn39)",
        "http://www.al-madina.com/node/620888/وسائل-التجنيد-للإرهاب-الخطرة.html":
            "opinion column (on terrorist recruitment), as snn13 judged (snn39)",
        "http://www.aleqt.com/2015/08/11/article_980641.html":
            "no event of the coded types (television ratings), as snn34 judged (snn39)",
        "http://www.aleqt.com/2015/08/06/article_979360.html":
            "same story as an article already taken (almadina 622873, the visit to Jordan), and a review of what Jordanian media highlighted, as snn2 judged (snn39)",
        "http://www.aleqt.com/2015/07/23/article_975597.html":
            "no event of the coded types (an oil-market report), as snn9 judged (snn39)",
        "http://www.aleqt.com/2015/08/11/article_980623.html":
            "sports (the Gulf Cup hosting), as snn35 judged (snn39)",
        "http://www.aleqt.com/2015/07/21/article_975032.html":
            "no current event (a 'this day in history' list), as snn7 judged (snn39)",
        "http://www.aleqt.com/2015/07/21/article_975092.html":
            "no event of the coded types (oil prices), as snn32 judged (snn39)",
        "http://www.al-madina.com/node/620520/هبوط-طائرة-سعودية-تحمل-مساعدات-بمطار-عدن-بعد-تشغيله.html?live":
            "same story as an article already in events-snn11.jsonl (snn11-16, aleqt 975318: the Saudi plane landing at the reopened Aden airport on 22 Jul), as snn17 judged (snn39)",
        "http://www.al-madina.com/node/623186/وزير-العدل-القضاء-سيقف-في-وجه-كل-من-أراد-شراً-بالبلاد.html":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir bombing), as snn35 judged (snn39)",
        "http://www.al-madina.com/node/623843/أزمة-أهداف-تهدد-«ريال-بينتيز».html":
            "sports (Real Madrid's pre-season), as snn10 judged (snn39)",
        "http://www.al-madina.com/node/623398/فيصل-بن-خالد-فئة-باغية-لم-تراعِ-حرمة-الدم-والمسجد.html":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir emir receives the public security director in Abha), as snn22 judged aleqt 979935 (snn39)",
        "http://www.al-madina.com/node/623344/العرج-تفجير-عسير-جريمة-بشعة-لم-تراعِ-قدسية-بيوت-الله.html":
            "same story as an article already in events-snn22.jsonl (snn22-11: the civil service minister condemns the Abha mosque bombing), as snn29 judged (snn39)",
        "http://www.al-madina.com/node/623156/الكويت-تدين-بشدة-التفجير-الإرهابي-في-عسير.html?live":
            "same story as an article already in events-snn3.jsonl (snn3-11, aleqt 979557: Kuwait's condemnation of the Asir mosque bombing, the same foreign-ministry source), as snn17 judged (snn39)",
        "http://www.al-madina.com/node/623123/أوباما-يحذر-الكونجرس-من-مغبة-رفض-الاتفاق-النووي-مع-إيران.html":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-16, snn6-03: Obama's American University speech on the Iran deal), as snn33 judged (snn39)",
    },
    # events-snn40.jsonl (seed 20270113, --exclude of the forty-one files events-snn.jsonl to events-snn39.jsonl with
    # events-snn-b.jsonl and events-snn-more.jsonl):
    20270113: {
        "http://www.aleqt.com/2015/08/11/article_980623.html":
            "sports (the Gulf Cup hosting), as snn35 judged (snn40)",
        "http://www.alyaum.com/article/4080483":
            "no current event of the coded types (a Beijing police raid on a fake-iPhone factory, undated here), as snn25 judged (snn40)",
        "http://www.aleqt.com/2015/07/23/article_975620.html":
            "no concrete dated event (the Syrian Observatory's ten-month tally of coalition air-strike deaths), as snn37 judged (snn40)",
        "http://aawsat.com/home/article/425121/معتقل-«مانسانار»-فصل-أسود-من-تاريخ-الولايات-المتحدة":
            "no current event (a historical feature on the Manzanar internment camp), as snn14 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "press review (what the Lebanese papers highlighted): events second-hand, as snn9 judged (snn40)",
        "http://www.al-jazirah.com/2015/20150725/du3.htm":
            "same story as an article already in events-snn5.jsonl (snn5-13: the Sejnane operation in Bizerte), as snn37 judged (snn40)",
        "http://www.al-madina.com/node/620454/سقوط-مئات-القذائف-على-بلدات-في-شمال-سوريا.html":
            "same story as articles already in events-snn3.jsonl and events-snn9.jsonl (the rebel shelling of al-Foua and Kafriya), as snn35 judged (snn40)",
        "http://www.alyaum.com/article/4082665":
            "same story as articles already in events-snn2.jsonl and events-snn13.jsonl (the interior minister chairs the security chiefs' meeting in Jeddah), as snn17 judged (snn40)",
        "http://www.al-madina.com/node/621095/إسرائيل-والنووي-الإيراني.html":
            "opinion column (Israel and the Iran deal), as snn34 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784606.htm":
            "opinion column, as snn39 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150725/Con20150725785616.htm":
            "same story as articles already in events-snn9.jsonl and events-snn17.jsonl (Turkey's first strikes on ISIS in Syria, Incirlik), as snn34 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386863":
            "same story as an article already in events-snn2.jsonl (snn2-20: al-Jubeir and Steinmeier in Berlin), as snn17 judged (snn40)",
        "http://www.3alyoum.com/news/golobal/a/ميسي-يثير-موجة-غضب-بعد-لقاء-رئيس-الغابو/":
            "sports (a footballer's dress at a meeting with Gabon's president; a party's criticism) (snn40)",
        "http://www.alweeam.com.sa/349535/الشرطة-الصينية-تغلق-مصنعاً-كبيراً-لإن/":
            "no current event of the coded types (the same Beijing fake-iPhone raid of 14 May, announced now), as snn25 judged the alyaum copy (snn40)",
        "http://www.alriyadh.com/1070701":
            "no event of the coded types (the education minister's inspection visit to Fifa schools) (snn40)",
        "http://aawsat.com/home/article/411986/تل-أبيب-تراهن-على-التهديد-«المشترك»-لـ«داعش»-لاستعادة-علاقتها-بأنقرة":
            "no concrete event of the coded types (an Israeli diplomat's remarks on prospects of reconciliation with Turkey; talks only ongoing) (snn40)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231263&CategoryID=1":
            "no event of the coded types (Obama nominates an envoy to the IAEA) (snn40)",
        "http://www.alyaum.com/article/4082966":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha), as snn19 judged (snn40)",
        "http://www.aleqt.com/2015/07/24/article_975833.html":
            "same story as an article already in events-snn9.jsonl (snn9-07: the Turkish raids on ISIS and PKK suspects), as snn32 judged (snn40)",
        "http://www.aleqt.com/2015/07/21/article_974967.html":
            "no event of the coded types (Greek banks' emergency funding), as snn29 judged (snn40)",
        "http://www.al-jazirah.com/2015/20150805/du7.htm":
            "same story as an article already in events-snn19.jsonl (snn19-04: Lavrov meets Meshaal and al-Khatib in Doha), as snn37 judged (snn40)",
        "http://www.al-madina.com/node/623399/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html":
            "same story as an article already in events-snn5.jsonl (snn5-05: the emir of Najran condemns the Asir mosque bombing), as snn39 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788910.htm":
            "no current event (a feature on the Special Emergency Forces' eleven years; earlier arrests recalled) (snn40)",
        "http://www.al-madina.com/node/620883/تَـهْــرِيج-وقِــلــة-أدب.html":
            "opinion column, as snn31 judged (snn40)",
        "http://www.3alyoum.com/news/local/a/نائب-وزير-الصحة-يتفقد-مستشفيات-الحد-ال/":
            "no event of the coded types (the deputy health minister's inspection tour), as snn21 judged (snn40)",
        "http://www.3alyoum.com/finance/a/الفلبين-ترفض-اعتماد-مكاتب-جديدة-لاستق/":
            "no event of the coded types (labour-recruitment offices), as snn29 judged (snn40)",
        "http://sabq.org/W6Dgde":
            "same story as an article already in events-snn23.jsonl (snn23-06: coalition strikes on the 15th Brigade at Zinjibar), as snn30 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1387153":
            "same story as an article already in events-snn22.jsonl (snn22-06: al-Jubeir meets Lavrov in Moscow), as snn29 judged (snn40)",
        "http://sabq.org/udDgde":
            "same story as an article already in events-snn4.jsonl (snn4-06: the Arab human-rights committee chairman's call for an inquiry into Houthi crimes) (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386852":
            "same story as an article already in events-snn25.jsonl (snn25-01: the Bahraini cabinet condemns the Abha mosque bombing), as snn35 judged (snn40)",
        "http://aawsat.com/home/article/413966/وزير-الخارجية-الأميركي-إسرائيل-سترتكب-خطأ-جسيما-إذا-ضربت-إيران":
            "same story as an article already in events-snn9.jsonl (snn9-19, 3alyoum: Kerry's warning to Israel against striking Iran), as snn11 judged (snn40)",
        "http://www.aleqt.com/2015/07/23/article_975546.html":
            "opinion column (on harassment laws), as snn20 judged (snn40)",
        "http://www.alyaum.com/article/4082714":
            "opinion column (on the Special Emergency Forces after the Abha bombing), as snn38 judged (snn40)",
        "http://www.al-jazirah.com/2015/20150731/tr5.htm":
            "no current event (a folk-literature column), as snn39 judged (snn40)",
        "http://www.aleqt.com/2015/07/26/article_976173.html":
            "same story as an article already in events-snn.jsonl (snn-19, almadina 621179: Bahrain's foiled explosives smuggling by sea), as snn5 judged (snn40)",
        "http://www.al-madina.com/node/622950/المباحثات-المشتركة-التي-عقدناها-أثبتت-عمق-العلاقات-ومتانتها.html":
            "same story as an article already in events-snn2.jsonl (snn2-06: the Deputy Crown Prince's visit to Jordan); only his thank-you cable on leaving, as snn23 judged (snn40)",
        "http://www.al-madina.com/node/623721/الجبير-المملكة-حريصة-على-تطوير-علاقاتها-مع-إيران-شرط-أن-تغير-سياستها-بالتدخل-في-.html?live":
            "same story as an article already in events-snn2.jsonl (snn2-20, almadina 623821: al-Jubeir's press conference with Steinmeier in Berlin; snn3 skipped okaz 788843 for the same), as snn15 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788520.htm":
            "same story as articles already in events-snn4.jsonl (snn4-07, snn4-18: the funeral of Omar Abu Shousha in Muhayil), as snn20 judged (snn40)",
        "http://www.3alyoum.com/news/pol/a/تركيا-تشن-أول-غاراتها-ضد-داعش-في-سوريا/":
            "same story as articles already in events-snn9.jsonl and events-snn17.jsonl (snn9-07, snn17-10: Turkey's first strikes on ISIS in Syria on Friday 24 Jul and the police raids), as snn34 judged (snn40)",
        "http://sabq.org/VX0aCd":
            "opinion column (on child marriage), as snn9 judged (snn40)",
        "http://sabq.org/MbDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo), here an analysis of observers' comments, as snn26 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386866":
            "same story as an article already in events-snn24.jsonl (snn24-17: the separatist attack near Starohnativka), as snn32 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386880":
            "same story as an article already in events-snn24.jsonl (snn24-10: the Kuwaiti cabinet condemns the Abha mosque bombing), as snn29 judged (snn40)",
        "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleId=27455":
            "opinion column (the Saudi summer) (snn40)",
        "http://www.3alyoum.com/finance/a/اليونان-حزمة-الإنقاذ-المالي-ستكون-85-مل/":
            "no event of the coded types (the size of Greece's bailout package) (snn40)",
        "http://www.alyaum.com/article/4079847":
            "same story as an article already in events-snn11.jsonl (snn11-17, alriyadh 1067272: al-Jubeir and Shoukry's press conference in Jeddah), as snn15 judged (snn40)",
        "http://www.aleqt.com/2015/07/24/article_975909.html":
            "same story as an article already in events-snn9.jsonl (snn9-07, alweeam 349059: the first Turkish strikes on ISIS in Syria, Friday 24 Jul), as snn14 judged (snn40)",
        "http://www.al-jazirah.com/2015/20150803/ln27.htm":
            "no event of the coded types (a school district honouring visiting pupils), as snn4 judged (snn40)",
        "http://www.aleqt.com/2015/07/26/article_976157.html":
            "opinion column (on the agriculture ministry), as snn32 judged (snn40)",
        "http://www.3alyoum.com/news/local/a/مدير-صحة-الباحة-يتفقد-المشروعات-الجدي/":
            "no event of the coded types (a health director's inspection tour of projects in al-Baha), as snn16 judged (snn40)",
        "http://www.al-madina.com/node/621186/حسمت-الصفقة-مونتاري-اتحادي-لمدة-سنتين.html":
            "sports (a football transfer), as snn30 judged (snn40)",
        "http://www.al-madina.com/node/621167/الأمن-البحريني-يحبط-عملية-تهريب-مواد-متفجرة-شديدة-الخطورة.html?live":
            "same story as an article already in events-snn.jsonl (snn-19, almadina 621179: Bahrain foiling the smuggling of explosives and arms from Iran), as snn13 judged (snn40)",
        "http://sabq.org/e9Dgde":
            "same story as articles already in events-snn15.jsonl and events-snn17.jsonl (snn15-10, snn17-03: the Council of Senior Scholars' condemnation of the Asir bombing), as snn32 judged (snn40)",
        "http://sabq.org/FL1aCd":
            "opinion column (on the Iran deal), as snn19 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386721":
            "press review (digest of what Tunisian papers highlighted): events second-hand, as snn11 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386765":
            "same story as an article already in events-snn16.jsonl (snn16-05: the Asir emir receives the head of the Ifta branch), as snn28 judged (snn40)",
        "http://aawsat.com/home/article/424371/«داعش»-يخطف-230-مدنيًا-في-سوريا":
            "same story as an article already in events-snn.jsonl (snn-17: ISIS abducts civilians after seizing al-Qaryatayn) (snn40)",
        "http://www.alyaum.com/article/4082544":
            "opinion column (editorial on the Abha bombing and the security forces), as snn10 judged (snn40)",
        "http://www.aleqt.com/2015/07/24/article_975835.html":
            "no event of the coded types (a bison injures a tourist in Yellowstone), as snn35 judged (snn40)",
        "http://www.aleqt.com/2015/07/24/article_975735.html":
            "no event of the coded types (a monthly survey of Yemeni businesses moving abroad), as snn15 judged (snn40)",
        "http://www.al-madina.com/node/623047/رابطة-العالم-الإسلامي-«المالكي»-لسان-صفوي-يشعل-الفتنة.html":
            "same story as an article already in events-snn4.jsonl (snn4-19, alwatan 231227: the Muslim World League condemns al-Maliki), as snn16 judged (snn40)",
        "http://www.al-madina.com/node/623154/المفتي-تفجير-عسير-عمل-إجرامي-قبيح-لا-يقبله-إنسان-ولا-دين-ويدل-على-عدم-الإيمان.html?live":
            "same story as an article already in events-snn.jsonl (snn-15: the Grand Mufti condemns the Asir bombing), as snn24 judged (snn40)",
        "http://sabq.org/akDgde":
            "no event of the coded types (a video of alcohol smuggled over the King Fahd causeway), as snn35 judged (snn40)",
        "http://sabq.org/tM1aCd":
            "opinion column (Koran classes in schools), as snn28 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386675":
            "press review (the Egyptian papers): every event second-hand, as snn14 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as an article already in events-snn7.jsonl (snn7-19, alweeam 351767: the attack on the Sultanbeyli police station in Istanbul), as snn13 judged (snn40)",
        "http://aawsat.com/home/article/412296/مقتل-32-وإصابة-العشرات-بتفجيرات-بأنحاء-متفرقة-من-العراق":
            "same story as an article already in events-snn17.jsonl (snn17-16: the car bombs in Baghdad al-Jadida, Zafaraniya, Tarmiyah and Mandali) (snn40)",
        "http://www.alriyadh.com/1069222":
            "same story as an article already in events-snn17.jsonl (snn17-17: al-Rabeeah receives the UN regional humanitarian coordinator for Yemen) (snn40)",
        "http://www.alweeam.com.sa/348963/كـارتر-في-بغـداد-لبحـث-محاربـة-داعـش/":
            "same story as an article already in events-snn16.jsonl (snn16-17: Carter's visit to Baghdad) (snn40)",
        "http://www.alweeam.com.sa/349466/الحوثيون-يخرقون-الهدنة-في-اليمن/":
            "same story as an article already in events-snn19.jsonl (snn19-02: the Yemen truce starts and is breached) (snn40)",
        "http://www.al-jazirah.com/2015/20150808/ln15.htm":
            "same story as an article already in events-snn39.jsonl (snn39-13: the Human Rights Commission condemns the Asir bombing) (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785156.htm":
            "same story as an article already in events-snn28.jsonl (snn28-14: al-Asbahi invites the UN rights chief to Aden) (snn40)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231197&CategoryID=1":
            "same story as an article already in events-snn15.jsonl (snn15-05: the Apache emergency landing at al-Tuwal and Houthi claims) (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788102.htm":
            "same story as an article already in events-snn12.jsonl (snn12-18: the Muslim World League condemns the Asir bombing) (snn40)",
        "http://aawsat.com/home/article/411501/رئيس-وزراء-تركيا-يعلن-عن-تحديد-هوية-مشتبه-بهجوم-سوروتش-الانتحاري":
            "same story as an article already in events-snn2.jsonl (snn2-08: the Suruc bombing, reported the next day), as snn18 judged (snn40)",
        "http://www.al-jazirah.com/2015/20150721/du2.htm":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal), as snn27 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150731/Con20150731786600.htm":
            "same story as an article already in events-snn12.jsonl and events-snn16.jsonl (snn12-12, snn16-04: Human Rights Watch on the Houthi shelling of Aden and Dar Saad), as snn26 judged (snn40)",
        "http://www.aleqt.com/2015/08/06/article_979361.html":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements), as snn27 judged (snn40)",
        "http://www.aleqt.com/2015/07/24/article_975905.html":
            "same story as articles already in events-snn9.jsonl and events-snn7.jsonl (snn9-07: the raids in Turkey and the Kilis border attack; snn7-13: the Obama-Erdogan call), as snn35 judged (snn40)",
        "http://www.al-madina.com/node/620171/الشيشان-أيقونة-القوقاز.html":
            "no current event (a background feature on Chechnya; wars of the 1990s recalled), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/621093/فوضوية-وسائل-التواصل-الاجتماعي-وغياب-المحاسبية.html":
            "opinion column (on social media), as snn18 judged (snn40)",
        "http://sabq.org/gvDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of the al-Anad base on 4 Aug; here its history), as snn12 judged (snn40)",
        "http://sabq.org/2NCgde":
            "same story as an article already in events-snn3.jsonl (snn3-10, aleqt 976552: the Qassim police arresting an African robbery gang), as snn12 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (digest of what Libyan papers highlighted): events second-hand, as snn8 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386995":
            "press review (digest of what Pakistani papers highlighted): events second-hand, as snn9 judged (snn40)",
        "http://www.alriyadh.com/1070529":
            "same story as an article already in events-snn31.jsonl (snn31-20: al-Rabeeah receives the UN regional humanitarian coordinator) (snn40)",
        "http://www.alweeam.com.sa/350624/اليمن-المقاومة_الشعبية-تقتحم-قاعدة_ا/":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of the al-Anad base) (snn40)",
        "http://www.alweeam.com.sa/349485/اليمن-هدوء-في-صنعاء-مع-بدء-الهدنة-واشت/":
            "same story as an article already in events-snn19.jsonl (snn19-02: calm in Sanaa as the truce starts, clashes in the south) (snn40)",
        "http://www.al-jazirah.com/2015/20150811/du11.htm":
            "same story as an article already in events-snn37.jsonl (snn37-01: the car bomb at Kabul airport) (snn40)",
        "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230146&CategoryID=1":
            "same story as an article already in events-snn26.jsonl (snn26-11: the suicide bombing of a Mogadishu hotel) (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150722/Con20150722784956.htm":
            "no event of the coded types (a stock-market report) (snn40)",
        "http://www.3alyoum.com/news/local/a/المفتي-مفجرو-المساجد-فئة-ضالة-خارجة-عن/":
            "same story as an article already in events-snn.jsonl (snn-15: the Grand Mufti condemns the Asir mosque bombing) (snn40)",
        "http://www.alriyadh.com/1069419":
            "no concrete dated event (statistics on women dismissed in Iran; MANUAL_SKIPS has the aawsat copy), as snn10 judged (snn40)",
        "http://www.al-jazirah.com/2015/20150808/ln11.htm":
            "same story as articles already in events-snn20.jsonl and events-snn21.jsonl (snn20-20, snn21-17: the GCC secretariat condemns the Asir mosque bombing), as snn38 judged (snn40)",
        "http://www.aleqt.com/2015/08/07/article_979675.html":
            "same story as an article already in events-snn7.jsonl (snn7-05, almadina 623153: the emir of Asir's visit to the injured the same afternoon, here with his stop at the mosque), as snn9 judged (snn40)",
        "http://www.aleqt.com/2015/08/07/article_979795.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' condolence calls to Prince Mohammed bin Nayef condemning the Asir bombing; snn17 skipped another report of it), as snn19 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785145.htm":
            "same story as an article already in events-snn6.jsonl (snn6-06: the suicide bombing in the Almar market, Faryab), as snn32 judged (snn40)",
        "http://www.al-madina.com/node/623865/الجاسر-16-ساعة-متواصلة-و60-شخصًا-حضروا-في-قلب-الأحداث-بعسير.html":
            "no event of the coded types (a TV channel director on its coverage of the Asir bombing), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/623907/نائب-المليك-كل-من-يحاول-العبث-بأمن-المملكة-وشعبها-سيجد-الرد-فورا-وعمليا-في-الميد.html":
            "same story as an article already in events-snn11.jsonl (snn11-01: Mohammed bin Nayef receives the families of the Asir bombing's victims), as snn39 judged (snn40)",
        "http://sabq.org/e2Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-18: the Taiz resistance arresting a Houthi leader disguised as a bride), as snn15 judged (snn40)",
        "http://sabq.org/suCgde":
            "no event of the coded types (a harassment video on the Jeddah corniche; only an inquiry), as snn25 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386748":
            "same story as an article already in events-snn23.jsonl (snn23-10: ISIS members killed in Anbar, Mukayshifa and east of Fallujah on 10 Aug), as snn36 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386792":
            "same story as an article already in events-snn9.jsonl (snn9-13, alriyadh 1072170: al-Zayani's visit to the King Salman relief centre), as snn11 judged (snn40)",
        "http://aawsat.com/home/article/410076/دعوة-للجنائية-الدولية-من-قبل-«اليونسكو»-بعد-تدمير-تراث-ثقافي-بتمبكتو":
            "same story as an article already in events-snn17.jsonl (snn17-11: UNESCO's Bokova in Timbuktu on the rebuilt mausoleums) (snn40)",
        "http://www.alweeam.com.sa/349335/إصابة-18-مجندا-بالشرطة-في-انفجار-استهدف/":
            "same story as an article already in events-snn17.jsonl (snn17-15: the bomb on a police bus in North Sinai) (snn40)",
        "http://www.alweeam.com.sa/350125/الأمير-محمد-بن-سلمان-يغادر-القاهرة/":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo) (snn40)",
        "http://www.al-jazirah.com/2015/20150808/du17.htm":
            "same story as an article already in events-snn22.jsonl (snn22-03: Israel strikes Gaza after a rocket) (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150805/Con20150805787690.htm":
            "same story as an article already in events-snn2.jsonl (snn2-06: the Deputy Crown Prince's visit to Jordan; only his thank-you cable), as snn23 judged the almadina copy (snn40)",
        "http://www.aleqt.com/2015/07/27/article_976567.html":
            "same story as articles already in events-snn16.jsonl and events-snn4.jsonl (snn16-14: the UN coordinator van der Klaauw in Aden; snn4-03: the Saudi relief ship in Aden), as snn33 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150726/Con20150726785645.htm":
            "no event of the coded types (the Tabuk University admission dispute; condolence visits), as snn37 judged (snn40)",
        "http://www.aleqt.com/2015/07/25/article_975981.html":
            "no concrete event of the coded types (an analysis of the EU Commission's tax inquiries and Britain), as snn10 judged (snn40)",
        "http://www.al-madina.com/node/623156/الكويت-تدين-بشدة-التفجير-الإرهابي-في-عسير.html?live":
            "same story as an article already in events-snn3.jsonl (snn3-11, aleqt 979557: Kuwait's condemnation of the Asir mosque bombing, the same foreign-ministry source), as snn17 judged (snn40)",
        "http://www.al-madina.com/node/620813/واشنطون-بوست-اتفاق-أمريكي-سعودي-على-تطويق-الانتشار-العسكري-الإيراني.html":
            "same story as an article already in events-snn4.jsonl (snn4-11: King Salman receives Carter in Jeddah; here the Washington Post's account of the talks), as snn39 judged (snn40)",
        "http://sabq.org/i7Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-16: the Saudi plane landing at Aden airport on 22 July; here residents' photos), as snn28 judged (snn40)",
        "http://sabq.org/AbDgde":
            "no event of the coded types (a civil-aviation delegation inspects four domestic airports), as snn19 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1387061":
            "no event of the coded types (Saudi Post ready to deliver passport documents), as snn26 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18, alweeam 351769: the same qisas execution in al-Baha), as snn19 judged (snn40)",
        "http://www.alriyadh.com/1066366":
            "same story as an article already in events-snn14.jsonl (snn14-03: US governors order the National Guard armed after Chattanooga) (snn40)",
        "http://aawsat.com/home/article/422856/الأمم-المتحدة-حوالى-5-آلاف-قتيل-وجريح-بأفغانستان-في-النصف-الأول-لعام-2015":
            "no concrete dated event (the UN's half-year casualty tally for Afghanistan) (snn40)",
        "http://www.alweeam.com.sa/350081/تنفيذ-حكم-القتل-تعزيراً-في-مهرب-مخدرات-7/":
            "same story as an article already in events-snn30.jsonl (snn30-08: the execution of a Syrian drug smuggler in the Riyadh region) (snn40)",
        "http://www.al-jazirah.com/2015/20150807/av16.htm":
            "same story as an article already in events-snn22.jsonl (snn22-11: the civil-service minister condemns the Abha mosque bombing) (snn40)",
        "http://www.al-jazirah.com/2015/20150805/sp16.htm":
            "sports (the ambassador in Cairo receives the national karate team) (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788574.htm":
            "no concrete event of the coded types (opposition sources on Russia's view of the Syrian regime), as snn39 judged a similar okaz report (snn40)",
        "http://www.al-jazirah.com/2015/20150805/du2.htm":
            "same story as an article already in events-snn.jsonl (snn-07, aawsat 422501: the opening session of the Imam Sadiq mosque bombing trial in Kuwait), as snn15 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788853.htm":
            "same story as articles already in events-snn10.jsonl and events-snn23.jsonl (snn10-01, snn23-19: the advance on Lawdar and Shuqra in Abyan, al-Radhma in Ibb, arrests in Sanaa), as snn29 judged (snn40)",
        "http://www.aleqt.com/2015/08/09/article_980185.html":
            "sports (the Italian Super Cup), as snn25 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788145.htm":
            "same story as an article already in events-snn3.jsonl (snn3-07: the King of Morocco's call to Mohammed bin Nayef condemning the Asir bombing), as snn26 judged (snn40)",
        "http://www.aleqt.com/2015/07/20/article_974810.html":
            "no current event (a 'this day in history' list), as snn24 judged (snn40)",
        "http://www.al-madina.com/node/622972/رابطة-العالم-الاسلامي-تدين-تصريحات-الرئيس-العراقي-ضد-المملكة.html?live":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements), as snn23 judged (snn40)",
        "http://www.al-madina.com/node/620209/30-قتيلا-بتفجير-انتحاري-لـ«داعش»-في-بلدة-تركية-على-حدود-سوريا.html":
            "same story as an article already in events-snn2.jsonl (snn2-08, aleqt 974946: the Suruc bombing and Davutoglu's Ankara statement, the same wire text), as snn37 judged (snn40)",
        "http://sabq.org/WICgde":
            "same story as articles already in events-snn.jsonl and events-snn4.jsonl (snn-19, snn4-01: Bahrain's foiled explosives smuggling, the IRGC training), as snn30 judged (snn40)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary), as snn5 judged (snn40)",
        "http://www.spa.gov.sa/details.php?id=1386663":
            "press review (digest of what Pakistani papers highlighted): events second-hand, as snn3 judged (snn40)",
        "http://www.alriyadh.com/1066283":
            "no concrete event of the coded types (a feature on ISIS's use of video games) (snn40)",
        "http://www.alweeam.com.sa/351036/تركيا-إنطلاق-معركة-شاملة-ضد-تنظيم-داعش/":
            "same story as an article already in events-snn5.jsonl (snn5-02: Cavusoglu with Kerry in Kuala Lumpur, the fight against ISIS to start soon) (snn40)",
        "http://www.al-jazirah.com/2015/20150731/ln49.htm":
            "no event of the coded types (the deputy health minister's inspection tour), as snn21 judged another report of it (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788553.htm":
            "same story as articles already in events-snn2.jsonl and events-snn13.jsonl (snn2-07, snn13-05: the interior minister chairs the security chiefs' meeting in Jeddah), as snn17 judged another copy (snn40)",
        "http://www.aleqt.com/2015/07/20/article_974832.html":
            "no event of the coded types (an oil-market report), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/620370/إستراتيجية-لبرامج-المناصحة.html":
            "opinion column (on the counselling programmes), as snn32 judged (snn40)",
        "http://www.al-madina.com/node/620629/إيران-ما-بعد-الاتفاق.html":
            "opinion column (Iran after the deal), as snn29 judged (snn40)",
        "http://sabq.org/Wv1fde":
            "no event of the coded types (a newspaper's director receiving a search-engine company's delegation), as snn33 judged (snn40)",
        "http://sabq.org/7L1aCd":
            "opinion column (on the Iran nuclear deal), as snn9 judged (snn40)",
        "http://www.alriyadh.com/1071009":
            "opinion column (why security men are targeted) (snn40)",
        "http://www.alweeam.com.sa/351357/باحثون-أميركيون-يستخدمون-الذكاء-الا/":
            "no event of the coded types (US researchers model ISIS strategy with AI) (snn40)",
        "http://www.al-jazirah.com/2015/20150723/fe1.htm":
            "no event of the coded types (a hospital greets patients for Eid) (snn40)",
        "http://www.al-jazirah.com/2015/20150721/sp9.htm":
            "sports (a club's signings) (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150811/Con20150811788844.htm":
            "same story as articles already in events-snn18.jsonl and events-snn31.jsonl (snn18-18, snn31-05: al-Jubeir's visit to Moscow) (snn40)",
        "http://www.aleqt.com/2015/07/25/article_975993.html":
            "same story as an article already in events-snn5.jsonl (snn5-03: the coalition strikes and battles around al-Anad in Lahj on 24 Jul) (snn40)",
        "http://www.alweeam.com.sa/351579/التحالف-الدولي-ينفذ-19-غارة-جوية-ضد-مواق/":
            "same story as an article already in events-snn9.jsonl (snn9-20: the coalition's Saturday strikes on ISIS in Syria and Iraq), as snn33 judged (snn40)",
        "http://www.al-jazirah.com/2015/20150727/du10.htm":
            "no concrete dated event of the coded types (a local official's remarks on the slow advance in Ramadi; snn3-15 covers Ramadi the same day), as snn27 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788577.htm":
            "same story as articles already in events-snn11.jsonl and events-snn23.jsonl (snn11-19, snn23-19: Zinjibar retaken, the Arhab clashes), as snn27 judged (snn40)",
        "http://www.aleqt.com/2015/08/05/article_979277.html":
            "same story as an article already in events-snn5.jsonl (snn5-02: Cavusoglu says the fight against ISIS will start soon) (snn40)",
        "http://www.aleqt.com/2015/07/23/article_975552.html":
            "same story as an article already in events-snn.jsonl (snn-08, alriyadh 1067237: the Times Square protest against the Iran deal), as snn5 judged (snn40)",
        "http://www.al-madina.com/node/620452/الشرعية-تنتصر.html":
            "opinion column (the paper's editorial on Aden), as snn18 judged (snn40)",
        "http://www.al-madina.com/node/620083/هـولندا-وكثرة-الجمعيات-الخيرية.html":
            "opinion column (on charities), as snn7 judged (snn40)",
        "http://sabq.org/CqQfde":
            "opinion column (an editorial on sports fanaticism), as snn29 judged (snn40)",
        "http://sabq.org/OKCgde":
            "no event of the coded types (a workplace accident at Jeddah airport and a courtesy hospital visit), as snn15 judged (snn40)",
        "http://www.al-jazirah.com/2015/20150802/ec5.htm":
            "no event of the coded types (ships and cargo arriving at Egyptian ports) (snn40)",
        "http://www.al-jazirah.com/2015/20150806/ln24.htm":
            "no event of the coded types (a mayor's inspection tour of municipal services), as snn2 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787524.htm":
            "same story as an article already in events-snn3.jsonl (snn3-12: the al-Anad base retaken), as snn26 judged (snn40)",
        "http://www.aleqt.com/2015/08/01/article_977957.html":
            "opinion column (on harassment cases), as snn15 judged (snn40)",
        "http://www.aleqt.com/2015/07/22/article_975150.html":
            "same story as an article already in events-snn9.jsonl (snn9-12, okaz 784960: the regime rocket on old Aleppo on 21 Jul), as snn13 judged (snn40)",
        "http://www.al-madina.com/node/620804/زيارة-كارتر.html":
            "editorial, as snn3 judged (snn40)",
        "http://www.al-madina.com/node/623624/المحرج-ينقل-تحيات-نائب-المليك-للمصابين-بمستشفى-قوى-الأمن-بالرياض.html":
            "same story as an article already in events-snn7.jsonl (snn7-11: the director of public security visits the Asir bombing injured in Riyadh), as snn17 judged (snn40)",
        "http://sabq.org/9L1aCd":
            "opinion column (on the Iran nuclear deal), as snn37 judged (snn40)",
        "http://sabq.org/ExCgde":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal), as snn28 judged (snn40)",
        "http://www.alweeam.com.sa/347706/الاتفاق-النووي-وسر-الفرح-الإيراني/":
            "opinion column (on the Iran deal) (snn40)",
        "http://www.al-jazirah.com/2015/20150725/ms6.htm":
            "no current event (a 'this day in history' list), as snn39 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784881.htm":
            "same story as an article already in events-snn2.jsonl (snn2-08, aleqt 974946: the Suruc bombing, reported the same day), as snn15 judged (snn40)",
        "http://www.aleqt.com/2015/08/02/article_978188.html":
            "no concrete event of the coded types (a British fraud investigation into an oil company's Somali contracts), as snn13 judged (snn40)",
        "http://www.aleqt.com/2015/08/07/article_979631.html":
            "same story as an article already in events-snn37.jsonl (snn37-11, alweeam 351293: coalition strikes on al-Dimnah, al-Hawban and Madinat al-Salih in Taiz on Thursday evening, nearly the same text), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/623895/نائب-الملك-من-عسير-من-يحاول-العبث-بأمن-المملكة-وشعبها-سيجد-الرد-عملياً-في-الميدا.html?live":
            "same story as an article already in events-snn11.jsonl (snn11-01: Mohammed bin Nayef receives the Asir martyrs' families and warns), as snn35 judged (snn40)",
        "http://sabq.org/eNCgde":
            "same story as an article already in events-snn17.jsonl (snn17-19: Davutoglu, no ground troops in Syria, air cover agreed with the US), as snn26 judged (snn40)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (the Libyan warplanes sinking a ship near Benghazi, al-Marisa), as snn21 judged (snn40)",
        "http://www.al-madina.com/node/623241/مقتل-3-فلسطينيين-بانفجار-داخل-منزل-في-جنوب-قطاع-غزة.html":
            "same story as an article already taken (aawsat 423976: the blast of an old Israeli shell in a house in the southern Gaza Strip) (snn40)",
        "http://www.al-jazirah.com/2015/20150721/du8.htm":
            "same story as an article already in events-snn10.jsonl (snn10-07: the Ain Defla ambush and the army's response), as snn27 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784708.htm":
            "same story as an article already in events-snn27.jsonl (alweeam 348320: the Houthi shelling of Dar Saad, Aden, on 19 July), as snn27 judged (snn40)",
        "http://www.aleqt.com/2015/08/05/article_979225.html":
            "same story as an article already in events-snn27.jsonl (snn27-16: the cell dismantled in Dahmani, Kef), as snn33 judged (snn40)",
        "http://www.aleqt.com/2015/08/08/article_979991.html":
            "no concrete event of the coded types (an 'on this day' list of historical events), as snn11 judged (snn40)",
        "http://www.al-madina.com/node/620812/تقرير-مسؤولون-أمريكيون-تحت-ضغط-الكونغرس-للكشف-عن-معلومات-بخصوص-الاتفاق-النووي-ال.html":
            "same story as articles already in events-snn5.jsonl and events-snn11.jsonl (snn5-12, snn11-14: Kerry, Lew and Moniz before the Senate Foreign Relations Committee on 23 July), as snn38 judged (snn40)",
        "http://www.al-madina.com/node/620106/الثقفي-محاصرة-التنظيمات-الإرهابية-مسؤولية-الجميع.html":
            "no event of the coded types (the Jeddah education director on schools against extremism), as snn37 judged (snn40)",
        "http://sabq.org/AOCgde":
            "same story as an article already taken (alweeam 349537, snn32-09: al-Rabeeah receives the governors of Sanaa and al-Dhale; the same SPA text), as snn32 judged (snn40)",
        "http://sabq.org/1M1aCd":
            "opinion column (on summer tourism in Abha and al-Baha), as snn26 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785158.htm":
            "same story as articles already in events-snn14.jsonl and events-snn26.jsonl (snn14-05, snn26-16: the 22 Jul battles in Lawdar, the strikes on the al-Manar camp west of Sanaa, Marib), as snn34 judged (snn40)",
        "http://www.aleqt.com/2015/08/06/article_979422.html":
            "sports (al-Ittihad club transfers), as snn38 judged (snn40)",
        "http://www.al-madina.com/node/623357/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html?live":
            "same story as an article already in events-snn5.jsonl (snn5-05, aljazirah 20150808/ln9: the emir of Najran condemns the Asir bombing), as snn16 judged (snn40)",
        "http://www.al-madina.com/node/623329/المفتي-العام-عمل-إجرامي-لا-يقبله-إنسان-ولا-دين.html":
            "same story as an article already in events-snn.jsonl (snn-15, sabq c9Dgde: the Mufti's condemnation of the Asir mosque bombing), as snn13 judged (snn40)",
        "http://sabq.org/oFCgde":
            "same story as an article already in events-snn2.jsonl (snn2-17: Houthi projectiles on the al-Tuwal villages of Jazan on Friday 24 Jul), as snn36 judged (snn40)",
        "http://sabq.org/4ACgde":
            "same story as an article already in events-snn8.jsonl (snn8-09, alwatan 229918: the second Saudi relief plane landing at Aden airport), as snn16 judged (snn40)",
        "http://www.aleqt.com/2015/08/02/article_978228.html":
            "sports (a player's contract), as snn25 judged (snn40)",
        "http://www.al-madina.com/node/620624/البنتاغون-يعلن-مقتل-زعيم-جماعة-خراسان.html":
            "same story as an article already in events-snn9.jsonl (snn9-16: the Pentagon announces that a US strike killed Muhsin al-Fadhli), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/623344/العرج-تفجير-عسير-جريمة-بشعة-لم-تراعِ-قدسية-بيوت-الله.html":
            "same story as an article already in events-snn22.jsonl (snn22-11: the civil service minister condemns the Abha mosque bombing), as snn29 judged (snn40)",
        "http://sabq.org/svDgde":
            "no concrete event of the coded types (the UN envoy's television interview: figures and conditions for monitors), as snn32 judged (snn40)",
        "http://sabq.org/muDgde":
            "same story as an article already in events-snn.jsonl (snn-07, aawsat 422501: the opening of the Kuwait Imam Sadiq bombing trial, here announced for the next day), as snn19 judged (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788175.htm":
            "same story as an article already in events-snn17.jsonl (snn17-07: the Asir Emergency Forces mosque bombing and the governor's visit) (snn40)",
        "http://www.aleqt.com/2015/08/02/article_978174.html":
            "same story as an article already in events-snn25.jsonl (snn25-20: the Taiz resistance clears Jabal Sabir) (snn40)",
        "http://www.okaz.com.sa/new/Issues/20150727/Con20150727785887.htm":
            "opinion column (on Saudi Arabia and Iran), as snn8 judged (snn40)",
        "http://www.aleqt.com/2015/07/26/article_976334.html":
            "same story as an article already in events-snn8.jsonl (snn8-08, alweeam: Hadi meets the UN envoy in Riyadh and asks the rebels to respect the truce; the same title), as snn15 judged (snn40)",
        "http://www.aleqt.com/2015/07/27/article_976430.html":
            "no event of the coded types (divorce statistics of the justice ministry), as snn18 judged (snn40)",
        "http://www.al-madina.com/node/623367/خطباء-مساجد-أملج-تفجير-مسجد-طوارئ-عسير-هدفه-زعزعة-أمن-المملكة.html?live":
            "same story as an article already in events-snn.jsonl (snn-11: the Umluj preachers condemn the Asir bombing), as snn23 judged (snn40)",
        "http://www.al-madina.com/node/622872/مثلث-الثقل-الإستراتيجي-العربي.html":
            "editorial (on the Deputy Crown Prince's visit to Jordan), as snn35 judged (snn40)",
        "http://www.aleqt.com/2015/07/21/article_975032.html":
            "no current event (a 'this day in history' list), as snn7 judged (snn40)",
        "http://www.aleqt.com/2015/08/07/article_979738.html":
            "same story as an article already in events-snn19.jsonl (snn19-05: the Grand Mosque imam's Friday sermon on the Asir bombing), as snn21 judged (snn40)",
        "http://www.al-madina.com/node/621162/مستويات-عليا-من-الإرهاب.html":
            "opinion column (on terrorism and the counselling programme), as snn20 judged (snn40)",
        "http://www.al-madina.com/node/623625/نائب-وزير-الصحة-يطمئن-على-مصابي-التفجير.html?weekly":
            "same story as an article already in events-snn4.jsonl (snn4-17: the deputy health minister visits the Asir injured on Sunday), as snn35 judged (snn40)",
        "http://www.aleqt.com/2015/07/21/article_974990.html":
            "no concrete event of the coded types (statistics on lawsuits against government bodies), as snn10 judged (snn40)",
        "http://www.al-madina.com/node/623825/حماك-الله-يا-بلادي.html":
            "opinion column (on the Asir bombing), as snn36 judged (snn40)",
        "http://www.al-madina.com/node/621396/جوازات-نجران-تواصل-تصحيح-أوضاع-الأشقاء-اليمنيين.html?live":
            "no event of the coded types (the Najran passports office regularises Yemenis' status), as snn38 judged (snn40)",
        "http://www.aleqt.com/2015/08/08/article_979966.html":
            "no event of the coded types (Jon Stewart's last Daily Show), as snn32 judged (snn40)",
        "http://www.al-madina.com/node/621381/المقاومة-والجيش-يسيطران-على-بلدتي-الوهط-وصبر-بلحج.html":
            "same story as an article already in events-snn4.jsonl (snn4-03: the capture of al-Waht and Sabr in Lahij on 26 July), as snn38 judged (snn40)",
        "http://www.al-madina.com/node/623404/البرلمان-العربي-تعبّر-عن-يأس-الجماعات-الإرهابية.html":
            "same story as an article already in events-snn20.jsonl (snn20-13: the Arab Parliament speaker condemns the Asir bombing), as snn23 judged (snn40)",
        "http://www.aleqt.com/2015/08/08/article_979880.html":
            "same story as an article already in events-snn11.jsonl (snn11-13: al-Jubeir's talks with Gentiloni in Rome), as snn32 judged (snn40)",
        "http://www.al-madina.com/node/622836/طب-«المؤسس»-تسد-احتياجات-مستشفى-شرق-جدة.html":
            "no event of the coded types (a medical faculty team's working visit to a Jeddah hospital), as snn10 judged (snn40)",
        "http://www.al-madina.com/node/623843/أزمة-أهداف-تهدد-«ريال-بينتيز».html":
            "sports (Real Madrid's pre-season), as snn10 judged (snn40)",
        "http://sabq.org/uCCgde":
            "no concrete event of the coded types (a photo feature on Saudi forces and children in Aden), as snn32 judged (snn40)",
        "http://www.aleqt.com/2015/08/08/article_979997.html":
            "same story as an article already in events-snn.jsonl (snn-12: the Duma settler arson); here only the father's death, a casualty update, as snn37 judged (snn40)",
        "http://www.al-madina.com/node/623327/كبار-العلماء-على-الجميع-استئصال-جذور-هذه-النبتة-الخبيثة.html":
            "same story as an article already in events-snn17.jsonl (snn17-03: the Senior Scholars secretariat condemns the Asir bombing), as snn36 judged (snn40)",
        "http://www.al-madina.com/node/620163/ليبيا-إغراق-سفينة-«تحمل-مقاتلين-وذخيرة»-للإرهابيين.html":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi), as snn38 judged (snn40)",
        "http://www.al-madina.com/node/620888/وسائل-التجنيد-للإرهاب-الخطرة.html":
            "opinion column (on terrorist recruitment), as snn13 judged (snn40)",
        "http://www.al-madina.com/node/620646/هيبة-العلماء-في-قبلة-الأمير.html":
            "opinion column, as snn36 judged (snn40)",
        "http://www.al-madina.com/node/623545/النازحون-اليمنيون-بالمكلا-لـ-عائدون-والملك-سلمان-أحيا-روح-الأمل-فينا.html?weekly":
            "no event of the coded types (a feature on displaced Yemenis in Mukalla), as snn38 judged (snn40)",
        "http://www.al-madina.com/node/623897/تركيا-مقتل-5-شرطيين-في-هجمات-واعتداء-على-القنصلية-الأمريكية.html":
            "same story as an article already in events-snn7.jsonl (snn7-19, alweeam 351767: the same car-bomb attack on the Sultanbeyli police station in Istanbul), as snn10 judged (snn40)",
        "http://www.aleqt.com/2015/07/20/article_974788.html":
            "sports (FIFA president Blatter before the executive committee) (snn40)",
        "http://www.aleqt.com/2015/07/22/article_975193.html":
            "opinion column (a writer's visit to a Cairo seminar and terrorism), as snn21 judged (snn40)",
        "http://www.al-madina.com/node/623826/غياب-التأثير-وإعلام-الشجب-والتكرار.html":
            "opinion column (on the media and terrorism), as snn28 judged (snn40)",
        "http://www.al-madina.com/node/621018/ليبيا-قتيلان-في-اشتباكات-بنغازي.html":
            "same story as an article already in events-snn3.jsonl (snn3-01: the Benghazi clashes and air strikes on al-Sabri on Thursday 23 Jul), as snn18 judged (snn40)",
        "http://www.aleqt.com/2015/07/21/article_974982.html":
            "opinion column (on extremists' lobbying), as snn9 judged (snn40)",
        "http://www.al-madina.com/node/621208/الرئيس-اليمني-يطالب-المتمردين-باحترام-الهدنة-الإنسانية.html?live":
            "same story as an article already in events-snn8.jsonl (snn8-08, alweeam: Hadi meets the UN envoy in Riyadh, the truce; the same text), as snn38 judged (snn40)",
        "http://www.al-madina.com/node/623778/تنفيذ-حكم-القتل-قصاصًا-في-أحد-الجناة-بالباحة.html":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Baha), as snn25 judged (snn40)",
        "http://www.aleqt.com/2015/08/02/article_978298.html":
            "no current event (an 'on this day' almanac of past events), as snn10 judged (snn40)",
        "http://www.al-madina.com/node/623449/حمص-داعش-يخطف-230-مدنيًا-بعد-استيلائه-على-«القريتين».html":
            "same story as an article already in events-snn.jsonl (snn-17: ISIS seizes al-Qaryatayn and abducts civilians), as snn23 judged (snn40)",
        "http://www.al-madina.com/node/621297/لابد-من-صنعاء.html":
            "opinion column (an al-Madina editorial on the road to Sanaa), as snn15 judged (snn40)",
        "http://www.aleqt.com/2015/08/04/article_978847.html":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base on 3 Aug), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/623445/العراق-مظاهرات-عارمة-تطالب-برحيل-الحكومة.html":
            "same story as an article already in events-snn15.jsonl (snn15-16: the Friday 7 August protests in Baghdad and the provinces), as snn28 judged (snn40)",
        "http://www.al-madina.com/node/623458/تفجير-العقول.html":
            "opinion column (on the Asir mosque bombing), as snn28 judged (snn40)",
        "http://www.aleqt.com/2015/08/05/article_979326.html":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-16, snn6-03: Obama's American University speech on the Iran deal), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/623906/نائب-خادم-الحرمين-آثار-الدماء-على-جدران-«مسجد-الطوارئ»-ومصاحفه-لن-تزيدنا-إلا-تصد.html":
            "same story as an article already in events-snn.jsonl (snn-05, alriyadh 1072295: the deputy custodian's inspection of the Asir emergency-forces mosque), as snn11 judged (snn40)",
        "http://www.al-madina.com/node/620689/وزير-الدفاع-الأمريكي-تهديد-إيران-«هم»-مشترك.html":
            "same story as an article already in events-snn4.jsonl (snn4-11: King Salman receives Carter in Jeddah), as snn18 judged (snn40)",
        "http://www.aleqt.com/2015/08/10/article_980418.html":
            "sports (al-Ettifaq club elections), as snn12 judged (snn40)",
        "http://sabq.org/aHCgde":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the five-day humanitarian truce in Yemen), as snn29 judged (snn40)",
        "http://www.al-madina.com/node/623123/أوباما-يحذر-الكونجرس-من-مغبة-رفض-الاتفاق-النووي-مع-إيران.html":
            "same story as articles already in events-snn.jsonl and events-snn6.jsonl (snn-16, snn6-03: Obama's American University speech on the Iran deal), as snn33 judged (snn40)",
        "http://www.aleqt.com/2015/07/22/article_975291.html":
            "same story as an article already in events-snn12.jsonl (snn12-17: Leon meets Gentiloni in Rome, the Italians abducted near Zuwara), as snn28 judged (snn40)",
        "http://www.al-madina.com/node/623544/اليمن-يطلب-من-الأردن-استقبال-أعداد-إضافية-من-الجرحى.html?weekly":
            "same story as an article already in events-snn16.jsonl (snn16-03: the plane of Yemeni wounded reaching Amman; Jordan asked to take more), as snn18 judged (snn40)",
        "http://www.al-madina.com/node/623898/اعتقال-أحد-أقارب-الأسد-بتهمة-قتل-عميد-في-الجيش.html":
            "same story as an article already in events-snn14.jsonl (snn14-14: the arrest of Suleiman al-Assad near Latakia), as snn34 judged (snn40)",
        "http://www.aleqt.com/2015/07/23/article_975653.html":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir and Shoukry's press conference in Jeddah), as snn33 judged (snn40)",
        "http://www.al-madina.com/node/623396/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html":
            "same story as an article already in events-snn2.jsonl (snn2-15, alweeam 351344: the same interview of the Asir emergency-forces mosque imam), as snn9 judged (snn40)",
        "http://sabq.org/yuDgde":
            "same story as an article already taken (alwatan 230998, the capture of al-Anad base), as snn3 judged (snn40)",
        "http://www.aleqt.com/2015/07/26/article_976176.html":
            "sports (a football transfer), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/623850/اتصال-من-مجهول.html":
            "opinion column (on anonymous SIM cards), as snn29 judged (snn40)",
        "http://www.al-madina.com/node/623602/المرصد-السوري-اللاذقية-تطالب-بإعدام-أحد-أقارب-الأسد.html?weekly":
            "same story as an article already in events-snn14.jsonl (snn14-14: the Latakia sit-in against Suleiman al-Assad over the colonel's killing), as snn36 judged (snn40)",
        "http://www.aleqt.com/2015/08/06/article_979360.html":
            "same story as an article already in events-snn2.jsonl (almadina 622873, the visit to Jordan); a press review, as snn2 judged a similar one (snn40)",
        "http://www.al-madina.com/node/623359/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html?live":
            "same story as articles already in events-snn.jsonl (the Abha mosque bombing); nothing new of the coded types (the imam's account on TV), as snn13 judged (snn40)",
        "http://www.al-madina.com/node/623572/كيف-نتجاوز-الوضع-الراهن؟.html":
            "opinion column (on the Asir bombing), as snn35 judged (snn40)",
        "http://www.aleqt.com/2015/08/11/article_980641.html":
            "no event of the coded types (television ratings), as snn34 judged (snn40)",
        "http://sabq.org/QcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12, alwatan 230602: Mohammed bin Salman's visit to Cairo, here his departure and thank-you cable), as snn11 judged (snn40)",
        "http://sabq.org/QgDgde":
            "no event of the coded types (the death of a Saudi prisoner's father in Riyadh), as snn37 judged (snn40)",
        "http://www.aleqt.com/2015/08/07/article_979659.html":
            "no concrete event of the coded types (a financial analysis of a regulator's inquiry into a fund), as an earlier annotator judged (snn40)",
        "http://www.al-madina.com/node/623392/عبدالله-بن-مساعد-الإرهاب-لن-يضعف-عزيمة-رجال-الأمن.html":
            "same story as an article already in events-snn18.jsonl (snn18-07: Abdullah bin Musaed condemns the Asir mosque bombing), as snn20 judged (snn40)",
        "http://www.al-madina.com/node/620495/ظريف-للشورى-الإيراني-قدمنا-تنازلات-في-الاتفاق-النووي.html":
            "same story as an article already in events-snn10.jsonl (snn10-19, almadina 620379: Zarif before the Majlis, Velayati on the axis of resistance; the same text), as snn32 judged (snn40)",
        "http://www.aleqt.com/2015/07/31/article_977805.html":
            "same story as an article already in events-snn11.jsonl (snn11-03: the Arab League welcomes the Cairo Declaration), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/620457/فورين-بوليسي-الاتفاق-النووي-متعدد-المخاطر.html":
            "no concrete event of the coded types (a summary of a Foreign Policy analysis of the Iran deal), as snn16 judged (snn40)",
        "http://www.al-madina.com/node/623457/كلنا-رجال-طوارىء.html":
            "opinion column (on the Special Emergency Forces), as snn13 judged (snn40)",
        "http://www.aleqt.com/2015/08/07/article_979680.html":
            "same story as an article already in events-snn5.jsonl (snn5-16: the Asir bombing hashtag with a million tweets), as snn18 judged (snn40)",
        "http://www.al-madina.com/node/623186/وزير-العدل-القضاء-سيقف-في-وجه-كل-من-أراد-شراً-بالبلاد.html":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir bombing), as snn35 judged (snn40)",
        "http://sabq.org/i4Cgde":
            "same story as an article already in events-snn18.jsonl (snn18-15: the triple shooting in Khaybar al-Janub, Asir), as snn23 judged (snn40)",
        "http://www.aleqt.com/2015/07/31/article_977736.html":
            "same story as an article already in events-snn.jsonl (snn-12, alwatan 230630: the Duma settler arson), as an earlier annotator judged (snn40)",
        "http://www.al-madina.com/node/623378/نائب-المليك-يتلقى-اتصالات-هاتفية-من-ولي-عهد-البحرين-ووزراء-داخلية-3-دول-خليجية.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf interior ministers' condolence calls to Prince Mohammed bin Nayef condemning the Asir bombing), as snn21 judged (snn40)",
        "http://www.aleqt.com/2015/07/26/article_976307.html":
            "no event of the coded types (a Russian missile-train programme), as snn28 judged (snn40)",
        "http://sabq.org/KcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: the Deputy Crown Prince's visit to Cairo, here his departure), as snn29 judged (snn40)",
        "http://www.aleqt.com/2015/07/18/article_974512.html":
            "same story as an article already in events-snn15.jsonl (snn15-02, alriyadh 1066029: the Deputy Crown Prince's Eid inspection of the southern units and King Khalid Air Base, nearly the same text), as snn39 judged (snn40)",
        "http://www.al-madina.com/node/620963/غارة-جوية-أمريكية-تقتل-السوداني-في-أفغانستان.html":
            "same story as an article already in events-snn14.jsonl (snn14-10: the Pentagon says Abu Khalil al-Sudani was killed in Paktika), as snn20 judged (snn40)",
        "http://www.aleqt.com/2015/07/21/article_975092.html":
            "no event of the coded types (oil prices), as snn32 judged (snn40)",
        "http://www.al-madina.com/node/620520/هبوط-طائرة-سعودية-تحمل-مساعدات-بمطار-عدن-بعد-تشغيله.html?live":
            "same story as an article already in events-snn11.jsonl (snn11-16, aleqt 975318: the Saudi plane landing at the reopened Aden airport on 22 Jul), as snn17 judged (snn40)",
        "http://www.aleqt.com/2015/08/07/article_979681.html":
            "editorial (on the Abha bombing), as snn25 judged (snn40)",
        "http://www.al-madina.com/node/623466/الرئيس-العام-لرعاية-الشباب-يدين-التفجير-الإرهابي.html":
            "same story as an article already in events-snn18.jsonl (snn18-07: Abdullah bin Musaed condemns the Asir mosque bombing), as snn38 judged (snn40)",
        "http://www.aleqt.com/2015/08/05/article_979334.html":
            "same story as an article already in events-snn4.jsonl (snn4-09: the fighting around al-Bahsa near Jurin in the Ghab plain), as snn35 judged (snn40)",
        "http://www.al-madina.com/node/623155/كبار-العلماء-تدين-وبشدة-العمل-الإجرامي-الذي-استهدف-مسجدًا-بعسير.html?live":
            "same story as an article already in events-snn15.jsonl (snn15-10: the Council of Senior Scholars condemns the Asir bombing; the same text), as snn38 judged (snn40)",
        "http://www.aleqt.com/2015/08/07/article_979673.html":
            "same story as articles already in the earlier files: a roundup of the same condemnations of the Abha bombing (Germany and Spain in snn-03, okaz 788172; the UAE minister in snn2-02, sabq o9Dgde; Jordan and Egypt in snn3-11, aleqt 979557), as snn9 judged (snn40)",
        "http://www.al-madina.com/node/620534/السمعة-القوية.html":
            "opinion column, as snn26 judged (snn40)",
        "http://www.aleqt.com/2015/07/31/article_977660.html":
            "same story as an article already in events-snn4.jsonl (snn4-06, okaz 786945: the same statement of the Arab human-rights committee's chairman calling for an inquiry into Houthi crimes), as snn9 judged (snn40)",
        "http://www.al-madina.com/node/623403/السودان-محاولات-يائسة-لن-تنال-من-المملكة-ووحدتها.html":
            "same story as an article already in events-snn21.jsonl (snn21-16: Sudan condemns the Asir bombing, the same statement), as snn36 judged (snn40)",
        "http://www.aleqt.com/2015/08/10/article_980560.html":
            "sports (a football transfer), as snn12 judged (snn40)",
        "http://www.al-madina.com/node/620808/الجبير-نحن-مع-الاتفاق-الذي-يمنع-امتلاك-إيران-للسلاح-النووي.html":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir and Shoukry's joint press conference in Jeddah), as snn28 judged (snn40)",
        "http://www.aleqt.com/2015/08/03/article_978535.html":
            "same story as an article already in events-snn15.jsonl (snn15-11: Mohammed bin Zayed receives al-Jubeir in Abu Dhabi), as snn28 judged (snn40)",
        "http://www.al-madina.com/node/622867/«السعودية»-تستقبل-قيادات-«بوينج»-بجدة.html":
            "same story as an article already in events-snn5.jsonl (snn5-19: the Boeing delegation received by Saudia in Jeddah), as snn25 judged (snn40)",
        "http://www.aleqt.com/2015/07/26/article_976212.html":
            "no event of the coded types (a US judge's ruling on detained migrant children), as snn27 judged (snn40)",
        "http://sabq.org/EzDgde":
            "same story as an article already in events-snn5.jsonl (snn5-18: the Saudi student arrested in Kentucky over a pressure cooker), as snn18 judged (snn40)",
        "http://www.aleqt.com/2015/07/24/article_975809.html":
            "same story as an article already in events-snn32.jsonl (snn32-16: Ferguson's acting police chief, the Cincinnati protest), as snn34 judged (snn40)",
        "http://www.al-madina.com/node/620072/العرب-بين-إرهاب-أوروبا-وكباب-إيران.html":
            "opinion column (on the Arabs and the Iran nuclear deal), as snn10 judged (snn40)",
        "http://www.aleqt.com/2015/07/31/article_977774.html":
            "same story as an article already in events-snn.jsonl (snn-09, alyaum 4081301: the execution of a heroin smuggler in Thadiq on 31 Jul), as snn14 judged (snn40)",
        "http://sabq.org/68Dgde":
            "same story as an article already in events-snn7.jsonl (snn7-05, almadina 623153: the emir of Asir visiting the injured), as an earlier annotator judged (snn40)",
        "http://www.aleqt.com/2015/07/22/article_975209.html":
            "same story as an article already in events-snn16.jsonl (snn16-12: the first WFP aid ship docks in Aden), as snn26 judged (snn40)",
        "http://www.al-madina.com/node/623398/فيصل-بن-خالد-فئة-باغية-لم-تراعِ-حرمة-الدم-والمسجد.html":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir emir receives the public security director in Abha), as snn38 judged (snn40)",
        "http://www.al-madina.com/node/623352/البرلمان-العربي-يدين-التفجير-الإرهابي-الذي-استهدف-مسجدًا-في-عسير.html?live":
            "same story as an article already in events-snn20.jsonl (snn20-13: the Arab Parliament speaker condemns the Asir bombing; the same statement), as snn38 judged (snn40)",
    },
    # events-snn41.jsonl (seed 20270114, --exclude of the forty-one files up to events-snn39.jsonl with events-snn-b.jsonl and
    # events-snn-more.jsonl; none among the TAKE/CAP lines of the first 120 lines of the seed-20270113 walk, --n=40, annotated in parallel):
    20270114: {
        "http://www.alweeam.com.sa/349859/قتيلان-من-حزب-الله-في-غارة-اسرائيلية-ع/":
            "same story as an article already in events-snn24.jsonl (snn24-02: the Israeli drone strike on a car at Hader, Quneitra, killing two Hezbollah members) (snn41)",
        "http://aawsat.com/home/article/411106/«اليونيسكو»-تعيد-بناء-8-أضرحة-في-مدينة-تمبكتو":
            "same story as an article already in events-snn17.jsonl (snn17-11: Bokova visits the rebuilt Timbuktu mausoleums) (snn41)",
        "http://www.alriyadh.com/1071967":
            "opinion column (snn41)",
        "http://aawsat.com/home/article/411571/مقتل-وإصابة-العشرات-باشتباكات-قبلية-جنوب-ليبيا":
            "same story as an article already in events-snn12.jsonl (snn12-17, aljazirah 20150723/du12: the Tebu-Tuareg clashes in Sabha) (snn41)",
        "http://www.al-jazirah.com/2015/20150810/ms9.htm":
            "no current event (a 'this day in history' list), as snn27 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150804/Con20150804787528.htm":
            "no concrete event of the coded types (two analysts on the GCC-US Doha statement), as earlier annotators judged (snn41)",
        "http://www.alyaum.com/article/4081994":
            "no event of the coded types (KACST hosts martyrs' children on a science tour) (snn41)",
        "http://www.alyaum.com/article/4082552":
            "no concrete current event (a profile of the emergency forces), as snn37 judged (snn41)",
        "http://www.alweeam.com.sa/350351/صالحي-لا-سلطة-للبرلمان-الإيراني-على-ال/":
            "same story as an article already in events-snn2.jsonl (snn2-11: Salehi on parliament and the nuclear deal), as snn25 and snn36 judged (snn41)",
        "http://www.aleqt.com/2015/08/08/article_980012.html":
            "no event of the coded types (Iraq's national archive digitised against ISIS), as snn29 judged (snn41)",
        "http://www.al-madina.com/node/620646/هيبة-العلماء-في-قبلة-الأمير.html":
            "opinion column, as snn36 judged (snn41)",
        "http://www.aleqt.com/2015/08/09/article_980185.html":
            "sports (the Italian Super Cup), as snn25 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150724/Con20150724785431.htm":
            "opinion column (on al-Maliki) (snn41)",
        "http://www.3alyoum.com/news/a/مقتل-50-شخصاً-في-هجمات-على-الجيش-والشرطة/":
            "same story as an article already in events-snn9.jsonl (snn9-11: the Kabul truck bomb, police academy and Camp Integrity attacks), as earlier annotators judged (snn41)",
        "http://www.al-madina.com/node/623378/نائب-المليك-يتلقى-اتصالات-هاتفية-من-ولي-عهد-البحرين-ووزراء-داخلية-3-دول-خليجية.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf condolence calls to Mohammed bin Nayef after the Asir bombing), as snn21 and snn24 judged (snn41)",
        "http://www.3alyoum.com/news/local/a/الجبير-يؤكد-حرص-المملكة-على-تطوير-علاق/":
            "same story as an article already in events-snn2.jsonl (snn2-20: Jubeir and Steinmeier's press conference in Berlin), as snn37 judged (snn41)",
        "http://aawsat.com/home/article/425786/المقاومة-الشعبية-والجيش-يسيطران-على-زنجبار-في-اليمن":
            "same story as articles already in events-snn22.jsonl and events-snn23.jsonl (snn22-15, snn23-19: the pro-government forces take Zinjibar) (snn41)",
        "http://www.al-jazirah.com/2015/20150802/ar1.htm":
            "opinion column (snn41)",
        "http://www.alyaum.com/article/4081678":
            "same story as an article already in events-snn14.jsonl (snn14-18: the Nigerian army frees Boko Haram captives near Bama) (snn41)",
        "http://www.alriyadh.com/1066311":
            "sports (a club's choice of African strikers) (snn41)",
        "http://www.alyaum.com/article/4080194":
            "no event of the coded types (a shark kills a diver off Tasmania), as snn27 judged (snn41)",
        "http://www.aleqt.com/2015/07/21/article_974982.html":
            "opinion column, as snn9 judged (snn41)",
        "http://www.alweeam.com.sa/352003/البريد-السعودي-يستكمل-إستعداته-لتطبي/":
            "no event of the coded types (Saudi Post ready to deliver passport documents), as snn7 judged (snn41)",
        "http://www.aleqt.com/2015/08/11/article_980734.html":
            "same story as an article already in events-snn6.jsonl (snn6-20: the state of emergency in St Louis County after the Ferguson violence), as snn19 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788553.htm":
            "same story as articles already in events-snn2.jsonl and events-snn13.jsonl (snn2-07, snn13-05: Mohammed bin Nayef's meeting with the security chiefs), as snn34 judged (snn41)",
        "http://www.alweeam.com.sa/351654/مقتل-22-مسلحاً-من-تنظيم-داعش-في-عملية-أ/":
            "same story as an article already in events-snn2.jsonl (snn2-05: 22 ISIS fighters killed in a Ramadi operation), as snn38 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150802/Con20150802786934.htm":
            "no concrete event of the coded types (an analysis of Palestinian scenarios at the ICC), as snn15 judged (snn41)",
        "http://www.al-madina.com/node/621396/جوازات-نجران-تواصل-تصحيح-أوضاع-الأشقاء-اليمنيين.html?live":
            "no event of the coded types (the Najran passports office regularises Yemenis' status), as snn38 judged (snn41)",
        "http://sabq.org/oFCgde":
            "same story as an article already in events-snn2.jsonl (snn2-17: Houthi projectiles on the al-Tuwal villages of Jazan on Friday 24 Jul), as snn36 judged (snn41)",
        "http://www.al-madina.com/node/623895/نائب-الملك-من-عسير-من-يحاول-العبث-بأمن-المملكة-وشعبها-سيجد-الرد-عملياً-في-الميدا.html?live":
            "same story as an article already in events-snn11.jsonl (snn11-01: Mohammed bin Nayef receives the Asir martyrs' families), as snn35 judged (snn41)",
        "http://sabq.org/i7Cgde":
            "no concrete dated event (Aden residents recall the liberation of the airport, a feature), as snn30 judged (snn41)",
        "http://www.3alyoum.com/news/pol/a/البيت-الأبيض-يصف-حزب-العمال-الكردستان/":
            "same story as an article already in events-snn9.jsonl (snn9-17: the White House briefing in Nairobi calling the PKK terrorist), as snn17 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386663":
            "press review (what the Pakistani papers highlighted): events second-hand, as snn3 judged (snn41)",
        "http://www.3alyoum.com/finance/a/التجارة-تضبط-27-قطعة-أدوات-صحية-مزوّرة-م/":
            "no event of the coded types (a commerce-ministry inspection seizes mislabelled sanitary ware; consumer protection) (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386995":
            "press review (what the Pakistani papers highlighted): events second-hand, as snn9 judged (snn41)",
        "http://www.al-jazirah.com/2015/20150808/ln15.htm":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.alriyadh.com/1072202":
            "no event of the coded types (a courtesy hospital visit to the Asir bombing's wounded) (snn41)",
        "http://aawsat.com/home/article/420336/أوباما-يواصل-الترويج-لاتفاق-إيران-النووي-بخطاب-الأربعاء-المقبل":
            "same story as articles already in events-snn.jsonl and events-snn9.jsonl (snn-16: Obama's planned speech on the Iran deal; snn9-04: Netanyahu's campaign among American Jews) (snn41)",
        "http://www.alyaum.com/article/4082390":
            "no concrete event of the coded types (social workers call for support to the martyrs' families; the Asir bombing only recalled) (snn41)",
        "http://www.aleqt.com/2015/08/11/article_980702.html":
            "same story as an article already in events-snn2.jsonl (snn2-20: Jubeir and Steinmeier's press conference in Berlin) (snn41)",
        "http://www.aleqt.com/2015/08/01/article_977957.html":
            "opinion column, as snn15 judged (snn41)",
        "http://www.alweeam.com.sa/349335/إصابة-18-مجندا-بالشرطة-في-انفجار-استهدف/":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.alweeam.com.sa/349988/المقاومة-تدخل-مركز-لحج-جنوبي-اليمن/":
            "same story as an article already in events-snn16.jsonl (snn16-04, aljazirah 20150731/du4: the resistance enters al-Hawtah on Wednesday) (snn41)",
        "http://www.alyaum.com/article/4079397":
            "same story as an article already in events-snn.jsonl (snn-20: the bombs under five cars of Hamas and Islamic Jihad members in northern Gaza), as snn38 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785156.htm":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.al-madina.com/node/622836/طب-«المؤسس»-تسد-احتياجات-مستشفى-شرق-جدة.html":
            "no event of the coded types (a medical faculty team's working visit to a Jeddah hospital), as snn10 judged (snn41)",
        "http://www.al-madina.com/node/620806/«داعش»-يتبنى-تفجيرًا-ببغداد-أوقع-20-قتيلاً.html":
            "same story as articles already in events-snn5.jsonl and events-snn38.jsonl (snn5-07, snn38-20: the Baghdad car bombing of 22 Jul; here ISIS's claim) (snn41)",
        "http://www.3alyoum.com/news/pol/a/قوات-الأمن-التونسية-تقتل-مسلحاً-متشدد/":
            "same story as an article already in events-snn5.jsonl (snn5-13: the Sejnane operation in Bizerte), as snn34 judged (snn41)",
        "http://www.3alyoum.com/finance/a/النفط-يهبط-لمخاوف-من-تخمة-في-المنتجات-ا/":
            "no event of the coded types (an oil-market report), as snn31 judged (snn41)",
        "http://sabq.org/udDgde":
            "same story as an article already in events-snn4.jsonl (snn4-06: al-Yami's call for an inquiry into Houthi crimes), as snn12 judged (snn41)",
        "http://sabq.org/WICgde":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea), as snn31 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386721":
            "press review (the Tunisian papers): events second-hand, as snn11 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386748":
            "same story as an article already in events-snn23.jsonl (snn23-10: ISIS members killed in Anbar on 10 Aug), as snn36 judged (snn41)",
        "http://www.alriyadh.com/1067907":
            "no concrete dated event (an NGO report's statistics on detained Palestinian children) (snn41)",
        "http://aawsat.com/home/article/424391/قتلى-وجرحى-في-تفجير-انتحاري-في-كابل":
            "same story as an article already in events-snn9.jsonl (snn9-11: the Kabul truck bomb on Friday 7 Aug), as snn32 judged (snn41)",
        "http://www.al-jazirah.com/2015/20150725/ln45.htm":
            "opinion column (snn41)",
        "http://www.aleqt.com/2015/08/10/article_980418.html":
            "sports (al-Ettifaq club elections), as snn12 judged (snn41)",
        "http://www.alweeam.com.sa/350794/الكويت-تبدأ-محاكمة-5-سعوديين-متهمين-بتف/":
            "same story as an article already in events-snn.jsonl (snn-07: the opening of the Imam Sadiq bombing trial in Kuwait), as snn13 judged (snn41)",
        "http://www.alyaum.com/article/4082139":
            "same story as an article already in events-snn27.jsonl (snn27-16: the Tunisian cell dismantled), as snn37 judged (snn41)",
        "http://www.aleqt.com/2015/08/04/article_979056.html":
            "same story as an article already in events-snn.jsonl (snn-07: the opening of the Imam Sadiq trial in Kuwait), as snn19 judged (snn41)",
        "http://www.alyaum.com/article/4082284":
            "same story as an article already in events-snn12.jsonl (snn12-18: the Muslim World League condemns the Asir mosque bombing), as snn24 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788520.htm":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.3alyoum.com/news/a/الداخلية-البحرينية-إحباط-عملية-تهريب-43/":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain's foiled explosives smuggling by sea), as snn35 judged (snn41)",
        "http://www.al-madina.com/node/620457/فورين-بوليسي-الاتفاق-النووي-متعدد-المخاطر.html":
            "no concrete event (a magazine's analysis of the Iran deal), as snn25 judged (snn41)",
        "http://www.3alyoum.com/news/a/العراق-تستنكر-التفجير-الإرهابي-الذي-ا/":
            "same story as an article already in events-snn31.jsonl (snn31-09: Iraq's foreign ministry condemns the Asir mosque bombing), as snn35 judged (snn41)",
        "http://www.al-madina.com/node/623449/حمص-داعش-يخطف-230-مدنيًا-بعد-استيلائه-على-«القريتين».html":
            "same story as an article already in events-snn.jsonl (snn-17: ISIS seizes al-Qaryatayn and abducts civilians), as snn23 judged (snn41)",
        "http://sabq.org/AbDgde":
            "no event of the coded types (a civil-aviation delegation inspects four domestic airports), as snn19 judged (snn41)",
        "http://sabq.org/e9Dgde":
            "same story as an article already in events-snn17.jsonl (snn17-03: the Senior Scholars secretariat condemns the Asir bombing), as snn36 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386673":
            "same story as an article already in events-snn.jsonl (snn-18: the qisas execution in al-Hajrah, al-Baha), as snn4 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1387018":
            "press review (the Libyan papers): events second-hand, as snn29 judged (snn41)",
        "http://aawsat.com/home/article/412276/عشرات-القتلى-والجرحى-بهجوم-انتحاري-شمال-أفغانستان":
            "same story as an article already in events-snn6.jsonl (snn6-06: the suicide bombing in the Almar market, Faryab) (snn41)",
        "http://www.alriyadh.com/1071707":
            "same story as an article already in events-snn19.jsonl (snn19-03: Steinmeier warns Turkey on the Kurdish peace process) (snn41)",
        "http://www.al-jazirah.com/2015/20150726/du13.htm":
            "same story as articles already in events-snn9.jsonl and events-snn21.jsonl (snn9-02, snn21-04: Turkey's strikes on ISIS in Syria and the PKK in northern Iraq) (snn41)",
        "http://www.alyaum.com/article/4079706":
            "opinion column (on the Iran nuclear deal), as snn21 judged (snn41)",
        "http://www.alyaum.com/article/4082373":
            "same story as an article already in events-snn4.jsonl (snn4-20: the Gulf condolence calls to Mohammed bin Nayef after the Asir bombing) (snn41)",
        "http://www.alweeam.com.sa/348665/الهروب-من-الحرب-الحوثيون-بأزياء-نسائي/":
            "same story as an article already in events-snn11.jsonl (snn11-18: the Taiz resistance arrests a Houthi leader disguised as a woman), as snn18 judged (snn41)",
        "http://www.aleqt.com/2015/08/07/article_979659.html":
            "no concrete event of the coded types (a financial analysis), as an earlier annotator judged (snn41)",
        "http://www.aleqt.com/2015/07/22/article_975150.html":
            "same story as an article already in events-snn9.jsonl (snn9-12: the regime rocket on old Aleppo), as snn13 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150806/Con20150806787759.htm":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements), as snn34 judged (snn41)",
        "http://www.al-madina.com/node/623186/وزير-العدل-القضاء-سيقف-في-وجه-كل-من-أراد-شراً-بالبلاد.html":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir bombing), as snn35 judged (snn41)",
        "http://www.3alyoum.com/news/local/a/شرطة-القصيم-تطيح-بعصابة-إفريقية-احترف/":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arrest an African robbery gang), as snn25 judged (snn41)",
        "http://www.al-madina.com/node/620072/العرب-بين-إرهاب-أوروبا-وكباب-إيران.html":
            "opinion column (on Europe's rush to Iran after the deal), as snn36 judged (snn41)",
        "http://www.3alyoum.com/finance/a/اليونان-حزمة-الإنقاذ-المالي-ستكون-85-مل/":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://sabq.org/yuDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base), as snn33 judged (snn41)",
        "http://sabq.org/9L1aCd":
            "opinion column (on the Iran nuclear deal), as snn37 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386852":
            "same story as an article already in events-snn25.jsonl (snn25-01: the Bahraini cabinet condemns the Asir bombing), as snn35 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1387153":
            "same story as an article already in events-snn22.jsonl (snn22-06: al-Jubeir meets Lavrov in Moscow), as snn29 judged (snn41)",
        "http://aawsat.com/home/article/423661/جون-كيري-اتفاق-مع-روسيا-لتحديد-المسؤولين-عن-هجمات-بالأسلحة-الكيماوية-في-سوريا":
            "same story as articles already in events-snn18.jsonl and events-snn21.jsonl (snn18-14, snn21-05: the US-Russian draft on Syrian chemical attacks), as snn36 judged (snn41)",
        "http://www.alriyadh.com/1071779":
            "no event of the coded types (the passports director inspects the Yemenis' regularisation centre) (snn41)",
        "http://www.alyaum.com/article/4081100":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo; here his departure), as snn32 judged (snn41)",
        "http://www.alyaum.com/article/4082021":
            "same story as an article already in events-snn.jsonl (snn-07: the opening session of the Imam Sadiq mosque trial in Kuwait), as snn39 judged (snn41)",
        "http://www.aleqt.com/2015/08/01/article_977904.html":
            "same story as articles already in events-snn23.jsonl and events-snn29.jsonl (snn23-12, snn29-19: the coalition's 41 strikes in Syria and Iraq), as snn33 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150808/Con20150808788385.htm":
            "same story as an article already in events-snn10.jsonl (snn10-13: the Asir governor and the funeral prayer in Abha), as snn31 judged (snn41)",
        "http://www.aleqt.com/2015/07/23/article_975637.html":
            "no event of the coded types (plant molecules for medicine), as snn23 judged (snn41)",
        "http://www.al-madina.com/node/623445/العراق-مظاهرات-عارمة-تطالب-برحيل-الحكومة.html":
            "same story as an article already in events-snn15.jsonl (snn15-16: the Friday 7 August protests in Baghdad and the provinces), as snn28 judged (snn41)",
        "http://www.al-madina.com/node/623458/تفجير-العقول.html":
            "opinion column (on the Asir mosque bombing), as snn28 judged (snn41)",
        "http://www.3alyoum.com/news/local/a/القتل-للباكستاني-شاه-فيصل-عظيم-لتهريب/":
            "same story as an article already in events-snn.jsonl (snn-09: the execution of a heroin smuggler in Thadiq), as snn28 judged (snn41)",
        "http://www.3alyoum.com/news/pol/a/الجريمة-والإرهاب-حيلة-الحوثيين-كلما-أ/":
            "no concrete dated event (a commentary listing Houthi abuses), as snn27 judged (snn41)",
        "http://sabq.org/suCgde":
            "no event of the coded types (a harassment video in Mecca; only an inquiry), as snn25 judged (snn41)",
        "http://sabq.org/akDgde":
            "no event of the coded types (a video of alcohol smuggled over the King Fahd causeway), as snn35 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1387061":
            "no event of the coded types (Saudi Post delivers passport documents), as snn26 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386863":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.alriyadh.com/1071433":
            "same story as articles already in events-snn32.jsonl and events-snn33.jsonl (snn32-13, snn33-08: the ISIS suspects arrested in Manisa and the PKK raids), as snn36 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150809/Con20150809788481.htm":
            "opinion column (on confronting Iran), as snn34 judged (snn41)",
        "http://www.alyaum.com/article/4081226":
            "same story as articles already in events-snn16.jsonl and events-snn17.jsonl (snn16-11, snn17-18: the Sanah clashes in al-Dhale and the al-Qatn car bomb), as snn38 judged (snn41)",
        "http://www.alyaum.com/article/4079403":
            "same story as an article already in events-snn10.jsonl (snn10-07: the AQIM ambush on Algerian soldiers in Ain Defla), as snn28 judged (snn41)",
        "http://www.aleqt.com/2015/08/11/article_980743.html":
            "same story as an article already in events-snn14.jsonl (snn14-14: Syria arrests Suleiman al-Assad after the Latakia protest), as snn37 judged (snn41)",
        "http://www.aleqt.com/2015/08/05/article_979183.html":
            "opinion column, as snn29 judged (snn41)",
        "http://www.al-madina.com/node/623544/اليمن-يطلب-من-الأردن-استقبال-أعداد-إضافية-من-الجرحى.html?weekly":
            "same story as an article already in events-snn16.jsonl (snn16-03: the plane of Yemeni wounded reaching Amman), as snn37 judged (snn41)",
        "http://www.al-madina.com/node/620629/إيران-ما-بعد-الاتفاق.html":
            "opinion column (Iran after the deal), as snn29 judged (snn41)",
        "http://www.3alyoum.com/news/pol/a/انفجار-في-القاهرة-يصيب-ضابطي-شرطة-ومجن/":
            "same story as an article already in events-snn6.jsonl (snn6-11: the Heliopolis court blast), as snn37 judged (snn41)",
        "http://www.3alyoum.com/news/pol/a/الرئيس-اليمني-يطالب-المتمردين-باحترا/":
            "same story as an article already in events-snn8.jsonl (snn8-08: Hadi meets the UN envoy in Riyadh and asks the rebels to respect the truce), as snn20 judged (snn41)",
        "http://sabq.org/KcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: the Deputy Crown Prince's visit to Cairo; here his departure), as snn39 judged (snn41)",
        "http://sabq.org/aHCgde":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the humanitarian truce in Yemen), as snn29 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386880":
            "same story as an article already in events-snn24.jsonl (snn24-10: the Kuwaiti cabinet condemns the Asir mosque bombing), as snn29 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386866":
            "same story as an article already in events-snn24.jsonl (snn24-17: Ukraine accuses the separatists of shelling near Starohnativka), as snn32 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784770.htm":
            "no event of the coded types (an oil-market report), as snn6 judged (snn41)",
        "http://www.aleqt.com/2015/08/05/article_979275.html":
            "no concrete dated event (UNAMA's half-year statistics of civilian casualties in Afghanistan) (snn41)",
        "http://www.aleqt.com/2015/07/23/article_975599.html":
            "no event of the coded types (Rouhani defends the nuclear deal in a speech), as snn33 judged (snn41)",
        "http://www.alyaum.com/article/4081758":
            "opinion column (on harassment), as snn31 judged (snn41)",
        "http://www.alyaum.com/article/4082943":
            "same story as an article already in events-snn.jsonl (snn-22: al-Rabeeah receives the Saudi ambassador to Yemen at KSRelief), as snn36 judged (snn41)",
        "http://www.al-madina.com/node/623721/الجبير-المملكة-حريصة-على-تطوير-علاقاتها-مع-إيران-شرط-أن-تغير-سياستها-بالتدخل-في-.html?live":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.al-madina.com/node/623545/النازحون-اليمنيون-بالمكلا-لـ-عائدون-والملك-سلمان-أحيا-روح-الأمل-فينا.html?weekly":
            "no concrete event of the coded types (a feature on displaced Yemenis in Mukalla), as snn39 judged (snn41)",
        "http://www.3alyoum.com/news/golobal/a/ميسي-يثير-موجة-غضب-بعد-لقاء-رئيس-الغابو/":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://sabq.org/0rDgde":
            "no event of the coded types (a prison's family house for inmates) (snn41)",
        "http://sabq.org/QcDgde":
            "same story as an article already in events-snn7.jsonl (snn7-12: Mohammed bin Salman's visit to Cairo; here his departure), as snn11 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386675":
            "press review (the Egyptian papers): events second-hand, as snn14 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386765":
            "same story as an article already in events-snn16.jsonl (snn16-05: the Asir emir receives the head of the Ifta branch) (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150720/Con20150720784606.htm":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.aleqt.com/2015/08/08/article_979879.html":
            "same story as an article already in events-snn4.jsonl (snn4-20: Gulf condolence calls to Mohammed bin Nayef condemning the Asir bombing), as snn35 judged (snn41)",
        "http://www.alyaum.com/article/4082675":
            "same story as an article already in events-snn11.jsonl (snn11-02, alriyadh 1071740: the Taiz fronts and the resistance attack in Hodeidah) (snn41)",
        "http://www.alyaum.com/article/4082966":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.aleqt.com/2015/08/06/article_979479.html":
            "no current event (a 'this day in history' item), as snn32 judged (snn41)",
        "http://www.al-madina.com/node/622972/رابطة-العالم-الاسلامي-تدين-تصريحات-الرئيس-العراقي-ضد-المملكة.html?live":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements), as snn23 judged (snn41)",
        "http://www.3alyoum.com/news/pol/a/الجبير-يكشف-ملابسات-زيارة-وفد-حماس-للس/":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir meets Shoukry in Jeddah), as snn18 judged (snn41)",
        "http://www.al-madina.com/node/623357/أمير-نجران-الإرهابيون-شرذمة-بغضية-انتهكت-حرمة-بيت-الله.html?live":
            "same story as an article already in events-snn5.jsonl (snn5-05: the emir of Najran condemns the Asir bombing), as snn16 judged (snn41)",
        "http://sabq.org/FL1aCd":
            "opinion column (on the Iran deal), as snn19 judged (snn41)",
        "http://sabq.org/uCCgde":
            "no concrete event of the coded types (a feature on Saudi troops and children in Aden), as snn32 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386978":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386792":
            "same story as an article already in events-snn9.jsonl (snn9-13: al-Zayani's visit to the King Salman relief centre), as snn11 judged (snn41)",
        "http://www.okaz.com.sa/new/Issues/20150807/Con20150807788101.htm":
            "same story as an article already in events-snn23.jsonl (snn23-08: the Bahraini House speaker condemns the Asir bombing), as snn39 judged (snn41)",
        "http://www.alyaum.com/article/4082758":
            "same story as articles already in events-snn8.jsonl and events-snn15.jsonl (snn8-04: the PKK attack in Midyat; snn15-14: Demirtas's call) (snn41)",
        "http://www.aleqt.com/2015/08/03/article_978585.html":
            "same story as an article already in events-snn14.jsonl (snn14-18: the Nigerian army frees 178 captives near Bama), as snn30 judged (snn41)",
        "http://www.alyaum.com/article/4080300":
            "no event of the coded types (Obama's personal speech in Nairobi on his Kenyan family) (snn41)",
        "http://www.aleqt.com/2015/08/07/article_979758.html":
            "same story as an article already in events-snn11.jsonl (snn11-10: Yemen's government condemns the Asir mosque bombing), as snn29 judged (snn41)",
        "http://www.3alyoum.com/news/pol/a/مقتل-طفل-فلسطيني-في-هجوم-لمتطرفين-يهود/":
            "same story as an article already in events-snn.jsonl (snn-12: the Duma arson that killed a Palestinian infant) (snn41)",
        "http://www.al-madina.com/node/621167/الأمن-البحريني-يحبط-عملية-تهريب-مواد-متفجرة-شديدة-الخطورة.html?live":
            "same story as an article already in events-snn.jsonl (snn-19: Bahrain foiling the smuggling of explosives), as snn13 judged (snn41)",
        "http://www.al-madina.com/node/623329/المفتي-العام-عمل-إجرامي-لا-يقبله-إنسان-ولا-دين.html":
            "same story as an article already in events-snn.jsonl (snn-15: the Mufti's condemnation of the Asir mosque bombing), as snn13 judged (snn41)",
        "http://sabq.org/eNCgde":
            "same story as an article already in events-snn17.jsonl (snn17-19: Davutoglu, no ground troops in Syria), as snn26 judged (snn41)",
        "http://sabq.org/4ACgde":
            "same story as an article already in events-snn8.jsonl (snn8-09: the second Saudi relief plane landing at Aden airport), as snn16 judged (snn41)",
        "http://www.spa.gov.sa/details.php?id=1386666":
            "same story as an article already in events-snn7.jsonl (snn7-19: the Sultanbeyli police-station attack in Istanbul), as snn21 judged (snn41)",
        "http://www.alyaum.com/article/4082889":
            "sports (Real Madrid's pre-season), as snn13 judged (snn41)",
        "http://www.alyaum.com/article/4082220":
            "same story as an article already in events-snn5.jsonl (snn5-17: the justice minister condemns the Asir bombing), as snn38 judged (snn41)",
        "http://www.aleqt.com/2015/08/05/article_979297.html":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki's statements), as snn23 judged (snn41)",
        "http://www.3alyoum.com/news/pol/a/مقتل-27-في-انفجار-ببلدة-تركية-على-حدود-سو/":
            "same story as an article already in events-snn2.jsonl (snn2-08: the Suruc bombing) (snn41)",
        "http://www.al-madina.com/node/620520/هبوط-طائرة-سعودية-تحمل-مساعدات-بمطار-عدن-بعد-تشغيله.html?live":
            "same story as an article already in events-snn11.jsonl (snn11-16: the Saudi plane landing at the reopened Aden airport), as snn17 judged (snn41)",
        "http://www.al-madina.com/node/623047/رابطة-العالم-الإسلامي-«المالكي»-لسان-صفوي-يشعل-الفتنة.html":
            "same story as an article already in events-snn4.jsonl (snn4-19: the Muslim World League condemns al-Maliki), as snn39 judged (snn41)",
        "http://sabq.org/W6Dgde":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://sabq.org/ExCgde":
            "same story as an article already in events-snn19.jsonl (snn19-11: the Security Council endorses the Iran deal), as snn28 judged (snn41)",
        "http://www.alyaum.com/article/4080114":
            "same story as an article already in events-snn3.jsonl (snn3-13: the coalition announces the humanitarian truce in Yemen), as snn19 judged (snn41)",
        "http://www.aleqt.com/2015/08/02/article_978318.html":
            "same story as an article already in events-snn10.jsonl (snn10-08: the PKK tractor bomb on the Dogubayazit post), as snn37 judged (snn41)",
        "http://www.3alyoum.com/news/local/a/لماذا-تأخر-تفجير-مسجد-طوارئ-عسير-حتى-ال/":
            "no concrete event of the coded types (speculation on the timing of the Asir bombing), as snn37 judged (snn41)",
        "http://www.al-madina.com/node/620812/تقرير-مسؤولون-أمريكيون-تحت-ضغط-الكونغرس-للكشف-عن-معلومات-بخصوص-الاتفاق-النووي-ال.html":
            "same story as articles already in events-snn5.jsonl and events-snn11.jsonl (snn5-12, snn11-14: Kerry, Lew and Moniz before the Senate committee), as snn38 judged (snn41)",
        "http://www.al-madina.com/node/623352/البرلمان-العربي-يدين-التفجير-الإرهابي-الذي-استهدف-مسجدًا-في-عسير.html?live":
            "same story as an article already in events-snn20.jsonl (snn20-13: the Arab Parliament speaker condemns the Asir bombing), as snn39 judged (snn41)",
        "http://sabq.org/68Dgde":
            "same story as an article already in events-snn14.jsonl (snn14-15: the Asir governor at the bombing site), as snn32 judged (snn41)",
        "http://sabq.org/JL1aCd":
            "opinion column (an obituary), as snn28 judged (snn41)",
        "http://www.alyaum.com/article/4082328":
            "same story as an article already in events-snn5.jsonl (snn5-01: the session of the Imam Sadiq mosque trial in Kuwait), as snn13 judged (snn41)",
        "http://www.3alyoum.com/news/a/تركيا-تستعد-لهجوم-واسع-النطاق-ضد-تنظي/":
            "same story as articles already in events-snn5.jsonl and events-snn19.jsonl (snn5-02, snn19-08: Cavusoglu with Kerry in Kuala Lumpur on a wide offensive against ISIS) (snn41)",
        "http://www.al-madina.com/node/620534/السمعة-القوية.html":
            "opinion column, as snn26 judged (snn41)",
        "http://www.al-madina.com/node/623155/كبار-العلماء-تدين-وبشدة-العمل-الإجرامي-الذي-استهدف-مسجدًا-بعسير.html?live":
            "same story as an article already in events-snn15.jsonl (snn15-10: the Council of Senior Scholars condemns the Asir bombing), as snn38 judged (snn41)",
        "http://sabq.org/MbDgde":
            "no concrete event (commentary on Mohammed bin Salman's visit to Egypt), as snn30 judged (snn41)",
        "http://sabq.org/EzDgde":
            "same story as an article already in events-snn5.jsonl (snn5-18: the Saudi student arrested in Kentucky), as snn18 judged (snn41)",
        "http://www.alyaum.com/article/4082219":
            "same story as an article already in events-snn.jsonl (snn-15: the Mufti's condemnation of the Asir mosque bombing) (snn41)",
        "http://www.3alyoum.com/opinion/articles/a/سعيد-الوهابي-لماذا-نحتقر-الشخص-المؤدب/":
            "opinion column, as snn37 judged (snn41)",
        "http://www.al-madina.com/node/623825/حماك-الله-يا-بلادي.html":
            "opinion column (on the Asir bombing), as snn36 judged (snn41)",
        "http://www.al-madina.com/node/623850/اتصال-من-مجهول.html":
            "opinion column (on anonymous SIM cards), as snn29 judged (snn41)",
        "http://sabq.org/1M1aCd":
            "opinion column (on summer tourism), as snn26 judged (snn41)",
        "http://sabq.org/VX0aCd":
            "opinion column (child marriage), as snn28 judged (snn41)",
        "http://www.alyaum.com/article/4082335":
            "same story as an article already in events-snn21.jsonl (snn21-05: the Security Council resolution on chlorine attacks in Syria), as snn35 judged (snn41)",
        "http://www.alyaum.com/article/4080109":
            "same story as an article already in events-snn5.jsonl (snn5-12: Kerry at the Council on Foreign Relations warns Congress) (snn41)",
        "http://www.3alyoum.com/news/local/a/شاهد-ملك-الأردن-يقود-سيارته-الخاصة-وبج/":
            "same story as an article already in events-snn2.jsonl (snn2-06: the deputy crown prince's visit to Jordan), as snn20 judged (snn41)",
        "http://www.al-madina.com/node/620808/الجبير-نحن-مع-الاتفاق-الذي-يمنع-امتلاك-إيران-للسلاح-النووي.html":
            "same story as an article already in events-snn11.jsonl (snn11-17: al-Jubeir and Shoukry's press conference in Jeddah), as snn28 judged (snn41)",
        "http://www.al-madina.com/node/623367/خطباء-مساجد-أملج-تفجير-مسجد-طوارئ-عسير-هدفه-زعزعة-أمن-المملكة.html?live":
            "same story as an article already in events-snn.jsonl (snn-11: the Umluj preachers condemn the Asir bombing), as snn23 judged (snn41)",
        "http://sabq.org/owCgde":
            "same story as an article already in events-snn3.jsonl (snn3-14: Libyan warplanes sink a ship near Benghazi), as snn35 judged (snn41)",
        "http://sabq.org/muDgde":
            "same story as an article already in events-snn.jsonl (snn-07: the Kuwait Imam Sadiq bombing trial, here announced), as snn19 judged (snn41)",
        "http://www.alyaum.com/article/4080136":
            "same story as an article already in events-snn16.jsonl (snn16-10: the trial crossing of the new Suez canal), as snn19 judged (snn41)",
        "http://www.3alyoum.com/news/local/a/داعش-الإرهابي-يتبنى-تفجير-مسجد-الطوار/":
            "same story as articles already in events-snn14.jsonl and events-snn17.jsonl (the Asir mosque bombing; here ISIS's claim), as snn20 judged (snn41)",
        "http://www.al-madina.com/node/621095/إسرائيل-والنووي-الإيراني.html":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.al-madina.com/node/623344/العرج-تفجير-عسير-جريمة-بشعة-لم-تراعِ-قدسية-بيوت-الله.html":
            "same story as an article already in events-snn22.jsonl (snn22-11: the civil service minister condemns the Abha mosque bombing), as snn29 judged (snn41)",
        "http://sabq.org/QgDgde":
            "no event of the coded types (the death of a Saudi prisoner's father), as snn37 judged (snn41)",
        "http://sabq.org/i4Cgde":
            "same story as an article already in events-snn18.jsonl (snn18-15: the triple shooting in Khaybar al-Janub, Asir), as snn23 judged (snn41)",
        "http://www.alyaum.com/article/4082738":
            "same story as an article already in events-snn4.jsonl (snn4-17: the deputy health minister's visit to the wounded in Abha), as snn30 judged (snn41)",
        "http://www.3alyoum.com/news/a/القوات-السعودية-تحبط-هجوماً-لميليشيا/":
            "same story as an article already in events-snn25.jsonl (snn25-06: the foiled Houthi attack on the al-Tuwal crossing) (snn41)",
        "http://www.al-madina.com/node/623572/كيف-نتجاوز-الوضع-الراهن؟.html":
            "opinion column (on the Asir bombing), as snn35 judged (snn41)",
        "http://www.al-madina.com/node/623843/أزمة-أهداف-تهدد-«ريال-بينتيز».html":
            "sports (Real Madrid), as snn10 judged (snn41)",
        "http://sabq.org/Wv1fde":
            "no event of the coded types (a newspaper receives a company delegation), as snn33 judged (snn41)",
        "http://sabq.org/AOCgde":
            "same story as an article already in events-snn32.jsonl (snn32-09: al-Rabeeah receives the governors of Sanaa and al-Dhale), as snn37 judged (snn41)",
        "http://www.3alyoum.com/news/a/المهر-بالملايين-والحضور-بالآلاف-بريد/":
            "no event of the coded types (the Buraidah dates festival) (snn41)",
        "http://www.al-madina.com/node/621297/لابد-من-صنعاء.html":
            "editorial (on the Yemeni resistance's advance towards Sanaa), as snn31 judged (snn41)",
        "http://www.al-madina.com/node/620495/ظريف-للشورى-الإيراني-قدمنا-تنازلات-في-الاتفاق-النووي.html":
            "same story as an article already in events-snn10.jsonl (snn10-19: Zarif before the Majlis), as snn32 judged (snn41)",
        "http://sabq.org/svDgde":
            "no concrete event of the coded types (the UN envoy's TV interview on Yemen's humanitarian toll), as snn35 judged (snn41)",
        "http://sabq.org/7L1aCd":
            "opinion column (on the Iran deal), as snn35 judged (snn41)",
        "http://www.3alyoum.com/news/golobal/a/استهداف-قنصلية-أمريكية-بأسطنبول-والع/":
            "same story as articles already in events-snn7.jsonl and events-snn18.jsonl (snn7-19, snn18-01: the US consulate shooting in Istanbul and the attacks of 10 Aug), as snn36 judged (snn41)",
        "http://www.al-madina.com/node/622872/مثلث-الثقل-الإستراتيجي-العربي.html":
            "editorial (on the Deputy Crown Prince's visit to Jordan), as snn35 judged (snn41)",
        "http://www.al-madina.com/node/621381/المقاومة-والجيش-يسيطران-على-بلدتي-الوهط-وصبر-بلحج.html":
            "same story as an article already in events-snn4.jsonl (snn4-03: the capture of al-Waht and Sabr in Lahij), as snn38 judged (snn41)",
        "http://sabq.org/OKCgde":
            "no event of the coded types (a workplace accident at Jeddah airport), as snn15 judged (snn41)",
        "http://sabq.org/e2Cgde":
            "same story as an article already in events-snn11.jsonl (snn11-18: a Houthi leader arrested disguised as a bride), as snn15 judged (snn41)",
        "http://www.3alyoum.com/news/local/a/70-ألف-يمني-يصحّحون-أوضاعهم-في-جازان/":
            "no event of the coded types (Yemenis regularise their status in Jazan), as snn27 judged (snn41)",
        "http://www.al-madina.com/node/623359/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html?live":
            "same story as an article already in events-snn2.jsonl (snn2-15: the emergency-forces mosque imam's account), as snn34 judged (snn41)",
        "http://www.al-madina.com/node/623327/كبار-العلماء-على-الجميع-استئصال-جذور-هذه-النبتة-الخبيثة.html":
            "same story as an article already in events-snn17.jsonl (snn17-03: the Senior Scholars secretariat condemns the Asir bombing), as snn36 judged (snn41)",
        "http://sabq.org/tM1aCd":
            "opinion column, as snn28 judged (snn41)",
        "http://sabq.org/gvDgde":
            "same story as an article already in events-snn3.jsonl (snn3-12: the capture of al-Anad base), as snn35 judged (snn41)",
        "http://www.3alyoum.com/news/golobal/a/مزحة-مبتعث-سعودي-تتسبب-باعتقاله-في-أمر/":
            "same story as an article already in events-snn5.jsonl (snn5-18: the Saudi student arrested in Kentucky) (snn41)",
        "http://www.al-madina.com/node/623396/إمام-مسجد-الطوارئ-يروي-اللحظات-الأخيرة-للتفجير-الإرهابي.html":
            "same story as an article already in events-snn2.jsonl (snn2-15: the same interview of the emergency-forces mosque imam), as snn9 judged (snn41)",
        "http://www.al-madina.com/node/622867/«السعودية»-تستقبل-قيادات-«بوينج»-بجدة.html":
            "same story as an article already in events-snn5.jsonl (snn5-19: the Boeing delegation at Saudia in Jeddah), as snn35 judged (snn41)",
        "http://sabq.org/CqQfde":
            "opinion column (an editorial on sports fanaticism), as snn29 judged (snn41)",
        "http://sabq.org/2NCgde":
            "same story as an article already in events-snn3.jsonl (snn3-10: the Qassim police arresting an African gang), as snn12 judged (snn41)",
        "http://www.al-madina.com/node/620883/تَـهْــرِيج-وقِــلــة-أدب.html":
            "in the seed-20270113 walk, annotated in parallel (snn41)",
        "http://www.al-madina.com/node/620624/البنتاغون-يعلن-مقتل-زعيم-جماعة-خراسان.html":
            "same story as an article already in events-snn9.jsonl (snn9-16: the Pentagon announces the killing of Muhsin al-Fadhli), as snn39 judged (snn41)",
    },
}


WORD_RES = [re.compile("(?<![\u0621-\u064A])" + PREFIX + re.escape(w)) for w in EVENT_WORDS]


def load(dataset_dir):
    arts = []
    for path in sorted(glob.glob(os.path.join(dataset_dir, "*.zip"))):
        z = zipfile.ZipFile(path)
        for name in z.namelist():
            for i, a in enumerate(json.loads(z.read(name))):
                arts.append((os.path.basename(path), i, a))
    return arts


def excluded_urls(paths):
    """The urls cited ("source": {"url": ...}) by the gold JSONL files in paths."""
    urls = set()
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.strip():
                urls.add(json.loads(line)["source"]["url"])
    return urls


def candidates(arts, exclude=frozenset()):
    url_count = {}
    for f, _, a in arts:
        url_count[(f, a["url"])] = url_count.get((f, a["url"]), 0) + 1
    seen = set()
    out = []
    for f, i, a in arts:
        c = a.get("content") or ""
        if a["source"] in SPORTS_SOURCES:
            continue
        if not (MIN_WORDS <= len(c.split()) <= MAX_WORDS):
            continue
        if sum(1 for w in WORD_RES if w.search(c)) < MIN_DISTINCT_WORDS:
            continue
        if url_count[(f, a["url"])] != 1:
            continue
        if c in seen:
            continue
        seen.add(c)
        if a["url"] in exclude:
            continue
        out.append((f, i, a))
    return out


FILE_SKIPS = {}  # --skips=FILE


def read_skips(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            url, tab, why = line.partition("\t")
            if not tab or not url.strip():
                sys.exit(f"{path}:{n}: expected 'url<TAB>reason', got {line!r}")
            out[url.strip()] = why.strip()
    return out


def select(cands):
    order = list(cands)
    random.Random(SEED).shuffle(order)
    taken, log, per_source = [], [], {}
    skips = dict(MANUAL_SKIPS, **SEED_SKIPS.get(SEED, {}), **FILE_SKIPS)
    for f, i, a in order:
        if len(taken) >= N:
            break
        if a["url"] in skips:
            log.append(("skip", f, a, skips[a["url"]]))
            continue
        if per_source.get(a["source"], 0) >= MAX_PER_SOURCE:
            log.append(("cap", f, a, "source cap"))
            continue
        per_source[a["source"]] = per_source.get(a["source"], 0) + 1
        taken.append((f, i, a))
        log.append(("take", f, a, ""))
    return taken, log


TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def check(gold_paths, arts, taken):
    by_file = {}
    for f, _, a in arts:
        by_file.setdefault(f, []).append(a)
    gold = [json.loads(line) for p in gold_paths for line in open(p, encoding="utf-8") if line.strip()]
    taken = taken[:len(gold)] if len(gold) < len(taken) else taken
    assert len(gold) == len(taken), (len(gold), len(taken))
    ids = set()
    for g, (f, _, a) in zip(gold, taken):
        src = g["source"]
        assert src["corpus"] == "saudinewsnet" and src["file"] == f and src["url"] == a["url"], g["id"]
        hits = [x for x in by_file[src["file"]] if x["url"] == src["url"]]
        assert len(hits) == 1, (g["id"], len(hits))
        assert g["published"] == hits[0]["date_extracted"][:10], g["id"]
        assert "text" not in g and "title" not in g, g["id"]
        assert g["id"] not in ids and g["id"].isascii(), g["id"]
        ids.add(g["id"])
        for e in g["events"]:
            assert e["type"] in TYPES, (g["id"], e)
            assert e["status"] in {"occurred", "planned", "threatened", "denied"}, (g["id"], e)
            assert e["kind"] in {"required", "optional", "background"}, (g["id"], e)
            assert ("lat" in e) == ("lon" in e) == ("place" in e), (g["id"], e)
            d = e.get("date")
            if d is not None:
                assert len(d) == 10 or (e["kind"] == "background" and len(d) in (4, 7)), (g["id"], e)
    print(f"check ok: {len(gold)} articles, each url found exactly once in its file")


def main():
    global N, SEED, MIN_WORDS, MAX_WORDS, MAX_PER_SOURCE
    exclude_paths = []
    for x in sys.argv[1:]:
        if x.startswith("--n="):
            N = int(x[len("--n="):])
        elif x.startswith("--min-words="):
            MIN_WORDS = int(x[len("--min-words="):])
        elif x.startswith("--max-words="):
            MAX_WORDS = int(x[len("--max-words="):])
        elif x.startswith("--max-per-source="):
            MAX_PER_SOURCE = int(x[len("--max-per-source="):])
        elif x.startswith("--skips="):
            FILE_SKIPS.update(read_skips(x[len("--skips="):]))
        elif x.startswith("--seed="):
            SEED = int(x[len("--seed="):])
        elif x.startswith("--exclude="):
            exclude_paths += [p for p in x[len("--exclude="):].split(",") if p]
    args = [x for x in sys.argv[1:] if not x.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    gold_args = [x for x in args if x.endswith(".jsonl")]
    args = [x for x in args if not x.endswith(".jsonl")]
    if args:
        d = args[0]
    else:
        tries = [os.path.join(here, up, "shared/data/news/saudinewsnet/dataset") for up in ("../..", "../../..")]
        d = next((t for t in tries if os.path.isdir(t)), tries[0])
    arts = load(d)
    exclude = excluded_urls(exclude_paths)
    cands = candidates(arts, exclude)
    taken, log = select(cands)
    if "--check" in sys.argv:
        check(gold_args, arts, taken)
        return
    if exclude_paths:
        print(f"# excluded {len(exclude)} urls cited by {', '.join(exclude_paths)}")
    print(f"# {len(arts)} articles, {len(cands)} candidates, seed {SEED}")
    k = 0
    for what, f, a, why in log:
        if what == "take":
            k += 1
            print(f"TAKE {k:02d} {f} {a['source']} {a['date_extracted']} {a['url']}")
            if "--text" in sys.argv:
                print("   TITLE:", a["title"])
                print("   ", a["content"].replace("\n", "\n    "))
                print()
        elif what == "skip":
            print(f"SKIP    {f} {a['source']} {a['url']} -- {why}")
        else:
            print(f"CAP     {f} {a['source']} {a['url']}")


if __name__ == "__main__":
    main()
