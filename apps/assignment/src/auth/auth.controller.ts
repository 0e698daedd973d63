import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Public, type StaffPrincipal } from '@shangliang/auth';
import { LoginUseCase } from './login.usecase';

class LoginDto extends createZodDto(z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }).strict()) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly login: LoginUseCase) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; the token works on every service (Authorization: Bearer …). After 10 failures in 15 minutes for one account from one address: 429.' })
  signIn(@Body(ZodValidationPipe) body: LoginDto, @Ip() address: string) {
    return this.login.execute(body.username, body.password, address);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentStaff() staff: StaffPrincipal) {
    return staff;
  }
}
