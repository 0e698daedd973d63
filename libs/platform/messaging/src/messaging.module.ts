import { randomUUID } from 'node:crypto';
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
import type { MessageLedgerConfig, RedisConfig } from '@shangliang/config';
import type { PatternOf, PayloadInputOf, QueueName } from '@shangliang/contracts';
import { PrismaService, type Tx } from '@shangliang/persistence';
import { MessagePublisher } from './message-publisher';
import { DeadLetters } from './dead-letters';
import { DeadLettersController } from './dead-letters.controller';
import { MessageReceipts, MessageReconciler } from './message-ledger';
import { OutboxRelay, outboxRow, writeOutbox, writeOutboxOnce } from './outbox';
import { createRedisConnection } from './redis-connection';

export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingOptions {
  redis: RedisConfig;
  /** The service name; outbox rows are tagged with it and only its relay publishes them. */
  source: string;
  /** Services that announce decisions have an outbox (it needs the PrismaModule). */
  outbox?: {
    /** Run the relay and the reconciler in this process (off only to simulate a crash). */
    relay: boolean;
    relayIntervalMs?: number;
    /** Retry and dead-letter policy, reconciliation and retention. */
    ledger: MessageLedgerConfig;
    /** Serve the admin API of dead letters (HTTP services). */
    deadLetterApi?: boolean;
  };
}

/**
 * A service's way to announce decisions: `add` inside the decision's transaction, `flush` after
 * it commits (the relay also polls, so a missed flush only delays).
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly relay: OutboxRelay;
  private readonly reconciler: MessageReconciler;

  constructor(
    private readonly prisma: PrismaService,
    publisher: MessagePublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    const ledger = options.outbox?.ledger;
    this.relay = new OutboxRelay(
      prisma,
      publisher,
      {
        source: options.source,
        intervalMs: options.outbox?.relayIntervalMs,
        retry: ledger && { maxAttempts: ledger.outbox.maxAttempts, baseMs: ledger.outbox.retryBaseMs, maxMs: ledger.outbox.retryMaxMs },
      },
      new Logger('OutboxRelay'),
    );
    this.reconciler = new MessageReconciler(
      prisma,
      publisher,
      {
        source: options.source,
        intervalMs: ledger?.reconcile.intervalMs ?? 60_000,
        graceMs: ledger?.reconcile.graceMs ?? 60_000,
        retentionDays: ledger?.retentionDays ?? 14,
      },
      new Logger('MessageReconciler'),
    );
  }

  add<Q extends QueueName, P extends PatternOf<Q>>(tx: Tx, queue: Q, pattern: P, payload: PayloadInputOf<Q, P>, id?: string): Promise<string> {
    return writeOutbox(tx, this.options.source, queue, pattern, payload, id);
  }

  /**
   * The validated row `add` would write, for a writer that inserts it in a statement of its own
   * (then `flush` after it commits, as with `add`).
   */
  row<Q extends QueueName, P extends PatternOf<Q>>(queue: Q, pattern: P, payload: PayloadInputOf<Q, P>, id: string = randomUUID()) {
    return outboxRow(this.options.source, queue, pattern, payload, id);
  }

  /** Records a message outside any transaction, once per id, and has it published now. */
  async send<Q extends QueueName, P extends PatternOf<Q>>(queue: Q, pattern: P, payload: PayloadInputOf<Q, P>, id: string): Promise<void> {
    await writeOutboxOnce(this.prisma, this.options.source, queue, pattern, payload, id);
    this.flush();
  }

  flush(): void {
    if (this.options.outbox?.relay) this.relay.kick();
  }

  onApplicationBootstrap(): void {
    if (!this.options.outbox?.relay) return;
    this.relay.start();
    this.reconciler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.reconciler.stop();
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

/** A sender's ledger: its outbox (relay and reconciler), its consumers' receipts, its dead letters. */
const ledgerProviders = [
  Outbox,
  { provide: MessageReceipts, useFactory: (prisma: PrismaService) => new MessageReceipts(prisma), inject: [PrismaService] },
  { provide: DeadLetters, useFactory: (prisma: PrismaService) => new DeadLetters(prisma), inject: [PrismaService] },
];

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
        ...(options.outbox ? ledgerProviders : []),
        RedisLifecycle,
      ],
      controllers: options.outbox?.deadLetterApi ? [DeadLettersController] : [],
      exports: [REDIS_CONNECTION, MessagePublisher, ...(options.outbox ? [Outbox, MessageReceipts] : [])],
    };
  }
}
