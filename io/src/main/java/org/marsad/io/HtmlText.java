package org.marsad.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes. A page that declares a charset other than UTF-8 (in its {@code <meta>} or,
 * for WARC records, its HTTP {@code Content-Type}) is decoded with it, since many Arabic sites
 * still serve windows-1256; every other page must be valid UTF-8, checked like plain text.
 */
final class HtmlText {

  /** How far into a page its {@code <meta charset>} is looked for, as browsers do. */
  private static final int CHARSET_SNIFF_BYTES = 2048;
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

  private HtmlText() {}

  /**
   * The text of {@code bytes}, decoded as described above.
   *
   * @param declared a charset named outside the page (an HTTP header), if any
   * @throws BadInputException for binary content, invalid UTF-8 or an unknown charset
   */
  static String decode(byte[] bytes, Optional<String> declared) {
    Optional<String> name = declared.or(() -> declaredIn(bytes));
    Charset charset = StandardCharsets.UTF_8;
    if (name.isPresent()) {
      try {
        charset = Charset.forName(name.get());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new BadInputException("unsupported charset '" + name.get() + "'");
      }
    }
    boolean utf8 = charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    check(bytes, utf8);
    String text = new String(bytes, utf8 ? StandardCharsets.UTF_8 : charset);
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** The charset a page or feed names in its first bytes ({@code <meta charset>}, XML declaration). */
  static Optional<String> declaredIn(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return Optional.of(xml.group(1));
    }
    Matcher m = CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The charset parameter of an HTTP {@code Content-Type} value. */
  static Optional<String> charsetOf(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  private static void check(byte[] bytes, boolean utf8) {
    try (TextCheckingInputStream in = new TextCheckingInputStream(new ByteArrayInputStream(bytes), utf8)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
