package org.marsad.core.text;

import java.util.List;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Duplicate;
import org.marsad.core.model.NumberMention;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;
import org.marsad.core.pipeline.Stage;

/**
 * The text stage: tokens (with normal forms and clitics), sentences, numbers and repeated
 * paragraphs. Later stages read {@link AnalyzedDocument#uniqueSentences()} so that a repeated
 * paragraph is analysed once. Immutable and thread-safe.
 */
public final class TextLayer implements Stage {

  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final NumberRecognizer numbers;
  private final DuplicateFinder duplicates;

  public TextLayer(Tokenizer tokenizer, SentenceSplitter splitter, NumberRecognizer numbers,
      DuplicateFinder duplicates) {
    this.tokenizer = tokenizer;
    this.splitter = splitter;
    this.numbers = numbers;
    this.duplicates = duplicates;
  }

  /** The text layer with the lexicons and frequency table bundled in the jar. */
  public static TextLayer standard() {
    return Holder.STANDARD;
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    String text = doc.text();
    // sentences, numbers and repeats are all read off the tokens, so tokenise first
    List<Token> tokens = tokenizer.tokenize(text);
    List<Sentence> sentences = splitter.split(text, tokens);
    List<NumberMention> found = numbers.find(tokens);
    List<Duplicate> repeats = duplicates.find(text, tokens);
    return doc.withText(sentences, tokens, found, repeats);
  }

  /** Built once: loading the frequency table takes a moment. */
  private static final class Holder {
    static final TextLayer STANDARD = new TextLayer(Tokenizer.standard(), new SentenceSplitter(),
        NumberRecognizer.standard(), new DuplicateFinder());
  }
}
