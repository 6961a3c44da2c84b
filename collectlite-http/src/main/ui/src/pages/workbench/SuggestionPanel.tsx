import type { Claim } from '../../api/types';
import { promptTitle } from '../../app/ui';
import { describeKey, type Question } from '../task/questions';
import { confidenceText, latestSuggestion, scoreText } from './suggestion';

/**
 * The latest model suggestion for the claimed task, beside its fields: marked as a model's, with its
 * confidence, score and rationale. It never fills in the answer and has no shortcut, so following the
 * model costs the same keys as disagreeing with it. Renders nothing when the assignment hides
 * suggestions or there are none: an annotator cannot tell a hidden suggestion from a missing one.
 */
export function SuggestionPanel({ claim, primary }: { claim: Claim; primary: Question | undefined }) {
  const s = claim.suggestions_shown ? latestSuggestion(claim.suggestions) : undefined;
  if (!s) return null;
  const confidence = confidenceText(s.confidence);
  const score = scoreText(s.score);
  return (
    <aside className="card model-suggestion" aria-labelledby="ms-h" data-testid="suggestion-panel">
      <h2 id="ms-h" className="label-small">
        Model suggestion <span className="badge model">a model, not a person</span>
      </h2>
      <p className="ms-label">
        <strong data-testid="suggested-label">{describeKey(primary, s.label)}</strong>
        {confidence && <span data-testid="suggested-confidence"> · {confidence} confident</span>}
        {score && <span className="muted small" data-testid="suggested-score"> · score {score}</span>}
      </p>
      <p className="muted small ms-model" data-testid="suggested-by" title={promptTitle(s.prompt_version)}>
        {s.provider ? `${s.provider} · ` : ''}{s.model}
      </p>
      {s.rationale && (
        <details className="ms-rationale">
          <summary className="small">Rationale</summary>
          <p className="small">{s.rationale}</p>
        </details>
      )}
      <p className="muted small ms-note">Assistance only: judge the task yourself; nothing is selected for you.</p>
    </aside>
  );
}
