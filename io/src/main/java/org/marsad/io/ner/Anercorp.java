package org.marsad.io.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.ner.NerLabel;
import org.marsad.core.ner.NerSentence;

/**
 * CAMeL Lab's recipe for ANERcorp as shipped (no sentence breaks), and its standard split. Rules:
 * <ol>
 *   <li>middle dot U+00B7 and bullet U+2022 become '.', and U+200F is removed, before a line is split;</li>
 *   <li>a line whose token is then empty is dropped (186 tokens made only of U+200F, 5 empty tokens);</li>
 *   <li>the malformed line {@code ". Oالإصابة O"} (a lost line break) is read as the two tokens
 *       {@code . O} and {@code الإصابة O};</li>
 *   <li>the tag is the last field; PERS is read as PER; IOB1 becomes IOB2;</li>
 *   <li>a sentence ends after each run of tokens made only of periods;</li>
 *   <li>the split is sequential: the sentences up to and including the one that reaches 5/6 of the
 *       words are train, the rest test.</li>
 * </ol>
 */
public final class Anercorp {

  /** The share of words in the train side of the standard split. */
  public static final double TRAIN_SHARE = 5.0 / 6.0;
  private static final String MALFORMED_TAG = "Oالإصابة";

  private Anercorp() {}

  /** The two sides of the standard split. */
  public record Split(List<NerSentence> train, List<NerSentence> test) {}

  static List<NerSentence> sentences(String name, List<String> lines) {
    List<String> tokens = new ArrayList<>();
    List<NerLabel> labels = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace('\u00B7', '.').replace('\u2022', '.').replace("\u200F", "");
      String[] fields = line.trim().split("\\s+");
      if (fields.length < 2 || fields[0].isEmpty()) {
        continue;
      }
      if (fields.length == 3 && fields[1].equals(MALFORMED_TAG)) {
        tokens.add(fields[0]);
        labels.add(NerLabel.O);
        tokens.add(fields[1].substring(1));
        labels.add(NerCorpus.parseTag(fields[2], name, i + 1));
        continue;
      }
      tokens.add(fields[0]);
      labels.add(NerCorpus.parseTag(fields[fields.length - 1], name, i + 1));
    }
    List<NerSentence> out = new ArrayList<>();
    int begin = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean period = isPeriods(tokens.get(i));
      boolean nextPeriod = i + 1 < tokens.size() && isPeriods(tokens.get(i + 1));
      if (period && !nextPeriod || i + 1 == tokens.size()) {
        out.add(NerSentence.of(tokens.subList(begin, i + 1), labels.subList(begin, i + 1)));
        begin = i + 1;
      }
    }
    return out;
  }

  private static boolean isPeriods(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) != '.') {
        return false;
      }
    }
    return !token.isEmpty();
  }

  /** Splits sentences sequentially: train gets them up to the one that reaches {@code share} of the words. */
  public static Split split(List<NerSentence> sentences, double share) {
    double target = share * NerCorpus.tokens(sentences);
    int words = 0;
    int cut = 0;
    while (cut < sentences.size() && words < target) {
      words += sentences.get(cut).size();
      cut++;
    }
    return new Split(List.copyOf(sentences.subList(0, cut)), List.copyOf(sentences.subList(cut, sentences.size())));
  }
}
