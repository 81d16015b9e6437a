package org.marsad.core.pipeline;

import java.util.List;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.events.EventCoder;
import org.marsad.core.events.EventConfidence;
import org.marsad.core.model.Article;
import org.marsad.core.ner.NerStage;
import org.marsad.core.places.PlacesLayer;
import org.marsad.core.text.TextLayer;

/**
 * The whole analysis, composed in one place. Immutable and thread-safe: the CLI, the server and the
 * Spark job share one instance.
 */
public final class Pipeline {

  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** The default pipeline with the resources bundled in the jar. */
  public static Pipeline standard() {
    // The order matters: every stage reads the layers of the stages before it.
    // 1. text: sentences, tokens, numbers, repeated paragraphs (which later stages skip)
    // 2. entities: PER/LOC/ORG/MISC spans over the text layer's tokens (needs 1)
    // 3. places: toponyms resolved against the bundled gazetteer; PER/ORG spans from 2 suppress
    //    places inside them, LOC spans confirm them
    // 4. events: reads every layer before it (tokens, numbers, entities, places)
    // 5. event confidence: scores each occurred event with the others of its article and drops
    //    those under the model's cut (needs 4)
    return calibrated(EventConfidence.standard());
  }

  /**
   * The default pipeline with another cut for its last stage: occurred events the confidence model
   * scores under {@code minConfidence} are left out. At 0 every event the coder finds is kept, each
   * with the model's confidence, so that a store can hide or show the doubtful ones later
   * ({@code min_confidence}).
   *
   * @throws IllegalArgumentException unless {@code 0 <= minConfidence < 1}
   */
  public static Pipeline standard(double minConfidence) {
    return calibrated(EventConfidence.standard().withThreshold(minConfidence));
  }

  private static Pipeline calibrated(EventConfidence confidence) {
    List<Stage> stages = new java.util.ArrayList<>(uncalibrated().stages());
    stages.add(confidence);
    return new Pipeline(stages);
  }

  /** The default pipeline without its last stage: every event the coder finds, with the coder's confidence. */
  public static Pipeline uncalibrated() {
    return new Pipeline(List.of(TextLayer.standard(), NerStage.standard(), PlacesLayer.standard(),
        EventCoder.standard()));
  }

  /** Only the text layer: the reference point for benchmarks. */
  public static Pipeline textOnly() {
    return new Pipeline(List.of(TextLayer.standard()));
  }

  /** The stages in order, e.g. to benchmark the pipeline without one of them. */
  public List<Stage> stages() {
    return stages;
  }

  public AnalyzedDocument analyze(Article article) {
    AnalyzedDocument doc = AnalyzedDocument.of(article);
    for (Stage stage : stages) {
      doc = stage.apply(doc);
    }
    return doc;
  }
}
