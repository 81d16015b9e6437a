package org.marsad.core.model;

/** A paragraph {@code [start, end)} that repeats the paragraph starting at {@code sameAsStart}. */
public record Duplicate(int start, int end, int sameAsStart) {
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
