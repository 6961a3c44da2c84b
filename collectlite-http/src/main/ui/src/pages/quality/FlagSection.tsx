import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import { ErrorNote, Section } from '../../app/ui';

/** Sends the task of an example, named by the id exports show, to the review queue with a comment. */
export function FlagSection({ projectId }: { projectId: number }) {
  const queryClient = useQueryClient();
  const [exampleId, setExampleId] = useState('');
  const [comment, setComment] = useState('');
  const flag = useMutation({
    mutationFn: (example: string) =>
      must(api.POST('/api/projects/{id}/flags', { params: { path: { id: projectId } }, body: { example_id: example, comment } })),
    onSuccess: () => {
      setComment('');
      for (const key of ['review', 'metrics']) void queryClient.invalidateQueries({ queryKey: [key, projectId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (exampleId.trim()) flag.mutate(exampleId.trim());
  };
  return (
    <Section title="Send an example to review" id="flag">
      <p className="muted small">
        For a label that looks wrong in an export: its task goes back to the review queue, flagged by you, whatever
        its consensus said. Tasks still being labelled and gold tasks cannot be sent.
      </p>
      <form onSubmit={submit}>
        <label htmlFor="flag-example">Example id (<code>example_id</code> in exports)</label>
        <input id="flag-example" value={exampleId} onChange={(e) => { setExampleId(e.target.value); flag.reset(); }} required />
        <label htmlFor="flag-comment">Comment for the reviewer (optional)</label>
        <textarea id="flag-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={!exampleId.trim() || flag.isPending}>Send to review</button>
          {flag.isSuccess && (
            <span role="status" className="align-end" data-testid="flagged">
              Example <code>{flag.variables}</code> is waiting for review.
            </span>
          )}
        </div>
      </form>
      <ErrorNote error={flag.error} title="Not sent" />
    </Section>
  );
}
