import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import { type DatabaseConfig } from './database-config';
import { prismaClientOptions } from './prisma-client';

export const DATABASE_CONFIG = Symbol('DATABASE_CONFIG');

/** The one Prisma client of a service process, closed on shutdown. */
@Injectable()
export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_CONFIG) config: DatabaseConfig) {
    super(prismaClientOptions(config));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
  }
}

@Global()
@Module({})
export class PrismaModule {
  static forRoot(config: DatabaseConfig): DynamicModule {
    return {
      module: PrismaModule,
      providers: [{ provide: DATABASE_CONFIG, useValue: config }, PrismaService],
      exports: [PrismaService],
    };
  }
}
