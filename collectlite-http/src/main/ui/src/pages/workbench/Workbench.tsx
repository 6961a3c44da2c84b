import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api, messageOf, must } from '../../api/client';
import type { Claim, Confidence } from '../../api/types';
import { ErrorNote, isTyping, Key, Loading } from '../../app/ui';
import { QuestionInput } from '../task/QuestionInput';
import { keyActions, missing, payload, unkeyed, type Answer, type Answers, type Question } from '../task/questions';
import { TaskFields } from '../task/TaskFields';
import { KeyOverlay } from './KeyOverlay';
import { claimNext, newIdempotencyKey } from './queue';
import { SuggestionPanel } from './SuggestionPanel';

const CONFIDENCE: { value: Confidence; key: string }[] = [
  { value: 'low', key: 'q' },
  { value: 'medium', key: 'w' },
  { value: 'high', key: 'e' },
];

interface Shown {
  claim: Claim;
  idempotencyKey: string;
}

interface SubmitBody {
  answers: Record<string, Answer>;
  confidence: Confidence;
  notes: string;
  latency_ms: number;
  idempotency_key: string;
}

/**
 * One task at a time, and one lease at rest: the next task is claimed right after the server has
 * taken the current one's submit or skip (one local round trip), and replaces it as soon as the
 * claim answers. Claiming in parallel with the submit would briefly hold two leases, and a
 * prefetched second lease would strand a task for the lease's length whenever a tab is closed.
 */
