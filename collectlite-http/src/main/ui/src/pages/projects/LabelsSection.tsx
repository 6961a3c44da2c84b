import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import type { ProjectDetail } from '../../api/types';
import { ErrorNote, Key, Section } from '../../app/ui';

type Schema = NonNullable<ProjectDetail['template']>['schema'];
type QuestionView = Schema['questions'][number];
type OptionView = NonNullable<QuestionView['options']>[number];
type ListName = 'options' | 'choices' | 'strengths';

/** The option lists of a question the owner may edit, by the field that holds them. */
function listsOf(q: QuestionView): ListName[] {
  if (q.kind === 'pairwise') return q.strengths?.length ? ['choices', 'strengths'] : ['choices'];
  return q.options ? ['options'] : [];
}

/**
 * The current label schema; owners edit prompts, option titles and keys, and add options, which
 * saves a new template version. The server refuses edits that would invalidate earlier annotations
 * (a dropped option value, a changed first question) and names the field.
 */
export function LabelsSection({ project, editable }: { project: ProjectDetail; editable: boolean }) {
  const queryClient = useQueryClient();
  const template = project.template;
  const [draft, setDraft] = useState<Schema | null>(null);
  const save = useMutation({
    mutationFn: (schema: Schema) =>
      must(api.PUT('/api/projects/{id}/template', { params: { path: { id: project.id } }, body: { schema } })),
    onSuccess: () => {
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: ['project', project.id] });
    },
  });
  if (!template) return null;
  const schema = template.schema;
  const edit = (qi: number, change: (q: QuestionView) => QuestionView) =>
    setDraft((d) => (d ? { ...d, questions: d.questions.map((q, i) => (i === qi ? change(q) : q)) } : d));
  const editOption = (qi: number, list: ListName, oi: number, change: Partial<OptionView> | null) =>
    edit(qi, (q) => ({
      ...q,
      [list]: change === null
        ? (q[list] ?? []).filter((_, i) => i !== oi)
        : (q[list] ?? []).map((o, i) => (i === oi ? { ...o, ...change } : o)),
    }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft) save.mutate(draft);
  };

  return (
    <Section title={`Labels · version ${template.version}`} id="labels">
      {draft === null ? (
        <>
          {schema.questions.map((q) => (
            <div key={q.name} className="field" data-testid={`schema-${q.name}`}>
              <h3>
                {q.prompt ?? q.name} <span className="muted small">{q.name} · {q.kind.replace(/_/g, ' ')}{q.required === false ? ' · optional' : ''}</span>
              </h3>
              {listsOf(q).map((list) => (
                <p key={list} className="small">
                  {(q[list] ?? []).map((o) => (
                    <span key={o.value} className="option-chip">
                      <Key>{o.key.toUpperCase()}</Key> {o.title}{' '}
                    </span>
                  ))}
                </p>
              ))}
              {q.kind === 'numeric' && <p className="small muted">{q.min} to {q.max}</p>}
              {q.kind === 'free_text' && q.key && <p className="small muted">Text box, key <Key>{q.key.toUpperCase()}</Key></p>}
            </div>
          ))}
          {editable && (
            <div className="actions">
              <button type="button" onClick={() => setDraft(structuredClone(schema))}>
                Edit labels
              </button>
            </div>
          )}
        </>
      ) : (
        <form onSubmit={submit} aria-label="Edit labels">
          {draft.questions.map((q, qi) => (
            <fieldset key={q.name} className="question">
              <legend>{q.name}</legend>
              <label htmlFor={`lq-${qi}-prompt`}>Prompt</label>
              <input id={`lq-${qi}-prompt`} value={q.prompt ?? ''} onChange={(e) => edit(qi, (x) => ({ ...x, prompt: e.target.value }))} />
              {listsOf(q).map((list) => (
                <div key={list}>
                  <p className="label-small">{list}: value · title · key</p>
                  {(q[list] ?? []).map((o, oi) => {
                    const existing = (schema.questions[qi]?.[list] ?? []).some((old) => old.value === o.value);
                    return (
                      <div className="option-row with-remove" key={oi}>
                        <input aria-label={`${q.name} ${list} ${oi + 1} value`} value={o.value} readOnly={existing}
                          onChange={(e) => editOption(qi, list, oi, { value: e.target.value })} />
                        <input aria-label={`${q.name} ${list} ${oi + 1} title`} value={o.title}
                          onChange={(e) => editOption(qi, list, oi, { title: e.target.value })} />
                        <input aria-label={`${q.name} ${list} ${oi + 1} key`} value={o.key} maxLength={1}
                          onChange={(e) => editOption(qi, list, oi, { key: e.target.value })} />
                        <button type="button" className="link" onClick={() => editOption(qi, list, oi, null)}>
                          Remove
                        </button>
                      </div>
                    );
                  })}
                  {list !== 'choices' && (
                    <button type="button" className="secondary"
                      onClick={() => edit(qi, (x) => ({ ...x, [list]: [...(x[list] ?? []), { value: '', title: '', key: '' }] }))}>
                      Add option to {q.name}
                    </button>
                  )}
                </div>
              ))}
              {q.kind === 'free_text' && (
                <>
                  <label htmlFor={`lq-${qi}-key`}>Key that focuses the box</label>
                  <input id={`lq-${qi}-key`} className="short" maxLength={1} value={q.key ?? ''} onChange={(e) => edit(qi, (x) => ({ ...x, key: e.target.value }))} />
                </>
              )}
            </fieldset>
          ))}
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              Save labels as new version
            </button>
            <button type="button" className="secondary" onClick={() => { setDraft(null); save.reset(); }}>
              Cancel
            </button>
          </div>
          <ErrorNote error={save.error} title="Labels not saved" />
        </form>
      )}
    </Section>
  );
}
