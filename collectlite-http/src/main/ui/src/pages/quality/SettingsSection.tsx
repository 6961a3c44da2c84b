import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, must, type Problem } from '../../api/client';
import type { ProjectDetail, QualitySettings } from '../../api/types';
import { ErrorNote, Loading, ProblemTable, Section } from '../../app/ui';
import { fieldProblems, methodsFor, METHODS, numberOrText, type SettingsField } from './settings';

/** The project's quality settings: a form for owners, the same form read-only for reviewers. */
export function SettingsSection({ project, editable }: { project: ProjectDetail; editable: boolean }) {
  const settings = useQuery({
    queryKey: ['quality', project.id],
    queryFn: () => must(api.GET('/api/projects/{id}/quality', { params: { path: { id: project.id } } })),
  });
  return (
    <Section title="Quality settings" id="quality-settings">
      <ErrorNote error={settings.error} />
      {settings.data ? (
        <SettingsForm project={project} saved={settings.data} editable={editable} />
      ) : (
        !settings.error && <Loading what="quality settings" />
      )}
    </Section>
  );
}

/** The form's values: number boxes keep their text until saved. */
interface Draft {
  aggregation: string;
  min_agreement: string;
  review_low_confidence: boolean;
  model_on: boolean;
  model_disagreement: string;
  gold_rate: string;
  failed_gold_review: string;
}

function draftOf(s: QualitySettings): Draft {
  const model = (s.model_disagreement as number | null | undefined) ?? null;
  return {
    aggregation: s.aggregation,
    min_agreement: String(s.min_agreement),
    review_low_confidence: s.review_low_confidence,
    model_on: model !== null,
    model_disagreement: String(model ?? 0.8),
    gold_rate: String(s.gold_rate),
    failed_gold_review: String(s.failed_gold_review),
  };
}

function SettingsForm({ project, saved, editable }: { project: ProjectDetail; saved: QualitySettings; editable: boolean }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(saved));
  const primary = project.template?.schema?.questions?.[0] ?? project.template?.question;
  const methods = methodsFor(primary?.kind);
  // a stored method that no longer fits stays listed, so the form shows what is in force
  const offered = methods.some((m) => m.value === draft.aggregation)
    ? methods
    : [...methods, ...METHODS.filter((m) => m.value === draft.aggregation)];
  const save = useMutation({
    mutationFn: () =>
      must(
        api.PUT('/api/projects/{id}/quality', {
          params: { path: { id: project.id } },
          // numbers the form cannot read go as typed, for the server to name; null turns the model rule off
          body: {
            aggregation: draft.aggregation,
            min_agreement: numberOrText(draft.min_agreement),
            review_low_confidence: draft.review_low_confidence,
            model_disagreement: draft.model_on ? numberOrText(draft.model_disagreement) : null,
            gold_rate: numberOrText(draft.gold_rate),
            failed_gold_review: numberOrText(draft.failed_gold_review),
          } as never,
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(['quality', project.id], next);
      setDraft(draftOf(next));
      void queryClient.invalidateQueries({ queryKey: ['reliability', project.id] });
    },
  });
  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    if (save.isSuccess) save.reset();
  };
  const problems: ReturnType<typeof fieldProblems> =
    save.error instanceof ApiError ? fieldProblems(save.error.problems) : { byField: {}, rest: [] };
  const err = (f: SettingsField) => problems.byField[f];
  /** Marks a control invalid and points it at its error while its field has one. */
  const invalid = (f: SettingsField, id: string) =>
    err(f) ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editable) save.mutate();
  };
  const method = METHODS.find((m) => m.value === draft.aggregation);
  return (
    <form onSubmit={submit} aria-label="Quality settings" noValidate>
      {!editable && <p className="muted small">Only the project's owners change these settings.</p>}
      <fieldset className="whole" disabled={!editable || save.isPending}>
        <Field id="q-aggregation" label="Aggregation" error={err('aggregation')}>
          <select id="q-aggregation" {...invalid('aggregation', 'q-aggregation')} value={draft.aggregation} onChange={(e) => set({ aggregation: e.target.value })}>
            {offered.map((m) => (
              <option key={m.value} value={m.value}>{m.title}</option>
            ))}
          </select>
          {method && <p className="muted small help">{method.help}</p>}
        </Field>
        <Field id="q-min-agreement" label="Minimum agreement (0–1): a task scoring below it goes to review" error={err('min_agreement')}>
          <input id="q-min-agreement" {...invalid('min_agreement', 'q-min-agreement')} type="number" className="short" min={0} max={1} step={0.05} value={draft.min_agreement} onChange={(e) => set({ min_agreement: e.target.value })} />
        </Field>
        <label className="check">
          <input id="q-low-confidence" {...invalid('review_low_confidence', 'q-low-confidence')} type="checkbox" checked={draft.review_low_confidence} onChange={(e) => set({ review_low_confidence: e.target.checked })} />
          Review a task when an annotator marked their answer low confidence
        </label>
        {err('review_low_confidence') && <FieldError id="q-low-confidence" message={err('review_low_confidence')!} />}
        <fieldset className={`question${err('model_disagreement') ? ' flagged' : ''}`}>
          <legend className="small">Review when a model suggestion disagrees with the consensus</legend>
          <div className="row center">
            <label className="check">
              <input type="radio" name="q-model" id="q-model-off" checked={!draft.model_on} onChange={() => set({ model_on: false })} />
              Off
            </label>
            <label className="check">
              <input type="radio" name="q-model" id="q-model-on" checked={draft.model_on} onChange={() => set({ model_on: true })} />
              When the model is at least
            </label>
            <input id="q-model-threshold" {...invalid('model_disagreement', 'q-model-threshold')} aria-label="Model confidence threshold (0–1)" type="number" className="short" min={0} max={1} step={0.05} disabled={!draft.model_on} value={draft.model_disagreement} onChange={(e) => set({ model_disagreement: e.target.value })} />
            <span>confident</span>
          </div>
          {err('model_disagreement') && <FieldError id="q-model-threshold" message={err('model_disagreement')!} />}
        </fieldset>
        <Field id="q-gold-rate" label="Gold rate (0–0.5): the share of each annotator's claims served from gold tasks" error={err('gold_rate')}>
          <input id="q-gold-rate" {...invalid('gold_rate', 'q-gold-rate')} type="number" className="short" min={0} max={0.5} step={0.05} value={draft.gold_rate} onChange={(e) => set({ gold_rate: e.target.value })} />
        </Field>
        <Field id="q-failed-gold" label="Recent tasks of an annotator who fails a gold task sent back to review (0–1000; 0: none)" error={err('failed_gold_review')}>
          <input id="q-failed-gold" {...invalid('failed_gold_review', 'q-failed-gold')} type="number" className="short" min={0} max={1000} step={1} value={draft.failed_gold_review} onChange={(e) => set({ failed_gold_review: e.target.value })} />
        </Field>
      </fieldset>
      {editable && (
        <div className="actions">
          <button type="submit" disabled={save.isPending}>Save</button>
          {save.isSuccess && <span role="status" className="align-end" data-testid="settings-saved">Saved. They apply to tasks decided from now on; recompute to apply them to the rest.</span>}
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
    <div className="error" role="alert" data-testid="settings-not-saved">
      <p><strong>Not saved:</strong> {rest.length > 0 ? 'the settings have problems, listed below.' : 'see the fields marked above.'}</p>
      {rest.length > 0 && <ProblemTable problems={rest} caption={`${rest.length} problem${rest.length === 1 ? '' : 's'}`} />}
    </div>
  );
}

/** A labelled control with its error, if any, announced and tied to it. */
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
