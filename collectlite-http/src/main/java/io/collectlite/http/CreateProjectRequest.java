package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/projects}.
 *
 * @param task_type {@code pairwise_preference}, {@code document_relevance} (default),
 *     {@code classification}, {@code qa_validation} or {@code critique}
 * @param overlap annotators per task, 1 to 10; defaults to 2
 * @param seed fixes the train/validation/evaluation split; drawn at random when absent
 * @param schema the whole label schema; the task type's preset when absent
 * @param labels for classification without a schema: the label set, in order (keys 1–9, 0, …)
 * @param multi_label for classification without a schema: annotators may pick several labels
 * @param field_mapping template field → file column, applied to the preset or the given schema
 * @param split_ratios the train/validation/evaluation shares every export uses; the server's default
 *     (80/10/10 unless configured) when absent
 */
record CreateProjectRequest(@OpenApiRequired String name, String task_type, String instructions, Integer overlap,
    Long seed, SchemaView schema, List<String> labels, Boolean multi_label, Map<String, String> field_mapping,
    SplitRatiosView split_ratios) {}
