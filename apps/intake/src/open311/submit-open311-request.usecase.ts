import { Inject, Injectable } from '@nestjs/common';
import { URGENCIES, type Urgency } from '@shangliang/contracts';
import { OrganisationDirectory } from '@shangliang/organisation';
import { titleFrom } from '../hotline/work-order.schema';
import type { SubmitProblemCommand } from '../problems/submit-problem.command';
import { SubmitProblemUseCase } from '../problems/submit-problem.usecase';
import { nearestCommunity } from './nearest-community';
import { OPEN311_CONFIG, type Open311Config } from './open311.config';
import { Open311Error } from './open311-error';
import type { Open311Value } from './open311-format';
import { COMMUNITY_ATTRIBUTE, isServiceCode, URGENCY_ATTRIBUTE } from './open311-services';
import type { PostRequest } from './open311-request.schema';
import { Open311RequestRepository } from './open311-request.repository';
import { SERVICE_NOTICE } from './open311-request.view';

/**
 * An Open311 client (FixMyStreet, a city CRM) submits a request: it becomes a problem from the
 * `open311` channel in the community named by attribute[community_id], or else the community
 * nearest to lat/long. The resident's phone and name go to the contact store only; their email,
 * device and account ids are not kept (we have no use for them).
 */
@Injectable()
export class SubmitOpen311RequestUseCase {
  constructor(
    private readonly submitProblem: SubmitProblemUseCase,
    private readonly directory: OrganisationDirectory,
    private readonly requests: Open311RequestRepository,
    @Inject(OPEN311_CONFIG) private readonly config: Open311Config,
  ) {}

  async execute(request: PostRequest, apiKeyId: string, idempotencyKey?: string): Promise<Open311Value> {
    checkJurisdiction(request.jurisdiction_id, this.config);
    if (!isServiceCode(request.service_code)) throw Open311Error.notFound(`service_code ${request.service_code} not found (see services.xml)`);
    const command: SubmitProblemCommand = {
      title: titleFrom(request.description),
      description: request.description,
      category: request.service_code,
      urgency: urgencyOf(request.attribute),
      communityId: await this.communityOf(request),
      address: request.address_string,
      location: request.lat !== undefined && request.long !== undefined ? { lat: request.lat, lng: request.long } : undefined,
      contact: contactOf(request),
    };
    const { problem } = await this.submitProblem.execute(command, {
      source: 'open311',
      idempotency: idempotencyKey ? { scope: 'open311', key: `${apiKeyId}/${idempotencyKey}` } : undefined,
    });
    await this.requests.recordSubmission(problem.id, { apiKeyId, mediaUrl: request.media_url ?? null });
    return [{ service_request_id: problem.reference, service_notice: SERVICE_NOTICE, account_id: null }];
  }

  private async communityOf(request: PostRequest): Promise<string> {
    const named = attributeValue(request.attribute, COMMUNITY_ATTRIBUTE);
    if (named) {
      if (!(await this.directory.community(named))) throw Open311Error.badRequest(`attribute[${COMMUNITY_ATTRIBUTE}]: unknown community "${named}"`);
      return named;
    }
    if (request.lat === undefined || request.long === undefined) {
      throw Open311Error.badRequest(`attribute[${COMMUNITY_ATTRIBUTE}]: required when lat/long are not given`);
    }
    const nearest = nearestCommunity({ lat: request.lat, lng: request.long }, await this.directory.communities(), this.config.maxCommunityDistanceKm);
    if (!nearest) throw Open311Error.badRequest('lat, long: the location is outside the area this council serves');
    return nearest.id;
  }
}

/** The spec: jurisdiction_id may be left out, but one we do not serve is a 404. */
export function checkJurisdiction(jurisdictionId: string | undefined, config: Pick<Open311Config, 'jurisdictionId'>): void {
  if (jurisdictionId && jurisdictionId !== config.jurisdictionId) throw Open311Error.notFound(`jurisdiction_id ${jurisdictionId} not found`);
}

function urgencyOf(attributes: PostRequest['attribute']): Urgency {
  const value = attributeValue(attributes, URGENCY_ATTRIBUTE);
  if (!value) throw Open311Error.badRequest(`attribute[${URGENCY_ATTRIBUTE}]: is required (${URGENCIES.join(', ')})`);
  if (!(URGENCIES as readonly string[]).includes(value)) throw Open311Error.badRequest(`attribute[${URGENCY_ATTRIBUTE}]: must be one of ${URGENCIES.join(', ')}`);
  return value as Urgency;
}

/** A singlevaluelist or string attribute: one value, however the client sent it. */
function attributeValue(attributes: PostRequest['attribute'], code: string): string | undefined {
  const raw = attributes?.[code];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.trim() || undefined;
}

/** Family name first when the name is Chinese (王 + 小红), given name first otherwise. */
function contactOf(request: PostRequest): SubmitProblemCommand['contact'] {
  const { first_name: first, last_name: last, phone } = request;
  const cjk = /[\u4e00-\u9fff]/.test(`${first ?? ''}${last ?? ''}`);
  const name = [cjk ? last : first, cjk ? first : last].filter(Boolean).join(cjk ? '' : ' ') || undefined;
  if (!name && !phone) return undefined;
  return { name: name?.slice(0, 50), phone, consentToCallback: false, consentToTexts: false, locale: 'zh' };
}
