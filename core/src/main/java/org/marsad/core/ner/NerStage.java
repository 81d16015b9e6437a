package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Entity;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;
import org.marsad.core.pipeline.Stage;

/**
 * The entities stage: tags the tokens of each sentence outside repeated paragraphs
 * ({@link AnalyzedDocument#uniqueSentences()}) and emits each entity with offsets into the analysed
 * text, from its first token's start to its last token's end. Reads the text layer's tokens as they
 * are, so the recogniser sees the same tokenisation as every other stage.
 */
public final class NerStage implements Stage {

  private final NerModel model;

  public NerStage(NerModel model) {
    this.model = model;
  }

  /** The stage with the model bundled in the jar. */
  public static NerStage standard() {
    return new NerStage(NerModel.standard());
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    List<Token> tokens = doc.tokens();
    List<Entity> entities = new ArrayList<>();
    int t = 0;
    for (Sentence s : doc.uniqueSentences()) {
      while (t < tokens.size() && tokens.get(t).start() < s.start()) {
        t++;
      }
      int first = t;
      while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
        t++;
      }
      if (t > first) {
        tagSentence(doc.text(), tokens.subList(first, t), entities);
      }
    }
    return doc.withEntities(entities);
  }

  private void tagSentence(String text, List<Token> sentence, List<Entity> out) {
    String[] words = new String[sentence.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = sentence.get(i).text();
    }
    List<NerLabel> labels = List.of(model.tag(words));
    for (NerSentence.Span span : NerSentence.spans(labels)) {
      int start = sentence.get(span.start()).start();
      int end = sentence.get(span.end() - 1).end();
      out.add(new Entity(text.substring(start, end), span.type(), start, end));
    }
  }
}
