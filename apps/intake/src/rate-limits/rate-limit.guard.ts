import { applyDecorators, type CanActivate, type ExecutionContext, Inject, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { clientAddressResolver, DomainError } from '@shangliang/http';
import { phoneDigest } from '../residents/personal-data';
import { PublicIntakeRateLimiter, RATE_LIMIT_CONFIG } from './public-intake-rate-limiter';
import type { RateLimitConfig } from './rate-limits.config';

const PHONE_FIELD = 'rate-limit:phone-field';
export const PII_DIGEST_SECRET = Symbol('PII_DIGEST_SECRET');

/**
 * Limits a public intake route per client address and per phone number. `phoneField` is the
 * dotted path of the phone number in the request body (e.g. `contact.phone`); the number is
 * only ever used as its keyed digest.
 */
export const PublicIntakeRateLimit = (options: { phoneField?: string } = {}) =>
  applyDecorators(SetMetadata(PHONE_FIELD, options.phoneField), UseGuards(PublicIntakeRateLimitGuard));

/**
 * Runs before validation so that malformed floods count too. Over the limit: 429 with
 * `rate_limited` and Retry-After, and the handler never runs.
 */
@Injectable()
export class PublicIntakeRateLimitGuard implements CanActivate {
  private readonly addressOf: ReturnType<typeof clientAddressResolver>;

  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: PublicIntakeRateLimiter,
    @Inject(RATE_LIMIT_CONFIG) private readonly config: RateLimitConfig,
    @Inject(PII_DIGEST_SECRET) private readonly piiSecret: string,
  ) {
    this.addressOf = clientAddressResolver({ hops: config.trustedProxyHops, proxies: config.trustedProxies });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const phoneField = this.reflector.get<string | undefined>(PHONE_FIELD, context.getHandler());
    const phone = phoneField ? valueAt(request.body, phoneField) : undefined;
    const decision = await this.limiter.check({
      address: this.addressOf(request),
      phoneDigest: typeof phone === 'string' && /\d{5,}/.test(phone.replace(/\D/g, '')) ? phoneDigest(phone, this.piiSecret) : null,
    });
    if (decision.allowed) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
    const what = decision.limitedBy === 'ip' ? 'from this address' : 'for this phone number';
    throw new DomainError(429, 'rate_limited', `too many submissions ${what}; try again in ${decision.retryAfterSeconds} s`);
  }
}

function valueAt(body: unknown, path: string): unknown {
  let value: unknown = body;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
