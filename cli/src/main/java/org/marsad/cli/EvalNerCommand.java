package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.core.ner.NerDomain;
import org.marsad.core.ner.NerModel;
import org.marsad.core.ner.NerSentence;
import org.marsad.core.ner.NerTrainer;
import org.marsad.io.ner.NerCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval ner}: conlleval-style exact-span scores of the recogniser on gold files. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Tag gold NER files and print conlleval-style exact-span precision, recall and F1 per type and overall.")
final class EvalNerCommand implements Callable<Integer> {

  @Option(names = "--test", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Gold files (ANERcorp split, CoNLL/IOB2 or WikiANN format).")
  List<Path> test;

  @Option(names = "--model", paramLabel = "FILE", description = "A model from `marsad train ner` (default: the bundled one).")
  Optional<Path> model;

  @Option(names = "--domain", defaultValue = "NEWS",
      description = "Tag as text of this domain: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  NerDomain domain;

  @Override
  public Integer call() {
    NerModel m = NerResources.model(model);
    int failed = 0;
    for (Path p : test) {
      List<NerSentence> gold;
      try {
        gold = NerCorpus.read(p);
      } catch (RuntimeException e) {
        System.err.println("marsad: " + e.getMessage());
        failed++;
        continue;
      }
      System.out.println("== " + p);
      System.out.print(NerTrainer.score(m, gold, domain).report());
    }
    return failed > 0 ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
  }
}
