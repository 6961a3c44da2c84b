package io.collectlite.quality.aggregation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Votes in canonical order as int arrays: classes by label text, annotators and tasks by id, and each task's
 * votes by annotator and then class. Every computation over the index therefore runs in the same order,
 * whatever order the votes came in, and gives bit-for-bit the same result.
 */
final class VoteIndex {
  final List<String> classes;
  final long[] taskIds;
  final long[] annotatorIds;
  /** The votes of task {@code i} are {@code [taskStart[i], taskStart[i + 1])}. */
  final int[] taskStart;
  final int[] annotator;
  final int[] label;

  private VoteIndex(List<String> classes, long[] taskIds, long[] annotatorIds, int[] taskStart, int[] annotator,
      int[] label) {
    this.classes = classes;
    this.taskIds = taskIds;
    this.annotatorIds = annotatorIds;
    this.taskStart = taskStart;
    this.annotator = annotator;
    this.label = label;
  }

  static VoteIndex of(List<Vote> votes) {
    if (votes.isEmpty()) {
      throw new IllegalArgumentException("no votes to aggregate");
    }
    Map<String, Integer> classIndex = new HashMap<>();
    long[] tasks = new long[votes.size()];
    long[] annotators = new long[votes.size()];
    for (int v = 0; v < votes.size(); v++) {
      Vote vote = votes.get(v);
      classIndex.put(vote.label(), 0);
      tasks[v] = vote.taskId();
      annotators[v] = vote.annotatorId();
    }
    List<String> classes = new ArrayList<>(classIndex.keySet());
    Collections.sort(classes);
    for (int c = 0; c < classes.size(); c++) {
      classIndex.put(classes.get(c), c);
    }
    tasks = distinctSorted(tasks);
    annotators = distinctSorted(annotators);
    int k = classes.size();
    if ((long) annotators.length * k > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many annotators and classes to index: " + annotators.length + " x "
          + k);
    }
    int[] start = new int[tasks.length + 1];
    int[] taskOf = new int[votes.size()];
    for (int v = 0; v < votes.size(); v++) {
      taskOf[v] = Arrays.binarySearch(tasks, votes.get(v).taskId());
      start[taskOf[v] + 1]++;
    }
    for (int i = 0; i < tasks.length; i++) {
      start[i + 1] += start[i];
    }
    int[] next = Arrays.copyOf(start, tasks.length);
    int[] keys = new int[votes.size()];
    for (int v = 0; v < votes.size(); v++) {
      Vote vote = votes.get(v);
      keys[next[taskOf[v]]++] = Arrays.binarySearch(annotators, vote.annotatorId()) * k
          + classIndex.get(vote.label());
    }
    int[] annotator = new int[keys.length];
    int[] label = new int[keys.length];
    for (int i = 0; i < tasks.length; i++) {
      Arrays.sort(keys, start[i], start[i + 1]);
    }
    for (int v = 0; v < keys.length; v++) {
      annotator[v] = keys[v] / k;
      label[v] = keys[v] % k;
    }
    return new VoteIndex(List.copyOf(classes), tasks, annotators, start, annotator, label);
  }

  int classCount() {
    return classes.size();
  }

  int taskCount() {
    return taskIds.length;
  }

  int annotatorCount() {
    return annotatorIds.length;
  }

  /** Sorts {@code ids} in place and returns its distinct values. */
  private static long[] distinctSorted(long[] ids) {
    Arrays.sort(ids);
    int distinct = 0;
    for (int i = 0; i < ids.length; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        ids[distinct++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, distinct);
  }
}
