import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { ApiKeyRepository } from './api-key.repository';
import { apiKeyView } from './api-key.view';
import { IssueApiKeyDto, IssueApiKeyUseCase } from './issue-api-key.usecase';
import { RevokeApiKeyUseCase } from './revoke-api-key.usecase';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/api-keys')
export class ApiKeysController {
  constructor(
    private readonly issue: IssueApiKeyUseCase,
    private readonly revoke: RevokeApiKeyUseCase,
    private readonly keys: ApiKeyRepository,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue an Open311 api_key to a client. The key is in this response only; keep it.' })
  create(@Body(ZodValidationPipe) body: IssueApiKeyDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.issue.execute(body, staff);
  }

  @Get()
  @ApiOperation({ summary: 'Issued Open311 keys (name, prefix, last use, revoked or not); never the keys themselves.' })
  async list(@CurrentStaff() staff: StaffPrincipal) {
    return (await this.keys.list(staff.councilId)).map(apiKeyView);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke a key: its next Open311 request is refused with 403.' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffPrincipal) {
    return this.revoke.execute(id, staff.councilId);
  }
}
