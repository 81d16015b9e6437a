package org.marsad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Splits unlabelled news text into sentences of tokens the way the NER corpora are tokenised. */
final class NewsArchive {

  private NewsArchive() {}

  /**
   * Splits text into tokens as the NER corpora do: runs of letters, digits and combining marks are
   * words; every other visible character is a token of its own. A line break ends a sentence, and so
   * does a token of periods, '!' or '?'. Sentences are passed to {@code sink} one by one.
   */
  static void sentences(String text, Consumer<List<String>> sink) {
    List<String> sentence = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        flush(sentence, sink);
        i++;
      } else if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
        i++;
      } else if (isWordChar(c)) {
        int j = i + 1;
        while (j < n && isWordChar(text.charAt(j))) {
          j++;
        }
        sentence.add(text.substring(i, j));
        i = j;
      } else {
        sentence.add(String.valueOf(c));
        if (c == '.' || c == '!' || c == '?' || c == '؟') {
          flush(sentence, sink);
        }
        i++;
      }
    }
    flush(sentence, sink);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
  }

  private static void flush(List<String> sentence, Consumer<List<String>> sink) {
    if (!sentence.isEmpty()) {
      sink.accept(List.copyOf(sentence));
      sentence.clear();
    }
  }
}
