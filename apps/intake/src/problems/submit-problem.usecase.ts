import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ProblemSource } from '@shangliang/contracts';
import { conflict, invalidField } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import { isUniqueViolation } from '@shangliang/persistence';
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
 * the idempotency key and the `problem.submitted` message commit together, in one statement, so
 * the workflow is started exactly once by the outbox relay — or not at all if nothing was
 * written. The request path is two round trips (the reference's sequence number, then the
 * statement) and the community's name comes from a short-lived cache; the receipt is built from
 * what was written, not read back.
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
    const community = await this.directory.cachedCommunity(command.communityId);
    if (!community) throw invalidField('communityId', `unknown community "${command.communityId}"`);

    try {
      // A retry with the same key fails the statement on the key (nothing is written) and is
      // answered below with the first problem: no lookup before every submission.
      const problem = await this.write(command, options, requestHash, community.name);
      this.outbox.flush();
      return { problem, replayed: false };
    } catch (error) {
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

  private async write(command: SubmitProblemCommand, options: SubmitOptions, requestHash: string, communityName: string): Promise<ProblemRecord> {
    const id = randomUUID();
    const now = new Date();
    const reference = problemReference(now.getUTCFullYear(), await this.problems.nextReferenceNumber());
    const resident = this.contacts.rowFor(command.contact);
    const problem = {
      id,
      reference,
      trackingCode: trackingCode(),
      source: options.source,
      category: command.category,
      urgency: command.urgency,
      title: command.title,
      description: command.description,
      communityId: command.communityId,
      address: command.address ?? null,
      lat: command.location?.lat ?? null,
      lng: command.location?.lng ?? null,
      stage: 'submitted',
      createdAt: now,
    };
    const residentId = await this.problems.insertSubmitted({
      problem,
      resident,
      reporter: reporterConsent(command.contact),
      idempotency: options.idempotency ? { ...options.idempotency, requestHash } : null,
      outbox: this.outbox.row('workflow-events', 'problem.submitted', {
        eventId: `${id}.submitted`,
        problemId: id,
        reference,
        category: command.category,
        urgency: command.urgency,
        communityId: command.communityId,
        communityName,
        submittedAt: now.toISOString(),
      }),
    });
    // The receipt needs only these; `resident` is left out (a number already on file keeps the
    // name it had, which this request must not learn).
    return {
      ...problem,
      dueAt: null,
      escalated: false,
      progressedAt: null,
      closedReason: null,
      awaitingResidentSince: null,
      clockSeq: 0,
      mergedIntoId: null,
      residentId,
      resident: null,
      updatedAt: now,
    };
  }
}
