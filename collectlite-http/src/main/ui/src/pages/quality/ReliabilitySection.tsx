import { useQuery } from '@tanstack/react-query';
import { api, must } from '../../api/client';
import type { Reliability } from '../../api/types';
import { ErrorNote, Loading, Section } from '../../app/ui';
import { percent } from './settings';

/** Each annotator's reliability: gold accuracy with its count and interval, and the Dawid–Skene estimate. */
export function ReliabilitySection({ projectId }: { projectId: number }) {
  const rows = useQuery({
    queryKey: ['reliability', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/reliability', { params: { path: { id: projectId } } })),
  });
  return (
    <Section title="Annotator reliability" id="reliability">
      <ErrorNote error={rows.error} />
      {!rows.data ? (
        !rows.error && <Loading what="reliability" />
      ) : rows.data.length === 0 ? (
        <p className="muted">No annotators yet.</p>
      ) : (
        <table data-testid="reliability">
          <thead>
            <tr>
              <th scope="col">Annotator</th>
              <th scope="col" className="num" title="Gold answers right / gold answers given">Gold</th>
              <th scope="col" className="num" title="(correct + 1) / (total + 2), with its 95% credible interval">Gold accuracy</th>
              <th scope="col" className="num" title="Accuracy estimated by the latest Dawid–Skene recompute">Dawid–Skene</th>
              <th scope="col" className="num">Estimate</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {rows.data.map((r) => <Row key={r.annotator_id} r={r} />)}
          </tbody>
        </table>
      )}
      <p className="muted small">
        Gold accuracy is smoothed by a uniform prior, (correct + 1) / (total + 2), so 2 right of 2 reads 75%; the range
        is its 95% credible interval. The estimate, which weighted votes use, goes by gold from 5 gold answers on, by
        Dawid–Skene below that where a Dawid–Skene recompute has fitted one.
      </p>
    </Section>
  );
}

function Row({ r }: { r: Reliability }) {
  const ds = (r.dawid_skene as number | null | undefined) ?? null;
  return (
    <tr data-testid="reliability-row" data-annotator={r.annotator}>
      <th scope="row">{r.annotator}</th>
      <td className="num" data-testid="gold-count">{r.gold_correct} / {r.gold_total}</td>
      <td className="num">
        {percent(r.gold_accuracy)} <span className="muted small">({percent(r.gold_lower)}–{percent(r.gold_upper)})</span>
      </td>
      <td className="num">{ds === null ? '–' : percent(ds)}</td>
      <td className="num" data-testid="estimate">{percent(r.estimate)}</td>
      <td data-testid="basis">{r.basis === 'dawid_skene' ? 'Dawid–Skene' : 'gold'}</td>
    </tr>
  );
}
