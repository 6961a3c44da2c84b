import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, must, type Problem } from '../../api/client';
import type { SuggestionSettings } from '../../api/types';
import { ErrorNote, Loading, ProblemTable, Section } from '../../app/ui';
import { fieldProblems, numberOrText, type SettingsField } from './format';

const VISIBILITY: { value: string; title: string; help: string }[] = [
  { value: 'shown', title: 'Shown', help: 'every annotator sees the latest suggestion beside the task' },
  { value: 'hidden', title: 'Hidden', help: 'nobody sees them; models still run for the report and the review queue' },
  { value: 'ablation', title: 'Ablation', help: 'a random share of assignments hides them, to measure anchoring' },
];

const ACTIVE_LEARNING: { value: string; title: string }[] = [
  { value: 'off', title: 'Off: tasks in upload order' },
  { value: 'margin', title: 'Margin: closest call between the two likeliest labels first' },
  { value: 'entropy', title: 'Entropy: most spread-out model distribution first' },
];

/** Whether and how annotators see suggestions, and active learning: a form for owners, read-only for reviewers. */
export function SettingsSection({ projectId, editable }: { projectId: number; editable: boolean }) {
  const settings = useQuery({
    queryKey: ['suggestion-settings', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/suggestions/settings', { params: { path: { id: projectId } } })),
  });
  return (
    <Section title="Suggestion settings" id="sg-settings">
      <ErrorNote error={settings.error} />
      {settings.data ? (
        <SettingsForm projectId={projectId} saved={settings.data} editable={editable} />
      ) : (
        !settings.error && <Loading what="suggestion settings" />
      )}
    </Section>
  );
}

/** The form's values: the share box keeps its text until saved. */
interface Draft {
  visibility: string;
  ablation_share: string;
  active_learning: string;
}

function draftOf(s: SuggestionSettings): Draft {
  return { visibility: s.visibility, ablation_share: String(s.ablation_share), active_learning: s.active_learning };
}

function SettingsForm({ projectId, saved, editable }: { projectId: number; saved: SuggestionSettings; editable: boolean }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(saved));
  const save = useMutation({
    mutationFn: () =>
      must(
        api.PUT('/api/projects/{id}/suggestions/settings', {
          params: { path: { id: projectId } },
          // the share goes only under ablation (fields left out keep their value), as typed for the server to judge
          body: {
            visibility: draft.visibility,
            active_learning: draft.active_learning,
            ...(draft.visibility === 'ablation' ? { ablation_share: numberOrText(draft.ablation_share) } : {}),
          } as never,
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(['suggestion-settings', projectId], next);
      setDraft(draftOf(next));
    },
  });
  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    if (save.isSuccess) save.reset();
  };
  const problems = save.error instanceof ApiError ? fieldProblems(save.error.problems) : { byField: {}, rest: [] };
  const err = (f: SettingsField): string | undefined => (problems.byField as Partial<Record<SettingsField, string>>)[f];
  const invalid = (f: SettingsField, id: string) => (err(f) ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editable) save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Suggestion settings" noValidate>
      {!editable && <p className="muted small">Only the project's owners change these settings.</p>}
      <fieldset className="whole" disabled={!editable || save.isPending}>
        <fieldset className={`question${err('visibility') ? ' flagged' : ''}`} {...invalid('visibility', 'sg-visibility')}>
          <legend className="small">Annotators see model suggestions</legend>
          {VISIBILITY.map((v) => (
            <label key={v.value} className="check" htmlFor={`sg-visibility-${v.value}`}>
              <input
                type="radio"
                name="sg-visibility"
                id={`sg-visibility-${v.value}`}
                value={v.value}
                checked={draft.visibility === v.value}
                onChange={() => set({ visibility: v.value })}
              />
              <span><strong>{v.title}</strong>: <span className="muted">{v.help}</span></span>
            </label>
          ))}
          {err('visibility') && <FieldError id="sg-visibility" message={err('visibility')!} />}
        </fieldset>
        <Field id="sg-ablation-share" label="Share of assignments that hide suggestions under ablation (between 0 and 1)" error={err('ablation_share')}>
          <input
            id="sg-ablation-share"
            {...invalid('ablation_share', 'sg-ablation-share')}
            type="number"
            className="short"
            min={0.05}
            max={0.95}
            step={0.05}
            disabled={draft.visibility !== 'ablation'}
            value={draft.ablation_share}
            onChange={(e) => set({ ablation_share: e.target.value })}
          />
        </Field>
        <Field id="sg-active-learning" label="Active learning: the order of the annotators' queue" error={err('active_learning')}>
          <select
            id="sg-active-learning"
            {...invalid('active_learning', 'sg-active-learning')}
            value={draft.active_learning}
            onChange={(e) => set({ active_learning: e.target.value })}
          >
            {ACTIVE_LEARNING.map((a) => (
              <option key={a.value} value={a.value}>{a.title}</option>
            ))}
          </select>
          <p className="muted small help">
            Most uncertain first, by each open task's latest suggestion: saving a change reorders the queue at once,
            and later runs order what they suggest for; “Off” returns to upload order.
          </p>
        </Field>
      </fieldset>
      {editable && (
        <div className="actions">
          <button type="submit" disabled={save.isPending}>Save settings</button>
          {save.isSuccess && (
            <span role="status" className="align-end" data-testid="sg-settings-saved">Saved: they apply to the next tasks claimed.</span>
          )}
        </div>
      )}
      <SaveError error={save.error} rest={problems.rest} />
    </form>
  );
}

/** Why a save was refused: the fields' own problems are shown next to them, the rest here. */
function SaveError({ error, rest }: { error: unknown; rest: Problem[] }) {
  if (!error) return null;
  if (!(error instanceof ApiError) || error.problems.length === 0) return <ErrorNote error={error} title="Not saved" />;
  return (
    <div className="error" role="alert" data-testid="sg-settings-not-saved">
      <p><strong>Not saved:</strong> {rest.length > 0 ? 'the settings have problems, listed below.' : 'see the fields marked above.'}</p>
      {rest.length > 0 && <ProblemTable problems={rest} caption={`${rest.length} problem${rest.length === 1 ? '' : 's'}`} />}
    </div>
  );
}

/** A labelled control with its error, if any, tied to it. */
function Field({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: ReactNode }) {
  return (
    <div className={`question${error ? ' flagged' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && <FieldError id={id} message={error} />}
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="missing" id={`${id}-error`} data-testid={`${id}-error`}>
      {message}
    </p>
  );
}
