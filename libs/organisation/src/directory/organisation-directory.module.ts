import { Global, Module } from '@nestjs/common';
import { CommunityScope } from './community-scope';
import { OrganisationDirectory } from './organisation-directory';

@Global()
@Module({ providers: [OrganisationDirectory, CommunityScope], exports: [OrganisationDirectory, CommunityScope] })
export class OrganisationDirectoryModule {}
