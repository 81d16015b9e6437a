package org.marsad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;

/**
 * Arabic names of divisions and towns of the region that the sources lacked (supplement.tsv, 2026-12),
 * on sentences written for these tests, and the common words among those names that must stay words.
 */
class RegionNamesTest {

  private static final PlacesLayer LAYER = PlacesLayer.standard();

  private static List<Place> places(String body) {
    return LAYER.apply(AnalyzedDocument.of(Article.of("", body))).places();
  }

  private static List<String> texts(List<Place> places) {
    return places.stream().map(p -> p.text() + " " + p.name()).toList();
  }

  private static Place only(String body, String text) {
    List<Place> found = places(body).stream().filter(p -> p.text().equals(text)).toList();
    assertEquals(1, found.size(), text + " in " + places(body));
    return found.get(0);
  }

  @Test
  void afghanProvincesAreAfghan() {
    Place zabul = only("قتل خمسة جنود في هجوم بولاية زابل جنوب أفغانستان", "زابل");
    assertEquals("AF", zabul.country());
    assertEquals(Feature.ADMIN1, zabul.feature());
    assertEquals("AF", only("انفجار في ننغرهار شرق أفغانستان", "ننغرهار").country());
    assertEquals("AF", only("اشتباكات في ولاية هلمند الأفغانية", "هلمند").country());
    assertEquals("AF", only("سيطرت طالبان على ولاية لوغر في أفغانستان", "لوغر").country());
    assertEquals("AF", only("قتل مدنيون في ولاية غور يوم الأحد", "غور").country());
  }

  @Test
  void theCapitalOfLogarIsPulEAlamNotBolu() {
    Place p = only("قتل شرطيان في بولي علم عاصمة ولاية لوغر الأفغانية", "بولي علم");
    assertEquals("AF", p.country());
    assertEquals(33.99, p.lat(), 0.05);
  }

  @Test
  void aProvinceNoLongerTakesItsSeatsName() {
    Place takhar = only("وصل الوفد إلى ولاية تخار في أفغانستان", "تخار");
    assertEquals("Takhar", takhar.name());
    assertEquals("تخار", takhar.nameAr());
  }

  @Test
  void washingtonIsTheCapitalNotATownInUtah() {
    // cities500 gives the Arabic name to Washington, Utah only; the supplement gives it to the capital
    Place p = only("قال الرئيس الأمريكي في واشنطن أمس إن الاتفاق يمنع إيران من امتلاك سلاح نووي", "واشنطن");
    assertEquals(38.90, p.lat(), 0.05);
    assertEquals(-77.04, p.lon(), 0.05);
  }

  @Test
  void americanStatesAreStatesNotTheirNamesakeTowns() {
    Place louisiana = only("قتل مسلح ثلاثة أشخاص في ولاية لويزيانا الأمريكية", "لويزيانا");
    assertEquals(Feature.ADMIN1, louisiana.feature());
    assertEquals("US", louisiana.country());
    Place florida = only("ضرب إعصار سواحل فلوريدا أمس", "فلوريدا");
    assertEquals(Feature.ADMIN1, florida.feature());
  }

  @Test
  void saudiAndTurkishTownsTheSourcesLacked() {
    Place thadiq = only("افتتح أمير منطقة الرياض مشروعات في محافظة ثادق", "ثادق");
    assertEquals("SA", thadiq.country());
    assertEquals(25.29, thadiq.lat(), 0.05);
    Place suruc = only("قتل 30 شخصا في تفجير في بلدة سروج التركية قرب الحدود السورية", "سروج");
    assertEquals("TR", suruc.country());
    assertEquals(36.98, suruc.lat(), 0.05);
    assertEquals("SA", only("سقطت قذيفة على محافظة الطوال في منطقة جازان", "الطوال").country());
  }

  @Test
  void namesThatAreCommonWordsStayWords() {
    assertEquals(List.of(), texts(places("عمل لسنوات طوال وفي السنوات الطوال الماضية")));
    assertEquals(List.of(), texts(places("وعلى وجه الخصوص تحسين الوجه العام وهي تربة خصبة لا خمر فيها")));
    assertEquals(List.of(), texts(places("وقال إن التحريض حرض الشباب وإن النصاب القانوني لم يكتمل")));
    assertEquals(List.of(), texts(places("سقط في غور عميق")), "غور (depth) only after a descriptor");
    assertEquals(List.of(), texts(places("هذا نص من متون الكتب")), "متون (texts) was Khost's name");
    assertEquals(List.of(), texts(places("قطاع سياحة جديد")), "سياحة (tourism) was Annaba's name");
  }

  private static Place containing(String body, String word) {
    List<Place> found = places(body).stream().filter(p -> p.text().contains(word)).toList();
    assertEquals(1, found.size(), word + " in " + places(body));
    return found.get(0);
  }

  @Test
  void punjabIsIndiasInAnIndianStoryAndPakistansInAPakistaniOne() {
    // India's Punjab had no Arabic name, so every البنجاب was Pakistan's province (gaz25)
    Place india = containing("قتل سبعة أشخاص في هجوم على مركز للشرطة في ولاية البنجاب بشمال الهند", "البنجاب");
    assertEquals("IN", india.country());
    assertEquals(Feature.ADMIN1, india.feature());
    Place pakistan = containing("لاهور عاصمة إقليم البنجاب الباكستاني", "البنجاب");
    assertEquals("PK", pakistan.country());
    assertEquals(Feature.ADMIN1, pakistan.feature());
    assertEquals("IN", containing("مسلحون يهاجمون مدينة غورداسبور في البنجاب الهندية", "غورداسبور").country());
  }

  @Test
  void divisionsOfIndiaChinaRussiaUkraineAndMyanmar() {
    Place tamilNadu = containing("أمطار غزيرة في ولاية تاميل نادو جنوب الهند", "تاميل نادو");
    assertEquals("Tamil Nadu", tamilNadu.name());
    assertEquals("تاميل نادو", tamilNadu.nameAr(), "Tamil Nadu had Chennai's name");
    assertEquals("IN", containing("اشتباكات في جامو وكشمير الهندية", "جامو").country());
    assertEquals("CN", containing("قتل عشرة أشخاص في إقليم شينجيانغ غرب الصين", "شينجيانغ").country());
    assertEquals("RU", containing("قتل مسلحان في جمهورية الشيشان الروسية", "الشيشان").country());
    assertEquals("RU", only("هجوم على نقطة للشرطة في داغستان بشمال القوقاز الروسي", "داغستان").country());
    assertEquals("UA", containing("ضمت روسيا شبه جزيرة القرم عام 2014", "القرم").country());
    assertEquals("MM", containing("فر آلاف الروهينغا من ولاية راخين في ميانمار", "راخين").country());
    assertEquals("TH", containing("انفجار في إقليم يالا جنوب تايلاند", "يالا").country());
  }

  @Test
  void regionNamesThatAreCommonWordsNeedTheirDescriptor() {
    assertEquals(List.of(), texts(places("وقال إن هذا شأن داخلي لا شأن لأحد به")), "شان (Shan State) only as ولاية شان");
    assertEquals(List.of(), texts(places("قدم العازف مقطوعة سولو على البيانو")), "سولو (Sulu) only as جزيرة سولو, إقليم سولو ...");
    assertEquals(List.of(), texts(places("وصلنا إلى أقصى الشمال من الطريق")), "أقصى الشمال (Cameroon) only with its descriptor");
  }
}
