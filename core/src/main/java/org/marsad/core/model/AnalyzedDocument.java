package org.marsad.core.model;

import java.util.List;

/**
 * An article with every analysis layer. Each stage of the pipeline fills its layer and returns a
 * new value; layers not built yet are empty lists. All offsets index {@link #text()}, which is
 * {@link Article#analysedText()}.
 */
public record AnalyzedDocument(Article article, String text, List<Sentence> sentences, List<Token> tokens,
    List<NumberMention> numbers, List<Duplicate> duplicates, List<Entity> entities, List<Place> places,
    List<Event> events) {

  public AnalyzedDocument {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    numbers = List.copyOf(numbers);
    duplicates = List.copyOf(duplicates);
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    events = List.copyOf(events);
  }

  /** A document with no layers yet. */
  public static AnalyzedDocument of(Article article) {
    return new AnalyzedDocument(article, article.analysedText(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  /** True when {@code offset} lies in a repeated paragraph; later stages skip such text. */
  public boolean inDuplicate(int offset) {
    for (Duplicate d : duplicates) {
      if (d.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** The sentences that later stages analyse: all of them but those inside a repeated paragraph. */
  public List<Sentence> uniqueSentences() {
    if (duplicates.isEmpty()) {
      return sentences;
    }
    return sentences.stream().filter(s -> !inDuplicate(s.start())).toList();
  }

  public AnalyzedDocument withText(List<Sentence> newSentences, List<Token> newTokens, List<NumberMention> newNumbers,
      List<Duplicate> newDuplicates) {
    return new AnalyzedDocument(article, text, newSentences, newTokens, newNumbers, newDuplicates, entities, places,
        events);
  }

  public AnalyzedDocument withEntities(List<Entity> newEntities) {
    return new AnalyzedDocument(article, text, sentences, tokens, numbers, duplicates, newEntities, places, events);
  }

  public AnalyzedDocument withPlaces(List<Place> newPlaces) {
    return new AnalyzedDocument(article, text, sentences, tokens, numbers, duplicates, entities, newPlaces, events);
  }

  public AnalyzedDocument withEvents(List<Event> newEvents) {
    return new AnalyzedDocument(article, text, sentences, tokens, numbers, duplicates, entities, places, newEvents);
  }
}
