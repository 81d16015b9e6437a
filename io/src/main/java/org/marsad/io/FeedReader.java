package org.marsad.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marsad.core.model.Article;

/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom feed, read with the JDK's StAX parser one item at a time.
 *
 * <p>Per item ({@code <item>} or {@code <entry>}):
 * <ul>
 *   <li>title: {@code title}; URL: {@code link} (its text, or Atom's {@code href}, preferring
 *       {@code rel="alternate"}); id: {@code guid} or {@code id}, else the URL, else
 *       {@code <file stem>#<position>};
 *   <li>date: {@code pubDate}, {@code published}, {@code dc:date}, then {@code updated};
 *   <li>body: {@code content:encoded}, then Atom {@code content}, then {@code description} or
 *       {@code summary}, with its HTML reduced to text, one block per line;
 *   <li>source: the feed's own title.
 * </ul>
 * An item without a body or with a malformed date is reported with its line and skipped. DTDs and
 * external entities are not processed.
 */
public final class FeedReader extends ArticleReader {

  private static final Set<String> ITEMS = Set.of("item", "entry");
  /** Body elements, best first; "encoded" is content:encoded. */
  private static final String[] BODY_ORDER = {"encoded", "content", "description", "summary"};
  private static final String[] DATE_ORDER = {"pubDate", "published", "date", "updated"};

  private final InputStream in;
  private final String stem;
  private XMLStreamReader xml;
  private String feedTitle = "";
  private int position;

  public FeedReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString(), Inputs.stem(path));
  }

  public FeedReader(InputStream in, String input, String stem) {
    super(input, in);
    this.in = new BufferedInputStream(in);
    this.stem = stem;
  }

  @Override
  ReadResult readNext() throws IOException {
    try {
      if (xml == null) {
        xml = factory().createXMLStreamReader(checked());
      }
      while (xml.hasNext()) {
        int event = xml.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        if (ITEMS.contains(name)) {
          position++;
          return item();
        }
        if (name.equals("title") && feedTitle.isEmpty()) {
          feedTitle = readText().strip();
        }
      }
      return position == 0 ? fatal(0, "no items in the feed") : null;
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      return fatal(Math.max(line, 0), "malformed XML: " + firstLine(e.getMessage()));
    }
  }

  private InputStream checked() throws IOException {
    in.mark(4096);
    byte[] head = in.readNBytes(4096);
    in.reset();
    if (head.length == 0) {
      throw new BadInputException("empty file");
    }
    boolean utf8 = HtmlText.declaredIn(head).map(c -> c.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8"))
        .orElse(true);
    return new TextCheckingInputStream(in, utf8);
  }

  private ReadResult item() throws XMLStreamException {
    long line = xml.getLocation().getLineNumber();
    String[] bodies = new String[BODY_ORDER.length];
    String[] dates = new String[DATE_ORDER.length];
    String title = "";
    String link = "";
    String guid = "";
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.getLocalName();
      if (name.equals("link") && xml.getAttributeValue(null, "href") != null) {
        String rel = Optional.ofNullable(xml.getAttributeValue(null, "rel")).orElse("alternate");
        if (link.isEmpty() || rel.equals("alternate")) {
          link = xml.getAttributeValue(null, "href").strip();
        }
        readText();
        continue;
      }
      String text = readText();
      switch (name) {
        case "title" -> title = text.strip();
        case "link" -> link = link.isEmpty() ? text.strip() : link;
        case "guid", "id" -> guid = text.strip();
        default -> {
          put(BODY_ORDER, bodies, name, text);
          put(DATE_ORDER, dates, name, text);
        }
      }
    }
    Optional<String> body = first(bodies).map(HtmlExtractor::fragmentText).filter(s -> !s.isBlank());
    if (body.isEmpty()) {
      return failed(line, "item " + position + " has no content or description");
    }
    Optional<LocalDate> date = Optional.empty();
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] != null && !dates[i].isBlank()) {
        date = Dates.parse(dates[i]);
        if (date.isEmpty()) {
          return failed(line, Dates.malformed(DATE_ORDER[i], dates[i].strip()));
        }
        break;
      }
    }
    String id = !guid.isEmpty() ? guid : !link.isEmpty() ? link : stem + "#" + position;
    return new ReadResult.Ok(input(), line, new Article(id, link, feedTitle, title, date, body.get()));
  }

  /** All character data up to the end of the current element, nested elements included. */
  private String readText() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            sb.append(xml.getText());
        default -> { }
      }
    }
    return sb.toString();
  }

  private static void put(String[] order, String[] values, String name, String text) {
    for (int i = 0; i < order.length; i++) {
      if (order[i].equals(name) && (values[i] == null || values[i].isBlank())) {
        values[i] = text;
      }
    }
  }

  private static Optional<String> first(String[] values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.lastIndexOf('\n');
    return nl < 0 ? m : m.substring(nl + 1).strip();
  }
}
