import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, type StaffPrincipal } from '@shangliang/auth';
import { StaffPreferenceRepository } from './staff-preference.repository';
import { UpdatePreferencesDto } from './staff-preferences.command';

/** Each member of staff chooses how they are told, besides the console inbox (always on). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications/preferences')
export class PreferencesController {
  constructor(private readonly preferences: StaffPreferenceRepository) {}

  @Get()
  @ApiOperation({ summary: 'My notification channels (the inbox is always on).' })
  async get(@CurrentStaff() staff: StaffPrincipal) {
    const p = await this.preferences.find(staff.staffId);
    return view(p ?? { email: null, phone: null, channels: [], locale: 'zh' });
  }

  @Put()
  @ApiOperation({ summary: "Choose my channels: e-mail and/or texts (with the address for each) and my language." })
  async put(@Body(ZodValidationPipe) body: UpdatePreferencesDto, @CurrentStaff() staff: StaffPrincipal) {
    return view(await this.preferences.save({ staffId: staff.staffId, email: body.email, phone: body.phone, channels: body.channels, locale: body.locale }));
  }
}

function view(p: { email: string | null; phone: string | null; channels: string[]; locale: string }) {
  return { email: p.email, phone: p.phone, channels: p.channels, locale: p.locale, inbox: true };
}
