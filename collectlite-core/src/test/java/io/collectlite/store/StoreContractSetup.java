package io.collectlite.store;

import io.collectlite.CollectLite;
import io.collectlite.audit.AuditEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root of the store contract suite: a fresh, empty store per test, a facade over it with a
 * clock the test moves by hand, and an export directory of its own. Adapters extend
 * {@link StoreContract}, not this class.
 */
public abstract class StoreContractSetup {
  protected static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

  @TempDir protected Path exportDir;
  protected MutableClock clock;
  protected Store store;
  protected CollectLite app;

  /** A new, empty store; the suite closes it after each test. */
  protected abstract Store openStore();

  @BeforeEach
  void openFacade() {
    clock = new MutableClock(START);
    store = openStore();
    app = CollectLite.builder().store(store).clock(clock).random(new Random(7)).exportDirectory(exportDir)
        .lease(StoreFixture.LEASE).backgroundExecutor(Runnable::run).build();
  }

  @AfterEach
  void closeFacade() {
    if (app != null) app.close();
  }

  /** The actions recorded for one task, oldest first. */
  protected List<String> taskActions(long taskId) {
    return store.audit().forEntity("task", taskId).stream().map(AuditEvent::action).toList();
  }
}
