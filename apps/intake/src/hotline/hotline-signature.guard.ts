import { type CanActivate, type ExecutionContext, Inject, Injectable, type RawBodyRequest, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { invalidField } from '@shangliang/http';
import { HOTLINE_CONFIG, type HotlineConfig } from './hotline.config';
import { checkHotlineSignature } from './hotline-signature';
import { HotlinePartnerRepository } from './hotline-partner.repository';

/**
 * A work order is accepted only from an active partner whose signature over the exact bytes
 * received is valid and fresh. Runs before body validation, so an unsigned request learns
 * nothing about the payload format, and nothing is written for it.
 */
@Injectable()
export class HotlineSignatureGuard implements CanActivate {
  constructor(
    private readonly partners: HotlinePartnerRepository,
    @Inject(HOTLINE_CONFIG) private readonly config: HotlineConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RawBodyRequest<Request>>();
    const partner = await this.partners.findById(String(request.params.partnerId ?? ''));
    // One answer for unknown and inactive partners: no probing for partner ids.
    if (!partner?.active) throw new UnauthorizedException('unknown or inactive hotline partner');
    if (!request.rawBody) throw invalidField('(body)', 'send the work order as JSON (Content-Type: application/json)');
    const check = checkHotlineSignature({
      secret: partner.secret,
      timestamp: request.header('x-timestamp'),
      signature: request.header('x-signature'),
      body: request.rawBody,
      nowSeconds: Math.floor(Date.now() / 1000),
      toleranceSeconds: this.config.signatureToleranceSeconds,
    });
    if (!check.valid) throw new UnauthorizedException(check.reason);
    return true;
  }
}
