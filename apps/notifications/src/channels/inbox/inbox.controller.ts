import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, type StaffPrincipal } from '@shangliang/auth';
import { ApiCappedListResponse, notFound } from '@shangliang/http';
import { TOTAL_CAP } from '@shangliang/persistence';
import { InboxRepository } from './inbox.repository';

const listQuerySchema = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
class ListInboxQuery extends createZodDto(listQuerySchema) {}

/** Every member of staff's own console inbox (the bell): newest first, read or not. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications/inbox')
export class InboxController {
  constructor(private readonly inbox: InboxRepository) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first (?unread=true for the unread ones), with the unread count. The total is counted up to a cap (totalIsLowerBound).' })
  @ApiCappedListResponse('notifications, newest first', TOTAL_CAP, { unread: { type: 'integer', description: 'How many of my notifications are unread (the bell), counted exactly.' } })
  async list(@Query(ZodValidationPipe) query: ListInboxQuery, @CurrentStaff() staff: StaffPrincipal) {
    const [[entries, { total, totalIsLowerBound }], unread] = await Promise.all([
      this.inbox.list(staff.staffId, { unread: query.unread === 'true', take: query.limit, skip: query.offset }),
      this.inbox.unreadCount(staff.staffId),
    ]);
    const items = entries.map((e) => ({ id: e.id, event: e.eventKind, title: e.title, body: e.body, link: e.link, createdAt: e.createdAt, readAt: e.readAt }));
    return { items, total, totalIsLowerBound, unread };
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread (the bell).' })
  async unreadCount(@CurrentStaff() staff: StaffPrincipal) {
    return { unread: await this.inbox.unreadCount(staff.staffId) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read.' })
  async readAll(@CurrentStaff() staff: StaffPrincipal) {
    return { marked: await this.inbox.markAllRead(staff.staffId) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read.' })
  async read(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    if (!(await this.inbox.markRead(staff.staffId, id))) throw notFound('notification');
    return { id, read: true };
  }
}
