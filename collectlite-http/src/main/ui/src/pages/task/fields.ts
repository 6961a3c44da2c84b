// Pure helpers laying out an example's extra fields (no React, no imports), unit-tested by test/fields.test.mjs.

/** One line of an example's extra fields: a dotted key (`metadata.source`) and its value as text. */
export interface FieldRow {
  key: string;
  value: string;
}

/**
 * The fields not in `skip`, nested objects spelled out as dotted keys (`metadata.source`) and lists of
 * objects by index (`metadata.spans[0].start`), so people read keys and values rather than JSON. A list of
 * plain values reads as one line, comma-separated; null and empty values read as a dash.
 */
export function fieldRows(fields: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (!skip.has(key)) add(rows, key, value);
  }
  return rows;
}

function add(rows: FieldRow[], key: string, value: unknown): void {
  if (Array.isArray(value)) {
    if (value.every(isPlain)) {
      rows.push({ key, value: value.length === 0 ? '–' : value.map(plain).join(', ') });
    } else {
      value.forEach((item, i) => add(rows, `${key}[${i}]`, item));
    }
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) rows.push({ key, value: '–' });
    for (const [k, v] of entries) add(rows, `${key}.${k}`, v);
  } else {
    rows.push({ key, value: plain(value) });
  }
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return String(value);
}
