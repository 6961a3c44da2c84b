import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, must } from '../../api/client';
import type { ProjectDetail } from '../../api/types';
import { ErrorNote, Section } from '../../app/ui';
import { Markdown } from '../../markdown/Markdown';

/** Shows the current instructions; owners edit them, which makes a new template version. */
export function InstructionsSection({ project, editable }: { project: ProjectDetail; editable: boolean }) {
  const queryClient = useQueryClient();
  const template = project.template;
  const [draft, setDraft] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (instructions: string) =>
      must(api.PUT('/api/projects/{id}/instructions', { params: { path: { id: project.id } }, body: { instructions } })),
    onSuccess: () => {
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: ['project', project.id] });
    },
  });
  return (
    <Section title={`Instructions · version ${template?.version ?? '–'}`} id="instructions">
      {draft === null ? (
        <>
          {template?.instructions ? (
            <Markdown text={template.instructions} />
          ) : (
            <p className="muted">No instructions yet.</p>
          )}
          {editable && (
            <div className="actions">
              <button type="button" onClick={() => setDraft(template?.instructions ?? '')}>
                Edit instructions
              </button>
            </div>
          )}
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(draft);
          }}
        >
          <label htmlFor="instructions-edit">Instructions (Markdown); saving creates a new version</label>
          <textarea
            id="instructions-edit"
            rows={10}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              Save as new version
            </button>
            <button type="button" className="secondary" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
          <ErrorNote error={save.error} title="Not saved" />
        </form>
      )}
    </Section>
  );
}
