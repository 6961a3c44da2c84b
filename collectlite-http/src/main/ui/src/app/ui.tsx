import type { ReactNode } from 'react';
import { ApiError, messageOf, type Problem } from '../api/client';
import { promptName } from './prompt';

/** An error banner; lists validation problems (line, field, message) in a table when present. */
export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problems: Problem[] = error instanceof ApiError ? error.problems : [];
  return (
    <div className="error" role="alert">
      <p>
        {title ? <strong>{title}: </strong> : null}
        {problems.length > 0 ? 'the input has problems, listed below.' : messageOf(error)}
      </p>
      {problems.length > 0 && (
        <ProblemTable problems={problems} caption={`${problems.length} problem${problems.length === 1 ? '' : 's'}`} />
      )}
    </div>
  );
}

/**
 * Problems of an input by line, field and message: a refused upload's errors, or the rows a
 * lenient upload rejected. Line 0 and an empty field (the whole file, the whole line) show as a dash.
 */
export function ProblemTable({ problems, caption, testId }: { problems: Problem[]; caption: string; testId?: string }) {
  return (
    <table className="problems" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Field</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td className="num">{p.line || '–'}</td>
            <td>{p.field || '–'}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Loading({ what }: { what: string }) {
  return <p className="muted" aria-live="polite">Loading {what}…</p>;
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="card" aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

/** A keyboard hint such as <kbd>1</kbd>. */
export function Key({ children }: { children: ReactNode }) {
  return <kbd>{children}</kbd>;
}

/** True when a key event comes from a place where typing text is expected. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['radio', 'checkbox', 'button', 'submit'].includes(type);
  }
  return false;
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/**
 * A suggester's prompt version by its readable name ({@link promptName}); the raw string, which is what
 * identifies a run and its settings, opens beneath it (a disclosure, so it is reachable from the keyboard).
 */
export function PromptVersion({ version }: { version: string | null | undefined }) {
  if (!version) return null;
  const name = promptName(version);
  if (name === version) {
    return <span className="prompt-version" data-testid="prompt-version">prompt <code>{version}</code></span>;
  }
  return (
    <details className="prompt-version" data-testid="prompt-version">
      <summary>prompt {name}</summary>
      <code className="wrap-anywhere">{version}</code>
    </details>
  );
}

/** The tooltip text of a prompt version: its readable name, then the raw string. */
export function promptTitle(version: string | null | undefined): string | undefined {
  if (!version) return undefined;
  const name = promptName(version);
  return name === version ? `prompt ${version}` : `prompt ${name} (${version})`;
}
