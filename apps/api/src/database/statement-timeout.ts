import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { enforceStatementTimeout } from './data-source';

/**
 * Turns the request time budget on when the application starts serving: Nest calls this in app.init(), which
 * createApp reaches after the migrations and the demo seed (see enforceStatementTimeout).
 */
@Injectable()
export class StatementTimeout implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    enforceStatementTimeout(this.db, this.config.statementTimeoutMs);
  }
}
