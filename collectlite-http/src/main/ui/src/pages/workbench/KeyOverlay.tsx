import { Key } from '../../app/ui';
import type { KeyAction } from '../task/questions';

const FIXED: [string, string][] = [
  ['Q / W / E', 'confidence low / medium / high'],
  ['N', 'write a note'],
  ['Enter', 'submit (Shift+Enter: new line in a text box)'],
  ['S', 'skip the task'],
  ['Esc', 'leave a text box; outside one, skip the task'],
  ['?', 'show or hide this list'],
];

/** Every key of the current task: its answers' shortcuts, then the workbench's own. */
export function KeyOverlay({ actions, onClose }: { actions: KeyAction[]; onClose: () => void }) {
  return (
    <div className="overlay" role="dialog" aria-modal="false" aria-label="Keyboard shortcuts" data-testid="keys-overlay">
      <div className="card">
        <h2>Keyboard shortcuts</h2>
        <table className="compact">
          <tbody>
            {actions.map((a) => (
              <tr key={`${a.question.name}-${a.key}`}>
                <th scope="row"><Key>{a.key.toUpperCase()}</Key></th>
                <td>{'focus' in a ? a.title : `${a.question.name}: ${a.title}`}</td>
              </tr>
            ))}
            {FIXED.map(([k, what]) => (
              <tr key={k}>
                <th scope="row"><Key>{k}</Key></th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="secondary" onClick={onClose}>
          Close <Key>?</Key>
        </button>
      </div>
    </div>
  );
}
