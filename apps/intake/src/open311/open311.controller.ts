import { Body, Controller, Get, Headers, HttpCode, Inject, Param, type PipeTransform, Post, Query, Req, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodValidationPipe } from 'nestjs-zod';
import { Public } from '@shangliang/auth';
import { PublicIntakeRateLimit } from '../rate-limits/rate-limit.guard';
import { OPEN311_CONFIG, type Open311Config } from './open311.config';
import { Open311ExceptionFilter } from './open311.filter';
import { Open311ApiKeyGuard, type RequestWithApiKey } from './open311-api-key.guard';
import { Open311Error } from './open311-error';
import { type Open311Document, type Open311Format, OPEN311_FORMATS } from './open311-format';
import { Open311ResponseInterceptor } from './open311-response.interceptor';
import { isServiceCode, serviceDefinition, serviceList } from './open311-services';
import { JurisdictionQueryDto, ListRequestsQueryDto, PostRequestDto } from './open311-request.schema';
import { Open311RequestQueries } from './open311-request.queries';
import { checkJurisdiction, SubmitOpen311RequestUseCase } from './submit-open311-request.usecase';

/** Bumped when the service list or a service definition changes, so clients refresh their cache. */
const SERVICES_CHANGESET = '2026-11-26T00:00:00Z';

/** Only .xml and .json exist; any other extension is an unknown resource. */
class Open311FormatPipe implements PipeTransform<string, Open311Format> {
  transform(value: string): Open311Format {
    if (!(OPEN311_FORMATS as readonly string[]).includes(value)) throw Open311Error.notFound(`format "${value}" not found; use .xml or .json`);
    return value as Open311Format;
  }
}

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): the civic-issue API FixMyStreet
 * and city CRMs speak. Every resource in XML and JSON; errors in the spec's format.
 */
@ApiTags('open311')
@Public()
@Controller('open311/v2')
@UseFilters(Open311ExceptionFilter)
@UseInterceptors(Open311ResponseInterceptor)
export class Open311Controller {
  constructor(
    private readonly submit: SubmitOpen311RequestUseCase,
    private readonly queries: Open311RequestQueries,
    @Inject(OPEN311_CONFIG) private readonly config: Open311Config,
  ) {}

  @Get('discovery.:format')
  @ApiOperation({ summary: 'Service discovery: where the GeoReport v2 endpoint is and which formats it speaks.' })
  discovery(@Param('format', Open311FormatPipe) _format: Open311Format, @Req() request: Request): Open311Document {
    const url = this.config.baseUrl ?? `${request.protocol}://${request.get('host')}/open311/v2`;
    return {
      root: 'discovery',
      value: {
        changeset: SERVICES_CHANGESET,
        contact: this.config.contact,
        key_service: 'api_key 由政协办公室管理员签发 / API keys are issued by the council office administrators (POST /admin/api-keys)',
        endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url, changeset: SERVICES_CHANGESET, type: 'production', formats: ['text/xml', 'application/json'] }],
      },
    };
  }

  @Get('services.:format')
  @ApiOperation({ summary: 'GET Service List: the problem categories, as service codes.' })
  services(@Param('format', Open311FormatPipe) _format: Open311Format, @Query(ZodValidationPipe) query: JurisdictionQueryDto): Open311Document {
    checkJurisdiction(query.jurisdiction_id, this.config);
    return { root: 'services', value: serviceList() };
  }

  @Get('services/:code.:format')
  @ApiOperation({ summary: 'GET Service Definition: the attributes (urgency, community) of one service.' })
  service(@Param('code') code: string, @Param('format', Open311FormatPipe) _format: Open311Format, @Query(ZodValidationPipe) query: JurisdictionQueryDto): Open311Document {
    checkJurisdiction(query.jurisdiction_id, this.config);
    if (!isServiceCode(code)) throw Open311Error.notFound(`service_code ${code} not found`);
    return { root: 'service_definition', value: serviceDefinition(code) };
  }

  @Post('requests.:format')
  @HttpCode(201)
  @UseGuards(Open311ApiKeyGuard)
  @PublicIntakeRateLimit({ phoneField: 'phone' })
  @ApiOperation({ summary: 'POST Service Request (form-encoded, api_key required). An optional Idempotency-Key header makes retries safe.' })
  async create(
    @Param('format', Open311FormatPipe) _format: Open311Format,
    @Body(ZodValidationPipe) body: PostRequestDto,
    @Req() request: RequestWithApiKey,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<Open311Document> {
    if (idempotencyKey !== undefined && (idempotencyKey.trim() === '' || idempotencyKey.length > 150)) throw Open311Error.badRequest('Idempotency-Key: must be 1–150 characters');
    const apiKeyId = request.open311ApiKeyId;
    if (!apiKeyId) throw Open311Error.forbidden('api_key is required to submit a request');
    return { root: 'service_requests', value: await this.submit.execute(body, apiKeyId, idempotencyKey?.trim()) };
  }

  @Get('requests.:format')
  @ApiOperation({ summary: 'GET Service Requests: filter by service_request_id, service_code, status, start_date/end_date (at most 90 days; 1000 requests).' })
  async list(@Param('format', Open311FormatPipe) _format: Open311Format, @Query(ZodValidationPipe) query: ListRequestsQueryDto): Promise<Open311Document> {
    checkJurisdiction(query.jurisdiction_id, this.config);
    return { root: 'service_requests', value: await this.queries.list(query) };
  }

  @Get('requests/:id.:format')
  @ApiOperation({ summary: 'GET Service Request: one request by its service_request_id (our problem reference).' })
  async one(@Param('id') id: string, @Param('format', Open311FormatPipe) _format: Open311Format, @Query(ZodValidationPipe) query: JurisdictionQueryDto): Promise<Open311Document> {
    checkJurisdiction(query.jurisdiction_id, this.config);
    return { root: 'service_requests', value: await this.queries.one(id) };
  }

  @Get('tokens/:id.:format')
  @ApiOperation({ summary: 'GET service_request_id from a token.' })
  async token(@Param('id') id: string, @Param('format', Open311FormatPipe) _format: Open311Format, @Query(ZodValidationPipe) query: JurisdictionQueryDto): Promise<Open311Document> {
    checkJurisdiction(query.jurisdiction_id, this.config);
    return { root: 'service_requests', value: await this.queries.token(id) };
  }
}
