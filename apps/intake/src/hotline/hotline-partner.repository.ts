import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type HotlinePartnerRecord = Prisma.HotlinePartnerGetPayload<object>;

@Injectable()
export class HotlinePartnerRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<HotlinePartnerRecord | null> {
    return this.prisma.hotlinePartner.findUnique({ where: { id } });
  }

  list(): Promise<HotlinePartnerRecord[]> {
    return this.prisma.hotlinePartner.findMany({ orderBy: { createdAt: 'asc' } });
  }

  create(data: { id: string; name: string; secret: string; callbackUrl: string | null }): Promise<HotlinePartnerRecord> {
    return this.prisma.hotlinePartner.create({ data });
  }

  update(id: string, data: { name?: string; callbackUrl?: string | null; active?: boolean }): Promise<HotlinePartnerRecord> {
    return this.prisma.hotlinePartner.update({ where: { id }, data });
  }
}
