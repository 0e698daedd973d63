import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { OrganisationDirectory } from '@shangliang/organisation';
import { Open311Error } from './open311-error';
import type { Open311Value } from './open311-format';
import { isServiceCode } from './open311-services';
import type { ListRequestsQuery } from './open311-request.schema';
import { Open311RequestRepository, type RequestRecord } from './open311-request.repository';
import { requestView } from './open311-request.view';

const DAY_MS = 24 * 3600 * 1000;
/** The spec: a query may span at most 90 days, and by default covers the most recent 90. */
export const MAX_SPAN_MS = 90 * DAY_MS;
/** The spec: "first 1000 requests returned, whichever is smallest". */
export const MAX_REQUESTS = 1000;
/** While a department holds the referral (and under supervision of it), it is the agency responsible. */
const DEPARTMENT_STAGES = new Set(['referral', 'escalation']);
const TOKEN = z.uuid();

/** GET requests, one request, and tokens, read from the problem bank. */
@Injectable()
export class Open311RequestQueries {
  constructor(
    private readonly requests: Open311RequestRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  async list(query: ListRequestsQuery, now: Date = new Date()): Promise<Open311Value> {
    if (query.service_request_id) return this.views(await this.requests.find({ references: query.service_request_id, take: MAX_REQUESTS }));
    const unknown = query.service_code?.filter((c) => !isServiceCode(c));
    if (unknown?.length) throw Open311Error.badRequest(`service_code: ${unknown.join(', ')} is not a service code (see services.xml)`);
    const { from, to } = dateWindow(query.start_date, query.end_date, now);
    return this.views(await this.requests.find({ categories: query.service_code, statuses: query.status, from, to, take: MAX_REQUESTS }));
  }

  async one(reference: string): Promise<Open311Value> {
    const found = await this.requests.find({ references: [reference], take: 1 });
    if (!found.length) throw Open311Error.notFound(`service_request_id ${reference} not found`);
    return this.views(found);
  }

  /**
   * Our requests are created in real time, so a token is simply the problem's internal id (a
   * UUID); anything else cannot be one of ours, and must not reach the uuid column.
   */
  async token(token: string): Promise<Open311Value> {
    const found = TOKEN.safeParse(token).success ? await this.requests.findById(token) : null;
    if (!found) throw Open311Error.notFound(`token ${token} not found`);
    return [{ service_request_id: found.reference, token: found.id }];
  }

  private async views(problems: RequestRecord[]): Promise<Open311Value> {
    if (!problems.length) return [];
    const ids = problems.map((p) => p.id);
    const [departments, media, mergedInto, agencies] = await Promise.all([
      this.requests.referredDepartments(ids),
      this.requests.mediaUrls(ids),
      this.requests.references(problems.flatMap((p) => (p.mergedIntoId ? [p.mergedIntoId] : []))),
      this.agencies(),
    ]);
    const departmentNames = await this.departmentNames([...new Set(departments.values())]);
    return problems.map((p) => {
      const departmentId = DEPARTMENT_STAGES.has(p.stage) ? departments.get(p.id) : undefined;
      return requestView(p, {
        agency: (departmentId && departmentNames.get(departmentId)) || agencies.get(p.communityId) || null,
        mergedIntoReference: p.mergedIntoId ? (mergedInto.get(p.mergedIntoId) ?? null) : null,
        mediaUrl: media.get(p.id) ?? null,
      });
    });
  }

  /** The member group of each community (委员小组), named after its community. */
  private async agencies(): Promise<Map<string, string>> {
    const communities = await this.directory.communities();
    return new Map(communities.map((c) => [c.id, `${c.name}政协委员小组 / Council member group of ${c.name}`]));
  }

  private async departmentNames(ids: string[]): Promise<Map<string, string>> {
    const found = await Promise.all(ids.map((id) => this.directory.department(id)));
    return new Map(found.flatMap((d) => (d ? [[d.id, d.name] as [string, string]] : [])));
  }
}

/** The requested date range, defaulting to the most recent 90 days, refused if it spans more. */
export function dateWindow(start: string | undefined, end: string | undefined, now: Date): { from: Date; to: Date } {
  const to = end ? new Date(end) : start ? new Date(Date.parse(start) + MAX_SPAN_MS) : now;
  const from = start ? new Date(start) : new Date(to.getTime() - MAX_SPAN_MS);
  if (from > to) throw Open311Error.badRequest('start_date: must be before end_date');
  if (to.getTime() - from.getTime() > MAX_SPAN_MS) throw Open311Error.badRequest('start_date, end_date: may not span more than 90 days');
  return { from, to };
}
