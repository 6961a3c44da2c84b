import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import { href, navigate } from '../../app/router';
import { ErrorNote, Loading } from '../../app/ui';

/** Every project the user belongs to, and a form to start a new one. */
export function ProjectsPage() {
  const projects = useQuery({ queryKey: ['projects'], queryFn: () => must(api.GET('/api/projects')) });
  return (
    <main className="split">
      <section className="card" aria-labelledby="projects-h">
        <h1 id="projects-h">Projects</h1>
        {projects.error ? <ErrorNote error={projects.error} /> : null}
        {!projects.data ? (
          <Loading what="projects" />
        ) : projects.data.length === 0 ? (
          <p className="muted">No projects yet. Create one, or ask an owner to add you.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Your role</th>
                <th scope="col" className="num">Overlap</th>
              </tr>
            </thead>
            <tbody>
              {projects.data.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a href={href({ page: 'project', id: p.id })}>{p.name}</a>
                  </td>
                  <td>{(p.task_type ?? '').replace(/_/g, ' ')}</td>
                  <td>{p.role}</td>
                  <td className="num">{p.overlap}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <NewProjectForm />
    </main>
  );
}

/** The task types, with the row fields each reads from an uploaded file. */
const TYPES: { value: string; title: string; fields: string[] }[] = [
  { value: 'document_relevance', title: 'Document relevance', fields: ['query', 'document'] },
  { value: 'pairwise_preference', title: 'Pairwise preference', fields: ['prompt', 'response_a', 'response_b'] },
  { value: 'classification', title: 'Classification', fields: ['text'] },
  { value: 'qa_validation', title: 'QA validation', fields: ['context', 'question', 'answer'] },
  { value: 'critique', title: 'Critique', fields: ['prompt', 'response'] },
];

interface Mapping {
  field: string;
  column: string;
}

function NewProjectForm() {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [taskType, setTaskType] = useState('document_relevance');
  const [instructions, setInstructions] = useState('');
  const [overlap, setOverlap] = useState(2);
  const [labels, setLabels] = useState('');
  const [multiLabel, setMultiLabel] = useState(false);
  const [mapping, setMapping] = useState<Mapping[]>([]);
  const type = TYPES.find((t) => t.value === taskType) ?? TYPES[0]!;
  const classification = taskType === 'classification';
  const create = useMutation({
    mutationFn: () => {
      const fieldMapping = Object.fromEntries(mapping.filter((m) => m.column.trim()).map((m) => [m.field, m.column.trim()]));
      const labelList = labels.split(',').map((l) => l.trim()).filter(Boolean);
      return must(
        api.POST('/api/projects', {
          body: {
            name: name.trim(),
            task_type: taskType,
            instructions,
            overlap,
            ...(classification && labelList.length ? { labels: labelList } : {}),
            ...(classification ? { multi_label: multiLabel } : {}),
            ...(Object.keys(fieldMapping).length ? { field_mapping: fieldMapping } : {}),
          },
        }),
      );
    },
    onSuccess: (project) => {
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
      navigate({ page: 'project', id: project.id });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const setRow = (i: number, row: Partial<Mapping>) => setMapping((all) => all.map((m, j) => (j === i ? { ...m, ...row } : m)));
  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-h">
      <h2 id="new-h">New project</h2>
      <label htmlFor="np-name">Name</label>
      <input id="np-name" value={name} onChange={(e) => setName(e.target.value)} required />
      <label htmlFor="np-type">Task type</label>
      <select
        id="np-type"
        value={taskType}
        onChange={(e) => {
          setTaskType(e.target.value);
          setMapping([]);
        }}
      >
        {TYPES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.title}
          </option>
        ))}
      </select>
      <p className="muted small">Each uploaded row needs: {type.fields.join(', ')}.</p>
      {classification && (
        <>
          <label htmlFor="np-labels">Labels (comma separated; keys 1, 2, 3… in this order)</label>
          <input id="np-labels" value={labels} onChange={(e) => setLabels(e.target.value)} placeholder="positive, negative, neutral" />
          <label className="check">
            <input id="np-multi" type="checkbox" checked={multiLabel} onChange={(e) => setMultiLabel(e.target.checked)} />
            Several labels may apply (multi-label)
          </label>
        </>
      )}
      <fieldset>
        <legend className="small">Field mapping (optional): read a template field from another file column</legend>
        {mapping.map((m, i) => (
          <div className="mapping-row" key={i}>
            <select aria-label={`Template field ${i + 1}`} value={m.field} onChange={(e) => setRow(i, { field: e.target.value })}>
              {type.fields.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
            <span aria-hidden="true">←</span>
            <input aria-label={`File column ${i + 1}`} value={m.column} onChange={(e) => setRow(i, { column: e.target.value })} placeholder="file column" />
            <button type="button" className="link" onClick={() => setMapping((all) => all.filter((_, j) => j !== i))}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setMapping((all) => [...all, { field: type.fields[0] ?? '', column: '' }])}>
          Add field mapping
        </button>
      </fieldset>
      <label htmlFor="np-instructions">Instructions (Markdown)</label>
      <textarea
        id="np-instructions"
        rows={8}
        value={instructions}
        onChange={(e) => setInstructions(e.target.value)}
        placeholder="How should annotators judge the items?"
      />
      <label htmlFor="np-overlap">Annotations per task (overlap)</label>
      <input
        id="np-overlap"
        type="number"
        min={1}
        max={10}
        value={overlap}
        onChange={(e) => setOverlap(Number(e.target.value))}
        className="short"
      />
      <div className="actions">
        <button type="submit" disabled={!name.trim() || create.isPending}>
          Create project
        </button>
      </div>
      <ErrorNote error={create.error} title="Not created" />
    </form>
  );
}
