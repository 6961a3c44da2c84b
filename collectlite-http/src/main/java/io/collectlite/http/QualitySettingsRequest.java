package io.collectlite.http;

import io.javalin.openapi.OpenApiDescription;

/**
 * {@code PUT /api/projects/{id}/quality}: the settings to change; a field left out keeps its value,
 * {@code model_disagreement: null} turns that rule off. Fields as in {@link QualitySettingsView}.
 * (Documents the body; the route reads it as JSON so that every bad field is named.)
 */
record QualitySettingsRequest(String aggregation, Double min_agreement, Boolean review_low_confidence,
    @OpenApiDescription("null turns the rule off") Double model_disagreement, Double gold_rate,
    Integer failed_gold_review) {}
