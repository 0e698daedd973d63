/** The web server forwards /api/staff/<service>/* to each service's staff API, with the bearer token. */
const STAFF_API = '/api/staff';

export type StaffService = 'intake' | 'assignment' | 'consultation' | 'supervision' | 'notifications';

/** The shared error shape of every service (libs/contracts ApiErrorBody). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }

  get code(): string | null {
    return this.body?.code ?? null;
  }

  /** The fields the service named as invalid, with its message for each (e.g. `referral.dueAt`). */
  get fields(): { field: string; message: string }[] {
    return this.body?.fields ?? [];
  }
}

/** Where requests get their token and what happens when it is refused; set by the session. */
export const staffAuth: { token: () => string | null; onUnauthorized: () => void } = {
  token: () => null,
  onUnauthorized: () => undefined,
};

type Query = Record<string, string | number | boolean | undefined | null>;

/** `?a=1&b=x`, leaving out empty values. */
export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export async function staffRequest<T>(service: StaffService, path: string, init: { method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = staffAuth.token();
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`${STAFF_API}/${service}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: 'omit',
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new StaffApiError(0, null);
  }
  const text = await res.text();
  const body: unknown = text ? safeJson(text) : null;
  if (!res.ok) {
    // A token that expired or was signed with an old secret: back to the sign-in page.
    if (res.status === 401 && token) staffAuth.onUnauthorized();
    throw new StaffApiError(res.status, isErrorBody(body) ? body : null);
  }
  return body as T;
}

export const get = <T>(service: StaffService, path: string, signal?: AbortSignal) => staffRequest<T>(service, path, { signal });
export const post = <T>(service: StaffService, path: string, body: unknown) => staffRequest<T>(service, path, { method: 'POST', body });
export const patch = <T>(service: StaffService, path: string, body: unknown) => staffRequest<T>(service, path, { method: 'PATCH', body });
export const del = <T>(service: StaffService, path: string) => staffRequest<T>(service, path, { method: 'DELETE' });
export const put = <T>(service: StaffService, path: string, body: unknown) => staffRequest<T>(service, path, { method: 'PUT', body });

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'statusCode' in body && 'message' in body;
}
