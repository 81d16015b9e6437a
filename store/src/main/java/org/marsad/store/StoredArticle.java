package org.marsad.store;

import org.marsad.core.model.Article;

/**
 * An article as stored.
 *
 * @param id the row id
 * @param key what identifies the article across ingests (see {@link EventStore#keyOf})
 * @param contentHash SHA-256 of the url, title, date and body; a change means a new version
 */
public record StoredArticle(long id, String key, Article article, String contentHash) {}
