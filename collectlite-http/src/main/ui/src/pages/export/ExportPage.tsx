import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import type { ExportManifest } from '../../api/types';
import { ProjectFrame } from '../../app/ProjectHeader';
import { ErrorNote, formatTime, Loading } from '../../app/ui';
import { CompareSection } from './CompareSection';

type TaskFilter = 'resolved' | 'all';

/** What an export with these options holds, in one line. */
function describe(tasks: TaskFilter, withAnnotations: boolean): string {
  const which =
    tasks === 'all'
      ? 'Every task (unresolved ones with no final label), with its state'
      : 'Every resolved task, with its final label';
  return `${which} and split${withAnnotations ? ', plus each annotation (annotators pseudonymized)' : ''}.`;
}

/** Create export versions, download them and compare two of them. */
export function ExportPage({ id }: { id: number }) {
  return <ProjectFrame id={id} current="export">{() => <Exports projectId={id} />}</ProjectFrame>;
}

function Exports({ projectId }: { projectId: number }) {
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<'jsonl' | 'csv'>('jsonl');
  const [tasks, setTasks] = useState<TaskFilter>('resolved');
  const [withAnnotations, setWithAnnotations] = useState(false);
  const exports = useQuery({
    queryKey: ['exports', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/exports', { params: { path: { id: projectId } } })),
  });
  const create = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/projects/{id}/exports', {
          params: { path: { id: projectId } },
          body: { format, tasks, include_annotations: withAnnotations },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['exports', projectId] });
      void queryClient.invalidateQueries({ queryKey: ['metrics', projectId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <>
      <form className="card row" onSubmit={submit} aria-label="New export">
        <div>
          <label htmlFor="export-format">Format</label>
          <select id="export-format" value={format} onChange={(e) => setFormat(e.target.value as 'jsonl' | 'csv')}>
            <option value="jsonl">JSONL</option>
            <option value="csv">CSV</option>
          </select>
        </div>
        <div>
          <label htmlFor="export-tasks">Tasks</label>
          <select id="export-tasks" value={tasks} onChange={(e) => setTasks(e.target.value as TaskFilter)}>
            <option value="resolved">Resolved only</option>
            <option value="all">All (unresolved with no final label)</option>
          </select>
        </div>
        <label className="align-end check">
          <input
            type="checkbox"
            id="export-annotations"
            checked={withAnnotations}
            onChange={(e) => setWithAnnotations(e.target.checked)}
          />{' '}
          Include annotations
        </label>
        <button type="submit" className="align-end" disabled={create.isPending}>
          Create export
        </button>
        <p className="muted align-end">{describe(tasks, withAnnotations)}</p>
      </form>
      <ErrorNote error={create.error} title="Not exported" />
      <section className="card" aria-labelledby="versions-h">
        <h2 id="versions-h">Versions</h2>
        <ErrorNote error={exports.error} />
        {!exports.data ? (
          <Loading what="exports" />
        ) : exports.data.length === 0 ? (
          <p className="muted">No exports yet.</p>
        ) : (
          <table data-testid="exports">
            <thead>
              <tr>
                <th scope="col" className="num">Version</th>
                <th scope="col">Format</th>
                <th scope="col">Tasks</th>
                <th scope="col" className="num">Records</th>
                <th scope="col">SHA-256</th>
                <th scope="col">Created</th>
                <th scope="col"><span className="sr-only">Download</span></th>
              </tr>
            </thead>
            <tbody>
              {exports.data.map((x) => (
                <ExportRow key={x.id} manifest={x} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {exports.data && <CompareSection projectId={projectId} exports={exports.data} />}
    </>
  );
}

function ExportRow({ manifest }: { manifest: ExportManifest }) {
  const download = useMutation({
    mutationFn: async () => {
      const blob = await must(
        api.GET('/api/exports/{id}/download', { params: { path: { id: manifest.id } }, parseAs: 'blob' }),
      );
      // Downloads need the Authorization header, so the file is fetched and saved from a blob URL.
      const url = URL.createObjectURL(blob as Blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = manifest.file_name || `export-v${manifest.version}.${manifest.format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
  return (
    <tr data-testid="export-row" data-version={manifest.version}>
      <td className="num">{manifest.version}</td>
      <td>{manifest.format}</td>
      <td data-testid="export-options">
        {manifest.task_filter === 'all' ? 'all' : 'resolved'}
        {manifest.include_annotations ? ' + annotations' : ''}
      </td>
      <td className="num" data-testid="record-count">{manifest.record_count}</td>
      <td>
        <code className="hash" data-testid="sha256">{manifest.sha256}</code>
      </td>
      <td className="small">{formatTime(manifest.created_at)}</td>
      <td>
        <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
          Download
        </button>
        <ErrorNote error={download.error} />
      </td>
    </tr>
  );
}
