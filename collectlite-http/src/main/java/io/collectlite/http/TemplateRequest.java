package io.collectlite.http;

/**
 * {@code PUT /api/projects/{id}/template}: creates a new template version.
 *
 * @param instructions the new Markdown instructions; the current ones when absent
 * @param schema new labels or field mapping; the current schema when absent. It must keep the first
 *     question and every option value, so earlier annotations stay valid
 */
record TemplateRequest(String instructions, SchemaView schema) {}
