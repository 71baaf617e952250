import { maskPersonal, type PersonalKind, type PlatformModule } from '@lao/domain';
import { Field, type FieldMiddleware, type FieldOptions, type ReturnTypeFunc } from '@nestjs/graphql';
import type { RequestContext } from '../common/context';
import { mayReadPersonal } from './access-policy.service';

/**
 * What an object holding personal fields tells the mechanism: whose data it is (its LAO) and which subject it is
 * (for the audit trail). Models with a @PersonalField carry these (not as GraphQL fields).
 */
export interface PersonalSubject {
  laoCode: string;
  provinceCode: string;
  /** The subject the audit trail names (a beneficiary's id, an LAO's code for its administrators). */
  personalSubjectId: string;
  personalSubjectType: string;
}

/** Unmasked personal reads of one request, by module: the audit trail gets one entry each before the answer leaves. */
export type PersonalReads = Map<PlatformModule, { subjectType: string; subjectIds: Set<string>; laoCodes: Set<string>; provinceCodes: Set<string> }>;

/**
 * Declares a field personal, once, on the model: its value is masked unless the caller holds PERSONAL_DATA on
 * `module` with the subject's LAO in scope, and every unmasked value is collected for the request's audit entry.
 * No resolver checks anything itself.
 */
export function PersonalField(module: PlatformModule, kind: PersonalKind, type: ReturnTypeFunc, options: FieldOptions = {}): PropertyDecorator {
  return Field(type, { ...options, nullable: true, middleware: [...(options.middleware ?? []), personalMiddleware(module, kind)] });
}

function personalMiddleware(module: PlatformModule, kind: PersonalKind): FieldMiddleware {
  return async ({ source, context }, next) => {
    const value: unknown = await next();
    if (value === null || value === undefined) return value;
    const subject = source as PersonalSubject;
    const ctx = context as RequestContext;
    if (!mayReadPersonal(ctx.actor, module, { code: subject.laoCode, provinceCode: subject.provinceCode })) {
      return maskPersonal(kind, String(value));
    }
    ctx.personalReads ??= new Map();
    const reads = ctx.personalReads.get(module) ?? { subjectType: subject.personalSubjectType, subjectIds: new Set<string>(), laoCodes: new Set<string>(), provinceCodes: new Set<string>() };
    reads.subjectIds.add(subject.personalSubjectId);
    reads.laoCodes.add(subject.laoCode);
    reads.provinceCodes.add(subject.provinceCode);
    ctx.personalReads.set(module, reads);
    return value;
  };
}
