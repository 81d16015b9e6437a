package org.marsad.core.model;

/** A named entity mention {@code [start, end)} of the analysed text. */
public record Entity(String text, EntityType type, int start, int end) {}
