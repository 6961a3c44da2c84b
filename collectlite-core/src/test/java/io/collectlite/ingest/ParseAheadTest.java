package io.collectlite.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.collectlite.error.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParseAheadTest {
  private static SourceRow row(int line) {
    return new SourceRow(line, "ex-" + line, "{}", "0".repeat(64));
  }

  /** Yields {@code count} rows, then throws {@code failure} (when given). */
  private static Iterator<SourceRow> source(int count, RuntimeException failure) {
    return new Iterator<>() {
      int next = 1;

      @Override
      public boolean hasNext() {
        if (next <= count) return true;
        if (failure != null) throw failure;
        return false;
      }

      @Override
      public SourceRow next() {
        if (next > count) throw new NoSuchElementException();
        return row(next++);
      }
    };
  }

  @Test
  void yieldsEveryRowInOrderAcrossBatches() {
    List<Integer> lines = new ArrayList<>();
    try (ParseAhead ahead = ParseAhead.start(source(5_000, null))) {
      ahead.forEachRemaining(r -> lines.add(r.line()));
    }
    assertThat(lines).containsExactlyElementsOf(IntStream.rangeClosed(1, 5_000).boxed().toList());
  }

  @Test
  void aFailureOfTheSourceReachesTheConsumerAfterTheRowsBeforeIt() {
    var failure = ValidationException.field("file", "bad row");
    List<Integer> seen = new ArrayList<>();
    try (ParseAhead ahead = ParseAhead.start(source(1_000, failure))) {
      assertThatThrownBy(() -> ahead.forEachRemaining(r -> seen.add(r.line()))).isSameAs(failure);
      assertThat(ahead.hasNext()).isFalse();
    }
    assertThat(seen).hasSize(1_000);
  }

  @Test
  void closingStopsAProducerThatTheConsumerAbandoned() {
    ParseAhead ahead = ParseAhead.start(source(Integer.MAX_VALUE, null));
    assertThat(ahead.next().line()).isEqualTo(1);
    ahead.close();
    assertThat(ahead.producerEnded()).as("close() returns only once the producer has ended").isTrue();
  }

  @Test
  void anErrorOfTheSourceReachesTheConsumerToo() {
    var failure = new StackOverflowError("deep");
    try (ParseAhead ahead = ParseAhead.start(new Iterator<>() {
      @Override
      public boolean hasNext() {
        throw failure;
      }

      @Override
      public SourceRow next() {
        throw new NoSuchElementException();
      }
    })) {
      assertThatThrownBy(ahead::hasNext).isSameAs(failure);
    }
  }
}
