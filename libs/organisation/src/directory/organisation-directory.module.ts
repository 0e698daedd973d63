import { Global, Module } from '@nestjs/common';
import { OrganisationDirectory } from './organisation-directory';

@Global()
@Module({ providers: [OrganisationDirectory], exports: [OrganisationDirectory] })
export class OrganisationDirectoryModule {}
