import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 when the API and the database answer; 503 otherwise (load balancers take the replica out). */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    try {
      await this.db.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: 'down' });
    }
  }
}
