import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, messageOf, must } from '../../api/client';
import type { Claim, Confidence } from '../../api/types';
import { ErrorNote, isTyping, Key, Loading } from '../../app/ui';
import { claimNext, newIdempotencyKey } from './queue';

interface Option {
  value: string;
  title: string;
  key: string;
}

const DEFAULT_OPTIONS: Option[] = [
  { value: 'irrelevant', title: 'Irrelevant', key: '1' },
  { value: 'partially_relevant', title: 'Partially relevant', key: '2' },
  { value: 'highly_relevant', title: 'Highly relevant', key: '3' },
];

const CONFIDENCE: { value: Confidence; key: string }[] = [
  { value: 'low', key: 'q' },
  { value: 'medium', key: 'w' },
  { value: 'high', key: 'e' },
];

interface Shown {
  claim: Claim;
  idempotencyKey: string;
}

type OptionLike = { value?: string; title?: string; key?: string };

/**
 * One task at a time. The next task is claimed while the current one is shown, so it appears at
 * once on submit; the submit itself is sent in the background.
 */
export function Workbench({ projectId, options, prompt }: { projectId: number; options: OptionLike[]; prompt?: string | undefined }) {
  const labels: Option[] = options.length
    ? options.map((o, i) => ({ value: o.value ?? '', title: o.title ?? o.value ?? '', key: o.key || String(i + 1) }))
    : DEFAULT_OPTIONS;
  const [shown, setShown] = useState<Shown | null>(null);
  const [phase, setPhase] = useState<'loading' | 'ready' | 'empty'>('loading');
  const [label, setLabel] = useState<string | null>(null);
  const [confidence, setConfidence] = useState<Confidence>('medium');
  const [notes, setNotes] = useState('');
  const [done, setDone] = useState(0);
  const [failures, setFailures] = useState<string[]>([]);
  const [claimError, setClaimError] = useState<unknown>(null);
  const prefetched = useRef<Promise<Claim | null> | null>(null);
  const started = useRef(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const shownAt = useRef(0);

  const show = useCallback(
    (claim: Claim | null) => {
      setLabel(null);
      setConfidence('medium');
      setNotes('');
      if (!claim) {
        setShown(null);
        setPhase('empty');
        return;
      }
      setShown({ claim, idempotencyKey: newIdempotencyKey() });
      setPhase('ready');
      prefetched.current = claimNext(projectId);
      prefetched.current.catch(() => undefined);
    },
    [projectId],
  );

  const advance = useCallback(
    async (previousTaskId: number | null) => {
      const pending = prefetched.current;
      prefetched.current = null;
      try {
        let claim = pending ? await pending.catch(() => claimNext(projectId)) : await claimNext(projectId);
        if (claim && claim.task_id === previousTaskId) claim = await claimNext(projectId);
        if (!claim && pending) claim = await claimNext(projectId);
        setClaimError(null);
        show(claim);
      } catch (e) {
        setClaimError(e);
        setPhase('empty');
        setShown(null);
      }
    },
    [projectId, show],
  );

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void advance(null);
  }, [advance]);

  // The latency clock starts when the task is on screen, not when it was fetched.
  useEffect(() => {
    shownAt.current = performance.now();
  }, [shown]);

  const submit = useMutation({
    mutationFn: (v: { taskId: number; body: { label: string; confidence: Confidence; notes: string; latency_ms: number; idempotency_key: string } }) =>
      must(api.POST('/api/tasks/{id}/annotations', { params: { path: { id: v.taskId } }, body: v.body })),
    onSuccess: () => setDone((n) => n + 1),
    onError: (e, v) => setFailures((f) => [...f, `Task ${v.taskId} was not saved: ${messageOf(e)}`]),
  });
  const skip = useMutation({
    mutationFn: (taskId: number) => must(api.POST('/api/tasks/{id}/skip', { params: { path: { id: taskId } } })),
    onError: (e, taskId) => setFailures((f) => [...f, `Task ${taskId} was not skipped: ${messageOf(e)}`]),
  });

  const doSubmit = useCallback(() => {
    if (!shown || !label) return;
    const latency = Math.max(0, Math.round(performance.now() - shownAt.current));
    submit.mutate({
      taskId: shown.claim.task_id,
      body: { label, confidence, notes: notes.trim(), latency_ms: latency, idempotency_key: shown.idempotencyKey },
    });
    void advance(shown.claim.task_id);
  }, [shown, label, confidence, notes, submit, advance]);

  const doSkip = useCallback(() => {
    if (!shown) return;
    skip.mutate(shown.claim.task_id);
    void advance(shown.claim.task_id);
  }, [shown, skip, advance]);

  const retry = useCallback(() => {
    setPhase('loading');
    void advance(null);
  }, [advance]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const typing = isTyping(e.target);
      const target = e.target as HTMLElement | null;
      if (e.key === 'Enter') {
        if (e.shiftKey || target?.tagName === 'BUTTON' || target?.tagName === 'A' || target?.tagName === 'SELECT') return;
        if (phase === 'ready') {
          e.preventDefault();
          doSubmit();
        }
        return;
      }
      if (e.key === 'Escape') {
        if (typing && target) target.blur();
        else if (phase === 'ready') doSkip();
        return;
      }
      if (typing) return;
      const key = e.key.toLowerCase();
      if (phase === 'empty' && key === 'r') return retry();
      if (phase !== 'ready') return;
      const option = labels.find((o) => o.key === key);
      const conf = CONFIDENCE.find((c) => c.key === key);
      if (option) setLabel(option.value);
      else if (conf) setConfidence(conf.value);
      else if (key === 's') doSkip();
      else if (key === 'n') {
        e.preventDefault();
        notesRef.current?.focus();
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [labels, phase, doSubmit, doSkip, retry]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    doSubmit();
  };

  const fields = (shown?.claim.fields ?? {}) as Record<string, unknown>;
  const extra = Object.entries(fields).filter(([k]) => k !== 'query' && k !== 'document');
  return (
    <div className="workbench">
      {failures.length > 0 && (
        <div className="error" role="alert">
          {failures.map((f, i) => (
            <p key={i}>{f}</p>
          ))}
          <button type="button" className="secondary" onClick={() => setFailures([])}>
            Dismiss
          </button>
        </div>
      )}
      <ErrorNote error={claimError} title="Could not get a task" />
      {phase === 'loading' && <Loading what="your next task" />}
      {phase === 'empty' && (
        <section className="card empty" data-testid="queue-empty">
          <h2>No tasks waiting for you</h2>
          <p className="muted">
            You labelled {done} task{done === 1 ? '' : 's'} in this session. New tasks appear when the owner generates
            them or a lease expires.
          </p>
          <button type="button" onClick={retry}>
            Check again <Key>R</Key>
          </button>
        </section>
      )}
      {phase === 'ready' && shown && (
        <div className="task" data-testid="task" data-task-id={shown.claim.task_id}>
          <article className="card source" aria-label="Task">
            <h2 className="label-small">Query</h2>
            <p className="query" data-testid="query">{String(fields.query ?? '')}</p>
            <h2 className="label-small">Document</h2>
            <div className="document" data-testid="document">{String(fields.document ?? '')}</div>
            {extra.length > 0 && (
              <dl className="extra">
                {extra.map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="muted small">Task {shown.claim.task_id} · template v{shown.claim.template_version} · {done} done this session</p>
          </article>
          <form className="card answer" onSubmit={onSubmit} aria-label="Your judgement">
            <fieldset>
              <legend>{prompt || 'How relevant is the document to the query?'}</legend>
              {labels.map((o) => (
                <label key={o.value} className={`choice${label === o.value ? ' on' : ''}`}>
                  <input
                    type="radio"
                    name="label"
                    value={o.value}
                    checked={label === o.value}
                    onChange={() => setLabel(o.value)}
                  />
                  <Key>{o.key}</Key> {o.title}
                </label>
              ))}
            </fieldset>
            <fieldset className="inline">
              <legend>Confidence</legend>
              {CONFIDENCE.map((c) => (
                <label key={c.value} className={`choice small${confidence === c.value ? ' on' : ''}`}>
                  <input
                    type="radio"
                    name="confidence"
                    value={c.value}
                    checked={confidence === c.value}
                    onChange={() => setConfidence(c.value)}
                  />
                  <Key>{c.key.toUpperCase()}</Key> {c.value}
                </label>
              ))}
            </fieldset>
            <label htmlFor="notes">
              Notes (optional) <Key>N</Key>
            </label>
            <textarea
              id="notes"
              ref={notesRef}
              rows={3}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              placeholder="Shift+Enter for a new line"
            />
            <div className="actions">
              <button type="submit" disabled={!label}>
                Submit <Key>Enter</Key>
              </button>
              <button type="button" className="secondary" onClick={doSkip}>
                Skip <Key>S</Key>
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
