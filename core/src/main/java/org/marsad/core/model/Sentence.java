package org.marsad.core.model;

/** A sentence as a half-open range {@code [start, end)} of the analysed text. */
public record Sentence(int start, int end) {
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
