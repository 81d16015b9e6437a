package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.Article;
import org.marsad.io.eval.EventsGold.Source;

class CitedArticlesTest {

  @TempDir
  Path data;
  EvalEventsCommand.CitedArticles corpus;

  @BeforeEach
  void day() throws IOException {
    Path dir = Files.createDirectories(data.resolve(NewsCorpus.SAUDINEWSNET));
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("2015-07-21.zip")))) {
      zip.putNextEntry(new ZipEntry("2015-07-21.json"));
      zip.write(("[{\"source\": \"okaz\", \"url\": \"http://example.org/a\", \"date_extracted\": \"2015-07-21 02:51:32\","
          + " \"title\": \"غارة على صعدة\", \"author\": \"\", \"content\": \"شن طيران التحالف غارة على صعدة أمس.\"},"
          + "{\"source\": \"okaz\", \"url\": \"http://example.org/b\", \"date_extracted\": \"2015-07-21 03:00:00\","
          + " \"title\": \"زيارة\", \"author\": \"\", \"content\": \"زار الوزير جدة.\"}]").getBytes(StandardCharsets.UTF_8));
    }
    corpus = new EvalEventsCommand.CitedArticles(data);
  }

  @Test
  void findsTheArticleOfTheDayByItsUrl() {
    Article a = corpus.find(new Source("saudinewsnet", "2015-07-21.zip", "http://example.org/b"));
    assertEquals("زيارة", a.title());
    assertEquals("زار الوزير جدة.", a.body());
    assertEquals(Optional.of(LocalDate.of(2015, 7, 21)), a.published());
  }

  @Test
  void anUnknownUrlAMissingDayOrAnotherCorpusIsAnErrorNamingIt() {
    IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
        () -> corpus.find(new Source("saudinewsnet", "2015-07-21.zip", "http://example.org/z")));
    assertTrue(url.getMessage().contains("0 articles with url http://example.org/z"), url.getMessage());
    IllegalArgumentException day = assertThrows(IllegalArgumentException.class,
        () -> corpus.find(new Source("saudinewsnet", "2015-07-22.zip", "http://example.org/a")));
    assertTrue(day.getMessage().contains("2015-07-22.zip: no such file"), day.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> corpus.find(new Source("gdelt", "x.zip", "http://example.org/a")));
    assertTrue(other.getMessage().startsWith("unknown corpus 'gdelt'"), other.getMessage());
  }
}
