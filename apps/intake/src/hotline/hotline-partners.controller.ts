import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { HotlineOrderQueries } from './hotline-order.queries';
import { CreatePartnerDto, HotlinePartnersUseCase, UpdatePartnerDto } from './hotline-partners.usecase';

@ApiTags('hotline')
@ApiBearerAuth()
@Roles('admin')
@Controller('hotline/partners')
export class HotlinePartnersController {
  constructor(
    private readonly partners: HotlinePartnersUseCase,
    private readonly orders: HotlineOrderQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a hotline partner. The answer carries its signing secret, shown this once.' })
  create(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: CreatePartnerDto) {
    return this.partners.create(staff.councilId, body);
  }

  @Get()
  @ApiOperation({ summary: 'Hotline partners (without their secrets).' })
  list(@CurrentStaff() staff: StaffPrincipal) {
    return this.partners.list(staff.councilId);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a partner's name or callback URL, or (de)activate it: an inactive partner's orders are refused." })
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: UpdatePartnerDto) {
    return this.partners.update(staff.councilId, id, body);
  }

  @Get(':partnerId/orders/:orderNumber')
  @ApiOperation({ summary: 'One work order: the problem it raised or joined, and each status callback (pending, delivered or failed, attempts, last error).' })
  order(@CurrentStaff() staff: StaffPrincipal, @Param('partnerId') partnerId: string, @Param('orderNumber') orderNumber: string) {
    return this.orders.get(staff.councilId, partnerId, orderNumber);
  }
}
