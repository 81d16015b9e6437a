package org.marsad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Entity;
import org.marsad.core.model.EntityType;
import org.marsad.core.text.TextLayer;

/** The places layer and the entities layer agree on the words of a governorate. */
class EntityAgreementTest {

  private static final PlacesLayer PLACES = PlacesLayer.standard();

  private static AnalyzedDocument withEntity(String body, String span, EntityType type) {
    AnalyzedDocument doc = TextLayer.standard().apply(AnalyzedDocument.of(
        new Article("t", "", "", "خبر", Optional.empty(), body)));
    int start = doc.text().indexOf(span);
    return doc.withEntities(List.of(new Entity(span, type, start, start + span.length())));
  }

  @Test
  void aGovernorateTaggedAsAPersonBecomesALocation() {
    AnalyzedDocument doc = PLACES.apply(withEntity("وتنشط الخلايا في نينوى وكركوك وصلاح الدين.", "وصلاح الدين", EntityType.PER));
    assertEquals(EntityType.LOC, doc.entities().get(0).type(), doc.entities().toString());
  }

  @Test
  void aPersonWhoseNameHoldsATownStaysAPerson() {
    AnalyzedDocument doc = PLACES.apply(withEntity("واجتمع الكاظمي مع مسرور بارزاني في أربيل.", "مسرور بارزاني", EntityType.PER));
    assertEquals(EntityType.PER, doc.entities().get(0).type(), doc.entities().toString());
  }

  @Test
  void aQuotedNameAfterADescriptorIsAPlaceWhateverTheTaggerSays() {
    // the tagger reads a quoted name as an organisation; مديرية before it says it is a district
    AnalyzedDocument doc = PLACES.apply(withEntity("وقصفت الطائرات مواقع في مديرية «حيس» أمس.", "حيس", EntityType.ORG));
    assertEquals(List.of("Hays"), doc.places().stream().map(p -> p.name()).toList(), doc.places().toString());
    AnalyzedDocument plain = PLACES.apply(withEntity("وقال رئيس شركة حيس أمس إن الأرباح زادت.", "حيس", EntityType.ORG));
    assertEquals(List.of(), plain.places(), plain.places().toString());
  }
}
