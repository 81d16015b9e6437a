package org.marsad.core.text;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.core.model.NumberMention;
import org.marsad.core.model.Token;
import org.marsad.core.util.StringMap;

/**
 * Finds numbers written as digits or words and gives their values.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A NUMBER token is a value: "30", "٣٠", "1,000" (commas group thousands). A decimal ("3.5")
 *       is approximate with its integer part as value. A token with several dots ("12.10.2021") is
 *       a date, not a number.
 *   <li>Number words come from the lexicon ({@code numbers.txt}); a word may carry the proclitics
 *       the clitic segmenter strips ("وثلاثة", "بخمسة") but not the article, so "الاثنين" (Monday)
 *       is not 2.
 *   <li>A unit followed by عشر/عشرة is a teen: "خمسة عشر" = 15, "أحد عشر" = 11.
 *   <li>A unit followed by مئة is its hundreds: "ثلاث مئة" = 300.
 *   <li>A following number word with و adds: "خمسة وعشرون" = 25, "مئة وخمسون" = 150.
 *   <li>A following scale multiplies: "ثلاثة آلاف" = 3000, "30 ألف" = 30000, "عشرات الآلاف" = 10000
 *       (approximate).
 *   <li>Vague quantities (عشرات، مئات، بضعة) and plural scales standing alone (آلاف) are approximate;
 *       the value is the lower bound.
 * </ol>
 */
public final class NumberRecognizer {

  static final String RESOURCE = "numbers.txt";
  private static final String TEEN_TEN = "عشر";
  private static final String TEEN_TEN_FEMININE = "عشره";
  private static final String HUNDRED = "مئه";
  private static final String HUNDRED_OLD_SPELLING = "مائه";
  private static final String CONJUNCTION = "و";
  private static final String ARTICLE = "ال";
  private static final String LAM_ARTICLE = "لل";
  private static final int MAX_UNIT = 10;
  private static final long THOUSAND = 1000;

  enum Kind { UNIT, TEEN_ONLY, TEN, HUNDRED, SCALE, PLURAL, APPROX }

  record NumberWord(long value, Kind kind) {}

  private final Map<String, NumberWord> words;

  private NumberRecognizer(Map<String, NumberWord> words) {
    // most tokens are no number: the table rejects them by their cached hash, without reading a stored key
    this.words = StringMap.copyOf(words);
  }

  public static NumberRecognizer standard() {
    InputStream in = NumberRecognizer.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + RESOURCE);
    }
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
  }

  /** Reads a lexicon of {@code form<TAB>value<TAB>kind} lines. */
  public static NumberRecognizer read(Reader reader, String name) {
    LexiconLines lexicon = LexiconLines.read(reader, name);
    Map<String, NumberWord> words = new HashMap<>();
    for (LexiconLines.Line line : lexicon.lines()) {
      String[] fields = line.text().split("\t");
      if (fields.length != 3) {
        throw lexicon.error(line, "expected form<TAB>value<TAB>kind");
      }
      long value;
      Kind kind;
      try {
        value = Long.parseLong(fields[1].strip());
      } catch (NumberFormatException e) {
        throw lexicon.error(line, "value is not a number");
      }
      try {
        kind = Kind.valueOf(fields[2].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw lexicon.error(line, "unknown kind (expected one of " + List.of(Kind.values()) + ")");
      }
      words.put(Normalizer.normalize(fields[0].strip()), new NumberWord(value, kind));
    }
    return new NumberRecognizer(words);
  }

  public List<NumberMention> find(List<Token> tokens) {
    List<NumberMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int next = parse(tokens, i, found);
      i = next > i ? next : i + 1;
    }
    return found;
  }

  /** Parses a number starting at token {@code i}; adds it and returns the index after it, or i. */
  private int parse(List<Token> tokens, int i, List<NumberMention> found) {
    Token t = tokens.get(i);
    long value;
    boolean approximate = false;
    int j = i + 1;
    if (t.kind() == Token.Kind.NUMBER) {
      Optional<Numeral> numeral = numeral(t.norm());
      if (numeral.isEmpty()) {
        return i;
      }
      value = numeral.get().value();
      approximate = numeral.get().approximate();
    } else {
      NumberWord w = word(t, true);
      if (w == null) {
        return i;
      }
      value = w.value();
      switch (w.kind()) {
        case UNIT, TEEN_ONLY -> {
          NumberWord after = j < tokens.size() ? word(tokens.get(j), false) : null;
          String nextNorm = j < tokens.size() ? tokens.get(j).norm() : "";
          if (value < MAX_UNIT && (nextNorm.equals(TEEN_TEN) || nextNorm.equals(TEEN_TEN_FEMININE))) {
            value += MAX_UNIT;
            j++;
          } else if (w.kind() == Kind.TEEN_ONLY) {
            return i;
          } else if (value < MAX_UNIT && after != null
              && (nextNorm.equals(HUNDRED) || nextNorm.equals(HUNDRED_OLD_SPELLING))) {
            value *= after.value();
            j++;
          }
        }
        case PLURAL, APPROX -> approximate = true;
        default -> { }
      }
    }
    // "خمسة وعشرون", "مئة وخمسون": و joins a smaller or a tens part
    while (j < tokens.size() && tokens.get(j).norm().startsWith(CONJUNCTION) && value < THOUSAND) {
      NumberWord part = words.get(tokens.get(j).norm().substring(1));
      if (part == null || part.kind() == Kind.SCALE || part.kind() == Kind.PLURAL || part.kind() == Kind.APPROX
          || part.kind() == Kind.TEEN_ONLY) {
        break;
      }
      value += part.value();
      j++;
    }
    if (j < tokens.size()) {
      NumberWord scale = word(tokens.get(j), false);
      boolean multiplier = scale != null && (scale.kind() == Kind.SCALE || scale.kind() == Kind.PLURAL)
          && isPowerOfThousand(scale.value()) && scale.value() > value;
      if (multiplier) {
        value *= scale.value();
        j++;
      }
    }
    found.add(new NumberMention(t.start(), tokens.get(j - 1).end(), value, approximate));
    return j;
  }

  /**
   * The lexicon entry of a word token; with {@code allowProclitics}, also of its stem when only
   * proclitics without the article were stripped ("وثلاثة" → "ثلاثه").
   */
  private NumberWord word(Token t, boolean allowProclitics) {
    if (t.kind() != Token.Kind.WORD) {
      return null;
    }
    NumberWord w = words.get(t.norm());
    if (w == null && allowProclitics && !t.proclitic().isEmpty() && t.enclitic().isEmpty()
        && !t.proclitic().endsWith(ARTICLE) && !t.proclitic().endsWith(LAM_ARTICLE)) {
      w = words.get(t.stem());
    }
    return w;
  }

  private static boolean isPowerOfThousand(long v) {
    long p = THOUSAND;
    while (p < v) {
      p *= THOUSAND;
    }
    return p == v;
  }

  /** A numeral's value; decimals are approximate, with their integer part as value. */
  record Numeral(long value, boolean approximate) {}

  /** The value of an ASCII-normalised numeral, or empty for dates and oversize values. */
  private static Optional<Numeral> numeral(String norm) {
    int dot = norm.indexOf('.');
    if (dot >= 0 && norm.indexOf('.', dot + 1) >= 0) {
      return Optional.empty();
    }
    String whole = (dot >= 0 ? norm.substring(0, dot) : norm).replace(",", "");
    if (whole.isEmpty() || whole.length() > 18) {
      return Optional.empty();
    }
    return Optional.of(new Numeral(Long.parseLong(whole), dot >= 0));
  }
}
