import { Key } from '../../app/ui';
import { fieldRows } from './fields';

/** The row fields each task type shows, in order, with their headings. */
const LAYOUTS: Record<string, { name: string; title: string }[]> = {
  pairwise_preference: [
    { name: 'prompt', title: 'Prompt' },
    { name: 'response_a', title: 'Response A' },
    { name: 'response_b', title: 'Response B' },
  ],
  document_relevance: [
    { name: 'query', title: 'Query' },
    { name: 'document', title: 'Document' },
  ],
  classification: [{ name: 'text', title: 'Text' }],
  qa_validation: [
    { name: 'context', title: 'Context' },
    { name: 'question', title: 'Question' },
    { name: 'answer', title: 'Answer' },
  ],
  critique: [
    { name: 'prompt', title: 'Prompt' },
    { name: 'response', title: 'Response' },
  ],
};

/** Fields shown large, as the thing being asked about. */
const HEADLINE = new Set(['query', 'question']);

function text(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v);
}

/**
 * An example's fields, laid out for the task type: a pairwise prompt above both responses side by
 * side, a QA item's context, question and answer, and so on; any other field in a small list below, nested
 * values (a row's metadata) as dotted keys and values.
 */
export function TaskFields({ taskType, fields }: { taskType: string; fields: Record<string, unknown> }) {
  const layout = LAYOUTS[taskType] ?? [];
  const known = new Set(layout.map((f) => f.name));
  const extra = fieldRows(fields, known);
  const block = (f: { name: string; title: string }) => (
    <div key={f.name} className="field">
      <h2 className="label-small">{f.title}</h2>
      <div className={HEADLINE.has(f.name) ? 'query' : 'document'} data-testid={f.name}>
        {text(fields[f.name])}
      </div>
    </div>
  );
  return (
    <>
      {taskType === 'pairwise_preference' ? (
        <>
          {block(layout[0]!)}
          <div className="pair">
            {layout.slice(1).map((f, i) => (
              <div key={f.name} className="field response">
                <h2 className="label-small">
                  {f.title} <Key>{i === 0 ? 'A' : 'B'}</Key>
                </h2>
                <div className="document" data-testid={f.name}>{text(fields[f.name])}</div>
              </div>
            ))}
          </div>
        </>
      ) : (
        layout.map(block)
      )}
      {extra.length > 0 && (
        <dl className="extra">
          {extra.map((row) => (
            <div key={row.key}>
              <dt>{row.key}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
