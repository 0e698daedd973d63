import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound } from '@shangliang/http';
import { CommunityScope } from '@shangliang/organisation';
import { ConsultationItemRepository } from './consultation-item.repository';
import { itemDetailView, itemView } from './consultation-item.view';
import { isVisible, itemVisibilityOf } from './item-visibility';

/** Reads of consultation items, narrowed to what the caller may see. */
@Injectable()
export class ConsultationItemQueries {
  constructor(
    private readonly items: ConsultationItemRepository,
    private readonly scope: CommunityScope,
  ) {}

  async list(query: { status?: string; limit: number; offset: number }, staff: StaffPrincipal) {
    const visibility = await itemVisibilityOf(staff, this.scope);
    const [rows, { total, totalIsLowerBound }] = await this.items.list({ status: query.status, visibility, take: query.limit, skip: query.offset });
    return { total, totalIsLowerBound, items: rows.map(itemView) };
  }

  async get(problemId: string, staff: StaffPrincipal) {
    const item = await this.items.findDetail(problemId);
    if (!item) throw notFound('consultation item');
    if (!isVisible(item, await itemVisibilityOf(staff, this.scope))) throw forbidden('this item is outside your area and team');
    return itemDetailView(item);
  }
}
