import { skipToken, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, must } from '../../api/client';
import type { ExportDiff, ExportManifest } from '../../api/types';
import { ErrorNote, Loading } from '../../app/ui';

interface Pair {
  from: number;
  to: number;
}

/**
 * Compares two export versions: examples added, removed, relabelled, and whose latest model suggestion changed. `exports` is newest first;
 * the panel shows only when there are two or more, and starts at the two newest, older → newer.
 */
export function CompareSection({ projectId, exports }: { projectId: number; exports: ExportManifest[] }) {
  const [picked, setPicked] = useState<Partial<Pair>>({});
  const [compared, setCompared] = useState<Pair | null>(null);
  const diff = useQuery({
    queryKey: ['export-diff', projectId, compared?.from, compared?.to],
    queryFn: compared
      ? () => must(api.GET('/api/projects/{id}/exports/diff', { params: { path: { id: projectId }, query: compared } }))
      : skipToken,
    staleTime: Infinity, // export files never change
  });
  const [newest, older] = exports;
  if (!newest || !older) return null;
  const from = picked.from ?? older.id;
  const to = picked.to ?? newest.id;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCompared({ from, to });
  };
  return (
    <section className="card" aria-labelledby="compare-h">
      <h2 id="compare-h">Compare versions</h2>
      <form className="row" onSubmit={submit} aria-label="Compare versions">
        <VersionSelect id="compare-from" label="From" value={from} exports={exports} onChange={(v) => setPicked({ from: v, to })} />
        <VersionSelect id="compare-to" label="To" value={to} exports={exports} onChange={(v) => setPicked({ from, to: v })} />
        <button type="submit" className="align-end" disabled={diff.isFetching}>
          Compare
        </button>
      </form>
      <ErrorNote error={diff.error} title="Not compared" />
      {compared && !diff.data && !diff.error && <Loading what="comparison" />}
      {diff.data && <DiffResult diff={diff.data} />}
    </section>
  );
}

function VersionSelect(props: {
  id: string;
  label: string;
  value: number;
  exports: ExportManifest[];
  onChange: (id: number) => void;
}) {
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.exports.map((x) => (
          <option key={x.id} value={x.id}>
            {versionName(x)} · {x.record_count} records
          </option>
        ))}
      </select>
    </div>
  );
}

function versionName(x: ExportManifest): string {
  return `v${x.version} ${x.format.toUpperCase()}`;
}

function DiffResult({ diff }: { diff: ExportDiff }) {
  return (
    <div data-testid="diff">
      <p className="muted small">
        {versionName(diff.from)} → {versionName(diff.to)}
      </p>
      <dl className="stats">
        <div><dt>Added</dt><dd data-testid="diff-added">{diff.added_count}</dd></div>
        <div><dt>Removed</dt><dd data-testid="diff-removed">{diff.removed_count}</dd></div>
        <div><dt>Label changed</dt><dd data-testid="diff-changed">{diff.changed_count}</dd></div>
        <div><dt>Suggestion changed</dt><dd data-testid="diff-suggestion-changed">{diff.suggestion_changed_count}</dd></div>
        <div><dt>Unchanged</dt><dd data-testid="diff-unchanged">{diff.unchanged_count}</dd></div>
      </dl>
      <div className="diff-lists">
        <IdList title="Added" ids={diff.added} count={diff.added_count} />
        <IdList title="Removed" ids={diff.removed} count={diff.removed_count} />
        <DiffList title="Label changed" shown={diff.changed.length} count={diff.changed_count}>
          <FromToTable rows={diff.changed.map((c) => ({ id: c.example_id, from: c.from_label, to: c.to_label }))} />
        </DiffList>
        <DiffList wide title="Suggestion changed" shown={diff.suggestion_changed.length} count={diff.suggestion_changed_count}>
          <FromToTable
            rows={diff.suggestion_changed.map((c) => ({ id: c.example_id, from: c.from_suggestion, to: c.to_suggestion }))}
            empty="none"
          />
        </DiffList>
      </div>
    </div>
  );
}

function IdList({ title, ids, count }: { title: string; ids: string[]; count: number }) {
  return (
    <DiffList title={title} shown={ids.length} count={count}>
      <ul>
        {ids.map((id) => (
          <li key={id}><code className="hash">{id}</code></li>
        ))}
      </ul>
    </DiffList>
  );
}

/** Examples with what they were and what they became; an empty side reads as `empty` when one is given. */
function FromToTable({ rows, empty }: { rows: { id: string; from: string; to: string }[]; empty?: string }) {
  const side = (value: string) => (value || empty === undefined ? value : <span className="muted">{empty}</span>);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Example</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td><code className="hash">{r.id}</code></td>
            <td>{side(r.from)}</td>
            <td>→ {side(r.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One list of the result, scrolling on its own; says so when the server sent only the first part. */
function DiffList(props: { title: string; shown: number; count: number; children: ReactNode; wide?: boolean }) {
  const { title, shown, count, children, wide } = props;
  return (
    <div className={wide ? 'diff-list wide' : 'diff-list'}>
      <h3>
        {title} <span className="muted small">{count > shown ? `showing first ${shown.toLocaleString('en')}` : ''}</span>
      </h3>
      {shown === 0 ? <p className="muted small">None.</p> : <div className="scroll">{children}</div>}
    </div>
  );
}
