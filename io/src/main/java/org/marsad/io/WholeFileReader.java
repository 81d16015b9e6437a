package org.marsad.io;

import java.io.IOException;
import java.io.InputStream;

/** A reader of a file that holds one article, read whole on the first call; its id is fixed by the caller. */
abstract class WholeFileReader extends ArticleReader {

  private final InputStream in;
  private final String id;
  private boolean read;

  WholeFileReader(InputStream in, String input, String id) {
    super(input, in);
    this.in = in;
    this.id = id;
  }

  @Override
  final ReadResult readNext() throws IOException {
    if (read) {
      return null;
    }
    read = true;
    return readWhole(in, id);
  }

  /** The one article of the file, or why there is none. */
  abstract ReadResult readWhole(InputStream in, String id) throws IOException;
}
