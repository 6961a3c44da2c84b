import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import type { GoldReport, ProjectDetail } from '../../api/types';
import { ErrorNote, ProblemTable, Section } from '../../app/ui';

/** Uploads a JSONL file of known answers that makes tasks gold, and shows what it stored. */
export function GoldSection({ project }: { project: ProjectDetail }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [lenient, setLenient] = useState(false);
  const primary = project.template?.schema?.questions?.[0] ?? project.template?.question;
  const values = (primary?.kind === 'pairwise' ? primary.choices : primary?.options)?.map((o) => o.value) ?? [];
  const upload = useMutation({
    mutationFn: (f: File) => {
      const form = new FormData();
      form.append('file', f, f.name);
      return must(
        api.POST('/api/projects/{id}/gold', {
          params: { path: { id: project.id }, query: { mode: lenient ? 'lenient' : 'strict' } },
          // multipart: openapi-fetch passes FormData through and the browser sets the boundary
          body: form as never,
        }),
      );
    },
    onSuccess: () => {
      for (const key of ['reliability', 'metrics', 'review']) void queryClient.invalidateQueries({ queryKey: [key, project.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate(file);
  };
  const example = values[0] ?? 'an answer';
  return (
    <Section title="Gold answers" id="gold">
      <p className="small">
        A <code>.jsonl</code> file, one line per example with its known answer:{' '}
        <code>{`{"example_id": "q1", "label": "${example}"}`}</code>, or all answers by question name,{' '}
        <code>{`{"example_id": "q1", "answers": {"${primary?.name ?? 'question'}": …}}`}</code>.
        {values.length > 0 && <> Labels are the first question's values: {values.map((v, i) => <span key={v}>{i > 0 && ', '}<code>{v}</code></span>)}.</>}
      </p>
      <p className="muted small">
        A gold task nobody is labelling is resolved with its answer, then served to each annotator who has not seen it,
        at the gold rate, looking like any other task; their answers make up their gold accuracy.
      </p>
      <form onSubmit={submit}>
        <label htmlFor="gold-file">Gold file</label>
        <div className="row center">
          <input id="gold-file" type="file" accept=".jsonl,.ndjson" onChange={(e) => { setFile(e.target.files?.[0] ?? null); upload.reset(); }} />
        </div>
        <div className="row center">
          <label className="check">
            <input id="gold-lenient" type="checkbox" checked={lenient} onChange={(e) => setLenient(e.target.checked)} />
            Keep good lines, list bad ones (lenient)
          </label>
          <button type="submit" disabled={!file || upload.isPending}>Upload gold</button>
        </div>
      </form>
      <ErrorNote error={upload.error} title="Gold file refused, nothing was stored" />
      {upload.data && <Report report={upload.data} />}
    </Section>
  );
}

function Report({ report }: { report: GoldReport }) {
  return (
    <div className="report" data-testid="gold-report" aria-live="polite">
      <dl className="stats">
        <div><dt>Added</dt><dd data-testid="gold-added">{report.added}</dd></div>
        <div><dt>Replaced</dt><dd data-testid="gold-replaced">{report.replaced}</dd></div>
        <div><dt>Rejected</dt><dd data-testid="gold-rejected-count">{report.rejected.length}</dd></div>
      </dl>
      {report.rejected.length > 0 && <ProblemTable problems={report.rejected} caption="Rejected lines, not stored" testId="gold-rejected" />}
    </div>
  );
}
