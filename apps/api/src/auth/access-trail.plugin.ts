import type { ApolloServerPlugin } from '@apollo/server';
import type { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../common/context';
import { resolvePersonalFieldsSynchronously } from './personal-data';
import type { RequestBudgetService } from './request-budget.service';

/**
 * After a request has run and before its answer leaves: one audit entry per module whose personal data it showed
 * unmasked (with the subjects and their count), one for the operations it refused, and an API key's refusals
 * counted in its usage.
 */
export function accessTrailPlugin(audit: AuditService, budget: RequestBudgetService): ApolloServerPlugin<RequestContext> {
  return {
    // The personal fields' rule, without Nest's async middleware wrappers, in the schema this server executes.
    async serverWillStart({ schema }) {
      resolvePersonalFieldsSynchronously(schema);
    },
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reads = contextValue.personalReads;
          if (reads?.size) {
            for (const [module, read] of reads) {
              const subjectIds = [...read.subjectIds];
              // The entry names the LAO (or province) when everything shown was one LAO's (one province's), so the
              // LAO and its province find, in their own trail, who read their people.
              const only = (codes: Set<string>) => (codes.size === 1 ? [...codes][0]! : null);
              await audit.recordNow(contextValue.actor, {
                action: 'READ_PERSONAL',
                module,
                subjectType: read.subjectType,
                subjectIds,
                subjectId: subjectIds.length === 1 ? subjectIds[0]! : null,
                laoCode: only(read.laoCodes),
                provinceCode: only(read.provinceCodes),
              });
            }
          }
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const refused = errors.filter((e) => e.extensions?.code === 'FORBIDDEN');
          if (refused.length === 0) return;
          if (contextValue.actor.kind === 'apiKey') await budget.refused(contextValue.actor);
          // A refusal is on the trail as a refusal (the trail itself records refusals of its own reads).
          const denied = [...new Set(refused.map((e) => String(e.path?.[0] ?? '')).filter((p) => p && p !== 'auditTrail'))];
          if (denied.length) await audit.recordNow(contextValue.actor, { action: 'ACCESS_DENIED', subjectType: 'OPERATION', subjectIds: denied, purpose: denied.join(', ') });
        },
      };
    },
  };
}
