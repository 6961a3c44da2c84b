package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;

/**
 * One answer a question allows.
 *
 * @param value what annotations and exports store
 * @param title what the workbench shows
 * @param key the keyboard shortcut that picks it
 */
record OptionView(@OpenApiRequired String value, @OpenApiRequired String title, @OpenApiRequired String key) {}
