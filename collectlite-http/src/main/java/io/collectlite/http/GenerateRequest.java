package io.collectlite.http;

/**
 * {@code POST /api/projects/{id}/tasks/generate}; the body is optional.
 *
 * @param overlap annotators per new task; the project's overlap when absent
 */
record GenerateRequest(Integer overlap) {
  static final GenerateRequest DEFAULT = new GenerateRequest(null);
}
