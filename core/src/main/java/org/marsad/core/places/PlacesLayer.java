package org.marsad.core.places;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Entity;
import org.marsad.core.model.EntityType;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.marsad.core.pipeline.Stage;
import org.marsad.core.text.TextLayer;

/**
 * The places stage: recognises toponyms in the unique sentences (repeated paragraphs count once)
 * and resolves each to one gazetteer entry. It reads the text layer's tokens and sentences; a
 * document without them (the stage used on its own) goes through the standard text layer first.
 * Reads the entities layer when it is there: PER and ORG spans hold no places, LOC spans are
 * places. When the resolver keeps a governorate, region or country that the tagger called a person
 * or organisation over the same words (كركوك وصلاح الدين), the entity becomes LOC, so the layers
 * agree. Immutable and thread-safe.
 */
public final class PlacesLayer implements Stage {

  /** Characters of proclitic (و، ب، ل، وب) an entity may have before the place it names. */
  private static final int MAX_PROCLITIC = 2;

  private final ToponymRecognizer recognizer;
  private final ToponymResolver resolver;

  public PlacesLayer(Gazetteer gazetteer, PlaceLexicon lexicon, ResolverWeights weights) {
    this.recognizer = new ToponymRecognizer(gazetteer, lexicon);
    this.resolver = new ToponymResolver(gazetteer, lexicon, weights);
  }

  /** The layer with the bundled gazetteer, lexicon and weights. */
  public static PlacesLayer standard() {
    return new PlacesLayer(Gazetteer.standard(), PlaceLexicon.standard(), ResolverWeights.standard());
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    AnalyzedDocument text = doc.tokens().isEmpty() && !doc.text().isBlank() ? TextLayer.standard().apply(doc) : doc;
    List<Toponym> toponyms = recognizer.find(text.text(), text.tokens(), text.uniqueSentences());
    List<Place> places = resolver.resolve(doc.text(), toponyms, doc.entities());
    return agreeing(doc.entities(), places).map(doc::withEntities).orElse(doc).withPlaces(places);
  }

  /** The entities with PER/ORG spans over an area place turned LOC, or empty when none changes. */
  private static java.util.Optional<List<Entity>> agreeing(List<Entity> entities, List<Place> places) {
    List<Entity> out = new ArrayList<>(entities);
    boolean changed = false;
    for (int i = 0; i < out.size(); i++) {
      Entity e = out.get(i);
      if (e.type() != EntityType.PER && e.type() != EntityType.ORG) {
        continue;
      }
      for (Place p : places) {
        boolean area = p.feature() == Feature.COUNTRY || p.feature() == Feature.ADMIN1 || p.feature() == Feature.REGION;
        if (area && p.end() == e.end() && p.start() >= e.start() && p.start() - e.start() <= MAX_PROCLITIC) {
          out.set(i, new Entity(e.text(), EntityType.LOC, e.start(), e.end()));
          changed = true;
          break;
        }
      }
    }
    return changed ? java.util.Optional.of(out) : java.util.Optional.empty();
  }
}
