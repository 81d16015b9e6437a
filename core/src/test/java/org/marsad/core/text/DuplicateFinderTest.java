package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Duplicate;

/** Repeated paragraphs inside one article. */
class DuplicateFinderTest {

  private static final String PARAGRAPH =
      "يشار إلى أن قضاء مخمور يقع بين أربع محافظات هي أربيل كركوك نينوى وصلاح الدين.";

  private static List<Duplicate> duplicates(String text) {
    return new DuplicateFinder().find(text, Tokenizer.standard().tokenize(text));
  }

  @Test
  void emptyInputHasNoDuplicates() {
    assertEquals(List.of(), duplicates(""));
  }

  @Test
  void exactRepeatIsFoundAtBothOffsets() {
    String text = PARAGRAPH + "\nوصل الكاظمي.\n" + PARAGRAPH;
    int second = text.lastIndexOf(PARAGRAPH);
    assertEquals(List.of(new Duplicate(second, text.length(), 0)), duplicates(text));
  }

  @Test
  void repeatDifferingInWhitespaceIsFound() {
    String text = PARAGRAPH + "\n  " + PARAGRAPH.replace(" ", "   ") + "  ";
    assertEquals(1, duplicates(text).size());
  }

  @Test
  void repeatDifferingInAlefFormsIsFound() {
    String text = PARAGRAPH + "\n" + PARAGRAPH.replace("أربيل", "اربيل").replace("إلى", "الى");
    assertEquals(1, duplicates(text).size());
  }

  @Test
  void repeatDifferingInDiacriticsAndYaIsFound() {
    String text = PARAGRAPH + "\n" + PARAGRAPH.replace("إلى", "إلي").replace("قضاء", "قَضاء");
    assertEquals(1, duplicates(text).size());
  }

  @Test
  void differentParagraphsAreNotDuplicates() {
    String text = PARAGRAPH + "\n" + PARAGRAPH.replace("أربع", "خمس");
    assertEquals(List.of(), duplicates(text));
  }

  @Test
  void shortLinesMayRepeat() {
    assertEquals(List.of(), duplicates("فيديو وصور\nنص\nفيديو وصور"));
  }

  @Test
  void laterStagesSeeARepeatOnce() {
    String body = PARAGRAPH + " وقال المصدر.\nثم غادر.\n" + PARAGRAPH + " وقال المصدر.";
    AnalyzedDocument doc = TextLayer.standard().apply(AnalyzedDocument.of(Article.of("عنوان", body)));
    assertEquals(6, doc.sentences().size());
    assertEquals(4, doc.uniqueSentences().size());
    int repeat = doc.text().lastIndexOf(PARAGRAPH);
    assertEquals(true, doc.inDuplicate(repeat));
    assertEquals(false, doc.inDuplicate(doc.text().indexOf(PARAGRAPH)));
  }
}
