import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type HotlinePartnerRecord = Prisma.HotlinePartnerGetPayload<object>;

@Injectable()
export class HotlinePartnerRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<HotlinePartnerRecord | null> {
    return this.prisma.hotlinePartner.findUnique({ where: { id } });
  }

  /** A partner of the council, or null (another council's partner is not found). */
  findInCouncil(id: string, councilId: string): Promise<HotlinePartnerRecord | null> {
    return this.prisma.hotlinePartner.findFirst({ where: { id, councilId } });
  }

  list(councilId: string): Promise<HotlinePartnerRecord[]> {
    return this.prisma.hotlinePartner.findMany({ where: { councilId }, orderBy: { createdAt: 'asc' } });
  }

  create(data: { id: string; name: string; councilId: string; secret: string; callbackUrl: string | null }): Promise<HotlinePartnerRecord> {
    return this.prisma.hotlinePartner.create({ data });
  }

  update(id: string, data: { name?: string; callbackUrl?: string | null; active?: boolean }): Promise<HotlinePartnerRecord> {
    return this.prisma.hotlinePartner.update({ where: { id }, data });
  }
}
