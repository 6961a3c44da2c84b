// Pure helpers of the upload section (no React, no imports), unit-tested by test/projects.test.mjs.

/** What a project's template asks of an uploaded row, as the project API describes it. */
export interface RowShape {
  task_type: string;
  required_fields: readonly string[];
  optional_fields: readonly string[];
  field_mapping?: Readonly<Record<string, string>> | null;
}

/** A row field and the file column it is read from (the same name unless the template maps it). */
export interface Column {
  field: string;
  column: string;
}

/** The template's fields as the file must name them: `question (read as query)` when mapped. */
export function columns(fields: readonly string[], mapping?: Readonly<Record<string, string>> | null): Column[] {
  return fields.map((field) => ({ field, column: mapping?.[field] ?? field }));
}

function named(c: Column): string {
  return c.column === c.field ? c.column : `${c.column} (read as ${c.field})`;
}

/**
 * The upload hint of a project: which columns every row needs, derived from the template's required fields
 * and field mapping, then the optional ones. A document-relevance row may give its documents as a list or as
 * candidate_* columns instead of one document (the server expands them).
 */
export function uploadHint(shape: RowShape): string {
  const required = columns(shape.required_fields, shape.field_mapping).map((c) =>
    shape.task_type === 'document_relevance' && c.field === 'document'
      ? `${named(c)} (or a documents list, or candidate_* columns)`
      : named(c),
  );
  const optional = [...columns(shape.optional_fields, shape.field_mapping).map(named), 'id', 'gold'];
  return `JSONL or CSV file, one row per example with ${list(required)}; optional: ${optional.join(', ')}`;
}

/** `a`, `a and b`, `a, b and c`. */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
