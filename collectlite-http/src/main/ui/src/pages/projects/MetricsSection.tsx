import { useQuery } from '@tanstack/react-query';
import { api, must } from '../../api/client';
import { href } from '../../app/router';
import { ErrorNote, Loading, Section } from '../../app/ui';

const STATES = ['created', 'suggested', 'assigned', 'submitted', 'needs_review', 'resolved', 'exported'];

/** Progress counters: examples, annotations, agreement, tasks by state, final labels. */
export function MetricsSection({ projectId }: { projectId: number }) {
  const metrics = useQuery({
    queryKey: ['metrics', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/metrics', { params: { path: { id: projectId } } })),
    refetchInterval: 10_000,
  });
  const m = metrics.data;
  const byState: Record<string, number> = { ...(m?.tasks_by_state ?? {}) };
  const labels = Object.entries(m?.final_labels ?? {});
  return (
    <Section title="Progress" id="metrics">
      <ErrorNote error={metrics.error} />
      {!m ? (
        <Loading what="metrics" />
      ) : (
        <>
          <dl className="stats">
            <div><dt>Examples</dt><dd data-testid="m-examples">{m.examples}</dd></div>
            <div><dt>Tasks</dt><dd data-testid="m-tasks">{m.tasks}</dd></div>
            <div><dt>Annotations</dt><dd>{m.annotations}</dd></div>
            <div><dt>Review backlog</dt><dd>{m.review_backlog}</dd></div>
            <div><dt>Exports</dt><dd>{m.exports}</dd></div>
            <div><dt>Ready</dt><dd>{Math.round((m.export_readiness ?? 0) * 100)}%</dd></div>
            <div>
              <dt title="Krippendorff's alpha on the first question: 1 perfect, 0 chance level">Agreement (α)</dt>
              <dd data-testid="m-alpha">
                {m.agreement ? `${m.agreement.alpha.toFixed(2)} ${m.agreement.level}, ${m.agreement.pairable_values} annotations` : '—'}
              </dd>
            </div>
          </dl>
          <table className="compact">
            <caption>Tasks by state</caption>
            <tbody>
              {[...STATES, ...Object.keys(byState).filter((s) => !STATES.includes(s.toLowerCase()))].map((s) => (
                <tr key={s}>
                  <th scope="row">{s.replace(/_/g, ' ')}</th>
                  <td className="num" data-testid={`state-${s}`}>{byState[s] ?? byState[s.toUpperCase()] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {labels.length > 0 && (
            <table className="compact">
              <caption>Final labels</caption>
              <tbody>
                {labels.map(([label, n]) => (
                  <tr key={label}>
                    <th scope="row">{label.replace(/_/g, ' ')}</th>
                    <td className="num">{n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="small">
            <a href={href({ page: 'dashboard', id: projectId })}>Quality dashboard</a>: activity, annotators, agreement
            per label, model–human disagreement.
          </p>
        </>
      )}
    </Section>
  );
}
