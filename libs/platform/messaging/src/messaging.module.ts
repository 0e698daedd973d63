import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { RedisConfig } from '@shangliang/config';
import type { PatternOf, PayloadInputOf, QueueName } from '@shangliang/contracts';
import { PrismaService, type Tx } from '@shangliang/persistence';
import { MessagePublisher } from './message-publisher';
import { OutboxRelay, writeOutbox } from './outbox';
import { createRedisConnection } from './redis-connection';

export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingOptions {
  redis: RedisConfig;
  /** The service name; outbox rows are tagged with it and only its relay publishes them. */
  source: string;
  /** Services that announce decisions have an outbox (it needs the PrismaModule). */
  outbox?: {
    /** Run the relay in this process (off only to simulate a crash before publishing). */
    relay: boolean;
    relayIntervalMs?: number;
  };
}

/**
 * A service's way to announce decisions: `add` inside the decision's transaction, `flush` after
 * it commits (the relay also polls, so a missed flush only delays).
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly relay: OutboxRelay;

  constructor(
    prisma: PrismaService,
    publisher: MessagePublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.relay = new OutboxRelay(prisma, publisher, { source: options.source, intervalMs: options.outbox?.relayIntervalMs }, new Logger('OutboxRelay'));
  }

  add<Q extends QueueName, P extends PatternOf<Q>>(tx: Tx, queue: Q, pattern: P, payload: PayloadInputOf<Q, P>, id?: string): Promise<string> {
    return writeOutbox(tx, this.options.source, queue, pattern, payload, id);
  }

  flush(): void {
    if (this.options.outbox?.relay) this.relay.kick();
  }

  onApplicationBootstrap(): void {
    if (this.options.outbox?.relay) this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    private readonly publisher: MessagePublisher,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
    await this.redis.quit().catch(() => undefined);
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: REDIS_CONNECTION, useFactory: () => createRedisConnection(options.redis, `${options.source}-producer`) },
        {
          provide: MessagePublisher,
          useFactory: (redis: Redis) => new MessagePublisher(redis, options.redis.prefix),
          inject: [REDIS_CONNECTION],
        },
        ...(options.outbox ? [Outbox] : []),
        RedisLifecycle,
      ],
      exports: [REDIS_CONNECTION, MessagePublisher, ...(options.outbox ? [Outbox] : [])],
    };
  }
}
