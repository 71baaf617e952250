import { graphql } from '../../generated';

/** One entry of the audit trail, as the table and the Excel export show it. */
graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    at
    actor
    actorLevel
    apiKeyName
    action
    module
    laoCode
    subjectType
    subjectId
    subjectCount
    purpose
  }
`);

/** A page of the trail within the caller's scope, newest first; the table and the export both use it. */
export const auditTrailQuery = graphql(`
  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEntryRow
        }
      }
    }
  }
`);
