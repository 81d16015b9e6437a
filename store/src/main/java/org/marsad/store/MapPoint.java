package org.marsad.store;

/** The little the map needs of one located event. */
public record MapPoint(String id, String type, String status, String day, double lat, double lon, String place,
    String actor) {}
