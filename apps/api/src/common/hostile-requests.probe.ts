import { Module } from '@nestjs/common';
import { Args, Float, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';

/**
 * Test-only fields (registered with startTestApp's `extra`, never in the product): a statement that outlasts the
 * time budget, and a bug, so the tests see what a caller and the log get for each.
 */
@Resolver()
class ProbeResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Public()
  @Query(() => Boolean)
  async probeSleep(@Args('seconds', { type: () => Float }) seconds: number): Promise<boolean> {
    await this.db.query('SELECT pg_sleep($1)', [seconds]);
    return true;
  }

  @Public()
  @Query(() => Boolean)
  probeBug(): boolean {
    throw new TypeError('probe: a bug in a resolver');
  }
}

@Module({ providers: [ProbeResolver] })
export class ProbeModule {}
