import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from '@prisma/client';
import { type DatabaseConfig, poolOptions } from './database-config';

export { Prisma, PrismaClient };
/** The client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;

export function prismaClientOptions(config: DatabaseConfig) {
  return { adapter: new PrismaPg(poolOptions(config)) };
}

export function createPrismaClient(config: DatabaseConfig): PrismaClient {
  return new PrismaClient(prismaClientOptions(config));
}

/**
 * True when a write failed on a unique constraint: Prisma's P2002 for a model write, or a raw
 * statement (P2010) that PostgreSQL refused with 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  if (error.code !== 'P2010') return false;
  const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  return meta?.code === '23505' || meta?.driverAdapterError?.cause?.originalCode === '23505' || /Code: `23505`/.test(error.message);
}
