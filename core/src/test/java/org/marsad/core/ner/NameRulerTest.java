package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Article;
import org.marsad.core.model.Entity;
import org.marsad.core.model.EntityType;
import org.marsad.core.pipeline.Pipeline;

/** The actor lexicon's names complete what the tagger finds in the standard pipeline. */
class NameRulerTest {

  private static final Pipeline PIPELINE = Pipeline.standard();

  private static List<Entity> entities(String body) {
    return PIPELINE.analyze(new Article("t", "", "", "خبر", Optional.of(LocalDate.of(2021, 10, 27)), body)).entities();
  }

  private static boolean has(List<Entity> entities, String text, EntityType type) {
    return entities.stream().anyMatch(e -> e.text().equals(text) && e.type() == type);
  }

  @Test
  void aListedPersonGrowsOverTheSurnameTheTaggerFound() {
    List<Entity> e = entities("وفي أربيل اجتمع الكاظمي مع رئيس حكومة إقليم كردستان مسرور بارزاني لبحث الأوضاع الأمنية.");
    assertTrue(has(e, "مسرور بارزاني", EntityType.PER), e.toString());
    assertTrue(e.stream().noneMatch(x -> x.text().equals("بارزاني")), e.toString());
  }

  @Test
  void aListedOrganisationTheTaggerMissedIsAdded() {
    List<Entity> e = entities("وشاركت قوات من جهاز مكافحة الإرهاب في العملية جنوب المدينة.");
    assertTrue(has(e, "جهاز مكافحة الإرهاب", EntityType.ORG), e.toString());
  }
}
