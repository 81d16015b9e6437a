package org.marsad.core.pipeline;

import org.marsad.core.model.AnalyzedDocument;

/**
 * One step of the pipeline: reads the layers before it and returns a document with its own layer
 * added. Implementations are immutable after construction and safe to share between threads.
 */
@FunctionalInterface
public interface Stage {
  AnalyzedDocument apply(AnalyzedDocument doc);
}
