import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

const TOKEN_KEY = 'collectlite.token';

export function storedToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

const bearer: Middleware = {
  onRequest({ request }) {
    const token = storedToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/** The one API client, typed by the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(bearer);

export interface Problem {
  line?: number | null;
  field?: string | null;
  message: string;
}

/** A non-2xx answer, carrying the server's `detail` and validation `problems`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly problems: Problem[],
  ) {
    super(detail);
  }
}

interface ErrorShape {
  error?: unknown;
  detail?: unknown;
  problems?: unknown;
}

function toApiError(status: number, body: unknown): ApiError {
  const e = (typeof body === 'object' && body !== null ? body : {}) as ErrorShape;
  const problems = Array.isArray(e.problems) ? (e.problems as Problem[]) : [];
  const detail = typeof e.detail === 'string' ? e.detail : typeof body === 'string' && body ? body : `HTTP ${status}`;
  return new ApiError(status, typeof e.error === 'string' ? e.error : 'error', detail, problems);
}

/**
 * Unwraps an openapi-fetch result: returns the data, or throws an {@link ApiError}. A 204 answer
 * gives `undefined`.
 */
export async function must<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response.status, error);
  return data as T;
}

/** A short message for any error thrown by a query or mutation. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
