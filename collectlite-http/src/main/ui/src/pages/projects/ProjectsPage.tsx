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

function NewProjectForm() {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [instructions, setInstructions] = useState('');
  const [overlap, setOverlap] = useState(2);
  const create = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/projects', {
          body: { name: name.trim(), task_type: 'document_relevance', instructions, overlap },
        }),
      ),
    onSuccess: (project) => {
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
      navigate({ page: 'project', id: project.id });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-h">
      <h2 id="new-h">New document-relevance project</h2>
      <label htmlFor="np-name">Name</label>
      <input id="np-name" value={name} onChange={(e) => setName(e.target.value)} required />
      <label htmlFor="np-instructions">Instructions (Markdown)</label>
      <textarea
        id="np-instructions"
        rows={8}
        value={instructions}
        onChange={(e) => setInstructions(e.target.value)}
        placeholder="How should annotators judge relevance?"
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
