package io.collectlite.jdbc.internal;

import io.collectlite.metrics.AnnotatorStats;
import io.collectlite.metrics.DailyActivity;
import io.collectlite.metrics.FinalLabelTally;
import io.collectlite.metrics.LabelProfile;
import io.collectlite.metrics.ProjectCounts;
import io.collectlite.metrics.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The dashboard's counts, kept in {@code dashboard_counts} by the triggers of migration V9 as tasks and
 * annotations are written: one read of a project's rows (a few per day, annotator, label multiset and final
 * label, latency bucket), the annotators' names, and each annotator's median latency found by offset in an
 * index from the start of the bucket that holds it. On PostgreSQL the triggers append signed rows, which the
 * read sums and a {@link CountFolder} folds.
 */
final class DashboardCounts {
  static final String READ = "SELECT metric, key_a, key_b, sum(n) AS n, sum(total) AS total, count(*) AS kept "
      + "FROM dashboard_counts WHERE project_id = :project GROUP BY metric, key_a, key_b";
  /** One or two middle latencies of an annotator's workbench annotations, by index order from a bucket's start. */
  static final String MIDDLE = "SELECT latency_ms FROM annotations WHERE project_id = :project "
      + "AND annotator_id = :annotator AND source = 'workbench' AND latency_ms >= :from ORDER BY latency_ms "
      + "LIMIT :limit OFFSET :offset";

  private DashboardCounts() {}

  /** One count's sums. */
  private record Count(String metric, String keyA, String keyB, long n, long total) {}

  /** A project's counts, and whether its rows pile up enough to be folded (see {@link CountFolder}). */
  record Read(ProjectCounts counts, boolean pilesUp) {}

  /** Reads the project's counts. */
  static Read read(Handle h, long projectId) {
    List<Count> counts = new ArrayList<>();
    long[] kept = {0};
    h.createQuery(READ).bind("project", projectId).map((rs, ctx) -> {
      kept[0] += rs.getLong("kept");
      return counts.add(new Count(rs.getString("metric"), rs.getString("key_a"), rs.getString("key_b"),
          rs.getLong("n"), rs.getLong("total")));
    }).forEach(ignored -> { });
    Map<Long, long[]> days = new TreeMap<>();
    Map<Long, long[]> annotators = new HashMap<>();
    Map<Long, TreeMap<Long, Long>> latencies = new HashMap<>();
    List<LabelProfile> profiles = new ArrayList<>();
    Map<String, long[]> finals = new TreeMap<>();
    for (Count c : counts) {
      if (c.n() == 0 && c.total() == 0) continue;
      switch (c.metric()) {
        case "created" -> day(days, c, 0);
        case "completed" -> day(days, c, 1);
        case "annotated" -> day(days, c, 2);
        case "work" -> annotator(annotators, c)[0] += c.n();
        case "timed" -> {
          long[] a = annotator(annotators, c);
          a[1] += c.n();
          a[2] += c.total();
        }
        case "latency" -> latencies.computeIfAbsent(Long.parseLong(c.keyA()), id -> new TreeMap<>())
            .merge(bucketStart(c.keyB()), c.n(), Long::sum);
        case "agree" -> {
          long[] a = annotator(annotators, c);
          a[3] += c.n();
          a[4] += c.total();
        }
        case "profile" -> {
          if (c.n() > 0) profiles.add(new LabelProfile(count(unprefix(c.keyA())), c.n()));
        }
        case "final" -> {
          long[] f = finals.computeIfAbsent(c.keyA(), k -> new long[3]);
          f[0] += c.n();
          if (!c.keyB().equals("none")) f[1] += c.n();
          if (c.keyB().equals("differs")) f[2] += c.n();
        }
        default -> throw new IllegalStateException("unknown dashboard count " + c.metric());
      }
    }
    List<DailyActivity> series = new ArrayList<>(days.size());
    days.forEach((day, n) -> {
      if (n[0] != 0 || n[1] != 0 || n[2] != 0) series.add(new DailyActivity(LocalDate.ofEpochDay(day), n[0], n[1], n[2]));
    });
    List<FinalLabelTally> tallies = new ArrayList<>();
    finals.forEach((label, f) -> {
      if (f[0] > 0) tallies.add(new FinalLabelTally(label, f[0], f[1], f[2]));
    });
    return new Read(new ProjectCounts(new TimeSeries(series), annotators(h, projectId, annotators, latencies),
        profiles, tallies), CountFolder.pilesUp(kept[0], counts.size()));
  }

