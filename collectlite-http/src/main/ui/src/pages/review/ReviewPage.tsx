import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import type { ReviewItem } from '../../api/types';
import { ProjectFrame } from '../../app/ProjectHeader';
import { ErrorNote, formatTime, isTyping, Key, Loading } from '../../app/ui';

type OptionLike = { value?: string; title?: string; key?: string };

const FIRST = ['query', 'document'];
const rank = (field: string) => (FIRST.includes(field) ? FIRST.indexOf(field) : FIRST.length);

/** Contested tasks, one at a time, with every annotation and the consensus proposal. */
export function ReviewPage({ id }: { id: number }) {
  return (
    <ProjectFrame id={id} current="review">
      {(project) => <ReviewQueue projectId={id} options={project.template?.question?.options ?? []} />}
    </ProjectFrame>
  );
}

function ReviewQueue({ projectId, options }: { projectId: number; options: OptionLike[] }) {
  const queue = useQuery({
    queryKey: ['review', projectId],
    queryFn: () => must(api.GET('/api/projects/{id}/review-queue', { params: { path: { id: projectId } } })),
  });
  const [selected, setSelected] = useState<number | null>(null);
  const items = queue.data ?? [];
  const current = items.find((i) => i.task_id === selected) ?? items[0];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !current) return;
      const at = items.indexOf(current);
      const move = e.key === 'j' ? 1 : e.key === 'k' ? -1 : 0;
      const to = items[at + move];
      if (move && to) {
        e.preventDefault();
        setSelected(to.task_id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, current]);

  if (queue.error) return <ErrorNote error={queue.error} title="Review queue" />;
  if (!queue.data) return <Loading what="review queue" />;
  if (!current) {
    return (
      <section className="card empty" data-testid="review-empty">
        <h2>Nothing to review</h2>
        <p className="muted">Every contested task has been resolved.</p>
      </section>
    );
  }
  return (
    <div className="review">
      <nav className="card queue" aria-label="Contested tasks">
        <h2>
          {items.length} waiting <span className="muted small"><Key>J</Key>/<Key>K</Key> move</span>
        </h2>
        <ol>
          {items.map((item) => (
            <li key={item.task_id}>
              <button
                type="button"
                className="link"
                aria-current={item === current ? 'true' : undefined}
                onClick={() => setSelected(item.task_id)}
              >
                #{item.task_id} {String((item.fields as Record<string, unknown> | undefined)?.query ?? item.example_id)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <ReviewCard key={current.task_id} item={current} projectId={projectId} options={options} />
    </div>
  );
}

function ReviewCard({ item, projectId, options }: { item: ReviewItem; projectId: number; options: OptionLike[] }) {
  const queryClient = useQueryClient();
  const labels = options.map((o, i) => ({ value: o.value ?? '', title: o.title ?? o.value ?? '', key: o.key || String(i + 1) }));
  const titleOf = (v: string | null | undefined) => labels.find((l) => l.value === v)?.title ?? v ?? '–';
  const [label, setLabel] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const resolve = useMutation({
    mutationFn: () =>
      must(api.POST('/api/reviews/{taskId}/resolve', { params: { path: { taskId: item.task_id } }, body: { label: label ?? '', comment } })),
    onSuccess: () => {
      queryClient.setQueryData<ReviewItem[]>(['review', projectId], (old) => old?.filter((i) => i.task_id !== item.task_id));
      void queryClient.invalidateQueries({ queryKey: ['review', projectId] });
      void queryClient.invalidateQueries({ queryKey: ['metrics', projectId] });
    },
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (e.key === 'Enter' && !e.shiftKey && !['BUTTON', 'A', 'SELECT'].includes(target?.tagName ?? '')) {
        e.preventDefault();
        if (label && !resolve.isPending) resolve.mutate();
        return;
      }
      if (isTyping(e.target)) return;
      const option = labels.find((l) => l.key === e.key);
      if (option) {
        e.preventDefault();
        setLabel(option.value);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const fields = (item.fields ?? {}) as Record<string, unknown>;
  const consensus = item.consensus;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (label) resolve.mutate();
  };
  return (
    <div className="review-main" data-testid="review-item" data-task-id={item.task_id}>
      <article className="card source">
        <p className="muted small">Task {item.task_id} · example <code>{item.example_id}</code></p>
        {Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)).map(([k, v]) => (
          <div key={k} className="field">
            <h3 className="label-small">{k}</h3>
            <div className={k === 'query' ? 'query' : 'document'}>{typeof v === 'string' ? v : JSON.stringify(v)}</div>
          </div>
        ))}
      </article>
      <section className="card" aria-labelledby="ann-h">
        <h2 id="ann-h">Annotations</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Annotator</th>
              <th scope="col">Label</th>
              <th scope="col">Confidence</th>
              <th scope="col">Notes</th>
              <th scope="col" className="num">Latency</th>
              <th scope="col">At</th>
            </tr>
          </thead>
          <tbody>
            {(item.annotations ?? []).map((a, i) => (
              <tr key={i}>
                <td>{a.annotator}</td>
                <td>{titleOf(a.label)}</td>
                <td>{a.confidence}</td>
                <td className="notes">{a.notes || <span className="muted">–</span>}</td>
                <td className="num">{a.latency_ms == null ? '–' : `${(a.latency_ms / 1000).toFixed(1)} s`}</td>
                <td className="small">{formatTime(a.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="proposal">
          Consensus proposal: <strong>{titleOf(consensus?.label)}</strong>
          {consensus?.score != null && <> · agreement {Math.round(consensus.score * 100)}%</>}
          {consensus?.method && <> · {consensus.method}</>}
          {(consensus?.reasons?.length ?? 0) > 0 && <> · sent to review for: {consensus?.reasons?.join(', ').toLowerCase().replace(/_/g, ' ')}</>}
        </p>
      </section>
      <form className="card" onSubmit={submit} aria-label="Decision">
        <fieldset className="inline">
          <legend>Final label</legend>
          {labels.map((o) => (
            <label key={o.value} className={`choice${label === o.value ? ' on' : ''}`}>
              <input type="radio" name="final" value={o.value} checked={label === o.value} onChange={() => setLabel(o.value)} />
              <Key>{o.key}</Key> {o.title}
            </label>
          ))}
        </fieldset>
        <label htmlFor="review-comment">Comment</label>
        <textarea id="review-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder="Why this label? (Shift+Enter for a new line)" />
        <div className="actions">
          <button type="submit" disabled={!label || resolve.isPending}>
            Resolve <Key>Enter</Key>
          </button>
        </div>
        <ErrorNote error={resolve.error} title="Not resolved" />
      </form>
    </div>
  );
}
