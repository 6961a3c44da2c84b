// Pure helpers laying out an example's extra fields (no React, no imports), unit-tested by test/fields.test.mjs.

/** One line of an example's extra fields: a dotted key (`metadata.source`) and its value as text. */
export interface FieldRow {
  key: string;
  value: string;
}

/**
 * The fields not in `skip`, nested objects spelled out as dotted keys (`metadata.source`) and lists of
 * objects by index (`metadata.spans[0].start`), so people read keys and values rather than JSON. A list of
 * plain values reads as one line, comma-separated; null and empty values read as a dash. The API gives a
 * field that is not text as its JSON text (`"{\"source\":\"wiki\"}"`), so a value that is the JSON text of
 * an object or a list is read as that object or list.
 */
export function fieldRows(fields: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (!skip.has(key)) add(rows, key, decoded(value));
  }
  return rows;
}

/** An object or list given as JSON text, parsed; any other value as it is. */
function decoded(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' ? parsed : value;
  } catch {
    return value;
  }
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
