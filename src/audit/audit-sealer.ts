import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { sealPending } from './seal-pending.js';

/**
 * How often each instance looks for entries nobody sealed: normally none (their
 * writer seals them as it commits); after a crash between a writer's commit and
 * its seal, or a failed seal, an entry stays unsealed at most this long once
 * the database answers again.
 */
export const SWEEP_EVERY_MS = 1000;

/**
 * Seals pending audit entries into the hash chain (seal-pending.ts), so that
 * writers never wait for each other inside their transactions:
 *
 * - a writer's transaction only INSERTs its entries into audit_pending; when it
 *   commits, the same call seals them before returning (so before its HTTP
 *   answer), on the writer's own connection, now idle: a sealer never waits for
 *   a pool connection that writers waiting for it might hold (the embedded
 *   database has exactly one);
 * - writers that commit while a seal is running share the next one: one
 *   transaction seals the whole group, which is where the throughput comes from;
 * - every SWEEP_EVERY_MS, and before a reader shows the trail, whatever was
 *   committed but is not sealed yet is sealed.
 *
 * One pass at a time per process; the chain lock orders passes of several
 * instances on one database.
 */
@Injectable()
export class AuditSealer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Audit');
  /** Transactions that appended entries and have not committed yet. */
  private readonly unsealed = new WeakSet<QueryRunner>();
  /** Passes in this process run one after the other. */
  private tail: Promise<unknown> = Promise.resolve();
  /** The pass that has not started yet: anyone who needs a seal now joins it, since it will see their entries. */
  private next: Promise<number> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriber: EntitySubscriberInterface = {
    afterTransactionCommit: (event: TransactionCommitEvent) => this.committed(event.queryRunner),
    afterTransactionRollback: (event: TransactionRollbackEvent) => {
      if (!event.queryRunner.isTransactionActive) this.unsealed.delete(event.queryRunner);
    },
  };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    // The one hook TypeORM offers after COMMIT, whichever feature opened the transaction.
    this.dataSource.subscribers.push(this.subscriber);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    const index = this.dataSource.subscribers.indexOf(this.subscriber);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
    await this.tail;
  }

  /** AuditTrail appended entries through `em`: they are sealed when its transaction commits, or now if it has none. */
  async appended(em: EntityManager): Promise<void> {
    const runner = em.queryRunner;
    if (!runner) await this.flush();
    else if (runner.isTransactionActive) this.unsealed.add(runner);
    // Autocommitted already: sealed on the caller's own connection, which may be the only one.
    else await this.sealOn(runner);
  }

  /**
   * Seals every entry committed before the call. Readers of the trail call it
   * first: an entry whose change a user could already see is in what they read.
   */
  async flush(): Promise<void> {
    if (this.next) {
      await this.next;
      return;
    }
    const [{ pending }] = (await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM audit_pending) AS pending')) as { pending: boolean }[];
    if (!pending) return;
    // Connected before the pass is queued: a queued pass must never wait for a pool connection.
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await this.sealOn(runner);
    } finally {
      await runner.release();
    }
  }

  /** The periodic look for entries nobody sealed (a writer that crashed after its commit). Never throws. */
  async sweep(): Promise<void> {
    try {
      await this.flush();
    } catch (error) {
      this.logger.warn(`Sealing pending audit entries failed, will retry: ${(error as Error).message}`);
    }
  }

  private committed(runner: QueryRunner): Promise<void> | void {
    // A released savepoint leaves the transaction open: only the outermost commit counts.
    if (runner.isTransactionActive || !this.unsealed.delete(runner)) return;
    // The change is committed: a failed seal must not turn it into an error for its writer. The sweep seals it later.
    return this.sealOn(runner).then(
      () => undefined,
      (error: Error) => this.logger.warn(`Sealing audit entries after a commit failed, the sweep will retry: ${error.message}`),
    );
  }

  /** Joins the pass not started yet, or queues one on `runner` (connected, not in a transaction, kept until it ends). */
  private sealOn(runner: QueryRunner): Promise<number> {
    if (!this.next) {
      const pass = this.tail.then(() => {
        this.next = null;
        return sealPending(runner);
      });
      this.next = pass;
      this.tail = pass.catch(() => undefined);
    }
    return this.next;
  }
}
