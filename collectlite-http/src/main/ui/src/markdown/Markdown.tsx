import { Fragment, type ReactNode } from 'react';

/**
 * Renders a small, safe subset of Markdown as React elements: headings, paragraphs, bullet and
 * numbered lists, pipe tables, block quotes, fenced code, `code`, **bold**, *italic* and http(s)
 * links.
 * Raw HTML in the text is shown as text, never interpreted.
 */
export function Markdown({ text }: { text: string }) {
  return <div className="markdown">{blocks(text)}</div>;
}

function blocks(text: string): ReactNode[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const key = out.length;
    if (!line.trim()) {
      i++;
    } else if (line.startsWith('```')) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').startsWith('```')) body.push(lines[i++] ?? '');
      i++;
      out.push(<pre key={key}><code>{body.join('\n')}</code></pre>);
    } else if (/^#{1,6}\s/.test(line)) {
      const level = Math.min((/^#+/.exec(line)?.[0].length ?? 1) + 2, 6);
      const content = inline(line.replace(/^#+\s*/, ''));
      const Tag = `h${level}` as 'h3';
      out.push(<Tag key={key}>{content}</Tag>);
      i++;
    } else if (/^\s*([-*+]|\d+[.)])\s/.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items: ReactNode[] = [];
      while (i < lines.length && /^\s*([-*+]|\d+[.)])\s/.test(lines[i] ?? '')) {
        items.push(<li key={items.length}>{inline((lines[i] ?? '').replace(/^\s*([-*+]|\d+[.)])\s+/, ''))}</li>);
        i++;
      }
      out.push(ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>);
    } else if (line.trim().startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|')) rows.push(cells(lines[i++] ?? ''));
      out.push(table(key, rows));
    } else if (line.startsWith('>')) {
      const body: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('>')) body.push((lines[i++] ?? '').replace(/^>\s?/, ''));
      out.push(<blockquote key={key}>{inline(body.join(' '))}</blockquote>);
    } else {
      const body: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() && !/^(#{1,6}\s|```|>|\s*\||\s*([-*+]|\d+[.)])\s)/.test(lines[i] ?? '')) {
        body.push(lines[i++] ?? '');
      }
      out.push(<p key={key}>{inline(body.join(' '))}</p>);
    }
  }
  return out;
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

function table(key: number, rows: string[][]): ReactNode {
  const separator = rows[1]?.every((c) => /^:?-{3,}:?$/.test(c)) ?? false;
  const head = separator ? rows[0] : undefined;
  const body = separator ? rows.slice(2) : rows;
  return (
    <table key={key}>
      {head && (
        <thead>
          <tr>{head.map((c, j) => <th key={j} scope="col">{inline(c)}</th>)}</tr>
        </thead>
      )}
      <tbody>
        {body.map((r, k) => (
          <tr key={k}>{r.map((c, j) => <td key={j}>{inline(c)}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/g;

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const token = m[0];
    const key = out.length;
    if (m[1]) out.push(<code key={key}>{token.slice(1, -1)}</code>);
    else if (m[2]) out.push(<strong key={key}>{inline(token.slice(2, -2))}</strong>);
    else if (m[3]) out.push(<em key={key}>{inline(token.slice(1, -1))}</em>);
    else out.push(<Fragment key={key}>{link(token)}</Fragment>);
    last = at + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function link(token: string): ReactNode {
  const m = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
  const label = m?.[1] ?? token;
  const url = m?.[2] ?? '';
  if (!/^https?:\/\//i.test(url)) return label;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
