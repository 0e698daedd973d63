import { Body, Controller, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodValidationPipe } from 'nestjs-zod';
import { Public } from '@shangliang/auth';
import { HotlineSignatureGuard } from './hotline-signature.guard';
import { SubmitWorkOrderUseCase } from './submit-work-order.usecase';
import { WorkOrderDto } from './work-order.schema';

const WORK_ORDER_DESCRIPTION = `
A 12345-style call centre posts one work order (JSON). Fields:
orderNumber (string, 1–64 of A–Z a–z 0–9 . _ -, the partner's own id; unique per partner),
receivedAt (ISO 8601 with offset), callerPhone (digits, spaces, dashes, optional +),
callerName? (≤50), requestType (consultation | suggestion | complaint | help),
category (a problem category code, as in GET /open311/v2/services.json),
communityId (e.g. com-01), address? (≤300), content (5–4000 characters),
urgency (emergency | urgent | normal), partnerDeadline? (ISO 8601). Unknown fields are ignored.

Signed: X-Timestamp = unix seconds (within 5 minutes of our clock); X-Signature = hex
HMAC-SHA256(partner secret, "<X-Timestamp>.<raw body bytes>"). Unknown or inactive partner,
stale timestamp or bad signature → 401; a missing or malformed field → 400 naming it. Nothing is
written in either case.

Idempotent on (partner, orderNumber): the first request answers 201, every resend 200 with the
same body; the same order number with different content → 409. A caller who already has an open
problem with nearly the same text is added to it (merged: true).
Answer: { problemId, reference, trackingCode, merged }.`;

@ApiTags('hotline')
@Controller('hotline/partners/:partnerId/work-orders')
export class HotlineWorkOrdersController {
  constructor(private readonly submit: SubmitWorkOrderUseCase) {}

  @Public()
  @Post()
  @HttpCode(201)
  @UseGuards(HotlineSignatureGuard)
  @ApiHeader({ name: 'X-Timestamp', required: true, description: 'unix seconds' })
  @ApiHeader({ name: 'X-Signature', required: true, description: 'hex HMAC-SHA256(secret, `${timestamp}.${rawBody}`)' })
  @ApiOperation({ summary: 'Receive a work order from a hotline partner (signed; idempotent on the order number).', description: WORK_ORDER_DESCRIPTION })
  async receive(@Param('partnerId') partnerId: string, @Body(ZodValidationPipe) order: WorkOrderDto, @Res({ passthrough: true }) res: Response) {
    const { result, created } = await this.submit.execute(partnerId, order);
    if (!created) res.status(200);
    return result;
  }
}
