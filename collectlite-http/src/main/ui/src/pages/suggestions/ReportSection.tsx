import { useQuery } from '@tanstack/react-query';
import { api, must } from '../../api/client';
import type { ModelReport, ProjectDetail, Share, SuggestionReport } from '../../api/types';
import { ErrorNote, Loading, promptTitle, Section } from '../../app/ui';
import { anchoringReading, decimal, difference, shareWithInterval } from './format';

/** Each model against the settled labels, and the anchoring the ablation measured. */
export function ReportSection({ project }: { project: ProjectDetail }) {
  const report = useQuery({
    queryKey: ['suggestion-report', project.id],
    queryFn: () => must(api.GET('/api/projects/{id}/suggestions/report', { params: { path: { id: project.id } } })),
    refetchInterval: 30_000,
  });
  return (
    <Section title="Models against the settled labels" id="sg-report">
      <ErrorNote error={report.error} />
      {report.data ? <Report report={report.data} /> : !report.error && <Loading what="report" />}
    </Section>
  );
}

function Report({ report }: { report: SuggestionReport }) {
  const graded = report.models.some((m) => m.spearman != null || m.ndcg != null);
  return (
    <>
      {report.models.length === 0 ? (
        <p className="muted" data-testid="report-none">No model has suggested for a task with a settled label yet.</p>
      ) : (
        <table data-testid="report-models">
          <caption className="sr-only">Each model against the settled labels</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" className="num" title="Share of settled tasks whose final label its latest suggestion matched, with its 95% Wilson interval">
                Accuracy
              </th>
              {graded && <th scope="col" className="num" title="Rank correlation of its scores with the final grades">Spearman</th>}
              {graded && <th scope="col" className="num" title="Mean nDCG@k over the queries, final grades as gains">nDCG@k</th>}
            </tr>
          </thead>
          <tbody>
            {report.models.map((m) => <ModelRow key={`${m.provider}|${m.model}|${m.prompt_version}`} m={m} graded={graded} />)}
          </tbody>
        </table>
      )}
      <Anchoring a={report.anchoring} />
    </>
  );
}

function ModelRow({ m, graded }: { m: ModelReport; graded: boolean }) {
  return (
    <tr data-testid="model-row" data-model={m.model}>
      <th scope="row" className="wrap-anywhere">
        {m.model}
        <div className="muted small" title={promptTitle(m.prompt_version)}>{m.provider}</div>
      </th>
      <td className="num">
        <span data-testid="model-accuracy">{shareWithInterval(m.accuracy)}</span>
        <div className="muted small">{m.accuracy.successes} / {m.accuracy.trials} tasks</div>
      </td>
      {graded && <td className="num" data-testid="model-spearman">{decimal(m.spearman)}</td>}
      {graded && (
        <td className="num">
          <span data-testid="model-ndcg">{decimal(m.ndcg)}</span>
          <div className="muted small">@{m.k} · {m.rankings} ranking{m.rankings === 1 ? '' : 's'}</div>
        </td>
      )}
    </tr>
  );
}

/** Agreement with the model when suggestions were shown and when hidden, their difference and what it reads as. */
function Anchoring({ a }: { a: SuggestionReport['anchoring'] }) {
  return (
    <section aria-labelledby="sg-anchoring-h" data-testid="anchoring">
      <h3 id="sg-anchoring-h">Anchoring</h3>
      <p className="muted small help">
        How often annotators' labels match the model's latest suggestion, by whether their assignment showed it.
      </p>
      <dl className="stats">
        <Agreement title="Agreement when shown" share={a.shown} testId="anchoring-shown" />
        <Agreement title="Agreement when hidden" share={a.hidden} testId="anchoring-hidden" />
        <div>
          <dt title="Shown minus hidden, in percentage points, with its 95% Newcombe interval">Difference</dt>
          <dd data-testid="anchoring-difference">{difference(a.difference, a.lower, a.upper)}</dd>
          <dd className="small muted">shown − hidden, 95% interval</dd>
        </div>
      </dl>
      <p className="reading" data-testid="anchoring-reading">{anchoringReading(a.difference, a.lower, a.upper)}</p>
    </section>
  );
}

function Agreement({ title, share, testId }: { title: string; share: Share; testId: string }) {
  return (
    <div>
      <dt title="With its 95% Wilson interval">{title}</dt>
      <dd data-testid={testId}>{shareWithInterval(share)}</dd>
      <dd className="small muted">{share.successes} of {share.trials} annotations</dd>
    </div>
  );
}
