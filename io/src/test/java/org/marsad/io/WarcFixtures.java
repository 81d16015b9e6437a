package org.marsad.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC files record by record, as a crawler would write them. */
final class WarcFixtures {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzipPerRecord;
  private int records;

  WarcFixtures(boolean gzipPerRecord) {
    this.gzipPerRecord = gzipPerRecord;
  }

  WarcFixtures warcinfo() {
    return record("warcinfo", "", "application/warc-fields", "software: marsad-test\r\n".getBytes(StandardCharsets.UTF_8));
  }

  WarcFixtures request(String url) {
    return record("request", url, "application/http; msgtype=request",
        ("GET / HTTP/1.1\r\nHost: example.iq\r\n\r\n").getBytes(StandardCharsets.UTF_8));
  }

  WarcFixtures response(String url, String httpHeaders, byte[] body) {
    byte[] head = ("HTTP/1.1 " + httpHeaders.replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] block = new byte[head.length + body.length];
    System.arraycopy(head, 0, block, 0, head.length);
    System.arraycopy(body, 0, block, head.length, body.length);
    return record("response", url, "application/http; msgtype=response", block);
  }

  WarcFixtures htmlResponse(String url, String html) {
    return response(url, "200 OK\nContent-Type: text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  WarcFixtures record(String type, String url, String contentType, byte[] block) {
    records++;
    StringBuilder h = new StringBuilder("WARC/1.1\r\n")
        .append("WARC-Type: ").append(type).append("\r\n")
        .append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000").append(records).append(">\r\n")
        .append("WARC-Date: 2021-10-27T10:00:00Z\r\n");
    if (!url.isEmpty()) {
      h.append("WARC-Target-URI: ").append(url).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(block.length).append("\r\n\r\n");
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    rec.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    rec.writeBytes(block);
    rec.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (gzipPerRecord) {
      out.writeBytes(gzip(rec.toByteArray()));
    } else {
      out.writeBytes(rec.toByteArray());
    }
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(b)) {
      g.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  static byte[] chunked(byte[] data, int chunk) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < data.length; i += chunk) {
      int n = Math.min(chunk, data.length - i);
      b.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      b.write(data, i, n);
      b.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    b.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }
}
