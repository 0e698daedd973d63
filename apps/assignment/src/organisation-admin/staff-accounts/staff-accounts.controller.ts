import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { CreateStaffAccountDto, UpdateStaffAccountDto } from './staff-account.commands';
import { StaffAccountsUseCases } from './staff-accounts.usecases';

/** Staff accounts of the admin's own council: create, disable, reset the password, move. Audited. */
@ApiTags('staff accounts (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/staff-accounts')
export class StaffAccountsController {
  constructor(private readonly accounts: StaffAccountsUseCases) {}

  @Get()
  list(@CurrentStaff() staff: StaffPrincipal) {
    return this.accounts.list(staff);
  }

  @Post()
  @ApiOperation({ summary: 'Create an account; the answer carries a one-time password, to be changed at first sign-in.' })
  create(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: CreateStaffAccountDto) {
    return this.accounts.create(staff, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the name, role and place ({placement: {role, …}}), or disable/enable ({active}). Applies to the next request.' })
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body(ZodValidationPipe) body: UpdateStaffAccountDto) {
    return this.accounts.update(staff, id, body);
  }

  @Post(':id/password-reset')
  @HttpCode(200)
  @ApiOperation({ summary: "Reset the password: ends the account's sessions and answers a one-time password, to be changed at first sign-in." })
  resetPassword(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string) {
    return this.accounts.resetPassword(staff, id);
  }
}
