import { api, must } from '../../api/client';
import type { Claim } from '../../api/types';

/** Claims the caller's next task; `null` when the queue is empty (204). */
export async function claimNext(projectId: number): Promise<Claim | null> {
  const claim = await must(api.GET('/api/tasks/next', { params: { query: { project: projectId } } }));
  return claim ?? null;
}

/** A random key for one display of a task, so a resent submit is not counted twice. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
