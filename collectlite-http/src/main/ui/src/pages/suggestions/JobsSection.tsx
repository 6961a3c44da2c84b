import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, must } from '../../api/client';
import type { Job } from '../../api/types';
import { ErrorNote, formatTime, Loading, PromptVersion, Section } from '../../app/ui';
import { isActive, jobTitle, progress } from './format';

/** A job, polled every second while it is queued or running; `enabled` false reads the cache only. */
function useJob(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['job', id],
    queryFn: () => must(api.GET('/api/jobs/{id}', { params: { path: { id } } })),
    enabled,
    refetchInterval: (query) => (isActive(query.state.data?.status) ? 1_000 : false),
  });
}

/** The project's suggestion jobs, newest first, with live progress, and the details of the selected one. */
export function JobsSection({ projectId, selected, onSelect }: {
  projectId: number; selected: number | null; onSelect: (jobId: number) => void;
}) {
  const jobs = useQuery({
    queryKey: ['jobs', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/jobs', { params: { path: { id: projectId } } })),
  });
  const current = selected ?? jobs.data?.[0]?.id ?? null;
  return (
    <Section title="Jobs" id="sg-jobs">
      <ErrorNote error={jobs.error} />
      {!jobs.data ? (
        !jobs.error && <Loading what="jobs" />
      ) : jobs.data.length === 0 ? (
        <p className="muted" data-testid="jobs-none">No job has run on this project yet.</p>
      ) : (
        <table data-testid="jobs">
          <caption className="sr-only">Suggestion jobs, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">What</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col" className="num" title="Examples the model suggested a label for (a near-duplicate check: examples checked; the near-duplicates it found follow in brackets)">Suggested</th>
              <th scope="col" className="num" title="Examples the model could not answer, after retries">Failed</th>
              <th scope="col" className="num" title="Examples it had already suggested for under the same prompt version (a near-duplicate check: examples an export may hold, whose split stays)">Skipped</th>
            </tr>
          </thead>
          <tbody>
            {jobs.data.map((j) => (
              <JobRow key={j.id} listed={j} projectId={projectId} selected={j.id === current} onSelect={onSelect} />
            ))}
          </tbody>
        </table>
      )}
      {current !== null && <JobDetail id={current} />}
    </Section>
  );
}

/**
 * One job of the list: polled while the list says it may change; once it ends, the list, the report
 * and the pages that show suggestions are refreshed.
 */
function JobRow({ listed, projectId, selected, onSelect }: {
  listed: Job; projectId: number; selected: boolean; onSelect: (jobId: number) => void;
}) {
  const queryClient = useQueryClient();
  const live = useJob(listed.id, isActive(listed.status));
  // an ended job never changes again: the list's word is final, even over an older cached poll
  const job = isActive(listed.status) ? live.data ?? listed : listed;
  const wasActive = useRef(isActive(listed.status) || isActive(queryClient.getQueryData<Job>(['job', listed.id])?.status));
  useEffect(() => {
    if (!wasActive.current || isActive(job.status)) return;
    wasActive.current = false;
    for (const key of ['jobs', 'suggestion-report', 'dashboard', 'review']) {
      void queryClient.invalidateQueries({ queryKey: [key, projectId] });
    }
  }, [job.status, projectId, queryClient]);
  const p = progress(job);
  return (
    <tr className={selected ? 'selected' : undefined} data-testid="job-row" data-job={job.id} data-status={job.status}>
      <td>
        <button type="button" className="link" aria-pressed={selected} onClick={() => onSelect(job.id)}>
          #{job.id}
        </button>
      </td>
      <td className="job-what">
        {jobTitle(job)}
        {job.model && <div className="muted small wrap-anywhere">{job.model}</div>}
      </td>
      <td><span className={`badge status ${job.status}`} data-testid="job-status">{job.status}</span></td>
      <td className="job-progress">
        <progress
          max={Math.max(1, job.total)}
          {...(job.status === 'queued' ? {} : { value: job.status === 'done' && job.total === 0 ? 1 : job.processed })}
          aria-label={`Job ${job.id} progress`}
        />
        <div className="small" data-testid="job-progress">{p.text}</div>
      </td>
      <td className="num" data-testid="job-suggested">
        {job.suggested}
        {job.kind === 'near_duplicates' && <span className="muted small" title="near-duplicates found"> ({job.found} found)</span>}
      </td>
      <td className="num" data-testid="job-failed">{job.failed}</td>
      <td className="num" data-testid="job-skipped">{job.skipped}</td>
    </tr>
  );
}

/** The selected job: when it ran, its error, and the first examples it failed on. */
function JobDetail({ id }: { id: number }) {
  const detail = useJob(id, true);
  const job = detail.data;
  if (detail.error) return <ErrorNote error={detail.error} title={`Job ${id}`} />;
  if (!job) return <Loading what={`job ${id}`} />;
  return (
    <div className="job-detail" data-testid="job-detail" data-job={job.id} aria-live="polite">
      <h3>
        Job #{job.id}: {jobTitle(job)} <span className={`badge status ${job.status}`}>{job.status}</span>
      </h3>
      <p className="muted small wrap-anywhere">{[job.provider, job.model].filter(Boolean).join(' · ') || 'no model'}</p>
      {job.prompt_version && <div className="muted small"><PromptVersion version={job.prompt_version} /></div>}
      <p className="muted small wrap-anywhere">
        Queued {formatTime(job.created_at)} · started {formatTime(job.started_at)} · finished {formatTime(job.finished_at)}
      </p>
      {job.error && <p className="missing wrap-anywhere" data-testid="job-error">{job.error}</p>}
      {job.failures.length === 0 ? (
        <p className="muted small" data-testid="job-failures-none">{job.failed === 0 ? 'No failures.' : 'Failures not listed.'}</p>
      ) : (
        <table data-testid="job-failures">
          <caption>
            {job.failures.length < job.failed ? `First ${job.failures.length} of ${job.failed} failures` : 'Failures'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Example</th>
              <th scope="col">Error</th>
              <th scope="col" className="num">Attempts</th>
            </tr>
          </thead>
          <tbody>
            {job.failures.map((f) => (
              <tr key={`${f.example_id}-${f.created_at}`}>
                <td className="wrap-anywhere"><code>{f.example_id}</code></td>
                <td className="wrap-anywhere">{f.error}</td>
                <td className="num">{f.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
