import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, must } from '../../api/client';
import type { ProjectDetail } from '../../api/types';
import { ErrorNote, Loading, PromptVersion, Section } from '../../app/ui';

/**
 * Picks one of the server's suggesters that can suggest for the project (the API lists only those its suggest
 * call accepts for the project's task type and template) and starts a suggestion job with it (owners).
 */
export function RunSection({ project, editable, onStarted }: {
  project: ProjectDetail; editable: boolean; onStarted: (jobId: number) => void;
}) {
  const projectId = project.id;
  const queryClient = useQueryClient();
  const suggesters = useQuery({
    queryKey: ['suggesters', projectId, project.template.version],
    queryFn: () => must(api.GET('/api/suggesters', { params: { query: { project: projectId } } })),
    staleTime: Infinity,
  });
  const [picked, setPicked] = useState('');
  const list = suggesters.data ?? [];
  const name = picked || list[0]?.name || '';
  const chosen = list.find((s) => s.name === name);
  const run = useMutation({
    mutationFn: (suggester: string) =>
      must(api.POST('/api/projects/{id}/tasks/suggest', { params: { path: { id: projectId } }, body: { suggester } })),
    onSuccess: (job) => {
      queryClient.setQueryData(['job', job.id], job);
      void queryClient.invalidateQueries({ queryKey: ['jobs', projectId] });
      onStarted(job.id);
    },
  });
  const fieldError = run.error instanceof ApiError
    ? run.error.problems.filter((p) => p.field === 'suggester').map((p) => p.message).join('; ')
    : '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editable && name) run.mutate(name);
  };
  return (
    <Section title="Run a model" id="sg-run">
      <p className="muted small">
        The model suggests a label for every example it has not suggested for yet under the same prompt version, in
        the background. Suggestions are assistance: never a vote, never ground truth.
      </p>
      <ErrorNote error={suggesters.error} title="Models" />
      {!suggesters.data ? (
        !suggesters.error && <Loading what="models" />
      ) : list.length === 0 ? (
        <p className="muted" data-testid="no-suggesters">
          No model this server runs can suggest labels for a {project.task_type.replace(/_/g, ' ')} project.
        </p>
      ) : (
        <form onSubmit={submit} aria-label="Run a model">
          <label htmlFor="sg-suggester">Model</label>
          <div className="row center">
            <select
              id="sg-suggester"
              value={name}
              onChange={(e) => { setPicked(e.target.value); run.reset(); }}
              {...(fieldError ? { 'aria-invalid': true, 'aria-describedby': 'sg-suggester-error' } : {})}
            >
              {list.map((s) => (
                <option key={s.name} value={s.name}>{`${s.name} — ${s.provider} · ${s.model}`}</option>
              ))}
            </select>
            <button type="submit" disabled={!editable || run.isPending}>
              {run.isPending ? 'Starting…' : 'Run'}
            </button>
          </div>
          {chosen?.prompt_version && (
            <div className="muted small help"><PromptVersion version={chosen.prompt_version} /></div>
          )}
          {fieldError && <p className="missing" id="sg-suggester-error" data-testid="sg-suggester-error">{fieldError}</p>}
          {!editable && <p className="muted small">Only the project's owners run models.</p>}
        </form>
      )}
      {!fieldError && <ErrorNote error={run.error} title="Not started" />}
    </Section>
  );
}
