package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Entity;
import org.marsad.core.text.TextLayer;

class NerStageTest {

  private static final String TITLE = "زيارة";
  private static final String BODY = "وصل رئيس الوزراء مصطفى الكاظمي إلى بغداد أمس .";

  @Test
  void entitiesCarryOffsetsIntoTheAnalysedText() {
    AnalyzedDocument doc = TextLayer.standard().apply(AnalyzedDocument.of(Article.of(TITLE, BODY)));
    List<Entity> entities = NerStage.standard().apply(doc).entities();
    assertTrue(entities.size() >= 2, entities.toString());
    for (Entity e : entities) {
      assertEquals(e.text(), doc.text().substring(e.start(), e.end()));
    }
    assertTrue(entities.stream().anyMatch(e -> e.text().equals("مصطفى الكاظمي")
        && e.type() == org.marsad.core.model.EntityType.PER), entities.toString());
    assertTrue(entities.stream().anyMatch(e -> e.text().equals("بغداد")
        && e.type() == org.marsad.core.model.EntityType.LOC), entities.toString());
  }

  @Test
  void theBundledModelLoadsInUnderTwoSeconds() throws java.io.IOException {
    long t0 = System.nanoTime();
    try (java.io.InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
      assertTrue(NerModel.read(in).hasDocumentPass());
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(millis < 2_000, "loading took " + millis + " ms");
  }

  @Test
  void anEmptyDocumentHasNoEntities() {
    AnalyzedDocument doc = TextLayer.standard().apply(AnalyzedDocument.of(Article.of("", "")));
    assertEquals(List.of(), NerStage.standard().apply(doc).entities());
  }
}
