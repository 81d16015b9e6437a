package org.marsad.core.model;

/** Named-entity types, as in ANERcorp/CoNLL. */
public enum EntityType { PER, LOC, ORG, MISC }
