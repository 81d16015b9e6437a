package org.marsad.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are text: a {@link BadInputException} is thrown as
 * soon as a bad byte is read, so a 50 MB file is checked without being held in memory.
 *
 * <p>Rules:
 * <ul>
 *   <li>binary: a NUL byte, or a C0 control byte other than TAB, LF, VT, FF, CR, SUB (0x1A) and
 *       ESC, is rejected as "binary content";
 *   <li>UTF-8 (when enabled): every sequence must be well formed (RFC 3629: no overlong forms, no
 *       surrogates, nothing above U+10FFFF); a sequence cut by the end of the stream is rejected.
 * </ul>
 * Errors name the byte offset of the offending byte (of the lead byte, for a bad sequence).
 */
final class TextCheckingInputStream extends FilterInputStream {

  private final boolean utf8;
  private long offset;
  /** Continuation bytes still expected by the current UTF-8 sequence. */
  private int pending;
  /** Offset of the lead byte of the current sequence. */
  private long leadOffset;
  /** Allowed range of the next continuation byte (narrower right after E0, ED, F0, F4). */
  private int nextMin = 0x80;
  private int nextMax = 0xBF;

  TextCheckingInputStream(InputStream in, boolean utf8) {
    super(in);
    this.utf8 = utf8;
  }

  /**
   * Checks {@code length} bytes of {@code bytes} as a complete text whose first byte sits at
   * {@code baseOffset} of its input (for messages).
   *
   * @throws BadInputException at the first bad byte
   */
  static void check(byte[] bytes, int length, long baseOffset, boolean utf8) {
    TextCheckingInputStream c = new TextCheckingInputStream(InputStream.nullInputStream(), utf8);
    c.offset = baseOffset;
    c.checkRange(bytes, 0, length);
    c.atEnd();
  }

  /** Bytes read so far. */
  long offset() {
    return offset;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      atEnd();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n < 0) {
      atEnd();
      return n;
    }
    checkRange(buf, off, n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Checks {@code n} bytes; printable ASCII outside a sequence, the common case, takes the short path. */
  private void checkRange(byte[] buf, int off, int n) {
    int end = off + n;
    int i = off;
    while (i < end) {
      int b = buf[i];
      if (pending == 0 && b >= 0x20) { // b >= 0x20 as a signed byte: printable ASCII or DEL
        i++;
        continue;
      }
      offset += i - off;
      off = i;
      check(b & 0xFF);
      i++;
      off = i;
    }
    offset += i - off;
  }

  private void atEnd() {
    if (pending > 0) {
      throw new BadInputException("invalid UTF-8: sequence cut off by the end of the input at byte offset " + leadOffset);
    }
  }

  private void check(int b) {
    long at = offset++;
    if (pending > 0) {
      if (b < nextMin || b > nextMax) {
        throw invalid(leadOffset);
      }
      pending--;
      nextMin = 0x80;
      nextMax = 0xBF;
      return;
    }
    if (b < 0x20) {
      if (!allowedControl(b)) {
        throw new BadInputException(String.format("binary content (byte 0x%02X at byte offset %d)", b, at));
      }
      return;
    }
    if (b < 0x80 || !utf8) {
      return;
    }
    leadOffset = at;
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      nextMin = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
      nextMax = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      nextMin = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      nextMax = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would exceed U+10FFFF
    } else {
      throw invalid(at);
    }
  }

  private static boolean allowedControl(int b) {
    return b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r' || b == 0x1A || b == 0x1B;
  }

  private static BadInputException invalid(long at) {
    return new BadInputException("invalid UTF-8 at byte offset " + at);
  }
}
