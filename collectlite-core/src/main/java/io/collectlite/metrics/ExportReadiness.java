package io.collectlite.metrics;

/**
 * How much of a project an export would hold.
 *
 * @param tasks every task of the project
 * @param resolved tasks with a final label (resolved or already exported)
 */
public record ExportReadiness(long tasks, long resolved) {
  public ExportReadiness {
    if (resolved < 0 || resolved > tasks) throw new IllegalArgumentException("need 0 <= resolved <= tasks");
  }

  /** The share of tasks with a final label, 0 to 1; 0 when there are no tasks. */
  public double share() {
    return tasks == 0 ? 0 : (double) resolved / tasks;
  }
}
