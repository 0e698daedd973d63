import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ApiCappedListResponse, conflict, notFound } from '@shangliang/http';
import { TOTAL_CAP } from '@shangliang/persistence';
import { DeliveryQueue } from './delivery.queue';
import { DeliveryRepository } from './delivery.repository';

const listQuerySchema = z.object({
  status: z.enum(['pending', 'sending', 'sent', 'failed', 'skipped']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
class ListDeliveriesQuery extends createZodDto(listQuerySchema) {}

/**
 * Admins see their council's deliveries — above all the failed ones, with the reason — and send
 * one again once the cause is fixed. Recipients show as keys (staff, department or reporter
 * ids), never as addresses.
 */
@ApiTags('notifications (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/notifications/deliveries')
export class DeliveriesAdminController {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly queue: DeliveryQueue,
  ) {}

  @Get()
  @ApiOperation({ summary: "My council's notification deliveries, latest first (?status=failed for those that failed for good). The total is counted up to a cap (totalIsLowerBound)." })
  @ApiCappedListResponse('deliveries, latest change first', TOTAL_CAP)
  async list(@Query(ZodValidationPipe) query: ListDeliveriesQuery, @CurrentStaff() staff: StaffPrincipal) {
    const [rows, { total, totalIsLowerBound }] = await this.deliveries.list({ councilId: staff.councilId, status: query.status, take: query.limit, skip: query.offset });
    const items = rows.map((d) => ({
      id: d.id,
      event: d.event.kind,
      reference: d.event.reference,
      problemId: d.event.problemId,
      recipient: d.recipientKey,
      channel: d.channel,
      status: d.status,
      attempts: d.attempts,
      lastError: d.lastError,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      sentAt: d.sentAt,
      notBefore: d.notBefore,
    }));
    return { items, total, totalIsLowerBound };
  }

  @Post(':id/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a failed (or skipped) delivery again, with fresh attempts.' })
  async resend(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    const reopened = await this.deliveries.reopen(id, staff.councilId);
    if (!reopened) {
      const existing = await this.deliveries.findInCouncil(id, staff.councilId);
      if (!existing) throw notFound('delivery');
      throw conflict(`the delivery is ${existing.status}; only failed or skipped ones are sent again`);
    }
    // A new job id: the failed job keeps its own for the record.
    await this.queue.enqueue([reopened], `.resend${Date.now()}`);
    return { id, status: 'pending' };
  }
}
