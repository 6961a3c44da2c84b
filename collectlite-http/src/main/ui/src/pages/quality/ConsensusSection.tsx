import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, must } from '../../api/client';
import type { RecomputeResult } from '../../api/types';
import { ErrorNote, formatTime, Loading, Section } from '../../app/ui';
import { METHODS } from './settings';

function methodTitle(value: string): string {
  return METHODS.find((m) => m.value === value)?.title ?? value;
}

/** Recomputes the project's consensus (owners) and lists the recomputes so far. */
export function ConsensusSection({ projectId, editable }: { projectId: number; editable: boolean }) {
  const queryClient = useQueryClient();
  const runs = useQuery({
    queryKey: ['consensus-runs', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/consensus/runs', { params: { path: { id: projectId } } })),
  });
  const recompute = useMutation({
    mutationFn: () =>
      must(api.POST('/api/projects/{id}/consensus/recompute', { params: { path: { id: projectId } } })),
    onSuccess: () => {
      for (const key of ['consensus-runs', 'reliability', 'review', 'metrics']) {
        void queryClient.invalidateQueries({ queryKey: [key, projectId] });
      }
    },
  });
  return (
    <Section title="Consensus" id="consensus">
      <p className="muted small">
        A recompute decides every decided task again under the current settings (fitting Dawid–Skene first when that is
        the method) and stores a new consensus version for each; reviewers' decisions stand, and tasks move in and out
        of review as their new results say.
      </p>
      {editable && (
        <div className="actions">
          <button type="button" onClick={() => recompute.mutate()} disabled={recompute.isPending}>
            {recompute.isPending ? 'Recomputing…' : 'Recompute consensus'}
          </button>
        </div>
      )}
      <ErrorNote error={recompute.error} title="Not recomputed" />
      {recompute.data && <Result result={recompute.data} />}
      <ErrorNote error={runs.error} />
      {!runs.data ? (
        !runs.error && <Loading what="recomputes" />
      ) : runs.data.length === 0 ? (
        <p className="muted" data-testid="runs-none">No recomputes yet: each task is decided once, when its last annotation arrives.</p>
      ) : (
        <table data-testid="runs">
          <caption>Recomputes, newest first</caption>
          <thead>
            <tr>
              <th scope="col" className="num">Run</th>
              <th scope="col">Method</th>
              <th scope="col" className="num">Tasks</th>
              <th scope="col" className="num">Changed</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {runs.data.map((r) => (
              <tr key={r.id} data-testid="run-row">
                <td className="num">{r.id}</td>
                <td data-testid="run-method">{methodTitle(r.method)}</td>
                <td className="num" data-testid="run-tasks">{r.tasks}</td>
                <td className="num">{r.changed}</td>
                <td className="small">{formatTime(r.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function Result({ result }: { result: RecomputeResult }) {
  const { run } = result;
  return (
    <dl className="stats" role="status" data-testid="recompute-result">
      <div><dt>Tasks decided</dt><dd data-testid="recompute-tasks">{run.tasks}</dd></div>
      <div><dt>Changed</dt><dd data-testid="recompute-changed">{run.changed}</dd></div>
      <div>
        <dt title="Deciding (and fitting) alone, without the database">Compute</dt>
        <dd data-testid="recompute-ms">{result.compute_ms.toFixed(1)} ms</dd>
      </div>
      <div><dt>Method</dt><dd>{methodTitle(run.method)}</dd></div>
    </dl>
  );
}
