import { maskPersonal, type PersonalKind, type PlatformModule } from '@lao/domain';
import { Extensions, Field, type FieldMiddleware, type FieldOptions, type ReturnTypeFunc } from '@nestjs/graphql';
import { type GraphQLSchema, isObjectType } from 'graphql';
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
  const field = Field(type, { ...options, nullable: true, middleware: [...(options.middleware ?? []), personalMiddleware(module, kind)] });
  // Only a field that is nothing but the rule may be resolved without the middleware (see below).
  const plain = !options.middleware?.length && options.defaultValue === undefined;
  return (target, property) => {
    field(target, property);
    if (plain) Extensions({ [PERSONAL_EXTENSION]: { module, kind, property: String(property) } })(target, property);
  };
}

/** The extension marking a personal field in the built schema (for resolvePersonalFieldsSynchronously). */
const PERSONAL_EXTENSION = 'personalField';

/** The one rule of a personal value: masked for a caller without the right, else collected for the audit entry. */
function personalValue(module: PlatformModule, kind: PersonalKind, source: unknown, context: unknown, value: unknown): unknown {
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
}

function personalMiddleware(module: PlatformModule, kind: PersonalKind): FieldMiddleware {
  return async ({ source, context }, next) => personalValue(module, kind, source, context, await next());
}

/**
 * Resolves every personal field of the built schema synchronously, by the same rule. Nest runs field middleware
 * through async wrappers (several promises per field per row, and every object holding one becomes a promise
 * graphql-js has to await): a 6,000-row payment list spent most of its time there. The middleware stays as the
 * declaration's own fallback (a schema this was not run on still masks). Run once, when the server starts.
 */
export function resolvePersonalFieldsSynchronously(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const personal = field.extensions[PERSONAL_EXTENSION] as { module: PlatformModule; kind: PersonalKind; property: string } | undefined;
      if (!personal) continue;
      // What Nest's own resolver of the field reads: the model's property (there are no default values here).
      const { module, kind, property } = personal;
      field.resolve = (source: Record<string, unknown>, _args, context) => personalValue(module, kind, source, context, source[property]);
    }
  }
}
