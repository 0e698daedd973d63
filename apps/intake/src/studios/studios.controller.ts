import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@shangliang/auth';
import { StudioDirectoryQueries } from './studio-directory.queries';

/** Reference data changes rarely; a few minutes of caching spares the database on busy days. */
const CACHE_FIVE_MINUTES = 'public, max-age=300';

@ApiTags('public')
@Controller('public')
export class StudiosController {
  constructor(private readonly queries: StudioDirectoryQueries) {}

  @Public()
  @Get('studios')
  @Header('Cache-Control', CACHE_FIVE_MINUTES)
  @ApiOperation({ summary: 'The two studios (两室) by township/street: convener studios and the member studios of their communities.' })
  studios() {
    return this.queries.studios();
  }

  @Public()
  @Get('communities')
  @Header('Cache-Control', CACHE_FIVE_MINUTES)
  @ApiOperation({ summary: 'Communities with their township/street, for choosing where a problem is.' })
  communities() {
    return this.queries.communities();
  }
}
