package org.marsad.core.ner;

/** The lists a gazetteer entry can belong to; each is one bit of an entry's mask. */
public enum GazetteerType {
  PER, LOC, ORG,
  /** Titles and roles that precede names: رئيس، وزير، الشيخ، اللواء. */
  TITLE;

  int bit() {
    return 1 << ordinal();
  }
}
