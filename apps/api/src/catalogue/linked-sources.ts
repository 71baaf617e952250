import type { CertificationModule, IndicatorValue } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface LinkedRequest {
  laoCodes: readonly string[];
  fiscalYear: number;
  /** The source's own codes (catalogue_indicator.linked_code of the linked indicators). */
  codes: readonly string[];
  manager: EntityManager;
}

/** A module's live answer for linked indicators: by LAO, then by the source's code. */
export type LinkedSource = (request: LinkedRequest) => Promise<Map<string, Map<string, IndicatorValue>>>;

/**
 * Where linked indicators (INFO's waste tonnage, welfare recipients, …) read their values live: each source module
 * registers one function when it starts (as with CertifiedModules), the catalogue rows say which code they read.
 */
@Injectable()
export class LinkedSources {
  private readonly bySource = new Map<CertificationModule, LinkedSource>();

  register(module: CertificationModule, source: LinkedSource): void {
    if (this.bySource.has(module)) throw new Error(`${module} registers its linked values twice`);
    this.bySource.set(module, source);
  }

  source(module: CertificationModule): LinkedSource | undefined {
    return this.bySource.get(module);
  }
}
