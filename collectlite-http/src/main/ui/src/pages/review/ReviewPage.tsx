import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api, must } from '../../api/client';
import type { ReviewItem } from '../../api/types';
import { ProjectFrame } from '../../app/ProjectHeader';
import { ErrorNote, formatTime, isTyping, Key, Loading } from '../../app/ui';
import { QuestionInput } from '../task/QuestionInput';
import {
  answered, consensusKey, describe, describeKey, GOLD_KEY, keyActions, missing, payload, questionsOf,
  type Answer, type Answers, type Question,
} from '../task/questions';
import { TaskFields } from '../task/TaskFields';
import { reasonOf, REVIEW_REASONS } from './reasons';
import { Suggestions } from './Suggestions';

const TITLE_FIELDS = ['query', 'question', 'prompt', 'text'];

/**
 * Contested tasks, one at a time, with every annotation's answers, the consensus proposal, why the
 * task is here and what models suggested; filtered by reason.
 */
export function ReviewPage({ id }: { id: number }) {
  return (
    <ProjectFrame id={id} current="review">
      {(project) => <ReviewQueue projectId={id} project={project} />}
    </ProjectFrame>
  );
}

function ReviewQueue({ projectId, project }: { projectId: number; project: Parameters<typeof questionsOf>[0] }) {
  const questions = useMemo(() => questionsOf(project), [project]);
  // A schema may give an option the key J or K: answering wins over moving through the queue.
  const answerKeys = useMemo(() => new Set(keyActions(questions).map((a) => a.key)), [questions]);
  const [reason, setReason] = useState('');
  const queue = useQuery({
    queryKey: ['review', projectId, reason],
    queryFn: () =>
      must(api.GET('/api/projects/{id}/review-queue', {
        params: { path: { id: projectId }, query: reason ? { reason } : {} },
      })),
  });
  const [selected, setSelected] = useState<number | null>(null);
  const items = queue.data ?? [];
  const current = items.find((i) => i.task_id === selected) ?? items[0];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !current || answerKeys.has(e.key)) return;
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
  }, [items, current, answerKeys]);

  const filter = <ReasonFilter reason={reason} onChange={setReason} />;
  if (queue.error) return <>{filter}<ErrorNote error={queue.error} title="Review queue" /></>;
  if (!queue.data) return <>{filter}<Loading what="review queue" /></>;
  if (!current) {
    return (
      <>
        {filter}
        <section className="card empty" data-testid="review-empty">
          <h2>Nothing to review</h2>
          <p className="muted">
            {reason ? `No task is waiting for review for “${reasonOf(reason).title.toLowerCase()}”.` : 'Every contested task has been resolved.'}
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      {filter}
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
                  #{item.task_id} {titleOf(item)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <ReviewCard key={current.task_id} item={current} projectId={projectId} questions={questions} taskType={project.task_type} />
      </div>
    </>
  );
}

/** Keeps the queue to the tasks in review for one reason (`?reason=`), or shows them all. */
function ReasonFilter({ reason, onChange }: { reason: string; onChange: (reason: string) => void }) {
  return (
    <div className="row center review-filter">
      <label htmlFor="review-reason">Show tasks in review for</label>
      <select
        id="review-reason"
        value={reason}
        onChange={(e) => onChange(e.target.value)}
        // Esc leaves the box, so the review keys work again (the queue may be empty: no card to catch it)
        onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()}
      >
        <option value="">every reason</option>
        {REVIEW_REASONS.map((r) => (
          <option key={r.value} value={r.value} title={r.help}>{r.title}</option>
        ))}
      </select>
    </div>
  );
}

/** Why a task is in the queue, one badge per reason. */
function ReasonBadges({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <p className="reasons" data-testid="reasons">
      <span className="muted small">In review because: </span>
      {reasons.map((value) => {
        const r = reasonOf(value);
        return (
          <span key={value} className={`badge reason ${r.value}`} title={r.help} data-testid="reason" data-reason={r.value}>
            {r.text}
          </span>
        );
      })}
    </p>
  );
}

