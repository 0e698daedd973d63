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

/** True when a write failed on a unique constraint (Prisma's P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
