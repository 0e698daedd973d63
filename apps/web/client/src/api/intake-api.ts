import type {
  ApiErrorBody,
  Community,
  ContactInput,
  LocalityStudios,
  NewProblem,
  PhotoInfo,
  SimilarProblem,
  TrackedProblem,
  TrackingReceipt,
} from './intake-api.types';

/** The web server forwards /api/* to intake's public API on the same origin. */
const API = '/api';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }

  /** The fields intake named as invalid, e.g. `contact.phone`. */
  get fields(): string[] {
    return this.body?.fields?.map((f) => f.field) ?? [];
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API}${path}`, { ...init, headers: { accept: 'application/json', ...init.headers } });
  const text = await res.text();
  const body: unknown = text ? safeJson(text) : null;
  if (!res.ok) throw new ApiError(res.status, isErrorBody(body) ? body : null);
  return body as T;
}

function postJson<T>(path: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal });
}

export const intakeApi = {
  communities: () => request<Community[]>('/public/communities'),
  studios: () => request<{ localities: LocalityStudios[] }>('/public/studios'),
  similar: (query: { communityId: string; title: string; description: string }, signal?: AbortSignal) =>
    postJson<SimilarProblem[]>('/public/problems/similar', query, {}, signal),
  /** The key makes a retry or a double click return the first problem instead of a second. */
  submit: (problem: NewProblem, idempotencyKey: string) => postJson<TrackingReceipt>('/problems', problem, { 'Idempotency-Key': idempotencyKey }),
  join: (problemId: string, contact: ContactInput | undefined, idempotencyKey: string) =>
    postJson<TrackingReceipt>(`/public/problems/${encodeURIComponent(problemId)}/join`, contact ? { contact } : {}, { 'Idempotency-Key': idempotencyKey }),
  track: (code: string) => request<TrackedProblem>(`/public/problems/${encodeURIComponent(code)}`),
  photos: (code: string) => request<PhotoInfo[]>(`/public/problems/${encodeURIComponent(code)}/photos`),
  uploadPhoto: (code: string, photo: File) => {
    const form = new FormData();
    form.append('photo', photo);
    return request<PhotoInfo>(`/public/problems/${encodeURIComponent(code)}/photos`, { method: 'POST', body: form });
  },
  /** The resident answers what staff asked (the stage's clock runs again). */
  reply: (code: string, message: string) => postJson<{ reference: string }>(`/public/problems/${encodeURIComponent(code)}/reply`, { message }),
  /** The resident's own answer to the follow-up question (one per problem). */
  answerFollowUp: (code: string, satisfaction: string, reason?: string) =>
    postJson<{ reference: string }>(`/public/problems/${encodeURIComponent(code)}/satisfaction`, reason ? { satisfaction, reason } : { satisfaction }),
  photoUrl: (id: string) => `${API}/public/photos/${encodeURIComponent(id)}`,
};

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
