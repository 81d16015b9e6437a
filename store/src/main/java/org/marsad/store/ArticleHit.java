package org.marsad.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One article found by a search.
 *
 * @param snippet text around the first match; matched words are wrapped in {@code [[...]]}
 * @param score BM25 relevance, higher is better
 */
public record ArticleHit(long id, String key, String title, String url, String source, Optional<LocalDate> published,
    String snippet, double score) {}
