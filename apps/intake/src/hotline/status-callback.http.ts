import { Injectable } from '@nestjs/common';

/** The partner's answer, or why there was none. */
export type CallbackResponse = { ok: true; status: number } | { ok: false; error: string };

/** Sends a callback over HTTP; an interface so the delivery rules are tested without a network. */
export abstract class CallbackHttp {
  abstract post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<CallbackResponse>;
}

@Injectable()
export class FetchCallbackHttp extends CallbackHttp {
  async post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<CallbackResponse> {
    try {
      // Redirects are not followed: the signed body must reach the URL the admin registered.
      const res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      await res.body?.cancel();
      return res.status >= 200 && res.status < 300 ? { ok: true, status: res.status } : { ok: false, error: `partner answered HTTP ${res.status}` };
    } catch (error) {
      const reason = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : error.message) : String(error);
      return { ok: false, error: reason };
    }
  }
}
