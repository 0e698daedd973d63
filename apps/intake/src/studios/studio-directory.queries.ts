import { Injectable } from '@nestjs/common';
import { OrganisationDirectory } from '@shangliang/organisation';
import { PrismaService } from '@shangliang/persistence';
import { type LocalityStudioRow, studioDirectoryView } from './studio-directory.view';

/**
 * Public reference data for residents. The organisation directory has no studio read, so the
 * studio fields are selected here, read-only and field by field, so no phone number can leak.
 */
@Injectable()
export class StudioDirectoryQueries {
  constructor(
    private readonly prisma: PrismaService,
    private readonly directory: OrganisationDirectory,
  ) {}

  async studios() {
    const rows: LocalityStudioRow[] = await this.prisma.locality.findMany({
      select: {
        id: true,
        name: true,
        kind: true,
        convenerName: true,
        studioAddress: true,
        studioHours: true,
        studioDuty: true,
        communities: { select: { id: true, name: true, studioAddress: true, studioHours: true, studioDuty: true } },
      },
      orderBy: { id: 'asc' },
    });
    return studioDirectoryView(rows);
  }

  /** What the web form's community picker needs. */
  async communities() {
    const communities = await this.directory.communities();
    return communities.map((c) => ({ id: c.id, name: c.name, localityId: c.localityId, localityName: c.localityName }));
  }
}
