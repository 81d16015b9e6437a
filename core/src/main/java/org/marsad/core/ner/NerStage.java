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
 * text, from its first token's start to its last token's end. The article is one document for the
 * recogniser's document pass. Reads the text layer's tokens as they
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
    List<List<Token>> sentences = new ArrayList<>();
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
        sentences.add(tokens.subList(first, t));
      }
    }
    List<List<String>> words = sentences.stream().map(s -> s.stream().map(Token::text).toList()).toList();
    List<List<NerLabel>> labels = model.tagDocument(words, NerDomain.NEWS);
    List<Entity> entities = new ArrayList<>();
    for (int j = 0; j < sentences.size(); j++) {
      List<Token> sentence = sentences.get(j);
      for (NerSentence.Span span : NerSentence.spans(labels.get(j))) {
        int start = sentence.get(span.start()).start();
        int end = sentence.get(span.end() - 1).end();
        entities.add(new Entity(doc.text().substring(start, end), span.type(), start, end));
      }
    }
    return doc.withEntities(entities);
  }
}
