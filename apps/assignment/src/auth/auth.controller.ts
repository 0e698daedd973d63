import { Body, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { AllowedBeforePasswordChange, CurrentStaff, Public, type StaffPrincipal } from '@shangliang/auth';
import { ChangePasswordDto } from '../organisation-admin/staff-accounts/staff-account.commands';
import { ChangePasswordUseCase } from './change-password.usecase';
import { CLIENT_ADDRESS, type ClientAddressOf } from '@shangliang/http';
import { LoginUseCase } from './login.usecase';

class LoginDto extends createZodDto(z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }).strict()) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginUseCase,
    private readonly changePassword: ChangePasswordUseCase,
    @Inject(CLIENT_ADDRESS) private readonly addressOf: ClientAddressOf,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in; the token works on every service (Authorization: Bearer …). 429 after 10 failures in 15 minutes for one account from one address, or one password tried on 5 accounts from one address.',
  })
  signIn(@Body(ZodValidationPipe) body: LoginDto, @Req() request: Request) {
    return this.login.execute(body.username, body.password, this.addressOf(request));
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Get('me')
  me(@CurrentStaff() staff: StaffPrincipal) {
    return staff;
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Post('password')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change your own password (required after an admin reset). Ends your other sessions; returns a fresh token.' })
  setPassword(@CurrentStaff() staff: StaffPrincipal, @Body(ZodValidationPipe) body: ChangePasswordDto) {
    return this.changePassword.execute(staff, body.currentPassword, body.newPassword);
  }
}
