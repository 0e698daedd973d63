import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ProblemSource } from '@shangliang/contracts';
import { conflict, invalidField } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import { isUniqueViolation, type Tx } from '@shangliang/persistence';
import { ResidentContacts, reporterConsent } from '../residents/resident-contacts';
import { problemReference, trackingCode } from './problem-identifiers';
import { ProblemRepository, type ProblemRecord } from './problem.repository';
import type { SubmitProblemCommand } from './submit-problem.command';

export interface SubmitOptions {
  source: ProblemSource;
  /** Retries with the same key return the first problem instead of making another. */
  idempotency?: { scope: string; key: string };
}

/**
 * 群众点单: a resident's problem enters the problem bank. The problem, its first history entry,
 * the idempotency key and the `problem.submitted` message commit together, so the workflow is
 * started exactly once by the outbox relay — or not at all if nothing was written.
 */
@Injectable()
export class SubmitProblemUseCase {
  constructor(
    private readonly problems: ProblemRepository,
    private readonly directory: OrganisationDirectory,
    private readonly outbox: Outbox,
    private readonly contacts: ResidentContacts,
  ) {}

  async execute(command: SubmitProblemCommand, options: SubmitOptions): Promise<{ problem: ProblemRecord; replayed: boolean }> {
    const requestHash = createHash('sha256').update(JSON.stringify(command)).digest('hex');
    if (options.idempotency) {
      const replay = await this.replay(options.idempotency, requestHash);
      if (replay) return { problem: replay, replayed: true };
    }
    const community = await this.directory.community(command.communityId);
    if (!community) throw invalidField('communityId', `unknown community "${command.communityId}"`);

    try {
      const problemId = await this.problems.transaction((tx) => this.write(tx, command, options, requestHash, community.name));
      this.outbox.flush();
      return { problem: (await this.problems.findById(problemId))!, replayed: false };
    } catch (error) {
      // A concurrent request with the same key won the race: answer with its problem.
      if (options.idempotency && isUniqueViolation(error)) {
        const replay = await this.replay(options.idempotency, requestHash);
        if (replay) return { problem: replay, replayed: true };
      }
      throw error;
    }
  }

  private async replay(idempotency: { scope: string; key: string }, requestHash: string): Promise<ProblemRecord | null> {
    const existing = await this.problems.findByIdempotencyKey(idempotency.scope, idempotency.key);
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw conflict('this Idempotency-Key was already used for a different request', 'idempotency_key_reused');
    }
    return existing.problem;
  }

  private async write(tx: Tx, command: SubmitProblemCommand, options: SubmitOptions, requestHash: string, communityName: string): Promise<string> {
    const id = randomUUID();
    const now = new Date();
    const reference = problemReference(now.getUTCFullYear(), await this.problems.nextReferenceNumber(tx));
    const residentId = await this.contacts.upsert(tx, command.contact);
    await tx.problem.create({
      data: {
        id,
        reference,
        trackingCode: trackingCode(),
        source: options.source,
        category: command.category,
        urgency: command.urgency,
        title: command.title,
        description: command.description,
        communityId: command.communityId,
        address: command.address,
        lat: command.location?.lat,
        lng: command.location?.lng,
        stage: 'submitted',
        residentId,
        createdAt: now,
      },
    });
    if (residentId) {
      await tx.problemReporter.create({ data: { problemId: id, residentId, source: options.source, how: 'submitted', ...reporterConsent(command.contact) } });
    }
    await tx.problemHistory.create({
      data: { problemId: id, eventId: `${id}.received`, kind: 'received', stage: 'submitted', detail: { source: options.source }, occurredAt: now },
    });
    if (options.idempotency) {
      await tx.idempotencyKey.create({ data: { scope: options.idempotency.scope, key: options.idempotency.key, requestHash, problemId: id } });
    }
    await this.outbox.add(tx, 'workflow-events', 'problem.submitted', {
      eventId: `${id}.submitted`,
      problemId: id,
      reference,
      category: command.category,
      urgency: command.urgency,
      communityId: command.communityId,
      communityName,
      submittedAt: now.toISOString(),
    });
    return id;
  }
}
