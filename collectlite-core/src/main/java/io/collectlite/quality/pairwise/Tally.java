package io.collectlite.quality.pairwise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Comparisons summed per model and per pair: the sufficient statistics of the Bradley–Terry likelihood, and
 * the check that its maximum exists.
 */
final class Tally {
  final List<String> models;
  final double[] wins;
  final int[] comparisons;
  /** Pairs {@code first[p] < second[p]} that met at least once, and how often. */
  final int[] first;
  final int[] second;
  final double[] games;
  /** Win mass of {@code first[p]} over {@code second[p]}, ties counting half. */
  private final double[] firstWins;

  private Tally(List<String> models, double[] wins, int[] comparisons, Map<Long, double[]> pairs) {
    this.models = models;
    this.wins = wins;
    this.comparisons = comparisons;
    int size = pairs.size();
    first = new int[size];
    second = new int[size];
    games = new double[size];
    firstWins = new double[size];
    int p = 0;
    for (Map.Entry<Long, double[]> pair : pairs.entrySet()) {
      first[p] = (int) (pair.getKey() >>> 32);
      second[p] = (int) (long) pair.getKey();
      games[p] = pair.getValue()[0];
      firstWins[p] = pair.getValue()[1];
      p++;
    }
  }

  static Tally of(List<Comparison> comparisons) {
    List<String> models = List.copyOf(new TreeSet<>(comparisons.stream()
        .flatMap(c -> Stream.of(c.modelA(), c.modelB())).toList()));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < models.size(); i++) {
      index.put(models.get(i), i);
    }
    double[] wins = new double[models.size()];
    int[] counts = new int[models.size()];
    Map<Long, double[]> pairs = new HashMap<>();
    for (Comparison c : comparisons) {
      int a = index.get(c.modelA());
      int b = index.get(c.modelB());
      double aWins = switch (c.outcome()) {
        case A_WINS -> 1.0;
        case B_WINS -> 0.0;
        case TIE -> 0.5;
      };
      wins[a] += aWins;
      wins[b] += 1.0 - aWins;
      counts[a]++;
      counts[b]++;
      double[] pair = pairs.computeIfAbsent(((long) Math.min(a, b) << 32) | Math.max(a, b), k -> new double[2]);
      pair[0]++;
      pair[1] += a < b ? aWins : 1.0 - aWins;
    }
    return new Tally(models, wins, counts, pairs);
  }

  /** Why the maximum-likelihood estimate does not exist, or empty when it does (Ford 1957; Hunter 2004). */
  Optional<String> nonexistence() {
    if (models.size() < 2) {
      return Optional.of("Bradley-Terry needs comparisons between at least two models");
    }
    List<List<Integer>> components = components();
    if (components.size() > 1) {
      return Optional.of("the comparison graph is not connected: the groups " + components.stream()
          .map(this::names).toList() + " are never compared with each other, so their relative strengths "
          + "are not identifiable");
    }
    for (int i = 0; i < models.size(); i++) {
      if (wins[i] == 0) {
        return Optional.of("model " + models.get(i) + " never wins or ties, so its maximum-likelihood "
            + "strength is minus infinity");
      }
      if (wins[i] == comparisons[i]) {
        return Optional.of("model " + models.get(i) + " never loses or ties, so its maximum-likelihood "
            + "strength is plus infinity");
      }
    }
    return dominatingGroup();
  }

  private Optional<String> dominatingGroup() {
    List<Integer> beaten = reachable(true);
    if (beaten.size() < models.size()) {
      return Optional.of("the models " + names(beaten) + " never win against the other models, so the "
          + "maximum-likelihood estimate does not exist");
    }
    List<Integer> beating = reachable(false);
    if (beating.size() < models.size()) {
      return Optional.of("the models " + names(beating) + " never lose against the other models, so the "
          + "maximum-likelihood estimate does not exist");
    }
    return Optional.empty();
  }

  /** Models reachable from model 0 along "beats" edges ({@code forward}) or along "is beaten by" edges. */
  private List<Integer> reachable(boolean forward) {
    return search(p -> forward ? firstWins[p] > 0 : firstWins[p] < games[p],
        p -> forward ? firstWins[p] < games[p] : firstWins[p] > 0);
  }

  private List<List<Integer>> components() {
    List<List<Integer>> result = new ArrayList<>();
    boolean[] seen = new boolean[models.size()];
    for (int start = 0; start < models.size(); start++) {
      if (!seen[start]) {
        result.add(walk(start, seen, p -> true, p -> true));
      }
    }
    return result;
  }

  private List<Integer> search(IntPredicate firstToSecond,
      IntPredicate secondToFirst) {
    return walk(0, new boolean[models.size()], firstToSecond, secondToFirst);
  }

  private List<Integer> walk(int start, boolean[] seen, IntPredicate firstToSecond,
      IntPredicate secondToFirst) {
    List<List<Integer>> adjacency = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      adjacency.add(new ArrayList<>());
    }
    for (int p = 0; p < first.length; p++) {
      if (firstToSecond.test(p)) {
        adjacency.get(first[p]).add(second[p]);
      }
      if (secondToFirst.test(p)) {
        adjacency.get(second[p]).add(first[p]);
      }
    }
    List<Integer> visited = new ArrayList<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(start));
    seen[start] = true;
    while (!queue.isEmpty()) {
      int node = queue.poll();
      visited.add(node);
      for (int next : adjacency.get(node)) {
        if (!seen[next]) {
          seen[next] = true;
          queue.add(next);
        }
      }
    }
    return visited;
  }

  private List<String> names(List<Integer> indices) {
    return indices.stream().sorted().map(models::get).toList();
  }
}
