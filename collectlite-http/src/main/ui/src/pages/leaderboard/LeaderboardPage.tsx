import { useQuery } from '@tanstack/react-query';
import { api, must } from '../../api/client';
import type { Leaderboard, ProjectDetail } from '../../api/types';
import { ProjectFrame } from '../../app/ProjectHeader';
import { ErrorNote, Loading, Section } from '../../app/ui';
import { bootstrapNote, intervalReading } from './reading';

/** Bootstrap resamples the page asks for: enough for stable 95% intervals, quick on a small project. */
const BOOTSTRAP = 200;

/** The models of a pairwise-preference project ranked by Bradley–Terry strength. */
export function LeaderboardPage({ id }: { id: number }) {
  return (
    <ProjectFrame id={id} current="leaderboard">
      {(project) =>
        project.task_type === 'pairwise_preference' ? (
          <Board projectId={id} />
        ) : (
          <NotPairwise project={project} />
        )
      }
    </ProjectFrame>
  );
}

function NotPairwise({ project }: { project: ProjectDetail }) {
  return (
    <Section title="Leaderboard">
      <p className="muted">
        Leaderboards rank the models of pairwise preference projects; this is a{' '}
        {project.task_type.replace(/_/g, ' ')} project.
      </p>
    </Section>
  );
}

function Board({ projectId }: { projectId: number }) {
  const board = useQuery({
    queryKey: ['leaderboard', projectId],
    queryFn: () =>
      must(
        api.GET('/api/projects/{id}/leaderboard', {
          params: { path: { id: projectId }, query: { bootstrap: BOOTSTRAP } },
        }),
      ),
  });
  const b = board.data;
  return (
    <Section title="Model leaderboard" id="leaderboard">
      <ErrorNote error={board.error} />
      {!b ? (
        !board.error && <Loading what="leaderboard" />
      ) : (
        <>
          <dl className="stats">
            <div><dt>Models</dt><dd data-testid="lb-models">{b.models.length}</dd></div>
            <div><dt>Comparisons</dt><dd data-testid="lb-comparisons">{b.comparisons}</dd></div>
            <div><dt>Tasks left out</dt><dd data-testid="lb-left-out">{b.tasks_left_out}</dd></div>
            <div>
              <dt>Resamples used</dt>
              <dd data-testid="lb-bootstrap" aria-describedby="lb-bootstrap-note">
                {b.no_fit_reason ? '—' : `${b.bootstrap_used} of ${b.bootstrap_samples}`}
              </dd>
            </div>
          </dl>
          {!b.no_fit_reason && (
            <p className="muted small" id="lb-bootstrap-note" data-testid="lb-bootstrap-note">
              {bootstrapNote(b.bootstrap_used, b.bootstrap_samples)}
            </p>
          )}
          {b.no_fit_reason && <NoFit reason={b.no_fit_reason} />}
          {b.models.length > 0 && <Standings board={b} />}
          <LeftOut board={b} />
        </>
      )}
    </Section>
  );
}

function NoFit({ reason }: { reason: string }) {
  return (
    <div className="pinned" role="note" data-testid="lb-no-fit">
      <strong>No strengths yet:</strong> {reason}. Bradley–Terry strengths exist once every model has both won (or
      tied) and lost against the others, through a chain of comparisons; until then the models are listed by share
      of wins.
    </div>
  );
}

/** `0.86` as `+0.86`, so the sign of a log-strength is always shown. */
function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
}

function Standings({ board }: { board: Leaderboard }) {
  const fitted = !board.no_fit_reason;
  return (
    <>
      <table data-testid="leaderboard-table">
        <caption>{fitted ? 'Models by Bradley–Terry strength' : 'Models by share of wins'}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Rank</th>
            <th scope="col">Model</th>
            <th scope="col" className="num">Strength</th>
            <th scope="col">{fitted ? 'vs. average' : 'Win share'}</th>
            <th scope="col" className="num" aria-describedby={fitted ? 'lb-interval-note' : undefined}>95% interval</th>
            <th scope="col" className="num" title="Wins / losses / ties">W / L / T</th>
            <th scope="col" className="num">Comparisons</th>
          </tr>
        </thead>
        <tbody>
          {board.models.map((m) => {
            const share = m.versus_average ?? m.win_share;
            return (
              <tr key={m.model} data-testid="leaderboard-row">
                <td className="num">{m.rank}</td>
                <th scope="row" data-testid="lb-model">{m.model}</th>
                <td className="num">{m.strength == null ? '—' : signed(m.strength)}</td>
                <td>
                  <span className="bar-track" aria-hidden="true">
                    <span className="bar" style={{ width: `${Math.round(share * 100)}%` }} />
                  </span>{' '}
                  <span className="num">{Math.round(share * 100)}%</span>
                </td>
                <td className="num">{m.interval ? `${signed(m.interval.lower)} to ${signed(m.interval.upper)}` : '—'}</td>
                <td className="num" data-testid="lb-record">{`${m.wins} / ${m.losses} / ${m.ties}`}</td>
                <td className="num">{m.comparisons}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">
        {fitted
          ? 'Strength is the log-strength of the Bradley–Terry model: strengths sum to zero and only differences mean something (a lead of 1 is a 73% chance of being preferred). "vs. average" is the chance of being preferred to a model of strength 0.'
          : 'Share of wins counts each tie as half a win.'}
      </p>
      {fitted && board.models.some((m) => m.interval) && (
        <div className="muted small" id="lb-interval-note" data-testid="lb-interval-note">
          <p className="help">
            The 95% interval is where the model's strength fell in 95% of the resamples (from the 2.5th to the 97.5th
            percentile): the range the data allow for it, not a guarantee. Where two models' intervals overlap, the
            comparisons do not yet say which is better.
          </p>
          <p className="help" data-testid="lb-interval-reading">{intervalReading(board.models)}</p>
        </div>
      )}
    </>
  );
}

function LeftOut({ board }: { board: Leaderboard }) {
  if (board.tasks_left_out === 0) {
    return <p className="muted small">Every resolved task names two models; each counts once, by its final label.</p>;
  }
  const parts = [
    board.tasks_without_models > 0 && `${board.tasks_without_models} without model_a and model_b`,
    board.tasks_with_same_model > 0 && `${board.tasks_with_same_model} with the same model on both sides`,
  ].filter(Boolean);
  return (
    <p className="muted small" data-testid="lb-left-out-note">
      {board.tasks_left_out} resolved task{board.tasks_left_out === 1 ? '' : 's'} left out: {parts.join(', ')}. Each
      other resolved task counts once, by its final label.
    </p>
  );
}
