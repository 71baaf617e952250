import { fiscalYearOf } from '@lao/domain';
import { Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorator';

@Resolver()
export class PlatformResolver {
  @Public()
  @Query(() => Int, { description: 'The fiscal year (Buddhist Era) of today in Asia/Bangkok; 1 October starts the next one.' })
  currentFiscalYear(): number {
    return fiscalYearOf(new Date());
  }
}
