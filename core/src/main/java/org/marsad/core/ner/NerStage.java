package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.core.actors.ActorLexicon;
import org.marsad.core.events.Words;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Entity;
import org.marsad.core.model.EntityType;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;
import org.marsad.core.pipeline.Stage;

/**
 * The entities stage: tags the tokens of each sentence outside repeated paragraphs
 * ({@link AnalyzedDocument#uniqueSentences()}) and emits each entity with offsets into the analysed
 * text, from its first token's start to its last token's end. The article is one document for the
 * recogniser's document pass. Reads the text layer's tokens as they
 * are, so the recogniser sees the same tokenisation as every other stage.
 *
 * <p>After the tagger, the names of the actor lexicon (people, organisations and armed groups, not
 * roles or generic words) act as an entity ruler: a lexicon name that overlaps no tagged entity
 * becomes one (جهاز مكافحة الإرهاب as ORG), and one that holds a tagged entity of its type whole
 * replaces it (مسرور بارزاني for بارزاني). A name that crosses a tagged entity's boundary leaves the
 * tagger's entity as it is. {@code eval ner} and {@code tag-ner} score the tagger alone.
 */
public final class NerStage implements Stage {

  private final NerModel model;
  private final Optional<ActorLexicon> names;

  /** The tagger alone. */
  public NerStage(NerModel model) {
    this(model, Optional.empty());
  }

  /** The tagger, then the names of {@code names} as a ruler. */
  public NerStage(NerModel model, Optional<ActorLexicon> names) {
    this.model = model;
    this.names = names;
  }

  /** The stage with the model bundled in the jar and the bundled actor lexicon as its ruler. */
  public static NerStage standard() {
    return new NerStage(NerModel.standard(), Optional.of(ActorLexicon.standard()));
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
    List<List<String>> words = new ArrayList<>(sentences.size());
    for (List<Token> sentence : sentences) {
      List<String> texts = new ArrayList<>(sentence.size());
      for (Token token : sentence) {
        texts.add(token.text());
      }
      words.add(texts);
    }
    List<List<NerLabel>> labels = model.tagDocument(words, NerDomain.NEWS);
    List<Entity> entities = new ArrayList<>();
    for (int j = 0; j < sentences.size(); j++) {
      List<Token> sentence = sentences.get(j);
      List<Entity> tagged = new ArrayList<>();
      for (NerSentence.Span span : NerSentence.spans(labels.get(j))) {
        int start = sentence.get(span.start()).start();
        int end = sentence.get(span.end() - 1).end();
        tagged.add(new Entity(doc.text().substring(start, end), span.type(), start, end));
      }
      entities.addAll(names.isPresent() ? rule(doc.text(), sentence, tagged, names.get()) : tagged);
    }
    return doc.withEntities(entities);
  }

  /** The sentence's tagged entities with the lexicon's names applied as the class Javadoc says. */
  private static List<Entity> rule(String text, List<Token> sentence, List<Entity> tagged, ActorLexicon names) {
    List<Token> words = new ArrayList<>(sentence.size());
    List<List<String>> candidates = new ArrayList<>(sentence.size());
    for (Token t : sentence) {
      if (t.isWord()) {
        words.add(t);
        candidates.add(Words.of(t.text()).candidates());
      }
    }
    List<Entity> out = new ArrayList<>(tagged);
    for (int i = 0; i < words.size(); i++) {
      Optional<ActorLexicon.Match> m = names.match(candidates, i);
      if (m.isEmpty()) {
        continue;
      }
      i = m.get().last();
      EntityType type = switch (m.get().kind()) {
        case PERSON -> EntityType.PER;
        case GROUP, ARMED -> EntityType.ORG;
        default -> null;
      };
      if (type == null) {
        continue;
      }
      int start = words.get(m.get().first()).start();
      int end = words.get(m.get().last()).end();
      List<Entity> overlapping = out.stream().filter(e -> e.start() < end && start < e.end()).toList();
      boolean inside = overlapping.stream().allMatch(e -> e.type() == type && start <= e.start() && e.end() <= end);
      if (overlapping.isEmpty() || inside && overlapping.stream().anyMatch(e -> e.end() - e.start() < end - start)) {
        out.removeAll(overlapping);
        out.add(new Entity(text.substring(start, end), type, start, end));
      }
    }
    out.sort(Comparator.comparingInt(Entity::start));
    return out;
  }
}
