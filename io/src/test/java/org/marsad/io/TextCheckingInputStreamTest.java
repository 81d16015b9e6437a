package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCheckingInputStreamTest {

  private static String check(byte... bytes) {
    try (TextCheckingInputStream in = new TextCheckingInputStream(new ByteArrayInputStream(bytes), true)) {
      in.transferTo(OutputStream.nullOutputStream());
      return "ok";
    } catch (BadInputException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void arabicAndEmojiPass() {
    assertEquals("ok", check("مخمور ٣٠ 🙂\t\r\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void overlongSlashIsRejected() {
    assertEquals("invalid UTF-8 at byte offset 1", check((byte) 'a', (byte) 0xC0, (byte) 0xAF));
  }

  @Test
  void overlongThreeByteFormIsRejected() {
    assertEquals("invalid UTF-8 at byte offset 0", check((byte) 0xE0, (byte) 0x80, (byte) 0xAF));
  }

  @Test
  void encodedSurrogateIsRejected() {
    assertEquals("invalid UTF-8 at byte offset 0", check((byte) 0xED, (byte) 0xA0, (byte) 0x80));
  }

  @Test
  void codePointAboveUnicodeIsRejected() {
    assertEquals("invalid UTF-8 at byte offset 0", check((byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80));
  }

  @Test
  void sequenceCutByTheEndIsRejected() {
    byte[] alef = "ا".getBytes(StandardCharsets.UTF_8);
    assertEquals("invalid UTF-8: sequence cut off by the end of the input at byte offset 1",
        check((byte) 'x', alef[0]));
  }

  @Test
  void controlBytesOtherThanWhitespaceAreBinary() {
    assertEquals("binary content (byte 0x01 at byte offset 1)", check((byte) 'x', (byte) 1));
  }

  @Test
  void ctrlZAndEscapeAreTolerated() {
    assertEquals("ok", check((byte) 'x', (byte) 0x1A, (byte) 0x1B));
  }

  @Test
  void nonUtf8ModeOnlyChecksForBinary() throws IOException {
    try (TextCheckingInputStream in = new TextCheckingInputStream(new ByteArrayInputStream(new byte[] {(byte) 0xC7, 'a'}),
        false)) {
      assertEquals(2, in.readAllBytes().length);
    }
    assertThrows(BadInputException.class, () -> new TextCheckingInputStream(new ByteArrayInputStream(new byte[] {0}), false)
        .readAllBytes());
  }
}
