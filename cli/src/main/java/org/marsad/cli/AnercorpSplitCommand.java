package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.ner.NerSentence;
import org.marsad.io.ner.Anercorp;
import org.marsad.io.ner.NerCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad anercorp-split}: CAMeL Lab's standard ANERcorp train/test split, plus a dev slice of train. */
@Command(name = "anercorp-split", mixinStandardHelpOptions = true,
    description = {"Clean ANERcorp as shipped and split it by CAMeL Lab's recipe into train.txt and test.txt",
        "(CoNLL: token TAG, blank line between sentences), and train.txt further into fit.txt and dev.txt",
        "(the last --dev-share of train's words) for tuning without touching test."})
final class AnercorpSplitCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "ANERCorp.original.txt")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for train.txt, test.txt, fit.txt, dev.txt.")
  Path out;

  @Option(names = "--dev-share", defaultValue = "0.1", description = "Share of train's words in dev.txt (default: ${DEFAULT-VALUE}).")
  double devShare;

  @Override
  public Integer call() throws IOException {
    List<NerSentence> all = NerCorpus.read(in);
    Anercorp.Split split = Anercorp.split(all, Anercorp.TRAIN_SHARE);
    Anercorp.Split tuning = Anercorp.split(split.train(), 1 - devShare);
    Files.createDirectories(out);
    NerCorpus.write(split.train(), out.resolve("train.txt"));
    NerCorpus.write(split.test(), out.resolve("test.txt"));
    NerCorpus.write(tuning.train(), out.resolve("fit.txt"));
    NerCorpus.write(tuning.test(), out.resolve("dev.txt"));
    System.out.printf("all   %6d sentences %7d words%n", all.size(), NerCorpus.tokens(all));
    System.out.printf("train %6d sentences %7d words (CAMeL Lab: 125,102)%n", split.train().size(), NerCorpus.tokens(split.train()));
    System.out.printf("test  %6d sentences %7d words (CAMeL Lab: 25,008)%n", split.test().size(), NerCorpus.tokens(split.test()));
    System.out.printf("fit   %6d sentences %7d words%n", tuning.train().size(), NerCorpus.tokens(tuning.train()));
    System.out.printf("dev   %6d sentences %7d words%n", tuning.test().size(), NerCorpus.tokens(tuning.test()));
    return ExitCode.OK.code();
  }
}
