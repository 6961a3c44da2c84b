import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import type { ProjectDetail, UploadReport } from '../../api/types';
import { ErrorNote, ProblemTable, Section } from '../../app/ui';
import { uploadHint } from './upload';

type Mode = 'strict' | 'lenient';

/**
 * Uploads a .jsonl or .csv file and shows the report, or every validation problem by line. Strict
 * by default (any bad row refuses the file); lenient keeps the good rows and lists the bad ones.
 */
export function UploadSection({ project }: { project: ProjectDetail }) {
  const projectId = project.id;
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [lenient, setLenient] = useState(false);
  const upload = useMutation({
    mutationFn: ({ f, mode }: { f: File; mode: Mode }) => {
      const form = new FormData();
      form.append('file', f, f.name);
      return must(
        api.POST('/api/projects/{id}/datasets', {
          params: { path: { id: projectId }, query: { mode } },
          // multipart: openapi-fetch passes FormData through and the browser sets the boundary
          body: form as never,
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['metrics', projectId] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate({ f: file, mode: lenient ? 'lenient' : 'strict' });
  };
  const report = upload.data;
  return (
    <Section title="Upload data" id="upload">
      <form onSubmit={submit}>
        <label htmlFor="upload-file" data-testid="upload-hint">
          {uploadHint({
            task_type: project.task_type,
            required_fields: project.template.required_fields,
            optional_fields: project.optional_fields,
            field_mapping: project.template.schema.field_mapping,
          })}
        </label>
        <div className="row center">
          <input
            ref={input}
            id="upload-file"
            type="file"
            accept=".jsonl,.csv,.ndjson"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
        </div>
        <div className="row center">
          <label className="check">
            <input
              id="upload-lenient"
              type="checkbox"
              checked={lenient}
              onChange={(e) => setLenient(e.target.checked)}
            />
            Keep good rows, list bad ones (lenient)
          </label>
          <button type="submit" disabled={!file || upload.isPending}>
            Upload
          </button>
        </div>
      </form>
      <ErrorNote error={upload.error} title="Upload refused, nothing was stored" />
      {report && <Report report={report} />}
    </Section>
  );
}

function Report({ report }: { report: UploadReport }) {
  const duplicates = report.duplicates ?? [];
  const rejected = report.rejected ?? [];
  const rejectedCount = report.rejected_count ?? rejected.length;
  const unlisted = rejectedCount - rejected.length;
  return (
    <div className="report" data-testid="upload-report" aria-live="polite">
      <dl className="stats">
        <div>
          <dt>Rows read</dt>
          <dd data-testid="rows-read">{report.rows_read}</dd>
        </div>
        <div>
          <dt>Examples created</dt>
          <dd data-testid="examples-created">{report.examples_created}</dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd data-testid="duplicates">{duplicates.length}</dd>
        </div>
        {report.mode === 'lenient' && (
          <div>
            <dt>Rejected</dt>
            <dd data-testid="rejected-count">{rejectedCount}</dd>
          </div>
        )}
      </dl>
      {rejectedCount > 0 && (
        <>
          <ProblemTable problems={rejected} caption="Rejected rows, not stored" testId="rejected" />
          {unlisted > 0 && (
            <p className="muted" data-testid="rejected-unlisted">
              {unlisted.toLocaleString()} more not listed
            </p>
          )}
        </>
      )}
      {duplicates.length > 0 && (
        <table>
          <caption>Skipped duplicates</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Example</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {duplicates.map((d, i) => (
              <tr key={i}>
                <td className="num">{d.line}</td>
                <td>
                  <code>{d.example_id}</code>
                </td>
                <td>{d.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
