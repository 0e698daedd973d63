import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type ApiKeyRecord = Prisma.ApiKeyGetPayload<object>;

/** Open311 client keys (digests only). */
@Injectable()
export class ApiKeyRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { id: string; name: string; councilId: string; keyDigest: string; keyPrefix: string; createdBy: string }): Promise<ApiKeyRecord> {
    return this.prisma.apiKey.create({ data });
  }

  findById(id: string): Promise<ApiKeyRecord | null> {
    return this.prisma.apiKey.findUnique({ where: { id } });
  }

  findByDigest(keyDigest: string): Promise<ApiKeyRecord | null> {
    return this.prisma.apiKey.findUnique({ where: { keyDigest } });
  }

  list(councilId: string): Promise<ApiKeyRecord[]> {
    return this.prisma.apiKey.findMany({ where: { councilId }, orderBy: { createdAt: 'desc' } });
  }

  /** Revokes once; a second revoke leaves the first time in place. Another council's key is not found. */
  async revoke(id: string, councilId: string | null, at: Date): Promise<ApiKeyRecord | null> {
    const inCouncil = councilId === null ? {} : { councilId };
    await this.prisma.apiKey.updateMany({ where: { id, revokedAt: null, ...inCouncil }, data: { revokedAt: at } });
    return this.prisma.apiKey.findFirst({ where: { id, ...inCouncil } });
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.prisma.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
  }
}
