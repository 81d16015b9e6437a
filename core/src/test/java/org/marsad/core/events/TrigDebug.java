package org.marsad.core.events;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrigDebug {
  @Test
  void print() {
    TriggerLexicon t = TriggerLexicon.standard();
    String s = "لمتابعة التحقيقات الجارية في التفجير الإرهابي الذي شهدته أمس بتفجير دراجة نارية محملة بالعبوات الناسفة.";
    List<List<String>> c = new ArrayList<>();
    for (String w : s.split(" ")) c.add(Words.candidates(Words.key(w)));
    System.out.println(c);
    for (int i = 0; i < c.size(); i++) System.out.println(i + " " + t.match(c, i));
  }
}
