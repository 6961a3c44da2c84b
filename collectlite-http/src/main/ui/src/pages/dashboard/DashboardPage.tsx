import { useQuery } from '@tanstack/react-query';
import { api, must } from '../../api/client';
import type { Dashboard } from '../../api/types';
import { ProjectFrame } from '../../app/ProjectHeader';
import { ErrorNote, Loading, Section } from '../../app/ui';
import {
  ActivityChart, BacklogChart, GoldAccuracyChart, LabelAgreementChart, LabelDistributionChart, ThroughputChart,
} from './charts';
import { alpha, labelRows, latency, percent, readable } from './series';

/** A project's quality dashboard, for owners and reviewers; loaded on demand with its charting library. */
export default function DashboardPage({ id }: { id: number }) {
  return <ProjectFrame id={id} current="dashboard">{() => <DashboardBody projectId={id} />}</ProjectFrame>;
}

function DashboardBody({ projectId }: { projectId: number }) {
  const dashboard = useQuery({
    queryKey: ['dashboard', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/dashboard', { params: { path: { id: projectId } } })),
    refetchInterval: 30_000,
  });
  if (dashboard.error) return <ErrorNote error={dashboard.error} title="Dashboard" />;
  const d = dashboard.data;
  if (!d) return <Loading what="dashboard" />;
  return (
    <>
      <Summary d={d} />
      {d.export_readiness.tasks === 0 ? (
        <p className="card muted" data-testid="d-empty">
          No tasks yet: upload data and generate tasks on the Overview page, and the figures appear here.
        </p>
      ) : (
        <div className="grid">
          <div className="col">
            <Activity d={d} />
            <Annotators d={d} />
            <Backlog d={d} />
          </div>
          <div className="col">
            <Agreement d={d} />
            <Labels d={d} />
            <Gold d={d} />
            <Model d={d} />
          </div>
        </div>
      )}
    </>
  );
}

function Summary({ d }: { d: Dashboard }) {
  const r = d.export_readiness;
  const m = d.model_disagreement;
  const annotations = d.annotators.reduce((sum, a) => sum + a.annotations, 0);
  return (
    <section className="card" aria-label="Summary">
      <dl className="stats">
        <div>
          <dt>Ready for export</dt>
          <dd data-testid="d-readiness">{percent(r.share)}</dd>
          <dd className="small muted" data-testid="d-resolved">{`${r.resolved} of ${r.tasks} tasks`}</dd>
        </div>
        <div>
          <dt>Review backlog</dt>
          <dd data-testid="d-backlog">{d.review_backlog.tasks}</dd>
        </div>
        <div>
          <dt title="Krippendorff's alpha on the first question: 1 perfect, 0 chance level">Agreement (α)</dt>
          <dd data-testid="d-alpha">{d.agreement ? alpha(d.agreement.alpha) : '–'}</dd>
          <dd className="small muted">{d.agreement ? `${d.agreement.level}, ${d.agreement.pairable_values} annotations` : 'not yet defined'}</dd>
        </div>
        <div>
          <dt title="Share of tasks with a final label whose latest model suggestion is another label">Model–human disagreement</dt>
          <dd data-testid="d-model">{percent(m.rate)}</dd>
          <dd className="small muted" data-testid="d-model-count">{`of ${m.compared_tasks} tasks`}</dd>
        </div>
        <div>
          <dt>Annotations</dt>
          <dd data-testid="d-annotations">{annotations}</dd>
          <dd className="small muted">{`${d.annotators.length} annotator${d.annotators.length === 1 ? '' : 's'}`}</dd>
        </div>
      </dl>
    </section>
  );
}

function Activity({ d }: { d: Dashboard }) {
  return (
    <Section title="Activity by day (UTC)" id="d-activity">
      {d.activity.length === 0 ? <p className="muted">Nothing has happened yet.</p> : <ActivityChart days={d.activity} />}
    </Section>
  );
}

function Annotators({ d }: { d: Dashboard }) {
  return (
    <Section title="Annotators" id="d-annotators">
      {d.annotators.length === 0 ? (
        <p className="muted">No annotations yet.</p>
      ) : (
        <>
          <ThroughputChart annotators={d.annotators} />
          <table className="compact" data-testid="d-annotator-table">
            <thead>
              <tr>
                <th scope="col">Annotator</th>
                <th scope="col" className="num">Annotations</th>
                <th scope="col" className="num" title="Over annotations made in the workbench">Median time</th>
                <th scope="col" className="num">Mean time</th>
                <th scope="col" className="num" title="Share of their labels on resolved tasks that match the final label">Agrees with final</th>
              </tr>
            </thead>
            <tbody>
              {d.annotators.map((a) => (
                <tr key={a.annotator_id}>
                  <th scope="row">{a.name}</th>
                  <td className="num">{a.annotations}</td>
                  <td className="num">{latency(a.median_latency_ms)}</td>
                  <td className="num">{latency(a.mean_latency_ms)}</td>
                  <td className="num">{percent(a.agreement_with_final)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}

function Agreement({ d }: { d: Dashboard }) {
  const undefinedLabels = d.label_agreement.filter((l) => l.alpha == null).map((l) => readable(l.label));
  return (
    <Section title="Agreement" id="d-agreement">
      {!d.agreement ? (
        <p className="muted">
          Alpha needs tasks with two or more annotations that do not all share one label.
        </p>
      ) : (
        <>
          <p>
            Krippendorff's α <strong>{alpha(d.agreement.alpha)}</strong> at the {d.agreement.level} level over{' '}
            {d.agreement.pairable_values} annotations; per label, α of "this label or another" (dashed: 0.8).
          </p>
          <LabelAgreementChart labels={d.label_agreement} />
          {undefinedLabels.length > 0 && (
            <p className="small muted">Undefined for: {undefinedLabels.join(', ')} (every pairable annotation has it).</p>
          )}
        </>
      )}
    </Section>
  );
}

function Labels({ d }: { d: Dashboard }) {
  const rows = labelRows(d.labels.final_labels, d.labels.annotations);
  return (
    <Section title="Label distribution" id="d-labels">
      {rows.length === 0 ? (
        <p className="muted">No labels yet.</p>
      ) : (
        <>
          <LabelDistributionChart labels={d.labels} />
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col" className="num">Final</th>
                <th scope="col" className="num">Annotations</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{readable(r.label)}</th>
                  <td className="num">{`${r.final} (${percent(r.finalShare)})`}</td>
                  <td className="num">{`${r.annotations} (${percent(r.annotationShare)})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}

function Backlog({ d }: { d: Dashboard }) {
  const reasons = Object.entries(d.review_backlog.by_reason);
  return (
    <Section title="Review backlog by reason" id="d-backlog">
      {reasons.length === 0 ? (
        <p className="muted" data-testid="d-backlog-empty">Nothing waits for review.</p>
      ) : (
        <>
          <BacklogChart byReason={d.review_backlog.by_reason} />
          <ul className="plain">
            {reasons.map(([reason, tasks]) => (
              <li key={reason}>
                {readable(reason)}: <strong data-testid={`d-reason-${reason}`}>{tasks}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function Gold({ d }: { d: Dashboard }) {
  const rows = d.gold_accuracy.filter((r) => r.gold_total > 0);
  return (
    <Section title="Gold accuracy per annotator" id="d-gold">
      {rows.length === 0 ? (
        <p className="muted">No annotator has answered a gold task yet.</p>
      ) : (
        <>
          <GoldAccuracyChart rows={d.gold_accuracy} />
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">Annotator</th>
                <th scope="col" className="num">Right / gold</th>
                <th scope="col" className="num">Accuracy (95% interval)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.annotator_id}>
                  <th scope="row">{r.annotator}</th>
                  <td className="num" data-testid={`d-gold-${r.annotator}`}>{`${r.gold_correct} / ${r.gold_total}`}</td>
                  <td className="num">{`${percent(r.gold_accuracy)} (${percent(r.gold_lower)}–${percent(r.gold_upper)})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted help">Smoothed: n of n right reads (n + 1) / (n + 2), never 100%.</p>
        </>
      )}
    </Section>
  );
}

function Model({ d }: { d: Dashboard }) {
  const m = d.model_disagreement;
  return (
    <Section title="Model–human disagreement" id="d-model">
      {m.compared_tasks === 0 ? (
        <p className="muted">No task with a final label has a model suggestion yet.</p>
      ) : (
        <p>
          The latest model suggestion differs from the final label on <strong>{m.disagreeing_tasks}</strong> of{' '}
          {m.compared_tasks} tasks ({percent(m.rate)}).
        </p>
      )}
    </Section>
  );
}
