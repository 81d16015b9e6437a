package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;
import org.marsad.core.pipeline.Stage;

/**
 * The text stage: sentences, tokens, numbers and repeated paragraphs.
 * FIRST CUT (skeleton): one sentence per line, whitespace tokens. Being replaced by the real
 * Arabic text layer.
 */
public final class TextLayer implements Stage {

  public static TextLayer standard() {
    return new TextLayer();
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    String text = doc.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > lineStart) {
          sentences.add(new Sentence(lineStart, i));
        }
        lineStart = i + 1;
      }
    }
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        String t = text.substring(start, i);
        tokens.add(new Token(t, start, i, Token.Kind.WORD, t, "", t, ""));
        start = -1;
      }
    }
    return doc.withText(sentences, tokens, List.of(), List.of());
  }
}
