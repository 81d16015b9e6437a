package org.marsad.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.marsad.core.model.Article;

/**
 * Finds the article in a news page.
 *
 * <p>Rules:
 * <ol>
 *   <li>Boilerplate goes first: {@code script style noscript template svg iframe form nav header
 *       footer aside} and elements whose ARIA role is navigation, banner, contentinfo or
 *       complementary.
 *   <li>The main block is the densest one: every paragraph ({@code p pre blockquote}) of at
 *       least {@link #MIN_PARAGRAPH} characters gives its length, less the text of its links, to its
 *       parent and half of it to its grandparent; so does text written straight into a container
 *       ({@code div td section article main span font}, lines split by {@code <br>}) to the
 *       container and its parent. The highest-scoring element wins; a page with no such text
 *       falls back to the whole body.
 *   <li>The body is the text of the main block's paragraphs, headings and list items, one per line;
 *       for a block that holds its own text, its lines as the {@code <br>}s split them.
 *   <li>The title is {@code og:title}, else {@code <title>}, else the first {@code <h1>}.
 *   <li>The date is the first parseable one of: {@code article:published_time},
 *       {@code og:published_time}, JSON-LD {@code datePublished}, {@code itemprop=datePublished},
 *       {@code pubdate}, {@code publishdate}, {@code date}, {@code DC.date.issued}, {@code DC.date},
 *       {@code dcterms.date}, {@code dcterms.created}, then {@code <time pubdate datetime>}.
 *   <li>The URL is {@code <link rel=canonical>}, else {@code og:url}, else the one given; the
 *       source is {@code og:site_name}.
 * </ol>
 */
final class HtmlExtractor {

  /** Shorter paragraphs (bylines, captions, "read more") do not vote for their block. */
  static final int MIN_PARAGRAPH = 25;
  /** A grandparent gets this share of a paragraph's score, so a wrapper of several blocks can win. */
  static final double GRANDPARENT_SHARE = 0.5;

  private static final String BOILERPLATE = "script, style, noscript, template, svg, iframe, form, nav, header, footer, "
      + "aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  private static final String PARAGRAPHS = "p, pre, blockquote";
  private static final String BLOCKS = "p, pre, blockquote, li, h2, h3, h4, h5, h6";
  private static final String CONTAINERS = "div, td, section, article, main, span, font";
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[property=og:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
      "meta[name=DC.date.issued]", "meta[name=DC.date]", "meta[name=dcterms.date]", "meta[name=dcterms.created]");

  private HtmlExtractor() {}

  /**
   * The article in {@code html}.
   *
   * @param id the article's id; {@code url} the page's address when known (else empty)
   * @return the article, or empty when the page has no text
   */
  static Optional<Article> extract(String html, String id, String url) {
    Document doc = Jsoup.parse(html, url);
    String title = meta(doc, "meta[property=og:title]")
        .or(() -> Optional.of(doc.title().strip()).filter(s -> !s.isEmpty()))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).filter(s -> !s.isBlank()))
        .orElse("");
    Optional<LocalDate> date = date(doc);
    String canonical = Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("abs:href"))
        .filter(s -> !s.isBlank())
        .or(() -> meta(doc, "meta[property=og:url]"))
        .orElse(url);
    String source = meta(doc, "meta[property=og:site_name]").orElse("");
    doc.select(BOILERPLATE).remove();
    String body = mainText(doc.body());
    if (body.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Article(id, canonical, source, title, date, body));
  }

  /** The text of an HTML fragment (a feed item's description), one block per line. */
  static String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(BOILERPLATE).remove();
    Elements blocks = doc.body().select(BLOCKS);
    return blocks.isEmpty() ? doc.body().text() : joinBlocks(blocks);
  }

  private static String mainText(Element body) {
    if (body == null) {
      return "";
    }
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select(PARAGRAPHS)) {
      vote(scores, p.parent(), p.text().length() - linkTextLength(p));
    }
    // text written straight into a container, lines split by <br>, as many Arabic sites do
    for (Element c : body.select(CONTAINERS)) {
      vote(scores, c, c.ownText().length());
    }
    Optional<Element> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    if (best.isEmpty()) {
      return lines(body);
    }
    Element main = best.get();
    return main.ownText().length() >= MIN_PARAGRAPH ? lines(main) : joinBlocks(main.select(BLOCKS));
  }

  /** Gives {@code length} to {@code container} and a share to its parent, if the text is long enough. */
  private static void vote(Map<Element, Double> scores, Element container, int length) {
    if (length < MIN_PARAGRAPH || container == null) {
      return;
    }
    scores.merge(container, (double) length, Double::sum);
    if (container.parent() != null) {
      scores.merge(container.parent(), length * GRANDPARENT_SHARE, Double::sum);
    }
  }

  /** The element's text, one line per line break or block, blank lines dropped. */
  private static String lines(Element e) {
    return e.wholeText().strip().lines().map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /** The text of each block, one per line, skipping blocks nested in another one already taken. */
  private static String joinBlocks(Elements blocks) {
    Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    StringBuilder out = new StringBuilder();
    for (Element block : blocks) {
      boolean nested = false;
      for (Element a = block.parent(); a != null; a = a.parent()) {
        if (taken.contains(a)) {
          nested = true;
          break;
        }
      }
      taken.add(block);
      String text = block.text().strip();
      if (nested || text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(text);
    }
    return out.toString();
  }

  private static int linkTextLength(Element e) {
    int n = 0;
    for (Element a : e.select("a")) {
      n += a.text().length();
    }
    return n;
  }

  private static Optional<LocalDate> date(Document doc) {
    for (String selector : DATE_META) {
      Optional<LocalDate> d = meta(doc, selector).flatMap(Dates::parse);
      if (d.isPresent()) {
        return d;
      }
      if (selector.startsWith("meta[property=og:published_time]")) {
        Optional<LocalDate> ld = jsonLdDate(doc);
        if (ld.isPresent()) {
          return ld;
        }
      }
    }
    for (Element t : doc.select("time[pubdate][datetime], time[itemprop=datePublished][datetime]")) {
      Optional<LocalDate> d = Dates.parse(t.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> jsonLdDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JsonReader.MAPPER.readTree(script.data());
        Optional<LocalDate> d = Optional.ofNullable(node.findValue("datePublished"))
            .filter(JsonNode::isTextual).flatMap(v -> Dates.parse(v.asText()));
        if (d.isPresent()) {
          return d;
        }
      } catch (IOException e) {
        // broken JSON-LD is common; the meta tags below still count
      }
    }
    return Optional.empty();
  }

  private static Optional<String> meta(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    return e == null ? Optional.empty() : Optional.of(e.attr("content").strip()).filter(s -> !s.isEmpty());
  }
}
