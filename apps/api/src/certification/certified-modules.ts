import type { CertificationModule, MessageKey, MessageParams, MissingSection } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LaoScope } from '../auth/access-policy.service';

/** What a module reports about one submission's data, computed under the submission's lock. */
export interface Completeness {
  complete: boolean;
  /** Parts that hold an answer (LPA indicator 7 tells "something recorded" from "nothing"). */
  recordedCount: number;
  /** Incomplete sections and what each lacks (empty when complete). */
  missing: MissingSection[];
}

export interface SubmissionContext {
  manager: EntityManager;
  module: CertificationModule;
  lao: LaoScope;
  fiscalYear: number;
}

/**
 * A certified module as the workflow sees it: how complete a submission's data is. Each module registers one
 * (in its service's constructor); the workflow calls it after every draft edit and before certifying.
 */
export interface CertifiedModuleDefinition {
  module: CertificationModule;
  completeness(context: SubmissionContext): Promise<Completeness>;
  /**
   * The INCOMPLETE refusal's message and the module's own extra extensions (e.g. e-Service's `incompleteSides`);
   * by default `certification.incompleteSections` naming the sections.
   */
  incomplete?(missing: MissingSection[]): { messageKey: MessageKey; params: MessageParams; extensions?: Record<string, unknown> };
  /** Runs inside the LAO's certification, under its lock (Welfare freezes the year's figures here). */
  certified?(context: SubmissionContext): Promise<void>;
}

/** The certified modules of this API, by name. */
@Injectable()
export class CertifiedModules {
  private readonly byModule = new Map<CertificationModule, CertifiedModuleDefinition>();

  register(definition: CertifiedModuleDefinition): void {
    if (this.byModule.has(definition.module)) throw new Error(`${definition.module} is registered twice`);
    this.byModule.set(definition.module, definition);
  }

  get(module: CertificationModule): CertifiedModuleDefinition | undefined {
    return this.byModule.get(module);
  }

  modules(): CertificationModule[] {
    return [...this.byModule.keys()];
  }
}
