package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.ner.NerDomain;
import org.marsad.core.ner.NerLabel;
import org.marsad.core.ner.NerModel;

class TagNerCommandTest {

  private static String tag(String input) throws IOException {
    StringWriter out = new StringWriter();
    TagNerCommand.tag(NerModel.standard(), NerDomain.NEWS, new BufferedReader(new StringReader(input)), out);
    return out.toString();
  }

  @Test
  void tokenLinesRoundTripWithBlankLinesKept() throws IOException {
    String input = "\nوصل\nمصطفى B-PER\nالكاظمي\tI-PER extra\nإلى\nمخمور O\n\n\nفي\nبغداد\n";
    List<String> in = input.lines().toList();
    List<String> out = tag(input).lines().toList();
    assertEquals(in.size(), out.size(), tag(input));
    for (int i = 0; i < in.size(); i++) {
      if (in.get(i).isEmpty()) {
        assertEquals("", out.get(i));
      } else {
        String[] fields = out.get(i).split("\t");
        assertEquals(2, fields.length, out.get(i));
        assertEquals(in.get(i).split("\\s+")[0], fields[0]);
        assertTrue(List.of(NerLabel.values()).stream().anyMatch(l -> l.tag().equals(fields[1])), fields[1]);
      }
    }
  }

  @Test
  void anEmptyInputGivesAnEmptyOutput() throws IOException {
    assertEquals("", tag(""));
  }

  @Test
  void theOutputIsValidBio() throws IOException {
    String input = "قال\nوزير\nالخارجية\nالأمريكي\nجون\nكيري\nفي\nواشنطن\nإن\nالأمم\nالمتحدة\n.\n";
    String previous = "O";
    for (String line : tag(input).lines().toList()) {
      String label = line.split("\t")[1];
      if (label.startsWith("I-")) {
        assertTrue(previous.endsWith(label.substring(2)) && !previous.equals("O"), previous + " then " + label);
      }
      previous = label;
    }
  }
}
