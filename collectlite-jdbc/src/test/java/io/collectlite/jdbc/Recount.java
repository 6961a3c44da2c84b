package io.collectlite.jdbc;

import io.collectlite.metrics.AnnotatorStats;
import io.collectlite.metrics.DailyActivity;
import io.collectlite.metrics.FinalLabelTally;
import io.collectlite.metrics.LabelProfile;
import io.collectlite.metrics.ProjectCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The dashboard's counts recounted from the rows themselves, in Java, the way their definitions read: the
 * reference the trigger-kept counts are checked against. Both sides are put in one canonical text, so a
 * difference shows as a readable diff.
 */
final class Recount {
  private static final long DAY = 86_400_000_000L;

  private Recount() {}

  /** The canonical text of counts a store returned. */
  static String describe(ProjectCounts counts) {
    StringBuilder out = new StringBuilder();
    for (DailyActivity d : counts.activity().days()) {
      out.append("day ").append(d.day()).append(' ').append(d.tasksCreated()).append(' ')
          .append(d.tasksCompleted()).append(' ').append(d.annotationsSubmitted()).append('\n');
    }
    for (AnnotatorStats a : counts.annotators()) {
      out.append(annotator(a.annotatorId(), a.name(), a.annotations(), a.timedAnnotations(), a.medianLatencyMillis(),
          a.meanLatencyMillis(), a.comparedWithFinal(), a.agreeingWithFinal()));
    }
    Map<String, Long> profiles = new TreeMap<>();
    for (LabelProfile p : counts.labelProfiles()) profiles.merge(new TreeMap<>(p.labels()).toString(), p.tasks(), Long::sum);
    profiles.forEach((p, n) -> out.append("profile ").append(p).append(' ').append(n).append('\n'));
    for (FinalLabelTally f : counts.finalLabels()) {
      out.append("final ").append(f.label()).append(' ').append(f.tasks()).append(' ').append(f.suggested())
          .append(' ').append(f.suggestionDiffers()).append('\n');
    }
    return out.toString();
  }

  /** The canonical text of the counts recounted from the project's task and annotation rows. */
  static String of(Connection c, long projectId) throws SQLException {
    Map<Long, long[]> days = new TreeMap<>();
    Map<Long, String> finals = new HashMap<>();
    Map<String, long[]> finalTallies = new TreeMap<>();
    try (ResultSet rs = query(c, "SELECT id, created_at, resolved_at, state, consensus_label, review_label, "
        + "model_label FROM tasks WHERE project_id = ?", projectId)) {
      while (rs.next()) {
        days.computeIfAbsent(rs.getLong(2) / DAY, d -> new long[3])[0]++;
        long resolved = rs.getLong(3);
        if (!rs.wasNull()) days.computeIfAbsent(resolved / DAY, d -> new long[3])[1]++;
        if (!List.of("resolved", "exported").contains(rs.getString(4))) continue;
        String review = rs.getString(6);
        String label = review != null ? review : rs.getString(5);
        finals.put(rs.getLong(1), label);
        long[] tally = finalTallies.computeIfAbsent(label, l -> new long[3]);
        tally[0]++;
        String model = rs.getString(7);
        if (model != null) tally[1]++;
        if (model != null && !model.equals(label)) tally[2]++;
      }
    }
    Map<Long, List<Long>> latencies = new TreeMap<>();
    Map<Long, long[]> work = new TreeMap<>();
    Map<Long, List<String>> labelsByTask = new HashMap<>();
    try (ResultSet rs = query(c, "SELECT task_id, annotator_id, label, source, latency_ms, created_at "
        + "FROM annotations WHERE project_id = ?", projectId)) {
      while (rs.next()) {
        long task = rs.getLong(1);
        long annotator = rs.getLong(2);
        String label = rs.getString(3);
        days.computeIfAbsent(rs.getLong(6) / DAY, d -> new long[3])[2]++;
        long[] w = work.computeIfAbsent(annotator, a -> new long[3]);
        w[0]++;
        List<Long> timed = latencies.computeIfAbsent(annotator, a -> new ArrayList<>());
        if (rs.getString(4).equals("workbench")) timed.add(rs.getLong(5));
        if (finals.containsKey(task)) {
          w[1]++;
          if (label.equals(finals.get(task))) w[2]++;
        }
        labelsByTask.computeIfAbsent(task, t -> new ArrayList<>()).add(label);
      }
    }
    StringBuilder out = new StringBuilder();
    days.forEach((day, n) -> out.append("day ").append(LocalDate.ofEpochDay(day)).append(' ').append(n[0]).append(' ')
        .append(n[1]).append(' ').append(n[2]).append('\n'));
    Map<Long, String> names = names(c);
    work.keySet().stream()
        .sorted((a, b) -> names.get(a).equals(names.get(b)) ? Long.compare(a, b) : names.get(a).compareTo(names.get(b)))
        .forEach(id -> {
          List<Long> timed = latencies.get(id).stream().sorted().toList();
          OptionalDouble mean = timed.stream().mapToLong(Long::longValue).average();
          int n = timed.size();
          OptionalDouble median = n == 0 ? OptionalDouble.empty()
              : OptionalDouble.of(n % 2 == 1 ? timed.get(n / 2) : (timed.get(n / 2 - 1) + timed.get(n / 2)) / 2.0);
          long[] w = work.get(id);
          out.append(annotator(id, names.get(id), w[0], n, median, mean, w[1], w[2]));
        });
    Map<String, Long> profiles = labelsByTask.values().stream().collect(Collectors.groupingBy(
        labels -> new TreeMap<>(labels.stream().collect(Collectors.groupingBy(l -> l, Collectors.summingInt(l -> 1))))
            .toString(), TreeMap::new, Collectors.counting()));
    profiles.forEach((p, n) -> out.append("profile ").append(p).append(' ').append(n).append('\n'));
    finalTallies.forEach((label, t) -> out.append("final ").append(label).append(' ').append(t[0]).append(' ')
        .append(t[1]).append(' ').append(t[2]).append('\n'));
    return out.toString();
  }

  private static String annotator(long id, String name, long annotations, long timed, OptionalDouble median,
      OptionalDouble mean, long compared, long agreeing) {
    return "annotator %d %s %d timed %d median %s mean %s agree %d/%d%n".formatted(id, name, annotations, timed,
        median.isPresent() ? "%.3f".formatted(median.getAsDouble()) : "-",
        mean.isPresent() ? "%.6f".formatted(mean.getAsDouble()) : "-", agreeing, compared);
  }

  private static Map<Long, String> names(Connection c) throws SQLException {
    Map<Long, String> names = new HashMap<>();
    try (ResultSet rs = c.createStatement().executeQuery("SELECT id, name FROM users")) {
      while (rs.next()) names.put(rs.getLong(1), rs.getString(2));
    }
    return names;
  }

  private static ResultSet query(Connection c, String sql, long projectId) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    s.setLong(1, projectId);
    s.closeOnCompletion();
    return s.executeQuery();
  }
}
