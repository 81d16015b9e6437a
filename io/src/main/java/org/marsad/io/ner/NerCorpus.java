package org.marsad.io.ner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.core.model.EntityType;
import org.marsad.core.ner.NerLabel;
import org.marsad.core.ner.NerSentence;

/**
 * Reads and writes NER corpora in the three formats of {@code ../shared/data/ner}. The format is told by
 * the content:
 * <ul>
 *   <li>WikiANN: tokens prefixed {@code ar:}, a tab before the tag, blank lines between sentences;</li>
 *   <li>CoNLL (AQMAR, and what {@link #write} produces): {@code token TAG}, blank lines between sentences;</li>
 *   <li>ANERcorp as shipped: {@code token TAG} with no blank line at all; it is cleaned and split into
 *       sentences by {@link Anercorp}'s rules.</li>
 * </ul>
 * Tags are IOB1 or IOB2 with types PER (or PERS), LOC, ORG, MISC (or MIS0-MIS3); they are read into
 * valid BIO ({@link NerSentence#of}). An unknown tag is an error naming {@code file:line}.
 */
public final class NerCorpus {

  /** The corpus formats. */
  public enum Format { ANERCORP, CONLL, WIKIANN }

  private static final String WIKIANN_PREFIX = "ar:";

  private NerCorpus() {}

  /** Reads the sentences of a corpus file, telling its format from the content. */
  public static List<NerSentence> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER corpus " + file + ": " + e.getMessage(), e);
    }
    return switch (detect(lines)) {
      case ANERCORP -> Anercorp.sentences(file.toString(), lines);
      case CONLL -> readColumns(file.toString(), lines, false);
      case WIKIANN -> readColumns(file.toString(), lines, true);
    };
  }

  /** The format of a corpus's lines. */
  public static Format detect(List<String> lines) {
    boolean blank = false;
    for (String line : lines) {
      if (line.startsWith(WIKIANN_PREFIX)) {
        return Format.WIKIANN;
      }
      if (line.isBlank()) {
        blank = true;
      }
    }
    return blank ? Format.CONLL : Format.ANERCORP;
  }

  private static List<NerSentence> readColumns(String name, List<String> lines, boolean wikiann) {
    List<NerSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<NerLabel> labels = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      if (line.isBlank()) {
        if (!tokens.isEmpty()) {
          out.add(NerSentence.of(tokens, labels));
          tokens.clear();
          labels.clear();
        }
        continue;
      }
      String[] fields = line.trim().split("\\s+");
      if (fields.length < 2) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected a token and a tag: " + line);
      }
      String token = fields[0];
      if (wikiann && token.startsWith(WIKIANN_PREFIX) && token.length() > WIKIANN_PREFIX.length()) {
        token = token.substring(WIKIANN_PREFIX.length());
      }
      tokens.add(token);
      labels.add(parseTag(fields[fields.length - 1], name, i + 1));
    }
    return out;
  }

  /** Parses a tag such as {@code O}, {@code B-PERS}, {@code I-LOC}, {@code B-MIS2}; errors name the place. */
  public static NerLabel parseTag(String tag, String file, int line) {
    if (tag.equals("O")) {
      return NerLabel.O;
    }
    if (tag.length() > 2 && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I') && tag.charAt(1) == '-') {
      String type = tag.substring(2).toUpperCase(Locale.ROOT);
      EntityType t = switch (type) {
        case "PER", "PERS" -> EntityType.PER;
        case "LOC" -> EntityType.LOC;
        case "ORG" -> EntityType.ORG;
        case "MISC", "MIS", "MIS0", "MIS1", "MIS2", "MIS3", "MIS-1", "MIS-2", "MIS-3" -> EntityType.MISC;
        default -> null;
      };
      if (t != null) {
        return NerLabel.of(t, tag.charAt(0) == 'B');
      }
    }
    throw new IllegalArgumentException(file + ":" + line + ": unknown NER tag '" + tag + "'");
  }

  /** Writes sentences as CoNLL: {@code token TAG} per line, a blank line after each sentence. */
  public static void write(List<NerSentence> sentences, Path file) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(sentences, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static void write(List<NerSentence> sentences, Writer w) throws IOException {
    for (NerSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        w.write(s.tokens().get(i));
        w.write(' ');
        w.write(s.labels().get(i).tag());
        w.write('\n');
      }
      w.write('\n');
    }
  }

  /** The number of tokens in some sentences. */
  public static int tokens(List<NerSentence> sentences) {
    return sentences.stream().mapToInt(NerSentence::size).sum();
  }
}
