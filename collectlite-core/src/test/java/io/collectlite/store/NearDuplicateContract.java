package io.collectlite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.CollectLite;
import io.collectlite.error.ForbiddenException;
import io.collectlite.error.ValidationException;
import io.collectlite.job.Job;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Contract: near-duplicate checks after task generation give near-copies the split key of their first copy, never
 * change a key once set, leave examples an export may hold alone, and every export draws splits from the keys.
 * A word-bag embedder makes texts with the same words (in any case or punctuation) identical vectors.
 */
public abstract class NearDuplicateContract extends SuggestionContract {
  private static final String ROWS = """
      {"id":"ex-0","query":"solar panel cost","document":"the cost of a solar panel"}
      {"id":"ex-1","query":"solar panel cost","document":"wind turbines and panel prices"}
      {"id":"ex-2","query":"river fish species","document":"mountain goats climb"}
      {"id":"ex-3","query":"river fish species","document":"species of fish in the river"}
      """;

  /**
   * Task generation checks the new examples for near-duplicates: ex-1 repeats ex-0's words (other case and
   * punctuation) and takes ex-0's split key; a later upload's copy of ex-2 takes ex-2's; keys once settled stay,
   * and the export draws every record's split from its key.
   */
  @Test
  void nearDuplicatesShareTheSplitOfTheFirstCopyInEveryExport() throws Exception {
    CollectLite lite = CollectLite.builder().store(store).clock(clock).random(new Random(7)).exportDirectory(exportDir)
        .lease(StoreFixture.LEASE).backgroundExecutor(Runnable::run).nearDuplicates(new WordBagEmbedder(), 0.95)
        .build();
    StoreFixture f = new StoreFixture(lite, 2, 2);
    f.upload("first.jsonl", """
        {"id":"ex-0","query":"solar panel cost","document":"The cost of a solar panel."}
        {"id":"ex-1","query":"Solar panel COST","document":"the cost of a solar panel!"}
        {"id":"ex-2","query":"river fish","document":"fish species in the river"}
        """);
    lite.generateTasks(f.owner, f.project.id());
    Job first = lite.jobs(f.owner, f.project.id()).get(0);
    assertThat(List.of(first.kind(), first.status().wire())).containsExactly("near_duplicates", "done");
    assertThat(List.of(first.total(), first.suggested(), first.found())).containsExactly(3, 3, 1);
    f.upload("second.jsonl", """
        {"id":"ex-3","query":"river fish","document":"Fish species in the river."}
        {"id":"ex-4","query":"mountain goats","document":"goats climb cliffs"}
        """);
    lite.generateTasks(f.owner, f.project.id());
    java.util.Map<String, String> keys = new java.util.TreeMap<>();
    store.examples().settled(f.project.id(), "word-bag-64").forEach(e -> keys.put(e.exampleId(), e.splitKey()));
    assertThat(keys).isEqualTo(java.util.Map.of("ex-0", "ex-0", "ex-1", "ex-0", "ex-2", "ex-2", "ex-3", "ex-2",
        "ex-4", "ex-4"));
    assertThat(store.examples().unsettled(f.project.id())).isEmpty();
    var info = lite.export(f.owner, f.project.id(), io.collectlite.export.ExportFormat.JSONL,
        new io.collectlite.export.ExportOptions(io.collectlite.export.TaskFilter.ALL, false));
    String jsonl;
    try (var in = lite.openExport(f.owner, info.id())) {
      jsonl = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String line : jsonl.lines().toList()) {
      var record = mapper.readTree(line);
      String expected = f.project.splitRatios().splitOf(f.project.seed(), keys.get(record.get("example_id").asText()))
          .wire();
      assertThat(record.get("split").asText()).as(line).isEqualTo(expected);
    }
    // ex-5 copies ex-0 but arrives through a facade without an embedder and is exported before any check: an
    // export may hold it, so the later check leaves it split by its own id; ex-6, new, still joins ex-4
    f.upload("third.jsonl", """
        {"id":"ex-5","query":"solar panel cost","document":"the COST of a solar panel"}
        """);
    app.generateTasks(f.owner, f.project.id());
    app.export(f.owner, f.project.id(), io.collectlite.export.ExportFormat.JSONL,
        new io.collectlite.export.ExportOptions(io.collectlite.export.TaskFilter.ALL, false));
    f.upload("fourth.jsonl", """
        {"id":"ex-6","query":"Mountain goats","document":"goats climb cliffs."}
        """);
    lite.generateTasks(f.owner, f.project.id());
    keys.clear();
    store.examples().settled(f.project.id(), "word-bag-64").forEach(e -> keys.put(e.exampleId(), e.splitKey()));
    assertThat(keys).containsEntry("ex-5", "ex-5").containsEntry("ex-6", "ex-4").containsEntry("ex-1", "ex-0");
    Job last = lite.jobs(f.owner, f.project.id()).get(0);
    assertThat(List.of(last.total(), last.skipped(), last.found())).containsExactly(1, 1, 1);
  }

  @Test
  void aNearDuplicateCheckNeedsAnEmbedderAndAnOwner() {
    StoreFixture f = new StoreFixture(app, 2, 2);
    f.upload("rows.jsonl", ROWS);
    app.generateTasks(f.owner, f.project.id());
    assertThatThrownBy(() -> app.checkNearDuplicates(f.owner, f.project.id()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("embedding model");
    CollectLite lite = CollectLite.builder().store(store).clock(clock).exportDirectory(exportDir)
        .backgroundExecutor(Runnable::run).nearDuplicates(new WordBagEmbedder(), 0.9).build();
    assertThatThrownBy(() -> lite.checkNearDuplicates(f.reviewer, f.project.id()))
        .isInstanceOf(ForbiddenException.class);
    Job job = lite.checkNearDuplicates(f.owner, f.project.id());
    assertThat(List.of(job.status().wire(), String.valueOf(job.total()))).containsExactly("done", "4");
  }
}
