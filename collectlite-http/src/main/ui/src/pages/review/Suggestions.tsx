import type { Suggestion } from '../../api/types';
import { PromptVersion } from '../../app/ui';
import { describeKey, type Question } from '../task/questions';

/**
 * What models suggested for the example: shown apart from the annotations and marked as a model's,
 * since a suggestion is assistance for the reviewer, never ground truth nor a vote.
 */
export function Suggestions({ suggestions, primary }: { suggestions: Suggestion[]; primary: Question | undefined }) {
  if (suggestions.length === 0) return null;
  return (
    <section className="card suggestions" aria-labelledby="sugg-h" data-testid="suggestions">
      <h2 id="sugg-h">
        Model suggestions <span className="badge model">model, not a person</span>
      </h2>
      <p className="muted small">
        What a model proposed for this example, for you to weigh: not ground truth, and never a vote in the consensus.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Provider</th>
            <th scope="col">Suggests</th>
            <th scope="col" className="num">Confidence</th>
            <th scope="col">Rationale</th>
          </tr>
        </thead>
        <tbody>
          {suggestions.map((s, i) => {
            const confidence = (s.confidence as number | null | undefined) ?? null;
            return (
              <tr key={i} data-testid="suggestion">
                <td>
                  {s.model}
                  {s.prompt_version && <div className="muted small"><PromptVersion version={s.prompt_version} /></div>}
                </td>
                <td>{s.provider || <span className="muted">–</span>}</td>
                <td data-testid="suggestion-label">{describeKey(primary, s.label)}</td>
                <td className="num">{confidence === null ? '–' : `${Math.round(confidence * 100)}%`}</td>
                <td className="notes">{s.rationale || <span className="muted">–</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
