package org.marsad.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Test helper run in a forked JVM with a small heap: reads every input and prints
 * {@code articles=N failures=N chars=N peak_heap_mb=N}. Not part of the library.
 */
final class ReadEverything {

  private ReadEverything() {}

  public static void main(String[] args) {
    long articles = 0;
    long failures = 0;
    long chars = 0;
    try (Stream<ReadResult> results = Inputs.read(Arrays.asList(args), Optional.empty())) {
      Iterator<ReadResult> it = results.iterator();
      while (it.hasNext()) {
        ReadResult r = it.next();
        if (r instanceof ReadResult.Ok ok) {
          articles++;
          chars += ok.article().body().length();
        } else {
          failures++;
        }
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("articles=" + articles + " failures=" + failures + " chars=" + chars + " peak_heap_mb="
        + (peak >> 20));
  }
}
