package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.core.ner.NerDomain;
import org.marsad.core.ner.NerLabel;
import org.marsad.core.ner.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad tag-ner}: one token per line in, {@code token<TAB>TAG} out, blank lines kept. Anything
 * after a line's first whitespace is ignored, so a CoNLL gold file can be given as is.
 */
@Command(name = "tag-ner", mixinStandardHelpOptions = true,
    description = {"Tag tokens with named-entity labels (BIO: B-PER, I-LOC, O, ...; types PER LOC ORG MISC).",
        "INPUT has one token per line (anything after the first whitespace is ignored) and a blank line",
        "between sentences; the output is token<TAB>TAG per line with the blank lines kept."})
final class TagNerCommand implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", description = "A token-per-line file, or - for standard input.")
  String input;

  @Option(names = "--model", paramLabel = "FILE", description = "A model from `marsad train ner` (default: the bundled one).")
  Optional<Path> model;

  @Option(names = "--domain", defaultValue = "NEWS",
      description = "Tag as text of this domain: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  NerDomain domain;

  @Override
  public Integer call() throws IOException {
    NerModel m = NerResources.model(model);
    Reader source;
    try {
      source = input.equals("-") ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
          : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      System.err.println("marsad: " + input + ": no such file");
      return ExitCode.SOME_FAILED.code();
    }
    try (BufferedReader in = new BufferedReader(source, 1 << 16)) {
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
      tag(m, domain, in, out);
      out.flush();
    }
    return ExitCode.OK.code();
  }

  /**
   * Tags every sentence of {@code in}, read whole as one document; blank lines are copied, tokens are
   * the text before the first whitespace.
   */
  static void tag(NerModel model, NerDomain domain, BufferedReader in, Writer out) throws IOException {
    List<String> lines = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String token = firstField(line);
      lines.add(token);
      if (token.isEmpty()) {
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
          sentence = new ArrayList<>();
        }
      } else {
        sentence.add(token);
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    List<List<NerLabel>> labels = model.tagDocument(sentences, domain);
    int s = 0;
    int i = 0;
    for (String token : lines) {
      if (token.isEmpty()) {
        if (i > 0) {
          s++;
          i = 0;
        }
        out.write('\n');
      } else {
        out.write(token);
        out.write('\t');
        out.write(labels.get(s).get(i++).tag());
        out.write('\n');
      }
    }
  }

  private static String firstField(String line) {
    int start = 0;
    while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
      end++;
    }
    return line.substring(start, end);
  }
}