export function Workbench({ projectId, questions, taskType }: { projectId: number; questions: Question[]; taskType: string }) {
  const actions = useMemo(() => keyActions(questions), [questions]);
  const unkeyedOptions = useMemo(() => unkeyed(questions), [questions]);
  const [shown, setShown] = useState<Shown | null>(null);
  // 'advancing': the current task was sent off and stays on screen, inert, until the next one arrives.
  const [phase, setPhase] = useState<'loading' | 'ready' | 'advancing' | 'empty'>('loading');
  const [answers, setAnswers] = useState<Answers>({});
  const [showMissing, setShowMissing] = useState(false);
  const [help, setHelp] = useState(false);
  const [confidence, setConfidence] = useState<Confidence>('medium');
  const [notes, setNotes] = useState('');
  const [done, setDone] = useState(0);
  const [failures, setFailures] = useState<string[]>([]);
  const [claimError, setClaimError] = useState<unknown>(null);
  // the task skipped last in this session, which Ctrl+Z (or the notice's Undo) takes back
  const [lastSkipped, setLastSkipped] = useState<number | null>(null);
  const claimSeq = useRef(0);
  const started = useRef(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const textRefs = useRef<Record<string, HTMLTextAreaElement | null>>({});
  const shownAt = useRef(0);

  const show = useCallback((claim: Claim | null) => {
    setAnswers({});
    setShowMissing(false);
    setConfidence('medium');
    setNotes('');
    if (!claim) {
      setShown(null);
      setPhase('empty');
      return;
    }
    setShown({ claim, idempotencyKey: newIdempotencyKey() });
    setPhase('ready');
  }, []);

  /** Claims the next task and shows it; only the latest claim's answer is shown. */
  const advance = useCallback(async () => {
    const seq = ++claimSeq.current;
    try {
      const claim = await claimNext(projectId);
      if (seq !== claimSeq.current) return;
      setClaimError(null);
      show(claim);
    } catch (e) {
      if (seq !== claimSeq.current) return;
      setClaimError(e);
      setPhase('empty');
      setShown(null);
    }
  }, [projectId, show]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void advance();
  }, [advance]);

  // The latency clock starts when the task is on screen, not when it was fetched.
  useEffect(() => {
    shownAt.current = performance.now();
  }, [shown]);

  const submit = useMutation({
    mutationFn: (v: { taskId: number; body: SubmitBody }) =>
      // answers are typed as opaque objects by the OpenAPI document (Map<String, Object> on the server)
      must(api.POST('/api/tasks/{id}/annotations', { params: { path: { id: v.taskId } }, body: v.body as never })),
    onSuccess: () => setDone((n) => n + 1),
    onError: (e, v) => setFailures((f) => [...f, `Task ${v.taskId} was not saved: ${messageOf(e)}`]),
  });
  const skip = useMutation({
    mutationFn: (taskId: number) => must(api.POST('/api/tasks/{id}/skip', { params: { path: { id: taskId } } })),
    onError: (e, taskId) => setFailures((f) => [...f, `Task ${taskId} was not skipped: ${messageOf(e)}`]),
  });

  const undoSkip = useMutation({
    mutationFn: (taskId: number) =>
      must(api.POST('/api/tasks/{id}/skip/undo', { params: { path: { id: taskId } } })),
  });

  /**
   * Leaves the current task: its form goes inert (and loses focus), and the next task is claimed once
   * the server has taken the submit or skip, so the annotator never holds two leases at rest (a
   * failed request is listed and the queue moves on).
   */
  const leave = useCallback((sent: Promise<unknown>) => {
    setPhase('advancing');
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && formRef.current?.contains(focused)) focused.blur();
    void sent.catch(() => undefined).then(() => advance());
  }, [advance]);

  const unanswered = missing(questions, answers);
  const doSubmit = useCallback(() => {
    if (phase !== 'ready' || !shown) return;
    if (unanswered.length > 0) {
      setShowMissing(true);
      return;
    }
    const latency = Math.max(0, Math.round(performance.now() - shownAt.current));
    // the undo is for the skip just made: once the annotator labels on, Ctrl+Z must not replace a task
    // they are working on
    setLastSkipped(null);
    leave(submit.mutateAsync({
      taskId: shown.claim.task_id,
      body: { answers: payload(questions, answers), confidence, notes: notes.trim(), latency_ms: latency, idempotency_key: shown.idempotencyKey },
    }));
  }, [phase, shown, unanswered.length, questions, answers, confidence, notes, submit, leave]);

  const answer = useCallback((q: Question, a: Answer | undefined) => setAnswers((all) => ({ ...all, [q.name]: a })), []);

  const doSkip = useCallback(() => {
    if (phase !== 'ready' || !shown) return;
    const taskId = shown.claim.task_id;
    leave(skip.mutateAsync(taskId).then(() => setLastSkipped(taskId)));
  }, [phase, shown, skip, leave]);

  /**
   * Takes the last skip back: the server hands that task back under a new lease and returns the one on
   * screen to the queue, so it replaces what is shown. A refusal (the task was filled or decided since)
   * is listed, and the queue is asked again: it resumes whatever the annotator holds now, which is right
   * even when the undo went through and only its answer was lost.
   */
  const doUndo = useCallback(() => {
    if (lastSkipped === null || phase === 'advancing' || phase === 'loading') return;
    const seq = ++claimSeq.current;
    setPhase('advancing');
    undoSkip.mutateAsync(lastSkipped).then(
      (claim) => {
        setLastSkipped(null);
        if (seq === claimSeq.current) show(claim);
      },
      (e) => {
        setLastSkipped(null);
        setFailures((f) => [...f, `The skip of task ${lastSkipped} was not undone: ${messageOf(e)}`]);
        if (seq === claimSeq.current) void advance();
      },
    );
  }, [lastSkipped, phase, undoSkip, show, advance]);

  const retry = useCallback(() => {
    setPhase('loading');
    void advance();
  }, [advance]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z' && !help && !isTyping(e.target)) {
        e.preventDefault();
        doUndo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const typing = isTyping(e.target);
      const target = e.target as HTMLElement | null;
      // The key map is modal: only ? and Esc (both close it) act while it is open.
      if (help) {
        if (e.key === '?' || e.key === 'Escape') setHelp(false);
        else if (target?.closest('[data-testid="keys-overlay"]') && (e.key === 'Enter' || e.key === ' ' || e.key === 'Tab')) return;
        e.preventDefault();
        return;
      }
      if (e.key === 'Enter') {
        // Enter on a control acts on it (a summary opens the suggestion's rationale), never submits
        if (e.shiftKey || ['BUTTON', 'A', 'SELECT', 'SUMMARY'].includes(target?.tagName ?? '')) return;
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
      if (key === '?') {
        e.preventDefault();
        setHelp(true);
        return;
      }
      if (phase === 'empty' && key === 'r') return retry();
      if (phase !== 'ready') return;
      const action = actions.find((a) => a.key === key);
      const conf = CONFIDENCE.find((c) => c.key === key);
      if (action && 'focus' in action) textRefs.current[action.question.name]?.focus();
      else if (action) setAnswers((all) => ({ ...all, [action.question.name]: action.apply(all[action.question.name]) }));
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
  }, [actions, help, phase, doSubmit, doSkip, doUndo, retry]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    doSubmit();
  };

  const busy = phase === 'advancing';
  const fields = (shown?.claim.fields ?? {}) as Record<string, unknown>;
  return (
    <>
      {help && <KeyOverlay actions={actions} unkeyed={unkeyedOptions} onClose={() => setHelp(false)} />}
      {/* Behind the open key map nothing can be focused or clicked. */}
      <div className="workbench" inert={help}>
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
        {lastSkipped !== null && (
          <p className="notice" data-testid="skip-notice" aria-live="polite">
            Skipped task {lastSkipped}.{' '}
            <button type="button" className="secondary" onClick={doUndo} disabled={phase === 'advancing'}>
              Undo <Key>Ctrl+Z</Key>
            </button>
          </p>
        )}
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
        {(phase === 'ready' || phase === 'advancing') && shown && (
          <div
            className={`task ${taskType}${busy ? ' advancing' : ''}`}
            data-testid="task"
            data-task-id={shown.claim.task_id}
            aria-busy={busy}
          >
            <article className="card source" aria-label="Task">
              <TaskFields taskType={taskType} fields={fields} />
              <p className="muted small">
                Task {shown.claim.task_id} · template v{shown.claim.template_version} · {done} done this session · <Key>?</Key> keys
              </p>
            </article>
            <div className="side">
              <SuggestionPanel key={shown.claim.task_id} claim={shown.claim} primary={questions[0]} />
              <form className="card answer" ref={formRef} onSubmit={onSubmit} aria-label="Your judgement">
                <fieldset className="whole" disabled={busy}>
                  {questions.map((q) => (
                    <QuestionInput
                      key={q.name}
                      question={q}
                      prefix="answer-"
                      answer={answers[q.name]}
                      onChange={(a) => answer(q, a)}
                      flagged={showMissing && unanswered.includes(q)}
                      textRef={q.kind === 'free_text' ? (el) => { textRefs.current[q.name] = el; } : undefined}
                    />
                  ))}
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
                  {/* Sticks to the bottom of the window while the form runs below it, so Submit is always in view. */}
                  <div className="action-bar" data-testid="workbench-actions">
                    {showMissing && unanswered.length > 0 && (
                      <p className="missing" data-testid="missing" aria-live="polite">
                        Answer before submitting: {unanswered.map((q) => q.prompt).join('; ')}
                      </p>
                    )}
                    <div className="actions">
                      <button type="submit" aria-disabled={unanswered.length > 0}>
                        Submit <Key>Enter</Key>
                      </button>
                      <button type="button" className="secondary" onClick={doSkip}>
                        Skip <Key>S</Key>
                      </button>
                    </div>
                  </div>
                </fieldset>
              </form>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
