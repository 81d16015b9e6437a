package org.marsad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Feature;

class GazetteerTest {

  static final String TINY = String.join("\n",
      "# built for a test",
      Gazetteer.HEADER,
      "0\tcountry\tPCLI\tIQ\t\t\t33.6\t44.7\t26000000\tIraq\tالعراق\tالعراق",
      "0\tadmin1\tADM1\tIQ\t11\t\t36.5479\t44.47884\t1805630\tErbil\tأربيل\tاربيل",
      "93817\tadmin2\tADM2\tIQ\t11\t93817\t35.77622\t43.57974\t0\tMakhmur District\tمخمور\tمخمور",
      "93818\tcity\tPPLA2\tIQ\t11\t93817\t35.77622\t43.57974\t0\tMexmur\tمخمور\tمخمور",
      "95446\tcity\tPPLA\tIQ\t11\t95444\t36.18333\t44.01193\t1612700\tErbil\tأربيل\tاربيل|اربل",
      "0\tadmin1\tADM1\tIQ\t18\t\t34.37622\t43.64465\t382275\tSalah ad Din\tصلاح الدين\tصلاح الدين",
      "0\tadmin1\tADM1\tIQ\t02\t\t30.49524\t47.8091\t3769307\tBasra\tالبصرة\tالبصره",
      "98182\tcity\tPPLC\tIQ\t07\t\t33.34058\t44.40088\t7216000\tBaghdad\tبغداد\tبغداد",
      "94787\tcity\tPPLA\tIQ\t13\t94786\t35.46806\t44.39222\t970000\tKirkuk\tكركوك\tكركوك",
      "99999\tvillage\tPPL\tIQ\t11\t93817\t35.7\t43.6\t300\tBayn\tبين\tبين",
      "");

  static Gazetteer tiny() {
    try {
      return Gazetteer.read(new StringReader(TINY), "tiny");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void namesAreFoundByTheirMatchingForm() {
    Gazetteer g = tiny();
    assertEquals(2, g.lookup("مخمور").size());
    assertEquals("Erbil", g.lookup("اربل").get(0).name());
    assertTrue(g.lookup("الموصل").isEmpty());
  }

  @Test
  void aPlaceKnowsItsDivisions() {
    Gazetteer g = tiny();
    GazetteerEntry makhmur = g.lookup("مخمور").stream().filter(e -> e.feature() == Feature.CITY).findFirst().get();
    assertEquals("Erbil", g.admin1Of(makhmur).get().name());
    assertEquals("Makhmur District", g.admin2Of(makhmur).get().name());
    assertEquals("العراق", g.country("IQ").get().nameAr());
  }

  @Test
  void multiWordNamesAreIndexedByTheirFirstWord() {
    Gazetteer g = tiny();
    assertTrue(g.startsMultiWordName("صلاح"));
    assertEquals(2, g.maxWords());
  }

  @Test
  void writingAndReadingGivesTheSameGazetteer() throws IOException {
    Gazetteer g = tiny();
    StringWriter out = new StringWriter();
    g.write(out);
    Gazetteer again = Gazetteer.read(new StringReader(out.toString()), "again");
    assertEquals(g.entries(), again.entries());
    assertEquals(List.of("built for a test"), again.notes());
  }

  @Test
  void aShortRowIsAnErrorNamingTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.read(new StringReader("# note\n1\tcity\tPPL\n"), "bad.tsv"));
    assertTrue(e.getMessage().startsWith("bad.tsv:2: "), e.getMessage());
  }

  @Test
  void aBadFeatureIsAnErrorNamingTheLine() {
    String row = "1\ttown\tPPL\tIQ\t\t\t1\t2\t0\tX\tس\tس\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.read(new StringReader(row), "bad.tsv"));
    assertTrue(e.getMessage().startsWith("bad.tsv:1: "), e.getMessage());
  }

  @Test
  void theBundledGazetteerLoadsQuicklyAndCoversTheSeed() {
    // CPU time of this thread: the build machine is shared, wall time says little (docs/places.md has
    // wall times measured on a quiet machine)
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    Gazetteer g = Gazetteer.standard();
    long ms = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;
    assertTrue(ms < 2500, "loading took " + ms + " ms of CPU, cold");
    assertTrue(g.entries().size() > 50_000, "entries: " + g.entries().size());
    for (String name : List.of("مخمور", "اربيل", "كركوك", "نينوي", "صلاح الدين", "البصره", "بغداد")) {
      assertTrue(g.containsKey(name), name);
    }
  }
}
