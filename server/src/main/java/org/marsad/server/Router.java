package org.marsad.server;

import java.util.Optional;
import org.marsad.store.EventStore;

/**
 * Maps a path to its endpoint:
 * <ul>
 *   <li>{@code /api/events}, {@code /api/events.geojson}, {@code /api/events/{id}};
 *   <li>{@code /api/articles?q=}, {@code /api/articles/{id}}, {@code /api/stats},
 *       {@code /api/openapi.json};
 *   <li>{@code /articles/{id}}: the article as a page, {@code ?start=&end=} marks the evidence;
 *   <li>anything else: a static file of the dashboard or a WebJar, or 404.
 * </ul>
 */
final class Router {

  private final Api api;
  private final Assets assets;
  private final EventStore store;

  Router(Api api, Assets assets, EventStore store) {
    this.api = api;
    this.assets = assets;
    this.store = store;
  }

  Reply route(Request r) {
    String path = r.path();
    switch (path) {
      case "/api/events":
        return api.events(r);
      case "/api/events.geojson":
        return api.geojson(r);
      case "/api/articles":
        return api.articles(r);
      case "/api/stats":
        return api.stats(r);
      case "/api/openapi.json":
        return api.openApi(r);
      default:
        break;
    }
    if (path.startsWith("/api/events/")) {
      return api.event(path.substring("/api/events/".length()));
    }
    if (path.startsWith("/api/articles/")) {
      return api.article(path.substring("/api/articles/".length()));
    }
    if (path.startsWith("/api/")) {
      return Reply.error(404, "no such endpoint: " + path, null);
    }
    if (path.startsWith("/articles/")) {
      return articlePage(r, path.substring("/articles/".length()));
    }
    return assets.find(path).orElseGet(() -> Reply.error(404, "not found: " + path, null));
  }

  private Reply articlePage(Request r, String id) {
    var article = Api.parseId(id).flatMap(store::article);
    if (article.isEmpty()) {
      return Reply.error(404, "no article with id '" + id + "'", null);
    }
    Optional<int[]> mark = Optional.empty();
    var start = r.param("start").flatMap(Api::parseId);
    var end = r.param("end").flatMap(Api::parseId);
    if (start.isPresent() && end.isPresent()) {
      mark = Optional.of(new int[] {start.get().intValue(), end.get().intValue()});
    }
    return Reply.html(Html.articlePage(article.get(), mark));
  }
}
