package org.marsad.core.places;

import java.util.List;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Place;
import org.marsad.core.pipeline.Stage;
import org.marsad.core.text.TextLayer;

/**
 * The places stage: recognises toponyms in the unique sentences (repeated paragraphs count once)
 * and resolves each to one gazetteer entry. It reads the text layer's tokens and sentences; a
 * document without them (the stage used on its own) goes through the standard text layer first.
 * Reads the entities layer when it is there: PER and ORG spans hold no places, LOC spans are
 * places. Immutable and thread-safe.
 */
public final class PlacesLayer implements Stage {

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
    return doc.withPlaces(places);
  }
}