function titleOf(item: ReviewItem): string {
  const fields = (item.fields ?? {}) as Record<string, string | undefined>;
  const text = TITLE_FIELDS.map((f) => fields[f]).find(Boolean) ?? item.example_id;
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Moves focus (and so the view) to the decision form's first field. */
function focusDecision() {
  document.getElementById('review-decision')?.querySelector<HTMLElement>('input, textarea, select')?.focus();
}

function ReviewCard({ item, projectId, questions, taskType }: { item: ReviewItem; projectId: number; questions: Question[]; taskType: string }) {
  const queryClient = useQueryClient();
  const primary = questions[0];
  const actions = useMemo(() => keyActions(questions), [questions]);
  const [answers, setAnswers] = useState<Answers>({});
  const [showMissing, setShowMissing] = useState(false);
  const [comment, setComment] = useState('');
  const [gold, setGold] = useState(false);
  const textRefs = useRef<Record<string, HTMLTextAreaElement | null>>({});
  const unanswered = missing(questions, answers);
  const resolve = useMutation({
    mutationFn: () =>
      must(api.POST('/api/reviews/{taskId}/resolve', {
        params: { path: { taskId: item.task_id } },
        // answers are typed as opaque objects by the OpenAPI document (Map<String, Object> on the server)
        body: { answers: payload(questions, answers), comment, ...(gold ? { gold: true } : {}) } as never,
      })),
    onSuccess: () => {
      // every filtered list drops the task at once, then refreshes
      queryClient.setQueriesData<ReviewItem[]>({ queryKey: ['review', projectId] }, (old) => old?.filter((i) => i.task_id !== item.task_id));
      for (const key of ['review', 'metrics', 'reliability']) void queryClient.invalidateQueries({ queryKey: [key, projectId] });
    },
  });

  /**
   * Sets an answer; a new primary answer fills the unanswered other questions from the first
   * annotation that gave it (the reviewer can still change them).
   */
  const setAnswer = (q: Question, a: Answer | undefined) =>
    setAnswers((all) => {
      const next = { ...all, [q.name]: a };
      if (q !== primary) return next;
      const key = consensusKey(a);
      const source = (item.annotations ?? []).find((ann) => key !== undefined && ann.label === key);
      const given = (source?.answers ?? {}) as unknown as Record<string, Answer>;
      for (const other of questions.slice(1)) {
        if (!answered(next[other.name]) && given[other.name] !== undefined) next[other.name] = given[other.name];
      }
      return next;
    });

  const decide = () => {
    if (unanswered.length > 0) setShowMissing(true);
    else if (!resolve.isPending) resolve.mutate();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      // Enter on a control of its own (a button, a link, a disclosure such as a prompt version) is that control's
      if (e.key === 'Enter' && !e.shiftKey && !['BUTTON', 'A', 'SELECT', 'SUMMARY'].includes(target?.tagName ?? '')) {
        e.preventDefault();
        decide();
        return;
      }
      if (e.key === 'Escape' && isTyping(target)) {
        target?.blur();
        return;
      }
      if (isTyping(e.target)) return;
      if (e.key.toLowerCase() === GOLD_KEY) {
        e.preventDefault();
        setGold((g) => !g);
        return;
      }
      const action = actions.find((a) => a.key === e.key.toLowerCase());
      if (!action) return;
      e.preventDefault();
      if ('focus' in action) textRefs.current[action.question.name]?.focus();
      else setAnswer(action.question, action.apply(answers[action.question.name]));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const fields = (item.fields ?? {}) as Record<string, unknown>;
  const consensus = item.consensus;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide();
  };
  return (
    <div className="review-main" data-testid="review-item" data-task-id={item.task_id}>
      <article className="card source">
        <p className="muted small">Task {item.task_id} · example <code>{item.example_id}</code></p>
        <TaskFields taskType={taskType} fields={fields} />
      </article>
      <section className="card" aria-labelledby="ann-h">
        <h2 id="ann-h">Annotations</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Annotator</th>
              <th scope="col">Answers</th>
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
                <td>
                  <ul className="answers-list" data-testid="answers">
                    {questions.map((q) => (
                      <li key={q.name} data-question={q.name}>
                        <span className="q">{q.name}:</span> {describe(q, (a.answers as Record<string, unknown> | undefined)?.[q.name] ?? (q === primary ? a.label : undefined))}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className={a.confidence === 'low' ? 'low-confidence' : undefined}>{a.confidence}</td>
                <td className="notes">{a.notes || <span className="muted">–</span>}</td>
                <td className="num">{a.latency_ms == null ? '–' : `${(a.latency_ms / 1000).toFixed(1)} s`}</td>
                <td className="small">{formatTime(a.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="proposal">
          Consensus proposal: <strong>{describeKey(primary, consensus?.label)}</strong>
          {consensus?.score != null && <> · agreement {Math.round(consensus.score * 100)}%</>}
          {consensus?.method && <> · {consensus.method}</>}
          {(consensus?.reasons?.length ?? 0) > 0 && <> · sent to review for: {consensus?.reasons?.join(', ').toLowerCase().replace(/_/g, ' ')}</>}
        </p>
        <ReasonBadges reasons={consensus?.reasons ?? []} />
      </section>
      <Suggestions suggestions={item.suggestions ?? []} primary={primary} />
      <form className="card" id="review-decision" onSubmit={submit} aria-label="Decision">
        <h2>Final answer</h2>
        {questions.map((q) => (
          <QuestionInput
            key={q.name}
            question={q}
            prefix="final-"
            answer={answers[q.name]}
            onChange={(a) => setAnswer(q, a)}
            flagged={showMissing && unanswered.includes(q)}
            textRef={q.kind === 'free_text' ? (el) => { textRefs.current[q.name] = el; } : undefined}
          />
        ))}
        <label htmlFor="review-comment">Comment</label>
        <textarea id="review-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder="Why this answer? (Shift+Enter for a new line)" />
        <label className="check">
          <input id="review-gold" type="checkbox" checked={gold} onChange={(e) => setGold(e.target.checked)} />
          Mark as gold <Key>{GOLD_KEY.toUpperCase()}</Key>
          <span className="muted small">
            the final answer becomes the task's known answer: it scores the annotators who labelled it and is served
            to others as a gold probe
          </span>
        </label>
      </form>
      {/*
        The decision's bar sticks to the bottom of the window while the task is read above it, so Resolve is in
        view at once; its button submits the form above (form="review-decision").
      */}
      <div className="card action-bar" data-testid="review-actions" aria-label="Resolve" role="group">
        {showMissing && unanswered.length > 0 && (
          <p className="missing" data-testid="missing" aria-live="polite">
            Answer before resolving: {unanswered.map((q) => q.prompt).join('; ')}
          </p>
        )}
        <div className="actions">
          <button type="submit" form="review-decision" disabled={resolve.isPending}>
            Resolve <Key>Enter</Key>
          </button>
          {/* a button, not a #link: the hash is the page's route */}
          <button type="button" className="link small" onClick={focusDecision}>Final answer ↓</button>
        </div>
        <ErrorNote error={resolve.error} title="Not resolved" />
      </div>
    </div>
  );
}
