import { type CanActivate, type ExecutionContext, Inject, Injectable, type RawBodyRequest, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import { checkSignedBody, signBody } from './signed-body';

/**
 * Calls between our own services over HTTP (for the few answers that must not travel through
 * a queue, such as a resident's number resolved at the moment a text is sent). The caller signs
 * the body with the shared INTERNAL_API_SECRET; the header holds `t=<unix seconds>,v1=<hex>`.
 * The web proxy never forwards `/internal/…` routes, and an unsigned call is refused.
 */
export const INTERNAL_SIGNATURE_HEADER = 'x-shangliang-internal-signature';
const TOLERANCE_SECONDS = 300;

/** The provider an app that serves internal routes gives: its INTERNAL_API_SECRET. */
export const INTERNAL_API_SECRET = Symbol('INTERNAL_API_SECRET');

export const internalApiEnv = z.object({
  INTERNAL_API_SECRET: z.string().min(16),
});

export function signInternalRequest(secret: string, body: string, nowMs = Date.now()): string {
  const timestamp = Math.floor(nowMs / 1000);
  return `t=${timestamp},v1=${signBody(secret, timestamp, body)}`;
}

export function checkInternalRequest(secret: string, header: string | undefined, body: Buffer, nowMs = Date.now()) {
  const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  return checkSignedBody({
    secret,
    timestamp: parts.get('t'),
    signature: parts.get('v1'),
    body,
    nowSeconds: Math.floor(nowMs / 1000),
    toleranceSeconds: TOLERANCE_SECONDS,
    names: { timestamp: `${INTERNAL_SIGNATURE_HEADER} t`, signature: `${INTERNAL_SIGNATURE_HEADER} v1` },
  });
}

/** Lets a route be called only by another of our services (see above). */
@Injectable()
export class InternalRequestGuard implements CanActivate {
  constructor(@Inject(INTERNAL_API_SECRET) private readonly secret: string) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RawBodyRequest<Request>>();
    const check = checkInternalRequest(this.secret, request.header(INTERNAL_SIGNATURE_HEADER), request.rawBody ?? Buffer.alloc(0));
    if (!check.valid) throw new UnauthorizedException(check.reason);
    return true;
  }
}
