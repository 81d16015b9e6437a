package org.marsad.store;

/** How many rows a store holds. */
public record StoreCounts(long articles, long events, long places) {}
