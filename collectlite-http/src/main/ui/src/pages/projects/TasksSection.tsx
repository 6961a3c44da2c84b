import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import { ErrorNote, Section } from '../../app/ui';

/** Generates a task for every example that has none yet. */
export function TasksSection({ projectId, defaultOverlap }: { projectId: number; defaultOverlap: number }) {
  const queryClient = useQueryClient();
  const [overlap, setOverlap] = useState(defaultOverlap);
  const generate = useMutation({
    mutationFn: () =>
      must(api.POST('/api/projects/{id}/tasks/generate', { params: { path: { id: projectId } }, body: { overlap } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['metrics', projectId] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    generate.mutate();
  };
  return (
    <Section title="Tasks" id="tasks">
      <form onSubmit={submit} className="row">
        <div>
          <label htmlFor="gen-overlap">Annotations per task</label>
          <input
            id="gen-overlap"
            type="number"
            min={1}
            max={10}
            className="short"
            value={overlap}
            onChange={(e) => setOverlap(Number(e.target.value))}
          />
        </div>
        <button type="submit" className="align-end" disabled={generate.isPending}>
          Generate tasks
        </button>
        {generate.data && (
          <p className="align-end" role="status" data-testid="generated">
            Created {generate.data.created} task{generate.data.created === 1 ? '' : 's'}.
          </p>
        )}
      </form>
      <ErrorNote error={generate.error} title="Not generated" />
    </Section>
  );
}
