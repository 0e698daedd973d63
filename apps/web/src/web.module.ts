import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { HealthController, loggerParams } from '@shangliang/http';
import { ClientAssetsMiddleware } from './client-assets.middleware';
import { IntakeProxyMiddleware } from './intake-proxy.middleware';
import { WEB_CONFIG, type WebConfig } from './web.config';

/** The residents' public site: the built client and a narrow proxy to intake's public API. No auth. */
@Module({})
export class WebModule implements NestModule {
  static forRoot(config: WebConfig): DynamicModule {
    return {
      module: WebModule,
      imports: [LoggerModule.forRoot(loggerParams(config.logLevel, 'web'))],
      controllers: [HealthController],
      providers: [{ provide: WEB_CONFIG, useValue: config }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(IntakeProxyMiddleware).forRoutes({ path: 'api/{*path}', method: RequestMethod.ALL });
    consumer.apply(ClientAssetsMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
