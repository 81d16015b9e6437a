package org.marsad.server;

import java.util.Optional;
import org.marsad.store.StoredArticle;

/** The few server-rendered HTML bits: escaping, and the plain page of one article. */
final class Html {

  private Html() {}

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The article's text, right to left, with {@code [start, end)} marked when given (the dashboard
   * links here with the evidence sentence's offsets).
   */
  static String articlePage(StoredArticle a, Optional<int[]> mark) {
    String text = a.article().analysedText();
    String body;
    if (mark.isPresent() && mark.get()[0] >= 0 && mark.get()[0] < mark.get()[1] && mark.get()[1] <= text.length()) {
      int s = mark.get()[0];
      int e = mark.get()[1];
      body = escape(text.substring(0, s)) + "<mark id=\"evidence\">" + escape(text.substring(s, e)) + "</mark>"
          + escape(text.substring(e));
    } else {
      body = escape(text);
    }
    String url = a.article().url();
    return "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + escape(a.article().title())
        + "</title><style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.8;"
        + "padding:0 1rem}pre{white-space:pre-wrap;font:inherit}mark{background:#ffe08a}</style></head><body>"
        + "<p><a href=\"/\">← مرصد</a></p><p>" + escape(a.article().source()) + " · "
        + escape(a.article().published().map(Object::toString).orElse("")) + "</p>"
        + (!(url.startsWith("http://") || url.startsWith("https://")) ? "" : "<p><a href=\"" + escape(url) + "\" rel=\"noopener\">" + escape(url) + "</a></p>")
        + "<pre>" + body + "</pre></body></html>";
  }
}
