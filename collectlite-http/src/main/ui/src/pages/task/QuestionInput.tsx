import type { Ref } from 'react';
import { Key } from '../../app/ui';
import { numericValues, toggle, type Answer, type Option, type Pairwise, type Question } from './questions';

interface Props {
  question: Question;
  answer: Answer | undefined;
  onChange: (a: Answer | undefined) => void;
  /** The free-text box, so its key can focus it. */
  textRef?: Ref<HTMLTextAreaElement> | undefined;
  /**
   * Input names and ids are prefixed with this (e.g. `answer-`), so a question never shares a
   * radio group or id with another form on the page or with the page's own controls.
   */
  prefix: string;
  /** Marks the question unanswered while it is required. */
  flagged?: boolean;
}

/** One question, rendered by its kind: choice buttons with their keys, a rating scale, or a text box. */
export function QuestionInput({ question: q, answer, onChange, textRef, prefix, flagged = false }: Props) {
  const name = prefix + q.name;
  const legend = (
    <legend>
      {q.prompt}
      {!q.required && <span className="muted small"> (optional)</span>}
    </legend>
  );
  const cls = `question${flagged ? ' flagged' : ''}`;
  switch (q.kind) {
    case 'free_text':
      return (
        <div className={cls} data-question={q.name}>
          <label htmlFor={`${name}-text`}>
            {q.prompt}
            {!q.required && <span className="muted small"> (optional)</span>} {q.key && <Key>{q.key.toUpperCase()}</Key>}
          </label>
          <textarea
            id={`${name}-text`}
            name={name}
            ref={textRef}
            rows={4}
            maxLength={q.maxLength}
            value={typeof answer === 'string' ? answer : ''}
            onChange={(e) => onChange(e.target.value)}
            placeholder="Shift+Enter for a new line, Esc to leave the box"
          />
        </div>
      );
    case 'pairwise': {
      const p = (typeof answer === 'object' && !Array.isArray(answer) ? answer : undefined) as Pairwise | undefined;
      return (
        <fieldset className={cls} data-question={q.name}>
          {legend}
          <div className="inline-choices">
            {q.options.map((o) => (
              <Choice key={o.value} name={name} option={o} on={p?.choice === o.value} onPick={() => onChange({ choice: o.value, ...(o.value !== 'tie' && p?.strength ? { strength: p.strength } : {}) })} />
            ))}
          </div>
          {q.strengths.length > 0 && (
            <div className="inline-choices" role="group" aria-label="How much better">
              {q.strengths.map((s) => (
                <Choice
                  key={s.value}
                  name={`${name}-strength`}
                  option={s}
                  small
                  disabled={!p?.choice || p.choice === 'tie'}
                  on={p?.strength === s.value}
                  onPick={() => p?.choice && onChange({ choice: p.choice, strength: s.value })}
                />
              ))}
            </div>
          )}
        </fieldset>
      );
    }
    case 'numeric': {
      const values = numericValues(q);
      return (
        <fieldset className={cls} data-question={q.name}>
          {legend}
          {values.length > 0 ? (
            <div className="inline-choices scale">
              {values.map((v) => (
                <Choice key={v} name={name} option={{ value: String(v), title: String(v), key: q.digitKeys ? String(v) : '' }} on={answer === v} onPick={() => onChange(v)} keyIsTitle />
              ))}
            </div>
          ) : (
            <input
              type="number"
              name={name}
              min={q.min}
              max={q.max}
              step={q.step}
              className="short"
              value={typeof answer === 'number' ? answer : ''}
              onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
            />
          )}
        </fieldset>
      );
    }
    case 'multi_choice': {
      const chosen = Array.isArray(answer) ? answer : [];
      return (
        <fieldset className={cls} data-question={q.name}>
          {legend}
          {q.options.map((o) => (
            <label key={o.value} className={`choice${chosen.includes(o.value) ? ' on' : ''}`}>
              <input type="checkbox" name={name} value={o.value} checked={chosen.includes(o.value)} onChange={() => onChange(toggle(chosen, o.value, q))} />
              <OptionKey option={o} /> {o.title}
            </label>
          ))}
        </fieldset>
      );
    }
    default:
      return (
        <fieldset className={cls} data-question={q.name}>
          {legend}
          {q.options.map((o) => (
            <Choice key={o.value} name={name} option={o} on={answer === o.value} onPick={() => onChange(o.value)} />
          ))}
        </fieldset>
      );
  }
}

/** An option's key, or nothing when it has none (it is picked by clicking). */
function OptionKey({ option }: { option: Option }) {
  return option.key ? <Key>{option.key.toUpperCase()}</Key> : null;
}

/** A radio choice; `keyIsTitle` shows the title as the key (a rating's number), or plain without a key. */
function Choice({ name, option, on, onPick, small, disabled, keyIsTitle }: {
  name: string; option: Option; on: boolean; onPick: () => void; small?: boolean; disabled?: boolean; keyIsTitle?: boolean;
}) {
  const label = keyIsTitle
    ? option.key ? <kbd>{option.title}</kbd> : <span className="value">{option.title}</span>
    : <><OptionKey option={option} /> {option.title}</>;
  return (
    <label className={`choice${small ? ' small' : ''}${on ? ' on' : ''}`}>
      <input type="radio" name={name} value={option.value} checked={on} disabled={disabled} onChange={onPick} />
      {label}
    </label>
  );
}
