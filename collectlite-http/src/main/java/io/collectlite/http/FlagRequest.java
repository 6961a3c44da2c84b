package io.collectlite.http;

/** {@code POST /api/tasks/{id}/flag}: why the owner sends the task to review. */
record FlagRequest(String comment) {}