  private static void day(Map<Long, long[]> days, Count c, int column) {
    days.computeIfAbsent(Long.parseLong(c.keyA()), d -> new long[3])[column] += c.n();
  }

  /** annotations, timed, latency sum, compared, agreeing */
  private static long[] annotator(Map<Long, long[]> annotators, Count c) {
    return annotators.computeIfAbsent(Long.parseLong(c.keyA()), id -> new long[5]);
  }

  private static List<AnnotatorStats> annotators(Handle h, long projectId, Map<Long, long[]> counted,
      Map<Long, TreeMap<Long, Long>> latencies) {
    List<Long> ids = counted.entrySet().stream().filter(e -> e.getValue()[0] > 0).map(Map.Entry::getKey).toList();
    if (ids.isEmpty()) return List.of();
    Map<Long, String> names = new HashMap<>();
    h.createQuery(MetricsQueries.NAMES).bindList("ids", ids)
        .map((rs, ctx) -> names.put(rs.getLong("id"), rs.getString("name"))).forEach(ignored -> { });
    return ids.stream()
        .map(id -> {
          long[] a = counted.get(id);
          OptionalDouble mean = a[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) a[2] / a[1]);
          OptionalDouble median = median(h, projectId, id, a[1], latencies.getOrDefault(id, new TreeMap<>()));
          return new AnnotatorStats(id, names.get(id), a[0], a[1], median, mean, a[3], a[4]);
        })
        .sorted(Comparator.comparing(AnnotatorStats::name).thenComparingLong(AnnotatorStats::annotatorId))
        .toList();
  }

  /**
   * The middle of {@code timed} latencies (the mean of the two middle ones for an even count), read from the
   * start of the bucket that holds the lower middle one; from the first latency when the buckets do not add
   * up to {@code timed} (a latency the buckets cannot place).
   */
  private static OptionalDouble median(Handle h, long projectId, long annotatorId, long timed,
      TreeMap<Long, Long> buckets) {
    if (timed == 0) return OptionalDouble.empty();
    long middle = (timed - 1) / 2;
    long from = Long.MIN_VALUE;
    long offset = middle;
    if (!buckets.containsKey(Long.MIN_VALUE) && buckets.values().stream().mapToLong(Long::longValue).sum() == timed) {
      long below = 0;
      for (Map.Entry<Long, Long> bucket : buckets.entrySet()) {
        if (below + bucket.getValue() > middle) {
          from = bucket.getKey();
          offset = middle - below;
          break;
        }
        below += bucket.getValue();
      }
    }
    List<Long> values = h.createQuery(MIDDLE).bind("project", projectId).bind("annotator", annotatorId)
        .bind("from", from).bind("limit", timed % 2 == 0 ? 2 : 1).bind("offset", offset).mapTo(Long.class).list();
    return values.stream().mapToLong(Long::longValue).average();
  }

  /**
   * The smallest latency of a bucket "digits:leading digit and 0 or 5" (4:15 → 1500, 2:30 → 30, 1:70 → 7);
   * {@link Long#MIN_VALUE} for a key it cannot read (a negative latency).
   */
  static long bucketStart(String key) {
    int colon = key.indexOf(':');
    if (colon < 1 || key.length() != colon + 3) return Long.MIN_VALUE;
    try {
      int digits = Integer.parseInt(key.substring(0, colon));
      int leading = Integer.parseInt(key.substring(colon + 1));
      if (digits < 1 || digits > 18 || leading < 0 || leading % 5 != 0) return Long.MIN_VALUE;
      if (digits == 1) return leading % 10 == 0 ? leading / 10 : Long.MIN_VALUE;
      if (leading < 10) return Long.MIN_VALUE;
      long start = leading;
      for (int i = 2; i < digits; i++) start *= 10;
      return start;
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  /** "1:a2:bc" → [a, bc]; lengths count code points, as both databases' {@code length} does. */
  static List<String> unprefix(String prefixed) {
    List<String> labels = new ArrayList<>();
    int at = 0;
    while (at < prefixed.length()) {
      int colon = prefixed.indexOf(':', at);
      int codePoints = Integer.parseInt(prefixed.substring(at, colon));
      int end = prefixed.offsetByCodePoints(colon + 1, codePoints);
      labels.add(prefixed.substring(colon + 1, end));
      at = end;
    }
    return labels;
  }

  private static Map<String, Integer> count(List<String> labels) {
    Map<String, Integer> counts = new HashMap<>();
    for (String label : labels) counts.merge(label, 1, Integer::sum);
    return counts;
  }
}
