import { useEffect, useRef } from 'react';
import { Key } from '../../app/ui';
import type { KeyAction, Option, Question } from '../task/questions';

const FIXED: [string, string][] = [
  ['Q / W / E', 'confidence low / medium / high'],
  ['N', 'write a note'],
  ['Enter', 'submit (Shift+Enter: new line in a text box)'],
  ['S', 'skip the task'],
  ['Esc', 'leave a text box; outside one, skip the task (here: close this list)'],
  ['Ctrl+Z', 'undo the last skip: that task comes back, the one shown returns to the queue'],
  ['?', 'show or hide this list'],
];

/**
 * Every key of the current task: its answers' shortcuts, the options without a key (picked by
 * clicking), then the workbench's own keys. Modal: the workbench ignores every other key while it is open.
 */
export function KeyOverlay({ actions, unkeyed, onClose }: {
  actions: KeyAction[]; unkeyed: { question: Question; option: Option }[]; onClose: () => void;
}) {
  // The dialog itself takes the focus, so Enter does nothing until the annotator tabs to Close.
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" data-testid="keys-overlay" ref={dialog} tabIndex={-1}>
      <div className="card">
        <h2>Keyboard shortcuts</h2>
        <table className="compact">
          <tbody>
            {actions.map((a) => (
              <tr key={a.key}>
                <th scope="row"><Key>{a.key.toUpperCase()}</Key></th>
                <td>{'focus' in a ? a.title : `${a.question.name}: ${a.title}`}</td>
              </tr>
            ))}
            {unkeyed.map(({ question, option }) => (
              <tr key={`${question.name}-${option.value}`} data-testid="unkeyed">
                <th scope="row" className="muted">no key</th>
                <td>{question.name}: {option.title} (click it)</td>
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
